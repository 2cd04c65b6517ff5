"""The four browser layout families of session 24 (synth/browser_pages.py `S24_FAMILIES`, docs/layout.md): each
renders, and its truth holds the regions the family is written to have."""

from __future__ import annotations

import pytest

from docsense.synth import browser, fonts
from docsense.synth.browser_pages import ALL_FAMILIES, S24_FAMILIES, make_page

pytestmark = [
    pytest.mark.skipif(browser.unavailable_reason() is not None, reason=str(browser.unavailable_reason())),
    pytest.mark.skipif(fonts.missing_reason() is not None, reason=str(fonts.missing_reason())),
]


def test_the_new_families_render_with_their_regions() -> None:
    assert set(S24_FAMILIES) <= set(ALL_FAMILIES)
    with browser.Browser() as b:
        pages = {fam: [make_page(b, fam, seed) for seed in (999, 998)] for fam in S24_FAMILIES}
    for fam, got in pages.items():
        for page in got:
            w, h = page.image.size
            assert (w, h) in {(612, 792), (596, 842), (595, 842)}, fam
            kinds = {r["type"] for r in page.regions}
            assert {"text", "title"} <= kinds, (fam, kinds)
            for r in page.regions:  # every box on the page, none empty
                x0, y0, x1, y1 = r["bbox"]
                assert 0 <= x0 < x1 <= w + 1 and 0 <= y0 < y1 <= h + 1, (fam, r)
    # the patent's head carries its publication number; the Chinese magazine's text is Chinese
    assert any(r["type"] == "header" and r["text"].startswith("US ") for p in pages["bp_patent"] for r in p.regions)
    zh = [r["text"] for p in pages["bp_zh_magazine"] for r in p.regions if r["type"] == "text"]
    assert zh and sum("\u4e00" <= ch <= "\u9fff" for t in zh for ch in t) > 0.5 * sum(len(t) for t in zh)
