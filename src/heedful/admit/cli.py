"""The ``heedful admit`` command: judge a JSONL file of candidate answers and write back the ones
that pass the gates (or only report, with ``--dry-run``), or take one admitted answer back
(``--undo ID``)."""

from __future__ import annotations

import argparse
import json
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from heedful.errors import ConfigError, InputError

if TYPE_CHECKING:
    from heedful.admit.types import Admission
    from heedful.ask.types import Answer
    from heedful.config import LLMConfig
    from heedful.engine import Engine

__all__ = ["add_parser", "describe", "offer", "run"]

_EPILOG = textwrap.dedent(
    """\
    examples:
      heedful admit --index my-index --candidates answers.jsonl --out admitted.jsonl --dry-run
      heedful admit --index my-index --candidates answers.jsonl --out admitted.jsonl
      heedful admit --index my-index --undo gen-3f2a9c01d4e5b6a7
    candidate lines: {"_id", "question", "answer", "citations": [doc ids]} (optional "retrieved", "model");
      markers [1] (the first citation) or [doc-id] in the answer tie a sentence to its sources
    output lines: {"_id", "admitted", "gates": {gate: {"passed", "score", "evidence"}}, "reasons", "doc_id"}
    """
)


def add_parser(subparsers: Any, *, llm_options: Callable[[argparse.ArgumentParser], None]) -> None:
    p = subparsers.add_parser(
        "admit", help="write generated answers back into an index only if they pass the admission gates",
        description="Judge candidate answers with the attribution, novelty and entailment gates; admitted "
                    "answers become documents (kind: generated, with their provenance), rejected ones are "
                    "kept apart as experience.",
        epilog=_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--index", required=True, metavar="DIR")
    p.add_argument("--candidates", metavar="FILE.jsonl", help="one candidate answer per line")
    p.add_argument("--out", metavar="FILE.jsonl", help="one decision per line (replaced when the run ends)")
    p.add_argument("--dry-run", action="store_true", help="judge and report only: write nothing into the index")
    p.add_argument("--all-gates", action="store_true",
                   help="run every gate even after one failed (by default a failed gate skips the rest)")
    p.add_argument("--undo", metavar="ID", help="remove one admitted answer (its doc_id or candidate _id)")
    llm_options(p)


def describe(decision: Admission) -> str:
    """One decision in a few lines: verdict, each gate's score, the reasons."""
    head = "admitted as " + str(decision.doc_id) if decision.doc_id else (
        "would be admitted" if decision.admitted else "rejected")
    gates = ", ".join(
        f"{name} {'-' if not g.ran else ('pass' if g.passed else 'FAIL')} {g.score:.2f}"
        for name, g in decision.gates.items()
    )
    lines = [f"{decision.id}: {head} ({gates})"]
    lines += [f"  - {r}" for r in decision.reasons]
    return "\n".join(lines)


def offer(engine: Engine, question: str, answer: Answer, llm_config: LLMConfig) -> Admission | None:
    """``ask --write-back``: offer a found, cited answer to the gates; None when there is nothing to offer."""
    if not answer.found or not answer.citations:
        return None
    from heedful.admit.policy import candidate_from_answer

    return engine.admit(candidate_from_answer(question, answer), llm=llm_config)


def run(args: argparse.Namespace, *, llm_config: LLMConfig, open_index: Callable[[str], Engine]) -> int:
    from heedful.admit.policy import Admitter, check_candidates_file

    if args.undo is not None:
        if args.candidates or args.out or args.dry_run:
            raise ConfigError("--undo takes no --candidates, --out or --dry-run")
        engine = open_index(args.index)
        n = Admitter(engine, llm=llm_config).undo(args.undo)
        print(f"removed admitted answer {args.undo}" + ("" if n else " (it was already gone from the index)"))
        return 0
    if not args.candidates or not args.out:
        raise ConfigError("give --candidates FILE.jsonl and --out FILE.jsonl (or --undo ID)")
    out = Path(args.out)
    if not out.parent.is_dir():
        raise InputError(f"--out {args.out}: the folder {out.parent} does not exist; create it first")
    candidates = check_candidates_file(Path(args.candidates))
    engine = open_index(args.index)
    admitter = Admitter(engine, llm=llm_config, all_gates=args.all_gates)
    decisions = [admitter.admit(c, dry_run=args.dry_run) for c in candidates]
    tmp = out.with_name(out.name + ".part")
    with tmp.open("w", encoding="utf-8") as f:
        for d in decisions:
            f.write(json.dumps(d.to_dict(), ensure_ascii=False) + "\n")
    tmp.replace(out)
    n_in = sum(d.admitted for d in decisions)
    verb = "would admit" if args.dry_run else "admitted"
    print(f"{verb} {n_in} of {len(decisions)} candidates; decisions in {out}")
    for d in decisions:
        if not d.admitted:
            print(describe(d))
    return 0
