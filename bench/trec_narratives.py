"""How the rule compiler reads instructions written by other people: the 200 TREC Robust04 narratives.

Each narrative is compiled with its title as the query. Reported:
- compile errors (there must be none) and compile time, with the slope of time against length
  (linear time: the time per kilobyte of the longest narratives is no worse than of the shortest);
- how each sentence was classified: the polarity and kind of the criterion whose span covers the
  most of it (``require/topic``, ``exclude/negation``, ...), or ``uncovered`` when no criterion
  touches it. Sentences are split here by a plain rule, independent of the compiler's segmenter;
- sentences of the narrative pattern "documents that (merely|only) mention X are not relevant":
  how many compile to an exclusion or an avoid.

There are no documents or judgments for these topics: this measures reading, not ranking.

Usage: python bench/trec_narratives.py [--show SHAPE]   (SHAPE e.g. "uncovered", "exclude/topic")
Writes results/trec_narratives.{json,md}.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _util import require_shared, save
from plan_coverage import sentence_spans

from heedful.plan import compile_rules

_MERE_MENTION = re.compile(r"\b(?:merely|only|simply|just|passing)\b[^.]{0,40}\b(?:mention|reference|refer)",
                           re.IGNORECASE)
_NEGATIVE = re.compile(r"\bnot\s+(?:be\s+)?relevant\b|\birrelevant\b|\bnon-?relevant\b", re.IGNORECASE)


def classify(text: str, plan) -> list[tuple[str, str]]:
    """(sentence, "polarity/kind" or "uncovered") for each plain sentence of ``text``."""
    out = []
    for s, e in sentence_spans(text):
        best, overlap = "uncovered", 0
        for c in plan.criteria:
            if not c.span:
                continue
            o = min(e, c.span[1]) - max(s, c.span[0])
            if o > overlap:
                best, overlap = f"{c.polarity}/{c.kind}", o
        out.append((text[s:e], best))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", help='print the sentences classified so, e.g. "uncovered" or "exclude/topic"')
    args = ap.parse_args()
    topics = [json.loads(line) for line in require_shared("trec-narratives", "topics.jsonl").open()]
    shapes: Counter[str] = Counter()
    polarities: Counter[str] = Counter()
    errors: list[str] = []
    per_kb: list[tuple[int, float]] = []
    mere = mere_neg = 0
    sentences = 0
    for t in topics:
        text = t["narrative"]
        t0 = time.perf_counter()
        try:
            plan = compile_rules(text, query=t["text"])
        except Exception as exc:  # noqa: BLE001 - counted and reported
            errors.append(f"{t['_id']}: {exc!r}")
            continue
        per_kb.append((len(text), (time.perf_counter() - t0) * 1000))
        for sent, shape in classify(text, plan):
            sentences += 1
            shapes[shape] += 1
            polarities[shape.split("/")[0]] += 1
            if _MERE_MENTION.search(sent) and _NEGATIVE.search(sent):
                mere += 1
                mere_neg += shape.startswith(("exclude/", "avoid/"))
            if args.show and shape == args.show:
                print(f"{t['_id']}: {sent}")
    per_kb.sort()
    third = max(1, len(per_kb) // 3)
    short = [ms / max(1, n) * 1000 for n, ms in per_kb[:third]]
    long = [ms / max(1, n) * 1000 for n, ms in per_kb[-third:]]
    ms = [m for _, m in per_kb]
    results = {
        "narratives": len(topics),
        "compile_errors": errors,
        "sentences": sentences,
        "by_shape": dict(shapes.most_common()),
        "by_polarity": dict(polarities.most_common()),
        "mere_mention_sentences": mere,
        "mere_mention_compiled_negative": mere_neg,
        "compile_ms": {"median": round(statistics.median(ms), 3), "max": round(max(ms), 3),
                       "ms_per_kb_shortest_third": round(statistics.median(short), 3),
                       "ms_per_kb_longest_third": round(statistics.median(long), 3),
                       "chars_min": per_kb[0][0], "chars_max": per_kb[-1][0]},
    }
    lines = [f"{len(topics)} narratives, {len(errors)} compile errors, {sentences} sentences.", "",
             "| sentence compiled as | sentences | share |", "|---|---|---|"]
    lines += [f"| {k} | {v} | {v / sentences:.1%} |" for k, v in shapes.most_common()]
    cm = results["compile_ms"]
    lines += ["", (f'Sentences saying that documents which merely mention something are not relevant: {mere}; '
              f"compiled to an exclusion or an avoid: {mere_neg}."), "",
              (f"Compile time: median {cm['median']} ms, max {cm['max']} ms ({cm['chars_min']}-{cm['chars_max']} "
              f"characters); {cm['ms_per_kb_shortest_third']} ms per KB for the shortest third, "
              f"{cm['ms_per_kb_longest_third']} ms per KB for the longest third.")]
    table = "\n".join(lines)
    print(table)
    save("trec_narratives", results, table)


if __name__ == "__main__":
    main()
