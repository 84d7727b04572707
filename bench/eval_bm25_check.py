"""Check that heedful.eval's BM25 baseline and metrics reproduce the shared reference numbers.

Usage: .venv/bin/python bench/eval_bm25_check.py [--bench /work/shared/bench]

Prints, for hotpotqa-if and timeqa-if test, BM25 (query only) and BM25 (query + instruction):
p-MRR, nDCG@10 under og and under changed, next to the rows of bench/README.md, and exits 1 if
any differs by more than 0.01 nDCG or 1 p-MRR. Not imported by the package.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from heedful.eval import BM25Baseline, load_paired, ndcg, p_mrr

# (set, system) -> (p-MRR, nDCG@10 og, nDCG@10 changed), from the shared bench/README.md
REFERENCE = {
    ("hotpotqa-if", "query"): (0.0, 0.819, 0.621),
    ("hotpotqa-if", "query+instruction"): (-5.3, 0.799, 0.623),
    ("timeqa-if/test", "query"): (0.0, 0.117, 0.108),
    ("timeqa-if/test", "query+instruction"): (33.8, 0.353, 0.342),
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bench", type=Path, default=Path("/work/shared/bench"))
    args = parser.parse_args()
    ok = True
    print(f"{'set':16} {'system':18} {'p-MRR':>14} {'nDCG og':>16} {'nDCG changed':>16}")
    for folder in ("hotpotqa-if", "timeqa-if/test"):
        start = time.perf_counter()
        data = load_paired(args.bench / folder)
        bm25 = BM25Baseline(data.corpus())
        queries = data.queries
        for system in ("query", "query+instruction"):
            if system == "query":
                run_og = run_changed = bm25.run([(q["_id"], q["text"]) for q in queries])
            else:
                run_og = bm25.run([(q["_id"], q["text"] + " " + q["instruction_og"]) for q in queries])
                run_changed = bm25.run(
                    [(q["_id"], q["text"] + " " + q["instruction_changed"]) for q in queries]
                )
            got = (
                p_mrr(run_og, run_changed, data.qrels_og, data.qrels_changed).score,
                ndcg(run_og, data.qrels_og, k=10),
                ndcg(run_changed, data.qrels_changed, k=10),
            )
            ref = REFERENCE[data.name, system]
            good = (abs(got[0] - ref[0]) <= 1.0 and abs(got[1] - ref[1]) <= 0.01
                    and abs(got[2] - ref[2]) <= 0.01)
            ok &= good
            cells = [f"{g:+7.2f} ({r:+.1f})" for g, r in [(got[0], ref[0])]]
            cells += [f"{g:.4f} ({r:.3f})" for g, r in zip(got[1:], ref[1:], strict=True)]
            print(f"{data.name:16} {system:18} {cells[0]:>14} {cells[1]:>16} {cells[2]:>16}"
                  f"  {'ok' if good else 'MISMATCH'}")
        print(f"  ({len(bm25)} documents, {len(queries)} queries, {time.perf_counter() - start:.1f}s)")
    print("all within tolerance" if ok else "MISMATCH against the reference")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
