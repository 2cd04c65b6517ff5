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
from PIL import Image, ImageSequence, UnidentifiedImageError

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
    # Original rows per row of `image` where it differs from `scale`: a page of non-square pixels (a fax at 204 x 98
    # dpi) is stretched square for reading, since the models were trained on square pixels.
    scale_y: float | None = None
    text_lines: list[Line] | None = None  # from a PDF text layer, in original pixels
    warnings: list[str] = field(default_factory=list)

    @property
    def xy_scale(self) -> np.ndarray:
        """Original pixels per pixel of `image`, across and down: multiply `image` points by it."""
        return np.array([self.scale, self.scale_y or self.scale])

    def from_original(self) -> np.ndarray:
        """The 3x3 point matrix original pixels -> `image` pixels."""
        return np.diag([1.0 / self.scale, 1.0 / (self.scale_y or self.scale), 1.0])


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


# Bytes a decoded pixel takes in Pillow (RGB is stored as 4); unknown modes count as 4.
_PIXEL_BYTES = {"1": 1, "L": 1, "P": 1, "LA": 2, "PA": 2, "La": 2, "I;16": 2, "I;16B": 2, "I;16L": 2, "I;16N": 2}
_EXIF_TRANSPOSE = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}


def _orientation(frame: Image.Image) -> int:
    """EXIF orientation read without decoding: a PNG's getexif() decodes the whole image to look after IDAT."""
    if frame.format == "PNG" and "exif" not in frame.info:
        return 1
    try:
        return int(frame.getexif().get(0x0112, 1))
    except Exception:  # a broken EXIF block: the page as stored
        return 1


def pixel_aspect(dpi: object) -> float:
    """Horizontal over vertical resolution of a declared (x, y) dpi when it says the pixels are far from square
    (a fax's 204 x 98 is 2.08); 1.0 otherwise. Ratios under 1.5 are left alone (rounding, a stray header), as are
    ones past 4 (no scanner writes them)."""
    try:
        x, y = (float(v) for v in dpi)  # type: ignore[attr-defined]
    except (TypeError, ValueError):
        return 1.0
    if x <= 0 or y <= 0:
        return 1.0
    ratio = x / y
    return ratio if 1.5 <= max(ratio, 1 / ratio) <= 4.0 else 1.0


def _decode_fitted(
    frame: Image.Image, limits: LimitSettings
) -> tuple[Image.Image, tuple[float, float], tuple[int, int]]:
    """Decode one frame within the memory budget: (upright image of at most max_page_pixels, original pixels per
    pixel across and down, upright original size). Non-square pixels are stretched square along the coarser axis.
    JPEGs decode at 1/2, 1/4 or 1/8 size (DCT scaling); other formats decode at their declared size, so that size is
    checked against limits.max_decode_mb before a byte is decoded."""
    w, h = frame.size
    orientation = _orientation(frame)
    aspect = pixel_aspect(frame.info.get("dpi"))
    sw, sh = w * max(1.0, 1 / aspect), h * max(1.0, aspect)  # square-pixel size before fitting
    factor = min(1.0, (limits.max_page_pixels / (sw * sh)) ** 0.5)
    target = (max(1, int(sw * factor)), max(1, int(sh * factor)))
    if frame.format in ("JPEG", "MPO") and factor < 1:  # MPO: a JPEG with more pictures after it
        frame.draft(frame.mode if frame.mode in ("RGB", "L") else None, target)
    dw, dh = frame.size
    need = dw * dh * _PIXEL_BYTES.get(frame.mode, 4)
    if need > limits.max_decode_mb * 2**20:
        raise TooLargeError(
            f"image is {w}x{h} {frame.mode}: decoding it takes {need / 2**20:.0f} MB, above limits.max_decode_mb="
            f"{limits.max_decode_mb} (JPEGs are decoded reduced; save large scans as JPEG or smaller)"
        )
    img = frame
    if img.size != target:
        if img.mode == "1":  # Pillow resizes bilevel images by nearest pixel: thin strokes break
            img = img.convert("L")
        img = img.resize(target, Image.Resampling.LANCZOS, reducing_gap=2.0)
    if orientation in _EXIF_TRANSPOSE:
        img = img.transpose(_EXIF_TRANSPOSE[orientation])
        if orientation >= 5:
            w, h = h, w
    return img, (w / img.size[0], h / img.size[1]), (w, h)


