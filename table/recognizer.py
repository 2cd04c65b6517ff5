"""The table stage: a table block on the upright page -> `Table` (grid cells with text, HTML)."""

from __future__ import annotations

from collections.abc import Callable

import cv2
import numpy as np

from docsense.core.config import EngineSettings, TableSettings
from docsense.core.document import BBox, Block, Line, Table, union_bbox
from docsense.core.geometry import PageTransform, scale_matrix

from .cells import WordBox, build_table, words_of
from .slanet import SlaNet, Structure

Reader = Callable[[np.ndarray], list[Line]]


class TableRecognizer:
    """SLANet structure on the table crop, then the block's OCR words matched to the predicted cells."""

    def __init__(self, cfg: TableSettings, engine_cfg: EngineSettings) -> None:
        self.cfg = cfg
        self.slanet = SlaNet(cfg, engine_cfg)

    def crop_box(self, image: np.ndarray, bbox: BBox) -> tuple[int, int, int, int]:
        h, w = image.shape[:2]
        mx = self.cfg.crop_margin * (bbox[2] - bbox[0])
        my = self.cfg.crop_margin * (bbox[3] - bbox[1])
        x0, y0 = max(0, int(bbox[0] - mx)), max(0, int(bbox[1] - my))
        x1, y1 = min(w, int(np.ceil(bbox[2] + mx))), min(h, int(np.ceil(bbox[3] + my)))
        return x0, y0, max(x1, x0 + 1), max(y1, y0 + 1)

    def read(self, image: np.ndarray, bbox: BBox, lines: list[Line]) -> tuple[Table, Structure, list[WordBox]]:
        """The table inside `bbox` (image pixels) with the structure it came from and the words used."""
        x0, y0, x1, y1 = self.crop_box(image, bbox)
        structure = self.slanet(image[y0:y1, x0:x1])
        words = words_of(lines)
        table = build_table(structure.cells, structure.row_header, (x0, y0), words, self.cfg.split_min_share)
        return table, structure, words

    def __call__(self, image: np.ndarray, block: Block) -> Table:
        return self.read(image, block.bbox, block.lines)[0]

    def page_block(
        self, image: np.ndarray, lines: list[Line], blocks: list[Block], reread: Reader | None = None
    ) -> Block | None:
        """The whole page as one table block when `whole_page` says so (auto: the page is a table crop).

        `reread(image) -> lines` (from the pipeline, which owns OCR) reads an upright image again; a page
        found to be a table is read once more, enlarged, when its text is small (table crops often are)."""
        mode = self.cfg.whole_page
        if mode == "never" or not lines:
            return None
        h, w = image.shape[:2]
        page: BBox = (0.0, 0.0, float(w), float(h))
        if mode == "auto":
            others = [b for b in blocks if b.type != "table" and b.lines]
            tables = [b for b in blocks if b.type == "table"]
            # Layout saw other content beside its tables, or tables that leave out much of the text: not a crop.
            if others or not _covers(tables, lines) or not looks_tabular(lines):
                return None
        table, structure, words = self.read(image, page, lines)
        if mode == "auto" and not self._confident(table, structure, words):
            return None
        if reread is not None and _median_height(lines) < self.cfg.reread_line_px:
            lines = self._reread(image, reread)
            x0, y0 = self.crop_box(image, page)[:2]
            table = build_table(
                structure.cells, structure.row_header, (x0, y0), words_of(lines), self.cfg.split_min_share
            )
        bbox = union_bbox([ln.bbox for ln in lines]) if mode == "auto" else page
        return Block(type="table", bbox=bbox, score=round(structure.score, 4), lines=lines, table=table)

    def _reread(self, image: np.ndarray, reread: Reader) -> list[Line]:
        f = self.cfg.reread_scale
        big = cv2.resize(image, None, fx=f, fy=f, interpolation=cv2.INTER_CUBIC)
        back = PageTransform(scale_matrix(f))  # enlarged pixels -> page pixels
        return [back.line(ln) for ln in reread(big)]

    def _confident(self, table: Table, structure: Structure, words: list[WordBox]) -> bool:
        if structure.score < self.cfg.whole_page_min_score or table.n_cols < 2 or table.n_rows < 2:
            return False
        inside = sum(any(_center_in(w.box, c.bbox) for c in table.cells) for w in words)
        return inside >= self.cfg.whole_page_min_fill * max(len(words), 1)


def _median_height(lines: list[Line]) -> float:
    heights = [ln.bbox[3] - ln.bbox[1] for ln in lines if not ln.vertical]
    return float(np.median(heights)) if heights else 0.0


def _center_in(box: BBox, cell: BBox) -> bool:
    cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    return cell[0] <= cx <= cell[2] and cell[1] <= cy <= cell[3]


def _covers(tables: list[Block], lines: list[Line], share: float = 0.5) -> bool:
    """No tables found, or tables together hold at least `share` of the lines' centres (a crop found by layout)."""
    if not tables:
        return True
    inside = sum(any(_center_in(ln.bbox, t.bbox) for t in tables) for ln in lines)
    return inside >= share * len(lines)


def looks_tabular(lines: list[Line]) -> bool:
    """Cheap check before running the model: most text sits in visual rows holding two or more separate lines."""
    if len(lines) < 4:
        return False
    ordered = sorted(lines, key=lambda ln: (ln.bbox[1] + ln.bbox[3]) / 2)
    rows: list[list[Line]] = []
    for ln in ordered:
        cy = (ln.bbox[1] + ln.bbox[3]) / 2
        if rows and rows[-1][0].bbox[1] <= cy <= rows[-1][0].bbox[3]:
            rows[-1].append(ln)
        else:
            rows.append([ln])
    multi = sum(len(r) for r in rows if len(r) >= 2)
    return len(rows) >= 2 and multi >= 0.5 * len(lines)
