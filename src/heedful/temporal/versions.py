"""Dated versions of one document: validation and the validity intervals they imply.

A versioned document carries ``doc_key`` (what stays the same across versions) and ``valid_from``
(when this version took effect); ``valid_to`` is optional and, when absent, is inferred as the
next version's ``valid_from``. A version is valid on day T when ``valid_from <= T < valid_until``.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from heedful.errors import InputError
from heedful.types import Document, Hit

if TYPE_CHECKING:
    from heedful.store.base import Store

__all__ = ["LINEAGE_FIELDS", "Version", "explain_versions", "link", "relink", "versions_of"]

LINEAGE_FIELDS = {"doc_key": "string", "valid_from": "date", "valid_to": "date"}


@dataclass(frozen=True)
class Version:
    """One version: ``valid_to`` is the explicit end the user gave, or None."""

    doc_id: str
    doc_key: str
    valid_from: dt.date
    valid_to: dt.date | None = None


def versions_of(docs: Sequence[Document], *, source: str = "documents") -> list[Version]:
    """Validate the lineage fields of ``docs`` and return their versions.

    >>> d = Document("fares@2019", "Fares are $2.50.", metadata={"doc_key": "fares", "valid_from": dt.date(2019, 7, 1)})
    >>> versions_of([d])
    [Version(doc_id='fares@2019', doc_key='fares', valid_from=datetime.date(2019, 7, 1), valid_to=None)]
    """
    out = []
    seen: dict[tuple[str, dt.date], str] = {}
    for d in docs:
        m = d.metadata
        key, start, end = m.get("doc_key"), m.get("valid_from"), m.get("valid_to")
        if key is None:
            if start is not None or end is not None:
                raise InputError(f"document {d.id!r} in {source} has valid_from/valid_to but no doc_key; "
                                 "add the doc_key its versions share")
            continue
        if not isinstance(start, dt.date):
            raise InputError(f"document {d.id!r} in {source} has doc_key {key!r} but no valid_from date; "
                             "every version needs the date it took effect (YYYY-MM-DD)")
        if end is not None and (not isinstance(end, dt.date) or end <= start):
            raise InputError(f"document {d.id!r} in {source}: valid_to {end} must be a date after valid_from {start}")
        other = seen.get((key, start))
        if other is not None:
            raise InputError(f"documents {other!r} and {d.id!r} in {source} are both version {start} of "
                             f"doc_key {key!r}; give each version its own valid_from")
        seen[(key, start)] = d.id
        out.append(Version(d.id, str(key), start, end))
    return out


def link(versions: Iterable[Version]) -> dict[str, dt.date | None]:
    """Each version's exclusive end: its ``valid_to``, else the next version's ``valid_from``.

    >>> a = Version("a", "k", dt.date(2019, 1, 1)); b = Version("b", "k", dt.date(2021, 1, 1))
    >>> link([b, a])
    {'a': datetime.date(2021, 1, 1), 'b': None}
    """
    by_key: Mapping[str, list[Version]] = defaultdict(list)
    for v in versions:
        by_key[v.doc_key].append(v)  # type: ignore[index]
    until: dict[str, dt.date | None] = {}
    for vs in by_key.values():
        vs.sort(key=lambda v: v.valid_from)
        for i, v in enumerate(vs):
            nxt = vs[i + 1].valid_from if i + 1 < len(vs) else None
            until[v.doc_id] = v.valid_to if v.valid_to is not None else nxt
    return dict(sorted(until.items()))


def relink(store: Store, keys: Sequence[str], incoming: Sequence[Version]) -> dict[str, dt.date | None]:
    """Recompute when each version of ``keys`` stops being valid, given ``incoming`` versions.

    Stored versions whose end changes are updated now, before any new row is written: a crash
    in between leaves a gap in a document's history, never two valid versions. Returns the
    end of validity of every version, stored or incoming (doc_id -> date or None).
    """
    replaced = {v.doc_id for v in incoming}
    stored = [row for row in store.versions(keys) if row[0] not in replaced]
    until = link([*(Version(i, k, f, t) for i, k, f, t, _ in stored), *incoming])
    changed = {i: until[i] for i, _, _, _, u in stored if until[i] != u}
    if changed:
        store.set_valid_until(changed)
    return until


def explain_versions(hits: tuple[Hit, ...], store: Store, as_of: dt.date | None) -> tuple[Hit, ...]:
    """Say which version of a versioned document was chosen, and how many newer ones hid."""
    from dataclasses import replace

    from heedful.types import CriterionResult

    keys = sorted({str(h.metadata["doc_key"]) for h in hits if h.metadata.get("doc_key")})
    newer = store.count_newer(keys, as_of)
    out = []
    for h in hits:
        key = h.metadata.get("doc_key")
        if not key:
            out.append(h)
            continue
        start = h.metadata.get("valid_from")
        hidden = newer.get(str(key), 0)
        when = f"as of {as_of.isoformat()}" if as_of else "the current version"
        note = (f"version of {key!r} valid from {start.isoformat() if start else '?'}: {when}; "
                f"{hidden} newer version{'s' if hidden != 1 else ''} hidden")
        why = CriterionResult(criterion=when, polarity="require", status="satisfied", evidence=note,
                              method="as-of: one version per doc_key, nothing dated after the date")
        out.append(replace(h, explanation=(*h.explanation, why)))
    return tuple(out)
