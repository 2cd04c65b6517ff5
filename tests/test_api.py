"""The JSON API on real inputs: contracts, error codes and bodies, limits, jobs, config overrides, OpenAPI."""

from __future__ import annotations

import io
import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image
from render import ENGLISH, text_page

from docsense.core.config import Settings
from docsense.core.document import Document, Extraction

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.model


def png(img: Image.Image) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


def small_page(lines: list[str]) -> tuple[bytes, list[str]]:
    """A short rendered page (quick to read) with known text."""
    img, _ = text_page(lines, size=30, width=1100, height=200 + 70 * len(lines))
    return png(img), lines


def wait_ready(client, timeout: float = 300.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if client.get("/ready").status_code == 200:
            return
        time.sleep(0.25)
    pytest.fail(f"not ready: {client.get('/ready').json()}")


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator:
    from fastapi.testclient import TestClient

    from docsense.app.serve.api import create_app

    data_dir = str(tmp_path_factory.mktemp("store"))
    settings = Settings.model_validate(
        {
            "server": {"max_upload_bytes": 3_000_000, "max_sync_pages": 2, "data_dir": data_dir},
            "limits": {"max_pixels": 10_000_000},
        }
    )
    with TestClient(create_app(settings)) as c:
        wait_ready(c)
        yield c


def error_of(response) -> dict:
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"type", "message", "request_id"}, body
    assert response.headers["content-type"].startswith("application/json")
    assert body["error"]["request_id"] == response.headers["x-request-id"]  # the id of its log lines
    return body["error"]


def test_health_and_ready(client) -> None:
    assert client.get("/health").json() == {"status": "ok"}
    ready = client.get("/ready")
    assert ready.status_code == 200 and ready.json()["status"] == "ready"


def test_parse_sample_contract_and_filename_is_only_a_label(client) -> None:
    data = (ROOT / "samples" / "zh_product.jpg").read_bytes()
    r = client.post("/v1/parse", files={"file": ("../../etc/../passwd.jpg", data, "image/jpeg")})
    assert r.status_code == 200, r.text
    body = r.json()
    doc = Document.from_dict(body)  # the document JSON contract, exactly
    assert doc.source == "passwd.jpg"
    assert set(body) == {"source", "pages", "metadata"}
    assert doc.pages[0].width == 500 and doc.pages[0].height == 500
    assert "纯臻营养护发素" in doc.render()


def test_extract_receipt_template(client, data_dir: Path) -> None:
    gt = json.loads((data_dir / "receipts_sroie" / "gt.jsonl").read_text().splitlines()[0])
    data = (data_dir / "receipts_sroie" / gt["filename"]).read_bytes()
    r = client.post("/v1/extract", files={"file": ("000.jpg", data, "image/jpeg")}, data={"template": "receipt"})
    assert r.status_code == 200, r.text
    ex = Extraction.model_validate(r.json())
    assert ex.template == "receipt" and ex.error is None and len(ex.sha256) == 64
    assert ex.fields["total"].value == gt["total"]
    assert ex.fields["total"].bbox is not None


def test_extract_kv_pairs_and_entities_of_a_form(client, data_dir: Path) -> None:
    data = (data_dir / "forms_funsd" / "images" / "00040534.png").read_bytes()
    r = client.post("/v1/extract", files={"file": ("form.png", data, "image/png")}, data={"template": "kv"})
    assert r.status_code == 200, r.text
    ex = Extraction.model_validate(r.json())
    assert ex.template == "kv" and ex.error is None
    pairs = {(p.key.rstrip(":"), p.value) for p in ex.pairs}
    assert ("DATE RECEIVED", "12/28/78") in pairs or any(v == "12/28/78" for _, v in pairs), pairs
    labels = {e.label for e in ex.entities}
    assert {"question", "answer"} <= labels and all(len(e.bbox) == 4 for e in ex.entities)


