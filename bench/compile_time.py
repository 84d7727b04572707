"""How the rule compiler's time grows with the length of the instruction.

For adversarial instructions of 1 KB to 64 KB (the size limit, ``MAX_INSTRUCTION_CHARS``), made
here from patterns that once took exponential or quadratic time (a bracketed run of digits,
repeated "from Foo, " and "X is not relevant " clauses, split points, exceptions, dated sentences,
numbers in one clause, a soup of cue phrases), and for long instructions made of real ones
(the dev instructions of hotpotqa-if and timeqa-if, joined): the compile time (CPU time of this
process, the best of three runs; wall time beside it), the time per character and how much it grows
from 8 KB to 64 KB (8x when linear). Then every dev instruction cut to its first 100 characters:
median, p95 and the slowest. The figures asked: at most 1 s for 50 KB, at most 50 ms for any
100 characters.

Usage: python bench/compile_time.py [--runs 3]
Writes results/compile_time.{json,md}.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _util import SHARED, save

from heedful.errors import ConfigError
from heedful.plan import compile_rules
from heedful.plan.rules import MAX_INSTRUCTION_CHARS, cues, strip

SIZES = [1024, 2048, 4096, 8192, 16384, 32768, MAX_INSTRUCTION_CHARS]
FIELDS = {"source": "string", "publish_date": "date", "author": "string", "word_count": "integer", "tags": "list"}
VALUES = {"source": ["cnn.com", "bbc.co.uk", "reuters.com"], "tags": ["climate", "energy"]}
PIECES = [
    "(", ")", "[", "]", "1", "1990", "1990s", "2020-02-29", "-", ",", ".", ";", ":", "?", "\n", "\n- ", " ", "    ",
    '"', "“", "'", "e.g. ", "U.S. ", "Only ", "not ", "non-", "except ", "anything but ", "but not ", ", but ",
    " and ", " or ", "too", "also ", "include ", "prefer ", "Exclude ", "are not relevant", "is relevant", "from ",
    "by ", "in ", "as of ", "before ", "between ", " to ", "the ", "early ", "May ", "more than ", "at least ",
    "5,000 ", "$3 million", "published ", "written by ", "articles ", "CNN", "cnn.com", "Paris", "Canadian",
    "developed by ", "lists ", "described as ", "was closed, ", "Foo", "A. ",
]


def repeated(unit: str) -> Callable[[int], str]:
    return lambda n: (unit * (n // len(unit) + 1))[:n]


def numbered(unit: str) -> Callable[[int], str]:
    """``unit`` with a different word after each copy, so that no two clauses are alike."""
    def make(n: int) -> str:
        parts, size, i = [], 0, 0
        while size < n:
            parts.append(f"{unit}W{i:05d} ")
            size += len(parts[-1])
            i += 1
        return "".join(parts)[:n]
    return make


def soup(n: int) -> str:
    rnd = random.Random(7)
    parts, size = [], 0
    while size < n:
        parts.append(rnd.choice(PIECES))
        size += len(parts[-1])
    return "".join(parts)[:n]


def dev_instructions() -> list[str]:
    out = []
    for path in (SHARED / "hotpotqa-if" / "queries.jsonl", SHARED / "timeqa-if" / "dev" / "queries.jsonl"):
        for line in path.open():
            row = json.loads(line)
            out += [row["instruction_og"], row["instruction_changed"]]
    return out


def compile_seconds(text: str, runs: int) -> tuple[float, float]:
    """(best CPU seconds, best wall seconds) of compiling ``text``, each run with the compiler's
    caches of clause texts emptied first (a text measured twice must not find its clauses cached)."""
    cpu, wall = [], []
    for _ in range(runs):
        strip.criterion_text.cache_clear()
        cues.detect.cache_clear()
        c0, w0 = time.process_time(), time.perf_counter()
        try:
            compile_rules(text, fields=FIELDS, values=VALUES)
        except ConfigError:
            pass  # an impossible date in the soup: an answer too, and it is reached in the same time
        cpu.append(time.process_time() - c0)
        wall.append(time.perf_counter() - w0)
    return min(cpu), min(wall)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    real = dev_instructions()
    prose = " ".join(real)
    patterns = {
        "( + digits": lambda n: "(" + "1" * (n - 1),
        "repeated 'from Foo, '": repeated("from Foo, "),
        "repeated 'X is not relevant '": repeated("X is not relevant "),
        "repeated ', but '": repeated(", but "),
        "repeated 'but not '": repeated("but not "),
        "repeated 'A. ' (one-word sentences)": repeated("A. "),
        "dated sentences 'In 1990. W00001 ...'": numbered("In 1990. "),
        "numbers in one clause 'more than 5 W00001 ...'": numbered("more than 5 "),
        "cue soup (seeded)": soup,
        "dev instructions joined": lambda n: (prose * (n // len(prose) + 1))[:n],
    }
    compile_rules("Only CNN articles from 2020.", fields=FIELDS, values=VALUES)  # imports and first-use set-up
    growth: dict[str, dict] = {}
    for name, make in patterns.items():
        row = {}
        for n in SIZES:
            cpu, wall = compile_seconds(make(n), args.runs)
            row[str(n)] = {"cpu_ms": round(cpu * 1000, 1), "wall_ms": round(wall * 1000, 1)}
            print(f"{name:48} {n:6d} chars  cpu {cpu * 1000:8.1f} ms  wall {wall * 1000:8.1f} ms", flush=True)
        top = row[str(SIZES[-1])]["cpu_ms"]
        row["us_per_char_at_64k"] = round(top * 1000 / SIZES[-1], 2)
        row["growth_8k_to_64k"] = round(top / max(row["8192"]["cpu_ms"], 0.1), 2)
        cpu50, wall50 = compile_seconds(make(50_000), args.runs)
        row["50000"] = {"cpu_ms": round(cpu50 * 1000, 1), "wall_ms": round(wall50 * 1000, 1)}
        growth[name] = row

    short: list[float] = []
    slowest = ("", 0.0)
    for ins in real:
        cpu, _ = compile_seconds(ins[:100], args.runs)
        short.append(cpu * 1000)
        if cpu * 1000 > slowest[1]:
            slowest = (ins[:100], cpu * 1000)
    short.sort()
    hundred = {"instructions": len(short), "p50_ms": round(statistics.median(short), 3),
               "p95_ms": round(short[int(0.95 * (len(short) - 1))], 3), "max_ms": round(short[-1], 3),
               "slowest": slowest[0]}

    head = "| instruction | " + " | ".join(f"{n // 1024} KB" for n in SIZES) + " | 50 KB (wall) | µs/char | 8→64 KB |"
    rows = [head, "|---" * (len(SIZES) + 4) + "|"]
    for name, row in growth.items():
        cells = " | ".join(f"{row[str(n)]['cpu_ms']:.0f}" for n in SIZES)
        rows.append(f"| {name} | {cells} | {row['50000']['cpu_ms']:.0f} ({row['50000']['wall_ms']:.0f}) | "
                    f"{row['us_per_char_at_64k']} | {row['growth_8k_to_64k']}x |")
    rows += ["",
             (f"Compile time in ms (CPU time of the process, best of {args.runs}); 50 KB gives wall time in "
              "brackets. 8→64 KB is 8x when the time is linear."),
             "",
             (f"Dev instructions cut to 100 characters ({hundred['instructions']}): median {hundred['p50_ms']} ms, "
              f"p95 {hundred['p95_ms']} ms, slowest {hundred['max_ms']} ms.")]
    table = "\n".join(rows)
    print(table)
    save("compile_time", {"sizes": SIZES, "runs": args.runs, "growth": growth, "hundred_chars": hundred}, table)


if __name__ == "__main__":
    main()
