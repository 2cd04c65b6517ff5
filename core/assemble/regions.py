"""Lines into blocks: detector regions cleaned and re-typed by their lines, OCR lines cut at a narrow gutter and
assigned to regions, prose taken out of figure boxes, loose lines joined, text blocks cut into columns and joined
into streams."""

from __future__ import annotations

import itertools
import re
import statistics

from ..config import LayoutSettings
from ..document import BBox, Line, Region, union_bbox
from ..geometry import iou
from .cues import _byline, _heading_text
from .order import _has_v_cut
from .rows import (
    CONTAINER_TYPES,
    TEXT_TYPES,
    _area,
    _Blk,
    _inter,
    _median,
    _prose_rows,
    _rows,
    _tabular,
    _wordy,
    _x_overlap,
)
from .tables import _figure_run, _grid_of_text

# Text-like regions the detector also boxes over a table: a table's numbered rows read as references or a list
# (`1 Site visit ... 6 $183.85`); where the two boxes cover the same area, the lines decide.
_GRID_OR_TEXT = {"text", "reference", "list"}


def _one_table(a: BBox, b: BBox) -> bool:
    """Two table boxes of one table: stacked, overlapping in height (not just touching), each over the other's
    columns (their widths overlap by nine tenths of the wider). The detector boxed one table in two pieces (the
    heading row alone over the body, or the body cut in two boxes that share rows): the lines they share went to one
    box or the other, and the header row or the middle items were read as a table of their own."""
    dy = min(a[3], b[3]) - max(a[1], b[1])
    dx = min(a[2], b[2]) - max(a[0], b[0])
    return dy > 0 and dx >= 0.9 * max(a[2] - a[0], b[2] - b[0]) and iou(a, b) <= 0.6


def _clean_regions(regions: list[Region], lines: list[Line], min_share: float) -> list[Region]:
    """Drop cross-class duplicates and text-like boxes lying inside a figure/table (their lines join it).

    When a table box and a text box cover the same area, the lines decide: a grid of cells is a table.
    """
    kept: list[Region] = []
    for r in sorted(regions, key=lambda r: -r.score):
        if _area(r.bbox) <= 0:
            continue
        drop = False
        for j, k in enumerate(kept):
            if r.type == k.type == "table" and _one_table(r.bbox, k.bbox):
                kept[j] = k.model_copy(update={"bbox": union_bbox([k.bbox, r.bbox])})
                drop = True
            elif iou(r.bbox, k.bbox) > 0.6:
                inside = [ln for ln in lines if _inter(ln.bbox, r.bbox) >= min_share * _area(ln.bbox)]
                pair = {r.type, k.type}
                other = next(iter(pair - {"table"}), "") if "table" in pair else ""
                if other in _GRID_OR_TEXT:
                    want = "table" if _tabular(inside) else other
                    if r.type == want:
                        kept[j] = r
                elif k.type == "figure" and r.type in TEXT_TYPES and _prose_rows(inside, k.bbox):
                    kept[j] = r  # a caption the detector also boxed as a figure: rows of words are text
                drop = True
            elif (
                r.type in TEXT_TYPES
                and k.type in CONTAINER_TYPES
                and _inter(r.bbox, k.bbox) > 0.7 * _area(r.bbox)
                and r.type not in {"figure_caption", "table_caption"}
            ):
                drop = True
            if drop:
                break
        if not drop:
            kept.append(r)
    return kept


def _prose_columns(lines: list[Line], body_h: float, depth: int = 0) -> bool:
    """Lines that are one to three columns of running text side by side (cut at white gaps through all of them):
    each column rows of words as wide as the column. A table's columns are cells of a few words or figures."""
    cut = _has_v_cut([ln.bbox for ln in lines], 0.5 * body_h) if depth < 2 else None
    if cut is None:
        return not _tabular(lines) and _prose_rows(lines, union_bbox([ln.bbox for ln in lines]))
    left = [ln for ln in lines if (ln.bbox[0] + ln.bbox[2]) / 2 < cut]
    right = [ln for ln in lines if (ln.bbox[0] + ln.bbox[2]) / 2 >= cut]
    return all(len(side) >= 3 and _prose_columns(side, body_h, depth + 1) for side in (left, right))


