"""Chinese business documents of many kinds and layouts, their keys drawn from a broad vocabulary: training pages
for the `invoice_cn` field tagger (docs/tagger.md), browser-typeset like synth/browser_docs*.py.

A page is a document kind (送货单, 收款收据, 付款通知书, 加工单, 维修结算单, ...: a title) in one of five
layouts (key：value lines with the parties in a block, a ruled grid of key cells left of value cells, small keys
over their values, the parties side by side in two boxes, the seller's name as the title with a keyed buyer), its
seller, buyer, number, date and total each printed after a key drawn from a list of synonyms (`销货单位` / `供货方` /
`收款单位` / `服务方` ..., `合计` / `货款合计` / `应付总额` ...), among distractors (联系人, 电话, 地址, 开户行, a count
`数量合计`, a date to deliver by). `FAMILIES` draw from the full vocabulary, the words of the round 32/33
families included (出租方, 承租方, 承运方, 托运方, 供方, 需方, 运费合计, 报价总额, 本期应付金额); `VOCAB_FAMILIES` from
the `strict` one without them or from one of two disjoint halves `a` / `b`, to measure how far the tagger's learned
key text reaches keys it never saw (docs/tagger.md).

    python -m docsense.synth.zh_business OUT --n 2 --variants clean --seed 1
"""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from docsense.kie.normalize import decimal_to_cn_upper

from . import documents as d
from .browser import Browser
from .browser_docs import Family, _truth, t
from .browser_docs import generate as _generate
from .browser_docs import make as _make

KINDS = ("送货单", "发货单", "收款收据", "付款通知书", "加工单", "维修结算单", "入库单", "销售清单", "服务费结算单",
         "货款确认单", "采购单", "订货单", "委托加工合同", "工程款结算单", "缴费通知单", "销售确认书")  # fmt: skip
SELLER_KEYS = ("卖方", "销货方", "销货单位", "供货方", "供货单位", "供应商", "发货方", "发货单位", "收款单位",
               "收款方", "收款人", "服务方", "承包方", "出卖人", "开票单位", "销售单位", "经销商", "承揽方",
               "维修单位", "加工方", "乙方（供货方）", "甲方（卖方）")  # fmt: skip
BUYER_KEYS = ("买方", "购货方", "购货单位", "采购方", "采购单位", "收货方", "收货单位", "付款单位", "付款方",
              "付款人", "订货单位", "委托方", "交款单位", "缴费单位", "发包方", "定作方", "买受人", "用户名称",
              "客户单位", "甲方（买方）", "乙方（采购方）")  # fmt: skip
TOTAL_KEYS = ("合计", "总计", "合计金额", "总金额", "金额合计", "价款合计", "货款合计", "应付总额", "应收合计",
              "费用合计", "实收金额", "应付金额", "结算金额", "总价", "金额总计", "服务费合计", "加工费合计",
              "维修费合计", "本次应收", "应缴金额", "总计金额")  # fmt: skip
DATE_KEYS = ("日期", "开单日期", "填开日期", "签发日期", "出单日期", "单据日期", "收款日期", "签订日期", "制表日期",
             "通知日期", "开票日期", "业务日期")  # fmt: skip
NUMBER_KEYS = ("单号", "编号", "单据编号", "No.", "NO", "收据编号", "合同编号", "通知单号", "流水号", "订单号",
               "凭证号", "票据号码", "单据号")  # fmt: skip
# the keys of the round 32/33 families: in the full vocabulary (`FAMILIES`, what trains the shipped tagger), kept
# out of the `strict` one (`VOCAB_FAMILIES`: a tagger that never saw them, to measure how its key text generalises)
TEST_KEYS = {
    "seller": ("出租方", "承运方", "供方"), "buyer": ("承租方", "托运方", "需方", "客户"),
    "total": ("运费合计", "报价总额", "本期应付金额"), "date": ("结算日期", "报价日期", "制单日期"),
    "number": ("结算单号", "报价单号", "对账单号"),
}  # fmt: skip
ROLES = ("seller", "buyer", "total", "date", "number")
GOODS = ("不锈钢管", "办公椅", "复印纸", "电缆", "钢板", "轴承", "包装箱", "润滑油", "打印机", "水泥", "塑料粒子",
         "铝型材", "配电柜", "服务器", "螺栓", "油漆")  # fmt: skip
LAYOUTS = ("lines", "grid", "above", "boxes", "title")

