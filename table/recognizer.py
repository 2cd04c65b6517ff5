"""The table stage: a table block on the upright page -> `Table` (grid cells with text, HTML)."""

from __future__ import annotations

import itertools
import unicodedata
from collections.abc import Callable

import cv2
import numpy as np

from docsense.core.config import EngineSettings, TableSettings
from docsense.core.document import BBox, Block, Line, Table, union_bbox
from docsense.core.geometry import PageTransform, scale_matrix

from .build import build_table
from .cells import WordBox, words_of
from .ruled import ruled_grid, split_text_rows
from .slanet import CellSpec, SlaNet, Structure

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
        crop = image[y0:y1, x0:x1]
        structure = self.slanet(crop)
        words = words_of(lines)
        in_crop = [(w.box[0] - x0, w.box[1] - y0, w.box[2] - x0, w.box[3] - y0) for w in words]
        grid = ruled_grid(crop) if self.cfg.ruled else None
        if grid is not None and (
            _unconfirmed_spans(grid[0], structure.cells, in_crop) or _open_cells(grid[0], in_crop)
        ):
            grid = None
        cells, n_rows = grid if grid is not None else (structure.cells, len(structure.row_header))
        heads = frozenset() if grid is not None else frozenset(r for r, h in enumerate(structure.row_header) if h)
        # The model's own rows are cut only where every filled cell shows the same text lines.
        share = 0.6 if grid is not None else 1.0
        split, n_split = split_text_rows(cells, n_rows, in_crop, heads, share, [w.text for w in words])
        if grid is not None or n_split != n_rows:
            structure = with_ruled_cells(structure, split, n_split)
        table = self._table(image, structure, (x0, y0), words)
        return table, structure, words

    def _table(
        self, image: np.ndarray, structure: Structure, offset: tuple[float, float], words: list[WordBox]
    ) -> Table:
        return build_table(
            structure.cells,
            structure.row_header,
            offset,
            words,
            self.cfg.split_min_share,
            image=image,
            bold_ratio=self.cfg.bold_ratio,
        )

    def __call__(self, image: np.ndarray, block: Block) -> Table | None:
        """The block's table; None when the grid found is no grid: one cell holds most of the words (a receipt
        that layout called a figure and the text rules a table), or the block is columns of running text (a
        three-column page layout boxed as one table). The block then stays text."""
        if _running_text(block.lines):
            return None
        lines, bbox = block.lines, block.bbox
        notes = _side_notes(lines)
        if notes:  # their words go to no cell (a column left empty by them is dropped as a blank edge column)
            lines = [ln for ln in lines if not any(ln is n for n in notes)]
        table, _, words = self.read(image, bbox, lines)
        return None if _one_big_cell(_word_in_cell(table, words), 0.5) else table

    def page_block(
        self, image: np.ndarray, lines: list[Line], blocks: list[Block], reread: Reader | None = None
    ) -> Block | None:
        """The whole page as one table block when `whole_page` says so (auto: the page is a table crop).

        `reread(image) -> lines` (from the pipeline, which owns OCR) reads an upright image again; a page
        found to be a table is read once more, enlarged, when its text is small (table crops often are)."""
        mode = self.cfg.whole_page
        if mode == "never" or not lines:
            return None
        if mode == "auto" and sum(ln.vertical for ln in lines) > 0.5 * len(lines):
            return None  # vertical writing: columns of text read right to left, not a grid
        h, w = image.shape[:2]
        page: BBox = (0.0, 0.0, float(w), float(h))
        if mode == "auto" and not self._crop_like(lines, blocks, w, h):
            return None
        table, structure, words = self.read(image, page, lines)
        if mode == "auto" and not self._confident(table, structure, words):
            return None
        small_text = _median_height(lines) < self.cfg.reread_line_px
        if reread is not None and small_text and max(w, h) <= self.cfg.reread_max_side:
            again = self._reread(image, reread)
            # Keep first-reading lines the enlarged reading missed (tiny marks like "***" can drop out).
            lines = again + [ln for ln in lines if not any(_overlaps(ln.bbox, a.bbox) for a in again)]
            x0, y0 = self.crop_box(image, page)[:2]
            table = self._table(image, structure, (x0, y0), words_of(lines))
        bbox = union_bbox([ln.bbox for ln in lines]) if mode == "auto" else page
        return Block(type="table", bbox=bbox, score=round(structure.score, 4), lines=lines, table=table)

    def _reread(self, image: np.ndarray, reread: Reader) -> list[Line]:
        f = self.cfg.reread_scale
        big = cv2.resize(image, None, fx=f, fy=f, interpolation=cv2.INTER_CUBIC)
        back = PageTransform(scale_matrix(f))  # enlarged pixels -> page pixels
        return [back.line(ln) for ln in reread(big)]

    def _crop_like(self, lines: list[Line], blocks: list[Block], w: int, h: int) -> bool:
        """A table crop: text reaching close to every border, no paragraph of prose, and either layout's tables
        hold nearly all the lines or (no table found) the lines sit in a grid."""
        u = union_bbox([ln.bbox for ln in lines])
        if (u[2] - u[0]) < self.cfg.whole_page_min_span * w or (u[3] - u[1]) < self.cfg.whole_page_min_span * h:
            return False
        if any(_prose(b) for b in blocks if b.type != "table"):
            return False
        if any(b.type in ("table_caption", "figure_caption") for b in blocks):
            # A caption sits over or under a table on a page (`Table 3. (Continued)` over a table carried on from the
            # page before); a table crop is cut to its grid (none of 188 crops of the table sets shows one).
            return False
        if _running_text(lines):
            return False
        tables = [b for b in blocks if b.type == "table"]
        if tables:
            inside = sum(any(_center_in(ln.bbox, t.bbox) for t in tables) for ln in lines)
            # A small image is most likely a table crop whose edge rows layout missed; on a full page (an invoice)
            # the text around a table is its own content.
            small = max(w, h) <= self.cfg.whole_page_small_px
            if not small and len(tables) > 1:
                return False  # a full page holding two tables (items and a tax summary) is no table crop
            if not small and _letterhead_above(lines, tables):
                return False
            need = self.cfg.whole_page_small_coverage if small else self.cfg.whole_page_min_coverage
            # Layout may box only part of a small crop as a table (its header row): the grid of lines decides.
            return inside >= need * len(lines) or (small and looks_tabular(lines))
        return looks_tabular(lines)

    def _confident(self, table: Table, structure: Structure, words: list[WordBox]) -> bool:
        if structure.score < self.cfg.whole_page_min_score or table.n_cols < 2 or table.n_rows < 2:
            return False
        in_cell = _word_in_cell(table, words)
        inside = int(in_cell.any(axis=1).sum())
        enough = inside >= self.cfg.whole_page_min_fill * max(len(words), 1)
        return enough and not _one_big_cell(in_cell, 0.3, min_words=0)


