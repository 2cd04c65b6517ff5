"""The learned line tagger: every text line of a page -> a probability per field label (`company`, `address`,
`date`, `total`, ... or `O`), from layout and text features, by a small gradient-boosted tree model (ONNX, run by
the engine interface). The template runner fuses its picks with the rules (`kie.engine`): a value found next to a
printed key wins, the tagger fills the rest.

Features are computed from the `View` (upright lines grouped into rows) the rules use, so training data, OCR output
and PDF text layers all go through the same code: `line_features(view)`.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from docsense.core.config import EngineSettings
from docsense.core.engine import get_engine

from . import normalize as nz
from . import values as vl
from .view import TLine, View

# Text cues, each a 0/1 feature of the line itself, of the rest of its row, and of the rows above and below.
CUES: tuple[tuple[str, str], ...] = (
    ("sdn_bhd", r"\b(sdn\.?\s*bhd|s/b|bhd|berhad|pte\.?\s*ltd|ltd|llc|inc|plc|gmbh|co\b|corp|company)"),
    (
        "shop",
        r"\b(enterprise|trading|restaurant|restoran|hardware|perniagaan|kedai|store|mart|market|shop|bakery|"
        r"cafe|bistro|pharmacy|station|centre|center|food|trading|supermarket|hypermarket|minimart|bookstore|"
        r"stationery|florist|kitchen|house|marketing|industries|services|holdings)\b",
    ),
    ("regno", r"(\(\s*\d{4,}\s*-?\s*[a-z]\s*\)|\b\d{5,}\s*-\s*[a-z]\b|\b(co\.?\s*)?(reg|roc|registration)\b)"),
    ("gst", r"\b(gst|sst|tax)\b"),
    ("gst_id", r"\b(gst|sst)\s*(reg|id|no)|\b\d{12}\b"),
    (
        "addr_word",
        r"\b(jalan|jln|taman|tmn|lorong|lot|no\.?\s*\d+[a-z]?|blok|block|jaya|bandar|kawasan|seksyen|persiaran|"
        r"lebuh|bukit|kampung|kg|desa|street|st\.|road|rd\.?|avenue|ave|floor|level|tingkat|plaza|"
        r"industrial|perindustrian|selangor|johor|kuala|lumpur|petaling|malaysia|singapore|puchong|"
        r"damansara|klang|cheras|shah\s*alam|subang|bahru|melaka|penang|pulau|pinang|perak|kedah|"
        r"pahang|negeri|sabah|sarawak|ipoh|seri|sri|utama|indah|kota|batu|baru|sungai|sg\.?|off)\b",
    ),
    ("postcode", r"(?<!\d)\d{5}(?!\d)"),
    ("sg_postcode", r"\bsingapore\s*\d{6}\b|(?<!\d)\d{6}(?!\d)"),
    ("phone", r"\b(tel|phone|fax|h/?p|hp|mobile|whatsapp)\b|\(?\b0\d{1,2}\)?[\s-]?\d{3,4}[\s-]?\d{3,4}\b"),
    ("email_web", r"@|\bwww\.|\.com\b|\.my\b|https?:"),
    (
        "date",
        r"\b\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b|"
        r"\b\d{1,2}\s*(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s*\d{2,4}\b",
    ),
    ("date_key", r"\b(date|tarikh|dated|dt)\b"),
    ("time", r"\b\d{1,2}:\d{2}(:\d{2})?\s*(am|pm)?\b"),
    ("money", r"(?<![\d.])\d{1,6}[.,]\d{2}(?![\d])"),
    ("total_key", r"\b[tf]ota[l1i]\b|\bjumlah\b|\bamount\s*due\b|\bnett?\b|\bgrand\b|\bpayable\b"),
    ("sub_key", r"\bsub\s*-?\s*[tf]ota[l1i]|\b(excl|exclusive|before)\b"),
    ("round_key", r"\bround(ing|ed)?\b|\badj\b|pelarasan"),
    ("cash_key", r"\b(cash|tunai|tender(ed)?|paid|payment|visa|master|card|credit|debit|nets|amex)\b"),
    ("change_key", r"\b(change|baki|kembali|balance)\b"),
    ("qty_key", r"\b(qty|quantity|items?|unit|pcs|price|amt|amount|disc(ount)?)\b"),
    ("doc_key", r"\b(invoice|receipt|resit|bill|cashier|counter|table|order|member|pos|terminal|slip|doc|no\s*:)\b"),
    ("thanks", r"\b(thank|terima|welcome|selamat|please|come\s*again|goods\s*sold|exchange|refund)\b"),
    ("tax_invoice", r"\btax\s*invoice\b|\bsimplified\b"),
    ("paren", r"^\s*\(.*\)\s*$"),
    (
        "owned",
        r"\b(formerly|known\s*as|licensee|owned\s*by|operated|branch|outlet|a\s*member\s*of|division|"
        r"franchise|\(hq\)|hq\b)",
    ),
    ("comma_end", r",\s*$"),
    ("name_like", r"^[A-Z][A-Za-z.'-]+( [A-Z][A-Za-z.'-]+){1,3}$"),
)
_CUES = [re.compile(p, re.I) for _, p in CUES]
CUE_NAMES = [n for n, _ in CUES]

NUMERIC = (
    "x0", "x1", "xc", "y", "w", "h_rel", "row_rel", "row_idx", "rows_below", "n_in_row", "pos_in_row", "n_chars",
    "letters", "digits", "upper", "spaces", "punct", "first_money_rel", "first_date_rel", "first_total_rel",
    "first_phone_rel", "money_value_rank", "money_same_count", "is_max_money", "letter_rank", "gap_above", "gap_below",
    "indent_like_prev", "centered", "company_cue_rank", "first_company_cue_rel", "first_doc_key_rel",
    "first_addr_rel", "last_addr_rel", "first_regno_rel", "first_gst_rel", "first_postcode_rel",
)  # fmt: skip
FEATURE_NAMES = (
    list(NUMERIC) + CUE_NAMES + [f"row_{n}" for n in CUE_NAMES] + [f"up_{n}" for n in CUE_NAMES]
    + [f"down_{n}" for n in CUE_NAMES] + [f"up2_{n}" for n in CUE_NAMES]
)  # fmt: skip


_COMPANY = [_CUES[CUE_NAMES.index(n)] for n in ("sdn_bhd", "shop")]
_ADDR = [CUE_NAMES.index(n) for n in ("addr_word", "postcode", "sg_postcode")]
_NOT_ADDR = [CUE_NAMES.index(n) for n in ("phone", "regno", "gst_id", "doc_key", "tax_invoice", "email_web")]


def _address_cues(cues: list[float]) -> bool:
    return any(cues[i] for i in _ADDR) and not any(cues[i] for i in _NOT_ADDR)


def address_like(text: str) -> bool:
    """An address's first or last line (a house number, a lone state) is often tagged weakly: its words vouch."""
    return _address_cues(_cues(text))


