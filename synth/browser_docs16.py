"""Round 16 of the browser-typeset held-out resumes and invoices (rounds 9 to 15 in synth/browser_docs*.py): written
after round 15b was fixed and scored before any change. Same conventions: a family is a style sheet and a body
template filled from one record of values, every printed text an element marked `data-gt="<label>"`. `make` and
`generate` here are browser_docs's over these families.

    python -m docsense.synth.browser_docs16 OUT --n 2 --variants clean,rot90,rot180,gray,rgba --seed 19
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
# A hybrid (combination) resume: the name left and a keyed contact table right (`Address:` holding the whole street
# address `12 Oak Avenue, Austin, TX 78701`, `Mobile:`, `Email:`), a summary, `Core Competencies` as a three-column
# grid of bullets, experience, and education as ONE line `<abbreviated degree>, <Major> — <School>, <year>`.
EN_HYBRID_CSS = """
body {{ padding: 44px 56px; }}
.top {{ display: flex; justify-content: space-between; align-items: flex-start; border-bottom: 3px solid {accent};
  padding-bottom: 10px; }}
h1 {{ font-size: 32px; color: {accent}; }} .pos {{ display: block; font-size: 15px; color: #555; }}
table.c td {{ padding: 1px 6px; font-size: 13px; }} table.c td.k {{ font-weight: bold; text-align: right; }}
h2 {{ font-size: 16px; text-transform: uppercase; color: {accent}; margin: 16px 0 6px; }}
.grid {{ display: flex; flex-wrap: wrap; }} .grid span {{ width: 33%; margin: 2px 0; }}
.j {{ margin: 6px 0; }} .j b {{ display: block; }} .j span {{ display: block; color: #444; }}
"""
EN_HYBRID_BODY = """
<div class="top"><div><h1 data-gt="name">{name}</h1><span class="pos" data-gt="other">{pos}</span></div>
<table class="c">{contact}</table></div>
<h2 data-gt="header">Summary</h2><p data-gt="other">{summary}</p>
<h2 data-gt="header">Core Competencies</h2><div class="grid">{grid}</div>
<h2 data-gt="header">Professional Experience</h2>{jobs}
<h2 data-gt="header">Education</h2>{edu}
"""

# A British / international CV: `Curriculum Vitae` as the title, then `Personal Details` as a ruled two-column table
# (`Name`, `Date of Birth`, `Nationality`, `Address` — a UK street, town and postcode on one line —, `Telephone`,
# `Email`), `Personal Statement`, `Education and Qualifications` with dated rows — the degree as `BSc (Hons)
# <Subject>` at a university, A-levels at a sixth-form college under it —, `Employment History`, `Referees`.
EN_INTL_CSS = """
body {{ padding: 48px 64px; }}
h1 {{ text-align: center; font-size: 26px; letter-spacing: 2px; margin-bottom: 14px; }}
h2 {{ font-size: 16px; border-bottom: 1px solid #333; margin: 16px 0 6px; }}
table.p {{ width: 100%; }} table.p td {{ padding: 3px 6px; border: 1px solid #bbb; }}
table.p td.k {{ width: 26%; background: {shade}; }}
.q {{ display: flex; margin: 4px 0; }} .q .dt {{ width: 150px; color: #444; }} .q .tx {{ flex: 1; }}
.q .tx span.l {{ display: block; }}
"""
EN_INTL_BODY = """
<h1 data-gt="header">CURRICULUM VITAE</h1>
<h2 data-gt="header">Personal Details</h2><table class="p">{details}</table>
<h2 data-gt="header">Personal Statement</h2><p data-gt="other">{statement}</p>
<h2 data-gt="header">Education and Qualifications</h2>{edu}
<h2 data-gt="header">Employment History</h2>{jobs}
<h2 data-gt="header">Referees</h2><p data-gt="other">Available on request.</p>
"""

# An executive resume: the name centred in spaced capitals, under it a TAGLINE of pipe-separated areas of expertise
# (`VICE PRESIDENT OF OPERATIONS | SUPPLY CHAIN | P&L LEADERSHIP` — it looks like a contact line and is none), the
# contact line under a thin rule, `Executive Summary`, `Selected Achievements` full of figures (`$12.4M`, `35%`,
# `1,200 staff`), experience, and `Education & Credentials` last: `<Degree>, <Major> | <School>` plus a certificate.
EN_EXEC_CSS = """
body {{ padding: 46px 64px; }}
.nm {{ text-align: center; font-size: 30px; letter-spacing: 6px; font-weight: bold; }}
.tag {{ text-align: center; font-size: 13px; letter-spacing: 1px; color: {accent}; margin: 6px 0; }}
.ct {{ text-align: center; font-size: 13px; border-top: 1px solid #999; border-bottom: 1px solid #999;
  padding: 4px 0; margin-bottom: 10px; }}
h2 {{ font-size: 15px; letter-spacing: 3px; text-align: center; margin: 16px 0 6px; color: {accent}; }}
ul {{ margin: 0 0 0 18px; padding: 0; }} li {{ margin: 2px 0; }}
.j {{ margin: 6px 0; }} .j .h {{ display: flex; justify-content: space-between; font-weight: bold; }}
.ed {{ text-align: center; }} .ed > span {{ display: block; }}
"""
EN_EXEC_BODY = """
<div class="nm" data-gt="name">{name}</div>
<div class="tag" data-gt="other">{tagline}</div>
<div class="ct">{contact}</div>
<h2 data-gt="header">EXECUTIVE SUMMARY</h2><p data-gt="other">{summary}</p>
<h2 data-gt="header">SELECTED ACHIEVEMENTS</h2><ul>{wins}</ul>
<h2 data-gt="header">PROFESSIONAL EXPERIENCE</h2>{jobs}
<h2 data-gt="header">EDUCATION &amp; CREDENTIALS</h2><div class="ed">{edu}</div>
"""

ABBR_DEG = (("B.S.", "Bachelor of Science"), ("B.A.", "Bachelor of Arts"), ("M.S.", "Master of Science"),
            ("BBA", ""), ("M.Eng.", ""))  # fmt: skip


def en_hybrid_resume(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    p = _en_person(rng)
    p["degree"] = rng.choice(ABBR_DEG)[0]
    street = f"{rng.randrange(10, 9999)} {rng.choice(d.EN_STREETS)}"
    zipc = f"{rng.randrange(10000, 99999)}"
    keys = rng.choice((("Address:", "Mobile:", "Email:"), ("Address", "Cell", "E-mail"), ("Home:", "Phone:", "Mail:")))
    rows = (
        (keys[0], t("other", street + ", ") + t("city", p["city"]) + t("other", " " + zipc)),
        (keys[1], t("phone", p["phone_txt"])),
        (keys[2], t("email", p["email"])),
    )
    contact = "".join(f'<tr><td class="k" data-gt="key">{k}</td><td>{v}</td></tr>' for k, v in rows)
    grid = "".join(t("other", "• " + s) for s in rng.sample(r.SKILLS, 6))
    jobs = ""
    for comp, pos, a in _jobs(rng, 2):
        jobs += (f'<div class="j">{t("other", pos, tag="b")}{t("other", f"{comp} — {a} to {a + 3}")}'
                 f'{t("other", rng.choice(r.BULLETS))}</div>')  # fmt: skip
    end = rng.randrange(2004, 2020)
    dash = html.escape(rng.choice((" — ", " – ", " - ")))
    edu = (f'<p>{t("degree", p["degree"])}, {t("major", p["major"])}{dash}{t("school", p["school"])}'
           f'{t("other", f", {end}")}</p>')  # fmt: skip
    slots = {"name": html.escape(p["name"]), "pos": rng.choice(d.EN_POSITIONS), "contact": contact,
             "summary": "Versatile professional combining hands-on delivery with team leadership and planning.",
             "grid": grid, "jobs": jobs, "edu": edu}  # fmt: skip
    return slots, r._fields(p)


UK_TOWNS = (("Leeds", "LS1 4AB"), ("Manchester", "M1 2WD"), ("Bristol", "BS1 5TR"), ("Cardiff", "CF10 1EP"),
            ("Glasgow", "G2 3HQ"), ("Nottingham", "NG1 5FS"), ("Sheffield", "S1 2GH"), ("York", "YO1 7HH"))  # fmt: skip
UK_UNIS = ("University of Leeds", "University of Bristol", "Cardiff University", "University of Glasgow",
           "University of Sheffield", "University of Nottingham", "Durham University")  # fmt: skip
UK_PHONE = ("07{} {} {}", "+44 7{} {} {}")


def en_intl_cv(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    p = _en_person(rng)
    town, post = rng.choice(UK_TOWNS)
    digits = (f"{rng.randrange(100, 999)}", f"{rng.randrange(100, 999)}", f"{rng.randrange(1000, 9999)}")
    phone = rng.choice(UK_PHONE).format(*digits)
    school = rng.choice(UK_UNIS)
    subject = rng.choice(("Economics", "Mechanical Engineering", "Psychology", "Computer Science", "Accounting"))
    deg = rng.choice(("BSc", "BA", "MSc", "BEng"))
    by = rng.randrange(1980, 2000)
    dob = f"{rng.randrange(1, 28)} {rng.choice(('March', 'June', 'October', 'January'))} {by}"
    street = f"{rng.randrange(1, 200)} {rng.choice(('Park Road', 'Church Lane', 'Victoria Street', 'Mill Lane'))}"
    details = (("Name", t("name", p["name"])), ("Date of Birth", t("other", dob)),
               ("Nationality", t("other", rng.choice(("British", "Irish", "Canadian")))),
               ("Address", t("other", street + ", ") + t("city", town) + t("other", " " + post)),
               ("Telephone", t("phone", phone)), ("Email", t("email", p["email"])))  # fmt: skip
    details_html = "".join(f'<tr><td class="k" data-gt="key">{k}</td><td>{v}</td></tr>' for k, v in details)
    y = by + 18
    hons = rng.random() < 0.6
    uni = (f'<div class="q">{t("date", f"{y + 1} – {y + 4}", cls="dt")}<span class="tx">'
           f'<span class="l">{t("school", school)}</span><span class="l">{t("degree", deg)}'
           f'{t("other", " (Hons)") if hons else ""} {t("major", subject)}'
           f'{t("other", ", " + rng.choice(("First Class", "2:1", "2:2")))}</span></span></div>')  # fmt: skip
    college = (f'<div class="q">{t("other", f"{y - 1} – {y + 1}", cls="dt")}<span class="tx">'
               f'<span class="l">{t("other", rng.choice(("St Mary’s Sixth Form College", "Queen Elizabeth College")))}'
               f'</span><span class="l">{t("other", "A-levels: Mathematics (A), Physics (B), History (B)")}</span>'
               "</span></div>")  # fmt: skip
    jobs = ""
    for comp, pos, a in _jobs(rng, 2):
        jobs += (f'<div class="q">{t("other", f"{a} – {a + 3}", cls="dt")}<span class="tx">'
                 f'<span class="l">{t("other", f"{pos}, {comp}")}</span>'
                 f'<span class="l">{t("other", rng.choice(r.BULLETS))}</span></span></div>')  # fmt: skip
    slots = {"details": details_html,
             "statement": "A motivated graduate seeking a role where analytical skills and teamwork add value.",
             "edu": uni + college, "jobs": jobs}  # fmt: skip
    return slots, {"name": p["name"], "phone": phone, "email": p["email"], "city": town, "degree": deg,
                   "school": school, "major": subject}  # fmt: skip


TAGS = ("VICE PRESIDENT OF OPERATIONS", "SUPPLY CHAIN", "P&L LEADERSHIP", "DIGITAL TRANSFORMATION",
        "MERGERS & ACQUISITIONS", "CHIEF FINANCIAL OFFICER", "GLOBAL SALES", "CHANGE MANAGEMENT")  # fmt: skip


def en_exec_resume(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    p = _en_person(rng)
    p["degree"] = rng.choice(("Bachelor of Science", "Master of Science", "Bachelor of Arts", "B.S.", "M.A."))
    tagline = " | ".join(rng.sample(TAGS, 4))
    sep = html.escape(rng.choice((" | ", "  •  ", " ◆ ")))
    parts = [t("city", p["city"]), t("phone", p["phone_txt"]), t("email", p["email"]),
             t("other", f"linkedin.com/in/{p['name'].lower().replace(' ', '')}")]  # fmt: skip
    contact = sep.join(parts)
    wins = "".join(
        f'<li data-gt="other">{w}</li>'
        for w in (f"Grew revenue from ${rng.randrange(5, 40)}.{rng.randrange(10)}M to ${rng.randrange(41, 99)}M "
                  f"in {rng.randrange(2, 5)} years.",
                  f"Cut operating costs {rng.randrange(12, 40)}% across {rng.randrange(3, 12)} plants and "
                  f"{rng.randrange(1, 9)},{rng.randrange(100, 999)} staff.",
                  f"Led a {rng.randrange(120, 900)}-person integration after a ${rng.randrange(50, 400)}M acquisition.")
    )  # fmt: skip
    jobs = ""
    for comp, pos, a in _jobs(rng, 2):
        jobs += (f'<div class="j"><div class="h">{t("other", f"{pos.upper()}, {comp}")}{t("other", f"{a} – {a + 4}")}'
                 f'</div>{t("other", rng.choice(r.BULLETS), tag="p")}</div>')  # fmt: skip
    bar = html.escape(rng.choice((" | ", ", ")))
    edu = (
        f"<span>{t('degree', p['degree'])}, {t('major', p['major'])}{bar}{t('school', p['school'])}</span>"
        f"{t('other', rng.choice(('Certified Six Sigma Black Belt', 'Certified Public Accountant (CPA)')))}"
    )
    slots = {"name": html.escape(p["name"].upper()), "tagline": html.escape(tagline), "contact": contact,
             "summary": "Operations executive who turns around under-performing units and builds lasting teams.",
             "wins": wins, "jobs": jobs, "edu": edu}  # fmt: skip
    return slots, r._fields(p) | {"name": p["name"].upper()}


# --- Chinese ------------------------------------------------------------------------------------------------------
# A resume written as prose (自述式简历, as in some application forms): `个人简历` as the title, then 基本情况 as ONE
# paragraph — `张伟，男，汉族，1992年5月出生，中共党员，本科学历，现居住在成都。联系电话：138…，电子邮箱：…。` — and the
# education and work as sentences (`2010年9月至2014年6月，就读于武汉大学会计学专业。`).
ZH_PROSE_CSS = """
body {{ padding: 60px 72px; line-height: 1.9; }}
h1 {{ text-align: center; font-size: 28px; letter-spacing: {spacing}px; margin-bottom: 16px; }}
h2 {{ font-size: 17px; margin: 14px 0 4px; }} p {{ text-indent: 2em; margin: 2px 0; }}
"""
ZH_PROSE_BODY = """
<h1 data-gt="header">个人简历</h1>
<h2 data-gt="header">{h1}</h2><p>{basic}</p>
<h2 data-gt="header">{h2}</h2><p>{edu}</p>
<h2 data-gt="header">{h3}</h2><p>{work}</p>
<h2 data-gt="header">自我评价</h2><p data-gt="other">工作认真负责，学习能力强，具有良好的团队合作精神。</p>
"""

# A purchase order (采购订单) issued BY the buyer: the buyer's company name is the letterhead over `采购订单`, with no
# key; 订单编号 / 下单日期 / 交货日期 under it; the supplier as `供应商：` with 联系人 / 电话; 收货地址; a goods table
# with 税率; `含税总金额` in figures and `大写` in words; 采购员 / 审批 at the foot.
ZH_PO_CSS = """
body {{ padding: 46px 56px; }}
.lh {{ text-align: center; font-size: 22px; font-weight: bold; }}
h1 {{ text-align: center; font-size: 24px; letter-spacing: {spacing}px; margin: 4px 0 14px; }}
.m {{ display: flex; flex-wrap: wrap; }} .m span.p {{ width: 50%; margin: 3px 0; }}
table.g {{ width: 100%; margin-top: 12px; }} table.g td {{ border: 1px solid #444; padding: 4px 6px; font-size: 13px; }}
table.g tr.h td {{ text-align: center; background: {shade}; }} td.n {{ text-align: right; }}
.s {{ margin-top: 8px; }} .ft {{ display: flex; justify-content: space-between; margin-top: 26px; }}
"""
ZH_PO_BODY = """
<div class="lh" data-gt="buyer_name">{buyer}</div>
<h1 data-gt="header">{title}</h1>
<div class="m">{meta}</div>
<table class="g">{rows}</table>
<div class="s">{sums}</div>
<div class="ft">{foot}</div>
"""

# A Chinese proforma invoice (形式发票) whose parties are the COLUMNS of a ruled grid: a header row
# `项目 | 卖方 | 买方`, then rows `名称`, `纳税人识别号`, `地址电话`, `开户行及账号` (no party key left of a
# name); 发票号 / 日期 above the grid; the goods table; `价税合计（大写）… （小写）¥…`; 有效期 and 备注.
ZH_PROFORMA_CSS = """
body {{ padding: 48px 56px; }}
h1 {{ text-align: center; font-size: 26px; letter-spacing: {spacing}px; margin-bottom: 8px; }}
.no {{ display: flex; justify-content: space-between; margin-bottom: 10px; }}
table.pp, table.g {{ width: 100%; }} table.pp td, table.g td {{ border: 1px solid #333; padding: 4px 6px;
  font-size: 13px; }}
table.pp tr.h td, table.g tr.h td {{ text-align: center; background: {shade}; }} td.k {{ width: 16%; }}
table.g {{ margin-top: 12px; }} td.n {{ text-align: right; }}
p {{ margin: 6px 0; }}
"""
ZH_PROFORMA_BODY = """
<h1 data-gt="header">形 式 发 票</h1>
<div class="no"><span>{number}</span><span>{date}</span></div>
<table class="pp">{parties}</table>
<table class="g">{rows}{sums}</table>
<p data-gt="other">{note}</p>
"""


# what the education sentence says the person earned: the same level as the 学历 in the first paragraph (the
# first version drew it apart from the degree: `博士学历` over `获学士学位`, a generator fault found after the
# first score)
DEGREE_END = {"本科": "获学士学位", "硕士": "获硕士学位", "博士": "获博士学位", "大专": "取得大专毕业证书"}


def zh_prose_resume(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    p = r._person_zh(rng)
    gender = rng.choice(("男", "女"))
    by, bm = rng.randrange(1985, 2000), rng.randrange(1, 13)
    live = rng.choice(("现居住在", "现居", "目前居住于"))
    basic = (
        f"{t('name', p['name'])}<span>，</span>{t('gender', gender)}<span>，汉族，{by}年{bm}月出生，"
        f"{rng.choice(('中共党员', '群众', '共青团员'))}，</span>{t('degree', p['degree'])}<span>学历，{live}</span>"
        f"{t('city', p['city'])}<span>。{rng.choice(('联系电话：', '手机：', '电话：'))}</span>{t('phone', p['phone'])}"
        f"<span>，{rng.choice(('电子邮箱：', '邮箱：', 'E-mail：'))}</span>{t('email', p['email'])}<span>。</span>"
    )
    beg = by + 18
    end = beg + (3 if p["degree"] in ("大专", "硕士") else 4)
    edu = (
        f"<span>{beg}年9月至{end}年6月，就读于</span>{t('school', p['school'])}{t('major', p['major'])}"
        f"<span>专业，{DEGREE_END[p['degree']]}。</span>"
    )
    comp = _zh_company(rng)
    work = (
        f'<span data-gt="other">{end}年7月至今，在{comp}担任{rng.choice(d.ZH_POSITIONS)}，负责日常业务工作，'
        f"多次获评优秀员工。</span>"
    )
    h = rng.choice((("基本情况", "教育经历", "工作经历"), ("个人概况", "学习经历", "工作经历")))
    slots = {"h1": h[0], "h2": h[1], "h3": h[2], "basic": basic, "edu": edu, "work": work}
    # the phone is printed as the plain 11 digits here
    return slots, r._fields(p) | {"gender": gender}


def zh_purchase_order(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    buyer = _zh_company(rng)
    seller = _zh_company(rng, buyer)
    issued = d._rand_date(rng, 2019, 2025)
    deliver = issued + timedelta(days=rng.randrange(5, 30))
    number = f"PO{issued.year}{issued.month:02d}{rng.randrange(100, 999)}"
    when = rng.choice((f"{issued.year}年{issued.month}月{issued.day}日", issued.isoformat()))
    meta_items = (("订单编号：", number, "invoice_number"), ("下单日期：", when, "date"),
                  ("供应商：", seller, "seller_name"), ("交货日期：", deliver.isoformat(), "other"),
                  ("联系人：", d._zh_name(rng), "other"), ("联系电话：", d._cn_mobile(rng), "other"),
                  ("收货地址：", f"{rng.choice(d.ZH_CITIES)}市{rng.choice(('高新区', '经开区'))}"
                               f"{rng.choice(('科技路', '工业大道', '创业路'))}{rng.randrange(1, 300)}号", "other"),
                  ("付款方式：", rng.choice(("月结30天", "货到付款", "预付30%")), "other"))  # fmt: skip
    meta = "".join(f'<span class="p">{t("key", k)}{t(n, v)}</span>' for k, v, n in meta_items)
    head = ("序号", "物料名称", "规格型号", "单位", "数量", "含税单价", "税率", "含税金额")
    rows = '<tr class="h">' + "".join(f"<td>{t('header', h)}</td>" for h in head) + "</tr>"
    total = Decimal(0)
    for i, g in enumerate(rng.sample(d.ZH_GOODS, rng.randrange(2, 5))):
        qty, unit = Decimal(rng.randrange(1, 80)), Decimal(rng.randrange(500, 150000)) / 100
        amount = qty * unit
        total += amount
        rows += _item_row((str(i + 1), g[0], g[1], g[2], str(qty), d._money(unit), "13%", d._money(amount)),
                          lambda j: "n" if j > 3 else "")  # fmt: skip
    sums = (f"{t('key', '含税总金额：')}{t('total', '¥' + d._money(total))}<span>　　</span>"
            f"{t('key', '大写：')}{t('other', decimal_to_cn_upper(total))}")  # fmt: skip
    foot = "".join(t("other", f"{k}{d._zh_name(rng)}") for k in ("采购员：", "审核：", "批准："))
    slots = {"buyer": html.escape(buyer), "title": rng.choice(("采购订单", "采 购 订 单", "采购单")), "meta": meta,
             "rows": rows, "sums": sums, "foot": foot}  # fmt: skip
    return slots, _truth(number, seller, buyer, "CNY", issued, total)


def zh_proforma(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    seller = _zh_company(rng)
    buyer = _zh_company(rng, seller)
    issued = d._rand_date(rng, 2019, 2025)
    number = f"PI-{issued.year}{rng.randrange(1000, 9999)}"
    s_tax, b_tax = d._tax_id(rng), d._tax_id(rng)
    when = rng.choice((f"{issued.year}年{issued.month}月{issued.day}日", issued.isoformat()))

    def addr() -> str:
        road = rng.choice(("人民路", "中山路", "解放路"))
        return f"{rng.choice(d.ZH_CITIES)}市{road}{rng.randrange(1, 500)}号 {d._cn_mobile(rng)}"

    def bank() -> str:
        name = rng.choice(("中国银行", "工商银行", "建设银行"))
        return f"{name}{rng.choice(d.ZH_CITIES)}分行 {rng.randrange(10**15, 10**16)}"

    order = rng.random() < 0.5  # seller column first or buyer column first
    cols = (("卖方", "seller"), ("买方", "buyer")) if order else (("买方", "buyer"), ("卖方", "seller"))
    vals = {"seller": (seller, s_tax, addr(), bank()), "buyer": (buyer, b_tax, addr(), bank())}
    parties = '<tr class="h">' + f"<td>{t('header', '项目')}</td>"
    parties += "".join(f"<td>{t('header', c[0])}</td>" for c in cols) + "</tr>"
    for i, k in enumerate(("名称", "纳税人识别号", "地址、电话", "开户行及账号")):
        cells = ""
        for _, who in cols:
            label = {0: f"{who}_name", 1: f"{who}_tax_id"}.get(i, "other")
            cells += f"<td>{t(label, vals[who][i])}</td>"
        parties += f'<tr><td class="k">{t("key", k)}</td>{cells}</tr>'
    head = ("货物名称", "规格型号", "数量", "单价", "金额", "税率", "税额")
    rows = '<tr class="h">' + "".join(f"<td>{t('header', h)}</td>" for h in head) + "</tr>"
    subtotal = Decimal(0)
    tax = Decimal(0)
    for g in rng.sample(d.ZH_GOODS, rng.randrange(2, 4)):
        qty, unit = Decimal(rng.randrange(1, 50)), Decimal(rng.randrange(1000, 100000)) / 100
        amount = qty * unit
        tx = (amount * Decimal("0.13")).quantize(Decimal("0.01"), ROUND_HALF_UP)
        subtotal += amount
        tax += tx
        rows += _item_row((g[0], g[1], str(qty), d._money(unit), d._money(amount), "13%", d._money(tx)),
                          lambda j: "n" if j > 1 else "")  # fmt: skip
    total = subtotal + tax
    sums = (
        f'<tr><td>{t("key", "合计")}</td><td colspan="3"></td><td class="n">{t("subtotal", "¥" + d._money(subtotal))}'
        f'</td><td></td><td class="n">{t("tax", "¥" + d._money(tax))}</td></tr>'
        f'<tr><td>{t("key", "价税合计（大写）")}</td><td colspan="4">{t("other", decimal_to_cn_upper(total))}</td>'
        f'<td>{t("key", "（小写）")}</td><td class="n">{t("total", "¥" + d._money(total))}</td></tr>'
    )
    slots = {"number": t("key", "发票号：") + t("invoice_number", number),
             "date": t("key", "日期：") + t("date", when), "parties": parties, "rows": rows, "sums": sums,
             "note": f"本形式发票有效期{rng.choice((15, 30))}天，仅供报关及付款使用，不作为税务凭证。"}  # fmt: skip
    return slots, _truth(number, seller, buyer, "CNY", issued, total, subtotal=subtotal, tax=tax,
                         seller_tax_id=s_tax, buyer_tax_id=b_tax)  # fmt: skip


# --- English invoice ----------------------------------------------------------------------------------------------
# A medical practice's patient statement: the practice's name and address top left (no key), `STATEMENT` right with
# `Statement Date`, `Statement #`, `Account No.` in a keyed box, the RESPONSIBLE PARTY's name and address under a
# label (`Responsible Party` / `Guarantor`), a table of visits (date of service, procedure code, charges, insurance
# paid, adjustments, balance), `Total Charges`, `Insurance Payments`, `Amount Due From Patient`, `Please pay by`,
# and a detachable coupon with the amount due again.
EN_MED_CSS = """
body {{ padding: 44px 52px; }}
.top {{ display: flex; justify-content: space-between; }}
.pr span {{ display: block; }} .pr .n {{ font-size: 20px; font-weight: bold; color: {accent}; }}
.st h1 {{ font-size: 26px; text-align: right; letter-spacing: 2px; }}
table.k td {{ border: 1px solid #999; padding: 3px 8px; font-size: 13px; }} table.k td.l {{ background: {shade}; }}
.rp {{ margin: 22px 0 10px; }} .rp span {{ display: block; }} .rp .lb {{ font-size: 11px; color: #666;
  text-transform: uppercase; letter-spacing: 1px; }}
table.v {{ width: 100%; margin-top: 10px; }} table.v td {{ padding: 5px 6px; border-bottom: 1px solid #ccc;
  font-size: 13px; }}
table.v tr.h td {{ font-weight: bold; background: {shade}; }} td.n {{ text-align: right; }}
table.t {{ width: 46%; margin: 10px 0 0 auto; }} table.t td {{ padding: 3px 6px; }}
table.t tr.g td {{ font-weight: bold; border-top: 2px solid #333; font-size: 16px; }}
.cp {{ margin-top: 40px; border-top: 2px dashed #888; padding-top: 10px; font-size: 13px; }}
"""
EN_MED_BODY = """
<div class="top"><div class="pr">{practice}</div><div class="st"><h1 data-gt="header">STATEMENT</h1>
<table class="k">{meta}</table></div></div>
<div class="rp">{party}</div>
<table class="v">{rows}</table>
<table class="t">{sums}</table>
<p>{payby}</p>
<div class="cp">{coupon}</div>
"""

PRACTICE = ("Family Medicine", "Dental Care", "Pediatrics", "Orthopedic Associates", "Eye Clinic")
PROCS = (("99213", "Office visit, established patient"), ("99203", "Office visit, new patient"),
         ("85025", "Complete blood count"), ("71046", "Chest X-ray, 2 views"), ("D1110", "Adult prophylaxis"),
         ("90686", "Influenza vaccine"), ("97110", "Therapeutic exercise"))  # fmt: skip


def en_medical_statement(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    seller = f"{rng.choice(('Riverside', 'Oakwood', 'Lakeview', 'Summit', 'Cedar Hill'))} {rng.choice(PRACTICE)}"
    seller += rng.choice((", P.C.", " LLC", ", PLLC", ""))
    patient = f"{rng.choice(d.EN_FIRST)} {rng.choice(d.EN_LAST)}"
    issued = d._rand_date(rng, 2020, 2025)
    due = issued + timedelta(days=rng.choice((21, 30)))
    number = f"{rng.randrange(100000, 999999)}"
    fmt = rng.choice(("%m/%d/%Y", "%b %d, %Y"))
    city = rng.choice(d.EN_CITIES)
    practice = (t("seller_name", seller, cls="n") + t("other", f"{rng.randrange(100, 9999)} {rng.choice(d.EN_STREETS)}")
                + t("other", f"{city} {rng.randrange(10000, 99999)}")
                + t("other", f"Billing questions: ({rng.randrange(201, 989)}) {rng.randrange(200, 999)}-"
                             f"{rng.randrange(1000, 9999)}"))  # fmt: skip
    meta = "".join(
        f'<tr><td class="l">{t("key", k)}</td><td>{t(n, v)}</td></tr>'
        for k, v, n in (("Statement Date", issued.strftime(fmt), "date"), ("Statement #", number, "invoice_number"),
                        ("Account No.", f"A{rng.randrange(10000, 99999)}", "other"))
    )  # fmt: skip
    label = rng.choice(("Responsible Party", "Guarantor", "Patient / Guarantor"))
    party = (t("key", label, cls="lb") + t("buyer_name", patient)
             + t("other", f"{rng.randrange(10, 999)} {rng.choice(d.EN_STREETS)}")
             + t("other", f"{rng.choice(d.EN_CITIES)} {rng.randrange(10000, 99999)}"))  # fmt: skip
    head = ("Date of Service", "Code", "Description", "Charges", "Ins. Paid", "Adjust.", "Balance")
    rows = '<tr class="h">' + "".join(f'<td class="{"n" if i > 2 else ""}">{t("header", h)}</td>'
                                      for i, h in enumerate(head)) + "</tr>"  # fmt: skip
    charges = paid = adj = Decimal(0)
    for k, (code, desc) in enumerate(rng.sample(PROCS, rng.randrange(2, 5))):
        c = Decimal(rng.randrange(4000, 60000)) / 100
        pd = (c * Decimal(rng.choice(("0.5", "0.6", "0.7", "0.8")))).quantize(Decimal("0.01"), ROUND_HALF_UP)
        aj = (c * Decimal(rng.choice(("0.05", "0.1", "0")))).quantize(Decimal("0.01"), ROUND_HALF_UP)
        charges, paid, adj = charges + c, paid + pd, adj + aj
        day = (issued - timedelta(days=rng.randrange(10, 60) + k)).strftime("%m/%d/%Y")
        rows += _item_row((day, code, desc, d._money(c), d._money(pd), d._money(aj), d._money(c - pd - aj)),
                          lambda i: "n" if i > 2 else "")  # fmt: skip
    total = charges - paid - adj
    sums = "".join(
        f'<tr class="{cl}"><td>{t("key", k)}</td><td class="n">{t(n, "$" + d._fmt_thousands(v))}</td></tr>'
        for k, v, n, cl in (("Total Charges", charges, "other", ""), ("Insurance Payments", -paid, "other", ""),
                            ("Adjustments", -adj, "other", ""),
                            (rng.choice(("Amount Due From Patient", "Patient Balance Due", "Please Pay This Amount")),
                             total, "total", "g"))
    )  # fmt: skip
    payby = t("key", "Please pay by ") + t("due_date", due.strftime(fmt)) + t("other", ". Thank you.")
    coupon = t("other", f"Please detach and return with your payment. Account A{number[:3]} | Amount enclosed: $____")
    slots = {"practice": practice, "meta": meta, "party": party, "rows": rows, "sums": sums, "payby": payby,
             "coupon": coupon}  # fmt: skip
    return slots, _truth(number, seller, patient, "USD", issued, total, due=due)


FAMILIES = {
    "en_hybrid_resume": (Family("en", "resume", "resume", EN_HYBRID_CSS, EN_HYBRID_BODY), en_hybrid_resume),
    "en_intl_cv": (Family("en", "resume", "resume", EN_INTL_CSS, EN_INTL_BODY), en_intl_cv),
    "en_exec_resume": (Family("en", "resume", "resume", EN_EXEC_CSS, EN_EXEC_BODY), en_exec_resume),
    "zh_prose_resume": (Family("zh", "resume", "resume", ZH_PROSE_CSS, ZH_PROSE_BODY), zh_prose_resume),
    "zh_purchase_order": (Family("zh", "invoice", "invoice_cn", ZH_PO_CSS, ZH_PO_BODY), zh_purchase_order),
    "zh_proforma": (Family("zh", "invoice", "invoice_cn", ZH_PROFORMA_CSS, ZH_PROFORMA_BODY), zh_proforma),
    "en_medical_statement": (Family("en", "invoice", "invoice", EN_MED_CSS, EN_MED_BODY), en_medical_statement),
}
# written after round 15b was fixed, scored before any change
ROUND16 = tuple(FAMILIES)


def make(family: str, rng: random.Random, browser: Browser) -> d.Sample:
    """One page of a round-16 `family` typeset by `browser` (browser_docs.make over this module's families)."""
    return _make(family, rng, browser, FAMILIES)


def generate(out: Path, n: int, families: tuple[str, ...], variants: tuple[str, ...], seed: int = 0) -> list[Any]:
    return _generate(out, n, families, variants, seed, registry=FAMILIES)


def main() -> None:
    d.family_main("Generate round-16 browser-typeset resumes and invoices with ground truth.", FAMILIES, generate)


if __name__ == "__main__":
    main()
