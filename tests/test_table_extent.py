"""Table extent, header rows and word cutting on lines laid out like real invoice tables (no models)."""

from __future__ import annotations

from docsense.core.assemble import assemble
from docsense.core.document import Line, Region, Word
from docsense.table.cells import assign_words, cell_text, words_of
from docsense.table.header import text_header


def _line(text: str, x0: float, y0: float, x1: float, h: float = 20.0) -> Line:
    """A line whose words are spread evenly over its box, as OCR estimates them."""
    box = (x0, y0, x1, y0 + h)
    n = max(len(text), 1)
    step = (x1 - x0) / n
    words, at = [], 0
    for part in text.split(" "):
        if part:
            words.append(Word(text=part, bbox=(x0 + at * step, y0, x0 + (at + len(part)) * step, y0 + h), score=1.0))
        at += len(part) + 1
    poly = [(x0, y0), (x1, y0), (x1, y0 + h), (x0, y0 + h)]
    return Line(text=text, bbox=box, polygon=poly, score=1.0, words=words)


def _borderless_invoice() -> tuple[list[Line], list[Region]]:
    """Header, three item rows, then a right-aligned totals block and a note, all inside one detected table box
    (the layout model's usual box on a borderless item table)."""
    cols = [(90, 560), (700, 760), (850, 960), (1040, 1150)]
    lines = [
        _line(t, x0, 500, x1) for t, (x0, x1) in zip(["Description", "Qty", "Unit Price", "Amount"], cols, strict=True)
    ]
    items = [["Desk lamp", "5", "1,213.57", "6,067.85"], ["Office chair", "1", "763.43", "763.43"],
             ["Wireless mouse", "2", "1,229.18", "2,458.36"]]  # fmt: skip
    for r, row in enumerate(items):
        lines += [_line(t, x0, 550 + 50 * r, x1) for t, (x0, x1) in zip(row, cols, strict=True)]
    y = 720
    for key, value in (("Subtotal:", "£9,289.64"), ("Tax (8.25%):", "£766.40"), ("Total:", "£10,056.04")):
        lines += [_line(key, 730, y, 860), _line(value, 1030, y, 1150)]
        y += 40
    lines.append(_line("Payment is due within 30 days of the invoice date, thank you.", 90, 880, 900))
    return lines, [Region(type="table", bbox=(80.0, 490.0, 1160.0, 905.0), score=0.9)]


def test_totals_and_note_under_a_borderless_table_are_not_table_rows() -> None:
    lines, regions = _borderless_invoice()
    blocks = assemble(lines, regions, page_size=(1240, 1754))
    [table] = [b for b in blocks if b.type == "table"]
    texts = {ln.text for ln in table.lines}
    assert "Description" in texts and "2,458.36" in texts
    assert not texts & {"Subtotal:", "Tax (8.25%):", "Total:", "£10,056.04"}
    assert table.bbox[3] < 720  # the crop the structure model reads stops above the totals
    rest = [ln.text for b in blocks if b.type != "table" for ln in b.lines]
    assert {"Subtotal:", "£9,289.64", "Total:"} <= set(rest)
    assert sum(len(b.lines) for b in blocks) == len(lines)  # no line lost


def test_key_value_rows_above_the_header_leave_a_ruled_frame() -> None:
    """A VAT invoice's frame: buyer block (key：value rows), goods header and rows, 合计 row."""
    lines = [_line("名称：", 140, 170, 220), _line("北京远航科技有限公司", 230, 170, 520),
             _line("纳税人识别号：", 140, 204, 300), _line("91110105MA0000000X", 310, 204, 560)]  # fmt: skip
    head = ["货物或应税劳务名称", "规格型号", "单位", "数量", "单价", "金额"]
    xs = [80, 400, 560, 650, 760, 930, 1100]
    lines += [_line(t, xs[i] + 10, 330, xs[i + 1] - 10) for i, t in enumerate(head)]
    for r, row in enumerate(
        (["显示器", "27英寸", "台", "4", "1601.95", "6407.80"], ["移动硬盘", "2TB", "个", "3", "254.75", "764.25"])
    ):
        lines += [_line(t, xs[i] + 10, 374 + 44 * r, xs[i + 1] - 10) for i, t in enumerate(row)]
    lines += [_line("合 计", 140, 470, 230), _line("¥7172.05", 1000, 470, 1090)]
    blocks = assemble(
        lines, [Region(type="table", bbox=(60.0, 160.0, 1120.0, 500.0), score=0.9)], page_size=(1200, 800)
    )
    [table] = [b for b in blocks if b.type == "table"]
    goods = {"显示器", "27英寸", "台", "4", "1601.95", "6407.80", "移动硬盘", "2TB", "个", "3", "254.75", "764.25"}
    assert {ln.text for ln in table.lines} == set(head) | goods
    assert sum(len(b.lines) for b in blocks) == len(lines)


