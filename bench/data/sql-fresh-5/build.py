#!/usr/bin/env python3
# ruff: noqa: UP031
"""Build / verify the sql-fresh-5 text-to-SQL set (Python 3.11 stdlib only).

Loads every NAME.sql of this folder into an in-memory SQLite database with foreign
keys on, checks the foreign keys, re-runs every gold_sql of questions.jsonl and
checks that gold_columns, gold_rows, ordered and order_groups match what the SQL
returns. order_groups is computed by evaluating the top-level ORDER BY keys; a
top-level LIMIT that cuts through rows tied on those keys is an error.

    python3 build.py            verify, print a summary, exit 1 on any problem
    python3 build.py --update   rewrite gold_columns / gold_rows / ordered /
                                order_groups from the gold SQL, then verify
"""
import json
import os
import re
import sqlite3
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
QUESTIONS = os.path.join(HERE, 'questions.jsonl')
CATEGORIES = ['date_functions', 'group_by', 'instruct', 'order_by', 'ratio', 'table_join']
EXPECTED_TOTAL = 36
EXPECTED_PER_CATEGORY = 6
EXPECTED_PER_DB_CATEGORY = 3
KEY_ORDER = ['_id', 'db', 'question', 'category', 'instructions', 'gold_sql', 'gold_columns',
             'gold_rows', 'ordered', 'order_groups', 'compare', 'time_dependent']


# ----------------------------------------------------------------- databases
def load_db(name):
    conn = sqlite3.connect(':memory:')
    conn.execute('PRAGMA foreign_keys = ON')
    with open(os.path.join(HERE, name + '.sql'), encoding='utf-8') as f:
        conn.executescript(f.read())
    return conn


def db_names():
    return sorted(fn[:-4] for fn in os.listdir(HERE) if fn.endswith('.sql'))


def describe_db(conn):
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    return [(t, conn.execute('SELECT COUNT(*) FROM "%s"' % t).fetchone()[0],
             len(conn.execute('PRAGMA foreign_key_list("%s")' % t).fetchall())) for t in tables]


# ------------------------------------------------------- top-level SQL parsing
def top_level_words(sql):
    """(start, end, WORD, depth) for each bare word of sql outside quotes and comments."""
    out = []
    i, n, depth = 0, len(sql), 0
    while i < n:
        ch = sql[i]
        if ch in "'\"`":
            j = i + 1
            while j < n:
                if sql[j] == ch:
                    if j + 1 < n and sql[j + 1] == ch:
                        j += 2
                        continue
                    break
                j += 1
            i = j + 1
        elif ch == '[':
            i = sql.index(']', i) + 1
        elif sql.startswith('--', i):
            j = sql.find('\n', i)
            i = n if j < 0 else j + 1
        elif sql.startswith('/*', i):
            i = sql.index('*/', i) + 2
        elif ch == '(':
            depth += 1
            i += 1
        elif ch == ')':
            depth -= 1
            i += 1
        elif ch == ',':
            out.append((i, i + 1, ',', depth))
            i += 1
        elif ch.isalpha() or ch == '_':
            j = i
            while j < n and (sql[j].isalnum() or sql[j] in '_$'):
                j += 1
            out.append((i, j, sql[i:j].upper(), depth))
            i = j
        else:
            i += 1
    return out


def top_level_clauses(sql):
    """Positions of the top-level SELECT, FROM, ORDER BY, LIMIT and compound operators."""
    words = [w for w in top_level_words(sql) if w[3] == 0]
    info = {'select': None, 'from': None, 'order': None, 'order_body': None, 'limit': None, 'compound': False}
    for k, (s, e, w, _) in enumerate(words):
        if w == 'SELECT' and info['select'] is None:
            info['select'] = s
        elif w == 'FROM' and info['select'] is not None and info['from'] is None:
            info['from'] = s
        elif w in ('UNION', 'INTERSECT', 'EXCEPT'):
            info['compound'] = True
        elif w == 'ORDER' and k + 1 < len(words) and words[k + 1][2] == 'BY':
            info['order'] = s
            info['order_body'] = words[k + 1][1]
        elif w == 'LIMIT':
            info['limit'] = s
    return info


def order_keys(sql, info):
    """The top-level ORDER BY terms, without ASC/DESC/NULLS/COLLATE."""
    end = info['limit'] if info['limit'] is not None and info['limit'] > info['order_body'] else len(sql)
    body = sql[info['order_body']:end]
    cuts = [s for s, _, w, d in top_level_words(body) if w == ',' and d == 0]
    terms, prev = [], 0
    for c in cuts + [len(body)]:
        terms.append(body[prev:c].strip())
        prev = c + 1
    cleaned = []
    for t in terms:
        t = re.sub(r'\s+NULLS\s+(FIRST|LAST)\s*$', '', t, flags=re.IGNORECASE)
        t = re.sub(r'\s+(ASC|DESC)\s*$', '', t, flags=re.IGNORECASE)
        t = re.sub(r'\s+COLLATE\s+\w+\s*$', '', t, flags=re.IGNORECASE)
        cleaned.append(t.strip())
    return cleaned


