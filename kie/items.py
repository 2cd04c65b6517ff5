"""Repeatable content: invoice line items (from a table block, else from text rows under a header row) and
resume sections (education / experience entries in the block after a section title)."""

from __future__ import annotations

import re
from typing import Any, Protocol

from docsense.core.budget import UserRegex, user_regex

from . import normalize as nz
from .schema import Alias, ColumnSpec, SectionSpec, Template, compile_alias
from .view import Seg, TLine, View, bare_title, locate

ITEM_CONFIDENCE = 0.8  # a cell's confidence: its words' lowest recognition score times this


class SectionReader(Protocol):
    """What sections need of the template runner: compiled key aliases and the lines under a section title."""

    def aliases(self, keys: list[str]) -> list[Alias]: ...

    def section_lines(self, title: TLine) -> list[TLine]: ...

    def vertical_titles(self) -> list[TLine]: ...


# a title in capitals the OCR cut inside its words, or set letter-spaced (`E DUC ATION`, `E X P E R I E N C E`)
SPACED_CAPS = re.compile(r"[A-Z&/]+(?: [A-Z&/]+)+")


def title_forms(text: str) -> list[str]:
    """A line's text as a section title may be: without its brackets (`【教育背景】`), and, in capitals, without the
    spaces inside it too (the title patterns allow words run together)."""
    bare = bare_title(text)
    return [bare, bare.replace(" ", "")] if SPACED_CAPS.fullmatch(bare) else [bare]


def is_title(text: str, pats: list[Alias]) -> bool:
    """`text` is a section title one of `pats` names (in any of its `title_forms`)."""
    return any(p.match(f) for f in title_forms(text) for p in pats)


