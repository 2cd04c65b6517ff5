"""Reading order and Markdown as a reader expects them, on lines laid out like real pages (no models)."""

from __future__ import annotations

from docsense.core.assemble import assemble
from docsense.core.document import Document, Line, Page, Region
from docsense.core.export import to_markdown


def _line(text: str, x0: float, y0: float, x1: float, y1: float | None = None, vertical: bool = False) -> Line:
    y1 = y0 + 20 if y1 is None else y1
    return Line(text=text, bbox=(x0, y0, x1, y1), polygon=[(x0, y0), (x1, y0), (x1, y1), (x0, y1)], score=0.99,
                vertical=vertical)  # fmt: skip


def _markdown(lines: list[Line], regions: list[Region], size: tuple[int, int] = (1240, 1754)) -> str:
    blocks = assemble(lines, regions, page_size=size)
    page = Page(index=0, width=size[0], height=size[1], blocks=blocks)
    return to_markdown(Document(source="t", pages=[page]))


def test_key_and_value_on_one_line() -> None:
    lines = [
        _line("Subtotal:", 730, 900, 860), _line("€36,546.60", 1000, 900, 1150),
        _line("Total:", 730, 940, 820), _line("€39,471.33", 1000, 940, 1150),
    ]  # fmt: skip
    md = _markdown(lines, [Region(type="text", bbox=(720.0, 890.0, 1160.0, 965.0), score=0.9)])
    assert "Subtotal: €36,546.60\nTotal: €39,471.33" in md


def test_a_number_boxed_as_a_title_is_not_a_heading() -> None:
    lines = [_line("296664039561", 100, 300, 300), _line("Invoice summary", 100, 400, 320)]
    regions = [Region(type="title", bbox=(95.0, 295.0, 305.0, 325.0), score=0.8),
               Region(type="title", bbox=(95.0, 395.0, 325.0, 425.0), score=0.8)]  # fmt: skip
    md = _markdown(lines, regions)
    assert "## 296664039561" not in md and "296664039561" in md
    assert "## Invoice summary" in md


def test_running_head_and_page_number_stay_out_of_the_body() -> None:
    body = [_line(f"Body text line {i} of the article goes on here.", 100, 300 + 30 * i, 1100) for i in range(6)]
    lines = [_line("Journal of Things 12 (2024)", 100, 30, 500), *body, _line("7", 610, 1700, 630)]
    md = _markdown(lines, [Region(type="text", bbox=(95.0, 295.0, 1105.0, 475.0), score=0.9)])
    assert "<!-- header: Journal of Things 12 (2024) -->" in md and "<!-- footer: 7 -->" in md
    body_md = "\n".join(x for x in md.splitlines() if not x.startswith("<!--"))
    assert "Journal of Things" not in body_md and "Body text line 0" in body_md


def test_vertical_page_is_read_as_columns_right_to_left() -> None:
    """Vertical writing: five columns of text, the first one rightmost; no grid of cells."""
    cols = ["第一列文字内容", "第二列文字内容", "第三列文字内容", "第四列文字内容", "第五列文字内容"]
    lines = [_line(t, 900 - 120 * i, 100, 940 - 120 * i, 700, vertical=True) for i, t in enumerate(cols)]
    blocks = assemble(lines, [Region(type="text", bbox=(400.0, 90.0, 950.0, 710.0), score=0.9)], page_size=(1000, 800))
    assert all(b.type != "table" for b in blocks)
    assert [ln.text for b in sorted(blocks, key=lambda b: b.order) for ln in b.lines] == cols


def test_key_value_lines_boxed_as_titles_are_not_headings_and_a_big_top_title_stays_in_the_body() -> None:
    lines = [
        _line("北京增值税普通发票", 560, 40, 1040, 84),  # the document's title, set twice the body size
        _line("收款人：刘强 复核：彭远", 100, 300, 500),
        _line("Invoice No: A201952484", 100, 400, 420),
        _line("Aim 1: Evaluation of the method", 100, 500, 520),
    ]
    regions = [Region(type="title", bbox=(ln.bbox[0] - 5, ln.bbox[1] - 5, ln.bbox[2] + 5, ln.bbox[3] + 5), score=0.8)
               for ln in lines[1:]]  # fmt: skip
    md = _markdown(lines, regions, size=(1600, 1000))
    assert "## 收款人" not in md and "## Invoice No" not in md and "收款人：刘强 复核：彭远" in md
    assert "## Aim 1: Evaluation of the method" in md
    assert "北京增值税普通发票" in md and "<!-- header" not in md
