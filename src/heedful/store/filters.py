"""Metadata filters: ``FIELD OP VALUE`` conditions pushed down into the store.

The text form is a small grammar, read by a scanner rather than by string surgery::

    filter := field op value
    field  := bare | quoted        bare: no spaces, quotes or operator characters (= ! < > ~)
    op     := = | != | < | <= | > | >= | in | not in | contains    (words in any case)
    value  := bare | quoted        the rest of the text, for every operator but in / not in
    list   := item (, item)*       for in / not in, optionally in [...] or (...)
    quoted := '...' or "..."       the quote itself is doubled inside: 'O''Brien'

Values stay text here; the store reads them as the field's type (see :mod:`heedful.store.sql`).
``str(f)`` writes a filter back in this syntax, so ``parse_filter(str(f)) == f`` for text values
(other values come back as their text, which the store reads the same way).

>>> parse_filter("source = cnn.com")
Filter(field='source', op='=', value='cnn.com')
>>> parse_filter("publish_date >= 2023-01-01")
Filter(field='publish_date', op='>=', value='2023-01-01')
>>> f = Filter("author name", "in", ["O'Brien", "Smith, J."])
>>> print(f)
'author name' in "O'Brien", 'Smith, J.'
>>> parse_filter(str(f)) == f
True
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from heedful.errors import FilterError

__all__ = ["LIST_OPS", "OPS", "Filter", "as_filter", "format_filter", "parse_filter"]

Op = Literal["=", "!=", "<", "<=", ">", ">=", "in", "not in", "contains"]
OPS: tuple[str, ...] = ("=", "!=", "<", "<=", ">", ">=", "in", "not in", "contains")
#: the operators whose value is a list
LIST_OPS: tuple[str, ...] = ("in", "not in")

_EXAMPLE = "write FIELD OP VALUE, e.g. \"source = cnn.com\" or \"publish_date >= 2023-01-01\""
_OPERATORS = f"(operators: {', '.join(OPS)})"
_QUOTES = "'\""
_OP_CHARS = "=!<>~"
_SPACE = re.compile(r"\s*")
_BARE_FIELD = re.compile(rf"[^\s{_QUOTES}{_OP_CHARS}]+")
_WORD = re.compile(r"\w+")
_SYMBOLS = re.compile(rf"[{_OP_CHARS}]+")
# what a value may look like to be written without quotes (anything else is quoted)
_BARE_VALUE = re.compile(r"[\w.:/@+-]+")
# operators from other languages, and what to write instead
_TYPOS = {
    "==": "=", "===": "=", "is": "=", "eq": "=",
    "<>": "!=", "=!": "!=", "!": "!=", "!==": "!=", "~=": "!=", "ne": "!=",
    "=>": ">=", "=<": "<=", "<<": "<", ">>": ">", "lt": "<", "le": "<=", "gt": ">", "ge": ">=",
    "like": "contains", "has": "contains", "includes": "contains", "~": "contains",
    "notin": "not in", "not_in": "not in", "nin": "not in", "!in": "not in",
}


@dataclass(frozen=True)
class Filter:
    """A hard condition on one metadata field. ``value`` is a scalar, or a list for in/not in.

    >>> str(Filter("words", ">", 60))
    'words > 60'
    """

    field: str
    op: Op
    value: Any

    def __str__(self) -> str:
        return format_filter(self)

    def to_dict(self) -> dict[str, Any]:
        return {"field": self.field, "op": self.op, "value": self.value}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Filter:
        try:
            field, op, value = data["field"], data["op"], data["value"]
        except KeyError as exc:
            raise FilterError(f"a filter needs field, op and value; got {data!r}") from exc
        if op not in OPS:
            fix = _TYPOS.get(str(op).strip().lower())
            hint = f"use {fix!r}" if fix else f"use one of {', '.join(OPS)}"
            raise FilterError(f"unknown filter operator {op!r}; {hint}")
        if not isinstance(field, str) or not field:
            raise FilterError(f"filter field {field!r} must be a non-empty string, e.g. \"source\"")
        return cls(field, op, value)


def parse_filter(text: str) -> Filter:
    """Parse ``"FIELD OP VALUE"``; lists for in/not in are comma-separated.

    Raises:
        FilterError: the text does not follow the grammar; the message says where and what to write.

    >>> parse_filter("tags in [volcano, 'lava, fresh']")
    Filter(field='tags', op='in', value=['volcano', 'lava, fresh'])
    >>> parse_filter("source == cnn.com")
    Traceback (most recent call last):
    heedful.errors.FilterError: cannot parse filter 'source == cnn.com': '==' is not an operator; use '='
    """
    return _Scanner(text).filter()


def as_filter(f: Filter | Mapping[str, Any] | str) -> Filter:
    """A filter given as a :class:`Filter`, its dict (:meth:`Filter.to_dict`) or its text (:func:`parse_filter`).

    >>> as_filter({"field": "source", "op": "in", "value": ["cnn.com"]})
    Filter(field='source', op='in', value=['cnn.com'])
    >>> as_filter("words > 60")
    Filter(field='words', op='>', value='60')
    """
    if isinstance(f, Filter):
        return f
    if isinstance(f, str):
        return parse_filter(f)
    return Filter.from_dict(dict(f))


def format_filter(f: Filter) -> str:
    """``f`` in the text syntax :func:`parse_filter` reads, quoting what needs it.

    >>> print(format_filter(Filter("source", "not in", ["cnn.com", "it's news"])))
    source not in cnn.com, "it's news"
    """
    field = f.field if _BARE_FIELD.fullmatch(f.field) else _quote(f.field)
    if f.op in LIST_OPS:
        values = f.value if isinstance(f.value, (list, tuple)) else [f.value]
        value = ", ".join(_format_value(v) for v in values) if values else "[]"
    else:
        value = _format_value(f.value)
    return f"{field} {f.op} {value}"


def show(value: Any, width: int = 80) -> str:
    """``repr(value)`` cut to ``width`` characters, for error messages (safe for huge integers).

    >>> show("x" * 100, 12), show(10 ** 5000)
    ("'xxxxxxxx...", 'an integer of 16610 bits')
    """
    if isinstance(value, int) and value.bit_length() > 128:
        return f"an integer of {value.bit_length()} bits"
    text = repr(value)
    return text if len(text) <= width else text[: width - 3] + "..."


def _format_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    text = repr(value) if isinstance(value, float) else str(value)
    return text if _BARE_VALUE.fullmatch(text) else _quote(text)


def _quote(text: str) -> str:
    q = '"' if "'" in text and '"' not in text else "'"
    return q + text.replace(q, q + q) + q


class _Scanner:
    """One left-to-right pass over a filter's text; every method consumes what it reads."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0

    def fail(self, problem: str, fix: str) -> FilterError:
        return FilterError(f"cannot parse filter {show(self.text)}: {problem}; {fix}")

    def unparsable(self) -> FilterError:
        return FilterError(f"cannot parse filter {show(self.text)}; {_EXAMPLE} {_OPERATORS}")

    def skip_space(self) -> None:
        m = _SPACE.match(self.text, self.pos)
        self.pos = m.end() if m else self.pos

    def at_end(self) -> bool:
        self.skip_space()
        return self.pos == len(self.text)

    def at_quote(self) -> bool:
        return self.text[self.pos:self.pos + 1] in ("'", '"')

    def filter(self) -> Filter:
        field = self.field()
        op = self.op()
        value: Any = self.list() if op in LIST_OPS else self.scalar(op)
        return Filter(field, op, value)  # type: ignore[arg-type]

    def field(self) -> str:
        self.skip_space()
        if self.at_quote():
            name = self.quoted("field name")
            if not name:
                raise self.fail("the field name is empty", "name a metadata field, e.g. \"source = cnn.com\"")
            return name
        m = _BARE_FIELD.match(self.text, self.pos)
        if m is None:
            raise self.unparsable()
        self.pos = m.end()
        return m.group()

    def op(self) -> str:
        if self.at_quote():
            raise self.fail(f"a quote inside the field name {show(self.text[:self.pos + 1].strip())}",
                            "quote the whole name, e.g. \"it's\" or 'say \"hi\"' (double a quote like the outer one)")
        self.skip_space()
        symbols = _SYMBOLS.match(self.text, self.pos)
        if symbols:
            op = symbols.group()
            self.pos = symbols.end()
            if op == "!" and (w := _WORD.match(self.text, self.pos)) and w.group().lower() == "in":
                op, self.pos = "!in", w.end()
            if op in OPS:
                return op
            raise self._bad_op(op)
        word = _WORD.match(self.text, self.pos)
        if word is None:
            raise self.unparsable()
        op = word.group().lower()
        self.pos = word.end()
        if op == "not":
            self.skip_space()
            after = _WORD.match(self.text, self.pos)
            if after is None or after.group().lower() != "in":
                raise self.fail(f"'not' must be followed by 'in' here, not {show(self.text[self.pos:])}",
                                "use 'not in' with a list or '!=' with one value")
            self.pos = after.end()
            return "not in"
        if op in OPS:
            return op
        if op in _TYPOS:
            raise self._bad_op(word.group())
        raise self.unparsable()

    def _bad_op(self, op: str) -> FilterError:
        fix = _TYPOS.get(op.lower())
        return self.fail(f"{op!r} is not an operator", f"use {fix!r}" if fix else f"use one of {', '.join(OPS)}")

    def scalar(self, op: str) -> str:
        if self.at_end():
            raise self.fail(f"no value after {op!r}", _EXAMPLE)
        if self.at_quote():
            value = self.quoted("value")
            if not self.at_end():
                raise self.fail(f"unexpected text {show(self.text[self.pos:])} after the quoted value",
                                "quote the whole value")
            return value
        self.pos, value = len(self.text), self.text[self.pos:].strip()
        return self.checked(value)

    def checked(self, value: str) -> str:
        """A bare value; one that starts like an operator is most likely a typo in the operator."""
        if value[0] in _OP_CHARS:
            raise self.fail(f"the value {show(value)} starts with {value[0]!r}",
                            f"check the operator, or quote the value if it is meant: {_quote(value)}")
        return value

    def list(self) -> list[str]:
        if self.at_end():
            raise self.fail("no values after the operator", "give a comma-separated list, e.g. \"source in cnn.com, bbc.com\"")
        opener = self.text[self.pos]
        closer = {"[": "]", "(": ")"}.get(opener)
        if closer:
            self.pos += 1
        items: list[str] = []
        stops = "," + (closer or "")
        while True:
            self.skip_space()
            if closer and not items and self.text.startswith(closer, self.pos):
                raise self.fail("the list is empty", "give at least one value")
            items.append(self.item(stops))
            self.skip_space()
            if self.text.startswith(",", self.pos):
                self.pos += 1
                continue
            if closer:
                if not self.text.startswith(closer, self.pos):
                    raise self.fail(f"the list opened with {opener!r} is never closed",
                                    f"end it with {closer!r}")
                self.pos += 1
            if not self.at_end():
                raise self.fail(f"unexpected text {show(self.text[self.pos:])} after the list",
                                "separate values with commas and quote values that hold one")
            return items

    def item(self, stops: str) -> str:
        if self.at_quote():
            return self.quoted("value")
        end = self.pos
        while end < len(self.text) and self.text[end] not in stops:
            end += 1
        value = self.text[self.pos:end].strip()
        if not value:
            raise self.fail("an empty item in the list", "separate values with single commas")
        self.pos = end
        return self.checked(value)

    def quoted(self, what: str) -> str:
        """A quoted text starting at ``pos``; the quote is escaped by doubling it."""
        q, start = self.text[self.pos], self.pos
        parts, i = [], self.pos + 1
        while True:
            j = self.text.find(q, i)
            if j < 0:
                raise self.fail(f"the {what} quoted at character {start + 1} is never closed",
                                f"end it with {q} (write {q}{q} for a {q} inside)")
            parts.append(self.text[i:j])
            if self.text.startswith(q, j + 1):
                parts.append(q)
                i = j + 2
                continue
            self.pos = j + 1
            return "".join(parts)
