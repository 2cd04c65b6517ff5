"""Build the ONNX form of Baidu's LAC lexical analyzer (the `lac` package on PyPI, Apache-2.0) from its sdist.

LAC's own code needs `paddle.fluid` (gone in paddle 3), but its saved model is small and plain: a word/char
embedding, two bidirectional GRU layers, a linear emission layer and a linear-chain CRF. This script reads the
parameter files directly (paddle's LoDTensor serialization) and writes the same network as an ONNX graph with the
standard GRU operator, so onnxruntime runs it; the CRF transitions ship alongside and are decoded in numpy.

Run once, at install/build time (needs `numpy` and `onnx`, no paddle):
    python -m docsense.train.lac_export LAC-2.1.2.tar.gz kie/models/lac [--max-words 16000] [--int8]
`--max-words` keeps the N most frequent multi-character vocabulary entries (LAC's vocabulary is ordered by
frequency; dropped words are read character by character, which the model also saw in training) and `--int8`
stores the embedding as int8 with one scale per row, which is how the shipped copy stays under 5 MB.
"""

from __future__ import annotations

import argparse
import io
import struct
import tarfile
from pathlib import Path

import numpy as np

PREFIX = "LAC/lac_model/"
HIDDEN = 128


def read_lod_tensor(data: bytes) -> np.ndarray:
    """Paddle's LoDTensor file: u32 version, u64 lod levels (+ each level), u32 version, i32 desc size,
    TensorDesc protobuf (1: data_type, 2: dims), raw little-endian data."""
    off = 4
    (lod_levels,) = struct.unpack_from("<Q", data, off)
    off += 8
    for _ in range(lod_levels):
        (size,) = struct.unpack_from("<Q", data, off)
        off += 8 + size
    off += 4
    (desc_size,) = struct.unpack_from("<i", data, off)
    off += 4
    desc = data[off : off + desc_size]
    off += desc_size
    dtype, dims = _parse_desc(desc)
    if dtype != 5:
        raise ValueError(f"only float32 tensors are expected, got paddle dtype {dtype}")
    return np.frombuffer(data[off:], dtype="<f4").reshape(dims).copy()


def _varint(buf: bytes, pos: int) -> tuple[int, int]:
    value = shift = 0
    while True:
        b = buf[pos]
        pos += 1
        value |= (b & 0x7F) << shift
        shift += 7
        if not b & 0x80:
            return value, pos


def _parse_desc(desc: bytes) -> tuple[int, list[int]]:
    pos, dtype, dims = 0, -1, []
    while pos < len(desc):
        key, pos = _varint(desc, pos)
        field, wire = key >> 3, key & 7
        if wire == 0:
            value, pos = _varint(desc, pos)
            if field == 1:
                dtype = value
            elif field == 2:
                dims.append(value)
        elif wire == 2:  # packed dims
            size, pos = _varint(desc, pos)
            end = pos + size
            while pos < end:
                value, pos = _varint(desc, pos)
                dims.append(value)
        else:
            raise ValueError(f"unexpected wire type {wire} in TensorDesc")
    return dtype, dims


def read_sdist(path: Path) -> tuple[dict[str, np.ndarray], dict[str, str]]:
    params: dict[str, np.ndarray] = {}
    texts: dict[str, str] = {}
    with tarfile.open(path) as tar:
        for member in tar.getmembers():
            name = member.name.split("/", 1)[-1]
            if not name.startswith(PREFIX) or not member.isfile():
                continue
            rel = name[len(PREFIX) :]
            f = tar.extractfile(member)
            assert f is not None
            data = f.read()
            if rel.startswith("model/") and rel != "model/__model__":
                params[rel[len("model/") :]] = read_lod_tensor(data)
            elif rel.startswith("conf/"):
                texts[rel[len("conf/") :]] = data.decode("utf-8")
    if not params:
        raise SystemExit(f"{path}: no LAC model inside")
    return params, texts


