"""Cross-field checks of invoices and receipts: the printed numbers must agree with each other.

Each check relates a few values (fields or line-item cells): quantity x unit price = amount, amount x rate = the
item's tax, the items sum to the subtotal, subtotal + tax = total, 大写 = 小写, a VAT rate is one the country has,
cash - change = total, a rounding adjustment is at most 0.05. A check that fails warns and lowers the confidence
of its values. When exactly one other reading of one value (what an OCR slip could have turned it into:
`values.alternatives`, e.g. `%6` for `9%`, `100.00` for `1.00`) makes it hold, that reading is taken, with a
warning saying so.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from docsense.core.config import KieSettings
from docsense.core.document import FieldValue

from . import values as vl
from .schema import Template
from .view import View

# a charge printed between the subtotal and the total (`Shipping & Handling: $5.99`, `Discount -2.00`, `Tip`): the
# total is then no subtotal + tax, and a reading of it that makes it one is an OCR slip the page never had
OTHER_CHARGE = re.compile(
    r"^\s*(shipping|handling|delivery|freight|postage|discount|surcharge|service\s*charge|tip|gratuity)\b"
    r"(?!\s*(address|to\b|method|date|info))",
    re.I,
)
MONEY_SHAPE = re.compile(r"\d[.,]\d{2}\b")
FAILED = 0.5  # a value in a failed check keeps this share of its confidence
CORRECTED = 0.8  # a value read again by a check keeps this share


@dataclass
class Term:
    """One value a check reads, and how to change it."""

    name: str  # `total`, `items[1].tax_rate`
    value: Decimal
    raw: str
    kind: vl.Kind
    write: Callable[[Decimal], None]
    lower: Callable[[float], None]


@dataclass
class Check:
    what: str  # `amount x rate = tax`
    terms: list[Term]
    holds: Callable[[list[Decimal]], bool]
    tell: Callable[[list[Decimal]], str]  # the failure, in numbers


def _dec(v: Any) -> Decimal | None:
    if v in (None, ""):
        return None
    try:
        return Decimal(str(v))
    except ArithmeticError:
        return None


def _field_term(name: str, f: FieldValue | None, kind: vl.Kind = "money") -> Term | None:
    if f is None or _dec(f.value) is None:
        return None

    def write(v: Decimal) -> None:
        f.value = vl.money_str(v) if kind == "money" else vl.number_str(v)

    def lower(k: float) -> None:
        f.confidence = round(f.confidence * k, 4)

    return Term(name, _dec(f.value), f.raw or str(f.value), kind, write, lower)  # type: ignore[arg-type]


def _cell_term(i: int, item: dict[str, Any], col: str, kind: vl.Kind) -> Term | None:
    v = _dec(item.get(col))
    if v is None:
        return None
    cell = item.get("cells", {}).get(col, {})

    def write(new: Decimal) -> None:
        text = vl.money_str(new) if kind == "money" else vl.number_str(new)
        item[col] = text
        if cell:
            cell["value"] = text

    def lower(k: float) -> None:
        for holder in (cell, item):
            if "confidence" in holder:
                holder["confidence"] = round(holder["confidence"] * k, 4)

    return Term(f"items[{i}].{col}", v, str(cell.get("raw") or item[col]), kind, write, lower)


def build_checks(
    tpl: Template,
    fields: dict[str, FieldValue],
    items: list[dict[str, Any]],
    view: View,
    s: KieSettings,
    adjustments: dict[str, Decimal] | None = None,
) -> list[Check]:
    """The checks the template asks for whose values were all found."""

    def close(a: Decimal, b: Decimal) -> bool:
        return abs(a - b) <= max(Decimal(str(s.amount_tolerance)), abs(b) * Decimal(str(s.amount_rel_tolerance)))

    out: list[Check] = []

    def add(what: str, terms: list[Term | None], holds: Callable[..., bool], tell: Callable[..., str]) -> None:
        if all(t is not None for t in terms):
            out.append(Check(what, terms, lambda v: holds(*v), lambda v: tell(*v)))  # type: ignore[arg-type]

    money_cols = {n for n, c in (tpl.items.columns.items() if tpl.items else []) if c.type == "money"}
    line_items = [(i, it) for i, it in enumerate(items) if "section" not in it]

    def cell(i: int, it: dict[str, Any], col: str) -> Term | None:
        return _cell_term(i, it, col, "money" if col in money_cols else "percent" if col == "tax_rate" else "number")

    if "line_amounts" in tpl.checks:
        for i, it in line_items:
            add(
                f"items[{i}]: quantity x unit price = amount",
                [cell(i, it, "quantity"), cell(i, it, "unit_price"), cell(i, it, "amount")],
                lambda q, p, a: close(q * p, a),
                lambda q, p, a: f"quantity {q} x unit price {p} = {q * p:.2f}, printed amount {a}",
            )
    if "item_tax" in tpl.checks:
        for i, it in line_items:
            add(
                f"items[{i}]: amount x rate = tax",
                [cell(i, it, "amount"), cell(i, it, "tax_rate"), cell(i, it, "tax")],
                lambda a, r, t: close(a * r / 100, t),
                lambda a, r, t: f"amount {a} x rate {r}% = {a * r / 100:.2f}, printed tax {t}",
            )
    if "tax_rates" in tpl.checks and tpl.tax_rates:
        legal = [Decimal(str(r)) for r in tpl.tax_rates]
        for i, it in line_items:
            add(
                f"items[{i}]: rate in {'/'.join(vl.number_str(r) for r in legal)}%",
                [cell(i, it, "tax_rate")],
                lambda r: r in legal,
                lambda r: f"rate {r}% is no rate of this country",
            )
    f = fields.get
    subtotal, tax, total = _field_term("subtotal", f("subtotal")), _field_term("tax", f("tax")), f("total")
    if "items_sum" in tpl.checks and line_items:
        terms = [cell(i, it, "amount") for i, it in line_items]
        # without a printed subtotal the items add up to the total when no tax is printed either
        target = subtotal or (_field_term("total", total) if tax is None else None)
        if target is not None:
            add(
                f"items sum to {target.name}",
                [*terms, target],
                lambda *v: close(sum(v[:-1], Decimal(0)), v[-1]),
                lambda *v: f"items' amounts sum to {sum(v[:-1], Decimal(0)):.2f}, printed {target.name} {v[-1]}",
            )
    if "subtotal_tax_total" in tpl.checks and not _other_charge(view):
        add(
            "subtotal + tax = total",
            [subtotal, tax, _field_term("total", total)],
            lambda a, b, c: close(a + b, c),
            lambda a, b, c: f"subtotal {a} + tax {b} = {a + b:.2f}, printed total {c}",
        )
    if "cn_upper_amount" in tpl.checks:
        upper = _upper_amount(view)
        if upper is not None:
            add(
                "大写 = 小写",
                [_field_term("total", total)],
                lambda c: close(upper, c),
                lambda c: f"upper-case amount {upper:.2f} differs from figures {c}",
            )
    if "cash_change" in tpl.checks:
        add(
            "cash - change = total",
            [_field_term("cash", f("cash")), _field_term("change", f("change")), _field_term("total", total)],
            lambda a, b, c: close(a - b, c),
            lambda a, b, c: f"cash {a} - change {b} = {a - b:.2f}, printed total {c}",
        )
    if "rounding" in tpl.checks:
        for name, adj in (adjustments or {}).items():
            add(
                f"{name}: rounding <= 0.05",
                [_field_term(name, f(name))],
                lambda _v, a=adj: abs(a) <= Decimal("0.05"),
                lambda _v, a=adj: f"a rounding adjustment of {a} is more than 0.05",
            )
    return out


def failing(checks: list[Check]) -> set[str]:
    """Which of `checks` (from `build_checks`) fail on their values as they are (nothing is read again or changed)."""
    return {c.what for c in checks if not c.holds([t.value for t in c.terms])}


def _other_charge(view: View) -> bool:
    """Whether the page prints a charge other than the tax with an amount on its row (`OTHER_CHARGE`)."""
    return any(
        any(OTHER_CHARGE.match(ln.text) for ln in row) and MONEY_SHAPE.search(view.row_text(k))
        for k, row in enumerate(view.rows)
    )


def _upper_amount(view: View) -> Decimal | None:
    for row in range(len(view.rows)):
        text = view.row_text(row)
        if re.search("[壹贰叁肆伍陆柒捌玖]", text) and re.search("[元圆]", text):
            return vl.cn_upper_to_decimal(text)
    return None


def repair(check: Check, checks: list[Check]) -> tuple[Term, Decimal] | None:
    """The one other reading of one value that makes `check` hold without breaking a check that held; None when
    there is none or more than one."""
    values = [t.value for t in check.terms]
    found: list[tuple[Term, Decimal]] = []
    for k, term in enumerate(check.terms):
        for alt in vl.alternatives(term.raw, term.kind):
            trial = [*values[:k], alt, *values[k + 1 :]]
            if not check.holds(trial):
                continue
            others = [c for c in checks if c is not check and any(t is term for t in c.terms)]
            if all(_holds_with(c, term, alt) or not c.holds([t.value for t in c.terms]) for c in others):
                found.append((term, alt))
    return found[0] if len(found) == 1 else None


def _holds_with(check: Check, term: Term, alt: Decimal) -> bool:
    return check.holds([alt if t is term else t.value for t in check.terms])


def run_checks(
    tpl: Template,
    fields: dict[str, FieldValue],
    items: list[dict[str, Any]],
    view: View,
    s: KieSettings,
    adjustments: dict[str, Decimal] | None = None,
) -> list[str]:
    """Runs the template's checks; corrects a value where one other reading satisfies a failed check; returns
    the warnings."""
    out: list[str] = []
    checks = build_checks(tpl, fields, items, view, s, adjustments)
    # Terms shared by several checks are the same objects: a field read again is seen by every later check.
    by_name: dict[str, Term] = {}
    for c in checks:
        c.terms = [by_name.setdefault(t.name, t) for t in c.terms]
    for c in checks:
        if c.holds([t.value for t in c.terms]):
            continue
        fix = repair(c, checks)
        if fix is not None:
            term, alt = fix
            old = term.value
            term.value = alt
            term.write(alt)
            term.lower(CORRECTED)
            out.append(f"{term.name}: read {term.raw!r} ({old}); {vl.number_str(alt)} satisfies {c.what}, taken")
            continue
        out.append(f"{c.what} fails: {c.tell([t.value for t in c.terms])}")
        for t in c.terms:
            t.lower(FAILED)
    if "dates" in tpl.checks:
        out.extend(_date_checks(fields, s))
    return out


def _date_checks(fields: dict[str, FieldValue], s: KieSettings) -> list[str]:
    out = []
    today = date.today()
    for name, f in fields.items():
        if f.value and re.fullmatch(r"\d{4}-\d{2}-\d{2}", f.value) and name.endswith("date"):
            d = date.fromisoformat(f.value)
            if not (s.min_year <= d.year <= today.year + 1):
                out.append(f"{name}: implausible date {f.value}")
    d0, d1 = fields.get("date"), fields.get("due_date")
    if d0 and d1 and d0.value and d1.value and d1.value < d0.value:
        out.append(f"due_date {d1.value} is before date {d0.value}")
    return out