def _side_notes(lines: list[Line]) -> list[Line]:
    """Vertical lines three text lines tall or more standing beside every other line of the block, at its left or
    right edge: a note set along the table (a delivery note's copies, `①白联：存根 ②红联：客户`), not cell text."""
    flat = [ln for ln in lines if not ln.vertical]
    if not flat or len(flat) == len(lines):
        return []
    h = _median_height(flat)
    return [
        ln
        for ln in lines
        if ln.vertical
        and ln.bbox[3] - ln.bbox[1] >= 3 * h
        and (
            all(x.bbox[2] <= ln.bbox[0] + 0.25 * h for x in flat)
            or all(x.bbox[0] >= ln.bbox[2] - 0.25 * h for x in flat)
        )
    ]


def _letterhead_above(lines: list[Line], tables: list[Block], min_lines: int = 4) -> bool:
    """Four lines or more above the top table and outside every table: a letterhead, a title, the parties of an
    invoice page over its item table (a table crop holds at most a caption above its grid)."""
    top = min(t.bbox[1] for t in tables)
    above = [ln for ln in lines if ln.bbox[3] <= top and not any(_center_in(ln.bbox, t.bbox) for t in tables)]
    return len(above) >= min_lines


def _one_big_cell(in_cell: np.ndarray, share: float, min_words: int = 20) -> bool:
    """Does one cell hold more than `share` of the words in cells (`in_cell`: `_word_in_cell`)? (Not said of under
    `min_words` words.)"""
    per_cell = in_cell.sum(axis=0)
    total = int(per_cell.sum())
    return total >= max(min_words, 1) and int(per_cell.max(initial=0)) > share * total


