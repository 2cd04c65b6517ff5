"""`docsense train layout`: the region re-classifier (layout/refine.py) from generated pages with exact region
boxes (synth/layout_pages.py): each page goes through the CDLA detector and the assembly rules, with its drawn text
as the OCR lines; each block is labelled with the type of the true region covering most of it. Validated leave-one-
family-out (block accuracy and PubLayNet-style mAP@0.5 of rules vs refined on the held-out family), then trained on
all families and written to ONNX (train/onnx_trees.py) with its model card.

Browser-typeset pages (synth/browser_pages.py, written as COCO sets) come with element boxes, not drawn text: they
go through the pipeline's own OCR and detector instead (`build_browser`, cached as JSON per page image), so the
refiner also learns from what real OCR does to a page (lines split at gutters, merged rows, misread markers).
`python -m docsense.train.layout --out DIR --browser-sets SET ... --ocr-cache DIR` trains on both.
"""

from __future__ import annotations

import functools
import hashlib
import json
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from docsense.core.assemble import assemble
from docsense.core.config import LayoutSettings, Settings
from docsense.core.document import Block, Line, Region
from docsense.eval.layout import blocks_to_detections, coco_map
from docsense.layout import segment as seg
from docsense.layout.refine import FEATURE_NAMES, LABELS, RegionRefiner, block_features
from docsense.synth.layout_pages import FAMILIES, LayoutPage, make_page

from .onnx_trees import lightgbm_to_onnx

PARAMS: dict[str, Any] = {
    "objective": "multiclass", "learning_rate": 0.1, "num_leaves": 15, "min_data_in_leaf": 10,
    "feature_fraction": 0.8, "bagging_fraction": 0.8, "bagging_freq": 1, "lambda_l2": 1.0, "verbose": -1,
}  # fmt: skip
SCORED = ("text", "title", "list", "table", "figure")  # PubLayNet's categories (captions count as text there)


@dataclass
class Example:
    family: str
    blocks: list[Block]  # what the detector + rules gave
    size: tuple[float, float]
    truth: list[dict[str, Any]]  # the drawn regions
    x: np.ndarray
    y: list[int]  # LABELS index per block, -1: no true region covers it


def _lines(page: LayoutPage) -> list[Line]:
    out = []
    for s in page.spans:
        x0, y0, x1, y1 = (float(v) for v in s["bbox"])
        if s["text"].strip() and x1 > x0 and y1 > y0:
            poly = [(x0, y0), (x1, y0), (x1, y1), (x0, y1)]
            out.append(Line(text=s["text"], bbox=(x0, y0, x1, y1), polygon=poly, score=1.0))
    return out


def label(block: Block, truth: list[dict[str, Any]]) -> int:
    """The true region holding most of the block (at least half of it), else -1."""
    x0, y0, x1, y1 = block.bbox
    area = max((x1 - x0) * (y1 - y0), 1.0)
    best, kind = 0.0, ""
    for r in truth:
        a = r["bbox"]
        inter = max(0.0, min(x1, a[2]) - max(x0, a[0])) * max(0.0, min(y1, a[3]) - max(y0, a[1]))
        if inter > best:
            best, kind = inter, r["type"]
    return LABELS.index(kind) if best >= 0.5 * area and kind in LABELS else -1


def build(families: tuple[str, ...], pages: int, seed: int, cache: Path | None, log: Any = print) -> list[Example]:
    """Generate, detect (cached by page image when `cache` is given) and assemble; -> one Example per page."""
    from docsense.layout import LayoutAnalyzer

    settings = Settings()
    analyzer = LayoutAnalyzer(settings.layout, settings.engine)
    cfg = LayoutSettings()
    out = []
    t0 = time.time()
    for fam in families:
        for i in range(pages):
            page = make_page(fam, seed * 100_000 + i)
            image = np.asarray(page.image.convert("RGB"))[:, :, ::-1].copy()
            key = hashlib.sha1(image.tobytes()).hexdigest()[:20]
            hit = cache / f"{key}.json" if cache else None
            if hit is not None and hit.exists():  # JSON, not pickle: a cache folder is data, never code
                regions = [Region.model_validate(r) for r in json.loads(hit.read_text(encoding="utf-8"))]
            else:
                regions = analyzer(image)
                if hit is not None:
                    hit.parent.mkdir(parents=True, exist_ok=True)
                    hit.write_text(json.dumps([r.model_dump(mode="json") for r in regions]), encoding="utf-8")
            size = (float(image.shape[1]), float(image.shape[0]))
            blocks = assemble(_lines(page), regions, cfg, page_size=(image.shape[1], image.shape[0]))
            x = block_features(blocks, size)
            out.append(Example(fam, blocks, size, page.regions, x, [label(b, page.regions) for b in blocks]))
        log(f"{fam}: {pages} pages ({time.time() - t0:.0f} s)")
    return out


