"""Script consistency (ocr/script.py): on a simplified Chinese page, a character read in its traditional form
(`黃` for `黄`, as PP-OCRv6 read the name 黄静 on a round 20 resume) is written simplified; traditional pages
(Hong Kong / Taiwan) stay as read; `ocr.zh_script=off` keeps the text as recognized."""

from __future__ import annotations

import pytest
from render import CHINESE, WQY, needs_fonts, png_bytes, text_page

from docsense.core.document import Line, Word
from docsense.ocr.script import SIMPLIFIED_SHARE, simplified_form, simplified_share, simplify_page

# A simplified resume page whose name holds the traditional `黃` (what the recognizer read off `黄`).
SIMPLIFIED = [*CHINESE, "姓名：黃静", "求职意向：铁路运输调度员"]
# The same kind of page printed in traditional characters.
TRADITIONAL = ["增值稅普通發票", "購買方名稱：臺北星海科技有限公司", "姓名：黃靜", "求職意向：鐵路運輸調度員"]


def _page_text(pipeline, lines: list[str]) -> list[str]:
    img, _ = text_page(lines, font_path=WQY, size=40)
    return [ln.text for ln in pipeline.parse_bytes(png_bytes(img), "page").document.pages[0].lines()]


@pytest.fixture(scope="module")
def ocr_off():
    from docsense.app.pipeline import Pipeline
    from docsense.core.config import load_settings

    return Pipeline(load_settings(overrides=["layout.enabled=false", "table.enabled=false", "ocr.zh_script=off"]))


@needs_fonts
def test_traditional_character_on_simplified_page_is_written_simplified(ocr_only, ocr_off):
    assert any("黃静" in t for t in _page_text(ocr_off, SIMPLIFIED))  # read as printed without the step
    texts = _page_text(ocr_only, SIMPLIFIED)
    assert any("姓名：黄静" in t.replace(":", "：") for t in texts), texts
    assert not any("黃" in t for t in texts)


@needs_fonts
def test_traditional_page_stays_as_read(ocr_only):
    texts = _page_text(ocr_only, TRADITIONAL)
    assert any("黃靜" in t for t in texts), texts
    assert any("發票" in t for t in texts), texts


def _line(text: str) -> Line:
    n = len(text)
    words = [Word(text=ch, bbox=(10.0 * i, 0.0, 10.0 * i + 10, 10.0), score=0.9) for i, ch in enumerate(text)]
    return Line(
        text=text,
        bbox=(0.0, 0.0, 10.0 * n, 10.0),
        polygon=[(0.0, 0.0), (10.0 * n, 0.0), (10.0 * n, 10.0), (0.0, 10.0)],
        score=0.9,
        words=words,
    )


def test_words_follow_their_line():
    lines = simplify_page([_line(t) for t in SIMPLIFIED])
    for line in lines:
        assert line.text == "".join(w.text for w in line.words)
    assert lines[4].text == "姓名：黄静"


def test_characters_of_the_simplified_set_are_kept():
    # 著 (著作), 乾 (乾坤), 干 are simplified characters too: a character table alone would change them.
    assert [simplified_form(ch) for ch in "著乾干後Ab1"] == list("著乾干後Ab1")
    assert simplified_form("黃") == "黄" and simplified_form("稅") == "税"


def test_page_share_decides():
    assert simplified_share([_line("Total 12.00")]) is None
    trad = [_line(t) for t in TRADITIONAL]
    share = simplified_share(trad)
    assert share is not None and share < SIMPLIFIED_SHARE
    assert simplify_page(trad) == trad
    # a simplified page quoting a traditional company name at length is left as read
    quoted = [_line("购买方：北京星海科技有限公司"), _line("代理：臺灣國際貿易股份有限公司")]
    assert simplify_page(quoted) == quoted
