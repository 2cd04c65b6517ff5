"""The folders keep the architecture (docs/architecture.md): no import circles, runtime stages import only core,
the page is a list of stages that the config orders and trims."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from docsense.app.pipeline import Pipeline
from docsense.core.config import Settings

ROOT = Path(__file__).resolve().parents[1]
RUNTIME = ("core", "ocr", "layout", "table", "kie")
SKIP = ("tests", "bench", "samples", "docs", "templates")


def _module(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(("docsense", *parts[:-1])) if parts[-1] == "__init__" else ".".join(("docsense", *parts))


def _runtime_nodes(tree: ast.AST) -> list[ast.AST]:
    """Every node except those under `if TYPE_CHECKING:` (annotations only: no import happens at run time)."""
    out: list[ast.AST] = []
    todo = [tree]
    while todo:
        node = todo.pop()
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            todo.extend(node.orelse)
            continue
        out.append(node)
        todo.extend(ast.iter_child_nodes(node))
    return out


def import_graph() -> dict[str, set[str]]:
    """docsense module -> the docsense modules it imports at run time (lazy imports inside functions included)."""
    files = {
        _module(p): p
        for p in ROOT.rglob("*.py")
        if not p.relative_to(ROOT).parts[0].startswith(".") and p.relative_to(ROOT).parts[0] not in SKIP
    }
    graph: dict[str, set[str]] = {}
    for name, path in files.items():
        package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
        deps: set[str] = set()
        for node in _runtime_nodes(ast.parse(path.read_text(encoding="utf-8"))):
            targets: list[str] = []
            if isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    anchor = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                    base = f"{anchor}.{base}" if base else anchor
                targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in files else base for a in node.names]
            for target in targets:
                while target not in files and "." in target:
                    target = target.rsplit(".", 1)[0]
                if target in files and target != name:
                    deps.add(target)
        graph[name] = deps
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                found.append(sorted(comp))

    for v in graph:
        if v not in index:
            visit(v)
    return found


def test_no_import_circles() -> None:
    assert cycles(import_graph()) == []


def test_runtime_stages_import_only_core_and_themselves() -> None:
    graph = import_graph()
    assert "docsense.kie.runner" in graph and "docsense.synth.documents" in graph  # the walk sees the tree

    def room(module: str) -> str:
        return module.split(".")[1] if "." in module else ""  # `docsense` itself: the public API, no room

    wrong = [
        (m, d) for m, deps in graph.items() if room(m) in RUNTIME for d in deps if room(d) not in ("core", room(m))
    ]
    assert wrong == []


def test_bench_uses_eval_not_app_metrics() -> None:
    uses = [p.name for p in (ROOT / "bench").glob("*.py") if "docsense.app.eval" in p.read_text(encoding="utf-8")]
    assert uses == []


def test_a_cycle_is_found() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": set()}) == [["a", "b", "c"]]


@pytest.mark.model
def test_page_is_the_configured_list_of_stages() -> None:
    sample = ROOT / "samples" / "invoice_en.png"
    full = Pipeline(Settings())
    assert [s.name for s in full.stages] == ["seal", "ocr", "layout", "assemble", "refine", "table"]
    page = full.parse_file(sample).document.pages[0]
    assert any(b.type == "table" and b.table is not None for b in page.blocks)

    trimmed = Pipeline(Settings.model_validate({"pipeline": {"stages": ["ocr", "assemble"]}}))
    assert [s.name for s in trimmed.stages] == ["ocr", "assemble"]
    bare = trimmed.parse_file(sample).document.pages[0]
    assert not any(b.type == "table" for b in bare.blocks)  # no layout, no table stage: text only
    words = {w for b in page.blocks for ln in b.lines for w in ln.text.split()}
    bare_words = {w for b in bare.blocks for ln in b.lines for w in ln.text.split()}
    assert len(words & bare_words) >= 0.8 * len(words)  # the same OCR read the same text


def test_unknown_or_repeated_stage_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown stage"):
        Settings.model_validate({"pipeline": {"stages": ["ocr", "spellcheck"]}})
    with pytest.raises(ValueError, match="twice"):
        Settings.model_validate({"pipeline": {"stages": ["ocr", "ocr"]}})
