"""Session 24 (docs/tables.md): round 16 page families (synth/browser_table_pages.py `HELD_OUT_16`).

Seed 63 (first scored, then looked at): the detector boxed one item table in two pieces that share rows: the
heading row alone (0.48) over the body whose box starts under the headings' top (0.89, `en_group_subtotal` page 1),
or the body cut in two boxes overlapping by two rows (0.84 over 0.42, `en_disc_minus` page 1, the lower box running
down over the totals). Each piece was read as a table of its own: the header row a table, the items cut after two
rows. Two stacked table boxes overlapping in height, each over the other's columns, are one table box now
(`core/assemble/regions.py: _one_table`); boxes that only touch (a totals box under the items) stay apart."""

from __future__ import annotations

from docsense.core.assemble.regions import _clean_regions
from docsense.core.document import Line, Region


def _line(text: str, box: tuple[float, float, float, float]) -> Line:
    x0, y0, x1, y1 = box
    return Line(text=text, bbox=box, polygon=[(x0, y0), (x1, y0), (x1, y1), (x0, y1)], score=0.99)


def _table(box: tuple[float, float, float, float], score: float) -> Region:
    return Region(type="table", bbox=box, score=score)


def test_heading_row_box_over_the_body_box_is_one_table() -> None:
    """`en_group_subtotal` seed 63 page 1 (clean): the headings' box 336-364 over the body's 345-614."""
    lines = [_line("Item", (63.0, 341.0, 100.0, 355.0)), _line("Patch panel 24 port", (170.0, 372.0, 330.0, 388.0))]
    kept = _clean_regions([_table((53, 345, 1182, 614), 0.89), _table((57, 336, 1175, 364), 0.48)], lines, 0.5)
    assert [(r.type, r.bbox) for r in kept] == [("table", (53, 336, 1182, 614))]


def test_body_cut_in_two_overlapping_boxes_is_one_table() -> None:
    """`en_disc_minus` seed 63 page 1 (clean): 353-590 (0.84) and 454-686 (0.42) share two item rows."""
    kept = _clean_regions([_table((62, 353, 1184, 590), 0.84), _table((55, 454, 1189, 686), 0.42)], [], 0.5)
    assert [r.bbox for r in kept] == [(55, 353, 1189, 686)]


def test_touching_side_by_side_or_narrow_boxes_stay_apart() -> None:
    from docsense.core.assemble.regions import _one_table

    assert not _one_table((53, 345, 1182, 614), (52, 620, 1181, 700))  # a totals box under the items
    assert not _one_table((50, 300, 600, 700), (620, 300, 1180, 700))  # two tables side by side
    assert not _one_table((50, 300, 1180, 700), (800, 650, 1180, 760))  # a narrow box at the table's corner
    kept = _clean_regions([_table((53, 345, 1182, 614), 0.89), _table((52, 620, 1181, 700), 0.44)], [], 0.5)
    assert len(kept) == 2
