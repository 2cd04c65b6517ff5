"""`docsense train kie`: the line tagger (`kie/tagger.py`) for one template, trained with LightGBM and exported
to ONNX (`train/onnx_trees.py`), with its model card.

Training documents, each a page of lines with a label per line (a field name or `O`):
- generated receipts (`synth/receipts.py`, ten shop families): what the shipped model is trained on;
- SROIE-shaped folders (`gt.jsonl` + `boxes/<id>.csv`): the printed lines with their boxes, labelled by matching
  the ground-truth values (research data: a model trained on it is for its user, never a shipped default);
- UI corrections (JSONL written by `docsense ui`, one record per OCR line with `spans` and `bbox`).

Validation splits by group: by company for receipts, by layout family for generated pages, so a score is never
measured on a shop or a layout the model saw.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import time
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from docsense.core.document import Block, Document, Line, Page, union_bbox
from docsense.kie import normalize as nz
from docsense.kie.tagger import FEATURE_NAMES, all_money, decode, line_features
from docsense.kie.view import TLine, View

from .onnx_trees import lightgbm_to_onnx

RECEIPT_KINDS = {"company": "text", "address": "address", "date": "date", "total": "money"}
PARAMS = {
    "objective": "multiclass", "learning_rate": 0.1, "num_leaves": 15, "min_data_in_leaf": 10,
    "feature_fraction": 0.8, "bagging_fraction": 0.8, "bagging_freq": 1, "lambda_l2": 1.0, "verbose": -1,
}  # fmt: skip


@dataclass
class Example:
    """One page: its lines (reading order), features, labels, the group it is split by and its ground truth."""

    name: str
    lines: list[TLine]
    x: np.ndarray
    y: list[str]
    group: str
    gt: dict[str, Any]


def alnum(s: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKC", s).casefold() if ch.isalnum())


def company_group(company: str) -> str:
    """Receipts of one chain share a group (its name's first letters): they are split together."""
    return alnum(company)[:10] or "?"


def label_lines(lines: list[TLine], gt: dict[str, Any], kinds: dict[str, str]) -> list[str]:
    """A line is a text field's when its letters and digits are a part of the value's (and not a tiny part) or
    hold all of it and little else (a name with its registration number), a date field's when it holds that date,
    a money field's when its last amount is that amount."""
    want = {k: alnum(str(gt.get(k) or "")) for k in kinds}
    dates: dict[str, str] = {}
    money: dict[str, str] = {}
    for k, kind in kinds.items():
        if kind == "date" and gt.get(k):
            dates[k] = (nz.find_date(str(gt[k])) or ("", ""))[1]
        elif kind == "money" and gt.get(k):
            got = all_money(str(gt[k]))
            money[k] = got[-1][1] if got else ""
    out = []
    for t in lines:
        a = alnum(t.text)
        lab = "O"
        for k, kind in kinds.items():
            if kind == "date":
                got = nz.find_date(t.text) if dates.get(k) else None
                hit = bool(got and got[1] == dates[k])
            elif kind == "money":
                amounts = all_money(t.text) if money.get(k) else []
                hit = bool(amounts and amounts[-1][1] == money[k])
            else:
                w = want[k]
                part = len(a) >= 3 and a in w and (len(a) >= 0.25 * len(w) or len(a) >= 6)
                hit = bool(w) and (part or (len(w) >= 6 and w in a and len(w) >= 0.5 * len(a)))  # + a reg. no.
            if hit:
                lab = k
                break
        out.append(lab)
    # OCR cuts a printed line into boxes (`SWC` `ENTERPRISE` `SDN` `BHD`): a short piece of a text value on the row
    # of a line labelled with it is that field's too
    for i, t in enumerate(lines):
        a = alnum(t.text)
        if out[i] != "O" or len(a) < 2:
            continue
        for k, kind in kinds.items():
            mates = [out[j] for j, u in enumerate(lines) if u.row == t.row and j != i]
            if kind in ("text", "address") and want[k] and a in want[k] and k in mates:
                out[i] = k
                break
    return out


def _document(rows: Iterable[tuple[str, tuple[float, float, float, float]]], source: str) -> Document:
    lines = []
    for text, b in rows:
        poly = [(b[0], b[1]), (b[2], b[1]), (b[2], b[3]), (b[0], b[3])]
        lines.append(Line(text=text, bbox=b, polygon=poly, score=0.99))
    bb = union_bbox([ln.bbox for ln in lines])
    page = Page(index=0, width=int(bb[2]) + 10, height=int(bb[3]) + 10, blocks=[])
    if lines:
        page.blocks.append(Block(type="text", bbox=bb, lines=lines))
    return Document(source=source, pages=[page])


def boxes_document(csv_path: Path) -> Document:
    """SROIE's line boxes (`x1,y1,...,x4,y4,text` per row; the text may hold commas) as a Document."""
    rows = []
    for row in csv_path.read_text(encoding="utf-8", errors="replace").splitlines():
        parts = row.split(",", 8)
        if len(parts) < 9 or not parts[8].strip():
            continue
        try:
            xy = [float(v) for v in parts[:8]]
        except ValueError:
            continue
        rows.append((parts[8].strip(), (min(xy[0::2]), min(xy[1::2]), max(xy[0::2]), max(xy[1::2]))))
    return _document(rows, csv_path.name)


def example(name: str, document: Document, gt: dict[str, Any], group: str, kinds: dict[str, str]) -> Example:
    lines, x = line_features(View(document))
    return Example(name, lines, x, label_lines(lines, gt, kinds), group, gt)


def from_generated(n: int, seed: int = 0, families: tuple[str, ...] | None = None) -> list[Example]:
    from docsense.synth import receipts

    fams = families or receipts.FAMILIES
    out = []
    for i, r in enumerate(receipts.generate(n, seed, fams)):
        out.append(example(f"gen-{seed}-{i}", r.document(), r.fields, f"family:{r.family}", RECEIPT_KINDS))
    return out


def read_gt(folder: Path) -> list[dict[str, Any]]:
    rows = []
    for line in (folder / "gt.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            r = json.loads(line)
            r.setdefault("id", Path(r.get("filename") or "").stem)
            rows.append(r)
    return rows


def from_sroie(folder: Path, documents: dict[str, Document] | None = None) -> list[Example]:
    """A SROIE-shaped folder: `gt.jsonl` ({"id"|"filename", "company", "date", "address", "total"}) and
    `boxes/<id>.csv`. `documents` (id -> an OCR'd Document) replaces the printed boxes where given."""
    out = []
    for r in read_gt(folder):
        doc = (documents or {}).get(r["id"])
        csv = folder / "boxes" / f"{r['id']}.csv"
        if doc is None:
            if not csv.exists():
                continue
            doc = boxes_document(csv)
        out.append(example(r["id"], doc, r, company_group(str(r.get("company") or "")), RECEIPT_KINDS))
    return out


def from_corrections(path: Path, template: str = "receipt") -> list[Example]:
    """UI corrections (`docsense ui`: one JSON record per OCR line, `{"text", "spans", "bbox", "source", "page",
    "template"}`): each page of the template becomes a document whose lines carry the labels the user confirmed."""
    pages: dict[tuple[str, int], list[dict[str, Any]]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        rec = json.loads(line)
        if rec.get("bbox") and rec.get("template", template) == template:
            pages.setdefault((str(rec.get("sha256") or rec.get("source")), int(rec.get("page", 0))), []).append(rec)
    out = []
    for (src, page), recs in pages.items():
        doc = _document(((r["text"], tuple(r["bbox"])) for r in recs), src)  # type: ignore[misc]
        labels = {r["text"]: (r.get("spans") or [{}])[0].get("label", "O") for r in recs}
        lines, x = line_features(View(doc))
        y = [labels.get(t.text, "O") if labels.get(t.text, "O") in RECEIPT_KINDS else "O" for t in lines]
        gt = {k: " ".join(t.text for t, lab in zip(lines, y, strict=True) if lab == k) for k in RECEIPT_KINDS}
        out.append(Example(f"{src}#{page}", lines, x, y, f"user:{src}", gt))
    return out


def fit(examples: list[Example], labels: list[str], rounds: int = 150, seed: int = 0, threads: int = 1) -> Any:
    import lightgbm as lgb

    x = np.vstack([e.x for e in examples])
    y = np.array([labels.index(lab) for e in examples for lab in e.y])
    params = {**PARAMS, "num_class": len(labels), "seed": seed, "num_threads": threads}
    return lgb.train(params, lgb.Dataset(x, y), num_boost_round=rounds)


def predict_fields(booster: Any, ex: Example, labels: list[str]) -> dict[str, str]:
    picks = decode(ex.lines, booster.predict(ex.x), labels, RECEIPT_KINDS, plain_latin=True)
    return {k: p.text for k, p in picks.items()}


def score_fields(examples: list[Example], preds: list[dict[str, str]]) -> dict[str, Any]:
    from docsense.eval.kie import score

    gt = [{**{k: e.gt.get(k) for k in RECEIPT_KINDS}, "filename": e.name} for e in examples]
    pr = [
        {"source": e.name, "fields": {k: {"value": v} for k, v in p.items()}}
        for e, p in zip(examples, preds, strict=True)
    ]
    return score(gt, pr)


def group_folds(examples: list[Example], k: int, seed: int = 0) -> list[int]:
    groups = sorted({e.group for e in examples})
    random.Random(seed).shuffle(groups)
    fold = {g: i % k for i, g in enumerate(groups)}
    return [fold[e.group] for e in examples]


def cross_validate(examples: list[Example], labels: list[str], k: int = 5, rounds: int = 150) -> dict[str, Any]:
    """Group k-fold (no group in both train and test): the held-out field scores."""
    folds = group_folds(examples, k)
    preds: list[dict[str, str]] = [{} for _ in examples]
    for f in range(k):
        booster = fit([e for e, g in zip(examples, folds, strict=True) if g != f], labels, rounds)
        for i, e in enumerate(examples):
            if folds[i] == f:
                preds[i] = predict_fields(booster, e, labels)
    return score_fields(examples, preds)


def export(booster: Any, out: Path, labels: list[str], card: dict[str, Any]) -> dict[str, Any]:
    """model.onnx + card.json (with the model's sha256) into `out`."""
    out.mkdir(parents=True, exist_ok=True)
    data = lightgbm_to_onnx(booster.dump_model(), len(FEATURE_NAMES), {"labels": ",".join(labels)})
    (out / "model.onnx").write_bytes(data)
    card = {
        "model": "LightGBM multiclass line classifier -> ONNX TreeEnsembleRegressor (softmax)",
        "labels": labels, "kinds": RECEIPT_KINDS, "features": FEATURE_NAMES, **card,
        "size_bytes": len(data), "sha256": hashlib.sha256(data).hexdigest(),
    }  # fmt: skip
    (out / "card.json").write_text(json.dumps(card, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return card


def train(
    out: Path, generated: int = 8000, sroie: list[Path] | None = None, corrections: list[Path] | None = None,
    rounds: int = 300, seed: int = 0, cv: bool = True, log: Any = print,
) -> dict[str, Any]:  # fmt: skip
    """Train the receipt tagger and write it to `out`; -> the model card."""
    t0 = time.time()
    labels = ["O", *RECEIPT_KINDS]
    examples: list[Example] = []
    sources = []
    if generated:
        examples += from_generated(generated, seed)
        sources.append(f"generated receipts: {generated} (synth/receipts.py, seed {seed}, 10 families)")
    for folder in sroie or []:
        got = from_sroie(folder)
        examples += got
        sources.append(f"{folder}: {len(got)} receipts (boxes/*.csv + gt.jsonl)")
    for path in corrections or []:
        got = from_corrections(path)
        examples += got
        sources.append(f"{path}: {len(got)} corrected pages")
    if not examples:
        raise ValueError("no training documents (generated=0 and no --data)")
    log(f"{len(examples)} documents, {sum(len(e.y) for e in examples)} lines ({time.time() - t0:.0f} s)")
    held: dict[str, Any] = {}
    if cv and len({e.group for e in examples}) >= 5:
        res = cross_validate(examples, labels, 5, rounds)
        fields = {k: v["f1"] for k, v in res["fields"].items()}
        split = "5 folds by group (company for receipts, family for generated)"
        held["group_5fold"] = {"split": split, "f1": res["overall"]["f1"], "fields": fields}
        log(f"held-out (group 5-fold) field F1 {res['overall']['f1']:.3f}")
    booster = fit(examples, labels, rounds, seed)
    card = export(booster, out, labels, {
        "template": "receipt", "data": sources, "seed": seed, "rounds": rounds, "params": PARAMS,
        "held_out": held, "train_seconds": round(time.time() - t0, 1),
        "license": "trained only on the data listed under `data`; generated data is the project's own (MIT)",
    })  # fmt: skip
    log(f"wrote {out}/model.onnx ({card['size_bytes'] / 1e6:.2f} MB) in {time.time() - t0:.0f} s")
    return card


# --- the field taggers of resumes and invoices (kie/field_tagger.py): segments of lines, not lines -----------------

FIELD_SETS: dict[str, tuple[str, ...]] = {
    "resume": (
        "name", "phone", "email", "city", "degree", "school", "major", "gender", "birth_date", "years_of_experience",
        "target_position",
    ),
    "invoice": (
        "invoice_number", "date", "due_date", "seller_name", "seller_tax_id", "buyer_name", "buyer_tax_id", "subtotal",
        "tax", "total",
    ),
    # Chinese commercial invoices, receipts and quotations (templates/invoice_cn.yaml); the drawn generators add
    # nothing here (--family-pages: use 0), the pages of the KIE rounds are its data
    "invoice_cn": ("invoice_number", "date", "seller_name", "buyer_name", "subtotal", "tax", "total"),
    # Chinese VAT invoices (templates/invoice_cn_vat.yaml): the KIE rounds' pages only (--family-pages 0); six
    # layouts by session 22 (session 15 had four and measured a loss; docs/tagger.md)
    "invoice_cn_vat": (
        "invoice_number", "date", "seller_name", "seller_tax_id", "buyer_name", "buyer_tax_id", "subtotal", "tax",
        "total",
    ),
}  # fmt: skip
_MONTH = re.compile(r"((?:19|20)\d\d)\s*[年./-]\s*(\d{1,2})(?!\d)")


def month_of(text: str) -> str:
    """`1991年08月`, `1991.8` -> `1991-08` (a birth month as the generators' truth writes it)."""
    m = _MONTH.search(text)
    return f"{m.group(1)}-{int(m.group(2)):02d}" if m else ""


@dataclass
class SegExample:
    """One page of a resume or invoice: its segments' features, labels, split group and ground truth."""

    name: str
    x: np.ndarray
    y: list[str]
    group: str
    gt: dict[str, Any]
    texts: list[str]


def label_segments(texts: list[str], gt: dict[str, Any], fields: tuple[str, ...]) -> list[str]:
    """A segment is a field's when its value equals the truth as `docsense eval kie` compares them (dates, amounts,
    phones normalised; text by its letters and digits); the first field in `fields` wins a tie."""
    from docsense.eval.kie import norm
    from docsense.kie.field_tagger import value_text

    want = {k: norm(k, gt.get(k)) for k in fields if gt.get(k) not in (None, "")}
    out = []
    for text in texts:
        t = value_text(text)
        lab = "O"
        for k, w in want.items():
            if w and (norm(k, t) == w or (k.endswith("date") and month_of(t) == w)):
                lab = k
                break
        out.append(lab)
    return out


def seg_example(
    name: str, document: Document, gt: dict[str, Any], group: str, template: str, key_ngrams: int = 0
) -> SegExample:
    from docsense.kie.field_tagger import segment_features

    segs, x = segment_features(View(document), key_ngrams)
    texts = [g.text for g in segs]
    return SegExample(name, x, label_segments(texts, gt, FIELD_SETS[template]), group, gt, texts)


def cached_pages(
    folder: Path,
    caches: list[Path] | None = None,
    ocr: bool = False,
    keep: Callable[[dict[str, Any]], bool] | None = None,
) -> Iterator[tuple[dict[str, Any], Document]]:
    """A folder of generated pages (`gt.jsonl` rows `{"filename", "template", "fields", "family"}` + the images):
    each page (that `keep` keeps) read from `<cache>/<sha256 of the file>.json` in the first of `caches` holding it
    (a Document, as the pipeline writes it), or through the pipeline's OCR when `ocr` (and cached in the first);
    a page neither cached nor read is skipped."""
    pipe = None
    for row in read_gt(folder):
        if (keep is not None and not keep(row)) or not (folder / row["filename"]).exists():
            continue
        data = (folder / row["filename"]).read_bytes()
        sha = hashlib.sha256(data).hexdigest()
        hits = [c / f"{sha}.json" for c in caches or []]
        hit = next((h for h in hits if h.exists()), hits[0] if hits else None)
        if hit is not None and hit.exists():
            doc = Document.model_validate_json(hit.read_text(encoding="utf-8"))
        elif ocr:
            if pipe is None:
                from docsense.app.pipeline import Pipeline
                from docsense.core.config import load_settings

                pipe = Pipeline(load_settings())
            doc = pipe.parse_bytes(data, row["filename"], keep_images=False).document
            if hit is not None:
                hit.parent.mkdir(parents=True, exist_ok=True)
                hit.write_text(doc.model_dump_json(), encoding="utf-8")
        else:
            continue
        yield row, doc


def page_family(row: dict[str, Any]) -> str:
    return str(row.get("family") or row["filename"].rsplit("_", 2)[0])


def from_pages(
    folder: Path, template: str, caches: list[Path] | None = None, ocr: bool = False, key_ngrams: int = 0
) -> list[SegExample]:
    """The pages of `template` in a folder of generated pages (`cached_pages`) as segment examples."""
    out: list[SegExample] = []
    for row, doc in cached_pages(folder, caches, ocr, keep=lambda r: r.get("template") == template):
        name = f"{folder.name}__{row['filename']}"
        group = f"family:{page_family(row)}"
        out.append(seg_example(name, doc, dict(row.get("fields") or {}), group, template, key_ngrams))
    return out


def from_generated_fields(n: int, template: str, seed: int = 0, key_ngrams: int = 0) -> list[SegExample]:
    """`n` pages a family of the drawn generators (synth/resumes.py, synth/invoices.py), every line read right."""
    from docsense.synth import documents as synth
    from docsense.synth import invoices, resumes

    makers = resumes.FAMILIES if template == "resume" else invoices.FAMILIES
    out = []
    for fam, make in makers.items():
        if fam.startswith("zh") and not synth.cjk_available():
            continue
        for i in range(n):
            sample = make(random.Random(f"{seed}-{fam}-{i}"))
            name = f"gen-{fam}-{i}.png"
            doc = synth.sample_document(sample, name)
            out.append(seg_example(name, doc, sample.fields, f"family:{fam}", template, key_ngrams))
    return out


def _latin(c: str) -> bool:
    return c.isascii() and c.isalnum()


def joined_rows(document: Document) -> Document:
    """A browser page's texts (one line a marked element: a key and its value apart) joined as an OCR reads a row:
    texts of one row that touch (a gap under 0.8 of the line's height) are one line, with two spaces where the gap
    is wider than half a character (a separator, `field_tagger._SPLIT`), one between two Latin words, else none."""
    page = document.pages[0]
    lines = sorted((ln for b in page.blocks for ln in b.lines), key=lambda ln: (ln.bbox[1], ln.bbox[0]))
    used = [False] * len(lines)
    out = []
    for i, first in enumerate(lines):
        if used[i]:
            continue
        used[i] = True
        row, text = [first], first.text
        while True:
            last = row[-1]
            h = last.bbox[3] - last.bbox[1]
            nxt = [
                j for j, b in enumerate(lines)
                if not used[j] and -2 <= b.bbox[0] - last.bbox[2] <= 0.8 * h
                and min(last.bbox[3], b.bbox[3]) - max(last.bbox[1], b.bbox[1]) >= 0.6 * min(h, b.bbox[3] - b.bbox[1])
            ]  # fmt: skip
            if not nxt:
                break
            j = min(nxt, key=lambda k: lines[k].bbox[0])
            used[j] = True
            b = lines[j]
            gap = b.bbox[0] - last.bbox[2]
            text += ("  " if gap > 0.5 * h else " " if _latin(text[-1:]) and _latin(b.text[:1]) else "") + b.text
            row.append(b)
        box = union_bbox([ln.bbox for ln in row])
        poly = [(box[0], box[1]), (box[2], box[1]), (box[2], box[3]), (box[0], box[3])]
        out.append(Line(text=text, bbox=box, polygon=poly, score=0.99))
    blocks = [Block(type="text", bbox=union_bbox([ln.bbox for ln in out]), lines=out)] if out else []
    return document.model_copy(update={"pages": [page.model_copy(update={"blocks": blocks})]})


# the browser families that train the field taggers (`--browser-pages`): every family of `template` in the KIE
# rounds up to 30 (synth/browser_docs*.py; rounds 31-33 are kept for scoring) and synth/zh_business.py's layouts
BROWSER_MODULES = (
    "browser_docs", *(f"browser_docs{n}" for n in range(13, 31)), "zh_business",
)  # fmt: skip
# synth/zh_business.py draws its keys page by page from a long list: it gives three times the pages a family
GENERATOR_SHARE = {"zh_business": 3}


def from_browser_fields(
    n: int, template: str, seed: int = 0, key_ngrams: int = 0, modules: tuple[str, ...] = BROWSER_MODULES
) -> list[SegExample]:
    """`n` browser-typeset pages a family of `template` (the modules' `FAMILIES`), read from the boxes the browser
    reports with each row's touching texts joined (`joined_rows`): no OCR."""
    import importlib

    from docsense.synth import browser
    from docsense.synth import documents as synth

    out = []
    with browser.Browser() as b:
        for mod in modules:
            m = importlib.import_module(f"docsense.synth.{mod}")
            for fam, (spec, _) in m.FAMILIES.items():
                if spec.template != template:
                    continue
                for i in range(n * GENERATOR_SHARE.get(mod, 1)):
                    sample = m.make(fam, random.Random(f"{seed}-{fam}-{i}"), b)
                    name = f"{fam}_{seed}_{i}.png"
                    doc = joined_rows(synth.sample_document(sample, name))
                    out.append(seg_example(name, doc, sample.fields, f"family:{fam}", template, key_ngrams))
    return out


def fit_segments(examples: list[SegExample], labels: list[str], rounds: int, seed: int = 0, threads: int = 1) -> Any:
    import lightgbm as lgb

    x = np.vstack([e.x for e in examples])
    y = np.array([labels.index(lab) for e in examples for lab in e.y])
    params = {**PARAMS, "num_class": len(labels), "seed": seed, "num_threads": threads}
    return lgb.train(params, lgb.Dataset(x, y), num_boost_round=rounds)


def predict_segments(booster: Any, ex: SegExample, labels: list[str], floor: float) -> dict[str, str]:
    """The tagger alone: per field the surest segment over `floor` (kie/field_tagger.decode_segments)."""
    from docsense.kie.field_tagger import value_text

    probs = booster.predict(ex.x)
    out: dict[str, str] = {}
    taken: set[int] = set()
    order = sorted(
        ((float(probs[:, j].max()), int(probs[:, j].argmax()), lab) for j, lab in enumerate(labels)), reverse=True
    )
    for p, i, lab in order:
        if lab != "O" and p >= floor and i not in taken:
            taken.add(i)
            out[lab] = value_text(ex.texts[i])
    return out


def train_fields(
    out: Path, template: str, pages: list[Path] | None = None, caches: list[Path] | None = None, ocr: bool = False,
    generated: int = 0, rounds: int = 150, seed: int = 0, cv: bool = True, floor: float = 0.5, log: Any = print,
    browser_pages: int = 0, key_ngrams: int = 0,
) -> dict[str, Any]:  # fmt: skip
    """Train the field tagger of `template` (resume, invoice) and write it to `out`; -> the model card."""
    from docsense.eval.kie import score
    from docsense.kie.field_tagger import feature_names

    segment_features = feature_names(key_ngrams)

    if template not in FIELD_SETS:
        raise ValueError(f"no field tagger for template {template!r} (known: {', '.join(FIELD_SETS)})")
    t0 = time.time()
    labels = ["O", *FIELD_SETS[template]]
    examples: list[SegExample] = []
    sources = []
    for folder in pages or []:
        got = from_pages(folder, template, caches, ocr, key_ngrams)
        examples += got
        sources.append(f"{folder}: {len(got)} pages, the pipeline's OCR")
    if generated:
        got = from_generated_fields(generated, template, seed, key_ngrams)
        examples += got
        sources.append(f"generated {template}s: {len(got)} (synth, {generated} a family, seed {seed}, no OCR)")
    if browser_pages:
        got = from_browser_fields(browser_pages, template, seed, key_ngrams)
        examples += got
        fams = len({e.group for e in got})
        sources.append(
            f"browser pages of {template}: {len(got)} ({fams} families of {', '.join(BROWSER_MODULES)}; "
            f"{browser_pages} a family, seed {seed}; the browser's boxes, rows joined, no OCR)"
        )
    if not examples:
        raise ValueError("no training pages (--pages folders with their OCR, or --generated)")
    present = {lab for e in examples for lab in e.y}
    labels = [lab for lab in labels if lab == "O" or lab in present]
    log(f"{len(examples)} pages, {sum(len(e.y) for e in examples)} segments ({time.time() - t0:.0f} s)")
    held: dict[str, Any] = {}
    if cv and len({e.group for e in examples}) >= 5:
        folds = group_folds(examples, 5)  # type: ignore[arg-type]
        preds: list[dict[str, str]] = [{} for _ in examples]
        for f in range(5):
            booster = fit_segments([e for e, g in zip(examples, folds, strict=True) if g != f], labels, rounds, seed)
            for i, e in enumerate(examples):
                if folds[i] == f:
                    preds[i] = predict_segments(booster, e, labels, floor)
        gts = [{"filename": e.name, "fields": e.gt} for e in examples]
        pr = [{"source": e.name, "fields": p} for e, p in zip(examples, preds, strict=True)]
        res = score(gts, pr)
        held["family_5fold_tagger_alone"] = {
            "split": "5 folds by layout family", "f1": res["overall"]["f1"],
            "fields": {k: v["f1"] for k, v in res["fields"].items()},
        }  # fmt: skip
        log(f"held-out (5 folds by family) tagger-alone field F1 {res['overall']['f1']:.3f}")
    booster = fit_segments(examples, labels, rounds, seed)
    out.mkdir(parents=True, exist_ok=True)
    data = lightgbm_to_onnx(booster.dump_model(), len(segment_features), {"labels": ",".join(labels)})
    (out / "model.onnx").write_bytes(data)
    card = {
        "model": "LightGBM multiclass segment classifier -> ONNX TreeEnsembleRegressor (softmax)",
        "unit": "segment", "template": template, "labels": labels, "features": segment_features, "floor": floor,
        **({"key_ngrams": key_ngrams} if key_ngrams else {}),
        "overrule": False,
        "data": sources, "seed": seed, "rounds": rounds, "params": PARAMS, "held_out": held,
        "train_seconds": round(time.time() - t0, 1), "size_bytes": len(data),
        "sha256": hashlib.sha256(data).hexdigest(),
        "license": "trained only on the data listed under `data`; generated data is the project's own (MIT)",
    }  # fmt: skip
    (out / "card.json").write_text(json.dumps(card, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    log(f"wrote {out}/model.onnx ({len(data) / 1e6:.2f} MB) in {time.time() - t0:.0f} s")
    return card
