"""Resumes and invoices typeset by a real browser (synth/browser.py), round 9 of the held-out layouts: HTML/CSS
templates of the kinds people export from word processors, online resume builders and invoicing tools, filled with
made-up values. The browser breaks lines, sizes table columns and floats blocks itself, so nobody placed a word where
a rule expects it.

A family is data: a style sheet and a body template (`{name}` slots, `{{ }}` for braces) filled from one record of
values; the ground truth holds the printed fields under the names the PIL generators use (synth/documents.py
`Sample.gt`). Every text the page prints is an element marked `data-gt="<label>"` (the field name for a value,
`key`, `header`, `item` or `other`), so `documents.sample_document` reads a page without OCR from the boxes the
browser reports.

    with Browser() as b: sample = make("en_sidebar_resume", random.Random(1), b)
    python -m docsense.synth.browser_docs OUT --n 8 --variants clean,rot90,gray,rgba
"""

from __future__ import annotations

import html
import random
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from functools import partial
from pathlib import Path
from typing import Any

from docsense.kie.normalize import decimal_to_cn_upper

from . import documents as d
from . import resumes as r
from .browser import Browser

WIDTH, HEIGHT, SCALE = 794, 1123, 1.5625  # A4 at 96 dpi, drawn at 150 dpi (1240 x 1754 pixels)
LATIN_FAMILIES = ("DejaVu Sans", "Liberation Sans", "Liberation Serif", "DejaVu Serif")
CJK_FAMILIES = ("WenQuanYi Micro Hei", "WenQuanYi Zen Hei")
ACCENTS = ("#1f3a5f", "#2e5e4e", "#5b2a86", "#8a1c1c", "#33475b", "#0b6e99", "#444444")


def t(label: str, text: object, tag: str = "span", cls: str = "") -> str:
    """One printed text, marked with its label."""
    klass = f' class="{cls}"' if cls else ""
    return f'<{tag} data-gt="{label}"{klass}>{html.escape(str(text))}</{tag}>'


@dataclass(frozen=True)
class Family:
    """A page layout: its language, document type, style sheet and body (format slots filled by the maker)."""

    lang: str
    doc_type: str
    template: str
    css: str
    body: str


BASE_CSS = """
* {{ box-sizing: border-box; margin: 0; padding: 0; }}
html, body {{ width: 794px; height: 1123px; background: white; }}
body {{ font-family: '{font}', sans-serif; color: #222; font-size: {size}px; line-height: 1.35; }}
table {{ border-collapse: collapse; }}
"""

# --- resumes ---------------------------------------------------------------------------------------------------
# A two-column resume from an online builder: a coloured sidebar (contact, skills, languages) and a main column.
EN_SIDEBAR_CSS = """
.side {{ position: absolute; left: 0; top: 0; bottom: 0; width: 250px; background: {accent}; color: #fff;
        padding: 40px 24px; }}
.main {{ position: absolute; left: 250px; top: 0; right: 0; padding: 44px 40px; }}
.side h3 {{ font-size: 13px; letter-spacing: 2px; border-bottom: 1px solid rgba(255,255,255,.6);
           padding-bottom: 4px; margin: 22px 0 10px; }}
.side .lab {{ display: block; font-size: 11px; opacity: .85; margin-top: 8px; }}
.side .val {{ display: block; font-size: 13px; }}
.side li {{ list-style: none; margin: 4px 0; font-size: 13px; }}
.main h1 {{ font-size: 34px; color: {accent}; line-height: 1.1; }}
.main .role {{ display: block; font-size: 16px; color: #666; margin: 6px 0 18px; letter-spacing: 1px; }}
.main h2 {{ font-size: 15px; color: {accent}; text-transform: uppercase; letter-spacing: 1.5px;
           border-bottom: 2px solid {accent}; margin: 20px 0 10px; padding-bottom: 3px; }}
.job {{ margin-bottom: 12px; }}
.job .top {{ display: flex; justify-content: space-between; font-weight: bold; }}
.job .sub {{ display: block; color: #555; font-style: italic; }}
.job p {{ margin: 4px 0 0 14px; font-size: 13px; }}
.edu {{ margin-bottom: 8px; }} .edu span {{ display: block; }} .edu .deg {{ font-weight: bold; }}
"""
EN_SIDEBAR_BODY = """
<div class="side">
  {photo}
  <h3 data-gt="header">CONTACT</h3>
  {contact}
  <h3 data-gt="header">SKILLS</h3><ul>{skills}</ul>
  <h3 data-gt="header">LANGUAGES</h3><ul>{languages}</ul>
</div>
<div class="main">
  <h1 data-gt="name">{name}</h1>{role}
  <h2 data-gt="header">{profile_title}</h2><p data-gt="other">{summary}</p>
  <h2 data-gt="header">{experience_title}</h2>{jobs}
  <h2 data-gt="header">{education_title}</h2>{education}
</div>
"""

# A one-column resume with a header band (photo box, name, title) and a contact bar under it.
EN_BAND_CSS = """
.band {{ background: {accent}; color: #fff; padding: 28px 48px; display: flex; align-items: center; gap: 28px; }}
.photo {{ width: 96px; height: 116px; background: #d9dde3; border: 3px solid #fff; flex: none; }}
.band h1 {{ font-size: 32px; letter-spacing: 1px; }}
.band .role {{ display: block; font-size: 15px; margin-top: 4px; }}
.bar {{ background: #eef1f4; padding: 10px 48px; display: flex; flex-wrap: wrap; gap: 6px 34px; font-size: 13px; }}
.bar b {{ color: {accent}; margin-right: 6px; }}
.body {{ padding: 8px 48px; }}
.body h2 {{ font-size: 16px; color: {accent}; border-left: 5px solid {accent}; padding-left: 10px;
           margin: 20px 0 10px; }}
.row {{ display: grid; grid-template-columns: 150px 1fr; column-gap: 18px; margin-bottom: 10px; }}
.row .when {{ color: #666; font-size: 13px; }} .row .what span {{ display: block; }}
.row .what .strong {{ font-weight: bold; }} .row p {{ font-size: 13px; }}
"""
EN_BAND_BODY = """
<div class="band"><div class="photo"></div><div>{name_block}</div></div>
<div class="bar">{contact}</div>
<div class="body">
  <h2 data-gt="header">{profile_title}</h2><p data-gt="other">{summary}</p>
  <h2 data-gt="header">{education_title}</h2>{education}
  <h2 data-gt="header">{experience_title}</h2>{jobs}
  <h2 data-gt="header">Skills</h2><p data-gt="other">{skills}</p>
</div>
"""

# The Chinese 个人简历 form: one ruled HTML table, section rows (基本信息 / 教育背景 / 工作经历 / 自我评价),
# a photo cell.
ZH_TABLE_CSS = """
body {{ padding: 50px 56px; }}
h1 {{ text-align: center; font-size: 30px; letter-spacing: {spacing}px; margin-bottom: 18px; }}
table {{ width: 100%; font-size: 14px; }}
td {{ border: 1px solid #333; padding: 9px 8px; text-align: center; }}
td.sec {{ background: {shade}; font-weight: bold; text-align: left; font-size: 15px; }}
td.k {{ width: 92px; background: {keyshade}; }}
td.photo {{ width: 120px; color: #999; }}
td.long {{ text-align: left; line-height: 1.6; }}
"""
ZH_TABLE_BODY = """
<h1 data-gt="header">{title}</h1>
<table>
<tr><td class="sec" colspan="5"><span data-gt="header">基本信息</span></td></tr>
{info}
<tr><td class="sec" colspan="5"><span data-gt="header">{edu_title}</span></td></tr>
{edu}
<tr><td class="sec" colspan="5"><span data-gt="header">工作经历</span></td></tr>
{work}
<tr><td class="sec" colspan="5"><span data-gt="header">自我评价</span></td></tr>
<tr><td class="long" colspan="5"><span data-gt="other">{about}</span></td></tr>
</table>
"""

# --- invoices --------------------------------------------------------------------------------------------------
# A SaaS invoice: a coloured header band (the seller's name, INVOICE), meta block, Bill To, items, totals right.
EN_SAAS_CSS = """
.head {{ background: {accent}; color: #fff; padding: 30px 50px; display: flex; justify-content: space-between;
        align-items: flex-end; }}
.head .brand {{ font-size: 26px; font-weight: bold; }} .head .brand span {{ display: block; }}
.head .sub {{ font-size: 12px; font-weight: normal; opacity: .9; }}
.head .title {{ font-size: 34px; letter-spacing: 3px; font-weight: bold; }}
.wrap {{ padding: 26px 50px; }}
.cols {{ display: flex; justify-content: space-between; margin-bottom: 26px; }}
.meta td {{ padding: 3px 0 3px 18px; font-size: 13px; }} .meta td:first-child {{ color: #666; padding-left: 0; }}
.meta td:last-child {{ text-align: right; }}
.lab {{ display: block; font-size: 11px; color: #888; letter-spacing: 1.5px; margin-bottom: 4px; }}
.addr span {{ display: block; font-size: 13px; }} .addr .who {{ font-weight: bold; font-size: 15px; }}
table.items {{ width: 100%; font-size: 13px; }}
.items th {{ background: #f1f3f6; text-align: left; padding: 8px; border-bottom: 2px solid {accent}; }}
.items td {{ padding: 8px; border-bottom: 1px solid #e3e6ea; }}
.items .n {{ text-align: right; }}
.tot {{ margin: 18px 0 0 auto; width: 290px; font-size: 14px; }}
.tot td {{ padding: 5px 0; }} .tot td:last-child {{ text-align: right; }}
.tot tr.grand td {{ font-weight: bold; font-size: 17px; border-top: 2px solid #333; padding-top: 8px; }}
.note {{ margin-top: 40px; font-size: 12px; color: #666; }} .note span {{ display: block; }}
"""
EN_SAAS_BODY = """
<div class="head"><div class="brand">{brand}</div><div class="title" data-gt="header">{title}</div></div>
<div class="wrap">
  <div class="cols"><div class="addr">{bill_to}</div><table class="meta">{meta}</table></div>
  <table class="items"><tr>{head}</tr>{rows}</table>
  <table class="tot">{totals}</table>
  <div class="note">{note}</div>
</div>
"""

# A European invoice: letterhead right, the sender's line over the recipient's window, VAT ids, dd.mm.yyyy dates,
# `1.234,56 €`, IBAN/BIC in a three-column footer.
EU_VAT_CSS = """
body {{ padding: 48px 60px; font-size: 13px; }}
.lh {{ text-align: right; }} .lh span {{ display: block; }} .lh .co {{ font-size: 22px; font-weight: bold;
   color: {accent}; }}
.window {{ margin-top: 26px; width: 330px; }} .window span {{ display: block; }}
.sender {{ font-size: 9px; text-decoration: underline; margin-bottom: 8px; color: #555; }}
h1 {{ font-size: 22px; margin: 34px 0 12px; }}
.meta {{ position: absolute; right: 60px; top: 190px; font-size: 12px; }} .meta td {{ padding: 2px 0 2px 16px; }}
.meta td:first-child {{ padding-left: 0; }}
table.items {{ width: 100%; margin-top: 12px; }}
.items th {{ border-bottom: 1px solid #000; text-align: left; padding: 6px 4px; font-size: 12px; }}
.items td {{ padding: 6px 4px; border-bottom: 1px solid #ddd; }} .items .n {{ text-align: right; }}
.tot {{ margin: 14px 0 0 auto; width: 300px; }} .tot td {{ padding: 3px 4px; }}
.tot td:last-child {{ text-align: right; }}
.tot tr.grand td {{ font-weight: bold; border-top: 1px solid #000; border-bottom: 3px double #000; }}
.terms {{ margin-top: 26px; }}
.foot {{ position: absolute; left: 60px; right: 60px; bottom: 40px; display: flex; justify-content: space-between;
        font-size: 10px; color: #444; border-top: 1px solid #999; padding-top: 8px; }}
.foot span {{ display: block; }}
"""
EU_VAT_BODY = """
<div class="lh">{letterhead}</div>
<div class="window">{window}</div>
<table class="meta">{meta}</table>
<h1 data-gt="header">{title}</h1>
<table class="items"><tr>{head}</tr>{rows}</table>
<table class="tot">{totals}</table>
<p class="terms" data-gt="other">{terms}</p>
<div class="foot">{foot}</div>
"""

# The Chinese receipt (收据) of a three-part book: the title, NO. in red, 客户 and 日期, a ruled goods table with blank
# rows, 合计人民币（大写） beside the figures, 收款单位（盖章） with the seller at the foot.
ZH_RECEIPT_CSS = """
body {{ padding: 56px 60px; font-size: 15px; }}
.top {{ position: relative; text-align: center; }}
h1 {{ font-size: 34px; letter-spacing: {spacing}px; display: inline-block; border-bottom: 3px double #222;
     padding: 0 12px 2px; }}
.no {{ position: absolute; right: 0; top: 14px; color: #c0262d; font-size: 16px; }}
.line {{ display: flex; justify-content: space-between; margin: 24px 0 10px; }}
table {{ width: 100%; }} td {{ border: 1px solid #333; padding: 8px 6px; height: 36px; text-align: center; }}
td.l {{ text-align: left; }}
.sign {{ display: flex; justify-content: space-between; margin-top: 22px; }}
.side {{ position: absolute; right: 24px; top: 260px; writing-mode: vertical-rl; font-size: 12px; color: #777; }}
"""
ZH_RECEIPT_BODY = """
<div class="top"><h1 data-gt="header">{title}</h1><span class="no">{number}</span></div>
<div class="line">{buyer}{date}</div>
<table>{rows}
<tr><td class="l" colspan="4">{upper}</td><td colspan="2">{figures}</td></tr>
</table>
<div class="sign">{sign}</div>
<div class="side">第二联　客户联</div>
"""


# --- values -----------------------------------------------------------------------------------------------------
def _money_en(v: Decimal, sym: str) -> str:
    return f"{sym}{d._fmt_thousands(v)}"


def _money_eu(v: Decimal) -> str:
    """1.234,56"""
    return d._fmt_thousands(v).replace(",", " ").replace(".", ",").replace(" ", ".")


def _jobs_en(rng: random.Random, wrap: str) -> str:
    out = []
    for i in range(rng.choice((1, 2))):
        comp = f"{rng.choice(d.EN_COMPANY_A)} {rng.choice(d.EN_COMPANY_B)} {rng.choice(d.EN_SUFFIX)}"
        when = f"{rng.choice(('Jan', 'Mar', 'Jun', 'Sep'))} {2016 + 3 * i} – {'Present' if i == 0 else 2019 + 3 * i}"
        bullets = "".join(t("other", "• " + b, "p") for b in rng.sample(r.BULLETS, 2))
        if wrap == "row":
            what = t("other", rng.choice(d.EN_POSITIONS), cls="strong") + t("other", comp) + bullets
            out.append(f'<div class="row">{t("date", when, "div", "when")}<div class="what">{what}</div></div>')
        else:
            top = t("other", rng.choice(d.EN_POSITIONS)) + t("date", when)
            out.append(f'<div class="job"><div class="top">{top}</div>{t("other", comp, cls="sub")}{bullets}</div>')
    return "".join(out)


def _summary(rng: random.Random) -> str:
    return rng.choice(
        (
            "Detail-oriented professional with experience in analysis, reporting and process improvement.",
            "Results-driven team player who enjoys turning messy data into clear decisions.",
            "Motivated graduate with hands-on project experience and strong communication skills.",
        )
    )


