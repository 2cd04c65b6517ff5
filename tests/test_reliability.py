"""Reliability: a bad-input corpus (generated here, > 40 cases) mixed with good documents, run through the real
CLI (`docsense parse`, `docsense extract`) as subprocesses. Each bad case gives one clear error line, the good
documents in the same batch are written correctly, the process exits 1 without a traceback, and its peak RSS
stays bounded (os.wait4 on the child). Hostile YAML templates are refused up front with one error line.

Layout and tables are off so the batch is OCR only; the good pages are small, so the suite stays within ~2 min
on a loaded 2-core machine."""

from __future__ import annotations

import io
import json
import os
import signal
import struct
import subprocess
import sys
import time
import zipfile
import zlib
from pathlib import Path

import pytest
from PIL import Image, ImageDraw
from render import DEJAVU, font

from docsense.app.cli.common import unique_stem

EXE = str(Path(sys.executable).parent / "docsense")
FAST = ["--set", "layout.enabled=false", "--set", "table.enabled=false"]
RSS_LIMIT_MB = 1500  # measured ~540 MB; a decoded 30k x 30k page alone would be ~2.6 GB
WORDS = "INVOICE TOTAL 42.00"


# --- generators ---------------------------------------------------------------------------------------------------
def page(text: str = WORDS, size: tuple[int, int] = (640, 160), mode: str = "RGB") -> Image.Image:
    img = Image.new("RGB", size, "white")
    ImageDraw.Draw(img).text((30, 50), text, fill=(10, 10, 10), font=font(DEJAVU, 40))
    return img if mode == "RGB" else img.convert(mode)


def encode(img: Image.Image, fmt: str = "PNG", **kw: object) -> bytes:
    buf = io.BytesIO()
    img.save(buf, format=fmt, **kw)
    return buf.getvalue()


