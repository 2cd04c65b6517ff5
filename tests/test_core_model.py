"""Config layering and the document model's JSON round trip and schema."""

from __future__ import annotations

import json

import pytest

from docsense.core.config import Settings, load_settings
from docsense.core.document import Block, Cell, Document, Line, Page, Table, Word
from docsense.core.errors import ConfigError


def test_defaults_yaml_and_overrides_layer(tmp_path):
    cfg = tmp_path / "c.yaml"
    cfg.write_text("ocr:\n  det:\n    thresh: 0.25\n    limit_side_len: 2400\n", encoding="utf-8")
    s = load_settings(cfg, ["ocr.det.limit_side_len=3000", "ocr.det.use_dilation=true", "layout.enabled=false"])
    assert s.ocr.det.thresh == 0.25  # from YAML
    assert s.ocr.det.limit_side_len == 3000  # --set wins over YAML
    assert s.ocr.det.use_dilation is True and s.layout.enabled is False  # typed by YAML rules
    assert s.ocr.det.unclip_ratio == Settings().ocr.det.unclip_ratio  # untouched default


@pytest.mark.parametrize(
    "override", ["ocr.det.no_such_knob=1", "nosection.x=1", "ocr.det.score_mode=medium", "ocr.det.thresh=abc"]
)
def test_bad_overrides_name_the_key(override):
    with pytest.raises(ConfigError) as info:
        load_settings(overrides=[override])
    assert override.split("=")[0].split(".")[-1] in str(info.value) or "ocr.det" in str(info.value)


def test_paddleocr_detection_knobs_are_all_there():
    det = Settings().ocr.det
    for knob in (
        "limit_side_len",
        "limit_type",
        "thresh",
        "box_thresh",
        "unclip_ratio",
        "score_mode",
        "use_dilation",
        "max_candidates",
    ):
        assert hasattr(det, knob)
    assert det.limit_side_len > 960
    assert Settings().ocr.rec.batch_num >= 1


def _doc() -> Document:
    word = Word(text="张伟", bbox=(10, 10, 50, 30), score=0.98)
    line = Line(
        text="张伟", bbox=(10, 10, 50, 30), polygon=[(10, 10), (50, 10), (50, 30), (10, 30)], score=0.98, words=[word]
    )
    table = Table(
        html='<table><tr><td colspan="2">a</td></tr></table>',
        n_rows=1,
        n_cols=2,
        cells=[Cell(row=0, col=0, colspan=2, bbox=(0, 0, 10, 10), text="a")],
    )
    blocks = [
        Block(type="text", bbox=(10, 10, 50, 30), score=0.9, order=0, lines=[line]),
        Block(type="table", bbox=(0, 0, 10, 10), order=1, table=table),
    ]
    return Document(source="x.png", pages=[Page(index=0, width=100, height=80, rotation=90, blocks=blocks)])


def test_json_round_trip_keeps_everything_and_utf8():
    doc = _doc()
    data = json.loads(json.dumps(doc.export(), ensure_ascii=False))
    assert Document.from_dict(data) == doc
    assert data["pages"][0]["blocks"][0]["lines"][0]["text"] == "张伟"
    assert data["pages"][0]["blocks"][0]["table"] is None  # contract: key present, null
    assert doc.render() == "张伟"


def test_json_schema_describes_the_contract():
    schema = Document.model_json_schema()
    page = schema["$defs"]["Page"]["properties"]
    assert {"index", "width", "height", "rotation", "blocks"} <= set(page)
    line = schema["$defs"]["Line"]["properties"]
    assert {"text", "bbox", "polygon", "score", "vertical", "words"} <= set(line)