def _word_in_cell(table: Table, words: list[WordBox]) -> np.ndarray:
    """(words x cells) booleans: the word's centre lies in the cell (edges included)."""
    if not words or not table.cells:
        return np.zeros((len(words), len(table.cells)), dtype=bool)
    w = np.asarray([x.box for x in words], dtype=np.float64)
    c = np.asarray([x.bbox for x in table.cells], dtype=np.float64)
    cx, cy = ((w[:, 0] + w[:, 2]) / 2)[:, None], ((w[:, 1] + w[:, 3]) / 2)[:, None]
    return (c[:, 0] <= cx) & (cx <= c[:, 2]) & (c[:, 1] <= cy) & (cy <= c[:, 3])


def _body_rowspans(cells: list[CellSpec]) -> int:
    return sum(c.rowspan > 1 for c in cells if c.row_index > 0)


def _text_lines_in(box: BBox, boxes: list[BBox]) -> int:
    """How many text lines the words inside `box` stand on (their centres a line height or more apart)."""
    inside = sorted(b for b in boxes if _center_in(b, box))
    ys = sorted((b[1] + b[3]) / 2 for b in inside)
    if not ys:
        return 0
    h = float(np.median([b[3] - b[1] for b in inside]))
    return 1 + sum(b - a > 0.7 * h for a, b in itertools.pairwise(ys))


def _unconfirmed_spans(ruled: list[CellSpec], model: list[CellSpec], boxes: list[BBox]) -> bool:
    """The rules merge body rows the structure model keeps apart (a faint or broken row rule let two cells run
    together): the rules are then no sound grid. Merged cells in the first row (a header) are not counted, nor a
    merged cell whose text stands on one line (a 类别 or 小计 cell ruled down its group's rows holds one label or
    figure; two rows run together hold two rows' text)."""
    merged = sum(c.rowspan > 1 and _text_lines_in(c.box, boxes) >= 2 for c in ruled if c.row_index > 0)
    return merged > _body_rowspans(model) + 1


def _open_cells(ruled: list[CellSpec], boxes: list[BBox]) -> bool:
    """Cells of the rules holding text in columns side by side: on two rows or more, and half the rows, a cell
    holds words of one text line with a blank between them wider than two word heights. The rules then box
    groups of columns (a category cell ruled down its rows, the other columns open between the row rules), not
    every cell: they are no grid."""
    open_rows: set[int] = set()
    for c in ruled:
        inside = sorted((b for b in boxes if _center_in(b, c.box)), key=lambda b: b[0])
        for i, a in enumerate(inside):
            h = a[3] - a[1]
            # the next word on a's text line
            nxt = next((b for b in inside[i + 1 :] if min(a[3], b[3]) - max(a[1], b[1]) > 0.5 * h), None)
            if nxt is not None and nxt[0] - a[2] > 2 * max(h, nxt[3] - nxt[1]):
                open_rows.add(c.row_index)
                break
    n_rows = 1 + max((c.row_index for c in ruled), default=0)
    return len(open_rows) >= 2 and 2 * len(open_rows) >= n_rows


def with_ruled_cells(structure: Structure, cells: list[CellSpec], n_rows: int) -> Structure:
    """Cells from the rules (or SLANet's, re-cut into rows) in place of SLANet's; rows above the bottom of SLANet's
    header cells are header."""
    head_bottom = max((c.box[3] for c in structure.cells if c.header), default=-1.0)
    row_header = []
    for r in range(n_rows):
        tops = [c for c in cells if c.row_index == r]
        cy = min((c.box[1] + c.box[3]) / 2 for c in tops) if tops else float("inf")
        row_header.append(cy < head_bottom)
    for c in cells:
        c.header = row_header[c.row_index]
    return Structure(cells=cells, row_header=row_header, score=structure.score, tokens=structure.tokens)


def _overlaps(a: BBox, b: BBox, share: float = 0.3) -> bool:
    """`a` overlaps `b` by at least `share` of a's area."""
    ix = max(0.0, min(a[2], b[2]) - max(a[0], b[0]))
    iy = max(0.0, min(a[3], b[3]) - max(a[1], b[1]))
    return ix * iy >= share * max((a[2] - a[0]) * (a[3] - a[1]), 1e-6)


def _median_height(lines: list[Line]) -> float:
    heights = [ln.bbox[3] - ln.bbox[1] for ln in lines if not ln.vertical]
    return float(np.median(heights)) if heights else 0.0


def _center_in(box: BBox, cell: BBox) -> bool:
    cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    return cell[0] <= cx <= cell[2] and cell[1] <= cy <= cell[3]


