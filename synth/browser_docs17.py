"""Round 17 of the browser-typeset held-out resumes and invoices (rounds 9 to 16 in synth/browser_docs*.py): written
after round 16 was fixed and scored before any change. Same conventions: a family is a style sheet and a body
template filled from one record of values, every printed text an element marked `data-gt="<label>"`. `make` and
`generate` here are browser_docs's over these families.

    python -m docsense.synth.browser_docs17 OUT --n 2 --variants clean,rot90,rot180,gray,rgba --seed 50
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

# --- English resumes ----------------------------------------------------------------------------------------------
# Columns in reverse order: the main column LEFT (profile, experience, education), a shaded sidebar RIGHT holding the
# contact lines (each a bare value: phone, e-mail, `City, ST`), skills and languages, and the NAME with the job title
# at the BOTTOM of that sidebar, set large — the first line of the page is a section title, not the name.
EN_RIGHT_CSS = """
.main {{ position: absolute; left: 0; top: 0; width: 520px; padding: 44px 34px 40px 48px; }}
.side {{ position: absolute; right: 0; top: 0; bottom: 0; width: 274px; background: {shade}; padding: 44px 24px; }}
.side h3 {{ font-size: 13px; letter-spacing: 2px; color: {accent}; margin: 18px 0 6px; }}
.side span.v {{ display: block; margin: 3px 0; font-size: 13px; }}
.side .who {{ position: absolute; bottom: 48px; left: 24px; right: 24px; border-top: 3px solid {accent};
  padding-top: 10px; }}
