"""engine: openvino runs the same ONNX files: f32 reads what onnxruntime reads; bf16 (where the CPU has it) nearly."""

from __future__ import annotations

import threading

import numpy as np
import pytest
from conftest import SAMPLES

from docsense.app.pipeline import Pipeline
from docsense.core.config import EngineSettings, load_settings
from docsense.core.engine import get_engine
from docsense.core.errors import ConfigError, ModelError

pytest.importorskip("openvino")

PAGE = SAMPLES / "invoice_en.png"


def parse(overrides: list[str]) -> tuple[list[str], list[dict]]:
    page = Pipeline(load_settings(overrides=overrides)).parse_file(PAGE).document.pages[0]
    return [ln.text for ln in page.lines()], [b.model_dump() for b in page.blocks if b.type == "table"]


@pytest.fixture(scope="module")
def reference(pipeline) -> tuple[list[str], list[dict]]:
    page = pipeline.parse_file(PAGE).document.pages[0]
    return [ln.text for ln in page.lines()], [b.model_dump() for b in page.blocks if b.type == "table"]


def test_f32_reads_what_onnxruntime_reads(reference):
    engines = ["ocr.engine=openvino", "layout.engine=openvino"]  # tables: SLANet's Loop is not convertible
    lines, tables = parse([*engines, "engine.openvino_precision=f32"])
    ref_lines, ref_tables = reference
    assert len(lines) == len(ref_lines) > 20
    same = sum(a == b for a, b in zip(lines, ref_lines, strict=True)) / len(ref_lines)
    assert same >= 0.98, list(zip(lines, ref_lines, strict=True))
    assert [t["table"]["html"] for t in tables] == [t["table"]["html"] for t in ref_tables]


def test_bf16_reads_nearly_the_same(reference):
    lines, _ = parse(["ocr.engine=openvino", "engine.openvino_precision=bf16"])
    ref_lines, _ = reference
    assert abs(len(lines) - len(ref_lines)) <= 1
    same = len(set(lines) & set(ref_lines)) / len(ref_lines)
    assert same >= 0.9, sorted(set(ref_lines) ^ set(lines))
    assert "INVOICE" in " ".join(lines).upper()


def test_one_engine_serves_threads_at_once():
    engine = get_engine("rapidocr:models/ch_ppocr_mobile_v2.0_cls_mobile.onnx", EngineSettings(), "openvino")
    rng = np.random.default_rng(0)
    batches = [rng.random((4, 3, 48, 192), dtype=np.float32) for _ in range(6)]
    expected = [engine(b) for b in batches]
    got: dict[int, np.ndarray] = {}

    def work(i: int) -> None:
        got[i] = engine(batches[i])

    threads = [threading.Thread(target=work, args=(i,)) for i in range(len(batches))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    for i, want in enumerate(expected):
        np.testing.assert_allclose(got[i], want, atol=1e-5)


def test_tables_refuse_openvino():
    with pytest.raises(ConfigError, match=r"table\.engine"):
        load_settings(overrides=["table.engine=openvino"])


def test_bad_model_and_metadata(tmp_path):
    bad = tmp_path / "broken.onnx"
    bad.write_bytes(b"not a model")
    with pytest.raises(ModelError, match="openvino"):
        get_engine(str(bad), EngineSettings(), "openvino")
    rec = get_engine("rapidocr:models/PP-OCRv6_rec_small.onnx", EngineSettings(), "openvino")
    assert len(rec.metadata()["character"].splitlines()) > 10000  # the dictionary travels with the model


def test_fast_config_file_selects_openvino():
    from conftest import ROOT

    s = load_settings(ROOT / "configs" / "fast.yaml")
    assert (s.ocr.engine, s.layout.engine, s.table.engine) == ("openvino", "openvino", "onnxruntime")
