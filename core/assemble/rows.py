"""Rows of lines and the working block record every assembly step passes on, and the geometry they share."""

from __future__ import annotations

import itertools
import statistics
from dataclasses import dataclass, field

from ..document import BBox, Line, union_bbox

# Region classes whose lines are read as running text (the others keep their lines as they are).
TEXT_TYPES = {"text", "title", "list", "figure_caption", "table_caption", "header", "footer", "reference", "equation"}
CONTAINER_TYPES = {"table", "figure", "seal"}


@dataclass
class _Row:
    lines: list[Line]
    bbox: BBox

    @property
    def h(self) -> float:
        return self.bbox[3] - self.bbox[1]

    @property
    def text(self) -> str:
        return " ".join(ln.text for ln in self.lines)


@dataclass
class _Blk:
    type: str
    bbox: BBox
    score: float | None
    lines: list[Line] = field(default_factory=list)
    region: bool = True  # came from a detected region (False: built from lines outside every region)
    origin: str = ""  # the detector's class ("" when built from lines outside every region)

    @property
    def inferred_title(self) -> bool:
        """A title by the text rules alone: still open to being a running head or a figure label."""
        return self.type == "title" and self.origin != "title"


def _area(b: BBox) -> float:
    return max(0.0, b[2] - b[0]) * max(0.0, b[3] - b[1])


def _inter(a: BBox, b: BBox) -> float:
    return max(0.0, min(a[2], b[2]) - max(a[0], b[0])) * max(0.0, min(a[3], b[3]) - max(a[1], b[1]))


def _y_overlap(a: BBox, b: BBox) -> float:
    """Vertical overlap as a share of the shorter box."""
    o = min(a[3], b[3]) - max(a[1], b[1])
    return max(0.0, o) / max(min(a[3] - a[1], b[3] - b[1]), 1e-6)


def _x_overlap(a: BBox, b: BBox) -> float:
    """Horizontal overlap as a share of the narrower box."""
    o = min(a[2], b[2]) - max(a[0], b[0])
    return max(0.0, o) / max(min(a[2] - a[0], b[2] - b[0]), 1e-6)


def _tabular(lines: list[Line]) -> bool:
    """Lines laid out as a grid: most rows hold several pieces of text separated by wide gaps."""
    rows = _rows(lines)
    if len(rows) < 3:
        return False
    multi = 0
    for r in rows:
        gaps = [b.bbox[0] - a.bbox[2] for a, b in itertools.pairwise(r.lines)]
        multi += any(g > 1.0 * r.h for g in gaps)
    return multi >= 0.4 * len(rows)


def _prose_rows(lines: list[Line], box: BBox) -> bool:
    """Lines that fill a box as rows of running text: two or more rows, most as wide as the box and of several
    words (a figure's labels are short and scattered)."""
    rows = _rows(lines)
    width = max(box[2] - box[0], 1e-6)
    # A row of words: four or more, or as many letters as a narrow column's row of two or three long words holds
    # (a magazine's or bulletin's column; a row of Chinese has no spaces at all).
    full = [
        r
        for r in rows
        if r.bbox[2] - r.bbox[0] >= 0.7 * width and (len(r.text.split()) >= 4 or len(r.text.replace(" ", "")) >= 16)
    ]
    return len(rows) >= 2 and len(full) >= 0.6 * len(rows) and _wordy(" ".join(r.text for r in rows))


def _wordy(text: str) -> bool:
    """At least half of the characters (spaces aside) are letters: words, not a number, code or amount."""
    return 2 * sum(ch.isalpha() for ch in text) >= len(text.replace(" ", ""))


def _rows(lines: list[Line]) -> list[_Row]:
    """Lines -> rows (pieces of text side by side on one baseline, e.g. table cells), top to bottom."""
    rows: list[_Row] = []
    for ln in sorted(lines, key=lambda ln: (ln.bbox[1] + ln.bbox[3]) / 2):
        h = ln.bbox[3] - ln.bbox[1]
        if rows:
            last = rows[-1]
            ov = min(last.bbox[3], ln.bbox[3]) - max(last.bbox[1], ln.bbox[1])
            beside = all(_x_overlap(ln.bbox, o.bbox) < 0.3 for o in last.lines)
            if ov > 0.5 * min(h, last.h) and beside:
                last.lines.append(ln)
                last.bbox = union_bbox([last.bbox, ln.bbox])
                continue
        rows.append(_Row([ln], ln.bbox))
    for r in rows:
        r.lines.sort(key=lambda ln: ln.bbox[0])
    return rows


def _median(values: list[float], default: float) -> float:
    return statistics.median(values) if values else default


def _differ(a: float, b: float) -> bool:
    return abs(a - b) > 0.35 * max(a, b)
