"""Index throughput and query latency on the dated news corpus, next to the raw parts.

Measured in one run on the same texts:
  * raw embedder: the ONNX MiniLM alone over the passage texts heedful would embed;
  * heedful indexing: read + validate + type + chunk + embed + write + BM25 index;
  * raw LanceDB hybrid: ``table.search(query_type="hybrid")`` (vector + FTS, RRF reranker) on the
    same table heedful built (compacted, with its indexes), vs ``Engine.search`` (hybrid over the top
    100 of each list, MaxP, RRF, the kept documents read in full), both including query embedding.

News articles are long (median 5.3k characters); this benchmark indexes each article's lead passage
(``--max-words 120 --max-passages 1``): embedding every passage of 26.6k articles takes hours on
2 cores. Throughput is measured on the first ``--sample`` articles; latency on the full corpus.

    python bench/news_speed.py [--sample 2000] [--queries 300]
"""

from __future__ import annotations

import argparse
import json
import math
import shutil
import time

from _util import WORK, require_shared, save

from heedful import Engine
from heedful.config import ChunkConfig
from heedful.ingest import chunk, read_documents
from heedful.models import load_embedder

CHUNK = ChunkConfig(max_words=120, overlap_words=20, max_passages=1)
# Instructions in several styles, each compiled, retrieved and judged on the top 100 candidates.
INSTRUCTIONS = [
    "Only articles from CNN; opinion pieces are not relevant.",
    "Relevant articles report events between 2022 and 2024 and give a dollar figure.",
    "Articles about the United States are not relevant. Prefer the most recent reporting.",
    "I only want stories that mention more than 1,000 people.",
    "Exclude USA Today. Only articles published after March 2023.",
]


