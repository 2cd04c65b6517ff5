"""`make bench` / `python -m bench.run`: docsense and its peers on the same pages, one tool at a time.

Each (dataset, tool) runs in its own process (`bench.worker`): docsense in this interpreter's venv, the peers in
.venv-bench (`make bench-setup`). A worker loads the tool (timed as load), warms it up on the first input, then
runs every input `reps` times; the median per input and the spread over repetitions are reported. Peak RSS is
the worker's own (wait4), loading included. Scores go through the functions behind `docsense eval`.

Writes `<out>/<date>.json`, `<out>/<date>.md` and `<out>/<date>-<dataset>.png`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from statistics import median
from typing import Any

from . import metrics
from .datasets import Dataset, all_datasets

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data"
PEERS_PYTHON = ROOT / ".venv-bench" / "bin" / "python"
PADDLE_DOCSENSE = ROOT / ".venv-paddle" / "bin" / "docsense"  # `make paddle-setup`: x2paddle conversions
PADDLE_MODELS = ROOT / ".venv-bench" / "paddle-models"  # converted once, kept with the peers' venv
MAX_REPS = {"paddleocr-paddle": 1}  # slow tools: one timed pass is enough to place them


def machine_info() -> dict[str, Any]:
    cpu = platform.processor() or ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem_gb = None
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                mem_gb = round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return {
        "cpu": cpu,
        "cores": cores,
        "memory_gb": mem_gb,
        "os": platform.platform(),
        "python": platform.python_version(),
        "load_avg_start": list(os.getloadavg()),
    }


def tesseract_version() -> str:
    exe = shutil.which("tesseract")
    if not exe:
        return "not installed"
    out = subprocess.run([exe, "--version"], capture_output=True, text=True, check=False)
    return (out.stdout or out.stderr).splitlines()[0] if (out.stdout or out.stderr) else "unknown"


def run_worker(python: str, job: dict[str, Any], work: Path, timeout_s: float) -> tuple[dict[str, Any], float, float]:
    """Runs one job in a fresh process -> (result, peak RSS in MB, CPU seconds), its children included."""
    job_path = work / f"job-{job['tool']}-{job['dataset']}.json"
    out_path = job_path.with_suffix(".out.json")
    log_path = job_path.with_suffix(".log")
    job_path.write_text(json.dumps(job), encoding="utf-8")
    out_path.unlink(missing_ok=True)
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "HF_HUB_OFFLINE": "1",
        "PADDLE_PDX_DISABLE_MODEL_SOURCE_CHECK": "True",
    }
    with log_path.open("w") as log:
        proc = subprocess.Popen(
            [python, "-m", "bench.worker", str(job_path), str(out_path)], cwd=ROOT, stdout=log, stderr=log, env=env
        )
        deadline = time.monotonic() + timeout_s
        status, rusage = 0, None
        while True:  # wait4 gives this child's own peak RSS (children reaped by it included)
            pid, status, rusage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() > deadline:
                proc.kill()
                _, status, rusage = os.wait4(proc.pid, 0)
                break
            time.sleep(0.05)
        proc.returncode = os.waitstatus_to_exitcode(status)
    rss_mb = rusage.ru_maxrss / 1024 if rusage else 0.0  # KiB on Linux
    cpu_s = rusage.ru_utime + rusage.ru_stime if rusage else 0.0
    if out_path.is_file():
        result = json.loads(out_path.read_text(encoding="utf-8"))
    else:
        tail = log_path.read_text(errors="replace")[-800:] if log_path.is_file() else ""
        result = {"fatal": f"worker exited {proc.returncode} without a result: {tail}"}
    return result, rss_mb, cpu_s


def timing_stats(times: dict[str, list[float]], n_items: int) -> dict[str, Any]:
    """Median per input, then: pages/s over the medians, median s/page, and the spread of whole-run totals."""
    if not times:
        return {}
    medians = [median(v) for v in times.values()]
    reps = min(len(v) for v in times.values())
    totals = [sum(v[r] for v in times.values()) for r in range(reps)]
    total = sum(medians)
    return {
        "pages_per_s": round(n_items / total, 3) if total else None,
        "s_per_page_median": round(median(medians), 4),
        "s_per_page_mean": round(total / len(medians), 4),
        "reps": reps,
        "rep_total_s": [round(t, 3) for t in totals],
        "spread_pct": round(100 * (max(totals) - min(totals)) / median(totals), 1) if totals and median(totals) else 0,
    }


def score(ds: Dataset, preds: dict[str, Any], tool: str) -> dict[str, Any]:
    if ds.task == "ocr":
        return metrics.score_ocr(ds.items, preds, ds.options.get("ignore_case", False))
    if ds.task == "tables":
        return metrics.score_tables(ds.items, preds)
    if ds.task == "layout":
        return metrics.score_layout(ds.items, preds, ds.options["coco"])
    if ds.task == "kie":
        return metrics.score_kie(ds.items, preds, metrics.I2D_KEYS if tool == "invoice2data" else None)
    raise ValueError(ds.task)


def criteria(results: dict[str, Any]) -> dict[str, Any]:
    """Issue 3's OCR acceptance checks on the generated pages, from this run's numbers."""

    def get(ds: str, tool: str, key: str) -> float | None:
        r = results.get(ds, {}).get("tools", {}).get(tool, {})
        v = r.get("scores", {}).get(key, r.get("timing", {}).get(key))
        return float(v) if isinstance(v, (int, float)) else None

    out: dict[str, Any] = {}
    clean, rot = get("printed", "docsense", "line_accuracy"), get("printed-rotated", "docsense", "line_accuracy")
    if clean is not None:
        out["clean_line_accuracy>=0.95"] = clean >= 0.95
    if rot is not None:
        out["rotated_line_accuracy>=0.90"] = rot >= 0.90
    for peer in ("rapidocr-v6", "rapidocr-v4"):
        for ds in ("printed", "printed-rotated"):
            mine, theirs = get(ds, "docsense", "line_accuracy"), get(ds, peer, "line_accuracy")
            if mine is not None and theirs is not None:
                out[f"{ds}: line_accuracy>={peer}"] = mine >= theirs
    for ds in ("printed", "sroie-receipts"):
        key = "bow_f1_en" if get(ds, "docsense", "bow_f1_en") is not None else "bow_f1"
        mine, theirs = get(ds, "docsense", key), get(ds, "rapidocr-v6", key)
        if mine is not None and theirs is not None:
            out[f"{ds}: english bow_f1>=rapidocr-v6"] = mine >= theirs
    mine, theirs = get("printed", "docsense", "s_per_page_median"), get("printed", "rapidocr-v6", "s_per_page_median")
    if mine is not None:
        out["printed: median s/page<=1.0"] = mine <= 1.0
        if theirs:
            out["printed: time<=1.1x rapidocr-v6"] = mine <= 1.1 * theirs
            out["printed: time ratio vs rapidocr-v6"] = round(mine / theirs, 3)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="Dev data folder (default ../shared/data).")
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "results", help="Where the report goes.")
    ap.add_argument("--only", default="", help="Comma list of tools (e.g. docsense,rapidocr-v6); default all.")
    ap.add_argument("--datasets", default="", help="Comma list of datasets; default all.")
    ap.add_argument("--limit", type=int, default=0, help="At most this many inputs per dataset (0 = all).")
    ap.add_argument("--reps", type=int, default=0, help="Repetitions per input (0 = each dataset's default).")
    ap.add_argument("--warmup", type=int, default=1, help="Untimed warm-up calls per tool.")
    ap.add_argument("--peers-python", default=str(PEERS_PYTHON), help="Interpreter of the peers' venv.")
    ap.add_argument("--timeout", type=float, default=3600, help="Seconds one tool may take on one dataset.")
    ap.add_argument("--name", default="", help="Report file stem (default: today's date, UTC).")
    ap.add_argument("--no-plots", action="store_true", help="Skip the PNG plots.")
    args = ap.parse_args(argv)

    only = {t for t in args.only.split(",") if t}
    wanted = {d for d in args.datasets.split(",") if d}
    stem = args.name or dt.datetime.now(dt.UTC).strftime("%Y-%m-%d")
    work = Path(tempfile.mkdtemp(prefix="docsense-bench-"))
    args.out.mkdir(parents=True, exist_ok=True)
    assets = _assets()
    peers_ok = Path(args.peers_python).is_file()

    report: dict[str, Any] = {
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "partial": bool(only or wanted or args.limit or args.reps),
        "command": " ".join(["python -m bench.run", *(argv if argv is not None else sys.argv[1:])]),
        "machine": machine_info(),
        "versions": {"tesseract (Debian)": tesseract_version()},
        "datasets": {},
        "skipped": [],
    }
    t_start = time.perf_counter()
    for ds in all_datasets(args.data, work):
        if wanted and ds.name not in wanted:
            continue
        items = ds.items[: args.limit or None]
        if not items:
            continue
        ds.items = items
        entry: dict[str, Any] = {"task": ds.task, "items": len(items), "note": ds.note, "tools": {}}
        for tool in ds.tools:
            if only and tool not in only:
                continue
            mine = tool.startswith("docsense")
            python = sys.executable if mine else args.peers_python
            if not mine and not peers_ok:
                report["skipped"].append(f"{tool} on {ds.name}: no {args.peers_python} (run `make bench-setup`)")
                continue
            if tool == "paddleocr-paddle" and "paddle_det" not in assets:
                why = paddle_folders(assets)
                if why:
                    report["skipped"].append(f"{tool} on {ds.name}: {why}")
                    continue
            job = {
                "tool": tool,
                "task": ds.task,
                "dataset": ds.name,
                "items": [{k: v for k, v in it.items() if k != "gt"} for it in items],
                "warmup": args.warmup,
                "reps": min(args.reps or ds.reps, MAX_REPS.get(tool, 99)),
                "work": str(work),
                "assets": assets,
            }
            print(f"[bench] {ds.name}: {tool} on {len(items)} inputs x {job['reps']} ...", file=sys.stderr, flush=True)
            result, rss_mb, cpu_s = run_worker(python, job, work, args.timeout)
            row: dict[str, Any] = {"peak_rss_mb": round(rss_mb, 1), "cpu_s": round(cpu_s, 1)}
            row["versions"] = result.get("versions", {})
            if "fatal" in result:
                row["error"] = result["fatal"]
                print(f"[bench]   failed: {result['fatal'][:300]}", file=sys.stderr)
            else:
                row["load_s"] = round(result["load_s"], 3)
                row["timing"] = timing_stats(result["times"], len(items))
                row["scores"] = score(ds, result["predictions"], tool)
                row["errors"] = result["errors"]
                main_key = metrics.PRIMARY[ds.task]
                print(
                    f"[bench]   {main_key}={row['scores'][main_key]:.4f} "
                    f"pages/s={row['timing'].get('pages_per_s')} rss={rss_mb:.0f}MB errors={len(result['errors'])}",
                    file=sys.stderr,
                )
            for k, v in row["versions"].items():
                report["versions"].setdefault(k, v)
            entry["tools"][tool] = row
        report["datasets"][ds.name] = entry
    report["machine"]["load_avg_end"] = list(os.getloadavg())
    report["wall_s"] = round(time.perf_counter() - t_start, 1)
    report["criteria"] = criteria(report["datasets"])
    json_path = args.out / f"{stem}.json"
    json_path.write_text(json.dumps(report, indent=1, ensure_ascii=False), encoding="utf-8")
    from .report import write_markdown

    md_path = write_markdown(report, args.out, stem, plots=not args.no_plots)
    shutil.rmtree(work, ignore_errors=True)
    print(f"[bench] wrote {json_path} and {md_path} in {report['wall_s']} s", file=sys.stderr)
    return 0


def paddle_folders(assets: dict[str, str]) -> str:
    """Paddle folders of the wheels' det/rec/doc-orientation ONNX models (x2paddle through .venv-paddle's
    `docsense export`), made once into .venv-bench/paddle-models; fills `assets`, or returns why it could not."""
    if not PADDLE_DOCSENSE.is_file():
        return f"no {PADDLE_DOCSENSE} for the x2paddle conversion (run `make paddle-setup`)"
    out = PADDLE_MODELS
    exe = str(PADDLE_DOCSENSE)
    ori = assets.get("doc_orientation_onnx", "")
    steps = [
        (out / "rec", [exe, "export", "bundled", "-o", str(out)]),
        (out / "doc_ori", [exe, "export", "paddle", ori, "-o", str(out / "doc_ori")]),
    ]
    for folder, cmd in steps:
        if not any(folder.glob("*.pdiparams")) and cmd[-3]:
            print(f"[bench] converting for PaddleOCR's paddle engine: {' '.join(cmd[1:])}", file=sys.stderr)
            res = subprocess.run(cmd, capture_output=True, text=True, check=False, timeout=3600)
            if res.returncode != 0:
                return f"conversion failed: {(res.stderr or res.stdout)[-300:]}"
    for key, folder in (("det", out / "det"), ("rec", out / "rec"), ("doc_ori", out / "doc_ori")):
        if any(folder.glob("*.pdiparams")):
            assets[f"paddle_{key}"] = str(folder)
    return "" if "paddle_det" in assets and "paddle_rec" in assets else "conversion gave no det/rec folders"


def _assets() -> dict[str, str]:
    """Model files of the main venv's wheels a peer adapter may need (PaddleOCR's doc orientation)."""
    try:
        from docsense.core.config import Settings
        from docsense.core.engine import resolve_model

        return {"doc_orientation_onnx": str(resolve_model(Settings().ocr.orientation.model))}
    except Exception:
        return {}


if __name__ == "__main__":
    raise SystemExit(main())
