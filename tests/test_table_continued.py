"""A table printed over two sheets, its header row printed again on the second, is one table (table/continued.py)."""

from __future__ import annotations

from docsense.core.document import Block, Cell, Table
from docsense.table.build import to_html
from docsense.table.continued import join_continued

HEAD = ["序号", "物料名称", "数量", "金额"]


def _table(rows: list[list[str]], top: float, head: bool = True) -> Block:
    cells = [
        Cell(row=r, col=c, bbox=(100.0 + 100 * c, top + 30 * r, 190.0 + 100 * c, top + 28 + 30 * r), text=t)
        for r, row in enumerate(rows)
        for c, t in enumerate(row)
    ]
    n = len(rows)
    html = to_html(cells, [head and r == 0 for r in range(n)], n)
    table = Table(html=html, cells=cells, n_rows=n, n_cols=len(rows[0]))
    return Block(type="table", bbox=(100.0, top, 490.0, top + 30 * n), table=table)


def test_header_printed_again_joins_the_tables() -> None:
    upper = _table([HEAD, ["1", "螺栓", "10", "5.00"], ["2", "螺母", "20", "4.00"]], 100)
    foot = Block(type="text", bbox=(250.0, 200, 340, 220))
    lower = _table([HEAD, ["3", "垫圈", "50", "2.50"], ["合计", "", "", "11.50"]], 300)
    out = join_continued([upper, foot, lower])
    assert [b.type for b in out] == ["table", "text"]
    t = out[0].table
    assert t is not None and t.n_rows == 5 and t.n_cols == 4
    assert t.html.count("<tr>") == 5 and t.html.count("序号") == 1
    assert [c.text for c in t.cells if c.row == 3] == ["3", "垫圈", "50", "2.50"]
    assert out[0].bbox[3] == lower.bbox[3]


def test_other_headings_or_figures_stay_apart() -> None:
    upper = _table([HEAD, ["1", "螺栓", "10", "5.00"]], 100)
    other = _table([["税率", "金额", "税额", "合计"], ["13%", "5.00", "0.65", "5.65"]], 300)
    assert len(join_continued([upper, other])) == 2
    # a first row of figures repeated is no header printed again
    rows = [["1", "2", "3", "4"], ["5", "6", "7", "8"]]
    assert len(join_continued([_table(rows, 100, False), _table(rows, 300, False)])) == 2
    # side by side, not one under the other
    left, right = _table([HEAD, ["1", "a", "1", "1"]], 100), _table([HEAD, ["2", "b", "2", "2"]], 100)
    right.bbox = (600.0, 100, 990, 160)
    assert len(join_continued([left, right])) == 2
