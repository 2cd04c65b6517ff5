"""The learned document type (`kie/models/doctype`, `--template auto`): trained on generated pages only, it must type
layouts it never saw (synth/resumes.py HELD_OUT_3) and real documents (SROIE receipts, FUNSD forms, invoice2data
invoices) right, and fuse with the keyword rules without changing what they already decide."""

from __future__ import annotations

import hashlib
import json
import random
from pathlib import Path

import numpy as np
import pytest

from docsense.core.document import Block, Document, Line, Page
from docsense.kie import KieStage
from docsense.kie.classify import FEATURES, LAYOUT, DocTypeModel, DocTypeProbs, classify, doc_features
from docsense.kie.schema import Template
from docsense.kie.view import View
from docsense.synth import documents as synth
from docsense.synth import invoices, resumes

MODEL = Path(__file__).parents[1] / "kie" / "models" / "doctype"
DATA = Path(__file__).parents[2] / "shared" / "data"


@pytest.fixture(scope="module")
def model() -> DocTypeModel:
    return DocTypeModel(MODEL)


def _lines_doc(lines: list[tuple[str, tuple[float, float, float, float]]]) -> Document:
    ls = [
        Line(text=t, bbox=b, polygon=[(b[0], b[1]), (b[2], b[1]), (b[2], b[3]), (b[0], b[3])], score=0.99)
        for t, b in lines
    ]
    w = max([b[2] for _, b in lines] + [10.0])
    h = max([b[3] for _, b in lines] + [10.0])
    page = Page(
        index=0, width=int(w) + 10, height=int(h) + 10, blocks=[Block(type="text", bbox=(0, 0, w, h), lines=ls)]
    )
    return Document(source="x", pages=[page])


def test_card_matches_model() -> None:
    card = json.loads((MODEL / "card.json").read_text(encoding="utf-8"))
    assert card["sha256"] == hashlib.sha256((MODEL / "model.onnx").read_bytes()).hexdigest()
    assert card["data"]["generated_only"] and card["held_out"]["leave_one_family_out"]["accuracy"] >= 0.98
    assert not any(f.split("/")[1] in resumes.LATER for f in card["data"]["families"])


@pytest.mark.skipif(not synth.cjk_available(), reason="no CJK font (fonts-wqy-microhei) installed")
@pytest.mark.parametrize(
    ("family", "want"),
    [(f, "resume") for f in resumes.LATER]
    + [(f, "invoice") for f in invoices.HELD_OUT + invoices.HELD_OUT_2 + invoices.HELD_OUT_3 if f.startswith("en_")],
)
def test_unseen_layouts_typed_right(model: DocTypeModel, kie: KieStage, family: str, want: str) -> None:
    make = invoices.FAMILIES[family] if want == "invoice" else resumes.FAMILIES[family]
    for i in range(6):
        view = View(synth.sample_document(make(random.Random(f"doctype-test-{i}"))))
        probs = model(view)
        assert max(probs, key=lambda k: probs[k]) == want, probs
        picked, _ = classify(view.text(), [kie.load(n) for n in kie.template_names()], lambda: probs)  # noqa: B023 (called at once)
        assert picked is not None and picked.name == want


def test_fusion_fills_only_where_rules_find_none(kie: KieStage) -> None:
    templates = [kie.load(n) for n in kie.template_names()]
    text = "Jane Doe\nWork History\nEducation & Training\nArizona State University"  # resume score 1.5 < 3
    assert classify(text, templates)[0] is None
    assert classify(text, templates, lambda: {"resume": 0.9, "kv": 0.1})[0].name == "resume"  # type: ignore[union-attr]
    assert classify(text, templates, lambda: {"resume": 0.7, "kv": 0.3})[0] is None  # not sure enough
    # no keyword of the template on the page: the model alone never decides
    assert classify("Brief Number\nClient Group", templates, lambda: {"resume": 0.97, "kv": 0.03})[0] is None
    # the rules' own decision stands whatever the model says
    invoice = "INVOICE\nBill To: Acme\nSubtotal 10.00\nTotal 11.00"
    assert classify(invoice, templates, lambda: {"kv": 0.95, "invoice": 0.05})[0].name == "invoice"  # type: ignore[union-attr]


def _sroie(folder: Path) -> list[Document]:
    docs = []
    for f in sorted((folder / "boxes").glob("*.csv")):
        lines = []
        for row in f.read_text(errors="ignore").splitlines():
            parts = row.split(",", 8)
            if len(parts) == 9 and parts[8].strip():
                xs, ys = [float(parts[i]) for i in (0, 2, 4, 6)], [float(parts[i]) for i in (1, 3, 5, 7)]
                lines.append((parts[8], (min(xs), min(ys), max(xs), max(ys))))
        docs.append(_lines_doc(lines))
    return docs


