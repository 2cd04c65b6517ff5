"""Lines + layout regions -> blocks in reading order. Stages meet here through the document types only.

Everything works in the upright working frame of the page. The steps:
1. regions are cleaned: duplicates across classes and text boxes inside figures/tables are dropped;
2. each OCR line goes to the region covering most of it; lines outside every region join the nearest text block
   when close, else form text blocks of their own (no line is ever lost);
3. text blocks are split into paragraphs (first-line indent, vertical gap, short last line, font-size change);
4. pieces become `list` (bullet/number-led items, or blocks indented from their column), `title` (short isolated
   lines) and `header`/`footer` (small blocks in the page margins); neighbouring list items merge into one list;
5. reading order by recursive XY-cut that keeps multi-column bands together; `order` is 0..n-1.
"""

from __future__ import annotations

import itertools
import re
import statistics
from dataclasses import dataclass, field

from .config import LayoutSettings
from .document import BBox, Block, Line, Region, union_bbox
from .geometry import iou
from .text import CJK_TOTALS, spaced

# Region classes whose lines are read as running text (the others keep their lines as they are).
TEXT_TYPES = {"text", "title", "list", "figure_caption", "table_caption", "header", "footer", "reference", "equation"}
CONTAINER_TYPES = {"table", "figure", "seal"}

# An item marker at the start of a line: "•" "1." "1)" "(1)" "a)" "(a)" "iv." "(iv)", and Chinese "1．" "①" "（一）".
# A lone `.` before a gap: a small round bullet as OCR reads it (text never starts with a full stop).
_BULLET = re.compile(r"^\s*(?:[•·▪●○■□◦‣∙➢➤►✓✔*]|[-–—]\s|\.\s+(?=[A-Za-zÀ-ÿ]))")
_ENUM = re.compile(
    r"^\s*(?:[①-⑳]|\(?\d{1,2}[.)．](?!\d)|\(\d{1,2}\)|\(?[a-zA-Z][.)]\s|\([a-zA-Z]\)|\(?[ivxIVX]{1,4}[.)]\s|\([ivx]{1,4}\))"
    r"|^\s*(?:\d{1,2}、|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)])"  # 1、 一、 （一）
    # `(iii` glued to the item's first word: OCR drops a closing parenthesis and the space after it
    r"|^\s*\((?:[ivx]{1,4}|\d{1,2}|[a-h])(?=[A-ZÀ-Þß])"
)
# One marker's kind and number: items of one list share the kind, enumerations count up by one.
_MARK_KIND = re.compile(
    r"^\s*(?:(?P<bullet>[•·▪●○■□◦‣∙➢➤►✓✔*])|(?P<dot>\.)\s+(?=[A-Za-zÀ-ÿ])|(?P<dash>[-–—])\s|(?P<open>[(（])?(?:(?P<num>\d{1,2})|(?P<roman>[ivx]{1,4})"
    r"|(?P<alpha>[a-zA-Z]))(?P<close>[.)）、．]|(?=[A-ZÀ-Þß]))|(?P<circ>[①-⑳]))"
)
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10}
# An author's initial at a line start (`D. Wang3, D. Smith2, ...`) reads like a lettered item: not one when the row
# is a list of names
_INITIAL_LEAD = re.compile(r"^\s*[A-Z]\.\s?[A-Z][a-zà-ÿ]")
# Section numbering ("2.", "2.1.", "3.3.1") in titles: not a list marker when the line is the whole block.
_SECTION = re.compile(r"^\s*\d+(?:\.\d+)*\.?\s+\S")


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


# Text-like regions the detector also boxes over a table: a table's numbered rows read as references or a list
# (`1 Site visit ... 6 $183.85`); where the two boxes cover the same area, the lines decide.
_GRID_OR_TEXT = {"text", "reference", "list"}


def _clean_regions(regions: list[Region], lines: list[Line], min_share: float) -> list[Region]:
    """Drop cross-class duplicates and text-like boxes lying inside a figure/table (their lines join it).

    When a table box and a text box cover the same area, the lines decide: a grid of cells is a table.
    """
    kept: list[Region] = []
    for r in sorted(regions, key=lambda r: -r.score):
        if _area(r.bbox) <= 0:
            continue
        drop = False
        for j, k in enumerate(kept):
            if iou(r.bbox, k.bbox) > 0.6:
                inside = [ln for ln in lines if _inter(ln.bbox, r.bbox) >= min_share * _area(ln.bbox)]
                pair = {r.type, k.type}
                other = next(iter(pair - {"table"}), "") if "table" in pair else ""
                if other in _GRID_OR_TEXT:
                    want = "table" if _tabular(inside) else other
                    if r.type == want:
                        kept[j] = r
                elif k.type == "figure" and r.type in TEXT_TYPES and _prose_rows(inside, k.bbox):
                    kept[j] = r  # a caption the detector also boxed as a figure: rows of words are text
                drop = True
            elif (
                r.type in TEXT_TYPES
                and k.type in CONTAINER_TYPES
                and _inter(r.bbox, k.bbox) > 0.7 * _area(r.bbox)
                and r.type not in {"figure_caption", "table_caption"}
            ):
                drop = True
            if drop:
                break
        if not drop:
            kept.append(r)
    return kept


def _grid_of_text(lines: list[Line], box: BBox) -> bool:
    """Many lines set as rows of pieces, one row heading columns of figures below it (an item table): what a
    table holds, not a chart's or a photo's scattered labels."""
    # A few vertical labels (a frame's side captions) are allowed; a page of vertical writing is not this.
    if len(lines) < 8 or sum(ln.vertical for ln in lines) > 0.2 * len(lines) or _prose_rows(lines, box):
        return False
    rows = _rows(lines)
    for i in range(len(rows) - 1):
        head = rows[i]
        if len(head.lines) < 4 or not _heads_figures(rows, i):
            continue
        # Item rows under it: 4+ pieces, 2+ of them figures, under 3+ of its headings. A chart's tick labels and
        # panel letters make rows of two or three pieces.
        items = [
            r
            for r in rows[i + 1 :]
            if len(r.lines) >= 4 and sum(_numeric(ln.text) for ln in r.lines) >= 2 and _hits(r, head) >= 3
        ]
        if len(items) >= 2:
            return True
    return False


def _prose_columns(lines: list[Line], body_h: float, depth: int = 0) -> bool:
    """Lines that are one to three columns of running text side by side (cut at white gaps through all of them):
    each column rows of words as wide as the column. A table's columns are cells of a few words or figures."""
    cut = _has_v_cut([ln.bbox for ln in lines], 0.5 * body_h) if depth < 2 else None
    if cut is None:
        return not _tabular(lines) and _prose_rows(lines, union_bbox([ln.bbox for ln in lines]))
    left = [ln for ln in lines if (ln.bbox[0] + ln.bbox[2]) / 2 < cut]
    right = [ln for ln in lines if (ln.bbox[0] + ln.bbox[2]) / 2 >= cut]
    return all(len(side) >= 3 and _prose_columns(side, body_h, depth + 1) for side in (left, right))


def _text_column(lines: list[Line], box: BBox, body_h: float) -> bool:
    """A box that holds nothing but a column of text: four or more rows of words set close, most starting at one left
    edge, no white band (3+ line heights) between them, filling the box's height and most of its width. A chart's labels
    are numbers or scattered, a diagram's are centred in its shapes, a photo's few."""
    rows = _rows(lines)
    if len(rows) < 4 or any(ln.vertical for ln in lines) or not _wordy(" ".join(r.text for r in rows)):
        return False
    h = _median([r.h for r in rows], body_h)
    left = min(r.bbox[0] for r in rows)
    aligned = sum(r.bbox[0] - left < 1.5 * h for r in rows)
    gaps = [b.bbox[1] - a.bbox[3] for a, b in itertools.pairwise(rows)]
    top, bottom = rows[0].bbox[1], rows[-1].bbox[3]
    width = max(r.bbox[2] for r in rows) - left
    return (
        aligned >= 0.7 * len(rows)
        and max(gaps) < 3.0 * h
        and _median(gaps, 0.0) < 0.8 * h  # rows set close, as text is (a diagram's labels sit apart)
        and sum(_wordy(r.text) for r in rows) >= 0.8 * len(rows)  # not a chart's numbers
        and bottom - top >= 0.8 * (box[3] - box[1])
        and width >= 0.6 * (box[2] - box[0])
        and not _tabular(lines)
    )


# A chart's tick value or panel letter (`20`, `0.8`, `5-`, `B`) and an amount as an invoice prints it (`12.50`).
_TICK = re.compile(r"^[-+−–]?(\d{1,3}([.,]\d)?|[A-Za-z])[-–]?$")
_AMOUNT = re.compile(r"\d[.,]\d\d(?!\d)")


def _chart_labels(lines: list[Line]) -> bool:
    """Labels of a chart, not cells of a table: a quarter or more of the pieces are tick values or panel letters
    and hardly any is an amount (an item table's prices and totals carry two decimals). Side-by-side panels line
    their ticks up in rows and columns, which reads as a grid."""
    texts = [ln.text.replace(" ", "") for ln in lines]
    n = max(len(texts), 1)
    ticks = sum(bool(_TICK.match(t)) for t in texts)
    amounts = sum(bool(_AMOUNT.search(t)) for t in texts)
    return ticks >= 0.25 * n and amounts < 0.1 * n