def gru_weights(fc_w: np.ndarray, fc_b: np.ndarray, gru_w: np.ndarray, gru_b: np.ndarray) -> list[np.ndarray]:
    """Paddle's fc + dynamic_gru -> ONNX GRU (W, R, B) for one direction.

    Paddle: gates [update u, reset r, candidate c]; h = u * c + (1 - u) * h_prev (origin_mode=False). ONNX:
    gates [z, r, h]; h = (1 - z) * c + z * h_prev, so z = 1 - u = sigmoid(-a_u): the update rows are negated.
    Paddle stores the recurrent weight [H, 3H] as a [H, 2H] gate block followed by a [H, H] candidate block.
    """
    h = HIDDEN
    flat = gru_w.reshape(-1)
    r_gates = flat[: h * 2 * h].reshape(h, 2 * h)
    r_cand = flat[h * 2 * h :].reshape(h, h)
    r_full = np.concatenate([r_gates, r_cand], axis=1)  # [H_in, 3H] in (u, r, c) order
    sign = np.ones(3 * h, np.float32)
    sign[:h] = -1.0
    w = (fc_w * sign).T  # [3H, in]
    r = (r_full * sign).T  # [3H, H]
    wb = fc_b.reshape(-1) * sign
    rb = gru_b.reshape(-1) * sign
    return [w, r, np.concatenate([wb, rb])]


