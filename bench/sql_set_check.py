#!/usr/bin/env python3
"""Check (or rebuild) a text-to-SQL evaluation set of our own (bench/data/sql-fresh*).

A set's folder holds SQLite databases as plain SQL scripts (DBNAME.sql) and
questions.jsonl, one question a line, in the record format of the shared `sql`
benchmark: _id, db, question, category, instructions (only for category
"instruct"), gold_sql, gold_columns, gold_rows, ordered, order_groups (only for
ordered results), compare ("multiset") and, optionally, time_dependent (false).
`bench/sql_eval.py --set FOLDER` asks it.

What it does (Python 3.11 standard library only):
  * loads each NAME.sql into an in-memory SQLite database with foreign keys on
    and requires `PRAGMA foreign_key_check` to be clean;
  * checks the question file: 18 records per database, unique ids
    DB-00..DB-17, 3 questions per category per database, instructions only on
    `instruct` questions, compare == "multiset", time_dependent == false;
  * re-runs every gold_sql and compares gold_columns, gold_rows, ordered and
    order_groups with what is stored.  `ordered` means the gold SQL has a
    top-level ORDER BY; `order_groups` numbers the result rows 1, 2, 3, ...
    giving tied rows (equal values of every ORDER BY key, evaluated by SQLite)
    the same number.  A top-level LIMIT must not cut through tied rows, and
    every gold result must be non-empty.

Usage:
  python3 bench/sql_set_check.py FOLDER            check; exit status 1 on any problem
  python3 bench/sql_set_check.py FOLDER --update   rewrite gold_columns / gold_rows / ordered /
                              order_groups from the gold SQL, then check
"""
import argparse
import json
import re
import sqlite3
import sys
from collections import Counter
from pathlib import Path

CATEGORIES = ["group_by", "order_by", "ratio", "table_join", "date_functions", "instruct"]
PER_DB = 18
PER_CATEGORY_PER_DB = 3
FIELD_ORDER = ["_id", "db", "question", "category", "instructions", "gold_sql",
               "gold_columns", "gold_rows", "ordered", "order_groups", "compare",
               "time_dependent"]


# ---------------------------------------------------------------- databases

def load_db(folder, name):
    """Load NAME.sql into memory with foreign keys enforced; return the connection."""
    con = sqlite3.connect(":memory:")
    con.execute("PRAGMA foreign_keys = ON")
    con.executescript((folder / f"{name}.sql").read_text(encoding="utf-8"))
    problems = con.execute("PRAGMA foreign_key_check").fetchall()
    if problems:
        raise SystemExit(f"{name}: foreign_key_check failed: {problems}")
    return con


def describe_db(con):
    tables = [r[0] for r in con.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY rowid")]
    parts = []
    for t in tables:
        n = con.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0]
        parts.append(f"{t} {n}")
    return tables, parts


# ---------------------------------------------------------------- SQL scanning

def mask(sql):
    """Return sql with string/identifier quotes and parenthesised text blanked.

    Positions are kept, so a match in the mask is a top-level match in sql.
    """
    out = []
    depth = 0
    quote = None
    for ch in sql:
        if quote:
            out.append(" ")
            if ch == quote:
                quote = None
            continue
        if ch in "'\"`":
            quote = ch
            out.append(" ")
        elif ch == "[":
            quote = "]"
            out.append(" ")
        elif ch == "(":
            depth += 1
            out.append(" ")
        elif ch == ")":
            depth -= 1
            out.append(" ")
        elif depth > 0:
            out.append(" ")
        else:
            out.append(ch)
    return "".join(out)


def top_level(sql, pattern):
    return [m for m in re.finditer(pattern, mask(sql), re.IGNORECASE)]


def split_top_commas(text):
    m = mask(text)
    pieces, start = [], 0
    for i, ch in enumerate(m):
        if ch == ",":
            pieces.append(text[start:i])
            start = i + 1
    pieces.append(text[start:])
    return [p.strip() for p in pieces]


def order_by_parts(sql):
    """Return (order_by_keys, limit_start) for the top-level ORDER BY, or (None, pos)."""
    body = sql.rstrip().rstrip(";")
    limits = top_level(body, r"\bLIMIT\b")
    limit_start = limits[-1].start() if limits else None
    if top_level(body, r"\bOFFSET\b"):
        raise ValueError("OFFSET is not supported in gold SQL")
    orders = top_level(body, r"\bORDER\s+BY\b")
    if not orders:
        return None, limit_start
    start = orders[-1].end()
    end = limit_start if limit_start is not None else len(body)
    keys = []
    for key in split_top_commas(body[start:end]):
        if re.search(r"\bCOLLATE\b", mask(key), re.IGNORECASE):
            raise ValueError("COLLATE in ORDER BY is not supported")
        key = re.sub(r"\s+NULLS\s+(FIRST|LAST)\s*$", "", key, flags=re.IGNORECASE)
        key = re.sub(r"\s+(ASC|DESC)\s*$", "", key, flags=re.IGNORECASE)
        keys.append(key.strip())
    return keys, limit_start


