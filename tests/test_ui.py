"""Web UI: the page logic on a real invoice (overlays, corrections round trip, templates) and the Streamlit page
itself through AppTest (no browser)."""

from __future__ import annotations

import json
import random
from pathlib import Path

import numpy as np
import pytest
from render import fax_bytes

from docsense.app.serve import ui_logic as logic
from docsense.core.config import Settings
from docsense.synth import documents as synth

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "app" / "serve" / "ui.py"
INVOICE = "invoices_invoice2data/files/SammyMaystoneLinesTest.pdf"

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    folder = tmp_path_factory.mktemp("templates")
    return logic.ui_settings(
        Settings.model_validate({"kie": {"template_dirs": [str(folder)]}}), {"layout.enabled": True}
    )


@pytest.fixture(scope="module")
def extractor(settings: Settings):
    from docsense.app.extract import Extractor

    return Extractor(settings)


def processed(path: Path, name: str, mode: logic.Mode, extractor) -> logic.Result:
    result = logic.process(path.read_bytes(), name, mode, "auto", extractor)
    assert result.error is None, result.error
    return result


@pytest.fixture(scope="module")
def invoice(data_dir: Path, extractor) -> logic.Result:
    return processed(data_dir / INVOICE, "invoice.pdf", "extract", extractor)


def test_process_invoice_fields_and_table(invoice: logic.Result) -> None:
    assert invoice.extraction is not None and invoice.extraction.template == "invoice"
    assert invoice.extraction.fields["total"].value == "127.50"
    assert logic.tables(invoice.document), "the invoice's line-item table"
    rows = logic.field_rows(invoice.extraction)
    assert {"show", "field", "value", "raw", "confidence", "page"} == set(rows[0])


