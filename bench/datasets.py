"""The benchmark's inputs: each dataset is a task, the tools that take part, the items (path + ground truth).

Dev data comes from ../shared/data (see its README); the printed pages are generated (synth/pages.py).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from docsense.eval import ocr as eval_ocr
from docsense.synth.pages import fonts_available, write_pages

# docsense-fast: the same pipeline with configs/fast.yaml (OpenVINO bf16 for OCR and layout)
OCR_TOOLS = ("docsense", "docsense-fast", "rapidocr-v6", "rapidocr-v4", "paddleocr", "tesseract")
# PaddleOCR on Paddle Inference runs without oneDNN here (several s/page): on the generated pages only.
PRINTED_TOOLS = (*OCR_TOOLS[:5], "paddleocr-paddle", OCR_TOOLS[5])


@dataclass
class Dataset:
    name: str
    task: str  # ocr | layout | tables | kie
    tools: tuple[str, ...]
    items: list[dict[str, Any]]
    reps: int = 3
    note: str = ""
    options: dict[str, Any] = field(default_factory=dict)  # e.g. ignore_case, coco gt


def _find(base: Path, name: str) -> Path | None:
    for cand in (base / name, base / "images" / name, base / "images" / Path(name).name):
        if cand.is_file():
            return cand
    return None


def printed(work: Path) -> list[Dataset]:
    if not fonts_available():
        return []
    dirs = write_pages(work / "pages")
    out = []
    for key, title in (("clean", "printed"), ("rotated", "printed-rotated")):
        items = []
        for raw in (dirs[key] / "gt.jsonl").read_text(encoding="utf-8").splitlines():
            page = json.loads(raw)
            items.append(
                {
                    "id": page["filename"],
                    "path": str(dirs[key] / page["filename"]),
                    "lang": page["lang"],
                    "gt": page["lines"],
                }
            )
        note = "A4 pages rendered at 200 dpi (English; every third page Chinese+English)"
        if key == "rotated":
            note = "the printed pages turned 90/180/270 degrees clockwise"
        out.append(Dataset(title, "ocr", PRINTED_TOOLS, items, note=note))
    return out


def sroie_ocr(data: Path) -> list[Dataset]:
    base = data / "receipts_sroie"
    if not (base / "boxes").is_dir():
        return []
    items = []
    for stem, lines in eval_ocr.read_gt(base / "boxes").items():
        path = _find(base, f"{stem}.jpg")
        if path is not None:
            gt = [{"text": t, "bbox": list(b)} for t, b in lines]
            items.append({"id": stem, "path": str(path), "lang": "en", "gt": gt})
    note = "SROIE scanned receipts, line boxes; compared case-insensitively"
    return [Dataset("sroie-receipts", "ocr", OCR_TOOLS, items, reps=2, note=note, options={"ignore_case": True})]


def publaynet(data: Path) -> list[Dataset]:
    base = data / "layout_publaynet"
    gt_path = base / "gt.json"
    if not gt_path.is_file():
        return []
    coco = json.loads(gt_path.read_text(encoding="utf-8"))
    items = []
    for img in coco["images"]:
        path = _find(base, img["file_name"])
        if path is not None:
            items.append({"id": img["file_name"], "path": str(path), "image_id": img["id"]})
    note = "PubLayNet pages; CDLA classes mapped to PubLayNet's 5 (captions, references, equations -> text)"
    return [
        Dataset(
            "publaynet",
            "layout",
            ("docsense", "docsense-fast", "rapid-layout"),
            items,
            note=note,
            options={"coco": coco},
        )
    ]


def pubtabnet(data: Path) -> list[Dataset]:
    base = data / "tables_pubtabnet"
    gt_path = base / "gt.jsonl"
    if not gt_path.is_file():
        return []
    items = []
    for raw in gt_path.read_text(encoding="utf-8").splitlines():
        if raw.strip():
            row = json.loads(raw)
            path = _find(base, row["filename"])
            if path is not None:
                items.append({"id": row["filename"], "path": str(path), "gt": row["html"]})
    tools = ("docsense", "docsense-fast", "rapid-table", "img2table")
    return [Dataset("pubtabnet", "tables", tools, items, note="PubTabNet table crops (TEDS)")]


def _kie_items(base: Path) -> list[dict[str, Any]]:
    """One item per gt.jsonl row whose file exists; the whole row is the ground truth."""
    if not (base / "gt.jsonl").is_file():
        return []
    rows = [json.loads(raw) for raw in (base / "gt.jsonl").read_text(encoding="utf-8").splitlines() if raw.strip()]
    return [
        {"id": r["filename"], "path": str(base / r["filename"]), "gt": r}
        for r in rows
        if (base / r["filename"]).is_file()
    ]


def kie(data: Path) -> list[Dataset]:
    out = []
    if items := _kie_items(data / "invoices_invoice2data"):
        note = "invoice2data's test invoices (PDF); its expected output is the GT, so invoice2data is the ceiling"
        out.append(Dataset("invoices", "kie", ("docsense", "docsense-fast", "invoice2data"), items, note=note))
    if items := _kie_items(data / "receipts_sroie"):
        note = "SROIE company/date/address/total; no peer reads receipts without per-vendor templates"
        out.append(Dataset("sroie-kie", "kie", ("docsense", "docsense-fast"), items, reps=1, note=note))
    return out


def all_datasets(data: Path, work: Path) -> list[Dataset]:
    return [*printed(work), *sroie_ocr(data), *publaynet(data), *pubtabnet(data), *kie(data)]
