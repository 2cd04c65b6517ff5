"""Generated zh/en resume forms with key-value ground truth, for testing and measuring the key-value stage.

`make_form(seed, lang, layout)` renders one page (PIL) and returns it with FUNSD-shaped ground truth
(`{"filename", "entities": [{"id","text","box","label"}], "links": [[key_id, value_id]]}`), so
`docsense eval kv` reads it like FUNSD. Layouts: `inline` (`姓名：张三`, two pairs per row), `grid` (a ruled
key | value | key | value table, keys without colons), `mixed` (an inline block, then a grid). `variant()` makes
the scans the issue names: rotated, grayscale, RGBA. Every text is drawn by the generator (no third-party data);
fonts are the system's (DejaVu / WenQuanYi), found by `find_font`.
"""

from __future__ import annotations

import json
import math
import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw, ImageFont

FONT_DIRS = ("/usr/share/fonts", "/usr/local/share/fonts", "/System/Library/Fonts", "C:/Windows/Fonts")
FONTS_ZH = ("wqy-microhei.ttc", "wqy-zenhei.ttc", "NotoSansCJK-Regular.ttc", "msyh.ttc", "simhei.ttf")
FONTS_EN = ("DejaVuSans.ttf", "LiberationSans-Regular.ttf", "Arial.ttf", "arial.ttf")

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国志红"
ZH_SCHOOLS = ("北京大学", "复旦大学", "浙江大学", "武汉大学", "中山大学", "南京大学", "四川大学", "华中科技大学")
ZH_MAJORS = ("计算机科学与技术", "会计学", "市场营销", "机械工程", "汉语言文学", "金融学", "软件工程", "人力资源管理")
ZH_DEGREES = ("本科", "硕士", "博士", "大专")
ZH_POSITIONS = ("会计", "软件工程师", "产品经理", "销售代表", "人事专员", "数据分析师", "行政助理", "财务经理")
ZH_CITIES = ("北京", "上海", "广州", "深圳", "杭州", "成都", "武汉", "南京")
ZH_STATUS = ("已婚", "未婚")
ZH_POLITICS = ("群众", "共青团员", "中共党员")
ZH_NATION = ("汉族", "回族", "满族", "壮族")

EN_FIRST = ("John", "Mary", "James", "Linda", "Robert", "Susan", "David", "Karen", "Michael", "Emily", "Daniel")
EN_LAST = ("Smith", "Johnson", "Brown", "Taylor", "Miller", "Wilson", "Moore", "Clark", "Lewis", "Walker")
EN_SCHOOLS = ("University of Michigan", "Ohio State University", "Boston College", "Rice University")
EN_MAJORS = ("Accounting", "Computer Science", "Marketing", "Mechanical Engineering", "Economics", "Finance")
EN_DEGREES = ("Bachelor of Science", "Master of Business Administration", "Bachelor of Arts", "Master of Science")
EN_POSITIONS = ("Accountant", "Software Engineer", "Product Manager", "Sales Representative", "Data Analyst")
EN_CITIES = ("Springfield, IL", "Austin, TX", "Denver, CO", "Portland, OR", "Madison, WI", "Columbus, OH")

ZH_PARAGRAPH = (
    "本人性格开朗，工作认真负责，具有良好的沟通能力和团队合作精神。",
    "熟悉办公软件操作，能够承受较大的工作压力，善于学习新知识。",
    "在校期间多次获得奖学金，担任学生会干部，组织过多项校园活动。",
)
EN_PARAGRAPH = (
    "Detail-oriented professional with strong communication skills and a record of",
    "delivering accurate reports on time. Comfortable with spreadsheets, databases",
    "and working in small teams under tight deadlines.",
)


def find_font(names: tuple[str, ...]) -> Path | None:
    for d in FONT_DIRS:
        root = Path(d)
        if not root.is_dir():
            continue
        for name in names:
            hits = sorted(root.rglob(name))
            if hits:
                return hits[0]
    return None


def _phone(rng: random.Random, lang: str) -> str:
    if lang == "zh":
        return "1" + rng.choice("3589") + "".join(rng.choice("0123456789") for _ in range(9))
    return f"({rng.randint(200, 989)}) {rng.randint(200, 989)}-{rng.randint(1000, 9999)}"


