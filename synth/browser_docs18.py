"""Round 18 of the browser-typeset held-out resumes and invoices (rounds 9 to 17 in synth/browser_docs*.py): written
after round 17 was fixed and scored before any change. Same conventions: a family is a style sheet and a body
template filled from one record of values, every printed text an element marked `data-gt="<label>"`. `make` and
`generate` here are browser_docs's over these families.

    python -m docsense.synth.browser_docs18 OUT --n 2 --variants clean,rot90,rot180,gray,rgba --seed 100
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
# A plain-text resume printed as typed (a monospace face throughout): the name in capitals over a row of `=`, the
# contact as dot-leader lines (`Phone ........ (555) 123-4567`, `Email ........`, `Location .....`), section titles
# in capitals underlined with `-` characters, each education entry `<years>  <Degree>, <Major>` with the school
# indented under it, experience likewise, skills as a comma list.
EN_MONO_CSS = """
body {{ padding: 52px 64px; }} .pg {{ font-size: 13px; line-height: 1.5; }}
.l {{ display: block; white-space: pre; }} .n {{ font-weight: bold; font-size: 16px; }}
"""
EN_MONO_BODY = """
<div class="pg" style="font-family: '{mono}', monospace">{lines}</div>
"""

# A resume whose sections are boxes with the title set in the box's border (a fieldset legend), the name large left
# and a contact block right as a two-column table of small lower-case labels (`tel`, `mail`, `home`) before their
# values; education as `<Major> — <Degree>` (the major first) over `<School> · <year>`.
EN_FIELDSET_CSS = """
body {{ padding: 40px 50px; }}
.top {{ display: flex; justify-content: space-between; align-items: flex-end; margin-bottom: 14px; }}
.top h1 {{ font-size: 30px; color: {accent}; }} .top .ti {{ display: block; color: #666; font-size: 14px; }}
table.c td {{ padding: 1px 5px; font-size: 13px; }} table.c td.k {{ color: #888; font-size: 11px; text-align: right; }}
fieldset {{ border: 1.5px solid {accent}; border-radius: 8px; padding: 6px 14px 10px; margin: 10px 0; }}
legend {{ padding: 0 8px; font-weight: bold; color: {accent}; font-size: 15px; }}
.en span {{ display: block; }} .en .a {{ font-weight: bold; }} .j {{ margin: 3px 0 6px; }} .j span {{ display: block; }}
"""
EN_FIELDSET_BODY = """
<div class="top"><div>{name}</div><table class="c">{contact}</table></div>
<fieldset><legend data-gt="header">{t_sum}</legend><p data-gt="other">{summary}</p></fieldset>
<fieldset><legend data-gt="header">{t_exp}</legend>{jobs}</fieldset>
<fieldset><legend data-gt="header">{t_edu}</legend><div class="en">{edu}</div></fieldset>
<fieldset><legend data-gt="header">Skills</legend><p data-gt="other">{skills}</p></fieldset>
"""

# An infographic resume: a dark band with the name and the job title; under it a row of three cards — CONTACT (each
# value after a letter in a small filled circle standing for an icon: `P`, `@`, `H`), SKILLS as a bar chart (a label,
# a bar, a percentage) and LANGUAGES —; then EDUCATION as a card with the graduation year set big (`2016`) over the
# degree, the major and the school each on a line of its own (no `in`), and EXPERIENCE as a horizontal timeline of
# jobs side by side in columns.
EN_INFO_CSS = """
.band {{ background: {accent}; color: white; padding: 34px 48px 26px; }}
.band .n {{ display: block; font-size: 32px; font-weight: bold; letter-spacing: 1px; }}
.band .p {{ display: block; font-size: 15px; opacity: 0.85; }}
.cards {{ display: flex; gap: 16px; padding: 20px 40px 6px; }}
.card {{ flex: 1; background: {shade}; border-radius: 8px; padding: 10px 12px; }}
.card h3 {{ font-size: 13px; letter-spacing: 2px; color: {accent}; margin-bottom: 6px; }}
.ic {{ display: flex; align-items: center; margin: 4px 0; font-size: 12px; }}
.ic b {{ display: inline-block; width: 18px; height: 18px; border-radius: 9px; background: {accent}; color: white;
  text-align: center; font-size: 11px; line-height: 18px; margin-right: 6px; flex: none; }}
.bar {{ display: flex; align-items: center; font-size: 12px; margin: 3px 0; }}
.bar .lb {{ width: 62px; }} .bar .tr {{ width: 70px; height: 7px; background: #ccc; margin: 0 6px; }}
.bar .tr i {{ display: block; height: 7px; background: {accent}; }}
.sec {{ padding: 8px 40px; }} .sec h2 {{ font-size: 15px; color: {accent}; letter-spacing: 2px; margin: 6px 0; }}
.edu {{ display: flex; gap: 18px; align-items: flex-start; }} .edu .y {{ font-size: 30px; font-weight: bold;
  color: {accent}; }} .edu .d span {{ display: block; }} .edu .d .g {{ font-weight: bold; }}
.tl {{ display: flex; gap: 14px; border-top: 3px solid {accent}; padding-top: 8px; }}
.tl div {{ flex: 1; font-size: 12px; }} .tl span {{ display: block; }} .tl .yr {{ font-weight: bold; }}
"""
EN_INFO_BODY = """
<div class="band">{who}</div>
<div class="cards">
<div class="card"><h3 data-gt="header">CONTACT</h3>{contact}</div>
<div class="card"><h3 data-gt="header">SKILLS</h3>{bars}</div>
<div class="card"><h3 data-gt="header">LANGUAGES</h3>{langs}</div>
</div>
<div class="sec"><h2 data-gt="header">EDUCATION</h2><div class="edu">{edu}</div></div>
<div class="sec"><h2 data-gt="header">EXPERIENCE</h2><div class="tl">{jobs}</div></div>
<div class="sec"><h2 data-gt="header">PROFILE</h2><p data-gt="other">{summary}</p></div>
"""

SHORT_DEG = ("B.A.", "B.S.", "M.A.", "M.S.", "BSc", "MSc", "Ph.D.", "MBA", "B.Eng.")


def _mono_line(text: str, label: str = "other", cls: str = "l") -> str:
    return t(label, text, cls=cls)


def en_mono_resume(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    p = _en_person(rng)
    width = rng.choice((16, 14))
    lines = t("name", p["name"].upper(), cls="l n") + _mono_line("=" * len(p["name"]))

    def keyed(key: str, value: str, label: str) -> str:
        lead = f"{key} " + "." * (width - len(key)) + " "
        return f'<span class="l">{t("key", lead)}{t(label, value)}</span>'

    lines += keyed("Phone", p["phone_txt"], "phone") + keyed("Email", p["email"], "email")
    lines += keyed(rng.choice(("Location", "Address", "City")), p["city"], "city")
    lines += '<span class="l"> </span>'

    def title(text: str) -> str:
        return t("header", text, cls="l") + _mono_line("-" * len(text))

    lines += title(rng.choice(("OBJECTIVE", "SUMMARY")))
    lines += _mono_line("Analyst with a record of careful work, clear writing and")
    lines += _mono_line("projects delivered on schedule.") + '<span class="l"> </span>'
    lines += title("EXPERIENCE")
    for comp, pos, a in _jobs(rng, 2):
        lines += _mono_line(f"{a}-{a + 3}  {pos}, {comp}") + _mono_line(f"           * {rng.choice(r.BULLETS)}")
    lines += '<span class="l"> </span>' + title("EDUCATION")
    end = rng.randrange(2004, 2021)
    sep = rng.choice((", ", " in "))
    lines += (
        f'<span class="l">{t("date", f"{end - 4}-{end}")}{t("other", "  ")}{t("degree", p["degree"])}'
        f"{t('other', sep)}{t('major', p['major'])}</span>"
        f'<span class="l">{t("other", " " * 11)}{t("school", p["school"])}</span>'
    )
    lines += '<span class="l"> </span>' + title("SKILLS") + _mono_line(", ".join(rng.sample(r.SKILLS, 5)))
    return {"lines": lines, "mono": rng.choice(("DejaVu Sans Mono", "Liberation Mono"))}, r._fields(p)


def en_fieldset_resume(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    p = _en_person(rng)
    p["degree"] = rng.choice((*SHORT_DEG[:-1], "Bachelor of Arts", "Master of Science"))
    name = t("name", p["name"], tag="h1") + t("other", rng.choice(d.EN_POSITIONS), cls="ti")
    labels = rng.choice((("tel", "mail", "home"), ("phone", "email", "based in")))
    contact = "".join(
        f'<tr><td class="k">{t("key", k)}</td><td>{t(n, v)}</td></tr>'
        for k, v, n in zip(labels, (p["phone_txt"], p["email"], p["city"]), ("phone", "email", "city"), strict=True)
    )
    jobs = ""
    for comp, pos, a in _jobs(rng, 2):
        jobs += (
            f'<div class="j">{t("other", f"{pos} — {comp}", cls="a")}{t("other", f"{a} to {a + 3}")}'
            f"{t('other', rng.choice(r.BULLETS))}</div>"
        )
    end = rng.randrange(2005, 2021)
    dash = html.escape(rng.choice((" — ", " – ", ", ")))
    edu = (
        f'<span class="a">{t("major", p["major"])}{t("other", dash)}{t("degree", p["degree"])}</span>'
        f"<span>{t('school', p['school'])}{t('other', f' · {end}')}</span>"
    )
    heads = rng.choice((("Summary", "Experience", "Education"), ("About", "Work History", "Education & Training")))
    slots = {
        "name": name,
        "contact": contact,
        "t_sum": heads[0],
        "t_exp": heads[1],
        "t_edu": heads[2],
        "summary": "Organised and curious; happiest turning messy data into decisions people can act on.",
        "jobs": jobs,
        "edu": edu,
        "skills": ", ".join(rng.sample(r.SKILLS, 6)),
    }
    return slots, r._fields(p)


def en_infographic_resume(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    p = _en_person(rng)
    who = t("name", p["name"], cls="n") + t("other", rng.choice(d.EN_POSITIONS), cls="p")
    icons = rng.choice((("P", "@", "H"), ("T", "E", "L")))
    contact = "".join(
        f'<div class="ic"><b data-gt="other">{i}</b>{t(n, v)}</div>'
        for i, v, n in zip(icons, (p["phone_txt"], p["email"], p["city"]), ("phone", "email", "city"), strict=True)
    )
    bars = ""
    for s in rng.sample(r.SKILLS, 4):
        pct = rng.randrange(5, 20) * 5
        bars += (
            f'<div class="bar">{t("other", s, cls="lb")}<span class="tr"><i style="width: {pct}%"></i></span>'
            f"{t('other', f'{pct}%')}</div>"
        )
    langs = "".join(
        f'<div class="bar">{t("other", lang, cls="lb")}<span class="tr"><i style="width: {w}%"></i></span></div>'
        for lang, w in (("English", 100), (rng.choice(("Spanish", "French", "German", "Italian")), 60))
    )
    end = rng.randrange(2005, 2021)
    edu = (
        f'{t("date", str(end), cls="y")}<div class="d">{t("degree", p["degree"], cls="g")}{t("major", p["major"])}'
        f"{t('school', p['school'])}</div>"
    )
    jobs = ""
    for comp, pos, a in _jobs(rng, 3)[::-1]:
        jobs += f"<div>{t('other', f'{a} – {a + 2}', cls='yr')}{t('other', pos)}{t('other', comp)}</div>"
    slots = {
        "who": who,
        "contact": contact,
        "bars": bars,
        "langs": langs,
        "edu": edu,
        "jobs": jobs,
        "summary": "Hands-on professional who enjoys building reliable processes and mentoring new colleagues.",
    }
    return slots, r._fields(p)


# --- English invoice ----------------------------------------------------------------------------------------------
# A tradesman's work order / invoice from a printed pad: the business in a logo block top left with `Licensed &
# Insured` and a licence number, `SERVICE INVOICE` right with `No.` and a red serial, then a ruled grid of cells each
# holding a small capital LABEL at its top and the value under it (`DATE`, `CUSTOMER`, `JOB LOCATION`, `PHONE`,
# `CUSTOMER P.O.`), `Payment: ☐ Cash ☐ Check ☐ Card`, a materials table, labour lines (`Labor 3.5 hrs @ $85.00`),
# `Total Materials`, `Total Labor`, `Subtotal`, `Sales Tax 6.25%`, `TOTAL`, a completion statement and signature.
EN_SERVICE_CSS = """
body {{ padding: 42px 48px; }}
.top {{ display: flex; justify-content: space-between; align-items: flex-start; }}
.logo span {{ display: block; }} .logo .co {{ font-size: 24px; font-weight: bold; color: {accent}; }}
.logo .sm {{ font-size: 12px; color: #555; }}
.hd {{ text-align: right; }} .hd .tt {{ display: block; font-size: 22px; font-weight: bold; letter-spacing: 2px; }}
.hd .no {{ font-size: 18px; }} .hd .no .v {{ color: #c0392b; font-weight: bold; }}
table.f {{ width: 100%; margin-top: 16px; }} table.f td {{ border: 1px solid #444; padding: 3px 6px 6px;
  vertical-align: top; }}
table.f td span {{ display: block; }} table.f .lb {{ font-size: 10px; color: #666; letter-spacing: 1px; }}
.pm {{ margin: 8px 0; font-size: 13px; }}
table.m {{ width: 100%; }} table.m td {{ border: 1px solid #444; padding: 4px 6px; font-size: 13px; }}
table.m tr.h td {{ background: {shade}; font-weight: bold; text-align: center; }} td.n {{ text-align: right; }}
.lab {{ margin: 8px 0; font-size: 13px; }} .lab span {{ display: block; }}
table.t {{ width: 46%; margin: 6px 0 0 auto; }} table.t td {{ border: 1px solid #444; padding: 4px 8px; }}
table.t td:last-child {{ text-align: right; }} table.t tr.g td {{ font-weight: bold; font-size: 16px; }}
.ok {{ margin-top: 18px; font-size: 12px; color: #333; }} .ok span {{ display: block; margin: 4px 0; }}
"""
EN_SERVICE_BODY = """
<div class="top"><div class="logo">{logo}</div><div class="hd">{head}</div></div>
<table class="f">{grid}</table>
<div class="pm" data-gt="other">{pay}</div>
<table class="m">{rows}</table>
<div class="lab">{labor}</div>
<table class="t">{sums}</table>
<div class="ok">{ok}</div>
"""

TRADE_CO = (
    ("Precision", "Plumbing & Heating"),
    ("Bright Spark", "Electric"),
    ("All-Season", "HVAC Services"),
    ("Cornerstone", "Handyman Co."),
    ("Blue Ridge", "Roofing"),
)
MATERIALS = (
    "1/2 in. copper pipe, 10 ft",
    "Ball valve 3/4 in.",
    "20A breaker",
    "GFCI outlet",
    "Thermostat, programmable",
    "Air filter 16x25x1",
    "PVC fittings (bag)",
    "Wire nuts, assorted",
)


def en_service_invoice(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    a, b = rng.choice(TRADE_CO)
    seller = f"{a} {b}"
    buyer = f"{rng.choice(d.EN_FIRST)} {rng.choice(d.EN_LAST)}"
    issued = d._rand_date(rng, 2020, 2025)
    number = f"{rng.randrange(1000, 99999):06d}"
    fmt = rng.choice(("%m/%d/%Y", "%m/%d/%y", "%B %d, %Y"))
    town = f"{rng.choice(d.EN_CITIES)} {rng.randrange(10000, 99999)}"
    logo = (
        t("seller_name", seller, cls="co")
        + t("other", f"{rng.randrange(10, 9999)} {rng.choice(d.EN_STREETS)}, {town}", cls="sm")
        + t("other", f"Licensed & Insured · Lic. #{rng.randrange(100000, 999999)}", cls="sm")
        + t("other", f"({rng.randrange(201, 989)}) {rng.randrange(200, 999)}-{rng.randrange(1000, 9999)}", cls="sm")
    )
    head = t("header", rng.choice(("SERVICE INVOICE", "WORK ORDER / INVOICE")), cls="tt")
    head += f'<span class="no">{t("key", "No. ")}{t("invoice_number", number, cls="v")}</span>'

    def cell(label: str, value: str, name: str, span: int = 1) -> str:
        col = f' colspan="{span}"' if span > 1 else ""
        return f"<td{col}>{t('key', label, cls='lb')}{t(name, value)}</td>"

    job = f"{rng.randrange(10, 9999)} {rng.choice(d.EN_STREETS)}, {rng.choice(d.EN_CITIES)}"
    phone = f"{rng.randrange(201, 989)}-{rng.randrange(200, 999)}-{rng.randrange(1000, 9999)}"
    grid = (
        "<tr>"
        + cell(rng.choice(("CUSTOMER", "NAME")), buyer, "buyer_name", 2)
        + cell("DATE", issued.strftime(fmt), "date")
        + "</tr><tr>"
        + cell("JOB LOCATION", job, "other", 2)
        + cell("PHONE", phone, "other")
        + "</tr><tr>"
        + cell("CUSTOMER P.O.", f"{rng.randrange(100, 9999)}", "other")
        + cell("TECHNICIAN", f"{rng.choice(d.EN_FIRST)} {rng.choice(d.EN_LAST)[0]}.", "other")
        + cell("JOB TYPE", rng.choice(("Repair", "Install", "Maintenance")), "other")
        + "</tr>"
    )
    rows = '<tr class="h">' + "".join(f"<td>{t('header', h)}</td>" for h in ("Qty", "Material", "Price", "Amount"))
    rows += "</tr>"
    mats = Decimal(0)
    for m in rng.sample(MATERIALS, rng.randrange(2, 5)):
        q, u = Decimal(rng.randrange(1, 6)), Decimal(rng.randrange(300, 9000)) / 100
        mats += q * u
        rows += _item_row((str(q), m, d._fmt_thousands(u), d._fmt_thousands(q * u)), lambda i: "n" if i != 1 else "")
    hours, rate = Decimal(rng.randrange(2, 17)) / 2, Decimal(rng.choice((65, 75, 85, 95, 110)))
    labor_amt = hours * rate
    labor = t("other", f"Labor {hours} hrs @ ${rate:.2f}") + t(
        "other", rng.choice(("Diagnose and repair; tested OK.", "Replaced parts listed above; system tested."))
    )
    subtotal = mats + labor_amt
    pct = Decimal(rng.choice(("6.25", "7", "8.25", "5.5")))
    tax = (mats * pct / 100).quantize(Decimal("0.01"), ROUND_HALF_UP)  # sales tax on materials only
    total = subtotal + tax
    sums = "".join(
        f'<tr class="{cl}"><td>{t("key", k)}</td><td>{t(n, "$" + d._fmt_thousands(v))}</td></tr>'
        for k, v, n, cl in (
            ("Total Materials", mats, "other", ""),
            ("Total Labor", labor_amt, "other", ""),
            ("Subtotal", subtotal, "subtotal", ""),
            (f"Sales Tax {pct}%", tax, "tax", ""),
            ("TOTAL", total, "total", "g"),
        )
    )
    ok = t("other", "I hereby acknowledge the satisfactory completion of the above described work.") + t(
        "other", "Customer signature ______________________   Date ____________"
    )
    slots = {
        "logo": logo,
        "head": head,
        "grid": grid,
        "pay": "Payment:  ☐ Cash   ☐ Check #______   ☐ Card",
        "rows": rows,
        "labor": labor,
        "sums": sums,
        "ok": ok,
    }
    return slots, _truth(number, seller, buyer, "USD", issued, total, subtotal=subtotal, tax=tax)


# --- Chinese ------------------------------------------------------------------------------------------------------
# The paper 增值税专用发票: the title with `发票联` / `抵扣联` under it, `No` and a red number right, 开票日期; each
# party a block of ruled rows whose FIRST cell is the party's name set vertically (`购` / `买` / `方` one character
# a line, spanning four rows), the keys each in a cell of their own (`名　　称`, `纳税人识别号`, `地 址、电 话`,
# `开户行及账号`, no colon) with the value in the next cell; the 密码区 beside the buyer (its label vertical too)
# holding four lines of letter-spaced cipher; the goods; 合计; 价税合计（大写）/（小写）; the seller's block at the
# foot beside 备注; a copy legend set vertically down the right edge.
ZH_SPECIAL_CSS = """
body {{ padding: 40px 46px 40px 40px; }}
.hd {{ display: flex; justify-content: space-between; align-items: flex-end; }}
.hd .tt {{ text-align: center; flex: 1; }} .hd h1 {{ font-size: 24px; letter-spacing: {spacing}px; color: {red}; }}
.hd .cp {{ display: block; color: {red}; font-size: 13px; }} .hd .no > span {{ display: block; font-size: 13px; }}
.hd .no .r {{ color: #c0392b; font-size: 18px; }}
table.g {{ width: 100%; margin-top: 8px; }} table.g td {{ border: 1px solid {red}; padding: 3px 5px; font-size: 12px; }}
td.vl {{ width: 22px; text-align: center; line-height: 1.25; color: {red}; }} td.kc {{ width: 92px; color: {red}; }}
td.ci {{ font-family: monospace; letter-spacing: 3px; font-size: 12px; }}
td.n {{ text-align: right; }} tr.h td {{ text-align: center; color: {red}; }}
.ft {{ display: flex; justify-content: space-between; margin-top: 10px; font-size: 13px; }}
.leg {{ position: absolute; right: 10px; top: 220px; width: 14px; font-size: 12px; color: {red}; line-height: 1.2; }}
"""
ZH_SPECIAL_BODY = """
<div class="hd"><div style="width: 26%"></div><div class="tt">{title}</div><div class="no">{numbers}</div></div>
<table class="g">{buyer}{rows}{sums}{seller}</table>
<div class="ft">{foot}</div>
<div class="leg" data-gt="other">{legend}</div>
"""

# An employer's application form (应聘人员登记表) filled in by the applicant: `应聘岗位` and `填表日期` over the
# grid; 姓名 / 性别 / 出生日期 / 民族 / 籍贯 / 婚姻状况 / 身份证号码 / 联系电话 / 电子邮箱 / 现住址 / 户口所在地 /
# 紧急联系人 with its own 联系电话; 最高学历 / 毕业院校 / 所学专业; then 学习经历 and 工作经历 as tables with a header
# row, a 家庭成员 table (称谓 | 姓名 | 工作单位 | 联系电话) and a signed declaration.
ZH_APPLY_CSS = """
body {{ padding: 40px 46px; }}
h1 {{ text-align: center; font-size: 24px; letter-spacing: {spacing}px; margin-bottom: 10px; }}
.m {{ display: flex; justify-content: space-between; font-size: 13px; margin-bottom: 6px; }}
table.g {{ width: 100%; }} table.g td {{ border: 1px solid #222; padding: 5px 4px; font-size: 12px;
  text-align: center; }}
td.k {{ background: {shade}; }} td.sec {{ background: {shade}; font-weight: bold; letter-spacing: 3px; }}
td.tx {{ text-align: left !important; }}
.dc {{ margin-top: 12px; font-size: 12px; line-height: 1.8; }} .dc span {{ display: block; }}
"""
ZH_APPLY_BODY = """
<h1 data-gt="header">{title}</h1>
<div class="m">{meta}</div>
<table class="g">{rows}</table>
<div class="dc">{decl}</div>
"""

# A hotel's guest bill (宾客账单 / 结账单): the hotel's name centred with its address and telephone, the title, a
# keyed grid (`宾客姓名`, `房号`, `房型`, `入住日期`, `离店日期`, `账单号`, `结账日期`), the charges by day as
# `日期 | 项目 | 消费 | 付款`, then `消费合计`, `付款合计` (the same sum paid by 微信 / 支付宝 / 银联), `余额 0.00`,
# 收银员 and 宾客签名.
ZH_FOLIO_CSS = """
body {{ padding: 46px 56px; }}
.h {{ text-align: center; }} .h span {{ display: block; }} .h .nm {{ font-size: 24px; font-weight: bold; }}
.h .ad {{ font-size: 12px; color: #555; }} .h .tt {{ font-size: 19px; letter-spacing: {spacing}px; margin: 8px 0; }}
table.k {{ width: 100%; margin-bottom: 10px; }} table.k td {{ padding: 3px 6px; font-size: 13px;
  border-bottom: 1px dotted #999; }}
table.k td.l {{ color: #555; width: 13%; }}
table.v {{ width: 100%; }} table.v td {{ border-bottom: 1px solid #ccc; padding: 4px 6px; font-size: 13px; }}
table.v tr.h td {{ border-bottom: 2px solid #333; font-weight: bold; }} td.n {{ text-align: right; }}
table.s {{ width: 42%; margin: 10px 0 0 auto; }} table.s td {{ padding: 3px 6px; }}
table.s td:last-child {{ text-align: right; }} table.s tr.b td {{ font-weight: bold; }}
.sg {{ display: flex; justify-content: space-between; margin-top: 26px; font-size: 13px; }}
"""
ZH_FOLIO_BODY = """
<div class="h">{hotel}</div>
<table class="k">{keys}</table>
<table class="v">{rows}</table>
<table class="s">{sums}</table>
<div class="sg">{signs}</div>
"""


def _vertical(text: str) -> str:
    """`text` set one character a line (a narrow label cell)."""
    return "<br>".join(html.escape(c) for c in text)


def zh_vat_special(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    seller = _zh_company(rng)
    buyer = _zh_company(rng, seller)
    s_tax, b_tax = d._tax_id(rng), d._tax_id(rng)
    issued = d._rand_date(rng, 2017, 2023)
    code = f"{rng.randrange(10**9, 10**10)}"
    number = f"{rng.randrange(10**7, 10**8)}"
    city = rng.choice(d.ZH_CITIES)
    copy = rng.choice(("发票联", "抵扣联"))
    title = t("header", f"{city}增值税专用发票", tag="h1") + t("other", copy, cls="cp")
    numbers = (
        f"<span>{t('other', code)}</span>"
        f"<span>{t('key', 'No ')}{t('invoice_number', number, cls='r')}</span>"
        f"<span>{t('key', '开票日期：')}{t('date', f'{issued.year}年{issued.month:02d}月{issued.day:02d}日')}</span>"
    )
    keys = ("名　　称", "纳税人识别号", "地 址、电 话", "开户行及账号")

    def party(role: str, who: str, name: str, tax_id: str, side: str) -> str:
        tel = f"0{rng.randrange(10, 99)}-{rng.randrange(10**7, 10**8)}"
        addr = f"{rng.choice(d.ZH_CITIES)}市{rng.choice(ROADS)}{rng.randrange(1, 500)}号 {tel}"
        bank = f"{rng.choice(('中国银行', '工商银行', '建设银行'))}{rng.choice(d.ZH_CITIES)}支行"
        bank += f" {rng.randrange(10**15, 10**16)}"
        values = ((name, who + "_name"), (tax_id, who + "_tax_id"), (addr, "other"), (bank, "other"))
        out = ""
        for i, (k, (v, lab)) in enumerate(zip(keys, values, strict=True)):
            out += "<tr>"
            if i == 0:
                out += f'<td class="vl" rowspan="4" data-gt="key">{_vertical(role)}</td>'
            out += f'<td class="kc">{t("key", k)}</td><td colspan="3">{t(lab, v)}</td>'
            if i == 0:
                out += f'<td class="vl" rowspan="4" data-gt="key">{_vertical(side)}</td>'
                if side == "密码区":
                    cipher = "<br>".join(
                        html.escape("".join(rng.choice("0123456789+-*/<>") for _ in range(26))) for _ in range(4)
                    )
                    out += f'<td class="ci" colspan="4" rowspan="4" data-gt="other">{cipher}</td>'
                else:
                    out += f'<td colspan="4" rowspan="4" data-gt="other">校验码 {rng.randrange(10**9, 10**10)}</td>'
            out += "</tr>"
        return out

    rate = Decimal(rng.choice(("0.13", "0.09", "0.06")))
    head = ("货物或应税劳务、服务名称", "规格型号", "单位", "数量", "单价", "金额", "税率", "税额")
    rows = '<tr class="h"><td colspan="2">' + t("header", head[0]) + "</td>"
    rows += "".join(f"<td>{t('header', h)}</td>" for h in head[1:]) + "</tr>"
    subtotal = tax = Decimal(0)
    for g in rng.sample(d.ZH_GOODS, rng.randrange(2, 4)):
        qty, unit = Decimal(rng.randrange(1, 30)), Decimal(rng.randrange(1000, 80000)) / 100
        amount = qty * unit
        tx = (amount * rate).quantize(Decimal("0.01"), ROUND_HALF_UP)
        subtotal, tax = subtotal + amount, tax + tx
        cells = (g[0], g[1], g[2], str(qty), d._money(unit), d._money(amount), f"{int(rate * 100)}%", d._money(tx))
        rows += (
            f'<tr><td colspan="2">{t("item", cells[0])}</td>'
            + "".join(f"<td{' class=n' if j > 2 else ''}>{t('item', c)}</td>" for j, c in enumerate(cells[1:]))
            + "</tr>"
        )
    total = subtotal + tax
    sums = (
        f'<tr><td colspan="2">{t("key", "合　　计")}</td><td colspan="4"></td>'
        f'<td class="n">{t("subtotal", "¥" + d._money(subtotal))}</td><td></td>'
        f'<td class="n">{t("tax", "¥" + d._money(tax))}</td></tr>'
        f'<tr><td colspan="2">{t("key", "价税合计（大写）")}</td>'
        f'<td colspan="4">{t("other", "ⓧ" + decimal_to_cn_upper(total))}</td>'
        f'<td>{t("key", "（小写）")}</td><td colspan="2" class="n">{t("total", "¥" + d._money(total))}</td></tr>'
    )
    foot = "".join(t("other", f"{k}{d._zh_name(rng)}") for k in ("收款人：", "复核：", "开票人："))
    foot += t("other", "销售方：（章）")
    legend = rng.choice(("第三联：发票联　购买方记账凭证", "第二联：抵扣联　购买方扣税凭证"))
    slots = {
        "title": title,
        "numbers": numbers,
        "buyer": party("购买方", "buyer", buyer, b_tax, "密码区"),
        "rows": rows,
        "sums": sums,
        "seller": party("销售方", "seller", seller, s_tax, "备注"),
        "foot": foot,
        "legend": _vertical(legend),
    }
    return slots, _truth(
        number, seller, buyer, "CNY", issued, total, subtotal=subtotal, tax=tax, seller_tax_id=s_tax, buyer_tax_id=b_tax
    )


RELATIONS = ("父亲", "母亲", "配偶", "哥哥", "姐姐")


def zh_apply_form(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    p = r._person_zh(rng)
    gender = rng.choice(("男", "女"))
    born = d._rand_date(rng, 1985, 2001)
    sp = rng.choice(("　　", ""))
    p["city"] += "市" if rng.random() < 0.5 else ""
    home = rng.choice([c for c in d.ZH_CITIES if not p["city"].startswith(c)])

    def kv(k: str, v: str, label: str, span: int = 1) -> str:
        col = f' colspan="{span}"' if span > 1 else ""
        return f'<td class="k">{t("key", k)}</td><td{col}>{t(label, v)}</td>'

    idno = f"{rng.randrange(110000, 659999)}{born.year}{born.month:02d}{born.day:02d}{rng.randrange(1000, 9999)}"
    contact = d._zh_name(rng)
    rows = (
        "<tr>"
        + kv(f"姓{sp}名", p["name"], "name")
        + kv(f"性{sp}别", gender, "gender")
        + kv("出生日期", f"{born.year}.{born.month:02d}.{born.day:02d}", "other")
        + '<td rowspan="4" data-gt="other" style="width: 14%; color: #999">近期免冠<br>照片</td>'
        + "</tr><tr>"
        + kv(f"民{sp}族", "汉", "other")
        + kv(f"籍{sp}贯", rng.choice(("湖南长沙", "河南郑州", "山东济南", "安徽合肥")), "other")
        + kv("婚姻状况", rng.choice(("未婚", "已婚")), "other")
        + "</tr><tr>"
        + kv("身份证号码", idno, "other", 3)
        + kv("联系电话", p["phone"], "phone")
        + "</tr><tr>"
        + kv("电子邮箱", p["email"], "email", 3)
        + kv("最高学历", p["degree"], "degree")
        + "</tr><tr>"
        + kv("毕业院校", p["school"], "school", 3)
        + kv("所学专业", p["major"], "major", 2)
        + "</tr><tr>"
        + f'<td class="k">{t("key", "现住址")}</td><td colspan="3" class="tx">{t("city", p["city"])}'
        + f"{t('other', rng.choice(DISTRICTS) + rng.choice(ROADS) + str(rng.randrange(1, 300)) + '号')}</td>"
        + kv("户口所在地", f"{home}市", "other", 2)
        + "</tr><tr>"
        + kv("紧急联系人", contact, "other")
        + kv("与本人关系", rng.choice(RELATIONS), "other")
        + kv("联系电话", d._cn_mobile(rng), "other", 2)
        + "</tr>"
    )
    beg = rng.randrange(2004, 2018)
    end = beg + (3 if p["degree"] in ("大专", "硕士") else 4)

    def table(title: str, head: tuple[str, ...], spans: tuple[int, ...], body: list[tuple[str, ...]]) -> str:
        out = f'<tr><td class="sec" colspan="7">{t("header", title)}</td></tr><tr>'
        out += "".join(f'<td class="k" colspan="{s}">{t("header", h)}</td>' for h, s in zip(head, spans, strict=True))
        out += "</tr>"
        for cells in body:
            out += "<tr>" + "".join(
                f'<td colspan="{s}">{t("other", c)}</td>' for c, s in zip(cells, spans, strict=True)
            )
            out += "</tr>"
        return out

    rows += table(
        "学习经历",
        ("起止年月", "学校名称", "专业", "学历", "证明人"),
        (2, 2, 1, 1, 1),
        [(f"{beg}.09-{end}.06", p["school"], p["major"], p["degree"], d._zh_name(rng))],
    )
    comp = _zh_company(rng)
    rows += table(
        "工作经历",
        ("起止年月", "工作单位", "职务", "离职原因", "证明人"),
        (2, 2, 1, 1, 1),
        [(f"{end}.07-至今", comp, rng.choice(d.ZH_POSITIONS), "个人发展", d._zh_name(rng))],
    )
    family: list[tuple[str, ...]] = []
    for rel in rng.sample(RELATIONS[:2], 2):
        family.append((rel, d._zh_name(rng), _zh_company(rng), d._cn_mobile(rng)))
    rows += table("家庭成员", ("称谓", "姓名", "工作单位", "联系电话"), (1, 1, 3, 2), family)
    filled = d._rand_date(rng, 2022, 2025)
    meta = (
        f"<span>{t('key', '应聘岗位：')}{t('other', rng.choice(d.ZH_POSITIONS))}</span>"
        f"<span>{t('key', '填表日期：')}{t('other', f'{filled.year}年{filled.month}月{filled.day}日')}</span>"
    )
    decl = t("other", "本人承诺以上所填信息真实有效，如有虚假，愿承担一切后果。") + t(
        "other", "应聘人签名：____________　　日期：______年____月____日"
    )
    title = rng.choice(("应聘人员登记表", "员工应聘登记表", "应聘登记表"))
    slots = {"title": title, "meta": meta, "rows": rows, "decl": decl}
    return slots, r._fields(p) | {"gender": gender}


HOTELS = ("锦江", "华天", "金陵", "维景", "开元", "君悦")


def zh_hotel_folio(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    city = rng.choice(d.ZH_CITIES)
    hotel = f"{city}{rng.choice(HOTELS)}{rng.choice(('大酒店', '国际酒店', '宾馆'))}"
    guest = d._zh_name(rng)
    nights = rng.randrange(1, 4)
    arrive = d._rand_date(rng, 2021, 2025)
    depart = arrive + timedelta(days=nights)
    number = f"{rng.choice(('F', 'ZD', ''))}{rng.randrange(10**6, 10**7)}"

    def day(x: Any) -> str:
        return f"{x.year}-{x.month:02d}-{x.day:02d}"

    tel = f"0{rng.randrange(10, 99)}-{rng.randrange(10**7, 10**8)}"
    head = (
        t("seller_name", hotel, cls="nm")
        + t("other", f"地址：{city}市{rng.choice(ROADS)}{rng.randrange(1, 400)}号　电话：{tel}", cls="ad")
        + t("header", rng.choice(("宾客账单", "结账单", "宾客结账单")), cls="tt")
    )
    pairs = (
        (("宾客姓名", guest, "buyer_name"), ("房　　号", str(rng.randrange(201, 1899)), "other")),
        (("入住日期", day(arrive), "other"), ("离店日期", day(depart), "other")),
        (("账单号", number, "invoice_number"), ("结账日期", day(depart), "date")),
    )
    keys = "".join(
        "<tr>" + "".join(f'<td class="l">{t("key", k)}</td><td>{t(n, v)}</td>' for k, v, n in row) + "</tr>"
        for row in pairs
    )
    heads = ("日期", "项目", "消费", "付款")
    rows = '<tr class="h">' + "".join(
        f"<td{' class=n' if i > 1 else ''}>{t('header', h)}</td>" for i, h in enumerate(heads)
    )
    rows += "</tr>"
    price = Decimal(rng.choice(("358.00", "428.00", "588.00", "699.00")))
    total = Decimal(0)
    for k in range(nights):
        cells = (day(arrive + timedelta(days=k)), "房费", d._money(price), "")
        rows += _item_row(cells, lambda i: "n" if i > 1 else "")
        total += price
    if rng.random() < 0.7:
        extra = Decimal(rng.randrange(3000, 30000)) / 100
        total += extra
        rows += _item_row(
            (day(depart), rng.choice(("餐饮", "洗衣", "迷你吧")), d._money(extra), ""), lambda i: "n" if i > 1 else ""
        )
    paid = rng.choice(("微信支付", "支付宝", "银联卡"))
    rows += _item_row((day(depart), paid, "", d._money(total)), lambda i: "n" if i > 1 else "")
    sums = "".join(
        f'<tr class="{cl}"><td>{t("key", k)}</td><td>{t(n, v)}</td></tr>'
        for k, v, n, cl in (
            ("消费合计", d._money(total), "total", "b"),
            ("付款合计", d._money(total), "other", ""),
            ("余　　额", "0.00", "other", "b"),
        )
    )
    signs = t("other", f"收银员：{d._zh_name(rng)}") + t("other", "宾客签名：__________")
    slots = {"hotel": head, "keys": keys, "rows": rows, "sums": sums, "signs": signs}
    return slots, _truth(number, hotel, guest, "CNY", depart, total)


FAMILIES = {
    "en_mono_resume": (Family("en", "resume", "resume", EN_MONO_CSS, EN_MONO_BODY), en_mono_resume),
    "en_fieldset_resume": (Family("en", "resume", "resume", EN_FIELDSET_CSS, EN_FIELDSET_BODY), en_fieldset_resume),
    "en_infographic_resume": (Family("en", "resume", "resume", EN_INFO_CSS, EN_INFO_BODY), en_infographic_resume),
    "zh_apply_form": (Family("zh", "resume", "resume", ZH_APPLY_CSS, ZH_APPLY_BODY), zh_apply_form),
    "zh_vat_special": (Family("zh", "invoice", "invoice_cn_vat", ZH_SPECIAL_CSS, ZH_SPECIAL_BODY), zh_vat_special),
    "zh_hotel_folio": (Family("zh", "invoice", "invoice_cn", ZH_FOLIO_CSS, ZH_FOLIO_BODY), zh_hotel_folio),
    "en_service_invoice": (Family("en", "invoice", "invoice", EN_SERVICE_CSS, EN_SERVICE_BODY), en_service_invoice),
}
# written after round 17 was fixed, scored before any change
ROUND18 = tuple(FAMILIES)


def make(family: str, rng: random.Random, browser: Browser) -> d.Sample:
    """One page of a round-18 `family` typeset by `browser` (browser_docs.make over this module's families)."""
    return _make(family, rng, browser, FAMILIES)


def generate(out: Path, n: int, families: tuple[str, ...], variants: tuple[str, ...], seed: int = 0) -> list[Any]:
    return _generate(out, n, families, variants, seed, registry=FAMILIES)


def main() -> None:
    d.family_main("Generate round-18 browser-typeset resumes and invoices with ground truth.", FAMILIES, generate)


if __name__ == "__main__":
    main()
