"""A footnote set across the table that the model cut into cells is one spanning cell (docs/tables.md, session 11
crops round; boxes laid out like the failure, no models)."""

from __future__ import annotations

from docsense.core.document import Cell
from docsense.table.cells import WordBox
from docsense.table.columns import split_glued_figures
from docsense.table.rows import split_paragraph_rows
from docsense.table.spans import spans_from_text


def _w(text: str, x0: float, y0: float, x1: float, line: int = 0) -> WordBox:
    return WordBox(text=text, box=(x0, y0, x1, y0 + 10.0), line=line, pos=0, space_before=True)


def _row(r: int, xs: list[float]) -> list[Cell]:
    return [Cell(row=r, col=c, bbox=(xs[c], 20.0 * r, xs[c + 1], 20.0 * r + 20)) for c in range(len(xs) - 1)]


XS = [0.0, 100.0, 140.0, 200.0, 240.0]


def _table(last: list[list[WordBox]]) -> tuple[list[Cell], list[list[WordBox]]]:
    cells = _row(0, XS) + _row(1, XS)
    words = [
        [_w("Age", 5, 5, 25)], [_w("HR", 110, 5, 125)], [_w("95%", 150, 5, 170), _w("CI", 173, 5, 185)],
        [_w("p", 250, 5, 256)],
    ]  # fmt: skip
    return cells, words + last


def test_a_footnote_cut_over_the_columns_is_one_cell_spanning_the_row() -> None:
    """`HR, hazard ratio; CI, confidence | | interval. |`: one line of words a word space apart over three cells."""
    y = 25.0
    line = [("HR,", 2, 18), ("hazard", 21, 50), ("ratio;", 53, 78), ("CI,", 81, 95), ("confidence", 98, 145),
            ("interval.", 148, 185)]  # fmt: skip
    ws = [_w(t, a, y, b, line=7) for t, a, b in line]
    last = [ws[:4], ws[4:5], ws[5:], []]
    cells, words = _table(last)
    out, _, _ = spans_from_text(cells, words, [True, False])
    foot = [c for c in out if c.row == 1]
    assert len(foot) == 1 and foot[0].colspan == 4
    assert foot[0].text == "HR, hazard ratio; CI, confidence interval."


def test_labels_a_column_gap_apart_stay_in_their_cells() -> None:
    """Words in each cell, but a column gap (over a word height) between them: a row of cells, not a phrase."""
    y = 25.0
    last = [[_w("Not", 2, y, 20), _w("given", 23, y, 50)], [_w("none", 110, y, 135)], [_w("yes", 150, y, 170)],
            [_w("no", 250, y, 262)]]  # fmt: skip
    cells, words = _table(last)
    out, _, _ = spans_from_text(cells, words, [True, False])
    assert len([c for c in out if c.row == 1]) == 4


def test_a_row_of_figures_is_no_footnote() -> None:
    y = 25.0
    last = [[_w("Total", 2, y, 30), _w("n", 33, y, 40)], [_w("1.31", 43, y, 60), _w("2.04", 63, y, 80)],
            [_w("0.066", 150, y, 175)], [_w("0.12", 250, y, 270)]]  # fmt: skip
    cells, words = _table(last)
    out, _, _ = spans_from_text(cells, words, [True, False])
    assert len([c for c in out if c.row == 1]) == 4


def _c(r: int, c: int, x0: float, x1: float, text: str = "", span: int = 1) -> Cell:
    return Cell(row=r, col=c, colspan=span, bbox=(x0, 20.0 * r, x1, 20.0 * r + 20), text=text)


def test_figures_glued_across_an_empty_cell_are_cut_at_its_edge() -> None:
    """`1.61-5.600.276`: a CI and the p value beside it read as one token; the p cell left empty."""
    cells = [_c(0, 0, 0, 60, "Male"), _c(0, 1, 60, 130, "1.61-5.600.276"), _c(0, 2, 130, 180)]
    # 14 characters at 6 px from x=70: `1.61-5.60` ends at 124, the p column starts at 130.
    words = [[_w("Male", 2, 5, 30)], [_w("1.61-5.600.276", 70, 5, 154)], []]
    out, ws = split_glued_figures(cells, words)
    assert [c.text for c in out] == ["Male", "1.61-5.60", "0.276"]
    assert ws[2][0].box[0] > 120


def test_a_figure_that_is_one_token_stays() -> None:
    cells = [_c(0, 0, 0, 60, "Male"), _c(0, 1, 60, 130, "1.61-5.60"), _c(0, 2, 130, 180)]
    words = [[_w("Male", 2, 5, 30)], [_w("1.61-5.60", 70, 5, 124)], []]
    out, _ = split_glued_figures(cells, words)
    assert [c.text for c in out] == ["Male", "1.61-5.60", ""]


def test_two_notes_read_as_one_row_are_two_rows_but_a_wrapped_note_is_one() -> None:
    cells = [_c(0, 0, 0, 80, "Age"), _c(0, 1, 80, 200, "2.1")]
    words = [[_w("Age", 2, 5, 20)], [_w("2.1", 100, 5, 120)]]
    note = [_w("HR,", 2, 25, 20), _w("hazard", 23, 25, 55), _w("ratio.", 58, 25, 85),  # ends short, full stop
            _w("Adjusted", 2, 38, 45), _w("for", 48, 38, 62), _w("age.", 65, 38, 85)]  # fmt: skip
    out, _, header, _ = split_paragraph_rows(
        [*cells, _c(1, 0, 0, 200, "", span=2)], [*words, note], [True, False], set()
    )
    assert [c.text for c in out if c.row >= 1] == ["HR, hazard ratio.", "Adjusted for age."]
    assert header == [True, False, False]
    wrapped = [_w("HR,", 2, 25, 20), _w("hazard", 23, 25, 55), _w("ratio;", 58, 25, 90), _w("CI,", 93, 25, 110),
               _w("confidence", 113, 25, 170), _w("interval.", 173, 25, 198), _w("Data", 2, 38, 25)]  # fmt: skip
    out, _, _, _ = split_paragraph_rows([*cells, _c(1, 0, 0, 200, "", span=2)], [*words, wrapped], [True, False], set())
    assert len([c for c in out if c.row >= 1]) == 1
