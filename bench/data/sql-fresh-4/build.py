#!/usr/bin/env python3
"""Check (or, with --update, rewrite) the gold fields of questions.jsonl.

Every database NAME used by a question is built from NAME.sql (in this folder) into an in-memory
SQLite database with foreign keys on; `PRAGMA foreign_key_check` must come back empty. Every
gold_sql is then run and its result compared with the stored gold_columns / gold_rows / ordered /
order_groups. order_groups are computed by evaluating the top-level ORDER BY keys for every result
row; a top-level LIMIT that cuts through tied rows is an error.

    python3 build.py            # check only; exit status 1 on any problem
    python3 build.py --update   # rewrite the gold fields from the gold SQL, then check

Python 3 standard library only.
"""
import json
import os
import re
import sqlite3
import sys
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
QUESTIONS = os.path.join(HERE, 'questions.jsonl')
CATEGORIES = ['date_functions', 'group_by', 'instruct', 'order_by', 'ratio', 'table_join']
PER_CATEGORY_PER_DB = 3
KEY_ORDER = ['_id', 'db', 'question', 'category', 'instructions', 'gold_sql', 'gold_columns',
             'gold_rows', 'ordered', 'order_groups', 'compare', 'time_dependent']


# ---------------------------------------------------------------- SQL scanning
def scan(sql):
    """Yield (start, end, kind, depth) for the tokens of sql; kind is 'word', 'punct' or 'other'.
    Strings, quoted identifiers and comments are skipped over as 'other'."""
    i, n, depth = 0, len(sql), 0
    while i < n:
        c = sql[i]
        if c.isspace():
            i += 1
            continue
        if sql.startswith('--', i):
            j = sql.find('\n', i)
            i = n if j < 0 else j + 1
            continue
        if sql.startswith('/*', i):
            j = sql.find('*/', i + 2)
            i = n if j < 0 else j + 2
            continue
        if c in "'\"`[":
            close = ']' if c == '[' else c
            j = i + 1
            while j < n:
                if sql[j] == close:
                    if close != ']' and j + 1 < n and sql[j + 1] == close:
                        j += 2
                        continue
                    break
                j += 1
            yield i, j + 1, 'other', depth
            i = j + 1
            continue
        if c.isalnum() or c == '_':
            j = i
            while j < n and (sql[j].isalnum() or sql[j] in '_$.'):
                j += 1
            yield i, j, 'word', depth
            i = j
            continue
        if c == '(':
            yield i, i + 1, 'punct', depth
            depth += 1
            i += 1
            continue
        if c == ')':
            depth -= 1
            yield i, i + 1, 'punct', depth
            i += 1
            continue
        yield i, i + 1, 'punct', depth
        i += 1


def top_level(sql):
    """Positions of the top-level clauses of the final SELECT of sql (depth 0 only)."""
    toks = [t for t in scan(sql) if t[3] == 0]
    words = [(s, e, sql[s:e].upper()) for s, e, k, d in toks if k == 'word']
    info = {'select': None, 'from': None, 'order_by': None, 'limit': None, 'compound': False}
    for idx, (s, e, w) in enumerate(words):
        nxt = words[idx + 1][2] if idx + 1 < len(words) else ''
        if w == 'SELECT':
            info['select'] = (s, e)
            info['from'] = None
        elif w in ('UNION', 'INTERSECT', 'EXCEPT'):
            info['compound'] = True
        elif w in ('FROM', 'WHERE', 'GROUP', 'HAVING', 'WINDOW') and info['from'] is None \
                and info['select'] is not None and info['order_by'] is None:
            info['from'] = s
        elif w == 'ORDER' and nxt == 'BY':
            info['order_by'] = (s, words[idx + 1][1])
        elif w == 'LIMIT':
            info['limit'] = s
    if info['from'] is None and info['select'] is not None:
        info['from'] = info['order_by'][0] if info['order_by'] else (info['limit'] or len(sql))
    return info


