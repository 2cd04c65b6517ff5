"""`ocr.det.skip_margins`: text is detected inside the inked area only, at the page's own scale."""

from __future__ import annotations

import numpy as np

from docsense.core.config import Settings
from docsense.ocr.det import TextDetector, inked_area
from docsense.ocr.rec import TextRecognizer, crop_quad

from .conftest import SAMPLES


def test_inked_area_of_blank_and_marked_pages():
    page = np.full((1000, 800, 3), 245, np.uint8)
    assert inked_area(page) is None
    page[300:340, 200:500] = 20  # one dark bar
    assert inked_area(page, pad=16) == (184, 284, 516, 356)
    page[990, 10] = 0  # dust: ignored
    assert inked_area(page, pad=16) == (184, 284, 516, 356)
    page[960:990, 700] = 150  # a faint 1-px stroke near the corner (thin light text): kept, never cut off
    x0, y0, x1, y1 = inked_area(page, pad=0)
    assert (x0, y0) == (200, 300) and x1 >= 701 and y1 >= 990
    # a dark page with a light sheet on it: the sheet is what differs from the background
    photo = np.full((600, 600, 3), 40, np.uint8)
    photo[100:500, 150:450] = 230
    found = inked_area(photo, pad=0)  # to the 4 px blocks specks are judged in
    assert found is not None and all(abs(a - b) <= 4 for a, b in zip(found, (150, 100, 450, 500), strict=True))


def test_margins_skipped_same_lines_read():
    import cv2

    image = cv2.imread(str(SAMPLES / "invoice_en.png"))  # an A4 invoice: text in the top half, wide margins
    area = inked_area(image)
    assert area is not None
    assert (area[2] - area[0]) * (area[3] - area[1]) < 0.7 * image.shape[0] * image.shape[1]

    s = Settings()
    full = TextDetector(s.ocr.det.model_copy(update={"skip_margins": False}), s.engine)
    cut = TextDetector(s.ocr.det, s.engine)
    rec = TextRecognizer(s.ocr.rec, s.engine)
    texts = []
    for det in (full, cut):
        quads, _ = det(image)
        assert len(quads) >= 20
        assert quads[..., 0].max() < image.shape[1] and quads[..., 1].max() < image.shape[0]
        texts.append({r.text for r in rec([crop_quad(image, q) for q in quads])})
    # boxes are in page coordinates: the same lines are read, the invoice's own words among them
    assert len(texts[0] & texts[1]) >= 0.9 * len(texts[0])
    assert any("INVOICE" in t.upper() for t in texts[1])
