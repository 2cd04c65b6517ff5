"""The UI in a real browser: `docsense ui` on 127.0.0.1 (a free port), Debian's chromium driven by Playwright.

Uploads an invoice, waits for the result, checks the fields, a table and the page overlay are shown, downloads
the labeled corrections and feeds them to the NER trainer's reader. Screenshot: tests/artifacts/ui_invoice.png.
Skipped when /usr/bin/chromium or playwright is absent (CI installs chromium: apt-get install -y chromium).
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "tests" / "artifacts"
INVOICE = "invoices_invoice2data/files/SammyMaystoneLinesTest.pdf"

pytestmark = [
    pytest.mark.model,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="/usr/bin/chromium not installed (apt-get install chromium)"),
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def user_templates(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("user_templates")


@pytest.fixture(scope="module")
def ui_url(tmp_path_factory: pytest.TempPathFactory, user_templates: Path) -> Iterator[str]:
    port = free_port()
    # a path, not a list: the one user template folder the editor saves into
    cmd = [str(Path(sys.executable).parent / "docsense"), "ui", "--port", str(port),
           "--set", f"kie.template_dirs={user_templates}"]  # fmt: skip
    env = {**os.environ, "HOME": str(tmp_path_factory.mktemp("home"))}  # no user state leaks in or out
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            start_new_session=True)  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                pytest.fail(f"docsense ui exited: {proc.stdout.read().decode(errors='replace')[-2000:]}")  # type: ignore[union-attr]
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                time.sleep(0.5)
        else:
            pytest.fail("docsense ui did not come up within 90 s")
        yield url
    finally:
        stop(proc)


def stop(proc: subprocess.Popen[bytes]) -> None:
    """Ends the process group we started (docsense ui and its streamlit child), by id."""
    for sig, wait in ((signal.SIGTERM, 15), (signal.SIGKILL, 5)):
        try:
            os.killpg(proc.pid, sig)
        except ProcessLookupError:
            return
        try:
            proc.wait(timeout=wait)
            return
        except subprocess.TimeoutExpired:
            continue


def test_invoice_in_chromium(ui_url: str, data_dir: Path, tmp_path: Path) -> None:
    sync_api = pytest.importorskip("playwright.sync_api")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch_persistent_context(
            str(tmp_path / "profile"),  # a fresh --user-data-dir
            executable_path=str(CHROMIUM),
            headless=True,
            args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"],
            viewport={"width": 1600, "height": 1400},
            accept_downloads=True,
        )  # fmt: skip
        try:
            page = browser.new_page()
            page.goto(ui_url, wait_until="domcontentloaded", timeout=60_000)
            page.get_by_text("Upload one or more images or PDFs.").wait_for(timeout=180_000)  # models loaded
            page.locator('[data-testid="stFileUploaderDropzoneInput"]').first.set_input_files(str(data_dir / INVOICE))
            page.get_by_role("heading", name="Fields").wait_for(timeout=180_000)
            page.get_by_role("heading", name="Tables (1)").wait_for(timeout=60_000)
            assert page.get_by_text("template: invoice").is_visible()
            grids = page.locator('[data-testid="stDataFrame"]')
            grids.nth(1).wait_for(state="attached", timeout=60_000)  # grids render after their headings
            assert grids.count() >= 2  # the fields editor and the table
            page.locator('img[src*="/media/"]').first.wait_for(state="visible", timeout=60_000)  # the overlay
            assert not page.locator('[data-testid="stException"]').count()
            # the fields are in the editor's accessible grid (the canvas draws them)
            fields_grid = grids.first
            fields_grid.scroll_into_view_if_needed()
            assert "total" in fields_grid.inner_text() or page.get_by_text("127.50").count()
            page.screenshot(path=str(ARTIFACTS / "ui_invoice.png"), full_page=True)
            with page.expect_download(timeout=60_000) as info:
                page.get_by_role("button", name="Save corrections (labeled JSONL)").click()
            saved = tmp_path / "labels.jsonl"
            info.value.save_as(str(saved))
        finally:
            browser.close()
    from docsense.synth.ner_lines import read_jsonl

    examples = read_jsonl(saved)
    labeled = {(ex["text"][s["start"] : s["end"]], s["label"]) for ex in examples for s in ex["spans"]}
    assert ("127.50", "TOTAL") in labeled


TEMPLATE = """name: e2e_invoice
doc_type: invoice
fields:
  total:
    keys: [Total]
    type: money
    strategy: [right, below]
    prefer: last
