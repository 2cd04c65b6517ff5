"""Held-out invoice layout families (`HELD_OUT`), with ground truth, for scoring `--template auto` on invoices whose
layout neither the invoice template nor the document-type model (train/doctype.py) was built on. Scored only.

    python -m docsense.synth.invoices OUT --n 5 --variants clean,rot90,gray,rgba
"""

from __future__ import annotations

import argparse
import random
from datetime import timedelta
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

from docsense.kie.normalize import decimal_to_cn_upper

from . import documents as d
from . import resumes as r


def en_modern(rng: random.Random) -> d.Sample:
    """HELD OUT. `Invoice` top right over a two-column block of keys without colons (`Invoice number`, `Date of
    issue`, `Date due`), the seller top left with `VAT No.`, `Bill to` below, a borderless item table under a rule,
    totals right and `Amount due` with the currency code after it."""
    c = r.FontCanvas(1240, 1754, "en", r.SANS, r.SANS_BOLD)
    w = 1240
    seller = f"{rng.choice(d.EN_COMPANY_A)} {rng.choice(d.EN_COMPANY_B)} {rng.choice(d.EN_SUFFIX)}"
    buyer = f"{rng.choice(d.EN_COMPANY_A)} {rng.choice(d.EN_COMPANY_B)} {rng.choice(d.EN_SUFFIX)}"
    while buyer == seller:
        buyer = f"{rng.choice(d.EN_COMPANY_A)} {rng.choice(d.EN_COMPANY_B)} {rng.choice(d.EN_SUFFIX)}"
    cur, sym = rng.choice((("USD", "$"), ("GBP", "£"), ("EUR", "€")))
    vat = rng.choice(("GB", "IE", "DE")) + "".join(str(rng.randrange(10)) for _ in range(9))
    number = f"INV-{rng.randrange(2019, 2026)}-{rng.randrange(1, 9999):04d}"
    issued = d._rand_date(rng, 2019, 2025)
    due = issued + timedelta(days=rng.choice((14, 30)))
    items = d._items(rng, d.EN_GOODS, rng.randrange(2, 6))
    subtotal = sum((it["amount"] for it in items), Decimal(0))
    rate = Decimal(rng.choice((5, 10, 20)))
    tax = (subtotal * rate / 100).quantize(Decimal("0.01"), ROUND_HALF_UP)
    total = subtotal + tax
    c.text((90, 80), seller, 34, "seller_name", bold=True)
    c.text((90, 130), f"{rng.randrange(10, 999)} {rng.choice(d.EN_STREETS)}", 20)
    c.text((90, 160), rng.choice(d.EN_CITIES), 20)
    c.text((90, 190), f"VAT No. {vat}", 20, "seller_tax_id")
    c.text((w - 90, 70), "Invoice", 48, "header", bold=True, anchor="ra")
    y = 150
    for key, val, name in (("Invoice number", number, "invoice_number"), ("Date of issue", issued.strftime("%B %d, %Y"),
                           "date"), ("Date due", due.strftime("%B %d, %Y"), "due_date")):  # fmt: skip
        kb = c.text((720, y), key, 20, "key")
        vb = c.text((w - 90, y), val, 20, name, anchor="ra")
        c.pairs.append({"key": key, "value": val, "key_bbox": kb, "value_bbox": vb})
        y += 34
    c.text((90, 300), "Bill to", 22, "key", bold=True)
    c.text((90, 334), buyer, 20, "buyer_name")
    c.text((90, 364), f"{rng.randrange(10, 999)} {rng.choice(d.EN_STREETS)}, {rng.choice(d.EN_CITIES)}", 20)
    y = 470
    cols = ((90, "Description", "la"), (760, "Qty", "ra"), (930, "Unit price", "ra"), (1150, "Amount", "ra"))
    for x, title, anchor in cols:
        c.text((x, y), title, 20, "header", bold=True, anchor=anchor)
    c.line(90, y + 36, 1150, y + 36, 2)
    y += 56
    for it in items:
        vals = (it["good"], str(it["quantity"]), f"{sym}{d._fmt_thousands(it['unit_price'])}",
                f"{sym}{d._fmt_thousands(it['amount'])}")  # fmt: skip
        for (x, _, anchor), v in zip(cols, vals, strict=True):
            c.text((x, y), v, 20, "item", anchor=anchor)
        y += 40
    c.line(90, y, 1150, y, 1)
    y += 30
    for key, amount, name in (("Subtotal", subtotal, "subtotal"), (f"Tax ({rate}%)", tax, "tax"), ("Total", total,
                              "total")):  # fmt: skip
        c.text((800, y), key, 20, "key", bold=name == "total")
        c.text((1150, y), f"{sym}{d._fmt_thousands(amount)}", 20, name, bold=name == "total", anchor="ra")
        y += 36
    c.text((800, y + 10), "Amount due", 24, "key", bold=True)
    c.text((1150, y + 10), f"{sym}{d._fmt_thousands(total)} {cur}", 24, "other", bold=True, anchor="ra")
    c.text((90, y + 120), f"Pay by bank transfer within {(due - issued).days} days. Thank you!", 18)
    fields = {"invoice_number": number, "date": issued.isoformat(), "due_date": due.isoformat(),
              "seller_name": seller, "seller_tax_id": vat, "buyer_name": buyer, "subtotal": d._money(subtotal),
              "tax": d._money(tax), "total": d._money(total), "currency": cur}  # fmt: skip
    return d.Sample(c.image, "invoice", "invoice", "en", fields, [], c.spans, c.pairs)


