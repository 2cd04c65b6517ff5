"""Round 24 of the browser-typeset held-out resumes and invoices (rounds 9 to 23 in synth/browser_docs*.py): eight
families written after round 23 was fixed and scored before any change. Same conventions: a family is a style sheet
and a body template filled from one record of values, every printed text an element marked `data-gt="<label>"`.
`make` and `generate` here are browser_docs's over these families.

    python -m docsense.synth.browser_docs24 OUT --n 2 --variants clean,rot90,rot180,gray,rgba --seed 700
"""

from __future__ import annotations

import html
import random
from datetime import timedelta
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

from . import documents as d
from . import resumes as r
from .browser import Browser
from .browser_docs import Family, _truth, t
from .browser_docs import generate as _generate
from .browser_docs import make as _make
from .browser_docs15 import _en_person, _jobs

# --- English resumes ----------------------------------------------------------------------------------------------
# A designer's resume: the first name and the surname on TWO lines in huge capitals (the surname in the accent
# colour), a job title under them; the contact in a RIGHT column beside the name as three small lines without keys
# (phone, e-mail, and the whole mailing address with its ZIP: `1420 Oak Avenue, Apt 3` / `Austin, TX 78704`); then
# `About`, `Experience` (`<Title> at <Company>` with the years right) and `Education` as the school over
# `<Degree>, <Major> · <years>`.
EN_SPLIT_CSS = """
body {{ padding: 50px 60px; font-size: 13px; }}
.top {{ display: flex; justify-content: space-between; align-items: flex-start; }}
.top .f, .top .l {{ display: block; font-size: 46px; font-weight: bold; line-height: 1.0; letter-spacing: 2px; }}
.top .l {{ color: {accent}; }} .top .j {{ display: block; font-size: 15px; margin-top: 8px; letter-spacing: 3px; }}
.top .r {{ text-align: right; font-size: 12px; margin-top: 6px; }} .top .r > span {{ display: block; }}
h2 {{ font-size: 14px; letter-spacing: 3px; text-transform: uppercase; margin: 22px 0 6px; color: {accent}; }}
.e {{ margin: 4px 0 8px; }} .e .l2 {{ display: flex; justify-content: space-between; }} .e b {{ font-size: 14px; }}
.e .s {{ display: block; color: #555; }} ul {{ margin: 1px 0 0 20px; }}
"""
EN_SPLIT_BODY = """
<div class="top"><div>{who}</div><div class="r">{contact}</div></div>
<h2 data-gt="header">About</h2><p data-gt="other">{about}</p>
<h2 data-gt="header">Experience</h2>{jobs}
<h2 data-gt="header">Education</h2>{edu}
<h2 data-gt="header">Tools</h2><p data-gt="other">{skills}</p>
"""

# A resume whose EDUCATION is a ruled table with a header row `Degree | Institution | Year | GPA` (the degree cell
# holds the degree and the major: `B.S. in Economics` or `Master of Science, Physics`), one or two rows; the name
# centred, one contact line under it with the town; a `Summary`, a `Professional Experience` list and `Certifications`.
EN_EDUTAB_CSS = """
body {{ padding: 48px 60px; font-size: 13px; }}
.n {{ text-align: center; font-size: 28px; font-weight: bold; }} .c {{ text-align: center; margin: 4px 0 8px; }}
h2 {{ font-size: 14px; margin: 16px 0 6px; padding-bottom: 2px; border-bottom: 2px solid {accent}; }}
table.ed {{ width: 100%; }} table.ed td {{ border: 1px solid #999; padding: 4px 6px; }}
tr.h td {{ background: {shade}; font-weight: bold; }}
.e {{ margin: 4px 0 8px; }} .e .l {{ display: flex; justify-content: space-between; font-weight: bold; }}
ul {{ margin: 1px 0 0 20px; }}
"""
EN_EDUTAB_BODY = """
<div class="n">{name}</div><div class="c">{contact}</div>
<h2 data-gt="header">Summary</h2><p data-gt="other">{summary}</p>
<h2 data-gt="header">Education</h2><table class="ed">{edu}</table>
<h2 data-gt="header">Professional Experience</h2>{jobs}
<h2 data-gt="header">Certifications</h2><p data-gt="other">{certs}</p>
"""

