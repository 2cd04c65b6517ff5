"""Session 22 (docs/tables.md): round-14 invoice pages (synth/browser_table_pages.py, seed 51: first scored, then
seen) end to end, each below its bar on the code before:
- a `reference` box the detector drew over a table's numbered rows (`1 Emergency call-out ...`) no longer wins
  over the table box it covers: the lines decide, as between a table and a text box (`core/assemble/regions.py`
  `_clean_regions`);
- a long description on a line of its own (its row's figures read a row off on a skewed scan) is no note under
  the table while item rows follow close under it (`core/assemble/tables.py` `_item_table_extent`);
- an item table whose rows have no rule between them and whose names wrap over three lines or more is regridded
  from its text lines where the model's rows cut across them (`table/cells.py` `rows_from_item_lines`), and the
  wrapped lines left under an item's mended first line join it (`join_wrapped_rows` after
  `lines_up_to_their_row`);
- round 13 (seed 43, seen since session 21): a till receipt's heading row read as one cell across the table
  (`Item Qty Price Total`) is dealt by the item columns (`table/cells.py` `deal_headings`), and a heading set a
  pixel higher than the others (`QTY`), read as a row of its own across the table, goes down into the empty cell
  under it (`headings_level_with_row_under`)."""

from __future__ import annotations

from pathlib import Path

from render import best_table_html, html_rows, table_page

from docsense.eval.tables import teds

_page = table_page


_rows = html_rows


def test_round_14_numbered_rows_under_a_reference_box_stay_a_table(pipeline, chromium, tmp_path: Path) -> None:
    """`en_continued` page 0: the detector boxed the nine numbered item rows as `reference` (0.89) over the table
    box (0.82); the table kept its header and first two rows only (0.27)."""
    image, truth = _page(chromium, "en_continued", 0)
    best = best_table_html(pipeline, image, truth, tmp_path)
    assert len(_rows(best)) == len(_rows(truth)) == 10
    assert teds(best, truth) >= 0.95


def test_round_14_long_description_line_is_no_note(pipeline, chromium, tmp_path: Path) -> None:
    """`en_continued` page 0 skewed: `Preparation of the annual compliance report and submission to the regulator`
    on a line of its own (its `2` and figures a row off) was taken for a note under the table (0.20)."""
    image, truth = _page(chromium, "en_continued", 0, "skew")
    best = best_table_html(pipeline, image, truth, tmp_path)
    assert len(_rows(best)) == 10
    assert teds(best, truth) >= 0.95


def test_round_14_goods_names_over_several_lines(pipeline, chromium, tmp_path: Path) -> None:
    """`zh_vat_special_e` pages 0 and 2: goods names wrapped over three to five lines, no rule between the items;
    the model's row edges fell inside the names (`*电子计算机*图` | `形工作站主机...*办公设备*碎纸`, 0.86; a name's
    last four lines a row of their own, 0.75)."""
    image, truth = _page(chromium, "zh_vat_special_e", 2)
    best = best_table_html(pipeline, image, truth, tmp_path)
    names = [r[0] for r in _rows(truth)[1:]]
    assert [r[0] for r in _rows(best)[1:]] == names
    image, truth = _page(chromium, "zh_vat_special_e", 0)
    best = best_table_html(pipeline, image, truth, tmp_path)
    assert [r[0] for r in _rows(best)[1:]] == [r[0] for r in _rows(truth)[1:]]
    assert teds(best, truth) >= 0.93


def test_round_13_till_receipt_headings(pipeline, chromium, tmp_path: Path) -> None:
    """`en_till_receipt` (round 13, seed 43) pages 0 and 1: the headings read as one cell of four columns
    (`Item Qty Price Total`, 0.74), or `QTY` a row of its own over `Item | | Price | Total` (0.79)."""
    for index in (0, 1):
        image, truth = _page(chromium, "en_till_receipt", index, seed=43)
        best = best_table_html(pipeline, image, truth, tmp_path)
        assert _rows(best)[0] == _rows(truth)[0]
        assert teds(best, truth) >= 0.95
