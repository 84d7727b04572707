"""Shared bits of the ask benchmarks: resumable per-mode answer files, the model, summary figures."""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from _util import RESULTS, WORK

from heedful import Engine

ASK_WORK = WORK / "ask"  # one answers file per set and mode: <set>-<mode>.jsonl
# committed copies of the answers without queries or drafts (which quote the question): a run longer than one
# session resumes from them on a new machine, and the figures can be recomputed from the repository
KEPT = RESULTS / "answers"
DEFAULT_K, DEFAULT_ROUNDS = 5, 3  # Engine.ask's k and max_iterations
KEPT_FIELDS = ("_id", "answer", "support", "found", "citations", "retrieved", "cost", "wall_seconds", "cited_dates")


def slim(row: dict[str, Any]) -> dict[str, Any]:
    """The committed copy of an answer: ``KEPT_FIELDS`` and each step's kind and confidence (what a
    replay of a stopping rule reads), without queries or drafts."""
    steps = [{"kind": s["kind"], **({"confidence": s["confidence"]} if "confidence" in s else {})}
             for s in row.get("trace", ())]
    return {key: row[key] for key in KEPT_FIELDS} | {"steps": steps}


def add_llm_options(ap: argparse.ArgumentParser) -> None:
    ap.add_argument("--llm-url", default=None, help="an OpenAI-compatible server instead of the local GGUF")
    ap.add_argument("--llm-model", default=None, help="the model name on that server")
    ap.add_argument("--llm-threads", type=int, default=None,
                    help="CPU threads of the local model (on a busy machine 1 is faster)")
    ap.add_argument("--k", type=int, default=DEFAULT_K, help=f"passages per retrieval (default {DEFAULT_K})")
    ap.add_argument("--max-iterations", type=int, default=DEFAULT_ROUNDS,
                    help=f"retrieval rounds at most (default {DEFAULT_ROUNDS})")


def parse_modes(ap: argparse.ArgumentParser, text: str) -> list[str]:
    """The comma-separated modes of ``--modes``; an unknown one is a usage error."""
    from heedful.ask import MODES

    modes = [m.strip() for m in text.split(",") if m.strip()]
    if unknown := [m for m in modes if m not in MODES]:
        ap.error(f"unknown modes {unknown}; use {', '.join(MODES)}")
    return modes


def load_llm(args: argparse.Namespace) -> Any:
    from heedful.config import LLMConfig
    from heedful.models.generator import load_generator

    return load_generator(LLMConfig.from_env(base_url=args.llm_url, model=args.llm_model, threads=args.llm_threads))


def answers_path(name: str, mode: str) -> Path:
    return ASK_WORK / f"{name}-{mode}.jsonl"


def kept_path(name: str, mode: str) -> Path:
    return KEPT / f"{name}-{mode}.jsonl"


def read_done(path: Path) -> dict[str, dict[str, Any]]:
    """The answers already in ``path``, by question id (an unfinished last line is ignored)."""
    done: dict[str, dict[str, Any]] = {}
    if path.exists():
        for line in path.read_text().splitlines():
            try:
                row = json.loads(line)
            except json.JSONDecodeError:
                continue
            done[row["_id"]] = row
    return done


