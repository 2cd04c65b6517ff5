"""Block assembly on pages of lines the tests lay out themselves (no models): paragraphs, lists, titles,
headers/footers, lines outside regions, reading order; PicoDet NMS."""

from __future__ import annotations

import numpy as np

from docsense.core.assemble import assemble
from docsense.core.document import Line, Region
from docsense.layout.picodet import NmsParams, multiclass_nms

H = 12  # line height (px)
PITCH = 16  # baseline-to-baseline


def line(text: str, x0: float, y0: float, x1: float) -> Line:
    y1 = y0 + H
    return Line(text=text, bbox=(x0, y0, x1, y1), polygon=[(x0, y0), (x1, y0), (x1, y1), (x0, y1)], score=0.95)


def paragraph(y: float, x0: float, x1: float, n: int, indent: float = 24, tag: str = "p") -> list[Line]:
    """Justified paragraph: first line indented, last line short."""
    out = []
    for i in range(n):
        left = x0 + (indent if i == 0 else 0)
        right = x1 if i < n - 1 else x0 + 0.4 * (x1 - x0)
        out.append(line(f"{tag} line {i} of the running text goes on", left, y + i * PITCH, right))
    return out


def types(blocks):
    return [b.type for b in sorted(blocks, key=lambda b: b.order)]


def test_text_region_with_two_paragraphs_is_split_and_keeps_every_line():
    lines = paragraph(100, 50, 550, 5, tag="a") + paragraph(100 + 5 * PITCH, 50, 550, 4, tag="b")
    blocks = assemble(lines, [Region(type="text", bbox=(45, 95, 555, 260), score=0.99)])
    assert types(blocks) == ["text", "text"]
    assert [len(b.lines) for b in blocks] == [5, 4]
    assert blocks[0].lines[0].text.startswith("a line 0") and blocks[1].lines[0].text.startswith("b line 0")
    assert blocks[0].bbox == (50, 100, 550, 100 + 4 * PITCH + H)  # tight around its lines


def test_numbered_items_with_hanging_indent_become_one_list():
    intro = paragraph(100, 50, 550, 3, tag="intro")
    intro[-1] = line("as follows:", 50, 100 + 2 * PITCH, 200)
    items = []
    y = 100 + 3 * PITCH
    for k in (1, 2, 3):
        items.append(line(f"{k}. item number {k} starts here and runs on", 60, y, 550))
        items.append(line("and continues on a hanging line.", 80, y + PITCH, 300))
        y += 2 * PITCH
    blocks = assemble(intro + items, [Region(type="text", bbox=(45, 95, 555, y + 5), score=0.9)])
    assert types(blocks) == ["text", "list"]
    assert len(blocks[1].lines) == 6 and blocks[1].lines[0].text.startswith("1.")


def test_short_isolated_line_is_a_title_and_sentences_are_not():
    lines = [line("2. Materials and Methods", 50, 100, 230)]
    lines += paragraph(100 + 2 * PITCH, 50, 550, 4)
    lines += [line("This single sentence ends here.", 50, 100 + 7 * PITCH, 260)]
    regions = [Region(type="text", bbox=(45, 95, 555, 100 + 8 * PITCH), score=0.9)]
    assert types(assemble(lines, regions, page_size=(600, 800))) == ["title", "text", "text"]


def test_isolated_amount_or_code_is_not_a_title():
    lines = [line("15.00", 50, 100, 95), *paragraph(100 + 2 * PITCH, 50, 550, 3), line("CS00082652", 50, 300, 150)]
    regions = [Region(type="text", bbox=(45, 95, 555, 320), score=0.9)]
    assert "title" not in types(assemble(lines, regions, page_size=(600, 800)))


