"""The PubTabNet-like table generator (synth/pubtab.py): deterministic crops, well-formed truth, and the table
stage reading one crop of a family held out from tuning."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from docsense.eval.tables import parse_table, teds
from docsense.synth import fonts, pubtab

pytestmark = pytest.mark.skipif(fonts.missing_reason() is not None, reason=str(fonts.missing_reason()))


def test_same_seed_same_table_and_families_split() -> None:
    a, b = pubtab.make_table("grid", "t-1"), pubtab.make_table("grid", "t-1")
    assert a.html == b.html and np.array_equal(np.asarray(a.image), np.asarray(b.image))
    assert pubtab.make_table("grid", "t-2").html != a.html
    assert set(pubtab.DEV) | set(pubtab.HELD_OUT) | set(pubtab.HELD_OUT_2) == set(pubtab.FAMILIES)
    assert not set(pubtab.DEV) & set(pubtab.HELD_OUT)
    assert not (set(pubtab.DEV) | set(pubtab.HELD_OUT)) & set(pubtab.HELD_OUT_2)


def test_round_2_truth_has_their_structures() -> None:
    """The round-2 families draw what they are named for: 10+ columns, footnote rows spanning the table, row
    groups spanning their rows under a two-level header, many empty cells."""
    wide = pubtab.make_table("wide", "t-1").html
    assert wide.split("</tr>")[0].count("<td") >= 10
    foot = pubtab.make_table("footnoted", "t-1").html
    assert "<tr><td colspan=" in foot.split("<tbody>")[1] and "±" in foot
    nested = pubtab.make_table("nested", "t-1").html
    head, body = nested.split("<tbody>")
    assert head.count('rowspan="2"') == 2 and "rowspan=" in body
    sparse = pubtab.make_table("sparse", "t-1").html
    assert sparse.count("<td></td>") >= 0.25 * sparse.count("<td")


@pytest.mark.parametrize("family", pubtab.FAMILIES)
def test_truth_is_a_pubtabnet_table(family: str) -> None:
    t = pubtab.make_table(family, "t-1")
    table = parse_table(t.html)
    assert table is not None and t.html.startswith("<table><thead><tr>")
    assert teds(t.html, t.html) == 1.0
    # PubTabNet crops: small text, a few pixels of margin, at most ~800 px wide.
    assert 100 <= t.image.width <= 900 and t.image.height >= 30
    ink = np.asarray(t.image.convert("L")) < 245  # text, rules and shading
    rows, cols = np.nonzero(ink)
    assert rows.min() <= 6 and cols.min() <= 6 and t.image.width - cols.max() <= 7


@pytest.mark.parametrize(
    ("family", "seed", "floor"),
    [("grouped_empty", "test-0", 0.85), ("nested", "0-0", 0.88), ("footnoted", "0-1", 0.88)],
)
def test_held_out_crop_is_read_as_its_table(pipeline, tmp_path: Path, family: str, seed: str, floor: float) -> None:
    """Crops parsed as pages: a grouped table with empty section cells (`grouped_empty`, never tuned on); round-2
    crops (measured held out first, then looked at): a two-level header whose single-column headings SLANet merges
    over both header rows (`nested`), footnote rows under the body (`footnoted`)."""
    t = pubtab.make_table(family, seed)
    path = tmp_path / "crop.png"
    t.image.save(path)
    doc = pipeline.parse_file(path).document
    tables = [b.table for p in doc.pages for b in p.blocks if b.table is not None]
    assert len(tables) == 1
    assert teds(tables[0].html, t.html, structure_only=True) >= 0.9
    assert teds(tables[0].html, t.html) >= floor
