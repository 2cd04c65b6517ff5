"""Round 35 of the browser-typeset held-out resumes and invoices (rounds 9 to 34 in synth/browser_docs*.py): five
families written after round 34 was fixed and scored before any change. Same conventions: a family is a style sheet
and a body template filled from one record of values, every printed text an element marked `data-gt="<label>"`.
`make` and `generate` here are browser_docs's over these families.

    python -m docsense.synth.browser_docs35 OUT --n 2 --variants clean,rot90,gray,rgba --seed 1800
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
# A resume whose name runs up a dark band down the left edge (the text turned a quarter, read bottom to top, in large
# spaced capitals); the body right of the band: a one-line headline, a contact row of three keyed items
# (`Tel <phone>`, `Mail <e-mail>`, `Based in <City, ST>`), then PROFILE, WORK HISTORY (`<years>  <position>,
# <company>` one a line), EDUCATION as `<School> — <Degree> in <Major> (<year>)`, and TOOLS as a comma list.
EN_VBAND_CSS = """
body {{ padding: 0; font-size: 13px; }}
.wrap {{ display: flex; min-height: 1050px; }}
.band {{ background: {accent}; color: #fff; width: 92px; display: flex; align-items: center;
  justify-content: center; }}
.band .n {{ writing-mode: vertical-rl; transform: rotate(180deg); font-size: 30px; letter-spacing: 6px;
  font-weight: bold; white-space: nowrap; }}
