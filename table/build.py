"""Predicted structure + OCR words -> `Table` (cells and HTML): `build_table` runs the steps of the other table
modules in order; bold cells from ink density; the HTML with thead/tbody."""

from __future__ import annotations

import html
from dataclasses import replace

import numpy as np

from docsense.core.document import BBox, Cell, Table

from .cells import WordBox, _item_table, _join_cjk_runs, assign_words, cell_text, ink_map
from .columns import (
    _drop_blank_edge_columns,
    merge_interleaved_columns,
    merge_spaced_columns,
    move_column_edges,
    regrid,
    split_columns,
    split_glued_figures,
)
from .extent import _drop_empty_head, _drop_empty_tail, _drop_spanned_blank_rows, drop_sum_row, drop_totals_rows
from .glyphs import (
    _dashes_read_as_cjk,
    dashes_in_blank_cells,
    leader_dots,
    long_dashes,
    plus_minus_spaces,
    split_cjk_gaps,
)
from .header import (
    deal_headings,
    headings_level_with_row_under,
    join_split_heading,
    join_translated_headings,
    span_currency_headings,
    spanned_header_rows,
    split_heading_line,
    text_header,
)
from .items import join_item_lines, move_stray_figures, rows_from_item_lines, span_item_rows, split_stacked_rows
from .rows import (
    join_level_rows,
    join_wrapped_rows,
    lift_continued_lines,
    lines_up_to_their_row,
    notes_under_grid,
    split_paragraph_rows,
    words_down_to_their_row,
)
from .slanet import CellSpec
from .spans import span_lone_rows, spans_from_text


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
    cells, per_cell, bold_at = split_columns(cells, per_cell, bold_at, row_header)
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
    cells, per_cell, row_header = spans_from_text(cells, per_cell, row_header)
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