def split_commas(text):
    parts, start = [], 0
    for s, e, k, d in scan(text):
        if d == 0 and text[s:e] == ',':
            parts.append(text[start:s])
            start = e
    parts.append(text[start:])
    return [p.strip() for p in parts if p.strip()]


SUFFIX = re.compile(r'\s+(ASC|DESC)?\s*(NULLS\s+(FIRST|LAST))?\s*$', re.IGNORECASE)
COLLATE = re.compile(r'\s+COLLATE\s+(\w+)\s*$', re.IGNORECASE)


def order_terms(sql, info):
    end = info['limit'] if info['limit'] is not None and info['limit'] > info['order_by'][1] else len(sql)
    body = sql[info['order_by'][1]:end].strip().rstrip(';').strip()
    terms = []
    for part in split_commas(body):
        expr = part
        nocase = False
        while True:
            m = SUFFIX.search(expr)
            if m and m.group(0).strip():
                expr = expr[:m.start()].rstrip()
                continue
            m = COLLATE.search(expr)
            if m:
                nocase = nocase or m.group(1).upper() == 'NOCASE'
                expr = expr[:m.start()].rstrip()
                continue
            break
        terms.append((expr, nocase))
    return terms


# ---------------------------------------------------------------- gold evaluation
def run(conn, sql):
    cur = conn.execute(sql)
    cols = [d[0] for d in cur.description]
    rows = [list(r) for r in cur.fetchall()]
    return cols, rows


def norm_key(v, nocase):
    if nocase and isinstance(v, str):
        return v.lower()
    return v


def ordering_keys(conn, sql, info, cols, with_limit=True):
    """The ORDER BY key tuple of every row, in result order, plus the projected rows (same order)."""
    terms = order_terms(sql, info)
    lowered = [c.lower() for c in cols]
    text = sql.rstrip().rstrip(';')
    if not with_limit and info['limit'] is not None and info['limit'] > info['order_by'][1]:
        text = text[:info['limit']].rstrip()
    inject, plan = [], []
    for expr, nocase in terms:
        if re.fullmatch(r'\d+', expr):
            plan.append(('col', int(expr) - 1, nocase))
        elif expr.strip('"`[]').lower() in lowered:
            plan.append(('col', lowered.index(expr.strip('"`[]').lower()), nocase))
        else:
            plan.append(('extra', len(inject), nocase))
            inject.append(expr)
    n = len(cols)
    if inject:
        pos = info['from']
        extra = ''.join(f', {e} AS __order_key_{i}' for i, e in enumerate(inject))
        attempts = [text[:pos].rstrip() + extra + ' ' + text[pos:]]
        # fall back: keys that use output aliases, evaluated on the finished result
        attempts.append('SELECT *' + extra + ' FROM (' + text + ')')
        last = None
        for q in attempts:
            try:
                _, rows = run(conn, q)
                break
            except sqlite3.Error as exc:
                last = exc
        else:
            raise RuntimeError(f'cannot evaluate ORDER BY keys: {last}')
    else:
        _, rows = run(conn, text)
    keys = []
    for r in rows:
        key = []
        for kind, idx, nocase in plan:
            v = r[idx] if kind == 'col' else r[n + idx]
            key.append(norm_key(v, nocase))
        keys.append(tuple(key))
    return keys, [r[:n] for r in rows]


def groups_from_keys(keys):
    groups, g = [], 0
    for i, k in enumerate(keys):
        if i == 0 or k != keys[i - 1]:
            g += 1
        groups.append(g)
    return groups


def canon(v):
    return json.dumps(v, sort_keys=True)


