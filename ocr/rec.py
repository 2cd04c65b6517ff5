"""Line crops, the 0/180 direction classifier and CTC recognition (greedy) with per-character positions."""

from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import cv2
import numpy as np

from docsense.core.config import ClsSettings, EngineSettings, RecSettings
from docsense.core.engine import Engine, Predictor, fan_out, get_engine
from docsense.core.errors import ModelError

from .ensemble import best_alignment, choose, ctc_log_likelihood

# A line whose least sure character is under this is read by the second recognizer too (`ocr.rec.second_model`);
# on SROIE tune-A receipts 0.8, 0.9 and 0.95 read the same (docs/receipts.md, session 13).
UNSURE = 0.9
# The first model's share of a reading's score (log-likelihoods weighted): the second reads worse alone (PP-OCRv4
# mobile: 0.948 of the characters of tune-A lines against PP-OCRv6 small's 0.968) and, weighted equally, overrules
# right readings about as often as it mends wrong ones.
FIRST_WEIGHT = 0.7


def crop_quad(image: np.ndarray, quad: np.ndarray) -> np.ndarray:
    """Perspective-rectified crop of a quad (tl, tr, br, bl)."""
    q = quad.astype(np.float32)
    w = int(max(np.linalg.norm(q[0] - q[1]), np.linalg.norm(q[3] - q[2])))
    h = int(max(np.linalg.norm(q[0] - q[3]), np.linalg.norm(q[1] - q[2])))
    w, h = max(w, 1), max(h, 1)
    dst = np.array([[0, 0], [w, 0], [w, h], [0, h]], dtype=np.float32)
    m = cv2.getPerspectiveTransform(q, dst)
    return cv2.warpPerspective(image, m, (w, h), borderMode=cv2.BORDER_REPLICATE, flags=cv2.INTER_CUBIC)


def _normalize(img: np.ndarray) -> np.ndarray:
    return ((img.astype(np.float32) / 255.0 - 0.5) / 0.5).transpose(2, 0, 1)


class TextClassifier(Predictor[ClsSettings]):
    """`__call__(crops) -> list of (turned: bool, score)`; a turned crop reads correctly after a 180 turn."""

    def loaded(self) -> None:
        self.engine.lanes()  # built with the model, not on the first page

    def __call__(self, crops: list[np.ndarray]) -> list[tuple[bool, float]]:
        out: list[tuple[bool, float]] = [(False, 1.0)] * len(crops)
        order = np.argsort([c.shape[1] / c.shape[0] for c in crops])
        batches = [order[i : i + self.cfg.batch_num] for i in range(0, len(crops), self.cfg.batch_num)]

        def classify(engine: Engine, idx: np.ndarray) -> np.ndarray:
            batch = np.zeros((len(idx), 3, 48, 192), np.float32)
            for b, i in enumerate(idx):
                h, w = crops[i].shape[:2]
                rw = min(192, max(1, math.ceil(48 * w / h)))
                batch[b, :, :, :rw] = _normalize(cv2.resize(crops[i], (rw, 48)))
            return engine(batch)

        for idx, probs in zip(batches, fan_out(self.engine, batches, classify), strict=True):
            for b, i in enumerate(idx):
                p180 = float(probs[b, 1])
                out[i] = (p180 > self.cfg.thresh, max(p180, 1.0 - p180))
        return out


@dataclass
class Recognized:
    text: str
    score: float
    # per character: center and width as fractions of the crop width (reading direction)
    centers: list[float]
    char_width: float
    # per character: the CTC probability of its best path step (empty: unknown, the line's score holds)
    probs: list[float] = field(default_factory=list)

    def word_score(self, start: int, end: int) -> float:
        """A word's confidence: its least sure character's probability (the line's score when unknown)."""
        return min(self.probs[start:end]) if len(self.probs) >= end > start else self.score


