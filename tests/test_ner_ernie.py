"""The project's ERNIE token classifier (ONNX, shipped), its data format, and training end to end (paddle venv)."""

from __future__ import annotations

import importlib.util
import itertools
import json
import subprocess
from pathlib import Path

import pytest

from docsense.core.config import EngineSettings, NerSettings
from docsense.core.errors import InputError
from docsense.kie.ner import Span, build_tagger
from docsense.kie.ner_ernie import CharTokenizer, ErnieOnnxTagger, windows
from docsense.synth.ner_lines import generate, iter_entities, joined, read_jsonl, synth_examples, validate

ROOT = Path(__file__).resolve().parent.parent
PADDLE_PY = ROOT / ".venv-paddle-ner" / "bin" / "python"


def found(spans: list[Span]) -> set[tuple[str, str]]:
    return {(s.text, s.label) for s in spans}


@pytest.fixture(scope="module")
def ernie() -> ErnieOnnxTagger:
    return ErnieOnnxTagger(NerSettings(backend="ernie"), EngineSettings())


def test_generated_examples_are_valid() -> None:
    examples = generate(300, seed=7)
    labels = set()
    for ex in examples:
        assert validate(ex) == ex
        for text, label in iter_entities(ex):
            assert text.strip() == text and text
            labels.add(label)
    assert {"PER", "ORG", "LOC", "TIME", "TITLE"} <= labels
    assert generate(5, seed=7) == examples[:5]  # seeded: reproducible


def test_document_lines_and_joined_lines_are_valid() -> None:
    lines = synth_examples(4, seed=3)  # resume zh/en, invoice cn/en from synth/documents.py, read row by row
    labels = {label for ex in lines for _, label in iter_entities(validate(ex))}
    assert {"PER", "ORG", "TIME"} <= labels
    ranges = [ex for ex in lines if " - " in ex["text"] and ex["spans"]]
    assert ranges and all(len(ex["spans"]) == 2 for ex in ranges)  # a date range is two TIME spans
    long = joined(generate(100, seed=1), 20, seed=2, max_chars=126)
    assert len(long) == 20 and all(validate(ex) == ex and len(ex["text"]) <= 126 for ex in long)


def test_jsonl_errors_name_the_line(tmp_path: Path) -> None:
    good = tmp_path / "good.jsonl"
    good.write_text(
        json.dumps({"text": "姓名：张伟", "spans": [{"start": 3, "end": 5, "label": "per"}]}, ensure_ascii=False) + "\n"
    )
    assert read_jsonl(good) == [{"text": "姓名：张伟", "spans": [{"start": 3, "end": 5, "label": "PER"}]}]
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "abc", "spans": []}\n{"text": "abc", "spans": [{"start": 2, "end": 9, "label": "X"}]}\n')
    with pytest.raises(InputError, match=r"bad.jsonl:2"):
        read_jsonl(bad)
    overlap = {"text": "abcdef", "spans": [{"start": 0, "end": 3, "label": "A"}, {"start": 2, "end": 4, "label": "B"}]}
    with pytest.raises(InputError, match="overlap"):
        validate(overlap)


