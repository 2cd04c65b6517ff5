"""Tables out of a Document: Excel (one sheet per table, merged cells kept), CSV (one file per table), pandas.

Tables are numbered per page in reading order: `p<page>_t<n>`, both 1-based.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import ConfigError

if TYPE_CHECKING:  # annotations only: Document's export methods import this module
    import pandas as pd

    from .document import Document, Table


def iter_tables(doc: Document) -> Iterator[tuple[str, int, Table]]:
    """(name `p<page>_t<n>`, page index, table) for every table block, pages and blocks in reading order."""
    for page in doc.pages:
        n = 0
        for block in sorted(page.blocks, key=lambda b: b.order):
            if block.table is not None and block.table.cells:
                n += 1
                yield f"p{page.index + 1}_t{n}", page.index, block.table


def header_rows(table: Table) -> int:
    """How many leading rows hold only header cells."""
    n = 0
    for r in range(table.n_rows):
        row = [c for c in table.cells if c.row == r]
        if not row or not all(c.header for c in row):
            break
        n += 1
    return n


def write_tables(doc: Document, out_dir: Path, stem: str, fmt: str) -> list[Path]:
    """Write the document's tables as `<stem>.xlsx` or `<stem>_p<page>_t<n>.csv`; nothing when it has none."""
    tables = list(iter_tables(doc))
    if not tables:
        return []
    out_dir.mkdir(parents=True, exist_ok=True)
    if fmt == "xlsx":
        return [_write_bytes(out_dir / f"{stem}.xlsx", to_xlsx_bytes(tables))]
    if fmt == "csv":
        return [_write_bytes(out_dir / f"{stem}_{name}.csv", to_csv(t).encode("utf-8")) for name, _, t in tables]
    raise ConfigError(f"unknown table format {fmt!r} (xlsx or csv)")


def to_csv(table: Table) -> str:
    """The grid, one CSV row per table row; a merged cell's text sits in its top-left slot."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerows(table.grid())
    return buf.getvalue()


def to_xlsx_bytes(tables: list[tuple[str, int, Table]]) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    wb.remove(wb.active)
    bold = Font(bold=True)
    for name, _, table in tables:
        ws = wb.create_sheet(title=name[:31])
        for c in table.cells:
            cell = ws.cell(row=c.row + 1, column=c.col + 1, value=_typed(c.text))
            if c.header:
                cell.font = bold
            if c.rowspan > 1 or c.colspan > 1:
                cell.alignment = Alignment(vertical="center", horizontal="center", wrap_text=True)
                ws.merge_cells(
                    start_row=c.row + 1,
                    start_column=c.col + 1,
                    end_row=c.row + c.rowspan,
                    end_column=c.col + c.colspan,
                )
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _typed(text: str) -> str | int | float | None:
    """Plain numbers become numbers so spreadsheets can sum them; everything else stays text."""
    if not text:
        return None
    t = text.strip()
    if t.lstrip("-").isdigit() and not (t.lstrip("-").startswith("0") and len(t.lstrip("-")) > 1):
        return int(t)
    if t.replace(".", "", 1).lstrip("-").isdigit():
        return float(t)
    return text


def to_dataframes(doc: Document) -> list[pd.DataFrame]:
    """One DataFrame per table; header rows (the model's `<thead>`) become the column labels, joined with " / "
    when there are several; a merged header labels every column it spans. `df.attrs` has page, name and bbox."""
    import pandas as pd

    frames = []
    for name, page_index, table in iter_tables(doc):
        n_head = header_rows(table)
        labels = [[""] * table.n_cols for _ in range(n_head)]
        for c in table.cells:
            if c.row < n_head:
                for dc in range(c.colspan):
                    if c.col + dc < table.n_cols:
                        labels[c.row][c.col + dc] = c.text
        grid = table.grid()[n_head:]
        columns: list[str] | None = None
        if n_head:
            columns = [" / ".join(dict.fromkeys(t for t in col if t)) for col in zip(*labels, strict=True)]
        df = pd.DataFrame(grid, columns=columns)
        df.attrs.update({"page": page_index, "name": name})
        frames.append(df)
    return frames


def _write_bytes(path: Path, data: bytes) -> Path:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(data)
    tmp.replace(path)
    return path