.main {{ padding: 36px 44px; flex: 1; }} .hl {{ font-size: 17px; color: {accent}; }}
.ct {{ display: flex; gap: 26px; margin: 8px 0 6px; font-size: 12px; }} .ct .k {{ color: #777; margin-right: 4px; }}
h2 {{ font-size: 13px; letter-spacing: 2px; color: {accent}; margin: 16px 0 5px; }} p {{ margin: 3px 0; }}
"""
EN_VBAND_BODY = """
<div class="wrap"><div class="band">{name}</div><div class="main">
<div class="hl" data-gt="other">{headline}</div>
<div class="ct">{contact}</div>
<h2 data-gt="header">PROFILE</h2><p data-gt="other">{about}</p>
<h2 data-gt="header">WORK HISTORY</h2>{jobs}
<h2 data-gt="header">EDUCATION</h2>{edu}
<h2 data-gt="header">TOOLS</h2><p data-gt="other">{tools}</p>
</div></div>
"""
HEADLINES = ("Operations analyst with a taste for clean data", "Product engineer, shipping since day one",
             "Field researcher and data storyteller", "Supply chain planner")  # fmt: skip


def en_vband_resume(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    p = _us_person(rng)
    name = t("name", p["name"].upper() if rng.random() < 0.6 else p["name"], cls="n")
    contact = "".join(
        f"<span>{t('key', k, cls='k')}{t(lab, v)}</span>"
        for k, v, lab in (("Tel", p["phone_txt"], "phone"), ("Mail", p["email"], "email"),
                          ("Based in", p["city"], "city"))
    )  # fmt: skip
    jobs = ""
    for comp, pos, a in _jobs(rng, rng.randrange(2, 4)):
        jobs += f"<p>{t('other', f'{a}–{a + 2}')}&nbsp;&nbsp;{t('other', f'{pos}, {comp}')}</p>"
    end = rng.randrange(2006, 2021)
    edu = (
        f"<p>{t('school', p['school'])}{t('other', ' — ')}{t('degree', p['degree'])}{t('other', ' in ')}"
        f"{t('major', p['major'])}{t('other', f' ({end})')}</p>"
    )
    slots = {"name": name, "headline": rng.choice(HEADLINES), "contact": contact, "jobs": jobs, "edu": edu,
             "about": "Calm under deadlines; likes measuring before changing things.",
             "tools": ", ".join(rng.sample(r.SKILLS, 5))}  # fmt: skip
    return slots, r._fields(p)


# --- English invoices ---------------------------------------------------------------------------------------------
# A motor carrier's freight bill: the carrier's name and `USDOT <n>` top left, `FREIGHT BILL` right with `PRO Number`,
# `Ship Date` and `Bill Date` in a small keyed table; three boxes side by side, `Shipper`, `Consignee` and `Bill To`
# (the party that pays, a company other than both); a pieces/weight/class table (`Pcs | Description | Weight (lbs)
# | Class | Rate | Charges`); `Fuel Surcharge`, `Accessorials`, `Total Charges` right; `Terms: Net 30`.
EN_FREIGHT_CSS = """
body {{ padding: 40px 48px; font-size: 12.5px; }}
.hd {{ display: flex; justify-content: space-between; }} .hd span {{ display: block; }}
.hd .co {{ font-size: 21px; font-weight: bold; }} h1 {{ margin: 0 0 6px; font-size: 24px; text-align: right;
  letter-spacing: 2px; }} .hd td {{ padding: 1px 6px; }}
.pt {{ display: flex; gap: 14px; margin: 16px 0; }} .pt div {{ flex: 1; border: 1px solid #444; padding: 6px 8px; }}
.pt span {{ display: block; }} .pt .k {{ font-size: 11px; background: {shade}; margin: -6px -8px 4px; padding: 2px 8px;
  font-weight: bold; }}
table.i {{ width: 100%; border-collapse: collapse; }} table.i td {{ border: 1px solid #888; padding: 3px 6px; }}
table.i tr.h td {{ background: {shade}; font-weight: bold; }} td.n {{ text-align: right; }}
table.s {{ width: 280px; margin: 10px 0 0 auto; }} table.s td {{ padding: 2px 6px; }} table.s td + td {{
  text-align: right; }} table.s tr.g td {{ font-weight: bold; border-top: 2px solid #222; }}
.tm {{ margin-top: 20px; font-size: 11.5px; }}
"""
EN_FREIGHT_BODY = """
<div class="hd"><div>{carrier}</div><div><h1 data-gt="header">FREIGHT BILL</h1><table>{meta}</table></div></div>
<div class="pt"><div>{shipper}</div><div>{consignee}</div><div>{billto}</div></div>
<table class="i">{rows}</table>
<table class="s">{sums}</table>
<div class="tm" data-gt="other">{terms}</div>
"""
CARRIER_TAILS = ("Freight Lines", "Transport Inc.", "Trucking LLC", "Express Carriers")
FREIGHT = ("Palletized machine parts", "Boxed ceramic tile", "Steel shelving units", "Drums of coating resin",
           "Crated office furniture", "Rolls of vinyl flooring")  # fmt: skip


def _party(rng: random.Random, key: str, name: str, label: str) -> str:
    town = rng.choice([c for c in r.EN_CITIES_MORE if len(c.rsplit(", ", 1)[-1]) == 2])
    return (
        t("key", key, cls="k")
        + t(label, name)
        + t("other", _street(rng))
        + t("other", f"{town} {rng.randrange(10000, 99999)}")
    )


def en_freight_bill(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    seller = f"{rng.choice(d.EN_LAST)} {rng.choice(CARRIER_TAILS)}"
    shipper = _company(rng)
    consignee = _company(rng, shipper)
    while (buyer := _company(rng, shipper)) == consignee:
        pass
    issued = d._rand_date(rng, 2019, 2025)
    number = f"{rng.randrange(100, 999)}-{rng.randrange(100000, 999999)}"
    carrier = t("seller_name", seller, cls="co") + t("other", f"USDOT {rng.randrange(1000000, 3999999)}")
    carrier += t("other", _street(rng)) + t(
        "other", f"Dispatch {rng.randrange(200, 999)}-555-{rng.randrange(1000, 9999)}"
    )
    shipd = issued.toordinal() - rng.randrange(1, 6)
    meta = "".join(
        f"<tr><td>{t('key', k)}</td><td>{t(lab, val)}</td></tr>"
        for k, val, lab in (("PRO Number", number, "invoice_number"),
                            ("Ship Date", _date.fromordinal(shipd).strftime("%m/%d/%Y"), "other"),
                            ("Bill Date", issued.strftime("%m/%d/%Y"), "date"))
    )  # fmt: skip
    rows = '<tr class="h">' + "".join(
        f"<td{' class=n' if i > 1 else ''}>{t('header', h)}</td>"
        for i, h in enumerate(("Pcs", "Description", "Weight (lbs)", "Class", "Rate", "Charges"))
    ) + "</tr>"  # fmt: skip
    line_total = Decimal(0)
    for good in rng.sample(FREIGHT, rng.randrange(1, 4)):
        w = rng.randrange(200, 4000)
        rate = Decimal(rng.randrange(800, 4500)) / 100
        amt = (rate * w / 100).quantize(Decimal("0.01"))
        line_total += amt
        cells = (str(rng.randrange(1, 12)), good, f"{w:,}", rng.choice(("55", "70", "85", "100")), f"{rate}/cwt",
                 d._fmt_thousands(amt))  # fmt: skip
        rows += _item_row(cells, lambda i: "n" if i > 1 else "")
    fuel = (line_total * Decimal(rng.randrange(12, 30)) / 100).quantize(Decimal("0.01"))
    acc = Decimal(rng.choice((0, 45, 75, 95)))
    total = line_total + fuel + acc
    sums = "".join(
        f"<tr{cls}><td>{t('key', k)}</td><td>{t(lab, val)}</td></tr>"
        for k, val, lab, cls in (
            ("Line Haul", _money_en(line_total, "$"), "other", ""),
            ("Fuel Surcharge", _money_en(fuel, "$"), "other", ""),
            ("Accessorials", _money_en(acc, "$"), "other", ""),
            ("Total Charges", _money_en(total, "$"), "total", ' class="g"'),
        )
    )
    slots = {"carrier": carrier, "meta": meta, "shipper": _party(rng, "Shipper", shipper, "other"),
             "consignee": _party(rng, "Consignee", consignee, "other"), "billto": _party(rng, "Bill To", buyer,
             "buyer_name"), "rows": rows, "sums": sums,
             "terms": "Terms: Net 30. Claims must be filed within 9 months of delivery."}  # fmt: skip
    return slots, _truth(number, seller, buyer, "USD", issued, total)


# --- Chinese invoices ---------------------------------------------------------------------------------------------
# A 工程款结算单 between the client (发包方, who pays) and the builder (承包方, paid): the project's name as a line
# over the title `工程结算单`; `结算编号` left and `编制日期` right; two keyed blocks side by side, 发包方 (name,
# 项目负责人) and 承包方 (name, 项目经理, 资质证书编号); a ruled sheet of the settlement's build-up (`项目 | 金额（元）
# | 备注`: 合同价款, 设计变更增加, 现场签证, 扣减甩项), the row `结算总价` in figures and `大写` in words; then
# 已付工程款 and 本次应付 (not the total); signatures of both at the foot.
ZH_PROJECT_CSS = """
body {{ padding: 44px 54px; font-size: 13px; }}
.pj {{ text-align: center; font-size: 15px; }} h1 {{ text-align: center; font-size: 23px; letter-spacing: 8px;
  margin: 4px 0 12px; }}
.m {{ display: flex; justify-content: space-between; margin-bottom: 8px; }}
.pt {{ display: flex; gap: 20px; }} .pt div {{ flex: 1; border-top: 3px solid {accent}; padding-top: 6px; }}
.pt p {{ margin: 3px 0; }}
table {{ width: 100%; border-collapse: collapse; margin-top: 14px; }} td {{ border: 1px solid #444; padding: 6px 8px; }}
tr.h td {{ background: {shade}; text-align: center; }} td.n {{ text-align: right; }} tr.g td {{ font-weight: bold; }}
.ft {{ display: flex; justify-content: space-between; margin-top: 30px; }}
"""
ZH_PROJECT_BODY = """
<div class="pj" data-gt="other">{project}</div>
<h1 data-gt="header">工程结算单</h1>
<div class="m">{meta}</div>
<div class="pt"><div>{client}</div><div>{builder}</div></div>
<table>{rows}</table>
<div class="ft">{foot}</div>
"""
PROJECTS = ("办公楼装饰装修工程", "厂房钢结构工程", "室外管网改造工程", "消防系统安装工程", "道路硬化工程")


def zh_project_settlement(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    buyer = d.zh_company(rng)
    seller = f"{rng.choice(d.ZH_CITIES)}{rng.choice(('建工', '城建', '华筑', '中恒'))}建设工程有限公司"
    issued = d._rand_date(rng, 2021, 2025)
    number = f"JS-{issued.year}-{rng.randrange(1, 999):03d}"
    meta = (
        f"<span>{t('key', '结算编号：')}{t('invoice_number', number)}</span>"
        f"<span>{t('key', '编制日期：')}{t('date', f'{issued.year}年{issued.month:02d}月{issued.day:02d}日')}</span>"
    )
    client = (
        f"<p>{t('key', '发包方：')}{t('buyer_name', buyer)}</p><p>{t('other', '项目负责人：' + d._zh_name(rng))}</p>"
    )
    builder = (
        f"<p>{t('key', '承包方：')}{t('seller_name', seller)}</p>"
        f"<p>{t('other', '项目经理：' + d._zh_name(rng))}</p>"
        f"<p>{t('other', f'资质证书编号：D{rng.randrange(10**8, 10**9)}')}</p>"
    )
    contract = Decimal(rng.randrange(20000000, 900000000)) / 100
    change = Decimal(rng.randrange(100000, 5000000)) / 100
    visa = Decimal(rng.randrange(50000, 2000000)) / 100
    cut = Decimal(rng.randrange(0, 1000000)) / 100
    total = contract + change + visa - cut
    paid = (total * Decimal(rng.choice((50, 60, 70, 80))) / 100).quantize(Decimal("0.01"))
    rows = '<tr class="h">' + "".join(f"<td>{t('header', h)}</td>" for h in ("项目", "金额（元）", "备注")) + "</tr>"
    for k, v, note in (("合同价款", contract, "按合同"), ("设计变更增加", change, "变更单3份"),
                       ("现场签证", visa, "签证单"), ("扣减甩项", -cut, "甩项清单")):  # fmt: skip
        rows += f"<tr><td>{t('other', k)}</td><td class=n>{t('other', d._fmt_thousands(v))}</td>"
        rows += f"<td>{t('other', note)}</td></tr>"
    rows += (
        f'<tr class="g"><td>{t("key", "结算总价")}</td><td class=n>{t("total", d._fmt_thousands(total))}</td>'
        f"<td>{t('other', '大写：' + decimal_to_cn_upper(total))}</td></tr>"
        f"<tr><td>{t('other', '已付工程款')}</td><td class=n>{t('other', d._fmt_thousands(paid))}</td><td></td></tr>"
        f"<tr><td>{t('other', '本次应付')}</td><td class=n>{t('other', d._fmt_thousands(total - paid))}</td>"
        f"<td>{t('other', '含质保金')}</td></tr>"
    )
    foot = (
        f"<span>{t('other', '发包方（盖章）：')}</span><span>{t('other', '承包方（盖章）：')}</span>"
        f"<span>{t('other', '审核：' + d._zh_name(rng))}</span>"
    )
    slots = {"project": f"{buyer.replace('有限公司', '')}{rng.choice(PROJECTS)}", "meta": meta, "client": client,
             "builder": builder, "rows": rows, "foot": foot}  # fmt: skip
    return slots, _truth(number, seller, buyer, "CNY", issued, total)


# A 广告发布结算单 from a media company to an advertiser: the media company's name big top left with its address,
# a red `结算单` stamp-like box right with `NO.` under it; a strip of key cells across the page, `广告主 | <the
# advertiser, who pays> | 结算周期 | <from>至<to> | 开单日期 | <date>`; the placements (`媒体 | 版位 | 排期 | 刊例价
# | 折扣 | 结算金额`); `应付总额：RMB <figures>` right under the sheet, the words on the next line; the payee's account.
ZH_AD_CSS = """
body {{ padding: 40px 50px; font-size: 12.5px; }}
.hd {{ display: flex; justify-content: space-between; align-items: flex-start; }}
.hd .co {{ font-size: 20px; font-weight: bold; display: block; }} .hd .ad {{ display: block; font-size: 11.5px; }}
.st {{ border: 2px solid #c00; color: #c00; padding: 6px 14px; text-align: center; }}
.st h1 {{ margin: 0; font-size: 20px; letter-spacing: 4px; }}
table {{ width: 100%; border-collapse: collapse; margin-top: 12px; }} td {{ border: 1px solid #555; padding: 5px 6px; }}
td.k {{ background: {shade}; white-space: nowrap; }} tr.h td {{ background: {shade}; text-align: center; }}
td.n {{ text-align: right; }} .sum {{ text-align: right; margin-top: 8px; font-size: 14px; }}
.bk {{ margin-top: 16px; font-size: 11.5px; }}
"""
ZH_AD_BODY = """
<div class="hd"><div>{media}</div><div class="st"><h1 data-gt="header">结算单</h1>{no}</div></div>
<table>{strip}</table>
<table>{rows}</table>
<div class="sum">{sum}</div>
<div class="sum">{words}</div>
<div class="bk">{bank}</div>
"""
AD_SLOTS = (("地铁灯箱", "2号线站厅"), ("公交车身", "整车彩绘"), ("户外大牌", "高速出口"), ("电梯框架", "写字楼"),
            ("网络横幅", "首页通栏"))  # fmt: skip


def zh_ad_settlement(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    city = rng.choice(d.ZH_CITIES)
    seller = f"{city}{rng.choice(('星辰', '蓝海', '风向标', '聚光'))}广告传媒有限公司"
    buyer = d.zh_company(rng)
    issued = d._rand_date(rng, 2021, 2025)
    number = f"{rng.randrange(10**7, 10**8)}"
    addr = f"{city}市{rng.choice(('天河', '浦东', '南山', '高新'))}区{rng.randrange(1, 300)}号"
    tel = f"电话：0{rng.randrange(20, 29)}-{rng.randrange(10**7, 10**8)}"
    media = t("seller_name", seller, cls="co") + t("other", f"{addr}  {tel}", cls="ad")
    no = t("key", "NO.") + t("invoice_number", number)
    m0 = max(1, issued.month - 1)
    strip = (
        f"<tr><td class=k>{t('key', '广告主')}</td><td>{t('buyer_name', buyer)}</td>"
        f"<td class=k>{t('key', '结算周期')}</td>"
        f"<td>{t('other', f'{issued.year}.{m0:02d}.01至{issued.year}.{m0:02d}.28')}</td>"
        f"<td class=k>{t('key', '开单日期')}</td><td>{t('date', issued.strftime('%Y/%m/%d'))}</td></tr>"
    )  # fmt: skip
    rows = '<tr class="h">' + "".join(
        f"<td>{t('header', h)}</td>" for h in ("媒体", "版位", "排期", "刊例价", "折扣", "结算金额")
    ) + "</tr>"  # fmt: skip
    total = Decimal(0)
    for med, pos in rng.sample(AD_SLOTS, rng.randrange(2, 5)):
        price = Decimal(rng.randrange(500000, 9000000)) / 100
        disc = rng.choice((5, 6, 7, 8))
        amt = (price * disc / 10).quantize(Decimal("0.01"))
        total += amt
        cells = (med, pos, f"{rng.randrange(7, 31)}天", d._fmt_thousands(price), f"{disc}折", d._fmt_thousands(amt))
        rows += _item_row(cells, lambda i: "n" if i > 2 else "")
    sm = t("key", "应付总额：RMB ") + t("total", d._fmt_thousands(total))
    words = t("other", "人民币大写：" + decimal_to_cn_upper(total))
    bank = t("other", f"收款账户：{seller}　开户行：中国银行{city}分行　账号：{rng.randrange(10**15, 10**16)}")
    slots = {"media": media, "no": no, "strip": strip, "rows": rows, "sum": sm, "words": words, "bank": bank}
    return slots, _truth(number, seller, buyer, "CNY", issued, total)


# A conference fee receipt (会务费收据) from the organiser to a delegate's employer: the conference's name centred in
# two lines over `会务费收据`; `票据号` right; a table of keyed rows, `参会单位` (the payer) with its 纳税人识别号,
# `参会人员` (two names), `收费项目 | 人数 | 标准 | 金额` lines (注册费, 资料费, 餐费); `合计（小写）` with `¥` and
# `合计（大写）`; the organiser (`主办单位：<the payee>`, not the title) and `收款日期` at the foot, right.
ZH_CONF_CSS = """
body {{ padding: 46px 56px; font-size: 13px; }}
.cf {{ text-align: center; font-size: 16px; color: {accent}; }} h1 {{ text-align: center; font-size: 22px;
  letter-spacing: 6px; margin: 8px 0 4px; }} .no {{ text-align: right; margin-bottom: 6px; }}
table {{ width: 100%; border-collapse: collapse; }} td {{ border: 1px solid #555; padding: 6px 8px; }}
td.k {{ background: {shade}; width: 110px; }} td.n {{ text-align: right; }}
.ft {{ margin-top: 24px; text-align: right; }} .ft p {{ margin: 4px 0; }}
"""
ZH_CONF_BODY = """
<div class="cf" data-gt="other">{conf}</div>
<h1 data-gt="header">会务费收据</h1>
<div class="no">{no}</div>
<table>{grid}</table>
<div class="ft">{foot}</div>
"""
CONFS = ("智能制造产业发展论坛", "全国财务共享服务年会", "医疗器械质量管理研讨会", "新能源汽车供应链大会")


def zh_conference_receipt(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    buyer = d.zh_company(rng)
    seller = f"{rng.choice(d.ZH_CITIES)}{rng.choice(('会展服务', '国际会议', '商务会务'))}有限公司"
    issued = d._rand_date(rng, 2021, 2025)
    number = f"{issued.year}{rng.randrange(10**5, 10**6)}"
    n = rng.randrange(1, 4)
    items = [("注册费", Decimal(rng.choice((1200, 1800, 2600, 3200)))), ("资料费", Decimal(rng.choice((100, 200)))),
             ("餐费", Decimal(rng.choice((150, 300, 450))))]  # fmt: skip
    total = sum((v * n for _, v in items), Decimal(0))

    def k(s: str) -> str:
        return f'<td class="k">{t("key", s)}</td>'

    grid = (
        f"<tr>{k('参会单位')}<td colspan=3>{t('buyer_name', buyer)}</td></tr>"
        f"<tr>{k('纳税人识别号')}<td colspan=3>{t('other', d._tax_id(rng))}</td></tr>"
        f"<tr>{k('参会人员')}<td colspan=3>{t('other', '、'.join(d._zh_name(rng) for _ in range(n)))}</td></tr>"
        "<tr>" + "".join(f"<td>{t('header', h)}</td>" for h in ("收费项目", "人数", "标准", "金额")) + "</tr>"
    )
    for name, v in items:
        grid += f"<tr><td>{t('item', name)}</td><td class=n>{t('item', str(n))}</td>"
        grid += f"<td class=n>{t('item', d._money(v))}</td>"
        grid += f"<td class=n>{t('item', d._money(v * n))}</td></tr>"
    grid += (
        f"<tr>{k('合计（小写）')}<td colspan=3>{t('key', '¥')}{t('total', d._money(total))}</td></tr>"
        f"<tr>{k('合计（大写）')}<td colspan=3>{t('other', decimal_to_cn_upper(total))}</td></tr>"
    )
    foot = (
        f"<p>{t('key', '主办单位：')}{t('seller_name', seller)}</p>"
        f"<p>{t('key', '收款日期：')}{t('date', f'{issued.year}年{issued.month}月{issued.day}日')}</p>"
        f"<p>{t('other', '收款人：' + d._zh_name(rng))}</p>"
    )
    slots = {"conf": f"{issued.year}{rng.choice(CONFS)}", "no": t("key", "票据号：") + t("invoice_number", number),
             "grid": grid, "foot": foot}  # fmt: skip
    return slots, _truth(number, seller, buyer, "CNY", issued, total)


FAMILIES = {
    "en_vband_resume": (Family("en", "resume", "resume", EN_VBAND_CSS, EN_VBAND_BODY), en_vband_resume),
    "en_freight_bill": (Family("en", "invoice", "invoice", EN_FREIGHT_CSS, EN_FREIGHT_BODY), en_freight_bill),
    "zh_project_settlement": (
        Family("zh", "invoice", "invoice_cn", ZH_PROJECT_CSS, ZH_PROJECT_BODY),
        zh_project_settlement,
    ),
    "zh_ad_settlement": (Family("zh", "invoice", "invoice_cn", ZH_AD_CSS, ZH_AD_BODY), zh_ad_settlement),
    "zh_conference_receipt": (
        Family("zh", "invoice", "invoice_cn", ZH_CONF_CSS, ZH_CONF_BODY),
        zh_conference_receipt,
    ),
}
# written after round 34 was fixed, scored before any change
ROUND35 = tuple(FAMILIES)


def make(family: str, rng: random.Random, browser: Browser) -> d.Sample:
    """One page of a round-35 `family` typeset by `browser` (browser_docs.make over this module's families)."""
    return _make(family, rng, browser, FAMILIES)


def generate(out: Path, n: int, families: tuple[str, ...], variants: tuple[str, ...], seed: int = 0) -> list[Any]:
    return _generate(out, n, families, variants, seed, registry=FAMILIES)


def main() -> None:
    d.family_main("Generate round-35 browser-typeset resumes and invoices with ground truth.", FAMILIES, generate)


if __name__ == "__main__":
    main()
