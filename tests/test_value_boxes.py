"""Provenance that points at the value: field boxes on the value's words (key apart), item cells with their own
boxes, word confidences from the recognizer's character probabilities, and checks that catch misreads (the VAT
sample's `%6`, a receipt's `100.00` change)."""

from __future__ import annotations

from decimal import Decimal

import numpy as np
import pytest

from docsense.core.config import load_settings
from docsense.core.document import Block, Document, Line, Page, Word
from docsense.kie.runner import KieStage

SETTINGS = load_settings()


def kie() -> KieStage:
    return KieStage(SETTINGS.kie, SETTINGS.engine)


def line(text: str, x: float, y: float, cw: float = 10.0, h: float = 20.0, words: bool = True) -> Line:
    """A line as OCR gives it: words split at spaces, boxes from evenly wide characters."""
    out, pos = [], 0
    for w in text.split(" "):
        if w:
            out.append(Word(text=w, bbox=(x + pos * cw, y, x + (pos + len(w)) * cw, y + h), score=0.98))
        pos += len(w) + 1
    box = (x, y, x + len(text) * cw, y + h)
    poly = [(box[0], box[1]), (box[2], box[1]), (box[2], box[3]), (box[0], box[3])]
    return Line(text=text, bbox=box, polygon=poly, score=0.98, words=out if words else [])


def doc(lines: list[Line], w: int = 1000, h: int = 1400, rotation: int = 0) -> Document:
    page = Page(index=0, width=w, height=h, rotation=rotation, blocks=[Block(bbox=(0, 0, w, h), lines=lines)])  # type: ignore[arg-type]
    return Document(source="made.png", pages=[page])


def inside(inner: tuple[float, ...], outer: tuple[float, ...], slack: float = 0.5) -> bool:
    return (
        inner[0] >= outer[0] - slack
        and inner[1] >= outer[1] - slack
        and inner[2] <= outer[2] + slack
        and inner[3] <= outer[3] + slack
    )


@pytest.mark.parametrize("words", [True, False])
def test_amount_box_is_the_value_not_its_key(words: bool) -> None:
    d = doc(
        [
            line("INVOICE", 100, 50),
            line("Invoice No: INV-2041", 100, 100, words=words),
            line("Subtotal: $1,250.50", 600, 900, words=words),
            line("Tax: $0.00", 600, 940, words=words),
            line("Total:$1,250.50", 600, 980, words=words),  # key and value glued in one word
        ]
    )
    fields = kie()(d, "invoice").fields
    sub, total = fields["subtotal"], fields["total"]
    assert sub.value == "1250.50" and sub.raw == "1,250.50"
    # `Subtotal: $1,250.50` at x=600, 10 px a character: the figures are characters 11-18
    assert sub.bbox == pytest.approx((710, 900, 790, 920), abs=1) and sub.key_bbox is not None
    assert sub.key_bbox[2] <= 690 and sub.key_bbox[0] == pytest.approx(600, abs=1)
    # one word `Total:$1,250.50`: cut where the figures start
    assert total.bbox == pytest.approx((670, 980, 750, 1000), abs=1)
    assert total.key_bbox == pytest.approx((600, 980, 650, 1000), abs=1)  # the key alias `Total`
    assert fields["invoice_number"].bbox == pytest.approx((220, 100, 300, 120), abs=1)


def test_boxes_on_a_page_turned_upside_down() -> None:
    """Rotation 180: the text runs right to left in the original pixels; the figures are the left part."""
    w, h = 1000, 1400
    ln = line("Total: 99.95", 0, 0)
    x0, y0, x1, y1 = ln.bbox
    turned = Line(
        text=ln.text, bbox=(w - x1, h - y1, w - x0, h - y0), polygon=ln.polygon, score=0.98,
        words=[Word(text=wd.text, bbox=(w - wd.bbox[2], h - wd.bbox[3], w - wd.bbox[0], h - wd.bbox[1]), score=0.98)
               for wd in ln.words],
    )  # fmt: skip
    f = kie()(doc([turned], w, h, rotation=180), "invoice").fields["total"]
    assert f.value == "99.95"
    assert f.bbox == pytest.approx((w - 120, h - 20, w - 70, h), abs=1)
    assert f.key_bbox == pytest.approx((w - 50, h - 20, w, h), abs=1)