def resume_pairs(rng: random.Random, lang: str) -> list[tuple[str, str]]:
    """Printed (key, value) pairs of one resume, in a random order and subset."""
    if lang == "zh":
        name = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.randint(1, 2)))
        y, m, d = rng.randint(1975, 2002), rng.randint(1, 12), rng.randint(1, 28)
        pairs = [
            ("姓名", name),
            ("性别", rng.choice("男女")),
            ("出生日期", rng.choice((f"{y}年{m}月{d}日", f"{y}-{m:02d}-{d:02d}", f"{y}.{m:02d}"))),
            ("联系电话", _phone(rng, lang)),
            ("电子邮箱", f"{rng.choice(('zhang', 'li', 'wang', 'chen'))}{rng.randint(10, 999)}@example.com"),
            ("学历", rng.choice(ZH_DEGREES)),
            ("毕业院校", rng.choice(ZH_SCHOOLS)),
            ("专业", rng.choice(ZH_MAJORS)),
            ("工作年限", f"{rng.randint(1, 15)}年"),
            ("求职意向", rng.choice(ZH_POSITIONS)),
            ("期望城市", rng.choice(ZH_CITIES)),
            ("民族", rng.choice(ZH_NATION)),
            ("政治面貌", rng.choice(ZH_POLITICS)),
            ("婚姻状况", rng.choice(ZH_STATUS)),
        ]
    else:
        y, m, d = rng.randint(1975, 2002), rng.randint(1, 12), rng.randint(1, 28)
        pairs = [
            ("Name", f"{rng.choice(EN_FIRST)} {rng.choice(EN_LAST)}"),
            ("Gender", rng.choice(("Male", "Female"))),
            ("Date of Birth", rng.choice((f"{m:02d}/{d:02d}/{y}", f"{y}-{m:02d}-{d:02d}"))),
            ("Phone", _phone(rng, lang)),
            ("Email", f"{rng.choice(EN_FIRST).lower()}.{rng.choice(EN_LAST).lower()}@example.com"),
            ("Degree", rng.choice(EN_DEGREES)),
            ("School", rng.choice(EN_SCHOOLS)),
            ("Major", rng.choice(EN_MAJORS)),
            ("Years of Experience", str(rng.randint(1, 20))),
            ("Target Position", rng.choice(EN_POSITIONS)),
            ("City", rng.choice(EN_CITIES)),
            ("Nationality", rng.choice(("American", "Canadian", "British"))),
        ]
    head, tail = pairs[:4], pairs[4:]
    rng.shuffle(tail)
    return head + tail[: rng.randint(len(tail) - 3, len(tail))]


@dataclass
class _Canvas:
    """One form being drawn: the page, its fonts and layout constants, and the ground truth collected so far."""

    img: Image.Image
    draw: ImageDraw.ImageDraw
    rng: random.Random
    lang: str
    f: ImageFont.FreeTypeFont  # body text
    f_head: ImageFont.FreeTypeFont  # section headers
    margin: int
    entities: list[dict[str, Any]] = field(default_factory=list)
    links: list[list[int]] = field(default_factory=list)

    def text(self, xy: tuple[float, float], text: str, font: ImageFont.FreeTypeFont, label: str) -> int:
        box = self.draw.textbbox(xy, text, font=font)
        self.draw.text(xy, text, fill=(15, 15, 15), font=font)
        self.entities.append({"id": len(self.entities), "text": text, "box": [float(v) for v in box], "label": label})
        return len(self.entities) - 1


