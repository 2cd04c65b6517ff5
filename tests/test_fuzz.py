"""Fuzzing (hypothesis, bounded): the loaders on mutated bytes of small real PNG/JPEG/GIF/TIFF/PDF files and the
template parser on random YAML-ish data. Only docsense.core.errors types may escape; anything else is a bug."""

from __future__ import annotations

import io
from functools import cache

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image, ImageDraw

from docsense.core.config import InputSettings, LimitSettings
from docsense.core.errors import DocsenseError
from docsense.core.io import load_pages

# small limits keep every example cheap even when a mutation claims a big page
LIMITS = LimitSettings(max_pixels=4_000_000, max_page_pixels=1_000_000, max_pages=5, max_file_bytes=1_000_000)
FUZZ = settings(
    max_examples=40, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow], database=None
)


@cache
def seeds() -> dict[str, bytes]:
    img = Image.new("RGB", (96, 48), "white")
    ImageDraw.Draw(img).text((5, 15), "TOTAL 42", fill="black")
    out = {}
    for fmt, kw in (("PNG", {}), ("JPEG", {"quality": 80}), ("GIF", {}), ("TIFF", {}), ("PDF", {"resolution": 72})):
        buf = io.BytesIO()
        img.save(buf, format=fmt, **kw)
        out[fmt] = buf.getvalue()
    return out


def read_all(data: bytes) -> None:
    try:
        for page in load_pages(data, InputSettings(), LIMITS):
            assert page.image.ndim == 3 and page.image.shape[2] == 3
            assert page.image.shape[0] * page.image.shape[1] <= LIMITS.max_page_pixels * 1.01
    except DocsenseError:
        pass  # a documented, clear error is the right answer for garbage


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    data = bytearray(seeds()[draw(st.sampled_from(sorted(seeds())))])
    for _ in range(draw(st.integers(1, 8))):
        op = draw(st.sampled_from(["flip", "cut", "insert", "dup"]))
        pos = draw(st.integers(0, max(0, len(data) - 1)))
        if op == "flip" and data:
            data[pos] = draw(st.integers(0, 255))
        elif op == "cut":
            del data[pos : pos + draw(st.integers(1, 64))]
        elif op == "insert":
            data[pos:pos] = draw(st.binary(min_size=1, max_size=16))
        else:
            data[pos:pos] = data[pos : pos + draw(st.integers(1, 64))]
    return bytes(data)


@FUZZ
@given(mutated())
def test_loaders_on_mutated_files_raise_only_documented_errors(data: bytes) -> None:
    read_all(data)


MAGIC = st.sampled_from([b"\x89PNG\r\n\x1a\n", b"%PDF-", b"\xff\xd8\xff", b"GIF89a", b"II*\x00", b"BM", b"RIFF"])


@FUZZ
@given(st.tuples(MAGIC, st.binary(max_size=64)).map(lambda t: t[0] + t[1]))
def test_loaders_on_random_bytes_behind_a_magic_number(data: bytes) -> None:
    read_all(data)


# --- templates ---------------------------------------------------------------------------------------------------
SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**12), 10**12),
    st.floats(allow_nan=True),
    st.text(max_size=12),
    st.sampled_from(["text", "money", "date", "re:(", "re:\\d+", "right", "below", "header", "auto", "[", "{}"]),
)
KEYS = st.sampled_from(
    ["name", "doc_type", "fields", "type", "keys", "strategy", "pattern", "normalize", "items", "columns", "sections",
     "titles", "entry", "classify", "keywords", "min_score", "near_rows", "zone", "required", "language", "x"]
)  # fmt: skip
TREES = st.recursive(
    SCALARS, lambda kids: st.lists(kids, max_size=4) | st.dictionaries(KEYS | st.text(max_size=6), kids, max_size=5),
    max_leaves=30,
)  # fmt: skip


@FUZZ
@given(TREES)
def test_template_parser_on_random_trees(tree: object) -> None:
    from docsense.kie.schema import parse_template

    try:
        parse_template(tree, "fuzz")
    except DocsenseError:
        pass


@FUZZ
@given(TREES, st.integers(0, 20), st.binary(max_size=8))
def test_template_loader_on_mutated_yaml_text(tree: object, cut: int, noise: bytes) -> None:
    """Text round-trips through YAML, then gets cut and salted: load_template must answer TemplateError or load."""
    import tempfile
    from pathlib import Path

    from docsense.kie import load_template

    text = yaml.safe_dump({"name": "t", "doc_type": "t", "fields": tree}, allow_unicode=True)
    text = text[: max(1, len(text) - cut)] + noise.decode("latin-1")
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "t.yaml"
        path.write_text(text, encoding="utf-8")
        try:
            load_template(str(path))
        except DocsenseError:
            pass
