"""Table benchmark: docsense (page OCR + layout + SLANet + word matching) vs the raw rapid-table call, same crops,
same run.

`python -m bench.table_bench [--gt JSONL --images DIR] [--page IMAGE] [--reps N] [--limit N]` prints JSON:
- `crops`: each PubTabNet crop parsed by the docsense pipeline as a page (default settings); TEDS and
  structure-only TEDS of its first table, per-stage times. The raw call is `RapidTable()(image, ocr_result)`
  (rapid-table 0.3.0, SLANet-plus) fed, as its docs say, the OCR result of the page: here the lines of the
  docsense page OCR (the same PP-OCRv6 ONNX models rapidocr ships), so both sides read the same text.
- `page`: a full page with a table, parsed `reps` times: median total and per-stage milliseconds.
- `generated_pages`: `--synth` generated invoice/resume pages with tables (synth/documents.py, A4 at 150 dpi, English
  and Chinese), each parsed once after a warm-up: median total milliseconds and how many pages had a table block.
- `item_tables`: `--item-pages` generated invoice pages per layout family (synth/table_pages.py), parsed end to end;
  mean TEDS of the item table (the predicted table closest to the drawn one, `<b>` ignored) per family and per split
  (`dev` tuned on, `seen` / `seen_2` / `held_out_2` looked at after a first held-out measure, `held_out` never
  looked at), English and Chinese.
- `browser_item_tables`: `--browser-pages` browser-typeset invoice pages per family (synth/browser_table_pages.py,
  rounds 4 and 5; seeds 0, 1 (round 4) and 5 (round 5) were looked at), the same score by family and language.
Timings are only comparable within one run on one machine.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import platform
import random
import sys
import time
from pathlib import Path
from statistics import mean, median
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--gt", type=Path, default=DATA / "tables_pubtabnet" / "gt.jsonl")
    ap.add_argument("--images", type=Path, default=DATA / "tables_pubtabnet")
    ap.add_argument("--page", type=Path, default=DATA / "layout_publaynet" / "images" / "PMC3976938_00002.jpg")
    ap.add_argument("--reps", type=int, default=5, help="Timed repetitions of the full page.")
    ap.add_argument("--limit", type=int, default=0, help="At most this many crops (0 = all).")
    ap.add_argument("--no-raw", action="store_true", help="Skip the raw rapid-table call.")
    ap.add_argument("--synth", type=int, default=12, help="Generated invoice/resume pages to time (0 = none).")
    ap.add_argument("--item-pages", type=int, default=2, help="Invoice pages per layout family (0 = none).")
    ap.add_argument(
        "--browser-pages", type=int, default=0, help="Browser-typeset invoice pages per family, rounds 4-5 (0 = none)."
    )
    ap.add_argument("--browser-seed", default="1", help="Seed of the pages (docs/tables.md: which were seen).")
    args = ap.parse_args(argv)

    from docsense.app.pipeline import Pipeline
    from docsense.core.config import Settings
    from docsense.eval.tables import first_table_html, read_gt, teds

    t0 = time.perf_counter()
    pipeline = Pipeline(Settings())
    load_s = time.perf_counter() - t0
    raw = None
    if not args.no_raw:
        from rapid_table import RapidTable

        raw = RapidTable()

    rows: list[dict[str, Any]] = []
    for item in read_gt(args.gt)[: args.limit or None]:
        path = args.images / item["filename"]
        t0 = time.perf_counter()
        parsed = pipeline.parse_file(path)
        total_ms = (time.perf_counter() - t0) * 1000
        pred = first_table_html(parsed.document)
        row: dict[str, Any] = {
            "image": item["filename"],
            "teds": teds(pred, item["html"]),
            "teds_struct": teds(pred, item["html"], structure_only=True),
            "total_ms": round(total_ms, 1),
            "stages_ms": {k: round(v, 1) for k, v in parsed.pages[0].timings_ms.items()},
        }
        if raw is not None:
            first = parsed.pages[0]
            ocr = pipeline.ocr(first.image)
            ocr_result = [[[list(p) for p in ln.polygon], ln.text, ln.score] for ln in ocr.lines]
            t0 = time.perf_counter()
            raw_html = raw(ocr.image, ocr_result)[0] if ocr_result else ""
            row["raw_ms"] = round((time.perf_counter() - t0) * 1000, 1)
            row["raw_teds"] = teds(raw_html, item["html"])
            row["raw_teds_struct"] = teds(raw_html, item["html"], structure_only=True)
        rows.append(row)
        print(json.dumps({k: v for k, v in row.items() if k != "stages_ms"}), file=sys.stderr, flush=True)

    def avg(key: str) -> float | None:
        vals = [r[key] for r in rows if key in r]
        return round(100 * mean(vals), 2) if vals else None

    summary = {
        "docsense": {"teds": avg("teds"), "teds_struct": avg("teds_struct")},
        "raw_rapid_table": {"teds": avg("raw_teds"), "teds_struct": avg("raw_teds_struct")},
        "median_crop_ms": round(median(r["total_ms"] for r in rows), 1) if rows else None,
        "median_table_stage_ms": round(median(r["stages_ms"].get("table", 0.0) for r in rows), 1) if rows else None,
        "median_raw_call_ms": round(median(r["raw_ms"] for r in rows), 1) if raw is not None and rows else None,
    }

    page: dict[str, Any] = {}
    if args.page.is_file() and args.reps > 0:
        pipeline.parse_file(args.page)  # warm-up
        totals, stages = [], {}  # type: ignore[var-annotated]
        for _ in range(args.reps):
            t0 = time.perf_counter()
            parsed = pipeline.parse_file(args.page)
            totals.append((time.perf_counter() - t0) * 1000)
            for k, v in parsed.pages[0].timings_ms.items():
                stages.setdefault(k, []).append(v)
        blocks = parsed.document.pages[0].blocks
        page = {
            "image": str(args.page.name),
            "median_ms": round(median(totals), 1),
            "stages_median_ms": {k: round(median(v), 1) for k, v in stages.items()},
            "tables": sum(b.table is not None for b in blocks),
        }

    out = {
        "generated_pages": generated_pages(pipeline, args.synth),
        "item_tables": item_tables(pipeline, args.item_pages),
        "browser_item_tables": browser_item_tables(pipeline, args.browser_pages, args.browser_seed),
        "machine": {"cpus": len(os.sched_getaffinity(0)), "python": platform.python_version()},
        "model_load_s": round(load_s, 2),
        "summary": summary,
        "page": page,
        "crops": rows,
    }
    json.dump(out, sys.stdout, indent=2)
    sys.stdout.write("\n")
    return 0


def generated_pages(pipeline: Any, n: int) -> dict[str, Any]:
    """Full generated pages with a table, parsed once each (after one warm-up page)."""
    if n <= 0:
        return {}
    from docsense.core.io import load_pages
    from docsense.synth import documents as synth

    kinds = ("invoice_en", "resume_en", "invoice_cn_vat", "resume_zh")
    pages = [synth.make(kinds[i % len(kinds)], random.Random(f"table-bench-{i}")).image for i in range(n)]
    totals, with_table = [], 0
    for i, image in enumerate([pages[0], *pages]):
        buf = io.BytesIO()
        image.save(buf, format="PNG")
        page = next(iter(load_pages(buf.getvalue(), pipeline.settings.input, pipeline.settings.limits)))
        t0 = time.perf_counter()
        parsed = pipeline.parse_page(page)
        if i:  # the first is a warm-up
            totals.append((time.perf_counter() - t0) * 1000)
            with_table += any(b.table is not None for b in parsed.page.blocks)
    return {
        "pages": n,
        "kinds": list(kinds),
        "median_ms": round(median(totals), 1),
        "max_ms": round(max(totals), 1),
        "pages_with_table": with_table,
    }


def _page_teds(pipeline: Any, image: Any, variant: str, seed: str, truth: str) -> float:
    """Item-table TEDS of one generated page end to end: the page scanned as `variant` (seeded), parsed, and the
    predicted table closest to the drawn one scored (`<b>` ignored); 0.0 when no table is found."""
    from docsense.core.io import load_pages
    from docsense.eval.tables import teds
    from docsense.synth import documents

    buf = io.BytesIO()
    documents.scan_variant(image, variant, random.Random(seed)).save(buf, format="PNG")
    pi = next(iter(load_pages(buf.getvalue(), pipeline.settings.input, pipeline.settings.limits)))
    blocks = pipeline.parse_page(pi).page.blocks
    found = [str(b.table.html).replace("<b>", "").replace("</b>", "") for b in blocks if b.table]
    return max((teds(h, truth) for h in found), default=0.0)


def item_tables(pipeline: Any, n: int, variants: tuple[str, ...] = ("clean", "skew")) -> dict[str, Any]:
    """Item-table TEDS end to end on generated invoice pages of every layout family, by family and split."""
    if n <= 0:
        return {}
    from docsense.synth import table_pages

    by_family: dict[str, list[float]] = {}
    for fam in table_pages.EN_FAMILIES + table_pages.ZH_FAMILIES:
        for i in range(n):
            page = table_pages.make_page(fam, f"bench{i}")
            for v in variants:
                by_family.setdefault(fam, []).append(
                    _page_teds(pipeline, page.image, v, f"bench{i}{v}", page.table_html)
                )
    out: dict[str, Any] = {"pages_per_family": n * len(variants), "variants": list(variants)}
    out["families"] = {f: round(mean(v), 4) for f, v in by_family.items()}
    for split, fams in table_pages.SPLITS.items():
        for lang, names in (("en", table_pages.EN_FAMILIES), ("zh", table_pages.ZH_FAMILIES)):
            vals = [x for f in fams if f in names for x in by_family.get(f, [])]
            if vals:
                out[f"{split}_{lang}"] = round(mean(vals), 4)
    return out


def browser_item_tables(
    pipeline: Any, n: int, seed: str, variants: tuple[str, ...] = ("clean", "skew")
) -> dict[str, Any]:
    """Item-table TEDS end to end on browser-typeset invoice pages (synth/browser_table_pages.py, round 4), by family
    and language; needs chromium (dev dependencies)."""
    if n <= 0:
        return {}
    from docsense.synth import browser, browser_table_pages

    why = browser.unavailable_reason()
    if why:
        return {"skipped": why}
    by_family: dict[str, list[float]] = {}
    with browser.Browser() as b:
        for fam in browser_table_pages.FAMILIES:
            for i in range(n):
                page = browser_table_pages.make_page(b, fam, f"{seed}-{i}")
                for v in variants:
                    score = _page_teds(pipeline, page.image, v, f"{seed}-{i}-{v}", page.html)
                    by_family.setdefault(fam, []).append(score)
    out: dict[str, Any] = {"pages_per_family": n * len(variants), "seed": seed}
    out["families"] = {f: round(mean(v), 4) for f, v in by_family.items()}
    for lang, names in (("en", browser_table_pages.EN_FAMILIES), ("zh", browser_table_pages.ZH_FAMILIES)):
        out[lang] = round(mean(x for f in names for x in by_family.get(f, [])), 4)
    return out


if __name__ == "__main__":
    raise SystemExit(main())
