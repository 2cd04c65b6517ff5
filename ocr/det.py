"""PP-OCR DB text detection: image -> text quads (clockwise from top-left, in image pixels)."""

from __future__ import annotations

import math

import cv2
import numpy as np
import pyclipper

from docsense.core.config import DetSettings
from docsense.core.engine import Predictor
from docsense.core.geometry import order_quad


def det_input_size(h: int, w: int, cfg: DetSettings) -> tuple[int, int]:
    """Detector input (h, w): scaled per limit_type, both multiples of 32."""
    if cfg.limit_type == "max":
        ratio = min(1.0, cfg.limit_side_len / max(h, w))
        if min(h, w) * ratio < cfg.min_side_len:
            # Small crops and receipts: enlarge so thin strokes survive the stride-4 map, capped by the limit.
            ratio = min(cfg.min_side_len / min(h, w), cfg.limit_side_len / max(h, w) * 1.5)
    else:
        ratio = max(1.0, cfg.limit_side_len / min(h, w))
    if h * w * ratio * ratio > cfg.max_input_pixels:  # limit_type=min on a long page asks for any size
        ratio = (cfg.max_input_pixels / (h * w)) ** 0.5
    rh = max(32, round(h * ratio / 32) * 32)
    rw = max(32, round(w * ratio / 32) * 32)
    return rh, rw