# A speaker's or board member's one-page profile: the name as the title, the role under it, a BIO written in the
# third person (`Jane Miller is a data analyst based in Denver, CO. … Jane holds a B.A. in Economics from Ohio State
# University.`) as the only place for the degree, the major, the school and the town; a short `Skills` list of
# bullets, and a `Contact` box at the foot with the phone and e-mail under small keys.
EN_BIO_CSS = """
body {{ padding: 60px 72px; font-size: 14px; font-family: 'DejaVu Serif', 'Liberation Serif', serif; }}
.n {{ font-size: 30px; }} .ro {{ font-size: 15px; color: {accent}; margin: 4px 0 18px; font-style: italic; }}
h2 {{ font-size: 15px; margin: 18px 0 6px; text-transform: uppercase; letter-spacing: 2px; }}
p {{ margin: 0 0 8px; line-height: 1.6; text-align: justify; }} ul {{ margin: 0 0 0 22px; }}
.ct {{ margin-top: 26px; border: 1px solid #999; padding: 10px 14px; width: 60%; }}
.ct div {{ margin: 2px 0; }} .ct .k {{ display: inline-block; width: 70px; color: #666; font-size: 12px; }}
"""
EN_BIO_BODY = """
<div class="n">{name}</div><div class="ro" data-gt="other">{role}</div>
<h2 data-gt="header">Biography</h2><p>{bio1}</p><p>{bio2}</p>
<h2 data-gt="header">Skills</h2><ul>{skills}</ul>
<div class="ct">{contact}</div>
"""

STREET_TAILS = ("", ", Apt 3", ", Suite 210", ", Unit 12B", " #4")
ROLES = ("Data Analyst", "Operations Manager", "Product Designer", "Financial Analyst", "Marketing Lead",
         "Software Engineer", "Program Coordinator")  # fmt: skip


def _street(rng: random.Random) -> str:
    return f"{rng.randrange(100, 9999)} {rng.choice(d.EN_STREETS)}{rng.choice(STREET_TAILS)}"


def _us_person(rng: random.Random) -> dict[str, str]:
    """_en_person with a US town (a `City, ST` the ZIP code can follow)."""
    p = _en_person(rng)
    p["city"] = rng.choice([c for c in r.EN_CITIES_MORE if len(c.rsplit(", ", 1)[-1]) == 2])
    return p


