"""`docsense serve`: the JSON API (FastAPI). Thin: uploads -> Settings -> cached pipeline (worker thread) -> JSON.

Models load once per process (engines are cached in core.engine; pipelines per model-relevant config here).
CPU work runs on `server.concurrency` worker threads, never on the event loop, fed by one queue that synchronous
requests and job pages share (workers.py). Jobs and kept answers live in a SQLite store (jobs.py): queued jobs
survive a restart or kill -9, the same upload again is answered from the store. Every error is
`{"error": {"type", "message", "request_id"}}` with the status of its `docsense.core.errors` class; observe.py adds
the request id, bearer tokens and /metrics.
"""

from __future__ import annotations

import asyncio
import contextvars
import hashlib
import json
import logging
import os
import re
import threading
import time
from collections import OrderedDict
from collections.abc import AsyncIterator, Callable
from concurrent.futures import Future
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Annotated, Any, Literal, TypeVar

import numpy as np
from fastapi import FastAPI, File, Form, Header, Request, UploadFile
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, PlainTextResponse, Response
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from docsense.app.pipeline import Pipeline
from docsense.core.budget import check, deadline
from docsense.core.config import Settings
from docsense.core.document import Document, Extraction
from docsense.core.engine import keep_freed_memory, model_seconds, release_freed_memory
from docsense.core.errors import ConfigError, DocsenseError, InputError, TemplateError, TooLargeError
from docsense.core.io import load_pages
from docsense.core.safeload import LoadError, decode_text, load_json, load_yaml

from .jobs import Ask, Row, Store
from .observe import REQUEST_ID, Metrics, RequestContext
from .workers import Stopped, Workers

T = TypeVar("T")
log = logging.getLogger("docsense.serve")

# Request-level `config` may tune thresholds and switches, never what touches the server's files or resources.
_FORBIDDEN_SECTIONS = {"server", "limits", "engine"}
_FORBIDDEN_KEYS = {"model", "keys_path", "engine", "providers", "template_dirs"}
_BODY_SLACK = 64 * 1024  # multipart boundaries and small form fields on top of the file itself
_MAX_TEMPLATE_BYTES = 256 * 1024


# --- response models (the OpenAPI schema is built from these and the document model) ---


class ErrorBody(BaseModel):
    type: str = Field(description="Error kind: input, unsupported, corrupt, encrypted, too_large, config, ...")
    message: str
    request_id: str = Field("", description="The request's id (also the X-Request-ID header and its log lines).")


class ErrorResponse(BaseModel):
    error: ErrorBody


class Health(BaseModel):
    status: Literal["ok"] = "ok"


class Ready(BaseModel):
    status: Literal["ready", "loading", "failed"]
    detail: str = ""
    concurrency: int = 0


class TextBox(BaseModel):
    polygon: list[tuple[float, float]] = Field(description="Four corners in original page pixels.")
    score: float


class DetResult(BaseModel):
    width: int
    height: int
    boxes: list[TextBox]


class RecItem(BaseModel):
    text: str
    score: float


class RecResult(BaseModel):
    results: list[RecItem] = Field(description="One per uploaded crop, in upload order.")


class Templates(BaseModel):
    templates: list[str] = Field(description="Names usable as `template`: auto, kv and every template found.")


class Job(BaseModel):
    id: str = Field(description="Unguessable (192 random bits): whoever holds it may read the result.")
    kind: Literal["parse", "extract"]
    status: Literal["queued", "running", "done", "failed"]
    pages_done: int = 0
    created: float = Field(description="Unix time the job was accepted.")
    finished: float | None = None
    document: Document | None = Field(None, description="kind=parse, when done.")
    extraction: Extraction | None = Field(None, description="kind=extract, when done.")
    error: ErrorBody | None = None


def _errors(*codes: int) -> dict[int | str, dict[str, Any]]:
    return {code: {"model": ErrorResponse} for code in codes}


# --- errors ---


