"""How much of the dev instructions the rule compiler covers, and whether it reads the time right.

For hotpotqa-if (all 30 queries x og/changed) and timeqa-if dev (all queries x og/changed):
- every instruction compiles without error;
- every sentence overlaps at least one criterion span (sentences split here by a plain rule that
  is independent of the compiler's own segmenter), and the share of non-space characters that
  criterion spans cover;
- timeqa-if: plan.time.window equals the period the instruction names, parsed here by a strict
  reference reader of the five instruction templates (month precision; "from May 1994 to 1996"
  -> 1994-05-01..1996-12-31);
- compile latency (median and p95, ms).

Usage: python bench/plan_coverage.py [--show-misses]
Writes results/plan_coverage.{json,md}.
"""

from __future__ import annotations

import argparse
import calendar
import json
import re
import statistics
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _util import SHARED, save

from heedful.plan import compile_rules

MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
_P = r"(?P<p>the period from [^.;:]+?|the year \d{3,4}|[A-Z][a-z]+ \d{3,4}|\d{3,4})"
TEMPLATES = [
    re.compile(rf"^Only passages about {_P} are relevant"),
    re.compile(rf"^A relevant passage must describe the situation during {_P}\. "),
    re.compile(rf"^I am only interested in {_P}\. "),
    re.compile(rf"^Restrict relevance to {_P}: "),
    re.compile(rf"^Relevant documents are those that describe what was true in {_P}; "),
]


def _point(s: str, end: bool) -> date:
    parts = s.split()
    if len(parts) == 1:
        y = int(parts[0])
        return date(y, 12, 31) if end else date(y, 1, 1)
    m, y = MONTHS[parts[0].lower()], int(parts[1])
    return date(y, m, calendar.monthrange(y, m)[1]) if end else date(y, m, 1)


def reference_window(instruction: str) -> tuple[date, date] | None:
    for rx in TEMPLATES:
        m = rx.match(instruction)
        if not m:
            continue
        p = m.group("p")
        r = re.fullmatch(r"the period from (.+?) to (.+)", p)
        if r:
            return _point(r.group(1), False), _point(r.group(2), True)
        p = p.removeprefix("the year ")
        return _point(p, False), _point(p, True)
    return None


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Plain splitter: '. ' + capital, ignoring e.g./i.e. and text inside parentheses."""
    spans, start, depth = [], 0, 0
    for i, ch in enumerate(text):
        depth += ch == "("
        depth -= ch == ")" and depth > 0
        if ch in ".!?" and depth == 0 and i + 2 < len(text) and text[i + 1] == " " and text[i + 2].isupper():
            if text[max(0, i - 3):i + 1].lower() in ("e.g.", "i.e.") or text[max(0, i - 2):i + 1] in ("e.g.", "i.e."):
                continue
            spans.append((start, i + 1))
            start = i + 2
    spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def covered(text: str, plan) -> tuple[bool, float, list[str]]:
    spans = [c.span for c in plan.criteria if c.span]
    misses = [text[s:e] for s, e in sentence_spans(text) if not any(a < e and s < b for a, b in spans)]
    mask = [False] * len(text)
    for a, b in spans:
        for k in range(a, b):
            mask[k] = True
    chars = [k for k, ch in enumerate(text) if not ch.isspace()]
    share = sum(mask[k] for k in chars) / max(1, len(chars))
    return not misses, share, misses


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--show-misses", action="store_true")
    args = ap.parse_args()
    sets = {
        "hotpotqa-if": SHARED / "hotpotqa-if" / "queries.jsonl",
        "timeqa-if-dev": SHARED / "timeqa-if" / "dev" / "queries.jsonl",
    }
    results: dict[str, dict] = {}
    latencies: list[float] = []
    for name, path in sets.items():
        rows = [json.loads(line) for line in path.open()]
        n = ok_sent = errors = 0
        shares: list[float] = []
        time_total = time_exact = 0
        time_misses: list[str] = []
        for row in rows:
            for which in ("og", "changed"):
                ins = row[f"instruction_{which}"]
                n += 1
                t0 = time.perf_counter()
                try:
                    plan = compile_rules(ins, query=row["text"])
                except Exception as exc:  # noqa: BLE001 - counted and reported
                    errors += 1
                    print(f"ERROR {row['_id']} {which}: {exc!r}", file=sys.stderr)
                    continue
                latencies.append((time.perf_counter() - t0) * 1000)
                full, share, misses = covered(ins, plan)
                ok_sent += full
                shares.append(share)
                if args.show_misses and misses:
                    print(f"UNCOVERED {row['_id']} {which}: {misses}")
                if name.startswith("timeqa"):
                    ref = reference_window(ins)
                    time_total += 1
                    got = plan.time.window if plan.time else None
                    if ref is not None and got == ref:
                        time_exact += 1
                    else:
                        time_misses.append(f"{row['_id']} {which}: {ins!r} -> {got} (reference {ref})")
        res = {
            "instructions": n,
            "compile_errors": errors,
            "all_sentences_covered": ok_sent,
            "all_sentences_covered_share": round(ok_sent / n, 4),
            "mean_char_coverage": round(statistics.mean(shares), 4),
        }
        if time_total:
            res["time_window_exact"] = time_exact
            res["time_window_exact_share"] = round(time_exact / time_total, 4)
            res["time_window_misses"] = time_misses[:20]
            for line in time_misses if args.show_misses else []:
                print("TIME MISS", line)
        results[name] = res
    latencies.sort()
    lat = {"median_ms": round(statistics.median(latencies), 3),
           "p95_ms": round(latencies[int(0.95 * (len(latencies) - 1))], 3),
           "max_ms": round(latencies[-1], 3)}
    results["latency"] = lat
    rows_md = ["| set | instructions | errors | every sentence covered | char coverage | time window exact |",
               "|---|---|---|---|---|---|"]
    for name in sets:
        r = results[name]
        tw = f"{r['time_window_exact']}/{r['instructions']} ({r['time_window_exact_share']:.1%})" \
            if "time_window_exact" in r else "-"
        rows_md.append(f"| {name} | {r['instructions']} | {r['compile_errors']} | {r['all_sentences_covered']}/"
                       f"{r['instructions']} ({r['all_sentences_covered_share']:.1%}) | "
                       f"{r['mean_char_coverage']:.1%} | {tw} |")
    rows_md.append("")
    rows_md.append(f"compile latency: median {lat['median_ms']} ms, p95 {lat['p95_ms']} ms, max {lat['max_ms']} ms")
    table = "\n".join(rows_md)
    print(table)
    save("plan_coverage", results, table)


if __name__ == "__main__":
    main()