def test_lines_outside_regions_are_never_lost():
    body = paragraph(100, 50, 550, 4)
    body[-1] = line("the paragraph is not over yet at this line", 50, 100 + 3 * PITCH, 550)
    near = line("its last line, below the detected box", 50, 100 + 4 * PITCH, 400)  # joins the paragraph
    far = [line("a note far below", 50, 600, 300), line("continues here", 50, 600 + PITCH, 250)]
    regions = [Region(type="text", bbox=(45, 95, 555, 100 + 4 * PITCH - 2), score=0.9)]
    blocks = assemble([*body, near, *far], regions)
    assert sum(len(b.lines) for b in blocks) == 7
    owner = next(b for b in blocks if any(ln.text.startswith("its last line") for ln in b.lines))
    assert len(owner.lines) == 5
    note = next(b for b in blocks if any(ln.text == "a note far below" for ln in b.lines))
    assert len(note.lines) == 2 and note.score is not None and note.score < 0.9


def test_running_head_and_page_number_are_header_and_footer():
    head = line("Journal of Things 2024", 50, 20, 250)
    body = paragraph(80, 50, 550, 30)
    number = line("17", 290, 800, 305)
    regions = [Region(type="text", bbox=(45, 75, 555, 80 + 30 * PITCH), score=0.95)]
    blocks = assemble([head, *body, number], regions, page_size=(600, 830))
    ordered = sorted(blocks, key=lambda b: b.order)
    assert ordered[0].type == "header" and ordered[-1].type == "footer"
    assert ordered[0].lines[0].text.startswith("Journal") and ordered[-1].lines[0].text == "17"


def test_two_columns_with_full_width_figure_read_column_by_column():
    title = line("A Title Across The Page", 150, 40, 450)
    left_top = paragraph(80, 40, 290, 6, tag="L1")
    right_top = paragraph(80, 310, 560, 6, tag="R1")
    left_bottom = paragraph(420, 40, 290, 6, tag="L2")
    right_bottom = paragraph(420, 310, 560, 6, tag="R2")
    lines = [title, *left_top, *right_top, *left_bottom, *right_bottom]
    regions = [
        Region(type="title", bbox=(148, 38, 452, 54), score=0.9),
        Region(type="figure", bbox=(40, 190, 560, 400), score=0.9),
        *(
            Region(type="text", bbox=(x0 - 2, y - 2, x1 + 2, y + 6 * PITCH), score=0.95)
            for (x0, x1) in ((40, 290), (310, 560))
            for y in (80, 420)
        ),
    ]
    blocks = sorted(assemble(lines, regions), key=lambda b: b.order)
    names = [b.type if b.type != "text" else b.lines[0].text[:2] for b in blocks]
    assert names == ["title", "L1", "R1", "figure", "L2", "R2"]
    assert [b.order for b in blocks] == list(range(len(blocks)))


def test_text_box_inside_a_figure_gives_its_lines_to_the_figure():
    lines = [line("axis label", 100, 150, 160), *paragraph(400, 40, 560, 3)]
    regions = [
        Region(type="figure", bbox=(40, 100, 560, 350), score=0.95),
        Region(type="text", bbox=(95, 145, 170, 165), score=0.6),
        Region(type="text", bbox=(38, 398, 562, 400 + 3 * PITCH), score=0.95),
    ]
    blocks = assemble(lines, regions)
    fig = next(b for b in blocks if b.type == "figure")
    assert [ln.text for ln in fig.lines] == ["axis label"]
    assert sum(len(b.lines) for b in blocks) == 4


def test_layout_off_gives_one_block():
    lines = paragraph(100, 50, 550, 3)
    blocks = assemble(lines, [])
    assert len(blocks) == 1 and blocks[0].type == "text" and blocks[0].lines == lines
    assert assemble([], []) == []


def test_class_aware_nms_keeps_other_classes_and_per_class_thresholds():
    boxes = np.array([[0, 0, 100, 100], [2, 2, 101, 99], [0, 0, 100, 100], [300, 300, 400, 400]], np.float32)
    scores = np.zeros((4, 3), np.float32)
    scores[0, 0], scores[1, 0], scores[2, 1], scores[3, 2] = 0.9, 0.8, 0.7, 0.35
    found = multiclass_nms(boxes, scores, NmsParams(score_threshold=0.5, nms_threshold=0.5))
    assert [(c, round(s, 2)) for c, s, _ in found] == [(0, 0.9), (1, 0.7)]
    found = multiclass_nms(boxes, scores, NmsParams(score_threshold=0.5, class_thresholds={2: 0.3}))
    assert [c for c, _, _ in found] == [0, 1, 2]


