"""PaddlePaddle inference directories behind the `Engine` interface (`engine: paddle` in a stage's config).

A model directory is what PaddleOCR / PaddleDetection / PaddleX export: `inference.json` (PIR, Paddle 3) or
`inference.pdmodel` (Paddle 2) plus `inference.pdiparams` (also `model.*`, as x2paddle writes), and beside it
PaddleOCR's `inference.yml` (with `PostProcess.character_dict`) or PaddleDetection's `infer_cfg.yml` (with
`label_list`). `metadata()` returns those lists as `{"character": "one\\nper\\nline"}`, the same key the ONNX
models carry, so the stages work unchanged; the raw YAML text is returned too (`inference.yml` / `infer_cfg.yml`).

Paddle is an optional extra (`make paddle-setup`): it is imported only when this engine is built.
"""

from __future__ import annotations

import contextlib
import os
import re
import sys
import threading
import warnings
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import yaml

from .config import EngineSettings
from .engine_base import Engine, default_threads, resolve_model
from .errors import ModelError

# Program files in the order they are looked for; each needs the `.pdiparams` of the same stem.
PROGRAM_NAMES = ("inference.json", "model.json", "inference.pdmodel", "model.pdmodel")
CONFIG_NAMES = ("inference.yml", "inference.yaml", "infer_cfg.yml", "infer_cfg.yaml")
DICT_GLOBS = ("*dict*.txt", "*keys*.txt", "label_list.txt")
# oneDNN compiles kernels per input shape; the cache holds this many shapes (recognition batches vary in width).
ONEDNN_CACHE_SHAPES = 10


def find_program(path: Path) -> tuple[Path, Path]:
    """The (program, params) files of a model directory, or of a program file given directly."""
    if path.is_file():
        candidates = [path]
        path = path.parent
    else:
        candidates = [path / n for n in PROGRAM_NAMES]
        candidates += sorted(p for p in [*path.glob("*.json"), *path.glob("*.pdmodel")] if p not in candidates)
    for program in candidates:
        params = program.with_suffix(".pdiparams")
        if program.is_file() and params.is_file():
            return program, params
    raise ModelError(f"no Paddle inference model in {path} (want inference.json|.pdmodel + inference.pdiparams)")


def read_labels(model_dir: Path) -> tuple[list[str] | None, dict[str, str]]:
    """Character / label list and raw config texts found beside a model."""
    raw: dict[str, str] = {}
    labels: list[str] | None = None
    for name in CONFIG_NAMES:
        cfg_path = model_dir / name
        if not cfg_path.is_file():
            continue
        text = cfg_path.read_text(encoding="utf-8")
        raw[name.replace(".yaml", ".yml")] = text
        try:
            cfg = yaml.safe_load(text) or {}
        except yaml.YAMLError as exc:
            raise ModelError(f"cannot read {cfg_path}: {exc}") from exc
        if labels is None and isinstance(cfg, dict):
            post = cfg.get("PostProcess") or {}
            found = post.get("character_dict") if isinstance(post, dict) else None
            found = found if found is not None else cfg.get("label_list")
            if isinstance(found, list):
                labels = [str(c) for c in found]
    if labels is None:
        for pattern in DICT_GLOBS:
            hits = sorted(model_dir.glob(pattern))
            if hits:
                labels = hits[0].read_text(encoding="utf-8").splitlines()
                break
    return labels, raw


def has_loop(program: Path) -> bool:
    """A PIR program (JSON) with a `while` op: a decoder loop like SLANet's."""
    return program.suffix == ".json" and re.search(rb'"#":"\d+\.while"', program.read_bytes()) is not None


@contextlib.contextmanager
def _quiet_stdout() -> Iterator[None]:
    """Paddle 3.3 prints debug lines (`ReduceMeanCheckIfOneDNNSupport`) to the C-level stdout while it compiles a
    program; `docsense ocr` writes its JSON to stdout, so fd 1 points at /dev/null meanwhile."""
    sys.stdout.flush()
    saved = os.dup(1)
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, 1)
        yield
    finally:
        os.dup2(saved, 1)
        os.close(saved)
        os.close(devnull)


