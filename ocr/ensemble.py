"""Two CTC recognizers on one line: the reading both models find likeliest.

The two models share the input (height 48) and the time stride (one step per 8 pixel columns), but each places a
character's spike a step earlier or later than the other, so averaging their posteriors step by step splits the
spikes and drops characters. The fusion is over whole readings instead: the candidates are the first model's
greedy reading with each stretch where the second model's reading differs taken from either, and each candidate
is scored by its CTC likelihood (all alignments summed) under both models, which needs no alignment between them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
from rapidfuzz.distance import Levenshtein

_NEG = -1e30


def _extended(labels: Sequence[int], blank: int) -> tuple[np.ndarray, np.ndarray]:
    """CTC's label sequence with blanks around every label, and where a state may skip the blank before it."""
    ext = np.full(2 * len(labels) + 1, blank, dtype=np.int64)
    ext[1::2] = labels
    skip = np.zeros(len(ext), dtype=bool)
    if len(ext) > 2:
        skip[2:] = (ext[2:] != blank) & (ext[2:] != ext[:-2])
    return ext, skip


def ctc_log_likelihood(logp: np.ndarray, labels: Sequence[int], blank: int = 0) -> float:
    """log P(labels | line) under a CTC model's per-step log-probabilities (steps x classes), forward algorithm."""
    ext, skip = _extended(labels, blank)
    emit = logp[:, ext]
    a = np.full(len(ext), _NEG)
    a[: min(2, len(ext))] = emit[0, : min(2, len(ext))]
    pad = np.full(2, _NEG)
    for t in range(1, len(emit)):
        shifted = np.concatenate([pad, a])
        a1, a2 = shifted[1:-1], np.where(skip, shifted[:-2], _NEG)
        m = np.maximum(np.maximum(a, a1), a2)
        a = m + np.log(np.exp(a - m) + np.exp(a1 - m) + np.exp(a2 - m)) + emit[t]
    tail = a[-2:] if len(a) > 1 else a
    m = float(tail.max())
    return m + float(np.log(np.exp(tail - m).sum()))


def best_alignment(logp: np.ndarray, labels: Sequence[int], blank: int = 0) -> tuple[list[int], list[float]]:
    """The likeliest CTC path of `labels` (at least one step each): per label its first step and the best
    probability it has on its steps."""
    if not len(labels):
        return [], []
    ext, skip = _extended(labels, blank)
    emit = logp[:, ext]
    steps, states = emit.shape
    a = np.full(states, _NEG)
    a[:2] = emit[0, :2]
    back = np.zeros((steps, states), dtype=np.int8)
    pad = np.full(2, _NEG)
    for t in range(1, steps):
        shifted = np.concatenate([pad, a])
        choices = np.stack([a, shifted[1:-1], np.where(skip, shifted[:-2], _NEG)])
        back[t] = choices.argmax(axis=0)
        a = choices[back[t], np.arange(states)] + emit[t]
    s = states - 1 if states == 1 or a[-1] >= a[-2] else states - 2
    first = [-1] * len(labels)
    best = [_NEG] * len(labels)
    for t in range(steps - 1, -1, -1):
        if s % 2:
            j = s // 2
            first[j] = t
            best[j] = max(best[j], float(emit[t, s]))
        s -= int(back[t, s])
    return [max(f, 0) for f in first], [float(np.exp(b)) if b > _NEG / 2 else 0.0 for b in best]


def choose(first: str, second: str, score: Callable[[str], float], limit: int = 8, spaces: bool = True) -> str:
    """The first reading with each stretch where the second differs taken from the second where that raises
    `score`, stretch by stretch from the start (a CTC score is local: a choice barely moves the others').
    Readings differing in more than `limit` stretches are taken whole, the likelier one."""
    ops = Levenshtein.opcodes(first, second)
    diffs = [
        i
        for i, op in enumerate(ops)
        if op.tag != "equal"
        and (spaces or (first[op.src_start : op.src_end] + second[op.dest_start : op.dest_end]).strip())
    ]
    if not diffs:
        return first
    if len(diffs) > limit:
        return max((first, second), key=score)
    pick = dict.fromkeys(diffs, False)

    def text() -> str:
        return "".join(
            second[op.dest_start : op.dest_end] if pick.get(i) else first[op.src_start : op.src_end]
            for i, op in enumerate(ops)
        )

    best = score(first)
    for i in diffs:
        pick[i] = True
        s = score(text())
        if s > best:
            best = s
        else:
            pick[i] = False
    return text()
