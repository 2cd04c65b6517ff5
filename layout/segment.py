"""Learned block segmentation over OCR lines: for each pair of neighbouring lines of the assembled text blocks (the
line below in the same column, the next piece on the same row) a small gradient-boosted tree model (ONNX, run by the
engine interface) says how sure it is that both lines belong to one block; blocks are the connected components of the
pairs it is sure of. What the assembly rules said is among the inputs (same block, block types, the detector's
score), so the model learns where their blocks go wrong: paragraphs merged across a break, a caption or an item cut
at a row, a heading read into the paragraph under it. A pair the rules keep together is cut only below `split_prob`,
a pair they keep apart is joined only above `join_prob` (both from the card).

Only text-like blocks are regrouped (text, title, list, captions, references, equations); figures, tables, seals,
headers and footers stay as assembled. A component with the same lines as an assembled block is that block; a new
component takes the type and score of the block holding most of its lines. Trained on browser-typeset pages with
exact region boxes (`docsense train layout --segment`); see docs/layout.md for its leave-one-family-out scores.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import numpy as np

from docsense.core.assemble.cues import BIBLIO, marker_kind  # the assembly's own citation cues and item markers
from docsense.core.config import EngineSettings
from docsense.core.document import BBox, Block, Line, union_bbox
from docsense.core.engine import get_engine
from docsense.core.graph import DisjointSets

TEXTLIKE = ("text", "title", "list", "figure_caption", "table_caption", "reference", "equation")
_KINDS = ("text", "title", "list", "caption", "other")
_MARKER = re.compile(
    r"^\s*([•·▪■◆●○◦\-–*]|\(?[0-9]{1,2}[.)．]|\(?[a-hA-H][.)]|\(?(i{1,3}|iv|vi{0,3}|ix|x)[.)]|[一二三四五六七八九十]+、|"
    r"（[一二三四五六七八九十0-9]+）|[①-⑳]|\[\d+\])\s*"
)
_HEADING = re.compile(r"^\s*(\d+(\.\d+)*\.?\s+\S|[IVX]+\.\s+\S|第.{1,3}[章节]|[一二三四五六七八九十]+、)")
_CAPTION = re.compile(r"^\s*(fig(ure)?\.?|table|图|表|algorithm)\s*[0-9IVX]", re.I)
_CJK = re.compile(r"[\u4e00-\u9fff]")
# A line that is nothing but an item number or a bullet (a hanging column of reference numbers read apart from
# their entries): two such lines one under the other are a column of numbers, not rows of one text.
_BARE = re.compile(r"^\s*([\[(（]?\d{1,3}[.)\]）．]?|[•·▪■◆●○◦\-–*])\s*$")

FEATURE_NAMES = [
    "right", "gap", "gap_min_h", "h_ratio", "ha", "hb", "dx0", "dx1", "dcx", "x_overlap", "wa_rel", "wb_rel",
    "fill_a", "fits", "gap_prev", "gap_next", "same_block", "indent_a", "indent_b", "prev_dx0",
    *(f"kind_a_{k}" for k in _KINDS), *(f"kind_b_{k}" for k in _KINDS),
    "marker_a", "marker_b", "heading_a", "heading_b", "caption_b", "stop_a", "colon_a", "hyphen_a", "lower_b",
    "upper_b", "cjk_a", "cjk_b", "digits_a", "digits_b", "chars_a", "chars_b", "words_a", "words_b",
    "rows_block_a", "rows_block_b", "score_a", "score_b",
]  # fmt: skip


def _kind(t: str) -> str:
    if t in ("figure_caption", "table_caption"):
        return "caption"
    return t if t in _KINDS else "other"


def candidate_pairs(lines: list[Line]) -> list[tuple[int, int, int]]:
    """(a, b, right): b is a line under a in its column (the nearest row below that shares a's width, every piece
    of it) or, with right=1, the nearest piece to the right on a's row."""
    if not lines:
        return []
    box = np.asarray([ln.bbox for ln in lines], np.float64)
    x0s, y0s, x1s, y1s = box.T
    bare = [bool(_BARE.match(ln.text)) for ln in lines]
    out: list[tuple[int, int, int]] = []
    for i, (x0, y0, x1, y1) in enumerate(box):  # one pass over the other lines per line, in numpy: dense pages
        h = max(y1 - y0, 1.0)
        hy = np.minimum(y1, y1s) - np.maximum(y0, y0s)
        row = (hy > 0.5 * np.minimum(h, y1s - y0s)) & (x0s >= x1 - 0.5 * h)
        row[i] = False
        below = ~row & (y0s + y1s > y0 + y1 + h * 0.6)
        below &= np.minimum(x1, x1s) - np.maximum(x0, x0s) > 0.1 * np.minimum(x1 - x0, x1s - x0s)
        below[i] = False
        if row.any():
            j = int(np.flatnonzero(row)[np.argmin(x0s[row])])
            if x0s[j] - x1 < 12 * h:
                out.append((i, j, 1))
        if below.any():
            top = float(y0s[below].min())
            if top - y1 < 6 * h:
                near = np.flatnonzero(below & (y0s < top + 0.5 * h))
                out += [(i, int(j), 0) for j in near if not (bare[i] and bare[j])]
    return out


def pair_features(
    lines: list[Line], owner: list[int], blocks: list[Block], pairs: list[tuple[int, int, int]]
) -> np.ndarray:
    """One row of FEATURE_NAMES per pair; `owner[i]` is the index in `blocks` of line i's block."""
    hs = [ln.bbox[3] - ln.bbox[1] for ln in lines if not ln.vertical]
    body = float(np.median(hs)) if hs else 12.0
    rows = {k: len({round((ln.bbox[1] + ln.bbox[3]) / (2 * body)) for ln in b.lines}) for k, b in enumerate(blocks)}
    gap_above: dict[int, float] = {}
    gap_below: dict[int, float] = {}
    above: dict[int, int] = {}  # a line's nearest line above in its column
    for a, b, right in pairs:
        if not right:
            g = lines[b].bbox[1] - lines[a].bbox[3]
            gap_below[a] = min(gap_below.get(a, 1e9), g)
            if g < gap_above.get(b, 1e9):
                gap_above[b] = g
                above[b] = a
    out = np.zeros((len(pairs), len(FEATURE_NAMES)), np.float32)
    for n, (a, b, right) in enumerate(pairs):
        la, lb = lines[a], lines[b]
        ax0, ay0, ax1, ay1 = la.bbox
        bx0, by0, bx1, by1 = lb.bbox
        ha, hb = max(ay1 - ay0, 1.0), max(by1 - by0, 1.0)
        gap = (bx0 - ax1) if right else (by0 - ay1)
        ba, bb = blocks[owner[a]], blocks[owner[b]]
        left, right_edge = ba.bbox[0], ba.bbox[2]
        width = max(right_edge - left, 1.0)
        ta, tb = la.text.strip(), lb.text.strip()
        char_w = (ax1 - ax0) / max(len(ta), 1)
        first = tb.split()[0] if tb.split() else tb
        fits = float((right_edge - ax1) > char_w * (len(first) + 1)) if not right else 0.0
        kind_a, kind_b = _kind(str(ba.type)), _kind(str(bb.type))
        up = lines[above[a]].bbox[0] if a in above else ax0
        na, nb = max(len(ta), 1), max(len(tb), 1)
        row = [
            float(right), gap / body, gap / min(ha, hb), hb / ha, ha / body, hb / body,
            (bx0 - ax0) / body, (bx1 - ax1) / body, ((bx0 + bx1) - (ax0 + ax1)) / (2 * body),
            max(0.0, min(ax1, bx1) - max(ax0, bx0)) / max(min(ax1 - ax0, bx1 - bx0), 1.0),
            (ax1 - ax0) / width, (bx1 - bx0) / width, (ax1 - left) / width, fits,
            min(gap_above.get(a, 50 * body), 50 * body) / body - gap / body,
            min(gap_below.get(b, 50 * body), 50 * body) / body - gap / body,
            float(owner[a] == owner[b]), (ax0 - left) / body, (bx0 - bb.bbox[0]) / body, (ax0 - up) / body,
            *(float(kind_a == k) for k in _KINDS), *(float(kind_b == k) for k in _KINDS),
            float(bool(_MARKER.match(ta))), float(bool(_MARKER.match(tb))),
            float(bool(_HEADING.match(ta))), float(bool(_HEADING.match(tb))), float(bool(_CAPTION.match(tb))),
            float(ta[-1:] in ".。!?！？;；"), float(ta[-1:] in ":："), float(ta[-1:] in "-‐"),
            float(tb[:1].islower()), float(tb[:1].isupper()),
            len(_CJK.findall(ta)) / na, len(_CJK.findall(tb)) / nb,
            sum(c.isdigit() for c in ta) / na, sum(c.isdigit() for c in tb) / nb,
            float(np.log1p(len(ta))), float(np.log1p(len(tb))), float(len(ta.split())), float(len(tb.split())),
            float(rows[owner[a]]), float(rows[owner[b]]),
            -1.0 if ba.score is None else float(ba.score), -1.0 if bb.score is None else float(bb.score),
        ]  # fmt: skip
        out[n] = row
    return out


