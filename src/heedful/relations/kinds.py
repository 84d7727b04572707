"""Columns that hold time or numbers without the type for it, read as such where a query uses them so.

Tables keep time in many forms besides DATE and TIMESTAMP: Unix seconds in an integer column, a
year as a number, ISO dates as text; and numbers as text (SQLite and CSV files often do). A query
that truncates, extracts, formats or compares such a column as a time, or sums one as a number,
fails in the engine with a type error a small model cannot act on (``date_trunc(STRING_LITERAL,
BIGINT)``, ``sum(VARCHAR)``). What each column holds is read from its values (:func:`value_kind`,
by the catalog), and :func:`repair_kinds` rewrites the uses the values allow, each reported:

- Unix seconds (or milliseconds) become a timestamp: ``TO_TIMESTAMP(col)``;
- a year number stays a number: ``DATE_TRUNC('year', col)`` and ``EXTRACT(YEAR FROM col)`` are
  ``col``, and a comparison with a time compares with that time's year;
- ISO dates held as text are cast: ``TRY_CAST(col AS TIMESTAMP)``;
- a time of day held as text (``'06:30'``) used with a time is that time on its row's date (the
  one ISO date column of its table): ``TRY_CAST(run_date || ' ' || col AS TIMESTAMP)``, and the
  time between two such times used as a number is seconds (``EPOCH(...)``); with no date beside
  it, a function of it reads it as a ``TIME``;
- numbers held as text are cast where summed, averaged or computed with: ``TRY_CAST(col AS
  BIGINT)`` (``DOUBLE`` when some have a fraction).

A use the values do not allow (a month of a year number, a date function over names of days) is
refused in words that say what the column holds.

>>> kinds = {"trip": {"left_at": ValueKind("epoch", "1704067200")}}
>>> from heedful.relations.guard import checked_select
>>> checked_select("SELECT DATE_TRUNC('month', left_at) AS m, COUNT(*) FROM trip GROUP BY m",
...                {"trip": {"left_at": "BIGINT"}}, kinds=kinds)[0]
"SELECT DATE_TRUNC('MONTH', TO_TIMESTAMP(left_at)) AS m, COUNT(*) FROM trip GROUP BY m"
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from heedful.errors import SQLError

__all__ = ["INTEGER_TYPES", "TEXT_TYPES", "TIME_KINDS", "ColumnKinds", "ValueKind", "compares_kinds", "number_use", "numeric_cast",
           "repair_kinds", "time_use", "value_kind"]

#: integers in these ranges read as Unix time: seconds from 1973 to 2286, milliseconds likewise
EPOCH_SECONDS = (100_000_000, 9_999_999_999)
EPOCH_MILLIS = (100_000_000_000, 9_999_999_999_999)
#: integers in this range, in a column named for years, read as years
YEARS = (1000, 2999)
_YEAR_NAME = re.compile(r"(?:^|_)(?:year|yr)s?(?:$|_)", re.IGNORECASE)
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$")
_CLOCK = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?$")
_INTEGER_TEXT = re.compile(r"^[-+]?\d+$")
_NUMBER_TEXT = re.compile(r"^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$")
INTEGER_TYPES = ("TINYINT", "SMALLINT", "INTEGER", "BIGINT", "HUGEINT", "UTINYINT", "USMALLINT", "UINTEGER", "UBIGINT")
TEXT_TYPES = ("VARCHAR", "TEXT", "STRING")
#: what a column without a time type holds when it holds time
TIME_KINDS = ("epoch", "epoch_ms", "iso")
#: what each of them holds, in a note's words
_HOLDS = {"epoch": "Unix seconds", "epoch_ms": "Unix milliseconds", "iso": "ISO dates as text"}
#: text columns that hold names of weekdays or months, written as the engine writes them
#: (``DAYNAME``, ``MONTHNAME``): a time compared with one is compared by that name, and one is
#: ordered in this order (the week from Monday, as ISO 8601)
_NAMES = {"weekday": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
          "month_name": ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                         "October", "November", "December")}
#: what those names name, in a note's words, and the engine's function that gives such a name of a time
_NAMED_BY = {"weekday": ("days", "Dayname"), "month_name": ("months", "Monthname")}


def _namer(kind: str) -> Any:
    """The function giving a time's name of this kind (``DAYNAME`` for ``weekday``)."""
    from sqlglot import exp

    return getattr(exp, _NAMED_BY[kind][1])


