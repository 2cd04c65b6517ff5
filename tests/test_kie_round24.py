"""Round 24 of the held-out layouts (synth/browser_docs24.py `ROUND24`, browser-typeset): English resumes with the
name over two lines, education as a Degree | Institution | Year | GPA table, a third-person bio; an online shop's
order invoice; Chinese resumes with 教育背景 as a table and 基本信息 in a right column, a taxi ticket and a
fixed-value invoice. Read by `--template auto` from the boxes the browser reports (no OCR) and scored against their
ground truth; docs/kie.md gives the first scores (before the fixes, through the OCR). What the fixes added is asserted
on small hand-made pages (the OCR's lines of first-score pages, cut down), each of which the code before them read
wrong."""

from __future__ import annotations

from held_out import browser_round, lines_page

from docsense.kie import KieStage
from docsense.synth import browser_docs24

pages, test_round24_family_fields = browser_round(browser_docs24.ROUND24, browser_docs24.make)


Box = tuple[float, float, float, float]


def _result(kie: KieStage, lines: list[tuple[str, Box]], tpl: str = "auto") -> tuple[str, dict[str, object]]:
    res = kie(lines_page(lines), tpl)
    return res.template, {k: v.value for k, v in res.fields.items()}


EDUTABLE: list[tuple[str, Box]] = [
    ("Jason Young", (459, 77, 775, 134)),
    ("London, UK• 626-736-9133 • jyoung@example.com", (349, 139, 889, 164)),
    ("Summary", (88, 189, 214, 222)),
    (
        "Detail-minded professional with five years in reporting, budgeting and process improvement.",
        (89, 233, 1043, 263),
    ),
    ("Education", (89, 287, 220, 316)),
    ("Degree", (96, 339, 193, 373)),
    ("School", (514, 335, 607, 373)),
    ("Graduated", (819, 338, 954, 371)),
    ("GPA", (1043, 338, 1105, 371)),
    ("B.S. in Civil Engineering", (99, 381, 349, 410)),
    ("McGill University", (518, 380, 696, 410)),
    ("2017", (816, 377, 885, 413)),
    ("3.5", (1042, 378, 1092, 413)),
    ("Professional Experience", (90, 444, 394, 472)),
    ("Globex Consulting Corp. — Data Analyst", (89, 485, 556, 515)),
    ("2016 - 2018", (1006, 488, 1150, 514)),
    ("• Led a team of five to deliver the quarterly reporting platform.", (97, 516, 750, 543)),
]


def test_degree_cell_holding_the_major(kie: KieStage) -> None:
    # a `Degree` column's cell `B.S. in Civil Engineering`: the degree is `B.S.`, the major the rest
    tpl, got = _result(kie, EDUTABLE)
    assert tpl == "resume"
    assert (got["degree"], got["major"], got["school"]) == ("B.S.", "Civil Engineering", "McGill University")


BIO: list[tuple[str, Box]] = [
    ("Emily Smith", (109, 95, 405, 146)),
    ("Financial Analyst", (109, 167, 319, 192)),
    ("BIOGRAPHY", (109, 225, 305, 250)),
    (
        "Emily Smith is a financial analyst based in New York, NY. Over the last 14 years Emily has",
        (108, 266, 1130, 293),
    ),
    ("led reporting and planning work for Acme Consulting and two start-ups.", (110, 304, 916, 326)),
    ("Emily earned an MBA from University of Texas at Austin and volunteers as a mentor for", (112, 351, 1130, 373)),
    ("first-generation students.", (109, 384, 393, 409)),
    ("SKILLS", (108, 446, 228, 473)),
    ("• Excel", (117, 485, 212, 511)),
    ("• Python", (118, 516, 227, 542)),
    ("Phone", (129, 662, 199, 689)),
    ("+1 356 267 6728", (244, 665, 438, 687)),
    ("Email", (130, 696, 194, 723)),
    ("emily16@mail.org", (243, 698, 447, 723)),
]


def test_third_person_bio(kie: KieStage) -> None:
    # the degree, the school and the town only in sentences about the person
    _, got = _result(kie, BIO, "resume")
    assert (got["degree"], got["school"], got["city"]) == ("MBA", "University of Texas at Austin", "New York, NY")


def test_third_person_bio_with_a_major(kie: KieStage) -> None:
    # `holds a B.A. in Economics from the Ohio State University.` over two lines
    lines = [
        *BIO[:5],
        ("Emily holds a B.A. in Economics from the Ohio", (112, 351, 700, 373)),
        ("State University.", (109, 384, 393, 409)),
        *BIO[7:],
    ]
    _, got = _result(kie, lines, "resume")
    assert (got["degree"], got["major"], got["school"]) == ("B.A.", "Economics", "Ohio State University")


def test_key_spread_into_two_boxes(kie: KieStage) -> None:
    # `姓　　名：周勇刚` read as `姓` and `名：周勇刚` (the spaces cut the line): the name is the value, not the
    # education table's `时间` header
    lines = [
        ("个人简历", (522, 70, 706, 114)),
        ("基本信息", (98, 145, 202, 179)),
        ("姓", (79, 197, 111, 224)),
        ("名：周勇刚", (139, 198, 249, 224)),
        ("性", (616, 197, 652, 224)),
        ("别：女", (673, 196, 747, 226)),
        ("联系电话：17444930918", (82, 272, 311, 294)),
        ("电子邮箱：zhang312@163.com", (617, 271, 906, 296)),
        ("教育背景", (98, 332, 202, 366)),
        ("时间", (226, 384, 281, 417)),
        ("学校", (538, 384, 592, 418)),
        ("专业", (839, 384, 894, 417)),
        ("学历", (1064, 384, 1118, 418)),
        ("2008.09-2012.06", (174, 432, 333, 458)),
        ("西安交通大学", (500, 431, 629, 458)),
        ("国际经济与贸易", (793, 432, 939, 458)),
        ("本科", (1064, 429, 1116, 462)),
    ]
    _, got = _result(kie, lines, "resume")
    assert got["name"] == "周勇刚"