def run_mode(
    engine: Engine, llm: Any, name: str, mode: str, questions: Sequence[dict[str, Any]],
    options: Callable[[dict[str, Any]], dict[str, Any]], args: argparse.Namespace,
) -> dict[str, dict[str, Any]]:
    """Answer every question in ``mode`` that neither ``<name>-<mode>.jsonl`` (bench/work: whole
    answers, traces included) nor its committed copy (bench/results/answers: :func:`slim`) holds
    yet, appending one line per answer to both (so a killed run resumes, on this machine or, from
    the copy, on another); returns all the answers by id. Answers of an earlier version of a mode
    must be moved away from both first. A ``--k`` or ``--max-iterations`` other than the default names
    its own files (``<name>-k<K>-r<N>-<mode>.jsonl``), so answers made with other settings never mix."""
    name += (f"-k{args.k}" if args.k != DEFAULT_K else "") + (
        f"-r{args.max_iterations}" if args.max_iterations != DEFAULT_ROUNDS else "")
    path, kept = answers_path(name, mode), kept_path(name, mode)
    done: dict[str, dict[str, Any]] = {}
    for p in (kept, path):  # the whole answers (path) win over their copies
        p.parent.mkdir(parents=True, exist_ok=True)
        rows = read_done(p)
        if p.exists() and p.stat().st_size and not p.read_text().endswith("\n"):
            p.write_text("".join(json.dumps(r, default=str) + "\n" for r in rows.values()))  # drop an unfinished line
        done.update(rows)
    todo = [q for q in questions if q["_id"] not in done]
    with path.open("a") as f, kept.open("a") as g:
        for i, q in enumerate(todo, 1):
            t = time.perf_counter()
            a = engine.ask(q["text"], mode=mode, llm=llm, k=args.k, max_iterations=args.max_iterations, **options(q))
            row = {"_id": q["_id"], **a.to_dict(), "wall_seconds": time.perf_counter() - t,
                   "cited_dates": {s.id: str(s.metadata.get("publish_date")) for s in a.sources}}
            f.write(json.dumps(row, default=str) + "\n")
            f.flush()
            g.write(json.dumps(slim(row), default=str) + "\n")
            g.flush()
            done[q["_id"]] = row
            print(f"{name} {mode} {i}/{len(todo)} {q['_id']}: {a.text[:60]!r} ({a.cost.llm_calls} calls, "
                  f"{a.cost.seconds:.1f} s)", file=sys.stderr, flush=True)
    return done


def p50(values: Sequence[float]) -> float:
    return statistics.median(values) if values else float("nan")


def mean(values: Sequence[float]) -> float:
    return statistics.mean(values) if values else float("nan")


def paired_interval(a: Sequence[float], b: Sequence[float], *, resamples: int = 10_000,
                    seed: int = 0) -> tuple[float, float]:
    """95% bootstrap interval of mean(a - b) over paired per-question scores (questions resampled
    with replacement, seeded)."""
    import random

    diffs = [x - y for x, y in zip(a, b, strict=True)]
    rng = random.Random(seed)
    means = sorted(statistics.fmean(rng.choices(diffs, k=len(diffs))) for _ in range(resamples))
    return means[int(0.025 * resamples)], means[int(0.975 * resamples) - 1]


def cost_figures(rows: Sequence[dict[str, Any]]) -> dict[str, float]:
    """Per-question means of what answering cost, and the p50 seconds."""
    return {
        "llm_calls": mean([r["cost"]["llm_calls"] for r in rows]),
        "retrievals": mean([r["cost"]["retrievals"] for r in rows]),
        "retrieved_share": mean([1.0 if r["cost"]["retrievals"] else 0.0 for r in rows]),
        "passages_read": mean([r["cost"]["passages_read"] for r in rows]),
        "prompt_tokens": mean([r["cost"]["prompt_tokens"] for r in rows]),
        "generated_tokens": mean([r["cost"]["generated_tokens"] for r in rows]),
        "p50_seconds": p50([r["cost"]["seconds"] for r in rows]),
    }


SMOKE_NOTE = ("**Smoke run** ({n} questions): it shows the script works; it is not the benchmark, which "
              "needs {need} or more questions.")


def saved_answer(row: dict[str, Any]) -> Any:
    """A saved answer row as the :class:`~heedful.ask.types.Answer` it was: short answer, evidence
    sentence, citations, and what it read (one synthesize step), as admission reads it."""
    from heedful.ask.types import Answer, Step

    return Answer(row["answer"], tuple(row["citations"]), row.get("support", ""), row["found"],
                  trace=(Step("synthesize", retrieved=tuple(row["retrieved"])),))


def offered_candidates(mode: str, questions: Sequence[dict[str, Any]]) -> Iterator[tuple[dict[str, Any], dict[str, Any], Any]]:
    """Each question, its saved ``mode`` answer and the admission candidate that answer makes, as ``ask --write-back``
    offers it (:func:`~heedful.admit.policy.candidate_from_answer`), read from the committed copies in
    bench/results/answers; questions without an answer (none saved, or NOT FOUND) are skipped."""
    from heedful.admit.policy import candidate_from_answer

    saved = read_done(kept_path("hotpotqa", mode))
    for q in questions:
        row = saved.get(q["_id"])
        if row is None or row["answer"].strip().upper() in ("", "NOT FOUND"):
            continue
        yield q, row, candidate_from_answer(q["text"], saved_answer(row))
