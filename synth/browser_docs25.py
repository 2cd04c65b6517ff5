"""Round 25 of the browser-typeset held-out resumes and invoices (rounds 9 to 24 in synth/browser_docs*.py): five
families written after round 24 was fixed and scored before any change. Same conventions: a family is a style sheet
and a body template filled from one record of values, every printed text an element marked `data-gt="<label>"`.
`make` and `generate` here are browser_docs's over these families.

    python -m docsense.synth.browser_docs25 OUT --n 2 --variants clean,rot90,rot180,gray,rgba --seed 800
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
from .browser_docs import Family, _truth, t
from .browser_docs import generate as _generate
from .browser_docs import make as _make
from .browser_docs15 import _jobs
from .browser_docs24 import _us_person

# --- English resumes ----------------------------------------------------------------------------------------------
# A resume set as a two-column grid all the way down: the section headings (`Profile`, `Contact`, `Experience`,
# `Education`, `Skills`) in a narrow LEFT column in small capitals, their content on the RIGHT; the contact is a
# section like the others (three lines without keys: phone, e-mail, `City, ST`); each experience or education
# entry's first line holds the title left and the dates RIGHT-aligned (`Purdue University ........ 2012 – 2016`),
# the degree and major on the line under it (`Bachelor of Science, Physics`).
EN_GRID_CSS = """
body {{ padding: 50px 60px; font-size: 13px; }}
.n {{ font-size: 30px; font-weight: bold; margin-left: 150px; }} .ti {{ margin: 2px 0 14px 150px; color: {accent}; }}
.s {{ display: flex; border-top: 1px solid #bbb; padding: 8px 0; }}
.s h2 {{ width: 150px; flex: none; font-size: 12px; letter-spacing: 2px; text-transform: uppercase; margin: 2px 0;
  color: {accent}; }}
.s .c {{ flex: 1; }} .c > span {{ display: block; }} .e {{ margin-bottom: 6px; }}
.e .l {{ display: flex; justify-content: space-between; }} .e .l b {{ font-size: 14px; }} .e .u {{ display: block; }}
ul {{ margin: 1px 0 0 18px; }}
"""
EN_GRID_BODY = """
<div class="n">{name}</div><div class="ti" data-gt="other">{title}</div>
<div class="s"><h2 data-gt="header">Profile</h2><div class="c"><p data-gt="other">{profile}</p></div></div>
<div class="s"><h2 data-gt="header">Contact</h2><div class="c">{contact}</div></div>
<div class="s"><h2 data-gt="header">Experience</h2><div class="c">{jobs}</div></div>
<div class="s"><h2 data-gt="header">Education</h2><div class="c">{edu}</div></div>
<div class="s"><h2 data-gt="header">Skills</h2><div class="c"><p data-gt="other">{skills}</p></div></div>
"""

# A plain text-like resume: the name in bold over one line `City, ST · phone · e-mail`, section headings in
# capitals with a rule, every entry ONE line with dashes: experience as `Company — Title (2018–2021)` and education
# as `University of X — B.A., Economics (2016)` (the school first, then the degree and the major after a comma, the
# year in brackets), sometimes a second school line for an earlier degree of no field (`… — Exchange semester`).
EN_DASH_CSS = """
body {{ padding: 56px 70px; font-size: 13.5px; font-family: 'Liberation Serif', 'DejaVu Serif', serif; }}
.n {{ font-size: 24px; font-weight: bold; }} .c {{ margin: 3px 0 12px; }}
h2 {{ font-size: 13px; letter-spacing: 1px; margin: 14px 0 4px; border-bottom: 1px solid #333; }}
.ln {{ margin: 3px 0; }}
"""
EN_DASH_BODY = """
<div class="n">{name}</div><div class="c">{contact}</div>
<h2 data-gt="header">SUMMARY</h2><p data-gt="other">{summary}</p>
<h2 data-gt="header">EXPERIENCE</h2>{jobs}
<h2 data-gt="header">EDUCATION</h2>{edu}
<h2 data-gt="header">SKILLS</h2><p data-gt="other">{skills}</p>
"""
TITLES = ("Business Analyst", "Project Engineer", "Account Manager", "Research Associate", "UX Researcher")


def en_grid_resume(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    p = _us_person(rng)
    contact = t("phone", p["phone_txt"]) + t("email", p["email"]) + t("city", p["city"])
    jobs = ""
    for comp, pos, a in _jobs(rng, 2):
        jobs += (
            f'<div class="e"><div class="l"><b>{t("other", pos)}</b>{t("other", f"{a} – {a + 2}")}</div>'
            f"{t('other', comp, cls='u')}<ul><li>{t('other', rng.choice(r.BULLETS))}</li></ul></div>"
        )
    end = rng.randrange(2006, 2021)
    join = rng.choice((", ", " in "))
    edu = (
        f'<div class="e"><div class="l"><b>{t("school", p["school"])}</b>{t("other", f"{end - 4} – {end}")}</div>'
        f'<span class="u">{t("degree", p["degree"])}{t("other", join)}{t("major", p["major"])}</span></div>'
    )
    slots = {
        "name": t("name", p["name"]),
        "title": rng.choice(TITLES),
        "profile": "Analytical and organised; I like owning a process end to end and making it measurably better.",
        "contact": contact,
        "jobs": jobs,
        "edu": edu,
        "skills": ", ".join(rng.sample(r.SKILLS, 5)),
    }
    return slots, r._fields(p)


def en_dash_resume(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    p = _us_person(rng)
    p["degree"] = rng.choice(("B.A.", "B.S.", "M.A.", "M.S.", "B.Sc.", "M.Eng."))
    p["major"] = rng.choice((*r.EN_MAJORS_MORE, "Economics", "Political Science"))
    dot = html.escape(rng.choice((" · ", " | ", " — ")))
    contact = dot.join((t("city", p["city"]), t("phone", p["phone_txt"]), t("email", p["email"])))
    jobs = ""
    for comp, pos, a in _jobs(rng, 2):
        jobs += f'<div class="ln">{t("other", f"{comp} — {pos} ({a}–{a + 2})")}</div>'
    end = rng.randrange(2006, 2021)
    edu = (
        f'<div class="ln">{t("school", p["school"])}{t("other", " — ")}{t("degree", p["degree"])}'
        f"{t('other', ', ')}{t('major', p['major'])}{t('other', f' ({end})')}</div>"
    )
    if rng.random() < 0.5:  # an exchange term abroad, no degree
        other = rng.choice(("Sciences Po", "University of Copenhagen", "National University of Singapore"))
        edu += f'<div class="ln">{t("other", f"{other} — Exchange semester ({end - 1})")}</div>'
    slots = {
        "name": t("name", p["name"]),
        "contact": contact,
        "summary": "Analyst with a record of turning spreadsheets into decisions; fluent in English and Spanish.",
        "jobs": jobs,
        "edu": edu,
        "skills": "; ".join(rng.sample(r.SKILLS, 5)),
    }
    return slots, r._fields(p)


# --- English invoice ----------------------------------------------------------------------------------------------
# An invoice from a Japanese company written in English: `INVOICE` centred, the customer top LEFT as `<Company>`
# underlined with `Messrs.` before it, `We hereby invoice you as follows.`; the seller top RIGHT (name, a Tokyo
# address, `Registration No. T…`), `Invoice No.` and `Date of issue` (`2024/03/15`) above it; a boxed line
# `Total (incl. VAT)  ¥132,000`; the items with `Amount (JPY)`; `Subtotal`, `Consumption tax (10%)`,
# `Total (incl. VAT)` again; the due date only in a sentence (`Please remit … by April 30, 2024.`).
EN_JP_CSS = """
body {{ padding: 46px 56px; font-size: 13px; }}
h1 {{ text-align: center; font-size: 24px; letter-spacing: 8px; margin-bottom: 16px; }}
.top {{ display: flex; justify-content: space-between; }} .top > div {{ width: 48%; }}
.to {{ font-size: 17px; border-bottom: 1px solid #333; padding-bottom: 2px; }} .to small {{ font-size: 12px; }}
.me {{ text-align: right; }} .me > span {{ display: block; }} .me .sn {{ font-weight: bold; font-size: 15px; }}
.bx {{ border: 2px solid {accent}; padding: 8px 14px; margin: 16px 0; width: 55%; display: flex;
  justify-content: space-between; font-size: 17px; font-weight: bold; }}
table.i {{ width: 100%; }} table.i td {{ border: 1px solid #999; padding: 4px 6px; }} td.n {{ text-align: right; }}
tr.h td {{ background: {shade}; font-weight: bold; }}
table.s {{ margin: 8px 0 0 auto; width: 300px; }} table.s td {{ padding: 3px 6px; border-bottom: 1px solid #ccc; }}
.nt {{ margin-top: 18px; }} .nt p {{ margin: 3px 0; }}
"""
EN_JP_BODY = """
<h1 data-gt="header">INVOICE</h1>
<div class="top"><div>{to}<p data-gt="other">We hereby invoice you as follows.</p></div><div class="me">{me}</div></div>
<div class="bx">{box}</div>
<table class="i">{rows}</table>
<table class="s">{sums}</table>
<div class="nt">{notes}</div>
"""
JP_SELLERS = ("Hanamizuki Design Inc.", "Kaede Systems Co., Ltd.", "Sakura Print K.K.", "Aoba Consulting Inc.",
              "Minato Trading Co., Ltd.")  # fmt: skip
JP_BUYERS = ("Northwind Imports Ltd.", "Blue Harbor Foods Inc.", "Pacific Rim Media LLC", "Kestrel Audio GmbH",
             "Maple Leaf Outfitters Ltd.")  # fmt: skip
JP_WARDS = ("Shibuya-ku", "Minato-ku", "Chiyoda-ku", "Shinjuku-ku", "Chuo-ku")
JP_GOODS = (("Web design (top page)", 80000), ("Photography, half day", 45000), ("Brochures (500)", 36000),
            ("Translation EN-JA, per page", 4500), ("Consulting (hour)", 12000), ("Logo revisions", 20000))  # fmt: skip


def en_jp_invoice(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    seller, buyer = rng.choice(JP_SELLERS), rng.choice(JP_BUYERS)
    issued = d._rand_date(rng, 2022, 2025)
    due = issued + timedelta(days=rng.choice((30, 45, 60)))
    number = f"{issued.year}{issued.month:02d}-{rng.randrange(1, 999):03d}"
    to = f'<div class="to">{t("other", "Messrs. ")}{t("buyer_name", buyer)}</div>'
    me = (
        f"<span>{t('key', 'Invoice No. ')}{t('invoice_number', number)}</span>"
        f"<span>{t('key', 'Date of issue: ')}{t('date', issued.strftime('%Y/%m/%d'))}</span><br>"
        f"{t('seller_name', seller, cls='sn')}"
        f"{t('other', f'{rng.randrange(1, 6)}-{rng.randrange(1, 20)}-{rng.randrange(1, 30)} ' + rng.choice(JP_WARDS))}"
        f"{t('other', f'Tokyo {rng.randrange(100, 199)}-{rng.randrange(1000, 9999)}, Japan')}"
        f"{t('other', 'Registration No. T' + str(rng.randrange(10**12, 10**13)))}"
    )
    rows = '<tr class="h">' + "".join(
        f"<td{' class=n' if i else ''}>{t('header', h)}</td>"
        for i, h in enumerate(("Description", "Qty", "Unit price", "Amount (JPY)"))
    ) + "</tr>"  # fmt: skip
    sub = Decimal(0)
    for name, price in rng.sample(JP_GOODS, rng.randrange(2, 5)):
        q = rng.choice((1, 1, 2, 3, 4))
        sub += q * price
        cells = (name, str(q), f"{price:,}", f"{q * price:,}")
        rows += "<tr>" + "".join(f"<td{' class=n' if i else ''}>{t('item', c)}</td>" for i, c in enumerate(cells))
        rows += "</tr>"
    tax = (sub / 10).quantize(Decimal("1"), ROUND_HALF_UP)
    total = sub + tax
    yen = f"¥{int(total):,}"
    box = t("key", "Total (incl. VAT)") + t("total", yen)
    sums = (
        f"<tr><td>{t('key', 'Subtotal')}</td><td class=n>{t('subtotal', f'¥{int(sub):,}')}</td></tr>"
        f"<tr><td>{t('key', 'Consumption tax (10%)')}</td><td class=n>{t('tax', f'¥{int(tax):,}')}</td></tr>"
        f"<tr><td>{t('key', 'Total (incl. VAT)')}</td><td class=n>{t('other', yen)}</td></tr>"
    )
    bank = rng.choice(("MUFG Bank", "Mizuho Bank", "SMBC"))
    notes = (
        f"<p>{t('other', 'Please remit the total to the bank account below by ')}"
        f"{t('due_date', f'{due:%B} {due.day}, {due.year}')}"
        f"{t('other', '. Bank charges are borne by the payer.')}</p>"
        f"<p>{t('other', bank + ', Shibuya Branch, Ordinary 1234567')}</p>"
    )
    slots = {"to": to, "me": me, "box": box, "rows": rows, "sums": sums, "notes": notes}
    return slots, _truth(number, seller, buyer, "JPY", issued, total, due=due, subtotal=sub, tax=tax)


# --- Chinese resume -----------------------------------------------------------------------------------------------
# A 简历 whose facts are ONE line under the name (`男 | 26岁 | 现居杭州 | 138… | x@qq.com`, the city joined to
# 现居), and whose 教育背景 entries are one line each of fields split by bars: `2015.09-2019.06 | 某某大学 | 计算机
# 科学与技术 | 本科` (a 高中 line under it sometimes); 工作经历 as `时间 | 公司 | 职位` lines with a sentence under.
ZH_BARS_CSS = """
body {{ padding: 48px 60px; font-size: 13.5px; }}
.n {{ font-size: 30px; font-weight: bold; letter-spacing: 4px; }} .f {{ margin: 6px 0 4px; color: #444; }}
.it {{ margin-bottom: 8px; }}
h2 {{ font-size: 15px; margin: 14px 0 6px; color: {accent}; border-bottom: 2px solid {accent}; }}
.ln {{ margin: 4px 0; }} p {{ margin: 2px 0 6px 1em; color: #444; }}
"""
ZH_BARS_BODY = """
<div class="n">{name}</div><div class="f">{facts}</div><div class="it" data-gt="other">{intent}</div>
<h2 data-gt="header">教育背景</h2>{edu}
<h2 data-gt="header">工作经历</h2>{work}
<h2 data-gt="header">技能特长</h2><p data-gt="other">{skills}</p>
"""


def zh_bars_resume(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    p = r._person_zh(rng)
    bar = html.escape(rng.choice((" | ", "｜", " / ")))
    city_key = rng.choice(("现居", "现居：", "所在地："))
    facts = bar.join(
        (
            t("other", rng.choice("男女")),
            t("other", f"{rng.randrange(22, 36)}岁"),
            t("other", city_key) + t("city", p["city"]),
            t("phone", p["phone"]),
            t("email", p["email"]),
        )
    )
    end = rng.randrange(2012, 2025)
    beg = end - (3 if p["degree"] in ("大专", "硕士") else 4)
    edu = (
        f'<div class="ln">{t("other", f"{beg}.09-{end}.06")}{t("other", bar)}{t("school", p["school"])}'
        f"{t('other', bar)}{t('major', p['major'])}{t('other', bar)}{t('degree', p['degree'])}</div>"
    )
    if rng.random() < 0.5:
        high = rng.choice(d.ZH_CITIES) + rng.choice(("第一中学", "实验中学", "第二中学"))
        edu += f'<div class="ln">{t("other", bar.join((f"{beg - 3}.09-{beg}.06", high, "高中")))}</div>'
    work = ""
    for i in range(2):
        a = end + 2 * i
        when = f"{a}.07-" + ("至今" if i else f"{a + 2}.05")
        work += (
            f'<div class="ln">{t("other", bar.join((when, d.zh_company(rng), rng.choice(d.ZH_POSITIONS))))}</div>'
            f"<p>{t('other', '负责部门日常数据整理与报表，参与新系统上线。')}</p>"
        )
    slots = {
        "name": t("name", p["name"]),
        "facts": facts,
        "intent": "求职意向：" + rng.choice(d.ZH_POSITIONS),
        "edu": edu,
        "work": work,
        "skills": "熟练使用Office办公软件；英语四级；持有C1驾照。",
    }
    return slots, r._fields(p)


# --- Chinese invoice ----------------------------------------------------------------------------------------------
# A 增值税电子普通发票（通行费）, the e-invoice a motorway operator issues for tolls: the title, 发票代码 /
# 发票号码 / 校验码 at the top right (NO date there); 购买方 名称 and 纳税人识别号; a table of 项目名称
# (`*经营租赁*通行费`) / 车牌号 / 类型 / 通行日期起 / 通行日期止 / 金额 / 税率 / 税额; 合计; 价税合计（大写）…
# （小写）¥…; 销售方 名称 (`…高速公路…有限公司`) and 纳税人识别号; 收款人 / 复核 / 开票人 and, at the very
# BOTTOM, `开票日期：2024年03月05日`.
ZH_TOLL_CSS = """
body {{ padding: 40px 44px; font-size: 12.5px; }}
.hd {{ display: flex; justify-content: space-between; align-items: flex-start; }}
h1 {{ font-size: 20px; color: #8a4b00; letter-spacing: 2px; margin: 6px 0 10px 120px; }}
.cd > span {{ display: block; margin: 1px 0; }}
table.g {{ width: 100%; border-collapse: collapse; border: 2px solid #8a4b00; }}
table.g td {{ border: 1px solid #8a4b00; padding: 4px 5px; }} td.k {{ color: #8a4b00; white-space: nowrap; }}
td.n {{ text-align: right; }} tr.h td {{ color: #8a4b00; text-align: center; }}
.ft {{ display: flex; justify-content: space-between; margin-top: 8px; }} .dt {{ margin-top: 10px; }}
"""
ZH_TOLL_BODY = """
<div class="hd"><h1 data-gt="header">{title}</h1><div class="cd">{codes}</div></div>
<table class="g">{buyer}{rows}{sums}{upper}{seller}</table>
<div class="ft">{people}</div><div class="dt">{date}</div>
"""
ZH_PROV2 = ("江苏", "浙江", "广东", "山东", "湖北", "四川", "河南", "安徽")


def zh_toll_invoice(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    prov = rng.choice(ZH_PROV2)
    seller = (
        f"{prov}{rng.choice(('沪宁', '京沪', '沿江', '宁杭', '广深'))}高速公路{rng.choice(('股份', '管理'))}有限公司"
    )
    buyer = d.zh_company(rng)
    s_tax, b_tax = d._tax_id(rng), d._tax_id(rng)
    issued = d._rand_date(rng, 2021, 2025)
    number = f"{rng.randrange(10**7, 10**8)}"
    check = " ".join(str(rng.randrange(10000, 99999)) for _ in range(4))
    codes = (
        f"<span>{t('key', '发票代码：')}{t('other', f'0{rng.randrange(10**10, 10**11)}')}</span>"
        f"<span>{t('key', '发票号码：')}{t('invoice_number', number)}</span>"
        f"<span>{t('key', '校 验 码：')}{t('other', check)}</span>"
    )

    def party(role: str, who: str, name: str, tax_id: str) -> str:
        return (
            f'<tr><td class="k" rowspan="2">{t("key", role)}</td><td class="k">{t("key", "名称：")}</td>'
            f'<td colspan="6">{t(who + "_name", name)}</td></tr>'
            f'<tr><td class="k">{t("key", "纳税人识别号：")}</td><td colspan="6">{t(who + "_tax_id", tax_id)}</td></tr>'
        )

    rows = '<tr class="h"><td>' + "</td><td>".join(
        t("header", h) for h in ("项目名称", "车牌号", "类型", "通行日期起", "通行日期止", "金额", "税率", "税额")
    ) + "</td></tr>"  # fmt: skip
    plate = f"{rng.choice('苏浙粤鲁鄂川豫皖')}{rng.choice('ABCE')}{rng.randrange(10000, 99999)}"
    sub, tax = Decimal(0), Decimal(0)
    for _ in range(rng.randrange(1, 3)):
        amount = Decimal(rng.randrange(2000, 30000)) / 100
        rate = Decimal(3)
        tx = (amount * rate / 100).quantize(Decimal("0.01"), ROUND_HALF_UP)
        sub, tax = sub + amount, tax + tx
        day = issued - timedelta(days=rng.randrange(1, 20))
        cells = ("*经营租赁*通行费", plate, "货车" if rng.random() < 0.3 else "客车", f"{day:%Y%m%d}",
                 f"{day:%Y%m%d}", d._money(amount), "3%", d._money(tx))  # fmt: skip
        rows += "<tr>" + "".join(f"<td{' class=n' if i >= 5 else ''}>{t('item', c)}</td>" for i, c in enumerate(cells))
        rows += "</tr>"
    total = sub + tax
    sums = (
        f'<tr><td colspan="5">{t("key", "合　　计")}</td><td class=n>{t("subtotal", "¥" + d._money(sub))}</td>'
        f"<td></td><td class=n>{t('tax', '¥' + d._money(tax))}</td></tr>"
    )
    upper = (
        f'<tr><td colspan="2">{t("key", "价税合计（大写）")}</td><td colspan="4">'
        f"{t('other', decimal_to_cn_upper(total))}</td><td>{t('key', '（小写）')}</td>"
        f"<td class=n>{t('total', '¥' + d._money(total))}</td></tr>"
    )
    people = "".join(
        f"<span>{t('key', k)}{t('other', v)}</span>"
        for k, v in (("收款人：", d._zh_name(rng)), ("复核：", d._zh_name(rng)), ("开票人：", d._zh_name(rng)))
    )
    date = t("key", "开票日期：") + t("date", f"{issued.year}年{issued.month:02d}月{issued.day:02d}日")
    slots = {
        "title": f"{prov}增值税电子普通发票（通行费）",
        "codes": codes,
        "buyer": party("购买方", "buyer", buyer, b_tax),
        "rows": rows,
        "sums": sums,
        "upper": upper,
        "seller": party("销售方", "seller", seller, s_tax),
        "people": people,
        "date": date,
    }
    return slots, _truth(
        number, seller, buyer, "CNY", issued, total, subtotal=sub, tax=tax, seller_tax_id=s_tax, buyer_tax_id=b_tax
    )


FAMILIES = {
    "en_grid_resume": (Family("en", "resume", "resume", EN_GRID_CSS, EN_GRID_BODY), en_grid_resume),
    "en_dash_resume": (Family("en", "resume", "resume", EN_DASH_CSS, EN_DASH_BODY), en_dash_resume),
    "en_jp_invoice": (Family("en", "invoice", "invoice", EN_JP_CSS, EN_JP_BODY), en_jp_invoice),
    "zh_bars_resume": (Family("zh", "resume", "resume", ZH_BARS_CSS, ZH_BARS_BODY), zh_bars_resume),
    "zh_toll_invoice": (Family("zh", "invoice", "invoice_cn_vat", ZH_TOLL_CSS, ZH_TOLL_BODY), zh_toll_invoice),
}
# written after round 24 was fixed, scored before any change
ROUND25 = tuple(FAMILIES)


def make(family: str, rng: random.Random, browser: Browser) -> d.Sample:
    """One page of a round-25 `family` typeset by `browser` (browser_docs.make over this module's families)."""
    return _make(family, rng, browser, FAMILIES)


def generate(out: Path, n: int, families: tuple[str, ...], variants: tuple[str, ...], seed: int = 0) -> list[Any]:
    return _generate(out, n, families, variants, seed, registry=FAMILIES)


def main() -> None:
    d.family_main("Generate round-25 browser-typeset resumes and invoices with ground truth.", FAMILIES, generate)


if __name__ == "__main__":
    main()
