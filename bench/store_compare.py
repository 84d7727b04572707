"""LanceDB against PostgreSQL + pgvector on the same index: the same passages, vectors and settings,
searched through the same Engine; latency p50/p95 (plain hybrid, filtered, as-of, with an
instruction), top-10 agreement of each store's approximate vector index with its exact search, and
what building the store costs.

The news corpus (../shared/bench/news, 26,648 articles) is indexed once into LanceDB as
``news_speed.py`` does (each article's 120-word lead passage; embedding every passage takes hours on
2 cores, issue #17); its rows (vectors included) are then copied into a PostgreSQL table, so the
two stores hold identical data and only the store differs. PostgreSQL runs on a throwaway local
cluster (tests/pg.py: Debian's PostgreSQL 15, pgvector built by ``make setup``) unless ``--dsn``
names one.

    python bench/store_compare.py [--queries 300] [--dsn postgresql://...]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import shutil
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(1, str(Path(__file__).resolve().parent.parent))
from _util import WORK, require_shared, save
from news_speed import (  # the same index settings and instructions as news_speed.py
    CHUNK,
    INSTRUCTIONS,
)

from heedful import Engine
from heedful.config import CONFIG_FILE, IndexConfig
from heedful.store.base import PassageRow, decode_metadata

FILTERS = ["source = cnn.com", "publish_date >= 2023-01-01"]


def pct(values: list[float], q: float) -> float:
    s = sorted(values)
    return round(s[min(len(s) - 1, round(q * (len(s) - 1)))], 2)


def lance_index(path: Path) -> tuple[Engine, float | None]:
    if (path / CONFIG_FILE).exists():
        return Engine.open(path, create=False), None
    shutil.rmtree(path, ignore_errors=True)
    engine = Engine.open(path, chunk=CHUNK)
    t = time.perf_counter()
    engine.index(require_shared("news", "corpus.jsonl.gz"), progress=True)
    return engine, time.perf_counter() - t


def copy_to_postgres(lance: Engine, path: Path, dsn: str) -> tuple[Engine, dict[str, float]]:
    """The LanceDB index's rows, vectors included, into a PostgreSQL table behind a settings folder."""
    from heedful.store.postgres import postgres_place

    shutil.rmtree(path, ignore_errors=True)
    path.mkdir(parents=True)
    config = IndexConfig.load(lance.path)
    config.store = postgres_place(f"{dsn}?table=news_compare", path)
    config.written = False  # until the rows are in
    config.save(path)
    engine = Engine.open(path, create=False)
    engine.store.drop()  # type: ignore[attr-defined]
    table = lance.store.table.to_arrow()  # type: ignore[attr-defined]
    cols = {name: table.column(name).to_pylist() for name in table.column_names if name != "vector"}
    vectors = table.column("vector").combine_chunks().values.to_numpy(zero_copy_only=False).reshape(table.num_rows, -1)
    rows = []
    for i in range(table.num_rows):
        meta = decode_metadata(cols["meta_json"][i])
        rows.append(PassageRow(doc_id=cols["doc_id"][i], passage=cols["passage"][i], title=cols["title"][i],
                               text=cols["text"][i], start=cols["start"][i], vector=vectors[i], doc_hash=cols["doc_hash"][i],
                               metadata=meta, evidence=cols["evidence"][i] or "", valid_until=cols["valid_until"][i]))
    engine.store.ensure_fields(config.fields)
    t = time.perf_counter()
    for start in range(0, len(rows), 2000):
        batch = rows[start : start + 2000]
        engine.store.write(batch, doc_ids=sorted({r.doc_id for r in batch}))
    written = time.perf_counter() - t
    t = time.perf_counter()
    engine.store.refresh()  # ANALYZE, and the HNSW index (>= ann_min_passages)
    indexed = time.perf_counter() - t
    engine.config.written = True
    engine.config.save(path)
    return engine, {"write_seconds": round(written, 1), "index_seconds": round(indexed, 1), "rows": len(rows)}


