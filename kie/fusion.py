"""The line tagger's fusion with the rules, steps 5 and 6 of `KieStage.run` (after the fills).

`fuse_tagger` lets the tagger's picks join the rules' per field (`FieldSpec.tagger`: `fill` / `prefer` / `off`;
`trimmed` and `hint_stays` decide between the rules' lines and the tagger's; `overrules`: a sure field tagger
replaces a value the rules placed by position alone); after the checks, `overrule_doubted` gives a value the checks
doubt to the tagger where it is sure of another one.
"""

from __future__ import annotations

from dataclasses import replace

from docsense.core.config import KieSettings

from .checks import build_checks, failing
from .rules import KEYED, Hit, KieResult, TemplateRunner, same_text, to_field
from .schema import FieldSpec, Template
from .tagger import LineTagger, Pick, address_like, not_part
from .view import TLine, View

# a line the tagger gives less than this at the end of the rules' multi-line value is trimmed off (held out on
# SROIE-train shops: 0.1 beats 0 and 0.3)
TRIM = 0.1
# the checks doubt a rules' value under DOUBT; the tagger is SURE of its own above (chosen on SROIE-train tune shops)
DOUBT, SURE = 0.6, 0.5
# a rules' value placed by position alone, with no printed key (`header`: a company name taken from the page's top
# lines), gives way to a field tagger's other value when the tagger is at least OVERRULE sure. Chosen at the first
# scores of rounds 31-32 (rules before each round's fixes: under 0.75 an English seller is lost), reported on rounds
# 33-35: 0.845 -> 0.857 (docs/tagger.md, session 25). A value read next to a printed key never gives way: overruling
# those gained on rounds 31-32 and lost on 33-35 (0.845 -> 0.818).
WEAK = ("header",)
OVERRULE = 0.85


def fuse_tagger(model: LineTagger | None, tpl: Template, view: View, runner: TemplateRunner) -> dict[str, Hit]:
    """The line tagger's picks join the rules' (per field, `FieldSpec.tagger`): a value read next to a printed key
    always stays; `fill` takes the tagger's where the rules found nothing, `prefer` also replaces what the rules
    only guessed from position (a header, the lines after it) by those lines trimmed by the tagger, or by the
    tagger's own where they do not meet."""
    hits: dict[str, Hit] = {}
    if model is None or all(spec.tagger == "off" for spec in tpl.fields.values()):
        return hits
    picks, probs = model.read(view)
    for name, pick in picks.items():
        spec = tpl.fields.get(name)
        if spec is None or spec.tagger == "off":
            continue
        old = runner.found.get(name)
        # the name another text field reads next to its printed key (the buyer's under `Billed to`) is that
        # field's, not this one's; and a fill repeats no name the rules gave another text field, keyed or not (a
        # rail ticket's one company is its buyer, not also its seller: the invoice_cn_vat tagger)
        taken = [
            h.value
            for n, h in runner.found.items()
            if n != name and (h.strategy in KEYED or old is None) and tpl.fields[n].type == "text"
        ]
        if old is not None and spec.tagger == "prefer" and old.strategy not in KEYED and len(old.lines) > 1:
            pick = trimmed(old.lines, pick, probs, name, model.kinds.get(name, "text"))
            pick = model.mended(pick, model.kinds.get(name, "text"))  # the rules' lines, mended as the tagger's
        got = runner.typed(spec, pick.text)
        if got is None or (spec.type == "text" and any(same_text(got.value, v) for v in taken)):
            continue
        text = " ".join(t.text for t in pick.lines)
        segs = [(t, 0) for t in pick.lines]
        hits[name] = runner.hit(got, text, segs, "tagger", lines=pick.lines, confidence=pick.confidence)
        prefer = spec.tagger == "prefer" and old is not None and old.strategy not in KEYED
        if (
            old is None
            or (prefer and not hint_stays(runner, spec, old, pick))
            or overrules(model, runner, tpl, name, pick, probs)
        ):
            runner.found[name] = hits[name]
    for name, hit in list(runner.found.items()):  # the rules' names kept, mended as the tagger's (`MART S/D`)
        kind = model.kinds.get(name, "")
        if kind in ("text", "address") and (fixed := model.mend_text(hit.value, kind)) != hit.value:
            runner.found[name] = replace(hit, value=fixed, raw=fixed, printed=hit.printed or hit.raw)
    return hits