def page_pairs(blocks: list[Block]) -> tuple[list[Line], list[int], list[tuple[int, int, int]], np.ndarray]:
    """The lines of the text-like blocks, their owner block, the candidate pairs and their features."""
    lines: list[Line] = []
    owner: list[int] = []
    for k, b in enumerate(blocks):
        if str(b.type) in TEXTLIKE:
            for ln in b.lines:
                if not ln.vertical:
                    lines.append(ln)
                    owner.append(k)
    pairs = candidate_pairs(lines)
    return lines, owner, pairs, pair_features(lines, owner, blocks, pairs)


def regroup(
    blocks: list[Block], lines: list[Line], owner: list[int], pairs: list[tuple[int, int, int]], same: np.ndarray
) -> list[Block]:
    """Blocks with the text-like ones rebuilt from the pairs marked `same` (connected components); order 0..n-1."""
    sets = DisjointSets(len(lines))
    for (a, b, _), s in zip(pairs, same, strict=True):
        if s:
            sets.union(b, a)
    # Lines of one rules block that no pair links (pieces of a wide row, rows the pairs skip) stay together unless
    # a pair between their parts was cut.
    root = [sets.find(i) for i in range(len(lines))]  # the components of the pairs alone
    apart = {(root[a], root[b]) for (a, b, _), s in zip(pairs, same, strict=True) if not s and owner[a] == owner[b]}
    apart |= {(b, a) for a, b in apart}
    by_block: dict[int, list[int]] = {}
    for i in range(len(lines)):
        by_block.setdefault(owner[i], []).append(i)
    upper: dict[int, float] = {}  # each component's top edge
    for i in range(len(lines)):
        upper[root[i]] = min(upper.get(root[i], 1e9), lines[i].bbox[1])
    for members in by_block.values():
        groups: list[list[int]] = []
        for r0 in sorted(dict.fromkeys(root[i] for i in members), key=lambda r: upper[r]):
            # top to bottom, a part joins only the group just above it: one further up is cut from it by the
            # group between (rows one region each, `1 Dept. ...` / `2 Institute ...`, would otherwise be dealt
            # into two interleaved blocks, rows 1, 3, 5 and 2, 4, 6)
            home = groups[-1] if groups and not any((r0, r) in apart for r in groups[-1]) else None
            if home is None:
                groups.append([r0])
            else:
                home.append(r0)
        for g in groups:
            for r in g[1:]:
                sets.union(g[0], r)
    kept: dict[int, list[int]] = {}  # block index -> its lines, where a component is exactly one block's lines
    whole = {k: len([ln for ln in b.lines if not ln.vertical]) for k, b in enumerate(blocks)}
    new: list[tuple[float, Block]] = []
    for members in sets.groups():
        owners = [owner[i] for i in members]
        # the block holding most of its lines; on a tie, most of its text (`3` over `Regulation of Cells`: a
        # chapter's number and its title are one title)
        chars = {o: sum(len(lines[i].text) for i in members if owner[i] == o) for o in set(owners)}
        top = max(sorted(set(owners)), key=lambda o: (owners.count(o), chars[o]))
        if len(set(owners)) == 1 and len(members) == whole[top]:
            kept[top] = members
            continue
        base = blocks[top]
        mls = sorted((lines[i] for i in members), key=lambda ln: (ln.bbox[1], ln.bbox[0]))
        box = (
            min(ln.bbox[0] for ln in mls), min(ln.bbox[1] for ln in mls),
            max(ln.bbox[2] for ln in mls), max(ln.bbox[3] for ln in mls),
        )  # fmt: skip
        key = min(blocks[owner[i]].order + (lines[i].bbox[1] / 1e6) for i in members)
        new.append((key, Block(type=base.type, bbox=box, score=base.score, lines=mls)))
    touched = {owner[i] for i in range(len(lines))}
    out: list[tuple[float, Block]] = []
    for k, b in enumerate(blocks):
        if k not in touched or k in kept:
            out.append((float(b.order), b))
    for k, b in enumerate(blocks):  # vertical lines of a regrouped block stay as a block of their own
        if k in touched and k not in kept:
            rest = [ln for ln in b.lines if ln.vertical]
            if rest:
                box = (
                    min(ln.bbox[0] for ln in rest), min(ln.bbox[1] for ln in rest),
                    max(ln.bbox[2] for ln in rest), max(ln.bbox[3] for ln in rest),
                )  # fmt: skip
                out.append((float(b.order), Block(type=b.type, bbox=box, score=b.score, lines=rest)))
    out += new
    out.sort(key=lambda kb: kb[0])
    return [b.model_copy(update={"order": i}) for i, (_, b) in enumerate(out)]


def decide(x: np.ndarray, prob: np.ndarray, split: float, join: float) -> np.ndarray:
    """One block or not, per pair: the rules' pairs stay together unless the model is below `split`, the others
    are joined only where it is above `join`. Pieces of one row that the rules keep together are never cut: a cut
    row is read label column first, figures after (an invoice's totals row)."""
    rules = x[:, FEATURE_NAMES.index("same_block")] > 0.5
    row = x[:, FEATURE_NAMES.index("right")] > 0.5
    return np.where(rules, (prob >= split) | row, prob >= join)


def _first_marker(block: Block) -> tuple[str, int] | None:
    """The item marker leading the block's first row (its leftmost line), if any."""
    lines = [ln for ln in block.lines if not ln.vertical]
    if not lines:
        return None
    top = min(ln.bbox[1] for ln in lines)
    h = min(ln.bbox[3] - ln.bbox[1] for ln in lines)
    row = [ln for ln in lines if ln.bbox[1] < top + 0.5 * h]
    return _lead_kind(min(row, key=lambda ln: ln.bbox[0]).text)


# A full stop leading a row before a letter: a small open circle (`◦`, a third-level bullet) as the OCR reads it; no
# row of text starts with one (Chinese typesetting never sets `。` at a line's start either).
_CIRCLE_READ = re.compile(r"^\s*[。｡]\s*(?=\w)")


def _lead_kind(text: str) -> tuple[str, int] | None:
    """The assembly's item marker kind of a row's text, and the open circle read as a full stop."""
    return marker_kind(text) or (("◦", 0) if _CIRCLE_READ.match(text) else None)


def _body_height(blocks: list[Block]) -> float:
    """The page's body text height: the median height of its horizontal lines (12 px where it has none)."""
    hs = [ln.bbox[3] - ln.bbox[1] for b in blocks for ln in b.lines if not ln.vertical]
    return float(np.median(hs)) if hs else 12.0


