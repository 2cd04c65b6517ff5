"""Round 37 of the held-out layouts (synth/browser_docs37.py `ROUND37`, browser-typeset): a resume titled
`Résumé — <name>`; a caterer's event invoice (`Client`, `Event date`, `Total due`); a 仓储费结算单 key list (存货人 /
保管人, 入库日期 / 结算日期); a 培训费结算单 grid (参训单位 / 承训单位, 费用总计); a 劳务费结算确认单 whose parties
stand only in the signature block (用工单位（盖章）/ 派遣单位（盖章）) and whose sum follows its words in brackets.
Read by `--template auto` from the boxes the browser reports (no OCR) and scored against their ground truth;
docs/kie.md gives the first scores (through the OCR). The hand-made pages below are each a fix of this round (each
fails on the code before); where they can, they use party keys of other trades than the families', as the rule reads
a party's role from its key's structure, not from a list of the families' words."""

from __future__ import annotations

from decimal import Decimal

from held_out import browser_round, lines_page

from docsense.kie import KieStage
from docsense.kie.values import find_amounts
from docsense.synth import browser_docs37

pages, test_round37_family_fields = browser_round(browser_docs37.ROUND37, browser_docs37.make)


Box = tuple[float, float, float, float]


def _result(kie: KieStage, lines: list[tuple[str, Box]], tpl: str = "auto") -> tuple[str, dict[str, object]]:
    res = kie(lines_page(lines), tpl)
    return res.template, {k: v.value for k, v in res.fields.items()}


# a warehouse's settlement as key lines: the depositor (存货人) pays the keeper (保管人); the day the goods came in
# (入库日期) is above the settlement's own date (结算日期)
STORAGE: list[tuple[str, Box]] = [
    ("仓储费结算单", (120, 77, 322, 110)),
    ("结算单号：", (89, 144, 193, 174)),
    ("CC202510795", (232, 149, 370, 170)),
    ("存货人：", (88, 179, 173, 210)),
    ("西安金桥物流有限公司", (231, 180, 437, 208)),
    ("保管人：", (90, 217, 172, 244)),
    ("深圳通达仓储物流有限公司", (233, 219, 476, 241)),
    ("入库日期：", (89, 250, 193, 279)),
    ("2025-09-17", (231, 252, 346, 277)),
    ("结算日期：", (90, 287, 192, 313)),
    ("2025年10月26日", (230, 286, 393, 314)),
    ("货物名称", (96, 339, 192, 376)),
    ("件数", (406, 342, 460, 376)),
    ("金额", (981, 342, 1035, 376)),
    ("五金配件", (98, 432, 190, 462)),
    ("51", (464, 433, 501, 465)),
    ("1053.15", (1052, 435, 1140, 461)),
    ("应付仓储费合计：¥1053.15", (93, 539, 387, 564)),
    ("人民币大写：壹仟零伍拾叁元壹角伍分", (93, 579, 438, 601)),
]


def test_the_depositor_pays_the_keeper(kie: KieStage) -> None:
    tpl, f = _result(kie, STORAGE)
    assert tpl == "invoice_cn"
    assert f["buyer_name"] == "西安金桥物流有限公司"
    assert f["seller_name"] == "深圳通达仓储物流有限公司"
    assert f["total"] == "1053.15"


def test_the_settlement_date_over_the_day_the_goods_came_in(kie: KieStage) -> None:
    _, f = _result(kie, STORAGE)
    assert f["date"] == "2025-10-26"


def _work_order(pays: str, paid: str) -> list[tuple[str, Box]]:
    """A settlement of work done to order, its two parties in a grid of key cells, keyed `pays` and `paid`."""
    return [
        ("加工费结算单", (458, 74, 773, 102)),
        (pays, (86, 144, 179, 179)),
        ("南京瑞丰食品有限公司", (235, 147, 540, 173)),
        (paid, (615, 142, 707, 180)),
        ("苏州精工模具制造有限公司", (756, 147, 1100, 174)),
        ("单据编号", (86, 189, 181, 229)),
        ("JG-2024-0318", (235, 192, 439, 221)),
        ("结算日期", (615, 189, 707, 229)),
        ("2024-03-18", (756, 189, 900, 228)),
        ("项目", (174, 285, 229, 325)),
        ("数量", (409, 285, 500, 323)),
        ("金额", (1023, 282, 1079, 327)),
        ("模具改制", (131, 335, 260, 368)),
        ("2", (430, 333, 460, 374)),
        ("5800.00", (1060, 335, 1152, 371)),
        ("结算金额（小写）", (87, 570, 250, 606)),
        ("¥5800.00", (1060, 570, 1152, 606)),
    ]


