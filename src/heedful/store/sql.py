"""Filters as SQL, written by construction: names quoted, values typed, strings escaped.

LanceDB reads a ``where`` condition with DataFusion's SQL parser, in a dialect where a backtick
delimits a column name and a single quote a string; a quote inside a string is doubled and a
backslash is an ordinary character. Every column name is quoted, every value is read whole as its
field's type and written as a literal of that type, so no name or value can change the shape of
the condition (lancedb 0.40).

Some names cannot be columns at all: lance reads a ``.`` as a nested field and refuses it, and one
column named with a backtick makes every filter on its table fail. :func:`check_field_name` turns
those away before they reach the table.

``dialect="postgres"`` writes the same conditions for PostgreSQL (:mod:`heedful.store.postgres`):
names in double quotes, the array operators ``@>`` and ``&&`` for list fields, ``DOUBLE PRECISION``. Its strings are
read the same way (``standard_conforming_strings``, on since PostgreSQL 9.1: a backslash is itself).

>>> render_filters([Filter("source", "=", "cnn.com"), Filter("words", ">", "60")],
...                {"source": "string", "words": "integer"})
"`source` = 'cnn.com' AND `words` > 60"
>>> render_filters([Filter("it's", "contains", "50%_off")], {"it's": "string"})
"strpos(lower(`it's`), '50%_off') > 0"
"""

from __future__ import annotations

import datetime as dt
import math
import numbers
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Literal

from heedful.errors import FilterError, InputError
from heedful.store.filters import LIST_OPS, OPS, Filter, show
from heedful.text.dates import parse_date

__all__ = ["Dialect", "check_field_name", "quote_identifier", "render_filters", "sql_list", "sql_string"]

#: the SQL a condition is written for: LanceDB's (DataFusion) or PostgreSQL's
Dialect = Literal["lance", "postgres"]

#: the largest magnitude an integer literal may have (the column is int64; -2**63 has no literal)
INT_LIMIT = 2**63 - 1
_INT_RE = re.compile(r"[+-]?\d+", re.ASCII)
_NUMBER_RE = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?", re.ASCII)
_HINTS = {
    "integer": "write a whole number like 42",
    "number": "write a finite number like 3.5",
    "bool": "write true or false",
    "date": "write an ISO date like 2023-01-31",
    "string": "write text",
}
# characters a column name cannot hold, and why
_NAME_RULES = (
    (".", "lance reads a '.' as a nested field"),
    ("`", "a backtick in one column name breaks every filter on the table"),
    ("\x00", "lance cuts the name at a NUL character"),
)


def check_field_name(name: str) -> None:
    """Check that a metadata field can become a column that filters can name.

    Raises:
        InputError: the name is empty, not UTF-8 text, or holds ``.``, a backtick or NUL.

    >>> check_field_name("publish date")
    >>> check_field_name("meta.source")
    Traceback (most recent call last):
    heedful.errors.InputError: metadata field 'meta.source' cannot be stored: lance reads a '.' as a nested field; rename it, e.g. 'meta_source'
    """
    problem = _name_problem(name)
    if problem:
        fixed = re.sub(r"[.`\x00]", "_", _encodable(name)) or "field"
        raise InputError(f"metadata field {show(name)} cannot be stored: {problem}; rename it, e.g. {show(fixed)}")


def _name_problem(name: str) -> str | None:
    if not name:
        return "the name is empty"
    if _encodable(name) != name:
        return "the name is not valid UTF-8 text"
    return next((why for ch, why in _NAME_RULES if ch in name), None)


def _encodable(text: str) -> str:
    """``text`` without what UTF-8 cannot encode (lone surrogates)."""
    return text.encode("utf-8", "ignore").decode("utf-8")


def quote_identifier(name: str, dialect: Dialect = "lance") -> str:
    """A column name as a quoted SQL identifier.

    >>> print(quote_identifier("say 'when'"), quote_identifier('a "b" c', "postgres"))
    `say 'when'` "a ""b"" c"
    """
    problem = _name_problem(name)
    if problem:
        raise FilterError(f"filter field {show(name)} cannot name a column: {problem}")
    if dialect == "postgres":
        return '"' + name.replace('"', '""') + '"'
    return f"`{name}`"


def sql_string(text: str) -> str:
    """A string literal: single quotes, a quote inside doubled.

    >>> sql_string("O'Brien \\\\ co")
    "'O''Brien \\\\ co'"
    """
    return "'" + text.replace("'", "''") + "'"


def sql_list(values: Iterable[Any]) -> str:
    """String literals separated by commas, for ``IN (...)``."""
    return ", ".join(sql_string(str(v)) for v in values)


def render_filters(filters: Sequence[Filter], fields: Mapping[str, str], dialect: Dialect = "lance") -> str:
    """Render filters as one SQL condition over the store's typed columns.

    Raises:
        FilterError: an unknown field, an operator the field's type lacks, or a value that is not
            of the field's type; the message names the field, the value and what to write.

    >>> render_filters([Filter("tags", "in", ["lava", "ash"]), Filter("day", "<", "2024-01-31T10:00Z")],
    ...                {"tags": "list", "day": "date"})
    "(array_has(`tags`, 'lava') OR array_has(`tags`, 'ash')) AND `day` < date '2024-01-31'"
    >>> print(render_filters([Filter("tags", "in", ["lava"]), Filter("n", "<", 2.5)],
    ...                      {"tags": "list", "n": "integer"}, "postgres"))
    "tags" && ARRAY['lava']::text[] AND CAST("n" AS DOUBLE PRECISION) < 2.5
    """
    return " AND ".join(_render(f, fields, dialect) for f in filters)


