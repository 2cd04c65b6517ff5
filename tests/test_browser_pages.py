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


EQ_PAGE = """<html><head><style>
.eq { text-align: center; margin: 0.5em 0; position: relative; }
.eqn { position: absolute; right: 0; font-style: normal; }
</style></head><body style="margin:40px;width:520px;font:10pt 'Liberation Serif';line-height:2.1">
<div data-gt="text" class="eq"><i>y = Σ α · x² + f(t)</i><span class="eqn">(4.16)</span></div>
<p data-gt="text" id="big">Words of a line then <span style="font-size:18pt">a larger span</span> and
<code style="padding:6px;border:1px solid #999">a boxed word</code> in the same paragraph.</p>
<ul data-gt="list" style="column-count:2;line-height:1.2;margin:0"><li>first item of two lines, long enough to
wrap at this width of column</li><li>second</li><li>third item runs over three lines here, long enough to wrap in
its column at least twice over</li></ul>
</body></html>"""


def test_an_equation_number_or_a_tall_inline_span_stays_in_its_lines_box_at_wide_line_spacing() -> None:
    # The number's own box is as tall as the 2.1 line spacing, so its top is above the formula's text: it is still
    # on the formula's line, not the start of a next column (a separate truth box would be a truth artifact).
    with browser.Browser() as b:
        _, boxes = b.render(EQ_PAGE, 612, 792, scale=2)
    eq = [x for x in boxes if x["text"].startswith("y =")]
    big = [x for x in boxes if x["id"] == "big"]
    assert len(eq) == 1 and eq[0]["text"].endswith("(4.16)") and eq[0]["bbox"][2] > 2 * (40 + 500)
    assert len(big) == 1
    items = sorted((x for x in boxes if x["label"] == "list"), key=lambda x: x["bbox"][0])
    assert len(items) == 2 and items[0]["bbox"][2] < items[1]["bbox"][0]  # a list over two columns is still cut
