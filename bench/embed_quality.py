"""What int8 embedding costs in retrieval quality: the same HotpotQA index built in each precision.

For ``fp32`` (the shipped package's graph: int8 weights, float32 arithmetic; what heedful ran before)
and ``int8`` (heedful's integer-product graph, the default on CPUs with VNNI/AMX), a fresh index of
the HotpotQA corpus, then, with the default search settings:

  * Recall@2 / @10 of the supporting paragraphs, query only (500 questions): hybrid and dense;
  * p-MRR and nDCG@10 under each instruction on the paired sets over that corpus: hotpotqa-if
    (../shared) and our own hotpotqa-if-heldout and if-subject to if-subject-4 (bench/data).

    python bench/embed_quality.py
"""

from __future__ import annotations

import os
import shutil
import statistics
import time
from typing import Any

from _util import BENCH, WORK, hotpotqa_questions, require_shared, save

from heedful import Engine
from heedful.eval import load_paired, ndcg, p_mrr
from heedful.rank.fusion import max_passage

PAIRED = {"hotpotqa-if": lambda: require_shared("hotpotqa-if"),
          **{name: (lambda name=name: BENCH / "data" / name)
             for name in ("hotpotqa-if-heldout", "if-subject", "if-subject-2", "if-subject-3", "if-subject-4")}}


def recall(engine: Engine) -> dict[str, Any]:
    queries, qrels = hotpotqa_questions()
    hits: dict[str, list[tuple[float, float]]] = {"hybrid": [], "dense": []}
    for q in queries:
        rel = qrels[q["_id"]]
        hybrid = engine.search(q["text"], k=10).ids
        dense = [c.doc_id for c in max_passage(engine.store.vector_search(engine.embedder.embed_query(q["text"]), k=100))]
        for name, ids in (("hybrid", hybrid), ("dense", dense)):
            hits[name].append((len(rel & set(ids[:2])) / len(rel), len(rel & set(ids[:10])) / len(rel)))
    return {name: {"R@2": round(statistics.mean(h[0] for h in v), 3), "R@10": round(statistics.mean(h[1] for h in v), 3)}
            for name, v in hits.items()}


def paired(engine: Engine, folder: Any) -> dict[str, float]:
    ps = load_paired(folder)
    runs: dict[str, dict[str, dict[str, float]]] = {"og": {}, "changed": {}}
    for q in ps.queries:
        for which in ("og", "changed"):
            res = engine.search(q["text"], instruction=q[f"instruction_{which}"], k=1000)
            runs[which][q["_id"]] = {h.id: h.score for h in res}
    qog = {q["_id"]: ps.qrels_og[q["_id"]] for q in ps.queries if q["_id"] in ps.qrels_og}
    qch = {q["_id"]: ps.qrels_changed[q["_id"]] for q in ps.queries if q["_id"] in ps.qrels_changed}
    return {"p-MRR": round(p_mrr(runs["og"], runs["changed"], qog, qch).score, 1),
            "nDCG@10 og": round(ndcg(runs["og"], qog), 3), "nDCG@10 changed": round(ndcg(runs["changed"], qch), 3),
            "queries": len(ps.queries)}


def main() -> None:
    corpus = require_shared("hotpotqa", "corpus.jsonl")
    results: dict[str, Any] = {}
    for precision in ("fp32", "int8"):
        os.environ["HEEDFUL_EMBED_PRECISION"] = precision
        path = WORK / f"hotpotqa-{precision}"
        shutil.rmtree(path, ignore_errors=True)
        engine = Engine.open(path)
        t = time.perf_counter()
        report = engine.index(corpus)
        build = time.perf_counter() - t
        assert engine.embedder.precision == precision
        row: dict[str, Any] = {"build_seconds": round(build, 1), "passages": report.passages,
                               "recall": recall(engine)}
        for name, folder in PAIRED.items():
            row[name] = paired(engine, folder())
        results[precision] = row
        print(precision, row, flush=True)
    os.environ.pop("HEEDFUL_EMBED_PRECISION", None)

    lines = ["| measure | fp32 arithmetic (before) | int8 products (default) | difference |", "|---|---|---|---|"]
    a, b = results["fp32"], results["int8"]
    lines.append(f"| build, {a['passages']} passages (s) | {a['build_seconds']} | {b['build_seconds']} | "
                 f"{a['build_seconds'] / b['build_seconds']:.2f}x faster |")
    for system in ("hybrid", "dense"):
        for m in ("R@2", "R@10"):
            x, y = a["recall"][system][m], b["recall"][system][m]
            lines.append(f"| HotpotQA {system} {m} | {x:.3f} | {y:.3f} | {y - x:+.3f} |")
    for name in PAIRED:
        for m in ("p-MRR", "nDCG@10 og", "nDCG@10 changed"):
            x, y = a[name][m], b[name][m]
            fmt = "{:+.1f}" if m == "p-MRR" else "{:.3f}"
            lines.append(f"| {name} ({a[name]['queries']} queries) {m} | {fmt.format(x)} | {fmt.format(y)} | "
                         f"{y - x:+.{1 if m == 'p-MRR' else 3}f} |")
    lines.append("")
    lines.append("Figures asked (issue #17): HotpotQA R@10 >= 0.92, R@2 >= 0.64, hotpotqa-if within 1 point of "
                 "today's. Searches with the default settings (rules, no LLM), k = 1000 for the paired sets.")
    save("embed_quality", results, "\n".join(lines))


if __name__ == "__main__":
    main()
