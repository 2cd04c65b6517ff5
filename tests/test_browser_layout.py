"""Layout on journal pages typeset by a real browser (synth/browser_pages.py), of a family the assembly rules were
never written or tuned against (`bp_compact`: dense two-column sans pages) and seeds never looked at: the whole
default pipeline (OCR, detector, assembly, tables) against the pages' PubLayNet-style ground truth."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from docsense.eval.layout import blocks_to_detections, coco_map
from docsense.synth import browser, fonts

pytestmark = [
    pytest.mark.skipif(browser.unavailable_reason() is not None, reason=str(browser.unavailable_reason())),
    pytest.mark.skipif(fonts.missing_reason() is not None, reason=str(fonts.missing_reason())),
]

HELD_OUT = "bp_compact"
SEED = 7
PAGES = 3
# Measured on these 3 pages with the shipped rules: mAP@0.5 0.730 (text 0.90, title 0.42, list 0.66, table 1.0, figure
# 0.66; docs/layout.md); the floor leaves room for OCR differences between machines.
FLOOR = 0.68


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from docsense.synth.browser_pages import write_set

    out = tmp_path_factory.mktemp("browser_pages")
    write_set(out, (HELD_OUT,), PAGES, SEED)
    return out


def test_ground_truth_is_publaynet_shaped(pages: Path) -> None:
    gt = json.loads((pages / "gt.json").read_text(encoding="utf-8"))
    assert [c["name"] for c in gt["categories"]] == ["text", "title", "list", "table", "figure"]
    for im in gt["images"]:
        assert (im["width"], im["height"]) in ((612, 792), (596, 842))  # PubLayNet's page sizes
        boxes = [a["bbox"] for a in gt["annotations"] if a["image_id"] == im["id"]]
        assert len(boxes) >= 5
        assert all(x >= 0 and y >= 0 and x + w <= im["width"] + 1 and y + h <= im["height"] + 1 for x, y, w, h in boxes)
    assert not any(a["label"] in ("header", "footer") for a in gt["annotations"])  # running heads: not annotated


def _map(pipeline, folder: Path) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    """COCO mAP of the default pipeline's blocks on a written set."""
    gt = json.loads((folder / "gt.json").read_text(encoding="utf-8"))
    cats = {c["name"]: c["id"] for c in gt["categories"]}
    dets = []
    for im in gt["images"]:
        parsed = pipeline.parse_file(folder / "images" / im["file_name"])
        dets += blocks_to_detections(parsed.document.pages[0].blocks, im["id"], cats)
    return coco_map(gt, dets)


def test_held_out_browser_family_map_at_05(pipeline, pages: Path) -> None:
    result = _map(pipeline, pages)
    assert result["mAP50"] >= FLOOR, result


NEW = ("bp_conf", "bp_preprint", "bp_bulletin")  # added in session 10, scored before any rule was fitted to them
# Measured on these 6 pages (seed 7, 2 a family, never looked at): mAP@0.5 0.742, text AP 0.896 with the
# assembly of session 10; 0.720 / 0.867 with the assembly before it (docs/layout.md).
NEW_FLOOR, NEW_TEXT_FLOOR = 0.72, 0.875


@pytest.fixture(scope="module")
def new_pages(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from docsense.synth.browser_pages import write_set

    out = tmp_path_factory.mktemp("browser_pages_new")
    write_set(out, NEW, 2, SEED)
    return out


def test_new_browser_families_map_at_05(pipeline, new_pages: Path) -> None:
    result = _map(pipeline, new_pages)
    assert result["mAP50"] >= NEW_FLOOR, result
    assert result["per_class"]["text"]["AP50"] >= NEW_TEXT_FLOOR, result


# Families added session by session, each scored before any rule was fitted to it; the floors are measured on these
# pages (seed 7, 1 a family, never looked at), each with the assembly and refiner of its session (docs/layout.md):
# - session 11: mAP@0.5 0.880 (detector alone 0.470);
# - session 12: 0.567 (0.572 with session 11's refiner, rules alone 0.543): few regions a class on 5 pages, a loose
#   floor;
# - session 13: 0.783 (text 0.76, title 0.83, list 0.76): few regions on 4 pages, a loose floor.
SESSIONS = {
    "s11": (("bp_journal", "bp_report", "bp_chapter", "bp_zh"), 0.82),
    "s12": (("bp_tablepage", "bp_figpage", "bp_backmatter", "bp_medical", "bp_affil"), 0.52),
    "s13": (("bp_algo", "bp_magazine", "bp_thesis", "bp_zh_report"), 0.72),
}


@pytest.mark.parametrize("session", list(SESSIONS))
def test_browser_families_of_each_session_map_at_05(pipeline, tmp_path: Path, session: str) -> None:
    from docsense.synth.browser_pages import write_set

    families, floor = SESSIONS[session]
    write_set(tmp_path, families, 1, SEED)
    gt = json.loads((tmp_path / "gt.json").read_text(encoding="utf-8"))
    assert {im["family"] for im in gt["images"]} == set(families)
    assert all(a["bbox"][3] > 0 for a in gt["annotations"])
    result = _map(pipeline, tmp_path)
    assert result["mAP50"] >= floor, result
