"""How labelled forms are drawn: gold statistics of FUNSD's deciding folds against the generated training forms.

What a generator change aimed at real forms can be checked against without scoring a model: entities a page,
label shares, where a key's value sits (right of it, under it, above it), the gap from key to value in key
heights, keys printed without a colon, keys left without a value, keys with two or more values, entities of
two or more lines (box over 1.8 median heights), median key and value lengths. FUNSD: folds 0-1 of
`bench/kv_funsd_folds.py` only (the folds changes are decided on); generated: `docsense train kv`'s forms
(`generated_forms`, English ones, as FUNSD is English). docs/kv.md (nineteenth pass) has the figures.

    python bench/kv_form_stats.py [--generated 280] [--seed 5000]
"""

from __future__ import annotations

import argparse
import json
import statistics
from collections import Counter
from typing import Any

from docsense.kie.kv_link import LABELS


def form_stats(golds: list[dict[str, Any]]) -> dict[str, Any]:
    """Statistics over FUNSD-shaped gold forms (`entities` with id, text, box, label; `links` [key, value])."""
    labels: Counter[str] = Counter()
    right = below = above = other = keys = colonless = blank = many = multi = 0
    gaps: list[float] = []
    key_len: list[int] = []
    value_len: list[int] = []
    for gold in golds:
        ents = {e["id"]: e for e in gold["entities"]}
        labels.update(e["label"] for e in ents.values())
        links = [(a, b) for a, b in gold["links"] if (ents[a]["label"], ents[b]["label"]) == ("question", "answer")]
        values = Counter(a for a, _ in links)
        for e in ents.values():
            if e["label"] == "question":
                keys += 1
                colonless += not e["text"].strip().endswith((":", "："))
                blank += values[e["id"]] == 0
                many += values[e["id"]] > 1
                key_len.append(len(e["text"].strip()))
            elif e["label"] == "answer":
                value_len.append(len(e["text"].strip()))
        for a, b in links:
            kb, vb = ents[a]["box"], ents[b]["box"]
            h = max(1.0, kb[3] - kb[1])
            if vb[1] >= kb[3] - 0.3 * h:
                below += 1
            elif vb[0] >= kb[2] - 0.3 * h:
                right += 1
            elif vb[3] <= kb[1] + 0.3 * h:
                above += 1
            else:
                other += 1
            gaps.append((max(0.0, vb[0] - kb[2]) + max(0.0, vb[1] - kb[3])) / h)
        heights = [e["box"][3] - e["box"][1] for e in ents.values() if e["box"]]
        if heights:
            med = statistics.median(heights)
            multi += sum(h > 1.8 * med for h in heights)
    n_links = max(1, right + below + above + other)
    n_ents = max(1, sum(labels.values()))
    keys = max(1, keys)
    gaps.sort()
    return {
        "forms": len(golds),
        "entities_a_form": round(n_ents / max(1, len(golds)), 1),
        "links_a_form": round((right + below + above + other) / max(1, len(golds)), 1),
        "label_shares": {k: round(labels[k] / n_ents, 3) for k in LABELS},
        "value_right": round(right / n_links, 3),
        "value_below": round(below / n_links, 3),
        "value_above": round(above / n_links, 3),
        "gap_median": round(statistics.median(gaps), 2) if gaps else 0.0,
        "gap_p80": round(gaps[int(0.8 * len(gaps))], 2) if gaps else 0.0,
        "keys_without_colon": round(colonless / keys, 3),
        "keys_without_value": round(blank / keys, 3),
        "keys_with_2plus_values": round(many / keys, 3),
        "multi_line_entities": round(multi / n_ents, 3),
        "key_chars_median": statistics.median(key_len) if key_len else 0,
        "value_chars_median": statistics.median(value_len) if value_len else 0,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--generated", type=int, default=280, help="generated forms (en: three in four)")
    ap.add_argument("--seed", type=int, default=5000, help="first seed (the shipped default's is 5000)")
    args = ap.parse_args()
    from kv_funsd_folds import FUNSD, folds

    from docsense.train.kv import generated_forms, read_data

    funsd = read_data(FUNSD)
    split = folds(funsd)
    gen = [f.gold for f in generated_forms(args.generated, args.seed) if f.gold.get("lang") == "en"]
    out = {
        "funsd_folds_0_1": form_stats([funsd[i].gold for i in split[0] + split[1]]),
        "generated_en": form_stats(gen),
    }
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
