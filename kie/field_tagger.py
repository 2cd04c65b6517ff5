"""The learned field tagger of resumes and invoices: every *segment* of a text line (the whole line, its parts
between separators such as `|` or wide gaps, the value after a printed key `Key:`, each side of a `<degree> in
<major>`) -> a probability per field label or `O`, by a small gradient-boosted tree model (ONNX, run by the engine
interface; trained by `docsense train kie --template resume|invoice`, train/kie.py).

Segments are the span decoding kept simple: a value printed as a part of a line (the city of a contact line
`555-0100 | a@b.com | Austin, TX`, the major of `BSc in Physics`) is one of its line's segments, so picking the best
segment per field reads it without a token-level decoder. The template runner fuses the picks with its rules like the
receipt tagger's (`kie/tagger.py` `LineTagger` loads either kind by its card): a value read next to a printed key
stays, the tagger fills the fields the rules left empty.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
import zlib
from dataclasses import dataclass

import numpy as np

from .view import TLine, View

# separators between the parts of one printed line (a contact line, `School | City`, `学历：本科　　专业：物理`)
_SPLIT = re.compile(r"\s*[|｜•·●▪◆;；]\s*|\s*[/／]\s+|\s{2,}|　+|\s[–—-]\s|\t")
_KEY = re.compile(r"^([^:：]{1,24})[:：]\s*(.+)$")
# `<degree> in <major>` splits at its first ` in `; with none, `<degree> of <major>` at its last ` of `
_IN = re.compile(r"^(.{2,40}?)\s+in\s+(.{2,60})$|^(.{2,40})\s+of\s+(.{2,60})$")
_CJK = re.compile(r"[\u3400-\u9fff]")

# cues of what a text is (a value's shape) and of what a key or a section title asks for
SHAPES: tuple[tuple[str, str], ...] = (
    ("email", r"[\w.+-]+@[\w-]+\.[\w.]+"),
    ("phone", r"(\+?\d[\d\s().-]{7,}\d)"),
    (
        "date",
        r"\b\d{4}[-/.年]\d{1,2}|\b\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\b|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct"
        r"|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}|\b\d{1,2}\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)",
    ),
    ("year", r"\b(19|20)\d{2}\b"),
    ("range", r"(19|20)\d{2}.{0,12}?[-–~至到].{0,4}((19|20)\d{2}|present|now|今|至今)"),
    ("money", r"\d[\d,]*[.,]\d{2}\b"),
    ("currency", r"[$¥￥€£]|\b(usd|eur|gbp|cny|rmb|sgd|cad|aud|inr|hkd|myr|jpy)\b|人民币"),
    ("percent", r"\d\s*%"),
    ("city_st", r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)?,\s*[A-Z]{2}\b"),
    ("tax_id", r"\b[0-9A-Z]{15,20}\b|\b\d{2}[A-Z]{5}\d{4}[A-Z]\d[A-Z\d]{2}\b|\b(gst|vat|abn|hst|ein)\b"),
    ("doc_no", r"\b[A-Z]{1,5}[-/]?\d{3,}\b|\bno\.?\s*\d{3,}"),
    ("company", r"\b(inc|ltd|llc|plc|gmbh|corp|co\.|company|limited|group|pty|s\.?a\.?)\b|公司|集团|商行|厂"),
    ("school", r"\b(university|college|institute|school|academy|polytechnic)\b|大学|学院|学校"),
    (
        "degree",
        r"\b(b\.?s\.?c?|b\.?a|m\.?s\.?c?|m\.?a|m\.?eng|b\.?eng|mba|ph\.?d|bachelor|master|doctor|associate|"
        r"diploma|b\.?tech|m\.?tech|bcom|llb|jd|md)\b|本科|硕士|博士|专科|大专|学士|研究生",
    ),
    ("years", r"\d+\+?\s*(years?|yrs)|\d+\s*年"),
    ("gender", r"^\W*(male|female|男|女)\W*$"),
    ("url", r"https?:|www\.|linkedin|github"),
    ("title_case", r"^([A-Z][\w'.-]*)( [A-Z][\w'.-]*){1,3}$"),
    ("street", r"\b\d+\s+[A-Z][a-z]+ (st|street|rd|road|ave|avenue|blvd|lane|ln|drive|dr|way)\b|路|街|号|区"),
)
KEYS: tuple[tuple[str, str], ...] = (
    ("k_name", r"\bname\b|姓\s*名"),
    ("k_phone", r"phone|mobile|\btel\b|\bcell\b|电话|手机|联系方式"),
    ("k_email", r"e-?mail|邮箱|电子邮件"),
    ("k_city", r"\b(city|location|address|based|residence|lives?)\b|现居|所在地|城市|籍贯|地址|居住"),
    ("k_degree", r"degree|qualification|学历|学位"),
    ("k_school", r"school|university|institution|college|学校|院校|毕业"),
    ("k_major", r"major|field|discipline|speciali[sz]|concentration|专业"),
    ("k_position", r"objective|position|target|role|seeking|desired|求职|意向|应聘|岗位|职位"),
    ("k_years", r"experience|years|工作年限|经验"),
    ("k_gender", r"gender|\bsex\b|性别"),
    ("k_birth", r"birth|\bdob\b|\bborn\b|出生|生日"),
    ("k_invno", r"invoice\s*(no|number|#)|\bno\.|number|\b(bill|folio|credit note|ref)\b|发票号码|单号|编号"),
    ("k_date", r"\bdate\b|\bdated\b|日期|开票"),
    ("k_due", r"\bdue\b|payable by|到期"),
    ("k_seller", r"\bfrom\b|seller|supplier|vendor|remit|payee|pay to|销售方|销方|收款"),
    ("k_buyer", r"bill(ed)?\s*to|\bto\b|buyer|customer|client|sold to|ship to|guest|account|购买方|购方|付款|客户"),
    ("k_taxid", r"\b(tax|gst|vat|abn|hst|ein|gstin|trn|tin)\b|识别号|税号"),
    ("k_subtotal", r"sub\s*-?\s*total|net|before tax|excl|不含税|金额合计"),
    ("k_tax", r"\b(tax|gst|vat|hst|cgst|sgst|igst)\b|税额"),
    ("k_total", r"\btotal\b|amount due|balance|grand|payable|合计|总计|价税"),
    ("k_currency", r"currency|币种"),
)
SECTIONS: tuple[tuple[str, str], ...] = (
    ("s_edu", r"education|academic|qualification|教育|学历"),
    ("s_exp", r"experience|employment|work history|career|工作|实习|项目"),
    ("s_contact", r"contact|personal|details|profile|about|基本信息|个人|联系"),
    ("s_skill", r"skills?|languages?|certific|awards?|技能|证书|语言|荣誉"),
    ("s_summary", r"summary|objective|profile|求职|意向|自我评价"),
    ("s_bill", r"bill(ed)?\s*to|customer|client|buyer|购买方|客户"),
    ("s_from", r"\bfrom\b|seller|supplier|remit|销售方"),
)
_SHAPE_CS = {"city_st", "title_case", "tax_id", "doc_no", "street"}  # case tells these apart
_SHAPES = [re.compile(p) if n in _SHAPE_CS else re.compile(p, re.I) for n, p in SHAPES]
_KEYS = [re.compile(p, re.I) for _, p in KEYS]
_SECTIONS = [re.compile(p, re.I) for _, p in SECTIONS]

NUMERIC = (
    "x0", "x1", "y", "w", "h_rel", "h_rank", "row_rel", "row_idx", "n_in_row", "pos_in_row", "gap_above",
    "gap_below", "centered", "page", "seg_kind", "seg_idx", "n_segs", "seg_start", "seg_end", "n_chars", "n_words",
    "letters", "digits", "upper", "cjk", "punct", "has_colon", "line_chars", "section_dist", "first_letter_row",
)  # fmt: skip
SHAPE_NAMES = [n for n, _ in SHAPES]
KEY_NAMES = [n for n, _ in KEYS]
SECTION_NAMES = [n for n, _ in SECTIONS]
FEATURE_NAMES = (
    list(NUMERIC) + SHAPE_NAMES + [f"line_{n}" for n in SHAPE_NAMES] + [f"own_{n}" for n in KEY_NAMES]
    + [f"left_{n}" for n in KEY_NAMES] + [f"up_{n}" for n in KEY_NAMES] + SECTION_NAMES
)  # fmt: skip

# Learned key text (a card's `key_ngrams` = B > 0): the key printed before a segment on its line, the line to its left
# in the row and the text above it, each as its characters and character pairs, its first and last character and
# last pair (`…方`, `…单位`, `…合计` mark a kind of key whatever its first words) and its lower-cased Latin words,
# hashed into B buckets a source (presence). Key words nobody listed then share features with the listed ones.
KEY_SOURCES = ("own", "left", "up")
_KEY_TEXT = re.compile(r"[\u3400-\u9fff]+|[a-z]+")


def feature_names(key_ngrams: int = 0) -> list[str]:
    """The feature columns of a model trained with `key_ngrams` hashed key buckets a source (0: FEATURE_NAMES)."""
    return list(FEATURE_NAMES) + [f"{src}_kg{i}" for src in KEY_SOURCES for i in range(key_ngrams)]


def key_grams(text: str) -> list[str]:
    """The tokens of a key's text: CJK characters, pairs, first / last character and last pair; Latin words."""
    text = unicodedata.normalize("NFKC", text).lower()
    out: list[str] = []
    runs = _KEY_TEXT.findall(text)
    for i, run in enumerate(runs):
        if run.isascii():
            out.append(f"w:{run}")
            continue
        out += list(run) + [run[j : j + 2] for j in range(len(run) - 1)]
        if i == 0:
            out.append(f"^{run[0]}")
        if i == len(runs) - 1:
            out += [f"{run[-1]}$", f"{run[-2:]}$"]
    return out


