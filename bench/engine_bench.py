"""Time of each inference engine on the same pages, in one run: onnxruntime vs OpenVINO vs Paddle Inference settings.

Run in the paddle venv: `.venv-paddle/bin/python -m bench.engine_bench [-o results.json] [--pages N] [--repeats N]`.
Models: the bundled ONNX models and their x2paddle conversions (`docsense export bundled`, cached in
`.paddle-models/`). Per model, every engine gets the same inputs built from real pages (det: the page at the
detector's size; rec: the page's line crops in recognizer batches; layout: the 800x608 PicoDet input; table: a
PubTabNet crop at SLANet's 488x488, one per page), one warm-up call, then the timed calls. Output: JSON with
milliseconds per page (best of N runs, engines interleaved; median over pages) per model and engine, and the whole
OCR stage (det -> cls -> rec) per engine.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import time
import warnings
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

import cv2
import numpy as np

from docsense.core.config import EngineSettings, Settings, load_settings
from docsense.core.engine import Engine, OpenVinoEngine, OrtEngine, default_threads, resolve_model

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / ".paddle-models"


def pages(limit: int) -> list[Path]:
    found = sorted((ROOT / "samples").glob("*.jpg"))
    shared = ROOT.parent / "shared" / "data" / "samples"
    if shared.is_dir():
        found += sorted(shared.glob("*.jpg"))
    return found[:limit]


def engines(onnx_location: str, paddle_dir: Path, settings: EngineSettings, openvino: bool) -> dict[str, Engine]:
    from docsense.core.paddle_engine import PaddleEngine

    ov: dict[str, Engine] = {}
    if openvino:  # not for SLANet: OpenVINO cannot convert its decoder Loop
        for precision in ("f32", "bf16"):
            cfg = settings.model_copy(update={"openvino_precision": precision})
            ov[f"openvino_{precision}"] = OpenVinoEngine(resolve_model(onnx_location), cfg)
    return {
        "onnxruntime": OrtEngine(resolve_model(onnx_location), settings),
        **ov,
        # default: oneDNN; rebuilt with fused oneDNN kernels only where Paddle 3.3's placement fails
        "paddle": PaddleEngine(paddle_dir, settings),
        "paddle_onednn_fused_only": PaddleEngine(paddle_dir, settings, placement=False),
        "paddle_no_onednn": PaddleEngine(paddle_dir, settings, onednn=False),
    }


def read(path: Path) -> np.ndarray:
    image = cv2.imread(str(path))
    if image is None:
        raise SystemExit(f"cannot read {path}")
    return np.asarray(image)


def run_all(engine: Engine, page: list[np.ndarray]) -> float:
    """Milliseconds for every input of one page."""
    start = time.perf_counter()
    for x in page:
        engine(x)
    return (time.perf_counter() - start) * 1000


def timed(fn: Callable[[], Any]) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def model_inputs(files: list[Path], settings: Settings) -> dict[str, list[list[np.ndarray]]]:
    """Per model, per page: the list of input tensors the stage would feed."""
    from docsense.layout.picodet import Preprocess
    from docsense.ocr.det import TextDetector, det_input_size
    from docsense.ocr.rec import TextRecognizer, crop_quad

    class Recorder(Engine):
        """Wraps an engine and keeps what it was fed."""

        def __init__(self, inner: Engine) -> None:
            self.inner, self.input_names = inner, inner.input_names
            self.fed: list[np.ndarray] = []

        def run(self, inputs: dict[str, np.ndarray]) -> list[np.ndarray]:
            self.fed.append(next(iter(inputs.values())))
            return self.inner.run(inputs)

        def metadata(self) -> dict[str, str]:
            return self.inner.metadata()

    ocr, eng = settings.ocr, settings.engine
    det = TextDetector(ocr.det, eng)
    rec_engine = Recorder(OrtEngine(resolve_model(ocr.rec.model), eng))
    rec = TextRecognizer(ocr.rec, eng, engine=rec_engine)
    out: dict[str, list[list[np.ndarray]]] = {"det": [], "rec": [], "layout": []}
    for path in files:
        image = read(path)
        h, w = image.shape[:2]
        rh, rw = det_input_size(h, w, ocr.det)
        x = cv2.resize(image, (rw, rh)).astype(np.float32)
        out["det"].append([np.ascontiguousarray(((x / 255.0 - 0.5) / 0.5).transpose(2, 0, 1)[None])])
        quads, _ = det(image)
        rec_engine.fed = []
        rec([crop_quad(image, q) for q in quads])
        out["rec"].append(list(rec_engine.fed))
        out["layout"].append([Preprocess()(image)[0]])
    # table structure: PubTabNet table crops at SLANet's input size (one crop per "page")
    from docsense.table.slanet import SlaNet

    slanet = SlaNet(settings.table, eng)
    tables = ROOT.parent / "shared" / "data" / "tables_pubtabnet" / "images"
    crops = sorted(tables.glob("*.png"))[: len(files)] if tables.is_dir() else []
    out["table"] = [[slanet.preprocess(read(p))[0]] for p in crops]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--out", type=Path, help="JSON file (default: stdout)")
    parser.add_argument("--pages", type=int, default=6)
    parser.add_argument("--repeats", type=int, default=3, help="timed runs per page; the best counts")
    parser.add_argument("--threads", type=int, default=0, help="engine.intra_op_threads (0: one per core)")
    args = parser.parse_args()
    warnings.simplefilter("ignore")
    from docsense.ocr import OcrPipeline
    from docsense.train.export import bundled

    CACHE.mkdir(exist_ok=True)
    (CACHE / ".gitignore").write_text("*\n")
    dirs = bundled(CACHE)
    settings = load_settings(overrides=[f"engine.intra_op_threads={args.threads}"])
    files = pages(args.pages)
    inputs = model_inputs(files, settings)
    locations = {
        "det": settings.ocr.det.model,
        "rec": settings.ocr.rec.model,
        "layout": settings.layout.model,
        "table": settings.table.model,
    }
    result: dict[str, Any] = {
        "what": "ms per page: best of --repeats per page (engines interleaved), median over pages; same inputs",
        "pages": [p.name for p in files],
        "threads": settings.engine.intra_op_threads or default_threads(),
        "machine": {"cpu_count": os.cpu_count(), "platform": platform.platform(), "python": sys.version.split()[0]},
        "models": {},
    }
    for model, location in locations.items():
        if not inputs[model]:
            continue
        built = engines(location, dirs[model], settings.engine, openvino=model != "table")
        for engine in built.values():
            for x in inputs[model][0]:
                engine(x)  # warm-up: sessions compile, oneDNN builds its kernels
        # The CPU may be shared: engines take turns on each page, and each page keeps its best of `repeats`.
        best: dict[str, list[float]] = {name: [] for name in built}
        for page in inputs[model]:
            page_best = {name: float("inf") for name in built}
            for _ in range(args.repeats):
                for name, engine in built.items():
                    page_best[name] = min(page_best[name], run_all(engine, page))
            for name in built:
                best[name].append(page_best[name])
        result["models"][model] = {name: round(statistics.median(v), 1) for name, v in best.items()}
        for name, ms in result["models"][model].items():
            print(f"{model:7s} {name:26s} {ms:8.1f} ms/page", file=sys.stderr)
    # The whole OCR stage per page: onnxruntime vs engine: openvino (bf16) vs engine: paddle (default settings).
    stage: dict[str, float] = {}
    openvino = settings.model_copy(update={"ocr": settings.ocr.model_copy(update={"engine": "openvino"})})
    for name, cfg in (
        ("onnxruntime", settings),
        ("openvino_bf16", openvino),
        ("paddle", load_settings(CACHE / "paddle.yaml")),
    ):
        pipe = OcrPipeline(cfg.ocr, cfg.engine)
        images = [read(p) for p in files]
        pipe(images[0])
        runs = [min(timed(partial(pipe, im)) for _ in range(args.repeats)) for im in images]
        stage[name] = round(statistics.median(runs), 1)
        print(f"ocr     {name:26s} {stage[name]:8.1f} ms/page", file=sys.stderr)
    result["ocr_stage"] = stage
    text = json.dumps(result, indent=2)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")
    else:
        print(text)


if __name__ == "__main__":
    main()
