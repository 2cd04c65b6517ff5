"""Predicted structure + OCR words -> grid cells with text -> `Table` (cells and HTML).

A cell's text is the words whose boxes fall in it, in reading order; a word that straddles cells (OCR read two
cells as one word) is split between them by where its characters lie.
"""

from __future__ import annotations

import html
import itertools
import re
import unicodedata
from dataclasses import dataclass, replace
from functools import partial

import cv2
import numpy as np

from docsense.core.document import BBox, Cell, Line, Table, union_bbox
from docsense.core.text import CJK_TOTALS

from .slanet import CellSpec


@dataclass
class WordBox:
    """A word (or a piece of one) in page pixels; `line`/`pos` keep its place in the OCR line it came from."""

    text: str
    box: BBox
    line: int
    pos: int
    space_before: bool  # the OCR line had a space before this word


def words_of(lines: list[Line]) -> list[WordBox]:
    """Words of `lines` with the spacing their line text had (CJK characters are words with no space between)."""
    out: list[WordBox] = []
    for li, line in enumerate(lines):
        if not line.words:
            out.append(WordBox(line.text, line.bbox, li, 0, False))
            continue
        cursor = 0
        for wi, word in enumerate(line.words):
            at = line.text.find(word.text, cursor)
            space = wi > 0 and (at < 0 or (line.text[cursor:at].strip() == "" and at > cursor))
            if at >= 0:
                cursor = at + len(word.text)
            out.append(WordBox(word.text, word.bbox, li, wi, bool(space)))
    return out


def _tight(ink: np.ndarray, a: WordBox, b: WordBox, blank: float = 0.25) -> bool:
    """Nothing but the glyphs' own spacing between the boxes of `a` and `b` on the page: no blank run `blank` of
    the line's height wide (a quarter) and no rule (a column inked nearly top to bottom)."""
    h, w = ink.shape[:2]
    y0, y1 = max(0, int(max(a.box[1], b.box[1]))), min(h, int(np.ceil(min(a.box[3], b.box[3]))))
    x0, x1 = max(0, int(a.box[2])), min(w, int(np.ceil(b.box[0])))
    if y1 - y0 < 4 or x1 <= x0:
        return y1 - y0 >= 4
    cols = ink[y0:y1, x0:x1].sum(axis=0)
    if (cols >= 0.9 * (y1 - y0)).any():
        return False
    need = max(3, int(blank * (y1 - y0)))
    run = 0
    for c in cols:
        run = run + 1 if c == 0 else 0
        if run >= need:
            return False
    return True


_FULL_OPEN = frozenset("（【《〔「『")
_FULL_CLOSE = frozenset("）】》〕」』")


def _join_cjk_runs(words: list[WordBox], ink: np.ndarray | None = None) -> list[WordBox]:
    """CJK characters OCR read as one run (no space between them, set tight), with the narrow marks set inside a
    name (`*`, `(`), are one word: a cell is never cut inside `数量` (`单位 数` | `量` was the symptom when each
    character went to the cell it overlapped most).
    Characters with paper between them stay apart (two cells' text OCR glued without a space), and so do those of
    a line box much taller than its characters are wide (one character of each of two rows, read as one line)
    unless the page's `ink` shows them set tight (OCR gave each character a box half its width: `BV-2.5平` |
    `方` was cut between two cells)."""

    def square(w: WordBox) -> bool:
        return w.box[2] - w.box[0] >= 0.5 * len(w.text) * (w.box[3] - w.box[1])

    def set_tight(a: WordBox, b: WordBox) -> bool:
        if square(a) and square(b) and b.box[0] - a.box[2] <= 0.25 * max(b.box[3] - b.box[1], 1.0):
            return True
        # at most half a line height apart, side by side, the ink between them unbroken (OCR's estimated
        # character boxes of one run can stand apart: `*纸制` | `品*剪刀` on a skewed scan)
        gap = b.box[0] - a.box[2]
        # a full-width bracket's glyph stands in half of its square: its blank half is no gap (`货物（劳务）名称`)
        bracket = a.text[-1:] in _FULL_CLOSE or b.text[:1] in _FULL_OPEN
        return (
            ink is not None
            and -0.25 * (b.box[3] - b.box[1]) <= gap <= 0.5 * (b.box[3] - b.box[1])
            and _tight(ink, a, b, 0.6 if bracket else 0.25)
        )

    out: list[WordBox] = []
    for w in words:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.line == w.line
            and not w.space_before
            and _cjk_joint(prev.text, w.text)
            and set_tight(prev, w)
            and w.box[0] > (prev.box[0] + prev.box[2]) / 2  # side by side, not stacked (a vertical run)
            and min(w.box[3], prev.box[3]) - max(w.box[1], prev.box[1]) >= 0.5 * (w.box[3] - w.box[1])
        ):
            box = (min(prev.box[0], w.box[0]), min(prev.box[1], w.box[1]), max(prev.box[2], w.box[2]),
                   max(prev.box[3], w.box[3]))  # fmt: skip
            out[-1] = WordBox(prev.text + w.text, box, prev.line, prev.pos, prev.space_before)
            continue
        out.append(w)
    pos: dict[int, int] = {}
    for i, w in enumerate(out):  # positions renumbered: neighbours on a line stay pos, pos + 1
        pos[w.line] = pos.get(w.line, -1) + 1
        out[i] = replace(w, pos=pos[w.line])
    return out


def _dots_follow(ink: np.ndarray, box: BBox) -> bool:
    """Right of `box`, within two of its heights, three or more separate specks of ink, all in the lowest third of
    its height: the rest of a dot leader (the dots OCR left out), not a word, a figure or blank paper."""
    h, w = ink.shape[:2]
    bh = box[3] - box[1]
    y0, y1 = max(0, int(box[1])), min(h, int(np.ceil(box[3])))
    x0, x1 = max(0, int(np.ceil(box[2])) + 1), min(w, int(box[2] + 2 * bh))
    if y1 - y0 < 6 or x1 - x0 < bh:
        return False
    strip = np.asarray(ink[y0:y1, x0:x1] > 0)
    rows = np.nonzero(strip.any(axis=1))[0]
    if not len(rows) or rows[0] < (y1 - y0) * 0.6:
        return False
    return len(_true_runs(np.asarray(strip.any(axis=0)))) >= 3


def leader_dots(words: list[WordBox], ink: np.ndarray) -> list[WordBox]:
    """The dots of a leader OCR read onto the end of a name (`Flat white....` running on to its price, the rest of
    the dots left out) are no text: they go where more dots follow on the page. A word of dots only goes; a name's
    full stop with blank paper after it stays (`Ltd.`)."""
    out: list[WordBox] = []
    for w in words:
        bare = w.text.rstrip(".…")
        if bare != w.text and _dots_follow(ink, w.box):
            if not bare.strip():
                continue
            w = replace(w, text=bare.rstrip())
        out.append(w)
    return out


def split_cjk_gaps(words: list[WordBox], ink: np.ndarray) -> list[WordBox]:
    """A CJK token OCR read across blank paper (headings of several columns read as one line with no space:
    `项目名称规格型号单位数量`) is cut at each white gap wider than half its height, where the ink says so: CJK
    characters are square, so the ink between two gaps holds as many characters as its width in character
    pitches; the token is cut only when those counts add up to its length."""
    out: list[WordBox] = []
    for w in words:
        n = len(w.text)
        if n < 2 or sum(_is_cjk(ch) for ch in w.text) < 0.8 * n:
            out.append(w)
            continue
        h, wd = ink.shape[:2]
        y0, y1 = max(0, int(w.box[1])), min(h, int(np.ceil(w.box[3])))
        x0, x1 = max(0, int(w.box[0])), min(wd, int(np.ceil(w.box[2])))
        if y1 - y0 < 4 or x1 - x0 < n:
            out.append(w)
            continue
        inked = ink[y0:y1, x0:x1].sum(axis=0) > 0
        need = max(3, int(0.5 * (y1 - y0)))
        segs: list[tuple[int, int]] = []  # ink runs separated by wide blank runs
        start: int | None = None
        last = blank = 0
        for x, on in enumerate(inked):
            if on:
                if start is None or blank >= need:
                    if start is not None:
                        segs.append((start, last))
                    start = x
                last, blank = x + 1, 0
            else:
                blank += 1
        if start is not None:
            segs.append((start, last))
        if len(segs) < 2:
            out.append(w)
            continue
        pitch = sum(b - a for a, b in segs) / n
        counts = [max(1, round((b - a) / pitch)) for a, b in segs]
        if sum(counts) != n:
            out.append(w)
            continue
        k = 0
        for (a, b), m in zip(segs, counts, strict=True):
            box = (float(x0 + a), w.box[1], float(x0 + b), w.box[3])
            out.append(WordBox(w.text[k : k + m], box, w.line, w.pos, w.space_before if k == 0 else True))
            k += m
    return out


_DASH_AT = re.compile(r"(?<=\d)-(?=\d)")


def _true_runs(flags: np.ndarray) -> list[tuple[int, int]]:
    """The runs of True in a 1-D boolean array, as (start, end) with `end` exclusive."""
    runs: list[tuple[int, int]] = []
    start = -1
    for j, f in enumerate([*flags.tolist(), False]):
        if f and start < 0:
            start = j
        elif not f and start >= 0:
            runs.append((start, j))
            start = -1
    return runs


def _dash_runs(ink: np.ndarray, box: BBox) -> tuple[list[tuple[int, int]], float, int] | None:
    """Runs of columns whose ink is only a thin stroke at mid height (dashes) in the word's box widened a little
    (OCR word boxes are estimated from the line and may clip a character), as (start, end) columns from the box's
    left edge, the height of the word's figures (the median extent of its columns), and the widening used."""
    h, wd = ink.shape[:2]
    bh = box[3] - box[1]
    pad = int(0.2 * bh)
    x0, x1 = max(0, int(box[0]) - pad), min(wd, int(np.ceil(box[2])) + pad)
    y0, y1 = max(0, int(box[1])), min(h, int(np.ceil(box[3])))
    a = ink[y0:y1, x0:x1] > 0
    if a.size == 0:
        return None
    idx = np.flatnonzero(a.any(axis=0))
    if len(idx) == 0:
        return None
    tops = a[:, idx].argmax(axis=0)
    bots = a.shape[0] - 1 - a[::-1, idx].argmax(axis=0)
    top, bot = float(np.median(tops)), float(np.median(bots))
    digit_h = bot - top + 1
    mid = (tops + bots) / 2
    thin = bots - tops + 1 <= max(2.0, 0.3 * digit_h)
    dashy = thin & (mid > top + 0.25 * digit_h) & (mid < top + 0.85 * digit_h)
    flags = np.zeros(a.shape[1], dtype=bool)
    flags[idx[dashy]] = True
    return _true_runs(flags), digit_h, int(box[0]) - x0


def long_dashes(words: list[WordBox], ink: np.ndarray, ratio: float = 0.56, min_px: float = 4.0) -> list[WordBox]:
    """A `-` OCR read between two figures (`0.61-1.10`) whose printed stroke is as long as an en dash is one
    (`0.61–1.10`, a range or a CI). The recognizer reads both as `-`; a hyphen's stroke is about a third of an em,
    under half a digit's height, an en dash's about two thirds of it. The cut was measured on generated crops with
    known dashes (session-11 crops seed 7: 60 dashes turned right, 2 hyphens wrong; a minus before a figure was
    tried too and turned 6 printed hyphens wrong, so it is left). Hyphens beside letters (`IL-10`, `E-03`) are
    never judged, nor words whose figures are under `min_px` tall."""
    out: list[WordBox] = []
    for w in words:
        at = [m.start() for m in _DASH_AT.finditer(w.text)]
        if len(at) != 1 or w.text.count("-") != 1:
            out.append(w)
            continue
        got = _dash_runs(ink, w.box)
        if got is None or got[1] < min_px or not got[0]:
            out.append(w)
            continue
        # The stroke nearest where the dash stands in the text (other glyphs have short mid-height strokes too).
        i = at[0]
        runs, digit_h, pad = got
        expect = pad + (i + 0.5) / len(w.text) * (w.box[2] - w.box[0])
        a, b = min(runs, key=lambda r: abs((r[0] + r[1]) / 2 - expect))
        if b - a < ratio * digit_h:
            out.append(w)
            continue
        out.append(replace(w, text=w.text[:i] + "–" + w.text[i + 1 :]))
    return out


_PM_GLUED = re.compile(r"(?<=[\d)%])±(?=[\d(−-])")


def _glyph_runs(ink: np.ndarray, box: BBox) -> tuple[list[tuple[int, int]], float, int] | None:
    """Runs of inked columns in the word's box widened a little (rows that are a rule across it left out), as
    (start, end) from the widened box's left edge, with the height of its tall glyphs (90th percentile of the
    columns' ink extent) and the widening used."""
    h, wd = ink.shape[:2]
    pad = int(0.2 * (box[3] - box[1]))
    x0, x1 = max(0, int(box[0]) - pad), min(wd, int(np.ceil(box[2])) + pad)
    y0, y1 = max(0, int(box[1])), min(h, int(np.ceil(box[3])))
    a = ink[y0:y1, x0:x1] > 0
    if a.size == 0:
        return None
    a = a[a.mean(axis=1) < 0.7]
    col = a.any(axis=0)
    idx = np.flatnonzero(col)
    if len(idx) == 0:
        return None
    tops = a[:, idx].argmax(axis=0)
    bots = a.shape[0] - 1 - a[::-1, idx].argmax(axis=0)
    tall = float(np.percentile(bots - tops + 1, 90))
    return _true_runs(col), tall, int(box[0]) - x0


def plus_minus_spaces(words: list[WordBox], ink: np.ndarray, ratio: float = 0.75, min_px: float = 5.0) -> list[WordBox]:
    """A `±` OCR read glued between two figures (`2.52±0.80`) that is printed with a space either side is three
    words (`2.52 ± 0.80`): the recognizer drops the spaces of small type. The paper either side of the ± glyph
    decides: together at least `ratio` of the figures' height. Measured on generated crops with known spacing
    (148 glued and 43 spaced readings of `mean ± SD`, 8-11 px type, both printed ways): spaced ones have 0.75-1.0,
    printed-glued ones 0.25-0.7 (10 of 165 at 0.75 or more)."""
    out: list[WordBox] = []
    for w in words:
        at = [m.start() for m in _PM_GLUED.finditer(w.text)]
        got = _glyph_runs(ink, w.box) if len(at) == 1 and w.text.count("±") == 1 else None
        if got is None or got[1] < min_px or len(got[0]) < 3:
            out.append(w)
            continue
        runs, tall, pad = got
        i = at[0]
        expect = pad + (i + 0.5) / len(w.text) * (w.box[2] - w.box[0])
        k = min(range(len(runs)), key=lambda r: abs((runs[r][0] + runs[r][1]) / 2 - expect))
        if not 0 < k < len(runs) - 1 or runs[k + 1][0] - runs[k - 1][1] - (runs[k][1] - runs[k][0]) < ratio * tall:
            out.append(w)
            continue
        x = float(int(w.box[0]) - pad)
        left = (w.box[0], w.box[1], min(w.box[2], x + runs[k - 1][1]), w.box[3])
        mid = (x + runs[k][0], w.box[1], x + runs[k][1], w.box[3])
        right = (max(w.box[0], x + runs[k + 1][0]), w.box[1], w.box[2], w.box[3])
        out += [
            replace(w, text=w.text[:i], box=left),
            WordBox("±", mid, w.line, w.pos, True),
            WordBox(w.text[i + 1 :], right, w.line, w.pos, True),
        ]
    return out


def grid_positions(cells: list[CellSpec]) -> list[tuple[int, int]]:
    """(row, col) of each cell: the first free slot of its row, skipping slots taken by rowspans from above."""
    taken: set[tuple[int, int]] = set()
    next_col: dict[int, int] = {}
    out = []
    for c in cells:
        r = c.row_index
        col = next_col.get(r, 0)
        while (r, col) in taken:
            col += 1
        for dr in range(c.rowspan):
            for dc in range(c.colspan):
                taken.add((r + dr, col + dc))
        next_col[r] = col + c.colspan
        out.append((r, col))
    return out


def _is_cjk(ch: str) -> bool:
    return bool(ch) and (unicodedata.east_asian_width(ch) in ("W", "F"))


# Narrow marks set inside a CJK name (`*办公用品*墨盒`, a VAT invoice's `*类别*名称`; `单价(元)`): OCR gives each its
# own box, and the `*` in front of a name in a narrow first column went to the 序号 cell it overlapped (`14 *`).
_CJK_INNER_MARKS = frozenset("*()")


