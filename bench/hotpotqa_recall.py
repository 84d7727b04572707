"""Recall@2/@10 of HotpotQA supporting paragraphs: BM25, dense and hybrid (heedful), query only.

    python bench/hotpotqa_recall.py            # builds bench/work/hotpotqa once, then searches
"""

from __future__ import annotations

import argparse
import statistics
import time

from _util import WORK, hotpotqa_questions, require_shared, save

from heedful import Engine
from heedful.rank.fusion import max_passage


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--rebuild", action="store_true")
    args = ap.parse_args()
    data = require_shared("hotpotqa")
    path = WORK / "hotpotqa"
    if args.rebuild and path.exists():
        import shutil

        shutil.rmtree(path)
    engine = Engine.open(path)
    report = engine.index(data / "corpus.jsonl", progress=True)
    print(report)
    queries, qrels = hotpotqa_questions()

    systems = {"bm25": [], "dense": [], "hybrid (heedful)": []}
    latency = []
    for q in queries:
        rel = qrels[q["_id"]]
        t = time.perf_counter()
        res = engine.search(q["text"], k=10)
        latency.append((time.perf_counter() - t) * 1000)
        vec = engine.embedder.embed_query(q["text"])
        bm25 = [c.doc_id for c in max_passage(engine.store.text_search(q["text"], k=100))]
        dense = [c.doc_id for c in max_passage(engine.store.vector_search(vec, k=100))]
        for name, ids in (("bm25", bm25), ("dense", dense), ("hybrid (heedful)", res.ids)):
            systems[name].append((len(rel & set(ids[:2])) / len(rel), len(rel & set(ids[:10])) / len(rel)))

    rows = {name: {"R@2": round(statistics.mean(r[0] for r in v), 3), "R@10": round(statistics.mean(r[1] for r in v), 3)}
            for name, v in systems.items()}
    reference = {"bm25": (0.594, 0.927), "dense": (0.616, 0.864), "hybrid (heedful)": (0.643, 0.923)}
    table = ["| system | Recall@2 | Recall@10 | reference R@2 / R@10 (bench README) |", "|---|---|---|---|"]
    for name, r in rows.items():
        ref = reference[name]
        table.append(f"| {name} | {r['R@2']:.3f} | {r['R@10']:.3f} | {ref[0]:.3f} / {ref[1]:.3f} |")
    lat = sorted(latency)
    table.append("")
    table.append(f"500 questions, {report.passages or engine.info()['passages']} passages; hybrid search latency "
                 f"p50 {lat[len(lat) // 2]:.1f} ms, p95 {lat[int(len(lat) * 0.95)]:.1f} ms. Figures asked: R@10 >= 0.92, R@2 >= 0.63.")
    out = save("hotpotqa_recall", {"systems": rows, "queries": len(queries),
                                   "latency_ms": {"p50": lat[len(lat) // 2], "p95": lat[int(len(lat) * 0.95)]}},
               "\n".join(table))
    print(out.read_text())


if __name__ == "__main__":
    main()