def en_splitname_resume(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    p = _us_person(rng)
    first, last = p["name"].split()
    caps = rng.random() < 0.6
    who = t("name", first.upper() if caps else first, cls="f") + t("name", last.upper() if caps else last, cls="l")
    who += t("other", rng.choice(ROLES).upper(), cls="j")
    zipcode = f" {rng.randrange(10000, 99999)}"
    contact = t("phone", p["phone_txt"]) + t("email", p["email"]) + t("other", _street(rng))
    contact += "<span>" + t("city", p["city"]) + t("other", zipcode) + "</span>"
    jobs = ""
    for comp, pos, a in _jobs(rng, 2):
        jobs += (
            f'<div class="e"><div class="l2"><b>{t("other", f"{pos} at {comp}")}</b>{t("other", f"{a} – {a + 2}")}'
            f"</div><ul><li>{t('other', rng.choice(r.BULLETS))}</li></ul></div>"
        )
    end = rng.randrange(2006, 2020)
    edu = (
        f'<div class="e"><b>{t("school", p["school"])}</b><span class="s">{t("degree", p["degree"])}'
        f"{t('other', ', ')}{t('major', p['major'])}{t('other', f' · {end - 4} – {end}')}</span></div>"
    )
    slots = {
        "who": who,
        "contact": contact,
        "about": "Designer and analyst who turns messy data into clear products; calm under deadlines.",
        "jobs": jobs,
        "edu": edu,
        "skills": " / ".join(rng.sample(r.SKILLS, 5)),
    }
    return slots, r._fields(p)


def en_edutable_resume(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    p = _en_person(rng)
    dot = html.escape(rng.choice((" | ", " • ", "  ·  ")))
    contact = dot.join((t("city", p["city"]), t("phone", p["phone_txt"]), t("email", p["email"])))
    heads = rng.choice((("Degree", "Institution", "Year", "GPA"), ("Degree", "School", "Graduated", "GPA")))
    edu = '<tr class="h">' + "".join(f"<td>{t('header', h)}</td>" for h in heads) + "</tr>"
    end = rng.randrange(2008, 2021)
    join = rng.choice((" in ", ", "))
    edu += (
        f"<tr><td>{t('degree', p['degree'])}{t('other', join)}{t('major', p['major'])}</td>"
        f"<td>{t('school', p['school'])}</td><td>{t('other', str(end))}</td>"
        f"<td>{t('other', f'3.{rng.randrange(2, 10)}')}</td></tr>"
    )
    if rng.random() < 0.5:  # an associate degree from a community college below the main one
        edu += (
            f"<tr><td>{t('other', 'A.A., General Studies')}</td>"
            f"<td>{t('other', rng.choice(('Austin Community College', 'Valencia College', 'Santa Monica College')))}"
            f"</td><td>{t('other', str(end - 4))}</td><td>{t('other', f'3.{rng.randrange(2, 10)}')}</td></tr>"
        )
    jobs = ""
    for comp, pos, a in _jobs(rng, 2):
        jobs += (
            f'<div class="e"><div class="l">{t("other", f"{comp} — {pos}")}{t("other", f"{a} – {a + 2}")}</div>'
            f"<ul><li>{t('other', rng.choice(r.BULLETS))}</li></ul></div>"
        )
    slots = {
        "name": t("name", p["name"]),
        "contact": contact,
        "summary": "Detail-minded professional with five years in reporting, budgeting and process improvement.",
        "edu": edu,
        "jobs": jobs,
        "certs": rng.choice(("PMP (2021); Google Data Analytics Certificate", "CPA (2019); Six Sigma Green Belt")),
    }
    return slots, r._fields(p)


def en_bio_resume(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    p = _us_person(rng)
    p["degree"] = rng.choice(("B.A.", "B.S.", "M.A.", "M.S.", "MBA", "Ph.D."))
    p["major"] = "" if p["degree"] == "MBA" else rng.choice((*r.EN_MAJORS_MORE, "Economics"))
    first = p["name"].split()[0]
    role = rng.choice(ROLES)
    bio1 = (
        t("other", f"{p['name']} is a {role.lower()} based in ")
        + t("city", p["city"])
        + t("other", f". Over the last {rng.randrange(4, 15)} years {first} has led reporting and planning work for ")
        + t("other", f"{rng.choice(d.EN_COMPANY_A)} {rng.choice(d.EN_COMPANY_B)} and two start-ups.")
    )
    study = t("degree", p["degree"])
    if p["major"]:
        study += t("other", " in ") + t("major", p["major"])
    bio2 = (
        t(
            "other",
            f"{first} {rng.choice(('holds', 'earned', 'received'))} a{'n' if p['degree'][0] in 'AEIMO' else ''} ",
        )
        + study
        + t("other", " from ")
        + t("school", p["school"])
        + t("other", " and volunteers as a mentor for first-generation students.")
    )
    skills = "".join(f"<li>{t('other', s)}</li>" for s in rng.sample(r.SKILLS, 4))
    contact = (
        f"<div>{t('key', 'Phone', cls='k')}{t('phone', p['phone_txt'])}</div>"
        f"<div>{t('key', 'Email', cls='k')}{t('email', p['email'])}</div>"
    )
    slots = {"name": t("name", p["name"]), "role": role, "bio1": bio1, "bio2": bio2, "skills": skills,
             "contact": contact}  # fmt: skip
    return slots, r._fields(p)


# --- English invoice ----------------------------------------------------------------------------------------------
# An online shop's order invoice: the shop's name as a wordmark, `Tax Invoice / Order Summary`, a grid of
# `Order #` (a long number, NOT the invoice number), `Order Date`, `Invoice #`, `Invoice Date`; `Sold by` (the seller,
# with its address), `Billing Address` (the buyer, a person) and `Shipping Address`; the items with a SKU, `Qty`,
# `Price`, `Total`; then `Item(s) Subtotal`, `Shipping & Handling`, `Total before tax`, `Estimated tax`, `Order Total`
# (the amount), `Payment method: Visa ending in 1234` and `Grand Total` repeated in the footer.
EN_ORDER_CSS = """
body {{ padding: 44px 54px; font-size: 13px; }}
.top {{ display: flex; justify-content: space-between; align-items: flex-end; border-bottom: 2px solid {accent};
  padding-bottom: 8px; }} .top .w {{ font-size: 26px; font-weight: bold; color: {accent}; }}
.top h1 {{ font-size: 16px; }}
.g {{ display: grid; grid-template-columns: 1fr 1fr; margin-top: 12px; }} .g div {{ margin: 2px 0; }}
.g .k {{ color: #666; display: inline-block; width: 100px; }}
.ad {{ display: flex; justify-content: space-between; margin-top: 16px; }} .ad div {{ width: 31%; }}
.ad span {{ display: block; }} .ad .k {{ font-weight: bold; margin-bottom: 2px; }}
table.i {{ width: 100%; margin-top: 18px; }} table.i td {{ padding: 5px 4px; border-bottom: 1px solid #ddd; }}
tr.h td {{ font-weight: bold; background: {shade}; }} td.n {{ text-align: right; }}
table.s {{ margin: 10px 0 0 auto; width: 320px; }} table.s td {{ padding: 3px 4px; }}
tr.b td {{ font-weight: bold; font-size: 15px; border-top: 1px solid #333; }}
.pm {{ margin-top: 16px; }} .ft {{ margin-top: 30px; font-size: 11px; color: #666; text-align: center; }}
"""
EN_ORDER_BODY = """
<div class="top"><div>{shop}</div><h1 data-gt="header">{title}</h1></div>
<div class="g">{keys}</div>
<div class="ad">{addr}</div>
<table class="i">{rows}</table>
<table class="s">{sums}</table>
<div class="pm">{pay}</div>
<div class="ft">{foot}</div>
"""
SHOPS = ("Brightcart", "Homeware Hub", "Peak Outfitters", "Gadgetry", "Paper & Pine", "Urban Pantry")
GOODS = (("Stainless water bottle 750 ml", 24), ("USB-C charging cable 2 m", 12), ("Desk lamp, LED", 39),
         ("Cotton throw blanket", 45), ("Wireless mouse", 29), ("Notebook set (3)", 15), ("Ceramic mug", 11),
         ("Trail running socks", 18))  # fmt: skip


def en_order_invoice(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    shop = rng.choice(SHOPS)
    seller = f"{shop} {rng.choice(('LLC', 'Inc.', 'Retail LLC', 'Co.'))}"
    buyer = f"{rng.choice(d.EN_FIRST)} {rng.choice(d.EN_LAST)}"
    issued = d._rand_date(rng, 2022, 2025)
    ordered = issued - timedelta(days=rng.randrange(0, 4))
    order_no = f"{rng.randrange(100, 999)}-{rng.randrange(10**6, 10**7)}-{rng.randrange(10**6, 10**7)}"
    number = f"{rng.choice(('INV', 'IN', 'US'))}-{rng.randrange(10**5, 10**6)}"
    fmt = rng.choice(("%B %d, %Y", "%m/%d/%Y", "%d %b %Y"))
    keys = "".join(
        f"<div>{t('key', k, cls='k')}{v}</div>"
        for k, v in (
            ("Order #", t("other", order_no)),
            ("Invoice #", t("invoice_number", number)),
            ("Order Date", t("other", ordered.strftime(fmt))),
            ("Invoice Date", t("date", issued.strftime(fmt))),
        )
    )
    town = rng.choice(d.EN_CITIES)
    home = rng.choice([c for c in d.EN_CITIES if c != town])
    street = _street(rng)
    addr = (
        f"<div>{t('key', 'Sold by', cls='k')}{t('seller_name', seller)}{t('other', _street(rng))}"
        f"{t('other', f'{town} {rng.randrange(10000, 99999)}')}</div>"
    )
    for k in ("Billing Address", "Shipping Address"):
        addr += f"<div>{t('key', k, cls='k')}"
        addr += t("buyer_name" if k[0] == "B" else "other", buyer)
        addr += f"{t('other', street)}{t('other', f'{home} {rng.randrange(10000, 99999)}')}</div>"
    rows = '<tr class="h">' + "".join(
        f"<td{' class=n' if i > 1 else ''}>{t('header', h)}</td>"
        for i, h in enumerate(("Item", "SKU", "Qty", "Price", "Total"))
    ) + "</tr>"  # fmt: skip
    sub = Decimal(0)
    for name, price in rng.sample(GOODS, rng.randrange(2, 5)):
        q = rng.choice((1, 1, 2, 3))
        u = Decimal(price) - Decimal("0.01")
        sub += q * u
        cells = (name, f"SKU-{rng.randrange(10**4, 10**5)}", str(q), "$" + d._fmt_thousands(u),
                 "$" + d._fmt_thousands(q * u))  # fmt: skip
        rows += "<tr>" + "".join(f"<td{' class=n' if i > 1 else ''}>{t('item', c)}</td>" for i, c in enumerate(cells))
        rows += "</tr>"
    ship = rng.choice((Decimal(0), Decimal("5.99"), Decimal("8.49")))
    rate = rng.choice((Decimal("6.25"), Decimal("8.875"), Decimal("7")))
    tax = ((sub + ship) * rate / 100).quantize(Decimal("0.01"), ROUND_HALF_UP)
    total = sub + ship + tax

    def m(v: Decimal) -> str:
        return "$" + d._fmt_thousands(v)

    sums = f"<tr><td>{t('key', 'Item(s) Subtotal:')}</td><td class=n>{t('subtotal', m(sub))}</td></tr>"
    sums += f"<tr><td>{t('key', 'Shipping & Handling:')}</td><td class=n>{t('other', m(ship))}</td></tr>"
    sums += f"<tr><td>{t('key', 'Total before tax:')}</td><td class=n>{t('other', m(sub + ship))}</td></tr>"
    sums += f"<tr><td>{t('key', 'Estimated tax:')}</td><td class=n>{t('tax', m(tax))}</td></tr>"
    sums += f'<tr class="b"><td>{t("key", "Order Total:")}</td><td class=n>{t("total", m(total))}</td></tr>'
    pay = t(
        "other", f"Payment method: {rng.choice(('Visa', 'Mastercard', 'Amex'))} ending in {rng.randrange(1000, 9999)}"
    )
    foot = t("other", f"Grand Total {m(total)} · Returns accepted within 30 days · {shop.lower().replace(' ', '')}.com")
    slots = {
        "shop": t("other", shop, cls="w"),
        "title": rng.choice(("Tax Invoice", "Invoice / Order Summary", "Order Invoice")),
        "keys": keys,
        "addr": addr,
        "rows": rows,
        "sums": sums,
        "pay": pay,
        "foot": foot,
    }
    return slots, _truth(number, seller, buyer, "USD", issued, total, subtotal=sub, tax=tax)


# --- Chinese resumes ----------------------------------------------------------------------------------------------
# A 个人简历 whose 教育背景 is a ruled TABLE with a header row 时间 / 学校 / 专业 / 学历 (or 起止时间 / 毕业院校 /
# 所学专业 / 学历学位), one or two rows (a 高中 row under the university one sometimes); 基本信息 above it as two
# columns of `键：值` (姓名, 性别, 出生年月, 所在城市, 联系电话, 电子邮箱); 实习经历 and 技能证书 after.
ZH_EDUTAB_CSS = """
body {{ padding: 44px 54px; font-size: 13px; }}
h1 {{ text-align: center; font-size: 24px; letter-spacing: 6px; margin-bottom: 10px; }}
h2 {{ font-size: 15px; margin: 16px 0 6px; padding: 3px 8px; background: {shade}; border-left: 5px solid {accent}; }}
.kv {{ display: flex; flex-wrap: wrap; }} .kv div {{ width: 50%; margin: 3px 0; }}
table.ed {{ width: 100%; }} table.ed td {{ border: 1px solid #666; padding: 5px 8px; text-align: center; }}
tr.h td {{ font-weight: bold; background: {shade}; }}
.e {{ margin: 4px 0 8px; }} .e .l {{ display: flex; justify-content: space-between; }} p {{ margin: 2px 0; }}
"""
ZH_EDUTAB_BODY = """
<h1 data-gt="header">个人简历</h1>
<h2 data-gt="header">基本信息</h2><div class="kv">{kv}</div>
<h2 data-gt="header">教育背景</h2><table class="ed">{edu}</table>
<h2 data-gt="header">实习经历</h2>{work}
<h2 data-gt="header">技能证书</h2><p data-gt="other">{skills}</p>
"""

# A 简历 in two columns: the main LEFT column with the name big, 求职意向, 教育经历 (`<学校>　<dates>` over
# `<专业>　<学历>`), 工作经历 and 自我评价; the RIGHT column grey with a 照片 box on top and 基本信息 under it as
# small grey labels over their values WITHOUT colons (年龄 / 电话 / 邮箱 / 现居地 / 学历).
ZH_RIGHT_CSS = """
.main {{ position: absolute; left: 0; top: 0; width: 540px; padding: 44px 30px 40px 50px; font-size: 13px; }}
.side {{ position: absolute; right: 0; top: 0; bottom: 0; width: 254px; background: {shade}; padding: 44px 24px; }}
.ph {{ width: 110px; height: 140px; border: 1px solid #999; margin: 0 auto 18px; text-align: center;
  line-height: 140px; color: #888; }}
.side h3 {{ font-size: 14px; border-bottom: 1px solid #888; margin: 0 0 8px; padding-bottom: 3px; }}
.side .k {{ display: block; font-size: 11px; color: #777; margin-top: 8px; }} .side .v {{ display: block; }}
.main .n {{ font-size: 32px; font-weight: bold; }} .main .it {{ margin: 4px 0 8px; color: {accent}; }}
h2 {{ font-size: 15px; color: {accent}; margin: 16px 0 6px; border-bottom: 1px solid {accent}; }}
.e {{ margin: 4px 0 8px; }} .e .l {{ display: flex; justify-content: space-between; }} .e .s {{ display: block; }}
p {{ margin: 2px 0; }}
"""
ZH_RIGHT_BODY = """
<div class="main"><div>{name}</div><div class="it">{intent}</div>
<h2 data-gt="header">教育经历</h2>{edu}
<h2 data-gt="header">工作经历</h2>{work}
<h2 data-gt="header">自我评价</h2><p data-gt="other">{about}</p></div>
<div class="side"><div class="ph" data-gt="other">照片</div><h3 data-gt="header">基本信息</h3>{facts}</div>
"""
ZH_HIGH = ("市第一中学", "市实验中学", "外国语学校")


def zh_edutable_resume(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    p = r._person_zh(rng)
    p["degree"] = rng.choice(("本科", "硕士", "大专", "本科"))
    kv = "".join(
        f"<div>{t('key', k)}{v}</div>"
        for k, v in (
            ("姓　　名：", t("name", p["name"])),
            ("性　　别：", t("other", rng.choice("男女"))),
            ("出生年月：", t("other", f"{rng.randrange(1988, 2002)}年{rng.randrange(1, 13)}月")),
            (rng.choice(("所在城市：", "现居住地：")), t("city", p["city"])),
            ("联系电话：", t("phone", p["phone"])),
            ("电子邮箱：", t("email", p["email"])),
        )
    )
    heads = rng.choice((("时间", "学校", "专业", "学历"), ("起止时间", "毕业院校", "所学专业", "学历学位")))
    edu = '<tr class="h">' + "".join(f"<td>{t('header', h)}</td>" for h in heads) + "</tr>"
    end = rng.randrange(2012, 2025)
    beg = end - (3 if p["degree"] in ("大专", "硕士") else 4)
    edu += (
        f"<tr><td>{t('other', f'{beg}.09-{end}.06')}</td><td>{t('school', p['school'])}</td>"
        f"<td>{t('major', p['major'])}</td><td>{t('degree', p['degree'])}</td></tr>"
    )
    if rng.random() < 0.5:
        high = rng.choice(d.ZH_CITIES) + rng.choice(ZH_HIGH)
        edu += (
            f"<tr><td>{t('other', f'{beg - 3}.09-{beg}.06')}</td><td>{t('other', high)}</td>"
            f"<td>{t('other', '理科')}</td><td>{t('other', '高中')}</td></tr>"
        )
    work = ""
    for i in range(2):
        a = end - 1 + i
        work += (
            f'<div class="e"><div class="l">{t("other", d.zh_company(rng))}{t("other", f"{a}.07-{a}.09")}</div>'
            f"<p>{t('other', '实习岗位：' + rng.choice(d.ZH_POSITIONS))}</p>"
            f"<p>{t('other', '协助整理客户数据，制作周报，参与两次产品评审。')}</p></div>"
        )
    slots = {"kv": kv, "edu": edu, "work": work, "skills": "英语六级（CET-6）；计算机二级；熟练使用Excel、SPSS。"}
    return slots, r._fields(p)


def zh_rightcol_resume(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    p = r._person_zh(rng)
    beg_end = rng.randrange(2012, 2025)
    facts = "".join(
        t("key", k, cls="k") + v
        for k, v in (
            ("年龄", t("other", f"{rng.randrange(22, 36)}岁", cls="v")),
            ("电话", t("phone", p["phone"], cls="v")),
            ("邮箱", t("email", p["email"], cls="v")),
            (rng.choice(("现居地", "所在地", "城市")), t("city", p["city"], cls="v")),
            ("学历", t("other", p["degree"], cls="v")),
        )
    )
    sep = rng.choice(("　", "　|　"))
    edu = (
        f'<div class="e"><div class="l"><b>{t("school", p["school"])}</b>'
        f"{t('other', f'{beg_end - 4}.09 - {beg_end}.06')}</div>"
        f'<span class="s">{t("major", p["major"])}{t("other", sep)}{t("degree", p["degree"])}</span></div>'
    )
    work = ""
    for i in range(2):
        a = beg_end + 2 * i
        work += (
            f'<div class="e"><div class="l"><b>{t("other", d.zh_company(rng))}</b>'
            f"{t('other', f'{a}.07 - ' + ('至今' if i else f'{a + 2}.05'))}</div>"
            f"{t('other', rng.choice(d.ZH_POSITIONS), cls='s')}"
            f"{t('other', '负责日常运营与数据统计，推动流程优化。', cls='s')}</div>"
        )
    slots = {
        "name": t("name", p["name"], cls="n"),
        "intent": t("other", "求职意向　" + rng.choice(d.ZH_POSITIONS)),
        "edu": edu,
        "work": work,
        "about": "性格开朗，责任心强，有良好的团队合作意识。",
        "facts": facts,
    }
    return slots, r._fields(p)


# --- Chinese invoices ---------------------------------------------------------------------------------------------
# A taxi's printed ticket (出租汽车专用发票): the city's title, `发票联`, then `发票代码` / `发票号码` and a column of
# short keys without much space: 监督电话, 车号, 证号, 日期 (`2024-03-05`), 上车 / 下车 (times), 单价, 里程,
# 等候, `金额` (the fare, in 元), and a printed company name `<城市><…>出租汽车有限公司` at the foot as the seller.
ZH_TAXI_CSS = """
body {{ padding: 60px 0; font-size: 14px; }}
.tk {{ width: 300px; margin: 0 auto; border: 1px solid #c33; padding: 14px 18px; font-family: monospace, '{font}'; }}
h1 {{ text-align: center; font-size: 17px; color: #c33; }} .fl {{ text-align: center; color: #c33; margin: 2px 0 8px; }}
.r {{ display: flex; margin: 3px 0; }} .r .k {{ width: 80px; }} .ft {{ margin-top: 10px; font-size: 12px; }}
"""
ZH_TAXI_BODY = """
<div class="tk"><h1 data-gt="header">{title}</h1><div class="fl" data-gt="other">发票联</div>
{rows}<div class="ft">{foot}</div></div>
"""

# A 定额发票 (fixed-value invoice) as restaurants and car parks hand out: `<省>通用定额发票` in red, `发票联`, the
# face value in words big in the middle (`壹拾元`) with `¥10.00` or `10元` beside, `发票代码` and `发票号码` printed
# in the corner, the seller's name in a 收款单位 line (stamped), a 开票日期 line filled in by hand.
ZH_FIXED_CSS = """
body {{ padding: 80px 0; font-size: 14px; }}
.fx {{ width: 520px; margin: 0 auto; border: 2px solid #b22; padding: 18px 24px; color: #b22; }}
h1 {{ text-align: center; font-size: 22px; letter-spacing: 4px; }} .fl {{ text-align: center; margin: 2px 0 10px; }}
.cd {{ display: flex; justify-content: space-between; font-size: 13px; }}
.v {{ text-align: center; font-size: 40px; font-weight: bold; margin: 22px 0 6px; letter-spacing: 8px; }}
.v2 {{ text-align: center; font-size: 18px; margin-bottom: 16px; }}
.ln {{ margin: 6px 0; color: #222; }} .ln .k {{ color: #b22; }}
.st {{ display: inline-block; border: 2px solid #d33; border-radius: 50%; padding: 10px 14px; color: #d33;
  font-size: 12px; margin-left: 30px; }}
"""
ZH_FIXED_BODY = """
<div class="fx"><h1 data-gt="header">{title}</h1><div class="fl" data-gt="other">发票联</div>
<div class="cd">{codes}</div>
<div class="v">{words}</div><div class="v2">{value}</div>
{lines}</div>
"""
FIXED_VALUES = ((1, "壹元"), (5, "伍元"), (10, "壹拾元"), (20, "贰拾元"), (50, "伍拾元"), (100, "壹佰元"))
ZH_PROVS = ("江苏省", "浙江省", "广东省", "山东省", "湖北省", "四川省", "河南省")


def zh_taxi_invoice(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    city = rng.choice(d.ZH_CITIES)
    seller = f"{city}{rng.choice(('祥龙', '金桥', '安达', '顺通', '银建'))}出租汽车有限公司"
    issued = d._rand_date(rng, 2021, 2025)
    number = f"{rng.randrange(10**7, 10**8)}"
    hour = rng.randrange(6, 22)
    mins = rng.randrange(8, 50)
    price = Decimal(rng.choice(("2.30", "2.50", "2.70", "3.00")))
    km = Decimal(rng.randrange(30, 300)) / 10
    fare = (Decimal(13) + max(Decimal(0), km - 3) * price).quantize(Decimal("1"))
    keys = (
        ("发票代码", t("other", f"1{rng.randrange(10**10, 10**11)}")),
        ("发票号码", t("invoice_number", number)),
        ("监督电话", t("other", f"0{rng.randrange(10, 99)}-{rng.randrange(10**7, 10**8)}")),
        ("车号", t("other", f"{rng.choice('京沪粤浙苏川鄂')}{rng.choice('ABDE')}·{rng.randrange(10000, 99999)}")),
        ("证号", t("other", str(rng.randrange(100000, 999999)))),
        ("日期", t("date", issued.isoformat())),
        ("上车", t("other", f"{hour:02d}:{rng.randrange(0, 10):02d}")),
        ("下车", t("other", f"{hour:02d}:{mins:02d}")),
        ("单价", t("other", f"{price}元")),
        ("里程", t("other", f"{km}km")),
        ("等候", t("other", f"00:0{rng.randrange(0, 10)}:{rng.randrange(10, 60)}")),
        ("金额", t("total", f"{d._money(fare)}元")),
    )
    colon = rng.choice(("：", ""))
    rows = "".join(f'<div class="r">{t("key", k + colon, cls="k")}{v}</div>' for k, v in keys)
    slots = {
        "title": f"{city}市出租汽车专用发票",
        "rows": rows,
        "foot": t("seller_name", seller),
    }
    truth = _truth(number, seller, "", "CNY", issued, fare)
    truth.pop("buyer_name")  # a taxi ticket names no passenger
    return slots, truth


def zh_fixed_invoice(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    prov = rng.choice(ZH_PROVS)
    value, words = rng.choice(FIXED_VALUES)
    number = f"{rng.randrange(10**7, 10**8)}"
    city = rng.choice(d.ZH_CITIES)
    seller = (
        f"{city}{rng.choice(('味之源', '悦来', '和顺', '百味'))}{rng.choice(('餐饮有限公司', '停车场管理有限公司'))}"
    )
    issued = d._rand_date(rng, 2021, 2025)
    codes = (
        f"<span>{t('key', '发票代码 ')}{t('other', f'1{rng.randrange(10**10, 10**11)}')}</span>"
        f"<span>{t('key', '发票号码 ')}{t('invoice_number', number)}</span>"
    )
    day = f"{issued.year}年{issued.month}月{issued.day}日"
    lines = (
        f'<div class="ln">{t("key", "收款单位（盖章）：", cls="k")}{t("seller_name", seller)}'
        f'<span class="st" data-gt="other">发票专用章</span></div>'
        f'<div class="ln">{t("key", "开票日期：", cls="k")}{t("date", day)}</div>'
    )
    slots = {
        "title": f"{prov}通用定额发票",
        "codes": codes,
        "words": t("other", words),
        "value": t("total", rng.choice((f"¥{value}.00", f"{value}.00元"))),
        "lines": lines,
    }
    truth = _truth(number, seller, "", "CNY", issued, Decimal(value))
    truth.pop("buyer_name")  # a fixed-value ticket names no buyer
    return slots, truth


FAMILIES = {
    "en_splitname_resume": (Family("en", "resume", "resume", EN_SPLIT_CSS, EN_SPLIT_BODY), en_splitname_resume),
    "en_edutable_resume": (Family("en", "resume", "resume", EN_EDUTAB_CSS, EN_EDUTAB_BODY), en_edutable_resume),
    "en_bio_resume": (Family("en", "resume", "resume", EN_BIO_CSS, EN_BIO_BODY), en_bio_resume),
    "en_order_invoice": (Family("en", "invoice", "invoice", EN_ORDER_CSS, EN_ORDER_BODY), en_order_invoice),
    "zh_edutable_resume": (Family("zh", "resume", "resume", ZH_EDUTAB_CSS, ZH_EDUTAB_BODY), zh_edutable_resume),
    "zh_rightcol_resume": (Family("zh", "resume", "resume", ZH_RIGHT_CSS, ZH_RIGHT_BODY), zh_rightcol_resume),
    "zh_taxi_invoice": (Family("zh", "invoice", "invoice_cn", ZH_TAXI_CSS, ZH_TAXI_BODY), zh_taxi_invoice),
    "zh_fixed_invoice": (Family("zh", "invoice", "invoice_cn", ZH_FIXED_CSS, ZH_FIXED_BODY), zh_fixed_invoice),
}
# written after round 23 was fixed, scored before any change
ROUND24 = tuple(FAMILIES)


def make(family: str, rng: random.Random, browser: Browser) -> d.Sample:
    """One page of a round-24 `family` typeset by `browser` (browser_docs.make over this module's families)."""
    return _make(family, rng, browser, FAMILIES)


def generate(out: Path, n: int, families: tuple[str, ...], variants: tuple[str, ...], seed: int = 0) -> list[Any]:
    return _generate(out, n, families, variants, seed, registry=FAMILIES)


def main() -> None:
    d.family_main("Generate round-24 browser-typeset resumes and invoices with ground truth.", FAMILIES, generate)


if __name__ == "__main__":
    main()
