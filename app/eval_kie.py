"""`docsense eval kie --gt FILE --pred results.jsonl`: field precision / recall / F1, exact match after normalization.

Ground truth formats (one JSON object per line, matched to predictions by file name):
- SROIE: `{"filename", "company", "date", "address", "total"}` (values as printed);
- the generator's (`docsense.kie.synth`): `{"filename", "doc_type", "fields": {name: value}, "items": [...]}`;
- invoice2data's expected output: `{"filename", "expected": [{"invoice_number", "date", "amount", ...}]}`.
Both sides are normalized the same way: dates to ISO, money to two decimals, phones to digits, other text
NFKC + case-folded with only letters and digits kept. Only the fields a ground-truth line has are scored; a
predicted value where the ground truth is empty counts as a false positive.
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path
from typing import Annotated, Any

import typer

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


def gt_fields(row: dict[str, Any]) -> dict[str, Any]:
    if isinstance(row.get("fields"), dict):
        return {k: (v.get("value") if isinstance(v, dict) else v) for k, v in row["fields"].items()}
    if isinstance(row.get("expected"), list) and row["expected"]:
        exp = row["expected"][0]
        return {ours: exp[theirs] for theirs, ours in I2D.items() if theirs in exp}
    return {k: v for k, v in row.items() if k not in ("filename", "doc_type", "items", "source")}


def _key(path: str) -> str:
    return Path(path).name


def score(gt_rows: list[dict[str, Any]], pred_rows: list[dict[str, Any]]) -> dict[str, Any]:
    """-> {"overall": {p, r, f1, tp, fp, fn}, "fields": {name: {...}}, "documents": n, "missing": [...]}."""
    preds = {_key(r.get("source", "")): r for r in pred_rows}
    counts: dict[str, list[int]] = {}
    missing, errors = [], []
    wrong: list[dict[str, str]] = []
    for g in gt_rows:
        name = _key(g.get("filename") or g.get("source", ""))
        p = preds.get(name)
        if p is None:
            missing.append(name)
        elif p.get("error"):
            errors.append(name)
        pf = (p or {}).get("fields") or {}
        for field, gv in gt_fields(g).items():
            c = counts.setdefault(field, [0, 0, 0])
            gn = norm(field, gv)
            pv = pf.get(field, {}).get("value") if isinstance(pf.get(field), dict) else pf.get(field)
            pn = norm(field, pv)
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


def register(eval_app: typer.Typer) -> None:
    @eval_app.command("kie")
    def eval_kie(
        gt: Annotated[Path, typer.Option("--gt", help="Ground truth JSONL (SROIE, generator or invoice2data).")],
        pred: Annotated[Path, typer.Option("--pred", help="`docsense extract` output (JSONL).")],
        out: Annotated[Path | None, typer.Option("--json", help="Also write the metrics as JSON here.")] = None,
        show_wrong: Annotated[bool, typer.Option("--show-wrong", help="List every mismatch.")] = False,
        predicted_only: Annotated[
            bool, typer.Option("--predicted-only", help="Score only documents the predictions cover.")
        ] = False,
    ) -> None:
        """Precision / recall / F1 per field and overall (exact match after normalization)."""
        from rich.console import Console
        from rich.table import Table

        gt_rows, pred_rows = read_jsonl(gt), read_jsonl(pred)
        if predicted_only:
            have = {_key(r.get("source", "")) for r in pred_rows}
            gt_rows = [g for g in gt_rows if _key(g.get("filename") or g.get("source", "")) in have]
        res = score(gt_rows, pred_rows)
        table = Table(title=f"KIE: {res['documents']} documents")
        for col in ("field", "precision", "recall", "F1", "tp", "fp", "fn"):
            table.add_column(col, justify="left" if col == "field" else "right")
        for name, m in [*res["fields"].items(), ("overall", res["overall"])]:
            table.add_row(
                name, f"{m['precision']:.3f}", f"{m['recall']:.3f}", f"{m['f1']:.3f}", str(m["tp"]), str(m["fp"]),
                str(m["fn"]),
            )  # fmt: skip
        con = Console()
        con.print(table)
        if res["missing"]:
            con.print(f"[yellow]no prediction for {len(res['missing'])}:[/] {', '.join(res['missing'][:10])}")
        if show_wrong:
            for w in res["wrong"]:
                con.print(f"{w['file']} {w['field']}: gt={w['gt']!r} pred={w['pred']!r}")
        if out:
            out.write_text(json.dumps(res, ensure_ascii=False, indent=2), encoding="utf-8")
