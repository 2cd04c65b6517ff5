"""Round 14 of the held-out layouts (synth/browser_docs14.py `ROUND14`, browser-typeset): a new graduate's
简历 (教育背景 first, two keyed pairs to a line), a 简历 with a vertical key column and 【】 section titles, a
通用机打发票, a 物业费 bill, a bilingual 商业发票 COMMERCIAL INVOICE, a CV set as two pages with a timeline
rail, a keyed US federal resume, a mobile phone bill and a British invoice written as a letter. Read by `--template
auto` from the boxes the browser reports (no OCR) and scored against their ground truth; docs/kie.md gives the first
scores (before the fixes, through the OCR). What the fixes added is asserted on small hand-made pages, each of which
the code before them read wrong."""

from __future__ import annotations

import pytest
from held_out import browser_samples, lines_page, sample_scores

from docsense.kie import KieStage
from docsense.synth import browser, browser_docs14
from docsense.synth import documents as synth

needs_browser = pytest.mark.skipif(browser.unavailable_reason() is not None, reason=str(browser.unavailable_reason()))
needs_cjk = pytest.mark.skipif(not synth.cjk_available(), reason="no CJK font (fonts-wqy-microhei) installed")

N = 4
# what each family scores without OCR after the round-14 fixes, a little under what was measured (docs/kie.md): the
# bilingual 商业发票's seller is read in Chinese (its title) where the truth is the English name, the phone bill's
# account holder and the letter's addressee have no key
FLOORS = {"zh_commercial_invoice": 0.80, "en_telecom_bill": 0.90, "en_letter_invoice": 0.90, "en_federal_resume": 0.80}


@pytest.fixture(scope="module")
def pages() -> dict[str, list[synth.Sample]]:
    return browser_samples(browser_docs14.ROUND14, N, browser_docs14.make)


@needs_browser
@needs_cjk
@pytest.mark.parametrize("family", browser_docs14.ROUND14)
def test_round14_family_fields(pages: dict[str, list[synth.Sample]], kie: KieStage, family: str) -> None:
    res, _ = sample_scores(kie, pages[family], family)
    assert res["overall"]["f1"] >= FLOORS.get(family, 0.95), res["wrong"][:10]


def _fields(kie: KieStage, lines: list[tuple[str, tuple[float, float, float, float]]], tpl: str) -> dict[str, object]:
    return {k: v.value for k, v in kie(lines_page(lines), tpl).fields.items()}


def test_section_title_set_off_by_brackets(kie: KieStage) -> None:
    # `【教育背景】` is the education title: the row under it is an entry (dates, school, major, degree)
    got = _fields(
        kie,
        [
            ("个人简历", (540, 60, 700, 96)),
            ("【基本信息】", (80, 130, 240, 156)),
            ("姓名", (150, 180, 200, 204)),
            ("李娜", (300, 180, 360, 204)),
            ("手机号码", (130, 220, 220, 244)),
            ("13812345678", (300, 220, 460, 244)),
            ("〖教育背景】", (80, 300, 240, 326)),
            ("2013年09月-2017年06月", (80, 350, 330, 374)),
            ("四川大学", (400, 350, 500, 374)),
            ("软件工程", (600, 350, 700, 374)),
            ("本科", (800, 350, 850, 374)),
            ("【工作经历】", (80, 420, 240, 446)),
        ],
        "resume",
    )
    assert (got["school"], got["major"], got["degree"]) == ("四川大学", "软件工程", "本科")


def test_key_inside_brackets_of_another_value(kie: KieStage) -> None:
    # `（专业前14%）` is a rank after the GPA, not the key of the major
    got = _fields(
        kie,
        [
            ("黄红俊", (79, 67, 228, 124)),
            ("教育经历", (98, 174, 228, 211)),
            ("上海财经大学", (84, 226, 225, 253)),
            ("2021.09 - 2025.06", (968, 230, 1156, 252)),
            ("电子信息工程|本科", (82, 265, 298, 293)),
            ("GPA：3.0/4.0(专业前14%)", (84, 343, 380, 368)),
            ("基本信息", (102, 405, 210, 436)),
            ("手机：18893215554", (84, 546, 297, 568)),
        ],
        "resume",
    )
    assert got["major"] == "电子信息工程"


