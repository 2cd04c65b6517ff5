"""Display equations set one under the other (layout/segment.py `equation_rows`): each equation is a region of its
own with its number, not one block of formulas beside one block of numbers."""

from __future__ import annotations

from pathlib import Path

from render import browser_page
from test_layout_segment import block, needs_pages
from test_layout_segment import line as _line

from docsense.core.document import Line
from docsense.layout import segment as seg


def line(text: str, x0: float, y0: float, x1: float) -> Line:
    return _line(text, x0, y0, x1, h=14.0)


def test_stacked_equations_and_their_numbers_are_one_block_per_equation() -> None:
    formulas = ["zt = α · f² / f(t) + 9", "g0 = λ · p2 − g(t) + 6", "z0 = Σ σ · xi − yj(k)"]
    eqs = block("text", [line(t, 250, 350 + 34 * i, 390) for i, t in enumerate(formulas)], 1)
    nums = block("text", [line(f"(4.{i + 1})", 505, 350 + 34 * i, 538) for i in range(3)], 2)
    prose = block("text", [line("The model is fitted by the rule below, where", 90, 320, 540)], 0)
    labels = block("text", [line("Disease (n = 243)", 90, 500, 200), line("Network (n = 342)", 90, 520, 200)], 3)
    out = seg.equation_rows([prose, eqs, nums, labels])
    assert [[ln.text for ln in b.lines] for b in out] == [
        ["The model is fitted by the rule below, where"],
        *[[t, f"(4.{i + 1})"] for i, t in enumerate(formulas)],
        ["Disease (n = 243)", "Network (n = 342)"],  # a chart's labels are no formulas
    ]
    assert [b.order for b in out] == list(range(5))
    assert out[1].bbox == (250, 350, 538, 364)
    alone = seg.equation_rows([block("text", [line(t, 250, 350 + 34 * i, 390) for i, t in enumerate(formulas)], 0)])
    assert [len(b.lines) for b in alone] == [1, 1, 1]  # numbered or not, one block an equation


@needs_pages
def test_a_thesis_page_with_numbered_equations(pipeline, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A real typeset thesis page (chromium, the pipeline's OCR) with three display equations numbered (4.1)-(4.3)
    down the right margin: they came out as one block of the three formulas and one of the three numbers."""
    _, _, path = browser_page(tmp_path, "bp_thesis", 1, 53, 0)
    blocks = pipeline.parse_file(path).document.pages[0].blocks
    numbered = [b for b in blocks if any(seg._EQ_NUMBER.match(ln.text) for ln in b.lines)]
    assert len(numbered) == 3
    for b in numbered:
        assert len(b.lines) == 2 and seg._formula_row(min(b.lines, key=lambda ln: ln.bbox[0]).text), b.lines


def test_a_lone_formula_takes_its_chapter_numbered_number_unless_a_block_sits_between() -> None:
    eq = block("text", [line("p0 = θ · zi + zi(x) − log β", 224, 410, 407)], 0)
    num = block("text", [line("(7.9)", 499, 410, 539)], 1)
    out = seg.equation_rows([eq, num])
    assert [[ln.text for ln in b.lines] for b in out] == [["p0 = θ · zi + zi(x) − log β", "(7.9)"]]
    assert out[0].bbox == (224, 410, 539, 424)
    # two columns: the number beyond the other column's block belongs to that column
    left = block("text", [line("y = Σ α · x + 1", 90, 410, 200)], 0)
    other = block("text", [line("Results of the tissue", 320, 405, 440)], 1)
    far = block("text", [line("(2.3)", 500, 410, 540)], 2)
    assert [len(b.lines) for b in seg.equation_rows([left, other, far])] == [1, 1, 1]
    plain = seg.equation_rows([left])
    assert (plain[0].bbox, plain[0].lines) == (left.bbox, left.lines)  # a formula with no number is left as it was


@needs_pages
def test_a_thesis_page_with_lone_chapter_numbered_equations(pipeline, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A real typeset thesis page with two lone display equations numbered (7.9) and (7.10): each number came out
    as a region of its own beside its formula (the assembly joins `(12)`, not `(7.9)`)."""
    _, _, path = browser_page(tmp_path, "bp_thesis", 3, 107, 2)
    blocks = pipeline.parse_file(path).document.pages[0].blocks
    numbers = [ln for b in blocks for ln in b.lines if seg._EQ_NUMBER.match(ln.text)]
    assert len(numbers) == 2
    for b in blocks:
        if any(seg._EQ_NUMBER.match(ln.text) for ln in b.lines):
            assert len(b.lines) == 2 and seg._formula_row(min(b.lines, key=lambda ln: ln.bbox[0]).text), b.lines
