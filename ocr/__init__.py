"""OCR stage: PP-OCR text detection (DB) -> line direction -> recognition (CTC), plus page orientation."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .det import TextDetector
from .orientation import PageOrientation
from .pipeline import OcrPipeline, OcrResult
from .rec import TextClassifier, TextRecognizer

if TYPE_CHECKING:
    from docsense.core.config import EngineSettings, OcrSettings

__all__ = [
    "OcrPipeline",
    "OcrResult",
    "PageOrientation",
    "TextClassifier",
    "TextDetector",
    "TextRecognizer",
    "ocr_pipeline",
]


def ocr_pipeline(cfg: OcrSettings, engine_cfg: EngineSettings) -> OcrPipeline:
    """The OCR stage for `cfg.engine`: docsense's own, or PaddleOCR's pipeline (`paddleocr`, the paddleocr extra)."""
    if cfg.engine == "paddleocr":
        from .paddleocr_pipeline import PaddleOcrPipeline

        return PaddleOcrPipeline(cfg, engine_cfg)
    return OcrPipeline(cfg, engine_cfg)
