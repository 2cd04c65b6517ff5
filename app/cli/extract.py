"""`docsense extract INPUT... --template auto|resume|invoice|invoice_cn_vat|receipt|kv|FILE.yaml -o results.jsonl`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer

from docsense.kie.items import flat_item

# Typer reads the (postponed) annotations from module globals: these must live at module level.
from .common import ConfigOpt, SetOpt, err, expand_inputs, progress, settings_from


def flat_rows(rows: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """JSONL rows -> one flat row per document (field values) and one per line item / section entry."""
    docs, items = [], []
    for r in rows:
        flat: dict[str, Any] = {k: r.get(k) for k in ("source", "sha256", "doc_type", "template")}
        for name, f in (r.get("fields") or {}).items():
            flat[name] = f.get("value")
        flat["warnings"] = "; ".join(r.get("warnings") or [])
        flat["error"] = r.get("error") or ""
        docs.append(flat)
        for i, it in enumerate(r.get("items") or []):
            items.append({"source": r.get("source"), "index": i, **flat_item(it)})
    return docs, items


def write_tables(jsonl: Path, csv_path: Path | None, xlsx_path: Path | None) -> None:
    import pandas as pd

    rows = [json.loads(line) for line in jsonl.read_text(encoding="utf-8").splitlines() if line.strip()]
    docs, items = flat_rows(rows)
    if csv_path:
        pd.DataFrame(docs).to_csv(csv_path, index=False)
    if xlsx_path:
        with pd.ExcelWriter(xlsx_path) as xw:
            pd.DataFrame(docs).to_excel(xw, sheet_name="documents", index=False)
            pd.DataFrame(items).to_excel(xw, sheet_name="items", index=False)


def register(app: typer.Typer) -> None:
    @app.command()
    def extract(
        inputs: Annotated[list[str], typer.Argument(help="Files, folders or globs (images, PDFs).")],
        out: Annotated[Path, typer.Option("--out", "-o", help="JSONL results (appended; re-runs resume).")] = Path(
            "results.jsonl"
        ),
        template: Annotated[
            str | None,
            typer.Option(
                "--template", "-t", help="auto, resume, invoice, invoice_cn_vat, receipt, kv, or a YAML file."
            ),
        ] = None,
        csv: Annotated[Path | None, typer.Option("--csv", help="Also write a CSV (one row per document).")] = None,
        xlsx: Annotated[
            Path | None, typer.Option("--xlsx", help="Also write an Excel file (documents, items).")
        ] = None,
        workers: Annotated[
            int,
            typer.Option("--workers", "-w", min=0, help="Worker processes, one core each; 0 = one per core."),
        ] = 0,
        backend: Annotated[
            str, typer.Option("--backend", help="local (processes on this machine) or ray (Ray actors).")
        ] = "local",
        address: Annotated[
            str | None,
            typer.Option("--address", help="Ray cluster (auto or HOST:PORT); default: start Ray on this machine."),
        ] = None,
        config: ConfigOpt = None,
        overrides: SetOpt = None,
    ) -> None:
        """Extract key information (fields, line items) into JSONL; resumable, one line per document."""
        from docsense.app.batch import run_batch
        from docsense.core.errors import DocsenseError
        from docsense.kie import load_template

        settings = settings_from(config, overrides)
        if backend not in ("local", "ray"):
            err.print(f"[red]error:[/] unknown backend {backend!r} (local, ray)")
            raise typer.Exit(2)
        if address and backend != "ray":
            err.print("[red]error:[/] --address needs --backend ray")
            raise typer.Exit(2)
        results = None
        if backend == "ray":
            from docsense.app.batch_ray import backend as ray_backend

            try:
                results = ray_backend(address)
            except DocsenseError as exc:
                err.print(f"[red]error:[/] {exc}")
                raise typer.Exit(exc.exit_code) from exc
        name = template or settings.kie.template
        if name not in ("auto", "kv"):
            try:
                load_template(name, settings.kie.template_dirs)  # a bad template stops here, not per document
            except DocsenseError as exc:
                err.print(f"[red]error:[/] {exc}")
                raise typer.Exit(exc.exit_code) from exc
        files, missing = expand_inputs(inputs)
        for item, why in missing:
            err.print(f"[red]error:[/] {item}: {why}")
        if not files:
            raise typer.Exit(2)
        with progress() as bar:
            task = bar.add_task("extracting", total=len(files))

            def on_plan(n: int) -> None:
                bar.update(task, total=n)

            def on_done(row: dict[str, Any], pages: int) -> None:
                bar.update(task, description=Path(row["source"]).name[:40])
                bar.advance(task)

            try:
                report = run_batch(files, out, settings, name, workers, on_done, on_plan, results)
            except DocsenseError as exc:
                err.print(f"[red]error:[/] {exc}")
                raise typer.Exit(exc.exit_code) from exc
        for source, why in report.errors:
            err.print(f"[red]error:[/] {source}: {why}")
        if csv or xlsx:
            write_tables(out, csv, xlsx)
        rate = report.pages / report.seconds if report.seconds else 0.0
        extra = []
        if report.skipped:
            extra.append(f"{report.skipped} already in {out.name}")
        if report.duplicates:
            extra.append(f"{report.duplicates} duplicate content")
        err.print(
            f"{report.done - report.failed} of {report.done} documents extracted ({report.pages} pages, "
            f"{rate:.2f} pages/s, {report.seconds:.1f} s) -> {out}"
            + (f"; skipped: {', '.join(extra)}" if extra else "")
            + (f"; [red]{report.failed + len(missing)} failed[/]" if report.failed or missing else "")
        )
        if report.failed or missing:
            raise typer.Exit(1)
