"""Repairs of a small model's SQL slips, each reported: what :func:`heedful.relations.guard.checked_select`
runs between parsing a query and qualifying it against the schema.

Each ``repair_*`` function takes the parsed query (a sqlglot tree, changed in place) and the schema
(table -> column -> type) and returns notes saying what it changed; it changes nothing it cannot
decide (one table, one key, one column spelt alike), and raises :class:`~heedful.errors.SQLError`
only where the slip is a refusal's (one alias for two tables sharing a column read through it, a
join condition comparing a column with itself that no table can complete).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from heedful.errors import SQLError
from heedful.relations.kinds import (
    TIME_KINDS,
    ColumnKinds,
    compares_kinds,
    number_use,
    numeric_cast,
    repair_kinds,
    time_use,
)

__all__ = ["KEY_COLUMN", "SPELLING", "TIME_SPELLING", "columns_of", "repair_ambiguous", "repair_column_kinds",
           "repair_column_tables", "repair_crossed_keys", "repair_date_units", "repair_duplicate_aliases",
           "repair_join_key", "repair_join_path", "repair_missing_join", "repair_owner_join", "repair_qualifiers",
           "repair_self_joins", "repair_spelling", "repair_time_names", "repair_ungrouped", "scopes", "uses_kinds"]

Schema = Mapping[str, Mapping[str, str]]

#: a column that names a key ("aid", "course_id", "state_code"): what tables are joined on
KEY_COLUMN = re.compile(r"(?:id|code|key)$")


def columns_of(schema: Schema) -> dict[str, set[str]]:
    return {t.lower(): {c.lower() for c in cols} for t, cols in schema.items()}


def scopes(tree: Any) -> list[tuple[Any, dict[str, str], dict[str, str]]]:
    """Each SELECT scope with its table sources, alias -> table name, both in lower case, and the
    aliases as written."""
    from sqlglot import exp
    from sqlglot.optimizer.scope import traverse_scope

    out = []
    for scope in traverse_scope(tree):
        sources = {alias: src for alias, src in scope.sources.items() if isinstance(src, exp.Table)}
        out.append((scope, {a.lower(): src.name.lower() for a, src in sources.items()},
                    {a.lower(): a for a in scope.sources}))
    return out


def repair_qualifiers(tree: Any, schema: Schema) -> list[str]:
    """Requalify ``alias.column`` when the alias's table lacks the column and exactly one other
    table of the same FROM clause has it (a slip small models make in joins); returns what changed.
    A join condition is left alone: there the slip is a wrong join path, and requalifying it could
    compare a column with itself."""
    from sqlglot import exp

    columns = columns_of(schema)
    notes = []
    for scope, tables, spelled in scopes(tree):
        for col in scope.columns:
            qualifier = col.table.lower()
            name = col.name.lower()
            if qualifier and qualifier not in spelled and name in columns.get(qualifier, set()) \
                    and KEY_COLUMN.search(name) and col.find_ancestor(exp.Join) is None:
                # a key read through a table the query never joined ("author.aid" over domain_author):
                # the joined table that holds the same key gives the same value
                holders = [a for a, t in tables.items() if name in columns.get(t, set())]
                if len(holders) == 1:
                    alias = spelled.get(holders[0], holders[0])
                    notes.append(f"{col.table}.{col.name} read as {alias}.{col.name} ({col.table} is not joined; "
                                 f"{alias} holds the same key)")
                    col.set("table", exp.to_identifier(alias))
                continue
            if not qualifier or qualifier not in tables:
                continue
            if name in columns.get(tables[qualifier], set()):
                continue
            owners = [a for a, t in tables.items() if name in columns.get(t, set())]
            if len(owners) == 1 and col.find_ancestor(exp.Join) is None:  # never rewrite a join condition
                alias = spelled.get(owners[0], owners[0])
                notes.append(f"{col.table}.{col.name} read as {alias}.{col.name} "
                             f"({tables[qualifier]} has no column {col.name})")
                col.set("table", exp.to_identifier(alias))
    return notes


def _shared_key(scope: Any, tables: dict[str, str], read: list[str], other: str, columns: dict[str, set[str]],
                skip: tuple[str, ...] = ()) -> tuple[str, str, str] | None:
    """(alias, key, other's key) joining table ``other`` to the aliases ``read`` of a scope: the one
    key column (a name ending in id, code or key, none of ``skip``) they share, held by one of them
    or by several the joins make equal on it; or, when they share none, the one key named for the
    other table (``performance.production_id`` and ``production.id``: :func:`_named_key`). None
    when there is no such key or more than one."""
    keys = [(alias, key) for alias in read for key in sorted(columns.get(tables[alias], set()) & columns[other])
            if KEY_COLUMN.search(key) and key not in skip]
    if not keys:
        named = [(alias, *pair) for alias in read
                 for pair in _named_key(tables[alias], other, columns)]
        return named[0] if len(named) == 1 else None
    if len({key for _, key in keys}) != 1 or \
            (len(keys) > 1 and not {a for a, _ in keys} <= _joined_on(scope, keys[0][1])):
        return None
    return keys[0][0], keys[0][1], keys[0][1]


#: a key column named for the table it refers to: ``production_id`` -> ``production``'s ``id``
_NAMED_KEY = re.compile(r"^(.+?)_(id|code|key)$")


def _named_for(key: str, table: str) -> str | None:
    """The column a key named for ``table`` refers to (``production_id`` -> ``id`` for a table named
    ``production``, ``productions`` or ``productiones``), or None when it is not named for it."""
    found = _NAMED_KEY.match(key)
    return found[2] if found and table in (found[1], f"{found[1]}s", f"{found[1]}es") else None


def _named_key(table: str, other: str, columns: Mapping[str, set[str]]) -> list[tuple[str, str]]:
    """(column of ``table``, column of ``other``) pairs that join them by a key named for one of
    them: ``table.other_id = other.id`` (``other`` named ``X``, ``Xs`` or ``Xes``) or the reverse."""
    pairs = []
    for here, there, flip in ((table, other, False), (other, table, True)):
        for col in sorted(columns.get(here, set())):
            target = _named_for(col, there)
            if target is not None and target in columns.get(there, ()):
                pairs.append((target, col) if flip else (col, target))
    return pairs


def repair_missing_join(tree: Any, schema: Schema) -> list[str]:
    """Join a table the query reads a column of but never joined (``SELECT COUNT(*) FROM review
    WHERE category.name = 'Cafe'``) on the one key column (a name ending in id, code or key) it shares
    with the tables of the FROM clause, when one table there has it or the joins make those that do
    equal on it: ``JOIN category ON review.business_id = category.business_id``. A key column is
    left to :func:`repair_qualifiers` (read from the joined table that holds it); returns what
    changed."""
    from sqlglot import exp

    columns = columns_of(schema)
    names = {t.lower(): t for t in schema}
    notes: list[str] = []
    for scope, tables, spelled in scopes(tree):
        select = scope.expression
        if not isinstance(select, exp.Select) or not tables:
            continue
        added: set[str] = set()
        for col in scope.columns:
            other, name = col.table.lower(), col.name.lower()
            if not other or other in spelled or other in added or other not in columns \
                    or name not in columns[other] or KEY_COLUMN.search(name):
                continue
            shared = _shared_key(scope, tables, list(tables), other, columns, skip=("id",))
            if shared is None:
                continue  # no key, or several the joins do not make equal: which one is meant is unclear
            alias, key, other_key = shared
            on = _equal(spelled.get(alias, alias), key, names[other], other_key)
            select.join(exp.to_table(names[other]), on=on, copy=False)
            added.add(other)
            notes.append(f"{col.sql()}: {names[other]} was not joined; joined on the key it shares ({on.sql()})")
    return notes


def _candidates(col: Any, scope: Any, tables: dict[str, str], by_table: Mapping[str, Any]) -> list[str] | None:
    """The columns ``col`` could be read as: ``by_table``'s of its qualifier's table, or for an
    unqualified name of every table of its FROM clause; None when the qualifier is no table of the
    scope, or the scope reads a CTE or subquery (whose columns are its own)."""
    if col.table:
        table = tables.get(col.table.lower())
        return None if table is None else list(dict.fromkeys(by_table.get(table, ())))
    if len(tables) != len(scope.sources):
        return None
    return list(dict.fromkeys(c for t in dict.fromkeys(tables.values()) for c in by_table.get(t, ())))


#: how alike a misspelt column's name and a real one must be (difflib's ratio) to be read as it
SPELLING = 0.8


def repair_spelling(tree: Any, schema: Schema) -> list[str]:
    """Read a column name no table has as the one column of its tables whose name is that close
    (``return_on`` for ``returned_on``: a ratio of at least :data:`SPELLING`, and no other as close):
    the qualifier's table, or for an unqualified name the tables of its FROM clause. Names a query
    gives itself (a select's alias, a CTE's or subquery's column) are left alone. Returns what
    changed."""
    import difflib

    from sqlglot import exp

    columns = columns_of(schema)
    known = set().union(*columns.values()) if columns else set()
    own = {s.alias.lower() for select in tree.find_all(exp.Select) for s in select.selects if isinstance(s, exp.Alias)}
    own |= {a.lower() for cte in tree.find_all(exp.TableAlias) for a in (c.name for c in cte.columns)}
    notes: list[str] = []
    for scope, tables, spelled in scopes(tree):
        for col in scope.columns:
            name = col.name.lower()
            pool = None if name in known or name in own else _candidates(col, scope, tables, columns)
            close = [c for c in pool or () if difflib.SequenceMatcher(None, name, c).ratio() >= SPELLING]
            if len(close) != 1:
                continue
            real = next(c for t in schema for c in schema[t] if c.lower() == close[0])
            notes.append(f"{col.sql()} read as {real} (no table has {col.name}; {real} is the one column "
                         "of its tables spelt like it)")
            col.set("this", exp.to_identifier(real))
    return list(dict.fromkeys(notes))


#: a time column a model invented is read as its table's one time column, or the one spelt most
#: like it: at least this alike (difflib's ratio), and this much more than the next
TIME_SPELLING = (0.6, 0.15)


_TIME_TYPES = ("DATE", "TIME", "TIMESTAMP", "TIMESTAMP WITH TIME ZONE", "TIMESTAMPTZ")


def repair_time_names(tree: Any, schema: Schema, kinds: ColumnKinds | None) -> list[str]:
    """Read a column no table has, used as a time (truncated, extracted, formatted, compared with a
    time), as the time column of its tables: the only one (a time type, or Unix seconds or ISO
    dates by what it holds), or of several the one spelt most like it (:data:`TIME_SPELLING`);
    ``DATE_TRUNC('month', placed_on)`` over ``orders(placed_at, ...)`` reads ``placed_at``, and so
    does every other use of ``placed_on`` in that scope. Returns what changed."""
    import difflib

    from sqlglot import exp

    columns = columns_of(schema)
    known = set().union(*columns.values()) if columns else set()
    held = {t.lower(): {c.lower(): k.kind for c, k in cols.items()} for t, cols in (kinds or {}).items()}
    timed = {t.lower(): [c for c, typ in cols.items()
                         if typ.upper() in _TIME_TYPES or held.get(t.lower(), {}).get(c.lower()) in TIME_KINDS]
             for t, cols in schema.items()}
    notes: list[str] = []
    for scope, tables, _ in scopes(tree):
        for col in scope.columns:
            if col.name.lower() in known or col.parent is None or time_use(col, col.parent) is None:
                continue
            pool = _candidates(col, scope, tables, timed) or []
            ranked = sorted(((difflib.SequenceMatcher(None, col.name.lower(), c.lower()).ratio(), c) for c in pool),
                            reverse=True)
            if not ranked or (len(ranked) > 1 and (ranked[0][0] < TIME_SPELLING[0]
                                                   or ranked[0][0] - ranked[1][0] < TIME_SPELLING[1])):
                continue
            real = ranked[0][1]
            which = "its tables' one time column" if len(ranked) == 1 else \
                "of its tables' time columns, the one spelt most like it"
            notes.append(f"{col.sql()} read as {real} (no table has {col.name}; used as a time: {which})")
            # every use of that name in the scope, also where it is not used as a time (subtracted)
            for same in [c for c in scope.columns if c.name.lower() == col.name.lower()
                         and c.table.lower() == col.table.lower()]:
                same.set("this", exp.to_identifier(real))
    return notes


def repair_owner_join(tree: Any, schema: Schema) -> list[str]:
    """Join the table that holds a column the query reads from a table lacking it, when no table
    of the FROM clause has it: ``SELECT SUM(t.price) FROM tag t``, where only ``item`` has
    ``price``, becomes ``... FROM tag t JOIN item ON t.item_id = item.item_id``, read as
    ``item.price``. An unqualified column is joined likewise from the tables of its FROM clause. Only
    when exactly one table holds the column and shares exactly one key column (a name ending in id,
    code or key, not bare ``id``) with the table read, or with the tables the joins make equal on it;
    never in a join condition or for a select's own alias, and an unqualified name not in a scope
    that reads a CTE or subquery (it may be one of their columns). Returns what changed."""
    from sqlglot import exp

    columns = columns_of(schema)
    names = {t.lower(): t for t in schema}
    everywhere = {t.name.lower() for t in tree.find_all(exp.Table)}
    notes: list[str] = []
    for scope, tables, spelled in scopes(tree):
        select = scope.expression
        if not isinstance(select, exp.Select) or not tables:
            continue
        own = {s.alias_or_name.lower() for s in select.selects}
        added: dict[str, str] = {}
        for col in scope.columns:
            name, qualifier = col.name.lower(), col.table.lower()
            if col.find_ancestor(exp.Join) is not None or \
                    any(name in columns.get(t, set()) for t in tables.values()):
                continue
            if qualifier:
                if qualifier not in tables:
                    continue
                read = [qualifier]
            else:
                if len(tables) != len(scope.sources):
                    continue  # the scope reads a CTE or subquery: the name may be one of its columns
                if name in own or any(name in columns.get(t, set()) for t in everywhere):
                    continue  # a select's alias, or an outer table's column in a correlated subquery
                read = list(tables)
            found = []
            for owner in sorted(t for t, cols in columns.items() if name in cols and t not in tables.values()):
                shared = _shared_key(scope, tables, read, owner, columns, skip=(name, "id"))
                if shared is not None:
                    found.append((owner, shared))
            if len(found) != 1:
                continue
            owner, (alias, key, owner_key) = found[0]
            shown = col.sql()
            if owner not in added:
                on = _equal(spelled.get(alias, alias), key, names[owner], owner_key)
                select.join(exp.to_table(names[owner]), on=on, copy=False)
                added[owner] = on.sql()
                lacks = f"{tables[alias]} has no column {col.name}" if qualifier else \
                    f"no table of the FROM clause has {col.name}"
                notes.append(f"{shown}: {lacks}; joined {names[owner]}, which has it, on the key they share "
                             f"({added[owner]})")
            col.set("table", exp.to_identifier(names[owner]))
    return notes


def _column_joins(tree: Any) -> Any:
    """Each inner join on one equality of two qualified columns of registered tables (not a CTE's or
    a subquery's): ``(scope, tables, spelled, join, on, owners)``, ``owners`` the two columns' tables.
    What the join repairs start from."""
    from sqlglot import exp

    for scope, tables, spelled in scopes(tree):
        for join in list(scope.expression.args.get("joins") or []):
            on = join.args.get("on")
            if join.side or join.kind in ("CROSS", "ANTI", "SEMI") or not isinstance(on, exp.EQ):
                continue
            left, right = on.left, on.right
            if not (isinstance(left, exp.Column) and isinstance(right, exp.Column) and left.table and right.table):
                continue
            owners = (tables.get(left.table.lower()), tables.get(right.table.lower()))
            if None in owners:
                continue  # a CTE or a subquery: its columns are not the schema's
            yield scope, tables, spelled, join, on, owners


def _equal(table: str, column: str, other: str, other_column: str) -> Any:
    """``table.column = other.other_column`` as a sqlglot node."""
    from sqlglot import exp

    return exp.EQ(this=exp.column(column, table=table), expression=exp.column(other_column, table=other))


def repair_join_path(tree: Any, schema: Schema) -> list[str]:
    """Route a join through the link table it skipped: ``author a JOIN paper p ON a.pid = p.pid``,
    where ``author`` has no ``pid``, becomes ``author a JOIN writes ON writes.aid = a.aid JOIN paper
    p ON writes.pid = p.pid`` when exactly one table not yet joined holds ``pid`` and exactly one key
    column of ``author`` (a name ending in id, code or key), or a key named for one of them
    (``part JOIN bike ON part.bike_id = bike.id`` through ``repair`` on ``part.repair_id =
    repair.id``). Only an inner join on one equality is rewritten; returns what changed."""
    from sqlglot import exp

    columns = columns_of(schema)
    notes: list[str] = []
    for scope, tables, spelled, join, on, owners in _column_joins(tree):
        if not isinstance(join.this, exp.Table):
            continue
        left, right = on.left, on.right
        bad = [c for c, t in zip((left, right), owners, strict=True) if c.name.lower() not in columns.get(t or "", ())]
        if len(bad) != 1:
            continue
        good = right if bad[0] is left else left
        bad_table, name = tables[bad[0].table.lower()], bad[0].name.lower()
        good_table = tables[good.table.lower()]
        if name not in columns.get(good_table, set()) and _named_for(name, good_table) != good.name.lower():
            continue  # neither the same key, nor a key named for the good side's table (bike_id, bike.id)
        joined = (join.this.alias_or_name or "").lower()
        links = []
        for link, cols in columns.items():
            if link in tables.values() or link.lower() in spelled or name not in cols:
                continue
            keys = [(k, k) for k in cols & columns[bad_table] if KEY_COLUMN.search(k) and k not in (name, "id")]
            keys = keys or _named_key(bad_table, link, columns)  # repair_part.repair_id, repair.id
            if len(keys) == 1:
                links.append((link, *keys[0]))
        if len(links) != 1:
            continue
        link, key, link_key = links[0]
        link_name = next(t for t in schema if t.lower() == link)
        bad_alias = bad[0].table
        if bad_alias.lower() == joined:  # the joined table lacks it: reach the link from the other side
            link_on = _equal(link_name, name, good.table, good.name)
            join_on = _equal(bad_alias, key, link_name, link_key)
        else:
            link_on = _equal(link_name, link_key, bad_alias, key)
            join_on = _equal(good.table, good.name, link_name, name)
        _join_through(scope.expression, join, link_name, link_on, join_on)
        notes.append(f"{on.sql()}: {bad_table} has no column {bad[0].name}; joined through {link_name} "
                     f"({link_on.sql()})")
    return notes


def _join_through(select: Any, join: Any, via: str, via_on: Any, join_on: Any) -> None:
    """Join table ``via`` on ``via_on`` just before ``join`` of ``select``, which then joins on ``join_on``."""
    from sqlglot import exp

    joins = select.args["joins"]
    joins.insert(joins.index(join), exp.Join(this=exp.to_table(via), on=via_on))
    select.set("joins", joins)
    join.set("on", join_on)


def _named_table(key: str, columns: Mapping[str, set[str]]) -> str | None:
    """The table a key column is named for (``sailing_id`` -> ``sailing`` or ``sailings``) when
    that table has the column, else None."""
    stem = re.sub(r"_?(?:id|code|key)$", "", key)
    return next((t for t in (stem, f"{stem}s", f"{stem}es") if stem and key in columns.get(t, ())), None)


def repair_crossed_keys(tree: Any, schema: Schema) -> list[str]:
    """Join through the table a key names when a join compares keys of two different tables:
    ``vessel v JOIN shift s ON v.vessel_id = s.sailing_id`` (``vessel_id`` is ``vessel``'s key,
    ``sailing_id`` ``sailing``'s: no vessel is a sailing) becomes ``vessel v JOIN sailing ON
    sailing.vessel_id = v.vessel_id JOIN shift s ON s.sailing_id = sailing.sailing_id``, when
    exactly one of the two named tables holds both keys and is not joined yet. A key named for no
    table (``manager_id``, ``from_airport``) is a role, and its join is left alone. Only an inner
    join on one equality is rewritten; returns what changed."""
    from sqlglot import exp

    columns = columns_of(schema)
    names = {t.lower(): t for t in schema}
    notes: list[str] = []
    for scope, tables, _, join, on, owners in _column_joins(tree):
        if not isinstance(join.this, exp.Table):
            continue
        left, right = on.left, on.right
        keys = (left.name.lower(), right.name.lower())
        if keys[0] == keys[1] or not all(KEY_COLUMN.search(k) for k in keys) or \
                any(k not in columns.get(t or "", ()) for k, t in zip(keys, owners, strict=True)):
            continue
        named = {_named_table(k, columns) for k in keys}
        if None in named or len(named) != 2:
            continue
        joined = join.this.alias_or_name.lower()
        if joined not in (left.table.lower(), right.table.lower()) or left.table.lower() == right.table.lower():
            continue
        inner, outer = (left, right) if left.table.lower() == joined else (right, left)
        vias = [t for t in named if t is not None and t not in tables.values() and set(keys) <= columns[t]]
        if len(vias) != 1:
            continue
        via = names[vias[0]]
        via_on = _equal(via, outer.name, outer.table, outer.name)
        join_on = _equal(inner.table, inner.name, via, inner.name)
        _join_through(scope.expression, join, via, via_on, join_on)
        notes.append(f"{on.sql()}: {keys[0]} and {keys[1]} are keys of two tables; joined through {via} "
                     f"({via_on.sql()}, {join_on.sql()})")
    return notes


def _joined_on(scope: Any, name: str) -> set[str]:
    """Aliases (lower case) of the tables an inner join equates on column ``name``
    (``JOIN writes ON publication.pid = writes.pid`` for ``pid``)."""
    from sqlglot import exp

    out: set[str] = set()
    for join in scope.expression.args.get("joins") or []:
        if join.side or join.kind in ("CROSS", "ANTI", "SEMI"):  # only an inner join makes the two equal
            continue
        on = join.args.get("on")
        if on is None:
            continue
        for eq in on.find_all(exp.EQ):
            left, right = eq.left, eq.right
            if (isinstance(left, exp.Column) and isinstance(right, exp.Column)
                    and left.name.lower() == name and right.name.lower() == name and left.table and right.table):
                out |= {left.table.lower(), right.table.lower()}
    return out


def repair_ambiguous(tree: Any, schema: Schema) -> list[str]:
    """Qualify an unqualified column that several tables of its FROM clause have, when inner joins
    equate it across all of them (then every choice gives the same value)."""
    from sqlglot import exp

    columns = columns_of(schema)
    notes = []
    for scope, tables, spelled in scopes(tree):
        for col in scope.columns:
            if col.table:
                continue
            name = col.name.lower()
            owners = [a for a, t in tables.items() if name in columns.get(t, set())]
            if len(owners) < 2 or not set(owners) <= _joined_on(scope, name):
                continue
            alias = spelled.get(owners[0], owners[0])
            col.set("table", exp.to_identifier(alias))
            notes.append(f"{col.name} read as {alias}.{col.name} (the joins make {', '.join(owners)} equal on it)")
    return list(dict.fromkeys(notes))


def _from_sources(select: Any) -> list[Any]:
    """What a SELECT reads, in order: its FROM source, then each join's."""
    first = select.args.get("from_") or select.args.get("from")
    return ([first.this] if first is not None else []) + [j.this for j in select.args.get("joins") or []]


def repair_column_tables(tree: Any, schema: Schema) -> list[str]:
    """Leave out a join of a table that does not exist but is a column of a table the SELECT reads
    (``FROM member m JOIN plan p ON m.plan = p.plan``, where ``plan`` is a column of ``member``):
    the model took the column for a table. Only when each column read through the join's alias
    is a column of exactly one of the other tables, and is then read from it. Returns what changed."""
    from sqlglot import exp

    columns = columns_of(schema)
    ctes = {cte.alias_or_name.lower() for cte in tree.find_all(exp.CTE)}
    notes: list[str] = []
    for join in list(tree.find_all(exp.Join)):
        table, select = join.this, join.parent
        if not isinstance(table, exp.Table) or not isinstance(select, exp.Select):
            continue
        name, alias = table.name.lower(), table.alias_or_name
        if name in columns or name in ctes:
            continue
        others = [(s.alias_or_name, s.name.lower()) for s in _from_sources(select)
                  if isinstance(s, exp.Table) and s is not table and s.name.lower() in columns]
        if not any(name in columns[t] for _, t in others):
            continue
        on = join.args.get("on")
        if on is not None and any(c.table.lower() == alias.lower() and c.name.lower() != name
                                  for c in on.find_all(exp.Column)):
            continue  # the join says more than the column it was taken for: not left out
        read = [c for c in select.find_all(exp.Column)
                if c.table.lower() == alias.lower() and c.find_ancestor(exp.Join) is not join]
        owners = {}
        for col in read:
            holders = [a for a, t in others if col.name.lower() in columns[t]]
            if len(holders) != 1:
                break
            owners[id(col)] = holders[0]
        else:
            moved = []
            for col in read:
                before = col.sql()
                col.set("table", exp.to_identifier(owners[id(col)]))
                moved.append(f"{before} read as {col.sql()}")
            join.pop()
            having = ", ".join(t for _, t in others if name in columns[t])
            notes.append(f"no table {table.name}: {name} is a column of {having}; the join of it left out"
                         + "".join(f"; {m}" for m in dict.fromkeys(moved)))
    return notes


def _sources_before(join: Any) -> list[tuple[str, str]]:
    """(alias as written, table name in lower case) of each table its SELECT reads before ``join``."""
    from sqlglot import exp

    select = join.parent
    if not isinstance(select, exp.Select):
        return []
    sources = _from_sources(select)
    sources = next((sources[:i] for i, s in enumerate(sources) if s is join.this), sources)
    return [(s.alias_or_name, s.name.lower()) for s in sources if isinstance(s, exp.Table)]


def repair_self_joins(tree: Any, schema: Schema) -> list[str]:
    """A join condition that compares a column with itself (``ON a.id = a.id``) is always true: a
    slip, never what a question means. Beside other conditions it is left out; alone, it compares
    with the joined table's column of that name when that table has one (``JOIN b ON a.id = a.id``
    becomes ``a.id = b.id``); otherwise the query is refused. Returns what changed."""
    from sqlglot import exp

    columns = columns_of(schema)
    notes: list[str] = []
    for join in list(tree.find_all(exp.Join)):
        on = join.args.get("on")
        if on is None:
            continue
        for eq in list(on.find_all(exp.EQ)):
            left, right = eq.left, eq.right
            if not (isinstance(left, exp.Column) and isinstance(right, exp.Column)
                    and left.sql().lower() == right.sql().lower()):
                continue
            shown = eq.sql()
            parent = eq.parent
            if isinstance(parent, exp.And):
                parent.replace(parent.right if parent.left is eq else parent.left)
                notes.append(f"{shown}: compares a column with itself (always true); left out of the join condition")
                continue
            joined = join.this
            table = joined.name.lower() if isinstance(joined, exp.Table) else ""
            alias = joined.alias_or_name if isinstance(joined, exp.Table) else ""
            if eq is on and alias and alias.lower() != left.table.lower() \
                    and left.name.lower() in columns.get(table, set()):
                right.set("table", exp.to_identifier(alias))
                notes.append(f"{shown}: compares a column with itself; compared with the joined table's "
                             f"({eq.sql()})")
                continue
            if eq is on and alias and alias.lower() == left.table.lower():
                # the joined table's own column on both sides: the one table joined before it that has
                # the column is the other side
                before = _sources_before(join)
                holders = [a for a, t in before if left.name.lower() in columns.get(t, set())]
                if len(holders) == 1:
                    left.set("table", exp.to_identifier(holders[0]))
                    notes.append(f"{shown}: compares a column with itself; compared with the one table joined "
                                 f"before it that has {left.name} ({eq.sql()})")
                    continue
            raise SQLError(f"the join condition {shown} compares a column with itself; join "
                           f"{join.this.sql()} on a column it shares with another table, or leave it out")
    return notes


def repair_duplicate_aliases(tree: Any, schema: Schema) -> list[str]:
    """Two tables of one FROM clause under one name (``JOIN flight_stop fs ... JOIN food_service fs``):
    the second gets a name of its own (``fs2``) when every column read through the name belongs to
    exactly one of the two tables, so each reference can be given to its table; otherwise the query
    is refused by name (the engine's own message does not say what is wrong). Returns what changed."""
    from sqlglot import exp

    columns = columns_of(schema)
    notes: list[str] = []
    for select in list(tree.find_all(exp.Select)):
        sources = _from_sources(select)
        seen: dict[str, Any] = {}
        for source in sources:
            name = (source.alias_or_name or "").lower()
            if not name:
                continue
            if name not in seen:
                seen[name] = source
                continue
            earlier = seen[name]
            tables = f"{earlier.name or earlier.sql()} and {source.name or source.sql()}"
            refusal = SQLError(f"alias {source.alias_or_name} names two tables of one FROM clause ({tables}); "
                               f"give each its own alias")
            if not (isinstance(earlier, exp.Table) and isinstance(source, exp.Table)):
                raise refusal
            held = (columns.get(earlier.name.lower()), columns.get(source.name.lower()))
            if held[0] is None or held[1] is None:
                raise refusal  # a CTE's name: its columns are not the schema's
            reads = [c for c in select.find_all(exp.Column)
                     if c.table.lower() == name and c.find_ancestor(exp.Select) is select]
            # a column both tables have is fine when the second is joined on it to the first (``JOIN
            # drivers d ON d.depot_id = d.depot_id``, read as the two tables' columns): both give one value
            on = source.parent.args.get("on") if isinstance(source.parent, exp.Join) else None
            joined = [eq for eq in (on.find_all(exp.EQ) if on is not None else ())
                      if all(isinstance(side, exp.Column) and side.table.lower() == name for side in (eq.left, eq.right))
                      and eq.left.name.lower() == eq.right.name.lower()]
            equal = {eq.left.name.lower() for eq in joined}
            if any(c.name.lower() in held[0] and c.name.lower() in held[1] and c.name.lower() not in equal
                   for c in reads):
                raise refusal
            written = source.alias_or_name
            taken = {n.lower() for n in seen} | {s.alias_or_name.lower() for s in sources}
            fresh = next(f"{source.alias_or_name}{i}" for i in range(2, 100)
                         if f"{source.alias_or_name}{i}".lower() not in taken)
            moved = [c for c in reads if c.name.lower() in held[1] and c.name.lower() not in held[0]]
            moved += [eq.right for eq in joined]
            for col in moved:
                col.set("table", exp.to_identifier(fresh))
            source.set("alias", exp.TableAlias(this=exp.to_identifier(fresh)))
            seen[fresh.lower()] = source
            notes.append(f"alias {written} named two tables ({tables}); "
                         f"{source.name} is {fresh}, and its columns read through it "
                         f"({', '.join(sorted({c.name for c in moved})) or 'none'})")
    return notes


def repair_join_key(tree: Any, schema: Schema) -> list[str]:
    """Join two tables on the one key column they share when the condition names a column one of
    them lacks: ``business JOIN category ON business.category_id = category.id``, where business
    has no ``category_id`` and both have ``business_id``, becomes ``ON business.business_id =
    category.business_id``. Only an inner join on one equality between the two tables, with
    exactly one shared key column (a name ending in id, code or key, not bare ``id``), is
    rewritten; returns what changed."""

    columns = columns_of(schema)
    notes: list[str] = []
    for _, _, _, join, on, owners in _column_joins(tree):
        left, right = on.left, on.right
        if left.table.lower() == right.table.lower():
            continue
        if all(c.name.lower() in columns.get(t or "", ()) for c, t in zip((left, right), owners, strict=True)):
            continue
        shared = [k for k in columns[owners[0] or ""] & columns[owners[1] or ""]
                  if KEY_COLUMN.search(k) and k != "id"]
        if len(shared) != 1:
            continue
        table_name = {t.lower(): t for t in schema}
        key = next(c for c in schema[table_name[owners[0] or ""]] if c.lower() == shared[0])
        fixed = _equal(left.table, key, right.table, key)
        join.set("on", fixed)
        missing = [f"{t} has no column {c.name}" for c, t in zip((left, right), owners, strict=True)
                   if c.name.lower() not in columns.get(t or "", ())]
        notes.append(f"{on.sql()}: {'; '.join(missing)}; joined on the key both have ({fixed.sql()})")
    return notes


def _within(node: Any, top: Any, kinds: tuple[type, ...]) -> bool:
    """Whether a node of one of ``kinds`` lies between ``node`` and its ancestor ``top``."""
    parent = node.parent
    while parent is not None and parent is not top:
        if isinstance(parent, kinds):
            return True
        parent = parent.parent
    return False


def repair_ungrouped(tree: Any) -> list[str]:
    """A column selected, ordered by or in HAVING beside GROUP BY, neither grouped nor aggregated, is read
    as ``ANY_VALUE(column)``: what SQLite and MySQL give for it (a value of the group's rows; the
    one value when it depends on the group's key, as a name on an id), where DuckDB and PostgreSQL
    refuse the query. Returns what changed."""
    from sqlglot import exp

    notes: list[str] = []
    for select in list(tree.find_all(exp.Select)):
        group = select.args.get("group")
        if group is None or not group.expressions:
            continue
        items = select.selects
        keys = [items[int(g.this) - 1].unalias() if isinstance(g, exp.Literal) and g.is_int and
                0 < int(g.this) <= len(items) else g for g in group.expressions]
        grouped = {k.sql().lower() for k in keys}
        names = {(k.table.lower(), k.name.lower()) for k in keys if isinstance(k, exp.Column)}
        aliases = {a.alias.lower() for a in items if isinstance(a, exp.Alias)}
        order, having = select.args.get("order"), select.args.get("having")
        for part in [*items, *(order.expressions if order is not None else []),
                     *([having.this] if having is not None else [])]:
            if part.sql().lower() in grouped or part.unalias().sql().lower() in grouped or \
                    (isinstance(part, exp.Alias) and part.alias.lower() in grouped):
                continue
            for col in list(part.find_all(exp.Column)):
                name, table = col.name.lower(), col.table.lower()
                if _within(col, select, (exp.AggFunc, exp.Window, exp.Subquery, exp.Select)):
                    continue  # aggregated, or another query's
                if col.sql().lower() in grouped or (table, name) in names or \
                        (not table and any(n == name for _, n in names)) or \
                        (table and ("", name) in names) or (not table and name in aliases):
                    continue
                shown = col.sql()
                wrapped = exp.AnyValue(this=col.copy())
                # a column selected as it is keeps its name as the result's
                col.replace(exp.alias_(wrapped, col.name) if part is col and part in items else wrapped)
                notes.append(f"{shown} is neither grouped nor aggregated; read as ANY_VALUE({shown}), "
                             "a value of its group's rows")
    return list(dict.fromkeys(notes))


def repair_column_kinds(tree: Any, schema: Schema, kinds: ColumnKinds | None) -> list[str]:
    """Columns that hold time or numbers without the type for it, read as such where the query uses
    them so (:func:`heedful.relations.kinds.repair_kinds`)."""
    from sqlglot import exp

    if not kinds:
        return []
    columns = columns_of(schema)
    notes: list[str] = []
    for scope, _, _ in scopes(tree):
        select = scope.expression
        order = select.args.get("order") if isinstance(select, exp.Select) else None
        # what ORDER BY names among the selected columns is not among the scope's columns
        named = {s.alias_or_name.lower(): s.unalias() for s in select.selects} if order is not None else {}
        ordered = [o.this for o in order.expressions if isinstance(o.this, exp.Column)
                   and not any(o.this is c for c in scope.columns)] if order is not None else []

        def resolve(col: Any, scope: Any = scope, named: dict[str, Any] = named) -> tuple[str, str] | None:
            picked = named.get(col.name.lower()) if not col.table and isinstance(col.parent, exp.Ordered) else None
            if picked is not None and not isinstance(picked, exp.Column):
                return None  # the ORDER BY names what the select computes, not a column
            if picked is not None and picked is not col:
                col = picked
            return _source_column(scope, col.table, col.name, columns)

        notes.extend(repair_kinds([*scope.columns, *ordered], resolve, kinds))
    return notes


def _source_column(scope: Any, qualifier: str, name: str, columns: dict[str, set[str]],
                   depth: int = 0) -> tuple[str, str] | None:
    """The (table, column) of the schema a column of a scope reads, lower case: through a CTE or
    subquery that passes a table's column on unchanged (``WITH y AS (SELECT year FROM book) ...
    y.year`` reads ``book.year``); None when it is computed, ambiguous, or no such column."""
    from sqlglot import exp
    from sqlglot.optimizer.scope import Scope

    sources = {alias.lower(): source for alias, source in scope.sources.items()}
    name = name.lower()
    if qualifier:
        picked = [sources[qualifier.lower()]] if qualifier.lower() in sources else []
    else:
        picked = [s for s in sources.values()
                  if (isinstance(s, exp.Table) and name in columns.get(s.name.lower(), set()))
                  or (isinstance(s, Scope) and isinstance(s.expression, exp.Select)
                      and any(p.alias_or_name.lower() == name for p in s.expression.selects))]
    if len(picked) != 1:
        return None
    source = picked[0]
    if isinstance(source, exp.Table):
        table = source.name.lower()
        return (table, name) if name in columns.get(table, set()) else None
    if depth > 8 or not isinstance(source, Scope) or not isinstance(source.expression, exp.Select):
        return None
    passed = [p for p in source.expression.selects if p.alias_or_name.lower() == name]
    inner = passed[0].unalias() if len(passed) == 1 else None
    if not isinstance(inner, exp.Column):
        return None
    return _source_column(source, inner.table, inner.name, columns, depth + 1)


#: units of time a DATEDIFF may count in, as written first in SQL Server's and Snowflake's form
_UNITS = {"year": "YEAR", "yy": "YEAR", "yyyy": "YEAR", "quarter": "QUARTER", "qq": "QUARTER", "month": "MONTH",
          "mm": "MONTH", "week": "WEEK", "wk": "WEEK", "day": "DAY", "dd": "DAY", "d": "DAY", "hour": "HOUR",
          "hh": "HOUR", "minute": "MINUTE", "mi": "MINUTE", "second": "SECOND", "ss": "SECOND"}


def repair_date_units(tree: Any, schema: Schema) -> list[str]:
    """Read ``DATEDIFF(day, start, end)`` (SQL Server's and Snowflake's order, the unit first, bare or
    quoted; also DuckDB's ``DATE_DIFF('day', start, end)``) as the days from start to end: the
    PostgreSQL reading takes the unit for a column and the end for the unit. Returns what changed."""
    from sqlglot import exp

    notes = []
    for diff in list(tree.find_all(exp.DateDiff)):
        first, end = diff.this, diff.args.get("unit")
        word = first.name.lower() if isinstance(first, exp.Column) and not first.table or \
            isinstance(first, exp.Literal) and first.is_string else ""
        if end is None or word not in _UNITS:
            continue
        if isinstance(end, exp.Var):  # a bare name in the unit's place (upper-cased): the column it was
            end = exp.column(next((c for cols in schema.values() for c in cols if c.lower() == end.name.lower()),
                                  end.name.lower()))
        before = f"DATEDIFF({first.sql()}, {diff.expression.sql()}, {end.sql()})"
        diff.replace(exp.DateDiff(this=end.copy(), expression=diff.expression.copy(), unit=exp.var(_UNITS[word])))
        notes.append(f"{before} read as the {_UNITS[word].lower()}s from {diff.expression.sql()} to {end.sql()}")
    return notes


def uses_kinds(tree: Any) -> bool:
    """Whether a column of the query is used as a time or a number (what the kind repairs act on)."""
    from sqlglot import exp

    return any(col.parent is not None and (time_use(col, col.parent, "epoch") or number_use(col, col.parent)
                                           or numeric_cast(col.parent) or compares_kinds(col.parent)
                                           or isinstance(col.parent, exp.Ordered))
               for col in tree.find_all(exp.Column))