class PaddleEngine(Engine):
    """One Paddle Inference predictor; `run` is serialized (a predictor is not re-entrant).

    `onednn` (default on): Paddle's plain CPU kernels run these conv nets several times slower. Paddle 3.3 cannot
    run some ops on oneDNN kernels under the new IR (nearest-upsampling with float scales, as PP-OCR det and
    x2paddle's graphs have: "ConvertPirAttribute2RuntimeAttribute not support"); when a model hits that, the
    predictor is rebuilt once with only oneDNN's fused conv kernels (`placement=False`), which keeps most of the gain.
    Programs with a decoder loop start that way.
    """

    def __init__(
        self,
        path: Path,
        settings: EngineSettings,
        onednn: bool = True,
        placement: bool = True,
        ir_optim: bool = True,
    ) -> None:
        if not path.exists():
            path = resolve_model(str(path))
        self.program, self.params = find_program(path)
        self.path = self.program.parent
        self.threads = settings.intra_op_threads or default_threads()
        self.onednn, self.placement, self.ir_optim = onednn, placement, ir_optim
        if has_loop(self.program):
            # Decoder loops run many small ops per step; with all of them on oneDNN kernels SLANet-plus ran ~1.5x
            # slower than with oneDNN's fused convs only (bench/engine_bench.py).
            self.placement = False
        self._lock = threading.Lock()
        self._compiled = False  # the program is compiled on the first run
        self._build()
        self.input_names = list(self.predictor.get_input_names())
        self.output_names = list(self.predictor.get_output_names())
        self._labels, self._raw = read_labels(self.path)

    def _build(self) -> None:
        with warnings.catch_warnings():
            # paddle warns at import about a missing ccache (only used to build C++ extensions).
            warnings.simplefilter("ignore")
            try:
                from paddle import inference
            except ImportError as exc:
                raise ModelError("engine paddle needs the paddle extra: run `make paddle-setup`") from exc
        config = inference.Config(str(self.program), str(self.params))
        config.disable_gpu()
        config.disable_glog_info()
        config.set_cpu_math_library_num_threads(self.threads)
        config.switch_ir_optim(self.ir_optim)
        if self.onednn:
            config.enable_onednn()
            config.set_onednn_cache_capacity(ONEDNN_CACHE_SHAPES)
            if not self.placement:
                config.delete_pass("onednn_placement_pass")
        else:
            config.disable_onednn()
        try:
            self.predictor = inference.create_predictor(config)
        except Exception as exc:
            raise ModelError(f"cannot load {self.program}: {exc}") from exc

    def _run(self, inputs: dict[str, np.ndarray]) -> list[np.ndarray]:
        for name, arr in inputs.items():
            handle = self.predictor.get_input_handle(name)
            handle.reshape(list(arr.shape))
            handle.copy_from_cpu(np.ascontiguousarray(arr))
        self.predictor.run()
        return [self.predictor.get_output_handle(n).copy_to_cpu() for n in self.output_names]

    def run(self, inputs: dict[str, np.ndarray]) -> list[np.ndarray]:
        missing = set(self.input_names) - set(inputs)
        if missing:
            raise ModelError(f"{self.path.name}: missing inputs {sorted(missing)}")
        with self._lock:
            if self._compiled:
                return self._checked(inputs)
            with _quiet_stdout():
                try:
                    out = self._run(inputs)
                except Exception as exc:
                    if not (self.onednn and self.placement and "ConvertPirAttribute2RuntimeAttribute" in str(exc)):
                        raise ModelError(f"{self.path.name} failed: {exc}") from exc
                    self.placement = False
                    self._build()
                    out = self._checked(inputs)
            self._compiled = True
            return out

    def _checked(self, inputs: dict[str, np.ndarray]) -> list[np.ndarray]:
        try:
            return self._run(inputs)
        except Exception as exc:
            raise ModelError(f"{self.path.name} failed: {exc}") from exc

    def metadata(self) -> dict[str, str]:
        meta: dict[str, str] = dict(self._raw)
        if self._labels is not None:
            meta["character"] = "\n".join(self._labels)
        return meta
