"""Train the document-type classifier (`kie/models/doctype`): resume / invoice / invoice_cn_vat / receipt / form /
other, from a page's OCR text and layout (`kie.classify.doc_features`), by logistic regression exported to ONNX.

Training data is only what the project generates, read as the OCR would read it (`kv_forms.simulate_ocr`: lines
merged across small gaps, words split, characters misread, boxes jittered; receipts through `receipts.degrade`):

- resume: `synth/resumes.py` families (not `LATER`: rounds 3 to 7, kept for scoring), `synth/forms.py` resume forms
- invoice / invoice_cn_vat: `synth/documents.py` invoices, `synth/table_pages.py` invoice families, the English
  `synth/invoices.py` families of rounds 1-3
- invoice_cn (a Chinese commercial invoice that is no VAT invoice: 销售单, 报价单, 收据): `synth/invoices.py`
  zh_sales_order and zh_quote, the browser-typeset 收据 (`synth/browser_docs.py` zh_receipt)
- browser-typeset resumes and invoices of rounds 9 and 9b (`synth/browser_docs.py`; only where chromium is installed:
  the card lists the families it was trained on). Round 10 (`ROUND10`) is kept for scoring.
- receipt: `synth/receipts.py` shop families
- form: `synth/kv_forms.py` families (letter, fax, application, questionnaire, checklist, table)
- other: `synth/layout_pages.py` articles and reports, `synth/pages.py` running text
- `--pages`: folders of generated pages read by the pipeline's own OCR (the KIE rounds' browser-typeset resumes and
  invoices, `synth/browser_docs*.py`; `gt.jsonl` + the Document JSON of each image in `--ocr-cache`), labelled by
  their template: the OCR's real misreadings and line breaks, which the simulator only imitates

Every class has several families; `--lofo` scores leave-one-family-out (each family predicted by a model that never
saw it) and writes those figures into the card.

    docsense train doctype --out kie/models/doctype [--n 40] [--lofo] [--pages FOLDER ... --ocr-cache FOLDER ...]
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import random
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from docsense.core.document import Document
from docsense.kie.classify import DECIDE, DIM, LAYOUT, decision_features, doc_features
from docsense.kie.view import View

LABELS = ("resume", "invoice", "invoice_cn_vat", "receipt", "form", "other", "invoice_cn")
# what `--template auto` does with each label: a template name, or key-value pairs only
TEMPLATE_OF = {
    "resume": "resume",
    "invoice": "invoice",
    "invoice_cn_vat": "invoice_cn_vat",
    "receipt": "receipt",
    "invoice_cn": "invoice_cn",
}
# the Chinese families of synth/invoices.py rounds 1-3 (销售单, 报价单): their truth says `invoice` (written before the
# invoice_cn template), they are invoice_cn pages
CN_INVOICE_FAMILIES = ("zh_sales_order", "zh_quote")
BROWSER_PER_FAMILY = 60  # browser pages cost ~1 s each: a class's weight comes from class balancing, not page count
_BROWSER: list[Any] = []  # the chromium shared by the browser families while `build` runs
C = 0.3  # inverse L2 strength of the logistic regression (chosen by leave-families-out on generated pages)
# The second stage (kie.classify.Decision) changes the first stage's outcome only this sure: at 0.7 two SROIE dev
# receipts (real OCR; validation only, never training) became invoices, at 0.8 none, leave one round out the same
TAU = 0.8
DECISION_C = 1.0


def _spans_doc(spans: list[tuple[str, tuple[float, float, float, float]]], size: tuple[int, int], lang: str,
               seed: int) -> Document:  # fmt: skip
    """Drawn text pieces -> the Document an OCR would read (the kv-forms simulator: merged lines, noise)."""
    from docsense.synth import kv_forms as kf

    pieces = [kf.Piece(t, b, int(b[3] - b[1]), "", -1) for t, b in spans if t.strip()]
    return kf.simulate_ocr(kf.Sheet(size[0], size[1], lang, "page", pieces), seed)


def _sample_doc(sample: Any, seed: int) -> Document:
    spans = [(s["text"], tuple(s["bbox"])) for s in sample.spans]
    return _spans_doc(spans, sample.image.size, getattr(sample, "lang", "en"), seed)


def _resume(family: str) -> Callable[[int], Document]:
    from docsense.synth import resumes

    return lambda i: _sample_doc(resumes.make_family(family, random.Random(f"doctype-{family}-{i}")), i)


def _resume_form(lang: str) -> Callable[[int], Document]:
    from docsense.synth import forms

    def make(i: int) -> Document:
        layout = ("inline", "grid", "mixed")[i % 3]
        img, gt = forms.make_form(9000 + i, lang, layout)
        return _spans_doc([(e["text"], tuple(e["box"])) for e in gt["entities"]], img.size, lang, i)

    return make


def _invoice(style: str) -> Callable[[int], Document]:
    from docsense.synth import documents

    return lambda i: _sample_doc(documents.make_invoice(random.Random(f"doctype-inv-{style}-{i}"), style), i)


def _table_page(family: str) -> Callable[[int], Document]:
    from docsense.synth import table_pages

    def make(i: int) -> Document:
        page = table_pages.make_page(family, f"doctype{i}")
        spans = [(s["text"], tuple(s["bbox"])) for s in page.spans]
        return _spans_doc(spans, page.image.size, page.lang, i)

    return make


def _invoice_family(family: str) -> Callable[[int], Document]:
    from docsense.synth import invoices

    return lambda i: _sample_doc(invoices.FAMILIES[family](random.Random(f"doctype-{family}-{i}")), i)


def _browser_page(family: str) -> Callable[[int], Document]:
    from docsense.synth import browser_docs

    return lambda i: _sample_doc(browser_docs.make(family, random.Random(f"doctype-{family}-{i}"), _BROWSER[0]), i)


def _receipt(family: str) -> Callable[[int], Document]:
    from docsense.synth import receipts

    def make(i: int) -> Document:
        rng = random.Random(f"doctype-{family}-{i}")
        r = receipts.make_receipt(rng, family)
        return (receipts.degrade(r, rng) if i % 2 else r).document()

    return make


def _form(family: str) -> Callable[[int], Document]:
    from docsense.synth import kv_forms

    return lambda i: kv_forms.simulate_ocr(kv_forms.make_sheet(7000 + i, family, ("en", "zh")[i % 3 == 2]), i)


def _layout_page(family: str) -> Callable[[int], Document]:
    from docsense.synth import layout_pages

    def make(i: int) -> Document:
        page = layout_pages.make_page(family, 5000 + i)
        return _spans_doc([(s["text"], tuple(s["bbox"])) for s in page.spans], page.image.size, page.lang, i)

    return make


def _text_page(cjk: bool) -> Callable[[int], Document]:
    from docsense.synth import pages

    def make(i: int) -> Document:
        img, lines = pages.make_page(3000 + i, cjk)
        return _spans_doc([(ln["text"], tuple(ln["bbox"])) for ln in lines], img.size, "zh" if cjk else "en", i)

    return make


def kept_out() -> set[str]:
    """The drawn families this model never trains on (their pages score it: tests/test_doctype.py): synth/resumes.py
    LATER, synth/invoices.py after round 3."""
    from docsense.synth import invoices, resumes

    early = invoices.HELD_OUT + invoices.HELD_OUT_2 + invoices.HELD_OUT_3
    return set(resumes.LATER) | {f for f in invoices.FAMILIES if f not in early}


def families() -> dict[str, tuple[str, Callable[[int], Document]]]:
    """family -> (label, document maker): the unit of the leave-one-family-out split."""
    from docsense.synth import browser, browser_docs, invoices, kv_forms, receipts, resumes, table_pages

    out: dict[str, tuple[str, Callable[[int], Document]]] = {}
    for fam in resumes.FAMILIES:
        if fam not in resumes.LATER:
            out[f"resume/{fam}"] = ("resume", _resume(fam))
    for lang in ("en", "zh"):
        out[f"resume/form_{lang}"] = ("resume", _resume_form(lang))
    out["invoice/documents_en"] = ("invoice", _invoice("en"))
    out["invoice_cn_vat/documents_cn"] = ("invoice_cn_vat", _invoice("cn_vat"))
    later = table_pages.SPLITS["held_out_2"]  # written after this model: kept for scoring the table stage
    for fam in table_pages.EN_FAMILIES:
        if fam not in later:
            out[f"invoice/{fam}"] = ("invoice", _table_page(fam))
    for fam in table_pages.ZH_FAMILIES:
        if fam not in later:
            out[f"invoice_cn_vat/{fam}"] = ("invoice_cn_vat", _table_page(fam))
    # rounds 1-3 of the invoice families (later rounds are kept for scoring); the Chinese ones are no VAT invoices
    for fam in invoices.HELD_OUT + invoices.HELD_OUT_2 + invoices.HELD_OUT_3:
        label = "invoice_cn" if fam in CN_INVOICE_FAMILIES else "invoice"
        out[f"{label}/{fam}"] = (label, _invoice_family(fam))
    if browser.unavailable_reason() is None:
        for fam in browser_docs.ROUND9 + browser_docs.ROUND9B:
            tpl = browser_docs.FAMILIES[fam][0].template
            label = tpl if tpl in LABELS else browser_docs.FAMILIES[fam][0].doc_type
            out[f"{label}/{fam}"] = (label, _browser_page(fam))
    for fam in receipts.FAMILIES:
        out[f"receipt/{fam}"] = ("receipt", _receipt(fam))
    for fam in kv_forms.FAMILIES:
        if fam != "resume":  # a form of resume-like keys: neither class fits it cleanly
            out[f"form/{fam}"] = ("form", _form(fam))
    for fam in ("article1", "article2", "article3", "report"):
        out[f"other/{fam}"] = ("other", _layout_page(fam))
    out["other/text_en"] = ("other", _text_page(False))
    out["other/text_zh"] = ("other", _text_page(True))
    return out


def build(n: int, log: Callable[[str], None] = print, texts: list[str] | None = None
          ) -> tuple[np.ndarray, np.ndarray, list[str]]:  # fmt: skip
    """Features, labels and family of `n` documents per family (more for classes with few families, so that each
    class weighs about the same); each page's text is appended to `texts` when given."""
    fams = families()
    per_class = {lab: sum(1 for lb, _ in fams.values() if lb == lab) for lab in LABELS}
    most = max(per_class.values())
    xs, ys, fs = [], [], []
    with contextlib.ExitStack() as stack:
        for fam, (label, make) in fams.items():
            k = max(n, round(n * most / per_class[label] / 2))
            if fam.split("/")[1] in _browser_families():
                if not _BROWSER:
                    from docsense.synth.browser import Browser

                    _BROWSER.append(stack.enter_context(Browser()))
                    stack.callback(_BROWSER.clear)
                k = min(k, max(n, BROWSER_PER_FAMILY))
            t = time.time()
            for i in range(k):
                view = View(make(i))
                xs.append(doc_features(view))
                if texts is not None:
                    texts.append(view.text())
                ys.append(LABELS.index(label))
                fs.append(fam)
            log(f"{fam}: {k} documents, {time.time() - t:.1f}s")
    return np.stack(xs), np.asarray(ys), fs


