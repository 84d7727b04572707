"""The Store contract: what every backend (LanceDB, the embedded default; PostgreSQL + pgvector) must do.

A store holds *passages*: chunks of documents with their vector, the text the BM25 index reads,
and typed metadata columns on which :class:`~heedful.store.filters.Filter` conditions are pushed
down. Writes are per whole document, so a document is never half-indexed.
"""

from __future__ import annotations

import copy
import datetime as dt
from abc import ABC, abstractmethod
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import numpy as np

from heedful.store.filters import Filter

__all__ = ["RESERVED_COLUMNS", "Candidate", "PassageRow", "Store", "as_of_sql", "decode_metadata", "encode_metadata"]

#: Column names a metadata field may not take.
RESERVED_COLUMNS = frozenset(
    {"pid", "doc_id", "passage", "title", "text", "vector", "search_text", "doc_hash", "meta_json", "start",
     "evidence", "valid_until"}
)


@dataclass(frozen=True)
class PassageRow:
    """One passage ready to store."""

    doc_id: str
    passage: int
    title: str
    text: str
    start: int
    vector: np.ndarray
    doc_hash: str
    metadata: Mapping[str, Any] = field(default_factory=dict)
    evidence: str = ""  # JSON of heedful.ingest.evidence.Evidence, extracted at index time
    valid_until: dt.date | None = None  # exclusive end of a version's validity (None: still valid)

    @property
    def pid(self) -> str:
        return f"{self.doc_id}#{self.passage}"


@dataclass(frozen=True)
class Candidate:
    """A passage returned by one retrieval list, with its 1-based rank and raw score."""

    doc_id: str
    passage: int
    rank: int
    score: float
    title: str
    text: str
    metadata: Mapping[str, Any]
    vector: Any = None  # the passage vector, when the search selected it
    evidence: str = ""


class Store(ABC):
    """Passages with vectors, a BM25 index and typed metadata, searched with filters pushed down.

    This is the whole contract the :class:`~heedful.engine.Engine` uses: a backend that implements
    these methods and passes the contract suite (``tests/store/contract.py``, parametrised by a
    store factory) works behind the engine unchanged.

    Versions: documents whose metadata has ``doc_key`` and ``valid_from`` are versions of one
    document; ``valid_until`` (stored beside them, exclusive) ends each version's validity. Without
    an as-of date only current versions (``valid_until`` unset) are searched; with one, the versions
    valid that day and nothing whose ``date_field`` is after it.
    """

    #: metadata field -> heedful field type ("string", "integer", "number", "bool", "date", "list")
    fields: dict[str, str]
    #: the date field as-of compares with ("nothing dated after T"); None: only versions are checked
    date_field: str | None = None
    #: who this view of the store reads for; None: every document (see :meth:`scoped`)
    principals: frozenset[str] | None = None

    def scoped(self, principals: Iterable[str]) -> Store:
        """A read-only view of this store that sees only the documents ``principals`` may read.

        Every read of the view (searches, hydration, passages, versions, counts) puts the access
        condition (:func:`~heedful.store.access.acl_condition`) inside its own store query, beside
        the caller's filters and as-of, so no filter can remove or widen it. The view shares this
        store's table; its writes raise :class:`~heedful.errors.ConfigError`. Scoping a view again
        narrows it (the principals both share), never widens it.
        """
        from heedful.store.access import principals_of

        view = copy.copy(self)
        wanted = principals_of(principals)
        view.principals = wanted if self.principals is None else self.principals & wanted
        return view

    def save_settings(self, settings: Mapping[str, Any]) -> None:
        """Keep the index's settings with the data, for a store whose data lives apart from the index
        folder (PostgreSQL); the default keeps nothing: the folder holds them."""

    def _rehydrated(self, candidates: Sequence[Candidate], rows: Iterable[Candidate]) -> list[Candidate]:
        """``candidates`` replaced by the stored ``rows`` read for them, rank and score kept (what
        :meth:`hydrate` returns). A candidate with no row was deleted since the search and keeps what
        the search returned, except in a scoped view, where no row means not readable: left out."""
        from dataclasses import replace

        found = {(r.doc_id, r.passage): r for r in rows}
        out = []
        for c in candidates:
            row = found.get((c.doc_id, c.passage))
            if row is None and self.principals is not None:
                continue
            out.append(c if row is None else replace(row, rank=c.rank, score=c.score))
        return out

    def _check_writable(self) -> None:
        if self.principals is not None:
            from heedful.errors import ConfigError

            raise ConfigError("this view of the store is scoped to principals and read-only; write through the index itself")

    @property
    @abstractmethod
    def version(self) -> int | None:
        """A number that grows with every commit; None while nothing has ever been written."""

    @abstractmethod
    def reload(self) -> None:
        """See what other writers committed since this store was opened (rows and columns)."""

    @abstractmethod
    def ensure_fields(self, fields: Mapping[str, str]) -> list[str]:
        """Add metadata columns for fields not stored yet; returns the names added.

        Raises InputError for a name that collides with :data:`RESERVED_COLUMNS`."""

    @abstractmethod
    def write(self, rows: Sequence[PassageRow], *, doc_ids: Sequence[str]) -> None:
        """Atomically replace every passage of ``doc_ids`` with ``rows`` (one commit)."""

    @abstractmethod
    def delete(self, doc_ids: Iterable[str]) -> int:
        """Remove documents; returns how many of them were present."""

    @abstractmethod
    def doc_hashes(self) -> dict[str, str]:
        """doc_id -> content hash of every stored document."""

    @abstractmethod
    def count(self) -> tuple[int, int]:
        """(documents, passages)."""

    @abstractmethod
    def text_search(
        self, text: str, *, k: int, filters: Sequence[Filter] = (), as_of: dt.date | None = None,
        vectors: bool = False, lean: bool = False,
    ) -> list[Candidate]:
        """BM25 over title + passage text, best first; ``vectors`` also returns passage vectors.

        ``as_of`` keeps, inside the store query, only versions valid on that day and nothing
        dated after it (see :meth:`as_of_condition`). ``lean`` returns ids and scores only (empty
        title, text and metadata), to be completed with :meth:`hydrate`."""

    @abstractmethod
    def vector_search(
        self, vector: np.ndarray, *, k: int, filters: Sequence[Filter] = (), as_of: dt.date | None = None,
        vectors: bool = False, lean: bool = False,
    ) -> list[Candidate]:
        """Cosine similarity to ``vector``, best first; score is the similarity."""

    @abstractmethod
    def hydrate(self, candidates: Sequence[Candidate], *, vectors: bool = False) -> list[Candidate]:
        """The candidates of a lean search completed with their stored fields, rank and score kept."""

    @abstractmethod
    def passages(self, doc_ids: Sequence[str]) -> list[Candidate]:
        """Every stored passage of the given documents, in no particular order (rank and score 0)."""

    @abstractmethod
    def count_newer(self, doc_keys: Sequence[str], as_of: dt.date | None) -> dict[str, int]:
        """How many versions of each key took effect after ``as_of`` (the ones as-of hid)."""

    @abstractmethod
    def versions(self, doc_keys: Sequence[str]) -> list[tuple[str, str, dt.date, dt.date | None, dt.date | None]]:
        """(doc_id, doc_key, valid_from, valid_to, valid_until) of every stored version of the keys."""

    @abstractmethod
    def set_valid_until(self, until: Mapping[str, dt.date | None]) -> None:
        """Set the exclusive end of validity of stored versions (doc_id -> date or None)."""

    @abstractmethod
    def refresh(self) -> None:
        """Bring secondary indexes (BM25) up to date after writes."""


