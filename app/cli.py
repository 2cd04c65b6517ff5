"""`docsense` command line (typer + rich). Thin: arguments -> Settings -> pipeline -> files; errors -> exit codes.

Other apps register their commands from their own modules (see `_register`).
"""

from __future__ import annotations

import glob
import json
import sys
import time
from collections.abc import Iterable
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

from docsense.core.config import Settings, load_settings
from docsense.core.errors import DocsenseError, InputError
from docsense.core.io import SUPPORTED_SUFFIXES

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Offline document understanding.")
config_app = typer.Typer(help="Show or check the configuration.", no_args_is_help=True)
app.add_typer(config_app, name="config")
err = Console(stderr=True, soft_wrap=True)  # one error, one line, whatever the terminal width

ConfigOpt = Annotated[Path | None, typer.Option("--config", "-c", help="YAML config file.")]
SetOpt = Annotated[list[str] | None, typer.Option("--set", "-s", help="Override: section.key=value (repeatable).")]


class PdfMode(str, Enum):
    auto = "auto"
    text = "text"
    ocr = "ocr"


def settings_from(config: Path | None, overrides: list[str] | None, extra: list[str] | None = None) -> Settings:
    try:
        return load_settings(config, [*(overrides or []), *(extra or [])])
    except DocsenseError as exc:
        err.print(f"[red]error:[/] {exc}")
        raise typer.Exit(exc.exit_code) from exc


def expand_inputs(inputs: Iterable[str]) -> tuple[list[Path], list[tuple[str, str]]]:
    """Files, folders (recursive, supported types only) and globs -> files; unmatched inputs as errors."""
    files: list[Path] = []
    missing: list[tuple[str, str]] = []
    for item in inputs:
        p = Path(item)
        if p.is_dir():
            files.extend(sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUPPORTED_SUFFIXES))
        elif p.is_file():
            files.append(p)
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


@app.command()
def parse(
    inputs: Annotated[list[str], typer.Argument(help="Files, folders or globs (images, PDFs).")],
    out: Annotated[
        Path,
        typer.Option("--out", "-o", help="Output folder; - writes to standard output (json: a line per document; md)."),
    ] = Path("out"),
    fmt: Annotated[str, typer.Option("--format", "-f", help="Comma list: json,md,html,xlsx,csv.")] = "json",
    pdf_mode: Annotated[PdfMode | None, typer.Option(help="Use PDF text layers, or always OCR.")] = None,
    config: ConfigOpt = None,
    overrides: SetOpt = None,
) -> None:
    """Read documents into the typed document model and write JSON / Markdown / HTML (+ tables)."""
    from docsense.app.pipeline import Pipeline
    from docsense.app.writers import write_outputs, write_stdout

    formats = [f.strip().lower() for f in fmt.split(",") if f.strip()]
    unknown = set(formats) - {"json", "md", "html", "xlsx", "csv"}
    if unknown:
        err.print(f"[red]error:[/] unknown format(s): {', '.join(sorted(unknown))}")
        raise typer.Exit(2)
    to_stdout = str(out) == "-"
    if to_stdout and (len(formats) != 1 or formats[0] not in ("json", "md")):
        err.print("[red]error:[/] -o - writes one format, json or md, to standard output")
        raise typer.Exit(2)
    settings = settings_from(config, overrides, [f"input.pdf_mode={pdf_mode.value}"] if pdf_mode else None)
    files, failures = expand_inputs(inputs)
    for item, why in failures:
        err.print(f"[red]error:[/] {item}: {why}")
    if not files:
        raise typer.Exit(2)
    if not to_stdout:
        out.mkdir(parents=True, exist_ok=True)
    try:
        pipeline = Pipeline(settings)
    except DocsenseError as exc:
        err.print(f"[red]error:[/] {exc}")
        raise typer.Exit(exc.exit_code) from exc
    taken: set[str] = set()
    n_pages, failed, start = 0, len(failures), time.perf_counter()
    with progress() as bar:
        task = bar.add_task("parsing", total=len(files))
        pages_task = bar.add_task("pages", total=None)
        for path in files:
            bar.update(task, description=path.name[:40])
            try:
                parsed = pipeline.parse_file(
                    path, on_page=lambda _: bar.advance(pages_task), keep_images="html" in formats
                )
                if to_stdout:
                    write_stdout(parsed, formats[0])
                else:
                    write_outputs(parsed, out, unique_stem(path.stem, taken), formats)
                n_pages += len(parsed.document.pages)
            except DocsenseError as exc:
                failed += 1
                err.print(f"[red]error:[/] {path}: {exc}")
            except Exception as exc:  # one bad file never stops the run
                failed += 1
                err.print(f"[red]error:[/] {path}: unexpected {type(exc).__name__}: {exc}")
            bar.advance(task)
    elapsed = time.perf_counter() - start
    ok = len(files) - (failed - len(failures))
    err.print(
        f"{ok} of {len(files) + len(failures)} documents parsed ({n_pages} pages) in {elapsed:.1f} s"
        f" -> {'standard output' if to_stdout else f'{out}/'}" + (f"; [red]{failed} failed[/]" if failed else "")
    )
    if failed:
        raise typer.Exit(1)


