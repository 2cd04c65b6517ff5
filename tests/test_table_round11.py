"""Session 19 (docs/tables.md): round-11 invoice pages (synth/browser_table_pages.py, seed 33: first scored, then
seen) end to end, each below its bar on the code before:
- rules boxing only a category cell merged down its rows (the other columns open between row rules) are no ruled
  grid: the cells they enclose hold several columns of text side by side (`table/recognizer.py` `_open_cells`);
- a discount line under the last item, set like the discount lines above it, stays in the item table; `Net total`
  opens the totals block (`core/assemble/tables.py` `_closes_group`, `_TOTALS`);
- a scan tilted under a degree (left so by OCR): the rows of a borderless table found on the lines turned level
  (`core/assemble/tables.py` `_text_tables`);
- the line a last item's description wraps onto stays in a borderless table found from its columns of figures
  (`core/assemble/tables.py` `_figure_run`);
- a totals row filling the columns of an item table, its figures the sums of their columns, ends the table
  (`core/assemble/tables.py` `_sum_row`; a round-10 packing list);
- a body row holding a column of amounts one a line and a description of as many lines level with them is that
  many rows (`table/cells.py` `split_stacked_rows` with one or two columns of amounts, `_stacked_lines`);
- two columns under one heading whose words sit a word space apart on every row are one column (a statement's
  `27 | Dec 2025` under `Date`; `table/cells.py` `merge_spaced_columns`)."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from render import best_table_html, table_page

from docsense.core.document import Cell
from docsense.eval.tables import teds
from docsense.synth import browser_table_pages
from docsense.table.cells import WordBox
from docsense.table.columns import merge_spaced_columns
from docsense.table.recognizer import _open_cells
from docsense.table.slanet import CellSpec

_page = partial(table_page, seed=33)


def _cell(row: int, box: tuple[float, float, float, float]) -> CellSpec:
    return CellSpec(rowspan=1, colspan=1, header=False, box=box, row_index=row)


def test_open_cells_of_partial_rules() -> None:
    """Words 30 px tall: a cell holding three columns of figures (blanks of 100 px) on each of two rows is open; a
    ruled cell holding one phrase, or a letter-spaced `合　计` (a blank of 45 px), is not."""
    h = 30.0
    wide = [_cell(0, (0, 0, 900, 40)), _cell(1, (0, 40, 900, 80))]
    words = [(x, y + 5, x + 80, y + 5 + h) for y in (0, 40) for x in (10, 190, 370)]
    assert _open_cells(wide, words)
    phrase = [(x, y + 5, x + 60, y + 5 + h) for y in (0, 40) for x in (10, 75, 140)]
    assert not _open_cells(wide, phrase)
    spaced = [(10, 5, 40, 35), (85, 5, 115, 35), (10, 45, 40, 75), (85, 45, 115, 75)]
    assert not _open_cells(wide, spaced)
    one_row = [(x, 5, x + 80, 35) for x in (10, 190, 370)]  # one open row of two: a totals row's spread figures
    assert not _open_cells(wide, one_row)


def test_round_11_category_cells_ruled_alone_are_no_grid(pipeline, chromium, tmp_path: Path) -> None:
    """`zh_quote_category` page 0, skewed: the rules round the merged 类别 cells made a grid of three columns, the
    other eight columns' text in one cell a row (0.0: the table was dropped as one big cell)."""
    image, truth = _page(chromium, "zh_quote_category", 0, "skew")
    best = best_table_html(pipeline, image, truth, tmp_path)
    assert teds(best, truth) >= 0.9


def test_round_11_last_discount_line_stays_in_the_table(pipeline, chromium, tmp_path: Path) -> None:
    """`en_discount_lines` page 0: the last item's `Discount 15%` line (under `Less 12.5% trade discount`...) was
    cut off as the totals block (0.91)."""
    image, truth = _page(chromium, "en_discount_lines", 0)
    best = best_table_html(pipeline, image, truth, tmp_path)
    assert "Discount 15%" in best
    assert teds(best, truth) >= 0.95


def test_round_11_net_total_is_no_item(pipeline, chromium, tmp_path: Path) -> None:
    """`en_discount_lines` page 2: `Net total` and `Shipping` under the items, inside layout's table box, were read
    as two more rows (0.75)."""
    image, truth = _page(chromium, "en_discount_lines", 2)
    best = best_table_html(pipeline, image, truth, tmp_path)
    assert "Net total" not in best and "Shipping" not in best


