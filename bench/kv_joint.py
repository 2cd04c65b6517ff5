"""Segmentation decided jointly with linking over the rules' stacking (issue 18, twenty-second pass; JSON to stdout).

Each stacked text (lines the rules' paragraph stacking joined, `KeyValueExtractor._merge_stacked`) has two readings:
joined (today) and its lines apart. The page is labelled and linked both ways by the same model; a stacked text is
split into its lines where the links say its lines are different entities:

- `conflict`: linked apart, its lines link to each other, are values of two different keys, two of them are keys,
  or one is a key and another a value (links of P >= tau);
- `conf`: linked apart, the lines' mean best link probability beats the joined text's best by more than tau.

The page is then labelled and linked once more on the chosen segments. Research only (not the product): docs/kv.md,
twenty-second pass, has the figures (not shipped). FUNSD pages are read once and cached as `kv_funsd_folds.py` does.

    python bench/kv_joint.py [--folds 0,1] [--variant conflict:0.7 ...] [--models DIR_PREFIX] [--cache DIR]

`--models P` scores fold k with the model folder `P{k}` (a FUNSD-trained model that never saw fold k).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from kv_funsd_folds import FUNSD, folds, score, summary

from docsense.core.config import Settings
from docsense.core.document import BBox, Page
from docsense.kie.kv import KeyValueExtractor
from docsense.kie.kv_text import Seg
from docsense.train.kv import read_data, read_pages


def _inside(b: BBox, a: BBox, tol: float = 2.0) -> bool:
    return b[0] >= a[0] - tol and b[1] >= a[1] - tol and b[2] <= a[2] + tol and b[3] <= a[3] + tol


def _best(links: list[tuple[int, int, float]]) -> dict[int, float]:
    out: dict[int, float] = {}
    for i, j, p in links:
        out[i], out[j] = max(out.get(i, 0.0), p), max(out.get(j, 0.0), p)
    return out


class JointStacking(KeyValueExtractor):
    """The kv stage with each stacked text kept joined or split by what the links say (module docstring)."""

    mode = "conflict"
    tau = 0.7
    stats: dict[str, int]

    def segments(self, page: Page) -> list[Seg]:
        joined = super().segments(page)
        if self.model is None or not self.stacking or not any(s.lines > 1 and s.cell is None for s in joined):
            return joined
        self.stacking = False
        try:
            apart = [s.unlinked() for s in super().segments(page)]
        finally:
            self.stacking = True
        links = [x for x in self.learned_link(self.model, apart, page.width, page.height) if x[2] >= self.tau]
        best_apart = _best(links)
        best_joined: dict[int, float] = {}
        linked_joined: list[Seg] = []
        if self.mode == "conf":
            linked_joined = [s.unlinked() for s in joined]
            best_joined = _best(self.learned_link(self.model, linked_joined, page.width, page.height))
        out: list[Seg] = []
        for a in joined:
            parts = [i for i, b in enumerate(apart) if b.cell is None and _inside(b.bbox, a.bbox)]
            if a.lines < 2 or a.cell is not None or len(parts) < 2:
                out.append(a)
                continue
            ps = set(parts)
            if self.mode == "conf":
                same = [k for k, x in enumerate(linked_joined) if _inside(x.bbox, a.bbox) and _inside(a.bbox, x.bbox)]
                p_joined = max((best_joined.get(k, 0.0) for k in same), default=0.0)
                split = sum(best_apart.get(i, 0.0) for i in parts) / len(parts) > p_joined + self.tau
            else:
                inner = any(i in ps and j in ps for i, j, _ in links)
                keys_of = {i for i, j, _ in links if j in ps and i not in ps}
                as_key = {i for i, j, _ in links if i in ps and j not in ps}
                as_value = {j for i, j, _ in links if j in ps and i not in ps}
                split = inner or len(keys_of) >= 2 or len(as_key) >= 2 or bool(as_key and as_value - as_key)
            self.stats["stacked"] = self.stats.get("stacked", 0) + 1
            if split:
                self.stats["split"] = self.stats.get("split", 0) + 1
                out += [apart[i].unlinked() for i in parts]
            else:
                out.append(a)
        out.sort(key=lambda s: (round(s.bbox[1] / max(s.height, 1.0)), s.bbox[0]))
        return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--folds", default="0,1", help="folds to score (comma-separated)")
    ap.add_argument("--variant", action="append", default=[], help="MODE:TAU (conflict:0.7, conf:0.2), repeatable")
    ap.add_argument("--models", default="", help="fold k is scored with the model folder MODELS{k}")
    ap.add_argument("--cache", type=Path, default=Path("~/.cache/docsense-kv").expanduser())
    args = ap.parse_args()
    settings = Settings()
    forms = read_data(FUNSD)
    split = folds(forms)
    ks = [int(k) for k in args.folds.split(",")]
    read_pages([forms[i] for k in ks for i in split[k]], settings, args.cache, lambda m: print(m, file=sys.stderr))
    result: dict[str, Any] = {}
    for name in ["today", *(args.variant or ["conflict:0.7", "conf:0.2"])]:
        rows, where, stats = [], [], {}
        for k in ks:
            cfg = settings.kie.kv
            if args.models:
                cfg = cfg.model_copy(update={"model": f"{args.models}{k}"})
            ext = KeyValueExtractor(cfg, settings.engine)
            if name != "today":
                ext = JointStacking(cfg, settings.engine)
                ext.mode, tau = name.split(":")
                ext.tau, ext.stats = float(tau), stats
            rows += score(ext, forms, split[k])
            where += split[k]
        result[name] = summary(rows, split, where) | {"stacked_texts": stats}
    json.dump(result, sys.stdout, indent=2)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
