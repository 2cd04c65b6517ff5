"""The fusion lets a sure field tagger overrule a rules' value found by position alone (`fusion.overrules`): a company
name taken from a page's top lines (`header`) gives way to the tagger's other name at OVERRULE or above; a value read
next to a printed key, an unsure tagger, a text the template excludes for the field, or a line tagger (receipts)
changes nothing. Hand-made pages, the tagger's picks stubbed so its confidence is set by the test."""

from __future__ import annotations

from typing import Any

import pytest
from held_out import lines_page

from docsense.core.config import load_settings
from docsense.core.document import Document
from docsense.kie.runner import MODELS, KieStage
from docsense.kie.tagger import LineTagger, Pick
from docsense.kie.view import View

TITLE, PAYEE = "成都东方咨询有限公司", "天津会展服务有限公司"


class StubTagger(LineTagger):
    """A shipped field tagger's card, with picks given by the test: {field: (line text, confidence)}, and the
    probabilities of some lines: {line text: {field: probability}}."""

    def __init__(
        self,
        picks: dict[str, tuple[str, float]],
        segments: bool = True,
        template: str = "invoice_cn",
        lines: dict[str, dict[str, float]] | None = None,
    ) -> None:
        super().__init__(MODELS / f"tagger_{template}")
        self.given, self.segments, self.lines = picks, segments, lines or {}

    def read(self, view: View) -> tuple[dict[str, Pick], dict[int, dict[str, float]]]:
        out = {}
        for name, (text, conf) in self.given.items():
            line = next((t for t in view.lines if t.text == text), view.lines[-1])
            out[name] = Pick(text, [line], conf)
        return out, {id(t): self.lines[t.text] for t in view.lines if t.text in self.lines}


def _page(seller_key: str = "") -> Document:
    return lines_page(
        [
            (seller_key + TITLE, (400, 60, 900, 110)),
            ("会务费结算单", (520, 140, 760, 180)),
            ("日期：2024-05-18", (80, 240, 420, 270)),
            ("金额合计：¥3,600.00", (80, 300, 520, 330)),
            ("会议名称：2024 华东供应链论坛", (80, 360, 700, 390)),
            (PAYEE, (700, 1500, 1100, 1530)),
        ]
    )


def _fields(page: Document, tagger: LineTagger | None, template: str = "invoice_cn") -> dict[str, Any]:
    settings = load_settings(overrides=[] if tagger else ["kie.use_tagger=false"])
    stage = KieStage(settings.kie)
    if tagger is not None:
        stage._line_taggers[template] = tagger
    return stage(page, template).fields


def test_the_rules_take_the_title_company_by_position() -> None:
    assert _fields(_page(), None)["seller_name"].value == TITLE


def test_a_sure_field_tagger_overrules_a_name_found_by_position() -> None:
    got = _fields(_page(), StubTagger({"seller_name": (PAYEE, 0.95)}))["seller_name"]
    assert (got.value, got.source) == (PAYEE, "tagger")


@pytest.mark.parametrize(
    ("page", "picks", "segments"),
    [
        (_page(), {"seller_name": (PAYEE, 0.8)}, True),  # the tagger unsure
        (_page("收款单位："), {"seller_name": (PAYEE, 0.99)}, True),  # the rules' name read next to its key
        (_page(), {"seller_name": ("会务费结算单", 0.99)}, True),  # a text the template excludes as a seller
        (_page(), {"seller_name": (PAYEE, 0.99)}, False),  # a line tagger (receipts) does not overrule so
    ],
)
def test_the_rules_value_stays(page: Document, picks: dict[str, tuple[str, float]], segments: bool) -> None:
    rules = _fields(page, None)["seller_name"].value
    assert rules is not None and rules.endswith(TITLE)
    assert _fields(page, StubTagger(picks, segments))["seller_name"].value == rules


def test_the_tagger_does_not_overrule_with_a_name_the_rules_gave_another_field() -> None:
    # a law firm's letterhead (the seller, by position) over its client's address block (the buyer, no key): the
    # tagger sure the client is the seller takes nothing
    page = lines_page(
        [
            ("Clark & Wilson LLP", (80, 60, 500, 110)),
            ("200 Market Street, Denver, CO 80202", (80, 120, 600, 150)),
            ("INVOICE", (900, 60, 1150, 110)),
            ("Invoice No: LW-20931", (800, 160, 1150, 190)),
            ("Date: 2024-03-14", (800, 200, 1150, 230)),
            ("Keystone Industries Inc.", (80, 300, 500, 330)),
            ("88 Lake Road", (80, 340, 400, 370)),
            ("Boulder, CO 80301", (80, 380, 400, 410)),
            ("Total: $4,250.00", (800, 700, 1150, 730)),
        ]
    )
    rules = _fields(page, None, "invoice")
    assert (rules["seller_name"].value, rules["buyer_name"].value) == ("Clark & Wilson LLP", "Keystone Industries Inc.")
    tagger = StubTagger({"seller_name": ("Keystone Industries Inc.", 0.99)}, template="invoice")
    assert _fields(page, tagger, "invoice")["seller_name"].value == "Clark & Wilson LLP"
    other = StubTagger({"seller_name": ("Denver Legal Partners LLC", 0.99)}, template="invoice")
    assert _fields(page, other, "invoice")["seller_name"].source == "tagger"  # another text: the tagger's


def test_the_rules_name_stays_when_the_tagger_would_pick_its_line_too() -> None:
    # two names the tagger is sure of: the rules' title line (at the card's floor or above) and another one
    both = StubTagger({"seller_name": (PAYEE, 0.95)}, lines={TITLE: {"seller_name": 0.9}})
    assert _fields(_page(), both)["seller_name"].value == TITLE
    rejected = StubTagger({"seller_name": (PAYEE, 0.95)}, lines={TITLE: {"seller_name": 0.01}})
    assert _fields(_page(), rejected)["seller_name"].value == PAYEE