# --- round 2 (HELD_OUT_2): written after en_modern was scored and fixed, scored before any change ----------------
def _company_en(rng: random.Random, other: str = "") -> str:
    while (name := f"{rng.choice(d.EN_COMPANY_A)} {rng.choice(d.EN_COMPANY_B)} {rng.choice(d.EN_SUFFIX)}") == other:
        pass
    return name


def _company_zh(rng: random.Random, other: str = "") -> str:
    while True:
        name = d.zh_company(rng)
        if name != other:
            return name


def en_balance_due(rng: random.Random) -> d.Sample:
    """HELD OUT (round 2). `INVOICE` big top left, the seller's name and address stacked right; the invoice number
    and dates as a ruled strip of cells with the label above the value (`INVOICE #`, `ISSUED`, `DUE`); `FROM` and
    `BILLED TO` side by side; a ruled item table (`Item | Hours | Rate | Line Total`); the totals on the LEFT under
    it ending in `Balance Due (USD)`; the seller's tax registration number only in the page footer."""
    c = r.FontCanvas(1240, 1754, "en", *rng.choice(((r.SERIF, r.SERIF_BOLD), (r.SANS, r.SANS_BOLD))))
    seller = _company_en(rng)
    buyer = _company_en(rng, seller)
    cur, sym = rng.choice((("USD", "$"), ("CAD", "$"), ("AUD", "$")))
    tax_id = f"{rng.randrange(10, 99)}-{rng.randrange(1000000, 9999999)}"
    number = rng.choice(("", "#", "No. ")) + str(rng.randrange(1000, 99999))
    issued = d._rand_date(rng, 2019, 2025)
    due = issued + timedelta(days=rng.choice((10, 15, 30)))
    items = d._items(rng, d.EN_GOODS, rng.randrange(2, 6))
    subtotal = sum((it["amount"] for it in items), Decimal(0))
    rate = Decimal(rng.choice(("5", "7.5", "8", "13")))
    tax = (subtotal * rate / 100).quantize(Decimal("0.01"), ROUND_HALF_UP)
    total = subtotal + tax
    c.text((90, 70), "INVOICE", 60, "header", bold=True)
    c.text((1150, 70), seller, 26, "seller_name", bold=True, anchor="ra")
    c.text((1150, 110), f"{rng.randrange(10, 999)} {rng.choice(d.EN_STREETS)}", 18, anchor="ra")
    c.text((1150, 136), rng.choice(d.EN_CITIES), 18, anchor="ra")
    y = 210
    cells = (("INVOICE #", number.lstrip("#").removeprefix("No. "), "invoice_number"),
             ("ISSUED", d._en_date(issued, rng), "date"), ("DUE", d._en_date(due, rng), "due_date"),
             ("AMOUNT", f"{sym}{d._fmt_thousands(total)}", "other"))  # fmt: skip
    for i, (key, val, name) in enumerate(cells):
        x = 90 + i * 265
        c.rect((x, y, x + 265, y + 80), 1)
        kb = c.text((x + 14, y + 12), key, 15, "key", bold=True)
        vb = c.text((x + 14, y + 42), val if name != "invoice_number" else number, 20, name)
        c.pairs.append({"key": key, "value": val, "key_bbox": kb, "value_bbox": vb})
    y = 340
    c.text((90, y), "FROM", 16, "key", bold=True)
    c.text((90, y + 28), seller, 20, "other")
    c.text((90, y + 56), f"Phone {rng.randrange(201, 989)}-{rng.randrange(200, 999)}-{rng.randrange(1000, 9999)}", 18)
    c.text((640, y), "BILLED TO", 16, "key", bold=True)
    c.text((640, y + 28), buyer, 20, "buyer_name")
    c.text((640, y + 56), f"{rng.randrange(10, 999)} {rng.choice(d.EN_STREETS)}, {rng.choice(d.EN_CITIES)}", 18)
    y = 470
    cols = (("Item", 560, "la"), ("Hours", 150, "ra"), ("Rate", 170, "ra"), ("Line Total", 180, "ra"))
    rh = 48
    for row in range(len(items) + 1):
        x = 90
        it = items[row - 1] if row else None
        vals = (
            ("Item", "Hours", "Rate", "Line Total")
            if it is None
            else (it["good"], str(it["quantity"]), d._fmt_thousands(it["unit_price"]), d._fmt_thousands(it["amount"]))
        )
        for (_, cw, anchor), v in zip(cols, vals, strict=True):
            c.rect((x, y, x + cw, y + rh), 1)
            tx = x + 12 if anchor == "la" else x + cw - 12
            c.text((tx, y + rh / 2), v, 18, "header" if it is None else "item", bold=it is None,
                   anchor="lm" if anchor == "la" else "rm")  # fmt: skip
            x += cw
        y += rh
    y += 40
    for key, amount, name in (("Subtotal", subtotal, "subtotal"), (f"Sales Tax {rate}%", tax, "tax"),
                              ("Total", total, "total"), ("Amount Paid", Decimal(0), "other"),
                              (f"Balance Due ({cur})", total, "other")):  # fmt: skip
        bold = name == "other" and amount
        kb = c.text((90, y), key, 20, "key", bold=bool(bold))
        vb = c.text((520, y), f"{sym}{d._fmt_thousands(amount)}", 20, name, bold=bool(bold), anchor="ra")
        c.pairs.append({"key": key, "value": f"{sym}{d._fmt_thousands(amount)}", "key_bbox": kb, "value_bbox": vb})
        y += 38
    c.text((660, y - 150), "Payment terms:", 18, "key", bold=True)
    c.text((660, y - 122), f"Net {(due - issued).days}. Late payments accrue 1.5% per month.", 16)
    c.line(90, 1620, 1150, 1620, 1)
    c.text((620, 1640), f"{seller} · Tax Registration No. {tax_id} · Thank you for your business", 15,
           anchor="ma")  # fmt: skip
    fields = {"invoice_number": number.lstrip("#").removeprefix("No. "), "date": issued.isoformat(),
              "due_date": due.isoformat(), "seller_name": seller, "seller_tax_id": tax_id, "buyer_name": buyer,
              "subtotal": d._money(subtotal), "tax": d._money(tax), "total": d._money(total),
              "currency": cur}  # fmt: skip
    return d.Sample(c.image, "invoice", "invoice", "en", fields, [], c.spans, c.pairs)


