"""What a question asks for that the model's SQL does not do, written into the SQL by rules.

Each rule reads the question's words and the query, and returns the query rewritten (or as it was)
with a note saying what changed, or None:

- :func:`share_of_total`: a fraction, proportion or share divides by all rows, not by the rows that
  do not meet the condition;
- :func:`asked_format`: dates in the format the question names ("the month as YYYY-MM");
- :func:`asked_rounding`: values rounded as the question asks ("rounded to two decimal places").

A rewritten query goes back to the check (:func:`heedful.relations.guard.checked_select`) in the
dialect it was read in, with what the check repairs kept as it was written (:func:`_written`).
"""

from __future__ import annotations

import functools
import re
from typing import Any, ClassVar

from heedful.relations.guard import DIALECT

__all__ = ["asked_format", "asked_rounding", "share_of_total"]


#: a question asking for a part of a whole (as opposed to "the ratio of X to Y")
_SHARE_WORDS = re.compile(r"\b(?:fraction|proportion|share|percentage|percent|rate)\b", re.IGNORECASE)


def _counted_condition(node: Any) -> Any:
    """The condition ``c`` of ``SUM(CASE WHEN c THEN 1 ELSE 0 END)`` or ``COUNT(CASE WHEN c THEN 1
    END)`` (under casts, NULLIF(..., 0) and parentheses), else None."""
    from sqlglot import exp

    while isinstance(node, (exp.Cast, exp.Paren, exp.Nullif)):
        node = node.this
    if not isinstance(node, (exp.Sum, exp.Count)) or not isinstance(node.this, exp.Case):
        return None
    case = node.this
    ifs, default = case.args.get("ifs") or [], case.args.get("default")
    one = len(ifs) == 1 and ifs[0].args.get("true") == exp.Literal.number(1)
    none = default is None or isinstance(default, exp.Null) or (isinstance(node, exp.Sum)
                                                                and default == exp.Literal.number(0))
    return ifs[0].this if one and none and case.this is None else None


def _complement(a: Any, b: Any) -> bool:
    """Whether condition ``b`` is the negation of ``a`` as written (NOT a, IS NULL / IS NOT NULL, = / <>,
    > / <=, >= / <)."""
    from sqlglot import exp

    if isinstance(b, exp.Not) and b.this == a or isinstance(a, exp.Not) and a.this == b:
        return True
    if isinstance(a, exp.Is) and isinstance(b, exp.Is):
        return bool(a.args.get("negate")) != bool(b.args.get("negate")) and a.this == b.this \
            and a.expression == b.expression
    pairs = {exp.EQ: exp.NEQ, exp.NEQ: exp.EQ, exp.GT: exp.LTE, exp.LTE: exp.GT, exp.GTE: exp.LT, exp.LT: exp.GTE}
    return type(b) is pairs.get(type(a)) and a.this == b.this and a.expression == b.expression


def share_of_total(sql: str, question: str) -> tuple[str, str | None]:
    """For a question asking for a fraction, proportion, share or rate (not "the ratio of X to
    Y"), a query dividing the count of rows meeting a condition by the count of rows *not* meeting
    it divides by the count of all rows (``COUNT(*)``): a part of the whole, as asked. Returns the
    SQL (rewritten or as it was) and a note saying what changed, or None."""
    from sqlglot import exp

    if not _SHARE_WORDS.search(question) or re.search(r"\bratio\b[^?]*\bto\b", question, re.IGNORECASE):
        return sql, None
    tree = _parsed(sql)
    if tree is None:
        return sql, None
    changed = False
    for div in list(tree.find_all(exp.Div)):
        numerator = div.this
        if isinstance(numerator, exp.Mul) and numerator.expression.is_number:  # a percentage: X * 100 / Y
            numerator = numerator.this
        elif isinstance(numerator, exp.Mul) and numerator.this.is_number:  # 100 * X / Y
            numerator = numerator.expression
        part, rest = _counted_condition(numerator), _counted_condition(div.expression)
        if part is None or rest is None or not _complement(part, rest):
            continue
        counted = div.expression
        while isinstance(counted, (exp.Cast, exp.Paren, exp.Nullif)):
            counted = counted.this
        counted.replace(exp.Count(this=exp.Star()))
        changed = True
    if not changed:
        return sql, None
    rewritten = _written(tree)
    return rewritten, ("the question asks for a part of the whole: divided by the count of all rows, not by the "
                       "rows that do not meet the condition")