@functools.cache
def _pipeline() -> Any:
    """The default pipeline, built once and only when a page is not in the OCR cache."""
    from docsense.app.pipeline import Pipeline

    return Pipeline(Settings())


def _page_ocr(path: Path, cache: Path | None) -> tuple[list[Line], list[Region], tuple[float, float]]:
    """The pipeline's OCR lines and detector regions of one page image (cached as JSON by the file's hash)."""
    data = path.read_bytes()
    hit = cache / f"{hashlib.sha1(data).hexdigest()[:20]}.json" if cache else None
    if hit is not None and hit.exists():
        got = json.loads(hit.read_text(encoding="utf-8"))
        lines = [Line.model_validate(x) for x in got["lines"]]
        regions = [Region.model_validate(x) for x in got["regions"]]
        return lines, regions, (float(got["size"][0]), float(got["size"][1]))
    from docsense.core.io import load_pages
    from docsense.core.page import PageState

    pipe = _pipeline()
    page = next(iter(load_pages(data, pipe.settings.input, pipe.settings.limits)))
    state = PageState.start(page)
    for stage in pipe.stages:
        if stage.name in ("seal", "ocr", "layout"):
            stage(state)
    size = (float(state.image.shape[1]), float(state.image.shape[0]))
    if hit is not None:
        hit.parent.mkdir(parents=True, exist_ok=True)
        hit.write_text(json.dumps({"lines": [x.model_dump(mode="json") for x in state.lines],
                                   "regions": [x.model_dump(mode="json") for x in state.regions],
                                   "size": size}), encoding="utf-8")  # fmt: skip
    return state.lines, state.regions, size


def _coco_truth(folder: Path) -> tuple[dict[str, Any], dict[int, list[dict[str, Any]]]]:
    """A browser page set's COCO truth and each image's true regions (`type`, `bbox` as x0, y0, x1, y1)."""
    gt = json.loads((folder / "gt.json").read_text(encoding="utf-8"))
    names = {c["id"]: c["name"] for c in gt["categories"]}
    by_image: dict[int, list[dict[str, Any]]] = {}
    for a in gt["annotations"]:
        x, y, w, h = a["bbox"]
        kind = a.get("label") or names[a["category_id"]]  # a plain COCO set: its category
        by_image.setdefault(a["image_id"], []).append({"type": kind, "bbox": (x, y, x + w, y + h)})
    return gt, by_image


def _browser_pages(
    sets: list[Path], cache: Path | None, log: Any
) -> Iterator[tuple[str, list[Block], tuple[float, float], list[dict[str, Any]]]]:
    """Each page of browser-typeset COCO sets: its family, the rules' blocks over the pipeline's OCR and detections
    (cached), its size and its true regions."""
    cfg = LayoutSettings()
    t0 = time.time()
    for folder in sets:
        gt, by_image = _coco_truth(folder)
        for im in gt["images"]:
            lines, regions, size = _page_ocr(folder / "images" / im["file_name"], cache)
            blocks = assemble(lines, regions, cfg, page_size=(int(size[0]), int(size[1])))
            yield im.get("family", im["file_name"].rsplit("_", 2)[0]), blocks, size, by_image.get(im["id"], [])
        log(f"{folder.name}: {len(gt['images'])} pages ({time.time() - t0:.0f} s)")


