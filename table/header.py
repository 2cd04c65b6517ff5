"""Header rows: which rows head the table (from the text), headings dealt to the item columns, a heading cut
or set a row off joined, translated headings, currency marks under a heading."""

from __future__ import annotations

import re

import numpy as np

from docsense.core.document import Cell, union_bbox

from .cells import (
    _ITEM_HEADINGS,
    WordBox,
    _cx,
    _figure_row,
    _is_cjk,
    _item_table,
    _line_index,
    _numeric,
    _text_lines_y,
    cell_text,
)


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
