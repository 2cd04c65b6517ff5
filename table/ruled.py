"""Ruled tables: when every cell is drawn (a full grid of rules), the rules give the structure exactly.

Horizontal and vertical rules are found by morphology (opening with long thin kernels); the cells are the
connected regions the rules enclose, and each region's rows/columns are the rule positions it spans. A table
that is not fully ruled (PubTabNet's usual three rules, open layouts) yields None and SLANet's structure stands.
"""

from __future__ import annotations

import re
from dataclasses import replace

import cv2
import numpy as np

from .cells import _goes_on
from .slanet import CellSpec


def _positions(profile: np.ndarray, min_gap: int) -> list[int]:
    """Centres of runs of True in a 1-D profile; runs closer than `min_gap` merge."""
    idx = np.flatnonzero(profile)
    if idx.size == 0:
        return []
    groups: list[list[int]] = [[int(idx[0])]]
    for i in idx[1:]:
        if i - groups[-1][-1] <= min_gap:
            groups[-1].append(int(i))
        else:
            groups.append([int(i)])
    return [round((g[0] + g[-1]) / 2) for g in groups]


def ruled_grid(image: np.ndarray, min_cells: int = 4) -> tuple[list[CellSpec], int] | None:
    """Cells (token order: row-major by top-left) and the row count of a fully ruled table, else None.

    Boxes are in `image` pixels; `header` is left False (the caller decides)."""
    gray = cv2.cvtColor(image, cv2.COLOR_BGR2GRAY) if image.ndim == 3 else image
    h, w = gray.shape
    if h < 20 or w < 20:
        return None
    binary = cv2.adaptiveThreshold(gray, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, 15, 10)
    horiz = cv2.morphologyEx(binary, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (max(w // 15, 10), 1)))
    # Rules that run across most of the table are the row/column lines; partial ones end at merged cells.
    ys = _positions(horiz.sum(axis=1) > 0.2 * 255 * w, 3)
    # A column rule crosses at least one whole row; letter stems (a third of a row) stacked in a short table
    # would otherwise read as rules.
    row = int(0.6 * min(np.diff(ys))) if len(ys) > 1 else 0
    vert = cv2.morphologyEx(
        binary, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, max(h // 15, 10, row)))
    )
    xs = _positions(vert.sum(axis=0) > 0.2 * 255 * h, 3)
    if len(ys) < 3 or len(xs) < 3:
        return None
    _close_short_rules(vert, xs, ys)
    # A row rule cut short by merged cells on both sides (the 序号 cell between a 类别 cell merged down its rows and
    # the table's edge) is shorter than the long kernel: at the rows the long rules found, shorter runs close cells.
    short = cv2.morphologyEx(binary, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (max(w // 60, 8), 1)))
    at_rows = np.zeros_like(short)
    for y in ys:
        at_rows[max(0, y - 2) : y + 3, :] = 255
    horiz = cv2.bitwise_or(horiz, cv2.bitwise_and(short, at_rows))
    x_lo, x_hi, y_lo, y_hi = xs[0], xs[-1], ys[0], ys[-1]
    # The outer frame must be drawn on all four sides for the table to count as fully ruled.
    if (x_hi - x_lo) < 0.5 * w or (y_hi - y_lo) < 0.5 * h:
        return None
    grid = cv2.dilate(cv2.bitwise_or(horiz, vert), np.ones((3, 3), np.uint8))
    inside = np.zeros_like(grid)
    inside[y_lo : y_hi + 1, x_lo : x_hi + 1] = 255
    free = cv2.bitwise_and(cv2.bitwise_not(grid), inside)
    n, _labels, stats, _ = cv2.connectedComponentsWithStats(free, connectivity=4)
    cells = []
    covered = 0
    for i in range(1, n):
        x, y, cw, ch, _area = (int(v) for v in stats[i])
        if cw < 4 or ch < 4:
            continue
        covered += cw * ch
        r0 = _index(ys, y)
        r1 = _index(ys, y + ch)
        c0 = _index(xs, x)
        c1 = _index(xs, x + cw)
        if r1 <= r0 or c1 <= c0:
            return None
        cells.append((r0, c0, r1 - r0, c1 - c0, (float(x), float(y), float(x + cw), float(y + ch))))
    n_rows, n_cols = len(ys) - 1, len(xs) - 1
    # Every grid slot must belong to exactly one region, else the drawing is not a clean grid.
    slots = sum(rs * cs for _, _, rs, cs, _ in cells)
    if len(cells) < min_cells or slots != n_rows * n_cols or covered < 0.8 * (x_hi - x_lo) * (y_hi - y_lo):
        return None
    cells.sort(key=lambda c: (c[0], c[1]))
    specs = [CellSpec(rowspan=rs, colspan=cs, box=box, row_index=r) for r, _, rs, cs, box in cells]
    return specs, n_rows


def _close_short_rules(vert: np.ndarray, xs: list[int], ys: list[int]) -> None:
    """Column rules that stop a little short of the row rule they run to (a frame whose column rules end a few
    pixels above the closing rule, or a crop cut there) are drawn on to it: a rule ending inside a row closes no
    cell, and the cells either side would merge into one across the table. A gap of up to a quarter of that row."""
    h = vert.shape[0]
    for x in xs:
        band = vert[:, max(0, x - 1) : x + 2].max(axis=1)
        on = np.flatnonzero(band)
        if on.size == 0:
            continue
        for end, step in ((int(on.max()), 1), (int(on.min()), -1)):
            beyond = [y for y in ys if (y - end) * step > 2]
            if not beyond:
                continue
            target = min(beyond, key=lambda y: abs(y - end))
            inner = [y for y in ys if (end - y) * step >= 0]
            span = abs(target - (max(inner) if step > 0 else min(inner))) if inner else h
            if abs(target - end) <= 0.25 * span:
                lo, hi = sorted((end, target))
                vert[lo : hi + 1, x] = 255


def _index(positions: list[int], v: float) -> int:
    """Which rule a region edge sits at (the nearest one)."""
    return int(np.argmin([abs(p - v) for p in positions]))


def _text_lines(boxes: list[tuple[float, float, float, float]]) -> list[tuple[float, float]]:
    """Words grouped into text lines by their vertical centres: (top, bottom) of each line, top to bottom. A word
    reaching over the middle of the line above joins it (that line may be only a sliver: a dash read as a word)."""
    out: list[list[float]] = []
    for _x0, y0, _x1, y1 in sorted(boxes, key=lambda b: (b[1] + b[3]) / 2):
        cy = (y0 + y1) / 2
        if out and (cy <= out[-1][1] or y0 <= (out[-1][0] + out[-1][1]) / 2):
            out[-1][1] = max(out[-1][1], y1)
        else:
            out.append([y0, y1])
    return [(a, b) for a, b in out]


def _inside(box: tuple[float, float, float, float], columns: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """The column ranges lying within the x-extent of `box` (the whole box when there are none)."""
    found = [(a, b) for a, b in columns if a >= box[0] - 2 and b <= box[2] + 2]
    return found or [(box[0], box[2])]


MIN_LINE_PX = 14.0  # word height from which rows are cut at late-starting lines (invoice pages: 16-22 px)
_FIGURE = re.compile(r"^[^\w(]?[-−]?\d[\d,.]*%?$")  # an amount, a quantity, a rate; not `(n = 24)`


def _band_text(
    unit: list[tuple[float, float, float, float]], texts: list[str], bands: list[tuple[float, float]], k: int
) -> str:
    """The unit's words on text line `k`, left to right."""
    on = sorted((b[0], t) for b, t in zip(unit, texts, strict=True) if _band_of(bands, b) == k)
    return " ".join(t for _, t in on)


def _band_of(bands: list[tuple[float, float]], b: tuple[float, float, float, float]) -> int:
    """The text line (of `bands`) holding the word's centre, else the nearest."""
    cy = (b[1] + b[3]) / 2
    return min(range(len(bands)), key=lambda k: 0.0 if bands[k][0] <= cy <= bands[k][1] else 1 + min(
        abs(cy - bands[k][0]), abs(cy - bands[k][1])))  # fmt: skip


def _late_starts(
    cells: list[CellSpec],
    n_rows: int,
    words: list[tuple[float, float, float, float]],
    keep: frozenset[int],
    texts: list[str] | None = None,
) -> tuple[list[CellSpec], int]:
    """Rows cut above a text line where some cell's text begins, when that line and the one above it each hold
    text in two cells or more: two rows the model read as one (a `Brought forward` row of a label and an amount
    over an item row whose code, quantity and price stand level with the item's line only). A description
    wrapping onto a second line beside one-line cells set at its top has a second line of one cell only; cells
    set at its middle begin on no line of the others. Each part is then looked at by `split_text_rows`."""
    out: list[CellSpec] = []
    shift = 0
    columns = sorted({(c.box[0], c.box[2]) for c in cells if c.colspan == 1})
    tops = {r: min((c.box[1] for c in cells if c.row_index == r), default=None) for r in range(n_rows)}
    for r in range(n_rows):
        row = [c for c in cells if c.row_index == r]
        spanning = any(c.rowspan > 1 for c in cells if c.row_index <= r < c.row_index + c.rowspan)
        # Only rows under the header rows the model read, so that the indices in `keep` stay as they are.
        if r <= max(keep, default=-1) or spanning or not row:
            out.extend(replace(c, row_index=c.row_index + shift) for c in row)
            continue
        top = min(c.box[1] for c in row)
        bottom = max(c.box[3] for c in row)
        below = tops.get(r + 1)
        reach = bottom if below is None else max(bottom, below)
        inside = [i for i, b in enumerate(words) if top <= (b[1] + b[3]) / 2 <= reach]
        units = [u for c in row for u in ([(c.box[0], c.box[2])] if c.colspan == 1 else _inside(c.box, columns))]
        per_idx = [[i for i in inside if x0 <= (words[i][0] + words[i][2]) / 2 <= x1] for x0, x1 in units]
        per_unit = [[words[i] for i in u] for u in per_idx]
        per_text = [[texts[i] if texts else "" for i in u] for u in per_idx]
        bands = _text_lines([b for u in per_unit for b in u])
        cuts: list[float] = []
        # Only in print of a page's size: in small crops (PubTabNet-like, 8-11 px type) a cell's wrapped figures
        # and a row's lines stand alike, and the model's rows are the better guess there.
        heights = [b[3] - b[1] for u in per_unit for b in u]
        if len(bands) >= 2 and float(np.median(heights)) >= MIN_LINE_PX:
            on = [{_band_of(bands, b) for b in u} for u in per_unit]
            first = [min(s) if s else -1 for s in on]
            figs = [{_band_of(bands, b) for b, t in zip(u, ut, strict=True) if _FIGURE.match(t)}
                    for u, ut in zip(per_unit, per_text, strict=True)]  # fmt: skip
            for k in range(len(bands) - 1):
                upper = sum(k in s for s in on)
                lower = sum(k + 1 in s for s in on)
                # A cell beginning on the lower line stands level with it, not midway between the two (a label
                # set at the middle of a row whose figures wrap).
                centre, mid = sum(bands[k + 1]) / 2, (sum(bands[k]) + sum(bands[k + 1])) / 4
                starts = [u for u, f in zip(per_unit, first, strict=True) if f == k + 1]
                late = bool(starts) and all(
                    abs((b[1] + b[3]) / 2 - centre) < abs((b[1] + b[3]) / 2 - mid) for u in starts for b in u
                )
                # The first row with no header read: a line of headings (no figure) over a line of figures.
                heads = r == 0 and not keep and k == 0 and not any(0 in f for f in figs)
                heads = heads and sum(1 in f for f in figs) >= max(2, lower // 2) and upper >= 3
                # A cell whose text on the upper line visibly goes on below (`4054.34 ±` / `984.21`, `1.93` /
                # `(0.93-2.36)`, `Disease-` / `free`) is one cell wrapped: the row stays whole.
                wraps = any(
                    _goes_on(_band_text(u, ut, bands, k), _band_text(u, ut, bands, k + 1))
                    for u, ut in zip(per_unit, per_text, strict=True)
                )
                if upper >= 2 and lower >= 2 and (late or heads) and not wraps:
                    cuts.append((bands[k][1] + bands[k + 1][0]) / 2)
        edges = [top, *cuts, bottom]
        for k in range(len(edges) - 1):
            out.extend(
                replace(c, row_index=r + shift + k, box=(c.box[0], edges[k] if k else c.box[1], c.box[2],
                                                         edges[k + 1] if k + 1 < len(edges) - 1 else c.box[3]))
                for c in row
            )  # fmt: skip
        shift += len(cuts)
    return out, n_rows + shift


def split_text_rows(
    cells: list[CellSpec],
    n_rows: int,
    words: list[tuple[float, float, float, float]],
    keep: frozenset[int] = frozenset(),
    share: float = 0.6,
    texts: list[str] | None = None,
) -> tuple[list[CellSpec], int]:
    """Rows the rules (or the structure model) left out: where a row holds the same several text lines side by
    side in most of its cells (`share` of those with text, two at least: items of an invoice boxed only by the
    column rules), it is cut between those lines. A cell whose text wraps onto a second line beside one-line cells
    keeps its row, and so do the rows in `keep` (header rows the model read: headings wrap in every cell)."""
    cells, n_rows = _late_starts(cells, n_rows, words, keep, texts)
    out: list[CellSpec] = []
    shift = 0
    columns = sorted({(c.box[0], c.box[2]) for c in cells if c.colspan == 1})
    tops = {r: min((c.box[1] for c in cells if c.row_index == r), default=None) for r in range(n_rows)}
    bottoms = {r: max((c.box[3] for c in cells if c.row_index == r), default=None) for r in range(n_rows)}
    for r in range(n_rows):
        row = [c for c in cells if c.row_index == r]
        top, bottom = tops[r] or 0.0, bottoms[r] or 0.0
        # A predicted row may be drawn over its first line only: its words reach down to the next row.
        below = tops.get(r + 1)
        reach = float("inf") if below is None else max(bottom, below)
        inside = [b for b in words if top <= (b[1] + b[3]) / 2 <= reach]
        if inside:
            bottom = max(bottom, min(reach, max(b[3] for b in inside)))
        # A cell spanning columns (no column rules below a ruled header) is looked at column by column.
        units = [u for c in row for u in ([(c.box[0], c.box[2])] if c.colspan == 1 else _inside(c.box, columns))]
        per_unit = [_text_lines([b for b in inside if x0 <= (b[0] + b[2]) / 2 <= x1]) for x0, x1 in units]
        filled = sum(bool(u) for u in per_unit)
        # The row's lines are those most of its columns agree on, not all its words pooled: one box OCR read
        # over the figures of several rows (a tall box) would join those rows' lines in the pool.
        counts = [len(u) for u in per_unit if u]
        n_lines = max(set(counts), key=lambda k: (counts.count(k), k)) if counts else 0
        agree = [u for u in per_unit if len(u) == n_lines]
        multi = len(agree)
        spanning = any(c.rowspan > 1 for c in cells if c.row_index <= r < c.row_index + c.rowspan)
        if r in keep or n_lines < 2 or multi < max(2, share * filled) or spanning:
            out.extend(replace(c, row_index=c.row_index + shift) for c in row)
            continue
        mids = [float(np.median([(u[k][1] + u[k + 1][0]) / 2 for u in agree])) for k in range(n_lines - 1)]
        # A cell of one line set midway between the lines (beside cells that wrap) keeps the row whole; a box
        # much taller than a line is OCR's merge of several rows and says nothing.
        tall = 1.5 * float(np.median([b[3] - b[1] for b in inside]))
        fewer = [
            b
            for x0, x1 in units
            for mine in [[b for b in inside if x0 <= (b[0] + b[2]) / 2 <= x1]]
            if len(_text_lines(mine)) == 1
            for b in mine
            if b[3] - b[1] <= tall
        ]
        if any(abs(m - (b[1] + b[3]) / 2) < 0.2 * (b[3] - b[1]) for b in fewer for m in mids):
            out.extend(replace(c, row_index=c.row_index + shift) for c in row)
            continue
        cuts = [top, *mids, bottom]
        for k in range(n_lines):
            out.extend(replace(c, row_index=r + shift + k, box=(c.box[0], cuts[k], c.box[2], cuts[k + 1])) for c in row)
        shift += n_lines - 1
    return out, n_rows + shift
