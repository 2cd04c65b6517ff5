"""`docsense eval kie --gt FILE --pred results.jsonl`: field precision / recall / F1, exact match after normalization.

Ground truth formats (one JSON object per line, matched to predictions by file name):
- SROIE: `{"filename", "company", "date", "address", "total"}` (values as printed);
- the generator's (`docsense.synth.documents`): `{"filename", "doc_type", "fields": {name: value}, "items": [...]}`;
- invoice2data's expected output: `{"filename", "expected": [{"invoice_number", "date", "amount", ...}]}`.
Both sides are normalized the same way: dates to ISO, money to two decimals, phones to digits, other text
NFKC + case-folded with only letters and digits kept. Only the fields a ground-truth line has are scored; a
predicted value where the ground truth is empty counts as a false positive.

`match` chooses the comparison (`--match`): `normalized` (the above, default); `lenient` (SROIE's: only the
letters and digits of the truth and of the prediction, case-folded, compared, with no date or money parsing; a
prediction carries its value and the form printed on the page (`raw`), and either may match, so a truth kept as
printed, `25032018`, matches a printed `25/03/2018` whose value is `2018-03-25`); `strict` (the printed form,
else the value, equal to the truth with runs of white space made one).
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path
from typing import Any

from docsense.kie import normalize as nz

MONEY_FIELDS = {"total", "subtotal", "tax", "amount", "unit_price"}
# invoice2data keys -> docsense invoice fields
I2D = {
    "invoice_number": "invoice_number", "date": "date", "date_due": "due_date", "amount": "total",
    "amount_untaxed": "subtotal", "currency": "currency", "vat": "seller_tax_id",
}  # fmt: skip


def norm(name: str, value: Any) -> str:
    if value is None:
        return ""
    s = nz.clean(str(value))
    if not s:
        return ""
    if name == "date" or name.endswith("_date") or name.startswith("date_"):
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
            return s
        got = nz.find_date(s)
        return got[1] if got else s.casefold()
    if name in MONEY_FIELDS or name.endswith(("_amount", "_total")):
        m = nz.find_money(s)
        return m[1] if m else s
    if name == "phone" or name.endswith("_phone"):
        return nz.phone_digits(s)
    return "".join(ch for ch in unicodedata.normalize("NFKC", s).casefold() if ch.isalnum())


MATCHES = ("normalized", "lenient", "strict")


def alnum(value: Any) -> str:
    """Only the letters and digits, NFKC + case-folded: SROIE's lenient comparison."""
    s = unicodedata.normalize("NFKC", "" if value is None else str(value)).casefold()
    return "".join(ch for ch in s if ch.isalnum())


def _forms(pred: Any) -> tuple[Any, Any]:
    """(value, printed form) of a predicted field: `{"value", "raw"}` or a bare value."""
    if isinstance(pred, dict):
        return pred.get("value"), pred.get("raw") or pred.get("value")
    return pred, pred


def compared(field: str, truth: Any, pred: Any, match: str = "normalized") -> tuple[str, str]:
    """(truth, prediction) as `match` compares them; a hit is a non-empty truth equal to the prediction."""
    value, printed = _forms(pred)
    if match == "strict":
        return " ".join(str(truth or "").split()), " ".join(str(printed or "").split())
    if match == "lenient":
        gn = alnum(truth)
        return gn, next((f for f in (alnum(value), alnum(printed)) if f == gn), alnum(value))
    return norm(field, truth), norm(field, value)


def gt_fields(row: dict[str, Any]) -> dict[str, Any]:
    if isinstance(row.get("fields"), dict):
        return {k: (v.get("value") if isinstance(v, dict) else v) for k, v in row["fields"].items()}
    if isinstance(row.get("expected"), list) and row["expected"]:
        exp = row["expected"][0]
        return {ours: exp[theirs] for theirs, ours in I2D.items() if theirs in exp}
    return {k: v for k, v in row.items() if k not in ("filename", "doc_type", "items", "source")}


def key(path: str) -> str:
    return Path(path).name


def score(gt_rows: list[dict[str, Any]], pred_rows: list[dict[str, Any]], match: str = "normalized") -> dict[str, Any]:
    """-> {"overall": {p, r, f1, tp, fp, fn}, "fields": {name: {...}}, "documents": n, "missing": [...]}."""
    if match not in MATCHES:
        raise ValueError(f"match must be one of {MATCHES}, not {match!r}")
    preds = {key(r.get("source", "")): r for r in pred_rows}
    counts: dict[str, list[int]] = {}
    missing, errors = [], []
    wrong: list[dict[str, str]] = []
    for g in gt_rows:
        name = key(g.get("filename") or g.get("source", ""))
        p = preds.get(name)
        if p is None:
            missing.append(name)
        elif p.get("error"):
            errors.append(name)
        pf = (p or {}).get("fields") or {}
        for field, gv in gt_fields(g).items():
            c = counts.setdefault(field, [0, 0, 0])
            gn, pn = compared(field, gv, pf.get(field), match)
            pv = pf.get(field, {}).get("value") if isinstance(pf.get(field), dict) else pf.get(field)
            if gn and pn == gn:
                c[0] += 1
                continue
            if pn:
                c[1] += 1
            if gn:
                c[2] += 1
            if gn or pn:
                wrong.append({"file": name, "field": field, "gt": str(gv), "pred": str(pv)})

    def prf(tp: int, fp: int, fn: int) -> dict[str, float]:
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp, "fp": fp, "fn": fn}

    tot = [sum(c[i] for c in counts.values()) for i in range(3)]
    return {
        "overall": prf(*tot),
        "fields": {k: prf(*c) for k, c in sorted(counts.items())},
        "documents": len(gt_rows),
        "missing": missing,
        "errors": errors,
        "wrong": wrong,
    }


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            try:
                rows.append(json.loads(line))
            except ValueError:
                continue  # a torn last line of an interrupted run
    return rows
