"""The ``heedful`` command line: a thin layer over :class:`heedful.Engine`.

Errors a user can fix print one line, ``Error: ...``, and exit with status 1.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import math
import sys
import textwrap
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any

from heedful.adapt import cli as adapt_cli
from heedful.admit import cli as admit_cli
from heedful.ask import cli as ask_cli
from heedful.errors import ConfigError, HeedfulError, InputError
from heedful.eval import cli as eval_cli
from heedful.eval.trec import check_token
from heedful.relations import cli as relations_cli
from heedful.server import cli as server_cli

__all__ = ["FORMATS", "main", "render_table"]

FORMATS = ("table", "json", "jsonl", "trec")


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="heedful",
        allow_abbrev=False,
        description="A search engine that follows instructions.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=textwrap.dedent(
            """\
            examples:
              heedful index examples/newsroom.jsonl --index demo-index
              heedful search "wildfire smoke" --index demo-index --instruction "only CNN articles"
              heedful search --index demo-index --queries q.jsonl --k 1000 --format trec --out run.trec
            """
        ),
    )
    p.add_argument("-v", "--verbose", action="store_true", help="log progress and timings")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    ix = sub.add_parser("index", help="index documents (JSONL[.gz], JSON, CSV, Parquet or a folder of .txt/.md)")
    ix.add_argument("source", help="file or folder to index")
    ix.add_argument("--index", required=True, metavar="DIR",
                    help="index folder (created if missing), or postgresql://user@host/db?table=NAME for an index "
                         "that lives in PostgreSQL")
    ix.add_argument("--mode", choices=("upsert", "add"), default="upsert",
                    help="upsert replaces documents with the same id; add refuses them (default: upsert)")
    ix.add_argument("--field", action="append", default=[], metavar="NAME:TYPE",
                    help="declare a metadata field type (string, integer, number, bool, date, list)")
    ix.add_argument("--id-field", default="_id", metavar="NAME",
                    help='the key (column) holding document ids (default _id, or "id" when there is no _id)')
    ix.add_argument("--text-field", default="text", metavar="NAME", help="the key (column) holding the text")
    ix.add_argument("--title-field", default="title", metavar="NAME", help="the key (column) holding titles")
    ix.add_argument("--max-words", type=int, default=None, help="passage length in words (new index; default 180)")
    ix.add_argument("--overlap-words", type=int, default=None, help="passage overlap in words (new index; default 30)")
    ix.add_argument("--max-passages", type=int, default=None,
                    help="index at most N passages per document (new index; default: all)")
    ix.add_argument("--model", "--embedder", dest="embedder", default=None, metavar="MODEL",
                    help="embedder: a name, a local folder (e.g. from heedful adapt) or a hub id (new index)")
    ix.add_argument("--exact", action="store_true",
                    help="exact vector search at any size (new index; default: an IVF-HNSW index from "
                         "20,000 passages up)")
    ix.add_argument("--store", default=None, metavar="URL",
                    help="keep the passages in PostgreSQL + pgvector (new index): postgresql://user@host:5432/db"
                         "[?table=NAME]; the password from PGPASSWORD or ~/.pgpass; settings stay in --index DIR")
    ix.add_argument("--batch-size", type=int, default=128, help="documents per atomic write (default 128)")
    ix.add_argument("--ray", nargs="?", const="local", default=None, metavar="ADDRESS",
                    help="embed with Ray Data actors (pip install \"heedful[ray]\"): alone, a local cluster on "
                         "loopback; with ADDRESS (e.g. ray://head:10001), a running one; this process still writes")
    ix.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")

    se = sub.add_parser("search", help="search an index, for one query or a file of queries")
    se.add_argument("query", nargs="?", default=None, help="the query text")
    se.add_argument("--index", required=True, metavar="DIR")
    se.add_argument("--instruction", default=None, help="what counts as relevant, in plain language")
    se.add_argument("--instruction-file", metavar="FILE", default=None,
                    help="read the instruction from FILE (UTF-8; use it for long instructions, which a "
                         "command line may not carry)")
    se.add_argument("--plan", metavar="FILE", default=None,
                    help="run an edited relevance plan (JSON, as printed by `heedful plan`) instead of an instruction")
    se.add_argument("--as-of", metavar="YYYY-MM-DD", default=None,
                    help="only versions valid on that day and nothing dated after it")
    se.add_argument("--filter", action="append", default=[], metavar='"FIELD OP VALUE"',
                    help="hard metadata filter, repeatable (ops: = != < <= > >= in, not in, contains)")
    se.add_argument("--k", type=int, default=10, help="number of hits (default 10)")
    se.add_argument("--format", choices=FORMATS, default="table", help="output format (default table)")
    se.add_argument("--queries", metavar="FILE.jsonl",
                    help="batch mode: one {_id, text, ...} per line; an as_of field sets that query's date")
    se.add_argument("--instruction-field", metavar="NAME", help="batch mode: the instruction field of each line")
    se.add_argument("--out", metavar="FILE",
                    help="write results here instead of stdout (replaced only once every query has run)")
    se.add_argument("--tag", default="heedful", help="TREC run tag (default: heedful)")
    _llm_options(se, judge=True)

    pl = sub.add_parser("plan", help="compile an instruction into a relevance plan and print it")
    pl.add_argument("instruction", nargs="?", default=None, help="what counts as relevant, in plain language")
    pl.add_argument("--instruction", dest="instruction_flag", metavar="TEXT", default=None,
                    help="the instruction as an option, as search takes it (instead of the positional one)")
    pl.add_argument("--instruction-file", metavar="FILE", default=None,
                    help="read the instruction from FILE instead (UTF-8; for long instructions)")
    pl.add_argument("--query", default="", help="the query the instruction goes with")
    pl.add_argument("--index", metavar="DIR", default=None,
                    help="compile for this index's metadata fields (so 'from CNN' can become a filter)")
    _llm_options(pl, judge=False)
    pl.add_argument("--format", choices=("text", "json"), default="text",
                    help="text (readable, default) or json (editable; pass back with search --plan)")

    inf = sub.add_parser("info", help="describe an index")
    inf.add_argument("--index", required=True, metavar="DIR")
    eval_cli.add_parsers(sub)
    ask_cli.add_parser(sub, llm_options=lambda parser: _llm_options(parser, judge=False, compiler=False))
    admit_cli.add_parser(sub, llm_options=lambda parser: _llm_options(parser, judge=False, compiler=False))
    relations_cli.add_parsers(sub, llm_options=lambda parser: _llm_options(parser, judge=False, compiler=False))
    adapt_cli.add_parser(sub, llm_options=lambda parser: _llm_options(parser, judge=False, compiler=False))
    server_cli.add_parser(sub)
    for command in sub.choices.values():
        command.allow_abbrev = False  # "--instruction" must never be read as "--instruction-file"
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    try:
        handlers = {"index": _index, "search": _search, "plan": _plan, "info": _info, **eval_cli.HANDLERS,
                    "ask": lambda a: ask_cli.run(a, llm_config=_llm_config(a), open_index=_open,
                                                 write_back=admit_cli.offer, describe=admit_cli.describe),
                    "admit": lambda a: admit_cli.run(a, llm_config=_llm_config(a), open_index=_open),
                    "table": relations_cli.run_table,
                    "query": lambda a: relations_cli.run_query(a, llm_config=_llm_config(a)),
                    "adapt": lambda a: adapt_cli.run(a, llm_config=_llm_config(a)),
                    "serve": lambda a: server_cli.run(a, open_index=_open)}
        return handlers[args.command](args)
    except HeedfulError as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("Error: interrupted", file=sys.stderr)
        return 130
    except OSError as exc:  # a file or folder the system refused: say which and why
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"Error: {where}{exc.strerror or exc}", file=sys.stderr)
        return 1
    except Exception as exc:  # a bug, not the user's doing: one line here, the traceback with -v
        logging.getLogger("heedful.cli").debug("unexpected error", exc_info=True)
        hint = "" if args.verbose else " (run with -v for the traceback)"
        print(f"Error: unexpected {type(exc).__name__}: {exc}; please report it{hint}", file=sys.stderr)
        return 1


def _open(path: str, *, create: bool = False, **options: Any) -> Any:
    from heedful.engine import Engine

    return Engine.open(path, create=create, **options)


def _index(args: argparse.Namespace) -> int:
    from heedful.config import ChunkConfig

    fields = {}
    for spec in args.field:
        name, sep, kind = spec.partition(":")
        if not sep or not name or not kind:
            raise ConfigError(f"--field {spec!r}: write NAME:TYPE, e.g. publish_date:date")
        fields[name] = kind
    chunk_opts = {k: v for k, v in (("max_words", args.max_words), ("overlap_words", args.overlap_words),
                                    ("max_passages", args.max_passages)) if v is not None}
    engine = _open(args.index, create=True, embedder=args.embedder, chunk=ChunkConfig(**chunk_opts),
                   exact=args.exact, store=args.store)
    report = engine.index(args.source, mode=args.mode, fields=fields or None,
                          batch_size=args.batch_size, progress=not args.no_progress, id_field=args.id_field,
                          text_field=args.text_field, title_field=args.title_field, ray=args.ray)
    docs, _ = engine.store.count()
    print(f"{report}; the index now holds {docs} documents")
    return 0


def _llm_options(p: argparse.ArgumentParser, *, judge: bool, compiler: bool = True) -> None:
    g = p.add_argument_group("local LLM (pip install \"heedful[llm]\")")
    if compiler:
        g.add_argument("--compiler", choices=("rules", "llm"), default="rules",
                       help="rules (default): fast, no model; llm: the LLM compiles too, merged with the rules")
    if judge:
        g.add_argument("--judge", choices=("none", "llm"), default="none",
                       help="llm: the LLM reads the top --judge-k candidates where predicates are undecided")
        g.add_argument("--judge-k", type=int, default=20, metavar="N", help="candidates the LLM judge reads (default 20)")
    g.add_argument("--llm-url", metavar="URL", default=None,
                   help="an OpenAI-compatible server (e.g. http://127.0.0.1:8080/v1) instead of the local GGUF "
                        "($HEEDFUL_LLM_URL; key from $HEEDFUL_LLM_API_KEY or $OPENAI_API_KEY)")
    g.add_argument("--llm-model", metavar="NAME", default=None,
                   help="model name on that server (default: the first it lists; $HEEDFUL_LLM_MODEL)")
    g.add_argument("--llm-threads", metavar="N", type=int, default=None,
                   help="CPU threads of the local model (default: the available cores, at most 8; "
                        "fewer on a machine busy with other work)")


def _llm_config(args: argparse.Namespace) -> Any:
    from heedful.config import LLMConfig

    return LLMConfig.from_env(base_url=args.llm_url, model=args.llm_model, threads=args.llm_threads)


def _compile(args: argparse.Namespace, engine: Any, instruction: str, query: str) -> Any:
    """The plan of ``instruction`` with the compiler the flags ask for (engine may be None)."""
    from heedful.plan.rules import compile_rules

    fields = engine.config.fields if engine is not None else None
    values = {k: v for k, v in engine.config.values.items() if v} if engine is not None else None
    if args.compiler == "llm":
        from heedful.models.generator import load_generator
        from heedful.plan.llm import compile_llm

        plan = compile_llm(instruction, query=query, generator=load_generator(_llm_config(args)),
                           fields=fields, values=values)
        return engine.relate(plan, instruction) if engine is not None else plan
    if engine is not None:
        return engine.compile(instruction, query=query)
    return compile_rules(instruction, query=query, fields=fields, values=values)


def _instruction(args: argparse.Namespace) -> str | None:
    """The instruction given inline or, with --instruction-file, read from a file."""
    if args.instruction_file is None:
        return args.instruction
    if args.instruction is not None:
        raise ConfigError("give the instruction inline or with --instruction-file, not both")
    try:
        return Path(args.instruction_file).read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot read instruction file {args.instruction_file}: {exc.strerror}") from None
    except UnicodeDecodeError as exc:
        raise InputError(f"instruction file {args.instruction_file} is not UTF-8 text (byte {exc.start})") from None


def _plan(args: argparse.Namespace) -> int:
    if args.instruction_flag is not None:
        if args.instruction is not None:
            raise ConfigError("give the instruction once: as INSTRUCTION or with --instruction, not both")
        args.instruction = args.instruction_flag
    instruction = _instruction(args)
    if instruction is None:
        raise ConfigError("give an INSTRUCTION or --instruction-file FILE")
    plan = _compile(args, _open(args.index) if args.index else None, instruction, args.query)
    if args.format == "json":
        print(plan.to_json())
    else:
        print(plan.explain(instruction))
    return 0


def _info(args: argparse.Namespace) -> int:
    info = _open(args.index).info()
    print(json.dumps(info, indent=2, default=str))
    return 0


def _read_queries(path: str, instruction_field: str | None) -> list[dict[str, Any]]:
    from heedful.ingest.readers import read_query_lines

    return [{"id": str(obj["_id"]), "text": obj["text"] or "",
             "instruction": obj.get(instruction_field) if instruction_field else None,
             "as_of": obj.get("as_of")} for _, obj in read_query_lines(path)]


def _search(args: argparse.Namespace) -> int:
    if (args.query is None) == (args.queries is None):
        raise ConfigError("give either a QUERY or --queries FILE.jsonl")
    if args.instruction_field and not args.queries:
        raise ConfigError("--instruction-field only applies with --queries")
    args.instruction = _instruction(args)
    plan = None
    if args.plan:
        if args.instruction:
            raise ConfigError("give --instruction or --plan, not both")
        try:
            plan = Path(args.plan).read_text(encoding="utf-8")
        except OSError as exc:
            raise InputError(f"cannot read plan file {args.plan}: {exc.strerror}") from None
    if args.query is not None:
        jobs = [{"id": "q1", "text": args.query, "instruction": args.instruction, "as_of": None}]
    else:
        jobs = _read_queries(args.queries, args.instruction_field)
        if args.instruction:
            jobs = [{**j, "instruction": j["instruction"] or args.instruction} for j in jobs]
    engine = _open(args.index)
    judge: Any = None
    if args.judge == "llm":
        from heedful.models.generator import load_generator
        from heedful.rank.llm_judge import LLMJudge

        judge = LLMJudge(load_generator(_llm_config(args)))
    if args.format == "trec":
        for token, what in [(args.tag, "--tag"), *((j["id"], "query id") for j in jobs)]:
            check_token(what, token)
    with _output(args.out) as out:
        for job in jobs:
            job_plan: Any = plan
            if plan is None and args.compiler == "llm" and job["instruction"]:
                job_plan = _compile(args, engine, job["instruction"], job["text"])
            res = engine.search(job["text"], instruction=job["instruction"], plan=job_plan, filters=args.filter,
                                k=args.k, as_of=job["as_of"] or args.as_of, judge=judge, judge_k=args.judge_k)
            _write(out, job["id"], res, args.format, args.tag, single=args.query is not None)
    return 0


@contextlib.contextmanager
def _output(path: str | None) -> Iterator[IO[str]]:
    """stdout, or a file that is replaced only when everything was written (an error leaves it as it was)."""
    if path is None:
        yield sys.stdout
        return
    target = Path(path)
    if not target.parent.is_dir():
        raise InputError(f"--out {path}: the folder {target.parent} does not exist; create it first")
    tmp = target.with_name(f".{target.name}.partial")
    try:
        with open(tmp, "w", encoding="utf-8") as f:
            yield f
        tmp.replace(target)
    finally:
        tmp.unlink(missing_ok=True)


def _write(out: IO[str], qid: str, res: Any, fmt: str, tag: str, *, single: bool) -> None:
    if fmt == "trec":
        for h in res:
            check_token(f"query {qid!r}: document id", h.id)
            out.write(f"{qid} Q0 {h.id} {h.rank} {h.score:.6f} {tag}\n")
    elif fmt == "jsonl":
        for h in res:
            out.write(_json({"query_id": qid, **h.to_dict()}) + "\n")
    elif fmt == "json":
        out.write(_json({"query_id": qid, **res.to_dict()}, indent=2) + "\n")
    else:
        out.write(render_table(res, qid=None if single else qid) + "\n")


def _json(obj: Any, *, indent: int | None = None) -> str:
    """Strict JSON (no NaN or Infinity, which JSON parsers reject): non-finite numbers become null."""
    return json.dumps(_finite(obj), indent=indent, ensure_ascii=False, default=str, allow_nan=False)


def _finite(obj: Any) -> Any:
    if isinstance(obj, float):
        return obj if math.isfinite(obj) else None
    if isinstance(obj, dict):
        return {k: _finite(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [_finite(v) for v in obj]
    return obj


def render_table(res: Any, *, qid: str | None = None, width: int = 100) -> str:
    """A compact terminal view: one block per hit, with why it ranks there."""
    head = f"query {qid}: " if qid else "query: "
    lines = [f"{head}{res.query!r}" + (f"  instruction: {res.instruction!r}" if res.instruction else "")]
    plan = getattr(res, "plan", None)
    if plan is not None and plan.filters:  # hard: every hit below passes them
        lines.append("  filters from the instruction: " + "; ".join(str(f) for f in plan.filters))
    lines += [f"  note: {note}" for note in (plan.notes if plan is not None else ())]
    if not len(res):
        lines.append("  (no hits)")
    for h in res:
        meta = ", ".join(f"{k}={_short(v)}" for k, v in list(h.metadata.items())[:4])
        lines.append(f"{h.rank:>3}. {h.id}  {h.score:.4f}  {h.title[:60]}" + (f"  [{meta}]" if meta else ""))
        why = " · ".join(f"{name} #{rank}" for name, rank in sorted(h.ranks.items()))
        if why:
            lines.append(f"     matched: {why}")
        priors = [c for c in h.explanation if c.method.split(":")[0] in _PRIORS]
        for c in h.explanation:
            if c not in priors:
                lines.append("     " + _criterion_line(c))
        if priors:  # not from the instruction: one compact line (JSON carries them in full)
            lines.append("     ~ priors: " + ", ".join(f"{c.method} ({c.contribution:+.3f})" for c in priors))
        snippet = " ".join(h.text.split())
        lines.append("     " + (snippet[: width - 8] + "…" if len(snippet) > width - 8 else snippet))
    return "\n".join(lines)


#: explanation lines that come from heedful's own judging priors, not from the user's instruction
_PRIORS = ("length", "subject")


def _criterion_line(c: Any) -> str:
    """One explanation line: + the hit passes the criterion, x it fails, ? undecided."""
    negative = c.polarity in ("exclude", "avoid")
    if c.status == "unknown":
        mark, reading = "?", "undecided"
        from heedful.rank.predicates import ONLY_OTHER, ONLY_VISITED

        for only in (ONLY_OTHER, ONLY_VISITED):
            if c.method.endswith(only):
                reading = f"undecided, found {only}"
    elif (c.status == "satisfied") != negative:
        mark, reading = "+", "holds" if not negative else "does not apply"
    else:
        mark, reading = "x", "applies" if negative else "does not hold"
    ev = f": {c.evidence[:80]!r}" if c.evidence else ""
    if c.method == "sql" and c.evidence:  # the rows and the SQL that decided it, in full
        ev = f"\n         {c.evidence}"
    return f"{mark} {c.polarity} {c.criterion[:48]!r} {reading} ({c.contribution:+.3f}){ev}"


def _short(value: Any) -> str:
    text = value.isoformat() if hasattr(value, "isoformat") else str(value)
    return text if len(text) <= 24 else text[:21] + "..."


if __name__ == "__main__":
    raise SystemExit(main())
