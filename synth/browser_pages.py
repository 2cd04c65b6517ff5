"""PubMed Central-like article pages typeset by a real browser (synth/browser.py), with PubLayNet-style ground truth.

PIL-drawn journal pages (synth/layout_pages.py, pmc_a/pmc_b) place every line where the generator says; here
chromium breaks, justifies and hyphenates the text, balances columns and places spanning floats, as publishers'
tools do. Five journal styles (`FAMILIES`), unlike each other and unlike pmc_a/pmc_b:

- `bp_first`: an article's first page: full-width title, authors, affiliations and a ruled abstract block over two
  justified columns; sans headings, serif body.
- `bp_wide`: one column with wide margins, numbered italic subsection headings, tables and figures centred in the
  column, numbered lists.
- `bp_floats`: two columns under a figure or table that spans both at the top of the page (a float), small type.
- `bp_cont`: a page that continues an article: no title, a paragraph running on from the page before, section
  headings, footnotes under a rule and a reference list (each entry a text region, as PubLayNet labels them).
- `bp_compact`: dense two-column sans pages (8-9 pt), tables with captions above inside a column, panel figures.

Three more styles (`NEW_FAMILIES`, added in session 10 and scored before any rule was changed against them):

- `bp_conf`: a two-column conference paper: centred title over a row of author cells (name, department,
  institution, e-mail), `Abstract—` and `Index Terms—` paragraphs in the first column, roman small-caps section
  headings (`II. Related Work`) centred, lettered italic subsections, numbered display equations, `TABLE II`
  captions above tables, `Fig. 3.` captions below figures, bracketed references; narrow gutters.
- `bp_preprint`: a single-column preprint with wide margins: centred title, authors and affiliations and an
  indented abstract on a first page, `2.1 Setup` bold headings, numbered display equations, `Theorem 1.`
  paragraphs, bullet lists set flush, footnotes under a rule, the page number centred at the foot.
- `bp_bulletin`: a three-column science bulletin page: a coloured banner (running head), a spanning headline,
  standfirst and byline, ragged-right or justified columns with small gutters, bold crossheads, figures in a
  column, a shaded box with its own heading and text.

Five more (`S12_FAMILIES`, session 12, written and committed before any scoring): `bp_tablepage` (a page dominated
by one or two large tables: two-level headers, group rows, footnote marks, caption above, footnotes below; or a
table continued alone), `bp_figpage` (multi-panel figures across the page with long `(A) ... (B) ...` captions, some
set beside the figure), `bp_backmatter` (declarations headed or run-in, then a numbered reference list with the
number in a hanging column), `bp_medical` (one column, upper-case sans heads, run-in bold subheads, a boxed Key
Points / What this study adds summary), `bp_affil` (a first page: one affiliation per line, correspondence and
dates, an abstract set in two columns under the byline, keywords).

Four more (`S24_FAMILIES`, session 24, written and committed before any scoring): `bp_newsletter` (a masthead band,
short news items under bold heads in two columns, pull quotes, an `In this issue` box), `bp_zh_magazine` (a Chinese
magazine page in three columns: headline, standfirst, byline, crossheads, a pull quote, photos), `bp_slides` (a
slide-like report page: a large heading, key-figure callouts, coloured callout boxes, bullet lists, a chart),
`bp_patent` (a patent specification: two columns of `[0012]` paragraphs under centred heads; claims as a numbered
list under `What is claimed is:`).

Each element carries `data-gt` with one of the refiner's labels (text, title, list, table, figure, figure_caption,
table_caption, header, footer); the COCO export maps them as PubLayNet does: captions, authors, affiliations and
references are text, running headers/footers and page numbers are not annotated. Pages are rendered at twice their
CSS size and scaled down to it (612x792 or 596x842 pixels, the size of PubLayNet's images), then JPEG-compressed.

`python -m docsense.synth.browser_pages --out DIR [--families ...] [--pages 12] [--seed 0]` writes
`DIR/images/*.jpg` and `DIR/gt.json` for `docsense eval layout --gt DIR/gt.json --images DIR/images`.
Never imported at run time.
"""

from __future__ import annotations

import argparse
import html
import io
import itertools
import json
import random
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from . import fonts
from .browser import Browser

FAMILIES = ("bp_first", "bp_wide", "bp_floats", "bp_cont", "bp_compact")
NEW_FAMILIES = ("bp_conf", "bp_preprint", "bp_bulletin")
S11_FAMILIES = ("bp_journal", "bp_report", "bp_chapter", "bp_zh")
S12_FAMILIES = ("bp_tablepage", "bp_figpage", "bp_backmatter", "bp_medical", "bp_affil")
S13_FAMILIES = ("bp_algo", "bp_magazine", "bp_thesis", "bp_zh_report")
S24_FAMILIES = ("bp_newsletter", "bp_zh_magazine", "bp_slides", "bp_patent")
ALL_FAMILIES = FAMILIES + NEW_FAMILIES + S11_FAMILIES + S12_FAMILIES + S13_FAMILIES + S24_FAMILIES
PUBLAYNET = {"text": 1, "title": 2, "list": 3, "table": 4, "figure": 5}
TO_PUBLAYNET = {"figure_caption": "text", "table_caption": "text"}  # header/footer: not annotated
SCALE = 2  # rendered at twice the CSS size, then scaled down (anti-aliasing as a PDF rasteriser gives)

_VOCAB = (
    "patients cells expression analysis results study treatment clinical protein levels increased significantly "
    "compared control group samples data observed associated response tissue cancer model effect function method "
    "measured mice disease gene activity using cohort risk factors outcome therapy dose baseline follow-up mean "
    "among between during after within respectively previously reported shown figure values higher lower density "
    "receptor signaling pathway inhibition culture medium incubated antibody staining detected concentration "
    "population survey participants age years months weeks women men children hospital primary secondary infection "
    "virus strain bacterial isolates resistance sequence genome variants mutation regulation transcription binding "
    "structure membrane surface temperature sensitivity specificity accuracy performance algorithm network images "
    "estimated regression adjusted odds ratio confidence interval statistical difference significant correlation"
).split()
_SMALL = "the of and in to with for was were that by as on from is are this which".split()
_SECTIONS = (
    "Introduction", "Materials and Methods", "Methods", "Results", "Discussion", "Conclusions", "Study Design",
    "Statistical Analysis", "Patients and Samples", "Data Collection", "Cell Culture", "Limitations", "Background",
    "Ethics Statement", "Immunohistochemistry", "Outcome Measures", "Sample Preparation", "Model Validation",
)  # fmt: skip
_NAMES = "Wang Li Smith Garcia Müller Rossi Kim Nguyen Patel Silva Cohen Tanaka Johansson Novak Ahmed Dubois".split()
_FIRST = "J. M. A. K. S. L. H. R. Y. X. P. D. E. C. T. F.".split()
_PLACES = ("University of Leeds, UK", "Karolinska Institutet, Stockholm, Sweden", "Fudan University, Shanghai, "
           "China", "University of Toronto, Canada", "Charité, Berlin, Germany", "Kyoto University, Japan",
           "Universidade de São Paulo, Brazil", "Institut Pasteur, Paris, France")  # fmt: skip
_JOURNALS = ("BioMed Research International", "PLoS ONE", "Journal of Clinical Medicine", "BMC Cancer",
             "Frontiers in Immunology", "Scientific Reports", "ISRN Oncology", "Case Reports in Medicine")  # fmt: skip
# Superscripts as characters: a <sup> element's box sits higher than its line, which the box script takes for the
# start of the next column
_SUP = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_VOWELS = set("aeiouy")
_SERIF = ("Liberation Serif", "DejaVu Serif")
_SANS = ("Liberation Sans", "DejaVu Sans")


@dataclass
class BrowserPage:
    image: Image.Image
    family: str
    regions: list[dict[str, Any]]  # {"type": refiner label, "bbox": (x0, y0, x1, y1) image pixels, "text"}


def _hyphenate(word: str) -> str:
    """Soft hyphens between syllables (vowel | consonant + vowel) of a long word: chromium has no hyphenation
    dictionary offline, and journal columns are hyphenated (without it justified rows gape and OCR splits them)."""
    if len(word) < 7:
        return word
    out = word[:2]
    for i in range(2, len(word) - 2):
        if word[i - 1] in _VOWELS and word[i] not in _VOWELS and word[i + 1] in _VOWELS:
            out += "\u00ad"
        out += word[i]
    return out + word[len(word) - 2 :]


def _rng_words(rng: random.Random, n: int) -> str:
    out: list[str] = []
    for i in range(n):
        w = rng.choice(_SMALL) if rng.random() < 0.35 else _hyphenate(rng.choice(_VOCAB))
        if i == 0 or out[-1].endswith("."):
            w = w.capitalize()
        if rng.random() < 0.03:
            w = f"{w} ({rng.randint(2, 98)}%)"
        elif rng.random() < 0.03:
            w = f"{w} [{rng.randint(1, 40)}]"
        if i < n - 1 and rng.random() < 0.08:
            w += "."
        elif i < n - 1 and rng.random() < 0.07:
            w += ","
        out.append(w)
    return html.escape(" ".join(out).rstrip(".,") + ".")


def _title_words(rng: random.Random, n: int) -> str:
    words = [rng.choice(_VOCAB) for _ in range(n)]
    for i in range(1, len(words) - 1):
        if rng.random() < 0.25:
            words[i] = rng.choice(("of", "in", "and", "with", "for"))
    return " ".join(w.capitalize() if len(w) > 3 else w for w in words).replace(words[0], words[0].capitalize(), 1)


# ---------------------------------------------------------------------------------------------------- figures
def _font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(fonts.path("DejaVuSans.ttf")), size)


