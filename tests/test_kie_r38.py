"""Round 38 of the held-out layouts (synth/browser_docs38.py `ROUND38`, browser-typeset): a translator's invoice
(the seller only in the sign-off, not fixed: see docs/kie.md); a 检测费结算单 grid (送检单位 / 检测机构); a 广告制作
收款收据 whose payer stands only in `兹收到<X>支付的…` and whose sum is bracketed after the words wrapped onto a line
of their own; a 软件开发费结算单 with 需求方 / 开发方 side by side on one header line. The Chinese families are read
by `--template auto` from the boxes the browser reports (no OCR) and scored against their ground truth; docs/kie.md
gives the first scores (through the OCR). The hand-made pages below each fail on the code before and use party keys
and trades of other documents than the families', as the rules read a party's role from its key's structure."""

from __future__ import annotations

from held_out import browser_round, lines_page

from docsense.app.extract import Extractor
from docsense.core.config import Settings
from docsense.core.document import Word
from docsense.kie import KieStage
from docsense.synth import browser_docs38

ZH38 = tuple(f for f in browser_docs38.ROUND38 if f.startswith("zh"))
pages, test_round38_family_fields = browser_round(ZH38, browser_docs38.make)


Box = tuple[float, float, float, float]


def _result(kie: KieStage, lines: list[tuple[str, Box]], tpl: str = "auto") -> tuple[str, dict[str, object]]:
    res = kie(lines_page(lines), tpl)
    return res.template, {k: v.value for k, v in res.fields.items()}


def _side_by_side(pays: str, paid: str) -> list[tuple[str, Box]]:
    """A settlement whose two parties share one header line (`<pays>：X` left, `<paid>：Y` right)."""
    return [
        ("工程费用结算单", (470, 76, 770, 105)),
        (f"{pays}：成都蓝天置业有限公司", (88, 151, 430, 173)),
        (f"{paid}：武汉长江建筑工程有限公司", (790, 151, 1152, 173)),
        ("结算单号：JS2023118", (85, 234, 300, 260)),
        ("日期：2023年5月9日", (330, 234, 520, 260)),
        ("项目", (88, 280, 145, 318)),
        ("金额（元）", (752, 281, 857, 316)),
        ("第一期", (88, 330, 180, 360)),
        ("56000.00", (752, 330, 857, 360)),
        ("本期结算款合计：¥56000.00", (86, 420, 420, 448)),
    ]


def test_the_party_that_does_the_work_is_paid(kie: KieStage) -> None:
    # the one that designs, installs, tests, maintains or prints what the document bills is the seller, its key
    # beside the payer's on one line; none of these keys is a word of the round's families
    for pays, paid in (("委托方", "设计单位"), ("发包方", "安装单位"), ("委托单位", "检验机构"), ("客户", "维保单位")):
        tpl, f = _result(kie, _side_by_side(pays, paid))
        assert tpl == "invoice_cn", (pays, paid)
        assert f["seller_name"] == "武汉长江建筑工程有限公司", (pays, paid)
        assert f["buyer_name"] == "成都蓝天置业有限公司", (pays, paid)


# a cleaning firm's receipt written as a sentence that wraps: the payer inside it, the figures bracketed after the
# amount in words on the next line
CLEANING: list[tuple[str, Box]] = [
    ("收款收据", (517, 88, 710, 132)),
    ("No.3318207", (1018, 154, 1143, 180)),
    ("日期：2024/08/21", (100, 155, 280, 181)),
    ("兹收到南京瑞丰食品有限公司支付的八月份厂区保洁服务费，金额人民币（大写）壹万贰仟叁佰", (142, 223, 1129, 248)),
    ("肆拾伍元整(¥12345.00)。", (97, 267, 342, 292)),
    ("收款单位（盖章）：苏州洁美保洁服务有限公司", (576, 395, 1038, 421)),
    ("经手人：王芳", (574, 443, 712, 472)),
]


def test_a_receipt_sentence_names_the_payer_and_brackets_the_sum(kie: KieStage) -> None:
    tpl, f = _result(kie, CLEANING)
    assert tpl == "invoice_cn"
    assert f["buyer_name"] == "南京瑞丰食品有限公司"
    assert f["total"] == "12345.00"
    assert f["seller_name"] == "苏州洁美保洁服务有限公司"


# round 38's advertising receipt (seed 2100, its first doc's grey scan) as the OCR read it, the words of the line
# with the figures as it split them
AD_GRAY: list[tuple[str, Box]] = [
    ("收款收据", (518, 91, 709, 131)),
    ("No.5700765", (1017, 154, 1142, 183)),
    ("日期：2025年10月12日", (100, 154, 326, 180)),
    (
        "兹收到广州东方信息技术有限公司支付的户外广告牌广告制作费，金额人民币（大写）贰万肆仟贰佰零",
        (143, 224, 1126, 246),
    ),
    ("捌元捌角(¥24208.80)。", (98, 267, 341, 292)),
    ("收款事由：户外广告牌设计、制作及安装（含材料费）", (100, 309, 617, 331)),
    ("制作单位(盖章)：苏州美域广告制作有限公司", (578, 398, 1037, 420)),
    ("经手人：魏远", (575, 445, 711, 471)),
]
AD_GRAY_WORDS = [("捌", 107, 119), ("元", 128, 140), ("捌", 148, 161), ("角", 169, 182), ("(¥24208.80)", 194, 328),
                 ("。", 332, 341)]  # fmt: skip


def test_the_figures_bracketed_after_the_wrapped_words_are_the_total() -> None:
    # through the extractor, whose key-value fallback read `(¥24208.80)` as a negative when no total key stood on
    # the page
    doc = lines_page(AD_GRAY)
    line = next(ln for ln in doc.pages[0].blocks[0].lines if "¥" in ln.text)
    line.words = [Word(text=t, bbox=(x0, 267, x1, 292), score=0.99) for t, x0, x1 in AD_GRAY_WORDS]

    class _NoPipeline:  # cached documents only
        pass

    res = Extractor(Settings(), pipeline=_NoPipeline()).extract_document(doc, "auto")  # type: ignore[arg-type]
    assert res.fields["total"].value == "24208.80"
    assert res.fields["buyer_name"].value == "广州东方信息技术有限公司"
    assert res.fields["seller_name"].value == "苏州美域广告制作有限公司"


def test_a_receipt_sentence_with_money_sent(kie: KieStage) -> None:
    lines = [(t.replace("支付的", "汇来"), b) if t.startswith("兹收到") else (t, b) for t, b in CLEANING]
    _, f = _result(kie, lines)
    assert f["buyer_name"] == "南京瑞丰食品有限公司"