# words that continue a company name from the line above (`CO. (M) SDN BHD` under `POPULAR BOOK`)
NAME_JOINERS = {"and", "co", "m", "the"}


def name_head(text: str, hints: Sequence[re.Pattern[str] | Any]) -> list[str]:
    """The words of a company name's line before its first hint (`TRI SHAAS` of `TRI SHAAS SDN BHD`), joiners
    aside; none when no hint is on the line."""
    starts = [m.start() for p in hints if (m := p.search(text))]
    head = text[: min(starts, default=0)]
    return [w for w in re.findall(r"[^\W\d_]{2,}", head) if w.lower() not in NAME_JOINERS]


def name_starts_above(above: str, text: str, hints: Sequence[re.Pattern[str] | Any]) -> bool:
    """Whether a company name whose line `text` carries a hint (`SDN BHD`, `ENTERPRISE`) began on the line above:
    `POPULAR BOOK` / `CO. (M) SDN BHD` (no word of its own before the hint), `... HARDWARE &` / `ELECTRICAL` or
    `THE COFFEE BEAN` / `& TEA LEAF (M) SDN BHD` (a connector joins them). With words of its own (`MYDIN` /
    `TRI SHAAS SDN BHD`) the line above is a brand or outlet, not the name (SROIE-train tune shops' printed lines:
    10 of 23 two-line names the header rule took had joined a brand)."""
    joined = re.search(r"(&|\band|-|,)\s*$", above, re.I) or re.match(r"\W*(&|and\b)", text, re.I)
    return not name_head(text, hints) or bool(joined)