TAXI: list[tuple[str, Box]] = [
    ("杭州市出租汽车专用发票", (473, 117, 765, 146)),
    ("发票联", (585, 153, 656, 181)),
    ("发票代码", (412, 195, 506, 225)),
    ("142795216107", (538, 197, 700, 222)),
    ("发票号码", (413, 231, 505, 258)),
    ("45861091", (536, 230, 647, 255)),
    ("监督电话", (412, 264, 506, 294)),
    ("051-29717395", (537, 266, 700, 292)),
    ("车号", (411, 297, 464, 330)),
    ("川B·56803", (538, 300, 657, 326)),
    ("日期", (413, 365, 462, 395)),
    ("2021-07-10", (536, 366, 673, 391)),
    ("单价", (412, 467, 463, 500)),
    ("3.00元", (537, 469, 618, 497)),
    ("里程", (413, 503, 463, 533)),
    ("12.1km", (537, 506, 622, 532)),
    ("金额", (412, 571, 463, 601)),
    ("40.00元", (537, 574, 631, 600)),
    ("杭州顺通出租汽车有限公司", (414, 621, 641, 643)),
]


def test_taxi_ticket(kie: KieStage) -> None:
    # a taxi's 出租汽车专用发票 is an invoice (it was `kv`); its fare under a bare `金额`; its company printed alone
    # at the foot, not the label column's `监督电话`
    tpl, got = _result(kie, TAXI)
    assert tpl == "invoice_cn"
    assert (got["invoice_number"], got["date"], got["total"]) == ("45861091", "2021-07-10", "40.00")
    assert got["seller_name"] == "杭州顺通出租汽车有限公司"


FIXED: list[tuple[str, Box]] = [
    ("浙江省通用定额发票", (436, 158, 798, 194)),
    ("发票联", (583, 203, 656, 230)),
    ("发票代码172399168899", (254, 254, 487, 273)),
    ("发票号码 91943692", (800, 253, 987, 275)),
    ("壹拾元", (500, 317, 725, 390)),
    ("¥10.00", (569, 408, 668, 438)),
    ("收款单位（盖章）：北京和顺停车场管理有限公司", (253, 484, 734, 509)),
    ("发票专用章", (802, 484, 905, 514)),
    ("开票日期：2022年6月5日", (251, 540, 507, 565)),
]


def test_fixed_value_invoice(kie: KieStage) -> None:
    # a 定额发票: no goods table, no 合计; the face value in words alone over its figures is the total
    tpl, got = _result(kie, FIXED)
    assert tpl == "invoice_cn"
    assert (got["invoice_number"], got["total"], got["date"]) == ("91943692", "10.00", "2022-06-05")
    assert got["seller_name"] == "北京和顺停车场管理有限公司"


def test_name_over_two_lines_set_solid(kie: KieStage) -> None:
    # the first name over the surname in huge capitals without leading (the two boxes overlap a little), the
    # contact lines right of them: one name, not the job title under it
    lines = [
        ("RACHEL", (94, 73, 412, 155)),
        ("239-647-5619", (1030, 89, 1147, 111)),
        ("rwilson@mail.org", (1003, 114, 1147, 136)),
        ("2927 Main St", (1036, 140, 1147, 162)),
        ("WILSON", (94, 145, 400, 227)),
        ("New York, NY 38577", (974, 165, 1147, 187)),
        ("FINANCIAL ANALYST", (94, 236, 405, 262)),
        ("ABOUT", (94, 302, 195, 327)),
        ("Designer and analyst who turns messy data into clear products.", (94, 341, 869, 364)),
        ("EXPERIENCE", (94, 403, 282, 428)),
        ("Accountant at Initech Solutions LLC", (94, 442, 471, 467)),
        ("2016 – 2018", (1034, 442, 1147, 465)),
    ]
    _, got = _result(kie, lines, "resume")
    assert got["name"] == "RACHEL WILSON"


def test_taxi_ticket_with_colons(kie: KieStage) -> None:
    # the same ticket with a colon after each label (`监督电话：`): a label still, not the seller's name
    lines = [(t + "：" if 2 <= len(t) <= 4 and t not in ("发票联",) and "\u4e00" <= t[0] else t, b) for t, b in TAXI]
    # the label's box with its colon reaching a little over the value's (the OCR's boxes of one page)
    lines[6:8] = [("监督电话：", (413, 264, 538, 294)), ("019-45288590", (533, 266, 700, 292))]
    tpl, got = _result(kie, lines)
    assert tpl == "invoice_cn"
    assert (got["seller_name"], got["total"]) == ("杭州顺通出租汽车有限公司", "40.00")


def test_bio_graduated_from_the_school_with_a_degree(kie: KieStage) -> None:
    # the other order of the same sentence: the school first, the degree after `with`
    said = ("Emily graduated from the University of Michigan with a B.S. in Biology.", (112, 351, 900, 373))
    _, got = _result(kie, [*BIO[:5], said, *BIO[7:]], "resume")
    assert (got["degree"], got["major"], got["school"]) == ("B.S.", "Biology", "University of Michigan")
