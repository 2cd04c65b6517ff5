"""Round 33 of the held-out layouts (synth/browser_docs33.py `ROUND33`, browser-typeset): an English resume with its
contact details in a ruled strip of three cells under a letter-spaced name (employers' towns at the right); a hotel's
guest folio (`Guest Name` / `Arrival` / `Departure` beside `Folio No.` / `Date`, `Total Charges`, the card payment,
`Balance Due $0.00`); a 房屋租赁费收据 as a ruled grid (出租方 / 承租方, 租金（大写） beside
小写); a 运费结算单 (托运方 / 承运方, `运费合计：… 合计金额（大写）：…` on one line); a 报价单
(报价日期 beside 有效期至). Read by `--template auto` from the boxes the browser reports (no OCR) and scored against
their ground truth; docs/kie.md gives the first scores (through the OCR)."""

from __future__ import annotations

from held_out import browser_round, lines_page

from docsense.kie import KieStage
from docsense.synth import browser_docs33

pages, test_round33_family_fields = browser_round(browser_docs33.ROUND33, browser_docs33.make)


Box = tuple[float, float, float, float]


def _result(kie: KieStage, lines: list[tuple[str, Box]], tpl: str = "auto") -> tuple[str, dict[str, object]]:
    res = kie(lines_page(lines), tpl)
    return res.template, {k: v.value for k, v in res.fields.items()}


# a bill paid at once: the sum of the charges, the payment, then a balance of nothing; the name at the top read as
# its first word in a box of its own and the rest beside it
FOLIO: list[tuple[str, Box]] = [
    ("The", (400, 66, 480, 96)),
    ("Maple Grand Hotel", (484, 62, 820, 98)),
    ("210 Lake Road, Denver, CO", (440, 108, 790, 134)),
    ("GUEST FOLIO", (489, 181, 743, 206)),
    ("Guest Name", (77, 231, 190, 259)),
    ("Laura Bennett", (210, 231, 352, 259)),
    ("Arrival", (76, 296, 153, 322)),
    ("03/04/2024", (212, 296, 332, 321)),
    ("Departure", (77, 330, 188, 356)),
    ("03/06/2024", (210, 328, 332, 356)),
    ("Folio No.", (929, 239, 1010, 261)),
    ("418206", (1030, 239, 1110, 261)),
    ("Date", (926, 280, 984, 308)),
    ("03/06/2024", (1030, 282, 1150, 307)),
    ("Date", (82, 380, 144, 408)),
    ("Description", (265, 382, 400, 409)),
    ("Charges", (818, 379, 920, 412)),
    ("Credits", (1067, 381, 1154, 408)),
    ("03/04", (84, 419, 150, 449)),
    ("Room Charge", (264, 420, 408, 451)),
    ("189.00", (839, 419, 917, 446)),
    ("03/05", (84, 456, 151, 487)),
    ("Room Charge", (266, 459, 424, 486)),
    ("189.00", (840, 456, 919, 487)),
    ("03/06", (84, 493, 152, 524)),
    ("Visa payment", (265, 496, 408, 523)),
    ("378.00", (1077, 494, 1154, 522)),
    ("Total Charges", (708, 659, 857, 691)),
    ("$378.00", (1070, 659, 1150, 691)),
    ("Total Credits", (708, 694, 857, 724)),
    ("$378.00", (1070, 694, 1150, 724)),
    ("Balance Due", (717, 727, 856, 755)),
    ("$0.00", (1105, 727, 1150, 757)),
]


def test_a_balance_of_nothing_is_no_total(kie: KieStage) -> None:
    tpl, got = _result(kie, FOLIO)
    assert tpl == "invoice"
    assert got["total"] == "378.00"


def test_header_name_with_its_first_word_in_a_box_of_its_own(kie: KieStage) -> None:
    _, got = _result(kie, FOLIO)
    assert got["seller_name"] == "The Maple Grand Hotel"


# a rent receipt as a ruled grid of key cells left of value cells: the landlord and the tenant on one row
RENT: list[tuple[str, Box]] = [
    ("收据", (560, 60, 700, 100)),
    ("No.", (1040, 70, 1080, 92)),
    ("2718305", (1085, 70, 1170, 92)),
    ("出租方", (80, 140, 150, 166)),
    ("杭州远景置业有限公司", (190, 140, 470, 166)),
    ("承租方", (640, 140, 710, 166)),
    ("成都云帆软件有限公司", (750, 140, 1030, 166)),
    ("租赁地址", (75, 190, 160, 216)),
    ("杭州市滨江区园区路18号6楼", (190, 190, 520, 216)),
    ("收款日期", (630, 240, 720, 266)),
    ("2024年05月08日", (750, 240, 920, 266)),
    ("租金（大写）", (70, 290, 170, 316)),
    ("叁万陆仟元整", (190, 290, 360, 316)),
    ("小写", (650, 290, 700, 316)),
    ("¥36000.00", (750, 290, 880, 316)),
    ("出租方（盖章）：", (980, 380, 1150, 406)),
]


