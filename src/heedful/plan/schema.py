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

JSON shapes of the predicate vocabulary (exactly one key per predicate object)::

    {"mentions": ["Edmonton", "Alberta"]}
    {"year": {"op": "<", "value": 1980}}                  op: < <= > >= =
    {"year": {"op": "between", "value": [1995, 2002]}}
    {"number": {"op": ">", "value": 5000, "unit": null, "context": ["population"]}}
    {"number": {"op": "between", "value": [10, 20], "unit": "m", "context": []}}
    {"pattern": {"regex": "\\\\$\\\\s?\\\\d", "label": "money"}}
    {"date_window": {"start": "1995-08-01", "end": "2002-08-31"}}   start or end may be null
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from heedful.errors import PlanError
from heedful.store.filters import OPS, Filter

__all__ = [
    "COMPARE_OPS",
    "KINDS",
    "PLAN_JSON_SCHEMA",
    "POLARITIES",
    "PREDICATE_TYPES",
    "RECENCIES",
    "Criterion",
    "Plan",
    "Predicate",
    "TimeSpec",
    "validate_plan",
]

Polarity = Literal["require", "prefer", "exclude", "avoid"]
Kind = Literal["topic", "attribute", "time", "place", "number", "format", "negation"]
PredicateType = Literal["mentions", "year", "number", "pattern", "date_window"]
CompareOp = Literal["<", "<=", ">", ">=", "=", "between"]
Recency = Literal["latest", "earliest"]

POLARITIES: tuple[str, ...] = ("require", "prefer", "exclude", "avoid")
KINDS: tuple[str, ...] = ("topic", "attribute", "time", "place", "number", "format", "negation")
PREDICATE_TYPES: tuple[str, ...] = ("mentions", "year", "number", "pattern", "date_window")
COMPARE_OPS: tuple[str, ...] = ("<", "<=", ">", ">=", "=", "between")
RECENCIES: tuple[str, ...] = ("latest", "earliest")

_PLAN_KEYS = ("query", "criteria", "filters", "time", "compiled_by", "notes")
_CRITERION_KEYS = ("text", "polarity", "kind", "predicate", "span", "weight")
_TIME_KEYS = ("as_of", "window", "recency", "span")
_FILTER_KEYS = ("field", "op", "value")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _quote_all(values: Sequence[str]) -> str:
    return ", ".join(repr(v) for v in values)


def _is_number(x: Any) -> bool:
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def _check_compare(path: str, op: Any, value: Any, *, integer: bool) -> None:
    """Validate an ``op``/``value`` pair shared by year and number predicates."""
    if op not in COMPARE_OPS:
        raise PlanError(f"{path}.op: {op!r} is not one of {_quote_all(COMPARE_OPS)}")
    ok = (lambda v: isinstance(v, int) and not isinstance(v, bool)) if integer else _is_number
    what = "an integer year" if integer else "a number"
    if op == "between":
        if not (isinstance(value, (list, tuple)) and len(value) == 2 and all(ok(v) for v in value)):
            raise PlanError(f"{path}.value: {value!r} must be [low, high], two of {what} for op 'between'")
        if value[0] > value[1]:
            raise PlanError(f"{path}.value: {list(value)!r} has low > high; write [low, high]")
    elif not ok(value):
        raise PlanError(f"{path}.value: {value!r} must be {what} for op {op!r}")


def _check_terms(path: str, terms: Any) -> None:
    if not isinstance(terms, (list, tuple)) or not terms:
        raise PlanError(f"{path}: {terms!r} must be a non-empty list of strings")
    for i, t in enumerate(terms):
        if not isinstance(t, str) or not t.strip():
            raise PlanError(f"{path}[{i}]: {t!r} must be a non-empty string")


def _parse_date(path: str, value: Any) -> date:
    if isinstance(value, date):
        return value
    if not isinstance(value, str) or not _ISO_DATE.match(value):
        raise PlanError(f"{path}: {value!r} must be an ISO date string YYYY-MM-DD")
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise PlanError(f"{path}: {value!r} is not a calendar date ({exc})") from exc


def _check_span(path: str, span: Any) -> tuple[int, int] | None:
    if span is None:
        return None
    if (
        not isinstance(span, (list, tuple))
        or len(span) != 2
        or not all(isinstance(v, int) and not isinstance(v, bool) for v in span)
    ):
        raise PlanError(f"{path}: {span!r} must be null or [start, end], two character offsets")
    if not 0 <= span[0] <= span[1]:
        raise PlanError(f"{path}: {list(span)!r} must satisfy 0 <= start <= end")
    return (span[0], span[1])


