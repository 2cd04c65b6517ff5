"""Figures as the page draws them (layout/segment.py, run by the refine stage; docs/layout.md, session 19): algorithm
boxes (`Algorithm 2: Name` between rules over numbered pseudocode) come out as a figure under a caption, as journals
keep them; a detector box over a figure and its caption is no second figure; a chart the detector boxed as text
(session 20) is a figure."""

from __future__ import annotations

from pathlib import Path

import pytest
from render import browser_page

from docsense.core.document import Block, Line
from docsense.core.geometry import iou
from docsense.layout.segment import algorithm_boxes, charts_read_as_text, figures_over_text
from docsense.synth import browser, fonts


def _line(text: str, x0: float, y0: float, x1: float) -> Line:
    box = (x0, y0, x1, y0 + 14)
    return Line(text=text, bbox=box, polygon=[(x0, y0), (x1, y0), (x1, y0 + 14), (x0, y0 + 14)], score=0.9)


def _block(kind: str, lines: list[Line], order: int) -> Block:
    box = (min(ln.bbox[0] for ln in lines), min(ln.bbox[1] for ln in lines),
           max(ln.bbox[2] for ln in lines), max(ln.bbox[3] for ln in lines))  # fmt: skip
    return Block(type=kind, bbox=box, lines=lines, order=order)


def test_a_numbered_algorithm_read_as_a_table_and_text_pieces_is_one_figure_under_its_caption() -> None:
    cap = _line("Algorithm 2: Online Clustering", 314, 100, 460)
    code = [
        _line("1: Require: data points x and a radius r", 314, 120, 555),
        _line("and a stopping tolerance", 330, 135, 450),  # the long row wrapped
        _line("2: z ← φ · n − n(k)", 314, 150, 420),
        _line("3: while x ∈ S do", 330, 165, 430),
        _line("4: end while", 314, 180, 380),
        _line("5: return z", 314, 195, 370),
    ]
    after = _line("The clusters are then merged by a second pass over the points.", 314, 230, 556)
    blocks = [_block("table", [cap, *code[:3]], 0), _block("title", code[3:4], 1), _block("text", code[4:], 2),
              _block("text", [after], 3)]  # fmt: skip
    out = algorithm_boxes(blocks)
    assert [b.type for b in out] == ["figure_caption", "figure", "text"]
    assert out[0].lines == [cap]
    assert out[1].lines == code
    assert out[2].lines == [after]


def test_an_unnumbered_algorithm_whose_require_row_wraps_is_one_figure() -> None:
    # Seed 115's first algo page: the `Require:` row ran to the column's edge and wrapped, its last word `[1]` on a
    # row of its own at the left edge; that row, no code, ended the box after one row (no figure).
    cap = _line("Algorithm 3: Adaptive Sampling", 47, 432, 209)
    code = [
        _line("Require: Sensitivity. Are. Response factors on", 46, 454, 284),
        _line("[1]", 44, 469, 67),
        _line("Ensure: Staining which", 45, 486, 170),
        _line("x ← Σβ · g3 − no(k)", 44, 503, 150),
        _line("if u ≠ σ then", 45, 519, 114),
        _line("end while", 45, 535, 102),
    ]
    blocks = [_block("table", [cap, *code], 0)]
    out = algorithm_boxes(blocks)
    assert [b.type for b in out] == ["figure_caption", "figure"]
    assert out[1].lines == code
    # Two rows of no code in a row, or one at the foot of the box, end it.
    prose = _line("The clusters are then merged by a second pass over", 44, 469, 290)
    more = _line("the points, as in the first section above.", 44, 486, 250)
    out = algorithm_boxes([_block("text", [cap, code[0], prose, more, *code[3:]], 0)])
    assert "figure" not in [b.type for b in out]
    foot = _line("The clusters are then merged by a second pass over", 44, 551, 290)
    out = algorithm_boxes([_block("text", [cap, *code, foot], 0)])
    assert [b.lines for b in out if b.type == "figure"] == [code]