def build_browser(sets: list[Path], cache: Path | None, log: Any = print) -> list[Example]:
    """Examples from COCO sets of browser-typeset pages (`python -m docsense.synth.browser_pages --out SET`): the
    pipeline's OCR and detections (cached), assembled by the rules, each block labelled with the true region under
    it (the `label` of each annotation: captions as captions). Running heads and page numbers are not in the COCO
    truth: a block the rules call header/footer with no true region under it keeps that type as its label."""
    out = []
    for fam, blocks, size, truth in _browser_pages(sets, cache, log):
        ys = [label(b, truth) for b in blocks]
        ys = [LABELS.index(str(b.type)) if y < 0 and str(b.type) in ("header", "footer") else y
              for b, y in zip(blocks, ys, strict=True)]  # fmt: skip
        out.append(Example(fam, blocks, size, truth, block_features(blocks, size), ys))
    return out


def _set_summary(sets: tuple[Path, ...]) -> str:
    """`family seed S: N pages` for every family and seed in the browser sets (file names `family_seed_index`)."""
    count: dict[tuple[str, str], int] = {}
    for folder in sets:
        for im in json.loads((folder / "gt.json").read_text(encoding="utf-8"))["images"]:
            fam, seed, _ = im["file_name"].rsplit("_", 2)
            count[(fam, seed)] = count.get((fam, seed), 0) + 1
    return ", ".join(f"{f} seed {s}: {n}" for (f, s), n in sorted(count.items()))


def fit(examples: list[Example], rounds: int = 120, seed: int = 0, threads: int = 1) -> Any:
    import lightgbm as lgb

    x = np.vstack([e.x for e in examples])
    y = np.concatenate([np.asarray(e.y) for e in examples])
    keep = y >= 0
    params = {**PARAMS, "num_class": len(LABELS), "seed": seed, "num_threads": threads}
    return lgb.train(params, lgb.Dataset(x[keep], y[keep]), num_boost_round=rounds)


def refined(booster: Any, ex: Example, min_prob: float = 0.9) -> list[str]:
    """The same decision as RegionRefiner.types, from a booster in memory."""
    out = []
    for b, p in zip(ex.blocks, booster.predict(ex.x), strict=True):
        k = int(np.argmax(p))
        keep = b.type in ("table", "seal") or p[k] < min_prob or LABELS[k] == "table"
        out.append(str(b.type) if keep else LABELS[k])
    return out


def score(examples: list[Example], types: list[list[str]]) -> dict[str, float]:
    """Block accuracy (blocks a true region covers) and PubLayNet-style mAP@0.5 of the given block types."""
    right = total = 0
    images: list[dict[str, Any]] = []
    anns: list[dict[str, Any]] = []
    dets: list[dict[str, Any]] = []
    cats = {name: i + 1 for i, name in enumerate(SCORED)}
    to_pln = {"figure_caption": "text", "table_caption": "text"}
    for n, (ex, ts) in enumerate(zip(examples, types, strict=True)):
        for t, y in zip(ts, ex.y, strict=True):
            if y >= 0:
                total += 1
                right += t == LABELS[y]
        images.append({"id": n, "width": ex.size[0], "height": ex.size[1], "file_name": str(n)})
        for r in ex.truth:
            name = to_pln.get(r["type"], r["type"])
            if name in cats:
                x0, y0, x1, y1 = r["bbox"]
                anns.append({"id": len(anns) + 1, "image_id": n, "category_id": cats[name], "iscrowd": 0,
                             "bbox": [x0, y0, x1 - x0, y1 - y0], "area": (x1 - x0) * (y1 - y0)})  # fmt: skip
        blocks = [b.model_copy(update={"type": t}) for b, t in zip(ex.blocks, ts, strict=True)]
        dets += blocks_to_detections(blocks, n, cats)
    gt = {"images": images, "annotations": anns, "categories": [{"id": v, "name": k} for k, v in cats.items()]}
    res = coco_map(gt, dets, list(range(len(examples))))
    return {"block_accuracy": round(right / max(total, 1), 4), "mAP50": round(float(res["mAP50"]), 4)}


