"""Round 25 of the held-out layouts (synth/browser_docs25.py `ROUND25`, browser-typeset): English resumes with the
section headings in a left column and the dates right on each entry's line, and with one line an entry
(`University of X — B.A., Economics (2016)`); an English invoice from a Japanese company (`Messrs.` before the
customer, `Total (incl. VAT)`, the due date in a sentence); a Chinese resume of bar-separated lines and a toll
e-invoice with 开票日期 at the foot. Read by `--template auto` from the boxes the browser reports (no OCR) and scored
against their ground truth; docs/kie.md gives the first scores (before the fixes, through the OCR). What the fixes
added is asserted on small hand-made pages (the OCR's lines of first-score pages, cut down), each of which the code
before them read wrong."""

from __future__ import annotations

from held_out import browser_round, lines_page

from docsense.kie import KieStage
from docsense.synth import browser_docs25

pages, test_round25_family_fields = browser_round(browser_docs25.ROUND25, browser_docs25.make)


Box = tuple[float, float, float, float]


def _result(kie: KieStage, lines: list[tuple[str, Box]], tpl: str = "auto") -> tuple[str, dict[str, object]]:
    res = kie(lines_page(lines), tpl)
    return res.template, {k: v.value for k, v in res.fields.items()}


JP_INVOICE: list[tuple[str, Box]] = [
    ("INVOICE", (488, 75, 740, 112)),
    ("Messrs. Maple Leaf Outfitters Ltd.", (84, 146, 535, 177)),
    ("We hereby invoice you as follows.", (82, 183, 433, 212)),
    ("Total (incl. VAT)", (108, 384, 348, 413)),
    ("¥96,800", (518, 379, 654, 416)),
    ("Invoice No. 202309-745", (907, 144, 1155, 170)),
    ("Date of issue: 2023/09/04", (884, 173, 1154, 198)),
    ("Minato Trading Co., Ltd.", (831, 229, 1155, 258)),
    ("1-6-7 Chiyoda-ku", (975, 258, 1155, 285)),
    ("Tokyo 125-5576, Japan", (918, 286, 1156, 314)),
    ("Registration No. T4805786537153", (800, 313, 1155, 339)),
    ("Description", (89, 464, 234, 496)),
    ("Qty", (514, 460, 576, 502)),
    ("Unit price", (695, 462, 820, 496)),
    ("Amount (JPY)", (984, 465, 1146, 494)),
    ("Logo revisions", (91, 503, 249, 537)),
    ("2", (541, 502, 573, 538)),
    ("20,000", (736, 502, 822, 537)),
    ("40,000", (1062, 502, 1149, 537)),
    ("Subtotal", (685, 597, 786, 631)),
    ("¥88,000", (1050, 596, 1150, 631)),
    ("Consumption tax (10%)", (688, 639, 938, 668)),
    ("¥8,800", (1062, 634, 1152, 669)),
    ("Total (incl. VAT)", (687, 677, 852, 707)),
    ("¥96,800", (1051, 674, 1152, 708)),
    (
        "Please remit the total to the bank account below by November 3, 2023. Bank charges are borne by the",
        (82, 739, 1140, 767),
    ),
    ("payer.", (82, 770, 154, 797)),
    ("Mizuho Bank, Shibuya Branch, Ordinary 1234567", (81, 796, 590, 826)),
]


def test_messrs_before_the_customer(kie: KieStage) -> None:
    # `Messrs. <company>` top left is the customer, not the seller (whose name is under the invoice number)
    tpl, got = _result(kie, JP_INVOICE)
    assert tpl == "invoice"
    names = (str(got["buyer_name"]).rstrip("."), str(got["seller_name"]).rstrip("."))
    assert names == ("Maple Leaf Outfitters Ltd", "Minato Trading Co., Ltd")


def test_messrs_boxed_apart_and_a_kk_seller(kie: KieStage) -> None:
    # `Messrs.` and the customer's name in two boxes (the name alone is no seller either), the seller a `K.K.`
    # (a Japanese joint-stock company) under the invoice number, a sentence before it
    lines = [
        JP_INVOICE[0],
        ("Messrs.", (84, 146, 180, 177)),
        ("Maple Leaf Outfitters Ltd.", (188, 146, 535, 177)),
        *JP_INVOICE[2:7],
        ("Sakura Print K.K.", (931, 229, 1155, 258)),
        *JP_INVOICE[8:],
    ]
    _, got = _result(kie, lines, "invoice")
    names = (str(got["buyer_name"]).rstrip("."), str(got["seller_name"]).rstrip("."))
    assert names == ("Maple Leaf Outfitters Ltd", "Sakura Print K.K")


def test_due_date_in_a_sentence(kie: KieStage) -> None:
    # no `Due date` key: the date by which the sentence asks for the payment
    _, got = _result(kie, JP_INVOICE, "invoice")
    assert got["due_date"] == "2023-11-03"


def test_no_due_date_from_other_sentences(kie: KieStage) -> None:
    # a date in another sentence of the page is no due date (`… by the payer`, `signed by`)
    lines = [*JP_INVOICE[:25], ("Thank you for your order of November 3, 2023, placed by phone.", (82, 739, 900, 767))]
    _, got = _result(kie, lines, "invoice")
    assert got.get("due_date") is None


def test_chinese_facts_split_by_bars(kie: KieStage) -> None:
    # one line of facts under the name, split by bars: the city under `现居：` ends at its bar
    lines = [
        ("王佳", (84, 73, 201, 136)),
        ("男|32岁 |现居:天津|13096354227 |zhang822@qq.com", (92, 147, 654, 172)),
        ("求职意向：行政助理", (92, 183, 284, 205)),
        ("教育背景", (89, 229, 190, 263)),
        ("2018.09-2022.06|北京师范大学|土木工程|博士", (93, 276, 570, 298)),
        ("工作经历", (89, 325, 191, 354)),
        ("2022.07-2024.05|天津天成实业有限公司|软件工程师", (93, 372, 616, 394)),
        ("负责部门日常数据整理与报表，参与新系统上线。", (114, 406, 565, 428)),
    ]
    tpl, got = _result(kie, lines)
    assert tpl == "resume"
    assert (got["city"], got["phone"], got["school"]) == ("天津", "13096354227", "北京师范大学")


def test_chinese_facts_split_by_slashes(kie: KieStage) -> None:
    lines = [
        ("王佳", (84, 73, 201, 136)),
        ("男 / 32岁 / 现居杭州 / 13096354227 / zhang822@qq.com", (92, 147, 700, 172)),
    ]
    _, got = _result(kie, lines, "resume")
    assert got["city"] == "杭州"
    # the OCR drops the spaces round a slash
    lines[1] = ("男/32岁/现居重庆/15119054967/zhang742@qq.com", (92, 147, 654, 172))
    _, got = _result(kie, lines, "resume")
    assert got["city"] == "重庆"
