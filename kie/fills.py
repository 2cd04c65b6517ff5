"""Fills of the fields the rules and the invoice passes left empty, step 4 of `KieStage.run`, in this order:
`fill_from_sections` (a resume's first or highest education entry), `fill_from_prose` (a resume's bio in the third
person), `fill_from_ner` and `fill_from_pairs` (NER spans, template-free key-value pairs: `KieStage.fill_from_helpers`
loads their models), then `fill_computed` (`cash - change`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal
from typing import Any

from docsense.core.document import Document, Pair

from . import normalize as nz
from .items import is_title
from .ner import Tagger
from .rules import Hit, TemplateRunner, same_text
from .schema import Template
from .view import View

# a word of a school's name: an abbreviation keeps its dot (`St. Louis`), a sentence's full stop ends the name
_SCHOOL_WORD = r"(?:(?:[A-Z]\.){2,}|[A-Z][a-z]{0,2}\.|[A-Z][\w&'-]*)"
_PROSE_DEG = (
    r"(?P<degree>(?:Bachelor|Master|Doctor|Associate)(?:'s)?(?:\s+of\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?"
    r"|(?:[BM]\.?\s?(?:A|S|Sc|Eng|Ed|Com|FA)\.?|MBA|MSc|BSc|MPH|Ph\.?\s?D\.?|Ed\.D\.|J\.?D\.?)(?!\w|\.\w))"
    r"(?:\s+degree)?(?:\s+in\s+(?P<major>[A-Z][\w&-]*(?:\s+(?:[A-Z][\w&-]*|and|of|&))*?))?(?:\s+degree)?"
)
_PROSE_SCHOOL = rf"(?P<school>{_SCHOOL_WORD}(?:\s+(?:{_SCHOOL_WORD}|of|at|de|the|and(?=\s+[A-Z])))*)"
# a bio written in the third person (`Jane holds a B.A. in Economics from Ohio State University`, `… is an analyst
# based in Denver, CO`): the only place a profile page prints the degree, the school and the town
PROSE_DEGREE = (
    # `… holds a B.A. in Economics from Ohio State University`
    re.compile(
        r"\b(?:holds|held|earned|received|completed|obtained|graduated\s+with)\s+(?:an?|her|his|their)\s+"
        + _PROSE_DEG
        + r"\s*,?\s+from\s+(?:the\s+)?"
        + _PROSE_SCHOOL
    ),
    # `… graduated from the University of Michigan with a B.S. in Biology`
    re.compile(
        r"\bgraduated\s+from\s+(?:the\s+)?"
        + _PROSE_SCHOOL
        + r"\s*,?\s+with\s+(?:an?|her|his|their)\s+"
        + _PROSE_DEG
        + r"(?![\w-])"
    ),
)
PROSE_CITY = re.compile(
    r"\b(?:based|living|lives|resides|residing|located)\s+in\s+"
    r"(?P<city>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}(?:,\s?(?:[A-Z]{2}\b|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?))?)"
)
# a degree's level, to find the highest of several: doctor, master, bachelor, associate / 大专
DEGREE_LEVELS = (
    (4, re.compile(r"博士|doctor|ph\.?\s?d|d\.?phil|\bed\.?d\b", re.I)),
    (3, re.compile(r"硕士|研究生|master|\bm\.?\s?(?:sc|s|a|eng|ed|tech|com|phil|ba)\b\.?|\bmba\b", re.I)),
    (2, re.compile(r"本科|学士|bachelor|\bb\.?\s?(?:sc|s|a|e|eng|ed|tech|com|ba)\b\.?", re.I)),
    (1, re.compile(r"大专|专科|associate", re.I)),
)


def degree_rank(text: str) -> int:
    return next((rank for rank, rx in DEGREE_LEVELS if rx.search(text)), 0)


def fill_computed(name: str, formula: str, runner: TemplateRunner) -> None:
    """`cash - change`, only when every term was found (a change line read wrong must not make cash the
    total)."""
    terms = re.findall(r"([-+]?)\s*([a-z_][a-z0-9_]*)", formula)
    hits = [runner.found.get(field) for _, field in terms]
    if not all(hits):
        return
    try:
        signs = [-1 if sign == "-" else 1 for sign, _ in terms]
        total = sum(Decimal(h.value) * k for k, h in zip(signs, hits, strict=True) if h)
    except ArithmeticError:
        return
    if total > 0:
        runner.found[name] = Hit(f"{total:.2f}", f"{total:.2f}", None, "computed")


def fill_from_sections(tpl: Template, runner: TemplateRunner, sections: list[dict[str, Any]]) -> None:
    """A resume's degree/school/major, when not printed with a key, come from its first education entry, or
    from the entry of its highest degree where a later one is higher (a table listing the bachelor's first)."""
    ranks = [degree_rank(str(item.get("degree") or "")) for item in sections]
    if ranks and max(ranks) > ranks[0] and max(ranks) > 0:
        best = ranks.index(max(ranks))
        first = sections[0]
        sections = [sections[best], *sections[:best], *sections[best + 1 :]]
        for name in ("degree", "school", "major"):
            # a value read under its column header (`FIELD OF STUDY`) is the first row's: the best row's instead
            hit = runner.found.get(name)
            if hit is not None and hit.value == first.get(name) and sections[0].get(name):
                del runner.found[name]
    deg = runner.found.get("degree")
    if deg is not None and sections:
        # a degree cell holding the major too (`B.S. in Economics` under a `Degree` column): the entry's degree
        d, m = str(sections[0].get("degree") or ""), str(sections[0].get("major") or "")
        if d and m and deg.value != d and deg.value.startswith(d) and deg.value.endswith(m):
            runner.found["degree"] = replace(deg, value=d, raw=d)
    for name in tpl.fields:
        if name in runner.found:
            continue
        for item in sections:
            if item.get(name):
                runner.found[name] = Hit(str(item[name]), str(item[name]), None, "section")
                break


def fill_from_prose(tpl: Template, view: View, runner: TemplateRunner, document: Document) -> None:
    """A resume's degree, major, school and town still missing, from sentences about the person: a bio in the
    third person (`… holds an MBA from Purdue University`, `… based in Raleigh, NC`). The page's rows are read as
    one text, as a paragraph wraps."""
    wanted = [n for n in ("degree", "major", "school", "city") if n in tpl.fields and n not in runner.found]
    if not wanted:
        return
    # the rows in page order, else the document's lines in their own order (a sentence's spans each a box, one
    # wrapped over two rows: its tall box sorts before the words beside it)
    texts = [" ".join(t.text for row in view.rows for t in row)]
    texts.append(" ".join(ln.text for p in document.pages for b in p.blocks for ln in b.lines))
    found = (rx.search(x) for x in texts for rx in PROSE_DEGREE)
    got: dict[str, str] = {}
    if (m := next((f for f in found if f), None)) and {"degree", "major", "school"} & set(wanted):
        got = {k: v for k, v in m.groupdict().items() if v}
        got["school"] = re.sub(r"(?:\s+(?:of|at|de|the))+$", "", got["school"]).rstrip(".,")
    text = next((x for x in texts if PROSE_CITY.search(x)), texts[0])
    if (m := PROSE_CITY.search(text)) and "city" in wanted:
        got["city"] = m.group("city")
    for name in wanted:
        if got.get(name):
            runner.found[name] = Hit(got[name], got[name], None, "section")


def fill_from_pairs(tpl: Template, runner: TemplateRunner, pairs: list[Pair], missing: list[str]) -> None:
    """Each missing field from the first template-free key-value pair (`kie.kv`) whose key is one of the field's keys
    and none it excludes, and whose value has the field's type."""
    for name in missing:
        spec = tpl.fields[name]
        pats, excl = runner.aliases(spec.keys), runner.aliases(spec.exclude)
        for pair in pairs:
            key = nz.clean(pair.key)
            if any(p.search(key) for p in pats) and not any(p.search(key) for p in excl):
                got = runner.typed(spec, pair.value)
                if got:
                    box = (pair.page, pair.value_bbox)
                    runner.found[name] = Hit(got.value, got.raw, None, "kv", box=box)
                    break


def fill_from_ner(
    tpl: Template, view: View, runner: TemplateRunner, tagger: Tagger, missing: list[str], max_lines: int
) -> None:
    """Each missing field with an NER label (`FieldSpec.ner`) from the first span of that label the tagger finds in
    the field's zone among the page's first `max_lines` lines, unless another text field already reads it."""
    lines = view.lines[:max_lines]
    spans = tagger([t.text for t in lines])
    titles = runner.aliases(tpl.section_titles)
    for name in missing:
        spec = tpl.fields[name]
        if not spec.ner:
            continue
        # a name another text field already reads (the buyer's under `Billed to`) is not this one's
        taken = [h.value for n, h in runner.found.items() if tpl.fields[n].type == "text"]
        for ln, line_spans in zip(lines, spans, strict=False):
            if not runner.in_zone(spec, ln):
                continue
            # a section's title (`WORK HISTORY` in capitals, read as a person) is no field's value
            if titles and is_title(ln.text, titles):
                continue
            for span in line_spans:
                if getattr(span, "label", None) != spec.ner:
                    continue
                got = runner.typed(spec, span.text)
                if got and not any(same_text(got.value, v) for v in taken):
                    off = int(getattr(span, "start", 0) or 0)
                    runner.found[name] = runner.hit(got, span.text, [(ln, off)], "ner")
                    break
            if name in runner.found:
                break
