"""Columns checked against the words: column edges moved to the gaps, columns split at a gap or joined where
they interleave, figures glued across a column edge, and `regrid` (spanning cells whose words stand in separate
columns or rows cut), unused and blank edge columns dropped."""

from __future__ import annotations

import itertools
import re

import numpy as np

from docsense.core.document import Cell, union_bbox

from .cells import WordBox, _cx, _is_cjk, _line_index, _numeric, _on_line, _text_lines_y, cell_text


def _column_ranges(cells: list[Cell]) -> dict[int, tuple[float, float]]:
    """x-range of each grid column, from the cells that span one column only (median edges)."""
    edges: dict[int, list[tuple[float, float]]] = {}
    for c in cells:
        if c.colspan == 1:
            edges.setdefault(c.col, []).append((c.bbox[0], c.bbox[2]))
    return {k: (float(np.median([e[0] for e in v])), float(np.median([e[1] for e in v]))) for k, v in edges.items()}


def _units(cell: Cell, cols: dict[int, tuple[float, float]]) -> list[tuple[int, int, float, float]]:
    """The slots of a spanning cell: (column, colspan, x0, x1) per column whose range is known; a run of columns
    with no single-column cell anywhere (a header cell spanning them too) is one slot."""
    units: list[tuple[int, int, float, float]] = []
    missing: list[int] = []
    for k in range(cell.col, cell.col + cell.colspan + 1):
        if k < cell.col + cell.colspan and k not in cols:
            missing.append(k)
            continue
        if missing:
            lo = units[-1][3] if units else cell.bbox[0]
            hi = cols[k][0] if k in cols else cell.bbox[2]
            units.append((missing[0], len(missing), lo, hi))
            missing = []
        if k < cell.col + cell.colspan:
            units.append((k, 1, *cols[k]))
    return units


_GLUED_LEFT = re.compile(r"\d\.\d+$")


_GLUED_RIGHT = re.compile(r"^(0|[1-9]\d*)\.\d+\D*$")


def split_glued_figures(cells: list[Cell], words: list[list[WordBox]]) -> tuple[list[Cell], list[list[WordBox]]]:
    """Two decimal figures of neighbour cells OCR read as one token (`1.61–5.600.276`: a CI and the p value beside
    it, the p cell left empty) are cut where the token crosses into the empty neighbour: of the places that leave
    two figures (`5.60` | `0.276`, never a leading `00`), the one nearest the neighbour's edge."""
    at = {(c.row, c.col): i for i, c in enumerate(cells) if c.rowspan == 1 and c.colspan == 1}
    simple = set(at.values())
    for i, c in enumerate(cells):
        if not words[i] or c.header or i not in simple:
            continue
        for side in (1, -1):
            j = at.get((c.row, c.col + side))
            if j is None or words[j]:
                continue
            w = max(words[i], key=lambda w: side * w.box[2]) if side == 1 else min(words[i], key=lambda w: w.box[0])
            edge = cells[j].bbox[0] if side == 1 else cells[j].bbox[2]
            n = len(w.text)
            step = (w.box[2] - w.box[0]) / max(1, n)
            cuts = [k for k in range(1, n) if _GLUED_LEFT.search(w.text[:k]) and _GLUED_RIGHT.match(w.text[k:])]
            if not cuts or not (w.box[0] < edge < w.box[2] + step):
                continue
            k = min(cuts, key=lambda k: abs(w.box[0] + k * step - edge))
            x = w.box[0] + k * step
            a = WordBox(w.text[:k], (w.box[0], w.box[1], x, w.box[3]), w.line, w.pos, w.space_before)
            b = WordBox(w.text[k:], (x, w.box[1], w.box[2], w.box[3]), w.line, w.pos, True)
            keep, give = (a, b) if side == 1 else (b, a)
            words[i] = [keep if v is w else v for v in words[i]]
            words[j] = [give]
            cells[i] = c.model_copy(update={"text": cell_text(words[i])})
            cells[j] = cells[j].model_copy(update={"text": cell_text(words[j])})
            break
    return cells, words


