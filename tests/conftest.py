"""Shared fixtures: real inputs only (repo samples, ../shared/data, pages the tests render themselves)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
DATA = ROOT.parent / "shared" / "data"


@pytest.fixture(scope="session")
def data_dir() -> Path:
    if not DATA.is_dir():
        pytest.skip("../shared/data is not beside the repo")
    return DATA


@pytest.fixture(scope="session")
def pipeline():
    """The default pipeline, built once for the whole session (models load once)."""
    from docsense.app.pipeline import Pipeline
    from docsense.core.config import load_settings

    return Pipeline(load_settings())


@pytest.fixture(scope="session")
def ocr_only():
    """OCR without layout/tables, for tests about text alone."""
    from docsense.app.pipeline import Pipeline
    from docsense.core.config import load_settings

    return Pipeline(load_settings(overrides=["layout.enabled=false", "table.enabled=false"]))


def invoice_copies(data_dir: Path, folder: Path, n: int) -> list[Path]:
    """`n` distinct PDFs (other bytes, so other hashes) with the content of one real invoice."""
    src = (data_dir / "invoices_invoice2data" / "files" / "SammyMaystoneLinesTest.pdf").read_bytes()
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i in range(n):
        p = folder / f"inv{i}.pdf"
        p.write_bytes(src + f"\n% copy {i}\n".encode())
        out.append(p)
    return out


@pytest.fixture(scope="module")
def chromium():
    """A headless chromium for pages the tests typeset themselves; skipped with the reason where it or the fonts
    are missing. One per test module, closed with it."""
    from docsense.synth import browser, fonts

    why = browser.unavailable_reason() or fonts.missing_reason()
    if why is not None:
        pytest.skip(str(why))
    with browser.Browser() as b:
        yield b


@pytest.fixture(scope="session")
def kie():
    """The KIE stage with the default settings, built once (the templates and the document-type model load once)."""
    from docsense.core.config import Settings
    from docsense.kie import KieStage

    s = Settings()
    return KieStage(s.kie, s.engine)
