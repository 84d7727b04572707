"""The ``heedful eval`` and ``heedful test-instructions`` commands: thin layers over the library.

:func:`add_parsers` adds both to the ``heedful`` subcommands; :data:`HANDLERS` maps each command
to its handler, which returns the exit status and raises :class:`~heedful.errors.HeedfulError`
for the CLI to print as ``Error: ...``.
"""

from __future__ import annotations

import argparse
import json
import shlex
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

from heedful.errors import ConfigError

__all__ = ["HANDLERS", "add_parsers", "run_eval", "run_test_instructions"]

_EVAL_EPILOG = textwrap.dedent(
    """\
    three forms:
      benchmark sets, every system side by side (the index is built under --index-root once):
        heedful eval --set bench/hotpotqa-if --index-root bench/work --out bench/results/eval
      score paired runs made elsewhere (FollowIR p-MRR and nDCG@10 under each instruction):
        heedful eval --qrels-og og.tsv --qrels-changed changed.tsv --run-og og.trec --run-changed new.trec
      score one run (nDCG@10, R@10, MAP):
        heedful eval --qrels qrels.tsv --run run.trec
    """
)

_TEST_EPILOG = textwrap.dedent(
    """\
    the file (YAML):
      index: ./my-index
      cases:
        - name: lyon bakeries excluded
          query: french bakeries
          instruction: Skip bakeries based in Lyon.
          expect:
            in_top: {k: 3, ids: [d1, d4]}
            below: {rank: 5, ids: [d7]}
            order: [d1, d4]
    exit status: 0 when every case passes, 1 otherwise
    """
)

_SET_ONLY = ("index_root", "systems", "out", "runs", "queries")


