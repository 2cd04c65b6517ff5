"""LAC on onnxruntime: Chinese names, places, organisations and dates without training."""

from __future__ import annotations

import pytest

from docsense.core.config import EngineSettings, NerSettings
from docsense.kie.ner import Span, build_tagger, spans_from_tags
from docsense.kie.ner_lac import LacTagger, Segmenter


@pytest.fixture(scope="module")
def lac() -> LacTagger:
    return LacTagger(NerSettings(), EngineSettings())


def found(spans: list[Span]) -> set[tuple[str, str]]:
    return {(s.text, s.label) for s in spans}


def test_person_and_location(lac: LacTagger) -> None:
    text = "张伟，男，1990年出生于北京，现任北京百度网讯科技有限公司高级工程师。"
    (spans,) = lac([text])
    got = found(spans)
    assert ("张伟", "PER") in got
    assert ("北京", "LOC") in got
    assert ("北京百度网讯科技有限公司", "ORG") in got
    for s in spans:
        assert text[s.start : s.end] == s.text
        assert 0.0 <= s.score <= 1.0


def test_dates_join_and_batch_keeps_order(lac: LacTagger) -> None:
    texts = ["", "李娜毕业于复旦大学，2015年7月加入上海浦东发展银行。", "Hello world", "姓名：陈静"]
    out = lac(texts)
    assert len(out) == 4 and out[0] == [] and out[2] == []
    assert {("李娜", "PER"), ("复旦大学", "ORG"), ("2015年7月", "TIME"), ("上海浦东发展银行", "ORG")} <= found(out[1])
    assert ("陈静", "PER") in found(out[3])


def test_segmenter_prefers_long_words(lac: LacTagger) -> None:
    seg: Segmenter = lac.segment
    assert seg("北京百度网讯科技有限公司")[:2] == ["北京", "百度"]
    assert "2019" in seg("2019年")


def test_build_tagger_respects_switches() -> None:
    assert build_tagger(NerSettings(enabled=False), EngineSettings()) is None
    assert build_tagger(NerSettings(backend="lac", lac_model="/nonexistent/lac.onnx"), EngineSettings()) is None
    tagger = build_tagger(NerSettings(backend="lac", labels=["PER"]), EngineSettings())
    assert tagger is not None
    assert {s.label for s in tagger(["王小明在杭州工作"])[0]} == {"PER"}


def test_bio_tags_to_spans() -> None:
    text = "Anna Lee at ACME"
    tags = ["B-PER"] + ["I-PER"] * 7 + ["O"] * 4 + ["B-ORG", "I-ORG", "I-ORG", "I-ORG"]
    spans = spans_from_tags(text, tags, [0.9] * len(text), None)
    assert [(s.text, s.label) for s in spans] == [("Anna Lee", "PER"), ("ACME", "ORG")]
