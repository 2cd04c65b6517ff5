"""The second recognizer (`ocr.rec.second_model`): CTC sequence scores and, on real receipt lines, the fused reading."""

from __future__ import annotations

import importlib.util
import itertools
from pathlib import Path

import cv2
import numpy as np
import pytest
from rapidfuzz.distance import Levenshtein

from docsense.core.config import load_settings
from docsense.ocr.ensemble import best_alignment, choose, ctc_log_likelihood
from docsense.ocr.rec import TextRecognizer, crop_quad

SROIE = Path(__file__).resolve().parents[2] / "shared" / "data" / "receipts_sroie"
SECOND = "rapidocr_onnxruntime:models/ch_PP-OCRv4_rec_infer.onnx"


def _paths(probs: np.ndarray) -> dict[tuple[int, ...], tuple[float, float]]:
    """Every CTC path of a tiny posterior matrix, collapsed: its label sequence -> (summed, best) probability."""
    out: dict[tuple[int, ...], tuple[float, float]] = {}
    steps, classes = probs.shape
    for path in itertools.product(range(classes), repeat=steps):
        p = float(np.prod([probs[t, k] for t, k in enumerate(path)]))
        labels = tuple(k for t, k in enumerate(path) if k and (t == 0 or path[t - 1] != k))
        total, best = out.get(labels, (0.0, 0.0))
        out[labels] = (total + p, max(best, p))
    return out


def test_ctc_likelihood_sums_every_path_of_the_labels():
    rng = np.random.default_rng(0)
    probs = rng.dirichlet(np.ones(3), size=6)  # 6 steps, blank + 2 characters
    paths = _paths(probs)
    logp = np.log(probs)
    for labels in [(1,), (1, 2), (2, 2), (1, 1, 2), (2, 1, 2)]:
        assert np.exp(ctc_log_likelihood(logp, list(labels))) == pytest.approx(paths[labels][0], rel=1e-9)
    # the labels of all paths together hold the whole probability
    assert sum(t for t, _ in paths.values()) == pytest.approx(1.0)


def test_best_alignment_places_each_label_on_its_likeliest_steps():
    probs = np.full((7, 3), 0.05)
    for t, k in enumerate([0, 1, 1, 0, 0, 2, 0]):
        probs[t, k] = 0.9
    starts, best = best_alignment(np.log(probs), [1, 2])
    assert starts == [1, 5]
    assert best == pytest.approx([0.9, 0.9])


def test_choose_takes_each_differing_stretch_from_the_likelier_reading():
    truth = "Subtotal: 25.00"

    def score(text: str) -> float:
        return -Levenshtein.distance(text, truth)

    assert choose("Subtotai: 25.00", "Subtotal: 2S.00", score) == truth
    # stretches of spaces alone are the first reading's when asked
    assert choose("Date : 1/2", "Date: 1/2", lambda t: -len(t), spaces=False) == "Date : 1/2"
    assert choose("Date : 1/2", "Date: 1/2", lambda t: -len(t)) == "Date: 1/2"


def _crops(n: int) -> list[tuple[np.ndarray, str]]:
    """SROIE dev receipts' printed line boxes and transcriptions (the first `n` receipts)."""
    out = []
    for path in sorted((SROIE / "boxes").glob("*.csv"))[:n]:
        image = cv2.imread(str(SROIE / "images" / f"{path.stem}.jpg"))
        for row in path.read_text(encoding="utf-8", errors="replace").splitlines():
            parts = row.split(",", 8)
            if len(parts) == 9 and parts[8].strip():
                q = np.array([float(v) for v in parts[:8]], np.float32).reshape(4, 2)
                out.append((crop_quad(image, q), parts[8]))
    return out


@pytest.mark.skipif(not (SROIE / "boxes").is_dir(), reason="needs ../shared/data/receipts_sroie")
@pytest.mark.skipif(
    importlib.util.find_spec("rapidocr_onnxruntime") is None, reason="second model: pip install rapidocr-onnxruntime"
)
def test_second_model_reads_receipt_lines_as_well_as_one():
    lines = _crops(3)
    one = TextRecognizer(load_settings().ocr.rec, load_settings().engine)
    settings = load_settings(overrides=[f"ocr.rec.second_model={SECOND}"])
    two = TextRecognizer(settings.ocr.rec, settings.engine)

    def accuracy(rec: TextRecognizer) -> tuple[float, list[str]]:
        texts = [r.text for r in rec([c for c, _ in lines])]
        edits = sum(
            Levenshtein.distance("".join(t.casefold().split()), "".join(g.casefold().split()))
            for t, (_, g) in zip(texts, lines, strict=True)
        )
        return 1 - edits / sum(len("".join(g.split())) for _, g in lines), texts

    acc_one, texts_one = accuracy(one)
    acc_two, texts_two = accuracy(two)
    assert len(lines) > 80
    assert acc_two >= 0.95 and acc_two >= acc_one - 0.005
    # only lines the first model is unsure of may change, and some do
    assert 0 < sum(a != b for a, b in zip(texts_one, texts_two, strict=True)) < 0.2 * len(lines)
