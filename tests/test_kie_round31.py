"""Round 31 of the held-out layouts (synth/browser_docs31.py `ROUND31`, browser-typeset): an English resume whose body
is one two-column table (the section's name left, its entries right); a resume with a skills-bars sidebar and its
education one line at the foot of the main column; an invoice printed from an e-mail (the mail header, a dot-leader
block of keys and values); a builder's progress invoice (`Current Payment Due`); a 增值税专用发票 with its goods on an
attached 销售货物或者提供应税劳务清单; a 简历 printed from a job-network profile (`（手机）` after the number, the town
as `<城市>，中国`). Read by `--template auto` from the boxes the browser reports (no OCR) and scored against their
ground truth; docs/kie.md gives the first scores (through the OCR)."""

from __future__ import annotations

from held_out import browser_round, lines_page

from docsense.kie import KieStage
from docsense.synth import browser_docs31

pages, test_round31_family_fields = browser_round(browser_docs31.ROUND31, browser_docs31.make)


Box = tuple[float, float, float, float]


def _result(kie: KieStage, lines: list[tuple[str, Box]], tpl: str = "auto") -> tuple[str, dict[str, object]]:
    res = kie(lines_page(lines), tpl)
    return res.template, {k: v.value for k, v in res.fields.items()}


# a receipt forwarded by e-mail: the sender is a mailbox `Name <address>`
MAIL: list[tuple[str, Box]] = [
    ("From:", (70, 60, 130, 84)),
    ("Northwind Traders Ltd <accounts@northwind.co.uk>", (180, 60, 700, 84)),
    ("To:", (70, 92, 104, 116)),
    ("r.lopez@example.org", (180, 92, 390, 116)),
    ("Subject: Invoice 20417 for your order", (70, 126, 560, 150)),
    ("INVOICE", (70, 200, 200, 232)),
    ("Invoice No: 20417", (70, 250, 300, 274)),
    ("Invoice Date: 14 May 2024", (70, 282, 380, 306)),
    ("Bill To: Rosa Lopez", (70, 314, 330, 338)),
    ("Description", (70, 380, 200, 404)),
    ("Amount", (600, 380, 690, 404)),
    ("Garden chairs (4)", (70, 414, 290, 438)),
    ("£120.00", (600, 414, 690, 438)),
    ("Total: £120.00", (520, 470, 690, 494)),
]


def test_mail_sender_is_the_display_name(kie: KieStage) -> None:
    # `Name <address>`: the seller is the name, not the name with the mailbox after it
    tpl, got = _result(kie, MAIL)
    assert tpl == "invoice"
    assert got["seller_name"] == "Northwind Traders Ltd"


# a card payment's invoice in a mail's body, keys run to their values along dot leaders: the sum's only key is
# `Amount paid`
PAID: list[tuple[str, Box]] = [
    ("From:", (73, 62, 138, 88)),
    ("Harbor Analytics LLC", (185, 64, 420, 89)),
    ("Date:", (74, 124, 135, 147)),
    ("Mon, 2 Sep 2024 09:15", (182, 123, 426, 150)),
    ("Invoice number ..", (76, 309, 286, 331)),
    ("HA-20931", (487, 309, 617, 331)),
    ("Invoice date", (75, 341, 228, 363)),
    ("September 2, 2024", (420, 341, 618, 366)),
    ("Billed to", (74, 373, 194, 398)),
    ("Nina Patel", (500, 374, 618, 399)),
    ("Priority support", (75, 440, 260, 462)),
    ("$42.10", (538, 439, 618, 462)),
    ("Extra seats x 2", (74, 472, 302, 497)),
    ("$18.90", (537, 472, 617, 495)),
    ("$61.00", (534, 538, 617, 560)),
    ("Amount paid", (76, 538, 217, 560)),
    ("— The Harbor billing team", (77, 588, 342, 610)),
]


