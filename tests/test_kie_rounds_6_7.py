"""Round 6 of the held-out layouts (synth/resumes.py HELD_OUT_6, synth/invoices.py HELD_OUT_2): rendered pages of
families written after round 5 was fixed, read by `--template auto`, fields scored against the generator's ground
truth. Without OCR (every line read right) and through the real pipeline on two degraded scans. These families were
scored before the KIE changes that fixed them (docs/kie.md gives both figures); here they guard those fixes."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest

from docsense.core.config import Settings, load_settings
from docsense.eval.kie import score
from docsense.kie import KieStage
from docsense.synth import documents as synth
from docsense.synth import invoices, resumes

pytestmark = pytest.mark.skipif(not synth.cjk_available(), reason="no CJK font (fonts-wqy-microhei) installed")

ROUND6 = resumes.HELD_OUT_6 + invoices.HELD_OUT_2


@pytest.fixture(scope="module")
def kie() -> KieStage:
    s = Settings()
    return KieStage(s.kie, s.engine)


def _make(family: str, rng: random.Random) -> synth.Sample:
    return invoices.FAMILIES[family](rng) if family in invoices.FAMILIES else resumes.make_family(family, rng)


def _scores(kie: KieStage, family: str, n: int) -> tuple[dict[str, Any], list[str]]:
    gts, preds, kinds = [], [], []
    for i in range(n):
        sample = _make(family, random.Random(f"test-{family}-{i}"))
        name = f"{family}_{i}.png"
        result = kie(synth.sample_document(sample, name), "auto")
        kinds.append(result.template)
        gts.append(sample.gt(name))
        preds.append({"source": name, "fields": {k: v.value for k, v in result.fields.items()}})
    return score(gts, preds), kinds


def test_round6_is_held_out_everywhere() -> None:
    assert not set(resumes.HELD_OUT_6) & set(resumes.DEV)
    assert {f.split("_")[0] for f in ROUND6} == {"en", "zh"}
    from docsense.train.doctype import families

    assert not any(f.split("/")[1] in resumes.HELD_OUT_6 for f in families())


@pytest.mark.parametrize("family", ROUND6)
def test_round6_family_fields(kie: KieStage, family: str) -> None:
    res, kinds = _scores(kie, family, 12)
    # a Chinese sales slip (销售单) is no VAT invoice: its own template, not the VAT one nor key-value pairs
    want = "invoice_cn" if family == "zh_sales_order" else "invoice" if family in invoices.FAMILIES else "resume"
    assert kinds == [want] * 12
    assert res["overall"]["f1"] >= (0.98 if family.startswith("zh") else 0.95), res["wrong"][:10]
    # what the first score missed: a major printed before its degree, `所 在 地`, a tax number only in the footer,
    # `$` with the code (CAD, AUD) printed once, a 销售单 typed as a form
    for name in ("major", "city", "date", "seller_tax_id", "currency", "invoice_number", "total", "seller_name"):
        if name in res["fields"]:
            assert res["fields"][name]["f1"] >= 0.9, (name, res["wrong"][:10])


@pytest.mark.model
@pytest.mark.parametrize(("family", "variant"), [("zh_sales_order", "rot90"), ("en_icon_sidebar", "gray")])
def test_round6_scan_real_pipeline(pipeline, tmp_path: Path, family: str, variant: str) -> None:  # type: ignore[no-untyped-def]
    from docsense.app.extract import Extractor

    extractor = Extractor(load_settings(), pipeline)
    gts, preds = [], []
    for i in range(2):
        sample = _make(family, random.Random(f"scan-{family}-{i}"))
        path = tmp_path / f"{family}_{i}_{variant}.png"
        synth.scan_variant(sample.image, variant, random.Random(i)).save(path)
        result = extractor.extract_file(path, "auto")
        assert result.error is None and result.template in ("resume", "invoice_cn")
        gts.append(sample.gt(path.name))
        preds.append(result.model_dump(mode="json"))
    res = score(gts, preds)
    assert res["overall"]["f1"] >= (0.98 if family.startswith("zh") else 0.9), res["wrong"]
