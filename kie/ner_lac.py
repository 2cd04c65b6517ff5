"""LAC (Baidu's lexical analyzer) on onnxruntime: Chinese PER / ORG / LOC / TIME with no training.

The model reads a mix of word and character ids: the text is first cut with LAC's word list (a maximum-path
segmentation over a prefix DAG), a piece in the model vocabulary becomes one id, others one id per character.
The ONNX graph returns emissions and the CRF transitions; Viterbi and the tag marginals (the span scores) are
computed here in numpy.
"""

from __future__ import annotations

import math
import re
from pathlib import Path

import numpy as np

from docsense.core.config import EngineSettings, NerSettings
from docsense.core.engine import get_engine, resolve_model

from .ner_tags import LABELS, Span, spans_from_tags

_ALNUM = re.compile(r"[a-zA-Z0-9]")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


class Segmenter:
    """LAC's pre-cut: a piece scores log(len) - log(total count); the path with the best sum wins."""

    def __init__(self, path: Path) -> None:
        lines = path.read_text(encoding="utf-8").splitlines()
        self.log_total = math.log(int(lines[0].split()[1]))
        self.prefix: dict[str, int | None] = {}
        for word in lines[1:]:
            self.prefix[word] = len(word)
            for i in range(1, len(word)):
                self.prefix.setdefault(word[:i], None)

    def __call__(self, text: str) -> list[str]:
        n = len(text)
        dag: list[list[int]] = [[i] for i in range(n)]
        for i in range(n):
            j = i + 1
            while j <= n and text[i:j] in self.prefix:
                if self.prefix[text[i:j]]:
                    dag[i].append(j - 1)
                j += 1
        route: list[tuple[float, int]] = [(0.0, 0)] * (n + 1)
        for i in range(n - 1, -1, -1):
            route[i] = max(
                (math.log(self.prefix.get(text[i : j + 1]) or 1) - self.log_total + route[j + 1][0], j) for j in dag[i]
            )
        pieces: list[str] = []
        buf = ""
        i = 0
        while i < n:
            j = route[i][1] + 1
            piece = text[i:j]
            if len(piece) == 1 and _ALNUM.match(piece):  # runs of single letters/digits stay together
                buf += piece
            else:
                if buf:
                    pieces.append(buf)
                    buf = ""
                pieces.append(piece)
            i = j
        if buf:
            pieces.append(buf)
        return pieces


def viterbi(emissions: np.ndarray, transitions: np.ndarray) -> tuple[list[int], np.ndarray]:
    """Best tag path and the marginal probability of each of its tags (forward-backward).

    `transitions` is paddle's CRF layout: row 0 start scores, row 1 end scores, rows 2.. [from, to]."""
    start, end, trans = transitions[0], transitions[1], transitions[2:]
    t_len = emissions.shape[0]
    score = start + emissions[0]
    back = np.zeros((t_len, emissions.shape[1]), np.int64)
    for t in range(1, t_len):
        cand = score[:, None] + trans
        back[t] = cand.argmax(axis=0)
        score = cand.max(axis=0) + emissions[t]
    score = score + end
    path = [int(score.argmax())]
    for t in range(t_len - 1, 0, -1):
        path.append(int(back[t, path[-1]]))
    path.reverse()
    # scaled forward-backward in probability space (each step renormalized) for the marginals
    tr = np.exp(trans - trans.max())
    em = np.exp(emissions - emissions.max(axis=1, keepdims=True))
    alpha = np.empty_like(em)
    beta = np.empty_like(em)
    a = np.exp(start - start.max()) * em[0]
    alpha[0] = a / a.sum()
    for t in range(1, t_len):
        a = (alpha[t - 1] @ tr) * em[t]
        alpha[t] = a / a.sum()
    b = np.exp(end - end.max())
    beta[-1] = b / b.sum()
    for t in range(t_len - 2, -1, -1):
        b = tr @ (em[t + 1] * beta[t + 1])
        beta[t] = b / b.sum()
    marg = alpha * beta
    marg /= marg.sum(axis=1, keepdims=True)
    return path, marg[np.arange(t_len), path]


