"""The learned region re-classifier: every assembled block of a page -> a probability per block type, from its
geometry, its lines and their text, its neighbours and what the detector and the assembly rules called it, by a
small gradient-boosted tree model (ONNX, run by the engine interface). Trained on generated pages with exact region
boxes (synth/layout_pages.py, `docsense train layout`); see docs/layout.md for its held-out scores.

A block changes type only where the model is sure (`layout.refine.min_prob`); tables keep their type (the table
stage decides whether a grid is in them), and seals are left alone.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from docsense.core.config import EngineSettings
from docsense.core.document import Block
from docsense.core.engine import get_engine

if TYPE_CHECKING:
    from docsense.layout.segment import BlockSegmenter

LABELS = ("text", "title", "list", "table", "figure", "figure_caption", "table_caption", "header", "footer")
# What the detector + assembly rules said (reference/equation are CDLA classes the rules keep).
RULE_TYPES = (*LABELS, "reference", "equation")
_MARKER = re.compile(
    r"^\s*([•·▪■◆●○\-–*]|\(?[0-9]{1,2}[.)]|\(?[a-hA-H][.)]|\(?(i{1,3}|iv|vi{0,3}|ix|x)[.)]|[一二三四五六七八九十]+、)\s*"
)
_FIG = re.compile(r"^\s*(fig(ure)?\.?|图)\s*\d", re.I)
_TAB = re.compile(r"^\s*(table|表)\s*\d", re.I)
# A short capitalised word, a number and a stop: `Figure 5:`, `Table 2.` also when OCR misreads the word (`Tan1e 3:`)
_LABEL = re.compile(r"^\s*[A-Z][A-Za-z1l]{2,6}\.?\s*[0-9IlS]{1,2}[.:]")
_CJK = re.compile(r"[\u4e00-\u9fff]")

FEATURE_NAMES = [
    *(f"rule_{t}" for t in RULE_TYPES),
    "score", "x0", "y0", "x1", "y1", "width", "height", "cx", "cy", "n_lines", "n_rows", "h_med", "h_max",
    "log_chars", "chars_per_row", "digits", "letters", "cjk", "upper_start", "period_end", "markers",
    "first_marker", "fig_cue", "tab_cue", "left_spread", "right_spread", "centred", "fill", "side_blocks",
    "gap_above", "gap_below", "above_figure", "below_figure", "above_table", "below_table", "rank_y", "rank_y_rev",
    "width_vs_median", "title_case", "label_cue", "short_rows", "inset",
]  # fmt: skip


def _rows(block: Block) -> list[tuple[float, float]]:
    """Distinct text rows of a block (line centres more than half a line apart): (centre y, right end)."""
    lines = sorted(block.lines, key=lambda ln: ln.bbox[1] + ln.bbox[3])
    hs = [ln.bbox[3] - ln.bbox[1] for ln in lines]
    tol = 0.5 * (float(np.median(hs)) if hs else 10.0)
    rows: list[tuple[float, float]] = []
    for ln in lines:
        y = (ln.bbox[1] + ln.bbox[3]) / 2
        if not rows or y - rows[-1][0] > tol:
            rows.append((y, ln.bbox[2]))
        else:
            rows[-1] = (rows[-1][0], max(rows[-1][1], ln.bbox[2]))
    return rows


def _short_rows(rows: list[tuple[float, float]], right: float, body: float) -> float:
    """Rows before the last that end well short of the block's right edge, per row: items of an unmarked list
    (each ends with a short row), where a paragraph has one short row, its last."""
    return sum(end < right - 3 * body for _, end in rows[:-1]) / max(len(rows), 1)


def _nearest(block: Block, others: list[Block], below: bool) -> tuple[float, str]:
    """Gap to the nearest block above (or below) that shares some width, and its type."""
    x0, y0, x1, y1 = block.bbox
    best, kind = 1e9, ""
    for o in others:
        if o is block or min(x1, o.bbox[2]) - max(x0, o.bbox[0]) <= 0:
            continue
        gap = o.bbox[1] - y1 if below else y0 - o.bbox[3]
        if -0.3 * (y1 - y0) < gap < best:
            best, kind = gap, str(o.type)
    return best, kind


def _inset(block: Block, blocks: list[Block], body: float) -> float:
    """How far (in line heights) the block starts right of the leftmost block of its column: a list set in from
    the column's edge (the blocks above and below it share its width)."""
    x0, x1 = block.bbox[0], block.bbox[2]
    left = min((o.bbox[0] for o in blocks if min(x1, o.bbox[2]) - max(x0, o.bbox[0]) > 0.5 * (x1 - x0)), default=x0)
    return min(max(x0 - left, 0.0) / body, 10.0)


