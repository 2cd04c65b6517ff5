"""A `-` OCR read between figures is an en dash when its printed stroke is that long (docs/tables.md, session 12):
glyphs drawn with the fonts the generated crops use, word boxes as the OCR gives them, no models."""

from __future__ import annotations

from pathlib import Path

import pytest
from render import drawn_word

from docsense.table.cells import WordBox, ink_map
from docsense.table.glyphs import long_dashes

FONTS = [
    Path("/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf"),
    Path("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"),
]


def _read(printed: str, ocr: str, font: Path, px: int) -> str:
    """Draw `printed`, hand the OCR's reading `ocr` with the drawn word's box to long_dashes."""
    page, box = drawn_word(printed, font, px)
    ink = ink_map(page)
    return long_dashes([WordBox(ocr, box, 0, 0, False)], ink)[0].text


@pytest.mark.parametrize("font", [f for f in FONTS if f.exists()], ids=lambda f: f.stem)
@pytest.mark.parametrize("px", [16, 20])
def test_long_strokes_are_dashes_and_short_ones_hyphens(font: Path, px: int) -> None:
    assert _read("0.61\u20131.10", "0.61-1.10", font, px) == "0.61\u20131.10"  # en dash in a range
    assert _read("(\u22120.42", "(-0.42", font, px) == "(-0.42"  # before a figure: not judged (minus or hyphen)
    assert _read("0.61-1.10", "0.61-1.10", font, px) == "0.61-1.10"  # printed as a hyphen: kept
    assert _read("A9955-63", "A9955-63", font, px) == "A9955-63"  # a part code's hyphen: kept


def test_hyphens_between_letters_are_never_touched() -> None:
    font = next((f for f in FONTS if f.exists()), None)
    if font is None:
        pytest.skip("no DejaVu / Liberation font installed")
    assert _read("IL\u201310", "IL-10", font, 16) == "IL-10"  # only a dash between or before figures is judged
    assert _read("1,284E\u201303", "1,284E-03", font, 16) == "1,284E-03"