def zh_sales_order(rng: random.Random) -> d.Sample:
    """HELD OUT (round 2). A Chinese commercial (non-VAT) sales slip: the seller's name as the title over a spaced-out
    `销 售 单`, one line `客户：… 单号：… 日期：…`, a ruled goods table (`序号 | 商品名称 | 规格 | 单位 | 数量 | 单价
    | 金额`), a `合计` row, `金额大写：…` beside `¥…`, the seller's address and phone at the foot; no tax."""
    c = d.Canvas(1240, 1754, "zh")
    city = rng.choice(d.ZH_CITIES)
    seller = d.zh_company(rng, city)
    buyer = _company_zh(rng, seller)
    issued = d._rand_date(rng, 2019, 2025)
    number = f"XS{issued:%Y%m%d}{rng.randrange(1, 999):03d}"
    items = d._items(rng, d.ZH_GOODS, rng.randrange(2, 6))
    total = sum((it["amount"] for it in items), Decimal(0))
    c.text((620, 60), seller, 36, "seller_name", anchor="ma")
    c.text((620, 120), rng.choice(("销 售 单", "销 货 单", "销售出库单")), 32, "header", anchor="ma")
    y = 200
    x = c.kv(90, y, "客户：", buyer, "buyer_name", 20)
    c.kv(max(x + 40, 640), y, "单号：", number, "invoice_number", 20)
    c.kv(930, y, "日期：", d._zh_date(issued, rng), "date", 20)
    y = 250
    cols = (("序号", 70), ("商品名称", 270), ("规格", 170), ("单位", 80), ("数量", 100), ("单价", 170), ("金额", 200))
    rh = 50
    for row in range(len(items) + 1):
        x0: float = 90
        vals: tuple[str, ...]
        if row:
            it = items[row - 1]
            name, spec, unit = it["good"]
            vals = (str(row), name, spec, unit, str(it["quantity"]), d._money(it["unit_price"]), d._money(it["amount"]))
        else:
            vals = tuple(t for t, _ in cols)
        for (_, cw), v in zip(cols, vals, strict=True):
            c.rect((x0, y, x0 + cw, y + rh), 1)
            if v:
                c.text((x0 + cw / 2, y + rh / 2), v, 19, "header" if not row else "item", anchor="mm")
            x0 += cw
        y += rh
    c.rect((90, y, 1150, y + rh), 1)
    c.text((90 + 35, y + rh / 2), "合计", 20, "key", anchor="mm")
    c.text((1140, y + rh / 2), d._money(total), 19, "other", anchor="rm")
    y += rh
    c.rect((90, y, 1150, y + rh), 1)
    c.text((104, y + rh / 2), f"金额大写：{decimal_to_cn_upper(total)}", 20, "other", anchor="lm")
    c.text((1140, y + rh / 2), f"¥{d._money(total)}", 20, "total", anchor="rm")
    y += rh + 40
    c.text((90, y), f"制单人：{d._zh_name(rng)}　　　经手人：{d._zh_name(rng)}　　　客户签收：", 20)
    c.text((90, y + 40), f"地址：{city}市建设路{rng.randrange(1, 300)}号　　电话：0{rng.randrange(10, 99)}-"
           f"{rng.randrange(10000000, 99999999)}", 18)  # fmt: skip
    c.text((90, y + 76), "第一联：存根（白）　第二联：客户（红）　第三联：财务（黄）", 16)
    fields = {"invoice_number": number, "date": issued.isoformat(), "seller_name": seller, "buyer_name": buyer,
              "total": d._money(total), "currency": "CNY"}  # fmt: skip
    return d.Sample(c.image, "invoice", "invoice", "zh", fields, [], c.spans, c.pairs)


