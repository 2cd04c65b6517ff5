"""The Python API the root package exposes: `docsense.parse`, `docsense.extract` and `docsense.Pipeline`.

A source is a path, the bytes of an image or PDF, a PIL image, a numpy array (H x W gray, H x W x 3 RGB or
H x W x 4 RGBA, uint8: what `np.asarray(pil_image)` gives; OpenCV's BGR images need `img[..., ::-1]`) or a list of
them. Images given as objects go through the same loader as files (PNG-encoded), so every input limit holds.
Unlike the batch commands, errors raise (`docsense.core.errors.DocsenseError` and its kinds).
"""

from __future__ import annotations

import hashlib
import io
import os
import threading
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeAlias, overload

from docsense.core.config import Settings, load_settings
from docsense.core.document import Document, Extraction
from docsense.core.errors import InputError
from docsense.core.io import read_bytes

if TYPE_CHECKING:
    import numpy as np
    from PIL import Image

    from .extract import Extractor
    from .pipeline import Pipeline as PagePipeline

Source: TypeAlias = "str | os.PathLike[str] | bytes | Image.Image | np.ndarray"
Config: TypeAlias = "Settings | str | os.PathLike[str] | Mapping[str, Any] | None"


def make_settings(config: Config = None, overrides: Mapping[str, Any] | None = None) -> Settings:
    """Defaults <- `config` (Settings, YAML path or nested dict) <- `overrides`.

    An override is a section (`table={"enabled": False}`) or a path joined by `__` (`ocr__det__thresh=0.2`)."""
    tree: dict[str, Any] = {}
    for key, value in (overrides or {}).items():
        node = tree
        *parents, leaf = key.split("__")
        for part in parents:
            node = node.setdefault(part, {})
        node[leaf] = value
    if config is None or isinstance(config, str | os.PathLike):
        return load_settings(config, tree)
    base = config.model_dump() if isinstance(config, Settings) else dict(config)
    return load_settings(None, _merge(base, tree))