def make_form(
    seed: int, lang: str = "zh", layout: str = "inline", width: int = 1240, height: int = 1754
) -> tuple[Image.Image, dict[str, Any]]:
    """One resume page (A4 at 150 dpi) and its ground truth (`filename` left empty for the caller)."""
    rng = random.Random(seed)
    path = find_font(FONTS_ZH if lang == "zh" else FONTS_EN)
    if path is None:
        raise FileNotFoundError(f"no {lang} font found under {FONT_DIRS}")
    size = rng.randint(26, 32)
    f = ImageFont.truetype(str(path), size)
    f_title = ImageFont.truetype(str(path), int(size * 1.6))
    f_head = ImageFont.truetype(str(path), int(size * 1.15))
    img = Image.new("RGB", (width, height), "white")
    margin = 110
    c = _Canvas(img, ImageDraw.Draw(img), rng, lang, f, f_head, margin)
    title = (
        rng.choice(("个人简历", "求职简历", "应聘登记表"))
        if lang == "zh"
        else rng.choice(("RESUME", "Curriculum Vitae"))
    )
    tw = c.draw.textlength(title, font=f_title)
    c.text(((width - tw) / 2, 80), title, f_title, "header")
    pairs = resume_pairs(rng, lang)
    y = 80 + int(size * 3.2)
    if layout == "mixed":
        cut = len(pairs) // 2
        y = _inline(c, pairs[:cut], y, width)
        y = _grid(c, pairs[cut:], y + size, width)
    elif layout == "grid":
        y = _grid(c, pairs, y, width)
    else:
        y = _inline(c, pairs, y, width)
    # A section with running text: neither key nor value.
    y += size
    c.text((margin, y), "自我评价" if lang == "zh" else "Summary", f_head, "header")
    y += int(size * 1.9)
    for line in ZH_PARAGRAPH if lang == "zh" else EN_PARAGRAPH:
        c.text((margin, y), line, f, "other")
        y += int(size * 1.45)
    return img, {"filename": "", "lang": lang, "layout": layout, "entities": c.entities, "links": c.links}


def _colon(rng: random.Random, lang: str) -> str:
    return rng.choice(("：", "：", ":")) if lang == "zh" else ":"


def _inline(c: _Canvas, pairs: list[tuple[str, str]], y: int, width: int) -> int:
    rng, lang, f, margin = c.rng, c.lang, c.f, c.margin
    size = f.size
    c.text((margin, y), "基本信息" if lang == "zh" else "Personal Information", c.f_head, "header")
    y += int(size * 2.0)
    two_cols = rng.random() < 0.6
    col2 = width // 2 + 20
    i = 0
    while i < len(pairs):
        row = [pairs[i]]
        if two_cols and i + 1 < len(pairs) and len(pairs[i][1]) < 18 and len(pairs[i + 1][1]) < 18:
            row.append(pairs[i + 1])
        for n, (key, value) in enumerate(row):
            x = margin if n == 0 else col2
            colon = _colon(rng, lang)
            k = c.text((x, y), key + colon, f, "question")
            kx = c.draw.textbbox((x, y), key + colon, font=f)[2]
            gap = size * (0.25 if lang == "en" else 0.15)
            v = c.text((kx + gap, y), value, f, "answer")
            c.links.append([k, v])
        i += len(row)
        y += int(size * 1.9)
    return y


def _grid(c: _Canvas, pairs: list[tuple[str, str]], y: int, width: int) -> int:
    rng, lang, f, margin = c.rng, c.lang, c.f, c.margin
    size = f.size
    c.text((margin, y), "基本情况" if lang == "zh" else "Applicant Details", c.f_head, "header")
    y += int(size * 2.0)
    inner = width - 2 * margin
    widest = max(c.draw.textlength(k, font=f) for k, _ in pairs)
    key_w = int(max(inner * (0.16 if lang == "zh" else 0.2), widest + size * 1.2))
    widest_value = max(c.draw.textlength(v, font=f) for _, v in pairs)
    # Two pairs a row when every value fits its cell, else one: text never crosses a ruling.
    per_row = 2 if key_w + widest_value + size * 1.2 <= inner / 2 else 1
    val_w = inner // per_row - key_w
    row_h = int(size * 2.1)
    xs = [margin + n * (key_w + val_w) + d for n in range(per_row) for d in (0, key_w)] + [width - margin]
    rows = [pairs[i : i + per_row] for i in range(0, len(pairs), per_row)]
    top = y
    for r, row in enumerate(rows):
        ry = top + r * row_h
        for n, (key, value) in enumerate(row):
            kx, vx = xs[2 * n], xs[2 * n + 1]
            tw = c.draw.textlength(key, font=f)
            # Keys centred or left in their cell, values left-aligned; texts vertically centred.
            kx_text = kx + (key_w - tw) / 2 if rng.random() < 0.5 else kx + size * 0.4
            ty = ry + (row_h - size) / 2 - size * 0.1
            k = c.text((kx_text, ty), key, f, "question")
            v = c.text((vx + size * 0.4, ty), value, f, "answer")
            c.links.append([k, v])
    bottom = top + len(rows) * row_h
    for r in range(len(rows) + 1):
        c.draw.line([(xs[0], top + r * row_h), (xs[-1], top + r * row_h)], fill=(0, 0, 0), width=2)
    for x in xs:
        c.draw.line([(x, top), (x, bottom)], fill=(0, 0, 0), width=2)
    return int(bottom + size)


