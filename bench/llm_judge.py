"""The LLM criterion judge on hotpotqa-if: rules-only against rules + LLM on the top candidates.

    python bench/llm_judge.py [--queries N] [--judge-k 20] [--mode criterion|instruction] [--max-criteria 1]
                              [--llm-weight 0.5] [--threads 1] [--save]

Both systems run the same pipeline (rule-compiled plan, hybrid retrieval, predicate and embedding
judges); the second also lets the local LLM (Qwen2.5-Coder-1.5B-Instruct Q4_K_M, llama.cpp) read
the top ``judge_k`` candidates, one criterion at a time, wherever no predicate decided.
LLM answers are cached on disk by prompt hash (bench/work/llm_judge_cache.json), so re-running
with other weights re-scores without asking the model again; the cost figures come from the run
that asked (``--fresh`` ignores the cache).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import statistics
import time
from collections import OrderedDict

from _util import WORK, require_shared, save

from heedful import Engine
from heedful.eval import load_paired, ndcg, p_mrr
from heedful.models.llamacpp import LlamaCppGenerator, default_threads
from heedful.rank.llm_judge import LLMJudge

CACHE = WORK / "llm_judge_cache.json"


class TimedJudge(LLMJudge):
    """Records which questions each run used and what each one cost when the model answered it,
    so cost per passage is known even when answers come from the on-disk cache."""

    def __post_init__(self) -> None:
        super().__post_init__()
        self.seconds: dict[str, float] = {}
        self.used: set[str] = set()
        self.prompts: dict[str, list] = {}  # key -> messages, in the order this process first used them

    def bind(self, query, instruction=None):
        bound = super().bind(query, instruction)
        bound.seconds, bound.used, bound.prompts = self.seconds, self.used, self.prompts
        return bound

    def probability(self, condition, title, evidence):
        msgs = self.messages(condition, title, evidence)
        key = self.key(msgs)
        self.used.add(key)
        self.prompts.setdefault(key, msgs)
        fresh = key not in self.cache
        t = time.perf_counter()
        p = super().probability(condition, title, evidence)
        if fresh:
            self.seconds[key] = time.perf_counter() - t
        return p


def save_cache(judge):
    CACHE.parent.mkdir(parents=True, exist_ok=True)
    tmp = CACHE.with_suffix(".tmp")
    tmp.write_text(json.dumps({"answers": judge.cache, "seconds": judge.seconds}))
    tmp.replace(CACHE)


def run(engine, queries, *, judge=None, judge_k=20, k=100):
    runs = {"og": {}, "changed": {}}
    lat = []
    for n, q in enumerate(queries, 1):
        if judge is not None and n > 1:
            save_cache(judge)
            print(f"  query {n}/{len(queries)}: {judge.stats.calls} LLM calls so far", flush=True)
        for which in ("og", "changed"):
            t = time.perf_counter()
            res = engine.search(q["text"], instruction=q[f"instruction_{which}"], k=k, judge=judge, judge_k=judge_k)
            lat.append(time.perf_counter() - t)
            runs[which][q["_id"]] = {h.id: h.score for h in res}
    return runs, lat


def scores(ps, runs, queries):
    qog = {q["_id"]: ps.qrels_og[q["_id"]] for q in queries if q["_id"] in ps.qrels_og}
    qch = {q["_id"]: ps.qrels_changed[q["_id"]] for q in queries if q["_id"] in ps.qrels_changed}
    pm = p_mrr(runs["og"], runs["changed"], qog, qch)
    return {"p_mrr": round(pm.score, 1), "ndcg10_og": round(ndcg(runs["og"], qog), 3),
            "ndcg10_changed": round(ndcg(runs["changed"], qch), 3)}, pm.per_query


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--queries", type=int, default=None, help="first N queries (default: all 30)")
    ap.add_argument("--judge-k", type=int, default=20)
    ap.add_argument("--k", type=int, default=100)
    ap.add_argument("--mode", choices=("criterion", "instruction"), default="criterion")
    ap.add_argument("--llm-weight", type=float, nargs="+", default=[0.5],
                    help="scale(s) of LLM verdicts; the first is the reported one, others are a sweep")
    ap.add_argument("--threads", type=int, default=None)
    ap.add_argument("--max-words", type=int, default=40)
    ap.add_argument("--max-criteria", type=int, default=1, help="criteria per search the LLM reads (0: all)")
    ap.add_argument("--fresh", action="store_true", help="ignore the on-disk answer cache")
    ap.add_argument("--cost-sample", type=int, default=100,
                    help="ask the model again the first N questions, in their asking order, to time them now")
    ap.add_argument("--save", action="store_true", help="write bench/results/llm_judge.{json,md}")
    args = ap.parse_args()

    ps = load_paired(require_shared("hotpotqa-if"))
    engine = Engine.open(WORK / "hotpotqa")
    if engine.info()["documents"] == 0:
        engine.index(ps.corpus(), progress=True)
    queries = ps.queries[: args.queries] if args.queries else ps.queries
    half = len(queries) // 2
    parts = {"all": queries, "fit": queries[:half], "check": queries[half:]}

    def by_part(runs):
        return {name: scores(ps, runs, qs)[0] for name, qs in parts.items()}

    base_runs, base_lat = run(engine, queries)
    base = by_part(base_runs)
    base_pq = scores(ps, base_runs, queries)[1]
    print(f"rules only: {base}  latency p50 {statistics.median(base_lat):.2f} s", flush=True)

    t = time.perf_counter()
    gen = LlamaCppGenerator(threads=args.threads)
    load_s = time.perf_counter() - t
    judge = TimedJudge(gen, mode=args.mode, max_words=args.max_words, max_criteria=args.max_criteria or None)
    if CACHE.exists() and not args.fresh:
        stored = json.loads(CACHE.read_text())
        judge.cache.update(OrderedDict(stored["answers"]))
        judge.seconds.update(stored["seconds"])
    preloaded = len(judge.cache)
    print(f"model loaded in {load_s:.1f} s; {preloaded} cached answers", flush=True)

    default_weights = engine.search_config.weights
    sweep = {}
    for i, w in enumerate(args.llm_weight):
        engine.search_config = dataclasses.replace(
            engine.search_config, weights=dataclasses.replace(default_weights, llm=w))
        judge.used.clear()
        load_start = os.getloadavg()[0]
        llm_runs, llm_lat = run(engine, queries, judge=judge, judge_k=args.judge_k)
        if i == 0:
            run_load = (load_start, os.getloadavg()[0])
        save_cache(judge)
        got = by_part(llm_runs)
        calls = len(judge.used)  # distinct questions this run needed (asked now or before)
        secs = sum(judge.seconds.get(key, 0.0) for key in judge.used)
        sweep[w] = got
        print(f"llm weight {w}: {got}  LLM questions {calls} ({secs / max(calls, 1):.2f} s each)  "
              f"latency p50 {statistics.median(llm_lat):.1f} s", flush=True)
        if i == 0:
            first = (got, scores(ps, llm_runs, queries)[1], calls, secs, llm_lat)
    got, pq, calls, secs, llm_lat = first
    judged_passages = 2 * len(queries) * args.judge_k
    sample = list(judge.prompts.values())[: args.cost_sample]
    load_before = os.getloadavg()[0]
    t = time.perf_counter()
    for msgs in sample:  # same order as asked, so the shared prefixes are reused as in a search
        gen.yes_probability(msgs)
    resampled = (time.perf_counter() - t) / max(len(sample), 1)
    load_after = os.getloadavg()[0]
    print(f"re-asked {len(sample)} questions: {resampled:.2f} s each (load average {load_before:.1f} -> "
          f"{load_after:.1f})", flush=True)
    result = {
        "set": "hotpotqa-if", "queries": len(queries), "fit_queries": half, "judge_k": args.judge_k, "k": args.k,
        "mode": args.mode, "max_words": args.max_words, "max_criteria": args.max_criteria or None,
        "llm_weight": args.llm_weight[0], "library_default_llm_weight": default_weights.llm,
        "model": gen.name, "threads": args.threads or default_threads(),
        "rules_only": base, "rules_plus_llm": got,
        "sweep": {str(w): v for w, v in sweep.items()},
        "llm_questions": calls, "llm_seconds": round(secs, 1),
        "seconds_per_llm_question": round(secs / max(calls, 1), 3),
        "seconds_per_judged_passage": round(secs / judged_passages, 3),
        "questions_per_judged_passage": round(calls / judged_passages, 3),
        "cost_resample": {"questions": len(sample), "seconds_per_question": round(resampled, 3),
                          "seconds_per_judged_passage": round(resampled * calls / judged_passages, 3),
                          "load_average_1min": [round(load_before, 1), round(load_after, 1)]},
        "latency_p50_s": {"rules_only": round(statistics.median(base_lat), 3),
                          "rules_plus_llm": round(statistics.median(llm_lat), 3)},
        "per_query_p_mrr": {qid: {"rules_only": round(base_pq.get(qid, 0.0), 1), "rules_plus_llm": round(v, 1)}
                            for qid, v in sorted(pq.items())},
        "model_load_s": round(load_s, 1),
        "load_average_during_llm_run": [round(x, 1) for x in run_load],
        "answers_from_cache_of_earlier_runs": preloaded > 0,
    }
    print(json.dumps({k: v for k, v in result.items() if k != "per_query_p_mrr"}, indent=1))
    if args.save:
        def row(name, r):
            return (f"| {name} | " + " | ".join(
                f"{r[part]['p_mrr']:+.1f} / {r[part]['ndcg10_og']:.3f} / {r[part]['ndcg10_changed']:.3f}"
                for part in ("all", "fit", "check")) + " |")

        lines = [(f"p-MRR / nDCG@10 og / nDCG@10 changed; fit: queries 1-{half} (where the weight was chosen), "
                 f"check: queries {half + 1}-{len(queries)}."), "",
                 "| system | all | fit | check |", "|---|---|---|---|", row("rules only", base),
                 row(f"rules + LLM judge, top {args.judge_k}, weight {args.llm_weight[0]:g}", got)]
        lines += [row(f"(sweep) LLM weight {w:g}", v) for w, v in sweep.items() if w != args.llm_weight[0]]
        lines += ["| asked | >= +35 / - / >= 0.80 | | |", "",
                  (f"LLM: {gen.name}, {result['threads']} thread(s), {calls} distinct questions "
                  f"(one requirement per search, {args.max_words}-word evidence), "
                  f"{result['seconds_per_llm_question']} s per question, "
                  f"**{result['seconds_per_judged_passage']} s per judged passage** (asked <= 1 s; og and changed "
                  f"searches share their topic questions through the prompt cache); search latency p50 "
                  f"{result['latency_p50_s']['rules_only']} s rules only, "
                  f"{result['latency_p50_s']['rules_plus_llm']} s with the LLM "
                  + ("(every answer from the on-disk cache of an earlier run, whose measured cost per question is "
                     "the one reported). " if preloaded >= calls else
                     "(its answers asked then, og and changed sharing them). ") +
                  f"Load average during the run with the LLM: {run_load[0]:.1f} at the start, {run_load[1]:.1f} "
                  f"at the end (1 min; the benchmark's own threads count). Re-asking the first {len(sample)} "
                  f"questions in their order when this file was written took "
                  f"{result['cost_resample']['seconds_per_question']} s each at load average "
                  f"{load_before:.1f}-{load_after:.1f}, i.e. "
                  f"**{result['cost_resample']['seconds_per_judged_passage']} s per judged passage**.")]
        print(save("llm_judge", result, "\n".join(lines)))


if __name__ == "__main__":
    main()
