"""The one queue every document goes through: synchronous requests and job pages, first come first served.

`n` threads (one per core by default) take tasks from one deque. A request is one task; a job is one task per page,
put back at the end of the queue after each page, so a long job and a stream of requests share the cores, neither
waiting for the other to finish. Up to `max_open_jobs` jobs are open at once; more wait in the store.
"""

from __future__ import annotations

import contextvars
import logging
import threading
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any, Protocol, TypeVar

T = TypeVar("T")
log = logging.getLogger("docsense.serve")


class Stopped(Exception):
    """The workers are shutting down: no new work."""


class Step(Protocol):
    """A job in progress: `step()` reads one page (or finishes); True while there is more to do."""

    def step(self) -> bool: ...


class _Call:
    def __init__(self, fn: Callable[[], Any], future: Future[Any]) -> None:
        self.fn, self.future = fn, future
        self.ctx = contextvars.copy_context()  # the request id travels with the work into the worker's log lines

    def run(self) -> None:
        if not self.future.set_running_or_notify_cancel():
            return  # the client gave up (timeout) before a worker was free
        try:
            self.future.set_result(self.ctx.run(self.fn))
        except BaseException as exc:  # handed to the awaiting request, never kills the worker
            self.future.set_exception(exc)


class Workers:
    def __init__(self, n: int, claim: Callable[[], Step | None], max_open_jobs: int, poll_s: float = 2.0) -> None:
        self.n = n
        self._claim = claim
        self.max_open_jobs = max_open_jobs
        self._poll_s = poll_s
        self._cond = threading.Condition()
        self._tasks: deque[_Call | Step] = deque()
        self._open: list[Step] = []  # claimed jobs, queued or being stepped
        self._look = True  # the store may hold runnable jobs
        self._claiming = False
        self._stopping = False
        self.busy = 0
        self.busy_seconds = 0.0
        self._threads = [
            threading.Thread(target=self._loop, name=f"docsense-worker-{i}", daemon=True) for i in range(n)
        ]
        for t in self._threads:
            t.start()

    @property
    def queued(self) -> int:
        return len(self._tasks)

    def submit(self, fn: Callable[[], T]) -> Future[T]:
        future: Future[T] = Future()
        with self._cond:
            if self._stopping:
                raise Stopped
            self._tasks.append(_Call(fn, future))
            self._cond.notify()
        return future

    def look_for_jobs(self) -> None:
        with self._cond:
            self._look = True
            self._cond.notify()

    def _next(self) -> _Call | Step | None:
        with self._cond:
            while not self._stopping:
                if self._look and not self._claiming and len(self._open) < self.max_open_jobs:
                    self._claiming = True
                    self._cond.release()
                    try:
                        job = self._claim()
                    except Exception:
                        log.exception("claiming a job failed")
                        job = None
                    finally:
                        self._cond.acquire()
                        self._claiming = False
                    if job is None:
                        self._look = False
                    else:
                        self._open.append(job)
                        self._tasks.append(job)
                        continue
                if self._tasks:
                    self.busy += 1
                    return self._tasks.popleft()
                if not self._cond.wait(self._poll_s):
                    self._look = True  # now and then: jobs of another process, lapsed claims
            return None

    def _loop(self) -> None:
        while (task := self._next()) is not None:
            more = False
            start = time.perf_counter()
            try:
                if isinstance(task, _Call):
                    task.run()
                else:
                    more = task.step()
            except Exception:
                log.exception("a job step failed")  # a job's own errors are its result; this is a bug
            with self._cond:
                self.busy -= 1
                self.busy_seconds += time.perf_counter() - start
                if isinstance(task, _Call):
                    pass
                elif more and not self._stopping:
                    self._tasks.append(task)
                elif not more:
                    self._open.remove(task)
                    self._look = True
                self._cond.notify_all()

    def stop(self, grace_s: float) -> list[Step]:
        """No new work; queued requests are cancelled; waits up to `grace_s` for the steps running now.
        Returns the jobs still open (the caller puts them back in the store's queue)."""
        with self._cond:
            self._stopping = True
            for task in self._tasks:
                if isinstance(task, _Call):
                    task.future.cancel()
            self._tasks.clear()
            self._cond.notify_all()
            self._cond.wait_for(lambda: self.busy == 0, timeout=grace_s)
            return list(self._open)
