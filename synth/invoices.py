"""Held-out invoice layout families (`HELD_OUT`), with ground truth, for scoring `--template auto` on invoices whose
layout neither the invoice template nor the document-type model (train/doctype.py) was built on. Scored only.

    python -m docsense.synth.invoices OUT --n 5 --variants clean,rot90,gray,rgba
"""

from __future__ import annotations

import argparse
import random
from datetime import timedelta
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

from . import documents as d
from . import resumes as r


def en_modern(rng: random.Random) -> d.Sample:
    """HELD OUT. `Invoice` top right over a two-column block of keys without colons (`Invoice number`, `Date of
    issue`, `Date due`), the seller top left with `VAT No.`, `Bill to` below, a borderless item table under a rule,
    totals right and `Amount due` with the currency code after it."""
    c = r.FontCanvas(1240, 1754, "en", r.SANS, r.SANS_BOLD)
    w = 1240
    seller = f"{rng.choice(d.EN_COMPANY_A)} {rng.choice(d.EN_COMPANY_B)} {rng.choice(d.EN_SUFFIX)}"
    buyer = f"{rng.choice(d.EN_COMPANY_A)} {rng.choice(d.EN_COMPANY_B)} {rng.choice(d.EN_SUFFIX)}"
    while buyer == seller:
        buyer = f"{rng.choice(d.EN_COMPANY_A)} {rng.choice(d.EN_COMPANY_B)} {rng.choice(d.EN_SUFFIX)}"
    cur, sym = rng.choice((("USD", "$"), ("GBP", "£"), ("EUR", "€")))
    vat = rng.choice(("GB", "IE", "DE")) + "".join(str(rng.randrange(10)) for _ in range(9))
    number = f"INV-{rng.randrange(2019, 2026)}-{rng.randrange(1, 9999):04d}"
    issued = d._rand_date(rng, 2019, 2025)
    due = issued + timedelta(days=rng.choice((14, 30)))
    items = d._items(rng, d.EN_GOODS, rng.randrange(2, 6))
    subtotal = sum((it["amount"] for it in items), Decimal(0))
    rate = Decimal(rng.choice((5, 10, 20)))
    tax = (subtotal * rate / 100).quantize(Decimal("0.01"), ROUND_HALF_UP)
    total = subtotal + tax
    c.text((90, 80), seller, 34, "seller_name", bold=True)
    c.text((90, 130), f"{rng.randrange(10, 999)} {rng.choice(d.EN_STREETS)}", 20)
    c.text((90, 160), rng.choice(d.EN_CITIES), 20)
    c.text((90, 190), f"VAT No. {vat}", 20, "seller_tax_id")
    c.text((w - 90, 70), "Invoice", 48, "header", bold=True, anchor="ra")
    y = 150
    for key, val, name in (("Invoice number", number, "invoice_number"), ("Date of issue", issued.strftime("%B %d, %Y"),
                           "date"), ("Date due", due.strftime("%B %d, %Y"), "due_date")):  # fmt: skip
        kb = c.text((720, y), key, 20, "key")
        vb = c.text((w - 90, y), val, 20, name, anchor="ra")
        c.pairs.append({"key": key, "value": val, "key_bbox": kb, "value_bbox": vb})
        y += 34
    c.text((90, 300), "Bill to", 22, "key", bold=True)
    c.text((90, 334), buyer, 20, "buyer_name")
    c.text((90, 364), f"{rng.randrange(10, 999)} {rng.choice(d.EN_STREETS)}, {rng.choice(d.EN_CITIES)}", 20)
    y = 470
    cols = ((90, "Description", "la"), (760, "Qty", "ra"), (930, "Unit price", "ra"), (1150, "Amount", "ra"))
    for x, title, anchor in cols:
        c.text((x, y), title, 20, "header", bold=True, anchor=anchor)
    c.line(90, y + 36, 1150, y + 36, 2)
    y += 56
    for it in items:
        vals = (it["good"], str(it["quantity"]), f"{sym}{d._fmt_thousands(it['unit_price'])}",
                f"{sym}{d._fmt_thousands(it['amount'])}")  # fmt: skip
        for (x, _, anchor), v in zip(cols, vals, strict=True):
            c.text((x, y), v, 20, "item", anchor=anchor)
        y += 40
    c.line(90, y, 1150, y, 1)
    y += 30
    for key, amount, name in (("Subtotal", subtotal, "subtotal"), (f"Tax ({rate}%)", tax, "tax"), ("Total", total,
                              "total")):  # fmt: skip
        c.text((800, y), key, 20, "key", bold=name == "total")
        c.text((1150, y), f"{sym}{d._fmt_thousands(amount)}", 20, name, bold=name == "total", anchor="ra")
        y += 36
    c.text((800, y + 10), "Amount due", 24, "key", bold=True)
    c.text((1150, y + 10), f"{sym}{d._fmt_thousands(total)} {cur}", 24, "other", bold=True, anchor="ra")
    c.text((90, y + 120), f"Pay by bank transfer within {(due - issued).days} days. Thank you!", 18)
    fields = {"invoice_number": number, "date": issued.isoformat(), "due_date": due.isoformat(),
              "seller_name": seller, "seller_tax_id": vat, "buyer_name": buyer, "subtotal": d._money(subtotal),
              "tax": d._money(tax), "total": d._money(total), "currency": cur}  # fmt: skip
    return d.Sample(c.image, "invoice", "invoice", "en", fields, [], c.spans, c.pairs)


FAMILIES = {f.__name__: f for f in (en_modern,)}
HELD_OUT = tuple(FAMILIES)


def generate(out: Path, n: int, variants: tuple[str, ...], seed: int = 0) -> list[dict[str, Any]]:
    return d.write_samples(out, FAMILIES, n, variants, seed, family=True)


def main() -> None:
    ap = argparse.ArgumentParser(description="Generate held-out invoice layouts with ground truth.")
    ap.add_argument("out", type=Path)
    ap.add_argument("--n", type=int, default=4)
    ap.add_argument("--variants", default="clean")
    ap.add_argument("--seed", type=int, default=0)
    a = ap.parse_args()
    rows = generate(a.out, a.n, tuple(a.variants.split(",")), a.seed)
    print(f"{len(rows)} images -> {a.out}")


if __name__ == "__main__":
    main()
