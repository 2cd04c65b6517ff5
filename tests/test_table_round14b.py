"""Session 22, second wave (docs/tables.md): round-14 VAT invoice pages (synth/browser_table_pages.py
`zh_vat_special_e`, seed 51, seen) whose goods names wrap over two lines or more with no rule between the items.
The model's row edge fell between the lines of one name, its last line read into the next item's row
(`*电子计算机*图形工作站主机` | `(含专业显卡及三年上门保修）*纸制品*复印纸`): `table/cells.py` `rows_from_item_lines`
rebuilds the rows from the text lines also where a wrapped line only sits in another row than its item's first
line.
Round 13 `zh_goods_list_long` (seeds 41 / 43, seen since session 21), words cut between two cells: OCR's estimated
boxes of a CJK run standing a little apart (`14 *纸制` | `品*剪刀`: `_join_cjk_runs` asks the ink), and the two
pieces of one OCR word cut between cells and put back in one cell with a space (`46 G`: `cell_text`)."""

from __future__ import annotations

import random
import re
import unicodedata

from render import best_table_html, html_rows, table_page

from docsense.eval.tables import teds
from docsense.synth import documents as d

_page = table_page


_rows = html_rows


def _names(html: str) -> list[str]:
    """The first cell of each body row, full-width marks as OCR reads them (`（` -> `(`)."""
    rows = re.findall(r"<tr>(.*?)</tr>", html)[1:]
    firsts = [re.findall(r"<t[dh][^>]*>(.*?)</t[dh]>", tr)[:1] for tr in rows]
    return [unicodedata.normalize("NFKC", re.sub(r"<[^>]+>", "", f[0])) if f else "" for f in firsts]


def test_round_14_wrapped_name_last_line_stays_with_its_item(pipeline, chromium, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """`zh_vat_special_e` page 1 (two-line name, 0.970 before) and page 0 skewed (a name's last line `服务费` in
    the next item's row, 0.968 before)."""
    for index, variant in ((1, "clean"), (0, "skew")):
        image, truth = _page(chromium, "zh_vat_special_e", index, variant)
        best = best_table_html(pipeline, image, truth, tmp_path)
        assert _names(best) == _names(truth), (index, variant)
        assert teds(best, truth) >= 0.97


def test_round_13_cjk_run_with_spread_character_boxes_stays_whole(pipeline, chromium, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """`zh_goods_list_long` page 2 skewed (seed 43): OCR boxed `制` and `品` of `*纸制品*剪刀` 7 px apart (a
    quarter of the line's height is 6.75): the run was two words and the 序号 cell took `*纸制` (`14 *纸制` |
    `品*剪刀`)."""
    image, truth = _page(chromium, "zh_goods_list_long", 2, "skew", seed=43)
    best = best_table_html(pipeline, image, truth, tmp_path)
    assert ["14", "*纸制品*剪刀"] in [r[:2] for r in _rows(best)]


def test_round_13_word_pieces_in_one_cell_have_no_space(pipeline, chromium, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """`zh_goods_list_long` page 1 (seed 41): the 规格型号 `46G` / `31G`, cut between two of the model's cells
    and put back in one, read `46 G` / `31 G`."""
    image, truth = _page(chromium, "zh_goods_list_long", 1, seed=41)
    best = best_table_html(pipeline, image, truth, tmp_path)
    texts = {t for r in _rows(best) for t in r}
    assert {"46G", "31G"} <= texts
    assert not {"46 G", "31 G"} & texts


def test_round_13_full_width_brackets_stay_in_their_heading(pipeline, chromium, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """`zh_goods_list_long` page 1 (seed 41): the blank half of `（`'s square (12 px at a 26 px line) parted
    `货物` from `（劳务）名称`, and the 序号 heading took `货物` (`序号货物` | `（劳务）名称`)."""
    image, truth = _page(chromium, "zh_goods_list_long", 1, seed=41)
    best = best_table_html(pipeline, image, truth, tmp_path)
    assert "货物(劳务)名称" in _rows(best)[0]


def test_figures_centred_on_two_line_items_keep_the_rows(pipeline, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """`synth/table_pages.py` `striped_cols` (pages 2 and 3 of `--seed 0`): each item's figures stand centred on
    its two lines (`Laptop stand` / `as per quote Q-2291`), read level with the first line of one item and the
    second of the next: an item's first line in the row under is no name cut by the model's rows (a capital after
    the line above), and the rows stay as the model read them (0.935 / 0.938 when they were rebuilt)."""
    from docsense.synth import table_pages

    for seed in ("02", "03"):
        page = table_pages.make_page("striped_cols", seed)
        image = d.scan_variant(page.image, "clean", random.Random(f"{seed}clean"))
        best = best_table_html(pipeline, image, page.table_html, tmp_path)
        assert _rows(best) == _rows(page.table_html), seed


def test_round_14_name_column_one_cell_here_two_there(pipeline, chromium, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """`zh_vat_special_e` page 2 skewed (seed 51): no header predicted, the name column one cell in the first body
    row and two in the others, two items' lines in one row (`*纸制品*复印纸*建筑服务*...`, `6 12`) and a name's
    lines split between rows (`机*鉴证咨询服务*`): the rows were not rebuilt (0.79)."""
    image, truth = _page(chromium, "zh_vat_special_e", 2, "skew")
    best = best_table_html(pipeline, image, truth, tmp_path)
    assert len(_rows(best)) == len(_rows(truth))
    assert [r[0] for r in _rows(best)[2:]] == [r[0] for r in _rows(truth)[2:]]