def overrules(
    model: LineTagger, runner: TemplateRunner, tpl: Template, name: str, pick: Pick, probs: dict[int, dict[str, float]]
) -> bool:
    """A field tagger (`unit: segment`) at least OVERRULE sure of its value replaces a rules' value found by position
    alone (WEAK) for a company's name (every gain at first score was one; never a person's), unless it would pick the
    rules' line too (at its card's floor: two sure names, a letterhead over its client), both name the same, the
    tagger's is a name the rules gave another text field, keyed or not (a law firm's client, the buyer, as its
    seller), or the template excludes the tagger's text for this field (a document's title as its seller:
    `委托加工费结算单`)."""
    old, spec = runner.found.get(name), tpl.fields[name]
    if old is None or not model.segments or old.strategy not in WEAK or pick.confidence < OVERRULE:
        return False
    if spec.type == "name":  # a person's: a bilingual resume heads with two (round 23's 宋萱 over Lucy Zhou)
        return False
    if old.line is not None and probs.get(id(old.line), {}).get(name, 0.0) >= float(model.card.get("floor", 0.5)):
        return False
    if same_text(old.value, pick.text):  # the same name (`Cooper Transport Inc.`): the rules' printed form stays
        return False
    named = [h.value for n, h in runner.found.items() if n != name and tpl.fields[n].type == "text"]
    if any(same_text(pick.text, v) for v in named):
        return False
    return not any(p.search(pick.text) for p in runner.aliases(spec.exclude))


def hint_stays(runner: TemplateRunner, spec: FieldSpec, old: Hit, pick: Pick) -> bool:
    """The rules' line carries one of the field's hints (`SDN BHD`, `S/B`), the tagger's does not and the tagger
    is unsure (under SURE): the rules' stays (SROIE-train, real OCR: tune company 0.81 -> 0.82, holdout shops
    0.76 -> 0.78)."""
    hints = runner.aliases(spec.hints)
    if not hints or pick.confidence >= SURE:
        return False
    return any(p.search(old.raw) for p in hints) and not any(p.search(pick.text) for p in hints)


def trimmed(lines: list[TLine], pick: Pick, probs: dict[int, dict[str, float]], name: str, kind: str) -> Pick:
    """The rules' lines less those at either end the tagger reads as something else (a branch or registration
    line above an address, a phone under it) or that no name or address runs into (a document title, an item
    line: `tagger.not_part`); the tagger's pick when what is left does not meet it."""
    keep = list(lines)

    def weak(t: TLine) -> bool:
        if not_part(t.text, kind):
            return True
        return probs.get(id(t), {}).get(name, 1.0) < TRIM and not address_like(t.text)

    if kind == "address":  # an address ends before a row with an amount (an item or payment row)
        money = {t.row for t in keep if not_part(t.text, kind)}
        cut = next((i for i, t in enumerate(keep) if i and t.row in money), len(keep))
        keep = keep[:cut]
    while keep and weak(keep[0]):
        keep.pop(0)
    while keep and weak(keep[-1]):
        keep.pop()
    if not keep or not set(map(id, keep)) & set(map(id, pick.lines)):
        return pick
    conf = sum(probs.get(id(t), {}).get(name, 0.0) for t in keep) / len(keep)
    return Pick(" ".join(t.text for t in keep), keep, conf)


def overrule_doubted(
    model: LineTagger | None,
    tpl: Template,
    view: View,
    runner: TemplateRunner,
    result: KieResult,
    picks: dict[str, Hit],
    settings: KieSettings,
) -> None:
    """A rules' value the checks left in doubt (confidence under DOUBT: a failed sum, a weak reading) gives way
    to the line tagger's when the tagger is sure of another one (SROIE-train tune shops, end to end: receipt total
    F1 0.91 -> 0.94, date 0.971 -> 0.979), unless the tagger's breaks a check the rules' value passes (a total
    the checks read again to satisfy cash - change). A model whose card says `"overrule": false` only fills (the
    resume and invoice field taggers: overruling cost them on held-out rounds, docs/tagger.md; they overrule only a
    value placed by position, `overrules`)."""
    if model is not None and not model.card.get("overrule", True):
        return
    for name, hit in picks.items():
        old = result.fields.get(name)
        if old is None or old.source == "tagger" or old.confidence >= DOUBT or hit.confidence < SURE:
            continue
        if old.value == hit.value or tpl.fields[name].tagger == "off":
            continue
        args = (result.items, view, settings, runner.adjustments)
        new = {**result.fields, name: to_field(hit, view)}
        if failing(build_checks(tpl, new, *args)) - failing(build_checks(tpl, result.fields, *args)):
            continue
        result.fields[name] = new[name]
        result.warnings.append(
            f"{name}: {old.value!r} (confidence {old.confidence:.2f}) overruled by the line tagger's {hit.value!r}"
        )
