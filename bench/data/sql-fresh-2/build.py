"""Check the sql-fresh-2 text-to-SQL set (stdlib only).

    python build.py

Loads clinic.sql and market.sql into in-memory SQLite databases, re-runs every gold_sql of
questions.jsonl and checks its record: gold_columns, gold_rows (compared as the scorer does: a
multiset, or per tied group when ordered), ordered (the gold SQL has a top-level ORDER BY),
order_groups (rows equal under the ORDER BY keys share a number), no tie at a top-level LIMIT cut,
the fields of each record, and 3 questions per category per database. Prints a JSON summary whose
last key is "ok"; exits 1 when a check fails.
"""
import itertools
import json
import os
import re
import sqlite3
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DBS = ("clinic", "market")
CATEGORIES = ("date_functions", "group_by", "instruct", "order_by", "ratio", "table_join")
PER_CATEGORY = 3
BASE_FIELDS = {"_id", "db", "question", "category", "gold_sql", "gold_columns", "gold_rows",
               "ordered", "compare"}
# data consistency: each query must return no rows
DATA_CHECKS = {
    "clinic": [
        (
            "SELECT appointment_id FROM appointments WHERE weekday != CASE "
            "CAST(strftime('%w', scheduled_at, 'unixepoch') AS INTEGER) WHEN 0 THEN 'Sunday' "
            "WHEN 1 THEN 'Monday' WHEN 2 THEN 'Tuesday' WHEN 3 THEN 'Wednesday' "
            "WHEN 4 THEN 'Thursday' WHEN 5 THEN 'Friday' ELSE 'Saturday' END"
        ),
        (
            "SELECT p.prescription_id FROM prescriptions p JOIN appointments a "
            "ON p.appointment_id = a.appointment_id "
            "WHERE p.issued_date != date(a.scheduled_at, 'unixepoch') "
            "OR a.status != 'completed'"
        ),
    ],
    "market": [
        (
            "SELECT order_id FROM orders WHERE shipped_date < date(placed_at, 'unixepoch') "
            "OR delivered_date < shipped_date "
            "OR (status = 'delivered') != (delivered_date IS NOT NULL)"
        ),
    ],
}


def load_db(name):
    con = sqlite3.connect(":memory:")
    con.execute("PRAGMA foreign_keys = ON")
    with open(os.path.join(HERE, name + ".sql"), encoding="utf-8") as f:
        con.executescript(f.read())
    return con


def mask(sql):
    """Same-length copy of sql with string literals, quoted names and parenthesised text blanked,
    so that keywords and commas found in it are top-level ones."""
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
        elif ch == "(":
            depth += 1
            out.append(" ")
        elif ch == ")":
            depth -= 1
            out.append(" ")
        else:
            out.append(ch if depth == 0 else " ")
    return "".join(out)


def clauses(sql):
    """(order_by_terms, limit_start, limit_n) of the top level of sql; terms is None without an
    ORDER BY, limit_start None without a LIMIT."""
    m = mask(sql).upper()
    ob = list(re.finditer(r"\bORDER\s+BY\b", m))
    lim = list(re.finditer(r"\bLIMIT\s+(\d+)", m))
    limit_start = lim[-1].start() if lim else None
    limit_n = int(lim[-1].group(1)) if lim else None
    if not ob:
        return None, limit_start, limit_n
    start = ob[-1].end()
    end = limit_start if limit_start is not None else len(sql.rstrip().rstrip(";"))
    terms = []
    pos = start
    for i in range(start, end + 1):
        if i == end or m[i] == ",":
            term = sql[pos:i].strip()
            term = re.sub(r"\s+NULLS\s+(FIRST|LAST)$", "", term, flags=re.IGNORECASE)
            term = re.sub(r"\s+(ASC|DESC)$", "", term, flags=re.IGNORECASE).strip()
            terms.append(term)
            pos = i + 1
    return terms, limit_start, limit_n


def order_keys(con, sql, columns):
    """Run sql with its ORDER BY keys; returns (rows, keys, full_keys): the result rows, one key
    tuple per row, and the keys of the result without its top-level LIMIT (None without one)."""
    terms, limit_start, limit_n = clauses(sql)
    names = [c.lower() for c in columns]
    plan = []  # per term: ("col", index) or ("expr", index among the inserted expressions)
    exprs = []
    for t in terms:
        bare = t.strip('"`[]')
        if re.fullmatch(r"\d+", bare):
            plan.append(("col", int(bare) - 1))
        elif bare.lower() in names:
            plan.append(("col", names.index(bare.lower())))
        else:
            plan.append(("expr", len(exprs)))
            exprs.append(t)
    body = sql.strip().rstrip(";")
    m = mask(body).upper()
    head = re.match(r"\s*SELECT\b(\s+DISTINCT\b)?", m)
    if not head:
        raise ValueError("gold SQL must start with SELECT")
    if exprs and head.group(1):
        raise ValueError("ORDER BY expressions outside the SELECT DISTINCT list are unsupported")
    if exprs:
        cut = head.end()
        added = ", ".join(f"{e} AS __k{i}" for i, e in enumerate(exprs))
        keyed = body[:cut] + " " + added + "," + body[cut:]
    else:
        keyed = body

    def run(q):
        rows = [list(r) for r in con.execute(q).fetchall()]
        n = len(exprs)
        out_rows = [r[n:] for r in rows]
        keys = []
        for r, o in zip(rows, out_rows, strict=True):
            keys.append(tuple(o[i] if kind == "col" else r[i] for kind, i in plan))
        return out_rows, keys

    rows, keys = run(keyed)
    full_keys = None
    if limit_start is not None:
        # the LIMIT sits after ORDER BY, so cutting the text there keeps the inserted keys valid
        lim_at = clauses(keyed)[1]
        _, full_keys = run(keyed[:lim_at])
        if limit_n != len(rows) and len(full_keys) > len(rows):
            raise ValueError(f"LIMIT {limit_n} returned {len(rows)} rows")
    return rows, keys, full_keys


