"""Memory soak: 1,000 requests against a real `docsense serve`; RSS growth after warm-up as JSON (target <= 10%).

    .venv/bin/python -m bench.soak [--requests 1000] [--warmup 100] [--clients 4] [--cores 2]

Requests cycle through real work and the error paths: small rendered pages (/v1/parse, /v1/ocr/det), a sample
receipt (/v1/extract), and refused inputs (text file 415, empty 422, corrupt JPEG 422, bad config 400). The
server's RSS (with its children) is sampled every 50 requests; growth = (last - after warm-up) / after warm-up.
"""

from __future__ import annotations

import argparse
import io
import itertools
import os
import threading
import time
from pathlib import Path
from typing import Any

import httpx
import psutil
from PIL import Image, ImageDraw, ImageFont

from bench.api_latency import DATA, ROOT, emit, server

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def rendered_page(text: str) -> bytes:
    img = Image.new("RGB", (900, 160), "white")
    font = ImageFont.truetype(str(FONT), 30) if FONT.exists() else ImageFont.load_default()
    ImageDraw.Draw(img).text((30, 50), text, fill=(20, 20, 20), font=font)
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


def requests_mix() -> list[tuple[str, dict[str, Any]]]:
    pages = [rendered_page(f"Invoice {n:04d} total {n * 3.5:.2f} EUR") for n in range(8)]
    receipt = sorted((DATA / "receipts_sroie" / "images").glob("*.jpg"))[:1]
    sample = (ROOT / "samples" / "zh_product.jpg").read_bytes()
    mix: list[tuple[str, dict[str, Any]]] = []
    for i, page in enumerate(pages):
        mix.append(("/v1/parse", {"files": {"file": (f"p{i}.png", page)}}))
        mix.append(("/v1/ocr/det", {"files": {"file": (f"p{i}.png", page)}}))
        mix.append(("/v1/parse", {"files": {"file": ("t.txt", b"just text")}}))
        mix.append(("/v1/parse", {"files": {"file": ("e.jpg", b"")}}))
        mix.append(("/v1/parse", {"files": {"file": ("c.jpg", b"\xff\xd8\xff\xe0" + bytes(64))}}))
        mix.append(("/v1/parse", {"files": {"file": (f"p{i}.png", page)}, "data": {"config": "{bad"}}))
    mix.append(("/v1/parse", {"files": {"file": ("zh.jpg", sample)}}))
    if receipt:
        mix.append(("/v1/extract", {"files": {"file": ("r.jpg", receipt[0].read_bytes())}}))
    return mix


def rss_mb(pid: int) -> float:
    proc = psutil.Process(pid)
    total = proc.memory_info().rss
    for child in proc.children(recursive=True):
        try:
            total += child.memory_info().rss
        except psutil.NoSuchProcess:
            continue
    return total / 2**20


def main(argv: list[str] | None = None) -> dict[str, Any]:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--requests", type=int, default=1000)
    ap.add_argument("--warmup", type=int, default=100)
    ap.add_argument("--clients", type=int, default=4)
    ap.add_argument("--cores", type=int, default=2)
    ap.add_argument("--out", type=Path)
    args = ap.parse_args(argv)
    mix = requests_mix()
    statuses: dict[str, int] = {}
    samples: list[tuple[int, float]] = []
    lock = threading.Lock()
    start = time.perf_counter()

    with server(args.cores) as (url, pid):
        rss_start = rss_mb(pid)

        def run(n: int) -> None:
            todo = itertools.cycle(mix)
            counter = itertools.count()

            def client() -> None:
                with httpx.Client(base_url=url, timeout=600) as c:
                    while True:
                        with lock:
                            i = next(counter)
                            if i >= n:
                                return
                            path, kwargs = next(todo)
                        try:
                            code = str(c.post(path, **kwargs).status_code)
                        except httpx.HTTPError as exc:
                            code = type(exc).__name__
                        with lock:
                            statuses[code] = statuses.get(code, 0) + 1
                            if (i + 1) % 50 == 0:
                                samples.append((i + 1, round(rss_mb(pid), 1)))

            threads = [threading.Thread(target=client) for _ in range(args.clients)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()

        run(args.warmup)
        rss_warm = rss_mb(pid)
        statuses.clear()
        samples.clear()
        run(args.requests)
        rss_end = rss_mb(pid)

    growth = (rss_end - rss_warm) / rss_warm * 100
    result: dict[str, Any] = {
        "requests": args.requests,
        "warmup_requests": args.warmup,
        "clients": args.clients,
        "statuses": dict(sorted(statuses.items())),
        "server_errors_5xx": sum(v for k, v in statuses.items() if k.startswith("5")),
        "rss_start_mb": round(rss_start, 1),
        "rss_after_warmup_mb": round(rss_warm, 1),
        "rss_end_mb": round(rss_end, 1),
        "growth_pct": round(growth, 2),
        "target_pct": 10.0,
        "ok": growth <= 10.0,
        "rss_samples_mb": samples,
        "wall_s": round(time.perf_counter() - start, 1),
        "loadavg_1m": round(os.getloadavg()[0], 2),
    }
    return emit(result, args.out)


if __name__ == "__main__":
    main()
