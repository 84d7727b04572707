"""As-of retrieval on the dated news corpus: leakage, recall and cost, with and without as-of.

For every question with stored search results (4,220, from 2022-06-10 on) heedful retrieves as of
the question's date. Leakage is the share of hits dated after that date (must be 0). Recall@10 is
measured against the articles the question's original search returned that are dated on or
before the question date. Uses the index built by bench/news_speed.py (lead passage per article).

    python bench/news_asof.py [--limit N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import time
from collections import defaultdict

from _util import WORK, require_shared, save

from heedful import Engine


def pct(values: list[float], q: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, round(q * (len(s) - 1)))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--limit", type=int, default=None, help="only the first N questions")
    args = ap.parse_args()
    engine = Engine.open(WORK / "news", create=False)
    retrieved: dict[str, set[str]] = defaultdict(set)
    for line in require_shared("news", "retrieved.tsv").read_text().splitlines()[1:]:
        qid, did, _ = line.split("\t")
        retrieved[qid].add(did)
    questions = [json.loads(line) for line in require_shared("news", "questions.jsonl").read_text().splitlines()]
    questions = [q for q in questions if q["_id"] in retrieved][: args.limit]
    dates: dict[str, dt.date] = {}
    leak = {"as_of": {10: [], 100: []}, "no_as_of": {10: [], 100: []}}
    recall = {"as_of": [], "no_as_of": []}
    ms = {"as_of": [], "no_as_of": []}
    for q in questions:
        day = dt.date.fromisoformat(q["question_date"])
        for mode in ("no_as_of", "as_of"):
            t = time.perf_counter()
            res = engine.search(q["text"], k=100, as_of=day if mode == "as_of" else None)
            ms[mode].append((time.perf_counter() - t) * 1000)
            for h in res:
                dates.setdefault(h.id, h.metadata.get("publish_date"))
            for k in (10, 100):
                top = res.hits[:k]
                leak[mode][k].append(sum(1 for h in top if h.metadata["publish_date"] > day) / max(1, len(top)))
            gold = {d for d in retrieved[q["_id"]] if d in dates and dates[d] <= day} or None
            if gold is None:  # dates of gold articles not seen in any result yet: read them
                found = engine.store.passages(sorted(retrieved[q["_id"]]))
                for c in found:
                    dates[c.doc_id] = c.metadata.get("publish_date")
                gold = {d for d in retrieved[q["_id"]] if dates.get(d) and dates[d] <= day}
            if gold:
                recall[mode].append(len(gold & set(res.ids[:10])) / len(gold))
    out = {
        "questions": len(questions),
        "leakage": {m: {f"@{k}": statistics.mean(v) for k, v in by_k.items()} for m, by_k in leak.items()},
        "questions_with_any_leak_at_10": {m: sum(1 for x in leak[m][10] if x > 0) for m in leak},
        "recall_at_10": {m: statistics.mean(v) for m, v in recall.items()},
        "recall_questions": len(recall["as_of"]),
        "latency_ms": {m: {"p50": pct(v, .5), "p95": pct(v, .95)} for m, v in ms.items()},
    }
    ratio = out["latency_ms"]["as_of"]["p50"] / out["latency_ms"]["no_as_of"]["p50"]
    out["latency_ms"]["p50_ratio"] = ratio
    table = "\n".join([
        f"{len(questions)} news questions, k = 100, retrieved as of each question's date (index: {engine.info()['documents']} articles, lead passages).",
        "",
        "| | leakage @10 | leakage @100 | questions leaking @10 | Recall@10 (gold dated <= question) | p50 / p95 ms |",
        "|---|---|---|---|---|---|",
        *[f"| {'as of question date' if m == 'as_of' else 'no as-of'} | {out['leakage'][m]['@10']:.4f} | {out['leakage'][m]['@100']:.4f} | "
          f"{out['questions_with_any_leak_at_10'][m]} | {out['recall_at_10'][m]:.3f} | "
          f"{out['latency_ms'][m]['p50']:.1f} / {out['latency_ms'][m]['p95']:.1f} |" for m in ("no_as_of", "as_of")],
        "",
        f"As-of p50 cost ratio: {ratio:.2f} (asked <= 1.2). Leakage asked: exactly 0 at k = 10 and 100.",
    ])
    print(save("news_asof", out, table).read_text())


if __name__ == "__main__":
    main()
