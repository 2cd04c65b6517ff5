"""Who asked and what it cost: request ids in every log line and error body, bearer tokens, /metrics counters."""

from __future__ import annotations

import contextvars
import hmac
import ipaddress
import logging
import re
import secrets
import threading
import time
from collections.abc import Callable
from typing import Any

from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

REQUEST_ID: contextvars.ContextVar[str] = contextvars.ContextVar("docsense_request_id", default="-")
_CLIENT_ID = re.compile(r"[A-Za-z0-9._:-]{1,64}")
# Open without a token: liveness for orchestrators, and the API's own description.
OPEN_PATHS = frozenset({"/health", "/ready", "/docs", "/docs/oauth2-redirect", "/redoc", "/openapi.json"})


class RequestIdFilter(logging.Filter):
    """Adds `request_id` to every record (`-` outside a request) so formats may print it."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = REQUEST_ID.get()
        return True


def log_config(level: str = "info") -> dict[str, Any]:
    """uvicorn's logging, each line with the request id it belongs to."""
    fmt = "%(asctime)s %(levelname)s [%(request_id)s] %(name)s: %(message)s"
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "filters": {"request_id": {"()": RequestIdFilter}},
        "formatters": {"plain": {"format": fmt}},
        "handlers": {
            "stderr": {"class": "logging.StreamHandler", "formatter": "plain", "filters": ["request_id"],
                       "stream": "ext://sys.stderr"},
        },
        "loggers": {
            "uvicorn": {"handlers": ["stderr"], "level": level.upper(), "propagate": False},
            "uvicorn.access": {"handlers": ["stderr"], "level": level.upper(), "propagate": False},
            "docsense": {"handlers": ["stderr"], "level": level.upper(), "propagate": False},
        },
        "root": {"handlers": ["stderr"], "level": "WARNING"},  # other libraries' warnings, same format
    }  # fmt: skip


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False  # a name other than localhost may resolve to anything


class Metrics:
    """Counters for /metrics (Prometheus text format 0.0.4); gauges are read when scraped."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.requests: dict[tuple[str, str, int], int] = {}
        self.request_seconds: dict[tuple[str, str, int], float] = {}
        self.pages: dict[str, int] = {}
        self.reused = 0

    def request(self, method: str, route: str, status: int, seconds: float) -> None:
        with self._lock:
            key = (method, route, status)
            self.requests[key] = self.requests.get(key, 0) + 1
            self.request_seconds[key] = self.request_seconds.get(key, 0.0) + seconds

    def add_pages(self, source: str, n: int) -> None:
        with self._lock:
            self.pages[source] = self.pages.get(source, 0) + n

    def add_reused(self) -> None:
        with self._lock:
            self.reused += 1

    def render(self, gauges: dict[str, tuple[str, dict[str, float] | float]]) -> str:
        lines: list[str] = []

        def family(name: str, kind: str, text: str, samples: list[tuple[str, float]]) -> None:
            lines.extend([f"# HELP {name} {text}", f"# TYPE {name} {kind}"])
            lines.extend(f"{name}{labels} {value:g}" for labels, value in samples)

        with self._lock:
            family(
                "docsense_requests_total",
                "counter",
                "HTTP requests answered, by route and status.",
                [(f'{{method="{m}",route="{r}",status="{s}"}}', n) for (m, r, s), n in sorted(self.requests.items())],
            )
            family(
                "docsense_request_seconds_total",
                "counter",
                "Time from arrival to answer, summed by route and status.",
                [
                    (f'{{method="{m}",route="{r}",status="{s}"}}', t)
                    for (m, r, s), t in sorted(self.request_seconds.items())
                ],
            )
            family(
                "docsense_pages_total",
                "counter",
                "Pages read, by synchronous requests or jobs.",
                [(f'{{source="{k}"}}', n) for k, n in sorted(self.pages.items())],
            )
            family(
                "docsense_results_reused_total",
                "counter",
                "Requests answered from the store (Idempotency-Key or same file and settings).",
                [("", self.reused)],
            )
        for name, (text, value) in gauges.items():
            kind = "counter" if name.endswith("_total") else "gauge"
            if isinstance(value, dict):
                family(name, kind, text, [(f'{{status="{k}"}}', v) for k, v in sorted(value.items())])
            else:
                family(name, kind, text, [("", value)])
        return "\n".join(lines) + "\n"


def _route_of(scope: Scope) -> str:
    """The route's path template (bounded label values), not the raw path."""
    route = scope.get("route")
    return getattr(route, "path", None) or "other"


class RequestContext:
    """Pure ASGI, outermost: a request id (the client's `X-Request-ID` when sane, else a new one) for the logs,
    error bodies and the response header; the bearer-token check; the request counters."""

    def __init__(self, app: ASGIApp, keys: list[str], metrics: Metrics, body: Callable[[str, str], dict[str, Any]]):
        self.app = app
        self.keys = [k.encode() for k in keys]
        self.metrics = metrics
        self.body = body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers", []))
        given = headers.get(b"x-request-id", b"").decode("latin-1")
        rid = given if _CLIENT_ID.fullmatch(given) else secrets.token_hex(8)
        token = REQUEST_ID.set(rid)
        start = time.perf_counter()
        status = 500

        async def send_with_id(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                message.setdefault("headers", [])
                message["headers"] = [*message["headers"], (b"x-request-id", rid.encode())]
            await send(message)

        try:
            if self.keys and scope["path"] not in OPEN_PATHS and not self._authorized(headers):
                response = JSONResponse(
                    self.body("unauthorized", "missing or wrong bearer token (Authorization: Bearer KEY)"),
                    status_code=401, headers={"WWW-Authenticate": "Bearer"},
                )  # fmt: skip
                await response(scope, receive, send_with_id)
                return
            await self.app(scope, receive, send_with_id)
        finally:
            self.metrics.request(scope["method"], _route_of(scope), status, time.perf_counter() - start)
            REQUEST_ID.reset(token)

    def _authorized(self, headers: dict[bytes, bytes]) -> bool:
        scheme, _, given = headers.get(b"authorization", b"").partition(b" ")
        if scheme.lower() != b"bearer" or not given:
            return False
        # every key compared, in constant time: no timing hint about which or how much matched
        return any([hmac.compare_digest(given.strip(), key) for key in self.keys])
