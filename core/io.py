"""Format backends: bytes -> page images (BGR uint8) and, for PDFs, the text layer. Limits are enforced here.

Every odd image mode (RGBA, LA, palette, grayscale, 16-bit, CMYK) becomes 3-channel BGR; transparent
pixels become white, since documents are dark ink on light paper.
"""

from __future__ import annotations

import io
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from PIL import Image, ImageOps, ImageSequence, UnidentifiedImageError

from .config import InputSettings, LimitSettings
from .document import Line, Word, union_bbox
from .errors import (
    CorruptFileError,
    DocsenseError,
    EncryptedPdfError,
    InputError,
    TooLargeError,
    UnsupportedFormatError,
)

IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp", ".webp", ".gif", ".jfif", ".jpe"}
PDF_SUFFIXES = {".pdf"}
SUPPORTED_SUFFIXES = IMAGE_SUFFIXES | PDF_SUFFIXES


@dataclass
class PageImage:
    """One page ready for the stages. `scale` = original pixels per pixel of `image` (> 1 when downscaled)."""

    index: int
    image: np.ndarray
    width: int
    height: int
    scale: float = 1.0
    dpi: float | None = None
    text_lines: list[Line] | None = None  # from a PDF text layer, in original pixels
    warnings: list[str] = field(default_factory=list)


def sniff(data: bytes) -> str:
    """'pdf', 'image' or raise: the content decides, never the extension."""
    if not data:
        raise CorruptFileError("empty file (0 bytes)")
    head = data[:1024].lstrip()
    if head.startswith(b"%PDF") or b"%PDF-" in data[:1024]:
        return "pdf"
    signatures = (
        b"\x89PNG",
        b"\xff\xd8\xff",
        b"GIF8",
        b"BM",
        b"II*\x00",
        b"MM\x00*",
        b"RIFF",
    )
    if data.startswith(signatures):
        return "image"
    if head[:1] in (b"<", b"{") or data[:2] == b"PK" or data[:2] == b"MZ":
        raise UnsupportedFormatError("not an image or PDF (looks like text, HTML, an archive or a program)")
    raise UnsupportedFormatError("unrecognized file format (supported: PNG, JPEG, TIFF, BMP, WebP, GIF, PDF)")


def to_bgr(img: Image.Image) -> np.ndarray:
    """Any PIL mode -> contiguous BGR uint8."""
    if img.mode in ("I;16", "I;16B", "I;16L", "I"):
        arr = np.asarray(img, dtype=np.float32)
        hi = float(arr.max()) or 1.0
        img = Image.fromarray((arr * (255.0 / (65535.0 if hi > 255 else 255.0))).clip(0, 255).astype(np.uint8))
    elif img.mode == "F":
        img = Image.fromarray(np.asarray(img).clip(0, 255).astype(np.uint8))
    if img.mode == "P":
        img = img.convert("RGBA")
    if img.mode in ("RGBA", "LA", "PA"):
        background = Image.new("RGBA", img.size, (255, 255, 255, 255))
        img = Image.alpha_composite(background, img.convert("RGBA"))
    if img.mode != "RGB":
        img = img.convert("RGB")
    return np.ascontiguousarray(np.asarray(img)[:, :, ::-1])


def _fit(img: Image.Image, limits: LimitSettings) -> tuple[Image.Image, float]:
    """Downscale pages above max_page_pixels; JPEGs are decoded at reduced size so memory stays bounded."""
    w, h = img.size
    if w * h <= limits.max_page_pixels:
        return img, 1.0
    factor = (limits.max_page_pixels / (w * h)) ** 0.5
    target = (max(1, int(w * factor)), max(1, int(h * factor)))
    if img.format == "JPEG":
        img.draft("RGB", target)  # DCT scaling: decodes at 1/2, 1/4 or 1/8 size
    img = img.resize(target, Image.Resampling.LANCZOS, reducing_gap=2.0)
    return img, w / target[0]


def _guarded(pages: Iterator[PageImage], what: str) -> Iterator[PageImage]:
    """Decoders raise many types on hostile bytes (TypeError, struct.error, IndexError ...): all become one
    CorruptFileError, so callers only ever see docsense errors."""
    while True:
        try:
            page = next(pages)
        except StopIteration:
            return
        except DocsenseError:
            raise
        except MemoryError as exc:
            raise TooLargeError(f"{what} needs more memory than available to decode") from exc
        except Exception as exc:
            raise CorruptFileError(f"{what} data is corrupt: {type(exc).__name__}: {str(exc)[:200]}") from exc
        yield page


def load_image_pages(data: bytes, limits: LimitSettings) -> Iterator[PageImage]:
    return _guarded(_image_pages(data, limits), "image")


def _image_pages(data: bytes, limits: LimitSettings) -> Iterator[PageImage]:
    Image.MAX_IMAGE_PIXELS = None  # our own limit below replaces PIL's warning-only guard
    try:
        img = Image.open(io.BytesIO(data))
    except UnidentifiedImageError as exc:
        raise CorruptFileError("cannot identify the image (corrupt or unsupported)") from exc
    except Exception as exc:
        raise CorruptFileError(f"cannot open image: {exc}") from exc
    frames = [img] if getattr(img, "n_frames", 1) == 1 else ImageSequence.Iterator(img)
    multi_page = img.format == "TIFF"
    for index, frame in enumerate(frames):
        if index and not multi_page:
            break  # animated GIF/WebP: the first frame is the page
        w, h = frame.size
        if w * h > limits.max_pixels:
            raise TooLargeError(f"image is {w}x{h} = {w * h / 1e6:.0f} MP, above limits.max_pixels")
        if w < 2 or h < 2:
            raise InputError(f"image is {w}x{h} px: too small to hold text")
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                frame = ImageOps.exif_transpose(frame) or frame
                fitted, scale = _fit(frame, limits)
                bgr = to_bgr(fitted)
        except (OSError, SyntaxError, ValueError) as exc:
            raise CorruptFileError(f"image data is truncated or corrupt: {exc}") from exc
        note = [f"downscaled x{1 / scale:.3f} for reading"] if scale != 1.0 else []
        dpi = frame.info.get("dpi", (None,))[0]
        yield PageImage(
            index,
            bgr,
            width=frame.size[0],
            height=frame.size[1],
            scale=scale,
            dpi=float(dpi) if dpi else None,
            warnings=note,
        )


