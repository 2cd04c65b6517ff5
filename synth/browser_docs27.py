"""Round 27 of the browser-typeset held-out resumes and invoices (rounds 9 to 26 in synth/browser_docs*.py): eight
families written after round 26 was fixed and scored before any change. Same conventions: a family is a style sheet
and a body template filled from one record of values, every printed text an element marked `data-gt="<label>"`.
`make` and `generate` here are browser_docs's over these families.

    python -m docsense.synth.browser_docs27 OUT --n 2 --variants clean,rot90,rot180,gray,rgba --seed 1000
"""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

from . import documents as d
from . import resumes as r
from .browser import Browser
from .browser_docs import Family, _company, _money_en, _truth, t
from .browser_docs import generate as _generate
from .browser_docs import make as _make
from .browser_docs15 import _jobs
from .browser_docs24 import _street, _us_person

# --- English resumes ----------------------------------------------------------------------------------------------
# A QUADRANT resume: the name and a title centred in a band, then a 2 x 2 grid of boxed panels: `Contact` (short keys
# `Tel`, `Mail`, `Home` left of the values), `About`, `Experience`, and `Education` whose entry is ONE comma chain
# `<degree>, <major>, <school>, <year>` (`Ph.D., Chemistry, Stanford University, 2019`).
EN_QUAD_CSS = """
body {{ padding: 40px 44px; font-size: 13px; }}
.bd {{ text-align: center; background: {shade}; padding: 14px; margin-bottom: 16px; }}
.bd .n {{ font-size: 26px; font-weight: bold; display: block; }} .bd .ti {{ color: #555; display: block; }}
.g {{ display: grid; grid-template-columns: 1fr 1fr; gap: 14px; }}
.g > div {{ border: 1px solid {accent}; padding: 10px 12px; min-height: 150px; }}
.g h2 {{ font-size: 13px; color: {accent}; margin: 0 0 8px; text-transform: uppercase; letter-spacing: 1px; }}
.kv {{ display: flex; margin: 4px 0; }} .kv .k {{ width: 50px; flex: none; font-weight: bold; color: #444; }}
.g p {{ margin: 3px 0 8px; }}
"""
EN_QUAD_BODY = """
<div class="bd">{name}{title}</div>
<div class="g"><div><h2 data-gt="header">Contact</h2>{contact}</div>
<div><h2 data-gt="header">About</h2><p data-gt="other">{about}</p></div>
<div><h2 data-gt="header">Experience</h2>{jobs}</div>
<div><h2 data-gt="header">Education</h2>{edu}</div></div>
"""
TITLES = ("Research Scientist", "Data Engineer", "Lab Manager", "Process Chemist", "Analytics Lead")


