"""Durable jobs and stored results: one SQLite file (WAL) under `server.data_dir`.

A row is one piece of work and its answer: a queued job (its input in `inputs` until it is done), a running one
(`owner` = the process that claimed it, `lease` = until when the claim holds), or a finished one (`result` or
`error`, served until `expires`). `key` names the answer for idempotency: the client's Idempotency-Key or the
sha256 of what was asked (file, kind, template, settings). Every change is one transaction, so a kill -9 at any
moment leaves each job either queued (it runs again) or finished (once).
"""

from __future__ import annotations

import json
import os
import secrets
import socket
import sqlite3
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from docsense.app.procs import pid_alive

_SCHEMA = """
CREATE TABLE IF NOT EXISTS jobs (
    id TEXT PRIMARY KEY,
    key TEXT UNIQUE,
    digest TEXT NOT NULL,
    kind TEXT NOT NULL,
    status TEXT NOT NULL,
    source TEXT NOT NULL,
    template TEXT,
    settings TEXT NOT NULL,
    request_id TEXT NOT NULL DEFAULT '',
    created REAL NOT NULL,
    started REAL,
    finished REAL,
    expires REAL,
    pages_done INTEGER NOT NULL DEFAULT 0,
    attempts INTEGER NOT NULL DEFAULT 0,
    owner TEXT,
    lease REAL,
    result TEXT,
    error TEXT
);
CREATE INDEX IF NOT EXISTS jobs_status ON jobs (status, created);
CREATE INDEX IF NOT EXISTS jobs_expires ON jobs (expires);
CREATE TABLE IF NOT EXISTS inputs (id TEXT PRIMARY KEY, data BLOB NOT NULL);
"""


@dataclass
class Row:
    id: str
    key: str | None
    digest: str
    kind: str
    status: str
    source: str
    template: str | None
    settings: str
    request_id: str
    created: float
    started: float | None
    finished: float | None
    expires: float | None
    pages_done: int
    attempts: int
    owner: str | None
    lease: float | None
    result: str | None
    error: str | None


_COLUMNS = ", ".join(Row.__dataclass_fields__)


@dataclass
class Ask:
    """What a client asked: `key` names the answer, `digest` is the sha256 of the question itself."""

    key: str | None
    digest: str
    kind: str
    source: str
    template: str | None
    settings: str  # JSON, without the server section
    request_id: str


def new_id() -> str:
    """192 random bits: a job id is its own access token, so it must not be guessable."""
    return secrets.token_urlsafe(24)