def evaluate(conn, sql):
    """Return (columns, rows, ordered, order_groups or None, problems)."""
    problems = []
    cols, rows = run(conn, sql)
    rows = json.loads(json.dumps(rows))
    info = top_level(sql)
    ordered = info['order_by'] is not None
    groups = None
    if re.search(r"'now'", sql, re.IGNORECASE):
        problems.append("uses 'now' (time dependent)")
    if ordered:
        if info['compound']:
            problems.append('top-level ORDER BY on a compound query is not supported')
            return cols, rows, ordered, groups, problems
        keys, proj = ordering_keys(conn, sql, info, cols)
        proj = json.loads(json.dumps(proj))
        if len(proj) != len(rows):
            problems.append('ORDER BY key evaluation changed the row count')
        else:
            groups = groups_from_keys(keys)
            # the rows of every tied group must be the same multiset as in the gold result
            for g in set(groups):
                a = Counter(canon(r) for r, gg in zip(rows, groups) if gg == g)
                b = Counter(canon(r) for r, gg in zip(proj, groups) if gg == g)
                if a != b:
                    problems.append('ORDER BY key evaluation does not line up with the gold rows')
                    break
        if info['limit'] is not None and info['limit'] > info['order_by'][1] and not problems:
            all_keys, _ = ordering_keys(conn, sql, info, cols, with_limit=False)
            m = len(rows)
            if 0 < m < len(all_keys) and all_keys[m - 1] == all_keys[m]:
                problems.append('top-level LIMIT cuts through tied rows')
    elif info['limit'] is not None and len(rows) > 1:
        problems.append('LIMIT without a top-level ORDER BY')
    if not rows:
        problems.append('empty gold result')
    elif all(v is None for r in rows for v in r):
        problems.append('gold result is all NULL')
    return cols, rows, ordered, groups, problems


def load_db(name, cache):
    if name not in cache:
        path = os.path.join(HERE, name + '.sql')
        with open(path, encoding='utf-8') as f:
            script = f.read()
        conn = sqlite3.connect(':memory:')
        conn.execute('PRAGMA foreign_keys = ON')
        load_error = None
        try:
            conn.executescript(script)
        except sqlite3.Error as exc:
            # load again with enforcement off so the problem rows can be listed and checks go on
            load_error = f'loading {name}.sql with foreign keys on failed: {exc}'
            conn.close()
            conn = sqlite3.connect(':memory:')
            conn.executescript(script.replace('PRAGMA foreign_keys = ON;', ''))
        conn.execute('PRAGMA foreign_keys = ON')
        bad = conn.execute('PRAGMA foreign_key_check').fetchall()
        if load_error:
            bad = [load_error] + bad
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY rowid")]
        counts = {t: conn.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0] for t in tables}
        cache[name] = (conn, bad, counts)
    return cache[name]


def reorder(rec):
    out = OrderedDict()
    for k in KEY_ORDER:
        if k in rec:
            out[k] = rec[k]
    for k in rec:
        if k not in out:
            out[k] = rec[k]
    return out


