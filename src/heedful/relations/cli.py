"""The ``heedful table`` and ``heedful query`` commands.

``table add|list|link|drop`` manage the tables of an index folder; ``query`` answers a question over
them with the local LLM (or runs ``--sql`` as given), and a JSONL batch resumably. Only one checked
SELECT ever runs, read-only, under ``--limit`` rows and ``--timeout`` seconds.
"""

from __future__ import annotations

import argparse
import json
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from heedful.errors import ConfigError, InputError, ParseError

if TYPE_CHECKING:
    from heedful.config import LLMConfig

__all__ = ["add_parsers", "read_sql_questions", "render_rows", "run_query", "run_table"]

_TABLE_EPILOG = textwrap.dedent(
    """\
    examples:
      heedful table add companies.csv --index my-index --link company=companies.name
      heedful table add shop.sqlite --index my-index        # every table of the file
      heedful table list --index my-index
    """
)
_QUERY_EPILOG = textwrap.dedent(
    """\
    examples:
      heedful query "Which companies founded after 2000 have more than 500 employees?" --index my-index
      heedful query --sql "SELECT name FROM companies WHERE employees > 500" --index my-index
      heedful query --index my-index --questions q.jsonl --out answers.jsonl
    batch input lines: {"_id", "question", optional "instructions"}
    batch output lines: {"_id", "sql", "columns", "rows", "error"}; ids already in --out are skipped
    """
)


