"""Round 34 of the held-out layouts (synth/browser_docs34.py `ROUND34`, browser-typeset): an academic CV that opens
with its publications (`Ph.D., Physics, <School>, 2019` at the foot); a resume under a two-tone header with an
initials monogram; a US contractor's invoice with a balance forward and a `Remit to` stub; a bilingual Hong Kong
收據 RECEIPT; a 委托加工费结算单 (委托方 / 受托方); a 付款申请单 printed by the payer. Read by `--template auto`
from the boxes the browser reports (no OCR) and scored against their ground truth; docs/kie.md gives the first
scores (through the OCR)."""

from __future__ import annotations

from held_out import browser_round, lines_page

from docsense.kie import KieStage
from docsense.synth import browser_docs34

pages, test_round34_family_fields = browser_round(browser_docs34.ROUND34, browser_docs34.make)


Box = tuple[float, float, float, float]


def _result(kie: KieStage, lines: list[tuple[str, Box]], tpl: str = "auto") -> tuple[str, dict[str, object]]:
    res = kie(lines_page(lines), tpl)
    return res.template, {k: v.value for k, v in res.fields.items()}


# a settlement for work done on the client's goods: the principal (委托方) pays, the contractor (受托方) is paid; the
# client's name in the grid is the highest company name on the page
PROCESSING: list[tuple[str, Box]] = [
    ("委托加工费结算单", (460, 69, 773, 98)),
    ("编号：WJ202307311", (79, 126, 268, 151)),
    ("结算日期：2023年7月18日", (918, 128, 1158, 150)),
    ("委托方", (116, 167, 190, 202)),
    ("苏州恒远电器有限公司", (239, 171, 443, 196)),
    ("受托方", (673, 167, 747, 203)),
    ("宁波精工五金加工厂", (811, 171, 994, 196)),
    ("联系人", (117, 213, 191, 249)),
    ("王敏", (230, 212, 287, 250)),
    ("联系电话", (664, 214, 755, 244)),
    ("13912345678", (811, 217, 938, 242)),
    ("序号", (136, 265, 192, 304)),
    ("加工品名", (326, 269, 417, 299)),
    ("规格", (589, 265, 645, 304)),
    ("数量", (782, 268, 834, 302)),
    ("加工单价", (900, 269, 991, 299)),
    ("加工费", (1049, 266, 1123, 302)),
    ("1", (85, 314, 111, 347)),
    ("法兰盘", (254, 315, 346, 346)),
    ("车削", (501, 315, 593, 346)),
    ("400", (823, 313, 872, 349)),
    ("12.50", (946, 314, 1009, 347)),
    ("5000.00", (1060, 317, 1151, 343)),
    ("加工费合计", (110, 449, 220, 479)),
    ("人民币（大写）伍仟元整", (260, 452, 708, 477)),
    ("￥5000.00", (886, 451, 1004, 477)),
    ("委托方签字：", (201, 570, 315, 597)),
    ("受托方签字：", (567, 570, 683, 597)),
]


def test_the_principal_pays_the_contractor(kie: KieStage) -> None:
    tpl, got = _result(kie, PROCESSING)
    assert tpl == "invoice_cn"
    assert got["buyer_name"] == "苏州恒远电器有限公司"
    assert got["seller_name"] == "宁波精工五金加工厂"
    assert got["total"] == "5000.00"


# a request to pay a supplier, printed by the payer: its own name the title, the payee keyed (收款单位)
PAY_REQUEST: list[tuple[str, Box]] = [
    ("杭州博远科技有限公司", (446, 72, 795, 97)),
    ("付款申请单", (510, 116, 721, 152)),
    ("申请日期：2024-03-12", (85, 180, 296, 205)),
    ("单号：FK2024031207", (954, 180, 1154, 205)),
    ("申请部门", (131, 230, 228, 269)),
    ("行政部", (278, 229, 355, 269)),
    ("收款单位", (131, 281, 226, 319)),
    ("成都华信贸易有限公司", (284, 286, 496, 311)),
    ("付款事由", (131, 385, 225, 420)),
    ("支付设备采购款", (283, 387, 436, 417)),
    ("付款金额（大写）", (112, 439, 245, 468)),
    ("壹万贰仟元整", (286, 458, 558, 480)),
    ("小写", (745, 451, 802, 489)),
    ("¥12000.00", (876, 455, 994, 485)),
    ("申请人：", (80, 597, 162, 628)),
    ("财务审核：", (710, 598, 812, 627)),
]


def test_a_request_to_pay_names_its_payer_as_the_title(kie: KieStage) -> None:
    tpl, got = _result(kie, PAY_REQUEST)
    assert tpl == "invoice_cn"
    assert got["seller_name"] == "成都华信贸易有限公司"
    assert got["buyer_name"] == "杭州博远科技有限公司"


# a Hong Kong receipt in traditional characters with English beside each label: 收據, 茲收到, the sum as `港幣 … ONLY`
# in words and boxed as `HK$` | figures (no key)
HK_RECEIPT: list[tuple[str, Box]] = [
    ("大興印刷有限公司", (482, 74, 755, 110)),
    ("TAI HING PRINTING COMPANY LIMITED", (384, 119, 852, 140)),
    ("灣仔英皇道88號12樓 Tel: 2573 1188", (462, 145, 777, 167)),
    ("收據 RECEIPT", (505, 195, 731, 228)),
    ("收據編號 Receipt No.：R23-0418", (838, 244, 1154, 266)),
    ("日期 Date：21/08/2023", (917, 275, 1154, 297)),
    ("茲收到 Received from：沙田美華貿易有限公司", (85, 319, 520, 345)),
    ("款項 Being payment of：印刷費 Printing charges", (86, 376, 620, 398)),
    ("港幣 HK Dollars：THREE THOUSAND TWO HUNDRED ONLY", (86, 428, 851, 450)),
    ("HK$", (112, 509, 169, 540)),
    ("3,200.00", (169, 509, 285, 540)),
    ("現金 Cash", (85, 610, 326, 631)),
    ("經手人 Received by：陳美玲", (489, 607, 735, 632)),
]


def test_a_hong_kong_receipt_in_traditional_characters(kie: KieStage) -> None:
    tpl, got = _result(kie, HK_RECEIPT)
    assert tpl == "invoice_cn"
    assert got["seller_name"] == "大興印刷有限公司"
    assert got["buyer_name"] == "沙田美華貿易有限公司"
    assert got["invoice_number"] == "R23-0418"
    assert got["date"] == "2023-08-21"
    assert got["total"] == "3200.00"
    assert got["currency"] == "HKD"


def test_a_request_to_pay_is_typed_by_its_words() -> None:
    # the keywords alone reach the template's score (the learned classifier had put such a page in `form`)
    from docsense.kie import load_template
    from docsense.kie.classify import score

    tpl = load_template("invoice_cn")
    text = "\n".join(t for t, _ in PAY_REQUEST)
    assert score(text, tpl) >= tpl.classify.min_score