def _split_spanning(cell: Cell, words: list[WordBox], cols: dict[int, tuple[float, float]]) -> list[Cell] | None:
    """A cell spanning columns whose words stand in separate columns, a column gap apart (a header row the model
    read as one cell: `Description Qty Unit Price Amount`) -> one cell per column; None when it is a real
    spanning cell (one phrase over the columns)."""
    units = _units(cell, cols)
    if cell.rowspan != 1 or len(words) < 2 or len(units) < 2:
        return None
    at: list[int] = []
    for w in words:
        cx = (w.box[0] + w.box[2]) / 2
        k = min(range(len(units)), key=lambda k: max(units[k][2] - cx, cx - units[k][3], 0.0))
        lo, hi = units[k][2], units[k][3]
        inside = min(w.box[2], hi) - max(w.box[0], lo)
        if inside < 0.7 * (w.box[2] - w.box[0]):
            return None  # the word straddles a column edge: text running over the columns
        at.append(k)
    if len(set(at)) < 2:
        return None
    order = sorted(range(len(words)), key=lambda i: words[i].box[0])
    height = max(w.box[3] - w.box[1] for w in words)
    ems = [(w.box[2] - w.box[0]) / len(w.text) for w in words if w.text and all(_is_cjk(ch) for ch in w.text)]
    if ems:  # CJK line boxes run taller than their square glyphs: a character's width is the type size
        height = min(height, float(np.median(ems)))
    for a, b in itertools.pairwise(order):
        if at[a] != at[b] and words[b].box[0] - words[a].box[2] < 1.5 * height:
            return None  # a word space, not a column gap
    out = []
    for k, (col, span, x0, x1) in enumerate(units):
        mine = [w for w, u in zip(words, at, strict=True) if u == k]
        box = (x0, cell.bbox[1], x1, cell.bbox[3])
        out.append(cell.model_copy(update={"col": col, "colspan": span, "bbox": box, "text": cell_text(mine)}))
    return out


# A column gap is at least this many word heights wide (a word space is under half of one); 1.2 rather than 1.5
# finds the narrow `#` row-number column beside the description on a turned scan.
CHANNEL_HEIGHTS = 1.2


def _channel(cell_words: list[list[WordBox]]) -> float | None:
    """x of a white channel down a column: a gap between the words of all its cells, `CHANNEL_HEIGHTS` word heights
    wide, with words on both sides in at least half of the filled cells (two at least); None when there is none."""
    ws = [w for cw in cell_words for w in cw]
    h = float(np.median([w.box[3] - w.box[1] for w in ws]))
    spans = sorted((w.box[0], w.box[2]) for w in ws)
    best: tuple[float, float] | None = None
    reach = spans[0][1]
    for x0, x1 in spans[1:]:
        if x0 - reach >= CHANNEL_HEIGHTS * h:
            x = (x0 + reach) / 2
            both = sum(any(_cx(w) < x for w in cw) and any(_cx(w) >= x for w in cw) for cw in cell_words)
            if both >= max(2, 0.5 * len(cell_words)) and (best is None or x0 - reach > best[1]):
                best = (x, x0 - reach)
        reach = max(reach, x1)
    return None if best is None else best[0]


def move_column_edges(cells: list[Cell], words: list[list[WordBox]]) -> tuple[list[Cell], list[list[WordBox]]]:
    """Two neighbour columns whose edge falls in a word space in half their rows (`1 Office | chair` on a slightly
    turned scan: the model's narrow `#` column took the description's first word), while a white channel runs
    down the two together -> their words are dealt again on either side of the channel."""
    n_cols = max(c.col + c.colspan for c in cells)
    for k in range(n_cols - 1):
        at = {(c.row, c.col): i for i, c in enumerate(cells) if c.colspan == 1 and c.rowspan == 1}
        pairs = [(i, at[(r, k + 1)]) for (r, c), i in at.items() if c == k and (r, k + 1) in at]
        both = [(i, j) for i, j in pairs if words[i] and words[j]]
        if len(both) < 2:
            continue
        h = float(np.median([w.box[3] - w.box[1] for i, j in both for w in words[i] + words[j]]))
        spaced = sum(min(w.box[0] for w in words[j]) - max(w.box[2] for w in words[i]) < h for i, j in both)
        if spaced < max(2, len(both) / 2):
            continue
        x = _channel([words[i] + words[j] for i, j in pairs if words[i] or words[j]])
        if x is None:
            continue
        cells, words = list(cells), list(words)
        for i, j in pairs:
            ws = sorted(words[i] + words[j], key=lambda w: w.box[0])
            left, right = [w for w in ws if _cx(w) < x], [w for w in ws if _cx(w) >= x]
            a, b = cells[i], cells[j]
            cells[i] = a.model_copy(update={"bbox": (a.bbox[0], a.bbox[1], x, a.bbox[3]), "text": cell_text(left)})
            cells[j] = b.model_copy(update={"bbox": (x, b.bbox[1], b.bbox[2], b.bbox[3]), "text": cell_text(right)})
            words[i], words[j] = left, right
    return cells, words


