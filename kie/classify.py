"""`--template auto`: keyword scoring. Each template's `classify.keywords` maps a keyword (or `re:` regex) to a
weight; a document's score for a template is the sum of the weights of the keywords found in its text, each
counted once. The best-scoring template wins if it reaches its `classify.min_score`.
"""

from __future__ import annotations

import itertools
import json
import re
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from docsense.core.budget import user_regex
from docsense.core.config import EngineSettings
from docsense.core.engine import get_engine

from . import normalize as nz
from .schema import Alias, Template
from .view import View


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


# The model's top class at `sure - LEAN` decides where the keywords reach NEAR of its template's min_score.
LEAN, NEAR = 0.2, 0.75


def classify(
    text: str,
    templates: list[Template],
    learned: Callable[[], dict[str, float] | None] | None = None,
    sure: float = 0.9,
) -> tuple[Template | None, dict[str, float]]:
    """The keyword rules' template; where they find none, `learned` (the document-type model's probability per
    template name, `kv` for forms and other pages) fills in when the model is `sure` of a template
    and the page has some of that template's keywords (below its `min_score`), or when it is `sure - LEAN` and the
    keywords reach NEAR of the `min_score`. Measured, not assumed: on generated
    pages scored leave-families-out no form or other page reaches 0.5 for a template, and the one FUNSD form (of
    149) the model puts in `resume` at 0.98 has no resume keyword (docs/kie.md). Where the model's card holds a
    learned second stage (`Decision`, docsense train doctype), that decides instead, from the model's probabilities
    and every template's keyword score together."""
    scores = {t.name: round(score(text, t), 2) for t in templates if t.classify.keywords}
    ranked = sorted((s, t.name) for t in templates if (s := scores.get(t.name, 0.0)))
    picked = None
    if ranked:
        best_score, best_name = ranked[-1]
        best = next(t for t in templates if t.name == best_name)
        picked = best if best_score >= best.classify.min_score else None
    probs = learned() if learned is not None else None
    decision = getattr(probs, "decision", None)
    if probs and decision is not None:
        # the learned second stage weighs the model's probabilities against every template's keywords
        scores.update({f"doctype:{k}": round(v, 3) for k, v in probs.items()})
        base = _guarded(picked, probs, scores, templates, sure)
        return decision.decide(probs, scores, templates, base), scores
    if probs and picked is None:
        scores.update({f"doctype:{k}": round(v, 3) for k, v in probs.items()})
        picked = _guarded(picked, probs, scores, templates, sure)
    return picked, scores


def _guarded(picked: Template | None, probs: dict[str, float], scores: dict[str, float], templates: list[Template],
             sure: float) -> Template | None:  # fmt: skip
    """The keyword rules' template, else the model's where it is sure of it with some of its keywords, or less sure
    with nearly enough of them (a utility bill: `Amount Due`, `Due Date`, `Tax`, no `Invoice`, 2.5 of 3)."""
    if picked is not None:
        return picked
    name, p = max(probs.items(), key=lambda kv: kv[1])
    top = next((t for t in templates if t.name == name), None)
    kw = scores.get(name, 0.0)
    if top is not None and kw > 0 and (p >= sure or (p >= sure - LEAN and kw >= NEAR * top.classify.min_score)):
        return top
    return None


# --- the learned document type -------------------------------------------------------------------------------------
# A page's words and characters, hashed into DIM buckets (presence), plus layout statistics: what a reader sees
# at a glance (a receipt's narrow column of money, an invoice's table, a resume's sections, a form's keys).
DIM = 2048
LAYOUT = (
    "n_lines", "n_rows", "lines_per_row", "wide_rows", "chars_per_line", "aspect", "line_h", "digit_lines",
    "money_lines", "cjk", "upper", "key_lines", "at_signs", "right_lines", "centred_lines", "date_lines",
    "currency_lines", "words_amount_lines", "year_range_lines",
)  # fmt: skip
FEATURES = DIM + len(LAYOUT)
_WORD = re.compile(r"[a-z]+|\d[\d.,:/-]*|[@%$¥|•·:：]")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_MONEY = re.compile(r"(?<![\d.])\d{1,6}[.,]\d{2}(?!\d)")
_DATE = re.compile(r"\b\d{1,4}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{1,4}\b|\b\d{4}\s*[.年]\s*\d{1,2}")
_KEY = re.compile(r"^[^:：]{1,24}[:：]")
# what money and a career look like whatever the layout: a currency, an amount written in words (大写, `... only`),
# a span of years (`2018 - 2021`, `2019.09-至今`)
_CURRENCY = re.compile(r"[$€£¥￥]|\b(?:usd|eur|gbp|cny|rmb|aud|cad|sgd|hkd|inr)\b|元|人民币", re.I)
_WORDS_AMOUNT = re.compile(r"大\s*写|[壹贰叁肆伍陆柒捌玖拾佰仟]{2}|\b(?:dollars?|euros?|pounds?)\b.*\bonly\b", re.I)
_YEARS = re.compile(
    r"(?:19|20)\d\d\s*[./年-]?\s*\d{0,2}\s*月?\s*(?:[-–—~～至]+|to)\s*(?:(?:19|20)\d\d|至今|今|present|now)", re.I
)