def bare_name(term):
    m = re.fullmatch(r'"([^"]+)"|`([^`]+)`|\[([^\]]+)\]|([A-Za-z_][A-Za-z0-9_$]*)', term)
    return None if not m else next(g for g in m.groups() if g is not None)


def run(conn, sql):
    cur = conn.execute(sql)
    cols = [d[0] for d in cur.description]
    rows = [list(r) for r in cur.fetchall()]
    return cols, rows


def key_tuples(conn, sql, info, cols, rows):
    """Evaluate the ORDER BY keys of every result row: (key tuples, error or None)."""
    keys = order_keys(sql, info)
    lower = [c.lower() for c in cols]
    plan, extra = [], []  # plan item: ('out', index) or ('extra', index)
    for t in keys:
        if re.fullmatch(r'\d+', t):
            plan.append(('out', int(t) - 1))
            continue
        name = bare_name(t)
        if name is not None and name.lower() in lower:
            plan.append(('out', lower.index(name.lower())))
            continue
        if info['compound']:
            return None, 'ORDER BY term %r is not an output column of a compound query' % t
        plan.append(('extra', len(extra)))
        extra.append(t)

    def evaluate(query_sql):
        if extra:
            pos = info['from'] if info['from'] is not None else info['order']
            add = ', ' + ', '.join('(%s) AS __order_key_%d' % (t, i) for i, t in enumerate(extra)) + ' '
            query_sql = query_sql[:pos].rstrip() + add + query_sql[pos:]
        _, aug = run(conn, query_sql)
        n = len(cols)
        return [r[:n] for r in aug], [tuple(r[i] if kind == 'out' else r[n + i] for kind, i in plan) for r in aug]

    base, ktup = evaluate(sql)
    if base != rows:
        return None, 'adding the ORDER BY keys to the select list changed the rows'
    if info['limit'] is not None and info['limit'] > info['order']:
        unlimited = sql[:info['limit']].rstrip()
        _, all_keys = evaluate(unlimited)
        if ktup and all_keys.count(ktup[-1]) > ktup.count(ktup[-1]):
            return None, 'top-level LIMIT cuts through rows tied on the ORDER BY keys'
    return ktup, None


def gold_fields(conn, sql):
    cols, rows = run(conn, sql)
    info = top_level_clauses(sql)
    fields = {'gold_columns': cols, 'gold_rows': rows, 'ordered': info['order'] is not None}
    problems = []
    if fields['ordered']:
        ktup, err = key_tuples(conn, sql, info, cols, rows)
        if err:
            problems.append(err)
        else:
            groups, g, prev = [], 0, object()
            for k in ktup:
                if k != prev:
                    g += 1
                    prev = k
                groups.append(g)
            fields['order_groups'] = groups
    return fields, problems


# ------------------------------------------------------------------- records
def ordered_record(rec):
    out = {k: rec[k] for k in KEY_ORDER if k in rec}
    for k in rec:
        if k not in out:
            out[k] = rec[k]
    return out


