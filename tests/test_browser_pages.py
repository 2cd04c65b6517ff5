"""synth/browser.py: pages typeset by chromium come back with the boxes of their marked elements."""

from __future__ import annotations

import pytest

from docsense.synth import browser

pytestmark = pytest.mark.skipif(browser.unavailable_reason() is not None, reason=str(browser.unavailable_reason()))

WORDS = "tempor incididunt ut labore et dolore magna aliqua " * 40
PAGE = f"""<html><body style="margin:40px;font:10pt 'Liberation Serif';column-count:2;column-gap:24px">
<h1 data-gt="title" style="column-span:all;font-size:16pt">Short title</h1>
<p data-gt="text">{WORDS}</p><img data-gt="figure" style="width:200px;height:120px;background:#888" src="">
</body></html>"""


def test_a_paragraph_across_two_columns_is_two_boxes_and_a_title_hugs_its_text() -> None:
    with browser.Browser() as b:
        image, boxes = b.render(PAGE, 612, 792, scale=2)
    assert image.size == (1224, 1584)
    title = [x for x in boxes if x["label"] == "title"]
    text = sorted((x for x in boxes if x["label"] == "text"), key=lambda x: x["bbox"][0])
    assert len(title) == 1 and title[0]["bbox"][2] < 612  # the words, not the full-width <h1>
    assert len(text) == 2 and text[0]["bbox"][2] < text[1]["bbox"][0]  # one box per column, side by side
    assert all(x["text"].startswith("tempor") for x in text)
    gray = image.convert("L")
    x0, y0, x1, y1 = (int(v) for v in title[0]["bbox"])
    assert gray.crop((x0, y0, x1, y1)).getextrema()[0] < 80  # ink inside the title's box
