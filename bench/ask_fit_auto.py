"""Fit auto's thresholds on a dev half of HotpotQA, by replaying answers already made.

``auto`` retrieves first (or, with ``closed_book_confidence`` set, makes a closed-book attempt
first), then runs ITER-RETGEN rounds that stop early. With greedy decoding its closed-book call is
the ``closed-book`` mode's call and its rounds are a prefix of the ``iter-retgen`` mode's rounds
(same queries, same drafts). So for any thresholds its answer and its LLM calls follow exactly
from the traces bench/ask_hotpotqa.py saved for those two modes (bench/work/ask/), with no new
LLM call; the check that the first retrieval found anything about the question
(:func:`heedful.ask.passages.about`) is made on the excerpts the synthesizer read, rebuilt from
the corpus. This script replays a grid over the dev half (the first ``--dev`` questions), keeps the
settings within 1 F1 point of iter-retgen there, picks the one with the fewest LLM calls, and
reports it on the other half next to iter-retgen's own F1 and calls.

    python bench/ask_hotpotqa.py --limit 100 --modes closed-book,iter-retgen   # the traces
    python bench/ask_fit_auto.py [--dev 50] [--limit 100]

With ``--escalation plan`` it fits ``AskConfig(auto_escalation="plan")`` instead: auto runs plan's
rounds with a draft after each, ending them at a sure one. Its first round is ``plan`` with
``--max-iterations 2`` (one planner call, its searches, a draft over all found); when that draft is
unsure, the planner's second call is ``plan``'s (same input) and so is the draft after its searches.
So auto's answer and calls follow from the committed answers (bench/results/answers: each step's
kind and the synthesizer's confidence) of ``closed-book``, ``plan`` and ``plan`` at 2 rounds, with
no LLM call; it reports the grid over all the questions given (the dev questions: the held-out ones
are then asked live, by ``ask_hotpotqa.py --modes auto``).

    python bench/ask_hotpotqa.py --limit 100 --modes closed-book,plan
    python bench/ask_hotpotqa.py --limit 100 --modes plan --max-iterations 2
    python bench/ask_fit_auto.py --escalation plan --limit 100
"""

from __future__ import annotations

import argparse
import statistics

from _ask import DEFAULT_K, kept_path
from _util import WORK, read_jsonl, require_shared, save

from heedful.ask import best_f1
from heedful.ask.answers import normalize_answer
from heedful.ask.passages import about
from heedful.ask.types import Source
from heedful.config import AskConfig
from heedful.rank.llm_judge import excerpt

GRID = (0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 1.01)
BOOK = (None, *GRID)  # None: retrieve first, no closed-book attempt before
PLANNED_GRID = (0.0, 0.3, 0.4, *GRID)  # 0: any found draft ends the rounds
BUDGET = 0.70  # auto's calls, as a share of the best fixed mode's, that the issue allows


def rounds(row: dict) -> list[tuple[str, bool, float]]:
    """(short answer, found, confidence) of each iter-retgen round, in order."""
    out = []
    steps = [s for s in row["trace"] if s["kind"] == "synthesize"]
    for n, step in enumerate(steps, 1):
        draft = step["draft"]
        found = not draft.upper().startswith("NOT FOUND")
        answer = draft.split(". ", 1)[0].strip().rstrip(".") if found else ""
        if n == len(steps) and found and row["found"]:
            answer = row["answer"]  # the last round's answer is the row's own
        out.append((answer, found, float(step.get("confidence") or 0.0)))
    return out


def knows(question: str, first: list[str], corpus: dict[str, dict]) -> bool:
    """Whether the first retrieval (its document ids) found something about the question, as auto
    judges it (:func:`heedful.ask.passages.about`) on the excerpts its synthesizer reads, rebuilt
    from each document's whole text."""
    words = AskConfig().passage_words
    return about(question, [Source(d, corpus[d].get("title", ""), excerpt(question, corpus[d]["text"], max_words=words))
                            for d in first])


