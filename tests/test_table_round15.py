"""Session 23 (docs/tables.md): cells cut inside a word where a wrapped heading's lines or a table with no header
row put a name's lines in different rows.

Round 14 `zh_vat_special_e` (synth/browser_table_pages.py, seeds 53 / 55, looked at this session): the narrow
`货物或应税劳务、服务名称` heading wraps over two lines and the one-line headings stand level with its second line;
the model read that line into the first item's row (`务、服务名称*信息技术服务*…` | `规格型号专业版`), and with no
figures on the body's first line `rows_from_item_lines` left the wrapped names cut between rows. And where the
model predicted no header row, a first row of headings with one blank cell (a heading read into its neighbour's
cell) now heads the table too, so the rows are rebuilt from the text lines."""

from __future__ import annotations

from render import best_table_html, html_rows, table_page

from docsense.eval.tables import teds


def _names(html: str) -> list[str]:
    return [r[0] if r else "" for r in html_rows(html)[1:]]


def test_wrapped_heading_lines_go_back_to_the_header(pipeline, chromium, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Seed 55 page 2: `货物或应税劳` / `务、服务名称` with 规格型号 / 单位 / 数量 level with the second line (0.858
    before, the header and four names cut)."""
    image, truth = table_page(chromium, "zh_vat_special_e", 2, seed=55)
    best = best_table_html(pipeline, image, truth, tmp_path)
    assert html_rows(best)[0] == html_rows(truth)[0]
    assert _names(best) == _names(truth)
    assert teds(best, truth) >= 0.99


def test_first_row_of_headings_with_a_blank_cell_heads_the_table(pipeline, chromium, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Seed 53 page 1: no header row predicted, the first row `项目名称规格型号 | 单位 | … | 税率 | | 税额`; the names
    wrapped over two or three lines were cut between rows (`…*碎纸` | `机*纸制品*复印纸…`, 0.925 before)."""
    image, truth = table_page(chromium, "zh_vat_special_e", 1, seed=53)
    best = best_table_html(pipeline, image, truth, tmp_path)
    assert _names(best) == _names(truth)


def test_figures_level_with_each_items_last_line_close_it(pipeline, chromium, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Round 15 `en_serial_block` (seed 57, page 0, seen): each name over a block of serial numbers wrapping onto a
    second line, the figures level with the block's last line; the model's rows put a name with the item above it
    (`… S/N16182301 Wireless headset` | `Serials: SN62340769, …`, 0.617 before). A line of serials is no figure
    (`SN S/N99645289, S/N90947867, …`: mostly digits, but a list)."""
    image, truth = table_page(chromium, "en_serial_block", 0, seed=57)
    best = best_table_html(pipeline, image, truth, tmp_path)
    assert [r[1:] for r in html_rows(best)[1:]] == [r[1:] for r in html_rows(truth)[1:]]


def test_page_totals_of_a_list_over_pages_are_no_items(pipeline, chromium, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Round 15 `zh_sales_list_cont` (seed 57, page 2, seen): page 2 of a 销售清单 closes its table with `本页小计`
    and `累计` rows and `（接下页）` under them; they were read as three more items (0.856 before)."""
    image, truth = table_page(chromium, "zh_sales_list_cont", 2, seed=57)
    best = best_table_html(pipeline, image, truth, tmp_path)
    assert html_rows(best) == html_rows(truth)


def test_english_headings_under_chinese_ones_join_them(pipeline, chromium, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Round 15 `zh_bilingual_head` (seed 57, page 0, seen): `货物名称` over `Description` in each heading cell; the
    English line was read as a first item row (0.821 before)."""
    image, truth = table_page(chromium, "zh_bilingual_head", 0, seed=57)
    best = best_table_html(pipeline, image, truth, tmp_path)
    assert html_rows(best) == html_rows(truth)


def test_group_label_over_two_headings_joins_a_table_found_from_text(pipeline, chromium, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Round 15 `en_qty_split_bare` (seed 57, page 1, seen): no rule anywhere but a short one under `Quantity`,
    which heads `Ord.` / `Shipped`; layout boxed no table, the one found from the text lines began under
    `Quantity` and the label was left out as text (0.866 before)."""
    image, truth = table_page(chromium, "en_qty_split_bare", 1, seed=57)
    best = best_table_html(pipeline, image, truth, tmp_path)
    assert "Quantity" in html_rows(best)[0]
    assert html_rows(best)[1] == ["Ord.", "Shipped"]
    assert teds(best, truth) >= 0.95


def test_totals_read_into_the_table_leave_the_items_closed_by_their_figures(pipeline, chromium, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Round 15 `en_serial_block` (seed 57, page 0 skewed, seen): the figures close each item as on the clean page,
    but the `Net total` line under the items was read into the table, so the body did not end on an item's figures
    and the rows were left as the model cut them (a name with the item above it, 0.496 before); a line of three
    serial numbers is no figure either (`S/N99645289, S/N90947867, S/N93376441,`)."""
    image, truth = table_page(chromium, "en_serial_block", 0, "skew", seed=57)
    best = best_table_html(pipeline, image, truth, tmp_path)
    items = html_rows(truth)[1:]
    got = html_rows(best)[1 : 1 + len(items)]
    assert [r[-1] for r in got] == [r[-1] for r in items]
    for mine, want in zip(got, items, strict=True):
        assert want[1].split()[0] in mine[1] and want[1].split()[-1] in mine[1]


def test_dot_leader_left_on_a_name_goes(pipeline, chromium, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Round 15 `en_dot_leaders` (seed 57, page 1, seen): each name runs into a dot leader up to its price; OCR
    kept the leader's first dots on the name and left out the rest (`Flat white....`, `Avocado toast ....`, 0.958
    before)."""
    image, truth = table_page(chromium, "en_dot_leaders", 1, seed=57)
    best = best_table_html(pipeline, image, truth, tmp_path)
    assert [r[1] for r in html_rows(best)] == [r[1] for r in html_rows(truth)]