#: the dialect notes and errors show SQL in: the table engine's, the SQL that runs
_SHOWN = "duckdb"


@dataclass(frozen=True)
class ValueKind:
    """What a column's values hold: ``epoch`` (Unix seconds), ``epoch_ms``, ``year``, ``iso`` (ISO
    dates as text), ``integer_text`` or ``number_text`` (numbers as text, whole or not),
    ``weekday`` or ``month_name`` (names of days or months, ``'Monday'``, ``'March'``), ``clock``
    (times of day as text, ``'06:30'``), ``text`` (other text) or ``number`` (other integers);
    ``example`` shows them."""

    kind: str
    example: str


#: table -> column -> what it holds (only integer and text columns; time-typed ones need nothing)
ColumnKinds = Mapping[str, Mapping[str, ValueKind]]


def value_kind(column: str, type_: str, values: Sequence[Any]) -> ValueKind | None:
    """What an integer or text column holds, from its non-null values (for an integer column its
    least and greatest suffice); None for any other type or no values.

    >>> value_kind("departed", "BIGINT", [1704067200, 1706745600])
    ValueKind(kind='epoch', example='1704067200 to 1706745600')
    >>> value_kind("year", "INTEGER", [1998, 2021]).kind, value_kind("stock", "INTEGER", [1998, 2021]).kind
    ('year', 'number')
    >>> value_kind("day", "VARCHAR", ["Monday", "Friday"])
    ValueKind(kind='weekday', example="'Monday', 'Friday'")
    >>> value_kind("day", "VARCHAR", ["Mon", "Fri"])
    ValueKind(kind='text', example="'Mon', 'Fri'")
    """
    type_ = type_.upper()
    present = [v for v in values if v is not None]
    if not present:
        return None
    if type_ in INTEGER_TYPES:
        low, high = min(present), max(present)
        example = f"{low} to {high}" if low != high else str(low)
        if EPOCH_SECONDS[0] <= low and high <= EPOCH_SECONDS[1]:
            return ValueKind("epoch", example)
        if EPOCH_MILLIS[0] <= low and high <= EPOCH_MILLIS[1]:
            return ValueKind("epoch_ms", example)
        if YEARS[0] <= low and high <= YEARS[1] and _YEAR_NAME.search(column):
            return ValueKind("year", example)
        return ValueKind("number", example)
    if type_ in TEXT_TYPES:
        shown = ", ".join(repr(str(v)) for v in present[:3])
        if all(isinstance(v, str) and _ISO_DATE.match(v.strip()) for v in present):
            return ValueKind("iso", shown)
        if all(isinstance(v, str) and _CLOCK.match(v.strip()) for v in present):
            return ValueKind("clock", shown)
        if all(isinstance(v, str) and _INTEGER_TEXT.match(v.strip()) for v in present):
            return ValueKind("integer_text", shown)
        if all(isinstance(v, str) and _NUMBER_TEXT.match(v.strip()) for v in present):
            return ValueKind("number_text", shown)
        for kind, names in _NAMES.items():
            if all(v in names for v in present):
                return ValueKind(kind, shown)
        return ValueKind("text", shown)
    return None


def _time_classes() -> tuple[type, ...]:
    from sqlglot import exp

    return (exp.CurrentTimestamp, exp.CurrentDate, exp.CurrentTime, exp.Interval, exp.TimestampTrunc,
            exp.DateTrunc, exp.UnixToTime, exp.StrToTime, exp.StrToDate, exp.Date, exp.DateAdd, exp.DateSub)


