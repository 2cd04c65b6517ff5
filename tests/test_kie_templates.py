"""KIE templates and engine without OCR: schema errors, normalizers, generated documents read perfectly
(including rotated pages), classification, invoice checks."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from docsense.core.errors import TemplateError
from docsense.kie import KieStage, list_templates, load_template
from docsense.kie import normalize as nz
from docsense.synth import documents as synth

pytestmark = pytest.mark.skipif(not synth.cjk_available(), reason="no CJK font (fonts-wqy-microhei) installed")


def test_shipped_templates_load() -> None:
    names = list_templates()
    for name in ("resume", "invoice", "invoice_cn_vat", "receipt"):
        assert name in names
        assert load_template(name).fields


@pytest.mark.parametrize(
    ("yaml_text", "where"),
    [
        ("name: t\ndoc_type: x\nfields: {total: {type: monee}}\n", "fields.total.type"),
        ("name: t\ndoc_type: x\nfields: {total: {keys: ['re:(']}}\n", "fields.total.keys"),
        ("name: t\ndoc_type: x\nfields: {a: {strategy: [after], anchor: nope}}\n", "fields.a.anchor"),
        ("name: t\ndoc_type: x\nfields: {a: {colour: red}}\n", "fields.a.colour"),
        ("name: t\ndoc_type: x\nfields: {a: {compute: b - c}, b: {}}\n", "fields.a.compute"),
        ("name: t\nfields: {a: {}}\n", "doc_type"),
        ("- just\n- a list\n", "must be a mapping"),
    ],
)
def test_template_errors_name_the_key(tmp_path: Path, yaml_text: str, where: str) -> None:
    p = tmp_path / "bad.yaml"
    p.write_text(yaml_text, encoding="utf-8")
    with pytest.raises(TemplateError) as err:
        load_template(str(p))
    assert where in str(err.value)


def test_unknown_template_lists_known() -> None:
    with pytest.raises(TemplateError, match="receipt"):
        load_template("no_such_template")


def test_user_template_dir(tmp_path: Path, kie: KieStage) -> None:
    (tmp_path / "po.yaml").write_text(
        "name: po\ndoc_type: purchase_order\nfields:\n  po_number: {keys: [PO Number], pattern: '(\\d+)'}\n",
        encoding="utf-8",
    )
    assert "po" in list_templates([str(tmp_path)])
    assert load_template("po", [str(tmp_path)]).fields["po_number"].pattern


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Date: 25/12/2018 8:13:39 PM", "2018-12-25"),
        ("12-01-19 21:13", "2019-01-12"),
        ("05 MAR 2018", "2018-03-05"),
        ("Date:10/03/20185:41:06", "2018-03-10"),
        ("开票日期：2019年3月5日", "2019-03-05"),
        ("August 3 , 2014", "2014-08-03"),
        ("du 02 Juillet 2015", "2015-07-02"),
    ],
)
def test_dates(text: str, iso: str) -> None:
    got = nz.find_date(text)
    assert got is not None and got[1] == iso


def test_money_phone_upper_case_amount() -> None:
    assert nz.find_money("TOTAL  RM 1,234.50") == ("1,234.50", "1234.50")  # type: ignore[index]
    assert nz.find_money("29,99 €")[1] == "29.99"  # type: ignore[index]
    assert nz.find_phone("+86 138-1234-5678")[1] == "13812345678"  # type: ignore[index]
    assert nz.find_phone("(555) 123-4567")[1] == "5551234567"  # type: ignore[index]
    for v in ("12345.67", "100.00", "1005.50", "100000.08", "3010.00"):
        from decimal import Decimal

        assert nz.cn_upper_to_decimal(nz.decimal_to_cn_upper(Decimal(v))) == Decimal(v)
    assert nz.fix_digits("PERMAS JAYA B1750 MASAI") == "PERMAS JAYA 81750 MASAI"
    assert nz.find_money("RM 170. 00") == ("170. 00", "170.00")  # OCR split the amount at its decimal point


def test_lexicon_fixes_misread_words_only() -> None:
    lexicon = ["JOHOR", "LOT", "JALAN", "BAHRU"]
    # one letter wrong, or letters read as look-alike digits; numbers and unknown words stay
    assert nz.fix_words("10T 12, Jaian Ros, 80300 JOH0R BAHRU", lexicon) == "LOT 12, Jalan Ros, 80300 JOHOR BAHRU"
    assert nz.fix_words("NO. 10, JALAN 5, BLOK 8", lexicon) == "NO. 10, JALAN 5, BLOK 8"


@pytest.mark.parametrize("kind", synth.KINDS)
@pytest.mark.parametrize("rotation", [0, 90, 270])
def test_generated_documents_read_perfectly(kie: KieStage, kind: str, rotation: int) -> None:
    """Perfect text (the generator's own boxes): every field and line item must come out exactly."""
    for i in range(3):
        sample = synth.make(kind, random.Random(f"t-{kind}-{i}"))
        doc = synth.sample_document(sample, rotation=rotation)
        result = kie(doc, sample.template)
        got = {k: v.value for k, v in result.fields.items()}
        assert {k: got.get(k) for k in sample.fields} == sample.fields
        if sample.doc_type == "invoice":
            items = [it for it in result.items if "section" not in it]
            assert [it.get("amount") for it in items] == [it["amount"] for it in sample.items]
            assert result.warnings == []
        else:
            sections = [it for it in result.items if it.get("section")]
            assert [(it["section"], it.get("start")) for it in sections] == [
                (it["section"], it["start"]) for it in sample.items
            ]


@pytest.mark.parametrize("kind", synth.KINDS)
def test_auto_classifies(kie: KieStage, kind: str) -> None:
    sample = synth.make(kind, random.Random(f"auto-{kind}"))
    result = kie(synth.sample_document(sample), "auto")
    assert result.template == sample.template


def test_invoice_checks_warn(kie: KieStage) -> None:
    sample = synth.make_invoice(random.Random(3), "en")
    doc = synth.sample_document(sample)
    total = sample.fields["total"]
    for line in doc.pages[0].blocks[0].lines:
        if line.text.endswith(f"{float(total):,.2f}") and "Total" not in line.text:
            line.text = line.text.replace(f"{float(total):,.2f}", "1.00")
    result = kie(doc, "invoice")
    assert result.fields["total"].value == "1.00"
    assert any("subtotal" in w and "total" in w for w in result.warnings)


def test_cn_vat_upper_case_amount_check(kie: KieStage) -> None:
    sample = synth.make_invoice(random.Random(5), "cn_vat")
    doc = synth.sample_document(sample)
    for line in doc.pages[0].blocks[0].lines:
        if line.text.startswith("ⓧ"):
            line.text = "ⓧ壹元整"
    result = kie(doc, "invoice_cn_vat")
    assert any("upper-case" in w for w in result.warnings)


def test_missing_required_field_warns(kie: KieStage) -> None:
    sample = synth.make_invoice(random.Random(4), "en")
    doc = synth.sample_document(sample)
    doc.pages[0].blocks[0].lines = [ln for ln in doc.pages[0].blocks[0].lines if "Invoice No" not in ln.text]
    result = kie(doc, "invoice")
    assert result.fields["invoice_number"].value is None
    assert "invoice_number: required field not found" in result.warnings


def _doc(lines: list[tuple[str, tuple[float, float, float, float]]]):  # type: ignore[no-untyped-def]
    from docsense.core.document import Block, Document, Line, Page

    lns = [
        Line(text=t, bbox=b, polygon=[(b[0], b[1]), (b[2], b[1]), (b[2], b[3]), (b[0], b[3])], score=0.99)
        for t, b in lines
    ]
    page = Page(index=0, width=1000, height=1400, blocks=[Block(bbox=(0, 0, 1000, 1400), lines=lns)])
    return Document(source="x.png", pages=[page])


def test_keys_sharing_one_line_are_split(kie: KieStage) -> None:
    doc = _doc(
        [
            ("个人简历", (400, 40, 600, 90)),
            ("姓名：张三 性别：男 出生日期：1990.05.12", (50, 150, 700, 180)),
            ("联系电话：138 1234 5678  电子邮箱：zs@example.com", (50, 200, 800, 230)),
            ("求职意向：会计  工作年限：5年", (50, 250, 600, 280)),
        ]
    )
    f = {k: v.value for k, v in kie(doc, "auto").fields.items()}
    assert f["name"] == "张三" and f["gender"] == "男" and f["birth_date"] == "1990-05-12"
    assert f["phone"] == "13812345678" and f["email"] == "zs@example.com"
    assert f["target_position"] == "会计" and f["years_of_experience"] == "5"


def test_receipt_rules(kie: KieStage) -> None:
    """Company above its registration number and address; the total after rounding; the tax summary ignored."""
    rows = [
        "tan chay yee", "ABC HO TRADING", "(JM0517726-W)", "NO.2&4, JALAN HARMONI 3/2,", "TAMAN DESA HARMONI",
        "81100 JOHOR BAHRU,JOHOR", "TEL:07-355 2616", "Date: 09/01/2019 8:01:11 PM", "TOTAL AMT  RM 60.31",
        "ROUNDING ADJ  -0.01", "CASH  RM 70.30", "GST SUMMARY", "Total:  57.00",
    ]  # fmt: skip
    doc = _doc([(t, (100, 40 + 30 * i, 100 + 12 * len(t), 62 + 30 * i)) for i, t in enumerate(rows)])
    f = {k: v.value for k, v in kie(doc, "receipt").fields.items()}
    assert f == {
        "company": "ABC HO TRADING",
        "address": "NO.2&4, JALAN HARMONI 3/2, TAMAN DESA HARMONI 81100 JOHOR BAHRU,JOHOR",
        "date": "2019-01-09",
        "total": "60.30",
        "cash": "70.30",
        "change": None,
    }


def test_resume_key_variants(kie: KieStage) -> None:
    """Other wordings of the same resume keys (English and Chinese) pair like the usual ones."""
    rows = [
        "Candidate Name: John Smith", "E-mail Address: john.smith@example.com", "Contact Number: 555 123 4567",
        "Position Sought: Accountant", "Highest Qualification: Master of Science", "Years of Work Experience: 5",
        "Institution: Purdue University", "Discipline: Finance", "现居地：杭州",
    ]  # fmt: skip
    doc = _doc([(t, (100, 40 + 30 * i, 100 + 12 * len(t), 62 + 30 * i)) for i, t in enumerate(rows)])
    f = {k: v.value for k, v in kie(doc, "resume").fields.items()}
    assert f["name"] == "John Smith" and f["email"] == "john.smith@example.com" and f["phone"] == "5551234567"
    assert (f["target_position"], f["degree"], f["years_of_experience"]) == ("Accountant", "Master of Science", "5")
    assert (f["school"], f["major"], f["city"]) == ("Purdue University", "Finance", "杭州")


def test_month_type_reads_a_year_and_month() -> None:
    """`出生年月 1996.06`: a value of type `month` is the year and month when no day is printed, a date otherwise;
    type `date` never takes a bare year and month."""
    assert nz.find_typed("month", "1996.06") == ("1996.06", "1996-06")
    assert nz.find_typed("month", "1996年6月") == ("1996年6月", "1996-06")
    assert nz.find_typed("month", "1996-06-12") == ("1996-06-12", "1996-06-12")
    assert nz.find_typed("month", "2015.13") is None
    assert nz.find_typed("date", "1996.06") is None
    assert nz.validate("date_plausible", "1996-06") and not nz.validate("date_plausible", "1896-06")