def leave_one_family_out(
    examples: list[Example], rounds: int, min_prob: float = 0.9, log: Any = print
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for fam in sorted({e.family for e in examples}):
        train = [e for e in examples if e.family != fam]
        test = [e for e in examples if e.family == fam]
        booster = fit(train, rounds)
        rules = score(test, [[str(b.type) for b in e.blocks] for e in test])
        learned = score(test, [refined(booster, e, min_prob) for e in test])
        out[fam] = {"rules": rules, "refined": learned, "pages": len(test)}
        log(f"held out {fam}: rules {rules}  refined {learned}")
    for key in ("block_accuracy", "mAP50"):
        out[f"mean_{key}"] = {
            w: round(float(np.mean([v[w][key] for k, v in out.items() if not k.startswith("mean")])), 4)
            for w in ("rules", "refined")
        }
    return out


def export(booster: Any, out: Path, card: dict[str, Any]) -> dict[str, Any]:
    out.mkdir(parents=True, exist_ok=True)
    data = lightgbm_to_onnx(booster.dump_model(), len(FEATURE_NAMES), {"labels": ",".join(LABELS)})
    (out / "model.onnx").write_bytes(data)
    card = {
        "model": "LightGBM multiclass block classifier -> ONNX TreeEnsembleRegressor (softmax)",
        "labels": list(LABELS), "features": FEATURE_NAMES, **card,
        "size_bytes": len(data), "sha256": hashlib.sha256(data).hexdigest(),
    }  # fmt: skip
    (out / "card.json").write_text(json.dumps(card, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return card


def train(
    out: Path, pages: int = 40, families: tuple[str, ...] = FAMILIES, rounds: int = 120, seed: int = 0,
    cv: bool = True, cache: Path | None = None, min_prob: float = 0.9, log: Any = print,
    browser_sets: tuple[Path, ...] = (), ocr_cache: Path | None = None,
) -> dict[str, Any]:  # fmt: skip
    """Build the examples, validate leave-one-family-out (if `cv`), train on all, write `out`; -> the card."""
    t0 = time.time()
    examples = build(families, pages, seed, cache, log) if pages else []
    examples += build_browser(list(browser_sets), ocr_cache, log)
    n_blocks = sum(int((np.asarray(e.y) >= 0).sum()) for e in examples)
    log(f"{len(examples)} pages, {n_blocks} labelled blocks ({time.time() - t0:.0f} s)")
    held = leave_one_family_out(examples, rounds, min_prob, log) if cv and len(families) > 1 else {}
    booster = fit(examples, rounds, seed)
    card = export(booster, out, {
        "data": f"generated pages (synth/layout_pages.py): {pages} per family, families {', '.join(families)}, "
                f"seed {seed}; CDLA PicoDet detections + drawn text as OCR lines, assembled by core/assemble.py"
                + (f"; browser-typeset pages (synth/browser_pages.py), the pipeline's OCR lines and detections: "
                   f"{_set_summary(browser_sets)}" if browser_sets else ""),
        "split": "leave-one-family-out (each family scored by a model trained on the others)",
        "seed": seed, "rounds": rounds, "params": PARAMS, "min_prob": min_prob, "held_out": held,
        "train_seconds": round(time.time() - t0, 1),
        "license": "trained only on data the project generates (MIT)",
    })  # fmt: skip
    log(f"wrote {out}/model.onnx ({card['size_bytes'] / 1e3:.0f} kB) in {time.time() - t0:.0f} s")
    return card


# --- the block segmenter (layout/segment.py) ------------------------------------------------------------------------

SEG_PARAMS: dict[str, Any] = {**PARAMS, "num_leaves": 31, "min_data_in_leaf": 20}
SEG_SPLIT, SEG_JOIN = 0.1, 0.9  # cut a rules pair below, join a pair the rules keep apart above (leave-one-family-out)


@dataclass
class SegPage:
    family: str
    blocks: list[Block]  # what the detector + rules gave
    size: tuple[float, float]
    truth: list[dict[str, Any]]
    lines: list[Line]  # the lines of the text-like blocks
    owner: list[int]
    pairs: list[tuple[int, int, int]]
    x: np.ndarray
    y: np.ndarray  # per pair: 1 one true region, 0 two, -1 a line outside every true region


def _region_index(line: Line, truth: list[dict[str, Any]]) -> int:
    """The true region holding most of the line (at least half of it), else -1."""
    x0, y0, x1, y1 = line.bbox
    area = max((x1 - x0) * (y1 - y0), 1.0)
    best, k = 0.0, -1
    for i, r in enumerate(truth):
        a = r["bbox"]
        inter = max(0.0, min(x1, a[2]) - max(x0, a[0])) * max(0.0, min(y1, a[3]) - max(y0, a[1]))
        if inter > best:
            best, k = inter, i
    return k if best >= 0.5 * area else -1


def build_segment_pages(sets: list[Path], cache: Path | None, log: Any = print) -> list[SegPage]:
    """Pair examples from browser-typeset COCO sets: the pipeline's OCR and detections (cached), the rules' blocks,
    each candidate pair of lines labelled by whether one true region holds both."""
    return [_seg_page(fam, blocks, size, truth) for fam, blocks, size, truth in _browser_pages(sets, cache, log)]


def _seg_page(family: str, blocks: list[Block], size: tuple[float, float], truth: list[dict[str, Any]]) -> SegPage:
    pl, owner, pairs, x = seg.page_pairs(blocks)
    idx = [_region_index(ln, truth) for ln in pl]
    y = np.array([-1 if idx[a] < 0 or idx[b] < 0 else int(idx[a] == idx[b]) for a, b, _ in pairs], np.int8)
    return SegPage(family, blocks, size, truth, pl, owner, pairs, x, y)


def build_segment_drawn(
    families: tuple[str, ...], pages: int, seed: int, cache: Path | None, log: Any = print
) -> list[SegPage]:
    """Pair examples from the drawn families (synth/layout_pages.py: forms, invoices, resumes, reports, articles),
    their drawn text as the OCR lines."""
    return [_seg_page(e.family, e.blocks, e.size, e.truth) for e in build(families, pages, seed, cache, log)]


def fit_segmenter(pages: list[SegPage], rounds: int = 150, seed: int = 0, threads: int = 1) -> Any:
    import lightgbm as lgb

    x = np.vstack([p.x for p in pages])
    y = np.concatenate([p.y for p in pages])
    keep = y >= 0
    params = {**SEG_PARAMS, "num_class": 2, "seed": seed, "num_threads": threads}
    return lgb.train(params, lgb.Dataset(x[keep], y[keep]), num_boost_round=rounds)


def segmented(page: SegPage, prob: np.ndarray, split: float = SEG_SPLIT, join: float = SEG_JOIN) -> list[Block]:
    """The page's blocks regrouped by pair probabilities (`prob`: one block), as BlockSegmenter does."""
    if not page.lines:
        return page.blocks
    return seg.regroup(page.blocks, page.lines, page.owner, page.pairs, seg.decide(page.x, prob, split, join))


def _score_blocks(pages: list[SegPage], blocklists: list[list[Block]], refiner: RegionRefiner | None) -> float:
    exs = []
    for p, bl in zip(pages, blocklists, strict=True):
        bl = [b.model_copy() for b in bl]
        if refiner is not None:
            refiner(bl, p.size)
        exs.append(Example(p.family, bl, p.size, p.truth, np.zeros((len(bl), 1), np.float32), [-1] * len(bl)))
    return score(exs, [[str(b.type) for b in e.blocks] for e in exs])["mAP50"]


def segment_lofo(pages: list[SegPage], rounds: int, refiner: RegionRefiner | None, log: Any = print) -> dict[str, Any]:
    """Each family scored (mAP@0.5, after the refiner) with the rules' blocks and with a model trained on the
    other families."""
    out: dict[str, Any] = {}
    for fam in sorted({p.family for p in pages}):
        test = [p for p in pages if p.family == fam]
        booster = fit_segmenter([p for p in pages if p.family != fam], rounds)
        probs = [booster.predict(p.x)[:, 1] if len(p.x) else np.zeros(0) for p in test]
        rules = _score_blocks(test, [p.blocks for p in test], refiner)
        learned = _score_blocks(test, [segmented(p, pr) for p, pr in zip(test, probs, strict=True)], refiner)
        out[fam] = {"pages": len(test), "rules": rules, "segmented": learned}
        log(f"held out {fam}: rules {rules}  segmented {learned}")
    out["mean_mAP50"] = {
        w: round(float(np.mean([v[w] for k, v in out.items() if not k.startswith("mean")])), 4)
        for w in ("rules", "segmented")
    }
    return out


def train_segmenter(
    out: Path, browser_sets: tuple[Path, ...], ocr_cache: Path | None, rounds: int = 150, seed: int = 0,
    cv: bool = True, log: Any = print, pages: int = 0, families: tuple[str, ...] = FAMILIES,
    cache: Path | None = None,
) -> dict[str, Any]:  # fmt: skip
    """Build the pair examples, validate leave-one-family-out (rules + refiner vs segmenter + refiner), train on
    all, write `out` (model.onnx + card.json)."""
    from docsense.core.engine_base import resolve_model

    t0 = time.time()
    data_pages = build_segment_drawn(families, pages, seed, cache, log) if pages else []
    data_pages += build_segment_pages(list(browser_sets), ocr_cache, log)
    y = np.concatenate([p.y for p in data_pages])
    log(f"{len(data_pages)} pages, {int((y >= 0).sum())} labelled pairs, {int((y == 0).sum())} breaks")
    refiner = RegionRefiner(resolve_model("docsense.layout:models/refiner"))
    held = segment_lofo(data_pages, rounds, refiner, log) if cv else {}
    booster = fit_segmenter(data_pages, rounds, seed)
    out.mkdir(parents=True, exist_ok=True)
    data = lightgbm_to_onnx(booster.dump_model(), len(seg.FEATURE_NAMES), {"labels": "apart,same"})
    (out / "model.onnx").write_bytes(data)
    card = {
        "model": "LightGBM two-class pair classifier (one block or not) -> ONNX TreeEnsembleRegressor (softmax)",
        "labels": ["apart", "same"], "features": seg.FEATURE_NAMES, "split_prob": SEG_SPLIT, "join_prob": SEG_JOIN,
        "data": (f"generated pages (synth/layout_pages.py): {pages} per family, families {', '.join(families)}, "
                 f"seed {seed}, drawn text as OCR lines; " if pages else "")
                + f"browser-typeset pages (synth/browser_pages.py), the pipeline's OCR lines and detections, blocks "
                f"of core/assemble.py: {_set_summary(browser_sets)}",
        "split": "leave-one-family-out (each family scored by a model trained on the others), mAP@0.5 after the "
                 "shipped refiner",
        "seed": seed, "rounds": rounds, "params": SEG_PARAMS, "held_out": held,
        "train_seconds": round(time.time() - t0, 1), "size_bytes": len(data),
        "sha256": hashlib.sha256(data).hexdigest(), "license": "trained only on data the project generates (MIT)",
    }  # fmt: skip
    (out / "card.json").write_text(json.dumps(card, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    log(f"wrote {out}/model.onnx ({len(data) / 1e3:.0f} kB) in {time.time() - t0:.0f} s")
    return card


def main(argv: list[str] | None = None) -> int:
    import argparse

    ap = argparse.ArgumentParser(description="Train the layout refiner on generated and browser-typeset pages.")
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--pages", type=int, default=60, help="drawn pages per synth/layout_pages.py family (0: none)")
    ap.add_argument("--families", nargs="*", default=list(FAMILIES))
    ap.add_argument("--browser-sets", nargs="*", type=Path, default=[], help="COCO sets from synth/browser_pages.py")
    ap.add_argument("--ocr-cache", type=Path, default=None, help="folder caching each browser page's OCR")
    ap.add_argument("--cache", type=Path, default=None, help="folder caching the drawn pages' detections")
    ap.add_argument("--rounds", type=int, default=120)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--no-cv", action="store_true")
    ap.add_argument("--segment", action="store_true", help="train the block segmenter (layout/segment.py) instead")
    args = ap.parse_args(argv)
    if args.segment:
        train_segmenter(args.out, tuple(args.browser_sets), args.ocr_cache, 150, args.seed, not args.no_cv,
                        pages=args.pages, families=tuple(args.families), cache=args.cache)  # fmt: skip
        return 0
    train(args.out, args.pages, tuple(args.families), args.rounds, args.seed, not args.no_cv, args.cache,
          browser_sets=tuple(args.browser_sets), ocr_cache=args.ocr_cache)  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
