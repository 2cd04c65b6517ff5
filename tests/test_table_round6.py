"""Session 12 (round 6) table fixes on boxes laid out like their failures (docs/tables.md), no models: a section
label centred over the table, footnotes the model left under its grid, and a line broken after a hyphen."""

from __future__ import annotations

from docsense.core.document import Cell
from docsense.table.cells import WordBox, cell_text
from docsense.table.rows import notes_under_grid
from docsense.table.spans import span_lone_rows


def _w(text: str, x0: float, y0: float, x1: float, line: int = 0, pos: int = 0) -> WordBox:
    return WordBox(text=text, box=(x0, y0, x1, y0 + 10.0), line=line, pos=pos, space_before=pos > 0)


XS = [0.0, 100.0, 200.0, 300.0]


def _row(r: int, texts: list[str]) -> tuple[list[Cell], list[list[WordBox]]]:
    cells = [Cell(row=r, col=c, bbox=(XS[c], 20.0 * r, XS[c + 1], 20.0 * r + 20), text=t) for c, t in enumerate(texts)]
    words = [[_w(t, XS[c] + 5, 20.0 * r + 5, XS[c] + 5 + 6 * len(t), line=10 * r + c)] if t else [] for c, t in
             enumerate(texts)]  # fmt: skip
    return cells, words


def _table(rows: list[list[str]]) -> tuple[list[Cell], list[list[WordBox]]]:
    cells: list[Cell] = []
    words: list[list[WordBox]] = []
    for r, texts in enumerate(rows):
        c, w = _row(r, texts)
        cells += c
        words += w
    return cells, words


def test_a_section_label_centred_over_the_table_spans_it() -> None:
    cells, words = _table([["Parameter", "n", "OR"], ["Age", "12", "1.2"], ["", "", ""], ["BMI", "4", "0.9"]])
    # `Panel A: Survivors` centred over the table, dealt by the model to the middle cell of its row.
    label = [_w("Panel", 105, 45, 135, 99, 0), _w("A:", 138, 45, 150, 99, 1), _w("Survivors", 153, 45, 195, 99, 2)]
    i = next(k for k, c in enumerate(cells) if c.row == 2 and c.col == 1)
    cells[i] = cells[i].model_copy(update={"text": "Panel A: Survivors"})
    words[i] = label
    out, _, _ = span_lone_rows(cells, words, [True, False, False, False], set())
    row2 = [c for c in out if c.row == 2]
    assert len(row2) == 1 and row2[0].col == 0 and row2[0].colspan == 3 and row2[0].text == "Panel A: Survivors"


def test_a_lone_figure_or_an_off_centre_word_keeps_its_cell() -> None:
    """A sparse row (one figure) and a word in the last column are data, not labels."""
    cells, words = _table([["Parameter", "n", "OR"], ["", "", "1.25"], ["", "", "Reference"]])
    out, _, _ = span_lone_rows(cells, words, [True, False, False], set())
    assert len(out) == len(cells)


def test_notes_under_the_last_row_become_a_row_spanning_the_table() -> None:
    cells, words = _table([["Parameter", "n", "OR"], ["Age", "12", "1.2"], ["BMI", "4", "0.9"]])
    # Two footnote lines under the grid, running past the first column, dealt to the last row's label.
    notes = [_w("a", 2, 62, 8, 50, 0), _w("Median", 11, 62, 50, 50, 1), _w("follow-up", 53, 62, 120, 50, 2),
             _w("b", 2, 76, 8, 51, 0), _w("Missing", 11, 76, 60, 51, 1), _w("data.", 63, 76, 98, 51, 2)]  # fmt: skip
    i = next(k for k, c in enumerate(cells) if c.row == 2 and c.col == 0)
    words[i] = words[i] + notes
    cells[i] = cells[i].model_copy(update={"text": cell_text(words[i])})
    out, _, rh = notes_under_grid(cells, words, [True, False, False])
    assert next(c for c in out if c.row == 2 and c.col == 0).text == "BMI"
    note = [c for c in out if c.row == 3]
    assert len(note) == 1 and note[0].colspan == 3 and note[0].text.startswith("a Median follow-up")
    assert rh == [True, False, False, False]


