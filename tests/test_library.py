"""The Python API (`docsense.parse`, `docsense.extract`, `docsense.Pipeline`) on a real sample, from every kind of
source, and the Document's exporters."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

import docsense
from docsense.core.errors import ConfigError, InputError

SAMPLE = Path(__file__).resolve().parents[1] / "samples" / "invoice_en.png"
FIRST_LINE = "Pioneer Industries Co."


@pytest.fixture(scope="module")
def doc() -> docsense.Document:
    return docsense.parse(SAMPLE)


def first_line(d: docsense.Document) -> str:
    return d.pages[0].blocks[0].lines[0].text


def test_parse_a_path_and_extract_the_invoice_total(doc: docsense.Document) -> None:
    assert doc.source == str(SAMPLE) and first_line(doc) == FIRST_LINE
    invoice = docsense.extract(doc, template="invoice")
    assert invoice.template == "invoice" and invoice.fields["total"].value == "38373.93"
    assert invoice.fields["invoice_number"].value == "INV-201905673"
    # From the file itself: parsed once more, same answer, and the file's hash recorded.
    again = docsense.extract(str(SAMPLE), template="invoice")
    assert again.fields["total"].value == "38373.93" and len(again.sha256) == 64


def test_every_kind_of_source_reads_the_same(doc: docsense.Document) -> None:
    image = Image.open(SAMPLE)
    rgb = np.asarray(image.convert("RGB"))
    sources = [SAMPLE.read_bytes(), image, rgb, np.dstack([rgb, np.full(rgb.shape[:2], 255, np.uint8)])]
    docs = docsense.parse(sources)  # a list in, a list out
    assert [d.source for d in docs] == ["<bytes>", str(SAMPLE), "<array>", "<array>"]
    assert [first_line(d) for d in docs] == [FIRST_LINE] * 4
    assert all(len(d.pages[0].blocks) == len(doc.pages[0].blocks) for d in docs)


def test_bad_sources_raise_clear_errors() -> None:
    with pytest.raises(InputError, match="numpy image must be uint8"):
        docsense.parse(np.zeros((20, 20), np.float32))
    with pytest.raises(InputError, match="cannot read a dict"):
        docsense.parse({"not": "an image"})  # type: ignore[call-overload]
    with pytest.raises(docsense.DocsenseError):
        docsense.parse(b"plain text, not an image")
    with pytest.raises(ConfigError, match="table"):
        docsense.Pipeline(table={"enabled": "sometimes"})


def test_exporters(doc: docsense.Document) -> None:
    again = docsense.Document.from_dict(json.loads(doc.to_json()))
    assert again == doc
    markdown = doc.to_markdown()
    assert "| Toner cartridge | 20 | 1,554.16 | 31,083.20 |" in markdown.replace("  ", " ")
    assert "<html" in doc.to_html().lower() and FIRST_LINE in doc.to_html()
    (table,) = doc.tables_to_pandas()
    assert list(table.columns) == ["Description", "Qty", "Unit Price", "Amount"]
    assert table.iloc[1].tolist() == ["Office chair", "4", "1,365.85", "5,463.40"]


def test_a_pipeline_keeps_its_configuration() -> None:
    pipeline = docsense.Pipeline(table={"enabled": False}, ocr__rec__text_score=0.6)
    assert pipeline.settings.ocr.rec.text_score == 0.6 and not pipeline.settings.table.enabled
    d = pipeline.parse(SAMPLE)
    assert first_line(d) == FIRST_LINE
    assert all(b.table is None for b in d.pages[0].blocks)  # no table stage
    assert "invoice" in pipeline.templates()
