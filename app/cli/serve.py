"""`docsense serve` (the JSON API, uvicorn) and `docsense ui` (the Streamlit app)."""

from __future__ import annotations

import os
import subprocess
import sys
from importlib import resources
from typing import Annotated

import typer

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
    """Serve the JSON API: /v1/parse, /v1/extract, /v1/ocr/det, /v1/ocr/rec, /v1/jobs, /health, /ready, /docs."""
    import uvicorn

    extra = [f"server.{k}={v}" for k, v in (("host", host), ("port", port), ("workers", workers)) if v is not None]
    settings = settings_from(config, overrides, extra)
    s = settings.server
    # The factory rebuilds the app in each worker from these settings (uvicorn imports apps by name).
    os.environ["DOCSENSE_SETTINGS"] = settings.model_dump_json()
    err.print(f"docsense API on http://{s.host}:{s.port} (docs: /docs; ready when /ready answers 200)")
    uvicorn.run(
        "docsense.app.serve.api:create_app_from_env",
        factory=True,
        host=s.host,
        port=s.port,
        workers=s.workers,
        log_level="info",
        timeout_graceful_shutdown=5,
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
    try:
        raise typer.Exit(subprocess.call(cmd))
    except KeyboardInterrupt:
        raise typer.Exit(130) from None
