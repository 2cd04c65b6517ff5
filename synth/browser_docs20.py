"""Round 20 of the browser-typeset held-out resumes and invoices (rounds 9 to 19 in synth/browser_docs*.py): written
after round 19 was fixed and scored before any change. Same conventions: a family is a style sheet and a body
template filled from one record of values, every printed text an element marked `data-gt="<label>"`. `make` and
`generate` here are browser_docs's over these families.

    python -m docsense.synth.browser_docs20 OUT --n 2 --variants clean,rot90,rot180,gray,rgba --seed 300
"""

from __future__ import annotations

import html
import random
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

from docsense.kie.normalize import decimal_to_cn_upper

from . import documents as d
from . import resumes as r
from .browser import Browser
from .browser_docs import Family, _item_row, _truth, t
from .browser_docs import generate as _generate
from .browser_docs import make as _make
from .browser_docs15 import _en_person, _jobs

# --- English resumes ----------------------------------------------------------------------------------------------
# A developer's resume written in Markdown and printed from the rendered page (a README look): the name as an `h1`
# with a rule under it, the contact as a bullet list of bold keys (`**Email:**`, `**Phone:**`, `**Location:**`,
# `**GitHub:**`), `h2` sections with rules, education as a bullet `**<Degree> in <Major>**, <School> (2014–2018)` or
# `**<School>** — <Degree>, <Major>, 2018`, jobs as `h3` `<Title> @ <Company>` with the dates in italics under it,
# skills as inline code chips.
EN_MD_CSS = """
body {{ padding: 40px 56px; font-size: 14px; }}
h1 {{ font-size: 30px; border-bottom: 1px solid #d0d7de; padding-bottom: 6px; margin-bottom: 10px; }}
h2 {{ font-size: 20px; border-bottom: 1px solid #d0d7de; padding-bottom: 4px; margin: 18px 0 8px; }}
h3 {{ font-size: 15px; margin: 10px 0 2px; }} ul {{ margin: 4px 0 4px 26px; }} li {{ margin: 2px 0; }}
hr {{ border: 0; border-top: 3px solid #d0d7de; margin: 12px 0; }} em {{ color: #555; display: block; }}
code {{ font-family: 'DejaVu Sans Mono', monospace; background: #eff1f3; padding: 1px 5px; margin-right: 6px;
  font-size: 12px; border-radius: 4px; }}
"""
EN_MD_BODY = """
<h1 data-gt="name">{name}</h1>
<ul>{contact}</ul><hr>
<h2 data-gt="header">Summary</h2><p data-gt="other">{summary}</p>
<h2 data-gt="header">{first_title}</h2>{first}
<h2 data-gt="header">{second_title}</h2>{second}
<h2 data-gt="header">Skills</h2><p>{skills}</p>
"""

# A compact resume with ONE line per entry: the dates in a fixed left column and the entry as one comma-joined line
# (`2019–2022   Acme Corp, Senior Engineer, Boston MA` — the job's town without a comma), education the same way
# with the school first (`2010–2014   <School>, <Degree>, <Major>` or `<School> — <Degree> in <Major>`); the name
# left with the headline right on the same baseline, and the contact line `<street>, <City>, <ST> <ZIP> · phone ·
# e-mail` under a rule.
EN_COMPACT_CSS = """
body {{ padding: 46px 58px; font-size: 13px; }}
.hd {{ display: flex; justify-content: space-between; align-items: baseline; }}
.hd .n {{ font-size: 26px; font-weight: bold; }} .hd .h {{ font-size: 14px; color: #555; }}
.ct {{ border-top: 2px solid {accent}; margin-top: 4px; padding-top: 4px; font-size: 12px; }}
h2 {{ font-size: 13px; text-transform: uppercase; letter-spacing: 2px; color: {accent}; margin: 16px 0 6px; }}
.ln {{ display: flex; margin: 3px 0; }} .ln .dt {{ width: 110px; flex: none; color: #444; }}
p {{ margin: 4px 0; }}
"""
EN_COMPACT_BODY = """
<div class="hd">{name}<span class="h" data-gt="other">{headline}</span></div>
<div class="ct">{contact}</div>
<h2 data-gt="header">Profile</h2><p data-gt="other">{summary}</p>
<h2 data-gt="header">Experience</h2>{jobs}
<h2 data-gt="header">Education</h2>{edu}
<h2 data-gt="header">Skills</h2><p data-gt="other">{skills}</p>
<p data-gt="other" style="margin-top: 18px; color: #666">References available on request.</p>
"""