class LacTagger:
    """`__call__(texts) -> spans` for PER, ORG, LOC, TIME (LAC's `nr/nt/ns/t` are named so in its tag file)."""

    def __init__(self, cfg: NerSettings, engine_cfg: EngineSettings) -> None:
        self.cfg = cfg
        path = resolve_model(cfg.lac_model)
        folder = path.parent
        self.engine = get_engine(str(path), engine_cfg)
        self.vocab = {w: i for i, w in enumerate((folder / "word.dic").read_text(encoding="utf-8").splitlines())}
        self.oov = self.vocab["OOV"]
        self.replace = dict(
            line.split("\t", 1)
            for line in (folder / "q2b.dic").read_text(encoding="utf-8").splitlines()
            if "\t" in line
        )
        self.tags: dict[int, str] = {}
        for line in (folder / "tag.dic").read_text(encoding="utf-8").splitlines():
            if "\t" in line:
                idx, tag = line.split("\t", 1)
                self.tags[int(idx)] = tag  # later lines rename nr/ns/nt/t to PER/LOC/ORG/TIME
        self.segment = Segmenter(folder / "seg.dic")
        self.keep = set(cfg.labels) & set(LABELS)

    def encode(self, text: str) -> tuple[list[int], list[int]]:
        """Model ids and, per id, how many characters of `text` it covers."""
        ids: list[int] = []
        lengths: list[int] = []
        for piece in self.segment(text):
            if piece in self.vocab:
                ids.append(self.vocab.get(self.replace.get(piece, piece), self.oov))
                lengths.append(len(piece))
            else:
                for ch in piece:
                    ids.append(self.vocab.get(self.replace.get(ch, ch), self.oov))
                    lengths.append(1)
        return ids, lengths

    def __call__(self, texts: list[str]) -> list[list[Span]]:
        out: list[list[Span]] = [[] for _ in texts]
        # LAC is a Chinese model: on text without a CJK character it only finds noise
        todo = [i for i, t in enumerate(texts) if _CJK.search(t)]
        for b0 in range(0, len(todo), self.cfg.batch_size):
            chunk = todo[b0 : b0 + self.cfg.batch_size]
            encoded = [self.encode(texts[i][: self.cfg.max_chars]) for i in chunk]
            t_max = max(len(ids) for ids, _ in encoded)
            ids = np.zeros((len(chunk), t_max), np.int64)
            lens = np.zeros(len(chunk), np.int32)
            for b, (row, _) in enumerate(encoded):
                ids[b, : len(row)] = row
                lens[b] = len(row)
            emissions, transitions = self.engine.run({"ids": ids, "lens": lens})
            for b, i in enumerate(chunk):
                n = int(lens[b])
                path, probs = viterbi(emissions[b, :n].astype(np.float64), transitions.astype(np.float64))
                tags: list[str] = []
                scores: list[float] = []
                for tag_id, p, width in zip(path, probs, encoded[b][1], strict=True):
                    tag = self.tags.get(tag_id, "O")
                    tags.append(tag)
                    tags += [tag[:-2] + "-I"] * (width - 1) if tag != "O" else ["O"] * (width - 1)
                    scores += [float(p)] * width
                spans = join_times(spans_from_tags(texts[i], tags, scores, self.keep), texts[i])
                out[i] = [s for s in spans if s.score >= self.cfg.min_score]
        return out


def join_times(spans: list[Span], text: str) -> list[Span]:
    """LAC tags `2015年` and `7月` as two TIME words; a date is one entity, so touching TIME spans are joined."""
    out: list[Span] = []
    for s in spans:
        prev = out[-1] if out else None
        if prev is not None and prev.label == s.label == "TIME" and prev.end == s.start:
            out[-1] = Span(
                text=text[prev.start : s.end], label="TIME", start=prev.start, end=s.end, score=min(prev.score, s.score)
            )
        else:
            out.append(s)
    return out