def _pdf_text_lines(page: object, scale: float, height_pt: float) -> list[Line]:
    """Words with boxes from pdfium's text layer, grouped into the lines pdfium reports, in pixel units."""
    textpage = page.get_textpage()  # type: ignore[attr-defined]
    lines: list[Line] = []
    words: list[Word] = []
    chars: list[tuple[str, tuple[float, float, float, float]]] = []

    def close_word() -> None:
        if chars:
            text = "".join(c for c, _ in chars)
            words.append(Word(text=text, bbox=union_bbox([b for _, b in chars]), score=1.0))
            chars.clear()

    def close_line() -> None:
        close_word()
        if words:
            bbox = union_bbox([w.bbox for w in words])
            x0, y0, x1, y1 = bbox
            lines.append(
                Line(
                    text=" ".join(w.text for w in words),
                    bbox=bbox,
                    score=1.0,
                    words=list(words),
                    polygon=[(x0, y0), (x1, y0), (x1, y1), (x0, y1)],
                )
            )
            words.clear()

    count = textpage.count_chars()
    text = textpage.get_text_range(0, count) if count else ""
    for i, ch in enumerate(text[:count]):
        if ch in "\r\n":
            close_line()
            continue
        if ch.isspace():
            close_word()
            continue
        left, bottom, right, top = textpage.get_charbox(i, loose=True)  # font box: stable gaps and heights
        box = (left * scale, (height_pt - top) * scale, right * scale, (height_pt - bottom) * scale)
        if chars and box[0] - chars[-1][1][2] > 0.5 * (box[3] - box[1]):
            close_word()  # visible gap without a space char: a new word
        chars.append((ch, box))
    close_line()
    textpage.close()
    return lines


def load_pdf_pages(data: bytes, settings: InputSettings, limits: LimitSettings) -> Iterator[PageImage]:
    return _guarded(_pdf_pages(data, settings, limits), "PDF")


def _pdf_pages(data: bytes, settings: InputSettings, limits: LimitSettings) -> Iterator[PageImage]:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data, password=settings.password)
    except pdfium.PdfiumError as exc:
        msg = str(exc).lower()
        if "password" in msg or "security" in msg:
            raise EncryptedPdfError("PDF is encrypted (set input.password)") from exc
        raise CorruptFileError(f"broken PDF: {exc}") from exc
    try:
        n = len(pdf)
        if n == 0:
            raise CorruptFileError("PDF has no pages")
        if n > limits.max_pages:
            raise TooLargeError(f"PDF has {n} pages, above limits.max_pages={limits.max_pages}")
        for index in range(n):
            try:
                page = pdf[index]
            except pdfium.PdfiumError as exc:  # a broken page tree: the count says n, the page is not there
                raise CorruptFileError(f"broken PDF: page {index + 1}: {exc}") from exc
            w_pt, h_pt = page.get_size()
            scale = settings.pdf_dpi / 72.0
            if w_pt * h_pt * scale * scale > limits.max_page_pixels:
                scale = (limits.max_page_pixels / (w_pt * h_pt)) ** 0.5
            lines = None
            if settings.pdf_mode != "ocr" and page.get_rotation() == 0:
                lines = _pdf_text_lines(page, scale, h_pt)
                visible = sum(len(ln.text.replace(" ", "")) for ln in lines)
                if settings.pdf_mode == "auto" and visible < settings.pdf_min_chars:
                    lines = None
            bitmap = page.render(scale=scale)
            rgb = bitmap.to_numpy()
            bgr = np.ascontiguousarray(rgb[:, :, [2, 1, 0]] if rgb.shape[2] >= 3 else np.repeat(rgb, 3, axis=2))
            page.close()
            yield PageImage(
                index,
                bgr,
                width=bgr.shape[1],
                height=bgr.shape[0],
                dpi=scale * 72.0,
                text_lines=lines,
            )
    finally:
        pdf.close()


def read_bytes(path: str | Path, limits: LimitSettings) -> bytes:
    p = Path(path)
    if not p.is_file():
        raise InputError(f"not a file: {p}")
    size = p.stat().st_size
    if size > limits.max_file_bytes:
        raise TooLargeError(f"file is {size} bytes, above limits.max_file_bytes")
    return p.read_bytes()


def load_pages(data: bytes, settings: InputSettings, limits: LimitSettings) -> Iterator[PageImage]:
    """Pages of an image or PDF given as bytes (format sniffed from the content)."""
    if len(data) > limits.max_file_bytes:
        raise TooLargeError(f"file is {len(data)} bytes, above limits.max_file_bytes")
    if sniff(data) == "pdf":
        yield from load_pdf_pages(data, settings, limits)
    else:
        yield from load_image_pages(data, limits)