def _hashed(text: str, buckets: int) -> list[float]:
    v = [0.0] * buckets
    for g in key_grams(text) if text else ():
        v[zlib.crc32(g.encode("utf-8")) % buckets] = 1.0
    return v


@dataclass
class Segment:
    """A candidate value: `text` is characters [start, end) of `line.text`; `kind` 0 the whole line, 1 a part
    between separators, 2 the value after a printed key, 3 a side of `<degree> in <major>`."""

    line: TLine
    start: int
    end: int
    kind: int
    key: str = ""  # the printed key before it on its line (`Email` of `Email: a@b.com`)

    @property
    def text(self) -> str:
        return self.line.text[self.start : self.end]


# a key run ending at a colon: the words right before it, no figures, no spaces (`合计金额(大写)` of
# `运费合计:13324.07合计金额(大写):壹万…`)
_KEY_RUN = re.compile(r"[^\d\s:：,，.。;；|/]{1,12}$")


def key_pairs(line: TLine) -> list[Segment]:
    """A line of several `key：value` pairs printed without a gap between them, one value a segment: each value
    runs from its key's colon to where the next key's words begin (OCR reads `日期：2024-05-01单号：A17` as one
    text). Only for a model that reads key text (`key_ngrams`)."""
    text = line.text
    colons = [m.start() for m in re.finditer(r"[:：]", text)]
    out = []
    for i, c in enumerate(colons):
        key = _KEY_RUN.search(text[:c])
        if i == 0 and key is None:
            continue
        end = len(text)
        if i + 1 < len(colons):
            # the value ends where the next key's words begin
            nxt = _KEY_RUN.search(text[c + 1 : colons[i + 1]])
            if nxt is None or nxt.start() == 0:
                continue
            end = c + 1 + nxt.start()
        if end > c + 1:
            out.append(Segment(line, c + 1, end, 7, key.group(0) if key else ""))
    return out if len(colons) > 1 else []


