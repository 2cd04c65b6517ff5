"""OCR stage: PP-OCR text detection (DB) -> line direction -> recognition (CTC), plus page orientation."""

from .det import TextDetector
from .orientation import PageOrientation
from .pipeline import OcrPipeline, OcrResult
from .rec import TextClassifier, TextRecognizer

__all__ = ["OcrPipeline", "OcrResult", "PageOrientation", "TextClassifier", "TextDetector", "TextRecognizer"]
