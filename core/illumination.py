"""Uneven lighting: a page photographed or scanned under a lamp, a shadow or a dim corner has paper that is white in
one place and grey in another. The table grid finder read the grey paper as rules and shading (bench/scans.py
table page under `light`: TEDS 1.0 -> 0.683), so the page layout and tables see has its paper flattened to white,
only where its brightness measurably and smoothly varies over the page (a clean page is returned as it is, the same
array; OCR reads the page as loaded).

The paper's brightness is estimated on a reduced copy: a grey-level closing (max then min filter) wider than any
stroke or line of text leaves the paper without the ink; that background, smoothed, divides the page.
"""

from __future__ import annotations

import cv2
import numpy as np

# The reduced copy's long side: a text line is 2-3 px there, so the closing below covers it.
_SIDE = 256
_KERNEL = 9
# Uneven: the paper of the darker tenth of the page is below this share of the brightest paper. Decided on
# bench/scans.py pages (clean and `light` variants); see docs/scans.md.
UNEVEN_BELOW = 0.85
# A background with a step (a page photographed on a desk, a hard shadow) is left alone: dividing by the smoothed
# estimate leaves a dark rim along the step, which the table finder read as a rule (new photo-like set: TEDS of
# a Chinese e-invoice on a desk 0.65 -> 0.15).
STEP_ABOVE = 0.1


def paper_background(image: np.ndarray) -> np.ndarray:
    """The paper's brightness per channel on a reduced copy (float32, long side `_SIDE`), steps kept."""
    h, w = image.shape[:2]
    # Every n-th pixel first (ink is closed away below, so skipped strokes do not matter): a full-size area resize
    # cost ~60 ms an A4 page.
    step = max(1, max(h, w) // _SIDE)
    sub = np.ascontiguousarray(image[::step, ::step])
    f = _SIDE / max(sub.shape[:2])
    size = (max(1, round(sub.shape[1] * f)), max(1, round(sub.shape[0] * f)))
    small = cv2.resize(sub, size, interpolation=cv2.INTER_LINEAR)
    kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (_KERNEL, _KERNEL))
    bg = cv2.morphologyEx(small, cv2.MORPH_CLOSE, kernel)
    return cv2.GaussianBlur(bg.astype(np.float32), (0, 0), 1.0)


def step_edge(bg: np.ndarray) -> float:
    """The steepest change of the paper's brightness (share of the brightest paper per pixel of the reduced copy,
    99.5th percentile): a lamp's fall-off changes ~0.002 a pixel, the edge of a page on a desk 0.1 or more."""
    gray = bg.mean(axis=2) if bg.ndim == 3 else bg
    gy, gx = np.gradient(gray)
    top = float(np.percentile(gray, 99))
    return float(np.percentile(np.hypot(gx, gy), 99.5)) / top if top > 0 else 0.0


def unevenness(bg: np.ndarray) -> float:
    """The paper of the darkest tenth of the page as a share of its brightest (1.0: even)."""
    gray = bg.mean(axis=2) if bg.ndim == 3 else bg
    low, top = np.percentile(gray[::2, ::2], (10, 99))
    return float(low / top) if top > 0 else 1.0


def flatten(image: np.ndarray, threshold: float = UNEVEN_BELOW) -> np.ndarray:
    """`image` (uint8, 3 channels or 1) with its paper made evenly white where the lighting is uneven; the same
    array when it is even (below the measure's `threshold` counts as uneven)."""
    bg = paper_background(image)
    if unevenness(bg) >= threshold or step_edge(bg) > STEP_ABOVE:
        return image
    bg = cv2.GaussianBlur(bg, (0, 0), _KERNEL / 2)
    h, w = image.shape[:2]
    full = cv2.resize(bg, (w, h), interpolation=cv2.INTER_LINEAR)
    if full.ndim == 2 and image.ndim == 3:
        full = full[..., None]
    out = image.astype(np.float32) * (255.0 / np.maximum(full, 1.0))
    return np.ascontiguousarray(out.clip(0, 255).astype(np.uint8))
