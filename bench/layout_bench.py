"""Layout benchmark: docsense (OCR + PP-PicoDet CDLA + assembly) vs the raw rapid-layout call, same pages, same run.

`python -m bench.layout_bench [--gt COCO.json --images DIR] [--table-page NAME] [--reps N]` prints JSON:
per-stage times (ms, median over pages and repetitions) of the full docsense page, of the page with a table
separately, the raw `RapidLayout()(image)` time, and COCO mAP@0.5 / mAP of both (PubLayNet classes, CDLA labels
mapped as in `docsense eval layout`). Timings are only comparable within one run on one machine.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from pathlib import Path
from statistics import median
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "layout_publaynet"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gt", type=Path, default=DATA / "gt.json")
    ap.add_argument("--images", type=Path, default=DATA / "images")
    ap.add_argument("--table-page", default="PMC3976938_00002.jpg", help="A page with tables (timed on its own).")
    ap.add_argument("--reps", type=int, default=1, help="Timed repetitions per page (after one warm-up page).")
    ap.add_argument("--limit", type=int, default=0, help="At most this many pages (0 = all).")
    ap.add_argument("--refine", action="store_true", help="With the learned region re-classifier (layout.refine).")
    args = ap.parse_args(argv)

    import cv2
    from rapid_layout import RapidLayout

    from docsense.app.pipeline import Pipeline
    from docsense.core.config import Settings
    from docsense.core.document import Block
    from docsense.eval.layout import blocks_to_detections, coco_map

    gt = json.loads(args.gt.read_text(encoding="utf-8"))
    categories = {c["name"]: c["id"] for c in gt["categories"]}
    images = gt["images"][: args.limit or None]
    t0 = time.perf_counter()
    pipeline = Pipeline(Settings.model_validate({"layout": {"refine": args.refine}}))
    load_docsense = time.perf_counter() - t0
    t0 = time.perf_counter()
    raw = RapidLayout()
    load_raw = time.perf_counter() - t0

    first = args.images / images[0]["file_name"]
    pipeline.parse_file(first)  # warm-up: first-run allocations are not page time
    raw(cv2.imread(str(first)))

    ours: list[dict[str, Any]] = []
    theirs: list[dict[str, Any]] = []
    stage_ms: dict[str, list[float]] = {}
    page_ms: list[float] = []
    raw_ms: list[float] = []
    table_stage_ms: dict[str, list[float]] = {}
    for img in images:
        path = args.images / img["file_name"]
        for rep in range(max(1, args.reps)):
            t0 = time.perf_counter()
            parsed = pipeline.parse_file(path)
            page_ms.append((time.perf_counter() - t0) * 1000)
            for k, v in parsed.pages[0].timings_ms.items():
                stage_ms.setdefault(k, []).append(v)
                if img["file_name"] == args.table_page:
                    table_stage_ms.setdefault(k, []).append(v)
            if img["file_name"] == args.table_page:
                table_stage_ms.setdefault("page", []).append(page_ms[-1])
            image = cv2.imread(str(path))
            t0 = time.perf_counter()
            out = raw(image)
            raw_ms.append((time.perf_counter() - t0) * 1000)
            if rep == 0:
                ours += blocks_to_detections(parsed.document.pages[0].blocks, img["id"], categories)
                blocks = [
                    Block(type=c, bbox=tuple(float(v) for v in b), score=float(s))  # type: ignore[arg-type]
                    for b, s, c in zip(out.boxes, out.scores, out.class_names, strict=True)
                ]
                theirs += blocks_to_detections(blocks, img["id"], categories)
    ids = [i["id"] for i in images]
    mine, rl = coco_map(gt, ours, ids), coco_map(gt, theirs, ids)
    report = {
        "machine": {"cpu_count": os.cpu_count(), "python": platform.python_version()},
        "pages": len(images),
        "reps": args.reps,
        "docsense": {
            "mAP50": mine["mAP50"],
            "mAP": mine["mAP"],
            "per_class": mine["per_class"],
            "load_s": round(load_docsense, 3),
            "page_ms_median": round(median(page_ms), 1),
            "stage_ms_median": {k: round(median(v), 1) for k, v in stage_ms.items()},
        },
        "rapid_layout_raw": {
            "mAP50": rl["mAP50"],
            "mAP": rl["mAP"],
            "per_class": rl["per_class"],
            "load_s": round(load_raw, 3),
            "call_ms_median": round(median(raw_ms), 1),
        },
        "mAP50_gain": round(mine["mAP50"] - rl["mAP50"], 4),
        "table_page": {
            "image": args.table_page,
            "stage_ms_median": {k: round(median(v), 1) for k, v in table_stage_ms.items()},
        },
    }
    json.dump(report, sys.stdout, indent=2)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
