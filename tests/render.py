"""Pages with known text, rendered by the tests themselves (no third-party content)."""

from __future__ import annotations

import io
import json
import random
import re
import unicodedata
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from docsense.core.document import Cell
from docsense.eval.tables import teds
from docsense.synth import fonts
from docsense.table.cells import WordBox

# The project's font set (docsense.synth.fonts), checked as a whole: `make test` installs it where it runs as root.
DEJAVU = fonts.FONT_DIRS[0] / "DejaVuSans.ttf"
WQY = fonts.FONT_DIRS[1] / "wqy-microhei.ttc"
needs_fonts = pytest.mark.skipif(fonts.missing_reason() is not None, reason=str(fonts.missing_reason()))

ENGLISH = [
    "Quarterly report on the regional water supply",
    "The committee met on 14 March 2024 to review progress.",
    "Total consumption rose by 3.2 percent over the year,",
    "while losses from leaking pipes fell to 11 percent.",
    "Invoice number INV-2024-0042 was paid in full.",
    "Contact: water.office@example.org or +44 20 7946 0958",
    "Next meeting: Tuesday, 9 April 2024 at 10:30 am.",
    "All figures are provisional and subject to audit.",
]

CHINESE = [
    "增值税普通发票",
    "购买方名称：北京星海科技有限公司",
    "开票日期：2024年03月15日",
    "价税合计（大写）：壹仟贰佰元整",
]


def font(path: Path, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(path), size)


def text_page(
    lines: list[str], font_path: Path = DEJAVU, size: int = 34, width: int = 1654, height: int = 2339
) -> tuple[Image.Image, list[tuple[str, tuple[float, float, float, float]]]]:
    """An A4 page at 200 dpi with one text line per entry; returns the image and (text, bbox) ground truth."""
    img = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(img)
    f = font(font_path, size)
    gt = []
    y = 180
    for text in lines:
        x = 150
        box = draw.textbbox((x, y), text, font=f)
        draw.text((x, y), text, fill=(20, 20, 20), font=f)
        gt.append((text, tuple(float(v) for v in box)))
        y += int(size * 2.2)
    return img, gt  # type: ignore[return-value]


def vertical_text(text: str, size: int = 48) -> Image.Image:
    """A column of CJK characters written top to bottom."""
    f = font(WQY, size)
    img = Image.new("RGB", (size * 3, size * (len(text) + 2)), "white")
    draw = ImageDraw.Draw(img)
    for i, ch in enumerate(text):
        draw.text((size, size + i * size), ch, fill="black", font=f)
    return img


def png_bytes(img: Image.Image | np.ndarray, fmt: str = "PNG", **kw: object) -> bytes:
    if isinstance(img, np.ndarray):
        img = Image.fromarray(img)
    buf = io.BytesIO()
    img.save(buf, format=fmt, **kw)
    return buf.getvalue()


def fax_bytes(img: Image.Image, dpi: tuple[int, int] = (204, 98)) -> bytes:
    """`img` sent as a fax in "normal" resolution: half the rows, bilevel, Group 4 TIFF declaring `dpi`."""
    g = img.convert("L")
    half = g.resize((g.width, round(g.height / 2)), Image.Resampling.LANCZOS)
    buf = io.BytesIO()
    half.point(lambda v: 255 if v > 150 else 0).convert("1").save(buf, format="TIFF", compression="group4", dpi=dpi)
    return buf.getvalue()


def unevenly_lit(img: Image.Image, dim: float = 0.5, seed: int = 0) -> Image.Image:
    """`img` photographed under a lamp: light falling off across the page to `dim` of full on the far side, darker
    corners (a camera's vignette) and sensor noise."""
    arr = np.asarray(img.convert("RGB"), dtype=np.float32)
    h, w = arr.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    gain = 1.0 - (1.0 - dim) * (0.6 * xx / w + 0.4 * yy / h)
    gain *= 1.0 - 0.35 * (np.hypot(xx / w - 0.5, yy / h - 0.5) / 0.71) ** 2
    noise = np.random.default_rng(seed).normal(0, 4, arr.shape)
    return Image.fromarray((arr * gain[..., None] + noise).clip(0, 255).astype(np.uint8))


