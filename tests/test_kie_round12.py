"""Round 12 of the held-out layouts (synth/browser_docs.py `ROUND12`, browser-typeset): an English resume with a
skills matrix and its education as a table (`Degree | Field | Institution | Year`), a European-style CV (keys and
dates in a narrow right-aligned left column, section titles wrapped over two lines), a purchase-order-like invoice
(`Bill To | Ship To` centred over their blocks, a grid of keys over values), a hotel guest folio (`Folio No.`,
`Guest Name`, `Total Taxes`, `Total Charges`), a 求职简历 on a form (`现居地址`, education under `起止时间 | 学校名称 |
专业 | 学历`) and a shop's 销售清单. Read by `--template auto` from the boxes the browser reports (no OCR) and scored
against their ground truth; docs/kie.md gives the first scores (before the fixes, through the OCR). What the fixes
added is asserted on small hand-made pages."""

from __future__ import annotations

import pytest
from held_out import browser_samples, lines_page, sample_scores

from docsense.kie import KieStage
from docsense.synth import browser, browser_docs
from docsense.synth import documents as synth

needs_browser = pytest.mark.skipif(browser.unavailable_reason() is not None, reason=str(browser.unavailable_reason()))
needs_cjk = pytest.mark.skipif(not synth.cjk_available(), reason="no CJK font (fonts-wqy-microhei) installed")

N = 4
# measured without OCR on these seeds (docs/kie.md): what is still short is the European CV's city (on the line under
# the street, no key), the folio's subtotal (`Total Room & Services`) and one discounted 销售清单 total
FLOOR = {"en_matrix_resume": 0.95, "en_euro_cv": 0.9, "en_po_invoice": 0.95, "en_hotel_folio": 0.85,
         "zh_jobform_resume": 0.98, "zh_sales_list": 0.95}  # fmt: skip


@pytest.fixture(scope="module")
def pages() -> dict[str, list[synth.Sample]]:
    return browser_samples(browser_docs.ROUND12, N)


@needs_browser
@needs_cjk
@pytest.mark.parametrize("family", browser_docs.ROUND12)
def test_round12_family_fields(pages: dict[str, list[synth.Sample]], kie: KieStage, family: str) -> None:
    res, kinds = sample_scores(kie, pages[family], family)
    assert kinds == [pages[family][0].template] * N
    assert res["overall"]["f1"] >= FLOOR[family], res["wrong"][:10]
    # (`total` is left out: one discounted 销售清单's total is read as another OCR reading, see the floors)
    for name in ("degree", "school", "major", "buyer_name", "invoice_number", "tax"):
        if name in res["fields"]:
            assert res["fields"][name]["f1"] >= 0.9, (name, res["wrong"][:10])


def test_education_table_with_unkeyed_column_labels(kie: KieStage) -> None:
    # `Field` and `Year` are no keys: of four labels over a row of values, half may be none
    doc = lines_page(
        [
            ("Laura Smith", (73, 127, 386, 170)),
            ("laura39@mail.org", (985, 136, 1167, 158)),
            ("EDUCATION", (74, 813, 248, 837)),
            ("Degree", (75, 852, 178, 874)),
            ("Field", (259, 853, 335, 875)),
            ("Institution", (678, 855, 815, 877)),
            ("Year", (1033, 853, 1103, 875)),
            ("BSc", (77, 895, 138, 917)),
            ("Information Systems", (263, 899, 487, 921)),
            ("McGill University", (678, 896, 872, 918)),
            ("2012", (1031, 894, 1105, 916)),
        ]
    )
    got = {k: v.value for k, v in kie(doc, "resume").fields.items()}
    assert (got["degree"], got.get("major"), got["school"]) == ("BSc", "Information Systems", "McGill University")


def test_section_title_wrapped_in_a_narrow_column(kie: KieStage) -> None:
    doc = lines_page(
        [
            ("PERSONAL INFORMATION", (184, 101, 365, 123)),
            ("Susan Turner", (414, 160, 655, 190)),
            ("E-mail", (300, 314, 366, 336)),
            ("sturner@outlook.com", (413, 317, 636, 339)),
            ("EDUCATION AND", (157, 688, 363, 710)),
            ("TRAINING", (239, 712, 365, 734)),
            ("09/2004 - 07/2006", (185, 750, 365, 772)),
            ("Master of Science in Computer Science", (412, 749, 864, 771)),
            ("Université Lyon 2", (412, 775, 600, 797)),
        ]
    )
    got = {k: v.value for k, v in kie(doc, "resume").fields.items()}
    assert got["name"] == "Susan Turner"
    assert (got["degree"], got["major"], got["school"]) == (
        "Master of Science",
        "Computer Science",
        "Université Lyon 2",
    )


