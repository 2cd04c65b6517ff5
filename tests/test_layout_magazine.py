"""A magazine page (three narrow columns of running text, a pull quote, headings) read by the default pipeline
must not come out as one whole-page table: the table stage's "is this page a table crop?" test has to see the
columns of prose (docs/layout.md, session 17: whole-page tables on magazine pages)."""

from __future__ import annotations

from pathlib import Path

import pytest
from render import browser_page

from docsense.synth import browser, fonts

pytestmark = [
    pytest.mark.skipif(browser.unavailable_reason() is not None, reason=str(browser.unavailable_reason())),
    pytest.mark.skipif(fonts.missing_reason() is not None, reason=str(fonts.missing_reason())),
]


def test_a_magazine_page_is_no_whole_page_table(pipeline, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # Seed 53's first magazine page: the segmenter and refiner give its three columns as text blocks, and the old
    # leading test (gaps between OCR boxes, which jitter by a few pixels) found no running text on it.
    im, _, path = browser_page(tmp_path, "bp_magazine", 1, 53, 0)
    blocks = pipeline.parse_file(path).document.pages[0].blocks
    area = im["width"] * im["height"]
    tables = [b for b in blocks if b.type == "table"]
    assert not [b for b in tables if (b.bbox[2] - b.bbox[0]) * (b.bbox[3] - b.bbox[1]) > 0.3 * area]
    # The columns come out as text blocks, each inside one column (a third of the page wide at most).
    text = [b for b in blocks if b.type == "text" and len(b.lines) >= 5]
    assert len(text) >= 6
    assert all(b.bbox[2] - b.bbox[0] < 0.4 * im["width"] for b in text)


def test_a_figure_box_over_a_page_of_columns_is_no_figure(pipeline, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # Seed 51's second magazine page: three columns, two of them boxed sidebars (tinted panels with a heading and a
    # bulleted list), which the detector boxes as one figure over nearly the whole page.
    im, truth, path = browser_page(tmp_path, "bp_magazine", 2, 51, 1)
    assert not [a for a in truth if a["label"] == "figure"]
    blocks = pipeline.parse_file(path).document.pages[0].blocks
    area = im["width"] * im["height"]
    assert not [
        b for b in blocks if b.type == "figure" and (b.bbox[2] - b.bbox[0]) * (b.bbox[3] - b.bbox[1]) > 0.3 * area
    ]
    # Its lines are text again: the sidebars' bulleted lists come out as list blocks.
    assert len([b for b in blocks if b.type == "list"]) >= 2
