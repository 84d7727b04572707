"""Repairs of the FROM clause of a small model's SQL, each reported: which tables a query reads and how
it joins them (a table it reads a column of but does not join, a column read through the wrong
table, a join on keys that do not match, a join path through a table left out or joined later,
one alias for two tables). :func:`heedful.relations.guard.checked_select` runs them with the
column repairs of :mod:`heedful.relations.repairs`, under the same rules: each changes only what
it can decide and returns notes saying what it changed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

from heedful.errors import SQLError
from heedful.relations.kinds import INTEGER_TYPES, TEXT_TYPES, ColumnKinds
from heedful.relations.repairs import Schema, columns_of, is_key, scopes

__all__ = ["repair_ambiguous", "repair_column_tables", "repair_crossed_keys", "repair_duplicate_aliases",
           "repair_join_key", "repair_join_path", "repair_later_link", "repair_missing_join", "repair_owner_join",
           "repair_self_joins"]


def _shared_key(scope: Any, tables: dict[str, str], read: list[str], other: str, columns: dict[str, set[str]],
                schema: Schema, skip: tuple[str, ...] = ()) -> tuple[str, str, str] | None:
    """(alias, key, other's key) joining table ``other`` to the aliases ``read`` of a scope: the one
    key column (a name ending in id, code or key, none of ``skip``) they share, held by one of them
    or by several the joins make equal on it; or, when they share none, the one key named for the
    other table (``performance.production_id`` and ``production.id``: :func:`_named_key`). None
    when there is no such key or more than one."""
    keys = [(alias, key) for alias in read for key in sorted(columns.get(tables[alias], set()) & columns[other])
            if is_key(key, schema) and key not in skip]
    if not keys:
        named = [(alias, *pair) for alias in read
                 for pair in _named_key(tables[alias], other, columns)]
        return named[0] if len(named) == 1 else None
    if len({key for _, key in keys}) != 1 or \
            (len(keys) > 1 and not {a for a, _ in keys} <= _joined_on(scope, keys[0][1])):
        return None
    return keys[0][0], keys[0][1], keys[0][1]


#: a key column named for a table: its name (``production``) and the key it refers to (``id``);
#: ``production_id``, ``productionid``
_NAMED_KEY = re.compile(r"^(.+?)_?(id|code|key)$")


def _tables_named(key: str) -> tuple[tuple[str, ...], str] | None:
    """The table names a key column is named for (``sailing_id`` -> ``sailing``, ``sailings``,
    ``sailinges``) and the key it refers to (``id``), or None for a column not named so."""
    found = _NAMED_KEY.match(key)
    return ((found[1], f"{found[1]}s", f"{found[1]}es"), found[2]) if found else None


def _named_for(key: str, table: str) -> str | None:
    """The column a key named for ``table`` refers to (``production_id`` -> ``id`` for a table named
    ``production``, ``productions`` or ``productiones``), or None when it is not named for it."""
    named = _tables_named(key)
    return named[1] if named and table in named[0] else None


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
                    or name not in columns[other] or is_key(name, schema):
                continue
            shared = _shared_key(scope, tables, list(tables), other, columns, schema, skip=("id",))
            if shared is None:
                continue  # no key, or several the joins do not make equal: which one is meant is unclear
            alias, key, other_key = shared
            on = _equal(spelled.get(alias, alias), key, names[other], other_key)
            select.join(exp.to_table(names[other]), on=on, copy=False)
            added.add(other)
            notes.append(f"{col.sql()}: {names[other]} was not joined; joined on the key it shares ({on.sql()})")
    return notes


def repair_owner_join(tree: Any, schema: Schema) -> list[str]:
    """Join the table that holds a column the query reads from a table lacking it, when no table
    of the FROM clause has it: ``SELECT SUM(t.price) FROM tag t``, where only ``item`` has
    ``price``, becomes ``... FROM tag t JOIN item ON t.item_id = item.item_id``, read as
    ``item.price``. An unqualified column is joined likewise from the tables of its FROM clause, and
    a qualified one whose table shares no key with the one holding it from another table of the FROM
    clause (``b.title`` of ``branches b JOIN stock s``: ``books`` joins ``s`` on ``book_id``), unless
    its table has a column with that name as a word of its own (``c.name`` of ``customers``, which
    has ``full_name``: the model meant that one, not ``publishers.name``). Only
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
            owners = sorted(t for t, cols in columns.items() if name in cols and t not in tables.values())
            near = qualifier and any(name in c.split("_") for c in columns.get(tables[qualifier], ()))
            # its own table first; when that shares no key with the owner, another table read (not when
            # its table has a column of that word, full_name for name)
            for reading in (read, list(tables)) if qualifier and not near else (read,):
                found = [(owner, shared) for owner in owners
                         if (shared := _shared_key(scope, tables, reading, owner, columns, schema,
                                                   skip=(name, "id"))) is not None]
                if found:
                    break
            if len(found) != 1:
                continue
            owner, (alias, key, owner_key) = found[0]
            shown = col.sql()
            if owner not in added:
                on = _equal(spelled.get(alias, alias), key, names[owner], owner_key)
                select.join(exp.to_table(names[owner]), on=on, copy=False)
                added[owner] = on.sql()
                lacks = f"{tables[qualifier]} has no column {col.name}" if qualifier else \
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
            keys = [(k, k) for k in cols & columns[bad_table] if is_key(k, schema) and k not in (name, "id")]
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


def repair_later_link(tree: Any, schema: Schema) -> list[str]:
    """Join a table after the one that links it when its join condition reads the link's column
    from an earlier table that lacks it: ``dispensing d JOIN patient p ON d.patient_id =
    p.patient_id JOIN prescription r ON d.prescription_id = r.prescription_id``, where only
    ``prescription`` has ``patient_id``, becomes ``dispensing d JOIN prescription r ON ... JOIN
    patient p ON r.patient_id = p.patient_id``. Only when exactly one inner join after it holds
    the column and no join from it to that one reads the moved table. Returns what changed."""
    from sqlglot import exp

    columns = columns_of(schema)
    notes: list[str] = []
    for scope, tables, _, join, on, owners in list(_column_joins(tree)):
        joins = scope.expression.args.get("joins") or []
        if not isinstance(join.this, exp.Table) or join not in joins:
            continue
        joined = join.this.alias_or_name.lower()
        sides = list(zip((on.left, on.right), owners, strict=True))
        bad = [(c, t) for c, t in sides if c.name.lower() not in columns.get(t or "", ())]
        if len(bad) != 1 or bad[0][0].table.lower() == joined:
            continue
        good = next(c for c, _ in sides if c is not bad[0][0])
        if good.table.lower() != joined:
            continue
        name = bad[0][0].name.lower()
        at = joins.index(join)
        later = []
        for other in joins[at + 1:]:
            reads = {c.table.lower() for c in other.find_all(exp.Column)} if other.args.get("on") is not None else set()
            if joined in reads:
                break  # a join after it reads the table: it cannot move past that one
            table = tables.get(other.this.alias_or_name.lower()) if isinstance(other.this, exp.Table) else None
            if not other.side and other.kind not in ("CROSS", "ANTI", "SEMI") and table and name in columns.get(table, ()):
                later.append(other)
        if len(later) != 1:
            continue
        link = later[0]
        link_alias = link.this.alias_or_name
        fixed = _equal(link_alias, bad[0][0].name, good.table, good.name)
        join.set("on", fixed)
        joins.remove(join)
        joins.insert(joins.index(link) + 1, join)
        scope.expression.set("joins", joins)
        notes.append(f"{on.sql()}: {bad[0][1]} has no column {bad[0][0].name}; {tables[link_alias.lower()]}, "
                     f"joined after it, has it: joined {join.this.name} after that table on {fixed.sql()}")
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
    named = _tables_named(key)
    return next((t for t in named[0] if key in columns.get(t, ())), None) if named else None


def _key_in(key: str, table: str, columns: Mapping[str, set[str]]) -> str | None:
    """The column of ``table`` that key column ``key`` of another table equals: the same name, or
    the column a key named for ``table`` refers to (``po_line_id`` -> ``po_lines.id``); None if
    neither is there."""
    lowered = key.lower()
    if lowered in columns.get(table, ()):
        return key
    target = _named_for(lowered, table)
    return target if target is not None and target in columns.get(table, ()) else None


def _never_equal(owners: tuple[str | None, ...], keys: tuple[str, str], schema: Schema,
                 kinds: Callable[[], ColumnKinds | None]) -> bool:
    """Whether the two key columns (of tables ``owners``) hold values that cannot be equal: one
    integers, the other text that is not numbers (``po_number`` 'PO-24001', ``po_line_id`` 7)."""
    typed = {t.lower(): {c.lower(): typ.upper() for c, typ in cols.items()} for t, cols in schema.items()}
    types = [typed.get(t or "", {}).get(k, "") for k, t in zip(keys, owners, strict=True)]
    integer = [typ in INTEGER_TYPES for typ in types]
    if integer.count(True) != 1:
        return False
    text = integer.index(False)
    if types[text] not in TEXT_TYPES:
        return False
    held = {t.lower(): {c.lower(): k for c, k in cols.items()} for t, cols in (kinds() or {}).items()}
    kind = held.get(owners[text] or "", {}).get(keys[text])
    return kind is not None and kind.kind not in ("integer_text", "number_text")


def repair_crossed_keys(tree: Any, schema: Schema, kinds: Callable[[], ColumnKinds | None] = lambda: None) -> list[str]:
    """Join through the table a key names when a join compares keys of two different tables:
    ``vessel v JOIN shift s ON v.vessel_id = s.sailing_id`` (``vessel_id`` is ``vessel``'s key,
    ``sailing_id`` ``sailing``'s: no vessel is a sailing) becomes ``vessel v JOIN sailing ON
    sailing.vessel_id = v.vessel_id JOIN shift s ON s.sailing_id = sailing.sailing_id``, when
    exactly one of the two named tables holds both keys and is not joined yet. A key named for no
    table (``manager_id``, ``from_airport``) is a role, and its join is left alone, unless the two
    keys can never be equal (text against integers, given what ``kinds`` reads the columns to
    hold): then the one table not joined yet that holds both joins them. Only an inner join on
    one equality is rewritten; returns what changed."""
    from sqlglot import exp

    columns = columns_of(schema)
    names = {t.lower(): t for t in schema}
    notes: list[str] = []
    for scope, tables, _, join, on, owners in _column_joins(tree):
        if not isinstance(join.this, exp.Table):
            continue
        left, right = on.left, on.right
        keys = (left.name.lower(), right.name.lower())
        if keys[0] == keys[1] or not all(is_key(k, schema) for k in keys) or \
                any(k not in columns.get(t or "", ()) for k, t in zip(keys, owners, strict=True)):
            continue
        joined = join.this.alias_or_name.lower()
        if joined not in (left.table.lower(), right.table.lower()) or left.table.lower() == right.table.lower():
            continue
        named = {_named_table(k, columns) for k in keys}
        if None not in named and len(named) == 2:
            why = f"{keys[0]} and {keys[1]} are keys of two tables"
            candidates = [t for t in named if t is not None]
        elif _never_equal(owners, keys, schema, kinds):
            why = f"{keys[0]} and {keys[1]} hold text and integers, never equal"
            candidates = list(columns)
        else:
            continue
        inner, outer = (left, right) if left.table.lower() == joined else (right, left)
        vias = [(t, ends) for t in candidates if t not in tables.values()
                and None not in (ends := (_key_in(outer.name, t, columns), _key_in(inner.name, t, columns)))]
        if len(vias) != 1:
            continue
        via, (via_outer, via_inner) = names[vias[0][0]], vias[0][1]
        via_on = _equal(via, via_outer or "", outer.table, outer.name)
        join_on = _equal(inner.table, inner.name, via, via_inner or "")
        _join_through(scope.expression, join, via, via_on, join_on)
        notes.append(f"{on.sql()}: {why}; joined through {via} ({via_on.sql()}, {join_on.sql()})")
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
    the model took the column for a table; or that joins on a column with itself by name
    (``FROM shipment s JOIN customers c ON s.customer_name = c.customer_name``): the model made up a
    table for a column another table has. Only when each column read through the join's alias
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
        on = join.args.get("on")
        through = {c.name.lower() for c in on.find_all(exp.Column) if c.table.lower() == alias.lower()} \
            if on is not None else set()
        if any(name in columns[t] for _, t in others):
            if through - {name}:
                continue  # the join says more than the column it was taken for: not left out
            why = f"{name} is a column of {', '.join(t for _, t in others if name in columns[t])}"
        elif through and _on_itself(on, alias, [a for a, _ in others]) and \
                all(any(c in columns[t] for _, t in others) for c in through):
            why = (f"the join is on {', '.join(sorted(through))}, a column of "
                   f"{', '.join(t for _, t in others if through & columns[t])}")
        else:
            continue
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
            notes.append(f"no table {table.name}: {why}; the join of it left out"
                         + "".join(f"; {m}" for m in dict.fromkeys(moved)))
    return notes


def _on_itself(on: Any, alias: str, others: list[str]) -> bool:
    """Whether join condition ``on`` is only equalities of a column of ``alias`` with the column of
    that name of one of ``others`` (aliases)."""
    from sqlglot import exp

    lowered = {o.lower() for o in others}
    parts = list(on.flatten()) if isinstance(on, exp.And) else [on]
    for part in parts:
        left, right = (part.left, part.right) if isinstance(part, exp.EQ) else (None, None)
        if not (isinstance(left, exp.Column) and isinstance(right, exp.Column)):
            return False
        sides = {left.table.lower(), right.table.lower()}
        if left.name.lower() != right.name.lower() or alias.lower() not in sides or \
                not (sides - {alias.lower()}) <= lowered or len(sides) != 2:
            return False
    return True


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
                  if is_key(k, schema) and k != "id"]
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
