"""The one typed result every stage shares: Document -> Page -> Block -> Line -> Word, plus tables and KIE results.

Coordinates are pixels of the *original* page image (x0, y0, x1, y1), even when the page was rotated to be
read; for a PDF page, pixels of the page rendered at `Page.dpi`. `score` is the model's confidence in [0, 1].
`Document.export()` gives the JSON contract; `Document.from_dict()` reads it back.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd

BBox = tuple[float, float, float, float]
Point = tuple[float, float]
Polygon = list[Point]

BlockType = Literal[
    "text",
    "title",
    "list",
    "figure",
    "figure_caption",
    "table",
    "table_caption",
    "header",
    "footer",
    "reference",
    "equation",
    "seal",
]


class Element(BaseModel):
    model_config = ConfigDict(extra="forbid")


def union_bbox(boxes: list[BBox]) -> BBox:
    """Smallest box holding all `boxes`; (0, 0, 0, 0) for none."""
    if not boxes:
        return (0.0, 0.0, 0.0, 0.0)
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )


class Word(Element):
    """A word (or, in CJK text, one character) with a box estimated from its line."""

    text: str
    bbox: BBox
    score: float


class Line(Element):
    """A text line as detected and recognized."""

    text: str
    bbox: BBox
    polygon: Polygon = Field(description="Four corners, clockwise from top-left of the text as read.")
    score: float = Field(description="Recognition confidence (mean of character probabilities).")
    vertical: bool = Field(default=False, description="Read top to bottom (a tall crop).")
    words: list[Word] = Field(default_factory=list)


class Cell(Element):
    """A table cell; `row`/`col` are 0-based grid positions of its top-left slot."""

    row: int
    col: int
    rowspan: int = 1
    colspan: int = 1
    bbox: BBox
    text: str = ""
    header: bool = False


class Table(Element):
    html: str = Field(description="<table>...</table>, with colspan/rowspan and <thead>/<tbody>.")
    cells: list[Cell] = Field(default_factory=list)
    n_rows: int = 0
    n_cols: int = 0

    def grid(self) -> list[list[str]]:
        """Row-major text grid; a spanning cell's text sits in its top-left slot, the others stay empty."""
        rows = [[""] * self.n_cols for _ in range(self.n_rows)]
        for c in self.cells:
            if c.row < self.n_rows and c.col < self.n_cols:
                rows[c.row][c.col] = c.text
        return rows


class Region(Element):
    """A layout detection before text is assigned: what kind of area, where, how sure."""

    type: str
    bbox: BBox
    score: float


class Block(Element):
    """A layout region: its type, lines in reading order and, for tables, the structure."""

    type: BlockType | str = "text"
    bbox: BBox
    score: float | None = None
    order: int = 0
    lines: list[Line] = Field(default_factory=list)
    table: Table | None = None

    def render(self) -> str:
        return "\n".join(line.text for line in self.lines)


class Page(Element):
    index: int
    width: int
    height: int
    rotation: Literal[0, 90, 180, 270] = Field(
        default=0,
        description="Degrees the page content is turned clockwise from upright (it was turned back to be read).",
    )
    skew: float = Field(default=0.0, description="Small residual angle (degrees) corrected before reading.")
    dpi: float | None = None
    text_source: Literal["ocr", "pdf-text"] = "ocr"
    blocks: list[Block] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)

    def lines(self) -> Iterator[Line]:
        for block in sorted(self.blocks, key=lambda b: b.order):
            yield from block.lines

    def render(self) -> str:
        return "\n\n".join(b.render() for b in sorted(self.blocks, key=lambda b: b.order) if b.lines)


class Document(Element):
    source: str
    pages: list[Page] = Field(default_factory=list)
    metadata: dict[str, Any] = Field(default_factory=dict)

    def render(self) -> str:
        """Plain text in reading order, pages separated by a form feed."""
        return "\n\f".join(p.render() for p in self.pages)

    def export(self) -> dict[str, Any]:
        return self.model_dump(mode="json")

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Document:
        return cls.model_validate(data)

    # The exporters load on first use: the model itself stays free of cv2, jinja2 and pandas.
    def to_json(self, indent: int | None = 2) -> str:
        """The JSON contract (`docsense schema document`); `Document.from_dict(json.loads(...))` reads it back."""
        from .export import to_json

        return to_json(self, indent)

    def to_markdown(self) -> str:
        """Reading-order Markdown: titles as headings, tables as pipe tables (HTML where cells span)."""
        from .export import to_markdown

        return to_markdown(self)

    def to_html(self, images: list[np.ndarray] | None = None) -> str:
        """A self-contained HTML report; with the page images (BGR) the boxes are drawn over them."""
        from .export import to_html

        return to_html(self, images)

    def tables_to_pandas(self) -> list[pd.DataFrame]:
        """One DataFrame per table in reading order; header rows are the columns; `df.attrs` has page and name."""
        from .tables_io import to_dataframes

        return to_dataframes(self)


# --- key-information extraction results (filled by kie/, read by apps) ---


class FieldValue(Element):
    value: str | None = Field(description="Normalized value (ISO dates, plain decimals, digits-only phones).")
    raw: str = Field(default="", description="As printed.")
    confidence: float = 0.0
    page: int = 0
    bbox: BBox | None = Field(default=None, description="Where the value is printed (its words, over its lines).")
    key_bbox: BBox | None = Field(default=None, description="Where the field's key (label) is printed.")
    source: Literal["template", "ner", "tagger", "pdf-text", "kv", "seal"] = "template"


class Pair(Element):
    key: str
    value: str
    key_bbox: BBox
    value_bbox: BBox
    page: int = 0
    confidence: float = 0.0


class Entity(Element):
    text: str
    bbox: BBox
    label: Literal["question", "answer", "header", "other"]
    page: int = 0


class Extraction(Element):
    """One line of `docsense extract` output."""

    source: str
    sha256: str = ""
    doc_type: str = ""
    template: str = ""
    fields: dict[str, FieldValue] = Field(default_factory=dict)
    items: list[dict[str, Any]] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    error: str | None = None
    pairs: list[Pair] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)
