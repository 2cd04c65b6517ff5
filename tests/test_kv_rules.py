"""Key-value stage on pages built word by word (no OCR): the rules themselves, fast."""

from __future__ import annotations

import re

from docsense.core.config import KvSettings
from docsense.core.document import Block, Cell, Document, Line, Page, Table, Word
from docsense.kie.kv import KeyValueExtractor

CJK = re.compile(r"[\u3400-\u9fff\uff00-\uffef]")


def line(text: str, x: float, y: float, h: float = 30.0, char_w: float = 15.0) -> Line:
    """A printed line: CJK characters are words of their own, Latin words split at spaces."""
    words: list[Word] = []
    cx = x
    for token in re.findall(r"[\u3400-\u9fff\uff00-\uffef☑☐]|[^\s\u3400-\u9fff\uff00-\uffef☑☐]+|\s+", text):
        if token.isspace():
            cx += char_w * len(token)
            continue
        w = (2 * char_w if CJK.match(token) else char_w * len(token)) if len(token) == 1 else char_w * len(token)
        words.append(Word(text=token, bbox=(cx, y, cx + w, y + h), score=0.99))
        cx += w
    box = (x, y, cx, y + h)
    poly = [(box[0], box[1]), (box[2], box[1]), (box[2], box[3]), (box[0], box[3])]
    return Line(text=text, bbox=box, polygon=poly, score=0.99, words=words)


def page(
    *lines: Line, width: int = 1200, height: int = 1600, rotation: int = 0, table: Table | None = None
) -> Document:
    block = Block(type="table" if table else "text", bbox=(0, 0, width, height), lines=list(lines), table=table)
    return Document(source="t", pages=[Page(index=0, width=width, height=height, rotation=rotation, blocks=[block])])


def pairs_of(doc: Document) -> set[tuple[str, str]]:
    pairs, _ = KeyValueExtractor(KvSettings(method="rules"))(doc)
    return {(p.key, p.value) for p in pairs}


def test_key_and_value_on_one_line_are_split() -> None:
    doc = page(line("Date: 12/03/98", 100, 100), line("Target Position: Accountant", 100, 200))
    got = pairs_of(doc)
    assert ("Date", "12/03/98") in got
    assert ("Target Position", "Accountant") in got


def test_chinese_full_width_colon() -> None:
    doc = page(line("姓名：张三", 100, 100), line("求职意向：会计", 100, 200))
    assert {("姓名", "张三"), ("求职意向", "会计")} <= pairs_of(doc)


def test_two_pairs_on_one_line_without_a_gap() -> None:
    doc = page(line("姓名：张三性别：男", 100, 100))
    assert {("姓名", "张三"), ("性别", "男")} <= pairs_of(doc)


def test_key_without_colon_takes_value_right_and_below() -> None:
    doc = page(
        line("Batch Size", 100, 100),
        line("50 lbs.", 400, 100),
        line("INVESTIGATOR", 100, 300),
        line("Dr. H. J. Minnemeyer", 100, 340),
    )
    got = pairs_of(doc)
    assert ("Batch Size", "50 lbs.") in got
    assert ("INVESTIGATOR", "Dr. H. J. Minnemeyer") in got


def test_checkbox_options_give_the_ticked_value() -> None:
    doc = page(line("婚姻状况：", 100, 100), line("☑已婚", 300, 100), line("☐未婚", 500, 100))
    got = pairs_of(doc)
    assert ("婚姻状况", "已婚") in got
    assert ("婚姻状况", "未婚") not in got


def test_column_header_takes_the_values_under_it() -> None:
    doc = page(
        line("GROUP NO.", 100, 100),
        *[line(str(n), 120, 100 + 45 * n) for n in range(1, 5)],
    )
    got = pairs_of(doc)
    assert {("GROUP NO.", str(n)) for n in range(1, 5)} <= got


def test_header_row_whose_headers_read_like_values() -> None:
    """`% SOLUTION | DOSAGE (mg/kg BODY WEIGHT)` over columns of figures: each header takes its own column, and
    the first header does not take the second as its value."""
    doc = page(
        line("% SOLUTION", 100, 100),
        line("DOSAGE (mg/kg BODY WEIGHT)", 330, 100),
        *[line(v, 120, 100 + 45 * n) for n, v in enumerate(("5", "10", "10", "10"), 1)],
        *[line(v, 380, 100 + 45 * n) for n, v in enumerate(("1800", "2160", "2592", "3732"), 1)],
    )
    got = pairs_of(doc)
    assert ("% SOLUTION", "DOSAGE (mg/kg BODY WEIGHT)") not in got
    assert {("% SOLUTION", "5"), ("% SOLUTION", "10")} <= got
    assert {("DOSAGE (mg/kg BODY WEIGHT)", v) for v in ("1800", "2160", "2592", "3732")} <= got


def test_value_without_a_key_stays_unlinked() -> None:
    doc = page(line("Name: John Smith", 100, 100), line("Thank you for your application.", 100, 600))
    pairs, entities = KeyValueExtractor(KvSettings(method="rules"))(doc)
    assert all("Thank you" not in p.value for p in pairs)
    other = [e for e in entities if e.text.startswith("Thank")]
    assert other and other[0].label == "other"


def test_table_cells_pair_key_with_next_cell() -> None:
    texts = [["姓名", "张三", "性别", "男"], ["学历", "硕士", "专业", "会计学"]]
    cells, lines = [], []
    for r, row in enumerate(texts):
        for c, text in enumerate(row):
            box = (100 + 200 * c, 100 + 60 * r, 300 + 200 * c, 160 + 60 * r)
            cells.append(Cell(row=r, col=c, bbox=box, text=text))
            lines.append(line(text, box[0] + 10, box[1] + 15))
    table = Table(html="", cells=cells, n_rows=2, n_cols=4)
    got = pairs_of(page(*lines, table=table))
    assert {("姓名", "张三"), ("性别", "男"), ("学历", "硕士"), ("专业", "会计学")} <= got


