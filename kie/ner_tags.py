"""NER spans and their merging, shared by every NER backend (`ner_ernie`, `ner_lac`) and `ner.build_tagger`."""

from __future__ import annotations

from typing import Protocol

from pydantic import BaseModel, ConfigDict

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
