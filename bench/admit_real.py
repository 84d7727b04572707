"""Admission of heedful's own answers, judged against a support audit.

The labelled set (``bench/admit_hotpotqa.py``) makes its bad candidates by hand (a swapped answer, a
wrong citation, a copied paragraph, a sentence pleading for itself); this benchmark takes the
answers ``ask`` really gave (``bench/results/answers/hotpotqa-<mode>.jsonl``, as
``bench/ask_hotpotqa.py`` commits them), as ``ask --write-back`` offers them
(:func:`~heedful.admit.policy.candidate_from_answer`), runs the gates with the defaults a user gets
(``Engine.admit(..., dry_run=True)``: nothing is written) and counts the decisions against an audit
of the same answers (``bench/admit_audit_sheet.py`` writes what the auditor read: each answer with
its cited documents, no gold answer, no verdict). What write-back should do: admit supported
answers, admit no unsupported one.

    python bench/admit_real.py --mode plan --start 0 --n 100 --audit bench/data/admit-hotpotqa/real-audit-plan-1-100.jsonl

``--cache FILE`` keeps the LLM's yes/no probabilities between runs (keyed by model and messages), for
trying a rule change on the same answers without asking the model again; results of a run that used
one say so.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import statistics
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from _ask import offered_candidates, read_done
from _util import WORK, read_jsonl, require_shared, save

from heedful import Engine
from heedful.admit.policy import Admitter
from heedful.ask import best_f1
from heedful.config import LLMConfig
from heedful.models.base import Generation, Generator, Message
from heedful.models.generator import load_generator


class Remembered(Generator):
    """A generator whose yes/no probabilities are kept in a JSONL file (one line per answer, appended
    as it comes), keyed by the model's name and the messages."""

    def __init__(self, inner: Generator, path: Path) -> None:
        self.inner, self.path, self.name = inner, path, inner.name
        self.memo = {key: float(r["p"]) for key, r in read_done(path).items()}  # a cut last line is dropped
        self.asked = self.remembered = 0

    def generate(self, messages: Sequence[Message], **kw: Any) -> Generation:
        return self.inner.generate(messages, **kw)

    def yes_probability(self, messages: Sequence[Message]) -> float:
        key = hashlib.sha256(json.dumps([self.name, *messages], sort_keys=True).encode()).hexdigest()
        if key in self.memo:
            self.remembered += 1
        else:
            self.memo[key] = float(self.inner.yes_probability(messages))
            self.asked += 1
            with self.path.open("a", encoding="utf-8") as f:
                f.write(json.dumps({"_id": key, "p": self.memo[key]}) + "\n")
        return self.memo[key]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mode", default="plan")
    ap.add_argument("--start", type=int, default=0)
    ap.add_argument("--n", type=int, default=100)
    ap.add_argument("--audit", required=True, help="JSONL: _id of the question, supported, failing, why")
    ap.add_argument("--index", default=str(WORK / "hotpotqa"))
    ap.add_argument("--cache", default=None, help="JSONL file of remembered yes/no probabilities")
    ap.add_argument("--llm-url", default=None, help="an OpenAI-compatible server as the judge instead of the local GGUF")
    ap.add_argument("--llm-model", default=None, help="the model name on that server")
    ap.add_argument("--llm-threads", type=int, default=None)
    ap.add_argument("--name", default=None, help="results file name (default admit_real_<mode>_<first>_<last>)")
    args = ap.parse_args()
    data = require_shared("hotpotqa")
    queries = read_jsonl(data / "queries.jsonl")[args.start: args.start + args.n]
    llm: Generator = load_generator(LLMConfig.from_env(base_url=args.llm_url, model=args.llm_model,
                                                       threads=args.llm_threads))
    if args.cache:
        llm = Remembered(llm, Path(args.cache))
    engine = Engine.open(args.index, create=False)
    admitter = Admitter(engine, llm=llm)
    rows: list[dict[str, Any]] = []
    for q, row, cand in offered_candidates(args.mode, queries):
        t0 = time.perf_counter()
        d = admitter.admit(cand, dry_run=True)
        rows.append({"_id": q["_id"], "admitted": d.admitted, "right": best_f1(row["answer"], q["answers"]) >= 0.8,
                     "seconds": time.perf_counter() - t0, "calls": d.llm_calls, "reasons": list(d.reasons),
                     "gates": {k: round(g.score, 4) for k, g in d.gates.items() if g.ran},
                     "entailment": [{k: e.get(k) for k in ("as", "p_supported", "note")}
                                    for e in d.gates["entailment"].evidence] if d.gates["entailment"].ran else [],
                     "answer": cand.answer})
        print(f"{len(rows):3d} {'ADMIT' if d.admitted else 'reject'} {d.reasons[:1]}", flush=True)
    # read at the end: the audit can be written while the gates run
    audit = {a["_id"]: a for a in read_jsonl(Path(args.audit))}
    missing = [r["_id"] for r in rows if r["_id"] not in audit]
    if missing:
        raise SystemExit(f"{args.audit} has no verdict for {missing}")
    for r in rows:
        verdict = audit[r["_id"]]
        r["audit"] = "supported" if verdict["supported"] else (
            "bridge" if str(verdict.get("why", "")).startswith("Bridge") else "unstated")
    by: dict[str, list[bool]] = {k: [r["admitted"] for r in rows if r["audit"] == k]
                                 for k in ("supported", "unstated", "bridge")}
    admitted = [r for r in rows if r["admitted"]]
    remembered = ""
    if isinstance(llm, Remembered) and llm.remembered:
        remembered = (f" ({llm.remembered} of {llm.remembered + llm.asked} yes/no answers remembered from an "
                      "earlier run: those seconds are not the model's)")
    bad_in = sum(1 for r in admitted if r["audit"] != "supported")
    precision = (len(admitted) - bad_in) / len(admitted) if admitted else 1.0
    recall = sum(by["supported"]) / len(by["supported"]) if by["supported"] else 0.0
    first, last = args.start + 1, args.start + len(queries)
    lines = [
        (f"Admission of heedful's own `{args.mode}` answers to HotpotQA questions {first}-{last} ({len(rows)} "
         f"found an answer), default gates and thresholds, against the support audit `{args.audit}`."),
        "",
        "| audit | answers | admitted | share |",
        "|---|---|---|---|",
        *(f"| {k} | {len(v)} | {sum(v)} | {sum(v) / len(v) if v else 0.0:.1%} |" for k, v in by.items()),
        "",
        f"- precision (supported among admitted): **{precision:.3f}** ({len(admitted) - bad_in} of {len(admitted)})",
        f"- supported answers admitted: **{recall:.1%}**; unsupported admitted: **{bad_in}**",
        (f"- admitted answers right by gold (F1 >= 0.8): {sum(r['right'] for r in admitted)} of {len(admitted)}; "
         f"corpus share unsupported if all admitted were written back: {bad_in / len(admitted) if admitted else 0.0:.1%}"),
        (f"- cost per answer: mean {statistics.mean(r['seconds'] for r in rows):.2f} s, LLM calls mean "
         f"{statistics.mean(r['calls'] for r in rows):.2f}" + remembered),
        "",
        "Unsupported answers admitted:",
        "",
        *(f"- {r['_id']} ({r['audit']}): {r['answer'][:160]}" for r in admitted if r["audit"] != "supported"),
    ]
    results = {"mode": args.mode, "start": args.start, "n": len(rows), "audit": args.audit,
               "per_audit": {k: {"n": len(v), "admitted": sum(v)} for k, v in by.items()},
               "precision": precision, "recall": recall, "rows": rows}
    name = args.name or f"admit_real_{args.mode}_{first}_{last}"
    print(Path(save(name, results, "\n".join(lines))).read_text())


if __name__ == "__main__":
    main()
