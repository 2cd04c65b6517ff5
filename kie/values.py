"""Printed values -> exact, normalized ones: money, plain numbers, percents and dates. The one parser every
template, the line items and the cross-field checks use.

Numbers: thousands separators of both conventions (`1,234.50`, `1.234,50`, `1 234,50`, `1'234.50`), a decimal
comma (`29,99`), currency symbols and codes before or after (`$5`, `5.00 EUR`, `RM 5`, `¥38`, `38元`), negatives
as `-5`, `5-` (a receipt's discount) or `(5.00)`, percents (`13%`), Chinese amounts (`3.5万元`, and 大写
`壹仟贰佰元整` by `cn_upper_to_decimal`). Dates: ISO, numeric in either day/month order, month names (English,
Malay, French, German), Chinese `2020年11月3日`. `alternatives` lists the readings an OCR slip could have turned
into the printed one (a line read upside down, `%6` for `9%`; a decimal point lost, `100.00` for `1.00`).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Literal

DecimalMark = Literal["auto", ".", ","]
Kind = Literal["money", "number", "percent"]


def clean(text: str) -> str:
    """NFKC (full-width -> ASCII; `￥` -> `¥`), single spaces, trimmed."""
    return " ".join(unicodedata.normalize("NFKC", text).split())


# --- dates ----------------------------------------------------------------------------------------------------------

MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            ("jan", "january", "januari", "janvier", "januar"),
            ("feb", "february", "februari", "fev", "février", "fevrier", "februar"),
            ("mar", "march", "mac", "mars", "märz"),
            ("apr", "april", "avril"),
            ("may", "mei", "mai"),
            ("jun", "june", "juin", "juni"),
            ("jul", "july", "julai", "juillet", "juli"),
            ("aug", "august", "ogos", "août", "aout"),
            ("sep", "sept", "september", "septembre"),
            ("oct", "october", "okt", "oktober", "octobre"),
            ("nov", "november", "novembre"),
            ("dec", "december", "dis", "disember", "décembre", "decembre", "dezember"),
        ]
    )
    for m in names
}
_MON = "|".join(sorted(MONTHS, key=len, reverse=True))

DATE_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("cn", re.compile(r"(\d{4}|\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?")),
    # also the day glued to the time by OCR: 2022-01-0617:58
    ("ymd", re.compile(r"(?<!\d)(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{2}(?=\d{1,2}:\d{2})|\d{1,2}(?!\d))")),
    (
        "num",  # 25/12/2018, 12-01-19; also a year glued to the time by OCR: 10/03/20185:41:06
        re.compile(
            r"(?<![\w.\-/])(\d{1,2})\s?([-/.])\s?(\d{1,2})\s?\2\s?"
            r"(\d{4}(?=\d{1,2}:\d{2})|(?:\d{4}|\d{2})(?![\w/\-]))"
        ),
    ),
    (
        "dmy_t",
        re.compile(rf"(?<!\d)(\d{{1,2}})(?:st|nd|rd|th)?[\s\-/.]*({_MON})\.?[\s\-/.,]*(\d{{4}}|\d{{2}})(?!\d)", re.I),
    ),
    ("mdy_t", re.compile(rf"(?<![a-z])({_MON})\.?[\s\-/.]*(\d{{1,2}})(?:st|nd|rd|th)?[\s,.\-/]*(\d{{4}})(?!\d)", re.I)),
    ("compact", re.compile(r"(?<!\d)((?:19|20)\d{2})(\d{2})(\d{2})(?!\d)")),
]
TIME_RE = re.compile(r"(?<!\d)\d{1,2}:\d{2}(?::\d{2})?(?![\d:])")


def _year(y: str) -> int:
    n = int(y)
    return n + (2000 if n < 70 else 1900) if len(y) == 2 else n


def _mk(y: int, m: int, d: int) -> str | None:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def find_dates(text: str, order: str = "dmy") -> list[tuple[int, int, str]]:
    """Every date printed in `text` -> [(start, end, ISO)], in order. Ambiguous numeric dates follow `order`
    (`dmy`/`mdy`/`ymd`) unless a part is > 12."""
    t = unicodedata.normalize("NFKC", text)
    found: list[tuple[int, int, str]] = []
    for kind, pat in DATE_PATTERNS:
        for m in pat.finditer(t):
            if any(s < m.end() and m.start() < e for s, e, _ in found):
                continue
            a, b, c = (m.group(1), m.group(3), m.group(4)) if kind == "num" else m.groups()
            iso: str | None
            if kind in ("cn", "ymd", "compact"):
                iso = _mk(_year(a), int(b), int(c))
            elif kind == "num":
                x, y, yr = int(a), int(b), _year(c)
                iso = _mk(yr, x, y) if (order == "mdy" and x <= 12) or x <= 12 < y else _mk(yr, y, x)
            elif kind == "dmy_t":
                iso = _mk(_year(c), MONTHS[b.lower()], int(a))
            else:
                iso = _mk(_year(c), MONTHS[a.lower()], int(b))
            if iso:
                found.append((m.start(), m.end(), iso))
    return sorted(found)


def find_date(text: str, order: str = "dmy") -> tuple[str, str] | None:
    """The first date in `text` -> (raw, ISO)."""
    t = unicodedata.normalize("NFKC", text)
    found = find_dates(t, order)
    if not found:
        return None
    s, e, iso = found[0]
    return t[s:e].strip(), iso


# --- numbers --------------------------------------------------------------------------------------------------------

# Longest first: `US$` before `$`. Latin codes are whole words; symbols match anywhere.
CURRENCY_WORDS = {
    "US$": "USD", "HK$": "HKD", "S$": "SGD", "A$": "AUD", "C$": "CAD", "NZ$": "NZD", "R$": "BRL",
    "$": "USD", "€": "EUR", "£": "GBP", "¥": "CNY", "₹": "INR", "₩": "KRW", "₽": "RUB", "₺": "TRY",
    "₫": "VND", "฿": "THB", "₱": "PHP", "元": "CNY", "圆": "CNY", "人民币": "CNY",
    "RMB": "CNY", "CNY": "CNY", "USD": "USD", "EUR": "EUR", "GBP": "GBP", "JPY": "JPY", "INR": "INR", "MYR": "MYR",
    "SGD": "SGD", "HKD": "HKD", "AUD": "AUD", "CAD": "CAD", "CHF": "CHF", "NZD": "NZD", "KRW": "KRW", "THB": "THB",
    "IDR": "IDR", "PHP": "PHP", "VND": "VND", "TWD": "TWD", "SEK": "SEK", "NOK": "NOK", "DKK": "DKK", "PLN": "PLN",
    "CZK": "CZK", "HUF": "HUF", "BRL": "BRL", "MXN": "MXN", "ZAR": "ZAR", "AED": "AED", "SAR": "SAR", "RUB": "RUB",
    "TRY": "TRY", "RM": "MYR", "Rs.": "INR", "Rs": "INR", "Fr.": "CHF",
}  # fmt: skip
_CUR = "|".join(
    rf"(?<![A-Za-z]){re.escape(c)}(?![A-Za-z])" if c[0].isascii() and c[0].isalpha() else re.escape(c)
    for c in sorted(CURRENCY_WORDS, key=len, reverse=True)
)
_MINUS = "-\u2212\u2012\u2013"
# what the amount in words ends with (a numeral, a unit, `整`): figures in brackets after it are the same sum
CN_WORDS_END = frozenset("零壹贰叁肆伍陆柒捌玖拾佰仟万亿元圆角分整")
# A run of digits with separators inside (`1,234.56`, `1 234,56`, `.50`) and what may stand around it.
TOKEN_RE = re.compile(
    rf"(?P<open>\(\s*)?(?P<sign1>[{_MINUS}])?(?P<pre>(?:{_CUR})\s*)?(?P<sign2>[{_MINUS}])?"
    rf"(?P<run>\d[\d,.' ]*\d|\d|(?<![\w.])[.,]\d\d(?!\d))"
    rf"(?P<wan>\s*[万亿](?=[元圆]|[^\u4e00-\u9fff]|$))?"
    # a symbol after the number is its currency unless it starts the next amount (`¥38.00 ¥3.37`)
    rf"(?:(?P<pct>\s*%)|(?P<post>\s*(?:[元圆]|(?:{_CUR})(?!\s*[{_MINUS}(]?\s*\d))))?"
    rf"(?P<sign3>[{_MINUS}](?![\dA-Za-z]))?(?P<close>\s*\))?",
    re.I,
)


@dataclass(frozen=True)
class Amount:
    """A number printed in a text: its exact value and where it stands (`start`/`end` in that text)."""

    value: Decimal
    raw: str  # as printed, sign, currency and percent sign included
    start: int
    end: int
    currency: str | None = None
    percent: bool = False
    decimals: int = 0  # digits printed after the decimal mark
    figures_at: tuple[int, int] | None = None  # [start, end) of the number without its currency, when it has one

    def figures(self, text: str) -> tuple[str, int]:
        """The number as printed without a currency sign or code at its ends, and where it starts in `text`."""
        s, e = self.figures_at or (self.start, self.end)
        return text[s:e].strip(), s + len(text[s:e]) - len(text[s:e].lstrip())

    @property
    def money(self) -> str:
        return money_str(self.value)

    @property
    def number(self) -> str:
        return number_str(self.value)


def money_str(v: Decimal) -> str:
    """Money's normalized form: a plain decimal with two places."""
    return str(v.quantize(Decimal("0.01")))