def add_parsers(subparsers: Any, *, llm_options: Callable[[argparse.ArgumentParser], None]) -> None:
    """Add ``table`` and ``query`` to an argparse subparsers object."""
    t = subparsers.add_parser("table", help="add, list, link or drop tables beside the documents",
                              description="Tables beside documents: CSV, Parquet or SQLite files kept in the "
                                          "index folder (DuckDB) and queried read-only.",
                              epilog=_TABLE_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    ts = t.add_subparsers(dest="table_command", required=True, metavar="ACTION")
    add = ts.add_parser("add", help="add a CSV or Parquet file as a table, or every table of an SQLite file")
    add.add_argument("source", help="a .csv, .tsv, .parquet or SQLite (.sqlite, .sqlite3, .db) file")
    add.add_argument("--index", required=True, metavar="DIR")
    add.add_argument("--name", default=None, help="table name (CSV/Parquet; default: the file name)")
    add.add_argument("--link", action="append", default=[], metavar="FIELD=TABLE.COLUMN",
                     help="tie a document metadata field to a table column (repeatable)")
    add.add_argument("--descriptions", metavar="FILE.json", default=None,
                     help='column descriptions for the SQL writer: {"TABLE": {"COLUMN": "what it holds"}}')
    add.add_argument("--replace", action="store_true", help="replace a table of the same name")
    ls = ts.add_parser("list", help="print each table's columns, types and row count, and the links")
    ls.add_argument("--index", required=True, metavar="DIR")
    ls.add_argument("--format", choices=("text", "json"), default="text")
    ln = ts.add_parser("link", help="tie document metadata fields to table columns")
    ln.add_argument("links", nargs="+", metavar="FIELD=TABLE.COLUMN")
    ln.add_argument("--index", required=True, metavar="DIR")
    dr = ts.add_parser("drop", help="remove a table and its links")
    dr.add_argument("name")
    dr.add_argument("--index", required=True, metavar="DIR")
    for p in (add, ls, ln, dr):
        p.allow_abbrev = False

    q = subparsers.add_parser("query", help="answer a question over the tables with SQL",
                              description="Answer a question over the index's tables: the local LLM writes "
                                          "SQL, which is checked (one SELECT over existing tables and columns) "
                                          "and run read-only.",
                              epilog=_QUERY_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    q.add_argument("question", nargs="?", default=None, help="the question")
    q.add_argument("--index", required=True, metavar="DIR")
    q.add_argument("--instructions", default=None, help="how to answer (e.g. 'match names exactly')")
    q.add_argument("--sql", default=None, help="run this SQL (PostgreSQL dialect, checked) instead of a question")
    q.add_argument("--format", choices=("table", "json"), default="table")
    q.add_argument("--questions", metavar="FILE.jsonl", help="batch mode: one question per line")
    q.add_argument("--out", metavar="FILE.jsonl", help="batch mode: answers are appended here, one per line")
    q.add_argument("--limit", type=int, default=1000, help="most rows returned (default 1000)")
    q.add_argument("--timeout", type=float, default=10.0, help="seconds a query may run (default 10)")
    llm_options(q)


def _catalog(index: str) -> Any:
    from heedful.relations.catalog import TableCatalog

    return TableCatalog(index)


def _warn_unknown_fields(index: str, links: list[Any]) -> None:
    """Say so when a link names a field the index's documents do not have (yet): it does nothing
    until they do."""
    import sys

    from heedful.config import CONFIG_FILE, IndexConfig

    if not links or not (Path(index) / CONFIG_FILE).exists():
        return
    fields = IndexConfig.load(Path(index)).fields
    for link in links:
        if link.field not in fields:
            print(f"note: the documents in {index} have no field {link.field!r} (fields: "
                  f"{', '.join(sorted(fields)) or 'none'}); the link applies once they do", file=sys.stderr)


def run_table(args: argparse.Namespace) -> int:
    from heedful.relations.catalog import describe_tables, parse_link

    catalog = _catalog(args.index)
    if args.table_command == "add":
        descriptions = None
        if args.descriptions:
            try:
                descriptions = json.loads(Path(args.descriptions).read_text(encoding="utf-8"))
            except (OSError, json.JSONDecodeError) as exc:
                raise InputError(f"--descriptions {args.descriptions}: {exc}") from None
            if not isinstance(descriptions, dict) or not all(
                    isinstance(v, dict) and all(isinstance(x, str) for x in v.values()) for v in descriptions.values()):
                raise InputError(f'--descriptions {args.descriptions}: write {{"TABLE": {{"COLUMN": "text"}}}}')
        links = [parse_link(text) for text in args.link]
        _warn_unknown_fields(args.index, links)
        added = catalog.add(args.source, name=args.name, links=links, descriptions=descriptions,
                            replace=args.replace)
        print(describe_tables(added, [lk for lk in catalog.links() if lk.table in {t.name for t in added}]))
        return 0
    if args.table_command == "link":
        links = [parse_link(text) for text in args.links]
        _warn_unknown_fields(args.index, links)
        catalog.link(links)
        print("links: " + ", ".join(str(lk) for lk in catalog.links()))
        return 0
    if args.table_command == "drop":
        catalog.drop(args.name)
        print(f"dropped table {args.name}")
        return 0
    tables, links = catalog.tables(), catalog.links()
    if args.format == "json":
        print(json.dumps({"tables": [
            {"name": t.name, "rows": t.rows, "source": t.source, "added_at": t.added_at,
             "primary_key": list(t.primary_key),
             "foreign_keys": [{"column": c, "table": ot, "references": oc} for c, ot, oc in t.foreign_keys],
             "columns": [{"name": c.name, "type": c.type, "description": c.description} for c in t.columns]}
            for t in tables], "links": [{"field": lk.field, "table": lk.table, "column": lk.column} for lk in links]},
            indent=2))
    else:
        print(describe_tables(tables, links))
    return 0


def render_rows(columns: tuple[str, ...] | list[str], rows: list[Any], *, max_width: int = 40) -> str:
    """Rows as an aligned text table.

    >>> print(render_rows(("name", "founded"), [("Bolt", 2012), ("Coda", None)]))
    name  founded
    ----  -------
    Bolt  2012
    Coda  NULL
    """
    def cell(v: Any) -> str:
        text = "NULL" if v is None else str(v)
        return text if len(text) <= max_width else text[: max_width - 1] + "…"

    cells = [[cell(v) for v in r] for r in rows]
    widths = [max([len(c), *(len(r[i]) for r in cells)]) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)).rstrip() for r in cells]
    return "\n".join(lines)


def read_sql_questions(path: str) -> list[dict[str, Any]]:
    """The questions of a JSONL file: ``_id``, ``question``, optional ``instructions``.

    Raises:
        InputError: the file does not exist or is not UTF-8 text.
        ParseError: a line is not a JSON object with ``_id`` and a string ``question``, or repeats an
            ``_id``; the message names the file and the line.
    """
    from heedful.ingest.readers import read_query_lines

    out = []
    for n, obj in read_query_lines(path, kind=("question", "questions"), text_key="question", strict=True):
        qid = str(obj["_id"])
        instructions = obj.get("instructions")
        if instructions is not None and not isinstance(instructions, str):
            raise ParseError(path, n, '"instructions" must be a string')
        out.append({"_id": qid, "question": obj["question"], "instructions": instructions})
    return out