def test_a_table_with_a_total_row_of_its_own_keeps_it() -> None:
    """A 'Total' row filling the columns (a scientific table) is a table row, not a totals block."""
    cols = [(10, 200), (300, 360), (450, 510)]
    lines = [_line(t, x0, 10, x1) for t, (x0, x1) in zip(["Group", "Cases", "Deaths"], cols, strict=True)]
    for r, row in enumerate((["North", "120", "12"], ["South", "98", "7"], ["Total", "218", "19"])):
        lines += [_line(t, x0, 50 + 40 * r, x1) for t, (x0, x1) in zip(row, cols, strict=True)]
    blocks = assemble(lines, [Region(type="table", bbox=(0.0, 0.0, 520.0, 180.0), score=0.9)], page_size=(600, 400))
    assert [b.type for b in blocks] == ["table"] and len(blocks[0].lines) == len(lines)


def test_words_are_cut_only_where_ocr_glued_letters_to_digits() -> None:
    cells = [(0.0, 0.0, 54.0, 60.0), (56.0, 0.0, 110.0, 60.0)]
    lines = [_line("Subtotal:", 0, 0, 110), _line("ab12", 0, 20, 110), _line("Tax(8.25%):", 0, 40, 110)]
    per_cell = assign_words(words_of(lines), cells, 0.3)
    texts = [cell_text(ws) for ws in per_cell]
    assert texts[0].split() == ["Subtotal:", "ab", "Tax(8.25%):"] and texts[1] == "12"


def test_header_rows_follow_the_text() -> None:
    rows = [0, 0, 0, 1, 1, 1, 2, 2, 2]
    texts = ["Item", "Qty", "Amount", "Desk lamp", "5", "6,067.85", "Office chair", "1", "763.43"]
    # a first item row read into <thead> goes back to the body
    assert text_header([True, True, False], texts, rows, 3) == [True, False, False]
    # no <thead>: words over columns of figures are the header
    assert text_header([False, False, False], texts, rows, 3) == [True, False, False]
    # a two-row header of words stays
    words = ["Region", "Sales", "Staff", "", "Q1", "Q2", "North", "1200", "14"]
    assert text_header([True, True, False], words, rows, 3) == [True, True, False]


def test_header_read_as_one_spanning_cell_and_a_cut_row_is_one_row_again() -> None:
    """The model read `No. Item` as one cell over all columns and put `Qty` in a row of its own below it, though
    all three stand on one text line: the words say three cells of one row."""
    from docsense.core.document import Cell
    from docsense.table.cells import WordBox
    from docsense.table.columns import regrid

    def word(text: str, x0: float, x1: float, y0: float) -> WordBox:
        return WordBox(text, (x0, y0, x1, y0 + 20), 0, 0, False)

    cells = [
        Cell(row=0, col=0, colspan=3, bbox=(0, 0, 350, 25)),
        Cell(row=1, col=0, bbox=(0, 20, 100, 40)),
        Cell(row=1, col=1, bbox=(100, 20, 250, 40)),
        Cell(row=1, col=2, bbox=(250, 20, 350, 40), text="Qty"),
        Cell(row=2, col=0, bbox=(0, 50, 100, 80), text="1"),
        Cell(row=2, col=1, bbox=(100, 50, 250, 80), text="Desk lamp"),
        Cell(row=2, col=2, bbox=(250, 50, 350, 80), text="5"),
    ]
    words = [[word("No.", 10, 40, 10), word("Item", 110, 150, 10)], [], [], [word("Qty", 260, 300, 11)], [], [], []]
    fixed, header, _ = regrid(cells, words, [False, False, False], set())
    grid = {(c.row, c.col): c.text for c in fixed}
    assert len(header) == 2 and grid == {
        (0, 0): "No.", (0, 1): "Item", (0, 2): "Qty", (1, 0): "1", (1, 1): "Desk lamp", (1, 2): "5"
    }  # fmt: skip
    # A phrase over two columns (a word space, not a column gap, between its words) stays one spanning cell.
    spanning = [Cell(row=0, col=0, colspan=2, bbox=(0, 0, 250, 25)), *cells[4:6]]
    phrase = [[word("Odds", 60, 95, 10), word("ratio", 102, 140, 10)], [], []]
    kept, _, _ = regrid(spanning, phrase, [True, False], set())
    assert kept[0].colspan == 2


