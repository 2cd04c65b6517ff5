"""Round 19 of the browser-typeset held-out resumes and invoices (rounds 9 to 18 in synth/browser_docs*.py): written
after round 18 was fixed and scored before any change. Same conventions: a family is a style sheet and a body
template filled from one record of values, every printed text an element marked `data-gt="<label>"`. `make` and
`generate` here are browser_docs's over these families.

    python -m docsense.synth.browser_docs19 OUT --n 2 --variants clean,rot90,rot180,gray,rgba --seed 200
"""

from __future__ import annotations

import html
import random
from datetime import timedelta
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

from docsense.kie.normalize import decimal_to_cn_upper

from . import documents as d
from . import resumes as r
from .browser import Browser
from .browser_docs import Family, _item_row, _truth, _zh_company, t
from .browser_docs import generate as _generate
from .browser_docs import make as _make
from .browser_docs15 import _en_person, _jobs
from .browser_docs17 import DISTRICTS, ROADS

# --- English resumes ----------------------------------------------------------------------------------------------
# A resume exported from a LinkedIn profile: a grey sidebar left with `Contact` (the phone with `(Mobile)` after it,
# the e-mail, `www.linkedin.com/in/<handle> (LinkedIn)`), `Top Skills` (three lines) and `Languages`; the main column
# the name large, the headline under it and the location on a line of its own, then `Summary`, `Experience` (company,
# title, `Month Year - Present (n years)`) and `Education`: the school in bold over `<Degree> - <abbr>, <Major> ·
# (2010 - 2014)`.
EN_LINKEDIN_CSS = """
.wrap {{ display: flex; min-height: 1100px; }}
.side {{ width: 32%; background: {shade}; padding: 44px 20px; font-size: 12px; }}
.side h3 {{ font-size: 15px; margin: 14px 0 6px; }} .side span {{ display: block; margin: 2px 0; }}
.main {{ flex: 1; padding: 44px 34px; }} .main .n {{ display: block; font-size: 30px; }}
.main .hl {{ display: block; font-size: 14px; }} .main .lc {{ display: block; font-size: 13px; color: #777; }}
.main h2 {{ font-size: 18px; margin: 18px 0 6px; }} .main p {{ font-size: 13px; }}
.x span {{ display: block; font-size: 13px; }} .x .c {{ font-size: 14px; }} .x .d {{ color: #777; }}
.x {{ margin-bottom: 8px; }} .e .s {{ font-weight: bold; font-size: 14px; display: block; }}
.e .g {{ font-size: 13px; display: block; }}
"""
EN_LINKEDIN_BODY = """
<div class="wrap"><div class="side">{side}</div>
<div class="main">{who}
<h2 data-gt="header">Summary</h2><p data-gt="other">{summary}</p>
<h2 data-gt="header">Experience</h2>{jobs}
<h2 data-gt="header">Education</h2><div class="e">{edu}</div></div></div>
"""

# A one-column resume that puts EDUCATION first (a student's or a new graduate's): the name centred in small capitals,
# the contact under it as one centred line joined by ` • ` (the city first), then each entry a line with the school
# (bold) left and the dates set right on the same line (a flex row), and the degree line in italics under it
# (`Bachelor of Science, Major: Economics; Minor: Spanish`), then EXPERIENCE in the same style and SKILLS.
EN_EDUFIRST_CSS = """
body {{ padding: 44px 60px; }}
.n {{ text-align: center; font-size: 26px; font-variant: small-caps; letter-spacing: 1px; }}
.ct {{ text-align: center; font-size: 13px; margin: 4px 0 10px; }}
h2 {{ font-size: 14px; border-bottom: 1px solid #000; margin: 12px 0 6px; letter-spacing: 1px; }}
.row {{ display: flex; justify-content: space-between; font-size: 13px; }} .row .s {{ font-weight: bold; }}
.it {{ font-style: italic; font-size: 13px; display: block; }} ul {{ margin: 2px 0 6px 18px; font-size: 13px; }}
"""
EN_EDUFIRST_BODY = """
<div class="n">{name}</div><div class="ct">{contact}</div>
<h2 data-gt="header">EDUCATION</h2>{edu}
<h2 data-gt="header">EXPERIENCE</h2>{jobs}
<h2 data-gt="header">SKILLS</h2><p data-gt="other" style="font-size: 13px">{skills}</p>
"""

