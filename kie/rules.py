"""The template rules, step 1 of `KieStage.run`: one field at a time, Document view + template -> `Hit`s.

`TemplateRunner.field` tries a field's pairing strategies in the template's order (`right` of / `below` / `above`
a printed key, a table cell, a section, the page's header, the lines after another field, a contact line, a
recipient's block ...); the first alias (in the template's order) that yields a value of the field's type wins.
The later steps (`passes`, `fills`, `fusion`) read and amend `TemplateRunner.found`. `to_field` turns a `Hit` into
the field's value with its box and confidence; `KieResult` is what the stage returns.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any, NamedTuple

from docsense.core.budget import user_regex
from docsense.core.config import KieSettings
from docsense.core.document import BBox, Entity, FieldValue, Pair, union_bbox

from . import normalize as nz
from . import values as vl
from .items import HEAD_CELL, is_title, title_forms
from .schema import Alias, FieldSpec, Template, compile_alias
from .tagger import name_starts_above
from .view import Seg, TLine, View, locate

# a line starting with a word of four or more letters before its amount: another row's label and value
OTHER_LABEL = re.compile(r"^\W*[A-Za-z]{4,}")
STRATEGY_CONFIDENCE = {
    "right": 0.95, "table_cell": 0.9, "below": 0.85, "above": 0.6, "section": 0.8, "header": 0.75, "after": 0.75,
    "nearest": 0.6, "ner": 0.7, "kv": 0.7, "item": 0.8, "computed": 0.6, "tagger": 1.0,
    "contact": 0.75, "recipient": 0.75, "grid": 0.9,
}  # fmt: skip
FOOTER = 0.85  # a line this far down the page (share of its height) is in the footer
SHARED_SIGNS = ("$", "¥", "￥")  # currency signs of more than one currency (USD, CAD, AUD ...; CNY, JPY)
NUM_DATE = re.compile(r"(?<![\w.,/-])(\d{1,2})([/.-])(\d{1,2})\2(?:(?:19|20)\d{2}|\d{2})(?![\w.,/-])")
# words of countries that write the day first (Australia, New Zealand, the UK and Europe, Singapore, Malaysia, India,
# Hong Kong)
DAY_FIRST = re.compile(
    r"\b(?:ABN|GST|GSTIN|[CSI]GST|VAT|AUD|NZD|GBP|EUR|SGD|MYR|INR|HKD|Rupees)\b|[£€₹]|\b(?:HK|S|A|NZ)\$"
)
ABN = re.compile(r"\bABN\b")
# a total's key that may be what is left to pay, and the lines of what was paid before (a deposit, a payment)
BALANCE_KEY = re.compile(r"\b(?:balance|amount)\s*due\b", re.I)
PAID = re.compile(
    r"\b(?:deposits?(?:\s+(?:received|paid))?|payments?\s+received|amount\s+paid|paid\s+to\s+date)\b", re.I
)
# a contact line holds an e-mail or a phone number; its parts are cut at `|`, `·`, `•`, `/` or a wide gap
CONTACT_RE = re.compile(r"[\w.+-]+@[\w-]+\.\w|\+?\(?\d[\d ().-]{7,}\d")
# (a dash between spaces too: `12 Elm St — Denver, CO — jo@x.com`; a phone's hyphens have no spaces)
# (the OCR may glue the dash to the word before it, `Laura Stewart— Madison, WI`: a space on one side is enough)
CONTACT_SPLIT = re.compile(r"\s*[|｜·•/]\s*|\s{2,}|\s[—–]\s?|[—–]\s")
# what a contact line prints besides its parts' separators: an e-mail, a phone number, a web address; the OCR may
# drop the separators round them (`jo@x.com (398) 276-6811 Denver, CO  linkedin.com/in/jo`), so they cut too; a web
# address starts with a small letter (`Denver, COlinkedin.com`: the state glued to it stays the city's)
CONTACT_TOKEN = re.compile(
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\+?\(?\d[\d ().-]{7,}\d|(?:https?://)?(?:www\.)?[a-z][\w-]*(?:\.[\w-]+)*\.(?:com|org|net|io|me|dev|edu)\b(?:/\S*)?"
)
# a street address ending in a European postcode (`…, 1012 AB`, `…, 69002`, `…, 4050-001`), with the town after it
POSTCODE_TOWN = re.compile(
    r"\d[^,]*,\s*(?:[A-Z]{1,2}-)?\d{4,5}(?:-\d{3})?(?:\s?[A-Z]{2}(?![a-z]))?"
    r"(?:\s+([A-ZÀ-Þ][a-zà-ÿ'-]+(?:[ -][A-ZÀ-Þ][a-zà-ÿ'-]+){0,2}))?\s*$"
)
TOWN = re.compile(r"^[A-ZÀ-Þ][a-zà-ÿ'-]+(?:[ -][A-ZÀ-Þ]?[a-zà-ÿ'-]+){0,2}$")
# (or a one-letter label standing for an icon: `A New York, NY`, `L Boston, MA`)
CONTACT_LABEL = re.compile(
    r"^(?:(?:address|location|city|home|residence)\s*[:：]\s*|(?-i:[A-Z])\s+(?=[A-Z][a-z])"
    # a small label without a colon before the place (`home San Diego, CA`, `based in Madison, WI`)
    r"|(?:address|location|city|home|residence|based\s+in|located\s+in)\s+(?-i:(?=[A-Z][a-z])))",
    re.I,
)
# a window envelope's return address on one line: `Seller GmbH · Hauptstr. 5 · 10115 Berlin` (OCR may read a dot
# as a dash)
RETURN_SEP = re.compile(r"\s*[·•|｜]\s*|\s[–-]\s")
# a value read next to its printed key: the line tagger never overrides these
KEYED = ("right", "below", "above", "table_cell", "section")
# an address block's last line ends in a postcode: a US state and ZIP (`Portland, OR 97201`), a British postcode
# (`Reading RG1 4AB`), an Australian state and postcode (`Sydney NSW 2000`); or a line that is only a town and its
# state (`Denver, CO`: a client's block on a letterhead invoice, printed without the ZIP)
POSTCODE_END = re.compile(
    r"(?:,\s*[A-Z]{2}\s+\d{5}(?:-\d{4})?|\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}|\b(?:NSW|VIC|QLD|WA|SA|TAS|ACT|NT)\s+\d{4})\s*$"
    r"|^\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2},\s*[A-Z]{2}\s*$"
)
STREET_START = re.compile(r"^\s*(?:\d+[A-Za-z]?\s+[A-Za-z]|(?:level|suite|unit|flat|floor)\s+\d)", re.I)
ATTENTION = re.compile(r"^\s*(?:for\s+the\s+attention\s+of|attn\.?|attention)\b", re.I)
# what follows a party's key when it titles a block (`需方信息`, `客户资料`), and the name's own label in that block
BLOCK_WORD = re.compile(r"(?:信\s*息|资\s*料)")
# a short word in brackets right after a key: a qualifier of the key (`交款单位（人）`) or the place of a seal or a
# signature (`付款方（盖章）`), not its value
KEY_QUALIFIER = re.compile(r"[（(]\s*([\u4e00-\u9fff]{1,4})\s*[)）]\s*[:：]?")
SEAL_WORD = re.compile(r"[盖公签]?\s*章|签\s*[字名]")
NAME_LABEL = re.compile(r"^\s*(?:单\s*位|公\s*司|企\s*业|客\s*户|供\s*应\s*商)?\s*名\s*称\s*[:：]\s*")
# a person's credentials after the name (`Jane Moore, RN, BSN`, `Sam Lee, PhD`, `Eric Hall, RN, AAS`): three to five
# capitals after a comma, two only where no state writes so (`San Diego, CA` is no name), or the usual mixed-case
# degrees; no part of the name
CREDENTIALS = re.compile(
    r"(?:\s*,\s*(?:[A-Z]{3,5}|RN|NP|DO|PT|OT|[A-Z](?:\.[A-Z])+\.?|PharmD|PhD|EdD|DPhil|Ph\.\s?D\.?|Esq\.?))+\s*$"
)
BARE_CJK_LABEL = re.compile(r"\s*[\u4e00-\u9fff]{2,4}\s*[:：]?\s*")
SPREAD_REST = re.compile(r"\s*[\u4e00-\u9fff]\s*[:：]")  # `名：…` after a lone `姓`
# a label alone with its colon (`Property:`, `備註：`): no value of another key
# a Chinese label with its colon starting a text (`服务顾问：田梓涛`): a pair of its own
OTHER_PAIR = re.compile(r"^\s*[\u4e00-\u9fff]{2,8}\s*[:：]")
BARE_LABEL = re.compile(r"\s*(?:[A-Za-z][A-Za-z .'/&-]{0,30}|[\u4e00-\u9fff]{1,8})\s*[:：]\s*")
# a line ending in a conjunction runs on (`Precision Plumbing &`, `Smith and`)
DANGLING = re.compile(r"(?:&|\+|\band|\bund|\bet)\s*$", re.I)
# an institution's name wrapped after a word no name ends in (`Vellore Institute of` over `Technology`)
WRAPPED_OF = re.compile(r"[A-Za-z]\s+(?:of|for|and|&|the|de|di|du|der|des)\s*$", re.I)
# a line holding nothing but a company's legal form (`Ltd.`, `Pty Ltd`, `LLC`, `Inc.`, `GmbH`)
LEGAL_FORM = re.compile(
    r"^\s*(?:pty\.?\s*)?(?:ltd|limited|llc|llp|inc|corp|co|gmbh|plc|ag|b\.?v|n\.?v|s\.?a|pty)\.?\s*$", re.I
)


@dataclass
class KieResult:
    template: str
    doc_type: str
    fields: dict[str, FieldValue] = field(default_factory=dict)
    items: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    pairs: list[Pair] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)


class Got(NamedTuple):
    raw: str
    value: str
    start: int  # where `raw` starts in the cleaned text it was found in


@dataclass
class Hit:
    value: str
    raw: str
    line: TLine | None
    strategy: str
    rank: int = 0
    lines: list[TLine] = field(default_factory=list)
    segs: list[Seg] = field(default_factory=list)  # the texts the value was read from (see view.locate)
    occ: int = 0  # which occurrence of `raw` in them
    key: tuple[TLine, int, int] | None = None  # the key's line and its characters there
    box: tuple[int, BBox] | None = None  # (page, box) when known without a line (a key-value pair)
    printed: str = ""  # what to look for in `segs` when it is not `raw` (a total with its rounding added)
    confidence: float = 1.0  # the line tagger's probability for its hits (scales the strategy's confidence)

    @property
    def sort_y(self) -> tuple[int, float, float]:
        return (self.line.page, self.line.cy, self.line.box[0]) if self.line else (0, 0.0, 0.0)


# (a Chinese comma or full stop round a value is no part of it either: `现居天津。电话：…`)
_PUNCT = " :：-—|,;.#。，；、"
# an e-mail address in angle brackets after a name (`Acme Ltd <billing@acme.com>`, a mail header's mailbox)
MAILBOX_ADDR = re.compile(r"\s*<[^<>\s@]+@[^<>\s]+>\s*$")
# a Chinese value right of its key in prose ends with its clause (`现居天津，联系电话…`, `张伟，男，汉族`), and on a
# line of facts split by bars with the bar (`现居天津 | 138… | x@qq.com`, `… / 26岁 / …`; a slash the OCR read without
# its spaces before a number or Latin letters: `现居重庆/151…`)
CJK_CLAUSE = re.compile(r"(?<=[\u4e00-\u9fff])(?:\s*[,，。；;|｜]|\s+/\s|\s*/\s*(?=[\d+A-Za-z]))")
DAXIE = re.compile(r"大\s*写")
MONEY_SHAPE = re.compile(r"[¥￥$]\s*\d|\d[.,]\d{2}(?!\d)")
# a Chinese street address: the city that starts it (`杭州市西湖区…`, `杭州西湖区…号`, `广东省广州市天河区…`), before a
# district, county or road
ZH_STREET_CITY = re.compile(
    r"^\s*((?:[\u4e00-\u9fff]{2,3}省)?[\u4e00-\u9fff]{2,4}?市|[\u4e00-\u9fff]{2,3}?(?=[\u4e00-\u9fff]{1,4}[区县]))"
    r"[\u4e00-\u9fff]{0,8}?(?:[区县镇]|[\u4e00-\u9fff]{1,6}(?:路|街|大道|道))"
)


_CJK5 = re.compile(r"[\u4e00-\u9fff]{5}")


# a Chinese name with an English one before or after it on one line (`Kevin Zhou 袁磊`, `王磊 Leo Wang`)
_LATIN_NAME = r"[A-Z][A-Za-z'.-]+(?:\s[A-Z][A-Za-z'.-]*){0,2}"
_ZH_NAME = r"([\u4e00-\u9fff·]{2,4})"
BILINGUAL_NAME = re.compile(rf"^\s*(?:{_LATIN_NAME}\s*{_ZH_NAME}|{_ZH_NAME}\s*{_LATIN_NAME})\s*$")
# a Chinese key's English translation before the colon (`现居 Location：`, `电话 Tel：`), or the party's other name
# in brackets (`需方（甲方）：`, `供方(乙方):`): part of the key
GLOSS = re.compile(r"\s*(?:[A-Za-z][A-Za-z.'/ -]{0,24}|[（(][^（()）:：]{1,12}[)）]\s*)[:：]")
# a Latin label with a colon after a Chinese value (`国际经济与贸易 GPA：3.6`): the next item, not the value's
LATIN_LABEL = re.compile(r"(?<=[\u4e00-\u9fff）)])\s+[A-Za-z][A-Za-z.]{1,15}\s?[:：]")
# another Chinese label with its colon after a gap (`杭州　　籍贯：湖南长沙`, two pairs on one line): the next item
CJK_LABEL = re.compile(r"(?<=\S)\s+[\u4e00-\u9fff]{2,6}\s?[:：]")
# a key inside brackets (`GPA：3.6/4.0（专业前10%）`) that hold more than it: words of another value, not a key
# (`（小写）`, `（大写）` are labels of their own)
IN_BRACKETS = re.compile(r"[（(][^）)]*$")
# a label's length in a Chinese form's cell (letter-spaced with ideographic spaces or not)
CJK_SHORT = re.compile(r"[\u4e00-\u9fff][\u4e00-\u9fff\u3000 ]{1,7}")
# dot leaders between a label and its value (`Location ...... Austin, TX`), with the label or the dots alone
LEADER = re.compile(r"^(?:[A-Za-z][A-Za-z ]{0,20}?)?\s*[.…_·]{2,}\s*")


def same_text(a: str, b: str) -> bool:
    """Two names the same but for case, spaces and punctuation (`Harbor Logistics Ltd` / `Harbor Logistics Ltd.`)."""
    return re.sub(r"\W", "", a).casefold() == re.sub(r"\W", "", b).casefold()


def _in_clause(text: str, m: re.Match[str]) -> bool:
    """A Chinese key word ending a phrase of prose, glued to the words before it and followed by a comma or full
    stop (`就读于山东大学金融学专业，获…`): the value's own end, no label."""
    return (
        m.start() > 0
        and "\u4e00" <= text[m.start() - 1] <= "\u9fff"
        and "\u4e00" <= text[m.start()] <= "\u9fff"
        and text[m.end() : m.end() + 1] in (",", "，", "。", ";", "；")
    )


