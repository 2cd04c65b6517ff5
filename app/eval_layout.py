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
import sys
import time
from pathlib import Path
from typing import Annotated, Any

import numpy as np
import typer

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


def register(eval_app: typer.Typer) -> None:
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
        from docsense.app.cli import settings_from
        from docsense.app.pipeline import Pipeline
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
            found = blocks_to_detections(doc.pages[0].blocks, img["id"], categories) if doc.pages else []
            detections.extend(found)
            evaluated.append(img["id"])
            pages.append({"image": img["file_name"], "detections": len(found), "seconds": round(seconds, 3)})
        result = coco_map(gt_data, detections, evaluated)
        if pred_out is not None:
            pred_out.write_text(json.dumps(detections), encoding="utf-8")
        print_table(result, f"layout, {len(evaluated)} images")
        json.dump({**result, "images": len(evaluated), "pages": pages}, sys.stdout, indent=2)
        sys.stdout.write("\n")