_FIGURE_WORD = re.compile(r"^[(\-+]?\d[\d.,]*\)?$")


def _unit_split(cells: list[Cell], words: list[list[WordBox]], k: int, header: list[bool]) -> float | None:
    """x between a right-aligned figure column and a left-aligned unit column side by side in column `k`, a cell
    padding apart (`Qty | UoM` over `6 | lot`, as close as a word space): the column's one heading is two words,
    every filled body cell a figure, a word of letters, or a figure then such a word; the figures end where the
    first heading word ends and the units start where the second starts (half a word height either way), in two
    rows or more. None when the column is no such pair."""
    col = [i for i, c in enumerate(cells) if c.col == k and c.colspan == 1 and c.rowspan == 1 and words[i]]
    head = [i for i in col if cells[i].row < len(header) and header[cells[i].row]]
    body = [i for i in col if i not in head]
    if len(head) != 1 or len(body) < 2:
        return None
    hw = sorted(words[head[0]], key=lambda w: w.box[0])
    if len(hw) != 2 or not all(ch.isalpha() or ch in ".()/" for w in hw for ch in w.text):
        return None
    h = float(np.median([w.box[3] - w.box[1] for i in col for w in words[i]]))
    fig_end, unit_start = hw[0].box[2], hw[1].box[0]
    pairs = 0
    for i in body:
        ws = sorted(words[i], key=lambda w: w.box[0])
        figs = [w for w in ws if _FIGURE_WORD.match(w.text)]
        units = [w for w in ws if w.text.isalpha()]
        if len(figs) + len(units) != len(ws) or len(figs) > 1 or len(units) > 1 or (figs + units)[0] is not ws[0]:
            return None
        if any(abs(w.box[2] - fig_end) > 0.5 * h for w in figs):
            return None
        if any(abs(w.box[0] - unit_start) > 0.5 * h for w in units):
            return None
        pairs += len(ws) == 2
    return (fig_end + unit_start) / 2 if pairs >= 2 else None


def split_columns(
    cells: list[Cell], words: list[list[WordBox]], bold: set[tuple[int, int]], header: list[bool] | None = None
) -> tuple[list[Cell], list[list[WordBox]], set[tuple[int, int]]]:
    """A column holding two columns of text (the model merged `Description | Qty` on a slightly turned scan): a
    white channel runs down it with words on both sides -> two columns; cells spanning it span one more. So is a
    column holding figures and their units side by side under two headings (`Qty UoM` over `6 lot`: `_unit_split`),
    whose gap is no wider than a word space."""
    n_cols = max(c.col + c.colspan for c in cells)
    k = 0
    while k < n_cols:
        filled = [words[i] for i, c in enumerate(cells) if c.col == k and c.colspan == 1 and words[i]]
        x = _channel(filled) if len(filled) >= 2 else None
        if x is None and header is not None:
            x = _unit_split(cells, words, k, header)
        if x is None:
            k += 1
            continue
        out_cells: list[Cell] = []
        out_words: list[list[WordBox]] = []
        for c, ws in zip(cells, words, strict=True):
            if c.col == k and c.colspan == 1:
                left = [w for w in ws if _cx(w) < x]
                right = [w for w in ws if _cx(w) >= x]
                out_cells.append(
                    c.model_copy(update={"bbox": (c.bbox[0], c.bbox[1], x, c.bbox[3]), "text": cell_text(left)})
                )
                out_cells.append(
                    c.model_copy(
                        update={"col": k + 1, "bbox": (x, c.bbox[1], c.bbox[2], c.bbox[3]), "text": cell_text(right)}
                    )
                )
                out_words += [left, right]
            elif c.col <= k < c.col + c.colspan:
                out_cells.append(c.model_copy(update={"colspan": c.colspan + 1}))
                out_words.append(ws)
            else:
                out_cells.append(c.model_copy(update={"col": c.col + (c.col > k)}))
                out_words.append(ws)
        bold = {(r, cc + (cc > k)) for r, cc in bold} | {(r, k + 1) for r, cc in bold if cc == k}
        cells, words = out_cells, out_words
        n_cols += 1
        k += 2
    return cells, words, bold


