"""Ruled tables: when every cell is drawn (a full grid of rules), the rules give the structure exactly.

Horizontal and vertical rules are found by morphology (opening with long thin kernels); the cells are the
connected regions the rules enclose, and each region's rows/columns are the rule positions it spans. A table
that is not fully ruled (PubTabNet's usual three rules, open layouts) yields None and SLANet's structure stands.
"""

from __future__ import annotations

import cv2
import numpy as np

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


def _index(positions: list[int], v: float) -> int:
    """Which rule a region edge sits at (the nearest one)."""
    return int(np.argmin([abs(p - v) for p in positions]))