def run(con, sql):
    cur = con.execute(sql)
    cols = [d[0] for d in cur.description]
    rows = [list(r) for r in cur.fetchall()]
    return cols, rows


def order_keys(con, sql, cols, n_rows):
    """Evaluate the ORDER BY keys of sql; return (key tuples for all rows without
    LIMIT, number of rows the LIMIT keeps or None)."""
    body = sql.rstrip().rstrip(";")
    keys, limit_start = order_by_parts(body)
    unlimited = body[:limit_start].rstrip() if limit_start is not None else body
    lower_cols = [c.lower() for c in cols]
    from_cols = []   # (key index, column index in output)
    extra = []       # (key index, expression)
    for i, key in enumerate(keys):
        if re.fullmatch(r"\d+", key):
            from_cols.append((i, int(key) - 1))
        elif re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", key) and key.lower() in lower_cols:
            from_cols.append((i, lower_cols.index(key.lower())))
        else:
            extra.append((i, key))
    query = unlimited
    if extra:
        selects = top_level(unlimited, r"\bSELECT\b")
        if len(selects) != 1:
            raise ValueError("ORDER BY expression on a compound query")
        froms = [m for m in top_level(unlimited, r"\bFROM\b") if m.start() > selects[0].end()]
        if not froms:
            raise ValueError("ORDER BY expression without FROM")
        pos = froms[0].start()
        added = ", ".join(f"({expr}) AS __order_key_{i}" for i, expr in extra)
        query = f"{unlimited[:pos].rstrip()}, {added} {unlimited[pos:]}"
    _, rows = run(con, query)
    width = len(cols)
    tuples = []
    for row in rows:
        k = [None] * len(keys)
        for i, c in from_cols:
            k[i] = row[c]
        for j, (i, _) in enumerate(extra):
            k[i] = row[width + j]
        tuples.append((tuple(row[:width]), tuple(k)))
    return tuples, (n_rows if limit_start is not None else None)


def evaluate(con, sql):
    """Run gold SQL; return dict of derived fields plus a list of problems."""
    problems = []
    cols, rows = run(con, sql)
    out = {"gold_columns": cols, "gold_rows": rows}
    keys, _ = order_by_parts(sql)
    out["ordered"] = keys is not None
    if not rows:
        problems.append("gold result is empty")
    if keys is not None:
        tuples, limit = order_keys(con, sql, cols, len(rows))
        kept = tuples[:len(rows)]
        if [list(t[0]) for t in kept] != rows:
            problems.append("ORDER BY key evaluation did not reproduce the gold rows")
        groups, g, prev = [], 0, object()
        for _, k in kept:
            if k != prev:
                g += 1
                prev = k
            groups.append(g)
        out["order_groups"] = groups
        if limit is not None and len(tuples) > limit > 0 and tuples[limit - 1][1] == tuples[limit][1]:
            problems.append("top-level LIMIT cuts through tied rows")
    return out, problems


# ---------------------------------------------------------------- questions