def _text_column(lines: list[Line], box: BBox, body_h: float) -> bool:
    """A box that holds nothing but a column of text: four or more rows of words set close, most starting at one left
    edge, no white band (3+ line heights) between them, filling the box's height and most of its width. A chart's labels
    are numbers or scattered, a diagram's are centred in its shapes, a photo's few."""
    rows = _rows(lines)
    if len(rows) < 4 or any(ln.vertical for ln in lines) or not _wordy(" ".join(r.text for r in rows)):
        return False
    h = _median([r.h for r in rows], body_h)
    left = min(r.bbox[0] for r in rows)
    aligned = sum(r.bbox[0] - left < 1.5 * h for r in rows)
    gaps = [b.bbox[1] - a.bbox[3] for a, b in itertools.pairwise(rows)]
    top, bottom = rows[0].bbox[1], rows[-1].bbox[3]
    width = max(r.bbox[2] for r in rows) - left
    return (
        aligned >= 0.7 * len(rows)
        and max(gaps) < 3.0 * h
        and _median(gaps, 0.0) < 0.8 * h  # rows set close, as text is (a diagram's labels sit apart)
        and sum(_wordy(r.text) for r in rows) >= 0.8 * len(rows)  # not a chart's numbers
        and bottom - top >= 0.8 * (box[3] - box[1])
        and width >= 0.6 * (box[2] - box[0])
        and not _tabular(lines)
    )


# A chart's tick value or panel letter (`20`, `0.8`, `5-`, `B`) and an amount as an invoice prints it (`12.50`).
_TICK = re.compile(r"^[-+−–]?(\d{1,3}([.,]\d)?|[A-Za-z])[-–]?$")
_AMOUNT = re.compile(r"\d[.,]\d\d(?!\d)")


def _chart_labels(lines: list[Line]) -> bool:
    """Labels of a chart, not cells of a table: a quarter or more of the pieces are tick values or panel letters
    and hardly any is an amount (an item table's prices and totals carry two decimals). Side-by-side panels line
    their ticks up in rows and columns, which reads as a grid."""
    texts = [ln.text.replace(" ", "") for ln in lines]
    n = max(len(texts), 1)
    ticks = sum(bool(_TICK.match(t)) for t in texts)
    amounts = sum(bool(_AMOUNT.search(t)) for t in texts)
    return ticks >= 0.25 * n and amounts < 0.1 * n


def _retype(region: Region, lines: list[Line], page_size: tuple[int, int] | None, body_h: float = 10.0) -> str:
    """Second opinions from the text: a "figure" densely filled with rows of cells, or holding a header over
    columns of figures, is a table (invoices, bills; an item table on grey stripes); a "header"/"footer" far from
    the page margins is ordinary text (a heading, a closing line)."""
    kind = region.type
    prose = len(lines) >= 6 and _prose_columns(lines, body_h)
    chart = kind == "figure" and _chart_labels(lines)  # a multi-panel chart's aligned ticks are no table
    vertical = any(ln.vertical for ln in lines)
    if kind == "figure" and not chart and len(lines) >= 8 and _tabular(lines) and not prose and not vertical:
        cover = sum(_area(ln.bbox) for ln in lines) / max(_area(region.bbox), 1e-6)
        rows = _rows(lines)
        if cover >= 0.15 or any(_figure_run(rows, i, body_h) for i in range(len(rows) - 2)):
            return "table"
    if kind == "figure" and not chart and not prose and _grid_of_text(lines, region.bbox):
        return "table"  # a ruled frame with a header row over rows of figures (cells far apart, little ink)
    if kind == "table" and prose:
        return "text"  # rows of running text the detector boxed as a table (a column or two of a dense page)
    if kind == "figure" and _text_column(lines, region.bbox, body_h):
        return "text"  # a sidebar or box of short text rows the detector took for a picture
    if kind == "title" and lines and not _heading_text(" ".join(ln.text for ln in lines)):
        return "text"  # a number, a `key：value` or a lone character the detector boxed like a heading
    text = " ".join(ln.text for ln in lines)
    if kind == "title" and (text.count(",") + text.count("，") >= 3 or _byline(text)):
        return "text"  # an author list or affiliations boxed like a heading (a title rarely has three commas)
    if kind in {"header", "footer"} and page_size is not None:
        cy = (region.bbox[1] + region.bbox[3]) / 2 / max(page_size[1], 1)
        if (kind == "header" and cy > 0.15) or (kind == "footer" and cy < 0.85):
            return "text"
    return kind


