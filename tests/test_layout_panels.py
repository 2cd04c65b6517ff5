"""Figures the detector boxed panel by panel (layout/segment.py `figure_panels`, run by the refine stage;
docs/layout.md, session 23): panels one under the other with nothing but panel letters between them are one figure,
as journals (and PubLayNet) box a multi-panel figure; two figures with a caption between them stay two."""

from __future__ import annotations

from pathlib import Path

import pytest
from render import browser_page

from docsense.core.document import Block, Line
from docsense.core.geometry import iou
from docsense.layout.segment import figure_panels
from docsense.synth import browser, fonts


def _line(text: str, x0: float, y0: float, x1: float, h: float = 12) -> Line:
    box = (x0, y0, x1, y0 + h)
    return Line(text=text, bbox=box, polygon=[(x0, y0), (x1, y0), (x1, y0 + h), (x0, y0 + h)], score=0.9)


def _block(kind: str, box: tuple[float, float, float, float], texts: list[str], order: int) -> Block:
    lines = [_line(t, box[0], box[1] + 14 * n, min(box[0] + 8 * len(t), box[2])) for n, t in enumerate(texts)]
    return Block(type=kind, bbox=box, lines=lines, order=order, score=0.8)


def test_stacked_panels_and_their_letters_are_one_figure() -> None:
    # Seed 113's third figure page: panels A and B boxed apart (30 px between them), the letters read as text.
    a = _block("figure", (128, 68, 506, 195), ["0.8", "60", "2010"], 1)
    b = _block("figure", (131, 225, 483, 350), ["Network (n = 792)"], 3)
    la = _block("text", (98, 64, 118, 85), ["A"], 0)
    lb = _block("text", (100, 215, 116, 235), ["B"], 2)
    cap = _block("figure_caption", (47, 361, 563, 453), ["Fig 2. Values in Regression Function. (A) Ratio"], 4)
    out = figure_panels([la, a, lb, b, cap])
    assert [o.type for o in out] == ["figure", "figure_caption"]
    assert out[0].bbox == (98, 64, 506, 350)
    assert {ln.text for ln in out[0].lines} == {"A", "B", "0.8", "60", "2010", "Network (n = 792)"}
    # A caption between them: two figures.
    mid = _block("figure_caption", (128, 198, 506, 222), ["Figure 1. Dose response."], 2)
    assert figure_panels([a, mid, b]) == [a, mid, b]
    # Far apart, or side by side: two figures.
    low = b.model_copy(update={"bbox": (131, 260, 483, 385)})
    assert figure_panels([a, low]) == [a, low]
    side = b.model_copy(update={"bbox": (320, 70, 560, 195)})
    assert figure_panels([a.model_copy(update={"bbox": (40, 68, 300, 195)}), side])[1] == side


@pytest.mark.skipif(browser.unavailable_reason() is not None, reason=str(browser.unavailable_reason()))
@pytest.mark.skipif(fonts.missing_reason() is not None, reason=str(fonts.missing_reason()))
@pytest.mark.parametrize("index", [0, 2])
def test_a_two_panel_figure_of_a_rendered_page_is_one_figure(pipeline, tmp_path: Path, index: int) -> None:  # type: ignore[no-untyped-def]
    # Seed 113's figure pages 1 and 3: two figure blocks, one per panel (IoU 0.46 / 0.40 with the figure).
    _, truth, path = browser_page(tmp_path, "bp_figpage", 3, 113, index)
    figures = [(a["bbox"][0], a["bbox"][1], a["bbox"][0] + a["bbox"][2], a["bbox"][1] + a["bbox"][3])
               for a in truth if a["label"] == "figure"]  # fmt: skip
    assert len(figures) == 1
    found = [b.bbox for b in pipeline.parse_file(path).document.pages[0].blocks if b.type == "figure"]
    assert len(found) == 1 and iou(figures[0], found[0]) >= 0.8
