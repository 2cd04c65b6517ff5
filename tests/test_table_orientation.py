"""A table crop whose column headings are printed turned a quarter (journals' narrow columns) is read upright: the
page classifier sees mostly the tall headings and asks for a quarter turn, which turned the body rows on their side
(docs/tables.md, session 14). Drawn crops through the whole pipeline, and the geometry rule on laid-out boxes."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw
from render import DEJAVU, font, needs_fonts

from docsense.ocr.orientation import body_upright

HEADS = ["Smoking", "Diabetes", "Fracture", "Hypertension", "Specificity", "Recall", "Stroke", "Obesity"]
ROWS = [("CDKN2A", "- - + ++ + + - -"), ("Japan", "+ - + - - + - +"), ("IL6", "- - ++ - ++ + - +")]
LIBERATION = Path("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf")


def rot_head_crop(font_path: Path, px: int) -> Image.Image:
    """Headings read bottom to top over upright rows (a stub name, +/- marks), ruled above and below the body; rows
    1.7 font sizes apart, as the generated crops print them."""
    f = font(font_path, px)
    stub, col, head_h, row_h = 100, 38, 7 * px, round(1.7 * px)
    w = stub + col * len(HEADS) + 6
    img = Image.new("RGB", (w, head_h + row_h * len(ROWS) + 4), "white")
    d = ImageDraw.Draw(img)
    for i, text in enumerate(HEADS):
        word = Image.new("RGB", (int(d.textlength(text, font=f)) + 4, px + 6), "white")
        ImageDraw.Draw(word).text((2, 2), text, font=f, fill="black")
        word = word.rotate(90, expand=True)
        img.paste(word, (stub + col * i + (col - word.width) // 2, head_h - 4 - word.height))
    d.text((4, head_h - px - 6), "Cohort", font=f, fill="black")
    d.line([(0, head_h), (w, head_h)], fill="black")
    for r, (name, marks) in enumerate(ROWS):
        y = head_h + r * row_h + 3
        d.text((4, y), name, font=f, fill="black")
        for i, m in enumerate(marks.split()):
            d.text((stub + col * i + col // 2 - 5, y), m.replace("-", "\u2212"), font=f, fill="black")
    d.line([(0, img.height - 2), (w, img.height - 2)], fill="black")
    return img


FONTS = [p for p in (DEJAVU, LIBERATION) if p.exists()]


@needs_fonts
@pytest.mark.parametrize("font_path", FONTS, ids=lambda p: p.stem)
@pytest.mark.parametrize("px", [11, 13])
def test_turned_headings_leave_the_crop_upright(pipeline, tmp_path: Path, font_path: Path, px: int) -> None:
    # The old code turned every one of these crops 270 degrees: the stub names came out as tall unread strips.
    path = tmp_path / "rot_head.png"
    rot_head_crop(font_path, px).save(path)
    page = pipeline.parse_file(path).document.pages[0]
    assert page.rotation == 0
    [table] = [b.table for b in page.blocks if b.table is not None]
    # The stub names read upright, one a row, in order (the first may share its cell with `Cohort` above it).
    stub = [row[0].split()[-1] for row in table.grid() if row[0]]
    assert [s for s in stub if s in {"CDKN2A", "Japan", "IL6"}] == [name for name, _ in ROWS]
    # The body rows keep their plus marks in cells of their own (a lone minus is read as a dash, `1` or `一`).
    body = next(row for row in table.grid() if row[0].endswith("CDKN2A"))
    assert sum(c in {"+", "++"} for c in body) >= 3


def _boxes(*rects: tuple[float, float, float, float]) -> np.ndarray:
    return np.array([[[x0, y0], [x1, y0], [x1, y1], [x0, y1]] for x0, y0, x1, y1 in rects], np.float32)


HEAD_ROW = [(100 + 40 * i, 10 + 5 * (i % 3), 114 + 40 * i, 70) for i in range(6)]
BODY_ROWS = [(5, 75 + 20 * r, 60, 89 + 20 * r) for r in range(3)] + [
    (104 + 40 * i, 76 + 20 * r, 112 + 40 * i, 86 + 20 * r) for i in range(6) for r in range(3)
]


def test_one_row_of_tall_lines_over_upright_rows_is_upright() -> None:
    assert body_upright(_boxes(*HEAD_ROW, *BODY_ROWS))
    # A column of marks in three rows the detector read as one tall box.
    assert body_upright(_boxes(*HEAD_ROW, *BODY_ROWS, (184, 76, 192, 126)))


def test_a_page_truly_turned_is_still_turned() -> None:
    # Prose turned a quarter: tall lines side by side, nothing outside their band.
    prose = [(20 + 24 * i, 20, 36 + 24 * i, 400 - 17 * (i % 4)) for i in range(12)]
    assert not body_upright(_boxes(*prose))
    # A table turned a quarter: its rows of words are tall lines in several bands across the page.
    table = [(20 + 30 * c, 20 + 90 * r, 36 + 30 * c, 90 + 90 * r) for r in range(4) for c in range(5)]
    assert not body_upright(_boxes(*table))
    # Turned headings over rows where more words are turned too: not one row of headings.
    turned = [(300, 80 + 40 * r, 314, 110 + 40 * r) for r in range(2)] + [(260, 100, 274, 130)]
    assert not body_upright(_boxes(*HEAD_ROW, *BODY_ROWS, *turned))
    # Too little upright text outside the headings' band to call it a body.
    assert not body_upright(_boxes(*HEAD_ROW, (5, 75, 60, 89), (5, 95, 60, 109)))


def test_a_row_of_turned_headings_is_no_footnote() -> None:
    """No header read: the row of turned headings is a body row, each word tall and a narrow gap from the next (the
    old code took the row for one line of prose over the columns: `Cohort Recall Depression ...` in one cell)."""
    from docsense.core.document import Cell
    from docsense.table.cells import WordBox
    from docsense.table.spans import spans_from_text

    xs = [0.0, 46.0, 72.0, 98.0, 122.0, 146.0]
    heads = [("Cohort", (4, 59, 44, 75)), ("Recall", (54, 40, 71, 77)), ("Depression", (77, 12, 99, 78)),
             ("Specificity", (101, 18, 120, 78)), ("Precision", (126, 25, 144, 78))]  # fmt: skip
    cells = [Cell(row=r, col=c, bbox=(xs[c], 80.0 * r, xs[c + 1], 80.0 * r + 80)) for r in (0, 1) for c in range(5)]
    words = [[WordBox(t, b, i, 0, True)] for i, (t, b) in enumerate(heads)]
    words += [
        [WordBox(t, (xs[c] + 4, 82, xs[c] + 22, 96), 9 + c, 0, True)]
        for c, t in enumerate(["MYC", "110", "216", "133", "32"])
    ]
    cells = [c.model_copy(update={"text": ws[0].text}) for c, ws in zip(cells, words, strict=True)]
    out, _, _ = spans_from_text(cells, words, [False, False])
    assert [(c.col, c.colspan, c.text) for c in out if c.row == 0] == [(i, 1, t) for i, (t, _) in enumerate(heads)]