def merge_interleaved_columns(
    cells: list[Cell], words: list[list[WordBox]], bold: set[tuple[int, int]]
) -> tuple[list[Cell], list[list[WordBox]], set[tuple[int, int]]]:
    """Two neighbour columns that are one: no row has text in both, and their words stand over each other (the
    model cut a column of right-aligned figures in two and dealt its cells to either side, row by row: `税额` and
    `183.59` in one column, `98.66` in the next). Columns of a sparse table never share paper, and two columns each
    under a heading of its own are two, so they stay."""
    k = 0
    while k + 1 < max((c.col + c.colspan for c in cells), default=0):
        inside = [i for i, c in enumerate(cells) if c.col <= k + 1 and c.col + c.colspan > k]
        mine = [i for i in inside if cells[i].colspan == 1]
        over = all(cells[i].col <= k and cells[i].col + cells[i].colspan > k + 1 for i in inside if i not in mine)
        by_row: dict[int, list[int]] = {}
        for i in mine:
            by_row.setdefault(cells[i].row, []).append(i)
        aligned = all(len({cells[i].rowspan for i in g}) == 1 for g in by_row.values())
        filled = [i for i in mine if words[i] and cells[i].text]
        left = [i for i in filled if cells[i].col == k]
        right = [i for i in filled if cells[i].col == k + 1]
        rows_l = {r for i in left for r in range(cells[i].row, cells[i].row + cells[i].rowspan)}
        rows_r = {r for i in right for r in range(cells[i].row, cells[i].row + cells[i].rowspan)}
        # Each with a heading of its own: two columns, however the model placed the figures under them.
        headed = any(cells[i].header for i in left) and any(cells[i].header for i in right)
        if headed or not (over and aligned and left and right and len(filled) >= 3 and not rows_l & rows_r):
            k += 1
            continue
        lo_a, hi_a = min(w.box[0] for i in left for w in words[i]), max(w.box[2] for i in left for w in words[i])
        lo_b, hi_b = min(w.box[0] for i in right for w in words[i]), max(w.box[2] for i in right for w in words[i])
        if min(hi_a, hi_b) - max(lo_a, lo_b) < 0.5 * min(hi_a - lo_a, hi_b - lo_b):
            k += 1
            continue
        # One cell per row of the two: the filled one (else the left one), over both boxes.
        out = list(cells)
        drop: set[int] = set()
        new_bold = {(r, c) for r, c in bold if c != k + 1}
        for group in by_row.values():
            keep = next((i for i in group if cells[i].text), group[0])
            bs = [cells[i].bbox for i in group]
            box = (min(b[0] for b in bs), min(b[1] for b in bs), max(b[2] for b in bs), max(b[3] for b in bs))
            out[keep] = cells[keep].model_copy(update={"col": k, "bbox": box})
            if (cells[keep].row, cells[keep].col) in bold:
                new_bold.add((cells[keep].row, k))
            drop |= {i for i in group if i != keep}
        for i, c in enumerate(out):
            if i not in mine:
                spans = c.col <= k and c.col + c.colspan > k + 1
                out[i] = c.model_copy(update={"col": c.col - (c.col > k + 1), "colspan": c.colspan - spans})
        cells = [c for i, c in enumerate(out) if i not in drop]
        words = [w for i, w in enumerate(words) if i not in drop]
        bold = {(r, c - (c > k + 1)) for r, c in new_bold}
    return cells, words, bold