def test_numbered_references_stay_a_bibliography_not_a_list():
    refs = []
    y = 100
    for k in (1, 2, 3):
        refs.append(line(f"{k}. Smith J, Doe A, et al. Genes of note. Nature. 201{k};4{k}(3):100-9.", 50, y, 550))
        refs.append(line("doi:10.1000/xyz.", 70, y + PITCH, 200))
        y += 2 * PITCH
    blocks = assemble(refs, [Region(type="reference", bbox=(45, 95, 555, y + 5), score=0.9)])
    assert "list" not in types(blocks) and set(types(blocks)) == {"reference"}
    assert sum(len(b.lines) for b in blocks) == 6


def test_reference_entries_with_hanging_indents_are_one_block_each():
    # Entries of 1-3 rows, continuation rows set in, left-aligned (ragged right); no gap between entries.
    refs, y = [], 100
    for k, n in ((1, 3), (2, 2), (3, 1), (4, 3)):
        refs.append(line(f"[{k}] Smith J, Doe A. Genes of note in the cohort", 50, y, 520))
        for i in range(1, n):
            refs.append(line("and more of the title. Nature. 2011;4:100.", 70, y + i * PITCH, 480 - 30 * i))
        y += n * PITCH
    blocks = assemble(refs, [Region(type="reference", bbox=(45, 95, 555, y + 5), score=0.9)])
    ordered = sorted(blocks, key=lambda b: b.order)
    assert [len(b.lines) for b in ordered] == [3, 2, 1, 3]
    assert all(b.lines[0].text.startswith(f"[{k}]") for k, b in enumerate(ordered, 1))


def test_paragraph_under_a_full_width_abstract_is_text_not_a_list():
    # A two-column page under a full-width abstract: the right column's paragraph starts at its column's left
    # edge, far right of the abstract's left end; it is not "set in" from a column.
    abstract = [line("abstract words run across the whole width of the page here", 50, 100 + i * PITCH, 550)
                for i in range(4)]  # fmt: skip
    left = [line("left column words of the body text", 50, 200 + i * PITCH, 290) for i in range(8)]
    right = [line("right column words of the body text", 310, 200 + i * PITCH, 550) for i in range(7)]
    right.append(line("ends here.", 310, 200 + 7 * PITCH, 400))
    regions = [
        Region(type="text", bbox=(45, 95, 555, 100 + 4 * PITCH), score=0.95),
        Region(type="text", bbox=(45, 195, 295, 205 + 8 * PITCH), score=0.95),
        Region(type="text", bbox=(305, 195, 555, 205 + 8 * PITCH), score=0.95),
    ]
    blocks = assemble(abstract + left + right, regions, page_size=(600, 800))
    assert "list" not in types(blocks)


def test_running_head_beside_a_page_number_is_a_header():
    head = line("Journal of Things", 50, 20, 200)
    number = line("7", 540, 20, 550)
    body = paragraph(60, 50, 550, 30)
    regions = [Region(type="text", bbox=(45, 55, 555, 60 + 30 * PITCH), score=0.95)]
    blocks = assemble([head, number, *body], regions, page_size=(600, 830))
    assert sorted(b.type for b in blocks if b.bbox[1] < 50) == ["header", "header"]


def test_caption_boxed_as_a_figure_too_is_text_when_its_lines_are_rows_of_words():
    caption = [line("Figure 2: the caption of the figure runs in words across", 50, 300 + i * PITCH, 550)
               for i in range(3)]  # fmt: skip
    regions = [
        Region(type="figure", bbox=(48, 298, 552, 300 + 3 * PITCH), score=0.8),
        Region(type="figure_caption", bbox=(47, 297, 551, 301 + 3 * PITCH), score=0.6),
        Region(type="figure", bbox=(100, 100, 500, 290), score=0.9),
    ]
    blocks = assemble(caption, regions, page_size=(600, 800))
    assert [b.type for b in blocks if b.lines] == ["figure_caption"]


