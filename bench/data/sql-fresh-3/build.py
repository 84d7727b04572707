"""Check the sql-fresh-3 text-to-SQL set (stdlib only).

    python build.py            # load school.sql and grid.sql, re-run and check every gold_sql
    python build.py --update   # rewrite gold_columns, gold_rows, ordered, order_groups

Each NAME.sql is a plain SQL script (CREATE TABLE, then INSERT) loaded into an in-memory SQLite
database with foreign keys on. The records follow the format of /work/shared/bench/sql/README.md:
`_id`, `db`, `question`, `category`, optional `instructions` (category `instruct` only), `gold_sql`,
`gold_columns`, `gold_rows`, `ordered` (top-level ORDER BY), `order_groups` (ordered only: equal
numbers for rows the ORDER BY does not tell apart) and `compare` ("multiset").

`order_groups` is computed by evaluating the ORDER BY keys: a key that names an output column is
read from that column, any other key expression is added to the select list of a copy of the
query. A top-level LIMIT must not cut through rows tied on the ORDER BY keys.
"""
import json
import os
import re
import sqlite3
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DBS = ["school", "grid"]
CATEGORIES = ["group_by", "order_by", "ratio", "table_join", "date_functions", "instruct"]
PER_CATEGORY = 3
FIELDS = ["_id", "db", "question", "category", "instructions", "gold_sql", "gold_columns",
          "gold_rows", "ordered", "order_groups", "compare"]


def load_db(name):
    con = sqlite3.connect(":memory:")
    con.execute("PRAGMA foreign_keys = ON")
    with open(os.path.join(HERE, name + ".sql"), encoding="utf-8") as f:
        con.executescript(f.read())
    return con


def db_facts(con):
    tables = [r[0] for r in con.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    rows = {t: con.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0] for t in tables}
    bad_fk = con.execute("PRAGMA foreign_key_check").fetchall()
    types = set()
    for t in tables:
        for col in con.execute(f'PRAGMA table_info("{t}")'):
            types.add(col[2].upper())
    return {"tables": len(tables), "rows": rows, "foreign_key_errors": len(bad_fk),
            "column_types": sorted(types)}


def top_level_words(sql):
    """(position, upper-cased word) of every word outside parentheses and string literals."""
    out = []
    depth, i, n = 0, 0, len(sql)
    while i < n:
        ch = sql[i]
        if ch in "'\"":
            j = sql.index(ch, i + 1)
            while j + 1 < n and sql[j + 1] == ch:
                j = sql.index(ch, j + 2)
            i = j + 1
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif depth == 0 and (ch.isalpha() or ch == "_") and (i == 0 or not (sql[i - 1].isalnum()
                                                                            or sql[i - 1] == "_")):
            m = re.match(r"[A-Za-z_][A-Za-z_0-9]*", sql[i:])
            out.append((i, m.group(0).upper()))
            i += len(m.group(0))
            continue
        i += 1
    return out


def split_top_level_commas(text):
    parts, depth, start, quote = [], 0, 0, None
    for i, ch in enumerate(text):
        if quote:
            if ch == quote:
                quote = None
        elif ch in "'\"":
            quote = ch
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "," and depth == 0:
            parts.append(text[start:i])
            start = i + 1
    parts.append(text[start:])
    return [p.strip() for p in parts]


def parse_order(sql):
    """Top-level ORDER BY keys, LIMIT n and the positions of ORDER, LIMIT and FROM."""
    sql = sql.strip().rstrip(";")
    words = top_level_words(sql)
    kinds = [w for _, w in words]
    if kinds.count("SELECT") != 1 or {"UNION", "INTERSECT", "EXCEPT", "WITH"} & set(kinds):
        return None
    pos = {"ORDER": None, "LIMIT": None, "FROM": None}
    for k, (p, w) in enumerate(words):
        if w == "ORDER" and k + 1 < len(words) and words[k + 1][1] == "BY":
            pos["ORDER"] = p
        elif w in ("LIMIT", "FROM") and pos[w] is None:
            pos[w] = p
    if pos["ORDER"] is None:
        return {"keys": [], "limit_n": None, "sql": sql, **pos}
    end = pos["LIMIT"] if pos["LIMIT"] is not None else len(sql)
    body = re.sub(r"^ORDER\s+BY\s+", "", sql[pos["ORDER"]:end], flags=re.IGNORECASE)
    keys = []
    for part in split_top_level_commas(body):
        part = re.sub(r"\s+NULLS\s+(FIRST|LAST)$", "", part, flags=re.IGNORECASE)
        part = re.sub(r"\s+(ASC|DESC)$", "", part, flags=re.IGNORECASE)
        part = re.sub(r"\s+COLLATE\s+\w+$", "", part, flags=re.IGNORECASE)
        keys.append(part.strip())
    limit_n = None
    if pos["LIMIT"] is not None:
        m = re.fullmatch(r"LIMIT\s+(\d+)", sql[pos["LIMIT"]:].strip(), flags=re.IGNORECASE)
        if not m:
            raise ValueError("only 'LIMIT n' is supported at top level")
        limit_n = int(m.group(1))
    return {"keys": keys, "limit_n": limit_n, "sql": sql, **pos}


def run(con, sql):
    cur = con.execute(sql)
    rows = [list(r) for r in cur.fetchall()]
    return [d[0] for d in cur.description], json.loads(json.dumps(rows))