def test_vat_row_amounts_each_have_their_box() -> None:
    d = doc([line("合    计", 100, 500, cw=20), line("¥1000.00", 700, 500), line("¥130.00", 900, 500)], 1200, 800)
    fields = kie()(d, "invoice_cn_vat").fields
    sub, tax = fields["subtotal"], fields["tax"]
    assert (sub.value, tax.value) == ("1000.00", "130.00")
    assert sub.bbox is not None and tax.bbox is not None and sub.key_bbox is not None
    assert sub.bbox[0] >= 700 and sub.bbox[2] <= 780 and tax.bbox[0] >= 900
    assert sub.key_bbox[2] <= 260


def test_line_items_are_objects_with_cells() -> None:
    rows = [
        ("Description", "Qty", "Unit Price", "Amount"),
        ("Office chair", "2", "150.00", "300.00"),
        ("Desk lamp", "1", "45.50", "45.50"),
    ]
    xs = (100, 500, 650, 850)
    lines = [line(t, x, 600 + 40 * r) for r, row in enumerate(rows) for t, x in zip(row, xs, strict=True)]
    lines += [line("Subtotal: 345.50", 700, 800), line("Total: 345.50", 700, 840)]
    items = kie()(doc(lines), "invoice").items
    assert [it["amount"] for it in items] == ["300.00", "45.50"]
    first = items[0]
    assert first["page"] == 0 and 0 < first["confidence"] <= 1
    assert set(first["cells"]) == {"description", "quantity", "unit_price", "amount"}
    for cell in first["cells"].values():
        assert inside(tuple(cell["bbox"]), tuple(first["bbox"]))
    assert first["cells"]["amount"]["bbox"] == pytest.approx([850, 640, 910, 660], abs=1)


def test_word_confidence_is_its_weakest_character() -> None:
    from docsense.ocr.rec import TextRecognizer

    rec = TextRecognizer.__new__(TextRecognizer)
    rec.charset = ["", "a", "b", "c", " "]
    # steps: a a _ b _ ' ' c : `b` is read at 0.40, the others at 0.95+
    rows = [(1, 0.97), (1, 0.99), (0, 0.9), (2, 0.40), (0, 0.9), (4, 0.96), (3, 0.95)]
    probs = np.zeros((len(rows), 5), np.float32)
    for t, (k, p) in enumerate(rows):
        probs[t] = (1 - p) / 4  # the rest spread over the other classes
        probs[t, k] = p
    got = rec._decode(probs, 1.0)
    assert got.text == "ab c"
    assert got.probs == pytest.approx([0.99, 0.40, 0.96, 0.95], abs=1e-3)
    assert got.word_score(0, 2) == pytest.approx(0.40, abs=1e-3)
    assert got.word_score(3, 4) == pytest.approx(0.95, abs=1e-3)


def receipt(change: str, cash: str = "10.00", total: str = "9.00") -> Document:
    rows = [("KEDAI MAJU SDN BHD", 40), ("NO 12 JALAN SAGU 81100 JOHOR", 40), ("DATE: 12/03/2019 10:30", 40),
            ("TOTAL", 40), ("CASH", 40), ("CHANGE", 40)]  # fmt: skip
    lines = [line(t, x, 60 + 40 * i) for i, (t, x) in enumerate(rows)]
    lines += [line(total, 400, 180), line(cash, 400, 220), line(change, 400, 260)]
    return doc(lines, 600, 500)


