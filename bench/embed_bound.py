"""How fast MiniLM-L6 can embed news passages on this CPU at best: the matrix products alone, timed.

One onnxruntime session per kernel, all cores: the uint8 x int8 product heedful's int8 graph uses
(``MatMulInteger``) and the float32 product attention needs (``MatMul``), at the shapes of a batch
of 32 passages of 229 tokens (the mean of full-length news passages, bench/results/embed_speed.md).
From their rates, the time a passage needs for its linear layers in int8 plus its attention in
float32, with everything else (normalisation, GELU, quantisation, pooling) taken as free: an
upper bound on passages/s, and so a lower bound on the time to embed the whole news corpus.

    python bench/embed_bound.py
"""

from __future__ import annotations

import json
import os
import time

import numpy as np
import onnxruntime as ort
from _util import RESULTS, save
from onnx import TensorProto, helper, numpy_helper

TOKENS, HIDDEN, INTER, LAYERS, BATCH = 229, 384, 1536, 6, 32
CORPUS_PASSAGES = 260_973  # the news corpus, default chunking (bench/results/embed_speed.md)


def rate(op: str, a: np.ndarray, b: np.ndarray, out_type: int, reps: int = 10) -> float:
    """Operations per second of ``a @ b`` (2 per multiply-add) with weights ``b`` in the graph."""
    graph = helper.make_graph([helper.make_node(op, ["A", "B"], ["Y"])], "g",
                              [helper.make_tensor_value_info("A", numpy_helper.from_array(a).data_type, list(a.shape))],
                              [helper.make_tensor_value_info("Y", out_type, None)], [numpy_helper.from_array(b, "B")])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)], ir_version=8)
    opts = ort.SessionOptions()
    opts.intra_op_num_threads = os.cpu_count() or 1
    sess = ort.InferenceSession(model.SerializeToString(), opts, providers=["CPUExecutionProvider"])
    sess.run(None, {"A": a})
    t = time.perf_counter()
    for _ in range(reps):
        sess.run(None, {"A": a})
    seconds = (time.perf_counter() - t) / reps
    return 2 * a.shape[-2] * a.shape[-1] * b.shape[-1] * (a.size // (a.shape[-2] * a.shape[-1])) / seconds


def main() -> None:
    rng = np.random.default_rng(0)
    rows = BATCH * TOKENS
    int8 = rate("MatMulInteger", rng.integers(0, 255, (rows, HIDDEN), dtype=np.uint8),
                rng.integers(-127, 127, (HIDDEN, INTER), dtype=np.int8), TensorProto.INT32)
    fp32 = rate("MatMul", rng.standard_normal((rows, HIDDEN), dtype=np.float32),
                rng.standard_normal((HIDDEN, INTER), dtype=np.float32), TensorProto.FLOAT)
    # attention's products: per head, scores (S x d) @ (d x S)
    heads, d = 12, HIDDEN // 12
    attn = rate("MatMul", rng.standard_normal((BATCH, heads, TOKENS, d), dtype=np.float32),
                rng.standard_normal((d, TOKENS), dtype=np.float32), TensorProto.FLOAT)
    linear_ops = 2 * TOKENS * LAYERS * (HIDDEN * 3 * HIDDEN + HIDDEN * HIDDEN + 2 * HIDDEN * INTER)
    attention_ops = 2 * LAYERS * 2 * TOKENS * TOKENS * HIDDEN
    seconds = linear_ops / int8 + attention_ops / attn
    best = 1 / seconds
    res = {"int8_ops_per_s": int8, "fp32_ops_per_s": fp32, "attention_fp32_ops_per_s": attn,
           "linear_ops_per_passage": linear_ops, "attention_ops_per_passage": attention_ops,
           "ms_per_passage_at_best": seconds * 1000, "passages_per_s_at_best": best,
           "corpus_minutes_at_best": CORPUS_PASSAGES / best / 60}
    measured = json.loads((RESULTS / "embed_speed.json").read_text())["pipeline"] if (RESULTS / "embed_speed.json").exists() else []
    table = [
        "| kernel | rate on this CPU (all cores) |", "|---|---|",
        f"| uint8 x int8 product (MatMulInteger), {rows} x {HIDDEN} x {INTER} | {int8 / 1e9:.0f} GOP/s |",
        f"| float32 product (MatMul), same shape | {fp32 / 1e9:.0f} GFLOP/s |",
        f"| float32 attention scores, {BATCH} x 12 heads x {TOKENS} x {d} x {TOKENS} | {attn / 1e9:.0f} GFLOP/s |",
        "",
        (f"A passage of {TOKENS} tokens needs {linear_ops / 1e9:.2f} G operations in its linear layers and "
        f"{attention_ops / 1e9:.2f} G in attention: {linear_ops / int8 * 1000:.1f} ms + {attention_ops / attn * 1000:.1f} ms "
        f"at these rates, with everything else free. At best {best:.0f} passages/s: the news corpus "
        f"({CORPUS_PASSAGES} passages) in no less than {res['corpus_minutes_at_best']:.0f} minutes on this machine."),
    ]
    if measured:
        table.append(f"heedful's pipeline measured {measured[1]['passages_per_s']} passages/s "
                     f"({measured[1]['passages_per_s'] / best:.0%} of that bound).")
    save("embed_bound", res, "\n".join(table))


if __name__ == "__main__":
    main()
