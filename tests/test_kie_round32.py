"""Round 32 of the held-out layouts (synth/browser_docs32.py `ROUND32`, browser-typeset): an English resume ending in
REFERENCES (other people's names, phones and e-mails); a veterinary clinic's invoice (CLIENT the owner beside PATIENT
the pet, `Invoice Total` then `Paid` / `Balance 0.00`); a garage's repair order (labels over values in a grid, `TOTAL
DUE`); a 客户对账单 (a statement of account: 制单日期, 本期应付金额 with its 大写, 供方确认（盖章） at the foot); a 简历
with English keys and Chinese values. Read by `--template auto` from the boxes the browser reports (no OCR) and scored
against their ground truth; docs/kie.md gives the first scores (through the OCR)."""

from __future__ import annotations

from held_out import browser_round, lines_page

from docsense.kie import KieStage
from docsense.synth import browser_docs32

pages, test_round32_family_fields = browser_round(browser_docs32.ROUND32, browser_docs32.make)


Box = tuple[float, float, float, float]


def _result(kie: KieStage, lines: list[tuple[str, Box]], tpl: str = "auto") -> tuple[str, dict[str, object]]:
    res = kie(lines_page(lines), tpl)
    return res.template, {k: v.value for k, v in res.fields.items()}


# a supplier's statement of account: the document's date `制单日期` beside a table of delivery dates, the sum asked
# for with its words in brackets after the figures, the places to confirm with a stamp at the foot
STATEMENT: list[tuple[str, Box]] = [
    ("宁波海通五金制品有限公司", (400, 70, 840, 100)),
    ("客户对账单", (520, 118, 710, 148)),
    ("客户名称：苏州华辰精密机械有限公司", (78, 180, 440, 202)),
    ("对账单号：DZ202403117", (920, 180, 1162, 202)),
    ("对账期间：2024-02-01至2024-02-29", (78, 214, 440, 236)),
    ("制单日期：2024年3月5日", (914, 214, 1161, 236)),
    ("送货日期", (150, 256, 240, 288)),
    ("品名", (590, 256, 644, 288)),
    ("金额", (1044, 256, 1100, 288)),
    ("2024-02-06", (86, 302, 202, 327)),
    ("铜排", (560, 300, 610, 330)),
    ("1250.00", (1070, 300, 1153, 328)),
    ("2024-02-19", (86, 342, 202, 367)),
    ("五金配件", (535, 340, 624, 371)),
    ("3380.50", (1067, 342, 1153, 368)),
    ("上期未付：0.00", (76, 434, 225, 460)),
    ("本期发生额：4630.50", (75, 468, 290, 494)),
    ("本期应付金额：¥4630.50(大写：肆仟陆佰叁拾元伍角)", (77, 503, 610, 525)),
    ("供方确认(盖章)：", (76, 600, 257, 625)),
    ("客户确认(盖章)：", (978, 599, 1156, 624)),
]


def test_statement_date_is_when_it_was_made(kie: KieStage) -> None:
    tpl, got = _result(kie, STATEMENT)
    assert tpl == "invoice_cn"
    assert got["date"] == "2024-03-05"


def test_statement_total_with_its_words_after_the_figures(kie: KieStage) -> None:
    _, got = _result(kie, STATEMENT)
    assert got["total"] == "4630.50"


def test_a_place_to_confirm_holds_no_name(kie: KieStage) -> None:
    # `供方确认（盖章）：` is where the supplier stamps, not its name: the name is the title
    _, got = _result(kie, STATEMENT)
    assert (got["seller_name"], got["buyer_name"]) == ("宁波海通五金制品有限公司", "苏州华辰精密机械有限公司")


# a letterhead whose name the OCR read as two boxes on its row, the last word apart
SPLIT_NAME: list[tuple[str, Box]] = [
    ("Brookside Animal", (77, 67, 330, 106)),
    ("Hospital", (333, 68, 470, 103)),
    ("4410 Cedar Lane", (78, 108, 259, 134)),
    ("Tel. (555) 201-7788", (77, 138, 260, 164)),
    ("INVOICE", (959, 72, 1156, 105)),
    ("Invoice # 50321", (1000, 112, 1165, 142)),
    ("Date Jun 3, 2024", (990, 142, 1165, 172)),
    ("Bill To", (95, 264, 176, 290)),
    ("Helen Brooks", (95, 290, 240, 316)),
    ("Service", (278, 410, 358, 440)),
    ("Amount", (1071, 410, 1159, 440)),
    ("Wellness exam", (277, 451, 430, 482)),
    ("85.00", (1090, 451, 1156, 483)),
    ("Total", (692, 540, 760, 570)),
    ("$85.00", (1076, 540, 1156, 570)),
]


def test_header_name_with_its_last_word_in_a_box_of_its_own(kie: KieStage) -> None:
    tpl, got = _result(kie, SPLIT_NAME)
    assert tpl == "invoice"
    assert got["seller_name"] == "Brookside Animal Hospital"