# --- round 3 (HELD_OUT_3): written after round 2 was fixed, scored before any change ------------------------------
def en_tax_invoice_au(rng: random.Random) -> d.Sample:
    """HELD OUT (round 3). An Australian `TAX INVOICE`: the seller's name and `ABN 12 345 678 901` centred on top, a
    right box of `Invoice No.` / `Invoice Date` / `Terms` (no due date printed), `Customer` with the buyer, an unruled
    item table with `Code | Description | Qty | Price | GST | Total`, then `Total (ex GST)`, `GST`, `Total (inc GST)`
    and `AMOUNT DUE AUD`."""
    c = r.FontCanvas(1240, 1754, "en", *rng.choice(((r.SANS, r.SANS_BOLD), (d.LATIN_FONTS, d.LATIN_BOLD))))
    seller = _company_en(rng)
    buyer = _company_en(rng, seller)
    abn = "".join(str(rng.randrange(10)) for _ in range(11))
    number = f"{rng.choice(('TI', 'INV', 'S'))}{rng.randrange(10000, 999999)}"
    issued = d._rand_date(rng, 2019, 2025)
    items = d._items(rng, d.EN_GOODS, rng.randrange(2, 6))
    subtotal = sum((it["amount"] for it in items), Decimal(0))
    tax = (subtotal / 10).quantize(Decimal("0.01"), ROUND_HALF_UP)
    total = subtotal + tax
    c.text((620, 60), "TAX INVOICE", 40, "header", bold=True, anchor="ma")
    c.text((620, 120), seller, 28, "seller_name", bold=True, anchor="ma")
    c.text((620, 160), f"ABN {abn[:2]} {abn[2:5]} {abn[5:8]} {abn[8:]}", 20, "seller_tax_id", anchor="ma")
    c.text((620, 190), f"{rng.randrange(1, 300)} {rng.choice(d.EN_STREETS)}, Sydney NSW 2000", 18, anchor="ma")
    c.rect((760, 250, 1150, 380), 1)
    y = 262
    for key, val, name in (("Invoice No.", number, "invoice_number"), ("Invoice Date", f"{issued:%d/%m/%Y}", "date"),
                           ("Terms", "14 days", "other")):  # fmt: skip
        kb = c.text((775, y), key, 19, "key")
        vb = c.text((1135, y), val, 19, name, anchor="ra")
        c.pairs.append({"key": key, "value": val, "key_bbox": kb, "value_bbox": vb})
        y += 38
    c.text((90, 262), "Customer", 19, "key", bold=True)
    c.text((90, 292), buyer, 20, "buyer_name")
    c.text((90, 322), f"PO Box {rng.randrange(100, 9999)}, Melbourne VIC 3000", 18)
    y = 440
    cols = ((90, "Code", "la"), (210, "Description", "la"), (720, "Qty", "ra"), (860, "Price", "ra"),
            (990, "GST", "ra"), (1150, "Total", "ra"))  # fmt: skip
    for x, t, anchor in cols:
        c.text((x, y), t, 19, "header", bold=True, anchor=anchor)
    c.line(90, y + 34, 1150, y + 34, 2)
    y += 50
    for k, it in enumerate(items):
        gst = (it["amount"] / 10).quantize(Decimal("0.01"), ROUND_HALF_UP)
        vals = (f"P{100 + k}", it["good"], str(it["quantity"]), d._fmt_thousands(it["unit_price"]),
                d._fmt_thousands(gst), d._fmt_thousands(it["amount"] + gst))  # fmt: skip
        for (x, _, anchor), v in zip(cols, vals, strict=True):
            c.text((x, y), v, 18, "item", anchor=anchor)
        y += 38
    c.line(90, y + 4, 1150, y + 4, 1)
    y += 30
    for key, amount, name in (("Total (ex GST)", subtotal, "subtotal"), ("GST", tax, "tax"),
                              ("Total (inc GST)", total, "total"), ("AMOUNT DUE AUD", total, "other")):  # fmt: skip
        c.text((820, y), key, 19, "key", bold=name == "other")
        c.text((1150, y), f"${d._fmt_thousands(amount)}", 19, name, bold=name == "other", anchor="ra")
        y += 36
    c.text((90, y + 60), "Direct deposit: BSB 062-000  Account 1234 5678. Please quote the invoice number.", 16)
    fields = {"invoice_number": number, "date": issued.isoformat(), "seller_name": seller, "seller_tax_id": abn,
              "buyer_name": buyer, "subtotal": d._money(subtotal), "tax": d._money(tax), "total": d._money(total),
              "currency": "AUD"}  # fmt: skip
    return d.Sample(c.image, "invoice", "invoice", "en", fields, [], c.spans, c.pairs)