CSS = """
body {{ padding: 44px 52px; font-size: {size}px; }}
h1 {{ font-size: 23px; text-align: center; letter-spacing: {spacing}px; margin: 4px 0 12px; }}
.co {{ font-size: 19px; font-weight: bold; text-align: center; }}
.m {{ display: flex; justify-content: space-between; margin: 6px 0; }} .m div {{ margin: 2px 0; }}
.p div {{ margin: 3px 0; }}
table {{ width: 100%; border-collapse: collapse; margin: 8px 0; }} td {{ border: 1px solid #777; padding: 4px 6px; }}
td.k {{ background: {shade}; width: 110px; }} td.n {{ text-align: right; }}
.kv {{ display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 8px 24px; margin: 8px 0; }}
.kv small {{ display: block; color: #666; font-size: 11px; }}
.bx {{ display: flex; gap: 16px; }} .bx > div {{ flex: 1; border: 1px solid #888; padding: 8px 10px; }}
.bx b {{ display: block; margin-bottom: 4px; }}
.s {{ text-align: right; margin: 8px 0; font-weight: bold; }} .ft {{ display: flex; justify-content: space-between;
  margin-top: 18px; }}
"""
BODY = "{body}"


def _kv(key: str, label: str, value: str, colon: str) -> str:
    return f"<div>{t('key', key + colon)}{t(label, value)}</div>"


def keys(role: str, vocab: str = "full") -> tuple[str, ...]:
    """The keys a page may print for `role`: `full` the lists above and TEST_KEYS; `strict` the lists only; `a` / `b`
    the lists' even / odd entries (two disjoint key vocabularies, to measure how a tagger reads keys it never saw)."""
    words = dict(zip(ROLES, (SELLER_KEYS, BUYER_KEYS, TOTAL_KEYS, DATE_KEYS, NUMBER_KEYS), strict=True))[role]
    if vocab == "a":
        return words[::2]
    if vocab == "b":
        return words[1::2]
    return words + TEST_KEYS[role] if vocab == "full" else words