def groups_of(keys):
    groups = []
    g = 0
    for i, k in enumerate(keys):
        if i and k != keys[i - 1]:
            g += 1
        groups.append(g)
    return groups


def norm(v):
    if isinstance(v, float):
        r = round(v, 6)
        return int(r) if r.is_integer() else r
    return v


def canon(rows):
    return sorted(json.dumps([norm(v) for v in r]) for r in rows)


def same_rows(a, b, groups):
    if len(a) != len(b):
        return False
    if groups is None:
        return canon(a) == canon(b)
    bounds = [i for i in range(1, len(groups)) if groups[i] != groups[i - 1]]
    cuts = [0, *bounds, len(groups)]
    return all(canon(a[s:e]) == canon(b[s:e]) for s, e in itertools.pairwise(cuts))


def check_record(rec, con, errors):
    qid = rec.get("_id", "?")

    def fail(msg):
        errors.append(f"{qid}: {msg}")

    want = set(BASE_FIELDS)
    if rec.get("ordered"):
        want.add("order_groups")
    if rec.get("category") == "instruct":
        want.add("instructions")
    if set(rec) != want:
        fail(f"fields {sorted(rec)}, expected {sorted(want)}")
        return
    if rec["compare"] != "multiset":
        fail("compare must be multiset")
    if rec["category"] not in CATEGORIES:
        fail(f"unknown category {rec['category']!r}")
    if re.search(r"\bnow\b", rec["gold_sql"], flags=re.IGNORECASE):
        fail("gold SQL uses 'now'")
    if rec["category"] == "instruct" and not str(rec["instructions"]).strip():
        fail("empty instructions")
    sql = rec["gold_sql"]
    try:
        cur = con.execute(sql.strip().rstrip(";"))
        rows = [list(r) for r in cur.fetchall()]
        cols = [d[0] for d in cur.description]
    except sqlite3.Error as e:
        fail(f"gold SQL error: {e}")
        return
    if cols != rec["gold_columns"]:
        fail(f"columns {cols} != stored {rec['gold_columns']}")
    if not rows:
        fail("empty gold result")
    terms = clauses(sql)[0]
    ordered = terms is not None
    if rec["ordered"] is not ordered:
        fail(f"ordered is {rec['ordered']}, the SQL says {ordered}")
        return
    groups = None
    if ordered:
        try:
            krows, keys, full_keys = order_keys(con, sql, cols)
        except (sqlite3.Error, ValueError) as e:
            fail(f"order keys: {e}")
            return
        if canon(krows) != canon(rows):
            fail("keyed query changed the rows")
        groups = groups_of(keys)
        if rec["order_groups"] != groups:
            fail(f"order_groups {rec['order_groups']} != computed {groups}")
        cut_tie = full_keys is not None and len(full_keys) > len(keys) > 0
        if cut_tie and full_keys[len(keys)] == keys[-1]:
            fail("tie at the LIMIT cut")
    if not same_rows(rows, rec["gold_rows"], groups):
        fail(f"rows {rows} != stored {rec['gold_rows']}")


def main():
    errors = []
    cons = {}
    tables = {}
    for name in DBS:
        con = load_db(name)
        cons[name] = con
        names = [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY rowid")]
        tables[name] = {t: con.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0]
                        for t in names}
        if con.execute("PRAGMA foreign_key_check").fetchall():
            errors.append(f"{name}: foreign key violations")
        for q in DATA_CHECKS.get(name, []):
            bad = con.execute(q).fetchall()
            if bad:
                errors.append(f"{name}: data check returned {bad}")
    with open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") as f:
        records = [json.loads(line) for line in f if line.strip()]
    counts = {c: dict.fromkeys(DBS, 0) for c in CATEGORIES}
    seen = dict.fromkeys(DBS, 0)
    for rec in records:
        db = rec.get("db")
        if db not in cons:
            errors.append(f"{rec.get('_id')}: unknown db {db!r}")
            continue
        want_id = f"{db}-{seen[db]:02d}"
        if rec.get("_id") != want_id:
            errors.append(f"{rec.get('_id')}: expected _id {want_id}")
        seen[db] += 1
        if rec.get("category") in counts:
            counts[rec["category"]][db] += 1
        check_record(rec, cons[db], errors)
    errors.extend(
        f"{d}/{c}: {counts[c][d]} questions, expected {PER_CATEGORY}"
        for c in CATEGORIES
        for d in DBS
        if counts[c][d] != PER_CATEGORY
    )
    summary = {
        "tables": tables,
        "questions": len(records),
        "by_category": counts,
        "ordered": sum(1 for r in records if r.get("ordered")),
        "errors": errors,
        "ok": not errors,
    }
    print(json.dumps(summary, indent=1))
    return 0 if not errors else 1


if __name__ == "__main__":
    sys.exit(main())