def test_prose_after_an_algorithm_caption_word_is_left_alone() -> None:
    # `Algorithm 1` opening a row of prose, with rows of prose under it (one with a Greek letter): no box.
    rows = [
        _line("Algorithm 1 converges when the step size is small enough,", 50, 100, 300),
        _line("which we set to λ = 0.1 in every experiment reported here", 50, 115, 300),
        _line("and in the ablation study of the second section below.", 50, 130, 290),
        _line("The runs took about four hours on a single machine each.", 50, 145, 300),
    ]
    blocks = [_block("text", rows, 0)]
    assert algorithm_boxes(blocks) == blocks


@pytest.mark.skipif(browser.unavailable_reason() is not None, reason=str(browser.unavailable_reason()))
@pytest.mark.skipif(fonts.missing_reason() is not None, reason=str(fonts.missing_reason()))
def test_algorithm_boxes_on_a_rendered_page_are_figures(pipeline, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # Seed 69's second `bp_algo` page: three algorithm boxes, read before as a table holding its caption row, a
    # table of unnumbered rows, and text plus two figure pieces; none was a figure (best IoU 0.22).
    _, truth, path = browser_page(tmp_path, "bp_algo", 2, 69, 1)
    figures = [(a["bbox"][0], a["bbox"][1], a["bbox"][0] + a["bbox"][2], a["bbox"][1] + a["bbox"][3])
               for a in truth if a["label"] == "figure"]  # fmt: skip
    assert len(figures) == 3
    blocks = pipeline.parse_file(path).document.pages[0].blocks
    found = [b.bbox for b in blocks if b.type == "figure"]
    assert all(max((iou(f, g) for g in found), default=0.0) >= 0.5 for f in figures)
    assert not [g for g in found if max(iou(f, g) for f in figures) < 0.5]  # no piece left over
    captions = [" ".join(ln.text for ln in b.lines) for b in blocks if b.type == "figure_caption"]
    assert sum(c.startswith("Algorithm") for c in captions) == 3


@pytest.mark.skipif(browser.unavailable_reason() is not None, reason=str(browser.unavailable_reason()))
@pytest.mark.skipif(fonts.missing_reason() is not None, reason=str(fonts.missing_reason()))
def test_an_algorithm_box_with_a_wrapped_require_row_on_a_rendered_page(pipeline, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # Seed 115's first `bp_algo` page: the box's `Require:` row wraps (`[1]` alone on its row); the box came out as
    # a table over the caption and code (IoU under 0.5 with the figure), no figure.
    _, truth, path = browser_page(tmp_path, "bp_algo", 3, 115, 0)
    figures = [(a["bbox"][0], a["bbox"][1], a["bbox"][0] + a["bbox"][2], a["bbox"][1] + a["bbox"][3])
               for a in truth if a["label"] == "figure" and a["bbox"][2] < 300]  # fmt: skip
    assert len(figures) == 1
    found = [b.bbox for b in pipeline.parse_file(path).document.pages[0].blocks if b.type == "figure"]
    assert max((iou(figures[0], g) for g in found), default=0.0) >= 0.5


def test_a_figure_box_over_a_figure_and_its_caption_beside_it_goes() -> None:
    # The detector's box over a figure and its caption set beside it, besides the figure's own box: that outer box
    # is no figure (its caption rows stay, as text); a figure box over its panels alone stays.
    panel = Block(type="figure", bbox=(40, 110, 370, 270), lines=[_line("A", 45, 115, 55)], order=0)
    caption = _block("figure_caption", [_line("Fig 2. Study and follow-up response", 380, 115, 548),
                                        _line("in ratio. (A) Which incubated cells", 380, 130, 548)], 1)  # fmt: skip
    outer = Block(type="figure", bbox=(40, 108, 552, 300), lines=[_line("(ANOVA).", 380, 280, 430)], order=2)
    out = figures_over_text([panel, caption, outer])
    assert [b.type for b in out] == ["figure", "figure_caption", "text"]
    assert out[2].bbox == (380, 280, 430, 294)
    whole = Block(type="figure", bbox=(40, 108, 552, 300), order=2)
    assert figures_over_text([panel, whole]) == [panel, whole]


@pytest.mark.skipif(browser.unavailable_reason() is not None, reason=str(browser.unavailable_reason()))
@pytest.mark.skipif(fonts.missing_reason() is not None, reason=str(fonts.missing_reason()))
def test_no_figure_block_over_a_caption_on_a_rendered_page(pipeline, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # Seed 55's third `bp_figpage` page: a figure with its caption set beside it; the detector boxes the figure,
    # the caption, and both together, and the box over both was kept as a second figure.
    _, truth, path = browser_page(tmp_path, "bp_figpage", 3, 55, 2)
    text = [(a["bbox"][0], a["bbox"][1], a["bbox"][0] + a["bbox"][2], a["bbox"][1] + a["bbox"][3])
            for a in truth if a["label"] in ("text", "figure_caption")]  # fmt: skip
    blocks = pipeline.parse_file(path).document.pages[0].blocks
    figures = [b.bbox for b in blocks if b.type == "figure"]
    assert figures
    assert not [f for f in figures if any(iou(t, f) > 0 and _share_in(t, f) > 0.8 for t in text)]


def _share_in(a: tuple[float, ...], b: tuple[float, ...]) -> float:
    ix = max(0.0, min(a[2], b[2]) - max(a[0], b[0]))
    iy = max(0.0, min(a[3], b[3]) - max(a[1], b[1]))
    return ix * iy / ((a[2] - a[0]) * (a[3] - a[1]))


def test_a_chart_boxed_as_text_is_a_figure_and_a_table_of_figures_is_not() -> None:
    # Seed 83's second algo page: a plot under the columns whose tick labels (`100`, `0.8`, `15`, `10`) and legend
    # were boxed by the detector as one text block; its lines cover a few hundredths of the box.
    chart = [
        _line("100", 104, 618, 118), _line("0.8", 106, 645, 118), _line("15", 108, 672, 118),
        _line("10", 108, 699, 118), _line("statistica", 476, 627, 512), _line("resistance", 476, 640, 514),
        _line("results", 476, 653, 504),
    ]  # fmt: skip
    chart[0] = chart[0].model_copy(update={"bbox": (100, 612, 118, 626)})
    box = _block("text", chart, 0).model_copy(update={"bbox": (100, 612, 516, 708)})
    assert [b.type for b in charts_read_as_text([box])] == ["figure"]
    # Short rows of figures that fill their box (a small table or a list of values read as text) stay text.
    dense = [_line(f"{v}", 100, 612 + 15 * i, 140) for i, v in enumerate((12.5, 13.1, 14.0, 9.8, 11.2))]
    assert [b.type for b in charts_read_as_text([_block("text", dense, 0)])] == ["text"]
    # A paragraph: long rows.
    para = [_line("The runs took about four hours on a single machine each.", 50, 130 + 15 * i, 300) for i in range(4)]
    assert [b.type for b in charts_read_as_text([_block("text", para, 0)])] == ["text"]


@pytest.mark.skipif(browser.unavailable_reason() is not None, reason=str(browser.unavailable_reason()))
@pytest.mark.skipif(fonts.missing_reason() is not None, reason=str(fonts.missing_reason()))
def test_a_chart_under_the_columns_boxed_as_text_is_a_figure(pipeline, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # Seed 83's second `bp_algo` page: the plot across the foot of the page came out as a text block (IoU 0.69).
    _, truth, path = browser_page(tmp_path, "bp_algo", 2, 83, 1)
    charts = [(a["bbox"][0], a["bbox"][1], a["bbox"][0] + a["bbox"][2], a["bbox"][1] + a["bbox"][3])
              for a in truth if a["label"] == "figure" and a["bbox"][2] > 400]  # fmt: skip
    assert len(charts) == 1
    found = [b.bbox for b in pipeline.parse_file(path).document.pages[0].blocks if b.type == "figure"]
    assert max((iou(charts[0], g) for g in found), default=0.0) >= 0.5