def _in_value(text: str, m: re.Match[str]) -> bool:
    """A key word right after another label's colon, or after the enumeration comma of a list, and not followed by a
    colon of its own: a word of that label's value (`主修课程：专业导论、…`, `…、数据库应用、专业英语`: courses, not
    the major's key)."""
    after = text[m.end() : m.end() + 1]
    glued = bool(after) and not after.isspace() and after not in ":："
    return glued and text[: m.start()].rstrip().endswith((":", "：", "、"))


def _bracketed(text: str, m: re.Match[str]) -> bool:
    return bool(IN_BRACKETS.search(text[: m.start()])) and not re.match(r"\s*[）)]", text[m.end() :])


def _key_end(m: re.Match[str], text: str) -> int:
    """Where a key ends: after the English gloss printed between a Chinese key and its colon, or after the bracket
    round a key that is the other name of a party (`甲方（需方）：`)."""
    if re.search(r"[\u4e00-\u9fff]", m.group(0)):
        g = GLOSS.match(text, m.end())
        if g is not None:
            return g.end()
        c = re.compile(r"\s*[)）]\s*[:：]").match(text, m.end())
        if c is not None and re.search(r"[（(]\s*$", text[: m.start()]):
            return c.end()
    return m.end()


def _within(cell: TLine, lines: list[TLine]) -> bool:
    """A table cell holding the centre of one of `lines` (a cell read from a section's block)."""
    b = cell.box
    return any(
        t.page == cell.page and b[0] <= (t.box[0] + t.box[2]) / 2 <= b[2] and b[1] <= (t.box[1] + t.box[3]) / 2 <= b[3]
        for t in lines
    )


def _vertical(ln: TLine) -> bool:
    """Words set one character a line (a vertical label), read as one box far taller than wide."""
    return len(ln.text.strip()) >= 2 and ln.h >= 2 * (ln.box[2] - ln.box[0])


def _upper_first(lines: list[TLine]) -> list[TLine]:
    """Lines under a key, nearest first: where the row grouping merged two lines stacked in one column (a company
    over `Attn: <person>`, the lower one starting a hair further left), the upper one comes first."""
    if len(lines) < 2:
        return lines
    a = lines[0]
    for b in lines[1:]:
        if b.row != a.row:
            break
        if min(a.box[2], b.box[2]) - max(a.box[0], b.box[0]) > 0 and b.box[3] <= a.box[1] + 0.3 * a.h:
            return [b] + [t for t in lines if t is not b]
    return lines


def _on_row(pick: Hit, hits: list[Hit], last: bool) -> Hit:
    """The first (last) hit in reading order: two blocks side by side (the buyer's left, the seller's right) print
    their keys on one visual row, a pixel or two apart in height, so on the picked hit's row the leftmost (rightmost)
    one is it."""
    if pick.line is None or pick.line.row < 0:
        return pick
    row = [h for h in hits if h.line is not None and h.line.page == pick.line.page and h.line.row == pick.line.row]
    return (max if last else min)(row, key=lambda h: h.line.box[0] if h.line else 0.0)


