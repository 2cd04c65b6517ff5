"""Key-value stage on all 149 FUNSD training forms, read once with the default pipeline (JSON to stdout).

- the shipped default and the rules on every form, link F1 per fold as well (5 folds by form: file names sorted,
  shuffled with `random.Random(18)`, fold k = every 5th from k);
- how many gold links are matchable at the text level on today's segments (both texts have a segment with
  similarity >= 0.8): what segmentation leaves to any linker;
- with `--misses`: where the shipped default loses the matchable gold links (both texts are a segment): not a
  link candidate at all, the value linked to another key, the key linking other values only, or both left
  unlinked; and how many of the lost ones have their key labelled `answer` by the entity model;
- with `--train`: a model trained by `docsense train kv --data forms_funsd_train --synthetic 0` without the
  held fold (entity, link and grouping models; `--no-grouping`: without the grouping model, as before the fifth
  pass; `--cut`: with the learned segmenter, `docsense train kv --cut`; `--key-joins CUE`: with the wrapped-key
  joiner, twelfth pass; `--bag K`: K entity and link models averaged, twentieth pass), scored on it, for each fold
  (research only: FUNSD's license).

Each row also gives `segments`: how many gold entities the stage's segments reproduce (text similarity >= 0.8 and
an overlapping box, label ignored): the segmentation alone.

Pages are cached by `--cache` (default ~/.cache/docsense-kv, the folder `docsense train kv --cache` uses), so
only the first run reads the images. docs/kv.md has the figures.

    python bench/kv_funsd_folds.py [--misses] [--train [--no-grouping] [--cut] [--key-joins CUE ...] [--bag K]]
        [--cache DIR]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

from docsense.core.config import Settings
from docsense.eval.kv import gold_links, norm, overall, score_form, sim
from docsense.kie.kv import KeyValueExtractor
from docsense.kie.kv_link import LABELS, KvModel, candidates, lexicon_features
from docsense.train.kv import Form, read_data, read_pages, train

FUNSD = Path(__file__).resolve().parents[2] / "shared" / "data" / "forms_funsd_train"


def folds(forms: list[Form], k: int = 5) -> list[list[int]]:
    order = sorted(range(len(forms)), key=lambda i: str(forms[i].gold["filename"]))
    random.Random(18).shuffle(order)
    return [sorted(order[f::k]) for f in range(k)]


def score(extractor: KeyValueExtractor, forms: list[Form], idx: list[int]) -> list[dict[str, Any]]:
    rows = []
    for i in idx:
        form = forms[i]
        assert form.doc is not None  # read_pages filled it
        t0 = time.process_time()
        pairs, entities = extractor(form.doc)
        cpu = time.process_time() - t0
        row = score_form(
            form.gold,
            [(p.key, p.value) for p in pairs if p.page == 0],
            [(e.text, e.bbox, e.label) for e in entities if e.page == 0],
        )
        # Gold links whose two texts are both some segment's text: the most any linker could find here.
        texts = [norm(e.text) for e in entities if e.page == 0]
        gold, _ = gold_links(form.gold)
        row["matchable"] = sum(
            1 for k, v in gold if any(sim(k, t) >= 0.8 for t in texts) and any(sim(v, t) >= 0.8 for t in texts)
        )
        rows.append({**row, "kv_cpu_ms": 1000 * cpu})
    return rows


def misses(extractor: KeyValueExtractor, forms: list[Form], idx: list[int]) -> dict[str, int]:
    """Fate of every matchable gold link under the learned linker (see the module's docstring)."""
    seen: dict[str, Any] = {}
    inner = extractor.learned_link

    def hooked(model: KvModel, segs: list[Any], width: float, height: float) -> list[tuple[int, int, float]]:
        links = inner(model, segs, width, height)
        ent_x, _ = extractor.features(segs, width, height)  # on the final segments (after any grouping)
        if model.lexicon is not None:
            ent_x = np.hstack([ent_x, lexicon_features(segs, model.lexicon)])
        seen.update(
            segs=list(segs), links=links, cands=set(candidates(segs, above=model.above)), lab_p=model.label_probs(ent_x)
        )
        return links

    extractor.learned_link = hooked  # type: ignore[method-assign]
    out = {"matchable": 0, "found": 0, "not_candidate": 0, "value_to_other_key": 0, "key_other_values": 0}
    out |= {"unlinked": 0, "lost_key_labelled_answer": 0}
    for i in idx:
        form = forms[i]
        assert form.doc is not None
        seen.clear()
        extractor(form.doc)
        if not seen:
            continue
        segs, links = seen["segs"], seen["links"]
        texts = [norm(s.text) for s in segs]
        ents = {e["id"]: e for e in form.gold["entities"]}

        def find(ent: dict[str, Any], texts: list[str] = texts, segs: list[Any] = segs) -> int | None:
            # Of the segments reading the entity's text, the one nearest its box (forms repeat `Yes`, `Date`).
            t, b = norm(ent["text"]), ent["box"]
            hits = [n for n, x in enumerate(texts) if sim(t, x) >= 0.8]
            return min(
                hits,
                key=lambda n: abs(segs[n].cx - (b[0] + b[2]) / 2) + abs(segs[n].cy - (b[1] + b[3]) / 2),
                default=None,
            )

        pred = {(a, b) for a, b, _ in links}
        key_of = {b: a for a, b, _ in links}
        keys = {a for a, _, _ in links}
        for a, b in form.gold["links"]:
            if not norm(ents[a]["text"]) or not norm(ents[b]["text"]):
                continue
            k, v = find(ents[a]), find(ents[b])
            if k is None or v is None:
                continue
            out["matchable"] += 1
            if (k, v) in pred:
                out["found"] += 1
                continue
            if (k, v) not in seen["cands"]:
                out["not_candidate"] += 1
            elif v in key_of:
                out["value_to_other_key"] += 1
            elif k in keys:
                out["key_other_values"] += 1
            else:
                out["unlinked"] += 1
            out["lost_key_labelled_answer"] += LABELS[int(np.argmax(seen["lab_p"][k]))] == "answer"
    extractor.learned_link = inner  # type: ignore[method-assign]
    return out


def summary(rows: list[dict[str, Any]], split: list[list[int]], where: list[int]) -> dict[str, Any]:
    by_form = dict(zip(where, rows, strict=True))
    out = overall(rows)
    out["per_fold_link_f1"] = [
        round(overall([by_form[i] for i in fold if i in by_form])["links"]["f1"], 4) for fold in split
    ]
    out["matchable_links"] = sum(r["matchable"] for r in rows)
    cpu = sorted(r["kv_cpu_ms"] for r in rows)
    out["kv_cpu_ms_mean"] = round(sum(cpu) / len(cpu), 1)
    out["kv_cpu_ms_p95"] = round(cpu[int(0.95 * (len(cpu) - 1))], 1)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--train", action="store_true", help="also train and score a FUNSD model per fold")
    ap.add_argument("--misses", action="store_true", help="where the shipped default loses matchable gold links")
    ap.add_argument("--no-grouping", action="store_true", help="train the FUNSD models without the grouping model")
    ap.add_argument("--cut", action="store_true", help="train the FUNSD models with the learned segmenter")
    ap.add_argument(
        "--key-joins", action="append", default=[], help="train the FUNSD models with this key-join cue (repeatable)"
    )
    ap.add_argument("--bag", type=int, default=1, help="with --train: K entity + link models per fold, averaged")
    ap.add_argument("--cache", type=Path, default=Path("~/.cache/docsense-kv").expanduser())
    args = ap.parse_args()
    if not (FUNSD / "annotations").is_dir():
        sys.exit(f"no FUNSD forms at {FUNSD}")
    settings = Settings()
    forms = read_data(FUNSD)
    read_pages(forms, settings, args.cache, lambda m: print(m, file=sys.stderr))
    split = folds(forms)
    every = list(range(len(forms)))
    result: dict[str, Any] = {"forms": len(forms), "folds": [len(f) for f in split]}
    for method in ("learned", "rules"):
        cfg = settings.kie.kv.model_copy(update={"method": method})
        name = "shipped_default" if method == "learned" else "rules"
        result[name] = summary(score(KeyValueExtractor(cfg, settings.engine), forms, every), split, every)
    if args.misses:
        default = KeyValueExtractor(settings.kie.kv.model_copy(update={"method": "learned"}), settings.engine)
        result["shipped_default_misses"] = {f"fold{k}": misses(default, forms, fold) for k, fold in enumerate(split)}
    if args.train:
        rows, where = [], []
        with tempfile.TemporaryDirectory() as tmp:
            for k, fold in enumerate(split):
                held = {Path(forms[i].gold["filename"]).stem for i in fold}
                out = Path(tmp) / f"fold{k}"
                train(
                    [FUNSD],
                    out,
                    synthetic=0,
                    exclude=held,
                    cache=args.cache,
                    settings=settings,
                    grouping=False if args.no_grouping else None,
                    cutting=args.cut,
                    key_joins=args.key_joins,
                    bag=args.bag,
                    log=lambda m: None,
                )
                cfg = settings.kie.kv.model_copy(update={"model": str(out)})
                rows += score(KeyValueExtractor(cfg, settings.engine), forms, fold)
                where += fold
        result["funsd_trained_5_folds"] = summary(rows, split, where)
    json.dump(result, sys.stdout, indent=2)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
