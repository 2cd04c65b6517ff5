"""Ruled invoice frames (a VAT invoice's goods rows inside the frame of the whole invoice): the frame is read as a
table even when the layout model calls it a figure, the goods rows end at a letter-spaced totals key OCR read in
pieces, column rules stopping short of the closing rule still close their cells, and item lines with one tall OCR
box among them still split into rows. Unit checks on laid-out lines and drawn rules, then browser-typeset pages end
to end (docs/tables.md, round 5, has the measured figures)."""

from __future__ import annotations

import io
import random

import numpy as np
import pytest

from docsense.core.assemble import assemble
from docsense.core.document import Line, Region, Word

HEAD = ["货物或应税劳务、服务名称", "规格型号", "单位", "数量", "单价", "金额", "税率", "税额"]
XS = [80, 400, 540, 620, 710, 830, 980, 1070, 1190]
GOODS = [
    ["显示器", "27英寸", "台", "4", "734.24", "2936.96", "6%", "176.22"],
    ["打印机硒鼓", "HP-88A", "个", "20", "664.24", "13284.80", "6%", "797.09"],
    ["办公椅", "YZ-01", "把", "1", "419.42", "419.42", "6%", "25.17"],
]


def _line(text: str, x0: float, y0: float, x1: float, h: float = 22.0, vertical: bool = False) -> Line:
    box = (x0, y0, x1, y0 + h)
    poly = [(x0, y0), (x1, y0), (x1, y0 + h), (x0, y0 + h)]
    return Line(text=text, bbox=box, polygon=poly, score=1.0, words=[Word(text=text, bbox=box, score=1.0)],
                vertical=vertical)  # fmt: skip


def _vat_frame() -> list[Line]:
    """Buyer block (a vertical side label, key：value rows), the goods header and rows, the totals key set
    letter-spaced and read as two pieces, the 价税合计 row and the seller block."""
    lines = [_line("购买方", 50, 250, 72, h=90, vertical=True)]
    for r, text in enumerate(
        ("名称：天津恒通物流有限公司", "纳税人识别号：91616876BPCK3JFD0A", "地址、电话：广州市解放路79号")
    ):
        lines.append(_line(text, 100, 250 + 34 * r, 560))
    lines += [_line(t, XS[i] + 10, 380, XS[i + 1] - 10) for i, t in enumerate(HEAD)]
    for r, row in enumerate(GOODS):
        lines += [_line(t, XS[i] + 10, 430 + 40 * r, XS[i + 1] - 10) for i, t in enumerate(row) if t]
    lines += [_line("合", 130, 580, 152), _line("计", 260, 580, 282)]
    lines += [_line("¥16640.18", 850, 580, 970), _line("¥998.48", 1090, 580, 1180)]
    lines += [_line("价税合计（大写）", 100, 630, 300), _line("(小写)¥17638.66", 900, 630, 1100)]
    lines += [_line("名称：重庆卓越科技有限公司", 100, 680, 500), _line("销售方", 50, 680, 72, h=60, vertical=True)]
    return lines


def _goods_table(blocks) -> set[str]:
    [table] = [b for b in blocks if b.type == "table"]
    return {ln.text for ln in table.lines}


def test_a_ruled_frame_called_a_figure_is_a_table_of_its_goods_rows() -> None:
    lines = _vat_frame()
    want = set(HEAD) | {t for row in GOODS for t in row}
    # the detector's only box over the frame is a figure
    blocks = assemble(
        lines, [Region(type="figure", bbox=(40.0, 240.0, 1200.0, 720.0), score=0.9)], page_size=(1240, 1754)
    )
    assert _goods_table(blocks) == want
    assert sum(len(b.lines) for b in blocks) == len(lines)
    # a figure and a table box over the same frame, the figure scored higher
    regions = [Region(type="figure", bbox=(40.0, 240.0, 1200.0, 720.0), score=0.9),
               Region(type="table", bbox=(42.0, 244.0, 1196.0, 716.0), score=0.6)]  # fmt: skip
    assert _goods_table(assemble(lines, regions, page_size=(1240, 1754))) == want


def test_a_letter_spaced_totals_key_in_pieces_ends_the_goods_rows() -> None:
    lines = _vat_frame()
    blocks = assemble(
        lines, [Region(type="table", bbox=(40.0, 240.0, 1200.0, 720.0), score=0.9)], page_size=(1240, 1754)
    )
    assert not _goods_table(blocks) & {"合", "计", "¥16640.18", "价税合计（大写）"}
    # an item whose name starts with a single character is no totals key
    lines = [ln for ln in _vat_frame() if ln.text not in {"合", "计"}]
    lines += [_line("笔", 130, 550, 152), _line("记本", 170, 550, 220), _line("3", 630, 550, 700)]
    blocks = assemble(
        lines, [Region(type="table", bbox=(40.0, 240.0, 1200.0, 720.0), score=0.9)], page_size=(1240, 1754)
    )
    assert {"笔", "记本"} <= _goods_table(blocks)


