"""`docsense export onnx|paddle|bundled`: the commands over `docsense.train.export` (needs the paddle extra)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from docsense.train.export import bundled, to_onnx, to_paddle

from .common import exit_on_error

export_app = typer.Typer(help="Convert models: Paddle inference folder <-> ONNX (needs the paddle extra).")


@export_app.command("bundled")
def bundled_cmd(
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder.")] = Path("paddle-models"),
) -> None:
    """Paddle folders of the default OCR, layout and table models (x2paddle) and OUT/paddle.yaml selecting them."""
    with exit_on_error():
        bundled(out)
    typer.echo(str(out / "paddle.yaml"))


@export_app.command("onnx")
def onnx_cmd(
    model_dir: Annotated[Path, typer.Argument(help="Paddle inference folder (inference.json|.pdmodel + .pdiparams).")],
    out: Annotated[Path | None, typer.Option("--out", "-o", help="ONNX file (default: inside the folder).")] = None,
    opset: Annotated[int, typer.Option(help="ONNX opset.")] = 11,
) -> None:
    """Paddle inference folder -> ONNX for the default onnxruntime engine (paddle2onnx)."""
    with exit_on_error():
        path = to_onnx(model_dir, out, opset)
    typer.echo(str(path))


@export_app.command("paddle")
def paddle_cmd(
    onnx_path: Annotated[Path, typer.Argument(help="ONNX model file.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder.")],
    infer_cfg: Annotated[
        Path | None, typer.Option(help="PaddleDetection infer_cfg.yml to place beside (layout models).")
    ] = None,
) -> None:
    """ONNX -> Paddle inference folder for `engine: paddle` (x2paddle)."""
    with exit_on_error():
        path = to_paddle(onnx_path, out, infer_cfg)
    typer.echo(str(path))