def _fmt_num(v: Any) -> str:
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    return f"{v:,}" if isinstance(v, int) and abs(v) >= 10000 else str(v)


@dataclass(frozen=True)
class Predicate:
    """A decidable test of one criterion against evidence extracted from a passage.

    Build one with the constructor named after its ``type``; the other fields stay at their
    defaults. Equality and the JSON form are exact, so a plan survives editing and reloading.

    - ``Predicate.mentions(terms)``: the passage mentions any of ``terms`` (case-insensitive,
      on word boundaries). ``{"mentions": ["Edmonton"]}``
    - ``Predicate.year(op, value)``: a year the passage states for the criterion's event
      compares with ``value`` (``op`` in < <= > >= =, or ``between`` with ``(low, high)``,
      both inclusive). ``{"year": {"op": "<", "value": 1980}}``
    - ``Predicate.number(op, value, unit=None, context=())``: a number stated in the passage,
      near any of the ``context`` words (e.g. "population", "deaths") and in ``unit`` when
      given, compares with ``value``. ``{"number": {"op": ">", "value": 5000, "unit": null,
      "context": ["population"]}}``
    - ``Predicate.pattern(regex, label=None)``: the passage matches ``regex`` (Python syntax,
      searched case-insensitively); ``label`` names what it finds, e.g. "money".
      ``{"pattern": {"regex": "...", "label": "money"}}``
    - ``Predicate.date_window(start, end)``: a date the passage talks about falls in
      ``[start, end]`` (both inclusive; one side may be open, ``None``).
      ``{"date_window": {"start": "1995-08-01", "end": "2002-08-31"}}``

    >>> Predicate.year("between", (1995, 2002)).to_dict()
    {'year': {'op': 'between', 'value': [1995, 2002]}}
    >>> Predicate.number(">", 5000, context=["population"]).describe()
    "number > 5000 near 'population'"
    """

    type: PredicateType
    terms: tuple[str, ...] = ()
    op: CompareOp | None = None
    value: Any = None
    unit: str | None = None
    context: tuple[str, ...] = ()
    regex: str | None = None
    label: str | None = None
    start: date | None = None
    end: date | None = None

    def __post_init__(self) -> None:
        for name in ("terms", "context"):
            v = getattr(self, name)
            if isinstance(v, list):
                object.__setattr__(self, name, tuple(v))
        if isinstance(self.value, list):
            object.__setattr__(self, "value", tuple(self.value))
        path = f"predicate.{self.type}"
        if self.type == "mentions":
            _check_terms(path, self.terms)
        elif self.type in ("year", "number"):
            _check_compare(path, self.op, self.value, integer=self.type == "year")
            if self.type == "number":
                if self.unit is not None and not isinstance(self.unit, str):
                    raise PlanError(f"{path}.unit: {self.unit!r} must be null or a string")
                if not all(isinstance(c, str) and c for c in self.context):
                    raise PlanError(f"{path}.context: {list(self.context)!r} must be a list of strings")
        elif self.type == "pattern":
            if not isinstance(self.regex, str) or not self.regex:
                raise PlanError(f"{path}.regex: {self.regex!r} must be a non-empty regular expression")
            try:
                re.compile(self.regex)
            except re.error as exc:
                raise PlanError(f"{path}.regex: {self.regex!r} does not compile: {exc}") from exc
            if self.label is not None and not isinstance(self.label, str):
                raise PlanError(f"{path}.label: {self.label!r} must be null or a string")
        elif self.type == "date_window":
            if self.start is None and self.end is None:
                raise PlanError(f"{path}: start and end are both null; give at least one date")
            if self.start is not None and self.end is not None and self.start > self.end:
                raise PlanError(f"{path}: start {self.start} is after end {self.end}")
        else:
            raise PlanError(f"predicate: type {self.type!r} is not one of {_quote_all(PREDICATE_TYPES)}")

    @classmethod
    def mentions(cls, terms: Sequence[str]) -> Predicate:
        """The passage mentions any of ``terms``."""
        return cls("mentions", terms=tuple(terms))

    @classmethod
    def year(cls, op: CompareOp, value: int | tuple[int, int]) -> Predicate:
        """A year stated in the passage compares with ``value``."""
        return cls("year", op=op, value=value)

    @classmethod
    def number(
        cls, op: CompareOp, value: float | tuple[float, float], *, unit: str | None = None,
        context: Sequence[str] = (),
    ) -> Predicate:
        """A number stated in the passage (near ``context`` words, in ``unit``) compares with ``value``."""
        return cls("number", op=op, value=value, unit=unit, context=tuple(context))

    @classmethod
    def pattern(cls, regex: str, *, label: str | None = None) -> Predicate:
        """The passage matches ``regex`` (searched case-insensitively)."""
        return cls("pattern", regex=regex, label=label)

    @classmethod
    def date_window(cls, start: date | None, end: date | None) -> Predicate:
        """A date the passage talks about falls in ``[start, end]``."""
        return cls("date_window", start=start, end=end)

    def to_dict(self) -> dict[str, Any]:
        """The one-key JSON object of this predicate (see the module docstring)."""
        if self.type == "mentions":
            return {"mentions": list(self.terms)}
        if self.type in ("year", "number"):
            value = list(self.value) if isinstance(self.value, tuple) else self.value
            body: dict[str, Any] = {"op": self.op, "value": value}
            if self.type == "number":
                body["unit"] = self.unit
                body["context"] = list(self.context)
            return {self.type: body}
        if self.type == "pattern":
            return {"pattern": {"regex": self.regex, "label": self.label}}
        return {"date_window": {
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
        }}

    @classmethod
    def from_dict(cls, data: Any, *, path: str = "predicate") -> Predicate:
        """Parse the one-key JSON object; raises :class:`PlanError` naming the bad field."""
        if not isinstance(data, Mapping) or len(data) != 1:
            raise PlanError(
                f"{path}: {data!r} must be an object with exactly one key, one of "
                f"{_quote_all(PREDICATE_TYPES)}"
            )
        (kind, body), = data.items()
        p = f"{path}.{kind}"
        if kind not in PREDICATE_TYPES:
            raise PlanError(f"{path}: key {kind!r} is not one of {_quote_all(PREDICATE_TYPES)}")
        if kind == "mentions":
            _check_terms(p, body)
            return cls.mentions(body)
        if not isinstance(body, Mapping):
            raise PlanError(f"{p}: {body!r} must be an object")
        allowed = {"year": ("op", "value"), "number": ("op", "value", "unit", "context"),
                   "pattern": ("regex", "label"), "date_window": ("start", "end")}[kind]
        for key in body:
            if key not in allowed:
                raise PlanError(f"{p}: unknown key {key!r}; allowed keys: {_quote_all(allowed)}")
        required = {"year": ("op", "value"), "number": ("op", "value"), "pattern": ("regex",),
                    "date_window": ("start", "end")}[kind]
        for key in required:
            if key not in body:
                raise PlanError(f"{p}: missing key {key!r}")
        try:
            if kind in ("year", "number"):
                _check_compare(p, body["op"], body["value"], integer=kind == "year")
                value = body["value"]
                value = tuple(value) if isinstance(value, list) else value
                if kind == "year":
                    return cls.year(body["op"], value)
                context = body.get("context", [])
                if not isinstance(context, list) or not all(isinstance(c, str) and c for c in context):
                    raise PlanError(f"{p}.context: {context!r} must be a list of non-empty strings")
                return cls.number(body["op"], value, unit=body.get("unit"), context=context)
            if kind == "pattern":
                return cls.pattern(body["regex"], label=body.get("label"))
            start = None if body["start"] is None else _parse_date(f"{p}.start", body["start"])
            end = None if body["end"] is None else _parse_date(f"{p}.end", body["end"])
            return cls.date_window(start, end)
        except PlanError as exc:
            msg = str(exc)
            if msg.startswith("predicate."):  # raised by __post_init__, which does not know the path
                msg = path + msg[len("predicate"):]
            raise PlanError(msg) from None

    def describe(self) -> str:
        """A short human reading, e.g. ``year < 1980`` or ``mentions any of 'Edmonton'``."""
        if self.type == "mentions":
            return "mentions any of " + _quote_all(self.terms)
        if self.type == "pattern":
            return f"matches {self.label or 'pattern'} /{self.regex}/"
        if self.type == "date_window":
            if self.start and self.end:
                return f"talks about a date in {self.start}..{self.end}"
            if self.start:
                return f"talks about a date on or after {self.start}"
            return f"talks about a date on or before {self.end}"
        if self.op == "between":
            cmp = f"between {_fmt_num(self.value[0])} and {_fmt_num(self.value[1])}"
        else:
            cmp = f"{self.op} {_fmt_num(self.value)}"
        out = f"{self.type} {cmp}"
        if self.type == "number":
            if self.unit:
                out += f" {self.unit}"
            if self.context:
                out += " near " + _quote_all(self.context)
        return out


