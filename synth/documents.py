"""Document generator: Chinese and English resumes and invoices (增值税发票-style and English commercial, with ruled
tables and line items) rendered with PIL, with ground truth, plus scan variants.

Used by the tests, by the NER helper (labeled spans: `Sample.spans`) and the key-value helper (`Sample.pairs`).
Every text is made up here from small built-in pools; fonts are the system's (WenQuanYi for CJK, DejaVu).

    sample = make_resume(random.Random(1), "zh")        # or make_invoice(rng, "cn_vat" | "en")
    img = scan_variant(sample.image, "rot90", rng)       # rot90/rot180/rot270/skew/gray/rgba/noise/blur
    python -m docsense.synth.documents OUT_DIR --n 4 --variants clean,rot90,gray,rgba   # images + gt.jsonl

Ground truth (`gt.jsonl`, read by `docsense eval kie`): `{"filename", "doc_type", "template", "fields": {name:
normalized value}, "items": [...]}`.
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from functools import partial
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from docsense.core.document import Block, Document, Line, Page, union_bbox
from docsense.kie.normalize import decimal_to_cn_upper

FONT_DIRS = ("/usr/share/fonts", "/usr/local/share/fonts", "/System/Library/Fonts", "C:/Windows/Fonts")
CJK_FONTS = ("wqy-microhei.ttc", "wqy-zenhei.ttc", "NotoSansCJK-Regular.ttc", "msyh.ttc", "simhei.ttf")
LATIN_FONTS = ("DejaVuSans.ttf", "LiberationSans-Regular.ttf", "Arial.ttf", "arial.ttf")
LATIN_BOLD = ("DejaVuSans-Bold.ttf", "LiberationSans-Bold.ttf", "Arial Bold.ttf", "arialbd.ttf")
VARIANTS = ("clean", "rot90", "rot180", "rot270", "skew", "gray", "rgba", "noise", "blur")

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国志红晨宇欣怡浩然子涵梓萱俊杰思远佳琪"
ZH_SCHOOLS = ("北京大学", "复旦大学", "浙江大学", "武汉大学", "中山大学", "南京大学", "四川大学", "华中科技大学",
              "厦门大学", "山东大学", "同济大学", "北京师范大学", "上海财经大学", "西安交通大学")  # fmt: skip
ZH_MAJORS = ("计算机科学与技术", "会计学", "市场营销", "机械工程", "汉语言文学", "金融学", "软件工程", "人力资源管理",
             "电子信息工程", "国际经济与贸易", "土木工程", "统计学")  # fmt: skip
ZH_DEGREES = ("本科", "硕士", "博士", "大专")
ZH_POSITIONS = ("会计", "软件工程师", "产品经理", "销售代表", "人事专员", "数据分析师", "行政助理", "财务经理",
                "运营专员", "测试工程师", "市场专员", "项目经理")  # fmt: skip
ZH_CITIES = ("北京", "上海", "广州", "深圳", "杭州", "成都", "武汉", "南京", "苏州", "西安", "重庆", "天津")
ZH_COMPANY_A = ("华信", "中科", "远航", "博达", "新元", "天成", "恒通", "金桥", "瑞丰", "宏图", "东方", "卓越", "致远")
ZH_COMPANY_B = ("科技", "信息技术", "贸易", "电子", "网络科技", "商贸", "咨询", "物流", "实业")
ZH_GOODS = (("办公用纸", "A4 80g", "箱"), ("打印机硒鼓", "HP-88A", "个"), ("笔记本电脑", "ThinkPad E14", "台"),
            ("显示器", "27英寸", "台"), ("咨询服务费", "", "项"), ("网络设备", "TL-R473", "套"),
            ("办公椅", "YZ-01", "把"),
            ("软件服务费", "", "年"), ("移动硬盘", "2TB", "个"), ("会议服务", "", "次"))  # fmt: skip

EN_FIRST = ("John", "Mary", "James", "Linda", "Robert", "Susan", "David", "Karen", "Michael", "Emily", "Daniel",
            "Laura", "Kevin", "Sarah", "Brian", "Olivia", "Jason", "Rachel", "Eric", "Megan")  # fmt: skip
EN_LAST = ("Smith", "Johnson", "Brown", "Taylor", "Miller", "Wilson", "Moore", "Clark", "Lewis", "Walker", "Hall",
           "Young", "Turner", "Parker", "Collins", "Stewart", "Morris", "Cooper", "Reed", "Bailey")  # fmt: skip
EN_SCHOOLS = ("University of Michigan", "Ohio State University", "Boston College", "Rice University",
              "Purdue University", "University of Washington", "Georgia Institute of Technology",
              "Tufts University")  # fmt: skip
EN_MAJORS = ("Accounting", "Computer Science", "Marketing", "Mechanical Engineering", "Economics", "Finance",
             "Statistics", "Civil Engineering")  # fmt: skip
EN_DEGREES = ("Bachelor of Science", "Master of Business Administration", "Bachelor of Arts", "Master of Science",
              "PhD")  # fmt: skip
EN_POSITIONS = ("Accountant", "Software Engineer", "Product Manager", "Sales Representative", "Data Analyst",
                "Operations Manager", "QA Engineer", "Marketing Specialist")  # fmt: skip
EN_CITIES = ("Springfield, IL", "Austin, TX", "Denver, CO", "Portland, OR", "Madison, WI", "Columbus, OH",
             "Raleigh, NC", "Boise, ID")  # fmt: skip
EN_COMPANY_A = ("Acme", "Globex", "Northwind", "Initech", "Bluewave", "Summit", "Redwood", "Pioneer", "Harbor",
                "Silverline", "Keystone", "Brightpath")  # fmt: skip
EN_COMPANY_B = ("Solutions", "Supplies", "Logistics", "Consulting", "Technologies", "Trading", "Industries")
EN_SUFFIX = ("Inc.", "LLC", "Ltd.", "Corp.", "Co.")
EN_GOODS = ("Printer paper A4 (box)", "Wireless mouse", "USB-C docking station", "Consulting hours",
            "Network switch 24-port", "Office chair", "Cloud hosting (monthly)", "Toner cartridge",
            "Laptop stand", "Software license", "Shipping and handling", "Desk lamp")  # fmt: skip
EN_STREETS = ("Main St", "Oak Avenue", "Maple Drive", "Cedar Lane", "Park Road", "Elm Street", "Lake View Blvd")


def find_font(names: tuple[str, ...]) -> Path | None:
    for d in FONT_DIRS:
        root = Path(d)
        if root.is_dir():
            for name in names:
                hit = next(iter(root.rglob(name)), None)
                if hit:
                    return hit
    return None


_FONT_CACHE: dict[tuple[str, int], ImageFont.FreeTypeFont] = {}


def font(kind: str, size: int) -> ImageFont.FreeTypeFont:
    """kind: cjk | latin | bold. Raises FileNotFoundError when no such font is installed."""
    key = (kind, size)
    if key not in _FONT_CACHE:
        names = {"cjk": CJK_FONTS, "latin": LATIN_FONTS, "bold": LATIN_BOLD}[kind]
        path = find_font(names) or (find_font(LATIN_FONTS) if kind == "bold" else None)
        if path is None:
            raise FileNotFoundError(f"no {kind} font found (tried {', '.join(names)})")
        _FONT_CACHE[key] = ImageFont.truetype(str(path), size)
    return _FONT_CACHE[key]


def cjk_available() -> bool:
    return find_font(CJK_FONTS) is not None


@dataclass
class Sample:
    """One generated page: image, ground truth fields (normalized), items, and labeled text for other stages."""

    image: Image.Image
    doc_type: str
    template: str
    lang: str
    fields: dict[str, str]
    items: list[dict[str, Any]] = field(default_factory=list)
    spans: list[dict[str, Any]] = field(default_factory=list)  # {"text", "bbox", "label"}: every drawn text
    pairs: list[dict[str, Any]] = field(default_factory=list)  # {"key", "value", "key_bbox", "value_bbox"}

    def gt(self, filename: str) -> dict[str, Any]:
        return {
            "filename": filename, "doc_type": self.doc_type, "template": self.template, "lang": self.lang,
            "fields": self.fields, "items": self.items, "pairs": self.pairs,
        }  # fmt: skip


class Canvas:
    def __init__(self, width: int, height: int, lang: str) -> None:
        self.image = Image.new("RGB", (width, height), "white")
        self.draw = ImageDraw.Draw(self.image)
        self.lang = lang
        self.spans: list[dict[str, Any]] = []
        self.pairs: list[dict[str, Any]] = []

    def f(self, size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
        return font("cjk" if self.lang == "zh" else "bold" if bold else "latin", size)

    def text(
        self, xy: tuple[float, float], s: str, size: int = 24, label: str = "other", bold: bool = False,
        fill: str = "black", anchor: str = "la",
    ) -> tuple[float, float, float, float]:  # fmt: skip
        fnt = self.f(size, bold)
        self.draw.text(xy, s, font=fnt, fill=fill, anchor=anchor)
        box = self.draw.textbbox(xy, s, font=fnt, anchor=anchor)
        bbox = (float(box[0]), float(box[1]), float(box[2]), float(box[3]))
        self.spans.append({"text": s, "bbox": bbox, "label": label})
        return bbox

    def width(self, s: str, size: int, bold: bool = False) -> float:
        return float(self.draw.textlength(s, font=self.f(size, bold)))

    def kv(self, x: float, y: float, key: str, value: str, field_name: str, size: int = 24, gap: float = 0) -> float:
        """`key：value` (or `Key: value`) drawn as two texts; returns the x where it ends."""
        kb = self.text((x, y), key, size, "key")
        vx = kb[2] + (gap or size * 0.3)
        vb = self.text((vx, y), value, size, field_name)
        self.pairs.append({"key": key.rstrip(":： "), "value": value, "key_bbox": kb, "value_bbox": vb})
        return vb[2]

    def rect(self, box: tuple[float, float, float, float], width: int = 2) -> None:
        self.draw.rectangle(box, outline="black", width=width)

    def line(self, x0: float, y0: float, x1: float, y1: float, width: int = 2) -> None:
        self.draw.line((x0, y0, x1, y1), fill="black", width=width)


def _money(v: Decimal) -> str:
    return str(v.quantize(Decimal("0.01"), ROUND_HALF_UP))


def _fmt_thousands(v: Decimal) -> str:
    return f"{v.quantize(Decimal('0.01'), ROUND_HALF_UP):,.2f}"


def _rand_date(rng: random.Random, start: int = 2018, end: int = 2025) -> date:
    d0 = date(start, 1, 1)
    return d0 + timedelta(days=rng.randrange((date(end, 12, 28) - d0).days))


def _zh_date(d: date, rng: random.Random) -> str:
    return rng.choice([f"{d.year}年{d.month:02d}月{d.day:02d}日", f"{d.year}年{d.month}月{d.day}日", d.isoformat(),
                       f"{d.year}.{d.month:02d}.{d.day:02d}", f"{d.year}/{d.month:02d}/{d.day:02d}"])  # fmt: skip


def _en_date(d: date, rng: random.Random) -> str:
    mon = d.strftime("%B")
    return rng.choice([f"{mon} {d.day}, {d.year}", d.isoformat(), f"{d.day:02d} {mon[:3]} {d.year}",
                       f"{mon[:3]} {d.day}, {d.year}", f"{d.day} {mon} {d.year}"])  # fmt: skip


def _zh_name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))


def _cn_mobile(rng: random.Random) -> str:
    return rng.choice(["13", "15", "18", "17"]) + "".join(str(rng.randrange(10)) for _ in range(9))


def _tax_id(rng: random.Random) -> str:
    """A unified social credit code with a valid check character."""
    alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    body = "91" + "".join(rng.choice("0123456789") for _ in range(6)) + "".join(rng.choice(alphabet) for _ in range(9))
    weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    total = sum(alphabet.index(c) * w for c, w in zip(body, weights, strict=True))
    return body + alphabet[(31 - total % 31) % 31]


# --- resumes -----------------------------------------------------------------------------------------------------
def zh_company(rng: random.Random, city: str | None = None) -> str:
    """A Chinese company's name, `<city><name><trade>有限公司`: the city drawn first (unless given), then the name and
    the trade, in the order every generator drew them before this helper, so their pages stay the same."""
    place = rng.choice(ZH_CITIES) if city is None else city
    return f"{place}{rng.choice(ZH_COMPANY_A)}{rng.choice(ZH_COMPANY_B)}有限公司"


def make_resume(rng: random.Random, lang: str = "zh") -> Sample:
    w, h = 1240, 1754
    c = Canvas(w, h, lang)
    zh = lang == "zh"
    y: float
    birth = _rand_date(rng, 1975, 2001)
    years = rng.randrange(1, 16)
    if zh:
        name = _zh_name(rng)
        gender = rng.choice(("男", "女"))
        phone = _cn_mobile(rng)
        phone_txt = rng.choice(
            [phone, f"{phone[:3]}-{phone[3:7]}-{phone[7:]}", f"+86 {phone[:3]} {phone[3:7]} {phone[7:]}"]
        )
        user = rng.choice(["zhang", "li", "wang", "chen", "liu"])
        email = f"{user}{rng.randrange(100, 999)}@{rng.choice(['qq.com', '163.com', 'example.cn'])}"
        degree, school, major = rng.choice(ZH_DEGREES), rng.choice(ZH_SCHOOLS), rng.choice(ZH_MAJORS)
        position, city = rng.choice(ZH_POSITIONS), rng.choice(ZH_CITIES)
        keys = {"name": "姓名", "gender": "性别", "birth_date": "出生日期", "phone": "联系电话", "email": "电子邮箱",
                "degree": "学历", "school": "毕业院校", "major": "专业", "years_of_experience": "工作年限",
                "target_position": "求职意向", "city": "现居城市"}  # fmt: skip
        shown = {"name": name, "gender": gender, "birth_date": _zh_date(birth, rng), "phone": phone_txt,
                 "email": email, "degree": degree, "school": school, "major": major,
                 "years_of_experience": f"{years}年", "target_position": position, "city": city}  # fmt: skip
        title = rng.choice(("个人简历", "求职简历"))
    else:
        name = f"{rng.choice(EN_FIRST)} {rng.choice(EN_LAST)}"
        gender = rng.choice(("Male", "Female"))
        area = rng.randrange(201, 989)
        phone = f"{area}{rng.randrange(200, 999)}{rng.randrange(1000, 9999)}"
        phone_txt = rng.choice([f"({phone[:3]}) {phone[3:6]}-{phone[6:]}", f"+1 {phone[:3]}-{phone[3:6]}-{phone[6:]}",
                                f"{phone[:3]}.{phone[3:6]}.{phone[6:]}"])  # fmt: skip
        email = f"{name.split()[0].lower()}.{name.split()[1].lower()}@{rng.choice(['example.com', 'mail.org'])}"
        degree, school, major = rng.choice(EN_DEGREES), rng.choice(EN_SCHOOLS), rng.choice(EN_MAJORS)
        position, city = rng.choice(EN_POSITIONS), rng.choice(EN_CITIES)
        keys = {"name": "Name:", "gender": "Gender:", "birth_date": "Date of Birth:", "phone": "Phone:",
                "email": "Email:", "degree": "Degree:", "school": "University:", "major": "Major:",
                "years_of_experience": "Years of Experience:", "target_position": "Target Position:",
                "city": "City:"}  # fmt: skip
        shown = {"name": name, "gender": gender, "birth_date": _en_date(birth, rng), "phone": phone_txt,
                 "email": email, "degree": degree, "school": school, "major": major,
                 "years_of_experience": f"{years} years", "target_position": position, "city": city}  # fmt: skip
        title = rng.choice(("RESUME", "CURRICULUM VITAE"))
    fields = {"name": name, "gender": gender, "birth_date": birth.isoformat(), "phone": phone, "email": email,
              "degree": degree, "school": school, "major": major, "years_of_experience": str(years),
              "target_position": position, "city": city}  # fmt: skip
    name_on_top = rng.random() < 0.4  # the name printed large at the top, without a key
    y = 90
    if name_on_top:
        c.text((w / 2, y), name, 56, "name", bold=True, anchor="ma")
        y += 90
        c.text((w / 2, y), title, 30, "header", anchor="ma")
    else:
        c.text((w / 2, y), title, 52, "header", bold=True, anchor="ma")
    y += 110
    info = [k for k in keys if not (k == "name" and name_on_top)]
    grid = rng.random() < 0.5
    size = 26
    if grid:  # ruled key | value | key | value table
        col_w = [230, 360, 230, 300] if zh else [290, 330, 290, 270]
        x0 = (w - sum(col_w)) / 2
        row_h = 62
        rows = [info[i : i + 2] for i in range(0, len(info), 2)]
        for r, pair in enumerate(rows):
            top = y + r * row_h
            x = x0
            for k in pair:
                key_txt = keys[k].rstrip(":")
                c.rect((x, top, x + col_w[0], top + row_h))
                kb = c.text((x + 14, top + row_h / 2), key_txt, size, "key", anchor="lm")
                c.rect((x + col_w[0], top, x + col_w[0] + col_w[1], top + row_h))
                vsize = size  # a long value (an e-mail) is set smaller to stay inside its cell
                while vsize > 14 and c.width(shown[k], vsize) > col_w[1] - 28:
                    vsize -= 2
                vb = c.text((x + col_w[0] + 14, top + row_h / 2), shown[k], vsize, k, anchor="lm")
                c.pairs.append({"key": key_txt, "value": shown[k], "key_bbox": kb, "value_bbox": vb})
                x += col_w[0] + col_w[1]
                col_w = col_w[2:] + col_w[:2]
            if len(pair) == 1:
                c.rect((x, top, x + col_w[0] + col_w[1], top + row_h))
            col_w = col_w if len(pair) == 2 else col_w[2:] + col_w[:2]
        y += len(rows) * row_h + 50
    else:  # `key：value`, two per row
        sep = "：" if zh else ""
        for i in range(0, len(info), 2):
            for j, k in enumerate(info[i : i + 2]):
                c.kv(110 + j * 560, y, keys[k].rstrip(":") + sep if zh else keys[k], shown[k], k, size)
            y += 52
        y += 30
    # education
    n_edu = rng.choice((1, 2))
    edu: list[dict[str, Any]] = []
    start_year = birth.year + 18
    levels = [degree] if n_edu == 1 else [degree, rng.choice(ZH_DEGREES[:1] if zh else EN_DEGREES[:1])]
    end = min(2025, start_year + 4 + (n_edu - 1) * 3)
    for lvl in levels:
        sch = school if not edu else rng.choice(ZH_SCHOOLS if zh else EN_SCHOOLS)
        maj = major if not edu else rng.choice(ZH_MAJORS if zh else EN_MAJORS)
        beg = end - (3 if lvl in ("硕士", "Master of Science", "Master of Business Administration") else 4)
        edu.append({"section": "education", "start": f"{beg}-09", "end": f"{end}-06", "school": sch, "major": maj,
                    "degree": lvl})  # fmt: skip
        end = beg
    y = _section(c, rng, y, "教育背景" if zh else "EDUCATION", w)
    for e in edu:
        y = _entry(c, y, e, ["school", "major", "degree"], zh)
    # experience
    exp: list[dict[str, Any]] = []
    yy = 2025
    for _ in range(rng.choice((1, 2, 3))):
        beg = yy - rng.randrange(1, 4)
        comp = (
            zh_company(rng) if zh else f"{rng.choice(EN_COMPANY_A)} {rng.choice(EN_COMPANY_B)} {rng.choice(EN_SUFFIX)}"
        )
        exp.append({"section": "experience", "start": f"{beg}-03", "end": "present" if yy == 2025 else f"{yy}-02",
                    "company": comp, "position": rng.choice(ZH_POSITIONS if zh else EN_POSITIONS)})  # fmt: skip
        yy = beg
    y = _section(c, rng, y + 10, "工作经历" if zh else "WORK EXPERIENCE", w)
    for e in exp:
        y = _entry(c, y, e, ["company", "position"], zh)
        line = "负责日常工作并完成部门交办的各项任务。" if zh else "Responsible for daily operations and reporting."
        c.text((140, y), line, 22, "other")
        y += 50
    y = _section(c, rng, y + 10, "自我评价" if zh else "SUMMARY", w)
    text = ("本人性格开朗，工作认真负责，具有良好的沟通能力和团队合作精神。" if zh
            else "Detail-oriented professional with strong communication skills.")  # fmt: skip
    c.text((110, y), text, 22, "other")
    return Sample(c.image, "resume", "resume", lang, fields, edu + exp, c.spans, c.pairs)


def _section(c: Canvas, rng: random.Random, y: float, title: str, w: int) -> float:
    c.text((100, y), title, 32, "header", bold=True)
    c.line(100, y + 48, w - 100, y + 48, 3)
    return y + 70


def _entry(c: Canvas, y: float, e: dict[str, Any], keys: list[str], zh: bool) -> float:
    def ym(s: str) -> str:
        if s == "present":
            return "至今" if zh else "Present"
        return s.replace("-", ".")

    c.text((110, y), f"{ym(e['start'])} - {ym(e['end'])}", 24, "date")
    x: float = 420
    for k in keys:
        b = c.text((x, y), e[k], 24, k)
        x = max(x + 260, b[2] + 60)
    return y + 52


# --- invoices ----------------------------------------------------------------------------------------------------
def make_invoice(rng: random.Random, style: str = "en") -> Sample:
    return _invoice_cn(rng) if style == "cn_vat" else _invoice_en(rng)


def _items(rng: random.Random, goods: tuple[Any, ...], n: int) -> list[dict[str, Any]]:
    out = []
    for g in rng.sample(list(goods), n):
        qty = Decimal(rng.choice((1, 2, 3, 4, 5, 10, 12, 20)))
        price = Decimal(rng.randrange(500, 250000)) / 100
        out.append({"good": g, "quantity": qty, "unit_price": price, "amount": (qty * price).quantize(Decimal("0.01"))})
    return out


def _invoice_en(rng: random.Random) -> Sample:
    w, h = 1240, 1754
    c = Canvas(w, h, "en")
    seller = f"{rng.choice(EN_COMPANY_A)} {rng.choice(EN_COMPANY_B)} {rng.choice(EN_SUFFIX)}"
    buyer = f"{rng.choice(EN_COMPANY_A)} {rng.choice(EN_COMPANY_B)} {rng.choice(EN_SUFFIX)}"
    while buyer == seller:
        buyer = f"{rng.choice(EN_COMPANY_A)} {rng.choice(EN_COMPANY_B)} {rng.choice(EN_SUFFIX)}"
    cur, sym = rng.choice((("USD", "$"), ("EUR", "€"), ("GBP", "£"), ("USD", "$")))
    seller_tax = rng.choice(("US", "DE", "GB")) + "".join(str(rng.randrange(10)) for _ in range(9))
    buyer_tax = rng.choice(("US", "FR", "NL")) + "".join(str(rng.randrange(10)) for _ in range(9))
    number = rng.choice(("INV-", "", "A")) + f"{rng.randrange(2019, 2026)}{rng.randrange(1000, 99999):05d}"
    issued = _rand_date(rng, 2019, 2025)
    due = issued + timedelta(days=rng.choice((14, 30, 45, 60)))
    items = _items(rng, EN_GOODS, rng.randrange(2, 6))
    subtotal = sum((it["amount"] for it in items), Decimal(0))
    rate = Decimal(rng.choice((0, 5, 8, 10, 20)))
    tax = (subtotal * rate / 100).quantize(Decimal("0.01"), ROUND_HALF_UP)
    total = subtotal + tax
    # seller block, top left
    c.text((90, 80), seller, 40, "seller_name", bold=True)
    c.text((90, 140), f"{rng.randrange(10, 999)} {rng.choice(EN_STREETS)}, {rng.choice(EN_CITIES)}", 22)
    c.text((90, 175), f"Phone: ({rng.randrange(201, 989)}) {rng.randrange(200, 999)}-{rng.randrange(1000, 9999)}", 22)
    c.kv(90, 210, "Tax ID:", seller_tax, "seller_tax_id", 22)
    c.text((w - 90, 80), "INVOICE", 56, "header", bold=True, anchor="ra")
    ky = 170
    for key, val, name in (("Invoice No:", number, "invoice_number"), ("Date:", _en_date(issued, rng), "date"),
                           ("Due Date:", _en_date(due, rng), "due_date")):  # fmt: skip
        c.kv(w - 480, ky, key, val, name, 22)
        ky += 40
    # buyer block
    y = 320
    c.text((90, y), rng.choice(("Bill To:", "Billed To:", "Customer:")), 24, "key", bold=True)
    c.text((90, y + 40), buyer, 24, "buyer_name")
    c.text((90, y + 76), f"{rng.randrange(10, 999)} {rng.choice(EN_STREETS)}, {rng.choice(EN_CITIES)}", 22)
    c.kv(90, y + 112, "Tax ID:", buyer_tax, "buyer_tax_id", 22)
    # items table (ruled)
    y = 520
    cols = [("Description", 520), ("Qty", 120), ("Unit Price", 200), ("Amount", 220)]
    x0 = 90
    row_h = 56
    x = x0
    for title, cw in cols:
        c.rect((x, y, x + cw, y + row_h))
        c.text((x + 12, y + row_h / 2), title, 22, "header", bold=True, anchor="lm")
        x += cw
    out_items = []
    for r, it in enumerate(items):
        top = y + (r + 1) * row_h
        vals = [it["good"], str(it["quantity"]), _fmt_thousands(it["unit_price"]), _fmt_thousands(it["amount"])]
        x = x0
        for (_, cw), v in zip(cols, vals, strict=True):
            c.rect((x, top, x + cw, top + row_h))
            right = v != it["good"]
            c.text((x + cw - 12 if right else x + 12, top + row_h / 2), v, 22, "item", anchor="rm" if right else "lm")
            x += cw
        out_items.append({"description": it["good"], "quantity": str(it["quantity"]),
                          "unit_price": _money(it["unit_price"]), "amount": _money(it["amount"])})  # fmt: skip
    y = y + (len(items) + 1) * row_h + 40
    totals: list[tuple[str, Decimal, str]] = [
        ("Subtotal:", subtotal, "subtotal"), (f"Tax ({rate}%):", tax, "tax"), ("Total:", total, "total")
    ]  # fmt: skip
    for key, amount, name in totals:
        kb = c.text((w - 520, y), key, 24, "key", bold=name == "total")
        vb = c.text((w - 110, y), f"{sym}{_fmt_thousands(amount)}", 24, name, bold=name == "total", anchor="ra")
        c.pairs.append({"key": key.rstrip(":"), "value": f"{sym}{_fmt_thousands(amount)}", "key_bbox": kb,
                        "value_bbox": vb})  # fmt: skip
        y += 46
    c.kv(w - 520, y, "Currency:", cur, "currency", 22)
    c.text((90, y + 120), "Thank you for your business! Payment is due within the terms stated above.", 20)
    fields = {"invoice_number": number, "date": issued.isoformat(), "due_date": due.isoformat(),
              "seller_name": seller, "seller_tax_id": seller_tax, "buyer_name": buyer, "buyer_tax_id": buyer_tax,
              "subtotal": _money(subtotal), "tax": _money(tax), "total": _money(total), "currency": cur}  # fmt: skip
    return Sample(c.image, "invoice", "invoice", "en", fields, out_items, c.spans, c.pairs)


def _invoice_cn(rng: random.Random) -> Sample:
    w, h = 1600, 1000
    c = Canvas(w, h, "zh")
    city = rng.choice(ZH_CITIES)
    seller = zh_company(rng, city)
    buyer = zh_company(rng)
    while buyer == seller:
        buyer = zh_company(rng)
    seller_tax, buyer_tax = _tax_id(rng), _tax_id(rng)
    code = "".join(str(rng.randrange(10)) for _ in range(rng.choice((10, 12))))
    number = "".join(str(rng.randrange(10)) for _ in range(8))
    issued = _rand_date(rng, 2018, 2025)
    kind = rng.choice(("增值税专用发票", "增值税普通发票"))
    items = _items(rng, ZH_GOODS, rng.randrange(1, 5))
    rate = Decimal(rng.choice((13, 6, 9, 3)))
    for it in items:
        it["tax"] = (it["amount"] * rate / 100).quantize(Decimal("0.01"), ROUND_HALF_UP)
    subtotal = sum((it["amount"] for it in items), Decimal(0))
    tax = sum((it["tax"] for it in items), Decimal(0))
    total = subtotal + tax
    c.text((w / 2, 40), f"{city}{kind}", 44, "header", anchor="ma")
    c.line(w / 2 - 260, 100, w / 2 + 260, 100, 2)
    c.line(w / 2 - 260, 106, w / 2 + 260, 106, 2)
    c.kv(1120, 40, "发票代码：", code, "invoice_code", 22, 4)
    c.kv(1120, 76, "发票号码：", number, "invoice_number", 22, 4)
    c.kv(1120, 112, "开票日期：", _zh_date(issued, rng), "date", 22, 4)
    left, right = 60, w - 60
    top = 160
    # buyer box
    c.rect((left, top, right, top + 150))
    c.line(left + 60, top, left + 60, top + 150)
    for i, ch in enumerate("购买方"):
        c.text((left + 30, top + 30 + i * 36), ch, 24, "other", anchor="ma")
    c.kv(left + 80, top + 14, "名        称：", buyer, "buyer_name", 22, 4)
    c.kv(left + 80, top + 48, "纳税人识别号：", buyer_tax, "buyer_tax_id", 22, 4)
    tel = f"0{rng.randrange(10, 99)}-{rng.randrange(10000000, 99999999)}"
    addr = f"{rng.choice(ZH_CITIES)}市中山路{rng.randrange(1, 300)}号 {tel}"
    c.kv(left + 80, top + 82, "地 址、电 话：", addr, "other", 22, 4)
    bank = f"中国银行{rng.choice(ZH_CITIES)}分行 {rng.randrange(10**11, 10**12)}"
    c.kv(left + 80, top + 116, "开户行及账号：", bank, "other", 22, 4)
    # items table
    top += 150
    cols = [("货物或应税劳务、服务名称", 380), ("规格型号", 170), ("单位", 90), ("数量", 110), ("单价", 170),
            ("金额", 200), ("税率", 100), ("税额", 180)]  # fmt: skip
    scale = (right - left) / sum(cw for _, cw in cols)
    colsf = [(t, cw * scale) for t, cw in cols]
    row_h = 44
    x: float = left
    for t, cw in colsf:
        c.rect((x, top, x + cw, top + row_h))
        c.text((x + cw / 2, top + row_h / 2), t, 20, "header", anchor="mm")
        x += cw
    out_items = []
    for r, it in enumerate(items):
        y = top + (r + 1) * row_h
        name, spec, unit = it["good"]
        vals = [name, spec, unit, str(it["quantity"]), _money(it["unit_price"]), _money(it["amount"]),
                f"{rate}%", _money(it["tax"])]  # fmt: skip
        x = left
        for (_, cw), v in zip(colsf, vals, strict=True):
            c.rect((x, y, x + cw, y + row_h))
            if v:
                c.text((x + cw / 2, y + row_h / 2), v, 20, "item", anchor="mm")
            x += cw
        out_items.append({"description": name, "quantity": str(it["quantity"]), "unit_price": _money(it["unit_price"]),
                          "amount": _money(it["amount"]), "tax": _money(it["tax"])})  # fmt: skip
    y = top + (len(items) + 1) * row_h
    c.rect((left, y, right, y + row_h))
    c.text((left + 60, y + row_h / 2), "合    计", 22, "key", anchor="lm")
    xa = left + sum(cw for _, cw in colsf[:6])
    c.text((xa - 12, y + row_h / 2), f"¥{_money(subtotal)}", 20, "subtotal", anchor="rm")
    c.text((right - 12, y + row_h / 2), f"¥{_money(tax)}", 20, "tax", anchor="rm")
    y += row_h
    c.rect((left, y, right, y + 56))
    c.text((left + 20, y + 28), "价税合计（大写）", 22, "key", anchor="lm")
    c.text((left + 320, y + 28), f"ⓧ{decimal_to_cn_upper(total)}", 22, "other", anchor="lm")
    c.kv(right - 420, y + 14, "（小写）", f"¥{_money(total)}", "total", 22, 4)
    y += 56
    c.rect((left, y, right, y + 150))
    c.line(left + 60, y, left + 60, y + 150)
    for i, ch in enumerate("销售方"):
        c.text((left + 30, y + 30 + i * 36), ch, 24, "other", anchor="ma")
    c.kv(left + 80, y + 14, "名        称：", seller, "seller_name", 22, 4)
    c.kv(left + 80, y + 48, "纳税人识别号：", seller_tax, "seller_tax_id", 22, 4)
    tel = f"0{rng.randrange(10, 99)}-{rng.randrange(10000000, 99999999)}"
    c.kv(left + 80, y + 82, "地 址、电 话：", f"{city}市人民路{rng.randrange(1, 300)}号 {tel}", "other", 22, 4)
    c.kv(left + 80, y + 116, "开户行及账号：", f"工商银行{city}分行 {rng.randrange(10**11, 10**12)}", "other", 22, 4)
    y += 170
    for i, k in enumerate(("收款人：", "复核：", "开票人：", "销售方：（章）")):
        c.text((left + 40 + i * 380, y), k + (_zh_name(rng) if i < 3 else ""), 22, "other")
    fields = {"invoice_code": code, "invoice_number": number, "date": issued.isoformat(), "seller_name": seller,
              "seller_tax_id": seller_tax, "buyer_name": buyer, "buyer_tax_id": buyer_tax,
              "subtotal": _money(subtotal), "tax": _money(tax), "total": _money(total), "currency": "CNY"}  # fmt: skip
    return Sample(c.image, "invoice", "invoice_cn_vat", "zh", fields, out_items, c.spans, c.pairs)


def sample_document(sample: Sample, source: str = "generated.png", rotation: int = 0) -> Document:
    """The sample as a perfectly read Document (one line per drawn text): KIE without OCR, for fast tests.
    `rotation` (90/180/270) turns the boxes as a scan turned that far clockwise would have them."""
    w, h = sample.image.size
    lines = []
    for sp in sample.spans:
        x0, y0, x1, y1 = sp["bbox"]
        box = turn_box((x0, y0, x1, y1), w, h, rotation)
        poly = [(box[0], box[1]), (box[2], box[1]), (box[2], box[3]), (box[0], box[3])]
        lines.append(Line(text=sp["text"], bbox=box, polygon=poly, score=0.99))
    pw, ph = (h, w) if rotation in (90, 270) else (w, h)
    page = Page(index=0, width=pw, height=ph, rotation=rotation, blocks=[])  # type: ignore[arg-type]
    if lines:
        page.blocks.append(Block(type="text", bbox=union_bbox([ln.bbox for ln in lines]), lines=lines))
    return Document(source=source, pages=[page])


def turn_box(b: tuple[float, float, float, float], w: float, h: float, rotation: int) -> tuple[float, ...]:
    """A box of an upright w x h page -> where it lies after the page is turned `rotation` degrees clockwise."""
    x0, y0, x1, y1 = b
    if rotation == 90:
        return (h - y1, x0, h - y0, x1)
    if rotation == 180:
        return (w - x1, h - y1, w - x0, h - y0)
    if rotation == 270:
        return (y0, w - x1, y1, w - x0)
    return b


# --- scan variants -----------------------------------------------------------------------------------------------
def scan_variant(img: Image.Image, kind: str, rng: random.Random | None = None) -> Image.Image:
    """clean | rot90 | rot180 | rot270 (content turned clockwise) | skew (1-3 deg) | gray | rgba (transparent
    background) | noise | blur."""
    rng = rng or random.Random(0)
    if kind == "clean":
        return img
    if kind.startswith("rot"):
        return img.rotate(-int(kind[3:]), expand=True)  # PIL turns counter-clockwise
    if kind == "skew":
        angle = rng.choice((-1, 1)) * rng.uniform(1.0, 3.0)
        return img.rotate(angle, expand=True, fillcolor="white", resample=Image.Resampling.BICUBIC)
    if kind == "gray":
        return img.convert("L")
    if kind == "rgba":
        gray = np.asarray(img.convert("L"), dtype=np.uint8)
        rgba = np.zeros((*gray.shape, 4), dtype=np.uint8)
        rgba[..., :3] = np.asarray(img.convert("RGB"))
        rgba[..., 3] = 255 - gray  # ink opaque, paper transparent
        return Image.fromarray(rgba, "RGBA")
    if kind == "noise":
        arr = np.asarray(img.convert("RGB"), dtype=np.int16)
        noisy = arr + np.random.default_rng(rng.randrange(1 << 30)).normal(0, 12, arr.shape).astype(np.int16)
        return Image.fromarray(noisy.clip(0, 255).astype(np.uint8))
    if kind == "blur":
        return img.filter(ImageFilter.GaussianBlur(1.0))
    raise ValueError(f"unknown variant {kind!r} (known: {', '.join(VARIANTS)})")


KINDS = ("resume_zh", "resume_en", "invoice_en", "invoice_cn_vat")


def make(kind: str, rng: random.Random) -> Sample:
    if kind.startswith("resume"):
        return make_resume(rng, kind.split("_")[1])
    return make_invoice(rng, "cn_vat" if kind == "invoice_cn_vat" else "en")


def write_samples(
    out: Path,
    makers: Mapping[str, Callable[[random.Random], Sample]],
    n: int,
    variants: tuple[str, ...],
    seed: int = 0,
    family: bool = False,
) -> list[dict[str, Any]]:
    """Write n samples of each maker x scan variant as PNG into `out` plus `gt.jsonl` (rows name the maker as
    `family` when asked); returns the gt rows. Seeded per maker, sample and variant: a set reproduces exactly."""
    out.mkdir(parents=True, exist_ok=True)
    rows = []
    for name, make_one in makers.items():
        for i in range(n):
            sample = make_one(random.Random(f"{seed}-{name}-{i}"))
            for v in variants:
                file = f"{name}_{i:03d}_{v}.png"
                scan_variant(sample.image, v, random.Random(f"{seed}-{name}-{i}-{v}")).save(out / file)
                rows.append(sample.gt(file) | ({"family": name} if family else {}))
    with (out / "gt.jsonl").open("w", encoding="utf-8") as f:
        f.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    return rows


def generate(
    out: Path, n: int = 2, kinds: tuple[str, ...] = KINDS, variants: tuple[str, ...] = ("clean",), seed: int = 0
) -> list[dict[str, Any]]:
    """Write n samples of each kind x variant as PNG into `out` plus `gt.jsonl`; returns the gt rows."""
    return write_samples(out, {k: partial(make, k) for k in kinds}, n, variants, seed)


def family_main(description: str, families: Iterable[str], gen: Callable[..., list[Any]]) -> None:
    """The command line of a family generator: `OUT [--n] [--families a,b] [--variants clean,gray] [--seed]`,
    calling `gen(out, n, families, variants, seed)`."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("out", type=Path)
    ap.add_argument("--n", type=int, default=4)
    ap.add_argument("--families", default=",".join(families))
    ap.add_argument("--variants", default="clean", help=f"comma list of {', '.join(VARIANTS)}")
    ap.add_argument("--seed", type=int, default=0)
    a = ap.parse_args()
    rows = gen(a.out, a.n, tuple(a.families.split(",")), tuple(a.variants.split(",")), a.seed)
    print(f"{len(rows)} images -> {a.out}")


def main() -> None:
    ap = argparse.ArgumentParser(description="Generate resumes/invoices with ground truth (gt.jsonl).")
    ap.add_argument("out", type=Path)
    ap.add_argument("--n", type=int, default=2, help="samples per kind")
    ap.add_argument("--kinds", default=",".join(KINDS))
    ap.add_argument("--variants", default="clean", help=f"comma list of {', '.join(VARIANTS)}")
    ap.add_argument("--seed", type=int, default=0)
    a = ap.parse_args()
    rows = generate(a.out, a.n, tuple(a.kinds.split(",")), tuple(a.variants.split(",")), a.seed)
    print(f"{len(rows)} images -> {a.out}")


if __name__ == "__main__":
    main()
