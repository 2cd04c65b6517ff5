"""Repeatable content: invoice line items (from a table block, else from text rows under a header row) and
resume sections (education / experience entries in the block after a section title)."""

from __future__ import annotations

import re
from typing import Any, Protocol

from docsense.core.budget import user_regex

from . import normalize as nz
from .schema import Alias, ColumnSpec, SectionSpec, Template, compile_alias
from .view import TLine, View


class SectionReader(Protocol):
    """What sections need of the template runner: compiled key aliases and the lines under a section title."""

    def aliases(self, keys: list[str]) -> list[Alias]: ...

    def section_lines(self, title: TLine) -> list[TLine]: ...


YM = r"(?:\d{4}\s*[./\-年]\s*\d{1,2}\s*月?|(?:[A-Za-z]{3,9}\.?\s+\d{4})|\d{4})"
RANGE_RE = re.compile(rf"({YM})\s*(?:-|–|—|~|至|到|to)\s*({YM}|至今|现在|now|present|current)", re.I)


def year_month(text: str) -> str:
    """`2015.09`, `2015年9月`, `Sep 2015` -> `2015-09`; `至今`/`present` -> `present`."""
    t = nz.clean(text)
    if re.fullmatch(r"至今|现在|now|present|current", t, re.I):
        return "present"
    m = re.search(r"(\d{4})\s*[./\-年]\s*(\d{1,2})", t)
    if m:
        return f"{m.group(1)}-{int(m.group(2)):02d}"
    m = re.search(r"([A-Za-z]{3,9})\.?\s+(\d{4})", t)
    if m and m.group(1).lower() in nz.MONTHS:
        return f"{m.group(2)}-{nz.MONTHS[m.group(1).lower()]:02d}"
    m = re.search(r"\d{4}", t)
    return m.group(0) if m else t


def _typed(col: ColumnSpec | Any, text: str, order: str) -> str | None:
    got = nz.find_typed(col.type, text, order)
    return got[1] if got else None


def _match_columns(cols: dict[str, ColumnSpec], texts: list[str]) -> dict[str, int]:
    """Which text (index) is the header of which column; each column and text used once."""
    out: dict[str, int] = {}
    for name, col in cols.items():
        pats = [compile_alias(k) for k in col.keys]
        for i, text in enumerate(texts):
            if i not in out.values() and any(p.search(text) for p in pats):
                out[name] = i
                break
    return out


def items_from_tables(tpl: Template, view: View) -> list[dict[str, Any]]:
    assert tpl.items is not None
    spec = tpl.items
    for tv in view.tables:
        n_rows = max((r for r, _ in tv.cells), default=-1) + 1
        for r in range(n_rows):
            row_cells = sorted((c, cell) for (rr, c), cell in tv.cells.items() if rr == r)
            texts = [cell.text for _, cell in row_cells]
            mapping = _match_columns(spec.columns, texts)
            if len(mapping) < spec.min_columns:
                continue
            col_of = {name: row_cells[i][0] for name, i in mapping.items()}
            items = []
            for rr in range(r + 1, n_rows):
                cells = {c: cell for (r2, c), cell in tv.cells.items() if r2 == rr}
                row_text = " ".join(cells[c].text for c in sorted(cells))
                if _stops(spec.stop, row_text):
                    break
                item: dict[str, Any] = {}
                for name, c in col_of.items():
                    cell = cells.get(c)
                    if cell and cell.text:
                        v = _typed(spec.columns[name], cell.text, tpl.date_order)
                        if v is not None:
                            item[name] = v
                if item:
                    items.append(item)
            if items:
                return items
    return []


def _stops(stop: list[str], text: str) -> bool:
    return any(compile_alias(s).search(text) for s in stop)


def items_from_rows(tpl: Template, view: View) -> list[dict[str, Any]]:
    """No table structure: a row whose lines match >= min_columns headers fixes the columns' x ranges."""
    assert tpl.items is not None
    spec = tpl.items
    for r, row in enumerate(view.rows):
        mapping = _match_columns(spec.columns, [t.text for t in row])
        if len(mapping) < spec.min_columns:
            continue
        cols = sorted(((row[i].box[0], row[i].box[2], name) for name, i in mapping.items()))
        text_col = next((n for _, _, n in cols if spec.columns[n].type in ("text", "name")), None)
        items: list[dict[str, Any]] = []
        last_y = row[0].box[3]
        for rr in range(r + 1, len(view.rows)):
            lines = view.rows[rr]
            if lines[0].page != row[0].page:
                break
            text = "  ".join(t.text for t in lines)
            if _stops(spec.stop, text):
                if nz.find_money(text):
                    break  # `Subtotal: $127.50`
                continue  # a note under an item (`Tax: 0.2%`), not the totals
            h = max(t.h for t in lines)
            if lines[0].box[1] - last_y > 4 * h:
                break
            last_y = max(t.box[3] for t in lines)
            item = _assign(cols, lines, spec.columns, tpl.date_order)
            numeric = [n for n in item if spec.columns[n].type in ("money", "number")]
            if not numeric:
                if items and text_col and text_col in item:
                    items[-1][text_col] = f"{items[-1].get(text_col, '')} {item[text_col]}".strip()
                    continue
                if not item:
                    break
            items.append(item)
        if items:
            return items
    return []