def _cjk_joint(a: str, b: str) -> bool:
    """Words `a` then `b` meet inside a CJK run: CJK on both sides, or a lone narrow mark next to CJK."""
    if _is_cjk(a[-1:]):
        return _is_cjk(b[:1]) or b in _CJK_INNER_MARKS
    return a[-1:] in _CJK_INNER_MARKS and (len(a) == 1 or _is_cjk(a[-2:-1])) and _is_cjk(b[:1])


def _gap(a: BBox, b: BBox) -> float:
    """Distance between two boxes (0 when they touch or overlap)."""
    dx = max(0.0, max(a[0], b[0]) - min(a[2], b[2]))
    dy = max(0.0, max(a[1], b[1]) - min(a[3], b[3]))
    return float(np.hypot(dx, dy))


def assign_words(
    words: list[WordBox], boxes: list[BBox], split_min_share: float, ink: np.ndarray | None = None
) -> list[list[WordBox]]:
    """Words per cell box. A word goes to the cell it overlaps most (else the nearest). A word overlapping two
    side-by-side cells by at least `split_min_share` of its width each is cut between them only where OCR glued
    two tokens (a letter/digit change: `ab12`) and, given the page's `ink`, where blank paper runs down between
    them (`2TB`, `HP-88A` are one printed token); a word is never cut inside a run of letters or digits."""
    per_cell: list[list[WordBox]] = [[] for _ in boxes]
    if not boxes:
        return per_cell
    cells = np.asarray(boxes, dtype=np.float64)
    cell_h = cells[:, 3] - cells[:, 1]
    for w in words:
        ww = max(w.box[2] - w.box[0], 1e-6)
        wh = max(w.box[3] - w.box[1], 1e-6)
        ox = np.maximum(0.0, np.minimum(w.box[2], cells[:, 2]) - np.maximum(w.box[0], cells[:, 0]))
        oy = np.maximum(0.0, np.minimum(w.box[3], cells[:, 3]) - np.maximum(w.box[1], cells[:, 1]))
        areas = ox * oy
        # Cells on the word's line (vertical overlap) that each hold a good part of its width.
        side = np.nonzero((oy >= 0.4 * np.minimum(wh, cell_h)) & (ox >= split_min_share * ww))[0].tolist()
        pieces = _split(w, [boxes[i] for i in side], side, ink) if len(side) >= 2 and len(w.text) >= 2 else []
        if len(pieces) >= 2:
            for piece, i in pieces:
                per_cell[i].append(piece)
            continue
        best = int(np.argmax(areas))
        if areas[best] <= 0:
            # Outside every cell. With no cell just above or below it either (a column the model left out): the
            # nearest cell on its text line; else the nearest (a wrapped line under its cell's box).
            dy = np.maximum(0.0, np.maximum(cells[:, 1] - w.box[3], w.box[1] - cells[:, 3]))
            stacked = bool(((ox > 0) & (dy < 1.5 * wh)).any())
            level = [] if stacked else np.nonzero(oy >= 0.5 * np.minimum(wh, cell_h))[0].tolist()
            level = level or list(range(len(boxes)))
            best = min(level, key=lambda i: _gap(w.box, boxes[i]))
        per_cell[best].append(w)
    return per_cell


def _kind(ch: str) -> str:
    return "a" if ch.isalpha() else "d" if ch.isdigit() else "p"


def _blank_gap(ink: np.ndarray, box: BBox, x: float, reach: float) -> bool:
    """Within `reach` of `x`, a run of ink-free columns across the word's height wider than a third of it (a
    space between printed tokens, not the spacing between letters)."""
    h, w = ink.shape[:2]
    y0, y1 = max(0, int(box[1])), min(h, int(np.ceil(box[3])))
    x0, x1 = max(0, int(x - reach)), min(w, int(np.ceil(x + reach)))
    if y1 <= y0 or x1 <= x0:
        return False
    blank = ink[y0:y1, x0:x1].sum(axis=0) == 0
    need = max(2, int((y1 - y0) / 3))
    run = best = 0
    for b in blank:
        run = run + 1 if b else 0
        best = max(best, run)
    return best >= need


def _split(w: WordBox, boxes: list[BBox], ids: list[int], ink: np.ndarray | None = None) -> list[tuple[WordBox, int]]:
    """Cut a glued word between the cells it spans: at each gap between cells, the letter/digit change nearest
    to where that gap falls (characters evenly spaced), within two characters of it, with blank paper there when
    the page's `ink` is given; else no cut there."""
    order = sorted(range(len(boxes)), key=lambda k: boxes[k][0])
    n = len(w.text)
    step = (w.box[2] - w.box[0]) / n
    allowed = [j for j in range(1, n) if {_kind(w.text[j - 1]), _kind(w.text[j])} == {"a", "d"}]
    if ink is not None:
        allowed = [j for j in allowed if _blank_gap(ink, w.box, w.box[0] + j * step, 1.5 * step)]
    cuts: list[tuple[int, int]] = []  # (character index, cell order position after the cut)
    for k in range(len(order) - 1):
        gap_x = (boxes[order[k]][2] + boxes[order[k + 1]][0]) / 2
        at = (gap_x - w.box[0]) / step
        near = [j for j in allowed if abs(j - at) <= 2.0 and (not cuts or j > cuts[-1][0])]
        if near:
            cuts.append((min(near, key=lambda j: abs(j - at)), k + 1))
    if not cuts:
        return []
    out = []
    bounds = [(0, order[0])] + [(j, order[k]) for j, k in cuts]
    for i, (start, cell) in enumerate(bounds):
        end = bounds[i + 1][0] if i + 1 < len(bounds) else n
        text = w.text[start:end].strip()
        if text:
            box = (w.box[0] + start * step, w.box[1], w.box[0] + end * step, w.box[3])
            out.append((WordBox(text, box, w.line, w.pos, w.space_before and start == 0), ids[cell]))
    return out


def cell_text(words: list[WordBox]) -> str:
    """Words in reading order: visual lines top to bottom (by centre), left to right within a line."""
    if not words:
        return ""
    ws = sorted(words, key=lambda w: (w.box[1] + w.box[3]) / 2)
    rows: list[list[WordBox]] = []
    for w in ws:
        cy = (w.box[1] + w.box[3]) / 2
        if rows:
            last = rows[-1]
            top = min(x.box[1] for x in last)
            bottom = max(x.box[3] for x in last)
            if top <= cy <= bottom:
                last.append(w)
                continue
        rows.append([w])
    parts: list[str] = []
    prev: WordBox | None = None
    for row in rows:
        for w in sorted(row, key=lambda w: (w.box[0], w.pos)):
            if prev is not None:
                same_line = prev.line == w.line and w.pos == prev.pos + 1
                if prev.line == w.line and w.pos == prev.pos and not w.space_before:
                    sep = ""  # two pieces of one OCR word cut between cells, back in one cell (`46` + `G`)
                elif same_line:
                    sep = " " if w.space_before else ""
                else:
                    # CJK text wraps without a space: none between two CJK pieces, nor between CJK and a mark
                    # (`税率/` + `征收率`); a figure or a Latin word keeps its space (`3594.88 土 149.00`: `±` read
                    # as a CJK character).
                    a, b = parts[-1][-1:], w.text[:1]
                    cjk = (_is_cjk(a) or _is_cjk(b)) and not (a.isalnum() and not _is_cjk(a))
                    sep = "" if cjk and not (b.isalnum() and not _is_cjk(b)) else " "
                    # A line broken after a hyphen goes on in the same word (`Disease-` / `free`, `i5-` /
                    # `12400/16G`): the browser and typesetters break there, and the hyphen stays.
                    if a == "-" and parts[-1][-2:-1].isalnum() and b.isalnum():
                        sep = ""
                parts.append(sep)
            parts.append(w.text)
            prev = w
    return "".join(parts).strip()


def ink_map(image: np.ndarray) -> np.ndarray:
    """Dark (text) pixels of a BGR or gray image, by Otsu's threshold."""
    gray = cv2.cvtColor(image, cv2.COLOR_BGR2GRAY) if image.ndim == 3 else image
    _, ink = cv2.threshold(gray, 0, 1, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)
    return ink


def ink_density(ink: np.ndarray, per_cell: list[list[WordBox]]) -> list[float | None]:
    """Share of dark pixels inside each cell's word boxes (None for an empty cell). Bold strokes are thicker."""
    dens: list[float | None] = []
    h, w = ink.shape[:2]
    for ws in per_cell:
        on = total = 0
        for wd in ws:
            x0, y0 = max(0, int(wd.box[0])), max(0, int(wd.box[1]))
            x1, y1 = min(w, int(np.ceil(wd.box[2]))), min(h, int(np.ceil(wd.box[3])))
            if x1 > x0 and y1 > y0:
                on += int(ink[y0:y1, x0:x1].sum())
                total += (x1 - x0) * (y1 - y0)
        dens.append(on / total if total else None)
    return dens


def bold_cells(dens: list[float | None], candidates: list[bool], ratio: float) -> list[bool]:
    """A candidate cell is bold when its ink density is at least `ratio` times the median of the other cells'."""
    ref = [d for d, c in zip(dens, candidates, strict=True) if d is not None and not c]
    if not ref:
        return [False] * len(dens)
    base = float(np.median(ref))
    return [bool(c and d is not None and d >= ratio * base) for d, c in zip(dens, candidates, strict=True)]


def same_weight(bold: list[bool], group: list[bool]) -> list[bool]:
    """Cells set alike (one header row, the section labels of a table) are all bold when most of them read bold:
    a short or thin word (`Factor`, `r`) has more paper in its box and can fall under the ratio alone."""
    ids = [i for i, g in enumerate(group) if g]
    if len(ids) < 2 or 2 * sum(bold[i] for i in ids) <= len(ids):
        return bold
    return [b or g for b, g in zip(bold, group, strict=True)]


def section_cells(specs: list[CellSpec], positions: list[tuple[int, int]], texts: list[str]) -> list[bool]:
    """Cells that head a group of body rows: the only text of their row, in the first column (`Demographics`
    over indented rows), in a table of two or more columns."""
    n_cols = max(c + s.colspan for s, (_, c) in zip(specs, positions, strict=True))
    filled: dict[int, list[int]] = {}
    for i, ((r, _), t) in enumerate(zip(positions, texts, strict=True)):
        if t:
            filled.setdefault(r, []).append(i)
    out = [False] * len(specs)
    for ids in filled.values():
        if n_cols >= 2 and len(ids) == 1 and positions[ids[0]][1] == 0 and not specs[ids[0]].header:
            out[ids[0]] = True
    return out


def bold_header_rows(dens: list[float | None], rows: list[int], n_tr: int, ratio: float) -> int:
    """How many leading rows are bold against the rows below (a header the model did not mark), at most half.
    A row counts by its median cell: a short bold word ("Qty") has more paper in its box and reads lighter."""
    k = 0
    while k < n_tr // 2:
        row = [d for d, r in zip(dens, rows, strict=True) if r == k and d is not None]
        rest = [d for d, r in zip(dens, rows, strict=True) if r > k and d is not None]
        if not row or not rest or float(np.median(row)) < ratio * float(np.median(rest)):
            break
        k += 1
    return k


def build_table(
    specs: list[CellSpec],
    row_header: list[bool],
    offset: tuple[float, float],
    words: list[WordBox],
    split_min_share: float,
    image: np.ndarray | None = None,
    bold_ratio: float = 0.0,
) -> Table:
    """Cells (boxes shifted by `offset` into page pixels) filled with their words; HTML with thead/tbody.

    With the page `image` and `bold_ratio` > 0, header cells whose text is bold are marked `<b>` in the HTML
    (PubTabNet's convention for bold cell content)."""
    if not specs:
        return Table(html="<table></table>", cells=[], n_rows=0, n_cols=0)
    ox, oy = offset
    boxes: list[BBox] = [(b[0] + ox, b[1] + oy, b[2] + ox, b[3] + oy) for b in (s.box for s in specs)]
    ink = ink_map(image) if image is not None else None
    if ink is not None:
        words = leader_dots(plus_minus_spaces(long_dashes(split_cjk_gaps(words, ink), ink), ink), ink)
    per_cell = assign_words(_join_cjk_runs(words, ink), boxes, split_min_share, ink)
    texts = [cell_text(ws) for ws in per_cell]
    specs, boxes, per_cell, texts, row_header = _drop_empty_tail(specs, boxes, per_cell, texts, row_header)
    specs, boxes, per_cell, texts, row_header = _drop_empty_head(specs, boxes, per_cell, texts, row_header)
    specs, kept, row_header = _drop_spanned_blank_rows(specs, texts, row_header)
    boxes, per_cell, texts = [boxes[i] for i in kept], [per_cell[i] for i in kept], [texts[i] for i in kept]
    positions = grid_positions(specs)
    n_tr = max(len(row_header), max(s.row_index for s in specs) + 1)
    bold = [False] * len(specs)
    if image is not None and bold_ratio > 0:
        dens = ink_density(ink if ink is not None else ink_map(image), per_cell)
        if not any(row_header):
            # No <thead> predicted: leading rows in bold type are the header, every cell of them bold (the row was
            # judged as a whole).
            k = bold_header_rows(dens, [r for r, _ in positions], n_tr, bold_ratio)
            row_header = [r < k for r in range(n_tr)]
            specs = [replace(s, header=r < k) for s, (r, _) in zip(specs, positions, strict=True)]
            bold = [s.header and d is not None for s, d in zip(specs, dens, strict=True)]
        elif any(s.header for s in specs):
            bold = bold_cells(dens, [s.header for s in specs], bold_ratio)
            for r in {r for s, (r, _) in zip(specs, positions, strict=True) if s.header}:
                bold = same_weight(
                    bold, [s.header and r == p[0] and bool(t) for s, p, t in zip(specs, positions, texts, strict=True)]
                )
        section = section_cells(specs, positions, texts)  # never header cells
        # Reference: the body's cells; a bold header would make the median too dark.
        body_dens = [None if s.header else d for s, d in zip(specs, dens, strict=True)]
        sec_bold = same_weight(bold_cells(body_dens, section, bold_ratio), section)
        bold = [b or k for b, k in zip(bold, sec_bold, strict=True)]
    cells = [
        Cell(
            row=r,
            col=c,
            rowspan=s.rowspan,
            colspan=s.colspan,
            bbox=tuple(round(v, 1) for v in box),  # type: ignore[arg-type]
            text=text,
            header=s.header,
        )
        for s, (r, c), box, text in zip(specs, positions, boxes, texts, strict=True)
    ]
    bold_at = {(c.row, c.col) for c, b in zip(cells, bold, strict=True) if b and c.text}
    row_header = row_header[:n_tr] + [False] * (n_tr - len(row_header))
    cells, per_cell = move_column_edges(cells, per_cell)
    cells, per_cell, bold_at = split_columns(cells, per_cell, bold_at)
    cells, per_cell, bold_at = merge_interleaved_columns(cells, per_cell, bold_at)
    cells, per_cell, bold_at = merge_spaced_columns(cells, per_cell, bold_at)
    cells, per_cell, row_header, bold_at = split_heading_line(cells, per_cell, row_header, bold_at)
    cells, per_cell, row_header, bold_at = split_stacked_rows(cells, per_cell, row_header, bold_at)
    cells, per_cell, row_header, bold_at = rows_from_item_lines(cells, per_cell, row_header, bold_at)
    cells, per_cell, row_header, bold_at = join_wrapped_rows(cells, per_cell, row_header, bold_at)
    cells, per_cell, row_header, bold_at = join_item_lines(cells, per_cell, row_header, bold_at)
    cells, per_cell, row_header, bold_at = join_level_rows(cells, per_cell, row_header, bold_at)
    cells, per_cell = lift_continued_lines(cells, per_cell, row_header)
    cells, per_cell, row_header, bold_at = join_split_heading(cells, per_cell, row_header, bold_at)
    cells, per_cell, row_header, bold_at = join_translated_headings(cells, per_cell, row_header, bold_at)
    cells, per_cell, row_header, bold_at = headings_level_with_row_under(cells, per_cell, row_header, bold_at)
    cells, per_cell, bold_at = words_down_to_their_row(cells, per_cell, bold_at)
    texts = [c.text for c in cells]
    cells, per_cell, bold_at = lines_up_to_their_row(cells, per_cell, bold_at)
    if [c.text for c in cells] != texts and _item_table(cells, row_header):
        # An item's first line mended into one row may leave under it only the lines its name wraps onto (a VAT
        # goods name over three lines with no rule between items): they join it now.
        cells, per_cell, row_header, bold_at = join_wrapped_rows(cells, per_cell, row_header, bold_at)
    cells, per_cell = spans_from_text(cells, per_cell, row_header)
    cells, per_cell = split_glued_figures(cells, per_cell)
    cells, per_cell, row_header = notes_under_grid(cells, per_cell, row_header)
    cells, per_cell, row_header, bold_at = split_paragraph_rows(cells, per_cell, row_header, bold_at)
    cells, per_cell, bold_at = span_lone_rows(cells, per_cell, row_header, bold_at)
    cells, per_cell, bold_at = span_item_rows(cells, per_cell, row_header, bold_at)
    cells, per_cell = move_stray_figures(cells, per_cell, row_header)
    cells, per_cell, bold_at = deal_headings(cells, per_cell, row_header, bold_at)
    cells, row_header, bold_at = regrid(cells, per_cell, row_header, bold_at)
    cells, row_header = drop_totals_rows(cells, row_header)
    cells, row_header = drop_sum_row(cells, row_header)
    cells, bold_at = _drop_blank_edge_columns(cells, bold_at)
    n_tr = len(row_header)
    row_header = text_header(row_header, [c.text for c in cells], [c.row for c in cells], n_tr, [c.col for c in cells])
    row_header = spanned_header_rows(cells, row_header)
    cells, bold_at = span_currency_headings(cells, row_header, bold_at)
    cells = [c.model_copy(update={"header": row_header[c.row]}) if c.row < n_tr else c for c in cells]
    if ink is not None:
        cells = dashes_in_blank_cells(cells, words, ink)
    cells = _dashes_read_as_cjk(cells)
    n_rows = max(n_tr, max(c.row + c.rowspan for c in cells))
    n_cols = max(c.col + c.colspan for c in cells)
    html_out = to_html(cells, row_header, n_tr, bold_at)
    return Table(html=html_out, cells=cells, n_rows=n_rows, n_cols=n_cols)


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


