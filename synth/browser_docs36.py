"""Round 36 of the browser-typeset held-out resumes and invoices (rounds 9 to 35 in synth/browser_docs*.py): five
families written after round 35 was fixed and scored before any change. Same conventions: a family is a style sheet
and a body template filled from one record of values, every printed text an element marked `data-gt="<label>"`.
`make` and `generate` here are browser_docs's over these families.

    python -m docsense.synth.browser_docs36 OUT --n 2 --variants clean,rot90,rot180,gray,rgba --seed 1900
"""

from __future__ import annotations

import random
from datetime import date as _date
from decimal import Decimal
from pathlib import Path
from typing import Any

from docsense.kie.normalize import decimal_to_cn_upper

from . import documents as d
from . import resumes as r
from .browser import Browser
from .browser_docs import Family, _company, _item_row, _money_en, _truth, t
from .browser_docs import generate as _generate
from .browser_docs import make as _make
from .browser_docs15 import _jobs
from .browser_docs24 import _street, _us_person

# --- English resume -----------------------------------------------------------------------------------------------
# A resume with a thin coloured rule at the top, the name left in a serif face followed (same line, smaller, grey) by
# a credential (`, PMP` / `, CPA`), the contact right-aligned in the same header row as three unlabelled lines (the
# town first, then the phone, then the e-mail); `Summary`, `Experience` as `<Position> | <Company> | <years>` rows,
# then `Education` as `<Degree> (<Major>)` in bold over `<School>, <graduation year>`, and `Certifications`.
EN_CRED_CSS = """
body {{ padding: 0 52px 40px; font-size: 13px; font-family: Georgia, serif; }}
.rule {{ height: 8px; background: {accent}; margin: 0 -52px 26px; }}
.hd {{ display: flex; justify-content: space-between; align-items: flex-end; border-bottom: 1px solid #999;
  padding-bottom: 10px; }}
.nm {{ font-size: 30px; }} .cr {{ font-size: 16px; color: #777; }}
.ct {{ text-align: right; font-size: 12px; }} .ct span {{ display: block; }}
h2 {{ font-size: 15px; color: {accent}; margin: 16px 0 6px; font-variant: small-caps; }} p {{ margin: 3px 0; }}
.e {{ margin: 6px 0; }}
"""
EN_CRED_BODY = """
<div class="rule"></div>
<div class="hd"><div>{who}</div><div class="ct">{contact}</div></div>
<h2 data-gt="header">Summary</h2><p data-gt="other">{about}</p>
<h2 data-gt="header">Experience</h2>{jobs}
<h2 data-gt="header">Education</h2>{edu}
<h2 data-gt="header">Certifications</h2><p data-gt="other">{certs}</p>
"""
CREDS = ("PMP", "CPA", "PE", "CFA", "SHRM-CP")


