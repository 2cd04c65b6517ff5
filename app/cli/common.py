"""What every command shares: options, settings from --config/--set, input expansion, output names, progress."""

from __future__ import annotations

import glob
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

from docsense.core.config import Settings, load_settings
from docsense.core.errors import DocsenseError
from docsense.core.io import SUPPORTED_SUFFIXES

err = Console(stderr=True, soft_wrap=True)  # one error, one line, whatever the terminal width

ConfigOpt = Annotated[Path | None, typer.Option("--config", "-c", help="YAML config file.")]
SetOpt = Annotated[list[str] | None, typer.Option("--set", "-s", help="Override: section.key=value (repeatable).")]


class PdfMode(str, Enum):
    auto = "auto"
    text = "text"
    ocr = "ocr"


@contextmanager
def exit_on_error() -> Iterator[None]:
    """A docsense error ends the command with its message on one line and its exit code, not a traceback."""
    try:
        yield
    except DocsenseError as exc:
        err.print(f"[red]error:[/] {escape(str(exc))}", highlight=False)
        raise typer.Exit(exc.exit_code) from exc


def settings_from(config: Path | None, overrides: list[str] | None, extra: list[str] | None = None) -> Settings:
    with exit_on_error():
        return load_settings(config, [*(overrides or []), *(extra or [])])


def expand_inputs(inputs: Iterable[str]) -> tuple[list[Path], list[tuple[str, str]]]:
    """Files, folders (recursive, supported types only) and globs -> files; unmatched inputs as errors."""
    files: list[Path] = []
    missing: list[tuple[str, str]] = []
    for item in inputs:
        p = Path(item)
        if p.is_dir():
            found = sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUPPORTED_SUFFIXES)
            files.extend(found) if found else missing.append((item, "no images or PDFs in this folder"))
        elif p.is_file():
            files.append(p)
        elif p.exists():
            missing.append((item, "not a regular file (a device, FIFO or socket)"))
        elif any(c in item for c in "*?["):
            matched = sorted(Path(m) for m in glob.glob(item, recursive=True) if Path(m).is_file())
            files.extend(matched) if matched else missing.append((item, "no file matches"))
        else:
            missing.append((item, "no such file or folder"))
    seen: set[Path] = set()
    unique = [f for f in files if not (f.resolve() in seen or seen.add(f.resolve()))]  # type: ignore[func-returns-value]
    return unique, missing


def unique_stem(stem: str, taken: set[str]) -> str:
    # A 255-byte input name plus ".json.tmp" would pass NAME_MAX: keep output names short enough (UTF-8 bytes).
    stem = stem.encode("utf-8")[:200].decode("utf-8", "ignore")
    name, n = stem, 1
    while name in taken:
        name = f"{stem}-{n}"
        n += 1
    taken.add(name)
    return name


def progress() -> Progress:
    return Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
        console=err,
        transient=True,
        disable=not err.is_terminal,
    )