def _mid_rows(lines: list[Line], body: float) -> list[list[Line]]:
    """Lines in rows, top to bottom: a line joins the row whose first line's middle is within half a body height of
    its own."""
    rows: list[list[Line]] = []
    for ln in sorted(lines, key=lambda ln: (ln.bbox[1] + ln.bbox[3]) / 2):
        if rows and abs((rows[-1][0].bbox[1] + rows[-1][0].bbox[3]) / 2 - (ln.bbox[1] + ln.bbox[3]) / 2) < 0.5 * body:
            rows[-1].append(ln)
        else:
            rows.append([ln])
    return rows


def _row_starts(block: Block, body: float) -> list[float]:
    """The left edge of each row of a block, top to bottom."""
    return [min(ln.bbox[0] for ln in r) for r in _mid_rows([ln for ln in block.lines if not ln.vertical], body)]


def _hanging_edges(block: Block, body: float) -> tuple[float, float] | None:
    """(outer, inner) left edges of a block of items set with hanging indents whose markers the OCR lost (a square
    or a bullet dropped: the first row starts left of the rest): every row starts at one of two edges, the first
    at the outer one, some at the inner one half an em to three ems further in. Citation-like text (reference
    entries hang the same way) is no such block."""
    starts = _row_starts(block, body)
    if len(starts) < 2 or BIBLIO.search(" ".join(ln.text for ln in block.lines)):
        return None
    outer = starts[0]
    inner = [x for x in starts if x - outer > 0.5 * body]
    if not inner or max(inner) - min(inner) > 0.5 * body or min(inner) - outer > 3.0 * body:
        return None
    if any(abs(x - outer) > 0.5 * body and x not in inner for x in starts):
        return None
    return outer, float(np.median(inner))


def _at_text_edge(block: Block, body: float, text_edge: float, edge: float, kind: tuple[str, int]) -> bool:
    """Every row of the block starts at a list's text edge, or at its marker edge led by a marker of its kind; the
    first row at the text edge (an item whose marker the OCR dropped, then the list's next items)."""
    rows = _mid_rows([ln for ln in block.lines if not ln.vertical], body)
    for n, r in enumerate(rows):
        lead = min(r, key=lambda ln: ln.bbox[0])
        if abs(lead.bbox[0] - text_edge) < 0.5 * body:
            continue
        k = _lead_kind(lead.text)
        if n == 0 or abs(lead.bbox[0] - edge) >= 0.5 * body or k is None or k[0] != kind[0]:
            return False
    return bool(rows)


def hanging_items(blocks: list[Block]) -> list[Block]:
    """A text block of items set with hanging indents whose bullets the OCR dropped is a list: its rows start at two
    edges (_hanging_edges), two rows or more at the outer one (two items), each capitalised (an item starts as a
    sentence does; a paragraph going on under a quote set in starts mid-sentence), and at least two at the inner one.
    join_list_pieces then takes the rest of its last item cut off under it."""
    body = _body_height(blocks)
    out = []
    for b in blocks:
        lines = [ln for ln in b.lines if not ln.vertical]
        edges = _hanging_edges(b, body) if str(b.type) == "text" and len(lines) == len(b.lines) else None
        if edges is None or _first_marker(b) is not None:
            out.append(b)
            continue
        rows = [sorted(r, key=lambda ln: ln.bbox[0]) for r in _mid_rows(lines, body)]
        heads = [r[0].text.strip() for r in rows if abs(r[0].bbox[0] - edges[0]) < 0.5 * body]
        inner = len(rows) - len(heads)
        items = len(heads) >= 2 and inner >= 2 and all(t[:1].isupper() for t in heads)
        out.append(b.model_copy(update={"type": "list"}) if items else b)
    return out


def _hangs_over(block: Block, after: list[Block], body: float) -> bool:
    """The block is an item hanging without a bullet right over a list of such items (the next block: typed list,
    no marker, its rows hanging at the same two edges), its first row capitalised."""
    if not after or str(after[0].type) != "list" or _first_marker(after[0]) is not None:
        return False
    here, there = _hanging_edges(block, body), _hanging_edges(after[0], body)
    gap = after[0].bbox[1] - block.bbox[3]
    if here is None or there is None or not -0.5 * body <= gap <= 1.0 * body:
        return False
    first = min(block.lines, key=lambda ln: (ln.bbox[1], ln.bbox[0])).text.strip()
    return abs(here[0] - there[0]) < 0.5 * body and abs(here[1] - there[1]) < 0.5 * body and first[:1].isupper()


def join_list_pieces(blocks: list[Block]) -> list[Block]:
    """The pieces of one list, after regrouping and re-typing, are one list block, as a reader (and PubLayNet)
    draws it: a sub-list set in under an item (`1.` / `(1)` / `①`), the outer list's next item after it, an item
    typed text, or an item's last row or two cut off at the item's hanging indent. In reading order, a block led
    by an item marker takes the blocks under it in its column (gap under 1.5 line heights) that are: led by a
    marker and set in from its left edge (a sub-item); at its left edge with the next marker of its kind (the
    next item); or one or two rows without a marker, set in, under 1 line height below (the rest of an item).
    A run of two or more pieces, one of them already typed list, becomes one list."""
    if len(blocks) < 2:
        return blocks
    body = _body_height(blocks)
    seq = sorted(blocks, key=lambda b: b.order)
    marks = [_first_marker(b) if str(b.type) in ("list", "text") and b.lines else None for b in seq]
    out: list[Block] = []
    i = 0
    while i < len(seq):
        first, kind = seq[i], marks[i]
        if kind is None and str(first.type) in ("text", "reference") and _hangs_over(first, seq[i + 1 :], body):
            first = first.model_copy(update={"type": "list"})  # the list's first item, typed apart
        run = [first]
        edges = _hanging_edges(first, body) if kind is None and str(first.type) == "list" else None
        if edges is not None:
            # Items whose markers the OCR lost, cut apart: the blocks under it that hang at the same two edges
            # (or one row at its outer edge), with no marker, close under it, in its column.
            bottom = first.bbox[3]
            for b, k in zip(seq[i + 1 :], marks[i + 1 :], strict=True):
                gap = b.bbox[1] - bottom
                if k is not None or gap < -0.5 * body or gap > 1.0 * body:
                    break
                if str(b.type) not in ("list", "text", "reference"):
                    break
                e = _hanging_edges(b, body)
                one_row = max(ln.bbox[3] for ln in b.lines) - min(ln.bbox[1] for ln in b.lines) < 1.5 * body
                same = e is not None and abs(e[0] - edges[0]) < 0.5 * body and abs(e[1] - edges[1]) < 0.5 * body
                # every row at the items' text edge: an item whose bullet the OCR dropped with its box, or a
                # paragraph of an item
                inner = all(abs(x - edges[1]) < 0.5 * body for x in _row_starts(b, body))
                inner = inner and not BIBLIO.search(" ".join(ln.text for ln in b.lines))
                if not (same or inner or (one_row and abs(b.bbox[0] - edges[0]) < 0.5 * body)):
                    break
                run.append(b)
                bottom = max(bottom, b.bbox[3])
        elif kind is not None or str(first.type) == "list":
            # (a list without a marker of its own, a sub-list whose dashes the OCR lost, is taken on only by the
            # outer list's next item under it)
            x0, x1 = first.bbox[0], first.bbox[2]
            bottom, number = first.bbox[3], kind[1] if kind else 0
            # the items' text edge: where the first piece's wrapped rows start, set in from its markers
            wraps = [x for x in _row_starts(first, body)[1:] if 0.5 * body < x - x0 <= 3.0 * body]
            text_edge = float(np.median(wraps)) if wraps else None
            for b, k in zip(seq[i + 1 :], marks[i + 1 :], strict=True):
                gap = b.bbox[1] - bottom
                if b.bbox[1] < bottom - 0.5 * body or gap > 1.5 * body or str(b.type) not in ("list", "text"):
                    break
                # a piece led by a marker is set in as far as its first row (its marker): a sub-item may be
                # cut with the outer list's next item under it
                inset = (_row_starts(b, body)[0] if k is not None else b.bbox[0]) - x0
                inside = min(x1, b.bbox[2]) - max(x0, b.bbox[0]) >= 0.6 * (b.bbox[2] - b.bbox[0])
                # The outer list goes on after a sub-list: an item led by a marker of another kind, a little left
                # of the list so far, in its column; the items after it are measured from its edge.
                outer = (
                    k is not None and (kind is None or k[0] != kind[0]) and str(run[-1].type) == "list"
                    and -4.0 * body <= inset < -0.5 * body and inside
                    and not BIBLIO.search(" ".join(ln.text for ln in b.lines))  # reference entries: no items
                )  # fmt: skip
                if outer:
                    x0, x1, kind, number = b.bbox[0], max(x1, b.bbox[2]), k, k[1] if k else 0
                    text_edge = None
                    run.append(b)
                    bottom = max(bottom, b.bbox[3])
                    continue
                if kind is None or not inside or inset < -0.5 * body or inset > 0.5 * (x1 - x0):
                    break
                if k is None:  # the rest of an item: short, close under it, at its hanging indent
                    rows = len({round((ln.bbox[1] + ln.bbox[3]) / (2 * body)) for ln in b.lines})
                    # or a whole item whose bullet the OCR dropped: every row at the items' text edge
                    # (and the items after it, each led by the list's marker at its edge)
                    dropped = (
                        text_edge is not None and gap < 1.0 * body
                        and _at_text_edge(b, body, text_edge, x0, kind)
                        and not BIBLIO.search(" ".join(ln.text for ln in b.lines))
                    )  # fmt: skip
                    if not (inset > 0.5 * body and gap < 1.0 * body and rows <= 2) and not dropped:
                        break
                elif inset <= 1.0 * body:  # at the left edge: only the next item (set in further: a sub-item)
                    if k[0] != kind[0] or (k[1] and k[1] <= number):
                        break
                    number = k[1]
                run.append(b)
                bottom = max(bottom, b.bbox[3])
            if not any(str(b.type) == "list" for b in run):
                run = [first]
        if len(run) == 1:
            out.append(first)
        else:
            lines = [ln for b in run for ln in b.lines]  # each piece's own reading order, pieces in order
            box = (
                min(b.bbox[0] for b in run), min(b.bbox[1] for b in run),
                max(b.bbox[2] for b in run), max(b.bbox[3] for b in run),
            )  # fmt: skip
            score = max((b.score for b in run if b.score is not None), default=None)
            out.append(first.model_copy(update={"type": "list", "bbox": box, "lines": lines, "score": score}))
        i += len(run)
    if len(out) == len(blocks):
        return blocks
    return [b.model_copy(update={"order": n}) for n, b in enumerate(out)]