def test_a_chart_with_panel_letters_and_tick_labels_stays_a_figure() -> None:
    """Panel letters over rows of axis ticks: a header of short pieces over figures, but rows of two or three."""
    lines = [_line(t, x, 100, x + 30) for t, x in (("A", 100), ("B", 300), ("C", 500), ("culture", 700))]
    for r, (a, b) in enumerate((("20-", "80"), ("30", "60-"), ("10-", "40"), ("0", "20-"))):
        lines += [_line(a, 100 + 7 * r, 150 + 40 * r, 140 + 7 * r), _line(b, 310 - 5 * r, 150 + 40 * r, 350)]
    blocks = assemble(
        lines, [Region(type="figure", bbox=(80.0, 90.0, 800.0, 330.0), score=0.9)], page_size=(1240, 1754)
    )
    assert [b.type for b in blocks if b.type in {"figure", "table"}] == ["figure"]


def _frame_image(short: int) -> np.ndarray:
    """A ruled goods area: frame, a rule under the header, 8 column rules that stop `short` px above the bottom."""
    img = np.full((300, 1200, 3), 255, np.uint8)
    for y in (10, 80, 290):
        img[y : y + 2, 20:1180] = 0
    for x in (20, 1178):
        img[10:292, x : x + 2] = 0
    for x in (320, 460, 540, 630, 750, 900, 990):
        img[10 : 290 - short, x : x + 2] = 0
    return img


def test_column_rules_stopping_short_of_the_closing_rule_still_close_cells() -> None:
    from docsense.table.ruled import ruled_grid

    for short in (0, 12):
        grid = ruled_grid(_frame_image(short))
        assert grid is not None
        cells, n_rows = grid
        assert n_rows == 2 and [c.colspan for c in cells if c.row_index == 1] == [1] * 8, short


def test_item_lines_split_though_one_ocr_box_covers_several_rows() -> None:
    """Four item lines in every column of one ruled body row; in one column OCR read three figures as one tall box."""
    from docsense.table.ruled import split_text_rows
    from docsense.table.slanet import CellSpec

    xs = (0, 100, 200, 300)
    head = [CellSpec(box=(x, 0, x + 100, 30), row_index=0) for x in xs]
    body = [CellSpec(box=(x, 30, x + 100, 200), row_index=1) for x in xs]
    words = [(x + 10, y, x + 60, y + 20) for x in xs[:3] for y in (5, 40, 80, 120, 160)]
    words += [(310, 5, 360, 25), (310, 40, 360, 140), (310, 160, 360, 180)]
    _, n_rows = split_text_rows(head + body, 2, words)
    assert n_rows == 5
    # Two cells wrapping onto two lines beside a one-line cell set midway between them: one row.
    wrapped = [(10, 40, 60, 60), (10, 66, 60, 86), (110, 53, 160, 73), (210, 40, 260, 60), (210, 66, 260, 86)]
    _, n_rows = split_text_rows(head + body, 2, wrapped)
    assert n_rows == 2


_PAGES = [("zh_vat_frame", "2-1", "clean"), ("zh_vat_frame", "2-1", "skew"), ("zh_vat_frame", "2-2", "clean"),
          ("zh_einvoice", "2-1", "skew")]  # fmt: skip


def test_browser_vat_invoice_goods_tables_end_to_end(pipeline) -> None:
    """Chromium-typeset VAT invoice pages (seed 2 was scored unseen first: 0.382 before these fixes)."""
    from docsense.synth import browser, browser_table_pages, documents, fonts

    why = browser.unavailable_reason() or fonts.missing_reason()
    if why:
        pytest.skip(str(why))
    from docsense.core.io import load_pages
    from docsense.eval.tables import teds

    scores = []
    with browser.Browser() as b:
        for family, seed, variant in _PAGES:
            page = browser_table_pages.make_page(b, family, seed)
            image = documents.scan_variant(page.image, variant, random.Random(f"{seed}-{variant}"))
            buf = io.BytesIO()
            image.save(buf, format="PNG")
            pi = next(iter(load_pages(buf.getvalue(), pipeline.settings.input, pipeline.settings.limits)))
            blocks = pipeline.parse_page(pi).page.blocks
            html = [str(x.table.html).replace("<b>", "").replace("</b>", "") for x in blocks if x.table]
            scores.append(max((teds(h, page.html) for h in html), default=0.0))
    assert min(scores) >= 0.8 and sum(scores) / len(scores) >= 0.9, scores
