"""A geometric view of a Document for pairing keys with values: lines in upright page coordinates, grouped into
visual rows (left to right), plus table cells. Rotated scans keep their boxes in original pixels in the Document;
here they are turned upright so that "right of" and "below" mean what they say.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from dataclasses import dataclass, field

from docsense.core.document import BBox, Document, Line, Page, Word, union_bbox
from docsense.core.geometry import upright_bbox

SKEW_SIGN = 1.0  # Page.skew's direction relative to image coordinates (y down)


@dataclass
class TLine:
    text: str  # NFKC, single spaces
    box: BBox  # upright page coordinates (geometry)
    bbox: BBox  # original page pixels (output)
    page: int
    score: float
    row: int = -1  # index into View.rows
    cell: tuple[int, int, int] | None = None  # (table index in View.tables, row, col) when from a table cell
    # the words: [start, end) in `text`, box in original pixels, recognition score
    words: list[tuple[int, int, BBox, float]] = field(default_factory=list)
    axis: tuple[float, float] = (1.0, 0.0)  # reading direction in original pixels

    @property
    def h(self) -> float:
        return max(1.0, self.box[3] - self.box[1])

    @property
    def cy(self) -> float:
        return (self.box[1] + self.box[3]) / 2

    def _spans(self) -> list[tuple[int, int, BBox, float]]:
        if self.words:
            return self.words
        # no word boxes (a table cell, a generated line): the characters share the line's box evenly
        return [(0, len(self.text), self.bbox, self.score)]

    def box_of(self, start: int, end: int) -> BBox | None:
        """Original-pixel box of the characters [start, end) of `text`: the words they touch, a word cut in
        proportion where the range starts or ends inside it (`Total:$12.00` read as one word)."""
        boxes = []
        for ws, we, b, _ in self._spans():
            s, e = max(start, ws), min(end, we)
            if s >= e:
                continue
            boxes.append(_cut(b, (s - ws) / (we - ws), (e - ws) / (we - ws), self.axis))
        return union_bbox(boxes) if boxes else None

    def score_of(self, start: int, end: int) -> float:
        """The lowest recognition score of the words holding characters [start, end)."""
        return min((sc for ws, we, _, sc in self._spans() if max(start, ws) < min(end, we)), default=self.score)


def _cut(b: BBox, f0: float, f1: float, axis: tuple[float, float]) -> BBox:
    """The part of box `b` from fraction f0 to f1 of its length along the reading direction `axis`."""
    if f0 <= 0 and f1 >= 1:
        return b
    x0, y0, x1, y1 = b
    if abs(axis[0]) >= abs(axis[1]):
        w = x1 - x0
        return (x0 + f0 * w, y0, x0 + f1 * w, y1) if axis[0] > 0 else (x1 - f1 * w, y0, x1 - f0 * w, y1)
    h = y1 - y0
    return (x0, y0 + f0 * h, x1, y0 + f1 * h) if axis[1] > 0 else (x0, y1 - f1 * h, x1, y1 - f0 * h)


def word_spans(text: str, words: list[Word]) -> list[tuple[int, int, BBox, float]]:
    """Where each word stands in the line's (cleaned) text; [] when the words do not spell it."""
    out, pos = [], 0
    for w in words:
        wt = clean(w.text)
        if not wt:
            continue
        at = text.find(wt, pos)
        if at < 0:
            return []
        out.append((at, at + len(wt), w.bbox, w.score))
        pos = at + len(wt)
    return out


@dataclass
class TableView:
    page: int
    cells: dict[tuple[int, int], TLine] = field(default_factory=dict)  # (row, col) -> cell as a line


def upright(b: BBox, page: Page, skew_sign: float = SKEW_SIGN) -> BBox:
    """Original pixels -> the page turned upright, rotation and skew undone (core.geometry.upright_bbox)."""
    return upright_bbox(b, page.width, page.height, page.rotation, skew_sign * page.skew)


def split_at_gaps(line: Line, gap: float = 1.2) -> list[tuple[str, BBox, list[Word]]]:
    """A line whose words are far apart (a PDF text-layer row across table columns) -> one piece per column.
    CJK lines are kept whole (each character is a word there)."""
    text = clean(line.text)
    if not text:
        return []
    words = [w for w in line.words if w.text.strip()]
    if len(words) < 2 or any(not w.text.isascii() for w in words):
        return [(text, line.bbox, words)]
    h = max(1.0, min(line.bbox[3] - line.bbox[1], line.bbox[2] - line.bbox[0]))
    pieces: list[list[Word]] = [[words[0]]]
    for prev, w in itertools.pairwise(words):
        horizontal = abs(w.bbox[0] - prev.bbox[2]) >= abs(w.bbox[1] - prev.bbox[3])
        dist = (w.bbox[0] - prev.bbox[2]) if horizontal else (w.bbox[1] - prev.bbox[3])
        if dist > gap * h:
            pieces.append([w])
        else:
            pieces[-1].append(w)
    if len(pieces) == 1:
        return [(text, line.bbox, words)]
    return [(clean(" ".join(w.text for w in p)), union_bbox([w.bbox for w in p]), p) for p in pieces]


