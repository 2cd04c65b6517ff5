"""Round 29 of the browser-typeset held-out resumes and invoices (rounds 9 to 28 in synth/browser_docs*.py): six
families written after round 28 was fixed and scored before any change. Same conventions: a family is a style sheet
and a body template filled from one record of values, every printed text an element marked `data-gt="<label>"`.
`make` and `generate` here are browser_docs's over these families.

    python -m docsense.synth.browser_docs29 OUT --n 2 --variants clean,rot90,rot180,gray,rgba --seed 1200
"""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from docsense.kie.normalize import decimal_to_cn_upper

from . import documents as d
from . import resumes as r
from .browser import Browser
from .browser_docs import Family, _money_en, _truth, t
from .browser_docs import generate as _generate
from .browser_docs import make as _make
from .browser_docs15 import _jobs
from .browser_docs24 import _street, _us_person

# --- English resumes ----------------------------------------------------------------------------------------------
# A resume whose EDUCATION puts the YEAR FIRST in a narrow left column; right of it the school in bold capitals
# (CSS upper-casing) with `<degree> in <major>` in italics under it; experience entries the same way; the name and a
# one-line contact (`phone | email | City, ST`) centred at the top.
EN_YEAR_CSS = """
body {{ padding: 46px 60px; font-size: 13px; }}
.n {{ text-align: center; font-size: 27px; letter-spacing: 1px; }}
.c {{ text-align: center; color: #444; margin: 4px 0 16px; }}
h2 {{ font-size: 13px; text-transform: uppercase; letter-spacing: 2px; color: {accent}; border-bottom: 1px solid #bbb;
  margin: 18px 0 8px; }}
.e {{ display: flex; margin: 6px 0 10px; }} .e .y {{ width: 90px; flex: none; color: #555; }}
.e .s {{ font-weight: bold; text-transform: uppercase; display: block; }}
.e .d {{ font-style: italic; display: block; }}
"""
EN_YEAR_BODY = """
<div class="n">{name}</div>
<div class="c">{contact}</div>
<h2 data-gt="header">Education</h2>{edu}
<h2 data-gt="header">Experience</h2>{jobs}
<h2 data-gt="header">Skills</h2><p data-gt="other">{skills}</p>
"""


