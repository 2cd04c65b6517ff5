"""Headings of Chinese reports (layout/segment.py `chinese_headings`, run by the refine stage; docs/layout.md,
session 20): a one-row text block led by a section number (`（一）`, `一、`, `第三章`) with no clause punctuation is a
heading; a one-row Chinese sentence that leads into what follows (ending with a colon) is no heading."""

from __future__ import annotations

from pathlib import Path

import pytest
from render import browser_page

from docsense.core.document import Block, Line
from docsense.layout.segment import chinese_headings
from docsense.synth import browser, fonts


def _line(text: str, x0: float, y0: float, x1: float) -> Line:
    box = (x0, y0, x1, y0 + 14)
    return Line(text=text, bbox=box, polygon=[(x0, y0), (x1, y0), (x1, y0 + 14), (x0, y0 + 14)], score=0.9)


def _one(kind: str, text: str, x1: float = 260) -> Block:
    return Block(type=kind, bbox=(88, 465, x1, 479), lines=[_line(text, 88, 465, x1)], order=0)


def test_a_numbered_chinese_heading_is_a_title_and_a_sentence_ending_in_a_colon_is_text() -> None:
    para = Block(
        type="text",
        bbox=(60, 490, 540, 520),
        lines=[
            _line("表明通过下规律温度数据差异学习因素，稳定条件指标该趋势相关指数反应，", 60, 490, 540),
            _line("中优化下趋势变化降低规律53.2%稳定。", 60, 506, 300),
        ],
        order=1,
    )
    for text in ("(一)表明误差控制", "（二）降低识别影响", "三、研究方法", "第二章 实验结果"):
        assert [b.type for b in chinese_headings([_one("text", text), para])] == ["title", "text"], text
    # A numbered row that is a sentence, or a long one, stays text; so does a paragraph of two rows.
    for text in (
        "（一）加强组织领导，落实工作责任。",
        "(一)表明误差控制的方法在下列各个条件下都稳定而且有效可靠并且可以推广",
    ):
        assert chinese_headings([_one("text", text)])[0].type == "text", text
    assert chinese_headings([para])[0].type == "text"
    # Rows that lead into a list or a paragraph, typed title, are text.
    for text in ("验证分析相关。精度，规律图像的：", "与表明意义和规律影响本文："):
        assert chinese_headings([_one("title", text)])[0].type == "text", text
    # A short label heading ending with a colon, and an English title, stay titles.
    for text in ("注意事项：", "Results:"):
        assert chinese_headings([_one("title", text, 140)])[0].type == "title", text


@pytest.mark.skipif(browser.unavailable_reason() is not None, reason=str(browser.unavailable_reason()))
@pytest.mark.skipif(fonts.missing_reason() is not None, reason=str(fonts.missing_reason()))
def test_a_second_level_heading_of_a_rendered_chinese_report_is_a_title(pipeline, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # Seed 73's second Chinese report page: `（一）表明误差控制` under a table came out as text.
    _, _, path = browser_page(tmp_path, "bp_zh_report", 2, 73, 1)
    blocks = pipeline.parse_file(path).document.pages[0].blocks
    titles = [" ".join(ln.text for ln in b.lines).replace(" ", "") for b in blocks if b.type == "title"]
    assert any("误差控制" in t for t in titles), titles
