"""Item tables (invoices): rows rebuilt from the item lines (a name wrapping over lines, figures level with its
first or last line), stacked rows split, item rows spanned, stray figures moved into their column."""

from __future__ import annotations

import itertools
from functools import partial

import numpy as np

from docsense.core.document import Cell

from .cells import (
    _ITEM_HEADINGS,
    _MONEY,
    WordBox,
    _continues,
    _goes_on,
    _item_table,
    _line_gap,
    _line_index,
    _numeric,
    _text_lines_y,
    cell_text,
)
from .rows import _without_row


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
