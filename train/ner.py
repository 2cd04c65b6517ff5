"""Train the small ERNIE token classifier and export it for onnxruntime (run in the paddle venv).

    .venv-paddle-ner/bin/python -m docsense.train.ner --out kie/models/ner_ernie [--data users.jsonl ...]
(`docsense train ner` runs this in `.venv-paddle-ner` when paddle is not importable in the current venv.)

Data: generated resume/invoice/receipt lines (`ner_data.generate`) plus users' labelled JSONL (`ner_data` docs);
user files are repeated `--user-weight` times so a few hundred corrections count next to the generated lines.
Model: paddlenlp `ErnieForTokenClassification` with a small config (default 2 layers, hidden 128, 4 heads),
random init, characters as tokens (`ner_ernie.CharTokenizer`; vocabulary = LAC's single characters + the
characters of the training text). Export: `paddle.jit.save` -> paddle2onnx; float32 weights with more than
`FP16_MIN` values are stored as float16 (a Cast restores them at load), so the shipped file stays small.
Writes model.onnx, vocab.txt, labels.txt, meta.json (config, data sizes, dev-set entity F1) into --out.
"""

from __future__ import annotations

import argparse
import json
import random
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

from docsense.kie.ner_ernie import SPECIALS, CharTokenizer
from docsense.synth.ner_lines import Example, generate, joined, read_jsonl, synth_examples

FP16_MIN = 16384
LAC_VOCAB = Path(__file__).resolve().parent.parent / "kie" / "models" / "lac" / "word.dic"


def build_vocab(examples: list[Example]) -> list[str]:
    chars: dict[str, None] = {}
    if LAC_VOCAB.exists():
        for w in LAC_VOCAB.read_text(encoding="utf-8").splitlines():
            if len(w) == 1 and not w.isspace():
                chars[w] = None
    for ex in examples:
        for ch in ex["text"]:
            if not ch.isspace():
                chars[ch] = None
    return [*SPECIALS, *(c for c in chars if c not in SPECIALS)]


def label_list(examples: list[Example]) -> list[str]:
    names = sorted({s["label"] for ex in examples for s in ex["spans"]})
    return ["O"] + [f"{p}-{n}" for n in names for p in ("B", "I")]


def encode(ex: Example, tok: CharTokenizer, labels: dict[str, int], max_len: int) -> tuple[list[int], list[int]]:
    text = ex["text"][: max_len - 2]
    tags = [0] * len(text)
    for s in ex["spans"]:
        if s["start"] >= len(text):
            continue
        tags[s["start"]] = labels["B-" + s["label"]]
        for i in range(s["start"] + 1, min(s["end"], len(text))):
            tags[i] = labels["I-" + s["label"]]
    return [tok.cls, *tok.encode(text), tok.sep], [-100, *tags, -100]


def batches(data: list[tuple[list[int], list[int]]], size: int, rng: random.Random) -> Any:
    while True:
        order = list(range(len(data)))
        rng.shuffle(order)
        # batches of similar length (sorted within pools of 50 batches): less padding, same randomness
        pool = size * 50
        groups: list[list[int]] = []
        for p in range(0, len(order), pool):
            chunk = sorted(order[p : p + pool], key=lambda i: len(data[i][0]))
            groups += [chunk[b : b + size] for b in range(0, len(chunk) - size + 1, size)]
        rng.shuffle(groups)
        for group in groups:
            rows = [data[i] for i in group]
            width = max(len(r[0]) for r in rows)
            ids = np.zeros((size, width), np.int64)
            tags = np.full((size, width), -100, np.int64)
            for j, (x, y) in enumerate(rows):
                ids[j, : len(x)] = x
                tags[j, : len(y)] = y
            yield ids, tags


def spans_of(tags: list[str]) -> set[tuple[int, int, str]]:
    out, start, label = set(), -1, ""
    for i, t in enumerate([*tags, "O"]):
        if t == "O" or t.startswith("B-") or (t.startswith("I-") and t[2:] != label):
            if start >= 0:
                out.add((start, i, label))
            start, label = (i, t[2:]) if t != "O" else (-1, "")
    return out