def zh_quote(rng: random.Random) -> d.Sample:
    """HELD OUT (round 3). A Chinese quotation (报价单): the title first, a ruled header grid of key | value cells
    (`客户名称`, `报价单位` = the seller, `报价编号`, `报价日期`, 联系人, 电话), the goods table, `总计（含税）` and the
    amount in words, `报价单位（盖章）` at the foot."""
    c = d.Canvas(1240, 1754, "zh")
    seller = d.zh_company(rng)
    buyer = _company_zh(rng, seller)
    issued = d._rand_date(rng, 2019, 2025)
    number = f"BJ-{issued.year}-{rng.randrange(1, 9999):04d}"
    items = d._items(rng, d.ZH_GOODS, rng.randrange(2, 5))
    total = sum((it["amount"] for it in items), Decimal(0))
    c.text((620, 60), rng.choice(("报 价 单", "报价单", "产品报价单")), 40, "header", anchor="ma")
    grid = ((("客户名称", buyer, "buyer_name"), ("报价单位", seller, "seller_name")),
            (("联 系 人", d._zh_name(rng), "other"), ("联系电话", d._cn_mobile(rng), "other")),
            (("报价编号", number, "invoice_number"), ("报价日期", d._zh_date(issued, rng), "date")))  # fmt: skip
    y = 150
    for row in grid:
        x = 90
        for key, val, name in row:
            c.rect((x, y, x + 140, y + 52), 1)
            c.rect((x + 140, y, x + 530, y + 52), 1)
            kb = c.text((x + 70, y + 26), key, 19, "key", anchor="mm")
            vb = c.text((x + 152, y + 26), val, 19, name, anchor="lm")
            c.pairs.append({"key": key, "value": val, "key_bbox": kb, "value_bbox": vb})
            x += 530
        y += 52
    y += 40
    cols = (("品名", 260), ("型号", 200), ("数量", 110), ("单位", 90), ("单价（元）", 180), ("小计（元）", 220))
    rows = [tuple(t for t, _ in cols)] + [
        (it["good"][0], it["good"][1] or "-", str(it["quantity"]), it["good"][2], d._money(it["unit_price"]),
         d._money(it["amount"])) for it in items
    ]  # fmt: skip
    for vals in rows:
        x0: float = 90
        for (_, cw), v in zip(cols, vals, strict=True):
            c.rect((x0, y, x0 + cw, y + 48), 1)
            c.text((x0 + cw / 2, y + 24), v, 19, "item", anchor="mm")
            x0 += cw
        y += 48
    y += 30
    c.text((90, y), f"总计（含税）：¥{d._fmt_thousands(total)}", 22, "total")
    c.text((90, y + 44), f"人民币大写：{decimal_to_cn_upper(total)}", 20, "other")
    c.text((90, y + 100), "说明：1. 以上报价含13%增值税及运费；2. 报价有效期30天；3. 交货期：收到订单后7个工作日。", 18)
    c.text((700, y + 180), "报价单位（盖章）：", 20, "other")
    fields = {"invoice_number": number, "date": issued.isoformat(), "seller_name": seller, "buyer_name": buyer,
              "total": d._money(total), "currency": "CNY"}  # fmt: skip
    return d.Sample(c.image, "invoice", "invoice", "zh", fields, [], c.spans, c.pairs)


