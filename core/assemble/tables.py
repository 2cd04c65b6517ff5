"""Item tables in the assembly: a table box cut to its header and item rows (totals, notes and key-value rows
become text), column headings and columns the detector boxed apart joining the table, and borderless tables found
in text blocks by their columns of figures (docs/tables.md, "Table extent")."""

from __future__ import annotations

import re

from ..document import BBox, Line, union_bbox
from ..text import CJK_TOTALS, spaced
from .rows import TEXT_TYPES, _Blk, _median, _prose_rows, _Row, _rows, _x_overlap, _y_overlap


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