def _is_time(node: Any) -> bool:
    """Whether an expression gives a time (a time function, an interval, a cast to a time type, or
    sums and differences of them), as opposed to the number or text a column without a time type
    holds, or that a function of a time gives (``EXTRACT(YEAR FROM ...)``, ``TO_CHAR(...)``)."""
    from sqlglot import exp

    if isinstance(node, exp.Paren):
        return _is_time(node.this)
    if isinstance(node, exp.Subquery) and isinstance(node.this, exp.Select) and len(node.this.selects) == 1:
        return _is_time(node.this.selects[0].unalias())  # a scalar subquery gives what it selects
    if isinstance(node, (exp.Add, exp.Sub)):
        return _is_time(node.this) or _is_time(node.expression)
    if isinstance(node, (exp.Max, exp.Min, exp.Coalesce)):  # the greatest, least or first of times
        return _is_time(node.this)
    return isinstance(node, _time_classes()) or \
        (isinstance(node, exp.Cast) and node.to.is_type(*exp.DataType.TEMPORAL_TYPES))


def _as_time(col: Any, kind: str) -> Any:
    from sqlglot import exp

    if kind == "epoch_ms":
        return exp.UnixToTime(this=col.copy(), scale=exp.UnixToTime.MILLIS)
    if kind == "epoch":
        return exp.UnixToTime(this=col.copy())
    return exp.TryCast(this=col.copy(), to=exp.DataType.build("TIMESTAMP"))


