"""Learned key-value linking: entity labels and key -> value links scored by two small gradient-boosted models.

The entities are the segments `kie.kv` cuts from the OCR lines (a line split where a key ends, `Date: 12/03/98`;
stacked lines of one value joined; checkboxes attached to their option). Then:

1. **Labels.** `entity.onnx` gives each segment P(question | answer | header | other) from its text (colon, known
   key word, digits, dates, money, phone, checkbox glyph, capitals, length), its place on the page, and its
   neighbours (distance and key-likeness of the texts right, left, above and below it). A model may carry a word
   lexicon (`lexicon.json`: how often the training forms printed each word as a key, value, title or other): its
   words' label shares join the entity and pair features.
2. **Links.** Every (key, value) candidate (the value on the key's row to its right, or below it within reach;
   the nearest dozen per key) gets P(linked) from `link.onnx`: relative position, alignment, distance, rank among
   the key's and the value's candidates, texts standing between them, both label distributions, both texts' cues.
3. **Decoding**, one-to-many from keys: each value takes its most likely key when P >= `kv.min_link`; a key keeps
   every value that chose it. Linked segments are labelled question / answer, the rest keep their argmax label.

Both models are LightGBM classifiers exported to ONNX (`docsense train kv`) and run through the engine
interface; `card.json` beside them says what they were trained on and how they scored on held-out forms.
"""

from __future__ import annotations

import json
import re
from typing import Any

import numpy as np

from docsense.core.config import EngineSettings
from docsense.core.document import Word
from docsense.core.engine import Engine, get_engine
from docsense.core.engine_base import resolve_model
from docsense.core.errors import ModelError
from docsense.core.graph import DisjointSets

from .kv_text import _KEY_TAILS, Seg, _is_cjk, _n_words, is_known_key, key_core

LABELS = ("question", "answer", "header", "other")
_DATE = re.compile(
    r"\b\d{1,4}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{1,4}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
    r"\.?\s+\d|\d{4}年|\d月"
)
_MONEY = re.compile(r"[$€£¥]\s*\d|\d[.,]\d{2}\b")
_PHONE = re.compile(r"\(?\d{3}\)?[\s\-.]\d{3}[\s\-.]\d{4}|1[3-9]\d{9}")
_SEL = (0, 2, 5, 6, 12, 15, 16, 25)  # text cues of each side repeated in a pair's features
MAX_PER_KEY = 12


def _vo(a: Any, b: Any) -> float:
    return max(0.0, min(a[3], b[3]) - max(a[1], b[1]))


def _ho(a: Any, b: Any) -> float:
    return max(0.0, min(a[2], b[2]) - max(a[0], b[0]))


def text_features(s: Seg, keyness: float) -> list[float]:
    t = s.text
    core = key_core(t)
    n = max(len(t), 1)
    letters = [c for c in t if c.isalpha()]
    nl = max(len(letters), 1)
    words = core.split()
    return [
        float(s.colon),
        float(":" in t[:-1] or "：" in t[:-1]),
        float(is_known_key(t)),
        float(bool(words) and words[-1] in _KEY_TAILS),
        float(len(t)),
        _n_words(core),
        sum(c.isdigit() for c in t) / n,
        len(letters) / n,
        sum(c.isupper() for c in letters) / nl,
        float(t[:1].isupper()),
        float(t[:1].islower()),
        float(t[:1].isdigit()),
        float(bool(_DATE.search(t.lower()))),
        float(bool(_MONEY.search(t))),
        float(bool(_PHONE.search(t))),
        float(s.checkbox == "x"),
        float(s.checkbox == " "),
        float("@" in t or "www" in t.lower()),
        float(t.endswith(".")),
        float(t.endswith((",", ";"))),
        float("(" in t),
        float(_is_cjk(t)),
        float("?" in t or "？" in t),
        float("#" in t or "no." in t.lower()),
        sum(1 for w in words if w[:1].isupper()) / max(len(words), 1),
        keyness,
    ]


N_TEXT = 26
N_ENTITY = N_TEXT + 10 + 5 + 16


def _boxes(segs: list[Seg]) -> tuple[np.ndarray, np.ndarray]:
    """Boxes (n, 4) and raw line heights (n,) of the segments, float64."""
    return np.array([s.bbox for s in segs], np.float64).reshape(-1, 4), np.array([s.height for s in segs], np.float64)


