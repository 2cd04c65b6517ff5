"""Do amount fields point at the printed amount? `python -m docsense.eval.value_boxes [--n N] [--json OUT]`.

Generated invoices (English and Chinese VAT, `synth.documents`, scanned clean / gray / turned / skewed) and
receipts (`synth.receipts`, when present) are read end to end (OCR included); for every amount field with a
value (invoice subtotal, tax, total; receipt total) the field's box must hold the printed amount (>= 80% of its
true box) and not its key (<= 20% of the key's box). Truth boxes come from the generator (where it drew the text).
"""

from __future__ import annotations

import argparse
import json
import random
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from docsense.core.document import BBox

INVOICE_AMOUNTS = ("subtotal", "tax", "total")
VARIANTS = ("clean", "gray", "rot90", "rgba", "rot270", "noise")


@dataclass
class Case:
    name: str
    image: Any  # PIL image as scanned
    template: str
    truth: dict[str, tuple[BBox, BBox | None]]  # field -> (value box, key box), in the scanned image's pixels
    rotation: int = 0


def cover(box: BBox | None, target: BBox | None) -> float:
    """Share of `target`'s area inside `box`."""
    if box is None or target is None:
        return 0.0
    w = min(box[2], target[2]) - max(box[0], target[0])
    h = min(box[3], target[3]) - max(box[1], target[1])
    area = max(1e-6, (target[2] - target[0]) * (target[3] - target[1]))
    return max(0.0, w) * max(0.0, h) / area


