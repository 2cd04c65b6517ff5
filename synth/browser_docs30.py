"""Round 30 of the browser-typeset held-out resumes and invoices (rounds 9 to 29 in synth/browser_docs*.py): six
families written after round 29 was fixed and scored before any change. Same conventions: a family is a style sheet
and a body template filled from one record of values, every printed text an element marked `data-gt="<label>"`.
`make` and `generate` here are browser_docs's over these families.

    python -m docsense.synth.browser_docs30 OUT --n 2 --variants clean,rot90,rot180,gray,rgba --seed 1300
"""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal
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
from .browser_docs24 import _street, _us_person

# --- English resume -----------------------------------------------------------------------------------------------
# A resume whose header puts the NAME RIGHT-ALIGNED (large) and the contact on three LEFT lines beside it (phone,
# e-mail, town, no keys); EDUCATION as a two-column DEFINITION LIST (`School` / `Degree` / `Major` / `Graduated`
# terms on the left, values on the right); experience as short paragraphs.
EN_RIGHT_CSS = """
body {{ padding: 48px 58px; font-size: 13px; }}
.hd {{ display: flex; justify-content: space-between; align-items: flex-start; border-bottom: 3px solid {accent};
  padding-bottom: 12px; }}
.hd .c span {{ display: block; color: #444; }} .hd .n {{ font-size: 30px; text-align: right; }}
h2 {{ font-size: 14px; color: {accent}; margin: 20px 0 8px; }}
dl {{ display: grid; grid-template-columns: 110px 1fr; row-gap: 4px; margin: 0; }} dt {{ color: #666; }}
dd {{ margin: 0; }} p {{ margin: 3px 0; }}
"""
EN_RIGHT_BODY = """
<div class="hd"><div class="c">{contact}</div><div class="n">{name}</div></div>
<h2 data-gt="header">Profile</h2><p data-gt="other">{about}</p>
<h2 data-gt="header">Education</h2><dl>{edu}</dl>
<h2 data-gt="header">Experience</h2>{jobs}
"""


