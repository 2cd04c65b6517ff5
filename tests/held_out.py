"""Scoring of generated held-out resume and invoice families without OCR (every drawn line read right), shared by
the tests of each held-out round."""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

import pytest

from docsense.core.document import Block, Document, Line, Page
from docsense.eval.kie import score
from docsense.kie import KieStage
from docsense.synth import browser, browser_docs, invoices, resumes
from docsense.synth import documents as synth


def make_sample(family: str, rng: random.Random) -> synth.Sample:
    return invoices.FAMILIES[family](rng) if family in invoices.FAMILIES else resumes.make_family(family, rng)


def sample_scores(kie: KieStage, samples: list[synth.Sample], family: str) -> tuple[dict[str, Any], list[str]]:
    """`samples` of `family` read by `auto`: the field scores and the template each page was typed as."""
    gts, preds, kinds = [], [], []
    for i, sample in enumerate(samples):
        name = f"{family}_{i}.png"
        result = kie(synth.sample_document(sample, name), "auto")
        kinds.append(result.template)
        gts.append(sample.gt(name))
        preds.append({"source": name, "fields": {k: v.value for k, v in result.fields.items()}})
    return score(gts, preds), kinds


def family_scores(kie: KieStage, family: str, n: int) -> tuple[dict[str, Any], list[str]]:
    """`n` pages of `family` (seeds `test-{family}-{i}`) read by `auto`."""
    return sample_scores(kie, [make_sample(family, random.Random(f"test-{family}-{i}")) for i in range(n)], family)


def browser_samples(
    families: tuple[str, ...], n: int, make: Callable[..., synth.Sample] = browser_docs.make
) -> dict[str, list[synth.Sample]]:
    """`n` browser-typeset pages a family (seeds `test-{family}-{i}`), for the rounds written as HTML; `make` is the
    round's module's (each knows its own families)."""
    with browser.Browser() as b:
        return {f: [make(f, random.Random(f"test-{f}-{i}"), b) for i in range(n)] for f in families}


needs_browser = pytest.mark.skipif(browser.unavailable_reason() is not None, reason=str(browser.unavailable_reason()))
needs_cjk = pytest.mark.skipif(not synth.cjk_available(), reason="no CJK font (fonts-wqy-microhei) installed")


def browser_round(families: tuple[str, ...], make: Callable[..., synth.Sample], n: int = 4, floor: float = 0.95):
    """A browser round's `pages` fixture (module scope) and its floor test: `n` pages a family read by `auto` from
    the boxes the browser reports (no OCR), field F1 `floor` or more. A round's test module assigns both:
    `pages, test_roundNN_family_fields = browser_round(...)`."""

    @pytest.fixture(scope="module")
    def pages() -> dict[str, list[synth.Sample]]:
        return browser_samples(families, n, make)

    @needs_browser
    @needs_cjk
    @pytest.mark.parametrize("family", families)
    def test_family_fields(pages: dict[str, list[synth.Sample]], kie: KieStage, family: str) -> None:
        res, _ = sample_scores(kie, pages[family], family)
        assert res["overall"]["f1"] >= floor, res["wrong"][:10]

    return pages, test_family_fields


def lines_page(lines: list[tuple[str, tuple[float, float, float, float]]]) -> Document:
    """A hand-made A4 page (1240 x 1754) of text lines, each (text, box), as an OCR would give them."""
    corners = [[(b[0], b[1]), (b[2], b[1]), (b[2], b[3]), (b[0], b[3])] for _, b in lines]
    ls = [Line(text=t, bbox=b, polygon=c, score=0.99) for (t, b), c in zip(lines, corners, strict=True)]
    page = Page(index=0, width=1240, height=1754, blocks=[Block(type="text", bbox=(0, 0, 1240, 1754), lines=ls)])
    return Document(source="r.png", pages=[page])