def _shape(token: str) -> str:
    """`12.50` -> `9.9`, `2019-06-30` -> `9-9-9`: numbers by their form, not their value."""
    return re.sub(r"\d+", "9", token)


def tokens(rows: list[str]) -> set[str]:
    """Hashed-feature tokens of a page's rows: words and word pairs, number shapes, CJK characters and pairs,
    the first word of each row (keys and section titles start rows)."""
    out: set[str] = set()
    for row in rows:
        low = nz.clean(row).lower()
        words = [_shape(w) if w[0].isdigit() else w for w in _WORD.findall(low)]
        out.update("w:" + w for w in words)
        out.update(f"b:{a} {b}" for a, b in itertools.pairwise(words))
        if words:
            out.add("s:" + words[0])
        cjk = "".join(_CJK.findall(low))
        out.update("c:" + ch for ch in cjk)
        out.update("c2:" + cjk[i : i + 2] for i in range(len(cjk) - 1))
    return out


def _bucket(token: str) -> int:
    return zlib.crc32(token.encode("utf-8")) % DIM


def doc_features(view: View) -> np.ndarray:
    """One page's feature vector (float32, FEATURES long): hashed tokens of its text, then LAYOUT statistics."""
    x = np.zeros(FEATURES, np.float32)
    rows = [view.row_text(i) for i in range(len(view.rows))]
    for tok in tokens(rows):
        x[_bucket(tok)] = 1.0
    lines = view.lines
    if not lines:
        return x
    x0, x1 = min(t.box[0] for t in lines), max(t.box[2] for t in lines)
    y0, y1 = min(t.box[1] for t in lines), max(t.box[3] for t in lines)
    wd, hd = max(1.0, x1 - x0), max(1.0, y1 - y0)
    texts = [t.text for t in lines]
    n = len(lines)
    letters = [ch for s in texts for ch in s if ch.isalpha()]
    mid = (x0 + x1) / 2
    stats = (
        np.log1p(n), np.log1p(len(rows)), n / max(1, len(rows)),
        sum(len(r) >= 3 for r in view.rows) / max(1, len(rows)),
        float(np.mean([len(s) for s in texts])), hd / wd, float(np.median([t.h for t in lines])) / wd,
        sum(any(ch.isdigit() for ch in s) for s in texts) / n, sum(bool(_MONEY.search(s)) for s in texts) / n,
        sum(len(_CJK.findall(s)) for s in texts) / max(1, len(letters)),
        sum(ch.isupper() for ch in letters) / max(1, len(letters)), sum(bool(_KEY.match(s)) for s in texts) / n,
        float(sum(s.count("@") for s in texts)), sum(t.box[0] > mid for t in lines) / n,
        sum(abs((t.box[0] + t.box[2]) / 2 - mid) < 0.05 * wd and t.box[0] > x0 + 0.1 * wd for t in lines) / n,
        sum(bool(_DATE.search(s)) for s in texts) / n,
        sum(bool(_CURRENCY.search(s)) for s in texts) / n, sum(bool(_WORDS_AMOUNT.search(s)) for s in texts) / n,
        sum(bool(_YEARS.search(s)) for s in texts) / n,
    )  # fmt: skip
    x[DIM:] = stats
    return x


# --- the second stage: the model's probabilities and the keyword rules' scores weighed together ----------------------
DECIDE = ("resume", "invoice", "invoice_cn_vat", "invoice_cn", "receipt", "kv")