@app.command()
def ocr(
    inputs: Annotated[list[str], typer.Argument(help="Images (pages, or line crops with --rec-only).")],
    det_only: Annotated[bool, typer.Option("--det-only", help="Text boxes only, no recognition.")] = False,
    rec_only: Annotated[bool, typer.Option("--rec-only", help="Each input is one text-line crop.")] = False,
    out: Annotated[Path | None, typer.Option("--out", "-o", help="JSON file (default: stdout).")] = None,
    config: ConfigOpt = None,
    overrides: SetOpt = None,
) -> None:
    """Run one OCR stage (or the whole OCR) on images; prints JSON, one record per input."""
    from docsense.core.io import load_image_pages, read_bytes
    from docsense.ocr import ocr_pipeline

    if det_only and rec_only:
        err.print("[red]error:[/] --det-only and --rec-only exclude each other")
        raise typer.Exit(2)
    settings = settings_from(config, overrides)
    files, failures = expand_inputs(inputs)
    pipe = ocr_pipeline(settings.ocr, settings.engine)
    records: list[dict[str, object]] = [{"source": i, "error": why} for i, why in failures]
    for path in files:
        try:
            page = next(load_image_pages(read_bytes(path, settings.limits), settings.limits))
            if rec_only:
                (r,) = pipe.recognize([page.image])
                records.append({"source": str(path), "text": r.text, "score": round(r.score, 4)})
            elif det_only:
                quads, scores = pipe.detect(page.image)
                boxes = [
                    {"polygon": (q * page.scale).round(1).tolist(), "score": round(float(s), 4)}
                    for q, s in zip(quads, scores, strict=True)
                ]
                records.append({"source": str(path), "boxes": boxes})
            else:
                from docsense.core.geometry import PageTransform, scale_matrix

                res = pipe(page.image)
                t = PageTransform(res.transform.matrix @ scale_matrix(1 / page.scale))
                records.append(
                    {
                        "source": str(path),
                        "rotation": res.transform.rotation,
                        "lines": [t.line(ln).model_dump(mode="json") for ln in res.lines],
                    }
                )
        except (DocsenseError, StopIteration) as exc:
            records.append({"source": str(path), "error": str(exc) or "no page"})
    text = json.dumps(records, ensure_ascii=False, indent=2)
    if out:
        out.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text + "\n")
    if any("error" in r for r in records):
        raise typer.Exit(1)


@app.command()
def schema(
    kind: Annotated[str, typer.Argument(help="document or extraction")] = "document",
) -> None:
    """Print the JSON Schema of the document model (or of an extraction result)."""
    from docsense.core.document import Document, Extraction

    models = {"document": Document, "extraction": Extraction}
    if kind not in models:
        err.print(f"[red]error:[/] unknown schema {kind!r} (document, extraction)")
        raise typer.Exit(2)
    sys.stdout.write(json.dumps(models[kind].model_json_schema(), ensure_ascii=False, indent=2) + "\n")


@config_app.command("show")
def config_show(config: ConfigOpt = None, overrides: SetOpt = None) -> None:
    """Print the effective configuration (defaults <- file <- --set) as YAML."""
    import yaml

    settings = settings_from(config, overrides)
    sys.stdout.write(yaml.safe_dump(settings.model_dump(mode="json"), sort_keys=False, allow_unicode=True))


def _register() -> None:
    """Commands of other apps live in their own modules; each exposes `register(app)`."""
    import importlib

    for name in ("extract", "evaluate", "serve", "train", "export"):
        try:
            module = importlib.import_module(f"docsense.app.cmd_{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"docsense.app.cmd_{name}":
                raise
            continue
        module.register(app)


def main() -> None:
    try:
        app()
    except InputError as exc:
        err.print(f"[red]error:[/] {exc}")
        sys.exit(exc.exit_code)


if __name__ == "__main__":
    # `python -m docsense.app.cli`: this copy is `__main__`; the command modules register on the importable one.
    from docsense.app import cli

    cli.main()
else:
    _register()