def drawn_word(printed: str, font: Path, px: int) -> tuple[np.ndarray, tuple[float, float, float, float]]:
    """`printed` drawn black on white in `font` at `px` (a 3-channel page) and the box the OCR gives its word: the
    ink's extent, a pixel taller above and two below."""
    f = ImageFont.truetype(str(font), px)
    img = Image.new("L", (20 * px, 3 * px), 255)
    ImageDraw.Draw(img).text((px, px), printed, font=f, fill=0)
    a = np.asarray(img)
    ys, xs = np.nonzero(a < 128)
    box = (float(xs.min()), float(ys.min()) - 1, float(xs.max() + 1), float(ys.max()) + 2)
    return np.stack([a] * 3, axis=-1), box


# Table cells with their words, for the item-table rules (no image needed).
XS = [0.0, 400.0, 500.0, 620.0, 740.0]  # column edges of a five-column item table


def cell_row(r: int, y: float, texts: list, align: str = "left", xs: list[float] = XS):
    """Cells of row `r` (one per column, or (text, colspan) spans) with their words: 9 px a character, 18 px tall;
    `align` sets text flush left or flush right in its cell."""
    cells, words, col = [], [], 0
    for t in texts:
        text, span = t if isinstance(t, tuple) else (t or "", 1)
        x0, x1 = xs[col], xs[col + span]
        cells.append(Cell(row=r, col=col, colspan=span, bbox=(x0, y - 6, x1, y + 24), text=text))
        ws, x = [], (x1 - 6 - 9 * len(text) if align == "right" else x0 + 6)
        for k, tok in enumerate(text.split()):
            ws.append(WordBox(tok, (x, y, x + 9 * len(tok), y + 18), r * 10 + col, k, k > 0))
            x += 9 * (len(tok) + 1)
        words.append(ws)
        col += span
    return cells, words


def table_cells(rows):
    """The cells and word lists of `cell_row` rows, concatenated."""
    cells, words = [], []
    for c, w in rows:
        cells += c
        words += w
    return cells, words


def best_table_html(pipeline, image: Image.Image, truth: str, tmp_path: Path) -> str:
    """The page's table (HTML, bold marks dropped) nearest to `truth` by TEDS, after the whole pipeline."""
    path = tmp_path / "page.png"
    image.save(path)
    doc = pipeline.parse_file(path).document
    found = [b.table.html.replace("<b>", "").replace("</b>", "") for p in doc.pages for b in p.blocks if b.table]
    return max(found, key=lambda h: teds(h, truth), default="")


def browser_page(folder: Path, family: str, pages: int, seed: int, index: int) -> tuple[dict, list[dict], Path]:  # type: ignore[type-arg]
    """Page `index` of a set of `pages` pages of the browser layout `family` at `seed` (synth/browser_pages.py),
    written to `folder`: its image record (COCO), its truth regions and its image file."""
    from docsense.synth.browser_pages import write_set

    write_set(folder, (family,), pages, seed)
    gt = json.loads((folder / "gt.json").read_text(encoding="utf-8"))
    im = gt["images"][index]
    return im, [a for a in gt["annotations"] if a["image_id"] == im["id"]], folder / "images" / im["file_name"]


def table_page(chromium, family: str, index: int, variant: str = "clean", seed: int = 51):  # type: ignore[no-untyped-def]
    """Page `index` of `seed` as `python -m docsense.synth.browser_table_pages OUT --seed SEED` writes it: the scan
    variant's image and the truth table's HTML."""
    from docsense.synth import browser_table_pages
    from docsense.synth import documents as d

    page = browser_table_pages.make_page(chromium, family, f"{seed}-{index}")
    image = d.scan_variant(page.image, variant, random.Random(f"{seed}-{index}-{variant}"))
    return image, page.html


def html_rows(html: str) -> list[list[str]]:
    """Cell texts row by row, full-width marks as OCR reads them (`（` -> `(`)."""
    return [
        [unicodedata.normalize("NFKC", re.sub(r"<[^>]+>", "", c)) for c in re.findall(r"<t[dh][^>]*>(.*?)</t[dh]>", tr)]
        for tr in re.findall(r"<tr>(.*?)</tr>", html)
    ]
