"""No docsense process outlives its parent: `extract --workers 2`, `extract --backend ray`, `serve --workers 2` and
`ui`, killed with -9 (every descendant gone within 5 s) or stopped with SIGTERM / SIGINT (within 30 s).
Only the parent gets the signal, never its process group: the children must go by themselves."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import httpx
import psutil
import pytest
from conftest import invoice_copies

EXE = str(Path(sys.executable).parent / "docsense")
FAST = ["--set", "layout.enabled=false", "--set", "table.enabled=false"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def alive(procs: list[psutil.Process]) -> list[psutil.Process]:
    out = []
    for p in procs:
        try:
            if p.is_running() and p.status() != psutil.STATUS_ZOMBIE:
                out.append(p)
        except psutil.NoSuchProcess:
            continue
    return out


def start(args: list[str], ready: Callable[[subprocess.Popen[bytes], list[psutil.Process]], bool]) -> tuple[
    subprocess.Popen[bytes], list[psutil.Process]
]:  # fmt: skip
    """Starts `docsense ARGS` in a session of its own (so the cleanup can never miss a process), waits (bounded)
    until `ready`, and returns it with its descendants at that moment."""
    proc = subprocess.Popen([EXE, *args], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 300
    while True:
        assert proc.poll() is None, f"docsense {args[0]} exited with {proc.returncode}"
        tree = psutil.Process(proc.pid).children(recursive=True)
        if ready(proc, tree):
            return proc, tree
        assert time.monotonic() < deadline, f"docsense {args[0]} not ready within 300 s"
        time.sleep(0.2)


def assert_all_gone(proc: subprocess.Popen[bytes], tree: list[psutil.Process], sig: int, within: float) -> None:
    """Signals the parent alone; it and every descendant seen must be gone within `within` seconds."""
    group = proc.pid
    tree = [*tree, *alive(psutil.Process(proc.pid).children(recursive=True))]
    try:
        os.kill(proc.pid, sig)
        deadline = time.monotonic() + within
        while time.monotonic() < deadline and (proc.poll() is None or alive(tree)):
            time.sleep(0.1)
        left = alive(tree)
        assert proc.poll() is not None, f"the parent still runs {within} s after signal {sig}"
        assert not left, f"{len(left)} process(es) outlived the parent: {[p.cmdline()[:3] for p in left]}"
    finally:
        try:
            os.killpg(group, signal.SIGKILL)  # whatever is left of the session we started
        except ProcessLookupError:
            pass
        proc.wait(timeout=30)


def workers_reading(out: Path, n: int) -> Callable[[subprocess.Popen[bytes], list[psutil.Process]], bool]:
    def ready(_: subprocess.Popen[bytes], tree: list[psutil.Process]) -> bool:
        workers = [p for p in tree if "spawn_main" in " ".join(p.cmdline())]
        return len(workers) >= n and out.exists() and out.read_bytes().count(b"\n") >= 1

    return ready


@pytest.mark.model
@pytest.mark.parametrize(("sig", "within"), [(signal.SIGKILL, 5), (signal.SIGTERM, 30), (signal.SIGINT, 30)])
def test_extract_workers_die_with_the_batch(data_dir: Path, tmp_path: Path, sig: int, within: float) -> None:
    docs = invoice_copies(data_dir, tmp_path / "in", 16)
    out = tmp_path / "r.jsonl"
    args = ["extract", *map(str, docs), "-t", "invoice", "-o", str(out), "--workers", "2", *FAST]
    proc, tree = start(args, workers_reading(out, 2))
    assert_all_gone(proc, tree, sig, within)


@pytest.mark.model
def test_local_ray_dies_with_the_batch(data_dir: Path, tmp_path: Path) -> None:
    pytest.importorskip("ray")
    docs = invoice_copies(data_dir, tmp_path / "in", 16)
    out = tmp_path / "r.jsonl"
    args = ["extract", *map(str, docs), "-t", "invoice", "-o", str(out), "--workers", "2", "--backend", "ray", *FAST]

    def ready(_: subprocess.Popen[bytes], tree: list[psutil.Process]) -> bool:
        names = " ".join(" ".join(p.cmdline()) for p in tree)
        return "raylet" in names and out.exists() and out.read_bytes().count(b"\n") >= 1

    proc, tree = start(args, ready)
    assert any("ExtractActor" in " ".join(p.cmdline()) for p in alive(tree) + _ray_actors())
    assert_all_gone(proc, tree + _ray_actors(), signal.SIGKILL, 5)


def _ray_actors() -> list[psutil.Process]:
    """Ray's workers are the raylet's children; also found by name in case the tree was read mid-start."""
    found = []
    for p in psutil.process_iter(["cmdline"]):
        if "ray::ExtractActor" in " ".join(p.info["cmdline"] or []):
            found.append(p)
    return found


def http_ok(url: str) -> Callable[[subprocess.Popen[bytes], list[psutil.Process]], bool]:
    def ready(_: subprocess.Popen[bytes], __: list[psutil.Process]) -> bool:
        try:
            return httpx.get(url, timeout=5).status_code == 200
        except httpx.HTTPError:
            return False

    return ready


@pytest.mark.model
@pytest.mark.parametrize(("sig", "within"), [(signal.SIGKILL, 5), (signal.SIGTERM, 30)])
def test_serve_workers_die_with_the_server(tmp_path: Path, sig: int, within: float) -> None:
    port = free_port()
    args = ["serve", "--port", str(port), "--workers", "2", "--set", f"server.data_dir={tmp_path}", *FAST]
    ready = http_ok(f"http://127.0.0.1:{port}/ready")
    proc, tree = start(args, lambda p, t: ready(p, t) and len(t) >= 2)
    assert_all_gone(proc, tree, sig, within)


@pytest.mark.parametrize(("sig", "within"), [(signal.SIGKILL, 5), (signal.SIGTERM, 30)])
def test_streamlit_dies_with_docsense_ui(sig: int, within: float) -> None:
    pytest.importorskip("streamlit")
    port = free_port()
    proc, tree = start(["ui", "--port", str(port)], http_ok(f"http://127.0.0.1:{port}/_stcore/health"))
    assert any("streamlit" in " ".join(p.cmdline()) for p in tree)
    assert_all_gone(proc, tree, sig, within)
