"""Text-to-SQL execution accuracy on ../shared/bench/sql (defog sql-eval, 7 SQLite databases).

Each database is added to a table catalog as a user would (``TableCatalog.add(FILE.sqlite)``, with
the column descriptions of ``schema.json``); each question (with its ``instructions``) goes through
``TextToSQL`` with the packaged LLM; the rows the catalog returned are scored with the set's own
rule (``score.py``: tolerant = every gold column matched by values, the headline; strict = exact
columns). Engine values are written as SQLite holds them first (dates as ISO text). A second score
transpiles the SQL that ran to SQLite and runs ``score.py`` on it, as the set's README describes.

Split: a question whose position within its database is a multiple of 5 (the first of each category)
is dev (38 questions: prompts and settings were chosen on these); the other 152 are test.

    python bench/sql_eval.py --split dev [--limit N] [--raw FILE]
    python bench/sql_eval.py --split test --raw bench/work/sql/test.jsonl      # resumable
    python bench/sql_eval.py --split test --from-raw bench/work/sql/test.jsonl # report again
    python bench/sql_eval.py --set bench/data/sql-fresh --raw bench/work/sql/fresh.jsonl --name sql_eval_fresh

``--set`` asks a set of one's own in the same format (``questions.jsonl`` beside ``DBNAME.sql``
scripts, built into SQLite files under bench/work/sql-sets/), scored by the same rule.
"""

from __future__ import annotations

import argparse
import datetime as dt
import decimal
import importlib.util
import json
import statistics
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from _util import WORK, read_jsonl, require_shared, save

from heedful.config import LLMConfig
from heedful.models.generator import load_generator
from heedful.relations import TableCatalog, transpile
from heedful.relations.text2sql import TextToSQL


def _scorer(root: Path) -> Any:
    spec = importlib.util.spec_from_file_location("sql_score", root / "score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def split_of(qid: str) -> str:
    return "dev" if int(qid.rsplit("-", 1)[1]) % 5 == 0 else "test"


def as_sqlite(value: Any) -> Any:
    """An engine value as SQLite would hold it (dates and times as ISO text, decimals as floats)."""
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, dt.timedelta):
        return str(value)
    if isinstance(value, decimal.Decimal):
        return float(value)
    return value


def catalog_for(db: str, dbs: Path, schema: dict[str, Any] | None, work: Path) -> TableCatalog:
    """The catalog of one database (its tables added once, with the column descriptions of
    ``schema`` when there is one, as a user adding an SQLite file would)."""
    catalog = TableCatalog(work / db)
    if not catalog.exists():
        descriptions = ({t: {c["name"]: c.get("description", "") for c in info["columns"]}
                         for t, info in schema[db].items()} if schema else None)
        catalog.add(dbs / f"{db}.sqlite", descriptions=descriptions)
    return catalog