LINKEDIN_ABBR = {"Bachelor": "BS", "Master": "MS", "B.A.": "BA", "M.S.": "MS"}
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October")


def en_linkedin_resume(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    p = _en_person(rng)
    first, last = p["name"].lower().split()
    handle = f"{first}-{last}-{rng.randrange(1000, 9999):x}"
    side = t("header", "Contact", tag="h3")
    side += (
        t("phone", p["phone_txt"])
        if rng.random() < 0.5
        else (f"<span>{t('phone', p['phone_txt'])}{t('other', ' (Mobile)')}</span>")
    )
    side += t("email", p["email"]) + t("other", f"www.linkedin.com/in/{handle}") + t("other", "(LinkedIn)")
    side += t("header", "Top Skills", tag="h3") + "".join(t("other", s) for s in rng.sample(r.SKILLS, 3))
    side += t("header", "Languages", tag="h3") + t("other", "English (Native or Bilingual)")
    side += t("other", f"{rng.choice(('Spanish', 'French', 'German'))} (Professional Working)")
    pos = rng.choice(d.EN_POSITIONS)
    comp0 = _jobs(rng, 1)[0][0]
    who = t("name", p["name"], cls="n") + t("other", f"{pos} at {comp0}", cls="hl")
    if len(p["city"].rsplit(", ", 1)[-1]) == 2 and rng.random() < 0.5:  # a US profile's location may add the country
        who += f'<span class="lc">{t("city", p["city"])}{t("other", ", United States")}</span>'
    else:
        who += t("city", p["city"], cls="lc")
    jobs = ""
    for comp, title, a in _jobs(rng, 2):
        m = rng.choice(MONTHS)
        jobs += (
            f'<div class="x">{t("other", comp, cls="c")}{t("other", title)}'
            f"{t('other', f'{m} {a} - {m} {a + 3} (3 years 1 month)', cls='d')}</div>"
        )
    end = rng.randrange(2005, 2021)
    abbr = next((v for k, v in LINKEDIN_ABBR.items() if p["degree"].startswith(k)), "")
    edu = t("school", p["school"], cls="s")
    tail = html.escape(f" · ({end - 4} - {end})")
    edu += (
        f'<span class="g">{t("degree", p["degree"])}{t("other", f" - {abbr}" if abbr else "")}{t("other", ", ")}'
        f"{t('major', p['major'])}{t('other', tail)}</span>"
    )
    summary = "I build teams and tools that make the numbers trustworthy; open to new roles."
    slots = {"side": side, "who": who, "summary": summary, "jobs": jobs, "edu": edu}
    return slots, r._fields(p)


def en_edufirst_resume(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    p = _en_person(rng)
    dot = html.escape(" • ")
    contact = f"{t('city', p['city'])}{dot}{t('phone', p['phone_txt'])}{dot}{t('email', p['email'])}"
    end = rng.randrange(2008, 2024)
    dates = rng.choice((f"Sep {end - 4} – May {end}", f"Expected May {end}", f"{end - 4} – {end}"))
    town = rng.choice(d.EN_CITIES)
    edu = (
        f'<div class="row"><span>{t("school", p["school"], cls="s")}{t("other", ", " + town)}</span>'
        f"{t('date', dates)}</div>"
    )
    label = rng.choice(("Major: ", "Concentration in "))
    minor = rng.choice(("Spanish", "Statistics", "Philosophy", "History"))
    edu += (
        f'<span class="it">{t("degree", p["degree"])}{t("other", ", " + label)}{t("major", p["major"])}'
        f"{t('other', f'; Minor: {minor}')}</span>"
    )
    edu += f"<ul><li>{t('other', 'GPA: 3.' + str(rng.randrange(40, 99)) + '/4.00; Dean’s List')}</li></ul>"
    jobs = ""
    for comp, pos, a in _jobs(rng, 2):
        jobs += (
            f'<div class="row">{t("other", comp, cls="s")}{t("other", f"Jun {a} – Aug {a + 1}")}</div>'
            f"{t('other', pos, cls='it')}<ul><li>{t('other', rng.choice(r.BULLETS))}</li></ul>"
        )
    slots = {
        "name": t("name", p["name"]),
        "contact": contact,
        "edu": edu,
        "jobs": jobs,
        "skills": "Computer: " + ", ".join(rng.sample(r.SKILLS, 5)),
    }
    return slots, r._fields(p)


# --- English invoices ---------------------------------------------------------------------------------------------
# A Canadian small business's invoice: the business name and a `GST/HST Registration No. 123456789 RT0001` under its
# Canadian address; `INVOICE` right with `Invoice #`, `Invoice Date`, `Terms Net 30`, `Due Date`; `Bill To` and
# `Ship To` side by side; the lines; then `Subtotal`, the taxes of the province (`HST (ON) 13%` alone, or `GST 5%`
# and `PST (BC) 7%` on two lines) and `Total (CAD)`.
EN_CA_CSS = """
body {{ padding: 46px 54px; }}
.top {{ display: flex; justify-content: space-between; }} .top span {{ display: block; font-size: 13px; }}
.top .co {{ font-size: 22px; font-weight: bold; color: {accent}; }} .top .tt {{ font-size: 28px; letter-spacing: 3px;
  text-align: right; color: {accent}; }}
table.m td {{ padding: 1px 6px; font-size: 13px; }} table.m td.k {{ font-weight: bold; text-align: right; }}
.pt {{ display: flex; gap: 40px; margin: 18px 0; font-size: 13px; }} .pt span {{ display: block; }}
.pt .h {{ font-weight: bold; color: {accent}; }}
table.l {{ width: 100%; }} table.l td {{ padding: 5px 6px; font-size: 13px; border-bottom: 1px solid #ddd; }}
table.l tr.h td {{ background: {accent}; color: white; }} td.n {{ text-align: right; }}
table.s {{ width: 40%; margin: 10px 0 0 auto; }} table.s td {{ padding: 3px 6px; font-size: 13px; }}
table.s td:last-child {{ text-align: right; }} table.s tr.g td {{ font-weight: bold; font-size: 15px;
  border-top: 2px solid #333; }}
.nt {{ margin-top: 24px; font-size: 12px; color: #555; }}
"""
EN_CA_BODY = """
<div class="top"><div>{seller}</div><div>{head}</div></div>
<div class="pt">{parties}</div>
<table class="l">{rows}</table>
<table class="s">{sums}</table>
<div class="nt" data-gt="other">{note}</div>
"""

# An online marketplace's order invoice (the page a shopper prints): `Tax Invoice/Bill of Supply/Cash Memo`-like
# title replaced by `Invoice` with `Order Number`, `Order Date`, `Invoice Number`, `Invoice Date` as a two-column key
# list; `Sold by` with the third-party seller's name and address left, `Billing Address` and `Shipping Address` right
# (the same person, the shipping one with `Ship to:`); the items with `Qty`, `Unit Price`, `Tax`, `Total`; then
# `Item(s) Subtotal`, `Shipping & Handling`, `Estimated tax`, `Grand Total`; a footer `Payment Method: Visa ending in`.
EN_SHOP_CSS = """
body {{ padding: 40px 48px; font-size: 13px; }}
h1 {{ font-size: 24px; margin-bottom: 10px; }}
table.k td {{ padding: 1px 10px 1px 0; }} table.k td.k {{ color: #555; }}
.ad {{ display: flex; justify-content: space-between; margin: 16px 0; }} .ad > div {{ width: 31%; }}
.ad span {{ display: block; }} .ad .h {{ font-weight: bold; }}
table.l {{ width: 100%; border-collapse: collapse; }} table.l td {{ border: 1px solid #999; padding: 4px 6px; }}
table.l tr.h td {{ background: #eee; font-weight: bold; }} td.n {{ text-align: right; }}
table.s {{ width: 44%; margin: 10px 0 0 auto; }} table.s td {{ padding: 2px 6px; }}
table.s td:last-child {{ text-align: right; }} table.s tr.g td {{ font-weight: bold; border-top: 1px solid #333; }}
.pm {{ margin-top: 20px; color: #555; }}
"""
EN_SHOP_BODY = """
<h1 data-gt="header">{title}</h1>
<table class="k">{keys}</table>
<div class="ad">{addrs}</div>
<table class="l">{rows}</table>
<table class="s">{sums}</table>
<div class="pm" data-gt="other">{pay}</div>
"""

CA_CITIES = (
    ("Toronto", "ON", "M5V 2T6"),
    ("Ottawa", "ON", "K1P 5G4"),
    ("Vancouver", "BC", "V6B 1A1"),
    ("Victoria", "BC", "V8W 1N5"),
    ("Halifax", "NS", "B3J 1S9"),
)
CA_SERVICES = (
    "Bookkeeping, monthly",
    "Website maintenance",
    "Snow removal, driveway",
    "Photography session",
    "Catering, per guest",
    "Consulting hours",
)
SHOP_ITEMS = (
    "USB-C Charging Cable, 6 ft",
    "Stainless Steel Water Bottle 750ml",
    "Wireless Mouse, Silent",
    "LED Desk Lamp with Clamp",
    "Notebook A5 Dotted, 3-Pack",
    "Bluetooth Speaker Mini",
)


def en_ca_invoice(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    city, prov, post = rng.choice(CA_CITIES)
    seller = f"{rng.choice(d.EN_COMPANY_A)} {rng.choice(('Bookkeeping', 'Media', 'Property Care', 'Events'))}"
    seller += rng.choice(("", " Ltd.", " Inc."))
    buyer = f"{rng.choice(d.EN_COMPANY_A)} {rng.choice(d.EN_COMPANY_B)} {rng.choice(d.EN_SUFFIX)}"
    if buyer.startswith(seller.split()[0]):
        buyer = f"{rng.choice(d.EN_FIRST)} {rng.choice(d.EN_LAST)}"
    issued = d._rand_date(rng, 2020, 2025)
    due = issued + timedelta(days=30)
    number = f"{rng.choice(('INV-', '', 'C'))}{rng.randrange(100, 9999)}"
    fmt = rng.choice(("%Y-%m-%d", "%d/%m/%Y", "%B %d, %Y"))
    bn = f"{rng.randrange(10**8, 10**9)} RT0001"
    sel = (
        t("seller_name", seller, cls="co")
        + t("other", f"{rng.randrange(10, 999)} {rng.choice(d.EN_STREETS)}")
        + t("other", f"{city}, {prov} {post}")
        + t("other", f"GST/HST Registration No. {bn}")
    )
    keys = (
        ("Invoice #", number, "invoice_number"),
        ("Invoice Date", issued.strftime(fmt), "date"),
        ("Terms", "Net 30", "other"),
        ("Due Date", due.strftime(fmt), "due_date"),
    )
    head = t("header", "INVOICE", cls="tt") + '<table class="m">'
    head += "".join(f'<tr><td class="k">{t("key", k)}</td><td>{t(n, v)}</td></tr>' for k, v, n in keys)
    head += "</table>"
    bcity = rng.choice(CA_CITIES)
    parties = (
        f"<div>{t('key', 'Bill To', cls='h')}{t('buyer_name', buyer)}"
        f"{t('other', f'{rng.randrange(10, 999)} {rng.choice(d.EN_STREETS)}')}"
        f"{t('other', f'{bcity[0]}, {bcity[1]} {bcity[2]}')}</div>"
        f"<div>{t('key', 'Ship To', cls='h')}{t('other', buyer)}"
        f"{t('other', f'{rng.randrange(10, 999)} {rng.choice(d.EN_STREETS)}')}"
        f"{t('other', f'{bcity[0]}, {bcity[1]} {bcity[2]}')}</div>"
    )
    rows = '<tr class="h">' + "".join(
        f"<td{' class=n' if i > 1 else ''}>{t('header', h)}</td>"
        for i, h in enumerate(("Description", "Qty", "Rate", "Amount"))
    )
    rows += "</tr>"
    subtotal = Decimal(0)
    for s in rng.sample(CA_SERVICES, rng.randrange(2, 4)):
        q, u = Decimal(rng.randrange(1, 12)), Decimal(rng.randrange(2500, 25000)) / 100
        subtotal += q * u
        rows += _item_row((s, str(q), d._fmt_thousands(u), d._fmt_thousands(q * u)), lambda i: "n" if i else "")

    def pct(rate: str) -> Decimal:
        return (subtotal * Decimal(rate) / 100).quantize(Decimal("0.01"), ROUND_HALF_UP)

    if prov == "ON":
        taxes = [("HST (ON) 13%", pct("13"))]
    elif prov == "NS":
        taxes = [("HST (NS) 14%", pct("14"))]
    else:
        taxes = [("GST 5%", pct("5")), (f"PST ({prov}) 7%", pct("7"))]
    total = subtotal + sum(v for _, v in taxes)
    lines = [("Subtotal", subtotal, "subtotal", "")]
    lines += [(k, v, "tax" if len(taxes) == 1 else "other", "") for k, v in taxes]
    lines += [("Total (CAD)", total, "total", "g")]
    sums = "".join(
        f'<tr class="{cl}"><td>{t("key", k)}</td><td>{t(n, "$" + d._fmt_thousands(v))}</td></tr>'
        for k, v, n, cl in lines
    )
    note = f"Please pay by e-Transfer to accounts@{seller.split()[0].lower()}.ca. Thank you for your business!"
    slots = {"seller": sel, "head": head, "parties": parties, "rows": rows, "sums": sums, "note": note}
    tax = taxes[0][1] if len(taxes) == 1 else None
    return slots, _truth(number, seller, buyer, "CAD", issued, total, due=due, subtotal=subtotal, tax=tax)


def en_shop_invoice(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    seller = (
        f"{rng.choice(d.EN_COMPANY_A)} {rng.choice(('Trading', 'Goods', 'Retail', 'Supply'))} {rng.choice(d.EN_SUFFIX)}"
    )
    buyer = f"{rng.choice(d.EN_FIRST)} {rng.choice(d.EN_LAST)}"
    ordered = d._rand_date(rng, 2020, 2025)
    issued = ordered + timedelta(days=rng.randrange(0, 3))
    order = f"{rng.randrange(100, 999)}-{rng.randrange(10**6, 10**7)}-{rng.randrange(10**6, 10**7)}"
    number = f"{rng.choice(('US', 'IN', 'SHP'))}-{rng.randrange(10**5, 10**6)}"
    fmt = rng.choice(("%d %B %Y", "%m/%d/%Y", "%B %d, %Y"))
    keys = (
        ("Order Number:", order, "other"),
        ("Order Date:", ordered.strftime(fmt), "other"),
        ("Invoice Number:", number, "invoice_number"),
        ("Invoice Date:", issued.strftime(fmt), "date"),
    )
    krows = "".join(f'<tr><td class="k">{t("key", k)}</td><td>{t(n, v)}</td></tr>' for k, v, n in keys)
    street = f"{rng.randrange(10, 9999)} {rng.choice(d.EN_STREETS)}"
    town = f"{rng.choice(d.EN_CITIES)} {rng.randrange(10000, 99999)}"
    s_street = f"{rng.randrange(10, 9999)} {rng.choice(d.EN_STREETS)}, Suite {rng.randrange(100, 900)}"
    addrs = (
        f"<div>{t('key', 'Sold by:', cls='h')}{t('seller_name', seller)}{t('other', s_street)}"
        f"{t('other', f'{rng.choice(d.EN_CITIES)} {rng.randrange(10000, 99999)}')}</div>"
        f"<div>{t('key', 'Billing Address:', cls='h')}{t('buyer_name', buyer)}{t('other', street)}"
        f"{t('other', town)}</div>"
        f"<div>{t('key', 'Shipping Address:', cls='h')}{t('other', buyer)}{t('other', street)}"
        f"{t('other', town)}</div>"
    )
    rows = '<tr class="h">' + "".join(
        f"<td{' class=n' if i else ''}>{t('header', h)}</td>"
        for i, h in enumerate(("Description", "Qty", "Unit Price", "Tax", "Total"))
    )
    rows += "</tr>"
    subtotal = tax = Decimal(0)
    rate = Decimal(rng.choice(("0.0625", "0.08", "0.0725")))
    for s in rng.sample(SHOP_ITEMS, rng.randrange(1, 4)):
        q, u = Decimal(rng.randrange(1, 4)), Decimal(rng.randrange(599, 5999)) / 100
        tx = (q * u * rate).quantize(Decimal("0.01"), ROUND_HALF_UP)
        subtotal, tax = subtotal + q * u, tax + tx
        cells = (s, str(q), "$" + d._money(u), "$" + d._money(tx), "$" + d._money(q * u + tx))
        rows += _item_row(cells, lambda i: "n" if i else "")
    ship = Decimal(rng.choice(("0.00", "5.99", "7.49")))
    total = subtotal + ship + tax
    sums = "".join(
        f'<tr class="{cl}"><td>{t("key", k)}</td><td>{t(n, "$" + d._money(v))}</td></tr>'
        for k, v, n, cl in (
            ("Item(s) Subtotal:", subtotal, "subtotal", ""),
            ("Shipping & Handling:", ship, "other", ""),
            ("Estimated tax:", tax, "tax", ""),
            ("Grand Total:", total, "total", "g"),
        )
    )
    pay = f"Payment Method: Visa ending in {rng.randrange(1000, 9999)}  ·  This is a computer-generated invoice."
    title = rng.choice(("Invoice", "Order Invoice", "Tax Invoice"))
    slots = {"title": title, "keys": krows, "addrs": addrs, "rows": rows, "sums": sums, "pay": pay}
    return slots, _truth(number, seller, buyer, "USD", issued, total, subtotal=subtotal, tax=tax)


# --- Chinese ------------------------------------------------------------------------------------------------------
# A 个人求职简历 from a job site: the title centred, a 基本信息 block of `键：值` pairs two to a row (姓名 / 性别 /
# 年龄 / 现居城市 / 手机 / 邮箱 / 学历 / 工作年限), a 求职意向 block (期望职位, 期望城市 — another city —, 期望薪资,
# 到岗时间), 教育经历 as `起止 | 学校 | 专业 | 学历` on one line, 工作经历, and a 自我评价 paragraph.
ZH_JOBSEEK_CSS = """
body {{ padding: 44px 56px; }}
h1 {{ text-align: center; font-size: 26px; letter-spacing: {spacing}px; margin-bottom: 12px; }}
h2 {{ font-size: 16px; color: {accent}; border-bottom: 2px solid {accent}; margin: 14px 0 6px; }}
table.kv {{ width: 100%; }} table.kv td {{ padding: 3px 4px; font-size: 13px; width: 50%; }}
.ln {{ display: flex; justify-content: space-between; font-size: 13px; margin: 3px 0; }}
p {{ font-size: 13px; line-height: 1.7; }}
"""
ZH_JOBSEEK_BODY = """
<h1 data-gt="header">{title}</h1>
<h2 data-gt="header">基本信息</h2><table class="kv">{basic}</table>
<h2 data-gt="header">求职意向</h2><table class="kv">{intent}</table>
<h2 data-gt="header">教育经历</h2>{edu}
<h2 data-gt="header">工作经历</h2>{jobs}
<h2 data-gt="header">自我评价</h2><p data-gt="other">{about}</p>
"""

# The 机动车销售统一发票 (a car dealer's invoice, one ruled grid): the title with 发票联, 发票代码 / 发票号码 /
# 开票日期 over the grid; rows of cells each a key cell and a value cell: 机打代码, 机打号码, 机器编号, 购买方名称及
# 身份证号码/组织机构代码, 纳税人识别号, 车辆类型, 厂牌型号, 产地, 合格证号, 发动机号码, 车辆识别代号/车架号码, 价税合计
# (大写 and 小写), 销货单位名称, 电话, 纳税人识别号, 账号, 地址, 开户银行, 增值税税率或征收率, 增值税税额, 不含税价.
ZH_CAR_CSS = """
body {{ padding: 40px 44px; }}
h1 {{ text-align: center; font-size: 24px; letter-spacing: {spacing}px; color: {red}; }}
.cp {{ text-align: center; color: {red}; font-size: 13px; }}
.m {{ display: flex; justify-content: space-between; font-size: 13px; margin: 8px 0 4px; }}
table.g {{ width: 100%; }} table.g td {{ border: 1px solid {red}; padding: 4px 5px; font-size: 12px; }}
td.k {{ color: {red}; }} td.n {{ text-align: right; }}
.ft {{ display: flex; justify-content: space-between; margin-top: 10px; font-size: 13px; }}
"""
ZH_CAR_BODY = """
<h1 data-gt="header">机动车销售统一发票</h1><div class="cp" data-gt="other">{copy}</div>
<div class="m">{meta}</div>
<table class="g">{rows}</table>
<div class="ft">{foot}</div>
"""

CARS = (
    ("轿车", "大众牌FV7152BBDBG", "长春"),
    ("多用途乘用车", "别克牌SGM6531UAA1", "上海"),
    ("轿车", "丰田牌TV7180GLX", "天津"),
    ("运动型乘用车", "吉利牌MR6471D04", "宁波"),
)
ZH_SALARY = ("8000-12000元/月", "10K-15K", "面议", "15000-20000元/月")


def zh_jobseek_resume(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    p = r._person_zh(rng)
    gender = rng.choice(("男", "女"))
    want = rng.choice([c for c in d.ZH_CITIES if c != p["city"]])
    city_key = rng.choice(("现居城市", "现居住地", "所在城市"))

    def pair(k1: str, v1: str, n1: str, k2: str, v2: str, n2: str) -> str:
        return f"<tr><td>{t('key', k1)}{t(n1, v1)}</td><td>{t('key', k2)}{t(n2, v2)}</td></tr>"

    basic = (
        pair("姓名：", p["name"], "name", "性别：", gender, "gender")
        + pair("年龄：", f"{rng.randrange(23, 38)}岁", "other", f"{city_key}：", p["city"], "city")
        + pair("手机：", p["phone"], "phone", "邮箱：", p["email"], "email")
        + pair("学历：", p["degree"], "other", "工作年限：", f"{rng.randrange(1, 10)}年", "other")
    )
    intent = pair("期望职位：", rng.choice(d.ZH_POSITIONS), "other", "期望城市：", want, "other") + pair(
        "期望薪资：", rng.choice(ZH_SALARY), "other", "到岗时间：", rng.choice(("一周内", "随时", "一个月内")), "other"
    )
    beg = rng.randrange(2006, 2018)
    end = beg + (3 if p["degree"] in ("大专", "硕士") else 4)
    edu = (
        f'<div class="ln">{t("other", f"{beg}.09 - {end}.07")}{t("school", p["school"])}{t("major", p["major"])}'
        f"{t('degree', p['degree'])}</div>"
    )
    jobs = ""
    a = end
    for _ in range(2):
        comp = _zh_company(rng)
        jobs += (
            f'<div class="ln">{t("other", f"{a}.07 - {a + 2}.06")}{t("other", comp)}'
            f"{t('other', rng.choice(d.ZH_POSITIONS))}</div>"
        )
        a += 2
    about = (
        "本人性格开朗，责任心强，具有良好的沟通能力和团队合作精神；工作认真细致，能吃苦耐劳，"
        f"善于学习新知识，希望在{want}长期发展。"
    )
    title = rng.choice(("个人求职简历", "个人简历", "求职简历"))
    slots = {"title": title, "basic": basic, "intent": intent, "edu": edu, "jobs": jobs, "about": about}
    return slots, r._fields(p) | {"gender": gender}


def zh_car_invoice(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    seller = f"{rng.choice(d.ZH_CITIES)}{rng.choice(('宏达', '远通', '恒信', '中升'))}汽车销售服务有限公司"
    buyer = d._zh_name(rng)
    s_tax = d._tax_id(rng)
    issued = d._rand_date(rng, 2017, 2023)
    code = f"1{rng.randrange(10**10, 10**11)}"
    number = f"{rng.randrange(10**7, 10**8)}"
    kind, model, origin = rng.choice(CARS)
    total = Decimal(rng.randrange(60, 300)) * 1000 + Decimal(rng.randrange(0, 100)) * 100
    rate = Decimal("0.13")
    net = (total / (1 + rate)).quantize(Decimal("0.01"), ROUND_HALF_UP)
    tax = total - net
    idno = f"{rng.randrange(110000, 659999)}{rng.randrange(1970, 2000)}{rng.randrange(1, 13):02d}"
    idno += f"{rng.randrange(1, 29):02d}{rng.randrange(1000, 9999)}"
    meta = (
        f"<span>{t('key', '开票日期：')}{t('date', f'{issued.year}-{issued.month:02d}-{issued.day:02d}')}</span>"
        f"<span>{t('key', '发票代码：')}{t('other', code)}</span>"
        f"<span>{t('key', '发票号码：')}{t('invoice_number', number)}</span>"
    )

    def kv(k: str, v: str, label: str, span: int = 1) -> str:
        col = f' colspan="{span}"' if span > 1 else ""
        return f'<td class="k">{t("key", k)}</td><td{col}>{t(label, v)}</td>'

    cipher = "".join(rng.choice("0123456789<>+-*/") for _ in range(24))
    vin = "L" + "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(16))
    rows = (
        "<tr>" + kv("机打代码", code, "other") + kv("税控码", cipher, "other", 3) + "</tr>"
        + "<tr>" + kv("机打号码", number, "other") + kv("机器编号", str(rng.randrange(10**11, 10**12)), "other", 3)
        + "</tr><tr>" + kv("购买方名称及身份证号码/组织机构代码", buyer, "buyer_name") + kv(
            "身份证号码", idno, "other", 3) + "</tr>"
        + "<tr>" + kv("车辆类型", kind, "other") + kv("厂牌型号", model, "other") + kv("产地", origin, "other")
        + "</tr><tr>" + kv("合格证号", f"W{rng.randrange(10**12, 10**13)}", "other")
        + kv("发动机号码", f"{rng.randrange(10**5, 10**6)}", "other") + kv("车辆识别代号/车架号码", vin, "other")
        + "</tr><tr>" + kv("价税合计", "ⓧ" + decimal_to_cn_upper(total), "other", 3)
        + kv("小写", "¥" + d._money(total), "total") + "</tr>"
        + "<tr>" + kv("销货单位名称", seller, "seller_name", 3) + kv("电话", f"0{rng.randrange(10, 99)}-"
                                                                  f"{rng.randrange(10**7, 10**8)}", "other") + "</tr>"
        + "<tr>" + kv("纳税人识别号", s_tax, "seller_tax_id", 3)
        + kv("账号", str(rng.randrange(10**15, 10**16)), "other") + "</tr>"
        + "<tr>" + kv("地址", f"{rng.choice(d.ZH_CITIES)}市{rng.choice(DISTRICTS)}{rng.choice(ROADS)}"
                              f"{rng.randrange(1, 500)}号", "other", 3)
        + kv("开户银行", f"{rng.choice(('中国银行', '工商银行', '建设银行'))}{rng.choice(d.ZH_CITIES)}支行", "other")
        + "</tr><tr>" + kv("增值税税率或征收率", "13%", "other") + kv("增值税税额", "¥" + d._money(tax), "tax")
        + kv("不含税价", "¥" + d._money(net), "subtotal") + "</tr>"
    )  # fmt: skip
    foot = t("other", "销货单位盖章") + t("other", f"开票人：{d._zh_name(rng)}") + t("other", "备注：一车一票")
    slots = {"copy": rng.choice(("第一联　发票联", "发票联")), "meta": meta, "rows": rows, "foot": foot}
    return slots, _truth(number, seller, buyer, "CNY", issued, total, subtotal=net, tax=tax, seller_tax_id=s_tax)


FAMILIES = {
    "en_linkedin_resume": (Family("en", "resume", "resume", EN_LINKEDIN_CSS, EN_LINKEDIN_BODY), en_linkedin_resume),
    "en_edufirst_resume": (Family("en", "resume", "resume", EN_EDUFIRST_CSS, EN_EDUFIRST_BODY), en_edufirst_resume),
    "en_ca_invoice": (Family("en", "invoice", "invoice", EN_CA_CSS, EN_CA_BODY), en_ca_invoice),
    "en_shop_invoice": (Family("en", "invoice", "invoice", EN_SHOP_CSS, EN_SHOP_BODY), en_shop_invoice),
    "zh_jobseek_resume": (Family("zh", "resume", "resume", ZH_JOBSEEK_CSS, ZH_JOBSEEK_BODY), zh_jobseek_resume),
    "zh_car_invoice": (Family("zh", "invoice", "invoice_cn_vat", ZH_CAR_CSS, ZH_CAR_BODY), zh_car_invoice),
}
# written after round 18 was fixed, scored before any change
ROUND19 = tuple(FAMILIES)


def make(family: str, rng: random.Random, browser: Browser) -> d.Sample:
    """One page of a round-19 `family` typeset by `browser` (browser_docs.make over this module's families)."""
    return _make(family, rng, browser, FAMILIES)


def generate(out: Path, n: int, families: tuple[str, ...], variants: tuple[str, ...], seed: int = 0) -> list[Any]:
    return _generate(out, n, families, variants, seed, registry=FAMILIES)


def main() -> None:
    d.family_main("Generate round-19 browser-typeset resumes and invoices with ground truth.", FAMILIES, generate)


if __name__ == "__main__":
    main()