# --- round 4 (HELD_OUT_4): written after round 3 was fixed, scored before any change ------------------------------
def en_bill_ship(rng: random.Random) -> d.Sample:
    """HELD OUT (round 4). A US small-business invoice: the seller's name and address top left, `INVOICE` top right,
    `BILL TO` and `SHIP TO` blocks side by side, then a one-row ruled grid `INVOICE # | DATE | P.O. # | TERMS | DUE
    DATE` (keys over values), an item table `QTY | DESCRIPTION | UNIT PRICE | AMOUNT`, and `SUBTOTAL`, `SALES TAX
    8.25%`, `SHIPPING`, `TOTAL`, `BALANCE DUE` right."""
    c = r.FontCanvas(1240, 1754, "en", *rng.choice(((r.SANS, r.SANS_BOLD), (r.SERIF, r.SERIF_BOLD))))
    seller = _company_en(rng)
    buyer = _company_en(rng, seller)
    number = f"{rng.randrange(1000, 99999)}"
    issued = d._rand_date(rng, 2019, 2025)
    due = issued + timedelta(days=30)
    items = d._items(rng, d.EN_GOODS, rng.randrange(2, 6))
    subtotal = sum((it["amount"] for it in items), Decimal(0))
    tax = (subtotal * Decimal("0.0825")).quantize(Decimal("0.01"), ROUND_HALF_UP)
    ship = Decimal(rng.choice((0, 15, 25)))
    total = subtotal + tax + ship
    c.text((90, 70), seller, 30, "seller_name", bold=True)
    c.text((90, 115), f"{rng.randrange(10, 999)} {rng.choice(d.EN_STREETS)}", 18)
    c.text((90, 142), f"{rng.choice(r.EN_CITIES_MORE)} {rng.randrange(10000, 99999)}", 18)
    c.text((90, 169), f"Phone ({rng.randrange(201, 989)}) {rng.randrange(200, 999)}-{rng.randrange(1000, 9999)}", 18)
    c.text((1150, 60), "INVOICE", 46, "header", bold=True, anchor="ra")
    for x, title, name in ((90, "BILL TO", buyer), (640, "SHIP TO", buyer)):
        c.rect((x, 240, x + 510, 276), 1)
        c.text((x + 10, 258), title, 18, "key", bold=True, anchor="lm")
        c.text((x + 10, 292), name, 19, "buyer_name" if x == 90 else "other")
        c.text((x + 10, 322), f"{rng.randrange(10, 999)} {rng.choice(d.EN_STREETS)}", 18)
        c.text((x + 10, 350), rng.choice(r.EN_CITIES_MORE), 18)
    y = 420
    grid = (("INVOICE #", number, "invoice_number"), ("DATE", f"{issued:%m/%d/%Y}", "date"),
            ("P.O. #", f"PO-{rng.randrange(100, 9999)}", "other"), ("TERMS", "Net 30", "other"),
            ("DUE DATE", f"{due:%m/%d/%Y}", "due_date"))  # fmt: skip
    x = 90
    for key, val, name in grid:
        c.rect((x, y, x + 212, y + 36), 1)
        c.rect((x, y + 36, x + 212, y + 76), 1)
        kb = c.text((x + 106, y + 18), key, 17, "key", bold=True, anchor="mm")
        vb = c.text((x + 106, y + 56), val, 18, name, anchor="mm")
        c.pairs.append({"key": key, "value": val, "key_bbox": kb, "value_bbox": vb})
        x += 212
    y += 120
    cols = ((90, "QTY", "la"), (200, "DESCRIPTION", "la"), (930, "UNIT PRICE", "ra"), (1150, "AMOUNT", "ra"))
    for xx, t, anchor in cols:
        c.text((xx, y), t, 18, "header", bold=True, anchor=anchor)
    c.line(90, y + 32, 1150, y + 32, 2)
    y += 46
    for it in items:
        vals = (str(it["quantity"]), it["good"], d._fmt_thousands(it["unit_price"]), d._fmt_thousands(it["amount"]))
        for (xx, _, anchor), v in zip(cols, vals, strict=True):
            c.text((xx, y), v, 18, "item", anchor=anchor)
        y += 36
    c.line(90, y + 4, 1150, y + 4, 1)
    y += 26
    for key, amount, name in (("SUBTOTAL", subtotal, "subtotal"), ("SALES TAX 8.25%", tax, "tax"),
                              ("SHIPPING", ship, "other"), ("TOTAL", total, "total"),
                              ("BALANCE DUE", total, "other")):  # fmt: skip
        c.text((780, y), key, 18, "key", bold=name == "total")
        c.text((1150, y), f"${d._fmt_thousands(amount)}", 18, name, bold=name == "total", anchor="ra")
        y += 34
    c.text((90, y + 50), f"Make all checks payable to {seller}. Thank you for your business!", 17)
    fields = {"invoice_number": number, "date": issued.isoformat(), "due_date": due.isoformat(),
              "seller_name": seller, "buyer_name": buyer, "subtotal": d._money(subtotal), "tax": d._money(tax),
              "total": d._money(total), "currency": "USD"}  # fmt: skip
    return d.Sample(c.image, "invoice", "invoice", "en", fields, [], c.spans, c.pairs)