@functools.cache
def _kept_dialect() -> Any:
    """PostgreSQL, except that ``DATEDIFF(a, b, c)`` is written back as it was read: PostgreSQL has
    no DATEDIFF, and sqlglot's reading of a unit-first one (``DATEDIFF(day, start, end)``, which
    the check repairs) written back as PostgreSQL is an ``AGE`` of the unit as a time."""
    from sqlglot import exp
    from sqlglot.dialects.postgres import Postgres

    class Kept(Postgres):
        class Generator(Postgres.Generator):  # type: ignore[valid-type,misc]
            TRANSFORMS: ClassVar[dict[Any, Any]] = {  # type: ignore[misc]
                **Postgres.Generator.TRANSFORMS,  # type: ignore[attr-defined]
                exp.DateDiff: lambda self, e: self.func("DATEDIFF", e.this, e.expression, e.args.get("unit"))}

    return Kept


def _written(tree: Any) -> str:
    """A query a rule rewrote, as SQL for the check to read (in :data:`DIALECT`, what it read)."""
    return str(tree.sql(dialect=_kept_dialect()))


def _parsed(sql: str) -> Any:
    """``sql`` parsed in :data:`DIALECT`, or None when it does not parse."""
    import sqlglot

    try:
        return sqlglot.parse_one(sql, read=DIALECT)
    except sqlglot.errors.SqlglotError:
        return None


def _top_select(sql: str) -> Any:
    """``sql`` parsed, when it parses and is a plain SELECT (whose select list a rule may rewrite),
    else None."""
    from sqlglot import exp

    tree = _parsed(sql)
    return tree if isinstance(tree, exp.Select) else None


#: date formats a question may name for what it asks ("the month as YYYY-MM"): the name, the
#: strftime pattern, and the DATE_TRUNC unit whose values it writes
_FORMATS = (("YYYY-MM-DD", "%Y-%m-%d", "DAY"), ("YYYY-MM", "%Y-%m", "MONTH"))


def asked_format(sql: str, question: str) -> tuple[str, str | None]:
    """For a question that names the format of a date it asks for ("the month as YYYY-MM"), a
    column the query selects as ``DATE_TRUNC`` to that unit is written in that format (``TO_CHAR``):
    ``2024-03``, as asked, not the time ``2024-03-01 00:00:00``. Returns the SQL (rewritten or as it
    was) and a note saying what changed, or None."""
    from sqlglot import exp

    asked = [(name, fmt, unit) for name, fmt, unit in _FORMATS
             if re.search(rf"\b{name}\b(?!-)", question, re.IGNORECASE)]
    if not asked:
        return sql, None
    name, fmt, unit = asked[0]
    tree = _top_select(sql)
    if tree is None:
        return sql, None
    changed = []
    for projection in tree.selects:
        trunc = projection.unalias()
        if isinstance(trunc, (exp.TimestampTrunc, exp.DateTrunc)) and trunc.text("unit").upper() == unit:
            before = _written(trunc)
            trunc.replace(exp.TimeToStr(this=trunc.copy(), format=exp.Literal.string(fmt)))
            changed.append(before)
    if not changed:
        return sql, None
    return _written(tree), f"the question asks for dates as {name}: {', '.join(changed)} written in that form"


_PLACES = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4}
#: a question asking for values rounded: "rounded to two decimal places", "round to 1 decimal"
_ROUNDING = re.compile(r"\bround(?:ed|ing)?\b[^.?;]{0,40}?\bto\s+"
                       r"(?:(\d|zero|one|two|three|four)\s+decimals?\b|(?:the\s+)?nearest\s+(?:whole|integer))",
                       re.IGNORECASE)


def asked_rounding(sql: str, question: str) -> tuple[str, str | None]:
    """For a question that asks for values rounded to N decimal places (or to the nearest whole
    number), each value the query selects as a quotient or an average that it does not round itself
    is rounded so (``ROUND(x, N)``): ``24.91``, as asked, not ``24.9142857``. Returns the SQL
    (rewritten or as it was) and a note saying what changed, or None."""
    from sqlglot import exp

    found = _ROUNDING.search(question)
    if found is None:
        return sql, None
    places = 0 if found.group(1) is None else int(_PLACES.get(found.group(1).lower(), found.group(1)))
    tree = _top_select(sql)
    if tree is None:
        return sql, None
    changed = []
    for projection in tree.selects:
        value = projection.unalias()
        if isinstance(value, exp.Round) or value.find(exp.Round) is not None \
                or (value.find(exp.Div) is None and value.find(exp.Avg) is None):
            continue
        changed.append(_written(value))
        # written as the model would write it: PostgreSQL's writer would cast the value to DECIMAL
        value.replace(exp.Anonymous(this="ROUND", expressions=[value.copy(), exp.Literal.number(places)]))
    if not changed:
        return sql, None
    to = "a whole number" if places == 0 else f"{places} decimal place{'s' if places > 1 else ''}"
    return _written(tree), f"the question asks for values rounded to {to}: {', '.join(changed)} rounded so"
