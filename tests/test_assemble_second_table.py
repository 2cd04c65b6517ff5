"""A second table set right under the items inside the same detected table box (a VAT analysis as wide as the
items, ruled alike) ends the item table and is a table of its own (core/assemble/tables.py `_item_table_extent`).
Round-10 `en_tax_breakdown` seed 23 page 0 (first scored 0.64, then seen): 1.0; the VAT rows were read as items.
A row holding a blank's mark (`—` read `一`, `NS`) heads no second table: it is a row of values (session 20)."""

from __future__ import annotations

import io
import random
from pathlib import Path

from PIL import Image
from render import best_table_html, needs_fonts

from docsense.eval.tables import teds
from docsense.synth import browser_pages, browser_table_pages
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


def test_a_row_of_blank_marks_heads_no_second_table(pipeline, chromium, tmp_path: Path) -> None:
    """A Chinese report's small results table (`synth/browser_pages.py` `bp_zh_report`, layout seed 73 page 1, as
    its set writes it): the row `特征 | 一 | NS | 方法` (a dash read as `一`, not significant) over a row of figures was
    taken for the header of a second table and the table cut in two at it."""
    page = browser_pages.make_page(chromium, "bp_zh_report", 73 * 100_000 + 1)
    name = "bp_zh_report_73_001.jpg"
    buf = io.BytesIO()
    page.image.save(buf, "JPEG", quality=random.Random(name).randint(70, 92))
    (tmp_path / name).write_bytes(buf.getvalue())
    image = Image.open(tmp_path / name)
    assert image.size == page.image.size
    truth = [r["bbox"] for r in page.regions if r["type"] == "table"]
    assert len(truth) == 1
    blocks = pipeline.parse_file(tmp_path / name).document.pages[0].blocks
    tables = [b.bbox for b in blocks if b.type == "table"]
    assert len(tables) == 1, tables
    (_, y0, _, y1), (t0, t1) = tables[0], (truth[0][1], truth[0][3])
    assert min(y1, t1) - max(y0, t0) >= 0.9 * (t1 - t0)
