"""`docsense train ner`: train the small ERNIE NER model on generated + users' labelled text, export to ONNX.

Training needs paddlepaddle + paddlenlp, which live in their own venv (`requirements/paddle-ner.txt`,
`.venv-paddle-ner`); this command checks the data here, then runs `docsense.train.ner` with that venv's python
(or this interpreter when paddlenlp is importable, or `--python`). The result is a folder (model.onnx, vocab.txt,
labels.txt, meta.json) that the default install runs with onnxruntime: point `kie.ner.ernie_model` at its
model.onnx, or write it over `kie/models/ner_ernie` to replace the shipped one.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, Literal

import typer
from rich.console import Console

from docsense.core.errors import InputError

from .common import ConfigOpt, SetOpt, settings_from

train_app = typer.Typer(help="Train models on generated and your own labelled data.", no_args_is_help=True)
err = Console(stderr=True, soft_wrap=True)
ROOT = Path(__file__).resolve().parents[2]
NER_VENV = ROOT / ".venv-paddle-ner"


def _train(run: Callable[[], dict[str, Any]], out: Path, use: str) -> None:
    """Runs one trainer: bad data is one error line and exit 2; then where the model went, how to use it, and its
    held-out scores (JSON on stdout)."""
    try:
        card = run()
    except (OSError, ValueError, InputError) as exc:
        err.print(f"[red]error:[/] {exc}")
        raise typer.Exit(2) from exc
    err.print(f"model written to {out} (use it: {use})")
    print(json.dumps(card.get("held_out", {}), indent=2))


def paddle_python(explicit: Path | None) -> str:
    if explicit is not None:
        return str(explicit)
    if importlib.util.find_spec("paddlenlp") is not None:
        return sys.executable
    candidate = NER_VENV / "bin" / "python"
    if candidate.exists():
        return str(candidate)
    err.print(
        "[red]error:[/] training needs paddlenlp in its own venv: `make train-setup` makes .venv-paddle-ner "
        "(or pass --python)"
    )
    raise typer.Exit(2)


@train_app.command("ner")
def train_ner(
    data: Annotated[
        list[Path] | None,
        typer.Option("--data", "-d", help='Labelled JSONL ({"text", "spans": [{"start","end","label"}]}), repeatable.'),
    ] = None,
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder.")] = Path("ner_model"),
    steps: Annotated[int, typer.Option(help="Optimizer steps.")] = 1800,
    synthetic: Annotated[int, typer.Option(help="Generated training lines.")] = 20000,
    dev: Annotated[int, typer.Option(help="Generated dev lines (another seed) for the reported F1.")] = 1000,
    synth_docs: Annotated[int, typer.Option(help="synth/documents.py documents whose text lines are added.")] = 250,
    user_weight: Annotated[int, typer.Option(help="Times each user example is repeated.")] = 5,
    layers: Annotated[int, typer.Option(help="Transformer layers.")] = 2,
    hidden: Annotated[int, typer.Option(help="Hidden size.")] = 128,
    heads: Annotated[int, typer.Option(help="Attention heads.")] = 4,
    batch: Annotated[int, typer.Option(help="Batch size.")] = 32,
    lr: Annotated[float, typer.Option(help="Peak learning rate (one-cycle schedule).")] = 2e-3,
    seed: Annotated[int, typer.Option(help="Random seed (data and init).")] = 0,
    save_paddle: Annotated[bool, typer.Option(help="Also keep a paddlenlp checkpoint in OUT/paddle.")] = False,
    python: Annotated[Path | None, typer.Option(help="Python with paddlenlp (default: .venv-paddle-ner).")] = None,
) -> None:
    """Train the ERNIE token classifier and export it to ONNX."""
    from docsense.synth.ner_lines import read_jsonl

    n_user = 0
    for f in data or []:
        try:
            n_user += len(read_jsonl(f))
        except (OSError, InputError) as exc:
            err.print(f"[red]error:[/] {exc}")
            raise typer.Exit(2) from exc
    err.print(f"training on {synthetic} generated lines + {n_user} labelled examples x{user_weight}")
    argv = [
        paddle_python(python), "-m", "docsense.train.ner", "--out", str(out.resolve()), "--steps", str(steps),
        "--synthetic", str(synthetic), "--dev", str(dev), "--synth-docs", str(synth_docs),
        "--user-weight", str(user_weight), "--layers", str(layers),
        "--hidden", str(hidden), "--heads", str(heads), "--batch", str(batch), "--lr", str(lr), "--seed", str(seed),
    ]  # fmt: skip
    if data:
        argv += ["--data", *(str(f.resolve()) for f in data)]
    if save_paddle:
        argv.append("--save-paddle")
    code = subprocess.call(argv, cwd=ROOT)
    if code:
        err.print(f"[red]error:[/] training failed (exit {code})")
        raise typer.Exit(1)


@train_app.command("kv")
def train_kv(
    data: Annotated[
        list[Path] | None,
        typer.Option(
            "--data", "-d", help="FUNSD annotation folder (annotations/, images/) or FUNSD-shaped JSONL; repeatable."
        ),
    ] = None,
    out: Annotated[Path, typer.Option("--out", "-o", help="Output model folder.")] = Path("kv_model"),
    synthetic: Annotated[int, typer.Option(help="Generated forms (synth/kv_forms.py) added to the data.")] = 1000,
    holdout: Annotated[
        list[Path] | None,
        typer.Option(help="Labelled forms (same formats) scored into the model card; left out of training."),
    ] = None,
    cache: Annotated[Path | None, typer.Option(help="Folder caching the OCR of each labelled image.")] = None,
    seed: Annotated[int, typer.Option(help="Random seed (generated forms, folds, boosting).")] = 0,
    cut: Annotated[
        bool,
        typer.Option(help="Also train the entity segmenter: cuts inside OCR lines and joins of lines (docs/kv.md)."),
    ] = False,
    cut_mode: Annotated[
        Literal["add", "replace", "none"],
        typer.Option(
            help="With --cut: add cuts to the rules' (add), let the model drop them (replace), or joins only (none).",
        ),
    ] = "add",
    lexicon: Annotated[
        bool | None,
        typer.Option(help="Word label-share features from the labelled forms (default: on when --data is given)."),
    ] = None,
    above: Annotated[
        bool, typer.Option(help="Values just above their key (signature lines) are link candidates too.")
    ] = False,
    more: Annotated[
        list[str] | None,
        typer.Option(help="An opt-in generator block: signature, key_table or far_below (repeatable; docs/kv.md)."),
    ] = None,
    bag: Annotated[
        int,
        typer.Option(help="Train K entity + link models on K generated sets of different seeds, averaged at run time."),
    ] = 1,
    config: ConfigOpt = None,
    overrides: SetOpt = None,
) -> None:
    """Train the learned key-value stage (entity labels + key -> value linker) and export it to ONNX."""
    from docsense.synth.kv_forms import MORE_BLOCKS
    from docsense.train.kv import train

    unknown = sorted(set(more or ()) - set(MORE_BLOCKS))
    if unknown:
        err.print(f"[red]error:[/] unknown generator blocks {unknown} (known: {', '.join(MORE_BLOCKS)})")
        raise typer.Exit(2)

    _train(
        lambda: train(
            list(data or []), out, synthetic=synthetic, seed=seed, holdout=list(holdout or []), cache=cache,
            settings=settings_from(config, overrides), cutting=cut, cut_mode=cut_mode, lexicon=lexicon,
            above=above, more=tuple(more or ()), bag=bag, log=lambda m: err.print(m),
        ),
        out, f"--set kie.kv.model={out}",
    )  # fmt: skip


@train_app.command("kie")
def train_kie(
    data: Annotated[
        list[Path] | None,
        typer.Option("--data", "-d", help="SROIE-shaped folder (gt.jsonl + boxes/*.csv); repeatable."),
    ] = None,
    corrections: Annotated[
        list[Path] | None, typer.Option(help="UI corrections JSONL (docsense ui, receipt template); repeatable.")
    ] = None,
    out: Annotated[Path, typer.Option("--out", "-o", help="Output model folder.")] = Path("kie_tagger"),
    generated: Annotated[int, typer.Option(help="Generated receipts (synth/receipts.py) added to the data.")] = 8000,
    rounds: Annotated[int, typer.Option(help="Boosting rounds.")] = 300,
    seed: Annotated[int, typer.Option(help="Random seed (generated receipts, boosting).")] = 0,
    cv: Annotated[bool, typer.Option(help="Also score 5 folds split by company / layout family.")] = True,
    template: Annotated[
        str, typer.Option(help="receipt (line tagger), or resume / invoice (field tagger, kie/field_tagger.py).")
    ] = "receipt",
    pages: Annotated[
        list[Path] | None,
        typer.Option(help="resume/invoice: folder of generated pages (gt.jsonl + images); repeatable."),
    ] = None,
    ocr_cache: Annotated[
        list[Path] | None,
        typer.Option(help="resume/invoice: folder of OCR'd pages, <sha256 of the image>.json; repeatable."),
    ] = None,
    ocr: Annotated[bool, typer.Option(help="resume/invoice: OCR the pages the cache lacks (slow).")] = False,
    family_pages: Annotated[
        int, typer.Option(help="resume/invoice: drawn pages per family of synth/resumes.py or invoices.py.")
    ] = 0,
    browser_pages: Annotated[
        int, typer.Option(help="field taggers: browser pages per family of the template (train/kie.py), no OCR.")
    ] = 0,
    key_ngrams: Annotated[
        int, typer.Option(help="field taggers: hashed key n-gram buckets a source (kie/field_tagger.py); 0 none.")
    ] = 0,
) -> None:
    """Train the receipt line tagger (LightGBM over line layout + text features), or with `--template resume|invoice`
    the field tagger of line segments; export it to ONNX + card.json."""
    from docsense.train.kie import FIELD_SETS, train, train_fields

    if template != "receipt":
        if template not in FIELD_SETS:
            err.print(f"[red]error:[/] no tagger for template {template!r} (receipt, {', '.join(FIELD_SETS)})")
            raise typer.Exit(2)
        _train(
            lambda: train_fields(
                out, template, pages=list(pages or []), caches=list(ocr_cache or []), ocr=ocr, generated=family_pages,
                rounds=rounds, seed=seed, cv=cv, log=lambda m: err.print(m), browser_pages=browser_pages,
                key_ngrams=key_ngrams,
            ),
            out, f"--set kie.tagger_models.{template}={out}",
        )  # fmt: skip
        return
    _train(
        lambda: train(
            out, generated=generated, sroie=list(data or []), corrections=list(corrections or []), rounds=rounds,
            seed=seed, cv=cv, log=lambda m: err.print(m),
        ),
        out, f"--set kie.tagger_models.receipt={out}",
    )  # fmt: skip


@train_app.command("layout")
def train_layout(
    out: Annotated[Path, typer.Option("--out", "-o", help="Output model folder.")] = Path("layout_refiner"),
    pages: Annotated[int, typer.Option(help="Generated pages per layout family (synth/layout_pages.py).")] = 60,
    families: Annotated[str, typer.Option(help="Comma list of families; default all.")] = "",
    rounds: Annotated[int, typer.Option(help="Boosting rounds.")] = 120,
    seed: Annotated[int, typer.Option(help="Random seed (generated pages, boosting).")] = 0,
    cv: Annotated[bool, typer.Option(help="Also score leave-one-family-out (rules vs refined).")] = True,
    cache: Annotated[Path | None, typer.Option(help="Folder caching the layout detections of each page.")] = None,
    min_prob: Annotated[float, typer.Option(help="Held-out scoring: a block is re-typed from this probability.")] = 0.9,
    browser_set: Annotated[
        list[Path] | None, typer.Option(help="A COCO set from synth/browser_pages.py (repeatable).")
    ] = None,
    ocr_cache: Annotated[Path | None, typer.Option(help="Folder caching each browser page's OCR.")] = None,
    browser_render: Annotated[
        list[str] | None,
        typer.Option(
            help="Browser pages to render and train on, FAMILIES:SEED:PAGES, e.g. bp_algo,bp_magazine:41:5 "
            "(synth/browser_pages.py, chromium; repeatable): the sets a model card names, rebuilt."
        ),
    ] = None,
    segment: Annotated[
        bool, typer.Option(help="Train the block segmenter (layout/segment.py) instead of the re-classifier.")
    ] = False,
) -> None:
    """Train the layout region re-classifier (LightGBM over block features), or with `--segment` the block
    segmenter over pairs of neighbouring lines; export it to ONNX + card.json."""
    from docsense.synth.layout_pages import FAMILIES
    from docsense.train.layout import train, train_segmenter

    chosen = tuple(f for f in families.split(",") if f) or FAMILIES
    unknown = set(chosen) - set(FAMILIES)
    if unknown:
        err.print(f"[red]error:[/] unknown families {sorted(unknown)} (known: {', '.join(FAMILIES)})")
        raise typer.Exit(2)
    sets = tuple(browser_set or ())
    missing = [str(s) for s in sets if not (s / "gt.json").is_file()]
    if missing:
        err.print(f"[red]error:[/] not a browser page set (no gt.json): {', '.join(missing)}")
        raise typer.Exit(2)
    import contextlib
    import tempfile

    from docsense.synth.browser_pages import ALL_FAMILIES

    renders = []  # --browser-render FAMILIES:SEED:PAGES: the sets a model card names, rendered again
    for spec in browser_render or ():
        parts = spec.split(":")
        fams = tuple(f for f in parts[0].split(",") if f)
        if len(parts) != 3 or not fams or not parts[1].isdigit() or not parts[2].isdigit():
            err.print(f"[red]error:[/] --browser-render wants FAMILIES:SEED:PAGES, got {spec!r}")
            raise typer.Exit(2)
        if set(fams) - set(ALL_FAMILIES):
            err.print(f"[red]error:[/] unknown browser families {sorted(set(fams) - set(ALL_FAMILIES))}")
            raise typer.Exit(2)
        renders.append((fams, int(parts[1]), int(parts[2])))
    with contextlib.ExitStack() as stack:
        if renders:  # rendered into a temporary folder: the pages are the same for the same family, seed, index
            from docsense.synth.browser_pages import write_set

            tmp = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="docsense_browser_sets_")))
            for n, (fams, at, count) in enumerate(renders):
                write_set(tmp / f"set{n}", fams, count, at)
                err.print(f"rendered {count} pages a family of {', '.join(fams)} (seed {at})")
                sets += (tmp / f"set{n}",)
        if segment:
            # The segmenter runs inside the refine stage: a refiner card naming it (layout/models/refiner_seg)
            # loads it.
            _train(
                lambda: train_segmenter(out, sets, ocr_cache, seed=seed, cv=cv, log=lambda m: err.print(m),
                                        pages=pages, families=chosen, cache=cache),
                out,
                f"a refiner card whose \"segmenter\" is {out}, as layout/models/refiner_seg",
            )  # fmt: skip
            return
        _train(
            lambda: train(out, pages, chosen, rounds, seed, cv, cache, min_prob, log=lambda m: err.print(m),
                          browser_sets=sets, ocr_cache=ocr_cache),
            out,
            f"--set layout.refine=true --set layout.refine_model={out}",
        )  # fmt: skip


@train_app.command("doctype")
def train_doctype(
    out: Annotated[Path, typer.Option("--out", "-o", help="Output model folder.")] = Path("doctype_model"),
    n: Annotated[int, typer.Option(help="Generated documents per layout family (more for classes of few).")] = 40,
    seed: Annotated[int, typer.Option(help="Recorded in the card (data seeds are fixed, the fit deterministic).")] = 0,
    lofo: Annotated[bool, typer.Option(help="Also score leave-one-family-out into the card.")] = True,
    pages: Annotated[
        list[Path] | None,
        typer.Option("--pages", help="Folder of generated KIE pages (gt.jsonl + images) read by the OCR (repeatable)."),
    ] = None,
    ocr_cache: Annotated[
        list[Path] | None,
        typer.Option("--ocr-cache", help="Folder of the pipeline's Document JSON of each image, <sha256>.json."),
    ] = None,
    decision: Annotated[
        bool, typer.Option(help="Also fit the second stage (model and keyword scores weighed together; needs --lofo).")
    ] = True,
    keywords: Annotated[
        list[Path] | None,
        typer.Option(
            "--keywords", help="Templates folder (*.yaml) whose keywords the second stage learns from too (repeatable)."
        ),
    ] = None,
) -> None:
    """Train the document-type classifier (`--template auto`) on generated pages, export it to ONNX + card.json."""
    from docsense.train.doctype import train

    for folder in pages or []:
        if not (folder / "gt.jsonl").is_file():
            err.print(f"[red]{folder}: no gt.jsonl[/red]")
            raise typer.Exit(2)
    _train(
        lambda: train(
            out,
            n=n,
            run_lofo=lofo,
            seed=seed,
            log=lambda m: err.print(m),
            pages=pages,
            caches=ocr_cache,
            decide=decision,
            keywords=keywords,
        ),
        out,
        f"--set kie.doctype_model={out}",
    )
