"""Round 28 of the browser-typeset held-out resumes and invoices (rounds 9 to 27 in synth/browser_docs*.py): six
families written after round 27 was fixed and scored before any change. Same conventions: a family is a style sheet
and a body template filled from one record of values, every printed text an element marked `data-gt="<label>"`.
`make` and `generate` here are browser_docs's over these families.

    python -m docsense.synth.browser_docs28 OUT --n 2 --variants clean,rot90,rot180,gray,rgba --seed 1100
"""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

from docsense.kie.normalize import decimal_to_cn_upper

from . import documents as d
from . import resumes as r
from .browser import Browser
from .browser_docs import Family, _company, _money_en, _truth, t
from .browser_docs import generate as _generate
from .browser_docs import make as _make
from .browser_docs15 import _jobs
from .browser_docs24 import _street, _us_person

# --- English resumes ----------------------------------------------------------------------------------------------
# A resume whose EDUCATION is a SENTENCE LIST: each entry one line of parts joined by middle dots,
# `2015–2019 · B.S. Computer Science · Ohio State University · Columbus, OH` (the school's town, not the
# candidate's); the name left in small capitals with a title under it, the contact right-aligned on three lines
# with no keys; experience as the same dotted lines.
EN_SENT_CSS = """
body {{ padding: 46px 56px; font-size: 13px; }}
.hd {{ display: flex; justify-content: space-between; align-items: flex-end; padding-bottom: 10px;
  border-bottom: 1px solid #333; }}
.hd .n {{ font-size: 28px; font-variant: small-caps; letter-spacing: 1px; display: block; }}
.hd .ti {{ color: {accent}; display: block; }} .hd .c {{ text-align: right; }} .hd .c span {{ display: block; }}
h2 {{ font-size: 13px; letter-spacing: 2px; color: {accent}; margin: 20px 0 6px; }}
p {{ margin: 4px 0; }}
"""
EN_SENT_BODY = """
<div class="hd"><div>{name}{title}</div><div class="c">{contact}</div></div>
<h2 data-gt="header">PROFILE</h2><p data-gt="other">{about}</p>
<h2 data-gt="header">EDUCATION</h2>{edu}
<h2 data-gt="header">EXPERIENCE</h2>{jobs}
<h2 data-gt="header">SKILLS</h2><p data-gt="other">{skills}</p>
"""
SHORT_DEGREES = ("B.S.", "B.A.", "M.S.", "M.A.", "BSc", "MSc", "Ph.D.")
TITLES = ("Software Developer", "Financial Analyst", "Operations Manager", "UX Researcher", "Civil Engineer")