def _retype(region: Region, lines: list[Line], page_size: tuple[int, int] | None, body_h: float = 10.0) -> str:
    """Second opinions from the text: a "figure" densely filled with rows of cells, or holding a header over
    columns of figures, is a table (invoices, bills; an item table on grey stripes); a "header"/"footer" far from
    the page margins is ordinary text (a heading, a closing line)."""
    kind = region.type
    prose = len(lines) >= 6 and _prose_columns(lines, body_h)
    chart = kind == "figure" and _chart_labels(lines)  # a multi-panel chart's aligned ticks are no table
    vertical = any(ln.vertical for ln in lines)
    if kind == "figure" and not chart and len(lines) >= 8 and _tabular(lines) and not prose and not vertical:
        cover = sum(_area(ln.bbox) for ln in lines) / max(_area(region.bbox), 1e-6)
        rows = _rows(lines)
        if cover >= 0.15 or any(_figure_run(rows, i, body_h) for i in range(len(rows) - 2)):
            return "table"
    if kind == "figure" and not chart and not prose and _grid_of_text(lines, region.bbox):
        return "table"  # a ruled frame with a header row over rows of figures (cells far apart, little ink)
    if kind == "table" and prose:
        return "text"  # rows of running text the detector boxed as a table (a column or two of a dense page)
    if kind == "figure" and _text_column(lines, region.bbox, body_h):
        return "text"  # a sidebar or box of short text rows the detector took for a picture
    if kind == "title" and lines and not _heading_text(" ".join(ln.text for ln in lines)):
        return "text"  # a number, a `key：value` or a lone character the detector boxed like a heading
    text = " ".join(ln.text for ln in lines)
    if kind == "title" and (text.count(",") + text.count("，") >= 3 or _byline(text)):
        return "text"  # an author list or affiliations boxed like a heading (a title rarely has three commas)
    if kind in {"header", "footer"} and page_size is not None:
        cy = (region.bbox[1] + region.bbox[3]) / 2 / max(page_size[1], 1)
        if (kind == "header" and cy > 0.15) or (kind == "footer" and cy < 0.85):
            return "text"
    return kind


# An author's initials and name (`E. Li`, `J.-P. Dubois`), and a byline (`By K. Patel and T. Li`).
_INITIALS = re.compile(r"\b[A-Z]\.(?:-[A-Z]\.)?\s?[A-Z][a-zà-ÿ'’-]+")
_BY = re.compile(r"^\s*by\s+[A-Z]", re.IGNORECASE)


def _byline(text: str) -> bool:
    """Names, not a heading: a `By ...` line, or two or more `X. Name` (initials then a surname)."""
    return bool(_BY.match(text)) or len(_INITIALS.findall(text)) >= 2


def _heading_text(text: str) -> bool:
    """Text a heading can be: words (not a number or an amount), no `key：value` or `Key: 1234` inside, more than one
    character."""
    inner = text.strip().rstrip(":：")
    value = inner.split(": ", 1)[1] if ": " in inner else ""  # `Aim 1: Evaluation of ...` is a heading
    return len(inner.replace(" ", "")) >= 2 and _wordy(inner) and "：" not in inner and (not value or _wordy(value))


def _wordy(text: str) -> bool:
    """At least half of the characters (spaces aside) are letters: words, not a number, code or amount."""
    return 2 * sum(ch.isalpha() for ch in text) >= len(text.replace(" ", ""))


def _split_across_gutters(lines: list[Line], body_h: float) -> list[Line]:
    """An OCR line that runs across a narrow gutter (two columns' rows read as one line) is cut at the word gap
    that lines up with the gutter: where other lines nearby end just left of it and others start just right of
    it. Cut at word gaps only (never inside a word)."""
    # Only rows of running text mark a gutter (a table's cells line up in columns too): lines 10+ heights wide.
    wide = [ln for ln in lines if ln.bbox[2] - ln.bbox[0] >= 10 * max(ln.bbox[3] - ln.bbox[1], 1.0)]
    ends = [(ln.bbox[2], (ln.bbox[1] + ln.bbox[3]) / 2) for ln in wide]
    starts = [(ln.bbox[0], (ln.bbox[1] + ln.bbox[3]) / 2) for ln in wide]
    out: list[Line] = []
    for ln in lines:
        words = ln.words
        h = ln.bbox[3] - ln.bbox[1]
        if len(words) < 2 or ln.vertical:
            out.append(ln)
            continue
        cy = (ln.bbox[1] + ln.bbox[3]) / 2
        near = 10 * max(h, body_h)
        cuts: list[int] = []
        edges: dict[int, tuple[float, float]] = {}  # cut -> (the column's right edge, the next one's left edge)
        for k in range(1, len(words)):
            a, b = words[k - 1].bbox[2], words[k].bbox[0]
            e = [x for x, y in ends if abs(x - a) < 1.0 * h and 0 < abs(y - cy) < near]
            st = [x for x, y in starts if abs(x - b) < 1.0 * h and 0 < abs(y - cy) < near]
            if len(e) >= 3 and len(st) >= 3 and statistics.median(e) < statistics.median(st):
                cuts.append(k)
                # word boxes are estimated from character counts: the columns' own edges are surer
                edges[k] = (min(a, statistics.median(e)), max(b, statistics.median(st)))
        # each piece two words or more: a lone word at a gutter is as likely a word gap that happens to line up
        bounds = [0, *cuts, len(words)]
        if not cuts or any(j - i < 2 for i, j in itertools.pairwise(bounds)):
            out.append(ln)
            continue
        for i, j in itertools.pairwise(bounds):
            part = words[i:j]
            x0 = edges[i][1] if i in edges else part[0].bbox[0]
            x1 = edges[j][0] if j in edges else part[-1].bbox[2]
            box = (x0, ln.bbox[1], x1, ln.bbox[3])
            poly = [(x0, ln.bbox[1]), (x1, ln.bbox[1]), (x1, ln.bbox[3]), (x0, ln.bbox[3])]
            text = " ".join(w.text for w in part)
            out.append(Line(text=text, bbox=box, polygon=poly, score=ln.score, words=list(part)))
    return out


def _assign(lines: list[Line], regions: list[Region], min_share: float) -> tuple[list[list[Line]], list[Line]]:
    groups: list[list[Line]] = [[] for _ in regions]
    orphans: list[Line] = []
    for ln in lines:
        la = max(_area(ln.bbox), 1e-6)
        best, best_key = -1, (0.0, 0.0)
        for i, r in enumerate(regions):
            share = _inter(ln.bbox, r.bbox) / la
            if share < min_share:
                continue
            # Most of the line first; between near-equal covers, the smaller (more specific) region.
            key = (round(share, 1), -_area(r.bbox))
            if best < 0 or key > best_key:
                best, best_key = i, key
        if best < 0:
            orphans.append(ln)
        else:
            groups[best].append(ln)
    return groups, orphans


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