_FOLIO = re.compile(r"^\s*(\d{1,4}|[ivx]{1,6})\s*$", re.I)


def folios(blocks: list[Block]) -> list[Block]:
    """A block of nothing but a page number (`121`, `xii`) on one row, over every other block (its top at theirs or
    above) or under every other, is the running head's or foot's folio: a header or footer, no text. The detector
    boxes a thesis page's folio in its top corner apart from the running head and the assembly typed it text. Then
    the running head level with it, and a page number read into a footnote over it, are cut off likewise."""
    body = _body_height(blocks)
    page = [b for b in blocks if str(b.type) not in ("header", "footer")]
    if len(page) < 2:
        return blocks
    out = []
    for b in blocks:
        text = " ".join(ln.text for ln in b.lines)
        one_row = bool(b.lines) and b.bbox[3] - b.bbox[1] < 2.0 * body
        if str(b.type) not in ("text", "title") or not one_row or not _FOLIO.match(text):
            out.append(b)
            continue
        others = [o for o in page if o is not b]
        if all(b.bbox[1] <= o.bbox[1] + 0.5 * body for o in others):
            out.append(b.model_copy(update={"type": "header"}))
        elif all(b.bbox[3] >= o.bbox[3] - 0.5 * body for o in others):
            out.append(b.model_copy(update={"type": "footer"}))
        else:
            out.append(b)
    return _running_heads(_folio_under(out, body), body)


def _running_heads(blocks: list[Block], body: float) -> list[Block]:
    """A one-row block over every other block, level with a page number typed header, is the running head beside it
    (`CHAPTER 4. TREATMENT ... 67`): a header too."""
    folio = [b for b in blocks if str(b.type) == "header" and _FOLIO.match(" ".join(ln.text for ln in b.lines))]
    page = [b for b in blocks if str(b.type) not in ("header", "footer")]
    out = []
    for b in blocks:
        mid = (b.bbox[1] + b.bbox[3]) / 2
        level = any(abs((f.bbox[1] + f.bbox[3]) / 2 - mid) < 0.5 * body for f in folio)
        one_row = bool(b.lines) and b.bbox[3] - b.bbox[1] < 2.0 * body
        top = all(b.bbox[3] <= o.bbox[1] for o in page if o is not b)
        if str(b.type) in ("text", "title") and one_row and level and top:
            b = b.model_copy(update={"type": "header"})
        out.append(b)
    return out


def _folio_under(blocks: list[Block], body: float) -> list[Block]:
    """A page number read into the block over it (a footnote at the foot of the page): the block's last row, nothing
    but the number, more than a line height under the row above, the block under every other: a footer of its own."""
    page = [b for b in blocks if str(b.type) not in ("header", "footer")]
    out = []
    for b in blocks:
        flat = str(b.type) in TEXTLIKE and not any(ln.vertical for ln in b.lines)
        rows = _mid_rows(b.lines, body) if flat else []
        last = " ".join(ln.text for ln in rows[-1]) if len(rows) >= 2 else ""
        if not _FOLIO.match(last):
            out.append(b)
            continue
        gap = min(ln.bbox[1] for ln in rows[-1]) - max(ln.bbox[3] for ln in rows[-2])
        if gap <= 1.0 * body or not all(b.bbox[3] >= o.bbox[3] for o in page if o is not b):
            out.append(b)
            continue
        rest = [ln for r in rows[:-1] for ln in r]
        out.append(b.model_copy(update={"bbox": union_bbox([ln.bbox for ln in rest]), "lines": rest}))
        out.append(
            b.model_copy(
                update={
                    "type": "footer",
                    "bbox": union_bbox([ln.bbox for ln in rows[-1]]),
                    "lines": rows[-1],
                    "order": b.order,
                }
            )
        )
    if len(out) == len(blocks):
        return blocks
    return [b.model_copy(update={"order": n}) for n, b in enumerate(out)]


_NAME = re.compile(r"^([A-Z]\.\s?-?)+\s?[A-Z][\w'\-]+$|^([A-Z]\.\s?)+$|^[A-Z][\w'\-]+$")
_INITIAL_NAME = re.compile(r"^([A-Z]\.\s?-?)+\s?[A-Z][\w'\-]+$")
_DEGREE = re.compile(r"^(M\.?D|Ph\.?D|MSc|MPH|MBBS|BSc|MS|MA|RN|DPhil|DrPH|MBA|DO|DDS|FRCP\w*|MRCP)\.?$")


def _byline_row(text: str) -> bool:
    """A row of nothing but initialled names, and degrees (`A. Li, S. Cohen`, `S. Nguyen, R. Tanaka and D. Wang`,
    `H. Nguyen, MD, PhD`; a row that runs on with `Nguyen, MD`)."""
    parts = [p.strip(" *†‡") for p in re.split(r",|\band\b|&", re.sub(r"[0-9¹²³⁴⁵⁶⁷⁸⁹⁰]", "", text))]
    parts = [p for p in parts if p]
    named = any(_INITIAL_NAME.match(p) or _DEGREE.match(p) for p in parts)
    return bool(parts) and named and all(_NAME.match(p) or _DEGREE.match(p) for p in parts)