def from_pages(folders: list[Path], caches: list[Path], log: Callable[[str], None] = print,
               texts: list[str] | None = None) -> tuple[np.ndarray, np.ndarray, list[str]]:  # fmt: skip
    """Features, labels and family of the cached-OCR pages of generated KIE folders (`train.kie.cached_pages`), the
    label being the page's template (`CN_INVOICE_FAMILIES`' pages are `invoice_cn`, as in `families`). Pages of the
    drawn families kept for scoring (`kept_out`) are left out here too."""
    from .kie import cached_pages, page_family

    kept = kept_out()

    def keep(row: dict[str, Any]) -> bool:
        return row.get("template") in TEMPLATE_OF and page_family(row) not in kept

    xs, ys, fs = [], [], []
    for folder in folders:
        k = 0
        for row, doc in cached_pages(folder, caches, keep=keep):
            label, fam = str(row["template"]), page_family(row)
            if label == "invoice" and fam in CN_INVOICE_FAMILIES:
                label = "invoice_cn"
            view = View(doc)
            xs.append(doc_features(view))
            if texts is not None:
                texts.append(view.text())
            ys.append(LABELS.index(label))
            fs.append(f"{label}/{fam}")
            k += 1
        log(f"{folder}: {k} OCR pages")
    if not xs:
        return np.zeros((0, DIM + len(LAYOUT)), np.float32), np.zeros(0, int), []
    return np.stack(xs), np.asarray(ys), fs