def test_chinese_value_ends_at_the_next_chinese_label(kie: KieStage) -> None:
    # two keyed pairs read as one line: `现居地：杭州　　籍贯：湖南长沙`
    got = _fields(
        kie,
        [
            ("张伟", (80, 60, 200, 110)),
            ("性别：女　　出生年月：2001年3月", (80, 200, 560, 224)),
            ("手机：13812345678　　邮箱：zhang123@qq.com", (80, 240, 640, 264)),
            ("现居地：杭州　　籍贯：湖南长沙", (80, 280, 520, 304)),
        ],
        "resume",
    )
    assert got["city"] == "杭州"
    assert got["birth_date"] == "2001-03"


MACHINE: list[tuple[str, tuple[float, float, float, float]]] = [
    ("发票代码：144064541072", (77, 91, 345, 116)),
    ("辽宁省通用机打发票", (507, 120, 884, 159)),
    ("发票号码：", (1048, 90, 1160, 124)),
    ("12740542", (1049, 126, 1161, 152)),
    ("开票日期：2022年7月28日", (76, 166, 343, 192)),
    ("付款方名称", (87, 222, 208, 256)),
    ("苏州中科网络科技有限公司", (329, 224, 595, 253)),
    ("行业分类", (667, 222, 768, 257)),
    ("租赁业", (848, 220, 934, 259)),
    ("收款方名称", (87, 274, 207, 304)),
    ("南京卓越网络科技有限公司", (328, 275, 594, 303)),
    ("收款方识别号", (668, 273, 808, 306)),
    ("91615924HQBUJ85DH5", (853, 275, 1100, 303)),
    ("项目", (167, 319, 228, 360)),
    ("单价", (525, 319, 586, 360)),
    ("数量", (722, 320, 782, 358)),
    ("金额", (972, 320, 1033, 358)),
    ("技术服务费", (87, 424, 206, 454)),
    ("2603.33", (555, 422, 653, 456)),
    ("1", (813, 424, 842, 456)),
    ("2603.33", (1054, 422, 1153, 456)),
    ("合计金额（大写）", (89, 473, 259, 506)),
    ("贰仟陆佰零叁元叁角叁分", (329, 475, 574, 504)),
    ("(小写)", (677, 470, 755, 510)),
    ("¥2603.33", (1041, 472, 1153, 506)),
    ("开票人：赵宇", (74, 532, 211, 562)),
]


def test_payer_and_payee_of_a_machine_printed_invoice(kie: KieStage) -> None:
    got = _fields(kie, MACHINE, "auto")
    assert got["buyer_name"] == "苏州中科网络科技有限公司"
    assert got["seller_name"] == "南京卓越网络科技有限公司"
    assert got["seller_tax_id"] == "91615924HQBUJ85DH5"
    assert got["total"] == "2603.33"
    # the line with the sum in words is the total's, not the amount before tax and the tax
    assert got["subtotal"] is None and got["tax"] is None


