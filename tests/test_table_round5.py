"""Round-5 table fixes on boxes laid out like their failures (docs/tables.md, issue 19; no models)."""

from __future__ import annotations

import numpy as np

from docsense.core.document import Cell, Line, Word
from docsense.table.cells import WordBox
from docsense.table.columns import _drop_blank_edge_columns, merge_interleaved_columns
from docsense.table.extent import drop_totals_rows
from docsense.table.glyphs import split_cjk_gaps
from docsense.table.recognizer import _running_text
from docsense.table.rows import lift_continued_lines


def _w(text: str, x0: float, y0: float, x1: float, line: int = 0, h: float = 20.0) -> WordBox:
    return WordBox(text=text, box=(x0, y0, x1, y0 + h), line=line, pos=0, space_before=True)


def _grid(rows: list[list[str]], widths: list[float], top: float = 0.0) -> tuple[list[Cell], list[list[WordBox]]]:
    """Cells and words of a simple grid; a word is drawn right-aligned in its cell."""
    cells, words = [], []
    xs = np.concatenate([[0.0], np.cumsum(widths)])
    for r, row in enumerate(rows):
        y = top + 30.0 * r
        for c, t in enumerate(row):
            cells.append(Cell(row=r, col=c, bbox=(float(xs[c]), y, float(xs[c + 1]), y + 30.0), text=t))
            words.append([_w(t, float(xs[c + 1]) - 10 - 9 * len(t), y + 5, float(xs[c + 1]) - 10, line=10 * r + c)]
                         if t else [])  # fmt: skip
    return cells, words


def test_a_column_the_model_cut_in_two_is_one_again() -> None:
    """`税额` and `183.59` in one grid column, `98.66` in the next, right-aligned under each other: one column."""
    rows = [["名称", "金额", "税额", ""], ["显示器", "2039.88", "183.59", ""], ["硒鼓", "1096.25", "", "98.66"]]
    cells, words = _grid(rows, [120, 100, 80, 20])
    # The two figure columns' words stand over each other: the model's edge runs through the figures.
    words[11] = [_w("98.66", 255, 65, 300, line=99)]
    out, _, _ = merge_interleaved_columns(cells, words, set())
    got = {(c.row, c.col): c.text for c in out}
    assert max(c.col for c in out) == 2
    assert [got[(r, 2)] for r in range(3)] == ["税额", "183.59", "98.66"]


def test_sparse_columns_that_never_share_a_row_stay_apart() -> None:
    """A sparse table: two columns never filled in the same row, but set side by side (no paper shared)."""
    rows = [["Study", "A", "B"], ["Smith", "+", ""], ["Wang", "", "+"], ["Lee", "+", ""]]
    cells, words = _grid(rows, [120, 60, 60])
    out, _, _ = merge_interleaved_columns(cells, words, set())
    assert len(out) == len(cells)


def test_totals_rows_at_the_foot_of_a_chinese_item_table_are_no_items() -> None:
    rows = [["项目名称", "金额", "税额"], ["*纸制品*办公用纸", "2233.08", "133.98"], ["合 计", "¥28215.58", "¥1692.93"]]
    cells, _ = _grid(rows, [120, 100, 100])
    out, header = drop_totals_rows(cells, [True, False, False])
    assert max(c.row for c in out) == 1 and header == [True, False]
    # A scientific table's `Total` row is a row of the table.
    rows[2][0] = "Total"
    cells, _ = _grid(rows, [120, 100, 100])
    out, _ = drop_totals_rows(cells, [True, False, False])
    assert max(c.row for c in out) == 2
    # Never the whole body.
    cells, _ = _grid([rows[0], ["合计", "1.00", "2.00"]], [120, 100, 100])
    out, _ = drop_totals_rows(cells, [True, False])
    assert max(c.row for c in out) == 1


def test_an_empty_last_column_in_every_row_is_padding_but_a_stray_cell_is_not() -> None:
    cells, _ = _grid([["名称", "金额", ""], ["显示器", "10.00", ""], ["硒鼓", "2.00", ""]], [120, 100, 20])
    out, _ = _drop_blank_edge_columns(cells, set())
    assert max(c.col for c in out) == 1
    # One row's empty cell past the others' end (a grid shifted by a rowspan): not a column.
    cells, _ = _grid([["A", "B", "C"], ["1", "2", "3"], ["4", "5", "6"]], [50, 50, 50])
    cells.append(Cell(row=1, col=3, bbox=(150.0, 30.0, 170.0, 60.0), text=""))
    out, _ = _drop_blank_edge_columns(cells, set())
    assert len(out) == len(cells)