def notes_under_grid(
    cells: list[Cell], words: list[list[WordBox]], row_header: list[bool]
) -> tuple[list[Cell], list[list[WordBox]], list[bool]]:
    """Text lines under the model's last row, below every cell box but the first column's, that run past the first
    column are notes the model left out (footnotes at the foot of the table, their words dealt to the nearest cell:
    the last row's label). They become one row spanning the table (split_paragraph_rows then cuts it per note).
    A label wrapped onto a line under its row stays: it does not run past its column; so does a row the model
    already read as one cell spanning the table (split_paragraph_rows judges its lines)."""
    if not cells:
        return cells, words, row_header
    n_cols = max(c.col + c.colspan for c in cells)
    last = max(c.row for c, ws in zip(cells, words, strict=True) if ws) if any(words) else -1
    firsts = [
        i
        for i, c in enumerate(cells)
        if c.row == last and c.col == 0 and c.rowspan == 1 and c.colspan < n_cols and words[i]
    ]
    if n_cols < 2 or not firsts or (last < len(row_header) and row_header[last]):
        return cells, words, row_header
    i = firsts[0]
    c, ws = cells[i], words[i]
    floor = max((d.bbox[3] for d in cells if d is not c), default=c.bbox[1])
    col0_right = max((d.bbox[2] for d in cells if d.col == 0 and d.colspan == 1), default=c.bbox[2])
    ys = _text_lines_y(ws)
    lines: list[list[WordBox]] = [[] for _ in ys]
    for w in ws:
        lines[_line_index(ys, w)].append(w)
    k = next((k for k, ln in enumerate(lines) if ln and min(w.box[1] for w in ln) >= floor), None)
    if k is None or k == 0:
        return cells, words, row_header
    below = [w for ln in lines[k:] for w in ln]
    if max(w.box[2] for w in below) <= col0_right:
        return cells, words, row_header
    kept = [w for ln in lines[:k] for w in ln]
    n_rows = max(d.row + d.rowspan for d in cells)
    box = (min(d.bbox[0] for d in cells), min(w.box[1] for w in below), max(d.bbox[2] for d in cells),
           max(w.box[3] for w in below))  # fmt: skip
    cells = [*cells[:i], c.model_copy(update={"text": cell_text(kept)}), *cells[i + 1 :]]
    words = [*words[:i], kept, *words[i + 1 :]]
    cells.append(Cell(row=n_rows, col=0, colspan=n_cols, bbox=box, text=cell_text(below)))
    words.append(below)
    if len(row_header) >= n_rows:
        row_header = [*row_header[:n_rows], False]
    return cells, words, row_header


def split_paragraph_rows(
    cells: list[Cell], words: list[list[WordBox]], row_header: list[bool], bold: set[tuple[int, int]]
) -> tuple[list[Cell], list[list[WordBox]], list[bool], set[tuple[int, int]]]:
    """A cell spanning the table that holds two notes, one a line after the other (the first line ends with a full
    stop, short of the cell's right edge: the next line's first word would have fitted, or 4 word heights short of
    the longest line; the next line does not go on in lower case), is one row per note: the model read two
    footnote rows as one. A note wrapped onto a second line stays one row."""
    n_cols = max((c.col + c.colspan for c in cells), default=0)
    i = len(cells)
    while i > 0:  # from the last cell up: a split shifts only the cells after it
        i -= 1
        c, ws = cells[i], words[i]
        if c.colspan != n_cols or n_cols < 2 or c.rowspan != 1 or c.header or len(ws) < 2:
            continue
        ys = _text_lines_y(ws)
        if len(ys) < 2:
            continue
        lines: list[list[WordBox]] = [[] for _ in ys]
        for w in ws:
            lines[_line_index(ys, w)].append(w)
        text_right = max(w.box[2] for w in ws)
        right = max(c.bbox[2], text_right)
        h = float(np.median([w.box[3] - w.box[1] for w in ws]))
        parts: list[list[WordBox]] = [[]]
        for k, ln in enumerate(lines):
            parts[-1].extend(ln)
            if k + 1 < len(lines) and ln and lines[k + 1]:
                last = max(ln, key=lambda w: w.box[2])
                first = min(lines[k + 1], key=lambda w: w.box[0])
                # After a full stop, the next line starting a sentence: a new note when its first word would have
                # fitted on the line, or the line ends well short (4 word heights) of the longest one.
                fits = last.box[2] + h + (first.box[2] - first.box[0]) < right
                short = last.box[2] < text_right - 4 * h
                if last.text.endswith(".") and not first.text[:1].islower() and (fits or short):
                    parts.append([])
        parts = [p for p in parts if p]
        if len(parts) < 2:
            continue
        extra = len(parts) - 1
        r = c.row
        new_c: list[Cell] = []
        new_w: list[list[WordBox]] = []
        for j, (d, dw) in enumerate(zip(cells, words, strict=True)):
            if j == i:
                for k, p in enumerate(parts):
                    y0, y1 = min(w.box[1] for w in p), max(w.box[3] for w in p)
                    new_c.append(d.model_copy(update={"row": r + k, "bbox": (d.bbox[0], y0, d.bbox[2], y1),
                                                      "text": cell_text(p)}))  # fmt: skip
                    new_w.append(p)
            else:
                new_c.append(d.model_copy(update={"row": d.row + extra}) if d.row > r else d)
                new_w.append(dw)
        cells, words = new_c, new_w
        if r < len(row_header):
            row_header = row_header[: r + 1] + [row_header[r]] * extra + row_header[r + 1 :]
        bold = {(br + extra if br > r else br, bc) for br, bc in bold} | (
            {(r + k, 0) for k in range(1, len(parts))} if (r, 0) in bold else set()
        )
    return cells, words, row_header, bold


def split_heading_line(
    cells: list[Cell], words: list[list[WordBox]], row_header: list[bool], bold: set[tuple[int, int]]
) -> tuple[list[Cell], list[list[WordBox]], list[bool], set[tuple[int, int]]]:
    """A first row whose cells each hold two text lines, the same two across the row, the upper naming item
    headings (two or more: `Qty`, `Price`, `Total`) and the lower holding figures in two cells or more, is the
    header over the first item: the model drew no edge between them (rows 1-2 px apart with no rule, a till
    receipt's `Item Croissant` | `QTY 2` | `Each 9.82`)."""
    if not cells or any(c.rowspan > 1 for c in cells):
        return cells, words, row_header, bold
    first = min(c.row for c in cells)
    ids = [i for i, c in enumerate(cells) if c.row == first and words[i]]
    if len(ids) < 3:
        return cells, words, row_header, bold
    lines = _text_lines_y([w for i in ids for w in words[i]])
    if len(lines) != 2:
        return cells, words, row_header, bold
    parts = {i: ([w for w in words[i] if _line_index(lines, w) == 0], [w for w in words[i] if _line_index(lines, w)])
             for i in ids}  # fmt: skip
    heads = sum(cell_text(a).strip().lower() in _ITEM_HEADINGS for a, _ in parts.values())
    figures = sum(bool(b) and _numeric(cell_text(b)) for _, b in parts.values())
    if heads < 2 or figures < 2 or any(a and _numeric(cell_text(a)) for a, _ in parts.values()):
        return cells, words, row_header, bold
    cut = (lines[0][1] + lines[1][0]) / 2
    out_c: list[Cell] = []
    out_w: list[list[WordBox]] = []
    for i, (c, ws) in enumerate(zip(cells, words, strict=True)):
        if c.row != first:
            out_c.append(c.model_copy(update={"row": c.row + 1}))
            out_w.append(ws)
            continue
        a, b = parts.get(i, ([], []))
        out_c.append(c.model_copy(update={"bbox": (c.bbox[0], c.bbox[1], c.bbox[2], cut), "text": cell_text(a),
                                          "header": True}))  # fmt: skip
        out_w.append(a)
        out_c.append(c.model_copy(update={"row": c.row + 1, "bbox": (c.bbox[0], cut, c.bbox[2], c.bbox[3]),
                                          "text": cell_text(b), "header": False}))  # fmt: skip
        out_w.append(b)
    n_tr = len(row_header)
    new_header = [row_header[r] for r in range(first)] + [True] + [False] * (n_tr > first)
    new_header += [row_header[r] for r in range(first + 1, n_tr)]
    bold = {(r + 1 if r > first else r, k) for r, k in bold}  # a bold first row: its headings
    return out_c, out_w, new_header, bold


def split_stacked_rows(
    cells: list[Cell], words: list[list[WordBox]], row_header: list[bool], bold: set[tuple[int, int]]
) -> tuple[list[Cell], list[list[WordBox]], list[bool], set[tuple[int, int]]]:
    """A body row of an invoice's item table where three cells or more hold a column of figures, one a line, on the
    same k text lines (k >= 2), is k item rows the model read as one (goods rows between column rules with no rule
    under each row): every cell's words go to the item whose figures' line they stand on or under. A description
    wrapped beside one line of figures is untouched (its figures are one line)."""
    heads = [r for r, h in enumerate(row_header) if h] or [0]
    if not cells or sum(c.text.strip().lower() in _ITEM_HEADINGS for c in cells if c.row in heads) < 2:
        return cells, words, row_header, bold  # not an item table (money is no test: all items may be one row)
    by_row: dict[int, list[int]] = {}
    for i, c in enumerate(cells):
        by_row.setdefault(c.row, []).append(i)
    splits: dict[int, list[float]] = {}  # row -> tops of its item lines
    for r, ids in by_row.items():
        if (r < len(row_header) and row_header[r]) or any(cells[i].rowspan > 1 for i in ids):
            continue
        stacks = []
        money = 0  # stacks of money (two decimals) only
        for i in ids:
            ys = _text_lines_y(words[i]) if words[i] else []
            if len(ys) < 2:
                continue
            per: list[list[WordBox]] = [[] for _ in ys]
            for w in words[i]:
                per[_line_index(ys, w)].append(w)
            if all(p and _numeric(cell_text(p)) for p in per):
                stacks.append(ys)
                money += all(_MONEY.match(cell_text(p).replace("−", "-")) for p in per)
        if not stacks or len({len(ys) for ys in stacks}) != 1:
            continue
        h = float(np.median([w.box[3] - w.box[1] for i in ids for w in words[i]]))
        tops = [float(np.median([ys[k][0] for ys in stacks])) for k in range(len(stacks[0]))]
        if any(abs(ys[k][0] - tops[k]) > 0.5 * h for ys in stacks for k in range(len(tops))):
            continue  # the figures' lines are not level across the columns
        if len(stacks) < 3 and not (money == len(stacks) and _stacked_lines(ids, words, tops, h)):
            continue
        splits[r] = tops
    if not splits:
        return cells, words, row_header, bold
    out_c: list[Cell] = []
    out_w: list[list[WordBox]] = []
    shift = {r: sum(len(splits[q]) - 1 for q in splits if q < r) for r in range(max(by_row) + 1)}
    for c, ws in zip(cells, words, strict=True):
        base = c.row + shift[c.row]
        if c.row not in splits:
            out_c.append(c.model_copy(update={"row": base}) if base != c.row else c)
            out_w.append(ws)
            continue
        tops = splits[c.row]
        h = float(np.median([w.box[3] - w.box[1] for w in ws])) if ws else 0.0
        parts: list[list[WordBox]] = [[] for _ in tops]
        for w in ws:
            cy = (w.box[1] + w.box[3]) / 2
            parts[max([k for k, t in enumerate(tops) if t <= cy + 0.3 * h] or [0])].append(w)
        for k, part in enumerate(parts):
            y0 = tops[k] if k else c.bbox[1]
            y1 = tops[k + 1] if k + 1 < len(tops) else c.bbox[3]
            out_c.append(c.model_copy(update={"row": base + k, "bbox": (c.bbox[0], y0, c.bbox[2], y1),
                                              "text": cell_text(part)}))  # fmt: skip
            out_w.append(part)
    n_tr = len(row_header)
    new_header: list[bool] = []
    for r in range(n_tr):
        new_header += [row_header[r]] * (len(splits[r]) if r in splits else 1)
    bold = {(br + shift.get(br, 0), bc) for br, bc in bold}
    for r in sorted(splits, reverse=True):  # from the bottom: a join shifts only the rows under it
        last = r + shift[r] + len(splits[r]) - 1
        out_c, out_w, new_header, bold = _join_rest(out_c, out_w, new_header, bold, last)
        # The first item's figures alone, the model having cut its name and their row apart: they join the row
        # above when it left their columns empty.
        above = r + shift[r] - 1
        if above >= 0 and not (above < len(new_header) and new_header[above]):
            out_c, out_w, new_header, bold = _join_rest(out_c, out_w, new_header, bold, above)
    return out_c, out_w, new_header, bold


