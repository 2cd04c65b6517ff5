"""`docsense serve` (the JSON API, uvicorn) and `docsense ui` (the Streamlit app)."""

from __future__ import annotations

import os
import subprocess
import sys
from importlib import resources
from pathlib import Path
from typing import Annotated

import typer

from docsense.app.procs import child_preexec, forward_signals

from .common import ConfigOpt, SetOpt, err, settings_from


def register(app: typer.Typer) -> None:
    app.command()(serve)
    app.command()(ui)


def serve(
    host: Annotated[str | None, typer.Option(help="Bind address (default server.host = 127.0.0.1).")] = None,
    port: Annotated[int | None, typer.Option(help="Port (default server.port = 8000).")] = None,
    workers: Annotated[int | None, typer.Option(help="Worker processes; each loads the models once.")] = None,
    config: ConfigOpt = None,
    overrides: SetOpt = None,
) -> None:
    """Serve the JSON API: /v1/parse, /v1/extract, /v1/ocr/det, /v1/ocr/rec, /v1/jobs, /metrics, /health, /ready,
    /docs. Bearer tokens: server.api_keys or DOCSENSE_API_KEYS (required unless bound to a loopback address)."""
    import uvicorn

    from docsense.app.serve.observe import is_loopback, log_config

    extra = [f"server.{k}={v}" for k, v in (("host", host), ("port", port), ("workers", workers)) if v is not None]
    settings = settings_from(config, overrides, extra)
    env_keys = [k.strip() for k in os.environ.get("DOCSENSE_API_KEYS", "").split(",") if k.strip()]
    if env_keys:  # from the environment, so that no key shows on a command line
        try:
            server = settings.server.model_validate({**settings.server.model_dump(), "api_keys": [
                *settings.server.api_keys, *env_keys]})  # fmt: skip
        except ValueError as exc:
            err.print(f"[red]error:[/] DOCSENSE_API_KEYS: {exc}")
            raise typer.Exit(2) from exc
        settings = settings.model_copy(update={"server": server})
    s = settings.server
    if not is_loopback(s.host) and not s.api_keys:
        err.print(
            f"[red]error:[/] refusing to serve on {s.host} without an API key: anyone on the network could use it. "
            "Set server.api_keys (a config file) or DOCSENSE_API_KEYS, or bind 127.0.0.1."
        )
        raise typer.Exit(2)
    data_dir = Path(s.data_dir).expanduser()
    try:
        data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as exc:
        err.print(f"[red]error:[/] server.data_dir {data_dir}: {exc}")
        raise typer.Exit(2) from exc
    # The factory rebuilds the app in each worker from these settings (uvicorn imports apps by name); workers
    # (--workers N > 1) die with this process (DOCSENSE_SERVE_PARENT).
    os.environ["DOCSENSE_SETTINGS"] = settings.model_dump_json()
    os.environ["DOCSENSE_SERVE_PARENT"] = str(os.getpid())
    err.print(f"docsense API on http://{s.host}:{s.port} (docs: /docs; ready when /ready answers 200)")
    uvicorn.run(
        "docsense.app.serve.api:create_app_from_env",
        factory=True,
        host=s.host,
        port=s.port,
        workers=s.workers,
        log_level="info",
        log_config=log_config(),
        # SIGTERM: stop accepting, give requests in flight this long, then jobs go back to the store (<= 30 s)
        timeout_graceful_shutdown=int(s.shutdown_grace_s),
    )


def ui(
    host: Annotated[str | None, typer.Option(help="Bind address (default server.host = 127.0.0.1).")] = None,
    port: Annotated[int | None, typer.Option(help="Port (default server.ui_port = 8501).")] = None,
    config: ConfigOpt = None,
    overrides: SetOpt = None,
) -> None:
    """Start the web UI (Streamlit): upload documents, see overlays, tables and fields, correct them, edit templates."""
    extra = [f"server.{k}={v}" for k, v in (("host", host), ("ui_port", port)) if v is not None]
    settings = settings_from(config, overrides, extra)
    script = str(resources.files("docsense.app.serve").joinpath("ui.py"))
    os.environ["DOCSENSE_SETTINGS"] = settings.model_dump_json()
    cmd = [
        sys.executable, "-m", "streamlit", "run", script,
        "--server.address", settings.server.host,
        "--server.port", str(settings.server.ui_port),
        "--server.headless", "true",
        "--browser.gatherUsageStats", "false",
        "--server.maxUploadSize", str(max(1, settings.server.max_upload_bytes // (1024 * 1024))),
        "--global.developmentMode", "false",
        "--client.showErrorDetails", "false",
        "--client.toolbarMode", "minimal",
    ]  # fmt: skip
    err.print(f"docsense UI on http://{settings.server.host}:{settings.server.ui_port}")
    # Streamlit dies with us: SIGTERM/SIGINT are passed on (then a kill after 10 s), and the kernel kills it if we
    # are killed (kill -9, a timeout's SIGKILL). Same process group, so a terminal's Ctrl-C reaches both.
    proc = subprocess.Popen(cmd, preexec_fn=child_preexec())
    raise typer.Exit(forward_signals(proc, grace_s=10.0))