def test_a_partys_role_read_from_its_key(kie: KieStage) -> None:
    # the contract law's pair for work to order (定作方 orders and pays, 承揽方 undertakes the work and is paid),
    # and other trades' keys of the same shape: none of them a word of the round's families
    pairs = (("定作方", "承揽方"), ("参展单位", "承建单位"), ("用电单位", "施工单位"), ("寄存人", "服务机构"))
    for pays, paid in pairs:
        tpl, f = _result(kie, _work_order(pays, paid))
        assert tpl == "invoice_cn", (pays, paid)
        assert (f["buyer_name"], f["seller_name"]) == ("南京瑞丰食品有限公司", "苏州精工模具制造有限公司"), (pays, paid)


# a letter-like confirmation of a month's labour charges: no party named above the table, both in the signature
# block at the foot (each key with its seal's place in brackets); the sum after its words, in brackets
LABOUR: list[tuple[str, Box]] = [
    ("编号：LW202305-24", (958, 134, 1155, 159)),
    ("劳务费结算确认单", (483, 79, 756, 112)),
    ("根据双方签订的《劳务派遣协议》，现将2023年4月劳务费用结算如下：", (85, 186, 729, 208)),
    ("岗位", (162, 236, 218, 273)),
    ("人数", (327, 238, 380, 272)),
    ("金额（元)", (972, 237, 1073, 271)),
    ("叉车司机", (92, 284, 185, 318)),
    ("13", (373, 286, 411, 317)),
    ("45240.00", (1046, 288, 1145, 314)),
    ("普工", (90, 328, 146, 366)),
    ("4", (387, 335, 410, 360)),
    ("21436.00", (1046, 334, 1146, 360)),
    ("本期结算金额：人民币(大写）陆万陆仟陆佰柒拾陆元整(¥66676.00)", (86, 391, 727, 413)),
    ("用工单位(盖章）：", (85, 480, 265, 505)),
    ("武汉天成电子有限公司", (84, 513, 289, 538)),
    ("日期：", (82, 542, 147, 574)),
    ("2023年05月02日", (84, 576, 246, 602)),
    ("派遣单位（盖章）：", (866, 480, 1047, 505)),
    ("南京力源人力资源服务有限公司", (866, 513, 1153, 538)),
    ("日期：2023年05月02日", (867, 546, 1087, 571)),
]


def test_the_parties_in_the_signature_block_and_the_bracketed_sum(kie: KieStage) -> None:
    tpl, f = _result(kie, LABOUR)
    assert tpl == "invoice_cn"
    assert f["buyer_name"] == "武汉天成电子有限公司"
    assert f["seller_name"] == "南京力源人力资源服务有限公司"
    assert f["total"] == "66676.00"


def test_a_documents_name_is_no_seller(kie: KieStage) -> None:
    # no party key at all: the title `…确认单` is no firm's name
    _, f = _result(kie, [ln for ln in LABOUR if not ln[0].startswith(("派遣", "南京"))])
    assert f.get("seller_name") != "劳务费结算确认单"


def test_figures_bracketed_after_the_words_restate_them() -> None:
    (a,) = find_amounts("陆万陆仟陆佰柒拾陆元整(¥66676.00)")
    assert a.value == Decimal("66676.00")
    (b,) = find_amounts("折扣 (5.00)")
    assert b.value == Decimal("-5.00")  # an accountant's negative stays one


def test_a_blank_seal_place_beside_another_signature_is_no_name(kie: KieStage) -> None:
    # the repairer's key (承修方, paid) marks where it seals, blank; beside it the service adviser's own label and name
    lines: list[tuple[str, Box]] = [
        ("杭州顺达汽车维修服务有限公司", (402, 64, 839, 103)),
        ("维修结算单", (519, 112, 722, 147)),
        ("结算单号", (83, 172, 164, 199)),
        ("JS2024051606", (217, 172, 360, 199)),
        ("结算日期", (706, 172, 787, 199)),
        ("2024.05.16", (840, 172, 950, 199)),
        ("客户名称", (83, 214, 164, 240)),
        ("广州新元商贸有限公司", (217, 214, 420, 240)),
        ("序号", (153, 308, 194, 334)),
        ("维修项目", (435, 308, 517, 334)),
        ("金额", (993, 308, 1054, 334)),
        ("1", (83, 349, 95, 376)),
        ("刹车片更换", (284, 349, 386, 376)),
        ("380.00", (990, 349, 1060, 376)),
        ("合计：¥380.00", (83, 600, 300, 630)),
        ("托修方签字：", (72, 752, 194, 779)),
        ("承修方（盖章）：", (519, 752, 681, 779)),
        ("服务顾问：田梓涛", (1006, 752, 1169, 779)),
    ]
    _, f = _result(kie, lines)
    assert f["seller_name"] == "杭州顺达汽车维修服务有限公司"
    assert f["buyer_name"] == "广州新元商贸有限公司"