def number_str(v: Decimal) -> str:
    """A number's normalized form: plain digits, the printed decimals kept (`1,250.50` -> `1250.50`)."""
    s = format(v, "f")
    return "0" if s == "-0" else s


def _groups_ok(parts: list[str]) -> bool:
    """`1`, `234`, `567`: a first group of 1-3 digits, then groups of exactly 3."""
    return 1 <= len(parts[0]) <= 3 and all(len(p) == 3 for p in parts[1:])


def read_run(
    run: str, kind: Kind = "money", mark: DecimalMark = "auto", spaced: bool = True
) -> tuple[Decimal, int] | None:
    """Digits with separators -> (value, decimals printed); None when the separators make no number (`1.2.3`).

    `mark`: the decimal mark when known. `auto` decides by shape: two kinds of separator -> the last is the
    decimal mark; one kind used twice -> thousands; used once -> the decimal mark, except a comma followed by
    exactly 3 digits (`1,234` is thousands; `1.234` a decimal: pass `mark=","` for documents that group with
    dots). `spaced`: spaces may group thousands (a lone amount); in running text only before a decimal comma
    (`1 234,50`), else `10 100.00` is two numbers.
    """
    s = run
    if sum(c.isdigit() for c in s) > 18:
        return None  # an account or serial number, not a quantity
    if s[0] in ".,":
        if s[0] == "," and mark != ",":
            return None
        return Decimal("0." + s[1:]), len(s) - 1
    seps = [c for c in s if not c.isdigit()]
    if not seps:
        return Decimal(s), 0
    kinds = list(dict.fromkeys(seps))
    if len(kinds) > 2:
        return None
    if len(kinds) == 2:
        group, dec = kinds
        if dec not in ".," or seps.count(dec) != 1 or (mark != "auto" and dec != mark):
            return None
        if group == " " and not spaced and dec != ",":
            return None
        whole, frac = s.rsplit(dec, 1)
        return (Decimal(whole.replace(group, "") + "." + frac), len(frac)) if _groups_ok(whole.split(group)) else None
    sep = kinds[0]
    parts = s.split(sep)
    if sep not in ".," or len(parts) > 2:
        if sep == " " and not spaced:
            return None
        return (Decimal("".join(parts)), 0) if _groups_ok(parts) else None  # `1,234,567`, `1 234`, `1'234`
    whole, frac = parts
    if sep == "," and len(frac) > 3:
        return None  # `39,47400`: a list, not a decimal comma
    if len(frac) != 3 or len(whole) > 3:
        as_decimal = True
    elif mark != "auto":
        as_decimal = sep == mark
    else:
        as_decimal = sep == "."
    if as_decimal:
        return (Decimal(whole + "." + frac), len(frac)) if mark in ("auto", sep) else None
    return Decimal(whole + frac), 0


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` with the spans turned to spaces (positions kept)."""
    chars = list(text)
    for s, e in spans:
        chars[s:e] = " " * (e - s)
    return "".join(chars)


def _latin(c: str) -> bool:
    return c.isascii() and c.isalpha()


def find_amounts(text: str, kind: Kind = "money", mark: DecimalMark = "auto", spaced: bool = False) -> list[Amount]:
    """Every number printed in `text`, in order (dates and times are not). Digits glued to Latin letters are codes
    (`A4`, `INV-0012`, `12kg`), not numbers. `text` should be `clean`ed; positions refer to it."""
    t = _blank(text, [(s, e) for s, e, _ in find_dates(text)] + [m.span() for m in TIME_RE.finditer(text)])
    out: list[Amount] = []
    for m in TOKEN_RE.finditer(t):
        out.extend(_read_token(t, m, kind, mark, spaced))
    return out


def _read_token(t: str, m: re.Match[str], kind: Kind, mark: DecimalMark, spaced: bool) -> list[Amount]:
    run, rs = m.group("run").rstrip(" "), m.start("run")
    pieces = [(0, len(run))]
    # OCR splits a line-end amount at its point: `170. 00`
    point_gap = bool(re.fullmatch(r"[\d,]*\d\. \d{2}", run)) and not t[rs + len(run) :].strip()
    if not point_gap and read_run(run.strip(",.' "), kind, mark, spaced) is None and " " in run:
        pieces, pos = [], 0  # `10 100.00`: a quantity, then an amount
        for part in run.split(" "):
            if part:
                pieces.append((pos, pos + len(part)))
            pos += len(part) + 1
    out = []
    for k, (a, b) in enumerate(pieces):
        first, last = k == 0, k == len(pieces) - 1
        body = run[a:b]
        core = body.rstrip(",.'")  # `5.00,` a list's comma, `12.` a sentence's full stop
        parsed = read_run(core.replace(". ", ".") if point_gap else core, kind, mark, spaced) if core else None
        if parsed is None:
            continue
        start, end = rs + a, rs + a + len(core)
        before = t[start - 1] if start > 0 else " "
        after = t[end] if end < len(t) else " "
        if first:
            for g in ("pre", "sign2", "sign1", "open"):
                if m.group(g):
                    before = t[m.start(g) - 1] if m.start(g) > 0 else " "
        value, decimals = parsed
        # glued to letters: a code (`A4`, `INV-0012`, `12kg`), unless it has cents (`5.90SR`: a GST code after it)
        if _latin(before) and not (first and m.group("pre")) and decimals != 2:
            continue
        if before in ".," and not (first and (m.group("pre") or m.group("sign1") or m.group("sign2"))):
            continue  # `NO.12`, `JOHOR,81200`: a number glued after punctuation is a code
        if (_latin(after) and not (last and (m.group("post") or m.group("pct"))) and decimals != 2) or after in "/:":
            continue
        neg = False
        if first:
            signs = [m.group(g) for g in ("sign1", "sign2")]
            # `2019-2020` or `10-20`: a range's dash is no minus
            glued = (m.group("sign1") or m.group("sign2")) and before.isdigit()
            neg = any(signs) and not glued
            if glued:
                start = rs
            else:
                start = min(m.start(g) for g in ("open", "sign1", "pre", "sign2", "run") if m.group(g))
        if last:
            end = max(m.end(g) for g in ("run", "wan", "pct", "post", "sign3", "close") if m.group(g))
            if m.group("wan"):
                value *= 10**8 if "亿" in m.group("wan") else 10**4
            if m.group("sign3") and decimals:
                neg = True  # `5.00-`: a discount
            elif m.group("sign3"):
                end = m.start("sign3")  # `11-(...)`: a dash
        cur_tok = (m.group("pre") if first else None) or (m.group("post") if last else None)
        opened = first and m.group("open") is not None and start == m.start("open")
        closed = last and m.group("close") is not None
        # `(5.00)` is a negative, but figures bracketed right after the amount in words restate it
        # (`陆万陆仟陆佰柒拾陆元整(¥66676.00)`)
        restates = first and before in CN_WORDS_END
        if opened and closed and not m.group("pct") and (decimals == 2 or cur_tok or spaced) and not restates:
            neg = True  # `(5.00)`
        else:
            start = m.end("open") if opened else start
            end = m.start("close") if closed else end
        if first and not opened and m.group("open") and start < m.end("open"):
            start = m.end("open")
        raw = t[start:end].strip()
        start += len(t[start:end]) - len(t[start:end].lstrip())
        # the figures: without a currency at either end (`$127.50` -> `127.50`; `-$5.00` keeps its sign)
        fig_start, fig_end = start, start + len(raw)
        if first and m.group("pre") and start == m.start("pre"):
            fig_start = m.end("pre")
        if last and m.group("post") and fig_end == m.end("post"):
            fig_end = m.start("post")
        figures = (fig_start, fig_end) if (fig_start, fig_end) != (start, start + len(raw)) else None
        cur = CURRENCY_WORDS.get(cur_tok.strip()) if cur_tok else None
        pct = bool(last and m.group("pct"))
        out.append(Amount(-value if neg else value, raw, start, start + len(raw), cur, pct, decimals, figures))
    return out


def parse_amount(text: str, kind: Kind = "money", mark: DecimalMark = "auto") -> Amount | None:
    """`text` is one amount and nothing else (a table cell, a corrected value): that amount, or None."""
    t = clean(text)
    found = find_amounts(t, kind, mark, spaced=True)
    if len(found) != 1 or (t[: found[0].start] + t[found[0].end :]).strip(" :："):
        return None
    return found[0]


def find_money(text: str, prefer: str = "last") -> Amount | None:
    """The money amount of a text: amounts printed with decimals win over whole numbers; `prefer`: first/last."""
    cands = money_candidates(text)
    return (cands[-1] if prefer == "last" else cands[0]) if cands else None


SPLIT_RATE = re.compile(r" \d{2}\s*%")


def money_candidates(text: str) -> list[Amount]:
    """The amounts of a text that can be money (no percents); those printed with decimals when there are any."""
    # `@6 00%`: a rate whose decimal point OCR read as a space is no amount either
    found = [
        a
        for a in find_amounts(text, "money")
        if not a.percent and not (a.decimals == 0 and SPLIT_RATE.match(text, a.end))
    ]
    return [a for a in found if a.decimals in (1, 2)] or found


def find_percent(text: str) -> Amount | None:
    """A rate: the first number printed with `%`, else a lone number; `免税` (tax exempt) is 0."""
    found = find_amounts(text, "number")
    pct = [a for a in found if a.percent]
    if pct:
        return pct[0]
    if re.search("免税|不征税|exempt", text, re.I):
        m = re.search("免税|不征税|exempt", text, re.I)
        assert m is not None
        return Amount(Decimal(0), m.group(0), m.start(), m.end(), None, True, 0)
    return found[0] if len(found) == 1 else None


# --- Chinese upper-case amounts (大写金额) ------------------------------------------------------------------------

CN_DIGITS = "零壹贰叁肆伍陆柒捌玖"
CN_UNITS = {"拾": 10, "佰": 100, "仟": 1000}
CN_UPPER_RE = re.compile("[零壹贰叁肆伍陆柒捌玖拾佰仟万亿元圆角分整正]+")


def cn_upper_to_decimal(text: str) -> Decimal | None:
    """大写金额 (壹万贰仟叁佰肆拾伍元陆角柒分 / 整) -> Decimal; None when the text holds none."""
    t = "".join(CN_UPPER_RE.findall(text))
    if not re.search("[元圆角分]", t) or not re.search("[壹贰叁肆伍陆柒捌玖]", t):
        return None
    yi = wan = sec = Decimal(0)
    digit = 0
    m = re.search("[元圆]", t)
    int_part, frac_part = (t[: m.start()], t[m.end() :]) if m else ("", t)
    for ch in int_part:
        if ch in CN_DIGITS:
            digit = CN_DIGITS.index(ch)
        elif ch in CN_UNITS:
            sec += Decimal((digit or 1) * CN_UNITS[ch])
            digit = 0
        elif ch == "万":
            wan = (sec + digit) * 10000
            sec, digit = Decimal(0), 0
        elif ch == "亿":
            yi = (wan + sec + digit) * 100000000
            wan, sec, digit = Decimal(0), Decimal(0), 0
    frac = Decimal(0)
    for ch, unit in re.findall("([零壹贰叁肆伍陆柒捌玖])([角分])", frac_part):
        frac += Decimal(CN_DIGITS.index(ch)) / (10 if unit == "角" else 100)
    return yi + wan + sec + digit + frac


def decimal_to_cn_upper(v: Decimal) -> str:
    """Figures -> 大写 (as a VAT invoice prints them)."""
    v = abs(v).quantize(Decimal("0.01"))
    integer = int(v)
    jiao, fen = int(v * 10) % 10, int(v * 100) % 10
    units = ["", "拾", "佰", "仟"]

    def four(n: int) -> str:
        out, zero = "", False
        for pos in range(3, -1, -1):
            d = n // 10**pos % 10
            if d == 0:
                zero = bool(out)
                continue
            if zero:
                out += "零"
                zero = False
            out += CN_DIGITS[d] + units[pos]
        return out

    parts: list[str] = []
    for scale, unit in ((10**8, "亿"), (10**4, "万"), (1, "")):
        n = integer // scale % 10**4 if scale < 10**8 else integer // scale
        if n:
            if parts and n < 1000 and parts[-1] != "零":
                parts.append("零")
            parts.append(four(n) + unit)
        elif parts and parts[-1] != "零" and integer % scale:
            parts.append("零")
    s = "".join(parts) or "零"
    s += "元"
    if jiao == 0 and fen == 0:
        return s + "整"
    if jiao:
        s += CN_DIGITS[jiao] + "角"
    elif integer:
        s += "零"
    if fen:
        s += CN_DIGITS[fen] + "分"
    return s


# --- what an OCR slip could have read instead -------------------------------------------------------------------

_TURNED = {"0": "0", "1": "1", "2": "2", "5": "5", "6": "9", "8": "8", "9": "6", "%": "%", ".": ".", ",": ","}


def flipped(raw: str) -> str | None:
    """What a line read upside down shows (`%6` for `9%`), when every character has a turned twin."""
    s = raw.strip()
    if not s or any(c not in _TURNED for c in s):
        return None
    out = "".join(_TURNED[c] for c in reversed(s))
    # only a reading that could be printed: `9%`, `16.50`; not `00.001`
    return out if out != s and re.fullmatch(r"(?:0|[1-9][\d,]*)(?:[.,]\d+)?%?", out) else None


# digits the recognizer confuses with each other (one misread digit in an amount: `753.70` for `758.70`)
_CONFUSED = {"3": "8", "8": "3069", "5": "6", "6": "58", "0": "8", "1": "7", "7": "1", "9": "8"}


def alternatives(raw: str, kind: Kind = "money") -> list[Decimal]:
    """Values an OCR slip may have turned into `raw`: the line read upside down (`%6` <- `9%`), a decimal point
    lost (`1.00` read `100.00` or `100`), one digit of an amount misread as a look-alike (`3`/`8`, `5`/`6`, `1`/`7`).
    The checks take one only when it alone satisfies them."""
    t = clean(raw)
    got = parse_amount(t, kind) if kind != "percent" else find_percent(t)
    out: list[Decimal] = []
    turned = flipped(t)
    if turned:
        alt = parse_amount(turned, kind) if kind != "percent" else find_percent(turned)
        if alt is not None:
            out.append(alt.value)
    if got is not None and kind == "money":
        digits = re.sub(r"\D", "", t)
        # `05`: no till prints a leading zero before whole units; the point of `0.05` was lost
        if (got.decimals == 2 and digits.endswith("00") and len(digits) >= 5) or (
            got.decimals == 0 and (len(digits) >= 3 or (digits[:1] == "0" and len(digits) == 2))
        ):
            out.append(got.value / 100)
        for i, ch in enumerate(t):
            for other in _CONFUSED.get(ch, ""):
                alt = parse_amount(t[:i] + other + t[i + 1 :], kind)
                if alt is not None:
                    out.append(alt.value)
    return [v for v in dict.fromkeys(out) if got is None or v != got.value]