def variant(img: Image.Image, gt: dict[str, Any], kind: str, seed: int = 0) -> tuple[Image.Image, dict[str, Any]]:
    """A scan variant: `clean`, `rotated` (a quarter turn clockwise), `skewed` (a few degrees), `gray`, `rgba`."""
    if kind == "clean":
        return img, gt
    if kind == "gray":
        return img.convert("L"), gt
    if kind == "rgba":
        # Black text on a transparent page: readers must flatten it onto white.
        alpha = Image.eval(img.convert("L"), lambda v: 255 - v)
        out = Image.new("RGBA", img.size, (0, 0, 0, 0))
        out.putalpha(alpha)
        return out, gt
    if kind == "rotated":
        w, h = img.size
        out = img.transpose(Image.Transpose.ROTATE_270)  # content turned 90 degrees clockwise

        def turn(box: list[float]) -> list[float]:
            x0, y0, x1, y1 = box
            return [h - y1, x0, h - y0, x1]

        return out, _map_boxes(gt, turn)
    if kind == "skewed":
        deg = random.Random(seed).choice((-3.0, -2.0, 2.0, 3.0))
        w, h = img.size
        out = img.rotate(deg, resample=Image.Resampling.BICUBIC, fillcolor="white")
        a = math.radians(deg)
        cx, cy = w / 2, h / 2

        def tilt(box: list[float]) -> list[float]:
            pts = [(box[0], box[1]), (box[2], box[1]), (box[2], box[3]), (box[0], box[3])]
            # PIL rotates counter-clockwise on screen (y down): x' = c + (x-c)cos + (y-c)sin, y' = ... .
            xs = [cx + (x - cx) * math.cos(a) + (y - cy) * math.sin(a) for x, y in pts]
            ys = [cy - (x - cx) * math.sin(a) + (y - cy) * math.cos(a) for x, y in pts]
            return [min(xs), min(ys), max(xs), max(ys)]

        return out, _map_boxes(gt, tilt)
    raise ValueError(f"unknown variant {kind!r}")


def _map_boxes(gt: dict[str, Any], fn: Any) -> dict[str, Any]:
    out = dict(gt)
    out["entities"] = [{**e, "box": fn(e["box"])} for e in gt["entities"]]
    return out


def write_set(
    out_dir: Path,
    n: int,
    seed: int = 0,
    langs: tuple[str, ...] = ("zh", "en"),
    layouts: tuple[str, ...] = ("inline", "grid", "mixed"),
    variants: tuple[str, ...] = ("clean", "rotated", "gray", "rgba"),
) -> Path:
    """Write `n` forms (cycling languages, layouts and variants) as PNGs plus `gt.jsonl`; returns the gt path."""
    out_dir.mkdir(parents=True, exist_ok=True)
    lines = []
    for i in range(n):
        lang = langs[i % len(langs)]
        layout = layouts[(i // len(langs)) % len(layouts)]
        kind = variants[(i // (len(langs) * len(layouts))) % len(variants)]
        img, gt = make_form(seed + i, lang, layout)
        img, gt = variant(img, gt, kind, seed + i)
        name = f"kv_{lang}_{layout}_{kind}_{seed + i:05d}.png"
        img.save(out_dir / name)
        gt["filename"] = name
        gt["variant"] = kind
        lines.append(json.dumps(gt, ensure_ascii=False))
    path = out_dir / "gt.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
