"""Session 21 (docs/tables.md): round-13 invoice pages (synth/browser_table_pages.py, seed 41: first scored, then
seen) end to end, each below its bar on the code before:
- the narrow marks inside a CJK name (`*办公用品*墨盒`) are part of the name's word: the `*` in front of a name in
  a narrow first column went to the 序号 cell it overlapped (`14 *` | `纸制品*签字笔`; `table/cells.py`
  `_join_cjk_runs`);
- a header row the model left out of `<thead>`, one cell over two columns' headings (`QUANTITY UNIT PRICE`), is
  dealt by the item columns as a header row is; an item table's amounts may stand left of a last column of line
  numbers (`table/cells.py` `deal_headings`, `_item_table`);
- two rows holding pieces of one text line only are one row, in any table (`table/cells.py` `join_level_rows`: a
  dense goods list's `46` | `G 135.89 271.78 13%` a row apart, a till receipt's prices a row above their item);
- `Net` alone heads a totals block (Net / VAT 20% / Quote total under a quotation's items), not an item row
  (`core/assemble/tables.py` `_TOTALS`);
- `marker_kind` is core's public name for the assembly's list markers (layout/segment.py reads them)."""

from __future__ import annotations

import re
from functools import partial
from pathlib import Path

from render import best_table_html, table_page

from docsense.core.assemble import cues, tables
from docsense.eval.tables import teds

_page = partial(table_page, seed=41)


def _cells(html: str) -> list[str]:
    return [re.sub(r"<[^>]+>", "", c) for c in re.findall(r"<td[^>]*>(.*?)</td>", html)]


def test_round_13_star_stays_with_its_cjk_name(pipeline, chromium, tmp_path: Path) -> None:
    """`zh_goods_list_long` page 0: nine names lost their leading `*` to the 序号 cell (`14 *` | `纸制品*签字笔`),
    0.961."""
    image, truth = _page(chromium, "zh_goods_list_long", 0)
    best = best_table_html(pipeline, image, truth, tmp_path)
    cells = _cells(best)
    assert not [c for c in cells if c.endswith("*")]
    names = [c for c in cells if "*" in c]
    assert len(names) >= 15 and all(c.startswith("*") for c in names)
    assert teds(best, truth) >= 0.97


def test_round_13_net_heads_the_totals_block(pipeline, chromium, tmp_path: Path) -> None:
    """`en_rowno_right` page 2: the `Net | $14,348.28` row under the items (line numbers in the last column) was
    read as a fourth item (0.71)."""
    image, truth = _page(chromium, "en_rowno_right", 2)
    best = best_table_html(pipeline, image, truth, tmp_path)
    assert "Net" not in _cells(best)
    assert teds(best, truth) >= 0.85


def test_round_13_headings_dealt_over_line_numbers(pipeline, chromium, tmp_path: Path) -> None:
    """`en_rowno_right` page 1: `QUANTITY UNIT PRICE` and `TOTAL LINE` read as two cells of two columns each over
    the quantities, prices, amounts and line numbers (0.90)."""
    image, truth = _page(chromium, "en_rowno_right", 1)
    best = best_table_html(pipeline, image, truth, tmp_path)
    assert _cells(best)[:5] == ["DESCRIPTION", "QUANTITY", "UNIT PRICE", "TOTAL", "LINE"]


def test_round_13_pieces_of_one_line_are_one_row(pipeline, chromium, tmp_path: Path) -> None:
    """`en_till_receipt` page 2: no rule between the rows, the heading row read with the first item's figures
    (`Item QTY Each` | `Amt` over `2 | 16.78 | 33.56`, the item's name a row under them), 0.80; `zh_goods_list_long`
    page 1: 20 rows in small type, a row's spec, price, amount and rate a row above its name (0.74)."""
    image, truth = _page(chromium, "en_till_receipt", 2)
    assert teds(best_table_html(pipeline, image, truth, tmp_path), truth) >= 0.9
    image, truth = _page(chromium, "zh_goods_list_long", 1)
    assert teds(best_table_html(pipeline, image, truth, tmp_path), truth) >= 0.8


def test_net_row_and_marker_kind_names() -> None:
    """`Net`, `Net:` and `Net amount` open totals; `Net income` (a financial table's row) and `Network camera` do
    not."""
    assert all(tables._TOTALS.match(t) for t in ("Net", "NET:", "Net amount", "Net total (excl. VAT)"))
    assert not any(tables._TOTALS.match(t) for t in ("Net income", "Network camera", "Net weight 12 kg"))
    assert cues.marker_kind("(iii)") == ("(roman", 3)
