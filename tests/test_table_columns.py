"""Column and text-line repairs on boxes laid out like the failures they were written on (no models)."""

from __future__ import annotations

from docsense.core.document import Cell
from docsense.table.build import same_weight
from docsense.table.cells import WordBox, assign_words
from docsense.table.columns import _drop_unused_columns, move_column_edges
from docsense.table.ruled import split_text_rows
from docsense.table.slanet import CellSpec


def _w(text: str, x0: float, y0: float, x1: float, h: float = 26.0) -> WordBox:
    return WordBox(text=text, box=(x0, y0, x1, y0 + h), line=0, pos=0, space_before=True)


def test_a_sliver_word_does_not_split_a_text_line() -> None:
    """Five item lines in every cell of one ruled body row, with a dash read as a 2 px high word on the first
    line: still five rows."""
    head = [CellSpec(box=(x, 0, x + 100, 30), row_index=0) for x in (0, 100, 200)]
    body = [CellSpec(box=(x, 30, x + 100, 200), row_index=1) for x in (0, 100, 200)]
    words = [(x + 10, y, x + 60, y + 26) for x in (0, 100, 200) for y in (35, 68, 101, 134, 167)]
    words.append((150, 44, 160, 46))
    _, n_rows = split_text_rows(head + body, 2, words)
    assert n_rows == 6


def test_a_column_no_cell_starts_at_is_dropped() -> None:
    """Every goods name spans two columns that nothing else uses: one column, the bold marks renumbered."""
    cells = [
        Cell(row=r, col=c, colspan=2 if c == 0 else 1, bbox=(0.0, 0.0, 1.0, 1.0), text=f"{r}{c}")
        for r in range(3)
        for c in (0, 2, 3)
    ]
    bold = {(0, 0), (0, 2), (0, 3)}
    out = _drop_unused_columns(cells, bold)
    assert {(c.col, c.colspan) for c in out} == {(0, 1), (1, 1), (2, 1)}
    assert bold == {(0, 0), (0, 1), (0, 2)}
    kept = [Cell(row=0, col=0, colspan=2, bbox=(0.0, 0.0, 1.0, 1.0)), Cell(row=1, col=1, bbox=(0.0, 0.0, 1.0, 1.0))]
    assert _drop_unused_columns(kept, set()) == kept


def test_a_column_edge_in_a_word_space_moves_to_the_white_channel() -> None:
    """`1 Office | chair` (the narrow row-number column took the first word of the description) -> `1` |
    `Office chair`; columns whose edge is a real gap are left alone."""
    rows = [("1", "Office", "chair"), ("2", "Network", "switch"), ("3", "Cloud", "hosting")]
    cells, words = [], []
    for r, (n, a, b) in enumerate(rows):
        y = 100.0 + 40 * r
        cells += [
            Cell(row=r, col=0, bbox=(180.0, y, 300.0, y + 30), text=f"{n} {a}"),
            Cell(row=r, col=1, bbox=(300.0, y, 500.0, y + 30), text=b),
        ]
        words += [[_w(n, 190, y, 200), _w(a, 240, y, 292)], [_w(b, 304, y, 352)]]
    out, per = move_column_edges(cells, words)
    assert [c.text for c in out] == ["1", "Office chair", "2", "Network switch", "3", "Cloud hosting"]
    assert [len(ws) for ws in per] == [1, 2, 1, 2, 1, 2]
    apart = [
        [_w(n, 190, 100.0 + 40 * r, 200)] if k == 0 else [_w(b, 304, 100.0 + 40 * r, 352)]
        for r, (n, _, b) in enumerate(rows)
        for k in (0, 1)
    ]
    same, _ = move_column_edges(cells, apart)
    assert same == cells


def test_a_word_in_a_column_the_model_left_out_stays_on_its_row() -> None:
    """Two cells per row where the table has three columns (a zebra crop): the third column's figures go to the
    nearest cell on their own line, not to the header cell nearer on the page; a wrapped line just under its
    cell still goes to that cell."""
    boxes = [(120.0, 3.0, 198.0, 12.0), (141.0, 16.0, 169.0, 26.0), (141.0, 29.0, 169.0, 39.0)]
    stray = WordBox("72.8", (224.0, 15.0, 246.0, 26.0), 0, 0, False)
    wrapped = WordBox("(8.1)", (143.0, 40.0, 167.0, 50.0), 1, 0, False)
    per_cell = assign_words([stray, wrapped], boxes, 0.3)
    assert [w.text for w in per_cell[1]] == ["72.8"] and [w.text for w in per_cell[2]] == ["(8.1)"]


def test_cells_set_alike_are_bold_together() -> None:
    """A header row read bold in most cells is bold in all (a short word's box holds more paper); a row read
    bold in half its cells or fewer is left as read."""
    assert same_weight([True, True, False, False], [True, True, True, False]) == [True, True, True, False]
    assert same_weight([True, False, False], [True, True, False]) == [True, False, False]
