"""A table that cannot be read never loses its page: an item table with a column empty in every item row (round
11 `en_credit_note`: the table stage stopped the page with `min() arg is an empty sequence`) is read, and any
other fault inside the table stage leaves the block's lines as text with a page warning, while a deadline still
stops the document."""

from __future__ import annotations

import numpy as np
import pytest
from render import cell_row, table_cells

from docsense.app.pipeline import TableStage
from docsense.core.document import Block, Line
from docsense.core.errors import DeadlineError
from docsense.core.io import PageImage
from docsense.core.page import PageState
from docsense.table.header import deal_headings

XS = [0.0, 400.0, 500.0, 620.0, 700.0, 800.0]


def test_item_rows_with_a_column_empty_throughout_are_dealt_as_read() -> None:
    """The `Disc.` column holds no word in any item row: the columns say nothing sure, so the header stays."""
    head = ["Description Quantity", "", "Unit price", "Disc.", "Amount"]
    items = [["Returned cable", "2", "12.50", "", "-25.00"], ["Restocking fee", "1", "5.00", "", "5.00"]]
    cells, words = table_cells([cell_row(r, 30 * r, row, xs=XS) for r, row in enumerate([head, *items])])
    out, _, _ = deal_headings(cells, words, [True, False, False], set())
    assert out == cells


class _Failing:
    """A table recognizer whose structure step fails on every table (as the bug above did)."""

    def __init__(self, exc: Exception) -> None:
        self.exc = exc

    def page_block(self, *args: object) -> None:
        return None

    def __call__(self, image: np.ndarray, block: Block) -> None:
        raise self.exc


def _state() -> PageState:
    image = np.full((400, 600, 3), 255, np.uint8)
    corners = [(20.0, 40.0), (560.0, 40.0), (560.0, 60.0), (20.0, 60.0)]
    line = Line(text="Returned cable 2 12.50 -25.00", bbox=(20, 40, 560, 60), polygon=corners, score=0.9)
    state = PageState.start(PageImage(index=0, image=image, width=600, height=400))
    state.blocks = [Block(type="table", bbox=(10, 30, 580, 120), lines=[line])]
    return state


def test_a_table_stage_fault_keeps_the_page_with_a_warning() -> None:
    state = _state()
    TableStage(_Failing(ValueError("min() arg is an empty sequence")), None).run(state)  # type: ignore[arg-type]
    block = state.blocks[0]
    assert block.type == "text" and block.table is None and block.lines[0].text.startswith("Returned cable")
    assert len(state.warnings) == 1 and "table at [10, 30, 580, 120] not read" in state.warnings[0]


def test_a_deadline_inside_the_table_stage_still_stops_the_document() -> None:
    with pytest.raises(DeadlineError):
        TableStage(_Failing(DeadlineError("stopped")), None).run(_state())  # type: ignore[arg-type]
