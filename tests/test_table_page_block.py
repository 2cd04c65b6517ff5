"""The table stage's whole-page test (`TableRecognizer.page_block`): a page whose layout shows a table caption
(`Table 3. (Continued)` over a table carried on from the page before, notes under it) is a page holding tables,
not a table crop, even when the image is small enough to be one (a letter page at 72 dpi)."""

from __future__ import annotations

from pathlib import Path

import pytest
from render import browser_page

from docsense.core.config import EngineSettings, TableSettings
from docsense.core.document import Block, Line, Word, union_bbox
from docsense.synth import browser, fonts
from docsense.table.recognizer import TableRecognizer


def _line(text: str, x0: float, y0: float, x1: float, y1: float) -> Line:
    box = (x0, y0, x1, y1)
    return Line(
        text=text,
        bbox=box,
        polygon=[(x0, y0), (x1, y0), (x1, y1), (x0, y1)],
        score=1.0,
        words=[Word(text=text, bbox=box, score=1.0)],
    )


def _grid(top: float, rows: int) -> list[Line]:
    """A 4-column grid of figures under a header row, 18 px a row, across a 612 px wide page."""
    out = []
    for r in range(rows):
        y = top + 18 * r
        for c, x in enumerate((45, 200, 330, 460)):
            out.append(_line("Group" if r == 0 else f"{r}.{c}5", x, y, x + 60, y + 12))
    return out


def test_a_captioned_table_on_a_small_page_is_no_table_crop() -> None:
    rec = TableRecognizer(TableSettings(), EngineSettings())
    w, h = 612, 792
    grid = _grid(60, 30)
    caption = _line("Table 3. (Continued)", 45, 40, 200, 52)
    note = _line("SD, standard deviation.", 45, 610, 260, 622)
    blocks = [
        Block(type="table_caption", bbox=caption.bbox, lines=[caption]),
        Block(type="table", bbox=union_bbox([ln.bbox for ln in grid]), lines=grid),
        Block(type="text", bbox=note.bbox, lines=[note]),
    ]
    lines = [caption, *grid, note]
    assert not rec._crop_like(lines, blocks, w, h)
    # The same grid without its caption (a crop, layout boxing its rows as a table) is still one.
    assert rec._crop_like(grid, blocks[1:2], w, h)


@pytest.mark.skipif(
    (browser.unavailable_reason() or fonts.missing_reason()) is not None,
    reason=str(browser.unavailable_reason() or fonts.missing_reason()),
)
def test_a_page_with_a_continued_table_keeps_its_captions_and_notes(pipeline, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # Seed 67's third table page: a running header, `Table 3. (Continued)` over the rest of a table, its notes, a
    # second captioned table with notes, a page number; 612 x 792 px. The table stage read it as one table.
    im, _, path = browser_page(tmp_path, "bp_tablepage", 3, 67, 2)
    blocks = pipeline.parse_file(path).document.pages[0].blocks
    tables = [b for b in blocks if b.type == "table"]
    assert len(tables) == 2 and all(b.table is not None for b in tables)
    area = im["width"] * im["height"]
    assert all((b.bbox[2] - b.bbox[0]) * (b.bbox[3] - b.bbox[1]) < 0.5 * area for b in tables)
    text = " ".join(ln.text for b in blocks if b.type != "table" for ln in b.lines)
    assert "Continued" in text
