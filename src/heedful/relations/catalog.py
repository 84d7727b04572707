"""Tables beside documents: an embedded DuckDB catalog inside the index folder.

``DIR/tables/catalog.duckdb`` holds every table added with ``heedful table add`` (CSV, Parquet, or
every table of an SQLite file, read through Python's ``sqlite3``), and, in its ``heedful_meta``
schema, where each came from, its keys, column descriptions and the links that tie a document
metadata field to a table column.

Writes copy the catalog, change the copy and move it into place, under the index's write lock, so an
interrupted ``table add`` leaves the catalog as it was. Queries open it read-only, with DuckDB's file
and network access switched off, run only what :func:`~heedful.relations.guard.check_select`
accepts, stop after ``timeout`` seconds and return at most ``limit`` rows.

>>> import csv, tempfile, pathlib
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> _ = (d / "companies.csv").write_text("name,founded,employees\\nAcme,1998,1200\\nBolt,2012,800\\nCoda,2015,90\\n")
>>> cat = TableCatalog(d / "index")
>>> [t.name for t in cat.add(d / "companies.csv")]
['companies']
>>> cat.query("SELECT name FROM companies WHERE founded > 2000 AND employees > 500").rows
[('Bolt',)]
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
import threading
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

from heedful.errors import SQLError, TableError
from heedful.relations.guard import DIALECT, checked_select
from heedful.relations.kinds import INTEGER_TYPES, ColumnKinds, ValueKind, value_kind
from heedful.relations.repairs import KeyedSchema

__all__ = ["CATALOG_FILE", "Column", "Link", "QueryResult", "TableCatalog", "TableInfo", "describe_tables",
           "parse_link"]

CATALOG_FILE = Path("tables") / "catalog.duckdb"
_META = "heedful_meta"
#: text values read per column to tell what it holds (ISO dates or other text)
KIND_SCAN = 20
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_SQLITE_SUFFIXES = (".sqlite", ".sqlite3", ".db")
_CSV_SUFFIXES = (".csv", ".tsv", ".csv.gz", ".tsv.gz")
_PARQUET_SUFFIXES = (".parquet", ".pq")

#: SQLite declared type (affinity words) -> DuckDB type; anything else is text
_SQLITE_TYPES: tuple[tuple[str, str], ...] = (
    ("BOOL", "BOOLEAN"), ("TIMESTAMP", "TIMESTAMP"), ("DATETIME", "TIMESTAMP"), ("DATE", "DATE"),
    ("TIME", "TIME"), ("INT", "BIGINT"), ("REAL", "DOUBLE"), ("FLOA", "DOUBLE"), ("DOUB", "DOUBLE"),
    ("NUMERIC", "DOUBLE"), ("DECIMAL", "DOUBLE"),
)


@dataclass(frozen=True)
class Column:
    name: str
    type: str
    description: str = ""

    @property
    def is_text(self) -> bool:
        return self.type.upper() in ("VARCHAR", "TEXT")


@dataclass(frozen=True)
class Link:
    """A document metadata ``field`` whose values are values of ``table.column``."""

    field: str
    table: str
    column: str

    def __str__(self) -> str:
        return f"{self.field}={self.table}.{self.column}"


@dataclass(frozen=True)
class TableInfo:
    name: str
    columns: tuple[Column, ...]
    rows: int
    source: str = ""
    added_at: str = ""
    primary_key: tuple[str, ...] = ()
    foreign_keys: tuple[tuple[str, str, str], ...] = ()  # (column, other table, other column)

    def column(self, name: str) -> Column | None:
        lowered = name.lower()
        return next((c for c in self.columns if c.name.lower() == lowered), None)


@dataclass(frozen=True)
class QueryResult:
    """What a query returned: the SQL that ran (DuckDB dialect), column names, rows, and whether
    ``limit`` cut the rows short."""

    sql: str
    columns: tuple[str, ...]
    rows: list[tuple[Any, ...]]
    truncated: bool = False
    seconds: float = 0.0
    notes: tuple[str, ...] = field(default=())

    def records(self) -> list[dict[str, Any]]:
        return [dict(zip(self.columns, row, strict=True)) for row in self.rows]


def parse_link(text: str) -> Link:
    """``FIELD=TABLE.COLUMN`` as a :class:`Link`.

    >>> parse_link("company=companies.name")
    Link(field='company', table='companies', column='name')
    >>> parse_link("company")
    Traceback (most recent call last):
    heedful.errors.TableError: --link 'company' must be FIELD=TABLE.COLUMN
    """
    left, eq, right = text.partition("=")
    table, dot, column = right.strip().partition(".")
    if not eq or not dot or not left.strip() or not table or not column:
        raise TableError(f"--link {text!r} must be FIELD=TABLE.COLUMN")
    return Link(left.strip(), table.strip(), column.strip())


def _duckdb() -> Any:
    from heedful._optional import require

    return require("duckdb", purpose="tables beside documents")


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _table_name(path: Path) -> str:
    stem = path.name
    for suffix in (*_CSV_SUFFIXES, *_PARQUET_SUFFIXES):
        if stem.lower().endswith(suffix):
            stem = stem[: -len(suffix)]
            break
    name = re.sub(r"[^A-Za-z0-9_]+", "_", stem).strip("_").lower() or "table"
    return name if not name[0].isdigit() else f"t_{name}"


def _sqlite_type(declared: str) -> str:
    upper = (declared or "").upper()
    return next((duck for word, duck in _SQLITE_TYPES if word in upper), "VARCHAR")


class TableCatalog:
    """The tables of one index folder (created on the first :meth:`add`)."""

    def __init__(self, index_dir: str | os.PathLike[str]) -> None:
        self.dir = Path(index_dir)
        self.path = self.dir / CATALOG_FILE
        self._cache: tuple[int, list[TableInfo], list[Link]] | None = None
        self._values: tuple[int, int, dict[tuple[str, str], list[Any]]] | None = None
        self._kinds: tuple[int, ColumnKinds] | None = None

    def __repr__(self) -> str:
        return f"TableCatalog({str(self.dir)!r})"

    def exists(self) -> bool:
        return self.path.exists()

    # -- reading ---------------------------------------------------------------------------

    def _connect(self) -> Any:
        duckdb = _duckdb()
        con = duckdb.connect(str(self.path), read_only=True, config={"threads": 1})
        con.execute("SET enable_external_access = false")
        con.execute("SET TimeZone = 'UTC'")  # a Unix time reads the same on every machine
        con.execute("SET lock_configuration = true")
        return con

    def _load(self) -> tuple[list[TableInfo], list[Link]]:
        if not self.exists():
            return [], []
        mtime = self.path.stat().st_mtime_ns
        if self._cache and self._cache[0] == mtime:
            return self._cache[1], self._cache[2]
        con = self._connect()
        try:
            meta = {row[0]: json.loads(row[1]) for row in con.execute(
                f"SELECT name, info FROM {_META}.tables ORDER BY name").fetchall()}
            links = [Link(*row) for row in con.execute(
                f"SELECT field, table_name, column_name FROM {_META}.links ORDER BY field").fetchall()]
            tables = []
            for name, info in meta.items():
                cols = con.execute(
                    "SELECT column_name, data_type FROM information_schema.columns "
                    "WHERE table_schema = 'main' AND table_name = ? ORDER BY ordinal_position", [name]).fetchall()
                described = info.get("descriptions", {})
                rows = con.execute(f"SELECT count(*) FROM main.{_quote(name)}").fetchone()[0]
                tables.append(TableInfo(
                    name, tuple(Column(c, t, described.get(c, "")) for c, t in cols), int(rows),
                    info.get("source", ""), info.get("added_at", ""), tuple(info.get("primary_key", ())),
                    tuple(tuple(fk) for fk in info.get("foreign_keys", ()))))  # type: ignore[misc]
        finally:
            con.close()
        self._cache = (mtime, tables, links)
        return tables, links

    def tables(self) -> list[TableInfo]:
        """Every table, by name."""
        return self._load()[0]

    def table(self, name: str) -> TableInfo:
        lowered = name.lower()
        for t in self.tables():
            if t.name.lower() == lowered:
                return t
        listed = ", ".join(t.name for t in self.tables()) or "none yet (heedful table add)"
        raise TableError(f"no table {name!r} in {self.dir} (tables: {listed})")

    def links(self) -> list[Link]:
        return self._load()[1]

    def schema(self) -> KeyedSchema:
        """table -> column -> DuckDB type, as :func:`check_select` takes it, knowing the columns
        declared as foreign keys or referenced by one (keys the check joins on whatever their name)."""
        tables = self.tables()
        declared = [name for t in tables for col, _, other in t.foreign_keys for name in (col, other) if name]
        return KeyedSchema({t.name: {c.name: c.type for c in t.columns} for t in tables}, declared)

    @staticmethod
    def _distinct(con: Any, table: str, column: str, limit: int) -> list[Any]:
        rows = con.execute(
            f"SELECT {_quote(column)} AS v, count(*) AS n FROM main.{_quote(table)} "
            f"WHERE {_quote(column)} IS NOT NULL GROUP BY 1 ORDER BY n DESC, v LIMIT ?", [limit]).fetchall()
        return [r[0] for r in rows]

    def sample_values(self, table: str, column: str, *, limit: int = 5) -> list[Any]:
        """Up to ``limit`` distinct non-null values of a column, most frequent first."""
        info = self.table(table)
        col = info.column(column)
        if col is None:
            raise TableError(f"table {info.name} has no column {column!r}")
        con = self._connect()
        try:
            return self._distinct(con, info.name, col.name, limit)
        finally:
            con.close()

    def text_values(self, limit: int) -> dict[tuple[str, str], list[Any]]:
        """(table, column) -> up to ``limit`` distinct values of every text column, most frequent
        first: read with one connection, and again only when the catalog changes."""
        tables = self.tables()
        if not tables:
            return {}
        mtime = self.path.stat().st_mtime_ns
        if self._values and self._values[:2] == (mtime, limit):
            return self._values[2]
        con = self._connect()
        try:
            values = {(t.name, c.name): self._distinct(con, t.name, c.name, limit)
                      for t in tables for c in t.columns if c.is_text}
        finally:
            con.close()
        self._values = (mtime, limit, values)
        return values

    def value_kinds(self) -> ColumnKinds:
        """What each integer and text column holds (Unix times, years, ISO dates, numbers as text,
        other numbers or text: :func:`~heedful.relations.kinds.value_kind`), from the least and
        greatest value of an integer column and up to :data:`KIND_SCAN` distinct values of a text
        one; read when a query first needs it, and again only when the catalog changes."""
        tables = self.tables()
        if not tables:
            return {}
        mtime = self.path.stat().st_mtime_ns
        if self._kinds and self._kinds[0] == mtime:
            return self._kinds[1]
        con = self._connect()
        kinds: dict[str, dict[str, ValueKind]] = {}
        try:
            for t in tables:
                found: dict[str, ValueKind | None] = {}
                numbers = [c for c in t.columns if c.type.upper() in INTEGER_TYPES]
                if numbers:
                    row = con.execute("SELECT " + ", ".join(
                        f"min({_quote(c.name)}), max({_quote(c.name)})" for c in numbers)
                        + f" FROM main.{_quote(t.name)}").fetchone()
                    for i, c in enumerate(numbers):
                        found[c.name] = value_kind(c.name, c.type, [row[2 * i], row[2 * i + 1]])
                for c in t.columns:
                    if c.is_text:  # a sample, not the most frequent: no scan of a large table
                        values = [r[0] for r in con.execute(
                            f"SELECT DISTINCT {_quote(c.name)} FROM main.{_quote(t.name)} "
                            f"WHERE {_quote(c.name)} IS NOT NULL LIMIT ?", [KIND_SCAN]).fetchall()]
                        found[c.name] = value_kind(c.name, c.type, sorted(values, key=str))
                kinds[t.name] = {name: kind for name, kind in found.items() if kind is not None}
        finally:
            con.close()
        self._kinds = (mtime, kinds)
        return kinds

    def query(self, sql: str, *, dialect: str = DIALECT, limit: int = 1000, timeout: float = 10.0) -> QueryResult:
        """Run one checked SELECT read-only and return at most ``limit`` rows.

        Raises:
            SQLError: refused by the check (see :func:`check_select`), failed in the engine, or ran
                longer than ``timeout`` seconds.
        """
        if limit < 1:
            raise SQLError(f"limit must be at least 1, not {limit}")
        if not self.exists():
            raise SQLError(f"no tables in {self.dir}; add one with: heedful table add FILE --index {self.dir}")
        checked, notes = checked_select(sql, self.schema(), dialect=dialect, kinds=self.value_kinds)
        duckdb = _duckdb()
        con = self._connect()
        timer = threading.Timer(timeout, con.interrupt)
        start = time.perf_counter()
        timer.start()
        try:
            cursor = con.execute(checked)
            columns = tuple(d[0] for d in cursor.description or ())
            rows = cursor.fetchmany(limit + 1)
        except duckdb.InterruptException as exc:
            raise SQLError(f"the query ran longer than {timeout:g} s and was stopped") from exc
        except duckdb.Error as exc:
            if time.perf_counter() - start >= timeout:
                raise SQLError(f"the query ran longer than {timeout:g} s and was stopped") from exc
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise SQLError(f"the engine refused the query: {first}") from exc
        finally:
            timer.cancel()
            con.close()
        truncated = len(rows) > limit
        return QueryResult(checked, columns, [tuple(r) for r in rows[:limit]], truncated,
                           time.perf_counter() - start, notes)

    # -- writing ---------------------------------------------------------------------------

    def add(
        self,
        source: str | os.PathLike[str],
        *,
        name: str | None = None,
        links: Iterable[Link] = (),
        descriptions: Mapping[str, Mapping[str, str]] | None = None,
        replace: bool = False,
    ) -> list[TableInfo]:
        """Add a CSV or Parquet file as one table (named ``name`` or after the file), or every table
        of an SQLite file under its own name; then record ``links``. Returns the tables added.

        Raises:
            TableError: the file is missing or unreadable, a name is taken (unless ``replace``) or
                not an identifier, or a link names a table or column that does not exist.
        """
        path = Path(source)
        if not path.exists():
            raise TableError(f"{path}: no such file")
        lower = path.name.lower()
        if lower.endswith(_SQLITE_SUFFIXES):
            if name is not None:
                raise TableError(f"{path}: an SQLite file adds all of its tables under their own names; "
                                 "--name is for a CSV or Parquet file")
            kind = "sqlite"
        elif lower.endswith(_CSV_SUFFIXES):
            kind = "csv"
        elif lower.endswith(_PARQUET_SUFFIXES):
            kind = "parquet"
        else:
            raise TableError(f"{path}: a table comes from a .csv, .tsv, .parquet or SQLite "
                             "(.sqlite, .sqlite3, .db) file")
        links = list(links)
        with self._writing() as con:
            existing = {r[0].lower() for r in con.execute(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'").fetchall()}
            if kind == "sqlite":
                added = self._add_sqlite(con, path, existing, replace)
            else:
                table = name or _table_name(path)
                self._check_name(table, existing, replace, path)
                reader = "read_parquet" if kind == "parquet" else "read_csv"
                try:
                    con.execute(f"CREATE OR REPLACE TABLE main.{_quote(table)} AS SELECT * FROM {reader}(?)",
                                [str(path)])
                except _duckdb().Error as exc:  # the file does not read as a table
                    first = str(exc).strip().splitlines()[0]
                    raise TableError(f"{path}: cannot read it as a table: {first}") from exc
                added = [(table, {"primary_key": [], "foreign_keys": []})]
            stamp = datetime.now(UTC).isoformat(timespec="seconds")
            for table, info in added:
                info.update(source=str(path), kind=kind, added_at=stamp,
                            descriptions=dict((descriptions or {}).get(table, {})))
                con.execute(f"DELETE FROM {_META}.tables WHERE lower(name) = lower(?)", [table])
                con.execute(f"INSERT INTO {_META}.tables VALUES (?, ?)", [table, json.dumps(info)])
            for link in links:
                self._check_link(con, link)
                con.execute(f"DELETE FROM {_META}.links WHERE field = ?", [link.field])
                con.execute(f"INSERT INTO {_META}.links VALUES (?, ?, ?)", [link.field, link.table, link.column])
        names = {t.lower() for t, _ in added}
        return [t for t in self.tables() if t.name.lower() in names]

    def link(self, links: Iterable[Link]) -> None:
        """Record links between document fields and table columns (replacing a field's old link)."""
        with self._writing() as con:
            for link in links:
                self._check_link(con, link)
                con.execute(f"DELETE FROM {_META}.links WHERE field = ?", [link.field])
                con.execute(f"INSERT INTO {_META}.links VALUES (?, ?, ?)", [link.field, link.table, link.column])

    def drop(self, name: str) -> None:
        """Remove a table and the links to it."""
        table = self.table(name).name
        with self._writing() as con:
            con.execute(f"DROP TABLE main.{_quote(table)}")
            con.execute(f"DELETE FROM {_META}.tables WHERE name = ?", [table])
            con.execute(f"DELETE FROM {_META}.links WHERE lower(table_name) = lower(?)", [table])

    @staticmethod
    def _check_name(table: str, existing: set[str], replace: bool, path: Path) -> None:
        if not _NAME.match(table):
            raise TableError(f"{path}: table name {table!r} must be letters, digits and _ (not first a digit); "
                             "choose one with --name")
        if table.lower() in existing and not replace:
            raise TableError(f"{path}: a table named {table!r} exists already; choose another --name or "
                             "drop it first (heedful table drop)")

    @staticmethod
    def _check_link(con: Any, link: Link) -> None:
        cols = con.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = 'main' "
            "AND lower(table_name) = lower(?)", [link.table]).fetchall()
        if not cols:
            raise TableError(f"--link {link}: no table {link.table!r}")
        if link.column.lower() not in {c[0].lower() for c in cols}:
            raise TableError(f"--link {link}: table {link.table} has no column {link.column!r} "
                             f"(columns: {', '.join(c[0] for c in cols)})")

    def _add_sqlite(self, con: Any, path: Path, existing: set[str], replace: bool) -> list[tuple[str, dict[str, Any]]]:
        import pyarrow as pa

        try:
            src = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            names = [r[0] for r in src.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        except sqlite3.DatabaseError as exc:
            raise TableError(f"{path}: not an SQLite database ({exc})") from exc
        if not names:
            raise TableError(f"{path}: the SQLite file has no tables")
        added: list[tuple[str, dict[str, Any]]] = []
        try:
            for table in names:
                self._check_name(table, existing, replace, path)
                info = src.execute(f"PRAGMA table_info({_quote(table)})").fetchall()
                columns = [(r[1], _sqlite_type(r[2])) for r in info]
                pk = [r[1] for r in sorted(info, key=lambda r: r[5]) if r[5]]
                fks = [[r[3], r[2], r[4] or ""] for r in src.execute(f"PRAGMA foreign_key_list({_quote(table)})")]
                data = src.execute(f"SELECT * FROM {_quote(table)}").fetchall()
                arrays = {}
                for i, (col, _) in enumerate(columns):
                    values = [row[i] for row in data]
                    try:
                        arrays[col] = pa.array(values)
                    except (pa.ArrowInvalid, pa.ArrowTypeError):  # mixed types in one column: keep as text
                        arrays[col] = pa.array([None if v is None else str(v) for v in values], pa.string())
                staged = pa.table(arrays) if columns else pa.table({})
                con.register("heedful_staged", staged)
                try:
                    select = ", ".join(f"CAST({_quote(col)} AS {typ}) AS {_quote(col)}" for col, typ in columns)
                    try:
                        con.execute(f"CREATE OR REPLACE TABLE main.{_quote(table)} AS SELECT {select} FROM heedful_staged")
                    except _duckdb().Error:  # a value that does not cast to the declared type: keep what SQLite holds
                        con.execute(f"CREATE OR REPLACE TABLE main.{_quote(table)} AS SELECT * FROM heedful_staged")
                finally:
                    con.unregister("heedful_staged")
                added.append((table, {"primary_key": pk, "foreign_keys": fks}))
        finally:
            src.close()
        return added

    def _writing(self) -> _Writing:
        return _Writing(self)


class _Writing:
    """Copy the catalog, let the caller change the copy, move it into place (or drop it on error)."""

    def __init__(self, catalog: TableCatalog) -> None:
        self.catalog = catalog
        self.lock: Any = None
        self.tmp: Path | None = None
        self.con: Any = None

    def __enter__(self) -> Any:
        from heedful._lock import WriteLock

        cat = self.catalog
        cat.dir.mkdir(parents=True, exist_ok=True)
        self.lock = WriteLock(cat.dir, purpose="adding tables")
        self.lock.acquire()
        try:
            cat.path.parent.mkdir(parents=True, exist_ok=True)
            self.tmp = cat.path.with_name(f".{cat.path.name}.{os.getpid()}.tmp")
            for stale in (self.tmp, self.tmp.with_name(self.tmp.name + ".wal")):
                stale.unlink(missing_ok=True)
            if cat.exists():
                shutil.copyfile(cat.path, self.tmp)
            self.con = _duckdb().connect(str(self.tmp))
            self.con.execute(f"CREATE SCHEMA IF NOT EXISTS {_META}")
            self.con.execute(f"CREATE TABLE IF NOT EXISTS {_META}.tables (name VARCHAR PRIMARY KEY, info VARCHAR)")
            self.con.execute(f"CREATE TABLE IF NOT EXISTS {_META}.links "
                             "(field VARCHAR PRIMARY KEY, table_name VARCHAR, column_name VARCHAR)")
        except BaseException:
            self._discard()
            raise
        return self.con

    def _discard(self) -> None:
        if self.con is not None:
            self.con.close()
        if self.tmp is not None:
            for path in (self.tmp, self.tmp.with_name(self.tmp.name + ".wal")):
                path.unlink(missing_ok=True)
        self.lock.release()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if exc_type is not None:
            self._discard()
            return
        try:
            self.con.execute("CHECKPOINT")
            self.con.close()
            self.con = None
            assert self.tmp is not None
            os.replace(self.tmp, self.catalog.path)
            self.catalog._cache = self.catalog._values = None
        finally:
            self._discard()


def describe_tables(tables: Sequence[TableInfo], links: Sequence[Link] = ()) -> str:
    """Schemas with row counts and links, as ``heedful table list`` prints them.

    >>> print(describe_tables([TableInfo("companies", (Column("name", "VARCHAR"), Column("founded", "BIGINT")), 3)],
    ...                       [Link("company", "companies", "name")]))
    companies (3 rows)
      name     VARCHAR
      founded  BIGINT
    links: company=companies.name
    """
    if not tables:
        return "no tables (add one with: heedful table add FILE --index DIR)"
    out = []
    for t in tables:
        where = f", from {t.source}" if t.source else ""
        out.append(f"{t.name} ({t.rows} row{'s' if t.rows != 1 else ''}{where})")
        width = max(len(c.name) for c in t.columns) if t.columns else 0
        for c in t.columns:
            extra = "  primary key" if c.name in t.primary_key else ""
            extra += "".join(f"  -> {ot}.{oc}" for col, ot, oc in t.foreign_keys if col == c.name and oc)
            desc = f"  -- {c.description}" if c.description else ""
            out.append(f"  {c.name.ljust(width)}  {c.type}{extra}{desc}")
    if links:
        out.append("links: " + ", ".join(str(link) for link in links))
    return "\n".join(out)
