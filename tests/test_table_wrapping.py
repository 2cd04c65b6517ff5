"""Wrapped cell text and CJK runs on boxes laid out like the round-4 failures (docs/tables.md; no models)."""

from __future__ import annotations

from docsense.core.document import Cell
from docsense.table.build import build_table
from docsense.table.cells import WordBox, _join_cjk_runs, assign_words, cell_text
from docsense.table.rows import join_wrapped_rows, lift_continued_lines
from docsense.table.slanet import CellSpec


def _w(text: str, x0: float, y0: float, x1: float, line: int = 0, pos: int = 0, space: bool = True) -> WordBox:
    return WordBox(text=text, box=(x0, y0, x1, y0 + 20.0), line=line, pos=pos, space_before=space)


def test_cjk_text_wraps_without_a_space() -> None:
    """`税率/` over `征收率` in one heading cell is `税率/征收率`; Latin words on two lines keep their space."""
    assert cell_text([_w("税率/", 0, 0, 50, line=0), _w("征收率", 0, 24, 60, line=1)]) == "税率/征收率"
    assert cell_text([_w("office", 0, 0, 50, line=0), _w("software", 0, 24, 60, line=1)]) == "office software"


def test_a_cjk_run_is_never_cut_between_cells() -> None:
    """`单位 数量`: the cell box of `单位` reaches over `数`; the run `数量` still goes whole to its own cell, while
    characters with paper between them (`单位` and `数量` glued without a space) still go apart."""
    chars = [("单", 584, 610, False), ("位", 610, 635, False), ("数", 674, 699, False), ("量", 692, 718, False)]
    words = [_w(t, a, 410, b, pos=i, space=s) for i, (t, a, b, s) in enumerate(chars)]
    runs = _join_cjk_runs(words)
    assert [w.text for w in runs] == ["单位", "数量"]
    assert [w.pos for w in runs] == [0, 1]
    boxes = [(560.0, 400.0, 690.0, 440.0), (690.0, 400.0, 760.0, 440.0)]
    per_cell = assign_words(runs, boxes, 0.3)
    assert [cell_text(ws) for ws in per_cell] == ["单位", "数量"]


def test_a_wrapped_line_read_into_the_next_row_goes_back_up() -> None:
    """An item description's second line (`system and office software`) read as the first line of the next
    row's description goes back to the cell above; a next line set a row gap away stays."""
    cells = [
        Cell(row=0, col=0, bbox=(0.0, 0.0, 100.0, 30.0), text="Date", header=True),
        Cell(row=0, col=1, bbox=(100.0, 0.0, 400.0, 30.0), text="Service", header=True),
        Cell(row=1, col=0, bbox=(0.0, 30.0, 100.0, 70.0), text="03 Jun"),
        Cell(row=1, col=1, bbox=(100.0, 30.0, 400.0, 70.0), text="Installation of twelve workstations"),
        Cell(row=2, col=0, bbox=(0.0, 70.0, 100.0, 130.0), text="09 Jun"),
        Cell(row=2, col=1, bbox=(100.0, 70.0, 400.0, 130.0), text="system and office software Data migration"),
    ]

    def layout(first_y: float) -> list[list[WordBox]]:
        return [
            [_w("Date", 5, 5, 40)],
            [_w("Service", 105, 5, 160)],
            [_w("03 Jun", 5, 40, 60, line=2)],
            [_w("Installation of twelve workstations", 105, 40, 390, line=3)],
            [_w("09 Jun", 5, 96, 60, line=4)],
            [_w("system and office software", 105, first_y, 300, line=5), _w("Data migration", 105, 100, 230, line=6)],
        ]

    out, per = lift_continued_lines(list(cells), layout(64), [True, False, False])
    assert out[3].text == "Installation of twelve workstations system and office software"
    assert out[5].text == "Data migration" and len(per[5]) == 1
    # The line nearer its own next line than the text above it: nothing moves.
    out, _ = lift_continued_lines(list(cells), layout(78), [True, False, False])
    assert out[3].text == "Installation of twelve workstations"


