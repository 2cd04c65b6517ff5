"""Batch extraction into one JSONL file: worker processes (models load once each), resumable, kill -9 safe.

- Resume: documents whose content sha256 is already in the output are skipped.
- Crash safety: each result is one `write()` of a whole line to an O_APPEND file, then fsync; on the next run a
  torn last line (a kill during that write) is cut off, so no line is ever corrupt and no document appears twice.
- Workers: `spawn` processes, each building the Extractor once in its initializer. A worker is one core: with
  `workers=N` each runs single-threaded inference (parallel documents scale better than parallel kernels: 2 workers
  of 1 thread beat 1 worker of 2 threads); `workers=0` (default) starts one per core, at most one per document,
  and shares the cores among them (one document alone gets every core).
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing as mp
import os
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ALL_COMPLETED, FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from docsense.core.config import Settings
from docsense.core.document import Extraction
from docsense.core.engine import default_threads
from docsense.core.errors import DocsenseError
from docsense.core.io import read_bytes


@dataclass
class Job:
    path: Path
    sha256: str


@dataclass
class BatchReport:
    done: int = 0
    skipped: int = 0
    duplicates: int = 0
    pages: int = 0
    seconds: float = 0.0
    errors: list[tuple[str, str]] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return len(self.errors)


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def recover_output(path: Path) -> set[str]:
    """Read the existing output: drop a torn last line (and any unreadable line), return the sha256s done."""
    if not path.exists():
        return set()
    data = path.read_bytes()
    good: list[bytes] = []
    done: set[str] = set()
    dirty = False
    for raw in data.split(b"\n"):
        if not raw.strip():
            continue
        try:
            row = json.loads(raw)
            sha = row["sha256"]
        except (ValueError, KeyError, TypeError):
            dirty = True  # torn by a kill mid-write: the document is redone
            continue
        if sha and sha in done:
            dirty = True
            continue
        if sha:
            done.add(sha)
        good.append(raw)
    if dirty or (data and not data.endswith(b"\n")):
        tmp = path.with_name(path.name + ".tmp")
        with tmp.open("wb") as f:
            f.write(b"".join(g + b"\n" for g in good))
            f.flush()
            os.fsync(f.fileno())
        tmp.replace(path)
    return done


class JsonlWriter:
    """Appends whole lines: one write per line, flushed and fsynced before the next document counts as done."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)

    def write(self, row: dict[str, Any]) -> None:
        line = (json.dumps(row, ensure_ascii=False) + "\n").encode("utf-8")
        n = os.write(self.fd, line)
        if n != len(line):  # a short write on a full disk: never leave half a line
            raise OSError(f"short write ({n} of {len(line)} bytes)")
        os.fsync(self.fd)

    def close(self) -> None:
        os.close(self.fd)


# --- worker side -------------------------------------------------------------------------------------------------
_worker: Any = None


def _init_worker(settings_json: str, parent: int) -> None:
    global _worker
    from docsense.app.extract import Extractor
    from docsense.app.procs import die_with_parent

    die_with_parent(parent)  # a kill -9 or timeout of the batch must not leave workers of 1 GB+ behind

    _worker = Extractor(Settings.model_validate_json(settings_json))


def extract_one(extractor: Any, path: Path, sha: str, template: str) -> tuple[dict[str, Any], int]:
    """One document -> (JSONL row, pages). Never raises: failures become the row's `error`."""
    try:
        data = read_bytes(path, extractor.settings.limits)
    except DocsenseError as exc:
        return Extraction(source=str(path), sha256=sha, template=template, error=f"{exc.kind}: {exc}").model_dump(
            mode="json"
        ), 0
    except OSError as exc:
        return Extraction(source=str(path), sha256=sha, template=template, error=f"io: {exc}").model_dump(
            mode="json"
        ), 0
    return extract_data(extractor, data, str(path), sha, template)


def extract_data(extractor: Any, data: bytes, source: str, sha: str, template: str) -> tuple[dict[str, Any], int]:
    """The document's bytes -> (JSONL row, pages); never raises. Backends that ship bytes (Ray) call this."""
    try:
        parsed = extractor.pipeline.parse_bytes(data, source, keep_images=False)
        result = extractor.extract_document(parsed.document, template, sha)
        return result.model_dump(mode="json"), len(parsed.document.pages)
    except DocsenseError as exc:
        err = f"{exc.kind}: {exc}"
    except Exception as exc:  # one bad document never stops the batch
        err = f"{type(exc).__name__}: {exc}"
    return Extraction(source=source, sha256=sha, template=template, error=err).model_dump(mode="json"), 0


def _work(path: str, sha: str, template: str) -> tuple[dict[str, Any], int]:
    return extract_one(_worker, Path(path), sha, template)