# An Indian fresher's resume: `RESUME` centred, the name bold with `Mobile: +91 98xxx xxxxx` and `Email:` lines
# under it, `Career Objective`, `Academic Qualifications` as a ruled table WITH a header row (`Course | Institute |
# Board / University | Year | Score`) whose first row is the degree with its branch in brackets (`B.Tech (Computer
# Science)`) and the later rows Class XII and Class X at schools, `Personal Details` as `key : value` lines (Father's
# Name, Date of Birth, Languages Known, Address ending `<City> - 411038`), a `Declaration` and `Place: <City>` at the
# foot with the name right.
EN_INDIA_CSS = """
body {{ padding: 40px 54px; font-size: 13px; }}
h1 {{ text-align: center; font-size: 20px; text-decoration: underline; letter-spacing: {spacing}px; }}
.n {{ font-size: 17px; font-weight: bold; display: block; margin-top: 10px; }} .c > span {{ display: block; }}
h2 {{ font-size: 14px; background: {shade}; padding: 3px 6px; margin: 14px 0 6px; }}
table.q {{ width: 100%; }} table.q td {{ border: 1px solid #555; padding: 4px 5px; }}
table.q tr.h td {{ font-weight: bold; text-align: center; }}
table.p td {{ padding: 2px 8px 2px 0; vertical-align: top; }}
.ft {{ display: flex; justify-content: space-between; margin-top: 26px; }} .ft div > span {{ display: block; }}
"""
EN_INDIA_BODY = """
<h1 data-gt="header">{title}</h1>
<div class="c">{who}</div>
<h2 data-gt="header">Career Objective</h2><p data-gt="other">{objective}</p>
<h2 data-gt="header">Academic Qualifications</h2><table class="q">{quals}</table>
<h2 data-gt="header">Technical Skills</h2><p data-gt="other">{skills}</p>
<h2 data-gt="header">Personal Details</h2><table class="p">{personal}</table>
<h2 data-gt="header">Declaration</h2><p data-gt="other">{declaration}</p>
<div class="ft">{foot}</div>
"""

IN_FIRST = ("Rahul", "Priya", "Aditya", "Sneha", "Vikram", "Ananya", "Rohan", "Kavya", "Arjun", "Neha")
IN_LAST = ("Sharma", "Patel", "Kulkarni", "Iyer", "Singh", "Reddy", "Nair", "Deshmukh", "Gupta", "Menon")
IN_CITIES = (("Pune", "411038"), ("Bengaluru", "560034"), ("Hyderabad", "500081"), ("Chennai", "600042"),
             ("Nagpur", "440010"), ("Indore", "452001"))  # fmt: skip
IN_COLLEGES = ("Vellore Institute of Technology", "College of Engineering, Pune", "Manipal Institute of Technology",
               "PSG College of Technology", "Birla Institute of Technology",
               "National Institute of Technology, Trichy")  # fmt: skip
IN_SCHOOLS = ("St. Xavier's High School", "Kendriya Vidyalaya", "Delhi Public School")
IN_DEGREES = ("B.Tech", "B.E.", "M.Tech", "B.Sc")
IN_BRANCHES = ("Computer Science", "Electronics and Communication", "Mechanical Engineering", "Information Technology",
               "Civil Engineering")  # fmt: skip
IN_UNIS = ("Savitribai Phule Pune University", "Anna University", "Visvesvaraya Technological University",
           "Rashtrasant Tukadoji Maharaj Nagpur University")  # fmt: skip