def rows_from_item_lines(
    cells: list[Cell], words: list[list[WordBox]], row_header: list[bool], bold: set[tuple[int, int]]
) -> tuple[list[Cell], list[list[WordBox]], list[bool], set[tuple[int, int]]]:
    """The body rows of an item table rebuilt from its text lines where the model's rows cut across them (no rule
    between items, names wrapped over two lines or more: a row edge inside a name, two items' figures in one row):
    each text line with figures in two columns or more opens an item row (items are set level with their first
    line), the lines under it without them join it. Only where the model put two such lines in one row, one such
    line in two rows or a line under one in the next one's row (a name's last line read with the next item:
    `*电子计算机*图形工作站主机` | `(含专业显卡及三年上门保修）*纸制品*复印纸`), most body rows have the same cells
    (another row's cells go to the column they overlap most: a name one cell in some rows and two in others), none
    spanning rows, and the body's first line holds figures. With no header predicted, a first row of words in
    every cell heads the table."""
    first = next((r for r, h in enumerate(row_header) if not h), len(row_header))
    top = [c.text for c in cells if c.row == 0]
    filled = [t for t in top if t]
    if first == 0 and len(filled) > 2 and len(filled) >= len(top) - 1 and not any(_numeric(t) for t in filled):
        # no header predicted: a first row of words only in every cell (one may be blank: a heading the model
        # read into its neighbour's cell) heads the columns
        first = 1
    if not 0 < first < len(row_header) or any(row_header[first:]) or not _item_table(cells, row_header):
        return cells, words, row_header, bold
    body = [i for i, c in enumerate(cells) if c.row >= first]
    slots = {r: tuple(sorted((c.col, c.colspan) for c in cells if c.row == r)) for r in {cells[i].row for i in body}}
    if any(cells[i].rowspan > 1 for i in body):
        return cells, words, row_header, bold
    # The grid most body rows share; a row the model cut otherwise (a name one cell here and two there) has each
    # cell taken to the grid column it overlaps most.
    counts = {g: list(slots.values()).count(g) for g in set(slots.values())}
    grid = max(counts, key=lambda g: (counts[g], -min(r for r, v in slots.items() if v == g)))
    if len(counts) > 1 and 2 * counts[grid] <= len(slots):
        return cells, words, row_header, bold
    x_of = {col: (min(cells[i].bbox[0] for i in body if cells[i].col == col and slots[cells[i].row] == grid),
                  max(cells[i].bbox[2] for i in body if cells[i].col == col and slots[cells[i].row] == grid))
            for col, _ in grid}  # fmt: skip

    def overlap(i: int, col: int) -> float:
        return min(cells[i].bbox[2], x_of[col][1]) - max(cells[i].bbox[0], x_of[col][0])

    col_of: dict[int, int] = {}
    for i in body:
        col_of[i] = cells[i].col if slots[cells[i].row] == grid else max(x_of, key=partial(overlap, i))
    placed = [(w, i) for i in body for w in words[i]]
    if not placed:
        return cells, words, row_header, bold
    lines = _text_lines_y([w for w, _ in placed])
    per_line: list[list[tuple[WordBox, int]]] = [[] for _ in lines]
    for w, i in placed:
        per_line[_line_index(lines, w)].append((w, i))

    def by_col(k: int) -> dict[int, str]:
        ws: dict[int, list[WordBox]] = {}
        for w, i in per_line[k]:
            ws.setdefault(col_of[i], []).append(w)
        return {col: cell_text(v) for col, v in ws.items()}

    def figures(k: int) -> set[int]:
        # one amount, count or rate a cell (`¥ 1,234.00`), not a list of codes (`SN1843, SN2290, SN3071`)
        return {col for col, t in by_col(k).items() if _numeric(t) and len(t.split()) <= 3 and ", " not in t}

    opens = [k for k in range(len(lines)) if len(figures(k)) >= 2]
    if opens and opens[0] > 0:
        lifted = _lift_heading_lines(cells, words, first, col_of, [per_line[k] for k in range(opens[0])])
        if lifted is not None:  # the headings' wrapped lines back in the header; the body read again
            return rows_from_item_lines(lifted[0], lifted[1], row_header, bold)
    # Figures set level with each item's last line (vertical-align bottom: a name over a block of serial numbers)
    # close the items instead: the body ends on a line with figures and each item has lines of words over its
    # figures' line.
    # Up to three lines with a figure each under the last item's (a totals block read into the table) stay rows
    # of their own there.
    tail = list(range(opens[-1] + 1, len(lines))) if opens else []
    if len(tail) > 3 or not all(figures(k) for k in tail):
        tail = []
    end = len(lines) - len(tail)
    closes = (
        len(opens) >= 2
        and opens[0] > 0
        and opens[-1] == end - 1
        and all(b - a >= 2 for a, b in itertools.pairwise([-1, *opens]))
    )
    if len(opens) < 2 or (opens[0] != 0 and not closes):
        return cells, words, row_header, bold
    if not closes:
        tail, end = [], len(lines)
    # The lines joining an item hold words only: a figure under the items' figures is a row of its own (a
    # discount line's amount, a subtotal).
    figure_cols = {col for k in opens for col in figures(k)}
    if any(figures(k) & figure_cols for k in range(end) if k not in opens):
        return cells, words, row_header, bold
    if closes:
        item = [min(n for n, k in enumerate(opens) if k >= line) for line in range(end)]
        item += [len(opens) + n for n in range(len(tail))]
    else:
        item = [max(n for n, k in enumerate(opens) if k <= line) for line in range(len(lines))]
    rows_of = [{cells[i].row for _, i in per_line[k]} for k in range(len(lines))]
    two_in_one = any(rows_of[a] & rows_of[b] for a, b in itertools.pairwise(opens))
    split = any(len(rows_of[k]) > 1 for k in opens)
    # a wrapped line in another row than its item's first line: the model's row edge fell inside the name; only
    # where each such line goes on from the text above it (CJK under CJK, lower case, a bracket), not where the
    # figures stand level with an item's last line (centred in the row) and the next item's first line strays
    strays = [k for k in range(1, end) if k not in opens and rows_of[k] != rows_of[opens[item[k]]]]

    def goes_on(k: int) -> bool:
        above = by_col(k - 1)
        return all(above.get(c) and (_continues(above[c], t) or _goes_on(above[c], t)) for c, t in by_col(k).items())

    # (with figures closing the items, a line of words in another row than its item's figures is a row edge inside
    # the item: every item has words over its figures)
    strayed = bool(strays) and (closes or all(goes_on(k) for k in strays))
    if not (two_in_one or split or strayed):
        return cells, words, row_header, bold
    # the new grid: one row per item, the body's cells' columns; a row runs from its first line's top to the next
    # row's
    n_rows = len(opens) + len(tail)
    tops = [lines[item.index(n)][0] for n in range(n_rows)]
    template = cells[body[0]]
    y_end = max(cells[i].bbox[3] for i in body)
    was_bold = {col_of[i] for i in body if (cells[i].row, cells[i].col) in bold}
    new_c: list[Cell] = []
    new_w: list[list[WordBox]] = []
    for n in range(n_rows):
        y0 = min(cells[i].bbox[1] for i in body) if n == 0 else tops[n]
        y1 = tops[n + 1] if n + 1 < n_rows else y_end
        for col, span in grid:
            mine = [w for k, pl in enumerate(per_line) if item[k] == n for w, i in pl if col_of[i] == col]
            box = (x_of[col][0], y0, x_of[col][1], y1)
            new_c.append(template.model_copy(update={"row": first + n, "col": col, "colspan": span, "rowspan": 1,
                                                     "bbox": box, "text": cell_text(mine)}))  # fmt: skip
            new_w.append(mine)
    keep = [i for i, c in enumerate(cells) if c.row < first]
    bold = {(r, k) for r, k in bold if r < first}
    bold |= {(c.row, c.col) for c in new_c if c.col in was_bold and c.text}
    out_c = [cells[i] for i in keep] + new_c
    out_w = [words[i] for i in keep] + new_w
    return out_c, out_w, row_header[:first] + [False] * n_rows, bold


def _lift_heading_lines(
    cells: list[Cell],
    words: list[list[WordBox]],
    first: int,
    col_of: dict[int, int],
    above: list[list[tuple[WordBox, int]]],
) -> tuple[list[Cell], list[list[WordBox]]] | None:
    """The text lines the model read into the body above its first item (lines of words only, set close under the
    headings: a narrow heading wrapped, `货物或应税劳` / `务、服务名称`, the one-line headings level with its second
    line) are the header's: each word joins the last header row's cell of its column, where that cell is blank or
    the word's text goes on from it (CJK under CJK, lower case). None where a line is anything else (a section row
    under the headings, a figure)."""
    head = {c.col + k: i for i, c in enumerate(cells) if c.row == first - 1 for k in range(c.colspan)}
    head_words = [w for i in set(head.values()) for w in words[i]]
    if not head_words:
        return None
    moves: dict[int, list[WordBox]] = {}
    for line in above:
        texts: dict[int, list[WordBox]] = {}
        for w, i in line:
            texts.setdefault(col_of[i], []).append(w)
        goes_on = False
        for col, ws in texts.items():
            text, j = cell_text(ws), head.get(col)
            if j is None or _numeric(text):
                return None
            if cells[j].text and not _continues(cells[j].text, text):
                return None
            goes_on = goes_on or bool(cells[j].text)
            moves.setdefault(j, []).extend(ws)
        if not goes_on or _line_gap(head_words, [w for w, _ in line]) > 0.6:
            return None
        head_words += [w for w, _ in line]
    gone = {id(w) for ws in moves.values() for w in ws}
    out_c: list[Cell] = []
    out_w: list[list[WordBox]] = []
    for i, (c, ws) in enumerate(zip(cells, words, strict=True)):
        mine = [w for w in ws if id(w) not in gone] + moves.get(i, [])
        out_c.append(c if mine == ws else c.model_copy(update={"text": cell_text(mine)}))
        out_w.append(mine)
    return out_c, out_w


def _stacked_lines(ids: list[int], words: list[list[WordBox]], tops: list[float], h: float) -> bool:
    """Fewer than three columns of amounts stacked one a line: the row is still that many rows when a cell of words
    (no figure on any of its lines) has a line level with each figure's and every text line of the row stands level
    with one of them (a discount line under an item, its label and its amount read into the next item's row; not a
    price over the labels of a totals block read into the last item's row)."""
    level = [[abs(y0 - t) <= 0.5 * h for t in tops] for i in ids if words[i] for y0, _ in _text_lines_y(words[i])]
    if not all(any(x) for x in level):
        return False
    for i in ids:
        ys = _text_lines_y(words[i]) if words[i] else []
        if len(ys) != len(tops) or any(abs(y[0] - t) > 0.5 * h for y, t in zip(ys, tops, strict=True)):
            continue
        per: list[list[WordBox]] = [[] for _ in ys]
        for w in words[i]:
            per[_line_index(ys, w)].append(w)
        if all(p and not _numeric(cell_text(p)) for p in per):
            return True
    return False


def _join_rest(
    cells: list[Cell], words: list[list[WordBox]], row_header: list[bool], bold: set[tuple[int, int]], r: int
) -> tuple[list[Cell], list[list[WordBox]], list[bool], set[tuple[int, int]]]:
    """The row under the last item of a split row holds the rest of that item when its figures fill only columns
    the item left empty and its words go on from the item's text (the model cut the item's last figures and the
    wrapped end of its name into a row of their own: `及展览展示服务费 | | 9% | 504.18`)."""
    at = {(c.row, c.col): i for i, c in enumerate(cells) if c.colspan == 1 and c.rowspan == 1}
    mine = {cells[i].col: i for (row, _), i in at.items() if row == r and cells[i].text}
    nxt = [i for i, c in enumerate(cells) if c.row == r + 1]
    if r + 1 < len(row_header) and row_header[r + 1]:
        return cells, words, row_header, bold
    if not nxt or any(cells[i].colspan != 1 or cells[i].rowspan != 1 for i in nxt):
        return cells, words, row_header, bold
    filled = [i for i in nxt if cells[i].text]
    new_figs = [i for i in filled if cells[i].col not in mine]
    goes_on = [i for i in filled if cells[i].col in mine]
    if not new_figs or not all(_numeric(cells[i].text) for i in new_figs):
        return cells, words, row_header, bold
    if any(_numeric(cells[i].text) or _numeric(cells[mine[cells[i].col]].text) for i in goes_on):
        return cells, words, row_header, bold
    out_c: list[Cell] = []
    out_w: list[list[WordBox]] = []
    take = {cells[i].col: i for i in filled}
    for c, ws in zip(cells, words, strict=True):
        if c.row == r + 1:
            continue
        if c.row == r and c.col in take and c.colspan == 1:
            j = take[c.col]
            joined = ws + words[j]
            box = (min(c.bbox[0], cells[j].bbox[0]), c.bbox[1], max(c.bbox[2], cells[j].bbox[2]), cells[j].bbox[3])
            out_c.append(c.model_copy(update={"text": cell_text(joined), "bbox": box}))
            out_w.append(joined)
            continue
        out_c.append(c.model_copy(update={"row": c.row - 1}) if c.row > r + 1 else c)
        out_w.append(ws)
    header = row_header[: r + 1] + row_header[r + 2 :]
    bold = {(br - 1 if br > r + 1 else br, bc) for br, bc in bold if br != r + 1}
    return out_c, out_w, header, bold


# Words of one printed phrase stand at most this many word heights apart (a word space is about a third of one, a
# column gap over one: CHANNEL_HEIGHTS).
PHRASE_GAP_HEIGHTS = 0.7


def _prose_row(cells: list[Cell], words: list[list[WordBox]], ids: list[int], filled: list[int]) -> bool:
    """A body row the model cut into cells whose text is one run of prose over the columns (a footnote set across
    the table: `HR, hazard ratio; CI, confidence | | | interval.`): its words, line by line, stand only word spaces
    apart, two thirds of them hold letters, and the row starts in the first column with a cell of its own."""
    if len(filled) < 2 or any(cells[i].rowspan > 1 for i in ids) or min(cells[i].col for i in filled) != 0:
        return False
    ws = [w for i in filled for w in words[i]]
    if len(ws) < 4 or sum(any(ch.isalpha() for ch in w.text) for w in ws) < 2 / 3 * len(ws):
        return False
    # A word of three letters or more set 1.5 times taller than wide is turned (`for` in 11 px type is 11 x 12):
    # a row of turned column headings, side by side a narrow gap apart, is no prose (measured against their tall
    # boxes every gap looked like a word space).
    if any(w.box[3] - w.box[1] > 1.5 * (w.box[2] - w.box[0]) and sum(ch.isalpha() for ch in w.text) >= 3 for w in ws):
        return False
    h = float(np.median([w.box[3] - w.box[1] for w in ws]))
    ys = _text_lines_y(ws)
    lines: dict[int, list[WordBox]] = {}
    for w in ws:  # by where the words stand, not by OCR line: two OCR lines side by side are two phrases
        lines.setdefault(_line_index(ys, w), []).append(w)
    for ln in lines.values():
        ln.sort(key=lambda w: w.box[0])
        if any(b.box[0] - a.box[2] > PHRASE_GAP_HEIGHTS * h for a, b in itertools.pairwise(ln)):
            return False
    return True


def _join_phrase_cells(
    cells: list[Cell], words: list[list[WordBox]], ids: list[int], filled: list[int], drop: set[int]
) -> bool:
    """Neighbour cells of a body row whose words are one phrase of words on one line, only a word space apart
    across the column edge (a label set across columns, `Materials | subtotal` over an amount), are one cell
    spanning their columns. Figures never join (neighbour figure columns can stand close), nor CJK words."""
    if len(filled) < 2 or any(cells[i].rowspan > 1 for i in ids):
        return False
    order = sorted(filled, key=lambda k: cells[k].col)
    joined = False
    k = 0
    while k < len(order) - 1:
        run = [order[k]]
        while k + 1 < len(order) and cells[order[k + 1]].col == cells[run[-1]].col + cells[run[-1]].colspan:
            a, b = words[run[-1]], words[order[k + 1]]
            ws = a + b
            # Words of Latin letters: CJK sets no space between words, so a narrow gap says nothing there.
            wordy = all(sum(ch.isalpha() for ch in w.text) > sum(ch.isdigit() for ch in w.text) for w in ws)
            wordy = wordy and not any(_is_cjk(ch) for w in ws for ch in w.text)
            # Set across the line: rotated headings (tall narrow boxes side by side) are no phrase.
            wordy = wordy and all(w.box[2] - w.box[0] >= w.box[3] - w.box[1] for w in ws)
            if not wordy or len(_text_lines_y(ws)) != 1:
                break
            h = float(np.median([w.box[3] - w.box[1] for w in ws]))
            if min(w.box[0] for w in b) - max(w.box[2] for w in a) > PHRASE_GAP_HEIGHTS * h:
                break
            run.append(order[k + 1])
            k += 1
        k += 1
        if len(run) < 2:
            continue
        i = run[0]
        box = (min(cells[j].bbox[0] for j in run), min(cells[j].bbox[1] for j in run),
               max(cells[j].bbox[2] for j in run), max(cells[j].bbox[3] for j in run))  # fmt: skip
        ws = [w for j in run for w in words[j]]
        span = sum(cells[j].colspan for j in run)
        cells[i] = cells[i].model_copy(update={"colspan": span, "bbox": box, "text": cell_text(ws)})
        words[i] = ws
        drop |= set(run[1:])
        joined = True
    return joined


def _first_col(i: int | None, cells: list[Cell]) -> bool:
    return i is not None and cells[i].col == 0


_NOTE_MARK = re.compile(r"^\s*[*†‡§¶#]+\s*\S")


def _footnote(text: str) -> bool:
    """A table's footnote: a mark up front (`* p < 0.05.`, `† vs control`) or words ending a sentence (`Median
    (IQR).`, its mark lost by OCR); not a figure."""
    t = text.strip()
    letters = sum(ch.isalpha() for ch in t)
    if _NOTE_MARK.match(t):
        return letters >= 1
    return letters >= 3 and t.endswith(".") and len(t.split()) >= 2


def _figure_row(ids: list[int], cells: list[Cell]) -> bool:
    """The row of these cells holds figures in two cells or more (a row of the table's body)."""
    return sum(_numeric(cells[i].text) for i in ids) >= 2


def _figures_above(r: int, by_row: dict[int, list[int]], cells: list[Cell]) -> bool:
    """Some row above `r` holds figures in two cells or more (the table's body)."""
    return any(_figure_row(by_row[k], cells) for k in by_row if k < r)