def _name_above(above: TLine, line: TLine) -> bool:
    """`line` is only the end of a company name (`SDN BHD`, `CO. (M) SDN BHD`) and `above`, on the row just over it,
    holds the rest (`NANDO'S CHICKENLAND MALAYSIA`)."""
    if above.row != line.row - 1 or re.search(r"\d", above.text) or not re.search(r"[^\W\d_]{2,}", above.text):
        return False
    return any(p.search(line.text) for p in _COMPANY) and not name_head(line.text, _COMPANY)


def _cues(text: str) -> list[float]:
    return [1.0 if p.search(text) else 0.0 for p in _CUES]


def all_money(text: str) -> list[tuple[str, str]]:
    """Every money amount of a line -> (raw, normalized), in order."""
    try:
        return [(a.raw, a.money) for a in vl.money_candidates(nz.clean(text))]
    except ArithmeticError:  # a digit run too long for a Decimal amount (a barcode)
        return []


def _money_value(text: str) -> float | None:
    got = all_money(text)
    if not got:
        return None
    return float(got[-1][1])


def line_features(view: View, page: int | None = None) -> tuple[list[TLine], np.ndarray]:
    """The lines of one page (the first by default) in reading order, and their feature matrix (float32)."""
    if not view.lines:
        return [], np.zeros((0, len(FEATURE_NAMES)), np.float32)
    page = view.lines[0].page if page is None else page
    lines = [t for t in view.lines if t.page == page]
    rows = sorted({t.row for t in lines})
    row_pos = {r: i for i, r in enumerate(rows)}
    n_rows = max(1, len(rows))
    x_min = min(t.box[0] for t in lines)
    x_max = max(t.box[2] for t in lines)
    y_min = min(t.box[1] for t in lines)
    y_max = max(t.box[3] for t in lines)
    wd, hd = max(1.0, x_max - x_min), max(1.0, y_max - y_min)
    med_h = float(np.median([t.h for t in lines]))
    row_text = {r: "  ".join(t.text for t in view.rows[r]) for r in rows}
    row_cues = {r: _cues(row_text[r]) for r in rows}
    own = [_cues(t.text) for t in lines]
    ci = {n: i for i, n in enumerate(CUE_NAMES)}

    def first_row(cue: str) -> float:
        hit = [row_pos[t.row] for t, c in zip(lines, own, strict=True) if c[ci[cue]]]
        return float(min(hit)) if hit else float(n_rows)

    f_money, f_date, f_total, f_phone, f_doc = (
        first_row(c) for c in ("money", "date", "total_key", "phone", "doc_key")
    )
    f_regno, f_gst, f_post = (first_row(c) for c in ("regno", "gst_id", "postcode"))
    # the address block: the company sits just above it, a brand or branch line above or between
    addr_rows = [
        row_pos[t.row] for t, c in zip(lines, own, strict=True) if row_pos[t.row] <= f_money and _address_cues(c)
    ]
    f_addr, l_addr = (float(min(addr_rows)), float(max(addr_rows))) if addr_rows else (float(n_rows), -1.0)
    cue_lines = [t for t, c in zip(lines, own, strict=True) if c[ci["sdn_bhd"]] or c[ci["shop"]]]
    cue_rank = {id(t): i for i, t in enumerate(cue_lines)}
    f_cue = float(row_pos[cue_lines[0].row]) if cue_lines else float(n_rows)
    values = [_money_value(t.text) for t in lines]
    uniq = sorted({v for v in values if v is not None}, reverse=True)
    vmax = uniq[0] if uniq else None
    letter_lines = [t for t in lines if sum(ch.isalpha() for ch in t.text) >= 3]
    letter_rank = {id(t): i for i, t in enumerate(letter_lines)}
    zero = [0.0] * len(CUES)
    out = np.zeros((len(lines), len(FEATURE_NAMES)), np.float32)
    for i, t in enumerate(lines):
        text = t.text
        r = row_pos[t.row]
        row = view.rows[t.row]
        n = max(1, len(text))
        v = values[i]
        prev = lines[i - 1] if i > 0 else None
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        mates = "  ".join(x.text for x in row if x is not t)
        up = row_cues[rows[r - 1]] if r > 0 else zero
        up2 = row_cues[rows[r - 2]] if r > 1 else zero
        down = row_cues[rows[r + 1]] if r + 1 < n_rows else zero
        xc = (t.box[0] + t.box[2]) / 2
        num = [
            (t.box[0] - x_min) / wd, (t.box[2] - x_min) / wd, (xc - x_min) / wd, (t.cy - y_min) / hd,
            (t.box[2] - t.box[0]) / wd, t.h / max(1.0, med_h), r / n_rows, float(r), float(n_rows - 1 - r),
            float(len(row)), float(row.index(t)), float(len(text)),
            sum(ch.isalpha() for ch in text) / n, sum(ch.isdigit() for ch in text) / n,
            sum(ch.isupper() for ch in text) / max(1, sum(ch.isalpha() for ch in text)), text.count(" ") / n,
            sum(not ch.isalnum() and not ch.isspace() for ch in text) / n,
            r - f_money, r - f_date, r - f_total, r - f_phone,
            float(uniq.index(v)) if v is not None else -1.0,
            float(sum(1 for x in values if x is not None and v is not None and abs(x - v) < 1e-6)),
            1.0 if v is not None and v == vmax else 0.0,
            float(letter_rank.get(id(t), -1)),
            (t.box[1] - prev.box[3]) / med_h if prev is not None else -1.0,
            (nxt.box[1] - t.box[3]) / med_h if nxt is not None else -1.0,
            1.0 if prev is not None and abs(prev.box[0] - t.box[0]) < 0.5 * med_h else 0.0,
            1.0 if abs(xc - (x_min + x_max) / 2) < 0.08 * wd else 0.0,
            float(cue_rank.get(id(t), -1)), r - f_cue, r - f_doc, r - f_addr, r - l_addr, r - f_regno, r - f_gst,
            r - f_post,
        ]  # fmt: skip
        out[i] = num + own[i] + _cues(mates) + up + down + up2
    return lines, out


