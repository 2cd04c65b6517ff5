"""The `docsense` CLI as users run it: inputs, outputs, formats, errors and exit codes."""

from __future__ import annotations

import json
import shutil

import pytest
from render import ENGLISH, png_bytes, text_page
from typer.testing import CliRunner

from docsense.app.cli import app
from docsense.core.document import Document

runner = CliRunner()
FAST = ["--set", "layout.enabled=false", "--set", "table.enabled=false"]


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    d = tmp_path_factory.mktemp("in")
    img, _ = text_page(ENGLISH[:3], width=1400, height=560)
    (d / "a").mkdir()
    (d / "a" / "page.png").write_bytes(png_bytes(img))
    (d / "b").mkdir()
    (d / "b" / "page.png").write_bytes(png_bytes(img))  # same stem: must not overwrite
    (d / "broken.png").write_bytes(b"\x89PNG\r\n\x1a\n not really")
    (d / "notes.txt").write_text("not a document")
    return d


def test_parse_folders_globs_and_a_broken_file(inputs, tmp_path):
    out = tmp_path / "out"
    r = runner.invoke(
        app,
        [
            "parse",
            str(inputs / "a"),
            str(inputs / "b" / "*.png"),
            str(inputs / "broken.png"),
            "-o",
            str(out),
            "--format",
            "json,md,html",
            *FAST,
        ],
    )
    assert r.exit_code == 1, r.output  # one input failed
    assert "broken.png" in r.output
    assert sorted(p.name for p in out.glob("*.json")) == ["page-1.json", "page.json"]
    doc = Document.from_dict(json.loads((out / "page.json").read_text(encoding="utf-8")))
    assert [ln.text for ln in doc.pages[0].lines()] == ENGLISH[:3]
    assert doc.pages[0].blocks[0].type == "text" and doc.pages[0].blocks[0].order == 0
    md = (out / "page.md").read_text(encoding="utf-8")
    assert ENGLISH[0] in md
    html = (out / "page.html").read_text(encoding="utf-8")
    assert html.startswith("<!doctype html>") and "data:image/jpeg;base64," in html and "<polygon" in html


def test_html_report_escapes_text(tmp_path):
    img, _ = text_page(["<script>alert(1)</script>"], width=1200, height=300)
    src = tmp_path / "x.png"
    src.write_bytes(png_bytes(img))
    r = runner.invoke(app, ["parse", str(src), "-o", str(tmp_path / "o"), "--format", "html", *FAST])
    assert r.exit_code == 0, r.output
    html = (tmp_path / "o" / "x.html").read_text(encoding="utf-8")
    assert "<script>" not in html


def test_parse_to_standard_output(tmp_path):
    """`-o -`: one JSON document per line on stdout (the summary goes to stderr); no folder named `-`."""
    import subprocess
    import sys

    img, _ = text_page(ENGLISH[:2], width=1200, height=300)
    src, other = tmp_path / "a.png", tmp_path / "b.png"
    src.write_bytes(png_bytes(img))
    other.write_bytes(png_bytes(img))
    cmd = [sys.executable, "-m", "docsense.app", "parse", str(src), str(other), "-o", "-", *FAST]
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=300, cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    docs = [json.loads(line) for line in out.stdout.splitlines()]
    assert len(docs) == 2 and "regional water supply" in json.dumps(docs[1])
    assert "standard output" in out.stderr and not (tmp_path / "-").exists()
    r = runner.invoke(app, ["parse", str(src), "-o", "-", "--format", "html"])
    assert r.exit_code == 2 and "json or md" in r.output


def test_missing_input_and_unknown_format(tmp_path):
    r = runner.invoke(app, ["parse", str(tmp_path / "nope.png"), "-o", str(tmp_path)])
    assert r.exit_code != 0 and "no such file" in r.output
    r = runner.invoke(app, ["parse", str(tmp_path), "--format", "docx"])
    assert r.exit_code == 2 and "unknown format" in r.output


def test_ocr_det_only_and_rec_only(tmp_path):
    img, _ = text_page(["Hello docsense world"], width=800, height=320)
    page = tmp_path / "p.png"
    page.write_bytes(png_bytes(img))
    r = runner.invoke(app, ["ocr", str(page), "--det-only"])
    assert r.exit_code == 0, r.output
    boxes = json.loads(r.stdout)[0]["boxes"]
    assert len(boxes) == 1 and len(boxes[0]["polygon"]) == 4 and 0 < boxes[0]["score"] <= 1
    (x0, y0), _, (x1, y1), _ = boxes[0]["polygon"]
    crop = tmp_path / "line.png"
    crop.write_bytes(png_bytes(img.crop((int(x0), int(y0), int(x1), int(y1)))))
    r = runner.invoke(app, ["ocr", str(crop), "--rec-only"])
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout)[0]["text"] == "Hello docsense world"


def test_config_show_and_schema():
    r = runner.invoke(app, ["config", "show", "--set", "ocr.det.unclip_ratio=2.0"])
    assert r.exit_code == 0 and "unclip_ratio: 2.0" in r.stdout
    r = runner.invoke(app, ["config", "show", "--set", "ocr.det.bogus=1"])
    assert r.exit_code == 3 and "bogus" in r.output
    r = runner.invoke(app, ["schema"])
    assert r.exit_code == 0 and "Page" in json.loads(r.stdout)["$defs"]


def test_parse_sample_folder_writes_the_contract(tmp_path):
    from conftest import SAMPLES

    if not shutil.which("true"):
        pytest.skip("no shell")
    r = runner.invoke(app, ["parse", str(SAMPLES / "en_page.jpg"), "-o", str(tmp_path)])
    assert r.exit_code == 0, r.output
    doc = json.loads((tmp_path / "en_page.json").read_text(encoding="utf-8"))
    block = doc["pages"][0]["blocks"][0]
    assert {"type", "bbox", "score", "order", "lines", "table"} <= set(block)


@pytest.mark.parametrize("module", ["docsense.app", "docsense.app.cli"])
def test_runs_as_a_module_with_every_command(module):
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-m", module, "--help"], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    for command in ("parse", "extract", "serve", "eval", "train", "export"):
        assert command in out.stdout


def test_eval_tables_scores_crops_and_reports_a_missing_image(data_dir, tmp_path):
    lines = (data_dir / "tables_pubtabnet" / "gt.jsonl").read_text(encoding="utf-8").splitlines()[:2]
    gone = {**json.loads(lines[0]), "filename": "images/not_there.png"}
    gt = tmp_path / "gt.jsonl"
    gt.write_text("\n".join([*lines, json.dumps(gone)]) + "\n", encoding="utf-8")
    r = runner.invoke(app, ["eval", "tables", "--gt", str(gt), "--images", str(data_dir / "tables_pubtabnet")])
    assert r.exit_code == 0, r.output
    assert "missing image for images/not_there.png" in r.stderr
    scored = json.loads(r.stdout)
    assert len(scored["images"]) == 2
    # PubTabNet dev crops: the pipeline reads these two at TEDS 1.0 today (structure and text).
    assert scored["mean"]["teds_struct"] >= 0.9 and scored["mean"]["teds"] >= 0.85


def test_export_of_a_folder_without_a_model_is_one_error_line(tmp_path):
    # Without the paddle extra the converter is missing; with it the folder holds no model: a ModelError either way.
    r = runner.invoke(app, ["export", "onnx", str(tmp_path)])
    assert r.exit_code == 4, r.output
    assert r.stderr.startswith("error:") and len(r.stderr.strip().splitlines()) == 1
    assert not r.stdout
