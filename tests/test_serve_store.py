"""The job store (app/serve/jobs.py) on a real SQLite file: claims, one finish per job, keys, expiry, recovery."""

from __future__ import annotations

import json
import socket
import sqlite3
import time
from pathlib import Path

from docsense.app.serve.jobs import Ask, Store


def ask(key: str | None, digest: str = "d1") -> Ask:
    return Ask(key, digest, "parse", "a.pdf", None, "{}", "req-1")


def test_a_job_is_claimed_once_and_finished_once(tmp_path: Path) -> None:
    store = Store(tmp_path, ttl_s=60, max_kept=10)
    row, new = store.add_job(ask("k1"), b"%PDF", max_queued=4)
    assert new and row is not None and row.status == "queued"
    again, new = store.add_job(ask("k1"), b"%PDF", max_queued=4)
    assert not new and again is not None and again.id == row.id  # the same key: the same job
    claimed = store.claim()
    assert claimed is not None and claimed[0].id == row.id and claimed[1] == b"%PDF"
    assert store.claim() is None  # running: nobody else takes it
    assert store.progress(row.id, 1)
    assert store.finish(row.id, result='{"pages": []}')
    assert not store.finish(row.id, result='{"pages": []}')  # never twice
    done = store.get(row.id)
    assert done is not None and done.status == "done" and done.pages_done == 1 and done.expires is not None
    with sqlite3.connect(tmp_path / "jobs.sqlite3") as db:  # the input goes with the finish
        assert db.execute("SELECT count(*) FROM inputs").fetchone()[0] == 0
    store.close()


def test_full_queue_failed_keys_and_expiry(tmp_path: Path) -> None:
    store = Store(tmp_path, ttl_s=0.3, max_kept=10)
    first, _ = store.add_job(ask("a"), b"1", max_queued=1)
    assert store.add_job(ask("b"), b"2", max_queued=1) == (None, False)  # one queued already
    assert first is not None and store.claim() is not None
    store.finish(first.id, error=json.dumps({"type": "corrupt", "message": "x"}))
    retry, new = store.add_job(ask("a"), b"1", max_queued=1)  # a failed job's key is free again
    assert new and retry is not None and retry.id != first.id
    store.add_result(ask("r", "d2"), '{"source": "a"}')
    store.add_result(ask("r", "d2"), '{"source": "other"}')  # first writer wins
    kept = store.by_key("r")
    assert kept is not None and kept.result == '{"source": "a"}'
    deadline = time.monotonic() + 5
    while store.by_key("r") is not None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert store.by_key("r") is None and store.get(first.id) is None  # expired: gone for readers
    store.close()


def test_jobs_of_a_dead_process_are_queued_again(tmp_path: Path) -> None:
    store = Store(tmp_path, ttl_s=60, max_kept=10)
    row, _ = store.add_job(ask(None), b"x", max_queued=4)
    assert row is not None and store.claim() is not None
    with sqlite3.connect(tmp_path / "jobs.sqlite3") as db:  # as if a killed server had claimed it
        db.execute("UPDATE jobs SET owner = ? WHERE id = ?", (f"{socket.gethostname()}:999999999:dead", row.id))
    other = Store(tmp_path, ttl_s=60, max_kept=10)
    assert other.recover() == 1
    claimed = other.claim()
    assert claimed is not None and claimed[0].id == row.id and claimed[0].attempts == 2
    assert not store.finish(row.id, result="{}")  # the old claim is void
    assert other.finish(row.id, result="{}")
    assert other.release() == 0
    store.close()
    other.close()