def order_info(con, sql, columns, rows):
    """(ordered, order_groups or None, problems)."""
    info = parse_order(sql)
    if info is None:
        return False, None, ["compound or CTE query: not supported by this checker"]
    if not info["keys"]:
        return False, None, []
    problems = []
    lower = [c.lower() for c in columns]
    extra = []
    key_src = []
    for k in info["keys"]:
        bare = k.split(".")[-1].strip('"').lower()
        if bare in lower and lower.count(bare) == 1:
            key_src.append(("col", lower.index(bare)))
        else:
            key_src.append(("extra", len(extra)))
            extra.append(k)
    body = info["sql"] if info["LIMIT"] is None else info["sql"][:info["LIMIT"]].rstrip()
    if extra:
        f = info["FROM"]
        adds = ", ".join(f"{e} AS __order_key_{i}" for i, e in enumerate(extra))
        body = body[:f].rstrip() + ", " + adds + " " + body[f:]
    _, full = run(con, body)
    width = len(columns)
    keyed = [tuple(r[i] if src == "col" else r[width + i] for src, i in key_src) for r in full]
    n = len(rows)
    if [r[:width] for r in full[:n]] != rows:
        problems.append("rows of the key-evaluating copy differ from gold rows")
    if info["limit_n"] is not None and len(full) > n > 0 and keyed[n] == keyed[n - 1]:
        problems.append("LIMIT cuts through rows tied on the ORDER BY keys")
    groups, g = [], 0
    for i in range(n):
        if i > 0 and keyed[i] != keyed[i - 1]:
            g += 1
        groups.append(g)
    return True, groups, problems


def gold_fields(con, rec):
    sql = rec["gold_sql"]
    columns, rows = run(con, sql)
    ordered, groups, problems = order_info(con, sql, columns, rows)
    out = {"gold_columns": columns, "gold_rows": rows, "ordered": ordered}
    if ordered:
        out["order_groups"] = groups
    return out, problems


def canonical(rec):
    return {k: rec[k] for k in FIELDS if k in rec}


def main(argv):
    update = "--update" in argv
    path = os.path.join(HERE, "questions.jsonl")
    with open(path, encoding="utf-8") as f:
        recs = [json.loads(line) for line in f if line.strip()]
    cons = {name: load_db(name) for name in DBS}
    problems = []
    facts = {name: db_facts(con) for name, con in cons.items()}
    for name, fa in facts.items():
        if not 4 <= fa["tables"] <= 7:
            problems.append(f"{name}: {fa['tables']} tables")
        for t, n in fa["rows"].items():
            if not 5 <= n <= 15:
                problems.append(f"{name}.{t}: {n} rows")
        if fa["foreign_key_errors"]:
            problems.append(f"{name}: foreign key violations")
        if set(fa["column_types"]) - {"INTEGER", "REAL", "TEXT"}:
            problems.append(f"{name}: non-SQLite column types {fa['column_types']}")
    counts = Counter()
    seen = Counter()
    new = []
    for rec in recs:
        qid = rec.get("_id", "?")
        db = rec.get("db")
        if db not in cons:
            problems.append(f"{qid}: unknown db {db}")
            continue
        if qid != f"{db}-{seen[db]:02d}":
            problems.append(f"{qid}: expected id {db}-{seen[db]:02d}")
        seen[db] += 1
        if set(rec) - set(FIELDS):
            problems.append(f"{qid}: unexpected fields {sorted(set(rec) - set(FIELDS))}")
        cat = rec.get("category")
        if cat not in CATEGORIES:
            problems.append(f"{qid}: unknown category {cat}")
        counts[(db, cat)] += 1
        if (cat == "instruct") != bool(rec.get("instructions")):
            problems.append(f"{qid}: instructions present iff category is instruct")
        if rec.get("compare") != "multiset":
            problems.append(f"{qid}: compare must be multiset")
        if re.search(r"'now'|current_(date|time)", rec["gold_sql"], flags=re.IGNORECASE):
            problems.append(f"{qid}: gold_sql mentions 'now'")
        try:
            fields, probs = gold_fields(cons[db], rec)
        except (sqlite3.Error, ValueError) as e:
            problems.append(f"{qid}: {type(e).__name__}: {e}")
            continue
        problems.extend(f"{qid}: {p}" for p in probs)
        if not fields["gold_rows"]:
            problems.append(f"{qid}: empty gold result")
        if update:
            rec = {k: v for k, v in rec.items() if k not in ("order_groups",)}
            rec.update(fields)
            rec = canonical(rec)
        else:
            for k, v in fields.items():
                if rec.get(k) != v:
                    problems.append(f"{qid}: {k} differs from the result of gold_sql")
            if not fields["ordered"] and "order_groups" in rec:
                problems.append(f"{qid}: order_groups on an unordered question")
        new.append(rec)
    for db in DBS:
        for cat in CATEGORIES:
            if counts[(db, cat)] != PER_CATEGORY:
                problems.append(f"{db}: {counts[(db, cat)]} {cat} questions, want {PER_CATEGORY}")
    if update and not problems:
        with open(path, "w", encoding="utf-8") as f:
            for rec in new:
                f.write(json.dumps(rec) + "\n")
    summary = {
        "databases": facts,
        "questions": len(recs),
        "by_db": dict(Counter(r.get("db") for r in recs)),
        "by_category": dict(Counter(r.get("category") for r in recs)),
        "ordered": sum(bool(r.get("ordered")) for r in new),
        "updated": update and not problems,
        "problems": problems,
        "ok": not problems,
    }
    print(json.dumps(summary, indent=1))
    return 0 if summary["ok"] else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