def block_features(blocks: list[Block], page_size: tuple[float, float]) -> np.ndarray:
    """One row of FEATURE_NAMES per block (blocks of one page, in the page's pixels)."""
    w, h = max(page_size[0], 1.0), max(page_size[1], 1.0)
    heights = [ln.bbox[3] - ln.bbox[1] for b in blocks for ln in b.lines if not ln.vertical]
    body = float(np.median(heights)) if heights else 12.0
    widths = [b.bbox[2] - b.bbox[0] for b in blocks if b.type == "text"] or [w / 2]
    med_w = float(np.median(widths))
    ys = sorted(b.bbox[1] for b in blocks)
    out = np.zeros((len(blocks), len(FEATURE_NAMES)), np.float32)
    for i, b in enumerate(blocks):
        x0, y0, x1, y1 = b.bbox
        text = "".join(ln.text for ln in b.lines)
        n = max(len(text), 1)
        rows = _rows(b) if b.lines else []
        hs = [ln.bbox[3] - ln.bbox[1] for ln in b.lines] or [0.0]
        starts = [ln.bbox[0] for ln in b.lines] or [x0]
        ends = [ln.bbox[2] for ln in b.lines] or [x1]
        first = min(b.lines, key=lambda ln: (ln.bbox[1], ln.bbox[0])).text if b.lines else ""
        words = re.findall(r"[A-Za-z]+", text)
        gap_a, kind_a = _nearest(b, blocks, below=False)
        gap_b, kind_b = _nearest(b, blocks, below=True)
        side = sum(1 for o in blocks if o is not b and min(y1, o.bbox[3]) - max(y0, o.bbox[1]) > 0)
        rule = str(b.type)
        line_area = sum((ln.bbox[2] - ln.bbox[0]) * (ln.bbox[3] - ln.bbox[1]) for ln in b.lines)
        row = [float(rule == t) for t in RULE_TYPES] + [
            -1.0 if b.score is None else float(b.score),
            x0 / w, y0 / h, x1 / w, y1 / h, (x1 - x0) / w, (y1 - y0) / h, (x0 + x1) / 2 / w, (y0 + y1) / 2 / h,
            float(len(b.lines)), float(len(rows)), float(np.median(hs)) / body, max(hs) / body,
            float(np.log1p(len(text))), len(text) / max(len(rows), 1),
            sum(c.isdigit() for c in text) / n, sum(c.isalpha() for c in text) / n, len(_CJK.findall(text)) / n,
            float(first[:1].isupper()), float(text.rstrip()[-1:] in ".。"),
            sum(bool(_MARKER.match(ln.text)) for ln in b.lines) / max(len(rows), 1), float(bool(_MARKER.match(first))),
            float(bool(_FIG.match(first))), float(bool(_TAB.match(first))),
            float(np.std(starts)) / body, float(np.std(ends)) / body, abs((x0 + x1) / 2 - w / 2) / w,
            line_area / max((x1 - x0) * (y1 - y0), 1.0), float(side),
            min(gap_a, 50 * body) / body, min(gap_b, 50 * body) / body,
            float(kind_a == "figure"), float(kind_b == "figure"), float(kind_a == "table"), float(kind_b == "table"),
            ys.index(y0) / max(len(ys) - 1, 1), 1 - ys.index(y0) / max(len(ys) - 1, 1),
            (x1 - x0) / med_w, sum(wd[0].isupper() for wd in words) / max(len(words), 1),
            float(bool(_LABEL.match(first))), _short_rows(rows, x1, body), _inset(b, blocks, body),
        ]  # fmt: skip
        out[i] = row
    return out