class TemplateRunner:
    """Applies one template to one document view."""

    def __init__(self, template: Template, view: View, settings: KieSettings) -> None:
        self.t = template
        self.v = view
        self.settings = settings
        self.found: dict[str, Hit] = {}
        self.adjustments: dict[str, Decimal] = {}  # field -> rounding added to its printed value
        self.date_order = page_date_order(view, template.date_order)
        self._alias_cache: dict[str, list[Alias]] = {}
        # fields no section entry holds (a resume's city, phone): not read from a key inside a section's block
        held = {k for sec in template.sections.values() for k in sec.entry}
        self._outside = {id(f) for n, f in template.fields.items() if template.sections and n not in held}
        self._in_sections: set[int] | None = None
        self._vertical_titles: list[TLine] | None = None
        all_keys = [k for f in template.fields.values() for k in f.keys]
        self.any_key = [compile_alias(k) for k in all_keys]
        self.spread = self.spread_keys()

    def spread_keys(self) -> dict[int, TLine]:
        """A key spread over its cell by spaces (`姓　　名：周勇刚`) that the OCR cut into boxes: the first character
        alone, the rest with the value (`姓` | `名：周勇刚`); the two read as one line when matching keys."""
        out: dict[int, TLine] = {}
        for row in self.v.rows:
            for a, b in itertools.pairwise(row):
                if (
                    re.fullmatch(r"\s*[\u4e00-\u9fff]\s*", a.text)
                    and SPREAD_REST.match(b.text)
                    and a.page == b.page
                    and 0 <= b.box[0] - a.box[2] < 3 * b.h
                ):
                    box = union_bbox([a.box, b.box])
                    text = a.text.strip() + b.text
                    out[id(b)] = replace(b, text=text, box=box, bbox=union_bbox([a.bbox, b.bbox]), words=[])
        # a Chinese key wrapped in its narrow cell (`购买方纳税人识别` over `号`): its last character or two alone on
        # the line flush under it; the two read as one key where a key runs across the break
        for a in self.v.lines:
            if id(a) in out or not re.search(r"[\u4e00-\u9fff]$", a.text.strip()):
                continue
            for b in self.v.lines:
                if (
                    b.page == a.page
                    and re.fullmatch(r"\s*[\u4e00-\u9fff]{1,2}\s*[:：]?\s*", b.text)
                    and -0.5 * a.h <= b.box[1] - a.box[3] <= 0.6 * a.h
                    and abs(b.box[0] - a.box[0]) < 0.6 * a.h
                ):
                    text = a.text.strip() + b.text.strip()
                    cut = len(a.text.strip())
                    if any((m := p.search(text)) and m.start() < cut < m.end() for p in self.any_key):
                        # its value set centred in the cell is read on the row of the key's second line
                        beside = [
                            any(t.page == a.page and t.box[0] >= a.box[2] for t in self.v.rows[r])
                            for r in (a.row, b.row)
                        ]
                        at = b.row if beside[1] and not beside[0] else a.row
                        box = union_bbox([a.box, b.box])
                        bbox = union_bbox([a.bbox, b.bbox])
                        out[id(a)] = replace(a, text=text, box=box, bbox=bbox, row=at, words=[])
                        break
        return out

    def aliases(self, keys: list[str]) -> list[Alias]:
        key = "\x00".join(keys)
        if key not in self._alias_cache:
            self._alias_cache[key] = [compile_alias(k) for k in keys]
        return self._alias_cache[key]

    # --- typed values -------------------------------------------------------------------------------------------
    def typed(self, spec: FieldSpec, text: str) -> Got | None:
        """A value of the field's type (and pattern) in `text` -> (raw, normalized, where), or None."""
        text = nz.clean(text)
        base = 0
        if spec.pattern:
            m = user_regex(spec.pattern).search(text)
            if not m:
                return None
            base = m.start(1) if m.groups() else m.start()
            text = m.group(1) if m.groups() else m.group(0)
        found = nz.find_typed_at(spec.type, text, self.date_order)
        if found is not None and spec.index is not None and spec.type in ("money", "number"):
            cands = vl.money_candidates(text) if spec.type == "money" else vl.find_amounts(text, "number")
            a = cands[spec.index] if -len(cands) <= spec.index < len(cands) else None
            if a is None:
                found = None
            elif spec.type == "money":
                figures, at = a.figures(text)
                found = (figures, a.money, at)
            else:
                found = (a.raw, vl.number_str(a.value), a.start)
        if found is None:
            return None
        raw, value, start = found
        if spec.type in ("text", "name", "address"):
            # a mail client's sender `Name <billing@example.com>`: the name is the display name before the address
            raw = value = MAILBOX_ADDR.sub("", raw) or raw
            stripped = raw.lstrip(_PUNCT)
            start += len(raw) - len(stripped)
            raw = value = stripped.rstrip(_PUNCT.replace(".", ""))  # keep `Inc.`
            if not raw:
                return None
        if spec.lexicon:
            raw = value = nz.fix_words(raw, spec.lexicon)
        if spec.normalize == "none":
            value = raw
        elif spec.normalize != "auto":
            value = nz.apply_normalizer(spec.normalize, raw, value)
        if spec.validator and not nz.validate(spec.validator, value):
            return None
        return Got(raw, value, base + start)

    @staticmethod
    def hit(got: Got, text: str, segs: list[Seg], strategy: str, rank: int = 0, **kw: Any) -> Hit:
        """A hit read from `text` (the segments' texts joined); `got.start` tells which occurrence it is."""
        occ = nz.clean(text)[: got.start].count(got.raw)
        line = kw.pop("line", None) or segs[0][0]
        return Hit(got.value, got.raw, line, strategy, rank, segs=segs, occ=occ, **kw)

    def cut_at_other_key(self, text: str, own: list[Alias]) -> str:
        """A remainder like `123  Date: 2019-01-01` stops where another field's key starts."""
        cut = len(text)
        for pat in self.any_key:
            if pat in own:
                continue
            m = pat.search(text, 1)
            if m and m.start() < cut and (not text[m.start() - 1].isalnum() or self.glued_key(text, m)):
                cut = m.start()
        for pat in (LATIN_LABEL, CJK_LABEL):
            lab = pat.search(text)
            if lab is not None and lab.start() < cut:
                cut = lab.start()
        return text[:cut]

    def wrapped_label_value(
        self, spec: FieldSpec, ln: TLine, strategy: str, rank: int, key: tuple[TLine, int, int]
    ) -> Hit | None:
        """A label wrapped over two lines (`Amount Due From` over `Patient`) with its amount set right, centred
        between them: the OCR puts the amount on a row of its own, under the label's first line."""
        if ln.row + 1 >= len(self.v.rows):
            return None
        for t in self.v.rows[ln.row + 1]:
            if t.page != ln.page or t.box[0] < ln.box[2] or not ln.box[1] < t.box[1] < ln.box[3]:
                continue
            # the label's second line: words flush under its first, the amount reaching down beside it
            under = [
                u
                for u in self.v.below(ln, 1.0)
                if abs(u.box[0] - ln.box[0]) < ln.h and u.box[2] < t.box[0] and t.box[3] > u.box[1]
                if not self.is_key_line(u)  # another label (`CASH` over `CHANGE`), not the first one's end
                if re.fullmatch(r"[A-Za-z][A-Za-z .()/&-]*|[\u4e00-\u9fff（）()]+", u.text.strip())
            ]
            if not under:
                continue
            got = self.typed(spec, t.text)
            if got:
                return self.hit(got, t.text, [(t, 0)], strategy, rank, key=key)
        return None

    def column_header(self, ln: TLine) -> bool:
        """A bare key (no colon) right of another: a table's header row (`Degree  Major  Institution  Year`), whose
        values are below, not to the right."""
        left = [t for t in self.v.lines if t.page == ln.page and t.row == ln.row and t.box[2] <= ln.box[0]]
        bare = not re.search(r"[:：]", ln.text)
        # (a key with its colon on the left is a label of its own, `Credit To:` over its value, not a header cell)
        nearest = max(left, key=lambda t: t.box[2]) if left else None
        if bare and nearest is not None and self.is_key_line(nearest) and not re.search(r"[:：]\s*$", nearest.text):
            return True
        return bare and self.header_row(ln)

    def header_row(self, ln: TLine) -> bool:
        """A row of bare labels with no digits, all but one of them keys, over a row of values, one under each label:
        three or more of them (`Qualification  Specialisation  Institute  Year`), or all in capitals (`BILL TO   SHIP
        TO`)."""
        row = [t for t in self.v.rows[ln.row] if t.page == ln.page]
        if len(row) < 2 or any(re.search(r"[:：\d]", t.text) for t in row):
            return False
        # two labels: in capitals, or parallel (`Bill To  Ship To`: as many words, the same last word)
        parallel = len({t.text.split()[-1].lower() for t in row}) == 1 and len({len(t.text.split()) for t in row}) == 1
        if len(row) < 3 and not all(t.text.isupper() for t in row) and not (parallel and len(row[0].text.split()) > 1):
            return False
        # `客户名称  <buyer>  报价单位  <seller>`: keys and values; of four or more labels half may be no keys
        # (`Degree  Field  Institution  Year`) when those are short words (a value is a name: longer)
        others = [t for t in row if not self.is_key_line(t)]
        short = all(len(t.text) <= 12 and len(t.text.split()) <= 2 and not _CJK5.search(t.text) for t in others)
        # a qualifications table's header (`Course  Institute  Board / University  Year  Score`): column names only
        names = len(row) >= 3 and all(HEAD_CELL.fullmatch(t.text) for t in row)
        if len(others) > (len(row) // 2 if len(row) >= 4 and short else 1) and not names:
            return False
        under = [self.v.below(t, 4.0) for t in row]
        # (the cells of a table's row may sit at different heights: wrapped in two lines or one)
        if all(u and not self.is_key_line(u[0]) and (names or u[0].row == under[0][0].row) for u in under):
            return True
        # labels centred over wide columns (`Bill To` over a block starting far left of it): each label over its
        # own value, the nearest by centre on the next row
        cols = [self.column_value(t) for t in row]
        return all(c is not None and not self.is_key_line(c) for c in cols) and len({id(c) for c in cols}) == len(row)

    def column_value(self, ln: TLine) -> TLine | None:
        """The line on the next row under `ln` (within four line heights) whose centre is nearest to its centre."""
        nxt = [t for t in self.v.lines if t.page == ln.page and t.row > ln.row and t.box[1] - ln.box[3] <= 4 * ln.h]
        if not nxt:
            return None
        first = min(t.row for t in nxt)
        mid = (ln.box[0] + ln.box[2]) / 2
        return min((t for t in nxt if t.row == first), key=lambda t: abs((t.box[0] + t.box[2]) / 2 - mid))

    def label_row(self, ln: TLine) -> bool:
        """`ln`'s row is a row of three labels or more with no figures (a fare row's column names)."""
        row = [t for t in self.v.rows[ln.row] if t.page == ln.page]
        return len(row) >= 3 and not any(re.search(r"\d", t.text) for t in row)

    def span_value(self, ln: TLine) -> TLine | None:
        """The line on the next row under `ln` whose centre is in `ln`'s column: from its left edge to the next
        label's on its row (a cell's text set left, its figures set right)."""
        nxt = [t for t in self.v.lines if t.page == ln.page and t.row > ln.row and t.box[1] - ln.box[3] <= 2 * ln.h]
        if not nxt:
            return None
        first = min(t.row for t in nxt)
        heads = [t for t in self.v.rows[ln.row] if t.page == ln.page]
        stop = min((h.box[0] for h in heads if h.box[0] > ln.box[2]), default=float("inf"))
        own = [t for t in nxt if t.row == first and ln.box[0] <= (t.box[0] + t.box[2]) / 2 < stop]
        return own[0] if len(own) == 1 else None

    def touching_under(self, ln: TLine) -> list[TLine]:
        """Lines right under `ln` whose boxes touch it, so the row grouping put them on its row (a narrow column of
        labels over values: `票据号码：` over `3847657137`), nearest first."""
        return sorted(
            (
                t
                for t in self.v.rows[ln.row]
                if t is not ln
                and t.page == ln.page
                and t.box[1] >= ln.box[1] + 0.6 * ln.h
                and min(t.box[2], ln.box[2]) - max(t.box[0], ln.box[0]) > 0
            ),
            key=lambda t: t.box[1],
        )

    def stacked_label(self, ln: TLine) -> bool:
        """A label with its value right under it, starting where it starts (`Location` over `London, UK` in a
        resume's sidebar)."""
        under = [
            t
            for t in self.v.lines
            if t.page == ln.page
            # under its lower half (a recognizer's boxes are tall), closer than a table's next row
            and -0.5 * ln.h <= t.box[1] - ln.box[3] <= 0.6 * ln.h
            and abs(t.box[0] - ln.box[0]) < 0.3 * ln.h
        ]
        return (
            bool(under)
            and not self.is_key_line(under[0])
            and not self.cjk_label(under[0])
            and not self.grid_label(ln, under[0])
            and not self.label_column(ln, under[0])
        )

    def label_column(self, ln: TLine, under: TLine) -> bool:
        """`under` is the next label of a column of labels, each with its value right of it in one column (a
        definition list: `Degree` | `Master of Science` over `Major` | `Psychology` over `Graduated` | `2019`): the
        label over `ln`, starting where it starts, is a known key whose value starts where `ln`'s and `under`'s do.
        (A sidebar's `Location` over `London, UK` has a value, no key, over it.)"""
        mine, its = self.v.right_of(ln)[:1], self.v.right_of(under)[:1]
        if not (mine and its and abs(mine[0].box[0] - its[0].box[0]) < ln.h):
            return False
        over = [
            t
            for t in self.v.lines
            if t.page == ln.page
            and -0.5 * ln.h <= ln.box[1] - t.box[3] <= 0.6 * ln.h
            and abs(t.box[0] - ln.box[0]) < 0.3 * ln.h
        ]
        theirs = self.v.right_of(over[0])[:1] if over else []
        return bool(over and self.is_key_line(over[0]) and theirs and abs(theirs[0].box[0] - mine[0].box[0]) < ln.h)

    def sibling_heading(self, ln: TLine, nb: TLine) -> bool:
        """A bare key and a bare text far right of it, each over a line of no key starting where it starts: two
        blocks' headings side by side, the text no value of the key's."""
        # (Latin text only: a Chinese form's grid sets its cells, key and value alike, over the next row's)
        if re.search(r"[:：\u4e00-\u9fff]", ln.text) or re.search(r"[:：\d\u4e00-\u9fff]", nb.text):
            return False
        if nb.box[0] - ln.box[2] < 3 * ln.h:
            return False  # a grid's value close right of its key, each over the next row's key and value

        def under(t: TLine) -> list[TLine]:
            return [
                u
                for u in self.v.lines
                if u.page == t.page
                and -0.5 * t.h <= u.box[1] - t.box[3] <= t.h
                and abs(u.box[0] - t.box[0]) < 0.6 * t.h
                and not self.is_key_line(u)
            ]

        mine = under(ln)
        # (a definition list's next label under the key, its value under `nb`, makes no two headings)
        return bool(mine and under(nb)) and not self.label_column(ln, mine[0])

    def beside_tall(self, ln: TLine) -> list[TLine]:
        """The lines right of a label wrapped in its cell as one tall box (`增值税税` over `额`, one text layer's
        box), its value centred beside it on no row of its own: those whose middle is within its height."""
        return sorted(
            (
                t
                for t in self.v.lines
                if t.page == ln.page
                and t is not ln
                and t.box[0] >= ln.box[2] - 0.3 * t.h
                and ln.box[1] < t.cy < ln.box[3]
                and ln.h > 1.6 * t.h
            ),
            key=lambda t: t.box[0],
        )

    def grid_label(self, ln: TLine, under: TLine) -> bool:
        """`under` is the next label of a grid's column of labels, not the value of `ln`: on an invoice, under a bare
        label (no colon), a short Chinese word with a value right of it that starts where `ln`'s does (`纳税人识别号`
        over `地址`, each value in the next cell). (A resume's sidebar prints `所在地:` over `苏州`, the main column
        right of both.)"""
        mine, its = self.v.right_of(ln)[:1], self.v.right_of(under)[:1]
        return (
            self.t.doc_type == "invoice"
            and not re.search(r"[:：]", ln.text)
            and bool(CJK_SHORT.fullmatch(under.text.strip()))
            and bool(mine and its)
            and abs(mine[0].box[0] - its[0].box[0]) < ln.h
        )

    def cjk_label(self, ln: TLine) -> bool:
        """A short Chinese label holding a key word after other words (`户口所在地` holds `所在地`): a form's next
        label in its column of labels, not the value of the label over it (its value is right of it, in a grid)."""
        text = ln.text.strip()
        return bool(CJK_SHORT.fullmatch(text)) and any(p.search(text) for p in self.any_key)

    def wrapped(self, ln: TLine) -> TLine | None:
        """The rest of a Chinese value broken over two lines by a narrow cell (`电子信息工` over `程`): a line of at
        most half its length right under it (closer than the next row), within its width, Chinese on both sides of
        the break, no digits, no key. Also a name ending in a word no name ends in (`Vellore Institute of` over
        `Technology`): the line flush under it, letters only."""
        if WRAPPED_OF.search(ln.text):
            return next(
                (
                    t
                    for t in self.v.lines
                    if t.page == ln.page
                    and t is not ln
                    and -0.3 * ln.h <= t.box[1] - ln.box[3] <= 0.3 * ln.h
                    and abs(t.box[0] - ln.box[0]) < 0.5 * ln.h
                    and re.fullmatch(r"[A-Za-z][A-Za-z .,&'-]*", t.text.strip())
                    and not self.is_key_line(t)
                ),
                None,
            )
        if not re.search(r"[\u4e00-\u9fff]$", ln.text.strip()):
            return None
        for t in self.v.lines:
            if (
                t.page == ln.page
                and t is not ln
                and -0.3 * ln.h <= t.box[1] - ln.box[3] <= 0.3 * ln.h
                and t.box[0] >= ln.box[0] - 0.3 * ln.h
                and t.box[2] <= ln.box[2] + 0.3 * ln.h
                and re.match(r"[\u4e00-\u9fff][^\d]*$", t.text.strip())
                and 2 * len(t.text.strip()) <= len(ln.text.strip())
                and not self.is_key_line(t)
            ):
                return t
        return None

    @staticmethod
    def glued_key(text: str, m: re.Match[str]) -> bool:
        """A Chinese key with its colon right after a value, the separator lost by OCR (`138..邮箱：li@qq.com`)."""
        return not text[m.start()].isascii() and text[m.end() : m.end() + 1] in (":", "：")

    def is_key_line(self, ln: TLine) -> bool:
        return any(p.match(ln.text) for p in self.any_key)

    def in_zone(self, spec: FieldSpec, ln: TLine) -> bool:
        y = self.v.rel_y(ln)
        return spec.zone[0] <= y <= spec.zone[1]

    # --- strategies ---------------------------------------------------------------------------------------------
    def section_bodies(self) -> set[int]:
        """The lines in the blocks under the template's section titles (a resume's education and experience)."""
        if self._in_sections is None:
            self._in_sections = set()
            for sec in self.t.sections.values():
                pats = self.aliases(sec.titles)
                title = next((t for t in self.v.lines if is_title(t.text, pats)), None)
                title = title or next((t for t in self.vertical_titles() if is_title(t.text, pats)), None)
                if title is not None:
                    self._in_sections.update(id(t) for t in self.section_lines(title))
        return self._in_sections

    def key_hits(
        self, spec: FieldSpec, pitch: float = 0.0, at: TLine | None = None
    ) -> list[tuple[int, TLine, re.Match[str]]]:
        pats = self.aliases(spec.keys)
        # inside an education or experience block a `Location:` is the school's or employer's town, not the person's
        inside = self.section_bodies() if id(spec) in self._outside else set()
        excl = self.aliases(spec.exclude)
        hits: list[tuple[int, TLine, re.Match[str]]] = []
        anchor = self.found.get(spec.near or "")
        near = at or (anchor.line if anchor is not None else None)
        stops = self.aliases(spec.stop)
        for ln in self.v.lines:
            if hits and stops and any(p.search(ln.text) for p in stops):
                break
            own_id, ln = id(ln), self.spread.get(id(ln), ln)
            if near is not None and not (
                ln.page == near.page
                and (
                    near.row <= ln.row <= near.row + spec.near_rows
                    or (pitch > 0 and 0 <= ln.box[1] - near.box[1] <= spec.near_rows * pitch)
                )
            ):
                if not (spec.near_footer and self.v.rel_y(ln) >= FOOTER):
                    continue
            if any(p.search(ln.text) for p in excl) or own_id in inside:
                continue
            for rank, p in enumerate(pats):
                m = p.search(ln.text)
                while m is not None and (
                    _bracketed(ln.text, m) or _in_value(ln.text, m) or (not spec.hints and _in_clause(ln.text, m))
                ):
                    m = p.search(ln.text, m.start() + 1)
                if m:
                    hits.append((rank if spec.rank_keys else 0, ln, m))
                    break
        if not hits and near is not None and not pitch:
            # none in the rows under the anchor: blocks side by side interleave their rows (a middle column of
            # labels over values takes two rows an item), so as far down as `near_rows` rows of the page's line
            # pitch (1.8 median line heights)
            heights = sorted(t.h for t in self.v.lines)
            hits = self.key_hits(spec, 1.8 * heights[len(heights) // 2], near)
            if hits or at is not None or anchor is None or len(anchor.raw) < 4:
                return hits
            # none by the anchor's line: the same name printed once more elsewhere (the goods list attached to a VAT
            # invoice repeats `销售方名称：<name>` in its header; the field took that copy) may be the one its block is
            # under, so each other line holding the value is tried as the anchor, in the page's order
            for other in self.v.lines:
                if other is not near and anchor.raw in other.text:
                    hits = self.key_hits(spec, 0.0, other)
                    if hits:
                        return hits
        return hits

    def from_key(self, spec: FieldSpec, strategy: str, ln: TLine, m: re.Match[str], rank: int) -> Hit | None:
        own = self.aliases(spec.keys)
        end = _key_end(m, ln.text)
        key = (ln, m.start(), end)
        if strategy == "right":
            rest = self.cut_at_other_key(ln.text[end:], own).strip(_PUNCT)
            if BLOCK_WORD.fullmatch(rest):
                rest = ""  # `需方信息`, `客户资料`: a party's block title, its name below
            q = KEY_QUALIFIER.fullmatch(rest)
            # the key marks where to seal (`承修方（盖章）：`, the bracket read as the key's or left after it)
            sealed = bool(SEAL_WORD.search(ln.text[m.end() : end])) or bool(q and SEAL_WORD.fullmatch(q.group(1)))
            if q and (SEAL_WORD.fullmatch(q.group(1)) or not self.typed(spec, q.group(1))):
                # a bracket after the key qualifies it (`交款单位（人）`) or marks where to sign (`付款方（盖章）`):
                # no value, which stands right of the key if anywhere
                rest = ""
            if spec.type in ("text", "name"):
                rest = CJK_CLAUSE.split(rest)[0].strip(_PUNCT)
            if not rest and spec.hints and re.search(r"[\u4e00-\u9fff]$", ln.text[: m.start()]):
                # a key printed right after its value in prose (`博士学历，现居…`): the words before the key when
                # the field's hints take them
                before = ln.text[: m.start()]
                hm = next((h for p in self.aliases(spec.hints) if (h := p.search(before))), None)
                got = self.typed(spec, hm.group(1) if hm and hm.groups() else hm.group(0)) if hm else None
                if got and hm is not None:
                    at = hm.start(1) if hm.groups() else hm.start()
                    return self.hit(got, before[at:], [(ln, at)], strategy, rank, key=key)
            if rest:
                got = self.typed(spec, rest)
                if got:
                    return self.hit(got, rest, [(ln, end)], strategy, rank, key=key)
                if spec.type in ("text", "name", "address"):
                    return None
            if spec.index is not None or spec.type == "money":
                # `合计  ¥38704.14  ¥3483.37`: the n-th (default: last) amount right of the key
                texts, segs = [rest], [(ln, end)]
                for nb in self.v.right_of(ln) or self.beside_tall(ln):
                    # the field's own label later on its row is no other value's (`合计 | 人民币（大写）：… | ¥…`)
                    if self.is_key_line(nb) and not any(p.search(nb.text) for p in own):
                        break
                    texts.append(nb.text)
                    segs.append((nb, 0))
                got = self.typed(spec, "  ".join(texts))
                if got is not None and DAXIE.search(ln.text) and not MONEY_SHAPE.search("  ".join(texts)):
                    # the amount in words' own label (`合计金额（大写）`): a figure there is the words' sum only when
                    # printed as one (a sign or cents); a stray mark read as a digit (a copy legend's `①`) is none
                    got = None
                if got is None and len(texts) == 1 and not re.search(r"\d", rest):
                    return self.wrapped_label_value(spec, ln, strategy, rank, key)
                return self.hit(got, "  ".join(texts), segs, strategy, rank, key=key) if got else None
            # a bare key right of another label reads as a header cell, but a value set tight against it (the
            # OCR's boxes touching or overlapping: `PREPARED FOR … Ref.` + `BRO-2021-042`) is its own
            tight = self.v.right_of(ln)[:1]
            if tight and tight[0].box[0] - ln.box[2] < 0.8 * ln.h and not self.is_key_line(tight[0]):
                text = self.cut_at_other_key(tight[0].text, own)
                got = self.typed(spec, text) if self.column_header(ln) else None
                if got:
                    return self.hit(got, text, [(tight[0], 0)], strategy, rank, key=key)
            if self.column_header(ln):
                return None
            stacked = self.stacked_label(ln)
            for nb in self.v.right_of(ln)[:2]:
                if self.is_key_line(nb) or (stacked and nb.box[0] - ln.box[2] > 3 * ln.h):
                    break  # a label over its value: what stands far right on its row is another column's
                if BARE_LABEL.fullmatch(nb.text):
                    break  # a label the template does not know (`Tenant:` | `Property:`, each over its value)
                if sealed and OTHER_PAIR.match(nb.text) and not NAME_LABEL.match(nb.text):
                    break  # a seal's place left blank beside another signature's label and its name (`服务顾问：…`)
                if self.sibling_heading(ln, nb):
                    break  # a block's heading beside the key's block (`Customer` | `Job site`, each over its lines)
                text = self.cut_at_other_key(nb.text, own)
                got = self.typed(spec, text)
                if got:
                    return self.hit(got, text, [(nb, 0)], strategy, rank, key=key)
            return None
        if strategy == "below":
            after_key = ln.text[end:].strip(_PUNCT)
            if after_key and not BLOCK_WORD.fullmatch(after_key) and spec.type in ("text", "name", "address"):
                return None
            gap = 4.0 if self.header_row(ln) else 2.5  # a header cell's value sits lower, under its rule
            # (a line above the key is none, a later row's though it be: a tall title's row took the key in)
            lower = [t for t in self.v.below(ln, gap) if t.box[1] >= ln.box[1] + 0.6 * ln.h]
            under = [*self.touching_under(ln), *lower]
            below = _upper_first([t for t in under if not self.is_key_line(t)])
            if gap > 2.5:
                col = self.column_value(ln)  # a label centred over its wide column: its value is on the next row
                # (the value of this label's column, nearer by centre to it than to the row's other labels: the next
                # column's value may sit higher, the row's cells set at different heights)
                if col is not None:
                    mid = (col.box[0] + col.box[2]) / 2
                    heads = [t for t in self.v.rows[ln.row] if t.page == ln.page]
                    col = col if min(heads, key=lambda t: abs((t.box[0] + t.box[2]) / 2 - mid)) is ln else None
                if col is not None and not self.is_key_line(col) and (not below or col.row < below[0].row):
                    below = [col, *below]
            elif (
                spec.type == "money"
                and self.label_row(ln)
                and (span := self.span_value(ln))
                and (not below or span.row <= below[0].row)
            ):
                # a figure on the next row in the key's column though not under the key itself (the key at the left of
                # a merged cell, its figure set right): before what overlaps the key, the next column's figure or one
                # rows further down
                below = [span, *below]
            if not below:
                return None
            nm = NAME_LABEL.match(below[0].text) if spec.type in ("text", "name") else None
            if nm is not None:
                # under a party's block title, the block's `单位名称：<name>` line: the name, to the next label
                text = CJK_LABEL.split(below[0].text[nm.end() :])[0]
                seg = (below[0], nm.end())
                if not text.strip():  # the label a box of its own, the name the box right of it
                    nxt = [t for t in self.v.right_of(below[0])[:1] if not self.is_key_line(t)]
                    text, seg = (CJK_LABEL.split(nxt[0].text)[0], (nxt[0], 0)) if nxt else ("", seg)
                got = self.typed(spec, text) if text.strip() else None
                return self.hit(got, text, [seg], strategy, rank, key=key) if got else None
            if spec.max_lines > 1 and spec.type in ("text", "address"):
                take = below[: spec.max_lines]
                text = " ".join(t.text for t in take)
                got = self.typed(spec, text)
                return self.hit(got, text, [(t, 0) for t in take], strategy, rank, lines=take, key=key) if got else None
            # a key set as a section heading: capitals, two words or more, no colon
            heading = ln.text.isupper() and len(ln.text.split()) >= 2 and not re.search(r"[:：]", ln.text)
            titles = self.aliases(self.t.section_titles)
            for t in below[:2]:
                if spec.type == "money" and heading and OTHER_LABEL.search(t.text):
                    continue  # under a heading (`CURRENT CHARGES`), `Energy Charge 1068 kWh @ $0.1395` is an item row
                if any(p.search(f) for f in title_forms(t.text) for p in titles):
                    break  # the next section's title (`求职意向` over keyed items, then `教育经历`): no value

                got = self.typed(spec, t.text)
                if got:
                    tail = self.wrapped(t) if spec.type == "text" else None
                    if tail is not None:
                        sep = " " if re.search(r"[A-Za-z]$", t.text.strip()) else ""
                        text = t.text.strip() + sep + tail.text.strip()
                        whole = self.typed(spec, text)
                        if whole:
                            return self.hit(whole, text, [(t, 0), (tail, 0)], strategy, rank, lines=[t, tail], key=key)
                    return self.hit(got, t.text, [(t, 0)], strategy, rank, key=key)
            return None
        if strategy == "above":
            if ln.text[end:].strip(_PUNCT):
                return None
            prev = self.v.rows[ln.row - 1] if ln.row > 0 else []
            # only a row holding nothing but the value (`343.95` over `NET TOTAL`)
            above = (
                [t for t in prev if t.page == ln.page and ln.box[1] - t.box[3] < 1.5 * ln.h] if len(prev) == 1 else []
            )
            for t in above:
                got = self.typed(spec, t.text)
                if got:
                    return self.hit(got, t.text, [(t, 0)], strategy, rank, key=key)
            return None
        if strategy == "section":
            lines = self.section_lines(ln)[: spec.max_lines]
            if not lines:
                return None
            text = " ".join(t.text for t in lines)
            got = self.typed(spec, text)
            return self.hit(got, text, [(t, 0) for t in lines], strategy, rank, lines=lines, key=key) if got else None
        if strategy == "nearest":
            best: tuple[float, Hit] | None = None
            for t in self.v.lines:
                if t.page != ln.page:
                    continue
                off = end if t is ln else 0
                got = self.typed(spec, t.text[off:])
                if not got:
                    continue
                d = abs(t.cy - ln.cy) + 0.5 * abs(t.box[0] - ln.box[2])
                if t.row < ln.row:
                    d += 3 * ln.h  # values rarely precede their key
                if best is None or d < best[0]:
                    best = (d, self.hit(got, t.text[off:], [(t, off)], strategy, rank, key=key))
            return best[1] if best else None
        return None

    def vertical_titles(self) -> list[TLine]:
        """The section titles set vertically, one character a line: read as one tall box, or as a box a character
        (a column of single Chinese characters, each right under the last), joined into one line."""
        if self._vertical_titles is None:
            titles = self.aliases(self.t.section_titles)
            out = [t for t in self.v.lines if _vertical(t) and is_title(t.text, titles)]
            chars = sorted(
                (t for t in self.v.lines if re.fullmatch(r"[\u4e00-\u9fff]", t.text.strip())),
                key=lambda t: (t.page, t.box[1]),
            )
            stacks: list[list[TLine]] = []
            for t in chars:
                top = next(
                    (
                        st
                        for st in stacks
                        if st[-1].page == t.page
                        and abs(st[-1].box[0] + st[-1].box[2] - t.box[0] - t.box[2]) < st[-1].h
                        and -0.3 * st[-1].h <= t.box[1] - st[-1].box[3] < st[-1].h
                    ),
                    None,
                )
                if top is None:
                    stacks.append([t])
                else:
                    top.append(t)
            for column in stacks:
                # titles one under another in the column run together (`基本信息` right over `教育背景`): each run
                # of characters that names a title, the longest from where the last one ended
                text, i = "".join(t.text.strip() for t in column), 0
                while i < len(column) - 1:
                    j = next((j for j in range(len(column), i + 1, -1) if is_title(text[i:j], titles)), 0)
                    if not j:
                        i += 1
                        continue
                    st, name, i = column[i:j], text[i:j], j
                    box = (min(t.box[0] for t in st), st[0].box[1], max(t.box[2] for t in st), st[-1].box[3])
                    bbox = union_bbox([t.bbox for t in st])
                    out.append(TLine(name, box, bbox, st[0].page, min(t.score for t in st), row=st[0].row))
            self._vertical_titles = out
        return self._vertical_titles

    def section_lines(self, title: TLine) -> list[TLine]:
        titles = self.aliases(self.t.section_titles)
        if _vertical(title):
            # a title set vertically in a table's label column (`教` / `育` / `背` / `景` one character a line): its
            # body is the lines right of it nearest its span of the page's height, not the rows under it (its tall
            # box's row comes after the first lines of its cell)
            tall = [t for t in self.vertical_titles() if t.page == title.page]

            def gap(t: TLine, y: float) -> float:
                return max(t.box[1] - y, y - t.box[3], 0.0)

            return [
                t
                for t in self.v.lines
                if t.page == title.page
                and t.box[0] >= title.box[2]
                and gap(title, t.cy) < title.h
                and min(tall, key=lambda o: gap(o, t.cy)) is title
                and not self.header_row(t)
            ]
        # a column right of the title's with section titles of its own (a sidebar right of the main column:
        # `LANGUAGES` over `French (intermediate)` beside `EDUCATION`): its lines are its titles' bodies
        beside = [
            t
            for t in self.v.lines
            if t.page == title.page and t.box[0] > title.box[2] + title.h and is_title(t.text, titles)
        ]
        # a title in a label column (a resume laid out as a table: `Education | McGill University, …`): its body
        # starts on its own row, right of it, unless another title stands there (titles side by side)
        same = [
            t
            for t in self.v.rows[title.row]
            if t.page == title.page and title.box[2] < t.box[0] < title.box[2] + 10 * title.h
        ]
        if any(is_title(t.text, titles) for t in same):
            same = []
        out = [t for t in same if not any(o.row <= t.row and abs(t.box[0] - o.box[0]) < 2 * o.h for o in beside)]
        for t in self.v.lines:
            if t.page != title.page or t.row <= title.row:
                continue
            if t.box[2] < title.box[0]:  # a column left of the title's (a resume's sidebar beside its main column)
                continue
            if any(o.row <= t.row and abs(t.box[0] - o.box[0]) < 2 * o.h for o in beside):
                continue  # (that column's own titles end no section of this one)
            if is_title(t.text, titles):
                break
            if self.header_row(t):  # a table's column labels (`Degree  Field  Institution  Year`) are no entry's
                continue
            out.append(t)
        return out

    def grid_header(self, cells: dict[tuple[int, int], TLine], r: int, c: int) -> bool:
        """Row `r` of a ruled grid is a header (`Bill To | Ship To`): two or more short bare labels (no digits, no
        colon, three words at most, each capitalised), the row under them holding no key and a cell under the key."""
        row = [x for (rr, _), x in cells.items() if rr == r]
        under = [x for (rr, _), x in cells.items() if rr == r + 1]
        if len(row) < 2 or (r + 1, c) not in cells or any(self.is_key_line(x) for x in under):
            return False
        return all(
            not re.search(r"[:：\d]", x.text) and len(x.text.split()) <= 3 and x.text.strip()[:1].isupper() for x in row
        )

    def from_table(self, spec: FieldSpec) -> Hit | None:
        pats = self.aliases(spec.keys)
        excl = self.aliases(spec.exclude)  # as for keys on lines (`专业技能` is no key of the major)
        inside = [t for t in self.v.lines if id(t) in self.section_bodies()] if id(spec) in self._outside else []
        for rank, p in enumerate(pats):
            for tv in self.v.tables:
                for (r, c), cell in sorted(tv.cells.items()):
                    m = p.search(cell.text)
                    # (`GPA 3.6（专业前10%）` in a cell: a rank, not the major's key)
                    while m is not None and (_in_value(cell.text, m) or _bracketed(cell.text, m)):
                        m = p.search(cell.text, m.start() + 1)
                    if not m or any(e.search(cell.text) for e in excl) or _within(cell, inside):
                        continue
                    end = _key_end(m, cell.text)
                    rest = cell.text[end:].strip(_PUNCT)
                    cands: list[tuple[str, TLine, int]] = [(rest, cell, end)] if rest else []
                    nxt = [tv.cells.get((r, c + k)) for k in (1, 2)] + [tv.cells.get((r + 1, c))]
                    keys_at = {cc for (rr, cc), x in tv.cells.items() if rr == r and self.is_key_line(x)}
                    if any(cc + 1 in keys_at for cc in keys_at) or self.grid_header(tv.cells, r, c):
                        nxt = nxt[2:]  # a row of column headers: the value is below
                    cands += [(x.text, x, 0) for x in nxt if x is not None and x.text]
                    for text, where, off in cands:
                        got = self.typed(spec, text)
                        if got:
                            key = (cell, m.start(), m.end())
                            return self.hit(got, text, [(where, off)], "table_cell", rank, key=key)
        return None

    def bare_label(self, t: TLine) -> bool:
        """A short Chinese label, with a colon or none, its value boxed right of it on its row (a column of labels:
        `监督电话  051-…`, `车号：川B·…`), no name."""
        if not BARE_CJK_LABEL.fullmatch(t.text):
            return False
        # (the value's box may start a little inside the label's: a colon's box reaches over the gap)
        mid = (t.box[0] + t.box[2]) / 2
        return any(x.box[0] > mid and x.box[0] - t.box[2] < 4 * t.h for x in self.v.rows[t.row] if x is not t)

    def after_other_key(self, t: TLine, spec: FieldSpec) -> bool:
        """`t` boxed just right of another field's short key on its row (`Messrs.` | `Acme Ltd.`, `Bill to:` | …):
        that key's value, no name at the top."""
        own = self.aliases(spec.keys)
        return any(
            x.box[2] <= t.box[0] + 0.5 * t.h
            and t.box[0] - x.box[2] < 1.5 * t.h
            and len(x.text.strip()) <= 24
            and self.is_key_line(x)
            and not any(p.match(x.text) for p in own)
            for x in self.v.rows[t.row]
            if x is not t
        )

    def under_other_key(self, t: TLine, spec: FieldSpec) -> bool:
        """`t` the next line under another field's label printed alone on its line (`ACCOUNT HOLDER` over
        `Summit Supplies LLC` in a box): that label's value, no name at the top."""
        own = self.aliases(spec.keys)
        for x in self.v.lines:
            if x is t or x.page != t.page or not 0 <= t.box[1] - x.box[3] < 0.8 * t.h:
                continue
            if min(x.box[2], t.box[2]) <= max(x.box[0], t.box[0]) or len(x.text.strip()) > 24:
                continue
            if any(p.match(x.text) for p in own):
                continue
            for p in self.any_key:
                m = p.match(x.text)
                if m and not x.text[m.end() :].strip(_PUNCT + " "):
                    return True
        return False

    def header(self, spec: FieldSpec) -> Hit | None:
        """A name printed at the top of the document (company on a receipt, a person's name on a resume)."""
        hints = self.aliases(spec.hints)
        stops = self.aliases(spec.stop)
        excl = self.aliases(spec.exclude)
        pool = [t for t in self.v.lines if self.in_zone(spec, t) and t.page == self.v.lines[0].page]
        # the block under a stop label (`Billed to` over the client's name and street, top right) is the other
        # party's even where a taller title beside it puts its lines on the label's row, before the label
        blocked: set[int] = set()
        for s in (t for t in pool if any(p.search(t.text) for p in stops)):
            cur: TLine | None = s
            while cur is not None:
                prev = cur
                cur = next(
                    (
                        u
                        for u in pool
                        if id(u) not in blocked
                        and u is not s
                        and -0.3 * prev.h <= u.box[1] - prev.box[3] <= 0.8 * prev.h
                        and min(u.box[2], prev.box[2]) > max(u.box[0], prev.box[0])
                    ),
                    None,
                )
                if cur is not None:
                    blocked.add(id(cur))
        cands = []
        for t in pool:
            if any(p.search(t.text) for p in stops):
                break
            if id(t) in blocked:
                continue
            if any(p.search(t.text) for p in excl) or self.is_key_line(t) or self.return_address(t):
                continue
            if self.after_other_key(t, spec) or self.under_other_key(t, spec):
                continue
            letters = sum(ch.isalpha() for ch in t.text)
            if letters < max(2, 0.4 * len(t.text.replace(" ", ""))):
                continue
            if spec.type != "name" and self.bare_label(t):
                continue
            cands.append(t)
        if not cands and hints and spec.type != "name":
            # nothing but labels at the top (a taxi ticket's `监督电话` / `车号` column): a name the hints know
            # printed alone further down (the company at the ticket's foot)
            cands = (
                [
                    t
                    for t in self.v.lines
                    if t.page == pool[0].page
                    and any(p.search(t.text) for p in hints)
                    and not any(p.search(t.text) for p in excl)
                    and not self.is_key_line(t)
                    and len(self.v.rows[t.row]) == 1
                ][:1]
                if pool
                else []
            )
        if not cands:
            return None
        if spec.type == "name":
            # a section title is no name; the name is the biggest of the first lines or of the page's top fifth (a
            # sidebar's name under its photo comes after the main column's first section in reading order)
            titles = self.aliases(self.t.section_titles)
            cands = [t for t in cands if not any(p.search(f) for f in title_forms(t.text) for p in titles)]
            if not cands:
                return self.signature(spec)
        hinted = [t for t in cands if any(p.search(t.text) for p in hints)]
        top = [t for t in cands if self.v.rel_y(t) <= 0.2]
        lead = cands[0]
        if not hinted and spec.type != "name":
            # a name over its tagline read into one row (its tall box reaches the next line): the upper of the
            # lines starting where it starts, not the one the row's order puts first
            stack = [t for t in cands if t.row == lead.row and abs(t.box[0] - lead.box[0]) < 0.5 * lead.h]
            lead = min(stack, key=lambda t: t.box[1])
        pick = hinted[0] if hinted else max(cands[:3] + top, key=lambda t: t.h) if spec.type == "name" else lead
        if spec.type == "name" and not hinted:
            # the name set far bigger than the text, lower on the page (at the foot of a sidebar under the contact
            # details): the tallest line of two or three words that reads as a name, half again as tall as the
            # median line and taller than the top's pick (or the pick no name: a wrapped paragraph's tall box)
            # (none inside an education or experience block: a table cell's words wrapped into one tall box)
            inside = self.section_bodies()
            names = [
                t
                for t in cands
                if 2 <= len(CREDENTIALS.sub("", t.text).split()) <= 3 and self.typed(spec, CREDENTIALS.sub("", t.text))
            ]
            big = max((t for t in names if id(t) not in inside), key=lambda t: t.h, default=None)
            med = sorted(t.h for t in pool)[len(pool) // 2]
            # (a one-word pick whose other half is under or over it in the same type is a name split over lines)
            split = any(self.name_continues(pick, t) or self.name_continues(t, pick) for t in cands)
            whole = bool(self.typed(spec, pick.text)) or split
            if big is not None and big.h >= 1.5 * med and (big.h >= 1.2 * pick.h or not whole):
                pick = big
        if spec.type == "name" and not hinted and re.fullmatch(_LATIN_NAME, pick.text.strip()):
            # an English name with the Chinese one beside it on its row, each a box of its own (`Kevin Zhou` big,
            # `袁磊` smaller): the Chinese one is the person's name, the English one a nickname
            zh = [
                t
                for t in cands
                if t.page == pick.page
                and t.row == pick.row
                and re.fullmatch(_ZH_NAME, t.text.strip())
                and min(abs(t.box[0] - pick.box[2]), abs(pick.box[0] - t.box[2])) < 1.5 * pick.h
            ]
            pick = zh[0] if zh else pick
        lines = [pick]
        if spec.type == "name":  # a first name over the last name, set in the same big type
            first = [t for t in cands if self.name_continues(t, pick)]
            last = [t for t in cands if self.name_continues(pick, t)]
            lines = first[:1] + lines + last[:1]
            if lines == [pick] and " " not in pick.text.strip():
                # a first and a last name side by side in two styles, read as two boxes (a PDF's text, a browser's
                # spans: `Sarah` light, `Miller` bold): one name
                row = [
                    t
                    for t in cands
                    if t is not pick
                    and t.page == pick.page
                    and t.row == pick.row
                    and " " not in t.text.strip()
                    and abs(t.h - pick.h) < 0.35 * max(t.h, pick.h)
                    and min(abs(t.box[0] - pick.box[2]), abs(pick.box[0] - t.box[2])) < 0.8 * pick.h
                ]
                if len(row) == 1:
                    lines = sorted([pick, row[0]], key=lambda t: t.box[0])
        if (
            lines == [pick]
            and spec.type != "name"
            and len(pick.text.split()) <= 3
            and not re.search(r"[\d:：]", pick.text)
        ):
            # one name the OCR read as two touching boxes on its row, its legal form cut off (`Lakeshore
            # Landscaping` | `LLC`)
            left = [
                t
                for t in self.v.rows[pick.row]
                if t is not pick
                and t.page == pick.page
                and t.box[0] < pick.box[0]
                and t.box[2] <= pick.box[0] + 0.8 * pick.h
                and pick.box[0] - t.box[2] < 0.6 * pick.h
                and abs(t.h - pick.h) < 0.4 * max(t.h, pick.h)  # capitals have no descenders: a lower box
            ]
            # or its last word read as a box right of it (`Walker Veterinary` | `Clinic`), or the rest of it right of
            # its first word (`The` | `Hall Inn & Suites`: a lone word is no name)
            right = [
                t
                for t in self.v.rows[pick.row]
                if t is not pick
                and t.page == pick.page
                and t.box[2] > pick.box[2]
                and t.box[0] >= pick.box[2] - 0.8 * pick.h
                and t.box[0] - pick.box[2] < 0.6 * pick.h
                and abs(t.h - pick.h) < 0.4 * max(t.h, pick.h)
                and (len(t.text.split()) <= 2 or len(pick.text.split()) == 1)
                and not re.search(r"[\d:：@]", t.text)
            ]
            if left:
                lines = [max(left, key=lambda t: t.box[2]), pick]
            elif right:
                lines = [pick, min(right, key=lambda t: t.box[0])]
        if lines == [pick] and spec.type != "name":
            # a company's name wrapped in a narrow column before its legal form: `Northwind Technologies Pty.` over
            # `Ltd.` (the form alone on the line under the name, set flush with it)
            def flush(top: TLine, low: TLine) -> bool:
                return (
                    top.page == low.page
                    and low.row == top.row + 1
                    and abs(top.box[0] - low.box[0]) < 0.5 * top.h
                    and -0.3 * top.h <= low.box[1] - top.box[3] < 0.8 * top.h
                )

            if LEGAL_FORM.match(pick.text):
                over = [t for t in self.v.lines if flush(t, pick) and not re.search(r"[\d:：]", t.text)]
                lines = over[:1] + lines
            else:
                lines += [t for t in self.v.lines if flush(pick, t) and LEGAL_FORM.match(t.text)][:1]
            if lines == [pick] and DANGLING.search(pick.text):
                # a name wrapped after a conjunction (`Precision Plumbing &` over `Heating`): the line flush under it,
                # set in the same type, ends it
                lines += [
                    t
                    for t in self.v.lines
                    if flush(pick, t)
                    and abs(t.h - pick.h) < 0.35 * max(t.h, pick.h)
                    and not re.search(r"[\d:：@]", t.text)
                ][:1]
        if hinted and spec.max_lines > 1:
            # a name broken over two lines: the line above belongs to it when the hint is on the second one
            i = cands.index(pick)
            above = cands[i - 1] if i > 0 else None
            if (
                above is not None
                and above.row == pick.row - 1
                and not re.search(r"\d", above.text)
                and pick.box[1] - above.box[3] < 0.8 * pick.h
                and name_starts_above(above.text, pick.text, hints)
            ):
                if abs(above.box[0] + above.box[2] - pick.box[0] - pick.box[2]) < 2 * pick.h:
                    lines = [above, pick]
        text = " ".join(t.text for t in lines)
        got = self.typed(spec, text)
        if got is None and spec.type == "name" and lines == [pick] and (two := self.glued_name(pick.text)):
            got = self.typed(spec, two)
            if got is not None:
                return Hit(got.value, got.raw, pick, "header", lines=lines, segs=[(pick, 0)], printed=pick.text.strip())
        if (
            got is None
            and spec.type == "name"
            and lines == [pick]
            and (bare := CREDENTIALS.sub("", pick.text)) != pick.text
        ):
            got = self.typed(spec, bare)
            if got is not None:
                return self.hit(got, bare, [(pick, 0)], "header", lines=lines)
        if got is None and spec.type == "name" and lines == [pick] and (both := BILINGUAL_NAME.match(pick.text)):
            # a Chinese resume's name printed with its English name on the same line (`Kevin Zhou 袁磊`, `王磊
            # Leo`): the Chinese one is the person's name, the English one a nickname
            part = both.group(1) or both.group(2)
            if (got := self.typed(spec, part)) is not None:
                return self.hit(got, part, [(pick, pick.text.index(part))], "header", lines=lines)
        if got is None and spec.type == "name" and lines == [pick]:
            # the name set large with the town or a headline after a dash or bar on its line (`Laura Stewart —
            # Madison, WI`): the part before
            lead_part = CONTACT_SPLIT.split(pick.text.strip(), maxsplit=1)[0]
            if lead_part != pick.text.strip() and (got := self.typed(spec, lead_part)) is not None:
                return self.hit(got, lead_part, [(pick, 0)], "header", lines=lines)
        if got is None and spec.type == "name":
            return self.signature(spec)
        return self.hit(got, text, [(t, 0) for t in lines], "header", lines=lines) if got else None

    def glued_name(self, text: str) -> str | None:
        """A name set in letter-spaced capitals that the OCR read without its word gap (`MEGANHALL`): split where
        the person's e-mail or profile address shows the first name ending (`megan.hall@`, `megan75@`, `mhall@`)."""
        word = text.strip()
        if not (word.isalpha() and word.isupper() and len(word) >= 6):
            return None
        low = word.lower()
        tokens = {
            tok
            for t in self.v.lines
            for m in CONTACT_TOKEN.finditer(t.text)
            if "@" in m.group(0) or "/" in m.group(0)
            for tok in re.split(r"[._\d-]+", m.group(0).split("@")[0].rsplit("/", 1)[-1].lower())
            if len(tok) >= 3
        }
        for tok in sorted(tokens, key=len, reverse=True):
            if low.startswith(tok) and len(low) - len(tok) >= 2:
                cut = len(tok)
            elif tok[0] == low[0] and low.endswith(tok[1:]) and len(low) - len(tok) + 1 >= 2:
                cut = len(low) - len(tok) + 1  # `jyoung@`: an initial and the last name
            else:
                continue
            return f"{word[:cut]} {word[cut:]}"
        return None

    def signature(self, spec: FieldSpec) -> Hit | None:
        """No name on top: a resume signed at the foot, the name in brackets on its own line right of the middle
        (`(Robert Moore)` under a declaration)."""
        page = [t for t in self.v.lines if t.page == self.v.lines[0].page]
        width = max(t.box[2] for t in page)
        for t in reversed(page[len(page) // 2 :]):
            inner = t.text.strip()
            if not (inner[:1] in "(（[" and inner[-1:] in ")）]") or t.box[0] < width / 2:
                continue
            got = self.typed(spec, inner[1:-1].strip())
            if got:
                return self.hit(got, inner[1:-1].strip(), [(t, 1)], "header", lines=[t])
        return None

    def name_continues(self, top: TLine, below: TLine) -> bool:
        one_word = " " not in top.text.strip() and " " not in below.text.strip()
        aligned = abs(top.box[0] - below.box[0]) < top.h
        if not (one_word and aligned and abs(below.h - top.h) < 0.35 * max(top.h, below.h)):
            return False
        if below.row == top.row + 1:
            return True
        # the next line in its column: a row between them holds only lines beside it (a photo's stray letter
        # left of the name), and the gap is under a line's height
        between = [t for t in self.v.lines if t.page == top.page and top.row < t.row < below.row]
        beside = all(
            t.box[2] < min(top.box[0], below.box[0]) or t.box[0] > max(top.box[2], below.box[2]) for t in between
        )
        # (set solid, without leading, the two boxes may overlap a little)
        gap = below.box[1] - top.box[3]
        return below.row > top.row and beside and -0.25 * min(top.h, below.h) <= gap < min(top.h, below.h)

    def after(self, spec: FieldSpec) -> Hit | None:
        """Lines following another field's value (a receipt's address under its company name)."""
        anchor = self.found.get(spec.anchor or "")
        if anchor is None or anchor.line is None:
            return None
        last = (anchor.lines or [anchor.line])[-1]
        stops = self.aliases(spec.stop)
        excl = self.aliases(spec.exclude)
        taken: list[TLine] = []
        for row in self.v.rows[last.row + 1 :]:
            if row[0].page != last.page:
                break
            text = "  ".join(t.text for t in row)
            if any(p.search(text) for p in stops):
                break
            if any(p.search(text) for p in excl):
                if taken:
                    break
                continue
            taken.extend(row)
            if len(taken) >= spec.max_lines:
                break
        if not taken:
            return None
        text = " ".join(t.text for t in taken)
        got = self.typed(spec, text)
        return self.hit(got, text, [(t, 0) for t in taken], "after", lines=taken) if got else None

    def document(self, spec: FieldSpec) -> Hit | None:
        """The first line anywhere matching the field's pattern (e.g. a currency sign or code); a sign several
        currencies share (`$`, `¥`) gives way to a code printed anywhere on the page (`Balance Due (CAD)`)."""
        first, sign = None, ""
        for t in self.v.lines:
            got = self.typed(spec, t.text)
            if got and first is None:
                first, sign = self.hit(got, t.text, [(t, 0)], "nearest", 99), got.raw.strip()
                if got.raw.strip() not in SHARED_SIGNS:
                    return first
            text, pos = nz.clean(t.text), 0
            while first is not None and spec.pattern and (m := user_regex(spec.pattern).search(text, pos)):
                code = m.group(1) if m.groups() else m.group(0)
                if code.isalpha() and code.isupper() and (got := self.typed(spec, code)):
                    return self.hit(got, t.text, [(t, m.start())], "nearest", 99)
                pos = max(m.end(), pos + 1)
        if first is not None and sign == "$" and any(ABN.search(t.text) for t in self.v.lines):
            # a bare `$` on a page giving the seller's ABN (the Australian Business Number) is the Australian dollar
            if got := self.typed(spec, "AUD"):
                return replace(first, value=got.value)
        return first

    def contact(self, spec: FieldSpec) -> Hit | None:
        """A value printed without a key among a resume's contact details: the lines within two rows of one holding
        an e-mail or a phone number, cut at separators (`|`, `·`, `•`, wide gaps); the first part a hint matches (its
        group, when it has one, is the value)."""
        hints = self.aliases(spec.hints)
        excl = self.aliases(spec.exclude)
        near = [t for t in self.v.lines if CONTACT_RE.search(t.text)]
        for t in self.v.lines:
            if not any(t.page == c.page and abs(t.row - c.row) <= 2 for c in near):
                continue
            left = [u for u in self.v.lines if u.page == t.page and u.row == t.row and u.box[2] <= t.box[0]]
            if left and any(p.search(max(left, key=lambda u: u.box[2]).text) for p in excl):
                continue  # the value of a label the field excludes (`户口所在地 | 武汉市`, `期望城市 | 上海`)
            off = 0
            for part in (p for piece in CONTACT_TOKEN.split(t.text) for p in CONTACT_SPLIT.split(piece)):
                at = t.text.find(part, off)
                off = at + len(part)
                bare = CONTACT_LABEL.sub("", LEADER.sub("", part.strip()))  # `Address: Atlanta, GA`
                m = next((m for p in hints if (m := p.search(bare))), None)
                if m is not None and any(p.search(bare) for p in excl):
                    continue  # a part the field excludes (`Jane Moore, RN`: a name with its credentials)
                if m is not None:
                    part = m.group(1) if m.groups() else m.group(0)
                    got = self.typed(spec, part)
                    if got:
                        return self.hit(got, part, [(t, t.text.find(part, at))], "contact")
        if not hints:
            return None
        for t in self.v.lines:
            # a European address: the town after the postcode, on the same line or alone on the line under it
            # (`Ringstraße 148, 1012 AB` over `Amsterdam`; `Hauptstr. 5, 10115 Berlin`)
            if not any(t.page == c.page and abs(t.row - c.row) <= 2 for c in near):
                continue
            m = POSTCODE_TOWN.search(t.text)
            if m is not None and m.group(1):
                got = self.typed(spec, m.group(1))
                if got:
                    return self.hit(got, t.text, [(t, 0)], "contact")
            if m is not None:
                under = [u for u in self.v.below(t, 1.0) if abs(u.box[0] - t.box[0]) < t.h]
                if under and TOWN.match(under[0].text.strip()):
                    got = self.typed(spec, under[0].text.strip())
                    if got:
                        return self.hit(got, under[0].text, [(under[0], 0)], "contact")
        return None

    @staticmethod
    def return_address(ln: TLine) -> bool:
        text = ln.text.strip()
        return len(RETURN_SEP.findall(text)) >= 2 and bool(re.search(r"[·•|｜]", text) and re.search(r"\d", text))

    def recipient(self, spec: FieldSpec) -> Hit | None:
        """The addressee of a letter for a window envelope: the line right under the sender's one-line return
        address (`Seller GmbH · Hauptstr. 5 · 10115 Berlin`) in the top half of the page, starting where it starts;
        else the first line of an address block with no key there (a name over a street and a line ending in a
        postcode: `Portland, OR 97201`, `Reading RG1 4AB`, `Sydney NSW 2000`) that is not the seller's."""
        for t in self.v.lines:
            if t.page != self.v.lines[0].page or self.v.rel_y(t) > 0.5 or not self.return_address(t):
                continue
            under = [u for u in self.v.below(t, 1.5) if abs(u.box[0] - t.box[0]) < 2 * t.h]
            if under and not self.is_key_line(under[0]):
                got = self.typed(spec, under[0].text)
                if got:
                    return self.hit(got, under[0].text, [(under[0], 0)], "recipient", lines=[under[0]])
        return self.address_block(spec)

    def line_above(self, ln: TLine) -> TLine | None:
        """The line right above `ln` in its column (starting where it starts, less than a line's height above)."""
        above = [
            u
            for u in self.v.lines
            if u.page == ln.page
            and u.box[1] < ln.box[1] - 0.5 * ln.h  # (by its height: a tall line may share a row with the next)
            and abs(u.box[0] - ln.box[0]) < ln.h
            and -0.3 * ln.h <= ln.box[1] - u.box[3] < ln.h
        ]
        return max(above, key=lambda u: u.box[3]) if above else None

    def address_block(self, spec: FieldSpec) -> Hit | None:
        seller = self.found.get("seller_name")
        taken = {id(t) for t in [*(seller.lines if seller else []), seller.line if seller else None] if t is not None}
        for t in self.v.lines:
            if t.page != self.v.lines[0].page or self.v.rel_y(t) > 0.5 or not POSTCODE_END.search(t.text):
                continue
            block, cur = [t], t
            # up to the seller's name or a key above the block (a letterhead, a title)
            while len(block) < 5 and (up := self.line_above(cur)) is not None:
                if id(up) in taken or self.is_key_line(up):
                    break
                block.insert(0, up)
                cur = up
            if id(t) in taken or self.is_key_line(t):
                continue
            block = [b for b in block if not ATTENTION.match(b.text)]
            streets = [i for i, b in enumerate(block) if STREET_START.match(b.text)]
            if not streets or streets[0] == 0:
                continue
            name = block[streets[0] - 1]
            if re.search(r"[\d:：@]", name.text) or sum(ch.isalpha() for ch in name.text) < 4:
                continue
            got = self.typed(spec, name.text)
            if got:
                return self.hit(got, name.text, [(name, 0)], "recipient", lines=[name])
        return None

    def nearest_any(self, spec: FieldSpec) -> Hit | None:
        cands = []
        excl = self.aliases(spec.exclude)
        for t in self.v.lines:
            if not self.in_zone(spec, t) or any(p.search(t.text) for p in excl):
                continue
            got = self.typed(spec, t.text)
            if got:
                cands.append(self.hit(got, t.text, [(t, 0)], "nearest", 99))
        return self.choose(spec, cands)

    def column_head(self, hit: Hit) -> bool:
        """The hit is the value under a key in a row of three or more texts without a figure (a table's header)."""
        if hit.strategy != "below" or hit.key is None:
            return False
        row = self.v.rows[hit.key[0].row]
        return len(row) >= 3 and not any(re.search(r"\d", t.text) for t in row)

    def choose(self, spec: FieldSpec, hits: list[Hit]) -> Hit | None:
        if not hits:
            return None
        if spec.prefer == "last":
            # a key among a table's column headers reads the column's first cell (one item's `GST`), which a later
            # total's line would override; where the total is printed higher (a side box beside the items) it is
            # the other key's value
            hits = [h for h in hits if not self.column_head(h)] or hits
            return _on_row(max(hits, key=lambda h: h.sort_y), hits, last=True)
        if spec.prefer in ("max", "min"):

            def num(h: Hit) -> float:
                try:
                    return float(h.value)
                except ValueError:
                    return float("-inf") if spec.prefer == "max" else float("inf")

            return max(hits, key=num) if spec.prefer == "max" else min(hits, key=num)
        return _on_row(min(hits, key=lambda h: h.sort_y), hits, last=False)

    def adjusted(self, name: str, spec: FieldSpec, hit: Hit | None) -> Hit | None:
        """total 60.31 + `ROUNDING ADJ -0.01` printed below it (and no rounded total line) -> 60.30."""
        if hit is None or hit.line is None or not spec.adjust or spec.type != "money":
            return hit
        pats = self.aliases(spec.adjust)
        for row in self.v.rows[hit.line.row + 1 : hit.line.row + 3]:
            text = "  ".join(t.text for t in row)
            if not any(p.search(text) for p in pats):
                continue
            adj = vl.find_money(text)
            if adj and adj.value > 0 and re.search(r"-\s*(?:[a-z]{1,3}|[$¥€£])?\s*" + re.escape(adj.raw), text, re.I):
                adj = replace(adj, value=-adj.value, raw=f"-{adj.raw}")  # `ADJ - 0.01`
            if adj is None:
                return hit
            nxt = self.v.rows[row[0].row + 1] if row[0].row + 1 < len(self.v.rows) else []
            nxt_text = nz.clean(" ".join(t.text for t in nxt))
            nxt_money = vl.find_money(nxt_text) if nxt else None
            value = vl.money_str(Decimal(hit.value) + adj.value)
            self.adjustments[name] = adj.value
            if nxt_money and nxt_money.money == value:
                figures, at = nxt_money.figures(nxt_text)
                got = Got(figures, value, at)
                return self.hit(got, nxt_text, [(t, 0) for t in nxt], hit.strategy, hit.rank)
            # the box stays on the printed total
            return replace(hit, value=value, raw=f"{hit.raw} {adj.raw}", printed=hit.raw, lines=[hit.line, row[0]])
        return hit

    def field(self, name: str, spec: FieldSpec) -> Hit | None:
        hit = self.adjusted(name, spec, self._field(spec))
        if name == "total" and hit is not None and hit.key is not None and BALANCE_KEY.search(hit.key[0].text):
            hit = self.before_payments(spec, hit)
        if name == "city" and hit is not None and (m := ZH_STREET_CITY.match(hit.value)):
            # a whole street address under the city's key (`现居住地：杭州市西湖区文三路12号`): its city
            return replace(hit, value=m.group(1), raw=m.group(1))
        return hit

    def before_payments(self, spec: FieldSpec, hit: Hit) -> Hit:
        """A balance due after a deposit or payment taken off is not the invoice's total: the other key's value that
        is the balance plus the payments is (`Total 418.70`, `Deposit received -105.00`, `Balance Due 313.70`)."""
        paid = Decimal(0)
        for row in self.v.rows:
            text = nz.clean(" ".join(t.text for t in row))
            if PAID.search(text) and (amount := vl.find_money(text)) is not None:
                paid += abs(amount.value)
        if not paid or hit.key is None:
            return hit
        for rank, ln, m in self.key_hits(spec):
            other = self.from_key(spec, "right", ln, m, rank) if ln is not hit.key[0] else None
            if other is not None and Decimal(other.value) == Decimal(hit.value) + paid:
                return other
        return hit

    def _field(self, spec: FieldSpec) -> Hit | None:
        key_strats: list[str] = [s for s in spec.strategy if s in ("right", "below", "above", "section", "nearest")]
        hits_by_rank: dict[int, list[Hit]] = {}
        if spec.keys and key_strats:
            for rank, ln, m in self.key_hits(spec):
                if not (spec.keyed_anywhere or self.in_zone(spec, ln)):
                    continue
                for strat in key_strats:
                    h = self.from_key(spec, strat, ln, m, rank)
                    if h:
                        hits_by_rank.setdefault(rank, []).append(h)
                        break
        for strat in spec.strategy:
            if strat in key_strats:
                if hits_by_rank:
                    return self.choose(spec, hits_by_rank[min(hits_by_rank)])
                continue
            h = None
            if strat == "table_cell" and spec.keys:
                h = self.from_table(spec)
            elif strat == "header":
                h = self.header(spec)
            elif strat == "after":
                h = self.after(spec)
            elif strat == "nearest" and not spec.keys:
                h = self.nearest_any(spec)
            elif strat == "document":
                h = self.document(spec)
            elif strat == "contact":
                h = self.contact(spec)
            elif strat == "recipient":
                h = self.recipient(spec)
            if h:
                return h
        if hits_by_rank:
            return self.choose(spec, hits_by_rank[min(hits_by_rank)])
        if "nearest" in spec.strategy:
            return self.nearest_any(spec)
        return None


def page_date_order(view: View, order: str) -> str:
    """How this page writes an ambiguous `03/04/2021` when the template reads day-first or month-first: as its
    unambiguous dates say (`30/09/2023` is day-first, `09/30/2023` month-first; the template's order when they
    disagree), else day-first on a month-first template where the page names a day-first country's tax or currency
    (`ABN`, `GST`, `VAT`, `£`, `AUD`)."""
    if order not in ("dmy", "mdy"):
        return order
    seen = set()
    for ln in view.lines:
        for m in NUM_DATE.finditer(ln.text):
            a, b = int(m.group(1)), int(m.group(3))
            if a > 12 >= b:
                seen.add("dmy")
            elif b > 12 >= a:
                seen.add("mdy")
    if len(seen) == 1:
        return seen.pop()
    if not seen and order == "mdy" and any(DAY_FIRST.search(ln.text) for ln in view.lines):
        return "dmy"
    return order


def to_field(hit: Hit, view: View, conf_scale: float = 1.0) -> FieldValue:
    """The field's value with its box (the printed value's words, not its key's) and confidence (the lowest
    recognition score of those words times the pairing strategy's)."""
    segs = hit.segs or [(t, 0) for t in (hit.lines or ([hit.line] if hit.line else []))]
    where = locate(segs, hit.printed or hit.raw, hit.occ) if segs else None
    page, bbox, score = (where.page, where.bbox, where.score) if where else (0, None, 0.5)
    if where is None and hit.box is not None:
        page, bbox = hit.box
        score = 0.9
    key_bbox = hit.key[0].box_of(hit.key[1], hit.key[2]) if hit.key else None
    source = hit.strategy if hit.strategy in ("ner", "kv", "tagger") else "template"
    if source == "template" and view.page_source.get(page) == "pdf-text":
        source = "pdf-text"
    return FieldValue(
        value=hit.value,
        raw=hit.raw,
        confidence=round(score * STRATEGY_CONFIDENCE.get(hit.strategy, 0.5) * hit.confidence * conf_scale, 4),
        page=page,
        bbox=_round(bbox),
        key_bbox=_round(key_bbox),
        source=source,  # type: ignore[arg-type]
    )


def _round(b: BBox | None) -> BBox | None:
    return (round(b[0], 1), round(b[1], 1), round(b[2], 1), round(b[3], 1)) if b is not None else None