def split_bylines(blocks: list[Block]) -> list[Block]:
    """Authors and their affiliation under them, read as one block (centred lines under a title), are two text
    regions as the page draws them: a block of a few rows whose first rows are nothing but initialled names and
    whose rows after them are not is cut there (both pieces text: a byline is no list item). A byline alone typed
    title is text."""
    body = _body_height(blocks)
    out: list[Block] = []
    changed = False
    for b in sorted(blocks, key=lambda b: b.order):
        rows = _mid_rows(b.lines, body)
        texts = [" ".join(x.text for x in sorted(r, key=lambda ln: ln.bbox[0])) for r in rows]
        names = [_byline_row(t) for t in texts]
        k = names.index(False) if False in names else len(names)
        # Two or more names: a byline over an affiliation line. One name over its department and institution is an
        # author's card (conference papers), one region.
        authors = sum(bool(_INITIAL_NAME.match(p.strip())) for t in texts[:k] for p in re.split(r",|\band\b|&", t))
        cut = str(b.type) in ("text", "list") and 2 <= len(rows) <= 6 and 0 < k < len(rows) and not any(names[k:])
        cut = cut and authors >= 2
        if str(b.type) == "title" and rows and k == len(rows) and authors >= 2:
            # a byline alone, typed title (set large, centred under the title): no heading
            out.append(b.model_copy(update={"type": "text"}))
            changed = True
            continue
        if not cut:
            out.append(b)
            continue
        changed = True
        for piece in (rows[:k], rows[k:]):
            lines = [ln for b_ln in b.lines for r in piece for ln in r if ln is b_ln]
            box = union_bbox([ln.bbox for ln in lines])
            out.append(b.model_copy(update={"type": "text", "bbox": box, "lines": lines}))
    if not changed:
        return blocks
    return [b.model_copy(update={"order": n}) for n, b in enumerate(out)]


class BlockSegmenter:
    """A trained segmenter: `model.onnx` (pair features -> probability of one block) and `card.json`."""

    def __init__(self, folder: str | Path, engine: EngineSettings | None = None) -> None:
        folder = Path(folder)
        self.card: dict[str, Any] = json.loads((folder / "card.json").read_text(encoding="utf-8"))
        if self.card.get("features") != FEATURE_NAMES:
            raise ValueError(f"{folder}: the model was trained on other features; retrain it (docsense train layout)")
        self.split = float(self.card.get("split_prob", 0.1))
        self.join = float(self.card.get("join_prob", 0.9))
        self.engine = get_engine(str(folder / "model.onnx"), engine or EngineSettings())

    def probs(self, x: np.ndarray) -> np.ndarray:
        if not len(x):
            return np.zeros(0, np.float32)
        p = np.asarray(self.engine(x.astype(np.float32)), np.float32)
        return p[:, -1] if p.ndim == 2 else p

    def __call__(self, blocks: list[Block]) -> list[Block]:
        lines, owner, pairs, x = page_pairs(blocks)
        if not lines:
            return blocks
        return regroup(blocks, lines, owner, pairs, decide(x, self.probs(x), self.split, self.join))


# An algorithm box (a `Algorithm 2: Name` caption row between rules over numbered pseudocode) is drawn as a figure
# with its caption, as journals keep such boxes; read as prose its rows become text, title, list or table pieces.
_ALGO_CAPTION = re.compile(r"^\s*(algorithm|procedure|算法)\s*\d{1,2}\b", re.I)
_CODE_NUMBER = re.compile(r"^\s*(\d{1,3})\s*:")
_CODE_WORD = re.compile(
    r"^\s*(\d{1,3}\s*:\s*)?(require|ensure|input|output|procedure|function|repeat|until|else|end|return|for|"
    r"foreach|while|if|do|break|continue)\b|\b(do|then)\s*$|←|:=|<-",
    re.I,
)
_CODE_HEAD = re.compile(r"^\s*(require|ensure|input|output)\s*:", re.I)  # a row of words under such a head is code
_MATH = re.compile(r"[∈∉∑Σ∫∆Δ∇·×θλμσφδγωαβπ∞≤≥≠]")


def _code_row(text: str) -> bool:
    """A row of pseudocode: numbered (`7:`), led by `Require:` / `Input:` ..., or of few words (a row of prose has
    more) with a keyword of control flow, an assignment or a formula."""
    short = len(re.findall(r"[A-Za-z]{3,}", text)) <= 4 and (_CODE_WORD.search(text) or _MATH.search(text))
    return bool(_CODE_NUMBER.match(text) or _CODE_HEAD.match(text) or short)


def algorithm_boxes(blocks: list[Block]) -> list[Block]:
    """An algorithm box is a figure under its caption, as the page draws it: under a row led by `Algorithm N` (or
    `Procedure N`), the rows of its column that follow closely (gaps under a line height) and read as pseudocode
    are one figure block, whatever blocks held them (a table, text pieces, bits of figure), and the caption row a
    caption block. Numbered pseudocode ends where the numbers stop running (a row or two set in between two numbers
    is a long line wrapped); unnumbered pseudocode where a row reads as prose. Three rows or more."""
    hs = [ln.bbox[3] - ln.bbox[1] for b in blocks for ln in b.lines if not ln.vertical]
    if not hs:
        return blocks
    body = float(np.median(hs))
    owner: dict[int, int] = {}  # id(line) -> block index
    lines: list[Line] = []
    for k, b in enumerate(blocks):
        if str(b.type) in (*TEXTLIKE, "table", "figure"):
            for ln in b.lines:
                if not ln.vertical:
                    owner[id(ln)] = k
                    lines.append(ln)
    taken: set[int] = set()
    found: list[tuple[list[Line], list[Line]]] = []  # (caption row, body rows' lines)
    for cap in sorted((ln for ln in lines if _ALGO_CAPTION.match(ln.text)), key=lambda ln: ln.bbox[1]):
        if id(cap) in taken:
            continue
        x0 = cap.bbox[0]
        # the column: lines starting at the caption's left edge or set in a few ems from it (nested code)
        col = [ln for ln in lines if id(ln) not in taken and -1.0 * body <= ln.bbox[0] - x0 <= 6.0 * body]
        mid = (cap.bbox[1] + cap.bbox[3]) / 2
        cap_row = [ln for ln in col if abs((ln.bbox[1] + ln.bbox[3]) / 2 - mid) < 0.5 * body]
        on_row = {id(ln) for ln in cap_row}
        rows = _mid_rows([ln for ln in col if ln.bbox[1] > cap.bbox[3] - 0.3 * body and id(ln) not in on_row], body)
        rows = [sorted(r, key=lambda ln: ln.bbox[0]) for r in rows]
        body_rows: list[list[Line]] = []
        bottom, last, wrapped = cap.bbox[3], -1, False
        numbered = bool(rows) and bool(_CODE_NUMBER.match(rows[0][0].text))
        texts = [" ".join(ln.text for ln in r) for r in rows]
        for n, (r, text) in enumerate(zip(rows, texts, strict=True)):
            m = _CODE_NUMBER.match(text)
            running = numbered and m is not None and (last < int(m.group(1)) <= last + 3 or last < 0)
            # rows follow closely; the next number may come after a row the OCR lost
            if min(ln.bbox[1] for ln in r) - bottom > (1.6 if running else 1.0) * body or _ALGO_CAPTION.match(text):
                break
            if running and m is not None:
                last = int(m.group(1))
            elif numbered:
                # a long line wrapped: one or two rows set in from the numbers, the next number right under them
                nxt = [_CODE_NUMBER.match(t) for t in texts[n + 1 : n + 3]]
                more = any(k is not None and last < int(k.group(1)) <= last + 3 for k in nxt)
                if not (body_rows and r[0].bbox[0] > body_rows[0][0].bbox[0] + 0.5 * body and more):
                    break
            elif not _code_row(text):
                # a long row wrapped to the column's edge (`Require: ...` over `[1]`): one row between two of code,
                # close over the next
                nxt_top = min(ln.bbox[1] for ln in rows[n + 1]) if n + 1 < len(rows) else None
                after = nxt_top is not None and nxt_top - max(ln.bbox[3] for ln in r) <= 1.0 * body
                if not (body_rows and not wrapped and after and _code_row(texts[n + 1])):
                    break
                wrapped = True
                body_rows.append(r)
                bottom = max(ln.bbox[3] for ln in r)
                continue
            wrapped = False
            body_rows.append(r)
            bottom = max(ln.bbox[3] for ln in r)
        if len(body_rows) < 3:
            continue
        found.append((cap_row, [ln for r in body_rows for ln in r]))
        taken |= {id(ln) for ln in cap_row} | {id(ln) for r in body_rows for ln in r}
    if not found:
        return blocks
    out: list[tuple[float, Block]] = []
    boxes: list[BBox] = []
    for cap_row, code in found:
        key = min(blocks[owner[id(ln)]].order for ln in cap_row + code) + 0.5  # after what its first block keeps
        boxes.append(union_bbox([ln.bbox for ln in code]))
        out.append((key, Block(type="figure_caption", bbox=union_bbox([ln.bbox for ln in cap_row]), lines=cap_row)))
        out.append((key + 0.1, Block(type="figure", bbox=boxes[-1], score=None, lines=code)))
    for b in blocks:
        rest = [ln for ln in b.lines if id(ln) not in taken]
        if len(rest) == len(b.lines) and not (str(b.type) == "figure" and not b.lines):
            out.append((float(b.order), b))
            continue
        if not rest:
            # a piece of the box (all its lines taken), or a picture block over the box: gone
            if b.lines or any(_inside(b.bbox, box) for box in boxes):
                continue
            out.append((float(b.order), b))
            continue
        box = union_bbox([ln.bbox for ln in rest])
        if str(b.type) in ("figure", "table"):
            # a picture's box is more than its text: only cut off the part the box's rows took, above or below
            gone = [ln.bbox for ln in b.lines if id(ln) in taken]
            x0, y0, x1, y1 = b.bbox
            if max(g[3] for g in gone) <= box[1]:
                y0 = max(y0, max(g[3] for g in gone))
            elif min(g[1] for g in gone) >= box[3]:
                y1 = min(y1, min(g[1] for g in gone))
            box = (x0, y0, x1, y1)
        out.append((float(b.order), b.model_copy(update={"lines": rest, "bbox": box})))
    out.sort(key=lambda kb: kb[0])
    return [b.model_copy(update={"order": n}) for n, (_, b) in enumerate(out)]


