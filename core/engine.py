"""One inference interface behind every model: `Engine.run(inputs) -> outputs`.

`OrtEngine` (onnxruntime) is the default; `get_engine` picks the backend by name, imports it only when chosen
and caches one session per model and settings, so models load once per process.
Model locations are plain paths or `package:resource` inside an installed wheel; nothing is downloaded.
"""

from __future__ import annotations

import ctypes
import functools
import sys
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, Generic, Protocol, TypeVar

import numpy as np

from .config import EngineSettings
from .engine_base import Engine, default_threads, resolve_model
from .errors import ModelError

J = TypeVar("J")
R = TypeVar("R")

_MODEL_SECONDS = [0.0]
_MODEL_LOCK = threading.Lock()


def _count_model_time(since: float) -> None:
    with _MODEL_LOCK:
        _MODEL_SECONDS[0] += time.perf_counter() - since


def model_seconds() -> float:
    """Seconds this process has spent inside model runs (onnxruntime, OpenVINO), summed over threads: the server's
    /metrics reports it."""
    return _MODEL_SECONDS[0]


def fan_out(engine: Engine, jobs: Sequence[J], work: Callable[[Engine, J], R]) -> list[R]:
    """`work(lane, job)` for every job, results in job order; each of the engine's lanes runs on its own thread and
    takes the next job when it is free (pass the largest jobs first). The engines release the GIL while they infer.
    A single job runs on the engine itself, with all its threads."""
    lanes = engine.lanes()
    if len(lanes) < 2 or len(jobs) < 2:
        return [work(engine, job) for job in jobs]
    results: list[R | None] = [None] * len(jobs)
    todo = iter(range(len(jobs)))
    lock = threading.Lock()

    def run(lane: Engine) -> None:
        while True:
            with lock:
                i = next(todo, None)
            if i is None:
                return
            results[i] = work(lane, jobs[i])

    with ThreadPoolExecutor(len(lanes), thread_name_prefix="docsense-lane") as pool:
        for future in [pool.submit(run, lane) for lane in lanes]:
            future.result()
    return results  # type: ignore[return-value] # every slot is filled once all lanes returned


class OrtEngine(Engine):
    def __init__(self, path: Path, settings: EngineSettings, threads: int = 0) -> None:
        import onnxruntime as ort

        self.threads = threads or settings.intra_op_threads or default_threads()
        self.settings = settings
        self._lanes: list[Engine] = []
        self._lanes_lock = threading.Lock()
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = self.threads
        opts.inter_op_num_threads = settings.inter_op_threads
        opts.add_session_config_entry("session.intra_op.allow_spinning", "1" if settings.spinning else "0")
        opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        # The arena keeps the largest buffer ever seen; with pages of varying size that reads as a leak.
        opts.enable_cpu_mem_arena = False
        opts.log_severity_level = 3
        available = set(ort.get_available_providers())
        providers = [p for p in settings.providers if p in available] or ["CPUExecutionProvider"]
        try:
            self.session = ort.InferenceSession(str(path), sess_options=opts, providers=providers)
        except Exception as exc:
            raise ModelError(f"cannot load {path.name}: {exc}") from exc
        self.path = path
        self.input_names = [i.name for i in self.session.get_inputs()]

    def run(self, inputs: dict[str, np.ndarray]) -> list[np.ndarray]:
        start = time.perf_counter()
        try:
            return list(self.session.run(None, inputs))
        except Exception as exc:
            raise ModelError(f"{self.path.name} failed: {exc}") from exc
        finally:
            _count_model_time(start)

    def metadata(self) -> dict[str, str]:
        return dict(self.session.get_modelmeta().custom_metadata_map)

    def lanes(self) -> list[Engine]:
        # Built when a stage that fans out asks (only those pay for the extra sessions). Small inputs such as
        # text-line crops run ~1.1-1.25x faster one per core side by side than each split across the cores.
        with self._lanes_lock:
            if not self._lanes:
                n = self.threads
                self._lanes = [self] if n < 2 else [OrtEngine(self.path, self.settings, threads=1) for _ in range(n)]
        return self._lanes


