"""Adapted embedders against the base on NFCorpus (dense and heedful's hybrid), and what the shift
costs on HotpotQA.

    python bench/adapt_nfcorpus.py --split dev  --model bench/work/adapt/nf-corpus-900
    python bench/adapt_nfcorpus.py --split test --model A --model B --hybrid --hotpotqa --name adapt_nfcorpus

Each --model is a folder written by `heedful adapt` (its card is read for the mode, sizes and
times). The queries are split in file order: the first half (162) is dev, where settings are chosen,
the second half (161) is test, reported once. Dense: every document embedded whole (title + text, 256
tokens), cosine, top 100. Hybrid: a heedful index built with the model (default settings), `search`
with no instruction, top 100. HotpotQA: dense Recall@10 of the supporting paragraphs (500 queries).
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np
from _util import WORK, read_jsonl, require_shared, save

from heedful import Engine
from heedful.eval.metrics import evaluate
from heedful.eval.trec import read_qrels
from heedful.models.registry import load_embedder

CACHE = WORK / "adapt"


def _doc_vectors(name: str, embedder, docs: list[dict], tag: str) -> np.ndarray:
    key = (embedder.fingerprint or embedder.name).replace("/", "_")[:16]
    path = CACHE / f"vectors-{tag}-{key}.npy"
    if path.exists():
        return np.load(path)
    texts = [f"{d.get('title', '')} {d['text']}".strip() for d in docs]
    began = time.perf_counter()
    vectors = np.concatenate([embedder.embed_documents(texts[i:i + 256]) for i in range(0, len(texts), 256)])
    print(f"  embedded {len(texts)} {tag} documents with {name} in {time.perf_counter() - began:.0f} s")
    CACHE.mkdir(parents=True, exist_ok=True)
    np.save(path, vectors)
    return vectors


def split_queries(queries: list[dict], split: str) -> list[dict]:
    """The dev half (the first, where settings are chosen) or the test half of the queries, in file order."""
    half = (len(queries) + 1) // 2
    return queries[:half] if split == "dev" else queries[half:]


def top_run(scores: np.ndarray, docs: list[dict], queries: list[dict], k: int) -> dict:
    """Each query's ``k`` best documents by ``scores`` (queries x documents), ties in document order."""
    run = {}
    for qi, q in enumerate(queries):
        top = np.argsort(-scores[qi], kind="stable")[:k]
        run[q["_id"]] = {docs[i]["_id"]: float(scores[qi, i]) for i in top}
    return run


def _dense_run(embedder, vectors: np.ndarray, docs: list[dict], queries: list[dict], k: int) -> dict:
    return top_run(embedder.embed_queries([q["text"] for q in queries]) @ vectors.T, docs, queries, k)


WORD_GROUPS = ("1", "2", "3+")


def _words(query: dict) -> str:
    words = len(query["text"].split())
    return "3+" if words >= 3 else str(words)


def by_words(per_query: dict[str, dict[str, float]], queries: list[dict], measure: str = "nDCG@10") -> dict[str, float]:
    """Mean ``measure`` over the queries of one, two, and three or more words (NFCorpus's queries
    are mostly topic names of one or two words)."""
    groups: dict[str, list[float]] = defaultdict(list)
    for q in queries:
        groups[_words(q)].append(per_query.get(q["_id"], {}).get(measure, 0.0))
    return {k: round(float(np.mean(groups[k])), 4) for k in WORD_GROUPS if groups[k]}