class Store:
    LEASE_S = 600.0  # a claim lapses this long after the last page read (another host, a reused pid)

    def __init__(self, folder: Path, ttl_s: float, max_kept: int) -> None:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)  # uploads and results: for this user only
        self.path = folder / "jobs.sqlite3"
        self.path.touch(mode=0o600)  # SQLite gives its -wal and -shm files the database file's mode
        self.ttl_s = ttl_s
        self.max_kept = max_kept
        # host:pid:nonce — the nonce tells this process from an earlier one with the same pid (a container's pid 1)
        self.owner = f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(4)}"
        self._lock = threading.Lock()
        self._db = sqlite3.connect(self.path, timeout=30, isolation_level=None, check_same_thread=False)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")
        self._db.executescript(_SCHEMA)
        self._purged = 0.0

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def _tx(self, fn: Any) -> Any:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                out = fn(self._db)
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")
            return out

    @staticmethod
    def _row(values: tuple[Any, ...] | None) -> Row | None:
        return None if values is None else Row(*values)

    # reading

    def _live(self, column: str, value: str) -> Row | None:
        with self._lock:
            values = self._db.execute(f"SELECT {_COLUMNS} FROM jobs WHERE {column} = ?", (value,)).fetchone()
        row = self._row(values)
        return None if row is None or (row.expires is not None and row.expires < time.time()) else row

    def get(self, job_id: str) -> Row | None:
        return self._live("id", job_id)

    def by_key(self, key: str) -> Row | None:
        return self._live("key", key)

    def counts(self) -> dict[str, int]:
        with self._lock:
            rows = self._db.execute("SELECT status, count(*) FROM jobs GROUP BY status").fetchall()
        return {status: n for status, n in rows}

    # writing

    def _free_key(self, db: sqlite3.Connection, key: str | None) -> None:
        """A key held by an expired or failed row is released: asking again runs anew."""
        if key is not None:
            db.execute(
                "UPDATE jobs SET key = NULL WHERE key = ? AND (status = 'failed' OR expires < ?)", (key, time.time())
            )

    def add_job(self, ask: Ask, data: bytes, max_queued: int) -> tuple[Row | None, bool]:
        """(the job, True) once queued; (the row already holding `key`, False) when one does. None when full."""

        def tx(db: sqlite3.Connection) -> tuple[Row | None, bool]:
            self._free_key(db, ask.key)
            if ask.key is not None:
                old = self._row(db.execute(f"SELECT {_COLUMNS} FROM jobs WHERE key = ?", (ask.key,)).fetchone())
                if old is not None:
                    return old, False
            queued = db.execute("SELECT count(*) FROM jobs WHERE status = 'queued'").fetchone()[0]
            if queued >= max_queued:
                return None, False
            job_id = new_id()
            db.execute(
                "INSERT INTO jobs (id, key, digest, kind, status, source, template, settings, request_id, created)"
                " VALUES (?, ?, ?, ?, 'queued', ?, ?, ?, ?, ?)",
                (job_id, *self._asked(ask), time.time()),
            )
            db.execute("INSERT INTO inputs (id, data) VALUES (?, ?)", (job_id, data))
            return self._row(db.execute(f"SELECT {_COLUMNS} FROM jobs WHERE id = ?", (job_id,)).fetchone()), True

        return self._tx(tx)  # type: ignore[no-any-return]

    def add_result(self, ask: Ask, result: str) -> None:
        """A synchronous request's answer, kept for the next identical request (first writer wins)."""
        now = time.time()

        def tx(db: sqlite3.Connection) -> None:
            self._free_key(db, ask.key)
            db.execute(
                "INSERT OR IGNORE INTO jobs (id, key, digest, kind, status, source, template, settings, request_id,"
                " created, started, finished, expires, result) VALUES (?, ?, ?, ?, 'done', ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (new_id(), *self._asked(ask), now, now, now, now + self.ttl_s, result),
            )
            self._trim(db, now)

        self._tx(tx)

    @staticmethod
    def _asked(ask: Ask) -> tuple[Any, ...]:
        return ask.key, ask.digest, ask.kind, ask.source, ask.template, ask.settings, ask.request_id

    def claim(self) -> tuple[Row, bytes] | None:
        """The oldest runnable job, now owned by this process: queued, or running under a lapsed claim."""
        now = time.time()

        def tx(db: sqlite3.Connection) -> tuple[Row, bytes] | None:
            values = db.execute(
                f"SELECT {_COLUMNS} FROM jobs WHERE status = 'queued' OR (status = 'running' AND lease < ?)"
                " ORDER BY created LIMIT 1",
                (now,),
            ).fetchone()
            if values is None:
                return None
            row = Row(*values)
            data = db.execute("SELECT data FROM inputs WHERE id = ?", (row.id,)).fetchone()
            db.execute(
                "UPDATE jobs SET status = 'running', owner = ?, lease = ?, started = ?, attempts = attempts + 1,"
                " pages_done = 0 WHERE id = ?",
                (self.owner, now + self.LEASE_S, now, row.id),
            )
            if data is None:  # should not happen: fail it rather than loop on it
                db.execute(
                    "UPDATE jobs SET status = 'failed', error = ?, finished = ?, expires = ? WHERE id = ?",
                    (json.dumps({"type": "internal", "message": "job input lost"}), now, now + self.ttl_s, row.id),
                )
                return None
            row.status, row.owner, row.attempts = "running", self.owner, row.attempts + 1
            return row, bytes(data[0])

        return self._tx(tx)  # type: ignore[no-any-return]

    def progress(self, job_id: str, pages_done: int) -> bool:
        """Records progress and renews the claim; False when the job is no longer ours."""

        def tx(db: sqlite3.Connection) -> bool:
            cur = db.execute(
                "UPDATE jobs SET pages_done = ?, lease = ? WHERE id = ? AND owner = ? AND status = 'running'",
                (pages_done, time.time() + self.LEASE_S, job_id, self.owner),
            )
            return cur.rowcount == 1

        return self._tx(tx)  # type: ignore[no-any-return]

    def finish(self, job_id: str, result: str | None = None, error: str | None = None) -> bool:
        """Done (result) or failed (error), once: False when another process finished or took it."""
        now = time.time()

        def tx(db: sqlite3.Connection) -> bool:
            cur = db.execute(
                "UPDATE jobs SET status = ?, result = ?, error = ?, finished = ?, expires = ?, owner = NULL,"
                " lease = NULL WHERE id = ? AND owner = ? AND status = 'running'",
                ("failed" if error is not None else "done", result, error, now, now + self.ttl_s, job_id, self.owner),
            )
            if cur.rowcount == 1:
                db.execute("DELETE FROM inputs WHERE id = ?", (job_id,))
                self._trim(db, now)
            return cur.rowcount == 1

        return self._tx(tx)  # type: ignore[no-any-return]

    def release(self, job_ids: list[str] | None = None) -> int:
        """Back to the queue: this process's running jobs (all, or those named), e.g. on shutdown."""

        def tx(db: sqlite3.Connection) -> int:
            if job_ids is None:
                cur = db.execute(
                    "UPDATE jobs SET status = 'queued', owner = NULL, lease = NULL, pages_done = 0"
                    " WHERE owner = ? AND status = 'running'",
                    (self.owner,),
                )
                return cur.rowcount
            n = 0
            for job_id in job_ids:
                n += db.execute(
                    "UPDATE jobs SET status = 'queued', owner = NULL, lease = NULL, pages_done = 0"
                    " WHERE id = ? AND owner = ? AND status = 'running'",
                    (job_id, self.owner),
                ).rowcount
            return n

        return self._tx(tx)  # type: ignore[no-any-return]

    def recover(self) -> int:
        """Jobs claimed by a process of this host that no longer runs go back to the queue at once (a kill -9);
        others' claims lapse with their lease."""
        host, pid, _ = self.owner.split(":")

        def tx(db: sqlite3.Connection) -> int:
            n = 0
            for job_id, owner in db.execute("SELECT id, owner FROM jobs WHERE status = 'running'").fetchall():
                o_host, o_pid, _ = (owner or "::").split(":")
                if o_host == host and o_pid.isdigit() and (int(o_pid) == int(pid) or not pid_alive(int(o_pid))):
                    db.execute(
                        "UPDATE jobs SET status = 'queued', owner = NULL, lease = NULL, pages_done = 0 WHERE id = ?",
                        (job_id,),
                    )
                    n += 1
            return n

        return self._tx(tx)  # type: ignore[no-any-return]

    def _trim(self, db: sqlite3.Connection, now: float) -> None:
        """Expired rows go; beyond `max_kept` finished rows, the oldest go. At most once a second."""
        if now - self._purged < 1.0:
            return
        self._purged = now
        db.execute("DELETE FROM jobs WHERE expires < ?", (now,))
        db.execute(
            "DELETE FROM jobs WHERE id IN (SELECT id FROM jobs WHERE status IN ('done', 'failed')"
            " ORDER BY finished DESC LIMIT -1 OFFSET ?)",
            (self.max_kept,),
        )
        db.execute("DELETE FROM inputs WHERE id NOT IN (SELECT id FROM jobs)")
