"""Text blocks into paragraphs, and each paragraph typed text, list or title; list items boxed apart joined."""

from __future__ import annotations

import itertools
import re

from ..config import LayoutSettings
from ..document import BBox, Line, union_bbox
from .cues import _SECTION, _bibliographic, _byline, _heading_text, _is_marker, marker_kind
from .rows import _Blk, _differ, _median, _Row, _rows, _x_overlap


def _split_paragraphs(rows: list[_Row]) -> list[list[_Row]]:
    """Paragraph starts: first-line indent, a larger gap, the previous line ending short (justified text),
    a change of text height, or a row back at the margin among hanging indents."""
    if len(rows) < 2:
        return [rows]
    h = _median([r.h for r in rows], 10.0)
    left = min(r.bbox[0] for r in rows)
    right = max(r.bbox[2] for r in rows)
    gaps = [max(0.0, b.bbox[1] - a.bbox[3]) for a, b in itertools.pairwise(rows)]
    normal_gap = _median(gaps, 0.0)
    centred = _centred(rows, h)
    full = [r.bbox[2] >= right - 1.0 * h for r in rows[:-1]]
    justified = sum(full) >= 0.6 * len(full) and len(rows) >= 3
    # Hanging indents (reference entries, list items): the block starts at the margin (rows far off it, like a page
    # number taken in, aside) and many rows are set in; every row back at the margin starts an entry.
    set_in = [0.8 * h < r.bbox[0] - left < 5.0 * h for r in rows]
    starts = [r.bbox[0] - left < 0.5 * h for r, s in zip(rows, set_in, strict=True) if s or r.bbox[0] - left < 0.5 * h]
    hanging = len(rows) >= 3 and bool(starts) and starts[0] and sum(set_in) >= 0.4 * len(rows)
    pieces: list[list[_Row]] = [[rows[0]]]
    for i in range(1, len(rows)):
        prev, cur = rows[i - 1], rows[i]
        nxt = rows[i + 1] if i + 1 < len(rows) else None
        # A row set in at both ends like the row beside it (a block quotation inside a box of full rows) is a row
        # of that text: it does not end short against the box's right edge
        pprev = rows[i - 2] if i >= 2 else None
        same_set_in = prev.bbox[0] - left > 0.8 * h and any(
            o is not None and abs(prev.bbox[0] - o.bbox[0]) < 0.5 * h and abs(prev.bbox[2] - o.bbox[2]) < 0.5 * h
            for o in (cur, pprev)
        )
        prev_ends_short = prev.bbox[2] < right - 1.5 * h and not same_set_in
        indent = cur.bbox[0] - left > 0.8 * h and prev.bbox[0] - left < 0.5 * h and not _is_marker(prev.text)
        # A first-line indent comes back to the margin on the next line (a hanging indent stays in).
        first_line_indent = (
            indent and not hanging and (nxt.bbox[0] - left < 0.5 * h if nxt is not None else prev_ends_short)
        )
        gap = gaps[i - 1] > normal_gap + 0.6 * h
        short_prev = (justified and prev_ends_short) or prev.bbox[2] < left + 0.6 * (right - left)
        # A change of text height between two steady runs (one odd box is a detection artefact).
        pprev = rows[i - 2] if i >= 2 else None
        size_change = (
            _differ(cur.h, prev.h)
            and (nxt is None or not _differ(nxt.h, cur.h))
            and (pprev is None or not _differ(pprev.h, prev.h))
        )
        # ... or a marker row whose next row hangs set in under it: an item starts there, also after a full row
        # (a paragraph ending in `... as follows:` boxed with the list under it)
        hangs = nxt is not None and 0.5 * h < nxt.bbox[0] - cur.bbox[0] < 4.0 * h
        new_item = _is_marker(cur.text) and (prev_ends_short or cur.bbox[0] > prev.bbox[0] + 0.8 * h or hangs)
        # ... next to set-in rows: a paragraph the detector boxed with a hanging list keeps its rows together
        entry = hanging and cur.bbox[0] - left < 0.5 * h and (set_in[i - 1] or (nxt is not None and set_in[i + 1]))
        if centred:  # rows set centred (an author's name, department, address): only gaps and sizes split them
            first_line_indent = short_prev = new_item = entry = False
        if first_line_indent or gap or short_prev or size_change or new_item or entry:
            pieces.append([cur])
        else:
            pieces[-1].append(cur)
    return pieces


