"""The OCR stage: page -> upright working image + text lines (det -> cls -> rec), run once per page."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

import cv2
import numpy as np

from docsense.core.config import EngineSettings, OcrSettings
from docsense.core.document import BBox, Line, Word
from docsense.core.geometry import PageTransform, bbox_of, order_quad, quad_points, rotate90, rotate_small

from .det import TextDetector, sort_reading
from .orientation import PageOrientation, body_upright, estimate_skew
from .rec import Recognized, TextClassifier, TextRecognizer, crop_quad, is_cjk, word_spans
from .script import simplify_page

# Detected boxes scoring under ocr.det.box_thresh but at least this are read only where they may be the lone
# character of a letter-spaced line (`_join_spaced`): `合` of a pale `合　　计` scored 0.47.
WEAK_BOX = 0.35


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
        found: tuple[np.ndarray, np.ndarray] | None = None  # the page's lines as loaded, kept while it is not turned
        if self.orienter is not None:
            probs = self.orienter.probabilities(image)
            angle, prob = self.orienter.best(probs)
            sure = prob >= self.cfg.orientation.min_score
            if not sure or angle % 180 == 90:
                found = self.detector(image, weak=WEAK_BOX)
                lines = found[0][found[1] >= self.cfg.det.box_thresh]
                if not sure:  # the way the lines run decides between the turns the classifier hesitates over
                    angle, prob = self.orienter.with_lines(probs, lines)
                if angle % 180 == 90 and body_upright(lines):
                    angle = 0  # one row of turned headings over upright rows: the page is upright
            if angle and prob >= self.cfg.orientation.min_score:
                image, m = rotate90(image, 360 - angle)  # the page is turned `angle` clockwise: undo it
                transform = PageTransform(m, rotation=angle)
                found = None
        t1 = time.perf_counter()
        timings["orientation"] = (t1 - t0) * 1000
        quads, scores = found or self.detector(image, weak=WEAK_BOX)
        if self.cfg.orientation.deskew and len(quads):
            skew = estimate_skew(quads[scores >= self.cfg.det.box_thresh])
            if self.cfg.orientation.deskew_min_deg <= abs(skew) <= self.cfg.orientation.deskew_max_deg:
                image, m = rotate_small(image, -skew)
                transform = transform.then(m)
                transform.skew = skew
                quads, scores = self._turn_quads(quads, scores, m)
        t2 = time.perf_counter()
        timings["det"] = (t2 - t1) * 1000
        quads, scores, spare = self._split_weak(quads, scores)
        crops = self._crops(image, quads, scores)
        if self.classifier is not None and crops:
            flips = self.classifier([c.image for c in crops])
            if len(crops) >= 4 and sum(f for f, _ in flips) > 0.6 * len(crops):
                # Most lines upside down: the page itself is; turn it and read again.
                image, m = rotate90(image, 180)
                transform = transform.then(m)
                transform.rotation = (transform.rotation + 180) % 360
                quads, scores, spare = self._split_weak(*self.detector(image, weak=WEAK_BOX))
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
        crops, texts = self._join_spaced(image, crops, texts, spare)
        crops, texts = self._reread_turned(image, crops, texts)
        lines = [
            self._line(c, r)
            for c, r in zip(crops, texts, strict=True)
            if r.text.strip() and r.score >= self.cfg.rec.text_score
        ]
        if self.cfg.zh_script == "auto":
            lines = simplify_page(lines)  # `黃` read on a simplified page is `黄`
        timings["rec"] = (time.perf_counter() - t3) * 1000
        return OcrResult(image, transform, lines, timings)

    def _split_weak(self, quads: np.ndarray, scores: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(lines, their scores, weak boxes): boxes under the detector's box score are kept aside (`_join_spaced`)."""
        strong = scores >= self.cfg.det.box_thresh
        return quads[strong], scores[strong], quads[~strong]

    def _join_spaced(
        self, image: np.ndarray, crops: list[_Crop], texts: list[Recognized], spare: np.ndarray
    ) -> tuple[list[_Crop], list[Recognized]]:
        """A letter-spaced CJK key (`合　　计`, `姓　　名`) the detector cut into a lone character and the rest, the
        boxes touching or overlapping, read again as one line; joined two at a time until none is left.

        The lone character may be a weak box (an open character such as `合` in pale ink scored 0.47 against the
        0.5 asked): a weak box beside a line on its row is read too, and kept only when it joins that line."""
        lines = [bbox_of(c.quad.astype(np.float64)) for c in crops if not c.vertical]
        near = [q for q in spare if _beside(bbox_of(q.astype(np.float64)), lines)]
        weak = [c for c in self._crops(image, np.array(near), np.zeros(len(near), np.float32)) if not c.vertical]
        is_weak = [False] * len(crops) + [True] * len(weak)
        crops, texts = crops + weak, texts + (self.recognize([c.image for c in weak]) if weak else [])
        while True:
            pair = _spaced_pair(image, crops, texts, is_weak)
            if pair is None:
                keep = [k for k, w in enumerate(is_weak) if not w]
                return [crops[k] for k in keep], [texts[k] for k in keep]
            i, j = pair
            quad = order_quad(cv2.boxPoints(cv2.minAreaRect(np.concatenate([crops[i].quad, crops[j].quad]))))
            img = crop_quad(image, quad)
            read = self.recognize([img])[0]
            joined = _Crop(quad, img, False, max(crops[i].det_score, crops[j].det_score))
            crops = [joined if k == i else c for k, c in enumerate(crops) if k != j]
            texts = [read if k == i else r for k, r in enumerate(texts) if k != j]
            is_weak = [False if k == i else w for k, w in enumerate(is_weak) if k != j]

    def _reread_turned(
        self, image: np.ndarray, crops: list[_Crop], texts: list[Recognized]
    ) -> tuple[list[_Crop], list[Recognized]]:
        """Latin text turned a quarter up a narrow band (a name up a resume's sidebar, in spaced capitals): the
        detector cuts it into vertical runs and lone letters, and misses some. The band around each such run (with
        margins) is turned upright and detected again; its boxes make one line, read both ways up, which replaces the
        pieces when it reads surely (0.85) and keeps their characters (but one in ten: a piece's stray `I`). A line
        found whole gains only the word spaces the recognizer missed (`MEGANTURNER`)."""
        boxes = [bbox_of(c.quad.astype(np.float64)) for c in crops]
        h, w = image.shape[:2]
        taken: set[int] = set()
        dropped: set[int] = set()
        for i in range(len(crops)):
            if i in taken or not crops[i].vertical or not _latin(texts[i].text) or not texts[i].text.strip():
                continue
            # a vertical piece may be misread (`oore` as `000`); marks (`+ +` down a table column) and CJK are not
            pieces = [
                _word_like(t.text) if c.vertical else _lone_letters(t.text) for c, t in zip(crops, texts, strict=True)
            ]
            run = _column_run(boxes, pieces, i)
            run -= taken
            taken |= run
            alone = len(run) == 1  # found whole: read again only for its word spaces
            x0, y0 = min(boxes[k][0] for k in run), min(boxes[k][1] for k in run)
            x1, y1 = max(boxes[k][2] for k in run), max(boxes[k][3] for k in run)
            wide = x1 - x0
            # margins round the band: the detector finds nothing in a strip the letters fill
            sx0, sx1 = max(0, int(x0 - wide / 2)), min(w, int(x1 + wide / 2) + 1)
            sy0, sy1 = max(0, int(y0 - 2 * wide)), min(h, int(y1 + 2 * wide) + 1)
            strip = np.ascontiguousarray(np.rot90(image[sy0:sy1, sx0:sx1], -1))  # the band turned upright
            found, _ = self.detector(strip)
            # boxes wholly past the run's ends are other text (a mark in the cell under a turned heading)
            ua, ub = sy1 - 1 - y1, sy1 - 1 - y0
            found = found[(found[:, :, 0].max(axis=1) > ua) & (found[:, :, 0].min(axis=1) < ub)]
            if not len(found) or any(_taller(q) for q in found) or not _one_row(found):
                continue
            (u0, v0), (u1, v1) = found.reshape(-1, 2).min(axis=0), found.reshape(-1, 2).max(axis=0)
            # back to the page: turned (u, v) was (x, y) = (sx0 + v, sy1 - 1 - u)
            corners = [(u0, v0), (u1, v0), (u1, v1), (u0, v1)]
            quad = np.array([(sx0 + v, sy1 - 1 - u) for u, v in corners], dtype=np.float32)
            img = crop_quad(image, quad)
            up, down = self.recognize([img, np.ascontiguousarray(img[::-1, ::-1])])
            read = up if up.score >= down.score else down
            # the detector's boxes are the words: spaced capitals leave the recognizer no word space to see
            spans = sorted((float(q[:, 0].min()), float(q[:, 0].max())) for q in found)
            cuts = [((a[1] + b[0]) / 2 - u0) / max(u1 - u0, 1.0) for a, b in itertools.pairwise(spans) if b[0] > a[0]]
            if read is down:
                quad, img = np.roll(quad, 2, axis=0), np.ascontiguousarray(img[::-1, ::-1])
                cuts = [1 - c for c in cuts]
            read = _spaced_at(read, cuts or _blank_gaps(img))
            before = sum(_letters(texts[k].text) for k in run)
            if read.score < 0.85 or _letters(read.text) < before - max(1, before // 10):
                continue
            if alone and (read.text == texts[i].text or read.text.replace(" ", "") != texts[i].text.replace(" ", "")):
                continue
            crops[i], texts[i] = _Crop(quad, img, True, max(crops[k].det_score for k in run)), read
            dropped |= run - {i}
        keep = [k for k in range(len(crops)) if k not in dropped]
        return [crops[k] for k in keep], [texts[k] for k in keep]

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


def _cjk_word(text: str) -> bool:
    """Chinese characters only (a key's colon allowed at the end): no figures, no Latin."""
    core = text.strip().rstrip(":：")
    return bool(core) and all(is_cjk(ch) and not ch.isdigit() for ch in core)


def _same_row(a: BBox, b: BBox) -> bool:
    """`b` starts right of `a`, at most 0.3 of the lower one's height after `a` ends, the two sharing 0.7 of it."""
    h = min(a[3] - a[1], b[3] - b[1])
    return a[0] < b[0] and a[2] < b[2] and min(a[3], b[3]) - max(a[1], b[1]) >= 0.7 * h and b[0] - a[2] <= 0.3 * h


def _beside(box: BBox, lines: list[BBox]) -> bool:
    """`box` is on the row of one of `lines`, touching it on either side."""
    return any(_same_row(box, other) or _same_row(other, box) for other in lines)


def _spaced_pair(
    image: np.ndarray, crops: list[_Crop], texts: list[Recognized], weak: list[bool] | None = None
) -> tuple[int, int] | None:
    """(left, right) indices of two horizontal lines that are one letter-spaced CJK run, or None.

    Both read as Chinese characters only, one of them a single character; on one row (they share 0.7 of the lower
    one's height); the right one starting at most 0.3 of that height after the left ends (the detector cut the run at
    a wide letter space, its boxes grown into each other). Neighbouring table cells meet so too (`个` beside `数量`),
    so no ruling line may stand between them. Two `weak` boxes are never a pair: one must be a line."""
    weak = weak or [False] * len(crops)
    boxes = [bbox_of(c.quad.astype(np.float64)) for c in crops]
    for i, (a, ra) in enumerate(zip(crops, texts, strict=True)):
        if a.vertical or not _cjk_word(ra.text):
            continue
        for j, (b, rb) in enumerate(zip(crops, texts, strict=True)):
            if j == i or b.vertical or (weak[i] and weak[j]) or not _cjk_word(rb.text):
                continue
            if min(len(ra.text), len(rb.text)) > 1 or not _same_row(boxes[i], boxes[j]):
                continue
            (_, ay0, ax1, ay1), (bx0, by0, _, by1) = boxes[i], boxes[j]
            if not _ruled_between(image, (min(ax1, bx0), max(ax1, bx0)), (min(ay0, by0), max(ay1, by1))):
                return i, j
    return None


def _column_run(boxes: list[BBox], pieces: list[bool], seed: int) -> set[int]:
    """The `pieces` (vertical lines, lone letters) stacked with `seed` in its column: sharing half the narrower
    one's width, at least 0.3 as wide as the run (a lone `I` is narrower), at most 2.5 of the run's width above or
    below it (a word space between spaced capitals)."""
    run = {seed}
    x0, y0, x1, y1 = boxes[seed]
    grown = True
    while grown:
        grown = False
        for k, (bx0, by0, bx1, by1) in enumerate(boxes):
            narrow, wide = sorted((x1 - x0, bx1 - bx0))
            if k in run or not pieces[k] or min(x1, bx1) - max(x0, bx0) < 0.5 * narrow or narrow < 0.3 * wide:
                continue
            if max(y0, by0) - min(y1, by1) <= 2.5 * (x1 - x0):
                run.add(k)
                x0, y0, x1, y1 = min(x0, bx0), min(y0, by0), max(x1, bx1), max(y1, by1)
                grown = True
    return run


def _latin(text: str) -> bool:
    """More Latin letters than CJK characters: stacked CJK columns are read as they stand."""
    return sum(ch.isascii() and ch.isalpha() for ch in text) > sum(is_cjk(ch) for ch in text)


def _spaced_at(read: Recognized, cuts: list[float]) -> Recognized:
    """`read` with a space at each cut (a fraction of the crop's length) that falls between two characters."""
    text, centers, probs = list(read.text), list(read.centers), list(read.probs)
    for cut in sorted(cuts, reverse=True):
        k = sum(c < cut for c in centers)
        if 0 < k < len(text) and text[k - 1] != " " and text[k] != " ":
            text.insert(k, " ")
            centers.insert(k, cut)
            if len(probs) >= k:
                probs.insert(k, 1.0)
    return Recognized("".join(text), read.score, centers, read.char_width, probs)


def _blank_gaps(img: np.ndarray) -> list[float]:
    """Word spaces of a line of spaced capitals the detector found as one box, as fractions of its length: the blank
    column runs between the ink at least twice as wide as the median one and a third of the line's height (the
    recognizer's character centres are too coarse to tell a word space from a letter space)."""
    gray = cv2.cvtColor(img, cv2.COLOR_BGR2GRAY) if img.ndim == 3 else img
    _, ink = cv2.threshold(gray, 0, 1, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    if ink.mean() > 0.5:
        ink = 1 - ink  # light letters on a dark band
    cols: np.ndarray = np.asarray(ink.any(axis=0), dtype=bool)
    edges = np.flatnonzero(np.diff(cols.astype(np.int8)))
    runs = [(int(s0) + 1, int(s1) + 1) for s0, s1 in itertools.pairwise(edges) if not cols[s0 + 1]]
    if len(runs) < 3:
        return []
    median = float(np.median([e - s0 for s0, e in runs]))
    wide = max(2 * median, img.shape[0] / 3)
    return [(s0 + e) / 2 / img.shape[1] for s0, e in runs if e - s0 >= wide]


def _letters(text: str) -> int:
    return sum(not ch.isspace() for ch in text)


def _word_like(text: str) -> bool:
    """Mostly letters and figures, none of them CJK."""
    core = text.replace(" ", "")
    return bool(core) and not any(map(is_cjk, core)) and 2 * sum(ch.isalnum() for ch in core) > len(core)


def _lone_letters(text: str) -> bool:
    """One or two letters: what the detector leaves of a spaced word (`R`, `E`); a lone `+` or figure is a cell's."""
    core = text.strip()
    return 0 < len(core) <= 2 and core.isascii() and core.isalpha()


def _one_row(quads: np.ndarray) -> bool:
    """The boxes share one row: each overlaps the others' common band by half the lowest one's height."""
    tops, bottoms = quads[:, :, 1].min(axis=1), quads[:, :, 1].max(axis=1)
    return bool(bottoms.min() - tops.max() >= 0.5 * float((bottoms - tops).min()))


def _taller(quad: np.ndarray) -> bool:
    """A box standing upright in the turned band: text that ran across the band, not along it."""
    x0, y0, x1, y1 = bbox_of(quad.astype(np.float64))
    return y1 - y0 > 1.5 * (x1 - x0)


def _ruled_between(image: np.ndarray, xs: tuple[float, float], ys: tuple[float, float]) -> bool:
    """True when a vertical rule crosses the rows `ys`, widened by a quarter of their height each way (a cell's rule
    runs past the text; a character's stroke does not), somewhere in the columns `xs` (a few pixels wider)."""
    h, w = image.shape[:2]
    pad = (ys[1] - ys[0]) / 4
    y0, y1 = max(0, int(ys[0] - pad)), min(h, int(ys[1] + pad) + 1)
    x0, x1 = max(0, int(xs[0]) - 3), min(w, int(xs[1]) + 4)
    if y1 - y0 < 2 or x1 <= x0:
        return False
    patch = image[y0:y1, x0:x1]
    gray = patch.astype(np.float32).mean(axis=2) if patch.ndim == 3 else patch.astype(np.float32)
    paper = float(np.median(image[::8, ::8]))
    dark = gray < paper - 40
    return bool((dark.mean(axis=0) >= 0.85).any())
