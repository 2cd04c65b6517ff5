"""Where a value is printed on the page: for corrections, whose box must follow the corrected value.

`find_raw` finds printed text (`$1,250.00` as typed by a reviewer, spacing aside); `find_value` finds a printed
form of a normalized value (`2019-01-05` printed `05/01/2019`, `1250.00` printed `1,250.00`). Both prefer the
place nearest the field's old box.
"""

from __future__ import annotations

import re

from docsense.core.document import BBox

from . import normalize as nz
from . import values as vl
from .view import TLine, View

Place = tuple[TLine, int, int]  # a line and the characters [start, end) of its text


def _centre(b: BBox) -> tuple[float, float]:
    return (b[0] + b[2]) / 2, (b[1] + b[3]) / 2


def _nearest(where: list[Place], near: BBox | None, page: int | None) -> tuple[Place, BBox] | None:
    found = [(p, box) for p in where if page is None or p[0].page == page if (box := p[0].box_of(p[1], p[2]))]
    if not found or near is None:
        return found[0] if found else None
    cx, cy = _centre(near)
    return min(found, key=lambda pb: abs(_centre(pb[1])[0] - cx) + abs(_centre(pb[1])[1] - cy))


def find_raw(view: View, raw: str, near: BBox | None = None, page: int | None = None) -> tuple[int, BBox] | None:
    """(page, box) of `raw` printed on a line (any spacing between its characters), nearest `near`."""
    chars = [c for c in nz.clean(raw) if not c.isspace()]
    if not chars:
        return None
    needle = re.compile(r"\s*".join(re.escape(c) for c in chars), re.I)
    got = _nearest([(t, m.start(), m.end()) for t in view.lines for m in needle.finditer(t.text)], near, page)
    return (got[0][0].page, got[1]) if got else None


def find_value(
    view: View, vtype: str, value: str, near: BBox | None = None, page: int | None = None, order: str = "dmy"
) -> tuple[str, int, BBox] | None:
    """(printed text, page, box) of a printed form of the normalized `value` of type `vtype`, nearest `near`."""
    where: list[Place] = []
    for t in view.lines:
        if vtype in ("money", "number", "percent"):
            for a in vl.find_amounts(t.text, "number" if vtype == "percent" else vtype):  # type: ignore[arg-type]
                if (a.money if vtype == "money" else vl.number_str(a.value)) == value:
                    s, e = a.figures_at or (a.start, a.end)
                    where.append((t, s, e))
        elif vtype == "date":
            where += [(t, s, e) for s, e, iso in vl.find_dates(t.text, order) if iso == value]
    got = _nearest(where, near, page)
    if got is None:
        hit = find_raw(view, value, near, page)
        return (value, *hit) if hit else None
    (line, s, e), box = got
    return line.text[s:e], line.page, box