# --- driver ------------------------------------------------------------------------------------------------------
def plan(files: list[Path], done: set[str]) -> tuple[list[Job], int, int]:
    """Jobs for files whose content is not done yet; a file whose content repeats an earlier one is skipped."""
    jobs, skipped, dup = [], 0, 0
    seen: set[str] = set()
    for f in files:
        try:
            sha = file_sha256(f)
        except OSError:
            sha = ""
        if sha and sha in done:
            skipped += 1
            continue
        if sha and sha in seen:
            dup += 1
            continue
        seen.add(sha)
        jobs.append(Job(f, sha))
    return jobs, skipped, dup


def plan_workers(requested: int, documents: int) -> tuple[int, int]:
    """(worker processes, inference threads each) for `requested` workers (0 = auto) and that many documents."""
    if requested > 0:
        return requested, 1
    cores = default_threads()
    workers = max(1, min(cores, documents))
    return workers, max(1, cores // workers)


def worker_settings(settings: Settings, threads: int) -> Settings:
    """The settings a worker runs with; an explicit `engine.intra_op_threads` is kept."""
    if settings.engine.intra_op_threads:
        return settings
    s = settings.model_copy(deep=True)
    s.engine.intra_op_threads = threads
    return s


def run_batch(
    files: list[Path],
    out: Path,
    settings: Settings,
    template: str,
    workers: int = 0,
    on_done: Callable[[dict[str, Any], int], None] | None = None,
    on_plan: Callable[[int], None] | None = None,
    results: Callable[[list[Job], Settings, str, int], Iterator[tuple[dict[str, Any], int]]] | None = None,
) -> BatchReport:
    """`results` is the backend (default: local processes); the output contract and resume logic are shared.
    `workers`: 0 = one per core (see `plan_workers`)."""
    report = BatchReport()
    done = recover_output(out)
    jobs, report.skipped, report.duplicates = plan(files, done)
    if on_plan:
        on_plan(len(jobs))
    writer = JsonlWriter(out)
    start = time.perf_counter()
    try:
        n, threads = plan_workers(workers, len(jobs))
        for row, pages in (results or _results)(jobs, worker_settings(settings, threads), template, n):
            writer.write(row)
            report.done += 1
            report.pages += pages
            if row.get("error"):
                report.errors.append((row["source"], row["error"]))
            if on_done:
                on_done(row, pages)
    finally:
        writer.close()
        report.seconds = time.perf_counter() - start
    return report


@contextmanager
def _stopped_on_interrupt(pool: ProcessPoolExecutor) -> Iterator[None]:
    """Normal end: the pool shuts down as usual. Ctrl-C, SIGTERM turned exception, a consumer that stops early:
    the workers are killed at once instead of finishing every document already handed to them."""
    try:
        yield
    except BaseException:
        processes = list(getattr(pool, "_processes", {}).values())  # no public handle on the worker processes
        pool.shutdown(wait=False, cancel_futures=True)
        for proc in processes:
            proc.kill()
        raise
    pool.shutdown(wait=True)


def _results(jobs: list[Job], settings: Settings, template: str, workers: int) -> Iterator[tuple[dict[str, Any], int]]:
    if not jobs:
        return
    if workers <= 1:
        from docsense.app.extract import Extractor

        ex = Extractor(settings)
        for job in jobs:
            yield extract_one(ex, job.path, job.sha256, template)
        return
    s_json = settings.model_dump_json()
    pending = list(jobs)
    while pending:
        ctx = mp.get_context("spawn")
        pool = ProcessPoolExecutor(workers, mp_context=ctx, initializer=_init_worker, initargs=(s_json, os.getpid()))
        with _stopped_on_interrupt(pool):
            futures: dict[Future[tuple[dict[str, Any], int]], Job] = {}
            queue = list(pending)
            pending = []
            broken = crashed = False
            # keep a bounded number in flight so results stream out in roughly input order
            while (queue or futures) and not broken:
                while queue and len(futures) < 2 * workers:
                    try:
                        futures[pool.submit(_work, str(queue[0].path), queue[0].sha256, template)] = queue[0]
                    except BrokenProcessPool:  # a worker died since the last wait
                        broken = True
                        break
                    queue.pop(0)
                # a broken pool fails all it holds at once: collect them all so the culprit is among them
                finished, _ = wait(futures, return_when=ALL_COMPLETED if broken else FIRST_COMPLETED)
                for fut in finished:
                    job = futures.pop(fut)
                    try:
                        yield fut.result()
                    except BrokenProcessPool:
                        broken = crashed = True
                        pending.append(job)
                    except Exception as exc:
                        row = Extraction(
                            source=str(job.path), sha256=job.sha256, template=template, error=f"worker: {exc}"
                        )
                        yield row.model_dump(mode="json"), 0
            pending.extend(futures.values())  # what a broken pool still held runs again on a fresh one
            pending.extend(queue)
        if crashed:
            # a worker died on a document (e.g. the OOM killer): the first one that failed is the likely culprit
            job = pending.pop(0)
            row = Extraction(source=str(job.path), sha256=job.sha256, template=template, error="worker: crashed")
            yield row.model_dump(mode="json"), 0
