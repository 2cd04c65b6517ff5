"""Lines + layout regions -> blocks in reading order. Stages meet here through the document types only.

Everything works in the upright working frame of the page. The steps (`assemble` below runs them in order):
1. regions are cleaned: duplicates across classes and text boxes inside figures/tables are dropped;
2. each OCR line goes to the region covering most of it; lines outside every region join the nearest text block
   when close, else form text blocks of their own (no line is ever lost);
3. text blocks are split into paragraphs (first-line indent, vertical gap, short last line, font-size change);
4. pieces become `list` (bullet/number-led items, or blocks indented from their column), `title` (short isolated
   lines) and `header`/`footer` (small blocks in the page margins); neighbouring list items merge into one list;
5. reading order by recursive XY-cut that keeps multi-column bands together; `order` is 0..n-1.

One concern a module:
- `rows`: the row and working-block records every step passes on, and the geometry they share;
- `cues`: what the text of a row says: item markers, headings, bylines, citations;
- `regions`: lines into blocks (steps 1-2): regions cleaned and re-typed, lines cut at gutters and assigned,
  prose out of figures, loose lines joined, blocks cut into columns and joined into streams;
- `tables`: item tables: a table box cut to its header and item rows, headings and columns the detector left
  beside it, borderless tables found in text blocks by their columns of figures;
- `paragraphs`: text blocks into paragraphs, lists and titles (steps 3-4);
- `roles`: what a block is on the page: figure labels, equation numbers and caption labels joined to their
  block, running headers, footers and page numbers;
- `order`: reading order (step 5).
"""

from __future__ import annotations

from ..config import LayoutSettings
from ..document import Block, Line, Region, union_bbox
from .order import _line_order, _reading_order
from .paragraphs import _join_list_runs, _text_pieces
from .regions import (
    _assign,
    _clean_regions,
    _join_orphans,
    _merge_streams,
    _prose_out_of_figures,
    _retype,
    _split_across_gutters,
    _split_columns,
)
from .roles import _absorb_figure_labels, _join_labels, _mark_margins
from .rows import CONTAINER_TYPES, _Blk, _median
from .tables import _columns_beside_tables, _heads_above_tables, _item_table_extent, _text_tables


def assemble(
    lines: list[Line],
    regions: list[Region],
    cfg: LayoutSettings | None = None,
    page_size: tuple[int, int] | None = None,
) -> list[Block]:
    """Lines and layout regions of one page (same frame) -> blocks with `order` 0..n-1.

    `page_size` (width, height) of the working image places the header/footer bands; without it the bands are
    taken from the extent of the content. Without regions (layout off or nothing found), the page is one text
    block of all lines.
    """
    if not regions:
        if not lines:
            return []
        return [Block(type="text", bbox=union_bbox([ln.bbox for ln in lines]), score=None, order=0, lines=lines)]
    cfg = cfg or LayoutSettings()
    body_h = _median([ln.bbox[3] - ln.bbox[1] for ln in lines if not ln.vertical], 10.0)
    lines = _split_across_gutters(lines, body_h)
    regions = _clean_regions(regions, lines, cfg.line_overlap)
    groups, orphans = _assign(lines, regions, cfg.line_overlap)
    body_h = _median([ln.bbox[3] - ln.bbox[1] for ln in lines if not ln.vertical], 10.0)
    blocks: list[_Blk] = []
    for r, group in zip(regions, groups, strict=True):
        kind = _retype(r, group, page_size, body_h)
        if kind in CONTAINER_TYPES:
            blocks.append(_Blk(kind, union_bbox([r.bbox, *(ln.bbox for ln in group)]), r.score, group, True, r.type))
        elif group:  # a text region without text is a false detection
            blocks.append(_Blk(kind, union_bbox([ln.bbox for ln in group]), r.score, group, True, r.type))
    freed = _prose_out_of_figures(blocks, body_h, lines)
    blocks = _join_orphans(blocks, orphans + freed, cfg, body_h, {id(ln) for ln in freed})
    blocks = [p for b in blocks for p in (_split_columns(b, body_h) if b.type in {"text", "reference"} else [b])]
    if cfg.split_paragraphs:
        blocks = _merge_streams(blocks, body_h)
    blocks = _heads_above_tables(blocks, body_h)
    blocks = _columns_beside_tables(blocks, body_h)
    blocks = [piece for b in blocks for piece in (_item_table_extent(b) if b.type == "table" and b.lines else [b])]
    if cfg.text_tables:
        blocks = _text_tables(blocks, body_h)
        # a table found from its text lines has headings over it too (a group label over two columns)
        blocks = _heads_above_tables(blocks, body_h)
    out: list[_Blk] = []
    for b in blocks:
        if b.type in {"text", "reference"}:
            out.extend(_text_pieces(b, lines, cfg, body_h))
        else:
            out.append(b)
    if cfg.detect_lists:
        out = _join_list_runs(out, body_h)
    out = _absorb_figure_labels(out, body_h)
    out = _join_labels(out, body_h)
    page = (0.0, 0.0, float(page_size[0]), float(page_size[1])) if page_size else union_bbox([b.bbox for b in out])
    _mark_margins(out, page, cfg, body_h)
    vertical = sum(ln.vertical for ln in lines) > 0.5 * len(lines)
    ordered = _reading_order(out, body_h, right_to_left=vertical)
    return [
        Block(type=b.type, bbox=b.bbox, score=b.score, order=i, lines=_line_order(b.lines))
        for i, b in enumerate(ordered)
    ]
