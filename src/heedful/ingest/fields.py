"""Metadata field types: infer them from values, merge them across documents, coerce values.

Metadata values are plain Python: ``str``, ``int``, ``float``, ``bool``, ``datetime.date`` and
lists of strings. A field has one :data:`FieldType` per collection; when documents disagree the
field widens (integer + number -> number) or falls back to ``"string"``.

>>> infer_type("2023-01-31"), infer_type(3), infer_type("3"), infer_type(None)
('date', 'integer', 'string', None)
>>> merge_types("integer", "number"), merge_types("date", "integer")
('number', 'string')
>>> coerce("2023-01-31T08:15:00Z", "date", field="publish_date")
datetime.date(2023, 1, 31)
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from collections.abc import Iterable, Mapping
from typing import Any, Literal, get_args

from heedful.errors import ConfigError, InputError
from heedful.text.dates import parse_date
from heedful.types import Document

__all__ = [
    "FIELD_TYPES",
    "FieldType",
    "coerce",
    "infer_schema",
    "infer_text_type",
    "infer_type",
    "merge_types",
    "parse_date",
    "validate_declared",
]

FieldType = Literal["string", "integer", "number", "bool", "date", "list"]
FIELD_TYPES: tuple[FieldType, ...] = get_args(FieldType)

# A date, optionally followed by a time and a zone: 2023-01-31, 2023-01-31T08:15, 2023-01-31 08:15:00Z.
# Leading zeros ("02139") mean an identifier or a code, not a number: those stay strings.
_INT_RE = re.compile(r"[+-]?(?:0|[1-9]\d*)")
_FLOAT_RE = re.compile(r"[+-]?(?:\d+\.\d*|\.\d+|\d+(?:\.\d*)?[eE][+-]?\d+)")
# The store keeps integers in 64 bits and numbers as finite doubles.
_INT64_MIN, _INT64_MAX = -(2**63), 2**63 - 1
_TRUE = frozenset({"true", "yes", "1"})
_FALSE = frozenset({"false", "no", "0"})

_HINTS: dict[str, str] = {
    "integer": "expected a 64-bit whole number like 42",
    "number": "expected a finite number like 3.5",
    "bool": "expected true/false, yes/no or 1/0",
    "date": "expected an ISO date like 2023-01-31",
    "list": "expected a list or a comma-separated string",
}


def infer_type(value: Any) -> FieldType | None:
    """The field type of one metadata value; None for null.

    Strings stay strings even when they look like numbers (ids, zip codes, years as text),
    except ISO dates, which are unambiguous.

    >>> [infer_type(v) for v in (True, 7, 7.5, "7", "2024-05-01", ["a"], None)]
    ['bool', 'integer', 'number', 'string', 'date', 'list', None]
    """
    if value is None:
        return None
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, dt.date):  # datetime.datetime is a date too
        return "date"
    if isinstance(value, str):
        return "date" if parse_date(value) is not None else "string"
    if isinstance(value, (list, tuple)):
        return "list"
    return "string"


def infer_text_type(text: str) -> FieldType | None:
    """The type a text cell (CSV) looks like; None for an empty cell.

    Unlike :func:`infer_type`, numbers and booleans written as text count, because a CSV
    file has no other way to write them.

    Digits too many for a 64-bit integer are an identifier, and a number too large for a
    double is text: both stay strings.

    >>> [infer_text_type(s) for s in ("42", "-3.5", "1e3", "true", "2024-05-01", "007", "", "x")]
    ['integer', 'number', 'number', 'bool', 'date', 'string', None, 'string']
    >>> infer_text_type("12345678901234567890"), infer_text_type("1e999")
    ('string', 'string')
    """
    s = text.strip()
    if not s:
        return None
    if s.lower() in ("true", "false"):
        return "bool"
    if _INT_RE.fullmatch(s):
        return "string" if _to_integer(s) is _FAIL else "integer"
    if _FLOAT_RE.fullmatch(s):
        return "string" if _to_number(s) is _FAIL else "number"
    if parse_date(s) is not None:
        return "date"
    return "string"


def merge_types(a: FieldType | None, b: FieldType | None) -> FieldType | None:
    """The one type that holds values of both types; None (null) adds nothing.

    >>> merge_types("integer", "number"), merge_types(None, "date"), merge_types("bool", "list")
    ('number', 'date', 'string')
    """
    if a is None:
        return b
    if b is None or a == b:
        return a
    if {a, b} == {"integer", "number"}:
        return "number"
    return "string"


def coerce(value: Any, type: FieldType, *, field: str) -> Any:
    """Convert ``value`` to the Python value of ``type``; None stays None.

    Raises:
        InputError: the value cannot be read as that type; the message names the field,
            the value and the type.
        ConfigError: ``type`` is not a :data:`FieldType`.

    >>> coerce("12", "integer", field="pages"), coerce(3, "number", field="score")
    (12, 3.0)
    >>> coerce("a, b", "list", field="tags"), coerce(dt.date(2024, 5, 1), "string", field="d")
    (['a', 'b'], '2024-05-01')
    >>> coerce("soon", "date", field="publish_date")
    Traceback (most recent call last):
    heedful.errors.InputError: field "publish_date": cannot convert 'soon' to date; expected an ISO date like 2023-01-31, or declare the field "string"
    """
    if type not in FIELD_TYPES:
        raise ConfigError(
            f'unknown type {type!r} for field "{field}"; use one of {", ".join(FIELD_TYPES)}'
        )
    if value is None:
        return None
    result = _CONVERTERS[type](value)
    if result is _FAIL:
        raise InputError(
            f'field "{field}": cannot convert {_shown(value)} to {type}; {_HINTS[type]}, '
            f'or declare the field "string"'
        )
    return result


def _shown(value: Any) -> str:
    """A short repr for messages; values can be megabytes long or nested a thousand deep."""
    try:
        shown = repr(value)
    except (ValueError, RecursionError):  # an int past 4,300 digits, a deeply nested list
        return "a value too large to show"
    return shown if len(shown) <= 60 else shown[:57] + "..."


def infer_schema(
    docs: Iterable[Document | Mapping[str, Any]],
    declared: Mapping[str, FieldType] | None = None,
    *,
    recorded: Mapping[str, FieldType] | None = None,
) -> dict[str, FieldType]:
    """The type of every metadata field, in order of first appearance.

    ``docs`` are documents or plain metadata mappings. ``declared`` types win over inferred
    ones; a field that is only ever null is a string. ``recorded`` are the types an index
    already stores: a stored column cannot change type, so every value of such a field must
    convert to it.

    Raises:
        ConfigError: a declared type is not a :data:`FieldType`.
        InputError: a value does not fit its field's recorded type; the message names the
            field, the document, both types and the fix.

    >>> infer_schema([{"year": 2020, "tags": ["a"]}, {"year": 2.5, "when": "2024-05-01"}])
    {'year': 'number', 'tags': 'list', 'when': 'date'}
    >>> infer_schema([{"id": 7}, {"id": "x7"}], declared={"when": "date"})
    {'id': 'string', 'when': 'date'}
    >>> infer_schema([Document("d2", "text", metadata={"year": "unknown"})], recorded={"year": "integer"})
    Traceback (most recent call last):
    heedful.errors.InputError: field "year" is indexed as integer, but document 'd2' has 'unknown', a string; write year as integer in every document, or build a new index to store it as string
    """
    declared = validate_declared(declared)
    recorded = validate_declared(recorded)
    found: dict[str, FieldType | None] = {}
    for doc in docs:
        metadata = doc.metadata if isinstance(doc, Document) else doc
        for key, value in metadata.items():
            if key in recorded and declared.get(key, recorded[key]) == recorded[key]:
                _check_recorded(key, value, recorded[key], doc)
            if key in declared:
                continue
            found[key] = merge_types(found.get(key), infer_type(value))
    schema: dict[str, FieldType] = {key: t or "string" for key, t in found.items()}
    schema.update(declared)
    return schema


def _check_recorded(
    key: str, value: Any, recorded: FieldType, doc: Document | Mapping[str, Any]
) -> None:
    if value is None or _CONVERTERS[recorded](value) is not _FAIL:
        return
    kind = infer_type(value) or "string"  # not None: null values returned above
    wider = merge_types(recorded, kind)
    if wider == recorded:  # a value of the right kind that does not convert, such as 2**64
        wider = "string"
    where = f"document {doc.id!r}" if isinstance(doc, Document) else "a document"
    raise InputError(
        f'field "{key}" is indexed as {recorded}, but {where} has {_shown(value)}, '
        f"{'an' if kind[0] in 'aeiou' else 'a'} {kind}; "
        f"write {key} as {recorded} in every document, or build a new index to store it as {wider}"
    )


def validate_declared(declared: Mapping[str, Any] | None) -> dict[str, FieldType]:
    """Check declared field types; return them as a plain dict.

    Raises:
        ConfigError: a type is not one of :data:`FIELD_TYPES`.

    >>> validate_declared({"publish_date": "date"})
    {'publish_date': 'date'}
    """
    result: dict[str, FieldType] = {}
    for name, type_ in (declared or {}).items():
        if type_ not in FIELD_TYPES:
            raise ConfigError(
                f'unknown type {type_!r} for field "{name}"; use one of {", ".join(FIELD_TYPES)}'
            )
        result[str(name)] = type_
    return result


_FAIL: Any = object()


def _to_string(value: Any) -> Any:
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.date):
        return value.isoformat()
    try:
        if isinstance(value, (list, tuple, dict)):
            # JSON keeps a nested value readable and reversible.
            return json.dumps(value, ensure_ascii=False, default=str)
        return str(value)
    except (ValueError, RecursionError):  # an int past 4,300 digits, a list nested too deep
        return _FAIL


#: a declared number written for people: a currency sign or code, comma thousands separators
_WRITTEN_NUMBER = re.compile(r"(?:(?:[$€£¥]|(?:US|A|C|NZ|HK|S)\$|USD|EUR|GBP|JPY|CHF|CAD|AUD|INR|CNY)\s?)?"
                             r"(?P<n>[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?|[+-]?\d+(?:\.\d+)?)"
                             r"(?:\s?(?:USD|EUR|GBP|JPY|CHF|CAD|AUD|INR|CNY|[$€£¥]))?")


def _plain(s: str) -> str:
    """``"$1,299.00"`` -> ``"1299.00"``, ``"1,299 EUR"`` -> ``"1299"``: what a number field declared
    by the user accepts beyond plain digits (never "1.299,00", whose separators are ambiguous).

    >>> _plain("$1,299.00"), _plain("1,299 EUR"), _plain("1.299,00"), _plain("12,34")
    ('1299.00', '1299', '1.299,00', '12,34')
    """
    m = _WRITTEN_NUMBER.fullmatch(s)
    return m.group("n").replace(",", "") if m else s


def _to_integer(value: Any) -> Any:
    if isinstance(value, bool):
        return _FAIL
    if isinstance(value, int):
        return _int64(value)
    if isinstance(value, float):
        return _int64(int(value)) if value.is_integer() else _FAIL
    if isinstance(value, str):
        s = _plain(value.strip())
        if re.fullmatch(r"[+-]?\d+", s):
            # int() refuses more than 4,300 digits; 64 bits hold at most 19
            return _int64(int(s)) if len(s.lstrip("+-0")) <= 19 else _FAIL
        if _FLOAT_RE.fullmatch(s) and float(s).is_integer():
            return _int64(int(float(s)))
    return _FAIL


def _int64(value: int) -> Any:
    return value if _INT64_MIN <= value <= _INT64_MAX else _FAIL


def _to_number(value: Any) -> Any:
    if isinstance(value, bool):
        return _FAIL
    if isinstance(value, (int, float)):
        try:
            f = float(value)
        except OverflowError:  # an int past 1.8e308
            return _FAIL
        return f if math.isfinite(f) else _FAIL
    if isinstance(value, str):
        s = _plain(value.strip())
        if re.fullmatch(r"[+-]?\d+", s) or _FLOAT_RE.fullmatch(s):
            f = float(s)
            return f if math.isfinite(f) else _FAIL
    return _FAIL


def _to_bool(value: Any) -> Any:
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    if isinstance(value, str):
        s = value.strip().lower()
        if s in _TRUE:
            return True
        if s in _FALSE:
            return False
    return _FAIL


def _to_date(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        parsed = parse_date(value)
        return _FAIL if parsed is None else parsed
    return _FAIL


def _to_list(value: Any) -> Any:
    if isinstance(value, (list, tuple)):
        return [_to_string(v) for v in value if v is not None]
    if isinstance(value, str):
        s = value.strip()
        if s.startswith("["):
            try:
                items = json.loads(s)
            except (ValueError, RecursionError):  # not JSON, or past json's limits
                items = None
            if isinstance(items, list):
                return [_to_string(v) for v in items if v is not None]
        return [part.strip() for part in s.split(",") if part.strip()]
    if isinstance(value, dict):
        return _FAIL
    return [_to_string(value)]


_CONVERTERS = {
    "string": _to_string,
    "integer": _to_integer,
    "number": _to_number,
    "bool": _to_bool,
    "date": _to_date,
    "list": _to_list,
}
