"""Round 13 of the browser-typeset held-out resumes and invoices (synth/browser_docs.py holds rounds 9 to 12): written
after round 12 was fixed and scored before any change. Same conventions: a family is a style sheet and a body
template filled from one record of values, every printed text an element marked `data-gt="<label>"`.
`make` and `generate` here are browser_docs's over these families.

    python -m docsense.synth.browser_docs13 OUT --n 2 --variants clean,rot90,gray,rgba --seed 15
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
from .browser_docs import (
    Family,
    _company,
    _eur,
    _invoice_values,
    _item_row,
    _summary,
    _totals_rows,
    _truth,
    _us_town,
    _zh_company,
    t,
)
from .browser_docs import generate as _generate
from .browser_docs import make as _make

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
COURSES = ("Data Structures", "Linear Algebra", "Econometrics", "Operating Systems", "Statistics", "Microeconomics",
           "Machine Learning", "Organic Chemistry", "Technical Writing", "Databases")  # fmt: skip


def _job_lines(rng: random.Random) -> tuple[str, str, str]:
    comp = f"{rng.choice(d.EN_COMPANY_A)} {rng.choice(d.EN_COMPANY_B)} {rng.choice(d.EN_SUFFIX)}"
    return comp, rng.choice(d.EN_POSITIONS), rng.choice(r.BULLETS)


def _deg_major(p: dict[str, str], rng: random.Random) -> tuple[str, str]:
    """A degree with a major (an MBA gets one too: `MBA, Finance` is printed that way)."""
    major = p["major"] or rng.choice(("Finance", "Marketing", "Operations Management"))
    return p["degree"], major


# --- resumes ------------------------------------------------------------------------------------------------------
# An ATS-friendly plain resume: no colour, no columns; the name in capitals, one contact line `City, ST | phone |
# e-mail | linkedin.com/in/...` in shuffled order, ruled capital section titles, each employer `<Company>, <town>`
# with its dates right-aligned on the same line and the title in italics under it; EDUCATION as `<School>, <town>`
# with the graduation month right, `<Degree> in <Major>` (or `<Degree>, <Major>`) under it.
EN_ATS_CSS = """
body {{ padding: 48px 60px; font-size: 13px; color: #000; }}
h1 {{ font-size: 24px; letter-spacing: 1px; }}
.ct {{ margin: 4px 0 10px; }}
h2 {{ font-size: 13px; border-bottom: 1px solid #000; margin: 14px 0 5px; letter-spacing: 1px; }}
.ln {{ display: flex; justify-content: space-between; }} .ln b {{ font-weight: bold; }}
ul {{ margin-left: 18px; }} li {{ margin: 1px 0; }}
"""
EN_ATS_BODY = """
<div style="text-align: {align}"><h1 data-gt="name">{name}</h1>
<div class="ct">{contact}</div></div>
<h2 data-gt="header">PROFESSIONAL SUMMARY</h2><p data-gt="other">{summary}</p>
<h2 data-gt="header">PROFESSIONAL EXPERIENCE</h2>{jobs}
<h2 data-gt="header">EDUCATION</h2>{edu}
<h2 data-gt="header">SKILLS</h2><p>{skills}</p>
<h2 data-gt="header">CERTIFICATIONS</h2><p data-gt="other">{cert}</p>
"""

# A resume with a coloured header band: a round photo placeholder (initials), the name and the job title in white,
# then a light contact row of icon glyphs before each value (☎ phone, ✉ e-mail, ⌂ city, a LinkedIn path), two
# columns under it: WORK EXPERIENCE left (`<Title>` over `<Company> | <dates>`), EDUCATION and SKILLS right with
# the school in capitals over `<Degree> — <Major>` over `Class of <year>`.
EN_PHOTO_CSS = """
body {{ font-size: 13px; }}
.band {{ background: {accent}; color: #fff; display: flex; align-items: center; padding: 26px 48px; }}
.ph {{ width: 86px; height: 86px; border-radius: 50%; background: #ddd; color: #555; font-size: 28px;
  display: flex; align-items: center; justify-content: center; margin-right: 26px; }}
h1 {{ font-size: 30px; }} .ttl {{ font-size: 15px; letter-spacing: 2px; }}
.ct {{ background: {shade}; padding: 8px 48px; display: flex; justify-content: space-between; font-size: 12px; }}
.cols {{ display: flex; padding: 10px 48px; }} .main {{ width: 60%; padding-right: 24px; }} .side {{ width: 40%; }}
h2 {{ font-size: 14px; color: {accent}; border-bottom: 2px solid {accent}; margin: 14px 0 6px; }}
.e > span {{ display: block; }} .e {{ margin-bottom: 8px; }} .m {{ color: #666; font-size: 12px; }}
.sch {{ font-weight: bold; text-transform: none; }}
"""
EN_PHOTO_BODY = """
<div class="band"><div class="ph" data-gt="other">{initials}</div><div><h1 data-gt="name">{name}</h1>{title}</div></div>
<div class="ct">{contact}</div>
<div class="cols"><div class="main">
<h2 data-gt="header">PROFILE</h2><p data-gt="other">{summary}</p>
<h2 data-gt="header">WORK EXPERIENCE</h2>{jobs}</div>
<div class="side"><h2 data-gt="header">EDUCATION</h2>{edu}
<h2 data-gt="header">SKILLS</h2>{skills}
<h2 data-gt="header">LANGUAGES</h2>{langs}</div></div>
"""

# A word-processor template: the name large left and an unlabelled contact block right (street, `<City>, <ST>
# <ZIP>`, phone, e-mail, one a line); sections as a two-column table with a narrow left column of dates (`2014 –`
# over `2018`, or `Sept 2014 – May 2018` wrapped) and the entry right: for education `<DEGREE> IN <MAJOR>` in
# capitals (or title case) over `<School>, <town>`.
EN_WORDCOL_CSS = """
body {{ padding: 46px 56px; font-size: 13px; }}
.top {{ display: flex; justify-content: space-between; align-items: flex-start; border-bottom: 4px solid {accent};
  padding-bottom: 10px; }}
h1 {{ font-size: 34px; font-weight: normal; color: {accent}; }}
.ct {{ text-align: right; font-size: 12px; }} .ct span {{ display: block; }}
h2 {{ font-size: 15px; color: {accent}; margin: 16px 0 6px; font-weight: normal; letter-spacing: 1px; }}
table {{ width: 100%; border-collapse: collapse; }} td {{ vertical-align: top; padding: 3px 0; }}
td.dt {{ width: 110px; color: #555; font-size: 12px; padding-right: 14px; }}
td span {{ display: block; }} .hd {{ font-weight: bold; }}
"""
EN_WORDCOL_BODY = """
<div class="top"><h1 data-gt="name">{name}</h1><div class="ct">{contact}</div></div>
<h2 data-gt="header">Objective</h2><p data-gt="other">{summary}</p>
<h2 data-gt="header">Experience</h2><table>{jobs}</table>
<h2 data-gt="header">Education</h2><table>{edu}</table>
<h2 data-gt="header">Skills &amp; Abilities</h2><p data-gt="other">{skills}</p>
"""

# An entry-level (student) resume: EDUCATION first, the school left with its town right, `<Degree> in <Major>, Minor
# in <Minor>` left with `Expected May 2026` right, `GPA: 3.72/4.00 | Dean's List`, `Relevant Coursework: ...`;
# then PROJECTS, EXPERIENCE (internships, with the town right), LEADERSHIP & ACTIVITIES, SKILLS; the contact line
# centred under the name: `e-mail • phone • linkedin • City, ST` (the order varies).
EN_STUDENT_CSS = """
body {{ padding: 44px 58px; font-size: 13px; }}
h1 {{ text-align: center; font-size: 26px; }} .ct {{ text-align: center; margin: 3px 0 8px; font-size: 12px; }}
h2 {{ font-size: 13px; color: {accent}; border-bottom: 1px solid {accent}; margin: 12px 0 4px;
  text-transform: uppercase; }}
.ln {{ display: flex; justify-content: space-between; }} .b {{ font-weight: bold; }} .i {{ font-style: italic; }}
ul {{ margin-left: 18px; }}
"""
EN_STUDENT_BODY = """
<h1 data-gt="name">{name}</h1><div class="ct">{contact}</div>
<h2 data-gt="header">Education</h2>{edu}
<h2 data-gt="header">Projects</h2>{projects}
<h2 data-gt="header">Experience</h2>{jobs}
<h2 data-gt="header">Leadership &amp; Activities</h2><ul><li data-gt="other">{club}</li></ul>
<h2 data-gt="header">Skills</h2><p data-gt="other">{skills}</p>
"""

# A bilingual Chinese resume: the name with an English name under it, keys in both languages (`电话 Tel：`,
# `邮箱 Email：`, `现居 Location：`, `出生年月 Born：`) in a two-column grid beside a photo box, section titles
# `教育背景 EDUCATION` with a rule; an education entry is `<学校> · <学历>` with its dates right over `专业：<专业>
# GPA：3.6/4.0` and `主修课程：…`.
ZH_BILINGUAL_CSS = """
body {{ padding: 42px 52px; font-size: 13px; }}
.top {{ display: flex; justify-content: space-between; }}
h1 {{ font-size: 28px; letter-spacing: {spacing}px; }} .en {{ display: block; color: #666; font-size: 14px; }}
.grid {{ display: grid; grid-template-columns: 1fr 1fr; gap: 4px 30px; margin-top: 10px; }}
.ph {{ width: 92px; height: 116px; border: 1px solid #aaa; color: #aaa; display: flex; align-items: center;
  justify-content: center; }}
h2 {{ font-size: 15px; color: {accent}; border-bottom: 2px solid {accent}; margin: 16px 0 6px; }}
.ln {{ display: flex; justify-content: space-between; }} .b {{ font-weight: bold; }} p {{ line-height: 1.6; }}
"""
ZH_BILINGUAL_BODY = """
<div class="top"><div><h1 data-gt="name">{name}</h1>{en}<div class="grid">{grid}</div></div>
<div class="ph" data-gt="other">照片</div></div>
<h2 data-gt="header">{edu_title}</h2>{edu}
<h2 data-gt="header">{work_title}</h2>{work}
<h2 data-gt="header">{skill_title}</h2><p data-gt="other">{skills}</p>
"""

# --- invoices -----------------------------------------------------------------------------------------------------
# A marketplace invoice (an online shop selling for a third party): `Invoice` left, a right block of `Invoice number`,
# `Invoice date`, `Order number` (another number), `Order date` (another date); `Sold by <seller>` with its address
# and `VAT # DE…`; `Billing address` and `Delivery address` (a person) side by side; items with prices with and
# without VAT and a `Shipping charges` line; `Total (excl. VAT)`, `VAT 19%`, `Total payable` in euros.
EN_MARKET_CSS = """
body {{ padding: 44px 50px; font-size: 12px; }}
.top {{ display: flex; justify-content: space-between; }} h1 {{ font-size: 30px; }}
.meta td {{ padding: 1px 8px 1px 0; }} .meta td:first-child {{ color: #555; }}
.sold {{ margin: 14px 0; }} .sold span {{ display: block; }}
.addr {{ display: flex; gap: 40px; }} .addr div span {{ display: block; }} .addr b {{ display: block; }}
table.it {{ width: 100%; margin-top: 16px; border-collapse: collapse; }}
.it td {{ border-bottom: 1px solid #ccc; padding: 4px 5px; }} .it tr.h td {{ background: {shade}; font-weight: bold; }}
.it td.n {{ text-align: right; }}
.tot {{ margin: 10px 0 0 auto; }} .tot td {{ padding: 3px 8px; }} .tot td:last-child {{ text-align: right; }}
.tot tr.g td {{ font-weight: bold; font-size: 14px; border-top: 2px solid #000; }}
.ft {{ margin-top: 26px; font-size: 10px; color: #666; }}
"""
EN_MARKET_BODY = """
<div class="top"><h1 data-gt="header">Invoice</h1><table class="meta">{meta}</table></div>
<div class="sold">{sold}</div>
<div class="addr"><div>{bill}</div><div>{ship}</div></div>
<table class="it">{rows}</table>
<table class="tot">{totals}</table>
<p class="ft" data-gt="other">{foot}</p>
"""

# A service company's invoice with the amount due in a big box top right (`AMOUNT DUE` over `$1,234.56`), a stack of
# `Invoice No:` / `Customer ID:` / `Invoice Date:` / `Due Date:` under it, `BILL TO` left, service lines as
# `Date | Service | Description | Amount`, then `Subtotal`, `Discount`, `Tax (7.5%)`, `Total`, `Payments/Credits`,
# `Amount Due`.
EN_AMOUNTDUE_CSS = """
body {{ padding: 42px 50px; font-size: 12px; }}
.top {{ display: flex; justify-content: space-between; }} .co {{ font-size: 20px; font-weight: bold; color: {accent}; }}
.top span {{ display: block; }}
.due {{ border: 2px solid {accent}; padding: 8px 16px; text-align: center; }} .due span {{ display: block; }}
.due .big {{ font-size: 24px; font-weight: bold; }}
.mid {{ display: flex; justify-content: space-between; margin-top: 18px; }} .mid span {{ display: block; }}
.mid td {{ padding: 1px 6px; }} .mid td:first-child {{ text-align: right; font-weight: bold; }}
table.it {{ width: 100%; margin-top: 18px; border-collapse: collapse; }}
.it td {{ padding: 5px; border-bottom: 1px solid #ddd; }} .it tr.h td {{ background: {accent}; color: #fff; }}
.it td.n {{ text-align: right; }}
.tot {{ margin: 10px 0 0 auto; }} .tot td {{ padding: 3px 8px; }} .tot td:last-child {{ text-align: right; }}
.tot tr.g td {{ font-weight: bold; background: {shade}; }}
.ft {{ margin-top: 24px; font-size: 11px; color: #555; }}
"""
EN_AMOUNTDUE_BODY = """
<div class="top"><div>{seller}</div><div class="due">{due_box}</div></div>
<div class="mid"><div>{bill}</div><table>{meta}</table></div>
<table class="it">{rows}</table>
<table class="tot">{totals}</table>
<p class="ft" data-gt="other">{foot}</p>
"""

# A Chinese garage's 维修结算单: the garage's name as the title over `机动车维修结算单`, a ruled header grid
# (`结算单号`, `结算日期`, `客户名称`, `车牌号码`, `进厂日期`, `出厂日期`, `联系电话`), a labour table
# (`维修项目 | 工时 | 工时费`) and a parts table (`材料名称 | 数量 | 单价 | 金额`), `工时费合计`, `材料费合计`,
# `应收金额（大写）… （小写）¥…`, 托修方 / 承修方 signatures.
ZH_REPAIR_CSS = """
body {{ padding: 40px 46px; font-size: 13px; }}
.co {{ display: block; text-align: center; font-size: 20px; font-weight: bold; }}
h1 {{ text-align: center; font-size: 18px; letter-spacing: {spacing}px; margin: 4px 0 10px; }}
table {{ width: 100%; border-collapse: collapse; margin-top: 6px; }} td {{ border: 1px solid #555; padding: 4px 6px; }}
td.k {{ background: {shade}; width: 86px; }} td.n {{ text-align: right; }} tr.h td {{ text-align: center; }}
.sig {{ margin-top: 18px; display: flex; justify-content: space-between; }}
"""
ZH_REPAIR_BODY = """
{seller}<h1 data-gt="header">{title}</h1>
<table>{head}</table>
<table>{labour}</table>
<table>{parts}</table>
<table>{sums}</table>
<div class="sig">{sig}</div>
"""


def _month_year(rng: random.Random, year: int) -> str:
    return f"{rng.choice(MONTHS)} {year}"


def en_ats_resume(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    p = r._person_en(rng)
    caps = rng.random() < 0.6
    name = p["name"].upper() if caps else p["name"]
    first, last = p["name"].lower().split()
    link = f"linkedin.com/in/{first}-{last}"
    parts = [t("city", p["city"]), t("phone", p["phone_txt"]), t("email", p["email"]), t("other", link)]
    rng.shuffle(parts)
    sep = rng.choice((" | ", " • ", " · "))
    contact = html.escape(sep).join(parts)
    jobs = ""
    beg = rng.randrange(2012, 2018)
    for i in range(2):
        comp, pos, bullet = _job_lines(rng)
        when = (f"{_month_year(rng, beg + 3 * i)} – " +
                ("Present" if i == 0 else _month_year(rng, beg + 3)))  # fmt: skip
        town = rng.choice(d.EN_CITIES)
        jobs += (f'<div class="ln"><span><b>{t("other", comp)}</b>, {t("other", town)}</span>{t("date", when)}</div>'
                 f'<i>{t("other", pos)}</i><ul><li data-gt="other">{html.escape(bullet)}</li></ul>')  # fmt: skip
    degree, major = _deg_major(p, rng)
    line = degree + rng.choice((" in ", ", ")) + major
    grad = _month_year(rng, rng.randrange(2006, 2014))
    edu = (f'<div class="ln"><span><b>{t("school", p["school"])}</b></span>{t("date", grad)}</div>'
           f'<div>{t("other", line)}</div>')  # fmt: skip
    skills = t("key", "Technical: ") + t("other", ", ".join(rng.sample(r.SKILLS, 5)))
    cert = rng.choice(("PMP, Project Management Institute", "AWS Certified Solutions Architect", "CPA (Illinois)"))
    slots = {"name": html.escape(name), "contact": contact, "summary": html.escape(_summary(rng)), "jobs": jobs,
             "edu": edu, "skills": skills, "cert": cert, "align": rng.choice(("center", "left"))}  # fmt: skip
    return slots, r._fields(p) | {"name": name, "degree": degree, "major": major}


def en_photo_resume(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    p = r._person_en(rng)
    first, last = p["name"].split()
    icons = rng.choice((("☎", "✉", "⌂"), ("✆", "✉", "⚲"), ("☏", "@", "⌖")))
    contact = "".join(
        f"<span>{t('other', ic)} {t(n, v)}</span>"
        for ic, v, n in zip(icons, (p["phone_txt"], p["email"], p["city"]), ("phone", "email", "city"), strict=True)
    )
    contact += f"<span>{t('other', 'in')} {t('other', f'/{first.lower()}{last.lower()}')}</span>"
    jobs = ""
    beg = rng.randrange(2011, 2018)
    for i in range(2):
        comp, pos, bullet = _job_lines(rng)
        when = f"{beg + 3 * i} - " + ("Present" if i == 0 else str(beg + 3))
        jobs += (f'<div class="e">{t("other", pos, "b")}<span class="m">{t("other", comp)} | {t("date", when)}</span>'
                 f'{t("other", bullet)}</div>')  # fmt: skip
    degree, major = _deg_major(p, rng)
    year = rng.randrange(2006, 2016)
    school = p["school"].upper() if rng.random() < 0.5 else p["school"]
    edu = (f'<div class="e">{t("school", school, cls="sch")}{t("other", f"{degree} — {major}")}'
           f'<span class="m">{t("date", f"Class of {year}")}</span></div>')  # fmt: skip
    skills = "".join(f"<div>{t('other', s)}</div>" for s in rng.sample(r.SKILLS, 4))
    langs = t("other", rng.choice(("English (native), Spanish (fluent)", "English, French", "English, Mandarin")))
    slots = {"initials": first[0] + last[0], "name": html.escape(p["name"]),
             "title": t("other", rng.choice(d.EN_POSITIONS).upper(), cls="ttl"), "contact": contact,
             "summary": html.escape(_summary(rng)), "jobs": jobs, "edu": edu, "skills": skills,
             "langs": langs}  # fmt: skip
    return slots, r._fields(p) | {"degree": degree, "major": major, "school": school}


def en_wordcol_resume(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    p = r._person_en(rng)
    town, st = p["city"].split(", ") if ", " in p["city"] else (p["city"], "")
    zipc = f" {rng.randrange(10000, 99999)}" if len(st) == 2 else ""
    contact = t("other", f"{rng.randrange(10, 9999)} {rng.choice(d.EN_STREETS)}") + t("city", f"{town}, {st}{zipc}")
    contact += t("phone", p["phone_txt"]) + t("email", p["email"])
    monthly = rng.random() < 0.5
    jobs = ""
    beg = rng.randrange(2010, 2017)
    for i in range(2):
        comp, pos, bullet = _job_lines(rng)
        a, b = beg + 3 * i, beg + 3 * i + 3
        when = (f"{_month_year(rng, a)} – {'Present' if i else _month_year(rng, b)}" if monthly
                else f"{a} – {'Present' if i else b}")  # fmt: skip
        jobs += (f'<tr><td class="dt">{t("date", when)}</td><td>{t("other", f"{pos}, {comp}", cls="hd")}'
                 f'{t("other", bullet)}</td></tr>')  # fmt: skip
    degree, major = _deg_major(p, rng)
    end = rng.randrange(2006, 2014)
    line = f"{degree} in {major}" if " of " in degree or degree == "MBA" else f"{degree}, {major}"
    if " of " in degree and rng.random() < 0.6:  # Word templates set the heading in capitals
        line, degree, major = line.upper(), degree.upper(), major.upper()
    when = f"{_month_year(rng, end - 4)} – {_month_year(rng, end)}" if monthly else f"{end - 4} – {end}"
    edu = (f'<tr><td class="dt">{t("date", when)}</td><td>{t("other", line, cls="hd")}'
           f'{t("school", p["school"])}</td></tr>')  # fmt: skip
    # the school's own town would be a second city on the page: the school line holds the name only
    slots = {"name": html.escape(p["name"]), "contact": contact, "summary": html.escape(_summary(rng)), "jobs": jobs,
             "edu": edu, "skills": ", ".join(rng.sample(r.SKILLS, 6))}  # fmt: skip
    return slots, r._fields(p) | {"city": f"{town}, {st}" if st else town, "degree": degree, "major": major}


def en_student_resume(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    p = r._person_en(rng)
    first, last = p["name"].lower().split()
    parts = [t("email", p["email"]), t("phone", p["phone_txt"]), t("other", f"linkedin.com/in/{first}{last}"),
             t("city", p["city"])]  # fmt: skip
    rng.shuffle(parts)
    contact = html.escape(rng.choice((" • ", " | ", " ⋄ "))).join(parts)
    degree = rng.choice(("Bachelor of Science", "Bachelor of Arts", "B.S.", "B.A.", "BSc"))
    major = rng.choice(r.EN_MAJORS_MORE)
    minor = rng.choice(("Mathematics", "Economics", "Spanish", "Statistics", "Philosophy"))
    grad = f"{rng.choice(('Expected ', 'Anticipated ', ''))}{rng.choice(('May', 'June', 'December'))} {2025 + rng.randrange(2)}"  # noqa: E501
    gpa = f"{rng.randrange(30, 40) / 10 + rng.randrange(0, 10) / 100:.2f}/4.00"
    school_town = rng.choice(d.EN_CITIES)
    courses = ", ".join(rng.sample(COURSES, 4))
    edu = (f'<div class="ln">{t("school", p["school"], cls="b")}{t("other", school_town)}</div>'
           f'<div class="ln">{t("other", f"{degree} in {major}, Minor in {minor}", cls="i")}{t("date", grad)}</div>'
           f'<div>{t("key", "GPA: ")}{t("other", gpa)}{t("other", " | Dean’s List (4 semesters)")}</div>'
           f'<div>{t("key", "Relevant Coursework: ")}{t("other", courses)}</div>')  # fmt: skip
    proj = rng.choice(("Course Planner Web App", "Sales Forecasting Model", "Campus Energy Dashboard"))
    projects = (f'<div class="ln">{t("other", proj, cls="b")}{t("date", f"Spring {2024}")}</div>'
                f'<ul><li data-gt="other">{html.escape(rng.choice(r.BULLETS))}</li></ul>')  # fmt: skip
    comp, pos, bullet = _job_lines(rng)
    jobs = (f'<div class="ln">{t("other", f"{pos} Intern, {comp}", cls="b")}{t("other", rng.choice(d.EN_CITIES))}'
            f'</div><div class="ln">{t("date", "June 2024 – August 2024")}</div>'
            f'<ul><li data-gt="other">{html.escape(bullet)}</li></ul>')  # fmt: skip
    club = rng.choice(("Treasurer, Finance Club (2023–present)", "Captain, Debate Team", "Volunteer Tutor, ACE"))
    slots = {"name": html.escape(p["name"]), "contact": contact, "edu": edu, "projects": projects, "jobs": jobs,
             "club": html.escape(club), "skills": "Languages: " + ", ".join(rng.sample(r.SKILLS, 5))}  # fmt: skip
    return slots, r._fields(p) | {"degree": degree, "major": major}


def zh_bilingual_resume(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    p = r._person_zh(rng)
    by, bm = rng.randrange(1988, 2002), rng.randrange(1, 13)
    pinyin = rng.choice(("Zhang Wei", "Li Na", "Wang Fang", "Liu Yang", "Chen Jing"))
    city = p["city"] + rng.choice(("", "市"))
    pairs = (("电话 Tel：", p["phone_txt"], "phone"), ("邮箱 Email：", p["email"], "email"),
             ("现居 Location：", city, "city"), ("出生年月 Born：", f"{by}.{bm:02d}", "other"))  # fmt: skip
    grid = "".join(f"<div>{t('key', k)}{t(n, v)}</div>" for k, v, n in pairs)
    beg = rng.randrange(2008, 2019)
    edu = (f'<div class="ln"><span>{t("school", p["school"], cls="b")} · {t("degree", p["degree"])}</span>'
           f'{t("date", f"{beg}.09 – {beg + 4}.06")}</div>'
           f'<div>{t("key", "专业：")}{t("major", p["major"])}　{t("key", "GPA：")}{t("other", "3.6/4.0")}</div>'
           f'<div>{t("key", "主修课程：")}{t("other", "管理学、统计学、数据库原理、市场调研")}</div>')  # fmt: skip
    comp = _zh_company(rng)
    work = (
        f'<div class="ln">{t("other", f"{comp} · {rng.choice(d.ZH_POSITIONS)}", cls="b")}'
        f"{t('date', f'{beg + 4}.07 – 至今')}</div>"
        '<p data-gt="other">负责部门日常工作与数据整理，完成年度目标。</p>'
    )
    slots = {"name": html.escape(p["name"]), "en": t("other", pinyin, cls="en"), "grid": grid,
             "edu_title": rng.choice(("教育背景 EDUCATION", "教育经历 Education")), "edu": edu,
             "work_title": rng.choice(("工作经历 EXPERIENCE", "工作经验 Work Experience")), "work": work,
             "skill_title": "技能证书 SKILLS", "skills": "CET-6，计算机二级，熟练使用 Office 与 SQL"}  # fmt: skip
    return slots, r._fields(p) | {"city": city}


def en_market_invoice(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    seller = _company(rng, forms=("GmbH", "S.à r.l.", "B.V.", "Ltd"))
    buyer = r._person_en(rng)["name"]
    v = _invoice_values(rng, d.EN_GOODS, Decimal(19))
    ship_net = Decimal(rng.choice(("0.00", "3.99", "4.49", "5.95")))
    ship_vat = (ship_net * 19 / 100).quantize(Decimal("0.01"), ROUND_HALF_UP)
    subtotal, tax = v["subtotal"] + ship_net, v["tax"] + ship_vat
    total = subtotal + tax
    euro_style = rng.random() < 0.5
    money = _eur if euro_style else (lambda a: "€" + d._fmt_thousands(a))
    fmt = rng.choice(("%d %B %Y", "%d.%m.%Y", "%d %b %Y"))
    ordered = v["issued"] - timedelta(days=rng.randrange(1, 5))
    number = f"{rng.choice(('DE', 'LU', 'NL'))}{v['issued'].year % 100}{rng.randrange(10**7, 10**8)}AEUI"
    order = f"{rng.randrange(100, 999)}-{rng.randrange(10**6, 10**7)}-{rng.randrange(10**6, 10**7)}"
    meta = "".join(
        f"<tr><td>{t('key', k)}</td><td>{t(n, val)}</td></tr>"
        for k, val, n in (("Invoice number", number, "invoice_number"),
                          ("Invoice date", v["issued"].strftime(fmt), "date"),
                          ("Order number", order, "other"), ("Order date", ordered.strftime(fmt), "other"))
    )  # fmt: skip
    vat = f"DE{rng.randrange(10**8, 10**9)}"
    sold = t("key", "Sold by") + t("seller_name", seller, "b")
    de_town = rng.choice(("Berlin", "Köln", "Leipzig", "Bremen"))
    de_street = rng.choice(("Hauptstraße", "Marktplatz", "Bahnhofstr."))
    sold += t("other", f"{de_street} {rng.randrange(1, 99)}, {rng.randrange(10000, 99999)} {de_town}")
    sold += t("key", "VAT #") + t("seller_tax_id", vat)
    street = f"{rng.randrange(1, 200)} {rng.choice(d.EN_STREETS)}"
    town = rng.choice(("10115 Berlin", "80331 München", "1011 Amsterdam", "75002 Paris"))
    bill = t("key", "Billing address") + t("buyer_name", buyer) + t("other", street) + t("other", town)
    ship = t("key", "Delivery address") + t("other", buyer) + t("other", street) + t("other", town)
    head = ("Description", "Qty", "Unit price (excl. VAT)", "VAT rate", "Item subtotal (incl. VAT)")
    rows = '<tr class="h">' + "".join(f"<td>{t('header', h)}</td>" for h in head) + "</tr>"
    for it in v["items"]:
        gross = (it["amount"] * Decimal("1.19")).quantize(Decimal("0.01"), ROUND_HALF_UP)
        cells = (it["good"], str(it["quantity"]), money(it["unit_price"]), "19%", money(gross))
        rows += _item_row(cells, lambda i: "n" if i else "")
    rows += _item_row(("Shipping charges", "", money(ship_net), "19%", money(ship_net + ship_vat)),
                      lambda i: "n" if i else "")  # fmt: skip
    totals = _totals_rows((("Total (excl. VAT)", subtotal, "subtotal", ""), ("VAT 19%", tax, "tax", ""),
                           ("Total payable", total, "total", "g")), money)  # fmt: skip
    foot = (f"Sold by {seller} and fulfilled by the marketplace. This is an electronic invoice. "
            "Payment received with thanks.")  # fmt: skip
    slots = {"meta": meta, "sold": sold, "bill": bill, "ship": ship, "rows": rows, "totals": totals, "foot": foot}
    return slots, _truth(number, seller, buyer, "EUR", v["issued"], total, subtotal=subtotal, tax=tax,
                         seller_tax_id=vat)  # fmt: skip


def en_amountdue_invoice(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    seller = f"{rng.choice(('Blue Ridge', 'Summit', 'Evergreen', 'Lakeshore'))} " + rng.choice(
        ("Landscaping LLC", "Plumbing & Heating Co.", "IT Services Inc.", "Cleaning Services")
    )
    buyer = _company(rng)
    issued = d._rand_date(rng, 2021, 2025)
    due = issued + timedelta(days=rng.choice((15, 30)))
    fmt = rng.choice(("%m/%d/%Y", "%b %d, %Y", "%B %d, %Y"))
    head = ("Date", "Service", "Description", "Amount")
    rows = '<tr class="h">' + "".join(f"<td>{t('header', h)}</td>" for h in head) + "</tr>"
    subtotal = Decimal(0)
    for k in range(rng.randrange(2, 5)):
        amount = Decimal(rng.randrange(4500, 60000)) / 100
        subtotal += amount
        day = (issued - timedelta(days=20 - 4 * k)).strftime("%m/%d/%Y")
        svc = rng.choice(("Maintenance", "Repair", "Consulting", "Inspection", "Labor"))
        desc = rng.choice(("Monthly service visit", "Replace parts and test", "On-site support, 2 hrs", "Call-out"))
        rows += _item_row((day, svc, desc, d._fmt_thousands(amount)), lambda i: "n" if i == 3 else "")
    discount = Decimal(rng.choice(("0.00", "25.00", "50.00")))
    rate = Decimal(rng.choice(("6", "7.5", "8")))
    tax = ((subtotal - discount) * rate / 100).quantize(Decimal("0.01"), ROUND_HALF_UP)
    total = subtotal - discount + tax
    money = lambda a: "$" + d._fmt_thousands(a)  # noqa: E731
    sel = t("seller_name", seller, cls="co") + t("other", f"{rng.randrange(10, 9999)} {rng.choice(d.EN_STREETS)}")
    sel += t("other", _us_town(rng)) + t("other", f"({rng.randrange(201, 989)}) {rng.randrange(200, 999)}-"
                                                  f"{rng.randrange(1000, 9999)}")  # fmt: skip
    due_box = t("key", "AMOUNT DUE") + t("other", money(total), cls="big")
    bill = t("key", "BILL TO", "b") + t("buyer_name", buyer) + t("other", f"{rng.randrange(10, 999)} Commerce Way")
    bill += t("other", _us_town(rng))
    number = f"{rng.randrange(1000, 9999)}"
    meta = "".join(
        f"<tr><td>{t('key', k)}</td><td>{t(n, val)}</td></tr>"
        for k, val, n in (("Invoice No:", number, "invoice_number"),
                          ("Customer ID:", f"C{rng.randrange(100, 999)}", "other"),
                          ("Invoice Date:", issued.strftime(fmt), "date"), ("Due Date:", due.strftime(fmt), "due_date"))
    )  # fmt: skip
    totals = _totals_rows((("Subtotal", subtotal, "subtotal", ""), ("Discount", -discount, "other", ""),
                           (f"Tax ({rate}%)", tax, "tax", ""), ("Total", total, "total", ""),
                           ("Payments/Credits", Decimal("0.00"), "other", ""), ("Amount Due", total, "other", "g")),
                          money)  # fmt: skip
    foot = "Make checks payable to " + seller + ". Questions? Contact billing within 10 days of the invoice date."
    slots = {"seller": sel, "due_box": due_box, "bill": bill, "meta": meta, "rows": rows, "totals": totals,
             "foot": foot}  # fmt: skip
    return slots, _truth(number, seller, buyer, "USD", issued, total, due=due, subtotal=subtotal, tax=tax)


def zh_repair_settlement(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    city = rng.choice(d.ZH_CITIES)
    seller = f"{city}{rng.choice(('顺达', '车之家', '永安', '德诚'))}汽车维修服务有限公司"
    buyer = _zh_company(rng) if rng.random() < 0.5 else d._zh_name(rng)
    settled = d._rand_date(rng, 2020, 2025)
    came = settled - timedelta(days=rng.randrange(1, 6))
    number = f"JS{settled.strftime('%Y%m%d')}{rng.randrange(1, 99):02d}"
    plate = f"{rng.choice('京沪粤浙川鄂苏')}{rng.choice('ABCDE')}{rng.randrange(10000, 99999)}"
    fmt_date = (lambda x: x.isoformat()) if rng.random() < 0.5 else (lambda x: d._zh_date(x, rng))
    cells = (("结算单号", number, "invoice_number"), ("结算日期", fmt_date(settled), "date"),
             ("客户名称", buyer, "buyer_name"), ("车牌号码", plate, "other"),
             ("进厂日期", fmt_date(came), "other"), ("联系电话", d._cn_mobile(rng), "other"))  # fmt: skip
    head = ""
    for i in range(0, len(cells), 2):
        head += "<tr>" + "".join(f'<td class="k">{t("key", k)}</td><td>{t(n, v)}</td>' for k, v, n in cells[i : i + 2])
        head += "</tr>"
    labour = '<tr class="h">' + "".join(f"<td>{t('header', h)}</td>" for h in ("序号", "维修项目", "工时", "工时费"))
    labour += "</tr>"
    work_sum = Decimal(0)
    for k, item in enumerate(rng.sample(("更换机油机滤", "四轮定位", "刹车片更换", "空调检修", "发动机保养"), 2), 1):
        fee = Decimal(rng.randrange(80, 600))
        work_sum += fee
        labour += _item_row((str(k), item, f"{rng.randrange(1, 4)}.0", d._money(fee)), lambda i: "n" if i > 1 else "")
    parts = '<tr class="h">' + "".join(
        f"<td>{t('header', h)}</td>" for h in ("序号", "材料名称", "数量", "单价", "金额")
    ) + "</tr>"  # fmt: skip
    part_sum = Decimal(0)
    for k, item in enumerate(rng.sample(("机油 5W-30", "机油滤清器", "刹车片（前）", "空调滤芯", "火花塞"), 3), 1):
        qty, unit = rng.randrange(1, 5), Decimal(rng.randrange(3000, 40000)) / 100
        part_sum += qty * unit
        cells5 = (str(k), item, str(qty), d._money(unit), d._money(qty * unit))
        parts += _item_row(cells5, lambda i: "n" if i > 1 else "")
    total = work_sum + part_sum
    sums = (f'<tr><td class="k">{t("key", "工时费合计")}</td><td class="n">{t("other", d._money(work_sum))}</td>'
            f'<td class="k">{t("key", "材料费合计")}</td><td class="n">{t("other", d._money(part_sum))}</td></tr>'
            f'<tr><td class="k">{t("key", "应收金额（大写）")}</td>'
            f'<td colspan="2">{t("other", decimal_to_cn_upper(total))}</td>'
            f'<td class="n">{t("key", "（小写）")}{t("total", "¥" + d._money(total))}</td></tr>')  # fmt: skip
    sig = t("other", "托修方签字：") + t("other", "承修方（盖章）：") + t("other", f"服务顾问：{d._zh_name(rng)}")
    slots = {"seller": t("seller_name", seller, cls="co"), "title": rng.choice(("机动车维修结算单", "维修结算单")),
             "head": head, "labour": labour, "parts": parts, "sums": sums, "sig": sig}  # fmt: skip
    return slots, _truth(number, seller, buyer, "CNY", settled, total)


FAMILIES = {
    "en_ats_resume": (Family("en", "resume", "resume", EN_ATS_CSS, EN_ATS_BODY), en_ats_resume),
    "en_photo_resume": (Family("en", "resume", "resume", EN_PHOTO_CSS, EN_PHOTO_BODY), en_photo_resume),
    "en_wordcol_resume": (Family("en", "resume", "resume", EN_WORDCOL_CSS, EN_WORDCOL_BODY), en_wordcol_resume),
    "en_student_resume": (Family("en", "resume", "resume", EN_STUDENT_CSS, EN_STUDENT_BODY), en_student_resume),
    "zh_bilingual_resume": (
        Family("zh", "resume", "resume", ZH_BILINGUAL_CSS, ZH_BILINGUAL_BODY),
        zh_bilingual_resume,
    ),
    "en_market_invoice": (Family("en", "invoice", "invoice", EN_MARKET_CSS, EN_MARKET_BODY), en_market_invoice),
    "en_amountdue_invoice": (
        Family("en", "invoice", "invoice", EN_AMOUNTDUE_CSS, EN_AMOUNTDUE_BODY),
        en_amountdue_invoice,
    ),
    "zh_repair_settlement": (
        Family("zh", "invoice", "invoice_cn", ZH_REPAIR_CSS, ZH_REPAIR_BODY),
        zh_repair_settlement,
    ),
}
# written after round 12 was fixed, scored before any change
ROUND13 = tuple(FAMILIES)


def make(family: str, rng: random.Random, browser: Browser) -> d.Sample:
    """One page of a round-13 `family` typeset by `browser` (browser_docs.make over this module's families)."""
    return _make(family, rng, browser, FAMILIES)


def generate(out: Path, n: int, families: tuple[str, ...], variants: tuple[str, ...], seed: int = 0) -> list[Any]:
    return _generate(out, n, families, variants, seed, registry=FAMILIES)


def main() -> None:
    d.family_main("Generate round-13 browser-typeset resumes and invoices with ground truth.", FAMILIES, generate)


if __name__ == "__main__":
    main()
