"""OCR on real and rendered pages: text, orientation, coordinates mapped back, words, vertical text."""

from __future__ import annotations

import cv2
import numpy as np
import pytest
from render import CHINESE, ENGLISH, WQY, png_bytes, text_page, vertical_text

from docsense.eval.ocr import read_gt, score_page


def _doc(pipeline, data: bytes, name: str = "page"):
    return pipeline.parse_bytes(data, name).document


def test_clean_english_page_reads_every_line(ocr_only):
    img, gt = text_page(ENGLISH)
    doc = _doc(ocr_only, png_bytes(img))
    page = doc.pages[0]
    assert (page.width, page.height, page.rotation) == (img.width, img.height, 0)
    pred = [(ln.text, ln.bbox) for ln in page.lines()]
    scores = score_page(gt, pred)
    assert scores["line_accuracy"] >= 0.98
    assert scores["bow_f1"] >= 0.95  # English keeps its word spaces
    first = next(ln for ln in page.lines() if ln.text.startswith("Quarterly"))
    assert [w.text for w in first.words][:3] == ["Quarterly", "report", "on"]
    x0, y0, _, y1 = gt[0][1]
    assert abs(first.bbox[0] - x0) < 15 and abs(first.bbox[1] - y0) < 15 and abs(first.bbox[3] - y1) < 15


@pytest.mark.parametrize("turn", [90, 180, 270])
def test_turned_page_is_read_upright_with_boxes_in_original_frame(ocr_only, turn):
    img, gt = text_page(ENGLISH)
    arr = np.asarray(img)
    code = {90: cv2.ROTATE_90_CLOCKWISE, 180: cv2.ROTATE_180, 270: cv2.ROTATE_90_COUNTERCLOCKWISE}[turn]
    turned = cv2.rotate(arr, code)
    page = _doc(ocr_only, png_bytes(turned)).pages[0]
    assert page.rotation == turn
    assert (page.width, page.height) == (turned.shape[1], turned.shape[0])
    # Ground-truth boxes turned the same way as the page.
    h, w = arr.shape[:2]

    def turn_box(b):
        x0, y0, x1, y1 = b
        pts = np.array([[x0, y0], [x1, y1]])
        if turn == 90:
            pts = np.stack([h - 1 - pts[:, 1], pts[:, 0]], axis=1)
        elif turn == 180:
            pts = np.stack([w - 1 - pts[:, 0], h - 1 - pts[:, 1]], axis=1)
        else:
            pts = np.stack([pts[:, 1], w - 1 - pts[:, 0]], axis=1)
        return (pts[:, 0].min(), pts[:, 1].min(), pts[:, 0].max(), pts[:, 1].max())

    pred = [(ln.text, ln.bbox) for ln in page.lines()]
    scores = score_page([(t, turn_box(b)) for t, b in gt], pred)
    assert scores["line_accuracy"] >= 0.95, scores


def test_small_skew_is_corrected(ocr_only):
    img, gt = text_page(ENGLISH)
    skewed = img.rotate(4, expand=True, fillcolor="white", resample=3)
    page = _doc(ocr_only, png_bytes(skewed)).pages[0]
    assert 2.5 <= page.skew <= 5.5
    texts = [ln.text for ln in page.lines()]
    assert sum(t in texts for t, _ in gt) >= len(gt) - 1


def test_chinese_sample(ocr_only):
    from conftest import SAMPLES

    doc = ocr_only.parse_file(SAMPLES / "zh_product.jpg").document
    texts = [ln.text for ln in doc.pages[0].lines()]
    assert "纯臻营养护发素" in texts
    assert "产品信息/参数" in texts
    line = next(ln for ln in doc.pages[0].lines() if ln.text == "纯臻营养护发素")
    # CJK: one word box per character, all inside the line box.
    assert [w.text for w in line.words] == list("纯臻营养护发素")
    for w in line.words:
        assert line.bbox[0] - 2 <= w.bbox[0] <= w.bbox[2] <= line.bbox[2] + 2


@pytest.mark.skipif(not WQY.exists(), reason="CJK font fonts-wqy-microhei not installed")
def test_rendered_chinese_lines(ocr_only):
    img, gt = text_page(CHINESE, font_path=WQY, size=40)
    pred = [(ln.text, ln.bbox) for ln in _doc(ocr_only, png_bytes(img)).pages[0].lines()]
    assert score_page(gt, pred)["line_accuracy"] >= 0.95


@pytest.mark.skipif(not WQY.exists(), reason="CJK font fonts-wqy-microhei not installed")
def test_vertical_text_column(ocr_only):
    text = "竖排文字识别测试"
    doc = _doc(ocr_only, png_bytes(vertical_text(text)))
    lines = list(doc.pages[0].lines())
    assert lines, "no line found"
    best = max(lines, key=lambda ln: len(ln.text))
    assert best.vertical
    assert best.text == text
    # Character boxes run top to bottom.
    tops = [w.bbox[1] for w in best.words]
    assert tops == sorted(tops)


def test_receipts_match_ground_truth(ocr_only, data_dir):
    gt = read_gt(data_dir / "receipts_sroie" / "boxes")
    names = sorted(gt)[:4]
    accs = []
    for name in names:
        doc = ocr_only.parse_file(data_dir / "receipts_sroie" / "images" / f"{name}.jpg").document
        pred = [(ln.text, ln.bbox) for ln in doc.pages[0].lines()]
        accs.append(score_page(gt[name], pred, ignore_case=True)["line_accuracy"])
    assert sum(accs) / len(accs) >= 0.9, accs


def test_every_line_has_geometry_and_confidence(ocr_only, data_dir):
    doc = ocr_only.parse_file(data_dir / "receipts_sroie" / "images" / "000.jpg").document
    page = doc.pages[0]
    for ln in page.lines():
        assert len(ln.polygon) == 4
        assert 0 <= ln.bbox[0] <= ln.bbox[2] <= page.width
        assert 0 <= ln.bbox[1] <= ln.bbox[3] <= page.height
        assert 0.5 <= ln.score <= 1.0
        assert ln.words and all(0 < w.score <= 1 for w in ln.words)