def _jsonable(value: Any) -> Any:
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    return str(value)


def _result_dict(sql: str | None, columns: Any, rows: Any, error: str | None, **extra: Any) -> dict[str, Any]:
    return {"sql": sql, "columns": list(columns), "rows": [[_jsonable(v) for v in r] for r in rows],
            "error": error, **extra}


def run_query(args: argparse.Namespace, *, llm_config: LLMConfig) -> int:
    from heedful.errors import SQLError
    from heedful.ingest.readers import done_ids

    if sum(x is not None for x in (args.question, args.sql, args.questions)) != 1:
        raise ConfigError("give one of a QUESTION, --sql SQL or --questions FILE.jsonl")
    if args.questions is not None and args.out is None:
        raise ConfigError("--questions needs --out FILE.jsonl (answers are appended there, so a run can resume)")
    if args.questions is None and args.out is not None:
        raise ConfigError("--out only applies with --questions")
    if args.limit < 1 or args.timeout <= 0:
        raise ConfigError("--limit must be at least 1 and --timeout above 0")
    catalog = _catalog(args.index)
    if not catalog.exists():
        raise InputError(f"no tables in {args.index}; add one with: heedful table add FILE --index {args.index}")
    if args.sql is not None:
        try:
            res = catalog.query(args.sql, limit=args.limit, timeout=args.timeout)
            out = _result_dict(res.sql, res.columns, res.rows, None, truncated=res.truncated, notes=list(res.notes))
        except SQLError as exc:
            if args.format == "json":
                print(json.dumps(_result_dict(None, (), [], str(exc)), indent=2))
                return 1
            raise
        _print_result(out, args.format)
        return 0
    from heedful.models.generator import load_generator
    from heedful.relations.text2sql import TextToSQL

    questions = read_sql_questions(args.questions) if args.questions else None
    if questions is not None:
        out_path = Path(args.out)
        if not out_path.parent.is_dir():
            raise InputError(f"--out {args.out}: the folder {out_path.parent} does not exist; create it first")
        done = done_ids(out_path, command="heedful query")
        todo = [q for q in questions if q["_id"] not in done]
        if not todo:
            print(f"all {len(questions)} questions are already in {args.out}")
            return 0
    writer = TextToSQL(catalog, lambda: load_generator(llm_config), limit=args.limit, timeout=args.timeout)
    if questions is None:
        answer = writer.answer(args.question, instructions=args.instructions)
        result = _result_dict(answer.sql, answer.columns, answer.rows, answer.error, truncated=answer.truncated,
                              written=answer.written, written_by=answer.written_by, tables=list(answer.tables),
                              attempts=[{"sql": s, "error": e} for s, e in answer.attempts], cost=answer.cost,
                              notes=list(answer.notes))
        _print_result(result, args.format)
        return 0 if answer.error is None else 1
    failed = 0
    with out_path.open("a", encoding="utf-8") as fh:
        for q in todo:
            answer = writer.answer(q["question"], instructions=q["instructions"])
            failed += answer.error is not None
            row = {"_id": q["_id"], **_result_dict(answer.sql, answer.columns, answer.rows, answer.error),
                   "cost": answer.cost}
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
            fh.flush()
    print(f"{len(todo)} questions answered into {args.out} ({failed} with an error)")
    return 0


def _print_result(result: dict[str, Any], format: str) -> None:
    if format == "json":
        print(json.dumps(result, indent=2, ensure_ascii=False))
        return
    lines = []
    if result.get("sql"):
        lines.append(f"-- {result['sql']}")
    if result.get("written_by") == "rules":
        lines.append("-- written by rules (a simple question: no model call)")
    for note in result.get("notes", ()):
        lines.append(f"-- note: {note}")
    if result.get("error"):
        lines.append(f"-- error: {result['error']}")
    else:
        lines.append(render_rows(result["columns"], result["rows"]))
        n = len(result["rows"])
        lines.append(f"({n} row{'s' if n != 1 else ''}{', cut at --limit' if result.get('truncated') else ''})")
    print("\n".join(lines))
