"""Write a parsed document to OUTDIR in the requested formats."""

from __future__ import annotations

import sys
from pathlib import Path

from docsense.app.pipeline import Parsed
from docsense.core import export

FORMATS = ("json", "md", "html", "xlsx", "csv")  # what `--format` accepts, in the order of its help


def write_outputs(parsed: Parsed, out: Path, stem: str, formats: list[str]) -> list[Path]:
    """Writes atomically (temp file + rename) so a killed run never leaves half a file behind."""
    doc = parsed.document
    written = []
    for fmt in formats:
        if fmt == "json":
            written.append(_write(out / f"{stem}.json", export.to_json(doc)))
        elif fmt == "md":
            written.append(_write(out / f"{stem}.md", export.to_markdown(doc)))
        elif fmt == "html":
            images = [p.image for p in parsed.pages if p.image is not None]
            written.append(_write(out / f"{stem}.html", export.to_html(doc, images or None)))
        elif fmt in ("xlsx", "csv"):
            from docsense.core import tables_io

            written.extend(tables_io.write_tables(doc, out, stem, fmt))
    return written


def write_stdout(parsed: Parsed, fmt: str) -> None:
    """`-o -`: JSON as one line per document (JSON Lines), or the Markdown; flushed per document."""
    text = export.to_json(parsed.document, indent=None) if fmt == "json" else export.to_markdown(parsed.document)
    sys.stdout.write(text.rstrip("\n") + "\n")
    sys.stdout.flush()


def _write(path: Path, text: str) -> Path:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)
    return path