def merge_spaced_columns(
    cells: list[Cell], words: list[list[WordBox]], bold: set[tuple[int, int]]
) -> tuple[list[Cell], list[list[WordBox]], set[tuple[int, int]]]:
    """Two neighbour columns under one heading (its cell spans both, no other header cell over them) whose words
    sit a word space apart in every row filling both are one column the model cut at a space (`27 | Dec 2025`
    under `Date` on a statement). Sub-columns under one heading stand apart further and have headings of their
    own."""
    k = 0
    while k + 1 < max((c.col + c.colspan for c in cells), default=0):
        inside = [i for i, c in enumerate(cells) if c.col <= k + 1 and c.col + c.colspan > k]
        heads = [i for i in inside if cells[i].header]
        body = [i for i in inside if not cells[i].header]
        one_head = len(heads) == 1 and cells[heads[0]].col == k and cells[heads[0]].colspan == 2
        plain = all(cells[i].colspan == 1 and cells[i].rowspan == 1 for i in body)
        if not (one_head and plain and cells[heads[0]].text):
            k += 1
            continue
        at = {(cells[i].row, cells[i].col): i for i in body}
        pairs = [(i, at[(r, k + 1)]) for (r, c), i in at.items() if c == k and (r, k + 1) in at]
        both = [(i, j) for i, j in pairs if words[i] and words[j]]
        gaps = [min(w.box[0] for w in words[j]) - max(w.box[2] for w in words[i]) for i, j in both]
        h = float(np.median([w.box[3] - w.box[1] for i, j in both for w in words[i] + words[j]])) if both else 0.0
        if len(both) < 2 or len(both) < 0.5 * len(pairs) or not all(-0.5 * h < g < h for g in gaps):
            k += 1
            continue
        out: list[Cell] = []
        out_words: list[list[WordBox]] = []
        paired = {j: i for i, j in pairs}
        merged = {i: j for i, j in pairs}
        for n, (c, ws) in enumerate(zip(cells, words, strict=True)):
            if n in paired:
                continue
            if n in merged:
                o = cells[merged[n]]
                ws = sorted(ws + words[merged[n]], key=lambda w: w.box[0])
                c = c.model_copy(update={"bbox": union_bbox([c.bbox, o.bbox]), "text": cell_text(ws)})
            elif c.col <= k and c.col + c.colspan > k + 1:
                c = c.model_copy(update={"colspan": c.colspan - 1})
            elif c.col > k:
                c = c.model_copy(update={"col": c.col - 1})
            out.append(c)
            out_words.append(ws)
        cells, words = out, out_words
        bold = {(r, c - (c > k)) for r, c in bold}
    return cells, words, bold


def _split_rowspan(cell: Cell, words: list[WordBox], ys: dict[int, list[tuple[float, float]]]) -> list[Cell] | None:
    """A cell spanning rows whose text does not span them: a header cell each of whose text lines stands on the
    text line of one of its rows, level with that row's other cells (`Placebo` over `Mean ± SD` read as one header
    cell over two rows), or a figure whose one line sits on its first or last row, not across the middle of the
    span (stretched down by the model) -> one cell per row. A label centred over its rows, and body text wrapped
    over them, are left spanning."""
    if not words:
        return None
    rows = range(cell.row, cell.row + cell.rowspan)
    lines = _text_lines_y(words)
    at: list[int] = []
    # A cell spanning three rows or more down from the table's first row (a heading merged into the body cells
    # under it, which no table prints; a stub heading spans the header rows only, two as a rule) also splits where
    # its lines stand on rows, a line on none going on the row of the line above (a goods name wrapped in its
    # narrow column).
    top = cell.row == 0 and cell.rowspan >= 3 and len(lines) > 1
    for line in lines:
        hits = [r for r in rows if _on_line([line], ys.get(r, []))]
        if top and not hits and at:
            at.append(at[-1])
            continue
        if len(hits) != 1 or (at and hits[0] in at):
            return None
        at.append(hits[0])
    if len(lines) == 1:
        mid = (cell.bbox[1] + cell.bbox[3]) / 2
        if not _numeric(cell.text) or at[0] not in (rows[0], rows[-1]) or lines[0][0] <= mid <= lines[0][1]:
            return None
    elif not (cell.header or top):
        return None
    out = []
    for r in rows:
        band = ys.get(r, [])
        top = min((y0 for y0, _ in band), default=cell.bbox[1])
        bottom = max((y1 for _, y1 in band), default=cell.bbox[3])
        mine = [w for w in words if at[_line_index(lines, w)] == r]
        box = (cell.bbox[0], max(cell.bbox[1], top), cell.bbox[2], min(cell.bbox[3], bottom))
        out.append(cell.model_copy(update={"row": r, "rowspan": 1, "bbox": box, "text": cell_text(mine)}))
    return out


