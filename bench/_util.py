"""Shared bits of the benchmark scripts: where the data is, machine facts, result files."""

from __future__ import annotations

import datetime as dt
import json
import os
import platform
import shlex
import subprocess
import sys
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
SHARED = Path(os.environ.get("HEEDFUL_SHARED", ROOT.parent / "shared")) / "bench"
WORK = BENCH / "work"  # indexes built by benchmarks (git-ignored)
RESULTS = BENCH / "results"


def machine() -> dict[str, Any]:
    mem = ""
    try:
        mem = next(line.split()[1] for line in Path("/proc/meminfo").read_text().splitlines() if line.startswith("MemTotal"))
        mem = f"{int(mem) / 1024 / 1024:.0f} GiB"
    except (OSError, StopIteration):
        pass
    cpu = ""
    try:
        cpu = next(line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines() if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    return {"cpus": os.cpu_count(), "cpu": cpu, "memory": mem, "python": platform.python_version(),
            "platform": platform.platform(), "load_average_1_5_15": [round(x, 2) for x in os.getloadavg()]}


def git_rev() -> str:
    """The commit measured, marked when the library's code differs from it (results are then
    committed together with that code)."""
    try:
        rev = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                             text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--", "src"], cwd=ROOT, capture_output=True,
                               text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return f"{rev} + the uncommitted src/ changes committed with this result" if dirty else rev


def src_tree() -> str | None:
    """The git tree of ``src/`` at HEAD, or None when ``src/`` has uncommitted changes: what a saved
    partial result must match to be reused (the library's code, not the benchmark's)."""
    try:
        tree = subprocess.run(["git", "rev-parse", "HEAD:src"], cwd=ROOT, capture_output=True, text=True,
                              check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--", "src"], cwd=ROOT, capture_output=True,
                               text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return None
    return None if dirty else tree


#: the code a run measures: read when the benchmark starts (and imports this module), since the
#: working tree may move on while a run of hours goes on
STARTED_AT = git_rev()


def save(name: str, results: dict[str, Any], table: str) -> Path:
    """Write ``results/NAME.json`` and ``results/NAME.md`` with the command, machine, date and the
    commit the run started from."""
    RESULTS.mkdir(parents=True, exist_ok=True)
    meta = {
        "command": "python " + " ".join(shlex.quote(a) for a in [os.path.relpath(sys.argv[0], ROOT), *sys.argv[1:]]),
        "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "commit": STARTED_AT,
        "machine": machine(),
    }
    payload = {**meta, **results}
    (RESULTS / f"{name}.json").write_text(json.dumps(payload, indent=2, default=str) + "\n")
    m = meta["machine"]
    md = (
        f"# {name}\n\n{table}\n\n"
        f"- command: `{meta['command']}`\n- date: {meta['date']} (commit {meta['commit']})\n"
        f"- machine: {m['cpus']} cores ({m['cpu']}), {m['memory']}, Python {m['python']}; load average "
        f"{m['load_average_1_5_15']} (1/5/15 min) when the results were written\n"
    )
    (RESULTS / f"{name}.md").write_text(md)
    return RESULTS / f"{name}.md"


def require_shared(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        sys.exit(f"benchmark data not found at {path}; set HEEDFUL_SHARED to the folder holding bench/")
    return path


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """The JSON objects of a JSONL file, one per non-blank line."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def hotpotqa_questions() -> tuple[list[dict[str, Any]], dict[str, set[str]]]:
    """HotpotQA's questions and, per question id, its supporting paragraphs (../shared/bench/hotpotqa)."""
    data = require_shared("hotpotqa")
    qrels: dict[str, set[str]] = {}
    for line in (data / "qrels.tsv").read_text().splitlines()[1:]:
        qid, did, score = line.split("\t")
        if int(score) > 0:
            qrels.setdefault(qid, set()).add(did)
    return read_jsonl(data / "queries.jsonl"), qrels
