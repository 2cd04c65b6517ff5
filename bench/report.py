"""The Markdown report (and one PNG per dataset: accuracy, pages/s, peak RSS side by side) from the bench JSON."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .metrics import PRIMARY

# Columns per task: (score key, header); the first is the task's main figure.
COLUMNS: dict[str, list[tuple[str, str]]] = {
    "ocr": [("line_accuracy", "line acc"), ("cer", "CER"), ("bow_f1", "word F1"), ("bow_f1_en", "word F1 (en)")],
    "tables": [("teds", "TEDS"), ("teds_struct", "TEDS-struct"), ("found", "found")],
    "layout": [("mAP50", "mAP@0.5"), ("mAP", "mAP@.5:.95")],
    "kie": [("f1", "field F1"), ("precision", "precision"), ("recall", "recall")],
}


def _fmt(v: Any, digits: int = 3) -> str:
    if isinstance(v, bool):
        return "yes" if v else "**no**"
    if isinstance(v, (int, float)):
        return f"{v:.{digits}f}"
    return "–" if v is None else str(v)


def _plot(name: str, entry: dict[str, Any], path: Path) -> bool:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    key = PRIMARY[entry["task"]]
    rows = [(t, r) for t, r in entry["tools"].items() if "scores" in r]
    if not rows:
        return False
    names = [t for t, _ in rows]
    panels = [
        (COLUMNS[entry["task"]][0][1] + " (higher is better)", [r["scores"].get(key, 0) for _, r in rows]),
        ("pages/s (higher is better)", [r["timing"].get("pages_per_s") or 0 for _, r in rows]),
        ("peak RSS, MB (lower is better)", [r["peak_rss_mb"] for _, r in rows]),
    ]
    fig, axes = plt.subplots(1, 3, figsize=(12, 0.5 * len(names) + 1.6))
    colors = ["#c0392b" if n.startswith("docsense") else "#7f8c8d" for n in names]
    for ax, (title, values) in zip(axes, panels, strict=True):
        ax.barh(names, values, color=colors)
        ax.set_title(title, fontsize=10)
        ax.invert_yaxis()
        for i, v in enumerate(values):
            ax.text(v, i, f" {v:.3g}", va="center", fontsize=8)
        ax.margins(x=0.25)
    for ax in axes[1:]:
        ax.set_yticklabels([])
    fig.suptitle(f"{name} ({entry['items']} inputs)", fontsize=11)
    fig.tight_layout()
    fig.savefig(path, dpi=90)
    plt.close(fig)
    return True


def write_markdown(report: dict[str, Any], out: Path, stem: str, plots: bool = True) -> Path:
    m = report["machine"]
    lines = [
        f"# docsense benchmark, {report['date']}",
        "",
        f"Machine: {m['cpu']}, {m['cores']} cores, {m['memory_gb']} GB; {m['os']}; Python {m['python']}. "
        f"Load average at start {', '.join(f'{v:.1f}' for v in m['load_avg_start'])}, "
        f"at end {', '.join(f'{v:.1f}' for v in m.get('load_avg_end', []))}"
        f"{' (**busy machine: timings are noisy**)' if max(m['load_avg_start']) > 1.5 * m['cores'] else ''}.",
        f"Run: `{report['command']}`, {report['wall_s']} s{' (**partial run**)' if report['partial'] else ''}.",
        "",
        "Each tool runs alone in its own process: loaded (load s), warmed up on the first input, then every input "
        "is run `reps` times; pages/s = inputs / sum of per-input medians; spread = (max - min) / median of the "
        "whole-run totals over repetitions. Peak RSS and CPU s are the tool's process (loading, warm-up and "
        "children included). Scores are those of `docsense eval` (ocr, tables, layout, kie).",
        "",
    ]
    for name, entry in report["datasets"].items():
        cols = COLUMNS[entry["task"]]
        present = [c for c in cols if any(c[0] in r.get("scores", {}) for r in entry["tools"].values())]
        lines += [f"## {name} ({entry['task']}, {entry['items']} inputs)", "", entry.get("note", ""), ""]
        header = ["tool", *[h for _, h in present], "pages/s", "s/page (median)", "spread", "peak RSS MB"]
        header += ["load s", "CPU s"]
        lines += ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
        for tool, r in entry["tools"].items():
            if "scores" not in r:
                lines.append(f"| {tool} | failed: {str(r.get('error', ''))[:120]} |")
                continue
            t = r["timing"]
            errs = f" ({len(r['errors'])} errors)" if r.get("errors") else ""
            lines.append(
                "| "
                + " | ".join(
                    [
                        f"**{tool}**" if tool.startswith("docsense") else tool,
                        *[_fmt(r["scores"].get(k)) for k, _ in present],
                        _fmt(t.get("pages_per_s"), 2),
                        _fmt(t.get("s_per_page_median"), 3) + errs,
                        f"{t.get('spread_pct', 0):.0f}% (x{t.get('reps')})",
                        f"{r['peak_rss_mb']:.0f}",
                        _fmt(r.get("load_s"), 1),
                        _fmt(r.get("cpu_s"), 0),
                    ]
                )
                + " |"
            )
        png = out / f"{stem}-{name}.png"
        if plots and _plot(name, entry, png):
            lines += ["", f"![{name}]({png.name})"]
        lines.append("")
    if report.get("criteria"):
        lines += ["## Issue 3 OCR criteria (this run)", "", "| check | result |", "|---|---|"]
        lines += [f"| {k} | {_fmt(v)} |" for k, v in report["criteria"].items()]
        lines.append("")
    lines += ["## Versions", "", "| tool | version |", "|---|---|"]
    lines += [f"| {k} | {v} |" for k, v in sorted(report["versions"].items())]
    if report.get("skipped"):
        lines += ["", "## Skipped", "", *[f"- {s}" for s in report["skipped"]]]
    path = out / f"{stem}.md"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