def build_set(folder: Path, dbs: Path) -> None:
    """SQLite files from a set's ``DBNAME.sql`` scripts (built again when a script changed)."""
    import sqlite3

    dbs.mkdir(parents=True, exist_ok=True)
    for script in sorted(folder.glob("*.sql")):
        target = dbs / f"{script.stem}.sqlite"
        if target.exists() and target.stat().st_mtime >= script.stat().st_mtime:
            continue
        target.unlink(missing_ok=True)
        con = sqlite3.connect(target)
        con.executescript(script.read_text(encoding="utf-8"))
        con.commit()
        con.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=("dev", "test", "all"), default="test")
    ap.add_argument("--db", default=None, help="only this database")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--llm-threads", type=int, default=None)
    ap.add_argument("--attempts", type=int, default=None,
                    help="tries per question, the first and its repairs (default: TextToSQL's)")
    ap.add_argument("--raw", default=None, help="write each answer here (JSONL); answers already there are kept")
    ap.add_argument("--from-raw", default=None, help="score the answers a run wrote with --raw")
    ap.add_argument("--name", default=None, help="results/NAME (default sql_eval_SPLIT)")
    ap.add_argument("--set", default=None, help="a folder of questions.jsonl and DBNAME.sql scripts, the same "
                    "format, instead of ../shared/bench/sql (no column descriptions; every question, --split ignored)")
    args = ap.parse_args()
    root = require_shared("sql")
    score = _scorer(root)
    if args.set:
        folder = Path(args.set)
        work, source = WORK / "sql-sets" / folder.name, folder
        dbs = work / "dbs"
        build_set(folder, dbs)
        args.split = "all"
    else:
        work, source, dbs = WORK / "sql", root, root / "dbs"
    questions = [q for q in read_jsonl(source / "questions.jsonl")
                 if (args.split == "all" or split_of(q["_id"]) == args.split) and (not args.db or q["db"] == args.db)]
    questions = questions[: args.limit]
    raw_path = Path(args.from_raw or args.raw) if (args.from_raw or args.raw) else None
    done: dict[str, dict[str, Any]] = {}
    if raw_path and raw_path.exists():
        done = {r["_id"]: r for r in read_jsonl(raw_path)}
    if not args.from_raw:
        schema = None if args.set else json.loads((root / "schema.json").read_text())
        llm = load_generator(LLMConfig(threads=args.llm_threads))
        engines: dict[str, TextToSQL] = {}
        out = raw_path.open("a", encoding="utf-8") if raw_path else None
        if raw_path:
            raw_path.parent.mkdir(parents=True, exist_ok=True)
        for i, q in enumerate(questions):
            if q["_id"] in done:
                continue
            if q["db"] not in engines:
                engines[q["db"]] = TextToSQL(catalog_for(q["db"], dbs, schema, work), llm,
                                             **({"attempts": args.attempts} if args.attempts else {}))
            t0 = time.perf_counter()
            a = engines[q["db"]].answer(q["question"], instructions=q.get("instructions"))
            rec = {"_id": q["_id"], **a.to_dict(), "seconds": round(time.perf_counter() - t0, 2),
                   "rows": [[as_sqlite(v) for v in r] for r in a.rows]}
            done[q["_id"]] = rec
            if out:
                out.write(json.dumps(rec, default=str) + "\n")
                out.flush()
            print(f"[{i + 1}/{len(questions)}] {q['_id']} {rec['seconds']:.1f}s "
                  f"{'ERR ' + str(a.error)[:80] if a.error else (a.sql or '')[:100]}", flush=True)
        if out:
            out.close()
    results = []
    cons: dict[str, Any] = {}
    import sqlite3

    for q in questions:
        r = done.get(q["_id"])
        res = {"_id": q["_id"], "db": q["db"], "category": q["category"], "tolerant": False, "strict": False,
               "sqlite_tolerant": False, "invalid": True, "seconds": None, "attempts": 0}
        if r is not None:
            res["seconds"] = r["seconds"]
            res["attempts"] = len(r["attempts"])
            res["invalid"] = r["sql"] is None
            if q["db"] not in cons:
                cons[q["db"]] = sqlite3.connect(f"file:{dbs / (q['db'] + '.sqlite')}?mode=ro", uri=True)
            golds = score.gold_alternatives(q, cons[q["db"]])
            if r["sql"] is not None:
                mode = q.get("compare", "multiset")
                for g in golds:
                    res["tolerant"] |= score.result_matches(g, r["columns"], r["rows"], mode, tolerant=True)
                    res["strict"] |= score.result_matches(g, r["columns"], r["rows"], mode, tolerant=False)
                try:
                    sq = transpile(r["sql"], read="duckdb", write="sqlite")
                    cols, rows = score.run_sql(cons[q["db"]], sq)
                    res["sqlite_tolerant"] = any(score.result_matches(g, cols, rows, mode, tolerant=True) for g in golds)
                except Exception:  # noqa: BLE001 - a transpiled query SQLite refuses counts wrong there
                    res["sqlite_tolerant"] = False
        results.append(res)

    def agg(rs: list[dict[str, Any]]) -> dict[str, Any]:
        n = len(rs)
        secs = [r["seconds"] for r in rs if r["seconds"] is not None]
        return {"n": n, "tolerant": round(sum(r["tolerant"] for r in rs) / n, 3) if n else 0.0,
                "strict": round(sum(r["strict"] for r in rs) / n, 3) if n else 0.0,
                "sqlite_tolerant": round(sum(r["sqlite_tolerant"] for r in rs) / n, 3) if n else 0.0,
                "invalid": round(sum(r["invalid"] for r in rs) / n, 3) if n else 0.0,
                "seconds_mean": round(statistics.mean(secs), 1) if secs else None,
                "retried": sum(r["attempts"] > 1 for r in rs)}

    by_cat: dict[str, list[dict[str, Any]]] = defaultdict(list)
    by_db: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in results:
        by_cat[r["category"]].append(r)
        by_db[r["db"]].append(r)
    summary = {"split": args.split, "all": agg(results), "by_category": {k: agg(v) for k, v in sorted(by_cat.items())},
               "by_db": {k: agg(v) for k, v in sorted(by_db.items())}}
    lines = ["| group | n | execution accuracy (tolerant) | strict | transpiled to SQLite | invalid SQL | s/question |",
             "|---|---|---|---|---|---|---|"]
    for label, a in [("all", summary["all"]), *summary["by_category"].items(), *summary["by_db"].items()]:
        lines.append(f"| {label} | {a['n']} | {a['tolerant']:.3f} | {a['strict']:.3f} | {a['sqlite_tolerant']:.3f} "
                     f"| {a['invalid']:.3f} | {a['seconds_mean']} |")
    table = "\n".join(lines)
    print(table)
    save(args.name or f"sql_eval_{args.split}", {**summary, "per_question": results}, table)


if __name__ == "__main__":
    main()
