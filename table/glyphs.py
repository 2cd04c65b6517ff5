"""OCR words mended from the ink: a CJK run cut at a blank, dashes and plus-minus signs glued into figures, dot
leaders read onto a name, a dash in a blank cell, dashes read as CJK characters."""

from __future__ import annotations

import re
from dataclasses import replace

import cv2
import numpy as np

from docsense.core.document import BBox, Cell

from .cells import WordBox, _is_cjk


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


_DASHES = "-‐‑‒–—―−~"  # and a tilde, a flat stroke of its own


def _misread_glyph(text: str) -> bool:
    """One character OCR may have read for a lone dash (`1`, `=`, `I`, `_`...): not a dash or tilde, not CJK."""
    t = text.strip()
    return len(t) == 1 and t not in _DASHES and not ("\u2e80" <= t <= "\u9fff")


def _word_in(cell: Cell, words: list[WordBox]) -> WordBox | None:
    """The one word read in `cell` (its centre inside), holding the cell's text."""
    x0, y0, x1, y1 = cell.bbox
    inside = [
        w
        for w in words
        if x0 <= (w.box[0] + w.box[2]) / 2 <= x1 and y0 <= (w.box[1] + w.box[3]) / 2 <= y1 and w.text.strip()
    ]
    return inside[0] if len(inside) == 1 and inside[0].text.strip() == cell.text.strip() else None


def dashes_in_blank_cells(cells: list[Cell], words: list[WordBox], ink: np.ndarray) -> list[Cell]:
    """An empty body cell whose middle holds one short horizontal stroke and no other ink shows a dash the OCR
    dropped (a lone `—` for a missing value is often not read at all): its length against the height of the
    table's figures says which (an em dash about 1.4 of a digit's height, an en dash 0.7, a hyphen 0.4). The cell's
    edges are left out, where rules and the ink of neighbour cells stand. The figures are measured only when some
    cell holds such a stroke (the measure costs more than the search). A cell OCR read as one other character
    (`1`, `=`) whose only ink is such a stroke holds that dash too: a flat stroke is no `1` (a spec column's `-`
    read `1` in a 出库单's grid)."""
    h, wd = ink.shape[:2]
    found: dict[int, tuple[int, int, int, int]] = {}  # cell -> stroke width, height, region width, height
    for k, c in enumerate(cells):
        if c.header or (c.text and not _misread_glyph(c.text)):
            continue
        bw, bh = c.bbox[2] - c.bbox[0], c.bbox[3] - c.bbox[1]
        x0, x1 = max(0, int(c.bbox[0] + 0.15 * bw)), min(wd, int(c.bbox[2] - 0.15 * bw))
        y0, y1 = max(0, int(c.bbox[1] + 0.15 * bh)), min(h, int(c.bbox[3] - 0.15 * bh))
        if c.text:  # the ink round the word read (a dash set flush left stands in the cell's edge)
            word = _word_in(c, words)
            if word is None:
                continue
            wx0, _, wx1, _ = word.box
            pad = 0.25 * bh
            x0 = max(0, int(max(wx0 - pad, c.bbox[0] + 3)))
            x1 = min(wd, int(min(wx1 + pad, c.bbox[2] - 3)))
            y0, y1 = max(0, int(c.bbox[1] + 3)), min(h, int(c.bbox[3] - 3))
        if x1 - x0 < 4 or y1 - y0 < 4:
            continue
        _, _, stats, _ = cv2.connectedComponentsWithStats(ink[y0:y1, x0:x1].astype(np.uint8), connectivity=8)
        blobs = [st for st in stats[1:] if st[cv2.CC_STAT_AREA] >= 2]
        if len(blobs) != 1:
            continue
        bx, by, bwid, bht = (int(blobs[0][i]) for i in range(4))
        inside = bx > 0 and by > 0 and bx + bwid < x1 - x0 and by + bht < y1 - y0
        if inside and bwid >= 2 * bht:
            found[k] = (bwid, bht, int(bw) if c.text else x1 - x0, y1 - y0)
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
