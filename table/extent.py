"""What is not the table: totals rows (`Subtotal`, `合计`, `本页小计`), a sum row under the items, empty rows
at the head or tail, blank rows under a span."""

from __future__ import annotations

import re
from dataclasses import replace

from docsense.core.document import BBox, Cell
from docsense.core.text import CJK_TOTALS

from .cells import WordBox, _item_table, _numeric
from .slanet import CellSpec

# A page's totals in a list that runs over pages (`本页小计`, `累计`) and the note closing the page (`（接下页）`)
# close the table as its totals do.
_TOTALS_CJK = re.compile("^(?:本页)?(?:" + "|".join((*CJK_TOTALS, "累计")) + ")|^[（(]?(?:接|续|转)下页")


def drop_totals_rows(cells: list[Cell], row_header: list[bool]) -> tuple[list[Cell], list[bool]]:
    """Totals rows at the foot of a Chinese item table (`合计`, `价税合计`, `小计`, `总计`, `本页小计`, `累计`,
    letter-spaced or not, as the first text of the row) sum the items; they are no items. Only rows from the first
    such row to the end, when every one of them is a totals row (or blank), and never all the body."""
    n_tr = len(row_header)
    first: dict[int, str] = {}
    for c in sorted(cells, key=lambda c: (c.row, c.col)):
        if c.text and c.rowspan == 1 and c.row not in first:
            first[c.row] = c.text
    rows = sorted(first)
    totals = [r for r in rows if _TOTALS_CJK.match(first[r].replace(" ", "").replace("\u3000", ""))]
    if not totals:
        return cells, row_header
    start = totals[0]
    body = [r for r in rows if r < start and not (r < n_tr and row_header[r])]
    if not body or any(r not in totals for r in rows if r >= start):
        return cells, row_header
    if any(c.row < start < c.row + c.rowspan for c in cells):
        return cells, row_header
    return [c for c in cells if c.row < start], row_header[:start]


_AMOUNT = re.compile(r"(\d[\d,.\s]*)")


def _amount(text: str) -> float | None:
    """The value of a money figure, sign and currency left out (`(£3,910.48)`, `1.234,56 €`, `12.50 CR`): the last
    `.` or `,` before one or two digits at the end is the decimal mark, the others group thousands."""
    m = _AMOUNT.search(text)
    if m is None or not _numeric(text):
        return None
    digits = m.group(1).replace(" ", "").rstrip(",.")
    dec = re.search(r"[.,](\d{1,2})$", digits)
    whole = digits[: dec.start()] if dec else digits
    whole = re.sub(r"[.,]", "", whole)
    if not whole.isdigit():
        return None
    return float(whole + ("." + dec.group(1) if dec else ""))


def drop_sum_row(cells: list[Cell], row_header: list[bool]) -> tuple[list[Cell], list[bool]]:
    """The last row of an item table holding one or two figures and nothing else, one of them the sum of the
    figures above it in its column: the table's total, its label printed outside the table (`(£3,910.48)` under
    the credit amounts); it is no item."""
    if not cells or not _item_table(cells, row_header):
        return cells, row_header
    last = max(c.row for c in cells)
    mine = [c for c in cells if c.row == last and c.text.strip()]
    if not mine or len(mine) > 2 or any(c.rowspan != 1 or not _numeric(c.text) for c in mine):
        return cells, row_header
    heads = {r for r, h in enumerate(row_header) if h}
    if any(c.row < last < c.row + c.rowspan for c in cells):
        return cells, row_header
    for c in mine:
        total = _amount(c.text)
        above = [
            _amount(o.text) for o in cells if o.col == c.col and o.colspan == c.colspan and o.row < last
            and o.row not in heads and o.text.strip()
        ]  # fmt: skip
        if total is None or len(above) < 2 or any(a is None for a in above):
            continue
        if abs(sum(a for a in above if a is not None) - total) <= 0.011 * len(above):
            return [o for o in cells if o.row != last], row_header[:last]
    return cells, row_header


def _drop_empty_tail(
    specs: list[CellSpec], boxes: list[BBox], per_cell: list[list[WordBox]], texts: list[str], row_header: list[bool]
) -> tuple[list[CellSpec], list[BBox], list[list[WordBox]], list[str], list[bool]]:
    """Rows after the last one with any text are blank space the crop took in (a fixed-height goods area)."""
    last = max((s.row_index for s, t in zip(specs, texts, strict=True) if t), default=-1)
    if last < 0 or all(s.row_index <= last for s in specs):
        return specs, boxes, per_cell, texts, row_header
    keep = [i for i, s in enumerate(specs) if s.row_index <= last]
    specs = [replace(specs[i], rowspan=min(specs[i].rowspan, last - specs[i].row_index + 1)) for i in keep]
    return (
        specs,
        [boxes[i] for i in keep],
        [per_cell[i] for i in keep],
        [texts[i] for i in keep],
        row_header[: last + 1],
    )


def _drop_empty_head(
    specs: list[CellSpec], boxes: list[BBox], per_cell: list[list[WordBox]], texts: list[str], row_header: list[bool]
) -> tuple[list[CellSpec], list[BBox], list[list[WordBox]], list[str], list[bool]]:
    """A blank first row (the rule or padding over a goods area read as a row) is no row: the header is the row
    under it, found again by its text (`text_header`)."""
    top = [i for i, s in enumerate(specs) if s.row_index == 0]
    if not top or any(texts[i] or specs[i].rowspan > 1 for i in top) or all(s.row_index == 0 for s in specs):
        return specs, boxes, per_cell, texts, row_header
    keep = [i for i, s in enumerate(specs) if s.row_index > 0]
    return (
        [replace(specs[i], row_index=specs[i].row_index - 1) for i in keep],
        [boxes[i] for i in keep],
        [per_cell[i] for i in keep],
        [texts[i] for i in keep],
        row_header[1:],
    )


def _drop_spanned_blank_rows(
    specs: list[CellSpec], texts: list[str], row_header: list[bool]
) -> tuple[list[CellSpec], list[int], list[bool]]:
    """A row whose own cells are all blank, under cells spanning down into it, is no row: the model stretched a
    one-line header over two rows (`rowspan="2"` above an empty `<td>`). Returns the specs left, the indices of
    the input specs they come from, and the header flags."""
    kept = list(range(len(specs)))
    filled = [s.row_index for s, t in zip(specs, texts, strict=True) if t]
    for r in sorted({s.row_index for s in specs}, reverse=True):
        own = [texts[k] for k, s in zip(kept, specs, strict=True) if s.row_index == r]
        spanned = any(s.row_index < r < s.row_index + s.rowspan for s in specs)
        # A blank body row between rows of text is a rule or a gap the model read as a row (dotted row rules).
        between = bool(filled) and min(filled) < r < max(filled) and not (r < len(row_header) and row_header[r])
        if any(own) or not (spanned or between):
            continue
        pairs = [(k, s) for k, s in zip(kept, specs, strict=True) if s.row_index != r]
        kept = [k for k, _ in pairs]
        specs = [
            replace(
                s,
                rowspan=s.rowspan - (s.row_index < r < s.row_index + s.rowspan),
                row_index=s.row_index - (s.row_index > r),
            )
            for _, s in pairs
        ]
        row_header = row_header[:r] + row_header[r + 1 :]
    return specs, kept, row_header
