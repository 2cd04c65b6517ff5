"""Hostile inputs: memory known before decoding, pages counted before reading, text a reader cannot see never
trusted, user regexes and config files that cannot hang or blow up the process."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest
from hostile import BACKTRACKING, alias_bomb_yaml, invoice_pdfs, many_page_tiff, visible_pdf
from PIL import Image, ImageDraw

from docsense.core.budget import deadline, user_regex, vet_regex
from docsense.core.config import InputSettings, LimitSettings, load_settings
from docsense.core.errors import ConfigError, DeadlineError, TemplateError, TooLargeError
from docsense.core.io import load_pages


def _pages(data: bytes, limits: LimitSettings | None = None, mode: str = "auto") -> list:
    return list(load_pages(data, InputSettings(pdf_mode=mode), limits or LimitSettings()))


def _encoded(size: tuple[int, int], fmt: str, mode: str = "L") -> bytes:
    img = Image.new(mode, size, 255)
    Image.Image.paste(img, 0, (10, 10, 200, 60))  # some ink
    buf = io.BytesIO()
    img.save(buf, fmt)
    return buf.getvalue()


# --- images: decoded size known before decoding -------------------------------------------------------------------


def test_large_jpeg_is_decoded_reduced_within_the_budget() -> None:
    # 6000x6000 gray takes 36 MB decoded; the budget is 8 MB, so only DCT-reduced decoding can pass
    limits = LimitSettings(max_page_pixels=1_000_000, max_decode_mb=8)
    (page,) = _pages(_encoded((6000, 6000), "JPEG"), limits)
    assert (page.width, page.height) == (6000, 6000)
    assert page.image.shape[0] * page.image.shape[1] <= 1_000_000
    assert page.scale == pytest.approx(6, rel=0.01)


def test_png_above_the_decode_budget_is_refused_before_decoding() -> None:
    data = _encoded((6000, 6000), "PNG")
    with pytest.raises(TooLargeError, match="max_decode_mb"):
        _pages(data, LimitSettings(max_decode_mb=8))
    (page,) = _pages(data, LimitSettings(max_decode_mb=64, max_page_pixels=1_000_000))  # within: downscaled
    assert page.width == 6000 and page.image.shape[0] * page.image.shape[1] <= 1_000_000


def test_exif_orientation_is_applied_after_the_reduction() -> None:
    img = Image.new("L", (3000, 1000), 255)
    exif = Image.Exif()
    exif[0x0112] = 6  # stored sideways: turn 90 degrees clockwise
    buf = io.BytesIO()
    img.save(buf, "JPEG", exif=exif.tobytes())
    (page,) = _pages(buf.getvalue(), LimitSettings(max_page_pixels=300_000))
    assert (page.width, page.height) == (1000, 3000)
    assert page.image.shape[0] > page.image.shape[1]


# --- pages counted before reading -------------------------------------------------------------------------------


def test_tiff_pages_are_counted_against_max_pages_before_any_is_read() -> None:
    data = many_page_tiff(30, (100, 100))
    with pytest.raises(TooLargeError, match="more than 20 pages"):
        next(iter(load_pages(data, InputSettings(), LimitSettings(max_pages=20))))
    assert len(_pages(data, LimitSettings(max_pages=30))) == 30


def test_animated_gif_is_one_page() -> None:
    frames = [Image.new("P", (40, 40), i) for i in range(50)]
    buf = io.BytesIO()
    frames[0].save(buf, "GIF", save_all=True, append_images=frames[1:])
    assert len(_pages(buf.getvalue(), LimitSettings(max_pages=1))) == 1


# --- PDF text a reader cannot see ------------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(invoice_pdfs()))
def test_invisible_pdf_text_is_not_trusted(name: str) -> None:
    (page,) = _pages(invoice_pdfs()[name])
    text = " ".join(ln.text for ln in page.text_lines or [])
    assert "999999" not in text
    assert any(w.startswith("text layer:") for w in page.warnings), page.warnings
    if name != "off_page":  # the image may show something else there: it is read (OCR) instead
        assert page.text_lines is None


@pytest.mark.parametrize("name", ["render_mode_3", "clipped"])
def test_forced_text_mode_drops_invisible_text_with_a_warning(name: str) -> None:
    (page,) = _pages(invoice_pdfs()[name], mode="text")
    text = " ".join(ln.text for ln in page.text_lines or [])
    assert "999999" not in text and "INV-2041" in text
    assert any("not visible" in w for w in page.warnings)


def test_visible_pdf_text_is_used_without_warnings() -> None:
    (page,) = _pages(visible_pdf())
    assert [ln.text for ln in page.text_lines or []] == ["Invoice INV-2041", "Date 2024-03-05", "Total 123.45"]
    assert page.warnings == []


def test_real_invoices_keep_their_text_layer(data_dir: Path) -> None:
    for pdf in sorted((data_dir / "invoices_invoice2data" / "files").glob("*.pdf")):
        for page in _pages(pdf.read_bytes()):
            assert page.text_lines, (pdf.name, page.index, page.warnings)
            assert not any("not visible" in w for w in page.warnings), (pdf.name, page.warnings)


# --- user regexes -----------------------------------------------------------------------------------------------


def test_backtracking_regex_is_refused_when_vetted() -> None:
    with pytest.raises(TemplateError, match="backtracks"):
        vet_regex(BACKTRACKING)
    vet_regex(r"(?<!due )\bdate\b")  # lookarounds, as shipped templates use, pass


def test_backtracking_regex_stops_at_its_timeout() -> None:
    start = time.monotonic()
    with pytest.raises(TemplateError, match=r"backtracks"):
        user_regex(BACKTRACKING).search("a" * 60 + "!")
    assert time.monotonic() - start < 10  # unbounded without the timeout: 2**60 steps


def test_regex_stops_when_the_request_deadline_passes() -> None:
    with deadline(0.05), pytest.raises(DeadlineError):
        for _ in range(10_000):
            user_regex(r"(a|aa)+b").search("a" * 22 + "!")


def test_regex_stopped_by_the_deadline_says_so_when_the_clock_lags(monkeypatch: pytest.MonkeyPatch) -> None:
    """The regex module's timer can fire a hair before the monotonic clock reaches the request's deadline (CI saw
    it): a match bounded by the deadline still reports the deadline, not the template's regex budget. The clock is
    held 20 ms short of the deadline to make that moment certain."""
    from docsense.core import budget

    monkeypatch.setattr(budget, "remaining", lambda: 0.02)
    with pytest.raises(DeadlineError):
        user_regex(r"(a|aa)+b").search("a" * 40 + "!")


def test_regex_semantics_are_pythons() -> None:
    assert user_regex(r"\btotal\b").search("发票total 5") is None  # CJK letters are word characters
    assert user_regex(r"\d+").search("金额 ١٢٣") is not None  # Unicode digits


# --- config and template files ----------------------------------------------------------------------------------


def test_alias_bomb_config_is_refused_quickly(tmp_path: Path) -> None:
    path = tmp_path / "bomb.yaml"
    path.write_text(alias_bomb_yaml())
    start = time.monotonic()
    with pytest.raises(ConfigError, match="aliases"):
        load_settings(path)
    assert time.monotonic() - start < 5


@pytest.mark.parametrize("special", ["/dev/zero", "fifo", "folder"])
def test_config_must_be_a_regular_file(special: str, tmp_path: Path) -> None:
    path = Path(special)
    if special == "fifo":
        path = tmp_path / "fifo"
        os.mkfifo(path)
    elif special == "folder":
        path = tmp_path
    with pytest.raises(ConfigError, match="not a regular file"):
        load_settings(path)


@pytest.mark.parametrize(
    "text", [b"ocr: {det: {thresh: 0.3}}\n\xff\xfe", b"[" * 100_000 + b"]" * 100_000, b"a: &a [*a]"]
)
def test_broken_config_text_is_one_config_error(text: bytes, tmp_path: Path) -> None:
    path = tmp_path / "c.yaml"
    path.write_bytes(text)
    with pytest.raises(ConfigError) as info:
        load_settings(path)
    assert "\n" not in str(info.value)


@pytest.mark.parametrize(
    "override",
    [
        "ocr.det.limit_side_len=-5",
        "ocr.det.limit_side_len=0",
        "ocr.det.thresh=nan",
        "ocr.det.box_thresh=inf",
        "limits.max_page_pixels=0",
        "ocr.rec.max_width=0",
        "engine.intra_op_threads=10000",
        "table.bold_ratio=-1",
    ],
)
def test_settings_out_of_their_range_are_config_errors(override: str) -> None:
    with pytest.raises(ConfigError, match=override.split("=")[0]):
        load_settings(overrides=[override])


def test_detector_input_is_capped_whatever_the_side_limits_ask() -> None:
    from docsense.ocr.det import det_input_size

    cfg = load_settings(overrides=["ocr.det.limit_type=min", "ocr.det.limit_side_len=5000"]).ocr.det
    h, w = det_input_size(2200, 1700, cfg)
    assert h * w <= cfg.max_input_pixels * 1.05
    assert det_input_size(2200, 1700, load_settings().ocr.det) == (1600, 1248)  # defaults unchanged


# --- the command line: one `error:` line, never a traceback, never a hang ----------------------------------------
EXE = str(Path(sys.executable).parent / "docsense")


def _cli(*args: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [EXE, *args], capture_output=True, text=True, timeout=120, cwd=cwd, env={**os.environ, **(env or {})}
    )


@pytest.mark.parametrize("case", ["empty_folder", "dev_zero_input", "fifo_template", "utf16_template", "deep_config"])
def test_cli_errors_are_one_line(case: str, tmp_path: Path) -> None:
    page = tmp_path / "p.png"
    page.write_bytes(_encoded((300, 100), "PNG"))
    (tmp_path / "empty").mkdir()
    os.mkfifo(tmp_path / "fifo.yaml")
    (tmp_path / "utf16.yaml").write_bytes("name: t\ndoc_type: t\n".encode("utf-16"))
    (tmp_path / "deep.yaml").write_text("a: " + "[" * 20_000 + "]" * 20_000)
    args = {
        "empty_folder": ["parse", "empty"],
        "dev_zero_input": ["parse", "/dev/zero"],
        "fifo_template": ["extract", "p.png", "-t", str(tmp_path / "fifo.yaml"), "-o", "r.jsonl"],
        "utf16_template": ["extract", "p.png", "-t", "utf16.yaml", "-o", "r.jsonl"],
        "deep_config": ["config", "show", "--config", "deep.yaml"],
    }[case]
    done = _cli(*args, cwd=tmp_path)
    lines = [ln for ln in done.stderr.splitlines() if ln.strip()]
    assert done.returncode != 0 and "Traceback" not in done.stderr + done.stdout
    assert lines and lines[0].startswith("error:"), done.stderr
    assert len([ln for ln in lines if ln.startswith("error:")]) == 1, done.stderr


# --- no network at run time -------------------------------------------------------------------------------------
_NO_NETWORK = """
import socket, sys
def refuse(*args, **kwargs):
    sys.stderr.write("NETWORK ATTEMPT\\n")
    raise OSError("network blocked by test")