def test_household_bill_names_its_customer(kie: KieStage) -> None:
    got = _fields(
        kie,
        [
            ("上海绿城物业服务有限公司", (418, 81, 824, 112)),
            ("物业服务费缴费通知单", (463, 134, 771, 159)),
            ("户名：韩杰", (84, 187, 192, 214)),
            ("单号：No.2020623392", (948, 190, 1154, 212)),
            ("收费日期：2020年5月6日", (922, 225, 1152, 247)),
            ("收费项目", (168, 269, 260, 303)),
            ("单价", (677, 268, 735, 305)),
            ("数量", (867, 269, 920, 302)),
            ("金额（元）", (1000, 271, 1105, 302)),
            ("停车管理费", (97, 366, 207, 396)),
            ("36.33", (712, 366, 819, 396)),
            ("1", (931, 368, 951, 395)),
            ("36.33", (1082, 365, 1145, 397)),
            ("合计", (93, 458, 170, 495)),
            ("人民币（大写）：叁拾陆元叁角叁分", (354, 463, 740, 488)),
            ("¥36.33", (1048, 458, 1144, 492)),
            ("户名：上海绿城物业服务有限公司 开户行：工商银行 账号：3562488242714556", (85, 523, 1000, 545)),
        ],
        "auto",
    )
    assert got["buyer_name"] == "韩杰"
    assert got["invoice_number"] == "2020623392"


@pytest.mark.parametrize("label", ["致 To:", "收货人 Consignee："])
def test_bilingual_export_invoice_buyer_and_currency(kie: KieStage, label: str) -> None:
    got = _fields(
        kie,
        [
            ("宁波华达进出口有限公司", (432, 70, 811, 106)),
            ("NINGBO HUADA IMPORT & EXPORT CO., LTD.", (395, 118, 841, 140)),
            ("商业发票 COMMERCIAL INVOICE", (355, 229, 884, 262)),
            (label, (72, 298, 149 if len(label) < 6 else 258, 333)),
            ("Initech Technologies Ltd", (72, 336, 334, 368)),
            ("263 Harbour Road, Hamburg", (73, 372, 385, 403)),
            ("发票号码 Invoice No.:", (917, 301, 1152, 330)),
            ("INV224100", (916, 338, 1038, 365)),
            ("日期 Date:", (917, 367, 1044, 397)),
            ("2024-03-05", (917, 401, 1067, 433)),
            ("付款方式 Payment:", (917, 504, 1128, 534)),
            ("T/T 30% deposit", (917, 538, 1097, 568)),
            ("Description", (371, 602, 474, 628)),
            ("Quantity", (636, 602, 716, 629)),
            ("Unit Price", (810, 601, 900, 627)),
            ("Amount", (1024, 603, 1101, 626)),
            ("Ceramic mugs 陶瓷杯", (246, 666, 534, 695)),
            ("1,000 PCS", (637, 668, 741, 697)),
            ("USD 6.30", (861, 669, 957, 695)),
            ("USD 6,300.00", (1017, 668, 1154, 694)),
            ("总计 TOTAL FOB", (753, 807, 918, 837)),
            ("USD 6,300.00", (1006, 808, 1154, 834)),
        ],
        "auto",
    )
    assert got["buyer_name"] == "Initech Technologies Ltd"
    assert got["currency"] == "USD"
    assert got["total"] == "6300.00"


def test_phone_key_with_a_qualifier(kie: KieStage) -> None:
    # `Day Phone:` over the number; the announcement's reference number is no phone
    got = _fields(
        kie,
        [
            ("Kevin Parker", (517, 77, 723, 105)),
            ("Announcement No. 2283514", (509, 115, 731, 137)),
            ("Mailing Address:", (96, 159, 250, 181)),
            ("4514 Main St, Springfield, IL 32120", (97, 188, 398, 209)),
            ("Day Phone:", (95, 218, 204, 244)),
            ("(514) 920-9155", (96, 249, 230, 275)),
            ("Email:", (94, 277, 162, 304)),
            ("kparker@gmail.com", (95, 311, 270, 337)),
            ("WORK EXPERIENCE", (106, 637, 331, 659)),
            ("EDUCATION", (103, 1442, 245, 1468)),
            ("Degree:", (94, 1610, 170, 1638)),
            ("Master of Science", (94, 1641, 250, 1666)),
        ],
        "resume",
    )
    assert got["phone"] == "5149209155"


