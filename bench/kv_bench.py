"""Key-value stage without OCR: link/entity scores and stage time on perfectly read pages (JSON to stdout).

- FUNSD dev forms (../shared/data/forms_funsd, when present): each gold entity's words become OCR-like lines
  (the issue's "perfect entity texts and boxes" setting, where the naive colon rule scores link F1 0.34);
- generated resumes (synth/forms.py): every drawn text is a line.
End-to-end numbers (docsense OCR) come from `docsense eval kv`.

    python bench/kv_bench.py [--forms 24]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

from docsense.core.config import KvSettings
from docsense.core.document import Block, Document, Line, Page, Word, union_bbox
from docsense.eval.kv import overall, read_gt, score_form
from docsense.kie.kv import KeyValueExtractor
from docsense.synth.forms import make_form

FUNSD = Path(__file__).resolve().parents[2] / "shared" / "data" / "forms_funsd"


def _line(words: list[tuple[str, tuple[float, float, float, float]]]) -> Line:
    box = union_bbox([b for _, b in words])
    poly = [(box[0], box[1]), (box[2], box[1]), (box[2], box[3]), (box[0], box[3])]
    return Line(
        text=" ".join(t for t, _ in words),
        bbox=box,
        polygon=poly,
        score=1.0,
        words=[Word(text=t, bbox=b, score=1.0) for t, b in words],
    )


def funsd_document(form: dict[str, Any], width: int = 762, height: int = 1000) -> Document:
    lines = []
    for ent in form["entities"]:
        rows: list[list[tuple[str, tuple[float, float, float, float]]]] = []
        for w in ent.get("words", []):
            if not w["text"].strip():
                continue
            box = tuple(float(v) for v in w["box"])
            if rows and abs(box[1] - rows[-1][-1][1][1]) < 0.5 * (box[3] - box[1]):
                rows[-1].append((w["text"], box))  # type: ignore[arg-type]
            else:
                rows.append([(w["text"], box)])  # type: ignore[list-item]
        lines += [_line(r) for r in rows]
    block = Block(type="text", bbox=(0, 0, width, height), lines=lines)
    return Document(source=form["filename"], pages=[Page(index=0, width=width, height=height, blocks=[block])])


def synth_document(gt: dict[str, Any], width: int = 1240, height: int = 1754) -> Document:
    lines = [_line([(e["text"], tuple(e["box"]))]) for e in gt["entities"]]  # type: ignore[misc]
    block = Block(type="text", bbox=(0, 0, width, height), lines=lines)
    return Document(source="synth", pages=[Page(index=0, width=width, height=height, blocks=[block])])


def run(docs: list[tuple[dict[str, Any], Document]], extractor: KeyValueExtractor) -> dict[str, Any]:
    rows, times = [], []
    for form, doc in docs:
        t0 = time.perf_counter()
        pairs, entities = extractor(doc)
        times.append(time.perf_counter() - t0)
        rows.append(score_form(form, [(p.key, p.value) for p in pairs], [(e.text, e.bbox, e.label) for e in entities]))
    out = overall(rows)
    out["kv_ms_mean"] = 1000 * sum(times) / max(len(times), 1)
    out["kv_ms_max"] = 1000 * max(times, default=0.0)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--forms", type=int, default=24, help="generated resumes to score")
    args = ap.parse_args()
    extractor = KeyValueExtractor(KvSettings())
    result: dict[str, Any] = {}
    if (FUNSD / "gt.jsonl").is_file():
        forms = read_gt(FUNSD / "gt.jsonl")
        result["funsd_perfect_text"] = run([(f, funsd_document(f)) for f in forms], extractor)
    synth = []
    for i in range(args.forms):
        lang, layout = ("zh", "en")[i % 2], ("inline", "grid", "mixed")[(i // 2) % 3]
        _, gt = make_form(20000 + i, lang, layout)
        synth.append((gt, synth_document(gt)))
    result["resumes_perfect_text"] = run(synth, extractor)
    json.dump(result, sys.stdout, indent=2)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