def test_parallel_labels_centred_over_their_blocks(kie: KieStage) -> None:
    doc = lines_page(
        [
            ("Bluewave Logistics Corp.", (71, 65, 433, 98)),
            ("INVOICE", (943, 67, 1168, 118)),
            ("Bill To", (266, 209, 322, 231)),
            ("Ship To", (808, 209, 875, 231)),
            ("Redwood Trading Co.", (82, 249, 264, 270)),  # starts far left of its label
            ("Redwood Trading Co. — Receiving", (526, 249, 819, 270)),
            ("Attn: Accounts Payable", (82, 274, 275, 296)),
            ("Invoice #", (115, 387, 195, 409)),
            ("66104", (129, 427, 181, 448)),
            ("Invoice Total", (800, 900, 950, 922)),
            ("$1,234.00", (1020, 900, 1150, 922)),
        ]
    )
    got = {k: v.value for k, v in kie(doc, "auto").fields.items()}
    assert (got["buyer_name"], got["invoice_number"]) == ("Redwood Trading Co.", "66104")


def test_hotel_folio_is_an_invoice(kie: KieStage) -> None:
    doc = lines_page(
        [
            ("The Harbor View Hotel", (420, 60, 820, 96)),
            ("GUEST FOLIO", (520, 160, 720, 184)),
            ("Guest Name", (60, 220, 190, 242)),
            ("Emily Bailey", (240, 220, 380, 242)),
            ("Folio No.", (760, 220, 860, 242)),
            ("186039", (900, 220, 980, 242)),
            ("Date", (760, 250, 810, 272)),
            ("03/14/2024", (900, 250, 1020, 272)),
            ("Total Room & Services", (700, 800, 940, 822)),
            ("$530.90", (1060, 800, 1160, 822)),
            ("Total Taxes", (700, 830, 840, 852)),
            ("$60.36", (1070, 830, 1160, 852)),
            ("Total Charges", (700, 860, 860, 882)),
            ("$591.26", (1060, 860, 1160, 882)),
            ("Total Payments", (700, 890, 880, 912)),
            ("$-591.26", (1050, 890, 1160, 912)),
        ]
    )
    result = kie(doc, "auto")
    got = {k: v.value for k, v in result.fields.items()}
    assert result.template == "invoice"
    assert (got["buyer_name"], got["invoice_number"]) == ("Emily Bailey", "186039")
    assert (got["tax"], got["total"]) == ("60.36", "591.26")


def test_zh_form_longer_keys_and_education_header(kie: KieStage) -> None:
    doc = lines_page(
        [
            ("求职简历", (440, 64, 799, 110)),
            ("姓 名", (92, 193, 173, 220)),
            ("田静萱", (232, 193, 293, 220)),
            ("现居地址", (92, 327, 173, 354)),  # not `现居地` with the value `址`
            ("苏州", (232, 327, 273, 354)),
            ("教育经历", (93, 509, 175, 536)),
            ("起止时间", (266, 562, 347, 588)),  # labels centred over their columns
            ("学校名称", (623, 562, 704, 588)),
            ("专业", (876, 562, 917, 588)),
            ("学历", (1061, 562, 1101, 588)),
            ("2008.09-2012.07", (92, 606, 256, 633)),
            ("北京大学", (548, 606, 629, 633)),
            ("会计学", (805, 606, 866, 633)),
            ("本科", (1014, 606, 1055, 633)),
        ]
    )
    got = {k: v.value for k, v in kie(doc, "auto").fields.items()}
    assert (got["city"], got["school"], got["major"], got["degree"]) == ("苏州", "北京大学", "会计学", "本科")


def test_zh_shop_name_holding_lian_is_the_seller(kie: KieStage) -> None:
    # `联` is excluded as a carbon copy's legend (`发票联`, `第二联`), not inside a shop's name (`华联`)
    doc = lines_page(
        [
            ("武汉华联五金商店", (496, 69, 741, 101)),
            ("销售单", (555, 111, 672, 139)),
            ("客户名称:上海博达商贸有限公司", (72, 172, 373, 194)),
            ("单据编号:XS20190130283", (618, 171, 880, 193)),
            ("销售日期:2019年01月30日", (70, 204, 330, 226)),
            ("业务员:陈丽秀", (617, 205, 762, 227)),
            ("合计", (78, 600, 130, 622)),
            ("4897.40", (1075, 600, 1160, 622)),
        ]
    )
    result = kie(doc, "auto")
    got = {k: v.value for k, v in result.fields.items()}
    assert result.template == "invoice_cn"
    assert (got["seller_name"], got["buyer_name"]) == ("武汉华联五金商店", "上海博达商贸有限公司")