def segments(line: TLine, pairs: bool = False) -> list[Segment]:
    text = line.text
    out = [Segment(line, 0, len(text), 0)]
    parts, pos = [], 0
    for sep in _SPLIT.finditer(text):
        if sep.start() > pos:
            parts.append((pos, sep.start()))
        pos = sep.end()
    if pos < len(text):
        parts.append((pos, len(text)))
    if len(parts) > 1:
        out += [Segment(line, s, e, 1) for s, e in parts]
    for s, e in parts or [(0, len(text))]:
        piece = text[s:e]
        if k := _KEY.match(piece):
            vs = s + k.start(2)
            out.append(Segment(line, vs, e, 2, k.group(1)))
            s, piece = vs, text[vs:e]
        if d := _IN.match(piece):
            a, b = (1, 2) if d.group(1) is not None else (3, 4)
            out.append(Segment(line, s + d.start(a), s + d.end(a), 3))
            out.append(Segment(line, s + d.start(b), s + d.end(b), 3))
        # comma parts, and two neighbouring ones (`Austin, TX` of `12 Elm St, Austin, TX 78701`)
        commas = [(s + c.start(), s + c.end()) for c in re.finditer(r"[^,，]+", piece)]
        if len(commas) > 1:
            out += [Segment(line, a, b, 4) for a, b in commas]
            out += [Segment(line, a[0], b[1], 4) for a, b in itertools.pairwise(commas)]
        # a bracketed part (`Master of Science (Computer Science)`) and the last word (`Invoice No. TI-35573`)
        out += [
            Segment(line, s + b.start(1), s + b.end(1), 5) for b in re.finditer(r"[(（]([^()（）]{2,60})[)）]", piece)
        ]
        words = list(re.finditer(r"\S+", piece))
        if len(words) > 1:
            out.append(Segment(line, s + words[-1].start(), s + words[-1].end(), 6))
    if pairs:
        out += key_pairs(line)
    seen: set[tuple[int, int]] = set()
    uniq = []
    for g in out:
        while g.end > g.start and text[g.end - 1] in " ,;.:：":
            g.end -= 1
        while g.end > g.start and text[g.start] in " ,;:：":
            g.start += 1
        if g.end > g.start and (g.start, g.end) not in seen:
            seen.add((g.start, g.end))
            uniq.append(g)
    return uniq


