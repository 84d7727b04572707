"""What turning off llama.cpp's extra buffer types costs on a CPU without AMX.

    python bench/llm_amx.py [--reps 3] [--threads 1 2] [--save]

On CPUs with AMX the local LLM loads with ``use_extra_bufts=False`` (heedful.models.llamacpp:
the AMX buffer type crashes on Q4_K weights). The extra buffer types also hold llama.cpp's CPU
"repack" layouts, which may speed Q4_K up on AVX2/AVX-512. This measures both settings on this
machine, each repetition a fresh process per setting (in alternating order, so a change in the
machine's load falls on both): model load time, the buffers llama.cpp reports, time per yes/no
judgment (LLMJudge questions on bench/data/injection, read as a search reads them: one condition
over its topic's passages, the shared prefix cached), prompt reading and decoding in tokens/s,
and whether the judgments agree.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time

from _util import BENCH, save

DATA = BENCH / "data" / "injection"


def child(extra_bufts: bool, threads: int) -> dict:
    """One measurement in this process (the parent runs it in a fresh one)."""
    import ctypes

    import llama_cpp

    log: list[str] = []

    @llama_cpp.llama_log_callback
    def keep(level, text, user_data):  # llama.cpp's log, to see where the weights went
        log.append(text.decode("utf-8", "replace"))

    from heedful.ingest.evidence import extract
    from heedful.models.llamacpp import LlamaCppGenerator
    from heedful.rank.judge import CandidateView
    from heedful.rank.llm_judge import LLMJudge, snippet

    llama_cpp.llama_log_set(keep, ctypes.c_void_p(0))
    t = time.perf_counter()
    gen = LlamaCppGenerator(n_ctx=2048, threads=threads, extra_bufts=extra_bufts)
    load_s = time.perf_counter() - t
    buffers = sorted({line.strip() for line in "".join(log).splitlines() if "model buffer size" in line})
    assert gen.llm.model_params.use_extra_bufts is extra_bufts

    docs = {d["_id"]: d for d in map(json.loads, (DATA / "corpus.jsonl").read_text().splitlines())}
    queries = [json.loads(line) for line in (DATA / "queries.jsonl").read_text().splitlines()]
    judge = LLMJudge(gen)
    answers, seconds = [], []
    for q in queries:
        bound = judge.bind(q["text"], q["instruction"])
        for doc_id in [*q["relevant"], *q["irrelevant"], *(i["id"] for i in q["injected"])]:
            d = docs[doc_id]
            view = CandidateView(doc_id=doc_id, passage=0, title=d["title"], text=d["text"], metadata={},
                                 evidence=extract(d["text"]), vector=None, base=0.0)
            msgs = bound.messages(q["instruction"], d["title"], snippet(q["instruction"], view))
            t = time.perf_counter()
            answers.append(gen.yes_probability(msgs))
            seconds.append(time.perf_counter() - t)

    llm = gen.llm
    prompt = llm.tokenize(("The river rose through the night and the town waited. " * 40).encode(), add_bos=False)
    llm.reset()
    t = time.perf_counter()
    llm.eval(prompt)
    prompt_tps = len(prompt) / (time.perf_counter() - t)
    llm.reset()
    t = time.perf_counter()
    out = llm.create_completion("Write a long list of European cities, one per line:\n", max_tokens=64,
                                temperature=0.0, top_k=1, seed=0)
    decode_s = time.perf_counter() - t
    produced = out["usage"]["completion_tokens"]
    gen.close()
    return {"extra_bufts": extra_bufts, "load_s": load_s, "buffers": buffers, "judgments": len(answers),
            "s_per_judgment": statistics.fmean(seconds), "p_yes": answers, "prompt_tokens": len(prompt),
            "prompt_tokens_per_s": prompt_tps, "decoded_tokens": produced,
            "decode_tokens_per_s": produced / decode_s}


def measure(threads: int, reps: int) -> dict:
    """Both settings at ``threads``, ``reps`` fresh processes each, in alternating order."""
    runs: dict[bool, list[dict]] = {True: [], False: []}
    loads = []
    for rep in range(reps):
        for setting in ((True, False) if rep % 2 == 0 else (False, True)):
            loads.append(os.getloadavg()[0])
            cmd = [sys.executable, __file__, "--child", "1" if setting else "0", "--threads", str(threads)]
            out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
            got = json.loads(out.strip().splitlines()[-1])
            runs[setting].append(got)
            print(f"{threads} thread(s), rep {rep + 1}, extra_bufts={setting}: load {got['load_s']:.2f} s, "
                  f"{got['s_per_judgment']:.3f} s per judgment, prompt {got['prompt_tokens_per_s']:.1f} tok/s, "
                  f"decode {got['decode_tokens_per_s']:.1f} tok/s", flush=True)
    loads.append(os.getloadavg()[0])
    summary: dict[str, dict] = {}
    for s in (True, False):
        summary["on" if s else "off"] = {k: round(statistics.median(r[k] for r in runs[s]), 3) for k in KEYS}
    ratio = {k: round(summary["off"][k] / summary["on"][k], 3) for k in KEYS}
    diff = max(abs(a - b) for r_on, r_off in zip(runs[True], runs[False], strict=True)
               for a, b in zip(r_on["p_yes"], r_off["p_yes"], strict=True))
    return {"threads": threads, "extra_bufts": summary, "off_over_on": ratio, "max_abs_p_yes_difference": round(diff, 4),
            "buffers": {"on": runs[True][0]["buffers"], "off": runs[False][0]["buffers"]},
            "judgments_per_process": runs[True][0]["judgments"],
            "load_average_1min_before_each_process": [round(x, 1) for x in loads],
            "runs": {("on" if s else "off"): [{k: v for k, v in r.items() if k != "p_yes"} for r in runs[s]]
                     for s in (True, False)}}


KEYS = ("load_s", "s_per_judgment", "prompt_tokens_per_s", "decode_tokens_per_s")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--threads", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--child", choices=("0", "1"), help=argparse.SUPPRESS)
    ap.add_argument("--save", action="store_true", help="write bench/results/llm_amx.{json,md}")
    args = ap.parse_args()
    if args.child is not None:
        print(json.dumps(child(args.child == "1", args.threads[0])))
        return

    by_threads = [measure(t, args.reps) for t in args.threads]
    result = {"reps": args.reps, "by_threads": by_threads}
    print(json.dumps([{k: v for k, v in m.items() if k != "runs"} for m in by_threads], indent=1))
    if args.save:
        lines = [
            (f"llama.cpp's extra buffer types on (its default) and off (what heedful loads), median of {args.reps} "
            f"fresh processes per setting and thread count; a judgment is one LLMJudge yes/no question "
            f"({by_threads[0]['judgments_per_process']} per process, bench/data/injection, read as a search reads "
            "them)."), "",
            "| threads | extra buffer types | load s | s per judgment | prompt tokens/s | decode tokens/s |",
            "|---|---|---|---|---|---|",
        ]
        for m in by_threads:
            for name in ("on", "off"):
                r = m["extra_bufts"][name]
                lines.append(f"| {m['threads']} | {name} | {r['load_s']:.2f} | {r['s_per_judgment']:.3f} | "
                             f"{r['prompt_tokens_per_s']:.1f} | {r['decode_tokens_per_s']:.1f} |")
            q = m["off_over_on"]
            lines.append(f"| {m['threads']} | off / on | {q['load_s']:.2f} | {q['s_per_judgment']:.2f} | "
                         f"{q['prompt_tokens_per_s']:.2f} | {q['decode_tokens_per_s']:.2f} |")
        m = by_threads[0]
        lines += ["", "Weights as llama.cpp placed them: on: " + "; ".join(m["buffers"]["on"]) + ". Off: "
                  + "; ".join(m["buffers"]["off"]) + ".",
                  "Largest difference in P(yes) between the settings over the same questions: "
                  + ", ".join(f"{m['max_abs_p_yes_difference']:.4f} ({m['threads']} thread(s))" for m in by_threads)
                  + ". Load average (1 min) before each process: "
                  + "; ".join(f"{m['threads']} thread(s): {m['load_average_1min_before_each_process']}"
                              for m in by_threads) + "."]
        print(save("llm_amx", result, "\n".join(lines)))


if __name__ == "__main__":
    main()