def span_lone_rows(
    cells: list[Cell], words: list[list[WordBox]], row_header: list[bool], bold: set[tuple[int, int]]
) -> tuple[list[Cell], list[list[WordBox]], set[tuple[int, int]]]:
    """Body rows holding one text that belongs to the whole row become one cell spanning the table:
    - a label of words centred over the table, the model's cell for it being one of the middle columns (a section
      row set centred: `| Panel A: Survivors |` in the middle of three cells);
    - a line alone in the first column under a note that already spans the table, with only such rows under it
      to the foot (the second and third footnotes of a table whose first one the model read spanning)."""
    if not cells:
        return cells, words, bold
    n_cols = max(c.col + c.colspan for c in cells)
    n_rows = max(c.row + c.rowspan for c in cells)
    left = min(c.bbox[0] for c in cells)
    right = max(c.bbox[2] for c in cells)
    by_row: dict[int, list[int]] = {}
    for i, c in enumerate(cells):
        by_row.setdefault(c.row, []).append(i)
    crossed = {r for c in cells for r in range(c.row + 1, c.row + c.rowspan)}

    def lone(r: int) -> int | None:
        ids = by_row.get(r, [])
        filled = [i for i in ids if cells[i].text]
        if len(filled) != 1 or r in crossed or any(cells[i].rowspan > 1 for i in ids):
            return None
        return filled[0]

    def full(r: int) -> bool:
        i = lone(r)
        return i is not None and cells[i].col == 0 and cells[i].colspan == n_cols

    spans: dict[int, int] = {}
    widths: dict[int, int] = {}
    for r in sorted(by_row):
        if r < len(row_header) and row_header[r]:
            continue
        one = lone(r)
        if one is None or cells[one].colspan == n_cols:
            continue
        i = one
        c, ws = cells[i], words[i]
        letters = sum(ch.isalpha() for ch in c.text)
        if c.col > 0 and ws and n_cols >= 3 and letters >= 3 and letters >= 0.5 * len(c.text.replace(" ", "")):
            cx = (min(w.box[0] for w in ws) + max(w.box[2] for w in ws)) / 2
            if abs(cx - (left + right) / 2) <= 0.08 * (right - left):
                spans[r] = i
                continue
        if c.col == 0 and (full(r - 1) or spans.get(r - 1) is not None):
            below = range(r + 1, n_rows)
            if all(full(k) or _first_col(lone(k), cells) for k in below):
                spans[r] = i
                continue
        # The table's notes at its foot: lone first-column lines to the end, each a footnote (a mark up front or a
        # sentence's full stop), under a row of figures; they belong to the whole table, not to its first column.
        # (a note the model read over all columns but one already spans: the one left is likely a blank column)
        if (
            c.col == 0
            and c.colspan < n_cols - 1
            and n_cols >= 3
            and _footnote(c.text)
            and _figures_above(r, by_row, cells)
        ):
            below = range(r + 1, n_rows)
            notes = [lone(k) for k in below]
            if all(
                full(k) or (_first_col(j, cells) and j is not None and _footnote(cells[j].text))
                for k, j in zip(below, notes, strict=True)
            ):
                spans[r] = i
                # to where most rows of figures end: a blank column the model added is dropped later, and a note
                # spanning it would keep it
                ends = [max(cells[j].col + cells[j].colspan for j in ids if cells[j].text.strip()) for k, ids in
                        by_row.items() if k < r and _figure_row(ids, cells)]  # fmt: skip
                widths[r] = max(set(ends), key=ends.count)
    if not spans:
        return cells, words, bold
    out_c: list[Cell] = []
    out_w: list[list[WordBox]] = []
    for i, (c, ws) in enumerate(zip(cells, words, strict=True)):
        if c.row not in spans:
            out_c.append(c)
            out_w.append(ws)
        elif spans[c.row] == i:
            row = [cells[k] for k in by_row[c.row]]
            box = (min(x.bbox[0] for x in row), min(x.bbox[1] for x in row), max(x.bbox[2] for x in row),
                   max(x.bbox[3] for x in row))  # fmt: skip
            out_c.append(c.model_copy(update={"col": 0, "colspan": widths.get(c.row, n_cols), "bbox": box}))
            out_w.append(ws)
            if (c.row, c.col) in bold:
                bold = (bold - {(c.row, c.col)}) | {(c.row, 0)}
    return out_c, out_w, bold


# Whole headings of an invoice's item table (a quantity or a price beside an amount); scientific tables' `Total` or
# `Rate` alone do not make one.
_ITEM_HEADINGS = frozenset(
    ("qty", "qty.", "quantity", "hours/qty", "hours", "units", "unit price", "price", "unit cost", "rate", "amount",
     "net", "net amount", "total", "line total", "amount due", "单价", "数量", "金额")
)  # fmt: skip
_MONEY = re.compile(r"^[^\d\s]{0,3}\s?-?(?:\d{1,3}(?:[,.\s]\d{3})+|\d+)[.,]\d{2}(?:\s?[^\d\s]{1,3})?$")


def _item_table(cells: list[Cell], row_header: list[bool], by_words: bool = False) -> bool:
    """An invoice's item table: two or more of its headings name a quantity, a price or an amount, and its last
    column holds money (two decimals) in two body rows or more. `by_words`: a header cell holding several headings
    (the model read `Description Quantity Unit price` as one cell) counts each word that is one."""
    heads = [r for r, h in enumerate(row_header) if h] or [0]

    def names(text: str) -> int:
        text = text.strip().lower()
        if text in _ITEM_HEADINGS or not by_words:
            return int(text in _ITEM_HEADINGS)
        return sum(w in _ITEM_HEADINGS for w in text.split())

    named = sum(names(c.text) for c in cells if c.row in heads)
    n_cols = max((c.col + c.colspan for c in cells), default=0)
    body = [c for c in cells if c.row not in heads and c.rowspan == 1]
    # Line numbers (`1`, `2`... or `10`, `20`...) in the last column: the amounts stand in the one before it.
    lines = [c.text.strip() for c in body if c.col + c.colspan == n_cols and c.text.strip()]
    end = n_cols - 1 if len(lines) >= 2 and all(t.isdigit() and len(t) <= 3 for t in lines) else n_cols
    money = sum(bool(_MONEY.match(c.text.strip())) for c in body if c.col + c.colspan == end)
    return named >= 2 and money >= 2


def _figure_columns(cells: list[Cell], row_header: list[bool]) -> set[int]:
    """Columns whose filled one-column body cells are figures in two rows or more, and words only where nothing
    stands left of them in their row (a subtotal's label)."""
    figs: dict[int, int] = {}
    worded: set[int] = set()
    first: dict[int, int] = {}  # row -> its first filled column
    for c in cells:
        if c.text.strip():
            first[c.row] = min(first.get(c.row, c.col), c.col)
    for c in cells:
        if c.colspan != 1 or c.rowspan != 1 or not c.text.strip() or (c.row < len(row_header) and row_header[c.row]):
            continue
        if _numeric(c.text):
            figs[c.col] = figs.get(c.col, 0) + 1
        elif first[c.row] < c.col or c.col == 0:
            worded.add(c.col)
    return {col for col, n in figs.items() if n >= 2 and col not in worded}


def span_item_rows(
    cells: list[Cell], words: list[list[WordBox]], row_header: list[bool], bold: set[tuple[int, int]]
) -> tuple[list[Cell], list[list[WordBox]], set[tuple[int, int]]]:
    """Rows of an invoice's item table that belong to the whole row, read by the model as a cell of one column:
    - a section title alone in the first column, in bold or a row's space under the row above (not a wrapped line
      of the description), over an item row holding figures: one cell spanning the table (`Hardware` over its
      items);
    - a subtotal row: one label of words on one text line, set flush right against the amount in the last column,
      nothing to its left: the label spans from the first column to the amount (`Software subtotal | $6,213.34`).
    A label left-aligned in the description column with empty columns before the amount (`Brought forward`) keeps
    its columns: those rows are written cell by cell."""
    if not cells or not _item_table(cells, row_header):
        return cells, words, bold
    n_cols = max(c.col + c.colspan for c in cells)
    by_row: dict[int, list[int]] = {}
    for i, c in enumerate(cells):
        by_row.setdefault(c.row, []).append(i)
    crossed = {r for c in cells for r in range(c.row, c.row + c.rowspan) if c.rowspan > 1}
    rows = sorted(by_row)
    plan: dict[int, tuple[list[int], int]] = {}  # row -> (cells joined into the label, columns it spans)
    fig_cols = _figure_columns(cells, row_header)

    def head(r: int) -> bool:
        return r < len(row_header) and row_header[r]

    for k, r in enumerate(rows):
        filled = sorted((i for i in by_row[r] if cells[i].text), key=lambda i: cells[i].col)
        # A section title the model read into <thead>, under the headings (text_header moves it to the body).
        title_in_head = head(r) and k > 0 and head(rows[k - 1]) and len(filled) == 1
        title_in_head = title_in_head and sum(bool(cells[i].text) for i in by_row[rows[k - 1]]) >= 3
        if (head(r) and not title_in_head) or r in crossed or not filled:
            continue
        text = [i for i in filled if not _numeric(cells[i].text)]
        figs = [i for i in filled if _numeric(cells[i].text)]
        if not text or any(sum(ch.isalpha() for ch in cells[i].text) < 2 for i in text):
            continue
        if not figs and len(text) == 1 and cells[text[0]].col == 0 and cells[text[0]].colspan < n_cols:
            below = rows[k + 1] if k + 1 < len(rows) else None
            above = rows[k - 1] if k > 0 else None
            item_below = below is not None and any(_numeric(cells[i].text) for i in by_row[below])
            # The first line of a name wrapped over two rows (`*运输服务*国内` over `道路货物运输服务 | 次 | 10 ...`).
            first_below = [cells[i].text for i in by_row[below] if cells[i].col == 0] if below is not None else []
            # The item under a title has its own description; a title is no first line of that name.
            item_below = item_below and bool(first_below) and bool(first_below[0])
            item_below = item_below and not _continues(cells[text[0]].text, first_below[0])
            # Nor level with the figures of the row below (one row the model cut in two on a skewed page).
            low = [w for i in by_row[below] for w in words[i]] if below is not None else []
            if item_below and low and words[text[0]]:
                mine = words[text[0]]
                level = min(w.box[3] for w in mine + low) > max(w.box[1] for w in mine + low)
                item_below = not level
            up_words = [w for i in by_row.get(above, []) for w in words[i]] if above is not None else []
            # Set in bold (a wrapped line has its item's weight), or a row's space under the row above.
            lone = (r, 0) in bold or not up_words or not words[text[0]] or _line_gap(up_words, words[text[0]]) > 0.5
            if item_below and lone:
                plan[r] = (text, n_cols)
            continue
        if title_in_head or len(figs) != 1 or cells[figs[0]].col + cells[figs[0]].colspan != n_cols:
            continue
        fig_col = cells[figs[0]].col
        if cells[text[-1]].col + cells[text[-1]].colspan != fig_col or fig_col < 2:
            continue
        if cells[text[0]].col == 0 and len(text) == 1:
            continue  # already from the first column
        ws = [w for i in text for w in words[i]]
        if not ws or len({w.line for w in ws}) != 1:
            continue  # not one label on one text line
        x0 = min(cells[i].bbox[0] for i in text)
        x1 = max(cells[i].bbox[2] for i in text)
        w0, w1 = min(w.box[0] for w in ws), max(w.box[2] for w in ws)
        # Set flush right, against the amount; or standing in columns that hold only figures in the other body
        # rows (a label's words under the prices belong to a cell spanning from the first column).
        in_figures = all(cells[i].col in fig_cols for i in text)
        if x1 - w1 < w0 - x0 or in_figures:
            plan[r] = (text, fig_col)
    if not plan:
        return cells, words, bold
    out_c: list[Cell] = []
    out_w: list[list[WordBox]] = []
    for i, (c, ws) in enumerate(zip(cells, words, strict=True)):
        if c.row not in plan:
            out_c.append(c)
            out_w.append(ws)
            continue
        text, span = plan[c.row]
        if i in text[1:] or (i not in text and c.col < span):
            continue  # joined into the label, or an empty cell the label now covers
        if i == text[0]:
            row = [cells[j] for j in by_row[c.row] if cells[j].col < span]
            box = (min(x.bbox[0] for x in row), min(x.bbox[1] for x in row), max(x.bbox[2] for x in row),
                   max(x.bbox[3] for x in row))  # fmt: skip
            mine = [w for j in text for w in words[j]]
            was_bold = any((c.row, cells[j].col) in bold for j in text)
            bold = {b for b in bold if not (b[0] == c.row and b[1] < span)} | ({(c.row, 0)} if was_bold else set())
            out_c.append(c.model_copy(update={"col": 0, "colspan": span, "bbox": box, "text": cell_text(mine)}))
            out_w.append(mine)
            continue
        out_c.append(c)
        out_w.append(ws)
    return out_c, out_w, bold


def move_stray_figures(
    cells: list[Cell], words: list[list[WordBox]], row_header: list[bool]
) -> tuple[list[Cell], list[list[WordBox]]]:
    """A figure ending a cell of an item table's body that stands in the next column, whose cell in that row is
    empty (`Network switch 24-port 1` | ``: the model's description cell reached over the quantity): it goes to
    that column. It stands under the next column's words of the other rows and right of this column's."""
    if not cells or not _item_table(cells, row_header):
        return cells, words
    heads = {r for r, h in enumerate(row_header) if h}
    at = {(c.row, c.col): i for i, c in enumerate(cells) if c.colspan == 1 and c.rowspan == 1}
    spans: dict[int, list[tuple[int, float, float]]] = {}
    for (r, k), i in at.items():
        if r not in heads:
            spans.setdefault(k, []).extend((r, w.box[0], w.box[2]) for w in words[i])
    cells, words = list(cells), list(words)
    for (r, k), i in sorted(at.items()):
        j = at.get((r, k + 1))
        if r in heads or j is None or words[j] or len(words[i]) < 2:
            continue
        last = max(words[i], key=lambda w: w.box[2])
        if not _numeric(last.text) or (cells[i].text and _numeric(cells[i].text)):
            continue  # a cell of figures is no description that ran over
        mine = [s for s in spans.get(k, []) if s[0] != r]
        nxt = [s for s in spans.get(k + 1, []) if s[0] != r]
        if len({s[0] for s in nxt}) < 2 or not mine:
            continue
        under = any(min(last.box[2], x1) - max(last.box[0], x0) > 0 for _, x0, x1 in nxt)
        if not under or last.box[0] <= max(x1 for _, _, x1 in mine):
            continue
        rest = [w for w in words[i] if w is not last]
        cells[i] = cells[i].model_copy(update={"text": cell_text(rest)})
        cells[j] = cells[j].model_copy(update={"text": cell_text([last])})
        words[i], words[j] = rest, [last]
    return cells, words


# Words that join a phrase over columns (`Price and amount`, `Number of units`): no heading of its own ends on one.
_JOINING = frozenset(("and", "or", "&", "of", "per", "in", "the", "/", "+", "-", "x"))