def _flags(pats: list[re.Pattern[str]], text: str) -> list[float]:
    return [1.0 if p.search(text) else 0.0 for p in pats]


def _title(text: str) -> bool:
    """A section title: short, no figures, no colon value."""
    t = text.strip(" :：")
    return 0 < len(t) <= 30 and not re.search(r"\d|@", t) and len(t.split()) <= 4 and not re.search(r"[:：].", t)


def segment_features(view: View, key_ngrams: int = 0) -> tuple[list[Segment], np.ndarray]:
    """Every segment of every line of the document (reading order) and its feature matrix (float32): the columns of
    `feature_names(key_ngrams)`."""
    lines = list(view.lines)
    if not lines:
        return [], np.zeros((0, len(feature_names(key_ngrams))), np.float32)
    pages = sorted({t.page for t in lines})
    ext = {}
    for p in pages:
        ls = [t for t in lines if t.page == p]
        ext[p] = (
            min(t.box[0] for t in ls),
            max(t.box[2] for t in ls),
            min(t.box[1] for t in ls),
            max(t.box[3] for t in ls),
        )
    rows = sorted({t.row for t in lines})
    row_pos = {r: i for i, r in enumerate(rows)}
    n_rows = max(1, len(rows))
    med_h = float(np.median([t.h for t in lines]))
    heights = sorted({round(t.h / med_h, 1) for t in lines}, reverse=True)
    first_letter = next((row_pos[t.row] for t in lines if sum(c.isalpha() for c in t.text) >= 2), 0)
    # the section each line is under: the nearest title above it (by reading order)
    section: list[tuple[list[float], int]] = []
    cur, cur_i = [0.0] * len(SECTIONS), -1
    for i, t in enumerate(lines):
        section.append((cur, i - cur_i if cur_i >= 0 else 99))
        if _title(t.text) and any(f := _flags(_SECTIONS, t.text)):
            cur, cur_i = f, i
    segs: list[Segment] = []
    rows_x: list[list[float]] = []
    for i, t in enumerate(lines):
        x0, x1, y0, y1 = ext[t.page]
        wd, hd = max(1.0, x1 - x0), max(1.0, y1 - y0)
        r = row_pos[t.row]
        row = view.rows[t.row]
        left = [u for u in row if u.box[2] <= t.box[0] + 2 and u is not t]
        left_text = left[-1].text if left else ""
        prev = lines[i - 1] if i > 0 else None
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        up_row = view.rows[rows[r - 1]] if r > 0 else []
        up_text = " ".join(u.text for u in up_row if u.box[0] < t.box[2] and u.box[2] > t.box[0]) or ""
        xc = (t.box[0] + t.box[2]) / 2
        line_num = [
            (t.box[0] - x0) / wd, (t.box[2] - x0) / wd, (t.cy - y0) / hd, (t.box[2] - t.box[0]) / wd,
            t.h / med_h, float(heights.index(round(t.h / med_h, 1))), r / n_rows, float(r), float(len(row)),
            float(row.index(t)) if t in row else 0.0,
            (t.box[1] - prev.box[3]) / med_h if prev is not None and prev.page == t.page else -1.0,
            (nxt.box[1] - t.box[3]) / med_h if nxt is not None and nxt.page == t.page else -1.0,
            1.0 if abs(xc - (x0 + x1) / 2) < 0.08 * wd else 0.0, float(pages.index(t.page)),
        ]  # fmt: skip
        line_shapes = _flags(_SHAPES, t.text)
        left_keys = _flags(_KEYS, left_text) if len(left_text) <= 30 else [0.0] * len(KEYS)
        up_keys = _flags(_KEYS, up_text) if 0 < len(up_text) <= 30 else [0.0] * len(KEYS)
        sec, dist = section[i]
        near = []
        if key_ngrams:
            near = _hashed(left_text if len(left_text) <= 30 else "", key_ngrams)
            near += _hashed(up_text if len(up_text) <= 30 else "", key_ngrams)
        segs_i = segments(t, pairs=key_ngrams > 0)
        n = max(1, len(t.text))
        for k, g in enumerate(segs_i):
            s = g.text
            m = max(1, len(s))
            alpha = sum(c.isalpha() for c in s)
            own_key = g.key or (t.text[: g.start] if g.start else "")
            seg_num = [
                float(g.kind), float(k), float(len(segs_i)), g.start / n, g.end / n, float(len(s)),
                float(len(s.split())), alpha / m, sum(c.isdigit() for c in s) / m,
                sum(c.isupper() for c in s) / max(1, alpha), len(_CJK.findall(s)) / m,
                sum(not c.isalnum() and not c.isspace() for c in s) / m, 1.0 if re.search(r"[:：]", t.text) else 0.0,
                float(len(t.text)), float(min(dist, 99)), float(r - first_letter),
            ]  # fmt: skip
            own_keys = _flags(_KEYS, own_key[-30:]) if own_key else [0.0] * len(KEYS)
            segs.append(g)
            row_x = line_num + seg_num + _flags(_SHAPES, s) + line_shapes + own_keys + left_keys + up_keys + sec
            if key_ngrams:
                row_x += _hashed(own_key[-30:], key_ngrams) + near
            rows_x.append(row_x)
    return segs, np.asarray(rows_x, np.float32)