def _render(f: Filter, fields: Mapping[str, str], dialect: Dialect) -> str:
    kind = fields.get(f.field)
    if kind is None:
        known = ", ".join(sorted(fields)) or "none"
        raise FilterError(f"unknown filter field {f.field!r}; this index has metadata fields: {known}")
    if f.op not in OPS:
        raise FilterError(f"unknown filter operator {f.op!r}; use one of {', '.join(OPS)}")
    col = quote_identifier(f.field, dialect)
    many = f.op in LIST_OPS
    if many:
        values = list(f.value) if isinstance(f.value, (list, tuple)) else [f.value]
        if not values:
            raise FilterError(f"filter {str(f)!r} has an empty list; give at least one value")
    elif isinstance(f.value, (list, tuple)):
        raise FilterError(f"filter value {show(f.value)} for field {f.field!r} is a list; use 'in' or 'not in'")
    else:
        values = [f.value]
    if kind == "list":
        if f.op != "contains" and not many:
            raise FilterError(f"field {f.field!r} is a list; use 'contains' or 'in'")
        if dialect == "postgres":  # array operators a GIN index serves
            items = "ARRAY[" + ", ".join(sql_string(_text(v, f.field)) for v in values) + "]::text[]"
            if f.op == "contains":
                return f"{col} @> {items}"
            if f.op == "not in":
                return f"({col} IS NULL OR NOT ({col} && {items}))"
            return f"{col} && {items}"
        has = [f"array_has({col}, {sql_string(_text(v, f.field))})" for v in values]
        if f.op == "contains":
            return has[0]
        if f.op == "not in":  # a document without the field is not in any list
            return f"({col} IS NULL OR NOT ({' OR '.join(has)}))"
        return f"({' OR '.join(has)})"
    if f.op == "contains":
        if kind != "string":
            raise FilterError(f"'contains' needs a string or list field; {f.field!r} is {kind}")
        # a substring test with no pattern characters: '%', '_' and '\' mean themselves
        return f"strpos(lower({col}), {sql_string(_text(f.value, f.field).lower())}) > 0"
    bare = col
    col, literals = _literals(col, values, kind, f.field, dialect)
    if f.op in ("!=", "not in"):
        # as in a search engine's must_not: a document without the field is kept (SQL's NULL <> x is
        # unknown, which would drop it)
        cond = f"{col} NOT IN ({', '.join(literals)})" if many else f"{col} <> {literals[0]}"
        return f"({bare} IS NULL OR {cond})"
    if many:
        return f"{col} {f.op.upper()} ({', '.join(literals)})"
    return f"{col} {f.op} {literals[0]}"


def _literals(col: str, values: list[Any], kind: str, field: str, dialect: Dialect) -> tuple[str, list[str]]:
    """The column expression and the values as literals of the field's type."""
    if kind == "integer":
        nums = [_integer(v, field) for v in values]
        if any(isinstance(n, float) for n in nums):  # 2.5 against whole numbers: compare as numbers
            double = "DOUBLE PRECISION" if dialect == "postgres" else "DOUBLE"
            return f"CAST({col} AS {double})", [repr(float(n)) for n in nums]
        return col, [str(n) for n in nums]
    if kind == "number":
        return col, [repr(_number(v, field)) for v in values]
    if kind == "date":
        return col, [f"date '{_date(v, field).isoformat()}'" for v in values]
    if kind == "bool":
        return col, [_bool(v, field) for v in values]
    return col, [sql_string(_text(v, field)) for v in values]


def _invalid(value: Any, field: str, kind: str) -> FilterError:
    return FilterError(f"filter value {show(value)} for field {field!r} is not a valid {kind}; {_HINTS[kind]}")


def _integer(value: Any, field: str) -> int | float:
    """A whole number within int64, or a finite fraction (which the column is compared with as a number)."""
    if isinstance(value, bool):
        raise _invalid(value, field, "integer")
    if isinstance(value, numbers.Integral):
        n = int(value)
    elif isinstance(value, str) and _INT_RE.fullmatch(text := value.strip()):
        digits = text.lstrip("+-").lstrip("0")
        n = int(text) if len(digits) <= 19 else INT_LIMIT + 1  # int() of 4,300+ digits raises
    else:
        x = _number(value, field, kind="integer")
        if not x.is_integer():
            return x
        n = int(x)
    if abs(n) > INT_LIMIT:
        raise FilterError(f"filter value {show(value)} for field {field!r} is outside the 64-bit integer range; "
                          f"use a value between -{INT_LIMIT} and {INT_LIMIT}")
    return n


def _number(value: Any, field: str, *, kind: str = "number") -> float:
    if isinstance(value, bool):
        raise _invalid(value, field, kind)
    if isinstance(value, numbers.Real):
        x = float(value) if not isinstance(value, int) or value.bit_length() < 1024 else math.inf
    elif isinstance(value, str) and _NUMBER_RE.fullmatch(text := value.strip()):
        x = float(text)  # not float(value): str.strip() and float() differ on what is a space
    else:
        raise _invalid(value, field, kind)
    if not math.isfinite(x):
        raise _invalid(value, field, kind)
    return x


def _date(value: Any, field: str) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    day = parse_date(value) if isinstance(value, str) else None
    if day is None:
        raise _invalid(value, field, "date")
    return day


def _bool(value: Any, field: str) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str) and value.strip().lower() in ("true", "false"):
        return value.strip().lower()
    raise _invalid(value, field, "bool")


def _text(value: Any, field: str) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, numbers.Integral) and int(value).bit_length() < 14000:  # str() stops at 4,300 digits
        return str(int(value))
    if not isinstance(value, str):
        raise _invalid(value, field, "string")
    if _encodable(value) != value:
        raise FilterError(f"filter value {show(value)} for field {field!r} is not valid UTF-8 text; "
                          "remove the unpaired surrogate characters")
    return value
