"""`docsense train kv`: train the learned key-value stage (entity labels + key -> value linker), export to ONNX.

Training forms come from two sources:
- generated forms (`synth/kv_forms.py`: letters, faxes, applications, questionnaires, checklists, tables,
  resumes; zh/en), read as the OCR would read them (`simulate_ocr`), so they cost no OCR time;
- labelled forms: FUNSD annotation folders (`annotations/*.json` + `images/`) or FUNSD-shaped JSONL (what the
  UI's kv corrections save: `{"filename", "entities": [{"id","text","box","label"}], "links": [[k, v]]}`, images
  relative to the JSONL's folder). Their pages are read once with docsense's own pipeline and cached.

Each form's OCR segments (`kie.kv` cuts) are matched to the gold entities (the gold box covering most of a
segment), giving a label per segment and a 0/1 target per candidate pair. The linker is trained on label
probabilities predicted out of fold (3 folds), as it sees them at run time. Both LightGBM models go to ONNX
(onnxmltools) with `card.json`: data, split, seed, held-out scores, license, sha256.
"""

from __future__ import annotations

import hashlib
import json
import random
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from docsense.core.config import KvSettings, Settings
from docsense.core.document import Document, Page
from docsense.core.errors import InputError
from docsense.eval.kv import overall, read_gt, score_form
from docsense.kie.kv import WRAP_CUES, KeyValueExtractor, Seg, _upright
from docsense.kie.kv_link import (
    LABELS,
    N_ENTITY,
    N_LEX,
    N_MERGE,
    N_SPLIT,
    N_STACK,
    KvModel,
    build_lexicon,
    candidates,
    lexicon_features,
    n_pair,
    pair_features,
    split_features,
)
from docsense.synth.kv_forms import FAMILIES, detector_boxes, make_sheet, simulate_ocr

# Smaller leaves seen by more rows: generated forms are easy to fit exactly, and a model fitted that closely reads
# real forms worse (FUNSD 149, never trained on: 31 leaves / 10 rows 0.394 -> 15 / 60 0.405, training seed 0; 0.383
# -> 0.406, seed 1; FUNSD-trained 5 folds 0.453 -> 0.454; docs/kv.md).
ENTITY_PARAMS = {"n_estimators": 200, "learning_rate": 0.08, "num_leaves": 15, "min_child_samples": 60}
MERGE_PARAMS = {"n_estimators": 150, "learning_rate": 0.08, "num_leaves": 31, "min_child_samples": 10}
LINK_PARAMS = {"n_estimators": 250, "learning_rate": 0.08, "num_leaves": 15, "min_child_samples": 60}
# The grouping model joins two fragments at run time only at P >= 0.8 (a wrong join loses two entities); trained on
# FUNSD folds 0-1 it scored 0.428 / 0.456 without it, 0.418 / 0.461 at 0.5, 0.432 / 0.462 at 0.8, 0.433 / 0.459 at 0.9.
MERGE_THRESHOLD = 0.8
# The learned segmenter's cut and join bars (`train(cutting=True)`), chosen on FUNSD folds 0-1 by segment F1
# (docs/kv.md, tenth pass).
CUT_THRESHOLD = 0.5
# The stacking check (trained with labelled forms) lets the rules stack a line only at P(one entity) >= 0.2: chosen
# on FUNSD folds 0-1 from 0.2 / 0.35 / 0.5 (docs/kv.md, eighteenth pass).
STACK_THRESHOLD = 0.2
JOIN_THRESHOLD = 0.5


@dataclass
class Form:
    """One labelled page: FUNSD-shaped gold, and where its image is (None for generated forms)."""

    gold: dict[str, Any]
    image: Path | None
    doc: Document | None = None


@dataclass
class Merges:
    x: np.ndarray  # fragment-pair features
    y: np.ndarray  # 1 where both fragments belong to one gold entity


@dataclass
class Prepared:
    gold: dict[str, Any]
    segs: list[Seg]
    width: float
    height: float
    x: np.ndarray  # entity features
    y: np.ndarray  # label index per segment
    rule_links: set[tuple[int, int]]
    cands: list[tuple[int, int]]
    y_link: np.ndarray


# --- reading labelled forms ---


