"""Receipt line tagger without OCR: field F1 and time per page on SROIE's printed line boxes (JSON to stdout).

For each receipt of a SROIE-shaped folder (default: the 40 dev receipts, or `--data` with `--step`), the receipt
template runs with the tagger fused in and alone (the rules, measured in the same run as the peer), and the tagger
by itself (features + ONNX model). End-to-end numbers (docsense OCR) come from `docsense eval kie`.

    python bench/kie_tagger_bench.py [--data ../shared/data/receipts_sroie_train --step 3]

`--splits` scores the receipt template end to end on the pipeline's OCR of SROIE-train's receipts with images (read
once, cached as Document JSON in `--ocr-cache`) on the by-company splits of docs/receipts.md: `holdout` (sha1 of the
company group % 10 < 3), `holdout_nodev` (those of a shop not among the dev 40), and the tune shops' sub-split
`tuneA` (errors looked at) / `tuneB` (aggregate only: sha1("sub:" + group) % 3 == 0), plus `dev` (the 40), each
compared normalized (`f1`), lenient (`lenient_f1`: letters and digits only, SROIE's) and strict (`strict_f1`):

    python bench/kie_tagger_bench.py --splits tuneA,tuneB,dev --ocr-cache /tmp/sroie_ocr [--model FOLDER]

`--ocr-time N` times the OCR alone (no layout) on the first N dev receipts, with one recognizer and with
`ocr.rec.second_model` (`--second`, PP-OCRv4 mobile by default), median seconds per receipt and the lines that the
second model read and changed:

    python bench/kie_tagger_bench.py --ocr-time 10

`--fields resume|invoice|invoice_cn_vat` times the field tagger of resumes, invoices or Chinese VAT invoices (features +
model, `--model` or the shipped one) on three drawn pages a family (24 of the one VAT family):

    python bench/kie_tagger_bench.py --fields resume [--model FOLDER]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import statistics
import time
from pathlib import Path
from typing import Any

from docsense.core.config import load_settings
from docsense.core.document import Document
from docsense.eval.kie import MATCHES, score
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


def split_of(company: str) -> str:
    """The by-company split of a SROIE-train receipt: holdout shops, or the tune shops' sub-split A or B."""
    group = tk.company_group(company)

    def h(s: str) -> int:
        return int(hashlib.sha1(s.encode()).hexdigest(), 16)

    if h(group) % 10 < 3:
        return "holdout"
    return "tuneB" if h("sub:" + group) % 3 == 0 else "tuneA"


def ocr_document(image: Path, cache: Path, pipeline: Any) -> Document:
    path = cache / f"{image.parent.parent.name}_{image.stem}.json"
    if path.exists():
        return Document.model_validate_json(path.read_text(encoding="utf-8"))
    doc = pipeline.parse_bytes(image.read_bytes(), str(image), keep_images=False).document
    cache.mkdir(parents=True, exist_ok=True)
    path.write_text(doc.model_dump_json(), encoding="utf-8")
    return doc


def splits(names: list[str], cache: Path, model: str | None = None) -> dict[str, Any]:
    """Field F1 end to end (default settings, as `docsense extract`) per split on cached OCR."""
    settings = load_settings()
    if model:
        settings.kie.tagger_models["receipt"] = model
    stage = KieStage(settings.kie)
    train, dev = SROIE.parent / "receipts_sroie_train", SROIE
    dev_groups = {tk.company_group(str(g.get("company") or "")) for g in tk.read_gt(dev)}
    pipeline = None
    out: dict[str, Any] = {}
    for name in names:
        root = dev if name == "dev" else train
        want, got = [], []
        for g in tk.read_gt(root):
            image = root / str(g.get("filename") or "")
            company = str(g.get("company") or "")
            if not image.is_file():
                continue
            if name != "dev":
                s = split_of(company)
                keep = (
                    s == "holdout" and tk.company_group(company) not in dev_groups
                    if name == "holdout_nodev"
                    else s == name
                )
                if not keep:
                    continue
            if pipeline is None and not (cache / f"{root.name}_{image.stem}.json").exists():
                from docsense.app.pipeline import Pipeline

                pipeline = Pipeline(settings)
            fields = stage(ocr_document(image, cache, pipeline), "receipt").fields
            got.append({"source": g["id"], "fields": {k: {"value": v.value, "raw": v.raw} for k, v in fields.items()}})
            want.append({**{k: g.get(k) for k in tk.RECEIPT_KINDS}, "filename": g["id"]})
        out[name] = {"receipts": len(want)}
        for match in MATCHES:
            res = score(want, got, match)
            fields_f1 = {k: v["f1"] for k, v in res["fields"].items() if k in tk.RECEIPT_KINDS}
            # `f1`/`fields`: the default (normalized) comparison, as earlier rounds reported it
            key = "" if match == "normalized" else f"{match}_"
            out[name] |= {f"{key}f1": res["overall"]["f1"], f"{key}fields": fields_f1}
    return out


