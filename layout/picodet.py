"""PP-PicoDet (PaddleDetection) pre- and post-processing in numpy: resize + normalize, DFL box decoding, NMS.

The exported head gives, per FPN stride, sigmoid class scores (1, H*W, n_classes) and box distributions
(1, H*W, 4 * (reg_max + 1)); the box edge distances are the expectation of a softmax over reg_max + 1 bins,
in units of the stride, measured from the anchor point at the cell centre.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import cv2
import numpy as np

from docsense.core.errors import ConfigError

# PaddleDetection `Resize.interp` values are OpenCV interpolation codes.
_INTERP = {0: cv2.INTER_NEAREST, 1: cv2.INTER_LINEAR, 2: cv2.INTER_CUBIC, 3: cv2.INTER_AREA, 4: cv2.INTER_LANCZOS4}


@dataclass
class Preprocess:
    """The image steps of a PaddleDetection `infer_cfg.yml` (Resize, NormalizeImage, Permute, PadStride)."""

    target_size: tuple[int, int] = (800, 608)  # (h, w)
    keep_ratio: bool = False
    interp: int = 2
    mean: tuple[float, float, float] = (0.485, 0.456, 0.406)
    std: tuple[float, float, float] = (0.229, 0.224, 0.225)
    is_scale: bool = True
    pad_stride: int = 0
    to_rgb: bool = True  # PaddleDetection decodes images as RGB

    @classmethod
    def from_steps(cls, steps: list[dict[str, object]]) -> Preprocess:
        out = cls(pad_stride=0)
        for step in steps:
            kind = step.get("type")
            if kind == "Resize":
                size = step.get("target_size", [800, 608])
                if isinstance(size, int):
                    size = [size, size]
                out.target_size = (int(size[0]), int(size[1]))  # type: ignore[index]
                out.keep_ratio = bool(step.get("keep_ratio", False))
                out.interp = int(step.get("interp", 1))  # type: ignore[call-overload]
            elif kind == "NormalizeImage":
                out.mean = tuple(float(v) for v in step.get("mean", out.mean))  # type: ignore[attr-defined,assignment]
                out.std = tuple(float(v) for v in step.get("std", out.std))  # type: ignore[attr-defined,assignment]
                out.is_scale = bool(step.get("is_scale", True))
                if step.get("norm_type", "mean_std") == "none":
                    out.mean, out.std = (0.0, 0.0, 0.0), (1.0, 1.0, 1.0)
            elif kind == "PadStride":
                out.pad_stride = int(step.get("stride", 0))  # type: ignore[call-overload]
            elif kind == "Permute":
                pass  # always HWC -> CHW
            else:
                raise ConfigError(f"infer_cfg.yml: unsupported preprocess step {kind!r}")
        return out

    def __call__(self, image_bgr: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """BGR uint8 (H, W, 3) -> (1, 3, h, w) float32 tensor and scale_factor (1, 2) = [[sy, sx]]."""
        img = cv2.cvtColor(image_bgr, cv2.COLOR_BGR2RGB) if self.to_rgb else image_bgr
        h, w = img.shape[:2]
        th, tw = self.target_size
        if self.keep_ratio:
            scale = min(min(th, tw) / min(h, w), max(th, tw) / max(h, w))
            sy = sx = scale
        else:
            sy, sx = th / h, tw / w
        nh, nw = max(1, round(h * sy)), max(1, round(w * sx))
        img = cv2.resize(img, (nw, nh), interpolation=_INTERP.get(self.interp, cv2.INTER_LINEAR))
        x: np.ndarray = img.astype(np.float32) * np.float32(1 / 255.0 if self.is_scale else 1.0)
        x = np.subtract(x, np.asarray(self.mean, np.float32)) / np.asarray(self.std, np.float32)
        if self.pad_stride > 1:
            ph = -(-nh // self.pad_stride) * self.pad_stride
            pw = -(-nw // self.pad_stride) * self.pad_stride
            padded = np.zeros((ph, pw, 3), np.float32)
            padded[:nh, :nw] = x
            x = padded
        tensor = np.ascontiguousarray(x.transpose(2, 0, 1)[None])
        return tensor, np.array([[nh / h, nw / w]], dtype=np.float32)


@dataclass
class NmsParams:
    score_threshold: float = 0.3
    nms_threshold: float = 0.5
    nms_top_k: int = 1000  # candidates kept per stride before NMS
    keep_top_k: int = 100  # boxes kept per image after NMS
    class_thresholds: dict[int, float] = field(default_factory=dict)


def _softmax(x: np.ndarray) -> np.ndarray:
    e = np.exp(x - x.max(axis=-1, keepdims=True))
    return np.asarray(e / e.sum(axis=-1, keepdims=True))


def decode_picodet(
    outputs: list[np.ndarray], input_hw: tuple[int, int], strides: tuple[int, ...] = (8, 16, 32, 64), top_k: int = 1000
) -> tuple[np.ndarray, np.ndarray]:
    """Raw head outputs (scores per stride, then boxes per stride) -> boxes (N, 4) in input pixels, scores (N, C)."""
    n = len(outputs) // 2
    if n != len(strides):
        raise ConfigError(f"PicoDet head has {n} levels but {len(strides)} strides are configured")
    all_boxes, all_scores = [], []
    h_in, w_in = input_hw
    for stride, cls, reg in zip(strides, outputs[:n], outputs[n:], strict=True):
        cls, reg = cls[0], reg[0]
        fh, fw = -(-h_in // stride), -(-w_in // stride)
        if fh * fw != cls.shape[0]:
            raise ConfigError(f"PicoDet level of stride {stride}: {cls.shape[0]} cells, expected {fh}x{fw}")
        bins = reg.shape[-1] // 4
        keep = np.argsort(-cls.max(axis=1))[:top_k]
        cls, reg = cls[keep], reg[keep]
        ys, xs = np.divmod(keep, fw)
        cx, cy = (xs + 0.5) * stride, (ys + 0.5) * stride
        dist = (_softmax(reg.reshape(-1, 4, bins)) * np.arange(bins)).sum(-1) * stride  # (k, 4): l, t, r, b
        boxes = np.stack([cx - dist[:, 0], cy - dist[:, 1], cx + dist[:, 2], cy + dist[:, 3]], axis=1)
        all_boxes.append(boxes)
        all_scores.append(cls)
    return np.concatenate(all_boxes).astype(np.float32), np.concatenate(all_scores).astype(np.float32)


def iou_matrix(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Pairwise IoU of (N, 4) and (M, 4) boxes."""
    ix0 = np.maximum(a[:, None, 0], b[None, :, 0])
    iy0 = np.maximum(a[:, None, 1], b[None, :, 1])
    ix1 = np.minimum(a[:, None, 2], b[None, :, 2])
    iy1 = np.minimum(a[:, None, 3], b[None, :, 3])
    inter = np.clip(ix1 - ix0, 0, None) * np.clip(iy1 - iy0, 0, None)
    area_a = (a[:, 2] - a[:, 0]) * (a[:, 3] - a[:, 1])
    area_b = (b[:, 2] - b[:, 0]) * (b[:, 3] - b[:, 1])
    return np.asarray(inter / np.maximum(area_a[:, None] + area_b[None, :] - inter, 1e-6))


def nms(boxes: np.ndarray, scores: np.ndarray, iou: float) -> list[int]:
    """Greedy hard NMS; indices kept, best first."""
    order = list(np.argsort(-scores))
    kept: list[int] = []
    while order:
        i = order.pop(0)
        kept.append(int(i))
        if not order:
            break
        rest = np.array(order)
        overlaps = iou_matrix(boxes[i : i + 1], boxes[rest])[0]
        order = [int(j) for j, o in zip(rest, overlaps, strict=True) if o <= iou]
    return kept


def multiclass_nms(boxes: np.ndarray, scores: np.ndarray, params: NmsParams) -> list[tuple[int, float, np.ndarray]]:
    """Class-aware NMS over (N, 4) boxes and (N, C) scores -> [(class, score, box)], best first."""
    out: list[tuple[int, float, np.ndarray]] = []
    for c in range(scores.shape[1]):
        thr = params.class_thresholds.get(c, params.score_threshold)
        mask = scores[:, c] > thr
        if not mask.any():
            continue
        b, s = boxes[mask], scores[mask, c]
        out.extend((c, float(s[i]), b[i]) for i in nms(b, s, params.nms_threshold))
    out.sort(key=lambda t: -t[1])
    return out[: params.keep_top_k]
