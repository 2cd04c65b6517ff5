"""Words to cells: the page OCR's words (`WordBox`), joined where OCR cut a CJK name, dealt to the predicted
cells (a word straddling cells is cut only at a gap in its ink), and each cell's text; and what the other table
modules read from words and texts (text lines, figures, continuations, item tables).

A cell's text is the words whose boxes fall in it, in reading order; a word that straddles cells (OCR read two
cells as one word) is split between them by where its characters lie.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace

import cv2
import numpy as np

from docsense.core.document import BBox, Cell, Line


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


def _figure_row(ids: list[int], cells: list[Cell]) -> bool:
    """The row of these cells holds figures in two cells or more (a row of the table's body)."""
    return sum(_numeric(cells[i].text) for i in ids) >= 2


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


def _cx(w: WordBox) -> float:
    return (w.box[0] + w.box[2]) / 2


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


def _on_line(lines: list[tuple[float, float]], band: list[tuple[float, float]]) -> bool:
    """Every text line (top, bottom) has its centre inside the words of `band` (a row's other cells)."""
    if not band:
        return False
    lo, hi = min(y0 for y0, _ in band), max(y1 for _, y1 in band)
    return all(lo <= (a + b) / 2 <= hi for a, b in lines)


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


def _numeric(text: str) -> bool:
    """Mostly digits: an amount, a count, a rate."""
    alnum = [ch for ch in text if ch.isalnum()]
    return bool(alnum) and 2 * sum(ch.isdigit() for ch in alnum) > len(alnum)