def page(rng: random.Random, layout: str, vocab: str = "full") -> tuple[dict[str, str], dict[str, str]]:
    seller, buyer = d.zh_company(rng), d.zh_company(rng)
    while buyer == seller:
        buyer = d.zh_company(rng)
    if rng.random() < 0.2:
        buyer = d._zh_name(rng)  # a person pays
    issued = d._rand_date(rng, 2019, 2025)
    prefix = rng.choice(("", "SH", "FH", "SK", "JS", "CG", "No"))
    number = f"{prefix}{issued.strftime(rng.choice(('%Y%m%d', '%y%m')))}{rng.randrange(100, 9999):04d}"
    kind = rng.choice(KINDS)
    sk, bk, tk_, dk, nk = (rng.choice(keys(role, vocab)) for role in ROLES)
    colon = rng.choice(("：", "：", ":", " "))
    date_txt = d._zh_date(issued, rng)
    # the goods
    rows = '<tr class="h">' + "".join(
        f"<td>{t('header', h)}</td>" for h in rng.choice((("品名", "规格", "数量", "单价", "金额"),
                                                         ("货物名称", "型号", "数量", "单价", "小计"),
                                                         ("项目", "单位", "数量", "单价", "金额（元）")))
    ) + "</tr>"  # fmt: skip
    total = Decimal(0)
    qty = 0
    for name in rng.sample(GOODS, rng.randrange(2, 6)):
        q = rng.randrange(1, 60)
        price = Decimal(rng.randrange(500, 200000)) / 100
        qty += q
        total += q * price
        item = (name, rng.choice(("件", "台", "箱", "吨", "米", "套")), str(q), d._money(price), d._money(q * price))
        rows += "<tr>" + "".join(f"<td{' class=n' if j > 1 else ''}>{t('item', c)}</td>" for j, c in enumerate(item))
        rows += "</tr>"
    money = rng.choice((d._money(total), d._fmt_thousands(total), d._money(total)))
    sym = rng.choice(("", "¥", "￥", "人民币"))
    words = rng.random() < 0.5
    distract = [
        ("联系人", d._zh_name(rng)), ("电话", d._cn_mobile(rng)),
        ("地址", f"{rng.choice(d.ZH_CITIES)}市{rng.choice(('人民路', '建设路', '解放路'))}{rng.randrange(1, 300)}号"),
        ("开户行", f"中国{rng.choice(('工商', '建设', '农业'))}银行{rng.choice(d.ZH_CITIES)}分行"),
        ("账号", str(rng.randrange(10**15, 10**16))),
        (rng.choice(("交货日期", "有效期至", "到期日")), d._zh_date(issued + timedelta(days=rng.randrange(5, 40)),
                                                                   rng)),
        ("经办人", d._zh_name(rng)),
    ]  # fmt: skip
    rng.shuffle(distract)
    extra = distract[: rng.randrange(2, 5)]
    sums = f"<div>{t('key', '数量合计' + colon)}{t('other', str(qty))}</div>" if rng.random() < 0.4 else ""
    sums += f"<div>{t('key', tk_ + colon + sym)}{t('total', money)}"
    if words:
        sums += t("other", f"　（大写：{decimal_to_cn_upper(total)}）")
    sums += "</div>"
    title = t("header", kind, tag="h1")
    if layout == "lines":
        body = title + '<div class="m"><div>' + _kv(nk, "invoice_number", number, colon) + "</div><div>"
        body += _kv(dk, "date", date_txt, colon) + "</div></div>"
        parties = [_kv(sk, "seller_name", seller, colon), _kv(bk, "buyer_name", buyer, colon)]
        rng.shuffle(parties)
        body += '<div class="p">' + "".join(parties) + "".join(_kv(k, "other", v, colon) for k, v in extra) + "</div>"
        body += f"<table>{rows}</table><div class='s'>{sums}</div>"
    elif layout == "grid":
        cells = [(sk, "seller_name", seller), (bk, "buyer_name", buyer), (nk, "invoice_number", number),
                 (dk, "date", date_txt)] + [(k, "other", v) for k, v in extra]  # fmt: skip
        rng.shuffle(cells)
        grid = ""
        for i in range(0, len(cells), 2):
            grid += "<tr>" + "".join(
                f"<td class='k'>{t('key', k)}</td><td>{t(lab, v)}</td>" for k, lab, v in cells[i : i + 2]
            ) + "</tr>"  # fmt: skip
        body = title + f"<table>{grid}</table><table>{rows}</table>"
        body += f"<table><tr><td class='k'>{t('key', tk_)}</td><td>{t('total', sym + money)}</td></tr></table>"
    elif layout == "above":
        cells = [(sk, "seller_name", seller), (bk, "buyer_name", buyer), (nk, "invoice_number", number),
                 (dk, "date", date_txt)] + [(k, "other", v) for k, v in extra]  # fmt: skip
        rng.shuffle(cells)
        kv = "".join(f"<div><small>{t('key', k)}</small>{t(lab, v)}</div>" for k, lab, v in cells)
        body = title + f'<div class="kv">{kv}</div><table>{rows}</table><div class="s">{sums}</div>'
    elif layout == "boxes":
        left = f"<b>{t('key', sk)}</b>" + _kv("名称", "seller_name", seller, colon)
        right = f"<b>{t('key', bk)}</b>" + _kv("名称", "buyer_name", buyer, colon)
        left += "".join(_kv(k, "other", v, colon) for k, v in extra[:1])
        right += "".join(_kv(k, "other", v, colon) for k, v in extra[1:2])
        sides = [left, right] if rng.random() < 0.7 else [right, left]
        body = title + '<div class="m"><div>' + _kv(nk, "invoice_number", number, colon) + "</div><div>"
        body += _kv(dk, "date", date_txt, colon) + "</div></div>"
        body += '<div class="bx">' + "".join(f"<div>{s}</div>" for s in sides) + "</div>"
        body += f"<table>{rows}</table><div class='s'>{sums}</div>"
    else:  # the seller's name as the title, the buyer keyed
        body = t("seller_name", seller, tag="div", cls="co") + title
        body += '<div class="m"><div>' + _kv(bk, "buyer_name", buyer, colon)
        body += "".join(_kv(k, "other", v, colon) for k, v in extra[:2]) + "</div><div>"
        body += _kv(nk, "invoice_number", number, colon) + _kv(dk, "date", date_txt, colon) + "</div></div>"
        body += f"<table>{rows}</table><div class='s'>{sums}</div>"
    foot = f"<span>{t('other', rng.choice(('制单', '审核', '收款人', '送货人')) + '：' + d._zh_name(rng))}</span>"
    foot += f"<span>{t('other', rng.choice(('签收（盖章）：', '经手人：', '财务专用章')))}</span>"
    body += f'<div class="ft">{foot}</div>'
    return {"body": body}, _truth(number, seller, buyer, "CNY", issued, total)


def _family(layout: str, vocab: str = "full") -> tuple[Family, Any]:
    def values(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
        return page(rng, layout, vocab)

    return Family("zh", "invoice", "invoice_cn", CSS, BODY), values


FAMILIES = {f"zhbiz_{lay}": _family(lay) for lay in LAYOUTS}
# the same layouts over one vocabulary only (`keys`): zhbiz_a_lines, ..., zhbiz_b_title, zhbiz_strict_lines, ...
VOCAB_FAMILIES = {f"zhbiz_{v}_{lay}": _family(lay, v) for v in ("a", "b", "strict") for lay in LAYOUTS}


def make(family: str, rng: random.Random, browser: Browser) -> d.Sample:
    return _make(family, rng, browser, FAMILIES | VOCAB_FAMILIES)


def generate(out: Path, n: int, families: tuple[str, ...], variants: tuple[str, ...], seed: int = 0) -> list[Any]:
    return _generate(out, n, families, variants, seed, registry=FAMILIES | VOCAB_FAMILIES)


def main() -> None:
    d.family_main("Generate Chinese business documents of many keys and layouts with ground truth.", FAMILIES, generate)


if __name__ == "__main__":
    main()
