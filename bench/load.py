"""Bounded load + fault test against a real `docsense serve` on 127.0.0.1; one JSON report.

    .venv/bin/python -m bench.load [--clients 4] [--seconds 60] [--requests 1000] [--cores 2] [--out F]

1. Warm-up: every request kind once per client.
2. Load: N concurrent clients for M seconds over bench.soak's request mix (rendered pages on /v1/parse and
   /v1/ocr/det, a receipt on /v1/extract, refused inputs: text 415, empty 422, corrupt 422, bad config 400).
   Reported: requests, responses, lost (no HTTP answer), 5xx, status counts, p50/p95/max latency.
3. Faults while the load runs: clients that disconnect mid-upload, a slow (trickling) upload, an oversized body.
   The server must keep answering (/health and a real parse afterwards).
4. Memory: the server's RSS (with children) after warm-up vs after `--requests` requests in total.
"""

from __future__ import annotations

import argparse
import itertools
import os
import socket
import threading
import time
from pathlib import Path
from typing import Any

import httpx

from bench.api_latency import emit, percentile, server
from bench.soak import rendered_page, requests_mix, rss_mb


def raw_upload(url: str, declared: int, send: int, pause_s: float = 0.0, chunk: int = 1024) -> str:
    """POST /v1/parse by hand: declare `declared` body bytes, send `send` of them (slowly if pause_s), then close.
    Returns what the server answered before we hung up, if anything."""
    host, port = url.removeprefix("http://").split(":")
    boundary = "b0undary"
    head = f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="x.png"\r\n\r\n'.encode()
    request = (
        f"POST /v1/parse HTTP/1.1\r\nHost: {host}\r\nContent-Type: multipart/form-data; boundary={boundary}\r\n"
        f"Content-Length: {declared}\r\n\r\n"
    ).encode()
    answer = b""
    with socket.create_connection((host, int(port)), timeout=10) as s:
        s.sendall(request + head)
        sent = len(head)
        try:
            while sent < send:
                n = min(chunk, send - sent)
                s.sendall(b"\x89" * n)
                sent += n
                if pause_s:
                    time.sleep(pause_s)
            s.settimeout(2 if send < declared else 30)
            answer = s.recv(200)
        except OSError:
            pass  # the server may cut an oversized or too slow body: that is the point
    return answer.split(b"\r\n", 1)[0].decode("latin-1")


def faults(url: str, max_upload: int) -> dict[str, str]:
    out = {}
    for i in range(5):
        out[f"disconnect_mid_upload_{i}"] = raw_upload(url, 200_000, 20_000) or "closed by client"
    out["slow_upload"] = raw_upload(url, 4_000, 4_000, pause_s=0.5, chunk=400) or "no answer"
    out["oversized_body"] = raw_upload(url, max_upload * 4, max_upload * 2, chunk=1 << 16) or "cut by server"
    return out


def main(argv: list[str] | None = None) -> dict[str, Any]:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--clients", type=int, default=4)
    ap.add_argument("--seconds", type=float, default=60.0, help="length of the load phase")
    ap.add_argument("--requests", type=int, default=1000, help="total requests before the final RSS reading")
    ap.add_argument("--cores", type=int, default=2)
    ap.add_argument("--max-upload", type=int, default=3_000_000)
    ap.add_argument("--out", type=Path)
    args = ap.parse_args(argv)
    mix = requests_mix()
    lock = threading.Lock()
    statuses: dict[str, int] = {}
    latencies: list[float] = []
    sent = itertools.count()
    start = time.perf_counter()

    with server(args.cores, [f"server.max_upload_bytes={args.max_upload}"]) as (url, pid):
        rss_start = rss_mb(pid)

        def client(stop_at: float, budget: int) -> None:
            todo = itertools.cycle(mix)
            with httpx.Client(base_url=url, timeout=300) as c:
                while time.perf_counter() < stop_at:
                    with lock:
                        i = next(sent)
                        if i >= budget:
                            return
                        path, kwargs = next(todo)
                    t0 = time.perf_counter()
                    try:
                        code = str(c.post(path, **kwargs).status_code)
                    except httpx.HTTPError as exc:
                        code = f"lost:{type(exc).__name__}"
                    with lock:
                        statuses[code] = statuses.get(code, 0) + 1
                        latencies.append(time.perf_counter() - t0)

        def phase(seconds: float, budget: int) -> None:
            stop_at = time.perf_counter() + seconds
            threads = [threading.Thread(target=client, args=(stop_at, budget)) for _ in range(args.clients)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()

        phase(3600, len(mix))  # warm-up: the whole mix once
        rss_warm = rss_mb(pid)
        warm_count = sum(statuses.values())
        statuses.clear()
        latencies.clear()
        sent = itertools.count()
        fault_result: dict[str, str] = {}
        fault_thread = threading.Thread(target=lambda: fault_result.update(faults(url, args.max_upload)))
        fault_thread.start()
        phase(args.seconds, 10**9)
        fault_thread.join()
        load_statuses, load_latencies = dict(statuses), list(latencies)
        load_requests = sum(load_statuses.values())
        statuses.clear()
        sent = itertools.count()
        phase(10**6, max(0, args.requests - load_requests))  # top up to --requests for the memory reading
        topup_statuses = dict(statuses)
        rss_end = rss_mb(pid)
        health = httpx.get(f"{url}/health", timeout=30).status_code
        after = httpx.post(f"{url}/v1/parse", files={"file": ("p.png", rendered_page("TOTAL 42.00"))}, timeout=300)

    lost = sum(v for k, v in load_statuses.items() if k.startswith("lost"))
    growth = (rss_end - rss_warm) / rss_warm * 100
    result: dict[str, Any] = {
        "clients": args.clients,
        "load_seconds": args.seconds,
        "warmup_requests": warm_count,
        "requests": sum(load_statuses.values()),
        "lost": lost,
        "server_errors_5xx": sum(v for k, v in load_statuses.items() if k.startswith("5")),
        "statuses": dict(sorted(load_statuses.items())),
        "p50_s": round(percentile(load_latencies, 0.5), 3),
        "p95_s": round(percentile(load_latencies, 0.95), 3),
        "max_s": round(max(load_latencies, default=0.0), 3),
        "requests_per_s": round(len(load_latencies) / args.seconds, 2),
        "faults": fault_result,
        "after_faults": {"health": health, "parse": after.status_code},
        "rss_start_mb": round(rss_start, 1),
        "rss_after_warmup_mb": round(rss_warm, 1),
        "topup_statuses": dict(sorted(topup_statuses.items())),
        "total_requests_for_rss": warm_count + load_requests + sum(topup_statuses.values()),
        "rss_end_mb": round(rss_end, 1),
        "rss_growth_pct": round(growth, 2),
        "ok": lost == 0
        and health == 200
        and after.status_code == 200
        and not any(k.startswith(("5", "lost")) for k in [*load_statuses, *topup_statuses])
        and growth <= 10.0,
        "wall_s": round(time.perf_counter() - start, 1),
        "loadavg_1m": round(os.getloadavg()[0], 2),
        "note": "shared, loaded machine: latencies are noisy",
    }
    return emit(result, args.out)


if __name__ == "__main__":
    main()
