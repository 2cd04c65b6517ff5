"""Round 31 of the browser-typeset held-out resumes and invoices (rounds 9 to 30 in synth/browser_docs*.py): six
families written after round 30 was fixed and scored before any change. Same conventions: a family is a style sheet
and a body template filled from one record of values, every printed text an element marked `data-gt="<label>"`.
`make` and `generate` here are browser_docs's over these families.

    python -m docsense.synth.browser_docs31 OUT --n 2 --variants clean,rot90,rot180,gray,rgba --seed 1400
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
from .browser_docs24 import ROLES, _street, _us_person

# --- English resumes ----------------------------------------------------------------------------------------------
# A resume whose whole body is ONE ruled two-column table: the section's name in a narrow shaded left cell
# (`Contact`, `Profile`, `Experience`, `Education`, `Skills`), its entries in the wide right cell; the contact cell
# holds the phone, the e-mail and the town as three unlabelled lines; an education entry is `<Degree> in <Major>` (or
# `<Degree>, <Major>`) in bold over `<School> · <years>`. The name and the job title sit over the table.
EN_SECTAB_CSS = """
body {{ padding: 46px 56px; font-size: 13px; }}
.n {{ font-size: 28px; font-weight: bold; }} .j {{ color: #555; margin: 2px 0 14px; }}
table {{ width: 100%; border-collapse: collapse; }}
td {{ border: 1px solid #bbb; padding: 8px 10px; vertical-align: top; }}
td.s {{ width: 110px; background: {shade}; font-weight: bold; color: {accent}; }}
td div {{ margin: 2px 0; }} b {{ display: block; }}
"""
EN_SECTAB_BODY = """
<div class="n">{name}</div><div class="j">{title}</div>
<table>{rows}</table>
"""


def en_section_table_resume(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    p = _us_person(rng)
    end = rng.randrange(2006, 2021)
    sep = rng.choice((" in ", ", "))
    edu = (
        f"<b>{t('degree', p['degree'])}{t('other', sep)}{t('major', p['major'])}</b>"
        f"<div>{t('school', p['school'])}{t('other', f' · {end - 4}–{end}')}</div>"
    )
    jobs = ""
    for comp, pos, a in _jobs(rng, 2):
        jobs += f"<b>{t('other', pos)}</b><div>{t('other', f'{comp}, {a}–{a + 2}')}</div>"
        jobs += f"<div>{t('other', rng.choice(r.BULLETS))}</div>"
    contact = "".join(f"<div>{t(lab, p[k])}</div>" for k, lab in (("phone_txt", "phone"), ("email", "email"),
                                                                   ("city", "city")))  # fmt: skip
    sections = (
        ("Contact", contact),
        ("Profile", f"<div>{t('other', 'Careful planner who ships on time and documents what she builds.')}</div>"),
        ("Experience", jobs),
        ("Education", edu),
        ("Skills", f"<div>{t('other', ', '.join(rng.sample(r.SKILLS, 4)))}</div>"),
    )
    rows = "".join(f'<tr><td class="s">{t("header", k)}</td><td>{v}</td></tr>' for k, v in sections)
    slots = {"name": t("name", p["name"]), "title": t("other", rng.choice(ROLES)), "rows": rows}
    return slots, r._fields(p)


# A resume with a photo-less RIGHT sidebar holding only SKILLS as bars (a label, a grey track with a coloured fill)
# and LANGUAGES; the main column left: the name, one contact line joined by ` / ` (phone / e-mail / town), SUMMARY,
# EXPERIENCE, and EDUCATION at the very bottom as ONE line `<School> — <Degree>, <Major> (<year>)`.
EN_BARS_CSS = """
body {{ padding: 40px 44px; font-size: 13px; }}
.w {{ display: flex; gap: 28px; }} .m {{ flex: 1; }} .sb {{ width: 190px; border-left: 2px solid {accent};
  padding-left: 16px; }}
.n {{ font-size: 28px; font-weight: bold; color: {accent}; }} .c {{ color: #444; margin: 4px 0 10px; }}
h2 {{ font-size: 13px; letter-spacing: 2px; margin: 18px 0 6px; color: {accent}; }} p {{ margin: 3px 0; }}
.bar {{ margin: 6px 0; }} .bar i {{ display: block; height: 7px; background: #ddd; margin-top: 2px; }}
.bar i b {{ display: block; height: 7px; background: {accent}; }}
"""
EN_BARS_BODY = """
<div class="w"><div class="m">
<div class="n">{name}</div><div class="c">{contact}</div>
<h2 data-gt="header">SUMMARY</h2><p data-gt="other">{about}</p>
<h2 data-gt="header">EXPERIENCE</h2>{jobs}
<h2 data-gt="header">EDUCATION</h2>{edu}
</div><div class="sb">
<h2 data-gt="header">SKILLS</h2>{bars}
<h2 data-gt="header">LANGUAGES</h2>{langs}
</div></div>
"""


def en_bars_sidebar_resume(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    p = _us_person(rng)
    slash = t("other", " / ")
    contact = t("phone", p["phone_txt"]) + slash + t("email", p["email"]) + slash + t("city", p["city"])
    jobs = ""
    for comp, pos, a in _jobs(rng, 2):
        jobs += f"<p><b>{t('other', pos)}</b>{t('other', f' — {comp}')}{t('other', f' ({a}–{a + 2})')}</p>"
        jobs += f"<p>{t('other', rng.choice(r.BULLETS))}</p>"
    end = rng.randrange(2006, 2021)
    edu = (
        f"<p>{t('school', p['school'])}{t('other', ' — ')}{t('degree', p['degree'])}{t('other', ', ')}"
        f"{t('major', p['major'])}{t('other', f' ({end})')}</p>"
    )
    bars = "".join(
        f'<div class="bar">{t("other", s)}<i><b style="width: {rng.randrange(40, 100)}%"></b></i></div>'
        for s in rng.sample(r.SKILLS, 4)
    )
    second = rng.choice(("Spanish", "French", "German")) + " — fluent"
    langs = "".join(f"<p>{t('other', s)}</p>" for s in ("English — native", second))
    slots = {
        "name": t("name", p["name"]),
        "contact": contact,
        "about": "Analyst who likes hard questions and simple answers; six years in fast teams.",
        "jobs": jobs,
        "edu": edu,
        "bars": bars,
        "langs": langs,
    }
    return slots, r._fields(p)


# --- English invoices ---------------------------------------------------------------------------------------------
# An invoice RECEIVED AS AN E-MAIL and printed from the mail client: the mail header (`From: <Seller> <billing@…>`,
# `To: <address>`, `Date: Tue, 5 Mar 2024 10:32`, `Subject: Your invoice <number> from <Seller>`) over a rule; the body
# `Hi <first name>,` and a sentence, then a monospace block whose keys run to their values along DOT LEADERS
# (`Invoice number ........ INV-…`, `Invoice date ........ March 5, 2024`, `Billed to ........ <person>`), the lines
# the same way and `Total charged ........ $…`; a sign-off from the seller.
EN_MAIL_CSS = """
body {{ padding: 40px 50px; font-size: 13px; }}
.mh div {{ margin: 2px 0; }} .mh .k {{ color: #666; display: inline-block; width: 70px; }}
.mh .s {{ font-weight: bold; font-size: 15px; }}
hr {{ border: 0; border-top: 1px solid #ccc; margin: 14px 0; }}
pre {{ font-family: 'DejaVu Sans Mono', monospace; font-size: 13px; line-height: 1.6; margin: 12px 0; }}
"""
EN_MAIL_BODY = """
<div class="mh">{head}</div>
<hr>
<p data-gt="other">{hello}</p><p data-gt="other">{line}</p>
<pre>{block}</pre>
<p data-gt="other">{bye}</p>
"""


def _leader(key: str, value: str, lab: str, width: int = 44) -> str:
    """`key ........ value` in a monospace block: the dots fill the line to `width` characters."""
    dots = " " + "." * max(3, width - len(key) - len(value) - 2) + " "
    return t("key", key) + t("other", dots) + t(lab, value) + "\n"


def en_mail_invoice(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    seller = f"{rng.choice(d.EN_COMPANY_A)} {rng.choice(d.EN_COMPANY_B)} {rng.choice(d.EN_SUFFIX)}"
    first, last = rng.choice(d.EN_FIRST), rng.choice(d.EN_LAST)
    buyer = f"{first} {last}"
    issued = d._rand_date(rng, 2022, 2025)
    number = f"INV-{rng.randrange(1000, 99999)}"
    domain = seller.split()[0].lower() + ".com"
    head = (
        f"<div>{t('key', 'From:', cls='k')}{t('other', f'{seller} <billing@{domain}>')}</div>"
        f"<div>{t('key', 'To:', cls='k')}{t('other', f'{first.lower()}.{last.lower()}@mail.com')}</div>"
        f"<div>{t('key', 'Date:', cls='k')}"
        f"{t('other', issued.strftime('%a, %d %b %Y') + f' {rng.randrange(8, 19)}:{rng.randrange(10, 59)}')}</div>"
        f"<div class='s'>{t('other', f'Your invoice {number} from {seller}')}</div>"
    )
    block = _leader("Invoice number", number, "invoice_number")
    block += _leader("Invoice date", issued.strftime("%B %-d, %Y"), "date")
    block += _leader("Billed to", buyer, "buyer_name") + "\n"
    total = Decimal(0)
    for what in rng.sample(("Pro plan (monthly)", "Extra seats x 3", "Storage add-on", "Priority support",
                            "Setup fee"), rng.randrange(1, 4)):  # fmt: skip
        amt = Decimal(rng.randrange(900, 30000)) / 100
        total += amt
        block += _leader(what, _money_en(amt, "$"), "item")
    block += "\n" + _leader(rng.choice(("Total charged", "Amount paid", "Total")), _money_en(total, "$"), "total")
    slots = {
        "head": head,
        "hello": f"Hi {first},",
        "line": f"Thanks for your business. Here is your receipt and invoice from {seller}.",
        "block": block,
        "bye": f"— The {seller.split()[0]} billing team",
    }
    return slots, _truth(number, seller, buyer, "USD", issued, total)


# A builder's PROGRESS INVOICE (an application for payment on a contract): the contractor's letterhead top left,
# `PROGRESS INVOICE` right over `Invoice No.` / `Date` / `Application No.` (a small number) / `Period To` (another
# date); `To (Owner):` the client company and `Project:` a street address side by side; a schedule of values
# `Description of Work | Scheduled Value | Previously Billed | This Period | % Complete`; then a summary column:
# `Original Contract Sum`, `Work Completed to Date`, `Less Retainage (10%)`, `Less Previous Payments`, and
# `Current Payment Due` (the amount this invoice asks for, far less than the contract sum).
EN_PROG_CSS = """
body {{ padding: 42px 50px; font-size: 12.5px; }}
.hd {{ display: flex; justify-content: space-between; }} .co {{ font-size: 20px; font-weight: bold; color: {accent}; }}
.hd span {{ display: block; }} h1 {{ font-size: 20px; letter-spacing: 2px; margin: 0 0 6px; text-align: right; }}
.mt td {{ padding: 1px 0 1px 12px; }} .mt td.n {{ text-align: right; }}
.pt {{ display: flex; gap: 60px; margin: 16px 0 10px; }} .pt span {{ display: block; }} .pt .k {{ color: #666; }}
table.v {{ width: 100%; border-collapse: collapse; }} table.v td {{ border: 1px solid #999; padding: 4px 6px; }}
table.v tr.h td {{ background: {shade}; font-weight: bold; }} td.n {{ text-align: right; }}
table.s {{ width: 360px; margin: 12px 0 0 auto; border-collapse: collapse; }} table.s td {{ padding: 3px 6px; }}
table.s tr.b td {{ font-weight: bold; border-top: 2px solid #333; font-size: 14px; }}
"""
EN_PROG_BODY = """
<div class="hd"><div>{seller}{addr}</div><div><h1 data-gt="header">PROGRESS INVOICE</h1><table class="mt">{meta}</table>
</div></div>
<div class="pt"><div>{owner}</div><div>{project}</div></div>
<table class="v">{rows}</table>
<table class="s">{sums}</table>
<p data-gt="other">Retainage is held until substantial completion. Payment due within 30 days.</p>
"""


def en_progress_invoice(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    seller = (
        f"{rng.choice(d.EN_LAST)} {rng.choice(('Builders', 'Construction', 'Contracting'))} {rng.choice(d.EN_SUFFIX)}"
    )
    buyer = f"{rng.choice(d.EN_COMPANY_A)} {rng.choice(d.EN_COMPANY_B)} {rng.choice(d.EN_SUFFIX)}"
    issued = d._rand_date(rng, 2022, 2025)
    period = issued - timedelta(days=rng.randrange(3, 10))
    number = f"{rng.randrange(2000, 9999)}"
    app = str(rng.randrange(2, 9))
    fmt = rng.choice(("%m/%d/%Y", "%B %-d, %Y"))
    meta = "".join(
        f"<tr><td>{t('key', k)}</td><td class=n>{t(lab, v)}</td></tr>"
        for k, v, lab in (
            ("Invoice No.", number, "invoice_number"),
            ("Date", issued.strftime(fmt), "date"),
            ("Application No.", app, "other"),
            ("Period To", period.strftime(fmt), "other"),
        )
    )
    rows = '<tr class="h">' + "".join(
        f"<td{' class=n' if i else ''}>{t('header', h)}</td>"
        for i, h in enumerate(("Description of Work", "Scheduled Value", "Previously Billed", "This Period",
                               "% Complete"))
    ) + "</tr>"  # fmt: skip
    contract = done = previous = Decimal(0)
    for what in rng.sample(("Site work", "Concrete", "Framing", "Roofing", "Electrical", "Plumbing", "Drywall"), 4):
        value = Decimal(rng.randrange(800, 6000)) * 10
        prev = (value * Decimal(rng.randrange(0, 60)) / 100).quantize(Decimal("1"))
        now = (value * Decimal(rng.randrange(5, 35)) / 100).quantize(Decimal("1"))
        contract, done, previous = contract + value, done + prev + now, previous + prev
        pct = f"{int((prev + now) * 100 / value)}%"
        cells = (what, _money_en(value, ""), _money_en(prev, ""), _money_en(now, ""), pct)
        rows += "<tr>" + "".join(f"<td{' class=n' if j else ''}>{t('item', c)}</td>" for j, c in enumerate(cells))
        rows += "</tr>"
    retain = (done * Decimal("0.10")).quantize(Decimal("0.01"), ROUND_HALF_UP)
    paid = (previous * Decimal("0.90")).quantize(Decimal("0.01"), ROUND_HALF_UP)
    total = done - retain - paid
    sums = "".join(
        f"<tr{cls}><td>{t('key', k)}</td><td class=n>{t(lab, v)}</td></tr>"
        for k, v, lab, cls in (
            ("Original Contract Sum", _money_en(contract, "$"), "other", ""),
            ("Work Completed to Date", _money_en(done, "$"), "other", ""),
            ("Less Retainage (10%)", "-" + _money_en(retain, "$"), "other", ""),
            ("Less Previous Payments", "-" + _money_en(paid, "$"), "other", ""),
            ("Current Payment Due", _money_en(total, "$"), "total", ' class="b"'),
        )
    )
    slots = {
        "seller": t("seller_name", seller, cls="co"),
        "addr": t("other", _street(rng)) + t("other", rng.choice(r.EN_CITIES_MORE)),
        "meta": meta,
        "owner": t("key", "To (Owner):", cls="k") + t("buyer_name", buyer) + t("other", _street(rng)),
        "project": t("key", "Project:", cls="k") + t("other", _street(rng)) + t("other", rng.choice(r.EN_CITIES_MORE)),
        "rows": rows,
        "sums": sums,
    }
    return slots, _truth(number, seller, buyer, "USD", issued, total)


# --- Chinese invoice ----------------------------------------------------------------------------------------------
# A 增值税专用发票 whose goods row reads only `（详见销货清单）` with the sums, and whose goods stand on the ATTACHED
# 销售货物或者提供应税劳务清单 printed under it on the same sheet: the list's own header (购买方名称 / 销售方名称 /
# 所属增值税专用发票代码 / 号码 / 共1页 第1页), the goods table 序号 | 货物（劳务）名称 | 规格型号 | 单位 | 数量 |
# 单价 | 金额 | 税率 | 税额, 小计 and 总计 rows, 备注, 销售方（章） and 填开日期.
ZH_LIST_CSS = """
body {{ padding: 34px 42px; font-size: 12px; }}
h1 {{ text-align: center; color: {red}; font-size: 21px; letter-spacing: 4px; margin: 0; }}
.no {{ text-align: right; }} .no div {{ margin: 1px 0; }}
table {{ width: 100%; border-collapse: collapse; margin-top: 6px; }} td {{ border: 1px solid {red}; padding: 3px 5px; }}
td.k {{ color: {red}; width: 90px; }} td.n {{ text-align: right; }} tr.h td {{ text-align: center; color: {red}; }}
.cut {{ border-top: 1px dashed #888; margin: 18px 0 10px; }}
h2 {{ text-align: center; font-size: 17px; margin: 0 0 6px; }}
.lh {{ display: flex; justify-content: space-between; margin: 2px 0; }}
.ft {{ display: flex; justify-content: space-between; margin-top: 8px; }}
"""
ZH_LIST_BODY = """
<h1 data-gt="header">{title}</h1>
<div class="no">{numbers}</div>
<table>{parties}{row}{sums}</table>
<div class="ft">{foot}</div>
<div class="cut"></div>
<h2 data-gt="header">销售货物或者提供应税劳务清单</h2>
{lhead}
<table>{lrows}</table>
<div class="ft">{lfoot}</div>
"""


def zh_vat_list_invoice(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    seller, buyer = d.zh_company(rng), d.zh_company(rng)
    while buyer == seller:
        buyer = d.zh_company(rng)
    s_tax, b_tax = d._tax_id(rng), d._tax_id(rng)
    issued = d._rand_date(rng, 2019, 2024)
    code = f"{rng.randrange(10**9, 10**10)}"
    number = f"{rng.randrange(10**7, 10**8)}"
    zh_date = f"{issued.year}年{issued.month:02d}月{issued.day:02d}日"
    numbers = (
        f"<div>{t('key', '发票代码：')}{t('other', code)}</div>"
        f"<div>{t('key', '发票号码：')}{t('invoice_number', number)}</div>"
        f"<div>{t('key', '开票日期：')}{t('date', zh_date)}</div>"
    )

    def party(role: str, who: str, name: str, tax_id: str) -> str:
        return (
            f'<tr><td class="k">{t("key", role + "名称")}</td><td colspan="8">{t(who + "_name", name)}</td></tr>'
            f'<tr><td class="k">{t("key", "纳税人识别号")}</td><td colspan="8">{t(who + "_tax_id", tax_id)}</td></tr>'
        )

    rate = Decimal(rng.choice(("0.13", "0.09")))
    head = ("序号", "货物（劳务）名称", "规格型号", "单位", "数量", "单价", "金额", "税率", "税额")
    lrows = '<tr class="h">' + "".join(f"<td>{t('header', h)}</td>" for h in head) + "</tr>"
    subtotal = tax = Decimal(0)
    for i, g in enumerate(rng.sample(d.ZH_GOODS, rng.randrange(4, 7)), 1):
        qty, unit = Decimal(rng.randrange(1, 30)), Decimal(rng.randrange(1000, 60000)) / 100
        amount = qty * unit
        tx = (amount * rate).quantize(Decimal("0.01"), ROUND_HALF_UP)
        subtotal, tax = subtotal + amount, tax + tx
        cells = (str(i), g[0], g[1], g[2], str(qty), d._money(unit), d._money(amount), f"{int(rate * 100)}%",
                 d._money(tx))  # fmt: skip
        lrows += "<tr>" + "".join(f"<td{' class=n' if j > 3 else ''}>{t('item', c)}</td>" for j, c in enumerate(cells))
        lrows += "</tr>"
    total = subtotal + tax
    for k in ("小计", "总计"):
        lrows += (
            f'<tr><td colspan="6">{t("key", k)}</td><td class="n">{t("other", d._money(subtotal))}</td><td></td>'
            f'<td class="n">{t("other", d._money(tax))}</td></tr>'
        )
    row = (
        f'<tr class="h"><td colspan="3">{t("header", "货物或应税劳务、服务名称")}</td>'
        + "".join(f"<td>{t('header', h)}</td>" for h in ("数量", "单价", "金额", "税率"))
        + f'<td colspan="2">{t("header", "税额")}</td></tr>'
        f'<tr><td colspan="3">{t("item", "（详见销货清单）")}</td><td></td><td></td>'
        f'<td class="n">{t("item", d._money(subtotal))}</td><td></td><td colspan="2" class="n">'
        f"{t('item', d._money(tax))}</td></tr>"
    )
    sums = (
        f'<tr><td colspan="3">{t("key", "合　　计")}</td><td colspan="2"></td>'
        f'<td class="n">{t("subtotal", "¥" + d._money(subtotal))}</td><td></td>'
        f'<td colspan="2" class="n">{t("tax", "¥" + d._money(tax))}</td></tr>'
        f'<tr><td colspan="3">{t("key", "价税合计（大写）")}</td>'
        f'<td colspan="3">{t("other", decimal_to_cn_upper(total))}</td>'
        f'<td>{t("key", "（小写）")}</td><td colspan="2" class="n">{t("total", "¥" + d._money(total))}</td></tr>'
    )
    foot = "".join(t("other", f"{k}{d._zh_name(rng)}") for k in ("收款人：", "复核：", "开票人："))
    lhead = (
        f'<div class="lh">{t("other", "购买方名称：" + buyer)}{t("other", "销售方名称：" + seller)}</div>'
        f'<div class="lh">{t("other", f"所属增值税专用发票代码：{code}")}{t("other", f"号码：{number}")}'
        f"{t('other', '共1页　第1页')}</div>"
    )
    lfoot = t("other", "备注：") + t("other", "销售方（章）") + t("other", f"填开日期：{zh_date}")
    slots = {
        "title": f"{rng.choice(d.ZH_CITIES)}增值税专用发票",
        "numbers": numbers,
        "parties": party("购买方", "buyer", buyer, b_tax) + party("销售方", "seller", seller, s_tax),
        "row": row,
        "sums": sums,
        "foot": foot,
        "lhead": lhead,
        "lrows": lrows,
        "lfoot": lfoot,
    }
    return slots, _truth(
        number, seller, buyer, "CNY", issued, total, subtotal=subtotal, tax=tax, seller_tax_id=s_tax, buyer_tax_id=b_tax
    )


# --- Chinese resume -----------------------------------------------------------------------------------------------
# A 简历 printed from a job-network PROFILE page: the name large with a headline `<职位> · <公司>` under it and the
# town as `<城市>，中国` on a line of its own; a left rail `联系方式` whose values carry their kind in brackets after
# them (`138…（手机）`, `…@qq.com（邮箱）`) and `技能`; the main part 个人简介, 工作经历 (the company bold over the post
# and `2019年7月 - 至今`), and 教育经历 as the school bold over `<学历>，<专业>` over `2012 - 2016`.
ZH_PROFILE_CSS = """
body {{ padding: 40px 44px; font-size: 13.5px; }}
.w {{ display: flex; gap: 26px; }} .rl {{ width: 200px; background: {shade}; padding: 12px; }} .m {{ flex: 1; }}
.n {{ font-size: 28px; font-weight: bold; }} .hl {{ color: #333; margin: 4px 0; }} .loc {{ color: #777; }}
h2 {{ font-size: 15px; margin: 16px 0 6px; color: {accent}; }} p {{ margin: 3px 0; }} b {{ display: block; }}
"""
ZH_PROFILE_BODY = """
<div class="w"><div class="rl">
<h2 data-gt="header">联系方式</h2>{contact}
<h2 data-gt="header">技能</h2>{skills}
</div><div class="m">
<div class="n">{name}</div><div class="hl">{headline}</div><div class="loc">{loc}</div>
<h2 data-gt="header">个人简介</h2><p data-gt="other">{about}</p>
<h2 data-gt="header">工作经历</h2>{work}
<h2 data-gt="header">教育经历</h2>{edu}
</div></div>
"""


def zh_profile_resume(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    p = r._person_zh(rng)
    end = rng.randrange(2010, 2021)
    comps = [d.zh_company(rng) for _ in range(2)]
    pos = rng.choice(d.ZH_POSITIONS)
    contact = f"<p>{t('phone', p['phone'])}{t('other', '（手机）')}</p>"
    contact += f"<p>{t('email', p['email'])}{t('other', '（邮箱）')}</p>"
    skills = "".join(
        f"<p>{t('other', s)}</p>" for s in rng.sample(("Excel", "Python", "数据分析", "项目管理", "英语六级"), 3)
    )
    work = ""
    for i, comp in enumerate(comps):
        a = end + 3 * (1 - i)
        when = f"{a}年7月 - 至今" if i == 0 else f"{a}年7月 - {a + 3}年6月"
        work += f"<b>{t('other', comp)}</b><p>{t('other', pos if i == 0 else rng.choice(d.ZH_POSITIONS))}</p>"
        work += f"<p>{t('other', when)}</p>"
    beg = end - (3 if p["degree"] in ("大专", "硕士") else 4)
    edu = (
        f"<b>{t('school', p['school'])}</b><p>{t('degree', p['degree'])}{t('other', '，')}{t('major', p['major'])}</p>"
        f"<p>{t('other', f'{beg} - {end}')}</p>"
    )
    slots = {
        "contact": contact,
        "skills": skills,
        "name": t("name", p["name"]),
        "headline": t("other", f"{pos} · {comps[0]}"),
        "loc": t("city", p["city"]) + t("other", "，中国"),
        "about": "五年行业经验，擅长跨部门协作与流程改进。",
        "work": work,
        "edu": edu,
    }
    return slots, r._fields(p)


FAMILIES = {
    "en_section_table_resume": (Family("en", "resume", "resume", EN_SECTAB_CSS, EN_SECTAB_BODY),
                                en_section_table_resume),
    "en_bars_sidebar_resume": (Family("en", "resume", "resume", EN_BARS_CSS, EN_BARS_BODY), en_bars_sidebar_resume),
    "en_mail_invoice": (Family("en", "invoice", "invoice", EN_MAIL_CSS, EN_MAIL_BODY), en_mail_invoice),
    "en_progress_invoice": (Family("en", "invoice", "invoice", EN_PROG_CSS, EN_PROG_BODY), en_progress_invoice),
    "zh_vat_list_invoice": (Family("zh", "invoice", "invoice_cn_vat", ZH_LIST_CSS, ZH_LIST_BODY), zh_vat_list_invoice),
    "zh_profile_resume": (Family("zh", "resume", "resume", ZH_PROFILE_CSS, ZH_PROFILE_BODY), zh_profile_resume),
}  # fmt: skip
# written after round 30 was fixed, scored before any change
ROUND31 = tuple(FAMILIES)


def make(family: str, rng: random.Random, browser: Browser) -> d.Sample:
    """One page of a round-31 `family` typeset by `browser` (browser_docs.make over this module's families)."""
    return _make(family, rng, browser, FAMILIES)


def generate(out: Path, n: int, families: tuple[str, ...], variants: tuple[str, ...], seed: int = 0) -> list[Any]:
    return _generate(out, n, families, variants, seed, registry=FAMILIES)


def main() -> None:
    d.family_main("Generate round-31 browser-typeset resumes and invoices with ground truth.", FAMILIES, generate)


if __name__ == "__main__":
    main()
