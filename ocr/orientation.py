"""Whole-page orientation (0/90/180/270, PP-LCNet doc-orientation classifier) and small-skew estimation."""

from __future__ import annotations

import cv2
import numpy as np

from docsense.core.config import OrientationSettings
from docsense.core.engine import Predictor

_MEAN = np.array([0.485, 0.456, 0.406], np.float32)
_STD = np.array([0.229, 0.224, 0.225], np.float32)


class PageOrientation(Predictor[OrientationSettings]):
    """`__call__(bgr page) -> (degrees the page content is turned clockwise from upright, probability)`."""

    def loaded(self) -> None:
        labels = self.engine.metadata().get("character", "0\n90\n180\n270").splitlines()
        self.angles = [int(a) for a in labels]

    def probabilities(self, image: np.ndarray) -> np.ndarray:
        h, w = image.shape[:2]
        # Resize the short side to 256 and centre-crop 224, as the classifier was trained.
        f = 256.0 / min(h, w)
        img = cv2.resize(image, (max(224, round(w * f)), max(224, round(h * f))), interpolation=cv2.INTER_AREA)
        y0 = (img.shape[0] - 224) // 2
        x0 = (img.shape[1] - 224) // 2
        crop = img[y0 : y0 + 224, x0 : x0 + 224, ::-1].astype(np.float32) / 255.0
        x = ((crop - _MEAN) / _STD).transpose(2, 0, 1)[None]
        logits = self.engine(np.ascontiguousarray(x))[0]
        e = np.exp(logits - logits.max())
        return e / e.sum() if abs(float(logits.sum()) - 1.0) > 1e-3 else logits

    def __call__(self, image: np.ndarray) -> tuple[int, float]:
        return self.best(self.probabilities(image))

    def best(self, p: np.ndarray) -> tuple[int, float]:
        i = int(p.argmax())
        # The label is how far the content is turned clockwise (PaddleX's convention).
        return self.angles[i] % 360, float(p[i])

    def with_lines(self, p: np.ndarray, quads: np.ndarray) -> tuple[int, float]:
        """The classifier's unsure answer narrowed by the direction the detected lines run (`line_direction`).

        The classifier sees a 224 px square from the middle of the page: on a page whose text fills a band of it (a
        wide ruled invoice in its top third) it can be unsure between a quarter and a half turn (0.80 / 0.14). The
        lines settle which kind of turn it is: lines across the page are upright or upside down (0 or 180), lines
        down the page are turned a quarter (or vertical text at 0); the classifier then chooses within that kind.
        A wrong 90 / 270 is caught later by the line-direction classifier, as a wrong 0 / 180 is."""
        by = {a: float(p[i]) for i, a in enumerate(self.angles)}
        p0, p90, p180, p270 = (by.get(a, 0.0) for a in (0, 90, 180, 270))
        way = line_direction(quads)
        if way == "across" and p0 + p180 > 0:
            return (180, p180 / (p0 + p180)) if p180 > p0 else (0, p0 / (p0 + p180))
        if way == "down" and p0 + p90 + p270 > 0 and p90 + p270 > p0:
            return (90 if p90 >= p270 else 270), (p90 + p270) / (p0 + p90 + p270)
        return self.best(p)


def line_direction(quads: np.ndarray) -> str | None:
    """`across` when the page's text lines run left to right or right to left, `down` when they run up or down it (a
    page turned a quarter, or vertical text); None when neither holds 4/5 of the lines' length or there is too little.

    Only clearly long boxes vote (twice as long as high), by their length: single characters and figures are square
    and say nothing. Measured on 98 pages at every quarter turn (generated resumes, invoices and table pages, SROIE
    receipts, FUNSD forms, PubLayNet pages): upright pages 0.05 or less of the length down, turned ones 0.95 or more,
    but for a page of vertical columns (all down upright)."""
    if len(quads) < 3:
        return None
    lo, hi = quads.min(axis=1), quads.max(axis=1)
    w, h = hi[:, 0] - lo[:, 0], hi[:, 1] - lo[:, 1]
    down, across = float(h[h >= 2 * w].sum()), float(w[w >= 2 * h].sum())
    if down + across < 4 * float(np.median(np.minimum(w, h))):  # under ~2 short words of evidence
        return None
    if across >= 0.8 * (down + across):
        return "across"
    if down >= 0.8 * (down + across):
        return "down"
    return None


def estimate_skew(quads: np.ndarray) -> float:
    """Dominant text angle (degrees, counter-clockwise positive) from wide detection quads; 0 if unsure."""
    if len(quads) < 3:
        return 0.0
    vec = quads[:, 1] - quads[:, 0]  # top edge, left -> right
    lengths = np.linalg.norm(vec, axis=1)
    heights = np.linalg.norm(quads[:, 3] - quads[:, 0], axis=1)
    wide = lengths > 2.5 * np.maximum(heights, 1)
    if wide.sum() < 3:
        return 0.0
    angles = np.degrees(np.arctan2(-vec[wide, 1], vec[wide, 0]))
    # Length-weighted median: long lines measure the angle best.
    order = np.argsort(angles)
    cum = np.cumsum(lengths[wide][order])
    return float(angles[order][np.searchsorted(cum, cum[-1] / 2)])


def body_upright(quads: np.ndarray) -> bool:
    """True when the detected lines say the page is upright though the classifier asks for a quarter turn.

    A table whose column headings are printed turned on their side puts most of its ink in those tall headings (the
    body may be short figures and marks), so the classifier turns the crop and the body with it. The headings are one
    row, though: the tall lines share one band across the page, and the text outside that band (the body rows) is
    upright. A page truly turned a quarter has its tall lines in several bands (a table's rows) or little text outside
    one band (a page of prose), so it is still turned.
    """
    if len(quads) < 5:
        return False
    lo, hi = quads.min(axis=1), quads.max(axis=1)
    w, h = hi[:, 0] - lo[:, 0], hi[:, 1] - lo[:, 1]
    # A turned heading is a word or more (twice as tall as wide); a turned `+` or `12` may be read 1.6 x.
    tall, wide = h >= 2.0 * w, w >= 1.5 * h
    if tall.sum() < 2:
        return False
    # The headings' row: the tall lines crossing the level most of them cross.
    t_lo, t_hi = lo[tall, 1], hi[tall, 1]
    crossing = [(t_lo <= y) & (t_hi >= y) for y in (t_lo + t_hi) / 2]
    head = np.zeros(len(quads), bool)
    head[np.flatnonzero(tall)[max(crossing, key=lambda c: int(c.sum()))]] = True
    cy = (lo[:, 1] + hi[:, 1]) / 2
    outside = (cy > hi[head, 1].max()) | (cy < lo[head, 1].min())
    upright = int((wide & outside).sum())
    # Other tall boxes: a column of marks the detector read as one box may be, more turned words may not.
    stray = int((tall & ~head).sum())
    if (
        head.sum() < 2
        or outside.sum() < max(3, int(head.sum()))
        or upright < 2
        or stray > min(head.sum() // 4, upright - 1)
    ):
        return False
    # The body is rows: upright text over more than one line's height.
    return float(np.ptp(cy[outside])) >= float(np.median(h[outside]))
