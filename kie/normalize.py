"""Value types: find a candidate of a type in text, normalize it (the `value`), validate it.

Normalized forms: dates ISO `YYYY-MM-DD`; money a plain decimal with two places; phone the national number's
digits; integers as digits; everything else the printed text, trimmed.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from decimal import Decimal, InvalidOperation

MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            ("jan", "january", "januari"),
            ("feb", "february", "februari", "fev", "février", "fevrier"),
            ("mar", "march", "mac", "mars", "märz"),
            ("apr", "april", "avril"),
            ("may", "mei", "mai"),
            ("jun", "june", "juin"),
            ("jul", "july", "julai", "juillet"),
            ("aug", "august", "ogos", "août", "aout"),
            ("sep", "sept", "september", "septembre"),
            ("oct", "october", "okt", "oktober", "octobre"),
            ("nov", "november", "novembre"),
            ("dec", "december", "dis", "disember", "décembre", "decembre"),
        ]
    )
    for m in names
}
_MON = "|".join(sorted(MONTHS, key=len, reverse=True))

DATE_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("cn", re.compile(r"(\d{4}|\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?")),
    ("ymd", re.compile(r"(?<!\d)(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})(?!\d)")),
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
    ("compact", re.compile(r"(?<!\d)(20\d{2})(\d{2})(\d{2})(?!\d)")),
]

MONEY_RE = re.compile(
    r"(?<![\d.,])-?(?:\d{1,3}(?:[,\u2009 ]\d{3})+|\d+)(?:[.,]\d{1,2})?(?![\d.,]*\d)(?!\s*%)"
    r"|(?<![\d.,])-?\.\d{2}(?!\d)"
)
NUMBER_RE = re.compile(r"(?<![\d.])-?\d+(?:[.,]\d+)?(?![\d])")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")
URL_RE = re.compile(
    r"(?:https?://|www\.)[^\s,;]+|[a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.(?:com|net|org|cn|io)(?:/[^\s]*)?", re.I
)
PHONE_RE = re.compile(r"(?<![\w(])(?:\+|00)?\(?\d[\d\s\-().]{5,}\d(?![\w])")
CN_ID_RE = re.compile(r"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])")
TAX_ID_RE = re.compile(r"(?<![0-9A-Z])[0-9A-Z][0-9A-Z\-]{6,22}[0-9A-Z](?![0-9A-Z])")
CURRENCIES = {
    "¥": "CNY",
    "￥": "CNY",
    "元": "CNY",
    "rmb": "CNY",
    "cny": "CNY",
    "$": "USD",
    "usd": "USD",
    "€": "EUR",
    "eur": "EUR",
    "£": "GBP",
    "gbp": "GBP",
    "rm": "MYR",
    "myr": "MYR",
    "₹": "INR",
    "inr": "INR",
    "rs": "INR",
    "jpy": "JPY",
    "hkd": "HKD",
    "sgd": "SGD",
    "aud": "AUD",
    "cad": "CAD",
}
COUNTRY_CODES = ("86", "852", "853", "886", "60", "65", "44", "49", "33", "91", "81", "82", "61", "1")


def clean(text: str) -> str:
    """NFKC (full-width -> ASCII), single spaces, trimmed."""
    return " ".join(unicodedata.normalize("NFKC", text).split())


def _year(y: str) -> int:
    n = int(y)
    return n + (2000 if n < 70 else 1900) if len(y) == 2 else n


def _mk(y: int, m: int, d: int) -> str | None:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def find_date(text: str, order: str = "dmy") -> tuple[str, str] | None:
    """First date in `text` -> (raw, ISO). Ambiguous numeric dates follow `order` unless a part is > 12."""
    t = unicodedata.normalize("NFKC", text)
    best: tuple[int, str, str] | None = None
    for kind, pat in DATE_PATTERNS:
        for m in pat.finditer(t):
            a, b, c = (m.group(1), m.group(3), m.group(4)) if kind == "num" else m.groups()
            iso: str | None
            if kind in ("cn", "ymd", "compact"):
                iso = _mk(_year(a), int(b), int(c))
            elif kind == "num":
                x, y, yr = int(a), int(b), _year(c)
                if (order == "mdy" and x <= 12) or x <= 12 < y:
                    iso = _mk(yr, x, y)
                else:
                    iso = _mk(yr, y, x)
            elif kind == "dmy_t":
                iso = _mk(_year(c), MONTHS[b.lower()], int(a))
            else:
                iso = _mk(_year(c), MONTHS[a.lower()], int(b))
            if iso and (best is None or m.start() < best[0]):
                best = (m.start(), m.group(0).strip(), iso)
            if iso:
                break
    return (best[1], best[2]) if best else None


def parse_money(raw: str) -> Decimal | None:
    s = raw.replace("\u2009", "").replace(" ", "")
    neg = s.startswith("-")
    s = s.lstrip("-")
    if "," in s and "." in s:
        s = s.replace(",", "") if s.rfind(",") < s.rfind(".") else s.replace(".", "").replace(",", ".")
    elif "," in s:
        # 1,234 (thousands) vs 29,99 (decimal comma)
        s = s.replace(",", ".") if re.fullmatch(r"\d+,\d{1,2}", s) else s.replace(",", "")
    try:
        v = Decimal(s)
    except InvalidOperation:
        return None
    return -v if neg else v


def money_str(v: Decimal) -> str:
    return str(v.quantize(Decimal("0.01")))


def _drop_dates(text: str) -> str:
    for _, pat in DATE_PATTERNS:
        text = pat.sub(" ", text)
    text = re.sub(r"\b\d{1,2}:\d{2}(:\d{2})?\b", " ", text)  # times
    # OCR splits a line-end amount at its decimal point: `170. 00`
    return re.sub(r"(?<=\d)\.\s(?=\d{2}\s*$)", ".", text)


def find_all_money(text: str) -> list[tuple[str, str]]:
    """Every amount with decimals (or every amount, when none has decimals) -> [(raw, normalized)]."""
    t = _drop_dates(unicodedata.normalize("NFKC", text))
    found = []
    for m in MONEY_RE.finditer(t):
        raw = m.group(0).strip()
        v = parse_money(raw)
        if v is not None:
            found.append((bool(re.search(r"[.,]\d{1,2}$", raw)), raw, money_str(v)))
    dec = [f for f in found if f[0]] or found
    return [(r, v) for _, r, v in dec]


def find_money(text: str, prefer: str = "last") -> tuple[str, str] | None:
    """A money amount in `text` -> (raw, normalized). Prefers amounts with decimals; `prefer`: first/last."""
    t = _drop_dates(unicodedata.normalize("NFKC", text))
    found = []
    for m in MONEY_RE.finditer(t):
        raw = m.group(0).strip()
        v = parse_money(raw)
        if v is None:
            continue
        has_dec = bool(re.search(r"[.,]\d{1,2}$", raw))
        found.append((has_dec, raw, money_str(v)))
    if not found:
        return None
    dec = [f for f in found if f[0]] or found
    pick = dec[-1] if prefer == "last" else dec[0]
    return pick[1], pick[2]


def find_currency(text: str) -> str | None:
    t = unicodedata.normalize("NFKC", text).lower()
    for sym, code in CURRENCIES.items():
        if sym.isalpha():
            if re.search(rf"(?<![a-z]){re.escape(sym)}(?![a-z])", t):
                return code
        elif sym in t:
            return code
    return None


def phone_digits(raw: str) -> str:
    digits = re.sub(r"\D", "", raw)
    if raw.strip().startswith(("+", "00")):
        d = digits[2:] if raw.strip().startswith("00") else digits
        for cc in COUNTRY_CODES:
            if d.startswith(cc) and len(d) - len(cc) >= 7:
                d = d[len(cc) :]
                break
        digits = d
    elif digits.startswith("86") and len(digits) == 13 and digits[2] == "1":
        digits = digits[2:]
    return digits


def find_phone(text: str) -> tuple[str, str] | None:
    t = unicodedata.normalize("NFKC", text)
    for m in PHONE_RE.finditer(t):
        raw = m.group(0).strip()
        d = phone_digits(raw)
        if 7 <= len(d) <= 13 and not find_date(raw):
            return raw, d
    return None


def cn_id_ok(s: str) -> bool:
    if not re.fullmatch(r"\d{17}[\dXx]", s):
        return False
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    total = sum(int(c) * w for c, w in zip(s[:17], weights, strict=True))
    return "10X98765432"[total % 11] == s[17].upper()


def cn_tax_ok(s: str) -> bool:
    """Unified social credit code (18 chars, check character) or an older 15/20-digit tax number."""
    if re.fullmatch(r"\d{15}|\d{20}", s):
        return True
    alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    if len(s) != 18 or any(c not in alphabet for c in s):
        return False
    weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    total = sum(alphabet.index(c) * w for c, w in zip(s[:17], weights, strict=True))
    return alphabet[(31 - total % 31) % 31] == s[17]


def find_typed(vtype: str, text: str, order: str = "dmy") -> tuple[str, str] | None:
    """The first candidate of `vtype` in `text` -> (raw, normalized); None when there is none."""
    t = clean(text)
    if vtype == "date":
        return find_date(t, order)
    if vtype == "money":
        return find_money(t)
    if vtype == "number":
        m = NUMBER_RE.search(t)
        return (m.group(0), m.group(0)) if m else None
    if vtype == "phone":
        return find_phone(t)
    if vtype == "email":
        m = EMAIL_RE.search(t.replace(" ", ""))
        return (m.group(0), m.group(0)) if m else None
    if vtype == "url":
        m = URL_RE.search(t)
        return (m.group(0), m.group(0)) if m else None
    if vtype == "id_number":
        m = CN_ID_RE.search(t.replace(" ", ""))
        return (m.group(0), m.group(0).upper()) if m else None
    if vtype == "tax_id":
        m = TAX_ID_RE.search(t.upper().replace(" ", ""))
        if m and re.search(r"\d", m.group(0)):
            return m.group(0), m.group(0)
        return None
    t = t.strip(" :：-—|,;")
    if vtype == "address":
        t = fix_digits(t)
    return (t, t) if t else None


_DIGIT_LOOKALIKES = str.maketrans({"O": "0", "o": "0", "B": "8", "&": "8", "S": "5", "I": "1", "l": "1", "Z": "2"})


def fix_digits(text: str) -> str:
    """OCR misreads a digit of a number as a look-alike letter (`4330O`, `B1750`): a 5-6 character token with a
    single such letter among digits (a postcode) gets the digit back."""

    def fix(m: re.Match[str]) -> str:
        tok = m.group(0)
        odd = [c for c in tok if not c.isdigit()]
        return tok.translate(_DIGIT_LOOKALIKES) if len(odd) == 1 else tok

    text = re.sub(r"(?<![\w&])[\dOoBS&IlZ]{5,6}(?![\w&])", fix, text)
    return re.sub(r"\b(?=[\dOo]*\d)[\dOo]{3,}\b", lambda m: m.group(0).replace("O", "0").replace("o", "0"), text)


def _within_one(a: str, b: str) -> bool:
    """Levenshtein distance <= 1."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) <= 1
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1 :]


