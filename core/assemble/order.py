"""Reading order: recursive XY-cut that keeps multi-column bands together; headers first, footers last; vertical
writing read right to left."""

from __future__ import annotations

from ..document import BBox, Line
from .rows import _Blk, _rows


def _has_v_cut(boxes: list[BBox], min_gap: float) -> float | None:
    """x of a vertical gap separating the boxes into left and right groups (None if there is none)."""
    spans = sorted((b[0], b[2]) for b in boxes)
    reach = spans[0][1]
    best: tuple[float, float] | None = None
    for x0, x1 in spans[1:]:
        if x0 - reach >= min_gap and (best is None or x0 - reach > best[0]):
            best = (x0 - reach, (x0 + reach) / 2)
        reach = max(reach, x1)
    return None if best is None else best[1]


def _xy_order(items: list[tuple[BBox, int]], min_gap: float) -> list[int]:
    """Recursive XY-cut: columns left to right when a vertical gap splits the set; otherwise horizontal bands,
    where consecutive bands that still split into the same columns stay together (two-column text is read
    column by column, a full-width figure or title in between starts a new band)."""
    if len(items) <= 1:
        return [i for _, i in items]
    cut = _has_v_cut([b for b, _ in items], min_gap)
    if cut is not None:
        left = [it for it in items if (it[0][0] + it[0][2]) / 2 < cut]
        right = [it for it in items if (it[0][0] + it[0][2]) / 2 >= cut]
        if left and right:
            return _xy_order(left, min_gap) + _xy_order(right, min_gap)
    # Horizontal bands at every y gap.
    srt = sorted(items, key=lambda it: it[0][1])
    bands: list[list[tuple[BBox, int]]] = [[srt[0]]]
    bottom = srt[0][0][3]
    for it in srt[1:]:
        if it[0][1] >= bottom - 1.0:
            bands.append([it])
        else:
            bands[-1].append(it)
        bottom = max(bottom, it[0][3])
    if len(bands) == 1:
        return [i for _, i in sorted(items, key=lambda it: (it[0][1], it[0][0]))]
    merged: list[list[tuple[BBox, int]]] = [bands[0]]
    for band in bands[1:]:
        both = merged[-1] + band
        if len(merged[-1]) > 1 and len(band) >= 1 and _has_v_cut([b for b, _ in both], min_gap) is not None:
            merged[-1] = both
        else:
            merged.append(band)
    if len(merged) == 1:
        merged = bands
    out: list[int] = []
    for band in merged:
        out.extend(_xy_order(band, min_gap))
    return out


def _mirror(b: BBox) -> BBox:
    return (-b[2], b[1], -b[0], b[3])


def _reading_order(blocks: list[_Blk], body_h: float, right_to_left: bool = False) -> list[_Blk]:
    """Headers, the body by XY-cut, footers; `right_to_left` (vertical writing) reads the columns from the right."""
    headers = sorted((b for b in blocks if b.type == "header"), key=lambda b: (b.bbox[1], b.bbox[0]))
    footers = sorted((b for b in blocks if b.type == "footer"), key=lambda b: (b.bbox[1], b.bbox[0]))
    body = [b for b in blocks if b.type not in {"header", "footer"}]
    flip = _mirror if right_to_left else (lambda b: b)
    order = _xy_order([(flip(b.bbox), i) for i, b in enumerate(body)], min_gap=max(2.0, 0.3 * body_h))
    return headers + [body[i] for i in order] + footers


def _line_order(lines: list[Line]) -> list[Line]:
    if lines and sum(ln.vertical for ln in lines) > 0.5 * len(lines):
        # Vertical writing: each line is a column, read from the rightmost; a column continues below itself.
        return sorted(
            lines,
            key=lambda ln: (-round((ln.bbox[0] + ln.bbox[2]) / 2 / max(ln.bbox[2] - ln.bbox[0], 1.0)), ln.bbox[1]),
        )
    return [ln for r in _rows(lines) for ln in r.lines]