@pytest.mark.skipif(not (DATA / "receipts_sroie").exists(), reason="../shared/data not present")
def test_real_receipts_and_forms(model: DocTypeModel) -> None:
    receipts = [model(View(d)) for d in _sroie(DATA / "receipts_sroie")]
    assert len(receipts) == 40 and [max(p, key=lambda k: p[k]) for p in receipts] == ["receipt"] * 40
    forms = [json.loads(x) for x in (DATA / "forms_funsd" / "gt.jsonl").read_text().splitlines()]
    for f in forms:
        doc = _lines_doc([(e["text"], tuple(e["box"])) for e in f["entities"] if e["text"].strip()])
        probs = model(View(doc))
        assert max(probs, key=lambda k: probs[k]) == "kv", (f["filename"], probs)


@pytest.mark.model
@pytest.mark.skipif(not (DATA / "invoices_invoice2data").exists(), reason="../shared/data not present")
def test_real_invoices_stay_invoices(pipeline, kie: KieStage) -> None:  # type: ignore[no-untyped-def]
    # the model alone reads these real invoices as other pages (generated invoices differ): the rules decide
    for pdf in sorted((DATA / "invoices_invoice2data" / "files").glob("*.pdf")):
        doc = pipeline.parse_file(pdf, keep_images=False).document
        assert kie(doc, "auto").template == "invoice", pdf.name


def test_train_small_model_matches_its_onnx(tmp_path: Path) -> None:
    pytest.importorskip("sklearn")
    pytest.importorskip("onnx")
    from docsense.train import doctype

    x, y, _ = doctype.build(1, log=lambda m: None)
    assert x.shape == (len(y), FEATURES) and set(y.tolist()) == set(range(len(doctype.LABELS)))
    linear = doctype.fit(x, y)
    (tmp_path / "model.onnx").write_bytes(linear.onnx({}))
    card = {"labels": list(doctype.LABELS), "templates": doctype.TEMPLATE_OF}
    card["features"] = json.loads((MODEL / "card.json").read_text(encoding="utf-8"))["features"]
    (tmp_path / "card.json").write_text(json.dumps(card), encoding="utf-8")
    got = DocTypeModel(tmp_path).probs(x[:20])
    assert np.allclose(got, linear.predict(x[:20]), atol=1e-4)
    assert doc_features(View(_lines_doc([]))).shape == (FEATURES,)


def test_layout_cues_of_money_and_careers() -> None:
    # an amount in words, a currency and a span of years count whatever the layout (kie.classify.LAYOUT)
    cues = ("currency_lines", "words_amount_lines", "year_range_lines")
    at = [FEATURES - len(LAYOUT) + LAYOUT.index(n) for n in cues]
    receipt = _lines_doc(
        [("今收到 华联五金商店", (10, 10, 300, 30)), ("人民币（大写）：壹仟贰佰元整", (10, 40, 300, 60)),
         ("¥1200.00", (10, 70, 120, 90)), ("收款单位（盖章）", (10, 100, 200, 120))]
    )  # fmt: skip
    resume = _lines_doc(
        [("Jane Doe", (10, 10, 200, 40)), ("2018 - 2021  Acme Corp, Engineer", (10, 50, 400, 70)),
         ("2019.09-至今 北京大学", (10, 80, 400, 100)), ("jane@example.com", (10, 110, 200, 130))]
    )  # fmt: skip
    xr, xc = doc_features(View(receipt)), doc_features(View(resume))
    assert xr[at[0]] == 0.5 and xr[at[1]] == 0.25 and xr[at[2]] == 0.0
    assert xc[at[0]] == 0.0 and xc[at[1]] == 0.0 and xc[at[2]] == 0.5


