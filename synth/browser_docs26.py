"""Round 26 of the browser-typeset held-out resumes and invoices (rounds 9 to 25 in synth/browser_docs*.py): five
families written after round 25 was fixed and scored before any change. Same conventions: a family is a style sheet
and a body template filled from one record of values, every printed text an element marked `data-gt="<label>"`.
`make` and `generate` here are browser_docs's over these families.

    python -m docsense.synth.browser_docs26 OUT --n 2 --variants clean,rot90,rot180,gray,rgba --seed 900
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

# --- English resume -----------------------------------------------------------------------------------------------
# A two-column resume: a grey photo placeholder top LEFT with the contact UNDER it (e-mail, phone, `City, ST`, each
# after a small key-less bullet), `Skills` and `Languages` lower in that column; the name and a title at the top of
# the RIGHT column, then `Profile`, `Experience` and `Education`, whose entries are ONE line each: the years, a wide
# gap, then `<degree>, <major> — <school>` (`2014 – 2018   Bachelor of Science, Physics — Ohio State University`).
EN_PHOTO_CSS = """
body {{ padding: 40px 44px; font-size: 13px; }}
.w {{ display: flex; gap: 30px; }} .l {{ width: 200px; flex: none; }} .r {{ flex: 1; }}
.ph {{ width: 150px; height: 180px; background: #ccc; margin-bottom: 14px; }}
.l > span, .ct > span {{ display: block; margin: 3px 0; }}
.ct > span::before {{ content: "\\25AA  "; color: {accent}; }}
.l h3 {{ font-size: 13px; color: {accent}; margin: 16px 0 4px; text-transform: uppercase; }}
.n {{ font-size: 28px; font-weight: bold; }} .ti {{ color: #555; margin: 2px 0 10px; }}
.r h2 {{ font-size: 15px; color: {accent}; border-bottom: 1px solid {accent}; margin: 14px 0 6px; }}
.y {{ display: flex; gap: 34px; margin: 3px 0; }} .y .a {{ width: 100px; flex: none; }}
"""
EN_PHOTO_BODY = """
<div class="w"><div class="l"><div class="ph"></div><div class="ct">{contact}</div>
<h3 data-gt="header">Skills</h3>{skills}<h3 data-gt="header">Languages</h3>{langs}</div>
<div class="r"><div class="n">{name}</div><div class="ti" data-gt="other">{title}</div>
<h2 data-gt="header">Profile</h2><p data-gt="other">{profile}</p>
<h2 data-gt="header">Experience</h2>{jobs}
<h2 data-gt="header">Education</h2>{edu}</div></div>
"""
LANGS = ("Spanish (B2)", "German (A2)", "French (B1)")
TITLES = ("Design Engineer", "Operations Lead", "Quality Engineer", "Product Designer", "Field Engineer")


def en_photo_col_resume(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    p = _us_person(rng)
    contact = t("email", p["email"]) + t("phone", p["phone_txt"]) + t("city", p["city"])
    jobs = ""
    for comp, pos, a in _jobs(rng, 2):
        jobs += (
            f'<div class="y">{t("other", f"{a} – {a + 2}", cls="a")}{t("other", f"{pos}, {comp}")}</div>'
            f"<p>{t('other', rng.choice(r.BULLETS))}</p>"
        )
    end = rng.randrange(2006, 2021)
    edu = (
        f'<div class="y">{t("other", f"{end - 4} – {end}", cls="a")}<span>{t("degree", p["degree"])}'
        f"{t('other', ', ')}{t('major', p['major'])}{t('other', ' — ')}{t('school', p['school'])}</span></div>"
    )
    slots = {
        "contact": contact,
        "skills": "".join(t("other", s) for s in rng.sample(r.SKILLS, 4)),
        "langs": t("other", "English (native)") + t("other", rng.choice(LANGS)),
        "name": t("name", p["name"]),
        "title": rng.choice(TITLES),
        "profile": "Hands-on engineer who takes designs from sketch to production and keeps the paperwork honest.",
        "jobs": jobs,
        "edu": edu,
    }
    return slots, r._fields(p)


# --- English invoices ---------------------------------------------------------------------------------------------
# A US contractor's estimate turned into an invoice: the contractor's name big top LEFT with `Lic. #` and a street,
# `INVOICE` top RIGHT over `Invoice #` / `Date` / `Job` keys in a small grid; `Customer` and `Job site` side by side;
# lines of `Labor` and `Materials` with `Hrs/Qty`, `Rate`, `Line total`; then `Subtotal`, `Sales tax (x%)`,
# `Total`, `Deposit received` (a minus amount) and `Balance Due` (bold, boxed); the due date in words
# (`Balance due upon completion — no later than 06/30/2024`).
EN_CONTRACTOR_CSS = """
body {{ padding: 44px 54px; font-size: 13px; }}
.hd {{ display: flex; justify-content: space-between; }} .me > span {{ display: block; }}
.me .sn {{ font-size: 22px; font-weight: bold; color: {accent}; }}
.iv h1 {{ font-size: 28px; margin: 0 0 6px; text-align: right; letter-spacing: 3px; }}
.iv table td {{ padding: 2px 6px; }} .iv td.k {{ font-weight: bold; text-align: right; }}
.pt {{ display: flex; gap: 40px; margin: 20px 0 12px; }} .pt > div {{ width: 45%; }} .pt span {{ display: block; }}
.pt h3 {{ font-size: 12px; margin: 0 0 3px; background: {shade}; padding: 2px 6px; }}
table.i {{ width: 100%; border-collapse: collapse; }} table.i td {{ padding: 4px 6px; border-bottom: 1px solid #ccc; }}
tr.h td {{ font-weight: bold; border-bottom: 2px solid #333; }} td.n {{ text-align: right; }}
table.s {{ margin: 10px 0 0 auto; width: 300px; }} table.s td {{ padding: 3px 6px; }}
tr.b td {{ font-weight: bold; font-size: 15px; border: 2px solid {accent}; }}
.nt {{ margin-top: 16px; }}
"""
EN_CONTRACTOR_BODY = """
<div class="hd"><div class="me">{me}</div><div class="iv"><h1 data-gt="header">INVOICE</h1><table>{meta}</table></div>
</div>
<div class="pt"><div><h3 data-gt="key">Customer</h3>{cust}</div><div><h3 data-gt="key">Job site</h3>{site}</div></div>
<table class="i">{rows}</table>
<table class="s">{sums}</table>
<div class="nt">{notes}</div>
"""
TRADES = ("Roofing", "Plumbing", "Remodeling", "Electric", "Painting", "Landscaping")
WORK = (("Labor — demolition", "hrs", 65), ("Labor — installation", "hrs", 75), ("Drywall sheets 4x8", "ea", 14),
        ("Copper pipe 1/2 in. (10 ft)", "ea", 28), ("Shingles (bundle)", "ea", 38), ("Dumpster rental", "ea", 425),
        ("Permit fee", "ea", 180), ("Paint, 5 gal", "ea", 165))  # fmt: skip


def en_contractor_invoice(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    seller = f"{rng.choice(d.EN_COMPANY_A)} {rng.choice(TRADES)} {rng.choice(('LLC', 'Inc.', 'Co.'))}"
    buyer = f"{rng.choice(d.EN_FIRST)} {rng.choice(d.EN_LAST)}" if rng.random() < 0.5 else _company(rng)
    issued = d._rand_date(rng, 2022, 2025)
    due = issued + timedelta(days=rng.choice((14, 30)))
    number = f"{rng.randrange(1000, 9999)}"
    me = (
        t("seller_name", seller, cls="sn")
        + t("other", f"Lic. # {rng.choice('CBR')}{rng.randrange(100000, 999999)}")
        + t("other", _street(rng))
        + t("other", rng.choice([c for c in r.EN_CITIES_MORE if len(c.rsplit(", ", 1)[-1]) == 2]))
    )
    fmt = "%m/%d/%Y"
    meta = "".join(
        f'<tr><td class="k">{t("key", k)}</td><td>{t(lab, v)}</td></tr>'
        for k, v, lab in (("Invoice #", number, "invoice_number"), ("Date", issued.strftime(fmt), "date"),
                          ("Job", f"J-{rng.randrange(100, 999)}", "other"))
    )  # fmt: skip
    cust = t("buyer_name", buyer) + t("other", _street(rng))
    site = t("other", _street(rng)) + t("other", "Same as billing" if rng.random() < 0.5 else "Rear unit")
    rows = '<tr class="h">' + "".join(
        f"<td{' class=n' if i else ''}>{t('header', h)}</td>"
        for i, h in enumerate(("Description", "Hrs/Qty", "Rate", "Line total"))
    ) + "</tr>"  # fmt: skip
    sub = Decimal(0)
    for name, _unit, price in rng.sample(WORK, rng.randrange(3, 6)):
        q = rng.randrange(1, 12)
        sub += q * price
        cells = (name, str(q), _money_en(Decimal(price), "$"), _money_en(Decimal(q * price), "$"))
        rows += "<tr>" + "".join(f"<td{' class=n' if i else ''}>{t('item', c)}</td>" for i, c in enumerate(cells))
        rows += "</tr>"
    rate = Decimal(rng.choice(("6", "7.25", "8.875")))
    tax = (sub * rate / 100).quantize(Decimal("0.01"), ROUND_HALF_UP)
    total = sub + tax
    deposit = (total * Decimal(rng.choice(("0.25", "0.3", "0.5")))).quantize(Decimal("1"), ROUND_HALF_UP)
    sums = "".join(
        f"<tr{cls}><td>{t('key', k)}</td><td class=n>{t(lab, v)}</td></tr>"
        for k, v, lab, cls in (
            ("Subtotal", _money_en(sub, "$"), "subtotal", ""),
            (f"Sales tax ({rate}%)", _money_en(tax, "$"), "tax", ""),
            ("Total", _money_en(total, "$"), "total", ""),
            ("Deposit received", "-" + _money_en(deposit, "$"), "other", ""),
            ("Balance Due", _money_en(total - deposit, "$"), "other", ' class="b"'),
        )
    )
    notes = (
        f"<p>{t('other', 'Balance due upon completion — no later than ')}{t('due_date', due.strftime(fmt))}"
        f"{t('other', '. Make checks payable to ' + seller + '.')}</p>"
        f"<p>{t('other', 'All work guaranteed for one year from completion.')}</p>"
    )
    slots = {"me": me, "meta": meta, "cust": cust, "site": site, "rows": rows, "sums": sums, "notes": notes}
    return slots, _truth(number, seller, buyer, "USD", issued, total, due=due, subtotal=sub, tax=tax)


# An Australian tax invoice set with a SIDE BOX: the page in two columns, the left wide one holding `Tax Invoice`,
# the seller (name, `ABN 12 345 678 901`, an address), `Bill to` and the items (`Description`, `Qty`, `Unit price`,
# `GST`, `Amount`); the narrow right column a shaded box with `Invoice no.`, `Issue date` (`15 Mar 2024`), `Due`,
# then `Subtotal (ex GST)`, `GST`, `Total inc. GST`, and the bank details under it.
EN_AU_CSS = """
body {{ padding: 40px 44px; font-size: 13px; }}
.w {{ display: flex; gap: 24px; }} .m {{ flex: 1; }} .sd {{ width: 210px; flex: none; background: {shade};
  padding: 12px 14px; border-left: 4px solid {accent}; }}
.m h1 {{ font-size: 26px; color: {accent}; margin: 0 0 10px; }} .sl > span, .bt > span {{ display: block; }}
.sl .sn {{ font-size: 17px; font-weight: bold; }} .bt {{ margin: 18px 0 14px; }} .bt b {{ display: block; }}
table.i {{ width: 100%; border-collapse: collapse; }} table.i td {{ padding: 4px 5px; border-bottom: 1px solid #ddd; }}
tr.h td {{ font-weight: bold; }} td.n {{ text-align: right; }}
.sd .kv {{ margin: 0 0 8px; }} .sd .kv span {{ display: block; }} .sd .kv .k {{ font-size: 11px; color: #555; }}
.sd .tt {{ font-size: 17px; font-weight: bold; }} .sd .bk {{ margin-top: 18px; font-size: 11.5px; }}
.sd .bk span {{ display: block; }}
"""
EN_AU_BODY = """
<div class="w"><div class="m"><h1 data-gt="header">Tax Invoice</h1><div class="sl">{me}</div>
<div class="bt"><b data-gt="key">Bill to</b>{to}</div><table class="i">{rows}</table></div>
<div class="sd">{side}</div></div>
"""
AU_CITIES = ("Parramatta NSW 2150", "Fitzroy VIC 3065", "Fortitude Valley QLD 4006", "Subiaco WA 6008",
             "Glenelg SA 5045")  # fmt: skip


def en_au_side_invoice(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    seller = _company(rng, forms=("Pty Ltd", "Pty. Ltd."))
    buyer = _company(rng, seller, forms=("Pty Ltd", "Pty. Ltd.", "Ltd"))
    issued = d._rand_date(rng, 2022, 2025)
    due = issued + timedelta(days=rng.choice((7, 14, 30)))
    number = f"{rng.choice(('INV', 'TI', ''))}{rng.randrange(10000, 99999)}"
    abn = f"{rng.randrange(10, 99)} {rng.randrange(100, 999)} {rng.randrange(100, 999)} {rng.randrange(100, 999)}"
    me = (
        t("seller_name", seller, cls="sn")
        + t("other", f"ABN {abn}")
        + t("other", f"{rng.randrange(1, 200)} {rng.choice(('George', 'Smith', 'Hay', 'King'))} Street")
        + t("other", rng.choice(AU_CITIES))
    )
    to = t("buyer_name", buyer) + t("other", rng.choice(AU_CITIES))
    rows = '<tr class="h">' + "".join(
        f"<td{' class=n' if i else ''}>{t('header', h)}</td>"
        for i, h in enumerate(("Description", "Qty", "Unit price", "GST", "Amount"))
    ) + "</tr>"  # fmt: skip
    sub = gst = Decimal(0)
    for name in rng.sample(d.EN_GOODS, rng.randrange(2, 5)):
        q = rng.randrange(1, 6)
        price = Decimal(rng.randrange(1500, 60000)) / 100
        amount = q * price
        g = (amount / 10).quantize(Decimal("0.01"), ROUND_HALF_UP)
        sub, gst = sub + amount, gst + g
        cells = (name, str(q), d._fmt_thousands(price), d._fmt_thousands(g), d._fmt_thousands(amount))
        rows += "<tr>" + "".join(f"<td{' class=n' if i else ''}>{t('item', c)}</td>" for i, c in enumerate(cells))
        rows += "</tr>"
    total = sub + gst
    fmt = "%d %b %Y"

    def kv(k: str, v: str, lab: str, cls: str = "") -> str:
        return f'<div class="kv">{t("key", k, cls="k")}{t(lab, v, cls=cls)}</div>'

    side = (
        kv("Invoice no.", number, "invoice_number")
        + kv("Issue date", issued.strftime(fmt), "date")
        + kv("Due", due.strftime(fmt), "due_date")
        + kv("Subtotal (ex GST)", _money_en(sub, "$"), "subtotal")
        + kv("GST", _money_en(gst, "$"), "tax")
        + kv("Total inc. GST", _money_en(total, "A$" if rng.random() < 0.5 else "$"), "total", "tt")
        + '<div class="bk">'
        + t("other", "Pay by EFT")
        + t("other", f"BSB {rng.randrange(100, 999)}-{rng.randrange(100, 999)}")
        + t("other", f"Acct {rng.randrange(10**7, 10**8)}")
        + "</div>"
    )
    slots = {"me": me, "to": to, "rows": rows, "side": side}
    return slots, _truth(number, seller, buyer, "AUD", issued, total, due=due, subtotal=sub, tax=gst)


# --- Chinese invoice ----------------------------------------------------------------------------------------------
# A 增值税电子普通发票 printed as a LIST (a phone's print of the e-invoice): the title, then blocks stacked one
# under the other, each a heading bar (`发票信息`, `购买方信息`, `销售方信息`, `商品明细`, `金额信息`) over `key：value`
# lines: 发票代码 / 发票号码 / 开票日期 (`2024-03-05`) / 校验码; 名称 / 纳税人识别号 of the buyer and of the seller
# (the same keys in both blocks); the items as lines; 合计金额 / 合计税额 / 价税合计（小写）.
ZH_LIST_CSS = """
body {{ padding: 40px 90px; font-size: 14px; }}
h1 {{ text-align: center; font-size: 20px; margin-bottom: 14px; }}
h2 {{ font-size: 14px; background: {shade}; color: {accent}; padding: 4px 10px; margin: 12px 0 4px; }}
.kv {{ display: flex; padding: 3px 10px; }} .kv .k {{ width: 150px; flex: none; color: #666; }}
.it {{ padding: 3px 10px; border-bottom: 1px dashed #ccc; display: flex; justify-content: space-between; }}
"""
ZH_LIST_BODY = """
<h1 data-gt="header">{title}</h1>
<h2 data-gt="header">发票信息</h2>{head}
<h2 data-gt="header">购买方信息</h2>{buyer}
<h2 data-gt="header">销售方信息</h2>{seller}
<h2 data-gt="header">商品明细</h2>{items}
<h2 data-gt="header">金额信息</h2>{sums}
"""


def _kv(k: str, v: str, lab: str) -> str:
    return f'<div class="kv">{t("key", k, cls="k")}{t(lab, v)}</div>'


def zh_list_einvoice(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    seller, buyer = d.zh_company(rng), d.zh_company(rng)
    while buyer == seller:
        buyer = d.zh_company(rng)
    s_tax, b_tax = d._tax_id(rng), d._tax_id(rng)
    issued = d._rand_date(rng, 2021, 2025)
    number = f"{rng.randrange(10**7, 10**8)}"
    head = (
        _kv("发票代码：", f"0{rng.randrange(10**10, 10**11)}", "other")
        + _kv("发票号码：", number, "invoice_number")
        + _kv("开票日期：", issued.isoformat(), "date")
        + _kv("校验码：", " ".join(str(rng.randrange(10000, 99999)) for _ in range(4)), "other")
    )
    buyer_b = _kv("名称：", buyer, "buyer_name") + _kv("纳税人识别号：", b_tax, "buyer_tax_id")
    seller_b = _kv("名称：", seller, "seller_name") + _kv("纳税人识别号：", s_tax, "seller_tax_id")
    sub = tax = Decimal(0)
    items = ""
    for name, spec, unit in rng.sample(d.ZH_GOODS, rng.randrange(1, 4)):
        q = rng.randrange(1, 10)
        amount = q * Decimal(rng.randrange(2000, 90000)) / 100
        amount = amount.quantize(Decimal("0.01"), ROUND_HALF_UP)
        tx = (amount * 13 / 100).quantize(Decimal("0.01"), ROUND_HALF_UP)
        sub, tax = sub + amount, tax + tx
        items += (
            f'<div class="it">{t("item", f"*办公用品*{name} {spec}")}{t("item", f"{q}{unit}")}'
            f"{t('item', d._money(amount))}{t('item', '13%')}{t('item', d._money(tx))}</div>"
        )
    total = sub + tax
    sums = (
        _kv("合计金额：", "¥" + d._money(sub), "subtotal")
        + _kv("合计税额：", "¥" + d._money(tax), "tax")
        + _kv("价税合计（小写）：", "¥" + d._money(total), "total")
        + _kv("开票人：", d._zh_name(rng), "other")
    )
    slots = {
        "title": f"{rng.choice(('广东', '浙江', '上海', '北京', '江苏'))}增值税电子普通发票",
        "head": head,
        "buyer": buyer_b,
        "seller": seller_b,
        "items": items,
        "sums": sums,
    }
    return slots, _truth(
        number, seller, buyer, "CNY", issued, total, subtotal=sub, tax=tax, seller_tax_id=s_tax, buyer_tax_id=b_tax
    )


# --- Chinese resume -----------------------------------------------------------------------------------------------
# A 简历 that opens with 自我评价 (a paragraph), then 工作经历, 教育经历 (`学校：…`, `专业：…`, `学历：…` keyed lines
# under the years), 联系方式 (`电话 …`, `邮箱 …`, `现居城市 …`, keys without colons); the candidate's NAME only in
# a footer line at the bottom, `本人：张伟　　签名日期：2024年3月`, no title with the name at the top.
ZH_FOOT_CSS = """
body {{ padding: 50px 64px; font-size: 13.5px; }}
h1 {{ font-size: 22px; text-align: center; letter-spacing: 10px; margin: 0 0 12px; }}
h2 {{ font-size: 15px; margin: 14px 0 6px; padding-left: 8px; border-left: 4px solid {accent}; }}
.ln {{ margin: 3px 0 3px 12px; }} p {{ margin: 2px 0 6px 12px; color: #333; }}
.ft {{ margin-top: 40px; border-top: 1px solid #999; padding-top: 6px; display: flex; justify-content: space-between; }}
"""
ZH_FOOT_BODY = """
<h1 data-gt="header">个人简历</h1>
<h2 data-gt="header">自我评价</h2><p data-gt="other">{about}</p>
<h2 data-gt="header">工作经历</h2>{work}
<h2 data-gt="header">教育经历</h2>{edu}
<h2 data-gt="header">联系方式</h2>{contact}
<div class="ft">{foot}</div>
"""


def zh_footname_resume(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    p = r._person_zh(rng)
    end = rng.randrange(2010, 2022)
    beg = end - (3 if p["degree"] in ("大专", "硕士") else 4)
    work = ""
    for i in range(2):
        a = end + 2 * i
        work += (
            f'<div class="ln">{t("other", f"{a}年7月 — " + ("至今" if i else f"{a + 2}年5月"))}　'
            f"{t('other', d.zh_company(rng))}　{t('other', rng.choice(d.ZH_POSITIONS))}</div>"
            f"<p>{t('other', '负责客户资料整理与合同归档，协助部门完成季度报表。')}</p>"
        )
    edu = (
        f'<div class="ln">{t("other", f"{beg}年9月 — {end}年6月")}</div>'
        f'<div class="ln">{t("key", "学校：")}{t("school", p["school"])}</div>'
        f'<div class="ln">{t("key", "专业：")}{t("major", p["major"])}</div>'
        f'<div class="ln">{t("key", "学历：")}{t("degree", p["degree"])}</div>'
    )
    contact = (
        f'<div class="ln">{t("key", "电话　")}{t("phone", p["phone"])}</div>'
        f'<div class="ln">{t("key", "邮箱　")}{t("email", p["email"])}</div>'
        f'<div class="ln">{t("key", "现居城市　")}{t("city", p["city"])}</div>'
    )
    foot = (
        f"<span>{t('key', '本人：')}{t('name', p['name'])}</span>"
        f"<span>{t('other', f'签名日期：{end + 4}年{rng.randrange(1, 13)}月')}</span>"
    )
    slots = {
        "about": "性格开朗，做事细致，有较强的沟通能力和团队合作精神，能承受一定的工作压力。",
        "work": work,
        "edu": edu,
        "contact": contact,
        "foot": foot,
    }
    return slots, r._fields(p)


FAMILIES = {
    "en_photo_col_resume": (Family("en", "resume", "resume", EN_PHOTO_CSS, EN_PHOTO_BODY), en_photo_col_resume),
    "en_contractor_invoice": (
        Family("en", "invoice", "invoice", EN_CONTRACTOR_CSS, EN_CONTRACTOR_BODY),
        en_contractor_invoice,
    ),
    "en_au_side_invoice": (Family("en", "invoice", "invoice", EN_AU_CSS, EN_AU_BODY), en_au_side_invoice),
    "zh_list_einvoice": (Family("zh", "invoice", "invoice_cn_vat", ZH_LIST_CSS, ZH_LIST_BODY), zh_list_einvoice),
    "zh_footname_resume": (Family("zh", "resume", "resume", ZH_FOOT_CSS, ZH_FOOT_BODY), zh_footname_resume),
}
# written after round 25 was fixed, scored before any change
ROUND26 = tuple(FAMILIES)


def make(family: str, rng: random.Random, browser: Browser) -> d.Sample:
    """One page of a round-26 `family` typeset by `browser` (browser_docs.make over this module's families)."""
    return _make(family, rng, browser, FAMILIES)


def generate(out: Path, n: int, families: tuple[str, ...], variants: tuple[str, ...], seed: int = 0) -> list[Any]:
    return _generate(out, n, families, variants, seed, registry=FAMILIES)


def main() -> None:
    d.family_main("Generate round-26 browser-typeset resumes and invoices with ground truth.", FAMILIES, generate)


if __name__ == "__main__":
    main()