def en_sentence_edu_resume(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    p = _us_person(rng)
    p["degree"] = rng.choice(SHORT_DEGREES)
    town = rng.choice([c for c in r.EN_CITIES_MORE if c != p["city"]])
    end = rng.randrange(2006, 2021)
    dot = t("other", " · ")
    edu = (
        f"<p>{t('other', f'{end - 4}–{end}')}{dot}{t('degree', p['degree'])} {t('major', p['major'])}{dot}"
        f"{t('school', p['school'])}{dot}{t('other', town)}</p>"
    )
    jobs = ""
    for comp, pos, a in _jobs(rng, 2):
        jobs += f"<p>{t('other', f'{a}–{a + 2}')}{dot}{t('other', pos)}{dot}{t('other', comp)}</p>"
    contact = t("phone", p["phone_txt"]) + t("email", p["email"]) + t("city", p["city"])
    slots = {
        "name": t("name", p["name"], cls="n"),
        "title": t("other", rng.choice(TITLES), cls="ti"),
        "contact": contact,
        "about": "Builds things that stay up; prefers measured changes and written decisions.",
        "edu": edu,
        "jobs": jobs,
        "skills": ", ".join(rng.sample(r.SKILLS, 5)),
    }
    return slots, r._fields(p)


# A resume with DOTTED LEADERS: the name centred, a `Personal Details` block whose keys are joined to their values by
# a row of dots (`Telephone ........ (555) 010-2233`, `E-mail`, `Location`); Education as the school with a dotted
# leader to its years (`University of Michigan ........ 2012 – 2016`) over `<degree>, <major>`.
EN_LEADER_CSS = """
body {{ padding: 48px 70px; font-size: 13px; }}
.n {{ text-align: center; font-size: 26px; font-weight: bold; margin-bottom: 18px; }}
h2 {{ font-size: 14px; border-bottom: 1px solid {accent}; color: {accent}; margin: 18px 0 8px; }}
.l {{ display: flex; align-items: baseline; margin: 4px 0; }} .l .f {{ flex: 1; border-bottom: 2px dotted #888;
  margin: 0 6px; }}
p {{ margin: 2px 0 6px; }}
"""
EN_LEADER_BODY = """
<div class="n">{name}</div>
<h2 data-gt="header">Personal Details</h2>{details}
<h2 data-gt="header">Education</h2>{edu}
<h2 data-gt="header">Employment</h2>{jobs}
<h2 data-gt="header">Interests</h2><p data-gt="other">Cycling, chess, volunteering at the local food bank.</p>
"""


def _leader(left: str, right: str) -> str:
    return f'<div class="l">{left}<span class="f"></span>{right}</div>'


def en_leader_resume(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    p = _us_person(rng)
    details = "".join(
        _leader(t("key", k), t(lab, v))
        for k, v, lab in (("Telephone", p["phone_txt"], "phone"), ("E-mail", p["email"], "email"),
                          ("Location", p["city"], "city"))
    )  # fmt: skip
    end = rng.randrange(2006, 2021)
    edu = _leader(t("school", p["school"]), t("other", f"{end - 4} – {end}"))
    edu += f"<p>{t('degree', p['degree'])}{t('other', ', ')}{t('major', p['major'])}</p>"
    jobs = ""
    for comp, pos, a in _jobs(rng, 2):
        jobs += _leader(t("other", f"{pos}, {comp}"), t("other", f"{a} – {a + 2}"))
        jobs += f"<p>{t('other', rng.choice(r.BULLETS))}</p>"
    slots = {"name": t("name", p["name"]), "details": details, "edu": edu, "jobs": jobs}
    return slots, r._fields(p)


# --- English invoices ---------------------------------------------------------------------------------------------
# A PURCHASE INVOICE with three columns under the title: `Vendor` (the seller, with its street), `Bill To` (the
# buyer) and `Ship To` (a receiving person and a warehouse street); a ruled meta row `Invoice #` / `Invoice Date` /
# `P.O. Number` / `Terms` / `Due Date`; the lines with `Qty`, `Unit Price`; `Subtotal`, `Freight`, `Sales Tax`,
# `Total Due`.
EN_THREE_CSS = """
body {{ padding: 40px 48px; font-size: 13px; }}
h1 {{ font-size: 26px; margin: 0 0 16px; color: {accent}; letter-spacing: 2px; }}
.cols {{ display: flex; gap: 30px; }} .cols > div {{ flex: 1; }} .cols span {{ display: block; }}
.cols .k {{ font-weight: bold; color: {accent}; border-bottom: 1px solid {accent}; margin-bottom: 4px; }}
table {{ width: 100%; border-collapse: collapse; }}
table.m {{ margin: 18px 0 10px; }} table.m td {{ border: 1px solid #999; padding: 4px 6px; }}
table.m tr.h td {{ background: {shade}; font-weight: bold; }}
table.i td {{ padding: 4px 6px; border-bottom: 1px solid #ddd; }} table.i tr.h td {{ font-weight: bold; }}
td.n {{ text-align: right; }}
table.s {{ width: 260px; margin: 10px 0 0 auto; }} table.s td {{ padding: 3px 6px; }}
tr.b td {{ font-weight: bold; border-top: 2px solid #333; }}
"""
EN_THREE_BODY = """
<h1 data-gt="header">PURCHASE INVOICE</h1>
<div class="cols"><div>{vendor}</div><div>{bill}</div><div>{ship}</div></div>
<table class="m">{meta}</table>
<table class="i">{rows}</table>
<table class="s">{sums}</table>
"""


def en_three_column_invoice(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    seller = _company(rng)
    buyer = _company(rng, seller)
    issued = d._rand_date(rng, 2022, 2025)
    days = rng.choice((15, 30, 45))
    due = issued + timedelta(days=days)
    number = f"PI-{rng.randrange(10000, 99999)}"
    city = lambda: rng.choice([c for c in r.EN_CITIES_MORE if len(c.rsplit(", ", 1)[-1]) == 2])  # noqa: E731
    vendor = t("key", "Vendor", cls="k") + t("seller_name", seller) + t("other", _street(rng)) + t("other", city())
    bill = t("key", "Bill To", cls="k") + t("buyer_name", buyer) + t("other", _street(rng)) + t("other", city())
    person = f"{rng.choice(d.EN_FIRST)} {rng.choice(d.EN_LAST)}"
    ship = t("key", "Ship To", cls="k") + t("other", f"Attn: {person}") + t("other", "Receiving Dock 3")
    ship += t("other", _street(rng))
    fmt = "%m/%d/%Y"
    heads = ("Invoice #", "Invoice Date", "P.O. Number", "Terms", "Due Date")
    vals = (
        (number, "invoice_number"),
        (issued.strftime(fmt), "date"),
        (f"{rng.randrange(4000, 9000)}", "other"),
        (f"Net {days}", "other"),
        (due.strftime(fmt), "due_date"),
    )
    meta = '<tr class="h">' + "".join(f"<td>{t('key', h)}</td>" for h in heads) + "</tr>"
    meta += "<tr>" + "".join(f"<td>{t(lab, v)}</td>" for v, lab in vals) + "</tr>"
    cols = ("Item", "Description", "Qty", "Unit Price", "Amount")
    rows = '<tr class="h">' + "".join(
        f"<td{' class=n' if i > 1 else ''}>{t('header', h)}</td>" for i, h in enumerate(cols)
    ) + "</tr>"  # fmt: skip
    sub = Decimal(0)
    for good in rng.sample(d.EN_GOODS, rng.randrange(2, 5)):
        q = rng.randrange(1, 20)
        price = Decimal(rng.randrange(300, 30000)) / 100
        sub += q * price
        cells = (f"SKU-{rng.randrange(100, 999)}", good, str(q), _money_en(price, "$"), _money_en(q * price, "$"))
        rows += "<tr>" + "".join(f"<td{' class=n' if i > 1 else ''}>{t('item', c)}</td>" for i, c in enumerate(cells))
        rows += "</tr>"
    freight = Decimal(rng.randrange(1000, 9000)) / 100
    tax = ((sub + freight) * Decimal("0.07")).quantize(Decimal("0.01"), ROUND_HALF_UP)
    total = sub + freight + tax
    sums = "".join(
        f"<tr{cls}><td>{t('key', k)}</td><td class=n>{t(lab, v)}</td></tr>"
        for k, v, lab, cls in (
            ("Subtotal", _money_en(sub, "$"), "subtotal", ""),
            ("Freight", _money_en(freight, "$"), "other", ""),
            ("Sales Tax (7%)", _money_en(tax, "$"), "tax", ""),
            ("Total Due", _money_en(total, "$"), "total", ' class="b"'),
        )
    )
    slots = {"vendor": vendor, "bill": bill, "ship": ship, "meta": meta, "rows": rows, "sums": sums}
    return slots, _truth(number, seller, buyer, "USD", issued, total, due=due, subtotal=sub, tax=tax)


# A LAW FIRM's invoice: the firm's name centred with `Attorneys at Law` and its address under it; the client's name
# and address left, right a small key column `Invoice Date` / `Invoice No.` / `Matter No.`; `RE:` the matter; `For
# Professional Services Rendered` over a table `Date`, `Atty`, `Description`, `Hours`, `Amount`; then `Total Fees`,
# `Disbursements`, `Total This Invoice`, `Previous Balance`, `Payments Received` (the previous balance paid) and
# `Balance Due` (equal to this invoice's total).
EN_LAW_CSS = """
body {{ padding: 44px 56px; font-size: 13px; font-family: serif; }}
.lh {{ text-align: center; margin-bottom: 24px; }} .lh span {{ display: block; }}
.lh .f {{ font-size: 24px; letter-spacing: 1px; }} .lh .s {{ font-style: italic; color: #555; }}
.top {{ display: flex; justify-content: space-between; }} .cl span {{ display: block; }}
.mt td {{ padding: 2px 6px; }} .mt td.k {{ text-align: right; color: #555; }}
.re {{ margin: 18px 0 8px; font-weight: bold; }}
h3 {{ font-size: 14px; margin: 10px 0 6px; text-align: center; }}
table.i {{ width: 100%; border-collapse: collapse; }} table.i td {{ padding: 4px 6px; border-bottom: 1px solid #ccc;
  }} table.i tr.h td {{ border-bottom: 2px solid #333; font-weight: bold; }}
td.n {{ text-align: right; }}
table.s {{ width: 300px; margin: 12px 0 0 auto; }} table.s td {{ padding: 3px 6px; }}
tr.b td {{ font-weight: bold; border-top: 1px solid #333; }}
"""
EN_LAW_BODY = """
<div class="lh">{firm}{tag}{addr}</div>
<div class="top"><div class="cl">{client}</div><table class="mt">{meta}</table></div>
<p class="re">{matter}</p>
<h3 data-gt="header">For Professional Services Rendered</h3>
<table class="i">{rows}</table>
<table class="s">{sums}</table>
<p data-gt="other">Please remit within 30 days. Thank you for the opportunity to serve you.</p>
"""
WORK = (
    "Review of lease agreement",
    "Telephone conference with client",
    "Draft demand letter",
    "Research on zoning ordinance",
    "Prepare closing documents",
    "Correspondence with opposing counsel",
)


def en_law_firm_invoice(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    a, b = rng.sample(d.EN_LAST, 2)
    seller = f"{a} & {b} LLP"
    buyer = _company(rng)
    issued = d._rand_date(rng, 2022, 2025)
    number = f"{rng.randrange(10000, 99999)}"
    fmt = "%B %d, %Y"
    client = t("buyer_name", buyer) + t("other", _street(rng))
    client += t("other", rng.choice([c for c in r.EN_CITIES_MORE if len(c.rsplit(", ", 1)[-1]) == 2]))
    meta = "".join(
        f"<tr><td class=k>{t('key', k)}</td><td>{t(lab, v)}</td></tr>"
        for k, v, lab in (("Invoice Date", issued.strftime(fmt), "date"), ("Invoice No.", number, "invoice_number"),
                          ("Matter No.", f"{rng.randrange(1000, 9999)}-{rng.randrange(100, 999)}", "other"))
    )  # fmt: skip
    heads = ("Date", "Atty", "Description", "Hours", "Amount")
    rows = '<tr class="h">' + "".join(
        f"<td{' class=n' if i > 2 else ''}>{t('header', h)}</td>" for i, h in enumerate(heads)
    ) + "</tr>"  # fmt: skip
    fees = Decimal(0)
    rate = Decimal(rng.choice((250, 325, 400)))
    for i, what in enumerate(rng.sample(WORK, rng.randrange(2, 5))):
        hours = Decimal(rng.randrange(2, 40)) / 10
        fees += hours * rate
        day = (issued - timedelta(days=25 - 4 * i)).strftime("%m/%d/%y")
        cells = (day, a[0] + b[0], what, str(hours), _money_en(hours * rate, "$"))
        rows += "<tr>" + "".join(f"<td{' class=n' if j > 2 else ''}>{t('item', c)}</td>" for j, c in enumerate(cells))
        rows += "</tr>"
    disb = Decimal(rng.randrange(1000, 20000)) / 100
    total = fees + disb
    prev = Decimal(rng.randrange(10000, 500000)) / 100
    sums = "".join(
        f"<tr{cls}><td>{t('key', k)}</td><td class=n>{t(lab, v)}</td></tr>"
        for k, v, lab, cls in (
            ("Total Fees", _money_en(fees, "$"), "other", ""),
            ("Disbursements", _money_en(disb, "$"), "other", ""),
            ("Total This Invoice", _money_en(total, "$"), "other", ' class="b"'),
            ("Previous Balance", _money_en(prev, "$"), "other", ""),
            ("Payments Received", "(" + _money_en(prev, "$") + ")", "other", ""),
            ("Balance Due", _money_en(total, "$"), "total", ' class="b"'),
        )
    )
    slots = {
        "firm": t("seller_name", seller, cls="f"),
        "tag": t("other", "Attorneys at Law", cls="s"),
        "addr": t("other", f"{_street(rng)}, Suite {rng.randrange(100, 999)}"),
        "client": client,
        "meta": meta,
        "matter": t("other", f"RE: {rng.choice(('Lease dispute', 'Property acquisition', 'Contract review'))}"),
        "rows": rows,
        "sums": sums,
    }
    return slots, _truth(number, seller, buyer, "USD", issued, total)


# --- Chinese invoice ----------------------------------------------------------------------------------------------
# A monthly SETTLEMENT STATEMENT (对账结算单) between two companies: the title, 结算单号 and 开单日期 right under it,
# two side-by-side ruled boxes 甲方（付款方） and 乙方（收款方） each with 单位名称 / 联系人 / 电话, 结算周期, the item
# table (序号 / 服务项目 / 数量 / 单价 / 金额), 本期应付金额（大写） and （小写）, then 乙方开户行 / 账号 and the
# signature lines.
ZH_SETTLE_CSS = """
body {{ padding: 40px 50px; font-size: 13.5px; }}
h1 {{ text-align: center; font-size: 22px; letter-spacing: 4px; margin: 0 0 6px; }}
.no {{ display: flex; justify-content: space-between; margin-bottom: 10px; }}
.pp {{ display: flex; gap: 16px; }} .pp > div {{ flex: 1; border: 1px solid #777; padding: 6px 10px; }}
.pp h3 {{ margin: 0 0 4px; font-size: 14px; background: {shade}; padding: 2px 4px; }} .pp div div {{ margin: 3px 0; }}
.per {{ margin: 10px 0; }}
table {{ width: 100%; border-collapse: collapse; }} td {{ border: 1px solid #888; padding: 5px 6px; }}
tr.h td {{ background: {shade}; text-align: center; font-weight: bold; }} td.n {{ text-align: right; }}
.tt {{ margin: 10px 0; }} .tt div {{ margin: 3px 0; }}
.sg {{ display: flex; justify-content: space-between; margin-top: 40px; }}
"""
ZH_SETTLE_BODY = """
<h1 data-gt="header">对账结算单</h1>
<div class="no"><span>{no}</span><span>{date}</span></div>
<div class="pp"><div><h3 data-gt="header">甲方（付款方）</h3>{buyer}</div>
<div><h3 data-gt="header">乙方（收款方）</h3>{seller}</div></div>
<div class="per">{period}</div>
<table>{rows}</table>
<div class="tt">{totals}</div>
<div>{bank}</div>
<div class="sg"><span data-gt="other">甲方确认（盖章）：</span><span data-gt="other">乙方确认（盖章）：</span></div>
"""
SERVICES = ("仓储服务费", "运输服务费", "装卸费", "信息技术服务费", "设备租赁费", "保洁服务费", "咨询服务费")


def zh_settlement_statement(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    seller, buyer = d.zh_company(rng), d.zh_company(rng)
    while buyer == seller:
        buyer = d.zh_company(rng)
    issued = d._rand_date(rng, 2021, 2025)
    number = f"JS{issued.year}{issued.month:02d}{rng.randrange(1000, 9999)}"

    def party(name: str, lab: str) -> str:
        return (
            f"<div>{t('key', '单位名称：')}{t(lab, name)}</div>"
            f"<div>{t('key', '联系人：')}{t('other', d._zh_name(rng))}</div>"
            f"<div>{t('key', '电话：')}{t('other', d._cn_mobile(rng))}</div>"
        )

    rows = '<tr class="h">' + "".join(
        f"<td>{t('header', h)}</td>" for h in ("序号", "服务项目", "数量", "单价", "金额")
    ) + "</tr>"  # fmt: skip
    total = Decimal(0)
    for i, what in enumerate(rng.sample(SERVICES, rng.randrange(2, 5))):
        q = rng.randrange(1, 30)
        price = Decimal(rng.randrange(5000, 200000)) / 100
        amount = q * price
        total += amount
        cells = (str(i + 1), what, str(q), d._money(price), d._money(amount))
        rows += "<tr>" + "".join(
            f"<td{' class=n' if j > 1 else ''}>{t('item', c)}</td>" for j, c in enumerate(cells)
        ) + "</tr>"  # fmt: skip
    first = issued.replace(day=1) - timedelta(days=1)
    period = f"{first.year}年{first.month:02d}月01日 至 {first.year}年{first.month:02d}月{first.day:02d}日"
    totals = (
        f"<div>{t('key', '本期应付金额（大写）：')}{t('other', decimal_to_cn_upper(total))}</div>"
        f"<div>{t('key', '本期应付金额（小写）：')}{t('total', '¥' + d._money(total))}</div>"
    )
    account = f"62220{rng.randrange(10**13, 10**14)}"
    bank = t("other", f"乙方开户行：中国工商银行{rng.choice(d.ZH_CITIES)}分行　账号：{account}")
    slots = {
        "no": t("key", "结算单号：") + t("invoice_number", number),
        "date": t("key", "开单日期：") + t("date", f"{issued.year}年{issued.month}月{issued.day}日"),
        "buyer": party(buyer, "buyer_name"),
        "seller": party(seller, "seller_name"),
        "period": t("key", "结算周期：") + t("other", period),
        "rows": rows,
        "totals": totals,
        "bank": bank,
    }
    return slots, _truth(number, seller, buyer, "CNY", issued, total)


# --- Chinese resume -----------------------------------------------------------------------------------------------
# A 简历 typeset as a VERTICAL TIMELINE: a dark banner with the name and `求职意向：…` right of it; one contact line
# under the banner with the parts joined by `·` and no keys (`138… · zhang123@qq.com · 杭州`); then a single rule
# down the left with a dot per entry, education first: the years, the school bold, `<major>（<degree>）` under it;
# work entries the same way; 自我评价 at the foot.
ZH_VTL_CSS = """
body {{ padding: 36px 46px; font-size: 13.5px; }}
.bn {{ background: {accent}; color: #fff; padding: 14px 20px; display: flex; align-items: baseline; gap: 30px; }}
.bn .n {{ font-size: 26px; font-weight: bold; }}
.ct {{ margin: 10px 0 16px; color: #333; }}
h2 {{ font-size: 15px; color: {accent}; margin: 14px 0 6px; }}
.tl {{ border-left: 2px solid {accent}; margin-left: 8px; padding-left: 18px; }}
.it {{ position: relative; margin: 0 0 12px; }} .it::before {{ content: ""; position: absolute; left: -25px; top: 4px;
  width: 10px; height: 10px; border-radius: 50%; background: {accent}; }}
.it > span {{ display: block; }} .it .y {{ color: #777; font-size: 12px; }} .it .s {{ font-weight: bold; }}
"""
ZH_VTL_BODY = """
<div class="bn">{name}{intent}</div>
<div class="ct">{contact}</div>
<div class="tl">
<h2 data-gt="header">教育经历</h2>{edu}
<h2 data-gt="header">工作经历</h2>{work}
<h2 data-gt="header">自我评价</h2><div class="it"><span data-gt="other">{about}</span></div>
</div>
"""


def zh_vtimeline_resume(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    p = r._person_zh(rng)
    end = rng.randrange(2010, 2022)
    beg = end - (3 if p["degree"] in ("大专", "硕士") else 4)
    dot = t("other", " · ")
    contact = t("phone", p["phone"]) + dot + t("email", p["email"]) + dot + t("city", p["city"])
    edu = (
        f'<div class="it">{t("other", f"{beg}.09 — {end}.06", cls="y")}{t("school", p["school"], cls="s")}'
        f"<span>{t('major', p['major'])}{t('other', '（')}{t('degree', p['degree'])}{t('other', '）')}</span></div>"
    )
    work = ""
    for i in range(2):
        a = end + 2 * i
        work += (
            f'<div class="it">{t("other", f"{a}.07 — " + ("至今" if i else f"{a + 2}.05"), cls="y")}'
            f"{t('other', d.zh_company(rng), cls='s')}{t('other', rng.choice(d.ZH_POSITIONS))}</div>"
        )
    slots = {
        "name": t("name", p["name"], cls="n"),
        "intent": t("other", f"求职意向：{rng.choice(d.ZH_POSITIONS)}"),
        "contact": contact,
        "edu": edu,
        "work": work,
        "about": "性格开朗，责任心强，具备良好的团队合作精神。",
    }
    return slots, r._fields(p)


FAMILIES = {
    "en_sentence_edu_resume": (Family("en", "resume", "resume", EN_SENT_CSS, EN_SENT_BODY), en_sentence_edu_resume),
    "en_leader_resume": (Family("en", "resume", "resume", EN_LEADER_CSS, EN_LEADER_BODY), en_leader_resume),
    "en_three_column_invoice": (
        Family("en", "invoice", "invoice", EN_THREE_CSS, EN_THREE_BODY),
        en_three_column_invoice,
    ),
    "en_law_firm_invoice": (Family("en", "invoice", "invoice", EN_LAW_CSS, EN_LAW_BODY), en_law_firm_invoice),
    "zh_settlement_statement": (
        Family("zh", "invoice", "invoice_cn", ZH_SETTLE_CSS, ZH_SETTLE_BODY),
        zh_settlement_statement,
    ),
    "zh_vtimeline_resume": (Family("zh", "resume", "resume", ZH_VTL_CSS, ZH_VTL_BODY), zh_vtimeline_resume),
}
# written after round 27 was fixed, scored before any change
ROUND28 = tuple(FAMILIES)


def make(family: str, rng: random.Random, browser: Browser) -> d.Sample:
    """One page of a round-28 `family` typeset by `browser` (browser_docs.make over this module's families)."""
    return _make(family, rng, browser, FAMILIES)


def generate(out: Path, n: int, families: tuple[str, ...], variants: tuple[str, ...], seed: int = 0) -> list[Any]:
    return _generate(out, n, families, variants, seed, registry=FAMILIES)


def main() -> None:
    d.family_main("Generate round-28 browser-typeset resumes and invoices with ground truth.", FAMILIES, generate)


if __name__ == "__main__":
    main()