def test_author_list_boxed_as_a_title_is_text():
    authors = line("A. Smith1, B. Jones2, C. Wang1, D. Novak3", 150, 120, 450)
    title = line("Genes of Note in a Cohort", 150, 80, 450)
    regions = [
        Region(type="title", bbox=(148, 118, 452, 134), score=0.7),
        Region(type="title", bbox=(148, 78, 452, 94), score=0.9),
    ]
    blocks = assemble([title, authors], regions, page_size=(600, 800))
    assert types(blocks) == ["title", "text"]


# --- session 10: browser-typeset families (bp_conf, bp_preprint, bp_bulletin; docs/layout.md) -------------------
def worded(text: str, x0: float, y0: float, x1: float) -> Line:
    """A line with word boxes spread evenly over it (as the OCR stage estimates them)."""
    from docsense.core.document import Word

    ln = line(text, x0, y0, x1)
    parts = text.split()
    step = (x1 - x0) / len(text)
    words, pos = [], x0
    for w in parts:
        words.append(Word(text=w, bbox=(pos, y0, pos + step * len(w), y0 + H), score=0.95))
        pos += step * (len(w) + 1)
    return ln.model_copy(update={"words": words})


def test_a_line_read_across_a_narrow_gutter_is_cut_at_the_gutter():
    # two justified columns (50-290, 302-542: a 12 px gutter); OCR read row 5 across both
    left = [worded("alpha beta gamma delta epsilon zeta eta theta", 50, 100 + i * PITCH, 290) for i in range(10)]
    right = [worded("iota kappa lambda mu nu xi omicron pi rho sigma", 302, 100 + i * PITCH, 542) for i in range(10)]
    across = worded(
        "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma",
        50, 100 + 10 * PITCH, 542,
    )  # fmt: skip
    left += [worded("alpha beta gamma delta epsilon zeta eta theta", 50, 100 + i * PITCH, 290) for i in range(11, 14)]
    right += [
        worded("iota kappa lambda mu nu xi omicron pi rho sigma", 302, 100 + i * PITCH, 542) for i in range(11, 14)
    ]
    regions = [Region(type="text", bbox=(45, 95, 548, 100 + 14 * PITCH), score=0.9)]
    blocks = assemble(left + right + [across], regions, page_size=(600, 800))
    assert len(blocks) == 2 and all(b.type == "text" for b in blocks)  # one block per column, none across both
    assert blocks[0].bbox[2] <= 292 and blocks[1].bbox[0] >= 300
    texts = [ln.text for b in blocks for ln in b.lines]
    assert "alpha beta gamma delta epsilon zeta eta theta" in texts and not any("theta iota" in t for t in texts)


def test_author_cells_side_by_side_are_one_text_block_each():
    cells = []
    for cx in (180, 420):  # two centred cells: name, department, institution, e-mail
        for i, (text, w) in enumerate((("J. Smith", 60), ("Dept. of Electrical Engineering", 200),
                                       ("University of Leeds, UK", 150), ("smith@uni.edu", 90))):  # fmt: skip
            cells.append(line(text, cx - w / 2, 100 + i * PITCH, cx + w / 2))
    regions = [Region(type="text", bbox=(70, 95, 530, 100 + 4 * PITCH), score=0.9)]
    blocks = assemble(cells, regions, page_size=(600, 800))
    assert types(blocks) == ["text", "text"]  # not a list (`J. Smith` is no item marker), not titles
    assert [len(b.lines) for b in blocks] == [4, 4]


def test_equation_number_joins_its_equation_and_a_table_label_its_caption():
    lines = paragraph(100, 50, 550, 3)
    lines += [line("y = a x + b", 250, 160, 350), line("(3)", 530, 160, 550)]
    lines += paragraph(190, 50, 550, 3, tag="q")
    lines += [line("TABLE IV", 270, 260, 330), line("RESULTS OF THE SECOND TRIAL", 200, 262 + H, 400)]
    regions = [
        Region(type="text", bbox=(45, 95, 555, 150), score=0.9),
        Region(type="equation", bbox=(245, 156, 355, 176), score=0.8),
        Region(type="text", bbox=(45, 185, 555, 240), score=0.9),
    ]
    blocks = assemble(lines, regions, page_size=(600, 800))
    eq = next(b for b in blocks if any(ln.text.startswith("y =") for ln in b.lines))
    assert [ln.text for ln in eq.lines] == ["y = a x + b", "(3)"] and eq.bbox[2] == 550
    cap = next(b for b in blocks if any(ln.text == "TABLE IV" for ln in b.lines))
    assert cap.type == "text" and len(cap.lines) == 2  # the label and the caption's words: one caption, not titles