def build_onnx(params: dict[str, np.ndarray], keep_ids: np.ndarray, int8: bool) -> bytes:
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    inits: list[onnx.TensorProto] = []
    nodes: list[onnx.NodeProto] = []

    def const(name: str, arr: np.ndarray, half: bool = False) -> str:
        if half:
            inits.append(numpy_helper.from_array(arr.astype(np.float16), name + "_f16"))
            nodes.append(helper.make_node("Cast", [name + "_f16"], [name], to=TensorProto.FLOAT))
        else:
            inits.append(numpy_helper.from_array(arr, name))
        return name

    emb = params["word_emb"][keep_ids]
    if int8:
        scale = np.maximum(np.abs(emb).max(axis=1), 1e-8) / 127.0
        q = np.clip(np.round(emb / scale[:, None]), -127, 127).astype(np.int8)
        const("emb_q", q)
        const("emb_scale", scale.astype(np.float32)[:, None])
        nodes += [
            helper.make_node("Gather", ["emb_q", "ids"], ["e_q"]),
            helper.make_node("Cast", ["e_q"], ["e_f"], to=TensorProto.FLOAT),
            helper.make_node("Gather", ["emb_scale", "ids"], ["e_s"]),
            helper.make_node("Mul", ["e_f", "e_s"], ["emb_out"]),
        ]
    else:
        const("emb", emb.astype(np.float32))
        nodes.append(helper.make_node("Gather", ["emb", "ids"], ["emb_out"]))
    const("perm_shape", np.array([0, 0, 2 * HIDDEN], np.int64))
    nodes.append(helper.make_node("Transpose", ["emb_out"], ["x0"], perm=[1, 0, 2]))  # [T, B, E]
    x = "x0"
    for layer in range(2):
        fwd, bwd = 2 * layer, 2 * layer + 1
        wf, rf, bf = gru_weights(
            params[f"fc_{fwd}.w_0"], params[f"fc_{fwd}.b_0"], params[f"gru_{fwd}.w_0"], params[f"gru_{fwd}.b_0"]
        )
        wr, rr, br = gru_weights(
            params[f"fc_{bwd}.w_0"], params[f"fc_{bwd}.b_0"], params[f"gru_{bwd}.w_0"], params[f"gru_{bwd}.b_0"]
        )
        w = const(f"W{layer}", np.stack([wf, wr]), half=int8)
        r = const(f"R{layer}", np.stack([rf, rr]), half=int8)
        b = const(f"B{layer}", np.stack([bf, br]), half=int8)
        nodes.append(
            helper.make_node(
                "GRU",
                [x, w, r, b, "lens"],
                [f"y{layer}"],
                hidden_size=HIDDEN,
                direction="bidirectional",
                linear_before_reset=0,
            )
        )
        # Y: [T, 2, B, H] -> [T, B, 2, H] -> [T, B, 2H] (forward then backward, like paddle's concat)
        nodes.append(helper.make_node("Transpose", [f"y{layer}"], [f"yt{layer}"], perm=[0, 2, 1, 3]))
        nodes.append(helper.make_node("Reshape", [f"yt{layer}", "perm_shape"], [f"x{layer + 1}"]))
        x = f"x{layer + 1}"
    const("fc4_w", params["fc_4.w_0"], half=int8)
    const("fc4_b", params["fc_4.b_0"].reshape(-1))
    nodes += [
        helper.make_node("Transpose", [x], ["xb"], perm=[1, 0, 2]),
        helper.make_node("MatMul", ["xb", "fc4_w"], ["em0"]),
        helper.make_node("Add", ["em0", "fc4_b"], ["emissions"]),
    ]
    const("crf", params["crfw"])
    nodes.append(helper.make_node("Identity", ["crf"], ["transitions"]))
    graph = helper.make_graph(
        nodes,
        "lac",
        [
            helper.make_tensor_value_info("ids", TensorProto.INT64, ["batch", "time"]),
            helper.make_tensor_value_info("lens", TensorProto.INT32, ["batch"]),
        ],
        [
            helper.make_tensor_value_info("emissions", TensorProto.FLOAT, ["batch", "time", 49]),
            helper.make_tensor_value_info("transitions", TensorProto.FLOAT, [51, 49]),
        ],
        inits,
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)], producer_name="docsense")
    model.ir_version = 8
    helper.set_model_props(model, {"source": "LAC 2.1.2 (Baidu, Apache-2.0) lac_model", "int8_embedding": str(int8)})
    onnx.checker.check_model(model)
    return bytes(model.SerializeToString())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("sdist", type=Path, help="LAC-2.1.2.tar.gz (pip download lac==2.1.2 --no-deps)")
    ap.add_argument("out", type=Path, help="output folder")
    ap.add_argument("--max-words", type=int, default=0, help="keep this many multi-character words (0: all)")
    ap.add_argument("--int8", action="store_true", help="int8 embedding, float16 dense weights")
    args = ap.parse_args()
    params, texts = read_sdist(args.sdist)
    vocab = [line.split("\t") for line in texts["word.dic"].splitlines() if "\t" in line]
    entries = [(int(i), w) for i, w in vocab]
    keep = [(i, w) for i, w in entries if len(w) == 1 or w == "OOV"]
    words = [(i, w) for i, w in entries if len(w) > 1 and w != "OOV"]
    keep += words[: args.max_words] if args.max_words else words
    keep.sort()
    keep_ids = np.array([i for i, _ in keep], np.int64)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "lac.onnx").write_bytes(build_onnx(params, keep_ids, args.int8))
    # Renumbered vocabulary: line n is the entry for row n of the exported embedding.
    (args.out / "word.dic").write_text("".join(w + "\n" for _, w in keep), encoding="utf-8")
    (args.out / "tag.dic").write_text(texts["tag.dic"], encoding="utf-8")
    (args.out / "q2b.dic").write_text(texts["q2b.dic"], encoding="utf-8")
    # The segmenter only needs the word list and the log of the total count (its scores use word lengths).
    seg_words, total = [], 0
    for line in io.StringIO(texts["small_seg.dic"]):
        word, count = line.rstrip("\n").rsplit(" ", 1)
        seg_words.append(word)
        total += int(count)
    (args.out / "seg.dic").write_text(f"#total {total}\n" + "".join(w + "\n" for w in seg_words), encoding="utf-8")
    sizes = {p.name: p.stat().st_size for p in sorted(args.out.iterdir())}
    print(f"kept {len(keep)} of {len(entries)} vocabulary entries; files: {sizes}")


if __name__ == "__main__":
    main()