@dataclass
class Pick:
    """The tagger's value for one field: its text, the lines it came from and its confidence."""

    text: str
    lines: list[TLine]
    confidence: float


# a line a name or an address does not run on into: a document title or copy mark over the company (`TAX INVOICE`,
# `CASH SALE`, `ACCOUNT'S COPY`), a greeting or an owner's line; for an address also a line with an amount (an item)
NOT_PART = re.compile(
    r"^\W*(simplified\b|tax\s*invoice|cash\s*(sale|bill)|official\s*receipt|receipt\b|invoice\b|"
    r"(account|customer|merchant|shop)'?s?\s*copy|\W*copy\W*$|duplicate|original\b|reprint|welcome|selamat|"
    r"thank|tq\s*for|terima|own(ed)?\s*by|operated\s*by)",
    re.I,
)
_MONEY = _CUES[CUE_NAMES.index("money")]
EXTEND_STOP = True  # False: the decoding before these stops (for before/after comparisons)


def not_part(text: str, kind: str) -> bool:
    """The line ends a name (`kind` text) or an address (`address`) rather than continuing it."""
    return EXTEND_STOP and (bool(NOT_PART.search(text)) or (kind == "address" and bool(_MONEY.search(text))))


# a date whose separators OCR lost (a thermal print's faint slash): `27032018`, `2703/2018`, `0502-18`
_SQUEEZED = re.compile(r"(?<![\d.,/-])(\d{2})([/.-]?)(\d{2})([/.-]?)((?:20)?\d{2})(?![\d.,/-])")


def squeezed_date(text: str) -> str | None:
    """`27032018` -> `27/03/2018` where a day-month-year reading is a valid date of 2000-2039 with one or both
    separators lost; None otherwise."""
    for m in _SQUEEZED.finditer(text):
        if m.group(2) and m.group(4):
            continue  # both printed: the date parser reads it
        d, mo, y = int(m.group(1)), int(m.group(3)), m.group(5)
        year = int(y) if len(y) == 4 else 2000 + int(y)
        if 1 <= d <= 31 and 1 <= mo <= 12 and 2000 <= year <= 2039:
            return f"{d:02d}/{mo:02d}/{year}"
    return None


SQUEEZED_DATES = True
FOLD_ACCENTS = True
LEGAL_FORM = True
AMPERSAND = True
# OCR reads a printed `&` as `G`: a lone G between two words of a name (SROIE-train: no company of 525 holds a lone
# G, 37 an `&`)
_LONE_G = re.compile(r"(?<=[A-Za-z]{2} )G(?= [A-Za-z]{2})")


