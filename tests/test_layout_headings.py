"""Headings (layout/segment.py, run by the refine stage; docs/layout.md, session 20): in Chinese reports a one-row
text block led by a section number (`（一）`, `一、`, `第三章`) with no clause punctuation is a heading, a one-row
Chinese sentence that leads into what follows (ending with a colon) is no heading; a heading set on two rows and cut
at its rows is one heading (session 23: rows whose OCR boxes differ by a sixth are one size); a heading read into the
justified paragraph under it is cut from it (session 23)."""

from __future__ import annotations

from pathlib import Path

import pytest
from render import browser_page

from docsense.core.document import Block, Line
from docsense.layout.segment import chinese_headings, heading_rows, join_title_rows
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


def test_a_heading_cut_at_its_rows_is_one_title_and_a_heading_under_a_title_is_not_joined() -> None:
    # Seed 93's third magazine page: `Binding Regression Antibody` over `Bacterial Staining`, one title block each.
    top = Block(type="title", bbox=(50, 401, 248, 417), lines=[_line("Binding Regression Antibody", 50, 402, 248)])
    low = Block(type="title", bbox=(49, 417, 171, 434), lines=[_line("Bacterial Staining", 49, 419, 171)], order=1)
    out = join_title_rows([top, low])
    assert len(out) == 1 and out[0].type == "title" and out[0].bbox == (49, 401, 248, 434)
    # A smaller heading under a title (a subtitle, a section heading), or one further down, stays apart.
    big = top.model_copy(update={"lines": [_line("Binding Regression Antibody", 50, 395, 248).model_copy(
        update={"bbox": (50, 395, 248, 417)})]})  # fmt: skip
    assert len(join_title_rows([big, low])) == 2
    far = low.model_copy(update={"bbox": (49, 430, 171, 447), "lines": [_line("Bacterial Staining", 49, 432, 171)]})
    assert len(join_title_rows([top, far])) == 2
    text = low.model_copy(update={"type": "text"})
    assert len(join_title_rows([top, text])) == 2


