"""Documents -> Extraction: the pipeline reads the document, the KIE stage applies a template (or `kv`).

`Extractor` is what the CLI batch, the API and the UI call. It never raises for a bad document: the returned
Extraction carries `error` instead.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING

from docsense.core.config import Settings
from docsense.core.document import Document, Extraction
from docsense.core.errors import DocsenseError
from docsense.core.io import read_bytes

from .pipeline import Pipeline

if TYPE_CHECKING:
    from docsense.kie.schema import Template


class Extractor:
    """Builds the pipeline (models load once) and the KIE stage from one Settings."""

    def __init__(self, settings: Settings, pipeline: Pipeline | None = None) -> None:
        from docsense.kie import KieStage

        self.settings = settings
        self.pipeline = pipeline or Pipeline(settings)
        self.kie = KieStage(settings.kie, settings.engine)

    def templates(self) -> list[str]:
        """Names usable as `template`: `auto`, `kv` and every template found (shipped + `kie.template_dirs`)."""
        return ["auto", "kv", *self.kie.template_names()]

    def extract_document(self, document: Document, template: str | Template = "auto", sha256: str = "") -> Extraction:
        """KIE on an already parsed document (no error handling: the caller decides)."""
        result = self.kie(document, template)
        # a PDF text layer that the page does not show was not trusted: say so where the fields are read
        hidden = [f"page {p.index + 1}: {w}" for p in document.pages for w in p.warnings if w.startswith("text layer:")]
        return Extraction(
            source=document.source,
            sha256=sha256,
            doc_type=result.doc_type,
            template=result.template,
            fields=result.fields,
            items=result.items,
            warnings=hidden + result.warnings,
            pairs=result.pairs,
            entities=result.entities,
        )

    def extract_bytes(self, data: bytes, source: str, template: str = "auto") -> Extraction:
        sha = hashlib.sha256(data).hexdigest()
        try:
            parsed = self.pipeline.parse_bytes(data, source, keep_images=False)
            return self.extract_document(parsed.document, template, sha)
        except DocsenseError as exc:
            return Extraction(source=source, sha256=sha, template=template, error=f"{exc.kind}: {exc}")
        except Exception as exc:  # one bad document never stops a batch
            return Extraction(source=source, sha256=sha, template=template, error=f"{type(exc).__name__}: {exc}")

    def extract_file(self, path: str | Path, template: str = "auto") -> Extraction:
        try:
            data = read_bytes(path, self.settings.limits)
        except DocsenseError as exc:
            return Extraction(source=str(path), template=template, error=f"{exc.kind}: {exc}")
        except OSError as exc:
            return Extraction(source=str(path), template=template, error=f"io: {exc}")
        return self.extract_bytes(data, str(path), template)