def add_parsers(subparsers: Any) -> None:
    """Add the ``eval`` and ``test-instructions`` subcommands to an argparse subparsers object."""
    from heedful.eval.harness import SYSTEMS

    ev = subparsers.add_parser(
        "eval", help="evaluate systems on benchmark sets, or score TREC runs",
        description="Evaluate heedful and baselines on benchmark sets, or score runs made elsewhere.",
        epilog=_EVAL_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sets = ev.add_argument_group("benchmark sets")
    sets.add_argument("--set", action="append", default=[], metavar="DIR",
                      help="a paired (qrels_og.tsv + qrels_changed.tsv) or BEIR (qrels.tsv) folder; repeatable")
    sets.add_argument("--index-root", metavar="DIR",
                      help="folder of the heedful indexes, one per corpus, built when missing")
    sets.add_argument("--systems", default=None, metavar="A,B,...",
                      help=f"systems to run (default: {','.join(SYSTEMS)})")
    sets.add_argument("--k", type=int, default=1000, help="depth of every run (default 1000)")
    sets.add_argument("--queries", type=int, default=None, metavar="N", help="only the first N queries")
    sets.add_argument("--out", metavar="DIR", help="write <set>.json, <set>.md and <set>.png here")
    sets.add_argument("--runs", metavar="DIR", help="write every run as TREC here")
    sets.add_argument("--rebuild", action="store_true",
                      help="delete and rebuild each set's index (after a format change)")
    sets.add_argument("--no-progress", action="store_true", help="no progress bar while indexing")
    paired = ev.add_argument_group("score paired runs")
    paired.add_argument("--qrels-og", metavar="FILE")
    paired.add_argument("--qrels-changed", metavar="FILE")
    paired.add_argument("--run-og", metavar="RUN", help="TREC run made with query + instruction_og")
    paired.add_argument("--run-changed", metavar="RUN", help="TREC run made with query + instruction_changed")
    one = ev.add_argument_group("score one run")
    one.add_argument("--qrels", metavar="FILE")
    one.add_argument("--run", metavar="RUN")

    ti = subparsers.add_parser(
        "test-instructions", help="check an index against a YAML file of instruction tests",
        description="Run instruction tests (expected rankings for queries with instructions) on an index.",
        epilog=_TEST_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ti.add_argument("file", metavar="FILE", help="the YAML file of cases")
    ti.add_argument("--index", metavar="DIR", help="the index to test (overrides the file's index:)")


# ---------------------------------------------------------------------------- eval
def run_eval(args: argparse.Namespace) -> int:
    paired = [args.qrels_og, args.qrels_changed, args.run_og, args.run_changed]
    single = [args.qrels, args.run]
    modes = [bool(args.set), any(paired), any(single)]
    if sum(modes) != 1:
        raise ConfigError(
            "give exactly one of: --set DIR (with --index-root); --qrels-og, --qrels-changed, "
            "--run-og and --run-changed; or --qrels and --run"
        )
    if not args.set:
        given = [f"--{name.replace('_', '-')}" for name in _SET_ONLY if getattr(args, name) is not None]
        if given:
            raise ConfigError(f"{', '.join(given)} only apply with --set")
    if any(paired):
        if not all(paired):
            raise ConfigError("scoring paired runs needs all four of --qrels-og, --qrels-changed, "
                              "--run-og and --run-changed")
        return _score_paired(*paired)
    if any(single):
        if not all(single):
            raise ConfigError("scoring a run needs both --qrels and --run")
        return _score_one(args.qrels, args.run)
    return _eval_sets(args)


def _score_paired(qrels_og: str, qrels_changed: str, run_og: str, run_changed: str) -> int:
    from heedful.eval.metrics import ndcg, p_mrr
    from heedful.eval.trec import read_qrels, read_run

    q_og, q_ch = _read(read_qrels, qrels_og, "qrels"), _read(read_qrels, qrels_changed, "qrels")
    r_og, r_ch = _read(read_run, run_og, "run"), _read(read_run, run_changed, "run")
    pm = p_mrr(r_og, r_ch, q_og, q_ch)
    print(f"p-MRR            {pm.score:+.2f}  ({_queries(len(pm.per_query))} with flipped documents)")
    print(f"nDCG@10 og       {ndcg(r_og, q_og, k=10):.4f}  ({_queries(len(q_og))})")
    print(f"nDCG@10 changed  {ndcg(r_ch, q_ch, k=10):.4f}  ({_queries(len(q_ch))})")
    return 0


def _score_one(qrels: str, run: str) -> int:
    from heedful.eval.metrics import evaluate
    from heedful.eval.trec import read_qrels, read_run

    q, r = _read(read_qrels, qrels, "qrels"), _read(read_run, run, "run")
    agg = evaluate(r, q, ["nDCG@10", "R@10", "AP"])["aggregate"]
    print(f"nDCG@10  {agg['nDCG@10']:.4f}  ({_queries(len(q))})")
    print(f"R@10     {agg['R@10']:.4f}")
    print(f"MAP      {agg['AP']:.4f}")
    return 0


def _queries(n: int) -> str:
    return f"{n} query" if n == 1 else f"{n} queries"


def _read(reader: Callable[[str], Any], path: str, what: str) -> Any:
    from heedful.errors import InputError

    if not Path(path).is_file():
        raise InputError(f"{what} file {path} does not exist")
    return reader(path)


def _eval_sets(args: argparse.Namespace) -> int:
    from heedful.errors import InputError
    from heedful.eval.harness import (
        SYSTEMS,
        evaluate_beir,
        evaluate_paired,
        get_systems,
        index_name,
        plot,
    )

    if not args.index_root:
        raise ConfigError("--set needs --index-root DIR, the folder where the heedful indexes live")
    systems = args.systems or ",".join(SYSTEMS)
    get_systems(systems)  # fail before any index is built
    root = Path(args.index_root)
    command = _command(args, systems)
    for set_dir in args.set:
        folder = Path(set_dir)
        if not folder.is_dir():
            raise InputError(f"--set {set_dir}: not a folder")
        paired = (folder / "qrels_og.tsv").is_file()
        corpus = _corpus_of(folder, paired)
        options = {"index_dir": root / index_name(corpus), "systems": systems, "k": args.k, "queries": args.queries,
                   "progress": not args.no_progress, "rebuild": args.rebuild}
        report: Any = evaluate_paired(folder, **options) if paired else evaluate_beir(folder, **options)
        report.meta["command"] = command
        table = report.to_markdown()
        print(table + "\n", flush=True)
        if args.out:
            out = Path(args.out)
            out.mkdir(parents=True, exist_ok=True)
            env = report.environment
            (out / f"{report.slug}.json").write_text(json.dumps(report.to_dict(), indent=2) + "\n")
            (out / f"{report.slug}.md").write_text(
                f"{table}\n\n- command: `{command}`\n- date: {env['date']}, heedful {env['heedful']}\n"
                f"- machine: {env['cpus']} cores, {env['platform']}, Python {env['python']}\n"
            )
            plot(report, out / f"{report.slug}.png")
        if args.runs:
            report.save_runs(args.runs)
    return 0


def _command(args: argparse.Namespace, systems: str) -> str:
    parts = ["heedful", "eval"]
    for s in args.set:
        parts += ["--set", s]
    parts += ["--index-root", args.index_root, "--systems", systems, "--k", str(args.k)]
    for flag, value in (("--queries", args.queries), ("--out", args.out), ("--runs", args.runs)):
        if value is not None:
            parts += [flag, str(value)]
    return " ".join(shlex.quote(p) for p in parts)


def _corpus_of(folder: Path, paired: bool) -> Path:
    from heedful.eval.datasets import load_beir, load_paired

    data = load_paired(folder) if paired else load_beir(folder)
    return data.corpus_path


# ---------------------------------------------------------------------------- test-instructions
def run_test_instructions(args: argparse.Namespace) -> int:
    from heedful.engine import Engine
    from heedful.eval.instruction_tests import format_report, load_cases, run_cases

    cases = load_cases(args.file)
    index = Path(args.index) if args.index else cases.index
    if index is None:
        raise ConfigError(f"{args.file} names no index; pass --index DIR or add 'index: DIR' to the file")
    engine = Engine.open(index, create=False)
    results = run_cases(cases, engine)
    print(format_report(results))
    return 0 if all(r.passed for r in results) else 1


HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {
    "eval": run_eval,
    "test-instructions": run_test_instructions,
}
