"""The page contract: one `PageState` that every page stage reads and fills, in stage order.

A stage is any callable `stage(state) -> None` with a `name` (`app/pipeline.py` builds them from the config). Until
the pipeline finishes a page, geometry lives in the *working* frame (`state.image`: the loaded page, turned upright
by OCR when it was sideways); `state.transform` maps working pixels back to original page pixels.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

import numpy as np

from .document import Block, Line, Page, Region
from .geometry import PageTransform
from .io import PageImage


@dataclass
class PageState:
    loaded: PageImage  # the page as loaded (original size, dpi, PDF text layer, load warnings)
    image: np.ndarray  # the working image; stages may replace it (OCR turns it upright, seals mask their ink)
    transform: PageTransform  # original page pixels -> working pixels
    lines: list[Line] = field(default_factory=list)  # working pixels
    regions: list[Region] = field(default_factory=list)  # layout detections, working pixels
    blocks: list[Block] = field(default_factory=list)  # assembled blocks (tables filled in place), working pixels
    extra_blocks: list[Block] = field(default_factory=list)  # blocks already in original pixels (seals)
    warnings: list[str] = field(default_factory=list)
    timings_ms: dict[str, float] = field(default_factory=dict)

    @classmethod
    def start(cls, loaded: PageImage) -> PageState:
        # A PDF text layer is the page's lines (original pixels, and the page is rendered at scale 1).
        return cls(
            loaded=loaded,
            image=loaded.image,
            transform=PageTransform(loaded.from_original()),
            lines=list(loaded.text_lines or []),
            warnings=list(loaded.warnings),
        )

    @property
    def text_layer(self) -> bool:
        """The lines come from a PDF text layer: stages that read pixels into lines skip the page."""
        return self.loaded.text_lines is not None

    def finish(self) -> Page:
        """The page in original pixels: working blocks mapped back, then the extra blocks after them."""
        n = len(self.blocks)
        return Page(
            index=self.loaded.index,
            width=self.loaded.width,
            height=self.loaded.height,
            rotation=self.transform.rotation,  # type: ignore[arg-type]
            skew=round(self.transform.skew, 2),
            dpi=self.loaded.dpi,
            text_source="pdf-text" if self.text_layer else "ocr",
            blocks=[self.transform.block(b) for b in self.blocks]
            + [b.model_copy(update={"order": n + i}) for i, b in enumerate(self.extra_blocks)],
            warnings=self.warnings,
        )


class PageStage(Protocol):
    """One step of a page: reads what earlier stages filled in `state`, fills its own part."""

    name: str

    def __call__(self, state: PageState) -> None: ...
