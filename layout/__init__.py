"""The layout stage: PP-PicoDet (PaddleDetection) regions of a page; see `LayoutAnalyzer`."""

from .analyzer import LayoutAnalyzer
from .infer_cfg import CDLA_LABELS, DetectorSpec, load_export_dir, parse_infer_cfg

__all__ = ["CDLA_LABELS", "DetectorSpec", "LayoutAnalyzer", "load_export_dir", "parse_infer_cfg"]
