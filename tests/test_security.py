"""Security properties, each proven on real inputs: no path traversal (template names, output stems, uploaded
names), no URL fetching from user input, YAML through safe_load only, autoescaped HTML reports, no
pickle/eval/exec in the package, upload limits on by default, 127.0.0.1 by default."""

from __future__ import annotations

import io
import re
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image, ImageDraw
from render import DEJAVU, font

from docsense.core.config import ServerSettings, Settings

ROOT = Path(__file__).resolve().parent.parent
PACKAGE_DIRS = ["core", "ocr", "layout", "table", "kie", "synth", "train", "eval", "app", "templates"]
EXE = str(Path(sys.executable).parent / "docsense")


def page_png(text: str = "TOTAL 42.00") -> bytes:
    img = Image.new("RGB", (520, 140), "white")
    ImageDraw.Draw(img).text((30, 40), text, fill=(10, 10, 10), font=font(DEJAVU, 40))
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return buf.getvalue()


def cli(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([EXE, *args], capture_output=True, text=True, timeout=120, cwd=cwd)


# --- no pickle/eval/exec, YAML safe_load only: over every package source file ------------------------------------
FORBIDDEN = {
    r"\bpickle\b|\bcPickle\b|\bdill\b|\bshelve\b|\bmarshal\.loads?\b": "pickle-like deserialization",
    r"(?<![\w.])eval\(|(?<![\w.])exec\(|\bcompile\([^)]*['\"]exec['\"]": "eval/exec",
    r"\byaml\.(load|unsafe_load|full_load|load_all)\(|\byaml\.(Unsafe|Full)?Loader\b": "unsafe YAML loader",
    r"allow_pickle\s*=\s*True|torch\.load\(|joblib\.load\(": "pickle through numpy/torch/joblib",
    r"shell\s*=\s*True|os\.system\(|os\.popen\(": "shell execution",
    r"urlopen\(|(?<![\w.])requests\.(get|post)\(|httpx\.(get|post|Client)\(|urllib\.request": "network fetch",
}


# (file, rule) pairs reviewed by hand: api.healthcheck() opens fixed loopback URLs for Docker's HEALTHCHECK.
ALLOWED = {("app/serve/api.py", "network fetch")}


def package_sources() -> list[Path]:
    return [p for d in PACKAGE_DIRS for p in sorted((ROOT / d).rglob("*.py"))]


def test_no_pickle_eval_exec_unsafe_yaml_shell_or_fetch_in_the_package() -> None:
    found = []
    sources = package_sources()
    assert len(sources) > 20
    for path in sources:
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            code = line.split("#", 1)[0]
            for pattern, why in FORBIDDEN.items():
                if re.search(pattern, code) and (str(path.relative_to(ROOT)), why) not in ALLOWED:
                    found.append(f"{path.relative_to(ROOT)}:{n}: {why}: {line.strip()}")
    assert not found, "\n".join(found)
    api = (ROOT / "app" / "serve" / "api.py").read_text(encoding="utf-8")
    assert api.count("urlopen(") == 1 and "def healthcheck(" in api  # the one allowed fetch stays that one


def test_grep_rules_catch_what_they_claim() -> None:
    """The patterns above are not vacuous: each flags a typical offending line."""
    bad = [
        "import pickle",
        "x = eval(s)",
        "exec(code)",
        "yaml.load(text, Loader=yaml.Loader)",
        "np.load(p, allow_pickle=True)",
        "subprocess.run(c, shell=True)",
        "urlopen(url)",
    ]
    for line in bad:
        assert any(re.search(p, line) for p in FORBIDDEN), line
    assert not any(re.search(p, "data = yaml.safe_load(text)") for p in FORBIDDEN)


def test_python_yaml_tag_is_refused_in_config_and_templates(tmp_path: Path) -> None:
    from docsense.core.config import load_settings
    from docsense.core.errors import DocsenseError
    from docsense.kie import load_template

    payload = "ocr: !!python/object/apply:os.system ['touch PWNED']\n"
    (tmp_path / "c.yaml").write_text(payload, encoding="utf-8")
    (tmp_path / "t.yaml").write_text("name: t\ndoc_type: t\n" + payload, encoding="utf-8")
    with pytest.raises(DocsenseError):
        load_settings(tmp_path / "c.yaml")
    with pytest.raises(DocsenseError):
        load_template(str(tmp_path / "t.yaml"))
    with pytest.raises(DocsenseError):
        load_settings(None, ["ocr.det_threshold=!!python/object/apply:os.system ['touch PWNED']"])
    assert not (tmp_path / "PWNED").exists() and not Path("PWNED").exists()


# --- template names: no traversal, no URL --------------------------------------------------------------------------
@pytest.mark.parametrize(
    "name", ["..", "../receipt", "..%2F..%2Fetc%2Fpasswd", "receipt\x00.yaml", "~root", "C:receipt"]
)
def test_template_name_never_leaves_the_template_folders(name: str, tmp_path: Path) -> None:
    """A bare name (no slash, no .yaml) is looked up inside the folders only; anything else is unknown."""
    from docsense.core.errors import TemplateError
    from docsense.kie import load_template

    (tmp_path / "secret.yaml").write_text("name: secret\ndoc_type: x\nfields: {}\n", encoding="utf-8")
    with pytest.raises(TemplateError, match=r"unknown template|no such file"):
        load_template(name, [str(tmp_path / "sub")])


def test_template_path_to_a_system_file_is_refused_without_leaking_it(tmp_path: Path) -> None:
    """`-t ../../etc/passwd` is a path the local user may read anyway; it is refused as a template and its
    content is not echoed."""
    depth = len(tmp_path.resolve().parts) - 1
    rel = "/".join([".."] * depth) + "/etc/passwd"
    doc = tmp_path / "d.png"
    doc.write_bytes(page_png())
    r = cli(["extract", str(doc), "-o", str(tmp_path / "r.jsonl"), "-t", rel], tmp_path)
    assert r.returncode != 0 and "Traceback" not in r.stderr
    assert "error:" in r.stderr and "root:x:0:0" not in r.stderr + r.stdout
    assert not (tmp_path / "r.jsonl").exists()


@pytest.fixture
def listener() -> Iterator[tuple[str, list[bytes]]]:
    """A local TCP server that records any connection: a URL in user input must never reach it."""
    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen(4)
    srv.settimeout(0.2)
    hits: list[bytes] = []
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                conn, _ = srv.accept()
            except OSError:
                continue
            hits.append(conn.recv(1024))
            conn.close()

    t = threading.Thread(target=serve, daemon=True)
    t.start()
    yield f"http://127.0.0.1:{srv.getsockname()[1]}", hits
    stop.set()
    t.join(2)
    srv.close()


def test_urls_in_template_and_config_are_never_fetched(listener: tuple[str, list[bytes]], tmp_path: Path) -> None:
    from docsense.core.config import load_settings
    from docsense.core.errors import DocsenseError
    from docsense.kie import load_template

    url, hits = listener
    with pytest.raises(DocsenseError, match=r"no such file|unknown template"):
        load_template(f"{url}/t.yaml")
    with pytest.raises(DocsenseError):
        load_settings(f"{url}/c.yaml")  # type: ignore[arg-type]
    doc = tmp_path / "d.png"
    doc.write_bytes(page_png())
    r = cli(["extract", str(doc), "-o", str(tmp_path / "r.jsonl"), "-t", f"{url}/t.yaml"], tmp_path)
    assert r.returncode != 0 and "Traceback" not in r.stderr
    r = cli(["config", "show", "--config", f"{url}/c.yaml"], tmp_path)
    assert r.returncode != 0 and "Traceback" not in r.stderr
    assert hits == []


# --- the HTML report escapes what comes from the document and its name ---------------------------------------------
HOSTILE = '<img src=x onerror=alert(1)>"><script>alert(2)</script>'


@pytest.mark.model
def test_html_report_escapes_a_hostile_source_name_and_text(ocr_only) -> None:  # type: ignore[no-untyped-def]
    from docsense.core import export

    parsed = ocr_only.parse_bytes(page_png("<script>alert(3)</script>"), HOSTILE + ".png")
    assert parsed.document.source.startswith("<img")
    html = export.to_html(parsed.document, [p.image for p in parsed.pages])
    assert "<script>alert" not in html and "<img src=x" not in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html or "&lt;img src=x" in html


def test_report_environment_is_autoescaped() -> None:
    src = (ROOT / "core" / "export.py").read_text(encoding="utf-8")
    autoescaped = src.count("Environment(autoescape=select_autoescape(default=True, default_for_string=True))")
    assert autoescaped >= 1 and autoescaped == src.count("Environment(")
    # the one Markup() wraps table HTML after _sanitize_table (tested with hostile cells in tests/test_cli.py)
    assert src.count("Markup(") == src.count("Markup(_sanitize_table(") and "|safe" not in src.replace(" ", "")
    from docsense.core.export import _sanitize_table

    cell = '<td colspan="2"><script>alert(1)</script><img src=x onerror=alert(2)>&lt;b&gt;</td>'
    clean = _sanitize_table(f"<table><tr>{cell}</tr></table>")
    assert "<script" not in clean and "<img" not in clean and "<b>" not in clean
    assert clean.startswith('<table><tr><td colspan="2">')


# --- output paths: hostile input stems stay inside OUTDIR ----------------------------------------------------------
@pytest.mark.parametrize("stem", ["..", ".", "...", "-rf", "..\\..\\evil", " ", "a" * 300])
def test_output_stem_stays_inside_outdir(stem: str, tmp_path: Path) -> None:
    from docsense.app.cli.common import unique_stem

    out = tmp_path / "out"
    name = unique_stem(stem, set())
    for suffix in (".json", ".md", ".html", ".json.tmp", "_table1.csv"):
        target = (out / f"{name}{suffix}").resolve()
        assert target.parent == out.resolve(), (stem, target)
        assert len(target.name.encode()) <= 255


# --- the API: uploaded names, template names, upload limits ---------------------------------------------------------
@pytest.fixture(scope="module")
def api(tmp_path_factory: pytest.TempPathFactory) -> Iterator:
    from fastapi.testclient import TestClient

    from docsense.app.serve.api import create_app

    store = str(tmp_path_factory.mktemp("store"))  # the job store, not the user's ~/.docsense
    settings = Settings.model_validate(
        {
            "server": {"max_upload_bytes": 200_000, "data_dir": store},
            "layout": {"enabled": False},
            "table": {"enabled": False},
        }
    )
    with TestClient(create_app(settings, warm_up=False)) as c:
        yield c


@pytest.mark.parametrize(
    "filename", ["../../etc/passwd", "..\\..\\windows\\win.ini", "/etc/shadow", "a/../../b.png", "..", "x\x00y\n.png"]
)
def test_uploaded_filename_is_only_a_label(api, filename: str) -> None:  # type: ignore[no-untyped-def]
    r = api.post("/v1/parse", files={"file": (filename, b"", "image/png")})
    assert r.status_code == 422
    message = r.json()["error"]["message"]
    label = message.split(":", 1)[0]
    assert "/" not in label and "\\" not in label and ".." not in label and "\n" not in label, message


@pytest.mark.model
@pytest.mark.parametrize("template", ["../../etc/passwd", "/etc/passwd", "http://127.0.0.1:9/t.yaml", "../receipt"])
def test_api_template_name_is_looked_up_not_opened(api, template: str) -> None:  # type: ignore[no-untyped-def]
    r = api.post("/v1/extract", files={"file": ("d.png", page_png(), "image/png")}, data={"template": template})
    assert r.status_code == 422, r.text
    assert "unknown template" in r.json()["error"]["message"]
    assert "root:x" not in r.text


@pytest.mark.model
def test_api_uploaded_template_with_deep_nesting_is_a_4xx(api) -> None:  # type: ignore[no-untyped-def]
    nested = b"name: t\ndoc_type: t\nfields: " + b"[" * 5000 + b"]" * 5000 + b"\n"
    r = api.post(
        "/v1/extract",
        files={"file": ("d.png", page_png(), "image/png"), "template_file": ("t.yaml", nested, "text/yaml")},
    )
    assert r.status_code == 422, r.text
    assert api.get("/health").status_code == 200


def test_upload_limit_is_on_by_default_and_enforced(api) -> None:  # type: ignore[no-untyped-def]
    default = ServerSettings()
    assert 0 < default.max_upload_bytes <= 100 * 1024 * 1024
    assert default.max_sync_pages > 0 and default.request_timeout_s > 0
    r = api.post("/v1/parse", files={"file": ("big.png", b"\x89PNG" + b"\x00" * 300_000, "image/png")})
    assert r.status_code == 413, r.text
    assert api.get("/health").status_code == 200


def test_server_binds_loopback_by_default() -> None:
    assert ServerSettings().host == "127.0.0.1"
    assert Settings().server.host == "127.0.0.1"
    src = (ROOT / "app" / "cli" / "serve.py").read_text(encoding="utf-8")
    assert "0.0.0.0" not in src.replace("`0.0.0.0`", "")