@dataclass(frozen=True)
class Criterion:
    """One condition on the text of a passage, from the instruction words at ``span``.

    ``polarity``: ``require`` (must hold), ``prefer`` (a bonus), ``exclude`` (must not hold),
    ``avoid`` (a penalty). ``kind`` says what the condition is about. ``text`` is a short
    statement fit for sentence-level semantic matching; ``predicate``, when present, decides the
    criterion from extracted evidence without a model.

    >>> Criterion("the player is female", "require", "attribute", span=(10, 30)).to_dict()
    {'text': 'the player is female', 'polarity': 'require', 'kind': 'attribute', 'predicate': None, 'span': [10, 30], 'weight': 1.0}
    """

    text: str
    polarity: Polarity
    kind: Kind
    predicate: Predicate | None = None
    span: tuple[int, int] | None = None
    weight: float = 1.0

    def __post_init__(self) -> None:
        if not isinstance(self.text, str) or not self.text.strip():
            raise PlanError(f"criterion.text: {self.text!r} must be a non-empty string")
        if self.polarity not in POLARITIES:
            raise PlanError(f"criterion.polarity: {self.polarity!r} is not one of {_quote_all(POLARITIES)}")
        if self.kind not in KINDS:
            raise PlanError(f"criterion.kind: {self.kind!r} is not one of {_quote_all(KINDS)}")
        if self.predicate is not None and not isinstance(self.predicate, Predicate):
            raise PlanError(f"criterion.predicate: {self.predicate!r} must be a Predicate or None")
        object.__setattr__(self, "span", _check_span("criterion.span", self.span))
        if not _is_number(self.weight) or self.weight < 0:
            raise PlanError(f"criterion.weight: {self.weight!r} must be a number >= 0")
        object.__setattr__(self, "weight", float(self.weight))

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "polarity": self.polarity,
            "kind": self.kind,
            "predicate": self.predicate.to_dict() if self.predicate else None,
            "span": list(self.span) if self.span else None,
            "weight": self.weight,
        }

    @classmethod
    def from_dict(cls, data: Any, *, path: str = "criterion") -> Criterion:
        if not isinstance(data, Mapping):
            raise PlanError(f"{path}: {data!r} must be an object")
        _check_keys(path, data, _CRITERION_KEYS, required=("text", "polarity", "kind"))
        text = data["text"]
        if not isinstance(text, str) or not text.strip():
            raise PlanError(f"{path}.text: {text!r} must be a non-empty string")
        if data["polarity"] not in POLARITIES:
            raise PlanError(f"{path}.polarity: {data['polarity']!r} is not one of {_quote_all(POLARITIES)}")
        if data["kind"] not in KINDS:
            raise PlanError(f"{path}.kind: {data['kind']!r} is not one of {_quote_all(KINDS)}")
        pred = data.get("predicate")
        predicate = None if pred is None else Predicate.from_dict(pred, path=f"{path}.predicate")
        span = _check_span(f"{path}.span", data.get("span"))
        weight = data.get("weight", 1.0)
        if not _is_number(weight) or weight < 0:
            raise PlanError(f"{path}.weight: {weight!r} must be a number >= 0")
        return cls(text, data["polarity"], data["kind"], predicate, span, float(weight))

    def describe(self) -> str:
        return f"{self.polarity} {self.kind}: {self.text}" + (
            f" ({self.predicate.describe()})" if self.predicate else "")


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


def _check_keys(path: str, data: Mapping[str, Any], allowed: Sequence[str], *, required: Sequence[str]) -> None:
    for key in data:
        if key not in allowed:
            raise PlanError(f"{path}: unknown key {key!r}; allowed keys: {_quote_all(allowed)}")
    for key in required:
        if key not in data:
            raise PlanError(f"{path}: missing key {key!r}")


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

    def __post_init__(self) -> None:
        for name in ("criteria", "filters", "notes"):
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
    time = data.get("time")
    ts = None if time is None else TimeSpec.from_dict(time)
    compiled_by = data.get("compiled_by", "rules")
    if not isinstance(compiled_by, str) or not compiled_by:
        raise PlanError(f"compiled_by: {compiled_by!r} must be a non-empty string")
    notes = data.get("notes", [])
    if not isinstance(notes, list) or not all(isinstance(n, str) for n in notes):
        raise PlanError(f"notes: {notes!r} must be a list of strings")
    return Plan(query, crits, filts, ts, compiled_by, tuple(notes))


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