def _inside(a: tuple[float, float, float, float], b: tuple[float, float, float, float], share: float = 0.5) -> bool:
    """More than `share` of box a lies in box b."""
    ix = max(0.0, min(a[2], b[2]) - max(a[0], b[0]))
    iy = max(0.0, min(a[3], b[3]) - max(a[1], b[1]))
    return ix * iy > share * max((a[2] - a[0]) * (a[3] - a[1]), 1.0)


def figures_over_text(blocks: list[Block]) -> list[Block]:
    """Figure boxes that are no figure: a box the detector drew over two figures, or over a figure and its caption
    set beside it, besides their own boxes (it holds another figure block, 80% of it, and a block of two rows or more
    of words: a caption, a paragraph); and a box over columns of text (a magazine page's columns, a pull quote), whose
    blocks of three rows or more fill two fifths of it or more (a chart's labels and legends fill far less). Such a box
    goes; its own lines stay, as a text block."""
    figs = [b for b in blocks if str(b.type) == "figure"]
    if not figs:
        return blocks
    body = _body_height(blocks)
    rows = {id(b): len(_mid_rows([ln for ln in b.lines if not ln.vertical], body)) for b in blocks}
    out: list[Block] = []
    changed = False
    for f in blocks:
        if str(f.type) != "figure":
            out.append(f)
            continue
        held = [
            b for b in blocks if str(b.type) not in ("figure", "header", "footer") and _inside(b.bbox, f.bbox, 0.8)
        ]  # fmt: skip
        inner = any(g is not f and _inside(g.bbox, f.bbox, 0.8) for g in figs)
        area = max((f.bbox[2] - f.bbox[0]) * (f.bbox[3] - f.bbox[1]), 1.0)
        prose = sum((b.bbox[2] - b.bbox[0]) * (b.bbox[3] - b.bbox[1]) for b in held if rows[id(b)] >= 3)
        if not ((inner and any(rows[id(b)] >= 2 for b in held)) or prose >= 0.4 * area):
            out.append(f)
            continue
        changed = True
        if f.lines:
            out.append(f.model_copy(update={"type": "text", "bbox": union_bbox([ln.bbox for ln in f.lines])}))
    if not changed:
        return blocks
    return [b.model_copy(update={"order": n}) for n, b in enumerate(out)]


_PANEL = re.compile(r"^\s*\(?[A-Za-z]\)?\s*$")


def figure_panels(blocks: list[Block]) -> list[Block]:
    """A figure the detector boxed panel by panel (panels A and B one over the other, no box over the whole): figure
    blocks one under the other, sharing most of their width, under three line heights apart with nothing over or
    between them but panel letters, are one figure; the panel letters (a block of one letter, `(b)`) beside or between
    them join it. Two figures one over the other have a caption between them, or stand further apart."""
    body = _body_height(blocks)

    def letter(b: Block) -> bool:
        return str(b.type) in TEXTLIKE and bool(b.lines) and all(_PANEL.match(ln.text) for ln in b.lines)

    out = sorted(blocks, key=lambda b: b.order)
    changed = True
    while changed:
        changed = False
        figs = sorted((b for b in out if str(b.type) == "figure"), key=lambda b: b.bbox[1])
        for a in figs:
            for b in figs:
                ax0, _, ax1, ay1 = a.bbox
                bx0, by0, bx1, _ = b.bbox
                shared = min(ax1, bx1) - max(ax0, bx0)
                if b is a or not (-0.5 * body < by0 - ay1 < 3 * body) or shared < 0.6 * min(ax1 - ax0, bx1 - bx0):
                    continue
                box = union_bbox([a.bbox, b.bbox])
                near = (box[0] - 3 * body, box[1] - body, box[2] + 3 * body, box[3])
                # anything but panel letters over the pair (a caption, even one inside a box over figure and
                # caption, a paragraph) keeps them apart
                between = [
                    o for o in out
                    if o is not a and o is not b and str(o.type) not in ("figure", "header", "footer")
                    and o.bbox[0] < box[2] and o.bbox[2] > box[0] and o.bbox[1] < box[3] and o.bbox[3] > box[1]
                ]  # fmt: skip
                if any(not letter(o) for o in between):
                    continue
                letters = [o for o in out if letter(o) and _inside(o.bbox, near, 0.8)]
                joined = a.model_copy(
                    update={
                        "bbox": union_bbox([box, *(o.bbox for o in letters)]),
                        "lines": [*a.lines, *b.lines, *(ln for o in letters for ln in o.lines)],
                        "score": None if a.score is None or b.score is None else max(a.score, b.score),
                    }
                )
                gone = {id(b), *(id(o) for o in letters)}
                out = [joined if o is a else o for o in out if id(o) not in gone]
                changed = True
                break
            if changed:
                break
    if len(out) == len(blocks):
        return blocks
    return [b.model_copy(update={"order": n}) for n, b in enumerate(out)]


# Chinese section numbering of a heading (`一、` first level, `（一）` second, `第三章`): GB/T 9704 and every report
# that follows it number headings so; a heading is one short row without a sentence's punctuation.
_ZH_SECTION = re.compile(
    r"^\s*([（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|第.{1,3}[章节部分])\s*\S"
)
_ZH_CLAUSE = re.compile(r"[，。；：,;:]")