def _margin_label(block: Block) -> bool:
    """A few characters set one under another in a narrow strip (`购买方` / `销售方` down an invoice's left edge): a
    label of the block beside it, not a heading of what follows."""
    x0, y0, x1, y1 = block.bbox
    text = "".join(line.text for line in block.lines).replace(" ", "")
    return 0 < len(text) <= 4 and (y1 - y0) >= 1.5 * (x1 - x0)


class RegionRefiner:
    """A trained refiner: `model.onnx` (features -> probability per LABELS) and `card.json` in one folder."""

    def __init__(self, folder: str | Path, engine: EngineSettings | None = None, min_prob: float = 0.9) -> None:
        folder = Path(folder)
        self.card: dict[str, Any] = json.loads((folder / "card.json").read_text(encoding="utf-8"))
        if self.card.get("features") != FEATURE_NAMES:
            raise ValueError(f"{folder}: the model was trained on other features; retrain it (docsense train layout)")
        self.labels: list[str] = self.card["labels"]
        self.min_prob = min_prob
        # A folder may hold only a card that borrows another folder's model and names a block segmenter
        # (layout/segment.py) to run first: `layout.refine_model` then chooses both.
        self.engine = get_engine(str(folder / self.card.get("model_file", "model.onnx")), engine or EngineSettings())
        self.segmenter: BlockSegmenter | None = None
        if self.card.get("segmenter"):
            from docsense.layout.segment import BlockSegmenter

            self.segmenter = BlockSegmenter(folder / self.card["segmenter"], engine)

    def probs(self, x: np.ndarray) -> np.ndarray:
        if not len(x):
            return np.zeros((0, len(self.labels)), np.float32)
        return np.asarray(self.engine(x.astype(np.float32)), np.float32)

    def types(self, blocks: list[Block], page_size: tuple[float, float]) -> list[str]:
        """The refined type of each block (its own where the model is unsure, or for tables and seals)."""
        probs = self.probs(block_features(blocks, page_size))
        out = []
        for b, p in zip(blocks, probs, strict=True):
            k = int(np.argmax(p))
            keep = b.type in ("table", "seal") or p[k] < self.min_prob or self.labels[k] == "table"
            keep = keep or (self.labels[k] == "title" and _margin_label(b))
            out.append(str(b.type) if keep else self.labels[k])
        return out

    def __call__(self, blocks: list[Block], page_size: tuple[float, float]) -> None:
        """Regroup the text lines into blocks (with a segmenter), retype the blocks, then type charts boxed as text
        figures, cut stacked display equations into one block each (with its number), drop figure boxes over text,
        gather algorithm boxes, type items hanging without bullets a list, join the pieces of one list, cut bylines
        from their affiliations and affiliations from each other, type Chinese reports' numbered headings, join a
        heading's rows and type a page number over or under the page a header or footer (boxes the re-typing cannot
        fix), in place."""
        if self.segmenter is not None:
            blocks[:] = self.segmenter(blocks)
        for b, t in zip(blocks, self.types(blocks, page_size), strict=True):
            b.type = t
        from docsense.layout.segment import (
            algorithm_boxes,
            charts_read_as_text,
            chinese_headings,
            equation_rows,
            figure_panels,
            figures_over_text,
            folios,
            hanging_items,
            heading_rows,
            join_list_pieces,
            join_title_rows,
            split_affiliations,
            split_bylines,
        )

        # in this order: each step reads the blocks the steps before it left
        steps = (
            equation_rows,
            charts_read_as_text,
            figures_over_text,
            figure_panels,
            algorithm_boxes,
            hanging_items,
            join_list_pieces,
            split_bylines,
            split_affiliations,
            chinese_headings,
            heading_rows,
            join_title_rows,
            folios,
        )
        out = blocks
        for step in steps:
            out = step(out)
        blocks[:] = out
