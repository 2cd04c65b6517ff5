"""`engine: paddle` against the default onnxruntime engine, on the same real pages.

The Paddle models are built here, not downloaded: the bundled ONNX models (PP-OCRv6 det/rec, PP-OCR cls, CDLA
PicoDet layout, SLANet-plus table) are converted with x2paddle by `docsense export bundled` (SLANet-plus's decoder
loop is rebuilt in Paddle around the converted backbone) into `.paddle-models/` (gitignored, kept between runs).
Runs in `.venv-paddle` (`make paddle-setup`); skipped where paddle is not installed.

Tolerances: raw outputs agree to 1e-3 absolute (observed ~1e-5: same weights, float32 on both sides, different
kernels); line text is identical on at least 98% of lines, layout regions match box for box and table HTML is
identical (observed: all).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import numpy as np
import pytest

pytest.importorskip("paddle", exc_type=ImportError)

import cv2

from docsense.core.config import EngineSettings, Settings, load_settings
from docsense.core.engine import OrtEngine, resolve_model
from docsense.core.errors import ModelError
from docsense.core.paddle_engine import PaddleEngine, find_program, read_labels

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
DATA = ROOT.parent / "shared" / "data"
CACHE = ROOT / ".paddle-models"
TOL = 1e-3


def _pages() -> list[Path]:
    pages = sorted(SAMPLES.glob("*.jpg"))
    if (DATA / "samples").is_dir():
        pages += sorted((DATA / "samples").glob("*.jpg"))[:4]  # with the repo samples: ~130 lines, zh + en
    return pages


@pytest.fixture(scope="module")
def models() -> dict[str, Path]:
    from docsense.train.export import bundled

    CACHE.mkdir(exist_ok=True)
    (CACHE / ".gitignore").write_text("*\n")
    return bundled(CACHE)


@pytest.fixture(scope="module")
def settings(models) -> tuple[Settings, Settings]:
    ort = load_settings(overrides=["layout.enabled=true", "table.enabled=true"])
    paddle = load_settings(CACHE / "paddle.yaml", ["layout.enabled=true", "table.enabled=true"])
    return ort, paddle


def _ort(location: str) -> OrtEngine:
    return OrtEngine(resolve_model(location), EngineSettings())


def _normalized(image: np.ndarray, h: int, w: int) -> np.ndarray:
    x = cv2.resize(image, (w, h)).astype(np.float32)
    return np.ascontiguousarray(((x / 255.0 - 0.5) / 0.5).transpose(2, 0, 1)[None])


def test_detector_map_matches_onnxruntime(models):
    page = cv2.imread(str(SAMPLES / "en_page.jpg"))
    x = _normalized(page, 640, 1024)
    ort = _ort(Settings().ocr.det.model)(x)
    paddle = PaddleEngine(models["det"], EngineSettings())(x)
    assert paddle.shape == ort.shape == (1, 1, 640, 1024)
    assert float(np.abs(paddle - ort).max()) < TOL


def test_recognizer_and_classifier_match_onnxruntime(models):
    page = cv2.imread(str(SAMPLES / "zh_product.jpg"))
    crops = [page[40:100, 20:400], page[200:240, 30:330]]
    rec_in = np.concatenate([_normalized(c, 48, 320) for c in crops])
    cls_in = np.concatenate([_normalized(c, 48, 192) for c in crops])
    defaults = Settings().ocr
    for name, location, x in (("rec", defaults.rec.model, rec_in), ("cls", defaults.cls.model, cls_in)):
        ort = _ort(location)(x)
        paddle = PaddleEngine(models[name], EngineSettings())(x)
        assert paddle.shape == ort.shape
        assert float(np.abs(paddle - ort).max()) < TOL, name


def test_metadata_gives_the_stages_the_same_lists(models):
    defaults = Settings()
    rec = PaddleEngine(models["rec"], EngineSettings()).metadata()
    assert rec["character"] == _ort(defaults.ocr.rec.model).metadata()["character"]
    assert "inference.yml" in rec
    layout = PaddleEngine(models["layout"], EngineSettings()).metadata()
    assert layout["character"] == _ort(defaults.layout.model).metadata()["character"]
    assert layout["character"].split("\n")[:2] == ["text", "title"]


def test_ocr_and_layout_stages_agree_on_real_pages(settings):
    from docsense.layout.analyzer import LayoutAnalyzer
    from docsense.ocr import OcrPipeline

    ort_s, pd_s = settings
    ocr = OcrPipeline(ort_s.ocr, ort_s.engine), OcrPipeline(pd_s.ocr, pd_s.engine)
    layout = LayoutAnalyzer(ort_s.layout, ort_s.engine), LayoutAnalyzer(pd_s.layout, pd_s.engine)
    total = same = 0
    for path in _pages():
        image = cv2.imread(str(path))
        a, b = ocr[0](image), ocr[1](image)
        ta, tb = Counter(ln.text for ln in a.lines), Counter(ln.text for ln in b.lines)
        total += max(len(a.lines), len(b.lines))
        same += sum((ta & tb).values())
        ra, rb = layout[0](a.image), layout[1](b.image)
        assert [r.type for r in ra] == [r.type for r in rb], path.name
        for x, y in zip(ra, rb, strict=True):
            assert np.allclose(x.bbox, y.bbox, atol=2.0), path.name
    assert total > 20
    assert same / total >= 0.98


def test_table_structure_and_html_agree_on_pubtabnet_tables(settings, data_dir):
    from docsense.ocr import OcrPipeline
    from docsense.table.recognizer import TableRecognizer

    ort_s, pd_s = settings
    ocr = OcrPipeline(ort_s.ocr, ort_s.engine)
    tables = TableRecognizer(ort_s.table, ort_s.engine), TableRecognizer(pd_s.table, pd_s.engine)
    for path in sorted((data_dir / "tables_pubtabnet" / "images").glob("*.png"))[:3]:
        image = cv2.imread(str(path))
        x, _ = tables[0].slanet.preprocess(image)
        raw = [t.slanet.engine.run({t.slanet.engine.input_names[0]: x}) for t in tables]
        for a, b in zip(*raw, strict=True):
            assert a.shape == b.shape  # same number of decoding steps
            assert float(np.abs(a - b).max()) < TOL
        lines = ocr(image).lines  # the same words for both, so only the structure engine differs
        bbox = (0.0, 0.0, float(image.shape[1]), float(image.shape[0]))
        (ta, sa, _), (tb, sb, _) = (t.read(image, bbox, lines) for t in tables)
        assert sa.tokens == sb.tokens and len(sa.tokens) > 10
        assert ta.html == tb.html


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    exe = Path(sys.executable).parent / "docsense"
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    return subprocess.run([str(exe), *args], capture_output=True, text=True, env=env, check=False, timeout=600)


def test_parse_cli_with_engine_paddle_gives_the_default_engines_document(models, tmp_path):
    page = str(SAMPLES / "en_page.jpg")
    base = ["--set", "layout.enabled=true"]
    a = _cli("parse", page, "-o", str(tmp_path / "ort"), *base)
    b = _cli("parse", page, "-o", str(tmp_path / "paddle"), "--config", str(CACHE / "paddle.yaml"), *base)
    assert a.returncode == 0 and b.returncode == 0, a.stderr[-500:] + b.stderr[-500:]
    da = json.loads((tmp_path / "ort" / "en_page.json").read_text())["pages"][0]
    db = json.loads((tmp_path / "paddle" / "en_page.json").read_text())["pages"][0]
    lines_a = [ln["text"] for blk in da["blocks"] for ln in blk["lines"]]
    lines_b = [ln["text"] for blk in db["blocks"] for ln in blk["lines"]]
    assert len(lines_a) >= 10
    assert sum((Counter(lines_a) & Counter(lines_b)).values()) / len(lines_a) >= 0.98
    assert [blk["type"] for blk in da["blocks"]] == [blk["type"] for blk in db["blocks"]]


def test_ocr_cli_stdout_stays_json_under_paddle(models):
    # Paddle prints debug lines on the C-level stdout while compiling; the engine keeps them out of the JSON.
    out = _cli("ocr", str(SAMPLES / "en_page.jpg"), "--det-only", "--config", str(CACHE / "paddle.yaml"))
    assert out.returncode == 0, out.stderr[-500:]
    records = json.loads(out.stdout)
    assert len(records[0]["boxes"]) >= 10


def test_export_onnx_round_trip_keeps_outputs_and_characters(models, tmp_path):
    from docsense.train.export import to_onnx

    onnx_path = to_onnx(models["cls"], tmp_path / "cls.onnx")
    x = np.random.default_rng(0).uniform(-1, 1, (3, 3, 48, 192)).astype(np.float32)
    back = OrtEngine(onnx_path, EngineSettings())(x)
    assert float(np.abs(back - PaddleEngine(models["cls"], EngineSettings())(x)).max()) < TOL
    # The rec folder's inference.yml dictionary becomes the ONNX `character` metadata the ORT stages read.
    rec_onnx = to_onnx(models["rec"], tmp_path / "rec.onnx")
    labels, _ = read_labels(models["rec"])
    assert labels and OrtEngine(rec_onnx, EngineSettings()).metadata()["character"] == "\n".join(labels)


def test_model_folder_discovery_and_dictionary_files(models, tmp_path):
    with pytest.raises(ModelError):
        find_program(tmp_path)
    program, params = find_program(models["cls"])
    assert (program.name, params.name) == ("inference.json", "inference.pdiparams")
    # A PaddleOCR-style folder with the dictionary as a text file beside the model instead of inference.yml.
    folder = tmp_path / "rec"
    folder.mkdir()
    for f in (program, params):
        (folder / f.name).symlink_to(f)
    (folder / "ppocr_keys_dict.txt").write_text("a\nb\nc\n", encoding="utf-8")
    assert PaddleEngine(folder, EngineSettings()).metadata()["character"] == "a\nb\nc"
