"""Round 32 of the browser-typeset held-out resumes and invoices (rounds 9 to 31 in synth/browser_docs*.py): five
families written after round 31 was fixed and scored before any change. Same conventions: a family is a style sheet
and a body template filled from one record of values, every printed text an element marked `data-gt="<label>"`.
`make` and `generate` here are browser_docs's over these families.

    python -m docsense.synth.browser_docs32 OUT --n 2 --variants clean,rot90,rot180,gray,rgba --seed 1500
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
from .browser_docs import Family, _money_en, _truth, t
from .browser_docs import generate as _generate
from .browser_docs import make as _make
from .browser_docs15 import _jobs
from .browser_docs24 import _street, _us_person

# --- English resume -----------------------------------------------------------------------------------------------
# A resume that ends with REFERENCES: two referees, each a block of their own name with a title, their employer and
# town, a phone and an e-mail (other people's contact details under the candidate's); the header the name over one
# line `<City, ST> · <phone> · <e-mail>`; EDUCATION as `<School>` bold with the year right over `<Degree> in <Major>`.
EN_REF_CSS = """
body {{ padding: 44px 56px; font-size: 13px; }}
.n {{ font-size: 27px; font-weight: bold; }} .c {{ color: #444; margin: 4px 0 12px; }}
h2 {{ font-size: 13px; letter-spacing: 2px; border-bottom: 1px solid {accent}; color: {accent}; margin: 16px 0 6px; }}
.row {{ display: flex; justify-content: space-between; }} p {{ margin: 2px 0; }}
.refs {{ display: flex; gap: 60px; }} .refs div span {{ display: block; }}
"""
EN_REF_BODY = """
<div class="n">{name}</div><div class="c">{contact}</div>
<h2 data-gt="header">EXPERIENCE</h2>{jobs}
<h2 data-gt="header">EDUCATION</h2>{edu}
<h2 data-gt="header">REFERENCES</h2><div class="refs">{refs}</div>
"""


def en_references_resume(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    p = _us_person(rng)
    dot = t("other", " · ")
    contact = t("city", p["city"]) + dot + t("phone", p["phone_txt"]) + dot + t("email", p["email"])
    jobs = ""
    for comp, pos, a in _jobs(rng, 2):
        jobs += f'<div class="row"><b>{t("other", f"{pos}, {comp}")}</b>{t("other", f"{a} – {a + 2}")}</div>'
        jobs += f"<p>{t('other', rng.choice(r.BULLETS))}</p>"
    end = rng.randrange(2006, 2021)
    edu = (
        f'<div class="row"><b>{t("school", p["school"])}</b>{t("other", str(end))}</div>'
        f"<p>{t('degree', p['degree'])}{t('other', ' in ')}{t('major', p['major'])}</p>"
    )
    refs = ""
    for _ in range(2):
        q = _us_person(rng)
        while q["city"] == p["city"] or q["name"] == p["name"]:
            q = _us_person(rng)
        boss = f"{rng.choice(d.EN_COMPANY_A)} {rng.choice(d.EN_COMPANY_B)} {rng.choice(d.EN_SUFFIX)}"
        refs += (
            f"<div>{t('other', q['name'] + ', ' + rng.choice(('Director', 'Team Lead', 'Professor', 'Manager')))}"
            f"{t('other', boss + ', ' + q['city'])}{t('other', q['phone_txt'])}{t('other', q['email'])}</div>"
        )
    slots = {"name": t("name", p["name"]), "contact": contact, "jobs": jobs, "edu": edu, "refs": refs}
    return slots, r._fields(p)


# --- English invoices ---------------------------------------------------------------------------------------------
# A VETERINARY clinic's invoice: the clinic's name with `Animal Hospital` / `Veterinary Clinic` and its street and
# phone top left, `INVOICE` right with `Invoice #` and `Date`; a two-cell box `Client` (the owner, who pays: name,
# street, town) and `Patient` (the pet: its name, species and breed, age); service lines `Date | Service | Qty |
# Amount`; `Subtotal`, `Sales Tax`, `Invoice Total`, then the payment `Paid — Visa` and `Balance 0.00`.
EN_VET_CSS = """
body {{ padding: 42px 52px; font-size: 13px; }}
.hd {{ display: flex; justify-content: space-between; }} .co {{ font-size: 21px; font-weight: bold; color: {accent}; }}
.hd span {{ display: block; }} h1 {{ margin: 0; font-size: 24px; letter-spacing: 3px; text-align: right; }}
.mt {{ text-align: right; }}
.bx {{ display: flex; border: 1px solid #999; margin: 18px 0 12px; }} .bx > div {{ flex: 1; padding: 8px 12px; }}
.bx > div + div {{ border-left: 1px solid #999; }}
.bx span {{ display: block; }} .bx .k {{ color: #777; font-size: 11px;
  letter-spacing: 1px; }}
table.i {{ width: 100%; border-collapse: collapse; }} table.i td {{ padding: 4px 6px; border-bottom: 1px solid #ddd; }}
table.i tr.h td {{ background: {shade}; font-weight: bold; }} td.n {{ text-align: right; }}
table.s {{ width: 300px; margin: 10px 0 0 auto; }} table.s td {{ padding: 2px 6px; }}
table.s td.n {{ text-align: right; }}
table.s tr.b td {{ font-weight: bold; border-top: 1px solid #333; }}
"""
EN_VET_BODY = """
<div class="hd"><div>{clinic}</div><div><h1 data-gt="header">INVOICE</h1><div class="mt">{meta}</div></div></div>
<div class="bx"><div>{client}</div><div>{patient}</div></div>
<table class="i">{rows}</table>
<table class="s">{sums}</table>
<p data-gt="other">Thank you for trusting us with {pet}'s care.</p>
"""
PETS = ("Bella", "Max", "Luna", "Charlie", "Milo", "Daisy", "Rocky", "Coco")
VET_SERVICES = ("Wellness exam", "Rabies vaccine", "DHPP vaccine", "Heartworm test", "Dental cleaning",
                "Nail trim", "Fecal exam", "Microchip")  # fmt: skip


def en_vet_invoice(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    seller = f"{rng.choice(d.EN_LAST)} {rng.choice(('Animal Hospital', 'Veterinary Clinic', 'Pet Clinic'))}"
    buyer = f"{rng.choice(d.EN_FIRST)} {rng.choice(d.EN_LAST)}"
    pet = rng.choice(PETS)
    issued = d._rand_date(rng, 2022, 2025)
    number = f"{rng.randrange(10000, 99999)}"
    fmt = rng.choice(("%m/%d/%Y", "%b %d, %Y"))
    clinic = (
        t("seller_name", seller, cls="co") + t("other", _street(rng)) + t("other", rng.choice(r.EN_CITIES_MORE))
        + t("other", f"Tel. ({rng.randrange(201, 989)}) {rng.randrange(200, 999)}-{rng.randrange(1000, 9999)}")
    )  # fmt: skip
    meta = (
        f"<div>{t('key', 'Invoice # ')}{t('invoice_number', number)}</div>"
        f"<div>{t('key', 'Date ')}{t('date', issued.strftime(fmt))}</div>"
    )
    client = (
        t("key", "CLIENT", cls="k") + t("buyer_name", buyer) + t("other", _street(rng))
        + t("other", rng.choice(r.EN_CITIES_MORE))
    )  # fmt: skip
    species = rng.choice(("Canine — Labrador Retriever", "Feline — Domestic Shorthair", "Canine — Beagle"))
    patient = (
        t("key", "PATIENT", cls="k") + t("other", pet) + t("other", species)
        + t("other", f"Age {rng.randrange(1, 14)} yrs")
    )  # fmt: skip
    rows = '<tr class="h">' + "".join(
        f"<td{' class=n' if i > 1 else ''}>{t('header', h)}</td>" for i, h in enumerate(("Date", "Service", "Qty",
                                                                                          "Amount"))
    ) + "</tr>"  # fmt: skip
    subtotal = Decimal(0)
    for what in rng.sample(VET_SERVICES, rng.randrange(2, 5)):
        q = rng.choice((1, 1, 2))
        amt = q * Decimal(rng.randrange(1500, 18000)) / 100
        subtotal += amt
        cells = (issued.strftime("%m/%d"), what, str(q), _money_en(amt, ""))
        rows += "<tr>" + "".join(f"<td{' class=n' if j > 1 else ''}>{t('item', c)}</td>" for j, c in enumerate(cells))
        rows += "</tr>"
    tax = (subtotal * Decimal("0.07")).quantize(Decimal("0.01"), ROUND_HALF_UP)
    total = subtotal + tax
    sums = "".join(
        f"<tr{cls}><td>{t('key', k)}</td><td class=n>{t(lab, v)}</td></tr>"
        for k, v, lab, cls in (
            ("Subtotal", _money_en(subtotal, "$"), "subtotal", ""),
            ("Sales Tax (7%)", _money_en(tax, "$"), "tax", ""),
            ("Invoice Total", _money_en(total, "$"), "total", ' class="b"'),
            ("Paid — Visa", "-" + _money_en(total, "$"), "other", ""),
            ("Balance", _money_en(Decimal(0), "$"), "other", ""),
        )
    )
    slots = {"clinic": clinic, "meta": meta, "client": client, "patient": patient, "rows": rows, "sums": sums,
             "pet": pet}  # fmt: skip
    return slots, _truth(number, seller, buyer, "USD", issued, total, subtotal=subtotal, tax=tax)


# An auto repair shop's REPAIR ORDER that is the invoice: the shop top centre with `ASE Certified`, a ruled grid of
# small labels over values (`RO NO.`, `DATE`, `CUSTOMER`, `PHONE`) then the vehicle (`YEAR / MAKE / MODEL`, `VIN`,
# `MILEAGE IN`); labour lines (`Replace front brake pads — 1.5 hrs`) and parts lines (`Part # | Description | Qty |
# Price`), then `Labor`, `Parts`, `Shop Supplies`, `Sales Tax`, `TOTAL DUE`, and an authorisation line to sign.
EN_RO_CSS = """
body {{ padding: 38px 48px; font-size: 12.5px; }}
.hd {{ text-align: center; }} .hd .co {{ font-size: 22px; font-weight: bold; color: {accent}; }}
.hd span {{ display: block; }}
h1 {{ text-align: center; font-size: 16px; letter-spacing: 3px; margin: 10px 0; }}
table.g {{ width: 100%; border-collapse: collapse; margin-bottom: 10px; }} table.g td {{ border: 1px solid #777;
  padding: 3px 6px; vertical-align: top; }}
table.g span.k {{ display: block; font-size: 10px; color: #666; letter-spacing: 1px; }}
table.i {{ width: 100%; border-collapse: collapse; margin-top: 6px; }} table.i td {{ padding: 3px 6px;
  border-bottom: 1px solid #ddd; }}
table.i tr.h td {{ background: {shade}; font-weight: bold; }} td.n {{ text-align: right; }}
table.s {{ width: 280px; margin: 10px 0 0 auto; }} table.s td {{ padding: 2px 6px; }}
table.s td.n {{ text-align: right; }}
table.s tr.b td {{ font-weight: bold; font-size: 15px; border-top: 2px solid #333; }}
.sg {{ margin-top: 26px; font-size: 11px; }}
"""
EN_RO_BODY = """
<div class="hd">{shop}</div>
<h1 data-gt="header">REPAIR ORDER / INVOICE</h1>
<table class="g">{grid}</table>
<table class="i">{labor}</table>
<table class="i">{parts}</table>
<table class="s">{sums}</table>
<div class="sg" data-gt="other">I authorize the above repair work. Customer signature ______________________</div>
"""
JOBS = (("Replace front brake pads and rotors", "BP-2231", "Brake pad set"), ("Oil and filter change", "OF-104",
        "Oil filter"), ("Replace serpentine belt", "SB-770", "Serpentine belt"), ("Replace battery", "BT-48",
        "Battery 48AH"))  # fmt: skip


def en_repair_order_invoice(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    seller = f"{rng.choice(d.EN_LAST)}'s {rng.choice(('Auto Repair', 'Garage', 'Auto Service'))}"
    buyer = f"{rng.choice(d.EN_FIRST)} {rng.choice(d.EN_LAST)}"
    issued = d._rand_date(rng, 2022, 2025)
    number = f"{rng.randrange(10000, 99999)}"
    shop = (
        t("seller_name", seller, cls="co") + t("other", f"{_street(rng)}, {rng.choice(r.EN_CITIES_MORE)}")
        + t("other", "ASE Certified Technicians")
    )  # fmt: skip
    vin = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(17))
    car = f"{rng.randrange(2008, 2023)} {rng.choice(('Toyota Camry', 'Honda Civic', 'Ford F-150', 'Subaru Outback'))}"
    cells = (
        (("RO NO.", number, "invoice_number"), ("DATE", issued.strftime("%m/%d/%Y"), "date"),
         ("CUSTOMER", buyer, "buyer_name"),
         ("PHONE", f"({rng.randrange(201, 989)}) {rng.randrange(200, 999)}-{rng.randrange(1000, 9999)}", "other")),
        (("YEAR / MAKE / MODEL", car, "other"), ("VIN", vin, "other"),
         ("MILEAGE IN", f"{rng.randrange(20000, 180000):,}", "other"), ("TECH", rng.choice(d.EN_FIRST), "other")),
    )  # fmt: skip
    grid = "".join(
        "<tr>" + "".join(f'<td><span class="k" data-gt="key">{k}</span>{t(lab, v)}</td>' for k, v, lab in row) + "</tr>"
        for row in cells
    )
    rate = Decimal(rng.choice((95, 110, 125, 140)))
    labor = '<tr class="h">' + "".join(
        f"<td{' class=n' if i else ''}>{t('header', h)}</td>" for i, h in enumerate(("Labor", "Hours", "Amount"))
    ) + "</tr>"  # fmt: skip
    parts = '<tr class="h">' + "".join(
        f"<td{' class=n' if i > 1 else ''}>{t('header', h)}</td>"
        for i, h in enumerate(("Part #", "Description", "Qty", "Price"))
    ) + "</tr>"  # fmt: skip
    lab_sum = part_sum = Decimal(0)
    for job, pno, part in rng.sample(JOBS, rng.randrange(1, 3)):
        hrs = Decimal(rng.choice(("0.5", "1.0", "1.5", "2.0")))
        lab_sum += hrs * rate
        labor += "<tr>" + "".join(
            f"<td{' class=n' if j else ''}>{t('item', c)}</td>"
            for j, c in enumerate((job, str(hrs), _money_en(hrs * rate, "")))
        ) + "</tr>"  # fmt: skip
        price = Decimal(rng.randrange(1500, 25000)) / 100
        part_sum += price
        parts += "<tr>" + "".join(
            f"<td{' class=n' if j > 1 else ''}>{t('item', c)}</td>"
            for j, c in enumerate((pno, part, "1", _money_en(price, "")))
        ) + "</tr>"  # fmt: skip
    supplies = Decimal(rng.randrange(500, 2500)) / 100
    tax = (part_sum * Decimal("0.0625")).quantize(Decimal("0.01"), ROUND_HALF_UP)
    total = lab_sum + part_sum + supplies + tax
    sums = "".join(
        f"<tr{cls}><td>{t('key', k)}</td><td class=n>{t(lab, v)}</td></tr>"
        for k, v, lab, cls in (
            ("Labor", _money_en(lab_sum, "$"), "other", ""),
            ("Parts", _money_en(part_sum, "$"), "other", ""),
            ("Shop Supplies", _money_en(supplies, "$"), "other", ""),
            ("Sales Tax", _money_en(tax, "$"), "tax", ""),
            ("TOTAL DUE", _money_en(total, "$"), "total", ' class="b"'),
        )
    )
    slots = {"shop": shop, "grid": grid, "labor": labor, "parts": parts, "sums": sums}
    return slots, _truth(number, seller, buyer, "USD", issued, total, tax=tax)


# --- Chinese invoice ----------------------------------------------------------------------------------------------
# A supplier's monthly STATEMENT OF ACCOUNT (客户对账单) that asks for payment: the supplier's name as the title over
# `客户对账单`, `客户名称：<buyer>` and `对账单号：…` on one line, `对账期间：<from> 至 <to>` and `制单日期：<date>` on
# the next; the deliveries of the month `送货日期 | 送货单号 | 品名 | 数量 | 单价 | 金额`; then `上期未付：0.00`,
# `本期发生额：…`, `本期应付金额：¥…` (the amount asked) with its 大写; the bank account and `供方确认` / `客户确认`
# stamps at the foot.
ZH_STMT_CSS = """
body {{ padding: 42px 50px; font-size: 13px; }}
h1 {{ text-align: center; font-size: 22px; margin: 0; }} h2 {{ text-align: center; font-size: 18px; letter-spacing: 8px;
  margin: 4px 0 14px; }}
.l {{ display: flex; justify-content: space-between; margin: 4px 0; }}
table {{ width: 100%; border-collapse: collapse; margin-top: 8px; }} td {{ border: 1px solid #555; padding: 4px 7px; }}
tr.h td {{ text-align: center; background: {shade}; }} td.n {{ text-align: right; }}
.s div {{ margin: 4px 0; }} .s {{ margin-top: 10px; }}
.ft {{ display: flex; justify-content: space-between; margin-top: 24px; }}
"""
ZH_STMT_BODY = """
<h1>{seller}</h1><h2 data-gt="header">客户对账单</h2>
<div class="l"><span>{buyer}</span><span>{no}</span></div>
<div class="l"><span>{period}</span><span>{date}</span></div>
<table>{rows}</table>
<div class="s">{sums}</div>
<p data-gt="other">{bank}</p>
<div class="ft"><span data-gt="other">供方确认（盖章）：</span><span data-gt="other">客户确认（盖章）：</span></div>
"""
STMT_GOODS = ("不锈钢管", "铜排", "电线电缆", "包装纸箱", "塑料粒子", "五金配件", "润滑油")


def zh_statement_account(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    seller, buyer = d.zh_company(rng), d.zh_company(rng)
    while buyer == seller:
        buyer = d.zh_company(rng)
    issued = d._rand_date(rng, 2021, 2025)
    start = issued.replace(day=1) - timedelta(days=1)
    start = start.replace(day=1)
    end = issued.replace(day=1) - timedelta(days=1)
    number = f"DZ{issued.year}{issued.month:02d}{rng.randrange(100, 999)}"
    rows = '<tr class="h">' + "".join(
        f"<td>{t('header', h)}</td>" for h in ("送货日期", "送货单号", "品名", "数量", "单价", "金额")
    ) + "</tr>"  # fmt: skip
    total = Decimal(0)
    for i in range(rng.randrange(3, 6)):
        day = start + timedelta(days=rng.randrange(0, 27))
        q = rng.randrange(2, 80)
        price = Decimal(rng.randrange(200, 30000)) / 100
        total += q * price
        cells = (day.isoformat(), f"SH{day.strftime('%m%d')}{i + 1:02d}", rng.choice(STMT_GOODS), str(q),
                 d._money(price), d._money(q * price))  # fmt: skip
        rows += "<tr>" + "".join(f"<td{' class=n' if j > 2 else ''}>{t('item', c)}</td>" for j, c in enumerate(cells))
        rows += "</tr>"
    sums = (
        f"<div>{t('key', '上期未付：')}{t('other', '0.00')}</div>"
        f"<div>{t('key', '本期发生额：')}{t('other', d._money(total))}</div>"
        f"<div>{t('key', '本期应付金额：¥')}{t('total', d._money(total))}"
        f"{t('other', '（大写：' + decimal_to_cn_upper(total) + '）')}</div>"
    )
    bank = f"开户行：{rng.choice(('中国银行', '工商银行', '招商银行'))}{rng.choice(d.ZH_CITIES)}分行"
    bank += f"　账号：{rng.randrange(10**15, 10**16)}"
    slots = {
        "seller": t("seller_name", seller),
        "buyer": t("key", "客户名称：") + t("buyer_name", buyer),
        "no": t("key", "对账单号：") + t("invoice_number", number),
        "period": t("key", "对账期间：") + t("other", f"{start.isoformat()} 至 {end.isoformat()}"),
        "date": t("key", "制单日期：") + t("date", f"{issued.year}年{issued.month}月{issued.day}日"),
        "rows": rows,
        "sums": sums,
        "bank": bank,
    }
    return slots, _truth(number, seller, buyer, "CNY", issued, total)


# --- Chinese resume -----------------------------------------------------------------------------------------------
# A 简历 written for a foreign company with ENGLISH KEYS and CHINESE VALUES: `Name: 王芳`, `Phone: 138…`,
# `Email: …`, `Location: 深圳` in two columns under the title `RESUME`; `EDUCATION` and `WORK EXPERIENCE` in English
# capitals; an education entry `2015.09 - 2019.06` then `<学校> | <专业> | <学历>` on one line.
ZH_ENKEY_CSS = """
body {{ padding: 44px 54px; font-size: 13.5px; }}
h1 {{ font-size: 26px; letter-spacing: 6px; color: {accent}; margin: 0 0 12px; }}
.g {{ display: grid; grid-template-columns: 1fr 1fr; row-gap: 6px; }} .g b {{ color: #555; font-weight: normal; }}
h2 {{ font-size: 14px; letter-spacing: 2px; border-bottom: 2px solid {accent}; margin: 18px 0 8px; }}
p {{ margin: 4px 0; }}
"""
ZH_ENKEY_BODY = """
<h1 data-gt="header">RESUME</h1>
<div class="g">{info}</div>
<h2 data-gt="header">EDUCATION</h2>{edu}
<h2 data-gt="header">WORK EXPERIENCE</h2>{work}
<h2 data-gt="header">SKILLS</h2><p data-gt="other">{skills}</p>
"""


def zh_enkeys_resume(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    p = r._person_zh(rng)
    items = (
        ("Name: ", p["name"], "name"),
        ("Gender: ", rng.choice(("男", "女")), "other"),
        ("Phone: ", p["phone"], "phone"),
        ("Email: ", p["email"], "email"),
        ("Location: ", p["city"], "city"),
        ("Born: ", f"{rng.randrange(1985, 2001)}.{rng.randrange(1, 13):02d}", "other"),
    )
    info = "".join(f"<div>{t('key', k, tag='b')}{t(lab, v)}</div>" for k, v, lab in items)
    end = rng.randrange(2010, 2022)
    beg = end - (3 if p["degree"] in ("大专", "硕士") else 4)
    bar = t("other", " | ")
    edu = (
        f"<p>{t('other', f'{beg}.09 - {end}.06')}　{t('school', p['school'])}{bar}{t('major', p['major'])}{bar}"
        f"{t('degree', p['degree'])}</p>"
    )
    work = ""
    for i in range(2):
        a = end + 2 * i
        work += f"<p>{t('other', f'{a}.07 - ' + ('Present' if i else f'{a + 2}.06'))}　{t('other', d.zh_company(rng))}"
        work += f"　{t('other', rng.choice(d.ZH_POSITIONS))}</p>"
    slots = {"info": info, "edu": edu, "work": work, "skills": "Excel, Python, 英语六级, 普通话二级甲等"}
    return slots, r._fields(p)


FAMILIES = {
    "en_references_resume": (Family("en", "resume", "resume", EN_REF_CSS, EN_REF_BODY), en_references_resume),
    "en_vet_invoice": (Family("en", "invoice", "invoice", EN_VET_CSS, EN_VET_BODY), en_vet_invoice),
    "en_repair_order_invoice": (Family("en", "invoice", "invoice", EN_RO_CSS, EN_RO_BODY), en_repair_order_invoice),
    "zh_statement_account": (Family("zh", "invoice", "invoice_cn", ZH_STMT_CSS, ZH_STMT_BODY), zh_statement_account),
    "zh_enkeys_resume": (Family("zh", "resume", "resume", ZH_ENKEY_CSS, ZH_ENKEY_BODY), zh_enkeys_resume),
}
# written after round 31 was fixed, scored before any change
ROUND32 = tuple(FAMILIES)


def make(family: str, rng: random.Random, browser: Browser) -> d.Sample:
    """One page of a round-32 `family` typeset by `browser` (browser_docs.make over this module's families)."""
    return _make(family, rng, browser, FAMILIES)


def generate(out: Path, n: int, families: tuple[str, ...], variants: tuple[str, ...], seed: int = 0) -> list[Any]:
    return _generate(out, n, families, variants, seed, registry=FAMILIES)


def main() -> None:
    d.family_main("Generate round-32 browser-typeset resumes and invoices with ground truth.", FAMILIES, generate)


if __name__ == "__main__":
    main()
