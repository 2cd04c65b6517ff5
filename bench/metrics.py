"""Scores of the normalized predictions, through the functions behind `docsense eval` (same numbers as users get).

OCR: `docsense eval ocr` (line accuracy, exact lines, CER, bag-of-words F1); tables: `docsense eval tables`
(TEDS, structure-only TEDS); layout: `docsense eval layout` (COCO mAP@0.5 over PubLayNet's classes, CDLA labels
mapped the same way for every tool); KIE: `docsense eval kie` (field F1 after normalization).
"""

from __future__ import annotations

from statistics import mean
from typing import Any

from docsense.eval import kie as eval_kie
from docsense.eval import layout as eval_layout
from docsense.eval import ocr as eval_ocr
from docsense.eval import tables as eval_tables


def _bbox(b: Any) -> tuple[float, float, float, float]:
    return (float(b[0]), float(b[1]), float(b[2]), float(b[3]))


def score_ocr(items: list[dict[str, Any]], preds: dict[str, Any], ignore_case: bool = False) -> dict[str, Any]:
    """Mean over pages (a page with no prediction scores 0); `bow_f1_en`: English pages only."""
    rows = []
    for item in items:
        gt = [(ln["text"], _bbox(ln["bbox"])) for ln in item["gt"]]
        pred = preds.get(item["id"])
        lines = [(t, _bbox(b)) for t, b in (pred or {}).get("lines", [])]
        s = eval_ocr.score_page(gt, lines, ignore_case)
        if pred is None:
            s = {**s, "line_accuracy": 0.0, "line_exact": 0.0, "cer": 1.0, "bow_f1": 0.0}
        rows.append({"id": item["id"], "lang": item.get("lang", "en"), **s})
    out: dict[str, Any] = {k: mean(r[k] for r in rows) for k in ("line_accuracy", "line_exact", "cer", "bow_f1")}
    en = [r["bow_f1"] for r in rows if r["lang"] == "en"]
    if en and len(en) != len(rows):
        out["bow_f1_en"] = mean(en)
    out["pages"] = [{k: (round(v, 4) if isinstance(v, float) else v) for k, v in r.items()} for r in rows]
    return out


def score_tables(items: list[dict[str, Any]], preds: dict[str, Any]) -> dict[str, Any]:
    rows = []
    for item in items:
        html = (preds.get(item["id"]) or {}).get("html", "")
        rows.append(
            {
                "id": item["id"],
                "teds": eval_tables.teds(html, item["gt"]),
                "teds_struct": eval_tables.teds(html, item["gt"], structure_only=True),
                "found": bool(html),
            }
        )
    return {
        "teds": mean(r["teds"] for r in rows),
        "teds_struct": mean(r["teds_struct"] for r in rows),
        "found": sum(r["found"] for r in rows) / len(rows),
        "pages": rows,
    }


def score_layout(items: list[dict[str, Any]], preds: dict[str, Any], coco: dict[str, Any]) -> dict[str, Any]:
    categories = {c["name"]: c["id"] for c in coco["categories"]}
    detections = []
    for item in items:
        for label, score, box in (preds.get(item["id"]) or {}).get("boxes", []):
            name = eval_layout.PUBLAYNET_MAP.get(str(label))
            x0, y0, x1, y1 = (float(v) for v in box)
            if name is None or name not in categories or x1 <= x0 or y1 <= y0:
                continue
            detections.append(
                {
                    "image_id": item["image_id"],
                    "category_id": categories[name],
                    "bbox": [x0, y0, x1 - x0, y1 - y0],
                    "score": float(score),
                }
            )
    result = eval_layout.coco_map(coco, detections, [it["image_id"] for it in items])
    return {"mAP50": result["mAP50"], "mAP": result["mAP"], "per_class": result["per_class"]}


def score_kie(
    items: list[dict[str, Any]], preds: dict[str, Any], key_map: dict[str, str] | None = None
) -> dict[str, Any]:
    """`key_map` renames a tool's keys to docsense field names (invoice2data's, as `docsense eval kie` maps its GT)."""
    pred_rows = []
    for item in items:
        fields = (preds.get(item["id"]) or {}).get("fields", {})
        if key_map is not None:
            fields = {key_map[k]: v for k, v in fields.items() if k in key_map}
        pred_rows.append({"source": item["gt"].get("filename", item["id"]), "fields": fields})
    res = eval_kie.score([it["gt"] for it in items], pred_rows)
    return {
        "f1": res["overall"]["f1"],
        "precision": res["overall"]["precision"],
        "recall": res["overall"]["recall"],
        "fields": {k: v["f1"] for k, v in res["fields"].items()},
    }


# The main accuracy figure of each task (for plots and the summary table), and whether higher is better.
PRIMARY = {"ocr": "line_accuracy", "tables": "teds", "layout": "mAP50", "kie": "f1"}
I2D_KEYS = eval_kie.I2D