def test_pages_read_by_the_ocr_are_training_data(tmp_path: Path) -> None:
    from PIL import Image

    from docsense.train import doctype

    pages, cache = tmp_path / "pages", tmp_path / "ocr"
    pages.mkdir()
    cache.mkdir()
    rows = [("zh_sales_order_000_clean.png", "invoice"), ("cv_000_clean.png", "resume"), ("x_000_clean.png", "kv")]
    for i, (name, _) in enumerate(rows):
        Image.new("RGB", (40 + i, 40), "white").save(pages / name)
        doc = _lines_doc([("销售单 No. XS001" if i == 0 else "Education 2018 - 2021", (10, 10, 200, 30))])
        sha = hashlib.sha256((pages / name).read_bytes()).hexdigest()
        (cache / f"{sha}.json").write_text(doc.model_dump_json(), encoding="utf-8")
    (pages / "gt.jsonl").write_text(
        "".join(json.dumps({"filename": n, "template": t, "fields": {}}) + "\n" for n, t in rows), encoding="utf-8"
    )
    x, y, fams = doctype.from_pages([pages], [cache], log=lambda m: None)
    # a template no class reads (kv) is left out; a Chinese sales slip of synth/invoices.py is an invoice_cn page
    assert x.shape == (2, FEATURES)
    assert [doctype.LABELS[i] for i in y] == ["invoice_cn", "resume"]
    assert fams == ["invoice_cn/zh_sales_order", "resume/cv"]


