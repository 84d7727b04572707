"""Metadata filters: ``FIELD OP VALUE`` conditions pushed down into the store.

>>> parse_filter("source = cnn.com")
Filter(field='source', op='=', value='cnn.com')
>>> parse_filter("publish_date >= 2023-01-01")
Filter(field='publish_date', op='>=', value='2023-01-01')
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Literal

from heedful.errors import FilterError

__all__ = ["OPS", "Filter", "parse_filter"]

Op = Literal["=", "!=", "<", "<=", ">", ">=", "in", "not in", "contains"]
OPS: tuple[str, ...] = ("=", "!=", "<", "<=", ">", ">=", "in", "not in", "contains")

_FILTER_RE = re.compile(
    r"^\s*(?P<field>[A-Za-z_][A-Za-z0-9_.]*)\s*(?P<op>!=|<=|>=|=|<|>|\bnot in\b|\bin\b|\bcontains\b)\s*(?P<value>.*?)\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Filter:
    """A hard condition on one metadata field. ``value`` is a scalar, or a list for in/not in."""

    field: str
    op: Op
    value: Any

    def to_dict(self) -> dict[str, Any]:
        return {"field": self.field, "op": self.op, "value": self.value}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Filter:
        try:
            field, op, value = data["field"], data["op"], data["value"]
        except KeyError as exc:
            raise FilterError(f"a filter needs field, op and value; got {data!r}") from exc
        if op not in OPS:
            raise FilterError(f"unknown filter operator {op!r}; use one of {', '.join(OPS)}")
        return cls(field, op, value)


def parse_filter(text: str) -> Filter:
    """Parse ``"FIELD OP VALUE"``; lists for in/not in are comma-separated."""
    m = _FILTER_RE.match(text)
    if not m or not m.group("value"):
        raise FilterError(
            f"cannot parse filter {text!r}; write FIELD OP VALUE, e.g. \"source = cnn.com\" "
            f"or \"publish_date >= 2023-01-01\" (operators: {', '.join(OPS)})"
        )
    op = m.group("op").lower()
    raw = m.group("value").strip().strip("\"'")
    value: Any = raw
    if op in ("in", "not in"):
        value = [v.strip().strip("\"'") for v in raw.strip("[]()").split(",") if v.strip()]
    return Filter(m.group("field"), op, value)  # type: ignore[arg-type]