def en_credential_resume(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    p = _us_person(rng)
    cred = rng.choice(CREDS)
    who = t("name", p["name"], cls="nm") + t("other", f", {cred}", cls="cr")
    contact = t("city", p["city"]) + t("phone", p["phone_txt"]) + t("email", p["email"])
    jobs = ""
    for comp, pos, a in _jobs(rng, rng.randrange(2, 4)):
        jobs += f'<p class="e">{t("other", f"{pos} | {comp} | {a}–{a + 2}")}</p>'
    end = rng.randrange(2004, 2021)
    edu = (
        f'<div class="e"><b>{t("degree", p["degree"])}{t("other", " (")}{t("major", p["major"])}{t("other", ")")}'
        f"</b><br>{t('school', p['school'])}{t('other', f', {end}')}</div>"
    )
    slots = {"who": who, "contact": contact, "jobs": jobs, "edu": edu,
             "about": "Plans, measures and delivers; fifteen years of turning budgets into finished work.",
             "certs": f"{cred} ({end + 3}), " + ", ".join(rng.sample(r.SKILLS, 3))}  # fmt: skip
    return slots, r._fields(p)


# --- English invoices ---------------------------------------------------------------------------------------------
# A utility bill (electricity / water): the utility's name and a customer-service line top left, `Statement` right
# with `Account number`, `Bill number`, `Statement date` and `Due date` keyed lines; a shaded `Account holder` box
# (the customer's company and its service address); a usage table (`Meter | Previous reading | Current reading |
# Usage`); a charges box `Previous balance`, `Payment received - thank you` (minus), `Current charges`, and
# `Amount due` bold (the total; previous balance equals the payment); a tear-off stub at the foot repeating
# `Account number` and `Amount due` (`Please pay by <due>`).
EN_UTIL_CSS = """
body {{ padding: 36px 46px; font-size: 12.5px; }}
.hd {{ display: flex; justify-content: space-between; }} .hd span {{ display: block; }}
.hd .co {{ font-size: 22px; font-weight: bold; color: {accent}; }} h1 {{ margin: 0 0 4px; font-size: 20px; }}
.hd td {{ padding: 1px 6px; }}
.ah {{ background: {shade}; padding: 8px 12px; margin: 14px 0; width: 50%; }} .ah span {{ display: block; }}
.ah .k {{ font-weight: bold; font-size: 11px; text-transform: uppercase; }}
table.u {{ width: 100%; border-collapse: collapse; }} table.u td {{ border-bottom: 1px solid #aaa; padding: 4px 6px; }}
table.u tr.h td {{ font-weight: bold; border-bottom: 2px solid #333; }} td.n {{ text-align: right; }}
table.c {{ width: 330px; margin: 14px 0 0 auto; }} table.c td {{ padding: 3px 6px; }} table.c td + td {{
  text-align: right; }} table.c tr.g td {{ font-weight: bold; font-size: 15px; border-top: 2px solid #222; }}
.stub {{ margin-top: 30px; border-top: 2px dashed #777; padding-top: 10px; display: flex;
  justify-content: space-between; font-size: 12px; }}
"""
EN_UTIL_BODY = """
<div class="hd"><div>{utility}</div><div><h1 data-gt="header">Statement</h1><table>{meta}</table></div></div>
<div class="ah">{holder}</div>
<table class="u">{usage}</table>
<table class="c">{charges}</table>
<div class="stub">{stub}</div>
"""
UTILITY_NAMES = ("Power & Light Co.", "Electric Cooperative", "Water Authority", "Energy Services")


def en_utility_bill(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    seller = f"{rng.choice(d.EN_LAST)} {rng.choice(UTILITY_NAMES)}"
    buyer = _company(rng)
    issued = d._rand_date(rng, 2019, 2025)
    due = _date.fromordinal(issued.toordinal() + rng.choice((14, 21, 25)))
    number = f"{rng.randrange(10**7, 10**8)}"
    account = f"{rng.randrange(1000, 9999)}-{rng.randrange(10000, 99999)}-{rng.randrange(1, 9)}"
    utility = t("seller_name", seller, cls="co") + t("other", f"Customer service 1-800-555-{rng.randrange(1000, 9999)}")
    meta = "".join(
        f"<tr><td>{t('key', k)}</td><td>{t(lab, val)}</td></tr>"
        for k, val, lab in (("Account number", account, "other"), ("Bill number", number, "invoice_number"),
                            ("Statement date", issued.strftime("%B %d, %Y"), "date"),
                            ("Due date", due.strftime("%B %d, %Y"), "due_date"))
    )  # fmt: skip
    town = rng.choice([c for c in r.EN_CITIES_MORE if len(c.rsplit(", ", 1)[-1]) == 2])
    holder = (
        t("key", "Account holder", cls="k")
        + t("buyer_name", buyer)
        + t("other", "Service address: " + _street(rng))
        + t("other", f"{town} {rng.randrange(10000, 99999)}")
    )
    usage = '<tr class="h">' + "".join(
        f"<td{' class=n' if i else ''}>{t('header', h)}</td>"
        for i, h in enumerate(("Meter", "Previous reading", "Current reading", "Usage (kWh)", "Charge"))
    ) + "</tr>"  # fmt: skip
    current = Decimal(0)
    for _ in range(rng.randrange(1, 3)):
        prev = rng.randrange(10000, 90000)
        use = rng.randrange(300, 2400)
        amt = (Decimal(use) * Decimal(rng.randrange(11, 19)) / 100).quantize(Decimal("0.01"))
        current += amt
        cells = (f"M{rng.randrange(10**5, 10**6)}", f"{prev:,}", f"{prev + use:,}", f"{use:,}", _money_en(amt, "$"))
        usage += _item_row(cells, lambda i: "n" if i else "")
    fee = Decimal(rng.choice((9, 12, 15)))
    current += fee
    prev_bal = Decimal(rng.randrange(5000, 60000)) / 100
    charges = "".join(
        f"<tr{cls}><td>{t('key', k)}</td><td>{t(lab, val)}</td></tr>"
        for k, val, lab, cls in (
            ("Previous balance", _money_en(prev_bal, "$"), "other", ""),
            ("Payment received - thank you", "-" + _money_en(prev_bal, "$"), "other", ""),
            ("Basic service charge", _money_en(fee, "$"), "other", ""),
            ("Current charges", _money_en(current, "$"), "other", ""),
            ("Amount due", _money_en(current, "$"), "total", ' class="g"'),
        )
    )
    stub = (
        f"<span>{t('other', f'Account number {account}')}</span>"
        f"<span>{t('other', 'Please pay by ' + due.strftime('%m/%d/%Y'))}</span>"
        f"<span>{t('other', 'Amount enclosed $ ________')}</span>"
    )
    slots = {"utility": utility, "meta": meta, "holder": holder, "usage": usage, "charges": charges, "stub": stub}
    return slots, _truth(number, seller, buyer, "USD", issued, current, due=due)


# A consultant's timesheet invoice: `Timesheet & Invoice` as the title top left with `Invoice #` and `Period` under
# it; two blocks side by side, `Billed to` (the client company, left) and `From` (the consultant's own firm, right:
# the seller, not the title); a week-by-week table (`Week ending | Task | Hours | Rate | Amount`); `Total hours`,
# `Amount payable (USD)` bold; `Issued <date>` and payment terms at the foot.
EN_TIME_CSS = """
body {{ padding: 44px 52px; font-size: 12.5px; }}
h1 {{ margin: 0; font-size: 22px; color: {accent}; }} .mt span {{ display: block; }} .mt {{ margin: 4px 0 16px; }}
.pt {{ display: flex; gap: 40px; }} .pt div {{ flex: 1; }} .pt span {{ display: block; }}
.pt .k {{ color: {accent}; font-weight: bold; margin-bottom: 3px; }}
table.w {{ width: 100%; border-collapse: collapse; margin-top: 18px; }} table.w td {{ padding: 4px 6px;
  border-bottom: 1px solid #ccc; }} table.w tr.h td {{ background: {shade}; font-weight: bold; }}
td.n {{ text-align: right; }}
table.s {{ width: 300px; margin: 10px 0 0 auto; }} table.s td + td {{ text-align: right; }}
table.s tr.g td {{ font-weight: bold; font-size: 14px; }}
.ft {{ margin-top: 22px; font-size: 11.5px; }} .ft span {{ display: block; }}
"""
EN_TIME_BODY = """
<h1 data-gt="header">Timesheet &amp; Invoice</h1>
<div class="mt">{meta}</div>
<div class="pt"><div>{billed}</div><div>{frm}</div></div>
<table class="w">{rows}</table>
<table class="s">{sums}</table>
<div class="ft">{foot}</div>
"""
TASKS = ("Requirements workshop", "Data model review", "Migration scripts", "Stakeholder interviews",
         "Dashboard build", "Process mapping", "Test planning")  # fmt: skip


def en_timesheet_invoice(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    seller = f"{rng.choice(d.EN_LAST)} {rng.choice(('Advisory', 'Consulting', 'Analytics'))} {rng.choice(d.EN_SUFFIX)}"
    buyer = _company(rng)
    issued = d._rand_date(rng, 2019, 2025)
    number = f"TS-{issued.year}{issued.month:02d}-{rng.randrange(10, 99)}"
    weeks = rng.randrange(2, 5)
    start = issued.toordinal() - 7 * weeks - rng.randrange(1, 5)
    first, last = _date.fromordinal(start + 1), _date.fromordinal(start + 7 * weeks)
    period = f"{first.strftime('%b %d')} – {last.strftime('%b %d, %Y')}"
    meta = (
        f"<span>{t('key', 'Invoice # ')}{t('invoice_number', number)}</span>"
        f"<span>{t('other', 'Period: ' + period)}</span>"
    )

    def block(key: str, name: str, lab: str) -> str:
        town = rng.choice([c for c in r.EN_CITIES_MORE if len(c.rsplit(", ", 1)[-1]) == 2])
        return t("key", key, cls="k") + t(lab, name) + t("other", _street(rng)) + t("other", town)

    rows = '<tr class="h">' + "".join(
        f"<td{' class=n' if i > 1 else ''}>{t('header', h)}</td>"
        for i, h in enumerate(("Week ending", "Task", "Hours", "Rate", "Amount"))
    ) + "</tr>"  # fmt: skip
    rate = Decimal(rng.choice((85, 110, 125, 150, 175)))
    total = Decimal(0)
    hours_all = Decimal(0)
    for w in range(weeks):
        hrs = Decimal(rng.randrange(8, 80)) / 2
        amt = hrs * rate
        total += amt
        hours_all += hrs
        wk = _date.fromordinal(start + 7 * (w + 1)).strftime("%m/%d/%Y")
        rows += _item_row((wk, rng.choice(TASKS), f"{hrs:.1f}", _money_en(rate, "$"), _money_en(amt, "$")),
                          lambda i: "n" if i > 1 else "")  # fmt: skip
    sums = (
        f"<tr><td>{t('key', 'Total hours')}</td><td>{t('other', f'{hours_all:.1f}')}</td></tr>"
        f'<tr class="g"><td>{t("key", "Amount payable (USD)")}</td><td>{t("total", _money_en(total, "$"))}</td></tr>'
    )
    foot = t("other", "Issued " + issued.strftime("%d %B %Y")) + t(
        "other", "Payment within 15 days by ACH; please quote the invoice number."
    )
    slots = {"meta": meta, "billed": block("Billed to", buyer, "buyer_name"), "frm": block("From", seller,
             "seller_name"), "rows": rows, "sums": sums, "foot": foot}  # fmt: skip
    return slots, _truth(number, seller, buyer, "USD", issued, total)


# --- Chinese invoices ---------------------------------------------------------------------------------------------
# A 机动车维修结算单 from the repair shop (承修单位, paid) to the fleet owner (送修单位, who pays): the title centred,
# then a ruled grid of key cells, `承修单位 | <shop> | 结算单号 | <no>`, `送修单位 | <owner> | 车牌号码 | <plate>`,
# `进厂日期 | <date in> | 结算日期 | <the date>`; the work lines (`序号 | 维修项目 | 工时费 | 材料费 | 小计`); rows
# `工时费合计`, `材料费合计`, `结算金额（小写）` (the total) and `（大写）`; signatures `送修人` / `结算员` at the foot.
ZH_REPAIR_CSS = """
body {{ padding: 44px 52px; font-size: 13px; }}
h1 {{ text-align: center; font-size: 22px; letter-spacing: 4px; margin: 0 0 14px; }}
table {{ width: 100%; border-collapse: collapse; }} td {{ border: 1px solid #333; padding: 6px 7px; }}
td.k {{ background: {shade}; white-space: nowrap; }} td.n {{ text-align: right; }}
tr.h td {{ background: {shade}; text-align: center; }}
.ft {{ display: flex; justify-content: space-between; margin-top: 26px; }}
"""
ZH_REPAIR_BODY = """
<h1 data-gt="header">机动车维修结算单</h1>
<table>{grid}</table>
<div class="ft">{foot}</div>
"""
REPAIRS = (("更换前刹车片", 160, 420), ("更换机油机滤", 80, 360), ("四轮定位", 200, 0), ("更换空调滤芯", 40, 95),
           ("钣金喷漆（左前门）", 650, 480), ("更换蓄电池", 50, 680), ("发动机故障检测", 300, 0))  # fmt: skip


def zh_repair_settlement(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    city = rng.choice(d.ZH_CITIES)
    seller = f"{city}{rng.choice(('顺达', '安驰', '车之家', '恒通'))}汽车维修服务有限公司"
    buyer = d.zh_company(rng)
    issued = d._rand_date(rng, 2021, 2025)
    came = _date.fromordinal(issued.toordinal() - rng.randrange(1, 6))
    number = f"WX{issued.year}{issued.month:02d}{rng.randrange(1000, 9999)}"
    plate = f"{rng.choice('京沪粤浙苏川鄂陕')}{rng.choice('ABCDE')}{rng.randrange(10000, 99999)}"

    def k(s: str) -> str:
        return f'<td class="k">{t("key", s)}</td>'

    grid = (
        f"<tr>{k('承修单位')}<td colspan=3>{t('seller_name', seller)}</td>{k('结算单号')}"
        f"<td>{t('invoice_number', number)}</td></tr>"
        f"<tr>{k('送修单位')}<td colspan=3>{t('buyer_name', buyer)}</td>"
        f"{k('车牌号码')}<td>{t('other', plate)}</td></tr>"
        f"<tr>{k('进厂日期')}<td colspan=3>{t('other', f'{came.year}-{came.month:02d}-{came.day:02d}')}</td>"
        f"{k('结算日期')}<td>{t('date', f'{issued.year}-{issued.month:02d}-{issued.day:02d}')}</td></tr>"
        '<tr class="h">'
        + "".join(f"<td>{t('header', h)}</td>" for h in ("序号", "维修项目", "工时费", "材料费", "", "小计"))
        + "</tr>"
    )
    labor = parts = Decimal(0)
    for i, (name, lab, mat) in enumerate(rng.sample(REPAIRS, rng.randrange(2, 5)), 1):
        lv, mv = Decimal(lab), Decimal(mat)
        labor += lv
        parts += mv
        cells = (str(i), name, d._money(lv), d._money(mv), "", d._money(lv + mv))
        grid += _item_row(cells, lambda j: "n" if j > 1 else "")
    total = labor + parts
    grid += (
        f"<tr>{k('工时费合计')}<td class=n colspan=5>{t('other', d._money(labor))}</td></tr>"
        f"<tr>{k('材料费合计')}<td class=n colspan=5>{t('other', d._money(parts))}</td></tr>"
        f"<tr>{k('结算金额（小写）')}<td class=n colspan=5>{t('key', '¥')}{t('total', d._money(total))}</td></tr>"
        f"<tr>{k('结算金额（大写）')}<td colspan=5>{t('other', decimal_to_cn_upper(total))}</td></tr>"
    )
    foot = (
        f"<span>{t('other', '送修人签字：')}</span><span>{t('other', '结算员：' + d._zh_name(rng))}</span>"
        f"<span>{t('other', f'服务电话：0{rng.randrange(20, 29)}-{rng.randrange(10**7, 10**8)}')}</span>"
    )
    return {"grid": grid, "foot": foot}, _truth(number, seller, buyer, "CNY", issued, total)


# A 采购订单 set as one ruled grid across the page: `采购订单` and `订单编号` over it; key cells `甲方（采购方）` and
# `乙方（供应商）` each spanning a row with the company, then 联系人 / 电话 rows for both (two columns: 甲方 left,
# 乙方 right); `下单日期` (the date) and `要求交货日期` (a later date, not the date); the goods (`物料编码 | 名称规格 |
# 单位 | 数量 | 含税单价 | 含税金额`); `订单总额（含税）` the total, the words after it; `备注` terms under the grid.
ZH_PO_CSS = """
body {{ padding: 40px 48px; font-size: 12.5px; }}
h1 {{ text-align: center; font-size: 24px; letter-spacing: 10px; margin: 0 0 4px; }} .no {{ text-align: right;
  margin-bottom: 6px; }}
table {{ width: 100%; border-collapse: collapse; }} td {{ border: 1px solid #222; padding: 5px 6px; }}
td.k {{ background: {shade}; white-space: nowrap; }} td.n {{ text-align: right; }}
tr.h td {{ background: {shade}; text-align: center; font-weight: bold; }}
.bz {{ margin-top: 10px; font-size: 11.5px; }}
"""
ZH_PO_BODY = """
<h1 data-gt="header">采购订单</h1>
<div class="no">{no}</div>
<table>{grid}</table>
<div class="bz">{notes}</div>
"""
PO_HEAD = ("物料编码", "名称规格", "单位", "数量", "含税单价", "含税金额")
PO_GOODS = (("M-1002", "不锈钢法兰 DN50", "件", 38, 96), ("E-2210", "交流接触器 CJX2-25", "只", 12, 185),
            ("P-0307", "PPR给水管 Φ32", "米", 30, 260), ("C-5520", "六角螺栓 M12×60", "盒", 45, 40),
            ("T-8801", "防护手套 劳保", "双", 6, 500), ("B-4410", "轴承 6205-2RS", "套", 28, 120))  # fmt: skip


def zh_po_grid(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    buyer = d.zh_company(rng)
    while (seller := d.zh_company(rng)) == buyer:
        pass
    issued = d._rand_date(rng, 2021, 2025)
    due = _date.fromordinal(issued.toordinal() + rng.randrange(7, 30))
    number = f"PO{issued.year % 100:02d}{issued.month:02d}{rng.randrange(10000, 99999)}"

    def k(s: str, span: str = "") -> str:
        return f'<td class="k"{span}>{t("key", s)}</td>'

    def ymd(x: _date) -> str:
        return f"{x.year}年{x.month}月{x.day}日"

    grid = (
        f"<tr>{k('甲方（采购方）')}<td colspan=2>{t('buyer_name', buyer)}</td>"
        f"{k('乙方（供应商）')}<td colspan=2>{t('seller_name', seller)}</td></tr>"
        f"<tr>{k('联系人')}<td colspan=2>{t('other', d._zh_name(rng))}</td>{k('联系人')}"
        f"<td colspan=2>{t('other', d._zh_name(rng))}</td></tr>"
        f"<tr>{k('电话')}<td colspan=2>{t('other', f'1{rng.randrange(3, 9)}{rng.randrange(10**8, 10**9)}')}</td>"
        f"{k('电话')}<td colspan=2>{t('other', f'0{rng.randrange(20, 29)}-{rng.randrange(10**7, 10**8)}')}</td></tr>"
        f"<tr>{k('下单日期')}<td colspan=2>{t('date', ymd(issued))}</td>{k('要求交货日期')}"
        f"<td colspan=2>{t('other', ymd(due))}</td></tr>"
        '<tr class="h">'
        + "".join(
            f"<td>{t('header', h)}</td>" for h in ("物料编码", "名称规格", "单位", "数量", "含税单价", "含税金额")
        )
        + "</tr>"
    )
    total = Decimal(0)
    for code, name, unit, price, qmax in rng.sample(PO_GOODS, rng.randrange(2, 5)):
        q = rng.randrange(2, qmax)
        pv = Decimal(price) + Decimal(rng.randrange(0, 99)) / 100
        amt = pv * q
        total += amt
        grid += _item_row((code, name, unit, str(q), d._money(pv), d._fmt_thousands(amt)),
                          lambda i: "n" if i > 2 else "")  # fmt: skip
    grid += (
        f"<tr>{k('订单总额（含税）')}<td class=n colspan=2>{t('total', d._fmt_thousands(total))}</td>"
        f"<td colspan=3>{t('other', '大写：' + decimal_to_cn_upper(total))}</td></tr>"
    )
    notes = t("other", "备注：1. 乙方凭本订单送货，送货单须注明订单编号；2. 货到验收合格后30日内付款；"
                       "3. 本订单经双方盖章后生效。")  # fmt: skip
    no = t("key", "订单编号：") + t("invoice_number", number)
    return {"no": no, "grid": grid, "notes": notes}, _truth(number, seller, buyer, "CNY", issued, total)


FAMILIES = {
    "en_credential_resume": (Family("en", "resume", "resume", EN_CRED_CSS, EN_CRED_BODY), en_credential_resume),
    "en_utility_bill": (Family("en", "invoice", "invoice", EN_UTIL_CSS, EN_UTIL_BODY), en_utility_bill),
    "en_timesheet_invoice": (Family("en", "invoice", "invoice", EN_TIME_CSS, EN_TIME_BODY), en_timesheet_invoice),
    "zh_repair_settlement": (
        Family("zh", "invoice", "invoice_cn", ZH_REPAIR_CSS, ZH_REPAIR_BODY),
        zh_repair_settlement,
    ),
    "zh_po_grid": (Family("zh", "invoice", "invoice_cn", ZH_PO_CSS, ZH_PO_BODY), zh_po_grid),
}
# written after round 35 was fixed, scored before any change
ROUND36 = tuple(FAMILIES)


def make(family: str, rng: random.Random, browser: Browser) -> d.Sample:
    """One page of a round-36 `family` typeset by `browser` (browser_docs.make over this module's families)."""
    return _make(family, rng, browser, FAMILIES)


def generate(out: Path, n: int, families: tuple[str, ...], variants: tuple[str, ...], seed: int = 0) -> list[Any]:
    return _generate(out, n, families, variants, seed, registry=FAMILIES)


def main() -> None:
    d.family_main("Generate round-36 browser-typeset resumes and invoices with ground truth.", FAMILIES, generate)


if __name__ == "__main__":
    main()