def _browser_families() -> tuple[str, ...]:
    from docsense.synth import browser_docs

    return tuple(browser_docs.FAMILIES)


class Linear:
    """Multinomial logistic regression with the feature scaling folded in: probs = softmax(x @ w + b)."""

    def __init__(self, w: np.ndarray, b: np.ndarray) -> None:
        self.w, self.b = w.astype(np.float32), b.astype(np.float32)

    def predict(self, x: np.ndarray) -> np.ndarray:
        z = x @ self.w + self.b
        z -= z.max(1, keepdims=True)
        e = np.exp(z)
        return np.asarray(e / e.sum(1, keepdims=True))

    def onnx(self, metadata: dict[str, str]) -> bytes:
        """`x` float [N, F] -> `probs` float [N, classes]: Gemm + Softmax (opset 17)."""
        from onnx import TensorProto, helper, numpy_helper

        graph = helper.make_graph(
            [helper.make_node("Gemm", ["x", "w", "b"], ["z"]), helper.make_node("Softmax", ["z"], ["probs"], axis=1)],
            "doctype",
            [helper.make_tensor_value_info("x", TensorProto.FLOAT, ["N", self.w.shape[0]])],
            [helper.make_tensor_value_info("probs", TensorProto.FLOAT, ["N", self.w.shape[1]])],
            [numpy_helper.from_array(self.w, "w"), numpy_helper.from_array(self.b, "b")],
        )
        model = helper.make_model(graph, producer_name="docsense", opset_imports=[helper.make_opsetid("", 17)])
        model.ir_version = 8
        helper.set_model_props(model, metadata)
        return bytes(model.SerializeToString())


