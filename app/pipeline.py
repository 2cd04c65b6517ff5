"""The composition root: builds the page stages from one Settings and runs them over the pages of a document.

Every stage reads and fills one `PageState` (core/page.py); `pipeline.stages` orders them (default: seal -> ocr
-> layout -> assemble -> refine (with `layout.refine`) -> table); a disabled stage is left out. The finished state
is the page in original pixels.
A new stage: a class with `name` and `__call__(state)` below, built in `Pipeline.__init__`, named in
`core.config.PAGE_STAGES`.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import numpy as np

from docsense.core.assemble import assemble
from docsense.core.budget import check, deadline
from docsense.core.config import LayoutSettings, Settings
from docsense.core.document import Document, Page
from docsense.core.errors import DocsenseError
from docsense.core.geometry import PageTransform
from docsense.core.illumination import flatten
from docsense.core.io import PageImage, load_pages, read_bytes
from docsense.core.page import PageStage, PageState

if TYPE_CHECKING:
    from docsense.layout import LayoutAnalyzer
    from docsense.layout.refine import RegionRefiner
    from docsense.ocr import OcrPipeline
    from docsense.ocr.seal import SealReader
    from docsense.table import TableRecognizer

T = TypeVar("T")


class _Timed:
    """Records the stage's wall time under its name in `state.timings_ms`."""

    name: str

    def __call__(self, state: PageState) -> None:
        t0 = time.perf_counter()
        self.run(state)
        state.timings_ms[self.name] = (time.perf_counter() - t0) * 1000

    def run(self, state: PageState) -> None:
        raise NotImplementedError


class SealStage:
    """Red seals found (and their ink masked) before OCR; read with the page's OCR models into `seal` blocks."""

    name = "seal"

    def __init__(self, reader: SealReader) -> None:
        self.reader = reader

    def __call__(self, state: PageState) -> None:
        if state.text_layer:
            return
        sealed = self.reader(state.image)
        state.image = sealed.image
        state.timings_ms.update(sealed.timings_ms)
        # seal boxes are in loaded-image pixels: only the downscale (if any) is undone
        state.extra_blocks.extend(state.transform.block(x.block()) for x in sealed.seals)


class OcrStage:
    """det -> cls -> rec on the page turned upright; the working frame becomes the upright page."""

    name = "ocr"

    def __init__(self, ocr: OcrPipeline, flatten_light: bool = True) -> None:
        self.ocr = ocr
        self.flatten_light = flatten_light

    def __call__(self, state: PageState) -> None:
        if state.text_layer:
            return
        result = self.ocr(state.image)
        # Layout and tables read the page with its paper flattened where the light is uneven and smooth (the table
        # grid finder read grey paper as rules); OCR read the page as loaded, and held under every lighting.
        state.image = flatten(result.image) if self.flatten_light else result.image
        state.lines = result.lines
        turn = result.transform
        state.transform = PageTransform(turn.matrix @ state.transform.matrix, turn.rotation, turn.skew)
        state.timings_ms.update(result.timings_ms)


class LayoutStage(_Timed):
    name = "layout"

    def __init__(self, analyzer: LayoutAnalyzer) -> None:
        self.analyzer = analyzer

    def run(self, state: PageState) -> None:
        state.regions = self.analyzer(state.image)


class AssembleStage(_Timed):
    """Lines into regions, reading order, blocks (core/assemble/)."""

    name = "assemble"

    def __init__(self, settings: LayoutSettings) -> None:
        self.settings = settings

    def run(self, state: PageState) -> None:
        size = (state.image.shape[1], state.image.shape[0])
        state.blocks = assemble(state.lines, state.regions, self.settings, page_size=size)


class RefineStage(_Timed):
    """Assembled blocks re-typed by the learned region classifier (layout/refine.py) where it is sure."""

    name = "refine"

    def __init__(self, refiner: RegionRefiner) -> None:
        self.refiner = refiner

    def run(self, state: PageState) -> None:
        self.refiner(state.blocks, (float(state.image.shape[1]), float(state.image.shape[0])))


class TableStage(_Timed):
    """Table blocks get their structure; a page that is one table (a table crop) becomes one table block."""

    name = "table"

    def __init__(self, recognizer: TableRecognizer, reread: OcrPipeline) -> None:
        self.recognizer = recognizer
        self.reread = reread

    def run(self, state: PageState) -> None:
        from docsense.table.continued import join_continued

        image = state.image
        reread = None if state.text_layer else (lambda im: self.reread(im).lines)
        page_table = _kept(
            state, "page as one table", lambda: self.recognizer.page_block(image, state.lines, state.blocks, reread)
        )
        if page_table is not None:
            state.blocks = [page_table]  # the page is one table: all its lines belong to it
        for block in state.blocks:
            if block.type == "table" and block.table is None:
                where = [round(v) for v in block.bbox]
                block.table = _kept(state, f"table at {where}", partial(self.recognizer, image, block))
                if block.table is None:  # no grid in it after all: its lines stay text
                    block.type = "text"
        state.blocks = join_continued(state.blocks)  # a header row printed again under a page break: one table