def count_image_pages(img: Image.Image, limits: LimitSettings) -> int:
    """Pages an image holds, counted before any is decoded: every frame of a TIFF; one for the rest (an animated
    GIF or WebP is read as its first frame). Counting stops past limits.max_pages (a crafted TIFF may chain
    millions of tiny pages, or loop)."""
    if img.format != "TIFF":
        return 1
    n = 1
    try:
        while n <= limits.max_pages:
            img.seek(n)
            n += 1
    except EOFError:
        pass
    finally:
        img.seek(0)
    if n > limits.max_pages:
        raise TooLargeError(f"TIFF has more than {limits.max_pages} pages (limits.max_pages)")
    return n


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
    Image.MAX_IMAGE_PIXELS = None  # our own limits below replace PIL's warning-only guard
    try:
        img = Image.open(io.BytesIO(data))
    except UnidentifiedImageError as exc:
        raise CorruptFileError("cannot identify the image (corrupt or unsupported)") from exc
    except Exception as exc:
        raise CorruptFileError(f"cannot open image: {exc}") from exc
    n_pages = count_image_pages(img, limits)
    frames = [img] if n_pages == 1 else ImageSequence.Iterator(img)
    for index, frame in enumerate(frames):
        if index >= n_pages:
            break
        w, h = frame.size
        if w * h > limits.max_pixels:
            raise TooLargeError(f"image is {w}x{h} = {w * h / 1e6:.0f} MP, above limits.max_pixels")
        if w < 2 or h < 2:
            raise InputError(f"image is {w}x{h} px: too small to hold text")
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                fitted, (scale, scale_y), (width, height) = _decode_fitted(frame, limits)
                bgr = to_bgr(fitted)
        except (OSError, SyntaxError, ValueError) as exc:
            raise CorruptFileError(f"image data is truncated or corrupt: {exc}") from exc
        square = abs(scale_y / scale - 1) < 0.05
        if square:
            note = [f"downscaled x{1 / scale:.3f} for reading"] if scale != 1.0 else []
        else:
            x, y = (float(v) for v in frame.info["dpi"])
            note = [f"non-square pixels ({x:g} x {y:g} dpi): read at x{1 / scale:.3f} across, x{1 / scale_y:.3f} down"]
        dpi = frame.info.get("dpi", (None,))[0]
        del fitted
        if n_pages == 1:
            img.close()  # the full-size decode is not kept while the page is read (a TIFF reuses one buffer)
        yield PageImage(
            index,
            bgr,
            width=width,
            height=height,
            scale=scale,
            dpi=float(dpi) if dpi else None,
            scale_y=None if square else scale_y,
            warnings=note,
        )


_Box = tuple[float, float, float, float]


def _pdf_chars(page: object, scale: float, height_pt: float) -> list[tuple[str, _Box | None]]:
    """The text layer's characters with their font boxes in pixels (None for spaces and line breaks)."""
    textpage = page.get_textpage()  # type: ignore[attr-defined]
    try:
        count = textpage.count_chars()
        text = textpage.get_text_range(0, count) if count else ""
        chars: list[tuple[str, _Box | None]] = []
        for i, ch in enumerate(text[:count]):
            if ch.isspace():
                chars.append((ch, None))
                continue
            left, bottom, right, top = textpage.get_charbox(i, loose=True)  # font box: stable gaps and heights
            chars.append((ch, (left * scale, (height_pt - top) * scale, right * scale, (height_pt - bottom) * scale)))
        return chars
    finally:
        textpage.close()