def _assign(
    cols: list[tuple[float, float, str]], lines: list[TLine], specs: dict[str, ColumnSpec], order: str
) -> dict[str, Any]:
    """Each line goes to the column whose header range overlaps it most (else the nearest by center)."""
    buckets: dict[str, list[str]] = {}
    for t in lines:
        best, best_score = None, float("-inf")
        for x0, x1, name in cols:
            ov = min(x1, t.box[2]) - max(x0, t.box[0])
            dist = abs((x0 + x1) / 2 - (t.box[0] + t.box[2]) / 2)
            sc = ov if ov > 0 else -dist
            if sc > best_score:
                best, best_score = name, sc
        if best:
            buckets.setdefault(best, []).append(t.text)
    item: dict[str, Any] = {}
    for name, texts in buckets.items():
        v = _typed(specs[name], " ".join(texts), order)
        if v is not None:
            item[name] = v
    return item


def extract_items(tpl: Template, view: View) -> list[dict[str, Any]]:
    """From the table stage's cells or from text rows, whichever fills more values (a table structure
    recognized over a whole page can misplace cells; text rows under a header row are often cleaner)."""
    from_table = items_from_tables(tpl, view)
    from_rows = items_from_rows(tpl, view)
    filled = [sum(len(it) for it in items) for items in (from_table, from_rows)]
    return from_table if filled[0] >= filled[1] and from_table else from_rows


def _segments(lines: list[TLine]) -> list[str]:
    out: list[str] = []
    for t in lines:
        out.extend(s.strip() for s in re.split(r"\s{2,}|\s[|｜]\s|[|｜]", t.text) if s.strip())
    return out


def extract_sections(tpl: Template, view: View, runner: SectionReader) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    for name, sec in tpl.sections.items():
        items.extend(_section_entries(name, sec, tpl, view, runner))
    return items


def _section_entries(
    name: str, sec: SectionSpec, tpl: Template, view: View, runner: SectionReader
) -> list[dict[str, Any]]:
    title_pats = runner.aliases(sec.titles)
    title = next((t for t in view.lines if any(p.match(t.text) for p in title_pats)), None)
    if title is None:
        return []
    body = runner.section_lines(title)
    # group the body into entries: a row with a date range starts one
    entries: list[list[TLine]] = []
    rows: dict[int, list[TLine]] = {}
    for t in body:
        rows.setdefault(t.row, []).append(t)
    for _, lines in sorted(rows.items()):
        text = "  ".join(t.text for t in lines)
        if sec.split == "line" or RANGE_RE.search(text) or not entries:
            entries.append(list(lines))
        else:
            entries[-1].extend(lines)
    out = []
    for lines in entries:
        text = "  ".join(t.text for t in lines)
        item: dict[str, Any] = {"section": name}
        used: list[str] = []
        m = RANGE_RE.search(text)
        if m:
            item["start"], item["end"] = year_month(m.group(1)), year_month(m.group(2))
            used.append(m.group(0))
        segs = [s for s in _segments(lines) if not RANGE_RE.search(s) or RANGE_RE.sub("", s).strip()]
        segs = [RANGE_RE.sub("", s).strip(" |,;") for s in segs]
        rest_fields = []
        for fname, spec in sec.entry.items():
            if fname in ("start", "end"):
                continue
            if spec.pattern:
                for s in segs:
                    mm = user_regex(spec.pattern).search(s)
                    if mm and s not in used:
                        item[fname] = nz.clean((mm.group(1) if mm.groups() else mm.group(0)).strip(" ,;|"))
                        used.append(s)
                        break
            else:
                rest_fields.append(fname)
        free = [s for s in segs if s and s not in used]
        for fname in rest_fields:
            if free:
                item[fname] = free.pop(0)
        if len(item) > 1:
            out.append(item)
    return out