def _rows(lines: list[Line]) -> list[list[Line]]:
    """Lines grouped into visual rows (a line joins the row whose first line spans its vertical centre)."""
    rows: list[list[Line]] = []
    for ln in sorted(lines, key=lambda ln: (ln.bbox[1] + ln.bbox[3]) / 2):
        cy = (ln.bbox[1] + ln.bbox[3]) / 2
        if rows and rows[-1][0].bbox[1] <= cy <= rows[-1][0].bbox[3]:
            rows[-1].append(ln)
        else:
            rows.append([ln])
    return rows


def _n_words(text: str) -> float:
    """Words, counting two CJK characters as one (CJK text has no spaces)."""
    cjk = sum(1 for ch in text if unicodedata.east_asian_width(ch) in ("W", "F"))
    return len(text.split()) + cjk / 2


def _prose(block: Block) -> bool:
    """A paragraph: three or more rows of one line each, most as wide as the block (table columns are ragged),
    of several words each (a column of codes or numbers is not prose)."""
    rows = _rows(block.lines)
    if len(rows) < 3 or sum(len(r) == 1 for r in rows) < 0.8 * len(rows):
        return False
    if sum(_n_words(ln.text) for ln in block.lines) < 5 * len(block.lines):
        return False
    width = max(block.bbox[2] - block.bbox[0], 1e-6)
    ratios = sorted((ln.bbox[2] - ln.bbox[0]) / width for ln in block.lines)
    return ratios[len(ratios) // 2] >= 0.85


def _running_text(lines: list[Line], min_run: int = 10) -> bool:
    """Columns of running text hold many of the lines (40%+): runs of 10+ lines under one left edge (a paragraph
    indent allowed), set at one even leading, most of 3+ words of letters. A narrow column of prose (3-4 words a
    line, no paragraph a block test sees) sits in rows beside its neighbour columns like a grid. A table's rows are
    evenly led too, but its columns of figures are no words, and a label column alone is not many of its lines."""
    flat = [ln for ln in lines if not ln.vertical]
    if len(flat) < 2 * min_run:
        return False
    h = _median_height(flat)
    stacks: list[list[Line]] = []
    for ln in sorted(flat, key=lambda ln: ln.bbox[0]):
        for st in stacks:
            if 0 <= ln.bbox[0] - st[0].bbox[0] <= 2.0 * h:
                st.append(ln)
                break
        else:
            stacks.append([ln])
    in_runs = 0
    for st in stacks:
        st.sort(key=lambda ln: ln.bbox[1])
        runs: list[list[Line]] = [[st[0]]]
        for ln in st[1:]:
            run = runs[-1]
            gap = ln.bbox[1] - run[-1].bbox[3]
            # Leading is measured centre to centre: OCR boxes of a line with or without ascenders and descenders
            # differ by a few pixels at top and bottom, so the gaps between boxes jitter where the pitch does not.
            pitch = _mid(ln) - _mid(run[-1])
            pitches = [_mid(b) - _mid(a) for a, b in itertools.pairwise(run)]
            ref = float(np.median(pitches)) if pitches else pitch
            if -0.3 * h < gap < 0.8 * h and abs(pitch - ref) <= 0.15 * h:
                run.append(ln)
            else:
                runs.append([ln])
        for run in runs:
            if len(run) >= min_run and sum(_prose_line(x.text) for x in run) >= 0.6 * len(run):
                in_runs += len(run)
    # Share of lines in such runs: at most 0.23 on the table crops and invoice pages of the table sets (297 of
    # them), 0.49 and more on magazine pages of three narrow columns broken by headings and pull quotes.
    return in_runs >= 0.4 * len(flat)


def _mid(line: Line) -> float:
    return (line.bbox[1] + line.bbox[3]) / 2


def _prose_line(text: str) -> bool:
    """A line of running words: 3+ words of letters (figures such as `2830.035 ± 433.525` are not), or 6+ CJK
    characters."""
    words = sum(sum(ch.isalpha() for ch in tok) >= 2 for tok in text.split())
    cjk = sum(1 for ch in text if unicodedata.east_asian_width(ch) in ("W", "F"))
    return words >= 3 or cjk >= 6


def looks_tabular(lines: list[Line]) -> bool:
    """Cheap check before running the model: most text sits in visual rows holding two or more separate lines."""
    if len(lines) < 4:
        return False
    rows = _rows(lines)
    multi = sum(len(r) for r in rows if len(r) >= 2)
    return len(rows) >= 2 and multi >= 0.5 * len(lines)