def png_chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def png_header_only(w: int, h: int, bit_depth: int = 8, color: int = 0, idat: bytes = b"") -> bytes:
    """A PNG whose header claims w x h pixels; the pixel data (if any) is what the caller gives."""
    ihdr = struct.pack(">IIBBBBB", w, h, bit_depth, color, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", ihdr) + png_chunk(b"IDAT", idat) + png_chunk(b"IEND", b"")


def bomb_png() -> bytes:
    """A real decompression bomb: 21,000 x 21,000 1-bit pixels (441 MP) of zeros compress to ~50 kB."""
    w = h = 21_000
    row = b"\x00" * (1 + (w + 7) // 8)  # filter byte + packed bits
    comp = zlib.compressobj(9)
    parts = [comp.compress(row * 1000) for _ in range(h // 1000)]
    parts.append(comp.flush())
    return png_header_only(w, h, bit_depth=1, color=0, idat=b"".join(parts))


def jpeg_huge_header() -> bytes:
    """A baseline JPEG whose SOF0 claims 65,000 x 65,000 (only the markers, no scan data)."""
    good = encode(page(size=(64, 64)), "JPEG")
    i = good.index(b"\xff\xc0")
    sof = bytearray(good[i : i + 2 + struct.unpack(">H", good[i + 2 : i + 4])[0]])
    sof[5:9] = struct.pack(">HH", 65_000, 65_000)
    return good[:i] + bytes(sof) + good[i + len(sof) :]


def tiff_huge_header() -> bytes:
    """A little-endian TIFF with one IFD claiming 100,000 x 100,000 pixels and no strips."""
    entries = [(256, 4, 1, 100_000), (257, 4, 1, 100_000), (258, 3, 1, 8), (259, 3, 1, 1), (262, 3, 1, 1)]
    entries += [(273, 4, 1, 8), (277, 3, 1, 1), (278, 4, 1, 100_000), (279, 4, 1, 1)]
    ifd = struct.pack("<H", len(entries)) + b"".join(struct.pack("<HHII", *e) for e in entries) + b"\0\0\0\0"
    return b"II*\x00" + struct.pack("<I", 8) + ifd


def pdf_bytes(n_pages: int = 1, text: bool = True, encrypt: str | None = None) -> bytes:
    from pypdf import PdfWriter

    if text:
        img = page()
        buf = io.BytesIO()
        img.save(buf, format="PDF", resolution=100)  # a scanned page (no text layer): read by OCR
        return buf.getvalue()
    w = PdfWriter()
    for _ in range(n_pages):
        w.add_blank_page(width=200, height=200)
    if encrypt:
        w.encrypt(user_password=encrypt, owner_password=encrypt)
    out = io.BytesIO()
    w.write(out)
    return out.getvalue()


def encrypted_pdf() -> bytes:
    from pypdf import PdfReader, PdfWriter

    w = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf_bytes())))
    w.encrypt(user_password="secret", owner_password="secret")  # RC4: AES needs the cryptography package
    out = io.BytesIO()
    w.write(out)
    return out.getvalue()


def broken_xref_pdf() -> bytes:
    """A good one-page PDF whose xref offsets all point to the wrong place (readers must repair or refuse)."""
    data = pdf_bytes()
    i = data.rindex(b"xref")
    head, tail = data[:i], data[i:]
    tail = tail.replace(b" 00000 n", b" 00000 X")
    import re

    tail = re.sub(rb"\d{10} (\d{5}) n", rb"0000000001 \1 n", tail)
    return head + tail


def animated_gif() -> bytes:
    frames = [page(), page("SECOND FRAME"), page("THIRD FRAME")]
    return encode(frames[0], "GIF", save_all=True, append_images=frames[1:], duration=100, loop=0)


def rgba_transparent() -> bytes:
    """Black text on a fully transparent background: must read as black on white, not black on black."""
    img = Image.new("RGBA", (640, 160), (0, 0, 0, 0))
    ImageDraw.Draw(img).text((30, 50), WORDS, fill=(0, 0, 0, 255), font=font(DEJAVU, 40))
    return encode(img)


def png16() -> bytes:
    import numpy as np

    arr = np.asarray(page().convert("L"), dtype=np.uint16) * 257
    return encode(Image.fromarray(arr))  # uint16 -> mode I;16 -> a 16-bit grayscale PNG


def zip_bytes() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("word/document.xml", "<w:document/>")
    return buf.getvalue()


def bad_crc_png() -> bytes:
    data = bytearray(encode(page()))
    data[29] ^= 0xFF  # the IHDR CRC
    return bytes(data)


def good_png() -> bytes:
    return encode(page())


# name -> (bytes factory, expectation): "ok" = parsed with the words read; otherwise a substring of the error line
BAD: dict[str, tuple[object, str]] = {
    "empty.png": (lambda: b"", "empty file"),
    "empty.pdf": (lambda: b"", "empty file"),
    "whitespace.png": (lambda: b"   \n\t  \n", "unrecognized file format"),
    "truncated.png": (lambda: good_png()[: len(good_png()) // 2], "truncated or corrupt"),
    "truncated_header.png": (lambda: good_png()[:20], "cannot open image"),
    "truncated.jpg": (lambda: encode(page(), "JPEG")[:600], "truncated"),
    "soi_only.jpg": (lambda: b"\xff\xd8\xff", "corrupt"),
    "bad_crc.png": (bad_crc_png, "corrupt"),
    "random.png": (lambda: bytes(range(256)) * 8, "unrecognized file format"),
    "html.png": (lambda: b"<!DOCTYPE html><html><body><img src=x onerror=alert(1)></body></html>", "not an image"),
    "svg.png": (lambda: b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>', "not an image"),
    "json.png": (lambda: b'{"a": 1}', "not an image"),
    "zip.png": (zip_bytes, "not an image"),
    "exe.png": (lambda: b"MZ\x90\x00\x03" + b"\x00" * 500, "not an image"),
    "elf.png": (lambda: b"\x7fELF\x02\x01\x01" + b"\x00" * 500, "unrecognized file format"),
    "utf16.png": (lambda: "hello".encode("utf-16"), "unrecognized file format"),
    "gif_header_only.gif": (lambda: b"GIF89a", "corrupt"),
    "bmp_header_only.bmp": (lambda: b"BM" + b"\x00" * 10, "corrupt"),
    "riff_not_webp.webp": (lambda: b"RIFF\x10\x00\x00\x00WAVEfmt ", "corrupt"),
    "truncated.webp": (lambda: encode(page(), "WEBP")[:40], "cannot open image"),
    "broken_ifd.tif": (lambda: b"II*\x00\xff\xff\xff\x7f", "corrupt"),
    "bomb.png": (bomb_png, "above limits.max_pixels"),
    "huge_30000.png": (lambda: png_header_only(30_000, 30_000), "above limits.max_pixels"),
    "huge_65000.jpg": (jpeg_huge_header, "above limits.max_pixels"),
    "huge_100000.tif": (tiff_huge_header, "above limits.max_pixels"),
    "one_by_one.png": (lambda: encode(Image.new("RGB", (1, 1), "white")), "too small"),
    "one_by_one.jpg": (lambda: encode(Image.new("RGB", (1, 1), "white"), "JPEG"), "too small"),
    "thousand_pages.pdf": (lambda: pdf_bytes(1000, text=False), "above limits.max_pages"),
    "encrypted.pdf": (encrypted_pdf, "encrypted"),
    "pdf_header_only.pdf": (lambda: b"%PDF-1.7\n", "broken PDF"),
    "truncated.pdf": (lambda: pdf_bytes()[:200], "broken PDF"),
    "zero_pages.pdf": (lambda: pdf_bytes(0, text=False), "pdf"),
    "broken_page_tree.pdf": (lambda: pdf_bytes().replace(b"/Count 1", b"/Count\x011"), "broken pdf: page 1"),
    "pdf_renamed.png": (lambda: b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF", "broken PDF"),
    # odd but valid inputs: read correctly
    "broken_xref.pdf": (broken_xref_pdf, "ok"),
    "png_named.jpg": (good_png, "ok"),
    "jpeg_named.pdf": (lambda: encode(page(), "JPEG"), "ok"),
    "pdf_named.png": (pdf_bytes, "ok"),
    "cmyk.jpg": (lambda: encode(page(mode="CMYK"), "JPEG"), "ok"),
    "sixteen_bit.png": (png16, "ok"),
    "animated.gif": (animated_gif, "ok"),
    "rgba_transparent.png": (rgba_transparent, "ok"),
    "palette.png": (lambda: encode(page(mode="P")), "ok"),
    "gray.jpg": (lambda: encode(page(mode="L"), "JPEG"), "ok"),
    "thin_strip.png": (lambda: encode(page(size=(3000, 3))), "empty"),  # nothing legible, but not a crash
    "发票_é_🙂 unicode.png": (good_png, "ok"),
    ("L" * 251 + ".png"): (good_png, "ok"),  # 255 bytes, the most a name may have: outputs must still fit
    ("发" * 80 + ".png"): (good_png, "ok"),  # 244 bytes of UTF-8
    "-rf --out=x.png": (good_png, "ok"),  # looks like an option: must stay a file name
}


def make_corpus(folder: Path) -> dict[str, str]:
    folder.mkdir(parents=True, exist_ok=True)
    expect = {}
    for name, (factory, outcome) in BAD.items():
        (folder / name).write_bytes(factory())  # type: ignore[operator]
        expect[name] = outcome
    return expect


def run_measured(args: list[str], cwd: Path, timeout: float = 240) -> tuple[int, str, str, float]:
    """Run the CLI; return (exit code, stdout, stderr, peak RSS in MB of that child alone, from wait4)."""
    out, err = cwd / "stdout.txt", cwd / "stderr.txt"
    env = {**os.environ, "COLUMNS": "400", "PYTHONWARNINGS": "ignore"}
    with out.open("wb") as fo, err.open("wb") as fe:
        # A child forked from this (large, models-loaded) pytest process inherits its peak RSS on Linux, so the
        # CLI runs under a small wrapper that reports the CLI's own peak (RUSAGE_CHILDREN of the wrapper).
        rss_file = cwd / "maxrss.txt"
        proc = subprocess.Popen(
            [sys.executable, "-c", _MEASURE, str(rss_file), EXE, *args], stdout=fo, stderr=fe, cwd=cwd, env=env
        )
        try:
            proc.wait(timeout=timeout)  # bounded: a hang fails the test instead of stalling CI
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    assert proc.returncode != -9, f"killed after {timeout} s"
    peak_mb = int(rss_file.read_text()) / 1024
    return proc.returncode, out.read_text("utf-8", "replace"), err.read_text("utf-8", "replace"), peak_mb


_MEASURE = """
import resource, subprocess, sys
code = subprocess.call(sys.argv[2:])
open(sys.argv[1], "w").write(str(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss))
sys.exit(code)
"""


def assert_no_traceback(text: str) -> None:
    assert "Traceback" not in text, text[-3000:]


# --- the batches --------------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    root = tmp_path_factory.mktemp("corpus")
    return root, make_corpus(root / "in")


def test_corpus_is_large_enough() -> None:
    assert len(BAD) >= 40
    assert sum(v[1] != "ok" for v in BAD.values()) >= 30


@pytest.mark.model
def test_parse_batch_of_bad_and_good_inputs(corpus: tuple[Path, dict[str, str]]) -> None:
    root, expect = corpus
    out = root / "parsed"
    args = ["parse", str(root / "in"), "-o", str(out), *FAST, "--set", "limits.max_pages=500"]
    code, stdout, stderr, peak = run_measured(args, root)
    assert_no_traceback(stdout + stderr)
    assert code == 1, stderr[-2000:]
    errors = [ln for ln in stderr.splitlines() if ln.startswith("error:")]
    wrong = []
    for name, outcome in expect.items():
        mine = [ln for ln in errors if ln.startswith(f"error: {root / 'in' / name}:")]
        if outcome in ("ok", "empty"):
            result = out / f"{unique_stem(Path(name).stem, set())}.json"
            if mine or not result.exists():
                wrong.append((name, mine))
                continue
            doc = json.loads(result.read_text(encoding="utf-8"))
            text = " ".join(ln["text"] for p in doc["pages"] for b in p["blocks"] for ln in b.get("lines", []))
            if outcome == "ok" and not ("TOTAL" in text.upper() and "42" in text):
                wrong.append((name, text))
        elif len(mine) != 1 or outcome.lower() not in mine[0].lower() or "unexpected" in mine[0]:
            wrong.append((name, mine))
        elif (out / f"{unique_stem(Path(name).stem, set())}.json").exists():
            wrong.append((name, "output written for a failed input"))
    assert not wrong, "\n".join(map(str, wrong))
    n_bad = sum(o not in ("ok", "empty") for o in expect.values())
    assert f"{len(expect) - n_bad} of {len(expect)} documents parsed" in stderr
    print(f"peak RSS {peak:.0f} MB")
    assert peak < RSS_LIMIT_MB, f"peak RSS {peak:.0f} MB"
    assert not list(out.glob("*.tmp"))


@pytest.mark.model
def test_extract_batch_of_bad_and_good_inputs(corpus: tuple[Path, dict[str, str]]) -> None:
    """The same corpus through `docsense extract`: one JSONL line per distinct content, errors in the line."""
    root, expect = corpus
    inputs = sorted((root / "in").iterdir())
    out = root / "results.jsonl"
    args = ["extract", *map(str, inputs), "-o", str(out), "-t", "receipt", *FAST, "--set", "limits.max_pages=500"]
    code, stdout, stderr, peak = run_measured(args, root)
    assert_no_traceback(stdout + stderr)
    assert code == 1
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    by_source = {Path(r["source"]).name: r for r in rows}
    assert len({r["sha256"] for r in rows}) == len(rows)  # no content twice
    wrong = []
    for name, outcome in expect.items():
        if name not in by_source:  # same content as an earlier file: skipped as a duplicate
            continue
        error = by_source[name]["error"]
        if outcome in ("ok", "empty"):
            if error is not None:
                wrong.append((name, error))
        elif not error or outcome.lower() not in error.lower() or "\n" in error:
            wrong.append((name, error))
    assert not wrong, "\n".join(map(str, wrong))
    bad_names = {n for n, o in expect.items() if o not in ("ok", "empty")}
    assert bad_names - {"empty.pdf", "empty.png"} <= set(by_source)
    assert ({"empty.pdf", "empty.png"} & set(by_source)) == {"empty.pdf"}  # same (empty) content: written once
    print(f"peak RSS {peak:.0f} MB")
    assert peak < RSS_LIMIT_MB, f"peak RSS {peak:.0f} MB"


# --- hostile templates: refused up front, before any model loads -------------------------------------------------
BILLION_LAUGHS = "\n".join(
    ['lol: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    + [f"l{c}: &{c} [{','.join(['*' + p] * 9)}]" for p, c in zip("abcdefgh", "bcdefghi", strict=True)]
    + ["name: t", "doc_type: t", "fields:", "  total:", "    keys: *i", "    description: *i"]
)
HEAD = "name: t\ndoc_type: t\n"

# name -> (YAML text, a word the one-line error must contain)
TEMPLATES = {
    "billion_laughs.yaml": (BILLION_LAUGHS, "aliases"),  # 9^9 strings if expanded: refused before building any
    "not_a_mapping.yaml": ("- just\n- a list\n", "mapping"),
    "fields_is_string.yaml": (HEAD + "fields: oops\n", "fields"),
    "bad_type.yaml": (HEAD + "fields:\n  total:\n    type: spaceship\n    keys: [Total]\n", "type"),
    "keys_number.yaml": (HEAD + "fields:\n  total:\n    type: money\n    keys: 42\n", "keys"),
    "near_rows_text.yaml": (HEAD + "fields:\n  total:\n    near_rows: many\n", "near_rows"),
    "bad_regex.yaml": (HEAD + "fields:\n  total:\n    type: money\n    keys: ['re:([']\n", "regex"),
    "python_tag.yaml": ("name: !!python/object/apply:os.system ['touch PWNED']\ndoc_type: t\n", "python/object"),
    "tabs_broken.yaml": (HEAD + "fields:\n\t- x: [\n", "cannot read"),
    "empty.yaml": ("", "mapping"),
    "binary.yaml": ("\x00\x01\x02", "cannot read"),
    "deep_nesting.yaml": (HEAD + "fields: " + "[" * 5000 + "]" * 5000 + "\n", "cannot read"),
}


@pytest.mark.parametrize("name", sorted(TEMPLATES))
def test_hostile_template_gives_one_template_error(name: str, tmp_path: Path) -> None:
    from docsense.core.errors import TemplateError
    from docsense.kie import load_template

    text, needle = TEMPLATES[name]
    tpl = tmp_path / name
    tpl.write_text(text, encoding="utf-8")
    with pytest.raises(TemplateError) as info:
        load_template(str(tpl))
    message = str(info.value)
    assert needle in message and "\n" not in message and len(message) < 600, message
    assert not (tmp_path / "PWNED").exists()


@pytest.mark.parametrize("name", ["billion_laughs.yaml", "python_tag.yaml"])
def test_hostile_template_refused_by_the_cli(name: str, tmp_path: Path) -> None:
    """Refused up front (before models load): one error line, no output file, small RSS, nothing executed."""
    text, needle = TEMPLATES[name]
    tpl = tmp_path / name
    tpl.write_text(text, encoding="utf-8")
    doc = tmp_path / "doc.png"
    doc.write_bytes(good_png())
    code, stdout, stderr, peak = run_measured(
        ["extract", str(doc), "-o", str(tmp_path / "r.jsonl"), "-t", str(tpl), *FAST], tmp_path, timeout=120
    )
    assert_no_traceback(stdout + stderr)
    assert code != 0
    lines = [ln for ln in stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and lines[0].startswith("error:") and needle in lines[0], stderr[-2000:]
    assert not (tmp_path / "PWNED").exists()
    assert not (tmp_path / "r.jsonl").exists()
    assert peak < 1000, f"peak RSS {peak:.0f} MB"


# --- kill -9 of one worker (the whole-batch kill is in tests/test_extract_batch.py) --------------------------------
@pytest.mark.model
def test_kill9_of_one_worker_keeps_the_batch_going_and_rerun_gives_each_document_once(
    data_dir: Path, tmp_path: Path
) -> None:
    import psutil

    src = (data_dir / "invoices_invoice2data" / "files" / "SammyMaystoneLinesTest.pdf").read_bytes()
    docs = []
    for i in range(12):
        p = tmp_path / "in" / f"inv{i:02d}.pdf"
        p.parent.mkdir(exist_ok=True)
        p.write_bytes(src + f"\n% copy {i}\n".encode())  # distinct content, same document
        docs.append(p)
    out = tmp_path / "r.jsonl"
    args = [EXE, "extract", *map(str, docs), "-t", "invoice", "-o", str(out), "-w", "2", *FAST]
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    killed = None
    try:
        deadline = time.monotonic() + 240
        while time.monotonic() < deadline and proc.poll() is None and killed is None:
            if out.exists() and out.read_bytes().count(b"\n") >= 1:
                children = psutil.Process(proc.pid).children(recursive=True)
                workers = [c for c in children if "spawn_main" in " ".join(c.cmdline())]
                if workers:
                    killed = workers[0].pid
                    os.kill(killed, signal.SIGKILL)
            time.sleep(0.05)
        _, stderr = proc.communicate(timeout=240)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert killed, "the batch finished before a worker could be killed"
    assert proc.returncode in (0, 1) and "Traceback" not in stderr, stderr[-2000:]
    got = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    shas = [g["sha256"] for g in got]
    assert len(shas) == len(set(shas)) == len(docs)  # the pool restarted: every document once, none lost
    r = subprocess.run(args, capture_output=True, text=True, timeout=240)
    assert r.returncode in (0, 1) and "Traceback" not in r.stderr
    again = [json.loads(line)["sha256"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert again == shas  # nothing redone, nothing twice
