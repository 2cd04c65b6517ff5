"""Rows checked against the text lines: wrapped text joined to its row, pieces of one line joined, words and
lines moved to the row they stand level with, paragraph rows split, notes under a grid."""

from __future__ import annotations

import numpy as np

from docsense.core.document import Cell

from .cells import (
    _ITEM_HEADINGS,
    WordBox,
    _continues,
    _goes_on,
    _is_cjk,
    _line_gap,
    _line_index,
    _numeric,
    _on_line,
    _text_lines_y,
    cell_text,
)


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
