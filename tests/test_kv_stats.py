"""bench/kv_form_stats.py: the gold statistics a generator change aimed at real forms is checked against."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # bench/ is not installed (a repo-root package)

from bench.kv_form_stats import form_stats
from docsense.synth import fonts
from docsense.synth.kv_forms import make_sheet


def test_form_stats_count_placements_blank_keys_and_colons() -> None:
    form = {
        "entities": [
            {"id": 0, "text": "DATE:", "box": [0, 0, 50, 10], "label": "question"},
            {"id": 1, "text": "9/3/92", "box": [80, 0, 130, 10], "label": "answer"},  # right, 3 key heights away
            {"id": 2, "text": "TO", "box": [0, 20, 20, 30], "label": "question"},
            {"id": 3, "text": "Mr. Flinn", "box": [0, 32, 60, 42], "label": "answer"},  # under it
            {"id": 4, "text": "Mr. Duffy", "box": [0, 44, 60, 54], "label": "answer"},  # a second value
            {"id": 5, "text": "SIGNATURE", "box": [0, 80, 60, 90], "label": "question"},  # left blank
            {"id": 6, "text": "MEMO", "box": [0, 100, 60, 125], "label": "header"},  # two lines tall
        ],
        "links": [[0, 1], [2, 3], [2, 4]],
    }
    s = form_stats([form])
    assert s["entities_a_form"] == 7 and s["links_a_form"] == 3
    assert s["value_right"] == pytest.approx(1 / 3, abs=1e-3) and s["value_below"] == pytest.approx(2 / 3, abs=1e-3)
    assert s["keys_without_colon"] == pytest.approx(2 / 3, abs=1e-3)
    assert s["keys_without_value"] == pytest.approx(1 / 3, abs=1e-3)
    assert s["keys_with_2plus_values"] == pytest.approx(1 / 3, abs=1e-3)
    assert s["multi_line_entities"] == pytest.approx(1 / 7, abs=1e-3)
    assert s["label_shares"]["question"] == pytest.approx(3 / 7, abs=1e-3)


@pytest.mark.skipif(fonts.missing_reason() is not None, reason=fonts.missing_reason() or "")
def test_form_stats_of_a_generated_page_agree_with_its_sheet() -> None:
    sheet = make_sheet(5, "application", "en")
    s = form_stats([sheet.gt()])
    keys = [e for e in sheet.entities if e["label"] == "question"]
    linked = {k for k, _ in sheet.links}
    assert s["entities_a_form"] == len(sheet.entities) and s["links_a_form"] == len(sheet.links)
    assert s["keys_without_value"] == pytest.approx(sum(e["id"] not in linked for e in keys) / len(keys), abs=1e-3)
    assert s["value_right"] + s["value_below"] + s["value_above"] <= 1.0