def _hybrid_run(name: str, model: str | None, corpus: Path, queries: list[dict], k: int) -> dict:
    key = "base" if model is None else Path(model).name
    path = CACHE / f"ix-nfcorpus-{key}"
    engine = Engine.open(path, model=model)
    engine.index(corpus, progress=False)
    run = {}
    for q in queries:
        res = engine.search(q["text"], k=k)
        run[q["_id"]] = {h.id: float(h.score) for h in res}
    return run


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", action="append", default=[], help="an adapted model folder (repeatable)")
    ap.add_argument("--split", choices=("dev", "test"), required=True)
    ap.add_argument("--hybrid", action="store_true", help="also heedful's hybrid search with each model")
    ap.add_argument("--hotpotqa", action="store_true", help="also dense Recall@10 on HotpotQA")
    ap.add_argument("--name", default=None, help="save results/NAME.{md,json}")
    args = ap.parse_args()
    data = require_shared("nfcorpus")
    docs = read_jsonl(data / "corpus.jsonl")
    queries = split_queries(read_jsonl(data / "queries.jsonl"), args.split)
    qrels_all = read_qrels(data / "qrels.tsv")
    qrels = {q["_id"]: qrels_all[q["_id"]] for q in queries}
    if args.hotpotqa:
        hp = require_shared("hotpotqa")
        hp_docs = read_jsonl(hp / "corpus.jsonl")
        hp_queries = read_jsonl(hp / "queries.jsonl")
        hp_qrels = {q: {d: r for d, r in v.items() if r > 0} for q, v in read_qrels(hp / "qrels.tsv").items()}

    rows = []
    for model in [None, *args.model]:
        name = "base all-MiniLM-L6-v2 (packaged int8)" if model is None else Path(model).name
        embedder = load_embedder(model or "all-MiniLM-L6-v2")
        card = json.loads((Path(model) / "heedful-model.json").read_text()) if model else {}
        row = {"model": name, "card": {k: card.get(k) for k in ("mode", "weights", "data", "seconds", "sha256",
                                                                 "validation_mrr_at_10", "settings")} if card else None}
        run = _dense_run(embedder, _doc_vectors(name, embedder, docs, "nfcorpus"), docs, queries, 100)
        scored = evaluate(run, qrels, ["nDCG@10", "R@100"])
        agg = scored["aggregate"]
        row["dense"] = {"nDCG@10": round(agg["nDCG@10"], 4), "R@100": round(agg["R@100"], 4),
                        "nDCG@10 by query words": by_words(scored["per_query"], queries)}
        if args.hybrid:
            began = time.perf_counter()
            agg = evaluate(_hybrid_run(name, model, data / "corpus.jsonl", queries, 100), qrels,
                           ["nDCG@10", "R@100"])["aggregate"]
            row["hybrid"] = {"nDCG@10": round(agg["nDCG@10"], 4), "R@100": round(agg["R@100"], 4),
                             "seconds": round(time.perf_counter() - began)}
        if args.hotpotqa:
            run = _dense_run(embedder, _doc_vectors(name, embedder, hp_docs, "hotpotqa"), hp_docs, hp_queries, 10)
            row["hotpotqa_dense_R@10"] = round(evaluate(run, hp_qrels, ["R@10"])["aggregate"]["R@10"], 4)
        print(json.dumps({k: v for k, v in row.items() if k != "card"}))
        rows.append(row)

    base = rows[0]
    head = "| model | mode | pairs kept | adapt time | dense nDCG@10 | dense R@100 |"
    sep = "|---|---|---|---|---|---|"
    if args.hybrid:
        head += " hybrid nDCG@10 | hybrid R@100 |"
        sep += "---|---|"
    if args.hotpotqa:
        head += " HotpotQA dense R@10 |"
        sep += "---|"
    lines = [f"NFCorpus {args.split} half ({len(queries)} queries); differences from the base in brackets.", "",
             head, sep]
    for row in rows:
        card = row["card"] or {}
        data_ = card.get("data") or {}
        secs = sum((card.get("seconds") or {}).values())

        def cell(value: float, ref: float, first: bool = row is base) -> str:
            return f"{value:.4f}" if first else f"{value:.4f} ({value - ref:+.4f})"

        line = (f"| {row['model']} | {card.get('mode', '-')} | {data_.get('kept_pairs', '-')} | "
                f"{f'{secs / 60:.0f} min' if secs else '-'} | "
                f"{cell(row['dense']['nDCG@10'], base['dense']['nDCG@10'])} | "
                f"{cell(row['dense']['R@100'], base['dense']['R@100'])} |")
        if args.hybrid:
            line += (f" {cell(row['hybrid']['nDCG@10'], base['hybrid']['nDCG@10'])} |"
                     f" {cell(row['hybrid']['R@100'], base['hybrid']['R@100'])} |")
        if args.hotpotqa:
            line += f" {cell(row['hotpotqa_dense_R@10'], base['hotpotqa_dense_R@10'])} |"
        lines.append(line)
    sizes = Counter(_words(q) for q in queries)
    groups = [g for g in WORD_GROUPS if sizes[g]]
    lines += ["", "Dense nDCG@10 by the query's length in words (queries in brackets):", "",
              "| model | " + " | ".join(f"{g} ({sizes[g]})" for g in groups) + " |",
              "|---|" + "---|" * len(groups)]
    for row in rows:
        words = row["dense"]["nDCG@10 by query words"]
        lines.append(f"| {row['model']} | " + " | ".join(
            f"{words[g]:.4f}" if row is base else f"{words[g]:.4f} ({words[g] - base['dense']['nDCG@10 by query words'][g]:+.4f})"
            for g in groups) + " |")
    table = "\n".join(lines)
    print(table)
    if args.name:
        print(save(args.name, {"split": args.split, "rows": rows}, table))


if __name__ == "__main__":
    main()