def fix_words(text: str, lexicon: list[str]) -> str:
    """Words one edit away from exactly one lexicon word (and not in it) become that word, in the token's case."""
    if not lexicon:
        return text
    words = {w.upper() for w in lexicon}

    def fix(m: re.Match[str]) -> str:
        tok = m.group(0)
        up = tok.upper()
        if up.isdigit():
            return tok
        if not up.isalpha():
            # a letter read as its look-alike digit (`JOH0R`, `10T`): only an exact lexicon word is taken
            for table in _LOOKALIKES:
                if (alt := up.translate(table)) in words:
                    return alt.lower() if tok.islower() else alt
            return tok
        if up in words or len(up) < 5:
            return tok
        near = [w for w in words if _within_one(up, w)]
        if len(near) != 1:
            return tok
        w = near[0]
        return w if tok.isupper() else w.capitalize() if tok[:1].isupper() else w.lower()

    return re.sub(r"[A-Za-z0-9]+", fix, text)


_LOOKALIKES = [str.maketrans("015826", "OISBZG"), str.maketrans("015826", "OLSBZG")]


def apply_normalizer(kind: str, raw: str, value: str) -> str:
    if kind == "integer":
        m = re.search(r"\d+", value)
        return m.group(0) if m else value
    if kind == "upper":
        return value.upper()
    if kind == "digits":
        return re.sub(r"\D", "", value)
    if kind == "currency":
        return find_currency(raw) or value.upper()
    return value


