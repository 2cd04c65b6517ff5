"""`--template auto`: keyword scoring. Each template's `classify.keywords` maps a keyword (or `re:` regex) to a
weight; a document's score for a template is the sum of the weights of the keywords found in its text, each
counted once. The best-scoring template wins if it reaches its `classify.min_score`.
"""

from __future__ import annotations

import re

from docsense.core.budget import user_regex

from . import normalize as nz
from .schema import Alias, Template


def _pattern(keyword: str) -> Alias:
    if keyword.startswith("re:"):
        return user_regex(keyword[3:])
    body = r"\s*".join(re.escape(c) for c in nz.clean(keyword) if not c.isspace())
    if keyword[:1].isascii() and keyword[:1].isalpha():
        body = r"(?<![a-z])" + body
    return re.compile(body, re.I)


def score(text: str, template: Template) -> float:
    t = nz.clean(text.replace("\n", " \n "))
    return sum(w for kw, w in template.classify.keywords.items() if _pattern(kw).search(t))


def classify(text: str, templates: list[Template]) -> tuple[Template | None, dict[str, float]]:
    scores = {t.name: round(score(text, t), 2) for t in templates if t.classify.keywords}
    ranked = sorted((s, t.name) for t in templates if (s := scores.get(t.name, 0.0)))
    if not ranked:
        return None, scores
    best_score, best_name = ranked[-1]
    best = next(t for t in templates if t.name == best_name)
    return (best if best_score >= best.classify.min_score else None), scores
