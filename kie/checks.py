"""Cross-field validation of invoices; every failure becomes a warning (nothing is changed or dropped)."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from typing import Any

from docsense.core.config import KieSettings
from docsense.core.document import FieldValue

from . import normalize as nz
from .schema import Template
from .view import View


def _dec(v: Any) -> Decimal | None:
    if v in (None, ""):
        return None
    try:
        return Decimal(str(v))
    except ArithmeticError:
        return None


def run_checks(
    tpl: Template, fields: dict[str, FieldValue], items: list[dict[str, Any]], view: View, s: KieSettings
) -> list[str]:
    out: list[str] = []

    def close(a: Decimal, b: Decimal) -> bool:
        return abs(a - b) <= max(Decimal(str(s.amount_tolerance)), abs(b) * Decimal(str(s.amount_rel_tolerance)))

    def fv(name: str) -> Decimal | None:
        f = fields.get(name)
        return _dec(f.value) if f else None

    line_items = [it for it in items if "section" not in it]
    if "line_amounts" in tpl.checks:
        for i, it in enumerate(line_items):
            q, p, a = _dec(it.get("quantity")), _dec(it.get("unit_price")), _dec(it.get("amount"))
            if q is not None and p is not None and a is not None and not close(q * p, a):
                out.append(f"items[{i}]: quantity {q} x unit price {p} = {q * p:.2f}, printed amount {a}")
    subtotal, tax, total = fv("subtotal"), fv("tax"), fv("total")
    if "items_sum" in tpl.checks and line_items:
        amounts = [_dec(it.get("amount")) for it in line_items]
        if all(a is not None for a in amounts):
            summed = sum((a for a in amounts if a is not None), Decimal(0))
            target = subtotal if subtotal is not None else total if tax is None else None
            if target is not None and not close(summed, target):
                out.append(
                    f"items: amounts sum to {summed:.2f}, printed {'subtotal' if subtotal else 'total'} {target}"
                )
    if "subtotal_tax_total" in tpl.checks and None not in (subtotal, tax, total):
        assert subtotal is not None and tax is not None and total is not None
        if not close(subtotal + tax, total):
            out.append(f"total: subtotal {subtotal} + tax {tax} = {subtotal + tax:.2f}, printed total {total}")
    if "cn_upper_amount" in tpl.checks and total is not None:
        for row in range(len(view.rows)):
            text = view.row_text(row)
            if re.search("[壹贰叁肆伍陆柒捌玖]", text) and re.search("[元圆]", text):
                upper = nz.cn_upper_to_decimal(text)
                if upper is not None and not close(upper, total):
                    out.append(f"total: upper-case amount {upper:.2f} differs from figures {total}")
                break
    if "dates" in tpl.checks:
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
