"""Fit auto's two thresholds on a dev half of HotpotQA, by replaying answers already made.

``auto`` is a closed-book attempt, then ITER-RETGEN rounds that stop early; with greedy decoding its
closed-book call is the ``closed-book`` mode's call and its rounds are a prefix of the
``iter-retgen`` mode's rounds (same queries, same drafts). So for any
(``closed_book_confidence``, ``evidence_confidence``) its answer and its LLM calls follow exactly
from the traces bench/ask_hotpotqa.py saved for those two modes (bench/work/ask/), with no new
LLM call. This script replays every pair on a grid over the dev half (the first ``--dev``
questions), keeps the pairs within 1 F1 point of iter-retgen on the dev half, picks the one with the
fewest LLM calls, and reports it on the other half next to iter-retgen's own F1 and calls.

    python bench/ask_fit_auto.py [--dev 50] [--limit 100]
"""

from __future__ import annotations

import argparse
import statistics

from _util import WORK, read_jsonl, require_shared, save

from heedful.ask import best_f1
from heedful.ask.answers import normalize_answer

GRID = (0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 1.01)


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


def replay(cb: dict, it: dict, t_book: float, t_evidence: float) -> tuple[str, int]:
    """auto's answer and LLM calls for one question at the given thresholds."""
    conf = float(cb["trace"][0].get("confidence") or 0.0)
    if cb["found"] and conf >= t_book:
        return cb["answer"], 1
    calls, best, prev = 1, None, None
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
        return (cb["answer"] if cb["found"] else ""), calls
    return best[0], calls


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dev", type=int, default=50)
    ap.add_argument("--limit", type=int, default=100)
    args = ap.parse_args()
    data = require_shared("hotpotqa")
    gold = {q["_id"]: q["answers"] for q in read_jsonl(data / "queries.jsonl")}
    cb = {r["_id"]: r for r in read_jsonl(WORK / "ask" / "hotpotqa-closed-book.jsonl")}
    it = {r["_id"]: r for r in read_jsonl(WORK / "ask" / "hotpotqa-iter-retgen.jsonl")}
    order = [q["_id"] for q in read_jsonl(data / "queries.jsonl") if q["_id"] in cb and q["_id"] in it][: args.limit]
    halves = {"dev": order[: args.dev], "test": order[args.dev:]}

    def figures(ids: list[str], tb: float, te: float) -> tuple[float, float]:
        got = [replay(cb[i], it[i], tb, te) for i in ids]
        return (statistics.mean(best_f1(a, gold[i]) if a else 0.0 for (a, _), i in zip(got, ids, strict=True)),
                statistics.mean(c for _, c in got))

    def fixed(ids: list[str]) -> tuple[float, float]:
        return (statistics.mean(best_f1(it[i]["answer"], gold[i]) if it[i]["found"] else 0.0 for i in ids),
                statistics.mean(it[i]["cost"]["llm_calls"] for i in ids))

    it_dev_f1, it_dev_calls = fixed(halves["dev"])
    grid = [(tb, te, *figures(halves["dev"], tb, te)) for tb in GRID for te in GRID]
    ok = [g for g in grid if g[2] >= it_dev_f1 - 0.01]
    tb, te, dev_f1, dev_calls = min(ok, key=lambda g: (g[3], -g[2])) if ok else max(grid, key=lambda g: g[2])
    test_f1, test_calls = figures(halves["test"], tb, te)
    it_test_f1, it_test_calls = fixed(halves["test"])
    cur_f1, cur_calls = figures(halves["test"], 0.90, 0.90)
    lines = [
        (f"auto's thresholds replayed from saved closed-book and iter-retgen traces (HotpotQA questions 1-{args.dev} to "
        f"choose, {args.dev + 1}-{len(order)} to report; `k` = 5, 3 rounds)."),
        "",
        "| | closed_book_confidence | evidence_confidence | F1 | LLM calls | calls / iter-retgen's |",
        "|---|---|---|---|---|---|",
        f"| dev: iter-retgen | | | {it_dev_f1:.3f} | {it_dev_calls:.2f} | 1.00 |",
        (f"| dev: auto, chosen (fewest calls within 1 F1 point of iter-retgen) | {tb} | {te} | {dev_f1:.3f} | "
        f"{dev_calls:.2f} | {dev_calls / it_dev_calls:.2f} |"),
        f"| test: iter-retgen | | | {it_test_f1:.3f} | {it_test_calls:.2f} | 1.00 |",
        (f"| test: auto, chosen thresholds | {tb} | {te} | {test_f1:.3f} | {test_calls:.2f} | "
        f"{test_calls / it_test_calls:.2f} |"),
        (f"| test: auto, the earlier hand-set 0.90 / 0.90 | 0.9 | 0.9 | {cur_f1:.3f} | {cur_calls:.2f} | "
        f"{cur_calls / it_test_calls:.2f} |"),
        "",
        ("Short answers of rounds before the last are read from the trace's draft (its text up to the first "
        "'. '), an approximation for answers that contain '. '. At 0.90 / 0.90 the replay gives the same LLM "
        "calls as the real auto run on all 100 questions and the same answer on 99 (the other: 'Henry J' for "
        "'Henry J. Kaiser')."),
        "",
        "Dev grid, the pairs nearest the target (F1 within 1 point of iter-retgen), fewest calls first:",
        "",
        "| closed_book_confidence | evidence_confidence | F1 | calls |",
        "|---|---|---|---|",
        *[f"| {a} | {b} | {c:.3f} | {d:.2f} |" for a, b, c, d in sorted(ok, key=lambda g: g[3])[:6]],
    ]
    results = {"chosen": {"closed_book_confidence": tb, "evidence_confidence": te},
               "dev": {"f1": dev_f1, "calls": dev_calls, "iter_retgen_f1": it_dev_f1, "iter_retgen_calls": it_dev_calls},
               "test": {"f1": test_f1, "calls": test_calls, "iter_retgen_f1": it_test_f1,
                        "iter_retgen_calls": it_test_calls, "hand_set_f1": cur_f1, "hand_set_calls": cur_calls},
               "grid": [{"closed_book_confidence": a, "evidence_confidence": b, "f1": c, "calls": d}
                        for a, b, c, d in grid]}
    print(save("ask_fit_auto", results, "\n".join(lines)).read_text())


if __name__ == "__main__":
    main()
