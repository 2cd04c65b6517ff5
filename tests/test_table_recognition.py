"""Table stage on real inputs: a ruled table the test renders (with a merged header), PubTabNet crops, TEDS."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from docsense.core.document import Document
from docsense.eval.tables import teds

DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

# Header: "Region" spans two rows; "Sales" spans the two quarter columns.
HEADER_TOP = ["Region", "Sales", None, "Staff"]
HEADER_SUB = [None, "Q1", "Q2", None]
# Digits that stay digits when turned 180 degrees (9, 8, 6, 0) are avoided in short cells: the page OCR's
# line-direction classifier can flip a short crop like "980" and read "086" (an OCR issue, not a table one).
BODY = [
    ["North", "1200", "1350", "14"],
    ["South", "975", "1010", "9"],
    ["East", "1500", "1720", "21"],
    ["West", "640", "700", "6"],
]


def ruled_table() -> Image.Image:
    """A 6-row, 4-column ruled table: merged header cells (rowspan 2, colspan 2, rowspan 2), four body rows."""
    col_x = [40, 300, 500, 700, 900]
    row_h = 64
    rows = 2 + len(BODY)
    top = 40
    img = Image.new("RGB", (col_x[-1] + 40, top + rows * row_h + 40), "white")
    d = ImageDraw.Draw(img)
    regular, bold = ImageFont.truetype(DEJAVU, 30), ImageFont.truetype(DEJAVU_BOLD, 30)

    def put(text: str, x0: int, x1: int, y0: int, y1: int, f: ImageFont.FreeTypeFont) -> None:
        w = d.textlength(text, font=f)
        d.text(((x0 + x1 - w) / 2, (y0 + y1) / 2 - 17), text, fill="black", font=f)

    y = [top + i * row_h for i in range(rows + 1)]
    # Outer frame and full horizontal rules, except inside merged cells.
    d.rectangle((col_x[0], y[0], col_x[-1], y[-1]), outline="black", width=2)
    d.line((col_x[1], y[1], col_x[3], y[1]), fill="black", width=2)  # under "Sales" only
    for r in range(2, rows):
        d.line((col_x[0], y[r], col_x[-1], y[r]), fill="black", width=2)
    for c in (1, 3):
        d.line((col_x[c], y[0], col_x[c], y[-1]), fill="black", width=2)
    d.line((col_x[2], y[1], col_x[2], y[-1]), fill="black", width=2)  # Q1 | Q2, not through "Sales"
    put("Region", col_x[0], col_x[1], y[0], y[2], bold)
    put("Sales", col_x[1], col_x[3], y[0], y[1], bold)
    put("Staff", col_x[3], col_x[4], y[0], y[2], bold)
    put("Q1", col_x[1], col_x[2], y[1], y[2], bold)
    put("Q2", col_x[2], col_x[3], y[1], y[2], bold)
    for r, row in enumerate(BODY):
        for c, text in enumerate(row):
            put(text, col_x[c], col_x[c + 1], y[r + 2], y[r + 3], regular)
    return img


def _png(img: Image.Image, path: Path) -> Path:
    img.save(path)
    return path


@pytest.fixture(scope="module")
def ruled_doc(pipeline, tmp_path_factory) -> Document:
    path = _png(ruled_table(), tmp_path_factory.mktemp("tables") / "ruled.png")
    return pipeline.parse_file(path).document


def _tables(doc: Document) -> list:
    return [b for p in doc.pages for b in p.blocks if b.table is not None]


def test_rendered_table_structure_spans_and_text(ruled_doc: Document) -> None:
    blocks = _tables(ruled_doc)
    assert len(blocks) == 1, "a page that is one table yields one table block"
    table = blocks[0].table
    assert (table.n_rows, table.n_cols) == (6, 4)
    by_pos = {(c.row, c.col): c for c in table.cells}
    assert by_pos[(0, 1)].colspan == 2 and by_pos[(0, 1)].text == "Sales"
    assert by_pos[(0, 0)].rowspan == 2 and by_pos[(0, 0)].text == "Region"
    assert by_pos[(1, 1)].text == "Q1" and by_pos[(1, 2)].text == "Q2"
    assert table.grid()[2:] == BODY
    assert by_pos[(0, 0)].header and not by_pos[(2, 0)].header
    assert table.html.startswith("<table><thead><tr>") and 'colspan="2"' in table.html
    # Cells are in page pixels: "North" sits in the first column of the third row of the drawing.
    x0, y0, x1, y1 = by_pos[(2, 0)].bbox
    assert 40 <= (x0 + x1) / 2 <= 300 and 168 <= (y0 + y1) / 2 <= 232


def test_rotated_table_is_read_upright(pipeline, tmp_path: Path) -> None:
    """A table scanned a quarter-turn clockwise: read upright, cell boxes in the turned page's pixels."""
    path = _png(ruled_table().rotate(-90, expand=True), tmp_path / "turned.png")
    page = pipeline.parse_file(path).document.pages[0]
    assert page.rotation == 90
    [block] = _tables(Document(source="", pages=[page]))
    assert block.table.grid()[2:] == BODY
    region = next(c for c in block.table.cells if c.text == "Region")
    # Upright, "Region" is top-left; turned clockwise it sits top-right, and tall rather than wide.
    x0, y0, x1, y1 = region.bbox
    assert x0 > page.width / 2 and y0 < page.height / 3 and (y1 - y0) > (x1 - x0)