def test_char_tokenizer_and_windows() -> None:
    tok = CharTokenizer(["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "[SP]", "张", "a"])
    assert tok.encode("张 a坏") == [6, 5, 7, 1]
    assert windows(10, 126, 31) == [(0, 10)]
    spans = windows(300, 126, 31)
    assert spans[0][0] == 0 and spans[-1][1] == 300
    assert all(a[1] > b[0] for a, b in itertools.pairwise(spans))  # overlapping, no holes


def test_shipped_model_tags_resume_lines(ernie: ErnieOnnxTagger) -> None:
    texts = [
        "姓名：王建国    性别：男",
        "2016.09-2020.06  浙江大学  计算机科学与技术  本科",
        "Software Engineer at Northwind Analytics LLC, Denver, CO",
        "Name: Emily Carter",
        "",
    ]
    out = ernie(texts)
    assert len(out) == len(texts) and out[-1] == []
    assert ("王建国", "PER") in found(out[0])
    assert ("浙江大学", "ORG") in found(out[1])
    assert ("Northwind Analytics LLC", "ORG") in found(out[2])
    assert ("Emily Carter", "PER") in found(out[3])
    for text, spans in zip(texts, out, strict=True):
        for s in spans:
            assert text[s.start : s.end] == s.text and 0.0 <= s.score <= 1.0


def test_shipped_model_on_unseen_generated_lines(ernie: ErnieOnnxTagger) -> None:
    """Generated with a seed the training never used: exact-span F1 well above chance."""
    examples = generate(300, seed=424242)
    pred = ernie([ex["text"] for ex in examples])
    gold = [{(s["start"], s["end"], s["label"]) for s in ex["spans"]} for ex in examples]
    got = [{(s.start, s.end, s.label) for s in spans} for spans in pred]
    tp = sum(len(g & p) for g, p in zip(gold, got, strict=True))
    precision = tp / max(1, sum(map(len, got)))
    recall = tp / max(1, sum(map(len, gold)))
    assert precision > 0.85 and recall > 0.85, (precision, recall)


def test_auto_combines_backends() -> None:
    tagger = build_tagger(NerSettings(backend="auto"), EngineSettings())
    assert tagger is not None
    (spans,) = tagger(["张伟，2015年7月加入上海浦东发展银行，任软件工程师。"])
    got = found(spans)
    assert ("张伟", "PER") in got and ("上海浦东发展银行", "ORG") in got
    assert all(a.end <= b.start for a, b in itertools.pairwise(spans))  # merged without overlaps


@pytest.mark.model
@pytest.mark.skipif(not PADDLE_PY.exists(), reason="needs the paddle NER venv (requirements/paddle-ner.txt)")
def test_train_export_and_load_end_to_end(tmp_path: Path) -> None:
    """A few steps of `docsense.train.ner` on generated + user JSONL, the ONNX export read by onnxruntime here,
    and the saved paddlenlp checkpoint loaded as `kie.ner.model_dir` (in the paddle venv)."""
    user = tmp_path / "user.jsonl"
    user.write_text(
        json.dumps(
            {"text": "供应商：蓝海鲸科技", "spans": [{"start": 4, "end": 9, "label": "VENDOR"}]}, ensure_ascii=False
        )
        + "\n"
    )
    out = tmp_path / "model"
    args = ["--out", str(out), "--data", str(user), "--steps", "4", "--synthetic", "64", "--dev", "16", "--batch", "8"]
    args += ["--layers", "1", "--hidden", "32", "--heads", "2", "--save-paddle", "--log-every", "2"]
    args += ["--synth-docs", "4", "--synth-dev-docs", "2"]
    run = subprocess.run(
        [str(PADDLE_PY), "-m", "docsense.train.ner", *args], cwd=ROOT, capture_output=True, text=True, timeout=600
    )
    assert run.returncode == 0, run.stderr[-2000:]
    meta = json.loads((out / "meta.json").read_text(encoding="utf-8"))
    assert "B-VENDOR" in meta["labels"] and meta["train"]["user_examples"] == 1
    tagger = ErnieOnnxTagger(NerSettings(ernie_model=str(out / "model.onnx"), min_score=0.0), EngineSettings())
    spans = tagger(["姓名：张伟", "Acme Inc."])
    assert len(spans) == 2 and all(isinstance(s, Span) for row in spans for s in row)
    check = (
        "import json, sys\n"
        "from docsense.core.config import EngineSettings, NerSettings\n"
        "from docsense.kie.ner import build_tagger\n"
        "t = build_tagger(NerSettings(backend='ernie', model_dir=sys.argv[1], min_score=0.0), EngineSettings())\n"
        "print(json.dumps([[s.label for s in row] for row in t(['姓名：张伟', ''])]))\n"
    )
    run = subprocess.run(
        [str(PADDLE_PY), "-c", check, str(out / "paddle")], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert run.returncode == 0, run.stderr[-2000:]
    rows = json.loads(run.stdout.strip().splitlines()[-1])
    assert len(rows) == 2 and rows[1] == []


def test_missing_paddlenlp_is_a_clear_error(tmp_path: Path) -> None:
    if importlib.util.find_spec("paddlenlp") is not None:
        pytest.skip("paddlenlp importable here")
    assert build_tagger(NerSettings(backend="ernie", model_dir=str(tmp_path)), EngineSettings()) is None


def test_train_command_checks_the_data_first(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from docsense.app.cli import app

    bad = tmp_path / "labels.jsonl"
    bad.write_text('{"text": "abc", "spans": [{"start": 0, "end": 9, "label": "ORG"}]}\n')
    result = CliRunner().invoke(app, ["train", "ner", "--data", str(bad), "-o", str(tmp_path / "m")])
    assert result.exit_code == 2
    assert "labels.jsonl:1" in result.output
    assert not (tmp_path / "m").exists()
