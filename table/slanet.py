"""SLANet(-plus) table structure: a table crop -> HTML structure tokens, one box per cell.

The model reads a 488x488 canvas (long side resized to 488, ImageNet-normalized, zero padding right/bottom) and
decodes a token sequence (`<thead>`, `<tr>`, `<td`, ` colspan="2"`, `>`, `</td>`, `<td></td>`, ...) with, at each
token that opens a cell, a box as four normalized corners (x, y) of the padded canvas.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import cv2
import numpy as np

from docsense.core.config import EngineSettings, TableSettings
from docsense.core.engine import get_engine
from docsense.core.errors import ModelError

_MEAN = np.array([0.485, 0.456, 0.406], dtype=np.float32) * 255.0
_STD = np.array([0.229, 0.224, 0.225], dtype=np.float32) * 255.0
_CELL_OPENERS = ("<td", "<td></td>")


@dataclass
class CellSpec:
    """One predicted cell in token order: spans, header-ness and its box in crop pixels."""

    rowspan: int = 1
    colspan: int = 1
    header: bool = False
    box: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)
    row_index: int = 0  # index of the <tr> it was predicted in


@dataclass
class Structure:
    """Decoded structure: cells in token order, the number of predicted rows and the mean token confidence."""

    cells: list[CellSpec] = field(default_factory=list)
    row_header: list[bool] = field(default_factory=list)  # per predicted <tr>: inside <thead>?
    score: float = 0.0
    tokens: list[str] = field(default_factory=list)


class SlaNet:
    """The structure model; built once, called per table crop (BGR, upright)."""

    def __init__(self, cfg: TableSettings, engine_cfg: EngineSettings) -> None:
        self.cfg = cfg
        self.engine = get_engine(cfg.model, engine_cfg, cfg.engine)
        raw = self.engine.metadata().get("character")
        if not raw:
            raise ModelError(f"{cfg.model} has no `character` metadata (structure token list)")
        # The model's dictionary is sos + tokens + eos; `<td>` is merged into `<td></td>` (no-span cells).
        tokens = [t for t in raw.splitlines() if t != "<td>"]
        if "<td></td>" not in tokens:
            tokens.append("<td></td>")
        self.tokens = ["sos", *tokens, "eos"]
        self.side = cfg.input_side

    def preprocess(self, image: np.ndarray) -> tuple[np.ndarray, float]:
        h, w = image.shape[:2]
        ratio = self.side / max(h, w)
        rw, rh = max(1, int(w * ratio)), max(1, int(h * ratio))
        resized = cv2.resize(image, (rw, rh), interpolation=cv2.INTER_LINEAR)
        # Channel order stays BGR (as cv2 reads it): PaddleOCR trained and runs SLANet that way.
        canvas = np.zeros((self.side, self.side, 3), dtype=np.float32)
        canvas[:rh, :rw] = (resized.astype(np.float32) - _MEAN) / _STD
        return canvas.transpose(2, 0, 1)[None], ratio

    def __call__(self, image: np.ndarray) -> Structure:
        x, ratio = self.preprocess(image)
        outputs = self.engine.run({self.engine.input_names[0]: x})
        loc, probs = outputs[0][0], outputs[1][0]
        return self.decode(loc, probs, ratio, image.shape[1], image.shape[0])

    def decode(self, loc: np.ndarray, probs: np.ndarray, ratio: float, width: int, height: int) -> Structure:
        """Token ids -> cells; boxes from canvas-normalized corners to crop pixels."""
        ids = probs.argmax(axis=1)
        conf = probs.max(axis=1)
        eos = len(self.tokens) - 1
        out = Structure()
        section_header = False
        current: CellSpec | None = None
        scores = []
        for step, idx in enumerate(ids):
            idx = int(idx)
            if idx == eos and step > 0:
                break
            if idx == 0 or idx == eos:
                continue
            tok = self.tokens[idx]
            out.tokens.append(tok)
            scores.append(float(conf[step]))
            if tok == "<thead>":
                section_header = True
            elif tok in ("</thead>", "<tbody>"):
                section_header = False
            elif tok == "<tr>":
                out.row_header.append(section_header)
            elif tok in _CELL_OPENERS:
                if not out.row_header:  # a cell before any <tr>: give it a row
                    out.row_header.append(section_header)
                pts = loc[step].reshape(4, 2) * (self.side / ratio)
                box = (
                    float(np.clip(pts[:, 0].min(), 0, width)),
                    float(np.clip(pts[:, 1].min(), 0, height)),
                    float(np.clip(pts[:, 0].max(), 0, width)),
                    float(np.clip(pts[:, 1].max(), 0, height)),
                )
                current = CellSpec(header=section_header, box=box, row_index=len(out.row_header) - 1)
                out.cells.append(current)
            elif current is not None and tok.startswith(" colspan="):
                current.colspan = max(1, int(tok.split("=")[1].strip('"')))
            elif current is not None and tok.startswith(" rowspan="):
                current.rowspan = max(1, int(tok.split("=")[1].strip('"')))
        out.score = float(np.mean(scores)) if scores else 0.0
        return out