def test_round_11_table_on_a_slightly_tilted_scan(pipeline, chromium, tmp_path: Path) -> None:
    """`en_discount_lines` page 0, skewed a little under a degree after OCR: layout boxed no table and the rows of
    its lines came apart across the page, so none was found (0.0)."""
    image, truth = _page(chromium, "en_discount_lines", 0, "skew")
    best = best_table_html(pipeline, image, truth, tmp_path)
    assert teds(best, truth) >= 0.95


def test_round_11_last_description_line_stays_with_its_item(pipeline, chromium, tmp_path: Path) -> None:
    """`en_zebra_bare` page 1 (no rules, layout boxed no table): the last item's description wraps onto a second
    line (`... for the new` / `branch office`); the table found from the columns of figures ended on the item's
    first line and left the second as text."""
    image, truth = _page(chromium, "en_zebra_bare", 1)
    best = best_table_html(pipeline, image, truth, tmp_path)
    assert "for the new branch office</td>" in best


def test_packing_list_total_row_is_no_item(pipeline, chromium, tmp_path: Path) -> None:
    """Round 10 `en_packing_list`, seed 23 page 1 (seen): a `TOTAL` row in the grid under the cartons, its figures
    the sums of their columns, was read as one more item (0.81)."""
    page = browser_table_pages.make_page(chromium, "en_packing_list", "23-1")
    best = best_table_html(pipeline, page.image, page.html, tmp_path)
    assert best.count("<tr>") == page.html.count("<tr>")  # the header and the items, no more
    assert teds(best, page.html) >= 0.95


def test_round_11_discount_line_read_into_the_next_item_row(pipeline, chromium, tmp_path: Path) -> None:
    """`en_discount_lines` page 2, skewed: the model read a discount line (`Less 5% trade discount` ... `-11.60`) and
    the next item as one row; the amount column stacks two amounts, the description two lines level with them, so
    the row is two (0.90)."""
    image, truth = _page(chromium, "en_discount_lines", 2, "skew")
    best = best_table_html(pipeline, image, truth, tmp_path)
    assert teds(best, truth) >= 0.95


def _columns(gap: float, header_cols: int):  # type: ignore[no-untyped-def]
    """Header `Date` (one cell over columns 0-1, or a heading over each) and `Amount`; three body rows whose words in
    columns 0 and 1 stand `gap` px apart (words 20 px tall)."""
    cells, words = [], []
    if header_cols == 1:
        cells.append(Cell(row=0, col=0, colspan=2, bbox=(0, 0, 200, 20), text="Date", header=True))
        words.append([WordBox("Date", (0, 0, 50, 20), 0, 0, False)])
    else:
        for c, t in enumerate(("Day", "Month")):
            cells.append(Cell(row=0, col=c, bbox=(100 * c, 0, 100 * c + 100, 20), text=t, header=True))
            words.append([WordBox(t, (100 * c, 0, 100 * c + 50, 20), 0, c, False)])
    cells.append(Cell(row=0, col=2, bbox=(300, 0, 400, 20), text="Amount", header=True))
    words.append([WordBox("Amount", (300, 0, 380, 20), 0, 2, False)])
    for r in (1, 2, 3):
        y = 30.0 * r
        for c, (t, x0, x1) in enumerate(((f"0{r}", 0, 24), ("Jan 2026", 24 + gap, 120 + gap), (f"{r}.00", 340, 400))):
            cells.append(Cell(row=r, col=c, bbox=(x0, y, x1, y + 20), text=t))
            words.append([WordBox(t, (x0, y, x1, y + 20), r, c, c > 0)])
    return cells, words


def test_columns_a_word_space_apart_under_one_heading_are_one() -> None:
    """`27 | Dec 2025` under one `Date` heading, a word space apart: one column; a column's width apart, or each
    column with a heading of its own: two."""
    cells, _, _ = merge_spaced_columns(*_columns(10, 1), set())
    assert max(c.col + c.colspan for c in cells) == 2
    assert [c.text for c in cells if c.row == 1] == ["01 Jan 2026", "1.00"]
    assert next(c for c in cells if c.text == "Date").colspan == 1
    for gap, heads in ((60, 1), (10, 2)):
        cells, _, _ = merge_spaced_columns(*_columns(gap, heads), set())
        assert max(c.col + c.colspan for c in cells) == 3


def test_round_11_statement_date_is_one_cell(pipeline, chromium, tmp_path: Path) -> None:
    """`en_statement` page 0, skewed: the model cut the `Date` column at the day's space (`27 | Dec 2025`, `Date`
    over both): 0.81."""
    image, truth = _page(chromium, "en_statement", 0, "skew")
    best = best_table_html(pipeline, image, truth, tmp_path)
    assert "<td>27 Dec 2025</td>" in best
    assert teds(best, truth) >= 0.9