def keyword_pick(scores: dict[str, float], mins: dict[str, float]) -> str:
    """The keyword rules' template name (best score reaching its min_score), `kv` where none does."""
    ok = [(s, n) for n, s in scores.items() if n in mins and s >= mins[n]]
    return max(ok)[1] if ok else "kv"


def decision_features(probs: dict[str, float], scores: dict[str, float], mins: dict[str, float]) -> np.ndarray:
    """Per template of DECIDE: the model's log-probability, the keyword score over its min_score (capped at 1.5),
    any keyword at all, picked by the keyword rules; then the log-probability of `kv` and `no template picked`."""
    best = keyword_pick(scores, mins)
    f: list[float] = []
    for t in DECIDE[:-1]:
        r = scores.get(t, 0.0) / mins.get(t, 1.0)
        f += [float(np.log(probs.get(t, 0.0) + 1e-4)), min(r, 1.5), float(r > 0), float(best == t)]
    f += [float(np.log(probs.get("kv", 0.0) + 1e-4)), float(best == "kv")]
    return np.asarray(f, np.float64)


class Decision:
    """The learned second stage (`card.json` `decision`: a multinomial logistic regression over
    `decision_features`, trained by `train.doctype.fit_decision`). It may name only a template with some of its
    keywords on the page (a FUNSD form the model rates `resume` 0.99 has none), and it changes the first stage's
    outcome (keywords, then the guarded model) only where it is at least `tau` sure."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.classes: list[str] = list(spec["classes"])
        self.w, self.b = np.asarray(spec["w"], np.float64), np.asarray(spec["b"], np.float64)
        self.mu, self.sd = np.asarray(spec["mu"], np.float64), np.asarray(spec["sd"], np.float64)
        self.tau = float(spec["tau"])

    def probs(self, f: np.ndarray) -> dict[str, float]:
        z = ((f - self.mu) / self.sd) @ self.w.T + self.b
        e = np.exp(z - z.max())
        return dict(zip(self.classes, (e / e.sum()).tolist(), strict=True))

    def decide(self, probs: dict[str, float], scores: dict[str, float], templates: list[Template],
               base: Template | None) -> Template | None:  # fmt: skip
        by_name = {t.name: t for t in templates}
        mins = {t.name: float(t.classify.min_score) for t in templates if t.classify.keywords}
        if base is not None and base.name not in DECIDE:
            return base  # a template of the user's own: the rules' and the guard's outcome stands
        p = self.probs(decision_features(probs, scores, mins))
        allowed = [n for n in self.classes if n == "kv" or (n in by_name and scores.get(n, 0.0) > 0)]
        top = max(allowed, key=lambda n: p[n])
        if top == (base.name if base is not None else "kv") or p[top] < self.tau:
            return base
        return by_name.get(top)


class DocTypeProbs(dict[str, float]):
    """The model's probability per template name, carrying the card's second stage (`decision`, or None)."""

    decision: Decision | None = None


class DocTypeModel:
    """The trained document-type classifier: `model.onnx` (features -> class probabilities, run by the engine
    interface) and `card.json` (labels, feature layout, data, held-out scores) in one folder."""

    def __init__(self, folder: str | Path, engine: EngineSettings | None = None) -> None:
        folder = Path(folder)
        self.card: dict[str, Any] = json.loads((folder / "card.json").read_text(encoding="utf-8"))
        if self.card.get("features") != {"dim": DIM, "layout": list(LAYOUT)}:
            raise ValueError(f"{folder}: the model was trained on other features; retrain it (docsense train doctype)")
        self.labels: list[str] = self.card["labels"]
        self.templates: dict[str, str] = self.card["templates"]
        self.engine = get_engine(str(folder / "model.onnx"), engine or EngineSettings())
        self.decision = Decision(self.card["decision"]) if self.card.get("decision") else None

    def probs(self, x: np.ndarray) -> np.ndarray:
        """Rows of features -> rows of probabilities (one column per label)."""
        return np.asarray(self.engine(np.atleast_2d(x).astype(np.float32)), np.float32)

    def __call__(self, view: View) -> DocTypeProbs:
        """The page's probability per template name (`kv` summing the labels no template reads: forms, other)."""
        p = self.probs(doc_features(view))[0]
        out = DocTypeProbs()
        out.decision = self.decision
        for label, v in zip(self.labels, p, strict=True):
            name = self.templates.get(label, "kv")
            out[name] = out.get(name, 0.0) + float(v)
        return out
