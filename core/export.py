"""Exporters: one function per format, all walking pages and blocks in reading order."""

from __future__ import annotations

import base64
import html
import json
import re
from importlib import resources
from typing import TYPE_CHECKING, Any

import cv2
import numpy as np
from jinja2 import Environment, select_autoescape

if TYPE_CHECKING:  # annotations only: Document's export methods import this module
    from .document import Block, Document, Line, Table

BLOCK_COLOURS = {
    "text": "#1f77b4",
    "title": "#d62728",
    "list": "#9467bd",
    "figure": "#2ca02c",
    "figure_caption": "#98df8a",
    "table": "#ff7f0e",
    "table_caption": "#ffbb78",
    "header": "#7f7f7f",
    "footer": "#c7c7c7",
    "reference": "#8c564b",
    "equation": "#e377c2",
    "seal": "#bcbd22",
}


def to_json(doc: Document, indent: int | None = 2) -> str:
    return json.dumps(doc.export(), ensure_ascii=False, indent=indent)


def table_markdown(table: Table) -> str:
    """A pipe table, or the HTML itself when spans would make Markdown lossy."""
    if any(c.rowspan > 1 or c.colspan > 1 for c in table.cells) or not table.cells:
        return table.html
    grid = table.grid()

    def row(cells: list[str]) -> str:
        return "| " + " | ".join(c.replace("|", "\\|").replace("\n", " ") for c in cells) + " |"

    lines = [row(grid[0]), "|" + "---|" * table.n_cols] + [row(r) for r in grid[1:]]
    return "\n".join(lines)


def _visual_rows(lines: list[Line]) -> list[list[Line]]:
    """Lines side by side on one text line (a key and its value read as two lines) grouped, in reading order."""
    rows: list[list[Line]] = []
    for ln in lines:
        last = rows[-1] if rows else None
        if last is not None and not ln.vertical and not last[-1].vertical:
            top, bottom = max(x.bbox[1] for x in last), min(x.bbox[3] for x in last)
            overlap = min(bottom, ln.bbox[3]) - max(top, ln.bbox[1])
            if overlap > 0.5 * min(bottom - top, ln.bbox[3] - ln.bbox[1]) and ln.bbox[0] >= last[-1].bbox[0]:
                last.append(ln)
                continue
        rows.append([ln])
    return rows


def block_text(block: Block) -> str:
    """The block's text: lines of one visual row joined by a space (`Subtotal: €36,546.60`), rows by newlines."""
    return "\n".join(" ".join(ln.text for ln in row) for row in _visual_rows(block.lines))


# A word broken at the end of a row (`esti-` / `mated`): letters, a hyphen, and a row going on in lower case.
_BROKEN = re.compile(r"[^\W\d_]{2}-$")
_GOES_ON = re.compile(r"^[a-zß-ÿ]")


def _dehyphenate(rows: list[str]) -> list[str]:
    """Running text as a reader expects it: a word hyphenated at the end of a row is whole on that row (the rest of
    its row stays below); a hyphen before a capital or a digit (`COVID-` / `19`) stays."""
    out = list(rows)
    for i in range(len(out) - 1):
        head, tail = out[i].rstrip(), out[i + 1].lstrip()
        if _BROKEN.search(head) and _GOES_ON.match(tail):
            piece, _, rest = tail.partition(" ")
            out[i] = head[:-1] + piece
            out[i + 1] = rest
    return [r for r in out if r.strip()]


def block_markdown(block: Block) -> str:
    if block.table is not None:
        return table_markdown(block.table)
    if block.type in ("header", "footer"):
        # Running heads, page numbers: kept out of the body, visible to a reader of the source.
        text = " ".join(ln.text for ln in block.lines).replace("--", "- -")
        return f"<!-- {block.type}: {text} -->" if text else ""
    text = " ".join(ln.text for ln in block.lines) if block.type == "title" else block_text(block)
    if block.type == "title":
        return f"## {text}"
    if block.type == "figure":
        return f"*[figure]* {text}".strip()
    return "\n".join(_dehyphenate(text.split("\n")))


def to_markdown(doc: Document) -> str:
    parts = []
    for page in doc.pages:
        if len(doc.pages) > 1:
            parts.append(f"<!-- page {page.index + 1} -->")
        for block in sorted(page.blocks, key=lambda b: b.order):
            md = block_markdown(block)
            if md.strip():
                parts.append(md)
    return "\n\n".join(parts) + "\n"


def _data_uri(image: np.ndarray, max_side: int = 1600) -> str:
    h, w = image.shape[:2]
    f = min(1.0, max_side / max(h, w))
    if f < 1.0:
        image = cv2.resize(image, (int(w * f), int(h * f)), interpolation=cv2.INTER_AREA)
    ok, buf = cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, 80])
    return "data:image/jpeg;base64," + base64.b64encode(buf.tobytes()).decode("ascii") if ok else ""


def to_html(doc: Document, images: list[np.ndarray] | None = None, extraction: dict[str, Any] | None = None) -> str:
    """A self-contained report: each page image with its boxes drawn (SVG), text, tables and fields."""
    env = Environment(autoescape=select_autoescape(default=True, default_for_string=True))
    source = resources.files("docsense.templates").joinpath("report.html.j2").read_text(encoding="utf-8")
    pages = []
    for i, page in enumerate(doc.pages):
        blocks = sorted(page.blocks, key=lambda b: b.order)
        pages.append(
            {
                "page": page,
                "image": _data_uri(images[i]) if images and i < len(images) else "",
                "blocks": blocks,
                "tables": [b.table.html for b in blocks if b.table is not None],
            }
        )
    from markupsafe import Markup

    return env.from_string(source).render(
        doc=doc,
        pages=pages,
        colours=BLOCK_COLOURS,
        extraction=extraction,
        table_html=lambda h: Markup(_sanitize_table(h)),
    )


def _sanitize_table(table_html: str) -> str:
    """Tables are our own markup, but cell text came from OCR: rebuild it with only known tags allowed."""
    import re

    allowed = re.compile(r"</?(table|thead|tbody|tr|td|th|b)(\s+(colspan|rowspan)=\"\d+\")*\s*>", re.I)
    out, pos = [], 0
    for m in re.finditer(r"<[^>]*>", table_html):
        out.append(html.escape(html.unescape(table_html[pos : m.start()])))
        out.append(m.group(0) if allowed.fullmatch(m.group(0)) else html.escape(m.group(0)))
        pos = m.end()
    out.append(html.escape(html.unescape(table_html[pos:])))
    return "".join(out)