def en_quad_resume(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    p = _us_person(rng)
    contact = "".join(
        f'<div class="kv">{t("key", k, cls="k")}{t(lab, v)}</div>'
        for k, v, lab in (("Tel", p["phone_txt"], "phone"), ("Mail", p["email"], "email"), ("Home", p["city"], "city"))
    )
    jobs = ""
    for comp, pos, a in _jobs(rng, 2):
        jobs += f"<p>{t('other', f'{pos}, {comp} ({a}–{a + 2})')}</p>"
    end = rng.randrange(2006, 2021)
    edu = (
        f"<p>{t('degree', p['degree'])}{t('other', ', ')}{t('major', p['major'])}{t('other', ', ')}"
        f"{t('school', p['school'])}{t('other', f', {end}')}</p>"
    )
    slots = {
        "name": t("name", p["name"], cls="n"),
        "title": t("other", rng.choice(TITLES), cls="ti"),
        "contact": contact,
        "about": "Scientist who likes instruments, clean data and short meetings; mentors junior staff.",
        "jobs": jobs,
        "edu": edu,
    }
    return slots, r._fields(p)


# A resume whose header holds ONLY the name and a title (name left, title right on one ruled line); Summary,
# Experience, Education (school bold with the year right-aligned on its line, then `<degree> <major>` with no
# separator word: `B.A. Economics`), Skills; the contact in a FOOTER line far down the page, three texts apart with
# wide gaps and no separators or keys (`jane@mail.com      (555) 010-2233      Denver, CO`).
EN_FOOT_CSS = """
body {{ padding: 48px 60px; font-size: 13px; }}
.hd {{ display: flex; justify-content: space-between; align-items: baseline; border-bottom: 2px solid {accent};
  padding-bottom: 6px; }}
.hd .n {{ font-size: 27px; font-weight: bold; }} .hd .ti {{ font-size: 15px; color: #555; }}
h2 {{ font-size: 14px; color: {accent}; margin: 18px 0 6px; }}
.e {{ display: flex; justify-content: space-between; margin: 3px 0; }} .e b {{ font-weight: bold; }}
p {{ margin: 2px 0 6px; }}
.ft {{ margin-top: 180px; border-top: 1px solid #999; padding-top: 8px; display: flex; justify-content: center;
  gap: 60px; color: #333; }}
"""
EN_FOOT_BODY = """
<div class="hd">{name}{title}</div>
<h2 data-gt="header">Summary</h2><p data-gt="other">{about}</p>
<h2 data-gt="header">Experience</h2>{jobs}
<h2 data-gt="header">Education</h2>{edu}
<h2 data-gt="header">Skills</h2><p data-gt="other">{skills}</p>
<div class="ft">{contact}</div>
"""


def en_footcontact_resume(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    p = _us_person(rng)
    jobs = ""
    for comp, pos, a in _jobs(rng, 2):
        jobs += (
            f'<div class="e"><b>{t("other", f"{pos} — {comp}")}</b>{t("other", f"{a} to {a + 2}")}</div>'
            f"<p>{t('other', rng.choice(r.BULLETS))}</p>"
        )
    end = rng.randrange(2006, 2021)
    edu = (
        f'<div class="e"><b>{t("school", p["school"])}</b>{t("other", str(end))}</div>'
        f"<p>{t('degree', p['degree'])} {t('major', p['major'])}</p>"
    )
    slots = {
        "name": t("name", p["name"], cls="n"),
        "title": t("other", rng.choice(TITLES), cls="ti"),
        "about": "Analyst with a habit of automating the report nobody wanted to write by hand.",
        "jobs": jobs,
        "edu": edu,
        "skills": ", ".join(rng.sample(r.SKILLS, 5)),
        "contact": t("email", p["email"]) + t("phone", p["phone_txt"]) + t("city", p["city"]),
    }
    return slots, r._fields(p)


# A resume with a KEY ROW: the name big, then three cells side by side, each a small upper-case label OVER its value
# (`PHONE`, `EMAIL`, `BASED IN`); below, every section is a two-column TIMELINE: the years in a narrow left column
# with a vertical rule, the entry right of it (`Master of Science in Statistics` over the school's name).
EN_KEYROW_CSS = """
body {{ padding: 44px 52px; font-size: 13px; }}
.n {{ font-size: 30px; font-weight: bold; color: {accent}; }}
.kr {{ display: flex; gap: 46px; margin: 10px 0 18px; padding: 8px 0; border-top: 1px solid #bbb;
  border-bottom: 1px solid #bbb; }}
.kr div span {{ display: block; }} .kr .k {{ font-size: 10px; color: #777; letter-spacing: 1px; }}
h2 {{ font-size: 14px; margin: 16px 0 6px; text-transform: uppercase; }}
.tl {{ display: flex; margin: 6px 0; }} .tl .y {{ width: 110px; flex: none; color: #666;
  border-right: 2px solid {accent}; margin-right: 14px; }}
.tl .x > span {{ display: block; }} .tl .x .s {{ color: #555; }}
"""
EN_KEYROW_BODY = """
<div class="n">{name}</div>
<div class="kr">{keys}</div>
<h2 data-gt="header">Experience</h2>{jobs}
<h2 data-gt="header">Education</h2>{edu}
<h2 data-gt="header">Skills</h2><p data-gt="other">{skills}</p>
"""


def en_keyrow_resume(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    p = _us_person(rng)
    keys = "".join(
        f"<div>{t('key', k, cls='k')}{t(lab, v)}</div>"
        for k, v, lab in (("PHONE", p["phone_txt"], "phone"), ("EMAIL", p["email"], "email"),
                          ("BASED IN", p["city"], "city"))
    )  # fmt: skip
    jobs = ""
    for comp, pos, a in _jobs(rng, 2):
        jobs += (
            f'<div class="tl">{t("other", f"{a} – {a + 2}", cls="y")}<div class="x">{t("other", pos)}'
            f"{t('other', comp, cls='s')}{t('other', rng.choice(r.BULLETS))}</div></div>"
        )
    end = rng.randrange(2006, 2021)
    edu = (
        f'<div class="tl">{t("other", f"{end - 4} – {end}", cls="y")}<div class="x"><span>{t("degree", p["degree"])}'
        f"{t('other', ' in ')}{t('major', p['major'])}</span>{t('school', p['school'], cls='s')}</div></div>"
    )
    slots = {
        "name": t("name", p["name"]),
        "keys": keys,
        "jobs": jobs,
        "edu": edu,
        "skills": " / ".join(rng.sample(r.SKILLS, 5)),
    }
    return slots, r._fields(p)


# --- English invoices ---------------------------------------------------------------------------------------------
# A CREDIT-CARD STATEMENT: the issuer's name top left, the cardholder's name and address in an envelope window under
# it; right, an `Account Summary` box (`Previous Balance`, `Payments`, `Purchases`, `Interest Charged`, `New Balance`,
# `Minimum Payment Due`, `Payment Due Date`); a line `Statement No.` / `Closing Date` (`Mar 05, 2024`) / `Account
# ending in 4821`; then the transactions (`Date`, `Description`, `Amount`, payments negative).
EN_CARD_CSS = """
body {{ padding: 40px 48px; font-size: 13px; }}
.top {{ display: flex; justify-content: space-between; }}
.is {{ font-size: 22px; font-weight: bold; color: {accent}; }} .win {{ margin-top: 30px; }}
.win span {{ display: block; }}
.sm {{ width: 300px; border: 2px solid {accent}; padding: 8px 12px; }}
.sm h3 {{ margin: 0 0 6px; font-size: 14px; }} .sm table {{ width: 100%; }} .sm td.n {{ text-align: right; }}
.sm tr.b td {{ font-weight: bold; font-size: 15px; border-top: 1px solid #333; }}
.meta {{ display: flex; gap: 40px; margin: 20px 0 10px; padding: 6px 10px; background: {shade}; }}
table.i {{ width: 100%; border-collapse: collapse; margin-top: 8px; }}
table.i td {{ padding: 4px 6px; border-bottom: 1px solid #ddd; }} tr.h td {{ font-weight: bold; }}
td.n {{ text-align: right; }}
"""
EN_CARD_BODY = """
<div class="top"><div>{issuer}<div class="win">{holder}</div></div>
<div class="sm"><h3 data-gt="header">Account Summary</h3><table>{summary}</table></div></div>
<div class="meta">{meta}</div>
<table class="i">{rows}</table>
"""
SHOPS = ("Grocery Outlet", "Shell Oil 5521", "Amazon Mktplace", "City Parking", "Blue Bottle Coffee", "Delta Air",
         "Home Depot #0412", "Netflix.com")  # fmt: skip


def en_card_statement(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    seller = f"{rng.choice(d.EN_COMPANY_A)} {rng.choice(('Bank', 'Card Services', 'Credit Union'))}"
    buyer = f"{rng.choice(d.EN_FIRST)} {rng.choice(d.EN_LAST)}"
    closing = d._rand_date(rng, 2022, 2025)
    due = closing + timedelta(days=25)
    number = f"{rng.randrange(10**8, 10**9)}"
    prev = Decimal(rng.randrange(20000, 300000)) / 100
    paid = prev
    buys = Decimal(0)
    heads = ("Date", "Description", "Amount")
    rows = '<tr class="h">' + "".join(
        f"<td{' class=n' if i == 2 else ''}>{t('header', h)}</td>" for i, h in enumerate(heads)
    ) + "</tr>"  # fmt: skip
    lines = [("PAYMENT - THANK YOU", -paid)]
    for shop in rng.sample(SHOPS, rng.randrange(3, 6)):
        v = Decimal(rng.randrange(500, 40000)) / 100
        buys += v
        lines.append((shop, v))
    for i, (what, v) in enumerate(lines):
        day = (closing - timedelta(days=27 - 5 * i)).strftime("%m/%d")
        amount = ("-" if v < 0 else "") + _money_en(abs(v), "$")
        rows += f"<tr>{t('item', day, 'td')}{t('item', what, 'td')}<td class=n>{t('item', amount)}</td></tr>"
    interest = Decimal(rng.randrange(0, 2500)) / 100
    total = prev - paid + buys + interest
    minimum = max(Decimal(25), (total * Decimal("0.02")).quantize(Decimal("0.01"), ROUND_HALF_UP))
    fmt = "%b %d, %Y"
    summary = "".join(
        f"<tr{cls}><td>{t('key', k)}</td><td class=n>{t(lab, v)}</td></tr>"
        for k, v, lab, cls in (
            ("Previous Balance", _money_en(prev, "$"), "other", ""),
            ("Payments", "-" + _money_en(paid, "$"), "other", ""),
            ("Purchases", "+" + _money_en(buys, "$"), "other", ""),
            ("Interest Charged", "+" + _money_en(interest, "$"), "other", ""),
            ("New Balance", _money_en(total, "$"), "total", ' class="b"'),
            ("Minimum Payment Due", _money_en(minimum, "$"), "other", ""),
            ("Payment Due Date", due.strftime(fmt), "due_date", ""),
        )
    )
    meta = (
        f"<span>{t('key', 'Statement No. ')}{t('invoice_number', number)}</span>"
        f"<span>{t('key', 'Closing Date ')}{t('date', closing.strftime(fmt))}</span>"
        f"<span>{t('other', f'Account ending in {rng.randrange(1000, 9999)}')}</span>"
    )
    holder = t("buyer_name", buyer) + t("other", _street(rng))
    holder += t("other", rng.choice([c for c in r.EN_CITIES_MORE if len(c.rsplit(", ", 1)[-1]) == 2]))
    slots = {"issuer": t("seller_name", seller, cls="is"), "holder": holder, "summary": summary, "meta": meta,
             "rows": rows}  # fmt: skip
    return slots, _truth(number, seller, buyer, "USD", closing, total, due=due)


# A freelancer's invoice with the SELLER AT THE BOTTOM: `Invoice` big top left over `No.`, `Issued`, `Due` (dates in
# words, `March 5, 2024`); `Billed to` top RIGHT with the client; the hours table; `Subtotal`, `Tax (x%)`,
# `Total (USD)`; at the foot of the page a ruled block: the freelancer's name (a person, bold), an e-mail and a phone,
# and `Bank` / `IBAN` lines, no key over the name.
EN_BOTTOM_CSS = """
body {{ padding: 46px 56px; font-size: 13px; }}
.top {{ display: flex; justify-content: space-between; }}
.top h1 {{ font-size: 34px; margin: 0 0 8px; color: {accent}; }}
.m div {{ margin: 2px 0; }} .m .k {{ display: inline-block; width: 60px; color: #666; }}
.to {{ text-align: right; }} .to span {{ display: block; }} .to .k {{ color: #666; font-size: 11px; }}
table.i {{ width: 100%; border-collapse: collapse; margin-top: 30px; }}
table.i td {{ padding: 5px 6px; border-bottom: 1px solid #ddd; }} tr.h td {{ font-weight: bold; background: {shade}; }}
td.n {{ text-align: right; }}
table.s {{ margin: 12px 0 0 auto; width: 280px; }} table.s td {{ padding: 3px 6px; }}
tr.b td {{ font-weight: bold; font-size: 15px; }}
.ft {{ margin-top: 120px; border-top: 2px solid {accent}; padding-top: 10px; display: flex; gap: 60px; }}
.ft div span {{ display: block; }} .ft .sn {{ font-weight: bold; font-size: 15px; }}
"""
EN_BOTTOM_BODY = """
<div class="top"><div><h1 data-gt="header">Invoice</h1><div class="m">{meta}</div></div><div class="to">{to}</div></div>
<table class="i">{rows}</table>
<table class="s">{sums}</table>
<p data-gt="other">Thank you — it was a pleasure working with you.</p>
<div class="ft">{me}</div>
"""
GIGS = ("Logo design", "Website copywriting", "Photo retouching", "UX review", "Illustration", "Video editing",
        "Translation (EN-ES)", "Social media kit")  # fmt: skip


def en_bottom_seller_invoice(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    first, last = rng.choice(d.EN_FIRST), rng.choice(d.EN_LAST)
    seller = f"{first} {last}"
    buyer = _company(rng)
    issued = d._rand_date(rng, 2022, 2025)
    due = issued + timedelta(days=rng.choice((14, 30)))
    number = f"{rng.randrange(1, 300):04d}"
    fmt = "%B %d, %Y"
    meta = "".join(
        f"<div>{t('key', k, cls='k')}{t(lab, v)}</div>"
        for k, v, lab in (("No.", number, "invoice_number"), ("Issued", issued.strftime(fmt), "date"),
                          ("Due", due.strftime(fmt), "due_date"))
    )  # fmt: skip
    to = t("key", "Billed to", cls="k") + t("buyer_name", buyer) + t("other", _street(rng))
    heads = ("Service", "Hours", "Rate", "Amount")
    rows = '<tr class="h">' + "".join(
        f"<td{' class=n' if i else ''}>{t('header', h)}</td>" for i, h in enumerate(heads)
    ) + "</tr>"  # fmt: skip
    sub = Decimal(0)
    rate = Decimal(rng.choice((45, 60, 75, 90)))
    for gig in rng.sample(GIGS, rng.randrange(2, 5)):
        h = rng.randrange(2, 30)
        sub += h * rate
        cells = (gig, str(h), _money_en(rate, "$"), _money_en(h * rate, "$"))
        rows += "<tr>" + "".join(f"<td{' class=n' if i else ''}>{t('item', c)}</td>" for i, c in enumerate(cells))
        rows += "</tr>"
    pct = Decimal(rng.choice(("5", "8", "10")))
    tax = (sub * pct / 100).quantize(Decimal("0.01"), ROUND_HALF_UP)
    total = sub + tax
    sums = "".join(
        f"<tr{cls}><td>{t('key', k)}</td><td class=n>{t(lab, v)}</td></tr>"
        for k, v, lab, cls in (
            ("Subtotal", _money_en(sub, "$"), "subtotal", ""),
            (f"Tax ({pct}%)", _money_en(tax, "$"), "tax", ""),
            ("Total (USD)", _money_en(total, "$"), "total", ' class="b"'),
        )
    )
    me = (
        f"<div>{t('seller_name', seller, cls='sn')}{t('other', f'{first.lower()}@{last.lower()}studio.com')}"
        f"{t('other', f'({rng.randrange(200, 999)}) {rng.randrange(200, 999)}-{rng.randrange(1000, 9999)}')}</div>"
        f"<div>{t('other', 'Bank: First Community Bank')}"
        f"{t('other', f'Routing {rng.randrange(10**8, 10**9)}  Account {rng.randrange(10**7, 10**8)}')}</div>"
    )
    slots = {"meta": meta, "to": to, "rows": rows, "sums": sums, "me": me}
    return slots, _truth(number, seller, buyer, "USD", issued, total, due=due, subtotal=sub, tax=tax)


# --- Chinese invoice ----------------------------------------------------------------------------------------------
# The RESULT PAGE of the national invoice check (全国增值税发票查验平台, 查验结果): a title, then one four-column
# key/value TABLE (key | value | key | value): 发票代码 / 发票号码, 开票日期 (`2024年03月05日`) / 校验码, 购买方名称 /
# 购买方纳税人识别号, 销售方名称 / 销售方纳税人识别号, 合计金额 / 合计税额, 价税合计（小写） / 查验次数; the items in a
# second table under it.
ZH_CHECK_CSS = """
body {{ padding: 40px 50px; font-size: 13.5px; }}
h1 {{ text-align: center; font-size: 20px; margin: 0 0 4px; }}
.sb {{ text-align: center; color: #777; margin: 0 0 14px; }}
table {{ width: 100%; border-collapse: collapse; margin-bottom: 16px; }}
td {{ border: 1px solid #999; padding: 6px 8px; }} td.k {{ background: {shade}; width: 19%; color: #333; }}
tr.h td {{ background: {shade}; font-weight: bold; text-align: center; }}
"""
ZH_CHECK_BODY = """
<h1 data-gt="header">{title}</h1><p class="sb" data-gt="other">查验结果：一致</p>
<table>{grid}</table>
<table>{items}</table>
"""


def zh_check_result_invoice(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    seller, buyer = d.zh_company(rng), d.zh_company(rng)
    while buyer == seller:
        buyer = d.zh_company(rng)
    s_tax, b_tax = d._tax_id(rng), d._tax_id(rng)
    issued = d._rand_date(rng, 2021, 2025)
    number = f"{rng.randrange(10**7, 10**8)}"
    sub = tax = Decimal(0)
    items = '<tr class="h">' + "".join(
        f"<td>{t('header', h)}</td>" for h in ("货物或应税劳务名称", "规格型号", "数量", "金额", "税率", "税额")
    ) + "</tr>"  # fmt: skip
    for name, spec, unit in rng.sample(d.ZH_GOODS, rng.randrange(1, 4)):
        q = rng.randrange(1, 10)
        amount = (q * Decimal(rng.randrange(2000, 90000)) / 100).quantize(Decimal("0.01"), ROUND_HALF_UP)
        tx = (amount * 6 / 100).quantize(Decimal("0.01"), ROUND_HALF_UP)
        sub, tax = sub + amount, tax + tx
        cells = (name, spec, f"{q}{unit}", d._money(amount), "6%", d._money(tx))
        items += "<tr>" + "".join(f"<td>{t('item', c)}</td>" for c in cells) + "</tr>"
    total = sub + tax
    pairs = (
        (("发票代码", f"0{rng.randrange(10**10, 10**11)}", "other"), ("发票号码", number, "invoice_number")),
        (("开票日期", f"{issued.year}年{issued.month:02d}月{issued.day:02d}日", "date"),
         ("校验码", "".join(str(rng.randrange(10)) for _ in range(20)), "other")),
        (("购买方名称", buyer, "buyer_name"), ("购买方纳税人识别号", b_tax, "buyer_tax_id")),
        (("销售方名称", seller, "seller_name"), ("销售方纳税人识别号", s_tax, "seller_tax_id")),
        (("合计金额", d._money(sub), "subtotal"), ("合计税额", d._money(tax), "tax")),
        (("价税合计（小写）", d._money(total), "total"), ("查验次数", f"第{rng.randrange(1, 4)}次", "other")),
    )  # fmt: skip
    grid = "".join(
        "<tr>" + "".join(f'<td class="k">{t("key", k)}</td><td>{t(lab, v)}</td>' for k, v, lab in row) + "</tr>"
        for row in pairs
    )
    title = f"{rng.choice(('北京', '上海', '浙江', '四川', '湖北'))}增值税普通发票"
    slots = {"title": title, "grid": grid, "items": items}
    return slots, _truth(
        number, seller, buyer, "CNY", issued, total, subtotal=sub, tax=tax, seller_tax_id=s_tax, buyer_tax_id=b_tax
    )


# --- Chinese resumes ----------------------------------------------------------------------------------------------
# A 简历 as a CARD GRID with ICONS instead of labels: a top card with the name big and `求职意向 …`, then two columns
# of cards; the contact card's lines start with a symbol (☎, ✉, ⌂) and no key; the education card holds the school
# on one line, `<major> | <degree>` on the next, the years under them; work and skills cards.
ZH_ICON_CSS = """
body {{ padding: 36px 44px; font-size: 13.5px; background: #f4f4f4; }}
.c {{ background: #fff; border-radius: 8px; padding: 12px 16px; box-shadow: 0 1px 3px #aaa; }}
.tp {{ margin-bottom: 14px; }} .tp .n {{ font-size: 26px; font-weight: bold; margin-right: 20px; }}
.g {{ display: grid; grid-template-columns: 1fr 1fr; gap: 14px; }}
.c h2 {{ font-size: 15px; color: {accent}; margin: 0 0 8px; }} .c div {{ margin: 4px 0; }}
.ic {{ display: inline-block; width: 22px; color: {accent}; }}
"""
ZH_ICON_BODY = """
<div class="c tp">{name}{intent}</div>
<div class="g"><div class="c"><h2 data-gt="header">联系方式</h2>{contact}</div>
<div class="c"><h2 data-gt="header">教育背景</h2>{edu}</div>
<div class="c"><h2 data-gt="header">工作经历</h2>{work}</div>
<div class="c"><h2 data-gt="header">技能证书</h2>{skills}</div></div>
"""


def zh_icon_card_resume(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    p = r._person_zh(rng)
    contact = "".join(
        f'<div><span class="ic" data-gt="other">{ic}</span>{t(lab, p[lab])}</div>'
        for ic, lab in (("☎", "phone"), ("✉", "email"), ("⌂", "city"))
    )
    end = rng.randrange(2010, 2022)
    beg = end - (3 if p["degree"] in ("大专", "硕士") else 4)
    edu = (
        f"<div>{t('school', p['school'])}</div>"
        f"<div>{t('major', p['major'])}{t('other', ' | ')}{t('degree', p['degree'])}</div>"
        f"<div>{t('other', f'{beg}.09 - {end}.06')}</div>"
    )
    work = ""
    for i in range(2):
        a = end + 2 * i
        work += (
            f"<div>{t('other', f'{a}.07 - ' + ('至今' if i else f'{a + 2}.05'))}</div>"
            f"<div>{t('other', d.zh_company(rng) + '　' + rng.choice(d.ZH_POSITIONS))}</div>"
        )
    skills = t("other", "英语六级 / 计算机二级", "div") + t("other", "熟练使用 Excel、PPT、SQL", "div")
    slots = {
        "name": t("name", p["name"], cls="n"),
        "intent": t("other", f"求职意向：{rng.choice(d.ZH_POSITIONS)}"),
        "contact": contact,
        "edu": edu,
        "work": work,
        "skills": skills,
    }
    return slots, r._fields(p)


# A 个人简历表 whose LABELS sit in each cell's TOP-LEFT CORNER (small, grey) with the value larger in the middle of
# the same cell: 姓名 / 性别 / 出生年月 / a photo box; 学历 / 专业 / 毕业院校; 联系电话 / 电子邮箱 / 现居地; then wide
# cells 工作经历 and 自我评价.
ZH_CORNER_CSS = """
body {{ padding: 44px 50px; font-size: 14px; }}
h1 {{ text-align: center; font-size: 24px; letter-spacing: 8px; margin: 0 0 14px; }}
table {{ width: 100%; border-collapse: collapse; table-layout: fixed; }}
td {{ border: 1px solid #555; height: 58px; vertical-align: top; padding: 3px 6px; }}
td .k {{ display: block; font-size: 10.5px; color: #777; }} td .v {{ display: block; text-align: center;
  margin-top: 6px; font-size: 15px; }}
td.ph {{ text-align: center; vertical-align: middle; color: #999; }} td.w {{ height: 130px; }}
td.w .v {{ text-align: left; font-size: 13.5px; }}
"""
ZH_CORNER_BODY = """
<h1 data-gt="header">个人简历表</h1>
<table>
<tr>{c_name}{c_sex}{c_birth}<td class="ph" rowspan="2" data-gt="other">照片</td></tr>
<tr>{c_deg}{c_major}{c_school}</tr>
<tr>{c_phone}{c_email}{c_city}<td></td></tr>
<tr><td class="w" colspan="4">{work}</td></tr>
<tr><td class="w" colspan="4">{about}</td></tr>
</table>
"""


def _corner(k: str, v: str, lab: str) -> str:
    return f"<td>{t('key', k, cls='k')}{t(lab, v, cls='v')}</td>"


def zh_corner_label_resume(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    p = r._person_zh(rng)
    end = rng.randrange(2010, 2022)
    birth = f"{end - 22}年{rng.randrange(1, 13)}月"
    work = t("key", "工作经历", cls="k")
    for i in range(2):
        a = end + 2 * i
        span = f"{a}.07—{'至今' if i else f'{a + 2}.05'}"
        work += t("other", f"{span}　{d.zh_company(rng)}　{rng.choice(d.ZH_POSITIONS)}", cls="v")
    about = t("key", "自我评价", cls="k") + t("other", "工作认真负责，学习能力强，善于沟通与协调。", cls="v")
    slots = {
        "c_name": _corner("姓名", p["name"], "name"),
        "c_sex": _corner("性别", rng.choice(("男", "女")), "other"),
        "c_birth": _corner("出生年月", birth, "other"),
        "c_deg": _corner("学历", p["degree"], "degree"),
        "c_major": _corner("专业", p["major"], "major"),
        "c_school": _corner("毕业院校", p["school"], "school"),
        "c_phone": _corner("联系电话", p["phone"], "phone"),
        "c_email": _corner("电子邮箱", p["email"], "email"),
        "c_city": _corner("现居地", p["city"], "city"),
        "work": work,
        "about": about,
    }
    return slots, r._fields(p)


FAMILIES = {
    "en_quad_resume": (Family("en", "resume", "resume", EN_QUAD_CSS, EN_QUAD_BODY), en_quad_resume),
    "en_footcontact_resume": (Family("en", "resume", "resume", EN_FOOT_CSS, EN_FOOT_BODY), en_footcontact_resume),
    "en_keyrow_resume": (Family("en", "resume", "resume", EN_KEYROW_CSS, EN_KEYROW_BODY), en_keyrow_resume),
    "en_card_statement": (Family("en", "invoice", "invoice", EN_CARD_CSS, EN_CARD_BODY), en_card_statement),
    "en_bottom_seller_invoice": (
        Family("en", "invoice", "invoice", EN_BOTTOM_CSS, EN_BOTTOM_BODY),
        en_bottom_seller_invoice,
    ),
    "zh_check_result_invoice": (
        Family("zh", "invoice", "invoice_cn_vat", ZH_CHECK_CSS, ZH_CHECK_BODY),
        zh_check_result_invoice,
    ),
    "zh_icon_card_resume": (Family("zh", "resume", "resume", ZH_ICON_CSS, ZH_ICON_BODY), zh_icon_card_resume),
    "zh_corner_label_resume": (
        Family("zh", "resume", "resume", ZH_CORNER_CSS, ZH_CORNER_BODY),
        zh_corner_label_resume,
    ),
}
# written after round 26 was fixed, scored before any change
ROUND27 = tuple(FAMILIES)


def make(family: str, rng: random.Random, browser: Browser) -> d.Sample:
    """One page of a round-27 `family` typeset by `browser` (browser_docs.make over this module's families)."""
    return _make(family, rng, browser, FAMILIES)


def generate(out: Path, n: int, families: tuple[str, ...], variants: tuple[str, ...], seed: int = 0) -> list[Any]:
    return _generate(out, n, families, variants, seed, registry=FAMILIES)


def main() -> None:
    d.family_main("Generate round-27 browser-typeset resumes and invoices with ground truth.", FAMILIES, generate)


if __name__ == "__main__":
    main()