def _lines_from_chars(chars: list[tuple[str, _Box | None]]) -> list[Line]:
    """Words grouped into the lines pdfium reports; a visible gap without a space char starts a new word."""
    lines: list[Line] = []
    words: list[Word] = []
    run: list[tuple[str, _Box]] = []

    def close_word() -> None:
        if run:
            words.append(Word(text="".join(c for c, _ in run), bbox=union_bbox([b for _, b in run]), score=1.0))
            run.clear()

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

    for ch, box in chars:
        if box is None:
            close_line() if ch in "\r\n" else close_word()
            continue
        if run and box[0] - run[-1][1][2] > 0.5 * (box[3] - box[1]):
            close_word()
        run.append((ch, box))
    close_line()
    return lines


def _drawn_text_mask(page: object, scale: float, rendered: np.ndarray) -> np.ndarray:
    """Pixels the text objects change: the page rendered again with every text object (forms included) made
    invisible, compared with `rendered`. Text in render mode 3, clipped away, white on white, under an image or
    off the page changes nothing."""
    import pypdfium2.raw as pdfium_c

    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_TEXT], max_depth=16):  # type: ignore[attr-defined]
        pdfium_c.FPDFTextObj_SetTextRenderMode(obj.raw, pdfium_c.FPDF_TEXTRENDERMODE_INVISIBLE)
    bare = page.render(scale=scale).to_numpy()  # type: ignore[attr-defined]
    return np.asarray(np.abs(rendered.astype(np.int16) - bare).max(axis=2) > 24)


def _visible_text(
    chars: list[tuple[str, _Box | None]], drawn: np.ndarray
) -> tuple[list[tuple[str, _Box | None]], str, str]:
    """(characters that draw ink, text of those drawn invisibly on the page, text of those off the page)."""
    h, w = drawn.shape
    kept: list[tuple[str, _Box | None]] = []
    hidden, outside = [], []
    for ch, box in chars:
        if box is None:
            kept.append((ch, box))
            continue
        cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
        x0, y0 = max(0, int(box[0]) - 1), max(0, int(box[1]) - 1)
        x1, y1 = min(w, int(box[2]) + 2), min(h, int(box[3]) + 2)
        if not (0 <= cx < w and 0 <= cy < h) or x1 <= x0 or y1 <= y0:
            outside.append(ch)
        elif drawn[y0:y1, x0:x1].any():
            kept.append((ch, box))
        else:
            hidden.append(ch)
    return kept, "".join(hidden), "".join(outside)


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
            bitmap = page.render(scale=scale)
            rgb = bitmap.to_numpy()
            lines, notes = None, []
            if settings.pdf_mode != "ocr" and page.get_rotation() == 0:
                chars = _pdf_chars(page, scale, h_pt)
                if any(box is not None for _, box in chars):
                    chars, hidden, outside = _visible_text(chars, _drawn_text_mask(page, scale, rgb))
                    if outside:
                        notes.append(f"text layer: {len(outside)} characters outside the page were dropped")
                    lines = _lines_from_chars(chars)
                    if hidden:
                        # What a reader sees there may differ (a scan under a hidden text layer, a number drawn
                        # as an image): the image is what counts.
                        sample = hidden[:40] + ("..." if len(hidden) > 40 else "")
                        read = "the page image was read instead" if settings.pdf_mode == "auto" else "dropped"
                        notes.append(
                            f"text layer: {len(hidden)} characters are not visible on the page (invisible, clipped,"
                            f" white or covered: {sample!r}); {read}"
                        )
                        if settings.pdf_mode == "auto":
                            lines = None
                    visible = sum(len(ln.text.replace(" ", "")) for ln in lines or [])
                    if settings.pdf_mode == "auto" and visible < settings.pdf_min_chars:
                        lines = None
            bgr = np.ascontiguousarray(rgb[:, :, [2, 1, 0]] if rgb.shape[2] >= 3 else np.repeat(rgb, 3, axis=2))
            page.close()
            yield PageImage(
                index,
                bgr,
                width=bgr.shape[1],
                height=bgr.shape[0],
                dpi=scale * 72.0,
                text_lines=lines,
                warnings=notes,
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