def _centred(rows: list[_Row], h: float) -> bool:
    """Three or more rows centred on one axis, of clearly different widths (not justified text: a centred heading
    over a paragraph's full rows is no centred block)."""
    if len(rows) < 3:
        return False
    mids = [(r.bbox[0] + r.bbox[2]) / 2 for r in rows]
    lefts = [r.bbox[0] for r in rows]
    widest = max(r.bbox[2] - r.bbox[0] for r in rows)
    full = sum(r.bbox[2] - r.bbox[0] >= 0.9 * widest for r in rows)
    return max(mids) - min(mids) < 1.0 * h and max(lefts) - min(lefts) > 2.0 * h and full < len(rows) - 1


def _column_span(bbox: BBox, all_lines: list[Line], own_column: bool = False) -> tuple[float, float]:
    """Left and right margins of the column `bbox` sits in, from the lines sharing its x-span (robust to a few
    odd starts and ends). `own_column`: leave out lines that run across the block's left edge by half its width
    on both sides (a full-width abstract or caption over a column: their left end is the other column's)."""
    near = [ln.bbox for ln in all_lines if _x_overlap(ln.bbox, bbox) > 0.5 and ln.bbox[2] - ln.bbox[0] > 0]
    if own_column:
        half = 0.5 * (bbox[2] - bbox[0])
        near = [b for b in near if not (b[0] < bbox[0] - half and b[2] > bbox[0] + half)]
        # ... and lines much narrower than the block: a box across the page (an abstract over a sidebar and the
        # body columns) is set in from no column of such lines; a list is set in from a column as wide as it
        near = [b for b in near if b[2] - b[0] >= 0.5 * (bbox[2] - bbox[0])]
    if not near:
        return bbox[0], bbox[2]
    xs0 = sorted(b[0] for b in near)
    xs1 = sorted(b[2] for b in near)
    return xs0[len(xs0) // 10], xs1[-1 - len(xs1) // 10]


def _item_kinds(blk: _Blk) -> list[tuple[str, int]]:
    """The markers that start rows of a block, top to bottom."""
    kinds = [marker_kind(r.text) for r in _rows(blk.lines)]
    return [k for k in kinds if k is not None]


def _join_list_runs(blocks: list[_Blk], body_h: float) -> list[_Blk]:
    """Items of one list that the detector boxed apart (or whose one-row item reads as text or a heading) are one
    list: a block under a list in the same column, starting at the list's left edge with a marker of the same kind
    (a bullet alike, or the next number of the enumeration), joins it; so does a one-row marker-led block followed
    by such a list item. The text size must match (a numbered heading under a numbered list stays apart)."""
    cands = sorted((b for b in blocks if b.type in {"text", "list", "title"} and b.lines), key=lambda b: b.bbox[1])
    gone: set[int] = set()
    for i, a in enumerate(cands):
        if id(a) in gone:
            continue
        for b in cands[i + 1 :]:
            if id(b) in gone or b.bbox[1] - a.bbox[3] > 1.5 * body_h:
                continue
            if b.bbox[1] < a.bbox[3] - 0.5 * body_h or abs(b.bbox[0] - a.bbox[0]) > 1.0 * body_h:
                continue
            if _x_overlap(a.bbox, b.bbox) < 0.6:
                continue
            ka, kb = _item_kinds(a), _item_kinds(b)
            first_b = marker_kind(_rows(b.lines)[0].text)
            if not ka or first_b is None or ka[-1][0] != first_b[0]:
                break
            if first_b[1] and first_b[1] != ka[-1][1] + 1:
                break
            ha = _median([ln.bbox[3] - ln.bbox[1] for ln in a.lines], body_h)
            hb = _median([ln.bbox[3] - ln.bbox[1] for ln in b.lines], body_h)
            if _differ(ha, hb):
                break
            if a.type != "list" and b.type != "list":
                break  # two lone marker rows: numbered headings or paragraphs, not evidence of a list
            if a.type != "list" and len(_rows(a.lines)) > 1:
                break
            if b.type != "list" and (len(_rows(b.lines)) > 2 or len(kb) != 1):
                break
            between = any(
                o is not a and o is not b and o.bbox[1] >= a.bbox[3] - 1 and o.bbox[3] <= b.bbox[1] + 1
                and _x_overlap(o.bbox, b.bbox) > 0
                for o in blocks
            )  # fmt: skip
            if between:
                break
            a.type = "list"
            a.lines = a.lines + b.lines
            a.bbox = union_bbox([a.bbox, b.bbox])
            a.score = max(a.score or 0.0, b.score or 0.0)
            gone.add(id(b))
    return [b for b in blocks if id(b) not in gone]


def _classify_piece(rows: list[_Row], all_lines: list[Line], col_right: float, body_h: float) -> str:
    """text | list | title for one paragraph piece of a text block."""
    h = _median([r.h for r in rows], body_h)
    first = rows[0].text.strip()
    box = union_bbox([r.bbox for r in rows])
    col_left, col_end = _column_span(box, all_lines)
    if len(rows) >= 2:
        col_left = _column_span(box, all_lines, own_column=True)[0]
    col_right = max(col_right, col_end)
    hanging = len(rows) >= 2 and all(r.bbox[0] >= rows[0].bbox[0] + 0.5 * h for r in rows[1:])
    indented = sum(r.bbox[0] >= col_left + 0.7 * h for r in rows) >= 0.8 * len(rows)
    if _centred(rows, h):
        return "text"  # centred rows are set in from both sides: an address or author block (`A. Name`), no list
    if len(rows) >= 2 and _is_marker(first) and (hanging or indented):
        return "list"
    if len(rows) <= 2 and _title_like(rows, col_right, body_h):
        return "title"
    if len(rows) >= 2:
        # Indented from the column's left margin but running to its right one: list items, not a quotation
        # or an abstract set in on both sides.
        reaches_right = max(r.bbox[2] for r in rows) >= col_end - 1.0 * h
        # ... by a list's indent, a few ems (an epigraph or a pull quote is set in by a third of the column)
        near_margin = min(r.bbox[0] for r in rows) < col_left + 4.0 * h
        if indented and reaches_right and near_margin and all(r.bbox[0] >= col_left + 0.7 * h for r in rows[1:]):
            return "list"
        return "text"
    if _is_marker(first) and not _SECTION.match(first):
        return "list"
    return "text"


# A caption's label: `Figure 3`, `Fig. 2`, `Table 4`, `TABLE IV` (roman numerals in engineering papers).
_CAPTION = re.compile(r"^(fig(ure)?|table|tab)\.?\s*(\d|[IVX]+\b)", re.IGNORECASE)


def _title_like(rows: list[_Row], col_right: float, body_h: float) -> bool:
    """One or two short rows that do not read as a sentence or a caption."""
    text = " ".join(r.text for r in rows).strip()
    h = _median([r.h for r in rows], body_h)
    words = text.split()
    short = rows[-1].bbox[2] < col_right - 2.0 * h
    sentence_end = text.endswith((".", ",", ";", "。", "，", "；")) and not (len(rows) == 1 and _SECTION.match(text))
    caption = _CAPTION.match(text) is not None
    return (
        (short or h >= 1.3 * body_h)
        and not sentence_end
        and text.count(",") + text.count("，") < 2  # author lists, affiliations, keywords
        and not _byline(text)
        and not caption
        and 1 <= len(words) <= 8 + 8 * (len(rows) - 1)
        and text[:1].isalnum()
        and not text[:1].islower()
        and _heading_text(text)
        and (h >= 1.15 * body_h or not text.endswith(":"))
    )


def _run_on_entry(piece: list[_Row], nxt: list[_Row], region: str, rest: bool = False) -> bool:
    """Set-in rows without a marker over reference entries with hanging indents, at the entries' indent: the end
    of an entry run on from the column or page before, not a list item. With `rest`, `nxt` is the piece above:
    an entry's first row (or rows) cut from the rest of it."""
    h = _median([r.h for r in piece + nxt], 10.0)
    left = min(r.bbox[0] for r in piece)
    hang = (len(nxt) >= 2 or rest) and all(abs(r.bbox[0] - left) < 0.5 * h for r in nxt[1:])
    if rest:  # an entry's first row: numbered (`29.`, `[29]`) or a citation (not a paragraph's last row)
        hang = hang and (_is_marker(nxt[0].text) or nxt[0].text.lstrip().startswith("[") or _bibliographic(nxt))
    return (
        not _is_marker(piece[0].text)
        and hang
        and left - nxt[0].bbox[0] > 0.5 * h
        and (region == "reference" or _bibliographic(nxt))
    )


def _text_pieces(blk: _Blk, all_lines: list[Line], cfg: LayoutSettings, body_h: float) -> list[_Blk]:
    rows = _rows(blk.lines)
    pieces = _split_paragraphs(rows) if cfg.split_paragraphs else [rows]
    col_right = max(r.bbox[2] for r in rows)
    out: list[_Blk] = []
    for n, piece in enumerate(pieces):
        kind = "text"
        if cfg.detect_lists or cfg.detect_titles:
            kind = _classify_piece(piece, all_lines, col_right, body_h)
            if kind == "list" and _bibliographic(piece):
                kind = "text"  # numbered references are a bibliography, not a list
            # ... the first piece in its column (a page number beside it may come first)
            box = union_bbox([r.bbox for r in piece])
            top = not any(_x_overlap(box, union_bbox([r.bbox for r in p])) > 0.3 for p in pieces[:n])
            if kind == "list" and top and n + 1 < len(pieces) and _run_on_entry(piece, pieces[n + 1], blk.type):
                kind = "text"
            # ... and under an entry's first row cut off above it: the rest of that entry
            if (
                kind == "list"
                and n > 0
                and out
                and out[-1].type != "list"
                and _run_on_entry(piece, pieces[n - 1], blk.type, rest=True)
            ):
                out[-1].lines = out[-1].lines + [ln for r in piece for ln in r.lines]
                out[-1].bbox = union_bbox([out[-1].bbox, box])
                continue
            if (kind == "list" and not cfg.detect_lists) or (kind == "title" and not cfg.detect_titles):
                kind = "text"
        if blk.type != "text" and kind != "list":
            kind = blk.type  # references stay references unless they are an enumeration, not a bibliography
        lines = [ln for r in piece for ln in r.lines]
        out.append(_Blk(kind, union_bbox([ln.bbox for ln in lines]), blk.score, lines, blk.region, blk.origin))
    return _merge_list_items(out, body_h)


def _merge_list_items(pieces: list[_Blk], body_h: float) -> list[_Blk]:
    """Neighbouring list pieces of one block are the items of one list. A lone one-line "list" is text."""
    out: list[_Blk] = []
    for p in pieces:
        if out and p.type == "list" and out[-1].type == "list" and p.bbox[1] - out[-1].bbox[3] < 1.5 * body_h:
            last = out[-1]
            last.lines = last.lines + p.lines
            last.bbox = union_bbox([last.bbox, p.bbox])
            continue
        out.append(p)
    for p in out:
        if p.type == "list" and len(_rows(p.lines)) == 1:
            p.type = "text"
    return out