def en_year_first_resume(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    p = _us_person(rng)
    end = rng.randrange(2006, 2021)
    bar = t("other", " | ")
    contact = t("phone", p["phone_txt"]) + bar + t("email", p["email"]) + bar + t("city", p["city"])
    edu = (
        f'<div class="e">{t("other", str(end), cls="y")}<div>{t("school", p["school"], cls="s")}'
        f'<span class="d">{t("degree", p["degree"])}{t("other", " in ")}{t("major", p["major"])}</span></div></div>'
    )
    jobs = ""
    for comp, pos, a in _jobs(rng, 2):
        jobs += (
            f'<div class="e">{t("other", f"{a}–{a + 2}", cls="y")}<div>{t("other", comp, cls="s")}'
            f'<span class="d">{t("other", pos)}</span><span>{t("other", rng.choice(r.BULLETS))}</span></div></div>'
        )
    slots = {
        "name": t("name", p["name"]),
        "contact": contact,
        "edu": edu,
        "jobs": jobs,
        "skills": ", ".join(rng.sample(r.SKILLS, 5)),
    }
    return slots, r._fields(p)


# A resume with a LEFT COLOURED BAND holding only a section symbol per section (no words), the section titles in the
# main column beside their symbols; the name at the top of the main column, and the CONTACT at the very BOTTOM RIGHT
# of the page (phone, e-mail, town on three right-aligned lines, no keys).
EN_ICON_CSS = """
body {{ padding: 0; font-size: 13px; }}
.pg {{ display: flex; min-height: 1080px; }}
.band {{ width: 70px; background: {accent}; }}
.mn {{ flex: 1; padding: 44px 50px 30px 36px; display: flex; flex-direction: column; }}
.n {{ font-size: 28px; font-weight: bold; margin-bottom: 6px; }} .ti {{ color: #666; margin-bottom: 10px; }}
.sec {{ position: relative; }} .ic {{ position: absolute; left: -88px; width: 34px; height: 34px; border-radius: 50%;
  background: #fff; color: {accent}; text-align: center; line-height: 34px; font-size: 17px; }}
h2 {{ font-size: 15px; margin: 18px 0 6px; color: {accent}; }}
p {{ margin: 3px 0; }}
.ft {{ margin-top: auto; text-align: right; color: #333; }} .ft span {{ display: block; }}
"""
EN_ICON_BODY = """
<div class="pg"><div class="band"></div><div class="mn">
<div class="n">{name}</div><div class="ti">{title}</div>
<div class="sec"><span class="ic">&#9733;</span><h2 data-gt="header">Summary</h2><p data-gt="other">{about}</p></div>
<div class="sec"><span class="ic">&#9650;</span><h2 data-gt="header">Work History</h2>{jobs}</div>
<div class="sec"><span class="ic">&#9632;</span><h2 data-gt="header">Education</h2>{edu}</div>
<div class="ft">{contact}</div>
</div></div>
"""


def en_icon_band_resume(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    p = _us_person(rng)
    end = rng.randrange(2006, 2021)
    edu = f"<p><b>{t('school', p['school'])}</b>{t('other', f', {end}')}</p>"
    edu += f"<p>{t('degree', p['degree'])}{t('other', ', ')}{t('major', p['major'])}</p>"
    jobs = ""
    for comp, pos, a in _jobs(rng, 2):
        jobs += f"<p><b>{t('other', pos)}</b>{t('other', f' — {comp}, {a}–{a + 2}')}</p>"
        jobs += f"<p>{t('other', rng.choice(r.BULLETS))}</p>"
    slots = {
        "name": t("name", p["name"]),
        "title": t("other", rng.choice(("Project Coordinator", "Data Analyst", "Account Manager", "Lab Technician"))),
        "about": "Calm under deadlines, organised, and happiest when a process gets simpler.",
        "jobs": jobs,
        "edu": edu,
        "contact": t("phone", p["phone_txt"]) + t("email", p["email"]) + t("city", p["city"]),
    }
    return slots, r._fields(p)


# --- English invoice ----------------------------------------------------------------------------------------------
# A DENTAL practice's invoice: the practice's name and street top left, `INVOICE` right with `Invoice No.` and
# `Date of Service` under it; two boxes side by side, `Patient` (name, date of birth, a patient ID) and `Guarantor`
# (the person billed: name, street, town); the procedure table (`Code`, `Tooth`, `Procedure`, `Fee`); `Total
# Charges`, `Insurance Paid`, `Patient Payments`; and `Amount Due` alone in a bordered box bottom right.
EN_DENTAL_CSS = """
body {{ padding: 42px 50px; font-size: 13px; }}
.top {{ display: flex; justify-content: space-between; }} .pr span {{ display: block; }}
.pr .f {{ font-size: 20px; font-weight: bold; color: {accent}; }}
.iv {{ text-align: right; }} .iv h1 {{ margin: 0 0 6px; font-size: 26px; letter-spacing: 3px; }}
.iv div {{ margin: 2px 0; }}
.bx {{ display: flex; gap: 20px; margin: 20px 0 14px; }}
.bx > div {{ flex: 1; border: 1px solid #999; padding: 6px 10px; }} .bx span {{ display: block; }}
.bx .k {{ font-weight: bold; background: {shade}; margin: -6px -10px 4px; padding: 3px 10px; }}
table {{ width: 100%; border-collapse: collapse; }} table.i td {{ padding: 4px 6px; border-bottom: 1px solid #ddd; }}
table.i tr.h td {{ font-weight: bold; border-bottom: 2px solid #333; }} td.n {{ text-align: right; }}
table.s {{ width: 280px; margin: 12px 0 0 auto; }} table.s td {{ padding: 3px 6px; }}
.due {{ width: 256px; margin: 10px 0 0 auto; border: 2px solid #222; padding: 8px 12px; display: flex;
  justify-content: space-between; font-size: 16px; font-weight: bold; }}
"""
EN_DENTAL_BODY = """
<div class="top"><div class="pr">{practice}{addr}{town}</div><div class="iv"><h1 data-gt="header">INVOICE</h1>{meta}
</div></div>
<div class="bx"><div>{patient}</div><div>{guarantor}</div></div>
<table class="i">{rows}</table>
<table class="s">{sums}</table>
<div class="due">{due}</div>
<p data-gt="other">Thank you for choosing our practice. Payment is due on receipt.</p>
"""
PROCEDURES = (
    ("D0120", "Periodic oral evaluation"),
    ("D1110", "Prophylaxis - adult"),
    ("D0274", "Bitewings - four films"),
    ("D2392", "Resin composite, two surfaces"),
    ("D2740", "Crown - porcelain/ceramic"),
    ("D7140", "Extraction, erupted tooth"),
)


def en_dental_invoice(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    seller = f"{rng.choice(d.EN_LAST)} Family Dental{rng.choice(('', ' PC', ', LLC'))}"
    buyer = f"{rng.choice(d.EN_FIRST)} {rng.choice(d.EN_LAST)}"
    child = f"{rng.choice(d.EN_FIRST)} {buyer.split()[1]}"
    issued = d._rand_date(rng, 2022, 2025)
    number = f"{rng.randrange(100000, 999999)}"
    fmt = "%m/%d/%Y"
    city = lambda: rng.choice([c for c in r.EN_CITIES_MORE if len(c.rsplit(", ", 1)[-1]) == 2])  # noqa: E731
    meta = (
        f"<div>{t('key', 'Invoice No. ')}{t('invoice_number', number)}</div>"
        f"<div>{t('key', 'Date of Service ')}{t('date', issued.strftime(fmt))}</div>"
    )
    born = issued - timedelta(days=rng.randrange(3000, 6000))
    patient = t("key", "Patient", cls="k") + t("other", child) + t("other", f"DOB {born.strftime(fmt)}")
    patient += t("other", f"Patient ID {rng.randrange(1000, 9999)}")
    guarantor = t("key", "Guarantor", cls="k") + t("buyer_name", buyer) + t("other", _street(rng)) + t("other", city())
    rows = '<tr class="h">' + "".join(
        f"<td{' class=n' if i == 3 else ''}>{t('header', h)}</td>" for i, h in enumerate(("Code", "Tooth", "Procedure",
                                                                                            "Fee"))
    ) + "</tr>"  # fmt: skip
    charges = Decimal(0)
    for code, what in rng.sample(PROCEDURES, rng.randrange(2, 5)):
        fee = Decimal(rng.randrange(6000, 120000)) / 100
        charges += fee
        cells = (code, str(rng.randrange(1, 32)), what, _money_en(fee, "$"))
        rows += "<tr>" + "".join(f"<td{' class=n' if j == 3 else ''}>{t('item', c)}</td>" for j, c in enumerate(cells))
        rows += "</tr>"
    paid = (charges * Decimal(rng.choice((40, 50, 60))) / 100).quantize(Decimal("0.01"))
    pays = Decimal(rng.randrange(0, 2000)) / 100
    total = charges - paid - pays
    sums = "".join(
        f"<tr><td>{t('key', k)}</td><td class=n>{t('other', v)}</td></tr>"
        for k, v in (
            ("Total Charges", _money_en(charges, "$")),
            ("Insurance Paid", "-" + _money_en(paid, "$")),
            ("Patient Payments", "-" + _money_en(pays, "$")),
        )
    )
    slots = {
        "practice": t("seller_name", seller, cls="f"),
        "addr": t("other", _street(rng)),
        "town": t("other", city()),
        "meta": meta,
        "patient": patient,
        "guarantor": guarantor,
        "rows": rows,
        "sums": sums,
        "due": t("key", "Amount Due") + t("total", _money_en(total, "$")),
    }
    return slots, _truth(number, seller, buyer, "USD", issued, total)


# --- Chinese invoices ---------------------------------------------------------------------------------------------
# A school's FEE RECEIPT (收费票据, the paper kind a 学校 / 行政事业单位 issues): the title in red, 票据代码 left and
# No. <号码> right in red under it; a ruled grid whose first row is 交款单位（人） <the payer> | 收费日期 <date>; then
# 收费项目 / 单位 / 数量 / 收费标准 / 金额 rows; 合计人民币（大写） with the figures after `¥` in the same row; the
# foot row 收款单位（盖章）<the school> and 收款人 / 开票人 names.
ZH_FEE_CSS = """
body {{ padding: 44px 50px; font-size: 13.5px; }}
h1 {{ text-align: center; color: {red}; font-size: 23px; letter-spacing: 6px; margin: 0 0 8px; }}
.no {{ display: flex; justify-content: space-between; color: {red}; margin-bottom: 6px; }}
table {{ width: 100%; border-collapse: collapse; }} td {{ border: 1px solid {red}; padding: 6px 8px; }}
td.k {{ color: {red}; white-space: nowrap; }} td.n {{ text-align: right; }} tr.h td {{ text-align: center; color: {red};
  }}
.ft {{ display: flex; justify-content: space-between; margin-top: 12px; }}
"""
ZH_FEE_BODY = """
<h1 data-gt="header">{title}</h1>
<div class="no"><span>{code}</span><span>{no}</span></div>
<table>{head}{rows}{sum}</table>
<div class="ft">{foot}</div>
"""
FEES = ("学费", "住宿费", "教材费", "培训费", "考试费", "体检费", "实验材料费")


def zh_fee_receipt(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    seller = rng.choice(d.ZH_SCHOOLS)
    buyer = d._zh_name(rng) if rng.random() < 0.5 else d.zh_company(rng)
    issued = d._rand_date(rng, 2021, 2025)
    number = f"{rng.randrange(10**7, 10**8)}"
    head = (
        f"<tr><td class=k>{t('key', '交款单位（人）')}</td><td colspan=2>{t('buyer_name', buyer)}</td>"
        f"<td class=k>{t('key', '收费日期')}</td>"
        f"<td>{t('date', f'{issued.year}年{issued.month:02d}月{issued.day:02d}日')}</td></tr>"
    )
    head += '<tr class="h">' + "".join(f"<td>{t('header', h)}</td>" for h in ("收费项目", "单位", "数量", "收费标准",
                                                                               "金额")) + "</tr>"  # fmt: skip
    total = Decimal(0)
    rows = ""
    for what in rng.sample(FEES, rng.randrange(2, 4)):
        q = rng.randrange(1, 3)
        price = Decimal(rng.randrange(10000, 600000)) / 100
        total += q * price
        cells = (what, rng.choice(("学年", "次", "项")), str(q), d._money(price), d._money(q * price))
        rows += "<tr>" + "".join(f"<td{' class=n' if j > 1 else ''}>{t('item', c)}</td>" for j, c in enumerate(cells))
        rows += "</tr>"
    sum_row = (
        f"<tr><td class=k>{t('key', '合计人民币（大写）')}</td><td colspan=2>{t('other', decimal_to_cn_upper(total))}"
        f"</td><td colspan=2>{t('key', '¥')}{t('total', d._money(total))}</td></tr>"
    )
    foot = (
        f"<span>{t('key', '收款单位（盖章）：')}{t('seller_name', seller)}</span>"
        f"<span>{t('key', '收款人：')}{t('other', d._zh_name(rng))}</span>"
        f"<span>{t('key', '开票人：')}{t('other', d._zh_name(rng))}</span>"
    )
    slots = {
        "title": f"{rng.choice(('浙江省', '江苏省', '四川省', '湖北省'))}教育收费专用票据",
        "code": t("key", "票据代码：") + t("other", f"{rng.randrange(10**7, 10**8)}"),
        "no": t("key", "No. ") + t("invoice_number", number),
        "head": head,
        "rows": rows,
        "sum": sum_row,
        "foot": foot,
    }
    return slots, _truth(number, seller, buyer, "CNY", issued, total)


# A PAYMENT NOTICE (付款通知书) under a purchase contract: the title, 通知书编号 and 日期 on one line; 合同名称 /
# 合同编号; then two STACKED ruled blocks, 付款方 first and 收款方 under it, each a grid of
# 名称 / 地址 / 开户银行 / 账号 with keys in the left cells (no colons); the payment table 款项 / 合同金额 /
# 本次付款比例 / 本次付款金额; 本次付款金额（大写） and the figures; 付款期限 and the seal lines.
ZH_NOTICE_CSS = """
body {{ padding: 40px 50px; font-size: 13.5px; }}
h1 {{ text-align: center; font-size: 24px; letter-spacing: 8px; margin: 0 0 10px; }}
.no {{ display: flex; justify-content: space-between; margin-bottom: 8px; }} .ct {{ margin: 4px 0; }}
table {{ width: 100%; border-collapse: collapse; margin-top: 10px; }} td {{ border: 1px solid #666; padding: 5px 8px; }}
td.r {{ width: 70px; text-align: center; font-weight: bold; background: {shade}; }} td.k {{ width: 80px; color: #444; }}
tr.h td {{ text-align: center; background: {shade}; }} td.n {{ text-align: right; }}
.tt div {{ margin: 6px 0; }}
.sg {{ display: flex; justify-content: space-between; margin-top: 36px; }}
"""
ZH_NOTICE_BODY = """
<h1 data-gt="header">付款通知书</h1>
<div class="no"><span>{no}</span><span>{date}</span></div>
<div class="ct">{contract}</div>
<table>{payer}</table>
<table>{payee}</table>
<table>{rows}</table>
<div class="tt">{totals}</div>
<div class="sg"><span data-gt="other">付款方（盖章）</span><span data-gt="other">收款方（盖章）</span></div>
"""


def zh_payment_notice(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    seller, buyer = d.zh_company(rng), d.zh_company(rng)
    while buyer == seller:
        buyer = d.zh_company(rng)
    issued = d._rand_date(rng, 2021, 2025)
    number = f"FK-{issued.year}-{rng.randrange(100, 999)}"

    def block(role: str, name: str, lab: str) -> str:
        city = rng.choice(d.ZH_CITIES)
        keys = (
            ("名称", name, lab),
            ("地址", f"{city}市{rng.choice(('高新区', '经开区', '滨江区'))}{rng.randrange(1, 300)}号", "other"),
            ("开户银行", f"中国建设银行{city}分行", "other"),
            ("账号", f"{rng.randrange(10**15, 10**16)}", "other"),
        )
        out = ""
        for i, (k, v, vl) in enumerate(keys):
            first = f'<td class=r rowspan="4">{t("header", role)}</td>' if i == 0 else ""
            out += f"<tr>{first}<td class=k>{t('key', k)}</td><td>{t(vl, v)}</td></tr>"
        return out  # fmt: skip

    contract = rng.randrange(10000, 99999)
    base = Decimal(rng.randrange(5000000, 90000000)) / 100
    share = rng.choice((30, 40, 60))
    total = (base * share / 100).quantize(Decimal("0.01"))
    rows = '<tr class="h">' + "".join(
        f"<td>{t('header', h)}</td>" for h in ("款项", "合同金额", "本次付款比例", "本次付款金额")
    ) + "</tr>"  # fmt: skip
    cells = (rng.choice(("预付款", "进度款", "到货款")), d._money(base), f"{share}%", d._money(total))
    rows += "<tr>" + "".join(f"<td{' class=n' if j else ''}>{t('item', c)}</td>" for j, c in enumerate(cells)) + "</tr>"
    due = issued + timedelta(days=rng.choice((7, 10, 15)))
    totals = (
        f"<div>{t('key', '本次付款金额（大写）：')}{t('other', decimal_to_cn_upper(total))}</div>"
        f"<div>{t('key', '本次付款金额（小写）：')}{t('total', '¥' + d._money(total))}</div>"
        f"<div>{t('key', '付款期限：')}{t('other', f'{due.year}年{due.month}月{due.day}日前')}</div>"
    )
    slots = {
        "no": t("key", "通知书编号：") + t("invoice_number", number),
        "date": t("key", "日期：") + t("date", f"{issued.year}年{issued.month}月{issued.day}日"),
        "contract": t("key", "合同名称：")
        + t("other", f"{rng.choice(('设备', '原材料', '办公用品'))}采购合同")
        + t("other", f"　合同编号：CG{issued.year}{contract}"),
        "payer": block("付款方", buyer, "buyer_name"),
        "payee": block("收款方", seller, "seller_name"),
        "rows": rows,
        "totals": totals,
    }
    return slots, _truth(number, seller, buyer, "CNY", issued, total)


# --- Chinese resume -----------------------------------------------------------------------------------------------
# A 简历 whose 基本信息 is a GRID of label / value cells WITHOUT colons (姓名 | 张三 | 性别 | 男 / 出生年月 | … |
# 学历 | 本科 / 电话 | … | 邮箱 | … / 现居 | 杭州 | 毕业院校 | …) with the photo box spanning the rows on the
# right; then 教育背景 as a line `2014.09-2018.06  <school>  <major>`, 工作经历 and 自我评价 as paragraphs.
ZH_GRID_CSS = """
body {{ padding: 40px 48px; font-size: 13.5px; }}
h1 {{ text-align: center; font-size: 26px; letter-spacing: 12px; margin: 0 0 14px; }}
h2 {{ font-size: 15px; color: #fff; background: {accent}; padding: 3px 10px; margin: 16px 0 8px; }}
table {{ width: 100%; border-collapse: collapse; }} td {{ border: 1px solid #888; padding: 7px 8px; }}
td.k {{ background: {shade}; width: 70px; text-align: center; }} td.ph {{ width: 100px; text-align: center;
  color: #999; }}
.e {{ display: flex; gap: 26px; margin: 4px 0; }} p {{ margin: 4px 0; }}
"""
ZH_GRID_BODY = """
<h1 data-gt="header">个人简历</h1>
<h2 data-gt="header">基本信息</h2>
<table>{grid}</table>
<h2 data-gt="header">教育背景</h2>{edu}
<h2 data-gt="header">工作经历</h2>{work}
<h2 data-gt="header">自我评价</h2><p data-gt="other">{about}</p>
"""


def zh_grid_info_resume(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    p = r._person_zh(rng)
    born = f"{rng.randrange(1985, 2001)}.{rng.randrange(1, 13):02d}"
    cells = (
        (("姓名", p["name"], "name"), ("性别", rng.choice(("男", "女")), "other")),
        (("出生年月", born, "other"), ("学历", p["degree"], "degree")),
        (("电话", p["phone"], "phone"), ("邮箱", p["email"], "email")),
        (("现居", p["city"], "city"), ("政治面貌", rng.choice(("群众", "共青团员", "中共党员")), "other")),
    )
    grid = ""
    for i, row in enumerate(cells):
        grid += "<tr>" + "".join(f"<td class=k>{t('key', k)}</td><td>{t(lab, v)}</td>" for k, v, lab in row)
        grid += (f'<td class=ph rowspan="4">{t("other", "照片")}</td>' if i == 0 else "") + "</tr>"
    end = rng.randrange(2010, 2022)
    beg = end - (3 if p["degree"] in ("大专", "硕士") else 4)
    edu = f'<div class="e">{t("other", f"{beg}.09-{end}.06")}{t("school", p["school"])}{t("major", p["major"])}</div>'
    work = ""
    for i in range(2):
        a = end + 2 * i
        work += (
            f'<div class="e">{t("other", f"{a}.07-" + ("至今" if i else f"{a + 2}.05"))}'
            f"{t('other', d.zh_company(rng))}{t('other', rng.choice(d.ZH_POSITIONS))}</div>"
        )
    slots = {"grid": grid, "edu": edu, "work": work, "about": "工作认真负责，学习能力强，善于沟通。"}
    return slots, r._fields(p)


FAMILIES = {
    "en_year_first_resume": (Family("en", "resume", "resume", EN_YEAR_CSS, EN_YEAR_BODY), en_year_first_resume),
    "en_icon_band_resume": (Family("en", "resume", "resume", EN_ICON_CSS, EN_ICON_BODY), en_icon_band_resume),
    "en_dental_invoice": (Family("en", "invoice", "invoice", EN_DENTAL_CSS, EN_DENTAL_BODY), en_dental_invoice),
    "zh_fee_receipt": (Family("zh", "invoice", "invoice_cn", ZH_FEE_CSS, ZH_FEE_BODY), zh_fee_receipt),
    "zh_payment_notice": (Family("zh", "invoice", "invoice_cn", ZH_NOTICE_CSS, ZH_NOTICE_BODY), zh_payment_notice),
    "zh_grid_info_resume": (Family("zh", "resume", "resume", ZH_GRID_CSS, ZH_GRID_BODY), zh_grid_info_resume),
}
# written after round 28 was fixed, scored before any change
ROUND29 = tuple(FAMILIES)


def make(family: str, rng: random.Random, browser: Browser) -> d.Sample:
    """One page of a round-29 `family` typeset by `browser` (browser_docs.make over this module's families)."""
    return _make(family, rng, browser, FAMILIES)


def generate(out: Path, n: int, families: tuple[str, ...], variants: tuple[str, ...], seed: int = 0) -> list[Any]:
    return _generate(out, n, families, variants, seed, registry=FAMILIES)


def main() -> None:
    d.family_main("Generate round-29 browser-typeset resumes and invoices with ground truth.", FAMILIES, generate)


if __name__ == "__main__":
    main()
