"""Index-time policy: what a document becomes before the store sees it, and the checks on the way.

:func:`passage_rows` chunks, embeds and extracts evidence; the checks refuse what the store could
not hold (text that is not valid Unicode, a field changing type); :func:`collect_values` keeps the
few distinct values of string fields so "only CNN" can become a filter; :func:`pick_date_field`
chooses the date as-of compares with.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from heedful.config import MAX_VALUES, ChunkConfig, IndexConfig
from heedful.errors import ConfigError, InputError
from heedful.models.base import Embedder
from heedful.store.base import PassageRow, Store
from heedful.types import Document

__all__ = [
    "check_retyping", "check_text", "collect_values", "doc_hash", "embedded_text", "passage_rows", "pick_date_field",
    "stored_vectors",
]


def doc_hash(doc: Document) -> str:
    meta = json.dumps(dict(doc.metadata), sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha1(f"{doc.title}\x00{doc.text}\x00{meta}".encode()).hexdigest()


def embedded_text(title: str, text: str) -> str:
    """What the embedder reads for a passage: the document's title, then the passage."""
    return f"{title}. {text}" if title else text


def passage_rows(
    batch: Sequence[tuple[Document, str]], *, chunk: ChunkConfig, embedder: Embedder,
    until: Mapping[str, dt.date | None], known: Mapping[str, np.ndarray] | None = None,
) -> tuple[list[PassageRow], int]:
    """Passages of whole documents, ready to store: chunked, embedded (title first), with the
    evidence the judges read extracted now, at index time; and how many passages needed no embedding.

    A text is embedded once however often it occurs, and not at all when ``known`` (embedded text ->
    vector, e.g. the passages a changed document had before) holds it: a vector depends on its text
    alone.
    """
    from heedful.ingest.chunking import chunk as chunk_text
    from heedful.ingest.evidence import extract

    cfg = chunk
    pieces: list[tuple[Document, str, Any]] = []
    for d, h in batch:
        passages = chunk_text(d.id, d.text, max_words=cfg.max_words, overlap_words=cfg.overlap_words)
        if cfg.max_passages is not None:
            passages = passages[: cfg.max_passages]
        pieces.extend((d, h, p) for p in passages)
    texts = [embedded_text(d.title, p.text) for d, _, p in pieces]
    known = known or {}
    todo = list(dict.fromkeys(t for t in texts if t not in known))
    fresh = dict(zip(todo, embedder.embed_documents(todo), strict=True)) if todo else {}
    rows = [
        PassageRow(d.id, p.index, d.title, p.text, p.start, fresh[t] if t in fresh else known[t], h, d.metadata,
                   evidence=extract(p.text).to_json(), valid_until=until.get(d.id))
        for t, (d, h, p) in zip(texts, pieces, strict=True)
    ]
    return rows, len(texts) - len(todo)


def stored_vectors(store: Store, doc_ids: Sequence[str]) -> dict[str, np.ndarray]:
    """Embedded text -> stored vector for every passage of ``doc_ids`` already in ``store``."""
    if not doc_ids:
        return {}
    found = store.hydrate(store.passages(doc_ids), vectors=True)
    return {embedded_text(c.title, c.text): np.asarray(c.vector, dtype=np.float32)
            for c in found if c.vector is not None}


def collect_values(config: IndexConfig, docs: Sequence[Document]) -> None:
    """Track the distinct values of string and list fields while they stay few (never ``acl``'s:
    who may read a document is not something an instruction can name its way into)."""
    from heedful.store.access import ACL_FIELD

    for name, kind in config.fields.items():
        if kind not in ("string", "list") or name == ACL_FIELD:  # principals are never offered to the compiler
            continue
        if name in config.values and config.values[name] is None:
            continue
        seen = set(config.values.get(name) or ())
        for d in docs:
            v = d.metadata.get(name)
            seen.update(str(x) for x in (v if isinstance(v, list) else [v]) if x is not None and str(x))
            if len(seen) > MAX_VALUES:
                break
        config.values[name] = sorted(seen) if len(seen) <= MAX_VALUES else None


def check_text(doc: Document) -> None:
    """Text the store can hold: valid Unicode (a lone surrogate cannot be written as UTF-8)."""
    for what, value in (("id", doc.id), ("title", doc.title), ("text", doc.text)):
        if not isinstance(value, str):
            raise InputError(f"document {doc.id!r}: {what} is a {type(value).__name__}, not text")
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise InputError(
                f"document {doc.id!r}: its {what} holds {value[exc.start]!r} at character {exc.start}, which is "
                "not valid Unicode text (a lone surrogate); decode the source with errors='replace'"
            ) from None


def check_retyping(recorded: Mapping[str, str], declared: Mapping[str, str]) -> None:
    """A field keeps the type it was indexed with: a stored column cannot change type."""
    for name, kind in declared.items():
        old = recorded.get(name)
        if old is not None and old != kind:
            raise ConfigError(
                f"field {name!r} is indexed as {old}, not {kind}; keep {name}:{old}, or build a new index "
                f"to store it as {kind}"
            )


def pick_date_field(fields: Mapping[str, str]) -> str | None:
    dates = [name for name, kind in fields.items() if kind == "date"]
    for preferred in ("date", "publish_date", "published", "valid_from"):
        if preferred in dates:
            return preferred
    return dates[0] if len(dates) == 1 else None
