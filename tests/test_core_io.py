"""Loading: every image mode becomes BGR, PDFs use their text layer or get rendered, bad inputs fail clearly."""

from __future__ import annotations

import io
import zipfile

import numpy as np
import pytest
from PIL import Image
from render import ENGLISH, png_bytes, text_page

from docsense.core.config import InputSettings, LimitSettings
from docsense.core.errors import (
    CorruptFileError,
    EncryptedPdfError,
    InputError,
    TooLargeError,
    UnsupportedFormatError,
)
from docsense.core.io import load_pages

LIMITS = LimitSettings()
INPUT = InputSettings()


def pages(data: bytes, limits: LimitSettings = LIMITS, settings: InputSettings = INPUT):
    return list(load_pages(data, settings, limits))


def _mode_bytes(mode: str) -> bytes:
    rgb = Image.new("RGB", (60, 40), (250, 10, 10))
    if mode == "RGBA":
        img = Image.new("RGBA", (60, 40), (0, 0, 0, 0))  # fully transparent
    elif mode == "I;16":
        img = Image.fromarray(np.full((40, 60), 65535, dtype=np.uint16))
    elif mode == "CMYK":
        img = rgb.convert("CMYK")
        buf = io.BytesIO()
        img.save(buf, "JPEG")
        return buf.getvalue()
    else:
        img = rgb.convert(mode)
    return png_bytes(img) if mode != "CMYK" else b""


@pytest.mark.parametrize("mode", ["RGBA", "LA", "P", "L", "1", "I;16", "CMYK"])
def test_every_mode_becomes_three_channel_bgr(mode):
    (page,) = pages(_mode_bytes(mode))
    assert page.image.dtype == np.uint8
    assert page.image.shape == (40, 60, 3)
    if mode in ("RGBA", "I;16"):
        assert page.image.min() >= 250  # transparent -> white; 16-bit full scale -> white


def test_multipage_tiff_gives_every_page():
    frames = [Image.new("L", (50, 30), v) for v in (0, 128, 255)]
    buf = io.BytesIO()
    frames[0].save(buf, "TIFF", save_all=True, append_images=frames[1:])
    got = pages(buf.getvalue())
    assert [p.index for p in got] == [0, 1, 2]
    assert [int(p.image.mean()) for p in got] == [0, 128, 255]


def test_animated_gif_reads_first_frame_only():
    frames = [Image.new("P", (20, 20), i) for i in range(3)]
    buf = io.BytesIO()
    frames[0].save(buf, "GIF", save_all=True, append_images=frames[1:])
    assert len(pages(buf.getvalue())) == 1


def test_huge_page_is_downscaled_but_reports_original_size():
    img = Image.new("L", (8000, 6000), 255)
    (page,) = pages(png_bytes(img), LimitSettings(max_page_pixels=4_000_000))
    assert (page.width, page.height) == (8000, 6000)
    assert page.image.shape[0] * page.image.shape[1] <= 4_000_000
    assert page.scale == pytest.approx(8000 / page.image.shape[1], rel=0.01)


def _bomb() -> bytes:
    """A PNG whose header claims 100,000 x 100,000 pixels: must be refused before any decoding."""
    import struct
    import zlib

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    ihdr = struct.pack(">IIBBBBB", 100_000, 100_000, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(b"\x00" * 1000))
        + chunk(b"IEND", b"")
    )


BAD = {
    "empty": (b"", CorruptFileError),
    "text": (b"hello, this is plain text\n" * 10, UnsupportedFormatError),
    "html": (b"<!doctype html><html><body>x</body></html>", UnsupportedFormatError),
    "zip": (None, UnsupportedFormatError),
    "exe": (b"MZ\x90\x00" + b"\x00" * 200, UnsupportedFormatError),
    "truncated_png": (None, CorruptFileError),
    "truncated_jpeg": (None, CorruptFileError),
    "bomb": (None, TooLargeError),
    "broken_pdf": (b"%PDF-1.7\n1 0 obj <<>> endobj\nxref\nbroken\ntrailer<<>>\n%%EOF", CorruptFileError),
    "tiny": (None, InputError),
}