def regrid(
    cells: list[Cell], words: list[list[WordBox]], row_header: list[bool], bold: set[tuple[int, int]]
) -> tuple[list[Cell], list[bool], set[tuple[int, int]]]:
    """The grid corrected by where the words stand: spanning cells whose words fall in separate columns are split,
    then a row whose filled columns are empty in the row above, on the same text line, joins that row (a header the
    model cut in two: `No. Item` | `Qty Unit Price Amount`)."""
    cols = _column_ranges(cells)
    fixed: list[Cell] = []
    ys: dict[int, list[tuple[float, float]]] = {}
    for c, ws in zip(cells, words, strict=True):
        if c.rowspan == 1:
            ys.setdefault(c.row, []).extend((w.box[1], w.box[3]) for w in ws)
    for c, ws in zip(cells, words, strict=True):
        parts = _split_spanning(c, ws, cols) if c.colspan > 1 else None
        if parts is None and c.rowspan > 1:
            parts = _split_rowspan(c, ws, ys)
        if parts is not None and (c.row, c.col) in bold:
            bold |= {(p.row, p.col) for p in parts if p.text}
        fixed.extend(parts or [c])
    r = 0
    while r + 1 < len(row_header):
        upper = [c for c in fixed if c.row == r]
        lower = [c for c in fixed if c.row == r + 1]
        filled_up = {c.col for c in upper if c.text}
        filled_low = {c.col for c in lower if c.text}
        simple = all(c.rowspan == 1 and c.colspan == 1 for c in upper + lower)
        ya, yb = ys.get(r, []), ys.get(r + 1, [])
        same_line = bool(ya and yb) and min(y1 for _, y1 in ya + yb) > max(y0 for y0, _ in ya + yb)
        if not (simple and filled_up and filled_low and not filled_up & filled_low and same_line):
            r += 1
            continue
        by_col = {c.col: c for c in upper}
        # A slot the upper row leaves out (the model gave it a cell less: its row ended short) takes the lower
        # row's cell as it is.
        covered = {k for c in fixed if c.row <= r < c.row + c.rowspan for k in range(c.col, c.col + c.colspan)}
        open_cols = set(range(max(c.col + c.colspan for c in fixed))) - covered
        if not filled_low <= set(by_col) | open_cols:
            r += 1
            continue
        for c in lower:
            if c.text:
                up = by_col.get(c.col)
                by_col[c.col] = (up or c).model_copy(update={"text": c.text, "row": r})
                if (c.row, c.col) in bold:
                    bold.add((r, c.col))
        fixed = [by_col.get(c.col, c) if c.row == r else c for c in fixed if c.row != r + 1]
        fixed += [c for k, c in by_col.items() if k in open_cols]
        fixed = [c.model_copy(update={"row": c.row - 1}) if c.row > r + 1 else c for c in fixed]
        bold = {(br - 1 if br > r + 1 else br, bc) for br, bc in bold if br != r + 1}
        ys[r] = ya + yb
        ys = {(k - 1 if k > r + 1 else k): v for k, v in ys.items() if k != r + 1}
        row_header = [*row_header[:r], row_header[r] or row_header[r + 1], *row_header[r + 2 :]]
    return _drop_unused_columns(fixed, bold), row_header, bold


def _drop_unused_columns(cells: list[Cell], bold: set[tuple[int, int]]) -> list[Cell]:
    """A grid column no cell starts at (every row spans it with the column before: `colspan=2` on each goods name)
    is not a column: the cells over it span one column less (`bold` is renumbered in place)."""
    starts = {c.col for c in cells}
    n_cols = max((c.col + c.colspan for c in cells), default=0)
    gone = [k for k in range(1, n_cols) if k not in starts]
    if not gone:
        return cells
    shift = {c.col: c.col - sum(k < c.col for k in gone) for c in cells}
    moved = {(r, shift.get(k, k)) for r, k in bold}
    bold.clear()
    bold |= moved
    out = []
    for c in cells:
        inside = sum(c.col < k < c.col + c.colspan for k in gone)
        out.append(c.model_copy(update={"col": c.col - sum(k < c.col for k in gone), "colspan": c.colspan - inside}))
    return out


def _drop_blank_edge_columns(cells: list[Cell], bold: set[tuple[int, int]]) -> tuple[list[Cell], set[tuple[int, int]]]:
    """A first or last grid column of empty cells, one in nearly every row, that no cell spans into, is the table's
    padding the model read as a column (an empty cell closing every row of a turned scan)."""
    n_cols = max((c.col + c.colspan for c in cells), default=0)
    for k in (n_cols - 1, 0):
        if n_cols < 3:
            break
        own = [c for c in cells if c.col <= k < c.col + c.colspan]
        n_rows = max(c.row + c.rowspan for c in cells)
        # A whole column (a cell in nearly every row), not one row's stray cell past the others' end.
        if len(own) < max(2, 0.8 * n_rows) or any(c.text or c.colspan > 1 for c in own):
            continue
        cells = [c.model_copy(update={"col": c.col - (c.col > k)}) for c in cells if c.col != k]
        bold = {(r, cc - (cc > k)) for r, cc in bold if cc != k}
        n_cols -= 1
    return cells, bold
