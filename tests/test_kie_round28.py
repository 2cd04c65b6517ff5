"""Round 28 of the held-out layouts (synth/browser_docs28.py `ROUND28`, browser-typeset): English resumes whose
education is one dotted sentence line (`2015–2019 · B.S. Computer Science · Ohio State University · Columbus, OH`)
and whose details hang on dotted leaders (`Telephone ........ (555) 010-2233`); a purchase invoice with `Vendor`,
`Bill To` and `Ship To` in three columns; a law firm's invoice (`Balance Due` after a previous balance paid); a
Chinese settlement statement (对账结算单, 甲方 / 乙方 boxes) and a 简历 as a vertical timeline with a keyless contact
line. Read by `--template auto` from the boxes the browser reports (no OCR) and scored against their ground truth;
docs/kie.md gives the first scores (before the fixes, through the OCR). What the fixes added is asserted on small
hand-made pages, each of which the code before them read wrong."""

from __future__ import annotations

from held_out import browser_round, lines_page

from docsense.kie import KieStage
from docsense.synth import browser_docs28

pages, test_round28_family_fields = browser_round(browser_docs28.ROUND28, browser_docs28.make)


Box = tuple[float, float, float, float]


def _result(kie: KieStage, lines: list[tuple[str, Box]], tpl: str = "auto") -> tuple[str, dict[str, object]]:
    res = kie(lines_page(lines), tpl)
    return res.template, {k: v.value for k, v in res.fields.items()}


# a rail e-ticket (电子发票（铁路电子客票）) whose buyer is printed as a side block, `付款人` left of `户名：…`: the
# rules read the buyer from the block, no seller is printed
RAIL_PAYER: list[tuple[str, Box]] = [
    ("中国铁路", (126, 101, 213, 127)),
    ("发票号码：", (884, 101, 981, 127)),
    ("电子发票（铁路电子客票）", (129, 134, 476, 164)),
    ("24880360442961381357", (884, 131, 1113, 156)),
    ("开票日期：", (885, 158, 980, 181)),
    ("2024年11月09日", (882, 183, 1036, 209)),
    ("武汉站", (170, 242, 285, 288)),
    ("C2890", (556, 262, 651, 298)),
    ("广州南站", (920, 243, 1069, 288)),
    ("Wuhan", (197, 292, 258, 315)),
    ("Guangzhounan", (936, 294, 1059, 316)),
    ("2024年11月08日21:32开", (172, 325, 405, 351)),
    ("12车15B号", (462, 325, 565, 351)),
    ("二等座", (620, 324, 692, 355)),
    ("票价：", (172, 362, 231, 391)),
    ("￥666.80", (300, 366, 416, 396)),
    ("6584281983****2206", (174, 412, 378, 434)),
    ("吕桂建", (437, 410, 504, 437)),
    ("电子客票号：738203005107987766463", (130, 485, 486, 504)),
    ("统一社会信用代码：91293282NX56YHB3K2", (492, 515, 889, 537)),
    ("付款人", (60, 515, 120, 537)),
    ("户名：杭州恒通咨询有限公司", (128, 515, 455, 537)),
]


def test_tagger_fill_repeats_no_party_of_the_rules(kie: KieStage) -> None:
    # the tagger's seller pick is the buyer's company, which the rules read from the payer's block (not beside a
    # printed key): a fill never repeats a name another text field holds
    tpl, got = _result(kie, RAIL_PAYER)
    assert tpl == "invoice_cn_vat"
    assert got["buyer_name"] == "杭州恒通咨询有限公司"
    assert got["seller_name"] != "杭州恒通咨询有限公司"


LAW: list[tuple[str, Box]] = [
    ("Hall & Smith LLP", (465, 75, 770, 108)),
    ("Attorneys at Law", (545, 117, 694, 146)),
    ("7057 Main St, Suite 969", (489, 145, 749, 172)),
    ("Acme Technologies Inc.", (84, 210, 285, 235)),
    ("6485 Maple Drive, Suite 210", (83, 238, 326, 264)),
    ("Raleigh, NC", (80, 266, 192, 295)),
    ("RE: Lease dispute", (82, 340, 248, 367)),
    ("Invoice Date June 22, 2025", (903, 215, 1146, 237)),
    ("Invoice No. 83284", (911, 248, 1085, 273)),
    ("Date", (86, 427, 145, 459)),
    ("Description", (331, 427, 446, 458)),
    ("Amount", (1066, 427, 1150, 454)),
    ("06/01/25", (86, 508, 177, 542)),
    ("Review of lease agreement", (333, 511, 563, 541)),
    ("$325.00", (1067, 507, 1152, 542)),
    ("Balance Due", (687, 842, 807, 868)),
    ("$325.00", (1056, 840, 1150, 870)),
]


def test_client_block_ending_in_a_town_without_zip(kie: KieStage) -> None:
    # no `Bill To`: the client's name over a street and `Raleigh, NC` (no ZIP) under the letterhead is the buyer
    tpl, got = _result(kie, LAW)
    assert tpl == "invoice"
    assert (got["seller_name"], got["buyer_name"]) == ("Hall & Smith LLP", "Acme Technologies Inc.")


SETTLE: list[tuple[str, Box]] = [
    ("对账结算单", (517, 65, 714, 98)),
    ("结算单号：JS2022102917", (75, 116, 332, 142)),
    ("开单日期：2022年10月22日", (889, 115, 1162, 141)),
    ("甲方 (付款方)", (94, 170, 244, 203)),
    ("乙方 (收款方)", (649, 170, 800, 203)),
    ("单位名称：天津金桥商贸有限公司", (93, 213, 411, 238)),
    ("单位名称：广州中科科技有限公司", (646, 211, 966, 239)),
    ("联系人：萧欣明", (90, 244, 244, 273)),
    ("联系人：吕涵艳", (644, 244, 801, 273)),
    ("电话：18090918231", (93, 279, 297, 304)),
    ("电话：18528478334", (647, 279, 854, 304)),
    ("序号", (115, 387, 172, 424)),
    ("服务项目", (341, 389, 435, 423)),
    ("金额", (1040, 387, 1100, 424)),
    ("1", (115, 430, 130, 460)),
    ("仓储服务费", (341, 430, 460, 460)),
    ("4353.78", (1030, 430, 1110, 460)),
    ("本期应付金额（小写）：¥4353.78", (75, 500, 420, 528)),
]


def test_party_heading_with_its_role_in_brackets(kie: KieStage) -> None:
    # `甲方（付款方）` and `乙方（收款方）` over their blocks' `单位名称：…`: the payer the buyer, the payee the seller
    tpl, got = _result(kie, SETTLE)
    assert tpl == "invoice_cn"
    assert (got["buyer_name"], got["seller_name"]) == ("天津金桥商贸有限公司", "广州中科科技有限公司")
