"""`docsense eval ocr`: line accuracy, exact-line rate, CER and bag-of-words F1 against line ground truth.

Ground truth: a JSONL file, one page per line `{"filename": str, "lines": [{"text": str, "bbox": [x0,y0,x1,y1]}]}`
(or `"polygon": [[x,y],...]`), or a folder of SROIE-style CSVs (`x1,y1,...,x4,y4,text` per line, named like the
images). Predicted lines are matched to a ground-truth line by where they lie, so a detector that splits or
joins lines differently is not punished twice: the text of the predicted lines centred inside a GT box, in
reading order, is compared with the GT text.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from rapidfuzz.distance import Levenshtein

BBox = tuple[float, float, float, float]


def norm(text: str, fold: bool = False) -> str:
    text = " ".join(text.split())
    return text.casefold() if fold else text


def read_gt(gt: Path) -> dict[str, list[tuple[str, BBox]]]:
    """filename -> [(text, bbox)]."""
    pages: dict[str, list[tuple[str, BBox]]] = {}
    if gt.is_dir():
        for csv in sorted(gt.glob("*.csv")):
            rows = []
            for raw in csv.read_text(encoding="utf-8", errors="replace").splitlines():
                parts = raw.split(",", 8)
                if len(parts) < 9:
                    continue
                xs = [float(v) for v in parts[0:8:2]]
                ys = [float(v) for v in parts[1:8:2]]
                rows.append((parts[8], (min(xs), min(ys), max(xs), max(ys))))
            pages[csv.stem] = rows
        return pages
    for raw in gt.read_text(encoding="utf-8").splitlines():
        if not raw.strip():
            continue
        item = json.loads(raw)
        rows = []
        for ln in item["lines"]:
            if "bbox" in ln:
                box = tuple(float(v) for v in ln["bbox"])
            else:
                xs = [p[0] for p in ln["polygon"]]
                ys = [p[1] for p in ln["polygon"]]
                box = (min(xs), min(ys), max(xs), max(ys))
            rows.append((ln["text"], box))  # type: ignore[arg-type]
        pages[item["filename"]] = rows
    return pages


def _inside(center: tuple[float, float], box: BBox, pad: float) -> bool:
    return box[0] - pad <= center[0] <= box[2] + pad and box[1] - pad <= center[1] <= box[3] + pad


def score_page(
    gt_lines: list[tuple[str, BBox]], pred: list[tuple[str, BBox]], ignore_case: bool = False
) -> dict[str, float]:
    """Metrics of one page; `pred` are (text, bbox) in reading order."""
    sims, exact = [], 0
    edits, chars = 0, 0
    for text, box in gt_lines:
        g = norm(text, ignore_case)
        if not g or g == "###":
            continue
        pad = 0.25 * min(box[2] - box[0], box[3] - box[1])
        inside = [t for t, b in pred if _inside(((b[0] + b[2]) / 2, (b[1] + b[3]) / 2), box, pad)]
        got = norm(" ".join(inside), ignore_case)
        # Spaces are judged by the bag-of-words F1; the line score compares the characters.
        g_ns, p_ns = g.replace(" ", ""), got.replace(" ", "")
        d = Levenshtein.distance(g_ns, p_ns)
        sims.append(1.0 - d / max(len(g_ns), len(p_ns), 1))
        exact += int(g_ns == p_ns)
        edits += d
        chars += len(g_ns)
    gt_words = Counter(w for t, _ in gt_lines for w in norm(t, ignore_case).split() if t != "###")
    pred_words = Counter(w for t, _ in pred for w in norm(t, ignore_case).split())
    hit = sum((gt_words & pred_words).values())
    p = hit / max(sum(pred_words.values()), 1)
    r = hit / max(sum(gt_words.values()), 1)
    return {
        "line_accuracy": sum(sims) / max(len(sims), 1),
        "line_exact": exact / max(len(sims), 1),
        "cer": edits / max(chars, 1),
        "bow_f1": 2 * p * r / (p + r) if p + r else 0.0,
        "gt_lines": float(len(sims)),
    }


def mean_scores(rows: list[dict[str, Any]]) -> dict[str, float]:
    keys = ("line_accuracy", "line_exact", "cer", "bow_f1", "seconds")
    return {k: sum(r[k] for r in rows) / max(len(rows), 1) for k in keys if rows and k in rows[0]}
