"""`docsense eval ...`: the benchmark's metrics (`docsense.eval`) on users' own data, end to end from the images."""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer

from docsense.app.pipeline import Pipeline
from docsense.eval import kie as kie_eval
from docsense.eval import kv as kv_eval
from docsense.eval import layout as layout_eval
from docsense.eval import ocr as ocr_eval
from docsense.eval import tables as tables_eval
from docsense.eval.datasets import find_image

from .common import settings_from

T = TypeVar("T")


def _with_images(items: Iterable[T], images: Path, name_of: Callable[[T], str], limit: int) -> Iterator[tuple[T, Path]]:
    """Each ground-truth item with its image file; a missing image is reported and skipped, not fatal."""
    for item in list(items)[: limit or None]:
        path = find_image(images, name_of(item))
        if path is None:
            print(f"missing image for {name_of(item)}", file=sys.stderr)
            continue
        yield item, path


eval_app = typer.Typer(
    help="Evaluate against ground truth (OCR, tables, layout, KIE, key-value).", no_args_is_help=True
)


@eval_app.command("ocr")
def eval_ocr(
    gt: Annotated[Path, typer.Option(help="JSONL of pages with lines, or a folder of SROIE-style CSVs.")],
    images: Annotated[Path, typer.Option(help="Folder with the page images.")],
    limit: Annotated[int, typer.Option(help="Evaluate at most this many pages (0 = all).")] = 0,
    ignore_case: Annotated[bool, typer.Option(help="Compare case-insensitively (SROIE's upper-case GT).")] = False,
    config: Annotated[Path | None, typer.Option("--config", "-c")] = None,
    overrides: Annotated[list[str] | None, typer.Option("--set", "-s")] = None,
) -> None:
    """Line accuracy (1 - normalized edit distance), exact lines, CER and word F1, per page and mean."""
    settings = settings_from(config, [*(overrides or [])])
    pipeline = Pipeline(settings)
    rows = []
    for (_, gt_lines), path in _with_images(ocr_eval.read_gt(gt).items(), images, lambda kv: kv[0], limit):
        t0 = time.perf_counter()
        doc = pipeline.parse_file(path).document
        seconds = time.perf_counter() - t0
        pred = [(ln.text, ln.bbox) for page in doc.pages[:1] for ln in page.lines()]
        rows.append({"image": path.name, **ocr_eval.score_page(gt_lines, pred, ignore_case), "seconds": seconds})
    json.dump({"mean": ocr_eval.mean_scores(rows), "pages": rows}, sys.stdout, indent=2)
    sys.stdout.write("\n")


@eval_app.command("kie")
def eval_kie(
    gt: Annotated[Path, typer.Option("--gt", help="Ground truth JSONL (SROIE, generator or invoice2data).")],
    pred: Annotated[Path, typer.Option("--pred", help="`docsense extract` output (JSONL).")],
    out: Annotated[Path | None, typer.Option("--json", help="Also write the metrics as JSON here.")] = None,
    show_wrong: Annotated[bool, typer.Option("--show-wrong", help="List every mismatch.")] = False,
    predicted_only: Annotated[
        bool, typer.Option("--predicted-only", help="Score only documents the predictions cover.")
    ] = False,
    match: Annotated[
        str,
        typer.Option(
            "--match",
            help="normalized (dates, money parsed; default) | lenient (letters and digits only, value or printed "
            "form; SROIE's) | strict (printed form as is).",
        ),
    ] = "normalized",
) -> None:
    """Precision / recall / F1 per field and overall (exact match after normalization, or `--match`)."""
    from rich.console import Console
    from rich.table import Table

    gt_rows, pred_rows = kie_eval.read_jsonl(gt), kie_eval.read_jsonl(pred)
    if predicted_only:
        have = {kie_eval.key(r.get("source", "")) for r in pred_rows}
        gt_rows = [g for g in gt_rows if kie_eval.key(g.get("filename") or g.get("source", "")) in have]
    if match not in kie_eval.MATCHES:
        raise typer.BadParameter(f"one of {', '.join(kie_eval.MATCHES)}", param_hint="--match")
    res = kie_eval.score(gt_rows, pred_rows, match)
    table = Table(title=f"KIE: {res['documents']} documents ({match})")
    for col in ("field", "precision", "recall", "F1", "tp", "fp", "fn"):
        table.add_column(col, justify="left" if col == "field" else "right")
    for name, m in [*res["fields"].items(), ("overall", res["overall"])]:
        table.add_row(
            name, f"{m['precision']:.3f}", f"{m['recall']:.3f}", f"{m['f1']:.3f}", str(m["tp"]), str(m["fp"]),
            str(m["fn"]),
        )  # fmt: skip
    con = Console()
    con.print(table)
    if res["missing"]:
        con.print(f"[yellow]no prediction for {len(res['missing'])}:[/] {', '.join(res['missing'][:10])}")
    if show_wrong:
        for w in res["wrong"]:
            con.print(f"{w['file']} {w['field']}: gt={w['gt']!r} pred={w['pred']!r}")
    if out:
        out.write_text(json.dumps(res, ensure_ascii=False, indent=2), encoding="utf-8")