def evaluate(predict: Any, data: list[tuple[list[int], list[int]]], labels: list[str]) -> dict[str, Any]:
    """Exact-span entity precision / recall / F1, overall and per label."""
    tp: dict[str, int] = {}
    n_pred: dict[str, int] = {}
    n_gold: dict[str, int] = {}
    for b in range(0, len(data), 64):
        rows = data[b : b + 64]
        width = max(len(r[0]) for r in rows)
        ids = np.zeros((len(rows), width), np.int64)
        for j, (x, _) in enumerate(rows):
            ids[j, : len(x)] = x
        best = predict(ids).argmax(-1)
        for j, (x, y) in enumerate(rows):
            n = len(x) - 2
            gold = spans_of([labels[k] for k in y[1 : n + 1]])
            pred = spans_of([labels[k] for k in best[j, 1 : n + 1]])
            for s in pred:
                n_pred[s[2]] = n_pred.get(s[2], 0) + 1
                tp[s[2]] = tp.get(s[2], 0) + (s in gold)
            for s in gold:
                n_gold[s[2]] = n_gold.get(s[2], 0) + 1

    def prf(t: int, p: int, g: int) -> dict[str, float]:
        pr, rc = t / p if p else 0.0, t / g if g else 0.0
        return {
            "precision": round(pr, 4),
            "recall": round(rc, 4),
            "f1": round(2 * pr * rc / (pr + rc), 4) if t else 0.0,
        }

    per = {k: prf(tp.get(k, 0), n_pred.get(k, 0), n_gold[k]) for k in sorted(n_gold)}
    return {"overall": prf(sum(tp.values()), sum(n_pred.values()), sum(n_gold.values())), "per_label": per}


def compress_fp16(path: Path) -> None:
    """Store large float32 initializers as float16 + Cast (numerically the weights lose ~3 decimal digits)."""
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    model = onnx.load(str(path))
    graph = model.graph
    casts = []
    for init in list(graph.initializer):
        if init.data_type != TensorProto.FLOAT:
            continue
        arr = numpy_helper.to_array(init)
        if arr.size < FP16_MIN:
            continue
        name = init.name
        graph.initializer.remove(init)
        graph.initializer.append(numpy_helper.from_array(arr.astype(np.float16), name + "__f16"))
        casts.append(helper.make_node("Cast", [name + "__f16"], [name], to=TensorProto.FLOAT))
    for node in reversed(casts):
        graph.node.insert(0, node)
    onnx.save(model, str(path))


