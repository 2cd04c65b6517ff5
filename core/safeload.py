"""Reading files and YAML/JSON that a user (or an attacker) hands in, with bounds on size, nesting and aliases.

`--config /dev/zero` must not read forever, a FIFO must not block, a 400-byte YAML alias bomb must not expand
into gigabytes, 100,000 nested brackets must not raise RecursionError from deep inside a parser.
"""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path
from typing import Any

import yaml

MAX_TEXT_BYTES = 1024 * 1024  # configs and templates are a few KB; shipped ones are < 20 KB
MAX_DEPTH = 64  # settings nest 4 deep, templates 5
MAX_NODES = 200_000  # values after alias expansion: an alias bomb is millions


class LoadError(ValueError):
    """Why a file or text was refused; callers wrap it in their own error type (ConfigError, TemplateError)."""


def read_regular_file(path: str | Path, max_bytes: int = MAX_TEXT_BYTES) -> bytes:
    """The bytes of a regular file of at most `max_bytes`: devices, FIFOs, sockets and folders are refused before
    anything is read (a FIFO is opened non-blocking, and checked again once open, in case it was swapped in)."""
    p = Path(path)
    try:
        st = os.stat(p)
    except OSError as exc:
        raise LoadError(f"cannot read {p}: {exc.strerror or exc}") from exc
    if not stat.S_ISREG(st.st_mode):
        raise LoadError(f"{p} is not a regular file")
    if st.st_size > max_bytes:
        raise LoadError(f"{p} is {st.st_size} bytes, above the {max_bytes} allowed")
    try:
        fd = os.open(p, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        raise LoadError(f"cannot read {p}: {exc.strerror or exc}") from exc
    with os.fdopen(fd, "rb") as fh:
        if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):
            raise LoadError(f"{p} is not a regular file")
        data = fh.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise LoadError(f"{p} is above the {max_bytes} bytes allowed")
    return data


def decode_text(data: bytes, origin: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise LoadError(f"{origin} is not UTF-8 text (byte {exc.start}: {data[exc.start : exc.start + 1]!r})") from exc


def _check_graph(root: yaml.Node, origin: str) -> None:
    """Counts the values the node graph expands to (each alias counted at every use) and its depth, without
    expanding it: an alias bomb or a self-referencing alias is refused before anything is constructed."""
    size: dict[int, int] = {}
    depth: dict[int, int] = {}
    on_path: set[int] = set()

    def visit(node: yaml.Node, level: int) -> None:
        key = id(node)
        if key in size:
            return
        if key in on_path:
            raise LoadError(f"{origin}: an alias refers to a value that contains it")
        if level > MAX_DEPTH:
            raise LoadError(f"{origin}: nested more than {MAX_DEPTH} levels deep")
        children: list[yaml.Node] = []
        if isinstance(node, yaml.SequenceNode):
            children = list(node.value)
        elif isinstance(node, yaml.MappingNode):
            children = [n for pair in node.value for n in pair]
        on_path.add(key)
        for child in children:
            visit(child, level + 1)
        on_path.discard(key)
        size[key] = 1 + sum(size[id(c)] for c in children)
        depth[key] = 1 + max((depth[id(c)] for c in children), default=0)
        if size[key] > MAX_NODES:
            raise LoadError(f"{origin}: expands to more than {MAX_NODES} values (aliases repeat too much)")
        if depth[key] + level > MAX_DEPTH + 1:
            raise LoadError(f"{origin}: nested more than {MAX_DEPTH} levels deep")

    visit(root, 1)


def load_yaml(text: str, origin: str) -> Any:
    """YAML -> plain data (safe loader), refusing oversized text, deep nesting and alias bombs."""
    if len(text) > MAX_TEXT_BYTES:
        raise LoadError(f"{origin} is above the {MAX_TEXT_BYTES} bytes allowed")
    try:
        loader = yaml.SafeLoader(text)  # checks the characters: NUL and other controls are refused here
    except yaml.YAMLError as exc:
        raise LoadError(f"{origin} is not valid YAML: {' '.join(str(exc).split())[:300]}") from exc
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        _check_graph(node, origin)
        return loader.construct_document(node)
    except RecursionError as exc:
        raise LoadError(f"{origin}: nested too deeply") from exc
    except yaml.YAMLError as exc:
        raise LoadError(f"{origin} is not valid YAML: {' '.join(str(exc).split())[:300]}") from exc
    finally:
        loader.dispose()


def _json_depth_ok(value: Any) -> bool:
    stack = [(value, 1)]
    while stack:
        item, level = stack.pop()
        if level > MAX_DEPTH:
            return False
        if isinstance(item, dict):
            stack.extend((v, level + 1) for v in item.values())
        elif isinstance(item, list):
            stack.extend((v, level + 1) for v in item)
    return True


def load_json(text: str | bytes, origin: str) -> Any:
    """JSON -> data, refusing oversized text and deep nesting (the C parser raises RecursionError on 100,000
    brackets; a few hundred pass it and would recurse later in validation)."""
    if len(text) > MAX_TEXT_BYTES:
        raise LoadError(f"{origin} is above the {MAX_TEXT_BYTES} bytes allowed")
    try:
        value = json.loads(text)
    except RecursionError as exc:
        raise LoadError(f"{origin}: nested too deeply") from exc
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise LoadError(f"{origin} is not JSON: {exc}") from exc
    if not _json_depth_ok(value):
        raise LoadError(f"{origin}: nested more than {MAX_DEPTH} levels deep")
    return value
