"""`docsense` command line (typer + rich). Thin: arguments -> Settings -> pipeline -> files; errors -> exit codes.

Command groups live in their own modules of this package (extract, eval, export, train, serve/ui).
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Annotated

import typer

from docsense.app.writers import FORMATS
from docsense.core.errors import DocsenseError, InputError

from . import evaluate, export, extract, models, serve, train
from .common import ConfigOpt, PdfMode, SetOpt, err, expand_inputs, progress, settings_from, unique_stem

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Offline document understanding.")
config_app = typer.Typer(help="Show or check the configuration.", no_args_is_help=True)
app.add_typer(config_app, name="config")


def _print_version(value: bool) -> None:
    if value:
        from docsense import __version__

        sys.stdout.write(f"docsense {__version__}\n")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", callback=_print_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    pass


@app.command()
def parse(
    inputs: Annotated[list[str], typer.Argument(help="Files, folders or globs (images, PDFs).")],
    out: Annotated[
        Path,
        typer.Option("--out", "-o", help="Output folder; - writes to standard output (json: a line per document; md)."),
    ] = Path("out"),
    fmt: Annotated[str, typer.Option("--format", "-f", help=f"Comma list: {','.join(FORMATS)}.")] = "json",
    pdf_mode: Annotated[PdfMode | None, typer.Option(help="Use PDF text layers, or always OCR.")] = None,
    config: ConfigOpt = None,
    overrides: SetOpt = None,
) -> None:
    """Read documents into the typed document model and write JSON / Markdown / HTML (+ tables)."""
    from docsense.app.pipeline import Pipeline
    from docsense.app.writers import write_outputs, write_stdout

    formats = [f.strip().lower() for f in fmt.split(",") if f.strip()]
    unknown = set(formats) - set(FORMATS)
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
                    {"polygon": (q * page.xy_scale).round(1).tolist(), "score": round(float(s), 4)}
                    for q, s in zip(quads, scores, strict=True)
                ]
                records.append({"source": str(path), "boxes": boxes})
            else:
                from docsense.core.geometry import PageTransform

                res = pipe(page.image)
                t = PageTransform(res.transform.matrix @ page.from_original())
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


app.add_typer(evaluate.eval_app, name="eval")
app.add_typer(export.export_app, name="export")
app.add_typer(train.train_app, name="train")
extract.register(app)
models.register(app)
serve.register(app)


def main() -> None:
    try:
        app()
    except InputError as exc:
        err.print(f"[red]error:[/] {exc}")
        sys.exit(exc.exit_code)
