"""Repairs of a small model's SQL slips, each reported: what :func:`heedful.relations.guard.checked_select`
runs between parsing a query and qualifying it against the schema. These repair columns (a qualifier,
a spelling, a time column's name, a column's kind, an ungrouped column, a date unit); the repairs of
the FROM clause (which tables a query reads and how it joins them) are in :mod:`heedful.relations.joins`.

Each ``repair_*`` function takes the parsed query (a sqlglot tree, changed in place) and the schema
(table -> column -> type) and returns notes saying what it changed; it changes nothing it cannot
decide (one table, one column spelt alike, one kind of value). The column kinds' refusals (a date
function on text that holds no dates) are :mod:`heedful.relations.kinds`'s.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from heedful.relations.kinds import (
    TIME_KINDS,
    ColumnKinds,
    compares_kinds,
    number_use,
    numeric_cast,
    repair_kinds,
    time_use,
)

__all__ = [
    "KEY_COLUMN",
    "SPELLING",
    "TIME_SPELLING",
    "KeyedSchema",
    "columns_of",
    "is_key",
    "repair_column_kinds",
    "repair_date_units",
    "repair_days_of_difference",
    "repair_julian_days",
    "repair_qualifiers",
    "repair_spelling",
    "repair_time_names",
    "repair_ungrouped",
    "scopes",
    "uses_kinds",
]

Schema = Mapping[str, Mapping[str, str]]

#: a column that names a key ("aid", "course_id", "state_code", "route_no", "po_number"): what tables
#: are joined on
KEY_COLUMN = re.compile(r"(?:id|code|key|_no|_number)$")


class KeyedSchema(dict[str, dict[str, str]]):
    """A schema (table -> column -> type) that also knows the columns its tables declare as foreign
    keys or reference with one (``declared``, lower case): keys whose names do not say so
    (``copies.isbn REFERENCES books(isbn)``)."""

    def __init__(self, tables: Mapping[str, Mapping[str, str]], declared: Iterable[str] = ()) -> None:
        super().__init__({t: dict(cols) for t, cols in tables.items()})
        self.declared = frozenset(c.lower() for c in declared)


def is_key(name: str, schema: Schema) -> bool:
    """Whether column ``name`` is a key: named like one (:data:`KEY_COLUMN`), or declared one by
    ``schema`` (a :class:`KeyedSchema`)."""
    return bool(KEY_COLUMN.search(name)) or name.lower() in getattr(schema, "declared", ())


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
                    and is_key(name, schema) and col.find_ancestor(exp.Join) is None:
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
            if len(close) != 1 and pool:
                prefixed = _named_after_table(col, tables, columns)
                if len(prefixed) == 1:
                    table, lowered = prefixed[0]
                    real = next(c for t in schema for c in schema[t] if c.lower() == lowered)
                    notes.append(f"{col.sql()} read as {real} (no table has {col.name}: it is the {real} of {table}, "
                                 "with the table's name put before it)")
                    col.set("this", exp.to_identifier(real))
                continue
            if len(close) != 1:
                continue
            real = next(c for t in schema for c in schema[t] if c.lower() == close[0])
            notes.append(f"{col.sql()} read as {real} (no table has {col.name}; {real} is the one column "
                         "of its tables spelt like it)")
            col.set("this", exp.to_identifier(real))
    return list(dict.fromkeys(notes))


def _named_after_table(col: Any, tables: Mapping[str, str], columns: Mapping[str, set[str]]) -> list[tuple[str, str]]:
    """The (table, column) pairs ``col`` names with the table's name put before the column
    (``loan_fee_usd`` for ``loans.fee_usd``): its qualifier's table, or for an unqualified name each
    table of its FROM clause."""
    name = col.name.lower()
    owners = [tables[col.table.lower()]] if col.table else list(dict.fromkeys(tables.values()))
    found = []
    for table in owners:
        for stem in dict.fromkeys((table, table.removesuffix("s"), table.removesuffix("es"))):
            rest = name.removeprefix(f"{stem}_")
            if rest != name and rest in columns.get(table, ()):
                found.append((table, rest))
    return list(dict.fromkeys(found))


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


def repair_julian_days(tree: Any) -> list[str]:
    """Read SQLite's ``JULIANDAY(x)`` (days since 4714 BC, subtracted for days between two dates) as
    DuckDB's ``JULIAN(x)`` of ``x`` read as a timestamp. Returns what changed."""
    from sqlglot import exp

    notes = []
    for call in list(tree.find_all(exp.Anonymous)):
        if call.name.upper() != "JULIANDAY" or len(call.expressions) != 1:
            continue
        before = call.sql()
        call.replace(exp.Anonymous(this="JULIAN", expressions=[
            exp.TryCast(this=call.expressions[0].copy(), to=exp.DataType.build("TIMESTAMP"))]))
        notes.append(f"{before}: SQLite's day number read as JULIAN of a timestamp")
    return notes


def _is_date(node: Any, schema: Schema) -> bool:
    """Whether ``node`` is a date (not a timestamp): a cast to DATE, CURRENT_DATE, or a column the
    schema types DATE."""
    from sqlglot import exp

    if isinstance(node, exp.Paren):
        return _is_date(node.this, schema)
    if isinstance(node, exp.Cast):  # TRY_CAST too
        return node.to.is_type(exp.DataType.Type.DATE)
    if isinstance(node, exp.CurrentDate):
        return True
    if isinstance(node, exp.Column):
        types = {c.lower(): t for cols in schema.values() for c, t in cols.items()}
        return types.get(node.name.lower(), "").upper() == "DATE"
    return False


def repair_days_of_difference(tree: Any, schema: Schema) -> list[str]:
    """Read ``EXTRACT(DAY FROM end - start)`` of two dates as ``end - start``: a date minus a date is
    already a number of days (in PostgreSQL as in DuckDB, which refuse the day of a number); the
    idiom is PostgreSQL's for timestamps, whose difference is an interval. Returns what changed."""
    from sqlglot import exp

    notes = []
    for extract in list(tree.find_all(exp.Extract)):
        diff = extract.expression
        while isinstance(diff, exp.Paren):
            diff = diff.this
        if extract.this.name.upper() not in ("DAY", "DAYS") or not isinstance(diff, exp.Sub) \
                or not (_is_date(diff.this, schema) and _is_date(diff.expression, schema)):
            continue
        before = extract.sql()
        extract.replace(exp.Paren(this=diff.copy()))
        notes.append(f"{before}: a date minus a date is a number of days already; read as {diff.sql()}")
    return notes


def uses_kinds(tree: Any) -> bool:
    """Whether a column of the query is used as a time or a number (what the kind repairs act on)."""
    from sqlglot import exp

    return any(col.parent is not None and (time_use(col, col.parent, "epoch") or number_use(col, col.parent)
                                           or numeric_cast(col.parent) or compares_kinds(col.parent)
                                           or isinstance(col.parent, exp.Ordered))
               for col in tree.find_all(exp.Column))