def main(argv):
    update = '--update' in argv
    problems = []
    names = db_names()
    conns = {}
    print('databases:')
    for name in names:
        try:
            conn = load_db(name)
        except sqlite3.Error as e:
            problems.append('%s.sql: does not load: %s' % (name, e))
            continue
        conns[name] = conn
        fk = conn.execute('PRAGMA foreign_key_check').fetchall()
        if fk:
            problems.append('%s: foreign_key_check reports %d rows' % (name, len(fk)))
        if conn.execute('PRAGMA integrity_check').fetchone()[0] != 'ok':
            problems.append('%s: integrity_check failed' % name)
        desc = describe_db(conn)
        links = sum(1 for _, _, nfk in desc if nfk >= 2)
        print('  %-16s %d tables, %d rows, foreign keys %s, %d link tables' % (
            name, len(desc), sum(r for _, r, _ in desc), 'ok' if not fk else 'FAIL', links))
        for t, r, _ in desc:
            print('    %-14s %3d rows' % (t, r))
            if not 8 <= r <= 40:
                problems.append('%s.%s: %d rows (want 8 to 40)' % (name, t, r))
        if not 5 <= len(desc) <= 7:
            problems.append('%s: %d tables (want 5 to 7)' % (name, len(desc)))
        if links < 1:
            problems.append('%s: no link table' % name)

    records = []
    with open(QUESTIONS, encoding='utf-8') as f:
        for lineno, line in enumerate(f, 1):
            if not line.strip():
                problems.append('questions.jsonl line %d: empty line' % lineno)
                continue
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError as e:
                problems.append('questions.jsonl line %d: %s' % (lineno, e))

    ids = [r.get('_id') for r in records]
    if len(set(ids)) != len(ids):
        problems.append('duplicate _id values')
    per_db_seen = {}
    for rec in records:
        rid = rec.get('_id', '?')
        for k in ('_id', 'db', 'question', 'category', 'gold_sql', 'compare', 'time_dependent'):
            if k not in rec:
                problems.append('%s: missing %s' % (rid, k))
        db = rec.get('db')
        if db not in conns:
            problems.append('%s: unknown db %r' % (rid, db))
            continue
        pos = per_db_seen.get(db, 0)
        per_db_seen[db] = pos + 1
        if rid != '%s-%02d' % (db, pos):
            problems.append('%s: expected _id %s-%02d' % (rid, db, pos))
        if rec.get('category') not in CATEGORIES:
            problems.append('%s: unknown category %r' % (rid, rec.get('category')))
        if (rec.get('category') == 'instruct') != bool(rec.get('instructions')):
            problems.append('%s: instructions must be present exactly for category instruct' % rid)
        if rec.get('compare') != 'multiset':
            problems.append('%s: compare must be "multiset"' % rid)
        if rec.get('time_dependent') is not False:
            problems.append('%s: time_dependent must be false' % rid)
        if "'now'" in rec.get('gold_sql', '').lower():
            problems.append("%s: gold_sql uses 'now'" % rid)
        try:
            fields, errs = gold_fields(conns[db], rec['gold_sql'])
        except sqlite3.Error as e:
            problems.append('%s: gold_sql fails: %s' % (rid, e))
            continue
        problems.extend('%s: %s' % (rid, e) for e in errs)
        if not fields['gold_rows']:
            problems.append('%s: gold result is empty' % rid)
        if update:
            rec.pop('order_groups', None)
            rec.update(fields)
        else:
            for k in ('gold_columns', 'gold_rows', 'ordered', 'order_groups'):
                if rec.get(k) != fields.get(k):
                    problems.append('%s: %s does not match the gold SQL (stored %s, got %s)' % (
                        rid, k, json.dumps(rec.get(k), ensure_ascii=False)[:120],
                        json.dumps(fields.get(k), ensure_ascii=False)[:120]))

    if update:
        tmp = QUESTIONS + '.tmp'
        with open(tmp, 'w', encoding='utf-8') as f:
            for rec in records:
                f.write(json.dumps(ordered_record(rec), ensure_ascii=False) + '\n')
        os.replace(tmp, QUESTIONS)
        print('updated questions.jsonl from the gold SQL')

    # counts
    dbs = sorted({r.get('db') for r in records if r.get('db')})
    print('questions: %d (%d unique ids)' % (len(records), len(set(ids))))
    print('  %-16s %s  total' % ('db', ' '.join('%-14s' % c for c in CATEGORIES)))
    for db in dbs + ['all']:
        sel = [r for r in records if db == 'all' or r.get('db') == db]
        counts = [sum(1 for r in sel if r.get('category') == c) for c in CATEGORIES]
        print('  %-16s %s  %d' % (db, ' '.join('%-14d' % c for c in counts), len(sel)))
        for c, k in zip(CATEGORIES, counts):
            want = EXPECTED_PER_CATEGORY if db == 'all' else EXPECTED_PER_DB_CATEGORY
            if k != want:
                problems.append('%s: %d questions in %s (want %d)' % (db, k, c, want))
    if len(records) != EXPECTED_TOTAL:
        problems.append('%d questions (want %d)' % (len(records), EXPECTED_TOTAL))
    n_ordered = sum(1 for r in records if r.get('ordered'))
    n_ties = sum(1 for r in records if r.get('ordered') and len(set(r.get('order_groups') or [])) < len(r.get('gold_rows') or []))
    n_one = sum(1 for r in records if len(r.get('gold_rows') or []) == 1)
    sizes = [len(r.get('gold_rows') or []) for r in records]
    print('ordered: %d (%d with tied rows); 1-row results: %d; largest result: %d rows' % (
        n_ordered, n_ties, n_one, max(sizes) if sizes else 0))

    if problems:
        print('FAIL: %d problem(s)' % len(problems))
        for p in problems:
            print('  - ' + p)
        return 1
    print('OK: all %d gold queries re-run and match' % len(records))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