def pct(values: list[float], q: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, round(q * (len(s) - 1)))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--sample", type=int, default=2000, help="articles for the throughput comparison")
    ap.add_argument("--queries", type=int, default=300, help="questions for the latency comparison")
    ap.add_argument("--skip-full", action="store_true", help="reuse bench/work/news if present")
    args = ap.parse_args()
    corpus = require_shared("news", "corpus.jsonl.gz")
    docs = list(read_documents(corpus))
    sample = docs[: args.sample]
    embedder = load_embedder()

    # 1. raw embedder on exactly the texts heedful embeds
    texts = []
    for d in sample:
        p = chunk(d.id, d.text, max_words=CHUNK.max_words, overlap_words=CHUNK.overlap_words)[0]
        texts.append(f"{d.title}. {p.text}" if d.title else p.text)
    t = time.perf_counter()
    for i in range(0, len(texts), 128):
        embedder.embed_documents(texts[i : i + 128])
    raw_rate = len(texts) / (time.perf_counter() - t)

    # 2. heedful indexing of the same articles into a fresh index
    path = WORK / "news-sample"
    shutil.rmtree(path, ignore_errors=True)
    engine = Engine.open(path, embedder=embedder, chunk=CHUNK)
    t = time.perf_counter()
    engine.index(sample)
    heedful_rate = len(sample) / (time.perf_counter() - t)
    print(f"raw embedder {raw_rate:.1f} docs/s, heedful {heedful_rate:.1f} docs/s")

    # 3. the full corpus, for latency at scale
    full = WORK / "news"
    if not (args.skip_full and full.exists()):
        shutil.rmtree(full, ignore_errors=True)
        engine = Engine.open(full, embedder=embedder, chunk=CHUNK)
        t = time.perf_counter()
        engine.index(docs, progress=True)
        full_seconds = time.perf_counter() - t
    else:
        engine = Engine.open(full, embedder=embedder)
        engine.store.refresh()  # compaction and indexes as the current code leaves them after a build
        full_seconds = float("nan")
    n_docs, n_passages = engine.store.count()
    ann = engine.store.ann

    questions = [json.loads(line) for line in require_shared("news", "questions.jsonl").read_text().splitlines()]
    step = max(1, len(questions) // args.queries)
    qs = [q["text"] for q in questions[::step]][: args.queries]
    from lancedb.rerankers import RRFReranker

    table = engine.store.table
    reranker = RRFReranker()
    for q in qs[:20]:  # warm caches for both paths
        engine.search(q, k=10)
    heedful_ms, raw_ms, filtered_ms, instructed_ms = [], [], [], []
    for i, q in enumerate(qs):
        t = time.perf_counter()
        engine.search(q, k=10)
        heedful_ms.append((time.perf_counter() - t) * 1000)
        t = time.perf_counter()
        vec = embedder.embed_query(q)
        (table.search(query_type="hybrid", vector_column_name="vector", fts_columns="search_text")
         .vector(vec).text(q).rerank(reranker).select(["doc_id", "title"]).limit(10).to_arrow())
        raw_ms.append((time.perf_counter() - t) * 1000)
        t = time.perf_counter()
        engine.search(q, k=10, filters=["source = cnn.com", "publish_date >= 2023-01-01"])
        filtered_ms.append((time.perf_counter() - t) * 1000)
        t = time.perf_counter()
        engine.search(q, instruction=INSTRUCTIONS[i % len(INSTRUCTIONS)], k=10)
        instructed_ms.append((time.perf_counter() - t) * 1000)

    # what the approximate vector index costs in results: top-10 documents shared with exact search
    agree = []
    if ann:
        for q in qs:
            approx = engine.search(q, k=10).ids
            engine.store.bypass_ann = True
            exact = engine.search(q, k=10).ids
            engine.store.bypass_ann = False
            agree.append(len(set(approx) & set(exact)) / max(len(exact), 1))
    agreement = round(sum(agree) / len(agree), 4) if agree else None

    res = {
        "index": {"documents": n_docs, "passages": n_passages, "chunk": CHUNK.__dict__,
                  "full_corpus_seconds": round(full_seconds, 1),
                  "full_corpus_docs_per_s": round(n_docs / full_seconds, 2) if not math.isnan(full_seconds) else None},
        "throughput_sample": {"articles": len(sample), "raw_embedder_docs_per_s": round(raw_rate, 2),
                              "heedful_docs_per_s": round(heedful_rate, 2), "ratio": round(heedful_rate / raw_rate, 3)},
        "latency_ms": {
            "heedful_hybrid": {"p50": pct(heedful_ms, .5), "p95": pct(heedful_ms, .95)},
            "raw_lancedb_hybrid": {"p50": pct(raw_ms, .5), "p95": pct(raw_ms, .95)},
            "heedful_hybrid_filtered": {"p50": pct(filtered_ms, .5), "p95": pct(filtered_ms, .95)},
            "heedful_with_instruction": {"p50": pct(instructed_ms, .5), "p95": pct(instructed_ms, .95),
                                         "instructions": INSTRUCTIONS},
            "queries": len(qs),
        },
        "vector_search": {"ann_index": ann, "ann_min_passages": engine.config.ann_min_passages,
                          "top10_agreement_with_exact": agreement},
    }
    ratio = pct(heedful_ms, .5) / pct(raw_ms, .5)
    res["latency_ms"]["p50_ratio_heedful_over_raw"] = round(ratio, 3)
    table_md = "\n".join([
        (f"Corpus: {n_docs} news articles, lead passage each ({n_passages} passages, "
        f"{CHUNK.max_words} words max)."),
        "",
        "| measure | heedful | raw part | ratio | asked |",
        "|---|---|---|---|---|",
        (f"| index throughput, first {len(sample)} articles (docs/s) | {heedful_rate:.1f} | {raw_rate:.1f} (embedder alone) | "
        f"{heedful_rate / raw_rate:.2f} | >= 0.80 |"),
        (f"| hybrid query p50 (ms, k=10, incl. query embedding) | {pct(heedful_ms, .5):.1f} | {pct(raw_ms, .5):.1f} (LanceDB hybrid + RRF) | "
        f"{ratio:.2f} | <= 30 ms and <= 1.5x |"),
        (f"| hybrid query p95 (ms) | {pct(heedful_ms, .95):.1f} | {pct(raw_ms, .95):.1f} | "
        f"{pct(heedful_ms, .95) / pct(raw_ms, .95):.2f} | |"),
        f"| hybrid + 2 filters p50 / p95 (ms) | {pct(filtered_ms, .5):.1f} / {pct(filtered_ms, .95):.1f} | | | |",
        (f"| with an instruction: compile + retrieve + judge top 100, p50 / p95 (ms) | {pct(instructed_ms, .5):.1f} / "
        f"{pct(instructed_ms, .95):.1f} | {pct(heedful_ms, .5):.1f} (plain hybrid) | {pct(instructed_ms, .5) / pct(heedful_ms, .5):.2f} | p50 <= 150 ms |"),
        f"| full-corpus index build | {full_seconds:.0f} s ({n_docs / full_seconds:.1f} docs/s) | | | |"
        if not math.isnan(full_seconds) else "| full-corpus index build | reused, then refreshed (compaction, indexes) | | | |",
        "",
        (f"Vector search: {'IVF-HNSW index' if ann else 'exact'} (index from {engine.config.ann_min_passages} passages up)"
         + (f"; the top 10 documents of a plain search share {agreement:.1%} with exact vector search "
            f"over the same {len(qs)} questions." if ann else ".")),
    ])
    print(save("news_speed", res, table_md).read_text())


if __name__ == "__main__":
    main()
