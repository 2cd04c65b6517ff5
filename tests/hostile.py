"""Hostile inputs made on the spot: PDFs whose text layer says what the page does not show, images whose
headers promise more pixels than their bytes, many-page TIFFs, backtracking templates, alias bombs."""

from __future__ import annotations

import io

from PIL import Image, ImageDraw, ImageFont

from docsense.synth.pdf import write_pdf

# (text, x, y) in PDF points on an A4 page: what the page image shows
SHOWN = [("Invoice INV-2041", 60, 760), ("Date 2024-03-05", 60, 730), ("Total 123.45", 60, 700)]


def page_jpeg(lines: list[str], size: tuple[int, int] = (1240, 1754)) -> bytes:
    """A scan-like page image (JPEG) with `lines` printed at the places SHOWN gives, at 150 dpi."""
    img = Image.new("RGB", size, "white")
    draw = ImageDraw.Draw(img)
    font = ImageFont.load_default(size=34)
    for text, (_, x, y) in zip(lines, SHOWN, strict=False):
        draw.text((x * 150 / 72, (842 - y) * 150 / 72 - 30), text, fill="black", font=font)
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=90)
    return buf.getvalue()


def text_op(
    text: str, x: float, y: float, size: float = 14, mode: int = 0, fill: str = "0 0 0", clip: bool = False
) -> bytes:
    """PDF content drawing `text` (Helvetica) at (x, y): render `mode` 3 is invisible; `clip` draws it inside a
    1x1 pt clipping box; `fill` "1 1 1" is white."""
    body = b"BT /F1 %g Tf %d Tr %g %g Td (%s) Tj ET" % (size, mode, x, y, text.encode("latin-1"))
    clip_op = b"0 0 1 1 re W n " if clip else b""
    return b"q " + clip_op + fill.encode() + b" rg " + body + b" Q\n"


def pdf(content: bytes, image: bytes | None = None, image_on_top: bool = False) -> bytes:
    """A one-page A4 PDF: `content` (text operators) and, if given, a full-page JPEG drawn below (or above)."""
    draw_image = b"q 595 0 0 842 0 0 cm /Im1 Do Q\n" if image else b""
    stream = content + draw_image if image_on_top else draw_image + content
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >>"
        + (b" /XObject << /Im1 6 0 R >>" if image else b"")
        + b" >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    if image:
        w, h = Image.open(io.BytesIO(image)).size
        objs.append(
            b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceRGB /BitsPerComponent 8 "
            b"/Filter /DCTDecode /Length %d >>\nstream\n" % (w, h, len(image)) + image + b"\nendstream"
        )
    return write_pdf(objs)


FAKE = "Total 999999.99"


def invoice_pdfs() -> dict[str, bytes]:
    """An invoice scan (image) whose total is 123.45, with a text layer claiming `Total 999999.99`, hidden in
    each way a reader cannot see; plus the honest digital page (visible text) for contrast."""
    scan = page_jpeg([t for t, _, _ in SHOWN])
    layer = b"".join(text_op(t, x, y) for t, x, y in SHOWN[:2])  # the visible parts agree with the image
    return {
        "render_mode_3": pdf(layer + text_op(FAKE, 60, 700, mode=3), scan),
        "clipped": pdf(layer + text_op(FAKE, 60, 700, clip=True), scan),
        "white_on_white": pdf(layer + text_op(FAKE, 300, 600, fill="1 1 1"), scan),
        "under_the_image": pdf(text_op(FAKE, 60, 700), scan, image_on_top=True),
        "off_page": pdf(b"".join(text_op(t, x, y) for t, x, y in SHOWN[:2]) + text_op(FAKE, 700, 700)),
    }


def visible_pdf() -> bytes:
    return pdf(b"".join(text_op(t, x, y) for t, x, y in SHOWN))


def many_page_tiff(n: int, size: tuple[int, int] = (850, 1100)) -> bytes:
    frames = [Image.new("L", size, 255) for _ in range(n)]
    buf = io.BytesIO()
    frames[0].save(buf, "TIFF", save_all=True, append_images=frames[1:], compression="tiff_deflate")
    return buf.getvalue()


def alias_bomb_yaml(levels: int = 9) -> str:
    """Billion laughs: 9 levels of 9 aliases each, ~400 bytes, 9**9 strings once expanded."""
    rows = ['    a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for i in range(1, levels):
        refs = ", ".join([f"*a{i - 1}"] * 9)
        rows.append(f"    a{i}: &a{i} [{refs}]")
    return "kie:\n  options:\n" + "\n".join(rows) + "\n"


BACKTRACKING = r"(a|aa)+$"  # exponential on a run of `a` followed by something else
