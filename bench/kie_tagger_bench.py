"""Receipt line tagger without OCR: field F1 and time per page on SROIE's printed line boxes (JSON to stdout).

For each receipt of a SROIE-shaped folder (default: the 40 dev receipts, or `--data` with `--step`), the receipt
template runs with the tagger fused in and alone (the rules, measured in the same run as the peer), and the tagger
by itself (features + ONNX model). End-to-end numbers (docsense OCR) come from `docsense eval kie`.

    python bench/kie_tagger_bench.py [--data ../shared/data/receipts_sroie_train --step 3]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path
from typing import Any

from docsense.core.config import load_settings
from docsense.eval.kie import score
from docsense.kie.runner import KieStage
from docsense.kie.view import View
from docsense.train import kie as tk

SROIE = Path(__file__).resolve().parents[2] / "shared" / "data" / "receipts_sroie"


def run(folder: Path, step: int = 1) -> dict[str, Any]:
    gt = tk.read_gt(folder)[::step]
    base = ["kie.kv_fallback=false"]
    stages = {
        "fused": KieStage(load_settings(overrides=base).kie),
        "rules": KieStage(load_settings(overrides=[*base, "kie.use_tagger=false"]).kie),
    }
    tagger = stages["fused"].line_tagger("receipt")
    if tagger is None:
        raise SystemExit("no receipt tagger model (kie/models/tagger_receipt)")
    rows: dict[str, list[dict[str, Any]]] = {k: [] for k in stages}
    times: dict[str, list[float]] = {k: [] for k in [*stages, "tagger"]}
    for g in gt:
        doc = tk.boxes_document(folder / "boxes" / f"{g['id']}.csv")
        for key, stage in stages.items():
            t0 = time.perf_counter()
            fields = stage(doc, "receipt").fields
            times[key].append(time.perf_counter() - t0)
            rows[key].append({"source": g["id"], "fields": {k: {"value": v.value} for k, v in fields.items()}})
        view = View(doc)
        t0 = time.perf_counter()
        tagger.read(view)
        times["tagger"].append(time.perf_counter() - t0)
    want = [{**{k: g.get(k) for k in tk.RECEIPT_KINDS}, "filename": g["id"]} for g in gt]
    out: dict[str, Any] = {"data": str(folder), "receipts": len(gt)}
    for key in stages:
        res = score(want, rows[key])
        out[key] = {"f1": res["overall"]["f1"], "fields": {k: v["f1"] for k, v in res["fields"].items()}}
    ms = {k: round(1000 * statistics.median(v), 2) for k, v in times.items()}
    out["ms_per_page_median"] = ms
    out["fused_over_rules_time"] = round(ms["fused"] / max(ms["rules"], 1e-9), 2)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=SROIE, help="SROIE-shaped folder (gt.jsonl + boxes/).")
    ap.add_argument("--step", type=int, default=1, help="Every n-th receipt.")
    a = ap.parse_args()
    print(json.dumps(run(a.data, a.step), indent=2))


if __name__ == "__main__":
    main()
