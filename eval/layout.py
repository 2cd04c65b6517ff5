"""`docsense eval layout`: COCO mAP and mAP@0.5 per class (pycocotools) of the parsed blocks against COCO boxes.

Blocks become detections with the block score. docsense block types map onto PubLayNet's five categories
(`PUBLAYNET_MAP`): captions, references and equations are `text` there (PubLayNet labels captions and
references as text); `header`, `footer` and `seal` are not annotated in PubLayNet and are left out.
Ground-truth categories are matched by name, so any COCO file with those names works.
"""

from __future__ import annotations

import contextlib
import io
import json
from typing import Any

import numpy as np

from docsense.core.document import Block

PUBLAYNET_MAP: dict[str, str] = {
    "text": "text",
    "title": "title",
    "list": "list",
    "table": "table",
    "figure": "figure",
    "figure_caption": "text",
    "table_caption": "text",
    "reference": "text",
    "equation": "text",
}


def blocks_to_detections(
    blocks: list[Block], image_id: int, categories: dict[str, int], type_map: dict[str, str] | None = None
) -> list[dict[str, Any]]:
    """Blocks (one page, page pixels) -> COCO detections [{image_id, category_id, bbox=[x,y,w,h], score}]."""
    mapping = PUBLAYNET_MAP if type_map is None else type_map
    out = []
    for b in blocks:
        name = mapping.get(str(b.type))
        if name is None or name not in categories:
            continue
        x0, y0, x1, y1 = b.bbox
        if x1 <= x0 or y1 <= y0:
            continue
        out.append(
            {
                "image_id": image_id,
                "category_id": categories[name],
                "bbox": [round(x0, 2), round(y0, 2), round(x1 - x0, 2), round(y1 - y0, 2)],
                "score": round(float(b.score if b.score is not None else 1.0), 4),
            }
        )
    return out


def coco_map(
    gt: dict[str, Any], detections: list[dict[str, Any]], image_ids: list[int] | None = None
) -> dict[str, Any]:
    """COCO bbox evaluation -> {"mAP", "mAP50", "per_class": {name: {"AP", "AP50", "gt"}}} (values in [0, 1]).

    Classes with no ground truth on the evaluated images are left out of the means (as COCO does).
    """
    from pycocotools.coco import COCO
    from pycocotools.cocoeval import COCOeval

    with contextlib.redirect_stdout(io.StringIO()):
        coco_gt = COCO()
        coco_gt.dataset = json.loads(json.dumps(gt))
        coco_gt.createIndex()
        ids = image_ids if image_ids is not None else sorted(coco_gt.getImgIds())
        dets = [d for d in detections if d["image_id"] in set(ids)]
        coco_dt = coco_gt.loadRes(dets) if dets else COCO()
        if not dets:
            coco_dt.dataset = {"images": gt["images"], "categories": gt["categories"], "annotations": []}
            coco_dt.createIndex()
        ev = COCOeval(coco_gt, coco_dt, "bbox")
        ev.params.imgIds = ids
        ev.evaluate()
        ev.accumulate()
    precision = ev.eval["precision"]  # [iou thresholds, recall, class, area, max dets]
    per_class: dict[str, dict[str, float]] = {}
    for k, cat_id in enumerate(ev.params.catIds):
        n_gt = len(coco_gt.getAnnIds(imgIds=ids, catIds=[cat_id]))
        if n_gt == 0:
            continue
        p = precision[:, :, k, 0, -1]
        ap = float(np.mean(p[p > -1])) if (p > -1).any() else 0.0
        p50 = precision[0, :, k, 0, -1]
        ap50 = float(np.mean(p50[p50 > -1])) if (p50 > -1).any() else 0.0
        per_class[coco_gt.cats[cat_id]["name"]] = {"AP": round(ap, 4), "AP50": round(ap50, 4), "gt": n_gt}
    return {
        "mAP": round(float(np.mean([v["AP"] for v in per_class.values()])), 4) if per_class else 0.0,
        "mAP50": round(float(np.mean([v["AP50"] for v in per_class.values()])), 4) if per_class else 0.0,
        "per_class": per_class,
    }


def print_table(result: dict[str, Any], title: str) -> None:
    from rich.console import Console
    from rich.table import Table as RichTable

    table = RichTable(title=title)
    for col in ("class", "gt", "AP", "AP@0.5"):
        table.add_column(col, justify="right" if col != "class" else "left")
    for name, v in result["per_class"].items():
        table.add_row(name, str(v["gt"]), f"{v['AP']:.3f}", f"{v['AP50']:.3f}")
    table.add_row("mean", "", f"{result['mAP']:.3f}", f"{result['mAP50']:.3f}")
    Console(stderr=True).print(table)
