"""A table continued under its own header row printed again: one table.

A long table printed over two sheets repeats its header row at the top of the second (`<thead>` printed on every
page); a print preview or a scan of both sheets on one image shows two tables with the same headings, one under the
other, with a page foot and the next sheet's running head between them. They are one table: the second one's body
rows go on under the first one's (its header row dropped).
"""

from __future__ import annotations

import re

from docsense.core.document import Block, Cell, Table

_SPACE = re.compile(r"\s+")
_FIGURE = re.compile(r"\d")


def _first_row(table: Table) -> list[str] | None:
    """The texts of the table's first row, one per column, when it is one row of single cells (no span)."""
    cells = [c for c in table.cells if c.row == 0]
    if not cells or any(c.rowspan > 1 or c.colspan > 1 for c in cells):
        return None
    texts = [""] * table.n_cols
    for c in cells:
        texts[c.col] = _SPACE.sub("", c.text)
    return texts


def _heads_alike(a: list[str], b: list[str]) -> bool:
    """The same headings in the same columns: at least three of them, none holding a figure (an item row read
    twice is no header)."""
    filled = [t for t in a if t]
    return a == b and len(filled) >= 3 and not any(_FIGURE.search(t) for t in filled)


def _under(upper: Block, lower: Block, share: float = 0.8) -> bool:
    """`lower` stands under `upper` and the two share most of their width."""
    ux0, uy0, ux1, uy1 = upper.bbox
    lx0, ly0, lx1, _ = lower.bbox
    overlap = min(ux1, lx1) - max(ux0, lx0)
    return ly0 >= uy1 - 0.25 * (uy1 - uy0) and overlap >= share * min(ux1 - ux0, lx1 - lx0)


def _body_html(html: str) -> str:
    """The rows of a table's HTML after its first row (the repeated header), whether in `<thead>` or not."""
    rows = re.findall(r"<tr>.*?</tr>", html, re.S)
    return "".join(rows[1:])


def join_tables(upper: Table, lower: Table) -> Table:
    """`lower`'s rows under its first (the header printed again) go on under `upper`'s."""
    shift = upper.n_rows - 1
    moved = [
        Cell(row=c.row + shift, col=c.col, rowspan=c.rowspan, colspan=c.colspan, bbox=c.bbox, text=c.text)
        for c in lower.cells
        if c.row > 0
    ]
    rows = _body_html(lower.html)
    html = upper.html
    if "</tbody>" in html:
        html = html.replace("</tbody></table>", rows + "</tbody></table>")
    else:
        html = html.replace("</table>", "<tbody>" + rows + "</tbody></table>")
    return Table(html=html, cells=upper.cells + moved, n_rows=upper.n_rows + lower.n_rows - 1, n_cols=upper.n_cols)


def join_continued(blocks: list[Block]) -> list[Block]:
    """Each table whose first row repeats the headings of a table above it (same columns, same texts) is joined to
    that table; the blocks between them (a page foot, a running head) stay as they are."""
    out: list[Block] = []
    last: Block | None = None  # the last table kept
    for block in blocks:
        table = block.table
        if block.type == "table" and table is not None and last is not None and last.table is not None:
            head, prev = _first_row(table), _first_row(last.table)
            if (
                head is not None
                and prev is not None
                and table.n_cols == last.table.n_cols
                and _heads_alike(prev, head)
                and _under(last, block)
            ):
                x0, y0, x1, y1 = last.bbox
                bx0, by0, bx1, by1 = block.bbox
                last.table = join_tables(last.table, table)
                last.bbox = (min(x0, bx0), min(y0, by0), max(x1, bx1), max(y1, by1))
                last.lines = last.lines + block.lines
                continue
        if block.type == "table" and table is not None:
            last = block
        out.append(block)
    return out