def deal_headings(
    cells: list[Cell], words: list[list[WordBox]], row_header: list[bool], bold: set[tuple[int, int]]
) -> tuple[list[Cell], list[list[WordBox]], set[tuple[int, int]]]:
    """The one header row of an item table dealt again by the columns of its item rows, where the model's header
    cells disagree with them (`# Product / service` over the `#` and description columns, `Unit` | `price` over two
    columns): each heading word goes to the column its centre stands over, between the midpoints of the gaps
    separating the item rows' words column by column. Only when every column holds words in the item rows, the
    columns do not overlap, and no heading word reaches far over an edge (a group label over columns)."""
    # headings counted word by word: the cells to deal again are the ones holding several. With no header row
    # from the model, a first row of words over columns of figures is one (as `text_header` finds it later).
    if cells and row_header and not any(row_header):
        texts, rows, cols = [c.text for c in cells], [c.row for c in cells], [c.col for c in cells]
        row_header = text_header(row_header, texts, rows, len(row_header), cols)
        # Or one cell across every column holding two item headings or more (`Item Qty Price Total` over a till
        # receipt's items, no rule or gap the model saw between them).
        top = [c for c in cells if c.row == 0]
        n_all = max(c.col + c.colspan for c in cells)
        if len(top) == 1 and top[0].colspan == n_all >= 3 and not _numeric(top[0].text):
            named = sum(w in _ITEM_HEADINGS for w in top[0].text.lower().split())
            row_header = [True, *row_header[1:]] if named >= 2 else row_header
    if not cells or not row_header or not row_header[0] or not _item_table(cells, row_header, by_words=True):
        return cells, words, bold
    n_cols = max(c.col + c.colspan for c in cells)
    head = [i for i, c in enumerate(cells) if c.row == 0]
    if n_cols < 3 or any(cells[i].rowspan != 1 for i in head) or any(_numeric(cells[i].text) for i in head):
        return cells, words, bold
    by_row: dict[int, list[int]] = {}
    for i, c in enumerate(cells):
        by_row.setdefault(c.row, []).append(i)
    spans: dict[int, list[tuple[float, float]]] = {}
    for r, ids in by_row.items():
        if r == 0 or not _figure_row(ids, cells):
            continue  # item rows only: a section label or a note spans where it likes
        for i in ids:
            if cells[i].colspan == 1 and cells[i].rowspan == 1 and words[i]:  # an empty cell says nothing
                spans.setdefault(cells[i].col, []).extend((w.box[0], w.box[2]) for w in words[i])
    if len(spans) != n_cols:
        return cells, words, bold
    ranges = [(min(a for a, _ in spans[k]), max(b for _, b in spans[k])) for k in range(n_cols)]
    if any(ranges[k][1] > ranges[k + 1][0] for k in range(n_cols - 1)):
        return cells, words, bold  # the item rows' columns overlap: they say nothing sure
    cuts = [(ranges[k][1] + ranges[k + 1][0]) / 2 for k in range(n_cols - 1)]
    edges = [-np.inf, *cuts, np.inf]
    at: list[tuple[WordBox, int]] = []
    moved = False
    for i in head:
        c = cells[i]
        dealt: list[tuple[WordBox, int | None]] = []
        for w in words[i]:
            k = int(np.searchsorted(cuts, _cx(w)))
            width = max(w.box[2] - w.box[0], 1.0)
            over = max(edges[k] - w.box[0], w.box[2] - edges[k + 1], 0.0)
            if over > 0.25 * width:
                return cells, words, bold  # a heading over the edge: a label spanning columns, or text running on
            # A word over no column's words (in the gap beside a narrow column of figures: `QTY` of a wide
            # `QTY RETURNED` over the quantities) goes with its cell's nearest word that stands over one.
            dealt.append((w, k if min(w.box[2], ranges[k][1]) - max(w.box[0], ranges[k][0]) > 0 else None))
        to: dict[int, list[WordBox]] = {}
        for w, kk in dealt:
            placed = [(abs(_cx(o) - _cx(w)), j) for o, j in dealt if j is not None]
            col = kk if kk is not None else min(placed)[1] if placed else c.col
            at.append((w, col))
            to.setdefault(col, []).append(w)
            moved |= not c.col <= col < c.col + c.colspan
        # One cell holding two columns' headings, each a heading of its own (`QUANTITY` | `UNIT PRICE`), not a
        # phrase over them (`Price and amount`: a part ends or starts on a joining word).
        parts = [cell_text(ws).lower().split() for ws in to.values()]
        moved |= len(to) > 1 and not any(p[0] in _JOINING or p[-1] in _JOINING for p in parts if p)
    if not moved:
        return cells, words, bold
    y0 = min(cells[i].bbox[1] for i in head)
    y1 = max(cells[i].bbox[3] for i in head)
    x_lo = min(c.bbox[0] for c in cells)
    x_hi = max(c.bbox[2] for c in cells)
    was_bold = any((0, cells[i].col) in bold for i in head)
    new_cells: list[Cell] = []
    new_words: list[list[WordBox]] = []
    for k in range(n_cols):
        mine = [w for w, kk in at if kk == k]
        box = (x_lo if k == 0 else cuts[k - 1], y0, x_hi if k == n_cols - 1 else cuts[k], y1)
        new_cells.append(
            cells[head[0]].model_copy(update={"col": k, "colspan": 1, "bbox": box, "text": cell_text(mine)})
        )
        new_words.append(mine)
    rest = [i for i in range(len(cells)) if cells[i].row != 0]
    bold = {(r, c) for r, c in bold if r != 0}
    if was_bold:
        bold |= {(0, c.col) for c in new_cells if c.text}
    return new_cells + [cells[i] for i in rest], new_words + [words[i] for i in rest], bold


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


def _cx(w: WordBox) -> float:
    return (w.box[0] + w.box[2]) / 2


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


def split_columns(
    cells: list[Cell], words: list[list[WordBox]], bold: set[tuple[int, int]]
) -> tuple[list[Cell], list[list[WordBox]], set[tuple[int, int]]]:
    """A column holding two columns of text (the model merged `Description | Qty` on a slightly turned scan): a
    white channel runs down it with words on both sides -> two columns; cells spanning it span one more."""
    n_cols = max(c.col + c.colspan for c in cells)
    k = 0
    while k < n_cols:
        filled = [words[i] for i, c in enumerate(cells) if c.col == k and c.colspan == 1 and words[i]]
        x = _channel(filled) if len(filled) >= 2 else None
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


def _goes_on(above: str, below: str) -> bool:
    """`below` continues `above` in one cell: `above` ends on an operator, a comma or an open bracket, or `below`
    starts with `±` or a bracket. (A lower-case start is no sign here: a column of `yes` / `no` has one in every
    row.)"""
    above, below = above.strip(), below.strip()
    if not above or not below:
        return False
    if above[-1] in "±–-−,;/+(" or above.count("(") > above.count(")"):
        return True
    return below[0] in "±)("


def _continues(above: str, text: str) -> bool:
    """`text`, alone in its row, reads as the next line of the cell text `above`: it starts in lower case, or both
    are CJK where they meet."""
    above = above.rstrip()
    return text[:1].islower() or (bool(above) and _is_cjk(above[-1]) and _is_cjk(text[:1]))


def _line_gap(upper: list[WordBox], lower: list[WordBox]) -> float:
    """White space between the last text line of `upper` and the first of `lower`, in word heights."""
    h = float(np.median([w.box[3] - w.box[1] for w in upper + lower]))
    return (min(w.box[1] for w in lower) - max(w.box[3] for w in upper)) / max(h, 1e-6)


def join_wrapped_rows(
    cells: list[Cell], words: list[list[WordBox]], row_header: list[bool], bold: set[tuple[int, int]]
) -> tuple[list[Cell], list[list[WordBox]], list[bool], set[tuple[int, int]]]:
    """A body row that only continues the text of the cells above it (a wrapped line the structure model read
    as a row of its own: `Of and life program` / `cross-sectional risk ...`) joins that row: each of its filled
    cells sits right under a filled cell of the row above, a line space away; it holds words, not figures; some
    filled cell above has no continuation; and a cell of the row above spans down over it (the model's sign of a
    wrapped line: without it, row and line gaps on small crops are too alike to tell apart)."""
    r = 0
    while r + 1 < len(row_header):
        if row_header[r] or row_header[r + 1]:
            r += 1
            continue
        upper = {c.col: i for i, c in enumerate(cells) if c.row == r}
        lower = [i for i, c in enumerate(cells) if c.row == r + 1 and words[i]]
        spanned = any(c.row <= r < c.row + c.rowspan - 1 for c in cells)
        # Or the row is only a cell going on in lower case (`Squamous cell` / `carcinoma`; a wrapped item
        # description's last line, `installed equipment`, under its cell), or a CJK name going on under a CJK
        # name (`*电子元件*电源` / `适配器`: CJK wraps anywhere, with no case to tell).
        lone = cells[lower[0]] if len(lower) == 1 else None
        going_on = lone is not None and _continues(cells[upper[lone.col]].text if lone.col in upper else "", lone.text)
        # Sub-rows of a real row group hold figures, or fill as many cells as the row above.
        filled_up = sum(bool(words[j]) for j in upper.values())
        ok = bool(lower) and (spanned or going_on) and len(lower) < filled_up
        ok = ok and not any(_numeric(cells[i].text) for i in lower)
        # Or every filled cell of the row visibly goes on from the cell above (`46.1 ±` / `10.4`, `116.28` /
        # `± 30.99`, `Heart rate,` / `bpm (ng/mL)`): a row of a narrow table whose figures wrapped, read as two.
        ok = ok or (
            bool(lower)
            and all(cells[i].col in upper and _goes_on(cells[upper[cells[i].col]].text, cells[i].text) for i in lower)
        )
        for i in lower:
            j = upper.get(cells[i].col)
            c = cells[i]
            if j is None or not words[j] or cells[j].colspan != c.colspan or c.rowspan != 1 or cells[j].rowspan != 1:
                ok = False
                break
            if _line_gap(words[j], words[i]) > 0.5:
                ok = False
                break
        if not ok:
            r += 1
            continue
        for i in lower:
            j = upper[cells[i].col]
            words[j] = words[j] + words[i]
            cells[j] = cells[j].model_copy(
                update={
                    "text": cell_text(words[j]),
                    "bbox": (*cells[j].bbox[:3], max(cells[j].bbox[3], cells[i].bbox[3])),
                }
            )
        keep = [i for i, c in enumerate(cells) if c.row != r + 1]
        cells = [
            c.model_copy(
                update={"row": c.row - (c.row > r + 1), "rowspan": c.rowspan - (c.row <= r < c.row + c.rowspan - 1)}
            )
            for c in (cells[i] for i in keep)
        ]
        words = [words[i] for i in keep]
        bold = {(br - (br > r + 1), bc) for br, bc in bold if br != r + 1}
        row_header = row_header[: r + 1] + row_header[r + 2 :]
    return cells, words, row_header, bold


def _without_row(
    cells: list[Cell], words: list[list[WordBox]], row_header: list[bool], bold: set[tuple[int, int]], r: int
) -> tuple[list[Cell], list[list[WordBox]], list[bool], set[tuple[int, int]]]:
    """Row `r` (its cells empty or emptied) taken out; the rows under it move up one."""
    keep = [i for i, c in enumerate(cells) if c.row != r]
    cells = [
        cells[i].model_copy(
            update={
                "row": cells[i].row - (cells[i].row > r),
                "rowspan": cells[i].rowspan - (cells[i].row < r < cells[i].row + cells[i].rowspan),
            }
        )
        for i in keep
    ]
    bold = {(br - (br > r), bc) for br, bc in bold if br != r}
    return cells, [words[i] for i in keep], row_header[:r] + row_header[r + 1 :], bold


def join_level_rows(
    cells: list[Cell], words: list[list[WordBox]], row_header: list[bool], bold: set[tuple[int, int]]
) -> tuple[list[Cell], list[list[WordBox]], list[bool], set[tuple[int, int]]]:
    """A body row of an item table whose first text line stands level with the first line of the row under it,
    filling only columns that row fills too (a note's first lines read as a row of their own above the item they
    stand beside, the note's last line left in the item's row): one row cut inside an item; its words join the row
    under it. Two rows of a table never share a text line: two rows holding pieces of one line only join in any
    table."""
    heads = [r for r, h in enumerate(row_header) if h] or [0]
    if not cells:
        return cells, words, row_header, bold
    items = sum(c.text.strip().lower() in _ITEM_HEADINGS for c in cells if c.row in heads) >= 2
    r = 0
    while r + 1 < max(c.row for c in cells) + 1:
        up = [i for i, c in enumerate(cells) if c.row == r]
        low = [i for i, c in enumerate(cells) if c.row == r + 1]
        ws_up = [w for i in up for w in words[i]]
        ws_low = [w for i in low for w in words[i]]
        simple = all(cells[i].rowspan == 1 and cells[i].colspan == 1 for i in up + low)
        if (r < len(row_header) and row_header[r]) or not simple or not ws_up or not ws_low:
            r += 1
            continue
        filled_up = {cells[i].col for i in up if words[i]}
        filled_low = {cells[i].col for i in low if words[i]}
        h = float(np.median([w.box[3] - w.box[1] for w in ws_up + ws_low]))
        top_up = min((w.box[1] + w.box[3]) / 2 for w in ws_up)
        top_low = min((w.box[1] + w.box[3]) / 2 for w in ws_low)
        # or: both rows hold pieces of one text line only (the model's row edge ran along a line of a dense list,
        # `46` | `G 135.89 271.78` a row apart)
        ys = [(w.box[1] + w.box[3]) / 2 for w in ws_up + ws_low]
        one_line = max(ys) - min(ys) <= 0.35 * h
        by_col = {cells[i].col: i for i in low}
        joins = (items and filled_up < filled_low) or (one_line and filled_up <= set(by_col))
        if not joins or abs(top_up - top_low) > 0.35 * h:
            r += 1
            continue
        cells, words = list(cells), list(words)
        for i in up:
            if words[i]:
                j = by_col[cells[i].col]
                merged = words[i] + words[j]
                box = cells[j].bbox
                top = min(cells[i].bbox[1], box[1])
                cells[j] = cells[j].model_copy(
                    update={"text": cell_text(merged), "bbox": (box[0], top, box[2], box[3])}
                )
                words[j] = merged
                words[i] = []
        cells, words, row_header, bold = _without_row(cells, words, row_header, bold, r)
    return cells, words, row_header, bold


def join_item_lines(
    cells: list[Cell], words: list[list[WordBox]], row_header: list[bool], bold: set[tuple[int, int]]
) -> tuple[list[Cell], list[list[WordBox]], list[bool], set[tuple[int, int]]]:
    """The first line of an item's description the model read as a row of its own, in an invoice's item table
    (`_item_table`): a line alone in the first column, a line space (not a row's) over an item row whose description
    reads on from it (`*运输服务*国内` over `道路货物运输服务 | 次 | 10 | ...`: the figures stand level with the name's
    last line) joins that description. (`join_wrapped_rows` joins a last line read under its row.)"""
    if not cells or not _item_table(cells, row_header):
        return cells, words, row_header, bold
    r = 0
    while r < len(row_header) or r <= max(c.row for c in cells):
        ids = [i for i, c in enumerate(cells) if c.row == r]
        filled = [i for i in ids if cells[i].text]
        # A line the model read into <thead> under the headings, over the first item (text_header would move it
        # to the body) counts as a body line.
        head = r < len(row_header) and row_header[r]
        head = head and not (r > 0 and row_header[r - 1] and not (r + 1 < len(row_header) and row_header[r + 1]))
        lone = filled[0] if len(filled) == 1 else None
        if head or lone is None or cells[lone].col != 0 or cells[lone].colspan != 1 or _numeric(cells[lone].text):
            r += 1
            continue
        if any(c.rowspan > 1 and c.row <= r < c.row + c.rowspan for c in cells) or not words[lone]:
            r += 1
            continue
        below = [i for i, c in enumerate(cells) if c.row == r + 1]
        first_b = next((i for i in below if cells[i].col == 0 and cells[i].colspan == 1 and words[i]), None)
        if (
            first_b is None
            or not any(_numeric(cells[i].text) for i in below)
            or not _continues(cells[lone].text, cells[first_b].text)
            or _line_gap(words[lone], words[first_b]) > 0.5
        ):
            r += 1
            continue
        into = first_b
        words[into] = words[into] + words[lone]
        top = min(cells[into].bbox[1], cells[lone].bbox[1])
        bottom = max(cells[into].bbox[3], cells[lone].bbox[3])
        box = (cells[into].bbox[0], top, cells[into].bbox[2], bottom)
        cells[into] = cells[into].model_copy(update={"text": cell_text(words[into]), "bbox": box})
        cells[lone] = cells[lone].model_copy(update={"text": ""})
        words[lone] = []
        cells, words, row_header, bold = _without_row(cells, words, row_header, bold, r)
    return cells, words, row_header, bold


def _on_line(lines: list[tuple[float, float]], band: list[tuple[float, float]]) -> bool:
    """Every text line (top, bottom) has its centre inside the words of `band` (a row's other cells)."""
    if not band:
        return False
    lo, hi = min(y0 for y0, _ in band), max(y1 for _, y1 in band)
    return all(lo <= (a + b) / 2 <= hi for a, b in lines)


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


def _text_lines_y(words: list[WordBox]) -> list[tuple[float, float]]:
    """(top, bottom) of the text lines of `words`, top to bottom (a word joins the line its centre falls in)."""
    out: list[list[float]] = []
    for w in sorted(words, key=lambda w: (w.box[1] + w.box[3]) / 2):
        cy = (w.box[1] + w.box[3]) / 2
        if out and out[-1][0] <= cy <= out[-1][1]:
            out[-1][1] = max(out[-1][1], w.box[3])
        else:
            out.append([w.box[1], w.box[3]])
    return [(a, b) for a, b in out]


def _line_index(lines: list[tuple[float, float]], w: WordBox) -> int:
    cy = (w.box[1] + w.box[3]) / 2
    return min(range(len(lines)), key=lambda i: abs((lines[i][0] + lines[i][1]) / 2 - cy))


