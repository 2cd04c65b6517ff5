"""ERNIE token classification (placeholder until the trained model lands)."""

from __future__ import annotations

from docsense.core.config import EngineSettings, NerSettings
from docsense.core.errors import ModelError

from .ner import Tagger


def build_ernie(cfg: NerSettings, engine_cfg: EngineSettings) -> Tagger:
    raise ModelError("no ERNIE NER model yet")
