"""Spanning cells from the text: a phrase over columns, a lone label or section row across the table."""

from __future__ import annotations

import itertools
import re

import numpy as np

from docsense.core.document import Cell

from .cells import WordBox, _figure_row, _is_cjk, _line_index, _text_lines_y, cell_text
from .columns import _column_ranges

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


_OUTLINE_NO = re.compile(r"^(\d{1,3}(?:\.\d{1,3})*)\.?$")


def _outline_group(ids: list[int], filled: list[int], cells: list[Cell], next_first: str) -> int | None:
    """A group row of an outline-numbered table (`1 | Office furniture | | |` over lines `1.1`, `1.2`): text in the
    first two cells only, the first an outline number that the next row's number goes on under (`1` -> `1.1`,
    `2.1` -> `2.1.1`). Its title cell then spans the rest of the row (the group's title set across the table);
    which cell that is, else None."""
    if len(filled) != 2 or any(cells[i].rowspan > 1 or cells[i].colspan > 1 for i in ids) or len(ids) < 4:
        return None
    a, b = sorted(filled, key=lambda k: cells[k].col)
    m = _OUTLINE_NO.match(cells[a].text.strip())
    if cells[a].col != 0 or cells[b].col != 1 or m is None or not any(ch.isalpha() for ch in cells[b].text):
        return None
    nxt = _OUTLINE_NO.match(next_first.strip())
    if nxt is None or not nxt.group(1).startswith(m.group(1) + "."):
        return None
    return b


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


def spans_from_text(
    cells: list[Cell], words: list[list[WordBox]], row_header: list[bool]
) -> tuple[list[Cell], list[list[WordBox]], list[bool]]:
    """Spans the text shows where the model wrote a cell and blanks:
    - a body row whose only text is in the first column and runs on over the second column (a footnote or a
      group label set across the table) is one cell spanning the row;
    - a group row of an outline-numbered table (`1 | Office furniture`, then lines `1.1`, `1.2`): its title spans
      the rest of the row; the first group row, bold or shaded like the headings and taken for the last header
      row, goes to the body (no heading is an outline number over the next row's);
    - a header cell over a blank header cell, its text centred between the two rows' text lines (a stub heading
      set in the middle of a two-row header) spans both rows."""
    n_cols = max((c.col + c.colspan for c in cells), default=0)
    cols = _column_ranges(cells)
    if n_cols < 3 or 1 not in cols:
        return cells, words, row_header
    row_header = list(row_header)
    drop: set[int] = set()
    rows: dict[int, list[int]] = {}
    for i, c in enumerate(cells):
        rows.setdefault(c.row, []).append(i)
    first = {c.row: c.text for c in cells if c.col == 0 and c.rowspan == 1}
    for r, ids in rows.items():
        last_head = (
            0 < r < len(row_header) and row_header[r] and row_header[r - 1] and True not in row_header[r + 1 : r + 2]
        )
        if r >= len(row_header) or (row_header[r] and not last_head):
            continue
        filled = [i for i in ids if words[i]]
        title = _outline_group(ids, filled, cells, first.get(r + 1, ""))
        if row_header[r] and title is None:
            continue
        if title is not None:
            row_header[r] = False
            box = (cells[title].bbox[0], min(cells[k].bbox[1] for k in ids),
                   max(cells[k].bbox[2] for k in ids), max(cells[k].bbox[3] for k in ids))  # fmt: skip
            cells[title] = cells[title].model_copy(update={"colspan": n_cols - 1, "bbox": box})
            drop |= {k for k in ids if cells[k].col > 1}
            continue
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
    return [cells[i] for i in keep], [words[i] for i in keep], row_header
