"""Generated pages with exact region boxes for the layout refiner: articles in 1-3 columns, reports, resumes,
forms (drawn here) and invoices (synth/table_pages.py), in English and Chinese.

Each `LayoutPage` holds the image (1240x1754, ~150 dpi), its regions (`{"type", "bbox"}`: text, title, list, table,
figure, figure_caption, table_caption, header, footer) and every drawn text piece (`spans`: text + box), which
training uses as the page's OCR lines. Families are the unit of the leave-one-family-out split.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any

from PIL import Image, ImageFont

from . import documents as S
from . import fonts
from . import table_pages as T
from .pages import CJK_TEXT, WORDS

BBox = tuple[float, float, float, float]
W, H = 1240, 1754
# pmc_a / pmc_b: PubMed Central-like article pages (612x792, small serif text, two columns), two journal styles
DRAWN = ("article1", "article2", "article3", "report", "resume", "form", "pmc_a", "pmc_b")
FAMILIES = (*DRAWN, "invoice_en", "invoice_zh")


@dataclass
class LayoutPage:
    image: Image.Image
    family: str
    lang: str
    regions: list[dict[str, Any]]
    spans: list[dict[str, Any]]


def _union(boxes: list[BBox]) -> BBox:
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))


class _SerifCanvas(S.Canvas):
    """Latin body text in the project's serif font (bold stays sans, as many journals set their headings)."""

    def f(self, size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
        if bold or self.lang == "zh":
            return super().f(size, bold)
        key = ("serif", size)
        if key not in S._FONT_CACHE:
            S._FONT_CACHE[key] = ImageFont.truetype(str(fonts.path("DejaVuSerif.ttf")), size)
        return S._FONT_CACHE[key]


class _Page:
    """A canvas that wraps text into a column and records each region it draws. Sizes in pixels are given for the
    1240x1754 page and scaled by `m` (page width / 1240) on smaller pages."""

    def __init__(self, rng: random.Random, lang: str, size: tuple[int, int] = (W, H), body: int = 0) -> None:
        self.rng, self.lang = rng, lang
        self.w, self.h = size
        self.m = self.w / W
        self.c = S.Canvas(W, H, lang) if size == (W, H) else _SerifCanvas(self.w, self.h, lang)
        self.regions: list[dict[str, Any]] = []
        self.body = body or rng.choice((18, 20, 22, 24))
        self.gap = self.body * (rng.uniform(0.15, 0.4) if body else rng.uniform(0.25, 0.6))  # leading between lines
        self.justify = body > 0  # journal body text is justified
        self.para = (30, 220) if body else (12, 90)  # words in a paragraph (journal paragraphs run long)
        self.retries = 6 if body else 0  # blocks tried after one that did not fit (journal columns run full)

    def add(self, kind: str, boxes: list[BBox]) -> BBox:
        box = _union(boxes)
        self.regions.append({"type": kind, "bbox": box})
        return box

    def words(self, n: int) -> str:
        if self.lang == "zh":
            text = CJK_TEXT * (1 + n // len(CJK_TEXT))
            start = self.rng.randrange(0, len(text) - n + 1)
            return text[start : start + n]
        out = []
        for _ in range(n):
            r = self.rng.random()
            out.append(f"{self.rng.randint(1, 999):,}" if r < 0.05 else self.rng.choice(WORDS))
        return " ".join(out)

    def wrap(self, text: str, width: float, size: int, bold: bool = False) -> list[str]:
        lines, cur = [], ""
        tokens = list(text) if self.lang == "zh" else text.split(" ")
        sep = "" if self.lang == "zh" else " "
        for t in tokens:
            trial = f"{cur}{sep}{t}" if cur else t
            if cur and self.c.width(trial, size, bold) > width:
                lines.append(cur)
                cur = t
            else:
                cur = trial
        return [*lines, cur] if cur else lines

    def lines(
        self, x: float, y: float, rows: list[str], size: int, bold: bool = False, indent: float = 0,
        width: float = 0,
    ) -> list[BBox]:  # fmt: skip
        """Rows drawn one under the other; with `width` (and `self.justify`) every row but the last is justified."""
        boxes = []
        for i, row in enumerate(rows):
            x0 = x + (indent if i == 0 else 0)
            if width and self.justify and i < len(rows) - 1 and " " in row:
                boxes.append(self.justified(x0, y, row, size, x + width - x0))
            else:
                boxes.append(self.c.text((x0, y), row, size, bold=bold))
            y = boxes[-1][3] + self.gap
        return boxes

    def justified(self, x: float, y: float, row: str, size: int, width: float) -> BBox:
        """One row spread to `width` by widening its word gaps; recorded as one span, as OCR reads it."""
        words = row.split(" ")
        fnt = self.c.f(size)
        space = (width - sum(self.c.width(wd, size) for wd in words)) / (len(words) - 1)
        boxes = []
        for wd in words:
            self.c.draw.text((x, y), wd, font=fnt, fill="black")
            boxes.append(tuple(float(v) for v in self.c.draw.textbbox((x, y), wd, font=fnt)))
            x += self.c.width(wd, size) + space
        box = _union(boxes)  # type: ignore[arg-type]
        self.c.spans.append({"text": row, "bbox": box, "label": "other"})
        return box

    def paragraph(self, x: float, y: float, width: float, n_words: int, kind: str = "text") -> float:
        indent = self.body * 2 if self.rng.random() < 0.4 else 0
        n = n_words * (2 if self.lang == "zh" else 1)
        text = self.words(n)
        if self.lang == "en":
            text = text[:1].upper() + text[1:] + "."
        rows = self.wrap(text, width - indent, self.body)
        boxes = self.lines(x, y, rows, self.body, indent=indent, width=width)
        return self.add(kind, boxes)[3]

    def title(self, x: float, y: float, width: float, level: int, n: int = 0) -> float:
        size = int(self.body * (1.8 if level == 0 else self.rng.uniform(1.1, 1.4)))
        n_words = self.rng.randint(2, 6) if level else self.rng.randint(4, 10)
        text = self.words(n_words * (2 if self.lang == "zh" else 1))
        if self.lang == "en":
            text = text.title() if self.rng.random() < 0.6 else text[:1].upper() + text[1:]
        if n and self.rng.random() < 0.6:
            text = (f"{n}. " if self.lang == "en" else f"{'一二三四五六七八九十'[n % 10]}、") + text
        boxes = self.lines(x, y, self.wrap(text, width, size, bold=True), size, bold=True)
        return self.add("title", boxes)[3]

    def list_(self, x: float, y: float, width: float) -> float:
        style = self.rng.choice(("•", "-", "1.", "(a)", "1)", "▪", "(i)", "(1)"))
        boxes: list[BBox] = []
        for i in range(self.rng.randint(2, 6)):
            roman = ("i", "ii", "iii", "iv", "v", "vi")[i]
            marker = {"1.": f"{i + 1}.", "(a)": f"({'abcdef'[i]})", "1)": f"{i + 1})", "(i)": f"({roman})",
                      "(1)": f"({i + 1})"}.get(style, style)  # fmt: skip
            mb = self.c.text((x + self.body, y), marker, self.body)
            tx = x + self.body * 3
            text = self.words(self.rng.randint(3, 16) * (2 if self.lang == "zh" else 1))
            boxes += [mb, *self.lines(tx, y, self.wrap(text, width - tx + x, self.body), self.body)]
            y = boxes[-1][3] + self.gap
        return self.add("list", boxes)[3]

    def table(self, x: float, y: float, width: float) -> float:
        if self.rng.random() < 0.7:  # caption above
            y = self.caption(x, y, width, "table_caption") + self.gap * 2
        cols, rows = self.rng.randint(3, 6), self.rng.randint(3, 9)
        cw = width / cols
        size = self.small()
        rh = size * 2.0
        ruled = self.rng.random() < 0.5
        boxes: list[BBox] = [(x, y, x + width, y + rh * rows)]
        for r in range(rows):
            for k in range(cols):
                if r == 0:
                    s = self.words(1 if self.lang == "en" else 2).capitalize()
                elif k == 0:
                    s = self.words(self.rng.randint(1, 2) * (1 if self.lang == "en" else 2))
                else:
                    s = f"{self.rng.uniform(0, 9999):,.{self.rng.choice((0, 1, 2))}f}"
                while len(s) > 1 and self.c.width(s, size, r == 0) > cw - 8 * self.m:
                    s = s[:-1]
                self.c.text((x + k * cw + 4 * self.m, y + r * rh + rh * 0.2), s, size, bold=r == 0)
        d = self.c.draw
        if ruled:
            for r in range(rows + 1):
                d.line((x, y + r * rh, x + width, y + r * rh), fill="black", width=1)
            for k in range(cols + 1):
                d.line((x + k * cw, y, x + k * cw, y + rows * rh), fill="black", width=1)
        else:
            for yy in (y, y + rh, y + rows * rh):
                d.line((x, yy, x + width, yy), fill="black", width=2)
        self.add("table", boxes)
        return y + rows * rh

    def figure(self, x: float, y: float, width: float) -> float:
        fw = width * self.rng.uniform(0.6, 1.0)
        fx = x + (width - fw) / 2
        fh = fw * self.rng.uniform(0.4, 0.8)
        d, r, m = self.c.draw, self.rng, self.m
        kind = r.choice(("bars", "plot", "photo", "diagram"))
        if kind == "photo":
            for _ in range(30):
                x0, y0 = r.uniform(fx, fx + fw - 20 * m), r.uniform(y, y + fh - 20 * m)
                g = r.randint(60, 220)
                x1, y1 = min(fx + fw, x0 + r.uniform(20 * m, fw / 2)), min(y + fh, y0 + r.uniform(20 * m, fh / 2))
                d.rectangle((x0, y0, x1, y1), fill=(g, r.randint(60, 220), g))
        else:
            ax, base = fx + 30 * m, y + fh - 20 * m  # the axes
            d.line((ax, y, ax, base), fill="black", width=2)
            d.line((ax, base, fx + fw, base), fill="black", width=2)
            n = r.randint(4, 10)
            pts = [(ax + 10 * m + i * (fw - 50 * m) / n, y + r.uniform(10 * m, fh - 30 * m)) for i in range(n)]
            if kind == "bars":
                for px, py in pts:
                    d.rectangle(
                        (px, py, px + (fw - 50 * m) / n * 0.6, base), fill=r.choice(("gray", "#3a6ea5", "#999"))
                    )
            elif kind == "plot":
                d.line(pts, fill="#c33", width=3)
            else:
                for px, py in pts[:5]:
                    d.rectangle((px, py, px + 60 * m, py + 30 * m), outline="black", width=2)
            if r.random() < 0.7:  # tick labels and a legend inside the figure
                size = max(6, int(r.randint(11, 18) * m))
                for i in range(r.randint(2, 6)):
                    self.c.text((fx + 2, y + i * (fh - 40 * m) / 6), str(r.randint(0, 100)), size)
                    self.c.text((ax + 10 * m + i * (fw - 60 * m) / 6, base + 2 * m), str(r.randint(0, 100)), size)
                if r.random() < 0.5:
                    self.c.text((fx + fw * 0.6, y + 5 * m), self.words(r.randint(1, 3)), size)
            if r.random() < 0.4:  # a labelled multi-panel figure: many short words all over it
                for _ in range(r.randint(5, 20)):
                    label = r.choice((f"{r.choice('abcdef')})", f"({r.choice('ABCDEF')})", self.words(r.randint(1, 2))))
                    at = (r.uniform(fx, fx + fw * 0.8), r.uniform(y, y + fh - 20 * m))
                    self.c.text(at, label, max(6, int(r.randint(11, 20) * m)))
        self.add("figure", [(fx, y, fx + fw, y + fh)])
        y += fh
        if r.random() < 0.85:
            y = self.caption(x, y + self.gap * 2, width, "figure_caption")
        return y

    def caption(self, x: float, y: float, width: float, kind: str) -> float:
        n = self.rng.randint(1, 12)
        fig = kind == "figure_caption"
        if self.lang == "zh":
            head = f"{'图' if fig else '表'} {n} "
        else:
            head = f"{self.rng.choice(('Figure', 'Fig.')) if fig else 'Table'} {n}{self.rng.choice(('.', ':', ''))} "
        text = head + self.words(self.rng.randint(3, 18) * (2 if self.lang == "zh" else 1))
        size = self.small()
        return self.add(kind, self.lines(x, y, self.wrap(text, width, size), size, width=width))[3]

    def small(self) -> int:
        """Captions, tables and notes: a little smaller than the body."""
        return max(int(14 * self.m), self.body - 2)

    def running(self, kind: str, y: float, size: int) -> None:
        """A running header or footer: a journal/report name, `Page n of m`, a page number; left, right, centred,
        or a name and a number at the two ends of one line."""
        r = self.rng
        n = r.randint(1, 300)
        name = self.words(r.randint(2, 7))
        name = name.title() if r.random() < 0.5 else name[:1].upper() + name[1:]
        texts = {
            "name": [name], "num": [str(n)], "page": [f"Page {n} of {n + r.randint(0, 20)}" if self.lang == "en"
                                                      else f"第 {n} 页"],
            "both": [name, str(n)], "cite": [f"{name} ({r.randint(1990, 2025)}) {n}–{n + r.randint(1, 20)}"],
        }[r.choice(("name", "num", "page", "both", "both", "cite"))]  # fmt: skip
        pairs: list[tuple[tuple[float, float], str, str]]
        if len(texts) == 2:
            pairs = [((90, y), texts[0], "la"), ((W - 90, y), texts[1], "ra")]
            if r.random() < 0.5:
                pairs = [((90, y), texts[1], "la"), ((W - 90, y), texts[0], "ra")]
        else:
            x, anchor = r.choice(((90.0, "la"), (W / 2, "ma"), (W - 90.0, "ra")))
            pairs = [((x, y), texts[0], anchor)]
        for xy, text, anchor in pairs:
            self.add(kind, [self.c.text((xy[0] * self.m if xy[0] < W / 2 else self.w - (W - xy[0]) * self.m, xy[1]),
                                        text, size, anchor=anchor)])  # fmt: skip
        if r.random() < 0.3:  # a rule under the header / over the footer
            ly = y + size * 1.5 if kind == "header" else y - size * 0.5
            self.c.draw.line((90 * self.m, ly, self.w - 90 * self.m, ly), fill="black", width=1)

    def margins(self) -> None:
        size = max(int(12 * self.m), self.body + int(self.rng.randint(-8, 2) * self.m))
        if self.rng.random() < 0.8:
            self.running("header", self.rng.uniform(25, 80) * self.m, size)
        if self.rng.random() < 0.8:
            self.running("footer", self.h - self.rng.uniform(45, 100) * self.m, size)

    def flow(self, columns: list[tuple[float, float]], y0: float, kinds: list[tuple[str, float]]) -> None:
        """Fill the columns top to bottom with blocks drawn by weighted kind."""
        n = 0
        for x0, x1 in columns:
            y, tries = y0, 0
            while True:
                kind = self.rng.choices([k for k, _ in kinds], [w for _, w in kinds])[0]
                need = {"figure": 0.4, "table": 0.3}.get(kind, 0.08) * (x1 - x0) + 60 * self.m
                if y + need > self.h - 140 * self.m:
                    break
                mark = len(self.regions), len(self.c.spans)
                if kind == "title":
                    n += 1
                    end = self.title(x0, y, x1 - x0, 1, n)
                elif kind == "list":
                    end = self.list_(x0, y, x1 - x0)
                elif kind == "table":
                    end = self.table(x0, y, x1 - x0)
                elif kind == "figure":
                    end = self.figure(x0, y, x1 - x0)
                elif kind in ("items", "equation", "subtitle", "refs"):
                    end = getattr(self, kind)(x0, y, x1 - x0)
                else:
                    end = self.paragraph(x0, y, x1 - x0, self.rng.randint(*self.para))
                if end > self.h - 125 * self.m:  # overflowed: undo (the pixels are painted over)
                    self.c.draw.rectangle((x0 - 2, y - 2, x1 + 2, self.h), fill="white")
                    del self.regions[mark[0] :], self.c.spans[mark[1] :]
                    tries += 1
                    if tries > self.retries:
                        break
                    continue
                y = end + self.body * self.rng.uniform(0.8, 2.0)

    def items(self, x: float, y: float, width: float) -> float:
        """An unmarked list (one list region): items that start at the column's edge with no bullet or number,
        often led by a term (`Patient #1 ...`, `Step 2: ...`); each item ends with a short row. Journals set such a
        list in from the column's left edge."""
        lead = self.rng.choice(("", "Patient #{}", "Case {}.", "Step {}:", "Group {}", "Aim {}:"))
        inset = self.body * self.rng.uniform(0.8, 2.0)
        x, width = x + inset, width - inset
        boxes: list[BBox] = []
        for i in range(self.rng.randint(2, 6)):
            text = self.words(self.rng.randint(8, 45))
            text = (lead.format(i + 1) + " " if lead else "") + text[:1].upper() + text[1:] + "."
            boxes += self.lines(x, y, self.wrap(text, width, self.body), self.body, width=width)
            y = boxes[-1][3] + self.gap
        return self.add("list", boxes)[3]

    def equation(self, x: float, y: float, width: float) -> float:
        """A display equation, centred, its number at the right edge (PubLayNet counts it as text)."""
        r = self.rng
        sym = " ".join(r.choice(("x", "y", "=", "+", "−", "α", "β", "Σ", "(k)", "log", "∫", "·", "2", "n", "/"))
                       for _ in range(r.randint(5, 14)))  # fmt: skip
        eq = self.c.text((x + width / 2, y), sym, self.body, anchor="ma")
        num = self.c.text((x + width, y), f"({r.randint(1, 30)})", self.body, anchor="ra")
        return self.add("text", [eq, num])[3]

    def subtitle(self, x: float, y: float, width: float) -> float:
        """A numbered subsection title in the body font (`3.2. Patients and methods`), one short row."""
        r = self.rng
        text = f"{r.randint(1, 6)}.{r.randint(1, 5)}{r.choice(('.', ''))} " + self.words(r.randint(1, 5)).title()
        return self.add("title", self.lines(x, y, self.wrap(text, width, self.body), self.body))[3]

    def refs(self, x: float, y: float, width: float) -> float:
        """Reference entries, each a text region (`[12] Author A, Author B. Title. Journal 2015;4:1-9.`)."""
        r = self.rng
        style, size = r.choice(("[{}] ", "{}. ", "")), self.small()
        hang = r.random() < 0.5
        for i in range(r.randint(2, 6)):
            n = r.randint(1, 60) + i
            names = (f"{self.words(1).title()} {r.choice('ABCDEFGHJKLMPRST')}" for _ in range(r.randint(1, 4)))
            authors = ", ".join(names)
            text = f"{style.format(n)}{authors}. {self.words(r.randint(5, 14)).capitalize()}. " + (
                f"{self.words(2).title()} {r.randint(1990, 2017)};{r.randint(1, 90)}:{r.randint(1, 900)}."
            )
            rows = self.wrap(text, width - (size * 2 if hang else 0), size)
            boxes = [self.c.text((x, y), rows[0], size)]
            y = boxes[-1][3] + self.gap
            if rows[1:]:
                boxes += self.lines(x + (size * 2 if hang else 0), y, rows[1:], size)
            y = self.add("text", boxes)[3] + self.gap * 2
        return y

    def done(self, family: str) -> LayoutPage:
        return LayoutPage(self.c.image, family, self.lang, self.regions, self.c.spans)


def _columns(n: int, left: float = 90, right: float = W - 90, gutter: float = 40) -> list[tuple[float, float]]:
    cw = (right - left - gutter * (n - 1)) / n
    return [(left + i * (cw + gutter), left + i * (cw + gutter) + cw) for i in range(n)]


ARTICLE = [("text", 6), ("title", 1.5), ("list", 1), ("table", 0.8), ("figure", 0.8)]


def _article(p: _Page, family: str) -> None:
    y = 130.0
    if p.rng.random() < 0.7:
        y = p.title(90, y, W - 180, 0) + p.gap * 2
        if p.rng.random() < 0.6:  # authors / abstract line
            y = p.paragraph(90, y, W - 180, p.rng.randint(5, 40)) + p.body
    p.flow(_columns(int(family[-1])), y + p.body, ARTICLE)
    p.margins()  # last: an overflowing block is painted over down to the page's foot


def _report(p: _Page) -> None:
    y = p.title(90, 130, W - 180, 0) + p.body * 2
    p.flow(_columns(1, 120, W - 120), y, [("text", 4), ("title", 2), ("list", 1.5), ("table", 1.5), ("figure", 0.6)])
    p.margins()


def _resume(p: _Page) -> None:
    name = p.c.text((90, 90), p.words(2 if p.lang == "en" else 3).title(), int(p.body * 2), bold=True)
    p.add("title", [name])
    y = p.paragraph(90, name[3] + p.gap * 2, W - 180, p.rng.randint(6, 14)) + p.body
    cols = [(90.0, W - 90.0)] if p.rng.random() < 0.6 else [(90.0, 400.0), (450.0, W - 90.0)]
    for x0, x1 in cols:
        yy = y
        while yy < H - 400:
            yy = p.title(x0, yy, x1 - x0, 1) + p.gap * 2
            if p.rng.random() < 0.6:
                yy = p.list_(x0, yy, x1 - x0) + p.body
            else:
                yy = p.paragraph(x0, yy, x1 - x0, p.rng.randint(10, 40)) + p.body
    if p.rng.random() < 0.4:
        p.margins()


def _form(p: _Page) -> None:
    p.margins()
    y = p.title(90, 130, W - 180, 0) + p.body * 2
    while y < H - 300:
        if p.rng.random() < 0.3:
            y = p.title(90, y, W - 180, 1) + p.gap * 2
        keys = [
            p.words(p.rng.randint(1, 3)).capitalize() + ("：" if p.lang == "zh" else ":")
            for _ in range(p.rng.randint(2, 6))
        ]
        boxes = []
        two = p.rng.random() < 0.5
        for i, k in enumerate(keys):
            x = 90 if not two or i % 2 == 0 else W / 2
            kb = p.c.text((x, y), k, p.body)
            p.c.draw.line((kb[2] + 10, kb[3] + 2, kb[2] + 300, kb[3] + 2), fill="black")
            boxes.append(kb)
            if p.rng.random() < 0.7:
                boxes.append(p.c.text((kb[2] + 20, y), p.words(p.rng.randint(1, 3)), p.body))
            if not two or i % 2:
                y = max(b[3] for b in boxes) + p.body
        p.add("text", boxes)
        y = max(b[3] for b in boxes) + p.body * 2
        if p.rng.random() < 0.4 and y < H - 600:
            y = p.table(90, y, W - 180) + p.body * 2


PMC = [("text", 6), ("title", 0.8), ("subtitle", 0.8), ("items", 0.6), ("list", 0.4), ("equation", 0.4),
       ("table", 0.6), ("figure", 0.6), ("refs", 0.3)]  # fmt: skip


def _pmc(p: _Page, family: str) -> None:
    """A PubMed Central-like article page: two columns of small justified serif text, running head with the page
    number, sometimes a first page (title, authors, affiliations, abstract in a box) or a full-width figure or
    table on top. pmc_a and pmc_b differ in margins, heading style, where the page number sits and how often the
    first page and reference pages come."""
    r, b = p.rng, p.body
    a = family == "pmc_a"
    left = r.uniform(40, 55) if a else r.uniform(45, 70)
    right = p.w - left
    y = r.uniform(55, 75)
    if r.random() < (0.3 if a else 0.45):  # the article's first page
        y = p.title(left, y, right - left, 0) + b
        y = p.paragraph(left, y, right - left, r.randint(4, 14)) + p.gap  # authors
        size = max(7, b - 2)
        aff = p.lines(left, y, p.wrap(p.words(r.randint(10, 40)), right - left, size), size)
        y = p.add("text", aff)[3] + b
        boxed = r.random() < 0.5
        top = y
        if r.random() < 0.7:
            y = p.title(left + 6, y + 4, right - left, 1) + p.gap
        y = p.paragraph(left + (6 if boxed else 0), y + 2, right - left - (12 if boxed else 0), r.randint(60, 160))
        if boxed:
            p.c.draw.rectangle((left, top, right, y + 6), outline="black", width=1)
        y += b * 1.5
    elif r.random() < 0.35:  # a full-width figure (or table) over both columns
        y = (p.figure if r.random() < 0.7 else p.table)(left, y, right - left) + b * 1.5
    kinds = PMC if a else [(k, w * (3 if k in ("items", "refs") else 1)) for k, w in PMC]
    p.flow(_columns(2, left, right, r.uniform(12, 24)), y, kinds)
    head = max(7, b - r.choice((0, 1, 2)))
    n = r.randint(1, 30)
    page = r.choice((str(r.randint(1, 3000)), f"{n} of {n + r.randint(0, 20)}", f"{n} / {n + r.randint(0, 20)}"))
    name = p.words(r.randint(2, 6)).title()
    ty = r.uniform(18, 45)
    if a:  # `Author et al.` | journal, page number at the foot
        p.add("header", [p.c.text((left, ty), f"{p.words(1).title()} et al.", head)])
        journal = f"{name} {r.randint(1, 40)} ({r.randint(1995, 2018)})"
        p.add("header", [p.c.text((right, ty), journal, head, anchor="ra")])
        if r.random() < 0.8:
            p.add("footer", [p.c.text((p.w / 2, p.h - r.uniform(20, 40)), page, head, anchor="ma")])
    else:  # journal name and the page number at the top, on either side
        at = r.random() < 0.5
        p.add("header", [p.c.text((left, ty), page if at else name, head)])
        p.add("header", [p.c.text((right, ty), name if at else page, head, anchor="ra")])


def make_page(family: str, seed: int) -> LayoutPage:
    rng = random.Random(f"layout-{family}-{seed}")
    if family.startswith("invoice"):
        fams = T.ZH_FAMILIES if family == "invoice_zh" else T.EN_FAMILIES
        t = T.make_page(rng.choice(fams), f"layout{seed}")
        return LayoutPage(t.image, family, t.lang, t.regions, t.spans)
    if family.startswith("pmc"):
        size = (rng.choice((596, 601, 612)), rng.choice((791, 792, 794, 842)))
        p = _Page(rng, "en", size, body=rng.choice((9, 9, 10)))
        _pmc(p, family)
        return p.done(family)
    p = _Page(rng, "zh" if rng.random() < 0.4 else "en")
    if family.startswith("article"):
        _article(p, family)
    elif family == "report":
        _report(p)
    elif family == "resume":
        _resume(p)
    elif family == "form":
        _form(p)
    else:
        raise ValueError(f"unknown family {family!r} (known: {', '.join(FAMILIES)})")
    return p.done(family)
