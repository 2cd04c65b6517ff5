"""Cross-field passes over an invoice, after each field's own rules (`rules.TemplateRunner`) have run.

They read the page as a whole, where one field's rules cannot: the parties as a grid's columns or rows, side by
side with vertical labels, a purchase order's buyer, a `合计` row's amount and tax. `INVOICE_PASSES` runs in its
order right after the rules, and what they find wins over the keyed readings. Two run later in `KieStage.run`:
`one_tax_id_one_party` after the fills (one tax number is not both parties'), `sender_at_foot` after the line
tagger's fusion (a seller nothing else found).
"""

from __future__ import annotations

import re
from decimal import Decimal

from docsense.core.document import BBox

from . import normalize as nz
from . import values as vl
from .rules import BARE_CJK_LABEL, Got, TemplateRunner
from .schema import Template
from .view import TLine, View

# a sender's name signing off an invoice at its foot: two to five capitalised words, no figures
FOOT_NAME = re.compile(r"[A-Z][\w.&'-]*(?: [A-Z&][\w.&'-]*){1,4}")
EMAIL_AT = re.compile(r"[\w.+-]+@[\w-]+\.\w")
# the parties side by side, each a block of rows with a label left of it, often set vertically (`付款人` / `收款人`
# on a bank's receipt, `购买方` / `销售方` on an invoice): the label, and the name's key in the block's rows
PARTY_SIDE = {
    "seller": re.compile(r"^\s*(收\s*款\s*(人|方|单\s*位)|销\s*售\s*方|卖\s*方)\s*(信\s*息)?\s*$"),
    "buyer": re.compile(r"^\s*(付\s*款\s*(人|方|单\s*位)|购\s*买\s*方|买\s*方)\s*(信\s*息)?\s*$"),
}
SIDE_NAME_KEY = re.compile(r"^\s*(户\s*名|(单\s*位\s*)?名\s*称|账\s*户\s*名\s*称)\s*[:：]?\s*")
# the parties as the columns of a grid: a header row naming both (`项目 | 卖方 | 买方`), each party's name and tax
# number in the cells under its column
_SELLER_COL = r"卖\s*方|销\s*售\s*方|销\s*方|供\s*方|供\s*货\s*方|seller|supplier|vendor"
_BUYER_COL = r"买\s*方|购\s*买\s*方|购\s*方|需\s*方|采\s*购\s*方|buyer|customer|purchaser"
PARTY_COLS = {
    "seller": re.compile(rf"^\s*({_SELLER_COL})\s*(信\s*息)?\s*$", re.I),
    "buyer": re.compile(rf"^\s*({_BUYER_COL})\s*(信\s*息)?\s*$", re.I),
}
_TAX_ROW = r"纳\s*税\s*人\s*识\s*别\s*号|统\s*一\s*社\s*会\s*信\s*用\s*代\s*码|税\s*号|tax\s*id|vat\s*(no|number)"
PARTY_ROWS = {
    "name": re.compile(r"^\s*(单\s*位\s*|公\s*司\s*)?名\s*称\s*[:：]?\s*$|^\s*(company\s*)?name\s*:?\s*$", re.I),
    "tax_id": re.compile(rf"^\s*({_TAX_ROW})\s*[:：]?\s*$", re.I),
}
# a purchase order is issued by its buyer: the company printed as the letterhead is the buyer's, the supplier keyed;
# so is a request to pay a supplier (付款申请单, 请款单, 付款审批表, `Payment Request`), the payee keyed (收款单位)
PURCHASE_TITLE = re.compile(
    r"^\s*(采\s*购\s*(订\s*)?单|订\s*(购|货)\s*单|purchase\s*order|(付\s*款|用\s*款)\s*(申\s*请|审\s*批)\s*[单书表]"
    r"|请\s*款\s*[单书表]|payment\s*(request|requisition)(\s*form)?)\s*$",
    re.I,
)