class OpenVinoEngine(Engine):
    """The same ONNX files on OpenVINO's CPU runtime; its only gain over onnxruntime is bf16 where the CPU has it."""

    def __init__(self, path: Path, settings: EngineSettings) -> None:
        try:
            import openvino as ov
        except ImportError as exc:
            raise ModelError("engine openvino needs the openvino package (pip install openvino)") from exc
        # A stream runs one request at a time: as many streams as callers can run at once (the API's threads of
        # `intra_op_threads` each), else concurrent requests would queue behind each other.
        threads = settings.intra_op_threads or default_threads()
        streams = max(1, default_threads() // threads)
        config = {
            "NUM_STREAMS": streams,
            "INFERENCE_NUM_THREADS": threads * streams,
            "INFERENCE_PRECISION_HINT": settings.openvino_precision,
        }
        try:
            self.model = ov.Core().compile_model(str(path), "CPU", config)
        except Exception as exc:
            raise ModelError(f"cannot load {path.name} with openvino: {exc}") from exc
        self.path = path
        self.input_names = [p.get_any_name() for p in self.model.inputs]
        self._local = threading.local()  # an infer request is not thread-safe: one per thread

    def run(self, inputs: dict[str, np.ndarray]) -> list[np.ndarray]:
        request = getattr(self._local, "request", None)
        if request is None:
            request = self._local.request = self.model.create_infer_request()
        start = time.perf_counter()
        try:
            result = request.infer(inputs)
        except Exception as exc:
            raise ModelError(f"{self.path.name} failed: {exc}") from exc
        finally:
            _count_model_time(start)
        return [np.array(result[out]) for out in self.model.outputs]

    @functools.cache  # noqa: B019 - engines are cached for the life of the process anyway
    def metadata(self) -> dict[str, str]:
        # OpenVINO does not expose ONNX metadata_props: read them with onnxruntime, once, unoptimized.
        import onnxruntime as ort

        opts = ort.SessionOptions()
        opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_DISABLE_ALL
        opts.log_severity_level = 3
        session = ort.InferenceSession(str(self.path), sess_options=opts, providers=["CPUExecutionProvider"])
        return dict(session.get_modelmeta().custom_metadata_map)


_CACHE: dict[tuple[Any, ...], Engine] = {}
_LOCK = threading.Lock()


_MALLOC: list[int] = []  # the setting this process runs with, once decided


def keep_freed_memory(limit_mb: int) -> bool:
    """Lets glibc's malloc keep freed blocks below `limit_mb` for reuse; the first call in a process decides.

    By default glibc hands blocks above 128 KB - 32 MB straight back to the OS when freed, so each page's detector
    input, activations and recognizer outputs (up to hundreds of MB) were mapped and zeroed anew: 60-110k page
    faults per page. Kept, a page is ~10-15% faster; RSS stays near the largest working set seen, and grows a
    little with fragmentation (why the server does not use it by default). True when set.
    """
    with _LOCK:
        if _MALLOC:
            return False
        _MALLOC.append(limit_mb)
    if not limit_mb or not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL("libc.so.6")
        gnu = bool(libc.gnu_get_libc_version())
    except (OSError, AttributeError):  # not glibc (e.g. musl): leave the allocator alone
        return False
    m_trim_threshold, m_mmap_threshold, m_arena_max = -1, -3, -8
    size = limit_mb << 20
    # One arena: threads reuse what others freed (per-thread arenas map their large blocks anew).
    return (
        gnu
        and bool(libc.mallopt(m_mmap_threshold, size))
        and bool(libc.mallopt(m_trim_threshold, 2 * size))
        and bool(libc.mallopt(m_arena_max, 1))
    )


def release_freed_memory() -> None:
    """Hands the blocks kept by `keep_freed_memory` back to the OS (glibc's malloc_trim): a server calls it after
    each request, so a page still reuses its own buffers but RSS does not creep up with fragmentation."""
    if not _MALLOC or not _MALLOC[0] or not sys.platform.startswith("linux"):
        return
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        return


def get_engine(location: str, settings: EngineSettings, backend: str = "onnxruntime") -> Engine:
    """The cached engine for a model; built on first use."""
    keep_freed_memory(512 if settings.keep_freed_mb is None else settings.keep_freed_mb)
    key = (backend, location, settings.model_dump_json())
    with _LOCK:
        engine = _CACHE.get(key)
        if engine is None:
            if backend == "onnxruntime":
                engine = OrtEngine(resolve_model(location), settings)
            elif backend == "openvino":
                engine = OpenVinoEngine(resolve_model(location), settings)
            elif backend == "paddle":
                from .paddle_engine import PaddleEngine  # optional extra, imported only when chosen

                engine = PaddleEngine(Path(location), settings)
            else:
                raise ModelError(f"unknown engine {backend!r} (onnxruntime, openvino or paddle)")
            _CACHE[key] = engine
        return engine


class _ModelSettings(Protocol):
    model: str


S = TypeVar("S", bound=_ModelSettings)


class Predictor(Generic[S]):
    """A stage predictor built on one model: its settings section (which names the model) and the engine that
    runs it; `engine` lets a caller share an already loaded model."""

    def __init__(
        self, cfg: S, engine_cfg: EngineSettings, backend: str = "onnxruntime", engine: Engine | None = None
    ) -> None:
        self.cfg = cfg
        self.engine = engine or get_engine(cfg.model, engine_cfg, backend)
        self.loaded()

    def loaded(self) -> None:
        """Reads what the stage needs from its model (labels, dictionary); called once the engine is there."""
