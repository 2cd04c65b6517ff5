"""`docsense eval tables`: TEDS and structure-only TEDS (as published with PubTabNet) per image and mean.

TEDS = 1 - tree edit distance / max(node count) between the predicted and true `<table>` trees (APTED, unit
insert/delete cost). Renaming a node costs 1 when tags or spans differ; two `<td>` differ by the normalized
Levenshtein distance of their content tokens (characters of the text plus `<b>`-like tags inside the cell).
Structure-only TEDS ignores cell content. Nodes are counted over every element below `<table>`, like the
reference implementation.

Ground truth: JSONL, one table image per line, `{"filename": str, "html": "<table>...</table>"}` (PubTabNet's
layout). Each image is parsed by the docsense pipeline as a page; the first table block's HTML is scored.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from apted import APTED, Config
from rapidfuzz.distance import Levenshtein

_VOID = {"br", "hr", "img", "meta", "link", "input", "col", "wbr"}


@dataclass
class _Element:
    tag: str
    attrs: dict[str, str]
    parts: list[_Element | str] = field(default_factory=list)  # children and text, in document order


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = _Element("root", {})
        self.stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        el = _Element(tag, {k: v or "" for k, v in attrs})
        self.stack[-1].parts.append(el)
        if tag not in _VOID:
            self.stack.append(el)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack[-1].parts.append(_Element(tag, {k: v or "" for k, v in attrs}))

    def handle_endtag(self, tag: str) -> None:
        # Close up to the matching open tag; a stray end tag is ignored (forgiving, like browsers).
        for i in range(len(self.stack) - 1, 0, -1):
            if self.stack[i].tag == tag:
                del self.stack[i:]
                return

    def handle_data(self, data: str) -> None:
        self.stack[-1].parts.append(data)


def _find(el: _Element, tag: str) -> _Element | None:
    for p in el.parts:
        if isinstance(p, _Element):
            if p.tag == tag:
                return p
            hit = _find(p, tag)
            if hit is not None:
                return hit
    return None


def _count(el: _Element) -> int:
    return sum(1 + _count(p) for p in el.parts if isinstance(p, _Element))


def _tokens(el: _Element) -> list[str]:
    out = [f"<{el.tag}>"]
    for p in el.parts:
        out.extend(list(p) if isinstance(p, str) else _tokens(p))
    out.append(f"</{el.tag}>")
    return out


class TreeNode:
    def __init__(self, tag: str, colspan: int, rowspan: int, content: list[str], children: list[TreeNode]) -> None:
        self.tag, self.colspan, self.rowspan, self.content, self.children = tag, colspan, rowspan, content, children


def _span(value: str | None) -> int:
    try:
        return int(value or 1)
    except ValueError:
        return 1


def _tree(el: _Element, structure_only: bool) -> TreeNode:
    if el.tag == "td":
        content = [] if structure_only else _tokens(el)[1:-1]
        return TreeNode("td", _span(el.attrs.get("colspan")), _span(el.attrs.get("rowspan")), content, [])
    kids = [_tree(p, structure_only) for p in el.parts if isinstance(p, _Element)]
    return TreeNode(el.tag, 1, 1, [], kids)


class _Costs(Config):  # type: ignore[misc]
    def rename(self, a: TreeNode, b: TreeNode) -> float:
        if a.tag != b.tag or a.colspan != b.colspan or a.rowspan != b.rowspan:
            return 1.0
        if a.tag == "td" and (a.content or b.content):
            return float(Levenshtein.normalized_distance(a.content, b.content))
        return 0.0

    def children(self, node: TreeNode) -> list[TreeNode]:
        return node.children


def parse_table(table_html: str) -> _Element | None:
    builder = _TreeBuilder()
    builder.feed(table_html)
    builder.close()
    return _find(builder.root, "table")


def teds(pred_html: str, true_html: str, structure_only: bool = False) -> float:
    """TEDS in [0, 1] between two HTML tables (the first `<table>` of each); 0 when either is missing."""
    pred, true = parse_table(pred_html or ""), parse_table(true_html or "")
    if pred is None or true is None:
        return 0.0
    n_nodes = max(_count(pred), _count(true), 1)  # elements below <table>, as the reference counts them
    distance = APTED(_tree(pred, structure_only), _tree(true, structure_only), _Costs()).compute_edit_distance()
    return 1.0 - float(distance) / n_nodes


def read_gt(path: Path) -> list[dict[str, Any]]:
    return [json.loads(raw) for raw in path.read_text(encoding="utf-8").splitlines() if raw.strip()]


def first_table_html(doc: Any) -> str:
    for page in doc.pages:
        for block in sorted(page.blocks, key=lambda b: b.order):
            if block.table is not None:
                return str(block.table.html)
    return ""


def score_rows(rows: list[dict[str, Any]]) -> dict[str, float]:
    keys = ("teds", "teds_struct", "seconds")
    return {k: sum(r[k] for r in rows) / len(rows) for k in keys if rows and k in rows[0]}