def test_a_label_wrapped_under_its_row_stays() -> None:
    cells, words = _table([["Parameter", "n", "OR"], ["Age", "12", "1.2"], ["Body mass", "4", "0.9"]])
    i = next(k for k, c in enumerate(cells) if c.row == 2 and c.col == 0)
    words[i] = words[i] + [_w("index", 5, 62, 40, 60, 0)]  # within the first column
    out, _, _ = notes_under_grid(cells, words, [True, False, False])
    assert len(out) == len(cells)


def test_a_line_broken_after_a_hyphen_goes_on_in_the_same_word() -> None:
    ws = [_w("Disease-", 0, 0, 50, 1, 0), _w("free", 0, 14, 25, 2, 0), _w("survival", 28, 14, 70, 2, 1)]
    assert cell_text(ws) == "Disease-free survival"
    ws = [_w("i5-", 0, 0, 20, 1, 0), _w("12400/16G", 0, 14, 60, 2, 0)]
    assert cell_text(ws) == "i5-12400/16G"
    ws = [_w("12", 0, 0, 12, 1, 0), _w("-", 15, 0, 20, 1, 1), _w("14", 0, 14, 12, 2, 0)]
    assert cell_text(ws) == "12 - 14"  # a dash alone keeps its spaces


def test_a_dash_the_ocr_dropped_from_an_empty_cell_is_read_from_the_ink() -> None:
    """`—` for a missing value, drawn, with no OCR word: the cell reads `—`; a blank cell stays blank."""
    from pathlib import Path

    import numpy as np
    from PIL import Image, ImageDraw, ImageFont

    from docsense.table.cells import ink_map
    from docsense.table.glyphs import dashes_in_blank_cells

    font_path = Path("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf")
    if not font_path.exists():
        import pytest

        pytest.skip("Liberation Sans not installed")
    font = ImageFont.truetype(str(font_path), 16)
    img = Image.new("L", (400, 60), 255)
    draw = ImageDraw.Draw(img)
    figures = [("12.50", 10), ("7.25", 110), ("3.10", 210)]
    words = []
    for text, x in figures:
        draw.text((x, 20), text, font=font, fill=0)
        x0, y0, x1, y1 = draw.textbbox((x, 20), text, font=font)
        words.append(WordBox(text, (float(x0), float(y0) - 2, float(x1), float(y1) + 2), 0, 0, True))
    draw.text((330, 20), "\u2014", font=font, fill=0)  # the dash OCR did not read, in the fourth cell
    ink = ink_map(np.stack([np.asarray(img)] * 3, axis=-1))
    cells = [Cell(row=1, col=c, bbox=(100.0 * c, 5.0, 100.0 * c + 100, 55.0), text=t) for c, t in
             enumerate(["12.50", "7.25", "3.10", ""])]  # fmt: skip
    cells.append(Cell(row=2, col=0, bbox=(0.0, 55.0, 100.0, 60.0), text=""))
    out = dashes_in_blank_cells(cells, words, ink)
    assert out[3].text == "\u2014"
    assert out[4].text == ""


def test_notes_under_a_grid_with_no_single_first_column_cell() -> None:
    """The first column's cells all span two columns (a label over the first two): no crash, judged the same."""
    cells = [
        Cell(row=0, col=0, colspan=2, bbox=(0.0, 0.0, 200.0, 20.0), text="Parameter"),
        Cell(row=0, col=2, bbox=(200.0, 0.0, 300.0, 20.0), text="OR"),
        Cell(row=1, col=0, colspan=2, bbox=(0.0, 20.0, 200.0, 40.0), text="Age"),
        Cell(row=1, col=2, bbox=(200.0, 20.0, 300.0, 40.0), text="1.2"),
    ]
    words = [[_w("Parameter", 5, 5, 60)], [_w("OR", 205, 5, 220)], [_w("Age", 5, 25, 25)], [_w("1.2", 205, 25, 222)]]
    out, _, _ = notes_under_grid(cells, words, [True, False])
    assert [c.text for c in out] == ["Parameter", "OR", "Age", "1.2"]
