"""Passages in PostgreSQL: pgvector for vectors, PostgreSQL's full-text search for the lexical list.

One table per index holds the same columns as the LanceDB table (typed metadata columns beside
the passage, its vector and its evidence), plus a generated ``tsvector`` (English stemming and
stop words, like LanceDB's BM25 index) with a GIN index. Filters, as-of and the access condition
are rendered in PostgreSQL's SQL (:mod:`heedful.store.sql` with ``dialect="postgres"``) and go in
the ``WHERE`` of the query itself, so ``k`` results come back whenever ``k`` passages match: the
HNSW index (from ``hnsw_min_passages`` passages up) is searched with pgvector's iterative scan,
which keeps walking the graph until enough rows pass the filter.

Lexical ranking: PostgreSQL has no BM25. A search matches passages holding any of the query's
stems (``to_tsquery`` joined with ``|``) and ranks them by ``ts_rank``; rank fusion reads ranks, not
scores. With the RUM extension (Debian's ``postgresql-15-rum``; most managed services offer it) the
text index is a RUM index that returns matches best first, so a search reads k rows; without it, a
GIN index finds the matches and every one is ranked (on 26.6k news passages: 10 ms against 140 ms
for a question of eight words).

Writes replace whole documents in one transaction, one at a time per index from any machine (an
advisory lock), and bump a version counter in a side table that also keeps the index's settings,
so ``Engine.open("postgresql://...?table=NAME")`` works from any machine that reaches the
database. Each thread gets its own connection (``psycopg``).

>>> store = PostgresStore("postgresql://heedful@127.0.0.1:5432/heedful", table="docs", dim=384)  # doctest: +SKIP
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import shutil
import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np

from heedful._optional import require
from heedful.errors import ConfigError, IndexNotFoundError, InputError
from heedful.store import base
from heedful.store.access import acl_condition
from heedful.store.base import RESERVED_COLUMNS, Candidate, PassageRow, Store
from heedful.store.filters import Filter
from heedful.store.sql import quote_identifier, render_filters

__all__ = ["PostgresStore", "postgres_folder", "postgres_place", "stored_settings"]

_PG_TYPES = {"string": "text", "integer": "bigint", "number": "double precision", "bool": "boolean",
             "date": "date", "list": "text[]"}
_SELECT = ["doc_id", "passage", "title", "text", "meta_json", "evidence"]
_TABLE_NAME = re.compile(r"[a-z_][a-z0-9_]{0,40}")
_WORDS = re.compile(r"\w+")
#: PostgreSQL cuts identifiers at 63 bytes
MAX_NAME_BYTES = 63
#: HNSW search breadth; iterative scan widens it when filters reject rows
HNSW_EF = 300


class PostgresStore(Store):
    """Passages of one index in the PostgreSQL table ``table`` (created on first write).

    ``dsn`` is a libpq connection string or URL (``postgresql://user:pass@host:5432/db``); the
    database needs the ``vector`` extension (``CREATE EXTENSION vector``, which this store runs
    when it may). ``hnsw_min_passages`` passages and up get an HNSW index (None: always exact).
    """

    def __init__(
        self, dsn: str, *, table: str, dim: int, fields: Mapping[str, str] | None = None,
        date_field: str | None = None, hnsw_min_passages: int | None = 20_000,
    ) -> None:
        require("psycopg", purpose="the PostgreSQL store")
        require("pgvector", purpose="the PostgreSQL store")
        if not _TABLE_NAME.fullmatch(table):
            raise ConfigError(f"table name {table!r}: use lower-case letters, digits and _ (at most 41)")
        self.dsn = dsn
        self.table = table
        self.dim = dim
        self.fields = dict(fields or {})
        self.date_field = date_field
        self.hnsw_min_passages = hnsw_min_passages
        #: search vectors exactly even where an index exists (to measure what the index loses)
        self.bypass_ann = False
        self._local = threading.local()
        self._rum_checked: bool | None = None
        self._columns: set[str] = set()
        psycopg = require("psycopg", purpose="the PostgreSQL store")
        try:
            with self._cursor(write=True) as cur:
                cur.execute("CREATE EXTENSION IF NOT EXISTS vector")
        except psycopg.errors.InsufficientPrivilege:
            raise ConfigError(f"{_safe(dsn)}: the vector extension is not enabled and this role may not enable it; "
                              "ask an administrator to run CREATE EXTENSION vector in that database") from None
        except psycopg.errors.FeatureNotSupported as exc:
            raise ConfigError(f"{_safe(dsn)}: pgvector is not installed on that server ({exc}); install pgvector "
                              "0.8 or newer (or pick a managed PostgreSQL that offers it)") from None
        #: whether the RUM extension orders text matches from its index (top k without ranking every match)
        self.rum = self._try_rum()
        self.reload()

    def _try_rum(self) -> bool:
        psycopg = require("psycopg", purpose="the PostgreSQL store")
        try:
            with self._cursor(write=True) as cur:
                cur.execute("CREATE EXTENSION IF NOT EXISTS rum")
            return True
        except psycopg.Error:  # not installed, or not allowed: GIN, and ts_rank over every match
            return False

    # ---------------------------------------------------------------- connections
    def _connection(self) -> Any:
        conn = getattr(self._local, "conn", None)
        if conn is None or conn.closed:
            psycopg = require("psycopg", purpose="the PostgreSQL store")
            from pgvector.psycopg import register_vector

            conn = _connect(self.dsn)
            try:
                register_vector(conn)
            except psycopg.ProgrammingError:  # the extension is not there yet: created, then registered
                conn.execute("CREATE EXTENSION IF NOT EXISTS vector")
                register_vector(conn)
            self._local.conn = conn
        return conn

    @contextmanager
    def _cursor(self, *, write: bool = False) -> Iterator[Any]:
        conn = self._connection()
        if not write:
            with conn.cursor() as cur:
                yield cur
            return
        with conn.transaction(), conn.cursor() as cur:
            yield cur

    def _q(self, name: str) -> str:
        return quote_identifier(name, "postgres")

    @property
    def _t(self) -> str:
        return self._q(self.table)

    @property
    def _meta(self) -> str:
        return self._q(f"{self.table}_heedful")

    # ---------------------------------------------------------------- schema
    def reload(self) -> None:
        with self._cursor() as cur:
            self._columns = self._read_columns(cur)
        missing = [f for f in self.fields if self._columns and f not in self._columns]
        if missing:  # a field recorded in the settings that an interrupted run never added
            self._add_columns(missing)

    def _create(self, cur: Any) -> None:
        cols = ", ".join(f"{self._q(n)} {_PG_TYPES[k]}" for n, k in sorted(self.fields.items()))
        cur.execute(
            f"CREATE TABLE IF NOT EXISTS {self._t} (pid text PRIMARY KEY, doc_id text NOT NULL, passage integer NOT NULL, "
            f"start integer NOT NULL, title text NOT NULL, text text NOT NULL, search_text text NOT NULL, "
            f"tsv tsvector GENERATED ALWAYS AS (to_tsvector('english', search_text)) STORED, "
            f"vector vector({int(self.dim)}) NOT NULL, doc_hash text NOT NULL, meta_json text NOT NULL, "
            f"evidence text NOT NULL, valid_until date{', ' + cols if cols else ''})")
        cur.execute(f"CREATE INDEX IF NOT EXISTS {self._q(self.table + '_doc')} ON {self._t} (doc_id)")
        method = "rum (tsv rum_tsvector_ops)" if self.rum else "gin (tsv)"
        cur.execute(f"CREATE INDEX IF NOT EXISTS {self._q(self.table + '_tsv')} ON {self._t} USING {method}")
        self._create_meta(cur)
        self._columns = self._read_columns(cur)
        for n in [f for f in self.fields if f not in self._columns]:  # another writer created it without them
            cur.execute(f"ALTER TABLE {self._t} ADD COLUMN IF NOT EXISTS {self._q(n)} {_PG_TYPES[self.fields[n]]}")
            self._columns.add(n)
        for n in self.fields:
            self._index_field(cur, n)

    def _serialise(self, cur: Any) -> None:
        """One commit at a time per index, from any machine: a transaction-scoped advisory lock (the
        index folder's write lock only covers the processes that share that folder)."""
        cur.execute("SELECT pg_advisory_xact_lock(hashtext(%s))", (f"heedful:{self.table}",))

    def _read_columns(self, cur: Any) -> set[str]:
        """The table's columns (none: it does not exist yet)."""
        cur.execute("SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() "
                    "AND table_name = %s", (self.table,))
        return {r[0] for r in cur.fetchall()}

    def _create_meta(self, cur: Any) -> None:
        cur.execute(f"CREATE TABLE IF NOT EXISTS {self._meta} (id integer PRIMARY KEY, version bigint NOT NULL, "
                    "settings text)")
        cur.execute(f"ALTER TABLE {self._meta} ADD COLUMN IF NOT EXISTS settings text")  # tables made before it
        cur.execute(f"INSERT INTO {self._meta} (id, version) VALUES (1, 0) ON CONFLICT DO NOTHING")

    def save_settings(self, settings: Mapping[str, Any]) -> None:
        """Keep the index's settings beside its passages, so ``Engine.open("postgresql://...")`` from any
        machine finds them (see :func:`stored_settings`)."""
        with self._cursor(write=True) as cur:
            self._create_meta(cur)
            cur.execute(f"UPDATE {self._meta} SET settings = %s WHERE id = 1", (json.dumps(dict(settings), sort_keys=True),))

    def _add_columns(self, names: Sequence[str]) -> None:
        with self._cursor(write=True) as cur:
            for n in names:
                cur.execute(f"ALTER TABLE {self._t} ADD COLUMN IF NOT EXISTS {self._q(n)} {_PG_TYPES[self.fields[n]]}")
                self._index_field(cur, n)
        self._columns |= set(names)

    def _index_field(self, cur: Any, name: str) -> None:
        """A B-tree on a scalar field, GIN on a list: the planner can then start from a selective filter
        instead of walking the ranked text or vector index past every row the filter rejects."""
        index = self._q(f"{self.table}_f_{hashlib.sha1(name.encode()).hexdigest()[:10]}")
        method = "gin" if self.fields[name] == "list" else "btree"
        cur.execute(f"CREATE INDEX IF NOT EXISTS {index} ON {self._t} USING {method} ({self._q(name)})")

    def ensure_fields(self, fields: Mapping[str, str]) -> list[str]:
        self._check_writable()
        added = []
        for name, kind in fields.items():
            if name in RESERVED_COLUMNS or name in ("tsv",):
                raise InputError(
                    f"metadata field {name!r} collides with a column heedful uses; rename it "
                    f"(reserved: {', '.join(sorted(RESERVED_COLUMNS | {'tsv'}))})"
                )
            if len(name.encode("utf-8")) > MAX_NAME_BYTES:
                raise InputError(f"metadata field {name[:40]!r}... is longer than PostgreSQL's {MAX_NAME_BYTES} bytes "
                                 "for a column name; rename it")
            if name not in self.fields:
                self.fields[name] = kind
                added.append(name)
        if added and self._columns:
            self._add_columns(added)
        return added

    @property
    def version(self) -> int | None:
        if not self._columns:
            return None
        with self._cursor() as cur:
            cur.execute(f"SELECT version FROM {self._meta} WHERE id = 1")
            row = cur.fetchone()
        return None if row is None or row[0] == 0 else int(row[0])

    # ---------------------------------------------------------------- writes
    def write(self, rows: Sequence[PassageRow], *, doc_ids: Sequence[str]) -> None:
        self._check_writable()
        with self._cursor(write=True) as cur:
            self._serialise(cur)
            if not self._columns:
                self._create(cur)
            if doc_ids:
                cur.execute(f"DELETE FROM {self._t} WHERE doc_id = ANY(%s)", (list(doc_ids),))
            if rows:
                names = ["pid", "doc_id", "passage", "start", "title", "text", "search_text", "vector", "doc_hash",
                         "meta_json", "evidence", "valid_until", *self.fields]
                copy_sql = f"COPY {self._t} ({', '.join(self._q(n) for n in names)}) FROM STDIN"
                with cur.copy(copy_sql) as copy:
                    for r in rows:
                        copy.write_row([
                            r.pid, r.doc_id, r.passage, r.start, r.title, r.text,
                            f"{r.title}\n{r.text}" if r.title else r.text,
                            np.asarray(r.vector, dtype=np.float32), r.doc_hash,
                            base.encode_metadata(r.metadata), r.evidence,
                            r.valid_until, *(_pg_value(r.metadata.get(n), self.fields[n]) for n in self.fields),
                        ])
            cur.execute(f"UPDATE {self._meta} SET version = version + 1 WHERE id = 1")

    def delete(self, doc_ids: Iterable[str]) -> int:
        self._check_writable()
        ids = list(dict.fromkeys(doc_ids))
        if not self._columns or not ids:
            return 0
        with self._cursor(write=True) as cur:
            self._serialise(cur)
            cur.execute(f"DELETE FROM {self._t} WHERE doc_id = ANY(%s) RETURNING doc_id", (ids,))
            found = len({r[0] for r in cur.fetchall()})
            if found:
                cur.execute(f"UPDATE {self._meta} SET version = version + 1 WHERE id = 1")
        return found

    def set_valid_until(self, until: Mapping[str, dt.date | None]) -> None:
        self._check_writable()
        if not self._columns or not until:
            return
        with self._cursor(write=True) as cur:
            self._serialise(cur)
            for doc_id, day in until.items():
                cur.execute(f"UPDATE {self._t} SET valid_until = %s WHERE doc_id = %s", (day, doc_id))
            cur.execute(f"UPDATE {self._meta} SET version = version + 1 WHERE id = 1")

    def refresh(self) -> None:
        """Statistics for the planner, and from ``hnsw_min_passages`` passages up an HNSW index (cosine)."""
        if not self._columns:
            return
        with self._cursor() as cur:
            cur.execute(f"ANALYZE {self._t}")
            if self.hnsw_min_passages is None:
                return
            cur.execute(f"SELECT count(*) FROM {self._t}")
            if cur.fetchone()[0] >= self.hnsw_min_passages:
                cur.execute(f"CREATE INDEX IF NOT EXISTS {self._q(self.table + '_hnsw')} ON {self._t} "
                            "USING hnsw (vector vector_cosine_ops)")

    # ---------------------------------------------------------------- reads
    def _acl(self) -> str | None:
        return acl_condition(self.principals, self.fields, "postgres")

    def _where(self, *conditions: str | None) -> str:
        parts = [c for c in (*conditions, self._acl()) if c]
        return " WHERE " + " AND ".join(f"({p})" for p in parts) if parts else ""

    def _filters(self, filters: Sequence[Filter], as_of: dt.date | None) -> list[str | None]:
        return [render_filters(filters, self.fields, "postgres") if filters else None, self.as_of_condition(as_of)]

    def as_of_condition(self, as_of: dt.date | None) -> str | None:
        """The rule every store keeps (:func:`~heedful.store.base.as_of_sql`), in PostgreSQL's SQL."""
        return base.as_of_sql(as_of, self.fields, self.date_field, self._q)

    def _columns_of(self, lean: bool, vectors: bool) -> str:
        cols = ["doc_id", "passage"] if lean else [*_SELECT, *(["vector"] if vectors else [])]
        return ", ".join(cols)

    def doc_hashes(self) -> dict[str, str]:
        if not self._columns:
            return {}
        with self._cursor() as cur:
            cur.execute(f"SELECT doc_id, doc_hash FROM {self._t}{self._where('passage = 0')}")
            return dict(cur.fetchall())

    def count(self) -> tuple[int, int]:
        if not self._columns:
            return 0, 0
        with self._cursor() as cur:
            cur.execute(f"SELECT count(*) FILTER (WHERE passage = 0), count(*) FROM {self._t}{self._where()}")
            docs, passages = cur.fetchone()
        return int(docs), int(passages)

    def text_search(
        self, text: str, *, k: int, filters: Sequence[Filter] = (), as_of: dt.date | None = None,
        vectors: bool = False, lean: bool = False,
    ) -> list[Candidate]:
        words = _WORDS.findall(text.lower())
        if not self._columns or not words:
            return []
        where = self._where("tsv @@ q.query", *self._filters(filters, as_of))
        source = f"FROM {self._t}, (SELECT to_tsquery('english', %s) AS query) q{where}"
        if self._rum_index():
            # the RUM index walks matches best first (distance = 1 / ts_rank): k rows read, not every match
            sql = f"SELECT {self._columns_of(lean, vectors)}, 1.0 / (tsv <=> q.query) AS score {source} " \
                  "ORDER BY tsv <=> q.query LIMIT %s"
        else:
            sql = f"SELECT {self._columns_of(lean, vectors)}, ts_rank(tsv, q.query) AS score {source} " \
                  "ORDER BY score DESC, pid LIMIT %s"
        with self._cursor() as cur:
            cur.execute(sql, (" | ".join(dict.fromkeys(words)), k))
            return _candidates(cur.fetchall(), lean=lean, vectors=vectors)

    def vector_search(
        self, vector: np.ndarray, *, k: int, filters: Sequence[Filter] = (), as_of: dt.date | None = None,
        vectors: bool = False, lean: bool = False,
    ) -> list[Candidate]:
        if not self._columns:
            return []
        where = self._where(*self._filters(filters, as_of))
        sql = (f"SELECT {self._columns_of(lean, vectors)}, 1 - (vector <=> %s) AS score FROM {self._t}{where} "
               "ORDER BY vector <=> %s LIMIT %s")
        q = np.asarray(vector, dtype=np.float32)
        conn = self._connection()
        with conn.transaction(), conn.cursor() as cur:  # SET LOCAL lives for this one query
            if self.bypass_ann:
                cur.execute("SET LOCAL enable_indexscan = off")  # a sequential scan: exact distances
            cur.execute(f"SET LOCAL hnsw.ef_search = {min(max(HNSW_EF, 2 * k), 1000)}")
            cur.execute("SET LOCAL hnsw.iterative_scan = relaxed_order")
            cur.execute(sql, (q, q, k))
            rows = cur.fetchall()
        rows.sort(key=lambda r: -r[-1])  # relaxed order: put the few swaps right
        return _candidates(rows, lean=lean, vectors=vectors)

    def hydrate(self, candidates: Sequence[Candidate], *, vectors: bool = False) -> list[Candidate]:
        if not self._columns or not candidates:
            return list(candidates)
        pids = list(dict.fromkeys(f"{c.doc_id}#{c.passage}" for c in candidates))
        with self._cursor() as cur:
            cur.execute(f"SELECT {self._columns_of(False, vectors)}, 0.0 FROM {self._t}{self._where('pid = ANY(%s)')}",
                        (pids,))
            return self._rehydrated(candidates, _candidates(cur.fetchall(), lean=False, vectors=vectors))

    def passages(self, doc_ids: Sequence[str]) -> list[Candidate]:
        if not self._columns or not doc_ids:
            return []
        with self._cursor() as cur:
            cur.execute(f"SELECT {self._columns_of(False, False)}, 0.0 FROM {self._t}{self._where('doc_id = ANY(%s)')}",
                        (list(doc_ids),))
            return _candidates(cur.fetchall(), lean=False, vectors=False)

    def versions(self, doc_keys: Sequence[str]) -> list[tuple[str, str, dt.date, dt.date | None, dt.date | None]]:
        if not self._columns or not doc_keys or "doc_key" not in self.fields:
            return []
        end = "valid_to" if "valid_to" in self.fields else "NULL::date"
        with self._cursor() as cur:
            cur.execute(f"SELECT doc_id, doc_key, valid_from, {end}, valid_until FROM {self._t}"
                        f"{self._where('passage = 0', 'doc_key = ANY(%s)')}", (list(doc_keys),))
            return [tuple(r) for r in cur.fetchall()]  # type: ignore[misc]

    def count_newer(self, doc_keys: Sequence[str], as_of: dt.date | None) -> dict[str, int]:
        if not self._columns or not doc_keys or as_of is None or "doc_key" not in self.fields:
            return {}
        with self._cursor() as cur:
            cur.execute(f"SELECT doc_key, count(*) FROM {self._t}"
                        f"{self._where('passage = 0', 'doc_key = ANY(%s)', 'valid_from > %s')} GROUP BY doc_key",
                        (list(doc_keys), as_of))
            return {k: int(n) for k, n in cur.fetchall()}

    def _rum_index(self) -> bool:
        """Whether the table's text index is a RUM index (tables made before RUM was installed keep GIN)."""
        if not self.rum:
            return False
        cached = self._rum_checked
        if cached is None:
            with self._cursor() as cur:
                cur.execute("SELECT indexdef FROM pg_indexes WHERE schemaname = current_schema() AND indexname = %s",
                            (f"{self.table}_tsv",))
                row = cur.fetchone()
            cached = bool(row) and " USING rum " in row[0]
            if row:  # known once the table exists
                self._rum_checked = cached
        return cached

    @property
    def ann(self) -> bool:
        """Whether vector search goes through an approximate (HNSW) index."""
        if not self._columns:
            return False
        with self._cursor() as cur:
            cur.execute("SELECT 1 FROM pg_indexes WHERE schemaname = current_schema() AND indexname = %s",
                        (f"{self.table}_hnsw",))
            return cur.fetchone() is not None

    def drop(self) -> None:
        """Remove this index's tables (what deleting an index folder is to LanceDB)."""
        self._check_writable()
        with self._cursor(write=True) as cur:
            cur.execute(f"DROP TABLE IF EXISTS {self._t}")
            cur.execute(f"DROP TABLE IF EXISTS {self._meta}")
        self._columns = set()
        self._rum_checked = None


def postgres_folder(url: str, *, create: bool) -> tuple[Path, str]:
    """The local folder behind ``Engine.open("postgresql://...?table=NAME")``: settings, the write lock
    and tables beside documents, under ``$XDG_CACHE_HOME/heedful/postgres``; filled from the settings
    the index keeps in PostgreSQL, so any machine that reaches the database opens the same index."""
    from heedful.config import IndexConfig

    place = postgres_place(url, Path("heedful"))
    if "table=" not in url:
        place["table"] = "heedful"
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "heedful" / "postgres"
    folder = base / hashlib.sha1(f"{place['url']}#{place['table']}".encode()).hexdigest()[:16]
    remote = stored_settings(place["url"], place["table"])
    if remote is None and not create:
        raise IndexNotFoundError(f"no heedful index in table {place['table']} at {place['url']}; build one with "
                                 f"`heedful index SOURCE --index '{url}'`")
    if remote is None:  # a new index: settings cached for an index since dropped are stale
        shutil.rmtree(folder, ignore_errors=True)
    else:
        folder.mkdir(parents=True, exist_ok=True)
        config = IndexConfig.from_dict(remote)
        config.store = place  # as this machine reaches it
        config.save(folder)
    target = f"{place['url']}{'&' if '?' in place['url'] else '?'}table={place['table']}"
    return folder, target


def postgres_place(url: str, path: Path) -> dict[str, str]:
    """Where an index at ``path`` keeps its passages in PostgreSQL: the URL, and the table
    (``?table=NAME``, or ``heedful_`` + the folder's name and a hash of its path). The URL is saved
    with the settings, so it may not hold a password (libpq reads ``PGPASSWORD`` or ``~/.pgpass``).

    >>> postgres_place("postgresql://me@db.example:5432/search?table=news&sslmode=require", Path("/srv/news"))
    {'kind': 'postgres', 'url': 'postgresql://me@db.example:5432/search?sslmode=require', 'table': 'news'}
    """
    from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

    parts = urlsplit(url)
    if parts.scheme not in ("postgresql", "postgres"):
        raise ConfigError(f"store={url!r}: give a PostgreSQL URL, postgresql://user@host:5432/database")
    query = dict(parse_qsl(parts.query))
    table = query.pop("table", None)
    if table is None:
        name = re.sub(r"[^a-z0-9_]+", "_", path.resolve().name.lower()).strip("_")[:20] or "index"
        table = f"heedful_{name}_{hashlib.sha1(str(path.resolve()).encode()).hexdigest()[:8]}"
    if parts.password is not None:
        raise ConfigError("the PostgreSQL URL holds a password, which would be saved with the index settings; "
                          "leave it out and set PGPASSWORD or a ~/.pgpass line instead")
    if not _TABLE_NAME.fullmatch(table):
        raise ConfigError(f"table={table!r}: use lower-case letters, digits and _ (at most 41)")
    clean = urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(query), ""))
    return {"kind": "postgres", "url": clean, "table": table}