def test_a_blank_first_row_is_dropped_and_the_header_found_under_it() -> None:
    """A blank row over a goods table (the padding under a frame rule read as a row spanning the table): the
    headings under it are the header row, the items the body."""
    specs = [CellSpec(colspan=3, box=(0, 0, 300, 20), row_index=0)]
    texts = [["名称", "数量", "金额"], ["显示器", "4", "2936.96"], ["办公椅", "2", "878.82"]]
    words: list[WordBox] = []
    for r, row in enumerate(texts):
        y = 30.0 + 30 * r
        for c, t in enumerate(row):
            specs.append(CellSpec(box=(100 * c, y - 5, 100 * c + 100, y + 25), row_index=r + 1))
            words.append(_w(t, 100 * c + 10, y, 100 * c + 60, line=10 * r + c))
    table = build_table(specs, [False] * 4, (0.0, 0.0), words, 0.3)
    assert table.html == (
        "<table><thead><tr><td>名称</td><td>数量</td><td>金额</td></tr></thead><tbody>"
        "<tr><td>显示器</td><td>4</td><td>2936.96</td></tr><tr><td>办公椅</td><td>2</td><td>878.82</td></tr>"
        "</tbody></table>"
    )


def test_a_stub_heading_centred_between_two_header_rows_spans_both() -> None:
    """`Characteristic` set midway between a group row (`Men`) and its `Mean` / `SD` row, over a blank cell: one
    cell spanning both rows; set level with the group row it stays a cell of that row (the pixels cannot say)."""
    from docsense.table.spans import spans_from_text

    def grid(stub_y: float) -> tuple[list[Cell], list[list[WordBox]]]:
        cells = [
            Cell(row=0, col=0, bbox=(0.0, 0.0, 100.0, 25.0), text="Characteristic", header=True),
            Cell(row=0, col=1, colspan=2, bbox=(100.0, 0.0, 300.0, 25.0), text="Men", header=True),
            Cell(row=1, col=0, bbox=(0.0, 25.0, 100.0, 50.0), header=True),
            Cell(row=1, col=1, bbox=(100.0, 25.0, 200.0, 50.0), text="Mean", header=True),
            Cell(row=1, col=2, bbox=(200.0, 25.0, 300.0, 50.0), text="SD", header=True),
            Cell(row=2, col=0, bbox=(0.0, 50.0, 100.0, 75.0), text="Age"),
            Cell(row=2, col=1, bbox=(100.0, 50.0, 200.0, 75.0), text="61.2"),
            Cell(row=2, col=2, bbox=(200.0, 50.0, 300.0, 75.0), text="8.1"),
        ]
        ys = [stub_y, 3, None, 28, 28, 53, 53, 53]
        xs = [5, 180, 0, 130, 230, 5, 130, 230]
        words = [[] if y is None else [_w(c.text, x, y, x + 40)] for c, x, y in zip(cells, xs, ys, strict=True)]
        return cells, words

    cells, _ = grid(15.5)
    out, per, _ = spans_from_text(*grid(15.5), [True, True, False])
    assert len(out) == len(cells) - 1 and len(per) == len(out)
    assert (out[0].row, out[0].rowspan) == (0, 2)
    out, _, _ = spans_from_text(*grid(3), [True, True, False])
    assert len(out) == len(cells) and out[0].rowspan == 1


def test_a_cjk_name_wrapped_onto_a_row_of_its_own_joins_its_row() -> None:
    """`*电子元件*电源` / `适配器`: the structure model read a goods name's second line as a row with every other
    cell blank (round-7 `zh_pp_einvoice`, docs/tables.md). It joins the name above it a line space away; a CJK row
    a row's space below (a new item with no figures) and a Latin capital line stay rows of their own."""

    def table(second: str, y: float) -> tuple[list[Cell], list[list[WordBox]]]:
        row0 = [("项目名称", 0), ("数量", 1), ("金额", 2)]
        row1 = [("*电子元件*电源", 0), ("1", 1), ("231.74", 2)]
        cells, words = [], []
        for r, (row, top) in enumerate(((row0, 0.0), (row1, 30.0))):
            for text, c in row:
                box = (c * 150.0, top, c * 150.0 + 140, top + 20)
                cells.append(Cell(row=r, col=c, bbox=box, text=text))
                words.append([_w(text, box[0], top, box[0] + 20 * len(text), line=r)])
        for c in range(3):
            text = second if c == 0 else ""
            cells.append(Cell(row=2, col=c, bbox=(c * 150.0, y, c * 150.0 + 140, y + 20), text=text))
            words.append([_w(text, 0, y, 20 * len(text), line=2)] if text else [])
        return cells, words

    out, _, header, _ = join_wrapped_rows(*table("适配器", 53.0), [True, False, False], set())
    assert header == [True, False] and [c.text for c in out if c.row == 1] == ["*电子元件*电源适配器", "1", "231.74"]
    for second, y in (("适配器", 70.0), ("Adapter", 53.0)):
        out, _, header, _ = join_wrapped_rows(*table(second, y), [True, False, False], set())
        assert len(header) == 3, second
