"""The composition root: builds the stages from one Settings and runs them over the pages of a document.

page -> (PDF text layer | OCR: orientation, det, cls, rec) -> layout regions -> assembly -> tables
     -> every box mapped back to original page pixels -> Document
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

import numpy as np

from docsense.core.assemble import assemble
from docsense.core.config import Settings
from docsense.core.document import Block, Document, Line, Page, Region, Table
from docsense.core.geometry import PageTransform, scale_matrix
from docsense.core.io import PageImage, load_pages, read_bytes

if TYPE_CHECKING:
    from docsense.ocr.seal import SealReader


class LayoutStage(Protocol):
    def __call__(self, image: np.ndarray) -> list[Region]: ...


class TableStage(Protocol):
    def __call__(self, image: np.ndarray, block: Block) -> Table | None: ...

    def page_block(
        self,
        image: np.ndarray,
        lines: list[Line],
        blocks: list[Block],
        reread: Callable[[np.ndarray], list[Line]] | None = None,
    ) -> Block | None: ...


@dataclass
class ParsedPage:
    page: Page
    image: np.ndarray | None  # the page as loaded (original orientation, downscaled by `scale`); None: not kept
    scale: float = 1.0
    timings_ms: dict[str, float] = field(default_factory=dict)


@dataclass
class Parsed:
    document: Document
    pages: list[ParsedPage]


class Pipeline:
    """Stages are built once here and reused for every document (models load once per process)."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings()
        s = self.settings
        from docsense.ocr import OcrPipeline, ocr_pipeline

        self.ocr = ocr_pipeline(s.ocr, s.engine)
        self.seal: SealReader | None = None
        if s.kie.seal.enabled and s.ocr.enabled:
            from docsense.ocr.seal import SealReader

            # Seals are found (and their ink masked) before OCR; they are read with the page's OCR models.
            self.seal = SealReader(s.kie.seal, self.ocr.recognizer, self.ocr.detector, s.engine)
        self.layout: LayoutStage | None = None
        self.table: TableStage | None = None
        self.table_ocr: OcrPipeline | None = None
        if s.layout.enabled:
            from docsense.layout import LayoutAnalyzer

            self.layout = LayoutAnalyzer(s.layout, s.engine)
        if s.table.enabled:
            from docsense.table import TableRecognizer

            self.table = TableRecognizer(s.table, s.engine)
            # Small table crops are read a second time enlarged (TableSettings.reread_*); the working image is
            # upright by then, so that reading neither turns the page nor flips lines.
            upright = s.ocr.model_copy(
                update={
                    "cls": s.ocr.cls.model_copy(update={"enabled": False}),
                    "orientation": s.ocr.orientation.model_copy(update={"enabled": False, "deskew": False}),
                }
            )
            self.table_ocr = ocr_pipeline(upright, s.engine)

    def parse_file(
        self, path: str | Path, on_page: Callable[[int], None] | None = None, keep_images: bool = True
    ) -> Parsed:
        data = read_bytes(path, self.settings.limits)
        return self.parse_bytes(data, str(path), on_page, keep_images)

    def parse_bytes(
        self, data: bytes, source: str, on_page: Callable[[int], None] | None = None, keep_images: bool = True
    ) -> Parsed:
        """`keep_images=False` drops each page image once read, so long PDFs stay in bounded memory."""
        pages = []
        for page_image in load_pages(data, self.settings.input, self.settings.limits):
            parsed = self.parse_page(page_image)
            if not keep_images:
                parsed.image = None
            pages.append(parsed)
            if on_page:
                on_page(page_image.index)
        document = Document(source=source, pages=[p.page for p in pages])
        return Parsed(document, pages)

    def iter_pages(self, data: bytes) -> Iterator[ParsedPage]:
        for page_image in load_pages(data, self.settings.input, self.settings.limits):
            yield self.parse_page(page_image)

    def parse_page(self, pi: PageImage) -> ParsedPage:
        timings: dict[str, float] = {}
        to_io = scale_matrix(1.0 / pi.scale)  # original pixels -> loaded image pixels
        lines: list[Line]
        seal_blocks: list[Block] = []
        if pi.text_lines is not None:
            # PDF pages are rendered at the original frame (scale 1): text-layer lines need no mapping.
            image, transform, lines = pi.image, PageTransform(to_io), pi.text_lines
        elif self.settings.ocr.enabled:
            page_in = pi.image
            if self.seal is not None:
                sealed = self.seal(pi.image)
                page_in = sealed.image
                timings.update(sealed.timings_ms)
                # seal boxes are in loaded-image pixels: only the downscale (if any) is undone
                seal_blocks = [PageTransform(to_io).block(x.block()) for x in sealed.seals]
            result = self.ocr(page_in)
            image, lines = result.image, result.lines
            transform = result.transform
            transform = PageTransform(transform.matrix @ to_io, transform.rotation, transform.skew)
            timings.update(result.timings_ms)
        else:
            image, transform, lines = pi.image, PageTransform(to_io), []
        t0 = time.perf_counter()
        regions = self.layout(image) if self.layout is not None else []
        timings["layout"] = (time.perf_counter() - t0) * 1000
        t0 = time.perf_counter()
        blocks = assemble(lines, regions, self.settings.layout, page_size=(image.shape[1], image.shape[0]))
        timings["assemble"] = (time.perf_counter() - t0) * 1000
        t0 = time.perf_counter()
        if self.table is not None:
            table_ocr = self.table_ocr
            reread = (lambda im: table_ocr(im).lines) if table_ocr and pi.text_lines is None else None
            page_table = self.table.page_block(image, lines, blocks, reread)
            if page_table is not None:
                blocks = [page_table]  # the page is one table (e.g. a table crop): all its lines belong to it
            for block in blocks:
                if block.type == "table" and block.table is None:
                    block.table = self.table(image, block)
                    if block.table is None:  # no grid in it after all: its lines stay text
                        block.type = "text"
        timings["table"] = (time.perf_counter() - t0) * 1000
        page = Page(
            index=pi.index,
            width=pi.width,
            height=pi.height,
            rotation=transform.rotation,  # type: ignore[arg-type]
            skew=round(transform.skew, 2),
            dpi=pi.dpi,
            text_source="pdf-text" if pi.text_lines is not None else "ocr",
            blocks=[transform.block(b) for b in blocks]
            + [b.model_copy(update={"order": len(blocks) + i}) for i, b in enumerate(seal_blocks)],
            warnings=list(pi.warnings),
        )
        return ParsedPage(page, pi.image, pi.scale, timings)
