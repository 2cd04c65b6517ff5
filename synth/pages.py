"""Clean printed pages with known text, made here (so no tool has seen them): A4 at 200 dpi, English and mixed
Chinese/English, in DejaVu and WenQuanYi fonts; and the same pages turned 90/180/270 degrees clockwise.

Each page comes with its line ground truth in the `docsense eval ocr` JSONL form:
`{"filename", "lines": [{"text", "bbox": [x0,y0,x1,y1]}]}` in the pixels of the image as written.
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw, ImageFont

from . import fonts

A4_200DPI = (1654, 2339)
MARGIN = 140
LATIN_FONTS = ("DejaVuSans.ttf", "DejaVuSerif.ttf", "DejaVuSansMono.ttf", "DejaVuSansCondensed.ttf")
CJK_FONTS = ("wqy-zenhei.ttc", "wqy-microhei.ttc")

WORDS = (
    "the of and to in for on with as by at from this that which report quarter results revenue growth customer "
    "service delivery payment invoice order account balance total amount tax net gross due date reference number "
    "contract agreement supplier company limited office address street road avenue city county state postal "
    "department manager director meeting schedule project budget forecast analysis review summary section table "
    "figure page document system process quality standard training support request response approval signature "
    "shipping warehouse inventory product item unit price quantity discount credit debit bank transfer interest "
    "annual monthly weekly daily period statement notice policy insurance claim premium coverage member benefit "
    "research study method sample data value measure increase decrease average median level rate share market "
    "energy water power building maintenance equipment vehicle transport travel expense receipt cash card online"
).split()
CJK_TEXT = (
    "本公司根据合同约定向客户提供技术服务并按季度结算费用发票金额以人民币计价请在收到发票后三十日内付款如有疑问请联系"
    "财务部门我们将及时处理相关事宜会议纪要项目进度报告年度预算审核结果已经提交董事会审议通过产品质量检验合格证明文件"
    "地址电话邮编银行账户开户行名称税号日期数量单价总计备注说明"
)


def _font(name: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(fonts.path(name)), size)


def fonts_available() -> bool:
    """Every font a page may be drawn with is installed (the choice among them is seeded, so pages repeat)."""
    return all(fonts.find(name) is not None for name in (*LATIN_FONTS, *CJK_FONTS))


def _token(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.06:
        return f"{rng.randint(1, 9999):,}.{rng.randint(0, 99):02d}"
    if r < 0.09:
        return f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/20{rng.randint(10, 29)}"
    if r < 0.12:
        return f"#{rng.randint(100, 99999)}"
    word = rng.choice(WORDS)
    if r < 0.22:
        word = word.capitalize()
    elif r < 0.24:
        word = word.upper()
    return word


def _english_line(rng: random.Random, n_words: int) -> str:
    words = [_token(rng) for _ in range(n_words)]
    words[0] = words[0][:1].upper() + words[0][1:]
    for i in range(1, n_words - 1):
        if rng.random() < 0.08:
            words[i] += rng.choice((",", ";", ":"))
    return " ".join(words) + rng.choice((".", ".", ".", "?", ":", ""))


def _cjk_line(rng: random.Random, n_chars: int) -> str:
    start = rng.randrange(0, len(CJK_TEXT) - n_chars)
    text = CJK_TEXT[start : start + n_chars]
    if rng.random() < 0.5:  # mixed scripts, as in real Chinese documents
        cut = rng.randrange(2, n_chars - 2)
        text = f"{text[:cut]} {rng.choice(('ABC', 'PDF', 'USB', 'No.'))}{rng.randint(10, 999)} {text[cut:]}"
    return text


def make_page(seed: int, cjk: bool = False) -> tuple[Image.Image, list[dict[str, Any]]]:
    """One page and its lines; font and size vary by page, text by line."""
    rng = random.Random(seed)
    w, h = A4_200DPI
    img = Image.new("RGB", (w, h), "white")
    draw = ImageDraw.Draw(img)
    size = rng.choice((30, 33, 36, 40))  # 11-14 pt at 200 dpi
    latin = _font(rng.choice(LATIN_FONTS), size)
    cjk_font = _font(rng.choice(CJK_FONTS), size)
    lines: list[dict[str, Any]] = []
    y = MARGIN
    while True:
        use_cjk = cjk and rng.random() < 0.6
        font = cjk_font if use_cjk else latin
        if use_cjk:
            text = _cjk_line(rng, rng.randint(8, 26))
        else:
            text = _english_line(rng, rng.randint(3, 11))
        # Shorten until it fits the text width.
        while draw.textlength(text, font=font) > w - 2 * MARGIN and len(text) > 4:
            text = text[: text.rfind(" ")] if " " in text[:-1] else text[:-1]
        x0, y0, x1, y1 = (round(v) for v in draw.textbbox((MARGIN, y), text, font=font))
        if y1 > h - MARGIN:
            break
        draw.text((MARGIN, y), text, fill=(20, 20, 20), font=font)
        lines.append({"text": text, "bbox": [x0, y0, x1, y1]})
        y = y1 + int(size * rng.uniform(0.7, 1.6))
    return img, lines


def rotate_page(img: Image.Image, lines: list[dict[str, Any]], angle: int) -> tuple[Image.Image, list[dict[str, Any]]]:
    """The page turned `angle` degrees clockwise, with its boxes moved along."""
    w, h = img.size
    out = img.rotate(-angle, expand=True)

    def pt(x: float, y: float) -> tuple[float, float]:
        if angle == 90:
            return h - y, x
        if angle == 180:
            return w - x, h - y
        if angle == 270:
            return y, w - x
        return x, y

    moved = []
    for ln in lines:
        x0, y0, x1, y1 = ln["bbox"]
        (ax, ay), (bx, by) = pt(x0, y0), pt(x1, y1)
        moved.append({"text": ln["text"], "bbox": [min(ax, bx), min(ay, by), max(ax, bx), max(ay, by)]})
    return out, moved


def write_pages(out_dir: Path, n_pages: int = 6, seed: int = 2026) -> dict[str, Path]:
    """Writes clean/ and rotated/ page sets (PNG + gt.jsonl) -> {"clean": dir, "rotated": dir}.

    Every third page mixes Chinese and English; page i is turned (90, 180, 270)[i % 3] in the rotated set.
    """
    dirs = {"clean": out_dir / "clean", "rotated": out_dir / "rotated"}
    for d in dirs.values():
        d.mkdir(parents=True, exist_ok=True)
    gts: dict[str, list[str]] = {"clean": [], "rotated": []}
    for i in range(n_pages):
        cjk = i % 3 == 2
        img, lines = make_page(seed + i, cjk=cjk)
        name = f"page{i:02d}{'_zh' if cjk else '_en'}.png"
        img.save(dirs["clean"] / name)
        gts["clean"].append(json.dumps({"filename": name, "lines": lines, "lang": "zh" if cjk else "en"}))
        angle = (90, 180, 270)[i % 3]
        rimg, rlines = rotate_page(img, lines, angle)
        rname = f"page{i:02d}{'_zh' if cjk else '_en'}_rot{angle}.png"
        rimg.save(dirs["rotated"] / rname)
        gts["rotated"].append(
            json.dumps({"filename": rname, "lines": rlines, "lang": "zh" if cjk else "en", "rotation": angle})
        )
    for key, d in dirs.items():
        (d / "gt.jsonl").write_text("\n".join(gts[key]) + "\n", encoding="utf-8")
    return dirs