def _split_across_gutters(lines: list[Line], body_h: float) -> list[Line]:
    """An OCR line that runs across a narrow gutter (two columns' rows read as one line) is cut at the word gap
    that lines up with the gutter: where other lines nearby end just left of it and others start just right of
    it. Cut at word gaps only (never inside a word)."""
    # Only rows of running text mark a gutter (a table's cells line up in columns too): lines 10+ heights wide.
    wide = [ln for ln in lines if ln.bbox[2] - ln.bbox[0] >= 10 * max(ln.bbox[3] - ln.bbox[1], 1.0)]
    ends = [(ln.bbox[2], (ln.bbox[1] + ln.bbox[3]) / 2) for ln in wide]
    starts = [(ln.bbox[0], (ln.bbox[1] + ln.bbox[3]) / 2) for ln in wide]
    out: list[Line] = []
    for ln in lines:
        words = ln.words
        h = ln.bbox[3] - ln.bbox[1]
        if len(words) < 2 or ln.vertical:
            out.append(ln)
            continue
        cy = (ln.bbox[1] + ln.bbox[3]) / 2
        near = 10 * max(h, body_h)
        cuts: list[int] = []
        edges: dict[int, tuple[float, float]] = {}  # cut -> (the column's right edge, the next one's left edge)
        for k in range(1, len(words)):
            a, b = words[k - 1].bbox[2], words[k].bbox[0]
            e = [x for x, y in ends if abs(x - a) < 1.0 * h and 0 < abs(y - cy) < near]
            st = [x for x, y in starts if abs(x - b) < 1.0 * h and 0 < abs(y - cy) < near]
            if len(e) >= 3 and len(st) >= 3 and statistics.median(e) < statistics.median(st):
                cuts.append(k)
                # word boxes are estimated from character counts: the columns' own edges are surer
                edges[k] = (min(a, statistics.median(e)), max(b, statistics.median(st)))
        # each piece two words or more: a lone word at a gutter is as likely a word gap that happens to line up
        bounds = [0, *cuts, len(words)]
        if not cuts or any(j - i < 2 for i, j in itertools.pairwise(bounds)):
            out.append(ln)
            continue
        for i, j in itertools.pairwise(bounds):
            part = words[i:j]
            x0 = edges[i][1] if i in edges else part[0].bbox[0]
            x1 = edges[j][0] if j in edges else part[-1].bbox[2]
            box = (x0, ln.bbox[1], x1, ln.bbox[3])
            poly = [(x0, ln.bbox[1]), (x1, ln.bbox[1]), (x1, ln.bbox[3]), (x0, ln.bbox[3])]
            text = " ".join(w.text for w in part)
            out.append(Line(text=text, bbox=box, polygon=poly, score=ln.score, words=list(part)))
    return out


def _assign(lines: list[Line], regions: list[Region], min_share: float) -> tuple[list[list[Line]], list[Line]]:
    groups: list[list[Line]] = [[] for _ in regions]
    orphans: list[Line] = []
    for ln in lines:
        la = max(_area(ln.bbox), 1e-6)
        best, best_key = -1, (0.0, 0.0)
        for i, r in enumerate(regions):
            share = _inter(ln.bbox, r.bbox) / la
            if share < min_share:
                continue
            # Most of the line first; between near-equal covers, the smaller (more specific) region.
            key = (round(share, 1), -_area(r.bbox))
            if best < 0 or key > best_key:
                best, best_key = i, key
        if best < 0:
            orphans.append(ln)
        else:
            groups[best].append(ln)
    return groups, orphans


