"""Page numbers (layout/segment.py, run by the refine stage; docs/layout.md, session 23): a block of nothing but a
page number over or under every other block is the running head's or foot's folio (a header or footer), no text;
a number among the page's text stays as it is."""

from __future__ import annotations

from pathlib import Path

import pytest
from render import browser_page

from docsense.core.document import Block, Line
from docsense.layout.segment import folios
from docsense.synth import browser, fonts


def _block(text: str, x0: float, y0: float, x1: float, kind: str = "text", rows: int = 1) -> Block:
    lines = [
        Line(text=text, bbox=(x0, y0 + 15 * n, x1, y0 + 15 * n + 14),
             polygon=[(x0, y0 + 15 * n), (x1, y0 + 15 * n), (x1, y0 + 15 * n + 14), (x0, y0 + 15 * n + 14)], score=0.9)
        for n in range(rows)
    ]  # fmt: skip
    return Block(type=kind, bbox=(x0, y0, x1, y0 + 15 * rows - 1), lines=lines, order=0)


def test_a_page_number_over_or_under_the_page_is_a_header_or_footer() -> None:
    # Seed 119's second thesis page: `111` in the top corner, level with the running head, typed text.
    head = _block("Chapter 5. FIGURE", 110, 42, 255, "header")
    para = _block("Clinical as, network (5%) in lower incubated popu-", 107, 78, 534, rows=10)
    top = _block("111", 499, 41, 535)
    assert [b.type for b in folios([head, top, para])] == ["header", "header", "text"]
    foot = _block("xii", 300, 740, 312)
    assert [b.type for b in folios([para, foot])] == ["text", "footer"]
    # A number between the page's text blocks, or a block of words, stays.
    mid = _block("42", 300, 240, 320)
    low = _block("More results follow.", 107, 300, 260)
    assert [b.type for b in folios([para, mid, low])] == ["text", "text", "text"]
    assert [b.type for b in folios([_block("Results", 107, 30, 200, "title"), para])] == ["title", "text"]


@pytest.mark.skipif(browser.unavailable_reason() is not None, reason=str(browser.unavailable_reason()))
@pytest.mark.skipif(fonts.missing_reason() is not None, reason=str(fonts.missing_reason()))
def test_a_thesis_page_number_on_a_rendered_page_is_no_text(pipeline, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # Seed 119's second `bp_thesis` page: the folio `111` came out as a text block (no truth box under it).
    _, _, path = browser_page(tmp_path, "bp_thesis", 3, 119, 1)
    blocks = pipeline.parse_file(path).document.pages[0].blocks
    texts = [" ".join(ln.text for ln in b.lines).strip() for b in blocks if b.type in ("text", "title")]
    assert texts and not [t for t in texts if t.isdigit()]