def encode_metadata(metadata: Mapping[str, Any]) -> str:
    """A document's metadata as the JSON every store keeps beside the typed columns (dates tagged).

    >>> encode_metadata({"day": dt.date(2024, 5, 1), "tags": ["a"]})
    '{"day": {"$date": "2024-05-01"}, "tags": ["a"]}'
    """
    import json

    def tagged(value: Any) -> Any:
        if isinstance(value, (dt.date, dt.datetime)):
            return {"$date": value.isoformat()}
        raise TypeError(f"cannot store {type(value).__name__} in metadata")

    return json.dumps(dict(metadata), default=tagged, ensure_ascii=False)


def decode_metadata(raw: str | None) -> dict[str, Any]:
    """:func:`encode_metadata` read back, dates as dates.

    >>> decode_metadata('{"day": {"$date": "2024-05-01"}}')
    {'day': datetime.date(2024, 5, 1)}
    """
    import json

    def hook(obj: dict[str, Any]) -> Any:
        if set(obj) == {"$date"}:
            return dt.date.fromisoformat(obj["$date"][:10])
        return obj

    return json.loads(raw, object_hook=hook) if raw else {}


def as_of_sql(as_of: dt.date | None, fields: Mapping[str, str], date_field: str | None, quote: Any) -> str | None:
    """SQL keeping one version per doc_key and nothing dated after ``as_of`` (every store's rule).

    Without ``as_of`` only the current versions of versioned documents are searched; with it, the
    versions valid on that day (``valid_from <= T < valid_until``) and no document whose date field
    is after T. Undated, unversioned documents always pass. ``quote`` quotes a column name.
    """
    versioned = "doc_key" in fields and "valid_from" in fields
    if as_of is None:
        return "valid_until IS NULL" if versioned else None
    day = f"date '{as_of.isoformat()}'"
    parts = []
    if versioned:
        parts += [f"(valid_from IS NULL OR valid_from <= {day})", f"(valid_until IS NULL OR valid_until > {day})"]
    if date_field and date_field in fields and date_field != "valid_from":
        col = quote(date_field)
        parts.append(f"({col} IS NULL OR {col} <= {day})")
    return " AND ".join(parts) or None
