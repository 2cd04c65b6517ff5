"""Value types: find a candidate of a type in text, normalize it (the `value`), validate it.

Normalized forms: dates ISO `YYYY-MM-DD`; money a plain decimal with two places; phone the national number's
digits; integers as digits; everything else the printed text, trimmed.
"""

from __future__ import annotations

import re
import unicodedata

from . import values as vl
from .values import MONTHS, cn_upper_to_decimal, decimal_to_cn_upper, find_date

__all__ = ["MONTHS", "cn_upper_to_decimal", "decimal_to_cn_upper", "find_date", "find_money", "find_typed"]

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")
URL_RE = re.compile(
    r"(?:https?://|www\.)[^\s,;]+|[a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.(?:com|net|org|cn|io)(?:/[^\s]*)?", re.I
)
# `2017 - 2020`, `2011.09-2015.06` are periods, not phones
YEAR_RANGE_RE = re.compile(r"(19|20)\d\d(?:\s*[./]\s*\d{1,2})?\s*[-–—~]\s*(19|20)\d\d(?:\s*[./]\s*\d{1,2})?")
PHONE_RE = re.compile(r"(?<![\w(])(?:\+|00)?\(?\d[\d\s\-().]{5,}\d(?![\w])")
CN_ID_RE = re.compile(r"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])")
# or grouped by dots: a Swiss UID `CHE-123.456.789` (two dots: one is an amount's)
TAX_ID_RE = re.compile(
    r"(?<![0-9A-Z.])(?:[A-Z]{2,3}-?)?\d{2,3}\.\d{3}\.\d{3}(?![0-9.])|(?<![0-9A-Z])[0-9A-Z][0-9A-Z\-]{6,22}[0-9A-Z](?![0-9A-Z])"
)
# the tax's name printed after a Swiss / Liechtenstein UID (`CHE-123.456.789 MWST`) is no part of it
UID_SUFFIX = re.compile(r"(?<=\d)\s+(MWST|TVA|IVA)\b.*$", re.I)
# a mainland mobile number with a CJK character glued before it (an icon the OCR read as a character: `画1842983…`)
CN_MOBILE_RE = re.compile(r"(?<=[\u4e00-\u9fff])1[3-9]\d{9}(?![\w])")
# a label glued by the OCR to the number: a bracketed area code (`phone(894)421-8940`) or the number in groups of
# 3-3-4 (`phone461.667.9616`)
GLUED_AREA = re.compile(r"(?<=[A-Za-z])(?=\(\d{2,4}\)\s*\d|\d{3}[.-]\d{3}[.-]\d{4}(?!\d))")
LABEL_AFTER = re.compile(r"\s+(?=[A-Za-z][A-Za-z./ ]{0,18}[:：])")
# a currency named in words (`Amount in words: Rupees ...`) where no sign or code is printed
WORD_CURRENCY = {"rupee": "INR", "rupees": "INR", "ringgit": "MYR"}
COUNTRY_CODES = ("86", "852", "853", "886", "60", "65", "44", "49", "33", "91", "81", "82", "61", "1")


def clean(text: str) -> str:
    """NFKC (full-width -> ASCII), single spaces, trimmed."""
    return " ".join(unicodedata.normalize("NFKC", text).split())


def find_money(text: str, prefer: str = "last") -> tuple[str, str] | None:
    """A money amount in `text` -> (raw, normalized): amounts printed with cents win; `prefer`: first/last."""
    t = clean(text)
    got = vl.find_money(t, prefer)
    return (got.figures(t)[0], got.money) if got else None


def find_currency(text: str) -> str | None:
    """The ISO code of the first currency sign or code printed in `text`."""
    t = unicodedata.normalize("NFKC", text)
    for sym, code in vl.CURRENCY_WORDS.items():
        if sym[0].isascii() and sym[0].isalpha():
            if re.search(rf"(?<![a-z]){re.escape(sym)}(?![a-z])", t, re.I):
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
    t = GLUED_AREA.sub(" ", unicodedata.normalize("NFKC", text))
    for m in PHONE_RE.finditer(t):
        raw = m.group(0).strip()
        d = phone_digits(raw)
        if 7 <= len(d) <= 13 and not find_date(raw) and not YEAR_RANGE_RE.fullmatch(raw):
            return raw, d
    mobile = CN_MOBILE_RE.search(t)
    return (mobile.group(0), mobile.group(0)) if mobile else None


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


# a year and month with no day (`出生年月 1996.06`, `1996年6月`, `1996-06`)
YEAR_MONTH_RE = re.compile(r"(?<![\d.])((?:19|20)\d{2})\s*[./\-年]\s*(0?[1-9]|1[0-2])(?:\s*月)?(?![\d])")