def repair_kinds(columns: Iterable[Any], resolve: Callable[[Any], tuple[str, str] | None],
                 kinds: ColumnKinds) -> list[str]:
    """Rewrite each use of a column of ``columns`` as a time or a number that its values allow
    (module doc); ``resolve`` gives a column's (table, column) as the schema spells them, or None.
    Returns what changed.

    Raises:
        SQLError: a column used as a time holds something no time can be read from.
    """
    from sqlglot import exp

    lowered = {t.lower(): {c.lower(): k for c, k in cols.items()} for t, cols in kinds.items()}
    notes: list[str] = []
    done: set[int] = set()  # columns already rewritten beside another
    for col in list(columns):
        resolved = resolve(col) if id(col) not in done else None
        if resolved is None:
            continue
        table, name = resolved
        held = lowered.get(table.lower(), {}).get(name.lower())
        parent = col.parent
        if held is None or parent is None:
            continue
        shown = col.sql(dialect=_SHOWN)
        if held.kind in ("integer_text", "number_text"):
            if number_use(col, parent):
                to = "BIGINT" if held.kind == "integer_text" else "DOUBLE"
                col.replace(exp.TryCast(this=col.copy(), to=exp.DataType.build(to)))
                notes.append(f"{shown} holds numbers as text ({held.example}); read as numbers: "
                             f"{parent.sql(dialect=_SHOWN)}")
            continue
        years = _years_between(col, parent, held, resolve, lowered)
        if years is not None:
            notes.append(years[0])
            done.add(years[1])
            continue
        if held.kind == "iso":
            # an ISO date as text, bare or cast to a number (which the engine cannot do), subtracted
            # from another or from a Unix time: as dates, their difference is a number of days
            node = parent if numeric_cast(parent) else col
            outer = node.parent
            other: Any = (outer.expression if outer.this is node else outer.this) if isinstance(outer, exp.Sub) \
                else None
            other_col: Any = other.this if numeric_cast(other) else other
            held_other = _kind_of(other_col, resolve, lowered)
            if outer is not None and held_other is not None and held_other.kind in TIME_KINDS:
                before = outer.sql(dialect=_SHOWN)
                node.replace(exp.TryCast(this=col.copy(), to=exp.DataType.build("DATE")))
                other.replace(exp.TryCast(this=other_col.copy(), to=exp.DataType.build("DATE")) if held_other.kind == "iso"
                              else exp.Cast(this=_as_time(other_col, held_other.kind), to=exp.DataType.build("DATE")))
                done.add(id(other_col))
                what = "ISO dates held as text" if held_other.kind == "iso" else \
                    "an ISO date held as text and a Unix time"
                notes.append(f"{before}: {what}, subtracted as dates (days): {outer.sql(dialect=_SHOWN)}")
                continue
            if node is parent:
                raise SQLError(f"{shown} holds ISO dates as text ({held.example}), not numbers: no number can be "
                               f"read from it ({parent.sql(dialect=_SHOWN)}); for its year, EXTRACT(YEAR FROM "
                               f"CAST({shown} AS DATE)); for days between two dates, subtract them cast AS DATE")
        if held.kind in _NAMES and isinstance(parent, exp.Ordered):
            names = _NAMES[held.kind]
            col.replace(exp.Anonymous(this="LIST_POSITION", expressions=[
                exp.Array(expressions=[exp.Literal.string(n) for n in names]), col.copy()]))
            notes.append(f"{shown} holds names of {_NAMED_BY[held.kind][0]} ({held.example}); "
                         f"ordered as the calendar orders them ({names[0]} first), not alphabetically")
            continue
        if held.kind in TIME_KINDS and isinstance(parent, (exp.EQ, exp.NEQ)):
            other = parent.expression if parent.this is col else parent.this
            named = _named(other, resolve, lowered)
            if named is not None:
                what = _HOLDS[held.kind]
                col.replace(_namer(named)(this=_as_time(col, held.kind)))
                done.add(id(other))  # the names, compared with names now
                notes.append(f"{shown} holds {what} ({held.example}), compared with names of "
                             f"{_NAMED_BY[named][0]}: {parent.sql(dialect=_SHOWN)}")
                continue
        if held.kind in _NAMES and isinstance(parent, (exp.EQ, exp.NEQ)):
            other = parent.expression if parent.this is col else parent.this
            if _is_time(other) and other.find(exp.Column):  # a row's time, compared with a name: by its name
                other.replace(_namer(held.kind)(this=other.copy()))
                notes.append(f"{shown} holds names of {_NAMED_BY[held.kind][0]} "
                             f"({held.example}), compared with a time by its name: {parent.sql(dialect=_SHOWN)}")
                continue
        if held.kind == "clock":
            note = _clock_time(col, parent, resolve, lowered, table, held)
            if note is not None:
                notes.append(note[0])
                done.update(note[1])
                continue
        use = time_use(col, parent, held.kind)
        if use is None:
            continue
        if held.kind == "year":
            notes.extend(_as_year(col, parent, use, shown, held))
            continue
        if held.kind in ("epoch", "epoch_ms", "iso"):
            if use == "cast" and held.kind == "iso":
                continue  # the engine casts ISO text itself
            col.replace(_as_time(col, held.kind))
            what = _HOLDS[held.kind]
            notes.append(f"{shown} holds {what} ({held.example}); read as a time: {parent.sql(dialect=_SHOWN)}")
            continue
        holds = f"numbers ({held.example})" if held.kind == "number" else f"text such as {held.example}"
        raise SQLError(f"{shown} holds {holds}, not dates or times: compare it with such values; "
                       f"no date function applies to it ({parent.sql(dialect=_SHOWN)})")
    return notes


def _beside(col: Any, parent: Any) -> list[Any]:
    """What ``parent`` compares ``col`` with, or subtracts or adds to it: the other side of a
    comparison, ``-`` or ``+``, or the bounds of a BETWEEN that tests it; [] for any other use."""
    from sqlglot import exp

    if isinstance(parent, (exp.EQ, exp.NEQ, exp.GT, exp.GTE, exp.LT, exp.LTE, exp.Sub, exp.Add)):
        return [parent.expression if parent.this is col else parent.this]
    if isinstance(parent, exp.Between) and parent.this is col:
        return [parent.args["low"], parent.args["high"]]
    return []


