"""What a plan asks of a passage's text: :class:`Criterion` and its decidable :class:`Predicate`.

A criterion has a polarity (``require``, ``prefer``, ``exclude``, ``avoid``), a kind (what it is
about), the ``span`` of instruction words it came from and, where evidence can decide it without a
model, a predicate. This module also holds the plan's vocabularies and the checks the plan's other
parts (:mod:`heedful.plan.schema`) share; :class:`~heedful.plan.schema.Plan` gathers criteria with
filters and time.

>>> Criterion("based in Edmonton", "exclude", "place", predicate=Predicate.mentions(["Edmonton"])).describe()
"exclude place: based in Edmonton (mentions any of 'Edmonton')"

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

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from heedful.errors import PlanError

__all__ = [
    "ABOUTS",
    "COMPARE_OPS",
    "KINDS",
    "POLARITIES",
    "PREDICATE_TYPES",
    "Criterion",
    "Predicate",
]

Polarity = Literal["require", "prefer", "exclude", "avoid"]
Kind = Literal["topic", "attribute", "time", "place", "number", "format", "negation"]
PredicateType = Literal["mentions", "year", "number", "pattern", "date_window"]
CompareOp = Literal["<", "<=", ">", ">=", "=", "between"]

POLARITIES: tuple[str, ...] = ("require", "prefer", "exclude", "avoid")
KINDS: tuple[str, ...] = ("topic", "attribute", "time", "place", "number", "format", "negation")
PREDICATE_TYPES: tuple[str, ...] = ("mentions", "year", "number", "pattern", "date_window")
COMPARE_OPS: tuple[str, ...] = ("<", "<=", ">", ">=", "=", "between")

_CRITERION_KEYS = ("text", "polarity", "kind", "predicate", "span", "weight", "about")
#: what a criterion's predicate is read on: the sentences about the passage's own subject (the
#: default: "companies headquartered in Spain"), or any mention anywhere ("passages that mention Spain")
ABOUTS = ("subject", "passage")
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

def _check_keys(path: str, data: Mapping[str, Any], allowed: Sequence[str], *, required: Sequence[str]) -> None:
    for key in data:
        if key not in allowed:
            raise PlanError(f"{path}: unknown key {key!r}; allowed keys: {_quote_all(allowed)}")
    for key in required:
        if key not in data:
            raise PlanError(f"{path}: missing key {key!r}")


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
    criterion from extracted evidence without a model. ``about`` says where in a passage the
    predicate is read: ``subject`` (the default) on what the passage says about its own subject,
    so that "companies headquartered in Spain" is not met by a company whose partner is in Spain
    (a match only about something else leaves the criterion undecided); ``passage`` on any
    mention ("passages that mention Spain"). The JSON form carries ``about`` only when it is
    ``passage``.

    >>> Criterion("the player is female", "require", "attribute", span=(10, 30)).to_dict()
    {'text': 'the player is female', 'polarity': 'require', 'kind': 'attribute', 'predicate': None, 'span': [10, 30], 'weight': 1.0}
    """

    text: str
    polarity: Polarity
    kind: Kind
    predicate: Predicate | None = None
    span: tuple[int, int] | None = None
    weight: float = 1.0
    about: str = "subject"

    def __post_init__(self) -> None:
        if not isinstance(self.text, str) or not self.text.strip():
            raise PlanError(f"criterion.text: {self.text!r} must be a non-empty string")
        if self.about not in ABOUTS:
            raise PlanError(f"criterion.about: {self.about!r} is not one of {_quote_all(ABOUTS)}")
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
        out = {
            "text": self.text,
            "polarity": self.polarity,
            "kind": self.kind,
            "predicate": self.predicate.to_dict() if self.predicate else None,
            "span": list(self.span) if self.span else None,
            "weight": self.weight,
        }
        if self.about != "subject":
            out["about"] = self.about
        return out

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
        about = data.get("about", "subject")
        if about not in ABOUTS:
            raise PlanError(f"{path}.about: {about!r} is not one of {_quote_all(ABOUTS)}")
        return cls(text, data["polarity"], data["kind"], predicate, span, float(weight), about)

    def describe(self) -> str:
        return f"{self.polarity} {self.kind}: {self.text}" + (
            f" ({self.predicate.describe()})" if self.predicate else "")