def lift_continued_lines(
    cells: list[Cell], words: list[list[WordBox]], row_header: list[bool]
) -> tuple[list[Cell], list[list[WordBox]]]:
    """A cell whose first text line goes on in lower case and stands nearer the text above it than its own next
    line gives that line back to the cell above: the wrapped end of a cell read into the next row (`carcinoma`
    over `Secondary school` under `Squamous cell`; `system and office software` over the next item's
    description)."""
    at = {(c.row, c.col): i for i, c in enumerate(cells) if c.colspan == 1 and c.rowspan == 1}
    for i, c in enumerate(cells):
        j = at.get((c.row - 1, c.col))
        if j is None or (c.row, c.col) not in at or not words[j] or row_header[c.row - 1 : c.row + 1] != [False, False]:
            continue
        lines = _text_lines_y(words[i])
        if len(lines) < 2:
            continue
        first = [w for w in words[i] if _line_index(lines, w) == 0]
        # CJK has no lower case: its wrapped end stands above every other text of its row (item rows are set
        # level with their first lines).
        others = [
            min(x.box[1] for x in words[k]) for k, o in enumerate(cells) if o.row == c.row and k != i and words[k]
        ]
        cjk_end = _is_cjk(cell_text(first)[:1]) and bool(others) and min(others) > lines[0][1]
        if not (cell_text(first)[:1].islower() or cjk_end):
            continue
        up = lines[0][0] - max(w.box[3] for w in words[j])
        down = lines[1][0] - lines[0][1]
        if up >= down:
            continue
        words[j] = words[j] + first
        words[i] = [w for w in words[i] if _line_index(lines, w) != 0]
        cells[j] = cells[j].model_copy(update={"text": cell_text(words[j])})
        cells[i] = cells[i].model_copy(update={"text": cell_text(words[i])})
    return cells, words


def join_split_heading(
    cells: list[Cell], words: list[list[WordBox]], row_header: list[bool], bold: set[tuple[int, int]]
) -> tuple[list[Cell], list[list[WordBox]], list[bool], set[tuple[int, int]]]:
    """A first row holding only the upper lines of headings wrapped in the row under it (`税率/` over `征收率`,
    the model cut the heading row at the wrap) goes down into those headings: each of its pieces stands over one
    cell of words in the second row, a line space above it, and the two together are centred on the line of that
    row's other cells (a group label over its columns is not: it stands above a row of level headings)."""
    if len(row_header) < 3:
        return cells, words, row_header, bold
    upper = [i for i, c in enumerate(cells) if c.row == 0 and words[i]]
    lower = [i for i, c in enumerate(cells) if c.row == 1 and words[i]]
    if not upper or len(lower) < 3 or any(cells[i].rowspan > 1 for i in upper):
        return cells, words, row_header, bold
    targets: dict[int, list[WordBox]] = {}
    for i in upper:
        for w in words[i]:
            cx = _cx(w)
            hit = [
                j
                for j in lower
                if cells[j].bbox[0] <= cx <= cells[j].bbox[2] and cells[j].rowspan == 1 and cells[j].colspan == 1
            ]
            if len(hit) != 1 or _numeric(cells[hit[0]].text):
                return cells, words, row_header, bold
            targets.setdefault(hit[0], []).append(w)
    others = [j for j in lower if j not in targets and cells[j].rowspan == 1]
    if 2 * len(targets) > len(lower) or len(others) < 2:
        return cells, words, row_header, bold
    h = float(np.median([w.box[3] - w.box[1] for j in lower for w in words[j]]))
    line = float(np.median([(w.box[1] + w.box[3]) / 2 for j in others for w in words[j]]))
    for j, piece in targets.items():
        top, bottom = min(w.box[1] for w in piece), max(w.box[3] for w in words[j])
        gap = min(w.box[1] for w in words[j]) - max(w.box[3] for w in piece)
        if gap > 0.5 * h or abs((top + bottom) / 2 - line) > 0.35 * h:
            return cells, words, row_header, bold
    moved = {id(w) for piece in targets.values() for w in piece}
    for i in upper:
        words[i] = [w for w in words[i] if id(w) not in moved]
        cells[i] = cells[i].model_copy(update={"text": cell_text(words[i])})
    for j, piece in targets.items():
        words[j] = piece + words[j]
        cells[j] = cells[j].model_copy(update={"text": cell_text(words[j])})
    if any(words[i] for i in range(len(cells)) if cells[i].row == 0):
        return cells, words, row_header, bold
    keep = [i for i, c in enumerate(cells) if c.row > 0]
    cells = [cells[i].model_copy(update={"row": cells[i].row - 1}) for i in keep]
    words = [words[i] for i in keep]
    bold = {(r - 1, c) for r, c in bold if r > 0}
    return cells, words, [row_header[0] or row_header[1], *row_header[2:]], bold


def join_translated_headings(
    cells: list[Cell], words: list[list[WordBox]], row_header: list[bool], bold: set[tuple[int, int]]
) -> tuple[list[Cell], list[list[WordBox]], list[bool], set[tuple[int, int]]]:
    """Bilingual headings set on two lines, the Chinese over the English (`货物名称` over `Description`, a Hong Kong
    or export invoice's header): a row right under a one-row header of CJK headings whose every cell holds a Latin
    heading (letters, no CJK, no figure) under one of them is the header's second line; each joins the heading
    over it (`货物名称 Description`)."""
    if len(row_header) < 3 or not row_header[0] or row_header[1]:
        return cells, words, row_header, bold
    head = sorted((c.col, c.colspan, i) for i, c in enumerate(cells) if c.row == 0)
    under = sorted((c.col, c.colspan, i) for i, c in enumerate(cells) if c.row == 1)
    if len(head) < 3 or [h[:2] for h in head] != [u[:2] for u in under]:
        return cells, words, row_header, bold
    if any(cells[i].rowspan > 1 for _, _, i in head + under):
        return cells, words, row_header, bold
    for (_, _, i), (_, _, j) in zip(head, under, strict=True):
        top, low = cells[i].text, cells[j].text
        if not any(_is_cjk(ch) for ch in top) or any(_is_cjk(ch) for ch in low) or _numeric(top) or _numeric(low):
            return cells, words, row_header, bold
        if not any("a" <= ch.lower() <= "z" for ch in low):
            return cells, words, row_header, bold
    for (_, _, i), (_, _, j) in zip(head, under, strict=True):
        words[i] = words[i] + words[j]
        cells[i] = cells[i].model_copy(update={"text": f"{cells[i].text} {cells[j].text}"})
    keep = [i for i, c in enumerate(cells) if c.row != 1]
    cells = [cells[i].model_copy(update={"row": cells[i].row - 1}) if cells[i].row > 1 else cells[i] for i in keep]
    words = [words[i] for i in keep]
    bold = {(r - 1 if r > 1 else r, c) for r, c in bold if r != 1}
    return cells, words, [True, *row_header[2:]], bold


def headings_level_with_row_under(
    cells: list[Cell], words: list[list[WordBox]], row_header: list[bool], bold: set[tuple[int, int]]
) -> tuple[list[Cell], list[list[WordBox]], list[bool], set[tuple[int, int]]]:
    """A first row holding only words that stand on the one text line of the row under it, each over an empty cell
    of that row, goes down into those cells: one heading set a pixel higher than the others (`QTY` over a till
    receipt's quantities, no rule anywhere), read as a row of its own across the table."""
    if len(row_header) < 3:
        return cells, words, row_header, bold
    upper = [i for i, c in enumerate(cells) if c.row == 0 and words[i]]
    lower = [i for i, c in enumerate(cells) if c.row == 1]
    level = [w for j in lower for w in words[j]]
    spans_down = any(c.row == 0 and c.rowspan > 1 for c in cells)
    if not upper or spans_down or len(level) < 2 or len(_text_lines_y(level)) != 1:
        return cells, words, row_header, bold
    y0, y1 = min(w.box[1] for w in level), max(w.box[3] for w in level)
    targets: dict[int, list[WordBox]] = {}
    for i in upper:
        for w in words[i]:
            cx = _cx(w)
            hit = [j for j in lower if cells[j].bbox[0] <= cx <= cells[j].bbox[2]]
            one = len(hit) == 1 and cells[hit[0]].colspan == 1 and cells[hit[0]].rowspan == 1
            if not one or words[hit[0]] or _numeric(w.text) or not y0 <= (w.box[1] + w.box[3]) / 2 <= y1:
                return cells, words, row_header, bold
            targets.setdefault(hit[0], []).append(w)
    for i in upper:
        words[i] = []
        cells[i] = cells[i].model_copy(update={"text": ""})
    for j, piece in targets.items():
        words[j] = piece
        cells[j] = cells[j].model_copy(update={"text": cell_text(piece)})
    keep = [i for i, c in enumerate(cells) if c.row > 0]
    cells = [cells[i].model_copy(update={"row": cells[i].row - 1}) for i in keep]
    words = [words[i] for i in keep]
    bold = {(r - 1, c) for r, c in bold if r > 0}
    return cells, words, [row_header[0] or row_header[1], *row_header[2:]], bold


def spans_from_text(
    cells: list[Cell], words: list[list[WordBox]], row_header: list[bool]
) -> tuple[list[Cell], list[list[WordBox]]]:
    """Spans the text shows where the model wrote a cell and blanks:
    - a body row whose only text is in the first column and runs on over the second column (a footnote or a
      group label set across the table) is one cell spanning the row;
    - a header cell over a blank header cell, its text centred between the two rows' text lines (a stub heading
      set in the middle of a two-row header) spans both rows."""
    n_cols = max((c.col + c.colspan for c in cells), default=0)
    cols = _column_ranges(cells)
    if n_cols < 3 or 1 not in cols:
        return cells, words
    drop: set[int] = set()
    rows: dict[int, list[int]] = {}
    for i, c in enumerate(cells):
        rows.setdefault(c.row, []).append(i)
    for r, ids in rows.items():
        if r >= len(row_header) or row_header[r]:
            continue
        filled = [i for i in ids if words[i]]
        if _prose_row(cells, words, ids, filled):
            i = min(filled, key=lambda k: cells[k].col)
            box = (min(cells[k].bbox[0] for k in ids), min(cells[k].bbox[1] for k in ids),
                   max(cells[k].bbox[2] for k in ids), max(cells[k].bbox[3] for k in ids))  # fmt: skip
            text = cell_text([w for k in filled for w in words[k]])
            cells[i] = cells[i].model_copy(update={"col": 0, "colspan": n_cols, "bbox": box, "text": text})
            words[i] = [w for k in filled for w in words[k]]
            drop |= {k for k in ids if k != i}
            continue
        if _join_phrase_cells(cells, words, ids, filled, drop):
            continue
        if len(filled) != 1 or cells[filled[0]].col != 0 or any(cells[i].rowspan > 1 for i in ids):
            continue
        i = filled[0]
        right = max(w.box[2] for w in words[i])
        if right <= cols[1][0] + 0.5 * (cols[1][1] - cols[1][0]) or len(ids) < 2:
            continue  # stays in the first column: a label alone in its row (the grid cannot tell, leave it)
        box = (min(cells[k].bbox[0] for k in ids), min(cells[k].bbox[1] for k in ids),
               max(cells[k].bbox[2] for k in ids), max(cells[k].bbox[3] for k in ids))  # fmt: skip
        cells[i] = cells[i].model_copy(update={"colspan": n_cols, "bbox": box})
        drop |= {k for k in ids if k != i}
    line: dict[int, float] = {}
    for r, ids in rows.items():
        ys = [(w.box[1] + w.box[3]) / 2 for i in ids if cells[i].rowspan == 1 for w in words[i]]
        if ys:
            line[r] = float(np.median(ys))
    for r, ids in rows.items():
        if r + 1 >= len(row_header) or not (row_header[r] and row_header[r + 1]) or r not in line or r + 1 not in line:
            continue
        gap = line[r + 1] - line[r]
        for i in ids:
            c = cells[i]
            if not words[i] or c.rowspan != 1 or i in drop:
                continue
            under = [k for k in rows.get(r + 1, []) if c.col <= cells[k].col < c.col + c.colspan]
            if not under or any(words[k] or cells[k].rowspan != 1 for k in under):
                continue
            cy = (min(w.box[1] for w in words[i]) + max(w.box[3] for w in words[i])) / 2
            if gap > 0 and abs(cy - (line[r] + line[r + 1]) / 2) <= 0.25 * gap:
                cells[i] = c.model_copy(
                    update={"rowspan": 2, "bbox": (*c.bbox[:3], max(cells[k].bbox[3] for k in under))}
                )
                drop |= set(under)
    keep = [i for i in range(len(cells)) if i not in drop]
    return [cells[i] for i in keep], [words[i] for i in keep]


def words_down_to_their_row(
    cells: list[Cell], words: list[list[WordBox]], bold: set[tuple[int, int]]
) -> tuple[list[Cell], list[list[WordBox]], set[tuple[int, int]]]:
    """The text lines of a cell that stand level with the words of the row under it and with none of its own row's
    other words, over an empty cell of that row, go down into it: the model's row edge fell inside a text line
    (`期初余额` of a statement's first row taken into the heading row above it; `期末余额` under `本期合计` read
    into the 本期合计 row, its balance left in the row below)."""
    at = {(c.row, c.col): i for i, c in enumerate(cells) if c.rowspan == 1 and c.colspan == 1}
    band: dict[int, list[tuple[int, float, float]]] = {}
    for i, c in enumerate(cells):
        if c.rowspan == 1:
            band.setdefault(c.row, []).extend((i, w.box[1], w.box[3]) for w in words[i])
    moves: list[tuple[int, int, list[WordBox]]] = []
    for (r, k), i in at.items():
        j = at.get((r + 1, k))
        if j is None or not words[i] or words[j]:
            continue
        own = [(a, b) for n, a, b in band.get(r, []) if n != i]
        below = [(a, b) for n, a, b in band.get(r + 1, []) if n != j]
        if not own or not below:
            continue
        lines = _text_lines_y(words[i])
        down = [n for n, line in enumerate(lines) if _on_line([line], below) and not _on_line([line], own)]
        # the lines going down are the cell's last ones (a first line level with the row under it and a second
        # line level with its own row is no row edge inside a line)
        if down and down == list(range(len(lines) - len(down), len(lines))):
            moves.append((i, j, [w for w in words[i] if _line_index(lines, w) in down]))
    if not moves:
        return cells, words, bold
    cells, words = list(cells), list(words)
    for i, j, going in moves:
        bold = _move_words(cells, words, bold, i, j, going)
    return cells, words, bold


def lines_up_to_their_row(
    cells: list[Cell], words: list[list[WordBox]], bold: set[tuple[int, int]]
) -> tuple[list[Cell], list[list[WordBox]], set[tuple[int, int]]]:
    """The first text line of a row of two lines or more goes up into the row above when that row's words all stand
    level with it (each cell of it joining the one above): the model's row edge fell under the line (rows
    set 1-2 px apart with no rule: a till receipt's `Orange juice` and `18.12` read into the next item's row, the
    item's quantity and price left alone above)."""
    at = {(c.row, c.col): i for i, c in enumerate(cells)}
    cells, words = list(cells), list(words)
    spans = {c.row + k for c in cells if c.rowspan > 1 or c.colspan > 1 for k in range(c.rowspan)}
    for r in sorted({c.row for c in cells if c.row > 0} - spans - {r + 1 for r in spans}):
        ids = [i for i, c in enumerate(cells) if c.row == r and words[i]]
        above = [w for i, c in enumerate(cells) if c.row == r - 1 for w in words[i]]
        if not ids or not above:
            continue
        lines = _text_lines_y([w for i in ids for w in words[i]])
        if len(lines) < 2:
            continue
        y0, y1 = lines[0]
        if not all(y0 <= (w.box[1] + w.box[3]) / 2 <= y1 for w in above):
            continue  # the row above is not that one line
        lo, hi = min(w.box[1] for w in above), max(w.box[3] for w in above)
        going = {i: [w for w in words[i] if lo <= (w.box[1] + w.box[3]) / 2 <= hi] for i in ids}
        going = {i: g for i, g in going.items() if g}
        targets = {i: at.get((r - 1, cells[i].col)) for i in going}
        if not going or any(j is None for j in targets.values()):
            continue
        for i, g in going.items():
            j = targets[i]
            assert j is not None
            # the cell above holds words of that line only (the row above is the line): they join
            bold = _move_words(cells, words, bold, i, j, g)
    return cells, words, bold


def _move_words(
    cells: list[Cell], words: list[list[WordBox]], bold: set[tuple[int, int]], i: int, j: int, going: list[WordBox]
) -> set[tuple[int, int]]:
    """Cell i's words `going` join cell j's (in place, texts remade); the bold marks without the cell left empty."""
    stay, joined = [w for w in words[i] if w not in going], words[j] + going
    cells[j] = cells[j].model_copy(update={"text": cell_text(joined)})
    cells[i] = cells[i].model_copy(update={"text": cell_text(stay)})
    words[j], words[i] = joined, stay
    return bold if stay else bold - {(cells[i].row, cells[i].col)}


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