def ocr_time(n: int, second: str) -> dict[str, Any]:
    """Seconds per receipt of the OCR with one and with two recognizers (each receipt read once by each, after
    one warm-up read), and how many lines the second changed."""
    import cv2

    from docsense.ocr import rec as rec_mod
    from docsense.ocr.pipeline import OcrPipeline

    images = [SROIE / "images" / f"{g['id']}.jpg" for g in tk.read_gt(SROIE)[:n]]
    out: dict[str, Any] = {"receipts": len(images), "second_model": second}
    texts: dict[str, list[list[str]]] = {}
    asked = {"lines": 0}
    fused = rec_mod.TextRecognizer._fused

    def counting(self: Any, *args: Any) -> Any:
        asked["lines"] += 1
        return fused(self, *args)

    rec_mod.TextRecognizer._fused = counting  # type: ignore[method-assign]
    for key, overrides in (("one", []), ("two", [f"ocr.rec.second_model={second}"])):
        settings = load_settings(overrides=overrides)
        ocr = OcrPipeline(settings.ocr, settings.engine)
        ocr(cv2.imread(str(images[0])))  # warm-up
        asked["lines"] = 0
        times, texts[key] = [], []
        for image in images:
            img = cv2.imread(str(image))
            t0 = time.perf_counter()
            lines = ocr(img).lines
            times.append(time.perf_counter() - t0)
            texts[key].append([ln.text for ln in lines])
        out[f"s_per_receipt_median_{key}"] = round(statistics.median(times), 3)
        out[f"lines_{key}"] = sum(len(t) for t in texts[key])
        if key == "two":
            out["lines_read_twice"] = asked["lines"]
    rec_mod.TextRecognizer._fused = fused  # type: ignore[method-assign]
    out["lines_changed"] = sum(
        sum(a != b for a, b in zip(x, y, strict=False)) for x, y in zip(texts["one"], texts["two"], strict=True)
    )
    out["time_ratio"] = round(out["s_per_receipt_median_two"] / max(out["s_per_receipt_median_one"], 1e-9), 3)
    return out


def field_time(template: str, pages: int, model: str | None = None) -> dict[str, Any]:
    """The resume / invoice field tagger (kie/field_tagger.py) on drawn pages of every family of synth/resumes.py or
    synth/invoices.py (no OCR): median ms per page for its features + model, and segments per page."""
    import random

    from docsense.kie.field_tagger import segment_features
    from docsense.kie.runner import MODELS
    from docsense.kie.tagger import LineTagger
    from docsense.synth import documents as synth
    from docsense.synth import invoices, resumes

    tagger = LineTagger(model or MODELS / f"tagger_{template}")
    fams = resumes.FAMILIES if template == "resume" else invoices.FAMILIES
    if template == "invoice_cn_vat":  # the drawn 增值税发票 of synth/documents.py (one family: 8 times the pages)
        fams, pages = {"cn_vat": lambda rng: synth.make("invoice_cn_vat", rng)}, 8 * pages
    times, segs = [], []
    for fam, make in fams.items():
        for i in range(pages):
            view = View(synth.sample_document(make(random.Random(f"bench-{fam}-{i}")), "b.png"))
            t0 = time.perf_counter()
            tagger.read(view)
            times.append(time.perf_counter() - t0)
            segs.append(len(segment_features(view)[0]))
    return {
        "template": template, "pages": len(times), "ms_per_page_median": round(1000 * statistics.median(times), 2),
        "ms_per_page_max": round(1000 * max(times), 2), "segments_per_page_median": statistics.median(segs),
    }  # fmt: skip


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=SROIE, help="SROIE-shaped folder (gt.jsonl + boxes/).")
    ap.add_argument("--step", type=int, default=1, help="Every n-th receipt.")
    ap.add_argument("--splits", help="End to end on cached OCR: comma-separated tuneA,tuneB,holdout,holdout_nodev,dev.")
    ap.add_argument("--ocr-cache", type=Path, default=Path("sroie_ocr_cache"), help="Folder of cached OCR documents.")
    ap.add_argument("--model", help="Another receipt tagger folder.")
    ap.add_argument(
        "--ocr-time", type=int, default=0, help="Time the OCR on this many dev receipts, one vs two models."
    )
    ap.add_argument("--second", default="rapidocr_onnxruntime:models/ch_PP-OCRv4_rec_infer.onnx")
    ap.add_argument("--fields", help="Time a field tagger (`resume`/`invoice`/`invoice_cn_vat`) on drawn pages.")
    a = ap.parse_args()
    if a.fields:
        print(json.dumps(field_time(a.fields, 3, a.model), indent=2))
        return
    if a.ocr_time:
        print(json.dumps(ocr_time(a.ocr_time, a.second), indent=2))
        return
    if a.splits:
        print(json.dumps(splits(a.splits.split(","), a.ocr_cache, a.model), indent=2))
        return
    print(json.dumps(run(a.data, a.step), indent=2))


if __name__ == "__main__":
    main()