def en_markdown_resume(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    p = _en_person(rng)
    first, last = p["name"].lower().split()

    def item(key: str, value: str, label: str) -> str:
        return f"<li><b>{t('key', key)}</b> {t(label, value)}</li>"

    rows = [
        item("Email:", p["email"], "email"),
        item("Phone:", p["phone_txt"], "phone"),
        item("Location:", p["city"], "city"),
        item("GitHub:", f"github.com/{first[0]}{last}", "other"),
    ]
    contact = "".join(rows[:3]) + rows[3] if rng.random() < 0.5 else rows[2] + rows[0] + rows[1] + rows[3]
    end = rng.randrange(2006, 2022)
    if rng.random() < 0.5:
        edu = (
            f"<ul><li><b>{t('degree', p['degree'])}{t('other', ' in ')}{t('major', p['major'])}</b>"
            f"{t('other', ', ')}{t('school', p['school'])}{t('other', f' ({end - 4}–{end})')}</li></ul>"
        )
    else:
        edu = (
            f"<ul><li><b>{t('school', p['school'])}</b>{t('other', ' — ')}{t('degree', p['degree'])}"
            f"{t('other', ', ')}{t('major', p['major'])}{t('other', f', {end}')}</li></ul>"
        )
    jobs = ""
    for comp, pos, a in _jobs(rng, 2):
        jobs += (
            f"<h3>{t('other', f'{pos} @ {comp}')}</h3><em>{t('other', f'{a} – {a + 2}')}</em>"
            f"<ul><li>{t('other', rng.choice(r.BULLETS))}</li></ul>"
        )
    skills = "".join(f"<code>{t('other', s)}</code>" for s in rng.sample(r.SKILLS, 6))
    edu_first = rng.random() < 0.4
    slots = {
        "name": html.escape(p["name"]),
        "contact": contact,
        "summary": "Engineer who ships small, well-tested services and writes the docs nobody else wants to.",
        "first_title": "Education" if edu_first else "Experience",
        "first": edu if edu_first else jobs,
        "second_title": "Experience" if edu_first else "Education",
        "second": jobs if edu_first else edu,
        "skills": skills,
    }
    return slots, r._fields(p)


def en_compact_resume(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    p = _en_person(rng)
    while "," not in p["city"] or len(p["city"].rsplit(", ", 1)[1]) != 2:  # a US street address carries a ZIP
        p["city"] = rng.choice(r.EN_CITIES_MORE)
    dot = html.escape(rng.choice(("  ·  ", " | ")))
    street = f"{rng.randrange(10, 9999)} {rng.choice(d.EN_STREETS)}"
    contact = (
        f"{t('other', street + ', ')}{t('city', p['city'])}{t('other', f' {rng.randrange(10000, 99999)}')}"
        f"{dot}{t('phone', p['phone_txt'])}{dot}{t('email', p['email'])}"
    )
    jobs = ""
    for comp, pos, a in _jobs(rng, 3):
        town = rng.choice([c for c in d.EN_CITIES if c != p["city"]]).replace(",", "")
        jobs += (
            f'<div class="ln">{t("other", f"{a}–{a + 2}", cls="dt")}'
            f"<span>{t('other', f'{comp}, {pos}, {town}')}</span></div>"
        )
    end = rng.randrange(2004, 2016)
    if rng.random() < 0.5:
        line = f"{t('school', p['school'])}{t('other', ', ')}{t('degree', p['degree'])}{t('other', ', ')}"
        line += t("major", p["major"])
    else:
        line = f"{t('school', p['school'])}{t('other', ' — ')}{t('degree', p['degree'])}{t('other', ' in ')}"
        line += t("major", p["major"])
    edu = f'<div class="ln">{t("other", f"{end - 4}–{end}", cls="dt")}<span>{line}</span></div>'
    slots = {
        "name": t("name", p["name"], cls="n"),
        "headline": rng.choice(d.EN_POSITIONS),
        "contact": contact,
        "summary": "Twelve years of building reliable teams and processes; calm under deadlines.",
        "jobs": jobs,
        "edu": edu,
        "skills": ", ".join(rng.sample(r.SKILLS, 6)),
    }
    return slots, r._fields(p)


def en_india_resume(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    first, last = rng.choice(IN_FIRST), rng.choice(IN_LAST)
    name = f"{first} {last}"
    city, pin = rng.choice(IN_CITIES)
    mobile = f"{rng.choice('9876')}{rng.randrange(10**8, 10**9)}"
    shown = rng.choice((f"+91 {mobile[:5]} {mobile[5:]}", f"+91-{mobile}", mobile))
    email = f"{first.lower()}.{last.lower()}{rng.randrange(10, 99)}@{rng.choice(('gmail.com', 'yahoo.co.in'))}"
    degree, branch = rng.choice(IN_DEGREES), rng.choice(IN_BRANCHES)
    college = rng.choice(IN_COLLEGES)
    who = (
        t("name", name, cls="n")
        + f"<span>{t('key', 'Mobile: ')}{t('phone', shown)}</span>"
        + f"<span>{t('key', 'Email: ')}{t('email', email)}</span>"
    )
    year = rng.randrange(2012, 2024)
    head = ("Course", "Institute", "Board / University", "Year", "Score")
    quals = '<tr class="h">' + "".join(f"<td>{t('header', h)}</td>" for h in head) + "</tr>"
    quals += (
        f"<tr><td>{t('degree', degree)} {t('other', '(')}{t('major', branch)}{t('other', ')')}</td>"
        f"<td>{t('school', college)}</td><td>{t('other', rng.choice(IN_UNIS))}</td><td>{t('other', year)}</td>"
        f"<td>{t('other', f'{rng.randrange(65, 95) / 10} CGPA')}</td></tr>"
    )
    for cls, y in (("Class XII (HSC)", year - 4), ("Class X (SSC)", year - 6)):
        quals += (
            f"<tr><td>{t('other', cls)}</td><td>{t('other', f'{rng.choice(IN_SCHOOLS)}, {city}')}"
            f"</td><td>{t('other', rng.choice(('CBSE', 'Maharashtra State Board')))}</td><td>{t('other', y)}</td>"
            f"<td>{t('other', f'{rng.randrange(650, 950) / 10}%')}</td></tr>"
        )
    born = d._rand_date(rng, year - 24, year - 20)
    address = f"Flat {rng.randrange(1, 40)}, {rng.choice(('Shivaji Nagar', 'MG Road', 'Anna Nagar'))}, "
    personal = "".join(
        f"<tr><td>{t('key', k)}</td><td>{t('other', ':')}</td><td>{v}</td></tr>"
        for k, v in (
            ("Father's Name", t("other", f"{rng.choice(('Suresh', 'Ramesh', 'Mahesh'))} {last}")),
            ("Date of Birth", t("other", born.strftime("%d-%m-%Y"))),
            ("Languages Known", t("other", "English, Hindi, Marathi")),
            ("Nationality", t("other", "Indian")),
            ("Address", t("other", address) + t("city", city) + t("other", f" - {pin}")),
        )
    )
    foot = (
        f"<div><span>{t('key', 'Place: ')}{t('city', city)}</span><span>{t('key', 'Date:')}</span></div>"
        f"<div>{t('other', f'({name})')}</div>"
    )
    slots = {
        "title": rng.choice(("RESUME", "CURRICULUM VITAE")),
        "who": who,
        "objective": "To work in a challenging environment where I can use my skills for the organisation's growth.",
        "quals": quals,
        "skills": ", ".join(rng.sample(r.SKILLS, 5)),
        "personal": personal,
        "declaration": "I hereby declare that the information furnished above is true to the best of my knowledge.",
        "foot": foot,
    }
    fields = {"name": name, "phone": mobile, "email": email, "city": city, "degree": degree, "school": college}
    return slots, fields | {"major": branch}


# --- English invoices ---------------------------------------------------------------------------------------------
# An invoice made in a spreadsheet and printed with its gridlines: every cell ruled in light grey across the page,
# the business name in a merged cell top left and `INVOICE` right, keys in cells left of their values (`Invoice No.`,
# `Date` as m/d/yyyy, `Customer ID`), `Bill To:` over the customer's lines in cells, the items, then totals in
# ACCOUNTING format: the `$` in a cell of its own at the left and the figure right-aligned in the next cell
# (`Subtotal | $ | 1,234.56`), `Tax rate | 8.25%`, `Sales Tax`, `TOTAL`.
EN_SHEET_CSS = """
body {{ padding: 36px 40px; font-size: 13px; }}
table.g {{ width: 100%; table-layout: fixed; }} table.g td {{ border: 1px solid #d4d4d4; padding: 3px 5px;
  height: 24px; white-space: nowrap; overflow: hidden; }}
td.co {{ font-size: 20px; font-weight: bold; }} td.tt {{ font-size: 24px; color: {accent}; text-align: right; }}
td.k {{ font-weight: bold; }} td.n {{ text-align: right; }} td.h {{ background: {accent}; color: white; }}
td.g {{ font-weight: bold; background: #f2f2f2; }}
"""
EN_SHEET_BODY = """
<table class="g"><colgroup><col style="width: 34%"><col style="width: 14%"><col style="width: 14%">
<col style="width: 8%"><col style="width: 16%"><col style="width: 14%"></colgroup>{grid}</table>
"""

# An invoice on a professional firm's letterhead with the total written out in words as on a cheque: the firm's name
# centred in spaced capitals, its address and contacts on one line under it and a double rule; `INVOICE` centred;
# `To:` with the client company and an `Attn:` person left, `Invoice No.` / `Date` / `P.O. No.` right; a
# `Particulars | Amount` table of services; `Subtotal`, `Sales Tax 6%`, `Total Amount Due`; then `Amount in words:
# One Thousand Two Hundred Thirty-Four and 56/100 Dollars Only`; `For <firm>` over `Authorised Signatory`.
EN_WORDS_CSS = """
body {{ padding: 40px 60px; font-size: 13px; }}
.lh {{ text-align: center; border-bottom: 4px double #333; padding-bottom: 6px; }}
.lh .f {{ display: block; font-size: 24px; letter-spacing: 4px; font-weight: bold; }} .lh .a {{ font-size: 12px; }}
h1 {{ text-align: center; font-size: 18px; letter-spacing: 3px; margin: 14px 0; }}
.pt {{ display: flex; justify-content: space-between; }} .pt span {{ display: block; }}
table.m td {{ padding: 1px 6px; }}
table.l {{ width: 100%; margin-top: 16px; }} table.l td {{ border: 1px solid #444; padding: 5px 8px; }}
td.n {{ text-align: right; width: 26%; }} tr.h td {{ font-weight: bold; background: #f0f0f0; }}
.w {{ margin-top: 12px; font-style: italic; }} .sg {{ margin-top: 40px; text-align: right; }}
.sg span {{ display: block; }}
"""
EN_WORDS_BODY = """
<div class="lh">{letterhead}</div>
<h1 data-gt="header">INVOICE</h1>
<div class="pt">{parties}</div>
<table class="l">{rows}</table>
<div class="w">{words}</div>
<div class="sg">{sign}</div>
"""

ONES = ("", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve",
        "Thirteen", "Fourteen", "Fifteen", "Sixteen", "Seventeen", "Eighteen", "Nineteen")  # fmt: skip
TENS = ("", "", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety")
FIRM_SERVICES = ("Statutory audit, FY 2023", "Tax return preparation", "Legal consultation (hours)",
                 "Drafting of lease agreement", "Payroll processing, quarter",
                 "Company secretarial services")  # fmt: skip


def _words(n: int) -> str:
    """A whole number under a million in English words, as written on a cheque."""
    if n >= 1000:
        return _words(n // 1000) + " Thousand" + (" " + _words(n % 1000) if n % 1000 else "")
    if n >= 100:
        return ONES[n // 100] + " Hundred" + (" " + _words(n % 100) if n % 100 else "")
    if n >= 20:
        return TENS[n // 10] + ("-" + ONES[n % 10] if n % 10 else "")
    return ONES[n]


def en_sheet_invoice(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    seller = f"{rng.choice(d.EN_COMPANY_A)} {rng.choice(('Print Shop', 'Landscaping', 'Cleaning Co.', 'Auto Repair'))}"
    buyer = f"{rng.choice(d.EN_COMPANY_A)} {rng.choice(d.EN_COMPANY_B)} {rng.choice(d.EN_SUFFIX)}"
    if buyer.split()[0] == seller.split()[0]:
        buyer = f"{rng.choice(d.EN_FIRST)} {rng.choice(d.EN_LAST)}"
    issued = d._rand_date(rng, 2020, 2025)
    number = str(rng.randrange(1000, 99999))
    e = "<td></td>"

    def row(*cells: str) -> str:
        return "<tr>" + "".join(cells) + e * (6 - len(cells)) + "</tr>"

    def c(label: str, text: object, cls: str = "") -> str:
        return f"<td{' class=' + cls if cls else ''}>{t(label, text)}</td>"

    date = f"{issued.month}/{issued.day}/{issued.year}"
    grid = row(c("seller_name", seller, "co"), e, e, e, f'<td colspan="2" class="tt">{t("header", "INVOICE")}</td>')
    street = f"{rng.randrange(10, 999)} {rng.choice(d.EN_STREETS)}"
    grid += row(c("other", street), e, e, e, c("key", "Invoice No.", "k"), c("invoice_number", number, "n"))
    grid += row(c("other", f"{rng.choice(d.EN_CITIES)} {rng.randrange(10000, 99999)}"), e, e, e, c("key", "Date", "k"),
                c("date", date, "n"))  # fmt: skip
    grid += row(c("other", f"Phone ({rng.randrange(200, 999)}) {rng.randrange(200, 999)}-{rng.randrange(1000, 9999)}"),
                e, e, e, c("key", "Customer ID", "k"), c("other", f"C{rng.randrange(100, 999)}", "n"))  # fmt: skip
    grid += row() + row(c("key", "Bill To:", "k"))
    grid += row(c("buyer_name", buyer)) + row(c("other", f"{rng.randrange(10, 999)} {rng.choice(d.EN_STREETS)}"))
    grid += row(c("other", f"{rng.choice(d.EN_CITIES)} {rng.randrange(10000, 99999)}")) + row()
    grid += "<tr>" + "".join(
        f'<td class="h{" n" if i else ""}"{" colspan=2" if i == 3 else ""}>{t("header", h)}</td>'
        for i, h in enumerate(("Description", "Qty", "Unit Price", "Amount"))
    ) + e + "</tr>"  # fmt: skip
    subtotal = Decimal(0)
    goods = rng.sample(d.EN_GOODS, rng.randrange(2, 5))
    for g in goods:
        q, u = Decimal(rng.randrange(1, 20)), Decimal(rng.randrange(500, 20000)) / 100
        subtotal += q * u
        grid += row(c("item", g), c("item", q, "n"), c("item", d._fmt_thousands(u), "n"), c("item", "$"),
                    c("item", d._fmt_thousands(q * u), "n"))  # fmt: skip
    rate = Decimal(rng.choice(("6.25", "7", "8.25", "8.875")))
    tax = (subtotal * rate / 100).quantize(Decimal("0.01"), ROUND_HALF_UP)
    total = subtotal + tax
    grid += row()
    grid += row(e, e, c("key", "Subtotal", "k"), c("other", "$"), c("subtotal", d._fmt_thousands(subtotal), "n"))
    grid += row(e, e, c("key", "Tax rate", "k"), e, c("other", f"{rate}%", "n"))
    grid += row(e, e, c("key", "Sales Tax", "k"), c("other", "$"), c("tax", d._fmt_thousands(tax), "n"))
    grid += row(e, e, c("key", "TOTAL", "k g"), c("other", "$", "g"), c("total", d._fmt_thousands(total), "n g"))
    grid += (
        row()
        + row(c("other", "Make all checks payable to " + seller))
        + row(c("other", "Thank you for your business!"))
    )
    return {"grid": grid}, _truth(number, seller, buyer, "USD", issued, total, subtotal=subtotal, tax=tax)


def en_words_invoice(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    last = rng.choice(d.EN_LAST)
    seller = rng.choice((f"{last} & Associates", f"{last} {rng.choice(d.EN_LAST)} LLP", f"{last} & Co., CPAs"))
    buyer = f"{rng.choice(d.EN_COMPANY_A)} {rng.choice(d.EN_COMPANY_B)} {rng.choice(d.EN_SUFFIX)}"
    issued = d._rand_date(rng, 2020, 2025)
    number = f"{rng.choice(('', 'INV/', 'F-'))}{issued.year}/{rng.randrange(10, 999):03d}"
    fmt = rng.choice(("%B %d, %Y", "%d %B %Y", "%m/%d/%Y"))
    town = rng.choice(d.EN_CITIES)
    letterhead = t("seller_name", seller.upper() if rng.random() < 0.5 else seller, cls="f")
    letterhead += t(
        "other",
        f"{rng.randrange(10, 999)} {rng.choice(d.EN_STREETS)}, {town}  ·  Tel. ({rng.randrange(200, 999)}) "
        f"{rng.randrange(200, 999)}-{rng.randrange(1000, 9999)}  ·  office@{last.lower()}.com",
        cls="a",
    )
    meta = (("Invoice No.:", number, "invoice_number"), ("Date:", issued.strftime(fmt), "date"),
            ("P.O. No.:", str(rng.randrange(4000, 9000)), "other"))  # fmt: skip
    parties = (
        f"<div>{t('key', 'To:')}{t('buyer_name', buyer)}"
        f"{t('other', f'Attn: {rng.choice(d.EN_FIRST)} {rng.choice(d.EN_LAST)}, Accounts Payable')}"
        f"{t('other', f'{rng.randrange(10, 999)} {rng.choice(d.EN_STREETS)}')}"
        f"{t('other', rng.choice(d.EN_CITIES))}</div>"
        '<table class="m">'
        + "".join(f"<tr><td>{t('key', k)}</td><td>{t(n, v)}</td></tr>" for k, v, n in meta)
        + "</table>"
    )
    rows = f'<tr class="h"><td>{t("header", "Particulars")}</td><td class="n">{t("header", "Amount (USD)")}</td></tr>'
    subtotal = Decimal(0)
    for s in rng.sample(FIRM_SERVICES, rng.randrange(2, 4)):
        v = Decimal(rng.randrange(20000, 250000)) / 100
        subtotal += v
        rows += _item_row((s, d._fmt_thousands(v)), lambda i: "n" if i else "")
    tax = (subtotal * Decimal("0.06")).quantize(Decimal("0.01"), ROUND_HALF_UP)
    total = subtotal + tax
    for k, v, n in (("Subtotal", subtotal, "subtotal"), ("Sales Tax 6%", tax, "tax"),
                    ("Total Amount Due", total, "total")):  # fmt: skip
        rows += f'<tr><td class="n">{t("key", k)}</td><td class="n">{t(n, d._fmt_thousands(v))}</td></tr>'
    cents = int((total * 100) % 100)
    words = t("key", "Amount in words: ") + t("other", f"{_words(int(total))} and {cents:02d}/100 Dollars Only")
    sign = t("other", f"For {seller}") + t("other", "Authorised Signatory")
    slots = {"letterhead": letterhead, "parties": parties, "rows": rows, "words": words, "sign": sign}
    return slots, _truth(number, seller, buyer, "USD", issued, total, subtotal=subtotal, tax=tax)


# --- Chinese ------------------------------------------------------------------------------------------------------
# A resume with a TIMELINE rail (时间轴): the name large with 求职意向 under it and a keyed contact block right
# (`手机：` / `邮箱：` / `所在地：`) beside a 照片 box; each section's entries hang off a vertical rule with a dot,
# the dates stacked left of it (`2019.09` over `2022.06`); 教育背景 holds TWO degrees, the higher first (`<学校>` bold
# over `硕士 · <专业>`, then the 本科 at another school), then 工作经历, 专业技能 and 自我评价.
ZH_RAIL_CSS = """
body {{ padding: 40px 52px; }}
.hd {{ display: flex; justify-content: space-between; align-items: flex-start; }}
.hd .n {{ font-size: 30px; font-weight: bold; display: block; }} .hd .i {{ font-size: 14px; color: #555; }}
.ct {{ font-size: 13px; }} .ct > span {{ display: block; }}
.ph {{ width: 84px; height: 108px; border: 1px solid #999; text-align: center; padding-top: 40px; color: #999; }}
h2 {{ font-size: 16px; color: {accent}; margin: 16px 0 6px; }}
.tl {{ border-left: 2px solid {accent}; margin-left: 86px; padding-left: 16px; }}
.en {{ position: relative; margin-bottom: 10px; font-size: 13px; }}
.en .dt {{ position: absolute; left: -104px; width: 76px; text-align: right; color: #666; font-size: 12px; }}
.en .dt span {{ display: block; }} .en::before {{ content: ''; position: absolute; left: -22px; top: 4px;
  width: 10px; height: 10px; border-radius: 5px; background: {accent}; }}
.en .s {{ font-weight: bold; display: block; }} .en > span {{ display: block; }}
p {{ font-size: 13px; line-height: 1.7; }}
"""
ZH_RAIL_BODY = """
<div class="hd"><div>{who}</div><div class="ct">{contact}</div><div class="ph" data-gt="other">照片</div></div>
<h2 data-gt="header">教育背景</h2><div class="tl">{edu}</div>
<h2 data-gt="header">工作经历</h2><div class="tl">{jobs}</div>
<h2 data-gt="header">专业技能</h2><p data-gt="other">{skills}</p>
<h2 data-gt="header">自我评价</h2><p data-gt="other">{about}</p>
"""

# A medical outpatient bill, the electronic 财政票据 a hospital issues (医疗门诊收费票据（电子）): a QR code top left,
# the title with the province, 票据代码 / 票据号码 / 校验码 / 开票日期 right; 交款人 and 交款人统一社会信用代码 (an ID
# number), 患者 details (门诊号, 就诊日期, 医疗机构类型); the charges as TWO side-by-side column pairs `项目名称 |
# 金额` (西药费, 检查费, 治疗费, 挂号费 …); 金额合计（大写）/（小写）; 医保统筹基金支付, 个人账户支付, 个人现金支付 (the
# split of the same total); 收款单位（章）: the hospital, 复核人, 收款人.
ZH_MED_CSS = """
body {{ padding: 40px 44px; }}
.top {{ display: flex; justify-content: space-between; align-items: flex-start; }}
.qr {{ width: 84px; height: 84px; display: grid; grid-template-columns: repeat(12, 7px); }}
.qr i {{ width: 7px; height: 7px; }} .qr i.b {{ background: #000; }}
h1 {{ font-size: 22px; color: {red}; letter-spacing: {spacing}px; text-align: center; }}
.m > span {{ display: block; font-size: 12px; }}
.bx {{ display: flex; gap: 24px; font-size: 13px; margin: 10px 0 6px; flex-wrap: wrap; }}
table.g {{ width: 100%; }} table.g td {{ border: 1px solid {red}; padding: 4px 6px; font-size: 13px; }}
td.n {{ text-align: right; }} td.k {{ color: {red}; }}
.ft {{ display: flex; justify-content: space-between; margin-top: 12px; font-size: 13px; }}
"""
ZH_MED_BODY = """
<div class="top"><div class="qr">{qr}</div><h1 data-gt="header">{title}</h1><div class="m">{meta}</div></div>
<div class="bx">{payer}</div>
<table class="g">{rows}</table>
<div class="ft">{foot}</div>
"""

ZH_HOSPITALS = ("市第一人民医院", "中医医院", "妇幼保健院", "人民医院", "中心医院")
MED_ITEMS = ("西药费", "中成药费", "检查费", "化验费", "治疗费", "挂号费", "诊察费", "卫生材料费")
ZH_SKILLS = ("熟练使用Python、SQL进行数据处理", "熟悉Excel高级函数与数据透视表", "英语六级，能阅读英文文献",
             "熟悉财务软件及税务申报流程", "掌握Axure、Visio等原型工具")  # fmt: skip


def zh_rail_resume(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    p = r._person_zh(rng)
    p["degree"] = rng.choice(("硕士", "博士"))
    low_school = rng.choice([s for s in d.ZH_SCHOOLS if s != p["school"]])
    low_major = rng.choice((p["major"], rng.choice(d.ZH_MAJORS)))
    who = t("name", p["name"], cls="n") + t("other", f"求职意向：{rng.choice(d.ZH_POSITIONS)}", cls="i")
    contact = "".join(
        f"<span>{t('key', k)}{t(n, v)}</span>"
        for k, v, n in (
            ("手机：", p["phone"], "phone"),
            ("邮箱：", p["email"], "email"),
            ("所在地：", p["city"], "city"),
        )
    )
    end = rng.randrange(2012, 2024)
    beg = end - (3 if p["degree"] == "硕士" else 4)

    def entry(a: str, b: str, body: str) -> str:
        return f'<div class="en"><div class="dt">{t("other", a)}{t("other", b)}</div>{body}</div>'

    sep = rng.choice((" · ", " | ", "　"))
    edu = entry(
        f"{beg}.09", f"{end}.06",
        t("school", p["school"], cls="s")
        + f"<span>{t('degree', p['degree'])}{t('other', sep)}{t('major', p['major'])}</span>",
    )  # fmt: skip
    edu += entry(
        f"{beg - 4}.09", f"{beg}.06",
        t("other", low_school, cls="s") + f"<span>{t('other', '本科')}{t('other', sep)}{t('other', low_major)}</span>",
    )  # fmt: skip
    jobs = ""
    a = end
    for _ in range(2):
        jobs += entry(f"{a}.07", f"{a + 2}.05", t("other", rng.choice(d.ZH_POSITIONS), cls="s")
                      + t("other", f"{rng.choice(d.ZH_CITIES)}{rng.choice(d.ZH_COMPANY_A)}科技有限公司"))  # fmt: skip
        a += 2
    about = "踏实肯干，逻辑清晰，善于沟通；能独立完成数据分析报告，乐于接受挑战。"
    slots = {"who": who, "contact": contact, "edu": edu, "jobs": jobs, "skills": "；".join(rng.sample(ZH_SKILLS, 3)),
             "about": about}  # fmt: skip
    return slots, r._fields(p)


def zh_medical_bill(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    prov = rng.choice(("浙江省", "江苏省", "广东省", "四川省"))
    hospital = f"{rng.choice(d.ZH_CITIES)}{rng.choice(ZH_HOSPITALS)}"
    payer = d._zh_name(rng)
    issued = d._rand_date(rng, 2020, 2025)
    code = f"{rng.randrange(33, 44)}0{rng.randrange(100000, 999999)}"
    number = f"{rng.randrange(10**9, 10**10)}"
    qr = "".join(f'<i class="{"b" if rng.random() < 0.5 else ""}"></i>' for _ in range(144))
    meta = "".join(
        f"<span>{t('key', k)}{t(n, v)}</span>"
        for k, v, n in (
            ("票据代码：", code, "other"),
            ("票据号码：", number, "invoice_number"),
            ("校验码：", f"{rng.randrange(10**5, 10**6):x}".upper(), "other"),
            ("开票日期：", f"{issued.year}-{issued.month:02d}-{issued.day:02d}", "date"),
        )
    )
    idno = f"{rng.randrange(110000, 659999)}{rng.randrange(1950, 2010)}{rng.randrange(1, 13):02d}"
    idno += f"{rng.randrange(1, 29):02d}{rng.randrange(1000, 9999)}"
    box = "".join(
        f"<span>{t('key', k)}{t(n, v)}</span>"
        for k, v, n in (
            ("交款人：", payer, "buyer_name"),
            ("交款人统一社会信用代码：", idno, "other"),
            ("门诊号：", str(rng.randrange(10**7, 10**8)), "other"),
            ("就诊日期：", f"{issued.year}{issued.month:02d}{issued.day:02d}", "other"),
        )
    )
    items = rng.sample(MED_ITEMS, rng.choice((4, 6)))
    amounts = [Decimal(rng.randrange(500, 60000)) / 100 for _ in items]
    total = sum(amounts, Decimal(0))
    head = "".join(f'<td class="k">{t("header", h)}</td>' for h in ("项目名称", "金额（元）") * 2)
    rows = f"<tr>{head}</tr>"
    for i in range(0, len(items), 2):
        rows += "<tr>" + "".join(
            f'<td>{t("item", items[j])}</td><td class="n">{t("item", d._money(amounts[j]))}</td>' for j in (i, i + 1)
        ) + "</tr>"  # fmt: skip
    rows += (
        f'<tr><td class="k">{t("key", "金额合计（大写）")}</td><td colspan="2">{t("other", decimal_to_cn_upper(total))}'
        f'</td><td class="n">{t("key", "（小写）")}{t("total", d._money(total))}</td></tr>'
    )
    fund = (total * Decimal(rng.choice(("0.5", "0.6", "0.7")))).quantize(Decimal("0.01"))
    own = (total - fund) / 2
    own = own.quantize(Decimal("0.01"))
    cash = total - fund - own
    rows += "<tr>" + "".join(
        f'<td class="k">{t("key", k)}</td><td class="n">{t("other", d._money(v))}</td>'
        for k, v in (("医保统筹基金支付", fund), ("个人账户支付", own))
    ) + "</tr>"  # fmt: skip
    rows += (
        f'<tr><td class="k">{t("key", "个人现金支付")}</td><td class="n">{t("other", d._money(cash))}</td>'
        f'<td class="k">{t("key", "其他")}</td><td>{t("other", "医疗机构类型：综合医院")}</td></tr>'
    )
    foot = (
        f"<span>{t('key', '收款单位（章）：')}{t('seller_name', hospital)}</span>"
        f"<span>{t('other', f'复核人：{d._zh_name(rng)}')}</span>"
        f"<span>{t('other', f'收款人：{d._zh_name(rng)}')}</span>"
    )
    title = f"{prov}医疗门诊收费票据（电子）"
    slots = {"qr": qr, "title": title, "meta": meta, "payer": box, "rows": rows, "foot": foot}
    return slots, _truth(number, hospital, payer, "CNY", issued, total)


FAMILIES = {
    "en_markdown_resume": (Family("en", "resume", "resume", EN_MD_CSS, EN_MD_BODY), en_markdown_resume),
    "en_compact_resume": (Family("en", "resume", "resume", EN_COMPACT_CSS, EN_COMPACT_BODY), en_compact_resume),
    "en_india_resume": (Family("en", "resume", "resume", EN_INDIA_CSS, EN_INDIA_BODY), en_india_resume),
    "en_sheet_invoice": (Family("en", "invoice", "invoice", EN_SHEET_CSS, EN_SHEET_BODY), en_sheet_invoice),
    "en_words_invoice": (Family("en", "invoice", "invoice", EN_WORDS_CSS, EN_WORDS_BODY), en_words_invoice),
    "zh_rail_resume": (Family("zh", "resume", "resume", ZH_RAIL_CSS, ZH_RAIL_BODY), zh_rail_resume),
    "zh_medical_bill": (Family("zh", "invoice", "invoice_cn", ZH_MED_CSS, ZH_MED_BODY), zh_medical_bill),
}
# written after round 19 was fixed, scored before any change
ROUND20 = tuple(FAMILIES)


def make(family: str, rng: random.Random, browser: Browser) -> d.Sample:
    """One page of a round-20 `family` typeset by `browser` (browser_docs.make over this module's families)."""
    return _make(family, rng, browser, FAMILIES)


def generate(out: Path, n: int, families: tuple[str, ...], variants: tuple[str, ...], seed: int = 0) -> list[Any]:
    return _generate(out, n, families, variants, seed, registry=FAMILIES)


def main() -> None:
    d.family_main("Generate round-20 browser-typeset resumes and invoices with ground truth.", FAMILIES, generate)


if __name__ == "__main__":
    main()