def test_ruled_grid_without_table_structure() -> None:
    # A resume grid the table stage did not recognise: cells are only OCR lines side by side.
    doc = page(line("姓名", 110, 100), line("张三", 330, 100), line("性别", 610, 100), line("男", 830, 100))
    assert {("姓名", "张三"), ("性别", "男")} <= pairs_of(doc)


def test_rotated_page_boxes_come_back_in_original_pixels() -> None:
    # The content was turned 90 degrees clockwise: upright (x, y) sits at (H - y, x) of the stored page.
    up = [line("Name: John Smith", 100, 100), line("City: Austin, TX", 100, 200)]
    width, height = 1200, 1600  # upright size; the stored page is height x width

    def turn(ln: Line) -> Line:
        def t(b: tuple[float, float, float, float]) -> tuple[float, float, float, float]:
            return (height - b[3], b[0], height - b[1], b[2])

        words = [w.model_copy(update={"bbox": t(w.bbox)}) for w in ln.words]
        return ln.model_copy(update={"bbox": t(ln.bbox), "words": words})

    doc = page(*[turn(ln) for ln in up], width=height, height=width, rotation=90)
    pairs, _ = KeyValueExtractor(KvSettings(method="rules"))(doc)
    got = {(p.key, p.value): p for p in pairs}
    assert ("Name", "John Smith") in got and ("City", "Austin, TX") in got
    key_box = got[("Name", "John Smith")].key_bbox
    assert key_box[2] - key_box[0] < key_box[3] - key_box[1]  # a turned line is tall in original pixels


def test_vertical_key_column_labels_the_text_beside_it() -> None:
    # `教育经历` printed top to bottom in a narrow key cell, its entry to the right.
    key = line("教育经历", 100, 100, h=160, char_w=15).model_copy(
        update={"vertical": True, "bbox": (100.0, 100.0, 140.0, 260.0), "words": []}
    )
    doc = page(key, line("2015-2019 北京大学 计算机科学与技术", 200, 150))
    assert ("教育经历", "2015-2019 北京大学 计算机科学与技术") in pairs_of(doc)


def test_value_typed_half_a_line_lower_right_of_its_key() -> None:
    doc = page(line("MOLECULAR WEIGHT", 100, 100, h=14, char_w=7), line("200.29", 260, 110, h=16, char_w=8))
    assert ("MOLECULAR WEIGHT", "200.29") in pairs_of(doc)


def test_key_ending_in_a_known_key_word_is_one_key() -> None:
    # `签发日期` ends in the known key word `日期` but opens the line: one key, not `签发` + `日期`.
    doc = page(line("签发日期：2000年12月3日", 100, 100), line("姓名：张三性别：男", 100, 200))
    got = {(k, v.replace(" ", "")) for k, v in pairs_of(doc)}
    assert {("签发日期", "2000年12月3日"), ("姓名", "张三"), ("性别", "男")} <= got


def test_key_printed_without_colon_before_a_figure_is_cut() -> None:
    doc = page(line("Start Date 7/5/16", 100, 100), line("Telephone x759", 100, 200), line("Page 2 of 3", 100, 300))
    got = pairs_of(doc)
    assert {("Start Date", "7/5/16"), ("Telephone", "x759")} <= got
    assert not any(k.startswith("Page") for k, _ in got)


def test_option_without_a_box_among_empty_boxes_is_the_ticked_one() -> None:
    # The OCR drops a ticked ☑ but reads the empty □ beside it.
    doc = page(line("Smoker?", 100, 100), line("☐ Yes", 400, 100), line("No", 520, 100))
    segs = KeyValueExtractor(KvSettings(method="rules")).segments(doc.pages[0])
    ticks = {s.text: s.checkbox for s in segs}
    assert ticks["No"] == "x" and ticks["Yes"] == " " and ticks["Smoker?"] == ""


def test_rows_of_a_skewed_scan_line_up() -> None:
    # A key and its value 600 px apart on a page scanned 3 degrees off: 31 px apart vertically in the image.
    doc = page(line("Recipient:", 100, 331), line("Mary Clark", 700, 300))
    assert ("Recipient", "Mary Clark") not in pairs_of(doc)
    doc.pages[0].skew = 3.0
    assert ("Recipient", "Mary Clark") in pairs_of(doc)


def test_ticked_box_read_as_a_glyph_or_a_character_in_brackets() -> None:
    doc = page(line("X否", 100, 100), line("[冈]同意", 100, 200), line("[ ]不同意", 300, 200))
    segs = KeyValueExtractor(KvSettings(method="rules")).segments(doc.pages[0])
    assert {s.text: s.checkbox for s in segs} == {"否": "x", "同意": "x", "不同意": " "}


def test_cjk_key_and_value_apart_by_a_printed_space_are_cut() -> None:
    # CJK runs close up: a space after 2-6 characters at the start of a line ends a key printed without a colon.
    doc = page(line("发件人 何兰杰", 100, 100), line("姓 名", 100, 200), line("样品已按标准方法检测", 100, 300))
    texts = {s.text for s in KeyValueExtractor(KvSettings(method="rules")).segments(doc.pages[0])}
    assert {"发件人", "何兰杰", "样品已按标准方法检测"} <= texts
    assert "姓" not in texts
