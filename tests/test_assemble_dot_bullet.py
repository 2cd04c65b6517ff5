"""A bulleted list whose second bullet the OCR reads as a full stop (`. Concentration activity ...`) is still one
list: the assembly reads a lone `.` before a word at a row's start as a bullet (docs/layout.md, session 17)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from docsense.core.assemble.cues import marker_kind
from docsense.core.geometry import iou
from docsense.synth import browser, fonts


def test_a_lone_full_stop_before_a_word_is_a_bullet() -> None:
    assert marker_kind(". Concentration activity patients") == ("•", 0)
    assert marker_kind(". Concentration") == marker_kind("• Significantly")
    for text in ("... and so on", ".5 mm thick", ". 5", "Mean. Values"):
        assert marker_kind(text) is None


@pytest.mark.skipif(browser.unavailable_reason() is not None, reason=str(browser.unavailable_reason()))
@pytest.mark.skipif(fonts.missing_reason() is not None, reason=str(fonts.missing_reason()))
def test_a_list_whose_bullet_reads_as_a_full_stop_is_one_list(pipeline, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from docsense.synth.browser_pages import write_set

    # Seed 53's second medical page: its key-points box holds two bulleted lists; the OCR reads the second list's
    # second bullet as `.`, and that item came out as a text block of its own.
    write_set(tmp_path, ("bp_medical",), 2, 53)
    gt = json.loads((tmp_path / "gt.json").read_text(encoding="utf-8"))
    im = gt["images"][1]
    lists = [a["bbox"] for a in gt["annotations"] if a["image_id"] == im["id"] and a["label"] == "list"]
    blocks = pipeline.parse_file(tmp_path / "images" / im["file_name"]).document.pages[0].blocks
    got = [b.bbox for b in blocks if b.type == "list"]
    for x, y, w, h in lists:
        assert max((iou((x, y, x + w, y + h), g) for g in got), default=0.0) >= 0.7
