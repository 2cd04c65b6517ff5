"""`docsense eval kv`: entity-label F1 and key -> value link precision/recall/F1, per form and overall.

Ground truth: JSONL, one form per line, FUNSD's shape:
`{"filename": str, "entities": [{"id", "text", "box": [x0,y0,x1,y1], "label"}], "links": [[key_id, value_id]]}`
(label: question | answer | header | other). Forms are read end to end from the page image with docsense's
own OCR (the app pipeline), then the key-value stage.

Matching (texts compared after NFKC, casefolding, dropping whitespace and a trailing colon):
- a predicted link counts when its key and value texts both reach `--min-sim` (0.8) normalized Levenshtein
  similarity with a gold link's key and value, one-to-one (best pairs first);
- a predicted entity counts when an unmatched gold entity has the same label, a similar text (same threshold)
  and an overlapping box;
- a segment counts the same way with the label ignored: how well the stage cut the page into entities, whatever
  it labelled them (`segments`).
Gold links or entities whose text is empty (an unfilled field, a bare checkbox) cannot be matched by text and
are left out of the counts; `skipped_links` says how many.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path
from typing import Any

from rapidfuzz.distance import Levenshtein

BBox = tuple[float, float, float, float]


def norm(text: str) -> str:
    t = "".join(unicodedata.normalize("NFKC", text).casefold().split())
    return t.rstrip(":：")


def sim(a: str, b: str) -> float:
    return float(Levenshtein.normalized_similarity(a, b))


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def _overlap(a: BBox, b: BBox) -> bool:
    return min(a[2], b[2]) > max(a[0], b[0]) and min(a[3], b[3]) > max(a[1], b[1])


def gold_links(form: dict[str, Any]) -> tuple[list[tuple[str, str]], int]:
    """(key text, value text) of every gold link with non-empty texts, and how many were skipped."""
    ents = {e["id"]: e for e in form["entities"]}
    out, skipped = [], 0
    for k, v in form["links"]:
        kt, vt = norm(ents[k]["text"]), norm(ents[v]["text"])
        if not kt or not vt:
            skipped += 1
            continue
        out.append((kt, vt))
    return out, skipped


def _one_to_one(cands: list[tuple[float, int, int]]) -> int:
    """Greedy one-to-one matching, best similarity first: how many gold items found a distinct prediction."""
    used_g: set[int] = set()
    used_p: set[int] = set()
    for _, gi, pi in sorted(cands, reverse=True):
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
    return len(used_g)


def match_links(gold: list[tuple[str, str]], pred: list[tuple[str, str]], min_sim: float = 0.8) -> int:
    """How many predicted (key, value) links match a distinct gold link."""
    cands = []
    for gi, (gk, gv) in enumerate(gold):
        for pi, (pk, pv) in enumerate(pred):
            sk, sv = sim(gk, pk), sim(gv, pv)
            if sk >= min_sim and sv >= min_sim:
                cands.append((sk + sv, gi, pi))
    return _one_to_one(cands)


def match_entities(
    gold: list[dict[str, Any]], pred: list[tuple[str, BBox, str]], min_sim: float = 0.8, labels: bool = True
) -> int:
    cands = []
    for gi, g in enumerate(gold):
        gt, gb = norm(g["text"]), tuple(g["box"])
        for pi, (text, box, label) in enumerate(pred):
            if (labels and label != g["label"]) or not _overlap(gb, box):  # type: ignore[arg-type]
                continue
            s = sim(gt, norm(text))
            if s >= min_sim:
                cands.append((s, gi, pi))
    return _one_to_one(cands)


def score_form(
    form: dict[str, Any],
    pred_links: list[tuple[str, str]],
    pred_entities: list[tuple[str, BBox, str]],
    min_sim: float = 0.8,
) -> dict[str, Any]:
    """Counts and scores of one form; `pred_*` are raw texts (normalized here)."""
    gold, skipped = gold_links(form)
    plinks = [(norm(k), norm(v)) for k, v in pred_links]
    tp = match_links(gold, plinks, min_sim)
    gents = [e for e in form["entities"] if norm(e["text"])]
    pents = [e for e in pred_entities if norm(e[0])]
    etp = match_entities(gents, pents, min_sim)
    stp = match_entities(gents, pents, min_sim, labels=False)
    return {
        "links": {"tp": tp, "pred": len(plinks), "gold": len(gold), **_prf(tp, len(plinks), len(gold))},
        "entities": {"tp": etp, "pred": len(pents), "gold": len(gents), **_prf(etp, len(pents), len(gents))},
        "segments": {"tp": stp, "pred": len(pents), "gold": len(gents), **_prf(stp, len(pents), len(gents))},
        "skipped_links": skipped,
    }


def overall(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Micro-averaged totals over forms."""
    out: dict[str, Any] = {}
    for part in ("links", "entities", "segments"):
        if rows and part not in rows[0]:
            continue  # rows scored before segments were counted
        tp = sum(r[part]["tp"] for r in rows)
        n_pred = sum(r[part]["pred"] for r in rows)
        n_gold = sum(r[part]["gold"] for r in rows)
        out[part] = {"tp": tp, "pred": n_pred, "gold": n_gold, **_prf(tp, n_pred, n_gold)}
    out["forms"] = len(rows)
    if rows and "seconds" in rows[0]:
        out["seconds_per_form"] = sum(r["seconds"] for r in rows) / len(rows)
        out["kv_seconds_per_form"] = sum(r["kv_seconds"] for r in rows) / len(rows)
    return out


def read_gt(path: Path) -> list[dict[str, Any]]:
    return [json.loads(raw) for raw in path.read_text(encoding="utf-8").splitlines() if raw.strip()]
