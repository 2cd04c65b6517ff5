"""Session 22, second wave (docs/tables.md): round-14 VAT invoice pages (synth/browser_table_pages.py
`zh_vat_special_e`, seed 51, seen) whose goods names wrap over two lines or more with no rule between the items.
The model's row edge fell between the lines of one name, its last line read into the next item's row
(`*电子计算机*图形工作站主机` | `(含专业显卡及三年上门保修）*纸制品*复印纸`): `table/cells.py` `rows_from_item_lines`
rebuilds the rows from the text lines also where a wrapped line only sits in another row than its item's first
line."""

from __future__ import annotations

import random
import re
import unicodedata

from render import best_table_html

from docsense.eval.tables import teds
from docsense.synth import browser_table_pages
from docsense.synth import documents as d


def _page(chromium, family: str, index: int, variant: str = "clean", seed: int = 51):  # type: ignore[no-untyped-def]
    """Page `index` of `seed` as `python -m docsense.synth.browser_table_pages OUT --seed SEED` writes it."""
    page = browser_table_pages.make_page(chromium, family, f"{seed}-{index}")
    image = d.scan_variant(page.image, variant, random.Random(f"{seed}-{index}-{variant}"))
    return image, page.html


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