def one_tax_id_one_party(runner: TemplateRunner) -> None:
    """One number is not both parties' tax number (a key searched near each party's name fell back to the only
    one printed): it stays the seller's, whose number an invoice must print (the buyer's only sometimes)."""
    s, b = runner.found.get("seller_tax_id"), runner.found.get("buyer_tax_id")
    if s is not None and b is not None and s.value == b.value:
        del runner.found["buyer_tax_id"]


def party_grid(tpl: Template, view: View, runner: TemplateRunner) -> None:
    """The parties as a grid's columns (`项目 | 卖方 | 买方` over `名称`, `纳税人识别号` rows): each value belongs
    to the column whose header it stands under; these win over the keyed readings (a tax number right of
    `纳税人识别号` is the first column's only)."""
    for row in view.rows:
        heads = {p: next((t for t in row if rx.match(t.text)), None) for p, rx in PARTY_COLS.items()}
        if heads["seller"] is None or heads["buyer"] is None:
            continue
        sx = (heads["seller"].box[0] + heads["seller"].box[2]) / 2
        bx = (heads["buyer"].box[0] + heads["buyer"].box[2]) / 2
        mid, h = (sx + bx) / 2, heads["seller"].h
        r0 = heads["seller"].row
        for r in view.rows[r0 + 1 : r0 + 8]:
            label = min(r, key=lambda t: t.box[0])
            kind = next((k for k, rx in PARTY_ROWS.items() if rx.match(label.text)), None)
            if kind is None:
                continue
            for t in r:
                if t is label or t.box[0] < min(sx, bx) - 8 * h:
                    continue
                cx = (t.box[0] + t.box[2]) / 2
                party = ("seller" if cx < mid else "buyer") if sx < bx else ("buyer" if cx < mid else "seller")
                name = f"{party}_{kind}"
                spec = tpl.fields.get(name)
                got = runner.typed(spec, t.text) if spec else None
                if got:
                    runner.found[name] = runner.hit(got, t.text, [(t, 0)], "grid")
        return


def party_rows(tpl: Template, view: View, runner: TemplateRunner) -> None:
    """The parties as a grid's ROWS (the transpose of `party_grid`): a header row naming the fields as columns
    (`名称 | 纳税人识别号 | 地址、电话`), under it a row a party whose first cell names it (`购买方`, `销售方`):
    each value belongs to the field whose column header it stands under; these win over the keyed readings
    (one `名称` header over two names gave both parties the same one)."""
    for row in view.rows:
        heads = [(k, t) for t in row for k, rx in PARTY_ROWS.items() if rx.match(t.text)]
        if {k for k, _ in heads} != set(PARTY_ROWS) or len(row) < 3:
            continue
        h = min(t.h for _, t in heads)
        cols = sorted(row, key=lambda t: t.box[0])
        for r in view.rows[row[0].row + 1 : row[0].row + 10]:
            if r[0].page != row[0].page:
                break
            label = min(r, key=lambda t: t.box[0])
            party = next((p for p, rx in PARTY_COLS.items() if rx.match(label.text)), None)
            if party is None or label.box[2] > min(t.box[0] for t in cols) + h:
                continue
            # the party's cells: what stands right of its label within the label's height (the label is set
            # in the middle of its row, which a wrapped address makes two or three lines tall)
            span = (label.box[1] - 0.3 * label.h, label.box[3] + 0.3 * label.h)
            cells: dict[str, list[TLine]] = {}
            for t in view.lines:
                if t.page != label.page or t.box[0] <= label.box[2] or not span[0] <= t.cy <= span[1]:
                    continue
                cx = (t.box[0] + t.box[2]) / 2
                head = min(cols, key=lambda c: abs((c.box[0] + c.box[2]) / 2 - cx))
                kind = next((k for k, c in heads if c is head), None)
                if kind:
                    cells.setdefault(kind, []).append(t)
            for kind, ts in cells.items():
                spec = tpl.fields.get(f"{party}_{kind}")
                if spec is None:
                    continue
                ts.sort(key=lambda t: t.box[1])
                # a name wrapped in its narrow cell is one name (`西安卓越电子有限公` over `司`)
                joined = ("" if re.search(r"[\u4e00-\u9fff]", ts[0].text) else " ").join(t.text for t in ts)
                for text, segs in ([(joined, ts)] if kind == "name" else []) + [(t.text, [t]) for t in ts]:
                    got = runner.typed(spec, text)
                    if got:
                        runner.found[f"{party}_{kind}"] = runner.hit(got, text, [(t, 0) for t in segs], "grid")
                        break
        return


