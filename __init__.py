"""docsense: offline document understanding (layout, OCR, tables, key-information extraction)."""

__version__ = "0.1.0"
