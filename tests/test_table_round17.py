"""Session 25 (docs/tables.md): round 17 page families (synth/browser_table_pages.py `HELD_OUT_17`).

Seed 69 (first scored, then looked at): `zh_outbound_break`'s 规格 column prints `-` where a good has no spec; OCR
read the lone hyphen as `1` or `=` in its grid cell. A cell read as one other character whose only ink is one flat
stroke holds a dash (`table/glyphs.py: dashes_in_blank_cells`); a `1` drawn as a `1` stays."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from docsense.core.document import Cell
from docsense.table.cells import WordBox, ink_map
from docsense.table.glyphs import dashes_in_blank_cells


def test_a_lone_hyphen_read_as_one_is_a_dash() -> None:
    font_path = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
    if not font_path.exists():
        font_path = Path("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf")
    if not font_path.exists():
        pytest.skip("no font")
    font = ImageFont.truetype(str(font_path), 16)
    img = Image.new("L", (600, 60), 255)
    draw = ImageDraw.Draw(img)
    words = []
    for text, x in [("12.50", 10), ("7.25", 110), ("3.10", 210)]:
        draw.text((x, 20), text, font=font, fill=0)
        x0, y0, x1, y1 = draw.textbbox((x, 20), text, font=font)
        words.append(WordBox(text, (float(x0), float(y0) - 2, float(x1), float(y1) + 2), 0, 0, True))
    line_top, line_bottom = words[0].box[1], words[0].box[3]
    # a hyphen set flush left OCR read as `1`, one centred read as `=`, a real `1`
    for text, read, x in [("-", "1", 306), ("-", "=", 445), ("1", "1", 545)]:
        draw.text((x, 20), text, font=font, fill=0)
        x0, _, x1, _ = draw.textbbox((x, 20), text, font=font)
        words.append(WordBox(read, (float(x0) - 1, line_top, float(x1) + 1, line_bottom), 1, 0, True))
    ink = ink_map(np.stack([np.asarray(img)] * 3, axis=-1))
    texts = ["12.50", "7.25", "3.10", "1", "=", "1"]
    cells = [Cell(row=1, col=c, bbox=(100.0 * c, 5.0, 100.0 * c + 100, 55.0), text=t) for c, t in enumerate(texts)]
    out = dashes_in_blank_cells(cells, words, ink)
    assert [c.text for c in out] == ["12.50", "7.25", "3.10", "-", "-", "1"]