def test_a_byline_is_text_and_a_lone_page_number_low_on_the_page_is_a_footer():
    lines = [line("By K. Patel and T. Li", 50, 100, 200)]
    lines += paragraph(130, 50, 550, 6)
    lines += [line("29", 290, 720, 305)]  # 10% from the foot: below the 7% band
    regions = [
        Region(type="title", bbox=(45, 95, 205, 115), score=0.8),
        Region(type="text", bbox=(45, 125, 555, 230), score=0.9),
    ]
    blocks = assemble(lines, regions, page_size=(600, 800))
    assert types(blocks) == ["text", "text", "footer"]


def _items(y: float, marks: list[str], x0: float = 60, x1: float = 550) -> tuple[list[Line], float]:
    """Items with a hanging indent: each a marker row running to the right margin and a short second row."""
    out = []
    for m in marks:
        out.append(line(f"{m} the item starts here and runs on to the end", x0, y, x1))
        out.append(line("and continues on a hanging line.", x0 + 20, y + PITCH, 300))
        y += 2 * PITCH
    return out, y


def test_list_items_boxed_apart_are_one_list_with_a_one_row_item():
    # The detector boxed each item apart; the middle item is one row (it reads like a numbered heading alone).
    first, y = _items(100, ["1."])
    one = [line("2. A short item of one row.", 60, y, 330)]
    rest, end = _items(y + PITCH, ["3."])
    regions = [
        Region(type="text", bbox=(55, 95, 555, y - 2), score=0.9),
        Region(type="text", bbox=(55, y - 1, 555, y + H + 1), score=0.9),
        Region(type="text", bbox=(55, y + PITCH - 2, 555, end), score=0.9),
    ]
    blocks = assemble(first + one + rest, regions)
    assert types(blocks) == ["list"]
    assert len(blocks[0].lines) == 5


def test_numbered_heading_under_a_numbered_list_is_not_joined_to_it():
    items, y = _items(100, ["1.", "2."])
    # the next number, set larger: a section heading after the list, not its third item
    head = Line(text="3. Results", bbox=(60, y + 4, 160, y + 24), polygon=[(60, y + 4), (160, y + 4),
                (160, y + 24), (60, y + 24)], score=0.95)  # fmt: skip
    body = paragraph(y + 40, 50, 550, 4)
    region = Region(type="text", bbox=(45, 95, 555, y + 40 + 4 * PITCH), score=0.9)
    blocks = assemble([*items, head, *body], [region])
    assert types(blocks) == ["list", "title", "text"]


def test_roman_items_whose_closing_parenthesis_ocr_lost_stay_in_the_list():
    items, y = _items(100, ["(i)", "(ii)"])
    items += [line("(iiiAlgorithm the item starts here and runs on to the end", 60, y, 550)]
    items += [line("and continues on a hanging line.", 80, y + PITCH, 300)]
    blocks = assemble(items, [Region(type="text", bbox=(55, 95, 555, y + PITCH + H + 2), score=0.9)])
    assert types(blocks) == ["list"] and len(blocks[0].lines) == 6


def test_author_initials_are_no_list_marker():
    lines = [
        line("D. Wang3, D. Smith2, J. Silva2, T. Johansson1, C. Smith2, J. Dubois1, E.", 70, 100, 530),
        line("Johansson3", 70, 100 + PITCH, 140),
    ]
    blocks = assemble(lines, [Region(type="text", bbox=(65, 95, 535, 100 + PITCH + H + 2), score=0.9)])
    assert types(blocks) == ["text"]