def test_rendered_table_exact_html_scores_one(ruled_doc: Document) -> None:
    """The header is drawn in bold: its cells carry <b> like PubTabNet's ground truth."""
    head = (
        '<thead><tr><td rowspan="2"><b>Region</b></td><td colspan="2"><b>Sales</b></td>'
        '<td rowspan="2"><b>Staff</b></td></tr><tr><td><b>Q1</b></td><td><b>Q2</b></td></tr></thead>'
    )
    body = "".join("<tr>" + "".join(f"<td>{t}</td>" for t in row) + "</tr>" for row in BODY)
    truth = f"<table>{head}<tbody>{body}</tbody></table>"
    assert teds(_tables(ruled_doc)[0].table.html, truth) == pytest.approx(1.0)


def test_teds_perfect_and_wrong() -> None:
    truth = (
        "<table><thead><tr><td><b>A</b></td><td>B</td></tr></thead><tbody><tr><td>1</td><td>2</td></tr></tbody></table>"
    )
    assert teds(truth, truth) == 1.0
    assert teds(truth, truth, structure_only=True) == 1.0
    wrong_text = truth.replace("<td>2</td>", "<td>7</td>")
    assert 0.8 < teds(wrong_text, truth) < 1.0
    assert teds(wrong_text, truth, structure_only=True) == 1.0
    wrong_span = (
        "<table><thead><tr><td colspan='2'>A B</td></tr></thead><tbody><tr><td>1</td><td>2</td></tr></tbody></table>"
    )
    assert teds(wrong_span, truth, structure_only=True) < 1.0
    assert teds("", truth) == 0.0