def find_typed(vtype: str, text: str, order: str = "dmy") -> tuple[str, str] | None:
    """The first candidate of `vtype` in `text` -> (raw, normalized); None when there is none."""
    got = find_typed_at(vtype, text, order)
    return (got[0], got[1]) if got else None


def find_typed_at(vtype: str, text: str, order: str = "dmy") -> tuple[str, str, int] | None:
    """Like `find_typed`, plus where the raw text starts in `clean(text)`."""
    t = clean(text)
    if vtype in ("money", "number", "percent"):
        a = vl.find_money(t) if vtype == "money" else vl.find_percent(t) if vtype == "percent" else first_number(t)
        if a is None:
            return None
        raw, start = a.figures(t) if vtype == "money" else (a.raw, a.start)
        return raw, a.money if vtype == "money" else vl.number_str(a.value), start
    got: tuple[str, str] | None
    if vtype in ("date", "month"):
        found = vl.find_dates(t, order)
        if found:
            return t[found[0][0] : found[0][1]].strip(), found[0][2], found[0][0]
        m = YEAR_MONTH_RE.search(t) if vtype == "month" else None
        return (m.group(0).strip(), f"{m.group(1)}-{int(m.group(2)):02d}", m.start()) if m else None
    if vtype == "phone":
        got = find_phone(t)
    elif vtype in ("email", "id_number", "tax_id"):
        if vtype == "tax_id":
            # the id ends where the next label starts (`GSTIN: 27AAAPL1234C1ZV PAN: AAAPL1234C`): spaces inside an id
            # (`GB 123 4567 89`) are squeezed below, a label after it must not be
            t = UID_SUFFIX.sub("", LABEL_AFTER.split(t, 1)[0])
        squeezed = t.upper() if vtype == "tax_id" else t
        m = {"email": EMAIL_RE, "id_number": CN_ID_RE, "tax_id": TAX_ID_RE}[vtype].search(squeezed.replace(" ", ""))
        if vtype == "email" and (spaced := EMAIL_RE.search(t)) and not re.search(r"[._%+-]\s*$", t[: spaced.start()]):
            m = spaced  # a label left of the address without a colon (`Email jo@x.org`) is not its local part
        if not m or (vtype == "tax_id" and not re.search(r"\d", m.group(0))):
            return None
        got = (m.group(0), m.group(0).upper() if vtype == "id_number" else m.group(0))
        if vtype == "email":
            # no address starts with a dot: a dot leader's last dot before it (`Email ....... jo@x.org`)
            raw = got[0].lstrip(".")
            got = (raw, email_case(raw))
    elif vtype == "url":
        m = URL_RE.search(t)
        got = (m.group(0), m.group(0)) if m else None
    else:
        s = t.strip(" :：-—|,;")
        if vtype == "address":
            s = fix_digits(s)
        got = (s, s) if s else None
    if got is None:
        return None
    return got[0], got[1], max(0, t.find(got[0]))


def first_number(text: str) -> vl.Amount | None:
    found = vl.find_amounts(text, "number")
    return found[0] if found else None


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
    if kind == "abs":  # an amount paid printed as a negative (`CASH -50.00`)
        return value.lstrip("-")
    if kind == "currency":
        return find_currency(raw) or WORD_CURRENCY.get(raw.strip().lower()) or value.upper()
    return value


def email_case(address: str) -> str:
    """An address printed in lower case where the OCR read an `l` as a capital `I` (`Icollins@mail.org`): a capital I
    in a local part that is otherwise all lower case is an l. Mixed-case addresses stay as read."""
    local, _, domain = address.partition("@")
    rest = local.replace("I", "")
    if "I" in local and rest == rest.lower() and any(c.isalpha() for c in rest):
        local = local.replace("I", "l")
    return f"{local}@{domain}"


def validate(kind: str, value: str) -> bool:
    if kind == "cn_id_number":
        return cn_id_ok(value)
    if kind == "cn_tax_id":
        return cn_tax_ok(value)
    if kind == "date_plausible":
        return bool(re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", value)) and 1950 <= int(value[:4]) <= 2100
    if kind == "email":
        return bool(EMAIL_RE.fullmatch(value))
    if kind == "phone":
        return 7 <= len(value) <= 13 and value.isdigit()
    if kind == "positive":  # a total of 0.00 is a misread (`TOTAL  Fron 00`) or an empty line, never the sum
        return bool(re.fullmatch(r"\d+(\.\d+)?", value)) and float(value) > 0
    return bool(value.strip())