# --- round 5 (HELD_OUT_5): written after round 4 was fixed, scored before any change ------------------------------
HK_GOODS = (("辦公室用紙", "箱"), ("打印機碳粉", "個"), ("手提電腦", "部"), ("顯示屏", "部"), ("顧問服務費", "項"),
            ("網絡設備", "套"), ("辦公椅", "張"))  # fmt: skip


def zh_hk_invoice(rng: random.Random) -> d.Sample:
    """HELD OUT (round 5). A Hong Kong invoice in traditional Chinese with English beside each label: the seller's
    name and `地址 Address` centred on top, `發票 INVOICE`, `客戶 Customer` with the buyer left and `發票編號 Invoice
    No.` / `日期 Date` (dd/mm/yyyy or 2024年3月5日) right, a goods table `貨品 Description | 數量 Qty | 單價 Unit
    Price | 金額 Amount` in HK$, `總計 TOTAL HK$`, `備註`, `此致` and `簽收 Received by` at the foot."""
    c = d.Canvas(1240, 1754, "zh")
    place = ("香港", "九龍", "新界", "荃灣", "觀塘", "沙田")
    seller = f"{rng.choice(place)}{rng.choice(d.ZH_COMPANY_A)}{rng.choice(d.ZH_COMPANY_B)}有限公司"
    while (buyer := f"{rng.choice(place)}{rng.choice(d.ZH_COMPANY_A)}{rng.choice(d.ZH_COMPANY_B)}有限公司") == seller:
        pass
    issued = d._rand_date(rng, 2019, 2025)
    number = f"{rng.choice(('HK', 'INV', ''))}{issued.year % 100:02d}{rng.randrange(1, 9999):04d}"
    items = [
        {"good": g, "quantity": it["quantity"], "unit_price": it["unit_price"], "amount": it["amount"]}
        for g, it in zip(rng.sample(HK_GOODS, 3), d._items(rng, d.ZH_GOODS, 3), strict=True)
    ]
    total = sum((it["amount"] for it in items), Decimal(0))
    c.text((620, 60), seller, 34, "seller_name", anchor="ma")
    c.text((620, 112), f"地址 Address：{rng.choice(place)}{rng.choice(('彌敦道', '皇后大道中', '青山公路'))}"
           f"{rng.randrange(1, 300)}號{rng.randrange(2, 30)}樓", 18, anchor="ma")  # fmt: skip
    c.text((620, 142), f"電話 Tel：{rng.randrange(2000, 3999)} {rng.randrange(1000, 9999)}", 18, anchor="ma")
    c.text((620, 200), "發票 INVOICE", 36, "header", anchor="ma")
    kb = c.text((90, 290), "客戶 Customer：", 20, "key")
    vb = c.text((kb[2] + 6, 290), buyer, 20, "buyer_name")
    c.pairs.append({"key": "客戶 Customer", "value": buyer, "key_bbox": kb, "value_bbox": vb})
    shown = rng.choice((f"{issued:%d/%m/%Y}", f"{issued.year}年{issued.month}月{issued.day}日"))
    y = 290
    for key, val, name in (("發票編號 Invoice No.：", number, "invoice_number"), ("日期 Date：", shown, "date")):
        kb = c.text((760, y), key, 20, "key")
        vb = c.text((kb[2] + 6, y), val, 20, name)
        c.pairs.append({"key": key.rstrip("："), "value": val, "key_bbox": kb, "value_bbox": vb})
        y += 40
    y = 420
    cols = ((90, "貨品 Description", "la"), (700, "數量 Qty", "ra"), (900, "單價 Unit Price", "ra"),
            (1150, "金額 Amount", "ra"))  # fmt: skip
    c.line(90, y - 12, 1150, y - 12, 2)
    for x, t, anchor in cols:
        c.text((x, y), t, 19, "header", anchor=anchor)
    c.line(90, y + 36, 1150, y + 36, 1)
    y += 52
    for it in items:
        vals = (it["good"][0], f"{it['quantity']}{it['good'][1]}", d._fmt_thousands(it["unit_price"]),
                d._fmt_thousands(it["amount"]))  # fmt: skip
        for (x, _, anchor), v in zip(cols, vals, strict=True):
            c.text((x, y), v, 19, "item", anchor=anchor)
        y += 40
    c.line(90, y, 1150, y, 2)
    y += 24
    c.text((760, y), "總計 TOTAL", 22, "key")
    c.text((1150, y), f"HK${d._fmt_thousands(total)}", 22, "total", anchor="ra")
    c.text((90, y + 80), "備註：貨物一經售出，概不退換。請於三十天內付款。", 18)
    c.text((90, y + 150), "此致", 18)
    c.text((760, y + 150), "簽收 Received by：________", 18)
    fields = {"invoice_number": number, "date": issued.isoformat(), "seller_name": seller, "buyer_name": buyer,
              "total": d._money(total), "currency": "HKD"}  # fmt: skip
    return d.Sample(c.image, "invoice", "invoice", "zh", fields, [], c.spans, c.pairs)


