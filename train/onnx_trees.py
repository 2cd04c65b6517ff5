"""A LightGBM multiclass model -> ONNX (`ai.onnx.ml.TreeEnsembleRegressor`, one target per class, softmax), so
onnxruntime runs it through the engine interface with no LightGBM at run time.

The protobuf is written here directly (a few message types of onnx.proto: model, graph, node, attribute, value
info), which spares the `onnx` package and a converter stack for one operator.
"""

from __future__ import annotations

import struct
from collections.abc import Iterable
from typing import Any

import numpy as np

# --- protobuf wire format ------------------------------------------------------------------------------------------


def _varint(n: int) -> bytes:
    n &= (1 << 64) - 1  # negative int64 as two's complement
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out.append(b | 0x80)
        else:
            out.append(b)
            return bytes(out)


def _key(field: int, wire: int) -> bytes:
    return _varint(field << 3 | wire)


def _bytes(field: int, data: bytes) -> bytes:
    return _key(field, 2) + _varint(len(data)) + data


def _str(field: int, s: str) -> bytes:
    return _bytes(field, s.encode("utf-8"))


def _int(field: int, n: int) -> bytes:
    return _key(field, 0) + _varint(n)


def _ints(field: int, values: Iterable[int]) -> bytes:
    return _bytes(field, b"".join(_varint(int(v)) for v in values))


def _floats(field: int, values: Iterable[float]) -> bytes:
    arr = np.asarray(list(values), dtype="<f4")
    return _bytes(field, arr.tobytes())


# AttributeProto: name 1, f 2, i 3, s 4, floats 7, ints 8, strings 9, type 20 (FLOAT 1, INT 2, STRING 3, FLOATS 6,
# INTS 7, STRINGS 8)
def _attr(name: str, value: Any) -> bytes:
    body = _str(1, name)
    if isinstance(value, str):
        body += _bytes(4, value.encode()) + _int(20, 3)
    elif isinstance(value, int):
        body += _int(3, value) + _int(20, 2)
    elif isinstance(value, float):
        body += _key(2, 5) + struct.pack("<f", value) + _int(20, 1)
    elif value and isinstance(value[0], str):
        body += b"".join(_bytes(9, v.encode()) for v in value) + _int(20, 8)
    elif value and isinstance(value[0], float | np.floating):
        body += _floats(7, value) + _int(20, 6)
    else:
        body += _ints(8, value) + _int(20, 7)
    return _bytes(5, body)


def _tensor_info(name: str, dims: list[int | str]) -> bytes:
    """ValueInfoProto for a float tensor: name 1, type 2 -> TypeProto.tensor_type 1 -> elem_type 1, shape 2 -> dim
    1 -> dim_value 1 | dim_param 2."""
    shape = b"".join(_bytes(1, _int(1, d) if isinstance(d, int) else _str(2, d)) for d in dims)
    tensor = _int(1, 1) + _bytes(2, shape)  # elem_type 1 = FLOAT
    return _str(1, name) + _bytes(2, _bytes(1, tensor))


# --- LightGBM trees -> TreeEnsembleRegressor attributes ------------------------------------------------------------


def _threshold(t: float) -> float:
    """The largest float32 <= t: `x <= t` in float64 and in float32 then agree for every float32 x."""
    f = np.float32(t)
    if float(f) > t:
        f = np.nextafter(f, np.float32(-np.inf))
    return float(f)


def tree_attributes(dump: dict[str, Any]) -> dict[str, Any]:
    n_class = int(dump["num_class"])
    per_iter = int(dump.get("num_tree_per_iteration", n_class))
    a: dict[str, list[Any]] = {k: [] for k in (
        "nodes_treeids", "nodes_nodeids", "nodes_featureids", "nodes_values", "nodes_modes", "nodes_truenodeids",
        "nodes_falsenodeids", "nodes_missing_value_tracks_true", "target_treeids", "target_nodeids", "target_ids",
        "target_weights")}  # fmt: skip
    for tree in dump["tree_info"]:
        tid = int(tree["tree_index"])
        target = tid % per_iter
        nodes: list[dict[str, Any]] = []

        def visit(node: dict[str, Any], nodes: list[dict[str, Any]] = nodes) -> int:
            me = len(nodes)
            nodes.append(node)
            if "leaf_value" not in node:
                node["_l"] = visit(node["left_child"])
                node["_r"] = visit(node["right_child"])
            return me

        visit(tree["tree_structure"])
        for nid, node in enumerate(nodes):
            a["nodes_treeids"].append(tid)
            a["nodes_nodeids"].append(nid)
            if "leaf_value" in node:
                a["nodes_featureids"].append(0)
                a["nodes_values"].append(0.0)
                a["nodes_modes"].append("LEAF")
                a["nodes_truenodeids"].append(0)
                a["nodes_falsenodeids"].append(0)
                a["nodes_missing_value_tracks_true"].append(0)
                a["target_treeids"].append(tid)
                a["target_nodeids"].append(nid)
                a["target_ids"].append(target)
                a["target_weights"].append(float(node["leaf_value"]))
            else:
                if node.get("decision_type", "<=") != "<=":
                    raise ValueError("only numerical splits (<=) are supported; categorical features are not")
                a["nodes_featureids"].append(int(node["split_feature"]))
                a["nodes_values"].append(_threshold(float(node["threshold"])))
                a["nodes_modes"].append("BRANCH_LEQ")
                a["nodes_truenodeids"].append(node["_l"])
                a["nodes_falsenodeids"].append(node["_r"])
                a["nodes_missing_value_tracks_true"].append(1 if node.get("default_left") else 0)
    return {"n_targets": n_class, **a, "aggregate_function": "SUM", "post_transform": "SOFTMAX"}


def lightgbm_to_onnx(dump: dict[str, Any], n_features: int, metadata: dict[str, str] | None = None) -> bytes:
    """`booster.dump_model()` of a multiclass model -> ONNX bytes: input `x` float [N, n_features], output
    `probs` float [N, n_classes]."""
    attrs = tree_attributes(dump)
    node = (
        _str(1, "x") + _str(2, "probs") + _str(3, "trees") + _str(4, "TreeEnsembleRegressor")
        + b"".join(_attr(k, v) for k, v in attrs.items()) + _str(7, "ai.onnx.ml")
    )  # fmt: skip
    graph = (
        _bytes(1, node) + _str(2, "line_tagger")
        + _bytes(11, _tensor_info("x", ["N", n_features]))
        + _bytes(12, _tensor_info("probs", ["N", int(attrs["n_targets"])]))
    )  # fmt: skip
    model = _int(1, 8) + _str(2, "docsense") + _bytes(7, graph)
    model += _bytes(8, _str(1, "") + _int(2, 17)) + _bytes(8, _str(1, "ai.onnx.ml") + _int(2, 3))
    for k, v in (metadata or {}).items():
        model += _bytes(14, _str(1, k) + _str(2, v))
    return model
