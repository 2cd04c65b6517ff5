"""A second table set right under the items inside the same detected table box (a VAT analysis as wide as the
items, ruled alike) ends the item table and is a table of its own (core/assemble.py `_item_table_extent`).
Round-10 `en_tax_breakdown` seed 23 page 0 (first scored 0.64, then seen): 1.0; the VAT rows were read as items."""

from __future__ import annotations

from pathlib import Path

from render import best_table_html, needs_fonts

from docsense.eval.tables import teds
from docsense.synth import browser_table_pages
from docsense.synth.kv_forms import degrade, make_sheet, render


def test_round_10_tax_breakdown_under_the_items_page(pipeline, chromium, tmp_path: Path) -> None:
    page = browser_table_pages.make_page(chromium, "en_tax_breakdown", "23-0")
    best = best_table_html(pipeline, page.image, page.html, tmp_path)
    assert "VAT at" not in best and "Gross" not in best
    assert teds(best, page.html) >= 0.95


@needs_fonts
def test_a_form_grid_of_label_rows_over_value_rows_stays_one_table(pipeline, tmp_path: Path) -> None:
    """An insurance claim's boxed grid (`synth/kv_forms.py`, a family the kv model never trained on, seed 84108):
    each row of numbered labels over one row of values, dates among them. It heads figures row after row, but no
    run of item rows comes before a second header: each grid stays one table (it was cut into three and two)."""
    sheet = make_sheet(84108, "claim", "en")
    img, _ = degrade(render(sheet), sheet.gt("claim.png"), "clean", 84108)
    img.save(tmp_path / "claim.png")
    page = pipeline.parse_file(tmp_path / "claim.png").document.pages[0]
    tables = [b for b in page.blocks if b.type == "table"]
    assert len(tables) == 2, [(b.bbox, b.lines[0].text) for b in tables]
    assert all(b.table is not None and len(b.table.cells) >= 30 for b in tables)