def _prose_out_of_figures(blocks: list[_Blk], body_h: float, lines: list[Line]) -> list[Line]:
    """Rows of running text inside a figure box (a detector box over a figure and the columns beside it, or over a
    whole page) are not the figure's: when six or more rows of 4+ words (mostly letters, 8+ line heights wide) are
    in it, they leave it; a figure's labels and legends are short. When the page's text lines then cover most of
    the box, no figure is left in it (a box over a page of columns and boxed sidebars): the box is dropped from
    `blocks` and all its lines leave. -> the freed lines."""
    freed: list[Line] = []
    for b in list(blocks):
        if b.type != "figure" or len(b.lines) < 4:
            continue
        rows = [
            r
            for r in _rows(b.lines)
            if len(r.text.split()) >= 4 and _wordy(r.text) and r.bbox[2] - r.bbox[0] >= 8 * body_h
        ]
        if len(rows) < 6:
            continue
        out = {id(ln) for r in rows for ln in r.lines}
        if _text_cover(b.bbox, lines, body_h) > 0.5:
            out = {id(ln) for ln in b.lines}
            blocks.remove(b)
        freed += [ln for ln in b.lines if id(ln) in out]
        b.lines = [ln for ln in b.lines if id(ln) not in out]
    return freed


def _text_cover(box: BBox, lines: list[Line], body_h: float, step: float = 2.0) -> float:
    """Share of `box` under text: the lines centred in it, each grown by half a line height above and below (so a
    paragraph's rows close up into one area). Columns of text fill most of their box; a figure's labels do not."""
    inside = [
        ln.bbox
        for ln in lines
        if box[0] <= (ln.bbox[0] + ln.bbox[2]) / 2 <= box[2] and box[1] <= (ln.bbox[1] + ln.bbox[3]) / 2 <= box[3]
    ]
    width, covered, n = max(box[2] - box[0], 1e-6), 0.0, 0
    y = box[1] + step / 2
    while y < box[3]:
        spans = sorted(
            (max(a, box[0]), min(c, box[2])) for a, b, c, d in inside if b - 0.5 * body_h <= y <= d + 0.5 * body_h
        )
        end = box[0]
        for a, c in spans:  # length of the union of the row's spans
            covered += max(0.0, c - max(a, end))
            end = max(end, c)
        n += 1
        y += step
    return covered / (width * max(n, 1))


def _join_orphans(
    blocks: list[_Blk], orphans: list[Line], cfg: LayoutSettings, body_h: float, free: set[int] | None = None
) -> list[_Blk]:
    """Lines outside every region: into the nearest text block when close and in its column, else new blocks.
    `free`: ids of lines taken out of a figure as prose (they never go back to a figure)."""
    loose: list[Line] = []
    containers = [b for b in blocks if b.type in CONTAINER_TYPES]
    for ln in orphans:
        h = max(ln.bbox[3] - ln.bbox[1], 1.0)
        # A label sticking out of a figure (or a cell out of a table) belongs to it.
        touching = [(_inter(ln.bbox, c.bbox), c) for c in containers if _inter(ln.bbox, c.bbox) > 0.2 * _area(ln.bbox)]
        if free and id(ln) in free:
            touching = []
        if touching:
            c = max(touching, key=lambda t: t[0])[1]
            c.lines.append(ln)
            c.bbox = union_bbox([c.bbox, ln.bbox])
            continue
        best, best_d = None, cfg.join_distance * h
        for b in blocks:
            if b.type not in TEXT_TYPES or b.type in {"header", "footer"}:
                continue
            if _x_overlap(ln.bbox, b.bbox) < 0.5:
                continue
            if b.lines and h > 1.3 * _median([o.bbox[3] - o.bbox[1] for o in b.lines], h):
                continue  # set larger than the block's text: a heading the detector missed, not its next line
            d = max(b.bbox[1] - ln.bbox[3], ln.bbox[1] - b.bbox[3], 0.0)
            if d <= best_d:
                best, best_d = b, d
        if best is None:
            loose.append(ln)
        else:
            best.lines.append(ln)
            best.bbox = union_bbox([best.bbox, ln.bbox])
    # Group the rest: a line continues a group directly above it in the same column.
    groups: list[_Blk] = []
    for ln in sorted(loose, key=lambda ln: (ln.bbox[1], ln.bbox[0])):
        h = max(ln.bbox[3] - ln.bbox[1], 1.0)
        target = None
        for g in groups:
            gap = ln.bbox[1] - g.bbox[3]
            g_h = _median([o.bbox[3] - o.bbox[1] for o in g.lines], h)
            if max(h, g_h) > 1.3 * min(h, g_h):
                continue  # a heading and the text under it (or a page number beside it) are two blocks
            if -0.5 * h <= gap <= 1.0 * max(h, body_h) and _x_overlap(ln.bbox, g.bbox) > 0.3:
                target = g
        if target is None:
            groups.append(_Blk("text", ln.bbox, 0.0, [ln], region=False))
        else:
            target.lines.append(ln)
            target.bbox = union_bbox([target.bbox, ln.bbox])
    for g in groups:
        # Not seen by the detector: ranked below detected blocks, by how well its text was read.
        g.score = round(0.5 * sum(ln.score for ln in g.lines) / len(g.lines), 4)
    return blocks + groups