def read_funsd_folder(folder: Path) -> list[Form]:
    """FUNSD's own format: annotations/<id>.json (`form: [{id, text, box, label, linking}]`) + images/<id>.png."""
    out = []
    for ann in sorted((folder / "annotations").glob("*.json")):
        form = json.loads(ann.read_text(encoding="utf-8"))["form"]
        labels = {e["id"]: e["label"] for e in form}
        links = sorted(
            {(a, b) for e in form for a, b in e.get("linking", []) if (labels[a], labels[b]) == ("question", "answer")}
        )
        images = sorted((folder / "images").glob(ann.stem + ".*"))
        if not images:
            raise InputError(f"{ann}: no image {ann.stem}.* in {folder / 'images'}")
        gold = {
            "filename": images[0].name,
            "entities": [{k: e[k] for k in ("id", "text", "box", "label")} for e in form],
            "links": [list(pair) for pair in links],
        }
        out.append(Form(gold, images[0]))
    return out


def read_jsonl(path: Path, images: Path | None = None) -> list[Form]:
    """FUNSD-shaped JSONL (`docsense eval kv --gt`, UI corrections); images relative to `images` or the file."""
    from docsense.eval.datasets import find_image

    root = images or path.parent
    out = []
    for n, gold in enumerate(read_gt(path)):
        if not isinstance(gold.get("entities"), list) or not isinstance(gold.get("links"), list):
            raise InputError(f"{path}:{n + 1}: needs entities and links (FUNSD's shape)")
        image = find_image(root, gold.get("filename", ""))
        if image is None:
            raise InputError(f"{path}:{n + 1}: image {gold.get('filename')!r} not found under {root}")
        out.append(Form(gold, image))
    return out


def read_data(path: Path, images: Path | None = None) -> list[Form]:
    if path.is_dir() and (path / "annotations").is_dir():
        return read_funsd_folder(path)
    if path.is_file():
        return read_jsonl(path, images)
    if path.is_dir() and (path / "gt.jsonl").is_file():
        return read_jsonl(path / "gt.jsonl", images)
    raise InputError(f"{path}: neither a FUNSD folder (annotations/, images/) nor a JSONL file")


def read_pages(forms: list[Form], settings: Settings, cache: Path | None, log: Callable[[str], None]) -> None:
    """Fill `form.doc` with the pipeline's reading of each image, cached by the image's sha256."""
    pipeline = None
    for n, form in enumerate(forms):
        if form.image is None or form.doc is not None:
            continue
        digest = hashlib.sha256(form.image.read_bytes()).hexdigest()[:16]
        hit = cache / f"{form.image.stem}-{digest}.json" if cache else None
        if hit is not None and hit.is_file():
            form.doc = Document.model_validate_json(hit.read_text(encoding="utf-8"))
            continue
        if pipeline is None:
            from docsense.app.pipeline import Pipeline

            pipeline = Pipeline(settings)
        form.doc = pipeline.parse_file(form.image).document
        if hit is not None:
            hit.parent.mkdir(parents=True, exist_ok=True)
            hit.write_text(form.doc.model_dump_json(), encoding="utf-8")
        log(f"read {n + 1}/{len(forms)} {form.image.name}")