def main(argv):
    update = '--update' in argv
    errors = []
    with open(QUESTIONS, encoding='utf-8') as f:
        lines = [l for l in f.read().split('\n') if l.strip()]
    recs = []
    for i, l in enumerate(lines, 1):
        try:
            recs.append(json.loads(l))
        except json.JSONDecodeError as exc:
            errors.append(f'line {i}: not JSON ({exc})')
    if errors:
        print('\n'.join(errors))
        return 1

    dbs = {}
    ids = Counter(r.get('_id') for r in recs)
    for k, v in ids.items():
        if v > 1:
            errors.append(f'{k}: duplicate _id')
    per_db = Counter(r['db'] for r in recs)
    ordered_n = tied_n = 0
    row_counts = []
    for r in recs:
        qid = r.get('_id')
        for field in ('_id', 'db', 'question', 'category', 'gold_sql'):
            if not r.get(field):
                errors.append(f'{qid}: missing {field}')
        if r.get('category') not in CATEGORIES:
            errors.append(f"{qid}: unknown category {r.get('category')!r}")
        if (r.get('category') == 'instruct') != bool(r.get('instructions')):
            errors.append(f'{qid}: instructions must be present exactly for category instruct')
        if not re.fullmatch(re.escape(r.get('db', '')) + r'-\d\d', qid or ''):
            errors.append(f'{qid}: _id must be DB-NN')
        if r.get('compare') != 'multiset':
            if update:
                r['compare'] = 'multiset'
            else:
                errors.append(f'{qid}: compare must be "multiset"')
        conn, bad_fk, _ = load_db(r['db'], dbs)
        try:
            cols, rows, ordered, groups, problems = evaluate(conn, r['gold_sql'])
        except (sqlite3.Error, RuntimeError) as exc:
            errors.append(f'{qid}: gold_sql fails: {exc}')
            continue
        errors.extend(f'{qid}: {p}' for p in problems)
        if update:
            r['gold_columns'], r['gold_rows'], r['ordered'] = cols, rows, ordered
            r['time_dependent'] = False
            if ordered:
                r['order_groups'] = groups
            else:
                r.pop('order_groups', None)
        else:
            if r.get('gold_columns') != cols:
                errors.append(f"{qid}: gold_columns {r.get('gold_columns')} != {cols}")
            if r.get('gold_rows') != rows:
                errors.append(f'{qid}: gold_rows differ from the gold SQL result')
            if r.get('ordered') != ordered:
                errors.append(f"{qid}: ordered {r.get('ordered')} != {ordered}")
            if ordered and r.get('order_groups') != groups:
                errors.append(f"{qid}: order_groups {r.get('order_groups')} != {groups}")
            if not ordered and 'order_groups' in r:
                errors.append(f'{qid}: order_groups present on an unordered question')
        ordered_n += ordered
        tied_n += bool(ordered and groups and len(set(groups)) < len(groups))
        row_counts.append(len(rows))

    for name, (conn, bad_fk, counts) in sorted(dbs.items()):
        if bad_fk:
            errors.append(f'{name}: foreign_key_check reports {len(bad_fk)} problems: {bad_fk[:5]}')
        link = [t for t in counts if len(conn.execute(f'PRAGMA foreign_key_list("{t}")').fetchall()) >= 2]
        if not link:
            errors.append(f'{name}: no table with two or more foreign keys (link table)')
        if not 5 <= len(counts) <= 7:
            errors.append(f'{name}: {len(counts)} tables (want 5 to 7)')
        for t, c in counts.items():
            if not 8 <= c <= 40:
                errors.append(f'{name}.{t}: {c} rows (want 8 to 40)')

    cat_counts = Counter((r['db'], r['category']) for r in recs)
    for db in per_db:
        for c in CATEGORIES:
            if cat_counts[(db, c)] != PER_CATEGORY_PER_DB:
                errors.append(f'{db}: {cat_counts[(db, c)]} questions in {c} (want {PER_CATEGORY_PER_DB})')

    if update:
        with open(QUESTIONS, 'w', encoding='utf-8') as f:
            for r in recs:
                f.write(json.dumps(reorder(r), ensure_ascii=False) + '\n')

    # ---- summary
    print(f'questions: {len(recs)} in {os.path.basename(QUESTIONS)}' + (' (gold fields rewritten)' if update else ''))
    for name, (conn, bad_fk, counts) in sorted(dbs.items()):
        tables = ', '.join(f'{t} {c}' for t, c in counts.items())
        print(f'db {name}: {len(counts)} tables, {sum(counts.values())} rows ({tables}); '
              f'foreign_key_check: {"clean" if not bad_fk else str(len(bad_fk)) + " problems"}')
    head = ['db'] + CATEGORIES + ['total']
    print(' | '.join(head))
    for db in sorted(per_db):
        print(' | '.join([db] + [str(cat_counts[(db, c)]) for c in CATEGORIES] + [str(per_db[db])]))
    print(' | '.join(['all'] + [str(sum(cat_counts[(d, c)] for d in per_db)) for c in CATEGORIES] + [str(len(recs))]))
    if row_counts:
        print(f'gold results: {len(row_counts)} run, rows per result {min(row_counts)}..{max(row_counts)} '
              f'({sum(1 for n in row_counts if n == 1)} single-row); ordered: {ordered_n} ({tied_n} with tied rows)')
    if errors:
        print(f'FAILED: {len(errors)} problem(s)')
        for e in errors:
            print('  ' + e)
        return 1
    print('OK: every gold result matches the stored fields')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