# Reading direction in original pixels of a page turned 0/90/180/270 degrees clockwise.
_AXES: dict[int, tuple[float, float]] = {0: (1.0, 0.0), 90: (0.0, 1.0), 180: (-1.0, 0.0), 270: (0.0, -1.0)}


def _centre_in(b: BBox, box: BBox) -> bool:
    cx, cy = (b[0] + b[2]) / 2, (b[1] + b[3]) / 2
    return box[0] <= cx <= box[2] and box[1] <= cy <= box[3]


def clean(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split())


class View:
    def __init__(self, document: Document, row_overlap: float = 0.5) -> None:
        self.document = document
        self.lines: list[TLine] = []
        self.rows: list[list[TLine]] = []
        self.tables: list[TableView] = []
        self.page_height: dict[int, float] = {}
        self.page_source: dict[int, str] = {}
        for page in document.pages:
            upright_h = page.width if page.rotation in (90, 270) else page.height
            self.page_height[page.index] = float(upright_h)
            self.page_source[page.index] = page.text_source
            page_lines = []
            axis = _AXES[page.rotation]
            for block in page.blocks:
                for ln in block.lines:
                    # a vertical line reads down its column: a quarter turn clockwise from the page's direction
                    ax = (-axis[1], axis[0]) if ln.vertical else axis
                    for text, bbox, words in split_at_gaps(ln):
                        t = TLine(text, upright(bbox, page), bbox, page.index, ln.score, axis=ax)
                        t.words = word_spans(text, words)
                        page_lines.append(t)
                if block.table is not None and block.table.cells:
                    tv = TableView(page.index)
                    for c in block.table.cells:
                        text = clean(c.text)
                        cell = TLine(
                            text, upright(c.bbox, page), c.bbox, page.index, 0.9, cell=(len(self.tables), c.row, c.col),
                            axis=axis,
                        )  # fmt: skip
                        inside = [ln for ln in block.lines if _centre_in(ln.bbox, c.bbox)]
                        cell.words = word_spans(text, [w for ln in inside for w in ln.words])
                        if cell.words:  # the cell's own words: their boxes and scores
                            cell.score = min(sc for *_, sc in cell.words)
                        tv.cells[(c.row, c.col)] = cell
                    self.tables.append(tv)
            self._group_rows(page_lines, row_overlap)

    def _group_rows(self, lines: list[TLine], overlap: float) -> None:
        rows: list[list[TLine]] = []
        heights = sorted(t.h for t in lines)
        typical = heights[len(heights) // 2] if heights else 1.0
        for ln in sorted(lines, key=lambda t: (t.cy, t.box[0])):
            if ln.h > 1.8 * typical and ln.box[2] - ln.box[0] < 2 * ln.h:
                rows.append([ln])  # vertical text (a VAT invoice's 购买方 label) would glue rows together
                continue
            best, best_ov = None, 0.0
            for row in rows[-4:]:  # rows are built top-down; only recent ones can still overlap
                if len(row) == 1 and row[0].h > 1.8 * typical and row[0].box[2] - row[0].box[0] < 2 * row[0].h:
                    continue
                top = sorted(r.box[1] for r in row)[len(row) // 2]
                bot = sorted(r.box[3] for r in row)[len(row) // 2]
                ov = min(bot, ln.box[3]) - max(top, ln.box[1])
                ratio = ov / max(1.0, min(bot - top, ln.h))
                if ratio > best_ov:
                    best, best_ov = row, ratio
            if best is not None and best_ov >= overlap:
                best.append(ln)
            else:
                rows.append([ln])
        for row in rows:
            row.sort(key=lambda t: t.box[0])
            row[:] = _join_spaced(row)
            for ln in row:
                ln.row = len(self.rows)
                self.lines.append(ln)
            self.rows.append(row)

    def row_text(self, row: int, sep: str = "  ") -> str:
        return sep.join(t.text for t in self.rows[row])

    def text(self) -> str:
        return "\n".join(self.row_text(i) for i in range(len(self.rows)))

    def rel_y(self, ln: TLine) -> float:
        return ln.cy / max(1.0, self.page_height.get(ln.page, 1.0))

    def right_of(self, ln: TLine) -> list[TLine]:
        # a recognizer's box may run past its last character into the next one (`Credit Note No.` over `CN-05111`)
        return [t for t in self.rows[ln.row] if t.box[0] >= ln.box[2] - 0.6 * ln.h and t is not ln]

    def below(self, ln: TLine, max_gap: float = 2.5) -> list[TLine]:
        """Lines under `ln` that overlap its horizontal extent (or start near its left edge), nearest first."""
        out = []
        for t in self.lines:
            if t.page != ln.page or t.row <= ln.row:
                continue
            gap = t.box[1] - ln.box[3]
            if gap > max_gap * ln.h:
                continue
            ov = min(t.box[2], ln.box[2]) - max(t.box[0], ln.box[0])
            if ov > 0 or abs(t.box[0] - ln.box[0]) < 2 * ln.h:
                out.append(t)
        return sorted(out, key=lambda t: (t.row, t.box[0]))


_ONE_CJK = re.compile(r"^[\u4e00-\u9fff]$")
_ONE_CJK_KEY_END = re.compile(r"^[\u4e00-\u9fff][:：]?$")  # the last character of a spaced key, with its colon


def _join_spaced(row: list[TLine]) -> list[TLine]:
    """A key set letter-spaced (`合　　计`, `备　注`) reads as one character per box: two lone CJK characters side by
    side on a row, about a character's height or two apart, are one word, the second with its colon too (`名` +
    `称:`). Only lone characters: a one-character value right of a key (`性别 男`) stays apart."""
    out: list[TLine] = []
    for ln in row:
        prev = out[-1] if out else None
        if (
            prev is not None
            and _ONE_CJK.match(prev.text)
            and _ONE_CJK_KEY_END.match(ln.text)
            and prev.cell is None
            and ln.cell is None
            and -0.5 * max(prev.h, ln.h) <= ln.box[0] - prev.box[2] <= 2.5 * max(prev.h, ln.h)  # boxes may overlap
            and max(prev.h, ln.h) < 1.5 * min(prev.h, ln.h)
        ):
            words = (prev.words or [(0, 1, prev.bbox, prev.score)]) + [
                (s + 1, e + 1, b, sc) for s, e, b, sc in (ln.words or [(0, len(ln.text), ln.bbox, ln.score)])
            ]
            out[-1] = TLine(
                prev.text + ln.text,
                union_bbox([prev.box, ln.box]),
                union_bbox([prev.bbox, ln.bbox]),
                prev.page,
                min(prev.score, ln.score),
                words=words,
                axis=prev.axis,
            )
        else:
            out.append(ln)
    return out


Seg = tuple[TLine, int]  # a line, and the offset in its text from which a value was looked for
_EDGE = " :：-—|,;#"


@dataclass
class Located:
    page: int
    bbox: BBox
    score: float  # the lowest recognition score of the words


# the marks a section title may be set off by (`【教育背景】`, `〖工作经历〗`, `■ 教育背景`, `◆ EDUCATION`)
_TITLE_MARKS = "【】〖〗[]「」『』■□◆◇●○▶►▌▍|·•"


def bare_title(text: str) -> str:
    """A line's text without the brackets or markers round a section title (`【教育背景】` -> `教育背景`)."""
    return text.strip().strip(_TITLE_MARKS + " ").strip()


def locate(segs: list[Seg], raw: str, occ: int = 0) -> Located | None:
    """Where `raw` is printed in the texts of `segs` (joined in order; `occ`: which occurrence): the box of its
    characters over every line they span, and their words' lowest score. When `raw` is not spelled there (a
    corrected word), the segments' text without the punctuation at its ends."""
    chars: list[tuple[TLine, int] | None] = []
    for ln, off in segs:
        chars.extend((ln, i) for i in range(max(0, off), len(ln.text)))
        chars.append(None)
    joined = "".join(c[0].text[c[1]] if c else " " for c in chars)
    needle = r"\s*".join(re.escape(c) for c in raw if not c.isspace())
    found = list(re.finditer(needle, joined)) if needle else []
    if found:
        m = found[min(occ, len(found) - 1)]
        picked = [c for c in chars[m.start() : m.end()] if c is not None]
    else:
        picked = [c for c in chars if c is not None]
        while picked and picked[0][0].text[picked[0][1]] in _EDGE:
            picked.pop(0)
        while picked and picked[-1][0].text[picked[-1][1]] in _EDGE:
            picked.pop()
    by_line: dict[int, tuple[TLine, int, int]] = {}
    for ln, i in picked:
        if ln.text[i].isspace():
            continue
        _, lo, hi = by_line.get(id(ln), (ln, i, i))
        by_line[id(ln)] = (ln, min(lo, i), max(hi, i))
    if not by_line:
        return None
    boxes, scores = [], []
    for ln, lo, hi in by_line.values():
        b = ln.box_of(lo, hi + 1)
        if b is not None:
            boxes.append(b)
            scores.append(ln.score_of(lo, hi + 1))
    if not boxes:
        return None
    first = next(iter(by_line.values()))[0]
    return Located(first.page, union_bbox(boxes), min(scores))