def fit(x: np.ndarray, y: np.ndarray, c: float = C) -> Linear:
    """Logistic regression, classes weighed the same; the layout statistics are standardised (hashed tokens are
    0/1 already) and the scaling folded into the weights."""
    from sklearn.linear_model import LogisticRegression

    mu, sd = x.mean(0), x.std(0) + 1e-6
    mu[:DIM], sd[:DIM] = 0.0, 1.0
    m = LogisticRegression(C=c, max_iter=2000, class_weight="balanced").fit((x - mu) / sd, y)
    coef = np.zeros((len(LABELS), x.shape[1]))
    bias = np.zeros(len(LABELS))
    coef[m.classes_], bias[m.classes_] = m.coef_, m.intercept_
    bias[[i for i in range(len(LABELS)) if i not in m.classes_]] = -1e4  # a class absent from training never wins
    w = (coef / sd).T
    return Linear(w, bias - mu @ w)


def lofo(x: np.ndarray, y: np.ndarray, fams: list[str], folds: int = 6,
         log: Callable[[str], None] = print) -> dict[str, Any]:  # fmt: skip
    """Leave families out: the families of each class are dealt into `folds` groups, and every group's documents
    are scored by a model trained on the other groups; so each family is predicted by a model that never saw it
    (cheaper than one model per family, the same guarantee)."""
    names = sorted(set(fams))
    fold_of: dict[str, int] = {}
    for label in LABELS:
        mine = [f for f in names if f.split("/")[0] == label]
        for i, f in enumerate(mine):
            fold_of[f] = i % folds
    fold = np.asarray([fold_of[f] for f in fams])
    probs = np.zeros((len(y), len(LABELS)), np.float32)
    for k in range(folds):
        test = fold == k
        if test.any():
            probs[test] = fit(x[~test], y[~test]).predict(x[test])
            log(f"fold {k + 1}/{folds}: {(probs[test].argmax(1) == y[test]).mean():.3f}")
    arr = np.asarray(fams)
    per = {f: round(float((probs[arr == f].argmax(1) == y[arr == f]).mean()), 3) for f in names}
    return {"per_family": per, "accuracy": round(float((probs.argmax(1) == y).mean()), 4), "probs": probs}