def replay(cb: dict, it: dict, t_book: float | None, t_evidence: float, knows: bool) -> tuple[str, int]:
    """auto's answer and LLM calls for one question at the given thresholds; ``knows``: the first
    retrieval found something about the question."""
    memory = cb["answer"] if cb["found"] else ""
    calls = 0
    if t_book is not None:
        calls = 1
        if cb["found"] and float(cb["trace"][0].get("confidence") or 0.0) >= t_book:
            return cb["answer"], 1
    if not knows:
        return memory, max(calls, 1)  # from memory, nothing read (the attempt made, or one call)
    best, prev = None, None
    for answer, found, c in rounds(it):
        calls += 1
        if found or best is None or not best[1]:
            best = (answer, found)
        if found and c >= t_evidence:
            break
        if prev is not None and prev[1] == found and normalize_answer(prev[0]) == normalize_answer(answer):
            break
        prev = (answer, found)
    if best is None or not best[1]:
        return memory, calls + (t_book is None)  # the closed-book answer, asked only now when not before
    return best[0], calls


def planned(cb: dict | None, one: dict, full: dict, t: float, knows: bool) -> tuple[str, int]:
    """auto's answer and LLM calls with ``auto_escalation="plan"`` at ``evidence_confidence`` ``t``,
    from one question's answers in ``plan`` at 2 rounds (``one``) and at 3 (``full``) and closed-book
    (``cb``: its answer is the memory auto falls back on)."""
    memory = cb["answer"] if cb is not None and cb["found"] else ""
    if not knows:
        return memory, 1
    kinds = [s["kind"] for s in one["steps"]]
    conf = float([s for s in one["steps"] if s["kind"] == "synthesize"][-1].get("confidence") or 0.0)
    if kinds.index("plan") + 1 == kinds.index("synthesize"):  # the planner had enough at once
        return (one["answer"], 2) if one["found"] else (memory, 3)
    if one["found"] and conf >= t:
        return one["answer"], 2
    kinds = [s["kind"] for s in full["steps"]]
    second = [i for i, k in enumerate(kinds) if k == "plan"][1]
    if kinds[second + 1] != "retrieve":  # the second planner call had enough: the first draft stands
        return (one["answer"], 3) if one["found"] else (memory, 4)
    for row in (full, one):
        if row["found"]:
            return row["answer"], 4
    return memory, 5