def test_overlay_draws_layers_and_highlights_selection(invoice: logic.Result) -> None:
    page, image, scale = invoice.document.pages[0], invoice.images[0], invoice.scales[0]
    fields = logic.page_fields(invoice.extraction, 0)
    plain = np.asarray(logic.overlay(image, page, scale, set()))
    drawn = np.asarray(logic.overlay(image, page, scale, set(logic.LAYERS), fields))
    picked = np.asarray(logic.overlay(image, page, scale, set(), fields, {"total"}))
    assert plain.shape == drawn.shape and (plain != drawn).any()
    # the selected field's box is magenta where nothing was drawn before
    f = min(1.0, 1400 / max(image.shape[:2])) / scale
    x0, y0, x1, _ = (int(v * f) for v in fields["total"].bbox)  # type: ignore[union-attr]
    edge = picked[y0 + 1, (x0 + x1) // 2].astype(int)
    assert edge[0] > 200 and edge[1] < 80 and edge[2] > 200, edge
    assert (plain[y0 + 1, (x0 + x1) // 2] != picked[y0 + 1, (x0 + x1) // 2]).any()


def test_corrections_round_trip_into_training_data(invoice: logic.Result, tmp_path: Path) -> None:
    assert invoice.extraction is not None
    rows = logic.field_rows(invoice.extraction)
    for row in rows:
        if row["field"] == "buyer_name":
            row["value"] = row["raw"] = "Sammy Maystone"  # a correction: text printed on the page
        if row["field"] == "invoice_number":
            row["value"] = row["raw"] = "NOT-PRINTED-42"  # a value the OCR text does not contain
    corrected = logic.apply_rows(invoice.extraction, rows)
    records = logic.corrections(invoice, corrected)
    text = logic.to_jsonl(records)
    path = tmp_path / "labels.jsonl"
    path.write_text(text, encoding="utf-8")
    # the NER trainer's own reader accepts every line (non-overlapping spans inside the text)
    from docsense.synth.ner_lines import read_jsonl

    examples = read_jsonl(path)
    assert len(examples) == len(records) > 10
    labeled = {(ex["text"][s["start"] : s["end"]], s["label"]) for ex in examples for s in ex["spans"]}
    assert ("127.50", "TOTAL") in labeled
    assert ("NOT-PRINTED-42", "INVOICE_NUMBER") in labeled
    assert any(t.replace(" ", "") == "SammyMaystone" and lab == "BUYER_NAME" for t, lab in labeled)
    first = json.loads(text.splitlines()[0])
    assert first["image"] == "invoice.pdf#page=0" and first["sha256"] == invoice.sha256 and len(first["bbox"]) == 4
    # and back into the UI
    loaded = logic.fields_from_records(logic.read_jsonl(text), invoice.sha256)
    restored = logic.restore(invoice.extraction, loaded)
    assert restored.fields["invoice_number"].value == "NOT-PRINTED-42"
    assert restored.fields["total"].value == "127.50"
    with pytest.raises(ValueError, match="line 2"):
        logic.read_jsonl('{"text": "a", "spans": []}\nnot json\n')


def test_edited_value_and_raw_move_the_box_and_the_label(invoice: logic.Result, settings: Settings) -> None:
    """Editing `value` relabels where that value is printed; editing `raw` normalizes it again and finds it."""
    ex = invoice.extraction
    assert ex is not None
    types = logic.field_types(settings, ex.template)
    assert types["total"] == "money" and types["date"] == "date"
    rows = logic.field_rows(ex)
    for row in rows:
        if row["field"] == "total":
            row["value"] = "120.00"  # the first item's amount: printed `$120.00` on the page
        if row["field"] == "due_date":
            row["raw"] = "Jan 1, 2022"  # the invoice date's text
    fixed = logic.apply_rows(ex, rows, invoice.document, types)
    total, due = fixed.fields["total"], fixed.fields["due_date"]
    assert total.value == "120.00" and total.raw == "120.00" and total.confidence == 1.0
    assert total.bbox is not None and total.bbox != ex.fields["total"].bbox
    assert due.value == "2022-01-01" and due.raw == "Jan 1, 2022"  # normalized again by the field's type
    assert due.bbox is not None and abs(due.bbox[1] - ex.fields["date"].bbox[1]) < 5  # type: ignore[index]
    records = logic.corrections(invoice, fixed)
    spans = [(r["text"][s["start"] : s["end"]], s) for r in records for s in r["spans"]]
    got = {s["label"]: (text, s) for text, s in spans}
    assert got["total"][0] == "120.00" and got["total"][1]["bbox"] == list(total.bbox)
    assert got["total"][1]["value"] == "120.00"
    assert got["due_date"][0] == "Jan 1, 2022" and got["due_date"][1]["value"] == "2022-01-01"
    assert not any(text == "127.50" and s["label"] == "total" for text, s in spans)  # the old reading is gone
    # a value printed nowhere keeps its label with no box
    rows = [{**r, "value": "999.99"} if r["field"] == "tax" else r for r in logic.field_rows(ex)]
    fixed = logic.apply_rows(ex, rows, invoice.document, types)
    assert fixed.fields["tax"].bbox is None
    nowhere = [r for r in logic.corrections(invoice, fixed) if r["bbox"] is None]
    assert any(r["text"] == "999.99" and r["spans"][0]["label"] == "tax" for r in nowhere)


def test_downloads(invoice: logic.Result) -> None:
    files = logic.downloads(invoice, invoice.extraction)
    assert {"invoice.json", "invoice.md", "invoice.html", "invoice_tables.xlsx", "invoice_fields.xlsx"} <= set(files)
    assert json.loads(files["invoice.json"][0])["source"] == "invoice.pdf"
    assert files["invoice_tables.xlsx"][0][:2] == b"PK" and b"<table" in files["invoice.html"][0]


def test_template_editor_validate_save_use(settings: Settings, extractor) -> None:
    name, message = logic.validate_template("name: x\ndoc_type: y\nfields:\n  total:\n    type: colour\n")
    assert name is None and "fields.total.type" in message
    assert logic.validate_template("::: not yaml")[0] is None
    assert logic.validate_template(logic.SKELETON.replace("my_invoice", "../evil"))[0] is None
    text = logic.SKELETON.replace("my_invoice", "ui_test_invoice")
    path = logic.save_template(text, settings)
    assert path.parent == logic.user_template_dir(settings) and path.name == "ui_test_invoice.yaml"
    assert "ui_test_invoice" in extractor.templates()
    assert logic.template_text("ui_test_invoice", settings) == text
    assert "fields:" in logic.template_text("receipt", settings)


def test_one_user_template_folder_for_cli_api_and_ui(tmp_path: Path) -> None:
    from docsense.core.config import USER_TEMPLATES, load_settings

    assert Settings().kie.template_dirs == [USER_TEMPLATES]  # searched by default everywhere
    one = load_settings(overrides=[f"kie.template_dirs={tmp_path}"])  # a path, as `--set` passes it
    assert one.kie.template_dirs == [str(tmp_path)] and logic.user_template_dir(one) == tmp_path
    many = load_settings(overrides=[f"kie.template_dirs=[{tmp_path}, /elsewhere]"])
    assert many.kie.template_dirs == [str(tmp_path), "/elsewhere"]


def test_bad_upload_is_a_message(extractor) -> None:
    result = logic.process(b"just some text", "notes.txt", "extract", "auto", extractor)
    assert result.error is not None and result.error.startswith("unsupported")


# --- the Streamlit page (AppTest runs the script without a browser) ---


@pytest.fixture()
def app_env(monkeypatch: pytest.MonkeyPatch, settings: Settings) -> None:
    monkeypatch.setenv("DOCSENSE_SETTINGS", settings.model_dump_json())


def test_page_shows_fields_table_overlays_for_an_invoice(app_env: None, data_dir: Path) -> None:
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(UI), default_timeout=300)
    at.session_state["preloaded"] = [("invoice.pdf", (data_dir / INVOICE).read_bytes())]
    at.run()
    assert not at.exception, at.exception
    assert not at.error, [e.value for e in at.error]
    headers = [h.value for h in at.subheader]
    assert "Fields" in headers and any(h.startswith("Tables") for h in headers)
    assert len(at.image) >= 1 and len(at.data_editor) == 1
    labels = [b.proto.label for b in at.download_button]
    assert "invoice_tables.xlsx" in labels and "Save corrections (labeled JSONL)" in labels
    # sidebar knobs and overlay toggles are there and re-run cleanly
    at.slider(key="thresh").set_value(0.25)
    at.checkbox(key="layer_lines").check()
    at.run()
    assert not at.exception and not at.error
    at.radio(key="mode").set_value("parse")  # no extraction: no fields table, the table stays
    at.run()
    assert not at.exception and not at.error
    assert "Fields" not in [h.value for h in at.subheader] and len(at.data_editor) == 0


def test_page_reports_bad_files_and_template_errors(app_env: None) -> None:
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(UI), default_timeout=300)
    at.session_state["preloaded"] = [("notes.txt", b"plain text, not a document")]
    at.run()
    assert not at.exception
    assert any("notes.txt" in e.value and "unsupported" in e.value for e in at.error)
    at.text_area(key="tpl_text_(new)").set_value("name: broken\ndoc_type: x\nfields: 3\n")
    at.button(key="tpl_validate").click()
    at.run()
    assert not at.exception
    assert any("fields" in e.value for e in at.error)


# --- key-value forms (mode kv) ---

FORM = "forms_funsd/images/00040534.png"


@pytest.fixture(scope="module")
def form(data_dir: Path, extractor) -> logic.Result:
    return processed(data_dir / FORM, "form.png", "kv", extractor)


def test_kv_overlay_colours_entities_by_label_and_draws_links(form: logic.Result) -> None:
    ex = form.extraction
    assert ex is not None and len(ex.pairs) >= 5 and len(ex.entities) >= 20
    page, image, scale = form.document.pages[0], form.images[0], form.scales[0]
    kv = (ex.entities, ex.pairs)

    def count(img: object, colour: str) -> int:
        arr = np.asarray(img).astype(int)
        return int((np.abs(arr - np.array(logic._rgb(colour))).sum(axis=2) < 30).sum())

    def arrows(img: object) -> int:  # magenta, fading toward white for less sure links
        arr = np.asarray(img).astype(int)
        return int(((arr[:, :, 0] > 200) & (arr[:, :, 2] > 200) & (arr[:, :, 1] < 170)).sum())

    with_kv = logic.overlay(image, page, scale, {"kv"}, kv=kv)
    without = logic.overlay(image, page, scale, set(), kv=kv)
    assert arrows(with_kv) > 30 * len(ex.pairs) and arrows(without) == 0
    for label in {e.label for e in ex.entities} & {"question", "answer"}:
        assert count(with_kv, logic.KV_COLOURS[label]) > count(without, logic.KV_COLOURS[label]) + 100


def test_kv_corrections_are_funsd_labeled_data_eval_kv_reads(form: logic.Result, tmp_path: Path) -> None:
    from docsense.eval.kv import norm, read_gt, score_form

    ex = form.extraction
    assert ex is not None
    entities = logic.entity_rows(ex)
    q = next(r for r in entities if r["label"] == "question")
    entities[q["id"]] = {**q, "label": "header", "text": "Corrected header"}
    links = logic.link_rows(ex)
    links[0]["keep"] = False  # drop the first link
    fixed = logic.apply_kv_rows(ex, entities, links)
    assert len(fixed.pairs) == len(ex.pairs) - 1 and fixed.entities[q["id"]].label == "header"

    path = tmp_path / "form.kv.jsonl"
    path.write_text(logic.to_jsonl(logic.kv_labels(form, fixed)), encoding="utf-8")
    (gt,) = read_gt(path)
    assert gt["filename"] == "form.png" and gt["sha256"] == form.sha256
    assert {"id": q["id"], "label": "header", "text": "Corrected header"}.items() <= gt["entities"][q["id"]].items()
    ids = {e["id"]: norm(e["text"]) for e in gt["entities"]}
    assert [(ids[k], ids[v]) for k, v in gt["links"]] == [(norm(p.key), norm(p.value)) for p in fixed.pairs]
    # the saved file is ground truth for `docsense eval kv`: the corrected prediction scores 1.0 against it
    row = score_form(
        gt, [(p.key, p.value) for p in fixed.pairs], [(e.text, e.bbox, e.label) for e in fixed.entities], 0.8
    )
    # (entities: the saved file adds an answer for a ticked box drawn inside its label's box)
    assert row["links"]["f1"] == 1.0 and row["entities"]["precision"] == 1.0 and row["entities"]["recall"] > 0.95


def test_page_in_kv_mode_shows_entities_links_and_saves_them(app_env: None, data_dir: Path) -> None:
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(UI), default_timeout=300)
    at.session_state["preloaded"] = [("form.png", (data_dir / FORM).read_bytes())]
    at.run()
    at.radio(key="mode").set_value("kv")
    at.run()
    assert not at.exception, at.exception
    assert not at.error, [e.value for e in at.error]
    assert "Key-value pairs" in [h.value for h in at.subheader]
    assert len(at.data_editor) == 2 and len(at.image) >= 1  # entities, links; the page with the kv layer
    assert "Save key-value corrections (labeled JSONL)" in [b.proto.label for b in at.download_button]
    at.checkbox(key="layer_kv").uncheck()
    at.run()
    assert not at.exception and not at.error


def test_overlay_of_a_fax_page_keeps_the_fax_proportions(extractor, tmp_path: Path) -> None:
    """A fax (204 x 98 dpi) is read stretched square; the overlay is drawn at the page's own proportions, where its
    boxes are, so the selected field's box sits on the value's ink."""
    sample = synth.make("invoice_en", random.Random("ui-fax-0"))
    path = tmp_path / "fax.tif"
    path.write_bytes(fax_bytes(sample.image))
    result = processed(path, "fax.tif", "extract", extractor)
    page, image, scale = result.document.pages[0], result.images[0], result.scales[0]
    assert image.shape[0] > 1.5 * page.height  # the kept image is the stretched one
    fields = logic.page_fields(result.extraction, 0)
    total = fields["total"].bbox
    assert total is not None
    drawn = logic.overlay(image, page, scale, set(), fields, {"total"})
    assert abs(drawn.height / drawn.width - page.height / page.width) < 0.01
    k = drawn.width / page.width
    x0, y0, x1, _ = (int(v * k) for v in total)
    edge = np.asarray(drawn)[y0 + 1, (x0 + x1) // 2].astype(int)
    assert edge[0] > 200 and edge[1] < 80 and edge[2] > 200, edge  # the magenta box is where the total is