def en_right_name_resume(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    p = _us_person(rng)
    end = rng.randrange(2006, 2021)
    edu = "".join(
        f"<dt>{t('key', k)}</dt><dd>{t(lab, v)}</dd>"
        for k, v, lab in (
            ("School", p["school"], "school"),
            ("Degree", p["degree"], "degree"),
            ("Major", p["major"], "major"),
            ("Graduated", str(end), "other"),
        )
    )
    jobs = ""
    for comp, pos, a in _jobs(rng, 2):
        jobs += f"<p><b>{t('other', f'{pos}, {comp}')}</b>{t('other', f' ({a}–{a + 2})')}</p>"
        jobs += f"<p>{t('other', rng.choice(r.BULLETS))}</p>"
    slots = {
        "contact": t("phone", p["phone_txt"]) + t("email", p["email"]) + t("city", p["city"]),
        "name": t("name", p["name"]),
        "about": "Practical and steady; I like clear goals and tidy handovers.",
        "edu": edu,
        "jobs": jobs,
    }
    return slots, r._fields(p)


# --- English invoice ----------------------------------------------------------------------------------------------
# A HOTEL FOLIO / tax invoice: the hotel's name centred with its street under it; `TAX INVOICE` then a two-column
# block `Guest` (the person billed) / `Room` / `Arrival` / `Departure` left and `Folio No.` / `Date` / `Cashier`
# right; the charges table (`Date`, `Description`, `Charges`, `Credits`); the total as `Balance` under it.
EN_FOLIO_CSS = """
body {{ padding: 44px 54px; font-size: 13px; }}
.h {{ text-align: center; }} .h .f {{ font-size: 22px; font-weight: bold; letter-spacing: 2px; color: {accent}; }}
.h span {{ display: block; }}
h1 {{ text-align: center; font-size: 17px; letter-spacing: 4px; margin: 16px 0 10px; }}
.g {{ display: flex; justify-content: space-between; margin-bottom: 14px; }} .g table td {{ padding: 2px 10px 2px 0; }}
table.i {{ width: 100%; border-collapse: collapse; }} table.i td {{ padding: 4px 6px; border-bottom: 1px dotted #999; }}
table.i tr.h td {{ font-weight: bold; border-top: 1px solid #333; border-bottom: 1px solid #333; }}
td.n {{ text-align: right; }}
.b {{ width: 300px; margin: 12px 0 0 auto; display: flex; justify-content: space-between; font-weight: bold;
  border-top: 2px solid #333; padding-top: 6px; font-size: 15px; }}
"""
EN_FOLIO_BODY = """
<div class="h">{hotel}{addr}</div>
<h1 data-gt="header">TAX INVOICE</h1>
<div class="g"><table>{left}</table><table>{right}</table></div>
<table class="i">{rows}</table>
<div class="b">{bal}</div>
<p data-gt="other">We hope you enjoyed your stay. Please retain this folio for your records.</p>
"""


def en_hotel_folio(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    seller = f"The {rng.choice(d.EN_LAST)} {rng.choice(('Hotel', 'Inn', 'Grand Hotel', 'Suites'))}"
    buyer = f"{rng.choice(d.EN_FIRST)} {rng.choice(d.EN_LAST)}"
    out = d._rand_date(rng, 2022, 2025)
    nights = rng.randrange(1, 5)
    arr = out - timedelta(days=nights)
    number = f"{rng.randrange(100000, 999999)}"
    fmt = "%d %b %Y"
    left = "".join(
        f"<tr><td>{t('key', k)}</td><td>{t(lab, v)}</td></tr>"
        for k, v, lab in (
            ("Guest", buyer, "buyer_name"),
            ("Room", str(rng.randrange(101, 950)), "other"),
            ("Arrival", arr.strftime(fmt), "other"),
            ("Departure", out.strftime(fmt), "other"),
        )
    )
    right = "".join(
        f"<tr><td>{t('key', k)}</td><td>{t(lab, v)}</td></tr>"
        for k, v, lab in (
            ("Folio No.", number, "invoice_number"),
            ("Date", out.strftime(fmt), "date"),
            ("Cashier", rng.choice(d.EN_FIRST), "other"),
        )
    )
    rows = '<tr class="h">' + "".join(
        f"<td{' class=n' if i > 1 else ''}>{t('header', h)}</td>" for i, h in enumerate(("Date", "Description",
                                                                                          "Charges", "Credits"))
    ) + "</tr>"  # fmt: skip
    total = Decimal(0)
    rate = Decimal(rng.randrange(9000, 32000)) / 100
    for i in range(nights):
        day = arr + timedelta(days=i)
        total += rate
        cells = (day.strftime("%d/%m"), "Room charge", _money_en(rate, ""), "")
        rows += "<tr>" + "".join(f"<td{' class=n' if j > 1 else ''}>{t('item', c)}</td>" for j, c in enumerate(cells))
        rows += "</tr>"
    extra = Decimal(rng.randrange(1000, 9000)) / 100
    total += extra
    cells = (out.strftime("%d/%m"), rng.choice(("Restaurant", "Minibar", "Parking")), _money_en(extra, ""), "")
    rows += "<tr>" + "".join(f"<td{' class=n' if j > 1 else ''}>{t('item', c)}</td>" for j, c in enumerate(cells))
    rows += "</tr>"
    slots = {
        "hotel": t("seller_name", seller, cls="f"),
        "addr": t("other", _street(rng)),
        "left": left,
        "right": right,
        "rows": rows,
        "bal": t("key", "Balance") + t("total", _money_en(total, "$")),
    }
    return slots, _truth(number, seller, buyer, "USD", out, total)


# --- Chinese invoices ---------------------------------------------------------------------------------------------
# A 增值税电子普通发票 whose 购买方 and 销售方 blocks have their role written VERTICALLY in a narrow left cell (one
# character a line: 购/买/方, 销/售/方), right of it 名称： / 纳税人识别号： / 地址、电话： lines; 发票号码 / 开票日期
# top right; item rows; 价税合计（大写） with （小写）¥ after it.
ZH_VERT_CSS = """
body {{ padding: 40px 46px; font-size: 13px; }}
h1 {{ text-align: center; color: {red}; font-size: 22px; letter-spacing: 4px; margin: 0 0 6px; }}
.m {{ text-align: right; }} .m div {{ margin: 2px 0; }}
table {{ width: 100%; border-collapse: collapse; margin-top: 8px; }} td {{ border: 1px solid {red}; padding: 5px 7px; }}
td.v {{ width: 22px; text-align: center; color: {red}; line-height: 1.3; }} td.p div {{ margin: 3px 0; }}
tr.h td {{ text-align: center; color: {red}; }} td.n {{ text-align: right; }}
.ft {{ display: flex; justify-content: space-between; margin-top: 10px; }}
"""
ZH_VERT_BODY = """
<h1 data-gt="header">{title}</h1>
<div class="m">{meta}</div>
<table>{parties}</table>
<table>{rows}{sum}</table>
<div class="ft">{foot}</div>
"""


VAT_ITEMS = ("*纸制品*打印纸", "*计算机配套产品*墨盒", "*办公用品*文件夹", "*劳务*技术服务费", "*电子元件*电源适配器")


def _vertical(word: str) -> str:
    return "<br>".join(word)


def zh_vertical_party_vat(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    seller, buyer = d.zh_company(rng), d.zh_company(rng)
    while buyer == seller:
        buyer = d.zh_company(rng)
    issued = d._rand_date(rng, 2021, 2025)
    number = f"{rng.randrange(10**7, 10**8)}"
    meta = (
        f"<div>{t('key', '发票代码：')}{t('other', str(rng.randrange(10**11, 10**12)))}</div>"
        f"<div>{t('key', '发票号码：')}{t('invoice_number', number)}</div>"
        f"<div>{t('key', '开票日期：')}{t('date', f'{issued.year}年{issued.month:02d}月{issued.day:02d}日')}</div>"
    )

    def party(role: str, name: str, lab: str) -> str:
        tax = f"91{rng.randrange(10**15, 10**16)}X"
        city = rng.choice(d.ZH_CITIES)
        tel = f"0571-{rng.randrange(10**7, 10**8)}"
        lines = (
            f"<div>{t('key', '名　　称：')}{t(lab, name)}</div>"
            f"<div>{t('key', '纳税人识别号：')}{t('other', tax)}</div>"
            f"<div>{t('key', '地址、电话：')}{t('other', f'{city}市{rng.randrange(1, 300)}号 {tel}')}</div>"
        )
        return f'<tr><td class=v data-gt="header">{_vertical(role)}</td><td class=p>{lines}</td></tr>'

    rows = '<tr class="h">' + "".join(
        f"<td>{t('header', h)}</td>" for h in ("货物或应税劳务名称", "数量", "单价", "金额", "税率", "税额")
    ) + "</tr>"  # fmt: skip
    total = Decimal(0)
    for what in rng.sample(VAT_ITEMS, 2):
        q = rng.randrange(1, 10)
        price = Decimal(rng.randrange(1000, 90000)) / 100
        amt = q * price
        tax = (amt * Decimal("0.13")).quantize(Decimal("0.01"))
        total += amt + tax
        cells = (str(what), str(q), d._money(price), d._money(amt), "13%", d._money(tax))
        rows += "<tr>" + "".join(f"<td{' class=n' if j else ''}>{t('item', c)}</td>" for j, c in enumerate(cells))
        rows += "</tr>"
    sum_row = (
        f"<tr><td>{t('key', '价税合计（大写）')}</td><td colspan=3>{t('other', decimal_to_cn_upper(total))}</td>"
        f"<td colspan=2>{t('key', '（小写）¥')}{t('total', d._money(total))}</td></tr>"
    )
    foot = (
        f"<span>{t('key', '收款人：')}{t('other', d._zh_name(rng))}</span>"
        f"<span>{t('key', '复核：')}{t('other', d._zh_name(rng))}</span>"
        f"<span>{t('key', '开票人：')}{t('other', d._zh_name(rng))}</span>"
    )
    slots = {
        "title": f"{rng.choice(('广东', '浙江', '上海', '北京'))}增值税电子普通发票",
        "meta": meta,
        "parties": party("购买方", buyer, "buyer_name") + party("销售方", seller, "seller_name"),
        "rows": rows,
        "sum": sum_row,
        "foot": foot,
    }
    return slots, _truth(number, seller, buyer, "CNY", issued, total)


# A 入库单 / 收货单 (goods received note): the title, 单号 and 日期 on one line; 供货单位：<seller> and
# 收货单位：<buyer> side by side on ONE line; the goods table 品名 / 规格 / 单位 / 数量 / 单价 / 金额; 合计金额：¥…
# and the signature line 仓管员 / 验收人 / 经办人.
ZH_GRN_CSS = """
body {{ padding: 42px 50px; font-size: 13.5px; }}
h1 {{ text-align: center; font-size: 24px; letter-spacing: 10px; margin: 0 0 12px; }}
.l {{ display: flex; justify-content: space-between; margin: 6px 0; }}
table {{ width: 100%; border-collapse: collapse; margin-top: 8px; }} td {{ border: 1px solid #555; padding: 5px 8px; }}
tr.h td {{ text-align: center; background: {shade}; }} td.n {{ text-align: right; }}
.t {{ text-align: right; margin-top: 8px; font-weight: bold; }}
.sg {{ display: flex; justify-content: space-between; margin-top: 30px; }}
"""
ZH_GRN_BODY = """
<h1 data-gt="header">{title}</h1>
<div class="l"><span>{no}</span><span>{date}</span></div>
<div class="l"><span>{seller}</span><span>{buyer}</span></div>
<table>{rows}</table>
<div class="t">{total}</div>
<div class="sg">{sign}</div>
"""
GOODS = ("螺丝M6", "不锈钢板", "电缆线", "包装纸箱", "润滑油", "轴承6204", "办公椅")


def zh_goods_received(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    seller, buyer = d.zh_company(rng), d.zh_company(rng)
    while buyer == seller:
        buyer = d.zh_company(rng)
    issued = d._rand_date(rng, 2021, 2025)
    title = rng.choice(("入库单", "收货单"))
    number = f"{'RK' if title == '入库单' else 'SH'}{issued.year}{rng.randrange(1000, 9999)}"
    rows = '<tr class="h">' + "".join(
        f"<td>{t('header', h)}</td>" for h in ("品名", "规格", "单位", "数量", "单价", "金额")
    ) + "</tr>"  # fmt: skip
    total = Decimal(0)
    for what in rng.sample(GOODS, rng.randrange(2, 5)):
        q = rng.randrange(1, 50)
        price = Decimal(rng.randrange(100, 50000)) / 100
        total += q * price
        cells = (what, rng.choice(("标准", "A型", "—")), rng.choice(("件", "箱", "米")), str(q), d._money(price),
                 d._money(q * price))  # fmt: skip
        rows += "<tr>" + "".join(f"<td{' class=n' if j > 2 else ''}>{t('item', c)}</td>" for j, c in enumerate(cells))
        rows += "</tr>"
    slots = {
        "title": title,
        "no": t("key", "单号：") + t("invoice_number", number),
        "date": t("key", "日期：") + t("date", f"{issued.year}-{issued.month:02d}-{issued.day:02d}"),
        "seller": t("key", "供货单位：") + t("seller_name", seller),
        "buyer": t("key", "收货单位：") + t("buyer_name", buyer),
        "rows": rows,
        "total": t("key", "合计金额：¥") + t("total", d._money(total)),
        "sign": "".join(f"<span>{t('key', k + '：')}{t('other', d._zh_name(rng))}</span>" for k in ("仓管员", "验收人",
                                                                                                      "经办人")),
    }  # fmt: skip
    return slots, _truth(number, seller, buyer, "CNY", issued, total)


# --- Chinese resumes ----------------------------------------------------------------------------------------------
# A 简历 whose NAME is a large SEAL-LIKE title (red letters in a red square border, centred) and whose 联系方式 is
# ONE line `手机：… | 邮箱：… | 现居：…` split by vertical bars; 教育经历 as `<school> · <major> · <degree>`.
ZH_SEAL_CSS = """
body {{ padding: 44px 52px; font-size: 13.5px; }}
.n {{ text-align: center; }} .n span {{ display: inline-block; border: 3px solid {red}; color: {red};
  font-size: 30px; padding: 6px 14px; letter-spacing: 6px; }}
.c {{ text-align: center; margin: 14px 0 10px; color: #333; }}
h2 {{ font-size: 15px; border-left: 4px solid {red}; padding-left: 8px; margin: 18px 0 8px; }} p {{ margin: 4px 0; }}
"""
ZH_SEAL_BODY = """
<div class="n">{name}</div>
<div class="c">{contact}</div>
<h2 data-gt="header">教育经历</h2>{edu}
<h2 data-gt="header">工作经历</h2>{work}
<h2 data-gt="header">个人评价</h2><p data-gt="other">{about}</p>
"""


def zh_seal_name_resume(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    p = r._person_zh(rng)
    bar = t("other", " | ")
    contact = (
        t("key", "手机：") + t("phone", p["phone"]) + bar + t("key", "邮箱：") + t("email", p["email"]) + bar
        + t("key", "现居：") + t("city", p["city"])
    )  # fmt: skip
    end = rng.randrange(2010, 2022)
    dot = t("other", " · ")
    edu = f"<p>{t('school', p['school'])}{dot}{t('major', p['major'])}{dot}{t('degree', p['degree'])}"
    edu += f"{t('other', f'（{end - 4}.09-{end}.06）')}</p>"
    work = ""
    for i in range(2):
        a = end + 2 * i
        work += f"<p>{t('other', f'{a}.07-' + ('至今' if i else f'{a + 2}.05'))}　{t('other', d.zh_company(rng))}"
        work += f"　{t('other', rng.choice(d.ZH_POSITIONS))}</p>"
    slots = {"name": t("name", p["name"]), "contact": contact, "edu": edu, "work": work,
             "about": "踏实肯干，责任心强，乐于学习新技术。"}  # fmt: skip
    return slots, r._fields(p)


# A 个人简历 written as a NUMBERED LIST: `1. 姓名：张三` `2. 性别：男` `3. 出生日期：…` `4. 学历：本科`
# `5. 毕业院校：…` `6. 专业：…` `7. 联系电话：…` `8. 电子邮箱：…` `9. 现居地：…`, then 工作经历 as numbered lines too.
ZH_NUM_CSS = """
body {{ padding: 46px 56px; font-size: 14px; }}
h1 {{ text-align: center; font-size: 24px; letter-spacing: 8px; margin: 0 0 16px; }}
h2 {{ font-size: 15px; color: {accent}; margin: 16px 0 8px; }}
ol {{ margin: 0; padding-left: 26px; }} li {{ margin: 5px 0; }}
"""
ZH_NUM_BODY = """
<h1 data-gt="header">个人简历</h1>
<h2 data-gt="header">一、基本情况</h2><ol>{info}</ol>
<h2 data-gt="header">二、工作经历</h2><ol>{work}</ol>
"""


def zh_numbered_resume(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    p = r._person_zh(rng)
    born = f"{rng.randrange(1985, 2001)}年{rng.randrange(1, 13)}月"
    items = (
        ("姓名", p["name"], "name"),
        ("性别", rng.choice(("男", "女")), "other"),
        ("出生日期", born, "other"),
        ("学历", p["degree"], "degree"),
        ("毕业院校", p["school"], "school"),
        ("专业", p["major"], "major"),
        ("联系电话", p["phone"], "phone"),
        ("电子邮箱", p["email"], "email"),
        ("现居地", p["city"], "city"),
    )
    info = "".join(f"<li>{t('key', k + '：')}{t(lab, v)}</li>" for k, v, lab in items)
    end = rng.randrange(2010, 2022)
    work = ""
    for i in range(2):
        a = end + 2 * i
        work += f"<li>{t('other', f'{a}年7月至' + ('今' if i else f'{a + 2}年5月'))}，"
        work += f"{t('other', d.zh_company(rng))}，{t('other', rng.choice(d.ZH_POSITIONS))}</li>"
    return {"info": info, "work": work}, r._fields(p)


FAMILIES = {
    "en_right_name_resume": (Family("en", "resume", "resume", EN_RIGHT_CSS, EN_RIGHT_BODY), en_right_name_resume),
    "en_hotel_folio": (Family("en", "invoice", "invoice", EN_FOLIO_CSS, EN_FOLIO_BODY), en_hotel_folio),
    "zh_vertical_party_vat": (Family("zh", "invoice", "invoice_cn", ZH_VERT_CSS, ZH_VERT_BODY), zh_vertical_party_vat),
    "zh_goods_received": (Family("zh", "invoice", "invoice_cn", ZH_GRN_CSS, ZH_GRN_BODY), zh_goods_received),
    "zh_seal_name_resume": (Family("zh", "resume", "resume", ZH_SEAL_CSS, ZH_SEAL_BODY), zh_seal_name_resume),
    "zh_numbered_resume": (Family("zh", "resume", "resume", ZH_NUM_CSS, ZH_NUM_BODY), zh_numbered_resume),
}
# written after round 29 was fixed, scored before any change
ROUND30 = tuple(FAMILIES)


def make(family: str, rng: random.Random, browser: Browser) -> d.Sample:
    """One page of a round-30 `family` typeset by `browser` (browser_docs.make over this module's families)."""
    return _make(family, rng, browser, FAMILIES)


def generate(out: Path, n: int, families: tuple[str, ...], variants: tuple[str, ...], seed: int = 0) -> list[Any]:
    return _generate(out, n, families, variants, seed, registry=FAMILIES)


def main() -> None:
    d.family_main("Generate round-30 browser-typeset resumes and invoices with ground truth.", FAMILIES, generate)


if __name__ == "__main__":
    main()