def _clock_time(col: Any, parent: Any, resolve: Callable[[Any], tuple[str, str] | None],
                kinds: Mapping[str, Mapping[str, ValueKind]], table: str, held: ValueKind) -> tuple[str, set[int]] | None:
    """A time of day held as text (``'06:30'``) used as a time: compared with, subtracted from or
    added to a time (or a column holding Unix times or ISO dates), truncated, extracted, formatted.
    Read as that time on the date of its row, the one column of its table holding ISO dates
    (``service_date || ' ' || departs``); without one, a function of it reads it as a time of day
    (``TIME``). Returns the note and the columns read as times beside it, or None when ``parent``
    uses it otherwise.

    Raises:
        SQLError: compared with a time, and its table has no one such date column.
    """
    from sqlglot import exp

    others = _beside(col, parent)
    held_others = [_kind_of(o, resolve, kinds) for o in others]
    compared = any(_is_time(o) or (k is not None and k.kind in TIME_KINDS) for o, k in zip(others, held_others, strict=True))
    if not compared and time_use(col, parent, held.kind) not in ("function", "cast"):
        return None
    shown, before = col.sql(dialect=_SHOWN), parent.sql(dialect=_SHOWN)
    dates = sorted(c for c, k in kinds.get(table.lower(), {}).items() if k.kind == "iso")
    if len(dates) != 1 and not compared:
        col.replace(exp.TryCast(this=col.copy(), to=exp.DataType.build("TIME")))
        return ((f"{shown} holds times of day as text ({held.example}); read as a time of day: "
                f"{parent.sql(dialect=_SHOWN)}"), set())
    if len(dates) != 1:
        raise SQLError(f"{shown} holds times of day as text ({held.example}), not times: {before} needs the date "
                       f"of each row; write that time as CAST(date_column || ' ' || {shown} AS TIMESTAMP) with "
                       f"the date column of {table}")
    date = exp.column(dates[0], table=col.table or None)
    col.replace(exp.TryCast(this=exp.DPipe(this=exp.DPipe(this=date, expression=exp.Literal.string(" ")),
                                           expression=col.copy()), to=exp.DataType.build("TIMESTAMP")))
    beside = set()
    for other, kind in zip(others, held_others, strict=True):
        if kind is not None and kind.kind in TIME_KINDS:
            other.replace(_as_time(other, kind.kind))
            beside.add(id(other))
    after = parent.sql(dialect=_SHOWN)
    outer = parent.parent
    while isinstance(outer, exp.Paren):
        outer = outer.parent
    if isinstance(parent, exp.Sub) and outer is not None and (numeric_cast(outer) or number_use(parent, outer)):
        # the time between them, used as a number (as the numbers the model took them for): seconds
        parent.replace(exp.Anonymous(this="EPOCH", expressions=[parent.copy()]))
        after = f"the seconds between them, EPOCH({after})"
    return ((f"{shown} holds times of day as text ({held.example}); read as that time on the row's "
            f"{dates[0]}: {after} (was {before})"), beside)


def _years_between(col: Any, parent: Any, held: ValueKind, resolve: Callable[[Any], tuple[str, str] | None],
                   kinds: Mapping[str, Mapping[str, ValueKind]]) -> tuple[str, int] | None:
    """A time and a year number subtracted or compared (either bare or cast to a number): the
    time's year minus (or compared with) the year, and a year taken of that difference is the
    difference itself; the note and the other column's id (rewritten here), or None when ``col``
    is not one side of such a difference or comparison."""
    from sqlglot import exp

    if held.kind != "year" and held.kind not in TIME_KINDS:
        return None
    node = parent if numeric_cast(parent) else col
    outer = node.parent
    if not isinstance(outer, (exp.Sub, exp.EQ, exp.NEQ, exp.GT, exp.GTE, exp.LT, exp.LTE)):
        return None
    other = outer.expression if outer.this is node else outer.this
    year_of = isinstance(other, exp.Extract) and other.this.name.upper() == "YEAR"
    other_col = other.this if numeric_cast(other) else other.expression if year_of else other
    held_other = _kind_of(other_col, resolve, kinds)
    if held_other is None or (year_of and held_other.kind != "year") or \
            {held.kind == "year", held_other.kind == "year"} != {True, False} or \
            (held_other.kind != "year" and held_other.kind not in TIME_KINDS):
        return None
    before = outer.sql(dialect=_SHOWN)
    for side, inner, kind in ((node, col, held.kind), (other, other_col, held_other.kind)):
        side.replace(inner.copy() if kind == "year" else
                     exp.Extract(this=exp.var("YEAR"), expression=_as_time(inner, kind)))
    if isinstance(outer, exp.Sub):
        _unwrap_year_of(outer)
        note = f"{before}: a time and a year number subtracted: the time's year minus the year"
    else:
        note = f"{before}: a time compared with a year number: compared by the time's year"
    return f"{note} ({outer.sql(dialect=_SHOWN)})", id(other_col)


