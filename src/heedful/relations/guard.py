"""Only a SELECT over registered tables ever runs: parse, check, transpile.

SQL reaches the table engine from a model or a user, so it is checked before it runs (and the engine
runs it read-only, without file or network access, under a row and a time limit: see
:mod:`heedful.relations.catalog`). The check parses with sqlglot and refuses:

- anything but one query (SELECT, UNION, INTERSECT, EXCEPT, with or without WITH);
- any statement inside it that writes or changes (a DELETE in a CTE, CREATE, PRAGMA, ...);
- a table that is neither registered nor a CTE, a table function (``read_csv(...)``), a schema
  or catalog qualifier;
- a column no table in scope has (sqlglot's qualifier against the catalog's schema);
- one alias for two tables of a FROM clause, unless each column read through it has one table;
- a column reached through another table (``p.journal.name``), an aggregate inside an aggregate.

Some slips of a small model are repaired instead (:mod:`heedful.relations.repairs`), and the repair
is reported (:func:`checked_select`): a column qualified with the wrong table, a column read from a table that lacks it when one table
joined on a shared key has it, a join that skips its link table or names a column one side lacks, a
join condition comparing a column with itself, one alias for two tables, a table alias that is a
keyword of SQL (``AS as``), a misspelt column name (or an invented one used as a time), an
unqualified column that joins make equal, a column that holds time without a time type (Unix
seconds, a year, ISO text, a time of day as text) used as a time, and numbers held as text summed
(:mod:`heedful.relations.kinds`, given what the columns hold).

The accepted query is returned in DuckDB's dialect, whatever dialect it was written in (PostgreSQL
by default: the dialect the LLM writes, and the one a PostgreSQL store runs natively).

>>> schema = {"company": {"name": "VARCHAR", "founded": "BIGINT"}}
>>> check_select("SELECT name FROM company WHERE founded > 2000", schema)
'SELECT name FROM company WHERE founded > 2000'
>>> check_select("DROP TABLE company", schema)
Traceback (most recent call last):
heedful.errors.SQLError: only a query (SELECT) may run, not DROP
>>> check_select("SELECT staff FROM company", schema)
Traceback (most recent call last):
heedful.errors.SQLError: column staff is not in the tables of its FROM clause (company); no table has it
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Any

from heedful.errors import SQLError
from heedful.relations.joins import (
    repair_ambiguous,
    repair_column_tables,
    repair_crossed_keys,
    repair_duplicate_aliases,
    repair_join_key,
    repair_join_path,
    repair_later_link,
    repair_missing_join,
    repair_owner_join,
    repair_self_joins,
)
from heedful.relations.kinds import ColumnKinds
from heedful.relations.repairs import (
    KEY_COLUMN,
    Schema,
    columns_of,
    is_key,
    repair_column_kinds,
    repair_date_units,
    repair_days_of_difference,
    repair_julian_days,
    repair_qualifiers,
    repair_spelling,
    repair_time_names,
    repair_ungrouped,
    scopes,
    uses_kinds,
)

__all__ = ["DIALECT", "ENGINE_DIALECT", "KEY_COLUMN", "check_select", "checked_select", "transpile"]

#: the dialect SQL is written in unless said otherwise (what the LLM writes; PostgreSQL runs it as is)
DIALECT = "postgres"
#: the dialect of the embedded table engine
ENGINE_DIALECT = "duckdb"


def _statement_name(node: Any) -> str:
    from sqlglot import exp

    if isinstance(node, exp.Command):
        return str(node.this).upper()
    key = type(node).__name__.upper()
    return {"CREATE": "CREATE", "DROP": "DROP", "INSERT": "INSERT", "UPDATE": "UPDATE",
            "DELETE": "DELETE", "MERGE": "MERGE"}.get(key, key)


#: a table alias that is a keyword of SQL (``JOIN airport_service AS as``): the query does not parse
_KEYWORD_ALIAS = re.compile(r"\bAS\s+(as|on|in|is|or|by|to|do|if|at|of|and|not|from|where|join|select|order|group)\b"
                            r"(?=\s*(?:$|,|\)|\b(?:ON|JOIN|WHERE|GROUP|ORDER|LIMIT|INNER|LEFT|RIGHT|FULL|CROSS|USING)\b))",
                            re.IGNORECASE)


def _parse_repaired(sql: str, dialect: str) -> tuple[Any, list[str]]:
    """:func:`_parse_one`, and when the query does not parse because a table alias is a keyword of
    SQL (``JOIN airport_service AS as ON ... as.airport_code``), the alias renamed (``as_``) and the
    query parsed again; returns the tree and what changed."""
    try:
        return _parse_one(sql, dialect), []
    except SQLError as exc:
        if not str(exc).startswith("SQL does not parse"):
            raise
        words = sorted({m.group(1) for m in _KEYWORD_ALIAS.finditer(sql)}, key=str.lower)
        if not words:
            raise
        fixed = sql
        for word in words:
            fixed = re.sub(rf"\bAS\s+{re.escape(word)}\b", f"AS {word}_", fixed, flags=re.IGNORECASE)
            fixed = re.sub(rf"(?<![\w.'])({re.escape(word)})\.(?=\w)", r"\1_.", fixed)
        try:
            tree = _parse_one(fixed, dialect)
        except SQLError:
            raise exc from None
        return tree, [f"alias {w} is a keyword of SQL; renamed {w}_" for w in words]


#: PostgreSQL's TO_CHAR patterns for names of days and months, which sqlglot's PostgreSQL reader
#: mistranslates ('Day' becomes '%uay': the weekday number, then "ay"), as strftime's
_NAME_PATTERNS = {"FMDay": "%A", "Day": "%A", "DAY": "%A", "day": "%A", "Dy": "%a", "FMMonth": "%B", "Month": "%B",
                  "MONTH": "%B", "month": "%B", "Mon": "%b"}


@functools.cache
def _reader(dialect: str) -> Any:
    """The sqlglot dialect that reads ``dialect``: PostgreSQL's with :data:`_NAME_PATTERNS`, and with
    rows whose ORDER BY value is NULL ordered last either way (DuckDB's reading; PostgreSQL puts them
    first in ``ORDER BY x DESC``, but a query written for "the three largest" seldom means the rows
    whose size is unknown). An explicit ``NULLS FIRST`` is kept."""
    if dialect != "postgres":
        return dialect
    from sqlglot.dialects.postgres import Postgres

    return type("HeedfulPostgres", (Postgres,), {"TIME_MAPPING": {**Postgres.TIME_MAPPING, **_NAME_PATTERNS},
                                                 "NULL_ORDERING": "nulls_are_last"})


def _parse_one(sql: str, dialect: str) -> Any:
    import sqlglot
    from sqlglot import exp
    from sqlglot.errors import ParseError, TokenError

    if not isinstance(sql, str) or not sql.strip():
        raise SQLError("empty SQL")
    try:
        statements = [s for s in sqlglot.parse(sql, read=_reader(dialect)) if s is not None]
    except (ParseError, TokenError) as exc:
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise SQLError(f"SQL does not parse: {first}") from exc
    if not statements:
        raise SQLError("empty SQL")
    if len(statements) > 1:
        raise SQLError(f"one statement at a time, not {len(statements)}")
    tree = statements[0]
    if not isinstance(tree, exp.Query):
        raise SQLError(f"only a query (SELECT) may run, not {_statement_name(tree)}")
    return tree


def _refuse_writes(tree: Any) -> None:
    from sqlglot import exp

    forbidden = (exp.DDL, exp.DML, exp.Command, exp.Pragma, exp.Copy, exp.Set, exp.Transaction,
                 exp.Commit, exp.Rollback, exp.Use, exp.Attach, exp.Detach, exp.Install, exp.Export,
                 exp.LoadData, exp.Grant, exp.Kill, exp.Merge)
    for node in tree.walk():
        if isinstance(node, forbidden) and not isinstance(node, exp.Query):
            raise SQLError(f"only a query (SELECT) may run, not {_statement_name(node)}")
        if isinstance(node, exp.Into):
            raise SQLError("SELECT ... INTO writes a table; only a query may run")


def _check_tables(tree: Any, schema: Schema) -> None:
    from sqlglot import exp

    ctes = {cte.alias_or_name.lower() for cte in tree.find_all(exp.CTE)}
    known = {name.lower(): name for name in schema}
    for table in tree.find_all(exp.Table):
        if not isinstance(table.this, exp.Identifier):
            raise SQLError(f"table functions are not allowed: {table.this.sql(dialect=ENGINE_DIALECT)}")
        if table.args.get("db") or table.args.get("catalog"):
            raise SQLError(f"tables are named without a schema: {table.sql(dialect=ENGINE_DIALECT)}")
        name = table.name.lower()
        if name not in known and name not in ctes:
            listed = ", ".join(sorted(schema)) or "none"
            raise SQLError(f"unknown table {table.name} (tables: {listed})")


def _unknown_column(message: str) -> str | None:
    """The column sqlglot could not resolve, from its message (two wordings), or None."""
    import re

    found = (re.match(r"Unknown column: (\S+)", message)
             or re.match(r"Column '([^']+)' could not be resolved", message))
    return found.group(1) if found else None


def _column_error(tree: Any, name: str, schema: Schema) -> str:
    """Why ``name`` does not resolve, in words a model can act on."""
    from sqlglot import exp

    columns = columns_of(schema)
    lowered = name.lower()
    owners = [t for t in schema if lowered in columns[t.lower()]]
    where = f"it is a column of {', '.join(owners)}" if owners else "no table has it"
    for scope, tables, spelled in scopes(tree):
        # a CTE or subquery in FROM offers the columns it selects
        derived = {a.lower(): [n.lower() for n in getattr(src.expression, "named_selects", ())]
                   for a, src in scope.sources.items() if not isinstance(src, exp.Table)}
        for col in scope.columns:
            if col.name.lower() != lowered:
                continue
            qualifier = col.table.lower()
            if not qualifier and any(lowered in names for names in derived.values()):
                continue  # the CTE's or subquery's own column: this reference resolves
            if qualifier and qualifier not in spelled and qualifier in columns:
                return (f"{col.table}.{col.name}: the FROM clause does not join {col.table}; join it through "
                        "its keys")
            if qualifier and qualifier not in spelled:
                return f"{col.table}.{col.name}: {col.table} is not a table or alias of its FROM clause; {where}"
            if qualifier and qualifier in tables:
                table = tables[qualifier]
                if lowered in columns.get(table, set()):
                    continue  # this reference resolves; the failing one is elsewhere
                listed = ", ".join(schema[next(t for t in schema if t.lower() == table)])
                return (f"{col.table}.{col.name}: {table} has no column {col.name} (its columns: {listed}); "
                        f"{where}")
            in_scope = sorted({t for t in tables.values() if lowered in columns.get(t, set())})
            if not qualifier and len(in_scope) > 1:
                return (f"column {col.name} is ambiguous: {', '.join(in_scope)} all have it; "
                        f"write it as table.{col.name}")
            if not qualifier and len(in_scope) == 1:
                continue  # this reference resolves; the failing one is elsewhere
            if not qualifier and derived and not tables:
                offered = "; ".join(f"{spelled.get(a, a)} selects {', '.join(n) or 'nothing named'}"
                                    for a, n in derived.items())
                return f"column {col.name} is not selected by what its FROM clause reads ({offered}); {where}"
            if not qualifier and tables:
                return (f"column {col.name} is not in the tables of its FROM clause "
                        f"({', '.join(sorted(set(tables.values())))}); {where}"
                        + ("; join it" if owners else ""))
    return f"unknown column {name}; {where}"


def _refuse_paths(tree: Any, schema: Schema) -> None:
    """A column reached through another table (``p.journal.name``: alias, table, column) is not SQL a
    query can mean here (no table is registered under a schema or catalog); say to join the table."""
    from sqlglot import exp

    tables = {t.lower(): t for t in schema}
    for col in tree.find_all(exp.Column):
        if not col.args.get("db"):
            continue
        middle = col.table.lower()
        if middle in tables:
            raise SQLError(f"{col.sql()}: a column is written table.column or alias.column, never through "
                           f"another table; {tables[middle]} is a table: join it through its keys and write "
                           f"{tables[middle]}.{col.name}")
        raise SQLError(f"{col.sql()}: a column is written table.column or alias.column; {col.table} is not a table")


def _refuse_nested_aggregates(tree: Any, schema: Schema) -> None:
    """An aggregate inside another of the same SELECT (``COUNT(CASE WHEN COUNT(x) > 1 ...)``): the
    engine refuses it in words that do not say how to write it; a window (``SUM(COUNT(*)) OVER ()``)
    is fine. The example names the groups' column: one the outer aggregate reads beside the inner
    one, the query's grouping column, or a key of the tables it reads (a model copies an example's
    names, so a placeholder would come back as a column)."""
    from sqlglot import exp

    names = {t.lower(): t for t in schema}
    for inner in tree.find_all(exp.AggFunc):
        outer = inner.parent
        while outer is not None and not isinstance(outer, (exp.AggFunc, exp.Select, exp.Window)):
            outer = outer.parent
        if isinstance(outer, exp.AggFunc) and not isinstance(outer.parent, exp.Window):
            # "COUNT(CASE WHEN COUNT(*) > 2 THEN author_id END)": the groups are of author_id
            beside = [c for c in outer.find_all(exp.Column) if c.find_ancestor(exp.AggFunc) is outer]
            select = outer.find_ancestor(exp.Select)
            group = select.args.get("group") if select is not None else None
            beside += list(group.find_all(exp.Column)) if group is not None else []
            inside = {c.name.lower() for c in inner.find_all(exp.Column)}
            read = [t.name.lower() for t in select.find_all(exp.Table)
                    if t.find_ancestor(exp.Select) is select] if select is not None else []
            keys = [c for t in read for c in schema.get(names.get(t, t), {})
                    if is_key(c, schema) and c.lower() not in inside]
            if beside or keys:
                key = beside[0].name if beside else keys[0]
                how = (f" (WITH per_{key} AS (SELECT {key}, {inner.sql()} AS n FROM ... GROUP BY {key})) and "
                       "aggregate over its rows")
            else:
                how = ", grouped by the column whose groups are counted, and aggregate over its rows"
            raise SQLError(f"{inner.sql()} inside {outer.key.upper()}(...): aggregates cannot be nested; compute "
                           f"{inner.sql()} per group in a subquery{how}")


def _widen_real(tree: Any) -> None:
    """``CAST(x AS REAL)`` (4-byte float in PostgreSQL and DuckDB) becomes ``DOUBLE``: a ratio
    written that way means a real number, not one rounded to 7 digits (SQLite's REAL is 8 bytes)."""
    from sqlglot import exp

    for cast in tree.find_all(exp.Cast):
        if cast.to.this == exp.DataType.Type.FLOAT:
            cast.set("to", exp.DataType.build("DOUBLE"))


def checked_select(sql: str, schema: Schema, *, dialect: str = DIALECT,
                   kinds: ColumnKinds | Callable[[], ColumnKinds] | None = None) -> tuple[str, tuple[str, ...]]:
    """:func:`check_select` with the repairs it made (see :mod:`heedful.relations.repairs`); ``kinds``
    (what integer and text columns hold, :func:`heedful.relations.kinds.value_kind`, or a function
    that reads them, called only for a query that uses a column as a time or a number) lets it read
    Unix times, year numbers and ISO text as times, and numbers held as text as numbers."""
    from sqlglot.errors import OptimizeError, SqlglotError
    from sqlglot.optimizer.qualify import qualify

    tree, parsed = _parse_repaired(sql, dialect)
    _refuse_writes(tree)
    dropped = repair_column_tables(tree, schema)
    _check_tables(tree, schema)
    renamed = repair_duplicate_aliases(tree, schema)
    _refuse_paths(tree, schema)
    _refuse_nested_aggregates(tree, schema)
    _widen_real(tree)
    units = repair_date_units(tree, schema) + repair_julian_days(tree)
    lowered: dict[str, object] = {t.lower(): {c.lower(): typ for c, typ in cols.items()} for t, cols in schema.items()}
    notes: list[str] = []
    given = kinds

    def read_kinds() -> ColumnKinds | None:  # for a repair that needs them only in a rare case
        return given() if callable(given) else given

    if callable(kinds):
        kinds = kinds() if uses_kinds(tree) else None
    try:
        notes = (parsed + dropped + renamed + units + repair_spelling(tree, schema) + repair_time_names(tree, schema, kinds)
                 + repair_self_joins(tree, schema) + repair_join_path(tree, schema) + repair_later_link(tree, schema) + repair_join_key(tree, schema) + repair_crossed_keys(tree, schema, read_kinds)
                 + repair_missing_join(tree, schema) + repair_qualifiers(tree, schema)
                 + repair_owner_join(tree, schema) + repair_ambiguous(tree, schema)
                 + repair_column_kinds(tree, schema, kinds) + repair_days_of_difference(tree, schema)
                 + repair_ungrouped(tree))
        qualify(tree.copy(), schema=lowered, dialect=dialect, validate_qualify_columns=True,
                quote_identifiers=False, identify=False)
    except OptimizeError as exc:
        message = str(exc)
        name = _unknown_column(message)
        if name is not None:
            raise SQLError(_column_error(tree, name, schema)) from exc
        raise SQLError(f"SQL does not check: {message.splitlines()[0]}") from exc
    except SqlglotError as exc:
        raise SQLError(f"SQL does not check: {exc}") from exc
    return str(tree.sql(dialect=ENGINE_DIALECT)), tuple(notes)


def check_select(sql: str, schema: Schema, *, dialect: str = DIALECT) -> str:
    """``sql`` checked against ``schema`` (table -> column -> type) and written in DuckDB's dialect.

    A column qualified with the wrong table of its FROM clause is requalified when exactly one other
    table there has it; nothing else is changed.

    Raises:
        SQLError: the SQL does not parse, is not a single query, writes, or names a table, table
            function or column that does not exist; the message says which, for a retry prompt.
    """
    return checked_select(sql, schema, dialect=dialect)[0]


def transpile(sql: str, *, read: str = ENGINE_DIALECT, write: str = DIALECT) -> str:
    """``sql`` from one dialect to another (sqlglot).

    >>> transpile("SELECT CAST(x AS DOUBLE) FROM t", write="sqlite")
    'SELECT CAST(x AS REAL) FROM t'
    """
    import sqlglot

    return str(sqlglot.transpile(sql, read=read, write=write)[0])