def inked_area(image: np.ndarray, pad: int = 32) -> tuple[int, int, int, int] | None:
    """(x0, y0, x1, y1) around what differs from the page's background, `pad` px wider; None if blank.

    Ink is found at full resolution (faint or thin text is never cut off); specks smaller than ~8 px across (dust
    on a scan) are ignored, so a receipt on a scanned A4 page is read without the empty page around it."""
    gray = (
        image
        if image.ndim == 2
        else cv2.cvtColor(image, cv2.COLOR_BGRA2GRAY if image.shape[2] == 4 else cv2.COLOR_BGR2GRAY)
    )
    h, w = gray.shape
    ink = (cv2.absdiff(gray, np.full_like(gray, int(np.median(gray[::4, ::4])))) > 40).astype(np.uint8)
    # 4x4 blocks holding any ink; a component of fewer than 3 blocks is a speck
    blocks = cv2.resize(ink * 255, (max(1, w // 4), max(1, h // 4)), interpolation=cv2.INTER_AREA) > 0
    _, _, stats, _ = cv2.connectedComponentsWithStats(blocks.astype(np.uint8), connectivity=8)
    kept = stats[1:][stats[1:, cv2.CC_STAT_AREA] >= 3]
    if not len(kept):
        return None
    fx, fy = w / blocks.shape[1], h / blocks.shape[0]
    x0 = int(kept[:, cv2.CC_STAT_LEFT].min() * fx) - pad
    y0 = int(kept[:, cv2.CC_STAT_TOP].min() * fy) - pad
    x1 = math.ceil((kept[:, cv2.CC_STAT_LEFT] + kept[:, cv2.CC_STAT_WIDTH]).max() * fx) + pad
    y1 = math.ceil((kept[:, cv2.CC_STAT_TOP] + kept[:, cv2.CC_STAT_HEIGHT]).max() * fy) + pad
    return max(0, x0), max(0, y0), min(w, x1), min(h, y1)


def _span(start: int, end: int, size: int, scale: float) -> tuple[int, int, int]:
    """[start, end) widened so that, at `scale`, it is a whole number of 32 px (the detector's stride), and that
    number: the crop is then read at the page's own scale. Stays inside [0, size)."""
    n = max(32, round((end - start) * scale / 32) * 32)
    length = min(size, round(n / scale))
    start = max(0, min(start, size - length))
    return start, start + length, n


class TextDetector(Predictor[DetSettings]):
    """`__call__(bgr image) -> (N, 4, 2) float32 quads, (N,) scores`, sorted top-to-bottom, left-to-right."""

    def probability_map(self, image: np.ndarray, size: tuple[int, int] | None = None) -> np.ndarray:
        """The DB map of `image` resized to `size` (h, w; default: per the side limits)."""
        rh, rw = size or det_input_size(image.shape[0], image.shape[1], self.cfg)
        x = cv2.resize(image, (rw, rh)).astype(np.float32)
        x = (x / 255.0 - 0.5) / 0.5  # PP-OCRv5/v6 det: mean = std = 0.5
        x = x.transpose(2, 0, 1)[None]
        return self.engine(np.ascontiguousarray(x))[0, 0]

    def __call__(self, image: np.ndarray, weak: float | None = None) -> tuple[np.ndarray, np.ndarray]:
        """`weak`: also boxes whose score is down to this (under `box_thresh`), for callers that check them."""
        h, w = image.shape[:2]
        area = inked_area(image) if self.cfg.skip_margins else None
        if area is None and np.ptp(image[::8, ::8]) < 16:  # one flat colour: nothing to find (a blank page)
            return np.zeros((0, 4, 2), np.float32), np.zeros((0,), np.float32)
        if area is None or (area[2] - area[0]) * (area[3] - area[1]) > 0.9 * h * w:
            return self.boxes_from_map(self.probability_map(image), w, h, weak)
        # Blank margins hold no text: detect inside the inked area only, at the scale the whole page would get.
        rh, rw = det_input_size(h, w, self.cfg)
        (y0, y1, sh), (x0, x1, sw) = _span(area[1], area[3], h, rh / h), _span(area[0], area[2], w, rw / w)
        pred = self.probability_map(image[y0:y1, x0:x1], (sh, sw))
        quads, scores = self.boxes_from_map(pred, x1 - x0, y1 - y0, weak)
        return quads + np.array([x0, y0], np.float32), scores

    def boxes_from_map(
        self, pred: np.ndarray, width: int, height: int, weak: float | None = None
    ) -> tuple[np.ndarray, np.ndarray]:
        cfg = self.cfg
        box_thresh = cfg.box_thresh if weak is None else min(weak, cfg.box_thresh)
        bitmap = (pred > cfg.thresh).astype(np.uint8)
        if cfg.use_dilation:
            bitmap = cv2.dilate(bitmap, np.ones((2, 2), np.uint8))
        contours, _ = cv2.findContours(bitmap, cv2.RETR_LIST, cv2.CHAIN_APPROX_SIMPLE)
        mh, mw = pred.shape
        sx, sy = width / mw, height / mh
        quads, scores = [], []
        for contour in contours[: cfg.max_candidates]:
            rect = cv2.minAreaRect(contour)
            if min(rect[1]) < 3:
                continue
            score = self._score(pred, contour if cfg.score_mode == "slow" else cv2.boxPoints(rect))
            if score < box_thresh:
                continue
            grown = self._unclip(cv2.boxPoints(rect))
            if grown is None:
                continue
            rect = cv2.minAreaRect(grown)
            if min(rect[1]) < cfg.min_box_size + 2:
                continue
            quad = order_quad(cv2.boxPoints(rect))
            quad[:, 0] = np.clip(quad[:, 0] * sx, 0, width - 1)
            quad[:, 1] = np.clip(quad[:, 1] * sy, 0, height - 1)
            if min(np.linalg.norm(quad[0] - quad[1]), np.linalg.norm(quad[0] - quad[3])) < cfg.min_box_size:
                continue
            quads.append(quad)
            scores.append(score)
        if not quads:
            return np.zeros((0, 4, 2), np.float32), np.zeros((0,), np.float32)
        q = np.stack(quads)
        s = np.asarray(scores, np.float32)
        order = sort_reading(q)
        return q[order], s[order]

    def _unclip(self, box: np.ndarray) -> np.ndarray | None:
        area = cv2.contourArea(box)
        length = cv2.arcLength(box, True)
        if length == 0:
            return None
        offset = pyclipper.PyclipperOffset()
        offset.AddPath([tuple(p) for p in box.astype(np.int64)], pyclipper.JT_ROUND, pyclipper.ET_CLOSEDPOLYGON)
        paths = offset.Execute(area * self.cfg.unclip_ratio / length)
        if len(paths) != 1:
            return None
        return np.asarray(paths[0], dtype=np.float32)

    @staticmethod
    def _score(pred: np.ndarray, pts: np.ndarray) -> float:
        h, w = pred.shape
        pts = np.asarray(pts, dtype=np.float32).reshape(-1, 2)
        x0 = int(np.clip(np.floor(pts[:, 0].min()), 0, w - 1))
        x1 = int(np.clip(np.ceil(pts[:, 0].max()), 0, w - 1))
        y0 = int(np.clip(np.floor(pts[:, 1].min()), 0, h - 1))
        y1 = int(np.clip(np.ceil(pts[:, 1].max()), 0, h - 1))
        mask = np.zeros((y1 - y0 + 1, x1 - x0 + 1), dtype=np.uint8)
        shifted = (pts - [x0, y0]).round().astype(np.int32)
        cv2.fillPoly(mask, [shifted], 1)
        return float(cv2.mean(pred[y0 : y1 + 1, x0 : x1 + 1], mask)[0])


def sort_reading(quads: np.ndarray) -> np.ndarray:
    """Indices ordering quads top-to-bottom, then left-to-right within a text row."""
    if len(quads) == 0:
        return np.zeros((0,), dtype=np.int64)
    tops = quads[:, :, 1].min(axis=1)
    lefts = quads[:, :, 0].min(axis=1)
    heights = quads[:, :, 1].max(axis=1) - tops
    order = list(np.lexsort((lefts, tops)))
    # Bubble boxes whose tops differ by under half a line height into left-to-right order.
    for i in range(1, len(order)):
        j = i
        while j > 0:
            a, b = order[j - 1], order[j]
            same_row = abs(tops[b] - tops[a]) < 0.5 * min(heights[a], heights[b])
            if same_row and lefts[b] < lefts[a]:
                order[j - 1], order[j] = b, a
                j -= 1
            else:
                break
    return np.asarray(order, dtype=np.int64)