# Malaysia's legal form with one OCR slip (`SON BHD`, `SDN BND`, `5/B`, `S/D`); SROIE's truth always prints it right
_LEGAL = [
    (re.compile(r"\bS[O0]N(\.?\s*)(B[HN]D)\b|\bSDN(\.?\s*)BND\b", re.I), "legal"),
    (re.compile(r"(?<![A-Za-z0-9/])(?:5/B|S/[D8])(?![A-Za-z0-9/])"), "S/B"),
]


def legal_form(text: str) -> str:
    """`SON BHD` / `SDN BND` -> `SDN BHD`, `5/B` / `S/D` -> `S/B` (the case kept)."""

    def sdn_bhd(m: re.Match[str]) -> str:
        up = m.group(0).isupper()
        sep = m.group(1) if m.group(1) is not None else m.group(3)
        return f"{'SDN' if up else 'Sdn'}{sep}{'BHD' if up else 'Bhd'}"

    text = _LEGAL[0][0].sub(sdn_bhd, text)
    return _LEGAL[1][0].sub("S/B", text)


def latin_plain(text: str) -> str:
    """Latin letters without their accents: the receipts' languages (English, Malay) print none, so an accent on
    a shop's name or address is an OCR misreading of a speck (`Restäurants`, `HARDWÀRE`); other scripts stay."""
    if text.isascii():
        return text
    out = []
    for ch in text:
        base = unicodedata.normalize("NFD", ch)
        out.append(base[0] if len(base) > 1 and base[0].isascii() and base[0].isalpha() else ch)
    return "".join(out)


_OTHER_NUMBER = re.compile("|".join(p for n, p in CUES if n in ("regno", "gst", "gst_id", "phone")), re.I)


def decode(
    lines: list[TLine], probs: np.ndarray, labels: list[str], kinds: dict[str, str], plain_latin: bool = False
) -> dict[str, Pick]:
    """Per field: `text`/`address`/`name` fields take the best line plus its contiguous neighbours that are also
    tagged (a name or address printed over several lines); `date`/`money` fields take the best line holding such a
    value. `plain_latin` (a receipt model): their accents dropped (`latin_plain`)."""
    out: dict[str, Pick] = {}
    # rows holding an amount: item or payment rows, which no address runs into
    money_rows = {t.row for t in lines if _MONEY.search(t.text)}
    for j, label in enumerate(labels):
        if label == "O" or not lines:
            continue
        p = probs[:, j]
        kind = kinds.get(label, "text")
        if kind in ("date", "money"):
            order = np.argsort(-p)
            for i in order[:8]:
                t = lines[int(i)]
                if nz.find_date(t.text) if kind == "date" else all_money(t.text):
                    out[label] = Pick(t.text, [t], float(p[i]))
                    break
                # a line the tagger is sure is the date, its separators lost
            if kind == "date" and label not in out and SQUEEZED_DATES:
                # no line holds a date as printed: the first whose separators OCR lost, unless it is a number of
                # another kind (registration, GST id, phone)
                for t in lines:
                    if (fixed := squeezed_date(t.text)) and not _OTHER_NUMBER.search(t.text):
                        out[label] = Pick(fixed, [t], 0.3)
                        break
            continue
        if EXTEND_STOP:  # nor does it start on such a line
            p = np.where([not_part(t.text, kind) for t in lines], 0.0, p)
        best = int(np.argmax(p))
        if p[best] < 0.15:
            continue
        keep = [best]
        for step in (-1, 1):  # the lines of the rows just above / below, while they are tagged the same
            i, row = best + step, lines[best].row
            while 0 <= i < len(lines) and abs(lines[i].row - row) <= 1 and len(keep) < 8:
                if not (p[i] >= 0.3 or (kind == "address" and p[i] >= 0.03 and address_like(lines[i].text))):
                    break
                if not_part(lines[i].text, kind) or (EXTEND_STOP and kind == "address" and lines[i].row in money_rows):
                    break
                keep.append(i)
                row = lines[i].row
                i += step
        keep.sort()
        up = keep[0] - 1
        if kind == "text" and up >= 0 and _name_above(lines[up], lines[keep[0]]):
            keep.insert(0, up)  # `SDN BHD` alone: the name began on the line above
        take = [lines[i] for i in keep]
        text = mend(" ".join(t.text for t in take), kind, plain_latin)
        out[label] = Pick(text, take, float(np.mean([p[i] for i in keep])))
    return out