def test_cli_rejects_a_pages_folder_without_truth(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from docsense.app.cli.main import app

    res = CliRunner().invoke(app, ["train", "doctype", "-o", str(tmp_path / "m"), "--pages", str(tmp_path)])
    assert res.exit_code == 2


@pytest.mark.skipif(not synth.cjk_available(), reason="no CJK font (fonts-wqy-microhei) installed")
def test_round15_families_typed_right(model: DocTypeModel, kie: KieStage) -> None:
    """New pages (seeds never drawn before) of the round-15/15b browser families, read as the OCR would: the
    收款收据 and the online payment receipt were typed `kv` by the model trained before them."""
    from docsense.synth import browser, browser_docs15
    from docsense.train.doctype import _sample_doc

    if browser.unavailable_reason() is not None:
        pytest.skip(browser.unavailable_reason())
    templates = [kie.load(n) for n in kie.template_names()]
    right = sure = 0
    with browser.Browser() as b:
        for fam in browser_docs15.FAMILIES:
            sample = browser_docs15.make(fam, random.Random(f"doctype-test15-{fam}"), b)
            view = View(_sample_doc(sample, 1))
            probs = model(view)
            top = max(probs, key=lambda k: probs[k])
            right += top == sample.template
            sure += top == sample.template and probs[top] >= 0.8
            picked, _ = classify(view.text(), templates, lambda: probs)  # noqa: B023 (called at once)
            assert picked is not None and picked.name == sample.template, (fam, probs)
    assert right == len(browser_docs15.FAMILIES) and sure >= len(browser_docs15.FAMILIES) - 1


def _halved(templates: list[Template]) -> list[Template]:
    """The templates with every other keyword gone: a template before anyone wrote keywords for a new layout."""
    out = []
    for t in templates:
        kept = dict(list(t.classify.keywords.items())[::2])
        out.append(t.model_copy(update={"classify": t.classify.model_copy(update={"keywords": kept})}))
    return out


def _decided(model: DocTypeModel, view: View, templates: list[Template], second: bool) -> str:
    probs = model(view)
    if not second:
        probs = dict(probs)  # a plain dict: the first stage's guarded fusion only
    picked, _ = classify(view.text(), templates, lambda: probs)
    return picked.name if picked is not None else "kv"


def test_second_stage_keeps_the_guard_and_the_rules(model: DocTypeModel, kie: KieStage) -> None:
    assert model.decision is not None and model.decision.tau >= 0.6
    templates = [kie.load(n) for n in kie.template_names()]

    def probs(**p: float) -> DocTypeProbs:
        out = DocTypeProbs({n: 0.0 for n in ("resume", "invoice", "invoice_cn_vat", "invoice_cn", "receipt", "kv")})
        out.update(p)
        out.decision = model.decision
        return out

    # a FUNSD form the model rates resume 0.99 has no resume keyword: never a resume
    assert classify("Brief Number\nClient Group", templates, lambda: probs(resume=0.99, kv=0.01))[0] is None
    # an invoice the keyword rules read stays one when the model has no opinion of its own
    invoice = "INVOICE\nBill To: Acme\nSubtotal 10.00\nTotal 11.00"
    assert classify(invoice, templates, lambda: probs(invoice=0.5, kv=0.5))[0].name == "invoice"  # type: ignore[union-attr]


@pytest.mark.skipif(not synth.cjk_available(), reason="no CJK font (fonts-wqy-microhei) installed")
def test_second_stage_types_what_half_the_keywords_miss(model: DocTypeModel, kie: KieStage) -> None:
    """Pages of layouts the model never trained on (synth/resumes.py LATER, the English synth/invoices.py families),
    the templates with every other keyword gone: the second stage types them as well as the guard (38 of 38 both)."""
    templates = _halved([kie.load(n) for n in kie.template_names()])
    fams = [(resumes.FAMILIES[f], "resume") for f in resumes.LATER] + [
        (invoices.FAMILIES[f], "invoice") for f in invoices.FAMILIES if f.startswith("en_")
    ]
    guard = second = n = 0
    for make, want in fams:
        for i in range(2):
            view = View(synth.sample_document(make(random.Random(f"doctype-half-{i}"))))
            guard += _decided(model, view, templates, False) == want
            second += _decided(model, view, templates, True) == want
            n += 1
    assert second >= guard and second >= 0.9 * n, (guard, second, n)


@pytest.mark.skipif(not (DATA / "receipts_sroie").exists(), reason="../shared/data not present")
def test_second_stage_keeps_real_receipts_and_forms(model: DocTypeModel, kie: KieStage) -> None:
    templates = [kie.load(n) for n in kie.template_names()]
    receipts = [_decided(model, View(d), templates, True) for d in _sroie(DATA / "receipts_sroie")]
    assert receipts == ["receipt"] * 40
    for f in [json.loads(x) for x in (DATA / "forms_funsd" / "gt.jsonl").read_text().splitlines()]:
        doc = _lines_doc([(e["text"], tuple(e["box"])) for e in f["entities"] if e["text"].strip()])
        assert _decided(model, View(doc), templates, True) == "kv", f["filename"]


# the invoice keywords that rounds 12 and 15b's fixes added for the hotel folio and the online payment receipt
ADDED_LATER = (r"re:\b(guest\s*)?folio\b", r"re:\breceipt\s+from\b", r"re:\bamount\s*(paid|charged)\b",
               r"re:\bdate\s*paid\b|\bpayment\s*method\b")  # fmt: skip


def test_second_stage_types_pages_the_first_score_keywords_miss(model: DocTypeModel, kie: KieStage) -> None:
    """New pages (seeds never drawn) of the hotel folio (round 12) and the payment receipt (round 15b), read as the
    OCR would, with the templates as at their first score (the invoice keywords added for them removed): the guard
    types some of them `receipt` / `kv`, the second stage all as invoices.
    Their OCR'd pages trained the model (seen)."""
    from docsense.synth import browser, browser_docs, browser_docs15
    from docsense.train.doctype import _sample_doc

    if browser.unavailable_reason() is not None:
        pytest.skip(browser.unavailable_reason())
    templates = []
    for t in (kie.load(n) for n in kie.template_names()):
        kept = {k: w for k, w in t.classify.keywords.items() if k not in ADDED_LATER}
        templates.append(t.model_copy(update={"classify": t.classify.model_copy(update={"keywords": kept})}))
    guard = second = n = 0
    with browser.Browser() as b:
        for gen, fam in ((browser_docs, "en_hotel_folio"), (browser_docs15, "en_stripe_receipt")):
            for i in range(3):
                view = View(_sample_doc(gen.make(fam, random.Random(f"doctype-first-{fam}-{i}"), b), i))
                guard += _decided(model, view, templates, False) == "invoice"
                second += _decided(model, view, templates, True) == "invoice"
                n += 1
    assert second >= n - 1 and second > guard, (guard, second, n)  # measured: guard 4, second stage 6 of 6


@pytest.mark.skipif(not synth.cjk_available(), reason="no CJK font (fonts-wqy-microhei) installed")
def test_rounds_17_to_19_typed_right(model: DocTypeModel, kie: KieStage) -> None:
    """New pages (seeds never drawn) of the round-17/18/19 browser families, which the model never trained on (read as
    the OCR would): `auto` types every one right, and the model's own top class is right on all but the hotel bill
    (宾客账单, round 18: `kv` or `invoice_cn` at about 0.5, docs/doctype.md), a guard for the next retraining."""
    from docsense.synth import browser, browser_docs17, browser_docs18, browser_docs19
    from docsense.train.doctype import _sample_doc

    if browser.unavailable_reason() is not None:
        pytest.skip(browser.unavailable_reason())
    templates = [kie.load(n) for n in kie.template_names()]
    with browser.Browser() as b:
        for gen in (browser_docs17, browser_docs18, browser_docs19):
            for fam in gen.FAMILIES:
                sample = gen.make(fam, random.Random(f"doctype-test17-{fam}"), b)
                view = View(_sample_doc(sample, 1))
                probs = model(view)
                picked, _ = classify(view.text(), templates, lambda: probs)  # noqa: B023 (called at once)
                assert picked is not None and picked.name == sample.template, (fam, probs)
                if fam != "zh_hotel_folio":
                    assert max(probs, key=lambda k: probs[k]) == sample.template, (fam, probs)
