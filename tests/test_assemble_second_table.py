"""A second table set right under the items inside the same detected table box (a VAT analysis as wide as the
items, ruled alike) ends the item table and is a table of its own (core/assemble.py `_item_table_extent`).
Round-10 `en_tax_breakdown` seed 23 page 0 (first scored 0.64, then seen): 1.0; the VAT rows were read as items."""

from __future__ import annotations

from pathlib import Path

from render import best_table_html

from docsense.eval.tables import teds
from docsense.synth import browser_table_pages


def test_round_10_tax_breakdown_under_the_items_page(pipeline, chromium, tmp_path: Path) -> None:
    page = browser_table_pages.make_page(chromium, "en_tax_breakdown", "23-0")
    best = best_table_html(pipeline, page.image, page.html, tmp_path)
    assert "VAT at" not in best and "Gross" not in best
    assert teds(best, page.html) >= 0.95