YM = r"(?:\d{4}\s*[./\-年]\s*\d{1,2}\s*月?|(?:[A-Za-z]{3,9}\.?\s+\d{4})|\d{4})"
HEAD_JOIN = re.compile(r"^[\s,;|]*([^\s,;|].*?)\s*[,(]\s*$")  # `<major>, ` or `<major> (` before the degree
# `(M.S.), Statistics`, `(Hons) Physics`: a bracketed abbreviation after the degree is skipped; a bracketed major
# (`Bachelor of Engineering (Computer Science)`) is the tail itself
# `Master of Science - MS, Physics`: an abbreviation after a dash too
# `Master of Science Candidate, Physics`: the candidacy word after the degree too
# `BSc, Major: Physics`, `B.A., Concentration in Economics`: a label of the field right after the degree is the join
TAIL_JOIN = re.compile(
    r"^\s*(?:candidate\b\s*)?"
    r"(?:\((?:[^)]*\.[^)]*|(?-i:[A-Z]{1,5})|hons)\)\s*)?(?:[–—-]\s*(?-i:[A-Z]{2,5})\.?\s*(?=[,;|]))?"
    r"(?:[,:;|–—-]\s*)?(?:(?:major|concentration|specialization|specialisation)\s*(?:[:：]|in\b)\s*)?"
    r"(?:(?:in|of)\s+)?",
    re.I,
)
# what ends a major printed after its degree: a separator (`Physics · (2012 - 2016)`) or the grade (`Physics; GPA
# 3.7`, `Finance | GPA 3.9`)
# a minor is no part of the major (`Economics, Minor in Statistics`, `Physics with a minor in Music`)
# a degree's class or honours is none either (`Economics, First Class`, `Physics, 2:1`, `Finance, cum laude`)
# nor a concentration, emphasis or track (`Physics (Concentration: Optics)`), nor the month of graduation before its
# year (`in Physics, May 2016`: the digits already cut), nor `Expected` / `Class of`
# nor the degree's abbreviation in brackets (`Nursing (BSN)`)
TAIL_END = re.compile(
    r"[;|·•]|\b(?:c?gpa|grade)\b|,?\s*\b(?:with\s+(?:an?\s+)?)?minors?\b"
    r"|,?\s*\(?\s*\b(?:concentration|emphasis|track|specialization|specialisation)\b"
    r"|,?\s*\b(?:expected|anticipated|class\s+of|graduat(?:ed|ion|ing))\b"
    r"|,?\s*\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s*$"
    r"|,?\s*(?:\b(?:first|upper\s+second|lower\s+second|second|third)[\s-]+class\b|\b[12]\s*:\s*[12]\b"
    r"|\(?\bhons\b\)?|\bwith\s+(?:first\s+class\s+)?hono(?:u)?rs\b|\b(?:summa\s+|magna\s+)?cum\s+laude\b"
    r"|\bwith\s+(?:distinction|merit)\b)"
    # the degree's abbreviation in brackets after the major (`in Nursing (BSN)`)
    r"|\s*\(\s*(?-i:[A-Z](?:\.?[A-Z]){1,4}\.?)\s*\)?\s*$",
    re.I,
)
# `<学校><专业>专业` (`山东大学金融学专业`): the words between the school and 专业 are the major
ZH_MAJOR = re.compile(r"^\s*([\u4e00-\u9fff]{2,12}?)\s*专\s*业(?!\s*(?:技能|课程|证书))")
# `市场营销硕士`: a Chinese major with the degree glued after it (no separator the OCR kept) is the major, unless it is
# the kind of study (`全日制本科`, `统招硕士`) or the degree's field (`工学硕士`, `管理学学士`)
ZH_GLUED_HEAD = re.compile(r"\s*([\u4e00-\u9fff]{2,12})\s*")
ZH_NOT_MAJOR = re.compile(
    r"(?:全日制|非全日制|统招|在职|自考|成人|函授|网络教育|第一学历|最高学历|学历|学位|国家|重点|"
    r"(?:工|理|文|法|医|农|管理|经济|教育|艺术|哲|历史|军事)学)$"
)
# `, Springfield, IL`: a comma, then words without figures
TOWN_PART = re.compile(r",\s*[^\d]+")
# a school's rank tag in brackets as a box of its own (`（985/211）`, `(双一流)`): no free part
RANK_TAG = re.compile(r"\s*[(（]\s*(?:[\d/、,，\s]+|双一流|[一二]本|重点)\s*[)）]\s*")
# a degree glued before the school's name (`本科北京大学`, the OCR lost the gap or the bar between them)
ZH_DEGREE_LEAD = re.compile(
    r"(博士研究生|硕士研究生|博士|硕士|研究生|本科|大专|专科)(?=[\u4e00-\u9fff]{2,}(?:大学|学院|学校)$)"
)
ZH_GLUED_MAJOR = re.compile(r"\s*([\u4e00-\u9fff]{2,12})\s*")
ZH_NOT_GLUED_MAJOR = re.compile(r"博士|硕士|本科|大专|专科|学士|研究生|(?:学生会|协会|社团|团委|俱乐部)$")
# the school's college or department between the school and the major (`厦门大学  计算机学院  软件工程`): no free part
ZH_FACULTY = re.compile(r"\s*[\u4e00-\u9fff]{1,14}(?:学院|学部|系)\s*")
DASH_ABBR = re.compile(r"[–—-]\s*[A-Z]{2,5}\.?")
HONS = re.compile(r"\(?\s*hons\.?\s*\)?", re.I)  # `(Hons)` as a box of its own between a degree and its major
# nor the graduation date (`Expected May 2026`, `Class of 2019`) or the candidacy words before a degree (`Candidate
# for`), each a box of its own
GRAD_NOISE = re.compile(
    r"\s*(?:candidate(?:\s+for)?|(?:(?:expected|anticipated|graduat\w*|class\s+of)\s*[:：]?\s*)?"
    r"(?:[A-Za-z]{3,9}\.?\s+)?\d{4})\s*",
    re.I,
)
# a label of the field as a box of its own between a degree and its major (`BSc` | `, Major:` | `Physics`)
MAJOR_LABEL = re.compile(r"[\s,;:–—-]*(?:major|concentration|speciali[sz]ation)\s*(?:[:：]|in\b)[\s,;:]*", re.I)
JOINER = re.compile(r"[\s,;:–—-]*(?:in|of)?[\s,;:–—-]*", re.I)
# a date alone (`2012.09`: a timeline's start printed over its end, no range on any line; `05/2010`: a table's
# completion date) is no free part
DATE_ONLY = re.compile(r"\s*(?:\d{4}\s*[./\-年]\s*\d{1,2}\s*月?|\d{1,2}\s*/\s*\d{4}|至今|present)\s*", re.I)
# a qualifications table's header row (`Course  Institute  Board / University  Year  Score`, `INSTITUTION AND
# LOCATION  DEGREE (if applicable)  Completion Date MM/YYYY  FIELD OF STUDY`): column names only
HEAD_CELL = re.compile(
    r"\s*(?:(?:course|degree|qualifications?|exam(?:ination)?|institut(?:e|ion)|school|college|university|board|year"
    r"|years|score|marks|percentage|grade|c?gpa|result|class|division|speciali[sz]ation|branch|major|subject|stream"
    r"|duration|period|of|passing|name|the|obtained|%|and|location|if|applicable|completion|date|mm|yyyy|field|study)"
    r"\s*[/&()]*\s*)+",
    re.I,
)
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