class ApiError(StarletteHTTPException):
    """An HTTP error with our body; subclasses HTTPException so FastAPI's body parsing re-raises it untouched."""

    def __init__(self, status: int, kind: str, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(status_code=status, detail=message, headers=headers)
        self.kind = kind


def _from_docsense(exc: DocsenseError) -> ApiError:
    return ApiError(exc.http_status, exc.kind, str(exc))


def _body(kind: str, message: str) -> dict[str, Any]:
    return {"error": {"type": kind, "message": message, "request_id": REQUEST_ID.get()}}


class BodyLimit:
    """Pure ASGI: refuses bodies above `limit` by Content-Length at once, or as soon as the stream passes it."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        for name, value in scope.get("headers", []):
            if name == b"content-length" and value.isdigit() and int(value) > self.limit:
                await JSONResponse(_body("too_large", self._message()), status_code=413)(scope, receive, send)
                return
        seen = 0

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    raise ApiError(413, "too_large", self._message())
            return message

        await self.app(scope, counted, send)

    def _message(self) -> str:
        return f"request body above server.max_upload_bytes ({self.limit - _BODY_SLACK} bytes)"


# --- the service: settings, caches, workers, jobs ---


def _merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for k, v in over.items():
        out[k] = _merge(out[k], v) if isinstance(v, dict) and isinstance(out.get(k), dict) else v
    return out


# Per-request values of these may lower the server's own, never raise it: each one sizes a model input or a
# buffer, so a request cannot ask for more memory or time than the server was configured for.
_CEILINGS = (
    "ocr.det.max_input_pixels", "ocr.det.max_candidates", "ocr.rec.max_width", "ocr.rec.image_height",
    "ocr.rec.batch_num", "ocr.cls.batch_num", "ocr.seal.check_side", "ocr.seal.det_side", "input.pdf_dpi",
    "layout.keep_top_k", "table.input_side", "table.reread_scale", "table.reread_max_side", "kie.ner.batch_size",
    "kie.ner.max_chars", "kie.ner_max_lines", "kie.regex_budget_s",
)  # fmt: skip
_MAX_CROP_PIXELS = 1_000_000  # a /v1/ocr/rec line crop is read at height 48: a larger one is decoded reduced


def _check_ceilings(asked: Settings, server: Settings) -> None:
    for dotted in _CEILINGS:
        mine: Any = server
        theirs: Any = asked
        for part in dotted.split("."):
            mine, theirs = getattr(mine, part, None), getattr(theirs, part, None)
        if mine is not None and theirs is not None and theirs > mine:
            raise ConfigError(
                f"config key {dotted!r}: {theirs} is above this server's {mine} (a request may lower it, not raise it)"
            )


def _check_overrides(tree: dict[str, Any], where: str = "") -> None:
    for key, value in tree.items():
        path = f"{where}{key}"
        if (not where and key in _FORBIDDEN_SECTIONS) or key in _FORBIDDEN_KEYS:
            raise ConfigError(f"config key {path!r} cannot be set per request")
        if isinstance(value, dict):
            _check_overrides(value, path + ".")


def _safe_name(filename: str | None, default: str = "upload") -> str:
    """The upload's name is only a label in the result: no directories, no control characters."""
    name = (filename or "").replace("\\", "/").rsplit("/", 1)[-1]
    name = re.sub(r"[\x00-\x1f\x7f]", "", name).strip()[:200]
    return name if name not in ("", ".", "..") else default


def _until(end: float, fn: Callable[[], T]) -> T:
    with deadline(end - time.monotonic()):
        check("the request")  # it waited past its time in the queue
        return fn()


def _warmup_image() -> bytes:
    import cv2

    img = np.full((64, 320, 3), 255, np.uint8)
    cv2.putText(img, "Total 12.50", (10, 44), cv2.FONT_HERSHEY_SIMPLEX, 1.1, (0, 0, 0), 2, cv2.LINE_AA)
    _, buf = cv2.imencode(".png", img)
    return buf.tobytes()


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


class Service:
    """Everything the routes share. Pipelines are cached by their config, so a request changing a threshold gets
    its own light Pipeline object while the ONNX sessions (core.engine cache) stay shared: models load once."""

    def __init__(self, settings: Settings) -> None:
        # Before any thread of ours allocates. Freed buffers are reused within a request and handed back after it
        # (release_freed_memory), so a long-running server's RSS stays flat.
        keep = settings.engine.keep_freed_mb
        keep_freed_memory(512 if keep is None else keep)
        cores = _cores()
        server = settings.server
        self.concurrency = server.concurrency or cores
        if settings.engine.intra_op_threads == 0:
            threads = server.threads_per_request or max(1, cores // self.concurrency)
            settings = settings.model_copy(
                update={"engine": settings.engine.model_copy(update={"intra_op_threads": threads})}
            )
        self.settings = settings
        self.metrics = Metrics()
        self.store: Store | None = None
        self.workers: Workers | None = None
        self.waiting = 0
        self.state: Literal["ready", "loading", "failed"] = "loading"
        self.detail = ""
        self._warming = False
        self._lock = threading.Lock()
        self._pipelines: OrderedDict[str, Pipeline] = OrderedDict()
        self._extractors: OrderedDict[str, Any] = OrderedDict()
        self.open()  # last: its workers may take a stored job at once

    # settings and caches

    def request_settings(self, config: str | None) -> Settings:
        if not config or not config.strip():
            return self.settings
        try:
            over = load_json(config, "config")  # size and nesting bounded: 100,000 brackets are a 400, not a 500
        except LoadError as exc:
            raise ConfigError(str(exc)) from exc
        if not isinstance(over, dict):
            raise ConfigError('config must be a JSON object of settings sections, e.g. {"ocr": {"det": {...}}}')
        _check_overrides(over)
        from pydantic import ValidationError

        try:
            asked = Settings.model_validate(_merge(self.settings.model_dump(), over))
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"])
            raise ConfigError(f"config key {where!r}: {first['msg']}") from exc
        _check_ceilings(asked, self.settings)
        return asked

    @staticmethod
    def _key(settings: Settings, *sections: str) -> str:
        return settings.model_dump_json(include=set(sections))

    def _cached(self, cache: OrderedDict[str, Any], key: str, build: Callable[[], T]) -> T:
        with self._lock:
            if key in cache:
                cache.move_to_end(key)
                return cache[key]  # type: ignore[no-any-return]
        value = build()  # outside the lock: a first build may load models
        with self._lock:
            cache[key] = value
            while len(cache) > self.settings.server.pipeline_cache:
                cache.popitem(last=False)
        return value

    def pipeline(self, settings: Settings) -> Pipeline:
        key = self._key(settings, "engine", "input", "limits", "ocr", "layout", "table")
        return self._cached(self._pipelines, key, lambda: Pipeline(settings))

    def extractor(self, settings: Settings) -> Any:
        try:
            from docsense.app.extract import Extractor
        except ImportError as exc:
            raise ApiError(503, "unavailable", f"key-information extraction is not available: {exc}") from exc
        key = self._key(settings, "engine", "input", "limits", "ocr", "layout", "table", "kie")
        return self._cached(self._extractors, key, lambda: Extractor(settings, pipeline=self.pipeline(settings)))

    def sync_settings(self, settings: Settings) -> Settings:
        """Synchronous requests read at most server.max_sync_pages pages; longer documents go to /v1/jobs."""
        pages = min(settings.limits.max_pages, self.settings.server.max_sync_pages)
        return settings.model_copy(update={"limits": settings.limits.model_copy(update={"max_pages": pages})})

    # lifecycle

    def warm_up(self) -> None:
        try:
            parsed = self.pipeline(self.settings).parse_bytes(_warmup_image(), "warmup.png")
            if not any(True for p in parsed.document.pages for _ in p.lines()):
                raise RuntimeError("warm-up page read no text")
            try:
                self.extractor(self.settings)
            except ApiError:
                pass  # extraction is optional; /v1/extract answers 503 then
            self.state = "ready"
        except Exception as exc:  # reported by /ready, never raised into the server loop
            self.state, self.detail = "failed", f"{type(exc).__name__}: {exc}"

    def start_warm_up(self) -> None:
        with self._lock:
            if self._warming or self.state == "ready":
                return
            self._warming = True
        threading.Thread(target=self.warm_up, name="docsense-warmup", daemon=True).start()

    def open(self) -> None:
        """The store and the workers; jobs a killed process left running go back to the queue."""
        if self.workers is not None:
            return
        server = self.settings.server
        self.store = Store(Path(server.data_dir).expanduser(), server.job_ttl_s, server.max_jobs_kept)
        requeued = self.store.recover()
        if requeued:
            log.info("%d job(s) left running by a stopped process are queued again", requeued)
        self.workers = Workers(self.concurrency, self._claim_job, max_open_jobs=self.concurrency)

    def close(self, grace_s: float = 5.0) -> None:
        """No new work; steps running now get `grace_s` to end; open jobs go back to the store's queue."""
        workers, store = self.workers, self.store
        if workers is None or store is None:
            return
        self.workers = self.store = None
        open_jobs = workers.stop(grace_s)
        requeued = store.release()
        if open_jobs or requeued:
            log.info("shutdown: %d job(s) queued again for the next start", requeued)
        store.close()

    # running CPU work

    @staticmethod
    def _released(fn: Callable[[], T]) -> T:
        try:
            return fn()
        finally:
            release_freed_memory()

    def full(self) -> bool:
        return self.waiting >= self.concurrency + self.settings.server.max_waiting

    async def run(self, fn: Callable[[], T]) -> T:
        """Runs `fn` on a worker thread within the request timeout; 503 when too many already wait."""
        server = self.settings.server
        with self._lock:
            if self.full():
                raise ApiError(503, "busy", "server busy, retry later", headers={"Retry-After": "2"})
            self.waiting += 1
        try:
            if self.workers is None:
                raise ApiError(503, "unavailable", "server shutting down", headers={"Retry-After": "5"})
            # The worker stops at the request's deadline too (between pages, inside template regexes): a request
            # answered 504 does not keep its worker busy.
            end = time.monotonic() + server.request_timeout_s
            future: Future[T] = self.workers.submit(lambda: self._released(lambda: _until(end, fn)))
            return await asyncio.wait_for(asyncio.wrap_future(future), server.request_timeout_s)
        except Stopped as exc:
            raise ApiError(503, "unavailable", "server shutting down", headers={"Retry-After": "5"}) from exc
        except asyncio.TimeoutError as exc:
            future.cancel()  # not started yet: never runs; started: its worker finishes it
            raise ApiError(
                504, "timeout", f"not answered within server.request_timeout_s={server.request_timeout_s}"
            ) from exc
        except DocsenseError as exc:
            raise _from_docsense(exc) from exc
        finally:
            with self._lock:
                self.waiting -= 1

    # jobs

    def digest(self, kind: str, data: bytes, settings: Settings, extra: str = "") -> str:
        """What was asked, as a sha256: the kind, template, settings (not `server`) and the file's bytes."""
        h = hashlib.sha256(f"{kind}\0{extra}\0".encode())
        h.update(settings.model_dump_json(exclude={"server"}).encode())
        h.update(b"\0")
        h.update(data)
        return h.hexdigest()

    def key(self, kind: str, digest: str, header: str | None) -> str:
        return f"key:{kind}:{hashlib.sha256(header.encode()).hexdigest()}" if header else f"sha:{digest}"

    async def stored(self, key: str, digest: str) -> Row | None:
        """The store's row for `key`; 422 when the client's Idempotency-Key was used for another request."""
        if self.store is None:
            return None
        row = await asyncio.to_thread(self.store.by_key, key)
        if row is not None and row.digest != digest:
            raise ApiError(422, "idempotency", "this Idempotency-Key was used before for another request")
        return row

    async def answer(
        self,
        kind: Literal["parse", "extract"],
        data: bytes,
        settings: Settings,
        extra: str,
        source: str,
        header: str | None,
        work: Callable[[], Document | Extraction],
    ) -> Response:
        """A synchronous request: the kept answer when there is one, else `work` on a worker, kept for next time."""
        keep = header is not None or self.settings.server.keep_results
        digest = self.digest(kind, data, settings, extra)
        key = self.key(kind, digest, header)
        row = await self.stored(key, digest) if keep else None
        if row is not None and row.status == "done" and row.result is not None:
            self.metrics.add_reused()
            body = row.result
            if row.source != source:  # the same bytes under another name: the answer names this upload
                body = json.dumps({**json.loads(body), "source": source}, ensure_ascii=False, separators=(",", ":"))
            return Response(body, media_type="application/json", headers={"Idempotent-Replayed": "true"})
        result = (await self.run(work)).model_dump_json()
        if keep and self.store is not None:
            store = self.store
            ask = Ask(key, digest, kind, source, extra or None, "{}", REQUEST_ID.get())
            await asyncio.to_thread(store.add_result, ask, result)
        return Response(result, media_type="application/json")

    async def submit_job(
        self, kind: Literal["parse", "extract"], data: bytes, settings: Settings, source: str,
        template: str | None, header: str | None,
    ) -> Job:  # fmt: skip
        """Queued in the store (or the job already holding this key); a worker takes it when one is free."""
        if self.store is None or self.workers is None:
            raise ApiError(503, "unavailable", "server shutting down", headers={"Retry-After": "5"})
        digest = self.digest(kind, data, settings, template or "")
        key = self.key(kind, digest, header)
        store = self.store
        ask = Ask(key, digest, kind, source, template, settings.model_dump_json(exclude={"server"}), REQUEST_ID.get())
        row, new = await asyncio.to_thread(store.add_job, ask, data, self.settings.server.max_jobs_queued)
        if row is None:
            raise ApiError(503, "busy", "job queue full, retry later", headers={"Retry-After": "10"})
        if not new:
            if row.digest != digest:
                raise ApiError(422, "idempotency", "this Idempotency-Key was used before for another request")
            self.metrics.add_reused()
        else:
            self.workers.look_for_jobs()
        return job_view(row)

    def _claim_job(self) -> JobRun | None:
        claimed = self.store.claim() if self.store is not None else None
        return None if claimed is None else JobRun(self, *claimed)

    # templates

    def template_arg(self, extractor: Any, template: str, template_yaml: bytes | None) -> Any:
        """A known template name, or the uploaded YAML validated into a Template (kept in memory only: nothing of
        an upload is written to disk)."""
        if template_yaml is not None:
            from docsense.kie.schema import parse_template

            if len(template_yaml) > _MAX_TEMPLATE_BYTES:
                raise TooLargeError(f"template_file above {_MAX_TEMPLATE_BYTES} bytes")
            try:
                data = load_yaml(decode_text(template_yaml, "template_file"), "template_file")
            except LoadError as exc:
                raise TemplateError(str(exc)) from exc
            return parse_template(data, "template_file")  # raises TemplateError naming the bad key
        if template not in extractor.templates():
            raise TemplateError(f"unknown template {template!r} (GET /v1/templates lists them)")
        return template


class JobRun:
    """A claimed job, one page per step on the shared workers; its result (or error) is stored once, at the end."""

    def __init__(self, service: Service, row: Row, data: bytes) -> None:
        self.service, self.row, self.data = service, row, data
        self.pages: list[Any] = []
        self.settings: Settings | None = None
        self.page_iter: Any = None
        self.ctx = contextvars.copy_context()
        self.ctx.run(REQUEST_ID.set, row.request_id or f"job-{row.id[:8]}")  # its log lines name the request

    def step(self) -> bool:
        return self.ctx.run(self._step)

    def _step(self) -> bool:
        service, row = self.service, self.row
        store = service.store
        if store is None:
            return False
        error: ErrorBody | None = None
        try:
            if self.page_iter is None:
                log.info("job %s: %s of %s, attempt %d", row.id[:8], row.kind, row.source, row.attempts)
                self.settings = Settings.model_validate_json(row.settings)
                self.page_iter = service.pipeline(self.settings).iter_pages(self.data)
            page = next(self.page_iter, None)
            if page is not None:
                self.pages.append(page.page)
                service.metrics.add_pages("job", 1)
                return store.progress(row.id, len(self.pages))  # False: no longer ours (shutdown, lapsed claim)
            document = Document(source=row.source, pages=self.pages)
            if row.kind == "extract":
                assert self.settings is not None
                extractor = service.extractor(self.settings)
                sha = hashlib.sha256(self.data).hexdigest()
                result = extractor.extract_document(document, row.template or "auto", sha).model_dump_json()
            else:
                result = document.model_dump_json()
            store.finish(row.id, result=result)
            log.info("job %s: done, %d page(s)", row.id[:8], len(self.pages))
            return False
        except DocsenseError as exc:
            error = ErrorBody(type=exc.kind, message=str(exc))
        except ApiError as exc:
            error = ErrorBody(type=exc.kind, message=str(exc.detail))
        except Exception as exc:  # a job never kills its worker
            log.exception("job %s failed", row.id[:8])
            error = ErrorBody(type="internal", message=f"{type(exc).__name__}: {exc}")
        finally:
            release_freed_memory()
        error.request_id = REQUEST_ID.get()
        store.finish(row.id, error=error.model_dump_json())
        return False


def job_view(row: Row) -> Job:
    done = row.status == "done" and row.result is not None
    return Job(
        id=row.id,
        kind=row.kind,  # type: ignore[arg-type]
        status=row.status,  # type: ignore[arg-type]
        pages_done=row.pages_done,
        created=row.created,
        finished=row.finished,
        document=Document.model_validate_json(row.result) if done and row.kind == "parse" else None,  # type: ignore[arg-type]
        extraction=Extraction.model_validate_json(row.result) if done and row.kind == "extract" else None,  # type: ignore[arg-type]
        error=ErrorBody.model_validate_json(row.error) if row.error else None,
    )


class BusyGate:
    """Pure ASGI: a document request that would wait beyond server.max_waiting is refused before its body is read,
    so a busy server still answers 503 at once."""

    def __init__(self, app: ASGIApp, service: Service) -> None:
        self.app = app
        self.service = service

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (
            scope["type"] == "http"
            and scope["method"] == "POST"
            and scope["path"].startswith("/v1/")
            and scope["path"] != "/v1/jobs"
            and self.service.full()
        ):
            body = _body("busy", "server busy, retry later")
            await JSONResponse(body, status_code=503, headers={"Retry-After": "2"})(scope, receive, send)
            return
        await self.app(scope, receive, send)


# --- the app ---

FileIn = Annotated[UploadFile, File(description="An image (PNG, JPEG, TIFF, BMP, WebP, GIF) or a PDF.")]
IdemIn = Annotated[
    str | None,
    Header(
        alias="Idempotency-Key",
        max_length=200,
        description="The same key again answers from the store (for a sync request: the kept answer; for a job: "
        "the same job). Without it the file's sha256 and the settings are the key.",
    ),
]
ConfigIn = Annotated[
    str | None,
    Form(description='JSON settings overrides on top of the server\'s, e.g. {"ocr": {"det": {"thresh": 0.2}}}.'),
]


async def _single(request: Request, *names: str) -> None:
    """A request carries each of these parts at most once: a second `file` would otherwise be dropped silently."""
    form = await request.form()
    for name in names:
        n = len(form.getlist(name))
        if n > 1:
            raise ApiError(
                422, "request", f"{n} '{name}' parts in one request: send one document per request (or use /v1/jobs)"
            )


async def _read(upload: UploadFile) -> bytes:
    data = await upload.read()
    if not data:
        raise ApiError(422, "corrupt", f"{_safe_name(upload.filename)}: empty file (0 bytes)")
    return data


def create_app(settings: Settings | None = None, warm_up: bool = True) -> FastAPI:
    """The API for `settings` (default: defaults). `warm_up` loads the models at start in the background."""
    service = Service(settings or Settings())

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        service.open()  # again, when a test client runs a second lifespan
        if warm_up:
            service.start_warm_up()
        yield
        # uvicorn has stopped accepting and given requests in flight server.shutdown_grace_s to finish
        await asyncio.to_thread(service.close)

    app = FastAPI(
        title="docsense",
        version="0.1.0",
        description="Offline document understanding: OCR, layout, tables, key-information extraction.",
        lifespan=lifespan,
    )
    app.state.service = service
    app.add_middleware(BodyLimit, limit=service.settings.server.max_upload_bytes + _BODY_SLACK)
    app.add_middleware(BusyGate, service=service)
    app.add_middleware(RequestContext, keys=service.settings.server.api_keys, metrics=service.metrics, body=_body)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        kind = (
            exc.kind
            if isinstance(exc, ApiError)
            else {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http")
        )
        return JSONResponse(_body(kind, str(exc.detail)), status_code=exc.status_code, headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    async def validation_error(_: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {"loc": (), "msg": "invalid request"}
        where = ".".join(str(p) for p in first["loc"])
        return JSONResponse(_body("request", f"{where}: {first['msg']}"), status_code=422)

    @app.exception_handler(DocsenseError)
    async def docsense_error(_: Request, exc: DocsenseError) -> JSONResponse:
        return JSONResponse(_body(exc.kind, str(exc)), status_code=exc.http_status)

    @app.exception_handler(Exception)
    async def internal_error(_: Request, exc: Exception) -> JSONResponse:
        return JSONResponse(_body("internal", f"{type(exc).__name__}: {exc}"), status_code=500)

    doc_errors = _errors(400, 413, 415, 422, 503, 504)

    @app.get("/health", response_model=Health, tags=["service"])
    async def health() -> Health:
        """The process answers (models may still be loading; see /ready)."""
        return Health()

    @app.get("/ready", response_model=Ready, responses={503: {"model": Ready}}, tags=["service"])
    async def ready() -> JSONResponse:
        """200 once the models are loaded and warmed up on a tiny page; 503 before (or if loading failed)."""
        body = Ready(status=service.state, detail=service.detail, concurrency=service.concurrency)
        return JSONResponse(body.model_dump(), status_code=200 if service.state == "ready" else 503)

    @app.post("/v1/parse", response_model=Document, responses=doc_errors, tags=["documents"])
    async def parse(
        request: Request, file: FileIn, config: ConfigIn = None, idempotency_key: IdemIn = None
    ) -> Response:
        """Read a document (all stages) into the document JSON contract (`docsense schema document`)."""
        await _single(request, "file", "config")
        settings = service.sync_settings(service.request_settings(config))
        data = await _read(file)
        name = _safe_name(file.filename)

        def work() -> Document:
            document = service.pipeline(settings).parse_bytes(data, name).document
            service.metrics.add_pages("request", len(document.pages))
            return document

        return await service.answer("parse", data, settings, "", name, idempotency_key, work)

    @app.post("/v1/extract", response_model=Extraction, responses=doc_errors, tags=["documents"])
    async def extract(
        request: Request,
        file: FileIn,
        template: Annotated[str, Form(description="A template name (GET /v1/templates), `auto` or `kv`.")] = "auto",
        template_file: Annotated[
            UploadFile | None, File(description="A YAML template to apply instead of `template`.")
        ] = None,
        config: ConfigIn = None,
        idempotency_key: IdemIn = None,
    ) -> Response:
        """Parse, then extract fields with a template: one line of the `docsense extract` contract."""
        await _single(request, "file", "template_file", "template", "config")
        settings = service.sync_settings(service.request_settings(config))
        data = await _read(file)
        template_yaml = await template_file.read() if template_file is not None else None
        name = _safe_name(file.filename)

        def work() -> Extraction:
            extractor = service.extractor(settings)
            chosen = service.template_arg(extractor, template, template_yaml)
            parsed = service.pipeline(settings).parse_bytes(data, name)
            service.metrics.add_pages("request", len(parsed.document.pages))
            result: Extraction = extractor.extract_document(parsed.document, chosen, hashlib.sha256(data).hexdigest())
            return result

        extra = template + ("\0" + hashlib.sha256(template_yaml).hexdigest() if template_yaml is not None else "")
        return await service.answer("extract", data, settings, extra, name, idempotency_key, work)

    @app.post("/v1/ocr/det", response_model=DetResult, responses=doc_errors, tags=["ocr"])
    async def ocr_det(
        request: Request,
        file: FileIn,
        page: Annotated[int, Form(ge=0, description="Page index (PDFs, multi-page TIFFs).")] = 0,
        config: ConfigIn = None,
    ) -> DetResult:
        """Text detection only: line boxes (four corners each) in original page pixels."""
        await _single(request, "file", "config")
        settings = service.sync_settings(service.request_settings(config))
        data = await _read(file)

        def work() -> DetResult:
            for pi in load_pages(data, settings.input, settings.limits):
                if pi.index == page:
                    quads, scores = service.pipeline(settings).ocr.detect(pi.image)
                    boxes = [
                        TextBox(polygon=[(float(x), float(y)) for x, y in (q * pi.xy_scale).round(1)], score=float(s))
                        for q, s in zip(quads, scores, strict=True)
                    ]
                    return DetResult(width=pi.width, height=pi.height, boxes=boxes)
            raise InputError(f"document has no page {page}")

        return await service.run(work)

    @app.post("/v1/ocr/rec", response_model=RecResult, responses=doc_errors, tags=["ocr"])
    async def ocr_rec(
        files: Annotated[list[UploadFile], File(description="Text-line crops, one line each (images).")],
        config: ConfigIn = None,
    ) -> RecResult:
        """Text recognition only: each uploaded image is one text line."""
        settings = service.request_settings(config)
        if len(files) > settings.server.max_rec_crops:
            raise ApiError(413, "too_large", f"{len(files)} crops, above server.max_rec_crops")
        blobs = [await _read(f) for f in files]

        def work() -> RecResult:
            from docsense.core.io import load_image_pages, sniff

            crop_limits = settings.limits.model_copy(
                update={"max_page_pixels": min(settings.limits.max_page_pixels, _MAX_CROP_PIXELS), "max_pages": 1}
            )
            crops = []
            for blob in blobs:
                if sniff(blob) != "image":
                    raise InputError("line crops must be images")
                crops.append(next(load_image_pages(blob, crop_limits)).image)
            recognized = service.pipeline(settings).ocr.recognize(crops)
            return RecResult(results=[RecItem(text=r.text, score=float(r.score)) for r in recognized])

        return await service.run(work)

    @app.get("/v1/templates", response_model=Templates, responses=_errors(503, 504), tags=["documents"])
    async def templates() -> Templates:
        """Template names for /v1/extract."""
        extractor = await service.run(lambda: service.extractor(service.settings))
        return Templates(templates=list(extractor.templates()))

    @app.post(
        "/v1/jobs", response_model=Job, status_code=202, responses=_errors(400, 413, 415, 422, 503, 504), tags=["jobs"]
    )
    async def create_job(
        request: Request,
        file: FileIn,
        kind: Annotated[Literal["parse", "extract"], Form(description="What to do with the document.")] = "parse",
        template: Annotated[str, Form(description="For kind=extract: a template name, `auto` or `kv`.")] = "auto",
        config: ConfigIn = None,
        idempotency_key: IdemIn = None,
    ) -> Job:
        """Queue a long document (e.g. a many-page PDF); poll GET /v1/jobs/{id} for progress and the result.
        The same file and settings again (or the same Idempotency-Key) give the same job, not a new one."""
        await _single(request, "file", "config")
        settings = service.request_settings(config)
        data = await _read(file)
        chosen: str | None = None
        if kind == "extract":
            extractor = await service.run(lambda: service.extractor(settings))
            chosen = service.template_arg(extractor, template, None)
        return await service.submit_job(kind, data, settings, _safe_name(file.filename), chosen, idempotency_key)

    @app.get("/v1/jobs/{job_id}", response_model=Job, responses=_errors(404), tags=["jobs"])
    async def get_job(job_id: str) -> Job:
        """A job's state; `document` or `extraction` once done. Kept server.job_ttl_s after it finished."""
        row = await asyncio.to_thread(service.store.get, job_id) if service.store is not None else None
        if row is None:
            raise ApiError(404, "not_found", "no such job (finished jobs are kept server.job_ttl_s only)")
        return job_view(row)

    @app.get("/metrics", response_class=PlainTextResponse, tags=["service"])
    async def metrics() -> PlainTextResponse:
        """Prometheus text format: requests, pages, queue length, jobs by status, model seconds."""
        workers, store = service.workers, service.store
        jobs = await asyncio.to_thread(store.counts) if store is not None else {}
        gauges: dict[str, tuple[str, dict[str, float] | float]] = {
            "docsense_queue_length": ("Requests and job pages waiting for a worker.", workers.queued if workers else 0),
            "docsense_workers_busy": ("Workers reading a document now.", workers.busy if workers else 0),
            "docsense_workers": ("Worker threads (server.concurrency).", service.concurrency),
            "docsense_requests_waiting": ("Document requests admitted and not yet answered.", service.waiting),
            "docsense_jobs": ("Store rows (jobs, kept answers) by status, all processes on server.data_dir.",
                              {k: float(v) for k, v in jobs.items()}),
            "docsense_model_seconds_total": ("Seconds spent running models (all threads).", model_seconds()),
            "docsense_worker_seconds_total": ("Seconds workers spent on requests and job pages.",
                                              workers.busy_seconds if workers else 0.0),
        }  # fmt: skip
        body = service.metrics.render(gauges)
        return PlainTextResponse(body, media_type="text/plain; version=0.0.4; charset=utf-8")

    return app


def create_app_from_env() -> FastAPI:
    """uvicorn factory (`--workers N` imports the app by name): settings travel as JSON in DOCSENSE_SETTINGS."""
    parent = os.environ.get("DOCSENSE_SERVE_PARENT", "")
    if parent.isdigit() and int(parent) != os.getpid():  # a worker of `docsense serve --workers N`
        from docsense.app.procs import die_with_parent

        die_with_parent(int(parent))
    raw = os.environ.get("DOCSENSE_SETTINGS")
    return create_app(Settings.model_validate_json(raw) if raw else Settings())


def healthcheck(
    urls: tuple[str, ...] = ("http://127.0.0.1:8000/health", "http://127.0.0.1:8501/_stcore/health"),
) -> int:
    """Docker HEALTHCHECK: 0 when the API (or, in a UI container, Streamlit) answers 200, else 1."""
    import urllib.request

    for url in urls:
        try:
            with urllib.request.urlopen(url, timeout=3) as response:
                if response.status == 200:
                    return 0
        except OSError:
            continue
    return 1