def test_amount_paid_is_the_total_when_no_total_is_printed(kie: KieStage) -> None:
    tpl, got = _result(kie, PAID)
    assert tpl == "invoice"
    assert got["total"] == "61.00"


# a VAT invoice with the goods on an attached list: the list's header repeats both names, the seller's last on the page
VAT_LIST: list[tuple[str, Box]] = [
    ("上海增值税专用发票", (440, 50, 800, 84)),
    ("发票代码：3100201130", (960, 96, 1180, 118)),
    ("发票号码：60871245", (960, 124, 1180, 146)),
    ("开票日期：2023年09月18日", (930, 152, 1180, 174)),
    ("购买方名称", (70, 190, 175, 218)),
    ("杭州明远机械有限公司", (210, 190, 420, 218)),
    ("纳税人识别号", (70, 226, 192, 254)),
    ("91330106MA2H3K5L7X", (210, 226, 430, 254)),
    ("销售方名称", (70, 262, 175, 290)),
    ("苏州恒通电子科技有限公司", (210, 262, 450, 290)),
    ("纳税人识别号", (70, 298, 192, 326)),
    ("91320505MA1N8P2Q4R", (210, 298, 430, 326)),
    ("（详见销货清单）", (75, 372, 225, 400)),
    ("合计", (62, 404, 158, 440)),
    ("¥12000.00", (740, 406, 843, 436)),
    ("¥1560.00", (1080, 406, 1172, 436)),
    ("价税合计（大写）", (66, 442, 223, 474)),
    ("壹万叁仟伍佰陆拾元整", (380, 444, 640, 470)),
    ("(小写)", (846, 442, 931, 476)),
    ("¥13560.00", (1070, 442, 1172, 472)),
    ("销售货物或者提供应税劳务清单", (434, 560, 806, 590)),
    ("购买方名称：杭州明远机械有限公司", (64, 608, 380, 630)),
    ("销售方名称：苏州恒通电子科技有限公司", (800, 608, 1176, 630)),
    ("所属增值税专用发票代码：3100201130", (64, 636, 394, 658)),
    ("号码：60871245", (653, 634, 800, 660)),
]


def test_tax_id_under_the_first_copy_of_a_repeated_name(kie: KieStage) -> None:
    # the seller's name taken from the list's header (the last on the page) has no 纳税人识别号 near it: its block is
    # under the same name printed in the invoice above
    tpl, got = _result(kie, VAT_LIST)
    assert tpl == "invoice_cn_vat"
    assert got["seller_name"] == "苏州恒通电子科技有限公司"
    assert (got["buyer_tax_id"], got["seller_tax_id"]) == ("91330106MA2H3K5L7X", "91320505MA1N8P2Q4R")


# a 简历 printed from a profile page: the town with the country after it, no key
PROFILE: list[tuple[str, Box]] = [
    ("刘思远", (420, 60, 560, 110)),
    ("数据分析师·杭州云帆科技有限公司", (420, 126, 760, 150)),
    ("成都，中国", (420, 160, 530, 186)),
    ("联系方式", (80, 104, 184, 136)),
    ("13912345678（手机）", (86, 148, 296, 170)),
    ("liusy@163.com（邮箱）", (84, 180, 320, 204)),
    ("工作经历", (420, 310, 520, 340)),
    ("杭州云帆科技有限公司", (420, 350, 640, 376)),
    ("2019年7月-至今", (420, 418, 582, 440)),
    ("教育经历", (420, 570, 520, 600)),
    ("电子科技大学", (420, 610, 560, 640)),
    ("硕士，统计学", (420, 646, 550, 670)),
]


def test_city_with_the_country_after_it(kie: KieStage) -> None:
    tpl, got = _result(kie, PROFILE)
    assert tpl == "resume"
    assert got["city"] == "成都"
    assert (got["school"], got["degree"], got["major"]) == ("电子科技大学", "硕士", "统计学")
