"""A real `docsense serve` on 127.0.0.1: jobs that survive kill -9, answers kept for a repeated upload, bearer
tokens, request ids in error bodies and log lines, /metrics, a refused non-loopback bind, graceful SIGTERM.
Pages are rendered here (known text); layout and tables are off so each page reads in about a second."""

from __future__ import annotations

import io
import json
import os
import re
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest
from render import ENGLISH, text_page

from docsense.core.document import Document

pytestmark = pytest.mark.model

EXE = str(Path(sys.executable).parent / "docsense")
FAST = ["--set", "layout.enabled=false", "--set", "table.enabled=false"]
KEY = "test-key-0123456789abcdef"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def pdf(lines: list[str]) -> bytes:
    """One page per line."""
    buf = io.BytesIO()
    pages = [text_page([line], size=30, width=1100, height=260)[0] for line in lines]
    pages[0].save(buf, "PDF", save_all=True, append_images=pages[1:], resolution=200)
    return buf.getvalue()


def png(lines: list[str]) -> bytes:
    buf = io.BytesIO()
    text_page(lines, size=30, width=1100, height=200 + 70 * len(lines))[0].save(buf, "PNG")
    return buf.getvalue()


@contextmanager
def serving(
    data_dir: Path, *sets: str, env: dict[str, str] | None = None, log: Path | None = None
) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """(url, process) of a ready server with its store in `data_dir`; its process group is killed after."""
    port = free_port()
    cmd = [EXE, "serve", "--port", str(port), "--set", f"server.data_dir={data_dir}", *FAST]
    for item in sets:
        cmd += ["--set", item]
    err = log.open("ab") if log else subprocess.DEVNULL
    proc = subprocess.Popen(
        cmd, stdout=subprocess.DEVNULL, stderr=err, env={**os.environ, **(env or {})}, start_new_session=True
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 300
        while True:
            assert proc.poll() is None, f"docsense serve exited with {proc.returncode}"
            try:
                if httpx.get(f"{url}/ready", timeout=5).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert time.monotonic() < deadline, "server not ready within 300 s"
            time.sleep(0.3)
        yield url, proc
    finally:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        proc.wait(timeout=30)
        if log:
            err.close()  # type: ignore[union-attr]


def wait_jobs(url: str, ids: list[str], headers: dict[str, str] | None = None, timeout: float = 300) -> list[dict]:
    deadline = time.monotonic() + timeout
    while True:
        jobs = [httpx.get(f"{url}/v1/jobs/{i}", headers=headers, timeout=30).json() for i in ids]
        if all(j.get("status") in ("done", "failed") for j in jobs) or time.monotonic() > deadline:
            return jobs
        time.sleep(0.5)


def metric(url: str, line_start: str, headers: dict[str, str] | None = None) -> float:
    text = httpx.get(f"{url}/metrics", headers=headers, timeout=30).text
    values = [float(line.rsplit(" ", 1)[1]) for line in text.splitlines() if line.startswith(line_start)]
    return sum(values)


def test_kill9_with_five_queued_jobs_then_restart_runs_each_once(tmp_path: Path) -> None:
    docs = [pdf(ENGLISH[i : i + 2]) for i in range(5)]
    with serving(tmp_path, "server.concurrency=1") as (url, proc):
        ids = []
        for i, data in enumerate(docs):
            r = httpx.post(f"{url}/v1/jobs", files={"file": (f"d{i}.pdf", data)}, timeout=60)
            assert r.status_code == 202, r.text
            ids.append(r.json()["id"])
        os.kill(proc.pid, signal.SIGKILL)  # the server only: no chance to tidy up
        proc.wait(timeout=30)
    assert len(set(ids)) == 5 and all(len(i) >= 32 for i in ids)  # unguessable: 192 random bits
    with sqlite3.connect(tmp_path / "jobs.sqlite3") as db:
        before = dict(db.execute("SELECT id, status FROM jobs").fetchall())
    assert set(before) == set(ids)
    unfinished = [i for i in ids if before[i] != "done"]
    assert len(unfinished) >= 3, before  # at most the first one or two ran to the end before the kill

    with serving(tmp_path, "server.concurrency=1") as (url, _):
        jobs = wait_jobs(url, ids)
        for i, job in enumerate(jobs):
            assert job["status"] == "done", job
            doc = Document.from_dict(job["document"])
            assert [p.render() for p in doc.pages] == ENGLISH[i : i + 2] and job["pages_done"] == 2
        # none twice: this server read exactly the pages of the jobs left unfinished, each job once
        assert metric(url, 'docsense_pages_total{source="job"}') == 2 * len(unfinished)
        assert httpx.get(f"{url}/v1/jobs/{'x' * 32}", timeout=30).status_code == 404


@pytest.fixture(scope="module")
def keyed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """A server that wants a bearer token (given through DOCSENSE_API_KEYS), its stderr in a file."""
    folder = tmp_path_factory.mktemp("keyed")
    log = folder / "server.log"
    with serving(folder / "store", env={"DOCSENSE_API_KEYS": KEY}, log=log) as (url, _):
        yield url, log


AUTH = {"Authorization": f"Bearer {KEY}"}


def test_bearer_token_required_except_for_health(keyed: tuple[str, Path]) -> None:
    url, _ = keyed
    page = png(ENGLISH[:1])
    for headers in ({}, {"Authorization": "Bearer wrong-key-0123456789"}, {"Authorization": KEY}):
        r = httpx.post(f"{url}/v1/parse", files={"file": ("p.png", page)}, headers=headers, timeout=60)
        assert r.status_code == 401 and r.json()["error"]["type"] == "unauthorized", r.text
        assert r.headers["www-authenticate"] == "Bearer"
    assert httpx.get(f"{url}/metrics", timeout=30).status_code == 401
    assert httpx.get(f"{url}/health", timeout=30).status_code == 200
    r = httpx.post(f"{url}/v1/parse", files={"file": ("p.png", page)}, headers=AUTH, timeout=300)
    assert r.status_code == 200 and Document.from_dict(r.json()).render() == ENGLISH[0]


def test_repeated_upload_is_answered_from_the_store(keyed: tuple[str, Path]) -> None:
    url, _ = keyed
    page = png(ENGLISH[2:4])
    first = httpx.post(f"{url}/v1/parse", files={"file": ("a.png", page)}, headers=AUTH, timeout=300)
    assert first.status_code == 200 and "idempotent-replayed" not in first.headers
    pages = metric(url, 'docsense_pages_total{source="request"}', AUTH)
    again = httpx.post(f"{url}/v1/parse", files={"file": ("a.png", page)}, headers=AUTH, timeout=300)
    assert again.status_code == 200 and again.headers["idempotent-replayed"] == "true"
    assert again.content == first.content
    renamed = httpx.post(f"{url}/v1/parse", files={"file": ("b.png", page)}, headers=AUTH, timeout=300)
    assert renamed.headers["idempotent-replayed"] == "true" and renamed.json()["source"] == "b.png"
    assert metric(url, 'docsense_pages_total{source="request"}', AUTH) == pages  # nothing read again
    assert metric(url, "docsense_results_reused_total", AUTH) >= 1
    # other settings: another question, read anew
    config = json.dumps({"ocr": {"det": {"thresh": 0.25}}})
    other = httpx.post(
        f"{url}/v1/parse", files={"file": ("a.png", page)}, data={"config": config}, headers=AUTH, timeout=300
    )
    assert other.status_code == 200 and "idempotent-replayed" not in other.headers
    assert metric(url, 'docsense_pages_total{source="request"}', AUTH) == pages + 1
    # a client's Idempotency-Key names one request: the same key for another file is refused
    keyed_headers = {**AUTH, "Idempotency-Key": "order-4711"}
    r = httpx.post(f"{url}/v1/parse", files={"file": ("b.png", png(ENGLISH[4:5]))}, headers=keyed_headers, timeout=300)
    assert r.status_code == 200
    r2 = httpx.post(f"{url}/v1/parse", files={"file": ("b.png", png(ENGLISH[4:5]))}, headers=keyed_headers, timeout=60)
    assert r2.headers.get("idempotent-replayed") == "true" and r2.content == r.content
    r3 = httpx.post(f"{url}/v1/parse", files={"file": ("c.png", page)}, headers=keyed_headers, timeout=60)
    assert r3.status_code == 422 and r3.json()["error"]["type"] == "idempotency"
    # a job for the same document twice is one job
    doc = pdf(ENGLISH[5:6])
    j1 = httpx.post(f"{url}/v1/jobs", files={"file": ("j.pdf", doc)}, headers=AUTH, timeout=60).json()
    j2 = httpx.post(f"{url}/v1/jobs", files={"file": ("j.pdf", doc)}, headers=AUTH, timeout=60).json()
    assert j1["id"] == j2["id"]
    (job,) = wait_jobs(url, [j1["id"]], AUTH)
    assert job["status"] == "done" and Document.from_dict(job["document"]).render() == ENGLISH[5]


def test_request_id_in_error_body_header_and_log_lines(keyed: tuple[str, Path]) -> None:
    url, log = keyed
    headers = {**AUTH, "X-Request-ID": "trace-7f3a9c"}
    r = httpx.post(
        f"{url}/v1/parse", files={"file": ("p.png", png(ENGLISH[:1]))}, data={"config": "{bad"}, headers=headers
    )
    assert r.status_code == 400
    assert r.json()["error"]["request_id"] == "trace-7f3a9c" == r.headers["x-request-id"]
    r = httpx.get(f"{url}/v1/jobs/nope", headers=AUTH, timeout=30)  # no id given: one is made
    rid = r.json()["error"]["request_id"]
    assert len(rid) == 16 and r.headers["x-request-id"] == rid
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and f"[{rid}]" not in log.read_text():
        time.sleep(0.2)
    lines = log.read_text().splitlines()
    assert any("[trace-7f3a9c]" in line and "/v1/parse" in line and "400" in line for line in lines), lines[-20:]
    assert any(f"[{rid}]" in line and "404" in line for line in lines)
    # every log record carries an id: `-` outside a request (start-up, shutdown)
    records = [line for line in lines if re.match(r"\d{4}-\d\d-\d\d ", line)]
    assert records and all(re.match(r"\S+ \S+ [A-Z]+ \[[\w.:-]+\] ", line) for line in records), records[:5]
    assert any("[-] uvicorn.error: Application startup complete" in line for line in records)


def test_metrics_text(keyed: tuple[str, Path]) -> None:
    url, _ = keyed
    text = httpx.get(f"{url}/metrics", headers=AUTH, timeout=30).text
    for name in (
        "docsense_requests_total",
        "docsense_pages_total",
        "docsense_queue_length",
        "docsense_model_seconds_total",
        "docsense_jobs",
    ):
        assert f"# TYPE {name} " in text, name
    assert metric(url, "docsense_model_seconds_total", AUTH) > 0
    assert metric(url, 'docsense_requests_total{method="POST",route="/v1/parse",status="200"}', AUTH) >= 1


def test_non_loopback_bind_without_a_key_refuses_to_start(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "DOCSENSE_API_KEYS"}
    r = subprocess.run(
        [EXE, "serve", "--host", "0.0.0.0", "--port", str(free_port()), "--set", f"server.data_dir={tmp_path}"],
        capture_output=True, text=True, timeout=120, env=env,
    )  # fmt: skip
    assert r.returncode == 2 and "refusing to serve on 0.0.0.0 without an API key" in r.stderr
    r = subprocess.run(
        [EXE, "serve", "--set", "server.api_keys=[short]", "--set", f"server.data_dir={tmp_path}"],
        capture_output=True, text=True, timeout=120, env=env,
    )  # fmt: skip
    assert r.returncode != 0 and "16 characters" in r.stderr


def test_requests_interleave_with_a_job_and_sigterm_finishes_the_request_requeues_the_job(tmp_path: Path) -> None:
    long_doc = pdf(ENGLISH * 3)  # 24 pages: still running when the signal comes
    with serving(tmp_path, "server.concurrency=1") as (url, proc):
        job = httpx.post(f"{url}/v1/jobs", files={"file": ("long.pdf", long_doc)}, timeout=60).json()
        deadline = time.monotonic() + 120
        while httpx.get(f"{url}/v1/jobs/{job['id']}", timeout=30).json()["pages_done"] < 1:
            assert time.monotonic() < deadline
            time.sleep(0.2)
        # one queue for requests and job pages: a request sent while the long job runs waits for one page only
        quick = httpx.post(f"{url}/v1/parse", files={"file": ("q.png", png(ENGLISH[7:8]))}, timeout=120)
        assert quick.status_code == 200 and Document.from_dict(quick.json()).render() == ENGLISH[7]
        now = httpx.get(f"{url}/v1/jobs/{job['id']}", timeout=30).json()
        assert now["status"] == "running" and now["pages_done"] < 24, now
        answer: dict[str, httpx.Response] = {}
        page = png(ENGLISH[6:7])
        request = threading.Thread(
            target=lambda: answer.update(r=httpx.post(f"{url}/v1/parse", files={"file": ("p.png", page)}, timeout=60))
        )
        request.start()
        time.sleep(0.5)  # the request is queued behind the job's page
        start = time.monotonic()
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=30)
        took = time.monotonic() - start
        request.join(timeout=30)
    assert took <= 30
    assert answer["r"].status_code == 200 and Document.from_dict(answer["r"].json()).render() == ENGLISH[6]
    with sqlite3.connect(tmp_path / "jobs.sqlite3") as db:
        status, owner = db.execute("SELECT status, owner FROM jobs WHERE id = ?", (job["id"],)).fetchone()
    assert status == "queued" and owner is None  # back in the queue for the next start, not lost as `running`
