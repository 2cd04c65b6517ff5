"""Session 21, second tables pass (docs/tables.md): rows set close together with no rule, the model's row edges
falling inside or between text lines, on round-13 invoice pages (synth/browser_table_pages.py, seed 41: seen),
each below its bar on the code before:
- the first text line of a row goes up into the row above when that row is that one line (`table/cells.py`
  `lines_up_to_their_row`: a till receipt's `Orange juice` and `18.12` read into the next item's row; a long goods
  list's names and numbers a row under their figures);
- a first row of two text lines, item headings over the first item's figures, is the header over that item
  (`table/cells.py` `split_heading_line`: `Item Croissant` | `QTY 2` | `Each 9.82` | `Total 19.64`)."""

from __future__ import annotations

import re
from functools import partial
from pathlib import Path

from render import best_table_html, table_page

from docsense.eval.tables import teds

_page = partial(table_page, seed=41)


def _rows(html: str) -> list[list[str]]:
    return [
        [re.sub(r"<[^>]+>", "", c) for c in re.findall(r"<t[dh][^>]*>(.*?)</t[dh]>", tr)]
        for tr in re.findall(r"<tr>(.*?)</tr>", html)
    ]


def test_till_receipt_heading_and_rows_from_their_lines(pipeline, chromium, tmp_path: Path) -> None:
    """`en_till_receipt` page 1 skewed: the heading row read with the first item (`Item Croissant` | `QTY 2`),
    `Orange juice` and its total a row under its quantity and price (0.59)."""
    image, truth = _page(chromium, "en_till_receipt", 1, "skew")
    best = best_table_html(pipeline, image, truth, tmp_path)
    rows = _rows(best)
    assert rows[0] == ["Item", "QTY", "Each", "Total"]
    assert ["Orange juice", "2", "9.06", "18.12"] in rows
    assert teds(best, truth) >= 0.85


def test_goods_list_rows_from_their_lines(pipeline, chromium, tmp_path: Path) -> None:
    """`zh_goods_list_long` page 1: 25 rows in small type, from row 9 on the names and numbers a row under their
    figures (`14 15` in one cell, 0.83)."""
    image, truth = _page(chromium, "zh_goods_list_long", 1)
    best = best_table_html(pipeline, image, truth, tmp_path)
    firsts = [r[0] for r in _rows(best) if r]
    assert [str(n) for n in range(1, 26)] == [f for f in firsts if f.isdigit()]
    assert teds(best, truth) >= 0.93