def side_labels(view: View) -> list[tuple[str, TLine, BBox]]:
    """Each party's label left of its block (`PARTY_SIDE`): one line, or a stack of one character a line (`付`
    over `款` over `人`, set vertically in a narrow cell) -> (party, first line, box)."""
    out = []
    for t in view.lines:
        party = next((p for p, rx in PARTY_SIDE.items() if rx.match(t.text)), None)
        if party:
            out.append((party, t, t.box))
    singles = [t for t in view.lines if re.fullmatch(r"\s*[\u4e00-\u9fff]\s*", t.text)]
    for t in singles:
        stack = [t]
        while len(stack) < 6:
            last = stack[-1]
            nxt = next(
                (
                    u
                    for u in singles
                    if u.page == last.page
                    and 0 <= u.box[1] - last.box[3] < 0.8 * last.h
                    and abs(u.box[0] - last.box[0]) < 0.5 * last.h
                ),
                None,
            )
            if nxt is None:
                break
            stack.append(nxt)
        text = "".join(u.text.strip() for u in stack)
        party = next((p for p, rx in PARTY_SIDE.items() if rx.match(text)), None) if len(stack) > 1 else None
        if party:
            box = (min(u.box[0] for u in stack), t.box[1], max(u.box[2] for u in stack), stack[-1].box[3])
            out.append((party, t, box))
    return out


def party_sides(tpl: Template, view: View, runner: TemplateRunner) -> None:
    """The parties side by side, each a block of rows with its label left of it (set vertically on a bank's
    receipt: `付款人` | `户名` … beside `收款人` | `户名` …): the name is the value of the name's key (`户名`,
    `名称`) nearest right of the party's label within the label's height; these win over the keyed readings (the
    header had taken the payer's name, the first company on the page, for the payee)."""
    for party, label, lbox in side_labels(view):
        spec = tpl.fields.get(f"{party}_name")
        if spec is None:
            continue
        # (one character's size: the label's width where it is set vertically, else its height)
        ch = min(lbox[3] - lbox[1], lbox[2] - lbox[0])
        span = (lbox[1] - 0.5 * ch, lbox[3] + 0.5 * ch)
        beside = [
            t for t in view.lines if t.page == label.page and t.box[0] >= lbox[2] - 2 and SIDE_NAME_KEY.match(t.text)
        ]
        keys = [t for t in beside if span[0] <= t.cy <= span[1]]
        if keys:
            key = min(keys, key=lambda t: (round((t.box[0] - lbox[2]) / max(1.0, t.h)), t.box[1]))
        else:
            # a label centred on a block of rows (a cell spanning them): the block's name row is its first, a
            # few rows above the label; the nearest one within four characters' height, set close right of it,
            # heading a column of keys that goes on below the label (`名称` over `地址`, `开户银行`, `账号`; not
            # a grid's column header `名称` over the names)
            cy = (lbox[1] + lbox[3]) / 2
            below = [
                u
                for u in view.lines
                if u.page == label.page and cy < u.cy <= cy + 4 * ch and BARE_CJK_LABEL.fullmatch(u.text)
            ]
            keys = [
                t
                for t in beside
                if abs(t.cy - cy) <= 4 * ch
                and t.box[0] - lbox[2] < 6 * ch
                and any(abs(u.box[0] - t.box[0]) < ch for u in below)
            ]
            if not keys:
                continue
            key = min(keys, key=lambda t: abs(t.cy - cy))
        rest = SIDE_NAME_KEY.sub("", key.text, count=1).strip()
        if rest:
            value, at = rest, key
        else:
            right = [
                t
                for t in view.lines
                if t.page == key.page
                and t.box[0] >= key.box[2] - 2
                and abs(t.cy - key.cy) < 0.6 * key.h
                and not SIDE_NAME_KEY.match(t.text)
            ]
            if not right:
                continue
            at = min(right, key=lambda t: t.box[0])
            value = at.text
        got = runner.typed(spec, value)
        if got:
            runner.found[f"{party}_name"] = runner.hit(got, value, [(at, 0)], "grid")