def _kept(state: PageState, what: str, read: Callable[[], T]) -> T | None:
    """`read()`, or None with a page warning where it fails: one table's fault never loses the page (its lines stay
    text); a deadline or a limit still stops the document, as anywhere else."""
    try:
        return read()
    except (DocsenseError, MemoryError):
        raise
    except Exception as exc:
        state.warnings.append(f"{what} not read: {exc!r}")
        return None


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
        from docsense.ocr import ocr_pipeline

        self.ocr = ocr_pipeline(s.ocr, s.engine)
        self.layout: LayoutAnalyzer | None = None  # also used alone (tests, layout-only tools)
        built: dict[str, PageStage] = {
            "ocr": OcrStage(self.ocr, s.pipeline.flatten_light),
            "assemble": AssembleStage(s.layout),
        }
        if s.ocr.seal.enabled and s.ocr.enabled:
            from docsense.ocr.seal import SealReader

            built["seal"] = SealStage(SealReader(s.ocr.seal, self.ocr.recognizer, self.ocr.detector, s.engine))
        if s.layout.enabled:
            from docsense.layout import LayoutAnalyzer

            self.layout = LayoutAnalyzer(s.layout, s.engine)
            built["layout"] = LayoutStage(self.layout)
            if s.layout.refine:
                from docsense.core.engine_base import resolve_model
                from docsense.layout.refine import RegionRefiner

                folder = resolve_model(s.layout.refine_model)
                built["refine"] = RefineStage(RegionRefiner(folder, s.engine, s.layout.refine_min_prob))
        if s.table.enabled:
            from docsense.table import TableRecognizer

            # Small table crops are read a second time enlarged (TableSettings.reread_*); the working image is
            # upright by then, so that reading neither turns the page nor flips lines.
            upright = s.ocr.model_copy(
                update={
                    "cls": s.ocr.cls.model_copy(update={"enabled": False}),
                    "orientation": s.ocr.orientation.model_copy(update={"enabled": False, "deskew": False}),
                }
            )
            built["table"] = TableStage(TableRecognizer(s.table, s.engine), ocr_pipeline(upright, s.engine))
        if not s.ocr.enabled:
            del built["ocr"]
        # The configured order; a stage that is switched off (`<stage>.enabled: false`) is simply not in it.
        self.stages: list[PageStage] = [built[name] for name in s.pipeline.stages if name in built]

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
        with deadline(self.settings.limits.max_seconds):
            for parsed in self.iter_pages(data):
                if not keep_images:
                    parsed.image = None
                pages.append(parsed)
                if on_page:
                    on_page(parsed.page.index)
        document = Document(source=source, pages=[p.page for p in pages])
        return Parsed(document, pages)

    def iter_pages(self, data: bytes) -> Iterator[ParsedPage]:
        """Each page of the document, parsed. A page whose pixels repeat an earlier page of the same document is
        not read again (a small TIFF of 300 copies of one page would otherwise cost 300 readings)."""
        seen: dict[bytes, Page] = {}  # pages only: images are not kept for this
        for page_image in load_pages(data, self.settings.input, self.settings.limits):
            key = _pixels_key(page_image)
            earlier = seen.get(key) if key else None
            if earlier is not None:
                page = earlier.model_copy(update={"index": page_image.index}, deep=True)
                yield ParsedPage(page, page_image.image, page_image.scale, {})
                continue
            parsed = self.parse_page(page_image)
            if key:
                seen[key] = parsed.page
            yield parsed

    def parse_page(self, pi: PageImage) -> ParsedPage:
        state = PageState.start(pi)
        # A page of one flat colour holds nothing to read: no stage runs (300 blank pages cost minutes otherwise).
        # Every pixel counts (a strided sample can miss a thin line of small print); min/max cost ~10 ms a page.
        blank = not state.lines and int(pi.image.max()) - int(pi.image.min()) < 16
        for stage in [] if blank else self.stages:
            check("reading the document")  # past a request's deadline (core.budget): stop between stages
            stage(state)
        return ParsedPage(state.finish(), pi.image, pi.scale, state.timings_ms)


def _pixels_key(pi: PageImage) -> bytes:
    """What a page's reading depends on, hashed (~10 ms an A4 page at 200 dpi); empty for PDF text-layer pages
    (read, not OCR'd)."""
    if pi.text_lines is not None:
        return b""
    h = hashlib.blake2b(digest_size=16)
    h.update(repr((pi.image.shape, pi.width, pi.height, pi.scale, pi.dpi, pi.warnings)).encode())
    h.update(np.ascontiguousarray(pi.image).data)
    return h.digest()
