"""The template schema: templates are YAML data checked by these models (no code runs from a template).

A template names a document type, how to recognize it (`classify`), its fields (key aliases, value type, how to
pair a key with its value, normalizer, validator), repeatable sections (resume education/experience), line
items (invoices) and cross-field checks. Errors name the bad key, e.g. `fields.total.type: ...`.
"""

from __future__ import annotations

import re
from typing import Any, Literal, TypeAlias

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from docsense.core.budget import UserRegex, user_regex, vet_regex
from docsense.core.errors import TemplateError

from . import normalize as nz

ValueType = Literal[
    "text", "name", "date", "month", "money", "number", "percent", "phone", "email", "id_number", "tax_id", "address",
    "url",
]  # fmt: skip
Strategy = Literal[
    "right", "below", "above", "table_cell", "section", "nearest", "header", "after", "document", "contact", "recipient"
]
Normalizer = Literal["auto", "none", "integer", "upper", "digits", "currency", "abs"]
Validator = Literal["cn_id_number", "cn_tax_id", "date_plausible", "email", "phone", "nonempty", "positive"]
Check = Literal[
    "line_amounts", "item_tax", "tax_rates", "items_sum", "subtotal_tax_total", "cn_upper_amount", "cash_change",
    "rounding", "dates",
]  # fmt: skip


class Spec(BaseModel):
    model_config = ConfigDict(extra="forbid")


def _check_regexes(values: list[str]) -> list[str]:
    for v in values:
        if v.startswith("re:"):
            try:
                vet_regex(v[3:])
            except TemplateError as exc:
                raise ValueError(str(exc)) from exc
    return values


class FieldSpec(Spec):
    """One output field. `keys`: aliases printed before the value (plain text, or `re:` + a regex)."""

    keys: list[str] = Field(default_factory=list, description="Key aliases (zh/en); `re:<regex>` for a regex.")
    exclude: list[str] = Field(default_factory=list, description="Lines matching any of these are never keys.")
    type: ValueType = "text"
    strategy: list[Strategy] = Field(
        default_factory=lambda: ["right", "table_cell", "below"],  # type: ignore[arg-type]
        description="Pairing strategies, tried in order: right (same line), below, above (a key printed under "
        "its value), table_cell (next cell), "
        "section (block after a title), nearest (closest candidate of the type), header (top of the document), "
        "after (lines after another field's value), document (the first match of `pattern` anywhere).",
    )
    pattern: str | None = Field(None, description="Regex the value must match; group 1 (if any) is the value.")
    normalize: Normalizer = Field("auto", description="auto: by type (dates ISO, money 2 decimals, phone digits).")
    validator: Validator | None = None
    required: bool = False
    ner: str | None = Field(None, description="NER label (PER, ORG, LOC, TIME) that can fill this field.")
    tagger: Literal["off", "fill", "prefer"] = Field(
        "fill",
        description="The learned line tagger (kie/tagger.py): `fill` where the rules found nothing, `prefer` over a "
        "value the rules only placed by position (never over one read next to a printed key), `off`.",
    )
    anchor: str | None = Field(
        None,
        description="`after`: the field whose value the lines follow; in a section entry: the field whose text"
        " this one follows (a major after its degree).",
    )
    near: str | None = Field(
        None, description="Only keys in the block of this field: within `near_rows` rows below its value."
    )
    near_rows: int = Field(6, ge=1)
    near_footer: bool = Field(
        False, description="With `near`: a key in the page's footer counts too (an issuer's tax number at the foot)."
    )
    index: int | None = Field(None, description="money/number: which candidate on the value's text (0 first, -1 last).")
    default: str | None = Field(None, description="Value when nothing is found (e.g. CNY on a Chinese VAT invoice).")
    stop: list[str] = Field(
        default_factory=list,
        description="`after`/`header`: lines ending the value; keyed fields: keys after such a line (once a key "
        "was seen) are ignored (a receipt's tax summary after its total).",
    )
    lexicon: list[str] = Field(
        default_factory=list, description="Common words of this field; an OCR misreading one edit away is fixed."
    )
    rank_keys: bool = Field(True, description="Earlier aliases win; false: every alias counts the same.")
    hints: list[str] = Field(
        default_factory=list,
        description="`header`: words that mark the wanted line; `contact`: patterns a contact line's part matches.",
    )
    max_lines: int = Field(1, ge=1, description="How many lines a value may span (below, after, section).")
    prefer: Literal["first", "last", "max", "min"] = Field(
        "first", description="Among several matches of the best key alias: first/last printed, largest/smallest."
    )
    adjust: list[str] = Field(
        default_factory=list,
        description="money: key aliases of adjustments printed after the value (rounding) that are added to it "
        "when no later line repeats the key.",
    )
    zone: tuple[float, float] = Field(
        (0.0, 1.0), description="Vertical band of the page (fractions of its height) where the value may be."
    )
    keyed_anywhere: bool = Field(
        False,
        description="The zone bounds only the strategies without a key: a value by its key anywhere on the page "
        "(a seller printed as the title at the top, or after `收款单位（盖章）：` at the foot).",
    )
    compute: str | None = Field(
        None,
        pattern=r"^\s*[a-z_][a-z0-9_]*(\s*[-+]\s*[a-z_][a-z0-9_]*)*\s*$",
        description="money: when no key gives a value, this sum of other fields, e.g. `cash - change` (a receipt "
        "whose total line is unreadable); only when every one of them was found.",
    )
    description: str = ""

    _v_keys = field_validator("keys", "exclude", "stop", "hints", "adjust")(_check_regexes)

    @field_validator("pattern")
    @classmethod
    def _v_pattern(cls, v: str | None) -> str | None:
        if v is not None:
            _check_regexes(["re:" + v])
        return v


