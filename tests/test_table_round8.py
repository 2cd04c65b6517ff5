"""Session 16 (docs/tables.md): a group's subtotal label read into the price column spans from the first column;
item rows the model read as one row (figures stacked one a line) are split; an invoice page with a letterhead
above its item table is no table crop. Cells laid out like each failure, the cases that must stay, and round-8
browser-typeset pages end to end (seed 15, seen)."""

from __future__ import annotations

import random
from pathlib import Path

from render import best_table_html, cell_row, table_cells

from docsense.core.document import Cell, Line
from docsense.eval.tables import teds
from docsense.synth import browser_table_pages
from docsense.synth import documents as d
from docsense.table.cells import WordBox
from docsense.table.items import span_item_rows, split_stacked_rows
from docsense.table.recognizer import _letterhead_above, _side_notes

HEAD = ["Item", "Qty", "Rate", "Total"]


def _items(r0: int, y0: float, n: int):
    return [
        cell_row(r0 + k, y0 + 30 * k, [f"Item number {k}", str(k + 2), "£617.98", f"£1,{k}53.94"]) for k in range(n)
    ]


def test_a_subtotal_label_in_the_price_column_spans_from_the_first_column() -> None:
    """`| | | Subtotal | £7,718.52 |`: the label right-aligned across three columns, read by the model into the
    price column (whose other cells are all figures), not flush right in it (seen on round-7 `en_sections` seed
    13 page 2; the old code kept the empty cells)."""
    sub = cell_row(3, 90, [None, None, "Subtotal", "£7,718.52"])
    cells, words = table_cells([cell_row(0, 0, HEAD), *_items(1, 30, 2), sub, *_items(4, 120, 2)])
    out, _, _ = span_item_rows(cells, words, [True] + [False] * 5, set())
    assert [(c.col, c.colspan, c.text) for c in out if c.row == 3] == [(0, 3, "Subtotal"), (3, 1, "£7,718.52")]


def test_a_label_in_a_column_of_words_keeps_its_columns() -> None:
    """A `Brought forward` label left in the description column (words in other rows too) is written cell by cell;
    so is a label in a column of quantities that also holds a word in an item row (`n/a`)."""
    xs = [0.0, 80.0, 400.0, 500.0, 620.0, 740.0]
    head = cell_row(0, 0, ["Ref", "Description", "Qty", "Unit price", "Amount"], xs=xs)
    bf = cell_row(1, 30, [None, "Brought forward", None, None, "8,116.31"], xs=xs)
    items = [
        cell_row(2 + k, 60 + 30 * k, ["01-200", f"Chair {k}", "3", "$445.50", "$1,336.50"], xs=xs) for k in range(2)
    ]
    cells, words = table_cells([head, bf, *items])
    out, _, _ = span_item_rows(cells, words, [True, False, False, False], set())
    assert out == cells
    odd = cell_row(3, 90, [None, "See note", None, "£12.00"])
    item = cell_row(2, 60, ["Service call", "n/a", "£50.00", "£50.00"])
    cells, words = table_cells([cell_row(0, 0, HEAD), *_items(1, 30, 1), item, odd])
    out, _, _ = span_item_rows(cells, words, [True, False, False, False], set())
    assert out == cells


def _stacked(texts: list[list[str]], y: float, xs: list[float], r: int = 1):
    """One body row whose cells each hold a line per text (CJK characters one word each, 16 px a character)."""
    cells, words = [], []
    for col, lines in enumerate(texts):
        x0, x1 = xs[col], xs[col + 1]
        ws = []
        for k, text in enumerate(lines):
            yy, x = y + 26 * k, x0 + 4
            for p, tok in enumerate(text.split() if text.isascii() else list(text)):
                ws.append(WordBox(tok, (x, yy, x + 16 * len(tok), yy + 18), 100 * col + k, p, text.isascii() and p > 0))
                x += 16 * len(tok) + (8 if text.isascii() else 0)
        cells.append(Cell(row=r, col=col, bbox=(x0, y - 4, x1, y + 26 * len(lines)), text=" ".join(lines)))
        words.append(ws)
    return cells, words


ZH_HEAD = ["货物名称", "单位", "数量", "单价", "金额", "税额"]
ZH_XS = [0.0, 300.0, 360.0, 440.0, 560.0, 680.0, 800.0]


