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
from docsense.kie.classify import FEATURES, DocTypeModel, classify, doc_features
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
