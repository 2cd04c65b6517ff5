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
        p = self.probabilities(image)
        i = int(p.argmax())
        # The label is how far the content is turned clockwise (PaddleX's convention).
        return self.angles[i] % 360, float(p[i])


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