def timed(fn: Any) -> float:
    t = time.perf_counter()
    fn()
    return (time.perf_counter() - t) * 1000


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--queries", type=int, default=300)
    ap.add_argument("--dsn", default=None, help="a PostgreSQL database with pgvector (default: a throwaway cluster)")
    ap.add_argument("--name", default="store_compare")
    args = ap.parse_args()

    lance, lance_build = lance_index(WORK / "news")
    lance.store.refresh()
    questions = [json.loads(line) for line in require_shared("news", "questions.jsonl").read_text().splitlines()]
    step = max(1, len(questions) // args.queries)
    qs = questions[::step][: args.queries]

    with contextlib.ExitStack() as stack:
        if args.dsn is None:
            from tests.pg import cluster

            dsn = stack.enter_context(cluster())
        else:
            dsn = args.dsn
        pg, build = copy_to_postgres(lance, WORK / "news-pg", dsn)
        engines = {"lancedb": lance, "postgres": pg}
        for e in engines.values():  # warm caches
            for q in qs[:20]:
                e.search(q["text"], k=10)
        kinds = {
            "hybrid": lambda e, i, q: e.search(q["text"], k=10),
            "filtered": lambda e, i, q: e.search(q["text"], k=10, filters=FILTERS),
            "as_of": lambda e, i, q: e.search(q["text"], k=10, as_of=q["question_date"]),
            "instruction": lambda e, i, q: e.search(q["text"], instruction=INSTRUCTIONS[i % len(INSTRUCTIONS)], k=10),
        }
        ms: dict[str, dict[str, list[float]]] = {name: {k: [] for k in kinds} for name in engines}
        same_top10: list[float] = []
        for i, q in enumerate(qs):
            order = list(engines.items()) if i % 2 == 0 else list(reversed(engines.items()))
            for kind, fn in kinds.items():
                for name, e in order:
                    ms[name][kind].append(timed(lambda e=e, fn=fn, i=i, q=q: fn(e, i, q)))
            same_top10.append(len(set(lance.search(q["text"], k=10).ids) & set(pg.search(q["text"], k=10).ids)) / 10)
        agreement = {}
        for name, e in engines.items():
            store: Any = e.store
            if not store.ann:
                agreement[name] = None
                continue
            shares = []
            for q in qs:
                approx = e.search(q["text"], k=10).ids
                store.bypass_ann = True
                exact = e.search(q["text"], k=10).ids
                store.bypass_ann = False
                shares.append(len(set(approx) & set(exact)) / max(len(exact), 1))
            agreement[name] = round(sum(shares) / len(shares), 4)

    lat = {name: {kind: {"p50": pct(v, .5), "p95": pct(v, .95)} for kind, v in by.items()} for name, by in ms.items()}
    ratio = {kind: round(lat["postgres"][kind]["p50"] / lat["lancedb"][kind]["p50"], 2) for kind in kinds}
    docs, passages = lance.store.count()
    results = {"documents": docs, "passages": passages, "chunk": CHUNK.__dict__, "queries": len(qs),
               "lancedb_build_seconds": None if lance_build is None else round(lance_build, 1),
               "postgres_copy": build, "latency_ms": lat, "p50_ratio_postgres_vs_lancedb": ratio,
               "ann_top10_agreement_with_exact": agreement,
               "same_top10_hybrid_lancedb_vs_postgres": round(sum(same_top10) / len(same_top10), 4)}
    table = "| search (k=10) | LanceDB p50 / p95 ms | PostgreSQL p50 / p95 ms | p50 ratio |\n|---|---|---|---|\n"
    table += "\n".join(f"| {kind} | {lat['lancedb'][kind]['p50']} / {lat['lancedb'][kind]['p95']} | "
                       f"{lat['postgres'][kind]['p50']} / {lat['postgres'][kind]['p95']} | {ratio[kind]}x |"
                       for kind in kinds)
    table += (f"\n\n{docs} articles ({passages} lead passages: --max-words 120 --max-passages 1, where the default "
              f"indexes every 180-word passage), {len(qs)} news questions as queries, both stores "
              f"in the same run, alternating which goes first. Top 10 shared by the approximate vector index "
              f"and exact search: LanceDB {agreement['lancedb']}, PostgreSQL {agreement['postgres']}. Hybrid top 10 "
              f"shared between the stores: {results['same_top10_hybrid_lancedb_vs_postgres']} (BM25 in LanceDB, "
              f"ts_rank over a RUM index in PostgreSQL). PostgreSQL build from the same rows: {build['write_seconds']} s to write, "
              f"{build['index_seconds']} s for ANALYZE and the HNSW index (the RUM and B-tree indexes fill as rows go in); LanceDB build (embedding included): "
              + (f"{results['lancedb_build_seconds']} s." if lance_build is not None
                 else "reused from an earlier run of this script (bench/work/news)."))
    print(save(args.name, results, table))


if __name__ == "__main__":
    main()
