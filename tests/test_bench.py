"""The benchmark's machinery on two generated pages with docsense alone (the peers' figures come from `make bench`)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # bench/ is not installed (a repo-root package)

from bench import run
from docsense.synth import fonts
from docsense.synth.pages import fonts_available, make_page, rotate_page


def test_rotated_boxes_follow_the_text() -> None:
    img, lines = make_page(7)
    for angle in (90, 180, 270):
        rimg, rlines = rotate_page(img, lines, angle)
        assert rimg.size == (img.size[::-1] if angle != 180 else img.size)
        # The ink of the first line is inside its moved box: the box is darker than the page on average.
        x0, y0, x1, y1 = (int(v) for v in rlines[0]["bbox"])
        crop = np.asarray(rimg.convert("L").crop((x0, y0, x1, y1)))
        assert crop.mean() < 235
        assert [ln["text"] for ln in rlines] == [ln["text"] for ln in lines]


def test_timing_stats_median_and_spread() -> None:
    stats = run.timing_stats({"a": [1.0, 2.0, 3.0], "b": [1.0, 1.0, 1.0]}, 2)
    assert stats["s_per_page_median"] == 1.5
    assert stats["pages_per_s"] == pytest.approx(2 / 3, abs=1e-3)
    assert stats["rep_total_s"] == [2.0, 3.0, 4.0]
    assert stats["spread_pct"] == pytest.approx(66.7, abs=0.1)


@pytest.mark.skipif(not fonts_available(), reason=str(fonts.missing_reason()))
def test_bench_two_pages_docsense_only(tmp_path: Path) -> None:
    args = [
        "--only",
        "docsense",
        "--datasets",
        "printed",
        "--limit",
        "2",
        "--reps",
        "1",
        "--warmup",
        "0",
        "--out",
        str(tmp_path),
    ]
    assert run.main([*args, "--name", "t"]) == 0
    report = json.loads((tmp_path / "t.json").read_text(encoding="utf-8"))
    assert report["partial"] is True
    assert report["machine"]["cores"] >= 1 and report["machine"]["cpu"]
    entry = report["datasets"]["printed"]
    assert entry["task"] == "ocr" and entry["items"] == 2
    row = entry["tools"]["docsense"]
    assert "error" not in row, row.get("error")
    scores, timing = row["scores"], row["timing"]
    assert 0.8 <= scores["line_accuracy"] <= 1.0  # clean printed pages are read nearly perfectly
    assert 0.0 <= scores["cer"] <= 0.2 and 0.0 <= scores["bow_f1"] <= 1.0
    assert len(scores["pages"]) == 2
    assert timing["pages_per_s"] > 0 and timing["reps"] == 1 and len(timing["rep_total_s"]) == 1
    assert 50 < row["peak_rss_mb"] < 8000
    assert report["versions"]["docsense"]
    assert "clean_line_accuracy>=0.95" in report["criteria"]
    md = (tmp_path / "t.md").read_text(encoding="utf-8")
    assert "| **docsense** |" in md and "## Versions" in md
    png = tmp_path / "t-printed.png"
    with Image.open(png) as im:
        assert im.width > 400