def main(argv: list[str] | None = None) -> dict[str, Any]:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--data", type=Path, nargs="*", default=[], help="labelled JSONL files (users' exports)")
    ap.add_argument("--synthetic", type=int, default=20000, help="generated training lines")
    ap.add_argument("--dev", type=int, default=1000, help="generated dev lines (another seed)")
    ap.add_argument("--synth-docs", type=int, default=250, help="synth/documents.py documents whose lines are added")
    ap.add_argument(
        "--synth-dev-docs", type=int, default=40, help="synth/documents.py documents (another seed) for dev"
    )
    ap.add_argument("--user-weight", type=int, default=5)
    ap.add_argument("--joined-share", type=float, default=0.4, help="extra long lines made of 2-4 examples")
    ap.add_argument("--steps", type=int, default=1800)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--lr", type=float, default=2e-3)
    ap.add_argument("--layers", type=int, default=2)
    ap.add_argument("--hidden", type=int, default=128)
    ap.add_argument("--heads", type=int, default=4)
    ap.add_argument("--max-len", type=int, default=128)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--log-every", type=int, default=100)
    ap.add_argument("--save-paddle", action="store_true", help="also save a paddlenlp checkpoint in OUT/paddle")
    args = ap.parse_args(argv)

    import paddle
    from paddlenlp.transformers import ErnieConfig, ErnieForTokenClassification

    paddle.seed(args.seed)
    rng = random.Random(args.seed)
    user: list[Example] = []
    for f in args.data:
        user += read_jsonl(f)
    synth = synth_examples(args.synth_docs, seed=args.seed) if args.synth_docs else []
    base = generate(args.synthetic, seed=args.seed) + synth + user * args.user_weight
    # long lines too: a model trained on short lines only has untrained positions (garbage late in long lines)
    train_ex = base + joined(base, int(len(base) * args.joined_share), seed=args.seed, max_chars=args.max_len - 2)
    dev_ex = generate(args.dev, seed=args.seed + 10_000)
    synth_dev_ex = synth_examples(args.synth_dev_docs, seed=args.seed + 20_000) if args.synth_dev_docs else []
    vocab = build_vocab(train_ex)
    labels = label_list(train_ex + dev_ex + synth_dev_ex)
    lab_id = {name: i for i, name in enumerate(labels)}
    tok = CharTokenizer(vocab)
    train = [encode(ex, tok, lab_id, args.max_len) for ex in train_ex]
    dev = [encode(ex, tok, lab_id, args.max_len) for ex in dev_ex]
    synth_dev = [encode(ex, tok, lab_id, args.max_len) for ex in synth_dev_ex]

    conf = ErnieConfig(
        vocab_size=len(vocab),
        hidden_size=args.hidden,
        num_hidden_layers=args.layers,
        num_attention_heads=args.heads,
        intermediate_size=args.hidden * 4,
        max_position_embeddings=max(args.max_len, 128),
        type_vocab_size=2,
        pad_token_id=tok.pad,
        num_labels=len(labels),
        hidden_dropout_prob=0.1,
        attention_probs_dropout_prob=0.1,
        use_task_id=False,
    )
    model = ErnieForTokenClassification(conf)
    sched = paddle.optimizer.lr.OneCycleLR(max_learning_rate=args.lr, total_steps=max(args.steps, 2), phase_pct=0.1)
    opt = paddle.optimizer.AdamW(learning_rate=sched, parameters=model.parameters(), weight_decay=0.01)
    loss_fn = paddle.nn.CrossEntropyLoss(ignore_index=-100)
    t0 = time.time()
    model.train()
    it = batches(train, args.batch, rng)
    for step in range(1, args.steps + 1):
        ids, tags = next(it)
        logits = model(paddle.to_tensor(ids))
        loss = loss_fn(logits.reshape([-1, len(labels)]), paddle.to_tensor(tags).reshape([-1]))
        loss.backward()
        opt.step()
        opt.clear_grad()
        sched.step()
        if step % args.log_every == 0 or step == args.steps:
            print(f"step {step}/{args.steps} loss {float(loss):.4f} {time.time() - t0:.0f}s", flush=True)
    train_s = time.time() - t0
    model.eval()

    def predict_paddle(ids: np.ndarray) -> np.ndarray:
        with paddle.no_grad():
            return model(paddle.to_tensor(ids)).numpy()

    metrics = evaluate(predict_paddle, dev, labels)
    print("dev (generated, unseen seed):", json.dumps(metrics["overall"]), flush=True)
    synth_metrics = evaluate(predict_paddle, synth_dev, labels) if synth_dev else {}
    if synth_dev:
        print("dev (synth/documents.py documents, unseen seed):", json.dumps(synth_metrics["overall"]), flush=True)

    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        static = paddle.jit.to_static(
            model, input_spec=[paddle.static.InputSpec([None, None], "int64", "input_ids")], full_graph=True
        )
        paddle.jit.save(static, f"{tmp}/model")
        model_file = next(p for p in Path(tmp).iterdir() if p.suffix in (".json", ".pdmodel"))
        import paddle2onnx

        paddle2onnx.export(str(model_file), f"{tmp}/model.pdiparams", str(args.out / "model.onnx"), opset_version=14)
    compress_fp16(args.out / "model.onnx")
    (args.out / "vocab.txt").write_text("".join(v + "\n" for v in vocab), encoding="utf-8")
    (args.out / "labels.txt").write_text("".join(v + "\n" for v in labels), encoding="utf-8")

    import onnxruntime as ort

    sess = ort.InferenceSession(str(args.out / "model.onnx"), providers=["CPUExecutionProvider"])
    onnx_metrics = evaluate(lambda ids: sess.run(None, {"input_ids": ids})[0], dev, labels)
    meta = {
        "architecture": "ErnieForTokenClassification (paddlenlp), characters as tokens, random init",
        "config": {
            k: getattr(conf, k)
            for k in (
                "vocab_size",
                "hidden_size",
                "num_hidden_layers",
                "num_attention_heads",
                "intermediate_size",
                "max_position_embeddings",
            )
        },
        "max_len": args.max_len,
        "labels": labels,
        "train": {
            "synthetic": args.synthetic,
            "synth_documents": args.synth_docs,
            "synth_lines": len(synth),
            "user_examples": len(user),
            "joined_lines": len(train_ex) - len(base),
            "user_weight": args.user_weight,
            "steps": args.steps,
            "batch": args.batch,
            "lr": args.lr,
            "seed": args.seed,
            "seconds": round(train_s, 1),
        },
        "dev_generated": {"examples": args.dev, "paddle": metrics, "onnx": onnx_metrics},
        "dev_synth_documents": {"documents": args.synth_dev_docs, "lines": len(synth_dev), "paddle": synth_metrics},
    }
    (args.out / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1), encoding="utf-8")
    if args.save_paddle:
        model.save_pretrained(str(args.out / "paddle"))
        (args.out / "paddle" / "vocab.txt").write_text("".join(v + "\n" for v in vocab), encoding="utf-8")
        (args.out / "paddle" / "labels.txt").write_text("".join(v + "\n" for v in labels), encoding="utf-8")
    size = (args.out / "model.onnx").stat().st_size
    print(f"wrote {args.out}/model.onnx ({size / 1e6:.2f} MB); onnx dev F1 {onnx_metrics['overall']['f1']}", flush=True)
    return meta


if __name__ == "__main__":
    main()
