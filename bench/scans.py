"""Scan robustness: the same pages clean and as degraded scans, end to end, docsense next to raw rapidocr.

`python -m bench.scans [--kie DIR] [--tables DIR] [--layout DIR] [--receipts DIR] [--per-set N] [--variants a,b]
[--huge] [--out FILE]` prints (or writes) JSON. Each clean page of a generated set with ground truth (KIE
resumes/invoices: gt.jsonl with fields; table invoice pages: gt.jsonl with the item table's HTML; layout browser
pages: COCO gt.json) and each SROIE receipt (fields + line boxes) is degraded as:

- `rot90` / `rot180` / `rot270`: the content turned clockwise; `skew+` / `skew-`: turned 2-6 degrees (seeded);
- `gray` (L); `rgba_clear`: black ink in the alpha channel over a transparent *black* background (what many
  exporters write); `rgba_opaque`: RGBA with alpha 255 everywhere;
- `lowres`: downscaled to 2/3 (a 150 dpi page read as 100 dpi); `jpeg40`: JPEG quality 40;
- `light`: photo-like uneven lighting (a dim corner, a warm tint, sensor noise), saved as JPEG quality 85;
- `fax`: fax "normal" resolution, 204 x 98 dpi (half the rows), bilevel, a Group 4 TIFF;
- not in the default run (`--variants shade,...`): `shade` (a light gradient), `shadow` (a dark band), `yellow`
  (aged paper), `vignette` (dark corners), `persp` (a phone photo's keystone on a grey desk), `photo` (all at
  once), each JPEG 85;
- `--huge`: one KIE page upscaled to 8000 px wide (PNG), parsed in a child process to record its peak RSS.

Every degraded page is written as a file and read from its bytes by both tools, as a user would pass it. Scores
(each a mean over the pages a metric applies to; ground-truth boxes are carried into the degraded frame by the
same transform, so a box returned in the wrong frame scores as a miss):
- `kie_f1`: field F1 of `extract` (template auto), `eval kie` normalized match (KIE pages and receipts; ours only);
- `value_recall`: the share of true field values found in the page's text, letters and digits only (both tools);
- `ocr_line_acc` / `ocr_bow_f1`: `eval ocr` line accuracy (position-aware) and bag-of-words F1 (receipts);
- `teds`: TEDS of the predicted table closest to the drawn item table (table pages; ours only);
- `layout_map50`: COCO mAP@0.5 of the blocks (layout pages; ours only).
The peer is `RapidOCR()` of rapidocr 3.10 called on the same file (needs `.venv-bench`, or its extra modules on
PYTHONPATH); without it the peer columns are null. OCR of the peer is cached by image hash under --cache.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import math
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
VARIANTS = (
    "clean",
    "rot90",
    "rot180",
    "rot270",
    "skew+",
    "skew-",
    "gray",
    "rgba_clear",
    "rgba_opaque",
    "lowres",
    "jpeg40",
    "light",
    "fax",
)
# Photo-like pages (session 13, issue #17-#19): a held-out set of lighting faults, not in the default run.
PHOTO_VARIANTS = ("shade", "shadow", "yellow", "vignette", "persp", "photo")
Matrix = np.ndarray  # 3x3: clean pixels -> degraded pixels


def _png(img: Image.Image) -> bytes:
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return buf.getvalue()


def _jpeg(img: Image.Image, quality: int) -> bytes:
    buf = io.BytesIO()
    img.convert("RGB").save(buf, format="JPEG", quality=quality)
    return buf.getvalue()


def _turned(img: Image.Image, degrees_ccw: float) -> tuple[Image.Image, Matrix]:
    """`img` turned about its centre on an expanded white canvas, and the point map clean -> turned."""
    w, h = img.size
    out = img.convert("RGB").rotate(degrees_ccw, expand=True, fillcolor="white", resample=Image.Resampling.BICUBIC)
    a = math.radians(degrees_ccw)
    c, s = math.cos(a), math.sin(a)
    nw, nh = out.size
    # y points down: a counter-clockwise turn on screen maps (dx, dy) -> (dx c + dy s, -dx s + dy c).
    rot = np.array([[c, s, 0], [-s, c, 0], [0, 0, 1]])
    to_c = np.array([[1, 0, -w / 2], [0, 1, -h / 2], [0, 0, 1]])
    back = np.array([[1, 0, nw / 2], [0, 1, nh / 2], [0, 0, 1]])
    return out, back @ rot @ to_c


def degrade(img: Image.Image, kind: str, seed: str) -> tuple[bytes, Matrix]:
    """(file bytes of `img` scanned as `kind`, point map clean -> degraded)."""
    rng = random.Random(f"{seed}-{kind}")
    w, h = img.size
    rgb = img.convert("RGB")
    if kind == "clean":
        return _png(rgb), np.eye(3)
    if kind in ("rot90", "rot180", "rot270"):
        turn = {"rot90": Image.Transpose.ROTATE_270, "rot180": Image.Transpose.ROTATE_180}
        out = rgb.transpose(turn.get(kind, Image.Transpose.ROTATE_90))  # PIL's names are counter-clockwise
        turns = {
            "rot90": [[0, -1, h], [1, 0, 0], [0, 0, 1]],
            "rot180": [[-1, 0, w], [0, -1, h], [0, 0, 1]],
            "rot270": [[0, 1, 0], [-1, 0, w], [0, 0, 1]],
        }
        return _png(out), np.array(turns[kind], dtype=np.float64)
    if kind.startswith("skew"):
        angle = (1 if kind == "skew+" else -1) * rng.uniform(2.0, 6.0)
        turned, m = _turned(rgb, angle)
        return _png(turned), m
    if kind == "gray":
        return _png(rgb.convert("L")), np.eye(3)
    if kind == "rgba_clear":
        gray = np.asarray(rgb.convert("L"), dtype=np.uint8)
        rgba = np.zeros((*gray.shape, 4), dtype=np.uint8)
        rgba[..., 3] = 255 - gray  # ink opaque, paper fully transparent; colour 0 under the paper
        return _png(Image.fromarray(rgba, "RGBA")), np.eye(3)
    if kind == "rgba_opaque":
        return _png(rgb.convert("RGBA")), np.eye(3)
    if kind == "lowres":
        f = 2 / 3
        out = rgb.resize((round(w * f), round(h * f)), Image.Resampling.BILINEAR)
        return _png(out), np.diag([out.size[0] / w, out.size[1] / h, 1.0])
    if kind == "jpeg40":
        return _jpeg(rgb, 40), np.eye(3)
    if kind == "light":
        arr = np.asarray(rgb, dtype=np.float32)
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        cx, cy = rng.uniform(0.2, 0.8) * w, rng.uniform(0.2, 0.8) * h
        r = np.hypot((xx - cx) / w, (yy - cy) / h)
        gain = 1.0 - 0.5 * np.clip(r / 0.9, 0, 1) ** 1.5  # bright near the lamp, down to half in a corner
        tint = np.array([0.86, 0.95, 1.0], np.float32)  # BGR-free: RGB warm paper under tungsten light
        noisy = arr * gain[..., None] * tint + np.random.default_rng(rng.randrange(1 << 30)).normal(0, 6, arr.shape)
        return _jpeg(Image.fromarray(noisy.clip(0, 255).astype(np.uint8)), 85), np.eye(3)
    if kind in PHOTO_VARIANTS:
        return _photo(rgb, kind, rng)
    if kind == "fax":
        # Fax "normal" resolution: half as many rows as columns per inch (204 x 98 dpi), bilevel, Group 4.
        half = rgb.convert("L").resize((w, round(h / 2)), Image.Resampling.LANCZOS)
        buf = io.BytesIO()
        half.point(lambda v: 255 if v > 150 else 0).convert("1").save(
            buf, format="TIFF", compression="group4", dpi=(204, 98)
        )
        return buf.getvalue(), np.diag([1.0, half.size[1] / h, 1.0])
    raise ValueError(f"unknown variant {kind!r}")


def _photo(rgb: Image.Image, kind: str, rng: random.Random) -> tuple[bytes, Matrix]:
    """A page lit or photographed unevenly, saved as JPEG 85: `shade` a linear gradient across the page (one side
    at 45-65%), `shadow` a soft dark band (a hand or a phone over the page), `yellow` aged paper (yellow tint,
    blotchy low-frequency stain), `vignette` a camera's dark corners, `persp` a phone photo: keystone of a few
    degrees on a grey desk, `photo` vignette + gradient + perspective + noise at once."""
    w, h = rgb.size
    arr = np.asarray(rgb, dtype=np.float32)
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    gain = np.ones((h, w), np.float32)
    tint = np.ones(3, np.float32)
    m = np.eye(3)
    if kind in ("shade", "photo"):
        a = rng.uniform(0, 2 * math.pi)
        t = ((xx / w - 0.5) * math.cos(a) + (yy / h - 0.5) * math.sin(a)) / 0.71 + 0.5  # 0..1 across the page
        gain *= 1.0 - rng.uniform(0.35, 0.55) * np.clip(t, 0, 1)
    if kind == "shadow":
        # a soft band of 15-30% of the page at 45-60% light, at some angle
        a = rng.uniform(0, math.pi)
        d = (xx / w - rng.uniform(0.3, 0.7)) * math.cos(a) + (yy / h - rng.uniform(0.3, 0.7)) * math.sin(a)
        half = rng.uniform(0.075, 0.15)
        edge = 1 / (1 + np.exp((np.abs(d) - half) / 0.015))
        gain *= 1.0 - rng.uniform(0.4, 0.55) * edge
    if kind == "yellow":
        tint = np.array([1.0, 0.93, 0.74], np.float32)
        small = nrng.normal(0, 1, (6, 5)).astype(np.float32)
        blot = np.asarray(Image.fromarray(small).resize((w, h), Image.Resampling.BICUBIC), dtype=np.float32)
        gain *= 0.9 + 0.06 * np.clip(blot, -2, 2)
    if kind in ("vignette", "photo"):
        r = np.hypot((xx - w / 2) / (w / 2), (yy - h / 2) / (h / 2)) / math.sqrt(2)
        gain *= 1.0 - rng.uniform(0.4, 0.55) * r**2
    out = arr * gain[..., None] * tint + nrng.normal(0, 4 if kind == "yellow" else 6, arr.shape)
    img = Image.fromarray(out.clip(0, 255).astype(np.uint8))
    if kind in ("persp", "photo"):
        # keystone: the top edge narrower than the bottom (or a side shorter), 2-5% of the width a side
        k = rng.uniform(0.02, 0.05) * w
        margin = 0.06 * w
        src = np.array([[0, 0], [w, 0], [w, h], [0, h]], np.float32)
        if rng.random() < 0.5:
            dst = np.array([[k, 0], [w - k, 0], [w, h], [0, h]], np.float32)
        else:
            dst = np.array([[0, k], [w, 0], [w, h], [0, h - k]], np.float32)
        dst += margin
        import cv2

        m = cv2.getPerspectiveTransform(src, dst).astype(np.float64)
        size = (int(w + 2 * margin), int(h + 2 * margin))
        desk = (118, 112, 104)
        warped = cv2.warpPerspective(np.asarray(img), m, size, flags=cv2.INTER_CUBIC, borderValue=desk)
        img = Image.fromarray(warped)
    return _jpeg(img, 85), m


def map_box(box: tuple[float, float, float, float] | list[float], m: Matrix) -> tuple[float, float, float, float]:
    x0, y0, x1, y1 = box
    pts = np.array([[x0, y0, 1], [x1, y0, 1], [x1, y1, 1], [x0, y1, 1]], dtype=np.float64) @ m.T
    pts = pts / pts[:, 2:3]  # a perspective map has a third row
    return (float(pts[:, 0].min()), float(pts[:, 1].min()), float(pts[:, 0].max()), float(pts[:, 1].max()))


def alnum(text: str) -> str:
    return re.sub(r"[\W_]+", "", text).casefold()


def value_recall(values: list[str], lines: list[tuple[str, Any]]) -> float | None:
    text = alnum("".join(t for t, _ in lines))
    vals = [alnum(v) for v in values if alnum(v)]
    return sum(v in text for v in vals) / len(vals) if vals else None


# --- the pages -------------------------------------------------------------------------------------------------
def kie_pages(folder: Path, n: int) -> list[dict[str, Any]]:
    """The first clean page of each family (then the second ...), n in all."""
    rows = [json.loads(x) for x in (folder / "gt.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
    rows = [r for r in rows if r["filename"].endswith("_clean.png")]
    by_family: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        by_family.setdefault(r.get("family") or r["filename"].rsplit("_", 2)[0], []).append(r)
    # Languages alternate (an English family, a Chinese one, ...), so a few pages cover both.
    langs: dict[str, list[list[dict[str, Any]]]] = {}
    for fam in by_family.values():
        langs.setdefault(str(fam[0].get("lang")), []).append(fam)
    families = [f for group in zip(*langs.values(), strict=False) for f in group]
    families += [f for f in by_family.values() if f not in families]
    picked: list[dict[str, Any]] = []
    for i in range(max(len(v) for v in families)):
        picked += [v[i] for v in families if i < len(v)]
    out = []
    for r in picked[:n]:
        values = [str(v) for v in r["fields"].values() if v]
        gt = dict(r, filename=r["filename"])
        out.append(
            {"set": "kie", "name": r["filename"], "path": folder / r["filename"], "kie_gt": gt, "values": values}
        )
    return out


def receipt_pages(folder: Path, n: int) -> list[dict[str, Any]]:
    from docsense.eval.ocr import read_gt

    boxes = read_gt(folder / "boxes")
    out = []
    for line in (folder / "gt.jsonl").read_text(encoding="utf-8").splitlines()[:n]:
        r = json.loads(line)
        stem = Path(r["filename"]).stem
        values = [str(r[k]) for k in ("company", "date", "address", "total") if r.get(k)]
        out.append(
            {
                "set": "receipts",
                "name": r["filename"],
                "path": folder / r["filename"],
                "kie_gt": r,
                "values": values,
                "ocr_gt": boxes.get(stem, []),
            }
        )
    return out


def table_pages(folder: Path, n: int) -> list[dict[str, Any]]:
    rows = [json.loads(x) for x in (folder / "gt.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
    rows = [r for r in rows if r.get("variant", "clean") == "clean"]
    en = [r for r in rows if r.get("lang") != "zh"]
    zh = [r for r in rows if r.get("lang") == "zh"]
    picked = [r for pair in zip(en, zh + [None] * len(en), strict=False) for r in pair if r][:n]
    return [{"set": "tables", "name": r["filename"], "path": folder / r["filename"], "html": r["html"]} for r in picked]


def layout_pages(folder: Path, n: int) -> list[dict[str, Any]]:
    gt = json.loads((folder / "gt.json").read_text(encoding="utf-8"))
    by_family: dict[str, list[dict[str, Any]]] = {}
    for im in gt["images"]:
        by_family.setdefault(im["file_name"].rsplit("_", 2)[0], []).append(im)
    picked: list[dict[str, Any]] = []
    for i in range(max(len(v) for v in by_family.values())):
        picked += [v[i] for v in by_family.values() if i < len(v)]
    out = []
    for im in picked[:n]:
        anns = [a for a in gt["annotations"] if a["image_id"] == im["id"]]
        out.append(
            {
                "set": "layout",
                "name": im["file_name"],
                "path": folder / "images" / im["file_name"],
                "coco": {"image": im, "annotations": anns, "categories": gt["categories"]},
            }
        )
    return out


# --- the tools -------------------------------------------------------------------------------------------------
class Ours:
    def __init__(self) -> None:
        from docsense.app.pipeline import Pipeline
        from docsense.core.config import Settings
        from docsense.kie import KieStage

        self.settings = Settings()
        self.pipeline = Pipeline(self.settings)
        self.kie = KieStage(self.settings.kie, self.settings.engine)

    def __call__(self, data: bytes, name: str, want_kie: bool) -> dict[str, Any]:
        t0 = time.perf_counter()
        doc = self.pipeline.parse_bytes(data, name).document
        out: dict[str, Any] = {"seconds": time.perf_counter() - t0, "doc": doc}
        page = doc.pages[0]
        out["lines"] = [(ln.text, ln.bbox) for b in sorted(page.blocks, key=lambda b: b.order) for ln in b.lines]
        out["rotation"], out["skew"] = page.rotation, page.skew
        if want_kie:
            res = self.kie(doc, "auto")
            out["fields"] = {k: v.value for k, v in res.fields.items()}
        return out


class Peer:
    def __init__(self, cache: Path) -> None:
        from rapidocr import RapidOCR

        self.engine = RapidOCR()
        self.cache = cache
        cache.mkdir(parents=True, exist_ok=True)

    def __call__(self, data: bytes) -> dict[str, Any]:
        c = self.cache / f"{hashlib.sha256(data).hexdigest()}.json"
        if c.exists():
            return dict(json.loads(c.read_text()))
        t0 = time.perf_counter()
        res: Any = self.engine(data)
        lines = []
        if res.boxes is not None and res.txts is not None:
            for b, t in zip(res.boxes, res.txts, strict=True):
                a = np.asarray(b, dtype=np.float64).reshape(-1, 2)
                lines.append((str(t), (a[:, 0].min(), a[:, 1].min(), a[:, 0].max(), a[:, 1].max())))
        out = {"seconds": time.perf_counter() - t0, "lines": [(t, [float(v) for v in b]) for t, b in lines]}
        c.write_text(json.dumps(out))
        return out


# --- scoring ---------------------------------------------------------------------------------------------------
def score_ours(page: dict[str, Any], res: dict[str, Any], m: Matrix) -> dict[str, float | None]:
    from docsense.eval.kie import score as kie_score

    s: dict[str, float | None] = {"value_recall": value_recall(page.get("values", []), res["lines"])}
    if "kie_gt" in page:
        gt = dict(page["kie_gt"], filename="p")
        s["kie_f1"] = kie_score([gt], [{"source": "p", "fields": res.get("fields", {})}])["overall"]["f1"]
    s.update(_ocr_scores(page, res["lines"], m))
    blocks = res["doc"].pages[0].blocks if res["doc"] is not None else []
    if "html" in page:
        from docsense.eval.tables import teds

        found = [str(b.table.html).replace("<b>", "").replace("</b>", "") for b in blocks if b.table]
        s["teds"] = max((teds(h, page["html"]) for h in found), default=0.0)
    if "coco" in page:
        from docsense.eval.layout import blocks_to_detections, coco_map

        coco = page["coco"]
        anns = []
        for a in coco["annotations"]:
            x, y, w, h = a["bbox"]
            x0, y0, x1, y1 = map_box((x, y, x + w, y + h), m)
            anns.append(dict(a, bbox=[x0, y0, x1 - x0, y1 - y0], area=(x1 - x0) * (y1 - y0), segmentation=[]))
        image = dict(coco["image"])
        gt = {"images": [image], "annotations": anns, "categories": coco["categories"]}
        cats = {c["name"]: c["id"] for c in coco["categories"]}
        s["layout_map50"] = coco_map(gt, blocks_to_detections(blocks, image["id"], cats))["mAP50"]
    return s


def _ocr_scores(page: dict[str, Any], lines: list[tuple[str, Any]], m: Matrix) -> dict[str, float | None]:
    if "ocr_gt" not in page:
        return {}
    from docsense.eval.ocr import score_page

    # Predicted centres go back to the clean frame (the centre of a turned box's bounds is its own centre), so a
    # skewed page is judged on the same boxes as the clean one; a box in the wrong frame lands elsewhere.
    inv = np.linalg.inv(m)
    pred = []
    for t, b in lines:
        cx, cy, cw = inv @ np.array([(b[0] + b[2]) / 2, (b[1] + b[3]) / 2, 1.0])
        cx, cy = cx / cw, cy / cw
        pred.append((t, (float(cx), float(cy), float(cx), float(cy))))
    r = score_page(page["ocr_gt"], pred)
    return {"ocr_line_acc": r["line_accuracy"], "ocr_bow_f1": r["bow_f1"]}


def score_peer(page: dict[str, Any], res: dict[str, Any], m: Matrix) -> dict[str, float | None]:
    s: dict[str, float | None] = {"value_recall": value_recall(page.get("values", []), res["lines"])}
    s.update(_ocr_scores(page, res["lines"], m))
    return s


def _mean(vals: list[float | None]) -> float | None:
    v = [x for x in vals if x is not None]
    return round(sum(v) / len(v), 4) if v else None


# --- the huge page (peak RSS in a child process) -----------------------------------------------------------------
def _child(tool: str, path: str) -> None:
    data = Path(path).read_bytes()
    if tool == "ours":
        res = Ours()(data, path, want_kie=True)
        out = {"lines": res["lines"], "fields": res.get("fields", {}), "seconds": res["seconds"]}
    else:
        res = Peer(Path(tempfile.mkdtemp()))(data)
        out = {"lines": res["lines"], "seconds": res["seconds"]}
    Path(path + f".{tool}.json").write_text(json.dumps(out, default=list))


def huge(page: dict[str, Any], width: int, peer: bool) -> dict[str, Any]:
    img = Image.open(page["path"]).convert("RGB")
    f = width / img.size[0]
    big = img.resize((width, round(img.size[1] * f)), Image.Resampling.BICUBIC)
    m = np.diag([f, f, 1.0])
    out: dict[str, Any] = {"page": page["name"], "size": list(big.size)}
    with tempfile.TemporaryDirectory() as tmp:
        path = str(Path(tmp) / "huge.png")
        big.save(path)
        del big
        out["file_mb"] = round(os.path.getsize(path) / 2**20, 1)
        for tool in ("ours", "peer") if peer else ("ours",):
            proc = subprocess.Popen([sys.executable, "-m", "bench.scans", "--child", tool, path], cwd=ROOT)
            _, status, usage = os.wait4(proc.pid, 0)
            row: dict[str, Any] = {
                "rc": os.waitstatus_to_exitcode(status),
                "peak_rss_mb": round(usage.ru_maxrss / 1024),
            }
            result = Path(path + f".{tool}.json")
            if result.exists():
                res = json.loads(result.read_text())
                row["seconds"] = round(res["seconds"], 1)
                s = score_ours(page, res, m) if tool == "ours" else score_peer(page, res, m)
                row.update({k: round(v, 4) for k, v in s.items() if v is not None})
            out[tool] = row
    return out


# the generated sets and the generator call that renders each (chromium), one page a family: the same pages on
# every machine, rendered once into the cache
RENDER = {
    "kie": ["docsense.synth.browser_docs", "{out}", "--n", "1", "--seed", "43"],
    "tables": ["docsense.synth.browser_table_pages", "{out}", "--n", "1", "--variants", "clean", "--seed", "6"],
    "layout": ["docsense.synth.browser_pages", "--out", "{out}", "--pages", "1", "--seed", "13"],
}


def rendered(name: str, cache: Path) -> Path:
    """The generated set `name` under `cache`, rendered first where it is not there yet (left absent, and so
    skipped, where the generator fails: no chromium)."""
    out = cache / "sets" / name
    if not (out / "gt.jsonl").exists() and not (out / "gt.json").exists():
        args = [a.format(out=out) for a in RENDER[name]]
        done = subprocess.run([sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True)
        if done.returncode:
            print(f"could not render the {name} set: {done.stderr.strip()[-300:]}", file=sys.stderr)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    for name in RENDER:
        ap.add_argument(f"--{name}", type=Path, help=f"A {name} set with truth (default: rendered into --cache).")
    ap.add_argument("--receipts", type=Path, default=DATA / "receipts_sroie")
    ap.add_argument(
        "--per-set",
        default="kie=2,receipts=2,tables=1,layout=1",
        help="Clean pages taken from each set: an int or set=n,...",
    )
    ap.add_argument("--variants", default=",".join(VARIANTS))
    ap.add_argument("--huge", action="store_true", help="Also the 8000 px page in child processes (peak RSS).")
    ap.add_argument("--huge-width", type=int, default=8000)
    ap.add_argument("--no-peer", action="store_true")
    ap.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "docsense-scans-peer")
    ap.add_argument("--out", type=Path)
    ap.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        _child(*args.child)
        return 0

    for name in RENDER:
        if getattr(args, name) is None:
            setattr(args, name, rendered(name, args.cache))
    counts = dict(kv.split("=") for kv in args.per_set.split(",")) if "=" in args.per_set else {}
    pages: list[dict[str, Any]] = []
    for make, folder in (
        (kie_pages, args.kie),
        (receipt_pages, args.receipts),
        (table_pages, args.tables),
        (layout_pages, args.layout),
    ):
        if (folder / "gt.jsonl").exists() or (folder / "gt.json").exists():
            name = make.__name__.split("_")[0].replace("receipt", "receipts").replace("table", "tables")
            pages += make(folder, int(counts.get(name, 0) if counts else args.per_set))
        else:
            print(f"skipped {make.__name__}: no truth in {folder}", file=sys.stderr)
    variants = tuple(v for v in args.variants.split(",") if v)
    ours = Ours()
    peer = None
    if not args.no_peer:
        try:
            peer = Peer(args.cache)
        except ImportError as exc:
            print(f"no peer: {exc}", file=sys.stderr)
    rows = []
    for page in pages if variants else []:
        clean = Image.open(page["path"])
        clean.load()
        for v in variants:
            data, m = degrade(clean, v, page["name"])
            row: dict[str, Any] = {"set": page["set"], "page": page["name"], "variant": v}
            try:
                r = ours(data, f"{page['name']}:{v}", want_kie="kie_gt" in page)
            except Exception as exc:  # a page that fails scores nothing: kept in the means as 0
                row["error"] = f"{type(exc).__name__}: {str(exc)[:200]}"
                r = {"lines": [], "fields": {}, "rotation": None, "skew": None, "seconds": 0.0, "doc": None}
            row.update(rotation=r["rotation"], skew=r["skew"], seconds=round(r["seconds"], 2))
            row["ours"] = {k: round(x, 4) for k, x in score_ours(page, r, m).items() if x is not None}
            if peer is not None:
                p = peer(data)
                row["peer"] = {k: round(x, 4) for k, x in score_peer(page, p, m).items() if x is not None}
            rows.append(row)
            print(json.dumps(row, ensure_ascii=False), file=sys.stderr, flush=True)
    table: dict[str, Any] = {}
    metrics = ("kie_f1", "value_recall", "ocr_line_acc", "ocr_bow_f1", "teds", "layout_map50")
    for v in variants:
        sel = [r for r in rows if r["variant"] == v]
        table[v] = {
            tool: {k: _mean([r[tool].get(k) for r in sel if tool in r]) for k in metrics}
            for tool in ("ours", "peer")
            if any(tool in r for r in sel)
        }
        table[v]["errors"] = sum("error" in r for r in sel)
    out: dict[str, Any] = {
        "bench": "scans",
        "date": time.strftime("%Y-%m-%d %H:%M"),
        "pages": {s: [p["name"] for p in pages if p["set"] == s] for s in ("kie", "receipts", "tables", "layout")},
        "by_variant": table,
        "rows": rows,
    }
    if args.huge:
        out["huge"] = huge(next(p for p in pages if p["set"] == "kie"), args.huge_width, peer is not None)
    text = json.dumps(out, indent=1, ensure_ascii=False)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")
    else:
        print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
