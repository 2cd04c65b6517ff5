"""The correction loop closes: fields corrected in the UI -> labeled JSONL -> `docsense train kie` (or, for
key-value forms, `docsense train kv`) -> the new model used by `--set` (end to end on three rendered receipts and
a FUNSD form read by OCR)."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

import pytest

from docsense.app.serve import ui_logic as logic
from docsense.core.config import load_settings

pytestmark = pytest.mark.model
ROOT = Path(__file__).resolve().parent.parent
DOCSENSE = str(Path(sys.executable).parent / "docsense")


def test_ui_corrections_train_the_receipt_tagger_that_set_selects(pipeline, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from docsense.app.extract import Extractor
    from docsense.synth import receipts as gen

    settings = load_settings(overrides=["kie.kv_fallback=false"])  # the loop under test is the line tagger's
    extractor = Extractor(settings, pipeline)
    types = logic.field_types(settings, "receipt")
    records, truth = [], []
    for i in range(3):
        r = gen.make_receipt(random.Random(f"corrections-{i}"))
        path = tmp_path / f"receipt_{i}.png"
        gen.render(r).save(path)
        result = logic.process(path.read_bytes(), path.name, "extract", "receipt", extractor)
        assert result.error is None and result.extraction is not None
        rows = logic.field_rows(result.extraction)
        for row in rows:  # the reviewer types the true total (and company) into `value`
            if row["field"] in ("total", "company"):
                row["value"] = r.fields[row["field"]]
        fixed = logic.apply_rows(result.extraction, rows, result.document, types)
        assert fixed.fields["total"].value == r.fields["total"] and fixed.fields["total"].bbox is not None
        records += logic.corrections(result, fixed)
        truth.append(r.fields["total"])
    corrections = tmp_path / "corrections.jsonl"
    corrections.write_text(logic.to_jsonl(records), encoding="utf-8")
    # every corrected total is a labeled span on a printed line, with the box of the value
    totals = [
        (r["text"][s["start"] : s["end"]], s) for r in records if r["bbox"] for s in r["spans"] if s["label"] == "total"
    ]
    assert sorted(s["value"] for _, s in totals) == sorted(truth)
    assert all(s["bbox"] and text.replace(",", "").endswith(s["value"][-4:]) for text, s in totals)

    out = tmp_path / "tagger"
    train = [DOCSENSE, "train", "kie", "--corrections", str(corrections), "--out", str(out), "--generated", "40",
             "--rounds", "20", "--no-cv"]  # fmt: skip
    done = subprocess.run(train, cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    card = json.loads((out / "card.json").read_text(encoding="utf-8"))
    assert any(str(corrections) in d and "3 corrected pages" in d for d in card["data"]), card["data"]

    # `--set` selects it: the runner loads this folder's model for the receipt template
    from docsense.kie.runner import KieStage

    chosen = load_settings(overrides=[f"kie.tagger_models.receipt={out}"])
    stage = KieStage(chosen.kie, chosen.engine)
    tagger = stage.line_tagger("receipt")
    assert tagger is not None and tagger.card["sha256"] == card["sha256"]
    res = tmp_path / "res.jsonl"
    run = [DOCSENSE, "extract", str(tmp_path / "receipt_0.png"), "-t", "receipt", "-o", str(res),
           "--set", f"kie.tagger_models.receipt={out}", "--set", "kie.kv_fallback=false"]  # fmt: skip
    done = subprocess.run(run, cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    row = json.loads(res.read_text().splitlines()[0])
    assert row["error"] is None and row["template"] == "receipt" and row["fields"]["total"]["value"]


def test_ui_kv_corrections_train_the_kv_model_that_set_selects(pipeline, data_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Mode kv: a relabeled entity and a dropped link saved as FUNSD-shaped JSONL beside the image ->
    `docsense train kv --data` -> `--set kie.kv.model=DIR` reads forms with the new model."""
    import shutil

    from docsense.app.extract import Extractor

    form = sorted((data_dir / "forms_funsd" / "images").glob("*.png"))[0]
    shutil.copy(form, tmp_path / form.name)
    extractor = Extractor(load_settings(), pipeline)
    result = logic.process(form.read_bytes(), form.name, "kv", "kv", extractor)
    assert result.error is None and result.extraction is not None and result.extraction.entities
    entities = logic.entity_rows(result.extraction)
    entities[0]["label"] = "header"  # a correction
    links = logic.link_rows(result.extraction)
    if links:
        links[-1]["keep"] = False  # a wrong link dropped
    fixed = logic.apply_kv_rows(result.extraction, entities, links)
    labels = tmp_path / "kv.jsonl"
    labels.write_text(logic.to_jsonl(logic.kv_labels(result, fixed)), encoding="utf-8")
    saved = json.loads(labels.read_text().splitlines()[0])
    assert saved["entities"][0]["label"] == "header" and len(saved["links"]) == len(fixed.pairs)

    out = tmp_path / "kv_model"
    train = [DOCSENSE, "train", "kv", "--data", str(labels), "--out", str(out), "--synthetic", "30"]
    done = subprocess.run(train, cwd=ROOT, capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stderr[-2000:]
    card = json.loads((out / "card.json").read_text(encoding="utf-8"))
    assert str(labels) in json.dumps(card)
    res = tmp_path / "res.jsonl"
    run = [DOCSENSE, "extract", str(form), "-t", "kv", "-o", str(res), "--set", f"kie.kv.model={out}"]
    done = subprocess.run(run, cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    row = json.loads(res.read_text().splitlines()[0])
    assert row["error"] is None and row["entities"]
