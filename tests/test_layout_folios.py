"""Page numbers (layout/segment.py, run by the refine stage; docs/layout.md, session 23): a block of nothing but a
page number over or under every other block is the running head's or foot's folio (a header or footer), no text;
so are the running head level with it and a page number read into the footnote over it; a number among the page's
text stays as it is."""

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


def test_a_running_head_level_with_its_folio_and_a_folio_under_a_footnote_are_cut_off() -> None:
    # Seed 119's first thesis page: `CHAPTER 4. TREATMENT` level with the folio `67` (a header), typed title; its
    # third: the folio `36` read into the footnote over it, 27 px under it.
    run = _block("CHAPTER 4. TREATMENT", 92, 56, 288, "title")
    folio = _block("67", 511, 56, 538, "header")
    para = _block("Was [22] values control shown data bacterial. Bacterial", 90, 94, 536, rows=10)
    assert [b.type for b in folios([folio, run, para])] == ["header", "header", "text"]
    # A heading at the top of a page with no page number beside it stays.
    assert [b.type for b in folios([run, para])] == ["title", "text"]
    note = _block("36 Virus and factors sequence activity, that network the.", 96, 703, 389, "text")
    note = note.model_copy(update={"lines": [*note.lines, _block("36", 309, 751, 331).lines[0]]})
    out = folios([para, note])
    assert [(b.type, [ln.text for ln in b.lines]) for b in out][1:] == [
        ("text", ["36 Virus and factors sequence activity, that network the."]),
        ("footer", ["36"]),
    ]
    # A number closing a block of figures right under its row above stays in it.
    close = note.model_copy(update={"lines": [note.lines[0], _block("36", 309, 719, 331).lines[0]]})
    assert folios([para, close])[1].lines == close.lines


@pytest.mark.skipif(browser.unavailable_reason() is not None, reason=str(browser.unavailable_reason()))
@pytest.mark.skipif(fonts.missing_reason() is not None, reason=str(fonts.missing_reason()))
def test_a_running_head_and_a_folio_under_a_footnote_on_rendered_pages_are_no_text(pipeline, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # Seed 119's first and third `bp_thesis` pages.
    for index in (0, 2):
        _, _, path = browser_page(tmp_path / str(index), "bp_thesis", 3, 119, index)
        blocks = pipeline.parse_file(path).document.pages[0].blocks
        rows = [[ln.text.strip() for ln in b.lines] for b in blocks if b.type in ("text", "title")]
        # the running head (page 1) and the folio under the footnote (page 3) in no text block
        assert not [r for r in rows if r[0] == "CHAPTER 4. TREATMENT" or r[-1].isdigit()], (index, rows)