def _split_paragraphs(rows: list[_Row]) -> list[list[_Row]]:
    """Paragraph starts: first-line indent, a larger gap, the previous line ending short (justified text),
    a change of text height, or a row back at the margin among hanging indents."""
    if len(rows) < 2:
        return [rows]
    h = _median([r.h for r in rows], 10.0)
    left = min(r.bbox[0] for r in rows)
    right = max(r.bbox[2] for r in rows)
    gaps = [max(0.0, b.bbox[1] - a.bbox[3]) for a, b in itertools.pairwise(rows)]
    normal_gap = _median(gaps, 0.0)
    centred = _centred(rows, h)
    full = [r.bbox[2] >= right - 1.0 * h for r in rows[:-1]]
    justified = sum(full) >= 0.6 * len(full) and len(rows) >= 3
    # Hanging indents (reference entries, list items): the block starts at the margin (rows far off it, like a page
    # number taken in, aside) and many rows are set in; every row back at the margin starts an entry.
    set_in = [0.8 * h < r.bbox[0] - left < 5.0 * h for r in rows]
    starts = [r.bbox[0] - left < 0.5 * h for r, s in zip(rows, set_in, strict=True) if s or r.bbox[0] - left < 0.5 * h]
    hanging = len(rows) >= 3 and bool(starts) and starts[0] and sum(set_in) >= 0.4 * len(rows)
    pieces: list[list[_Row]] = [[rows[0]]]
    for i in range(1, len(rows)):
        prev, cur = rows[i - 1], rows[i]
        nxt = rows[i + 1] if i + 1 < len(rows) else None
        # A row set in at both ends like the row beside it (a block quotation inside a box of full rows) is a row
        # of that text: it does not end short against the box's right edge
        pprev = rows[i - 2] if i >= 2 else None
        same_set_in = prev.bbox[0] - left > 0.8 * h and any(
            o is not None and abs(prev.bbox[0] - o.bbox[0]) < 0.5 * h and abs(prev.bbox[2] - o.bbox[2]) < 0.5 * h
            for o in (cur, pprev)
        )
        prev_ends_short = prev.bbox[2] < right - 1.5 * h and not same_set_in
        indent = cur.bbox[0] - left > 0.8 * h and prev.bbox[0] - left < 0.5 * h and not _is_marker(prev.text)
        # A first-line indent comes back to the margin on the next line (a hanging indent stays in).
        first_line_indent = (
            indent and not hanging and (nxt.bbox[0] - left < 0.5 * h if nxt is not None else prev_ends_short)
        )
        gap = gaps[i - 1] > normal_gap + 0.6 * h
        short_prev = (justified and prev_ends_short) or prev.bbox[2] < left + 0.6 * (right - left)
        # A change of text height between two steady runs (one odd box is a detection artefact).
        pprev = rows[i - 2] if i >= 2 else None
        size_change = (
            _differ(cur.h, prev.h)
            and (nxt is None or not _differ(nxt.h, cur.h))
            and (pprev is None or not _differ(pprev.h, prev.h))
        )
        # ... or a marker row whose next row hangs set in under it: an item starts there, also after a full row
        # (a paragraph ending in `... as follows:` boxed with the list under it)
        hangs = nxt is not None and 0.5 * h < nxt.bbox[0] - cur.bbox[0] < 4.0 * h
        new_item = _is_marker(cur.text) and (prev_ends_short or cur.bbox[0] > prev.bbox[0] + 0.8 * h or hangs)
        # ... next to set-in rows: a paragraph the detector boxed with a hanging list keeps its rows together
        entry = hanging and cur.bbox[0] - left < 0.5 * h and (set_in[i - 1] or (nxt is not None and set_in[i + 1]))
        if centred:  # rows set centred (an author's name, department, address): only gaps and sizes split them
            first_line_indent = short_prev = new_item = entry = False
        if first_line_indent or gap or short_prev or size_change or new_item or entry:
            pieces.append([cur])
        else:
            pieces[-1].append(cur)
    return pieces


def _centred(rows: list[_Row], h: float) -> bool:
    """Three or more rows centred on one axis, of clearly different widths (not justified text: a centred heading
    over a paragraph's full rows is no centred block)."""
    if len(rows) < 3:
        return False
    mids = [(r.bbox[0] + r.bbox[2]) / 2 for r in rows]
    lefts = [r.bbox[0] for r in rows]
    widest = max(r.bbox[2] - r.bbox[0] for r in rows)
    full = sum(r.bbox[2] - r.bbox[0] >= 0.9 * widest for r in rows)
    return max(mids) - min(mids) < 1.0 * h and max(lefts) - min(lefts) > 2.0 * h and full < len(rows) - 1