def value_text(text: str) -> str:
    """A segment's text as a value: the brackets and bullets around it dropped."""
    text = unicodedata.normalize("NFKC", text).strip()
    return text.strip(" \t|•·●▪◆-–—:：;,()[]【】")


# a field's value kind: where the rules' typing (`runner.typed`) needs the figures of a date or an amount in it
DATE_LIKE = re.compile(SHAPES[SHAPE_NAMES.index("date")][1], re.I)


@dataclass
class SegPick:
    text: str
    segment: Segment
    confidence: float


def decode_segments(
    segs: list[Segment], probs: np.ndarray, labels: list[str], floor: float = 0.5
) -> dict[str, SegPick]:
    """Per field the segment the model is surest of, when over `floor`; one segment gives one field (the surest)."""
    out: dict[str, SegPick] = {}
    if not segs:
        return out
    taken: dict[tuple[int, int, int], str] = {}
    order = sorted(
        (
            (float(probs[i, j]), i, lab)
            for j, lab in enumerate(labels)
            if lab != "O"
            for i in [int(np.argmax(probs[:, j]))]
        ),
        reverse=True,
    )
    for p, i, lab in order:
        if p < floor:
            continue
        g = segs[i]
        where = (id(g.line), g.start, g.end)
        if where in taken:
            continue
        taken[where] = lab
        out[lab] = SegPick(value_text(g.text), g, p)
    return out
