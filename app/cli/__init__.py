"""`docsense` command line: `main` is the console entry point."""

from .main import app, main

__all__ = ["app", "main"]
