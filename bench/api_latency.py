"""Serving at the compute limit: a real `docsense serve` vs `docsense extract --workers C` on the same pages, one run.

    .venv/bin/python -m bench.api_latency [--clients 4] [--cores 2] [--requests-per-client 4] [--inputs IMAGES...]

Both run pinned to the same C cores, on the same single-page images (repo samples + SROIE receipts), template auto.
1. Server (127.0.0.1, a free port, results not kept so every request is read): warmed on every input, then each
   input alone (the single-request time), then N clients at once, R requests each (/v1/extract).
2. Batch: `docsense extract --workers C` over as many documents as the server answered (distinct copies: bytes after
   the image's end, which decoders ignore, so none is skipped as a repeat).
   A second batch of one document per worker gives the batch's start-up CPU, so its steady CPU per page is known.
3. Busy: a server with `server.max_waiting=W` gets more requests at once than it may hold; the refused ones must
   answer 503 within 50 ms.
Throughput of each side = documents after the first C / time from the C-th to the last completion (steady state: the
batch's worker start-up and model loading are left out, as the server's are); the batch command's own figure,
start-up included, is reported too, and so is the CPU each side spends per page (independent of other load on the
machine, unlike the wall-clock figures). Targets (issue 23): server >= 0.9x the batch's pages/s; p95 latency <= 1.3 x
(clients / cores) x the mean single-request time; 503 within 50 ms. JSON out; timings on a shared machine are
noisy (the load average is reported).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"
EXE = str(Path(sys.executable).parent / "docsense")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def pinned(cores: int) -> Any:
    cpus = sorted(os.sched_getaffinity(0))[:cores]
    return lambda: os.sched_setaffinity(0, cpus)


def stop_group(proc: subprocess.Popen[Any]) -> None:
    """Ends the process group we started (the command and its children), by its id: SIGTERM, then SIGKILL."""
    for sig, wait in ((signal.SIGTERM, 30), (signal.SIGKILL, 5)):
        try:
            os.killpg(proc.pid, sig)
            proc.wait(timeout=wait)
            return
        except ProcessLookupError:
            return
        except subprocess.TimeoutExpired:
            continue


@contextmanager
def server(
    cores: int, sets: list[str] | None = None, timeout: float = 300.0, keep_results: bool = False
) -> Iterator[tuple[str, int]]:
    """(base url, pid) of a `docsense serve` limited to `cores` CPUs, ready; stopped (its process group) after.
    Its job store is a fresh temporary folder; `keep_results=False` makes every request a real read."""
    port = free_port()
    with tempfile.TemporaryDirectory(prefix="docsense-bench-") as data_dir:
        cmd = [EXE, "serve", "--port", str(port), "--set", f"server.data_dir={data_dir}"]
        for item in [f"server.keep_results={str(keep_results).lower()}", *(sets or [])]:
            cmd += ["--set", item]
        proc = subprocess.Popen(
            cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
            preexec_fn=pinned(cores),
        )  # fmt: skip
        url = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + timeout
            while True:
                if proc.poll() is not None:
                    raise RuntimeError(f"docsense serve exited with {proc.returncode}")
                try:
                    if httpx.get(f"{url}/ready", timeout=2).status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                if time.monotonic() > deadline:
                    raise RuntimeError("server not ready in time")
                time.sleep(0.5)
            yield url, proc.pid
        finally:
            stop_group(proc)


def server_cpu_s(pid: int) -> float:
    """User + system CPU seconds of the server process and its children so far."""
    import psutil

    procs = [psutil.Process(pid), *psutil.Process(pid).children(recursive=True)]
    return sum(sum(p.cpu_times()[:2]) for p in procs)


def default_inputs() -> list[Path]:
    found = sorted((ROOT / "samples").glob("*.jpg"))
    found += sorted((DATA / "receipts_sroie" / "images").glob("*.jpg"))[:6]
    return found


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    s = sorted(values)
    k = (len(s) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(s) - 1)
    return s[lo] + (s[hi] - s[lo]) * (k - lo)


def steady_rate(done_at: list[float], skip: int) -> float:
    """Documents per second after the first `skip` completions (start-up and the first round left out)."""
    t = sorted(done_at)
    if len(t) <= skip + 1:
        return float("nan")
    return (len(t) - 1 - skip) / (t[-1] - t[skip])


def emit(result: dict[str, Any], out: Path | None) -> dict[str, Any]:
    """Prints the JSON report and writes it to `out` when given."""
    text = json.dumps(result, indent=2)
    if out:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(text + "\n", encoding="utf-8")
    print(text)
    return result


def post(c: httpx.Client, endpoint: str, name: str, data: bytes, template: str) -> tuple[bool, str, float]:
    t0 = time.perf_counter()
    try:
        r = c.post(endpoint, files={"file": (name, data)}, data={"template": template})
        ok, why = r.status_code == 200, f"{name}: {r.status_code} {r.text[:200]}"
    except httpx.HTTPError as exc:
        ok, why = False, f"{name}: {exc}"
    return ok, why, time.perf_counter() - t0


def measure_server(args: argparse.Namespace, inputs: list[tuple[str, bytes]]) -> dict[str, Any]:
    single: dict[str, float] = {}
    rows: list[tuple[str, float, float]] = []  # (input, latency, completion time)
    errors: list[str] = []
    lock = threading.Lock()
    with server(args.cores) as (url, pid):
        with httpx.Client(base_url=url, timeout=600) as c:
            for name, data in inputs:  # first-call costs (lanes, caches)
                post(c, args.endpoint, name, data, args.template)
            single_cpu0 = server_cpu_s(pid)
            for name, data in inputs:
                ok, why, dt = post(c, args.endpoint, name, data, args.template)
                single[name] = dt
                if not ok:
                    errors.append(why)
            single_cpu = (server_cpu_s(pid) - single_cpu0) / len(inputs)

        def client(k: int) -> None:
            with httpx.Client(base_url=url, timeout=600) as c:
                for i in range(args.requests_per_client):
                    name, data = inputs[(k + i * args.clients) % len(inputs)]
                    ok, why, dt = post(c, args.endpoint, name, data, args.template)
                    with lock:
                        rows.append((name, dt, time.perf_counter()))
                        if not ok:
                            errors.append(why)

        cpu0 = server_cpu_s(pid)
        start = time.perf_counter()
        threads = [threading.Thread(target=client, args=(k,)) for k in range(args.clients)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        wall = time.perf_counter() - start
        cpu_per_request = (server_cpu_s(pid) - cpu0) / max(1, len(rows))
        scraped = metrics(url)
    latencies = [dt for _, dt, _ in rows]
    relative = [dt / single[name] for name, dt, _ in rows]
    return {
        "requests": len(rows),
        "errors": len(errors),
        "error_samples": errors[:5],
        "single_s": {k: round(v, 3) for k, v in single.items()},
        "single_median_s": round(percentile(list(single.values()), 0.5), 3),
        "single_mean_s": round(sum(single.values()) / max(1, len(single)), 3),
        "p50_s": round(percentile(latencies, 0.5), 3),
        "p95_s": round(percentile(latencies, 0.95), 3),
        "max_s": round(max(latencies, default=float("nan")), 3),
        "p95_latency_over_single": round(percentile(relative, 0.95), 3),
        "pages_per_s_steady": round(steady_rate([t for *_, t in rows], args.cores), 3),
        "pages_per_s_wall": round(len(rows) / wall, 3),
        "server_cpu_s_per_request": round(cpu_per_request, 3),
        "server_cpu_s_per_request_single": round(single_cpu, 3),
        # Cores the server got: alone, a request can use one (threads_per_request=1); under load all `cores`.
        "cores_used_single": round(single_cpu * len(single) / max(1e-9, sum(single.values())), 3),
        "cores_used_loaded": round(cpu_per_request * len(rows) / wall, 3),
        # Time inside model runs (the GIL released) over the workers' busy time: the rest is Python, numpy and
        # OpenCV that the worker threads of one process may contend for.
        "model_share_of_worker_time": round(
            scraped.get("docsense_model_seconds_total", 0.0) / max(1e-9, scraped["docsense_worker_seconds_total"]), 3
        ),
        "wall_s": round(wall, 1),
    }


def _series(text: str, name: str) -> list[tuple[str, str]]:
    """(labels, value) of every sample of `name` in a /metrics text."""
    out = []
    for line in text.splitlines():
        key, _, value = line.rpartition(" ")
        if key.startswith(name + "{") or key == name:
            out.append((key, value))
    return out


def metrics(url: str) -> dict[str, float]:
    """The server's unlabelled /metrics values by name."""
    out = {}
    for line in httpx.get(f"{url}/metrics", timeout=30).text.splitlines():
        name, _, value = line.partition(" ")
        if not line.startswith("#") and "{" not in name and value:
            out[name] = float(value)
    return out