def _kind_of(node: Any, resolve: Callable[[Any], tuple[str, str] | None],
             kinds: Mapping[str, Mapping[str, ValueKind]]) -> ValueKind | None:
    """What ``node`` holds when it is a column whose kind is known (``kinds`` in lower case), else None."""
    from sqlglot import exp

    found = resolve(node) if isinstance(node, exp.Column) else None
    return kinds.get(found[0].lower(), {}).get(found[1].lower()) if found else None


def _unwrap_year_of(difference: Any) -> None:
    """``EXTRACT(YEAR FROM (a - b))`` where ``a - b`` is already a number of years: that number."""
    from sqlglot import exp

    taken = difference.parent.parent if isinstance(difference.parent, exp.Paren) else difference.parent
    if isinstance(taken, exp.Extract) and taken.this.name.upper() == "YEAR":
        taken.replace(difference.copy())


def _named(node: Any, resolve: Callable[[Any], tuple[str, str] | None],
           kinds: Mapping[str, Mapping[str, ValueKind]]) -> str | None:
    """``weekday`` or ``month_name`` when ``node`` is such a name written as text, or a column
    holding such names; else None."""
    from sqlglot import exp

    if isinstance(node, exp.Literal) and node.is_string:
        return next((kind for kind, names in _NAMES.items() if node.this in names), None)
    held = _kind_of(node, resolve, kinds)
    return held.kind if held is not None and held.kind in _NAMES else None


def compares_kinds(node: Any) -> bool:
    """Whether ``node`` is a comparison whose reading may depend on what columns hold: a name of a
    weekday or month written as text (= or <>), or two columns outside a join condition (a time
    and names of days, a time and a year number)."""
    from sqlglot import exp

    if not isinstance(node, (exp.EQ, exp.NEQ, exp.GT, exp.GTE, exp.LT, exp.LTE)):
        return False
    sides = (node.this, node.expression)
    if isinstance(node, (exp.EQ, exp.NEQ)) and any(
            isinstance(s, exp.Literal) and s.is_string and any(s.this in n for n in _NAMES.values()) for s in sides):
        return True
    return all(isinstance(s, exp.Column) for s in sides) and node.find_ancestor(exp.Join) is None


def numeric_cast(node: Any) -> bool:
    """Whether ``node`` is a cast to a number type."""
    from sqlglot import exp

    return isinstance(node, exp.Cast) and node.to.is_type(*exp.DataType.NUMERIC_TYPES)


def _number(node: Any) -> bool:
    """Whether ``node`` is a number: written out (``5``, ``-2.5``), computed (a product, quotient,
    sum, average or count), or cast to a number type."""
    from sqlglot import exp

    if isinstance(node, (exp.Neg, exp.Paren)):
        return _number(node.this)
    if isinstance(node, (exp.Mul, exp.Div, exp.Mod, exp.Sum, exp.Avg, exp.Count)):
        return True
    if isinstance(node, exp.Cast):  # TRY_CAST too
        return node.to.is_type(*exp.DataType.NUMERIC_TYPES)
    return bool(node.is_number)