def _overlaps(a: np.ndarray, b: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Vertical and horizontal overlap of every box of `a` (rows) with every box of `b` (columns)."""
    vo = np.maximum(0.0, np.minimum(a[:, None, 3], b[None, :, 3]) - np.maximum(a[:, None, 1], b[None, :, 1]))
    ho = np.maximum(0.0, np.minimum(a[:, None, 2], b[None, :, 2]) - np.maximum(a[:, None, 0], b[None, :, 0]))
    return vo, ho


def neighbours(segs: list[Seg]) -> tuple[list[np.ndarray], list[np.ndarray], np.ndarray, np.ndarray, np.ndarray]:
    """Nearest text right, left, below and above each segment (index or -1; distance in line heights, 99 when
    none), how many texts share its row, the boxes and the line heights (at least 1 px)."""
    box, raw_h = _boxes(segs)
    h = np.maximum(raw_h, 1.0)
    vo, ho = _overlaps(box, box)
    other = ~np.eye(len(segs), dtype=bool)
    row = other & (vo > 0.4 * np.minimum(h[:, None], raw_h[None, :]))
    col = other & ~row & ((ho > 0) | (np.abs(box[None, :, 0] - box[:, None, 0]) < h[:, None]))
    hh = h[:, None]
    sides = (  # right, left, below, above: distance in line heights, where the neighbour may stand
        ((box[None, :, 0] - box[:, None, 2]) / hh, row),
        ((box[:, None, 0] - box[None, :, 2]) / hh, row),
        ((box[None, :, 1] - box[:, None, 3]) / hh, col),
        ((box[:, None, 1] - box[None, :, 3]) / hh, col),
    )
    n_row = row.sum(axis=1)
    near, dist = [], []
    for d, ok in sides:
        d = np.where(ok & (d > -0.4) & (d < 99.0), d, np.inf)
        j = d.argmin(axis=1)
        found = np.isfinite(d[np.arange(len(segs)), j])
        near.append(np.where(found, j, -1))
        dist.append(np.where(found, d[np.arange(len(segs)), j], 99.0))
    return near, dist, n_row, box, h


def entity_features(segs: list[Seg], width: float, height: float, keyness: list[float]) -> np.ndarray:
    """One row per segment: text cues, place on the page, and its nearest neighbours on each side."""
    if not segs:
        return np.zeros((0, N_ENTITY), np.float32)
    hs = sorted(s.height for s in segs)
    mh = max(hs[len(hs) // 2], 1.0)
    near, dist, n_row, _, h = neighbours(segs)
    rows = []
    for i, s in enumerate(segs):
        b = s.bbox
        hi = float(h[i])
        ctx = [float(dist[k][i]) for k in range(4)] + [float(n_row[i])]
        for k in range(4):
            nb = int(near[k][i])
            if nb < 0:
                ctx += [0.0, -9.0, 0.0, 0.0]
            else:
                o = segs[nb]
                ctx += [1.0, keyness[nb], float(o.colon), sum(c.isdigit() for c in o.text) / max(len(o.text), 1)]
        geo = [
            b[0] / width,
            b[1] / height,
            b[2] / width,
            b[3] / height,
            (b[2] - b[0]) / width,
            hi / mh,
            float(s.lines),
            abs((b[0] + b[2]) / 2 - width / 2) / width,
            (b[2] - b[0]) / hi,
            float(s.cell is not None),
        ]
        rows.append(text_features(s, keyness[i]) + geo + ctx)
    return np.asarray(rows, np.float32)


# --- word identity: which words the training forms print as keys, values, titles (a learned lexicon) ---

N_LEX = 9
_LEX_SMOOTH = 3.0  # pseudo-counts of the label prior: a word seen once moves its label little
_WORD = re.compile(r"[^\W\d_]+")


def word_tokens(text: str) -> list[str]:
    """Lower-cased letter runs; a CJK run gives its character pairs (`出生日期` -> 出生 生日 日期)."""
    out: list[str] = []
    for w in _WORD.findall(text.casefold()):
        if _is_cjk(w):
            out += [w[k : k + 2] for k in range(max(len(w) - 1, 1))]
        else:
            out.append(w)
    return out


def build_lexicon(texts: list[str], labels: list[int], min_count: int = 2) -> dict[str, Any]:
    """Label counts per word over training segments (words seen fewer than `min_count` times dropped)."""
    counts: dict[str, list[int]] = {}
    total = [0] * len(LABELS)
    for text, y in zip(texts, labels, strict=True):
        total[y] += 1
        for w in set(word_tokens(text)):
            counts.setdefault(w, [0] * len(LABELS))[y] += 1
    words = {w: c for w, c in counts.items() if sum(c) >= min_count}
    return {"total": total, "words": dict(sorted(words.items()))}


def lexicon_features(segs: list[Seg], lexicon: dict[str, Any]) -> np.ndarray:
    """Per segment, from its words' smoothed label shares: P(question) of the last word, the first, their mean and
    maximum; the mean P(answer) and P(header); the share of its words in the lexicon; how often the last word was
    seen; how many words."""
    total = np.asarray(lexicon["total"], np.float64)
    prior = total / max(total.sum(), 1.0)
    words: dict[str, list[int]] = lexicon["words"]
    out = np.zeros((len(segs), N_LEX), np.float32)
    for i, s in enumerate(segs):
        toks = word_tokens(s.text)
        if not toks:
            out[i] = (*prior[[0, 0, 0, 0, 1, 2]], 0.0, 0.0, 0.0)
            continue
        counts = np.asarray([words.get(w, (0, 0, 0, 0)) for w in toks], np.float64)
        n = counts.sum(axis=1, keepdims=True)
        p = (counts + _LEX_SMOOTH * prior) / (n + _LEX_SMOOTH)
        out[i] = (
            p[-1, 0],
            p[0, 0],
            p[:, 0].mean(),
            p[:, 0].max(),
            p[:, 1].mean(),
            p[:, 2].mean(),
            float((n > 0).mean()),
            float(np.log1p(n[-1, 0])),
            float(len(toks)),
        )
    return out


def candidates(segs: list[Seg], max_per_key: int = MAX_PER_KEY, above: bool = False) -> list[tuple[int, int]]:
    """Possible (key, value) pairs: the value on the key's row right of it, or below it within reach; with
    `above` (models trained so, card `above_candidates`), also the text just above a key over the same stretch
    of the page: a signature line's name typed over its label (`SIGNATURE OF CLAIMANT` printed under it)."""
    if not segs:
        return []
    kb, raw_h = _boxes(segs)
    h = np.maximum(raw_h, 1.0)[:, None]
    vo, _ = _overlaps(kb, kb)
    dx = kb[None, :, 0] - kb[:, None, 2]
    dy = kb[None, :, 1] - kb[:, None, 3]
    row = (vo > 0.3 * np.minimum(h, raw_h[None, :])) & (dx > -0.5 * h) & (dx < 40 * h)
    below = (
        ~row
        & (kb[None, :, 1] > kb[:, None, 1] + 0.3 * h)
        & (dy < 10 * h)
        & (kb[None, :, 2] > kb[:, None, 0] - 2 * h)
        & (kb[None, :, 0] < kb[:, None, 2] + 15 * h)
    )
    d = np.where(row, np.maximum(dx, 0) / h, np.maximum(dy, 0) / h + 0.3 * np.abs(kb[None, :, 0] - kb[:, None, 0]) / h)
    ok = (row | below) & ~np.eye(len(segs), dtype=bool)
    if above:
        # Up to 2.5 line heights over the key, sharing a third of the narrower width (a name over its line).
        up = kb[:, None, 1] - kb[None, :, 3]
        ho = np.minimum(kb[None, :, 2], kb[:, None, 2]) - np.maximum(kb[None, :, 0], kb[:, None, 0])
        wmin = np.minimum(kb[None, :, 2] - kb[None, :, 0], kb[:, None, 2] - kb[:, None, 0])
        over = ~row & (up > -0.3 * h) & (up < 2.5 * h) & (ho > 0.3 * np.maximum(wmin, 1.0))
        over &= ~np.eye(len(segs), dtype=bool)
        d = np.where(over, 1.0 + np.maximum(up, 0) / h, d)  # after the key's own row and the line under it
        ok |= over
    out = []
    for i in range(len(segs)):
        js = np.flatnonzero(ok[i])
        js = js[np.lexsort((js, d[i, js]))][:max_per_key]  # nearest first, ties by index
        out += [(i, int(j)) for j in js]
    return out


N_PAIR = 18 + 2 * len(LABELS) + 2 * (len(_SEL) + 5)
_PAIR_LEX = (0, 2, 4)  # the lexicon's P(question) of the last word, mean P(question), mean P(answer)


def n_pair(lexicon: bool) -> int:
    return N_PAIR + (2 * len(_PAIR_LEX) if lexicon else 0)


def pair_features(
    segs: list[Seg],
    cands: list[tuple[int, int]],
    ent_x: np.ndarray,
    lab_p: np.ndarray,
    width: float,
    height: float,
    rule_links: set[tuple[int, int]],
    lexicon: bool = False,
) -> np.ndarray:
    """One row per candidate: geometry between the two, ranks, blockers, labels and cues of both sides (with
    `lexicon`, `ent_x` carries the lexicon columns after the entity features, and both sides' word cues join)."""
    if not cands:
        return np.zeros((0, n_pair(lexicon)), np.float32)
    box, raw_h = _boxes(segs)
    ki = np.array([i for i, _ in cands])
    vi = np.array([j for _, j in cands])
    kb, vb = box[ki], box[vi]
    h = np.maximum(raw_h[ki], 1.0)
    vo = np.maximum(0.0, np.minimum(kb[:, 3], vb[:, 3]) - np.maximum(kb[:, 1], vb[:, 1])) / np.minimum(
        h, np.maximum(raw_h[vi], 1.0)
    )
    ho = np.maximum(0.0, np.minimum(kb[:, 2], vb[:, 2]) - np.maximum(kb[:, 0], vb[:, 0])) / np.maximum(
        np.minimum(kb[:, 2] - kb[:, 0], vb[:, 2] - vb[:, 0]), 1.0
    )
    dist = (np.maximum(vb[:, 0] - kb[:, 2], 0) + np.maximum(vb[:, 1] - kb[:, 3], 0)) / h
    # Texts standing between key and value: on the row between them, or under the key above the value.
    hc = h[:, None]
    o = box[None, :, :]
    o_vo_k = np.maximum(0.0, np.minimum(o[..., 3], kb[:, None, 3]) - np.maximum(o[..., 1], kb[:, None, 1]))
    o_ho_v = np.maximum(0.0, np.minimum(o[..., 2], vb[:, None, 2]) - np.maximum(o[..., 0], vb[:, None, 0]))
    on_row = (o_vo_k > 0.3 * hc) & (o[..., 0] >= kb[:, None, 2] - 0.2 * hc) & (o[..., 2] <= vb[:, None, 0] + 0.2 * hc)
    above = (o[..., 1] >= kb[:, None, 3] - 0.2 * hc) & (o[..., 3] <= vb[:, None, 1] + 0.2 * hc) & (o_ho_v > 0)
    blocking = np.where((vo > 0.3)[:, None], on_row, above)
    blocking[np.arange(len(cands)), ki] = False
    blocking[np.arange(len(cands)), vi] = False
    between = blocking.sum(axis=1)
    by_k: dict[int, list[tuple[float, int]]] = {}
    by_v: dict[int, list[tuple[float, int]]] = {}
    for (i, j), d in zip(cands, dist.tolist(), strict=True):
        by_k.setdefault(i, []).append((d, j))
        by_v.setdefault(j, []).append((d, i))
    rank_k = {(i, j): r for i, lst in by_k.items() for r, (_, j) in enumerate(sorted(lst))}
    rank_v = {(i, j): r for j, lst in by_v.items() for r, (_, i) in enumerate(sorted(lst))}
    same_cell_row = [
        float(segs[i].cell is not None and segs[j].cell is not None and segs[i].cell[:2] == segs[j].cell[:2])  # type: ignore[index]
        for i, j in cands
    ]
    geo = np.stack(
        [
            (vb[:, 0] - kb[:, 2]) / h,
            (vb[:, 1] - kb[:, 3]) / h,
            (vb[:, 0] - kb[:, 0]) / h,
            ((vb[:, 0] + vb[:, 2]) - (kb[:, 0] + kb[:, 2])) / 2 / h,
            ((vb[:, 1] + vb[:, 3]) - (kb[:, 1] + kb[:, 3])) / 2 / h,
            vo,
            ho,
            (vo > 0.3).astype(np.float64),
            np.abs(vb[:, 0] - kb[:, 0]) / h,
            (vb[:, 0] - kb[:, 2]) / width,
            (vb[:, 1] - kb[:, 3]) / height,
            raw_h[vi] / h,
            np.array([rank_k[c] for c in cands], np.float64),
            np.array([rank_v[c] for c in cands], np.float64),
            between.astype(np.float64),
            dist,
            np.array(same_cell_row),
            np.array([float(c in rule_links) for c in cands]),
        ],
        axis=1,
    )
    cols = [*_SEL, N_TEXT + 5, N_TEXT + 6, N_TEXT + 10, N_TEXT + 11, N_TEXT + 12]
    if lexicon:
        cols += [N_ENTITY + k for k in _PAIR_LEX]
    return np.hstack([geo, lab_p[ki], lab_p[vi], ent_x[ki][:, cols], ent_x[vi][:, cols]]).astype(np.float32)


# --- the learned segmenter, part 1: where one entity ends inside an OCR line (`Phone No. x2689`, `DATE 11/13/81`,
# and no cut where the rules see one: FUNSD's `Total Cost: $1,200` as one entity) ---

N_SPLIT = 35


def split_features(words: list[Word], h: float, cuts: set[int]) -> tuple[list[int], np.ndarray]:
    """Every boundary between two words of a line (index of the word after it) and its features: the gap (in line
    heights and against the line's median gap), whether the rules cut there (`cuts`: a colon, a wide gap, a known
    key), both words' cues, and those of the texts before and after it up to the rules' neighbouring cuts."""
    n = len(words)
    rule = sorted(cuts)
    gaps = [(words[i].bbox[0] - words[i - 1].bbox[2]) / h for i in range(1, n)]
    med = float(np.median(gaps)) if gaps else 0.0
    at, rows = [], []
    for i in range(1, n):
        a = max((c for c in rule if c < i), default=0)
        b = min((c for c in rule if c > i), default=n)
        left, right = words[i - 1].text, words[i].text
        prefix = " ".join(w.text for w in words[a:i])
        suffix = " ".join(w.text for w in words[i:b])
        last = prefix.split()[-1].casefold() if prefix.split() else ""
        gap = gaps[i - 1]
        rows.append(
            [
                gap,
                gap - med,
                float(i in cuts),
                float(left.rstrip()[-1:] in ":："),
                float(right[:1] in "☑☒■▣☐□▢◻"),
                float(len(left)),
                float(len(right)),
                float(left.endswith(".")),
                float(left.endswith((",", ";"))),
                _caps(left),
                _caps(right),
                float(left[:1].isupper()),
                float(right[:1].isupper()),
                _digits(left),
                _digits(right),
                float(right[:1] in "($#"),
                float(_is_cjk(left)),
                float(_is_cjk(right)),
                float(is_known_key(prefix)),
                _n_words(prefix),
                float(last in _KEY_TAILS),
                _caps(prefix),
                _n_words(suffix),
                _digits(suffix),
                float(bool(_DATE.search(suffix.lower()))),
                float(bool(_PHONE.search(suffix))),
                float(bool(_MONEY.search(suffix))),
                (words[i].bbox[3] - words[i].bbox[1]) / max(words[i - 1].bbox[3] - words[i - 1].bbox[1], 1.0),
                float(i),
                float(n - i),
                float(n),
                _caps(suffix),
                float(right[:1].islower()),
                float(bool(_DATE.search(prefix.lower()))),
                _digits(prefix),
            ]
        )
        at.append(i)
    return at, np.asarray(rows, np.float32).reshape(len(rows), N_SPLIT)


def _caps(t: str) -> float:
    letters = [c for c in t if c.isalpha()]
    return float(bool(letters) and all(c.isupper() for c in letters))


def _digits(t: str) -> float:
    return sum(c.isdigit() for c in t) / max(len(t), 1)


# --- grouping: fragments of one entity (a value over several lines, `84` + `mm` cut at a gap) ---

_MERGE_TEXT = (0, 4, 5, 6, 8, 9, 10, 15, 16, 18, 19, 25)  # colon, length, words, digits, capitals, checkbox, ending
_N_CONTEXT = 6
N_MERGE = 13 + 2 * len(_MERGE_TEXT) + 2 * _N_CONTEXT + 2
# An upper line that stops mid-phrase (`Name of`, `Cost Per`, `Smith,`): its entity goes on below.
_OPEN_END = re.compile(r"(?:\b(?:of|and|or|the|for|to|in|on|at|by|per|with|a|an|&)|[,&/\-])$", re.I)


def page_context(segs: list[Seg]) -> np.ndarray:
    """`_context` of every fragment (what `merge_features` reads), to compute once for many pairs."""
    return _context(segs)


def _context(segs: list[Seg]) -> np.ndarray:
    """What surrounds each fragment: texts right and left of it on its row (how near), and how many texts start
    at its left edge in the lines just above and below (a list or a column of cells, not a wrapped entity)."""
    n = len(segs)
    out = np.zeros((n, _N_CONTEXT), np.float32)
    if not n:
        return out
    box, _ = _boxes(segs)
    h = np.maximum(np.asarray([s.height for s in segs], np.float32), 1.0)
    for i in range(n):
        b, hi = box[i], h[i]
        vo = np.maximum(0.0, np.minimum(box[:, 3], b[3]) - np.maximum(box[:, 1], b[1]))
        row = vo > 0.5 * np.minimum(h, hi)
        row[i] = False
        right = (box[:, 0] - b[2]) / hi
        left = (b[0] - box[:, 2]) / hi
        r_d = right[row & (right > -0.3)]
        l_d = left[row & (left > -0.3)]
        col = (np.abs(box[:, 0] - b[0]) < 1.0 * hi) & ~row
        dy = np.abs((box[:, 1] + box[:, 3]) / 2 - (b[1] + b[3]) / 2) / hi
        col[i] = False
        out[i] = (
            min(float(r_d.min()), 30.0) if len(r_d) else 30.0,
            min(float(l_d.min()), 30.0) if len(l_d) else 30.0,
            float((col & (dy < 3.5)).sum()),
            float((col & (dy < 8.0)).sum()),
            (b[2] - b[0]) / hi,
            float(bool(_OPEN_END.search(segs[i].text.strip()))),
        )
    return out


def merge_candidates(segs: list[Seg]) -> list[tuple[int, int]]:
    """(a, b): b is the nearest text right of a on its row (within 4 line heights), or the nearest text under a
    (within 1.2 line heights, overlapping its column)."""
    out = []
    for i, a in enumerate(segs):
        h = max(a.height, 1.0)
        ab = a.bbox
        right, below = (4.0, -1), (1.2, -1)
        for j, b in enumerate(segs):
            if j == i:
                continue
            bb = b.bbox
            if _vo(ab, bb) > 0.5 * min(h, b.height):
                dx = (bb[0] - ab[2]) / h
                if -0.3 < dx < right[0]:
                    right = (dx, j)
            elif bb[1] > ab[1] + 0.5 * h and (_ho(ab, bb) > 0 or abs(bb[0] - ab[0]) < 1.5 * h):
                dy = (bb[1] - ab[3]) / h
                if -0.3 < dy < below[0]:
                    below = (dy, j)
        out += [(i, j) for _, j in (right, below) if j >= 0]
    return out


def merge_features(
    segs: list[Seg], cands: list[tuple[int, int]], text_x: np.ndarray, ctx: np.ndarray | None = None
) -> np.ndarray:
    """The grouping model's inputs for fragment pairs (`ctx`: `page_context(segs)` when already computed)."""
    if not cands:
        return np.zeros((0, N_MERGE), np.float32)
    rows = []
    cols = list(_MERGE_TEXT)
    ctx = _context(segs) if ctx is None else ctx
    for i, j in cands:
        a, b = segs[i], segs[j]
        h = max(a.height, 1.0)
        ab, bb = a.bbox, b.bbox
        same_row = _vo(ab, bb) > 0.5 * min(h, b.height)
        rows.append(
            [
                float(same_row),
                (bb[0] - ab[2]) / h,
                (bb[1] - ab[3]) / h,
                (bb[0] - ab[0]) / h,
                (bb[2] - ab[2]) / h,
                (bb[2] - bb[0]) / max(ab[2] - ab[0], 1.0),
                b.height / h,
                _ho(ab, bb) / max(min(ab[2] - ab[0], bb[2] - bb[0]), 1.0),
                float(a.lines),
                float(b.lines),
                float(a.text[-1:] in ".,;"),
                float(b.text[:1].islower()),
                float(a.cell is not None and a.cell == b.cell),
                *text_x[i, cols],
                *text_x[j, cols],
                *ctx[i],
                *ctx[j],
                float(b.text[:1] in "(["),
                abs(bb[0] - ab[0]) / h,
            ]
        )
    return np.asarray(rows, np.float32).reshape(len(rows), N_MERGE)


# --- the rules' stacking of lines, checked: is the line under a stacked text the next line of the same entity? ---

N_STACK = N_MERGE + 2


def stack_features(
    segs: list[Seg], upper: int, lower: int, cur: Seg, text_x: np.ndarray, ctx: np.ndarray
) -> np.ndarray:
    """The grouping model's inputs for the last line stacked so far (`upper`) and the line under it (`lower`), plus
    how many lines and words the text stacked so far (`cur`) has (`text_x`, `ctx`: of all `segs`, computed once)."""
    x = merge_features(segs, [(upper, lower)], text_x, ctx)[0]
    return np.concatenate([x, [float(cur.lines), _n_words(cur.text)]]).astype(np.float32)


def apply_merges(segs: list[Seg], cands: list[tuple[int, int]], p: np.ndarray, threshold: float = 0.5) -> list[Seg]:
    """Segments joined where the model says two fragments are one entity (texts in reading order)."""
    sets = DisjointSets(len(segs))
    for (i, j), prob in zip(cands, p, strict=True):
        if prob >= threshold:
            sets.union(i, j)
    out = []
    for members in sets.groups():
        if len(members) == 1:
            out.append(segs[members[0]])
            continue
        parts = sorted((segs[m] for m in members), key=lambda s: (round(s.cy / max(s.height, 1.0)), s.bbox[0]))
        text = parts[0].text
        for s in parts[1:]:
            text += s.text if _is_cjk(text[-1:]) and _is_cjk(s.text[:1]) else " " + s.text
        box = (
            min(s.bbox[0] for s in parts),
            min(s.bbox[1] for s in parts),
            max(s.bbox[2] for s in parts),
            max(s.bbox[3] for s in parts),
        )
        first = parts[0]
        out.append(
            Seg(
                text=text,
                bbox=box,
                page=first.page,
                height=first.height,
                colon=parts[-1].colon,
                checkbox=first.checkbox,
                lines=sum(s.lines for s in parts),
                cell=first.cell,
            )
        )
    out.sort(key=lambda s: (round(s.bbox[1] / max(s.height, 1.0)), s.bbox[0]))
    return out


def decode(
    cands: list[tuple[int, int]], p_link: np.ndarray, lab_p: np.ndarray, min_link: float
) -> tuple[list[tuple[int, int, float]], list[str]]:
    """Each value takes its most likely key (P >= min_link); keys keep all values that chose them."""
    best: dict[int, tuple[float, int]] = {}
    for (i, j), p in zip(cands, p_link, strict=True):
        if p >= min_link and p > best.get(j, (0.0, -1))[0]:
            best[j] = (float(p), i)
    links = sorted((i, j, p) for j, (p, i) in best.items())
    labels = [LABELS[int(np.argmax(p))] for p in lab_p]
    for i, j, _ in links:
        labels[i], labels[j] = "question", "answer"
    return links, labels


class KvModel:
    """The two ONNX models of one trained kv model folder (entity.onnx, link.onnx, card.json)."""

    def __init__(self, location: str, engine_cfg: EngineSettings | None = None) -> None:
        folder = resolve_model(location)
        card_path = folder / "card.json"
        if not card_path.is_file():
            raise ModelError(f"{folder} has no card.json: not a kv model folder")
        self.card = json.loads(card_path.read_text(encoding="utf-8"))
        files = self.card.get("files", {})
        feats = self.card.get("features", {})
        # Word identity (`lexicon.json`: the entity and pair features gain its columns) is optional per model.
        lex = "lexicon.json" in files
        n_ent = N_ENTITY + (N_LEX if lex else 0)
        want = {"entity": n_ent, "pair": n_pair(lex), "merge": N_MERGE, "split": N_SPLIT, "stack": N_STACK}
        want |= {"lexicon": N_LEX} if lex else {}
        if any(
            feats.get(name) != n
            for name, n in want.items()
            if f"{name}.onnx" in files or name in ("entity", "pair", "lexicon")
        ):
            raise ModelError(f"{folder}: features {feats} do not match this docsense version ({want})")
        self.lexicon: dict[str, Any] | None = None
        if lex:
            self.lexicon = json.loads((folder / "lexicon.json").read_text(encoding="utf-8"))
        # Tiny tree ensembles: one thread each, so they never wait on a thread pool.
        cfg = (engine_cfg or EngineSettings()).model_copy(update={"intra_op_threads": 1})
        # A bag (`train(bag=K)`, card `members`: one [entity, link] file pair each): K entity and K link models
        # trained on K generated sets of different seeds; their probabilities are averaged, so no one training
        # seed's luck decides the model (docs/kv.md, twentieth pass). Without `members`, one pair.
        members = self.card.get("members", [["entity.onnx", "link.onnx"]])
        self.entities: list[Engine] = [get_engine(str(folder / e), cfg) for e, _ in members]
        self.links: list[Engine] = [get_engine(str(folder / lk), cfg) for _, lk in members]
        self.entity: Engine = self.entities[0]
        self.link: Engine = self.links[0]
        self.split: Engine | None = None
        if "split.onnx" in self.card.get("files", {}):
            self.split = get_engine(str(folder / "split.onnx"), cfg)
        self.merge: Engine | None = None
        if "merge.onnx" in self.card.get("files", {}):
            self.merge = get_engine(str(folder / "merge.onnx"), cfg)
        # The stacking check (`stack.onnx`, trained with labelled forms): the rules stack a line under a text only
        # where it gives P(one entity) >= `stack_threshold`.
        self.stack: Engine | None = None
        if "stack.onnx" in self.card.get("files", {}):
            self.stack = get_engine(str(folder / "stack.onnx"), cfg)
        self.stack_threshold = float(self.card.get("stack_threshold", 0.2))
        # Fragments are joined only where the grouping model is this sure (a wrong join loses two entities).
        self.merge_threshold = float(self.card.get("merge_threshold", 0.5))
        # The learned segmenter (`split.onnx` deciding every in-line boundary, `merge.onnx` joining lines) replaces
        # the rules' stacking of paragraph lines; older grouping models join on top of it.
        self.rule_stacking = bool(self.card.get("rule_stacking", True))
        self.cut_threshold = float(self.card.get("cut_threshold", 0.5))
        # `add`: the model only adds cuts to the rules' (before the tenth pass); `replace`: it decides every boundary.
        self.cut_mode = str(self.card.get("cut_mode", "add"))
        # Values just above their key (signature lines) are candidates only for models trained with them.
        self.above = bool(self.card.get("above_candidates", False))
        # Cues of the wrapped-key joiner the model was trained with (`KeyValueExtractor._join_wrapped_keys`).
        self.key_joins: tuple[str, ...] = tuple(self.card.get("key_joins", ()))
        # The rules' links fill in where the model left a value alone (`kv.add_rule_links`) only for models that
        # want it: a model trained on generated forms misses pairs of real forms the rules find; one trained on
        # labelled real forms links them itself, and the rules' extra links are mostly wrong (seventeenth pass).
        self.rule_links = bool(self.card.get("rule_links", True))

    @staticmethod
    def _proba(engine: Engine, x: np.ndarray) -> np.ndarray:
        # onnxmltools' LightGBM graphs answer (label, probabilities).
        return engine.run({engine.input_names[0]: x})[1]

    def label_probs(self, x: np.ndarray) -> np.ndarray:
        """P(label) of each entity row: the mean of the bag's entity models (one model: its own)."""
        if not len(x):
            return np.zeros((0, len(LABELS)), np.float32)
        return np.mean([self._proba(e, x) for e in self.entities], axis=0).astype(np.float32)

    def link_probs(self, x: np.ndarray) -> np.ndarray:
        """P(linked) of each candidate pair row: the mean of the bag's link models, each fed the mean labels."""
        if not len(x):
            return np.zeros(0, np.float32)
        return np.mean([self._proba(lk, x)[:, 1] for lk in self.links], axis=0).astype(np.float32)

    def cuts(self, words: list[Word], h: float, cuts: set[int]) -> set[int]:
        """Where the cut model ends an entity inside a line (the rules' `cuts` are one of its inputs; it keeps or
        drops each of them); a checkbox always starts an option."""
        at, x = split_features(words, h, cuts)
        if self.split is None or not at:
            return set(cuts)
        p = self._proba(self.split, x)[:, 1]
        boxes = {i for i in at if x[i - 1, 4] > 0}
        kept = set(cuts) if self.cut_mode == "add" else set()
        return {i for i, prob in zip(at, p, strict=True) if prob >= self.cut_threshold} | boxes | kept

    def stack_prob(self, x: np.ndarray) -> float:
        """P(the lower line continues the stacked text) for one `stack_features` row (1 without a stacking check)."""
        return 1.0 if self.stack is None else float(self._proba(self.stack, x[None, :])[0, 1])

    def merge_probs(self, x: np.ndarray) -> np.ndarray:
        if self.merge is None or not len(x):
            return np.zeros(len(x), np.float32)
        return self._proba(self.merge, x)[:, 1]