def template_names(probs: np.ndarray) -> dict[str, float]:
    """One row of label probabilities -> probability per template name (`kv`: form + other), as DocTypeModel."""
    out = dict.fromkeys(DECIDE, 0.0)
    for label, v in zip(LABELS, probs, strict=True):
        out[TEMPLATE_OF.get(label, "kv")] += float(v)
    return out


def decision_rows(probs: list[dict[str, float]], texts: list[str], sets: list[list[Any]]
                  ) -> list[list[np.ndarray]]:  # fmt: skip
    """Each page's `decision_features`, once per set of templates' keywords (the packaged templates, and those of
    `--keywords`: the templates as they were before a round of new layouts was written for)."""
    from docsense.kie.classify import score

    out = []
    for pr, text in zip(probs, texts, strict=True):
        rows = []
        for templates in sets:
            scores = {t.name: round(score(text, t), 2) for t in templates if t.classify.keywords}
            mins = {t.name: float(t.classify.min_score) for t in templates if t.classify.keywords}
            rows.append(decision_features(pr, scores, mins))
        out.append(rows)
    return out


def keyword_sets(folders: list[Path]) -> list[list[Any]]:
    """The packaged templates, then the templates (`*.yaml`) of each folder."""
    from docsense.kie.templates import list_templates, load_template

    sets = [[load_template(name) for name in list_templates()]]
    sets += [[load_template(str(f)) for f in sorted(Path(d).glob("*.yaml"))] for d in folders]
    return sets


def fit_decision(probs: list[dict[str, float]], texts: list[str], labels: list[str], sets: list[list[Any]]
                 ) -> dict[str, Any]:  # fmt: skip
    """The second stage: a logistic regression (classes balanced) from `decision_rows` to the page's template name
    (`kv` for forms and other pages), fitted on out-of-fold first-stage probabilities. -> the card's `decision`."""
    from sklearn.linear_model import LogisticRegression

    rows = decision_rows(probs, texts, sets)
    f = np.asarray([r for page in rows for r in page])
    y = np.asarray([DECIDE.index(lab) for lab, page in zip(labels, rows, strict=True) for _ in page])
    mu, sd = f.mean(0), f.std(0) + 1e-6
    m = LogisticRegression(C=DECISION_C, max_iter=3000, class_weight="balanced").fit((f - mu) / sd, y)
    w, b = np.zeros((len(DECIDE), f.shape[1])), np.full(len(DECIDE), -1e4)
    w[m.classes_], b[m.classes_] = m.coef_, m.intercept_
    return {"classes": list(DECIDE), "w": w.round(6).tolist(), "b": b.round(6).tolist(), "mu": mu.round(6).tolist(),
            "sd": sd.round(6).tolist(), "tau": TAU, "c": DECISION_C, "keyword_sets": len(sets),
            "rows": len(y)}  # fmt: skip


