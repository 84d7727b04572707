"""Check that no benchmark query, instruction or narrative text is quoted in the repository.

Builds every run of N words (default 7; lower case, letters and digits only) of the text fields of
the benchmark queries in ``../shared/bench`` (hotpotqa-if, timeqa-if dev and test, trec-narratives)
and prints each line of a tracked text file that shares one, with the shared words. Exits 1 when
there is a hit, 0 when there is none. Tests, prompts, lexicons and docs must use examples of our
own; the benchmark scripts that read the data (those that use ``SHARED``) may name its templates,
``bench/results`` holds what they measured, and ``bench/data`` holds evaluation sets of our own
(queries and judgments the code is measured on, never reads), so all three are left out.

Usage: python bench/leak_check.py [-n N] [PATH ...]   (default: every tracked text file)
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _util import BENCH, RESULTS, ROOT, SHARED

QUERY_FILES = [
    "hotpotqa-if/queries.jsonl",
    "timeqa-if/dev/queries.jsonl",
    "timeqa-if/test/queries.jsonl",
    "trec-narratives/topics.jsonl",
]
WORD = re.compile(r"[a-z0-9]+")


def words(text: str) -> list[str]:
    return WORD.findall(text.lower())


def benchmark_texts() -> Iterator[str]:
    """Every string field of every benchmark query (text, instructions, questions, narratives)."""
    for name in QUERY_FILES:
        with open(SHARED / name, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    for key, value in json.loads(line).items():
                        if key != "_id" and isinstance(value, str):
                            yield value


def ngrams(texts: Iterable[str], n: int) -> set[tuple[str, ...]]:
    grams: set[tuple[str, ...]] = set()
    for text in texts:
        w = words(text)
        grams.update(tuple(w[i:i + n]) for i in range(len(w) - n + 1))
    return grams


def reads_data(path: Path) -> bool:
    """A benchmark script that reads the shared data (it may spell out the templates it parses)."""
    return path.parent == BENCH and path.suffix == ".py" and "SHARED" in path.read_text(errors="ignore")


def tracked_files() -> list[Path]:
    out = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    files = []
    for rel in filter(None, out.split("\0")):
        path = ROOT / rel
        if path.is_relative_to(RESULTS) or path.is_relative_to(BENCH / "data") or not path.is_file() or reads_data(path):
            continue
        if b"\0" in path.read_bytes()[:8192]:  # binary (plots)
            continue
        files.append(path)
    return files


def hits(path: Path, grams: set[tuple[str, ...]], n: int) -> Iterator[tuple[int, str]]:
    """(first line, shared words) for each run of ``n``+ words shared with benchmark text. The file is
    read as one stream of words, so a sentence split over lines (string concatenation, wrapped
    docs) is found too; runs that overlap are joined, so a quoted sentence is reported once."""
    w: list[str] = []
    line_of: list[int] = []
    for ln, line in enumerate(path.read_text(encoding="utf-8", errors="ignore").splitlines(), 1):
        lw = words(line)
        w += lw
        line_of += [ln] * len(lw)
    spans: list[list[int]] = []
    for i in range(len(w) - n + 1):
        if tuple(w[i:i + n]) in grams:
            if spans and i <= spans[-1][1]:
                spans[-1][1] = i + n
            else:
                spans.append([i, i + n])
    for a, b in spans:
        yield line_of[a], " ".join(w[a:b])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-n", type=int, default=7, help="shared run length in words (default 7)")
    ap.add_argument("paths", nargs="*", type=Path, help="files to check (default: every tracked text file)")
    args = ap.parse_args()
    grams = ngrams(benchmark_texts(), args.n)
    files = [p.resolve() for p in args.paths] if args.paths else tracked_files()
    count = 0
    for path in files:
        for ln, shared in hits(path, grams, args.n):
            print(f"{os.path.relpath(path, ROOT)}:{ln}: {shared}")
            count += 1
    print(f"{count} line(s) share a run of {args.n}+ words with benchmark text in {len(files)} files",
          file=sys.stderr)
    return 1 if count else 0


if __name__ == "__main__":
    sys.exit(main())
