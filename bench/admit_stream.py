"""Write-back over time: does writing answers back help later questions, and what does it pollute?

A stream of HotpotQA questions is answered once (``--first`` mode, default ``auto``, the mode a
user gets: the answers bench/ask_hotpotqa.py already wrote on the unchanged index, read from their
committed copy bench/results/answers/hotpotqa-<mode>.jsonl, or from bench/work/ask/ when there is
none; so the first pass is the same for every policy), then each answer is written
back under three policies, each into its own copy of the HotpotQA index:

- ``off``: nothing is written back;
- ``naive``: every answer the model gave (not NOT FOUND) becomes a document, cited or not (no gates);
- ``gated``: ``Engine.admit`` decides (the defaults a user gets).

Then the same questions are asked again (``single``) on each copy: answer F1 on the later pass,
how many documents were added, how many of them are wrong (their short answer shares no word with any
gold answer) and how many unsupported (the documents they cite do not state them, by a support audit of
the first-pass answers that ``--audit`` names: each read against its cited documents by someone who
saw neither the gates nor their verdicts, nor the gold answers): what a polluted corpus holds; and
how often the later answers cite an added document and are then wrong. With ``--experience``, the questions whose first answer the
gates rejected are asked again in ``plan`` mode on the gated copy, with the planner shown the past
rejections of similar questions and without: does the experience store change what it finds?

    python bench/admit_stream.py [--start 50] [--n 40] [--first auto] [--experience] [--audit FILE] [--llm-threads 2] [--name NAME]
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import time
from pathlib import Path
from typing import Any

from _ask import kept_path, read_done, saved_answer
from _util import ROOT, WORK, read_jsonl, require_shared, save, src_tree

from heedful import Document, Engine
from heedful.admit.policy import GENERATED_FIELDS, Admitter, candidate_from_answer
from heedful.ask import best_f1
from heedful.config import LLMConfig
from heedful.models.generator import load_generator

POLICIES = ("off", "naive", "gated")
AUDIT = ROOT / "bench" / "data" / "admit-hotpotqa" / "stream-audit.jsonl"


def pitfalls_effect(queries: list[dict], first: dict, index: Path, llm: Any) -> dict:
    """Ask again, in plan mode, the questions whose first answer was rejected: with and without the
    planner seeing past rejections."""
    from heedful.admit.policy import Experience
    from heedful.ask.answers import normalize_answer
    from heedful.config import AskConfig

    engine = Engine.open(index, create=False)
    rejected = {r["_id"]: r for r in Experience.of(index).records()}
    by_question = {r["question"]: r for r in rejected.values()}
    todo = [q for q in queries if " ".join(q["text"].split()) in by_question]
    out: dict[str, Any] = {"n": len(todo)}
    for name, config in (("with", AskConfig(pitfalls=3)), ("without", AskConfig(pitfalls=0))):
        f1s, repeats, calls = [], 0, []
        for q in todo:
            a = engine.ask(q["text"], mode="plan", llm=llm, config=config)
            f1s.append(best_f1(a.text, q["answers"]))
            old = first[q["_id"]]["answer"]
            repeats += normalize_answer(a.text) == normalize_answer(old)
            calls.append(a.cost.llm_calls)
        out[name] = {"f1": statistics.mean(f1s) if f1s else 0.0, "repeats": repeats,
                     "calls": statistics.mean(calls) if calls else 0.0}
        print("experience", name, out[name], flush=True)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--start", type=int, default=50, help="skip the first N questions (the admission dev half)")
    ap.add_argument("--n", type=int, default=40, help="questions in the stream")
    ap.add_argument("--index", default=str(WORK / "hotpotqa"))
    ap.add_argument("--first", default="auto", help="the mode of the first pass (its saved answers)")
    ap.add_argument("--experience", action="store_true",
                    help="also ask the questions whose answer was rejected again in plan mode, with and without pitfalls")
    ap.add_argument("--llm-threads", type=int, default=None)
    ap.add_argument("--name", default="admit_stream", help="results file name (bench/results/NAME.md)")
    ap.add_argument("--audit", default=str(AUDIT),
                    help="support audit of the first-pass answers (JSONL: _id of the question, supported)")
    args = ap.parse_args()
    data = require_shared("hotpotqa")
    queries = read_jsonl(data / "queries.jsonl")[args.start: args.start + args.n]
    kept = kept_path("hotpotqa", args.first)  # the committed copy, else this machine's whole answers
    first = read_done(kept if kept.exists() else WORK / "ask" / f"hotpotqa-{args.first}.jsonl")
    queries = [q for q in queries if q["_id"] in first]
    llm = load_generator(LLMConfig(threads=args.llm_threads))
    out: dict[str, dict] = {}
    # each policy's figures are kept as it ends (an hour of asking is not lost to a later failure) and
    # reused by a run of the same stream on the same library code; not with --experience, which asks
    # again on the gated copy of the index this run writes
    key = {"start": args.start, "questions": [q["_id"] for q in queries], "first": args.first,
           "index": str(Path(args.index).resolve()), "src": src_tree()}
    reused: list[str] = []
    for policy in POLICIES:
        kept_out = WORK / "admit-stream" / f"{args.name}-{policy}.json"
        if key["src"] and not args.experience and kept_out.exists() and (prior := json.loads(kept_out.read_text()))["key"] == key:
            out[policy] = prior["out"]
            reused.append(policy)
            print(policy, "(kept from an earlier run of this stream)", out[policy], flush=True)
            continue
        path = WORK / "admit-stream" / policy
        shutil.rmtree(path, ignore_errors=True)
        path.parent.mkdir(parents=True, exist_ok=True)
        shutil.copytree(args.index, path)
        engine = Engine.open(path, create=False)
        added: list[tuple[str, float, str]] = []  # (doc id, F1 of its short answer against gold, question id)
        t0 = time.perf_counter()
        admitter = Admitter(engine, llm=llm)
        for q in queries:
            row = first[q["_id"]]
            if policy == "off" or row["answer"].strip().upper() in ("", "NOT FOUND"):
                continue
            cand = candidate_from_answer(q["text"], saved_answer(row), model=llm.name)
            f1 = best_f1(row["answer"], q["answers"])
            if policy == "naive":
                doc = Document("naive-" + cand.id, cand.answer, title=cand.question,
                               metadata={"kind": "generated", "question": cand.question, "cites": list(cand.citations)})
                engine.upsert([doc], fields={k: v for k, v in GENERATED_FIELDS.items() if k in doc.metadata})
                added.append((doc.id, f1, q["_id"]))
            else:
                decision = admitter.admit(cand)
                if decision.admitted and decision.doc_id:
                    added.append((decision.doc_id, f1, q["_id"]))
        write_secs = time.perf_counter() - t0
        later = []
        t0 = time.perf_counter()
        added_ids = {d for d, _, _ in added}
        for q in queries:
            a = engine.ask(q["text"], mode="single", llm=llm)
            f1 = best_f1(a.text, q["answers"])
            later.append({"f1": f1, "cites_added": bool(set(a.citations) & added_ids)})
        out[policy] = {
            "added": len(added),
            "added_wrong": sum(1 for _, f, _ in added if f == 0.0),
            "added_questions": [qid for _, _, qid in added],
            "later_f1": statistics.mean(x["f1"] for x in later),
            "later_cite_added": sum(x["cites_added"] for x in later),
            "later_wrong_citing_added": sum(1 for x in later if x["cites_added"] and x["f1"] == 0.0),
            "write_seconds": write_secs, "ask_seconds": time.perf_counter() - t0,
        }
        kept_out.write_text(json.dumps({"key": key, "out": out[policy]}))
        print(policy, out[policy], flush=True)
    experience = pitfalls_effect(queries, first, WORK / "admit-stream" / "gated", llm) if args.experience else None
    first_f1 = statistics.mean(best_f1(first[q["_id"]]["answer"], q["answers"]) for q in queries)
    # read at the end: the audit of the first-pass answers can be written while the stream runs
    audit = {a["_id"]: a for a in read_jsonl(Path(args.audit))} if Path(args.audit).exists() else {}
    lines = [
        (f"Write-back over a stream of {len(queries)} HotpotQA questions (questions {args.start + 1}-"
        f"{args.start + len(queries)}); the first answers (`{args.first}` mode) are written back under each "
        "policy, the same questions are then asked again in `single` mode."),
        "",
        f"First pass (the same for every policy): F1 {first_f1:.3f}.",
        "",
        ("| policy | documents added | of them wrong (F1 0 vs gold) | share wrong | of them unsupported (audit) | "
         "share unsupported | later F1 | later answers citing an added document | of those, wrong |"),
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for policy in POLICIES:
        o = out[policy]
        n = o["added"]
        if audit:
            missing = [qid for qid in o["added_questions"] if qid not in audit]
            if missing:
                raise SystemExit(f"{args.audit} has no verdict for {missing}")
            o["added_unsupported"] = sum(not audit[qid]["supported"] for qid in o["added_questions"])
            unsupported = f"{o['added_unsupported']} | {o['added_unsupported'] / n if n else 0.0:.1%}"
        else:
            unsupported = "| "
        lines.append(f"| {policy} | {n} | {o['added_wrong']} | {o['added_wrong'] / n if n else 0.0:.1%} | "
                     f"{unsupported} | {o['later_f1']:.3f} | {o['later_cite_added']} | {o['later_wrong_citing_added']} |")
    if audit:
        lines += ["", (f"Unsupported: the audit (`{Path(args.audit).resolve().relative_to(ROOT)}`) found a statement of the "
                       "answer, its short answer as the answer to the question included, that its cited documents "
                       "do not state (an answer citing nothing is unsupported).")]
    if reused:
        lines += ["", (f"The figures of {', '.join(reused)} were kept when that policy ended in an earlier run of "
                       f"this stream, on the same library code (src tree {str(key['src'])[:10]}), and reused here.")]
    if experience is not None:
        e = experience
        lines += [
            "",
            (f"Experience: the {e['n']} questions whose first answer the gates rejected, asked again in `plan` mode on "
            "the gated copy, with the planner shown the past rejections of similar questions (the default) and "
            "without (`AskConfig(pitfalls=0)`):"),
            "",
            "| planner | F1 | answers repeating the rejected one | LLM calls per question |",
            "|---|---|---|---|",
            f"| with pitfalls | {e['with']['f1']:.3f} | {e['with']['repeats']} | {e['with']['calls']:.2f} |",
            f"| without | {e['without']['f1']:.3f} | {e['without']['repeats']} | {e['without']['calls']:.2f} |",
        ]
    results = {"questions": len(queries), "start": args.start, "first_f1": first_f1, "policies": out,
               "experience": experience}
    print(Path(save(args.name, results, "\n".join(lines))).read_text())


if __name__ == "__main__":
    main()