def load_questions(questions):
    records = []
    for n, line in enumerate(questions.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            raise SystemExit(f"questions.jsonl line {n}: blank line")
        records.append(json.loads(line))
    return records


def structural_checks(records, databases):
    problems = []
    if len(records) != PER_DB * len(databases):
        problems.append(f"expected {PER_DB * len(databases)} questions, found {len(records)}")
    ids = [r.get("_id") for r in records]
    dupes = [i for i, c in Counter(ids).items() if c > 1]
    if dupes:
        problems.append(f"duplicate ids: {dupes}")
    for db in databases:
        expected = [f"{db}-{i:02d}" for i in range(PER_DB)]
        got = [r["_id"] for r in records if r.get("db") == db]
        if got != expected:
            problems.append(f"{db}: ids are not {expected[0]}..{expected[-1]} in order")
        per_cat = Counter(r["category"] for r in records if r.get("db") == db)
        for cat in CATEGORIES:
            if per_cat.get(cat, 0) != PER_CATEGORY_PER_DB:
                problems.append(f"{db}: {per_cat.get(cat, 0)} questions in {cat}, expected {PER_CATEGORY_PER_DB}")
    for r in records:
        rid = r.get("_id")
        if r.get("db") not in databases:
            problems.append(f"{rid}: unknown db {r.get('db')!r}")
        if r.get("category") not in CATEGORIES:
            problems.append(f"{rid}: unknown category {r.get('category')!r}")
        if not str(r.get("question", "")).strip():
            problems.append(f"{rid}: empty question")
        has_instr = bool(str(r.get("instructions", "")).strip())
        if (r.get("category") == "instruct") != has_instr:
            problems.append(f"{rid}: instructions must be present exactly for category instruct")
        if r.get("compare") != "multiset":
            problems.append(f"{rid}: compare must be 'multiset'")
        if r.get("time_dependent", False) is not False:
            problems.append(f"{rid}: time_dependent must be false")
        if re.search(r"'now'", r.get("gold_sql", ""), re.IGNORECASE):
            problems.append(f"{rid}: gold SQL depends on today's date")
        unknown = set(r) - set(FIELD_ORDER)
        if unknown:
            problems.append(f"{rid}: unexpected fields {sorted(unknown)}")
    return problems


def partition(groups):
    """Tied-row groups numbered by first appearance, so that 0-based and 1-based numberings agree."""
    if not isinstance(groups, list):
        return groups
    first = {}
    return [first.setdefault(g, len(first)) for g in groups]


def reorder(record):
    return {k: record[k] for k in FIELD_ORDER if k in record}


def main():
    ap = argparse.ArgumentParser(description="Check or rebuild a text-to-SQL question set of our own.")
    ap.add_argument("folder", type=Path, help="the set's folder: questions.jsonl beside DBNAME.sql scripts")
    ap.add_argument("--update", action="store_true",
                    help="rewrite gold_columns/gold_rows/ordered/order_groups from gold_sql")
    args = ap.parse_args()
    questions = args.folder / "questions.jsonl"
    databases = [script.stem for script in sorted(args.folder.glob("*.sql"))]
    if not databases:
        raise SystemExit(f"{args.folder}: no DBNAME.sql scripts")

    cons = {}
    for db in databases:
        cons[db] = load_db(args.folder, db)
        tables, parts = describe_db(cons[db])
        print(f"{db}: {len(tables)} tables, foreign keys clean: {', '.join(parts)}")

    records = load_questions(questions)
    problems = structural_checks(records, databases)

    updated = 0
    n_ordered = n_ties = 0
    for i, r in enumerate(records):
        rid = r.get("_id")
        con = cons.get(r.get("db"))
        if con is None:
            continue
        try:
            derived, run_problems = evaluate(con, r["gold_sql"])
        except (sqlite3.Error, ValueError) as exc:
            problems.append(f"{rid}: gold SQL failed: {exc}")
            continue
        problems.extend(f"{rid}: {p}" for p in run_problems)
        if derived["ordered"]:
            n_ordered += 1
            if len(set(derived["order_groups"])) < len(derived["order_groups"]):
                n_ties += 1
        if args.update:
            new = dict(r)
            new.update(derived)
            if not derived["ordered"]:
                new.pop("order_groups", None)
            new = reorder(new)
            if new != r:
                updated += 1
            records[i] = new
        else:
            for field in ("gold_columns", "gold_rows", "ordered", "order_groups"):
                if field == "order_groups" and not derived["ordered"]:
                    if "order_groups" in r:
                        problems.append(f"{rid}: order_groups present on an unordered result")
                    continue
                stored, wanted = r.get(field), derived[field]
                if field == "order_groups":  # a partition of the rows: sets number it from 0 or 1
                    stored, wanted = partition(stored), partition(wanted)
                if stored != wanted:
                    problems.append(f"{rid}: stored {field} does not match the gold SQL")

    if args.update:
        questions.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                             encoding="utf-8")
        print(f"--update: rewrote {questions} ({updated} records changed)")

    print(f"questions: {len(records)}")
    header = "| db | " + " | ".join(CATEGORIES) + " | total |"
    print(header)
    print("|" + "---|" * (len(CATEGORIES) + 2))
    for db in [*databases, "all"]:
        sel = [r for r in records if db == "all" or r.get("db") == db]
        counts = Counter(r.get("category") for r in sel)
        print(f"| {db} | " + " | ".join(str(counts.get(c, 0)) for c in CATEGORIES) + f" | {len(sel)} |")
    sizes = [len(r.get("gold_rows", [])) for r in records]
    print(f"gold rows per question: min {min(sizes)}, max {max(sizes)}; "
          f"single-row results: {sum(1 for s in sizes if s == 1)}")
    print(f"ordered results: {n_ordered} ({n_ties} with tied rows); "
          f"with instructions: {sum(1 for r in records if r.get('instructions'))}")

    if problems:
        print(f"FAILED: {len(problems)} problem(s)")
        for p in problems:
            print(f"  - {p}")
        return 1
    print("OK: all gold results match")
    return 0


if __name__ == "__main__":
    sys.exit(main())