"""


def browser(pw, tmp_path: Path):  # type: ignore[no-untyped-def]
    return pw.chromium.launch_persistent_context(
        str(tmp_path / "profile"),
        executable_path=str(CHROMIUM),
        headless=True,
        args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
              "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        viewport={"width": 1600, "height": 1400},
    )  # fmt: skip


def test_template_editor_validate_save_and_use(ui_url: str, user_templates: Path, tmp_path: Path) -> None:
    """Validate says so cleanly, "Save and use" writes the one user template folder and selects the template at
    once (it reads the next upload); the CLI and the API find it there too."""
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as pw:
        context = browser(pw, tmp_path)
        try:
            page = context.new_page()
            page.goto(ui_url, wait_until="domcontentloaded", timeout=60_000)
            page.get_by_text("Upload one or more images or PDFs.").wait_for(timeout=180_000)
            page.get_by_role("tab", name="Template editor").click()
            yaml_box = page.get_by_label("YAML")
            yaml_box.fill(TEMPLATE)
            yaml_box.press("Control+Enter")  # Streamlit takes a text area's value on Ctrl+Enter
            page.get_by_role("button", name="Validate").click()
            page.get_by_text("template 'e2e_invoice' is valid").wait_for(timeout=30_000)
            body = page.locator("body").inner_text()
            assert "DeltaGenerator" not in body and "_repr" not in body  # no object repr under the message
            page.get_by_role("button", name="Save and use").click()
            page.get_by_text("selected as the template").wait_for(timeout=60_000)
            assert not page.locator('[data-testid="stException"]').count()
            assert "StreamlitAPIException" not in page.locator("body").inner_text()
            assert (user_templates / "e2e_invoice.yaml").read_text(encoding="utf-8") == TEMPLATE
            # selected at once: the next document is read with it
            page.get_by_role("tab", name="Documents").click()
            sample = ROOT / "samples" / "invoice_en.png"
            page.locator('[data-testid="stFileUploaderDropzoneInput"]').first.set_input_files(str(sample))
            page.get_by_text("template: e2e_invoice").wait_for(timeout=180_000)
            page.screenshot(path=str(ARTIFACTS / "ui_template_editor.png"), full_page=True)
        finally:
            context.close()
    # the CLI, with the same folder
    out = tmp_path / "out.jsonl"
    cli = [str(Path(sys.executable).parent / "docsense"), "extract", str(ROOT / "samples" / "invoice_en.png"),
           "-t", "e2e_invoice", "--set", f"kie.template_dirs={user_templates}", "-o", str(out)]  # fmt: skip
    subprocess.run(cli, cwd=ROOT, check=True, capture_output=True, timeout=300)
    import json

    row = json.loads(out.read_text().splitlines()[0])
    assert row["template"] == "e2e_invoice" and row["fields"]["total"]["value"] == "38373.93"
    # and the API
    from fastapi.testclient import TestClient

    from docsense.app.serve.api import create_app
    from docsense.core.config import load_settings

    settings = load_settings(overrides=[f"kie.template_dirs={user_templates}", f"server.data_dir={tmp_path / 'store'}"])
    with TestClient(create_app(settings, warm_up=False)) as client:
        assert "e2e_invoice" in client.get("/v1/templates").json()["templates"]
