"""The wrapped-key joiner of the kv stage (twelfth pass) and the generator block that teaches it."""

from __future__ import annotations

from pathlib import Path

import pytest

from docsense.core.config import KvSettings
from docsense.kie.kv import KeyValueExtractor, _upright
from docsense.kie.kv_text import Seg, norm_text
from docsense.synth import fonts
from docsense.synth.kv_forms import FAMILIES, make_sheet, simulate_ocr

needs_fonts = pytest.mark.skipif(fonts.missing_reason() is not None, reason=fonts.missing_reason() or "")


def _seg(text: str, x: float, y: float, h: float = 24.0) -> Seg:
    return Seg(text, (x, y, x + 13.0 * len(text), y + h), 0, h, colon=text[-1:] in ":：")


def _joined(cues: tuple[str, ...], *segs: Seg) -> list[str]:
    ex = KeyValueExtractor(KvSettings(method="rules"))
    ex.join_keys = cues
    return sorted(s.text for s in ex._join_wrapped_keys(list(segs)))


def test_wrapped_keys_join_only_on_their_cue() -> None:
    """FUNSD's wrapped column headers (the OCR's boxes of the two lines overlap a little): a bracketed note under a
    key, a first line stopping mid-phrase. A stacked list of keys has neither cue and stays apart, and so does a
    key whose first line already ends with a colon (its value is the line under it)."""
    page = (
        _seg("SMOOTHNESS", 100, 100),
        _seg("(7=Smoother)", 96, 120),
        _seg("NO. OF", 400, 100),
        _seg("STORES", 398, 121),
        _seg("Date Notified", 700, 100),
        _seg("Date Ordered", 700, 122),
        _seg("Remarks:", 100, 400),
        _seg("(none)", 100, 421),
    )
    assert _joined((), *page) == sorted(s.text for s in page)
    assert "SMOOTHNESS (7=Smoother)" in _joined(("bracket",), *page)
    assert "NO. OF STORES" not in _joined(("bracket",), *page)
    both = _joined(("bracket", "open"), *page)
    assert "SMOOTHNESS (7=Smoother)" in both and "NO. OF STORES" in both
    assert "Date Notified" in both and "Date Ordered" in both and "Remarks:" in both
    far = (_seg("SMOOTHNESS", 100, 100), _seg("(7=Smoother)", 100, 140))  # a line apart: no longer one key
    assert _joined(("bracket",), *far) == sorted(s.text for s in far)


@needs_fonts
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_generated_wrapped_keys_are_joined_back_into_one_entity(lang: str) -> None:
    """`make_sheet(more=("wrapped_keys",))` prints keys over two lines, linked to their values; pages without the
    block are unchanged, and the joiner makes most of those keys one segment again on the simulated reading."""
    ex = KeyValueExtractor(KvSettings(method="rules"))
    ex.join_keys = ("bracket", "open")
    keys = joined = 0
    for seed in range(40):
        family = FAMILIES[seed % len(FAMILIES)]
        assert make_sheet(seed, family, lang, more=()).entities == make_sheet(seed, family, lang).entities
        sheet = make_sheet(seed, family, lang, more=("wrapped_keys",))
        linked = {k for k, _ in sheet.links}
        wrapped = [
            e for e in sheet.entities if e["id"] in linked and sum(p.entity == e["id"] for p in sheet.pieces) == 2
        ]
        up, _ = _upright(simulate_ocr(sheet, seed, noise=False).pages[0])
        texts = {norm_text(s.text) for s in ex.segments(up)}
        keys += len(wrapped)
        joined += sum(norm_text(e["text"]) in texts for e in wrapped)
    assert keys >= 40 and joined >= 0.8 * keys, (joined, keys)  # en 73 of 81, zh 65 of 65 (no joiner: 13, 0)


def test_trained_model_carries_its_key_joins(tmp_path: Path) -> None:
    """A model trained with key joins names them in its card and the stage runs them; unknown cues are refused."""
    pytest.importorskip("lightgbm")
    pytest.importorskip("onnxmltools")
    from docsense.core.errors import InputError
    from docsense.train.kv import train

    out = tmp_path / "kv"
    card = train([], out, synthetic=30, seed=1, more=("wrapped_keys",), key_joins=("bracket",), log=lambda m: None)
    assert card["key_joins"] == ["bracket"] and card["trained_on"]["more_blocks"] == ["wrapped_keys"]
    # `split` (a known key word cut across two lines, twenty-third pass) holds for every learned model.
    assert KeyValueExtractor(KvSettings(model=str(out))).join_keys == ("bracket", "split")
    assert KeyValueExtractor(KvSettings()).join_keys == ("split",)  # the shipped default (unless its card says more)
    with pytest.raises(InputError, match="key-join"):
        train([], tmp_path / "bad", synthetic=5, key_joins=("hunch",), log=lambda m: None)


@pytest.mark.model
def test_wrapped_column_header_joins_the_key_of_the_column_under_it(data_dir: Path, pipeline) -> None:
    """`_wrapped_column_headers` (seventeenth pass): a FUNSD store-count table whose column headers wrap (`NO. OF` /
    `STORES`, `IND/LOR` / `VOLUME`): the linker gives the lower line the column's values, the line above joins it,
    so the pairs read the whole header (FUNSD 149 with the shipped default 0.4183 -> 0.426, docs/kv.md)."""
    folder = data_dir / "forms_funsd_train"
    image = folder / "images" / "81619511_9513.png"
    if not image.is_file():
        pytest.skip("no FUNSD training forms")
    doc = pipeline.parse_file(image).document
    pairs, entities = KeyValueExtractor(KvSettings())(doc)
    keys = {norm_text(p.key) for p in pairs}
    # (`NO. OF` / `STORES` joins as well on the cached reading of docs/kv.md; today's reading links the two lines.)
    assert "ind/lor volume" in keys and "volume" not in keys, sorted(keys)
    assert any(norm_text(e.text) == "ind/lor volume" and e.label == "question" for e in entities)


def test_wrapped_column_header_leaves_whole_labels_and_numbered_boxes_apart() -> None:
    """A label complete in itself over a key (`Expiration Date` / `Category`, `填表日期` / `地址`, a registration
    grid's label cells) and a section title over a numbered box label (`申请信息` / `1. 截止日期`) stay apart; a
    value that does not stand under its key (a row's label) takes nothing from above."""
    from docsense.kie.kv import _wrapped_column_headers

    def joined(top: str, key: str, value_below: bool = True) -> list[str]:
        segs = [_seg(top, 100, 100), _seg(key, 100, 122), _seg("1234", 100 if value_below else 400, 160)]
        if not value_below:
            segs[2] = _seg("1234", 400, 122)
        links = _wrapped_column_headers(segs, [(1, 2, 0.9)], ["header", "question", "answer"])
        assert [(segs[i].text, segs[j].text) for i, j, _ in links] == [(segs[-2].text, "1234")]
        return [s.text for s in segs]

    assert joined("NO. OF", "STORES") == ["NO. OF STORES", "1234"]
    assert joined("Expiration Date", "Category") == ["Expiration Date", "Category", "1234"]
    assert joined("填表日期", "地址") == ["填表日期", "地址", "1234"]
    assert joined("申请信息", "1. 截止日期") == ["申请信息", "1. 截止日期", "1234"]
    assert joined("NO. OF", "STORES", value_below=False) == ["NO. OF", "STORES", "1234"]
