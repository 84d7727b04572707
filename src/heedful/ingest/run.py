"""An indexing run: what :meth:`heedful.Engine.index` and ``delete`` do once the engine holds the lock.

The engine owns the index folder, its settings and the write lock; the steps of a run live here:

1. :func:`read_input` reads and validates every input document before anything is written.
2. Under the lock, :func:`write_documents` compares them with what the store holds, types and
   coerces their metadata, records new fields, re-links dated versions, then writes whole
   documents, one atomic commit per batch, and refreshes the store's secondary indexes.
3. :func:`delete_documents` removes documents and re-links the versions around them.

While a run changes the index, a marker file (:data:`RUN_MARKER`) records how far it got: a run
killed midway leaves it behind, and the next run repairs what the crash left (:func:`read_marker`).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, cast

from heedful.config import IndexConfig
from heedful.errors import DuplicateIdError, InputError
from heedful.models.base import Embedder
from heedful.store.base import Store
from heedful.types import Document

if TYPE_CHECKING:
    from heedful.ingest.fields import FieldType

__all__ = ["RUN_MARKER", "Written", "delete_documents", "read_input", "read_marker", "write_documents"]

RUN_MARKER = "run.json"  # present while an indexing run is writing; see write_documents


class Written(NamedTuple):
    """What one run wrote: documents added, replaced and left as they were, and passages stored."""

    added: int
    updated: int
    unchanged: int
    passages: int
    changed: tuple[str, ...] = ()  # ids of indexed documents whose content this run replaced
    reused: int = 0  # passages whose text was embedded before (in this run, or by the document's last version)


def read_marker(path: Path) -> dict[str, Any] | None:
    """The marker an interrupted run left in the index folder ``path``, or None."""
    marker = path / RUN_MARKER
    return json.loads(marker.read_text()) if marker.exists() else None


def _mark(path: Path, source: str, written: int, total: int) -> None:
    (path / RUN_MARKER).write_text(json.dumps({"source": source, "written": written, "total": total}))


def read_input(
    docs: Iterable[Document] | str | Path, *, fields: Mapping[str, str] | None, keys: tuple[str, str, str],
) -> tuple[str, list[Document]]:
    """Read ``docs`` (documents, or a file or folder with the ``keys`` id, text and title) whole.

    Returns where they came from and the documents, each checked: a heedful
    :class:`~heedful.types.Document`, text the store can hold, no id twice.
    """
    from heedful.ingest.prepare import check_text
    from heedful.ingest.readers import read_documents

    source = str(docs) if isinstance(docs, (str, Path)) else "documents"
    declared_types = cast("Mapping[str, FieldType] | None", fields)  # names are checked where they are read
    if isinstance(docs, (str, Path)):
        id_field, text_field, title_field = keys
        items = list(read_documents(docs, fields=declared_types, id_field=id_field, text_field=text_field,
                                    title_field=title_field))
    else:
        items = list(docs)
    seen: dict[str, int] = {}
    dups: list[str] = []
    for i, d in enumerate(items):
        if not isinstance(d, Document):
            raise InputError(f"item {i} is a {type(d).__name__}, not a heedful Document")
        check_text(d)
        if d.id in seen:
            dups.append(d.id)
        seen[d.id] = i
    if dups:
        raise DuplicateIdError(dups, f"in {source}")
    return source, items


def write_documents(
    items: list[Document], *, store: Store, config: IndexConfig, path: Path, embedder: Callable[[], Embedder],
    mode: str, fields: Mapping[str, str] | None, source: str, batch_size: int, progress: bool, repair: bool,
    on_commit: Callable[[], None], ray: str | None = None,
) -> Written:
    """Write ``items`` into ``store``, the index at ``path`` with settings ``config`` (saved as they change).

    Documents indexed unchanged are skipped; with ``mode="add"`` one indexed with other content is
    an error. Everything is validated before the first change. ``embedder`` is called only when
    there is something to embed; ``on_commit`` after every commit. ``repair`` (an earlier run was
    interrupted) refreshes the store even when nothing is new. ``ray`` (a Ray address, or "local")
    embeds the passages with Ray Data actors while this process writes.
    """
    from heedful.ingest.fields import coerce, infer_schema
    from heedful.ingest.prepare import (
        check_retyping,
        collect_values,
        doc_hash,
        passage_rows,
        pick_date_field,
        stored_vectors,
    )
    from heedful.store.access import ACL_FIELD
    from heedful.store.sql import check_field_name
    from heedful.temporal.versions import LINEAGE_FIELDS, relink, versions_of

    check_retyping(config.fields, fields or {})  # the settings as the last writer left them
    if ray is not None:
        _check_ray(embedder())
    existing = store.doc_hashes()
    todo: list[tuple[Document, str]] = []
    unchanged = 0
    clashes = []
    for d in items:
        h = doc_hash(d)
        old = existing.get(d.id)
        if old == h:
            unchanged += 1
        elif old is not None and mode == "add":
            clashes.append(d.id)
        else:
            todo.append((d, h))
    if clashes:
        raise DuplicateIdError(clashes, "already in the index with other content (use upsert to replace)")

    declared = {**config.fields, **(fields or {})}
    present = {k for d, _ in todo for k in d.metadata}
    declared.update({k: v for k, v in LINEAGE_FIELDS.items() if k in present and k not in declared})
    if ACL_FIELD in present and ACL_FIELD not in declared:  # who may read: a list even when one name is given
        declared[ACL_FIELD] = "list"
    schema = infer_schema([d for d, _ in todo], declared=cast("Mapping[str, FieldType]", declared),
                          recorded=cast("Mapping[str, FieldType]", config.fields))
    todo = [
        (Document(d.id, d.text, d.title, {k: coerce(v, schema[k], field=k) for k, v in d.metadata.items()}), h)
        for d, h in todo
    ]
    incoming = versions_of([d for d, _ in todo], source=source)  # validated before any change
    total = len(todo)
    if total:  # from here on the index changes: a crash leaves the marker, and the next run repairs
        _mark(path, source, 0, total)
    new_fields = {k: v for k, v in schema.items() if k not in config.fields}
    for name in new_fields:  # before any change: a name the store cannot filter on is refused
        check_field_name(name)
    if new_fields:
        store.ensure_fields(new_fields)
        config.fields.update(new_fields)
    collect_values(config, [d for d, _ in todo])
    if config.date_field is None:
        config.date_field = store.date_field = pick_date_field(config.fields)
    config.save(path)

    until = relink(store, sorted({v.doc_key for v in incoming}), incoming) if incoming else {}

    added = updated = n_passages = reused = 0
    batches = [todo[start : start + batch_size] for start in range(0, total, batch_size)]
    bulk = _RayVectors(batches, store=store, existing=existing, config=config, embedder=embedder(), address=ray) \
        if ray is not None and total else None
    bar = _progress(total, progress, desc="indexing")
    try:
        for number, batch in enumerate(batches):
            _mark(path, source, number * batch_size, total)
            if bulk is not None:
                known, n_new = bulk.vectors(number)
            else:
                known = stored_vectors(store, [d.id for d, _ in batch if d.id in existing])
            rows, n_known = passage_rows(batch, chunk=config.chunk, embedder=embedder(), until=until, known=known)
            if bulk is not None:
                n_known = len(rows) - n_new
            store.write(rows, doc_ids=[d.id for d, _ in batch])
            on_commit()
            for d, _ in batch:
                if d.id in existing:
                    updated += 1
                else:
                    added += 1
            n_passages += len(rows)
            reused += n_known
            bar.update(len(batch))
        if total or repair:
            store.refresh()
    finally:
        bar.close()
    (path / RUN_MARKER).unlink(missing_ok=True)
    return Written(added, updated, unchanged, n_passages, tuple(d.id for d, _ in todo if d.id in existing), reused)


def delete_documents(ids: list[str], *, store: Store, path: Path, repair: bool) -> int:
    """Remove documents by id from ``store`` (the index at ``path``); returns how many were present.

    Deleting a version re-links its neighbours: the version before it stays valid until the one
    after it takes effect.
    """
    from heedful.temporal.versions import relink

    _mark(path, "delete", 0, len(ids))
    keys = sorted({str(c.metadata["doc_key"]) for c in store.passages(ids) if c.metadata.get("doc_key")})
    n = store.delete(ids)
    if keys:
        relink(store, keys, [])
    if n or repair:
        store.refresh()
    (path / RUN_MARKER).unlink(missing_ok=True)
    return n


def _check_ray(embedder: Embedder) -> None:
    from heedful._optional import require
    from heedful.errors import ConfigError
    from heedful.models.registry import loadable

    if not loadable(embedder.name):
        raise ConfigError(f"--ray loads the index's embedder by name in every worker; {embedder.name!r} is "
                          "neither a packaged model nor a local model folder")
    require("ray", purpose="--ray")


class _RayVectors:
    """The vectors of every batch's passage texts, embedded ahead by Ray Data actors, in order.

    Texts are sent once, in document order, leaving out those the index already holds (a changed
    document's unchanged passages); a batch takes the vectors it needs as the stream brings them, and
    a vector is dropped after the last batch that uses it.
    """

    def __init__(self, batches: list[list[tuple[Document, str]]], *, store: Store, existing: Mapping[str, str],
                 config: IndexConfig, embedder: Embedder, address: str) -> None:
        from heedful.ingest.chunking import chunk
        from heedful.ingest.prepare import embedded_text, stored_vectors
        from heedful.ingest.raybulk import ray_vectors

        self._known = stored_vectors(store, [d.id for b in batches for d, _ in b if d.id in existing])
        cfg = config.chunk
        self._uses: list[list[str]] = []  # every text each batch stores
        self._new: list[int] = []  # how many of them the stream brings for that batch
        last: dict[str, int] = {}
        order: list[str] = []
        sent = set(self._known)
        for number, batch in enumerate(batches):
            uses: list[str] = []
            for d, _ in batch:
                passages = chunk(d.id, d.text, max_words=cfg.max_words, overlap_words=cfg.overlap_words)
                uses.extend(embedded_text(d.title, p.text) for p in passages[: cfg.max_passages])
            fresh = [t for t in dict.fromkeys(uses) if t not in sent]
            sent.update(fresh)
            order.extend(fresh)
            last.update(dict.fromkeys(uses, number))
            self._uses.append(uses)
            self._new.append(len(fresh))
        self._expire: dict[int, list[str]] = {}
        for text, number in last.items():
            self._expire.setdefault(number, []).append(text)
        self._stream = zip(order, ray_vectors(order, name=embedder.name, max_length=config.max_length,
                                               precision=embedder.precision, address=address), strict=True)

    def vectors(self, number: int) -> tuple[dict[str, Any], int]:
        """The vectors batch ``number`` stores, and how many of them were embedded for it."""
        for _ in range(self._new[number]):
            text, vector = next(self._stream)
            self._known[text] = vector
        needed = {t: self._known[t] for t in self._uses[number]}
        for text in self._expire.pop(number, []):
            self._known.pop(text, None)
        return needed, self._new[number]


class _NoBar:
    def update(self, n: int) -> None:
        pass

    def close(self) -> None:
        pass


def _progress(total: int, enabled: bool, *, desc: str) -> Any:
    if not enabled:
        return _NoBar()
    from heedful._optional import require

    tqdm = require("tqdm").tqdm
    return tqdm(total=total, desc=desc, unit="doc", file=sys.stderr, dynamic_ncols=True)
