"""Lists on unseen pages (docs/layout.md, session 18): a bulleted list boxed with the paragraph that leads into it
is cut from it; items whose bullets the OCR lost, cut apart, are one list; the end of a reference entry run on
from the page before, set in at the entries' hanging indent, is no list item; a text block of items hanging
without bullets is a list, and so is such an item typed apart over a list of them (session 23)."""

from __future__ import annotations

from pathlib import Path

import pytest
from render import browser_page

from docsense.core.assemble.paragraphs import _split_paragraphs
from docsense.core.assemble.rows import _rows
from docsense.core.document import Block, Line
from docsense.core.geometry import iou
from docsense.layout.segment import hanging_items, join_list_pieces
from docsense.synth import browser, fonts

needs_browser = pytest.mark.skipif(browser.unavailable_reason() is not None, reason=str(browser.unavailable_reason()))
needs_fonts = pytest.mark.skipif(fonts.missing_reason() is not None, reason=str(fonts.missing_reason()))


def _line(text: str, x0: float, y0: float, x1: float, h: float = 14.0) -> Line:
    poly = [(x0, y0), (x1, y0), (x1, y0 + h), (x0, y0 + h)]
    return Line(text=text, bbox=(x0, y0, x1, y0 + h), polygon=poly, score=0.99)


def test_a_bullet_row_with_a_hanging_row_under_it_starts_an_item_after_a_full_row() -> None:
    rows = _rows(
        [
            _line("Was lower data months tissue which men", 310, 287, 562),
            _line("method. And incubated density as follows:", 311, 302, 560),
            _line("• Were analysis were among isolates reported", 314, 322, 545),
            _line("expression and antibody therapy for control.", 330, 337, 547),
        ]
    )
    assert [len(p) for p in _split_paragraphs(rows)] == [2, 2]


def _block(lines: list[Line], order: int, kind: str = "list") -> Block:
    box = (min(ln.bbox[0] for ln in lines), min(ln.bbox[1] for ln in lines),
           max(ln.bbox[2] for ln in lines), max(ln.bbox[3] for ln in lines))  # fmt: skip
    return Block(type=kind, bbox=box, score=0.9, order=order, lines=lines)


def test_items_whose_bullets_were_lost_are_one_list_and_references_are_not() -> None:
    # Each item's first row starts where the lost square bullet was, its other rows hang 14 px further in.
    items = [
        _block([_line("Mutation regulation by detected", 323, 355, 511),
                _line("treatment as difference", 337, 370, 534), _line("using.", 338, 385, 372)], 0),
        _block([_line("Are in, sensitivity which accuracy are", 323, 401, 536), _line("study.", 338, 416, 372)], 1),
        _block([_line("From is of in (78%) with between popula-", 324, 433, 555),
                _line("tion women. Dose protein.", 338, 448, 478)], 2, "reference"),
    ]  # fmt: skip
    out = join_list_pieces(items)
    assert len(out) == 1 and out[0].type == "list" and len(out[0].lines) == 7
    # Reference entries hang the same way: citation text is never joined as items of a list.
    refs = [
        _block([_line("Smith J, Li A. Cells in culture. Nature.", 323, 355, 511),
                _line("2012;8(4):10-45. doi:10.1/x", 337, 370, 534)], 0),
        _block([_line("Wang A, Kim D. Mice and men. Cell.", 323, 390, 536), _line("2015;3:1-9.", 338, 405, 372)], 1),
    ]  # fmt: skip
    assert [b.type for b in join_list_pieces(refs)] == ["list", "list"]


def _best(truth_box: list[float], boxes: list[tuple[float, float, float, float]]) -> float:
    x, y, w, h = truth_box
    return max((iou((x, y, x + w, y + h), g) for g in boxes), default=0.0)


def _missed(pipeline, path: Path, truth: list[dict], label: str, right_of: float = -1.0) -> tuple[list, list]:  # type: ignore[no-untyped-def, type-arg]
    """The page's truth boxes of `label` (left edge right of `right_of`) and those that no block of that type,
    parsed by `pipeline`, matches (IoU >= 0.7)."""
    boxes = [b.bbox for b in pipeline.parse_file(path).document.pages[0].blocks if b.type == label]
    want = [a["bbox"] for a in truth if a["label"] == label and a["bbox"][0] > right_of]
    return want, [box for box in want if _best(box, boxes) < 0.7]