def _prose_side(lines: list[Line]) -> bool:
    """Lines that read as running text or a block of words: 3+ rows (two rows can share a word gap by chance),
    2.5+ words a row, mostly letters (not a column of keys or amounts beside their values)."""
    rows = _rows(lines)
    words = sum(len(r.text.split()) for r in rows)
    return len(rows) >= 3 and words >= 2.5 * len(rows) and _wordy(" ".join(r.text for r in rows))


def _split_columns(blk: _Blk, body_h: float) -> list[_Blk]:
    """A text block whose lines fall into side-by-side groups with a white gap through all of them (two columns
    a detector box spans, author cells in a row) is one block per group, when each group reads as prose: key and
    value columns stay together (their rows are read across)."""
    if len(blk.lines) < 4 or any(ln.vertical for ln in blk.lines):
        return [blk]
    cut = _has_v_cut([ln.bbox for ln in blk.lines], 0.5 * body_h)
    if cut is None:
        return [blk]
    left = [ln for ln in blk.lines if (ln.bbox[0] + ln.bbox[2]) / 2 < cut]
    right = [ln for ln in blk.lines if (ln.bbox[0] + ln.bbox[2]) / 2 >= cut]
    if not (_prose_side(left) and _prose_side(right)):
        return [blk]
    out = []
    for part in (left, right):
        sub = _Blk(blk.type, union_bbox([ln.bbox for ln in part]), blk.score, part, blk.region, blk.origin)
        out.extend(_split_columns(sub, body_h))
    return out


def _merge_streams(blocks: list[_Blk], body_h: float) -> list[_Blk]:
    """Text boxes that touch one above the other in one column are one stream of text: they are joined here and
    split again at paragraph starts, so a paragraph cut in two by the detector, or two paragraphs in one box,
    both come out right."""
    texts = sorted((b for b in blocks if b.type == "text"), key=lambda b: b.bbox[1])
    others = [b for b in blocks if b.type != "text"]
    merged: list[_Blk] = []
    for b in texts:
        for m in merged:
            gap = b.bbox[1] - m.bbox[3]
            same_column = _x_overlap(b.bbox, m.bbox) > 0.8 and abs(b.bbox[2] - m.bbox[2]) < 3 * body_h
            # The detector's cut stands where a sentence ended and the next box starts like a new one.
            last = max(m.lines, key=lambda ln: ln.bbox[3]).text.rstrip()
            first = min(b.lines, key=lambda ln: ln.bbox[1]).text.lstrip()
            continues = not last.endswith((".", "!", "?", ":")) or first[:1].islower()
            if -0.5 * body_h <= gap <= 0.6 * body_h and same_column and continues:
                blocked = any(
                    o.bbox[1] >= m.bbox[3] - 1 and o.bbox[3] <= b.bbox[1] + 1 and _x_overlap(o.bbox, b.bbox) > 0
                    for o in others
                )
                if not blocked:
                    m.lines = m.lines + b.lines
                    m.bbox = union_bbox([m.bbox, b.bbox])
                    m.score = max(m.score or 0.0, b.score or 0.0)
                    break
        else:
            merged.append(b)
    return others + merged
