"""Ask on the news quiz: multiple-choice accuracy as of each question's date, and leakage.

Each RealTime QA quiz question from 2022-06-10 on (../shared/bench/news/questions.jsonl: ``choices``,
``answer``, ``question_date``) is asked with ``Engine.ask(..., as_of=question_date, choices=...)``,
closed-book, single and auto by default (an empty or repeated choice, in 9 of the 7,852 questions, is
left out). Accuracy: the answer is one of the gold choices. Leakage:
cited (and read) documents dated after the question date; it must be 0.

The index is bench/work/news (built by bench/news_speed.py: 26.6k articles, lead passage). Without
it, ``--small-index`` builds bench/work/ask/news-small from only the articles the stored searches
returned for the questions asked (retrieved.tsv: about 8 per question, some dated after the
question), which is far easier than the whole corpus: use it to check the script, not for figures.

Answers are appended per mode to bench/work/ask/news[-small]-<mode>.jsonl and, without their traces,
to bench/results/answers/ (committed: a run resumes from them on another machine).

    python bench/ask_news.py --limit 300 [--modes closed-book,single,auto] [--small-index] [--name NAME]
"""

from __future__ import annotations

import argparse
import gzip
import json
from collections import defaultdict

from _ask import (
    ASK_WORK,
    SMOKE_NOTE,
    add_llm_options,
    cost_figures,
    load_llm,
    mean,
    parse_modes,
    run_mode,
)
from _util import WORK, require_shared, save

from heedful import Engine
from heedful.config import ChunkConfig
from heedful.types import Document

NEED = 300
FIRST_DAY = "2022-06-10"  # the first question with stored search results


def small_index(questions: list[dict], retrieved: dict[str, list[str]]) -> Engine:
    """An index of the articles the stored searches returned for ``questions`` (lead passage only)."""
    path = ASK_WORK / "news-small"
    want = {d for q in questions for d in retrieved.get(q["_id"], [])}
    engine = Engine.open(path, chunk=ChunkConfig(max_words=120, overlap_words=20, max_passages=1))
    chosen = []
    with gzip.open(require_shared("news", "corpus.jsonl.gz"), "rt") as f:
        for line in f:
            d = json.loads(line)
            if d["_id"] in want and d["publish_date"]:
                meta = {"source": d["source"], "publish_date": d["publish_date"]}
                chosen.append(Document(d["_id"], d["text"], d["title"], meta))
    engine.index(chosen, fields={"publish_date": "date", "source": "string"})
    return engine


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, default=NEED, help=f"the first N questions from {FIRST_DAY} (default {NEED})")
    ap.add_argument("--modes", default="closed-book,single,auto", help="comma-separated modes")
    ap.add_argument("--small-index", action="store_true",
                    help="index only the articles retrieved.tsv lists for these questions (a smoke test)")
    ap.add_argument("--name", default="ask_news", help="results/NAME.md and .json (default ask_news)")
    add_llm_options(ap)
    args = ap.parse_args()
    modes = parse_modes(ap, args.modes)
    retrieved: dict[str, list[str]] = defaultdict(list)
    for line in require_shared("news", "retrieved.tsv").read_text().splitlines()[1:]:
        qid, did, _ = line.split("\t")
        retrieved[qid].append(did)
    questions = [json.loads(line) for line in require_shared("news", "questions.jsonl").read_text().splitlines()]
    questions = [q for q in questions if q["question_date"] >= FIRST_DAY][: args.limit]
    for q in questions:  # a few questions list a choice twice or an empty one: asked without them
        q["choices"] = list(dict.fromkeys(c for c in q["choices"] if c.strip()))
    if args.small_index:
        engine, name = small_index(questions, retrieved), "news-small"
    else:
        if not (WORK / "news" / "heedful.json").exists():
            raise SystemExit("no index at bench/work/news; build it with `python bench/news_speed.py`, or pass "
                             "--small-index for a smoke test")
        engine, name = Engine.open(WORK / "news", create=False), "news"
    llm = load_llm(args)

    per_mode = {}
    for mode in modes:
        done = run_mode(engine, llm, name, mode, questions,
                        lambda q: {"as_of": q["question_date"], "choices": q["choices"]}, args)
        rows = [done[q["_id"]] for q in questions]
        day = {q["_id"]: q["question_date"] for q in questions}
        gold = {q["_id"]: set(q["answer"]) for q in questions}
        read = sorted({d for r in rows for d in r["retrieved"]})
        dates = {c.doc_id: str(c.metadata.get("publish_date")) for c in engine.store.passages(read)}
        cited_late = [d for r in rows for d in r["citations"] if dates.get(d, "") > day[r["_id"]]]
        read_late = [d for r in rows for d in r["retrieved"] if dates.get(d, "") > day[r["_id"]]]
        per_mode[mode] = {
            "questions": len(rows),
            "accuracy": mean([1.0 if r["answer"] in gold[r["_id"]] else 0.0 for r in rows]),
            "answered_from_choices": mean([1.0 if r["answer"] in q["choices"] else 0.0
                                           for r, q in zip(rows, questions, strict=True)]),
            "cited_after_question_date": len(cited_late),
            "read_after_question_date": len(read_late),
            "citations": sum(len(r["citations"]) for r in rows),
            **cost_figures(rows),
        }

    lines = [
        (f"RealTime QA news quiz, first {len(questions)} questions from {FIRST_DAY}, each asked as of its date "
        f"with its choices; index {name} ({engine.info()['documents']} articles, lead passage); k = {args.k}; "
        f"model {llm.name}. Chance is about 1 in {round(mean([len(q['choices']) for q in questions]))}."),
        "",
        ("| mode | accuracy | answer is a choice | cited after the question date (of all citations) | "
        "read after it | retrieved (share) | LLM calls | passages read | p50 s |"),
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for mode, m in per_mode.items():
        lines.append(
            f"| {mode} | {m['accuracy']:.3f} | {m['answered_from_choices']:.2f} | {m['cited_after_question_date']} "
            f"(of {m['citations']}) | {m['read_after_question_date']} | {m['retrieved_share']:.2f} | "
            f"{m['llm_calls']:.2f} | {m['passages_read']:.1f} | {m['p50_seconds']:.1f} |")
    if args.small_index:
        lines += ["", SMOKE_NOTE.format(n=len(questions), need=NEED)
                  + " The index holds only the articles the stored searches returned for these questions."]
    elif len(questions) < NEED:
        lines += ["", (f"**Partial run**: {len(questions)} of the {NEED} questions the benchmark needs, on the "
                       "whole index; the answer files resume where it stopped.")]
    table = "\n".join(lines)
    print(table)
    print(save(args.name, {"questions": len(questions), "index": name, "k": args.k, "model": llm.name,
                            "modes": per_mode}, table))


if __name__ == "__main__":
    main()