def test_a_cjk_token_read_across_blank_paper_is_cut_at_the_gaps() -> None:
    """`项目名称规格型号` read as one token over two headings: cut where the ink shows the gap; a tight run whose
    gaps are a character's own spacing stays whole."""
    ink = np.zeros((40, 400), dtype=np.uint8)
    for x0 in (10, 32, 54, 76, 200, 222, 244, 266):  # 20 px square glyphs, 2 px apart; a 104 px gap between runs
        ink[10:30, x0 : x0 + 20] = 1
    w = WordBox("项目名称规格型号", (10.0, 10.0, 286.0, 30.0), 0, 0, False)
    assert [p.text for p in split_cjk_gaps([w], ink)] == ["项目名称", "规格型号"]
    tight = WordBox("项目名称", (10.0, 10.0, 96.0, 30.0), 0, 0, False)
    assert [p.text for p in split_cjk_gaps([tight], ink)] == ["项目名称"]


def test_the_wrapped_end_of_a_cjk_name_read_into_the_next_row_goes_back_up() -> None:
    """`*信息技术服务*软件服` / `务费`: the second line read as the first line of the next row's name, above
    every figure of that row (items are set level with their first line)."""
    cells = [
        Cell(row=0, col=0, bbox=(0.0, 0.0, 200.0, 30.0), text="项目名称", header=True),
        Cell(row=0, col=1, bbox=(200.0, 0.0, 300.0, 30.0), text="金额", header=True),
        Cell(row=1, col=0, bbox=(0.0, 30.0, 200.0, 60.0), text="*信息技术服务*软件服"),
        Cell(row=1, col=1, bbox=(200.0, 30.0, 300.0, 60.0), text="17086.90"),
        Cell(row=2, col=0, bbox=(0.0, 60.0, 200.0, 110.0), text="务费 *计算机*显示器"),
        Cell(row=2, col=1, bbox=(200.0, 60.0, 300.0, 110.0), text="1670.16"),
    ]
    words = [
        [_w("项目名称", 5, 5, 80)],
        [_w("金额", 205, 5, 240)],
        [_w("*信息技术服务*软件服", 5, 35, 190, line=2)],
        [_w("17086.90", 205, 35, 290, line=3)],
        [_w("务费", 5, 57, 40, line=4), _w("*计算机*显示器", 5, 85, 150, line=5)],
        [_w("1670.16", 205, 85, 290, line=6)],
    ]
    out, _ = lift_continued_lines(list(cells), words, [True, False, False])
    assert out[2].text == "*信息技术服务*软件服务费"
    assert out[4].text == "*计算机*显示器"


def _line(text: str, x0: float, y0: float, x1: float, h: float = 10.0) -> Line:
    box = (x0, y0, x1, y0 + h)
    poly = [(x0, y0), (x1, y0), (x1, y0 + h), (x0, y0 + h)]
    return Line(text=text, bbox=box, polygon=poly, score=0.9, words=[Word(text=text, bbox=box, score=0.9)])


def test_three_columns_of_running_text_are_no_table_but_wrapped_cells_are() -> None:
    prose = [_line("words of running text here", x, 20.0 + 13 * i, x + 170) for x in (20, 215, 410) for i in range(24)]
    assert _running_text(prose)
    # A table whose text column wraps: lines of one cell 3 px apart, rows 12 px apart.
    table: list[Line] = []
    y = 20.0
    for _ in range(8):
        table.append(_line("Smith et al. (2001)", 20, y, 120))
        for k in range(3):
            table.append(_line("randomized controlled trial of", 140, y + 13 * k, 320))
        table.append(_line("12.4", 340, y, 370))
        y += 3 * 13 + 12
    assert not _running_text(table)


def test_a_lone_cjk_one_in_a_latin_table_is_a_dash() -> None:
    from docsense.table.glyphs import _dashes_read_as_cjk

    cells, _ = _grid([["Group", "Age"], ["Site A", "一"], ["Site B", "45.5 ± 3.4"]], [80, 80])
    assert [c.text for c in _dashes_read_as_cjk(cells)][3] == "—"
    # In a Chinese table it is the character it reads.
    cells, _ = _grid([["名称", "数量"], ["一", "4"]], [80, 80])
    assert [c.text for c in _dashes_read_as_cjk(cells)][2] == "一"
