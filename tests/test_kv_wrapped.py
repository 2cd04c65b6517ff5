"""A value that wraps onto the lines under it (a form's comments, 备注) is one value of its key."""

from __future__ import annotations

from pathlib import Path

import pytest

from docsense.core.config import KvSettings
from docsense.eval.kv import gold_links, match_links, norm
from docsense.kie.kv import KeyValueExtractor
from docsense.synth import fonts
from docsense.synth.kv_forms import degrade, make_sheet, render

needs_fonts = pytest.mark.skipif(fonts.missing_reason() is not None, reason=fonts.missing_reason() or "")


@needs_fonts
@pytest.mark.parametrize(("seed", "lang"), [(95000, "zh"), (95003, "en")])
def test_wrapped_value_beside_its_key_is_one_value(tmp_path: Path, pipeline, seed: int, lang: str) -> None:
    """Registration forms of seeds never trained on, rendered and read by the OCR: the decoder links each line of
    the long value to its key; before the lines were joined, the long value's pair was lost (and each of its lines
    was a wrong pair), 14 of 15 and 8 of 10 pairs found."""
    sheet = make_sheet(seed, "registration", lang)
    img, gt = degrade(render(sheet), sheet.gt("form.png"), "clean", seed)
    img.save(tmp_path / "form.png")
    doc = pipeline.parse_file(tmp_path / "form.png").document
    pairs, _ = KeyValueExtractor(KvSettings())(doc)
    gold, _ = gold_links(gt)
    pred = [(norm(p.key), norm(p.value)) for p in pairs]
    long_values = [(k, v) for k, v in gold if len(v) > 30]
    assert long_values and match_links(long_values, pred) == len(long_values), sorted(pred)
    for key, _ in long_values:  # its lines are no longer pairs of their own
        assert sum(pk == key for pk, _ in pred) == 1, sorted(pred)