def test_rows_the_rules_leave_out_come_from_the_text_lines() -> None:
    """Frame and column rules only: one ruled body row holding three item lines in every cell is three rows;
    a description wrapping onto two lines beside one-line cells stays one row."""
    from docsense.table.ruled import split_text_rows
    from docsense.table.slanet import CellSpec

    head = [CellSpec(box=(x, 0, x + 100, 30), row_index=0) for x in (0, 100, 200)]
    body = [CellSpec(box=(x, 30, x + 100, 150), row_index=1) for x in (0, 100, 200)]
    words = [(x + 10, y, x + 60, y + 16) for x in (0, 100, 200) for y in (7, 40, 80, 120)]
    cells, n_rows = split_text_rows(head + body, 2, words)
    assert n_rows == 4 and sorted({c.row_index for c in cells}) == [0, 1, 2, 3]
    wrapped = [(10, 40, 60, 56), (10, 62, 60, 78), (110, 50, 160, 66), (210, 50, 260, 66)]
    cells, n_rows = split_text_rows(head + body, 2, wrapped)
    assert n_rows == 2


def test_borderless_table_the_detector_missed_is_found_by_its_columns_of_figures() -> None:
    """No table region at all: the header of words over rows whose figures stand in the same columns becomes a
    table block; the address above and the totals below stay text."""
    lines, _ = _borderless_invoice()
    lines.insert(0, _line("Northwind Technologies Co.", 90, 400, 420))
    regions = [Region(type="text", bbox=(80.0, 390.0, 1160.0, 905.0), score=0.9)]
    blocks = assemble(lines, regions, page_size=(1240, 1754))
    [table] = [b for b in blocks if b.type == "table"]
    assert {ln.text for ln in table.lines} >= {"Description", "Amount", "Desk lamp", "2,458.36"}
    assert not {ln.text for ln in table.lines} & {"Northwind Technologies Co.", "Subtotal:", "£10,056.04"}
    assert sum(len(b.lines) for b in blocks) == len(lines)
    # Key-value rows with figures (a form) are not a table: their first row is keys, not column heads.
    pieces = (("Phone:", 90), ("555-0101", 300), ("Fax:", 600), ("555-0199", 800))
    form = [_line(t, x, 100 + 40 * r, x + 150) for r in range(3) for t, x in pieces]
    assert all(
        b.type != "table" for b in assemble(form, [Region(type="text", bbox=(80.0, 90.0, 960.0, 230.0), score=0.9)])
    )


def test_order_details_strip_above_the_items_is_not_the_item_header() -> None:
    """An order form: Bill To / Ship To, then an order-details strip (`P.O. NUMBER | SALES REP | SHIP VIA | TERMS`
    over one row of values), then the item grid, all in one detected table box. The strip heads a row of figures
    too, but the item header is the one over the run of item rows; the buyer rows above are no header rows."""
    cols = [(90, 330), (380, 560), (620, 800), (860, 1100)]

    def row(texts: list[str], y: float) -> list[Line]:
        return [_line(t, x0, y, x1) for t, (x0, x1) in zip(texts, cols, strict=True)]

    lines = [_line("BILL TO", 90, 300, 250), _line("SHIP TO", 620, 300, 780)]
    lines += [_line("Harbor Tools Inc", 90, 340, 330), _line("Harbor Tools Inc", 620, 340, 860)]
    lines += [_line("18 Quay Road", 90, 380, 300), _line("540 Mill Lane", 620, 380, 840)]
    lines += row(["P.O. NUMBER", "SALES REP", "SHIP VIA", "TERMS"], 440)
    lines += row(["PO-40712", "D. Moreau", "Freight", "Net 30"], 480)
    lines += row(["Description", "Qty", "Unit Price", "Amount"], 540)
    items = [["Steel hinge", "12", "4.50", "54.00"], ["Cabinet lock", "3", "18.20", "54.60"],
             ["Drawer rail", "8", "9.75", "78.00"]]  # fmt: skip
    for r, texts in enumerate(items):
        lines += row(texts, 580 + 40 * r)
    lines += [_line("Total:", 620, 720, 760), _line("186.60", 860, 720, 1000)]
    regions = [Region(type="table", bbox=(80.0, 290.0, 1110.0, 750.0), score=0.9)]
    blocks = assemble(lines, regions, page_size=(1240, 1754))
    [table] = [b for b in blocks if b.type == "table"]
    texts = {ln.text for ln in table.lines}
    assert {"Description", "Steel hinge", "78.00"} <= texts
    assert not texts & {"BILL TO", "Harbor Tools Inc", "P.O. NUMBER", "PO-40712", "Total:"}
    assert table.bbox[1] > 500  # the crop starts at the item header, not at BILL TO
    assert sum(len(b.lines) for b in blocks) == len(lines)  # no line lost
