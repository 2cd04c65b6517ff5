"""Lines + layout regions -> blocks in reading order. Stages meet here through the document types only."""

from __future__ import annotations

from .document import Block, Line, Region, union_bbox


def assemble(lines: list[Line], regions: list[Region]) -> list[Block]:
    """Without regions (layout off or nothing found), the page is one text block of all lines."""
    if not regions:
        if not lines:
            return []
        return [Block(type="text", bbox=union_bbox([ln.bbox for ln in lines]), score=None, order=0, lines=lines)]
    blocks = [Block(type=r.type, bbox=r.bbox, score=r.score) for r in regions]
    for i, b in enumerate(blocks):
        b.order = i
    return blocks