# the same receipt as the OCR reads it where the key `租金（大写）` is cut over two lines (`租金（大` over `写)`)
RENT_CUT: list[tuple[str, Box]] = [
    ("收据", (475, 65, 648, 135)),
    ("No.6120837", (1027, 97, 1159, 122)),
    ("出租方", (116, 151, 193, 188)),
    ("杭州远景置业有限公司", (241, 158, 447, 180)),
    ("承租方", (654, 148, 737, 191)),
    ("成都云帆软件有限公司", (780, 158, 1029, 180)),
    ("租赁地址", (104, 200, 204, 243)),
    ("杭州市滨江区园区路18号6楼", (238, 207, 556, 233)),
    ("租赁期间", (107, 257, 201, 292)),
    ("2024-05-01 至 2024-07-31", (239, 262, 499, 284)),
    ("收款日期", (648, 256, 744, 291)),
    ("2024年05月08日", (777, 260, 944, 286)),
    ("收款事由", (106, 307, 203, 347)),
    ("房屋租金（3个月）", (238, 311, 410, 341)),
    ("租金（大", (106, 360, 203, 394)),
    ("叁万陆仟元整", (236, 377, 408, 402)),
    ("小写", (664, 370, 726, 413)),
    ("¥36000.00", (775, 377, 902, 404)),
    ("写)", (122, 386, 172, 428)),
    ("收款人：周明", (82, 464, 233, 489)),
    ("出租方（盖章）：", (986, 463, 1151, 489)),
]


def test_a_rent_receipt_with_its_words_key_cut_in_two_is_typed(kie: KieStage) -> None:
    # the rent's words and the figures' key `小写` still type it
    tpl, got = _result(kie, RENT_CUT)
    assert tpl == "invoice_cn"
    assert got["total"] == "36000.00"


def test_a_tenant_pays_the_rent(kie: KieStage) -> None:
    tpl, got = _result(kie, RENT)
    assert tpl == "invoice_cn"
    assert (got["seller_name"], got["buyer_name"]) == ("杭州远景置业有限公司", "成都云帆软件有限公司")


# a carrier's freight bill: the shipper pays; the sum named by what it adds up, its words with their own key after it
FREIGHT: list[tuple[str, Box]] = [
    ("武汉恒通物流有限公司", (456, 67, 782, 96)),
    ("运费结算单", (528, 116, 701, 143)),
    ("结算单号：JS2024061142", (930, 167, 1164, 192)),
    ("结算日期：2024-06-11", (954, 196, 1164, 224)),
    ("托运方：南京华茂电子有限公司", (77, 233, 360, 252)),
    ("承运方：武汉恒通物流有限公司", (77, 265, 361, 287)),
    ("运单号", (161, 307, 233, 339)),
    ("发货日期", (383, 307, 474, 338)),
    ("运费", (1051, 306, 1105, 339)),
    ("YD51420817", (84, 352, 206, 378)),
    ("2024-05-20", (323, 350, 434, 379)),
    ("1200.00", (1073, 351, 1155, 379)),
    ("YD51420904", (84, 395, 206, 421)),
    ("2024-05-28", (323, 394, 432, 420)),
    ("2050.00", (1074, 394, 1155, 422)),
    ("运费合计：3250.00 合计金额（大写）：叁仟贰佰伍拾元整", (75, 483, 711, 510)),
    ("承运方（签章）：", (77, 553, 230, 575)),
    ("托运方（签章）：", (545, 550, 702, 579)),
]


def test_freight_bill_parties(kie: KieStage) -> None:
    tpl, got = _result(kie, FREIGHT)
    assert tpl == "invoice_cn"
    assert (got["seller_name"], got["buyer_name"]) == ("武汉恒通物流有限公司", "南京华茂电子有限公司")


def test_a_sum_named_by_what_it_adds_up_before_its_words(kie: KieStage) -> None:
    _, got = _result(kie, FREIGHT)
    assert got["total"] == "3250.00"
