"""`docsense extract --backend ray`: a local 2-CPU Ray on 127.0.0.1 gives the same rows as the local backend,
resumes like it (each document exactly once) and writes the same JSONL contract. Inputs: invoice2data PDFs
(text layers, no OCR), made distinct by bytes after %%EOF."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import invoice_copies

from docsense.app.batch import run_batch
from docsense.core.config import load_settings

ray = pytest.importorskip("ray")
KEYS = ["source", "sha256", "doc_type", "template", "fields", "items", "warnings", "error"]


def rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def local_ray() -> Iterator[None]:
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, _node_ip_address="127.0.0.1")
    yield
    ray.shutdown()


@pytest.fixture
def docs(data_dir: Path, tmp_path: Path) -> list[Path]:
    out = invoice_copies(data_dir, tmp_path / "in", 4)
    bad = tmp_path / "in" / "broken.png"
    bad.write_bytes(b"\x89PNG not really")
    return [*out, bad]


@pytest.mark.model
def test_ray_backend_matches_local_and_resumes(local_ray: None, docs: list[Path], tmp_path: Path) -> None:
    from docsense.app.batch_ray import backend

    settings = load_settings(overrides=["layout.enabled=false", "table.enabled=false"])
    ray_out, local_out = tmp_path / "ray.jsonl", tmp_path / "local.jsonl"
    first = run_batch(docs[:2], ray_out, settings, "invoice", workers=2, results=backend(None))
    assert first.done == 2 and first.failed == 0
    again = run_batch(docs, ray_out, settings, "invoice", workers=2, results=backend(None))  # resume
    assert (again.skipped, again.done, again.failed) == (2, 3, 1)
    local = run_batch(docs, local_out, settings, "invoice", workers=1)
    assert local.done == 5
    by_sha_ray = {r["sha256"]: r for r in rows(ray_out)}
    by_sha_local = {r["sha256"]: r for r in rows(local_out)}
    assert len(rows(ray_out)) == len(by_sha_ray) == 5  # every document exactly once
    assert by_sha_ray == by_sha_local  # identical results, whichever backend
    for r in rows(ray_out):
        assert set(KEYS) <= set(r)
    assert next(r for r in rows(ray_out) if r["source"].endswith("broken.png"))["error"].startswith("corrupt")
    assert next(iter(by_sha_ray.values()))["fields"]["total"]["value"]
