"""API latency: N concurrent clients send single pages to a real `docsense serve` pinned to C cores; JSON out.

    .venv/bin/python -m bench.api_latency [--clients 4] [--cores 2] [--requests-per-client 10] [--inputs FILES...]

The server runs as its own process (uvicorn, 127.0.0.1, a free port) with CPU affinity set to the first C cores;
it is warmed up (/ready) and sent one request per input before timing. Reported: p50/p95/max latency per request
(seconds, client side), throughput, errors, the server's CPU seconds per request (a load-independent cost) and the
machine's load average (timings on a shared machine are noisy).
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def server(cores: int, sets: list[str] | None = None, timeout: float = 300.0) -> Iterator[tuple[str, int]]:
    """(base url, pid) of a `docsense serve` limited to `cores` CPUs, ready; stopped (its process group) after."""
    port = free_port()
    cmd = [str(Path(sys.executable).parent / "docsense"), "serve", "--port", str(port)]
    for item in sets or []:
        cmd += ["--set", item]
    cpus = sorted(os.sched_getaffinity(0))[:cores]
    proc = subprocess.Popen(
        cmd,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
        preexec_fn=lambda: os.sched_setaffinity(0, cpus),
    )
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
        for sig, wait in ((signal.SIGTERM, 15), (signal.SIGKILL, 5)):
            try:
                os.killpg(proc.pid, sig)
                proc.wait(timeout=wait)
                break
            except ProcessLookupError:
                break
            except subprocess.TimeoutExpired:
                continue


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


def emit(result: dict[str, Any], out: Path | None) -> dict[str, Any]:
    """Prints the JSON report and writes it to `out` when given."""
    text = json.dumps(result, indent=2)
    if out:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(text + "\n", encoding="utf-8")
    print(text)
    return result


def main(argv: list[str] | None = None) -> dict[str, Any]:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--clients", type=int, default=4)
    ap.add_argument("--cores", type=int, default=2)
    ap.add_argument("--requests-per-client", type=int, default=10)
    ap.add_argument("--endpoint", default="/v1/parse")
    ap.add_argument("--inputs", nargs="*", type=Path)
    ap.add_argument("--set", dest="sets", action="append", default=[], help="server --set overrides")
    ap.add_argument("--out", type=Path, help="also write the JSON here")
    args = ap.parse_args(argv)
    inputs = [(p.name, p.read_bytes()) for p in (args.inputs or default_inputs())]
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()

    with server(args.cores, args.sets) as (url, pid):
        with httpx.Client(base_url=url, timeout=600) as c:  # warm every input once (first-call costs)
            for name, data in inputs:
                c.post(args.endpoint, files={"file": (name, data)})

        def client(k: int) -> None:
            with httpx.Client(base_url=url, timeout=600) as c:
                for i in range(args.requests_per_client):
                    name, data = inputs[(k + i * args.clients) % len(inputs)]
                    t0 = time.perf_counter()
                    try:
                        r = c.post(args.endpoint, files={"file": (name, data)})
                        ok = r.status_code == 200
                        why = f"{name}: {r.status_code} {r.text[:200]}"
                    except httpx.HTTPError as exc:
                        ok, why = False, f"{name}: {exc}"
                    dt = time.perf_counter() - t0
                    with lock:
                        latencies.append(dt)
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
        cpu_per_request = (server_cpu_s(pid) - cpu0) / max(1, len(latencies))

    result: dict[str, Any] = {
        "endpoint": args.endpoint,
        "clients": args.clients,
        "cores": args.cores,
        "requests": len(latencies),
        "errors": len(errors),
        "error_samples": errors[:5],
        "p50_s": round(percentile(latencies, 0.5), 3),
        "p95_s": round(percentile(latencies, 0.95), 3),
        "max_s": round(max(latencies, default=float("nan")), 3),
        "throughput_rps": round(len(latencies) / wall, 3),
        # CPU seconds the server spent per request: stable on a busy machine, unlike the latencies. With the
        # clients always waiting on the cores, a quiet machine answers in about clients * cpu / cores.
        "server_cpu_s_per_request": round(cpu_per_request, 3),
        "projected_mean_latency_quiet_s": round(args.clients * cpu_per_request / args.cores, 2),
        "wall_s": round(wall, 1),
        "inputs": [n for n, _ in inputs],
        "server_sets": args.sets,
        "loadavg_1m": round(os.getloadavg()[0], 2),
        "cpu_count": os.cpu_count(),
        "target": "p95 <= 2 s with 4 clients on 2 cores",
    }
    return emit(result, args.out)


if __name__ == "__main__":
    main()
