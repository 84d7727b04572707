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
    on_commit: Callable[[], None],
) -> Written:
    """Write ``items`` into ``store``, the index at ``path`` with settings ``config`` (saved as they change).

    Documents indexed unchanged are skipped; with ``mode="add"`` one indexed with other content is
    an error. Everything is validated before the first change. ``embedder`` is called only when
    there is something to embed; ``on_commit`` after every commit. ``repair`` (an earlier run was
    interrupted) refreshes the store even when nothing is new.
    """
    from heedful.ingest.fields import coerce, infer_schema
    from heedful.ingest.prepare import (
        check_retyping,
        collect_values,
        doc_hash,
        passage_rows,
        pick_date_field,
    )
    from heedful.store.access import ACL_FIELD
    from heedful.store.sql import check_field_name
    from heedful.temporal.versions import LINEAGE_FIELDS, relink, versions_of

    check_retyping(config.fields, fields or {})  # the settings as the last writer left them
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

    added = updated = n_passages = 0
    bar = _progress(total, progress, desc="indexing")
    try:
        for start in range(0, total, batch_size):
            batch = todo[start : start + batch_size]
            _mark(path, source, start, total)
            rows = passage_rows(batch, chunk=config.chunk, embedder=embedder(), until=until)
            store.write(rows, doc_ids=[d.id for d, _ in batch])
            on_commit()
            for d, _ in batch:
                if d.id in existing:
                    updated += 1
                else:
                    added += 1
            n_passages += len(rows)
            bar.update(len(batch))
        if total or repair:
            store.refresh()
    finally:
        bar.close()
    (path / RUN_MARKER).unlink(missing_ok=True)
    return Written(added, updated, unchanged, n_passages, tuple(d.id for d, _ in todo if d.id in existing))


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