def validate(kind: str, value: str) -> bool:
    if kind == "cn_id_number":
        return cn_id_ok(value)
    if kind == "cn_tax_id":
        return cn_tax_ok(value)
    if kind == "date_plausible":
        return bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", value)) and 1950 <= int(value[:4]) <= 2100
    if kind == "email":
        return bool(EMAIL_RE.fullmatch(value))
    if kind == "phone":
        return 7 <= len(value) <= 13 and value.isdigit()
    return bool(value.strip())


CN_DIGITS = "零壹贰叁肆伍陆柒捌玖"
CN_UNITS = {"拾": 10, "佰": 100, "仟": 1000}


def cn_upper_to_decimal(text: str) -> Decimal | None:
    """Chinese financial upper-case amount (壹万贰仟叁佰肆拾伍元陆角柒分 / 整) -> Decimal."""
    t = re.sub(r"[^零壹贰叁肆伍陆柒捌玖拾佰仟万亿元圆角分整正]", "", text)
    if not t or not re.search("[元圆角分]", t):
        return None
    total = Decimal(0)
    yi = wan = sec = Decimal(0)
    digit = 0
    frac = Decimal(0)
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
    total = yi + wan + sec + digit
    digit = 0
    for ch in frac_part:
        if ch in CN_DIGITS:
            digit = CN_DIGITS.index(ch)
        elif ch == "角":
            frac += Decimal(digit) / 10
            digit = 0
        elif ch == "分":
            frac += Decimal(digit) / 100
            digit = 0
    return total + frac


def decimal_to_cn_upper(v: Decimal) -> str:
    """Figures -> 大写 (used by the generator and tests)."""
    v = v.quantize(Decimal("0.01"))
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

    parts = []
    if integer >= 10**8:
        parts.append(four(integer // 10**8) + "亿")
    if integer // 10**4 % 10**4:
        parts.append(four(integer // 10**4 % 10**4) + "万")
    elif parts:
        parts.append("零")
    low = integer % 10**4
    if low:
        if parts and low < 1000:
            parts.append("零")
        parts.append(four(low))
    s = "".join(parts) or "零"
    s += "元"
    if jiao == 0 and fen == 0:
        return s + "整"
    if jiao:
        s += CN_DIGITS[jiao] + "角"
    elif fen:
        s += "零"
    if fen:
        s += CN_DIGITS[fen] + "分"
    return s
