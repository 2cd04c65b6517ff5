"""Line crops are read on one single-threaded copy of the recognizer per core, side by side: same text, job order
kept, errors surface."""

from __future__ import annotations

import cv2
import pytest
from conftest import SAMPLES

from docsense.app.pipeline import Pipeline
from docsense.core.config import EngineSettings, load_settings
from docsense.core.engine import Engine, OrtEngine, fan_out, get_engine
from docsense.ocr.rec import TextRecognizer

REC = "rapidocr:models/PP-OCRv6_rec_small.onnx"


def test_two_cores_give_two_single_threaded_lanes_one_core_none():
    two = get_engine(REC, EngineSettings(intra_op_threads=2))
    lanes = two.lanes()
    assert len(lanes) == 2 and all(isinstance(x, OrtEngine) and x.threads == 1 for x in lanes)
    assert two.lanes() is lanes  # built once
    one = get_engine(REC, EngineSettings(intra_op_threads=1))
    assert one.lanes() == [one]


def test_fan_out_keeps_job_order_and_uses_every_lane():
    engine = get_engine(REC, EngineSettings(intra_op_threads=2))
    seen: set[int] = set()

    def work(lane: Engine, job: int) -> int:
        seen.add(id(lane))
        return job * job

    jobs = list(range(40))
    assert fan_out(engine, jobs, work) == [j * j for j in jobs]
    assert seen <= {id(x) for x in engine.lanes()}
    seen.clear()
    assert fan_out(engine, [3], work) == [9] and seen == {id(engine)}  # one job: the engine with all its threads


def test_fan_out_raises_what_a_job_raised():
    engine = get_engine(REC, EngineSettings(intra_op_threads=2))

    def work(lane: Engine, job: int) -> int:
        if job == 5:
            raise ValueError("bad crop 5")
        return job

    with pytest.raises(ValueError, match="bad crop 5"):
        fan_out(engine, list(range(10)), work)


def test_lanes_read_what_one_session_reads():
    lines = list(Pipeline(load_settings()).parse_file(SAMPLES / "invoice_en.png").document.pages[0].lines())
    image = cv2.imread(str(SAMPLES / "invoice_en.png"))
    crops = []
    for line in lines[:30]:
        x0, y0, x1, y1 = (int(v) for v in line.bbox)
        crops.append(image[y0:y1, x0:x1])
    settings = load_settings().ocr.rec
    parallel = TextRecognizer(settings, EngineSettings(intra_op_threads=2))
    single = TextRecognizer(settings, EngineSettings(intra_op_threads=1))
    assert len(parallel.engine.lanes()) == 2
    got, want = parallel(crops), single(crops)
    assert [r.text for r in got] == [r.text for r in want]
    assert sum(r.text == ln.text for r, ln in zip(got, lines, strict=False)) >= 0.8 * len(crops)