class ColumnSpec(Spec):
    keys: list[str] = Field(default_factory=list, description="Column header aliases.")
    type: ValueType = "text"

    _v_keys = field_validator("keys")(_check_regexes)


class ItemsSpec(Spec):
    """Line items: from a table block whose header row matches the columns, else from text rows."""

    columns: dict[str, ColumnSpec]
    min_columns: int = Field(2, description="A header row must match at least this many columns.")
    stop: list[str] = Field(default_factory=list, description="A text row matching these ends the items.")


class SectionSpec(Spec):
    """A repeatable section (education, experience): entries found in the block after one of `titles`."""

    titles: list[str]
    entry: dict[str, FieldSpec] = Field(default_factory=dict, description="Fields of one entry, found by type/keys.")
    split: Literal["date", "line"] = Field("date", description="date: an entry starts at a line with a date range.")

    _v_titles = field_validator("titles")(_check_regexes)


class ClassifySpec(Spec):
    """`--template auto`: score = sum of weights of the keywords found (each counted once); the best wins."""

    keywords: dict[str, float] = Field(default_factory=dict)
    min_score: float = 2.0

    @field_validator("keywords")
    @classmethod
    def _v_kw(cls, v: dict[str, float]) -> dict[str, float]:
        _check_regexes(list(v))
        return v


class Template(Spec):
    name: str
    doc_type: str
    description: str = ""
    language: list[str] = Field(default_factory=lambda: ["en"])
    date_order: Literal["dmy", "mdy", "ymd"] = Field("dmy", description="How to read an ambiguous 01/02/03.")
    classify: ClassifySpec = Field(default_factory=ClassifySpec)
    fields: dict[str, FieldSpec]
    sections: dict[str, SectionSpec] = Field(default_factory=dict)
    items: ItemsSpec | None = None
    checks: list[Check] = Field(
        default_factory=list,
        description="Cross-field checks (kie/checks.py): line_amounts (qty x price = amount), item_tax (amount x "
        "rate = tax), tax_rates (an item's rate is in `tax_rates`), items_sum, subtotal_tax_total, cn_upper_amount "
        "(大写 = 小写), cash_change (cash - change = total), rounding (an applied rounding <= 0.05), dates. A failed "
        "check warns and lowers its values' confidence; one other reading that satisfies it is taken, with a warning.",
    )
    tax_rates: list[float] = Field(
        default_factory=list, description="The tax rates (%) of the document's country, for the tax_rates check."
    )
    section_titles: list[str] = Field(
        default_factory=list, description="Every section title of this document type (ends a section's block)."
    )


def parse_template(data: Any, origin: str) -> Template:
    """Validate loaded YAML; a TemplateError names the file and the dotted key that is wrong."""
    if not isinstance(data, dict):
        raise TemplateError(f"template {origin}: must be a mapping, got {type(data).__name__}")
    try:
        template = Template.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise TemplateError(f"template {origin}: key {where!r}: {first['msg']}") from exc
    for name, spec in template.fields.items():
        if "after" in spec.strategy and spec.anchor not in template.fields:
            raise TemplateError(f"template {origin}: key 'fields.{name}.anchor': names no field ({spec.anchor!r})")
        if spec.near is not None and spec.near not in template.fields:
            raise TemplateError(f"template {origin}: key 'fields.{name}.near': names no field ({spec.near!r})")
        for term in re.findall(r"[a-z_][a-z0-9_]*", spec.compute or ""):
            if term not in template.fields or term == name:
                raise TemplateError(f"template {origin}: key 'fields.{name}.compute': names no other field ({term!r})")
        if "document" in spec.strategy and not spec.pattern:
            raise TemplateError(f"template {origin}: key 'fields.{name}.pattern': the document strategy needs one")
    return template


# Users' `re:` patterns run time-bounded (core.budget); ours are escaped literals, linear on stdlib re.
Alias: TypeAlias = "re.Pattern[str] | UserRegex"


def compile_alias(alias: str) -> Alias:
    """Plain aliases match case-insensitively with optional spaces between characters (OCR splits `姓 名`);
    an alias that starts/ends with a letter must not touch another letter (`total` is not in `subtotal`)."""
    if alias.startswith("re:"):
        return user_regex(alias[3:])
    a = nz.clean(alias)
    body = r"\s*".join(re.escape(c) for c in a if not c.isspace())
    if a[:1].isascii() and a[:1].isalnum():
        body = r"(?<![a-z0-9])" + body
    if a[-1:].isascii() and a[-1:].isalnum():
        body += r"(?![a-z])"
    return re.compile(body, re.I)
