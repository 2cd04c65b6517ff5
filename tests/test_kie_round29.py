"""Round 29 of the held-out layouts (synth/browser_docs29.py `ROUND29`, browser-typeset): English resumes whose
education puts the year first with the school in bold capitals and the degree in italics under it, and whose only
sidebar is a coloured band of section symbols with the contact at the page's bottom right; a dental invoice with
`Patient` and `Guarantor` boxes and `Amount Due` boxed; a Chinese school fee receipt (教育收费专用票据, 交款单位（人）
in a ruled grid), a payment notice (付款通知书, stacked 付款方 / 收款方 grids without colons) and a 简历 whose 基本信息
is a grid of label / value cells. Read by `--template auto` from the boxes the browser reports (no OCR) and scored
against their ground truth; docs/kie.md gives the first scores (through the OCR)."""

from __future__ import annotations

from held_out import browser_round, lines_page

from docsense.kie import KieStage
from docsense.synth import browser_docs29

pages, test_round29_family_fields = browser_round(browser_docs29.ROUND29, browser_docs29.make)


Box = tuple[float, float, float, float]


def _result(kie: KieStage, lines: list[tuple[str, Box]], tpl: str = "auto") -> tuple[str, dict[str, object]]:
    res = kie(lines_page(lines), tpl)
    return res.template, {k: v.value for k, v in res.fields.items()}


# a payment notice: each party's label (`付款方`, `收款方`) set in a cell spanning its block's four rows, so centred
# beside `地址` / `开户银行` with the block's `名称` row above its own height; the seal lines `付款方(盖章)` at the foot
NOTICE: list[tuple[str, Box]] = [
    ("付款通知书", (494, 64, 732, 100)),
    ("通知书编号：FK-2024-512", (77, 128, 329, 149)),
    ("日期：2024年3月18日", (935, 126, 1161, 152)),
    ("合同名称：设备采购合同 合同编号：CG202471503", (77, 167, 577, 192)),
    ("名称", (194, 216, 251, 255)),
    ("宁波海诚机械有限公司", (325, 222, 536, 247)),
    ("地址", (190, 260, 252, 302)),
    ("宁波市高新区18号", (324, 268, 512, 293)),
    ("付款方", (94, 286, 170, 322)),
    ("开户银行", (195, 308, 290, 343)),
    ("中国建设银行宁波分行", (324, 313, 538, 338)),
    ("账号", (192, 352, 250, 392)),
    ("6217000712345678", (324, 358, 529, 383)),
    ("名称", (194, 416, 251, 454)),
    ("合肥永盛电气有限公司", (325, 422, 536, 447)),
    ("地址", (191, 460, 252, 502)),
    ("合肥市经开区96号", (323, 467, 498, 493)),
    ("收款方", (94, 486, 170, 521)),
    ("开户银行", (195, 509, 291, 543)),
    ("中国建设银行合肥分行", (324, 513, 538, 538)),
    ("账号", (192, 553, 251, 592)),
    ("6217000798765432", (324, 555, 530, 584)),
    ("款项", (140, 617, 199, 655)),
    ("本次付款金额", (938, 620, 1071, 650)),
    ("预付款", (83, 663, 161, 699)),
    ("52800.00", (1038, 667, 1151, 694)),
    ("本次付款金额(大写)：伍万贰仟捌佰元整", (76, 712, 605, 739)),
    ("本次付款金额(小写)：¥52800.00", (77, 753, 431, 775)),
    ("付款方(盖章)", (76, 875, 215, 901)),
    ("收款方(盖章）", (1012, 874, 1151, 900)),
]


def test_payment_notice_is_a_chinese_invoice(kie: KieStage) -> None:
    # `付款通知书` (a request for payment under a contract), no 合计 / 单号: its title and the amount in words type it
    tpl, _ = _result(kie, NOTICE)
    assert tpl == "invoice_cn"


def test_party_label_centred_on_its_block(kie: KieStage) -> None:
    # the name is its block's first row, above the label's own height; `(盖章)` after a party's key is where the
    # seal goes, no name
    _, got = _result(kie, NOTICE, "invoice_cn")
    assert (got["buyer_name"], got["seller_name"]) == ("宁波海诚机械有限公司", "合肥永盛电气有限公司")


# a school's fee receipt: `交款单位（人）` (the payer, a unit or a person) with the payer's name in the next cell
FEE: list[tuple[str, Box]] = [
    ("浙江省教育收费专用票据", (371, 73, 857, 106)),
    ("票据代码：31027745", (76, 129, 278, 154)),
    ("No.60417723", (1028, 129, 1165, 154)),
    ("王丽", (371, 168, 433, 210)),
    ("交款单位（人）", (86, 171, 235, 205)),
    ("收费日期", (776, 173, 873, 207)),
    ("2024年09月02日", (924, 174, 1089, 203)),
    ("收费项目", (175, 221, 270, 256)),
    ("金额", (1010, 220, 1069, 257)),
    ("学费", (81, 267, 142, 310)),
    ("5200.00", (1064, 271, 1155, 305)),
    ("合计人民币（大写）", (89, 419, 278, 448)),
    ("伍仟贰佰元整", (376, 418, 657, 448)),
    ("¥5200.00", (774, 418, 886, 449)),
    ("收款单位（盖章)：浙江大学", (76, 481, 353, 506)),
    ("收款人：孙敏", (627, 478, 760, 508)),
]


def test_key_with_a_bracketed_qualifier(kie: KieStage) -> None:
    # `（人）` qualifies the key (a unit or a person pays), it is no value: the value is the next cell
    tpl, got = _result(kie, FEE)
    assert tpl == "invoice_cn"
    assert (got["buyer_name"], got["seller_name"]) == ("王丽", "浙江大学")


# a resume whose contact sits alone at the page's bottom right, the education's last line `BSc, Statistics` being
# the last line before it
BAND: list[tuple[str, Box]] = [
    ("Laura Bennett", (158, 76, 510, 123)),
    ("Data Analyst", (162, 134, 373, 162)),
    ("Summary", (163, 210, 292, 236)),
    ("Calm under deadlines and happiest when a process gets simpler.", (163, 248, 957, 275)),
    ("Work History", (160, 307, 342, 340)),
    ("Data Analyst — Acme Solutions Inc., 2017-2019", (162, 349, 770, 374)),
    ("Built dashboards used by senior leadership every week.", (162, 381, 742, 407)),
    ("Education", (162, 507, 300, 535)),
    ("University of Denver, 2016", (162, 545, 545, 574)),
    ("BSc, Statistics", (162, 578, 318, 603)),
    ("+1 303 555 0144", (983, 1558, 1163, 1580)),
    ("lbennett@example.com", (927, 1587, 1163, 1609)),
    ("Denver, CO", (1039, 1608, 1167, 1640)),
]


def test_degree_and_subject_is_no_town(kie: KieStage) -> None:
    # `BSc, Statistics` has a town's shape (`Word, Word`); a degree's abbreviation first makes it none
    tpl, got = _result(kie, BAND)
    assert tpl == "resume"
    assert got["city"] == "Denver, CO"