@pytest.mark.skipif(browser.unavailable_reason() is not None, reason=str(browser.unavailable_reason()))
@pytest.mark.skipif(fonts.missing_reason() is not None, reason=str(fonts.missing_reason()))
def test_a_two_row_heading_of_a_rendered_magazine_page_is_one_title(pipeline, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # Seed 93's third magazine page: the tinted box's heading came out as two title blocks, one per row.
    _, truth, path = browser_page(tmp_path, "bp_magazine", 3, 93, 2)
    boxes = [b.bbox for b in pipeline.parse_file(path).document.pages[0].blocks if b.type == "title"]
    heads = [a["bbox"] for a in truth if a["label"] == "title"]
    assert len(heads) >= 3
    for x, y, w, h in heads:
        best = 0.0
        for g in boxes:
            ix = max(0.0, min(x + w, g[2]) - max(x, g[0]))
            iy = max(0.0, min(y + h, g[3]) - max(y, g[1]))
            best = max(best, ix * iy / (w * h + (g[2] - g[0]) * (g[3] - g[1]) - ix * iy))
        assert best >= 0.5, (x, y, w, h)


def _title(text: str, box: tuple[float, float, float, float], order: int) -> Block:
    line = _line(text, box[0], box[1], box[2]).model_copy(update={"bbox": box})
    return Block(type="title", bbox=box, lines=[line], order=order)


def test_a_wrapped_heading_whose_rows_ocr_boxes_differ_by_a_sixth_is_one_title() -> None:
    # Seed 113's first magazine page: `Regression Analysis` (box 16.2 high) over `Network` (19.1: its own letters),
    # which would not have fitted on the row above in its column (text to x=389).
    top = _title("Regression Analysis", (224, 286.5, 361.5, 302.7), 0)
    low = _title("Network", (222, 304.6, 288, 323.7), 1)
    text = Block(
        type="text", bbox=(222, 326, 389, 682), lines=[_line("Respectively and samples", 222, 326, 389)], order=2
    )
    out = join_title_rows([top, low, text])
    assert len(out) == 2 and out[0].bbox == (222, 286.5, 361.5, 323.7)
    # PubLayNet dev page PMC4954804: `Methods` (12.8 high) over `Aim 1: Evaluation of ...` (10.5), whose `Aim` had
    # room after `Methods`: a subheading under its heading, two titles.
    top = _title("Methods", (301, 150.2, 346, 163), 0)
    low = _title("Aim 1: Evaluation of mandibular anterior alveolar bone", (302, 163, 527, 173.5), 1)
    text = Block(
        type="text", bbox=(301, 188, 540, 343), lines=[_line("Committee on Human Research", 301, 188, 540)], order=2
    )
    assert len(join_title_rows([top, low, text])) == 3


def _rows(texts: list[tuple[str, float]], x0: float = 402, y0: float = 400) -> list[Line]:
    return [_line(t, x0, y0 + 16 * n, x1) for n, (t, x1) in enumerate(texts)]


def test_a_heading_row_read_into_a_justified_paragraph_is_a_title() -> None:
    # Seed 101's second magazine page: `Significantly Dose` (a heading's second row, 16 px short of the column)
    # read as the first row of the paragraph under it, every row of which but the last fills the column.
    para = [("Method (2%) which. By", 563), ("weeks in difference clini-", 563), ("cal were figure were", 564),
            ("[25] with. Difference.", 520)]  # fmt: skip
    lines = _rows([("Significantly Dose", 548), *para])
    head = Block(type="title", bbox=(404, 383, 482, 397), lines=[_line("Structure", 404, 383, 482)], order=0)
    body = Block(type="text", bbox=(402, 400, 564, 478), lines=lines, order=1)
    out = join_title_rows(heading_rows([head, body]))
    assert [b.type for b in out] == ["title", "text"]
    assert [ln.text for ln in out[0].lines] == ["Structure", "Significantly Dose"]
    assert out[1].lines == lines[1:] and out[1].bbox[1] == 416
    # A paragraph's first row filling the column, a short first row ending in a stop (a paragraph of one row) or
    # led by a marker, a row set in, and rows over ragged text stay where they are.
    for first in [("Significantly dose response rises", 563), ("Dose was raised twice.", 548), ("• Dose", 548)]:
        block = body.model_copy(update={"lines": _rows([first, *para])})
        assert heading_rows([block]) == [block]
    block = body.model_copy(update={"lines": _rows([("Significantly Dose", 548)], 420) + _rows(para, y0=416)})
    assert heading_rows([block]) == [block]
    ragged = [("Method (2%) which. By", 540), ("weeks in difference", 520), ("cal were figure were", 564),
              ("[25] with. Difference.", 520)]  # fmt: skip
    block = body.model_copy(update={"lines": _rows([("Significantly Dose", 500), *ragged])})
    assert heading_rows([block]) == [block]


def test_a_heading_set_larger_over_a_ragged_paragraph_is_a_title() -> None:
    # Seed 115's first magazine page: `Gene in Images` (22 px high) read into the ragged paragraph under it (15 px
    # rows, the first ending short too); the same row in the paragraph's own size stays in it.
    para = [("In shown. Protein were", 539), ("cohort treatment signaling", 558), ("genome expression ratio to", 559),
            ("risk algorithm bacterial of", 555)]  # fmt: skip
    head = _line("Gene in Images", 407, 248, 541).model_copy(update={"bbox": (407, 248, 541, 270)})
    lines = [head, *_rows(para, 408, 271)]
    block = Block(type="text", bbox=(407, 248, 559, 333), lines=lines, order=0)
    out = heading_rows([block])
    assert [b.type for b in out] == ["title", "text"] and out[0].lines == [head] and out[1].lines == lines[1:]
    same = block.model_copy(update={"lines": _rows([("Gene in Images", 541), *para], 408, 255)})
    assert heading_rows([same]) == [same]


def test_a_heading_set_a_little_larger_and_heavier_over_a_ragged_paragraph_is_a_title() -> None:
    # Seed 109's second magazine page: `Bacterial Associated` (18 px high, 7.2 px a character) read into the ragged
    # paragraph under it (15 px rows, 4.8 px a character): a fifth taller, no more than one font's OCR boxes differ,
    # but half as wide again a character. A first row as tall in the paragraph's own width stays in it.
    para = [("Survey that and. Are images.", 545), ("Months the to with (97%)", 518),
            ("months group among survey", 545), ("months structure model", 524)]  # fmt: skip
    head = _line("Bacterial Associated", 412, 366, 555).model_copy(update={"bbox": (412, 366, 555, 383)})
    lines = [head, *_rows(para, 412, 385)]
    block = Block(type="text", bbox=(412, 366, 555, 447), lines=lines, order=0)
    out = heading_rows([block])
    assert [b.type for b in out] == ["title", "text"] and out[0].lines == [head] and out[1].lines == lines[1:]
    tall = _line("Bacterial Associated", 412, 366, 508).model_copy(update={"bbox": (412, 366, 508, 383)})
    same = block.model_copy(update={"lines": [tall, *lines[1:]]})
    assert heading_rows([same]) == [same]


def _best_iou(box: list[float], found: list[tuple[float, float, float, float]]) -> float:
    x, y, w, h = box
    best = 0.0
    for g in found:
        ix = max(0.0, min(x + w, g[2]) - max(x, g[0]))
        iy = max(0.0, min(y + h, g[3]) - max(y, g[1]))
        best = max(best, ix * iy / (w * h + (g[2] - g[0]) * (g[3] - g[1]) - ix * iy))
    return best


@pytest.mark.skipif(browser.unavailable_reason() is not None, reason=str(browser.unavailable_reason()))
@pytest.mark.skipif(fonts.missing_reason() is not None, reason=str(fonts.missing_reason()))
@pytest.mark.parametrize(
    ("seed", "index", "words"),
    [
        (113, 0, "Regression Analysis Network"),
        (101, 1, "Structure Significantly Dose"),
        (115, 0, "Gene in Images"),
        (109, 1, "Bacterial Associated"),
    ],
)
def test_a_two_row_magazine_heading_is_one_title_on_rendered_pages(
    pipeline, tmp_path: Path, seed: int, index: int, words: str
) -> None:  # type: ignore[no-untyped-def]
    # Seed 113: the rows' OCR boxes 16 and 19 px high came out as two titles; seed 101: the second row was read
    # into the paragraph under it; seed 115: a heading set larger read into the ragged paragraph under it; seed
    # 109: one set a little larger and heavier.
    _, truth, path = browser_page(tmp_path, "bp_magazine", 3, seed, index)
    blocks = pipeline.parse_file(path).document.pages[0].blocks
    titles = [b for b in blocks if b.type == "title" and " ".join(ln.text for ln in b.lines) == words]
    assert len(titles) == 1
    heads = [a["bbox"] for a in truth if a["label"] == "title"]
    assert max(_best_iou(h, [titles[0].bbox]) for h in heads) >= 0.7