def chinese_headings(blocks: list[Block]) -> list[Block]:
    """Headings of Chinese reports read as text, and text read as a heading: a one-row text block led by a section
    number (`（一）表明误差控制`), short and with no clause punctuation, is a title; a one-row title that is a
    sentence (Chinese, ending with a colon or a full stop, with a comma or a full stop in it or longer than a
    heading's label: `验证分析相关。精度，规律图像的：`, the row that leads into a list) is text."""
    body = _body_height(blocks)
    out: list[Block] = []
    for b in blocks:
        lines = [ln for ln in b.lines if not ln.vertical]
        text = "".join(ln.text for ln in sorted(lines, key=lambda ln: ln.bbox[0])).strip()
        one_row = bool(lines) and len(_mid_rows(lines, body)) == 1 and len(_CJK.findall(text)) >= 2
        kind = str(b.type)
        if one_row and kind == "text" and _ZH_SECTION.match(text) and len(text) <= 30 and not _ZH_CLAUSE.search(text):
            b = b.model_copy(update={"type": "title"})
        elif one_row and kind == "title" and text[-1:] in "：:。" and (_ZH_CLAUSE.search(text[:-1]) or len(text) > 8):
            b = b.model_copy(update={"type": "text"})
        out.append(b)
    return out


_TICK = re.compile(r"^\s*[-−+]?\d+([.,]\d+)?\s*%?\s*$")


def charts_read_as_text(blocks: list[Block]) -> list[Block]:
    """A chart the detector boxed as text: a text block of four lines or more whose lines cover under a sixth of
    its box (tick labels and a legend strewn over a plot, where a paragraph's rows fill most of theirs), most of
    them a word or two and three or more bare numbers (the axis' ticks), is a figure."""
    out: list[Block] = []
    for b in blocks:
        lines = [ln for ln in b.lines if not ln.vertical]
        if str(b.type) == "text" and len(lines) >= 4:
            x0, y0, x1, y1 = b.bbox
            area = max((x1 - x0) * (y1 - y0), 1.0)
            fill = sum((ln.bbox[2] - ln.bbox[0]) * (ln.bbox[3] - ln.bbox[1]) for ln in lines) / area
            short = sum(len(ln.text.split()) <= 2 for ln in lines)
            ticks = sum(bool(_TICK.match(ln.text)) for ln in lines)
            if fill < 1 / 6 and short >= 0.75 * len(lines) and ticks >= 3:
                b = b.model_copy(update={"type": "figure"})
        out.append(b)
    return out


def heading_rows(blocks: list[Block]) -> list[Block]:
    """A heading read into the paragraph under it (a magazine's section heading, `AUTHOR CONTRIBUTIONS`): the first
    row or two of a text block, set at its left edge, with no stop or comma at the end, close over a paragraph of
    three rows or more whose first is capitalised, and either set in a type a third larger than it, or no smaller and
    ending short of its right edge (by 0.8 of a line height) where the paragraph fills its column (every row but its
    last ends at that edge: a justified paragraph breaks a row short only where it ends). Those rows are no part of
    it: they are a title block of their own (join_title_rows joins it to a heading row above); a running head
    further up is none."""
    body = _body_height(blocks)
    out: list[Block] = []
    changed = False
    for b in sorted(blocks, key=lambda b: b.order):
        lines = [ln for ln in b.lines if not ln.vertical]
        rows = _mid_rows(lines, body) if str(b.type) == "text" and len(lines) == len(b.lines) else []
        head = _heading_head(rows, body) if len(rows) >= 4 else 0
        if not head:
            out.append(b)
            continue
        top = [ln for r in rows[:head] for ln in r]
        rest = [ln for r in rows[head:] for ln in r]
        out.append(b.model_copy(update={"type": "title", "bbox": union_bbox([ln.bbox for ln in top]), "lines": top}))
        out.append(b.model_copy(update={"bbox": union_bbox([ln.bbox for ln in rest]), "lines": rest}))
        changed = True
    if not changed:
        return blocks
    return [b.model_copy(update={"order": n}) for n, b in enumerate(out)]


def _heading_head(rows: list[list[Line]], body: float) -> int:
    """How many rows at the top of a text block are a heading over a justified paragraph (heading_rows), else 0."""
    lefts = [min(ln.bbox[0] for ln in r) for r in rows]
    rights = [max(ln.bbox[2] for ln in r) for r in rows]
    texts = [" ".join(ln.text for ln in sorted(r, key=lambda ln: ln.bbox[0])).strip() for r in rows]
    heights = [float(np.median([ln.bbox[3] - ln.bbox[1] for ln in r])) for r in rows]
    # width per character: a heading's heavier, larger type is wider by more than its OCR boxes are taller
    widths = [sum(ln.bbox[2] - ln.bbox[0] for ln in r) / max(sum(len(ln.text) for ln in r), 1) for r in rows]
    for head in (1, 2):
        if len(rows) - head < 3:
            continue
        edge = max(rights[head:])
        # a justified paragraph under rows ending short, or rows set in a larger type (a third larger: more than
        # one font's OCR boxes differ; or a sixth larger and a third wider a character) over any paragraph
        tall = min(heights[:head]) / float(np.median(heights[head:]))
        wide = min(widths[:head]) / float(np.median(widths[head:]))
        larger = tall > 1.3 or (tall > 1.15 and wide > 1.3)
        justified = all(edge - rights[k] <= 0.5 * body for k in range(head, len(rows) - 1))
        short = all(edge - rights[k] >= 0.8 * body for k in range(head))
        if not (larger or (justified and short)) or any(abs(lefts[k] - lefts[head]) > 0.5 * body for k in range(head)):
            continue
        last, first = texts[head - 1], texts[head][:1]
        small = np.median(heights[:head]) < 0.85 * np.median(heights[head:])
        apart = min(ln.bbox[1] for ln in rows[head]) - max(ln.bbox[3] for ln in rows[head - 1]) > 0.8 * body
        if small or apart or not last or last[-1] in ".,;:!?。，；：！？-" or not first.isupper():
            continue
        if any(_lead_kind(t) or len(t.split()) > 8 for t in texts[:head]):
            continue  # an item, or a sentence
        return head
    return 0


def _wrapped(upper: Block, lower: Block, blocks: list[Block]) -> bool:
    """The first word of the lower block would not have fitted at the end of the upper one's last row, short of the
    right edge of the text of its column (the median right edge of the text blocks under or over it)."""
    width = upper.bbox[2] - upper.bbox[0]
    rights = [
        o.bbox[2] for o in blocks
        if str(o.type) == "text" and min(o.bbox[2], upper.bbox[2]) - max(o.bbox[0], upper.bbox[0]) > 0.5 * width
    ]  # fmt: skip
    text = " ".join(ln.text for ln in sorted(lower.lines, key=lambda ln: (ln.bbox[1], ln.bbox[0]))).strip()
    if not rights or not text or not upper.lines:
        return False
    last = max(upper.lines, key=lambda ln: ln.bbox[1])
    first = min(lower.lines, key=lambda ln: (ln.bbox[1], ln.bbox[0]))
    char_w = (first.bbox[2] - first.bbox[0]) / max(len(first.text.strip()), 1)
    return float(np.median(rights)) - last.bbox[2] < char_w * (len(text.split()[0]) + 1)


