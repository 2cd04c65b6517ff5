"""`docsense eval ...`: the same metrics the benchmark reports, for users' own data.

Each metric lives in its own module `docsense.app.eval_<name>` exposing `register(eval_app)`.
"""

from __future__ import annotations

import importlib
import pkgutil

import typer

import docsense.app as app_pkg

eval_app = typer.Typer(
    help="Evaluate against ground truth (OCR, tables, layout, KIE, key-value).", no_args_is_help=True
)


def register(app: typer.Typer) -> None:
    for info in sorted(pkgutil.iter_modules(app_pkg.__path__), key=lambda m: m.name):
        if info.name.startswith("eval_"):
            importlib.import_module(f"docsense.app.{info.name}").register(eval_app)
    app.add_typer(eval_app, name="eval")
