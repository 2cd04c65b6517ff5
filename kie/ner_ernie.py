"""ERNIE token classification: the project's own small model on onnxruntime, or a local paddlenlp checkpoint.

- `ErnieOnnxTagger`: the model `docsense train ner` exports (`model.onnx` + `vocab.txt` + `labels.txt` + `meta.json`).
  It reads characters (one token per character; whitespace is one `[SP]` token), so the tokenizer here is a
  dictionary lookup and needs no paddlenlp.
- `PaddleNlpTagger`: any local paddlenlp token-classification checkpoint folder (`kie.ner.model_dir`: ERNIE 3.0 or
  a UIE-style ERNIE fine-tuned for tokens; `model_config.json`/`config.json`, `model_state.pdparams`, `vocab.txt`).
  The tokenizer comes from that folder's vocab file; nothing is downloaded. Needs paddlenlp (the paddle extra).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import numpy as np

from docsense.core.config import EngineSettings, NerSettings
from docsense.core.engine import get_engine, resolve_model
from docsense.core.errors import ModelError

from .ner_tags import Span, Tagger, spans_from_tags

SPECIALS = ("[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "[SP]")


class CharTokenizer:
    """One token per character: `[CLS] c1 c2 ... [SEP]`; whitespace -> `[SP]`, unknown -> `[UNK]`."""

    def __init__(self, vocab: list[str]) -> None:
        self.vocab = vocab
        self.ids = {tok: i for i, tok in enumerate(vocab)}
        self.pad, self.unk = self.ids["[PAD]"], self.ids["[UNK]"]
        self.cls, self.sep, self.space = self.ids["[CLS]"], self.ids["[SEP]"], self.ids["[SP]"]

    @classmethod
    def load(cls, path: Path) -> CharTokenizer:
        return cls(path.read_text(encoding="utf-8").split("\n")[:-1])

    def encode(self, text: str) -> list[int]:
        """Ids of the characters (no [CLS]/[SEP]); position i is character i."""
        return [self.space if ch.isspace() else self.ids.get(ch, self.unk) for ch in text]


def windows(n: int, size: int, overlap: int) -> list[tuple[int, int]]:
    """[start, end) character windows covering n characters; neighbours share `overlap` characters."""
    if n <= size:
        return [(0, n)]
    step = max(1, size - overlap)
    out = [(s, min(n, s + size)) for s in range(0, n - overlap, step)]
    return out


class ErnieOnnxTagger:
    def __init__(self, cfg: NerSettings, engine_cfg: EngineSettings) -> None:
        self.cfg = cfg
        path = resolve_model(cfg.ernie_model)
        folder = path.parent
        for name in ("vocab.txt", "labels.txt"):
            if not (folder / name).exists():
                raise ModelError(f"{folder}: {name} missing next to the ERNIE NER model")
        self.engine = get_engine(str(path), engine_cfg)
        self.tokenizer = CharTokenizer.load(folder / "vocab.txt")
        self.labels = (folder / "labels.txt").read_text(encoding="utf-8").split()
        meta: dict[str, Any] = {}
        if (folder / "meta.json").exists():
            meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
        self.max_len = int(meta.get("max_len", 128))
        self.keep = set(cfg.labels)

    def probs(self, texts: list[str]) -> list[np.ndarray]:
        """Per text, label probabilities per character [len(text), n_labels] (windows for long texts)."""
        size = self.max_len - 2
        jobs: list[tuple[int, int, int]] = []
        for i, t in enumerate(texts):
            jobs += [(i, s, e) for s, e in windows(len(t), size, size // 4)]
        out = [np.zeros((len(t), len(self.labels)), np.float32) for t in texts]
        for b0 in range(0, len(jobs), self.cfg.batch_size):
            chunk = jobs[b0 : b0 + self.cfg.batch_size]
            width = max(e - s for _, s, e in chunk) + 2
            ids = np.full((len(chunk), width), self.tokenizer.pad, np.int64)
            for b, (i, s, e) in enumerate(chunk):
                ids[b, : e - s + 2] = [self.tokenizer.cls, *self.tokenizer.encode(texts[i][s:e]), self.tokenizer.sep]
            logits = self.engine.run({self.engine.input_names[0]: ids})[0]
            z = logits - logits.max(axis=-1, keepdims=True)
            p = np.exp(z)
            p /= p.sum(axis=-1, keepdims=True)
            for b, (i, s, e) in enumerate(chunk):
                # overlapping windows: the later window wins except in its first quarter (less left context)
                lead = 0 if s == 0 else (size // 4) // 2
                out[i][s + lead : e] = p[b, 1 + lead : e - s + 1]
        return out

    def __call__(self, texts: list[str]) -> list[list[Span]]:
        texts = [t[: self.cfg.max_chars] for t in texts]
        result: list[list[Span]] = []
        for text, p in zip(texts, self.probs(texts), strict=True):
            if not len(text):
                result.append([])
                continue
            tags, scores = word_tags(text, p, self.labels)
            spans = spans_from_tags(text, tags, scores, self.keep)
            # one character is never a whole name, company or place; a lone one is a model slip
            result.append([s for s in spans if s.score >= self.cfg.min_score and len(s.text) > 1])
        return result


_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'.&]*")


def word_tags(text: str, p: np.ndarray, labels: list[str]) -> tuple[list[str], list[float]]:
    """BIO tags per character from label probabilities. Characters are read one by one, but a Latin word is one
    unit: its entity type is voted over its characters, it starts a new entity only where the model prefers B, and
    the spaces between words of one entity belong to it (a char model otherwise splits `Acme Corp` mid-word)."""
    best = p.argmax(axis=1)
    tags = [labels[k] for k in best]
    scores = [float(p[i, k]) for i, k in enumerate(best)]
    types = sorted({lab[2:] for lab in labels if lab[:2] in ("B-", "I-")})
    b_idx = {t: labels.index("B-" + t) for t in types}
    i_idx = {t: labels.index("I-" + t) for t in types}
    o_idx = labels.index("O") if "O" in labels else -1
    prev_type, prev_end = "", -1
    for m in _WORD.finditer(text):
        a, e = m.start(), m.end()
        mean = p[a:e].mean(axis=0)
        votes = {t: float(mean[b_idx[t]] + mean[i_idx[t]]) for t in types}
        best_t = max(votes, key=lambda t: votes[t]) if votes else ""
        if not best_t or (o_idx >= 0 and mean[o_idx] >= votes[best_t]):
            for k in range(a, e):
                tags[k], scores[k] = "O", float(p[k, o_idx]) if o_idx >= 0 else 1.0
            prev_type, prev_end = "", e
            continue
        between = text[prev_end:a] if prev_end >= 0 else ""
        joins = prev_type == best_t and p[a, i_idx[best_t]] >= p[a, b_idx[best_t]] and len(between.strip()) <= 1
        tags[a] = ("I-" if joins else "B-") + best_t
        for k in range(a + 1, e):
            tags[k] = "I-" + best_t
        if joins:
            for k in range(prev_end, a):
                tags[k] = "I-" + best_t
        for k in range(a, e):
            scores[k] = votes[best_t]
        prev_type, prev_end = best_t, e
    return tags, scores


class PaddleNlpTagger:
    """A local paddlenlp token-classification checkpoint, run with paddle (optional dependency)."""

    def __init__(self, cfg: NerSettings, model_dir: Path) -> None:
        try:
            import paddle
            from paddlenlp.transformers import AutoModelForTokenClassification, AutoTokenizer
        except ImportError as exc:
            raise ModelError(f"kie.ner.model_dir needs paddlenlp (requirements/paddle-ner.txt): {exc}") from exc
        if not model_dir.is_dir():
            raise ModelError(f"kie.ner.model_dir {model_dir} is not a folder")
        self.cfg = cfg
        self.paddle = paddle
        self.labels = self._labels(model_dir)
        self.char_tokenizer: CharTokenizer | None = None
        if (model_dir / "vocab.txt").exists() and (model_dir / "vocab.txt").read_text(encoding="utf-8").startswith(
            "\n".join(SPECIALS)
        ):
            self.char_tokenizer = CharTokenizer.load(model_dir / "vocab.txt")  # one of ours, saved as a checkpoint
            self.tokenizer = None
        else:
            self.tokenizer = AutoTokenizer.from_pretrained(str(model_dir))  # local files only: a path, not a name
        self.model = AutoModelForTokenClassification.from_pretrained(str(model_dir))
        self.model.eval()
        self.keep = set(cfg.labels)

    @staticmethod
    def _labels(model_dir: Path) -> list[str]:
        if (model_dir / "labels.txt").exists():
            return (model_dir / "labels.txt").read_text(encoding="utf-8").split()
        for name in ("config.json", "model_config.json"):
            if (model_dir / name).exists():
                conf = json.loads((model_dir / name).read_text(encoding="utf-8"))
                id2label = conf.get("id2label") or {}
                if id2label:
                    return [id2label[str(i)] if str(i) in id2label else id2label[i] for i in range(len(id2label))]
                if conf.get("label_list"):
                    return list(conf["label_list"])
        raise ModelError(f"{model_dir}: no labels.txt and no id2label in its config")

    def _encode(self, text: str) -> tuple[list[int], list[int]]:
        """Token ids and, per character, the index of its token (-1 when it has none)."""
        if self.char_tokenizer is not None:
            t = self.char_tokenizer
            return [t.cls, *t.encode(text), t.sep], list(range(1, len(text) + 1))
        assert self.tokenizer is not None
        enc = self.tokenizer(list(text), is_split_into_words=True, max_length=512, truncation=True)
        ids = enc["input_ids"]
        # Split into characters, most ERNIE vocabularies give one token per CJK character / letter run piece.
        word_ids: list[int] = []
        pos = 1
        for ch in text:
            n = len(self.tokenizer.tokenize(ch)) if not ch.isspace() else 0
            word_ids.append(pos if n else -1)
            pos += n
        return ids, word_ids

    def __call__(self, texts: list[str]) -> list[list[Span]]:
        out: list[list[Span]] = []
        for text in texts:
            text = text[: self.cfg.max_chars]
            if not text.strip():
                out.append([])
                continue
            ids, pos = self._encode(text)
            with self.paddle.no_grad():
                logits = self.model(self.paddle.to_tensor([ids], dtype="int64"))
            if isinstance(logits, (tuple, list)):
                logits = logits[0]
            p = self.paddle.nn.functional.softmax(logits, axis=-1).numpy()[0]
            tags, scores = [], []
            for j in pos:
                if j < 0 or j >= len(p):
                    tags.append("O")
                    scores.append(1.0)
                else:
                    k = int(p[j].argmax())
                    tags.append(self.labels[k])
                    scores.append(float(p[j, k]))
            spans = spans_from_tags(text, tags, scores, self.keep)
            out.append([s for s in spans if s.score >= self.cfg.min_score])
        return out


def build_ernie(cfg: NerSettings, engine_cfg: EngineSettings) -> Tagger:
    if cfg.model_dir:
        return PaddleNlpTagger(cfg, Path(cfg.model_dir).expanduser())
    return ErnieOnnxTagger(cfg, engine_cfg)
