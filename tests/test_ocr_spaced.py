"""Letter-spaced CJK keys (`合　　计`, `姓　　名`) the detector cut into a lone character and the rest are read as one
line (ocr/pipeline.py `_join_spaced`); characters of neighbouring table cells stay apart where a rule stands between
them. Pages of round 17 (synth/browser_docs17.py) on which the code before read `合` + `计`, `姓` + `名`, or `计` alone
(the detector's box of a pale `合` under its box score)."""

from __future__ import annotations

import io
import random

import cv2
import numpy as np
import pytest

from docsense.core.config import LimitSettings, load_settings
from docsense.core.io import load_image_pages
from docsense.ocr import OcrPipeline
from docsense.ocr.pipeline import _Crop, _spaced_pair
from docsense.ocr.rec import Recognized
from docsense.synth import browser, browser_docs17
from docsense.synth import documents as synth


@pytest.fixture(scope="module")
def ocr() -> OcrPipeline:
    s = load_settings()
    return OcrPipeline(s.ocr, s.engine)


def _page(family: str, seed: int, index: int, variant: str) -> np.ndarray:
    if browser.unavailable_reason() is not None:
        pytest.skip(str(browser.unavailable_reason()))
    if not synth.cjk_available():
        pytest.skip("no CJK font (fonts-wqy-microhei) installed")
    with browser.Browser() as b:
        sample = browser_docs17.make(family, random.Random(f"{seed}-{family}-{index}"), b)
    img = synth.scan_variant(sample.image, variant, random.Random(f"{seed}-{family}-{index}-{variant}"))
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return next(load_image_pages(buf.getvalue(), LimitSettings())).image  # as a user's file is loaded


@pytest.mark.parametrize(
    ("family", "seed", "index", "variant", "key"),
    [
        ("zh_grid_resume", 90, 1, "clean", "姓名"),
        ("zh_vat_rows", 90, 1, "gray", "合计"),
        # the pale `合` of the RGBA scan scores 0.47 as a box (0.5 asked): kept as the lone character of the key
        ("zh_vat_rows", 90, 0, "rgba", "合计"),
    ],
)
def test_letter_spaced_key_is_one_line(
    ocr: OcrPipeline, family: str, seed: int, index: int, variant: str, key: str
) -> None:
    texts = [ln.text for ln in ocr(_page(family, seed, index, variant)).lines]
    assert key in texts, texts[:12]
    assert key[0] not in texts and key[1] not in texts


def _crop(x0: float, x1: float, y0: float = 40, y1: float = 80) -> _Crop:
    quad = np.array([[x0, y0], [x1, y0], [x1, y1], [x0, y1]], np.float32)
    return _Crop(quad, np.zeros((1, 1, 3), np.uint8), False, 0.9)


def _read(text: str) -> Recognized:
    return Recognized(text, 0.99, [0.5] * len(text), 0.5)


def _sheet(rule_at: int | None) -> np.ndarray:
    img = np.full((120, 300, 3), 255, np.uint8)
    if rule_at is not None:
        cv2.line(img, (rule_at, 0), (rule_at, 119), (40, 60, 160), 1)  # a cell's rule, top to bottom
    return img


def test_joined_only_without_a_rule_between() -> None:
    crops, texts = [_crop(20, 60), _crop(56, 120)], [_read("合"), _read("计")]
    assert _spaced_pair(_sheet(None), crops, texts) == (0, 1)
    assert _spaced_pair(_sheet(58), crops, texts) is None  # `个` | `数量`: cells that meet at their rule
    # A wider gap than a cut letter space, figures, two words of several characters: left apart.
    assert _spaced_pair(_sheet(None), [_crop(20, 60), _crop(80, 140)], texts) is None
    assert _spaced_pair(_sheet(None), crops, [_read("个"), _read("16")]) is None
    assert _spaced_pair(_sheet(None), crops, [_read("单位"), _read("数量")]) is None
    # Not on one row.
    assert _spaced_pair(_sheet(None), [_crop(20, 60), _crop(56, 120, 70, 110)], texts) is None
