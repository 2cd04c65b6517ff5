"""Named-entity recognition for KIE: `build_tagger(cfg, engine_cfg)(texts) -> [[Span, ...], ...]`.

Backends (`kie.ner.backend`):
- `lac`: Baidu's LAC lexical analyzer (BiGRU-CRF, Chinese PER/ORG/LOC/TIME), exported to ONNX from the `lac`
  wheel's saved model (`kie/models/lac`, see `ner_lac_export.py`);
- `ernie`: a small ERNIE-architecture token classifier that `docsense train ner` trains on generated resume and
  invoice text plus users' labelled JSONL, exported to ONNX (`kie/models/ner_ernie`), or any paddlenlp
  checkpoint folder named in `kie.ner.model_dir` (needs paddlenlp, optional);
- `auto`: both, spans merged (the ERNIE model first: it also reads English; LAC fills what it missed).
Every backend runs offline from local files; a missing model makes `build_tagger` return None, never download.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from pydantic import BaseModel, ConfigDict

from docsense.core.config import EngineSettings, NerSettings
from docsense.core.errors import ModelError

LABELS = ("PER", "ORG", "LOC", "TIME")


class Span(BaseModel):
    """An entity in one input text: `text == texts[i][start:end]`; `score` in [0, 1]."""

    model_config = ConfigDict(frozen=True)

    text: str
    label: str
    start: int
    end: int
    score: float


class Tagger(Protocol):
    def __call__(self, texts: list[str]) -> list[list[Span]]: ...


def spans_from_tags(text: str, tags: list[str], scores: list[float], keep: set[str] | None) -> list[Span]:
    """BIO tags (`PER-B`/`B-PER` style, `O`) per character -> spans; a span's score is its characters' mean."""
    spans: list[Span] = []
    start, label = -1, ""

    def close(end: int) -> None:
        if start >= 0 and (keep is None or label in keep):
            piece = text[start:end]
            stripped = piece.strip()
            if stripped:
                s = start + piece.index(stripped)
                spans.append(
                    Span(text=stripped, label=label, start=s, end=s + len(stripped), score=_mean(scores[start:end]))
                )

    for i, tag in enumerate(tags):
        lab, pos = split_tag(tag)
        if lab is None:
            close(i)
            start = -1
        elif pos == "B" or lab != label or start < 0:
            close(i)
            start, label = i, lab
    close(len(tags))
    return spans


def split_tag(tag: str) -> tuple[str | None, str]:
    """`PER-B`, `B-PER`, `O` -> (label or None, B/I)."""
    if tag in ("O", "") or "-" not in tag:
        return None, ""
    a, b = tag.split("-", 1)
    if a in ("B", "I", "E", "S"):
        return b, "B" if a in ("B", "S") else "I"
    return a, "B" if b in ("B", "S") else "I"


def _mean(values: list[float]) -> float:
    return round(float(sum(values) / len(values)), 4) if values else 0.0


def merge_spans(first: list[Span], second: list[Span]) -> list[Span]:
    """Spans of `first`, plus those of `second` that overlap none of them; a `second` span that covers several
    `first` spans of its own label replaces them (one tagger split an entity the other read whole). By start."""
    out = list(first)
    for s in second:
        hit = [f for f in out if not (s.end <= f.start or s.start >= f.end)]
        if not hit:
            out.append(s)
        elif len(hit) > 1 and all(f.label == s.label and s.start <= f.start and f.end <= s.end for f in hit):
            out = [f for f in out if f not in hit] + [s]
    return sorted(out, key=lambda s: (s.start, s.end))


class CombinedTagger:
    def __init__(self, taggers: list[Tagger]) -> None:
        self.taggers = taggers

    def __call__(self, texts: list[str]) -> list[list[Span]]:
        results = [tagger(texts) for tagger in self.taggers]
        merged = results[0]
        for other in results[1:]:
            merged = [merge_spans(a, b) for a, b in zip(merged, other, strict=True)]
        return merged


def _builders() -> dict[str, Callable[[NerSettings, EngineSettings], Tagger]]:
    from .ner_ernie import build_ernie
    from .ner_lac import LacTagger

    return {"lac": LacTagger, "ernie": build_ernie}


def build_tagger(cfg: NerSettings, engine_cfg: EngineSettings) -> Tagger | None:
    """The configured tagger, or None when NER is disabled or no backend's model is available."""
    if not cfg.enabled:
        return None
    names = ["ernie", "lac"] if cfg.backend == "auto" else [cfg.backend]
    taggers: list[Tagger] = []
    builders = _builders()
    for name in names:
        try:
            taggers.append(builders[name](cfg, engine_cfg))
        except ModelError:
            if cfg.backend != "auto":
                return None
    if not taggers:
        return None
    return taggers[0] if len(taggers) == 1 else CombinedTagger(taggers)