def test_goods_rows_read_as_one_row_are_split() -> None:
    """Two goods rows between column rules, read by the model as one row whose cells hold both rows' lines
    (round-8 `zh_vat_scan` seed 15 pages 0 and 1: 0.54; the old code kept one row)."""
    head = _stacked([[h] for h in ZH_HEAD], 0, ZH_XS, r=0)
    body = _stacked([["*文具*中性笔", "*照明装置*铜芯电线"], ["盒", "卷"], ["1", "3"], ["894.16", "714.68"],
                     ["894.16", "2144.04"], ["80.47", "192.96"]], 40, ZH_XS)  # fmt: skip
    cells, words = head[0] + body[0], head[1] + body[1]
    out, _, rh, _ = split_stacked_rows(cells, words, [True, False], set())
    assert rh == [True, False, False]
    rows = {r: [c.text for c in sorted(out, key=lambda c: c.col) if c.row == r] for r in (1, 2)}
    assert rows[1] == ["*文具*中性笔", "盒", "1", "894.16", "894.16", "80.47"]
    assert rows[2] == ["*照明装置*铜芯电线", "卷", "3", "714.68", "2144.04", "192.96"]


def test_the_rest_of_a_split_item_in_the_row_under_joins_it() -> None:
    """After the split, the row under the last item holding its rate and tax (columns it left empty) and the wrapped
    end of its name is that item's rest (round-7 `zh_pp_einvoice` seed 15 page 2: 0.81 before, 1.0)."""
    head = _stacked([[h] for h in ZH_HEAD], 0, ZH_XS, r=0)
    body = _stacked([["*餐饮服务*餐饮费", "*现代服务*会议"], ["次", "项"], ["3", "10"], ["2093.68", "560.20"],
                     ["6281.04", "5602.02"], ["565.29"]], 40, ZH_XS)  # fmt: skip
    rest = _stacked([["及展览展示服务费"], [""], [""], [""], [""], ["504.18"]], 92, ZH_XS, r=2)
    cells, words = head[0] + body[0] + rest[0], head[1] + body[1] + rest[1]
    out, _, rh, _ = split_stacked_rows(cells, words, [True, False, False], set())
    assert rh == [True, False, False]
    rows = {r: [c.text for c in sorted(out, key=lambda c: c.col) if c.row == r] for r in (1, 2)}
    assert rows[1] == ["*餐饮服务*餐饮费", "次", "3", "2093.68", "6281.04", "565.29"]
    assert rows[2] == ["*现代服务*会议及展览展示服务费", "项", "10", "560.20", "5602.02", "504.18"]


def test_the_first_item_s_figures_alone_join_the_row_above() -> None:
    """The model cut the first item's name from its figures: `*文具*中性笔 | 盒 | 2 | | |` over a row stacking two
    items' prices; after the split the first item's figures alone join the row above (round-7 seed 11 skewed
    `zh_pp_einvoice` page 4: 0.755 without this join, 0.942 with it)."""
    head = _stacked([[h] for h in ZH_HEAD], 0, ZH_XS, r=0)
    top = _stacked([["*文具*中性笔"], ["盒"], ["2"], [""], [""], [""]], 40, ZH_XS, r=1)
    body = _stacked([["", "*液晶显示器"], ["", "台"], ["", "20"], ["3073.22", "1230.68"], ["6146.44", "24613.58"],
                     ["368.79", "1476.81"]], 66, ZH_XS, r=2)  # fmt: skip
    cells, words = head[0] + top[0] + body[0], head[1] + top[1] + body[1]
    out, _, rh, _ = split_stacked_rows(cells, words, [True, False, False], set())
    assert rh == [True, False, False]
    rows = {r: [c.text for c in sorted(out, key=lambda c: c.col) if c.row == r] for r in (1, 2)}
    assert rows[1] == ["*文具*中性笔", "盒", "2", "3073.22", "6146.44", "368.79"]
    assert rows[2] == ["*液晶显示器", "台", "20", "1230.68", "24613.58", "1476.81"]


def test_a_name_wrapped_beside_one_line_of_figures_stays_one_row() -> None:
    """A long name over two lines next to figures on one line is one item; so is a row of a table that names no
    quantity, price or amount (a scientific table's stacked `mean` / `SD` lines)."""
    head = _stacked([[h] for h in ZH_HEAD], 0, ZH_XS, r=0)
    name = ["*信息技术服务*软件开发", "及系统集成技术服务费"]
    body = _stacked([name, ["项"], ["1"], ["894.16"], ["894.16"], ["80.47"]], 40, ZH_XS)
    cells, words = head[0] + body[0], head[1] + body[1]
    assert split_stacked_rows(cells, words, [True, False], set())[0] == cells
    sci = _stacked([["Group"], ["Age"], ["BMI"], ["SBP"], ["DBP"], ["HR"]], 0, ZH_XS, r=0)
    body = _stacked([["Cases"], ["54.2", "8.1"], ["27.3", "4.2"], ["131", "15"], ["82", "9"], ["71", "11"]], 40, ZH_XS)
    cells, words = sci[0] + body[0], sci[1] + body[1]
    assert split_stacked_rows(cells, words, [True, False], set())[0] == cells


