"""A bag of kv models (`docsense train kv --bag K`): K entity and K link models averaged at run time."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from docsense.core.config import KvSettings
from docsense.core.errors import InputError
from docsense.kie.kv import KeyValueExtractor
from docsense.kie.kv_link import KvModel, candidates, pair_features
from docsense.synth import fonts
from docsense.synth.kv_forms import make_sheet, simulate_ocr

pytest.importorskip("lightgbm", reason="training needs the train extra (lightgbm, onnxmltools)")
needs_fonts = pytest.mark.skipif(fonts.missing_reason() is not None, reason=fonts.missing_reason() or "")


def _inputs(model: KvModel, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """Entity and pair rows of one generated form never trained on, as `learned_link` builds them."""
    doc = simulate_ocr(make_sheet(seed, "application", "en"), seed)
    rules = KeyValueExtractor(KvSettings(method="rules"))
    page = doc.pages[0]
    segs = rules.segments(page)
    x, rule_links = rules.features(segs, page.width, page.height)
    cands = candidates(segs)
    return x, pair_features(segs, cands, x, model.label_probs(x), page.width, page.height, rule_links, False)


@needs_fonts
def test_bag_averages_its_members(tmp_path: Path) -> None:
    from docsense.train.kv import train

    # Member k of a bag is the single model of seed `seed + k * synthetic` (its own generated forms): the bag's
    # probabilities are the mean of those singles'.
    card = train([], tmp_path / "bag", synthetic=30, seed=1, bag=2, log=lambda m: None)
    assert card["members"] == [["entity.onnx", "link.onnx"], ["entity_1.onnx", "link_1.onnx"]]
    assert card["bag"] == {"members": 2, "seeds": [1, 31]}
    assert {"entity_1.onnx", "link_1.onnx"} <= set(card["files"])
    one = [train([], tmp_path / f"s{s}", synthetic=30, seed=s, log=lambda m: None) for s in (1, 31)]
    assert [c["seed"] for c in one] == card["bag"]["seeds"]

    bag = KvModel(str(tmp_path / "bag"))
    singles = [KvModel(str(tmp_path / f"s{s}")) for s in (1, 31)]
    assert len(bag.entities) == len(bag.links) == 2 and len(singles[0].entities) == 1
    x, xp = _inputs(bag, 90_001)
    lab = [m.label_probs(x) for m in singles]
    link = [m.link_probs(xp) for m in singles]
    assert not np.allclose(lab[0], lab[1]) and not np.allclose(link[0], link[1])  # two seeds, two models
    np.testing.assert_allclose(bag.label_probs(x), (lab[0] + lab[1]) / 2, atol=1e-6)
    np.testing.assert_allclose(bag.link_probs(xp), (link[0] + link[1]) / 2, atol=1e-6)
    assert bag.label_probs(x[:0]).shape == (0, 4) and bag.link_probs(xp[:0]).shape == (0,)

    # The extractor runs a bag like one model; retraining the folder as a single model drops the extra members.
    pairs, _ = KeyValueExtractor(KvSettings(model=str(tmp_path / "bag")))(simulate_ocr(make_sheet(7, "fax", "en"), 7))
    assert pairs
    card1 = train([], tmp_path / "bag", synthetic=30, seed=1, log=lambda m: None)
    assert "members" not in card1 and not (tmp_path / "bag" / "entity_1.onnx").exists()
    assert "members" not in json.loads((tmp_path / "bag" / "card.json").read_text())
    with pytest.raises(InputError, match="at least one member"):
        train([], tmp_path / "none", synthetic=30, seed=1, bag=0, log=lambda m: None)


@needs_fonts
def test_train_kv_bag_option_writes_a_bag(tmp_path: Path) -> None:
    """`docsense train kv --bag 2` trains a bag the extractor reads (the option reaches `train`)."""
    from typer.testing import CliRunner

    from docsense.app.cli.main import app

    out = tmp_path / "bag"
    res = CliRunner().invoke(app, ["train", "kv", "--out", str(out), "--synthetic", "30", "--seed", "1", "--bag", "2"])
    assert res.exit_code == 0, res.output
    card = json.loads((out / "card.json").read_text(encoding="utf-8"))
    assert card["bag"] == {"members": 2, "seeds": [1, 31]} and len(KvModel(str(out)).links) == 2