def test_extract_with_uploaded_template(client) -> None:
    page, _ = small_page(ENGLISH[3:6])
    template = (
        "name: water_letter\ndoc_type: letter\nfields:\n"
        "  invoice_number:\n    keys: ['Invoice number']\n    strategy: [right]\n    pattern: '(INV-[0-9-]+)'\n"
    )
    r = client.post(
        "/v1/extract",
        files={"file": ("p.png", page, "image/png"), "template_file": ("../t.yaml", template.encode(), "text/yaml")},
    )
    assert r.status_code == 200, r.text
    ex = Extraction.model_validate(r.json())
    assert ex.fields["invoice_number"].value == "INV-2024-0042"
    assert "/" not in ex.template


def test_templates_list(client) -> None:
    names = client.get("/v1/templates").json()["templates"]
    assert names[:2] == ["auto", "kv"] and "receipt" in names


@pytest.mark.parametrize(
    ("payload", "status", "kind"),
    [
        (b"", 422, "corrupt"),
        (b"hello, this is a plain text file\n", 415, "unsupported"),
        (b"<html><body>hi</body></html>", 415, "unsupported"),
        (b"\xff\xd8\xff\xe0 truncated jpeg", 422, "corrupt"),
        (b"%PDF-1.4 not really a pdf", 422, "corrupt"),
    ],
)
def test_bad_files_get_status_and_json_body(client, payload: bytes, status: int, kind: str) -> None:
    for path in ("/v1/parse", "/v1/extract", "/v1/ocr/det"):
        r = client.post(path, files={"file": ("x.jpg", payload, "image/jpeg")})
        assert r.status_code == status, (path, r.text)
        assert error_of(r)["type"] == kind


def test_oversized_upload_is_refused_while_streaming(client) -> None:
    big = b"\x89PNG" + b"\0" * 3_200_000
    r = client.post("/v1/parse", files={"file": ("big.png", big, "image/png")})
    assert r.status_code == 413 and error_of(r)["type"] == "too_large"

    def chunks() -> Iterator[bytes]:  # no Content-Length: the body is counted as it arrives
        boundary = b"--b0undary\r\n"
        yield boundary + b'Content-Disposition: form-data; name="file"; filename="big.png"\r\n\r\n'
        for _ in range(100):
            yield b"\0" * 65536
        yield b"\r\n--b0undary--\r\n"

    r = client.post("/v1/parse", content=chunks(), headers={"content-type": "multipart/form-data; boundary=b0undary"})
    assert r.status_code == 413 and error_of(r)["type"] == "too_large"


def test_pixel_and_page_limits(client) -> None:
    huge = png(Image.new("L", (4000, 3000), 255))  # 12 MP > limits.max_pixels (10 MP), a small file
    r = client.post("/v1/parse", files={"file": ("huge.png", huge, "image/png")})
    assert r.status_code == 413 and "max_pixels" in error_of(r)["message"]
    pdf = io.BytesIO()
    pages = [Image.new("RGB", (200, 200), "white") for _ in range(3)]
    pages[0].save(pdf, "PDF", save_all=True, append_images=pages[1:])
    r = client.post("/v1/parse", files={"file": ("long.pdf", pdf.getvalue(), "application/pdf")})
    assert r.status_code == 413 and "max_pages" in error_of(r)["message"]


def test_config_overrides(client) -> None:
    from docsense.core import engine

    page, lines = small_page(ENGLISH[:2])
    n_engines = len(engine._CACHE)
    service = client.app.state.service
    base = service.pipeline(service.settings)
    r = client.post(
        "/v1/parse",
        files={"file": ("p.png", page, "image/png")},
        data={"config": json.dumps({"ocr": {"det": {"thresh": 0.25, "unclip_ratio": 1.8}}})},
    )
    assert r.status_code == 200, r.text
    assert [ln.text for ln in Document.from_dict(r.json()).pages[0].lines()] == lines
    tuned = service.pipeline(
        service.request_settings(json.dumps({"ocr": {"det": {"thresh": 0.25, "unclip_ratio": 1.8}}}))
    )
    assert tuned is not base and tuned.ocr.detector.cfg.thresh == 0.25
    assert len(engine._CACHE) == n_engines  # a threshold change loads no model again
    for config, needle in [
        ("{not json", "not JSON"),
        ("[1, 2]", "JSON object"),
        ('{"ocr": {"det": {"thresh": "high"}}}', "ocr.det.thresh"),
        ('{"ocr": {"nope": 1}}', "ocr.nope"),
        ('{"limits": {"max_pixels": 1e12}}', "limits"),
        ('{"ocr": {"det": {"model": "/etc/passwd"}}}', "ocr.det.model"),
    ]:
        r = client.post("/v1/parse", files={"file": ("p.png", page, "image/png")}, data={"config": config})
        assert r.status_code == 400, config
        err = error_of(r)
        assert err["type"] == "config" and needle in err["message"]


