"""The field tagger's learned key text (kie/field_tagger.py `key_ngrams`): hashed character n-grams of the key before
a segment, of the text left of it and above it; the value segments of a line of several `key：value` pairs printed
without a gap; browser pages joined row by row as an OCR reads them (train/kie.py `joined_rows`); the key
vocabularies of synth/zh_business.py. The shipped models (no `key_ngrams` in their cards) read the old features."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from held_out import lines_page

from docsense.kie.field_tagger import (
    FEATURE_NAMES,
    feature_names,
    key_grams,
    key_pairs,
    segment_features,
    segments,
)
from docsense.kie.tagger import LineTagger
from docsense.kie.view import TLine, View
from docsense.synth import documents as synth
from docsense.synth import zh_business as zb
from docsense.train import kie as tk


def _line(text: str) -> TLine:
    return TLine(text, (0, 0, 100, 10), (0, 0, 100, 10), 0, 0.99)


def test_key_grams_keep_the_keys_ending() -> None:
    got = key_grams("出租方（盖章）：")
    assert {"出", "租", "方", "出租", "租方", "^出"} <= set(got)
    assert "章$" in got and "盖章$" in got  # the last run's end
    assert "w:invoice" in key_grams("Invoice No.")


def test_features_grow_only_for_a_model_that_reads_key_text() -> None:
    page = lines_page([("承租方：", (60, 100, 160, 130)), ("上海远航物流有限公司", (170, 100, 500, 130))])
    segs, x = segment_features(View(page))
    assert x.shape == (len(segs), len(FEATURE_NAMES))  # the shipped cards' features, unchanged
    segs2, x2 = segment_features(View(page), 32)
    assert x2.shape == (len(segs2), len(feature_names(32))) and len(feature_names(32)) == len(FEATURE_NAMES) + 96
    # the value's line has its key to the left: some `left` bucket is set, no `own` one
    i = next(i for i, g in enumerate(segs2) if g.text == "上海远航物流有限公司")
    own = x2[i, len(FEATURE_NAMES) : len(FEATURE_NAMES) + 32]
    left = x2[i, len(FEATURE_NAMES) + 32 : len(FEATURE_NAMES) + 64]
    assert own.sum() == 0 and left.sum() > 0


def test_a_line_of_pairs_printed_without_a_gap_gives_each_value_a_segment() -> None:
    line = _line("运费合计:13324.07合计金额(大写):壹万叁仟叁佰贰拾肆元零柒分")
    pairs = {(g.text, g.key) for g in key_pairs(line)}
    assert ("13324.07", "运费合计") in pairs and ("壹万叁仟叁佰贰拾肆元零柒分", "合计金额(大写)") in pairs
    assert "13324.07" in {g.text for g in segments(line, pairs=True)}
    assert "13324.07" not in {g.text for g in segments(line)}  # the shipped models' segments stay as they were
    assert {g.text for g in key_pairs(_line("日期：2024-05-01单号：A17"))} == {"2024-05-01", "A17"}
    assert key_pairs(_line("合计：1,200.00")) == []  # one pair: the key's value segment already reads it


def test_browser_texts_of_one_row_join_as_an_ocr_reads_them() -> None:
    doc = lines_page([
        ("客户：", (60, 100, 120, 124)), ("上海远航物流有限公司", (120, 100, 400, 124)),  # touching: one text
        ("Invoice", (60, 200, 130, 224)), ("No. 17", (134, 200, 200, 224)),  # Latin words: a space
        ("合计：", (60, 300, 120, 324)), ("1,200.00", (120, 300, 200, 324)), ("备注", (215, 300, 260, 324)),
        ("日期", (600, 100, 650, 124)),  # far right: a text of its own
    ])  # fmt: skip
    texts = [ln.text for ln in tk.joined_rows(doc).pages[0].blocks[0].lines]
    assert "客户：上海远航物流有限公司" in texts and "Invoice No. 17" in texts and "日期" in texts
    assert "合计：1,200.00  备注" in texts  # a gap over half a character: a separator the segments split at


def test_zh_business_vocabularies() -> None:
    for role in zb.ROLES:
        a, b, strict = zb.keys(role, "a"), zb.keys(role, "b"), zb.keys(role, "strict")
        assert a and b and not set(a) & set(b) and set(a) | set(b) == set(strict)
        assert not set(zb.TEST_KEYS[role]) & set(strict)  # the round 32/33 keys stay out of the strict vocabulary
        assert set(zb.TEST_KEYS[role]) <= set(zb.keys(role))
    slots, fields = zb.page(random.Random(3), "grid")
    assert {"invoice_number", "date", "seller_name", "buyer_name", "total"} <= set(fields)
    assert fields["seller_name"] in slots["body"] and fields["buyer_name"] in slots["body"]


@pytest.mark.skipif(not synth.cjk_available(), reason="no CJK font (fonts-wqy-microhei) installed")
def test_a_model_trained_with_key_text_loads_and_reads(tmp_path: Path) -> None:
    out = tmp_path / "tagger"
    card = tk.train_fields(out, "invoice", generated=1, rounds=5, cv=False, key_ngrams=16, log=lambda m: None)
    assert card["key_ngrams"] == 16 and card["features"] == feature_names(16)
    tagger = LineTagger(out)
    page = lines_page([("Invoice No: INV-2231", (60, 100, 400, 124)), ("Total: 1,200.00", (60, 300, 300, 324))])
    picks, per_line = tagger.read(View(page))
    assert per_line and all(p.text for p in picks.values())