def join_title_rows(blocks: list[Block]) -> list[Block]:
    """A heading set on two rows or more and cut at its rows (a magazine's section heading): title blocks one right
    under the other (a gap under half a row), rows of one size (within a sixth, or a fifth where the lower row's
    first word would not have fitted on the upper one) starting at one left edge or centred on one axis, are one
    title."""
    seq = sorted(blocks, key=lambda b: b.order)
    out: list[Block] = []
    for b in seq:
        prev = out[-1] if out else None
        if prev is not None and str(b.type) == "title" and str(prev.type) == "title" and b.lines and prev.lines:
            h0 = float(np.median([ln.bbox[3] - ln.bbox[1] for ln in prev.lines]))
            h1 = float(np.median([ln.bbox[3] - ln.bbox[1] for ln in b.lines]))
            gap = b.bbox[1] - prev.bbox[3]
            left = abs(b.bbox[0] - prev.bbox[0]) < 0.5 * h0
            centred = abs((b.bbox[0] + b.bbox[2]) - (prev.bbox[0] + prev.bbox[2])) < h0
            # one size; OCR boxes of one font differ by up to a fifth with the letters in them (`Network` 19 px
            # under `Regression Analysis` 16 px), and so does a subheading under a heading (`Methods` over `Aim 1:
            # ...`): past a sixth, the rows are one heading only where the lower row's first word would not have
            # fitted on the upper one in its column (a heading wrapped)
            size = abs(h1 - h0) < h0 / 6 or (abs(h1 - h0) < max(h0, h1) / 5 and _wrapped(prev, b, blocks))
            if -0.3 * h0 < gap < 0.5 * h0 and size and (left or centred):
                out[-1] = prev.model_copy(
                    update={"bbox": union_bbox([prev.bbox, b.bbox]), "lines": [*prev.lines, *b.lines]}
                )
                continue
        out.append(b)
    if len(out) == len(blocks):
        return blocks
    return [b.model_copy(update={"order": n}) for n, b in enumerate(out)]


_EQ_NUMBER = re.compile(r"^\s*\(\d{1,3}(\.\d{1,3})?[a-z]?\)\s*$")
_FORMULA_SIGN = re.compile(r"[=≤≥≈∑Σ∫∏√]")


def _formula_row(text: str) -> bool:
    """A row of a display formula: a relation or a big operator, and at most one word of four letters or more, in
    lower case (`log`, `exp` and variables are short; a chart's label `Disease (n = 243)` is a name)."""
    words = re.findall(r"[A-Za-z]{4,}", text)
    return bool(_FORMULA_SIGN.search(text)) and len(words) <= 1 and not any(w[0].isupper() for w in words)


def equation_rows(blocks: list[Block]) -> list[Block]:
    """Display equations set one under the other, read as one block of formulas and one block of their numbers
    (`(4.1)` / `(4.2)` down the right margin): each equation is a region of its own, its number with it, as the
    assembly joins a lone equation and its number. A text block of two or more rows, every one a formula, is cut
    into its rows; the number on a row's right (in a block of nothing but equation numbers) joins that row. A
    one-row formula takes its number the same way (a chapter-numbered `(7.9)` the assembly leaves apart), when no
    other block sits between the two on that row (a number in the next column belongs to that column's formula)."""
    body = _body_height(blocks)
    seq = sorted(blocks, key=lambda b: b.order)
    textlike = ("text", "equation")
    rows_of = {id(b): _mid_rows([ln for ln in b.lines if not ln.vertical], body) for b in seq}
    formulas = [
        b for b in seq
        if str(b.type) in textlike and len(rows_of[id(b)]) >= 1 and len(rows_of[id(b)]) == len(b.lines)
        and all(_formula_row(ln.text) for ln in b.lines)
    ]  # fmt: skip
    if not formulas:
        return blocks
    numbers = [
        b for b in seq if str(b.type) in textlike and b.lines and all(_EQ_NUMBER.match(ln.text) for ln in b.lines)
    ]
    taken: dict[int, list[Line]] = {}  # id(formula line) -> the number lines joining it
    used: set[int] = set()
    for f in formulas:
        for ln in f.lines:
            mid = (ln.bbox[1] + ln.bbox[3]) / 2
            nums = [
                n for nb in numbers for n in nb.lines
                if id(n) not in used and n.bbox[0] > ln.bbox[2] and abs((n.bbox[1] + n.bbox[3]) / 2 - mid) < 0.5 * body
                and not any(o is not f and o is not nb and o.bbox[0] >= ln.bbox[2] and o.bbox[2] <= n.bbox[0]
                            and o.bbox[1] < mid < o.bbox[3] for o in seq)
            ]  # fmt: skip
            used |= {id(n) for n in nums}
            taken[id(ln)] = nums
    out: list[Block] = []
    split = {id(f) for f in formulas}
    for b in seq:
        if id(b) in split and (len(b.lines) >= 2 or taken[id(b.lines[0])]):  # a lone formula with no number stays
            for ln in sorted(b.lines, key=lambda ln: ln.bbox[1]):
                part = [ln, *taken[id(ln)]]
                out.append(b.model_copy(update={"bbox": union_bbox([x.bbox for x in part]), "lines": part}))
            continue
        rest = [ln for ln in b.lines if id(ln) not in used]
        if len(rest) == len(b.lines):
            out.append(b)
        elif rest:
            out.append(b.model_copy(update={"bbox": union_bbox([x.bbox for x in rest]), "lines": rest}))
    return [b.model_copy(update={"order": n}) for n, b in enumerate(out)]


# An affiliation names an institution; one row of a list of them is led by its number (a superscript read as `2 `
# or `²`) or an asterisk, or follows a row that ended short (the one before it is complete).
_INSTITUTION = re.compile(
    r"\b(Dep(artmen)?t\.?|Univ(ersity|ersidade|ersité|ersität|\.)|Institut\w*|School|College|Hospital|Laborator\w*|"
    r"Cent(er|re)|Faculty|Division|Clinic|Academy)\b"
)
_ENTRY_LEAD = re.compile(r"^\s*([0-9]{1,2}\s?|[¹²³⁴⁵⁶⁷⁸⁹⁰]+\s?|\*\s?)(?=[A-Z])")
_CONTACT = re.compile(r"^\s*\*?\s*(correspondence|e-?mail|received|address)\b", re.I)


def split_affiliations(blocks: list[Block]) -> list[Block]:
    """A journal's affiliations, one institution a row or two (`1 Department of Physics, ...` / `2 Institute of
    ...`), and the correspondence line under them, read as one text block: each is a region of its own. In a text
    block of two to ten rows whose first row names an institution, a row starts a new piece where it names one and
    is led by its number or an asterisk, or the row before it ended short (a wrapped affiliation's rows run to the
    block's edge); a correspondence / e-mail / received line starts one too. Two pieces or more, or nothing."""
    body = _body_height(blocks)
    out: list[Block] = []
    changed = False
    for b in sorted(blocks, key=lambda b: b.order):
        lines = [ln for ln in b.lines if not ln.vertical]
        rows = _mid_rows(lines, body) if str(b.type) == "text" and len(lines) == len(b.lines) else []
        rows = [sorted(r, key=lambda ln: ln.bbox[0]) for r in rows]
        texts = [" ".join(ln.text for ln in r).strip() for r in rows]
        starts = [0]
        if 2 <= len(rows) <= 10 and _INSTITUTION.search(texts[0]):
            for k in range(1, len(rows)):
                short = max(ln.bbox[2] for ln in rows[k - 1]) < b.bbox[2] - 3 * body
                named = bool(_INSTITUTION.search(texts[k])) and bool(
                    texts[k][:1].isupper() or _ENTRY_LEAD.match(texts[k])
                )
                if _CONTACT.match(texts[k]) or (named and (short or _ENTRY_LEAD.match(texts[k]))):
                    starts.append(k)
        if len(starts) < 2:
            out.append(b)
            continue
        changed = True
        for s, e in zip(starts, [*starts[1:], len(rows)], strict=True):
            part = [ln for r in rows[s:e] for ln in r]
            out.append(b.model_copy(update={"bbox": union_bbox([ln.bbox for ln in part]), "lines": part}))
    if not changed:
        return blocks
    return [b.model_copy(update={"order": n}) for n, b in enumerate(out)]