# A page's totals in a list that runs over pages (`本页小计`, `累计`) and the note closing the page (`（接下页）`)
# close the table as its totals do.
_TOTALS_CJK = re.compile("^(?:本页)?(?:" + "|".join((*CJK_TOTALS, "累计")) + ")|^[（(]?(?:接|续|转)下页")


def drop_totals_rows(cells: list[Cell], row_header: list[bool]) -> tuple[list[Cell], list[bool]]:
    """Totals rows at the foot of a Chinese item table (`合计`, `价税合计`, `小计`, `总计`, `本页小计`, `累计`,
    letter-spaced or not, as the first text of the row) sum the items; they are no items. Only rows from the first
    such row to the end, when every one of them is a totals row (or blank), and never all the body."""
    n_tr = len(row_header)
    first: dict[int, str] = {}
    for c in sorted(cells, key=lambda c: (c.row, c.col)):
        if c.text and c.rowspan == 1 and c.row not in first:
            first[c.row] = c.text
    rows = sorted(first)
    totals = [r for r in rows if _TOTALS_CJK.match(first[r].replace(" ", "").replace("\u3000", ""))]
    if not totals:
        return cells, row_header
    start = totals[0]
    body = [r for r in rows if r < start and not (r < n_tr and row_header[r])]
    if not body or any(r not in totals for r in rows if r >= start):
        return cells, row_header
    if any(c.row < start < c.row + c.rowspan for c in cells):
        return cells, row_header
    return [c for c in cells if c.row < start], row_header[:start]


_AMOUNT = re.compile(r"(\d[\d,.\s]*)")


def _amount(text: str) -> float | None:
    """The value of a money figure, sign and currency left out (`(£3,910.48)`, `1.234,56 €`, `12.50 CR`): the last
    `.` or `,` before one or two digits at the end is the decimal mark, the others group thousands."""
    m = _AMOUNT.search(text)
    if m is None or not _numeric(text):
        return None
    digits = m.group(1).replace(" ", "").rstrip(",.")
    dec = re.search(r"[.,](\d{1,2})$", digits)
    whole = digits[: dec.start()] if dec else digits
    whole = re.sub(r"[.,]", "", whole)
    if not whole.isdigit():
        return None
    return float(whole + ("." + dec.group(1) if dec else ""))


def drop_sum_row(cells: list[Cell], row_header: list[bool]) -> tuple[list[Cell], list[bool]]:
    """The last row of an item table holding one or two figures and nothing else, one of them the sum of the
    figures above it in its column: the table's total, its label printed outside the table (`(£3,910.48)` under
    the credit amounts); it is no item."""
    if not cells or not _item_table(cells, row_header):
        return cells, row_header
    last = max(c.row for c in cells)
    mine = [c for c in cells if c.row == last and c.text.strip()]
    if not mine or len(mine) > 2 or any(c.rowspan != 1 or not _numeric(c.text) for c in mine):
        return cells, row_header
    heads = {r for r, h in enumerate(row_header) if h}
    if any(c.row < last < c.row + c.rowspan for c in cells):
        return cells, row_header
    for c in mine:
        total = _amount(c.text)
        above = [
            _amount(o.text) for o in cells if o.col == c.col and o.colspan == c.colspan and o.row < last
            and o.row not in heads and o.text.strip()
        ]  # fmt: skip
        if total is None or len(above) < 2 or any(a is None for a in above):
            continue
        if abs(sum(a for a in above if a is not None) - total) <= 0.011 * len(above):
            return [o for o in cells if o.row != last], row_header[:last]
    return cells, row_header


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


_CURRENCY_MARK = re.compile(r"^(?:[$€£¥₹]|US\$|USD|EUR|GBP|CNY|RMB|JPY|CHF|CAD|AUD|HKD|SGD|INR|SEK|NOK|DKK|PLN)$")


def span_currency_headings(
    cells: list[Cell], row_header: list[bool], bold: set[tuple[int, int]]
) -> tuple[list[Cell], set[tuple[int, int]]]:
    """A column holding only a currency mark (`$`, `€`, `USD`: the same on every row, two rows or more) set apart
    from its figures, under an empty heading, belongs to the heading of the figures beside it (the accountant's
    layout, the symbol flush left of a right-aligned amount): that heading spans both columns."""
    heads = [r for r, h in enumerate(row_header) if h]
    if not heads:
        return cells, bold
    at = {(c.row, c.col): c for c in cells}
    body: dict[int, list[Cell]] = {}
    for c in cells:
        if not (c.row < len(row_header) and row_header[c.row]) and c.colspan == 1 and c.text:
            body.setdefault(c.col, []).append(c)
    drop: set[int] = set()
    grown: dict[int, Cell] = {}
    for k, own in body.items():
        marks = {c.text.strip() for c in own}
        if len(own) < 2 or len(marks) != 1 or not _CURRENCY_MARK.match(marks.pop()):
            continue
        for side in (1, -1):  # the figures right of the mark (`$ | 12.50`), else left of it (`12,50 | €`)
            figs = body.get(k + side, [])
            if len(figs) < len(own) or not all(_numeric(c.text) for c in figs):
                continue
            for r in heads:
                blank, head = at.get((r, k)), at.get((r, k + side))
                if blank is None or head is None or blank.text or blank.colspan > 1 or blank.rowspan > 1:
                    continue
                if not head.text or id(head) in grown or id(blank) in drop:
                    continue
                drop.add(id(blank))
                grown[id(head)] = head.model_copy(
                    update={
                        "col": min(k, head.col),
                        "colspan": head.colspan + 1,
                        "bbox": union_bbox([head.bbox, blank.bbox]),
                    }
                )
                if (r, head.col) in bold:
                    bold = (bold - {(r, head.col)}) | {(r, min(k, head.col))}
            break
    if not grown:
        return cells, bold
    return [grown.get(id(c), c) for c in cells if id(c) not in drop], bold


def dashes_in_blank_cells(cells: list[Cell], words: list[WordBox], ink: np.ndarray) -> list[Cell]:
    """An empty body cell whose middle holds one short horizontal stroke and no other ink shows a dash the OCR
    dropped (a lone `—` for a missing value is often not read at all): its length against the height of the
    table's figures says which (an em dash about 1.4 of a digit's height, an en dash 0.7, a hyphen 0.4). The cell's
    edges are left out, where rules and the ink of neighbour cells stand. The figures are measured only when some
    cell holds such a stroke (the measure costs more than the search)."""
    h, wd = ink.shape[:2]
    found: dict[int, tuple[int, int, int, int]] = {}  # cell -> stroke width, height, region width, height
    for k, c in enumerate(cells):
        if c.text or c.header:
            continue
        bw, bh = c.bbox[2] - c.bbox[0], c.bbox[3] - c.bbox[1]
        x0, x1 = max(0, int(c.bbox[0] + 0.15 * bw)), min(wd, int(c.bbox[2] - 0.15 * bw))
        y0, y1 = max(0, int(c.bbox[1] + 0.15 * bh)), min(h, int(c.bbox[3] - 0.15 * bh))
        if x1 - x0 < 4 or y1 - y0 < 4:
            continue
        _, _, stats, _ = cv2.connectedComponentsWithStats(ink[y0:y1, x0:x1].astype(np.uint8), connectivity=8)
        blobs = [st for st in stats[1:] if st[cv2.CC_STAT_AREA] >= 2]
        if len(blobs) != 1:
            continue
        bx, by, bwid, bht = (int(blobs[0][i]) for i in range(4))
        inside = bx > 0 and by > 0 and bx + bwid < x1 - x0 and by + bht < y1 - y0
        if inside and bwid >= 2 * bht:
            found[k] = (bwid, bht, x1 - x0, y1 - y0)
    if not found:
        return cells
    heights = []
    for w in words[:60]:
        if any(ch.isdigit() for ch in w.text):
            got = _dash_runs(ink, w.box)
            if got is not None:
                heights.append(got[1])
    if len(heights) < 3:
        return cells
    digit_h = float(np.median(heights))
    if digit_h < 4:
        return cells
    out = list(cells)
    for k, (bwid, bht, rw, rh) in found.items():
        if rw < digit_h or rh < digit_h or bht > max(2.0, 0.3 * digit_h) or bwid < 0.3 * digit_h:
            continue
        ratio = bwid / digit_h
        out[k] = cells[k].model_copy(update={"text": "—" if ratio >= 1.1 else "–" if ratio >= 0.56 else "-"})
    return out


def _dashes_read_as_cjk(cells: list[Cell]) -> list[Cell]:
    """A cell that is only `一` in a table with no other CJK text is an em dash OCR read as the CJK character for
    one (a missing value: `—`)."""
    if any(_is_cjk(ch) for c in cells if c.text != "一" for ch in c.text):
        return cells
    return [c.model_copy(update={"text": "—"}) if c.text == "一" else c for c in cells]


def _drop_empty_tail(
    specs: list[CellSpec], boxes: list[BBox], per_cell: list[list[WordBox]], texts: list[str], row_header: list[bool]
) -> tuple[list[CellSpec], list[BBox], list[list[WordBox]], list[str], list[bool]]:
    """Rows after the last one with any text are blank space the crop took in (a fixed-height goods area)."""
    last = max((s.row_index for s, t in zip(specs, texts, strict=True) if t), default=-1)
    if last < 0 or all(s.row_index <= last for s in specs):
        return specs, boxes, per_cell, texts, row_header
    keep = [i for i, s in enumerate(specs) if s.row_index <= last]
    specs = [replace(specs[i], rowspan=min(specs[i].rowspan, last - specs[i].row_index + 1)) for i in keep]
    return (
        specs,
        [boxes[i] for i in keep],
        [per_cell[i] for i in keep],
        [texts[i] for i in keep],
        row_header[: last + 1],
    )


def _drop_empty_head(
    specs: list[CellSpec], boxes: list[BBox], per_cell: list[list[WordBox]], texts: list[str], row_header: list[bool]
) -> tuple[list[CellSpec], list[BBox], list[list[WordBox]], list[str], list[bool]]:
    """A blank first row (the rule or padding over a goods area read as a row) is no row: the header is the row
    under it, found again by its text (`text_header`)."""
    top = [i for i, s in enumerate(specs) if s.row_index == 0]
    if not top or any(texts[i] or specs[i].rowspan > 1 for i in top) or all(s.row_index == 0 for s in specs):
        return specs, boxes, per_cell, texts, row_header
    keep = [i for i, s in enumerate(specs) if s.row_index > 0]
    return (
        [replace(specs[i], row_index=specs[i].row_index - 1) for i in keep],
        [boxes[i] for i in keep],
        [per_cell[i] for i in keep],
        [texts[i] for i in keep],
        row_header[1:],
    )


def _drop_spanned_blank_rows(
    specs: list[CellSpec], texts: list[str], row_header: list[bool]
) -> tuple[list[CellSpec], list[int], list[bool]]:
    """A row whose own cells are all blank, under cells spanning down into it, is no row: the model stretched a
    one-line header over two rows (`rowspan="2"` above an empty `<td>`). Returns the specs left, the indices of
    the input specs they come from, and the header flags."""
    kept = list(range(len(specs)))
    filled = [s.row_index for s, t in zip(specs, texts, strict=True) if t]
    for r in sorted({s.row_index for s in specs}, reverse=True):
        own = [texts[k] for k, s in zip(kept, specs, strict=True) if s.row_index == r]
        spanned = any(s.row_index < r < s.row_index + s.rowspan for s in specs)
        # A blank body row between rows of text is a rule or a gap the model read as a row (dotted row rules).
        between = bool(filled) and min(filled) < r < max(filled) and not (r < len(row_header) and row_header[r])
        if any(own) or not (spanned or between):
            continue
        pairs = [(k, s) for k, s in zip(kept, specs, strict=True) if s.row_index != r]
        kept = [k for k, _ in pairs]
        specs = [
            replace(
                s,
                rowspan=s.rowspan - (s.row_index < r < s.row_index + s.rowspan),
                row_index=s.row_index - (s.row_index > r),
            )
            for _, s in pairs
        ]
        row_header = row_header[:r] + row_header[r + 1 :]
    return specs, kept, row_header


def _numeric(text: str) -> bool:
    """Mostly digits: an amount, a count, a rate."""
    alnum = [ch for ch in text if ch.isalnum()]
    return bool(alnum) and 2 * sum(ch.isdigit() for ch in alnum) > len(alnum)


def text_header(
    row_header: list[bool], texts: list[str], rows: list[int], n_tr: int, cols: list[int] | None = None
) -> list[bool]:
    """Header rows by their text, where the structure model's `<thead>` disagrees with it: a header row holds
    words, not figures, so the header ends before the first row of mostly figures (a first item row read into
    `<thead>`), or of half figures when it starts with a label in the first column (`Male | | 55.4`: a sparse body
    row; a second header row starts blank under the stub heading); with no header at all, a first row of words
    over columns of figures is the header."""
    by_row: list[list[str]] = [[] for _ in range(n_tr)]
    labelled = [False] * n_tr
    for i, (t, r) in enumerate(zip(texts, rows, strict=True)):
        if t and r < n_tr:
            by_row[r].append(t)
            labelled[r] |= cols is not None and cols[i] == 0
    figures = [sum(_numeric(t) for t in row) for row in by_row]
    out = list(row_header) + [False] * (n_tr - len(row_header))
    if n_tr < 2 or not by_row[0] or figures[0]:
        return out
    if any(out):
        first_figures = next(
            (r for r in range(n_tr) if 2 * figures[r] + labelled[r] > len(by_row[r]) >= 2),
            n_tr,
        )
        # A section label read into the header: alone in the first column, under a row of 3+ headings, over a
        # row of figures (`Hardware` over its items).
        section = next(
            (
                r
                for r in range(1, min(first_figures, n_tr - 1))
                if out[r] and len(by_row[r]) == 1 and labelled[r] and len(by_row[r - 1]) >= 3
                and 2 * figures[r + 1] >= len(by_row[r + 1]) >= 2
            ),
            n_tr,
        )  # fmt: skip
        return [h and r < min(first_figures, section) for r, h in enumerate(out)]
    if len(by_row[0]) >= 2 and sum(figures[1:]) >= 0.5 * sum(len(row) for row in by_row[1:]):
        out[0] = True
    return out


def spanned_header_rows(cells: list[Cell], row_header: list[bool]) -> list[bool]:
    """A row that header cells reach down into (`序号` spanning two rows beside `数量` over `订货` | `实发`) is a
    header row too, when it holds no figure: the sub-headings of a two-row header the model left in the body."""
    out = list(row_header)
    for c in cells:
        if c.row < len(out) and out[c.row] and c.rowspan > 1:
            for r in range(c.row + 1, min(c.row + c.rowspan, len(out))):
                texts = [o.text for o in cells if o.row == r and o.text.strip()]
                # sub-headings stand in two cells or more; a section label alone in its row stays in the body
                if not out[r] and len(texts) >= 2 and not any(_numeric(t) for t in texts):
                    out[r] = all(out[c.row : r])
    return out


def to_html(cells: list[Cell], row_header: list[bool], n_tr: int, bold: set[tuple[int, int]] | None = None) -> str:
    """`<table>` with the predicted rows; rows the model put in `<thead>` go there (kept: TEDS scores them).
    Cells at the (row, col) in `bold` get their text in `<b>`."""
    by_row: dict[int, list[Cell]] = {}
    for c in cells:
        by_row.setdefault(c.row, []).append(c)

    def row_html(r: int) -> str:
        tds = []
        for c in sorted(by_row.get(r, []), key=lambda c: c.col):
            attrs = (f' colspan="{c.colspan}"' if c.colspan > 1 else "") + (
                f' rowspan="{c.rowspan}"' if c.rowspan > 1 else ""
            )
            text = html.escape(c.text, quote=False)
            if bold and (c.row, c.col) in bold:
                text = f"<b>{text}</b>"
            tds.append(f"<td{attrs}>{text}</td>")
        return "<tr>" + "".join(tds) + "</tr>"

    head = [r for r in range(n_tr) if r < len(row_header) and row_header[r]]
    body = [r for r in range(n_tr) if r not in set(head)]
    out = ["<table>"]
    if head:
        out += ["<thead>", *(row_html(r) for r in head), "</thead>"]
    if body:
        out += ["<tbody>", *(row_html(r) for r in body), "</tbody>"]
    out.append("</table>")
    return "".join(out)