@pytest.fixture(scope="module")
def pubtabnet(data_dir: Path) -> list[dict]:
    root = data_dir / "tables_pubtabnet"
    return [json.loads(line) for line in (root / "gt.jsonl").read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("index", [0, 9])
def test_pubtabnet_crop_is_one_table(pipeline, data_dir: Path, pubtabnet: list[dict], index: int) -> None:
    item = pubtabnet[index]
    doc = pipeline.parse_file(data_dir / "tables_pubtabnet" / item["filename"]).document
    blocks = _tables(doc)
    assert len(blocks) == 1
    html = blocks[0].table.html
    assert "<thead>" in html
    assert teds(html, item["html"], structure_only=True) >= 0.95
    assert teds(html, item["html"]) >= 0.9
    # Every word the page OCR read lands in some cell (none lost by matching).
    words = "".join(w.text for ln in blocks[0].lines for w in ln.words).replace(" ", "")
    cells = "".join(c.text for c in blocks[0].table.cells).replace(" ", "")
    assert sorted(words) == sorted(cells)


def test_text_page_has_no_table(pipeline) -> None:
    """A page of prose is not mistaken for a table crop (whole_page=auto)."""
    from docsense.core.config import Settings

    assert Settings().table.whole_page == "auto"
    doc = pipeline.parse_file(Path(__file__).resolve().parent.parent / "samples" / "en_page.jpg").document
    assert not _tables(doc)


@pytest.mark.parametrize("receipt", ["008", "048"])
def test_receipt_is_not_one_big_table_cell(pipeline, data_dir: Path, receipt: str) -> None:
    """Layout sees these photographed receipts as one figure and the text rules call it a table; the grid read
    from it is no grid (one cell with most of the text), so the text stays text."""
    page = pipeline.parse_file(data_dir / "receipts_sroie" / "images" / f"{receipt}.jpg").document.pages[0]
    for block in page.blocks:
        if block.type == "table":
            assert block.table is not None
            words = sum(len(c.text.split()) for c in block.table.cells)
            assert max(len(c.text.split()) for c in block.table.cells) <= 0.5 * words
    assert "CASH" in " ".join(ln.text for b in page.blocks for ln in b.lines)


def test_whole_page_never_keeps_crop_as_text(data_dir: Path, pubtabnet: list[dict]) -> None:
    from docsense.app.pipeline import Pipeline
    from docsense.core.config import load_settings

    p = Pipeline(load_settings(overrides=["table.whole_page=never", "layout.enabled=false"]))
    doc = p.parse_file(data_dir / "tables_pubtabnet" / pubtabnet[0]["filename"]).document
    assert not _tables(doc)


def test_cells_of_rendered_table_match_words_not_lines() -> None:
    """A line OCR read across two cells is split between them by its words."""
    from docsense.core.document import Line, Word
    from docsense.table.cells import assign_words, cell_text, words_of

    line = Line(
        text="1.000 0.310",
        bbox=(0, 0, 110, 10),
        polygon=[(0, 0), (110, 0), (110, 10), (0, 10)],
        score=1.0,
        words=[Word(text="1.000", bbox=(0, 0, 50, 10), score=1), Word(text="0.310", bbox=(60, 0, 110, 10), score=1)],
    )
    glued = Line(
        text="ab12",
        bbox=(0, 20, 110, 30),
        polygon=[(0, 20), (110, 20), (110, 30), (0, 30)],
        score=1.0,
        words=[Word(text="ab12", bbox=(0, 20, 110, 30), score=1)],
    )
    cells = [(0.0, 0.0, 54.0, 32.0), (56.0, 0.0, 110.0, 32.0)]
    per_cell = assign_words(words_of([line, glued]), cells, 0.3)
    assert [cell_text(ws) for ws in per_cell] == ["1.000 ab", "0.310 12"]


# --- exports of the recognized table -------------------------------------------------------------------------


def test_xlsx_keeps_merged_cells_and_bold_header(ruled_doc: Document, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from docsense.core.tables_io import write_tables

    [path] = write_tables(ruled_doc, tmp_path, "ruled", "xlsx")
    assert path.name == "ruled.xlsx"
    wb = load_workbook(path)
    assert wb.sheetnames == ["p1_t1"]
    ws = wb["p1_t1"]
    assert {str(r) for r in ws.merged_cells.ranges} == {"A1:A2", "B1:C1", "D1:D2"}
    assert ws["A1"].value == "Region" and ws["B1"].value == "Sales" and ws["B2"].value == "Q1"
    assert ws["A1"].font.bold and not ws["A3"].font.bold
    assert [ws.cell(row=3, column=c).value for c in range(1, 5)] == ["North", 1200, 1350, 14]


def test_csv_one_file_per_table(ruled_doc: Document, tmp_path: Path) -> None:
    import csv

    from docsense.core.tables_io import write_tables

    [path] = write_tables(ruled_doc, tmp_path, "ruled", "csv")
    assert path.name == "ruled_p1_t1.csv"
    rows = list(csv.reader(path.open(encoding="utf-8")))
    assert rows[0] == ["Region", "Sales", "", "Staff"]
    assert rows[1] == ["", "Q1", "Q2", ""]
    assert rows[2:] == BODY


def test_dataframe_header_from_thead(ruled_doc: Document) -> None:
    from docsense.core.tables_io import to_dataframes

    [df] = to_dataframes(ruled_doc)
    assert list(df.columns) == ["Region", "Sales / Q1", "Sales / Q2", "Staff"]
    assert df.shape == (4, 4)
    assert df.iloc[0].tolist() == BODY[0]
    assert df.attrs["page"] == 0


def test_cli_writes_xlsx_and_csv(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from docsense.app.cli import app

    src = _png(ruled_table(), tmp_path / "ruled.png")
    result = CliRunner().invoke(app, ["parse", str(src), "-o", str(tmp_path / "out"), "--format", "json,xlsx,csv"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "out" / "ruled.xlsx").is_file()
    assert (tmp_path / "out" / "ruled_p1_t1.csv").is_file()


@pytest.mark.parametrize("seed", ["teds-0", "teds-5"])
def test_generated_invoice_items_table(pipeline, seed: str) -> None:
    """A full generated invoice page: layout finds the ruled items table; it reads with its 4 columns (letter
    stems stacked down a short table are not column rules) and its bold first row as the header."""
    import io
    import random

    from docsense.core.io import load_pages
    from docsense.synth import documents as synth

    sample = synth.make("invoice_en", random.Random(seed))
    buf = io.BytesIO()
    sample.image.save(buf, format="PNG")
    page = next(iter(load_pages(buf.getvalue(), pipeline.settings.input, pipeline.settings.limits)))
    tables = [b.table for b in pipeline.parse_page(page).page.blocks if b.table is not None]
    assert len(tables) == 1
    head = "".join(f"<td>{t}</td>" for t in ("Description", "Qty", "Unit Price", "Amount"))
    assert tables[0].n_cols == 4 and tables[0].n_rows == len(sample.items) + 1
    html = str(tables[0].html).replace("<b>", "").replace("</b>", "")  # which header words read as bold varies
    assert html.startswith(f"<table><thead><tr>{head}</tr></thead><tbody>")
    # descriptions and quantities read exactly (money columns are formatted with thousands separators)
    cells = {(c.row, c.col): c.text for c in tables[0].cells}
    for r, it in enumerate(sample.items, start=1):
        assert (cells[(r, 0)], cells[(r, 1)]) == (it["description"], it["quantity"])


def test_wrapped_line_read_as_a_row_joins_its_row_but_a_row_group_stays() -> None:
    """SLANet read the second line of a wrapped cell as a row, the other cells spanning down over it: the line
    joins its cell. Sub-rows of a real row group (figures under a spanning label) keep their rows."""
    from docsense.core.document import Cell
    from docsense.table.cells import WordBox
    from docsense.table.rows import join_wrapped_rows

    def cell(row: int, col: int, text: str, y: float, rowspan: int = 1) -> tuple[Cell, list[WordBox]]:
        box = (col * 100.0, y, col * 100.0 + 90, y + 10)
        return Cell(row=row, col=col, rowspan=rowspan, bbox=box, text=text), [WordBox(text, box, row, 0, False)]

    def table(second: str) -> tuple[list[Cell], list[list[WordBox]]]:
        parts = [
            cell(0, 0, "Study", 0),
            cell(0, 1, "Design", 0),
            cell(0, 2, "Findings", 0),
            cell(1, 0, "Kim et al.", 20, rowspan=2),
            cell(1, 1, "Randomized", 20),
            cell(1, 2, "Improved", 20, rowspan=2),
            cell(2, 1, second, 31),
        ]
        return [c for c, _ in parts], [w for _, w in parts]

    cells, words = table("controlled trial")
    out, _, header, _ = join_wrapped_rows(cells, words, [True, False, False], set())
    assert header == [True, False]
    by_pos = {(c.row, c.col): c for c in out}
    assert by_pos[(1, 1)].text == "Randomized controlled trial"
    assert by_pos[(1, 0)].rowspan == 1 and by_pos[(1, 2)].rowspan == 1
    cells, words = table("0.64")
    out, _, header, _ = join_wrapped_rows(cells, words, [True, False, False], set())
    assert len(header) == 3 and {(c.row, c.col) for c in out} >= {(2, 1)}


def test_ruled_grid_that_merges_rows_the_model_keeps_apart_is_not_used() -> None:
    from docsense.table.recognizer import _unconfirmed_spans
    from docsense.table.slanet import CellSpec

    model = [CellSpec(row_index=r) for r in range(6)]
    boxes = [(100.0 * r, 0.0, 100.0 * r + 90, 30.0) for r in range(4)]
    merged = [CellSpec(row_index=0, rowspan=2, box=boxes[0])] + [
        CellSpec(row_index=r, rowspan=3, box=boxes[r]) for r in (1, 2, 3)
    ]
    header_only = [CellSpec(row_index=0, rowspan=2, box=boxes[0]), CellSpec(row_index=1, box=boxes[1])]
    # two rows' text in each merged cell (a broken row rule): the rules are no grid
    two_lines = [(100.0 * r + 5, y, 100.0 * r + 60, y + 10) for r in range(4) for y in (4.0, 18.0)]
    assert _unconfirmed_spans(merged, model, two_lines)
    assert not _unconfirmed_spans(header_only, model, two_lines)
    # one label or figure in each (a 类别 / 小计 cell ruled down its group's rows): the merged cells stand
    one_line = [(100.0 * r + 5, 10.0, 100.0 * r + 60, 20.0) for r in range(4)]
    assert not _unconfirmed_spans(merged, model, one_line)