def number_use(col: Any, parent: Any) -> bool:
    """Whether ``parent`` uses ``col`` as a number: summed, averaged, rounded, or in arithmetic, itself
    or as what a CASE, NULLIF or COALESCE gives (``SUM(CASE WHEN ... THEN col ELSE 0 END)``,
    ``x / NULLIF(col, 0)``); ordered by or taken the greatest or least of (``'1350000'`` is more than
    ``'98000'``, as a number); compared with a number (``col > 100000``, ``col > kg / area``)."""
    from sqlglot import exp

    child = col
    while (isinstance(parent, (exp.If, exp.Case)) and child is not parent.this) \
            or (isinstance(parent, exp.Nullif) and child is parent.this) or isinstance(parent, (exp.Coalesce, exp.Paren)):
        child, parent = parent, parent.parent  # a branch or what is passed on, not a condition
    if isinstance(parent, (exp.Max, exp.Min, exp.Ordered)):
        return parent.this is child
    if isinstance(parent, (exp.EQ, exp.NEQ, exp.GT, exp.GTE, exp.LT, exp.LTE)):
        return _number(parent.expression if parent.this is child else parent.this)
    if isinstance(parent, exp.Between) and parent.this is child:
        return _number(parent.args["low"]) or _number(parent.args["high"])
    return isinstance(parent, (exp.Sum, exp.Avg, exp.Stddev, exp.Variance, exp.Add, exp.Sub, exp.Mul, exp.Div,
                               exp.Mod, exp.Round, exp.Abs))


def time_use(col: Any, parent: Any, kind: str = "") -> str | None:
    """How ``col`` is used as a time by ``parent``: ``function`` (truncated, extracted, formatted),
    ``cast`` (cast to a time type), ``compare`` (compared with or subtracted from a time; for a
    ``kind`` of Unix time, an ISO date written as text counts as a time), or None."""
    from sqlglot import exp

    def timely(other: Any) -> bool:  # a time, or for a Unix time an ISO date written as text
        return _is_time(other) or (kind in ("epoch", "epoch_ms") and isinstance(other, exp.Literal)
                                   and other.is_string and bool(_ISO_DATE.match(other.this.strip())))

    if isinstance(parent, (exp.TimestampTrunc, exp.DateTrunc, exp.TimeToStr, exp.Year, exp.Month, exp.Day,
                           exp.DayOfWeek, exp.Date, exp.StrToTime, exp.StrToDate)) and parent.this is col:
        return "function"
    if isinstance(parent, exp.Extract) and parent.expression is col:
        return "function"
    if isinstance(parent, exp.DateDiff) and (parent.this is col or parent.expression is col):
        return "function"
    if isinstance(parent, exp.Anonymous) and parent.name.upper() in ("AGE", "DATE_PART") and col in parent.expressions:
        return "function"
    if isinstance(parent, exp.Cast) and parent.this is col and parent.to.is_type(*exp.DataType.TEMPORAL_TYPES):
        return "cast"
    if isinstance(parent, (exp.EQ, exp.NEQ, exp.GT, exp.GTE, exp.LT, exp.LTE, exp.Sub)):
        return "compare" if timely(parent.expression if parent.this is col else parent.this) else None
    if isinstance(parent, exp.Between) and parent.this is col:
        return "compare" if timely(parent.args["low"]) or timely(parent.args["high"]) else None
    return None


def _as_year(col: Any, parent: Any, use: str, shown: str, held: ValueKind) -> list[str]:
    """A year number used as a time: the year of a time it is compared with, itself where the year
    of it is asked for; anything finer is refused."""
    from sqlglot import exp

    before = parent.sql(dialect=_SHOWN)
    if use == "compare":
        for side in _beside(col, parent):
            if _is_time(side):
                side.replace(exp.Extract(this=exp.var("YEAR"), expression=side.copy()))
        if isinstance(parent, exp.Sub):
            _unwrap_year_of(parent)
        return [(f"{shown} holds years as numbers ({held.example}); compared with the year of the time: "
                f"{parent.sql(dialect=_SHOWN)} (was {before})")]
    unit = parent.this.name.upper() if isinstance(parent, exp.Extract) else \
        (parent.args["unit"].name.upper() if parent.args.get("unit") is not None else "")
    if isinstance(parent, (exp.TimestampTrunc, exp.DateTrunc, exp.Extract)) and unit in ("YEAR", "YEARS") \
            or isinstance(parent, exp.Year):
        parent.replace(col.copy())
        return [f"{before}: {shown} holds years as numbers ({held.example}); read as the number itself"]
    raise SQLError(f"{shown} holds years as numbers ({held.example}), not dates: compare or group it as a "
                   f"number; no date function applies to it ({before})")
