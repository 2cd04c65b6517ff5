"""`docsense models`: the model files a configuration runs, where each comes from, its license and sha256."""

from __future__ import annotations

import json
import sys
from typing import Annotated

import typer

from .common import ConfigOpt, SetOpt, settings_from


def register(app: typer.Typer) -> None:
    @app.command()
    def models(
        config: ConfigOpt = None,
        overrides: SetOpt = None,
        as_json: Annotated[bool, typer.Option("--json", help="One JSON object per model, all fields.")] = False,
    ) -> None:
        """List the model files (setting, file, package==version, license, sha256, or why one is missing)."""
        from docsense.app.inventory import inventory

        files = inventory(settings_from(config, overrides))
        if as_json:
            for item in files:
                sys.stdout.write(json.dumps(item.as_dict(), ensure_ascii=False) + "\n")
        else:
            from rich.console import Console
            from rich.table import Table

            table = Table("setting", "file", "from", "license", "MB", "sha256", box=None)
            for item in files:
                name = item.path.rsplit("/", 1)[-1] if item.path else item.location
                size = f"{item.bytes / 1e6:.1f}" if item.bytes else ""
                table.add_row(item.key, name, item.package or "(local)", item.license, size, item.sha256 or item.error)
            Console(width=200).print(table)