def copies(inputs: list[tuple[str, bytes]], n: int, folder: Path) -> list[Path]:
    """`n` documents cycling over the inputs, each distinct: bytes after the image's end, which decoders ignore."""
    out = []
    for i in range(n):
        name, data = inputs[i % len(inputs)]
        path = folder / f"{i:03d}-{name}"
        path.write_bytes(data + f"\n copy {i}\n".encode())
        out.append(path)
    return out


def children_cpu_s() -> float:
    """User + system CPU seconds of every descendant this process has waited for (a batch and its workers)."""
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def measure_batch(args: argparse.Namespace, inputs: list[tuple[str, bytes]], n: int) -> dict[str, Any]:
    cpu0 = children_cpu_s()
    with tempfile.TemporaryDirectory(prefix="docsense-bench-batch-") as tmp:
        files = copies(inputs, n, Path(tmp))
        out = Path(tmp) / "out.jsonl"
        cmd = [EXE, "extract", *map(str, files), "-t", args.template, "-o", str(out), "--workers", str(args.cores)]
        done_at: list[float] = []
        start = time.perf_counter()
        proc = subprocess.Popen(
            cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, start_new_session=True,
            preexec_fn=pinned(args.cores),
        )  # fmt: skip
        try:
            seen = 0
            deadline = time.monotonic() + 3600
            while proc.poll() is None and time.monotonic() < deadline:  # each result is one fsynced line
                lines = out.read_bytes().count(b"\n") if out.exists() else 0
                done_at += [time.perf_counter()] * (lines - seen)
                seen = lines
                time.sleep(0.02)
            stderr = proc.communicate(timeout=60)[1]
        finally:
            stop_group(proc)
        lines = out.read_bytes().count(b"\n") if out.exists() else 0
        done_at += [time.perf_counter()] * (lines - len(done_at))
        wall = time.perf_counter() - start
        rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines() if line.strip()]
    reported = re.search(r"([\d.]+) pages/s", stderr)
    return {
        "cpu_s": round(children_cpu_s() - cpu0, 2),
        "command": " ".join(["docsense extract", "<files>", "-t", args.template, "--workers", str(args.cores)]),
        "documents": len(rows),
        "errors": sum(1 for r in rows if r.get("error")),
        "pages_per_s_steady": round(steady_rate(done_at, args.cores), 3),
        "pages_per_s_reported": float(reported.group(1)) if reported else None,
        "wall_s": round(wall, 1),
        "exit_code": proc.returncode,
    }


