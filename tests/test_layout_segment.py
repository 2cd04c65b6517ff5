"""The learned block segmenter (layout/segment.py): candidate pairs, the rules' blocks kept where the model agrees,
blocks cut and joined where it does not, and the shipped model's card."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from render import browser_page

from docsense.core.document import Block, Line
from docsense.core.engine_base import resolve_model
from docsense.layout import segment as seg
from docsense.synth import browser, fonts

_WHY = browser.unavailable_reason() or fonts.missing_reason()
needs_pages = pytest.mark.skipif(_WHY is not None, reason=str(_WHY))  # typeset pages: chromium and the fonts


def _shipped():  # type: ignore[no-untyped-def]
    return resolve_model("docsense.layout:models/segmenter")


def line(text: str, x0: float, y0: float, x1: float, h: float = 12.0) -> Line:
    return Line(
        text=text, bbox=(x0, y0, x1, y0 + h), polygon=[(x0, y0), (x1, y0), (x1, y0 + h), (x0, y0 + h)], score=0.9
    )


def block(kind: str, lines: list[Line], order: int) -> Block:
    box = (min(x.bbox[0] for x in lines), min(x.bbox[1] for x in lines),
           max(x.bbox[2] for x in lines), max(x.bbox[3] for x in lines))  # fmt: skip
    return Block(type=kind, bbox=box, score=0.8, order=order, lines=lines)


def two_column_page() -> list[Block]:
    left = [line(f"left column row {i} of running text", 50, 100 + 16 * i, 290) for i in range(6)]
    right = [line(f"right column row {i} of running text", 320, 100 + 16 * i, 560) for i in range(6)]
    fig = Block(type="figure", bbox=(50, 300, 560, 500), score=0.9, order=2, lines=[line("0.5", 60, 480, 80)])
    return [block("text", left, 0), block("text", right, 1), fig]


def test_pairs_link_rows_below_in_the_column_and_pieces_on_a_row() -> None:
    lines = [line("a row", 50, 100, 290), line("the next row", 50, 116, 290), line("beside", 320, 100, 560)]
    pairs = seg.candidate_pairs(lines)
    assert (0, 1, 0) in pairs  # below, same column
    assert (0, 2, 1) in pairs  # right, same row
    assert not any(a == 1 and b == 2 for a, b, _ in pairs)  # a row above is never "below"


def test_the_rules_blocks_come_back_unchanged_where_every_pair_agrees() -> None:
    blocks = two_column_page()
    lines, owner, pairs, x = seg.page_pairs(blocks)
    assert len(lines) == 12 and x.shape == (len(pairs), len(seg.FEATURE_NAMES))
    same = np.array([owner[a] == owner[b] for a, b, _ in pairs])
    out = seg.regroup(blocks, lines, owner, pairs, same)
    assert [(b.type, b.bbox, len(b.lines)) for b in out] == [(b.type, b.bbox, len(b.lines)) for b in blocks]
    assert [b.order for b in out] == [0, 1, 2]


def test_a_block_is_cut_where_a_pair_is_apart_and_joined_where_one_is_together() -> None:
    blocks = two_column_page()
    lines, owner, pairs, x = seg.page_pairs(blocks)
    rules = x[:, seg.FEATURE_NAMES.index("same_block")] > 0.5
    prob = np.where(rules, 0.95, 0.05)
    cut = next(i for i, (a, b, r) in enumerate(pairs) if not r and lines[a].text.startswith("left column row 2"))
    prob[cut] = 0.02  # below split_prob: the left column becomes two blocks at row 3
    out = seg.regroup(blocks, lines, owner, pairs, seg.decide(x, prob, 0.1, 0.9))
    assert sorted(len(b.lines) for b in out if b.type == "text") == [3, 3, 6]
    top = next(b for b in out if b.lines[0].text.startswith("left column row 0"))
    assert top.bbox == (50, 100, 290, 100 + 16 * 2 + 12)
    assert sorted(b.order for b in out) == list(range(4))
    assert out[-1].type == "figure"  # the figure and its label are never regrouped
    prob = np.where(rules, 0.95, 0.05)
    prob[[i for i, (_, _, r) in enumerate(pairs) if r]] = 0.97  # rows of the two columns read as one piece each
    out = seg.regroup(blocks, lines, owner, pairs, seg.decide(x, prob, 0.1, 0.9))
    assert sorted(len(b.lines) for b in out) == [1, 12]


def test_card_describes_the_shipped_segmenter() -> None:
    card = json.loads((_shipped() / "card.json").read_text(encoding="utf-8"))
    assert card["features"] == seg.FEATURE_NAMES
    assert card["sha256"] == hashlib.sha256((_shipped() / "model.onnx").read_bytes()).hexdigest()
    held = card["held_out"]
    assert held["mean_mAP50"]["segmented"] > held["mean_mAP50"]["rules"]
    assert len([k for k in held if not k.startswith("mean")]) >= 20  # every browser family held out once


@pytest.mark.model
def test_shipped_segmenter_cuts_two_paragraphs_and_keeps_one() -> None:
    rows = [
        "The first paragraph of a page sets out the question",
        "it asks and the measures it uses, then ends.",
        "A second paragraph starts here after a clear gap and",
        "goes on to a second row of the same column text.",
    ]
    ys = [100, 116, 150, 166]  # a gap of two line heights between the paragraphs
    merged = [block("text", [line(t, 50, y, 50 + 6.5 * len(t)) for t, y in zip(rows, ys, strict=True)], 0)]
    out = seg.BlockSegmenter(_shipped())(merged)
    assert [len(b.lines) for b in out] == [2, 2]
    one = [block("text", [line(t, 50, 100 + 16 * i, 50 + 6.5 * len(t)) for i, t in enumerate(rows[:2])], 0)]
    assert [len(b.lines) for b in seg.BlockSegmenter(_shipped())(one)] == [2]


@pytest.mark.model
def test_train_command_trains_a_segmenter_the_stage_loads(tmp_path: Path) -> None:
    """`docsense train layout --segment` (drawn pages only here) writes a segmenter the refine stage's
    BlockSegmenter loads; a folder that is no browser page set is refused before anything is trained."""
    pytest.importorskip("lightgbm")
    pytest.importorskip("onnxmltools")
    docsense = str(Path(sys.executable).parent / "docsense")
    out = tmp_path / "seg"
    args = [docsense, "train", "layout", "--segment", "--out", str(out), "--families", "article1,report"]
    done = subprocess.run([*args, "--pages", "3", "--no-cv"], capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stderr[-2000:]
    card = json.loads((out / "card.json").read_text(encoding="utf-8"))
    assert card["features"] == seg.FEATURE_NAMES and card["labels"] == ["apart", "same"]
    rows = [line("A short first line of text", 50, 100, 220), line("and its second line here", 50, 116, 210)]
    assert sum(len(b.lines) for b in seg.BlockSegmenter(out)([block("text", rows, 0)])) == 2
    bad = subprocess.run([*args, "--browser-set", str(tmp_path)], capture_output=True, text=True, timeout=120)
    assert bad.returncode == 2 and "gt.json" in bad.stderr


@pytest.mark.parametrize(("family", "seed", "lists"), [("bp_zh_report", 55, 1), ("bp_medical", 53, 1)])
def test_pieces_of_one_list_come_out_as_one_list_block(pipeline, tmp_path: Path, family: str, seed: int, lists: int):  # type: ignore[no-untyped-def]
    """Real typeset pages (chromium, the pipeline's own OCR): a Chinese list whose items hold sub-lists (`1.` /
    `(1)` / `①`, the outer `2.` and `3.` under them) and a bullet list whose first item was typed text came out as
    two to four blocks each (best list IoU 0.38 and 0.47 against the drawn list); join_list_pieces makes them one
    list block."""
    from docsense.synth import browser, fonts

    for why in (browser.unavailable_reason(), fonts.missing_reason()):
        if why is not None:
            pytest.skip(str(why))
    from docsense.synth.browser_pages import write_set

    write_set(tmp_path, (family,), 1 + (seed == 53), seed)
    gt = json.loads((tmp_path / "gt.json").read_text(encoding="utf-8"))
    im = gt["images"][-1]  # bp_zh_report page 0 of seed 55, bp_medical page 1 of seed 53
    list_id = next(c["id"] for c in gt["categories"] if c["name"] == "list")
    truth = [a["bbox"] for a in gt["annotations"] if a["image_id"] == im["id"] and a["category_id"] == list_id]
    blocks = pipeline.parse_file(tmp_path / "images" / im["file_name"]).document.pages[0].blocks

    def iou(box: list[float], b: tuple[float, float, float, float]) -> float:
        x, y, w, h = box
        ix = max(0.0, min(x + w, b[2]) - max(x, b[0]))
        iy = max(0.0, min(y + h, b[3]) - max(y, b[1]))
        return ix * iy / (w * h + (b[2] - b[0]) * (b[3] - b[1]) - ix * iy)

    found = [max((iou(t, b.bbox) for b in blocks if b.type == "list"), default=0.0) for t in truth]
    assert sum(v >= 0.75 for v in found) >= lists, found


def test_train_command_renders_the_browser_sets_it_is_given(tmp_path: Path) -> None:
    """`--browser-render FAMILIES:SEED:PAGES` renders the sets a card names (synth/browser_pages.py) and trains on
    them with the pipeline's OCR (cached); a malformed spec or an unknown family is refused."""
    pytest.importorskip("lightgbm")
    pytest.importorskip("onnxmltools")
    from docsense.synth import browser, fonts

    docsense = str(Path(sys.executable).parent / "docsense")
    args = [docsense, "train", "layout", "--segment", "--out", str(tmp_path / "seg"), "--pages", "0", "--no-cv"]
    for spec in ("bp_zh_report:55", "bp_nosuch:55:1"):
        bad = subprocess.run([*args, "--browser-render", spec], capture_output=True, text=True, timeout=120)
        assert bad.returncode == 2, bad.stderr[-2000:]
    for why in (browser.unavailable_reason(), fonts.missing_reason()):
        if why is not None:
            pytest.skip(str(why))
    run = [*args, "--browser-render", "bp_zh_report:55:1", "--ocr-cache", str(tmp_path / "ocr")]
    done = subprocess.run(run, capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stderr[-2000:]
    card = json.loads((tmp_path / "seg" / "card.json").read_text(encoding="utf-8"))
    assert "bp_zh_report seed 55: 1" in card["data"]
    assert len(list((tmp_path / "ocr").glob("*.json"))) == 1  # the page's OCR, cached for the next run


@needs_pages
def test_a_byline_over_its_affiliation_is_two_text_blocks(pipeline, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A real typeset first page (chromium, the pipeline's OCR): `A. Li, S. Cohen` centred over `Charité, Berlin,
    Germany` came out as one block typed list (set in from the column); the page draws two text regions."""
    _, _, path = browser_page(tmp_path, "bp_algo", 2, 55, 1)
    blocks = pipeline.parse_file(path).document.pages[0].blocks
    names = [b for b in blocks if any("Cohen" in ln.text for ln in b.lines)]
    assert len(names) == 1 and names[0].type == "text"
    assert not any("Berlin" in ln.text for ln in names[0].lines)
    assert seg._byline_row("S. Nguyen, R. Tanaka and D. Wang") and seg._byline_row("Nguyen, MD")
    assert not seg._byline_row("Charité, Berlin, Germany") and not seg._byline_row("J. Smith et al. showed that")


def test_a_byline_alone_typed_title_is_text() -> None:
    """Seed 119's second affiliations page: the byline (two rows of initialled names with affiliation numbers),
    boxed apart from its affiliation, was typed title; a title that names one person stays a title."""

    def block(kind: str, rows: list[tuple[str, float, float]]) -> Block:
        lines = [Line(text=t, bbox=(x0, 116 + 17 * n, x1, 132 + 17 * n),
                      polygon=[(x0, 116 + 17 * n), (x1, 116 + 17 * n), (x1, 132 + 17 * n), (x0, 132 + 17 * n)],
                      score=0.9) for n, (t, x0, x1) in enumerate(rows)]  # fmt: skip
        return Block(type=kind, bbox=(49, 116, 545, 116 + 17 * len(rows)), lines=lines, order=0)

    names = block("title", [("A. Novak1,2, F. Wang2, X. Garcia1,2, E. Ahmed1,3, Y. Li2, S. Rossi1,3, M.", 49, 545),
                            ("Dubois2, R. Rossi1,2", 244, 352)])  # fmt: skip
    assert [b.type for b in seg.split_bylines([names])] == ["text"]
    one = block("title", [("J. S. Bach", 200, 300)])
    assert seg.split_bylines([one]) == [one]


@needs_pages
def test_a_byline_typed_title_on_a_rendered_page_is_text(pipeline, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _, _, path = browser_page(tmp_path, "bp_affil", 3, 119, 1)
    blocks = pipeline.parse_file(path).document.pages[0].blocks
    names = [b for b in blocks if any(ln.text.startswith("A. Novak") for ln in b.lines)]
    assert len(names) == 1 and names[0].type == "text"


def test_rows_cut_from_each_other_are_never_dealt_into_interleaved_blocks() -> None:
    """One rules block of six rows that the model cuts at every row (an affiliation a row: `1 Dept. ...`,
    `2 Institute ...`) is six blocks, each a row; parts of a block no pair links still join the part right above
    them. Before, a part joined the first group it had no cut pair with: rows 1, 3, 5 and 2, 4, 6, two blocks lying
    over each other."""
    rows = [line(f"{i} Department of Statistics, University {i}", 50, 100 + 16 * i, 380 - 9 * i) for i in range(1, 7)]
    blocks = [block("text", rows, 0)]
    lines, owner, pairs, x = seg.page_pairs(blocks)
    prob = np.full(len(pairs), 0.02)  # every row apart from the next
    out = seg.regroup(blocks, lines, owner, pairs, seg.decide(x, prob, 0.1, 0.9))
    assert [[ln.text[0] for ln in b.lines] for b in out] == [[str(i)] for i in range(1, 7)]
    # a piece beside a row (no pair to the rows) still goes with its row, not with a row further up
    wide = [*rows[:3], line("Japan", 420, 100 + 16 * 3, 470)]
    blocks = [block("text", wide, 0)]
    lines, owner, pairs, x = seg.page_pairs(blocks)
    prob = np.array([0.02 if not r else 0.95 for _, _, r in pairs])
    out = seg.regroup(blocks, lines, owner, pairs, seg.decide(x, prob, 0.1, 0.9))
    assert sorted(len(b.lines) for b in out) == [1, 1, 2]


@needs_pages
def test_affiliations_a_row_each_come_out_a_block_each(pipeline, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A real typeset first page (chromium, the pipeline's OCR): six numbered affiliations, one a row, each its own
    region on the page. The segmenter cuts every row; the blocks came back as two interleaved blocks (rows 1, 3, 5
    and 2, 4, 6), boxes lying over each other."""
    _, _, path = browser_page(tmp_path, "bp_affil", 2, 89, 1)
    blocks = pipeline.parse_file(path).document.pages[0].blocks
    aff = [b for b in blocks if any(k in ln.text for ln in b.lines for k in ("Dept.", "Institute", "Department"))]
    assert len(aff) >= 4
    for n, a in enumerate(aff):
        for b in aff[n + 1 :]:
            iy = min(a.bbox[3], b.bbox[3]) - max(a.bbox[1], b.bbox[1])
            assert iy < 0.5 * min(a.bbox[3] - a.bbox[1], b.bbox[3] - b.bbox[1]), (a.bbox, b.bbox)


def test_affiliations_and_the_correspondence_line_are_a_region_each() -> None:
    """A journal's affiliations read as one text block with the correspondence line: each affiliation (a wrapped one
    with its second row, a piece on the same row with its row) and the correspondence line is a block; rows that
    name no institution stay where they are."""
    rows = [
        line("1 Department of Physics, Fudan University, Shanghai, China", 40, 168, 386),
        line("2 Dept. of Mechanical Engineering, Karolinska", 40, 184, 400),
        line("Institutet, Stockholm, Sweden", 405, 184, 480),
        line("*Correspondence: cohen@med.edu", 40, 206, 244),
    ]
    out = seg.split_affiliations([block("text", rows, 0)])
    assert [[ln.text[:12] for ln in b.lines] for b in out] == [
        ["1 Department"],
        ["2 Dept. of M", "Institutet, "],
        ["*Corresponde"],
    ]
    wrapped = [
        line("Department of Electrical Engineering, University of Toronto, Toronto,", 40, 100, 480),
        line("Ontario, Canada", 40, 116, 140),
        line("Institute of Bioinformatics, Charité, Berlin, Germany", 40, 132, 400),
    ]
    assert [len(b.lines) for b in seg.split_affiliations([block("text", wrapped, 0)])] == [2, 1]
    prose = [line(f"The University of Leeds ran the trial in {y}, the row of a paragraph", 40, 100 + 16 * i, 480)
             for i, y in enumerate((2010, 2011, 2012))]  # fmt: skip
    assert len(seg.split_affiliations([block("text", prose, 0)])) == 1  # rows run to the edge: one paragraph


@needs_pages
def test_a_first_page_with_numbered_affiliations(pipeline, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A real typeset first page (chromium, the pipeline's OCR): `2 Dept. of Mechanical Engineering, Karolinska
    Institutet, ...` and the `*Correspondence:` line under it came out as one block."""
    _, _, path = browser_page(tmp_path, "bp_affil", 1, 51, 0)
    blocks = pipeline.parse_file(path).document.pages[0].blocks
    contact = [b for b in blocks if any("Correspondence" in ln.text for ln in b.lines)]
    assert len(contact) == 1
    assert not any(k in ln.text for ln in contact[0].lines for k in ("Dept", "Depart", "Institut")), contact[0].lines