def invoices(n: int, seed: int) -> Iterator[Case]:
    from docsense.synth import documents as synth

    for i in range(n):
        style = ("en", "cn_vat")[i % 2]
        rng = random.Random(f"{seed}-boxes-{i}")
        sample = synth.make_invoice(rng, style)
        variant = VARIANTS[(i // 2) % len(VARIANTS)]
        truth: dict[str, tuple[BBox, BBox | None]] = {}
        keys = [sp for sp in sample.spans if sp["label"] == "key"]
        for name in INVOICE_AMOUNTS:
            span = next((sp for sp in sample.spans if sp["label"] == name), None)
            if span is None:
                continue
            value = span["bbox"]
            pair = next((p for p in sample.pairs if p["value_bbox"] == value), None)
            key = pair["key_bbox"] if pair else _key_left_of(value, keys)
            truth[name] = (_figures(span["text"], value, style, name), key)
        image = synth.scan_variant(sample.image, variant, random.Random(i))
        rotation = int(variant[3:]) if variant.startswith("rot") else 0
        if rotation:
            w, h = sample.image.size
            truth = {
                k: (synth.turn_box(v, w, h, rotation), synth.turn_box(kb, w, h, rotation) if kb else None)  # type: ignore[misc]
                for k, (v, kb) in truth.items()
            }
        yield Case(f"invoice_{style}_{i:03d}_{variant}", image, sample.template, truth, rotation)


def _figures(text: str, box: BBox, style: str, name: str) -> BBox:
    """The box of an amount's figures: `$1,234.50` drawn as one text, without its currency sign (a field's value
    is the number; its `raw` too)."""
    from docsense.synth import documents as synth

    lead = len(text) - len(text.lstrip("$€£¥ "))
    if not lead:
        return box
    kind, size = (
        ("cjk", 22 if name == "total" else 20) if style == "cn_vat" else ("bold" if name == "total" else "latin", 24)
    )
    fnt = synth.font(kind, size)
    share = fnt.getlength(text[lead:]) / fnt.getlength(text)
    return (box[2] - share * (box[2] - box[0]), box[1], box[2], box[3])


def _key_left_of(value: BBox, keys: list[dict[str, Any]]) -> BBox | None:
    """The key printed on the value's row, left of it (the VAT invoice's 合计 row)."""
    row = [k["bbox"] for k in keys if abs((k["bbox"][1] + k["bbox"][3]) / 2 - (value[1] + value[3]) / 2) < 15]
    left = [b for b in row if b[2] <= value[0]]
    return max(left, key=lambda b: b[2]) if left else None


def receipts(n: int, seed: int) -> Iterator[Case]:
    try:
        from docsense.synth import receipts as gen
    except ImportError:
        return
    for i in range(n):
        r = gen.make_receipt(random.Random(f"{seed}-boxes-receipt-{i}"))
        total = r.fields["total"]
        truth = _receipt_total(r.lines, total)
        if truth is not None:
            yield Case(f"receipt_{r.family}_{i:03d}", gen.render(r), "receipt", {"total": truth})


def _receipt_total(lines: list[tuple[str, BBox]], total: str) -> tuple[BBox, BBox | None] | None:
    """The last total row printing the total (not a cash row paying it exactly): its amount's box (a fixed-width
    font: characters evenly spaced) and its key's box (the line's text before it, or the box left on its row)."""
    import re

    for text, b in reversed(lines):
        m = re.search(rf"(?<![\d.]){re.escape(total)}(?![\d])", text)
        if not m:
            continue
        cw = (b[2] - b[0]) / max(1, len(text))
        value = (b[0] + m.start() * cw, b[1], b[0] + m.end() * cw, b[3])
        before = text[: m.start()].rstrip(" :RM$S")
        if before.strip():
            key_text, key = before, (b[0], b[1], b[0] + len(before) * cw, b[3])
        else:
            row = [(t, bb) for t, bb in lines if abs(bb[1] - b[1]) < 4 and bb[2] <= b[0] and t.strip()]
            key_text, key = max(row, key=lambda tb: tb[1][2]) if row else ("", None)  # type: ignore[assignment]
        not_total = r"cash|paid|tender|change|visa|card|nets|tunai|baki|^\W*(sub|gst|sst|tax)|total\s*(gst|sst|tax)"
        if re.search(r"total|jumlah|amount|payable|due", key_text, re.I) and not re.search(not_total, key_text, re.I):
            return value, key
    return None


def measure(cases: list[Case]) -> dict[str, Any]:
    from docsense.app.extract import Extractor
    from docsense.core.config import load_settings

    extractor = Extractor(load_settings())
    rows: list[dict[str, Any]] = []
    for case in cases:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / f"{case.name}.png"
            case.image.save(path)
            result = extractor.extract_file(path, case.template)
        for name, (value, key) in case.truth.items():
            f = result.fields.get(name)
            got = f.bbox if f is not None else None
            ok_value = cover(got, value) >= 0.8
            ok_key = key is None or cover(got, key) <= 0.2
            rows.append(
                {"case": case.name, "field": name, "value": f.value if f else None, "bbox": got, "truth": value,
                 "key": key, "holds_value": ok_value, "free_of_key": ok_key, "ok": ok_value and ok_key}
            )  # fmt: skip
    ok = sum(r["ok"] for r in rows)
    by_kind: dict[str, list[int]] = {}
    for r in rows:
        kind = r["case"].split("_")[0]
        by_kind.setdefault(kind, [0, 0])
        by_kind[kind][0] += r["ok"]
        by_kind[kind][1] += 1
    return {
        "fields": len(rows),
        "ok": ok,
        "share": round(ok / max(1, len(rows)), 4),
        "by_kind": {k: {"ok": a, "fields": b, "share": round(a / b, 4)} for k, (a, b) in by_kind.items()},
        "failures": [r for r in rows if not r["ok"]],
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else "")
    ap.add_argument("--n", type=int, default=24, help="invoices and receipts each")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--json", type=Path)
    a = ap.parse_args()
    cases = [*invoices(a.n, a.seed), *receipts(a.n, a.seed)]
    result = measure(cases)
    text = json.dumps(result, indent=2, default=str)
    if a.json:
        a.json.write_text(text)
    print(json.dumps({k: v for k, v in result.items() if k != "failures"}, indent=2))
    for r in result["failures"]:
        print("FAIL", r["case"], r["field"], r["value"], r["bbox"], "truth", r["truth"], "key", r["key"])


if __name__ == "__main__":
    main()