def measure_busy(args: argparse.Namespace, inputs: list[tuple[str, bytes]]) -> dict[str, Any]:
    """More requests at once than `concurrency + max_waiting`: the extra ones are refused, fast."""
    waiting = 2
    n = args.cores + waiting + 8
    answers: list[tuple[int, float]] = []
    lock = threading.Lock()
    with server(args.cores, [f"server.max_waiting={waiting}"]) as (url, _):
        barrier = threading.Barrier(n)

        def client(k: int) -> None:
            name, data = inputs[k % len(inputs)]
            with httpx.Client(base_url=url, timeout=600) as c:
                barrier.wait()
                t0 = time.perf_counter()
                r = c.post(args.endpoint, files={"file": (name, data)}, data={"template": args.template})
                with lock:
                    answers.append((r.status_code, time.perf_counter() - t0))

        threads = [threading.Thread(target=client, args=(k,)) for k in range(n)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        text = httpx.get(f"{url}/metrics", timeout=30).text
    refused = [dt for code, dt in answers if code == 503]
    # the server's own time from arrival to the 503 sent (the client's figure adds connecting and scheduling)
    busy_s = sum(float(v) for k, v in _series(text, "docsense_request_seconds_total") if 'status="503"' in k)
    busy_n = sum(float(v) for k, v in _series(text, "docsense_requests_total") if 'status="503"' in k)
    return {
        "max_waiting": waiting,
        "sent_at_once": n,
        "statuses": {str(code): sum(1 for c, _ in answers if c == code) for code in sorted({c for c, _ in answers})},
        "refused_503_max_ms": round(1000 * max(refused, default=float("nan")), 1),
        "refused_503_p50_ms": round(1000 * percentile(refused, 0.5), 1),
        "refused_503_server_mean_ms": round(1000 * busy_s / busy_n, 2) if busy_n else None,
    }


def main(argv: list[str] | None = None) -> dict[str, Any]:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--clients", type=int, default=4)
    ap.add_argument("--cores", type=int, default=2)
    ap.add_argument("--requests-per-client", type=int, default=4)
    ap.add_argument("--endpoint", default="/v1/extract")
    ap.add_argument("--template", default="auto")
    ap.add_argument("--inputs", nargs="*", type=Path, help="single-page images (pages are counted one per request)")
    ap.add_argument("--out", type=Path, help="also write the JSON here")
    args = ap.parse_args(argv)
    inputs = [(p.name, p.read_bytes()) for p in (args.inputs or default_inputs())]
    load0 = os.getloadavg()[0]
    srv = measure_server(args, inputs)
    batch = measure_batch(args, inputs, srv["requests"])
    # The batch's CPU per document without its start-up (process spawn, model loading): a run of one document per
    # worker costs the start-up and those documents; the difference is what the other documents cost.
    startup = measure_batch(args, inputs, args.cores)
    batch["cpu_s_per_page_steady"] = round(
        (batch["cpu_s"] - startup["cpu_s"]) / max(1, batch["documents"] - startup["documents"]), 3
    )
    batch["startup_run_cpu_s"] = startup["cpu_s"]
    busy = measure_busy(args, inputs)
    share = args.clients / args.cores
    result: dict[str, Any] = {
        "endpoint": args.endpoint,
        "template": args.template,
        "clients": args.clients,
        "cores": args.cores,
        "server": srv,
        "batch": batch,
        "busy": busy,
        "ratios": {
            "throughput_server_over_batch_steady": round(srv["pages_per_s_steady"] / batch["pages_per_s_steady"], 3),
            "throughput_server_over_batch_reported": round(srv["pages_per_s_wall"] / batch["pages_per_s_reported"], 3)
            if batch["pages_per_s_reported"]
            else None,
            # p95 over (clients / cores) x the mean single-request time: the target, for a mix of inputs
            "p95_over_share_x_single": round(srv["p95_s"] / (share * srv["single_mean_s"]), 3),
            # the same per request, against that input's own single-request time (stricter for small inputs)
            "p95_latency_over_single_per_client_share": round(srv["p95_latency_over_single"] / share, 3),
            # Projected for a machine with nothing else on it: each phase's wall times scaled by the share of its
            # cores it got (other processes on a shared machine take more of them in one phase than in the other).
            "p95_over_share_x_single_projected_quiet": round(
                srv["p95_s"]
                * (srv["cores_used_loaded"] / args.cores)
                / (share * srv["single_mean_s"] * srv["cores_used_single"]),
                3,
            ),
            # Load-independent: CPU a page costs in the batch over what it costs in the server. On a machine shared
            # with other work the wall-clock ratios above depend on the others; this one does not.
            "cpu_per_page_batch_over_server": round(
                batch["cpu_s_per_page_steady"] / srv["server_cpu_s_per_request"], 3
            ),
        },
        "targets": {
            "throughput_server_over_batch_steady": ">= 0.9",
            "p95_over_share_x_single": "<= 1.3",
            "refused_503_max_ms": "<= 50",
        },
        "inputs": [n for n, _ in inputs],
        "loadavg_1m_start_end": [round(load0, 2), round(os.getloadavg()[0], 2)],
        "cpu_count": os.cpu_count(),
    }
    return emit(result, args.out)


if __name__ == "__main__":
    main()