def test_box_across_a_sidebar_and_columns_is_not_set_in_from_them():
    # A structured abstract in a box across the page (set in by its padding), over a narrow sidebar and two body
    # columns: its paragraphs are text, not an unmarked list set in from a column.
    abstract = []
    y = 100
    for key in ("Background:", "Methods:", "Results:"):
        abstract += [line(f"{key} the abstract text runs on across the page box", 66, y, 546)]
        abstract += [line("to its right edge and ends short here.", 66, y + PITCH, 300)]
        y += 2 * PITCH + 6
    side = [line(f"side row {k}", 40, y + 20 + k * PITCH, 130) for k in range(8)]
    cols = paragraph(y + 20, 150, 340, 8, indent=0, tag="l") + paragraph(y + 20, 360, 550, 8, indent=0, tag="r")
    regions = [Region(type="text", bbox=(62, 96, 550, y), score=0.9)]
    blocks = assemble(abstract + side + cols, regions)
    assert "list" not in [b.type for b in blocks]


def test_figure_box_over_a_sidebar_of_text_rows_is_text():
    rows = ["Key points"] + [f"short row of words {k}" for k in range(7)]
    lines = [line(t, 40, 100 + k * 13, 40 + 8 * len(t)) for k, t in enumerate(rows)]
    blocks = assemble(lines, [Region(type="figure", bbox=(36, 96, 210, 100 + 8 * 13 + 4), score=0.8)])
    assert "figure" not in [b.type for b in blocks]
    assert sum(len(b.lines) for b in blocks) == len(rows)


def test_chart_labels_in_a_figure_box_keep_it_a_figure():
    labels = ["0.8", "0.6", "0.4", "0.2", "0.0 Ctrl D1 D3 W2"]
    lines = [line(t, 40, 100 + k * 30, 40 + 8 * len(t)) for k, t in enumerate(labels)]
    blocks = assemble(lines, [Region(type="figure", bbox=(36, 96, 400, 260), score=0.8)])
    assert types(blocks) == ["figure"]


def test_block_quotation_set_in_inside_a_box_of_full_rows_stays_one_block():
    # One detector box: a quotation set in on both sides (justified, its rows end alike), then a paragraph at the
    # margin: the quotation's rows are not each a paragraph ending short against the paragraph's right edge.
    quote = [line(f"quoted row {k} of the passage runs to its own margin", 80, 100 + k * PITCH, 500) for k in range(4)]
    quote.append(line("and ends here.", 80, 100 + 4 * PITCH, 250))
    body = paragraph(100 + 6 * PITCH, 50, 550, 12)  # most rows of the box are full: justified text
    blocks = assemble(quote + body, [Region(type="text", bbox=(45, 95, 555, 100 + 18 * PITCH + H + 2), score=0.9)])
    assert [len(b.lines) for b in sorted(blocks, key=lambda b: b.order)] == [5, 12]


def test_a_stub_head_across_two_header_rows_keeps_the_group_row_in_the_table():
    # Two-level header: group heads over the columns, the stub's head set across both header rows (a row of its
    # own between them by position), then figure rows. The whole header stays in the table box.
    def cell(text: str, x0: float, y0: float, x1: float, h: float = 13) -> Line:
        corners = [(x0, y0), (x1, y0), (x1, y0 + h), (x0, y0 + h)]
        return Line(text=text, bbox=(x0, y0, x1, y0 + h), polygon=corners, score=0.95)

    lines = [cell("Lower Control", 245, 123, 331), cell("Receptor Significant", 406, 122, 532)]
    lines += [cell("After", 56, 131, 94, 16)]
    lines += [cell(t, x, 141, x + 60) for t, x in (("Function (%)", 201), ("Network", 305), ("Structure", 387))]
    lines += [cell("Antibody", 478, 141, 534)]
    for i, stub in enumerate(["Detected figure", "Increased activity", "Reduced response", "No change"]):
        y = 157 + i * 14
        lines += [cell(stub, 64, y, 170), cell(f"{632 - i * 91} (53.{i})", 210, y, 270)]
        lines += [cell(f"{199 + i}", 306, y, 366), cell(f"3{i}.9", 407, y, 436), cell(f"<0.0{i + 1}", 488, y, 526)]
    blocks = assemble(lines, [Region(type="table", bbox=(52, 120, 560, 220), score=0.85)])
    assert types(blocks) == ["table"]
    assert blocks[0].bbox[1] <= 123
    assert len(blocks[0].lines) == len(lines)


