"""Round 15 of the browser-typeset held-out resumes and invoices (rounds 9 to 12 in synth/browser_docs.py, 13 and 14
in synth/browser_docs13.py / browser_docs14.py): written after round 14 was fixed and scored before any change.
Same conventions: a family is a style sheet and a body template filled from one record of values, every printed
text an element marked `data-gt="<label>"`. `make` and `generate` here are browser_docs's over these families.

    python -m docsense.synth.browser_docs15 OUT --n 2 --variants clean,rot90,rot180,gray,rgba --seed 17
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
from .browser_docs import Family, _company, _item_row, _truth, _zh_company, t
from .browser_docs import generate as _generate
from .browser_docs import make as _make

# --- Chinese resume -----------------------------------------------------------------------------------------------
# A resume exported from a job site (招聘网站导出简历): a photo box left of the name, a summary line of bare values
# cut by `|` or `·` (`男 | 28岁 | 本科 | 5年工作经验 | 现居上海`) with no keys, the phone and e-mail behind labels
# without colons (`手机 138…`), 求职意向 with an expected city (期望城市, not where the person lives), 工作经历,
# 教育经历 as `<dates>  <学校>  <专业>  <学历>` or `<学校> | <专业> | <学历>` with the dates right.
ZH_RECRUIT_CSS = """
body {{ padding: 40px 50px; }}
.hd {{ display: flex; align-items: center; border-bottom: 1px solid #ccc; padding-bottom: 12px; }}
.ph {{ width: 84px; height: 104px; background: {shade}; margin-right: 24px; text-align: center; line-height: 104px;
  color: #888; font-size: 12px; }}
h1 {{ font-size: 28px; margin-bottom: 6px; }} .sum {{ color: #444; display: block; margin: 4px 0; }}
.ct span {{ margin-right: 28px; }} .lb {{ color: #888; margin-right: 6px; }}
h2 {{ font-size: 17px; margin: 18px 0 8px; padding-left: 8px; border-left: 4px solid {accent}; }}
.want span {{ display: inline-block; margin-right: 30px; }}
.ln {{ display: flex; justify-content: space-between; margin: 3px 0; }} .ed span {{ margin-right: 26px; }}
p {{ margin: 3px 0; color: #333; }}
"""
ZH_RECRUIT_BODY = """
<div class="hd"><div class="ph" data-gt="other">照片</div><div>
<h1 data-gt="name">{name}</h1><span class="sum">{summary}</span><div class="ct">{contact}</div></div></div>
<h2 data-gt="header">求职意向</h2><div class="want">{want}</div>
<h2 data-gt="header">工作经历</h2>{work}
<h2 data-gt="header">{edu_title}</h2>{edu}
<h2 data-gt="header">自我评价</h2><p data-gt="other">具备良好的沟通能力和团队意识，能够承受较大的工作压力。</p>
"""


def zh_recruit_resume(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    p = r._person_zh(rng)
    gender = rng.choice(("男", "女"))
    age, years = rng.randrange(24, 40), rng.randrange(1, 12)
    sep = rng.choice((" | ", " · ", "　|　"))
    live = rng.choice(("现居", "现居住于", "居住地 "))
    parts = [t("gender", gender), t("other", f"{age}岁"), t("degree", p["degree"]), t("other", f"{years}年工作经验"),
             t("other", live) + t("city", p["city"])]  # fmt: skip
    summary = html.escape(sep).join(parts)
    lab = rng.choice((("手机", "邮箱"), ("电话", "E-mail"), ("联系电话", "电子邮箱")))
    contact = (f'<span><span class="lb" data-gt="key">{lab[0]}</span>{t("phone", p["phone_txt"])}</span>'
               f'<span><span class="lb" data-gt="key">{lab[1]}</span>{t("email", p["email"])}</span>')  # fmt: skip
    other_city = rng.choice([c for c in d.ZH_CITIES if c != p["city"]])
    want = "".join(
        f"<span>{t('key', k)}{t('other', v)}</span>"
        for k, v in (("期望职位：", rng.choice(d.ZH_POSITIONS)), ("期望城市：", other_city),
                     ("期望薪资：", f"{rng.randrange(8, 30)}-{rng.randrange(31, 45)}K"), ("到岗时间：", "一个月内"))
    )  # fmt: skip
    end = rng.randrange(2012, 2022)
    beg = end - (3 if p["degree"] in ("大专", "硕士") else 4)
    when = f"{beg}.09 - {end}.06"
    comp = _zh_company(rng)
    work = (f'<div class="ln">{t("other", f"{end}.07 - 至今　{comp}")}{t("other", rng.choice(d.ZH_POSITIONS))}</div>'
            f'<p data-gt="other">工作描述：负责部门业务数据整理与分析，按月输出经营报表。</p>')  # fmt: skip
    if rng.random() < 0.5:
        edu = (f'<div class="ed">{t("date", when)}<span></span>{t("school", p["school"])}<span></span>'
               f'{t("major", p["major"])}<span></span>{t("degree", p["degree"])}</div>')  # fmt: skip
    else:
        bar = html.escape(" | ")
        edu = (f'<div class="ln"><span>{t("school", p["school"])}{bar}{t("major", p["major"])}{bar}'
               f'{t("degree", p["degree"])}</span>{t("date", when)}</div>')  # fmt: skip
    slots = {"name": html.escape(p["name"]), "summary": summary, "contact": contact, "want": want, "work": work,
             "edu_title": rng.choice(("教育经历", "教育背景")), "edu": edu}  # fmt: skip
    return slots, r._fields(p) | {"gender": gender}


# --- Chinese receipt and contract ---------------------------------------------------------------------------------
# A hand-filled receipt form (收款收据): a ruled box, `收　据` or `收款收据` centred, `No.` and a red serial number top
# right, the date, `今收到 <payer>` and `交来 <purpose>` as sentences with the values on underlines, the sum in words
# and `¥` figures on one line, `收款单位（盖章）：<payee>`, 收款人 / 经手人, a carbon-copy legend down the right side.
ZH_SHOUJU_CSS = """
body {{ padding: 70px 60px; }}
.box {{ border: 2px solid {red}; padding: 18px 26px; position: relative; }}
.top {{ display: flex; justify-content: space-between; align-items: center; }}
h1 {{ font-size: 26px; letter-spacing: {spacing}px; color: {red}; }} .no {{ color: #c00; font-size: 17px; }}
.dt {{ text-align: center; margin: 6px 0 14px; }}
.row {{ margin: 12px 0; border-bottom: 1px solid {red}; padding-bottom: 3px; }} .row .k {{ color: {red};
  margin-right: 18px; }}
.sum {{ display: flex; justify-content: space-between; }}
.ft {{ display: flex; justify-content: space-between; margin-top: 18px; }}
.leg {{ position: absolute; right: -40px; top: 30px; width: 16px; font-size: 12px; color: {red}; }}
"""
ZH_SHOUJU_BODY = """
<div class="box">
<div class="top"><span data-gt="other">{left}</span><h1 data-gt="header">{title}</h1>{no}</div>
<div class="dt">{date}</div>
<div class="row">{payer}</div>
<div class="row">{purpose}</div>
<div class="row sum">{sum}</div>
<div class="ft">{foot}</div>
<div class="leg" data-gt="other">{legend}</div>
</div>
"""

# The first page of a purchase contract (购销合同 / 采购合同): the title letter-spaced, 合同编号 and 签订日期 /
# 签订地点 right, the parties as `甲方（需方）：` / `乙方（供方）：` (buyer first), a paragraph of prose, numbered
# clauses (`一、产品名称、规格、数量及金额`) over a goods table, the sum in words and figures in its last row,
# further clauses.
ZH_CONTRACT_CSS = """
body {{ padding: 50px 64px; line-height: 1.6; }}
h1 {{ text-align: center; font-size: 26px; letter-spacing: {spacing}px; margin-bottom: 12px; }}
.meta {{ margin-left: 58%; }} .meta span {{ display: block; }}
.pt {{ margin: 10px 0; }} .pt span.l {{ display: block; margin: 2px 0; }}
h3 {{ font-size: 15px; margin: 10px 0 4px; }}
table.g {{ width: 100%; }} table.g td {{ border: 1px solid #333; padding: 4px 6px; font-size: 13px; }}
table.g tr.h td {{ text-align: center; background: {shade}; }} td.n {{ text-align: right; }}
p {{ margin: 4px 0; text-indent: 2em; }}
"""
ZH_CONTRACT_BODY = """
<h1 data-gt="header">{title}</h1>
<div class="meta">{meta}</div>
<div class="pt">{parties}</div>
<p data-gt="other">{intro}</p>
<h3 data-gt="header">一、产品名称、规格、数量及金额</h3>
<table class="g">{rows}{sums}</table>
<h3 data-gt="header">二、质量标准</h3><p data-gt="other">按国家标准及乙方企业标准执行，乙方对质量负责。</p>
<h3 data-gt="header">三、交货时间及地点</h3><p data-gt="other">{deliver}</p>
<h3 data-gt="header">四、结算方式及期限</h3><p data-gt="other">{pay}</p>
"""


def zh_shouju(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    seller = _zh_company(rng)
    payer = _zh_company(rng, seller) if rng.random() < 0.5 else d._zh_name(rng)
    issued = d._rand_date(rng, 2019, 2025)
    number = f"{rng.randrange(0, 10**7):07d}"
    total = Decimal(rng.randrange(20000, 5000000)) / 100
    if rng.random() < 0.5:
        total = total.quantize(Decimal("1"))
    purpose = rng.choice(("货款", "房屋租金", "押金", "技术服务费", "材料款", "培训费"))
    when = rng.choice((f"{issued.year}年{issued.month}月{issued.day}日", f"{issued.year}年{issued.month:02d}月"
                       f"{issued.day:02d}日"))  # fmt: skip
    no = t("key", "No.", cls="no") + t("invoice_number", number, cls="no")
    k = '<span class="k" data-gt="key">{}</span>'
    sum_txt = (f"<span>{k.format('人民币（大写）')}{t('other', decimal_to_cn_upper(total))}</span>"
               f"<span>{t('total', '¥' + d._money(total))}</span>")  # fmt: skip
    foot = (f'<span>{t("key", "收款单位（盖章）：")}{t("seller_name", seller)}</span>'
            + t("other", f"收款人：{d._zh_name(rng)}")
            + t("other", f"经手人：{d._zh_name(rng)}"))  # fmt: skip
    slots = {"left": "", "title": rng.choice(("收　据", "收款收据", "收 款 收 据")), "no": no,
             "date": t("date", when), "payer": k.format("今收到") + t("buyer_name", payer),
             "purpose": k.format("交　来") + t("other", purpose), "sum": sum_txt, "foot": foot,
             "legend": rng.choice(("第二联 交付款人", "第一联 存根"))}  # fmt: skip
    return slots, _truth(number, seller, payer, "CNY", issued, total)


def zh_contract(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    seller = _zh_company(rng)
    buyer = _zh_company(rng, seller)
    issued = d._rand_date(rng, 2019, 2025)
    number = f"{rng.choice(('GX', 'CG', 'HT'))}-{issued.year}-{rng.randrange(100, 9999):04d}"
    head = ("序号", "产品名称", "规格型号", "单位", "数量", "单价（元）", "金额（元）")
    rows = '<tr class="h">' + "".join(f"<td>{t('header', h)}</td>" for h in head) + "</tr>"
    total = Decimal(0)
    for i, g in enumerate(rng.sample(d.ZH_GOODS, rng.randrange(2, 4))):
        qty, unit = Decimal(rng.randrange(2, 60)), Decimal(rng.randrange(1500, 300000)) / 100
        amount = qty * unit
        total += amount
        rows += _item_row((str(i + 1), g[0], g[1], g[2], str(qty), d._money(unit), d._money(amount)),
                          lambda j: "n" if j > 3 else "")  # fmt: skip
    sums = (
        f'<tr><td colspan="2">{t("key", "合计金额")}</td><td colspan="4">{t("key", "人民币（大写）：")}'
        f'{t("other", decimal_to_cn_upper(total))}</td><td class="n">{t("total", "¥" + d._money(total))}</td></tr>'
    )
    when = rng.choice((f"{issued.year}年{issued.month}月{issued.day}日", issued.isoformat()))
    place = rng.choice(d.ZH_CITIES) + "市"
    meta = (f"<span>{t('key', '合同编号：')}{t('invoice_number', number)}</span>"
            f"<span>{t('key', '签订日期：')}{t('date', when)}</span>"
            f"<span>{t('key', '签订地点：')}{t('other', place)}</span>")  # fmt: skip
    keys = (("甲方（需方）：", "乙方（供方）："), ("需方（甲方）：", "供方（乙方）："), ("买方：", "卖方："))
    ka, kb = rng.choice(keys)
    parties = (f'<span class="l">{t("key", ka)}{t("buyer_name", buyer)}</span>'
               f'<span class="l">{t("key", kb)}{t("seller_name", seller)}</span>')  # fmt: skip
    intro = ("根据《中华人民共和国民法典》及有关法律法规的规定，甲乙双方本着平等互利的原则，经友好协商，"
             "就乙方向甲方供应下列产品事宜达成如下协议，以资共同遵守。")  # fmt: skip
    deliver = f"乙方于合同签订后{rng.randrange(5, 30)}日内将货物送至甲方指定地点，运费由乙方承担。"
    pay = f"货到验收合格后{rng.randrange(7, 60)}日内，甲方以银行转账方式一次付清全部货款。"
    slots = {"title": rng.choice(("购 销 合 同", "采购合同", "产品购销合同")), "meta": meta, "parties": parties,
             "intro": intro, "rows": rows, "sums": sums, "deliver": deliver, "pay": pay}  # fmt: skip
    return slots, _truth(number, seller, buyer, "CNY", issued, total)


# --- English resumes ----------------------------------------------------------------------------------------------
# A LaTeX-style CV (moderncv "casual"): the first name light and the last name bold on one line, a title under it,
# section titles right of a coloured rule that fills the left margin, dates in that margin, each education entry on
# ONE line `<Degree> in <Major>, <School>, <School's town>` and the contact NOT at the top but in a centred footer at
# the foot of the page (`street • City, ST • phone • e-mail`).
EN_FOOTER_CSS = """
body {{ padding: 44px 56px; }}
h1 {{ font-size: 34px; font-weight: normal; color: {accent}; }} h1 b {{ color: #222; }}
.ttl {{ display: block; font-size: 17px; color: #666; font-style: italic; margin: 2px 0 12px; }}
.sec {{ display: flex; align-items: center; margin: 16px 0 8px; }}
.sec .bar {{ width: 150px; height: 8px; background: {accent}; margin-right: 14px; }}
.sec h2 {{ font-size: 18px; color: {accent}; font-weight: normal; }}
.e {{ display: flex; margin: 4px 0; }} .e .dt {{ width: 150px; text-align: right; margin-right: 14px; color: #555; }}
.e .tx {{ flex: 1; }} .e i {{ font-style: italic; }}
.foot {{ position: absolute; bottom: 36px; left: 56px; right: 56px; text-align: center; font-size: 12px;
  color: #555; border-top: 1px solid {accent}; padding-top: 6px; }}
"""
EN_FOOTER_BODY = """
<h1>{name}</h1><span class="ttl" data-gt="other">{title}</span>
<div class="sec"><div class="bar"></div><h2 data-gt="header">Education</h2></div>{edu}
<div class="sec"><div class="bar"></div><h2 data-gt="header">Experience</h2></div>{jobs}
<div class="sec"><div class="bar"></div><h2 data-gt="header">Computer skills</h2></div>{skills}
<div class="sec"><div class="bar"></div><h2 data-gt="header">Languages</h2></div>{langs}
<div class="foot">{foot}</div>
"""

# A resume with a dark sidebar set in white (inverted type): a round photo placeholder, `CONTACT` with each item a
# small grey label OVER its value (`Phone`, `Email`, `Location`), skill meters as bars, languages; the main column
# holds the name on two lines (first name light, LAST NAME bold capitals), the position, a profile, experience and
# education entries with the MAJOR bold first and `<Degree> | <School> | <years>` under it.
EN_INVERSE_CSS = """
body {{ padding: 0; }}
.wrap {{ display: flex; min-height: 1560px; }}
.side {{ width: 300px; background: {accent}; color: #fff; padding: 40px 26px; }}
.pic {{ width: 120px; height: 120px; border-radius: 60px; background: #ddd; margin: 0 auto 24px; }}
.side h3 {{ font-size: 15px; letter-spacing: 2px; border-bottom: 1px solid #fff; margin: 18px 0 8px;
  padding-bottom: 3px; }}
.side .lb {{ display: block; font-size: 11px; color: #dde; margin-top: 8px; }} .side .v {{ display: block; }}
.meter {{ height: 6px; background: rgba(255,255,255,0.3); margin: 2px 0 8px; }}
.meter div {{ height: 6px; background: #fff; }}
.main {{ flex: 1; padding: 46px 40px; }}
.fn {{ font-size: 32px; font-weight: 300; display: block; }} .ln {{ font-size: 34px; font-weight: bold;
  display: block; letter-spacing: 2px; }}
.pos {{ display: block; color: {accent}; font-size: 16px; margin: 4px 0 16px; letter-spacing: 1px; }}
h2 {{ font-size: 17px; color: {accent}; margin: 18px 0 8px; letter-spacing: 2px; }}
.it > b {{ display: block; }} .it > span {{ display: block; color: #444; }} .it {{ margin-bottom: 10px; }}
"""
EN_INVERSE_BODY = """
<div class="wrap"><div class="side"><div class="pic"></div>
<h3 data-gt="header">CONTACT</h3>{contact}
<h3 data-gt="header">SKILLS</h3>{skills}
<h3 data-gt="header">LANGUAGES</h3>{langs}
</div><div class="main">
<span class="fn" data-gt="name">{first}</span><span class="ln" data-gt="name">{last}</span>
<span class="pos" data-gt="other">{pos}</span>
<h2 data-gt="header">PROFILE</h2><p data-gt="other">{profile}</p>
<h2 data-gt="header">WORK EXPERIENCE</h2>{jobs}
<h2 data-gt="header">EDUCATION</h2>{edu}
</div></div>
"""

# A profile saved as PDF from a professional network: a grey left column with `Contact` (the e-mail, a phone followed
# by `(Mobile)`, the profile's web address followed by `(LinkedIn)`), `Top Skills`, `Languages`, `Certifications`;
# the main column: the name, a headline, the location alone on a line (`Austin, TX`), `Summary`, `Experience`
# (company, title, `January 2019 - Present (5 years 2 months)`, a location), `Education` as `<School>` over
# `<Degree>, <Major> · (2010 - 2014)`.
EN_PROFILE_CSS = """
body {{ padding: 0; }}
.wrap {{ display: flex; min-height: 1560px; }}
.side {{ width: 270px; background: #eef0f3; padding: 44px 24px; font-size: 13px; }}
.side h3 {{ font-size: 16px; margin: 0 0 8px; }} .side h3 + * {{ margin-top: 0; }}
.side .v {{ display: block; margin-bottom: 6px; }} .side .blk {{ margin-bottom: 22px; }}
.main {{ flex: 1; padding: 44px 40px; }}
h1 {{ font-size: 30px; }} .hl {{ display: block; font-size: 15px; margin: 4px 0; }}
.loc {{ display: block; color: #777; font-size: 14px; margin-bottom: 16px; }}
h2 {{ font-size: 20px; margin: 18px 0 8px; font-weight: normal; }}
.x > span {{ display: block; }} .x .c {{ font-size: 16px; }} .x .g {{ color: #777; }} .x {{ margin-bottom: 12px; }}
"""
EN_PROFILE_BODY = """
<div class="wrap"><div class="side">
<div class="blk"><h3 data-gt="header">Contact</h3>{contact}</div>
<div class="blk"><h3 data-gt="header">Top Skills</h3>{skills}</div>
<div class="blk"><h3 data-gt="header">Languages</h3>{langs}</div>
<div class="blk"><h3 data-gt="header">Certifications</h3>{certs}</div>
</div><div class="main">
<h1 data-gt="name">{name}</h1><span class="hl" data-gt="other">{headline}</span>{loc}
<h2 data-gt="header">Summary</h2><p data-gt="other">{summary}</p>
<h2 data-gt="header">Experience</h2>{jobs}
<h2 data-gt="header">Education</h2>{edu}
</div></div>
"""

LANGS = ("English (Native)", "Spanish (Professional)", "French (Elementary)", "German (Limited working)")
ABBR = {"Bachelor of Science": "BS", "Bachelor of Arts": "BA", "Master of Science": "MS", "Master of Arts": "MA"}


def _jobs(rng: random.Random, n: int) -> list[tuple[str, str, int]]:
    out, a = [], rng.randrange(2008, 2016)
    for _ in range(n):
        comp = f"{rng.choice(d.EN_COMPANY_A)} {rng.choice(d.EN_COMPANY_B)} {rng.choice(d.EN_SUFFIX)}"
        out.append((comp, rng.choice(d.EN_POSITIONS), a))
        a += rng.randrange(2, 5)
    return out[::-1]


def _en_person(rng: random.Random) -> dict[str, str]:
    p = r._person_en(rng)
    if not p["major"]:  # every family here prints a major
        p["degree"] = rng.choice(("Bachelor of Science", "Master of Science", "B.A.", "M.S."))
        p["major"] = rng.choice(r.EN_MAJORS_MORE)
    return p


def en_footer_cv(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    p = _en_person(rng)
    first, last = p["name"].split()
    end = rng.randrange(2006, 2020)
    town = rng.choice([c for c in d.EN_CITIES if c != p["city"]]).split(",")[0]
    edu = (f'<div class="e">{t("date", f"{end - 4}–{end}", cls="dt")}<span class="tx">{t("degree", p["degree"])}'
           f'{t("other", " in ")}{t("major", p["major"])}, {t("school", p["school"])}, {t("other", town)}'
           f'{t("other", ", GPA 3." + str(rng.randrange(2, 10)))}</span></div>')  # fmt: skip
    jobs = ""
    for comp, pos, a in _jobs(rng, 2):
        jobs += (f'<div class="e">{t("date", f"{a}–{a + 2}", cls="dt")}<span class="tx">{t("other", pos)}, '
                 f'{t("other", comp)}. {t("other", rng.choice(r.BULLETS))}</span></div>')  # fmt: skip
    skills = (f'<div class="e">{t("other", "Languages", cls="dt")}<span class="tx">'
              f'{t("other", ", ".join(rng.sample(r.SKILLS, 4)))}</span></div>')  # fmt: skip
    langs = (f'<div class="e">{t("other", "English", cls="dt")}<span class="tx">{t("other", "Mother tongue")}</span>'
             f'</div>')  # fmt: skip
    dot = html.escape(rng.choice((" • ", " · ", " — ")))
    street = f"{rng.randrange(10, 9999)} {rng.choice(d.EN_STREETS)}"
    parts = [t("other", street), t("city", p["city"]), t("phone", p["phone_txt"]), t("email", p["email"])]
    foot = dot.join(parts)
    slots = {"name": f'<span data-gt="name">{html.escape(first)}</span> <b data-gt="name">{html.escape(last)}</b>',
             "title": rng.choice(d.EN_POSITIONS), "edu": edu, "jobs": jobs, "skills": skills, "langs": langs,
             "foot": foot}  # fmt: skip
    return slots, r._fields(p)


def en_inverse_resume(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    p = _en_person(rng)
    first, last = p["name"].split()
    labels = rng.choice((("Phone", "Email", "Location"), ("PHONE", "EMAIL", "ADDRESS"), ("Mobile", "E-mail", "City")))
    contact = "".join(
        f'<span class="lb" data-gt="key">{k}</span><span class="v" data-gt="{n}">{html.escape(v)}</span>'
        for k, v, n in zip(labels, (p["phone_txt"], p["email"], p["city"]), ("phone", "email", "city"), strict=True)
    )
    skills = "".join(
        f'<span class="v" data-gt="other">{s}</span><div class="meter"><div style="width:{rng.randrange(50, 96)}%">'
        "</div></div>"
        for s in rng.sample(r.SKILLS, 4)
    )
    langs = "".join(f'<span class="v" data-gt="other">{x}</span>' for x in rng.sample(LANGS, 2))
    jobs = ""
    for comp, pos, a in _jobs(rng, 2):
        jobs += (f'<div class="it">{t("other", pos, tag="b")}{t("other", f"{comp} | {a} - {a + 3}")}'
                 f'{t("other", rng.choice(r.BULLETS))}</div>')  # fmt: skip
    end = rng.randrange(2006, 2020)
    bar = html.escape(rng.choice((" | ", " / ", " · ")))
    edu = (f'<div class="it">{t("major", p["major"], tag="b")}<span>{t("degree", p["degree"])}{bar}'
           f'{t("school", p["school"])}{bar}{t("date", f"{end - 4} - {end}")}</span></div>')  # fmt: skip
    slots = {"contact": contact, "skills": skills, "langs": langs, "first": html.escape(first),
             "last": html.escape(last.upper()), "pos": rng.choice(d.EN_POSITIONS).upper(),
             "profile": "Results-driven professional with experience leading cross-functional projects.",
             "jobs": jobs, "edu": edu}  # fmt: skip
    return slots, r._fields(p)


def en_profile_resume(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    p = _en_person(rng)
    first, last = p["name"].lower().split()
    contact = (t("email", p["email"], cls="v")
               + f'<span class="v">{t("phone", p["phone_txt"])} {t("other", "(Mobile)")}</span>'
               + t("other", f"www.linkedin.com/in/{first}-{last}-{rng.randrange(10, 99)}a (LinkedIn)",
                   cls="v"))  # fmt: skip
    skills = "".join(t("other", s, cls="v") for s in rng.sample(r.SKILLS, 3))
    langs = "".join(t("other", x, cls="v") for x in rng.sample(LANGS, 2))
    certs = t("other", rng.choice(("Project Management Professional (PMP)", "AWS Certified Cloud Practitioner")),
              cls="v")  # fmt: skip
    months = ("January", "March", "June", "September", "October")
    jobs = ""
    for i, (comp, pos, a) in enumerate(_jobs(rng, 2)):
        span = f"{rng.choice(months)} {a} - {'Present' if i == 0 else rng.choice(months) + ' ' + str(a + 2)}"
        jobs += (f'<div class="x">{t("other", comp, cls="c")}{t("other", pos)}'
                 f'{t("other", f"{span} ({rng.randrange(1, 9)} years {rng.randrange(1, 12)} months)", cls="g")}'
                 f'{t("other", rng.choice(d.EN_CITIES), cls="g")}</div>')  # fmt: skip
    end = rng.randrange(2006, 2020)
    deg = t("degree", p["degree"])
    if p["degree"] in ABBR:
        deg += t("other", f" - {ABBR[p['degree']]}")
    edu = (f'<div class="x">{t("school", p["school"], cls="c")}<span>{deg}, {t("major", p["major"])}'
           f'{t("other", f" · ({end - 4} - {end})")}</span></div>')  # fmt: skip
    slots = {"contact": contact, "skills": skills, "langs": langs, "certs": certs, "name": html.escape(p["name"]),
             "headline": f"{rng.choice(d.EN_POSITIONS)} at {_jobs(rng, 1)[0][0]}",
             "loc": t("city", p["city"], cls="loc"),
             "summary": "I build reliable systems and teams, and I like turning data into decisions.",
             "jobs": jobs, "edu": edu}  # fmt: skip
    return slots, r._fields(p)


# --- English invoice ----------------------------------------------------------------------------------------------
# An Australian tax invoice as accounting software prints it: `TAX INVOICE` top left with the customer's name and
# address under it and NO key; a middle column of labels over values (`Invoice Date`, `Invoice Number`, `Reference`,
# `ABN` — the seller's); the seller's name and address right, no key; items with a `GST` column, `Subtotal`,
# `TOTAL GST 10%`, `TOTAL AUD`, `Due Date:` under the table, and a cut-off `PAYMENT ADVICE` stub repeating the
# customer, the invoice number and `Amount Due`.
AU_TAX_CSS = """
body {{ padding: 46px 50px; }}
.top {{ display: flex; justify-content: space-between; }}
h1 {{ font-size: 28px; letter-spacing: 1px; margin-bottom: 10px; }}
.col span {{ display: block; }} .col .lb {{ font-weight: bold; font-size: 12px; margin-top: 6px; }}
.a {{ width: 38%; }} .m {{ width: 24%; }} .s {{ width: 30%; }}
table.i {{ width: 100%; margin-top: 30px; }} table.i td {{ padding: 6px 6px; border-bottom: 1px solid #ccc; }}
table.i tr.h td {{ font-weight: bold; border-bottom: 2px solid #333; }} td.n {{ text-align: right; }}
table.t {{ width: 44%; margin: 8px 0 0 auto; }} table.t td {{ padding: 4px 6px; }}
table.t tr.g td {{ font-weight: bold; border-top: 2px solid #333; }}
.due {{ margin-top: 16px; font-weight: bold; }} .pay {{ font-size: 12px; margin-top: 4px; }}
.stub {{ margin-top: 60px; border-top: 2px dashed #888; padding-top: 12px; display: flex; }}
.stub h2 {{ font-size: 20px; width: 40%; }} .stub table td {{ padding: 3px 8px; }}
"""
AU_TAX_BODY = """
<div class="top"><div class="col a"><h1 data-gt="header">TAX INVOICE</h1>{buyer}</div>
<div class="col m">{meta}</div><div class="col s">{seller}</div></div>
<table class="i">{rows}</table>
<table class="t">{sums}</table>
<div class="due">{due}</div><div class="pay">{pay}</div>
<div class="stub"><h2 data-gt="header">PAYMENT ADVICE</h2><table>{stub}</table></div>
"""


def au_tax_invoice(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    seller = _company(rng, forms=("Pty Ltd", "Pty. Ltd.", "Pty Limited"))
    buyer = _company(rng, seller, forms=("Pty Ltd", "Trust", "Holdings")) if rng.random() < 0.6 else (
        f"{rng.choice(d.EN_FIRST)} {rng.choice(d.EN_LAST)}")  # fmt: skip
    issued = d._rand_date(rng, 2019, 2025)
    due = issued + timedelta(days=rng.choice((7, 14, 30)))
    number = f"INV-{rng.randrange(1, 9999):04d}"
    abn = f"{rng.randrange(10, 99)} {rng.randrange(100, 999)} {rng.randrange(100, 999)} {rng.randrange(100, 999)}"
    fmt = rng.choice(("%d %b %Y", "%d %B %Y"))
    towns = ("Melbourne VIC 3000", "Sydney NSW 2000", "Brisbane QLD 4000", "Perth WA 6000", "Adelaide SA 5000")
    buyer_box = t("buyer_name", buyer) + t("other", f"{rng.randrange(1, 400)} {rng.choice(d.EN_STREETS)}")
    buyer_box += t("other", rng.choice(towns))
    meta = "".join(
        t("key", k, cls="lb") + t(n, v)
        for k, v, n in (("Invoice Date", issued.strftime(fmt), "date"), ("Invoice Number", number, "invoice_number"),
                        ("Reference", f"PO-{rng.randrange(1000, 9999)}", "other"), ("ABN", abn, "seller_tax_id"))
    )  # fmt: skip
    seller_box = t("seller_name", seller) + t(
        "other",
        f"Level {rng.randrange(1, 30)}, {rng.randrange(1, 400)} {rng.choice(('Collins St', 'George St', 'Queen St'))}",
    )
    seller_box += t("other", rng.choice(towns)) + t("other", "AUSTRALIA")
    head = ("Description", "Quantity", "Unit Price", "GST", "Amount AUD")
    rows = '<tr class="h">' + "".join(f'<td class="{"n" if i else ""}">{t("header", h)}</td>'
                                      for i, h in enumerate(head)) + "</tr>"  # fmt: skip
    subtotal = Decimal(0)
    for name in rng.sample(("Consulting services", "Site visit", "Software licence (annual)", "Hardware install",
                            "Training session", "Support hours"), rng.randrange(2, 5)):  # fmt: skip
        qty, unit = Decimal(rng.randrange(1, 12)), Decimal(rng.randrange(5000, 90000)) / 100
        amount = qty * unit
        subtotal += amount
        rows += _item_row((name, f"{qty}.00", d._money(unit), "10%", d._fmt_thousands(amount)),
                          lambda i: "n" if i else "")  # fmt: skip
    tax = (subtotal * Decimal("0.1")).quantize(Decimal("0.01"), ROUND_HALF_UP)
    total = subtotal + tax
    sums = "".join(
        f'<tr class="{c}"><td>{t("key", k)}</td><td class="n">{t(n, d._fmt_thousands(a))}</td></tr>'
        for k, a, n, c in (("Subtotal", subtotal, "subtotal", ""), ("TOTAL GST 10%", tax, "tax", ""),
                           ("TOTAL AUD", total, "total", "g"))
    )  # fmt: skip
    bsb = f"BSB {rng.randrange(100, 999)}-{rng.randrange(100, 999)} Account {rng.randrange(10**7, 10**8)}"
    stub = "".join(
        f"<tr><td>{t('key', k)}</td><td>{t('other', v)}</td></tr>"
        for k, v in (("To:", seller), ("Customer", buyer), ("Invoice Number", number),
                     ("Amount Due", d._fmt_thousands(total)), ("Due Date", due.strftime(fmt)))
    )  # fmt: skip
    slots = {"buyer": buyer_box, "meta": meta, "seller": seller_box, "rows": rows, "sums": sums,
             "due": t("key", "Due Date: ") + t("due_date", due.strftime(fmt)),
             "pay": t("other", f"Please pay by direct deposit to {seller}, {bsb}."), "stub": stub}  # fmt: skip
    return slots, _truth(number, seller, buyer, "AUD", issued, total, due=due, subtotal=subtotal, tax=tax,
                         seller_tax_id=abn)  # fmt: skip


# --- round 15b: written after the round-15 fixes were committed, scored before any change ----------------------
# A quotation (报价单) with the two parties side by side: `需方信息` over `单位名称：` / `联系人：` / `电话：` left,
# `供方信息` over the same keys right (the party is the block's title, not the key), 报价单号 and 报价日期 under the
# title, a goods table, `合计（含税）` and the sum in words, 报价有效期.
ZH_QUOTE_CSS = """
body {{ padding: 48px 56px; }}
h1 {{ text-align: center; font-size: 26px; letter-spacing: {spacing}px; }}
.no {{ display: flex; justify-content: space-between; margin: 10px 0 14px; }}
.pp {{ display: flex; justify-content: space-between; }}
.pp > div {{ width: 47%; border: 1px solid #999; padding: 8px; }}
.pp h3 {{ font-size: 15px; background: {shade}; margin: -8px -8px 6px; padding: 4px 8px; }}
.pp > div > span {{ display: block; margin: 3px 0; }}
table.g {{ width: 100%; margin-top: 14px; }} table.g td {{ border: 1px solid #333; padding: 5px 6px; }}
table.g tr.h td {{ text-align: center; background: {shade}; }} td.n {{ text-align: right; }}
p {{ margin: 6px 0; }}
"""
ZH_QUOTE_BODY = """
<h1 data-gt="header">{title}</h1>
<div class="no"><span>{number}</span><span>{date}</span></div>
<div class="pp"><div><h3 data-gt="header">{h_buyer}</h3>{buyer}</div>
<div><h3 data-gt="header">{h_seller}</h3>{seller}</div></div>
<table class="g">{rows}{sums}</table>
<p data-gt="other">{note}</p>
"""

# A resume with education rows `2016.09-2020.06 | 华中科技大学 | 软件工程（本科）`: the degree in brackets after the
# major; contact as a keyed two-column grid without lines (`电　　话`, `邮　　箱`, `现居城市`), the name as the title.
ZH_BRACKET_CSS = """
body {{ padding: 50px 64px; }}
h1 {{ font-size: 30px; text-align: center; margin-bottom: 16px; }}
.g {{ display: flex; flex-wrap: wrap; }} .g span.p {{ width: 50%; margin: 4px 0; }}
h2 {{ font-size: 17px; border-bottom: 2px solid {accent}; color: {accent}; margin: 18px 0 8px; }}
.e {{ margin: 4px 0; }} p {{ margin: 3px 0; }}
"""
ZH_BRACKET_BODY = """
<h1 data-gt="name">{name}</h1>
<div class="g">{grid}</div>
<h2 data-gt="header">教育经历</h2>{edu}
<h2 data-gt="header">工作经历</h2>{work}
<h2 data-gt="header">个人评价</h2><p data-gt="other">热爱技术，责任心强，善于学习新知识。</p>
"""

# A payment processor's receipt: `Receipt from <seller>` as a sentence, `Receipt #1234-5678`, `Amount paid`,
# `Date paid`, `Payment method` in a row of three labels over values, a summary table, `Amount charged`, and the
# seller's support line at the foot; no buyer.
EN_STRIPE_CSS = """
body {{ padding: 60px 140px; }}
h1 {{ font-size: 24px; font-weight: normal; margin-bottom: 6px; }} .sub {{ color: #777; display: block; }}
.three {{ display: flex; justify-content: space-between; margin: 26px 0; }} .three div span {{ display: block; }}
.three .lb {{ font-size: 11px; color: #888; letter-spacing: 1px; }}
h2 {{ font-size: 12px; color: #888; letter-spacing: 1px; margin: 18px 0 6px; }}
table.s {{ width: 100%; background: #f6f8fa; }} table.s td {{ padding: 8px 12px; }} td.n {{ text-align: right; }}
table.s tr.g td {{ font-weight: bold; border-top: 1px solid #ddd; }}
.foot {{ margin-top: 40px; color: #777; font-size: 12px; }}
"""
EN_STRIPE_BODY = """
<h1>{title}</h1><span class="sub">{sub}</span>
<div class="three">{three}</div>
<h2 data-gt="header">SUMMARY</h2><table class="s">{rows}</table>
<div class="foot">{foot}</div>
"""

# A designer resume with a monogram: the initials set huge in a circle top centre, the name small in spaced capitals
# under it, contact in a row of three with icons drawn as letters, education as `<SCHOOL>` (capitals) / `<Degree>,
# <Major>` / years.
EN_MONO_CSS = """
body {{ padding: 40px 70px; }}
.mono {{ width: 150px; height: 150px; border-radius: 75px; border: 3px solid {accent}; margin: 0 auto;
  text-align: center; line-height: 150px; font-size: 64px; color: {accent}; }}
.nm {{ text-align: center; letter-spacing: 4px; font-size: 18px; margin: 12px 0 4px; }}
.ps {{ text-align: center; color: #777; font-size: 13px; letter-spacing: 2px; }}
.ct {{ display: flex; justify-content: center; margin: 16px 0; font-size: 13px; }} .ct span {{ margin: 0 14px; }}
h2 {{ font-size: 15px; letter-spacing: 3px; color: {accent}; margin: 20px 0 8px; }}
.it > span {{ display: block; }} .it {{ margin-bottom: 10px; }} .it .s {{ font-weight: bold; }}
"""
EN_MONO_BODY = """
<div class="mono" data-gt="other">{initials}</div>
<div class="nm" data-gt="name">{name}</div><div class="ps" data-gt="other">{pos}</div>
<div class="ct">{contact}</div>
<h2 data-gt="header">EXPERIENCE</h2>{jobs}
<h2 data-gt="header">EDUCATION</h2>{edu}
<h2 data-gt="header">SKILLS</h2><p data-gt="other">{skills}</p>
"""


def zh_quote(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    seller = _zh_company(rng)
    buyer = _zh_company(rng, seller)
    issued = d._rand_date(rng, 2019, 2025)
    number = f"BJ{issued.year}{rng.randrange(1000, 9999)}"
    head = ("序号", "产品名称", "型号", "数量", "单价（元）", "金额（元）")
    rows = '<tr class="h">' + "".join(f"<td>{t('header', h)}</td>" for h in head) + "</tr>"
    total = Decimal(0)
    for i, g in enumerate(rng.sample(d.ZH_GOODS, rng.randrange(2, 4))):
        qty, unit = Decimal(rng.randrange(1, 40)), Decimal(rng.randrange(1000, 200000)) / 100
        amount = qty * unit
        total += amount
        rows += _item_row((str(i + 1), g[0], g[1], str(qty), d._money(unit), d._money(amount)),
                          lambda j: "n" if j > 2 else "")  # fmt: skip
    sums = (
        f'<tr><td colspan="2">{t("key", "合计（含税）")}</td><td colspan="3">{t("key", "大写：")}'
        f'{t("other", decimal_to_cn_upper(total))}</td><td class="n">{t("total", d._money(total))}</td></tr>'
    )

    def party(name: str) -> str:
        person = d._zh_name(rng)
        return (f"<span>{t('key', '单位名称：')}{t('name_slot', name)}</span>"
                f"<span>{t('key', '联系人：')}{t('other', person)}</span>"
                f"<span>{t('key', '电话：')}{t('other', d._cn_mobile(rng))}</span>")  # fmt: skip

    when = rng.choice((f"{issued.year}年{issued.month}月{issued.day}日", issued.isoformat()))
    hb, hs = rng.choice((("需方信息", "供方信息"), ("询价方", "报价方"), ("客户信息", "供应商信息")))
    slots = {"title": rng.choice(("报 价 单", "产品报价单")),
             "number": t("key", "报价单号：") + t("invoice_number", number),
             "date": t("key", "报价日期：") + t("date", when), "h_buyer": hb, "h_seller": hs,
             "buyer": party(buyer).replace("name_slot", "buyer_name"),
             "seller": party(seller).replace("name_slot", "seller_name"), "rows": rows, "sums": sums,
             "note": f"报价有效期：{rng.choice((15, 30))}天；以上价格含13%增值税，含运费。"}  # fmt: skip
    return slots, _truth(number, seller, buyer, "CNY", issued, total)


def zh_bracket_resume(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    p = r._person_zh(rng)
    gender = rng.choice(("男", "女"))
    by, bm = rng.randrange(1988, 2001), rng.randrange(1, 13)
    pairs = (("性　　别：", gender, "gender"), ("出生年月：", f"{by}.{bm:02d}", "birth_date"),
             ("电　　话：", p["phone_txt"], "phone"), ("邮　　箱：", p["email"], "email"),
             ("现居城市：", p["city"], "city"), ("政治面貌：", "群众", "other"))  # fmt: skip
    grid = "".join(f'<span class="p">{t("key", k)}{t(n, v)}</span>' for k, v, n in pairs)
    beg = by + 18
    bar = html.escape(" | ")
    edu = (f'<div class="e">{t("date", f"{beg}.09-{beg + 4}.06")}{bar}{t("school", p["school"])}{bar}'
           f'{t("major", p["major"])}{t("other", "（")}{t("degree", p["degree"])}{t("other", "）")}</div>')  # fmt: skip
    work = (f'<div class="e">{t("other", f"{beg + 4}.07-至今 | {_zh_company(rng)} | {rng.choice(d.ZH_POSITIONS)}")}'
            f'</div><p data-gt="other">负责项目需求分析与进度管理，协调跨部门资源。</p>')  # fmt: skip
    slots = {"name": html.escape(p["name"]), "grid": grid, "edu": edu, "work": work}
    return slots, r._fields(p) | {"gender": gender, "birth_date": f"{by}-{bm:02d}"}


def en_stripe_receipt(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    seller = _company(rng, forms=("Inc.", "LLC", "Ltd"))
    issued = d._rand_date(rng, 2020, 2025)
    number = f"{rng.randrange(1000, 9999)}-{rng.randrange(1000, 9999)}"
    cur, sym = rng.choice((("USD", "$"), ("USD", "$"), ("EUR", "€"), ("GBP", "£")))
    plan = Decimal(rng.choice(("29.00", "49.00", "99.00", "199.00")))
    seats = rng.randrange(1, 6)
    subtotal = plan * seats
    tax = (subtotal * Decimal(rng.choice(("0", "0.08", "0.2")))).quantize(Decimal("0.01"), ROUND_HALF_UP)
    total = subtotal + tax
    money = lambda a: f"{sym}{d._fmt_thousands(a)}"  # noqa: E731
    three = "".join(
        f"<div>{t('key', k, cls='lb')}{t(n, v)}</div>"
        for k, v, n in (("AMOUNT PAID", money(total), "other"), ("DATE PAID", issued.strftime("%b %d, %Y"), "date"),
                        ("PAYMENT METHOD", f"VISA - {rng.randrange(1000, 9999)}", "other"))
    )  # fmt: skip
    rows = _item_row((f"Pro plan × {seats}", money(subtotal)), lambda i: "n" if i else "")
    rows += f'<tr><td>{t("key", "Tax")}</td><td class="n">{t("tax", money(tax))}</td></tr>'
    rows += f'<tr class="g"><td>{t("key", "Amount charged")}</td><td class="n">{t("total", money(total))}</td></tr>'
    foot = t("other", f"If you have any questions, contact {seller} at support@{seller.split()[0].lower()}.io.")
    slots = {"title": t("other", "Receipt from ") + t("seller_name", seller),
             "sub": t("key", "Receipt #") + t("invoice_number", number), "three": three, "rows": rows,
             "foot": foot}  # fmt: skip
    fields = _truth(number, seller, "", cur, issued, total, tax=tax)
    del fields["buyer_name"]
    return slots, fields


def en_monogram_resume(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    p = _en_person(rng)
    first, last = p["name"].split()
    contact = "".join(
        f"<span>{t('other', ic)} {t(n, v)}</span>"
        for ic, v, n in (("P", p["phone_txt"], "phone"), ("E", p["email"], "email"), ("A", p["city"], "city"))
    )
    jobs = ""
    for comp, pos, a in _jobs(rng, 2):
        jobs += (f'<div class="it">{t("other", pos, cls="s")}{t("other", f"{comp}, {a} - {a + 3}")}'
                 f'{t("other", rng.choice(r.BULLETS))}</div>')  # fmt: skip
    end = rng.randrange(2006, 2020)
    edu = (f'<div class="it">{t("school", p["school"].upper(), cls="s")}'
           f'<span>{t("degree", p["degree"])}, {t("major", p["major"])}</span>{t("date", f"{end - 4} - {end}")}'
           f"</div>")  # fmt: skip
    slots = {"initials": first[0] + last[0], "name": html.escape(p["name"].upper()),
             "pos": rng.choice(d.EN_POSITIONS).upper(), "contact": contact, "jobs": jobs, "edu": edu,
             "skills": ", ".join(rng.sample(r.SKILLS, 5))}  # fmt: skip
    return slots, r._fields(p) | {"school": p["school"].upper()}


FAMILIES = {
    "zh_recruit_resume": (Family("zh", "resume", "resume", ZH_RECRUIT_CSS, ZH_RECRUIT_BODY), zh_recruit_resume),
    "zh_shouju": (Family("zh", "invoice", "invoice_cn", ZH_SHOUJU_CSS, ZH_SHOUJU_BODY), zh_shouju),
    "zh_contract": (Family("zh", "invoice", "invoice_cn", ZH_CONTRACT_CSS, ZH_CONTRACT_BODY), zh_contract),
    "en_footer_cv": (Family("en", "resume", "resume", EN_FOOTER_CSS, EN_FOOTER_BODY), en_footer_cv),
    "en_inverse_resume": (Family("en", "resume", "resume", EN_INVERSE_CSS, EN_INVERSE_BODY), en_inverse_resume),
    "en_profile_resume": (Family("en", "resume", "resume", EN_PROFILE_CSS, EN_PROFILE_BODY), en_profile_resume),
    "au_tax_invoice": (Family("en", "invoice", "invoice", AU_TAX_CSS, AU_TAX_BODY), au_tax_invoice),
}
# written after round 14 was fixed, scored before any change
ROUND15 = tuple(FAMILIES)
FAMILIES |= {
    "zh_quote": (Family("zh", "invoice", "invoice_cn", ZH_QUOTE_CSS, ZH_QUOTE_BODY), zh_quote),
    "zh_bracket_resume": (Family("zh", "resume", "resume", ZH_BRACKET_CSS, ZH_BRACKET_BODY), zh_bracket_resume),
    "en_stripe_receipt": (Family("en", "invoice", "invoice", EN_STRIPE_CSS, EN_STRIPE_BODY), en_stripe_receipt),
    "en_monogram_resume": (Family("en", "resume", "resume", EN_MONO_CSS, EN_MONO_BODY), en_monogram_resume),
}
# written after the round-15 fixes were committed, scored before any change
ROUND15B = tuple(f for f in FAMILIES if f not in ROUND15)


def make(family: str, rng: random.Random, browser: Browser) -> d.Sample:
    """One page of a round-15 `family` typeset by `browser` (browser_docs.make over this module's families)."""
    return _make(family, rng, browser, FAMILIES)


def generate(out: Path, n: int, families: tuple[str, ...], variants: tuple[str, ...], seed: int = 0) -> list[Any]:
    return _generate(out, n, families, variants, seed, registry=FAMILIES)


def main() -> None:
    d.family_main("Generate round-15 browser-typeset resumes and invoices with ground truth.", FAMILIES, generate)


if __name__ == "__main__":
    main()
