"""The relevance plan: what an instruction asks for, as data a user can read, edit and pass back.

A :class:`Plan` holds hard metadata ``filters`` (pushed down to the store), ``criteria`` on the text
(each with a polarity, a kind, an optional decidable :class:`Predicate` and the ``span`` of the
instruction words it came from) and a :class:`TimeSpec` (as-of date, time window, recency).

>>> plan = Plan("Canadian rock bands", criteria=(
...     Criterion("band from Canada playing rock", "require", "topic", span=(0, 61)),
...     Criterion("formed in or based in Edmonton", "exclude", "place",
...               predicate=Predicate.mentions(["Edmonton"]), span=(62, 120)),
... ))
>>> Plan.from_json(plan.to_json()) == plan
True
>>> print(plan)
Plan for 'Canadian rock bands' (compiled by rules)
  criteria:
    1. require  topic      band from Canada playing rock  [0:61]
    2. exclude  place      formed in or based in Edmonton  [62:120]
                           predicate: mentions any of 'Edmonton'

The criteria and their predicates are defined in :mod:`heedful.plan.criteria` and importable from here.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from heedful.errors import PlanError
from heedful.plan.criteria import (
    ABOUTS,
    COMPARE_OPS,
    KINDS,
    POLARITIES,
    PREDICATE_TYPES,
    Criterion,
    Predicate,
    _check_keys,
    _check_span,
    _parse_date,
    _quote_all,
)
from heedful.plan.relation import RELATION_JSON_SCHEMA, Relation
from heedful.store.filters import OPS, Filter

__all__ = [
    "ABOUTS",
    "COMPARE_OPS",
    "KINDS",
    "PLAN_JSON_SCHEMA",
    "POLARITIES",
    "PREDICATE_TYPES",
    "RECENCIES",
    "Criterion",
    "Plan",
    "Predicate",
    "Relation",
    "TimeSpec",
    "validate_plan",
]

Recency = Literal["latest", "earliest"]
RECENCIES: tuple[str, ...] = ("latest", "earliest")

_PLAN_KEYS = ("query", "criteria", "filters", "relations", "time", "compiled_by", "notes")
_TIME_KEYS = ("as_of", "window", "recency", "span")
_FILTER_KEYS = ("field", "op", "value")


@dataclass(frozen=True)
class TimeSpec:
    """When the user's question is set: an as-of date, a window of interest and/or a recency wish.

    ``as_of``: only what was true (or published) up to this date counts. ``window``: the period
    asked about, both ends inclusive. ``recency``: prefer the ``latest`` or ``earliest`` versions.
    ``span``: the instruction words the time came from.

    >>> TimeSpec(window=(date(1995, 8, 1), date(2002, 8, 31))).to_dict()
    {'as_of': None, 'window': ['1995-08-01', '2002-08-31'], 'recency': None, 'span': None}
    """

    as_of: date | None = None
    window: tuple[date, date] | None = None
    recency: Recency | None = None
    span: tuple[int, int] | None = None

    def __post_init__(self) -> None:
        if self.as_of is not None and not isinstance(self.as_of, date):
            raise PlanError(f"time.as_of: {self.as_of!r} must be a date or None")
        if self.window is not None:
            w = self.window
            if not (isinstance(w, (list, tuple)) and len(w) == 2 and all(isinstance(d, date) for d in w)):
                raise PlanError(f"time.window: {w!r} must be (start, end), two dates")
            if w[0] > w[1]:
                raise PlanError(f"time.window: start {w[0]} is after end {w[1]}")
            object.__setattr__(self, "window", (w[0], w[1]))
        if self.recency is not None and self.recency not in RECENCIES:
            raise PlanError(f"time.recency: {self.recency!r} is not one of {_quote_all(RECENCIES)} or null")
        object.__setattr__(self, "span", _check_span("time.span", self.span))

    def to_dict(self) -> dict[str, Any]:
        return {
            "as_of": self.as_of.isoformat() if self.as_of else None,
            "window": [d.isoformat() for d in self.window] if self.window else None,
            "recency": self.recency,
            "span": list(self.span) if self.span else None,
        }

    @classmethod
    def from_dict(cls, data: Any, *, path: str = "time") -> TimeSpec:
        if not isinstance(data, Mapping):
            raise PlanError(f"{path}: {data!r} must be null or an object")
        _check_keys(path, data, _TIME_KEYS, required=())
        as_of = data.get("as_of")
        as_of_d = None if as_of is None else _parse_date(f"{path}.as_of", as_of)
        window = data.get("window")
        window_t = None
        if window is not None:
            if not isinstance(window, (list, tuple)) or len(window) != 2:
                raise PlanError(f"{path}.window: {window!r} must be null or [start, end], two ISO dates")
            window_t = (_parse_date(f"{path}.window[0]", window[0]),
                        _parse_date(f"{path}.window[1]", window[1]))
            if window_t[0] > window_t[1]:
                raise PlanError(f"{path}.window: start {window[0]} is after end {window[1]}")
        recency = data.get("recency")
        if recency is not None and recency not in RECENCIES:
            raise PlanError(f"{path}.recency: {recency!r} is not one of {_quote_all(RECENCIES)} or null")
        return cls(as_of_d, window_t, recency, _check_span(f"{path}.span", data.get("span")))

    def describe(self) -> str:
        parts = []
        if self.window:
            parts.append(f"window {self.window[0]}..{self.window[1]}")
        if self.as_of:
            parts.append(f"as of {self.as_of}")
        if self.recency:
            parts.append(f"recency {self.recency}")
        return ", ".join(parts) or "none"


def _filter_from_dict(data: Any, path: str) -> Filter:
    if not isinstance(data, Mapping):
        raise PlanError(f"{path}: {data!r} must be an object with field, op and value")
    _check_keys(path, data, _FILTER_KEYS, required=_FILTER_KEYS)
    field, op, value = data["field"], data["op"], data["value"]
    if not isinstance(field, str) or not field:
        raise PlanError(f"{path}.field: {field!r} must be a non-empty string")
    if op not in OPS:
        raise PlanError(f"{path}.op: {op!r} is not one of {_quote_all(OPS)}")
    scalar = (str, int, float, bool)
    if op in ("in", "not in"):
        if not isinstance(value, list) or not all(isinstance(v, scalar) for v in value):
            raise PlanError(f"{path}.value: {value!r} must be a list of strings, numbers or booleans for op {op!r}")
        value = list(value)
    elif not isinstance(value, scalar):
        raise PlanError(f"{path}.value: {value!r} must be a string, number or boolean for op {op!r}")
    return Filter(field, op, value)


@dataclass(frozen=True)
class Plan:
    """A compiled instruction: criteria on the text, hard filters, and time.

    ``to_dict``/``from_dict`` and ``to_json``/``from_json`` round-trip exactly;
    ``from_dict`` validates (see :func:`validate_plan`).

    >>> p = Plan("cocktails", criteria=(Criterion("vodka as an ingredient", "exclude", "attribute",
    ...          predicate=Predicate.mentions(["vodka"])),))
    >>> Plan.from_dict(p.to_dict()) == p
    True
    """

    query: str
    criteria: tuple[Criterion, ...] = ()
    filters: tuple[Filter, ...] = ()
    time: TimeSpec | None = None
    compiled_by: str = "rules"
    notes: tuple[str, ...] = ()
    relations: tuple[Relation, ...] = ()

    def __post_init__(self) -> None:
        for name in ("criteria", "filters", "notes", "relations"):
            v = getattr(self, name)
            if isinstance(v, list):
                object.__setattr__(self, name, tuple(v))
        if not isinstance(self.query, str):
            raise PlanError(f"plan.query: {self.query!r} must be a string")
        for i, c in enumerate(self.criteria):
            if not isinstance(c, Criterion):
                raise PlanError(f"plan.criteria[{i}]: {c!r} must be a Criterion")
        for i, f in enumerate(self.filters):
            if not isinstance(f, Filter):
                raise PlanError(f"plan.filters[{i}]: {f!r} must be a Filter")
            if f.op not in OPS:
                raise PlanError(f"plan.filters[{i}].op: {f.op!r} is not one of {_quote_all(OPS)}")
        for i, r in enumerate(self.relations):
            if not isinstance(r, Relation):
                raise PlanError(f"plan.relations[{i}]: {r!r} must be a Relation")
        if self.time is not None and not isinstance(self.time, TimeSpec):
            raise PlanError(f"plan.time: {self.time!r} must be a TimeSpec or None")
        if not isinstance(self.compiled_by, str) or not self.compiled_by:
            raise PlanError(f"plan.compiled_by: {self.compiled_by!r} must be a non-empty string")
        for i, n in enumerate(self.notes):
            if not isinstance(n, str):
                raise PlanError(f"plan.notes[{i}]: {n!r} must be a string")

    def to_dict(self) -> dict[str, Any]:
        return {
            "query": self.query,
            "criteria": [c.to_dict() for c in self.criteria],
            "filters": [f.to_dict() for f in self.filters],
            "relations": [r.to_dict() for r in self.relations],
            "time": self.time.to_dict() if self.time else None,
            "compiled_by": self.compiled_by,
            "notes": list(self.notes),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Plan:
        """Validate and build a plan; raises :class:`PlanError` with the path of the bad field."""
        return validate_plan(data)

    def to_json(self, *, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_json(cls, text: str) -> Plan:
        return validate_plan(text)

    def explain(self, instruction: str | None = None) -> str:
        """A readable multi-line summary for a terminal.

        With the ``instruction`` the plan came from, each criterion also quotes its source words.
        """
        lines = [f"Plan for {self.query!r} (compiled by {self.compiled_by})"]
        if self.criteria:
            lines.append("  criteria:")
            for i, c in enumerate(self.criteria, 1):
                head = f"    {i}. {c.polarity:<8} {c.kind:<10} {c.text}"
                if c.span:
                    head += f"  [{c.span[0]}:{c.span[1]}]"
                if c.weight != 1.0:
                    head += f"  weight {c.weight:g}"
                lines.append(head)
                pad = " " * 27
                if c.predicate:
                    lines.append(f"{pad}predicate: {c.predicate.describe()}")
                if instruction is not None and c.span:
                    lines.append(f"{pad}from: {instruction[c.span[0]:c.span[1]]!r}")
        else:
            lines.append("  criteria: none")
        if self.filters:
            lines.append("  filters:")
            for f in self.filters:
                lines.append(f"    {f.field} {f.op} {f.value!r}")
        if self.relations:
            lines.append("  relations (SQL over linked tables):")
            for r in self.relations:
                head = f"    {r.polarity:<8} {r.text}"
                if r.span:
                    head += f"  [{r.span[0]}:{r.span[1]}]"
                lines.append(head)
                lines.append(f"             {r.field} {'in' if r.polarity == 'require' else 'not in'} "
                             f"{r.table}.{r.column} of: {r.sql}")
        if self.time:
            lines.append(f"  time: {self.time.describe()}")
        if self.notes:
            lines.append("  notes:")
            lines.extend(f"    - {n}" for n in self.notes)
        return "\n".join(lines)

    def __str__(self) -> str:
        return self.explain()


def validate_plan(data: Mapping[str, Any] | str) -> Plan:
    """Check a plan given as a dict (or JSON text) against the plan schema and build it.

    Errors name the path of the bad field and what is allowed there:

    >>> validate_plan({"query": "q", "criteria": [{"text": "x", "polarity": "maybe", "kind": "topic"}]})
    Traceback (most recent call last):
    ...
    heedful.errors.PlanError: criteria[0].polarity: 'maybe' is not one of 'require', 'prefer', 'exclude', 'avoid'
    """
    if isinstance(data, str):
        try:
            data = json.loads(data)
        except json.JSONDecodeError as exc:
            raise PlanError(f"plan is not valid JSON: {exc}") from exc
    if not isinstance(data, Mapping):
        raise PlanError(f"plan: {data!r} must be an object with at least a 'query'")
    _check_keys("plan", data, _PLAN_KEYS, required=("query",))
    query = data["query"]
    if not isinstance(query, str):
        raise PlanError(f"query: {query!r} must be a string")
    criteria = data.get("criteria", [])
    if not isinstance(criteria, list):
        raise PlanError(f"criteria: {criteria!r} must be a list")
    crits = tuple(Criterion.from_dict(c, path=f"criteria[{i}]") for i, c in enumerate(criteria))
    filters = data.get("filters", [])
    if not isinstance(filters, list):
        raise PlanError(f"filters: {filters!r} must be a list")
    filts = tuple(_filter_from_dict(f, f"filters[{i}]") for i, f in enumerate(filters))
    relations = data.get("relations", [])
    if not isinstance(relations, list):
        raise PlanError(f"relations: {relations!r} must be a list")
    rels = tuple(Relation.from_dict(r, path=f"relations[{i}]") for i, r in enumerate(relations))
    time = data.get("time")
    ts = None if time is None else TimeSpec.from_dict(time)
    compiled_by = data.get("compiled_by", "rules")
    if not isinstance(compiled_by, str) or not compiled_by:
        raise PlanError(f"compiled_by: {compiled_by!r} must be a non-empty string")
    notes = data.get("notes", [])
    if not isinstance(notes, list) or not all(isinstance(n, str) for n in notes):
        raise PlanError(f"notes: {notes!r} must be a list of strings")
    return Plan(query, crits, filts, ts, compiled_by, tuple(notes), rels)


_DATE_SCHEMA = {"type": "string", "format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$"}
_SPAN_SCHEMA = {
    "oneOf": [
        {"type": "null"},
        {"type": "array", "prefixItems": [{"type": "integer", "minimum": 0}] * 2,
         "items": False, "minItems": 2},
    ]
}


def _compare_schema(value: dict[str, Any], extra: dict[str, Any] | None = None) -> dict[str, Any]:
    props: dict[str, Any] = {
        "op": {"enum": list(COMPARE_OPS)},
        "value": {"oneOf": [value, {"type": "array", "prefixItems": [value, value], "items": False,
                                    "minItems": 2}]},
    }
    props.update(extra or {})
    return {"type": "object", "properties": props, "required": ["op", "value"],
            "additionalProperties": False}


PLAN_JSON_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://heedful.dev/schema/plan.json",
    "title": "heedful relevance plan",
    "type": "object",
    "required": ["query"],
    "additionalProperties": False,
    "properties": {
        "query": {"type": "string"},
        "criteria": {"type": "array", "items": {"$ref": "#/$defs/criterion"}},
        "filters": {"type": "array", "items": {"$ref": "#/$defs/filter"}},
        "relations": {"type": "array", "items": {"$ref": "#/$defs/relation"}},
        "time": {"oneOf": [{"type": "null"}, {"$ref": "#/$defs/time"}]},
        "compiled_by": {"type": "string", "minLength": 1},
        "notes": {"type": "array", "items": {"type": "string"}},
    },
    "$defs": {
        "criterion": {
            "type": "object",
            "required": ["text", "polarity", "kind"],
            "additionalProperties": False,
            "properties": {
                "text": {"type": "string", "minLength": 1},
                "polarity": {"enum": list(POLARITIES)},
                "kind": {"enum": list(KINDS)},
                "predicate": {"oneOf": [{"type": "null"}, {"$ref": "#/$defs/predicate"}]},
                "span": _SPAN_SCHEMA,
                "weight": {"type": "number", "minimum": 0},
                "about": {"enum": list(ABOUTS)},
            },
        },
        "predicate": {
            "type": "object",
            "minProperties": 1,
            "maxProperties": 1,
            "additionalProperties": False,
            "properties": {
                "mentions": {"type": "array", "minItems": 1, "items": {"type": "string", "minLength": 1}},
                "year": _compare_schema({"type": "integer"}),
                "number": _compare_schema(
                    {"type": "number"},
                    {"unit": {"type": ["string", "null"]},
                     "context": {"type": "array", "items": {"type": "string", "minLength": 1}}},
                ),
                "pattern": {
                    "type": "object",
                    "required": ["regex"],
                    "additionalProperties": False,
                    "properties": {"regex": {"type": "string", "minLength": 1},
                                   "label": {"type": ["string", "null"]}},
                },
                "date_window": {
                    "type": "object",
                    "required": ["start", "end"],
                    "additionalProperties": False,
                    "properties": {"start": {"oneOf": [{"type": "null"}, _DATE_SCHEMA]},
                                   "end": {"oneOf": [{"type": "null"}, _DATE_SCHEMA]}},
                },
            },
        },
        "relation": RELATION_JSON_SCHEMA,
        "filter": {
            "type": "object",
            "required": list(_FILTER_KEYS),
            "additionalProperties": False,
            "properties": {
                "field": {"type": "string", "minLength": 1},
                "op": {"enum": list(OPS)},
                "value": {"type": ["string", "number", "boolean", "array"],
                          "items": {"type": ["string", "number", "boolean"]}},
            },
        },
        "time": {
            "type": "object",
            "additionalProperties": False,
            "properties": {
                "as_of": {"oneOf": [{"type": "null"}, _DATE_SCHEMA]},
                "window": {"oneOf": [{"type": "null"}, {"type": "array", "prefixItems": [_DATE_SCHEMA] * 2,
                                                        "items": False, "minItems": 2}]},
                "recency": {"enum": [*RECENCIES, None]},
                "span": _SPAN_SCHEMA,
            },
        },
    },
}
