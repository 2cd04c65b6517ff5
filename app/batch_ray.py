"""The batch on Ray: `docsense extract ... --backend ray [--address HOST:PORT]`.

One actor per worker, each building the Extractor once (models load once per actor). The driver reads each file
and ships its bytes, so the inputs need not be on the cluster's nodes. Output, resume and kill -9 safety are
app/batch.py's (this module only supplies the `results` backend to `run_batch`). At most one document is in flight
per actor, so driver memory stays bounded whatever the batch size; a dead actor's document gets an error row
and the actor is replaced.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Iterator
from typing import Any

from docsense.app.batch import Job, extract_data
from docsense.core.config import Settings
from docsense.core.document import Extraction
from docsense.core.errors import ConfigError, DocsenseError
from docsense.core.io import read_bytes

RAY_PIN = "ray==2.60.0"


def import_ray() -> Any:
    try:
        import ray
    except ImportError as exc:
        raise ConfigError(f"the ray backend needs Ray: pip install {RAY_PIN}") from exc
    return ray


class ExtractActor:
    """Lives in a Ray worker process: the models load once, in __init__."""

    def __init__(self, settings_json: str, driver: int | None = None) -> None:
        from docsense.app.extract import Extractor

        if driver is not None:  # a local Ray: the actor ends with the driver that started it, however it ends
            from docsense.app.procs import watch_pid

            watch_pid(driver)
        self.extractor = Extractor(Settings.model_validate_json(settings_json))

    def run(self, data: bytes, source: str, sha: str, template: str) -> tuple[dict[str, Any], int]:
        return extract_data(self.extractor, data, source, sha, template)


def _error_row(job: Job, template: str, error: str) -> tuple[dict[str, Any], int]:
    return Extraction(source=str(job.path), sha256=job.sha256, template=template, error=error).model_dump(
        mode="json"
    ), 0


def ray_results(
    jobs: list[Job], settings: Settings, template: str, workers: int, address: str | None = None
) -> Iterator[tuple[dict[str, Any], int]]:
    if not jobs:
        return
    ray = import_ray()
    started = False
    reaper = None
    if not ray.is_initialized():
        if address is None:
            # A local Ray on this machine: its raylet, agents and workers are not our direct children, and some of
            # them outlive a killed driver by minutes; the reaper kills them when this process dies, however.
            from docsense.app.procs import start_reaper

            reaper = start_reaper()
        # address None: a local Ray on this machine; "auto" or HOST:PORT: an existing cluster
        ray.init(address=address, include_dashboard=False, log_to_driver=False)
        started = True
    s_json = settings.model_dump_json()
    actor_cls = ray.remote(num_cpus=1)(ExtractActor)
    local = os.getpid() if reaper is not None else None  # the driver pid means something on this machine only
    actors = [actor_cls.remote(s_json, local) for _ in range(workers)]
    idle = list(actors)
    inflight: dict[Any, tuple[Job, Any]] = {}
    queue = list(jobs)
    try:
        while queue or inflight:
            while queue and idle:
                job = queue.pop(0)
                try:
                    data = read_bytes(job.path, settings.limits)
                except DocsenseError as exc:
                    yield _error_row(job, template, f"{exc.kind}: {exc}")
                    continue
                except OSError as exc:
                    yield _error_row(job, template, f"io: {exc}")
                    continue
                actor = idle.pop()
                inflight[actor.run.remote(data, str(job.path), job.sha256, template)] = (job, actor)
            if not inflight:
                continue
            done, _ = ray.wait(list(inflight), num_returns=1)
            for ref in done:
                job, actor = inflight.pop(ref)
                try:
                    result = ray.get(ref)
                except ray.exceptions.RayActorError:
                    # the actor died (OOM killer, node lost): this document fails, a fresh actor takes its place
                    actors.remove(actor)
                    fresh = actor_cls.remote(s_json, local)
                    actors.append(fresh)
                    idle.append(fresh)
                    yield _error_row(job, template, "worker: crashed")
                except ray.exceptions.RayError as exc:
                    idle.append(actor)
                    yield _error_row(job, template, f"worker: {type(exc).__name__}: {str(exc)[:200]}")
                else:
                    idle.append(actor)
                    yield result
    finally:
        for a in actors:
            ray.kill(a)
        if started:
            ray.shutdown()
        if reaper is not None:
            reaper.kill()
            reaper.wait()


def backend(address: str | None) -> Callable[[list[Job], Settings, str, int], Iterator[tuple[dict[str, Any], int]]]:
    """The `results` callable for app.batch.run_batch; fails early (ConfigError) when Ray is not installed."""
    import_ray()
    return functools.partial(ray_results, address=address)
