"""What a row's text says: item markers (`•`, `2.`, `(iii)`, `①`), headings, bylines and citations.

`marker_kind` and `BIBLIO` are public: layout/segment.py reads list items and citations with the assembly's own cues.
"""

from __future__ import annotations

import re

from .rows import _Row, _wordy

# An item marker at the start of a line: "•" "1." "1)" "(1)" "a)" "(a)" "iv." "(iv)", and Chinese "1．" "①" "（一）".
# A lone `.` before a gap: a small round bullet as OCR reads it (text never starts with a full stop).
_BULLET = re.compile(r"^\s*(?:[•·▪●○■□◦‣∙➢➤►✓✔*]|[-–—]\s|\.\s+(?=[A-Za-zÀ-ÿ]))")
_ENUM = re.compile(
    r"^\s*(?:[①-⑳]|\(?\d{1,2}[.)．](?!\d)|\(\d{1,2}\)|\(?[a-zA-Z][.)]\s|\([a-zA-Z]\)|\(?[ivxIVX]{1,4}[.)]\s|\([ivx]{1,4}\))"
    r"|^\s*(?:\d{1,2}、|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)])"  # 1、 一、 （一）
    # `(iii` glued to the item's first word: OCR drops a closing parenthesis and the space after it
    r"|^\s*\((?:[ivx]{1,4}|\d{1,2}|[a-h])(?=[A-ZÀ-Þß])"
)
# One marker's kind and number: items of one list share the kind, enumerations count up by one.
_MARK_KIND = re.compile(
    r"^\s*(?:(?P<bullet>[•·▪●○■□◦‣∙➢➤►✓✔*])|(?P<dot>\.)\s+(?=[A-Za-zÀ-ÿ])|(?P<dash>[-–—])\s|(?P<open>[(（])?(?:(?P<num>\d{1,2})|(?P<roman>[ivx]{1,4})"
    r"|(?P<alpha>[a-zA-Z]))(?P<close>[.)）、．]|(?=[A-ZÀ-Þß]))|(?P<circ>[①-⑳]))"
)
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10}
# An author's initial at a line start (`D. Wang3, D. Smith2, ...`) reads like a lettered item: not one when the row
# is a list of names
_INITIAL_LEAD = re.compile(r"^\s*[A-Z]\.\s?[A-Z][a-zà-ÿ]")
# Section numbering ("2.", "2.1.", "3.3.1") in titles: not a list marker when the line is the whole block.
_SECTION = re.compile(r"^\s*\d+(?:\.\d+)*\.?\s+\S")


# An author's initials and name (`E. Li`, `J.-P. Dubois`), and a byline (`By K. Patel and T. Li`).
_INITIALS = re.compile(r"\b[A-Z]\.(?:-[A-Z]\.)?\s?[A-Z][a-zà-ÿ'’-]+")
_BY = re.compile(r"^\s*by\s+[A-Z]", re.IGNORECASE)


def _byline(text: str) -> bool:
    """Names, not a heading: a `By ...` line, or two or more `X. Name` (initials then a surname)."""
    return bool(_BY.match(text)) or len(_INITIALS.findall(text)) >= 2


def _heading_text(text: str) -> bool:
    """Text a heading can be: words (not a number or an amount), no `key：value` or `Key: 1234` inside, more than one
    character."""
    inner = text.strip().rstrip(":：")
    value = inner.split(": ", 1)[1] if ": " in inner else ""  # `Aim 1: Evaluation of ...` is a heading
    return len(inner.replace(" ", "")) >= 2 and _wordy(inner) and "：" not in inner and (not value or _wordy(value))


def _is_marker(text: str) -> bool:
    return bool(_BULLET.match(text) or _ENUM.match(text)) and not (_INITIAL_LEAD.match(text) and _byline(text))


def marker_kind(text: str) -> tuple[str, int] | None:
    """(kind, number) of an item marker: `•` -> ("•", 0); `(iii)` and `(iii` -> ("(roman", 3); `2.` -> ("num.", 2).
    Public: layout/segment.py reads list items with the assembly's own markers."""
    if not _is_marker(text):
        return None
    m = _MARK_KIND.match(text)
    if m is None:
        return None
    if m["dot"]:
        return "•", 0  # the bullet the OCR read as a full stop
    if m["bullet"] or m["dash"]:
        return ("-" if m["dash"] else m["bullet"]), 0
    if m["circ"]:  # ① ② ③: numbered items of Chinese documents
        return "circ", ord(m["circ"]) - ord("①") + 1
    opened = "(" if m["open"] else ""
    close = "" if m["close"] in ("", ")", "）") else m["close"].replace("．", ".")  # a lost `)` is the same kind
    if m["num"]:
        return f"{opened}num{close}", int(m["num"])
    if m["roman"] and (m["roman"] != "i" or opened):  # `i.` alone may be a letter; `(i` starts roman items
        return f"{opened}roman{close}", _ROMAN.get(m["roman"], 0)
    letter = m["alpha"] or (m["roman"] or "")[:1]
    return (f"{opened}alpha{close}", ord(letter.lower()) - 96) if len(letter) == 1 else None


BIBLIO = re.compile(r"\bet al\b|\bdoi\b|\b(?:19|20)\d{2}[a-z]?\b[;.,)]|\b\d+\s*[:(]\s*\d+", re.IGNORECASE)


def _bibliographic(rows: list[_Row]) -> bool:
    """Citation-like text: "et al.", a DOI, years followed by punctuation, volume(issue)/pages."""
    text = " ".join(r.text for r in rows)
    return len(BIBLIO.findall(text)) >= 2
