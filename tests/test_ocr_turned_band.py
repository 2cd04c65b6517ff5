"""A name set a quarter turn up (or down) a dark band beside the page, in spaced capitals (a resume's sidebar): the
detector cuts such a line into runs and lone letters and misses some; the OCR reads it again, turned upright, as one
line with its words."""

from __future__ import annotations

import pytest
from PIL import Image, ImageDraw
from render import DEJAVU, font, needs_fonts, png_bytes, text_page

BODY = ["Product engineer, shipping since day one", "Tel 254-311-9039   Mail mturner@example.com", "PROFILE"]


def _spaced(text: str, size: int = 44, spacing: int = 10) -> Image.Image:
    """`text` in light capitals on the band's colour, every letter set apart by `spacing` pixels."""
    f = font(DEJAVU, size)
    widths = [f.getlength(ch) + spacing for ch in text]
    img = Image.new("RGB", (int(sum(widths)) + 40, size + 30), (52, 72, 92))
    draw = ImageDraw.Draw(img)
    x = 20.0
    for ch, w in zip(text, widths, strict=True):
        draw.text((x, 12), ch, fill="white", font=f)
        x += w
    return img


def _page(name: str, upward: bool) -> bytes:
    page, _ = text_page(BODY, size=30)
    band = Image.new("RGB", (140, page.height), (52, 72, 92))
    label = _spaced(name).rotate(90 if upward else -90, expand=True)
    band.paste(label, ((band.width - label.width) // 2, 700))
    page.paste(band, (0, 0))
    return png_bytes(page)


@needs_fonts
@pytest.mark.parametrize("upward", [True, False])
def test_spaced_name_up_a_band_is_one_line(ocr_only, upward):
    page = ocr_only.parse_bytes(_page("MEGAN TURNER", upward), "band").document.pages[0]
    band = [ln for ln in page.lines() if ln.bbox[2] < 140]
    assert [ln.text for ln in band] == ["MEGAN TURNER"]
    line = band[0]
    assert line.vertical and [w.text for w in line.words] == ["MEGAN", "TURNER"]
    first, second = (w.bbox for w in line.words)
    # read bottom to top when set upward, top to bottom when set downward
    assert (first[1] > second[3]) if upward else (first[3] < second[1])
    assert any(ln.text.startswith("Product engineer") for ln in page.lines())  # the body is read as before
