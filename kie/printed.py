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


def _near(where: list[tuple[TLine, int, int]], near: BBox | None, page: int | None) -> tuple[int, BBox] | None:
    boxes = [(ln.page, ln.box_of(s, e)) for ln, s, e in where if page is None or ln.page == page]
    found = [(p, b) for p, b in boxes if b is not None]
    if not found:
        return None
    if near is None:
        return found[0]  # type: ignore[return-value]
    cx, cy = (near[0] + near[2]) / 2, (near[1] + near[3]) / 2
    return min(found, key=lambda pb: abs((pb[1][0] + pb[1][2]) / 2 - cx) + abs((pb[1][1] + pb[1][3]) / 2 - cy))  # type: ignore[index,return-value]


def find_raw(view: View, raw: str, near: BBox | None = None, page: int | None = None) -> tuple[int, BBox] | None:
    """(page, box) of `raw` printed on a line (any spacing between its characters), nearest `near`."""
    chars = [c for c in nz.clean(raw) if not c.isspace()]
    if not chars:
        return None
    needle = re.compile(r"\s*".join(re.escape(c) for c in chars), re.I)
    where = [(t, m.start(), m.end()) for t in view.lines for m in needle.finditer(t.text)]
    return _near(where, near, page)


def find_value(
    view: View, vtype: str, value: str, near: BBox | None = None, page: int | None = None, order: str = "dmy"
) -> tuple[str, int, BBox] | None:
    """(printed text, page, box) of a printed form of the normalized `value` of type `vtype`, nearest `near`."""
    where: list[tuple[TLine, int, int]] = []
    for t in view.lines:
        if vtype in ("money", "number", "percent"):
            for a in vl.find_amounts(t.text, "number" if vtype == "percent" else vtype):  # type: ignore[arg-type]
                if (a.money if vtype == "money" else vl.number_str(a.value)) == value:
                    s, e = a.figures_at or (a.start, a.end)
                    where.append((t, s, e))
        elif vtype == "date":
            where += [(t, s, e) for s, e, iso in vl.find_dates(t.text, order) if iso == value]
    got = _near(where, near, page)
    if got is None:
        hit = find_raw(view, value, near, page)
        return (value, *hit) if hit else None
    pg, box = got
    line, s, e = next((ln, s, e) for ln, s, e in where if ln.page == pg and ln.box_of(s, e) == box)
    return line.text[s:e], pg, box