FAMILIES = {
    f.__name__: f
    for f in (en_modern, en_balance_due, zh_sales_order, en_tax_invoice_au, zh_quote, en_bill_ship, zh_hk_invoice)
}
HELD_OUT = ("en_modern",)
HELD_OUT_2 = ("en_balance_due", "zh_sales_order")  # round 2, written after en_modern was fixed
HELD_OUT_3 = ("en_tax_invoice_au", "zh_quote")  # round 3, written after round 2 was fixed
HELD_OUT_4 = ("en_bill_ship",)  # round 4, written after round 3 was fixed
HELD_OUT_5 = ("zh_hk_invoice",)  # round 5, written after round 4 was fixed


def generate(
    out: Path, n: int, variants: tuple[str, ...], seed: int = 0, families: tuple[str, ...] = tuple(FAMILIES)
) -> list[dict[str, Any]]:
    return d.write_samples(out, {f: FAMILIES[f] for f in families}, n, variants, seed, family=True)


def main() -> None:
    ap = argparse.ArgumentParser(description="Generate held-out invoice layouts with ground truth.")
    ap.add_argument("out", type=Path)
    ap.add_argument("--n", type=int, default=4)
    ap.add_argument("--variants", default="clean")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--families", default=",".join(FAMILIES))
    a = ap.parse_args()
    rows = generate(a.out, a.n, tuple(a.variants.split(",")), a.seed, tuple(a.families.split(",")))
    print(f"{len(rows)} images -> {a.out}")


if __name__ == "__main__":
    main()