def en_sidebar_resume(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    p = r._person_en(rng)
    labels = rng.random() < 0.5
    contact = ""
    for lab, val, name in (
        ("Phone", p["phone_txt"], "phone"),
        ("Email", p["email"], "email"),
        ("Location", p["city"], "city"),
    ):
        contact += (t("key", lab, cls="lab") if labels else "") + t(name, val, cls="val")
    first, last = p["name"].split()
    name = html.escape(f"{first} {last}") if rng.random() < 0.6 else f"{html.escape(first)}<br>{html.escape(last)}"
    role = t("other", rng.choice(d.EN_POSITIONS), cls="role") if rng.random() < 0.7 else ""
    end = rng.randrange(2008, 2024)
    years = rng.choice((f"{end - 4} – {end}", f"Sep {end - 4} – May {end}", str(end)))
    if p["major"] and rng.random() < 0.5:
        deg = t("degree", p["degree"], cls="deg") + t("major", p["major"])
    else:
        deg = t("degree", r._degree_line(p, rng), cls="deg")
    edu = f'<div class="edu">{deg}{t("school", p["school"])}{t("date", years)}</div>'
    fields = r._fields(p)
    slots = {
        "photo": "",
        "contact": contact,
        "name": name,
        "role": role,
        "skills": "".join(t("other", s, "li") for s in rng.sample(r.SKILLS, 5)),
        "languages": "".join(t("other", s, "li") for s in rng.sample(("English", "Spanish", "French", "German"), 2)),
        "profile_title": rng.choice(("Profile", "Summary", "About Me")),
        "summary": _summary(rng),
        "experience_title": rng.choice(("Experience", "Work Experience", "Employment History")),
        "jobs": _jobs_en(rng, "job"),
        "education_title": "Education",
        "education": edu,
    }
    return slots, fields


def en_band_resume(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    p = r._person_en(rng)
    name_block = t("name", p["name"].upper() if rng.random() < 0.5 else p["name"], "h1")
    name_block += t("other", rng.choice(d.EN_POSITIONS), cls="role")
    style = rng.choice(("keys", "plain"))
    contact = ""
    for lab, val, name in (
        ("Phone", p["phone_txt"], "phone"),
        ("Email", p["email"], "email"),
        ("Address", p["city"], "city"),
    ):
        contact += f"<span>{t('key', lab + ':', 'b')}{t(name, val)}</span>" if style == "keys" else t(name, val)
    end = rng.randrange(2008, 2024)
    when = t("date", f"{end - 4} – {end}", "div", "when")
    if p["major"]:
        degree = t("degree", p["degree"], cls="strong") + t("major", p["major"])
    else:
        degree = t("degree", p["degree"], cls="strong")
    edu = f'<div class="row">{when}<div class="what">{degree}{t("school", p["school"])}</div></div>'
    slots = {
        "name_block": name_block,
        "contact": contact,
        "profile_title": rng.choice(("Profile", "Professional Summary")),
        "summary": _summary(rng),
        "education_title": rng.choice(("Education", "Academic Background")),
        "education": edu,
        "experience_title": rng.choice(("Experience", "Professional Experience")),
        "jobs": _jobs_en(rng, "row"),
        "skills": " · ".join(rng.sample(r.SKILLS, 6)),
    }
    return slots, r._fields(p)


DUTY_ZH = "负责部门日常业务与数据整理，按月完成报表和客户回访。"


def zh_table_resume(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    p = r._person_zh(rng)
    gender = rng.choice("男女")
    born = f"{rng.randrange(1988, 2002)}.{rng.randrange(1, 13):02d}"
    city_key = rng.choice(("现居地", "所在城市", "现居住地"))
    cells = (
        (("姓　　名", p["name"], "name"), ("性　　别", gender, "gender")),
        (("出生年月", born, "birth_date"), ("民　　族", "汉", "other")),
        (("联系电话", p["phone_txt"], "phone"), ("电子邮箱", p["email"], "email")),
        ((city_key, p["city"], "city"), ("政治面貌", rng.choice(("群众", "共青团员", "中共党员")), "other")),
    )
    info = ""
    for i, row in enumerate(cells):
        tds = "".join(f'<td class="k">{t("key", k)}</td><td>{t(name, v)}</td>' for k, v, name in row)
        photo = f'<td class="photo" rowspan="{len(cells)}">{t("other", "照片")}</td>' if i == 0 else ""
        info += f"<tr>{tds}{photo}</tr>"
    beg = rng.randrange(2006, 2019)
    head = ("起止时间", "毕业院校", "专业", "学历")
    vals = ((f"{beg}.09-{beg + 4}.06", "date"), (p["school"], "school"), (p["major"], "major"), (p["degree"], "degree"))
    edu = (
        "<tr>" + "".join(f"<td>{t('key', h)}</td>" for h in head[:3]) + f'<td colspan="2">{t("key", head[3])}</td></tr>'
    )
    edu += (
        "<tr>" + "".join(f"<td>{t(n, v)}</td>" for v, n in vals[:3]) + f'<td colspan="2">{t(*vals[3][::-1])}</td></tr>'
    )
    comp = d.zh_company(rng)
    work = (
        f'<tr><td>{t("date", f"{beg + 4}.07-至今")}</td><td colspan="2">{t("other", comp)}</td>'
        f'<td colspan="2">{t("other", rng.choice(d.ZH_POSITIONS))}</td></tr>'
        f'<tr><td class="long" colspan="5">{t("other", DUTY_ZH)}</td></tr>'
    )
    slots = {
        "title": rng.choice(("个人简历", "个 人 简 历", "求职简历")),
        "info": info,
        "edu_title": rng.choice(("教育背景", "教育经历")),
        "edu": edu,
        "work": work,
        "about": "性格开朗，学习能力强，工作认真负责，具有良好的沟通能力和团队合作精神。",
    }
    fields = r._fields(p) | {"gender": gender, "birth_date": born.replace(".", "-")}
    return slots, fields


def _invoice_values(rng: random.Random, goods: tuple[Any, ...], rate: Decimal) -> dict[str, Any]:
    items = d._items(rng, goods, rng.randrange(2, 6))
    subtotal = sum((it["amount"] for it in items), Decimal(0))
    tax = (subtotal * rate / 100).quantize(Decimal("0.01"), ROUND_HALF_UP)
    issued = d._rand_date(rng, 2019, 2025)
    return {
        "items": items,
        "subtotal": subtotal,
        "tax": tax,
        "total": subtotal + tax,
        "issued": issued,
        "due": issued + timedelta(days=rng.choice((14, 30, 45))),
    }


def _item_cells(first: str, it: dict[str, Any]) -> tuple[str, ...]:
    """An item row's cells: `first` (a number or code), description, quantity, unit price, amount."""
    return first, it["good"], str(it["quantity"]), d._fmt_thousands(it["unit_price"]), d._fmt_thousands(it["amount"])


def _totals_rows(rows: tuple[tuple[str, Decimal, str, str], ...], money: Callable[[Decimal], str]) -> str:
    """The totals block's rows: (printed key, amount, field name, row class), each amount printed by `money`."""
    cells = ((cls, t("key", key), t(name, money(amount))) for key, amount, name, cls in rows)
    return "".join(f'<tr class="{cls}"><td>{k}</td><td>{v}</td></tr>' for cls, k, v in cells)


def _item_row(cells: tuple[str, ...], cls: Callable[[int], str]) -> str:
    """An item row, each cell a marked `item` element; `cls(i)` is column i's class (`n`: figures set right)."""
    tds = (f"<td{' class=' + cls(i) if cls(i) else ''}>{t('item', c)}</td>" for i, c in enumerate(cells))
    return "<tr>" + "".join(tds) + "</tr>"


def _truth(
    number: str,
    seller: str,
    buyer: str,
    currency: str,
    issued: date,
    total: Decimal,
    *,
    due: date | None = None,
    subtotal: Decimal | None = None,
    tax: Decimal | None = None,
    seller_tax_id: str | None = None,
    buyer_tax_id: str | None = None,
) -> dict[str, str]:
    """An invoice family's ground truth under the template's field names; what its page does not print is left out."""
    out = {"invoice_number": number, "date": issued.isoformat(), "seller_name": seller, "buyer_name": buyer}
    opt = {"due_date": due.isoformat() if due else None, "seller_tax_id": seller_tax_id, "buyer_tax_id": buyer_tax_id}
    opt |= {
        "subtotal": subtotal if subtotal is None else d._money(subtotal),
        "tax": tax if tax is None else d._money(tax),
    }
    return out | {k: v for k, v in opt.items() if v is not None} | {"total": d._money(total), "currency": currency}


def _truth_of(
    number: str, seller: str, buyer: str, currency: str, v: dict[str, Any], *, due: bool = True, **ids: str
) -> dict[str, str]:
    """`_truth` of a family whose dates and amounts come from `_invoice_values`; `due=False` where none is printed."""
    return _truth(
        number,
        seller,
        buyer,
        currency,
        v["issued"],
        v["total"],
        due=v["due"] if due else None,
        subtotal=v["subtotal"],
        tax=v["tax"],
        **ids,
    )


def en_saas_invoice(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    seller = _company(rng)
    buyer = _company(rng, seller)
    rate = Decimal(rng.choice(("5", "8", "8.25", "10")))
    v = _invoice_values(rng, d.EN_GOODS, rate)
    cur, sym = rng.choice((("USD", "$"), ("USD", "$"), ("GBP", "£"), ("EUR", "€")))
    number = rng.choice(("INV-", "", "#")) + f"{rng.randrange(1000, 99999):05d}"
    brand = t("seller_name", seller) + t(
        "other", f"{rng.randrange(10, 999)} {rng.choice(d.EN_STREETS)}, {rng.choice(d.EN_CITIES)}", cls="sub"
    )
    date_fmt = rng.choice(("%b %d, %Y", "%B %d, %Y", "%Y-%m-%d", "%m/%d/%Y"))
    meta = ""
    for key, val, name in (
        (rng.choice(("Invoice #", "Invoice No.", "Invoice number")), number.lstrip("#"), "invoice_number"),
        (rng.choice(("Invoice date", "Issue date", "Date")), v["issued"].strftime(date_fmt), "date"),
        ("Due date", v["due"].strftime(date_fmt), "due_date"),
    ):
        meta += f"<tr><td>{t('key', key)}</td><td>{t(name, val)}</td></tr>"
    bill_to = t("key", rng.choice(("BILL TO", "BILLED TO", "Bill To")), cls="lab") + t("buyer_name", buyer, cls="who")
    bill_to += t("other", f"{rng.randrange(10, 999)} {rng.choice(d.EN_STREETS)}") + t("other", rng.choice(d.EN_CITIES))
    head = "".join(
        f"<th{' class=n' if i else ''}>{t('header', h)}</th>"
        for i, h in enumerate(("Description", "Qty", "Unit price", "Amount"))
    )
    rows = ""
    for it in v["items"]:
        cells = (it["good"], str(it["quantity"]), _money_en(it["unit_price"], sym), _money_en(it["amount"], sym))
        rows += _item_row(cells, lambda i: "n" if i else "")
    totals = _totals_rows(
        (
            ("Subtotal", v["subtotal"], "subtotal", ""),
            (f"Tax ({rate}%)", v["tax"], "tax", ""),
            (f"Total ({cur})", v["total"], "total", "grand"),
        ),
        lambda amount: _money_en(amount, sym),
    )
    note = t("other", f"Payment is due within {(v['due'] - v['issued']).days} days.") + t(
        "other", f"Questions? billing@{seller.split()[0].lower()}.com"
    )
    slots = {
        "brand": brand,
        "title": rng.choice(("INVOICE", "Invoice")),
        "bill_to": bill_to,
        "meta": meta,
        "head": head,
        "rows": rows,
        "totals": totals,
        "note": note,
    }
    return slots, _truth_of(number.lstrip("#"), seller, buyer, cur, v)


EU_FORMS = ("GmbH", "B.V.", "S.A.R.L.", "S.p.A.", "AG", "S.L.")
EU_TOWNS = (
    ("10115", "Berlin", "DE"),
    ("1012 AB", "Amsterdam", "NL"),
    ("75002", "Paris", "FR"),
    ("20121", "Milano", "IT"),
    ("80331", "München", "DE"),
    ("28001", "Madrid", "ES"),
    ("1010", "Wien", "AT"),
)


def _company(rng: random.Random, other: str = "", forms: tuple[str, ...] = d.EN_SUFFIX) -> str:
    while (name := f"{rng.choice(d.EN_COMPANY_A)} {rng.choice(d.EN_COMPANY_B)} {rng.choice(forms)}") == other:
        pass
    return name


def _vat_id(rng: random.Random, country: str) -> str:
    return country + "".join(str(rng.randrange(10)) for _ in range(9)) + ("B01" if country == "NL" else "")


def eu_vat_invoice(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    seller, buyer = _company(rng, forms=EU_FORMS), ""
    buyer = _company(rng, seller, EU_FORMS)
    (zs, ts, cs), (zb, tb, cb) = rng.sample(EU_TOWNS, 2)
    street_s = (
        f"{rng.choice(('Hauptstraße', 'Keizersgracht', 'Rue de Rivoli', 'Via Roma', 'Calle Mayor'))} "
        f"{rng.randrange(1, 200)}"
    )
    vat_s, vat_b = _vat_id(rng, cs), _vat_id(rng, cb)
    rate = Decimal(rng.choice(("19", "21", "20", "22")))
    v = _invoice_values(rng, d.EN_GOODS, rate)
    number = f"{v['issued'].year}-{rng.randrange(1, 9999):04d}"
    letterhead = t("seller_name", seller, cls="co") + t("other", street_s) + t("other", f"{zs} {ts}")
    letterhead += t("other", f"VAT ID: {vat_s}") if rng.random() < 0.5 else ""
    window = t("other", f"{seller} · {street_s} · {zs} {ts}", cls="sender")
    window += t("buyer_name", buyer) + t("other", "Attn. Accounts Payable") + t("other", f"{zb} {tb}")
    window += t("other", f"VAT ID: {vat_b}")
    meta = ""
    for key, val, name in (
        ("Invoice No.", number, "invoice_number"),
        ("Invoice date", f"{v['issued']:%d.%m.%Y}", "date"),
        ("Due date", f"{v['due']:%d.%m.%Y}", "due_date"),
        ("Customer No.", str(rng.randrange(10000, 99999)), "other"),
    ):
        meta += f"<tr><td>{t('key', key)}</td><td>{t(name, val)}</td></tr>"
    head = "".join(
        f"<th{' class=n' if i > 1 else ''}>{t('header', h)}</th>"
        for i, h in enumerate(("Pos.", "Description", "Qty", "Unit price", "Amount"))
    )
    rows = ""
    for k, it in enumerate(v["items"], 1):
        cells = (
            str(k),
            it["good"],
            str(it["quantity"]),
            f"{_money_eu(it['unit_price'])} €",
            f"{_money_eu(it['amount'])} €",
        )
        rows += _item_row(cells, lambda i: "n" if i > 1 else "")
    totals = _totals_rows(
        (
            ("Net amount", v["subtotal"], "subtotal", ""),
            (f"VAT {rate} %", v["tax"], "tax", ""),
            ("Total amount", v["total"], "total", "grand"),
        ),
        lambda amount: _money_eu(amount) + " €",
    )
    terms = f"Please transfer the amount within {(v['due'] - v['issued']).days} days, quoting the invoice number."
    iban = f"{cs}{rng.randrange(10, 99)} " + " ".join(f"{rng.randrange(0, 9999):04d}" for _ in range(4)) + " 00"
    foot = (
        f"<div>{t('other', seller)}{t('other', street_s)}{t('other', f'{zs} {ts}')}</div>"
        f"<div>{t('other', 'Managing director: ' + rng.choice(d.EN_FIRST) + ' ' + rng.choice(d.EN_LAST))}"
        f"{t('other', 'VAT ID: ' + vat_s)}</div>"
        f"<div>{t('other', 'IBAN: ' + iban)}{t('other', 'BIC: ' + rng.choice(('COBADEFFXXX', 'INGBNL2A', 'BNPAFRPP')))}"
        "</div>"
    )
    slots = {
        "letterhead": letterhead,
        "window": window,
        "meta": meta,
        "title": rng.choice(("Invoice", "INVOICE")),
        "head": head,
        "rows": rows,
        "totals": totals,
        "terms": terms,
        "foot": foot,
    }
    return slots, _truth_of(number, seller, buyer, "EUR", v, seller_tax_id=vat_s, buyer_tax_id=vat_b)


def zh_receipt(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    seller = d.zh_company(rng)
    while (buyer := d.zh_company(rng)) == seller:
        pass
    v = _invoice_values(rng, d.ZH_GOODS, Decimal(0))
    number = f"{rng.randrange(1, 9999999):07d}"
    rows = "<tr>" + "".join(f"<td>{t('header', h)}</td>" for h in ("品名规格", "单位", "数量", "单价", "金额")) + "<td>"
    rows += t("header", "备注") + "</td></tr>"
    for it in v["items"]:
        name, spec, unit = it["good"]
        cells = (
            f"{name} {spec}".strip(),
            unit,
            str(it["quantity"]),
            d._money(it["unit_price"]),
            d._money(it["amount"]),
        )
        rows += "<tr>" + "".join(f"<td>{t('item', c)}</td>" for c in cells) + "<td></td></tr>"
    rows += "<tr>" + "<td></td>" * 6 + "</tr>"
    upper = t("key", "合计人民币（大写）：") + t("other", decimal_to_cn_upper(v["total"]))
    figures = t("total", f"¥{d._money(v['total'])}")
    sign = f"<span>{t('key', '收款单位（盖章）：')}{t('seller_name', seller)}</span>" + t(
        "other", f"收款人：{d._zh_name(rng)}"
    )
    sign += t("other", f"开票人：{d._zh_name(rng)}")
    title = rng.choice(("收据", "收款收据"))
    buyer_key = rng.choice(("客户名称：", "交款单位：", "付款单位："))
    date_key = rng.choice(("日期：", "开票日期："))
    slots = {
        "title": title,
        "number": t("key", "No.") + t("invoice_number", number),
        "buyer": f"<span>{t('key', buyer_key)}{t('buyer_name', buyer)}</span>",
        "date": f"<span>{t('key', date_key)}{t('date', d._zh_date(v['issued'], rng))}</span>",
        "rows": rows,
        "upper": upper,
        "figures": figures,
        "sign": sign,
    }
    return slots, _truth(number, seller, buyer, "CNY", v["issued"], v["total"])


# --- round 9b: written after round 9 was fixed, scored before any change --------------------------------------------
# A Chinese web-template resume: a dark left column (photo, name, 求职意向, personal details after icon glyphs or
# short keys), the sections right with coloured title bars and dated entries `时间 | 学校 | 专业 | 学历`.
ZH_SIDEBAR_CSS = """
.side {{ position: absolute; left: 0; top: 0; bottom: 0; width: 260px; background: {accent}; color: #fff;
        padding: 36px 26px; }}
.photo {{ width: 110px; height: 136px; background: #c9ced6; margin: 0 auto 20px; border: 3px solid #fff; }}
.side h1 {{ font-size: 30px; text-align: center; letter-spacing: 4px; }}
.side .intent {{ display: block; text-align: center; font-size: 14px; margin: 8px 0 26px; }}
.side h3 {{ font-size: 16px; border-bottom: 1px solid #fff; padding-bottom: 4px; margin: 18px 0 10px; }}
.side p {{ margin: 7px 0; font-size: 14px; }}
.main {{ position: absolute; left: 260px; right: 0; top: 0; padding: 40px 34px; }}
.main h2 {{ background: {accent}; color: #fff; font-size: 16px; padding: 5px 12px; margin: 22px 0 12px;
           display: inline-block; }}
.ent {{ display: flex; justify-content: space-between; font-size: 14px; font-weight: bold; }}
.main p {{ font-size: 13px; margin: 6px 0 10px; color: #444; }}
"""
ZH_SIDEBAR_BODY = """
<div class="side"><div class="photo"></div><h1 data-gt="name">{name}</h1>{intent}
  <h3 data-gt="header">个人信息</h3>{info}
  <h3 data-gt="header">技能证书</h3><p data-gt="other">英语六级 / 计算机二级 / 驾驶证C1</p>
</div>
<div class="main">
  <h2 data-gt="header">{edu_title}</h2><div class="ent">{edu}</div><p data-gt="other">{courses}</p>
  <h2 data-gt="header">工作经历</h2><div class="ent">{work}</div><p data-gt="other">{duty}</p>
  <h2 data-gt="header">自我评价</h2><p data-gt="other">{about}</p>
</div>
"""

# A British invoice: the seller's name and address top left, `INVOICE` right over a ruled box of Invoice Date /
# Invoice No. / Account No., `Invoice To:` in a box, an item table with a VAT column, `Sub Total` / `VAT @ 20%` /
# `Total GBP`, payment by sort code and account number, the VAT registration number in the footer.
UK_INVOICE_CSS = """
body {{ padding: 46px 54px; font-size: 13px; }}
.top {{ display: flex; justify-content: space-between; }}
.from span {{ display: block; }} .from .co {{ font-size: 20px; font-weight: bold; }}
.title {{ font-size: 30px; font-weight: bold; color: {accent}; text-align: right; margin-bottom: 8px; }}
.box {{ border: 1px solid #555; }} .box td {{ padding: 4px 10px; border-bottom: 1px solid #ccc; }}
.to {{ margin-top: 26px; border: 1px solid #555; width: 320px; padding: 8px 12px; }} .to span {{ display: block; }}
.to b {{ display: block; margin-bottom: 4px; }}
table.items {{ width: 100%; margin-top: 26px; }}
.items th {{ background: {shade}; border: 1px solid #555; padding: 6px; }}
.items td {{ border: 1px solid #555; padding: 6px; }} .items .n {{ text-align: right; }}
.tot {{ margin: 12px 0 0 auto; }} .tot td {{ padding: 4px 10px; }} .tot td:last-child {{ text-align: right; }}
.tot tr.grand td {{ font-weight: bold; border-top: 2px solid #000; }}
.pay {{ margin-top: 30px; }} .pay span {{ display: block; }}
.foot {{ position: absolute; left: 54px; right: 54px; bottom: 36px; text-align: center; font-size: 10px;
        color: #555; }}
"""
UK_INVOICE_BODY = """
<div class="top"><div class="from">{from_}</div><div><div class="title" data-gt="header">INVOICE</div>
<table class="box">{meta}</table></div></div>
<div class="to">{to}</div>
<table class="items"><tr>{head}</tr>{rows}</table>
<table class="tot">{totals}</table>
<div class="pay">{pay}</div>
<div class="foot" data-gt="other">{foot}</div>
"""


def zh_sidebar_resume(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    p = r._person_zh(rng)
    keyed = rng.random() < 0.5
    info = ""
    for key, glyph, val, name in (
        ("年龄", "◆", f"{rng.randrange(22, 35)}岁", "other"),
        ("电话", "☎", p["phone_txt"], "phone"),
        ("邮箱", "✉", p["email"], "email"),
        ("现居", "⌂", p["city"], "city"),
    ):
        label = f"{key}：" if keyed else glyph + " "
        info += f"<p>{t('key', label)}{t(name, val)}</p>"
    beg = rng.randrange(2006, 2019)
    edu = "".join(
        t(n, v)
        for v, n in (
            (f"{beg}.09-{beg + 4}.06", "date"),
            (p["school"], "school"),
            (p["major"], "major"),
            (p["degree"], "degree"),
        )
    )
    comp = d.zh_company(rng)
    work = t("date", f"{beg + 4}.07-至今") + t("other", comp) + t("other", rng.choice(d.ZH_POSITIONS))
    slots = {
        "name": html.escape(p["name"]),
        "intent": t("other", f"求职意向：{rng.choice(d.ZH_POSITIONS)}", cls="intent"),
        "info": info,
        "edu_title": rng.choice(("教育背景", "教育经历")),
        "edu": edu,
        "courses": "主修课程：管理学、统计学、财务会计、市场营销。",
        "work": work,
        "duty": DUTY_ZH,
        "about": "性格开朗，学习能力强，工作认真负责，具有良好的沟通能力和团队合作精神。",
    }
    return slots, r._fields(p)


def uk_invoice(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    seller = _company(rng, forms=("Ltd", "Limited", "Ltd.", "LLP"))
    buyer = _company(rng, seller, ("Ltd", "Limited", "plc"))
    v = _invoice_values(rng, d.EN_GOODS, Decimal(20))
    vat = f"GB {rng.randrange(100, 999)} {rng.randrange(1000, 9999)} {rng.randrange(10, 99)}"
    number = f"{rng.randrange(1000, 99999)}"
    town = rng.choice(("London", "Leeds", "Bristol", "Manchester"))
    post = (
        f"{rng.choice(('LS1', 'BS1', 'M1', 'EC1A'))} {rng.randrange(1, 9)}{rng.choice('ABDEFG')}{rng.choice('HJLNPQ')}"
    )
    from_ = t("seller_name", seller, cls="co") + t("other", f"{rng.randrange(1, 200)} {rng.choice(d.EN_STREETS)}")
    from_ += t("other", f"{town} {post}") + t(
        "other", f"Tel: 0{rng.randrange(113, 207)} {rng.randrange(100, 999)} {rng.randrange(1000, 9999)}"
    )
    meta = ""
    for key, val, name in (
        ("Invoice Date", f"{v['issued']:%d/%m/%Y}", "date"),
        ("Invoice No.", number, "invoice_number"),
        ("Account No.", f"{rng.choice('ABCDEFG')}{rng.randrange(100, 999)}", "other"),
    ):
        meta += f"<tr><td>{t('key', key)}</td><td>{t(name, val)}</td></tr>"
    to = t("key", "Invoice To:", "b") + t("buyer_name", buyer) + t("other", f"{rng.randrange(1, 99)} High Street")
    to += t("other", rng.choice(("Oxford OX1 2JD", "Cambridge CB2 1TN", "York YO1 7HH")))
    head = "".join(f"<th>{t('header', h)}</th>" for h in ("Description", "Qty", "Unit Price", "VAT", "Net"))
    rows = ""
    for it in v["items"]:
        cells = (
            it["good"],
            str(it["quantity"]),
            f"£{d._fmt_thousands(it['unit_price'])}",
            "20%",
            f"£{d._fmt_thousands(it['amount'])}",
        )
        rows += _item_row(cells, lambda i: "n" if i else "")
    totals = _totals_rows(
        (
            ("Sub Total", v["subtotal"], "subtotal", ""),
            ("VAT @ 20%", v["tax"], "tax", ""),
            ("Total GBP", v["total"], "total", "grand"),
        ),
        lambda amount: "£" + d._fmt_thousands(amount),
    )
    pay = t("other", "Payment terms: 30 days from the invoice date.") + t(
        "other",
        f"Sort code {rng.randrange(10, 99)}-{rng.randrange(10, 99)}-{rng.randrange(10, 99)}   "
        f"Account {rng.randrange(10000000, 99999999)}",
    )
    foot = f"{seller} · Registered in England and Wales No. {rng.randrange(1000000, 9999999)} · VAT Reg No. {vat}"
    slots = {
        "from_": from_,
        "meta": meta,
        "to": to,
        "head": head,
        "rows": rows,
        "totals": totals,
        "pay": pay,
        "foot": html.escape(foot),
    }
    return slots, _truth_of(
        number,
        seller,
        buyer,
        "GBP",
        v,
        due=False,
        seller_tax_id=vat.replace(" ", ""),
    )


# --- round 10: written after round 9b was fixed, scored before any change ---------------------------------------------
# An English resume with a vertical timeline: dates in a left margin column beside a rule with dots, entries right;
# the contact line holds a LinkedIn address; the degree is printed glued to its major (`BSc Economics`).
EN_TIMELINE_CSS = """
body {{ padding: 46px 56px; }}
h1 {{ font-size: 36px; font-weight: 300; letter-spacing: .5px; }} h1 b {{ font-weight: 800; }}
.role {{ display: block; font-size: 15px; color: {accent}; margin: 2px 0 8px; }}
.contact {{ font-size: 12px; color: #444; border-bottom: 1px solid #bbb; padding-bottom: 10px; }}
.contact span + span:before {{ content: "  •  "; color: {accent}; white-space: pre; }}
h2 {{ font-size: 13px; letter-spacing: 3px; text-transform: uppercase; color: #666; margin: 22px 0 8px; }}
.tl {{ display: grid; grid-template-columns: 118px 18px 1fr; column-gap: 12px; }}
.tl .when {{ text-align: right; font-size: 12px; color: #555; padding-top: 2px; }}
.tl .dot {{ border-left: 2px solid {accent}; position: relative; margin-left: 8px; }}
.tl .dot:before {{ content: ""; position: absolute; left: -6px; top: 4px; width: 10px; height: 10px;
    border-radius: 50%; background: {accent}; }}
.tl .what {{ padding-bottom: 14px; }} .tl .what span {{ display: block; }} .tl .what .b {{ font-weight: bold; }}
.tl .what p {{ font-size: 12px; color: #333; margin-top: 2px; }}
"""
EN_TIMELINE_BODY = """
<h1 data-gt="name">{name}</h1>{role}
<div class="contact">{contact}</div>
<h2 data-gt="header">{profile_title}</h2><p data-gt="other">{summary}</p>
<h2 data-gt="header">{experience_title}</h2><div class="tl">{jobs}</div>
<h2 data-gt="header">{education_title}</h2><div class="tl">{education}</div>
<h2 data-gt="header">Skills</h2><p data-gt="other">{skills}</p>
"""

# An academic CV: `Curriculum Vitae` small over the name, the department's postal address left and the contact lines
# right, Academic Appointments before Education, several degrees (the highest first) as `<year>  <degree>, <major>,
# <school>` lines, publications in a hanging-indent list.
EN_FACULTY_CSS = """
body {{ padding: 50px 64px; font-size: 13px; }}
.cv {{ font-size: 11px; letter-spacing: 4px; text-transform: uppercase; color: #777; }}
h1 {{ font-size: 28px; margin: 4px 0 12px; }}
.hdr {{ display: flex; justify-content: space-between; border-bottom: 2px solid {accent}; padding-bottom: 10px; }}
.hdr > div > span {{ display: block; }} .hdr .r {{ text-align: right; }}
h2 {{ font-size: 15px; color: {accent}; margin: 18px 0 6px; font-variant: small-caps; }}
.ln {{ display: grid; grid-template-columns: 70px 1fr; column-gap: 14px; margin: 3px 0; }}
.pub {{ padding-left: 24px; text-indent: -24px; margin: 4px 0; font-size: 12px; }}
"""
EN_FACULTY_BODY = """
<div class="cv" data-gt="header">Curriculum Vitae</div>
<h1 data-gt="name">{name}</h1>
<div class="hdr"><div>{address}</div><div class="r">{contact}</div></div>
<h2 data-gt="header">Academic Appointments</h2>{appointments}
<h2 data-gt="header">Education</h2>{education}
<h2 data-gt="header">{pub_title}</h2>{pubs}
<h2 data-gt="header">Teaching</h2>{teaching}
"""

# A long resume squeezed onto one page in small type: narrow margins, the name left and two contact lines right, the
# school's line with the dates right, `<Degree> (<Major>)` or `<Degree>, <Major>; GPA` in italics under it, many
# bullets.
EN_DENSE_CSS = """
body {{ padding: 26px 34px; font-size: {small}px; line-height: 1.25; }}
.top {{ display: flex; justify-content: space-between; align-items: flex-end; border-bottom: 1.5px solid #000;
       padding-bottom: 4px; }}
h1 {{ font-size: 22px; }} .top .r {{ text-align: right; font-size: {small}px; }} .top .r span {{ display: block; }}
h2 {{ font-size: {small}px; font-weight: bold; text-transform: uppercase; border-bottom: 1px solid #777;
     margin: 8px 0 3px; }}
.e {{ display: flex; justify-content: space-between; }} .e .b {{ font-weight: bold; }} .i {{ font-style: italic; }}
ul {{ margin: 1px 0 4px 16px; }} li {{ margin: 0; }}
"""
EN_DENSE_BODY = """
<div class="top"><h1 data-gt="name">{name}</h1><div class="r">{contact}</div></div>
<h2 data-gt="header">{education_title}</h2>{education}
<h2 data-gt="header">{experience_title}</h2>{jobs}
<h2 data-gt="header">Projects</h2>{projects}
<h2 data-gt="header">{skills_title}</h2><p data-gt="other">{skills}</p>
"""

# A Chinese 简历 with a 求职意向 band under the name (意向岗位 / 期望薪资 / 到岗时间), personal details after icon
# glyphs in a three-column grid, education as the school's line (dates right) over `专业：… 学历：…`.
ZH_INTENT_CSS = """
body {{ padding: 40px 52px; font-size: 14px; }}
.head {{ display: flex; align-items: center; gap: 28px; }}
.photo {{ width: 92px; height: 118px; background: #dde2e8; flex: none; }}
h1 {{ font-size: 32px; letter-spacing: {spacing}px; }}
.grid {{ display: grid; grid-template-columns: repeat(3, auto); gap: 6px 26px; margin-top: 10px; font-size: 13px; }}
.ic {{ color: {accent}; margin-right: 4px; }}
.intent {{ margin-top: 18px; background: {shade}; padding: 8px 14px; display: flex; gap: 36px; }}
h2 {{ font-size: 17px; color: {accent}; border-bottom: 2px solid {accent}; margin: 20px 0 8px; padding-bottom: 2px; }}
.e {{ display: flex; justify-content: space-between; font-weight: bold; }}
.sub {{ margin: 4px 0 8px; }} .sub span {{ margin-right: 34px; }} p {{ font-size: 13px; color: #444; }}
"""
ZH_INTENT_BODY = """
<div class="head"><div class="photo"></div><div><h1 data-gt="name">{name}</h1><div class="grid">{info}</div></div></div>
<div class="intent">{intent}</div>
<h2 data-gt="header">{edu_title}</h2>{edu}
<h2 data-gt="header">{work_title}</h2>{work}
<h2 data-gt="header">技能证书</h2><p data-gt="other">{skills}</p>
<h2 data-gt="header">自我评价</h2><p data-gt="other">{about}</p>
"""

# An English invoice with the totals in a shaded box right of the payment notes, and a remittance slip at the foot
# behind a dashed cut line (`Please detach and return with your payment`) repeating the number, the customer and the
# amount due, with an empty `Amount Enclosed`.
EN_REMIT_CSS = """
body {{ padding: 40px 52px; font-size: 13px; }}
.top {{ display: flex; justify-content: space-between; }}
.co span {{ display: block; }} .co .n {{ font-size: 21px; font-weight: bold; color: {accent}; }}
.ti {{ text-align: right; }} .ti h1 {{ font-size: 28px; letter-spacing: 2px; }}
.ti td {{ padding: 2px 0 2px 14px; text-align: right; }} .ti td:first-child {{ color: #666; }}
.to {{ margin-top: 20px; }} .to span {{ display: block; }} .to .lab {{ font-weight: bold; font-size: 11px;
    color: {accent}; letter-spacing: 1px; }}
table.items {{ width: 100%; margin-top: 18px; }}
.items th {{ text-align: left; border-top: 2px solid #000; border-bottom: 1px solid #000; padding: 5px; }}
.items td {{ padding: 5px; border-bottom: 1px dotted #aaa; }} .items .n {{ text-align: right; }}
.lower {{ display: flex; justify-content: space-between; margin-top: 18px; gap: 30px; }}
.notes {{ font-size: 12px; }} .notes span {{ display: block; margin-bottom: 3px; }}
.box {{ background: {shade}; padding: 10px 14px; min-width: 260px; }} .box td {{ padding: 3px 0; }}
.box td:last-child {{ text-align: right; padding-left: 26px; }} .box tr.g td {{ font-weight: bold; font-size: 16px;
    border-top: 1px solid #333; padding-top: 6px; }}
.cut {{ margin-top: 34px; border-top: 2px dashed #777; text-align: center; font-size: 11px; color: #555;
       padding-top: 4px; }}
.slip {{ display: flex; justify-content: space-between; margin-top: 14px; }} .slip span {{ display: block; }}
.slip td {{ padding: 3px 0 3px 14px; }} .slip td:first-child {{ padding-left: 0; }}
.slip h3 {{ font-size: 14px; margin-bottom: 4px; }}
"""
EN_REMIT_BODY = """
<div class="top"><div class="co">{seller_block}</div><div class="ti"><h1 data-gt="header">INVOICE</h1>
<table>{meta}</table></div></div>
<div class="to">{to}</div>
<table class="items"><tr>{head}</tr>{rows}</table>
<div class="lower"><div class="notes">{notes}</div><div class="box"><table>{totals}</table></div></div>
<div class="cut" data-gt="other">✂ - - - Please detach and return this portion with your payment - - -</div>
<div class="slip"><div>{remit_to}</div><table>{slip}</table></div>
"""

# A Singapore tax invoice in English: the seller `Pte. Ltd.` centred on top with `Co. Reg. No.` and `GST Reg. No.`,
# `TAX INVOICE`, a two-column block of `Bill To` left and `Invoice No.` / `Date` (dd/mm/yyyy or `5 Mar 2024`) /
# `Terms` right, `Sub-total (excl. GST)`, `GST 9%`, `Total (incl. GST)` in S$.
SG_GST_CSS = """
body {{ padding: 44px 56px; font-size: 13px; }}
.hd {{ text-align: center; border-bottom: 3px solid {accent}; padding-bottom: 8px; }} .hd span {{ display: block; }}
.hd .n {{ font-size: 22px; font-weight: bold; }} .hd .s {{ font-size: 11px; color: #444; }}
h1 {{ text-align: center; font-size: 20px; letter-spacing: 6px; margin: 14px 0; }}
.two {{ display: flex; justify-content: space-between; }} .two span {{ display: block; }}
.two td {{ padding: 2px 0 2px 10px; }} .two td:first-child {{ padding-left: 0; font-weight: bold; }}
table.items {{ width: 100%; margin-top: 16px; }} .items th, .items td {{ border: 1px solid #888; padding: 5px 6px; }}
.items th {{ background: {shade}; }} .items .n {{ text-align: right; }}
.tot {{ margin-left: auto; }} .tot td {{ border: 1px solid #888; padding: 5px 8px; }} .tot td:last-child {{
    text-align: right; min-width: 120px; }}
.tot tr.g td {{ font-weight: bold; }}
.bank {{ margin-top: 24px; font-size: 12px; }} .bank span {{ display: block; }}
.sig {{ margin-top: 30px; display: flex; justify-content: space-between; font-size: 12px; }}
"""
SG_GST_BODY = """
<div class="hd">{seller_block}</div>
<h1 data-gt="header">TAX INVOICE</h1>
<div class="two"><div>{to}</div><table>{meta}</table></div>
<table class="items"><tr>{head}</tr>{rows}</table>
<table class="tot">{totals}</table>
<div class="bank">{bank}</div>
<div class="sig"><span data-gt="other">This is a computer-generated invoice. No signature is required.</span>
<span data-gt="other">E. &amp; O.E.</span></div>
"""

# The Chinese fully digital e-invoice (电子发票（普通发票）/（增值税专用发票）, 数电票): the title, a 20-digit
# 发票号码 and 开票日期 right, buyer and seller side by side in one ruled box with vertical 购买方信息 / 销售方信息
# labels and `统一社会信用代码/纳税人识别号`, the goods table with 税率/征收率, 合计, 价税合计（大写）/（小写）, 备注,
# 开票人.
ZH_EINV_CSS = """
body {{ padding: 40px 40px; font-size: 13px; }}
.top {{ position: relative; height: 74px; }}
h1 {{ text-align: center; font-size: 22px; color: {red}; letter-spacing: 2px; padding: 8px 250px 0 0; }}
h1:after {{ content: ""; display: block; width: 280px; margin: 4px auto 0; border-bottom: 3px double {red}; }}
.meta {{ position: absolute; right: 0; top: 6px; }}
.meta > span {{ display: block; margin: 2px 0; white-space: nowrap; }}
table {{ width: 100%; color: {ink}; }} td {{ border: 1px solid {red}; padding: 5px 6px; vertical-align: top; }}
td.v {{ width: 26px; text-align: center; vertical-align: middle; writing-mode: vertical-rl; letter-spacing: 4px; }}
td.party > span {{ display: block; margin: 6px 0; }}
table.items td {{ border: none; border-left: 1px solid {red}; border-right: 1px solid {red}; text-align: right; }}
table.items td.l {{ text-align: left; }} table.items tr.h td {{ text-align: center; }}
table.items tr.sum td {{ border-top: 1px solid {red}; border-bottom: 1px solid {red}; }}
.big td {{ height: 38px; vertical-align: middle; }}
.foot {{ margin-top: 10px; }}
"""
ZH_EINV_BODY = """
<div class="top"><h1 data-gt="header">{title}</h1><div class="meta">{meta}</div></div>
<table><tr><td class="v" data-gt="other">购买方信息</td><td class="party">{buyer}</td>
<td class="v" data-gt="other">销售方信息</td><td class="party">{seller}</td></tr></table>
<table class="items">{rows}</table>
<table class="big"><tr><td style="width: 190px">{upper_key}</td><td>{upper}</td><td style="width: 260px">{lower}</td>
</tr><tr><td>{remark_key}</td><td colspan="2" data-gt="other">{remark}</td></tr></table>
<div class="foot">{drawer}</div>
"""


def en_timeline_resume(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    p = r._person_en(rng)
    first, last = p["name"].split()
    slug = f"{first.lower()}-{last.lower()}{rng.randrange(1, 99)}"
    parts = [
        (p["phone_txt"], "phone"),
        (p["email"], "email"),
        (f"linkedin.com/in/{slug}", "other"),
        (p["city"], "city"),
    ]
    if rng.random() < 0.5:
        parts = [parts[3], parts[0], parts[1], parts[2]]
    contact = "".join(t(n, v) for v, n in parts)
    jobs = ""
    for i in range(rng.choice((2, 3))):
        comp = f"{rng.choice(d.EN_COMPANY_A)} {rng.choice(d.EN_COMPANY_B)} {rng.choice(d.EN_SUFFIX)}"
        start = 2021 - 3 * i
        when = f"{rng.choice(('Jan', 'Apr', 'Jul', 'Oct'))} {start} – " + ("Present" if i == 0 else str(start + 3))
        what = t("other", f"{rng.choice(d.EN_POSITIONS)}, {comp}", cls="b") + t("other", rng.choice(r.BULLETS), "p")
        jobs += f'{t("date", when, "div", "when")}<div class="dot"></div><div class="what">{what}</div>'
    end = rng.randrange(2008, 2020)
    glued = rng.choice(("BSc", "MSc", "BA", "MA", "BEng", "MEng", "B.S.", "M.S."))
    major = rng.choice(r.EN_MAJORS_MORE)
    degree_line = f"{glued} {major}" + (" (Hons)" if glued in ("BSc", "BA", "BEng") and rng.random() < 0.3 else "")
    edu_what = t("school", p["school"], cls="b") + t("degree", degree_line)
    if rng.random() < 0.5:
        edu_what += t("other", f"GPA {rng.choice(('3.6', '3.7', '3.8', '3.9'))}/4.0")
    edu = f'{t("date", f"{end - 4} – {end}", "div", "when")}<div class="dot"></div><div class="what">{edu_what}</div>'
    fields = r._fields(p) | {"degree": glued, "major": major}
    name = f"{html.escape(first)} <b>{html.escape(last)}</b>" if rng.random() < 0.5 else html.escape(p["name"])
    slots = {
        "name": name,
        "role": t("other", rng.choice(d.EN_POSITIONS), cls="role"),
        "contact": contact,
        "profile_title": rng.choice(("Profile", "About", "Summary")),
        "summary": _summary(rng),
        "experience_title": rng.choice(("Experience", "Career")),
        "jobs": jobs,
        "education_title": rng.choice(("Education", "Education & Training")),
        "education": edu,
        "skills": ", ".join(rng.sample(r.SKILLS, 7)),
    }
    return slots, fields


def en_faculty_cv(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    p = r._person_en(rng)
    city = rng.choice(r.EN_CITIES_MORE[:14])
    dept = rng.choice(("Physics", "Economics", "Computer Science", "Chemistry", "Psychology"))
    zip_ = f" {rng.randrange(10000, 99999)}" if city.split(", ")[1].isupper() else ""  # a US ZIP after the state
    street = f"{rng.randrange(100, 999)} {rng.choice(('Campus Drive', 'College Ave', 'University Blvd'))}"
    address = t("other", f"Department of {dept}") + t("other", p["school"]) + t("other", street)
    address += t("other", city + zip_)
    keyed = rng.random() < 0.5
    contact = ""
    for key, val, name in (
        ("Tel", p["phone_txt"], "phone"),
        ("Email", p["email"], "email"),
        ("Web", f"www.{p['email'].split('@')[0].replace('.', '')}.net", "other"),
    ):
        contact += f"<span>{t('key', key + (':' if keyed else ''))} {t(name, val)}</span>"
    top = rng.choice(("Ph.D.", "Ph.D.", "M.S.", "M.A."))
    major = rng.choice(r.EN_MAJORS_MORE)
    end = rng.randrange(2008, 2020)
    rows = [(end, top, major, p["school"] if rng.random() < 0.3 else rng.choice(r.EN_SCHOOLS_MORE))]
    school = rows[0][3]
    lower = ("M.S.", "B.S.") if top == "Ph.D." else ("B.A.",)
    for k, deg in enumerate(lower, 1):
        rows.append((end - 2 * k - 1, deg, rng.choice(r.EN_MAJORS_MORE), rng.choice(r.EN_SCHOOLS_MORE)))
    education = ""
    for i, (year, deg, maj, sch) in enumerate(rows):
        if i == 0:
            txt = t("degree", f"{deg}, {maj}") + ", " + t("school", sch)
        else:
            txt = t("other", f"{deg}, {maj}, {sch}")
        education += f'<div class="ln">{t("date", year)}<div>{txt}</div></div>'
    appointments = ""
    for k in range(2):
        span = f"{end + 1 + 3 * k}–" + ("present" if k == 1 else str(end + 4 + 3 * k))
        title = ("Assistant Professor", "Postdoctoral Fellow")[1 - k]
        appointments += (
            f'<div class="ln">{t("date", span)}{t("other", f"{title}, {rng.choice(r.EN_SCHOOLS_MORE)}")}</div>'
        )
    pubs = ""
    for k in range(rng.choice((3, 4))):
        co = rng.choice(d.EN_LAST)
        pubs += t(
            "other",
            f"{p['name'].split()[1]}, {p['name'][0]}. and {co}, {rng.choice('ABCDJKLMRS')}. ({end + k}). "
            f"A note on {rng.choice(('sampling', 'inference', 'measurement', 'networks'))} in "
            f"{rng.choice(('small samples', 'large systems', 'field data'))}. "
            f"Journal of {dept} {rng.randrange(10, 60)}: "
            f"{rng.randrange(1, 300)}–{rng.randrange(301, 600)}.",
            "p",
            "pub",
        )
    name = p["name"]
    if rng.random() < 0.5:
        first, last = name.split()
        name = f"{first} {rng.choice('ABCJMR')}. {last}"
    fields = r._fields(p) | {"name": name, "degree": top, "major": major, "school": school, "city": city}
    slots = {
        "name": html.escape(name),
        "address": address,
        "contact": contact,
        "appointments": appointments,
        "education": education,
        "pub_title": rng.choice(("Publications", "Selected Publications", "Refereed Articles")),
        "pubs": pubs,
        "teaching": t("other", f"Introduction to {dept} (undergraduate), {end + 2}–present", "p"),
    }
    return slots, fields


def en_dense_resume(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    p = r._person_en(rng)
    gh = f"github.com/{p['email'].split('@')[0].replace('.', '')}"
    lines = [f"{p['email']} | {p['phone_txt']}", f"{p['city']} | {gh}"]
    if rng.random() < 0.5:
        lines = [f"{p['city']} · {p['phone_txt']}", f"{p['email']} · {gh}"]
    contact = "".join(t("other", ln) for ln in lines)
    education = ""
    end = rng.randrange(2010, 2022)
    deg_forms = ("Bachelor of Engineering", "Bachelor of Science", "Master of Science", "Bachelor of Commerce")
    degree = rng.choice(deg_forms) if rng.random() < 0.6 else p["degree"]
    major = rng.choice(r.EN_MAJORS_MORE) if degree == "MBA" else (p["major"] or rng.choice(r.EN_MAJORS_MORE))
    deg_text = (
        f"{degree} ({major})" if rng.random() < 0.5 else f"{degree}, {major}; GPA {rng.choice(('3.5', '3.7', '3.9'))}"
    )
    top = t("school", p["school"], cls="b") + t("date", f"{rng.choice(('Aug', 'Sep'))} {end - 4} – May {end}")
    education += f'<div class="e">{top}</div><div class="i">{t("degree", deg_text)}</div>'
    education += t("other", "Relevant coursework: Algorithms, Statistics, Databases, Operations Research", "div")
    jobs = ""
    for i in range(3):
        comp = f"{rng.choice(d.EN_COMPANY_A)} {rng.choice(d.EN_COMPANY_B)} {rng.choice(d.EN_SUFFIX)}"
        where = rng.choice(r.EN_CITIES_MORE)
        top = t("other", f"{comp} — {where}", cls="b") + t(
            "date", f"{2022 - 2 * i} – {'Present' if i == 0 else 2024 - 2 * i}"
        )
        jobs += f'<div class="e">{top}</div><div class="i">{t("other", rng.choice(d.EN_POSITIONS))}</div><ul>'
        jobs += "".join(t("other", b, "li") for b in rng.sample(r.BULLETS, 3)) + "</ul>"
    projects = (
        "<ul>"
        + "".join(
            t("other", f"{n}: built and shipped a {w} used by {rng.randrange(20, 900)} people.", "li")
            for n, w in (("Budget tracker", "web app"), ("Route planner", "command-line tool"))
        )
        + "</ul>"
    )
    fields = r._fields(p) | {"degree": degree, "major": major}
    slots = {
        "name": html.escape(p["name"].upper() if rng.random() < 0.4 else p["name"]),
        "contact": contact,
        "education_title": "Education",
        "education": education,
        "experience_title": rng.choice(("Experience", "Professional Experience")),
        "jobs": jobs,
        "projects": projects,
        "skills_title": rng.choice(("Skills", "Technical Skills")),
        "skills": "Languages: " + ", ".join(rng.sample(r.SKILLS, 5)) + ". Tools: " + ", ".join(rng.sample(r.SKILLS, 3)),
    }
    if slots["name"].isupper():
        fields["name"] = p["name"].upper()
    return slots, fields


def zh_intent_resume(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    p = r._person_zh(rng)
    info = ""
    for glyph, val, name in (
        ("◷", f"{rng.randrange(22, 35)}岁", "other"),
        ("☏", p["phone_txt"], "phone"),
        ("✉", p["email"], "email"),
        ("⚲", p["city"], "city"),
        ("♀" if rng.random() < 0.5 else "♂", rng.choice(("汉族", "中共党员", "群众")), "other"),
        ("✎", f"{rng.randrange(1, 8)}年工作经验", "other"),
    ):
        info += f"<span>{t('other', glyph, cls='ic')}{t(name, val)}</span>"
    intent = "".join(
        f"<span>{t('key', k)}{t('other', v)}</span>"
        for k, v in (
            ("意向岗位：", rng.choice(d.ZH_POSITIONS)),
            ("期望薪资：", rng.choice(("8-10K", "面议", "12K-15K"))),
            ("到岗时间：", rng.choice(("随时到岗", "一个月内"))),
        )
    )
    beg = rng.randrange(2006, 2019)
    when = f"{beg}.09 - {beg + 4}.06" if rng.random() < 0.5 else f"{beg}年9月 - {beg + 4}年6月"
    edu = f'<div class="e">{t("school", p["school"])}{t("date", when)}</div>'
    edu += '<div class="sub">' + f"<span>{t('key', '专业：')}{t('major', p['major'])}</span>"
    edu += f"<span>{t('key', '学历：')}{t('degree', p['degree'])}</span></div>"
    work = ""
    for i in range(2):
        comp = d.zh_company(rng)
        span = f"{beg + 4 + 2 * i}.07 - " + ("至今" if i == 1 else f"{beg + 6}.06")
        work += f'<div class="e">{t("other", comp + "　" + rng.choice(d.ZH_POSITIONS))}{t("date", span)}</div>'
        work += t("other", DUTY_ZH, "p")
    slots = {
        "name": html.escape(p["name"]),
        "info": info,
        "intent": intent,
        "edu_title": rng.choice(("教育背景", "教育经历")),
        "edu": edu,
        "work_title": rng.choice(("工作经历", "工作经验")),
        "work": work,
        "skills": "英语四级 / 全国计算机等级考试二级 / 熟练使用Office办公软件",
        "about": "性格开朗，学习能力强，工作认真负责，具有良好的沟通能力和团队合作精神。",
    }
    return slots, r._fields(p)


def _us_town(rng: random.Random) -> str:
    return f"{rng.choice(d.EN_CITIES)} {rng.randrange(10000, 99999)}"


def en_remit_invoice(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    seller = _company(rng)
    buyer = _company(rng, seller)
    rate = Decimal(rng.choice(("6", "7", "7.5", "8.875")))
    v = _invoice_values(rng, d.EN_GOODS, rate)
    number = f"{rng.choice(('', 'A', 'INV'))}{rng.randrange(10000, 999999)}"
    fmt = rng.choice(("%m/%d/%Y", "%d-%b-%Y", "%B %d, %Y"))
    account = f"C-{rng.randrange(1000, 9999)}"
    street = f"{rng.randrange(10, 9999)} {rng.choice(d.EN_STREETS)}"
    seller_block = t("seller_name", seller, cls="n") + t("other", street) + t("other", _us_town(rng))
    seller_block += t(
        "other", f"Phone ({rng.randrange(201, 989)}) {rng.randrange(200, 999)}-{rng.randrange(1000, 9999)}"
    )
    meta = ""
    for key, val, name in (
        ("Invoice Number", number, "invoice_number"),
        ("Invoice Date", v["issued"].strftime(fmt), "date"),
        ("Customer ID", account, "other"),
        ("Payment Due", v["due"].strftime(fmt), "due_date"),
    ):
        meta += f"<tr><td>{t('key', key)}</td><td>{t(name, val)}</td></tr>"
    to = t("key", rng.choice(("SOLD TO", "CUSTOMER", "INVOICE TO")), cls="lab") + t("buyer_name", buyer)
    to += t("other", f"Attn: {rng.choice(d.EN_FIRST)} {rng.choice(d.EN_LAST)}") + t("other", _us_town(rng))
    head = "".join(
        f"<th{' class=n' if i > 1 else ''}>{t('header', h)}</th>"
        for i, h in enumerate(("Item", "Description", "Qty", "Price", "Total"))
    )
    rows = ""
    for it in v["items"]:
        cells = _item_cells(f"{rng.choice('ABCDEFGH')}{rng.randrange(100, 999)}", it)
        rows += _item_row(cells, lambda i: "n" if i > 1 else "")
    totals = _totals_rows(
        (
            ("Subtotal", v["subtotal"], "subtotal", ""),
            (f"Sales Tax ({rate}%)", v["tax"], "tax", ""),
            (rng.choice(("Total Due", "Amount Due", "TOTAL")), v["total"], "total", "g"),
        ),
        lambda amount: "$" + d._fmt_thousands(amount),
    )
    notes = (
        t("other", f"Terms: Net {(v['due'] - v['issued']).days}")
        + t("other", f"Make checks payable to {seller}.")
        + t("other", "A late fee of 1.5% per month applies to overdue balances.")
    )
    remit_to = t("other", "Remit to:", "h3") + t("other", seller) + t("other", street) + t("other", _us_town(rng))
    slip = ""
    for key, val in (
        ("Invoice No.", number),
        ("Customer", buyer),
        ("Customer ID", account),
        ("Amount Due", "$" + d._fmt_thousands(v["total"])),
        ("Amount Enclosed", "$ ____________"),
    ):
        slip += f"<tr><td>{t('other', key)}</td><td>{t('other', val)}</td></tr>"
    slots = {
        "seller_block": seller_block,
        "meta": meta,
        "to": to,
        "head": head,
        "rows": rows,
        "notes": notes,
        "totals": totals,
        "remit_to": remit_to,
        "slip": slip,
    }
    return slots, _truth_of(number, seller, buyer, "USD", v)


def sg_gst_invoice(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    seller = _company(rng, forms=("Pte. Ltd.", "Pte Ltd", "Private Limited"))
    buyer = _company(rng, seller, ("Pte. Ltd.", "Pte Ltd", "Ltd"))
    rate = Decimal(rng.choice(("8", "9")))
    v = _invoice_values(rng, d.EN_GOODS, rate)
    uen = f"{rng.randrange(2005, 2023)}{rng.randrange(10000, 99999)}{rng.choice('KNHWZ')}"
    gst = uen if rng.random() < 0.5 else f"M{rng.randrange(2, 9)}-{rng.randrange(1000000, 9999999)}-{rng.randrange(10)}"
    streets = ("Ubi Avenue 1", "Jurong West St 42", "Kallang Place", "Woodlands Loop")
    addr = f"{rng.randrange(1, 300)} {rng.choice(streets)}"
    addr += f", #0{rng.randrange(1, 9)}-{rng.randrange(10, 99)}, Singapore {rng.randrange(100000, 829999)}"
    seller_block = t("seller_name", seller, cls="n") + t("other", addr, cls="s")
    seller_block += t("other", f"Co. Reg. No.: {uen}   GST Reg. No.: {gst}", cls="s")
    seller_block += t("other", f"Tel: +65 6{rng.randrange(100, 999)} {rng.randrange(1000, 9999)}", cls="s")
    to = t("key", "Bill To:", "b") + t("buyer_name", buyer)
    to += t("other", f"{rng.randrange(1, 99)} Tampines Street {rng.randrange(10, 99)}") + t(
        "other", f"Singapore {rng.randrange(100000, 829999)}"
    )
    fmt = rng.choice(("%d/%m/%Y", "%d %b %Y", "%d-%m-%Y"))
    meta = ""
    for key, val, name in (
        ("Invoice No.", f"{rng.choice(('SI', 'TI', 'INV'))}-{rng.randrange(10000, 99999)}", "invoice_number"),
        ("Date", v["issued"].strftime(fmt), "date"),
        ("Terms", rng.choice(("30 Days", "C.O.D.", "14 Days")), "other"),
        ("Your Ref.", f"PO{rng.randrange(1000, 9999)}", "other"),
    ):
        meta += f"<tr><td>{t('key', key)}</td><td>{t(name, val)}</td></tr>"
    number = meta.split('data-gt="invoice_number">')[1].split("<")[0]
    head = "".join(
        f"<th>{t('header', h)}</th>" for h in ("S/N", "Description", "Qty", "Unit Price (S$)", "Amount (S$)")
    )
    rows = ""
    for k, it in enumerate(v["items"], 1):
        cells = _item_cells(str(k), it)
        rows += _item_row(cells, lambda i: "n" if i > 1 else "")
    totals = _totals_rows(
        (
            ("Sub-total (excl. GST)", v["subtotal"], "subtotal", ""),
            (f"GST {rate}%", v["tax"], "tax", ""),
            ("Total (incl. GST)", v["total"], "total", "g"),
        ),
        lambda amount: "S$" + d._fmt_thousands(amount),
    )
    bank = t("other", "Payment by PayNow (UEN) or bank transfer:") + t(
        "other",
        f"DBS Bank Ltd  A/C No. {rng.randrange(100, 999)}-{rng.randrange(100000, 999999)}-{rng.randrange(1, 9)}",
    )
    slots = {"seller_block": seller_block, "to": to, "meta": meta, "head": head, "rows": rows, "totals": totals,
             "bank": bank}  # fmt: skip
    return slots, _truth_of(number, seller, buyer, "SGD", v, due=False, seller_tax_id=gst)


def zh_einvoice(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    def company() -> str:
        return d.zh_company(rng)

    seller = company()
    while (buyer := company()) == seller:
        pass
    seller_tax, buyer_tax = d._tax_id(rng), d._tax_id(rng)
    rate = Decimal(rng.choice((13, 6, 9, 3, 1)))
    items = d._items(rng, d.ZH_GOODS, rng.randrange(1, 4))
    for it in items:
        it["tax"] = (it["amount"] * rate / 100).quantize(Decimal("0.01"), ROUND_HALF_UP)
    subtotal = sum((it["amount"] for it in items), Decimal(0))
    tax = sum((it["tax"] for it in items), Decimal(0))
    total = subtotal + tax
    issued = d._rand_date(rng, 2023, 2025)
    number = f"{issued.year % 100}" + "".join(str(rng.randrange(10)) for _ in range(18))
    meta = (
        f"<span>{t('key', '发票号码：')}{t('invoice_number', number)}</span>"
        f"<span>{t('key', '开票日期：')}{t('date', f'{issued.year}年{issued.month:02d}月{issued.day:02d}日')}</span>"
    )

    def party(name: str, tax_id: str, label: str) -> str:
        return (
            f"<span>{t('key', '名称：')}{t(label + '_name', name)}</span>"
            f"<span>{t('key', '统一社会信用代码/纳税人识别号：')}{t(label + '_tax_id', tax_id)}</span>"
        )

    head = ("项目名称", "规格型号", "单位", "数量", "单价", "金额", "税率/征收率", "税额")
    rows = '<tr class="h">' + "".join(f"<td>{t('header', h)}</td>" for h in head) + "</tr>"
    for it in items:
        name, spec, unit = it["good"]
        cells = (f"*{rng.choice(('办公用品', '计算机设备', '纸制品', '信息技术服务'))}*{name}", spec, unit,
                 str(it["quantity"]), d._money(it["unit_price"]), d._money(it["amount"]), f"{rate}%",
                 d._money(it["tax"]))  # fmt: skip
        rows += _item_row(cells, lambda i: "l" if i < 3 else "")
    rows += '<tr><td colspan="8" style="height: 60px"></td></tr>'
    rows += (
        f'<tr class="sum"><td class="l">{t("key", "合　　计")}</td>'
        f'<td colspan="5">{t("subtotal", f"¥{d._money(subtotal)}")}</td><td></td>'
        f"<td>{t('tax', f'¥{d._money(tax)}')}</td></tr>"
    )
    drawer = t("other", f"开票人：{d._zh_name(rng)}")
    slots = {
        "title": rng.choice(("电子发票（普通发票）", "电子发票（增值税专用发票）")),
        "meta": meta,
        "buyer": party(buyer, buyer_tax, "buyer"),
        "seller": party(seller, seller_tax, "seller"),
        "rows": rows,
        "upper_key": t("key", "价税合计（大写）"),
        "upper": t("other", f"⊗{decimal_to_cn_upper(total)}"),
        "lower": t("key", "（小写）") + t("total", f"¥{d._money(total)}"),
        "remark_key": t("key", "备　注"),
        "remark": f"购方开户银行：中国银行{rng.choice(d.ZH_CITIES)}分行",
        "drawer": drawer,
    }
    return slots, _truth(
        number,
        seller,
        buyer,
        "CNY",
        issued,
        total,
        subtotal=subtotal,
        tax=tax,
        seller_tax_id=seller_tax,
        buyer_tax_id=buyer_tax,
    )


# --- round 10b: written after round 10 was fixed, scored before any change --------------------------------------------
# A functional (skills-first) resume: the name centred in capitals, one line `<street>, <City>, <ST> <ZIP> | phone |
# e-mail` under it, SUMMARY OF QUALIFICATIONS, a two-column grid of key skills, a short employment list, EDUCATION AND
# CERTIFICATIONS with `<Degree> — <Major>` over `<School>, <town> | <year>`.
EN_FUNCTIONAL_CSS = """
body {{ padding: 48px 62px; }}
h1 {{ text-align: center; font-size: 28px; letter-spacing: 3px; }}
.contact {{ text-align: center; font-size: 12px; margin: 6px 0 14px; }}
h2 {{ font-size: 14px; letter-spacing: 1px; background: {shade}; padding: 3px 8px; margin: 16px 0 8px; }}
.grid {{ display: grid; grid-template-columns: 1fr 1fr; gap: 4px 30px; font-size: 13px; }}
.job {{ display: flex; justify-content: space-between; font-size: 13px; margin: 3px 0; }}
.edu span {{ display: block; }} .edu .d {{ font-weight: bold; }}
"""
EN_FUNCTIONAL_BODY = """
<h1 data-gt="name">{name}</h1>
<div class="contact">{contact}</div>
<h2 data-gt="header">SUMMARY OF QUALIFICATIONS</h2><p data-gt="other">{summary}</p>
<h2 data-gt="header">KEY SKILLS</h2><div class="grid">{skills}</div>
<h2 data-gt="header">EMPLOYMENT HISTORY</h2>{jobs}
<h2 data-gt="header">EDUCATION AND CERTIFICATIONS</h2><div class="edu">{education}</div>
"""

# A Chinese 个人简历 as a keyed form without rules: 基本资料 in two columns of `键：值` (出生日期 as 1995年3月, 籍贯,
# 手机, 邮箱, 现居住城市), 教育背景 as keyed lines (毕业院校 / 所学专业 / 最高学历 / 在校时间), 工作经历, 自我评价.
ZH_FORM_CSS = """
body {{ padding: 46px 60px; font-size: 14px; }}
h1 {{ font-size: 26px; text-align: center; letter-spacing: {spacing}px; margin-bottom: 14px; }}
h2 {{ font-size: 16px; border-left: 6px solid {accent}; padding-left: 8px; margin: 18px 0 8px; }}
.kv {{ display: grid; grid-template-columns: 1fr 1fr; gap: 7px 40px; }}
.kv1 {{ display: grid; grid-template-columns: 1fr; gap: 7px; }}
p {{ font-size: 13px; color: #333; }}
"""
ZH_FORM_BODY = """
<h1 data-gt="header">{title}</h1>
<h2 data-gt="header">基本资料</h2><div class="kv">{info}</div>
<h2 data-gt="header">教育背景</h2><div class="kv1">{edu}</div>
<h2 data-gt="header">工作经历</h2><p data-gt="other">{work}</p>
<h2 data-gt="header">自我评价</h2><p data-gt="other">{about}</p>
"""

# An Indian GST tax invoice: the seller's name and GSTIN on top, `Tax Invoice`, `Invoice No.` / `Invoice Date`
# (dd-mm-yyyy) / `Place of Supply`, `Bill To` with the buyer's GSTIN, an HSN/SAC item table, `Taxable Value`,
# `CGST @ 9%` and `SGST @ 9%` (or `IGST @ 18%`), `Grand Total ₹…`, the amount in words.
IN_GST_CSS = """
body {{ padding: 40px 48px; font-size: 12px; }}
.top {{ border: 1px solid #333; padding: 10px; text-align: center; }} .top span {{ display: block; }}
.top .n {{ font-size: 20px; font-weight: bold; }}
h1 {{ text-align: center; font-size: 16px; border: 1px solid #333; border-top: none; padding: 4px; }}
.two {{ display: grid; grid-template-columns: 1fr 1fr; border: 1px solid #333; border-top: none; }}
.two > div {{ padding: 8px; }} .two > div + div {{ border-left: 1px solid #333; }}
.two > div > span {{ display: block; }}
table {{ width: 100%; }} .items td, .items th {{ border: 1px solid #333; padding: 4px; }}
.items .n {{ text-align: right; }}
.tot {{ width: 330px; margin-left: auto; }} .tot td {{ border: 1px solid #333; padding: 4px 6px; }}
.tot td:last-child {{ text-align: right; }} .tot tr.g td {{ font-weight: bold; font-size: 14px; }}
.words {{ margin-top: 8px; }} .sig {{ margin-top: 30px; text-align: right; }}
"""
IN_GST_BODY = """
<div class="top">{seller_block}</div>
<h1 data-gt="header">Tax Invoice</h1>
<div class="two"><div>{to}</div><div>{meta}</div></div>
<table class="items"><tr>{head}</tr>{rows}</table>
<table class="tot">{totals}</table>
<div class="words" data-gt="other">{words}</div>
<div class="sig" data-gt="other">For {seller}<br><br>Authorised Signatory</div>
"""

# A Chinese 送货单 (delivery note that is also the bill): the seller as the title, `送 货 单`, 收货单位 / 送货日期 /
# NO., a ruled goods table, 合计金额 in figures and 大写, 收货人签字 and 送货人 at the foot, 白联存根 红联客户
# printed aside.
ZH_DELIVERY_CSS = """
body {{ padding: 50px 56px; font-size: 14px; }}
.t {{ text-align: center; }} .t .co {{ font-size: 24px; font-weight: bold; display: block; }}
.t .dn {{ font-size: 20px; letter-spacing: 10px; display: block; margin: 4px 0 12px; }}
.line {{ display: flex; justify-content: space-between; margin-bottom: 8px; }}
table {{ width: 100%; }} td {{ border: 1px solid #333; padding: 7px 5px; text-align: center; }}
.foot {{ display: flex; justify-content: space-between; margin-top: 16px; }}
.aside {{ position: absolute; right: 20px; top: 240px; writing-mode: vertical-rl; font-size: 11px; color: #777; }}
"""
ZH_DELIVERY_BODY = """
<div class="t">{title}</div>
<div class="line">{buyer}{date}{number}</div>
<table>{rows}</table>
<div class="foot">{foot}</div>
<div class="aside">白联：存根　红联：客户　黄联：回单</div>
"""


def en_functional_resume(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    p = r._person_en(rng)
    city = rng.choice(r.EN_CITIES_MORE[:14])
    st = city.split(", ")[1]
    street = f"{rng.randrange(10, 9999)} {rng.choice(d.EN_STREETS)}"
    zip_ = f" {rng.randrange(10000, 99999)}" if st.isupper() else ""
    parts = [f"{street}, {city}{zip_}", p["phone_txt"], p["email"]]
    contact = t("other", " | ".join(parts))
    skills = "".join(
        t("other", "• " + x)
        for x in rng.sample(
            (
                "Budget planning",
                "Vendor management",
                "Process improvement",
                "Team leadership",
                "Data analysis",
                "Client relations",
                "Reporting",
                "Scheduling",
                "Compliance",
            ),
            6,
        )
    )
    jobs = ""
    for i in range(2):
        comp = f"{rng.choice(d.EN_COMPANY_A)} {rng.choice(d.EN_COMPANY_B)} {rng.choice(d.EN_SUFFIX)}"
        jobs += f'<div class="job">{t("other", f"{rng.choice(d.EN_POSITIONS)}, {comp}")}'
        jobs += f"{t('date', f'{2016 + 3 * i} – ' + ('Present' if i == 1 else str(2019 + 3 * i)))}</div>"
    degree = rng.choice(
        ("Master of Science", "Bachelor of Science", "Bachelor of Arts", "Master of Arts", "B.S.", "M.A.")
    )
    major = rng.choice(r.EN_MAJORS_MORE)
    year = rng.randrange(2008, 2022)
    town = rng.choice(r.EN_CITIES_MORE)
    education = t("degree", f"{degree} — {major}", cls="d") + t("school", f"{p['school']}, {town} | {year}")
    education += t(
        "other", f"Certified {rng.choice(('Project Manager (PMP)', 'Scrum Master', 'Public Accountant'))}, {year + 2}"
    )
    name = p["name"].upper()
    fields = r._fields(p) | {"name": name, "city": city, "degree": degree, "major": major}
    slots = {"name": html.escape(name), "contact": contact, "summary": _summary(rng), "skills": skills,
             "jobs": jobs, "education": education}  # fmt: skip
    return slots, fields


def zh_form_resume(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    p = r._person_zh(rng)
    gender = rng.choice("男女")
    by, bm = rng.randrange(1985, 2002), rng.randrange(1, 13)
    born = rng.choice((f"{by}年{bm}月", f"{by}.{bm:02d}", f"{by}-{bm:02d}"))
    city_key = rng.choice(("现居住城市", "现所在地", "目前所在地", "居住地"))
    info_rows = [
        ("姓　　名", p["name"], "name"),
        ("性　　别", gender, "gender"),
        ("出生日期", born, "birth_date"),
        ("籍　　贯", rng.choice(("湖南长沙", "山东济南", "河南郑州", "江苏南京")), "other"),
        ("手　　机", p["phone_txt"], "phone"),
        ("邮　　箱", p["email"], "email"),
        (city_key, p["city"], "city"),
        ("政治面貌", rng.choice(("群众", "共青团员")), "other"),
    ]
    info = "".join(f"<span>{t('key', k + '：')}{t(n, v)}</span>" for k, v, n in info_rows)
    beg = rng.randrange(2006, 2019)
    edu_rows = [
        ("毕业院校", p["school"], "school"),
        ("所学专业", p["major"], "major"),
        ("最高学历", p["degree"], "degree"),
        ("在校时间", f"{beg}年9月至{beg + 4}年6月", "date"),
    ]
    edu = "".join(f"<span>{t('key', k + '：')}{t(n, v)}</span>" for k, v, n in edu_rows)
    comp = d.zh_company(rng)
    work = f"{beg + 4}年7月至今　{comp}　{rng.choice(d.ZH_POSITIONS)}。{DUTY_ZH}"
    slots = {"title": rng.choice(("个人简历", "应聘登记表", "个人资料")), "info": info, "edu": edu, "work": work,
             "about": "性格开朗，学习能力强，工作认真负责，具有良好的沟通能力和团队合作精神。"}  # fmt: skip
    fields = r._fields(p) | {"gender": gender, "birth_date": f"{by}-{bm:02d}"}
    return slots, fields


def _gstin(rng: random.Random) -> str:
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    pan = "".join(rng.choice(letters) for _ in range(5)) + f"{rng.randrange(1000, 9999)}" + rng.choice(letters)
    return f"{rng.randrange(10, 37)}{pan}1Z{rng.choice('0123456789ABCDEF')}"


def _inr(v: Decimal) -> str:
    """Indian grouping: 1,23,456.78"""
    whole, frac = f"{v:.2f}".split(".")
    head, tail = whole[:-3], whole[-3:]
    groups: list[str] = []
    while len(head) > 2:
        groups.insert(0, head[-2:])
        head = head[:-2]
    if head:
        groups.insert(0, head)
    return ",".join([*groups, tail]) + "." + frac


def in_gst_invoice(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    seller = _company(rng, forms=("Pvt. Ltd.", "Private Limited", "Traders", "Enterprises"))
    buyer = _company(rng, seller, ("Pvt. Ltd.", "Ltd.", "LLP"))
    g_s, g_b = _gstin(rng), _gstin(rng)
    v = _invoice_values(rng, d.EN_GOODS, Decimal(18))
    intra = rng.random() < 0.6
    half = (v["subtotal"] * 9 / 100).quantize(Decimal("0.01"), ROUND_HALF_UP)
    tax = half * 2 if intra else v["tax"]
    total = v["subtotal"] + tax
    yy = v["issued"].year % 100
    number = f"{rng.choice(('INV', 'GST', 'TI'))}/{yy}-{yy + 1}/{rng.randrange(1, 999):03d}"
    city = rng.choice(("Mumbai, Maharashtra", "Pune, Maharashtra", "Bengaluru, Karnataka", "Chennai, Tamil Nadu"))
    seller_block = t("seller_name", seller, cls="n") + t("other", f"{rng.randrange(1, 99)}, MG Road, {city}")
    seller_block += t("other", f"GSTIN: {g_s}   PAN: {g_s[2:12]}")
    to = (
        t("key", "Bill To:", "b")
        + t("buyer_name", buyer)
        + t("other", f"Plot {rng.randrange(1, 300)}, Sector 5, {city}")
    )
    to += t("other", f"GSTIN: {g_b}")
    meta = ""
    for key, val, name in (
        ("Invoice No.", number, "invoice_number"),
        ("Invoice Date", f"{v['issued']:%d-%m-%Y}", "date"),
        ("Place of Supply", city.split(", ")[1], "other"),
    ):
        meta += f"<span>{t('key', key + ':')} {t(name, val)}</span>"
    head = "".join(f"<th>{t('header', h)}</th>" for h in ("#", "Description", "HSN/SAC", "Qty", "Rate", "Amount"))
    rows = ""
    for k, it in enumerate(v["items"], 1):
        cells = (str(k), it["good"], str(rng.randrange(8400, 9999)), str(it["quantity"]), _inr(it["unit_price"]),
                 _inr(it["amount"]))  # fmt: skip
        rows += _item_row(cells, lambda i: "n" if i > 2 else "")
    lines = [("Taxable Value", v["subtotal"], "subtotal", "")]
    lines += (
        [("CGST @ 9%", half, "other", ""), ("SGST @ 9%", half, "other", "")]
        if intra
        else [("IGST @ 18%", tax, "other", "")]
    )
    lines += [("Grand Total", total, "total", "g")]
    totals = "".join(
        f'<tr class="{c}"><td>{t("key", k)}</td><td>{t(n, "₹" + _inr(a) if n == "total" else _inr(a))}</td></tr>'
        for k, a, n, c in lines
    )
    slots = {"seller_block": seller_block, "to": to, "meta": meta, "head": head, "rows": rows, "totals": totals,
             "words": f"Amount in words: Rupees {rng.choice(('Twelve', 'Forty', 'Seven'))} Thousand ... Only",
             "seller": html.escape(seller)}  # fmt: skip
    return slots, _truth(
        number,
        seller,
        buyer,
        "INR",
        v["issued"],
        total,
        subtotal=v["subtotal"],
        tax=tax,
        seller_tax_id=g_s,
        buyer_tax_id=g_b,
    )


def zh_delivery_note(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    def company() -> str:
        return d.zh_company(rng)

    seller = company()
    while (buyer := company()) == seller:
        pass
    v = _invoice_values(rng, d.ZH_GOODS, Decimal(0))
    number = f"{rng.randrange(1, 9999999):07d}"
    title = t("seller_name", seller, cls="co") + t("header", rng.choice(("送货单", "送 货 单", "发货单")), cls="dn")
    rows = "<tr>" + "".join(
        f"<td>{t('header', h)}</td>" for h in ("序号", "货品名称", "规格", "单位", "数量", "单价", "金额")
    )
    rows += "</tr>"
    for k, it in enumerate(v["items"], 1):
        name, spec, unit = it["good"]
        cells = (str(k), name, spec, unit, str(it["quantity"]), d._money(it["unit_price"]), d._money(it["amount"]))
        rows += "<tr>" + "".join(f"<td>{t('item', c)}</td>" for c in cells) + "</tr>"
    rows += "<tr>" + "<td></td>" * 7 + "</tr>"
    rows += (
        f'<tr><td colspan="2">{t("key", "合计金额（大写）")}</td>'
        f'<td colspan="3">{t("other", decimal_to_cn_upper(v["total"]))}'
        f'</td><td colspan="2">{t("total", "¥" + d._money(v["total"]))}</td></tr>'
    )
    foot = (
        t("other", f"送货人：{d._zh_name(rng)}")
        + t("other", "收货人签字：")
        + t("other", f"电话：0{rng.randrange(10, 99)}-{rng.randrange(10000000, 99999999)}")
    )
    buyer_key = rng.choice(("收货单位：", "客户名称："))
    date_key = rng.choice(("送货日期：", "日期："))
    slots = {
        "title": title,
        "buyer": f"<span>{t('key', buyer_key)}{t('buyer_name', buyer)}</span>",
        "date": f"<span>{t('key', date_key)}{t('date', d._zh_date(v['issued'], rng))}</span>",
        "number": f"<span>{t('key', 'NO.')}{t('invoice_number', number)}</span>",
        "rows": rows,
        "foot": foot,
    }
    return slots, _truth(number, seller, buyer, "CNY", v["issued"], v["total"])


# --- round 10c: written after round 10b was fixed, scored before any change (first score only) ----------------------
# A resume with a narrow right DETAILS column (a two-line postal address ending `<City>, <PROV> <postcode>`, `Phone`
# and `Email` labels over their values), the main column left: PROFILE, EMPLOYMENT HISTORY, EDUCATION as
# `<Degree>, <Major>` over `<School>, <town>` over the years.
EN_DETAILS_CSS = """
.main {{ position: absolute; left: 0; top: 0; width: 540px; padding: 46px 30px 40px 52px; }}
.side {{ position: absolute; left: 560px; top: 0; right: 0; padding: 120px 30px 40px 10px; font-size: 12px; }}
h1 {{ font-size: 30px; }} .role {{ display: block; font-size: 14px; color: {accent}; margin: 2px 0 14px; }}
h2 {{ font-size: 13px; letter-spacing: 2px; margin: 18px 0 6px; color: #333; }}
.side h3 {{ font-size: 12px; letter-spacing: 2px; margin: 14px 0 4px; }}
.side span {{ display: block; }} .side .lab {{ color: #888; font-size: 11px; margin-top: 6px; }}
.e span {{ display: block; }} .e .b {{ font-weight: bold; }} .e .w {{ color: #777; font-size: 12px; }}
p {{ font-size: 13px; }}
"""
EN_DETAILS_BODY = """
<div class="main"><h1 data-gt="name">{name}</h1>{role}
  <h2 data-gt="header">PROFILE</h2><p data-gt="other">{summary}</p>
  <h2 data-gt="header">EMPLOYMENT HISTORY</h2>{jobs}
  <h2 data-gt="header">EDUCATION</h2><div class="e">{education}</div>
</div>
<div class="side"><h3 data-gt="header">DETAILS</h3>{details}
  <h3 data-gt="header">SKILLS</h3>{skills}</div>
"""

# A plain Chinese resume without rules or bars: the name, one line `男 | 28岁 | 本科 | 5年工作经验`, one keyed contact
# line `手机：… | 邮箱：… | 现居：…`, then titled blocks with entries `2012.09-2016.06  学校  专业  学历` spaced on
# one line.
ZH_MINIMAL_CSS = """
body {{ padding: 50px 64px; font-size: 14px; }}
h1 {{ font-size: 28px; }} .l {{ margin-top: 6px; color: #444; font-size: 13px; }}
h2 {{ font-size: 16px; margin: 20px 0 6px; border-bottom: 1px solid #999; }}
.ent span {{ margin-right: 34px; }} p {{ font-size: 13px; color: #444; margin-top: 4px; }}
"""
ZH_MINIMAL_BODY = """
<h1 data-gt="name">{name}</h1>
<div class="l">{line1}</div><div class="l">{line2}</div>
<h2 data-gt="header">{edu_title}</h2><div class="ent">{edu}</div>
<h2 data-gt="header">工作经历</h2><div class="ent">{work}</div><p data-gt="other">{duty}</p>
<h2 data-gt="header">个人评价</h2><p data-gt="other">{about}</p>
"""

# A Canadian invoice: the seller with `GST/HST No. 123456789 RT0001`, `INVOICE` with `Invoice #`, `Date` (ISO or
# `March 5, 2024`), `Due`, `Bill To`, items, `Subtotal`, `HST 13%` (or `GST 5%`), `Total (CAD)`.
CA_HST_CSS = """
body {{ padding: 44px 56px; font-size: 13px; }}
.top {{ display: flex; justify-content: space-between; }} .top span {{ display: block; }}
.co {{ font-size: 20px; font-weight: bold; }} h1 {{ font-size: 26px; color: {accent}; text-align: right; }}
.meta td {{ padding: 2px 0 2px 14px; }} .meta td:first-child {{ color: #666; padding-left: 0; }}
.bill {{ margin-top: 20px; }} .bill span {{ display: block; }} .bill b {{ display: block; color: {accent}; }}
table.items {{ width: 100%; margin-top: 18px; }} .items th {{ text-align: left; border-bottom: 2px solid {accent};
   padding: 5px; }} .items td {{ padding: 5px; border-bottom: 1px solid #ddd; }} .items .n {{ text-align: right; }}
.tot {{ margin: 12px 0 0 auto; }} .tot td {{ padding: 3px 8px; }} .tot td:last-child {{ text-align: right; }}
.tot tr.g td {{ font-weight: bold; border-top: 1px solid #000; }}
.thanks {{ margin-top: 30px; color: #555; }}
"""
CA_HST_BODY = """
<div class="top"><div>{seller_block}</div>
<div><h1 data-gt="header">INVOICE</h1><table class="meta">{meta}</table></div></div>
<div class="bill">{bill}</div>
<table class="items"><tr>{head}</tr>{rows}</table>
<table class="tot">{totals}</table>
<p class="thanks" data-gt="other">Thank you for your business. Interac e-Transfer to {email}</p>
"""

CA_CITIES = (("Toronto", "ON", "M5H 2N2"), ("Ottawa", "ON", "K1P 5J2"), ("Vancouver", "BC", "V6B 1A1"),
             ("Calgary", "AB", "T2P 1J9"), ("Halifax", "NS", "B3J 1S9"))  # fmt: skip


def en_details_resume(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    p = r._person_en(rng)
    town, prov, post = rng.choice(CA_CITIES)
    details = t("other", f"{rng.randrange(10, 999)} {rng.choice(('King St W', 'Queen St', 'Bay Street'))}")
    details += t("other", f"{town}, {prov} {post}")
    details += t("key", "Phone", cls="lab") + t("phone", p["phone_txt"])
    details += t("key", "Email", cls="lab") + t("email", p["email"])
    jobs = ""
    for i in range(2):
        comp = f"{rng.choice(d.EN_COMPANY_A)} {rng.choice(d.EN_COMPANY_B)} {rng.choice(d.EN_SUFFIX)}"
        jobs += '<div class="e">' + t("other", f"{rng.choice(d.EN_POSITIONS)} at {comp}", cls="b")
        jobs += t(
            "date",
            f"{rng.choice(('Jan', 'May', 'Sep'))} {2016 + 3 * i} — " + ("Present" if i else f"{2019 + 3 * i}"),
            cls="w",
        )
        jobs += t("other", rng.choice(r.BULLETS), "p") + "</div>"
    degree = rng.choice(("Bachelor of Commerce", "Bachelor of Arts", "Master of Science", "B.Sc.", "M.A."))
    major = rng.choice(r.EN_MAJORS_MORE)
    end = rng.randrange(2008, 2020)
    education = t("degree", f"{degree}, {major}", cls="b") + t("school", f"{p['school']}, {rng.choice(CA_CITIES)[0]}")
    education += t("date", f"{end - 4} — {end}", cls="w")
    fields = r._fields(p) | {"city": f"{town}, {prov}", "degree": degree, "major": major}
    slots = {
        "name": html.escape(p["name"]),
        "role": t("other", rng.choice(d.EN_POSITIONS), cls="role"),
        "summary": _summary(rng),
        "jobs": jobs,
        "education": education,
        "details": details,
        "skills": "".join(t("other", x) for x in rng.sample(r.SKILLS, 4)),
    }
    return slots, fields


def zh_minimal_resume(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    p = r._person_zh(rng)
    gender = rng.choice("男女")
    line1 = t("other", f"{gender} | {rng.randrange(22, 36)}岁 | {p['degree']} | {rng.randrange(1, 9)}年工作经验")
    line2 = (
        f"{t('key', '手机：')}{t('phone', p['phone_txt'])} | {t('key', '邮箱：')}{t('email', p['email'])} | "
        f"{t('key', rng.choice(('现居：', '现居地：', '所在城市：')))}{t('city', p['city'])}"
    )
    beg = rng.randrange(2006, 2019)
    edu = "".join(
        f"<span>{t(n, v)}</span>"
        for v, n in (
            (f"{beg}.09-{beg + 4}.06", "date"),
            (p["school"], "school"),
            (p["major"], "major"),
            (p["degree"], "degree"),
        )
    )
    comp = d.zh_company(rng)
    work = "".join(
        f"<span>{t(n, v)}</span>"
        for v, n in ((f"{beg + 4}.07-至今", "date"), (comp, "other"), (rng.choice(d.ZH_POSITIONS), "other"))
    )
    slots = {"name": html.escape(p["name"]), "line1": line1, "line2": line2,
             "edu_title": rng.choice(("教育经历", "教育背景", "学历")), "edu": edu, "work": work, "duty": DUTY_ZH,
             "about": "踏实肯干，沟通能力强，能承受较大的工作压力。"}  # fmt: skip
    return slots, r._fields(p) | {"gender": gender}


def ca_hst_invoice(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    seller = _company(rng, forms=("Inc.", "Ltd.", "Corp."))
    buyer = _company(rng, seller)
    town, prov, post = rng.choice(CA_CITIES)
    rate, tax_name = {"ON": ("13", "HST"), "NS": ("15", "HST")}.get(prov, ("5", "GST"))
    v = _invoice_values(rng, d.EN_GOODS, Decimal(rate))
    bn = f"{rng.randrange(100000000, 999999999)} RT0001"
    seller_block = t("seller_name", seller, cls="co") + t(
        "other", f"{rng.randrange(10, 999)} Front St, {town}, {prov} {post}"
    )
    seller_block += t("other", f"GST/HST No. {bn}")
    fmt = rng.choice(("%Y-%m-%d", "%B %d, %Y", "%b %d, %Y"))
    number = f"{rng.randrange(1000, 9999)}"
    meta = ""
    for key, val, name in (("Invoice #", number, "invoice_number"), ("Date", v["issued"].strftime(fmt), "date"),
                           ("Due", v["due"].strftime(fmt), "due_date")):  # fmt: skip
        meta += f"<tr><td>{t('key', key)}</td><td>{t(name, val)}</td></tr>"
    bill = (
        t("key", "Bill To", "b")
        + t("buyer_name", buyer)
        + t("other", f"{rng.randrange(1, 99)} Elgin St, {town}, {prov}")
    )
    head = "".join(
        f"<th{' class=n' if i else ''}>{t('header', h)}</th>"
        for i, h in enumerate(("Description", "Qty", "Rate", "Amount"))
    )
    rows = ""
    for it in v["items"]:
        cells = (
            it["good"],
            str(it["quantity"]),
            f"${d._fmt_thousands(it['unit_price'])}",
            f"${d._fmt_thousands(it['amount'])}",
        )
        rows += (
            "<tr>" + "".join(f"<td{' class=n' if i else ''}>{t('item', c)}</td>" for i, c in enumerate(cells)) + "</tr>"
        )
    totals = "".join(
        f'<tr class="{c}"><td>{t("key", k)}</td><td>{t(n, "$" + d._fmt_thousands(a))}</td></tr>'
        for k, a, n, c in (
            ("Subtotal", v["subtotal"], "subtotal", ""),
            (f"{tax_name} {rate}%", v["tax"], "tax", ""),
            ("Total (CAD)", v["total"], "total", "g"),
        )
    )
    slots = {"seller_block": seller_block, "meta": meta, "bill": bill, "head": head, "rows": rows, "totals": totals,
             "email": f"billing@{seller.split()[0].lower()}.ca"}  # fmt: skip
    return slots, _truth_of(
        number,
        seller,
        buyer,
        "CAD",
        v,
        seller_tax_id=bn.replace(" ", ""),
    )


# --- round 11: written after round 10c was fixed, scored before any change (first score only) -----------------------
# A Chinese 表格式简历 whose ruled cells hold a small key over its value (no `：`), a photo cell spanning the first
# three rows on the right, education as key-over-value cells too (毕业院校 / 所学专业 / 学历学位 / 在校时间), work and
# self-assessment as long text cells with the section's name in a narrow left cell.
ZH_CARD_CSS = """
body {{ padding: 46px 52px; font-size: 14px; }}
h1 {{ text-align: center; font-size: 26px; letter-spacing: {spacing}px; margin-bottom: 16px; }}
table {{ width: 100%; }} td {{ border: 1px solid #555; padding: 5px 8px 7px; vertical-align: top; }}
td .k {{ display: block; font-size: 11px; color: #777; margin-bottom: 3px; }} td .v {{ display: block; }}
td.photo {{ width: 120px; text-align: center; vertical-align: middle; color: #aaa; background: {shade}; }}
td.sec {{ width: 34px; background: {shade}; writing-mode: vertical-rl; letter-spacing: 6px; vertical-align: middle;
  text-align: center; font-weight: bold; }}
td.long {{ line-height: 1.6; }}
"""
ZH_CARD_BODY = """
<h1 data-gt="header">{title}</h1>
<table>{grid}</table>
"""

# A two-column Chinese resume: a shaded left third (name, 求职意向, 基本信息 as short keyed lines, 技能), the right two
# thirds with titled blocks; an education entry is the school with its dates right over `<专业> / <学历>`.
ZH_TWOCOL_CSS = """
.l {{ position: absolute; left: 0; top: 0; bottom: 0; width: 260px; background: {shade}; padding: 50px 22px; }}
.r {{ position: absolute; left: 290px; right: 40px; top: 0; padding: 50px 0; }}
h1 {{ font-size: 30px; letter-spacing: 4px; }} .want {{ display: block; color: {accent}; margin: 6px 0 22px; }}
h3 {{ font-size: 15px; color: {accent}; border-bottom: 2px solid {accent}; margin: 18px 0 8px; padding-bottom: 3px; }}
.l span {{ display: block; margin: 5px 0; font-size: 13px; }}
h2 {{ font-size: 17px; color: {accent}; margin: 22px 0 8px; }} h2:after {{ content: ""; display: block;
  border-bottom: 1px solid #bbb; margin-top: 4px; }}
.ent {{ margin-bottom: 10px; }} .ent .top {{ display: flex; justify-content: space-between; font-weight: bold; }}
.ent .sub {{ display: block; color: #555; margin-top: 3px; }} p {{ font-size: 13px; color: #444; }}
"""
ZH_TWOCOL_BODY = """
<div class="l"><h1 data-gt="name">{name}</h1>{want}
  <h3 data-gt="header">基本信息</h3>{info}
  <h3 data-gt="header">专业技能</h3>{skills}</div>
<div class="r"><h2 data-gt="header">{edu_title}</h2>{edu}
  <h2 data-gt="header">工作经历</h2>{work}
  <h2 data-gt="header">自我评价</h2><p data-gt="other">{about}</p></div>
"""

# The older 增值税电子普通发票 (PDF): a QR code top left with 机器编号 under it, the title in the middle,
# 发票代码 / 发票号码 / 开票日期 / 校验码 right; 购买方 in a ruled box beside the 密码区 cipher, the goods, 合计,
# 价税合计 (大写 and 小写), the 销售方 box at the bottom beside 备注, then 收款人 / 复核 / 开票人.
ZH_QR_CSS = """
body {{ padding: 36px 40px; font-size: 13px; color: {ink}; }}
.top {{ position: relative; height: 118px; }}
.qr {{ position: absolute; left: 0; top: 0; width: 84px; height: 84px; display: grid;
  grid-template-columns: repeat(12, 7px); }} .qr i {{ width: 7px; height: 7px; }} .qr i.b {{ background: #000; }}
.mach {{ position: absolute; left: 0; top: 92px; font-size: 12px; }}
h1 {{ position: absolute; left: 170px; right: 260px; top: 20px; text-align: center; font-size: 22px; color: {red};
  letter-spacing: 1px; }}
.meta {{ position: absolute; right: 0; top: 4px; font-size: 12px; }} .meta span {{ display: block; margin: 3px 0; }}
table {{ width: 100%; }} td {{ border: 1px solid {red}; padding: 4px 6px; vertical-align: top; }}
td.v {{ width: 24px; text-align: center; vertical-align: middle; writing-mode: vertical-rl; letter-spacing: 3px; }}
td.party span {{ display: block; margin: 2px 0; }} td.cipher {{ font-family: monospace; font-size: 12px;
  letter-spacing: 1px; word-break: break-all; color: #333; }}
table.g td {{ border-top: none; border-bottom: none; text-align: right; }} table.g td.l {{ text-align: left; }}
table.g tr.h td {{ text-align: center; }}
table.g tr.s td {{ border-top: 1px solid {red}; border-bottom: 1px solid {red}; }}
.sig {{ display: flex; justify-content: space-between; margin-top: 8px; padding: 0 30px; }}
"""
ZH_QR_BODY = """
<div class="top"><div class="qr">{qr}</div><div class="mach">{machine}</div>
<h1 data-gt="header">{title}</h1><div class="meta">{meta}</div></div>
<table><tr><td class="v" data-gt="other">购买方</td><td class="party">{buyer}</td>
<td class="v" data-gt="other">密码区</td>
<td class="cipher" style="width: 330px" data-gt="other">{cipher}</td></tr></table>
<table class="g">{rows}</table>
<table><tr><td style="width: 200px">{upper_key}</td><td>{upper}</td><td style="width: 250px">{lower}</td></tr></table>
<table><tr><td class="v" data-gt="other">销售方</td><td class="party">{seller}</td>
<td class="v" data-gt="other">备注</td><td style="width: 330px"></td></tr></table>
<div class="sig">{sig}</div>
"""

# A 增值税普通发票（卷票）: a narrow till roll set in the middle of the page, every line `键：值` one under another
# (发票代码, 发票号码, 机打号码, 机器编号, 销售方名称 and its 纳税人识别号, 开票日期, 收款员, 购买方名称 and its
# 纳税人识别号), the items as 项目 / 单价 / 数量 / 金额 columns, 合计金额（小写）, 合计金额（大写）, 校验码.
ZH_ROLL_CSS = """
body {{ font-size: 13px; }}
.roll {{ width: 330px; margin: 50px auto; border: 1px dashed #999; padding: 18px 20px; }}
h1 {{ font-size: 16px; text-align: center; margin-bottom: 4px; }} .sub {{ display: block; text-align: center;
  font-size: 12px; margin-bottom: 10px; }}
.roll > span {{ display: block; margin: 3px 0; word-break: break-all; }}
table {{ width: 100%; margin: 8px 0; border-top: 1px dashed #666; border-bottom: 1px dashed #666; }}
td {{ padding: 3px 2px; }} td.n {{ text-align: right; }}
"""
ZH_ROLL_BODY = """
<div class="roll"><h1 data-gt="header">{title}</h1><span class="sub" data-gt="header">{copy}</span>
{head}<table>{rows}</table>{foot}</div>
"""

# A US utility bill: the utility's name and a logo band, ACCOUNT SUMMARY keys right (`Account Number`, `Bill Number`,
# `Statement Date`, `Due Date`), `Service For:` the customer over the service address, the previous balance and
# payment, the current charges by line (customer, energy per kWh, delivery), `Current Charges`, a state tax, `Total
# Amount Due`, a usage bar chart, and a remittance stub under a dashed line.
EN_UTILITY_CSS = """
body {{ padding: 36px 46px; font-size: 13px; }}
.band {{ display: flex; justify-content: space-between; border-bottom: 4px solid {accent}; padding-bottom: 10px; }}
.co {{ font-size: 22px; font-weight: bold; color: {accent}; display: block; }} .band span {{ display: block; }}
.kind {{ font-size: 18px; letter-spacing: 2px; text-align: right; }}
.cols {{ display: flex; gap: 30px; margin-top: 16px; }} .cols > div {{ flex: 1; }}
.box {{ border: 1px solid #999; padding: 8px 10px; }} .box b {{ display: block; margin-bottom: 4px; }}
.box span {{ display: block; }}
table.sum td {{ padding: 3px 4px; }} table.sum td:last-child {{ text-align: right; }}
h3 {{ margin: 18px 0 6px; font-size: 14px; background: {shade}; padding: 4px 6px; }}
table.ch {{ width: 100%; }} .ch td {{ padding: 4px 6px; border-bottom: 1px solid #eee; }}
.ch td.n {{ text-align: right; }}
.ch tr.t td {{ font-weight: bold; border-top: 1px solid #333; }}
.ch tr.due td {{ font-size: 16px; background: {shade}; }}
.bars {{ display: flex; align-items: flex-end; height: 70px; gap: 6px; margin-top: 10px; }}
.bars i {{ width: 22px; background: {accent}; display: block; }}
.stub {{ margin-top: 28px; border-top: 2px dashed #666; padding-top: 12px; display: flex;
  justify-content: space-between; }}
.stub span {{ display: block; }}
"""
EN_UTILITY_BODY = """
<div class="band"><div>{seller_block}</div><div class="kind">{kind}</div></div>
<div class="cols"><div class="box">{service}</div><div><table class="sum">{summary}</table></div></div>
<h3 data-gt="header">ACCOUNT ACTIVITY</h3><table class="ch">{activity}</table>
<h3 data-gt="header">CURRENT CHARGES</h3><table class="ch">{charges}</table>
<h3 data-gt="header">YOUR USAGE (kWh)</h3><div class="bars">{bars}</div>
<div class="stub"><div>{stub_left}</div><div>{stub_right}</div></div>
"""

# A freelancer's invoice: the freelancer's own name as the seller (a person, with a trade line and a VAT id), a big
# light `Invoice`, `Billed to` the client, `Invoice no.` / `Issued` / `Payment due` with spelled dates, work logged as
# `Date | Description | Hours | Rate | Amount` in euros (`1.234,56 €`), Swiss francs (`CHF 1'234.50`) or pounds, VAT,
# `Total due`, and an equivalent in another currency at a stated rate under it.
EN_FREELANCE_CSS = """
body {{ padding: 54px 60px; font-size: 13px; color: #333; }}
.hd {{ display: flex; justify-content: space-between; }} .hd span {{ display: block; }}
.me {{ font-size: 18px; font-weight: bold; color: #111; }} h1 {{ font-size: 44px; font-weight: 300; color: {accent}; }}
.meta {{ display: flex; gap: 40px; margin: 28px 0 20px; }} .meta span {{ display: block; }}
.meta .k {{ font-size: 11px; text-transform: uppercase; color: #888; letter-spacing: 1px; }}
table.w {{ width: 100%; }} .w td {{ padding: 6px 4px; border-bottom: 1px solid #e3e3e3; }}
.w td.n {{ text-align: right; }}
.w tr.h td {{ font-size: 11px; color: #888; text-transform: uppercase; border-bottom: 1px solid #333; }}
.tot {{ margin: 14px 0 0 auto; width: 300px; }} .tot td {{ padding: 4px; }} .tot td:last-child {{ text-align: right; }}
.tot tr.g td {{ font-size: 17px; font-weight: bold; border-top: 2px solid {accent}; }}
.eq {{ text-align: right; color: #888; font-size: 12px; margin-top: 4px; }}
.pay {{ margin-top: 36px; font-size: 12px; color: #555; }} .pay span {{ display: block; }}
"""
EN_FREELANCE_BODY = """
<div class="hd"><div>{me}</div><h1 data-gt="header">Invoice</h1></div>
<div class="meta">{meta}</div>
<table class="w">{rows}</table>
<table class="tot">{totals}</table><div class="eq">{eq}</div>
<div class="pay">{pay}</div>
"""

# A British credit note: the seller's letterhead with `Company No.` and `VAT Reg. No.`, `CREDIT NOTE` as the title,
# `Credit Note No.`, `Date`, `Original Invoice` (another number) and `Reason`, `Credit To` the customer, the
# returned goods, `Net Amount`, `VAT @ 20%`, `Total Credit` in pounds.
EN_CREDIT_CSS = """
body {{ padding: 48px 56px; font-size: 13px; }}
.lh {{ text-align: center; border-bottom: 1px solid #333; padding-bottom: 10px; }} .lh span {{ display: block; }}
.co {{ font-size: 22px; font-weight: bold; letter-spacing: 1px; }} .small {{ font-size: 11px; color: #555; }}
h1 {{ text-align: center; font-size: 20px; letter-spacing: 6px; margin: 18px 0; color: {accent}; }}
.two {{ display: flex; justify-content: space-between; }} .two span {{ display: block; }} .two b {{ display: block; }}
table.m td {{ padding: 2px 8px; }} table.m td:first-child {{ font-weight: bold; }}
table.g {{ width: 100%; margin-top: 22px; }} .g td {{ border: 1px solid #999; padding: 5px; }}
.g td.n {{ text-align: right; }}
.g tr.h td {{ background: {shade}; font-weight: bold; }}
.tot {{ margin: 0 0 0 auto; }} .tot td {{ border: 1px solid #999; padding: 5px 10px; }}
.tot td:last-child {{ text-align: right; }}
.note {{ margin-top: 24px; font-size: 12px; }}
"""
EN_CREDIT_BODY = """
<div class="lh">{letterhead}</div>
<h1 data-gt="header">CREDIT NOTE</h1>
<div class="two"><div>{to}</div><table class="m">{meta}</table></div>
<table class="g">{rows}</table>
<table class="tot">{totals}</table>
<p class="note" data-gt="other">{note}</p>
"""


def _zh_company(rng: random.Random, other: str = "") -> str:
    while (name := d.zh_company(rng)) == other:
        pass
    return name


def zh_card_resume(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    p = r._person_zh(rng)
    gender = rng.choice("男女")
    by, bm = rng.randrange(1985, 2002), rng.randrange(1, 13)

    def cell(key: str, value: str, label: str, span: int = 1) -> str:
        cs = f' colspan="{span}"' if span > 1 else ""
        return f"<td{cs}>{t('key', key, cls='k')}{t(label, value, cls='v')}</td>"

    city_key = rng.choice(("现居住地", "所在城市", "现居城市"))
    beg = rng.randrange(2006, 2019)
    photo = '<td class="photo" rowspan="3"><span data-gt="other">照片</span></td>'
    grid = (
        f"<tr>{cell('姓名', p['name'], 'name')}{cell('性别', gender, 'gender')}"
        f"{cell('出生年月', f'{by}.{bm:02d}', 'birth_date')}{photo}</tr>"
        f"<tr>{cell('民族', '汉', 'other')}{cell('政治面貌', rng.choice(('群众', '中共党员')), 'other')}"
        f"{cell(city_key, p['city'], 'city')}</tr>"
        f"<tr>{cell('联系电话', p['phone_txt'], 'phone')}{cell('电子邮箱', p['email'], 'email', 2)}</tr>"
        f"<tr>{cell('毕业院校', p['school'], 'school')}{cell('所学专业', p['major'], 'major')}"
        f"{cell('学历学位', p['degree'], 'degree')}{cell('在校时间', f'{beg}.09-{beg + 4}.06', 'date')}</tr>"
    )
    comp = _zh_company(rng)
    work = f"{beg + 4}.07-至今　{comp}　{rng.choice(d.ZH_POSITIONS)}　{DUTY_ZH}"
    for sec, text in (
        ("工作经历", work),
        ("技能证书", "英语六级、计算机二级、驾驶证C1"),
        ("自我评价", "为人踏实，责任心强，善于团队协作。"),
    ):
        grid += (
            f'<tr><td class="sec" data-gt="header">{sec}</td><td class="long" colspan="3">{t("other", text)}</td></tr>'
        )
    slots = {"title": rng.choice(("个人简历", "求职简历", "个 人 简 历")), "grid": grid}
    return slots, r._fields(p) | {"gender": gender, "birth_date": f"{by}-{bm:02d}"}


def zh_twocol_resume(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    p = r._person_zh(rng)
    age = rng.randrange(22, 40)
    want = t("other", f"求职意向：{rng.choice(d.ZH_POSITIONS)}", cls="want")
    city_key = rng.choice(("现居：", "所在地：", "居住城市："))
    rows = [
        ("年龄：", f"{age}岁", "other"),
        ("电话：", p["phone_txt"], "phone"),
        ("邮箱：", p["email"], "email"),
        (city_key, p["city"], "city"),
        ("学历：", p["degree"], "other"),
    ]
    info = "".join(f"<span>{t('key', k)}{t(n, v)}</span>" for k, v, n in rows)
    beg = rng.randrange(2006, 2019)
    edu = (
        f'<div class="ent"><div class="top">{t("school", p["school"])}{t("date", f"{beg}.09 - {beg + 4}.06")}</div>'
        f"{t('other', p['major'] + ' / ' + p['degree'], cls='sub')}</div>"
    )
    work = ""
    for i in range(2):
        comp = _zh_company(rng)
        when = f"{beg + 4 + 3 * i}.07 - " + ("至今" if i else f"{beg + 7}.06")
        work += f'<div class="ent"><div class="top">{t("other", comp)}{t("date", when)}</div>'
        work += f'{t("other", rng.choice(d.ZH_POSITIONS), cls="sub")}<p data-gt="other">{DUTY_ZH}</p></div>'
    skills = "".join(
        t("other", s) for s in rng.sample(("Office 办公软件", "英语 CET-6", "数据分析", "项目管理", "Python"), 3)
    )
    slots = {
        "name": html.escape(p["name"]),
        "want": want,
        "info": info,
        "skills": skills,
        "edu_title": rng.choice(("教育经历", "教育背景")),
        "edu": edu,
        "work": work,
        "about": "性格开朗，学习能力强，有较强的责任心和团队合作精神。",
    }
    return slots, r._fields(p)


def _zh_vat_items(rng: random.Random, rate: Decimal) -> tuple[list[dict[str, Any]], Decimal, Decimal]:
    items = d._items(rng, d.ZH_GOODS, rng.randrange(1, 4))
    for it in items:
        it["tax"] = (it["amount"] * rate / 100).quantize(Decimal("0.01"), ROUND_HALF_UP)
    return items, sum((it["amount"] for it in items), Decimal(0)), sum((it["tax"] for it in items), Decimal(0))


def zh_qr_einvoice(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    seller = _zh_company(rng)
    buyer = _zh_company(rng, seller)
    seller_tax, buyer_tax = d._tax_id(rng), d._tax_id(rng)
    rate = Decimal(rng.choice((13, 6, 3)))
    items, subtotal, tax = _zh_vat_items(rng, rate)
    total = subtotal + tax
    issued = d._rand_date(rng, 2018, 2024)
    code = f"0{rng.randrange(10, 99)}0{rng.randrange(10000000, 99999999)}"
    number = f"{rng.randrange(0, 99999999):08d}"
    check = " ".join(f"{rng.randrange(0, 99999):05d}" for _ in range(4))
    meta = "".join(
        f"<span>{t('key', k)}{t(n, v)}</span>"
        for k, v, n in (
            ("发票代码：", code, "invoice_code"),
            ("发票号码：", number, "invoice_number"),
            ("开票日期：", f"{issued.year}年{issued.month:02d}月{issued.day:02d}日", "date"),
            ("校 验 码：", check, "other"),
        )
    )
    qr = "".join(f'<i class="{"b" if rng.random() < 0.5 else ""}"></i>' for _ in range(144))

    def party(name: str, tax_id: str, label: str) -> str:
        bank = f"中国{rng.choice(('工商', '建设', '农业'))}银行{rng.choice(d.ZH_CITIES)}支行"
        bank += f" {rng.randrange(10**15, 10**16)}"
        addr = f"{rng.choice(d.ZH_CITIES)}市{rng.choice(('高新区', '朝阳区', '滨江区'))}科技路{rng.randrange(1, 300)}号"
        return "".join(
            f"<span>{t('key', k)}{t(n, v)}</span>"
            for k, v, n in (
                ("名　　称：", name, label + "_name"),
                ("纳税人识别号：", tax_id, label + "_tax_id"),
                ("地 址、电 话：", f"{addr} 0{rng.randrange(10, 99)}-{rng.randrange(10**7, 10**8)}", "other"),
                ("开户行及账号：", bank, "other"),
            )
        )

    cipher = "".join(rng.choice("0123456789+-*/<>") for _ in range(108))
    head = ("货物或应税劳务、服务名称", "规格型号", "单位", "数量", "单价", "金额", "税率", "税额")
    rows = '<tr class="h">' + "".join(f"<td>{t('header', h)}</td>" for h in head) + "</tr>"
    for it in items:
        name, spec, unit = it["good"]
        cells = (
            f"*{rng.choice(('办公用品', '计算机设备', '信息技术服务'))}*{name}",
            spec,
            unit,
            str(it["quantity"]),
            d._money(it["unit_price"]),
            d._money(it["amount"]),
            f"{rate}%",
            d._money(it["tax"]),
        )
        rows += _item_row(cells, lambda i: "l" if i < 3 else "")
    rows += '<tr><td colspan="8" style="height: 50px"></td></tr>'
    rows += (
        f'<tr class="s"><td class="l">{t("key", "合　计")}</td><td colspan="4"></td>'
        f"<td>{t('subtotal', f'¥{d._money(subtotal)}')}</td><td></td><td>{t('tax', f'¥{d._money(tax)}')}</td></tr>"
    )
    sig = "".join(t("other", f"{k}：{d._zh_name(rng)}") for k in ("收款人", "复核", "开票人")) + t(
        "other", "销售方：（章）"
    )
    slots = {
        "qr": qr,
        "machine": t("other", f"机器编号：{rng.randrange(10**11, 10**12)}"),
        "title": f"{rng.choice(('广东', '浙江', '上海', '江苏'))}增值税电子普通发票",
        "meta": meta,
        "buyer": party(buyer, buyer_tax, "buyer"),
        "cipher": cipher,
        "rows": rows,
        "upper_key": t("key", "价税合计（大写）"),
        "upper": t("other", f"⊗{decimal_to_cn_upper(total)}"),
        "lower": t("key", "（小写）") + t("total", f"¥{d._money(total)}"),
        "seller": party(seller, seller_tax, "seller"),
        "sig": sig,
    }
    truth = _truth(
        number,
        seller,
        buyer,
        "CNY",
        issued,
        total,
        subtotal=subtotal,
        tax=tax,
        seller_tax_id=seller_tax,
        buyer_tax_id=buyer_tax,
    )
    return slots, {"invoice_code": code} | truth


def zh_roll_invoice(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    seller = _zh_company(rng)
    buyer = _zh_company(rng, seller)
    seller_tax, buyer_tax = d._tax_id(rng), d._tax_id(rng)
    v = _invoice_values(rng, d.ZH_GOODS, Decimal(0))
    code = f"0{rng.randrange(10, 99)}0{rng.randrange(10000000, 99999999)}"
    number = f"{rng.randrange(0, 99999999):08d}"
    when = rng.choice(
        (v["issued"].isoformat(), f"{v['issued'].year}年{v['issued'].month:02d}月{v['issued'].day:02d}日")
    )
    lines = (
        ("发票代码：", code, "invoice_code"),
        ("发票号码：", number, "invoice_number"),
        ("机打号码：", number, "other"),
        ("机器编号：", f"{rng.randrange(10**11, 10**12)}", "other"),
        ("销售方名称：", seller, "seller_name"),
        ("纳税人识别号：", seller_tax, "seller_tax_id"),
        ("开票日期：", when, "date"),
        ("收款员：", d._zh_name(rng), "other"),
        ("购买方名称：", buyer, "buyer_name"),
        ("纳税人识别号：", buyer_tax, "buyer_tax_id"),
    )
    head = "".join(f"<span>{t('key', k)}{t(n, val)}</span>" for k, val, n in lines)
    rows = "<tr>" + "".join(f"<td>{t('header', h)}</td>" for h in ("项目", "单价", "数量", "金额")) + "</tr>"
    for it in v["items"]:
        cells = (it["good"][0], d._money(it["unit_price"]), str(it["quantity"]), d._money(it["amount"]))
        rows += _item_row(cells, lambda i: "n" if i else "")
    foot = (
        f"<span>{t('key', '合计金额（小写）：')}{t('total', '¥' + d._money(v['total']))}</span>"
        f"<span>{t('key', '合计金额（大写）：')}{t('other', decimal_to_cn_upper(v['total']))}</span>"
        f"<span>{t('key', '校验码：')}{t('other', ''.join(str(rng.randrange(10)) for _ in range(20)))}</span>"
    )
    slots = {
        "title": f"{rng.choice(('四川', '湖北', '北京', '福建'))}增值税普通发票",
        "copy": "（卷票）　发票联",
        "head": head,
        "rows": rows,
        "foot": foot,
    }
    truth = _truth(
        number, seller, buyer, "CNY", v["issued"], v["total"], seller_tax_id=seller_tax, buyer_tax_id=buyer_tax
    )
    return slots, {"invoice_code": code} | truth


def en_utility_bill(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    seller = f"{rng.choice(('Northgate', 'Riverside', 'Summit', 'Bay Area', 'Lakeshore'))} " + rng.choice(
        ("Power & Light Co.", "Electric Company", "Energy Services, Inc.", "Public Utilities Corp.")
    )
    person = r._person_en(rng)
    buyer = person["name"]
    town = _us_town(rng)
    issued = d._rand_date(rng, 2020, 2025)
    due = issued + timedelta(days=rng.choice((15, 21, 25)))
    fmt = rng.choice(("%m/%d/%Y", "%b %d, %Y"))
    kwh = rng.randrange(280, 1400)
    price = Decimal(rng.choice(("0.1187", "0.1242", "0.1395", "0.1520")))
    lines = [
        ("Customer Charge", Decimal(rng.choice(("9.50", "12.00", "15.25")))),
        (f"Energy Charge {kwh} kWh @ ${price}", (kwh * price).quantize(Decimal("0.01"), ROUND_HALF_UP)),
        ("Delivery Charge", (kwh * Decimal("0.0431")).quantize(Decimal("0.01"), ROUND_HALF_UP)),
    ]
    subtotal = sum((a for _, a in lines), Decimal(0))
    rate = Decimal(rng.choice(("4", "6", "7.25")))
    tax = (subtotal * rate / 100).quantize(Decimal("0.01"), ROUND_HALF_UP)
    total = subtotal + tax
    account = f"{rng.randrange(1000, 9999)} {rng.randrange(100, 999)} {rng.randrange(100, 999)}"
    bill_no = f"{rng.randrange(10**9, 10**10)}"
    prev = Decimal(rng.randrange(4000, 19000)) / 100
    seller_block = t("seller_name", seller, cls="co") + t("other", f"P.O. Box {rng.randrange(100, 9999)}, {town}")
    seller_block += t("other", f"Customer Service 1-800-{rng.randrange(200, 999)}-{rng.randrange(1000, 9999)}")
    service = t("key", "Service For:", "b") + t("buyer_name", buyer)
    service += t("other", f"{rng.randrange(10, 9999)} {rng.choice(d.EN_STREETS)}") + t("other", town)
    summary = "".join(
        f"<tr><td>{t('key', k)}</td><td>{t(n, val)}</td></tr>"
        for k, val, n in (
            ("Account Number", account, "other"),
            ("Bill Number", bill_no, "invoice_number"),
            ("Statement Date", issued.strftime(fmt), "date"),
            ("Due Date", due.strftime(fmt), "due_date"),
        )
    )
    activity = "".join(
        f"<tr><td>{t('other', k)}</td><td class='n'>{t('other', val)}</td></tr>"
        for k, val in (
            ("Previous Balance", f"${prev}"),
            ("Payment Received - Thank You", f"-${prev}"),
            ("Balance Forward", "$0.00"),
        )
    )
    charges = "".join(f"<tr><td>{t('other', k)}</td><td class='n'>{t('other', f'${a}')}</td></tr>" for k, a in lines)
    charges += (
        f"<tr class='t'><td>{t('key', 'Current Charges')}</td><td class='n'>{t('subtotal', f'${subtotal}')}</td></tr>"
    )
    charges += f"<tr><td>{t('key', f'State Sales Tax {rate}%')}</td><td class='n'>{t('tax', f'${tax}')}</td></tr>"
    charges += (
        f"<tr class='t due'><td>{t('key', 'Total Amount Due')}</td><td class='n'>{t('total', f'${total}')}</td></tr>"
    )
    bars = "".join(f'<i style="height: {rng.randrange(15, 70)}px"></i>' for _ in range(12))
    stub_left = t("other", "Please return this portion with your payment.") + t("other", f"Account Number {account}")
    stub_right = t("other", f"Amount Due ${total}") + t("other", f"Due by {due.strftime(fmt)}")
    slots = {
        "seller_block": seller_block,
        "kind": t("header", rng.choice(("ELECTRIC BILL", "UTILITY STATEMENT"))),
        "service": service,
        "summary": summary,
        "activity": activity,
        "charges": charges,
        "bars": bars,
        "stub_left": stub_left,
        "stub_right": stub_right,
    }
    return slots, _truth(bill_no, seller, buyer, "USD", issued, total, due=due, subtotal=subtotal, tax=tax)


def _eur(v: Decimal) -> str:
    return _money_eu(v) + " €"


def en_freelance_invoice(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    p = r._person_en(rng)
    cur, money, vat_key, vat_id = rng.choice(
        (
            ("EUR", _eur, "VAT ID", f"NL{rng.randrange(10**8, 10**9)}B01"),
            (
                "CHF",
                lambda v: "CHF " + d._fmt_thousands(v).replace(",", "'"),
                "UID/MWST",
                f"CHE-{rng.randrange(100, 999)}.{rng.randrange(100, 999)}.{rng.randrange(100, 999)}",
            ),
            (
                "GBP",
                lambda v: "£" + d._fmt_thousands(v),
                "VAT No.",
                f"GB {rng.randrange(100, 999)} {rng.randrange(1000, 9999)} {rng.randrange(10, 99)}",
            ),
        )
    )
    rate = {"EUR": Decimal(21), "CHF": Decimal("8.1"), "GBP": Decimal(20)}[cur]
    buyer = _company(rng)
    issued = d._rand_date(rng, 2021, 2025)
    due = issued + timedelta(days=rng.choice((14, 30)))
    fmt = rng.choice(("%d %B %Y", "%B %d, %Y", "%d %b %Y"))
    number = f"{issued.year}-{rng.randrange(1, 60):03d}"
    hourly = Decimal(rng.choice((65, 80, 95, 110, 125)))
    rows = (
        '<tr class="h">'
        + "".join(
            f"<td{' class=n' if i > 1 else ''}>{t('header', h)}</td>"
            for i, h in enumerate(("Date", "Description", "Hours", "Rate", "Amount"))
        )
        + "</tr>"
    )
    subtotal = Decimal(0)
    day = issued - timedelta(days=30)
    for task in rng.sample(
        (
            "UX research and interviews",
            "Wireframes, round 2",
            "Front-end development",
            "Design review call",
            "Bug fixes and QA",
            "Copywriting for landing page",
        ),
        rng.randrange(3, 6),
    ):
        hours = Decimal(rng.choice(("1.5", "2", "3.25", "4", "6.5", "8")))
        amount = (hours * hourly).quantize(Decimal("0.01"))
        subtotal += amount
        day += timedelta(days=rng.randrange(1, 6))
        cells = (day.strftime("%d %b"), task, str(hours), money(hourly) + "/h", money(amount))
        rows += _item_row(cells, lambda i: "n" if i > 1 else "")
    tax = (subtotal * rate / 100).quantize(Decimal("0.01"), ROUND_HALF_UP)
    total = subtotal + tax
    me = t("seller_name", p["name"], cls="me") + t(
        "other", rng.choice(("Product Design & Web Development", "Freelance Illustrator", "Copywriter"))
    )
    me += t("other", p["email"]) + t("other", f"{vat_key}: {vat_id}" + (" MWST" if cur == "CHF" else ""))
    meta = "".join(
        f"<div>{t('key', k, cls='k')}{t(n, val)}</div>"
        for k, val, n in (
            ("Billed to", buyer, "buyer_name"),
            ("Invoice no.", number, "invoice_number"),
            ("Issued", issued.strftime(fmt), "date"),
            ("Payment due", due.strftime(fmt), "due_date"),
        )
    )
    totals = _totals_rows(
        (
            ("Subtotal", subtotal, "subtotal", ""),
            (f"VAT {rate}%", tax, "tax", ""),
            (f"Total due ({cur})", total, "total", "g"),
        ),
        money,
    )
    other_cur, fx = rng.choice((("USD", Decimal("1.0856")), ("USD", Decimal("1.1172")), ("EUR", Decimal("0.9412"))))
    if other_cur == cur:
        other_cur = "USD"
    eq = t("other", f"≈ {other_cur} {d._fmt_thousands(total * fx)} at {fx} (for information only)")
    pay = t(
        "other",
        f"Please pay within {(due - issued).days} days to IBAN NL{rng.randrange(10, 99)} INGB "
        f"{rng.randrange(1000, 9999)} {rng.randrange(1000, 9999)} {rng.randrange(10, 99)}",
    )
    pay += t("other", "Thank you!")
    slots = {"me": me, "meta": meta, "rows": rows, "totals": totals, "eq": eq, "pay": pay}
    return slots, _truth(
        number,
        p["name"],
        buyer,
        cur,
        issued,
        total,
        due=due,
        subtotal=subtotal,
        tax=tax,
        seller_tax_id=vat_id.replace(" ", ""),
    )


def en_credit_note(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    seller = _company(rng, forms=("Ltd", "Limited", "LLP"))
    buyer = _company(rng, seller)
    v = _invoice_values(rng, d.EN_GOODS, Decimal(20))
    vat = f"GB {rng.randrange(100, 999)} {rng.randrange(1000, 9999)} {rng.randrange(10, 99)}"
    letterhead = t("seller_name", seller, cls="co")
    letterhead += t(
        "other",
        f"{rng.randrange(1, 200)} {rng.choice(('High Street', 'Station Road', 'Mill Lane'))}, "
        f"{rng.choice(('Leeds', 'Bristol', 'Norwich', 'York'))}",
        cls="small",
    )
    letterhead += t("other", f"Company No. {rng.randrange(10**7, 10**8)} · VAT Reg. No. {vat}", cls="small")
    number = f"CN-{rng.randrange(100, 9999):05d}"
    original = f"INV-{rng.randrange(1000, 99999):05d}"
    fmt = rng.choice(("%d/%m/%Y", "%d %B %Y"))
    to = t("key", "Credit To:", "b") + t("buyer_name", buyer)
    to += t("other", f"{rng.randrange(1, 99)} {rng.choice(d.EN_STREETS)}") + t("other", "Manchester M1 2AB")
    meta = "".join(
        f"<tr><td>{t('key', k)}</td><td>{t(n, val)}</td></tr>"
        for k, val, n in (
            ("Credit Note No.", number, "invoice_number"),
            ("Date", v["issued"].strftime(fmt), "date"),
            ("Original Invoice", original, "other"),
            ("Reason", rng.choice(("Goods returned", "Damaged in transit", "Pricing error")), "other"),
        )
    )
    rows = '<tr class="h">' + "".join(
        f"<td>{t('header', h)}</td>" for h in ("Code", "Description", "Qty", "Unit Price", "Net")
    )
    rows += "</tr>" + "".join(
        _item_row(_item_cells(f"P{rng.randrange(100, 999)}", it), lambda i: "n" if i > 1 else "") for it in v["items"]
    )
    totals = _totals_rows(
        (
            ("Net Amount", v["subtotal"], "subtotal", ""),
            ("VAT @ 20%", v["tax"], "tax", ""),
            ("Total Credit", v["total"], "total", ""),
        ),
        lambda a: "£" + d._fmt_thousands(a),
    )
    note = f"This credit has been applied to your account against invoice {original}. No payment is required."
    slots = {"letterhead": letterhead, "to": to, "meta": meta, "rows": rows, "totals": totals, "note": note}
    return slots, _truth_of(
        number,
        seller,
        buyer,
        "GBP",
        v,
        due=False,
        seller_tax_id=vat.replace(" ", ""),
    )


# --- round 12: written after round 11 was fixed, scored before any change (first score only) -----------------------
# A two-page-style English resume: the name and contact lines (`Tel.`, `E-mail`, `Location`) right-aligned in a band,
# a `Page 1 of 2` running footer, a skills matrix table (`Skill | Level | Years`), employment in a ruled table
# (`Period | Employer | Role`) and education as a table (`Degree | Field | Institution | Year`).
EN_MATRIX_CSS = """
body {{ padding: 40px 50px; font-size: 13px; }}
.band {{ display: flex; justify-content: space-between; align-items: flex-end; border-bottom: 3px double {accent};
  padding-bottom: 8px; }}
h1 {{ font-size: 28px; color: {accent}; }} .role {{ display: block; font-size: 14px; color: #555; }}
.ct {{ text-align: right; font-size: 12px; }} .ct span {{ display: block; }}
h2 {{ font-size: 13px; text-transform: uppercase; letter-spacing: 2px; margin: 18px 0 6px; color: {accent}; }}
table.m {{ width: 100%; }} .m td {{ border: 1px solid #bbb; padding: 4px 6px; }}
.m tr.h td {{ background: {shade}; font-weight: bold; }}
.foot {{ position: absolute; bottom: 30px; left: 50px; right: 50px; font-size: 11px; color: #888;
  display: flex; justify-content: space-between; border-top: 1px solid #ccc; padding-top: 4px; }}
"""
EN_MATRIX_BODY = """
<div class="band"><div><h1 data-gt="name">{name}</h1>{role}</div><div class="ct">{contact}</div></div>
<h2 data-gt="header">Profile</h2><p data-gt="other">{summary}</p>
<h2 data-gt="header">Skills Matrix</h2><table class="m">{skills}</table>
<h2 data-gt="header">Employment History</h2><table class="m">{jobs}</table>
<h2 data-gt="header">Education</h2><table class="m">{edu}</table>
<div class="foot">{foot}</div>
"""

# A European-style CV: the dates and the keys in a narrow right-aligned left column, the values to the right of a
# rule; `PERSONAL INFORMATION` as a key / value block (`Address`, `Telephone`, `E-mail`, `Nationality`, `Date of
# birth`), then `WORK EXPERIENCE` and `EDUCATION AND TRAINING` with the dates on the left of each entry.
EN_EURO_CSS = """
body {{ padding: 44px 50px; font-size: 13px; }}
.row {{ display: flex; margin: 5px 0; }} .row .l {{ width: 200px; text-align: right; padding-right: 16px;
  color: {accent}; font-size: 12px; border-right: 1px solid {accent}; }} .row .v {{ padding-left: 16px; flex: 1; }}
.row .v span {{ display: block; }} .row .v b {{ display: block; }}
.sec {{ display: flex; margin: 20px 0 8px; }} .sec .l {{ width: 200px; text-align: right; padding-right: 16px;
  font-weight: bold; font-size: 12px; letter-spacing: 1px; color: {accent}; }}
.sec .bar {{ flex: 1; border-bottom: 2px solid {accent}; margin-left: 16px; }}
.nm {{ font-size: 22px; }}
"""
EN_EURO_BODY = """
<div class="sec"><span class="l" data-gt="header">PERSONAL INFORMATION</span><div class="bar"></div></div>
{personal}
<div class="sec"><span class="l" data-gt="header">WORK EXPERIENCE</span><div class="bar"></div></div>
{work}
<div class="sec"><span class="l" data-gt="header">EDUCATION AND TRAINING</span><div class="bar"></div></div>
{edu}
<div class="sec"><span class="l" data-gt="header">PERSONAL SKILLS</span><div class="bar"></div></div>
{skills}
"""

# A purchase-order-like invoice: the seller top left, `INVOICE` right, `Bill To` and `Ship To` side by side in a
# ruled grid, a one-row grid of keys over values (`Invoice #`, `Invoice Date`, `P.O. Number`, `Terms`, `Due Date`,
# `Sales Rep`), items with `Item # | Description | Qty | U/M | Unit Price | Ext. Price`, then `Subtotal`,
# `Freight`, `Sales Tax`, `Invoice Total`.
EN_PO_CSS = """
body {{ padding: 40px 46px; font-size: 12px; }}
.top {{ display: flex; justify-content: space-between; }} .top span {{ display: block; }}
.co {{ font-size: 19px; font-weight: bold; }} h1 {{ font-size: 30px; letter-spacing: 3px; color: {accent}; }}
table.g {{ width: 100%; margin-top: 14px; }} .g td {{ border: 1px solid #444; padding: 4px 6px; vertical-align: top; }}
.g tr.h td {{ background: {shade}; font-weight: bold; text-align: center; }} .g td span {{ display: block; }}
.g td.n {{ text-align: right; }} .g.k td {{ text-align: center; }}
.tot {{ margin: 0 0 0 auto; }} .tot td {{ border: 1px solid #444; padding: 4px 10px; }}
.tot td:last-child {{ text-align: right; min-width: 110px; }}
.tot tr.g2 td {{ font-weight: bold; background: {shade}; }}
.rem {{ margin-top: 20px; font-size: 11px; color: #555; }}
"""
EN_PO_BODY = """
<div class="top"><div>{seller_block}</div><h1 data-gt="header">INVOICE</h1></div>
<table class="g"><tr class="h"><td>{bill_key}</td><td>{ship_key}</td></tr>
<tr><td>{bill}</td><td>{ship}</td></tr></table>
<table class="g k">{keys}</table>
<table class="g">{rows}</table>
<table class="tot">{totals}</table>
<p class="rem" data-gt="other">{remark}</p>
"""

# A hotel guest folio: the hotel's name and address centred, `GUEST FOLIO`, the guest's name with `Room`, `Arrival`,
# `Departure`, `Folio No.`, `Date`; nightly charges by date as `Date | Description | Charges | Credits`, the room tax
# per night, then a summary: `Total Room & Services`, `Total Taxes`, `Total Charges`, the card payment and
# `Balance 0.00`.
EN_FOLIO_CSS = """
body {{ padding: 44px 54px; font-size: 12px; }}
.hd {{ text-align: center; }} .hd span {{ display: block; }} .htl {{ font-size: 22px; font-variant: small-caps;
  color: {accent}; }}
h1 {{ font-size: 15px; letter-spacing: 4px; text-align: center; margin: 14px 0; border-top: 1px solid #333;
  border-bottom: 1px solid #333; padding: 4px; }}
.two {{ display: flex; justify-content: space-between; }} .two td {{ padding: 2px 10px 2px 0; }}
.two td:first-child {{ color: #555; }}
table.c {{ width: 100%; margin-top: 16px; }} .c td {{ padding: 4px 6px; border-bottom: 1px dotted #aaa; }}
.c td.n {{ text-align: right; }} .c tr.h td {{ border-bottom: 1px solid #333; font-weight: bold; }}
.sum {{ margin: 14px 0 0 auto; }} .sum td {{ padding: 3px 8px; }} .sum td:last-child {{ text-align: right; }}
.sum tr.b td {{ font-weight: bold; border-top: 1px solid #333; }}
.sig {{ margin-top: 40px; font-size: 11px; color: #555; }}
"""
EN_FOLIO_BODY = """
<div class="hd">{hotel}</div>
<h1 data-gt="header">GUEST FOLIO</h1>
<div class="two"><table>{guest}</table><table>{stay}</table></div>
<table class="c">{rows}</table>
<table class="sum">{summary}</table>
<p class="sig" data-gt="other">{sig}</p>
"""

# A 求职简历 on a form: full-width shaded section bars (基本信息 / 求职意向 / 教育经历 / 工作经验 /
# 自我评价); 基本信息 a four-column table of letter-spaced keys (`姓　　名`, `出生日期`, `籍　　贯`, `手　　机`,
# `邮　　箱`, `现居地址`, `最高学历`) beside their values; education a table with a header row
# (`起止时间 | 学校名称 | 专业 | 学历`).
ZH_JOBFORM_CSS = """
body {{ padding: 40px 50px; font-size: 13px; }}
h1 {{ text-align: center; font-size: 24px; letter-spacing: {spacing}px; margin-bottom: 12px; }}
.bar {{ background: {accent}; color: #fff; padding: 4px 10px; font-weight: bold; margin: 14px 0 6px; }}
table {{ width: 100%; }} td {{ border: 1px solid #999; padding: 5px 8px; }}
td.k {{ background: {shade}; width: 90px; }} tr.h td {{ background: {shade}; text-align: center; }}
p {{ line-height: 1.6; }}
"""
ZH_JOBFORM_BODY = """
<h1 data-gt="header">{title}</h1>
<div class="bar" data-gt="header">基本信息</div><table>{info}</table>
<div class="bar" data-gt="header">求职意向</div><table>{want}</table>
<div class="bar" data-gt="header">教育经历</div><table>{edu}</table>
<div class="bar" data-gt="header">工作经验</div><p data-gt="other">{work}</p>
<div class="bar" data-gt="header">自我评价</div><p data-gt="other">{about}</p>
"""

# A shop's 销售清单 (sales list): the seller's name as the title over `销售清单`, `客户名称：` / `单据编号：` /
# `销售日期：` / `业务员：` on two lines, the goods as `商品编码 | 商品名称 | 规格型号 | 数量 | 单价 | 金额`,
# `合计`, `优惠`, `实收金额` with its 大写, and the shop's address, phone and 收款人 at the foot.
ZH_SALES_CSS = """
body {{ padding: 40px 46px; font-size: 13px; }}
.co {{ display: block; text-align: center; font-size: 20px; font-weight: bold; }}
h1 {{ text-align: center; font-size: 18px; letter-spacing: {spacing}px; margin: 4px 0 12px; }}
.meta {{ display: flex; flex-wrap: wrap; }} .meta span {{ width: 50%; margin: 2px 0; }}
table {{ width: 100%; margin-top: 8px; }} td {{ border: 1px solid #666; padding: 4px 6px; }}
td.n {{ text-align: right; }}
tr.h td {{ text-align: center; background: {shade}; }}
.foot {{ margin-top: 14px; display: flex; justify-content: space-between; font-size: 12px; }}
"""
ZH_SALES_BODY = """
{seller}<h1 data-gt="header">{title}</h1>
<div class="meta">{meta}</div>
<table>{rows}</table>
<div class="foot">{foot}</div>
"""


def en_matrix_resume(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    p = r._person_en(rng)
    keys = rng.choice((("Tel.", "E-mail", "Location"), ("Phone:", "Email:", "Based in:")))
    contact = "".join(
        f"<span>{t('key', k)} {t(n, v)}</span>"
        for k, v, n in zip(keys, (p["phone_txt"], p["email"], p["city"]), ("phone", "email", "city"), strict=True)
    )
    skills = '<tr class="h">' + "".join(f"<td>{t('header', h)}</td>" for h in ("Skill", "Level", "Years")) + "</tr>"
    for s in rng.sample(r.SKILLS, 4):
        lvl = rng.choice(("Expert", "Advanced", "Intermediate"))
        skills += (
            f"<tr><td>{t('other', s)}</td><td>{t('other', lvl)}</td><td>{t('other', rng.randrange(1, 9))}</td></tr>"
        )
    jobs = '<tr class="h">' + "".join(f"<td>{t('header', h)}</td>" for h in ("Period", "Employer", "Role")) + "</tr>"
    for i in range(2):
        comp = f"{rng.choice(d.EN_COMPANY_A)} {rng.choice(d.EN_COMPANY_B)} {rng.choice(d.EN_SUFFIX)}"
        span = f"{2015 + 4 * i}–{'present' if i else 2019}"
        role = rng.choice(d.EN_POSITIONS)
        jobs += f"<tr><td>{t('date', span)}</td><td>{t('other', comp)}</td><td>{t('other', role)}</td></tr>"
    end = rng.randrange(2008, 2015)
    head = ("Degree", "Field", "Institution", "Year")
    edu = '<tr class="h">' + "".join(f"<td>{t('header', h)}</td>" for h in head) + "</tr>"
    edu += (f"<tr><td>{t('degree', p['degree'])}</td><td>{t('major', p['major'] or 'Business Administration')}</td>"
            f"<td>{t('school', p['school'])}</td><td>{t('date', end)}</td></tr>")  # fmt: skip
    fields = r._fields(p) | {"major": p["major"] or "Business Administration"}
    foot = t("other", f"{p['name']} — Curriculum Vitae") + t("other", "Page 1 of 2")
    slots = {"name": html.escape(p["name"]), "role": t("other", rng.choice(d.EN_POSITIONS), cls="role"),
             "contact": contact, "summary": html.escape(_summary(rng)), "skills": skills, "jobs": jobs, "edu": edu,
             "foot": foot}  # fmt: skip
    return slots, fields


EURO_CITIES = (("Amsterdam", "1012 AB"), ("Lyon", "69002"), ("Milan", "20121"), ("Vienna", "1010"),
               ("Porto", "4050-001"), ("Ghent", "9000"))  # fmt: skip


def en_euro_cv(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    p = r._person_en(rng)
    city, post = rng.choice(EURO_CITIES)
    phone = (
        f"+{rng.choice((31, 33, 39, 43))} {rng.randrange(10, 99)} {rng.randrange(100, 999)} {rng.randrange(1000, 9999)}"
    )

    def row(key: str, val: str) -> str:
        return f'<div class="row"><span class="l">{key}</span><div class="v">{val}</div></div>'

    street = (
        f"{rng.choice(('Keizersgracht', 'Rue de la République', 'Via Roma', 'Ringstraße'))} {rng.randrange(1, 300)}"
    )
    personal = row("", t("name", p["name"], cls="nm"))
    personal += row(t("key", "Address"), t("other", f"{street}, {post}") + t("city", city))
    personal += row(t("key", "Telephone"), t("phone", phone))
    personal += row(t("key", "E-mail"), t("email", p["email"]))
    personal += row(t("key", "Nationality"), t("other", rng.choice(("Dutch", "French", "Italian", "Austrian"))))
    by = rng.randrange(1978, 2000)
    personal += row(
        t("key", "Date of birth"), t("other", f"{rng.randrange(1, 29):02d}/{rng.randrange(1, 13):02d}/{by}")
    )
    work = ""
    for i in range(2):
        comp = f"{rng.choice(d.EN_COMPANY_A)} {rng.choice(d.EN_COMPANY_B)} {rng.choice(d.EN_SUFFIX)}"
        beg = 2014 + 4 * i
        when = f"{rng.randrange(1, 13):02d}/{beg} – " + ("present" if i else f"{rng.randrange(1, 13):02d}/{beg + 4}")
        work += row(t("date", when), t("other", rng.choice(d.EN_POSITIONS), "b") + t("other", f"{comp}, {city}")
                    + t("other", rng.choice(r.BULLETS)))  # fmt: skip
    degree = rng.choice(("Master of Science", "Bachelor of Arts", "Master of Arts", "Bachelor of Science"))
    major = rng.choice(r.EN_MAJORS_MORE)
    schools = ("University of Amsterdam", "Université Lyon 2", "Politecnico di Milano", "University of Vienna")
    school = rng.choice((*schools, p["school"]))
    end = rng.randrange(2006, 2014)
    edu = row(t("date", f"09/{end - 2} – 07/{end}"), t("other", f"{degree} in {major}", "b") + t("school", school))
    fields = {"name": p["name"], "phone": phone, "email": p["email"], "city": city, "degree": degree, "major": major,
              "school": school}  # fmt: skip
    skills = row(t("key", "Mother tongue(s)"), t("other", rng.choice(("Dutch", "French", "Italian", "German"))))
    skills += row(t("key", "Digital skills"), t("other", ", ".join(rng.sample(r.SKILLS, 4))))
    return {"personal": personal, "work": work, "edu": edu, "skills": skills}, fields


def en_po_invoice(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    seller = _company(rng)
    buyer = _company(rng, seller)
    v = _invoice_values(rng, d.EN_GOODS, Decimal(0))
    rate = Decimal(rng.choice(("6", "7", "8.25")))
    freight = Decimal(rng.choice(("25.00", "48.50", "75.00", "12.95")))
    tax = (v["subtotal"] * rate / 100).quantize(Decimal("0.01"), ROUND_HALF_UP)
    total = v["subtotal"] + freight + tax
    town = _us_town(rng)
    seller_block = t("seller_name", seller, cls="co") + t(
        "other", f"{rng.randrange(100, 9999)} {rng.choice(d.EN_STREETS)}"
    )
    seller_block += t("other", town) + t(
        "other", f"Phone ({rng.randrange(201, 989)}) {rng.randrange(200, 999)}-{rng.randrange(1000, 9999)}"
    )
    bill = (
        t("buyer_name", buyer)
        + t("other", "Attn: Accounts Payable")
        + t("other", f"{rng.randrange(10, 999)} {rng.choice(d.EN_STREETS)}")
    )
    bill += t("other", _us_town(rng))
    ship = t("other", f"{buyer} — Receiving") + t(
        "other", f"Dock {rng.randrange(1, 9)}, {rng.randrange(10, 999)} Industrial Pkwy"
    )
    ship += t("other", _us_town(rng))
    number = f"{rng.randrange(10000, 99999)}"
    fmt = rng.choice(("%m/%d/%Y", "%m/%d/%y"))
    keys = (("Invoice #", number, "invoice_number"), ("Invoice Date", v["issued"].strftime(fmt), "date"),
            ("P.O. Number", f"PO-{rng.randrange(1000, 9999)}", "other"), ("Terms", "Net 30", "other"),
            ("Due Date", v["due"].strftime(fmt), "due_date"),
            ("Sales Rep", rng.choice(("JM", "KL", "TR")), "other"))  # fmt: skip
    keyrow = '<tr class="h">' + "".join(f"<td>{t('key', k)}</td>" for k, _, _ in keys) + "</tr>"
    keyrow += "<tr>" + "".join(f"<td>{t(n, val)}</td>" for _, val, n in keys) + "</tr>"
    head = ("Item #", "Description", "Qty", "U/M", "Unit Price", "Ext. Price")
    rows = '<tr class="h">' + "".join(f"<td>{t('header', h)}</td>" for h in head) + "</tr>"
    for it in v["items"]:
        cells = (f"{rng.choice('ABCK')}{rng.randrange(1000, 9999)}", it["good"], str(it["quantity"]), "EA",
                 d._fmt_thousands(it["unit_price"]), d._fmt_thousands(it["amount"]))  # fmt: skip
        rows += _item_row(cells, lambda i: "n" if i in (2, 4, 5) else "")
    totals = _totals_rows((("Subtotal", v["subtotal"], "subtotal", ""), ("Freight", freight, "other", ""),
                           (f"Sales Tax ({rate}%)", tax, "tax", ""), ("Invoice Total", total, "total", "g2")),
                          lambda a: "$" + d._fmt_thousands(a))  # fmt: skip
    slots = {"seller_block": seller_block, "bill_key": t("key", "Bill To"), "ship_key": t("key", "Ship To"),
             "bill": bill, "ship": ship, "keys": keyrow, "rows": rows, "totals": totals,
             "remark": "Please reference the invoice number with your remittance. "
                       "Past-due balances accrue 1.5% monthly."}  # fmt: skip
    return slots, _truth(
        number, seller, buyer, "USD", v["issued"], total, due=v["due"], subtotal=v["subtotal"], tax=tax
    )


def en_hotel_folio(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    hotel = f"The {rng.choice(('Harbor View', 'Grand Meridian', 'Pinecrest', 'Riverside Plaza'))} " + rng.choice(
        ("Hotel", "Inn & Suites", "Resort")
    )
    guest = r._person_en(rng)["name"]
    nights = rng.randrange(2, 5)
    arrive = d._rand_date(rng, 2021, 2025)
    depart = arrive + timedelta(days=nights)
    fmt = rng.choice(("%m/%d/%Y", "%d-%b-%Y"))
    rate = Decimal(rng.choice(("149.00", "189.00", "229.00", "279.50")))
    tax_pct = Decimal(rng.choice(("13.5", "14.75", "16")))
    rows = '<tr class="h">' + "".join(
        f"<td{' class=n' if i > 1 else ''}>{t('header', h)}</td>"
        for i, h in enumerate(("Date", "Description", "Charges", "Credits"))
    ) + "</tr>"  # fmt: skip
    services, taxes = Decimal(0), Decimal(0)
    for k in range(nights):
        day = (arrive + timedelta(days=k)).strftime(fmt)
        night_tax = (rate * tax_pct / 100).quantize(Decimal("0.01"), ROUND_HALF_UP)
        services += rate
        taxes += night_tax
        rows += _item_row((day, "Room Charge", d._fmt_thousands(rate), ""), lambda i: "n" if i > 1 else "")
        rows += _item_row(
            (day, f"Occupancy Tax {tax_pct}%", d._fmt_thousands(night_tax), ""), lambda i: "n" if i > 1 else ""
        )
    extra = Decimal(rng.randrange(1800, 9000)) / 100
    services += extra
    outlet = rng.choice(("Restaurant", "Room Service", "Minibar"))
    rows += _item_row((depart.strftime(fmt), outlet, d._fmt_thousands(extra), ""),
                      lambda i: "n" if i > 1 else "")  # fmt: skip
    total = services + taxes
    card = f"{rng.choice(('VISA', 'Mastercard', 'AMEX'))} XXXX{rng.randrange(1000, 9999)}"
    rows += _item_row((depart.strftime(fmt), card, "", f"-{d._fmt_thousands(total)}"), lambda i: "n" if i > 1 else "")
    street = f"{rng.randrange(10, 999)} {rng.choice(('Ocean Drive', 'Harbor Blvd', 'Market Street'))}"
    town = _us_town(rng)
    hotel_block = t("seller_name", hotel, cls="htl") + t("other", f"{street}, {town}")
    hotel_block += t("other", f"Tel {rng.randrange(201, 989)}-{rng.randrange(200, 999)}-{rng.randrange(1000, 9999)}")
    folio = f"{rng.randrange(100000, 999999)}"
    guest_rows = (("Guest Name", guest, "buyer_name"), ("Room", str(rng.randrange(101, 1299)), "other"),
                  ("Arrival", arrive.strftime(fmt), "other"), ("Departure", depart.strftime(fmt), "other"))  # fmt: skip
    stay_rows = (("Folio No.", folio, "invoice_number"), ("Date", depart.strftime(fmt), "date"),
                 ("Rate", f"${rate}", "other"), ("Cashier", rng.choice(("ADM", "FD2", "NA")), "other"))  # fmt: skip

    def kv(rows: tuple[tuple[str, str, str], ...]) -> str:
        return "".join(f"<tr><td>{t('key', k)}</td><td>{t(n, val)}</td></tr>" for k, val, n in rows)

    summary = _totals_rows((("Total Room & Services", services, "subtotal", ""), ("Total Taxes", taxes, "tax", ""),
                            ("Total Charges", total, "total", "b"), ("Total Payments", -total, "other", ""),
                            ("Balance", Decimal("0.00"), "other", "b")),
                           lambda a: "$" + d._fmt_thousands(a))  # fmt: skip
    sig = "I agree that my liability for this bill is not waived. Guest signature: ____________________"
    slots = {"hotel": hotel_block, "guest": kv(guest_rows), "stay": kv(stay_rows), "rows": rows, "summary": summary,
             "sig": sig}  # fmt: skip
    return slots, _truth(folio, hotel, guest, "USD", depart, total, subtotal=services, tax=taxes)


def zh_jobform_resume(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    p = r._person_zh(rng)
    gender = rng.choice("男女")
    by, bm = rng.randrange(1985, 2002), rng.randrange(1, 13)
    native = rng.choice(d.ZH_CITIES)
    pairs = (("姓　　名", p["name"], "name"), ("性　　别", gender, "gender"),
             ("出生日期", f"{by}年{bm}月", "birth_date"), ("籍　　贯", native, "other"),
             ("手　　机", p["phone_txt"], "phone"), ("邮　　箱", p["email"], "email"),
             ("现居地址", p["city"], "city"), ("最高学历", p["degree"], "degree"))  # fmt: skip
    info = ""
    for i in range(0, len(pairs), 2):
        info += (
            "<tr>"
            + "".join(f'<td class="k">{t("key", k)}</td><td>{t(n, val)}</td>' for k, val, n in pairs[i : i + 2])
            + "</tr>"
        )
    want = (f'<tr><td class="k">{t("key", "期望职位")}</td><td>{t("other", rng.choice(d.ZH_POSITIONS))}</td>'
            f'<td class="k">{t("key", "期望薪资")}</td>'
            f'<td>{t("other", f"{rng.randrange(6, 30)}K-{rng.randrange(31, 45)}K")}</td></tr>')  # fmt: skip
    beg = rng.randrange(2006, 2019)
    edu = (
        '<tr class="h">'
        + "".join(f"<td>{t('header', h)}</td>" for h in ("起止时间", "学校名称", "专业", "学历"))
        + "</tr>"
    )
    edu += (f"<tr><td>{t('date', f'{beg}.09-{beg + 4}.07')}</td><td>{t('school', p['school'])}</td>"
            f"<td>{t('major', p['major'])}</td><td>{t('degree', p['degree'])}</td></tr>")  # fmt: skip
    work = f"{beg + 4}.08-至今　{_zh_company(rng)}　{rng.choice(d.ZH_POSITIONS)}：负责部门日常工作，完成年度目标。"
    slots = {"title": rng.choice(("求职简历", "个人求职简历", "求 职 简 历")), "info": info, "want": want, "edu": edu,
             "work": html.escape(work), "about": "性格开朗，学习能力强，能吃苦耐劳，具有良好的沟通能力。"}  # fmt: skip
    return slots, r._fields(p) | {"gender": gender, "birth_date": f"{by}-{bm:02d}"}


def zh_sales_list(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    city, shop = rng.choice(d.ZH_CITIES), rng.choice(("鑫源", "恒达", "华联", "诚信"))
    seller = f"{city}{shop}{rng.choice(('办公用品商行', '电脑经营部', '五金商店'))}"
    buyer = _zh_company(rng)
    v = _invoice_values(rng, d.ZH_GOODS, Decimal(0))
    discount = Decimal(rng.choice(("0.00", "10.00", "20.00", "50.00")))
    paid = v["subtotal"] - discount
    number = f"XS{v['issued'].strftime('%Y%m%d')}{rng.randrange(1, 999):03d}"
    meta = "".join(
        f"<span>{t('key', k)}{t(n, val)}</span>"
        for k, val, n in (("客户名称：", buyer, "buyer_name"), ("单据编号：", number, "invoice_number"),
                          ("销售日期：", d._zh_date(v["issued"], rng), "date"), ("业务员：", d._zh_name(rng), "other"))
    )  # fmt: skip
    head = ("商品编码", "商品名称", "规格型号", "数量", "单价", "金额")
    rows = '<tr class="h">' + "".join(f"<td>{t('header', h)}</td>" for h in head) + "</tr>"
    for it in v["items"]:
        name, spec, unit = it["good"]
        cells = (f"{rng.randrange(10**5, 10**6)}", name, spec, f"{it['quantity']}{unit}", d._money(it["unit_price"]),
                 d._money(it["amount"]))  # fmt: skip
        rows += _item_row(cells, lambda i: "n" if i > 2 else "")
    rows += (f'<tr><td colspan="5">{t("key", "合计")}</td>'
             f'<td class="n">{t("subtotal", d._money(v["subtotal"]))}</td></tr>'
             f'<tr><td colspan="5">{t("key", "优惠")}</td><td class="n">{t("other", d._money(discount))}</td></tr>'
             f'<tr><td colspan="2">{t("key", "实收金额（大写）")}</td>'
             f'<td colspan="2">{t("other", decimal_to_cn_upper(paid))}</td>'
             f'<td>{t("key", "（小写）")}</td><td class="n">{t("total", "¥" + d._money(paid))}</td></tr>')  # fmt: skip
    foot = t("other", f"地址：{rng.choice(d.ZH_CITIES)}市建设路{rng.randrange(1, 300)}号")
    foot += t("other", f"电话：0{rng.randrange(10, 99)}-{rng.randrange(10**7, 10**8)}") + t(
        "other", f"收款人：{d._zh_name(rng)}"
    )
    slots = {"seller": t("seller_name", seller, cls="co"), "title": rng.choice(("销售清单", "销 售 清 单", "销售单")),
             "meta": meta, "rows": rows, "foot": foot}  # fmt: skip
    return slots, _truth(number, seller, buyer, "CNY", v["issued"], paid)


# name -> (layout, values); the layout's css takes `font`, `size`, `accent`, `shade`, `keyshade`, `spacing`
FAMILIES = {
    "en_sidebar_resume": (Family("en", "resume", "resume", EN_SIDEBAR_CSS, EN_SIDEBAR_BODY), en_sidebar_resume),
    "en_band_resume": (Family("en", "resume", "resume", EN_BAND_CSS, EN_BAND_BODY), en_band_resume),
    "zh_table_resume": (Family("zh", "resume", "resume", ZH_TABLE_CSS, ZH_TABLE_BODY), zh_table_resume),
    "en_saas_invoice": (Family("en", "invoice", "invoice", EN_SAAS_CSS, EN_SAAS_BODY), en_saas_invoice),
    "eu_vat_invoice": (Family("en", "invoice", "invoice", EU_VAT_CSS, EU_VAT_BODY), eu_vat_invoice),
    "zh_receipt": (Family("zh", "invoice", "invoice_cn", ZH_RECEIPT_CSS, ZH_RECEIPT_BODY), zh_receipt),
    # round 9b
    "zh_sidebar_resume": (Family("zh", "resume", "resume", ZH_SIDEBAR_CSS, ZH_SIDEBAR_BODY), zh_sidebar_resume),
    "uk_invoice": (Family("en", "invoice", "invoice", UK_INVOICE_CSS, UK_INVOICE_BODY), uk_invoice),
    # round 10
    "en_timeline_resume": (Family("en", "resume", "resume", EN_TIMELINE_CSS, EN_TIMELINE_BODY), en_timeline_resume),
    "en_faculty_cv": (Family("en", "resume", "resume", EN_FACULTY_CSS, EN_FACULTY_BODY), en_faculty_cv),
    "en_dense_resume": (Family("en", "resume", "resume", EN_DENSE_CSS, EN_DENSE_BODY), en_dense_resume),
    "zh_intent_resume": (Family("zh", "resume", "resume", ZH_INTENT_CSS, ZH_INTENT_BODY), zh_intent_resume),
    "en_remit_invoice": (Family("en", "invoice", "invoice", EN_REMIT_CSS, EN_REMIT_BODY), en_remit_invoice),
    "sg_gst_invoice": (Family("en", "invoice", "invoice", SG_GST_CSS, SG_GST_BODY), sg_gst_invoice),
    "zh_einvoice": (Family("zh", "invoice", "invoice_cn_vat", ZH_EINV_CSS, ZH_EINV_BODY), zh_einvoice),
    # round 10b
    "en_functional_resume": (
        Family("en", "resume", "resume", EN_FUNCTIONAL_CSS, EN_FUNCTIONAL_BODY),
        en_functional_resume,
    ),
    "zh_form_resume": (Family("zh", "resume", "resume", ZH_FORM_CSS, ZH_FORM_BODY), zh_form_resume),
    "in_gst_invoice": (Family("en", "invoice", "invoice", IN_GST_CSS, IN_GST_BODY), in_gst_invoice),
    "zh_delivery_note": (Family("zh", "invoice", "invoice_cn", ZH_DELIVERY_CSS, ZH_DELIVERY_BODY), zh_delivery_note),
    # round 10c
    "en_details_resume": (Family("en", "resume", "resume", EN_DETAILS_CSS, EN_DETAILS_BODY), en_details_resume),
    "zh_minimal_resume": (Family("zh", "resume", "resume", ZH_MINIMAL_CSS, ZH_MINIMAL_BODY), zh_minimal_resume),
    "ca_hst_invoice": (Family("en", "invoice", "invoice", CA_HST_CSS, CA_HST_BODY), ca_hst_invoice),
    # round 11
    "zh_card_resume": (Family("zh", "resume", "resume", ZH_CARD_CSS, ZH_CARD_BODY), zh_card_resume),
    "zh_twocol_resume": (Family("zh", "resume", "resume", ZH_TWOCOL_CSS, ZH_TWOCOL_BODY), zh_twocol_resume),
    "zh_qr_einvoice": (Family("zh", "invoice", "invoice_cn_vat", ZH_QR_CSS, ZH_QR_BODY), zh_qr_einvoice),
    "zh_roll_invoice": (Family("zh", "invoice", "invoice_cn_vat", ZH_ROLL_CSS, ZH_ROLL_BODY), zh_roll_invoice),
    "en_utility_bill": (Family("en", "invoice", "invoice", EN_UTILITY_CSS, EN_UTILITY_BODY), en_utility_bill),
    "en_freelance_invoice": (
        Family("en", "invoice", "invoice", EN_FREELANCE_CSS, EN_FREELANCE_BODY),
        en_freelance_invoice,
    ),
    "en_credit_note": (Family("en", "invoice", "invoice", EN_CREDIT_CSS, EN_CREDIT_BODY), en_credit_note),
    # round 12
    "en_matrix_resume": (Family("en", "resume", "resume", EN_MATRIX_CSS, EN_MATRIX_BODY), en_matrix_resume),
    "en_euro_cv": (Family("en", "resume", "resume", EN_EURO_CSS, EN_EURO_BODY), en_euro_cv),
    "en_po_invoice": (Family("en", "invoice", "invoice", EN_PO_CSS, EN_PO_BODY), en_po_invoice),
    "en_hotel_folio": (Family("en", "invoice", "invoice", EN_FOLIO_CSS, EN_FOLIO_BODY), en_hotel_folio),
    "zh_jobform_resume": (Family("zh", "resume", "resume", ZH_JOBFORM_CSS, ZH_JOBFORM_BODY), zh_jobform_resume),
    "zh_sales_list": (Family("zh", "invoice", "invoice_cn", ZH_SALES_CSS, ZH_SALES_BODY), zh_sales_list),
}
ROUND9 = ("en_sidebar_resume", "en_band_resume", "zh_table_resume", "en_saas_invoice", "eu_vat_invoice", "zh_receipt")
ROUND9B = ("zh_sidebar_resume", "uk_invoice")  # written after round 9 was fixed, scored before any change
# written after round 9b was fixed, scored before any change
ROUND10 = ("en_timeline_resume", "en_faculty_cv", "en_dense_resume", "zh_intent_resume", "en_remit_invoice",
           "sg_gst_invoice", "zh_einvoice")  # fmt: skip
ROUND10B = ("en_functional_resume", "zh_form_resume", "in_gst_invoice", "zh_delivery_note")  # after round 10's fixes
ROUND10C = ("en_details_resume", "zh_minimal_resume", "ca_hst_invoice")  # after round 10b's fixes
# after round 10c's fixes, scored before any change
ROUND11 = ("zh_card_resume", "zh_twocol_resume", "zh_qr_einvoice", "zh_roll_invoice", "en_utility_bill",
           "en_freelance_invoice", "en_credit_note")  # fmt: skip
# after round 11's fixes, scored before any change
ROUND12 = ("en_matrix_resume", "en_euro_cv", "en_po_invoice", "en_hotel_folio", "zh_jobform_resume", "zh_sales_list")
RESUMES = tuple(f for f, (fam, _) in FAMILIES.items() if fam.doc_type == "resume")
INVOICES = tuple(f for f, (fam, _) in FAMILIES.items() if fam.doc_type == "invoice")


def page_html(
    family: str, rng: random.Random, families: Mapping[str, tuple[Family, Any]] = FAMILIES
) -> tuple[str, Family, dict[str, str]]:
    """The page's HTML, its layout and the ground-truth fields (`families`: a later round's module passes its own)."""
    fam, values = families[family]
    slots, fields = values(rng)
    style = {
        "font": rng.choice(CJK_FAMILIES if fam.lang == "zh" else LATIN_FAMILIES),
        "size": rng.choice((13, 14, 15)),
        "accent": rng.choice(ACCENTS),
        "shade": rng.choice(("#e8e8e8", "#dfe8f3")),
        "keyshade": rng.choice(("#fff", "#f4f4f4")),
        "spacing": rng.choice((2, 8, 16)),
        "red": rng.choice(("#9c4a2f", "#8b5a2b", "#a0522d")),
        "ink": rng.choice(("#111", "#1a237e")),
        "small": rng.choice((10, 11)),
    }
    css = (BASE_CSS + fam.css).format(**style)
    head = f'<!doctype html><html><head><meta charset="utf-8"><style>{css}</style></head>'
    return f"{head}<body>{fam.body.format(**slots)}</body></html>", fam, fields


def make(
    family: str, rng: random.Random, browser: Browser, families: Mapping[str, tuple[Family, Any]] = FAMILIES
) -> d.Sample:
    """One page of `family` typeset by `browser`, with its ground truth and every printed text as a span."""
    page, fam, fields = page_html(family, rng, families)
    image, boxes = browser.render(page, WIDTH, HEIGHT, scale=SCALE)
    spans = [{"text": b["text"], "bbox": tuple(b["bbox"]), "label": b["label"]} for b in boxes if b["text"]]
    return d.Sample(image, fam.doc_type, fam.template, fam.lang, fields, [], spans, [])


def generate(
    out: Path,
    n: int,
    families: tuple[str, ...],
    variants: tuple[str, ...],
    seed: int = 0,
    registry: Mapping[str, tuple[Family, Any]] = FAMILIES,
) -> list[Any]:
    """`n` pages of each of `families` (names in `registry`) in each scan variant, with ground truth, under `out`."""
    with Browser() as b:
        samples = {f: partial(make, f, browser=b, families=registry) for f in families}
        return d.write_samples(out, samples, n, variants, seed, family=True)


def main() -> None:
    d.family_main("Generate browser-typeset resumes and invoices with ground truth.", FAMILIES, generate)


if __name__ == "__main__":
    main()