def _line(y: float, x0: float = 80.0, text: str = "Summit Trading Ltd.") -> Line:
    box = (x0, y, x0 + 200.0, y + 20.0)
    return Line(text=text, bbox=box, polygon=[(box[0], box[1]), (box[2], box[1]), (box[2], box[3]), (box[0], box[3])],
                score=0.99)  # fmt: skip


def test_a_letterhead_above_the_table_is_no_table_crop() -> None:
    """Four lines or more above the item table and outside it (seller, title, parties) make a full page an
    invoice page; a caption and a title above a table crop do not."""
    from docsense.core.document import Block

    table = Block(type="table", bbox=(50.0, 400.0, 1200.0, 1300.0))
    inside = [_line(420.0 + 30 * k) for k in range(20)]
    top = [_line(90.0 + 40 * k) for k in range(6)]
    assert _letterhead_above(top + inside, [table])
    assert not _letterhead_above(top[:2] + inside, [table])


def test_a_vertical_note_beside_the_table_is_no_cell_text() -> None:
    """A delivery note's copies (`①白联：存根 ②红联：客户 ③黄联：财务`) set vertically along the table's right edge were
    read into the last column (round-8 `zh_delivery_note` seed 15: 0.90); a turned heading over its column stays."""
    body = [_line(220.0 + 30 * k, x0=60.0 + 120 * c, text="12.50") for k in range(8) for c in range(8)]
    note = Line(text="①白联：存根②红联：客户③黄联：财务", bbox=(1160.0, 221.0, 1188.0, 582.0), vertical=True, score=0.9,
                polygon=[(1160.0, 221.0), (1188.0, 221.0), (1188.0, 582.0), (1160.0, 582.0)])  # fmt: skip
    assert _side_notes([*body, note]) == [note]
    turned = note.model_copy(update={"bbox": (1000.0, 100.0, 1020.0, 200.0), "text": "Depression"})
    assert _side_notes([*body, turned]) == []


# ---------------------------------------------------------------- browser-typeset pages, end to end


def test_round_8_credit_note_page(pipeline, chromium, tmp_path: Path) -> None:
    """Round 8 `en_credit_note`, seed 15 page 3, skewed (seen): the page was read as one table crop, letterhead
    and totals included (0.30 before), 0.86 as measured; the item table starts at its headings."""
    page = browser_table_pages.make_page(chromium, "en_credit_note", "15-3")
    image = d.scan_variant(page.image, "skew", random.Random("15-3-skew"))
    best = best_table_html(pipeline, image, page.html, tmp_path)
    assert "CREDIT NOTE" not in best and "Summit" not in best
    assert teds(best, page.html) >= 0.8


def test_round_8_turned_vat_scan_page(pipeline, chromium, tmp_path: Path) -> None:
    """Round 8 `zh_vat_scan`, seed 15 page 0, a quarter turn (seen): two goods rows read as one (0.54 before),
    1.0 as measured."""
    page = browser_table_pages.make_page(chromium, "zh_vat_scan", "15-0")
    best = best_table_html(pipeline, d.scan_variant(page.image, "rot90"), page.html, tmp_path)
    assert teds(best, page.html) >= 0.95


def test_round_8_delivery_note_page(pipeline, chromium, tmp_path: Path) -> None:
    """Round 8 `zh_delivery_note`, seed 15 page 1 (seen): the copies' note beside the grid read as an extra column
    (0.91 before), 1.0 as measured."""
    page = browser_table_pages.make_page(chromium, "zh_delivery_note", "15-1")
    best = best_table_html(pipeline, page.image, page.html, tmp_path)
    assert "联" not in best
    assert teds(best, page.html) >= 0.95


def test_round_7_last_group_subtotal_page(pipeline, chromium, tmp_path: Path) -> None:
    """Round 7 `en_sections`, seed 13 page 2 (seen): the last group's `Subtotal` was cut off with the grand totals
    (`Subtotal` too) and both subtotals read from the price column (0.906 before), 1.0 as measured."""
    page = browser_table_pages.make_page(chromium, "en_sections", "13-2")
    best = best_table_html(pipeline, page.image, page.html, tmp_path)
    assert best.count('colspan="3"') == 2
    assert teds(best, page.html) >= 0.95


def test_round_8_headings_boxed_apart_page(pipeline, chromium, tmp_path: Path) -> None:
    """Round 8 `en_quote_optional`, seed 15 page 2 (seen): layout boxed `# Description` and `Qty Unit price` as
    text and caption regions over the table's top; they join the table (0.69 before, 0.93 as measured)."""
    page = browser_table_pages.make_page(chromium, "en_quote_optional", "15-2")
    best = best_table_html(pipeline, page.image, page.html, tmp_path)
    assert "Description" in best and "Subtotal" not in best
    assert teds(best, page.html) >= 0.85