def _merge(base: dict[str, Any], top: Mapping[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in top.items():
        old = out.get(key)
        out[key] = _merge(old, value) if isinstance(old, dict) and isinstance(value, Mapping) else value
    return out


def source_bytes(source: Source, settings: Settings) -> tuple[bytes, str]:
    """(the bytes the loader reads, the name the Document carries)."""
    if isinstance(source, str | os.PathLike):
        return read_bytes(Path(source), settings.limits), str(source)
    if isinstance(source, bytes | bytearray | memoryview):
        return bytes(source), "<bytes>"
    import numpy as np
    from PIL import Image

    if isinstance(source, np.ndarray):
        if (
            source.dtype != np.uint8
            or source.ndim not in (2, 3)
            or (source.ndim == 3 and source.shape[2] not in (3, 4))
        ):
            raise InputError(f"a numpy image must be uint8, H x W (x 3 or 4); got {source.dtype} {source.shape}")
        return _png(Image.fromarray(source)), "<array>"
    if isinstance(source, Image.Image):
        return _png(source), str(getattr(source, "filename", "") or "<image>")
    raise InputError(f"cannot read a {type(source).__name__}: give a path, bytes, a PIL image or a numpy array")


def _png(image: Image.Image) -> bytes:
    buf = io.BytesIO()
    image.save(buf, format="PNG", compress_level=1)  # fast: the bytes are decoded again at once
    return buf.getvalue()


class Pipeline:
    """Reads documents with models loaded once: build one and reuse it for many calls.

    `Pipeline(config=None, **overrides)`: `config` is a Settings, a YAML path or a nested dict; overrides as in
    `docsense.parse`. Safe to share between threads (calls run one at a time)."""

    def __init__(self, config: Config = None, **overrides: Any) -> None:
        self.settings = make_settings(config, overrides)
        self._pages: PagePipeline | None = None
        self._extractor: Extractor | None = None
        self._lock = threading.Lock()

    @overload
    def parse(self, source: Source) -> Document: ...
    @overload
    def parse(self, source: Sequence[Source]) -> list[Document]: ...

    def parse(self, source: Source | Sequence[Source]) -> Document | list[Document]:
        """Layout, text, tables of every page: one Document, or a list for a list of sources."""
        if isinstance(source, list | tuple):
            return [self.parse(s) for s in source]
        return self._parse(*source_bytes(source, self.settings))  # type: ignore[arg-type]

    @overload
    def extract(self, source: Source | Document, template: str = "auto") -> Extraction: ...
    @overload
    def extract(self, source: Sequence[Source | Document], template: str = "auto") -> list[Extraction]: ...

    def extract(
        self, source: Source | Document | Sequence[Source | Document], template: str = "auto"
    ) -> Extraction | list[Extraction]:
        """Key information by a template (`invoice`, `receipt`, `resume`, a YAML path), `auto` or `kv` (key-value
        pairs of any form). A Document already parsed is not read again."""
        if isinstance(source, list | tuple):
            return [self.extract(s, template) for s in source]
        if isinstance(source, Document):
            document, sha = source, ""
        else:
            data, name = source_bytes(source, self.settings)  # type: ignore[arg-type]
            document, sha = self._parse(data, name), hashlib.sha256(data).hexdigest()
        with self._lock:
            return self._kie().extract_document(document, template, sha)

    def templates(self) -> list[str]:
        """Names `extract` takes: `auto`, `kv` and every template found."""
        with self._lock:
            return self._kie().templates()

    def _parse(self, data: bytes, name: str) -> Document:
        with self._lock:
            return self._page_pipeline().parse_bytes(data, name, keep_images=False).document

    def _page_pipeline(self) -> PagePipeline:
        if self._pages is None:
            from .pipeline import Pipeline as PagePipeline

            self._pages = PagePipeline(self.settings)
        return self._pages

    def _kie(self) -> Extractor:
        if self._extractor is None:
            from .extract import Extractor

            self._extractor = Extractor(self.settings, self._page_pipeline())
        return self._extractor


_default: dict[str, Pipeline] = {}
_default_lock = threading.Lock()


def pipeline_for(config: Config, overrides: Mapping[str, Any]) -> Pipeline:
    """The Pipeline `parse`/`extract` use: one per distinct configuration, kept (the last few), so models load once."""
    settings = make_settings(config, overrides)
    key = settings.model_dump_json()
    with _default_lock:
        if key not in _default:
            while len(_default) >= 4:
                _default.pop(next(iter(_default)))
            _default[key] = Pipeline(settings)
        return _default[key]


@overload
def parse(source: Source, *, config: Config = None, **overrides: Any) -> Document: ...
@overload
def parse(source: Sequence[Source], *, config: Config = None, **overrides: Any) -> list[Document]: ...


def parse(source: Source | Sequence[Source], *, config: Config = None, **overrides: Any) -> Document | list[Document]:
    """Read a document: pages -> blocks (layout, reading order) -> lines -> words, tables as cells.

    `config`: Settings, YAML path or nested dict; `overrides`: sections (`table={"enabled": False}`) or paths
    joined by `__` (`ocr__det__thresh=0.2`). Raises DocsenseError for input it cannot read."""
    return pipeline_for(config, overrides).parse(source)  # type: ignore[arg-type]


@overload
def extract(
    source: Source | Document, template: str = "auto", *, config: Config = None, **overrides: Any
) -> Extraction: ...
@overload
def extract(
    source: Sequence[Source | Document], template: str = "auto", *, config: Config = None, **overrides: Any
) -> list[Extraction]: ...


def extract(
    source: Source | Document | Sequence[Source | Document],
    template: str = "auto",
    *,
    config: Config = None,
    **overrides: Any,
) -> Extraction | list[Extraction]:
    """Key information: `fields` (name -> value, raw text, box, confidence), `items` (table rows), `pairs` and
    `entities` (template `kv`). `template`: a shipped name, a YAML path, `auto` (classify) or `kv`."""
    return pipeline_for(config, overrides).extract(source, template)  # type: ignore[arg-type]
