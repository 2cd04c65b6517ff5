"""docsense: offline document understanding (layout, OCR, tables, key-information extraction).

    import docsense

    doc = docsense.parse("invoice.png")  # a path, bytes, PIL image, numpy array or a list of them
    print(doc.to_markdown())
    fields = docsense.extract(doc, template="invoice").fields  # reuses the parsed document

`docsense.Pipeline(config, **overrides)` keeps the models loaded for many calls. Importing the package is cheap:
everything here loads on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = [
    "DocsenseError",
    "Document",
    "Extraction",
    "Pipeline",
    "Settings",
    "__version__",
    "extract",
    "parse",
]

if TYPE_CHECKING:
    from docsense.app.library import Pipeline, extract, parse
    from docsense.core.config import Settings
    from docsense.core.document import Document, Extraction
    from docsense.core.errors import DocsenseError

_LAZY = {
    "Pipeline": "docsense.app.library",
    "parse": "docsense.app.library",
    "extract": "docsense.app.library",
    "Settings": "docsense.core.config",
    "Document": "docsense.core.document",
    "Extraction": "docsense.core.document",
    "DocsenseError": "docsense.core.errors",
}


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module 'docsense' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(_LAZY[name]), name)
    globals()[name] = value  # later lookups skip this function
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