def _column_span(bbox: BBox, all_lines: list[Line], own_column: bool = False) -> tuple[float, float]:
    """Left and right margins of the column `bbox` sits in, from the lines sharing its x-span (robust to a few
    odd starts and ends). `own_column`: leave out lines that run across the block's left edge by half its width
    on both sides (a full-width abstract or caption over a column: their left end is the other column's)."""
    near = [ln.bbox for ln in all_lines if _x_overlap(ln.bbox, bbox) > 0.5 and ln.bbox[2] - ln.bbox[0] > 0]
    if own_column:
        half = 0.5 * (bbox[2] - bbox[0])
        near = [b for b in near if not (b[0] < bbox[0] - half and b[2] > bbox[0] + half)]
        # ... and lines much narrower than the block: a box across the page (an abstract over a sidebar and the
        # body columns) is set in from no column of such lines; a list is set in from a column as wide as it
        near = [b for b in near if b[2] - b[0] >= 0.5 * (bbox[2] - bbox[0])]
    if not near:
        return bbox[0], bbox[2]
    xs0 = sorted(b[0] for b in near)
    xs1 = sorted(b[2] for b in near)
    return xs0[len(xs0) // 10], xs1[-1 - len(xs1) // 10]


def _is_marker(text: str) -> bool:
    return bool(_BULLET.match(text) or _ENUM.match(text)) and not (_INITIAL_LEAD.match(text) and _byline(text))


def marker_kind(text: str) -> tuple[str, int] | None:
    """(kind, number) of an item marker: `•` -> ("•", 0); `(iii)` and `(iii` -> ("(roman", 3); `2.` -> ("num.", 2).
    Public: layout/segment.py reads list items with the assembly's own markers."""
    if not _is_marker(text):
        return None
    m = _MARK_KIND.match(text)
    if m is None:
        return None
    if m["dot"]:
        return "•", 0  # the bullet the OCR read as a full stop
    if m["bullet"] or m["dash"]:
        return ("-" if m["dash"] else m["bullet"]), 0
    if m["circ"]:  # ① ② ③: numbered items of Chinese documents
        return "circ", ord(m["circ"]) - ord("①") + 1
    opened = "(" if m["open"] else ""
    close = "" if m["close"] in ("", ")", "）") else m["close"].replace("．", ".")  # a lost `)` is the same kind
    if m["num"]:
        return f"{opened}num{close}", int(m["num"])
    if m["roman"] and (m["roman"] != "i" or opened):  # `i.` alone may be a letter; `(i` starts roman items
        return f"{opened}roman{close}", _ROMAN.get(m["roman"], 0)
    letter = m["alpha"] or (m["roman"] or "")[:1]
    return (f"{opened}alpha{close}", ord(letter.lower()) - 96) if len(letter) == 1 else None


def _item_kinds(blk: _Blk) -> list[tuple[str, int]]:
    """The markers that start rows of a block, top to bottom."""
    kinds = [marker_kind(r.text) for r in _rows(blk.lines)]
    return [k for k in kinds if k is not None]


def _join_list_runs(blocks: list[_Blk], body_h: float) -> list[_Blk]:
    """Items of one list that the detector boxed apart (or whose one-row item reads as text or a heading) are one
    list: a block under a list in the same column, starting at the list's left edge with a marker of the same kind
    (a bullet alike, or the next number of the enumeration), joins it; so does a one-row marker-led block followed
    by such a list item. The text size must match (a numbered heading under a numbered list stays apart)."""
    cands = sorted((b for b in blocks if b.type in {"text", "list", "title"} and b.lines), key=lambda b: b.bbox[1])
    gone: set[int] = set()
    for i, a in enumerate(cands):
        if id(a) in gone:
            continue
        for b in cands[i + 1 :]:
            if id(b) in gone or b.bbox[1] - a.bbox[3] > 1.5 * body_h:
                continue
            if b.bbox[1] < a.bbox[3] - 0.5 * body_h or abs(b.bbox[0] - a.bbox[0]) > 1.0 * body_h:
                continue
            if _x_overlap(a.bbox, b.bbox) < 0.6:
                continue
            ka, kb = _item_kinds(a), _item_kinds(b)
            first_b = marker_kind(_rows(b.lines)[0].text)
            if not ka or first_b is None or ka[-1][0] != first_b[0]:
                break
            if first_b[1] and first_b[1] != ka[-1][1] + 1:
                break
            ha = _median([ln.bbox[3] - ln.bbox[1] for ln in a.lines], body_h)
            hb = _median([ln.bbox[3] - ln.bbox[1] for ln in b.lines], body_h)
            if _differ(ha, hb):
                break
            if a.type != "list" and b.type != "list":
                break  # two lone marker rows: numbered headings or paragraphs, not evidence of a list
            if a.type != "list" and len(_rows(a.lines)) > 1:
                break
            if b.type != "list" and (len(_rows(b.lines)) > 2 or len(kb) != 1):
                break
            between = any(
                o is not a and o is not b and o.bbox[1] >= a.bbox[3] - 1 and o.bbox[3] <= b.bbox[1] + 1
                and _x_overlap(o.bbox, b.bbox) > 0
                for o in blocks
            )  # fmt: skip
            if between:
                break
            a.type = "list"
            a.lines = a.lines + b.lines
            a.bbox = union_bbox([a.bbox, b.bbox])
            a.score = max(a.score or 0.0, b.score or 0.0)
            gone.add(id(b))
    return [b for b in blocks if id(b) not in gone]


def _classify_piece(rows: list[_Row], all_lines: list[Line], col_right: float, body_h: float) -> str:
    """text | list | title for one paragraph piece of a text block."""
    h = _median([r.h for r in rows], body_h)
    first = rows[0].text.strip()
    box = union_bbox([r.bbox for r in rows])
    col_left, col_end = _column_span(box, all_lines)
    if len(rows) >= 2:
        col_left = _column_span(box, all_lines, own_column=True)[0]
    col_right = max(col_right, col_end)
    hanging = len(rows) >= 2 and all(r.bbox[0] >= rows[0].bbox[0] + 0.5 * h for r in rows[1:])
    indented = sum(r.bbox[0] >= col_left + 0.7 * h for r in rows) >= 0.8 * len(rows)
    if _centred(rows, h):
        return "text"  # centred rows are set in from both sides: an address or author block (`A. Name`), no list
    if len(rows) >= 2 and _is_marker(first) and (hanging or indented):
        return "list"
    if len(rows) <= 2 and _title_like(rows, col_right, body_h):
        return "title"
    if len(rows) >= 2:
        # Indented from the column's left margin but running to its right one: list items, not a quotation
        # or an abstract set in on both sides.
        reaches_right = max(r.bbox[2] for r in rows) >= col_end - 1.0 * h
        # ... by a list's indent, a few ems (an epigraph or a pull quote is set in by a third of the column)
        near_margin = min(r.bbox[0] for r in rows) < col_left + 4.0 * h
        if indented and reaches_right and near_margin and all(r.bbox[0] >= col_left + 0.7 * h for r in rows[1:]):
            return "list"
        return "text"
    if _is_marker(first) and not _SECTION.match(first):
        return "list"
    return "text"


# A caption's label: `Figure 3`, `Fig. 2`, `Table 4`, `TABLE IV` (roman numerals in engineering papers).
_CAPTION = re.compile(r"^(fig(ure)?|table|tab)\.?\s*(\d|[IVX]+\b)", re.IGNORECASE)
_CAPTION_LABEL = re.compile(r"^(fig(ure)?|table|tab)\.?\s*(\d{1,3}|[IVX]{1,5})[.:]?$", re.IGNORECASE)
_EQ_NUMBER = re.compile(r"^\(\s*\d{1,3}[a-z]?\s*\)$")


def _title_like(rows: list[_Row], col_right: float, body_h: float) -> bool:
    """One or two short rows that do not read as a sentence or a caption."""
    text = " ".join(r.text for r in rows).strip()
    h = _median([r.h for r in rows], body_h)
    words = text.split()
    short = rows[-1].bbox[2] < col_right - 2.0 * h
    sentence_end = text.endswith((".", ",", ";", "。", "，", "；")) and not (len(rows) == 1 and _SECTION.match(text))
    caption = _CAPTION.match(text) is not None
    return (
        (short or h >= 1.3 * body_h)
        and not sentence_end
        and text.count(",") + text.count("，") < 2  # author lists, affiliations, keywords
        and not _byline(text)
        and not caption
        and 1 <= len(words) <= 8 + 8 * (len(rows) - 1)
        and text[:1].isalnum()
        and not text[:1].islower()
        and _heading_text(text)
        and (h >= 1.15 * body_h or not text.endswith(":"))
    )


BIBLIO = re.compile(r"\bet al\b|\bdoi\b|\b(?:19|20)\d{2}[a-z]?\b[;.,)]|\b\d+\s*[:(]\s*\d+", re.IGNORECASE)


def _bibliographic(rows: list[_Row]) -> bool:
    """Citation-like text: "et al.", a DOI, years followed by punctuation, volume(issue)/pages."""
    text = " ".join(r.text for r in rows)
    return len(BIBLIO.findall(text)) >= 2


def _run_on_entry(piece: list[_Row], nxt: list[_Row], region: str, rest: bool = False) -> bool:
    """Set-in rows without a marker over reference entries with hanging indents, at the entries' indent: the end
    of an entry run on from the column or page before, not a list item. With `rest`, `nxt` is the piece above:
    an entry's first row (or rows) cut from the rest of it."""
    h = _median([r.h for r in piece + nxt], 10.0)
    left = min(r.bbox[0] for r in piece)
    hang = (len(nxt) >= 2 or rest) and all(abs(r.bbox[0] - left) < 0.5 * h for r in nxt[1:])
    if rest:  # an entry's first row: numbered (`29.`, `[29]`) or a citation (not a paragraph's last row)
        hang = hang and (_is_marker(nxt[0].text) or nxt[0].text.lstrip().startswith("[") or _bibliographic(nxt))
    return (
        not _is_marker(piece[0].text)
        and hang
        and left - nxt[0].bbox[0] > 0.5 * h
        and (region == "reference" or _bibliographic(nxt))
    )


def _text_pieces(blk: _Blk, all_lines: list[Line], cfg: LayoutSettings, body_h: float) -> list[_Blk]:
    rows = _rows(blk.lines)
    pieces = _split_paragraphs(rows) if cfg.split_paragraphs else [rows]
    col_right = max(r.bbox[2] for r in rows)
    out: list[_Blk] = []
    for n, piece in enumerate(pieces):
        kind = "text"
        if cfg.detect_lists or cfg.detect_titles:
            kind = _classify_piece(piece, all_lines, col_right, body_h)
            if kind == "list" and _bibliographic(piece):
                kind = "text"  # numbered references are a bibliography, not a list
            # ... the first piece in its column (a page number beside it may come first)
            box = union_bbox([r.bbox for r in piece])
            top = not any(_x_overlap(box, union_bbox([r.bbox for r in p])) > 0.3 for p in pieces[:n])
            if kind == "list" and top and n + 1 < len(pieces) and _run_on_entry(piece, pieces[n + 1], blk.type):
                kind = "text"
            # ... and under an entry's first row cut off above it: the rest of that entry
            if (
                kind == "list"
                and n > 0
                and out
                and out[-1].type != "list"
                and _run_on_entry(piece, pieces[n - 1], blk.type, rest=True)
            ):
                out[-1].lines = out[-1].lines + [ln for r in piece for ln in r.lines]
                out[-1].bbox = union_bbox([out[-1].bbox, box])
                continue
            if (kind == "list" and not cfg.detect_lists) or (kind == "title" and not cfg.detect_titles):
                kind = "text"
        if blk.type != "text" and kind != "list":
            kind = blk.type  # references stay references unless they are an enumeration, not a bibliography
        lines = [ln for r in piece for ln in r.lines]
        out.append(_Blk(kind, union_bbox([ln.bbox for ln in lines]), blk.score, lines, blk.region, blk.origin))
    return _merge_list_items(out, body_h)


def _merge_list_items(pieces: list[_Blk], body_h: float) -> list[_Blk]:
    """Neighbouring list pieces of one block are the items of one list. A lone one-line "list" is text."""
    out: list[_Blk] = []
    for p in pieces:
        if out and p.type == "list" and out[-1].type == "list" and p.bbox[1] - out[-1].bbox[3] < 1.5 * body_h:
            last = out[-1]
            last.lines = last.lines + p.lines
            last.bbox = union_bbox([last.bbox, p.bbox])
            continue
        out.append(p)
    for p in out:
        if p.type == "list" and len(_rows(p.lines)) == 1:
            p.type = "text"
    return out


def _prose_out_of_figures(blocks: list[_Blk], body_h: float, lines: list[Line]) -> list[Line]:
    """Rows of running text inside a figure box (a detector box over a figure and the columns beside it, or over a
    whole page) are not the figure's: when six or more rows of 4+ words (mostly letters, 8+ line heights wide) are
    in it, they leave it; a figure's labels and legends are short. When the page's text lines then cover most of
    the box, no figure is left in it (a box over a page of columns and boxed sidebars): the box is dropped from
    `blocks` and all its lines leave. -> the freed lines."""
    freed: list[Line] = []
    for b in list(blocks):
        if b.type != "figure" or len(b.lines) < 4:
            continue
        rows = [
            r
            for r in _rows(b.lines)
            if len(r.text.split()) >= 4 and _wordy(r.text) and r.bbox[2] - r.bbox[0] >= 8 * body_h
        ]
        if len(rows) < 6:
            continue
        out = {id(ln) for r in rows for ln in r.lines}
        if _text_cover(b.bbox, lines, body_h) > 0.5:
            out = {id(ln) for ln in b.lines}
            blocks.remove(b)
        freed += [ln for ln in b.lines if id(ln) in out]
        b.lines = [ln for ln in b.lines if id(ln) not in out]
    return freed


def _text_cover(box: BBox, lines: list[Line], body_h: float, step: float = 2.0) -> float:
    """Share of `box` under text: the lines centred in it, each grown by half a line height above and below (so a
    paragraph's rows close up into one area). Columns of text fill most of their box; a figure's labels do not."""
    inside = [
        ln.bbox
        for ln in lines
        if box[0] <= (ln.bbox[0] + ln.bbox[2]) / 2 <= box[2] and box[1] <= (ln.bbox[1] + ln.bbox[3]) / 2 <= box[3]
    ]
    width, covered, n = max(box[2] - box[0], 1e-6), 0.0, 0
    y = box[1] + step / 2
    while y < box[3]:
        spans = sorted(
            (max(a, box[0]), min(c, box[2])) for a, b, c, d in inside if b - 0.5 * body_h <= y <= d + 0.5 * body_h
        )
        end = box[0]
        for a, c in spans:  # length of the union of the row's spans
            covered += max(0.0, c - max(a, end))
            end = max(end, c)
        n += 1
        y += step
    return covered / (width * max(n, 1))


def _join_orphans(
    blocks: list[_Blk], orphans: list[Line], cfg: LayoutSettings, body_h: float, free: set[int] | None = None
) -> list[_Blk]:
    """Lines outside every region: into the nearest text block when close and in its column, else new blocks.
    `free`: ids of lines taken out of a figure as prose (they never go back to a figure)."""
    loose: list[Line] = []
    containers = [b for b in blocks if b.type in CONTAINER_TYPES]
    for ln in orphans:
        h = max(ln.bbox[3] - ln.bbox[1], 1.0)
        # A label sticking out of a figure (or a cell out of a table) belongs to it.
        touching = [(_inter(ln.bbox, c.bbox), c) for c in containers if _inter(ln.bbox, c.bbox) > 0.2 * _area(ln.bbox)]
        if free and id(ln) in free:
            touching = []
        if touching:
            c = max(touching, key=lambda t: t[0])[1]
            c.lines.append(ln)
            c.bbox = union_bbox([c.bbox, ln.bbox])
            continue
        best, best_d = None, cfg.join_distance * h
        for b in blocks:
            if b.type not in TEXT_TYPES or b.type in {"header", "footer"}:
                continue
            if _x_overlap(ln.bbox, b.bbox) < 0.5:
                continue
            if b.lines and h > 1.3 * _median([o.bbox[3] - o.bbox[1] for o in b.lines], h):
                continue  # set larger than the block's text: a heading the detector missed, not its next line
            d = max(b.bbox[1] - ln.bbox[3], ln.bbox[1] - b.bbox[3], 0.0)
            if d <= best_d:
                best, best_d = b, d
        if best is None:
            loose.append(ln)
        else:
            best.lines.append(ln)
            best.bbox = union_bbox([best.bbox, ln.bbox])
    # Group the rest: a line continues a group directly above it in the same column.
    groups: list[_Blk] = []
    for ln in sorted(loose, key=lambda ln: (ln.bbox[1], ln.bbox[0])):
        h = max(ln.bbox[3] - ln.bbox[1], 1.0)
        target = None
        for g in groups:
            gap = ln.bbox[1] - g.bbox[3]
            g_h = _median([o.bbox[3] - o.bbox[1] for o in g.lines], h)
            if max(h, g_h) > 1.3 * min(h, g_h):
                continue  # a heading and the text under it (or a page number beside it) are two blocks
            if -0.5 * h <= gap <= 1.0 * max(h, body_h) and _x_overlap(ln.bbox, g.bbox) > 0.3:
                target = g
        if target is None:
            groups.append(_Blk("text", ln.bbox, 0.0, [ln], region=False))
        else:
            target.lines.append(ln)
            target.bbox = union_bbox([target.bbox, ln.bbox])
    for g in groups:
        # Not seen by the detector: ranked below detected blocks, by how well its text was read.
        g.score = round(0.5 * sum(ln.score for ln in g.lines) / len(g.lines), 4)
    return blocks + groups


def _prose_side(lines: list[Line]) -> bool:
    """Lines that read as running text or a block of words: 3+ rows (two rows can share a word gap by chance),
    2.5+ words a row, mostly letters (not a column of keys or amounts beside their values)."""
    rows = _rows(lines)
    words = sum(len(r.text.split()) for r in rows)
    return len(rows) >= 3 and words >= 2.5 * len(rows) and _wordy(" ".join(r.text for r in rows))


def _split_columns(blk: _Blk, body_h: float) -> list[_Blk]:
    """A text block whose lines fall into side-by-side groups with a white gap through all of them (two columns
    a detector box spans, author cells in a row) is one block per group, when each group reads as prose: key and
    value columns stay together (their rows are read across)."""
    if len(blk.lines) < 4 or any(ln.vertical for ln in blk.lines):
        return [blk]
    cut = _has_v_cut([ln.bbox for ln in blk.lines], 0.5 * body_h)
    if cut is None:
        return [blk]
    left = [ln for ln in blk.lines if (ln.bbox[0] + ln.bbox[2]) / 2 < cut]
    right = [ln for ln in blk.lines if (ln.bbox[0] + ln.bbox[2]) / 2 >= cut]
    if not (_prose_side(left) and _prose_side(right)):
        return [blk]
    out = []
    for part in (left, right):
        sub = _Blk(blk.type, union_bbox([ln.bbox for ln in part]), blk.score, part, blk.region, blk.origin)
        out.extend(_split_columns(sub, body_h))
    return out


def _merge_streams(blocks: list[_Blk], body_h: float) -> list[_Blk]:
    """Text boxes that touch one above the other in one column are one stream of text: they are joined here and
    split again at paragraph starts, so a paragraph cut in two by the detector, or two paragraphs in one box,
    both come out right."""
    texts = sorted((b for b in blocks if b.type == "text"), key=lambda b: b.bbox[1])
    others = [b for b in blocks if b.type != "text"]
    merged: list[_Blk] = []
    for b in texts:
        for m in merged:
            gap = b.bbox[1] - m.bbox[3]
            same_column = _x_overlap(b.bbox, m.bbox) > 0.8 and abs(b.bbox[2] - m.bbox[2]) < 3 * body_h
            # The detector's cut stands where a sentence ended and the next box starts like a new one.
            last = max(m.lines, key=lambda ln: ln.bbox[3]).text.rstrip()
            first = min(b.lines, key=lambda ln: ln.bbox[1]).text.lstrip()
            continues = not last.endswith((".", "!", "?", ":")) or first[:1].islower()
            if -0.5 * body_h <= gap <= 0.6 * body_h and same_column and continues:
                blocked = any(
                    o.bbox[1] >= m.bbox[3] - 1 and o.bbox[3] <= b.bbox[1] + 1 and _x_overlap(o.bbox, b.bbox) > 0
                    for o in others
                )
                if not blocked:
                    m.lines = m.lines + b.lines
                    m.bbox = union_bbox([m.bbox, b.bbox])
                    m.score = max(m.score or 0.0, b.score or 0.0)
                    break
        else:
            merged.append(b)
    return others + merged


# The first words of a totals row under an item table (invoices): "Subtotal", "Tax (8.25%)", "合计", "价税合计";
# "Net" alone (or "Net amount") heads a Net / VAT / Gross block, "Net income" is a row of a financial table.
_TOTALS = re.compile(
    r"^\s*(?:sub\s*-?\s*total|total|grand\s+total|net\s+total|net(?:\s+amount)?\s*:?\s*$|"
    r"tax\b|vat\b|gst\b|discount|balance|amount\s+due|" + "|".join(spaced(w) for w in CJK_TOTALS) + ")",
    re.IGNORECASE,
)


def _lead(row: _Row) -> str:
    """The row's first words, with a letter-spaced key OCR read as pieces joined (`合　　计` -> `合`, `计`):
    single CJK characters side by side in front of the row are one word."""
    text = row.lines[0].text.strip()
    if len(text) > 3:
        return row.lines[0].text
    k = 1
    while (
        k < len(row.lines)
        and len(text.replace(" ", "")) <= 3
        and all("\u4e00" <= ch <= "\u9fff" or ch.isspace() for ch in text)
    ):
        nxt = row.lines[k].text.strip()
        if not nxt or not "\u4e00" <= nxt[0] <= "\u9fff":
            break
        text += " " + nxt
        k += 1
    return text


def _numeric(text: str) -> bool:
    """Mostly digits: an amount, a quantity, a rate (`1,224.25`, `¥4778.89`, `13%`)."""
    alnum = [ch for ch in text if ch.isalnum()]
    return bool(alnum) and 2 * sum(ch.isdigit() for ch in alnum) > len(alnum)


def _keyed(text: str) -> bool:
    """A `key:` piece (or `key：value`): a form field, not a column heading."""
    return text.rstrip().endswith((":", "：")) or "：" in text


def _hits(row: _Row, head: _Row) -> int:
    """How many of the header's columns the row's pieces fall under (by horizontal overlap)."""
    return sum(any(_x_overlap(ln.bbox, h.bbox) > 0 for ln in row.lines) for h in head.lines)


def _under(row: _Row, head: _Row) -> bool:
    """Every piece of `row` stands under a piece of `head` (a heading wrapped onto a second line)."""
    return all(any(_x_overlap(ln.bbox, h.bbox) > 0 for h in head.lines) for ln in row.lines)


def _heads_figures(rows: list[_Row], i: int) -> bool:
    """Row `i` is a header: 3+ pieces of words over a row with figures, or over the second line of its headings
    (fewer pieces, words, each under a heading: `货物或应税劳务、` / `服务名称`) and then a row with figures."""
    r = rows[i]
    if len(r.lines) < 3 or any(_numeric(ln.text) for ln in r.lines):
        return False
    k = i + 1
    while (
        k < len(rows) - 1
        and k - i <= 2
        and len(rows[k].lines) < len(r.lines)
        and not any(_numeric(ln.text) for ln in rows[k].lines)
        and _under(rows[k], r)
    ):
        k += 1
    return len(rows[k].lines) >= 2 and any(_numeric(ln.text) for ln in rows[k].lines)


def _best_head(rows: list[_Row]) -> int | None:
    """The header of the item table: of the rows that head figures, the one over the longest run of figure rows
    (an order-details strip `P.O. NUMBER | SALES REP | SHIP VIA | TERMS` over one row of values heads figures
    too, above the items)."""
    best, best_n = None, 0
    for i in range(len(rows) - 1):
        if not _heads_figures(rows, i):
            continue
        n = 0
        for r in rows[i + 1 :]:
            if _TOTALS.match(_lead(r)):
                break
            if len(r.lines) >= 2 and any(_numeric(ln.text) for ln in r.lines):
                n += 1
            elif n and len(r.lines) >= 3:
                break  # the next heading row
        if n > best_n:
            best, best_n = i, n
    return best


def _heads_above_tables(blocks: list[_Blk], body_h: float) -> list[_Blk]:
    """Column headings set right above a detected table box, which the detector left out (coloured headings over
    a thick rule; their lines went to text or caption boxes), join the table: one or two rows of word pieces (3+
    in a row, no figure, no `key:`) within a line space of the box's top and within its width."""
    kinds = TEXT_TYPES - {"header", "footer"}
    moved: set[int] = set()
    for t in blocks:
        if t.type != "table" or not t.lines:
            continue
        top = min(ln.bbox[1] for ln in t.lines)
        # Lines of a block holding figures are rows of a grid of their own, not a heading row boxed apart.
        gridded = {id(x) for o in blocks if o is not t and any(_numeric(y.text) for y in o.lines) for x in o.lines}
        near = [
            ln
            for b in blocks
            if b.type in kinds
            for ln in b.lines
            if id(ln) not in moved
            and top - 4.0 * body_h <= ln.bbox[1]
            and (ln.bbox[3] <= top + 0.3 * body_h or _level_heading(ln, t.lines, top, body_h, gridded))
            and t.bbox[0] - body_h <= ln.bbox[0]
            and ln.bbox[2] <= t.bbox[2] + body_h
        ]
        took: list[_Row] = []
        edge = top
        for r in sorted(_rows(near), key=lambda r: -r.bbox[3]):
            if edge - r.bbox[3] > 1.0 * body_h or len(took) == 2:
                break
            took.append(r)
            edge = r.bbox[1]
        lines = [ln for r in took for ln in r.lines]
        # A row's pieces count with the table's own headings level with them (`Qty Description` and `Total` boxed
        # apart, `Unit price` inside the table).
        level = [sum(abs(x.bbox[1] - r.bbox[1]) <= 0.5 * body_h for x in t.lines) for r in took]
        if (
            not took
            or (max(len(r.lines) + n for r, n in zip(took, level, strict=True)) < 3 and not _group_heading(took, t))
            or any(_numeric(ln.text) or _keyed(ln.text) for ln in lines)
        ):
            continue
        moved |= {id(ln) for ln in lines}
        t.lines = t.lines + lines
        t.bbox = (t.bbox[0], min(t.bbox[1], min(ln.bbox[1] for ln in lines) - 0.3 * body_h), t.bbox[2], t.bbox[3])
    if not moved:
        return blocks
    out: list[_Blk] = []
    for b in blocks:
        if b.type == "table" or not any(id(ln) in moved for ln in b.lines):
            out.append(b)
            continue
        rest = [ln for ln in b.lines if id(ln) not in moved]
        if rest:
            out.append(_Blk(b.type, union_bbox([ln.bbox for ln in rest]), b.score, rest, b.region, b.origin))
    return out


_BESIDE = {"text", "title", "list"}  # what the detector calls a run of short lines (a column of names)


def _columns_beside_tables(blocks: list[_Blk], body_h: float) -> list[_Blk]:
    """A text block set beside a detected table, within its height, whose every line stands level with a line of
    the table (a row's first columns, `#` and the descriptions, boxed apart by the detector from the figures'
    columns) is more of the table's columns: it joins the table. Three lines or more, none running text; levels
    taken on the page turned level (a scan tilted under a degree)."""
    tilt = _tilt([ln for b in blocks for ln in b.lines])

    def level(ln: Line) -> float:
        return (ln.bbox[1] + ln.bbox[3]) / 2 - (ln.bbox[0] + ln.bbox[2]) / 2 * tilt

    joined: set[int] = set()
    for t in blocks:
        if t.type != "table" or not t.lines:
            continue
        ys = sorted(level(ln) for ln in t.lines)
        for b in blocks:
            if b is t or id(b) in joined or b.type not in _BESIDE or len(b.lines) < 3:
                continue
            if any(ln.vertical for ln in b.lines):
                continue
            if _x_overlap(b.bbox, t.bbox) > 0 or b.bbox[1] < t.bbox[1] - body_h or b.bbox[3] > t.bbox[3] + body_h:
                continue
            if _prose_rows(b.lines, b.bbox) or len(_rows(b.lines)) > len(_rows(t.lines)):
                continue
            if all(min(abs(level(ln) - y) for y in ys) <= 0.4 * body_h for ln in b.lines):
                joined.add(id(b))
                t.lines = t.lines + b.lines
                t.bbox = union_bbox([t.bbox, b.bbox])
    return [b for b in blocks if id(b) not in joined]


def _group_heading(took: list[_Row], t: _Blk) -> bool:
    """One row of short pieces right over the table, each centred over two or more of the table's top headings
    and narrower than them together: a group label over its columns (`Quantity` over `Ordered` / `Shipped`, no
    rule around it)."""
    if len(took) != 1 or len(took[0].lines) > 2:
        return False
    top = min(x.bbox[1] for x in t.lines)
    h = took[0].bbox[3] - took[0].bbox[1]
    heads = [x for x in t.lines if x.bbox[1] <= top + 0.5 * h]
    for ln in took[0].lines:
        if len(ln.text.split()) > 2:
            return False
        mid = (ln.bbox[0] + ln.bbox[2]) / 2
        under = [x for x in heads if _x_overlap(x.bbox, (ln.bbox[0] - h, 0.0, ln.bbox[2] + h, 0.0)) > 0]
        if len(under) < 2:
            return False
        x0, x1 = min(x.bbox[0] for x in under), max(x.bbox[2] for x in under)
        if abs((x0 + x1) / 2 - mid) > 0.25 * (x1 - x0) or ln.bbox[2] - ln.bbox[0] >= x1 - x0:
            return False
    return True


def _level_heading(ln: Line, lines: list[Line], top: float, body_h: float, gridded: set[int]) -> bool:
    """A piece of words level with the table's first text line (the rest of its heading row, boxed by layout as a
    caption or text region overlapping the table): no figure, within half a line of that line's top, beside it, and
    not from a block holding figures (the headings of a grid boxed on its own)."""
    first = [x for x in lines if x.bbox[1] <= top + 0.5 * body_h]
    return (
        abs(ln.bbox[1] - top) <= 0.5 * body_h
        and id(ln) not in gridded
        and not _numeric(ln.text)
        and not any(_x_overlap(ln.bbox, x.bbox) > 0 for x in first)
    )


_BLANK_MARKS = {"-", "–", "—", "一", "/", "NS", "n.s.", "N/A", "n/a", "NA"}


def _item_table_extent(blk: _Blk) -> list[_Blk]:
    """An item table inside a larger table box: the header row (3+ text pieces over a row with numbers) and the
    item rows under it, until a totals row that is not a table row (its label right of the first column, or
    filling at most half of the columns) or a line of prose across it. Key-value rows above the header (a buyer block in
    the ruled frame of a VAT invoice) and everything below the items become text blocks of their own."""
    rows = _rows(blk.lines)
    head = _best_head(rows)
    if head is None:
        return [blk]
    header = rows[head]
    # Rows above the header stay only as more header rows: several pieces, none a `key:` (a group heading over
    # the columns); an address, a title or a buyer block above the header is not the table.
    # A stub head set across two header rows (vertically centred) reads as a row of its own that overlaps the
    # header row under it: it is header too, and the group row above it stays with it.
    start = head
    while (
        start > 0
        and (len(rows[start - 1].lines) >= 2 or _y_overlap(rows[start - 1].bbox, rows[start].bbox) > 0.25)
        and not any(_keyed(ln.text) or _numeric(ln.text) for ln in rows[start - 1].lines)
    ):
        start -= 1
    end = len(rows)
    second = False  # the rows from `end` on are a second table (a tax analysis set under the items)
    headed = False  # a row under the header heads figures too
    groups: list[_Row] = []  # the groups' subtotal rows passed so far
    between: list[_Row] = []  # short rows between item rows (discount lines, section labels, wrapped lines)
    for j in range(head + 1, len(rows)):
        r = rows[j]
        # The header of a second table under the items (a VAT analysis as wide as the items, in the same box):
        # the first row under the header that heads figures again, after two item rows or more. A form's grid of
        # label rows over one row of values each is no such thing.
        if not headed and j + 1 < len(rows) and _heads_figures(rows, j):
            headed = True
            # A row holding a blank's mark (`—`, OCR's `一`, `NS`) is a row of values, not a header.
            blank = any(ln.text.strip() in _BLANK_MARKS for ln in r.lines)
            if not blank and sum(any(_numeric(ln.text) for ln in x.lines) for x in rows[head + 1 : j]) >= 2:
                end, second = j, True
                break
        first = r.lines[0]
        beside = first.bbox[0] > header.lines[0].bbox[2]
        body_h = _median([x.h for x in rows], 10.0)
        if (_TOTALS.match(_lead(r)) or _heads_totals(rows, j, body_h)) and (
            beside or len(r.lines) <= 2 or _hits(r, header) <= len(header.lines) // 2
        ):
            if _more_items(rows, j, header, body_h):
                groups.append(r)
                continue  # a group's subtotal: item rows go on under it
            if _closes_group(r, groups, body_h) or (
                _item_row(rows[j - 1], header) and _closes_group(r, between, body_h)
            ):
                end = j + 1  # the last group's subtotal or item's discount line, set as the others
                break
            end = j
            break
        # A totals row across the columns (`TOTAL` under the first, the sums under theirs) that leaves columns with
        # nothing to add up empty (codes, descriptions) is no item; a table filling them keeps its total (a scientific
        # table's `Total | 218 | 19`).
        if _TOTALS.match(_lead(r)) and len(r.lines) < len(header.lines) and _sum_row(r, rows[head + 1 : j], body_h):
            end = j
            break
        # A note under the table: one long sentence across it (a wrapped cell stays within its column), with no
        # item row close under it (a long description on a line of its own, its row's figures read a row off).
        wide = first.bbox[2] - first.bbox[0] >= 0.5 * (blk.bbox[2] - blk.bbox[0])
        if len(r.lines) == 1 and wide and len(first.text.split()) >= 6 and not _more_items(rows, j, header, body_h):
            end = j
            break
        if len(r.lines) <= 2 and not _item_row(r, header):
            between.append(r)  # a short row under an item (a discount line): a last row set alike ends the table
    kept = rows[start:end]
    out: list[_Blk] = []
    for run in (rows[:start], [] if second else rows[end:]):
        lines = [ln for r in run for ln in r.lines]
        if lines:
            out.append(_Blk("text", union_bbox([ln.bbox for ln in lines]), blk.score, lines, blk.region, "table"))
    if second:
        lines = [ln for r in rows[end:] for ln in r.lines]
        top = (kept[-1].bbox[3] + rows[end].bbox[1]) / 2
        rest = _Blk("table", (blk.bbox[0], top, blk.bbox[2], blk.bbox[3]), blk.score, lines, blk.region, blk.origin)
        out.extend(_item_table_extent(rest))
    lines = [ln for r in kept for ln in r.lines]
    # The crop keeps the table's rules (about a line height out from its text), not the page around it: a
    # detected box often reaches over the blocks above (their lines went to those smaller regions).
    h = _median([r.h for r in kept], 10.0)
    top = max(blk.bbox[1], kept[0].bbox[1] - h)
    bottom = min(blk.bbox[3], kept[-1].bbox[3] + h)
    if start > 0:
        top = max(top, (rows[start - 1].bbox[3] + kept[0].bbox[1]) / 2)
    if end < len(rows):
        bottom = min(bottom, (kept[-1].bbox[3] + rows[end].bbox[1]) / 2)
    bbox = (blk.bbox[0], top, blk.bbox[2], bottom)
    out.append(_Blk("table", bbox, blk.score, lines, blk.region, blk.origin))
    return out


_FIGURE = re.compile(r"-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?")


def _figure(text: str) -> float | None:
    """The value of a plain figure (`1,234.50`, `$12.5`, `-3`); None for anything else (dates, codes, `1.234,56`)."""
    t = text.strip().lstrip("$£€¥").strip()
    return float(t.replace(",", "")) if _FIGURE.fullmatch(t) else None


def _sum_row(r: _Row, above: list[_Row], body_h: float) -> bool:
    """Two figures of row `r` or more are each the sum of the figures standing in line with it (right edges
    within 0.6 line height) in two rows or more of `above`: a row of column totals."""
    tol = 0.6 * body_h
    sums = 0
    for ln in r.lines:
        v = _figure(ln.text)
        if v is None:
            continue
        col = [_figure(x.text) for a in above for x in a.lines if abs(x.bbox[2] - ln.bbox[2]) <= tol]
        if len(col) >= 2 and all(c is not None for c in col):
            sums += abs(sum(c for c in col if c is not None) - v) <= 0.011 * len(col)
    return sums >= 2


def _aligned(a: _Row, b: _Row, tol: float) -> bool:
    """Figures of two rows stand in the same columns: every figure of `b` ends (right-aligned) or starts where one
    of `a` does."""
    ends = [ln.bbox for ln in a.lines if _numeric(ln.text)]
    mine = [ln.bbox for ln in b.lines if _numeric(ln.text)]
    return bool(mine) and all(any(abs(m[2] - e[2]) <= tol or abs(m[0] - e[0]) <= tol for e in ends) for m in mine)


def _continues(r: _Row, last: _Row) -> bool:
    """Every piece of `r` stands under words of the item row above and under none of its figures: cells of text
    (a description, a note) wrapped onto their next line, whatever they hold (`4000K`)."""
    return all(
        any(_x_overlap(ln.bbox, p.bbox) > 0 for p in last.lines if not _numeric(p.text))
        and not any(_x_overlap(ln.bbox, p.bbox) > 0 for p in last.lines if _numeric(p.text))
        for ln in r.lines
    )


def _item_row(r: _Row, head: _Row) -> bool:
    figures = sum(_numeric(ln.text) for ln in r.lines)
    return len(r.lines) >= 3 and figures >= 2 and _hits(r, head) >= min(3, len(head.lines))


def _more_items(rows: list[_Row], j: int, head: _Row, body_h: float) -> bool:
    """Item rows go on under row `j` (a group's subtotal or the label of the next group): within the next two rows,
    close under it, with no totals row before them."""
    prev = rows[j]
    for r in rows[j + 1 : j + 3]:
        if r.bbox[1] - prev.bbox[3] > 2.0 * body_h or (_TOTALS.match(_lead(r)) and not _item_row(r, head)):
            return False
        if _item_row(r, head):
            return True
        prev = r
    return False


_TOTAL_END = re.compile(r"\b(?:sub\s*-?\s*total|total)\s*:?\s*$", re.IGNORECASE)


def _heads_totals(rows: list[_Row], j: int, body_h: float) -> bool:
    """Row `j` opens the totals block though its label is not a totals word up front (`Credit subtotal`, `Net
    total`): a label of up to three words ending in one, and the totals row under it has its label set in line."""
    r = rows[j]
    lead = r.lines[0].text.strip()
    if len(lead.split()) > 3 or not _TOTAL_END.search(lead) or j + 1 >= len(rows):
        return False
    nxt = rows[j + 1]
    return (
        bool(_TOTALS.match(_lead(nxt)))
        and nxt.bbox[1] - r.bbox[3] <= body_h
        and abs(nxt.lines[0].bbox[0] - r.lines[0].bbox[0]) <= 0.6 * body_h
    )


def _closes_group(r: _Row, groups: list[_Row], body_h: float) -> bool:
    """A totals row set like the subtotal rows of the groups above it (a word of theirs, label and amount edges in
    line): the last group's subtotal, or the last item's discount line (`Discount 15%` under `Less 5% trade
    discount`), not the first row of the grand totals under the table."""
    g = next((x for x in reversed(groups) if len(x.lines) == len(r.lines)), None)
    if g is None or len(r.lines) > 2:
        return False
    mine, theirs = _lead(r).lower().split(), _lead(g).lower().split()
    if not {w for w in mine if w.isalpha()} & set(theirs):
        return False  # no word in common (`Subtotal Hardware`, `Hardware subtotal`; `Total` under them)
    tol = 0.6 * body_h
    pairs = zip(g.lines, r.lines, strict=True)
    edges = all(abs(a.bbox[2] - b.bbox[2]) <= tol or abs(a.bbox[0] - b.bbox[0]) <= tol for a, b in pairs)
    return edges and abs(g.lines[-1].bbox[2] - r.lines[-1].bbox[2]) <= tol


def _figure_run(rows: list[_Row], i: int, body_h: float) -> list[_Row]:
    """The rows of a borderless table headed by row `i`: a header of 3+ word pieces (no `key:`) over 2+ rows of
    3+ pieces whose figures stand in the same columns; a row of words under the first heading only between them is
    a description wrapped onto its next line. Empty when row `i` heads no such table."""
    head = rows[i]
    if len(head.lines) < 3 or any(_numeric(ln.text) or _keyed(ln.text) for ln in head.lines):
        return []
    run, items = [head], [head]
    groups: list[_Row] = []  # the groups' subtotal rows passed so far
    between: list[_Row] = []  # all short rows between item rows
    wraps: set[int] = set()  # rows read as a cell's next line, set close under the row above
    for r in rows[i + 1 :]:
        if r.bbox[1] - run[-1].bbox[3] > 2.0 * body_h:
            break
        close = r.bbox[1] - run[-1].bbox[3] <= 0.5 * body_h
        wrapped = len(items) > 1 and not any(_numeric(ln.text) for ln in r.lines)
        if wrapped and all(_x_overlap(ln.bbox, head.lines[0].bbox) > 0 for ln in r.lines) and _hits(r, head) == 1:
            run.append(r)
            if close:
                wraps.add(id(r))
            continue
        if len(items) > 1 and _continues(r, items[-1]):
            run.append(r)
            if close:
                wraps.add(id(r))
            continue
        figures = sum(_numeric(ln.text) for ln in r.lines)
        if len(r.lines) < 3 or figures < 2 or _hits(r, head) < min(3, len(head.lines)):
            k = rows.index(r)
            if len(items) > 1 and len(r.lines) <= 2 and _more_items(rows, k, head, body_h):
                run.append(r)  # a section label, a group's subtotal or an item's discount line between item rows
                if _TOTALS.match(_lead(r)):
                    groups.append(r)
                between.append(r)
                continue
            # The last group's subtotal, or the last item's discount line right under it, set like those above.
            alike = _closes_group(r, groups, body_h) or (run[-1] is items[-1] and _closes_group(r, between, body_h))
            if len(items) > 1 and r.bbox[1] - run[-1].bbox[3] <= 2.0 * body_h and alike:
                run.append(r)
                items.append(r)  # the last group's subtotal ends the run
            break
        if len(items) > 1 and not _aligned(items[-1], r, 0.6 * body_h):
            break
        run.append(r)
        items.append(r)
    # A run ends on an item row and the lines its cells wrap onto (a description's last line under the last item).
    end = next(k for k in range(len(run) - 1, -1, -1) if run[k] is items[-1]) + 1
    while end < len(run) and id(run[end]) in wraps:
        end += 1
    del run[end:]
    return run if len(items) >= 3 else []


def _tilt(lines: list[Line]) -> float:
    """The slope (dy/dx, y down) of the page's text from the wide lines' top edges, length-weighted median: a scan
    turned less than OCR straightens (under a degree) still drifts a row's height across a wide table."""
    slopes: list[tuple[float, float]] = []
    for ln in lines:
        (x0, y0), (x1, y1) = ln.polygon[0], ln.polygon[1]
        h = ln.bbox[3] - ln.bbox[1]
        if not ln.vertical and x1 - x0 > 4 * h > 0:
            slopes.append(((y1 - y0) / (x1 - x0), x1 - x0))
    if len(slopes) < 3:
        return 0.0
    slopes.sort()
    half, acc = sum(w for _, w in slopes) / 2, 0.0
    for v, w in slopes:
        acc += w
        if acc >= half:
            return v
    return 0.0


def _text_tables(blocks: list[_Blk], body_h: float) -> list[_Blk]:
    """`_flat_text_tables` on the lines turned level when the text is tilted (over 0.3 degree): each line moved as
    its centre would be by turning the page back, so the pieces of one row share a level and a column's figures
    stand right-aligned again; the blocks keep the lines as read."""
    t = _tilt([ln for b in blocks for ln in b.lines])
    if abs(t) < 0.005:
        return _flat_text_tables(blocks, body_h)
    read: dict[int, Line] = {}
    level: list[_Blk] = []
    for b in blocks:
        moved = []
        for ln in b.lines:
            cx, cy = (ln.bbox[0] + ln.bbox[2]) / 2, (ln.bbox[1] + ln.bbox[3]) / 2
            dx, dy = cy * t, -cx * t
            m = ln.model_copy(update={"bbox": (ln.bbox[0] + dx, ln.bbox[1] + dy, ln.bbox[2] + dx, ln.bbox[3] + dy)})
            read[id(m)] = ln
            moved.append(m)
        level.append(_Blk(b.type, b.bbox, b.score, moved, b.region, b.origin))
    found = _flat_text_tables(level, body_h)
    if found is level:
        return blocks
    kept = {id(m): b for m, b in zip(level, blocks, strict=True)}
    out: list[_Blk] = []
    for b in found:
        if id(b) in kept:
            out.append(kept[id(b)])
            continue
        lines = [read[id(m)] for m in b.lines]
        box = union_bbox([ln.bbox for ln in lines])
        if b.type == "table":
            pad = 0.5 * body_h
            box = (box[0] - pad, box[1] - pad, box[2] + pad, box[3] + pad)
        out.append(_Blk(b.type, box, b.score, lines, b.region, b.origin))
    return out


def _flat_text_tables(blocks: list[_Blk], body_h: float) -> list[_Blk]:
    """Borderless tables the detector missed, found by their columns of figures: a header row of 3+ word pieces
    over 2+ rows of pieces whose figures stand right-aligned in the same columns. Their lines leave the text blocks
    they were in for a table block of their own."""
    kinds = TEXT_TYPES - {"header", "footer"}  # a detector box over part of the table may be any text class
    free = [ln for b in blocks if b.type in kinds for ln in b.lines]
    rows = _rows(free)
    found: list[list[_Row]] = []
    i = 0
    while i < len(rows) - 2:
        run = _figure_run(rows, i, body_h)
        if run:
            found.append(run)
            i += len(run)
        else:
            i += 1
    if not found:
        return blocks
    taken = {id(ln) for run in found for r in run for ln in r.lines}
    out: list[_Blk] = []
    for b in blocks:
        if b.type not in kinds or not any(id(ln) in taken for ln in b.lines):
            out.append(b)
            continue
        # What stays of the block: the lines above the table and those below, as separate blocks.
        top = min(ln.bbox[1] for ln in b.lines if id(ln) in taken)
        for part in ([ln for ln in b.lines if id(ln) not in taken and ln.bbox[1] < top],
                     [ln for ln in b.lines if id(ln) not in taken and ln.bbox[1] >= top]):  # fmt: skip
            if part:
                out.append(_Blk(b.type, union_bbox([ln.bbox for ln in part]), b.score, part, b.region, b.origin))
    for run in found:
        lines = [ln for r in run for ln in r.lines]
        bbox = union_bbox([ln.bbox for ln in lines])
        pad = 0.5 * body_h
        out.append(_Blk("table", (bbox[0] - pad, bbox[1] - pad, bbox[2] + pad, bbox[3] + pad), 0.5, lines, False, ""))
    return out


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


def assemble(
    lines: list[Line],
    regions: list[Region],
    cfg: LayoutSettings | None = None,
    page_size: tuple[int, int] | None = None,
) -> list[Block]:
    """Lines and layout regions of one page (same frame) -> blocks with `order` 0..n-1.

    `page_size` (width, height) of the working image places the header/footer bands; without it the bands are
    taken from the extent of the content. Without regions (layout off or nothing found), the page is one text
    block of all lines.
    """
    if not regions:
        if not lines:
            return []
        return [Block(type="text", bbox=union_bbox([ln.bbox for ln in lines]), score=None, order=0, lines=lines)]
    cfg = cfg or LayoutSettings()
    body_h = _median([ln.bbox[3] - ln.bbox[1] for ln in lines if not ln.vertical], 10.0)
    lines = _split_across_gutters(lines, body_h)
    regions = _clean_regions(regions, lines, cfg.line_overlap)
    groups, orphans = _assign(lines, regions, cfg.line_overlap)
    body_h = _median([ln.bbox[3] - ln.bbox[1] for ln in lines if not ln.vertical], 10.0)
    blocks: list[_Blk] = []
    for r, group in zip(regions, groups, strict=True):
        kind = _retype(r, group, page_size, body_h)
        if kind in CONTAINER_TYPES:
            blocks.append(_Blk(kind, union_bbox([r.bbox, *(ln.bbox for ln in group)]), r.score, group, True, r.type))
        elif group:  # a text region without text is a false detection
            blocks.append(_Blk(kind, union_bbox([ln.bbox for ln in group]), r.score, group, True, r.type))
    freed = _prose_out_of_figures(blocks, body_h, lines)
    blocks = _join_orphans(blocks, orphans + freed, cfg, body_h, {id(ln) for ln in freed})
    blocks = [p for b in blocks for p in (_split_columns(b, body_h) if b.type in {"text", "reference"} else [b])]
    if cfg.split_paragraphs:
        blocks = _merge_streams(blocks, body_h)
    blocks = _heads_above_tables(blocks, body_h)
    blocks = _columns_beside_tables(blocks, body_h)
    blocks = [piece for b in blocks for piece in (_item_table_extent(b) if b.type == "table" and b.lines else [b])]
    if cfg.text_tables:
        blocks = _text_tables(blocks, body_h)
        # a table found from its text lines has headings over it too (a group label over two columns)
        blocks = _heads_above_tables(blocks, body_h)
    out: list[_Blk] = []
    for b in blocks:
        if b.type in {"text", "reference"}:
            out.extend(_text_pieces(b, lines, cfg, body_h))
        else:
            out.append(b)
    if cfg.detect_lists:
        out = _join_list_runs(out, body_h)
    out = _absorb_figure_labels(out, body_h)
    out = _join_labels(out, body_h)
    page = (0.0, 0.0, float(page_size[0]), float(page_size[1])) if page_size else union_bbox([b.bbox for b in out])
    _mark_margins(out, page, cfg, body_h)
    vertical = sum(ln.vertical for ln in lines) > 0.5 * len(lines)
    ordered = _reading_order(out, body_h, right_to_left=vertical)
    return [
        Block(type=b.type, bbox=b.bbox, score=b.score, order=i, lines=_line_order(b.lines))
        for i, b in enumerate(ordered)
    ]