socket.socket.connect = refuse
socket.socket.connect_ex = refuse
socket.getaddrinfo = refuse
socket.create_connection = refuse
"""


@pytest.mark.model
def test_a_parse_opens_no_socket_and_writes_no_telemetry(tmp_path: Path) -> None:
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "sitecustomize.py").write_text(_NO_NETWORK)
    (tmp_path / "home").mkdir()
    pdf = tmp_path / "d.pdf"
    pdf.write_bytes(visible_pdf())
    env = {"PYTHONPATH": str(tmp_path / "site"), "HOME": str(tmp_path / "home")}
    env.pop("ORT_DISABLE_TELEMETRY", None)
    prefix: list[str] = []
    if subprocess.run(["unshare", "-n", "true"], capture_output=True).returncode == 0:
        prefix = ["unshare", "-n"]  # no network device at all, for code below Python's socket module too
    base = {k: v for k, v in os.environ.items() if k != "ORT_DISABLE_TELEMETRY"}
    done = subprocess.run(
        [*prefix, EXE, "parse", str(pdf), "-o", str(tmp_path / "out"), "--pdf-mode", "ocr"],
        capture_output=True, text=True, timeout=300, cwd=tmp_path, env={**base, **env},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    assert "NETWORK ATTEMPT" not in done.stderr
    assert "Total 123.45" in (tmp_path / "out" / "d.json").read_text()
    assert not (tmp_path / "home" / ".cache" / "Microsoft").exists()  # onnxruntime's telemetry store


def test_a_blank_page_skips_the_detector() -> None:
    from docsense.core.config import EngineSettings
    from docsense.ocr.det import TextDetector

    class Refuses:  # any model call fails the test: a flat page must not reach the detector model
        def __call__(self, *_: object) -> None:
            raise AssertionError("detector model called on a blank page")

    det = TextDetector(load_settings().ocr.det, EngineSettings(), engine=Refuses())  # type: ignore[arg-type]
    quads, scores = det(np.full((1754, 1240, 3), 255, np.uint8))
    assert len(quads) == 0 and len(scores) == 0


@pytest.mark.model
def test_cli_extract_with_a_template_backtracking_on_the_text_fails_fast_naming_it(tmp_path: Path) -> None:
    from hostile import pdf, text_op

    (tmp_path / "d.pdf").write_bytes(pdf(text_op("Invoice 42", 60, 760) + text_op("ab" * 30 + "!", 60, 700)))
    (tmp_path / "t.yaml").write_text("name: slow\ndoc_type: t\nfields:\n  total:\n    keys: ['re:(ab|ab)+$']\n")
    start = time.monotonic()
    done = _cli("extract", "d.pdf", "-t", "t.yaml", "-o", "r.jsonl", cwd=tmp_path)
    assert time.monotonic() - start < 120
    assert done.returncode != 0 and "Traceback" not in done.stderr
    assert any(ln.startswith("error:") and "(ab|ab)+$" in ln for ln in done.stderr.splitlines()), done.stderr


@pytest.mark.model
def test_a_blank_page_runs_no_stage_and_a_300_page_blank_tiff_is_read(ocr_only) -> None:  # type: ignore[no-untyped-def]
    parsed = ocr_only.parse_bytes(many_page_tiff(300, (620, 877)), "blank.tif", keep_images=False)
    assert len(parsed.document.pages) == 300
    assert all(p.timings_ms == {} and not p.page.blocks for p in parsed.pages)
    (inked,) = ocr_only.parse_bytes(_encoded((600, 300), "PNG"), "ink.png").pages
    assert inked.timings_ms  # a page with anything on it goes through the stages


@pytest.mark.model
def test_limits_max_seconds_stops_a_document_with_a_timeout_error(tmp_path: Path) -> None:
    page = Image.new("L", (600, 300), 255)
    page.paste(0, (20, 20, 400, 60))
    page.save(tmp_path / "p.png")
    done = _cli("parse", "p.png", "-o", "out", "-s", "limits.max_seconds=0.001", cwd=tmp_path)
    assert done.returncode != 0 and "time budget" in done.stderr and "Traceback" not in done.stderr


@pytest.mark.model
def test_a_tiff_of_one_page_repeated_is_read_once(ocr_only) -> None:  # type: ignore[no-untyped-def]
    page = Image.new("L", (600, 300), 255)
    ImageDraw.Draw(page).text((20, 20), "Total 42.00", fill=0, font_size=40)
    buf = io.BytesIO()
    page.save(buf, "TIFF", save_all=True, append_images=[page] * 59, compression="tiff_deflate")
    parsed = ocr_only.parse_bytes(buf.getvalue(), "copies.tif", keep_images=False)
    pages = parsed.document.pages
    assert [p.index for p in pages] == list(range(60))
    assert "42.00" in pages[0].render() and all(p.render() == pages[0].render() for p in pages)
    assert sum(1 for p in parsed.pages if p.timings_ms) == 1  # the copies took the first page's reading