@needs_browser
@needs_fonts
def test_lists_of_rendered_pages_come_out_whole(pipeline, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # A magazine sidebar's square-bullet list (the OCR drops every square: five items came out as three lists and
    # a reference block) and a paper's bullet list boxed with the paragraph leading into it (one text block).
    for family, index in (("bp_magazine", 1), ("bp_algo", 1)):
        _, got, path = browser_page(tmp_path / family, family, index + 1, 65, index)
        truth, missed = _missed(pipeline, path, got, "list")
        assert truth and not missed, (family, missed)


@needs_browser
@needs_fonts
def test_a_reference_entry_run_on_from_the_page_before_is_text(pipeline, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # The right column opens with the last two rows of an entry begun on the page before, set in at the entries'
    # hanging indent: the assembly typed them a list.
    _, got, path = browser_page(tmp_path, "bp_backmatter", 3, 55, 2)
    blocks = pipeline.parse_file(path).document.pages[0].blocks
    lists = [b for b in blocks if b.type == "list"]
    assert not any(b.lines[0].text.startswith("confidence of") for b in lists), [b.lines[0].text for b in lists]
    texts = [b.bbox for b in blocks if b.type in ("text", "reference")]
    top = min((a for a in got if a["bbox"][0] > 300), key=lambda a: a["bbox"][1])
    assert _best(top["bbox"], texts) >= 0.7


def test_the_outer_list_goes_on_after_a_sub_list_whose_dashes_were_lost() -> None:
    sub = _block([_line("Years mean. That secondary for to weeks,", 342, 340, 554),
                  _line("therapy transcription dose strain this", 342, 355, 540)], 0)  # fmt: skip
    nxt = _block([_line("5. Lower lower sequence compared, which.", 318, 375, 528)], 1)
    out = join_list_pieces([sub, nxt])
    assert len(out) == 1 and out[0].type == "list" and out[0].bbox[0] == 318
    # A numbered reference entry under a list is no item of it.
    ref = _block([_line("5. Wang A, Kim D. Mice and men. Cell. 2015;3:1-9.", 318, 375, 528)], 1, "text")
    assert len(join_list_pieces([sub, ref])) == 2


@needs_browser
@needs_fonts
def test_reference_entries_keep_their_rows_and_a_list_goes_on_after_a_sub_list(pipeline, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # Seed 67's first back-matter page: entry 29's first row was cut from its set-in rows, which were typed a list.
    _, got, path = browser_page(tmp_path / "bm", "bp_backmatter", 1, 67, 0)
    blocks = pipeline.parse_file(path).document.pages[0].blocks
    assert not any(b.type == "list" and "Primary resistance" in b.lines[0].text for b in blocks)
    # Seed 67's second algo page: the right column opens with a sub-list (its dashes lost), then item 5.
    _, got, path = browser_page(tmp_path / "algo", "bp_algo", 2, 67, 1)
    right, missed = _missed(pipeline, path, got, "list", right_of=300)
    assert right and not missed, missed


def test_an_item_whose_bullet_was_dropped_with_its_box_joins_the_list_at_its_text_edge() -> None:
    # The first item's box still starts at its square; the next items' boxes start at the text, as do their rows.
    first = _block([_line("Survey culture mean risk", 232, 563, 364), _line("from was of significantly", 245, 576, 362),
                    _line("with.", 246, 589, 272)], 0)  # fmt: skip
    second = _block([_line("Are as incubated risk in", 243, 604, 359), _line("[35].", 246, 618, 272)], 1, "text")
    third = _block([_line("Data was months patients", 243, 631, 371), _line("resistance.", 246, 645, 300)], 2)
    out = join_list_pieces([first, second, third])
    assert len(out) == 1 and out[0].type == "list" and len(out[0].lines) == 7
    # A paragraph back at the column's edge under the list is not part of it.
    after = _block([_line("Women variants treatment culture", 222, 606, 390)], 3, "text")
    assert len(join_list_pieces([first, after])) == 2


@needs_browser
@needs_fonts
def test_a_sidebar_list_whose_squares_were_lost_is_one_list(pipeline, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # Seed 53's first magazine page: a tinted sidebar's three-item list came out as list / text / list.
    _, got, path = browser_page(tmp_path, "bp_magazine", 1, 53, 0)
    truth, missed = _missed(pipeline, path, got, "list")
    assert truth and not missed, missed


@needs_browser
@needs_fonts
def test_a_chapter_number_over_its_title_is_one_title(pipeline, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # Seed 67's third thesis page opens a chapter: `3` over `Regulation Women Cells`. The segmenter joins the two
    # rows; the block they make took the type of the number's block (text), one line each: a tie, now decided by
    # the text each block holds.
    _, got, path = browser_page(tmp_path, "bp_thesis", 3, 67, 2)
    truth, missed = _missed(pipeline, path, got, "title")
    assert truth and not missed, missed


def test_a_whole_item_whose_bullet_was_dropped_joins_the_list_at_its_text_edge() -> None:
    # Seed 77's first medical page: the second of two bullet items (three rows, its bullet lost by the OCR) was
    # typed text; all its rows start where the first item's wrapped row does.
    first = _block([_line("• Among to antibody correlation. Which. Were on", 73, 187, 532),
                    _line("activity outcome, isolates, temperature is virus.", 87, 202, 400)], 0)  # fmt: skip
    second = _block([_line("Function performance follow-up. For with odds.", 87, 220, 533),
                     _line("compared (19%) participants mean. Medium in", 87, 235, 533),
                     _line("ling.", 87, 250, 120)], 1, "text")  # fmt: skip
    out = join_list_pieces([first, second])
    assert len(out) == 1 and out[0].type == "list" and len(out[0].lines) == 5
    # A paragraph under the list at its left edge, or one whose first row alone is set in, is no item of it.
    para = _block([_line("Function performance follow-up. For with odds.", 73, 220, 533),
                   _line("compared (19%) participants mean. Medium in", 73, 235, 533),
                   _line("ling.", 73, 250, 120)], 1, "text")  # fmt: skip
    indented = _block([_line("Function performance follow-up. For with odds.", 87, 220, 533),
                       _line("compared (19%) participants mean. Medium in", 73, 235, 533),
                       _line("ling.", 73, 250, 120)], 1, "text")  # fmt: skip
    assert len(join_list_pieces([first, para])) == 2
    assert len(join_list_pieces([first, indented])) == 2


@needs_browser
@needs_fonts
def test_a_bullet_item_typed_text_under_its_list_is_part_of_it(pipeline, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # Seed 77's first medical page: the 'What is already known' box's two items came out as a list and a text.
    _, got, path = browser_page(tmp_path, "bp_medical", 1, 77, 0)
    truth, missed = _missed(pipeline, path, got, "list")
    assert truth and not missed, missed


def test_a_three_level_list_cut_at_its_open_circles_is_one_list() -> None:
    # Seed 73's first thesis page: bullet items, a dash sub-item, open-circle items under it (the OCR reads `◦` as
    # `。`, so that piece was typed text), then the dash sub-list going on and the next bullet items in one block
    # whose first row (its dash) is set in: three blocks where a reader sees one list.
    first = _block([_line("• From activity estimated the, associated data, and signifi-", 112, 168, 533, 16),
                    _line("cantly tissue structure density are.", 130, 195, 378, 16),
                    _line("– Increased virus this group genome clinical method", 148, 226, 528, 16),
                    _line("that significant binding.", 166, 253, 336, 16)], 0)  # fmt: skip
    circles = _block([_line("。And to follow-up secondary.", 186, 286, 400, 16),
                      _line("。On the. The secondary figure concentration", 186, 315, 528, 16),
                      _line("(63%) this values method sensitivity reported", 202, 342, 528, 16),
                      _line("receptor.", 202, 369, 267, 16)], 1, "text")  # fmt: skip
    rest = _block([_line("– Of is compared tissue.", 148, 404, 326, 16),
                   _line("• By [4], statistical associated difference follow-up [11]", 112, 440, 510, 16),
                   _line("antibody are strain shown.", 130, 467, 320, 16),
                   _line("• Strain cells mean and.", 112, 495, 290, 16)], 2)  # fmt: skip
    out = join_list_pieces([first, circles, rest])
    assert len(out) == 1 and out[0].type == "list" and len(out[0].lines) == 12
    # A paragraph under a list whose first row is a sentence ending in `。` stays apart.
    para = _block([_line("Women method by cells (5%) to mean, and strain of", 94, 530, 540, 16),
                   _line("concentration to is (31%) in treatment.", 94, 557, 540, 16)], 3, "text")  # fmt: skip
    assert len(join_list_pieces([first, circles, rest, para])) == 2


def test_an_item_whose_bullet_was_lost_and_the_items_after_it_join_the_list() -> None:
    # Seed 83's third medical page: a boxed list's fourth item lost its bullet and was cut with the items under it
    # (each led by its bullet) into a block of its own.
    first = _block([_line("• Odds by which and results, virus, protein virus genome on", 82, 296, 493),
                    _line("between.", 100, 310, 140)], 0)  # fmt: skip
    cut = _block([_line("For, estimated significantly samples was after.", 100, 323, 310),
                  _line("• Data. This in is that between staining, mice.", 82, 337, 310)], 1, "text")  # fmt: skip
    out = join_list_pieces([first, cut])
    assert len(out) == 1 and out[0].type == "list" and len(out[0].lines) == 4
    # Under the same list, a paragraph at the text edge followed by a row led by another kind of marker (a numbered
    # step of something else) is not taken.
    other = _block([_line("For, estimated significantly samples was after.", 100, 323, 310),
                    _line("1. Data. This in is that between staining, mice.", 82, 337, 310)], 1, "text")  # fmt: skip
    assert len(join_list_pieces([first, other])) == 2


@needs_browser
@needs_fonts
def test_nested_lists_cut_at_lost_markers_come_out_whole(pipeline, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # Seed 73's first thesis page (a three-level list in three blocks) and seed 83's third medical page (a boxed
    # list cut after an item whose bullet the OCR lost).
    for family, index, seed in (("bp_thesis", 0, 73), ("bp_medical", 2, 83)):
        _, got, path = browser_page(tmp_path / family, family, index + 1, seed, index)
        truth, missed = _missed(pipeline, path, got, "list")
        assert truth and not missed, (family, missed)


def test_a_text_block_of_items_hanging_without_bullets_is_a_list() -> None:
    # Seed 113's third magazine page: two items whose bullets the OCR dropped, each first row at the bullets' text
    # edge and its other rows 16 px further in, typed text; the last item's last row cut off under it.
    rows = [("Bacterial follow-up spe-", 230, 201, 381), ("cificity strain (76%)", 246, 216, 359),
            ("difference data diffe-", 246, 230, 365), ("rence. Membrane.", 246, 245, 351),
            ("Activity mean [29]", 230, 261, 354), ("values mice, shown.", 245, 274, 362)]  # fmt: skip
    text = _block([_line(t, x0, y0, x1) for t, x0, y0, x1 in rows], 0, "text")
    rest = _block([_line("Lower of. That.", 246, 290, 331)], 1, "text")
    out = join_list_pieces(hanging_items([text, rest]))
    assert [b.type for b in out] == ["list"] and len(out[0].lines) == 7
    # A paragraph going on under a quote set in (its row starts mid-sentence), one item, and references stay text.
    quote = [(t, x0, y0, x1) for t, x0, y0, x1 in rows]
    quote[4] = ("and the mean [29]", 230, 261, 354)
    one = rows[:4]
    refs = [("Smith J, Li A. Cells in culture. Nature.", 230, 201, 381), ("2012;8(4):10-45.", 246, 216, 359),
            ("Wang A, Kim D. Mice.", 230, 232, 381), ("Cell 2015;3:1-9.", 246, 247, 359)]  # fmt: skip
    for kept in (quote, one, refs):
        block = _block([_line(t, x0, y0, x1) for t, x0, y0, x1 in kept], 0, "text")
        assert [b.type for b in hanging_items([block])] == ["text"]


@needs_browser
@needs_fonts
def test_a_list_whose_bullets_the_ocr_dropped_on_a_rendered_page_is_a_list(pipeline, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # Seed 113's third magazine page: the middle column's two-item list read as a text block (IoU 0.81 with it).
    _, got, path = browser_page(tmp_path, "bp_magazine", 3, 113, 2)
    truth, missed = _missed(pipeline, path, got, "list")
    assert truth and not missed, missed


def test_an_item_hanging_without_a_bullet_over_a_list_of_such_items_joins_it() -> None:
    # Seed 119's first magazine page: two items whose bullets the OCR dropped (first rows at 325, the rest 13 px
    # in), the first typed reference, the second list: one list. Over a list set in otherwise, it stays.
    one = _block([_line("Protein reported of for. This baseline density", 325, 438, 553),
                  _line("detected.", 338, 451, 386)], 0, "reference")  # fmt: skip
    two = _block([_line("That as inhibition surface with, factors to on", 326, 466, 551),
                  _line("clinical after.", 340, 483, 403)], 1)  # fmt: skip
    out = join_list_pieces([one, two])
    assert [b.type for b in out] == ["list"] and len(out[0].lines) == 4
    deeper = _block([_line("That as inhibition surface", 345, 466, 551), _line("clinical after.", 365, 483, 403)], 1)
    assert [b.type for b in join_list_pieces([one, deeper])] == ["reference", "list"]


@needs_browser
@needs_fonts
def test_a_list_whose_first_item_was_typed_apart_on_a_rendered_page_is_one_list(pipeline, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # Seed 119's first magazine page: the right column's two-item list came out as a reference block over a list.
    _, got, path = browser_page(tmp_path, "bp_magazine", 3, 119, 0)
    truth, missed = _missed(pipeline, path, got, "list")
    assert truth and not missed, missed
