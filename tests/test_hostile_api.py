"""Hostile requests to the API: backtracking templates, extra file parts, configs asking for more memory than the
server allows, page counts above server.max_sync_pages, huge line crops; /health answers throughout."""

from __future__ import annotations

import io
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from hostile import many_page_tiff, pdf, text_op
from PIL import Image

from docsense.core.config import Settings

pytestmark = pytest.mark.model
EXE = str(Path(sys.executable).parent / "docsense")
LIGHT = ["layout.enabled=false", "table.enabled=false", "ocr.seal.enabled=false"]
SLOW_LINE = "ab" * 30 + "!"  # (ab|ab)+$ tries 2**30 ways on it
SLOW_TEMPLATE = "name: slow\ndoc_type: t\nfields:\n  total:\n    keys: ['re:(ab|ab)+$']\n"


def _png(size: tuple[int, int], fmt: str = "PNG") -> bytes:
    buf = io.BytesIO()
    Image.new("L", size, 255).save(buf, fmt)
    return buf.getvalue()


def _slow_pdf() -> bytes:
    return pdf(text_op("Invoice 42", 60, 760) + text_op(SLOW_LINE, 60, 700))


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator:
    from fastapi.testclient import TestClient

    from docsense.app.serve.api import create_app

    settings = Settings.model_validate(
        {
            "server": {"max_sync_pages": 3, "data_dir": str(tmp_path_factory.mktemp("store")), "keep_results": False},
            "layout": {"enabled": False},
            "table": {"enabled": False},
        }
    )
    with TestClient(create_app(settings, warm_up=False)) as c:
        yield c


def _error(r: httpx.Response) -> dict:
    assert set(r.json()) == {"error"}, r.text
    return r.json()["error"]


def test_two_files_in_one_request_are_refused_not_dropped(client) -> None:
    parts = [("file", ("a.png", _png((200, 100)))), ("file", ("b.png", _png((200, 100))))]
    for route in ("/v1/parse", "/v1/extract", "/v1/ocr/det"):
        r = client.post(route, files=parts)
        assert r.status_code == 422 and "2 'file' parts" in _error(r)["message"], (route, r.text)


def test_tiff_pages_above_max_sync_pages_are_refused(client) -> None:
    r = client.post("/v1/parse", files={"file": ("t.tif", many_page_tiff(8, (120, 160)))})
    assert r.status_code == 413 and "pages" in _error(r)["message"]


@pytest.mark.parametrize(
    ("config", "needle"),
    [
        ({"ocr": {"det": {"max_input_pixels": 10**9}}}, "ocr.det.max_input_pixels"),
        ({"ocr": {"rec": {"max_width": 30000}}}, "ocr.rec.max_width"),
        ({"ocr": {"det": {"limit_side_len": -5}}}, "limit_side_len"),
        ({"ocr": {"det": {"thresh": float("nan")}}}, "thresh"),
    ],
)
def test_request_config_cannot_raise_memory_knobs_or_break_ranges(client, config: dict, needle: str) -> None:
    r = client.post("/v1/parse", files={"file": ("a.png", _png((200, 100)))}, data={"config": json.dumps(config)})
    assert r.status_code == 400 and needle in _error(r)["message"], r.text


def test_deeply_nested_request_config_is_a_400(client) -> None:
    nested = "[" * 100_000 + "]" * 100_000
    r = client.post("/v1/parse", files={"file": ("a.png", _png((200, 100)))}, data={"config": nested})
    assert r.status_code == 400 and _error(r)["type"] == "config"


def test_uploaded_template_that_backtracks_on_probes_is_a_422(client) -> None:
    bad = b"name: t\ndoc_type: t\nfields:\n  total:\n    keys: ['re:(a|aa)+$']\n"
    r = client.post("/v1/extract", files={"file": ("d.pdf", _slow_pdf()), "template_file": ("t.yaml", bad)})
    assert r.status_code == 422 and "backtracks" in _error(r)["message"], r.text


def test_uploaded_template_that_backtracks_on_the_document_is_a_422(client) -> None:
    start = time.monotonic()
    files = {"file": ("d.pdf", _slow_pdf()), "template_file": ("t.yaml", SLOW_TEMPLATE.encode())}
    r = client.post("/v1/extract", files=files)
    assert r.status_code == 422 and "(ab|ab)+$" in _error(r)["message"], r.text
    assert time.monotonic() - start < 60


def test_huge_line_crops_are_read_reduced(client) -> None:
    crops = [("files", (f"c{i}.jpg", _png((6000, 6000), "JPEG"))) for i in range(4)]
    r = client.post("/v1/ocr/rec", files=crops)
    assert r.status_code == 200 and len(r.json()["results"]) == 4, r.text


# --- a live server: /health while a backtracking template is being matched ------------------------------------


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_health_answers_while_a_backtracking_template_runs_and_temp_dirs_are_left_clean(tmp_path: Path) -> None:
    port, tmp = _port(), tmp_path / "tmp"
    tmp.mkdir()
    sets = [*LIGHT, f"server.data_dir={tmp_path / 'store'}", "server.request_timeout_s=20", "kie.regex_budget_s=600"]
    cmd = [EXE, "serve", "--port", str(port), *(x for s in sets for x in ("--set", s))]
    env = {**os.environ, "TMPDIR": str(tmp)}
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(600):
            assert proc.poll() is None
            try:
                if httpx.get(f"{url}/ready", timeout=5).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            time.sleep(0.3)
        answers: list[httpx.Response] = []
        files = {"file": ("d.pdf", _slow_pdf()), "template_file": ("t.yaml", SLOW_TEMPLATE.encode())}
        worker = threading.Thread(
            target=lambda: answers.append(httpx.post(f"{url}/v1/extract", files=files, timeout=120))
        )
        start = time.monotonic()
        worker.start()
        slowest = 0.0
        while worker.is_alive() and time.monotonic() - start < 100:
            t0 = time.monotonic()
            assert httpx.get(f"{url}/health", timeout=10).status_code == 200
            slowest = max(slowest, time.monotonic() - t0)
            time.sleep(0.1)
        worker.join(timeout=60)
        took = time.monotonic() - start
        assert answers and answers[0].status_code in (422, 504), answers
        assert took < 2 * 20, took
        assert slowest < 2.0, slowest
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=60)
        assert not [p for p in tmp.iterdir() if p.name.startswith("docsense")], list(tmp.iterdir())
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=30)