def purchase_order_buyer(tpl: Template, view: View, runner: TemplateRunner) -> None:
    """A purchase order (采购订单, `Purchase Order`) or a request to pay (付款申请单) is issued by its buyer: with
    the supplier read from its key and no buyer's key, the company printed over the title is the buyer."""
    seller, spec = runner.found.get("seller_name"), tpl.fields.get("buyer_name")
    if spec is None or "buyer_name" in runner.found or seller is None or seller.key is None:
        return
    top = view.lines[:6]
    title = next((t for t in top if PURCHASE_TITLE.match(t.text)), None)
    if title is None:
        return
    over = [t for t in top if t.row < title.row and t.page == title.page and not runner.is_key_line(t)]
    sspec = tpl.fields["seller_name"]
    hints = runner.aliases(sspec.hints)
    for t in over:
        if any(p.search(t.text) for p in hints) and t.text.strip() != seller.value:
            got = runner.typed(spec, t.text)
            if got:
                runner.found["buyer_name"] = runner.hit(got, t.text, [(t, 0)], "header")
                return


def sender_at_foot(tpl: Template, view: View, runner: TemplateRunner) -> None:
    """No seller found at the top: a freelancer's invoice may sign off at its foot with the sender's name over
    an e-mail address (`Laura Smith` over `laura@smithstudio.com` and a phone): that name, the lowest such."""
    spec = tpl.fields.get("seller_name")
    if spec is None or "seller_name" in runner.found:
        return
    taken = {id(t) for h in runner.found.values() for t in [*h.lines, h.line] if t is not None}
    excl = runner.aliases(spec.exclude)
    for t in reversed(view.lines):
        if (
            id(t) in taken
            or view.rel_y(t) < 0.3
            or not FOOT_NAME.fullmatch(t.text.strip())
            or runner.is_key_line(t)
            or any(p.search(t.text) for p in excl)
        ):
            continue
        mail = [u for u in view.below(t, 0.8) if EMAIL_AT.search(u.text) and abs(u.box[0] - t.box[0]) < t.h]
        if mail and mail[0].row == t.row + 1 and (got := runner.typed(spec, t.text)) is not None:
            runner.found["seller_name"] = runner.hit(got, t.text, [(t, 0)], "header")
            return


def sum_row_parts(tpl: Template, view: View, runner: TemplateRunner) -> None:
    """A `合计` row with two figures that add up to the total found (`合计 ¥23621.99 ¥3070.86` under `金额` and
    `税额`, 价税合计 elsewhere): the amount before tax and the tax, unless those already add up."""
    if not {"subtotal", "tax", "total"} <= set(tpl.fields) or "total" not in runner.found:
        return
    try:
        total = Decimal(runner.found["total"].value)
        sub, tax = runner.found.get("subtotal"), runner.found.get("tax")
        if sub and tax and Decimal(sub.value) + Decimal(tax.value) == total:
            return
    except ArithmeticError:
        return
    for row in view.rows:
        text = nz.clean("  ".join(t.text for t in row))
        if not re.match(r"^\s*合\s*计(?!\s*[（(]?\s*大\s*写)", text) or re.search(r"价\s*税|大\s*写", text):
            continue
        cands = vl.money_candidates(text)
        if len(cands) != 2:
            continue
        a, b = cands[0].value, cands[1].value
        if a + b != total or b >= a:
            continue
        for name, c in (("subtotal", cands[0]), ("tax", cands[1])):
            figures, at = c.figures(text)
            runner.found[name] = runner.hit(Got(figures, c.money, at), text, [(t, 0) for t in row], "right")
        return


# in this order, right after the rules (a later pass reads what an earlier one found)
INVOICE_PASSES = (party_grid, party_rows, party_sides, purchase_order_buyer, sum_row_parts)