def test_unknown_template_and_bad_template_file(client) -> None:
    page, _ = small_page(ENGLISH[:1])
    r = client.post("/v1/extract", files={"file": ("p.png", page)}, data={"template": "../../etc/passwd"})
    assert r.status_code == 422 and error_of(r)["type"] == "template"
    bad = b"name: x\ndoc_type: y\nfields:\n  total:\n    type: colour\n"
    r = client.post("/v1/extract", files={"file": ("p.png", page), "template_file": ("t.yaml", bad)})
    assert r.status_code == 422 and "fields.total.type" in error_of(r)["message"]


def test_ocr_det_and_rec(client) -> None:
    img, gt = text_page(ENGLISH[:3], size=30, width=1100, height=420)
    r = client.post("/v1/ocr/det", files={"file": ("p.png", png(img), "image/png")})
    assert r.status_code == 200, r.text
    boxes = r.json()["boxes"]
    assert len(boxes) == 3 and all(len(b["polygon"]) == 4 for b in boxes)
    crops = [("files", (f"l{i}.png", png(img.crop((int(x0) - 8, int(y0) - 8, int(x1) + 8, int(y1) + 8)))))
             for i, (_, (x0, y0, x1, y1)) in enumerate(gt)]  # fmt: skip
    r = client.post("/v1/ocr/rec", files=crops)
    assert r.status_code == 200, r.text
    assert [x["text"] for x in r.json()["results"]] == [t for t, _ in gt]
    r = client.post("/v1/ocr/rec", files=[("files", ("a.txt", b"plain text"))])
    assert r.status_code == 415


def test_jobs_multi_page_pdf(client) -> None:
    pdf = io.BytesIO()
    pages = [text_page([line], size=30, width=1100, height=300)[0] for line in ENGLISH[:3]]
    pages[0].save(pdf, "PDF", save_all=True, append_images=pages[1:], resolution=200)
    r = client.post("/v1/jobs", files={"file": ("long.pdf", pdf.getvalue(), "application/pdf")})
    assert r.status_code == 202, r.text
    job_id = r.json()["id"]
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        job = client.get(f"/v1/jobs/{job_id}").json()
        if job["status"] in ("done", "failed"):
            break
        time.sleep(0.5)
    assert job["status"] == "done", job
    doc = Document.from_dict(job["document"])
    assert len(doc.pages) == 3 and job["pages_done"] == 3  # /v1/parse refuses > max_sync_pages (2) pages
    assert [p.render() for p in doc.pages] == ENGLISH[:3]
    r = client.get("/v1/jobs/nope")
    assert r.status_code == 404 and error_of(r)["type"] == "not_found"


def test_timeout_is_504(tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from docsense.app.serve.api import create_app

    server = {"request_timeout_s": 0.001, "data_dir": str(tmp_path)}
    app = create_app(Settings.model_validate({"server": server}), warm_up=False)
    page, _ = small_page(ENGLISH[:1])
    with TestClient(app) as c:
        r = c.post("/v1/parse", files={"file": ("p.png", page)})
    assert r.status_code == 504 and error_of(r)["type"] == "timeout"


def test_openapi_describes_contracts(client) -> None:
    spec = client.get("/openapi.json").json()
    paths = spec["paths"]
    for path in ("/v1/parse", "/v1/extract", "/v1/ocr/det", "/v1/ocr/rec", "/v1/templates", "/v1/jobs", "/health"):
        assert path in paths
    ok = paths["/v1/parse"]["post"]["responses"]["200"]["content"]["application/json"]["schema"]
    assert ok == {"$ref": "#/components/schemas/Document"}
    assert {"413", "415", "422"} <= set(paths["/v1/parse"]["post"]["responses"])
    assert "Extraction" in spec["components"]["schemas"]