def stored_settings(dsn: str, table: str) -> dict[str, Any] | None:
    """The settings an index keeps in PostgreSQL (:meth:`PostgresStore.save_settings`), or None."""
    meta = quote_identifier(f"{table}_heedful", "postgres")
    with _connect(dsn) as conn:
        row = conn.execute("SELECT to_regclass(%s)", (meta,)).fetchone()
        if row is None or row[0] is None:
            return None
        found = conn.execute(f"SELECT settings FROM {meta} WHERE id = 1").fetchone()
    return json.loads(found[0]) if found and found[0] else None


def _connect(dsn: str) -> Any:
    """An autocommit connection, or a ConfigError that says what to check (the password never shown)."""
    psycopg = require("psycopg", purpose="the PostgreSQL store")
    try:
        return psycopg.connect(dsn, autocommit=True)
    except psycopg.OperationalError as exc:
        reason = str(exc).strip().splitlines()[-1] if str(exc).strip() else type(exc).__name__
        raise ConfigError(f"cannot connect to PostgreSQL at {_safe(dsn)}: {reason}; check that the server runs and "
                          "the URL, and give the password with PGPASSWORD or ~/.pgpass") from None


def _safe(dsn: str) -> str:
    """A connection URL without its password, for messages.

    >>> _safe("postgresql://me:secret@db:5432/x")
    'postgresql://me:***@db:5432/x'
    """
    return re.sub(r"(://[^:/@]*):[^@]*@", r"\1:***@", dsn)


def _candidates(rows: Sequence[Sequence[Any]], *, lean: bool, vectors: bool) -> list[Candidate]:
    out = []
    for i, r in enumerate(rows):
        if lean:
            out.append(Candidate(doc_id=r[0], passage=r[1], rank=i + 1, score=float(r[-1]), title="", text="",
                                 metadata={}))
            continue
        doc_id, passage, title, text, meta, evidence = r[:6]
        vec = np.asarray(r[6].to_numpy() if hasattr(r[6], "to_numpy") else r[6], dtype=np.float32) if vectors else None
        out.append(Candidate(doc_id=doc_id, passage=passage, rank=i + 1, score=float(r[-1]), title=title, text=text,
                             metadata=base.decode_metadata(meta), vector=vec, evidence=evidence or ""))
    return out


def _pg_value(value: Any, kind: str) -> Any:
    if value is None:
        return None
    if kind == "list":
        return [str(v) for v in value]
    return value
