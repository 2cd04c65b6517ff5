"""Find and load templates: shipped ones (`docsense.templates/*.yaml`), users' folders, or a YAML path."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path

from docsense.core.errors import TemplateError
from docsense.core.safeload import LoadError, decode_text, load_yaml, read_regular_file

from .schema import Template, parse_template


def _shipped_dir() -> Path:
    return Path(str(resources.files("docsense.templates")))


def _folders(template_dirs: list[str]) -> list[Path]:
    # Users' folders come first so a user template can shadow a shipped one of the same name.
    return [Path(d).expanduser() for d in template_dirs] + [_shipped_dir()]


def list_templates(template_dirs: list[str] | None = None) -> list[str]:
    names: list[str] = []
    for folder in _folders(template_dirs or []):
        if folder.is_dir():
            names.extend(p.stem for p in sorted(folder.glob("*.yaml")) if p.stem not in names)
    return names


@lru_cache(maxsize=64)
def _load_path(path: str, mtime: float) -> Template:
    try:
        data = load_yaml(decode_text(read_regular_file(path), f"template {path}"), f"template {path}")
    except LoadError as exc:  # not a regular file, not UTF-8, nested too deep, an alias bomb ...
        raise TemplateError(f"cannot read: {str(exc)[:300]}") from exc
    return parse_template(data, path)


def load_template(name_or_path: str, template_dirs: list[str] | None = None) -> Template:
    """A name (`receipt`) is looked up in the folders; anything ending in .yaml/.yml or with a slash is a path."""
    if name_or_path.endswith((".yaml", ".yml")) or "/" in name_or_path:
        p = Path(name_or_path).expanduser()
        if not p.is_file():
            why = "not a regular file" if p.exists() else "no such file"  # /dev/zero, a FIFO: never opened
            raise TemplateError(f"template {name_or_path}: {why}")
        return _load_path(str(p.resolve()), p.stat().st_mtime)
    for folder in _folders(template_dirs or []):
        p = folder / f"{name_or_path}.yaml"
        if p.is_file():
            return _load_path(str(p.resolve()), p.stat().st_mtime)
    known = ", ".join(["auto", "kv", *list_templates(template_dirs)])
    raise TemplateError(f"unknown template {name_or_path!r} (known: {known})")