def fit_planned(args: argparse.Namespace) -> None:
    data = require_shared("hotpotqa")
    questions = {q["_id"]: q for q in read_jsonl(data / "queries.jsonl")}
    corpus = {d["_id"]: d for d in read_jsonl(data / "corpus.jsonl")}
    cb, full, one = ({r["_id"]: r for r in read_jsonl(kept_path(name, mode))}
                     for name, mode in (("hotpotqa", "closed-book"), ("hotpotqa", "plan"), ("hotpotqa-r2", "plan")))
    order = [i for i in questions if i in full and i in one][: args.limit]
    # the first retrieval's ids lead the ids read (DEFAULT_K of them: its own, all new)
    known = {i: knows(questions[i]["text"], one[i]["retrieved"][:DEFAULT_K], corpus) for i in order}

    def f1(answers: list[str]) -> float:
        return statistics.mean(best_f1(a, questions[i]["answers"]) if a else 0.0
                               for a, i in zip(answers, order, strict=True))

    def fixed(rows: dict) -> tuple[float, float]:
        return (f1([rows[i]["answer"] if rows[i]["found"] else "" for i in order]),
                statistics.mean(rows[i]["cost"]["llm_calls"] for i in order))

    plan_f1, plan_calls = fixed(full)
    one_f1, one_calls = fixed(one)
    grid = []
    for t in PLANNED_GRID:
        got = [planned(cb.get(i), one[i], full[i], t, known[i]) for i in order]
        grid.append((t, f1([a for a, _ in got]), statistics.mean(c for _, c in got)))
    # the bar: F1 within 1 point of plan's at no more than 70% of its calls. The highest F1
    # within that budget (fewer calls among equals); with none inside it, the fewest calls
    cheap = [g for g in grid if g[2] <= BUDGET * plan_calls]
    chosen = max(cheap, key=lambda g: (g[1], -g[2])) if cheap else min(grid, key=lambda g: g[2])
    missing = sum(1 for i in order if i not in cb)
    lines = [
        (f"auto with `auto_escalation=\"plan\"` replayed from committed answers (bench/results/answers) of "
         f"plan at 3 and at 2 rounds and closed-book, HotpotQA questions 1-{len(order)}; `k` = 5."),
        "",
        "| | evidence_confidence | F1 | LLM calls | calls / plan's |",
        "|---|---|---|---|---|",
        f"| plan (3 rounds) | | {plan_f1:.3f} | {plan_calls:.2f} | 1.00 |",
        f"| plan, 2 rounds | | {one_f1:.3f} | {one_calls:.2f} | {one_calls / plan_calls:.2f} |",
        *[f"| auto{' (chosen: highest F1 at <= 70% of the calls of plan)' if g == chosen else ''} | {g[0]} | "
          f"{g[1]:.3f} | {g[2]:.2f} | {g[2] / plan_calls:.2f} |" for g in grid],
        "",
        (f"The first retrieval found nothing about the question (auto then answers from memory) for "
         f"{sum(not known[i] for i in order)} of {len(order)} questions"
         + (f"; {missing} have no closed-book answer (memory counts as no answer)" if missing else "") + "."),
    ]
    results = {"escalation": "plan", "questions": len(order), "chosen": {"evidence_confidence": chosen[0]},
               "plan": {"f1": plan_f1, "calls": plan_calls}, "plan_2_rounds": {"f1": one_f1, "calls": one_calls},
               "grid": [{"evidence_confidence": t, "f1": f, "calls": c} for t, f, c in grid]}
    print(save("ask_fit_auto_plan", results, "\n".join(lines)).read_text())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dev", type=int, default=50)
    ap.add_argument("--limit", type=int, default=100)
    ap.add_argument("--escalation", choices=("iter-retgen", "plan"), default="iter-retgen",
                    help="which auto to fit (AskConfig.auto_escalation)")
    args = ap.parse_args()
    if args.escalation == "plan":
        fit_planned(args)
        return
    data = require_shared("hotpotqa")
    questions = {q["_id"]: q for q in read_jsonl(data / "queries.jsonl")}
    corpus = {d["_id"]: d for d in read_jsonl(data / "corpus.jsonl")}
    cb = {r["_id"]: r for r in read_jsonl(WORK / "ask" / "hotpotqa-closed-book.jsonl")}
    it = {r["_id"]: r for r in read_jsonl(WORK / "ask" / "hotpotqa-iter-retgen.jsonl")}
    order = [i for i in questions if i in cb and i in it][: args.limit]
    halves = {"dev": order[: args.dev], "test": order[args.dev:]}
    known = {i: knows(questions[i]["text"], next(s for s in it[i]["trace"] if s["kind"] == "retrieve")["retrieved"],
                      corpus) for i in order}

    def figures(ids: list[str], tb: float | None, te: float) -> tuple[float, float]:
        got = [replay(cb[i], it[i], tb, te, known[i]) for i in ids]
        return (statistics.mean(best_f1(a, questions[i]["answers"]) if a else 0.0
                                for (a, _), i in zip(got, ids, strict=True)),
                statistics.mean(c for _, c in got))

    def fixed(ids: list[str]) -> tuple[float, float]:
        return (statistics.mean(best_f1(it[i]["answer"], questions[i]["answers"]) if it[i]["found"] else 0.0
                                for i in ids),
                statistics.mean(it[i]["cost"]["llm_calls"] for i in ids))

    def name(tb: float | None) -> str:
        return "none (retrieve first)" if tb is None else str(tb)

    it_dev_f1, it_dev_calls = fixed(halves["dev"])
    grid = [(tb, te, *figures(halves["dev"], tb, te)) for tb in BOOK for te in GRID]
    ok = [g for g in grid if g[2] >= it_dev_f1 - 0.01]
    def fewest(settings: list[tuple]) -> tuple:
        """The setting with the fewest calls, the higher F1 among equals."""
        return min(settings, key=lambda g: (g[3], -g[2]))

    tb, te, dev_f1, dev_calls = fewest(ok) if ok else max(grid, key=lambda g: g[2])
    book = [g for g in ok if g[0] is not None]
    rows = [
        f"| dev: iter-retgen | | | {it_dev_f1:.3f} | {it_dev_calls:.2f} | 1.00 |",
        (f"| dev: auto, chosen (fewest calls within 1 F1 point of iter-retgen) | {name(tb)} | {te} | {dev_f1:.3f} | "
         f"{dev_calls:.2f} | {dev_calls / it_dev_calls:.2f} |"),
    ]
    # then each setting on the other questions (on the same ones when there are none): the chosen one,
    # the best a closed-book attempt first can do (chosen the same way), the first auto's hand-set thresholds
    report = [("auto, chosen", tb, te)]
    if book:
        report.append(("closed-book attempt first, chosen the same way", *fewest(book)[:2]))
    report.append(("the hand-set 0.90 / 0.90 of the first auto", 0.90, 0.90))
    shown, base_calls = "dev", it_dev_calls
    if halves["test"]:
        shown = "test"
        it_test_f1, base_calls = fixed(halves["test"])
        rows.append(f"| test: iter-retgen | | | {it_test_f1:.3f} | {base_calls:.2f} | 1.00 |")
    measured = {label: figures(halves[shown], a, b) for label, a, b in report}
    for label, a, b in report[(shown == "dev"):]:  # the chosen setting's dev row is above
        f1, calls = measured[label]
        rows.append(f"| {shown}: {label} | {name(a)} | {b} | {f1:.3f} | {calls:.2f} | {calls / base_calls:.2f} |")
    held = f", {args.dev + 1}-{len(order)} to report" if halves["test"] else ""
    lines = [
        (f"auto's thresholds replayed from saved closed-book and iter-retgen traces (HotpotQA questions 1-"
         f"{len(halves['dev'])} to choose{held}; `k` = 5, 3 rounds)."),
        "",
        "| | closed_book_confidence | evidence_confidence | F1 | LLM calls | calls / iter-retgen's |",
        "|---|---|---|---|---|---|",
        *rows,
        "",
        (f"The first retrieval found nothing about the question (auto then answers from memory) for "
         f"{sum(not known[i] for i in order)} of {len(order)} questions. Short answers of rounds before the last "
         "are read from the trace's draft (its text up to the first '. '), an approximation for answers that "
         "contain '. '; the excerpts `about` reads are rebuilt from each document's whole text (a long document's "
         "best passage may differ)."),
        "",
        "Dev grid, the settings within 1 F1 point of iter-retgen, fewest calls first:",
        "",
        "| closed_book_confidence | evidence_confidence | F1 | calls |",
        "|---|---|---|---|",
        *[f"| {name(a)} | {b} | {c:.3f} | {d:.2f} |" for a, b, c, d in sorted(ok, key=lambda g: g[3])[:8]],
    ]
    results = {"chosen": {"closed_book_confidence": tb, "evidence_confidence": te},
               "unknown_questions": sum(not known[i] for i in order),
               "dev": {"f1": dev_f1, "calls": dev_calls, "iter_retgen_f1": it_dev_f1, "iter_retgen_calls": it_dev_calls},
               "test": dict(zip(("f1", "calls"), measured["auto, chosen"], strict=True)) if halves["test"] else None,
               "grid": [{"closed_book_confidence": a, "evidence_confidence": b, "f1": c, "calls": d}
                        for a, b, c, d in grid]}
    print(save("ask_fit_auto", results, "\n".join(lines)).read_text())


if __name__ == "__main__":
    main()
