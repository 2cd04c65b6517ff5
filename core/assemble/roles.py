"""A block's role on the page: labels and legends joined to their figure, an equation's number and a caption's
label joined to their block, and running headers, footers and page numbers marked (kept out of the Markdown
body)."""

from __future__ import annotations

import re

from ..config import LayoutSettings
from ..document import BBox, union_bbox
from .cues import _SECTION
from .rows import CONTAINER_TYPES, _Blk, _median, _rows, _x_overlap

_CAPTION_LABEL = re.compile(r"^(fig(ure)?|table|tab)\.?\s*(\d{1,3}|[IVX]{1,5})[.:]?$", re.IGNORECASE)
_EQ_NUMBER = re.compile(r"^\(\s*\d{1,3}[a-z]?\s*\)$")


def _absorb_figure_labels(blocks: list[_Blk], body_h: float) -> list[_Blk]:
    """Axis labels and legends just outside a figure box (short fragments, no sentences) are part of it."""
    figures = [b for b in blocks if b.type == "figure"]
    if not figures:
        return blocks
    changed = True
    while changed:
        changed = False
        for b in blocks:
            if not (b.type in {"text", "list"} or b.inferred_title) or not b.lines:
                continue
            rows = _rows(b.lines)
            for f in figures:
                fw = f.bbox[2] - f.bbox[0]
                inside_x = b.bbox[0] >= f.bbox[0] - body_h and b.bbox[2] <= f.bbox[2] + body_h
                gap = max(b.bbox[1] - f.bbox[3], f.bbox[1] - b.bbox[3], 0.0)
                fragments = len(rows) <= 4 and all(r.bbox[2] - r.bbox[0] < 0.4 * fw for r in rows)
                # rows of a text column a figure box runs over are not labels: 4+ words a row
                fragments = fragments and sum(len(r.text.split()) for r in rows) < 4 * len(rows)
                if inside_x and gap < 1.0 * body_h and fragments and not b.lines[-1].text.endswith("."):
                    f.lines = f.lines + b.lines
                    f.bbox = union_bbox([f.bbox, b.bbox])
                    b.lines = []
                    changed = True
                    break
    return [b for b in blocks if b.lines or b.type in CONTAINER_TYPES]


_PAGE_NUMBER = re.compile(r"^\s*[-–—]?\s*\d{1,4}\s*[-–—]?\s*$|^\s*(page\s+)?\d{1,4}\s*(of|/)\s*\d{1,4}\s*$", re.I)


def _join_labels(blocks: list[_Blk], body_h: float) -> list[_Blk]:
    """Two kinds of fragment read with their neighbour: an equation's number `(12)` at the right end of the
    equation's row, and a caption's label set on a line of its own (`TABLE IV` over the caption's words)."""
    kinds = {"text", "title", "equation", "reference", "figure_caption", "table_caption"}
    for b in blocks:
        if b.type not in kinds or not b.lines:
            continue
        text = " ".join(ln.text for ln in b.lines).strip()
        target = None
        if _EQ_NUMBER.match(text):
            row = [o for o in blocks if o is not b and o.type in kinds and o.lines and o.bbox[2] <= b.bbox[0] + 1]
            row = [
                o for o in row if min(o.bbox[3], b.bbox[3]) - max(o.bbox[1], b.bbox[1]) > 0.5 * (b.bbox[3] - b.bbox[1])
            ]
            target = max(row, key=lambda o: o.bbox[2], default=None)
        elif _CAPTION_LABEL.match(text) and len(b.lines) == 1:
            below = [
                o for o in blocks
                if o is not b and o.type in kinds and o.lines and 0 <= o.bbox[1] - b.bbox[3] < 1.0 * body_h
                and _x_overlap(o.bbox, b.bbox) > 0.8
            ]  # fmt: skip
            target = min(below, key=lambda o: o.bbox[1], default=None)
            if target is not None:
                target.type = "text"  # a caption (PubLayNet counts captions as text)
        if target is not None:
            target.lines = target.lines + b.lines
            target.bbox = union_bbox([target.bbox, b.bbox])
            b.lines = []
    return [b for b in blocks if b.lines or b.type in CONTAINER_TYPES]


def _mark_margins(blocks: list[_Blk], page: BBox, cfg: LayoutSettings, body_h: float) -> None:
    """Small text blocks alone in the top/bottom band, set off from the body by white space, are running
    headers/footers (journal names, page numbers)."""
    top, bottom = page[1], page[3]
    height = max(bottom - top, 1.0)
    band = cfg.margin_share * height
    for b in blocks:
        if not (b.type in {"text", "reference"} or b.inferred_title) or not b.lines:
            continue
        rows = _rows(b.lines)
        if b.type == "reference" and _PAGE_NUMBER.match(rows[0].text) is None:
            continue
        n_words = len(" ".join(r.text for r in rows).split())
        if len(rows) > 2 or n_words > (12 if len(rows) == 1 else 8):
            continue
        if _median([r.h for r in rows], body_h) > 1.4 * body_h:
            continue  # set larger than the body: a document title at the top, not a running head
        cy = (b.bbox[1] + b.bbox[3]) / 2
        rest = [o for o in blocks if o is not b and o.type not in {"header", "footer"}]
        # Further in than the band: a page number alone at the foot or head, or one small row over the body with
        # more white space under it than a heading has (a running head set low).
        if len(rows) == 1 and (cy - top < 2 * band or bottom - cy < 2 * band):
            number = _PAGE_NUMBER.match(rows[0].text) is not None
            at_top = cy - top < 2 * band
            if at_top:
                free = not any(o.bbox[3] <= b.bbox[1] for o in rest)
                gap = min((o.bbox[1] - b.bbox[3] for o in rest if o.bbox[1] > cy), default=10 * body_h)
            else:
                free = not any(o.bbox[1] >= b.bbox[3] for o in rest)
                gap = min((b.bbox[1] - o.bbox[3] for o in rest if o.bbox[3] < cy), default=10 * body_h)
            # a running head set low: in the top 1.5 bands, not a numbered heading, white space under it
            head = at_top and cy - top < 1.5 * band and not _SECTION.match(rows[0].text)
            small = head and rows[0].h <= 1.2 * body_h and n_words <= 10 and gap >= 1.5 * body_h
            if free and ((number and gap >= 0.8 * body_h) or small):
                b.type = "header" if at_top else "footer"
                continue
        # A block on the same row (the page number beside a journal name) is beside it, neither below nor above.
        if cy - top < band:
            below = [o.bbox[1] - b.bbox[3] for o in rest if o.bbox[1] >= b.bbox[1] and o.bbox[1] > cy]
            if not any(o.bbox[3] <= b.bbox[1] for o in rest) and min(below, default=body_h) >= 0.8 * body_h:
                b.type = "header"
        elif bottom - cy < band:
            above = [b.bbox[1] - o.bbox[3] for o in rest if o.bbox[3] <= b.bbox[3] and o.bbox[3] < cy]
            if not any(o.bbox[1] >= b.bbox[3] for o in rest) and min(above, default=body_h) >= 0.8 * body_h:
                b.type = "footer"