def test_city_after_a_one_letter_contact_label(kie: KieStage) -> None:
    got = _fields(
        kie,
        [
            ("John Johnson", (85, 120, 368, 160)),
            ("Product Manager", (82, 175, 252, 204)),
            ("T 887-689-7482", (84, 225, 243, 247)),
            ("E john.johnson@mail.org", (296, 226, 543, 248)),
            ("L New York, NY", (595, 225, 760, 247)),
            ("PROFILE", (83, 281, 202, 303)),
            ("EXPERIENCE", (84, 380, 256, 402)),
        ],
        "resume",
    )
    assert got["city"] == "New York, NY"


def test_pay_by_date_and_total_fees(kie: KieStage) -> None:
    bill = _fields(
        kie,
        [
            ("Bluepeak Telecom", (73, 60, 496, 110)),
            ("Monthly statement", (856, 61, 1169, 103)),
            ("Invoice number", (667, 191, 869, 224)),
            ("254717360", (886, 190, 1034, 224)),
            ("Bill date", (664, 230, 780, 267)),
            ("Feb 08, 2024", (888, 232, 1057, 265)),
            ("Pay by", (661, 309, 760, 356)),
            ("Feb 26, 2024", (888, 314, 1057, 348)),
            ("Taxes, fees & surcharges", (79, 674, 391, 713)),
            ("$15.48", (1060, 672, 1163, 715)),
            ("Total amount due", (80, 725, 338, 763)),
            ("$167.26", (1029, 722, 1161, 767)),
        ],
        "invoice",
    )
    assert bill["due_date"] == "2024-02-26"
    letter = _fields(
        kie,
        [
            ("Ashford & Co LLP", (432, 85, 804, 118)),
            ("Re: Invoice No. INV/2024/105", (107, 501, 468, 523)),
            ("Professional fees", (424, 633, 610, 655)),
            ("£6,634.38", (1008, 631, 1124, 656)),
            ("Disbursements", (420, 672, 592, 699)),
            ("£85.70", (1041, 673, 1125, 699)),
            ("Total fees", (420, 712, 560, 738)),
            ("£6,720.08", (1008, 712, 1124, 738)),
            ("VAT at 20%", (420, 752, 560, 778)),
            ("£1,344.02", (1008, 752, 1124, 778)),
            ("Total due", (420, 792, 560, 818)),
            ("£8,064.10", (1008, 792, 1124, 818)),
        ],
        "invoice",
    )
    assert letter["subtotal"] == "6720.08"


def test_location_inside_the_education_block_is_the_schools(kie: KieStage) -> None:
    # the person's city ends the street line under `Mailing Address:`; `Location:` under EDUCATION is the school's
    got = _fields(
        kie,
        [
            ("Kevin Parker", (517, 77, 723, 105)),
            ("Mailing Address:", (96, 159, 250, 181)),
            ("4514 Main St, Springfield, IL 32120", (97, 188, 398, 209)),
            ("Day Phone:", (95, 218, 204, 244)),
            ("(514) 920-9155", (96, 249, 230, 275)),
            ("Email:", (94, 277, 162, 304)),
            ("kparker@gmail.com", (95, 311, 270, 337)),
            ("WORK EXPERIENCE", (106, 637, 331, 659)),
            ("Employer:", (95, 682, 196, 708)),
            ("Pioneer Consulting Co.", (95, 712, 290, 736)),
            ("EDUCATION", (103, 1442, 245, 1468)),
            ("School:", (94, 1487, 168, 1514)),
            ("Rice University", (94, 1517, 230, 1546)),
            ("Location:", (95, 1550, 186, 1573)),
            ("Raleigh, NC", (95, 1578, 205, 1605)),
            ("Degree:", (94, 1610, 170, 1638)),
            ("Master of Science", (94, 1641, 250, 1666)),
        ],
        "resume",
    )
    assert got["city"] == "Springfield, IL"
    assert got["school"] == "Rice University"
