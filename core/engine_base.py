"""The engine interface every backend implements (`Engine`), and where model files are found.

Apart from `engine.py` so that optional backends (`paddle_engine.py`) build on it without importing the factory.
"""

from __future__ import annotations

import importlib.util
import os
from abc import ABC, abstractmethod
from pathlib import Path

import numpy as np

from .errors import ModelError


def resolve_model(location: str) -> Path:
    """`rapidocr:models/x.onnx` -> the file inside the installed package; other strings are paths."""
    if ":" in location and not Path(location).exists() and not (len(location) > 1 and location[1] == ":"):
        package, resource = location.split(":", 1)
        spec = importlib.util.find_spec(package)
        if spec is None or not spec.submodule_search_locations:
            raise ModelError(f"model package {package!r} is not installed (needed for {location})")
        path = Path(next(iter(spec.submodule_search_locations))) / resource
    else:
        path = Path(location).expanduser()
    if not path.exists():
        raise ModelError(f"model file not found: {path}")
    return path


class Engine(ABC):
    """A loaded model. Inputs by name; outputs in the model's order."""

    input_names: list[str]

    @abstractmethod
    def run(self, inputs: dict[str, np.ndarray]) -> list[np.ndarray]: ...

    def metadata(self) -> dict[str, str]:
        """Custom metadata stored with the model (e.g. the character list of a recognizer)."""
        return {}

    def __call__(self, x: np.ndarray) -> np.ndarray:
        """Single-input, first-output shortcut used by most stages."""
        return self.run({self.input_names[0]: x})[0]

    def lanes(self) -> list[Engine]:
        """Copies of this model that may run side by side, one per core it may use (see `fan_out`)."""
        return [self]


def default_threads() -> int:
    # Physical cores are what onnxruntime scales with; sched_getaffinity respects container limits.
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:
        return max(1, os.cpu_count() or 1)
