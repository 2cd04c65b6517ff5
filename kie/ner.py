"""Named-entity recognition for KIE: `build_tagger(cfg, engine_cfg)(texts) -> [[Span, ...], ...]`.

Backends (`kie.ner.backend`):
- `lac`: Baidu's LAC lexical analyzer (BiGRU-CRF, Chinese PER/ORG/LOC/TIME), exported to ONNX from the `lac`
  wheel's saved model (`kie/models/lac`, see `docsense.train.lac_export`);
- `ernie`: a small ERNIE-architecture token classifier that `docsense train ner` trains on generated resume and
  invoice text plus users' labelled JSONL, exported to ONNX (`kie/models/ner_ernie`), or any paddlenlp
  checkpoint folder named in `kie.ner.model_dir` (needs paddlenlp, optional);
- `auto`: both, spans merged (the ERNIE model first: it also reads English; LAC fills what it missed).
Every backend runs offline from local files; a missing model makes `build_tagger` return None, never download.
"""

from __future__ import annotations

from collections.abc import Callable

from docsense.core.config import EngineSettings, NerSettings
from docsense.core.errors import ModelError

from .ner_ernie import build_ernie
from .ner_lac import LacTagger
from .ner_tags import LABELS, CombinedTagger, Span, Tagger, spans_from_tags

__all__ = ["LABELS", "Span", "Tagger", "build_tagger", "spans_from_tags"]

BUILDERS: dict[str, Callable[[NerSettings, EngineSettings], Tagger]] = {"lac": LacTagger, "ernie": build_ernie}


def build_tagger(cfg: NerSettings, engine_cfg: EngineSettings) -> Tagger | None:
    """The configured tagger, or None when NER is disabled or no backend's model is available."""
    if not cfg.enabled:
        return None
    names = ["ernie", "lac"] if cfg.backend == "auto" else [cfg.backend]
    taggers: list[Tagger] = []
    for name in names:
        try:
            taggers.append(BUILDERS[name](cfg, engine_cfg))
        except ModelError:
            if cfg.backend != "auto":
                return None
    if not taggers:
        return None
    return taggers[0] if len(taggers) == 1 else CombinedTagger(taggers)