.who .n {{ display: block; font-size: 28px; font-weight: bold; color: {accent}; line-height: 1.15; }}
.who .p {{ display: block; font-size: 14px; color: #555; }}
h2 {{ font-size: 15px; text-transform: uppercase; color: {accent}; border-bottom: 1px solid #aaa; margin: 16px 0 6px; }}
.j {{ margin: 6px 0 8px; }} .j span {{ display: block; }} .j .h {{ font-weight: bold; }}
.e > span {{ display: block; }} .e .s {{ font-weight: bold; }}
"""
EN_RIGHT_BODY = """
<div class="main">
<h2 data-gt="header">{t_profile}</h2><p data-gt="other">{summary}</p>
<h2 data-gt="header">{t_exp}</h2>{jobs}
<h2 data-gt="header">{t_edu}</h2><div class="e">{edu}</div>
</div>
<div class="side">
<h3 data-gt="header">CONTACT</h3>{contact}
<h3 data-gt="header">SKILLS</h3>{skills}
<h3 data-gt="header">LANGUAGES</h3>{langs}
<div class="who">{who}</div>
</div>
"""

# A resume laid out as a ruled two-column TABLE: the section names in a narrow shaded left column (`Contact`,
# `Objective`, `Education`, `Experience`, `Skills`), the content in the right cells; the name alone as the title over
# the table; the contact cell holds the street, `City, ST 12345`, the phone and the e-mail as lines with no keys; the
# education cell `<School>, <City>` over `<Degree> in <Major>, <Month Year>`.
EN_LABELCOL_CSS = """
body {{ padding: 46px 56px; }}
h1 {{ font-size: 30px; margin-bottom: 12px; color: {accent}; }}
table.r {{ width: 100%; }} table.r td {{ border: 1px solid #999; padding: 6px 8px; vertical-align: top; }}
table.r td.k {{ width: 22%; background: {shade}; font-weight: bold; }}
table.r td span.l {{ display: block; }}
"""
EN_LABELCOL_BODY = """
<h1 data-gt="name" style="text-align: {align}">{name}</h1>
<table class="r">{rows}</table>
"""

# A graduate student's resume: EDUCATION first, the school left with `Expected May 2026` right, the degree as
# `Candidate for <Degree> in <Major>` (or `<Degree> Candidate, <Major>`) with a minor or concentration after it, then
# `GPA: 3.8/4.0 | Dean's List`, `Relevant Coursework: …` and `Thesis: …` lines; the contact as one line under the
# name; projects, experience and skills after.
EN_GRAD_CSS = """
body {{ padding: 40px 58px; }}
h1 {{ font-size: 28px; text-align: center; }}
.ct {{ text-align: center; font-size: 13px; margin: 4px 0 10px; }}
h2 {{ font-size: 15px; border-bottom: 1.5px solid #222; margin: 14px 0 6px; font-variant: small-caps; }}
.row {{ display: flex; justify-content: space-between; }} .row .s {{ font-weight: bold; }}
.d span.l {{ display: block; font-size: 13px; }}
ul {{ margin: 2px 0 0 18px; padding: 0; }} li {{ margin: 1px 0; font-size: 13px; }}
"""
EN_GRAD_BODY = """
<h1 data-gt="name">{name}</h1>
<div class="ct">{contact}</div>
<h2 data-gt="header">Education</h2>{edu}
<h2 data-gt="header">Projects</h2><ul>{projects}</ul>
<h2 data-gt="header">Experience</h2>{jobs}
<h2 data-gt="header">Technical Skills</h2><p data-gt="other">{skills}</p>
"""

LANGS = ("English (native)", "Spanish (fluent)", "French (intermediate)", "German (basic)", "Mandarin (conversational)")


def en_rightside_resume(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    p = _en_person(rng)
    contact = t("phone", p["phone_txt"], cls="v") + t("email", p["email"], cls="v") + t("city", p["city"], cls="v")
    skills = "".join(t("other", s, cls="v") for s in rng.sample(r.SKILLS, 5))
    langs = "".join(t("other", s, cls="v") for s in rng.sample(LANGS, 2))
    who = t("name", p["name"], cls="n") + t("other", rng.choice(d.EN_POSITIONS), cls="p")
    jobs = ""
    for comp, pos, a in _jobs(rng, 2):
        jobs += (
            f'<div class="j">{t("other", f"{pos} | {a} – {a + 3}", cls="h")}{t("other", comp)}'
            f"{t('other', rng.choice(r.BULLETS))}</div>"
        )
    end = rng.randrange(2005, 2021)
    sep = html.escape(rng.choice((", ", " in ")))
    edu = (
        t("school", p["school"], cls="s") + f"<span>{t('degree', p['degree'])}{sep}{t('major', p['major'])}"
        f"{t('other', f' ({end - 4} – {end})')}</span>"
    )
    heads = rng.choice((("Profile", "Experience", "Education"), ("About Me", "Work Experience", "Education")))
    slots = {
        "t_profile": heads[0],
        "t_exp": heads[1],
        "t_edu": heads[2],
        "contact": contact,
        "skills": skills,
        "langs": langs,
        "who": who,
        "jobs": jobs,
        "edu": edu,
        "summary": "Dependable professional who plans carefully, communicates clearly and delivers on time.",
    }
    return slots, r._fields(p)


def en_labelcol_resume(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    p = _en_person(rng)
    street = f"{rng.randrange(10, 9999)} {rng.choice(d.EN_STREETS)}"
    zipc = f"{rng.randrange(10000, 99999)}"
    contact = (
        t("other", street, cls="l")
        + f'<span class="l">{t("city", p["city"])}{t("other", " " + zipc)}</span>'
        + t("phone", p["phone_txt"], cls="l")
        + t("email", p["email"], cls="l")
    )
    end = rng.randrange(2005, 2021)
    month = rng.choice(("May", "June", "December", "August"))
    town = rng.choice(d.EN_CITIES)
    edu = (
        f'<span class="l">{t("school", p["school"])}{t("other", ", " + town)}</span>'
        f'<span class="l">{t("degree", p["degree"])}{t("other", " in ")}{t("major", p["major"])}'
        f"{t('other', f', {month} {end}')}</span>"
    )
    jobs = ""
    for comp, pos, a in _jobs(rng, 2):
        jobs += t("other", f"{pos}, {comp}, {a}–{a + 3}", cls="l") + t("other", rng.choice(r.BULLETS), cls="l")
    labels = rng.choice(
        (
            ("Contact", "Objective", "Education", "Experience", "Skills"),
            ("Contact Information", "Career Objective", "Education", "Employment", "Skills"),
        )
    )
    cells = (
        contact,
        t("other", "To contribute proven skills to a growing team in a challenging role."),
        edu,
        jobs,
        t("other", ", ".join(rng.sample(r.SKILLS, 5))),
    )
    rows = "".join(
        f'<tr><td class="k" data-gt="header">{k}</td><td>{v}</td></tr>' for k, v in zip(labels, cells, strict=True)
    )
    slots = {"name": html.escape(p["name"]), "rows": rows, "align": rng.choice(("left", "center"))}
    return slots, r._fields(p)


GRAD_DEG = ("Bachelor of Science", "Master of Science", "Bachelor of Arts", "Master of Engineering")
MINORS = ("Mathematics", "Statistics", "Economics", "Philosophy", "Business")


def en_grad_resume(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    p = _en_person(rng)
    p["degree"] = rng.choice(GRAD_DEG)
    sep = html.escape(rng.choice((" · ", " | ", " • ")))
    contact = sep.join(
        (
            t("email", p["email"]),
            t("phone", p["phone_txt"]),
            t("city", p["city"]),
            t("other", f"github.com/{p['email'].split('@')[0].replace('.', '')}"),
        )
    )
    year = rng.randrange(2024, 2028)
    minor = rng.choice([m for m in MINORS if m != p["major"]])
    if rng.random() < 0.5:
        deg = (
            f"{t('other', 'Candidate for ')}{t('degree', p['degree'])}{t('other', ' in ')}{t('major', p['major'])}"
            f"{t('other', f'; Minor in {minor}')}"
        )
    else:
        deg = (
            f"{t('degree', p['degree'])}{t('other', ' Candidate, ')}{t('major', p['major'])}"
            f"{t('other', f' (Concentration: {minor})')}"
        )
    gpa = f"GPA: 3.{rng.randrange(40, 99)}/4.00 | Dean's List ({rng.randrange(2, 8)} semesters)"
    course = "Relevant Coursework: " + ", ".join(
        rng.sample(
            (
                "Data Structures",
                "Linear Algebra",
                "Operating Systems",
                "Econometrics",
                "Machine Learning",
                "Thermodynamics",
                "Organic Chemistry",
                "Corporate Finance",
            ),
            4,
        )
    )
    edu = (
        f'<div class="row">{t("school", p["school"], cls="s")}{t("other", f"Expected May {year}")}</div>'
        f'<div class="d"><span class="l">{deg}</span>{t("other", gpa, cls="l")}{t("other", course, cls="l")}'
        f"</div>"
    )
    projects = "".join(
        f'<li data-gt="other">{x}</li>'
        for x in rng.sample(
            (
                "Built a course-planning web app used by 300 students.",
                "Trained a classifier on 40k labelled images (92% accuracy).",
                "Designed a low-cost sensor logger for the campus greenhouse.",
                "Led a four-person capstone team analysing city transit data.",
            ),
            2,
        )
    )
    jobs = ""
    for comp, pos, _ in _jobs(rng, 1):
        jobs += (
            f'<div class="row">{t("other", f"{pos} Intern, {comp}", cls="s")}{t("other", f"Summer {year - 1}")}'
            f'</div><ul><li data-gt="other">{rng.choice(r.BULLETS)}</li></ul>'
        )
    slots = {
        "name": html.escape(p["name"]),
        "contact": contact,
        "edu": edu,
        "projects": projects,
        "jobs": jobs,
        "skills": "Languages: " + ", ".join(rng.sample(r.SKILLS, 4)),
    }
    return slots, r._fields(p)


# --- Chinese ------------------------------------------------------------------------------------------------------
# A 个人简历 as a ruled 表格 with merged cells: three key/value pairs a row (`姓　　名 | 张伟 |
# 性　　别 | 男 | 出生年月 | 1995.03`), a PHOTO cell spanning four rows at the right, `毕业院校` and
# `联系电话` values spanning three columns, `现居住地` holding a whole street address
# (`广州市天河区体育西路88号`), then 教育经历 as a merged row title over a sub-grid
# `起止时间 | 学校 | 专业 | 学历`, and 工作经历 / 自我评价 as merged rows of prose.
ZH_GRID_CSS = """
body {{ padding: 48px 52px; }}
h1 {{ text-align: center; font-size: 28px; letter-spacing: {spacing}px; margin-bottom: 14px; }}
table.g {{ width: 100%; }}
table.g td {{ border: 1px solid #333; padding: 6px 6px; font-size: 14px; text-align: center; }}
table.g td.k {{ background: {shade}; width: 13%; }} table.g td.ph {{ width: 16%; color: #999; }}
table.g td.sec {{ background: {shade}; font-weight: bold; letter-spacing: 4px; }} table.g td.tx {{ text-align: left; }}
"""
ZH_GRID_BODY = """
<h1 data-gt="header">个人简历</h1>
<table class="g">{rows}</table>
"""

# A 增值税普通发票 whose parties are the ROWS of a grid and the fields its COLUMNS: a header row `| 名称 |
# 纳税人识别号 | 地址、电话 | 开户行及账号` over a `购买方` row and a `销售方` row (the transpose of
# round 16's proforma); 发票代码 / 发票号码 / 开票日期 right under the title; the goods table;
# `价税合计（大写）…（小写）¥…`; 收款人 / 复核 / 开票人.
ZH_VATROWS_CSS = """
body {{ padding: 44px 48px; }}
h1 {{ text-align: center; font-size: 26px; letter-spacing: {spacing}px; color: {red}; }}
.no {{ margin: 6px 0 10px auto; width: 40%; font-size: 13px; }} .no span.l {{ display: block; }}
table.pp, table.g {{ width: 100%; }} table.pp td, table.g td {{ border: 1px solid {red}; padding: 4px 5px;
  font-size: 12px; }}
table.pp tr.h td, table.g tr.h td {{ text-align: center; }} td.r {{ width: 9%; text-align: center; }}
td.nm {{ width: 27%; }}
table.g {{ margin-top: -1px; }} td.n {{ text-align: right; }}
.ft {{ display: flex; justify-content: space-between; margin-top: 12px; font-size: 13px; }}
"""
ZH_VATROWS_BODY = """
<h1 data-gt="header">{title}</h1>
<div class="no">{numbers}</div>
<table class="pp">{parties}</table>
<table class="g">{rows}{sums}</table>
<div class="ft">{foot}</div>
"""

# A warehouse's 出库单: only `出 库 单`, `单据编号` / `No.` and `出库日期` at the top; a goods table with a
# `合计` row (figures) and a `合计金额（大写）` row (words); the PARTIES at the FOOT as stamp lines
# `发货单位（盖章）：<seller>` and `收货单位（签收）：<buyer>` side by side, with 仓管员 / 经办人 / 收货人
# under them; a carbon-copy legend at the right.
ZH_OUT_CSS = """
body {{ padding: 48px 60px 48px 52px; }}
h1 {{ text-align: center; font-size: 26px; letter-spacing: {spacing}px; margin-bottom: 10px; }}
.m {{ display: flex; justify-content: space-between; margin-bottom: 8px; }}
table.g {{ width: 100%; }} table.g td {{ border: 1px solid #333; padding: 5px 6px; font-size: 13px; }}
table.g tr.h td {{ text-align: center; background: {shade}; }} td.n {{ text-align: right; }}
.pt {{ display: flex; justify-content: space-between; margin-top: 22px; }} .pt span {{ width: 48%; }}
.sg {{ display: flex; justify-content: space-between; margin-top: 18px; color: #444; }}
.leg {{ position: absolute; right: 14px; top: 300px; width: 16px; font-size: 12px; color: #777; }}
"""
ZH_OUT_BODY = """
<h1 data-gt="header">{title}</h1>
<div class="m">{meta}</div>
<table class="g">{rows}{sums}</table>
<div class="pt">{parties}</div>
<div class="sg">{signs}</div>
<div class="leg" data-gt="other">{legend}</div>
"""

DISTRICTS = ("高新区", "经开区", "新城区", "开发区", "城南区")
ROADS = ("体育西路", "建设路", "文化路", "长江路", "学府路")


def zh_grid_resume(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    p = r._person_zh(rng)
    gender = rng.choice(("男", "女"))
    sp = rng.choice(("　　", ""))

    def kv(k: str, v: str, label: str, span: int = 1) -> str:
        col = f' colspan="{span}"' if span > 1 else ""
        return f'<td class="k">{t("key", k)}</td><td{col}>{t(label, v)}</td>'

    born = f"{rng.randrange(1985, 2001)}.{rng.randrange(1, 13):02d}"
    addr = f"{rng.choice(DISTRICTS)}{rng.choice(ROADS)}{rng.randrange(1, 300)}号"
    # the truth holds the city as printed (`杭州市` or `杭州`; the first version kept `杭州` for both, a generator
    # fault found after the first score)
    p["city"] += "市" if rng.random() < 0.5 else ""
    city_cell = t("city", p["city"])
    photo = '<td class="ph" rowspan="4" data-gt="other">照片</td>'
    rows = (
        "<tr>"
        + kv(f"姓{sp}名", p["name"], "name")
        + kv(f"性{sp}别", gender, "gender")
        + kv("出生年月", born, "other")
        + photo
        + "</tr>"
        + "<tr>"
        + kv(f"民{sp}族", "汉", "other")
        + kv("政治面貌", rng.choice(("中共党员", "群众", "共青团员")), "other")
        + kv(f"学{sp}历", p["degree"], "degree")
        + "</tr>"
        + "<tr>"
        + kv("毕业院校", p["school"], "school", 3)
        + kv(f"专{sp}业", p["major"], "major")
        + "</tr>"
        + "<tr>"
        + kv("联系电话", p["phone"], "phone", 3)
        + kv("电子邮箱", p["email"], "email")
        + "</tr>"
        + f'<tr><td class="k">{t("key", "现居住地")}</td><td colspan="6" class="tx">{city_cell}'
        + f"{t('other', addr)}</td></tr>"
    )
    beg = rng.randrange(2004, 2018)
    end = beg + (3 if p["degree"] in ("大专", "硕士") else 4)
    rows += f'<tr><td class="sec" colspan="7">{t("header", "教育经历")}</td></tr>'
    rows += (
        '<tr class="h">'
        + "".join(
            f'<td colspan="{c}">{t("header", h)}</td>'
            for h, c in (("起止时间", 2), ("学校", 2), ("专业", 2), ("学历", 1))
        )
        + "</tr>"
    )
    rows += (
        f'<tr><td colspan="2">{t("date", f"{beg}.09-{end}.06")}</td><td colspan="2">{t("other", p["school"])}'
        f'</td><td colspan="2">{t("other", p["major"])}</td><td>{t("other", p["degree"])}</td></tr>'
    )
    comp = _zh_company(rng)
    rows += f'<tr><td class="sec" colspan="7">{t("header", "工作经历")}</td></tr>'
    rows += (
        f'<tr><td colspan="7" class="tx">{t("other", f"{end}.07-至今　{comp}　{rng.choice(d.ZH_POSITIONS)}")}</td></tr>'
    )
    rows += f'<tr><td class="sec" colspan="7">{t("header", "自我评价")}</td></tr>'
    rows += f'<tr><td colspan="7" class="tx">{t("other", "性格开朗，责任心强，善于沟通，能吃苦耐劳。")}</td></tr>'
    # the school, major and degree printed twice (the grid and the education row): the truth is the one value
    return {"rows": rows}, r._fields(p) | {"gender": gender}


def zh_vat_rows(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    seller = _zh_company(rng)
    buyer = _zh_company(rng, seller)
    issued = d._rand_date(rng, 2019, 2025)
    code = f"{rng.randrange(10**11, 10**12)}"
    number = f"{rng.randrange(10**7, 10**8)}"
    s_tax, b_tax = d._tax_id(rng), d._tax_id(rng)
    when = f"{issued.year}年{issued.month:02d}月{issued.day:02d}日"
    numbers = "".join(
        f'<span class="l">{t("key", k)}{t(n, v)}</span>'
        for k, v, n in (
            ("发票代码：", code, "other"),
            ("发票号码：", number, "invoice_number"),
            ("开票日期：", when, "date"),
        )
    )

    def addr() -> str:
        tel = f"0{rng.randrange(10, 99)}-{rng.randrange(10**7, 10**8)}"
        return f"{rng.choice(d.ZH_CITIES)}市{rng.choice(ROADS)}{rng.randrange(1, 500)}号 {tel}"

    def bank() -> str:
        name = rng.choice(("中国银行", "工商银行", "农业银行"))
        return f"{name}{rng.choice(d.ZH_CITIES)}支行 {rng.randrange(10**15, 10**16)}"

    heads = ("名称", "纳税人识别号", "地址、电话", "开户行及账号")
    parties = '<tr class="h"><td class="r"></td>' + "".join(f"<td>{t('header', h)}</td>" for h in heads) + "</tr>"
    for role, who, name, tid in (("购买方", "buyer", buyer, b_tax), ("销售方", "seller", seller, s_tax)):
        parties += (
            f'<tr><td class="r">{t("key", role)}</td><td class="nm">{t(who + "_name", name)}</td>'
            f"<td>{t(who + '_tax_id', tid)}</td><td>{t('other', addr())}</td><td>{t('other', bank())}</td></tr>"
        )
    head = ("货物或应税劳务名称", "规格型号", "单位", "数量", "单价", "金额", "税率", "税额")
    rows = '<tr class="h">' + "".join(f"<td>{t('header', h)}</td>" for h in head) + "</tr>"
    rate = Decimal(rng.choice(("0.13", "0.06", "0.03")))
    subtotal = tax = Decimal(0)
    for g in rng.sample(d.ZH_GOODS, rng.randrange(2, 4)):
        qty, unit = Decimal(rng.randrange(1, 40)), Decimal(rng.randrange(1000, 60000)) / 100
        amount = qty * unit
        tx = (amount * rate).quantize(Decimal("0.01"), ROUND_HALF_UP)
        subtotal, tax = subtotal + amount, tax + tx
        rows += _item_row(
            (g[0], g[1], g[2], str(qty), d._money(unit), d._money(amount), f"{int(rate * 100)}%", d._money(tx)),
            lambda j: "n" if j > 2 else "",
        )
    total = subtotal + tax
    sums = (
        f'<tr><td>{t("key", "合　　计")}</td><td colspan="4"></td>'
        f'<td class="n">{t("subtotal", "¥" + d._money(subtotal))}</td><td></td>'
        f'<td class="n">{t("tax", "¥" + d._money(tax))}</td></tr>'
        f"<tr><td>{t('key', '价税合计（大写）')}</td>"
        f'<td colspan="4">{t("other", "ⓧ" + decimal_to_cn_upper(total))}</td>'
        f'<td colspan="2">{t("key", "（小写）")}</td><td class="n">{t("total", "¥" + d._money(total))}</td></tr>'
    )
    foot = "".join(t("other", f"{k}{d._zh_name(rng)}") for k in ("收款人：", "复核：", "开票人："))
    foot += t("other", "销售方：（章）")
    title = rng.choice(("增值税普通发票", f"{rng.choice(d.ZH_CITIES)}增值税普通发票"))
    slots = {"title": title, "numbers": numbers, "parties": parties, "rows": rows, "sums": sums, "foot": foot}
    return slots, _truth(
        number, seller, buyer, "CNY", issued, total, subtotal=subtotal, tax=tax, seller_tax_id=s_tax, buyer_tax_id=b_tax
    )


def zh_outbound_note(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    seller = _zh_company(rng)
    buyer = _zh_company(rng, seller)
    issued = d._rand_date(rng, 2019, 2025)
    number = f"CK{issued.year % 100:02d}{issued.month:02d}{rng.randrange(1000, 9999)}"
    when = rng.choice((f"{issued.year}年{issued.month}月{issued.day}日", issued.isoformat()))
    nkey = rng.choice(("单据编号：", "No.", "出库单号："))
    meta = (
        f"<span>{t('key', '出库日期：')}{t('date', when)}</span>"
        f"<span>{t('key', '仓库：')}{t('other', rng.choice(('成品仓', '一号仓库', '原料仓')))}</span>"
        f"<span>{t('key', nkey)}{t('invoice_number', number)}</span>"
    )
    head = ("编号", "品名", "规格", "单位", "数量", "单价", "金额", "备注")
    rows = '<tr class="h">' + "".join(f"<td>{t('header', h)}</td>" for h in head) + "</tr>"
    total = Decimal(0)
    for i, g in enumerate(rng.sample(d.ZH_GOODS, rng.randrange(3, 6))):
        qty, unit = Decimal(rng.randrange(1, 60)), Decimal(rng.randrange(300, 80000)) / 100
        amount = qty * unit
        total += amount
        rows += _item_row(
            (f"{i + 1:02d}", g[0], g[1], g[2], str(qty), d._money(unit), d._money(amount), ""),
            lambda j: "n" if 3 < j < 7 else "",
        )
    sums = (
        f'<tr><td colspan="4">{t("key", "合计")}</td><td></td><td></td>'
        f'<td class="n">{t("total", d._money(total))}</td><td></td></tr>'
        f'<tr><td colspan="3">{t("key", "合计金额（大写）")}</td>'
        f'<td colspan="5">{t("other", decimal_to_cn_upper(total))}</td></tr>'
    )
    skey, bkey = rng.choice((("发货单位（盖章）：", "收货单位（签收）："), ("发货单位：", "收货单位：")))
    parties = (
        f"<span>{t('key', skey)}{t('seller_name', seller)}</span><span>{t('key', bkey)}{t('buyer_name', buyer)}</span>"
    )
    signs = "".join(t("other", f"{k}{d._zh_name(rng)}") for k in ("仓管员：", "经办人：", "收货人："))
    slots = {
        "title": rng.choice(("出 库 单", "出库单", "产品出库单")),
        "meta": meta,
        "rows": rows,
        "sums": sums,
        "parties": parties,
        "signs": signs,
        "legend": rng.choice(("①存根②客户③财务", "白联存根红联客户")),
    }
    return slots, _truth(number, seller, buyer, "CNY", issued, total)


# --- English invoice ----------------------------------------------------------------------------------------------
# A freelancer's timesheet invoice: the freelancer's OWN NAME (a person) as the letterhead with a trade under it
# (`Freelance UX Designer`) and a street / e-mail, `Timesheet & Invoice` as the title, `Client` over the client's
# company, `Ref.` / `Issued` / `Payment due` keys in a column right, `Period: <from> – <to>`, a table of dated
# work sessions (date, task, hours, rate, amount), `Total hours`, `Subtotal`, `VAT 20%` and `Balance due` in pounds or
# euros, and payment details (`Sort code`, `IBAN`) at the foot.
EN_TIMESHEET_CSS = """
body {{ padding: 48px 56px; }}
.top {{ display: flex; justify-content: space-between; align-items: flex-start; }}
.me span {{ display: block; }} .me .n {{ font-size: 26px; font-weight: bold; color: {accent}; }}
.me .tr {{ color: #666; font-size: 14px; }}
h1 {{ font-size: 20px; letter-spacing: 1px; margin: 22px 0 10px; color: {accent}; }}
.mid {{ display: flex; justify-content: space-between; }} .cl span {{ display: block; }}
.cl .lb {{ font-size: 12px; color: #777; text-transform: uppercase; }}
table.k td {{ padding: 2px 6px; font-size: 13px; }} table.k td.l {{ color: #666; text-align: right; }}
table.v {{ width: 100%; margin-top: 16px; }}
table.v td {{ padding: 5px 6px; border-bottom: 1px solid #ddd; font-size: 13px; }}
table.v tr.h td {{ font-weight: bold; border-bottom: 2px solid #333; }} td.n {{ text-align: right; }}
table.t {{ width: 44%; margin: 10px 0 0 auto; }} table.t td {{ padding: 3px 6px; }}
table.t tr.g td {{ font-weight: bold; border-top: 2px solid #333; font-size: 16px; }}
.pay {{ margin-top: 30px; font-size: 12px; color: #444; }} .pay span {{ display: block; }}
"""
EN_TIMESHEET_BODY = """
<div class="top"><div class="me">{me}</div></div>
<h1 data-gt="header">{title}</h1>
<div class="mid"><div class="cl">{client}</div><table class="k">{meta}</table></div>
<table class="v">{rows}</table>
<table class="t">{sums}</table>
<div class="pay">{pay}</div>
"""

TRADES = (
    "Freelance UX Designer",
    "Independent Software Developer",
    "Freelance Copywriter",
    "Photographer",
    "Bookkeeping Consultant",
    "Freelance Translator",
)
TASKS = (
    "Wireframes and user flows",
    "Client workshop",
    "Bug fixes and code review",
    "Copy edits, landing page",
    "Photo shoot and editing",
    "Monthly reconciliation",
    "Translation, product sheets",
    "Project call",
)
EU_TOWNS = (("London", "EC1V 2NX"), ("Manchester", "M4 1HN"), ("Brighton", "BN1 1AE"), ("Edinburgh", "EH1 1YZ"))


def en_timesheet_invoice(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    me = f"{rng.choice(d.EN_FIRST)} {rng.choice(d.EN_LAST)}"
    client = f"{rng.choice(d.EN_COMPANY_A)} {rng.choice(d.EN_COMPANY_B)} {rng.choice(('Ltd', 'Ltd.', 'LLP', 'plc'))}"
    gbp = rng.random() < 0.6
    sym, cur = ("£", "GBP") if gbp else ("€", "EUR")
    issued = d._rand_date(rng, 2020, 2025)
    due = issued + timedelta(days=rng.choice((7, 14, 30)))
    fmt = rng.choice(("%d %b %Y", "%d/%m/%Y", "%B %d, %Y"))
    number = f"{me.split()[1][:3].upper()}-{issued.year}-{rng.randrange(1, 60):03d}"
    town, post = rng.choice(EU_TOWNS)
    mail = f"hello@{me.split()[1].lower()}{rng.choice(('.studio', '.design', '.co.uk', '.dev'))}"
    me_html = (
        t("seller_name", me, cls="n")
        + t("other", rng.choice(TRADES), cls="tr")
        + t(
            "other",
            f"{rng.randrange(2, 200)} {rng.choice(('High Street', 'King Street', 'Queens Road'))}, {town} {post}",
        )
        + t("other", mail)
    )
    client_html = t("key", rng.choice(("Client", "Billed to", "Prepared for")), cls="lb") + t("buyer_name", client)
    client_html += t("other", f"Attn: {rng.choice(d.EN_FIRST)} {rng.choice(d.EN_LAST)}")
    start = issued - timedelta(days=rng.randrange(20, 35))
    meta = "".join(
        f'<tr><td class="l">{t("key", k)}</td><td>{t(n, v)}</td></tr>'
        for k, v, n in (
            (rng.choice(("Ref.", "Invoice ref", "Reference")), number, "invoice_number"),
            (rng.choice(("Issued", "Date issued")), issued.strftime(fmt), "date"),
            (rng.choice(("Payment due", "Pay by")), due.strftime(fmt), "due_date"),
            ("Period", f"{start.strftime('%d/%m')} – {(issued - timedelta(days=1)).strftime('%d/%m')}", "other"),
        )
    )
    rate = Decimal(rng.choice((35, 45, 55, 60, 75)))
    head = ("Date", "Task", "Hours", "Rate", "Amount")
    rows = (
        '<tr class="h">'
        + "".join(f'<td class="{"n" if i > 1 else ""}">{t("header", h)}</td>' for i, h in enumerate(head))
        + "</tr>"
    )
    hours = subtotal = Decimal(0)
    for k in range(rng.randrange(4, 8)):
        h = Decimal(rng.randrange(2, 17)) / 2
        amt = h * rate
        hours, subtotal = hours + h, subtotal + amt
        day = (start + timedelta(days=3 * k + rng.randrange(3))).strftime("%d/%m/%Y")
        rows += _item_row(
            (day, rng.choice(TASKS), f"{h:.1f}", f"{sym}{rate:.2f}", f"{sym}{d._money(amt)}"),
            lambda i: "n" if i > 1 else "",
        )
    vat = (subtotal * Decimal("0.2")).quantize(Decimal("0.01"), ROUND_HALF_UP) if gbp else Decimal(0)
    total = subtotal + vat
    sums_rows = [
        ("Total hours", f"{hours:.1f}", "other", ""),
        ("Subtotal", sym + d._fmt_thousands(subtotal), "subtotal", ""),
    ]
    if gbp:
        sums_rows.append(("VAT 20%", sym + d._fmt_thousands(vat), "tax", ""))
    sums_rows.append(
        (rng.choice(("Balance due", "Amount due", "Total due")), sym + d._fmt_thousands(total), "total", "g")
    )
    sums = "".join(
        f'<tr class="{cl}"><td>{t("key", k)}</td><td class="n">{t(n, v)}</td></tr>' for k, v, n, cl in sums_rows
    )
    pay = (
        t("other", f"Please pay by bank transfer to {me}")
        + t(
            "other",
            f"Sort code {rng.randrange(10, 99)}-{rng.randrange(10, 99)}-{rng.randrange(10, 99)} · "
            f"Account {rng.randrange(10**7, 10**8)}",
        )
        + t("other", "Thank you for your business!")
    )
    slots = {
        "me": me_html,
        "title": rng.choice(("Timesheet & Invoice", "TIMESHEET / INVOICE", "Invoice for hours worked")),
        "client": client_html,
        "meta": meta,
        "rows": rows,
        "sums": sums,
        "pay": pay,
    }
    return slots, _truth(number, me, client, cur, issued, total, due=due, subtotal=subtotal, tax=vat if gbp else None)


FAMILIES = {
    "en_rightside_resume": (Family("en", "resume", "resume", EN_RIGHT_CSS, EN_RIGHT_BODY), en_rightside_resume),
    "en_labelcol_resume": (Family("en", "resume", "resume", EN_LABELCOL_CSS, EN_LABELCOL_BODY), en_labelcol_resume),
    "en_grad_resume": (Family("en", "resume", "resume", EN_GRAD_CSS, EN_GRAD_BODY), en_grad_resume),
    "zh_grid_resume": (Family("zh", "resume", "resume", ZH_GRID_CSS, ZH_GRID_BODY), zh_grid_resume),
    "zh_vat_rows": (Family("zh", "invoice", "invoice_cn_vat", ZH_VATROWS_CSS, ZH_VATROWS_BODY), zh_vat_rows),
    "zh_outbound_note": (Family("zh", "invoice", "invoice_cn", ZH_OUT_CSS, ZH_OUT_BODY), zh_outbound_note),
    "en_timesheet_invoice": (
        Family("en", "invoice", "invoice", EN_TIMESHEET_CSS, EN_TIMESHEET_BODY),
        en_timesheet_invoice,
    ),
}
# written after round 16 was fixed, scored before any change
ROUND17 = tuple(FAMILIES)


def make(family: str, rng: random.Random, browser: Browser) -> d.Sample:
    """One page of a round-17 `family` typeset by `browser` (browser_docs.make over this module's families)."""
    return _make(family, rng, browser, FAMILIES)


def generate(out: Path, n: int, families: tuple[str, ...], variants: tuple[str, ...], seed: int = 0) -> list[Any]:
    return _generate(out, n, families, variants, seed, registry=FAMILIES)


def main() -> None:
    d.family_main("Generate round-17 browser-typeset resumes and invoices with ground truth.", FAMILIES, generate)


if __name__ == "__main__":
    main()