def test_receipt_change_read_100_is_taken_as_1_with_a_warning() -> None:
    result = kie()(receipt("100.00"), "receipt")
    f = result.fields
    assert (f["cash"].value, f["total"].value) == ("10.00", "9.00")
    assert f["change"].value == "1.00" and f["change"].raw == "100.00"  # what was read stays in raw
    assert any("change" in w and "cash - change = total" in w for w in result.warnings)
    assert f["change"].confidence < 0.9


def test_receipt_checks_that_fail_warn_and_lower_confidence() -> None:
    ok = kie()(receipt("1.00"), "receipt")
    assert not ok.warnings and ok.fields["change"].confidence > 0.9
    bad = kie()(receipt("3.00"), "receipt")  # no one reading makes 10.00 - change = 9.00
    assert any("cash - change = total fails" in w for w in bad.warnings)
    assert bad.fields["change"].value == "3.00"
    assert all(bad.fields[n].confidence < ok.fields[n].confidence for n in ("cash", "change", "total"))


def test_vat_rate_outside_the_legal_set_is_warned() -> None:
    rows = [("货物或应税劳务、服务名称", "金额", "税率", "税额"), ("咨询服务费", "100.00", "7%", "7.00")]
    xs = (60, 700, 900, 1050)
    lines = [line(t, x, 300 + 40 * r, cw=20) for r, row in enumerate(rows) for t, x in zip(row, xs, strict=True)]
    result = kie()(doc(lines, 1300, 900), "invoice_cn_vat")
    assert result.items[0]["tax_rate"] == "7"
    assert any("rate 7% is no rate" in w for w in result.warnings)


@pytest.mark.model
def test_vat_sample_flipped_rate_is_read_again(pipeline) -> None:  # type: ignore[no-untyped-def]
    """samples/invoice_cn_vat.png: the direction classifier turns two `9%` cells over (read `%6`); amount x rate =
    tax holds only for 9, which is taken, with a warning each."""
    from pathlib import Path

    from docsense.app.extract import Extractor

    root = Path(__file__).resolve().parent.parent
    sample = root / "samples" / "invoice_cn_vat.png"
    result = Extractor(load_settings(), pipeline).extract_file(sample, "invoice_cn_vat")
    items = [it for it in result.items if "section" not in it]
    assert [it["tax_rate"] for it in items] == ["9", "9", "9", "9"]
    for it in items:
        assert abs(Decimal(it["amount"]) * Decimal(it["tax_rate"]) / 100 - Decimal(it["tax"])) <= Decimal("0.01")
    flagged = [w for w in result.warnings if "tax_rate" in w and "taken" in w]
    assert flagged, result.warnings
    assert all(result.fields[n].bbox is not None for n in ("subtotal", "tax", "total"))


@pytest.mark.model
def test_generated_invoice_amounts_are_boxed_on_their_figures() -> None:
    """Two generated invoices (English clean, Chinese VAT gray) read end to end: every amount field's box holds
    the printed amount and not its key (`python -m docsense.eval.value_boxes` measures many more)."""
    from docsense.eval.value_boxes import invoices, measure

    result = measure(list(invoices(2, seed=0)))
    assert result["fields"] == 6 and result["ok"] == 6, result["failures"]


def test_number_field_keeps_its_decimals(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """`type: number` read `1,250.5` as 1250 (value and raw) before the one parser."""
    tpl = tmp_path / "weights.yaml"
    tpl.write_text(
        "name: weights\ndoc_type: note\nfields:\n  weight:\n    keys: [Net weight]\n    type: number\n",
        encoding="utf-8",
    )
    f = kie()(doc([line("Net weight: 1,250.5 kg", 100, 100)]), str(tpl)).fields["weight"]
    assert (f.value, f.raw) == ("1250.5", "1,250.5")
    assert f.bbox == pytest.approx((220, 100, 290, 120), abs=1)  # characters 12-18