def read_cell(col: ColumnSpec, lines: list[TLine], order: str) -> dict[str, Any] | None:
    """A column's value read from its lines: {"value", "raw", "page", "bbox", "confidence"}; the box is the
    printed value's characters."""
    text = " ".join(t.text for t in lines)
    got = nz.find_typed_at(col.type, text, order)
    if got is None:
        return None
    raw, value, start = got
    segs: list[Seg] = [(t, 0) for t in lines]
    where = locate(segs, raw, nz.clean(text)[:start].count(raw))
    if where is None:
        return {"value": value, "raw": raw, "page": lines[0].page, "bbox": None, "confidence": 0.0}
    bbox = [round(c, 1) for c in where.bbox]
    return {
        "value": value,
        "raw": raw,
        "page": where.page,
        "bbox": bbox,
        "confidence": round(where.score * ITEM_CONFIDENCE, 4),
    }


def make_item(cells: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """A line item: each column's value at the top level (`item["amount"]`), then where the row is printed
    (page, bbox = its cells' union), its confidence (the lowest of its cells') and the cells themselves."""
    first = next(iter(cells.values()))
    return {
        **{name: c["value"] for name, c in cells.items()},
        "page": first["page"],
        "bbox": _union([c.get("bbox") for c in cells.values()]),
        "confidence": min(c["confidence"] for c in cells.values()),
        "cells": cells,
    }


def flat_item(item: dict[str, Any]) -> dict[str, Any]:
    """An item as one spreadsheet row: its values, page, confidence and box (as text); no cells."""
    out = {k: v for k, v in item.items() if k not in ("cells", "bbox")}
    if item.get("bbox"):
        out["bbox"] = ",".join(f"{c:g}" for c in item["bbox"])
    return out


def _union(boxes: list[list[float] | None]) -> list[float] | None:
    got = [b for b in boxes if b]
    if not got:
        return None
    return [min(b[0] for b in got), min(b[1] for b in got), max(b[2] for b in got), max(b[3] for b in got)]


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
                got: dict[str, dict[str, Any]] = {}
                for name, c in col_of.items():
                    cell = cells.get(c)
                    if cell and cell.text:
                        read = read_cell(spec.columns[name], [cell], tpl.date_order)
                        if read is not None:
                            got[name] = read
                if got:
                    items.append(make_item(got))
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
            cells = _assign(cols, lines, spec.columns, tpl.date_order)
            numeric = [n for n in cells if spec.columns[n].type in ("money", "number", "percent")]
            if not numeric:
                if items and text_col and text_col in cells:
                    _continue_text(items[-1], text_col, cells[text_col])  # a description over two rows
                    continue
                if not cells:
                    break
            items.append(make_item(cells))
        if items:
            return items
    return []


def _continue_text(item: dict[str, Any], col: str, more: dict[str, Any]) -> None:
    cell = item["cells"].get(col)
    if cell is None:
        item["cells"][col] = more
        item[col] = more["value"]
        return
    cell["value"] = item[col] = f"{cell['value']} {more['value']}".strip()
    cell["raw"] = f"{cell['raw']} {more['raw']}".strip()
    cell["bbox"] = _union([cell.get("bbox"), more.get("bbox")])
    item["bbox"] = _union([item.get("bbox"), more.get("bbox")])
    cell["confidence"] = min(cell["confidence"], more["confidence"])
    item["confidence"] = min(item["confidence"], more["confidence"])


def _assign(
    cols: list[tuple[float, float, str]], lines: list[TLine], specs: dict[str, ColumnSpec], order: str
) -> dict[str, dict[str, Any]]:
    """Each line goes to the column whose header range overlaps it most (else the nearest by center)."""
    buckets: dict[str, list[TLine]] = {}
    for t in lines:
        best, best_score = None, float("-inf")
        for x0, x1, name in cols:
            ov = min(x1, t.box[2]) - max(x0, t.box[0])
            dist = abs((x0 + x1) / 2 - (t.box[0] + t.box[2]) / 2)
            sc = ov if ov > 0 else -dist
            if sc > best_score:
                best, best_score = name, sc
        if best:
            buckets.setdefault(best, []).append(t)
    cells: dict[str, dict[str, Any]] = {}
    for name, lines_of in buckets.items():
        read = read_cell(specs[name], lines_of, order)
        if read is not None:
            cells[name] = read
    return cells


def extract_items(tpl: Template, view: View) -> list[dict[str, Any]]:
    """From the table stage's cells or from text rows, whichever fills more values (a table structure
    recognized over a whole page can misplace cells; text rows under a header row are often cleaner)."""
    from_table = items_from_tables(tpl, view)
    from_rows = items_from_rows(tpl, view)
    filled = [sum(len(it["cells"]) for it in items) for items in (from_table, from_rows)]
    return from_table if filled[0] >= filled[1] and from_table else from_rows


# (Chinese prints no space between words: one between two Chinese words separates fields too, `厦门大学 计算机学院
# 软件工程 本科` read as one line)
ENTRY_SPLIT = re.compile(
    r"\s{2,}|\s[|｜·•]\s|[|｜]|(?<=[\u4e00-\u9fff])\s*[·•・/／]\s*(?=[\u4e00-\u9fff])"
    r"|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])"
)


# a line ending in a word that cannot end a name: a name wrapped in a narrow column (`GEORGIA INSTITUTE OF` over
# `TECHNOLOGY`) goes on on the next line
# (`University of Texas at` over `Austin`)
DANGLING = re.compile(r"\b(?:of|and|for|the|at|de|di|du|des|del|la|van|&)\s*$", re.I)
# a line of a school's last word alone (`… — Boston` over `College`) is the end of a name wrapped in a narrow column
SCHOOL_TAIL = re.compile(r"(?:College|University|Institute|Polytechnic|Academy|School)\.?")
# so is one starting with that word and a comma (`B.A., Physics, Northeastern` over `University, 2006`: a comma
# chain of the degree, major, school and year wrapped in a narrow column) after a line ending in a capitalised word
SCHOOL_TAIL_COMMA = re.compile(rf"{SCHOOL_TAIL.pattern}\s*,")


def _cell_wraps(lines: list[TLine]) -> list[str]:
    """A line with a bracket left open (`B.E. (Computer`) goes on in the line right under it, in its table cell
    (`Science)`), which may come later in reading order (the next cells of the row first): glued to it. So does a
    line ending in a comma (`Massachusetts Institute of Technology, Boise,` over `ID`, the state wrapped in a
    degrees table's cell, which may come first in its row, its left edge a little further left)."""
    out = list(lines)
    texts = {id(t): t.text for t in lines}
    for t in lines:
        bracket = t.text.count("(") > t.text.count(")")
        comma = t.text.rstrip().endswith(",")
        if not any(u is t for u in out) or not (bracket or comma):
            continue
        under = next(
            (
                u
                for u in out
                if u is not t
                and u.page == t.page
                and 0 <= u.box[1] - t.box[1] <= 1.6 * t.h
                and min(u.box[2], t.box[2]) - max(u.box[0], t.box[0]) > 0.5 * (u.box[2] - u.box[0])
                and (
                    u.text.count(")") > u.text.count("(")
                    if bracket
                    # the wrapped rest starts at the cell's left edge
                    else abs(u.box[0] - t.box[0]) < t.h
                )
            ),
            None,
        )
        if under is not None:
            texts[id(t)] = f"{t.text} {under.text}"
            out = [u for u in out if u is not under]
    return [texts[id(t)] for t in out]


def _segments(lines: list[TLine]) -> list[str]:
    out: list[str] = []
    glue = False
    for text in _cell_wraps(lines):
        # `|`, a spaced `·`/`•`, or one (or a `/`) between Chinese words separates an entry's fields
        # (`浙江大学·金融学·本科`, `会计学 / 本科`)
        parts = [s.strip() for s in re.split(ENTRY_SPLIT, text) if s.strip()]
        # a part starting with a comma, words without figures, goes on from the part before it (`Tufts University` |
        # `, Springfield, IL`: the school's town, a box of its own; `, 2018` is the year's own part)
        wrapped = len(parts) == 1 and SCHOOL_TAIL.fullmatch(parts[0]) is not None
        wrapped |= bool(parts and out and SCHOOL_TAIL_COMMA.match(parts[0]) and re.search(r"\b[A-Z][a-z]+$", out[-1]))
        if (glue or wrapped or (parts and TOWN_PART.fullmatch(parts[0]))) and out and parts:
            out[-1] = f"{out[-1]} {parts.pop(0)}"
        out.extend(parts)
        glue = bool(DANGLING.search(text))
    return out


def _head(before: str) -> str:
    """The text before a field's value in its part when a comma or bracket ends it (`Physics, ` / `金融学(` before
    the degree: the major printed first); '' when none. Chinese words run together: only the last one."""
    m = HEAD_JOIN.search(before.split("\x00")[-1])
    if not m or re.search(r"\d", m.group(1)):
        return ""
    head = m.group(1).strip()
    return head.split()[-1] if re.search(r"[\u4e00-\u9fff]", head) else head


def _names_school(rx: UserRegex, lines: list[TLine]) -> bool:
    """A line of `lines` names a school: two words or more (`University` alone is a long name's wrapped end)."""
    return any((m := rx.search(t.text)) is not None and len(m.group(0).split()) >= 2 for t in lines)


def _wrapped_pairs(view: View) -> list[tuple[TLine, TLine]]:
    """Each line alone on its row with the next line right under it, alone on its row too and ending where it ends
    (a short title right-aligned or wrapped in a narrow column)."""
    out = []
    for t in view.lines:
        if len(view.rows[t.row]) != 1:
            continue
        under = view.below(t, 0.8)
        if under and len(view.rows[under[0].row]) == 1 and under[0].row == t.row + 1:
            u = under[0]
            if abs(u.box[2] - t.box[2]) < 0.5 * t.h or abs(u.box[0] - t.box[0]) < 0.5 * t.h:
                out.append((t, u))
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
    title = next((t for t in view.lines if is_title(t.text, title_pats)), None)
    if title is None:
        # a title wrapped over two lines in a narrow column (`EDUCATION AND` over `TRAINING`): the body starts under
        # its second line
        pairs = _wrapped_pairs(view)
        title = next((u for t, u in pairs if any(p.match(f"{t.text} {u.text}") for p in title_pats)), None)
    if title is None:
        # a title set vertically in a label column, one character a line
        title = next((t for t in runner.vertical_titles() if is_title(t.text, title_pats)), None)
    if title is None:
        return []
    body = runner.section_lines(title)
    # group the body into entries: a row with a date range starts one
    entries: list[list[TLine]] = []
    # a row naming a school and a degree when the entry has both already starts the next entry (a table of degrees,
    # one a row, with no dates: a completion month alone is no range; a cell's wrapped line names no degree)
    school, degree = sec.entry.get("school"), sec.entry.get("degree")
    school_rx = user_regex(school.pattern) if school is not None and school.pattern else None
    degree_rx = user_regex(degree.pattern) if degree is not None and degree.pattern else None
    rows: dict[int, list[TLine]] = {}
    for t in body:
        rows.setdefault(t.row, []).append(t)
    for k, (_, lines) in enumerate(sorted(rows.items())):
        if k == 0 and len(lines) >= 3 and all(HEAD_CELL.fullmatch(t.text) for t in lines):
            continue  # a table's header row: `Institute` is no school
        text = "  ".join(t.text for t in lines)
        next_school = (
            school_rx is not None
            and degree_rx is not None
            and bool(entries)
            and _names_school(school_rx, lines)
            and _names_school(school_rx, entries[-1])
            and any(degree_rx.search(t.text) for t in lines)
            and any(degree_rx.search(t.text) for t in entries[-1])
        )
        if sec.split == "line" or RANGE_RE.search(text) or not entries or next_school:
            entries.append(list(lines))
        else:
            entries[-1].extend(lines)
    out = []
    for lines in entries:
        text = "  ".join(t.text for t in lines)
        item: dict[str, Any] = {"section": name}
        m = RANGE_RE.search(text)
        if m:
            item["start"], item["end"] = year_month(m.group(1)), year_month(m.group(2))
        segs = [s for s in _segments(lines) if not RANGE_RE.search(s) or RANGE_RE.sub("", s).strip()]
        segs = [RANGE_RE.sub("", s).strip(" |,;") for s in segs]
        rest_fields = []
        tails: dict[str, str] = {}  # what follows a field's value in its part (`in Computer Science` after a degree)
        zh_major = ""
        heads: dict[str, str] = {}  # what comes before it, cut by a comma or bracket (`Physics, B.A.`)
        for fname, spec in sec.entry.items():
            if fname in ("start", "end"):
                continue
            if spec.pattern:
                for k, s in enumerate(segs):
                    mm = user_regex(spec.pattern).search(s)
                    if mm:
                        item[fname] = nz.clean((mm.group(1) if mm.groups() else mm.group(0)).strip(" ,;|"))
                        after = TAIL_JOIN.sub("", re.split(r"\x00|\d", s[mm.end() :])[0])
                        tails[fname] = TAIL_END.split(after)[0].strip(" ,;|()—–")  # (`…, Physics — <school>`)
                        heads[fname] = _head(s[: mm.start()])
                        glued = ZH_GLUED_HEAD.fullmatch(s[: mm.start()].split("\x00")[-1])
                        if fname == "degree" and not heads[fname] and glued and not ZH_NOT_MAJOR.search(glued.group(1)):
                            heads[fname] = glued.group(1)
                        if fname == "school" and (zm := ZH_MAJOR.match(s[mm.end() :])):
                            zh_major = zm.group(1)
                        elif fname == "school" and (zm := ZH_GLUED_MAJOR.fullmatch(s[mm.end() :])):
                            # `西安交通大学软件工程` (the OCR lost the gap): the Chinese words glued after the school to
                            # the end of its part are the major, unless a college, a degree or a club
                            if not ZH_FACULTY.fullmatch(zm.group(1)) and not ZH_NOT_GLUED_MAJOR.search(zm.group(1)):
                                zh_major = zm.group(1)
                        keep = ""
                        if fname == "school" and (lead := ZH_DEGREE_LEAD.match(item[fname])):
                            # `大专上海财经大学`: the degree printed first, glued to the school: the degree's words
                            keep, item[fname] = lead.group(1), item[fname][lead.end() :]
                        # the rest stays for other patterns (`B.S. in Physics, Rice University, 2016` is one part);
                        # it gives a free field only its anchor's tail
                        segs[k] = s[: mm.start()] + keep + "\x00" + s[mm.end() :]
                        break
            else:
                rest_fields.append(fname)
        # (a degree's abbreviation after a dash on a line of its own, `- MS` under `Master of Science`, is no free part)
        # nor a joining word alone (`in` between a degree and its major, each read as a box of its own)
        free = [s for s in segs if s and "\x00" not in s and not DASH_ABBR.fullmatch(s) and not JOINER.fullmatch(s)]
        free = [s for s in free if not HONS.fullmatch(s) and not GRAD_NOISE.fullmatch(s) and not DATE_ONLY.fullmatch(s)]
        free = [s for s in free if len(s.strip(" ,;|")) > 1]  # a lone glyph: a timeline's dot read as a letter
        free = [s for s in free if not RANK_TAG.fullmatch(s)]
        if item.get("school"):
            free = [s for s in free if not ZH_FACULTY.fullmatch(s)]
        labelled = next(
            (segs[k + 1] for k in range(len(segs) - 1) if MAJOR_LABEL.fullmatch(segs[k]) and "\x00" not in segs[k + 1]),
            "",
        )
        free = [s for s in free if not MAJOR_LABEL.fullmatch(s)]
        for fname in rest_fields:
            tail = tails.get(sec.entry[fname].anchor or "") or heads.get(sec.entry[fname].anchor or "")
            if fname == "major" and zh_major:
                item[fname] = zh_major
            elif tail:
                item[fname] = nz.clean(tail)
            elif fname == "major" and labelled:
                item[fname] = nz.clean(labelled)
            elif free:
                item[fname] = free.pop(0).strip(" ,;|")
        if len(item) > 1:
            out.append(item)
    return out