def decision_pages(y: np.ndarray, fams: list[str], ocr: int) -> list[int]:
    """Which documents train the second stage: the OCR'd pages (the last `ocr`), and the drawn receipts, forms
    and other pages (the drawn resumes and invoices are the first stage's; their OCR'd kin stand for them)."""
    drawn = len(y) - ocr
    keep = {LABELS.index(lab) for lab in ("receipt", "form", "other")}
    return [i for i in range(len(y)) if i >= drawn or int(y[i]) in keep]


def generator_hashes() -> dict[str, str]:
    """sha256 of each generator module the data came from: the same hashes give the same model."""
    from docsense import synth

    names = ("documents", "forms", "kv_forms", "layout_pages", "pages", "receipts", "resumes", "table_pages",
             "invoices", "browser_docs")  # fmt: skip
    root = Path(synth.__file__).parent
    return {f"synth/{n}.py": hashlib.sha256((root / f"{n}.py").read_bytes()).hexdigest()[:16] for n in names}


def train(out: Path, n: int = 40, run_lofo: bool = False, seed: int = 0, log: Callable[[str], None] = print,
          pages: list[Path] | None = None, caches: list[Path] | None = None, decide: bool = True,
          keywords: list[Path] | None = None) -> dict[str, Any]:  # fmt: skip
    """Build the data (drawn families, then the OCR'd `pages`), train, export `model.onnx` + `card.json` into `out`;
    returns the card."""
    t0 = time.time()
    texts: list[str] = []
    x, y, fams = build(n, log, texts)
    px, py, pf = from_pages(pages or [], caches or [], log, texts)
    x, y, fams = np.concatenate([x, px]), np.concatenate([y, py]), fams + pf
    held: dict[str, Any] = {}
    decision: dict[str, Any] | None = None
    if run_lofo:
        res = lofo(x, y, fams, log=log)
        held = {"leave_one_family_out": {"accuracy": res["accuracy"], "per_family": res["per_family"]}}
        if decide:  # the second stage learns from the out-of-family probabilities lofo gave every page
            idx = decision_pages(y, fams, len(pf))
            names = [TEMPLATE_OF.get(LABELS[int(y[i])], "kv") for i in idx]
            decision = fit_decision([template_names(res["probs"][i]) for i in idx], [texts[i] for i in idx], names,
                                    keyword_sets(keywords or []))  # fmt: skip
            log(f"second stage: {decision['rows']} rows")
    model = fit(x, y)
    out.mkdir(parents=True, exist_ok=True)
    onnx = model.onnx({"labels": ",".join(LABELS)})
    (out / "model.onnx").write_bytes(onnx)
    counts = {lab: int((y == i).sum()) for i, lab in enumerate(LABELS)}
    card = {
        "kind": "doctype", "labels": list(LABELS), "features": {"dim": DIM, "layout": list(LAYOUT)},
        "templates": TEMPLATE_OF,
        "data": {"generated_only": True, "documents": counts, "families": sorted(set(fams)), "per_family": n,
                 "not_trained_on": "synth/resumes.py LATER (HELD_OUT_3 to HELD_OUT_8), synth/invoices.py HELD_OUT_4 "
                                   "and later (drawn or OCR'd), kv_forms 'resume'",
                 "generators": generator_hashes(),
                 "ocr_pages": {"folders": [str(f) for f in pages or []], "pages": len(pf),
                               "families": len(set(pf))}},
        "seed": seed, "model": f"logistic regression (L2, C={C}, balanced classes)", "held_out": held,
        **({"decision": decision} if decision else {}),
        "train_seconds": round(time.time() - t0, 1),
        "sha256": hashlib.sha256(onnx).hexdigest(), "size_bytes": len(onnx),
        "command": f"docsense train doctype --out {out} --n {n}" + ("" if run_lofo else " --no-lofo")
        + ("" if decide else " --no-decision") + "".join(f" --keywords {k}" for k in keywords or [])
        + "".join(f" --pages {f}" for f in pages or []) + "".join(f" --ocr-cache {c}" for c in caches or []),
    }  # fmt: skip
    (out / "card.json").write_text(json.dumps(card, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return card
