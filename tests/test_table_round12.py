"""Session 20 (docs/tables.md): round-12 invoice pages (synth/browser_table_pages.py, seed 37: first scored, then
seen) end to end, each below its bar on the code before:
- a currency mark set in a column of its own (`USD | 1,254.82`) under an empty heading belongs to the heading of
  the figures beside it, which spans both (`table/cells.py` `span_currency_headings`);
- a text block beside a detected table whose every line stands level with a line of the table (the `#` and
  description columns boxed apart from the figures) joins the table (`core/assemble/tables.py` `_columns_beside_tables`;
  a round-11 page, seed 33);
- a header row the model cut in two on the same text line, its upper part a cell short, is one row: the lower
  part's cell past the upper's end moves up as it is (`table/cells.py` `regrid`; a round-11 报价单, seed 33);
- a cell's last text lines standing level with the row under it, not with its own row, go down into that row's
  empty cell (`table/cells.py` `words_down_to_their_row`: a statement's 期初余额 / 期末余额 lines);
- headings boxed apart from the table level with a heading inside it count with it as the heading row
  (`core/assemble/tables.py` `_heads_above_tables`: `Qty Description` and `Total` beside `Unit price`, seed 38);
- a cell spanning down from the table's first row splits where its lines stand on rows, a wrapped line going with
  the line above it (`table/cells.py` `_split_rowspan`: a round-7 电子普通发票's 项目名称 cell over all goods rows)."""

from __future__ import annotations

import random
import re
from functools import partial
from pathlib import Path

from render import best_table_html, table_page

from docsense.core.document import Cell
from docsense.eval.tables import teds
from docsense.synth import browser_table_pages
from docsense.synth import documents as d
from docsense.table.header import span_currency_headings

_page = partial(table_page, seed=37)


def _page_33(chromium, family: str, index: int, variant: str = "clean", seed: int = 33):  # type: ignore[no-untyped-def]
    page = browser_table_pages.make_page(chromium, family, f"{seed}-{index}")
    image = d.scan_variant(page.image, variant, random.Random(f"{seed}-{index}-{variant}"))
    return image, page.html


def _grid(rows: list[list[str]], n_head: int = 1) -> list[Cell]:
    return [
        Cell(row=r, col=c, bbox=(100.0 * c, 30.0 * r, 100.0 * c + 90, 30.0 * r + 25), text=t, header=r < n_head)
        for r, row in enumerate(rows)
        for c, t in enumerate(row)
    ]


def test_currency_mark_column_joins_its_heading() -> None:
    """`Price` over `$ | 12.50`: the heading spans the mark's column; `Amount` over `45.00 | €` (the mark after the
    figure) likewise; a column of units (`pcs`) under an empty heading is no currency and stays as it is."""
    cells = _grid([["Item", "", "Price", "Amount", ""], ["Pen", "$", "12.50", "45.00", "€"],
                   ["Ink", "$", "3.10", "9.30", "€"]])  # fmt: skip
    out, bold = span_currency_headings(cells, [True, False, False], {(0, 2), (0, 3)})
    head = sorted((c.col, c.colspan, c.text) for c in out if c.row == 0)
    assert head == [(0, 1, "Item"), (1, 2, "Price"), (3, 2, "Amount")]
    assert bold == {(0, 1), (0, 3)}
    units = _grid([["Item", "Qty", "", "Price"], ["Pen", "2", "pcs", "12.50"], ["Ink", "3", "pcs", "3.10"]])
    assert span_currency_headings(units, [True, False, False], set())[0] == units


def test_round_12_currency_column_under_its_heading(pipeline, chromium, tmp_path: Path) -> None:
    """`en_currency_col` page 1: `Unit price` and `Line total` stood over the figures only, the `USD` columns under
    empty headings (0.90)."""
    image, truth = _page(chromium, "en_currency_col", 1)
    best = best_table_html(pipeline, image, truth, tmp_path)
    assert teds(best, truth) >= 0.97


def test_round_11_description_columns_boxed_apart_join_the_table(pipeline, chromium, tmp_path: Path) -> None:
    """`en_discount_lines` page 1 of seed 33, skewed: layout boxed the quantities, prices and amounts as the table
    and `#` / `Description` (with the discount lines) as a text block beside it (0.46)."""
    image, truth = _page_33(chromium, "en_discount_lines", 1, "skew")
    best = best_table_html(pipeline, image, truth, tmp_path)
    assert "Less 15% trade discount" in best
    assert teds(best, truth) >= 0.9


def test_round_11_header_band_cut_short_is_one_row(pipeline, chromium, tmp_path: Path) -> None:
    """`zh_quote_category` page 0 of seed 33: the shaded header band read as two rows, `序号 类别` and six empty
    cells over the other seven headings (0.68)."""
    image, truth = _page_33(chromium, "zh_quote_category", 0)
    best = best_table_html(pipeline, image, truth, tmp_path)
    assert "<td>序号</td><td>类别</td><td>产品名称</td>" in best.replace("<b>", "").replace("</b>", "")
    assert teds(best, truth) >= 0.9


def _rows_with(html: str, label: str) -> list[str]:
    return [r for r in re.findall(r"<tr>(.*?)</tr>", html.replace("<b>", "").replace("</b>", "")) if label in r]


def test_round_12_statement_balance_lines_in_their_rows(pipeline, chromium, tmp_path: Path) -> None:
    """`zh_statement` page 0: `期初余额` went up into the heading row (its date and balance left below) and
    `期末余额` into the 本期合计 row (`本期合计期末余额`, its balance in the row under it)."""
    image, truth = _page(chromium, "zh_statement", 0)
    best = best_table_html(pipeline, image, truth, tmp_path)
    for label in ("期初余额", "期末余额"):
        want = _rows_with(truth, label)[0]
        balance = re.findall(r"<td>([\d,.-]+)</td>", want)[-1]
        got = _rows_with(best, label)
        assert len(got) == 1 and f"<td>{label}</td>" in got[0] and balance in got[0], got


def test_round_12_headings_boxed_apart_level_with_one_inside(pipeline, chromium, tmp_path: Path) -> None:
    """`en_sku_sublines` page 0 of seed 38: layout boxed `Qty Description` and `Total` apart from the table, level
    with its `Unit price`: the table lost its heading row and took the totals block under it (0.53)."""
    image, truth = _page_33(chromium, "en_sku_sublines", 0, seed=38)
    best = best_table_html(pipeline, image, truth, tmp_path)
    assert "Subtotal" not in best and "Qty" in best
    assert teds(best, truth) >= 0.9


def test_round_7_heading_spanning_down_over_the_goods_splits(pipeline, chromium, tmp_path: Path) -> None:
    """`zh_pp_einvoice` page 1 of seed 21, skewed: `项目名称` and `规格型号` each one cell spanning the heading row
    and the three goods rows, the names (one wrapped in the narrow column) run together in it (0.78)."""
    image, truth = _page_33(chromium, "zh_pp_einvoice", 1, "skew", seed=21)
    best = best_table_html(pipeline, image, truth, tmp_path)
    assert "rowspan" not in best
    assert teds(best, truth) >= 0.95