def _bad_bytes(name: str) -> bytes:
    data, _ = BAD[name]
    if data is not None:
        return data
    if name == "zip":
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as z:
            z.writestr("a.txt", "x")
        return buf.getvalue()
    if name == "bomb":
        return _bomb()
    if name == "tiny":
        return png_bytes(Image.new("RGB", (1, 1)))
    full = png_bytes(text_page(ENGLISH[:2], width=600, height=400)[0], "PNG" if name.endswith("png") else "JPEG")
    return full[: len(full) // 2]


@pytest.mark.parametrize("name", sorted(BAD))
def test_bad_input_raises_a_documented_error(name):
    with pytest.raises(BAD[name][1]) as info:
        pages(_bad_bytes(name))
    assert "\n" not in str(info.value) and str(info.value)


def _digital_pdf(lines: list[str]) -> bytes:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    plt.rcParams["pdf.fonttype"] = 42  # embedded TrueType: a real text layer
    fig = plt.figure(figsize=(8.27, 11.69))
    for i, text in enumerate(lines):
        fig.text(0.1, 0.9 - i * 0.05, text, fontsize=14)
    buf = io.BytesIO()
    fig.savefig(buf, format="pdf")
    plt.close(fig)
    return buf.getvalue()


def _scanned_pdf() -> bytes:
    img, _ = text_page(ENGLISH[:3])
    buf = io.BytesIO()
    img.save(buf, "PDF", resolution=200)
    return buf.getvalue()


def test_digital_pdf_is_read_from_its_text_layer():
    lines = ["Invoice INV-7 issued 2024-03-01", "Total due: 1,234.50 EUR"]
    (page,) = pages(_digital_pdf(lines))
    assert page.text_lines is not None
    assert [ln.text for ln in page.text_lines] == lines
    first = page.text_lines[0]
    assert [w.text for w in first.words] == lines[0].split()
    # A4 at 200 dpi; text near the top-left where it was placed.
    assert (page.width, page.height) == pytest.approx((1654, 2339), abs=2)
    assert first.bbox[0] == pytest.approx(0.1 * page.width, abs=5)


def test_scanned_pdf_has_no_text_layer_and_is_rendered():
    (page,) = pages(_scanned_pdf())
    assert page.text_lines is None
    assert page.image.shape[2] == 3 and page.image.shape[1] > 1000


def test_pdf_mode_ocr_ignores_the_text_layer():
    (page,) = pages(_digital_pdf(["Some text on the page here"]), settings=InputSettings(pdf_mode="ocr"))
    assert page.text_lines is None


def test_encrypted_pdf():
    pypdf = pytest.importorskip("pypdf")
    writer = pypdf.PdfWriter()
    writer.add_blank_page(200, 200)
    writer.encrypt("secret", algorithm="RC4-128")
    buf = io.BytesIO()
    writer.write(buf)
    with pytest.raises(EncryptedPdfError):
        pages(buf.getvalue())
    assert len(pages(buf.getvalue(), settings=InputSettings(password="secret"))) == 1


def test_too_many_pages_refused():
    pypdf = pytest.importorskip("pypdf")
    writer = pypdf.PdfWriter()
    for _ in range(5):
        writer.add_blank_page(100, 100)
    buf = io.BytesIO()
    writer.write(buf)
    with pytest.raises(TooLargeError):
        pages(buf.getvalue(), LimitSettings(max_pages=3))


def test_pipeline_reads_digital_and_scanned_pdfs(ocr_only):
    digital = ocr_only.parse_bytes(_digital_pdf(ENGLISH[:2]), "d.pdf").document.pages[0]
    assert digital.text_source == "pdf-text"
    assert [ln.text for ln in digital.lines()] == ENGLISH[:2]
    scanned = ocr_only.parse_bytes(_scanned_pdf(), "s.pdf").document.pages[0]
    assert scanned.text_source == "ocr"
    assert [ln.text for ln in scanned.lines()] == ENGLISH[:3]
