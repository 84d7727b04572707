"""Relations at search time: run each relation's SQL, filter on the values, explain each hit.

A plan's :class:`~heedful.plan.relation.Relation` is SQL over the index's tables whose first column
holds the values of a linked document field. :func:`resolve_relations` runs it (checked, read-only)
and turns the values into a hard filter the store applies (``require``: ``field in values``;
``exclude``: ``field not in values``); :func:`explain_relations` adds to each hit the rows that
decided it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from heedful.errors import PlanError, SQLError
from heedful.plan.relation import Relation
from heedful.relations.catalog import TableCatalog
from heedful.store.filters import Filter
from heedful.types import CriterionResult, Hit

__all__ = ["MAX_LINKED_ROWS", "Resolved", "explain_relations", "resolve_relations"]

#: rows a relation may select; more is refused (narrow the criterion or filter another way)
MAX_LINKED_ROWS = 100_000


@dataclass(frozen=True)
class Resolved:
    """A relation after its SQL ran: the filter it makes and the rows per link value."""

    relation: Relation
    sql: str
    columns: tuple[str, ...]
    rows: Mapping[str, tuple[tuple[Any, ...], ...]]
    filter: Filter | None  # None: an exclusion that selected no rows (nothing to leave out)

    @property
    def empty(self) -> bool:
        """A requirement no row satisfies: no document can match."""
        return self.relation.polarity == "require" and not self.rows


def _key(value: Any) -> str:
    return str(value).strip().casefold()


def _as_field(value: Any, ftype: str) -> Any:
    if ftype == "integer":
        return int(value)
    if ftype == "number":
        return float(value)
    return str(value)


def resolve_relations(relations: Sequence[Relation], catalog: TableCatalog,
                      fields: Mapping[str, str]) -> list[Resolved]:
    """Run each relation's SQL and build its filter.

    Raises:
        PlanError: a relation names a field the index does not have, or its SQL is refused, fails,
            or selects more than MAX_LINKED_ROWS rows.
    """
    out = []
    for i, rel in enumerate(relations):
        where = f"relations[{i}] ({rel.text!r})"
        ftype = fields.get(rel.field)
        if ftype is None:
            raise PlanError(f"{where}: the index has no field {rel.field!r} (fields: {', '.join(sorted(fields)) or 'none'})")
        try:
            res = catalog.query(rel.sql, limit=MAX_LINKED_ROWS)
        except SQLError as exc:
            raise PlanError(f"{where}: {exc}") from None
        if res.truncated:
            raise PlanError(f"{where}: the SQL selects more than {MAX_LINKED_ROWS:,} rows; narrow it")
        rows: dict[str, list[tuple[Any, ...]]] = {}
        values: list[Any] = []
        for row in res.rows:
            if row[0] is None:
                continue
            k = _key(row[0])
            if k not in rows:
                rows[k] = []
                try:
                    values.append(_as_field(row[0], ftype))
                except (TypeError, ValueError):
                    continue  # a value the field's type cannot hold matches no document
            rows[k].append(row)
        flt = None
        if values:
            flt = Filter(rel.field, "in" if rel.polarity == "require" else "not in", values)
        out.append(Resolved(rel, res.sql, res.columns, {k: tuple(v) for k, v in rows.items()}, flt))
    return out


def _show(columns: Sequence[str], row: Sequence[Any]) -> str:
    return "(" + ", ".join(f"{c}={v}" for c, v in zip(columns, row, strict=False)) + ")"


def explain_relations(hit: Hit, resolved: Sequence[Resolved]) -> Hit:
    """``hit`` with one explanation line per relation: the rows of its linked value and the SQL."""
    if not resolved:
        return hit
    lines = []
    for r in resolved:
        value = hit.metadata.get(r.relation.field)
        values = value if isinstance(value, (list, tuple)) else [value]
        matched = [row for v in values if v is not None for row in r.rows.get(_key(v), ())]
        shown = "; ".join(_show(r.columns, row) for row in matched[:3]) + (" ..." if len(matched) > 3 else "")
        if r.relation.polarity == "require":
            evidence = f"{r.relation.table} row {shown} selected by: {r.sql}"
            status = "satisfied"
        else:  # for an exclusion, "violated" reads: the excluded property does not hold
            evidence = f"{r.relation.field}={value!r} is not among the rows selected by: {r.sql}"
            status = "violated"
        lines.append(CriterionResult(r.relation.text, r.relation.polarity, status, 0.0, evidence,  # type: ignore[arg-type]
                                     r.relation.span, "sql"))
    return dataclasses.replace(hit, explanation=(*hit.explanation, *lines))