def _plot(rng: random.Random, w: int, h: int) -> Image.Image:
    """Line or bar chart with axes, ticks, tick labels and a legend, or scatter with error bars."""
    im = Image.new("RGB", (w, h), "white")
    d = ImageDraw.Draw(im)
    f = _font(max(10, h // 22))
    x0, y0, x1, y1 = int(w * 0.13), int(h * 0.06), int(w * 0.97), int(h * 0.84)
    d.line([(x0, y0), (x0, y1), (x1, y1)], fill="black", width=2)
    for k in range(6):
        y = y1 - k * (y1 - y0) // 5
        d.line([(x0 - 6, y), (x0, y)], fill="black", width=2)
        d.text((x0 - 8, y), f"{k * rng.choice((5, 10, 20, 0.2))}", fill="black", font=f, anchor="rm")
    colors = [(31, 119, 180), (214, 39, 40), (44, 160, 44), (120, 120, 120), (0, 0, 0)]
    kind = rng.choice(("bar", "line", "scatter"))
    n = rng.randint(4, 9)
    series = rng.randint(1, 3)
    for s in range(series):
        vals = np.clip(np.cumsum(np.array([rng.uniform(-0.2, 0.3) for _ in range(n)])) + rng.uniform(0.3, 0.6), 0.05, 1)
        for i, v in enumerate(vals):
            cx = x0 + (i + 0.5) * (x1 - x0) / n
            cy = y1 - v * (y1 - y0)
            if kind == "bar":
                bw = (x1 - x0) / n * 0.7 / series
                bx = cx - (x1 - x0) / n * 0.35 + s * bw
                d.rectangle([bx, cy, bx + bw - 2, y1], fill=colors[s], outline="black")
            elif kind == "scatter":
                d.ellipse([cx - 5, cy - 5, cx + 5, cy + 5], fill=colors[s])
                d.line([(cx, cy - 15), (cx, cy + 15)], fill=colors[s], width=2)
            elif i:
                px = x0 + (i - 0.5) * (x1 - x0) / n
                d.line([(px, y1 - vals[i - 1] * (y1 - y0)), (cx, cy)], fill=colors[s], width=3)
    for i in range(n):
        cx = x0 + (i + 0.5) * (x1 - x0) / n
        d.text((cx, y1 + 8), rng.choice(("Ctrl", "D1", "D3", "W2", "T1", "2010", "IL-6", "A", "B")), fill="black",
               font=f, anchor="mt")  # fmt: skip
    if series > 1:
        for s in range(series):
            d.rectangle([x1 - 150, y0 + 10 + s * 26, x1 - 134, y0 + 26 + s * 26], fill=colors[s])
            d.text((x1 - 128, y0 + 18 + s * 26), rng.choice(_VOCAB)[:10], fill="black", font=f, anchor="lm")
    return im


def _photo(rng: random.Random, w: int, h: int) -> Image.Image:
    """Microscopy/photo-like texture: smoothed noise in a random colour, often dark."""
    base = np.random.default_rng(rng.randrange(1 << 30)).random((h // 4 + 1, w // 4 + 1, 3))
    im = Image.fromarray((base * 255).astype(np.uint8)).resize((w, h), Image.Resampling.BICUBIC)
    im = im.filter(ImageFilter.GaussianBlur(rng.uniform(1, 6)))
    arr = np.asarray(im).astype(np.float32) / 255
    tint = np.array([rng.random(), rng.random(), rng.random()])
    dark = rng.random() < 0.5
    arr = arr * tint * (0.9 if dark else 0.5) + (0 if dark else 0.45)
    return Image.fromarray((np.clip(arr, 0, 1) * 255).astype(np.uint8))


def _diagram(rng: random.Random, w: int, h: int) -> Image.Image:
    """Flow chart: labelled boxes joined by arrows."""
    im = Image.new("RGB", (w, h), "white")
    d = ImageDraw.Draw(im)
    f = _font(max(11, h // 18))
    n = rng.randint(3, 5)
    boxes = []
    for i in range(n):
        cy = int(h * (i + 0.5) / n)
        cx = int(w * rng.uniform(0.35, 0.65))
        bw, bh = int(w * rng.uniform(0.35, 0.6)), int(h / n * 0.55)
        boxes.append((cx - bw // 2, cy - bh // 2, cx + bw // 2, cy + bh // 2))
        d.rectangle(boxes[-1], outline="black", width=2, fill=(235, 240, 250) if rng.random() < 0.5 else "white")
        d.text((cx, cy), f"{rng.choice(_VOCAB).capitalize()} (n = {rng.randint(10, 900)})", fill="black", font=f,
               anchor="mm")  # fmt: skip
    for a, b in itertools.pairwise(boxes):
        x = (a[0] + a[2]) // 2
        d.line([(x, a[3]), (x, b[1])], fill="black", width=2)
        d.polygon([(x - 6, b[1] - 10), (x + 6, b[1] - 10), (x, b[1])], fill="black")
    return im


def _panels(rng: random.Random, w: int, h: int) -> Image.Image:
    """A grid of photo panels with letters (A, B, ...)."""
    im = Image.new("RGB", (w, h), "white")
    d = ImageDraw.Draw(im)
    cols, rows = rng.choice(((2, 1), (3, 1), (2, 2), (4, 2), (3, 2)))
    f = _font(max(14, h // (10 * rows)))
    pw, ph = (w - 10 * (cols - 1)) // cols, (h - 10 * (rows - 1)) // rows
    for r in range(rows):
        for c in range(cols):
            panel = _photo(rng, pw, ph) if rng.random() < 0.7 else _plot(rng, pw, ph)
            im.paste(panel, (c * (pw + 10), r * (ph + 10)))
            d.text((c * (pw + 10) + 8, r * (ph + 10) + 6), "ABCDEFGH"[r * cols + c], fill="black", font=f)
    return im


def _figure_file(rng: random.Random, folder: Path, aspect: float, name: str) -> str:
    w = 900
    h = int(w / aspect)
    kind = rng.choice((_plot, _plot, _photo, _diagram, _panels))
    im = kind(rng, w, h)
    im.save(folder / name)
    return name


# ---------------------------------------------------------------------------------------------------- HTML pieces
class _Doc:
    """Builds one page's HTML: elements in flow order, each marked with its label."""

    def __init__(self, rng: random.Random, folder: Path, family: str) -> None:
        self.rng, self.folder, self.family = rng, folder, family
        self.n_fig = rng.randint(1, 6)
        self.n_tab = rng.randint(1, 5)
        self.n_sec = rng.randint(1, 5)
        self.n_img = 0
        self.numbered = rng.random() < 0.6

    def para(self, words: tuple[int, int] = (40, 160), cls: str = "") -> str:
        text = _rng_words(self.rng, self.rng.randint(*words))
        return f'<p data-gt="text" class="{cls}">{text}</p>'

    def heading(self, level: int = 1) -> str:
        name = self.rng.choice(_SECTIONS) if level == 1 else _title_words(self.rng, self.rng.randint(2, 6))
        if self.numbered:
            if level == 1:
                name = f"{self.n_sec}. {name}"
                self.n_sec += 1
            else:
                name = f"{self.n_sec}.{self.rng.randint(1, 6)}. {name}"
        return f'<h{level + 1} data-gt="title">{html.escape(name)}</h{level + 1}>'

    def list_(self) -> str:
        n = self.rng.randint(2, 6)
        style = self.rng.choice(("bullet", "number", "roman", "dash"))
        items = []
        for i in range(n):
            mark = {"bullet": "•", "number": f"{i + 1}.", "roman": f"({'i ii iii iv v vi'.split()[i]})",
                    "dash": "–"}[style]  # fmt: skip
            items.append(
                f'<div class="li"><span class="mk">{mark}</span>{_rng_words(self.rng, self.rng.randint(6, 40))}</div>'
            )
        return f'<div data-gt="list" class="list">{"".join(items)}</div>'

    def figure(self, aspect: float | None = None, cls: str = "") -> str:
        aspect = aspect or self.rng.uniform(1.1, 2.4)
        self.n_img += 1
        src = _figure_file(self.rng, self.folder, aspect, f"fig{self.n_img}.png")
        cap_words = self.rng.randint(8, 60)
        label = self.rng.choice(("Figure", "Fig.", "FIGURE"))
        cap = f"<b>{label} {self.n_fig}</b>{self.rng.choice((':', '.', ' '))} {_rng_words(self.rng, cap_words)}"
        self.n_fig += 1
        width = self.rng.choice((100, 100, 90, 80, 70))
        img = f'<img data-gt="figure" src="{src}" style="width:{width}%;aspect-ratio:{aspect:.3f}">'
        return (f'<div class="fig {cls}">{img}'
                f'<p data-gt="figure_caption" class="cap">{cap}</p></div>')  # fmt: skip

    def table(self, cls: str = "") -> str:
        rng = self.rng
        cols = rng.randint(3, 7)
        rows = rng.randint(3, 12)
        head = "".join(f"<th>{html.escape(rng.choice(_VOCAB).capitalize())}</th>" for _ in range(cols))
        body = []
        for _ in range(rows):
            stub = f"{html.escape(rng.choice(_VOCAB).capitalize())} {rng.choice(('', rng.choice(_VOCAB)))}"
            cells = [f"<td class='l'>{stub}</td>"]
            for _ in range(cols - 1):
                v = rng.choice((f"{rng.uniform(0, 100):.1f}", f"{rng.randint(1, 999)} ({rng.randint(1, 99)})",
                                f"{rng.uniform(0, 1):.3f}", f"{rng.uniform(0, 9):.2f} ± {rng.uniform(0, 2):.2f}",
                                "—", "NS", f"&lt;0.0{rng.randint(1, 5)}"))  # fmt: skip
                cells.append(f"<td>{v}</td>")
            body.append(f"<tr>{''.join(cells)}</tr>")
        label = rng.choice(("Table", "TABLE", "Table"))
        cap = f"<b>{label} {self.n_tab}</b>{rng.choice((':', '.', ''))} {_rng_words(rng, rng.randint(5, 30))}"
        self.n_tab += 1
        note = ""
        if rng.random() < 0.5:
            note = f'<p data-gt="text" class="tnote">{_rng_words(rng, rng.randint(8, 35))}</p>'
        return (f'<div class="tab {cls}"><p data-gt="table_caption" class="cap">{cap}</p>'
                f'<table data-gt="table"><thead><tr>{head}</tr></thead><tbody>{"".join(body)}</tbody></table>'
                f"{note}</div>")  # fmt: skip

    def refs(self, n: int) -> str:
        start = self.rng.randint(1, 40)
        out = []
        for i in range(n):
            authors = ", ".join(
                f"{self.rng.choice(_NAMES)} {self.rng.choice(_FIRST)}" for _ in range(self.rng.randint(1, 5))
            )
            title = _title_words(self.rng, self.rng.randint(5, 14)).lower().capitalize()
            journal = self.rng.choice(_JOURNALS)
            where = f"{self.rng.randint(1995, 2017)};{self.rng.randint(1, 60)}:{self.rng.randint(1, 900)}"
            out.append(f'<p data-gt="text" class="ref">[{start + i}] {authors}. {title}. {journal}. {where}.</p>')
        return "".join(out)

    def body(
        self, n: int, allow: tuple[str, ...] = ("para", "para", "para", "head", "list", "figure", "table")
    ) -> list[str]:
        out: list[str] = []
        for i in range(n):
            kind = "para" if i == 0 else self.rng.choice(allow)
            if kind == "head":
                out.append(self.heading(1 if self.rng.random() < 0.6 else 2))
                out.append(self.para())
            elif kind == "list":
                out.append(self.list_())
            elif kind == "figure":
                out.append(self.figure())
            elif kind == "table":
                out.append(self.table())
            else:
                out.append(self.para())
        return out


def _style(rng: random.Random, family: str) -> dict[str, Any]:
    serif = rng.choice(_SERIF)
    sans = rng.choice(_SANS)
    body = {"bp_compact": rng.uniform(7.5, 9), "bp_floats": rng.uniform(8, 9.5), "bp_wide": rng.uniform(9.5, 11)}.get(
        family, rng.uniform(8.5, 10.5))  # fmt: skip
    return {
        "body_font": sans if family == "bp_compact" or rng.random() < 0.15 else serif,
        "head_font": sans if rng.random() < 0.7 else serif,
        "size": round(body, 1),
        "lh": round(rng.uniform(1.12, 1.4), 2),
        "indent": rng.choice((0, 0, 1, 1.5, 2)),
        "gap": rng.choice((0, 0.3, 0.6)),  # em between paragraphs
        "hyphens": rng.choice(("auto", "auto", "manual")),
        "head_size": round(body * rng.uniform(1.0, 1.35), 1),
        "head_case": rng.choice(("none", "none", "uppercase")),
        "gutter": rng.randint(14, 28),
    }


def _css(st: dict[str, Any], margins: tuple[int, int, int, int], size: tuple[int, int], columns: int) -> str:
    top, right, bottom, left = margins
    w, h = size
    return f"""
* {{ box-sizing: border-box; }}
body {{ margin: 0; width: {w}px; height: {h}px; overflow: hidden; background: white; color: #111;
  font-family: '{st["body_font"]}'; font-size: {st["size"]}pt; line-height: {st["lh"]}; }}
.frame {{ position: absolute; left: {left}px; top: {top}px; width: {w - left - right}px;
  height: {h - top - bottom}px; overflow: hidden; }}
.flow {{ column-count: {columns}; column-gap: {st["gutter"]}px; column-fill: auto; height: 100%; }}
p {{ margin: 0 0 {st["gap"]}em 0; text-align: justify; hyphens: {st["hyphens"]}; text-indent: {st["indent"]}em; }}
p.noindent, p.cap, p.ref, p.tnote, p.aff, p.auth, p.foot {{ text-indent: 0; }}
h2, h3 {{ font-family: '{st["head_font"]}'; font-size: {st["head_size"]}pt; margin: 0.7em 0 0.35em 0;
  text-transform: {st["head_case"]}; break-after: avoid; line-height: 1.2; }}
h3 {{ font-size: {st["size"]}pt; font-style: italic; font-weight: normal; }}
.list {{ margin: 0.4em 0 0.6em 0; break-inside: avoid; }}
.li {{ padding-left: 1.6em; text-indent: -1.3em; text-align: justify; hyphens: auto; margin-bottom: 0.15em; }}
.mk {{ display: inline-block; width: 1.3em; text-indent: 0; }}
.fig, .tab {{ break-inside: avoid; margin: 0.6em 0 0.8em 0; text-align: center; }}
.fig img {{ display: block; margin: 0 auto; }}
p.cap {{ font-size: {max(7.0, st["size"] - 1):.1f}pt; text-align: justify; margin: 0.4em 0 0.3em 0; line-height: 1.2; }}
table {{ border-collapse: collapse; margin: 0.2em auto; font-size: {max(6.5, st["size"] - 1.5):.1f}pt; width: 100%;
  line-height: 1.2; border-top: 1.2px solid #000; border-bottom: 1.2px solid #000; }}
th {{ border-bottom: 0.8px solid #000; font-weight: bold; padding: 2px 4px; text-align: center; }}
td {{ padding: 1px 4px; text-align: center; }} td.l {{ text-align: left; }}
p.tnote {{ font-size: {max(6.5, st["size"] - 1.5):.1f}pt; margin-top: 0.2em; }}
p.ref {{ font-size: {max(7.0, st["size"] - 1):.1f}pt; padding-left: 1.5em; text-indent: -1.5em; text-align: left;
  margin-bottom: 0.25em; }}
.span {{ column-span: all; }}
.run {{ position: absolute; font-size: {max(7.0, st["size"] - 1):.1f}pt; white-space: nowrap; }}
"""


def _html(css: str, loose: str, parts: list[str]) -> str:
    """The page: `loose` is what is placed absolutely (running heads, folios, notes), `parts` the text flow."""
    return (f"<html lang='en'><head><meta charset='utf-8'><style>{css}</style></head><body>{loose}"
            f'<div class="frame"><div class="flow">{"".join(parts)}</div></div></body></html>')  # fmt: skip


def _page_html(family: str, rng: random.Random, folder: Path) -> tuple[str, tuple[int, int], tuple[int, int, int, int]]:
    """-> the page's HTML, its size and the margins of the text frame (footnotes may sit under the frame)."""
    if family in _NEW:
        return _NEW[family](rng, folder)
    size = (612, 792) if rng.random() < 0.8 else (596, 842)
    w, h = size
    st = _style(rng, family)
    d = _Doc(rng, folder, family)
    journal = rng.choice(_JOURNALS)
    page_no = rng.randint(2, 24)
    if family == "bp_wide":
        side = rng.randint(72, 105)
        margins = (rng.randint(60, 80), side, rng.randint(55, 75), side)
    elif family == "bp_compact":
        margins = (rng.randint(38, 52), rng.randint(30, 40), rng.randint(35, 50), rng.randint(30, 40))
    else:
        margins = (rng.randint(48, 66), rng.randint(40, 58), rng.randint(45, 62), rng.randint(40, 58))
    top, right, bottom, left = margins
    columns = 1 if family == "bp_wide" else 2
    parts: list[str] = []
    if family == "bp_first":
        t = _title_words(rng, rng.randint(6, 16))
        authors = ", ".join(
            f"{rng.choice(_FIRST)} {rng.choice(_NAMES)}{_SUP[rng.randint(1, 3)]}" for _ in range(rng.randint(2, 8))
        )
        affs = "".join(
            f'<p data-gt="text" class="aff">{k + 1} {html.escape(rng.choice(_PLACES))}</p>'
            for k in range(rng.randint(1, 3))
        )
        ab_head = rng.random() < 0.6
        abstract = (('<h2 data-gt="title" class="nonum">Abstract</h2>' if ab_head else "")
                    + f'<p data-gt="text" class="noindent">{"" if ab_head else "<b>Abstract.</b> "}'
                    f"{_rng_words(rng, rng.randint(80, 180))}</p>")  # fmt: skip
        keywords = ", ".join(rng.sample(_VOCAB, rng.randint(3, 6)))
        kw = f'<p data-gt="text" class="noindent"><b>Keywords:</b> {keywords}</p>'
        tsize = round(st["size"] * rng.uniform(1.6, 2.2), 1)
        talign = rng.choice(("left", "center"))
        box = "border-top:1px solid #000;border-bottom:1px solid #000;padding:6px 0;" if rng.random() < 0.5 else ""
        parts.append(
            f'<div class="span" style="text-align:{talign};margin-bottom:1em">'
            f'<h1 data-gt="title" style="font-family:\'{st["head_font"]}\';font-size:{tsize}pt;line-height:1.2;'
            f'margin:0 0 0.6em 0;font-weight:bold">{html.escape(t)}</h1>'
            f'<p data-gt="text" class="auth" style="text-align:{talign};font-size:{st["size"] + 1}pt">{authors}</p>'
            f'<div style="font-size:{max(7.0, st["size"] - 1)}pt">'
            f'{affs.replace("class=", f"style=text-align:{talign} class=")}</div>'
            f'<div style="{box}margin-top:0.8em;text-align:justify">'
            f'{abstract}{kw if rng.random() < 0.6 else ""}</div></div>'
        )  # fmt: skip
        parts.append(d.heading(1))
        parts += d.body(rng.randint(8, 14))
    elif family == "bp_floats":
        top_item = d.figure(rng.uniform(1.8, 3.2)) if rng.random() < 0.6 else d.table()
        parts.append(top_item.replace('class="fig ', 'class="fig span ').replace('class="tab ', 'class="tab span '))
        parts += d.body(rng.randint(8, 14), ("para", "para", "para", "head", "list", "figure"))
    elif family == "bp_cont":
        parts.append(d.para((30, 120), "noindent"))  # runs on from the previous page
        parts += d.body(rng.randint(1, 4), ("para", "para", "head", "list"))
        if rng.random() < 0.7:
            parts.append('<h2 data-gt="title">' + rng.choice(("References", "REFERENCES", "Acknowledgments",
                                                                 "Conflicts of Interest")) + "</h2>")  # fmt: skip
            parts.append(d.refs(rng.randint(6, 22)))
    else:  # bp_wide, bp_compact
        parts += d.body(rng.randint(8, 16))
    if family == "bp_wide":
        for i, p in enumerate(parts):  # one column: figures narrower, centred
            parts[i] = p.replace("width:100%", f"width:{rng.randint(55, 85)}%")
    css = _css(st, margins, size, columns)
    running = []
    head_y = max(12, top - rng.randint(22, 34))
    left_txt = html.escape(
        rng.choice((journal, f"{rng.choice(_NAMES)} et al.", f"{journal} {rng.randint(2005, 2017)}"))
    )
    if rng.random() < 0.85:
        running.append(f'<div class="run" data-gt="header" style="left:{left}px;top:{head_y}px">{left_txt}</div>')
        if rng.random() < 0.6:
            running.append(f'<div class="run" data-gt="header" style="right:{right}px;top:{head_y}px">{page_no}</div>')
        if rng.random() < 0.4:
            y = head_y + 14
            running.append(
                f'<div style="position:absolute;left:{left}px;right:{right}px;top:{y}px;'
                'border-top:0.8px solid #000"></div>'
            )
    foot_y = h - bottom + rng.randint(14, 26)
    if rng.random() < 0.7:
        where = rng.choice((f"left:{w // 2 - 10}px", f"right:{right}px", f"left:{left}px"))
        running.append(f'<div class="run" data-gt="footer" style="{where};top:{foot_y}px">{page_no}</div>')
    if family == "bp_cont" and rng.random() < 0.6:  # footnotes under a short rule at the foot of the frame
        notes = "".join(
            f'<p data-gt="text" class="foot" style="margin:0 0 2px 0;text-align:justify">'
            f"{_SUP[k + 1]} {_rng_words(rng, rng.randint(8, 30))}</p>"
            for k in range(rng.randint(1, 2))
        )
        fs = max(6.5, st["size"] - 2)
        frame_h = h - top - bottom
        running.append(
            f'<div style="position:absolute;left:{left}px;width:{w - left - right}px;bottom:{bottom}px;'
            f'font-size:{fs}pt;line-height:1.2">'
            '<div style="width:30%;border-top:0.8px solid #000;margin-bottom:3px"></div>'
            f"{notes}</div>"
        )  # fmt: skip
        css = _css(st, (top, right, bottom + int(frame_h * 0.12), left), size, columns)
    page = _html(css, "".join(running), parts)
    return page, size, margins


# ---------------------------------------------------------------------------------------------------- new families
_GREEK = "αβγδλμσθφωΣΔ"
_DEPTS = ("Dept. of Electrical Engineering", "School of Computer Science", "Department of Physics",
          "Institute of Bioinformatics", "Dept. of Mechanical Engineering", "Department of Statistics")  # fmt: skip
_ROMAN = "I II III IV V VI VII VIII IX X".split()


def _formula(rng: random.Random) -> str:
    """A display equation's text in Unicode (italic symbols, operators, a fraction-like slash)."""
    v = [rng.choice("xyzfgpqn") + rng.choice(("", "ᵢ", "ⱼ", "ₜ", "₀")) for _ in range(rng.randint(2, 4))]
    g = rng.choice(_GREEK)
    pieces = [f"{v[0]} = ", rng.choice(("Σ ", "∫ ", "", "")), f"{g} · {v[1]}",
              rng.choice(("² ", " ", "³ ")), rng.choice(("+ ", "− ", "/ ")), f"{v[-1]}({rng.choice('tkx')})",
              rng.choice(("", f" + {rng.randint(1, 9)}", " − log " + rng.choice(_GREEK)))]  # fmt: skip
    return html.escape("".join(pieces))


def _equation(rng: random.Random, number: int) -> str:
    """A display equation with its number at the right margin (PubLayNet counts it as text here, as eval does)."""
    return (f'<div data-gt="text" class="eq"><i>{_formula(rng)}</i>'
            f'<span class="eqn">({number})</span></div>')  # fmt: skip


def _new_css(st: dict[str, Any], size: tuple[int, int], margins: tuple[int, int, int, int], columns: int) -> str:
    return (
        _css(st, margins, size, columns)
        + f"""
.eq {{ text-align: center; margin: 0.5em 0; position: relative; text-indent: 0; break-inside: avoid; }}
.eqn {{ position: absolute; right: 0; font-style: normal; }}
.authors {{ display: flex; justify-content: center; flex-wrap: wrap; gap: 6px 26px; margin: 0.4em 0 1em 0; }}
.acell {{ text-align: center; font-size: {st["size"]}pt; line-height: 1.25; }}
.ctr {{ text-align: center; text-indent: 0; }}
"""
    )


def _conf_page(rng: random.Random, folder: Path) -> tuple[str, tuple[int, int], tuple[int, int, int, int]]:
    size = (612, 792)
    st = _style(rng, "bp_conf")
    st.update(body_font=rng.choice(_SERIF), head_font=st["body_font"] if rng.random() < 0.7 else rng.choice(_SERIF),
              size=round(rng.uniform(8.5, 10), 1), lh=round(rng.uniform(1.1, 1.22), 2), gutter=rng.randint(12, 20),
              indent=1, gap=0, head_case="none")  # fmt: skip
    st["head_size"] = st["size"]
    margins = (rng.randint(50, 60), rng.randint(40, 50), rng.randint(50, 64), rng.randint(40, 50))
    d = _Doc(rng, folder, "bp_conf")
    n_sec = rng.randint(1, 4)
    n_eq = rng.randint(1, 12)

    def heading() -> str:
        nonlocal n_sec
        if rng.random() < 0.6:
            name = f"{_ROMAN[n_sec - 1]}. {rng.choice(_SECTIONS)}"
            n_sec += 1
            return f'<h2 data-gt="title" class="ctr" style="font-variant:small-caps;font-weight:normal">{name}</h2>'
        name = f"{'ABCDEF'[rng.randint(0, 5)]}. {_title_words(rng, rng.randint(2, 5))}"
        return f'<h3 data-gt="title">{html.escape(name)}</h3>'

    def table() -> str:
        t = d.table()
        cap = f"TABLE {_ROMAN[d.n_tab - 2]}<br>{_title_words(rng, rng.randint(3, 9)).upper()}"
        t = t.replace('class="cap">', 'class="cap ctr" style="font-variant:small-caps;text-align:center">', 1)
        return re.sub(r'(class="cap ctr"[^>]*>).*?</p>', lambda m: m.group(1) + cap + "</p>", t, count=1)

    def figure() -> str:
        return re.sub(r"<b>(Figure|Fig\.|FIGURE) (\d+)</b>.", r"Fig. \2.", d.figure(rng.uniform(1.2, 2.0)))

    parts: list[str] = []
    if rng.random() < 0.5:  # a first page
        cells = "".join(
            f'<div data-gt="text" class="acell">{rng.choice(_FIRST)} {rng.choice(_NAMES)}<br>'
            f"<i>{rng.choice(_DEPTS)}</i><br><i>{html.escape(rng.choice(_PLACES))}</i><br>"
            f"{rng.choice(_NAMES).lower()}@{rng.choice(('uni', 'inst', 'lab'))}.edu</div>"
            for _ in range(rng.randint(2, 4))
        )
        tsize = rng.randint(16, 22)
        title = html.escape(_title_words(rng, rng.randint(5, 11)))
        parts.append(
            f'<div class="span"><h1 data-gt="title" class="ctr" style="font-size:{tsize}pt;'
            f'font-weight:normal;line-height:1.15;margin:0 0 0.5em 0">{title}'
            f'</h1><div class="authors">{cells}</div></div>'
        )  # fmt: skip
        parts.append(f'<p data-gt="text" class="noindent" style="font-weight:bold;font-size:{st["size"] - 0.5}pt">'
                     f"<i>Abstract</i>—{_rng_words(rng, rng.randint(90, 170))}</p>")  # fmt: skip
        if rng.random() < 0.7:
            kws = ", ".join(rng.sample(_VOCAB, rng.randint(4, 7)))
            parts.append(f'<p data-gt="text" class="noindent" style="font-weight:bold;font-size:{st["size"] - 0.5}pt">'
                         f"<i>Index Terms</i>—{kws}</p>")  # fmt: skip
        n_sec = 1
        parts += [heading(), d.para()]
    else:
        parts.append(d.para((30, 120), "noindent"))
    for _ in range(rng.randint(6, 12)):
        k = rng.random()
        if k < 0.15:
            parts += [heading(), d.para()]
        elif k < 0.3:
            parts.append(_equation(rng, n_eq))
            n_eq += 1
        elif k < 0.4:
            parts.append(figure())
        elif k < 0.48:
            parts.append(table())
        elif k < 0.53:
            parts.append(d.list_())
        else:
            parts.append(d.para((30, 130)))
    if rng.random() < 0.4:
        parts.append(
            '<h2 data-gt="title" class="ctr" style="font-variant:small-caps;font-weight:normal">References</h2>'
        )
        parts.append(d.refs(rng.randint(4, 14)))
    css = _new_css(st, size, margins, 2)
    running = ""
    if rng.random() < 0.5:
        y = size[1] - margins[2] + 18
        running = (f'<div class="run" data-gt="footer" style="left:{size[0] // 2 - 8}px;top:{y}px">'
                   f"{rng.randint(100, 999)}</div>")  # fmt: skip
    page = _html(css, running, parts)
    return page, size, margins


def _preprint_page(rng: random.Random, folder: Path) -> tuple[str, tuple[int, int], tuple[int, int, int, int]]:
    size = (612, 792) if rng.random() < 0.7 else (596, 842)
    w, h = size
    st = _style(rng, "bp_preprint")
    st.update(body_font=rng.choice(_SERIF), size=round(rng.uniform(9.5, 11), 1), lh=round(rng.uniform(1.15, 1.35), 2),
              head_font=rng.choice(_SERIF + _SANS), indent=rng.choice((1.5, 2)), gap=0, head_case="none")  # fmt: skip
    st["head_size"] = round(st["size"] * rng.uniform(1.1, 1.3), 1)
    side = rng.randint(95, 125)
    top, bottom = rng.randint(70, 95), rng.randint(70, 95)
    d = _Doc(rng, folder, "bp_preprint")
    sec = rng.randint(1, 5)
    sub = 0
    n_eq = rng.randint(1, 20)

    def heading(top: bool = False) -> str:
        nonlocal sec, sub
        if top or rng.random() < 0.5:
            sec, sub = sec + 1, 0
            return f'<h2 data-gt="title">{sec}&nbsp;&nbsp;{html.escape(rng.choice(_SECTIONS))}</h2>'
        sub += 1
        name = html.escape(_title_words(rng, rng.randint(2, 5)))
        return f'<h2 data-gt="title" style="font-size:{st["size"]}pt">{sec}.{sub}&nbsp;&nbsp;{name}</h2>'

    parts: list[str] = []
    if rng.random() < 0.4:
        names = ", ".join(f"{rng.choice(_FIRST)} {rng.choice(_NAMES)}{_SUP[k + 1]}" for k in range(rng.randint(2, 5)))
        affs = "".join(
            f'<p data-gt="text" class="ctr" style="font-size:{st["size"] - 1}pt;margin:0">{_SUP[k + 1]}'
            f"{html.escape(rng.choice(_DEPTS))}, {html.escape(rng.choice(_PLACES))}</p>"
            for k in range(rng.randint(1, 3))
        )
        parts.append(
            f'<h1 data-gt="title" class="ctr" style="font-size:{round(st["size"] * 1.6, 1)}pt;line-height:1.2;'
            f'margin:0 0 0.8em 0">{html.escape(_title_words(rng, rng.randint(5, 12)))}</h1>'
            f'<p data-gt="text" class="ctr" style="margin:0 0 0.4em 0">{names}</p>{affs}'
            f'<h2 data-gt="title" class="ctr" style="margin-top:1.2em">Abstract</h2>'
            f'<p data-gt="text" style="margin:0 {rng.randint(25, 45)}px 1em;'
            f'font-size:{st["size"] - 0.5}pt;text-indent:0">'
            f"{_rng_words(rng, rng.randint(80, 150))}</p>"
        )  # fmt: skip
        sec = 0
        parts.append(heading(top=True))
    else:
        parts.append(d.para((30, 110), "noindent"))
    for i in range(rng.randint(5, 10)):
        k = rng.random()
        if k < 0.2:
            parts += [heading(), d.para((40, 120), "noindent")]
        elif k < 0.38:
            parts.append(_equation(rng, n_eq))
            n_eq += 1
            parts.append(d.para((20, 80), "noindent"))
        elif k < 0.48:
            kind = rng.choice(("Theorem", "Lemma", "Definition", "Proposition"))
            parts.append(f'<p data-gt="text" class="noindent"><b>{kind} {rng.randint(1, 9)}.</b> '
                         f"<i>{_rng_words(rng, rng.randint(20, 60))}</i></p>")  # fmt: skip
        elif k < 0.56:
            parts.append(d.list_().replace('class="list"', 'class="list" style="margin-left:0"'))
        elif k < 0.7 and i < 3:  # floats early: one that does not fit the page leaves a blank foot
            if k < 0.64:
                parts.append(d.figure(rng.uniform(1.3, 2.2)).replace("width:100%", f"width:{rng.randint(50, 80)}%"))
            else:
                parts.append(d.table())
        else:
            parts.append(d.para((40, 150)))
    notes = ""
    foot_frac = 0.0
    if rng.random() < 0.6:
        notes = "".join(
            f'<p data-gt="text" class="foot" style="margin:0 0 2px 0;text-align:justify">'
            f"{_SUP[k + 1]} {_rng_words(rng, rng.randint(8, 28))}</p>"
            for k in range(rng.randint(1, 3))
        )
        notes = (f'<div style="position:absolute;left:{side}px;width:{w - 2 * side}px;bottom:{bottom}px;'
                 f'font-size:{max(7.0, st["size"] - 2)}pt;line-height:1.2">'
                 '<div style="width:35%;border-top:0.8px solid #000;margin-bottom:3px"></div>'
                 f"{notes}</div>")  # fmt: skip
        foot_frac = 0.14
    margins = (top, side, bottom, side)
    css = _new_css(st, size, (top, side, bottom + int((h - top - bottom) * foot_frac), side), 1)
    foot = ""
    if rng.random() < 0.8:
        foot = (f'<div class="run" data-gt="footer" style="left:{w // 2 - 6}px;top:{h - bottom + 28}px">'
                f"{rng.randint(2, 40)}</div>")  # fmt: skip
    if rng.random() < 0.3:
        foot += (f'<div class="run" data-gt="header" style="left:{side}px;top:{top - 30}px;font-style:italic">'
                 f"{html.escape(_title_words(rng, 4))}</div>")  # fmt: skip
    page = _html(css, foot + notes, parts)
    return page, size, margins


def _bulletin_page(rng: random.Random, folder: Path) -> tuple[str, tuple[int, int], tuple[int, int, int, int]]:
    size = (612, 792) if rng.random() < 0.75 else (596, 842)
    w, h = size
    st = _style(rng, "bp_bulletin")
    st.update(body_font=rng.choice(_SERIF + _SANS), head_font=rng.choice(_SANS), size=round(rng.uniform(7.5, 9), 1),
              lh=round(rng.uniform(1.15, 1.35), 2), gutter=rng.randint(11, 18), gap=rng.choice((0, 0.5)),
              indent=rng.choice((0, 1)), hyphens="auto")  # fmt: skip
    st["head_size"] = round(st["size"] * rng.uniform(1.05, 1.3), 1)
    side = rng.randint(30, 44)
    band = rng.randint(26, 36)
    top = band + rng.randint(14, 24)
    bottom = rng.randint(34, 48)
    margins = (top, side, bottom, side)
    d = _Doc(rng, folder, "bp_bulletin")
    colour = rng.choice(("#1f4e79", "#7a1f2b", "#2e6b3a", "#444444", "#5b2c83"))
    parts: list[str] = []
    if rng.random() < 0.7:
        tsize = rng.randint(17, 26)
        title = html.escape(_title_words(rng, rng.randint(4, 9)))
        parts.append(
            f'<div class="span" style="margin-bottom:0.8em">'
            f'<h1 data-gt="title" style="font-family:\'{st["head_font"]}\';font-size:{tsize}pt;'
            f'line-height:1.1;margin:0 0 0.3em 0;color:{colour}">{title}</h1>'
            f'<p data-gt="text" class="noindent" style="font-size:{st["size"] + 2}pt;font-style:italic;'
            f'line-height:1.25;text-align:left">{_rng_words(rng, rng.randint(20, 45))}</p>'
            f'<p data-gt="text" class="noindent" style="font-size:{st["size"]}pt;font-weight:bold;margin-top:0.3em">'
            f"By {rng.choice(_FIRST)} {rng.choice(_NAMES)} and {rng.choice(_FIRST)} {rng.choice(_NAMES)}</p></div>"
        )  # fmt: skip
    ragged = rng.random() < 0.5
    for i in range(rng.randint(9, 16)):
        k = rng.random()
        if i and k < 0.2:
            head = html.escape(_title_words(rng, rng.randint(2, 5)))
            parts.append(f'<h2 data-gt="title" style="margin:0.6em 0 0.2em 0">{head}</h2>')
            parts.append(d.para((30, 90)))
        elif i and k < 0.32:
            parts.append(d.figure(rng.uniform(0.9, 1.6)))
        elif i and k < 0.4:
            head = html.escape(_title_words(rng, rng.randint(2, 4)))
            body = _rng_words(rng, rng.randint(25, 60))
            parts.append(
                f'<div style="background:#e8ecf2;padding:6px 7px;margin:0.6em 0;break-inside:avoid">'
                f'<h2 data-gt="title" style="margin:0 0 0.3em 0;color:{colour}">{head}</h2>'
                f'<p data-gt="text" class="noindent" style="text-align:left">{body}</p></div>'
            )  # fmt: skip
        elif i and k < 0.46:
            parts.append(d.list_())
        elif i and k < 0.5:
            parts.append(d.table())
        else:
            parts.append(d.para((30, 110)))
    css = _new_css(st, size, margins, 3)
    if ragged:
        css += "p { text-align: left; }"
    name = rng.choice(("Science Bulletin", "Research News", "Health Matters", "The Lab Letter", "Field Notes"))
    running = (f'<div style="position:absolute;left:0;top:0;width:{w}px;height:{band}px;background:{colour}"></div>'
               f'<div class="run" data-gt="header" style="left:{side}px;top:{band // 2 - 7}px;color:white;'
               f'font-size:11pt;font-weight:bold">{name}</div>'
               f'<div class="run" data-gt="header" style="right:{side}px;top:{band // 2 - 6}px;color:white">'
               f"Issue {rng.randint(1, 60)} · {rng.choice(('Spring', 'Autumn', 'May', 'June'))} "
               f"{rng.randint(2008, 2019)}</div>")  # fmt: skip
    if rng.random() < 0.7:
        running += (f'<div class="run" data-gt="footer" style="right:{side}px;top:{h - bottom + 16}px">'
                    f"{rng.randint(2, 30)}</div>")  # fmt: skip
    page = _html(css, running, parts)
    return page, size, margins


# ---------------------------------------------------------------------------------------------------- session 11
# Four more styles (`S11_FAMILIES`), written and scored before any rule was changed against them.
_ZH_WORDS = (
    "研究 方法 结果 分析 模型 数据 实验 系统 算法 性能 提出 基于 网络 特征 学习 训练 样本 检测 识别 图像 结构 参数 "
    "优化 误差 精度 评价 指标 表明 显著 提高 降低 影响 因素 条件 过程 控制 设计 实现 应用 领域 问题 目标 相关 工作 "
    "传统 本文 采用 通过 进行 对比 验证 有效 稳定 不同 情况 下 的 了 和 在 中 对 与 及 其 该 并 可 以 为 是 将 "
    "材料 温度 浓度 反应 细胞 患者 治疗 临床 组 差异 统计学 意义 指数 变化 趋势 区域 空间 时间 分布 规律 机制"
).split()
_ZH_SECTIONS = ("引言", "相关工作", "研究方法", "实验设计", "结果与分析", "讨论", "结论", "数据来源", "模型构建",
                "材料与方法", "统计分析", "实验结果")  # fmt: skip
_ZH_NAMES = "王伟 李娜 张敏 刘洋 陈静 杨帆 赵磊 黄强 周丽 吴军 徐涛 孙悦".split()
_ZH_PLACES = ("清华大学 计算机科学与技术系，北京 100084", "复旦大学 生命科学学院，上海 200433",
              "浙江大学 信息与电子工程学院，杭州 310027", "中国科学院 自动化研究所，北京 100190",
              "武汉大学 遥感信息工程学院，武汉 430079", "中山大学 医学院，广州 510080")  # fmt: skip
_ZH_JOURNALS = ("计算机学报", "中国科学：信息科学", "自动化学报", "中华医学杂志", "电子学报", "软件学报")


def _zh_words(rng: random.Random, n: int) -> str:
    """`n` Chinese words run together, commas and full stops between clauses, a number now and then."""
    out = ""
    for i in range(n):
        out += rng.choice(_ZH_WORDS)
        if rng.random() < 0.04:
            out += f"{rng.uniform(0, 100):.1f}%"
        if i < n - 1 and rng.random() < 0.1:
            out += "，"
        elif i < n - 1 and rng.random() < 0.04:
            out += "。"
    return html.escape(out.rstrip("，。") + "。")


def _nested_list(rng: random.Random, depth: int = 0, style: str | None = None) -> str:
    """A list whose items may hold a list of their own (one level), markers as text so their ink is in the box."""
    style = style or rng.choice(("bullet", "number", "letter", "dash", "check"))
    sub_style = {"number": "letter", "letter": "roman", "dash": "bullet", "check": "dash"}.get(style, "circle")
    items = []
    for i in range(rng.randint(2, 5) if depth == 0 else rng.randint(2, 3)):
        mark = {"bullet": "•", "number": f"{i + 1}.", "letter": f"{'abcdef'[i]})",
                "roman": f"{'i ii iii iv v'.split()[i]}.", "dash": "–", "circle": "◦", "check": "■"}[style]  # fmt: skip
        words = rng.randint(3, 9) if rng.random() < 0.4 else rng.randint(10, 35)
        inner = ""
        if depth == 0 and rng.random() < 0.3:
            inner = _nested_list(rng, 1, sub_style)
        items.append(f'<div class="li"><span class="mk">{mark}</span>{_rng_words(rng, words)}{inner}</div>')
    attr = ' data-gt="list"' if depth == 0 else ""
    return f'<div{attr} class="list{" sub" if depth else ""}">{"".join(items)}</div>'


def _journal_page(rng: random.Random, folder: Path) -> tuple[str, tuple[int, int], tuple[int, int, int, int]]:
    """A journal article page with an article-information sidebar beside the body and, on a first page, a wide
    abstract box across the page (structured: Background / Methods / Results / Conclusions run-in heads)."""
    size = (612, 792) if rng.random() < 0.7 else (596, 842)
    h = size[1]
    st = _style(rng, "bp_journal")
    st.update(size=round(rng.uniform(8, 9.5), 1), gap=rng.choice((0, 0.4)))
    side = rng.randint(34, 50)
    top, bottom = rng.randint(46, 62), rng.randint(42, 58)
    margins = (top, side, bottom, side)
    d = _Doc(rng, folder, "bp_journal")
    colour = rng.choice(("#0b5394", "#38761d", "#990000", "#333333"))
    fill = rng.choice(("#eef2f7", "#f3efe6", "#efefef", "white"))
    sw = rng.randint(100, 135)
    small = max(6.5, st["size"] - 1.5)
    first = rng.random() < 0.6
    top_html = ""
    if first:
        title = html.escape(_title_words(rng, rng.randint(6, 14)))
        authors = ", ".join(f"{rng.choice(_FIRST)} {rng.choice(_NAMES)}{_SUP[rng.randint(1, 3)]}"
                            for _ in range(rng.randint(2, 7)))  # fmt: skip
        heads = rng.choice((("Background", "Methods", "Results", "Conclusions"), ("Objective", "Design", "Results",
                                                                                   "Conclusion")))  # fmt: skip
        structured = rng.random() < 0.6
        if structured:
            body = "".join(f'<p data-gt="text" class="noindent" style="margin:0 0 0.3em 0"><b>{k}:</b> '
                           f"{_rng_words(rng, rng.randint(20, 45))}</p>" for k in heads)  # fmt: skip
        else:
            body = f'<p data-gt="text" class="noindent">{_rng_words(rng, rng.randint(90, 170))}</p>'
        border = rng.choice((f"border:1px solid {colour};", f"border-left:4px solid {colour};", ""))
        top_html = (
            f'<h1 data-gt="title" style="font-family:\'{st["head_font"]}\';font-size:{rng.randint(15, 21)}pt;'
            f'line-height:1.2;margin:0 0 0.4em 0;color:{colour}">{title}</h1>'
            f'<p data-gt="text" class="noindent" style="font-size:{st["size"] + 0.5}pt;margin:0 0 0.8em 0">'
            f"{authors}</p>"
            f'<div style="background:{fill};{border}padding:7px 9px;margin:0 0 0.9em 0">'
            f'<h2 data-gt="title" style="margin:0 0 0.3em 0;color:{colour}">Abstract</h2>{body}</div>'
        )  # fmt: skip
    # the sidebar: article information on a first page, key points and abbreviations on the others
    if first:
        dates = "<br>".join(f"{k} {rng.randint(1, 28)} {rng.choice(('March', 'May', 'July', 'October'))} "
                            f"{rng.randint(2012, 2018)}" for k in ("Received", "Revised", "Accepted"))  # fmt: skip
        kws = "<br>".join(rng.sample(_VOCAB, rng.randint(3, 6)))
        bits = [
            f'<h2 data-gt="title" style="font-size:{st["size"]}pt;margin:0 0 0.3em 0">Article history</h2>'
            f'<p data-gt="text" class="noindent" style="text-align:left">{dates}</p>',
            f'<h2 data-gt="title" style="font-size:{st["size"]}pt;margin:0.8em 0 0.3em 0">Keywords</h2>'
            f'<p data-gt="text" class="noindent" style="text-align:left">{kws}</p>',
            f'<p data-gt="text" class="noindent" style="text-align:left;margin-top:0.8em">*Correspondence: '
            f"{rng.choice(_NAMES).lower()}@{rng.choice(('med', 'uni', 'inst'))}.org</p>",
        ]
    else:
        bits = [
            f'<h2 data-gt="title" style="font-size:{st["size"]}pt;margin:0 0 0.3em 0;color:{colour}">Key points</h2>'
            + _nested_list(rng, 1, rng.choice(("bullet", "dash"))).replace('class="list sub"', 'data-gt="list" '
                                                                             'class="list"'),
            f'<h2 data-gt="title" style="font-size:{st["size"]}pt;margin:0.8em 0 0.3em 0">Abbreviations</h2>'
            f'<p data-gt="text" class="noindent" style="text-align:left">'
            + "; ".join(f"{''.join(rng.sample('ABCDEFHMNPRST', rng.randint(2, 4)))}, {rng.choice(_VOCAB)} "
                        f"{rng.choice(_VOCAB)}" for _ in range(rng.randint(3, 6))) + "</p>",
        ]  # fmt: skip
    sidebar = "".join(bits[: rng.randint(2, len(bits))])
    sidebar_css = rng.choice(("border-right:0.8px solid #999;padding-right:8px;", f"background:{fill};padding:6px;"))
    columns = rng.choice((1, 2, 2))
    parts = [d.para((30, 120), "noindent")] if not first else [d.heading(1), d.para()]
    parts += d.body(rng.randint(5, 10), ("para", "para", "para", "head", "list", "figure", "table"))
    css = _new_css(st, size, margins, columns) + (
        f".frame {{ display:flex; flex-direction:column; }}"
        f".row {{ flex:1; min-height:0; display:flex; gap:{rng.randint(12, 20)}px; }}"
        f".side {{ width:{sw}px; flex:none; overflow:hidden; font-size:{small:.1f}pt; line-height:1.25; {sidebar_css}"
        f"align-self:flex-start; }} .side .li {{ text-align:left; }}"
        f".row .flow {{ flex:1; min-width:0; overflow:hidden; }}"
    )  # fmt: skip
    running = (f'<div class="run" data-gt="header" style="left:{side}px;top:{top - 26}px;color:{colour}">'
               f"{html.escape(rng.choice(_JOURNALS))} ({rng.randint(2010, 2019)}) {rng.randint(1, 40)}:"
               f"{rng.randint(10, 900)}</div>")  # fmt: skip
    if rng.random() < 0.8:
        running += (f'<div class="run" data-gt="footer" style="right:{side}px;top:{h - bottom + 16}px">'
                    f"Page {rng.randint(2, 14)} of {rng.randint(14, 20)}</div>")  # fmt: skip
    page = (f"<html lang='en'><head><meta charset='utf-8'><style>{css}</style></head><body>{running}"
            f'<div class="frame"><div>{top_html}</div><div class="row"><div class="side">{sidebar}</div>'
            f'<div class="flow">{"".join(parts)}</div></div></div></body></html>')  # fmt: skip
    return page, size, margins


def _report_page(rng: random.Random, folder: Path) -> tuple[str, tuple[int, int], tuple[int, int, int, int]]:
    """A technical or policy report page: numbered section headings, many numbered/bulleted lists (some nested,
    some of one-line items), a shaded call-out, now and then a table; one column or two."""
    size = (612, 792) if rng.random() < 0.75 else (596, 842)
    h = size[1]
    st = _style(rng, "bp_report")
    st.update(body_font=rng.choice(_SANS + _SERIF), size=round(rng.uniform(8.5, 10.5), 1), indent=0,
              gap=rng.choice((0.5, 0.7)), head_case="none")  # fmt: skip
    st["head_size"] = round(st["size"] * rng.uniform(1.1, 1.4), 1)
    side = rng.randint(55, 85)
    top, bottom = rng.randint(60, 80), rng.randint(55, 75)
    margins = (top, side, bottom, side)
    d = _Doc(rng, folder, "bp_report")
    colour = rng.choice(("#1f4e79", "#c55a11", "#375623", "#222222"))
    sec = rng.randint(1, 6)
    sub = 0

    def heading() -> str:
        nonlocal sec, sub
        if rng.random() < 0.5:
            sec, sub = sec + 1, 0
            return (f'<h2 data-gt="title" style="color:{colour}">{sec}&nbsp;&nbsp;'
                    f"{html.escape(rng.choice(_SECTIONS))}</h2>")  # fmt: skip
        sub += 1
        return (f'<h3 data-gt="title" style="font-style:normal;font-weight:bold">{sec}.{sub}&nbsp;'
                f"{html.escape(_title_words(rng, rng.randint(2, 5)))}</h3>")  # fmt: skip

    parts: list[str] = [d.para((25, 90), "noindent")]
    for _ in range(rng.randint(7, 12)):
        k = rng.random()
        if k < 0.2:
            parts += [heading(), d.para((25, 80))]
        elif k < 0.5:
            if rng.random() < 0.5:  # a lead-in sentence ending in a colon, then the list
                parts.append(f'<p data-gt="text">{_rng_words(rng, rng.randint(8, 25)).rstrip(".")}:</p>')
            parts.append(_nested_list(rng))
        elif k < 0.6:
            parts.append(
                f'<div style="background:#eef1f5;border-left:3px solid {colour};padding:5px 8px;margin:0.5em 0;'
                f'break-inside:avoid"><p data-gt="text" class="noindent">'
                f'<b>{rng.choice(("Note", "Key finding", "Box 1"))}:</b> '
                f"{_rng_words(rng, rng.randint(15, 45))}</p></div>"
            )  # fmt: skip
        elif k < 0.68:
            parts.append(d.table())
        elif k < 0.72:
            parts.append(d.figure(rng.uniform(1.4, 2.4)).replace("width:100%", f"width:{rng.randint(60, 90)}%"))
        else:
            parts.append(d.para((25, 110)))
    columns = 1 if rng.random() < 0.65 else 2
    css = _new_css(st, size, margins, columns) + (
        ".list { margin:0.3em 0 0.6em 0.6em; break-inside:avoid; } .li { text-align:left; }"
        ".sub { margin:0.2em 0 0.2em 0.2em; }"
    )
    name = rng.choice(("Annual Report", "Technical Report TR-", "Evaluation Report", "Policy Brief"))
    running = (
        f'<div class="run" data-gt="header" style="left:{side}px;top:{top - 30}px;color:#666">'
        f"{name}{rng.randint(10, 99) if name.endswith('-') else ' ' + str(rng.randint(2012, 2020))}</div>"
    )
    running += (f'<div style="position:absolute;left:{side}px;right:{side}px;top:{top - 14}px;'
                f'border-top:1px solid {colour}"></div>')  # fmt: skip
    running += (f'<div class="run" data-gt="footer" style="{rng.choice(("left", "right"))}:{side}px;'
                f'top:{h - bottom + 20}px">{rng.randint(2, 60)}</div>')  # fmt: skip
    page = _html(css, running, parts)
    return page, size, margins


def _chapter_page(rng: random.Random, folder: Path) -> tuple[str, tuple[int, int], tuple[int, int, int, int]]:
    """A book chapter page: one wide-leaded serif column, indented paragraphs without space between them, block
    quotations, a chapter opening (label, title, epigraph) on some pages, numbered footnotes under a short rule."""
    size = (612, 792) if rng.random() < 0.6 else (596, 842)
    w, h = size
    st = _style(rng, "bp_chapter")
    st.update(body_font=rng.choice(_SERIF), head_font=rng.choice(_SERIF), size=round(rng.uniform(9.5, 11.5), 1),
              lh=round(rng.uniform(1.3, 1.5), 2), indent=rng.choice((1.2, 1.5, 2)), gap=0, head_case="none",
              hyphens="auto")  # fmt: skip
    st["head_size"] = round(st["size"] * 1.1, 1)
    inner, outer = rng.randint(80, 105), rng.randint(62, 90)
    left, right = (inner, outer) if rng.random() < 0.5 else (outer, inner)
    top, bottom = rng.randint(70, 90), rng.randint(62, 80)
    d = _Doc(rng, folder, "bp_chapter")
    n_note = rng.randint(1, 30)
    parts: list[str] = []

    def para(words: tuple[int, int] = (40, 150), cls: str = "") -> str:
        nonlocal n_note
        text = _rng_words(rng, rng.randint(*words))
        if rng.random() < 0.35:  # a footnote mark after a word
            cut = text.find(" ", len(text) // 2)
            if cut > 0:
                text = text[:cut] + "".join(_SUP[int(c)] for c in str(n_note)) + text[cut:]
                n_note += 1
        return f'<p data-gt="text" class="{cls}">{text}</p>'

    opening = rng.random() < 0.35
    if opening:
        num = rng.randint(1, 14)
        label = rng.choice((f"Chapter {num}", f"CHAPTER {num}", f"{num}"))
        title = html.escape(_title_words(rng, rng.randint(2, 7)))
        parts.append(
            f'<div style="margin:{rng.randint(20, 70)}px 0 1.4em 0;text-align:{rng.choice(("left", "center"))}">'
            f'<h1 data-gt="title" style="font-weight:normal;font-size:{rng.randint(17, 24)}pt;line-height:1.25;'
            f'margin:0"><span style="font-size:0.6em;letter-spacing:0.1em">{label}</span><br>{title}</h1></div>'
        )  # fmt: skip
        if rng.random() < 0.6:
            parts.append(
                f'<p data-gt="text" class="noindent" style="margin:0 0 0.3em 35%;font-style:italic;text-align:left;'
                f'font-size:{st["size"] - 1}pt">{_rng_words(rng, rng.randint(12, 30))}<br>'
                f"<span style=\"font-style:normal\">— {rng.choice(_FIRST)} {rng.choice(_NAMES)}</span></p>"
                '<div style="height:1.2em"></div>'
            )  # fmt: skip
        parts.append(para((40, 120), "noindent"))
    else:
        parts.append(para((20, 110), "noindent"))
    for _ in range(rng.randint(4, 9)):
        k = rng.random()
        if k < 0.15:
            parts.append(f'<h2 data-gt="title" style="font-style:italic;font-weight:normal;margin:1em 0 0.4em 0">'
                         f"{html.escape(_title_words(rng, rng.randint(2, 6)))}</h2>")  # fmt: skip
            parts.append(para((40, 120), "noindent"))
        elif k < 0.3:
            parts.append(f'<p data-gt="text" class="noindent" style="margin:0.6em 2.2em;font-size:{st["size"] - 1}pt">'
                         f"{_rng_words(rng, rng.randint(25, 70))}</p>")  # fmt: skip
        elif k < 0.36:
            parts.append(d.figure(rng.uniform(1.4, 2.2)).replace("width:100%", f"width:{rng.randint(55, 80)}%"))
        else:
            parts.append(para())
    notes = ""
    foot_frac = 0.0
    if rng.random() < 0.7:
        first = rng.randint(1, 30)
        notes = "".join(
            f'<p data-gt="text" class="foot" style="margin:0 0 2px 0;text-align:justify;padding-left:1.2em;'
            f'text-indent:-1.2em">{first + k}&nbsp;&nbsp;{_rng_words(rng, rng.randint(6, 40))}</p>'
            for k in range(rng.randint(1, 4))
        )
        notes = (f'<div style="position:absolute;left:{left}px;width:{w - left - right}px;bottom:{bottom}px;'
                 f'font-size:{max(7.0, st["size"] - 2)}pt;line-height:1.25">'
                 f'<div style="width:{rng.randint(20, 40)}%;border-top:0.6px solid #000;margin-bottom:4px"></div>'
                 f"{notes}</div>")  # fmt: skip
        foot_frac = 0.2
    css = _new_css(st, size, (top, right, bottom + int((h - top - bottom) * foot_frac), left), 1)
    running = ""
    if not opening:
        head = html.escape(_title_words(rng, rng.randint(2, 5)))
        pos = rng.choice(("center", "left", "right"))
        style = "font-variant:small-caps;letter-spacing:0.05em" if rng.random() < 0.5 else "font-style:italic"
        where = {"center": f"left:{w // 2 - 60}px", "left": f"left:{left}px", "right": f"right:{right}px"}[pos]
        running = f'<div class="run" data-gt="header" style="{where};top:{top - 32}px;{style}">{head}</div>'
        no = rng.randint(12, 340)
        if pos == "center" or rng.random() < 0.5:
            side_no = f"left:{left}px" if rng.random() < 0.5 else f"right:{right}px"
            running += f'<div class="run" data-gt="header" style="{side_no};top:{top - 32}px">{no}</div>'
        else:
            running += (
                f'<div class="run" data-gt="footer" style="left:{w // 2 - 8}px;top:{h - bottom + 24}px">{no}</div>'
            )
    else:
        running = (f'<div class="run" data-gt="footer" style="left:{w // 2 - 8}px;top:{h - bottom + 24}px">'
                   f"{rng.randint(1, 300)}</div>")  # fmt: skip
    page = _html(css, running + notes, parts)
    return page, size, (top, right, bottom, left)


def _zh_paper_page(rng: random.Random, folder: Path) -> tuple[str, tuple[int, int], tuple[int, int, int, int]]:
    """A two-column Chinese journal paper (中文论文): a first page with 标题 / 作者 / 单位 / 摘要 / 关键词 across
    the page, `1 引言`, `2.1 数据集` headings, 图 1 / 表 1 captions, （1） lists, [1] references."""
    size = (595, 842) if rng.random() < 0.7 else (612, 792)
    w, h = size
    st = _style(rng, "bp_zh")
    font = rng.choice(("WenQuanYi Micro Hei", "WenQuanYi Zen Hei"))
    st.update(body_font=font, head_font=font, size=round(rng.uniform(8, 9.5), 1), lh=round(rng.uniform(1.3, 1.6), 2),
              indent=2, gap=0, head_case="none", gutter=rng.randint(14, 24))  # fmt: skip
    st["head_size"] = round(st["size"] * rng.uniform(1.0, 1.2), 1)
    margins = (rng.randint(55, 75), rng.randint(42, 60), rng.randint(50, 68), rng.randint(42, 60))
    top, right, bottom, left = margins
    d = _Doc(rng, folder, "bp_zh")
    sec, sub = rng.randint(0, 3), 0
    n_fig, n_tab = rng.randint(1, 6), rng.randint(1, 5)

    def para(n: tuple[int, int] = (40, 130), cls: str = "") -> str:
        return f'<p data-gt="text" class="{cls}">{_zh_words(rng, rng.randint(*n))}</p>'

    def heading(first: bool = False) -> str:
        nonlocal sec, sub
        if first or rng.random() < 0.5:
            sec, sub = sec + 1, 0
            return f'<h2 data-gt="title">{sec}&nbsp;&nbsp;{rng.choice(_ZH_SECTIONS)}</h2>'
        sub += 1
        name = "".join(rng.sample(_ZH_WORDS[:40], rng.randint(2, 4)))
        return f'<h3 data-gt="title" style="font-style:normal;font-weight:bold">{sec}.{sub}&nbsp;&nbsp;{name}</h3>'

    def figure() -> str:
        nonlocal n_fig
        f = d.figure(rng.uniform(1.2, 2.0))
        cap = f"图{n_fig}&nbsp;&nbsp;{_zh_words(rng, rng.randint(3, 12)).rstrip('。')}"
        n_fig += 1
        return re.sub(r'(<p data-gt="figure_caption" class="cap">).*?</p>', lambda m: m.group(1) + cap + "</p>", f)

    def table() -> str:
        nonlocal n_tab
        t = d.table()
        cap = f"表{n_tab}&nbsp;&nbsp;{_zh_words(rng, rng.randint(3, 10)).rstrip('。')}"
        n_tab += 1
        t = re.sub(r"<th>[^<]*</th>", lambda m: f"<th>{''.join(rng.sample(_ZH_WORDS[:40], 2))}</th>", t)
        t = re.sub(r"<td class='l'>[^<]*</td>", lambda m: f"<td class='l'>{rng.choice(_ZH_WORDS[:40])}</td>", t)
        t = re.sub(r'(<p data-gt="text" class="tnote">).*?</p>', lambda m: m.group(1) + "注：" +
                   _zh_words(rng, rng.randint(5, 20)) + "</p>", t)  # fmt: skip
        return re.sub(r'(<p data-gt="table_caption" class="cap">).*?</p>', lambda m: m.group(1) + cap + "</p>", t)

    def zlist() -> str:
        items = "".join(
            f'<div class="li"><span class="mk">{mk}</span>{_zh_words(rng, rng.randint(6, 30))}</div>'
            for mk in [rng.choice(("（{}）", "{}）", "{}.")).format(i + 1) for i in range(rng.randint(2, 5))]
        )
        return f'<div data-gt="list" class="list">{items}</div>'

    def refs() -> str:
        out = []
        for i in range(rng.randint(4, 12)):
            who = ", ".join(rng.sample(_ZH_NAMES, rng.randint(1, 3)))
            name = _zh_words(rng, rng.randint(4, 9)).rstrip("。")
            out.append(f'<p data-gt="text" class="ref">[{i + 1}] {who}. {name}'
                       f"[J]. {rng.choice(_ZH_JOURNALS)}, {rng.randint(2008, 2020)}, {rng.randint(10, 45)}"
                       f"({rng.randint(1, 12)}): {rng.randint(1, 900)}-{rng.randint(901, 999)}.</p>")  # fmt: skip
        return "".join(out)

    parts: list[str] = []
    if rng.random() < 0.5:
        names = "&nbsp;&nbsp;".join(
            f"{n}{_SUP[k % 3 + 1]}" for k, n in enumerate(rng.sample(_ZH_NAMES, rng.randint(2, 5)))
        )
        affs = "".join(f'<p data-gt="text" class="ctr" style="font-size:{st["size"] - 1}pt;margin:0">'
                       f"{_SUP[k + 1]}{rng.choice(_ZH_PLACES)}</p>" for k in range(rng.randint(1, 2)))  # fmt: skip
        kws = "；".join("".join(rng.sample(_ZH_WORDS[:40], 2)) for _ in range(rng.randint(3, 5)))
        inset = rng.randint(0, 30)
        parts.append(
            f'<div class="span" style="margin-bottom:1em">'
            f'<h1 data-gt="title" class="ctr" style="font-size:{rng.randint(16, 21)}pt;line-height:1.3;'
            f'margin:0.3em 0 0.6em 0">{_zh_words(rng, rng.randint(5, 10)).rstrip("。")}</h1>'
            f'<p data-gt="text" class="ctr" style="font-size:{st["size"] + 1}pt;margin:0 0 0.3em 0">{names}</p>'
            f"{affs}"
            f'<p data-gt="text" style="margin:1em {inset}px 0.3em;text-indent:0;font-size:{st["size"] - 0.5}pt">'
            f"<b>摘　要：</b>{_zh_words(rng, rng.randint(60, 120))}</p>"
            f'<p data-gt="text" style="margin:0 {inset}px 0.3em;text-indent:0;font-size:{st["size"] - 0.5}pt">'
            f"<b>关键词：</b>{kws}</p>"
            + (f'<p data-gt="text" style="margin:0 {inset}px;text-indent:0;font-size:{st["size"] - 0.5}pt">'
               f"<b>中图分类号：</b>TP{rng.randint(181, 391)}&nbsp;&nbsp;&nbsp;<b>文献标志码：</b>A</p>"
               if rng.random() < 0.5 else "")
            + "</div>"
        )  # fmt: skip
        parts += [heading(True), para()]
    else:
        parts.append(para((30, 120), "noindent"))
    for _ in range(rng.randint(6, 12)):
        k = rng.random()
        if k < 0.18:
            parts += [heading(), para()]
        elif k < 0.28:
            parts.append(figure())
        elif k < 0.36:
            parts.append(table())
        elif k < 0.44:
            parts.append(zlist())
        elif k < 0.5:
            parts.append(_equation(rng, rng.randint(1, 20)))
        else:
            parts.append(para())
    if rng.random() < 0.35:
        parts += ['<h2 data-gt="title">参考文献</h2>', refs()]
    css = _new_css(st, size, margins, 2) + "p { hyphens: none; }"
    journal = rng.choice(_ZH_JOURNALS)
    running = (f'<div class="run" data-gt="header" style="left:{left}px;top:{top - 28}px">'
               f"第{rng.randint(20, 45)}卷&nbsp;第{rng.randint(1, 12)}期</div>"
               f'<div class="run" data-gt="header" style="left:{w // 2 - 30}px;top:{top - 28}px">{journal}</div>'
               f'<div class="run" data-gt="header" style="right:{right}px;top:{top - 28}px">'
               f"{rng.randint(2010, 2020)}年{rng.randint(1, 12)}月</div>"
               f'<div style="position:absolute;left:{left}px;right:{right}px;top:{top - 12}px;'
               'border-top:0.8px solid #000"></div>')  # fmt: skip
    if rng.random() < 0.7:
        running += (f'<div class="run" data-gt="footer" style="left:{w // 2 - 8}px;top:{h - bottom + 18}px">'
                    f"{rng.randint(100, 2999)}</div>")  # fmt: skip
    page = _html(css, running, parts).replace("<html lang='en'>", "<html lang='zh-CN'>", 1)
    return page, size, margins


# ---------------------------------------------------------------------------------------------------- session 12
_ABBR = "BMI CI HR OR SD IQR CRP ICU LDL HDL eGFR ALT AST NS".split()
_FUNDERS = ("the National Natural Science Foundation of China", "the National Institutes of Health",
            "the Wellcome Trust", "the European Research Council", "the Swedish Research Council")  # fmt: skip


def _running(rng: random.Random, size: tuple[int, int], margins: tuple[int, int, int, int], st: dict[str, Any]) -> str:
    """A journal running head (name, year; page number at one end) and often a folio at the foot."""
    w, h = size
    top, right, bottom, left = margins
    fs = max(6.5, st["size"] - 1.5)
    page_no = rng.randint(2, 30)
    head_y = max(10, top - rng.randint(20, 32))
    txt = html.escape(rng.choice((f"{rng.choice(_JOURNALS)} {rng.randint(2008, 2019)};{rng.randint(1, 60)}:"
                                  f"{rng.randint(10, 999)}", f"{rng.choice(_NAMES)} et al.",
                                  rng.choice(_JOURNALS))))  # fmt: skip
    out = f'<div class="run" data-gt="header" style="left:{left}px;top:{head_y}px;font-size:{fs:.1f}pt">{txt}</div>'
    if rng.random() < 0.5:
        out += (f'<div class="run" data-gt="header" style="right:{right}px;top:{head_y}px;font-size:{fs:.1f}pt">'
                f"{page_no}</div>")  # fmt: skip
    elif rng.random() < 0.8:
        where = rng.choice((f"left:{w // 2 - 8}px", f"right:{right}px"))
        out += (f'<div class="run" data-gt="footer" style="{where};top:{h - bottom + rng.randint(12, 22)}px;'
                f'font-size:{fs:.1f}pt">'
                f"{rng.choice((str(page_no), f'Page {page_no} of {page_no + rng.randint(2, 9)}'))}</div>")  # fmt: skip
    return out


def _cell(rng: random.Random) -> str:
    return rng.choice((f"{rng.uniform(0, 100):.1f}", f"{rng.randint(1, 999)} ({rng.uniform(1, 99):.1f})",
                       f"{rng.uniform(0, 1):.3f}", f"{rng.uniform(0, 9):.2f} ± {rng.uniform(0, 2):.2f}",
                       f"{rng.uniform(0.2, 3):.2f} ({rng.uniform(0.1, 1):.2f}–{rng.uniform(1, 4):.2f})",
                       "—", "NS", f"&lt;0.0{rng.randint(1, 5)}", f"{rng.randint(1, 400)}"))  # fmt: skip


def _big_table(rng: random.Random, number: int, rows: tuple[int, int], font: float, continued: bool = False) -> str:
    """A large results table: a two-level header, group rows across the table, indented stubs, footnote marks,
    caption above and footnotes below (one text region, as PMC's table-wrap-foot)."""
    cols = rng.randint(4, 8)
    two_level = rng.random() < 0.5 and cols >= 5
    heads = [html.escape(rng.choice(_VOCAB).capitalize()) for _ in range(cols)]
    if two_level:
        k = (cols - 1) // 2
        top = (f"<tr><th rowspan=2 style='text-align:left'>{heads[0]}</th>"
               f"<th colspan={k}>{html.escape(_title_words(rng, 2))}</th>"
               f"<th colspan={cols - 1 - k}>{html.escape(_title_words(rng, 2))}</th></tr>")  # fmt: skip
        head = (
            top + "<tr>" + "".join(f"<th>{x}{rng.choice(('', ' (n)', ' (%)', ' ᵃ'))}</th>" for x in heads[1:]) + "</tr>"
        )
    else:
        head = "<tr>" + "".join(f"<th>{x}</th>" for x in heads) + "</tr>"
    body = []
    for _ in range(rng.randint(*rows)):
        if rng.random() < 0.15:
            body.append(
                f"<tr><td colspan={cols} class='grp'>{html.escape(_title_words(rng, rng.randint(1, 3)))}</td></tr>"
            )
            continue
        stub = html.escape(
            f"{rng.choice(_VOCAB).capitalize()} {rng.choice(('', rng.choice(_VOCAB), rng.choice(_ABBR)))}"
        )
        ind = "padding-left:1.2em;" if rng.random() < 0.4 else ""
        mark = rng.choice(("", "", "", " ᵃ", " ᵇ", "*"))
        body.append(f"<tr><td class='l' style='{ind}'>{stub}{mark}</td>"
                    + "".join(f"<td>{_cell(rng)}</td>" for _ in range(cols - 1)) + "</tr>")  # fmt: skip
    label = rng.choice(("Table", "TABLE", "Table"))
    cap_text = _rng_words(rng, rng.randint(6, 40)) if not continued else "(Continued)"
    cap = f"<b>{label} {number}</b>{rng.choice((':', '.', ' '))} {cap_text}"
    notes = []
    if rng.random() < 0.8:
        notes.append(
            "; ".join(f"{a}, {rng.choice(_VOCAB)} {rng.choice(_VOCAB)}" for a in rng.sample(_ABBR, rng.randint(2, 6)))
            + "."
        )
    for m in "ᵃᵇᶜ"[: rng.randint(0, 3)]:
        notes.append(f"{m} {_rng_words(rng, rng.randint(6, 22))}")
    sep = rng.choice(("<br>", " "))
    foot = (f'<div data-gt="text" class="tfoot" style="font-size:{max(6.0, font - 0.5):.1f}pt">{sep.join(notes)}</div>'
            if notes else "")  # fmt: skip
    rule = rng.choice(("border-top:1.2px solid #000;border-bottom:1.2px solid #000;", "border:0.8px solid #666;"))
    zebra = rng.random() < 0.3
    return (f'<div class="tab" style="break-inside:avoid"><p data-gt="table_caption" class="cap" '
            f'style="text-align:left">{cap}</p>'
            f'<table data-gt="table" style="font-size:{font:.1f}pt;{rule}" class="{"zebra" if zebra else ""}">'
            f"<thead>{head}</thead><tbody>{''.join(body)}</tbody></table>{foot}</div>")  # fmt: skip


_S12_CSS = """
td.grp { text-align: left; font-style: italic; font-weight: bold; padding-top: 3px; }
table.zebra tbody tr:nth-child(even) { background: #eef0f3; }
.tfoot { text-align: left; line-height: 1.2; margin: 0.3em 0 0.6em 0; }
"""


def _tablepage_page(rng: random.Random, folder: Path) -> tuple[str, tuple[int, int], tuple[int, int, int, int]]:
    """A page dominated by one or two large tables (caption above, footnotes below), across the page or in a
    column, with a little running text; sometimes a table continued from the page before and nothing else."""
    size = (612, 792) if rng.random() < 0.75 else (596, 842)
    st = _style(rng, "bp_tablepage")
    side = rng.randint(36, 60)
    margins = (rng.randint(48, 64), side, rng.randint(45, 60), side)
    d = _Doc(rng, folder, "bp_tablepage")
    columns = rng.choice((1, 2, 2))
    font = max(6.0, st["size"] - rng.uniform(1, 2.5))
    parts: list[str] = []
    only = rng.random() < 0.25
    if only:
        parts.append(
            _big_table(rng, d.n_tab, (14, 24), font, continued=rng.random() < 0.5).replace(
                'class="tab"', 'class="tab span"'
            )
        )
        if rng.random() < 0.5:
            parts.append(_big_table(rng, d.n_tab + 1, (4, 8), font).replace('class="tab"', 'class="tab span"'))
    else:
        if rng.random() < 0.6:
            parts.append(d.para((30, 90), "noindent"))
        tab = _big_table(rng, d.n_tab, (10, 20) if columns == 2 else (8, 16), font)
        parts.append(tab.replace('class="tab"', 'class="tab span"') if columns == 2 else tab)
        if rng.random() < 0.5:
            parts.append(d.heading(1 if rng.random() < 0.5 else 2))
        parts += d.body(rng.randint(2, 6), ("para", "para", "head", "table", "list"))
    css = _new_css(st, size, margins, columns) + _S12_CSS
    return _html(css, _running(rng, size, margins, st), parts), size, margins


def _multipanel(rng: random.Random, w: int, h: int) -> Image.Image:
    """A multi-panel figure: charts, photos and diagrams in a grid of unequal cells with bold panel letters."""
    im = Image.new("RGB", (w, h), "white")
    d = ImageDraw.Draw(im)
    rows = rng.randint(1, 3)
    gap = rng.randint(12, 30)
    ph = (h - gap * (rows - 1)) // rows
    letter = 0
    f = _font(max(18, ph // 8))
    for r in range(rows):
        cols = rng.randint(1, 4)
        widths = [rng.uniform(0.6, 1.4) for _ in range(cols)]
        x = 0
        for c in range(cols):
            pw = int((w - gap * (cols - 1)) * widths[c] / sum(widths))
            kind = rng.choice((_plot, _plot, _photo, _diagram))
            im.paste(kind(rng, max(40, pw - 24), ph - 8), (x + 24, r * (ph + gap) + 8))
            d.text((x + 2, r * (ph + gap)), "ABCDEFGHIJKL"[letter] if rng.random() < 0.8 else "abcdefghijkl"[letter],
                   fill="black", font=f)  # fmt: skip
            letter += 1
            x += pw + gap
    return im


def _panel_caption(rng: random.Random, number: int, panels: int) -> str:
    label = rng.choice(("Figure", "Fig.", "FIGURE", "Fig"))
    bits = [f"<b>{label} {number}.</b> <b>{html.escape(_title_words(rng, rng.randint(4, 10)))}.</b>"]
    for k in range(panels):
        bits.append(f"({'ABCDEFGHIJ'[k]}) {_rng_words(rng, rng.randint(8, 30))}")
    if rng.random() < 0.6:
        bits.append(
            f"Data are mean ± SD; *P &lt; 0.05, **P &lt; 0.01 ({rng.choice(('t-test', 'ANOVA', 'log-rank test'))})."
        )
    return " ".join(bits)


def _figpage_page(rng: random.Random, folder: Path) -> tuple[str, tuple[int, int], tuple[int, int, int, int]]:
    """A figure-heavy page: one or two multi-panel figures across the page (or one per column), each with a long
    caption under it or, sometimes, a caption set beside the figure; little running text."""
    size = (612, 792) if rng.random() < 0.75 else (596, 842)
    st = _style(rng, "bp_figpage")
    side = rng.randint(36, 58)
    margins = (rng.randint(46, 62), side, rng.randint(44, 60), side)
    d = _Doc(rng, folder, "bp_figpage")
    columns = rng.choice((1, 2, 2))
    cap_size = max(6.5, st["size"] - rng.uniform(0.5, 1.5))
    parts: list[str] = []
    if rng.random() < 0.4:
        parts.append(d.para((20, 70), "noindent"))
    first_aspect = rng.uniform(1.1, 2.4)
    for k in range(2 if first_aspect > 1.7 and rng.random() < 0.5 else 1):
        d.n_img += 1
        aspect = first_aspect if k == 0 else rng.uniform(2.2, 3.2)
        name = f"mp{d.n_img}.png"
        _multipanel(rng, 900, int(900 / aspect)).save(folder / name)
        cap = _panel_caption(rng, d.n_fig, rng.randint(2, 6))
        d.n_fig += 1
        beside = columns == 1 and rng.random() < 0.3
        if beside:  # a side caption: the figure takes two thirds of the width, the caption the rest
            parts.append(
                f'<div class="fig" style="display:flex;gap:12px;align-items:flex-start;text-align:left">'
                f'<img data-gt="figure" src="{name}" style="width:64%;aspect-ratio:{aspect:.3f}">'
                f'<p data-gt="figure_caption" class="cap" style="flex:1;font-size:{cap_size:.1f}pt;margin:0">'
                f"{cap}</p></div>"
            )  # fmt: skip
        else:
            width = rng.choice((100, 100, 90, 80))
            parts.append(
                f'<div class="fig span"><img data-gt="figure" src="{name}" style="width:{width}%;'
                f'aspect-ratio:{aspect:.3f}"><p data-gt="figure_caption" class="cap" '
                f'style="font-size:{cap_size:.1f}pt">{cap}</p></div>'
            )  # fmt: skip
    parts += d.body(rng.randint(2, 6), ("para", "para", "para", "head", "figure"))
    css = _new_css(st, size, margins, columns) + _S12_CSS
    return _html(css, _running(rng, size, margins, st), parts), size, margins


def _reference(rng: random.Random, n: int, style: str) -> str:
    authors = ", ".join(f"{rng.choice(_NAMES)} {rng.choice(_FIRST).rstrip('.')}{rng.choice(('', 'A', 'J'))}"
                        for _ in range(rng.randint(1, 6)))  # fmt: skip
    if rng.random() < 0.3:
        authors += ", et al"
    title = _title_words(rng, rng.randint(5, 16)).lower().capitalize()
    where = (f"{rng.choice(_JOURNALS)}. {rng.randint(1995, 2019)};{rng.randint(1, 80)}({rng.randint(1, 12)}):"
             f"{rng.randint(1, 900)}–{rng.randint(901, 999)}")  # fmt: skip
    doi = (
        f" https://doi.org/10.{rng.randint(1000, 9999)}/{rng.choice(_VOCAB)[:5]}.{rng.randint(100, 99999)}"
        if rng.random() < 0.35
        else ""
    )
    mark = {"dot": f"{n}.", "bracket": f"[{n}]", "plain": f"{n}"}[style]
    return (f'<div data-gt="text" class="refn"><span class="rn">{mark}</span>{html.escape(authors)}. {title}. '
            f"{where}.{doi}</div>")  # fmt: skip


def _backmatter_page(rng: random.Random, folder: Path) -> tuple[str, tuple[int, int], tuple[int, int, int, int]]:
    """An article's back matter: short declarations (acknowledgements, funding, conflicts, contributions, data
    availability; headed or run-in), abbreviations, then a numbered reference list (number in its own hanging
    column; each entry a text region, as PubLayNet labels them); one column or two, small type."""
    size = (612, 792) if rng.random() < 0.75 else (596, 842)
    st = _style(rng, "bp_backmatter")
    st.update(size=round(rng.uniform(7.5, 9.5), 1))
    side = rng.randint(34, 58)
    margins = (rng.randint(46, 62), side, rng.randint(44, 60), side)
    d = _Doc(rng, folder, "bp_backmatter")
    columns = rng.choice((1, 2, 2, 2))
    parts: list[str] = []
    if rng.random() < 0.5:
        parts.append(d.para((20, 90), "noindent"))
    runin = rng.random() < 0.4
    heads = rng.sample(("Acknowledgments", "Funding", "Conflicts of Interest", "Author Contributions",
                        "Data Availability", "Ethics Statement", "Supplementary Material"),
                       rng.randint(0, 4))  # fmt: skip
    for head in heads:
        text = (f"This work was supported by {rng.choice(_FUNDERS)} (grant {rng.randint(10000, 99999)}). "
                if head == "Funding" else "") + _rng_words(rng, rng.randint(10, 45))  # fmt: skip
        if runin:
            parts.append(f'<p data-gt="text" class="noindent"><b>{head}:</b> {text}</p>')
        else:
            parts.append(f'<h2 data-gt="title" class="bm">{head}</h2><p data-gt="text" class="noindent">{text}</p>')
    parts.append(f'<h2 data-gt="title" class="bm">{rng.choice(("References", "REFERENCES", "Literature Cited"))}</h2>')
    style = rng.choice(("dot", "bracket", "plain"))
    start = rng.randint(1, 30)
    parts += [_reference(rng, start + i, style) for i in range(rng.randint(14, 40))]
    rs = max(6.5, st["size"] - rng.choice((0, 0.5, 1)))
    css = _new_css(st, size, margins, columns) + _S12_CSS + (
        f".refn {{ font-size:{rs:.1f}pt; padding-left:2.2em; text-indent:-2.2em; text-align:left; "
        f"margin-bottom:{rng.choice((0.1, 0.25, 0.4))}em; line-height:1.2; }}"
        ".rn { display:inline-block; width:2.2em; text-indent:0; }"
        f"h2.bm {{ font-size:{st['size'] + rng.choice((0, 0.5, 1.5))}pt; margin:0.8em 0 0.3em 0; }}"
    )  # fmt: skip
    return _html(css, _running(rng, size, margins, st), parts), size, margins


def _keybox(rng: random.Random, colour: str, fill: str) -> str:
    """A boxed summary: `Key Points` with Question/Findings/Meaning run-in paragraphs, or `What is already known`
    and `What this study adds` with bullet lists."""
    if rng.random() < 0.5:
        inner = '<h2 data-gt="title" class="kb">Key Points</h2>' + "".join(
            f'<p data-gt="text" class="noindent"><b>{k}</b> {_rng_words(rng, rng.randint(12, 40))}</p>'
            for k in ("Question", "Findings", "Meaning"))  # fmt: skip
    else:
        inner = ""
        for k in ("What is already known on this topic", "What this study adds"):
            items = "".join(f'<div class="li"><span class="mk">•</span>{_rng_words(rng, rng.randint(6, 24))}</div>'
                            for _ in range(rng.randint(2, 4)))  # fmt: skip
            inner += f'<h2 data-gt="title" class="kb">{k}</h2><div data-gt="list" class="list">{items}</div>'
    border = rng.choice((f"border:1px solid {colour};", f"border-top:3px solid {colour};", ""))
    return (f'<div style="background:{fill};{border}padding:6px 10px;margin:0.6em 0 0.9em 0;break-inside:avoid;'
            f'text-align:left">{inner}</div>')  # fmt: skip


def _medical_page(rng: random.Random, folder: Path) -> tuple[str, tuple[int, int], tuple[int, int, int, int]]:
    """A single-column medical journal page: upper-case sans section heads, run-in bold subheads, a boxed key-points
    summary, tables and figures in the column, now and then an article opening (title, byline, abstract)."""
    size = (612, 792) if rng.random() < 0.7 else (596, 842)
    st = _style(rng, "bp_medical")
    st.update(size=round(rng.uniform(8.5, 10.5), 1), head_case=rng.choice(("uppercase", "none")),
              head_font=rng.choice(_SANS), indent=rng.choice((0, 1, 1.5)))  # fmt: skip
    side = rng.randint(50, 90)
    margins = (rng.randint(50, 70), side, rng.randint(46, 64), side)
    d = _Doc(rng, folder, "bp_medical")
    d.numbered = False
    colour = rng.choice(("#a61c00", "#0b5394", "#274e13", "#111111"))
    fill = rng.choice(("#fdf1e7", "#eaf1fb", "#f2f2f2"))
    parts: list[str] = []
    if rng.random() < 0.35:
        parts.append(f'<h1 data-gt="title" style="font-family:\'{st["head_font"]}\';font-size:{rng.randint(14, 20)}pt;'
                     f'line-height:1.2;margin:0 0 0.4em 0">'
                     f"{html.escape(_title_words(rng, rng.randint(6, 14)))}</h1>")  # fmt: skip
        authors = ", ".join(f"{rng.choice(_FIRST)} {rng.choice(_NAMES)}, {rng.choice(('MD', 'PhD', 'MD, PhD', 'MPH'))}"
                            for _ in range(rng.randint(2, 6)))  # fmt: skip
        parts.append(f'<p data-gt="text" class="noindent" style="margin-bottom:0.8em">{authors}</p>')
        parts.append(_keybox(rng, colour, fill))
        parts.append("".join(
            f'<p data-gt="text" class="noindent"><b>{k.upper() if rng.random() < 0.5 else k}:</b> '
            f"{_rng_words(rng, rng.randint(20, 50))}</p>" for k in ("Importance", "Objective", "Results")))  # fmt: skip
    else:
        parts.append(d.para((30, 110), "noindent"))
        if rng.random() < 0.6:
            parts.append(_keybox(rng, colour, fill))
    for _ in range(rng.randint(4, 9)):
        k = rng.random()
        if k < 0.2:
            parts.append(f'<h2 data-gt="title" style="color:{colour}">{html.escape(rng.choice(_SECTIONS))}</h2>')
            parts.append(d.para((30, 100), "noindent"))
        elif k < 0.45:  # a run-in subhead: part of the paragraph's text
            parts.append(f'<p data-gt="text"><b>{html.escape(_title_words(rng, rng.randint(1, 4)))}.</b> '
                         f"{_rng_words(rng, rng.randint(25, 90))}</p>")  # fmt: skip
        elif k < 0.55:
            parts.append(d.table())
        elif k < 0.63:
            parts.append(d.figure(rng.uniform(1.4, 2.4)).replace("width:100%", f"width:{rng.randint(55, 85)}%"))
        elif k < 0.68:
            parts.append(d.list_())
        else:
            parts.append(d.para((30, 120)))
    css = _new_css(st, size, margins, 1) + _S12_CSS + (
        f"h2.kb {{ font-size:{st['size']}pt; color:{colour}; margin:0.3em 0 0.2em 0; text-transform:none; }}"
        ".li { text-align:left; }"
    )  # fmt: skip
    return _html(css, _running(rng, size, margins, st), parts), size, margins


def _affil_page(rng: random.Random, folder: Path) -> tuple[str, tuple[int, int], tuple[int, int, int, int]]:
    """An article's first page: title, authors with numbered marks, one affiliation per line (each a text region),
    a correspondence and dates line, an abstract set in two columns under the byline (structured or not; each part
    of a paragraph in a column its own region), keywords, then the body in two columns."""
    size = (612, 792) if rng.random() < 0.75 else (596, 842)
    st = _style(rng, "bp_affil")
    side = rng.randint(36, 56)
    margins = (rng.randint(44, 60), side, rng.randint(44, 60), side)
    d = _Doc(rng, folder, "bp_affil")
    n_aff = rng.randint(2, 6)
    talign = rng.choice(("left", "center"))

    def _marks() -> str:
        return ",".join(_SUP[k] for k in sorted({rng.randint(1, n_aff) for _ in range(rng.randint(1, 2))}))

    authors = ", ".join(f"{rng.choice(_FIRST)} {rng.choice(_NAMES)}{_marks()}"
                        for _ in range(rng.randint(3, 10)))  # fmt: skip
    small = max(6.5, st["size"] - 1)
    affs = "".join(f'<p data-gt="text" class="aff" style="margin:0 0 1px 0">{_SUP[k + 1]} '
                   f"{html.escape(rng.choice(_DEPTS))}, {html.escape(rng.choice(_PLACES))}</p>"
                   for k in range(n_aff))  # fmt: skip
    corr = (f'<p data-gt="text" class="noindent" style="margin-top:0.5em">*Correspondence: {rng.choice(_NAMES).lower()}'
            f"@{rng.choice(('med', 'uni', 'hosp'))}.edu</p>")  # fmt: skip
    dates = (f'<p data-gt="text" class="noindent">Received: {rng.randint(1, 28)} March {rng.randint(2012, 2018)}; '
             f"Accepted: {rng.randint(1, 28)} June {rng.randint(2012, 2018)}</p>")  # fmt: skip
    dates = dates if rng.random() < 0.6 else ""
    if rng.random() < 0.5:
        ab = "".join(f'<p data-gt="text" class="noindent"><b>{k}:</b> {_rng_words(rng, rng.randint(25, 55))}</p>'
                     for k in ("Background", "Methods", "Results", "Conclusions"))  # fmt: skip
    else:
        ab = f'<p data-gt="text" class="noindent">{_rng_words(rng, rng.randint(140, 240))}</p>'
    kw = f'<p data-gt="text" class="noindent"><b>Keywords:</b> {", ".join(rng.sample(_VOCAB, rng.randint(3, 6)))}</p>'
    rule = "border-top:1px solid #000;border-bottom:1px solid #000;padding:5px 0;" if rng.random() < 0.5 else ""
    tsize = round(st["size"] * rng.uniform(1.6, 2.2), 1)
    head = (
        f'<div class="span" style="text-align:{talign};margin-bottom:0.8em">'
        f'<h1 data-gt="title" style="font-family:\'{st["head_font"]}\';font-size:{tsize}pt;line-height:1.2;'
        f'margin:0 0 0.5em 0">{html.escape(_title_words(rng, rng.randint(6, 16)))}</h1>'
        f'<p data-gt="text" class="auth" style="text-align:{talign};font-size:{st["size"] + 0.5}pt;margin:0 0 0.5em 0">'
        f"{authors}</p>"
        f'<div style="font-size:{small:.1f}pt;text-align:{talign}">{affs}{corr}{dates}</div>'
        f'<div style="{rule}margin-top:0.8em;text-align:justify">'
        f'<h2 data-gt="title" style="margin:0 0 0.3em 0;text-align:left">Abstract</h2>'
        f'<div style="column-count:2;column-gap:{st["gutter"]}px">{ab}</div>{kw}</div></div>'
    )  # fmt: skip
    parts = [head, d.heading(1), d.para()]
    parts += d.body(rng.randint(3, 7), ("para", "para", "head", "list", "figure"))
    css = _new_css(st, size, margins, 2) + _S12_CSS + "p.aff { text-indent:0; }"
    return _html(css, _running(rng, size, margins, st), parts), size, margins


# ---------------------------------------------------------------------------------------------------- session 13
# Four more styles (`S13_FAMILIES`), written and committed before any scoring.
_ALGO_NAMES = ("Greedy Partition", "Adaptive Sampling", "Iterative Refinement", "Label Propagation",
               "Sparse Update", "Beam Search Decoding", "Gradient Clipping", "Online Clustering")  # fmt: skip
_ZH_HEADS = ("总体情况", "主要做法", "存在问题", "工作目标", "重点任务", "保障措施", "实施步骤", "经费使用",
             "风险分析", "下一步计划")  # fmt: skip
_ZH_NUM = "一二三四五六七八九十"


def _deep_list(rng: random.Random, styles: tuple[str, ...], depth: int = 0, words: tuple[int, int] = (4, 30)) -> str:
    """A list nested up to two levels below the top (`styles` gives each level's marker kind); markers are text,
    so their ink is in the box; only the top level is a region (as PubLayNet marks a list)."""
    style = styles[depth]
    items = []
    for i in range(rng.randint(2, 5) if depth == 0 else rng.randint(2, 3)):
        mark = {"bullet": "•", "number": f"{i + 1}.", "letter": f"{'abcdef'[i]})", "roman": f"{_ROMAN[i].lower()}.",
                "dash": "–", "circle": "◦", "square": "▪", "paren": f"({i + 1})", "zh_paren": f"（{i + 1}）",
                "zh_circ": "①②③④⑤⑥"[i], "zh_num": f"{i + 1}．"}[style]  # fmt: skip
        n = rng.randint(*words)
        text = _zh_words(rng, n) if style.startswith("zh") else _rng_words(rng, n)
        inner = ""
        if depth + 1 < len(styles) and rng.random() < (0.45 if depth == 0 else 0.35):
            inner = _deep_list(rng, styles, depth + 1, words)
        items.append(f'<div class="li"><span class="mk">{mark}</span>{text}{inner}</div>')
    attr = ' data-gt="list"' if depth == 0 else ""
    return f'<div{attr} class="list{" sub" if depth else ""}">{"".join(items)}</div>'


def _algorithm(rng: random.Random, number: int, size: float) -> str:
    """A ruled algorithm box: `Algorithm 2: Name` between two rules, then numbered pseudocode lines, indented by
    block, bold keywords. The body is a figure (PMC keeps such boxes as figures), the caption row a caption."""
    kw = ("for", "while", "if", "return", "repeat", "until")
    lines: list[tuple[int, str]] = []
    if rng.random() < 0.7:
        lines.append((0, f"<b>Require:</b> {_rng_words(rng, rng.randint(3, 7)).rstrip('.')}"))
        lines.append((0, f"<b>Ensure:</b> {_rng_words(rng, rng.randint(2, 5)).rstrip('.')}"))
    depth = 0
    for _ in range(rng.randint(5, 14)):
        v = rng.choice("xyzwkuvθλ")
        k = rng.random()
        if k < 0.2 and depth < 3:
            lines.append((depth, f"<b>{rng.choice(kw[:2])}</b> {v} ∈ {rng.choice('SVEDT')} <b>do</b>"))
            depth += 1
        elif k < 0.32 and depth < 3:
            lines.append((depth, f"<b>if</b> {v} {rng.choice(('<', '>', '≠', '≤'))} {rng.choice(_GREEK)} <b>then</b>"))
            depth += 1
        elif k < 0.45 and depth:
            depth -= 1
            lines.append((depth, f"<b>end {rng.choice(('for', 'if', 'while'))}</b>"))
        else:
            lines.append((depth, f"{v} ← {_formula(rng).split(' = ', 1)[-1]}"))
    while depth:
        depth -= 1
        lines.append((depth, "<b>end for</b>"))
    lines.append((0, f"<b>return</b> {rng.choice('xyzSθ')}"))
    numbered = rng.random() < 0.75
    body = "".join(f'<div style="padding-left:{1.2 * ind + (1.8 if numbered else 0):.1f}em;text-indent:'
                   f'{-1.8 if numbered else 0}em">{f"{n + 1}: " if numbered else ""}{t}</div>'
                   for n, (ind, t) in enumerate(lines))  # fmt: skip
    name = rng.choice(_ALGO_NAMES)
    return (f'<div class="algo" style="font-size:{max(6.5, size - 0.5):.1f}pt">'
            f'<p data-gt="figure_caption" class="cap algocap"><b>Algorithm {number}</b>{rng.choice((":", ""))} '
            f"{name}</p>"
            f'<div data-gt="figure" class="algobody">{body}</div></div>')  # fmt: skip


def _algo_page(rng: random.Random, folder: Path) -> tuple[str, tuple[int, int], tuple[int, int, int, int]]:
    """A two-column computer-science conference paper: a wide figure (teaser or results) across both columns, ruled
    algorithm boxes in a column, `Definition 2.` paragraphs, a bulleted contributions list, numbered equations,
    tables with captions above, bracketed references; on first pages a centred title and an author line."""
    size = (612, 792)
    st = _style(rng, "bp_algo")
    st.update(body_font=rng.choice(_SERIF), head_font=rng.choice(_SERIF + _SANS), size=round(rng.uniform(8.5, 10), 1),
              lh=round(rng.uniform(1.1, 1.25), 2), gutter=rng.randint(16, 26), indent=rng.choice((0, 1)),
              gap=rng.choice((0, 0.3)), head_case="none", hyphens="auto")  # fmt: skip
    st["head_size"] = round(st["size"] * rng.uniform(1.1, 1.25), 1)
    side = rng.randint(48, 60)
    margins = (rng.randint(54, 70), side, rng.randint(54, 70), side)
    d = _Doc(rng, folder, "bp_algo")
    n_alg = rng.randint(1, 4)
    n_eq = rng.randint(1, 9)

    def wide_figure() -> str:
        d.n_img += 1
        aspect = rng.uniform(2.4, 4.0)
        name = f"wide{d.n_img}.png"
        (_multipanel if rng.random() < 0.5 else _plot)(rng, 1000, int(1000 / aspect)).save(folder / name)
        cap = (f"<b>{rng.choice(('Figure', 'Fig.'))} {d.n_fig}{rng.choice((':', '.'))}</b> "
               f"{_rng_words(rng, rng.randint(12, 45))}")  # fmt: skip
        d.n_fig += 1
        return (
            f'<div class="fig span" style="margin:0.3em 0 1em 0"><img data-gt="figure" src="{name}" '
            f'style="width:100%;aspect-ratio:{aspect:.3f}"><p data-gt="figure_caption" class="cap">{cap}</p></div>'
        )

    def definition() -> str:
        word = rng.choice(("Definition", "Lemma", "Proposition", "Remark"))
        return (f'<p data-gt="text"><b>{word} {rng.randint(1, 6)}</b> ({_title_words(rng, rng.randint(1, 3))}). '
                f"<i>{_rng_words(rng, rng.randint(15, 45))}</i></p>")  # fmt: skip

    parts: list[str] = []
    first = rng.random() < 0.4
    if first:
        authors = ", ".join(f"{rng.choice(_FIRST)} {rng.choice(_NAMES)}" for _ in range(rng.randint(2, 6)))
        parts.append(
            f'<div class="span" style="text-align:center;margin-bottom:0.9em">'
            f'<h1 data-gt="title" style="font-family:\'{st["head_font"]}\';font-size:{rng.randint(15, 20)}pt;'
            f'line-height:1.2;margin:0 0 0.5em 0">{html.escape(_title_words(rng, rng.randint(5, 12)))}</h1>'
            f'<p data-gt="text" class="ctr" style="margin:0">{authors}</p>'
            f'<p data-gt="text" class="ctr" style="margin:0;font-size:{st["size"] - 0.5}pt"><i>'
            f"{html.escape(rng.choice(_PLACES))}</i></p></div>"
        )  # fmt: skip
        parts.append(f'<h2 data-gt="title">Abstract</h2><p data-gt="text" class="noindent">'
                     f"<i>{_rng_words(rng, rng.randint(80, 150))}</i></p>")  # fmt: skip
        parts += [d.heading(1), d.para((40, 100)), f'<p data-gt="text" class="noindent">'
                  f"{_rng_words(rng, rng.randint(6, 18)).rstrip('.')}:</p>",
                  _deep_list(rng, ("bullet",), words=(10, 30))]  # fmt: skip
    else:
        parts.append(d.para((20, 90), "noindent"))
    wide_at = rng.randint(0, 3) if rng.random() < 0.8 else -1
    for i in range(rng.randint(6, 11)):
        if i == wide_at:
            parts.append(wide_figure())
        k = rng.random()
        if k < 0.15:
            parts += [d.heading(1 if rng.random() < 0.6 else 2), d.para((30, 110))]
        elif k < 0.32:
            parts.append(_algorithm(rng, n_alg, st["size"]))
            n_alg += 1
        elif k < 0.42:
            parts.append(_equation(rng, n_eq))
            n_eq += 1
        elif k < 0.5:
            parts.append(definition())
        elif k < 0.57:
            t = d.table()
            for _ in range(8):  # a column holds four columns of figures at most (wider ones spill into the next)
                if t.count("<th>") <= 4:
                    break
                t = d.table()
            parts.append(t)
        elif k < 0.63:
            parts.append(_deep_list(rng, (rng.choice(("bullet", "number")), "dash"), words=(5, 25)))
        else:
            parts.append(d.para((30, 120)))
    if rng.random() < 0.3:
        parts += ['<h2 data-gt="title">References</h2>', d.refs(rng.randint(4, 12))]
    css = _new_css(st, size, margins, 2) + _S12_CSS + (
        ".algo { break-inside:avoid; margin:0.6em 0 0.8em 0; border-top:1.2px solid #000; border-bottom:1px solid #000;"
        " line-height:1.3; text-align:left; }"
        ".algocap { margin:0.15em 0 !important; padding-bottom:0.15em; border-bottom:0.8px solid #000; }"
        ".algobody { padding:0.2em 0 0.3em 0; } .li { text-align:left; }"
    )  # fmt: skip
    w, h = size
    running = ""
    if rng.random() < 0.6:
        running += (f'<div class="run" data-gt="footer" style="left:{w // 2 - 8}px;top:{h - margins[2] + 20}px">'
                    f"{rng.randint(1, 14)}</div>")  # fmt: skip
    if rng.random() < 0.4:
        venue = rng.choice(("Proceedings of the 12th Workshop on Learning Systems", "Preprint. Under review.",
                            "Conference on Data Mining 2019"))  # fmt: skip
        running += f'<div class="run" data-gt="header" style="left:{side}px;top:{margins[0] - 28}px">{venue}</div>'
    return _html(css, running, parts), size, margins


def _magazine_page(rng: random.Random, folder: Path) -> tuple[str, tuple[int, int], tuple[int, int, int, int]]:
    """A magazine feature page: a headline across the page, a standfirst and byline, a drop cap, two or three
    columns, a pull quote (large italic between rules) in a column, a shaded sidebar with its heading, text and a
    bulleted list, photos with captions and credits, a folio line with the magazine's name."""
    size = (612, 792) if rng.random() < 0.7 else (596, 842)
    h = size[1]
    st = _style(rng, "bp_magazine")
    st.update(body_font=rng.choice(_SERIF + _SANS), head_font=rng.choice(_SANS + _SERIF),
              size=round(rng.uniform(8, 9.5), 1), lh=round(rng.uniform(1.2, 1.4), 2), gutter=rng.randint(14, 22),
              indent=rng.choice((0, 1)), gap=rng.choice((0, 0.5)), head_case="none", hyphens="auto")  # fmt: skip
    st["head_size"] = round(st["size"] * rng.uniform(1.1, 1.3), 1)
    side = rng.randint(36, 50)
    margins = (rng.randint(44, 58), side, rng.randint(48, 60), side)
    d = _Doc(rng, folder, "bp_magazine")
    colour = rng.choice(("#b71c1c", "#0d47a1", "#1b5e20", "#4a148c", "#222222"))
    columns = rng.choice((2, 3, 3))
    parts: list[str] = []
    opening = rng.random() < 0.6
    if opening:
        parts.append(
            f'<div class="span" style="margin-bottom:0.8em">'
            f'<h1 data-gt="title" style="font-family:\'{st["head_font"]}\';font-size:{rng.randint(20, 30)}pt;'
            f'line-height:1.05;margin:0 0 0.3em 0;color:{colour}">{html.escape(_title_words(rng, rng.randint(3, 7)))}'
            f'</h1><p data-gt="text" class="noindent" style="font-size:{st["size"] + rng.randint(2, 4)}pt;'
            f'line-height:1.25;text-align:left;margin:0 0 0.4em 0">{_rng_words(rng, rng.randint(18, 40))}</p>'
            f'<p data-gt="text" class="noindent" style="font-size:{st["size"] - 0.5}pt;text-transform:uppercase;'
            f'letter-spacing:0.05em">By {rng.choice(_FIRST)} {rng.choice(_NAMES)}</p></div>'
        )  # fmt: skip
        parts.append(f'<p data-gt="text" class="noindent drop">{_rng_words(rng, rng.randint(50, 120))}</p>')
    else:
        parts.append(d.para((30, 110), "noindent"))

    def pull() -> str:
        return f'<p data-gt="text" class="pull" style="color:{colour}">“{_rng_words(rng, rng.randint(10, 24))}”</p>'

    def sidebar() -> str:
        head = html.escape(_title_words(rng, rng.randint(2, 5)))
        body = f'<p data-gt="text" class="noindent" style="text-align:left">{_rng_words(rng, rng.randint(15, 45))}</p>'
        lst = (
            _deep_list(rng, (rng.choice(("bullet", "square", "number")),), words=(4, 16)) if rng.random() < 0.7 else ""
        )
        order = [body, lst] if rng.random() < 0.6 else [lst, body]
        return (f'<div class="side" style="background:{rng.choice(("#f3efe6", "#eaf1fb", "#eeeeee"))};'
                f'border-top:3px solid {colour}"><h2 data-gt="title" style="margin:0 0 0.3em 0;color:{colour}">'
                f'{head}</h2>{"".join(order)}</div>')  # fmt: skip

    def photo() -> str:
        d.n_img += 1
        aspect = rng.uniform(1.0, 1.8)
        name = f"ph{d.n_img}.png"
        (_photo if rng.random() < 0.7 else _plot)(rng, 800, int(800 / aspect)).save(folder / name)
        credit = f" <span style='font-size:0.85em;text-transform:uppercase'>Photo: {rng.choice(_NAMES)}</span>"
        span = " span" if columns == 3 and rng.random() < 0.3 else ""
        return (f'<div class="fig{span}"><img data-gt="figure" src="{name}" style="width:100%;'
                f'aspect-ratio:{aspect:.3f}"><p data-gt="figure_caption" class="cap" style="text-align:left">'
                f"{_rng_words(rng, rng.randint(6, 22))}{credit if rng.random() < 0.6 else ''}</p></div>")  # fmt: skip

    for _ in range(rng.randint(7, 13)):
        k = rng.random()
        if k < 0.14:
            parts.append(pull())
        elif k < 0.26:
            parts.append(sidebar())
        elif k < 0.38:
            parts.append(photo())
        elif k < 0.5:
            parts.append(f'<h2 data-gt="title" style="color:{colour};margin:0.6em 0 0.2em 0">'
                         f"{html.escape(_title_words(rng, rng.randint(2, 4)))}</h2>")  # fmt: skip
            parts.append(d.para((30, 90), "noindent"))
        else:
            parts.append(d.para((30, 110)))
    css = _new_css(st, size, margins, columns) + (
        f"p.drop::first-letter {{ float:left; font-size:{rng.choice((2.8, 3.4))}em; line-height:0.85; "
        f"padding:0.05em 0.08em 0 0; color:{colour}; font-weight:bold; }}"
        f"p.pull {{ font-size:{st['size'] + rng.randint(3, 6)}pt; line-height:1.2; font-style:italic; text-indent:0;"
        f" text-align:left; border-top:2px solid {colour}; border-bottom:2px solid {colour}; padding:0.3em 0;"
        " margin:0.6em 0; break-inside:avoid; }"
        ".side { padding:6px 8px; margin:0.6em 0; break-inside:avoid; font-size:0.92em; } .li { text-align:left; }"
    )
    if rng.random() < 0.5:
        css += "p { text-align: left; }"
    mag = rng.choice(("SCIENCE TODAY", "The Quarterly Review", "Health & Life", "URBAN FUTURES", "Nature Notes"))
    month = rng.choice(("March", "June", "October", "December"))
    left_no = rng.random() < 0.5
    running = (f'<div class="run" data-gt="footer" style="{"left" if left_no else "right"}:{side}px;'
               f'top:{h - margins[2] + 18}px">{rng.randint(10, 120)}&nbsp;&nbsp;|&nbsp;&nbsp;{mag} · {month} '
               f"{rng.randint(2012, 2020)}</div>")  # fmt: skip
    if rng.random() < 0.5:
        running += (f'<div class="run" data-gt="header" style="left:{side}px;top:{margins[0] - 26}px;color:{colour};'
                    f'text-transform:uppercase;letter-spacing:0.1em">{rng.choice(("Feature", "Report", "Science"))}'
                    "</div>")  # fmt: skip
    return _html(css, running, parts), size, margins


def _thesis_page(rng: random.Random, folder: Path) -> tuple[str, tuple[int, int], tuple[int, int, int, int]]:
    """A thesis page: one column, a wide binding margin, one-and-a-half or double line spacing, three-level numbered
    headings (`3.2.1`), numbered equations `(3.12)`, footnote marks and footnotes under a short rule, a definition,
    lists nested two levels; a `Chapter 3` opening on some pages; a ruled running head with the page number."""
    size = (612, 792) if rng.random() < 0.8 else (596, 842)
    w, h = size
    st = _style(rng, "bp_thesis")
    st.update(body_font=rng.choice(_SERIF), head_font=rng.choice(_SERIF + _SANS), size=round(rng.uniform(10, 12), 1),
              lh=round(rng.choice((1.45, 1.6, 1.8, 2.0)) * rng.uniform(0.95, 1.05), 2), indent=rng.choice((0, 1.5, 2)),
              gap=rng.choice((0, 0.5)), head_case="none", hyphens="auto")  # fmt: skip
    st["head_size"] = round(st["size"] * rng.uniform(1.1, 1.3), 1)
    left, right = rng.randint(90, 115), rng.randint(60, 80)
    top, bottom = rng.randint(70, 88), rng.randint(60, 80)
    d = _Doc(rng, folder, "bp_thesis")
    chap = rng.randint(1, 7)
    sec, sub = rng.randint(1, 5), 0
    n_eq = rng.randint(1, 20)
    n_note = rng.randint(1, 40)
    notes: list[str] = []

    def para(words: tuple[int, int] = (30, 110), cls: str = "") -> str:
        nonlocal n_note
        text = _rng_words(rng, rng.randint(*words))
        if rng.random() < 0.3 and len(notes) < 3:
            cut = text.find(" ", len(text) // 3)
            if cut > 0:
                text = text[:cut] + "".join(_SUP[int(c)] for c in str(n_note)) + text[cut:]
                notes.append(f"{n_note}")
                n_note += 1
        return f'<p data-gt="text" class="{cls}">{text}</p>'

    def heading() -> str:
        nonlocal sec, sub
        if rng.random() < 0.5:
            sec, sub = sec + 1, 0
            return (
                f'<h2 data-gt="title">{chap}.{sec}&nbsp;&nbsp;{html.escape(_title_words(rng, rng.randint(2, 6)))}</h2>'
            )
        sub += 1
        return (f'<h3 data-gt="title" style="font-style:{rng.choice(("normal", "italic"))};font-weight:bold">'
                f"{chap}.{sec}.{sub}&nbsp;&nbsp;{html.escape(_title_words(rng, rng.randint(2, 5)))}</h3>")  # fmt: skip

    parts: list[str] = []
    opening = rng.random() < 0.25
    if opening:
        parts.append(f'<div style="margin:{rng.randint(30, 90)}px 0 1.5em 0"><h1 data-gt="title" style="font-size:'
                     f'{rng.randint(18, 24)}pt;line-height:1.3;margin:0;font-family:\'{st["head_font"]}\'">'
                     f"{rng.choice(('Chapter ', 'CHAPTER ', ''))}{chap}<br>"
                     f"{html.escape(_title_words(rng, rng.randint(2, 5)))}"
                     "</h1></div>")  # fmt: skip
        parts.append(para((40, 110), "noindent"))
    else:
        parts.append(para((15, 90), "noindent"))
    for _ in range(rng.randint(4, 8)):
        k = rng.random()
        if k < 0.2:
            parts += [heading(), para((30, 100), "noindent")]
        elif k < 0.38:
            parts.append(_equation(rng, n_eq).replace(f"({n_eq})", f"({chap}.{n_eq})"))
            n_eq += 1
        elif k < 0.46:
            word = rng.choice(("Definition", "Theorem", "Lemma", "Example"))
            parts.append(f'<p data-gt="text" class="noindent"><b>{word} {chap}.{rng.randint(1, 9)}.</b> '
                         f"<i>{_rng_words(rng, rng.randint(15, 40))}</i></p>")  # fmt: skip
        elif k < 0.58:
            styles = rng.choice((("number", "letter", "roman"), ("bullet", "dash", "circle"), ("number", "bullet")))
            parts.append(_deep_list(rng, styles, words=(4, 16)))  # short: a list is not broken across pages
        elif k < 0.64:
            parts.append(
                d.figure(rng.uniform(1.5, 2.4))
                .replace("width:100%", f"width:{rng.randint(60, 85)}%")
                .replace(f"<b>Figure {d.n_fig - 1}</b>", f"<b>Figure {chap}.{d.n_fig - 1}</b>")
            )
        elif k < 0.68:
            parts.append(d.table())
        else:
            parts.append(para())
    foot = ""
    frame_bottom = bottom
    if notes:
        fs = max(7.5, st["size"] - 2)
        body = "".join(f'<p data-gt="text" class="foot" style="margin:0 0 2px 0;padding-left:1.2em;text-indent:-1.2em;'
                       f'text-align:justify">{"".join(_SUP[int(c)] for c in n)}&nbsp;'
                       f"{_rng_words(rng, rng.randint(6, 35))}"
                       "</p>" for n in notes)  # fmt: skip
        foot = (f'<div style="position:absolute;left:{left}px;width:{w - left - right}px;bottom:{bottom}px;'
                f'font-size:{fs:.1f}pt;line-height:1.25"><div style="width:30%;border-top:0.6px solid #000;'
                f'margin-bottom:4px"></div>{body}</div>')  # fmt: skip
        frame_bottom = bottom + int(len(notes) * 2.6 * fs * 1.33 * 1.25) + 14
    css = (
        _new_css(st, size, (top, right, frame_bottom, left), 1) + ".list { margin-left:1em; } .li { text-align:left; }"
    )
    running = ""
    if not opening:
        head = f"{rng.choice(('CHAPTER', 'Chapter'))} {chap}. {_title_words(rng, rng.randint(1, 4)).upper()}"
        no = rng.randint(10, 220)
        running = (f'<div class="run" data-gt="header" style="left:{left}px;top:{top - 34}px;font-style:italic">'
                   f"{html.escape(head)}</div>"
                   f'<div class="run" data-gt="header" style="right:{right}px;top:{top - 34}px">{no}</div>'
                   f'<div style="position:absolute;left:{left}px;right:{right}px;top:{top - 18}px;'
                   'border-top:0.6px solid #000"></div>')  # fmt: skip
    else:
        running = (f'<div class="run" data-gt="footer" style="left:{(left + w - right) // 2 - 8}px;'
                   f'top:{h - bottom + 24}px">{rng.randint(10, 220)}</div>')  # fmt: skip
    return _html(css, running + foot, parts), size, (top, right, bottom, left)


def _zh_report_page(rng: random.Random, folder: Path) -> tuple[str, tuple[int, int], tuple[int, int, int, int]]:
    """A Chinese work report (工作报告): `一、` section heads, `（一）` subheads, paragraphs indented two characters,
    numbered lists nested two levels (`1．` / `（1）` / `①`), a 表 table now and then, a `— 5 —` folio; on first pages
    a centred title, the issuing body and date."""
    size = (595, 842) if rng.random() < 0.75 else (612, 792)
    w, h = size
    st = _style(rng, "bp_zh_report")
    font = rng.choice(("WenQuanYi Micro Hei", "WenQuanYi Zen Hei"))
    st.update(body_font=font, head_font=font, size=round(rng.uniform(9, 11), 1), lh=round(rng.uniform(1.5, 1.9), 2),
              indent=2, gap=rng.choice((0, 0.3)), head_case="none")  # fmt: skip
    st["head_size"] = round(st["size"] * rng.uniform(1.05, 1.25), 1)
    side = rng.randint(60, 85)
    top, bottom = rng.randint(65, 85), rng.randint(60, 80)
    margins = (top, side, bottom, side)
    d = _Doc(rng, folder, "bp_zh_report")
    sec, sub = rng.randint(0, 3), 0

    def para(n: tuple[int, int] = (30, 110)) -> str:
        return f'<p data-gt="text">{_zh_words(rng, rng.randint(*n))}</p>'

    def heading() -> str:
        nonlocal sec, sub
        if rng.random() < 0.45:
            sec, sub = sec + 1, 0
            return f'<h2 data-gt="title">{_ZH_NUM[(sec - 1) % 10]}、{rng.choice(_ZH_HEADS)}</h2>'
        sub += 1
        return (
            f'<h3 data-gt="title" style="font-style:normal;font-weight:bold;text-indent:2em">'
            f"（{_ZH_NUM[(sub - 1) % 10]}）{''.join(rng.sample(_ZH_WORDS[:40], rng.randint(2, 4)))}</h3>"
        )

    def table() -> str:
        t = d.table()
        t = re.sub(r"<th>[^<]*</th>", lambda m: f"<th>{''.join(rng.sample(_ZH_WORDS[:40], 2))}</th>", t)
        t = re.sub(r"<td class='l'>[^<]*</td>", lambda m: f"<td class='l'>{rng.choice(_ZH_WORDS[:40])}</td>", t)
        t = re.sub(r'(<p data-gt="text" class="tnote">).*?</p>', lambda m: m.group(1) + "注：" +
                   _zh_words(rng, rng.randint(5, 20)) + "</p>", t)  # fmt: skip
        cap = f"表{d.n_tab - 1}&nbsp;&nbsp;{_zh_words(rng, rng.randint(3, 9)).rstrip('。')}"
        return re.sub(r'(<p data-gt="table_caption" class="cap">).*?</p>', lambda m: m.group(1) + cap + "</p>", t)

    parts: list[str] = []
    if rng.random() < 0.35:
        year = rng.randint(2015, 2022)
        org = rng.choice(("某市科学技术局", "某某大学科研处", "某省卫生健康委员会", "某某研究院"))
        parts.append(
            f'<h1 data-gt="title" class="ctr" style="font-size:{rng.randint(16, 21)}pt;line-height:1.4;'
            f'margin:0.3em 0 0.6em 0">{org}{year}年度{rng.choice(("工作报告", "工作总结", "自评报告"))}</h1>'
            f'<p data-gt="text" class="ctr" style="margin:0 0 1em 0">{org}&nbsp;&nbsp;{year + 1}年'
            f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日</p>"
        )  # fmt: skip
        sec = 0
        parts += [heading(), para()]
    else:
        parts.append(para((20, 90)))
    for _ in range(rng.randint(5, 10)):
        k = rng.random()
        if k < 0.25:
            parts += [heading(), para((20, 80))]
        elif k < 0.55:
            if rng.random() < 0.5:
                parts.append(f'<p data-gt="text">{_zh_words(rng, rng.randint(6, 20)).rstrip("。")}：</p>')
            styles = rng.choice((("zh_num", "zh_paren", "zh_circ"), ("zh_paren", "zh_circ"), ("zh_num", "zh_paren")))
            parts.append(_deep_list(rng, styles, words=(5, 20)))
        elif k < 0.65:
            parts.append(table())
        else:
            parts.append(para())
    css = _new_css(st, size, margins, 1) + (
        "p { hyphens: none; } .list { margin:0.3em 0 0.5em 2em; }"
        ".li { text-align:left; padding-left:3em; text-indent:-2.8em; } .mk { width:2.8em; }"
        ".sub { margin:0.1em 0 0.1em 0.3em; }"
    )
    running = (f'<div class="run" data-gt="footer" style="left:{w // 2 - 16}px;top:{h - bottom + 22}px">'
               f"— {rng.randint(1, 40)} —</div>")  # fmt: skip
    if rng.random() < 0.4:
        running += (f'<div class="run" data-gt="header" style="right:{side}px;top:{top - 30}px;color:#a00">'
                    f"{rng.choice(('内部资料', '征求意见稿', '工作简报'))}</div>")  # fmt: skip
    page = _html(css, running, parts).replace("<html lang='en'>", "<html lang='zh-CN'>", 1)
    return page, size, margins


# ---------------------------------------------------------------------------------------------------- session 24
# Four more styles (`S24_FAMILIES`), written and committed before any scoring.
def _pull_quote(rng: random.Random, colour: str, zh: bool = False) -> str:
    """A pull quote: a sentence of the text set large, between rules or beside a bar (PubLayNet: text)."""
    words = _zh_words(rng, rng.randint(12, 26)) if zh else f"“{_rng_words(rng, rng.randint(9, 22))}”"
    style = rng.choice((f"border-top:2px solid {colour};border-bottom:2px solid {colour};padding:0.3em 0;",
                        f"border-left:4px solid {colour};padding-left:0.6em;", ""))  # fmt: skip
    return (f'<p data-gt="text" class="noindent" style="font-size:1.45em;line-height:1.2;font-style:'
            f'{"normal" if zh else "italic"};text-align:left;color:{colour};margin:0.6em 0;break-inside:avoid;'
            f'{style}">{words}</p>')  # fmt: skip


def _newsletter_page(rng: random.Random, folder: Path) -> tuple[str, tuple[int, int], tuple[int, int, int, int]]:
    """A society newsletter page: a masthead band, short news items under bold heads in two columns, pull quotes,
    an `In this issue` box with a list, a photo with a caption, dates and an issue line in the footer."""
    size = (612, 792) if rng.random() < 0.75 else (596, 842)
    w, h = size
    st = _style(rng, "bp_newsletter")
    st.update(body_font=rng.choice(_SERIF + _SANS), head_font=rng.choice(_SANS), size=round(rng.uniform(8.5, 10), 1),
              lh=round(rng.uniform(1.2, 1.4), 2), gutter=rng.randint(16, 26), gap=rng.choice((0.3, 0.6)),
              indent=0, hyphens="auto", head_case=rng.choice(("none", "uppercase")))  # fmt: skip
    st["head_size"] = round(st["size"] * rng.uniform(1.15, 1.45), 1)
    side = rng.randint(36, 52)
    band = rng.randint(40, 64)
    margins = (band + rng.randint(16, 26), side, rng.randint(42, 56), side)
    d = _Doc(rng, folder, "bp_newsletter")
    colour = rng.choice(("#00539b", "#8b1a1a", "#2f6f3e", "#6a3d9a", "#b35900"))
    parts: list[str] = []
    if rng.random() < 0.5:
        items = "".join(f'<div class="li"><span class="mk">{rng.choice(("•", "›", "■"))}</span>'
                        f"{html.escape(_title_words(rng, rng.randint(2, 6)))} ... {rng.randint(2, 16)}</div>"
                        for _ in range(rng.randint(3, 6)))  # fmt: skip
        parts.append(f'<div style="border:1px solid {colour};padding:5px 8px;margin-bottom:0.7em;break-inside:avoid">'
                     f'<h2 data-gt="title" style="margin:0 0 0.3em 0;color:{colour}">In this issue</h2>'
                     f'<div data-gt="list" class="list" style="margin:0">{items}</div></div>')  # fmt: skip
    for i in range(rng.randint(6, 11)):
        k = rng.random()
        if k < 0.3 or i == 0:
            head = html.escape(_title_words(rng, rng.randint(3, 8)))
            parts.append(f'<h2 data-gt="title" style="color:{colour}">{head}</h2>')
            parts.append(d.para((30, 90)))
        elif k < 0.45:
            parts.append(_pull_quote(rng, colour))
        elif k < 0.57:
            parts.append(d.figure(rng.uniform(1.2, 1.8)))
        elif k < 0.65:
            parts.append(d.list_())
        else:
            parts.append(d.para((30, 110)))
    css = _new_css(st, size, margins, 2) + "p { text-align: left; }" * (rng.random() < 0.5)
    name = rng.choice(("Society News", "The Newsletter", "Members' Bulletin", "Network Update", "Lab Notes"))
    running = (f'<div style="position:absolute;left:0;top:0;width:{w}px;height:{band}px;background:{colour}"></div>'
               f'<div class="run" data-gt="header" style="left:{side}px;top:{band // 2 - 12}px;color:white;'
               f'font-size:{rng.randint(16, 22)}pt;font-weight:bold">{name}</div>'
               f'<div class="run" data-gt="footer" style="left:{side}px;top:{h - margins[2] + 16}px">'
               f"Vol. {rng.randint(1, 40)}, No. {rng.randint(1, 12)} · {rng.choice(('Spring', 'Winter', 'July'))} "
               f"{rng.randint(2010, 2022)}</div>"
               f'<div class="run" data-gt="footer" style="right:{side}px;top:{h - margins[2] + 16}px">'
               f"{rng.randint(2, 24)}</div>")  # fmt: skip
    return _html(css, running, parts), size, margins


def _zh_magazine_page(rng: random.Random, folder: Path) -> tuple[str, tuple[int, int], tuple[int, int, int, int]]:
    """A Chinese magazine page in three columns: a headline and standfirst across the page, a byline, narrow
    columns of text indented two characters, bold crossheads, a pull quote, a photo with a caption, a folio line."""
    size = (595, 842) if rng.random() < 0.6 else (612, 792)
    h = size[1]
    st = _style(rng, "bp_zh_magazine")
    font = rng.choice(("WenQuanYi Micro Hei", "WenQuanYi Zen Hei"))
    st.update(body_font=font, head_font=font, size=round(rng.uniform(8, 9.5), 1), lh=round(rng.uniform(1.45, 1.75), 2),
              indent=2, gap=0, head_case="none", gutter=rng.randint(12, 20))  # fmt: skip
    st["head_size"] = round(st["size"] * rng.uniform(1.15, 1.4), 1)
    side = rng.randint(34, 48)
    margins = (rng.randint(48, 64), side, rng.randint(50, 62), side)
    d = _Doc(rng, folder, "bp_zh_magazine")
    colour = rng.choice(("#b71c1c", "#0d47a1", "#1b5e20", "#333333"))
    parts: list[str] = []
    if rng.random() < 0.65:
        parts.append(
            f'<div class="span" style="margin-bottom:0.8em">'
            f'<h1 data-gt="title" style="font-size:{rng.randint(20, 28)}pt;line-height:1.15;margin:0 0 0.3em 0;'
            f'color:{colour}">{"".join(rng.sample(_ZH_WORDS[:60], rng.randint(4, 7)))}</h1>'
            f'<p data-gt="text" class="noindent" style="font-size:{st["size"] + 2}pt;line-height:1.4">'
            f"{_zh_words(rng, rng.randint(25, 45))}</p>"
            f'<p data-gt="text" class="noindent" style="margin-top:0.3em">文／{rng.choice(_ZH_NAMES)}　'
            f"图／{rng.choice(_ZH_NAMES)}</p></div>"
        )  # fmt: skip

    def para() -> str:
        return f'<p data-gt="text">{_zh_words(rng, rng.randint(40, 120))}</p>'

    for _ in range(rng.randint(8, 13)):
        k = rng.random()
        if k < 0.22:
            parts.append(f'<h2 data-gt="title" style="color:{colour}">{"".join(rng.sample(_ZH_WORDS[:60], 3))}</h2>')
            parts.append(para())
        elif k < 0.34:
            parts.append(_pull_quote(rng, colour, zh=True))
        elif k < 0.46:
            d.n_img += 1
            aspect = rng.uniform(1.1, 1.7)
            name = f"ph{d.n_img}.png"
            _photo(rng, 800, int(800 / aspect)).save(folder / name)
            parts.append(f'<div class="fig"><img data-gt="figure" src="{name}" style="width:100%;'
                         f'aspect-ratio:{aspect:.3f}"><p data-gt="figure_caption" class="cap" style="text-align:left">'
                         f"{_zh_words(rng, rng.randint(8, 24))}</p></div>")  # fmt: skip
        else:
            parts.append(para())
    css = _new_css(st, size, margins, 3)
    mag = rng.choice(("科学画报", "城市周刊", "健康生活", "环球视野", "科技纵横"))
    running = (f'<div class="run" data-gt="footer" style="left:{side}px;top:{h - margins[2] + 18}px">'
               f"{rng.randint(10, 96)}　{mag}　{rng.randint(2015, 2023)}年第{rng.randint(1, 24)}期</div>")  # fmt: skip
    if rng.random() < 0.6:
        running += (f'<div class="run" data-gt="header" style="right:{side}px;top:{margins[0] - 28}px;color:{colour}">'
                    f"{rng.choice(('封面故事', '特别报道', '科技前沿', '人物'))}</div>")  # fmt: skip
    return _html(css, running, parts).replace("lang='en'", "lang='zh'", 1), size, margins


def _slides_page(rng: random.Random, folder: Path) -> tuple[str, tuple[int, int], tuple[int, int, int, int]]:
    """A slide-like report page: a large heading, a row of key-figure callouts (a big number over a short label),
    coloured callout boxes with a bold head and a few lines, bullet lists, a chart, a source note at the foot."""
    size = (612, 792) if rng.random() < 0.7 else (596, 842)
    h = size[1]
    st = _style(rng, "bp_slides")
    st.update(body_font=rng.choice(_SANS), head_font=rng.choice(_SANS), size=round(rng.uniform(9, 11), 1),
              lh=round(rng.uniform(1.2, 1.4), 2), gap=0.5, indent=0, hyphens="manual", head_case="none")  # fmt: skip
    st["head_size"] = round(st["size"] * rng.uniform(1.2, 1.5), 1)
    side = rng.randint(40, 56)
    margins = (rng.randint(44, 60), side, rng.randint(48, 64), side)
    d = _Doc(rng, folder, "bp_slides")
    colour = rng.choice(("#005f73", "#9b2226", "#3a5a40", "#3d405b", "#e76f51"))
    fill = rng.choice(("#e9f5f7", "#fbeaea", "#eef4ea", "#f1f1f6"))
    parts = [f'<h1 data-gt="title" style="font-size:{rng.randint(20, 26)}pt;line-height:1.15;margin:0 0 0.5em 0;'
             f'color:{colour}">{html.escape(_title_words(rng, rng.randint(3, 7)))}</h1>']  # fmt: skip

    def callouts() -> str:
        cells = "".join(
            f'<div style="flex:1;text-align:center;padding:4px"><div data-gt="text" style="font-size:'
            f'{rng.randint(20, 28)}pt;font-weight:bold;color:{colour};line-height:1.1">'
            f"{rng.choice((f'{rng.randint(5, 95)}%', f'{rng.randint(2, 900)}', f'${rng.randint(1, 99)}M'))}</div>"
            f'<div data-gt="text" style="font-size:{st["size"] - 1}pt;line-height:1.2">'
            f"{_rng_words(rng, rng.randint(3, 8))}</div></div>"
            for _ in range(rng.randint(2, 4))
        )  # fmt: skip
        return f'<div style="display:flex;gap:12px;margin:0.4em 0 0.8em 0;break-inside:avoid">{cells}</div>'

    def box() -> str:
        words = _rng_words(rng, rng.randint(15, 45))
        inner = f'<p data-gt="text" class="noindent" style="text-align:left">{words}</p>'
        inner = inner if rng.random() < 0.6 else d.list_()
        return (f'<div style="background:{fill};border-left:5px solid {colour};padding:6px 10px;margin:0.6em 0;'
                f'break-inside:avoid"><h2 data-gt="title" style="margin:0 0 0.3em 0;color:{colour}">'
                f"{html.escape(_title_words(rng, rng.randint(2, 5)))}</h2>{inner}</div>")  # fmt: skip

    if rng.random() < 0.7:
        parts.append(callouts())
    for _ in range(rng.randint(4, 7)):
        k = rng.random()
        if k < 0.3:
            parts.append(box())
        elif k < 0.5:
            parts.append(d.list_())
        elif k < 0.65:
            parts.append(d.figure(rng.uniform(1.5, 2.4)))
        elif k < 0.8:
            parts.append(d.heading(2))
            parts.append(d.para((20, 60)))
        else:
            parts.append(d.para((25, 70)))
    css = _new_css(st, size, margins, rng.choice((1, 1, 2))) + "p { text-align: left; }"
    running = (f'<div class="run" data-gt="footer" style="left:{side}px;top:{h - margins[2] + 16}px">'
               f"Source: {rng.choice(_JOURNALS)}, {rng.randint(2015, 2023)}</div>"
               f'<div class="run" data-gt="footer" style="right:{side}px;top:{h - margins[2] + 16}px">'
               f"{rng.randint(2, 40)}</div>")  # fmt: skip
    return _html(css, running, parts), size, margins


def _patent_page(rng: random.Random, folder: Path) -> tuple[str, tuple[int, int], tuple[int, int, int, int]]:
    """A patent specification page: the publication number and date at the head, two columns of numbered
    paragraphs (`[0012] ...`) under centred upper-case section heads; on a last page `What is claimed is:` and
    numbered claims (a list: each claim an item), their elements set in on lines of their own."""
    size = (612, 792)
    st = _style(rng, "bp_patent")
    st.update(body_font=rng.choice(_SERIF), head_font=rng.choice(_SERIF), size=round(rng.uniform(8.5, 10), 1),
              lh=round(rng.uniform(1.2, 1.45), 2), gap=0.4, indent=rng.choice((0, 2)), hyphens="manual",
              head_case="uppercase", gutter=rng.randint(18, 30))  # fmt: skip
    st["head_size"] = st["size"]
    side = rng.randint(44, 60)
    margins = (rng.randint(62, 80), side, rng.randint(44, 60), side)
    n = rng.randint(5, 140)
    parts: list[str] = []
    heads = ("BACKGROUND", "FIELD OF THE INVENTION", "SUMMARY", "BRIEF DESCRIPTION OF THE DRAWINGS",
             "DETAILED DESCRIPTION", "EXAMPLES")  # fmt: skip
    claims = rng.random() < 0.45
    for _ in range(rng.randint(4, 9) if not claims else rng.randint(1, 3)):
        if rng.random() < 0.3:
            parts.append(f'<h2 data-gt="title" class="ctr" style="font-weight:normal">{rng.choice(heads)}</h2>')
        parts.append(f'<p data-gt="text">[{n:04d}] {_rng_words(rng, rng.randint(30, 120))}</p>')
        n += 1
    if claims:
        parts.append('<p data-gt="text" class="noindent">What is claimed is:</p>')
        items = []
        for c in range(1, rng.randint(3, 7)):
            elems = "".join(f'<div style="padding-left:1.5em;text-indent:0">'
                            f'{_rng_words(rng, rng.randint(6, 18)).rstrip(".")};</div>'
                            for _ in range(rng.randint(0, 3)))  # fmt: skip
            lead = "A method" if c == 1 else f"The method of claim {rng.randint(1, c - 1)}"
            end = ", comprising:" if elems else "."
            words = _rng_words(rng, rng.randint(10, 40)).rstrip(".")
            items.append(f'<div class="li" style="padding-left:0;text-indent:1.5em"><span class="mk" '
                         f'style="width:auto">{c}.&nbsp;</span>{lead} {words}{end}{elems}</div>')  # fmt: skip
        parts.append(f'<div data-gt="list" class="list">{"".join(items)}</div>')
    css = _new_css(st, size, margins, 2)
    w = size[0]
    number = f"US {rng.randint(2005, 2022)}/{rng.randint(0, 399999):07d} A1"
    running = (f'<div class="run" data-gt="header" style="left:{side}px;top:{margins[0] - 34}px">{number}</div>'
               f'<div class="run" data-gt="header" style="right:{side}px;top:{margins[0] - 34}px">'
               f"{rng.choice(('Jan.', 'Mar.', 'Jun.', 'Sep.', 'Nov.'))} {rng.randint(1, 28)}, {rng.randint(2005, 2022)}"
               f'</div><div class="run" data-gt="header" style="left:{w // 2 - 8}px;top:{margins[0] - 34}px">'
               f"{rng.randint(2, 30)}</div>")  # fmt: skip
    return _html(css, running, parts), size, margins


_NEW = {
    "bp_conf": _conf_page,
    "bp_preprint": _preprint_page,
    "bp_bulletin": _bulletin_page,
    "bp_journal": _journal_page,
    "bp_report": _report_page,
    "bp_chapter": _chapter_page,
    "bp_zh": _zh_paper_page,
    "bp_tablepage": _tablepage_page,
    "bp_figpage": _figpage_page,
    "bp_backmatter": _backmatter_page,
    "bp_medical": _medical_page,
    "bp_affil": _affil_page,
    "bp_algo": _algo_page,
    "bp_magazine": _magazine_page,
    "bp_thesis": _thesis_page,
    "bp_zh_report": _zh_report_page,
    "bp_newsletter": _newsletter_page,
    "bp_zh_magazine": _zh_magazine_page,
    "bp_slides": _slides_page,
    "bp_patent": _patent_page,
}


def _drop_spanning_parts(boxes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A nested list broken across two columns comes back as its two column pieces plus one box over both (the
    inner list's own rectangle joins them): a part holding two parts of the same element that sit side by side is
    dropped, and so is the second of two parts with the same box (a paragraph led by a bold then an italic run)."""

    def holds(a: list[float], b: list[float]) -> bool:
        inter = max(0.0, min(a[2], b[2]) - max(a[0], b[0])) * max(0.0, min(a[3], b[3]) - max(a[1], b[1]))
        return inter >= 0.9 * (b[2] - b[0]) * (b[3] - b[1])

    def beside(a: list[float], b: list[float]) -> bool:
        return min(a[2], b[2]) <= max(a[0], b[0])

    out: list[dict[str, Any]] = []
    for b in boxes:
        held = [o["bbox"] for o in boxes if o["index"] == b["index"] and o is not b and holds(b["bbox"], o["bbox"])]
        twin = any(
            o["index"] == b["index"] and holds(o["bbox"], b["bbox"]) and holds(b["bbox"], o["bbox"]) for o in out
        )
        if not twin and not any(beside(x, y) for x in held for y in held):
            out.append(b)
    return out


def make_page(browser: Browser, family: str, seed: int) -> BrowserPage:
    """One page of `family`; the same seed gives the same page."""
    rng = random.Random(f"{family}:{seed}")
    with tempfile.TemporaryDirectory(prefix="bp_") as tmp:
        folder = Path(tmp)
        page, (w, h), (top, right, bottom, left) = _page_html(family, rng, folder)
        image, boxes = browser.render(page, w, h, scale=SCALE, base=folder)
    image = image.resize((w, h), Image.Resampling.LANCZOS)
    regions = []
    if family in S13_FAMILIES + S24_FAMILIES:
        boxes = _drop_spanning_parts(boxes)
    for b in boxes:
        x0, y0, x1, y1 = (v / SCALE for v in b["bbox"])
        if b["label"] not in ("header", "footer"):
            # the frame hides what overflows it (text run on into a third column): keep what shows inside it
            cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
            if not (left - 2 <= cx <= w - right + 2 and top - 2 <= cy <= h - bottom + 2):
                continue
            x0, x1 = max(x0, left - 1), min(x1, w - right + 1)
            if family in S12_FAMILIES + S13_FAMILIES + S24_FAMILIES:  # a float cut at the foot of the frame: what shows
                y1 = min(y1, h - bottom + 1)
        if x1 - x0 < 2 or y1 - y0 < 2:
            continue
        regions.append({"type": b["label"], "bbox": (x0, y0, x1, y1), "text": b["text"]})
    return BrowserPage(image, family, regions)


def write_set(out: Path, families: tuple[str, ...], pages: int, seed: int, quality: tuple[int, int] = (70, 92)) -> Path:
    """Render `pages` pages of each family into `out/images` (JPEG) and `out/gt.json` (COCO, PubLayNet categories);
    -> the gt path. Pages of the same family, seed and index are the same pages."""
    (out / "images").mkdir(parents=True, exist_ok=True)
    images: list[dict[str, Any]] = []
    anns: list[dict[str, Any]] = []
    with Browser() as b:
        for fam in families:
            for i in range(pages):
                page = make_page(b, fam, seed * 100_000 + i)
                name = f"{fam}_{seed}_{i:03d}.jpg"
                q = random.Random(name).randint(*quality)
                buf = io.BytesIO()
                page.image.save(buf, "JPEG", quality=q)
                (out / "images" / name).write_bytes(buf.getvalue())
                image_id = len(images) + 1
                images.append({"id": image_id, "file_name": name, "width": page.image.width,
                               "height": page.image.height, "family": fam})  # fmt: skip
                for r in page.regions:
                    cat = PUBLAYNET.get(TO_PUBLAYNET.get(r["type"], r["type"]))
                    if cat is None:
                        continue
                    x0, y0, x1, y1 = (round(float(v), 2) for v in r["bbox"])
                    poly = [x0, y0, x1, y0, x1, y1, x0, y1]
                    anns.append({"id": len(anns) + 1, "image_id": image_id, "category_id": cat, "iscrowd": 0,
                                 "bbox": [x0, y0, round(x1 - x0, 2), round(y1 - y0, 2)],
                                 "area": round((x1 - x0) * (y1 - y0), 2), "segmentation": [poly],
                                 "label": r["type"]})  # fmt: skip
    cats = [{"id": v, "name": k, "supercategory": ""} for k, v in PUBLAYNET.items()]
    gt = out / "gt.json"
    gt.write_text(json.dumps({"images": images, "annotations": anns, "categories": cats}), encoding="utf-8")
    return gt


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--families", nargs="+", default=list(FAMILIES), choices=ALL_FAMILIES)
    ap.add_argument("--pages", type=int, default=12)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    gt = write_set(args.out, tuple(args.families), args.pages, args.seed)
    print(gt)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