def mend(text: str, kind: str, plain_latin: bool) -> str:
    """A receipt model's name or address as printed: accents OCR put on Latin letters dropped, a name's legal form
    with one OCR slip mended (`latin_plain`, `legal_form`), a lone `G` read back as the `&` it was. Idempotent."""
    text = latin_plain(text) if plain_latin and FOLD_ACCENTS else text
    if plain_latin and LEGAL_FORM and kind == "text":
        text = legal_form(text)
        if AMPERSAND:
            text = _LONE_G.sub("&", text)
    return text


class LineTagger:
    """A trained tagger: `model.onnx` (features -> class probabilities) and `card.json` (labels, features, field
    kinds, the data and held-out scores it was built with) in one folder."""

    def __init__(self, folder: str | Path, engine: EngineSettings | None = None) -> None:
        folder = Path(folder)
        self.card: dict[str, Any] = json.loads((folder / "card.json").read_text(encoding="utf-8"))
        # a field tagger (resumes, invoices: kie/field_tagger.py) labels segments of lines, not whole lines
        self.segments = self.card.get("unit") == "segment"
        # a field tagger may also read its keys' text as hashed character n-grams (field_tagger.key_grams)
        self.key_ngrams = int(self.card.get("key_ngrams", 0))
        if self.segments:
            from .field_tagger import feature_names

        if self.card.get("features") != (feature_names(self.key_ngrams) if self.segments else FEATURE_NAMES):
            raise ValueError(f"{folder}: the model was trained on other features; retrain it (docsense train kie)")
        self.labels: list[str] = self.card["labels"]
        self.kinds: dict[str, str] = self.card.get("kinds", {})
        self.engine = get_engine(str(folder / "model.onnx"), engine or EngineSettings())

    def probs(self, x: np.ndarray) -> np.ndarray:
        if not len(x):
            return np.zeros((0, len(self.labels)), np.float32)
        return np.asarray(self.engine(x.astype(np.float32)), np.float32)

    def __call__(self, view: View) -> dict[str, Pick]:
        return self.read(view)[0]

    def read(self, view: View) -> tuple[dict[str, Pick], dict[int, dict[str, float]]]:
        """-> the picks, and every line's probability per label (by `id` of the line)."""
        if self.segments:
            return self.read_segments(view)
        lines, x = line_features(view)
        probs = self.probs(x)
        per_line = {
            id(t): dict(zip(self.labels, map(float, p), strict=True)) for t, p in zip(lines, probs, strict=True)
        }
        return decode(lines, probs, self.labels, self.kinds, self.plain_latin), per_line

    def read_segments(self, view: View) -> tuple[dict[str, Pick], dict[int, dict[str, float]]]:
        """A field tagger's picks: the value is the segment's text, its line the pick's line; a line's probability
        per label is that of its surest segment."""
        from .field_tagger import decode_segments, segment_features

        segs, x = segment_features(view, self.key_ngrams)
        probs = self.probs(x)
        per_line: dict[int, dict[str, float]] = {}
        for g, p in zip(segs, probs, strict=True):
            got = per_line.setdefault(id(g.line), dict.fromkeys(self.labels, 0.0))
            for lab, v in zip(self.labels, map(float, p), strict=True):
                got[lab] = max(got[lab], v)
        picks = decode_segments(segs, probs, self.labels, float(self.card.get("floor", 0.5)))
        return {k: Pick(p.text, [p.segment.line], p.confidence) for k, p in picks.items()}, per_line

    @property
    def plain_latin(self) -> bool:
        return self.card.get("template") == "receipt"

    def mended(self, pick: Pick, kind: str) -> Pick:
        """`pick` with its text mended as `decode` mends its own (for a pick the fusion rebuilt from the rules'
        lines)."""
        return Pick(self.mend_text(pick.text, kind), pick.lines, pick.confidence)

    def mend_text(self, text: str, kind: str) -> str:
        """`text` mended as `decode` mends the tagger's picks (for a value the rules read)."""
        return mend(text, kind, self.plain_latin)
