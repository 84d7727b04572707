"""Quick instruction-following check on a paired set (dev tool; the full harness is `heedful eval`).

    python bench/if_dev.py hotpotqa-if [--part fit|check|all] [--k 100] [--verbose]
"""

from __future__ import annotations

import argparse
import statistics
import time

from _util import WORK, require_shared

from heedful import Engine
from heedful.eval import load_paired, ndcg, p_mrr


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("set")
    ap.add_argument("--part", choices=("fit", "check", "all"), default="all",
                    help="fit: first half of the queries, check: second half")
    ap.add_argument("--k", type=int, default=100)
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    ps = load_paired(require_shared(*args.set.split("/")))
    index = WORK / args.set.split("/")[0].replace("-if", "") if args.set.startswith("hotpotqa") else WORK / args.set.replace("/", "-")
    engine = Engine.open(index)
    if engine.info()["documents"] == 0:
        engine.index(ps.corpus(), progress=True)
    queries = ps.queries
    half = len(queries) // 2
    queries = {"fit": queries[:half], "check": queries[half:], "all": queries}[args.part]
    runs = {"og": {}, "changed": {}}
    lat = []
    for q in queries:
        for which in ("og", "changed"):
            t = time.perf_counter()
            res = engine.search(q["text"], instruction=q[f"instruction_{which}"], k=args.k)
            lat.append((time.perf_counter() - t) * 1000)
            runs[which][q["_id"]] = {h.id: h.score for h in res}
    qog = {q["_id"]: ps.qrels_og[q["_id"]] for q in queries if q["_id"] in ps.qrels_og}
    qch = {q["_id"]: ps.qrels_changed[q["_id"]] for q in queries if q["_id"] in ps.qrels_changed}
    pm = p_mrr(runs["og"], runs["changed"], qog, qch)
    print(f"{args.set} [{args.part}, {len(queries)} queries]: p-MRR {pm.score:+.1f}  "
          f"nDCG@10 og {ndcg(runs['og'], qog):.3f}  changed {ndcg(runs['changed'], qch):.3f}  "
          f"latency p50 {statistics.median(lat):.0f} ms")
    if args.verbose:
        for qid, s in sorted(pm.per_query.items()):
            print(f"  {qid} {s:+6.1f}  ndcg og {ndcg({qid: runs['og'][qid]}, {qid: qog[qid]}):.2f} "
                  f"ch {ndcg({qid: runs['changed'][qid]}, {qid: qch[qid]}):.2f}")


if __name__ == "__main__":
    main()