@eval_app.command("kv")
def eval_kv(
    gt: Annotated[Path, typer.Option(help="JSONL of forms with entities and links (FUNSD's shape).")],
    images: Annotated[Path, typer.Option(help="Folder with the page images (gt filenames are relative to it).")],
    limit: Annotated[int, typer.Option(help="Evaluate at most this many forms (0 = all).")] = 0,
    min_sim: Annotated[float, typer.Option(help="Text similarity a match needs.")] = 0.8,
    config: Annotated[Path | None, typer.Option("--config", "-c")] = None,
    overrides: Annotated[list[str] | None, typer.Option("--set", "-s")] = None,
) -> None:
    """Entity-label F1 and link P/R/F1, per form and overall (micro), end to end from the page image."""
    from docsense.kie.kv import KeyValueExtractor

    settings = settings_from(config, [*(overrides or [])])
    pipeline = Pipeline(settings)
    extractor = KeyValueExtractor(settings.kie.kv, settings.engine)
    rows = []
    for form, path in _with_images(kv_eval.read_gt(gt), images, lambda f: f["filename"], limit):
        t0 = time.perf_counter()
        doc = pipeline.parse_file(path).document
        t1 = time.perf_counter()
        pairs, entities = extractor(doc)
        t2 = time.perf_counter()
        row = kv_eval.score_form(
            form,
            [(p.key, p.value) for p in pairs if p.page == 0],
            [(e.text, e.bbox, e.label) for e in entities if e.page == 0],
            min_sim,
        )
        rows.append({"image": path.name, **row, "seconds": t2 - t0, "kv_seconds": t2 - t1})
    json.dump({"overall": kv_eval.overall(rows), "forms": rows}, sys.stdout, indent=2)
    sys.stdout.write("\n")


@eval_app.command("layout")
def eval_layout(
    gt: Annotated[Path, typer.Option(help="COCO JSON with images, annotations and named categories.")],
    images: Annotated[Path, typer.Option(help="Folder the COCO file_name paths are relative to.")],
    pred_out: Annotated[Path | None, typer.Option(help="Write the COCO detections (JSON list) here.")] = None,
    limit: Annotated[int, typer.Option(help="Evaluate at most this many images (0 = all).")] = 0,
    docs: Annotated[
        Path | None,
        typer.Option(help="Score docsense JSON outputs (<image stem>.json) from here instead of parsing."),
    ] = None,
    config: Annotated[Path | None, typer.Option("--config", "-c")] = None,
    overrides: Annotated[list[str] | None, typer.Option("--set", "-s")] = None,
) -> None:
    """Parse each image of the COCO file and score its blocks: COCO mAP and mAP@0.5, per class and mean."""
    from docsense.core.document import Document

    gt_data = json.loads(gt.read_text(encoding="utf-8"))
    categories = {c["name"]: c["id"] for c in gt_data["categories"]}
    pipeline = Pipeline(settings_from(config, [*(overrides or [])])) if docs is None else None
    detections: list[dict[str, Any]] = []
    evaluated, pages = [], []
    for img in gt_data["images"][: limit or None]:
        path = images / img["file_name"]
        if docs is not None:
            path = docs / (Path(img["file_name"]).stem + ".json")
        if not path.is_file():
            print(f"missing {path}", file=sys.stderr)
            continue
        t0 = time.perf_counter()
        if pipeline is None:
            doc = Document.from_dict(json.loads(path.read_text(encoding="utf-8")))
        else:
            doc = pipeline.parse_file(path).document
        seconds = time.perf_counter() - t0
        found = layout_eval.blocks_to_detections(doc.pages[0].blocks, img["id"], categories) if doc.pages else []
        detections.extend(found)
        evaluated.append(img["id"])
        pages.append({"image": img["file_name"], "detections": len(found), "seconds": round(seconds, 3)})
    result = layout_eval.coco_map(gt_data, detections, evaluated)
    if pred_out is not None:
        pred_out.write_text(json.dumps(detections), encoding="utf-8")
    layout_eval.print_table(result, f"layout, {len(evaluated)} images")
    json.dump({**result, "images": len(evaluated), "pages": pages}, sys.stdout, indent=2)
    sys.stdout.write("\n")


@eval_app.command("tables")
def eval_tables(
    gt: Annotated[Path, typer.Option(help="JSONL with {filename, html} per table image (PubTabNet style).")],
    images: Annotated[Path, typer.Option(help="Folder the filenames are relative to.")],
    limit: Annotated[int, typer.Option(help="Evaluate at most this many images (0 = all).")] = 0,
    config: Annotated[Path | None, typer.Option("--config", "-c")] = None,
    overrides: Annotated[list[str] | None, typer.Option("--set", "-s")] = None,
) -> None:
    """TEDS and structure-only TEDS of the first table found on each image, per image and mean (JSON)."""
    pipeline = Pipeline(settings_from(config, [*(overrides or [])]))
    rows = []
    for item, path in _with_images(tables_eval.read_gt(gt), images, lambda t: t["filename"], limit):
        t0 = time.perf_counter()
        pred = tables_eval.first_table_html(pipeline.parse_file(path).document)
        seconds = time.perf_counter() - t0
        rows.append(
            {
                "image": item["filename"],
                "teds": tables_eval.teds(pred, item["html"]),
                "teds_struct": tables_eval.teds(pred, item["html"], structure_only=True),
                "found": bool(pred),
                "seconds": round(seconds, 3),
            }
        )
    json.dump({"mean": tables_eval.score_rows(rows), "n": len(rows), "images": rows}, sys.stdout, indent=2)
    sys.stdout.write("\n")
