"""Round 30 of the held-out layouts (synth/browser_docs30.py `ROUND30`, browser-typeset): an English resume whose
name stands right-aligned in the header with the contact left, its education a two-column definition list; a hotel
folio (`Guest`, `Folio No.`, the total as `Balance`); a Chinese VAT e-invoice whose 购买方 / 销售方 labels are set
vertically; a 入库单 / 收货单 with 供货单位 and 收货单位 on one line; a 简历 with a seal-like name and a one-line
手机 | 邮箱 | 现居 contact; a 个人简历 as a numbered list. Read by `--template auto` from the boxes the browser reports
(no OCR) and scored against their ground truth; docs/kie.md gives the first scores (through the OCR)."""

from __future__ import annotations

from held_out import browser_round, lines_page

from docsense.kie import KieStage
from docsense.synth import browser_docs30

pages, test_round30_family_fields = browser_round(browser_docs30.ROUND30, browser_docs30.make)


Box = tuple[float, float, float, float]


def _result(kie: KieStage, lines: list[tuple[str, Box]], tpl: str = "auto") -> tuple[str, dict[str, object]]:
    res = kie(lines_page(lines), tpl)
    return res.template, {k: v.value for k, v in res.fields.items()}


# a resume's education as a definition list: terms in a left column, each value right of its term in one column;
# the last term (`Year`) is no key of the template, a line of no key under `Major`
DEFLIST: list[tuple[str, Box]] = [
    ("+1 617 555 0192", (90, 72, 262, 95)),
    ("jpark@example.com", (90, 101, 300, 124)),
    ("Boston, MA", (88, 128, 205, 152)),
    ("James Park", (880, 80, 1150, 121)),
    ("Education", (88, 300, 214, 326)),
    ("University", (86, 344, 190, 370)),
    ("Boston College", (300, 345, 462, 368)),
    ("Degree", (86, 380, 167, 406)),
    ("Bachelor of Arts", (300, 381, 470, 404)),
    ("Major", (86, 414, 153, 442)),
    ("Economics", (298, 415, 410, 442)),
    ("Year", (88, 450, 140, 473)),
    ("2014", (300, 449, 356, 474)),
    ("Experience", (88, 520, 228, 545)),
    ("Analyst, Harbor Capital LLC (2014-2018)", (88, 562, 560, 585)),
]


def test_definition_list_label_over_the_next_label(kie: KieStage) -> None:
    # `Major` over `Year`, each with its value far right of it: `Year` is the next label, not the major stacked under
    # its key, and `Major` / `Economics` are no two headings side by side
    tpl, got = _result(kie, DEFLIST)
    assert tpl == "resume"
    assert (got["school"], got["degree"], got["major"]) == ("Boston College", "Bachelor of Arts", "Economics")