def test_chinese_items_led_by_a_full_width_stop_or_a_circled_number_are_one_list():
    # `1．` (a full-width stop) and `①` lead the items of Chinese reports; the detector boxed each item apart.
    for marks in (["1．", "2．", "3．"], ["①", "②", "③"]):
        lines: list[Line] = []
        regions = []
        y = 100.0
        for m in marks:
            item, end = _items(y, [m])
            lines += item
            regions.append(Region(type="text", bbox=(55, y - 3, 555, end - PITCH + H + 2), score=0.9))
            y = end
        blocks = assemble(lines, regions)
        assert types(blocks) == ["list"], (marks, types(blocks))
        assert len(blocks[0].lines) == 6


def test_a_narrow_column_of_long_words_boxed_as_a_table_is_text():
    # A magazine's narrow column (two or three long words a row) that the detector boxed as a table: prose rows.
    words = ["Concentration", "measurements", "indicated", "substantially", "comparable", "distributions"]
    lines = [line(f"{words[k % 6]} {words[(k + 2) % 6]}", 60, 100 + k * PITCH, 200) for k in range(12)]
    blocks = assemble(lines, [Region(type="table", bbox=(55, 95, 205, 100 + 12 * PITCH), score=0.6)])
    assert types(blocks) == ["text"], types(blocks)


def _boxed(text: str, box: tuple[float, float, float, float]) -> Line:
    x0, y0, x1, y1 = box
    return Line(text=text, bbox=box, polygon=[(x0, y0), (x1, y0), (x1, y1), (x0, y1)], score=0.9)


# The pipeline's OCR lines of a generated two-panel chart (bp_figpage, seed 35): tick values of both panels stand
# in rows and columns, legend labels between them. The detector boxed it as a figure (0.94).
_CHART = [
    ("b", (169, 70, 189, 93)), ("00", (379, 70, 403, 89)), ("Correlation (n =", (173, 84, 292, 108)),
    ("787)", (289, 88, 325, 106)), ("20-", (380, 110, 404, 129)), ("iequence (n = 715)", (176, 151, 315, 173)),
    ("01-", (380, 151, 405, 170)), ("0", (75, 156, 86, 164)), ("4", (73, 193, 88, 209)), ("20-", (380, 192, 404, 210)),
    ("Infeďtion (n = 206)", (216, 215, 354, 237)), ("5", (74, 234, 87, 248)), (").2-", (378, 232, 404, 251)),
    ("T1AL-BLEBNZr", (80, 280, 160, 298)), ("Receptor (n = 668)", (198, 280, 336, 302)), ("0", (388, 275, 401, 288)),
    ("B AT1W2D3D3D3trlB", (402, 282, 525, 297)),
]  # fmt: skip


def test_a_multi_panel_chart_with_aligned_ticks_stays_a_figure():
    # Before session 15 the rows of tick values read as a grid and the chart became a table (no figure left).
    lines = [_boxed(t, b) for t, b in _CHART]
    blocks = assemble(lines, [Region(type="figure", bbox=(50.0, 62.1, 553.8, 316.4), score=0.94)])
    assert types(blocks) == ["figure"], types(blocks)
    assert len(blocks[0].lines) == len(lines)


def test_an_item_table_boxed_as_a_figure_is_still_a_table():
    # An invoice's item rows on grey stripes (the detector says figure): amounts with two decimals keep it a table.
    lines = [line("Description", 60, 100, 200), line("Qty", 300, 100, 330), line("Price", 380, 100, 420)]
    lines.append(line("Amount", 470, 100, 530))
    for i in range(5):
        y = 100 + (i + 1) * PITCH * 1.5
        lines += [line(f"Service item {i}", 60, y, 200), line(f"{i + 1}", 310, y, 320)]
        lines += [line(f"{12 + i}.50", 380, y, 420), line(f"{(i + 1) * (12 + i)}.50", 480, y, 530)]
    blocks = assemble(lines, [Region(type="figure", bbox=(50, 95, 540, 230), score=0.7)])
    assert types(blocks) == ["table"], types(blocks)