def generated_forms(
    n: int,
    seed: int,
    families: Iterable[str] = FAMILIES,
    pad: bool = False,
    dense: float = 0.0,
    more: Iterable[str] = (),
) -> list[Form]:
    """`n` generated forms cycling families, one zh for three en, each read by `simulate_ocr` (with `pad`, from
    detector-tall boxes: `detector_boxes`); a share `dense` of them with a block of wrapped, stacked entities;
    `more`: the generator's opt-in blocks (`MORE_BLOCKS`: signature lines, key-column tables, far values)."""
    more = tuple(more)
    fams = list(families)
    out = []
    for i in range(n):
        family = fams[i % len(fams)]
        lang = "zh" if (i // len(fams)) % 4 == 0 else "en"
        sheet = make_sheet(seed + i, family, lang, dense=random.Random(seed + i).random() < dense, more=more)
        if pad:
            sheet = detector_boxes(sheet, seed + i)
        out.append(Form(sheet.gt(f"{family}-{lang}-{seed + i}"), None, simulate_ocr(sheet, seed + i)))
    return out


# --- segments, alignment, features ---


def _inter(a: Any, b: Any) -> float:
    return max(0.0, min(a[2], b[2]) - max(a[0], b[0])) * max(0.0, min(a[3], b[3]) - max(a[1], b[1]))


def align(boxes: list[Any], gold: dict[str, Any], min_cover: float = 0.3) -> list[int | None]:
    """The gold entity covering most of each box (at least `min_cover` of it), or None."""
    ents = [e for e in gold["entities"] if str(e.get("text", "")).strip()]
    out: list[int | None] = []
    for b in boxes:
        area = max((b[2] - b[0]) * (b[3] - b[1]), 1.0)
        best, best_cover = None, min_cover
        for e in ents:
            cover = _inter(b, e["box"]) / area
            if cover > best_cover:
                best, best_cover = e["id"], cover
        out.append(best)
    return out


def split_rows(form: Form, rules: KeyValueExtractor) -> Merges:
    """Training rows of the in-line cut model: every boundary between two words that gold entities cover, 1 where
    they belong to different gold entities."""
    if form.doc is None or not form.doc.pages:
        raise InputError(f"{form.gold.get('filename')}: no page read")
    page, back = _upright(form.doc.pages[0])
    xs, ys = [], []
    for block in page.blocks:
        for line in block.lines:
            words = rules.line_words(line)
            if line.vertical or len(words) < 2:
                continue
            h = max(line.bbox[3] - line.bbox[1], 1.0)
            at, x = split_features(words, h, rules.rule_cuts(words, h))
            ids = align([back(w.bbox) for w in words], form.gold, min_cover=0.5)
            # A word no gold entity covers (a stray mark, a box the annotators left out) says nothing either way.
            known = [k for k, i in enumerate(at) if ids[i - 1] is not None and ids[i] is not None]
            xs.append(x[known])
            ys += [int(ids[at[k] - 1] != ids[at[k]]) for k in known]
    return Merges(np.vstack(xs) if xs else np.zeros((0, N_SPLIT), np.float32), np.asarray(ys, np.int64))


def stack_rows(form: Form, rules: KeyValueExtractor) -> Merges:
    """Training rows of the stacking check: every line the rules stack under a text (`_merge_stacked`), 1 where it
    and the line above it belong to one gold entity (lines no gold entity covers say nothing)."""
    if form.doc is None or not form.doc.pages:
        raise InputError(f"{form.gold.get('filename')}: no page read")
    page, back = _upright(form.doc.pages[0])
    check, rules.stack_check, rules.stack_log = rules.stack_check, None, []
    try:
        rules.segments(page)
        log = rules.stack_log
    finally:
        rules.stack_check, rules.stack_log = check, None
    upper = align([back(a.bbox) for a, _, _ in log], form.gold)
    lower = align([back(b.bbox) for _, b, _ in log], form.gold)
    known = [k for k in range(len(log)) if upper[k] is not None and lower[k] is not None]
    x = np.vstack([log[k][2] for k in known]) if known else np.zeros((0, N_STACK), np.float32)
    return Merges(x, np.asarray([int(upper[k] == lower[k]) for k in known], np.int64))


def _fit_stack(rows: list[Merges], seed: int) -> Any:
    """The stacking check, or None where the rows are too few to fit one (fewer than 20, or one class only)."""
    y = np.concatenate([r.y for r in rows]) if rows else np.zeros(0, np.int64)
    return fit_merge(rows, seed) if len(y) >= 20 and 0 < y.sum() < len(y) else None


def _stack_check(model: Any) -> Callable[[np.ndarray], float] | None:
    """What `KvModel.stack_prob` does with the exported model, with the fitted one (None: no check)."""
    if model is None:
        return None
    return lambda x: float(_full_proba(model, x[None, :], 2)[0, 1])


def _cutter(
    model: Any, threshold: float = 0.5, mode: str = "replace"
) -> Callable[[list[Any], float, set[int]], set[int]]:
    """What `KvModel.cuts` does with the exported model, with the fitted one."""

    def cuts(words: list[Any], h: float, rule_cuts: set[int]) -> set[int]:
        at, x = split_features(words, h, rule_cuts)
        if not at:
            return set(rule_cuts)
        p = _full_proba(model, x, 2)[:, 1]
        boxes = {i for i in at if x[i - 1, 4] > 0}
        kept = set(rule_cuts) if mode == "add" else set()
        return {i for i, prob in zip(at, p, strict=True) if prob >= threshold} | boxes | kept

    return cuts


def fragments(form: Form, rules: KeyValueExtractor) -> tuple[Page, list[Seg], list[int | None], Merges]:
    """The rules' segments of the form's first page, their gold entity, and the grouping model's training rows."""
    if form.doc is None or not form.doc.pages:
        raise InputError(f"{form.gold.get('filename')}: no page read")
    page, back = _upright(form.doc.pages[0])
    segs = rules.segments(page)
    ids = align([back(s.bbox) for s in segs], form.gold)
    cands, x = rules.merge_inputs(segs)
    y = np.array([int(ids[i] is not None and ids[i] == ids[j]) for i, j in cands], np.int64)
    if not rules.stacking:
        # The learned segmenter: a fragment no gold entity covers says nothing about joining.
        known = [k for k, (i, j) in enumerate(cands) if ids[i] is not None and ids[j] is not None]
        x, y = x[known], y[known]
    return page, segs, ids, Merges(x, y)


def prepare(
    form: Form, rules: KeyValueExtractor, merge: Any = None, threshold: float = 0.5, above: bool = False
) -> Prepared:
    """Segments (joined by the grouping model when given), labels and link targets, and their features."""
    page, segs, _, _ = fragments(form, rules)
    if merge is not None:
        segs = rules.merge(segs, lambda x: _full_proba(merge, x, 2)[:, 1], threshold)
    _, back = _upright(form.doc.pages[0])  # type: ignore[union-attr] # checked by fragments
    ids = align([back(s.bbox) for s in segs], form.gold)
    label_of = {e["id"]: e["label"] for e in form.gold["entities"]}
    y = np.array([LABELS.index(label_of[g]) if g is not None else LABELS.index("other") for g in ids], np.int64)
    x, rule_links = rules.features(segs, page.width, page.height)
    cands = candidates(segs, above=above)
    gold_links = {(a, b) for a, b in form.gold["links"]}
    y_link = np.array([int(ids[i] is not None and (ids[i], ids[j]) in gold_links) for i, j in cands], np.int64)
    return Prepared(form.gold, segs, page.width, page.height, x, y, rule_links, cands, y_link)


# --- fitting ---


def _lgbm(params: dict[str, Any], seed: int) -> Any:
    import lightgbm as lgb

    return lgb.LGBMClassifier(
        **params, subsample=0.8, subsample_freq=1, colsample_bytree=0.8, random_state=seed, n_jobs=1, verbose=-1
    )


def _pairs_x(p: Prepared, x: np.ndarray, lab_p: np.ndarray, lexicon: bool = False) -> np.ndarray:
    return pair_features(p.segs, p.cands, x, lab_p, p.width, p.height, p.rule_links, lexicon)


def _lexicon(items: list[Prepared]) -> dict[str, Any]:
    return build_lexicon([s.text for p in items for s in p.segs], [int(y) for p in items for y in p.y])


def lexicon_oof(items: list[Prepared], seed: int = 0, folds: int = 5) -> tuple[list[np.ndarray], dict[str, Any]]:
    """Each form's lexicon columns from a lexicon of the other folds' forms (a word the form alone prints is
    unknown to it, as an unseen form's words are at run time), and the lexicon of all forms for export."""
    order = list(range(len(items)))
    random.Random(seed + 1).shuffle(order)
    out: list[np.ndarray] = [np.zeros((0, N_LEX), np.float32)] * len(items)
    for f in range(folds):
        held = set(order[f::folds])
        lex = _lexicon([items[i] for i in order if i not in held])
        for i in held:
            out[i] = lexicon_features(items[i].segs, lex)
    return out, _lexicon(items)


def fit(
    items: list[Prepared], seed: int = 0, folds: int = 3, lexicon: bool = False
) -> tuple[Any, Any, dict[str, Any] | None]:
    """The entity labeller, the linker trained on out-of-fold label probabilities, and (with `lexicon`) the word
    lexicon whose columns both read."""
    xs = [p.x for p in items]
    lex = None
    if lexicon:
        cols, lex = lexicon_oof(items, seed)
        xs = [np.hstack([x, c]) for x, c in zip(xs, cols, strict=True)]
    ys = [p.y for p in items]
    entity = _lgbm(ENTITY_PARAMS, seed).fit(np.vstack(xs), np.concatenate(ys))
    order = list(range(len(items)))
    random.Random(seed).shuffle(order)
    oof: list[np.ndarray] = [np.zeros((0, len(LABELS)))] * len(items)
    for f in range(folds):
        held = set(order[f::folds])
        rest = [i for i in order if i not in held]
        m = _lgbm(ENTITY_PARAMS, seed).fit(np.vstack([xs[i] for i in rest]), np.concatenate([ys[i] for i in rest]))
        for i in held:
            oof[i] = _full_proba(m, xs[i])
    xp = np.vstack([_pairs_x(p, x, oof[i], lexicon) for i, (p, x) in enumerate(zip(items, xs, strict=True))])
    yp = np.concatenate([p.y_link for p in items])
    link = _lgbm(LINK_PARAMS, seed).fit(xp, yp)
    return entity, link, lex


def fit_merge(rows: list[Merges], seed: int = 0) -> Any:
    """A binary model over pair rows: the grouping model (are two fragments one entity?) and the cut model."""
    x = np.vstack([r.x for r in rows if len(r.x)])
    y = np.concatenate([r.y for r in rows if len(r.x)])
    if y.min() == y.max():
        raise InputError("the training forms give only one class for a cut / grouping model")
    return _lgbm(MERGE_PARAMS, seed).fit(x, y)


def _full_proba(model: Any, x: np.ndarray, n: int = len(LABELS)) -> np.ndarray:
    """predict_proba with a column for every class, even those missing from the training data."""
    out = np.zeros((len(x), n), np.float32)
    if len(x):
        out[:, model.classes_] = model.predict_proba(x)
    return out


# --- export ---


def export(
    entity: Any,
    link: Any,
    merge: Any,
    split: Any,
    out: Path,
    card: dict[str, Any],
    lexicon: dict[str, Any] | None = None,
    stack: Any = None,
    members: list[tuple[Any, Any]] | None = None,
) -> Path:
    from onnxmltools import convert_lightgbm
    from onnxmltools.convert.common.data_types import FloatTensorType

    if len(entity.classes_) != len(LABELS):
        raise InputError(f"the training data lacks some labels: has {[LABELS[c] for c in entity.classes_]}")
    out.mkdir(parents=True, exist_ok=True)
    shas = {}
    n_ent = N_ENTITY + (N_LEX if lexicon is not None else 0)
    if lexicon is not None:
        data = (json.dumps(lexicon, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")
        (out / "lexicon.json").write_bytes(data)
        shas["lexicon.json"] = hashlib.sha256(data).hexdigest()
    else:
        (out / "lexicon.json").unlink(missing_ok=True)
    models: list[tuple[str, Any, int]] = [
        ("entity", entity, n_ent),
        ("link", link, n_pair(lexicon is not None)),
        ("merge", merge, N_MERGE),
        ("split", split, N_SPLIT),
        ("stack", stack, N_STACK),
    ]
    # A bag's further members (`train(bag=K)`): entity_1.onnx / link_1.onnx ..., averaged at run time (card `members`).
    extra = members or []
    for k, (e, lk) in enumerate(extra, 1):
        models += [(f"entity_{k}", e, n_ent), (f"link_{k}", lk, n_pair(lexicon is not None))]
    for stale in out.glob("*_[0-9]*.onnx"):
        stale.unlink()
    for name, model, n in models:
        if model is None:
            continue
        onx = convert_lightgbm(model, initial_types=[("x", FloatTensorType([None, n]))], zipmap=False, target_opset=15)
        _round_thresholds_down(onx, model)
        data = onx.SerializeToString()
        (out / f"{name}.onnx").write_bytes(data)
        shas[f"{name}.onnx"] = hashlib.sha256(data).hexdigest()
    card = {
        **card,
        "files": shas,
        "features": {
            "entity": n_ent,
            "pair": n_pair(lexicon is not None),
            "merge": N_MERGE,
            "split": N_SPLIT,
            "stack": N_STACK,
        }
        | ({"lexicon": N_LEX} if lexicon is not None else {}),
        "labels": list(LABELS),
    }
    if extra:
        card["members"] = [["entity.onnx", "link.onnx"]] + [
            [f"entity_{k}.onnx", f"link_{k}.onnx"] for k in range(1, len(extra) + 1)
        ]
    (out / "card.json").write_text(json.dumps(card, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return out


def _round_thresholds_down(onx: Any, model: Any) -> None:
    """ONNX trees keep float32 thresholds, rounded to the nearest: a LightGBM (double) threshold t that rounds up
    sends a float32 input equal to the rounded value the other way. Use the largest float32 <= t instead, so every
    float32 input takes LightGBM's branch."""
    exact: dict[tuple[int, float], float] = {}  # (feature, float32 threshold) -> LightGBM's double threshold

    def walk(node: dict[str, Any]) -> None:
        if "split_feature" in node:
            t = float(node["threshold"])
            exact[(int(node["split_feature"]), float(np.float32(t)))] = t
            walk(node["left_child"])
            walk(node["right_child"])

    for tree in model.booster_.dump_model()["tree_info"]:
        walk(tree["tree_structure"])
    for node in onx.graph.node:
        if node.op_type != "TreeEnsembleClassifier":
            continue
        attrs = {a.name: a for a in node.attribute}
        feats, values = attrs["nodes_featureids"].ints, attrs["nodes_values"].floats
        for k, v in enumerate(values):
            t = exact.get((feats[k], float(np.float32(v))))
            if t is not None and float(np.float32(v)) > t:
                values[k] = float(np.nextafter(np.float32(v), np.float32(-np.inf)))


def score(model: KvModel, rules: KeyValueExtractor, items: list[Prepared]) -> dict[str, Any]:
    """`docsense eval kv`'s scores of the exported model on prepared (already read) forms."""
    rows = []
    for p in items:
        segs = [s.unlinked() for s in p.segs]
        links = rules.learned_link(model, segs, p.width, p.height)
        rows.append(
            score_form(
                p.gold,
                [(segs[i].text, segs[j].text) for i, j, _ in links],
                [(s.text, s.bbox, s.label) for s in segs],
            )
        )
    return overall(rows)


def train(
    data: list[Path],
    out: Path,
    synthetic: int = 1400,
    seed: int = 0,
    holdout: list[Path] | None = None,
    exclude: set[str] | None = None,
    cache: Path | None = None,
    settings: Settings | None = None,
    families: Iterable[str] = FAMILIES,
    grouping: bool | None = None,
    cutting: bool = False,
    cut_mode: str = "add",
    stacking: bool = False,
    pad: bool = False,
    dense: float = 0.0,
    lexicon: bool | None = None,
    stack: bool | None = None,
    above: bool = False,
    more: Iterable[str] = (),
    key_joins: Iterable[str] = (),
    bag: int = 1,
    log: Callable[[str], None] = print,
) -> dict[str, Any]:
    """Train on `synthetic` generated forms + the labelled forms in `data` (minus `exclude` stems), score on the
    `holdout` sets (never trained on), export to `out`; returns the model card. `above`: values just above their
    key (signature lines) are link candidates too (card `above_candidates`); `more`: the generator's opt-in blocks
    (`MORE_BLOCKS`). Both off for the shipped model (eleventh pass: no gain on FUNSD, docs/kv.md). `key_joins`: cues
    of the wrapped-key joiner (`kie.kv.WRAP_CUES`; card `key_joins`), off by default (twelfth pass). `stack`: the
    check on the rules' stacking (`stack.onnx`; default: with labelled forms, eighteenth pass). `bag`: K entity and
    link models, member k trained with seed `seed + k * synthetic` (`seed + k` without generated forms) on its own
    generated forms and the same labelled forms, averaged at run time (card `members`; twentieth pass); the members
    share member 0's segmentation (grouping, stacking, cut models) and lexicon."""
    t0 = time.time()
    if bag < 1:
        raise InputError(f"a bag needs at least one member, not {bag}")
    settings = settings or Settings()
    kv_cfg: KvSettings = settings.kie.kv.model_copy(update={"method": "rules"})  # segments and rule links
    rules = KeyValueExtractor(kv_cfg)
    held_sets = {_display(h): read_data(h) for h in holdout or []}
    held_forms = [f for forms_h in held_sets.values() for f in forms_h]
    held_stems = {Path(f.gold["filename"]).stem for f in held_forms}
    labelled = [f for d in data for f in read_data(d)]
    # Wrapped keys joined before labelling with these cues (`WRAP_CUES`), in training as the card makes it at run
    # time. Opt-in: FUNSD-trained they raised the deciding folds but not the other three, and the generated-only
    # default read FUNSD worse with them (docs/kv.md, twelfth pass).
    key_joins = tuple(key_joins)
    if set(key_joins) - set(WRAP_CUES):
        raise InputError(f"unknown key-join cues {sorted(set(key_joins) - set(WRAP_CUES))} (of {', '.join(WRAP_CUES)})")
    rules.join_keys = key_joins
    dropped = {Path(f.gold["filename"]).stem for f in labelled} & (held_stems | (exclude or set()))
    labelled = [f for f in labelled if Path(f.gold["filename"]).stem not in dropped]
    read_pages(labelled + held_forms, settings, cache, log)
    fams = list(families)
    more = sorted(more)
    forms = labelled + generated_forms(synthetic, seed, fams, pad=pad, dense=dense, more=more)
    if not forms:
        raise InputError("nothing to train on: give --data or --synthetic > 0")
    # The stacking check: how labelled forms draw stacked lines (one wrapped entity, or a key's values, a list,
    # cells under each other) is learnt from them, so by default it is trained only when they are given; FUNSD-trained
    # it raised the deciding folds 0.5017 -> 0.5126 (level at a second training seed; docs/kv.md, eighteenth pass).
    if stack is None:
        stack = bool(labelled)
    checks: dict[int, Callable[[np.ndarray], float] | None] = {}
    rows = [stack_rows(f, rules) for f in labelled] if stack else []
    stacker = _fit_stack(rows, seed)
    if stacker is not None:
        rules.stack_threshold = STACK_THRESHOLD
        # Each labelled form is stacked in training by a check fitted on the other forms (3 folds), as an unseen
        # form is at run time: fitted on the form itself it would stack it near perfectly (a fold too small to fit
        # one leaves its forms to the rules).
        order = list(range(len(labelled)))
        random.Random(seed + 2).shuffle(order)
        for f in range(3):
            part = set(order[f::3])
            m = _fit_stack([rows[i] for i in order if i not in part], seed)
            for i in part:
                checks[id(labelled[i])] = _stack_check(m)
        rules.stack_check = _stack_check(stacker)
    # The learned segmenter (`cutting`): a cut model over every boundary of an OCR line (the rules' cuts are one of
    # its inputs; `cut_mode` "add" keeps them, "replace" lets the model drop them, "none" trains no cut model) and a
    # join model over neighbouring fragments that replaces the rules' stacking of paragraph lines (`stacking`
    # False). Trained only when asked: on FUNSD it reproduces a few more gold entities but links no better; trained
    # on generated forms its cut model cuts FUNSD worse (docs/kv.md, tenth pass).
    split = None
    if cutting:
        rules.stacking = stacking
        if cut_mode != "none":  # "none": the rules' cuts, the learned joins only
            split = fit_merge([split_rows(f, rules) for f in forms], seed)
            rules.splitter = _cutter(split, CUT_THRESHOLD, cut_mode)
        grouping = True
    # The grouping model (two fragments, one entity?) learns how labelled forms draw their entities; trained on
    # generated forms it joins FUNSD's stacked lists and lowers link F1 (docs/kv.md, fifth pass), so by default it
    # is trained only when labelled forms are given.
    if grouping is None:
        grouping = bool(labelled)

    def stacked(f: Form) -> KeyValueExtractor:
        rules.stack_check = checks.get(id(f), _stack_check(stacker))
        return rules

    merge = fit_merge([fragments(f, stacked(f))[3] for f in forms], seed) if grouping else None
    join_at = JOIN_THRESHOLD if cutting and not stacking else MERGE_THRESHOLD
    items = [prepare(f, stacked(f), merge, join_at, above) for f in forms]
    rules.stack_check = _stack_check(stacker)  # held-out forms are stacked as at run time
    log(f"prepared {len(items)} forms ({len(labelled)} labelled, {synthetic} generated) in {time.time() - t0:.0f} s")
    # Word identity (a lexicon of the training forms' words): on FUNSD-trained models a little better on the
    # deciding folds (docs/kv.md, eighth pass); learned from generated forms it reads FUNSD no better, so by default
    # only with labelled forms, like the grouping model.
    if lexicon is None:
        lexicon = bool(labelled)
    entity, link, lex = fit(items, seed, lexicon=lexicon)
    seeds = [seed + k * max(synthetic, 1) for k in range(bag)]
    members = []
    for k in range(1, bag):
        # Member k: the same labelled forms, its own generated ones (a new seed), its own tree seed.
        gen = generated_forms(synthetic, seeds[k], fams, pad=pad, dense=dense, more=more)
        items_k = items[: len(labelled)] + [prepare(f, stacked(f), merge, join_at, above) for f in gen]
        e_k, l_k, _ = fit(items_k, seeds[k], lexicon=lexicon)
        members.append((e_k, l_k))
        log(f"bag member {k + 1}/{bag} (seed {seeds[k]}) in {time.time() - t0:.0f} s")
    card: dict[str, Any] = {
        "model": "docsense kv: LightGBM entity labeller + pairwise key->value linker (ONNX)",
        "trained_on": {
            "generated_forms": synthetic,
            "families": fams,
            "detector_boxes": pad,
            "dense_share": dense,
            **({"more_blocks": more} if more else {}),
            "labelled": [str(d) for d in data],
            "labelled_forms": len(labelled),
            "excluded": sorted(dropped),
        },
        "seed": seed,
        **({"bag": {"members": bag, "seeds": seeds}} if bag > 1 else {}),
        "models": {"cut": cutting, "grouping": grouping, "lexicon": lexicon, "stack": stacker is not None},
        "params": {"entity": ENTITY_PARAMS, "link": LINK_PARAMS, "merge": MERGE_PARAMS, "min_link": kv_cfg.min_link},
        **({"merge_threshold": join_at} if grouping else {}),
        **({"stack_threshold": STACK_THRESHOLD} if stacker is not None else {}),
        **({"above_candidates": True} if above else {}),
        **({"key_joins": list(key_joins)} if key_joins else {}),
        # Trained on labelled forms, the linker finds real forms' pairs itself: the rules' fill-in links
        # (`kv.add_rule_links`) lowered the FUNSD-trained 5 folds 0.483 -> 0.462 (docs/kv.md, seventeenth pass).
        **({"rule_links": False} if labelled else {}),
        **({"rule_stacking": stacking, "cut_threshold": CUT_THRESHOLD, "cut_mode": cut_mode} if cutting else {}),
        "license": "Apache-2.0 (generated data only)"
        if not labelled
        else "trained on user-supplied labelled forms: their license applies",
    }
    export(entity, link, merge, split, out, card, lex, stacker, members)
    model = KvModel(str(out), settings.engine)
    held: dict[str, Any] = {}
    for name, forms_h in held_sets.items():
        held[name] = _summary(score(model, rules, [prepare(f, rules, above=above) for f in forms_h]))
    card["held_out"] = held
    card["train_seconds"] = round(time.time() - t0, 1)
    (out / "card.json").write_text(
        json.dumps({**json.loads((out / "card.json").read_text()), **card}, indent=2, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    return json.loads((out / "card.json").read_text(encoding="utf-8"))


def _display(path: Path) -> str:
    """A holdout's name in the card: relative to the working folder where it lies below it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def _summary(result: dict[str, Any]) -> dict[str, Any]:
    r = {
        part: {k: round(v, 4) if isinstance(v, float) else v for k, v in result[part].items()}
        for part in ("links", "entities")
    }
    return {**r, "forms": result["forms"]}


__all__ = ["export", "fit", "generated_forms", "prepare", "read_data", "score", "train"]