class TextRecognizer(Predictor[RecSettings]):
    """`__call__(crops) -> list[Recognized]`; crops are upright text lines (any height, any width). With
    `second_model`, the lines the first model is unsure of are read by the second one too and the reading both find
    likeliest is kept (`ocr/ensemble.py`)."""

    def __init__(
        self, cfg: RecSettings, engine_cfg: EngineSettings, backend: str = "onnxruntime", engine: Engine | None = None
    ) -> None:
        self.second = get_engine(cfg.second_model, engine_cfg, backend) if cfg.second_model else None
        super().__init__(cfg, engine_cfg, backend, engine)

    def loaded(self) -> None:
        self.charset = self._charset(self.engine, self.cfg.keys_path)
        self.engine.lanes()  # built with the model, not on the first page
        if self.second is not None:
            self.second_charset = self._charset(self.second, None)
            # each model's class of a character (0: the blank); characters one model lacks it cannot read
            self.index = [{c: i for i, c in enumerate(cs) if i} for cs in (self.charset, self.second_charset)]
            self.second.lanes()

    @staticmethod
    def _charset(engine: Engine, keys_path: str | None) -> list[str]:
        if keys_path:
            chars = Path(keys_path).read_text(encoding="utf-8").splitlines()
        else:
            meta = engine.metadata().get("character")
            if not meta:
                raise ModelError("recognition model has no character list: set ocr.rec.keys_path")
            chars = meta.splitlines()
        # PaddleOCR's CTC head: index 0 is the blank, the dictionary follows, a space comes last.
        return ["", *chars, " "]

    def __call__(self, crops: list[np.ndarray]) -> list[Recognized]:
        h_in = self.cfg.image_height
        results: list[Recognized | None] = [None] * len(crops)
        # each crop's width at the model's height, and the (padded) width it is read at
        sized = [min(self.cfg.max_width, max(1, math.ceil(h_in * c.shape[1] / max(c.shape[0], 1)))) for c in crops]
        widths = [max(self.cfg.min_width, 8 * math.ceil(w / 8)) for w in sized]

        def read(engine: Engine, idx: list[int]) -> list[Recognized]:
            batch_w = widths[idx[-1]]
            batch = np.zeros((len(idx), 3, h_in, batch_w), np.float32)
            for b, i in enumerate(idx):
                batch[b, :, :, : sized[i]] = _normalize(cv2.resize(crops[i], (sized[i], h_in)))
            probs = engine(batch)
            out = [self._decode(probs[b], sized[i] / batch_w) for b, i in enumerate(idx)]
            unsure = [b for b, r in enumerate(out) if r.probs and min(r.probs) < UNSURE] if self.second else []
            if self.second is not None and unsure:
                second = self._second_lane(engine)(batch[unsure])
                for k, b in enumerate(unsure):
                    out[b] = self._fused(probs[b], second[k], out[b], sized[idx[b]] / batch_w)
            return out

        batches = self._batches(widths)[::-1]  # widest first: the lanes finish together
        for idx, read_batch in zip(batches, fan_out(self.engine, batches, read), strict=True):
            for i, r in zip(idx, read_batch, strict=True):
                results[i] = r
        return [r for r in results if r is not None]

    def _batches(self, widths: list[int]) -> list[list[int]]:
        """Crops grouped by width: on CPU the model's cost is per pixel column, so batching saves little and
        padding every crop to the widest one of a batch costs a lot."""
        batches: list[list[int]] = []
        for i in (int(j) for j in np.argsort(widths, kind="stable")):
            cur = batches[-1] if batches else []
            used = sum(widths[j] for j in cur) + widths[i]
            if cur and len(cur) < self.cfg.batch_num and widths[i] * (len(cur) + 1) <= (1 + self.cfg.pad_waste) * used:
                cur.append(i)
            else:
                batches.append([i])
        return batches

    def _second_lane(self, lane: Engine) -> Engine:
        """The second model's copy that runs beside the first's `lane` (both have one per core)."""
        assert self.second is not None
        first, second = self.engine.lanes(), self.second.lanes()
        at = next((j for j, e in enumerate(first) if e is lane), None)
        return second[at] if at is not None and len(second) == len(first) else self.second

    def _fused(self, probs: np.ndarray, probs2: np.ndarray, first: Recognized, used: float) -> Recognized:
        """The reading both models find likeliest of the first's and the second's (`ensemble.choose`)."""
        best2 = probs2.argmax(axis=1)
        keep = best2 != 0
        keep[1:] &= best2[1:] != best2[:-1]
        text2 = "".join(self.second_charset[k] for k in best2[keep] if k < len(self.second_charset))
        # log-probabilities of the blank and of the characters either reading holds, per model
        chars = sorted(set(first.text) | set(text2))
        logs = []
        for p, index in zip((probs, probs2), self.index, strict=True):
            cols = [0, *(index.get(c, 0) for c in chars)]
            lp = np.log(np.maximum(p[:, cols], 1e-8))
            lp[:, 1:][:, [c not in index for c in chars]] = -1e30
            logs.append(lp)
        local = {c: j + 1 for j, c in enumerate(chars)}

        def known(text: str, index: dict[str, int]) -> bool:
            return all(c in index for c in text)

        def knowing(text: str) -> list[np.ndarray]:
            return [lp for lp, index in zip(logs, self.index, strict=True) if known(text, index)]

        def score(text: str) -> float:
            labels = [local[c] for c in text]
            s = [
                ctc_log_likelihood(lp, labels) for lp, index in zip(logs, self.index, strict=True) if known(text, index)
            ]
            if not s:
                return -1e30
            # a model lacking a character of the reading abstains: the other's likelihood stands for it
            if len(s) == 1:
                return s[0]
            return FIRST_WEIGHT * s[0] + (1 - FIRST_WEIGHT) * s[1]

        # where the readings differ only in spaces the first model's are kept (the second drops spaces)
        text = choose(first.text, text2, score, spaces=False)
        if text == first.text:
            return first
        steps = probs.shape[0]
        models = knowing(text)
        if not text or not models:
            return Recognized("", 0.0, [], 1.0 / steps / used, [])
        labels = [local[c] for c in text]
        starts, _ = best_alignment(models[0], labels)
        char_probs = [round(float(v), 4) for v in np.mean([best_alignment(lp, labels)[1] for lp in models], axis=0)]
        centers = [min(1.0, (t + 0.5) / steps / used) for t in starts]
        char_w = 1.0 / steps / used
        if len(centers) > 1:
            char_w = max(char_w, float(np.median(np.diff(centers))))
        return Recognized(text, float(np.mean(char_probs)), centers, char_w, char_probs)

    def _decode(self, probs: np.ndarray, used: float) -> Recognized:
        steps = probs.shape[0]
        best = probs.argmax(axis=1)
        conf = probs.max(axis=1)
        keep = best != 0
        keep[1:] &= best[1:] != best[:-1]
        idx = np.nonzero(keep)[0]
        text = "".join(self.charset[best[t]] if best[t] < len(self.charset) else "" for t in idx)
        # a character's probability: the best of the steps its CTC path repeats it on
        run_end = np.append(np.nonzero(best[1:] != best[:-1])[0] + 1, steps)
        ends = run_end[np.searchsorted(run_end, idx, side="right")]
        char_probs = [round(float(conf[t:e].max()), 4) for t, e in zip(idx, ends, strict=True)]
        score = float(conf[idx].mean()) if len(idx) else 0.0
        # Timestep t covers [t, t+1) / steps of the padded input; `used` is the crop's share of it.
        centers = [min(1.0, (t + 0.5) / steps / used) for t in idx]
        char_w = 1.0 / steps / used
        if len(centers) > 1:
            char_w = max(char_w, float(np.median(np.diff(centers))))
        return Recognized(text, score, centers, char_w, char_probs)


def is_cjk(ch: str) -> bool:
    """Scripts written without spaces: each character becomes its own word box."""
    if ch.isascii():
        return False
    name = unicodedata.name(ch, "")
    return name.startswith(("CJK", "HIRAGANA", "KATAKANA", "HANGUL", "FULLWIDTH", "IDEOGRAPHIC", "BOPOMOFO"))


def word_spans(text: str) -> list[tuple[int, int]]:
    """[start, end) character ranges of words: split at spaces, and around every CJK character."""
    spans: list[tuple[int, int]] = []
    start = None
    for i, ch in enumerate(text):
        if ch.isspace():
            if start is not None:
                spans.append((start, i))
            start = None
        elif is_cjk(ch):
            if start is not None:
                spans.append((start, i))
            spans.append((i, i + 1))
            start = None
        elif start is None:
            start = i
    if start is not None:
        spans.append((start, len(text)))
    return spans
