"""The OCR stage: page -> upright working image + text lines (det -> cls -> rec), run once per page."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from docsense.core.config import EngineSettings, OcrSettings
from docsense.core.document import Line, Word
from docsense.core.geometry import PageTransform, bbox_of, order_quad, quad_points, rotate90, rotate_small

from .det import TextDetector, sort_reading
from .orientation import PageOrientation, body_upright, estimate_skew
from .rec import Recognized, TextClassifier, TextRecognizer, crop_quad, word_spans


@dataclass
class OcrResult:
    """Lines are in the frame of `image` (the upright page); `transform` maps the input page into it."""

    image: np.ndarray
    transform: PageTransform
    lines: list[Line]
    timings_ms: dict[str, float] = field(default_factory=dict)


@dataclass
class _Crop:
    quad: np.ndarray  # reading order: start-top, end-top, end-bottom, start-bottom
    image: np.ndarray
    vertical: bool
    det_score: float


class OcrPipeline:
    """Composed from the stage predictors; each is built once and reused for every page."""

    def __init__(self, cfg: OcrSettings, engine_cfg: EngineSettings) -> None:
        self.cfg = cfg
        backend = cfg.engine
        self.detector = TextDetector(cfg.det, engine_cfg, backend)
        self.classifier = TextClassifier(cfg.cls, engine_cfg, backend) if cfg.cls.enabled else None
        self.recognizer = TextRecognizer(cfg.rec, engine_cfg, backend)
        self.orienter = PageOrientation(cfg.orientation, engine_cfg) if cfg.orientation.enabled else None
        # Recognition calls are counted so callers (and tests) can check nothing is read twice; the second
        # reading of a line the direction classifier flagged is counted apart.
        self.rec_calls = 0
        self.rec_rereads = 0

    # --- one stage at a time, for users who need just that ---

    def detect(self, image: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        return self.detector(image)

    def recognize(self, crops: list[np.ndarray]) -> list[Recognized]:
        self.rec_calls += len(crops)
        return self.recognizer(crops) if crops else []

    # --- the whole page ---

    def __call__(self, image: np.ndarray) -> OcrResult:
        import time

        timings: dict[str, float] = {}
        t0 = time.perf_counter()
        transform = PageTransform()
        if self.orienter is not None:
            angle, prob = self.orienter(image)
            if angle % 180 == 90 and prob >= self.cfg.orientation.min_score and body_upright(self.detector(image)[0]):
                angle = 0  # one row of turned headings over upright rows: the page is upright
            if angle and prob >= self.cfg.orientation.min_score:
                image, m = rotate90(image, 360 - angle)  # the page is turned `angle` clockwise: undo it
                transform = PageTransform(m, rotation=angle)
        t1 = time.perf_counter()
        timings["orientation"] = (t1 - t0) * 1000
        quads, scores = self.detector(image)
        if self.cfg.orientation.deskew and len(quads):
            skew = estimate_skew(quads)
            if self.cfg.orientation.deskew_min_deg <= abs(skew) <= self.cfg.orientation.deskew_max_deg:
                image, m = rotate_small(image, -skew)
                transform = transform.then(m)
                transform.skew = skew
                quads, scores = self._turn_quads(quads, scores, m)
        t2 = time.perf_counter()
        timings["det"] = (t2 - t1) * 1000
        crops = self._crops(image, quads, scores)
        if self.classifier is not None and crops:
            flips = self.classifier([c.image for c in crops])
            if len(crops) >= 4 and sum(f for f, _ in flips) > 0.6 * len(crops):
                # Most lines upside down: the page itself is; turn it and read again.
                image, m = rotate90(image, 180)
                transform = transform.then(m)
                transform.rotation = (transform.rotation + 180) % 360
                quads, scores = self.detector(image)
                crops = self._crops(image, quads, scores)
                flips = self.classifier([c.image for c in crops])
            flagged = [i for i, (flip, _) in enumerate(flips) if flip]
        else:
            flagged = []
        t3 = time.perf_counter()
        timings["cls"] = (t3 - t2) * 1000
        # The direction classifier misjudges some long upright lines (they are squeezed to 192 px): a line it
        # flags is read both ways and keeps the reading the recognizer is surer of.
        texts = self.recognize([c.image for c in crops])
        turned = [np.ascontiguousarray(crops[i].image[::-1, ::-1]) for i in flagged]
        self.rec_rereads += len(turned)
        for i, alt in zip(flagged, self.recognizer(turned) if turned else [], strict=True):
            if alt.score > texts[i].score:
                texts[i] = alt
                crops[i].quad = np.roll(crops[i].quad, 2, axis=0)
        lines = [
            self._line(c, r)
            for c, r in zip(crops, texts, strict=True)
            if r.text.strip() and r.score >= self.cfg.rec.text_score
        ]
        timings["rec"] = (time.perf_counter() - t3) * 1000
        return OcrResult(image, transform, lines, timings)

    @staticmethod
    def _turn_quads(quads: np.ndarray, scores: np.ndarray, m: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The detected boxes turned with the page (3x3 map `m`), in reading order: no second detection."""
        pts = quads.reshape(-1, 2) @ m[:2, :2].T + m[:2, 2]
        turned = np.stack([order_quad(q) for q in pts.reshape(-1, 4, 2)])
        order = sort_reading(turned)
        return turned[order], scores[order]

    def _crops(self, image: np.ndarray, quads: np.ndarray, scores: np.ndarray) -> list[_Crop]:
        crops = []
        for quad, score in zip(quads, scores, strict=True):
            img = crop_quad(image, quad)
            h, w = img.shape[:2]
            vertical = h >= self.cfg.rec.vertical_ratio * w
            if vertical:
                img = np.ascontiguousarray(np.rot90(img))  # top of the column becomes the start of the line
                # Reading runs down the column: the crop's start-top corner is the quad's top-right.
                quad = quad[[1, 2, 3, 0]]
            crops.append(_Crop(quad.copy(), img, vertical, float(score)))
        return crops

    @staticmethod
    def _line(crop: _Crop, rec: Recognized) -> Line:
        q = crop.quad.astype(np.float64)
        return Line(
            text=rec.text.strip(),
            bbox=bbox_of(q),
            polygon=quad_points(order_quad(q)),  # clockwise from top-left, as drawn
            score=round(rec.score, 4),
            vertical=crop.vertical,
            words=words_along(q, rec),
        )


def words_along(quad: np.ndarray, rec: Recognized) -> list[Word]:
    """Word boxes of a recognized line: each word spans its characters' positions along the reading-order quad
    (start-top, end-top, end-bottom, start-bottom)."""
    start_top, end_top, end_bottom, start_bottom = np.asarray(quad, dtype=np.float64)

    def at(f: float) -> tuple[np.ndarray, np.ndarray]:
        return start_top + f * (end_top - start_top), start_bottom + f * (end_bottom - start_bottom)

    words = []
    half = rec.char_width / 2
    for s, e in word_spans(rec.text):
        f0 = max(0.0, rec.centers[s] - half)
        f1 = min(1.0, rec.centers[e - 1] + half)
        (a, b), (c, d) = at(f0), at(f1)
        box = bbox_of(np.array([a, b, c, d]))
        words.append(Word(text=rec.text[s:e], bbox=box, score=round(rec.word_score(s, e), 4)))
    return words
