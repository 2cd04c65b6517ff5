"""`docsense extract` as a batch: JSONL contract, a corrupt file among good ones, resume after kill -9 (each
document exactly once), torn last lines, CSV/XLSX. Inputs are invoice2data PDFs (text layers: no OCR, fast),
made distinct by appending bytes after %%EOF, which PDF readers ignore."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import invoice_copies

from docsense.app.batch import JsonlWriter, recover_output

EXE = [str(Path(sys.executable).parent / "docsense")]
KEYS = ["source", "sha256", "doc_type", "template", "fields", "items", "warnings", "error"]


def rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture
def pdfs(data_dir: Path, tmp_path: Path) -> list[Path]:
    out = invoice_copies(data_dir, tmp_path / "in", 6)
    return out


def run(args: list[str], **kw) -> subprocess.CompletedProcess[str]:  # type: ignore[no-untyped-def]
    return subprocess.run([*EXE, *args], capture_output=True, text=True, timeout=600, **kw)


def test_recover_output_drops_torn_line(tmp_path: Path) -> None:
    out = tmp_path / "r.jsonl"
    w = JsonlWriter(out)
    w.write({"source": "a", "sha256": "1"})
    w.write({"source": "b", "sha256": "2"})
    w.close()
    with out.open("ab") as f:
        f.write(b'{"source": "c", "sha2')  # killed mid-write
    assert recover_output(out) == {"1", "2"}
    assert [r["sha256"] for r in rows(out)] == ["1", "2"]
    assert out.read_bytes().endswith(b"\n")


@pytest.mark.model
def test_batch_with_corrupt_file_and_tables(pdfs: list[Path], tmp_path: Path) -> None:
    bad = tmp_path / "in" / "broken.png"
    bad.write_bytes(b"\x89PNG not really")
    out, csv, xlsx = tmp_path / "r.jsonl", tmp_path / "r.csv", tmp_path / "r.xlsx"
    r = run(["extract", str(tmp_path / "in"), "-t", "invoice", "-o", str(out), "--csv", str(csv), "--xlsx", str(xlsx)])
    assert r.returncode == 1, r.stderr
    got = rows(out)
    assert len(got) == 7 and len({g["sha256"] for g in got}) == 7
    for g in got:
        assert list(g)[: len(KEYS)] == KEYS
    errors = [g for g in got if g["error"]]
    assert [Path(e["source"]).name for e in errors] == ["broken.png"]
    good = [g for g in got if not g["error"]]
    assert all(g["fields"]["total"]["value"] == "127.50" for g in good)
    assert "broken.png" in r.stderr and "1 failed" in r.stderr
    assert csv.read_text().count("\n") == 8 and xlsx.stat().st_size > 0
    # a re-run finds everything done
    r2 = run(["extract", str(tmp_path / "in"), "-t", "invoice", "-o", str(out)])
    assert len(rows(out)) == 7 and "7 already in" in r2.stderr


@pytest.mark.model
def test_kill9_then_resume_gives_each_document_once(pdfs: list[Path], tmp_path: Path) -> None:
    out = tmp_path / "r.jsonl"
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(
        [*EXE, "extract", *map(str, pdfs), "-t", "invoice", "-o", str(out)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, start_new_session=True,
    )  # fmt: skip
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and proc.poll() is None:
        if out.exists() and out.read_bytes().count(b"\n") >= 1:
            break
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    with out.open("ab") as f:  # and as if the kill had torn a line
        f.write(b'{"source": "torn", "sha')
    first = out.read_bytes().count(b"\n")
    r = run(["extract", *map(str, pdfs), "-t", "invoice", "-o", str(out), "--workers", "2"])
    assert r.returncode == 0, r.stderr
    got = rows(out)
    shas = [g["sha256"] for g in got]
    assert len(got) == len(pdfs) and len(set(shas)) == len(pdfs)
    assert first < len(pdfs) or "already in" in r.stderr
    assert all(g["error"] is None for g in got)


class _DyingPool:
    """A process pool whose workers die on cue, in the first pool only: `die_at_submit` = the n-th submit finds the
    pool broken (a worker killed while idle, between two results); `die_on` = the document a worker was killed on."""

    def __init__(self, first: bool, die_at_submit: int | None, die_on: str | None) -> None:
        self.first, self.submits, self.die_at_submit, self.die_on = first, 0, die_at_submit, die_on

    def submit(self, fn: object, path: str, sha: str, template: str) -> object:
        from concurrent.futures import Future
        from concurrent.futures.process import BrokenProcessPool

        self.submits += 1
        if self.first and self.submits == self.die_at_submit:
            raise BrokenProcessPool("a child process terminated abruptly")
        fut: Future = Future()
        if self.first and path == self.die_on:
            fut.set_exception(BrokenProcessPool("a child process terminated abruptly"))
        else:
            fut.set_result(({"source": path, "sha256": sha, "error": None}, 1))
        return fut

    def shutdown(self, **kw: object) -> None:
        pass


@pytest.mark.parametrize(
    ("die_at_submit", "die_on", "crashed"), [(3, None, []), (None, "d2", ["d2"]), (5, "d1", ["d1"])]
)
def test_a_pool_broken_at_submit_or_on_a_document_loses_nothing(
    monkeypatch: pytest.MonkeyPatch, die_at_submit: int | None, die_on: str | None, crashed: list[str]
) -> None:
    """CI caught it once: a worker killed between two results broke the pool at the next submit, which raised out of
    the batch. Every document must come out once; only one a worker died on is reported crashed."""
    from docsense.app import batch
    from docsense.core.config import Settings

    pools: list[_DyingPool] = []

    def pool(*args: object, **kw: object) -> _DyingPool:
        pools.append(_DyingPool(not pools, die_at_submit, die_on))
        return pools[-1]

    monkeypatch.setattr(batch, "ProcessPoolExecutor", pool)
    jobs = [batch.Job(Path(f"d{i}"), f"s{i}") for i in range(8)]
    got = [row for row, _ in batch._results(jobs, Settings(), "invoice", 2)]
    assert sorted(r["source"] for r in got) == [f"d{i}" for i in range(8)]
    assert [r["source"] for r in got if r["error"]] == crashed
    assert len(pools) == 2
