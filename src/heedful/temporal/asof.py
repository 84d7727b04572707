"""As-of: reading the date a search runs as of, and carrying it in the plan the store sees.

An explicit ``as_of`` wins over an as-of date the instruction names; the store then keeps only
the versions valid on that day and nothing dated after it (see :mod:`heedful.temporal.versions`).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from heedful.errors import ConfigError

if TYPE_CHECKING:
    from heedful.plan.schema import Plan

__all__ = ["as_date", "with_as_of"]


def as_date(value: dt.date | str | None) -> dt.date | None:
    """An as-of date given as a date or as ISO text, read whole (a datetime's day counts).

    >>> as_date("2024-03-31")
    datetime.date(2024, 3, 31)
    """
    from heedful.text.dates import parse_date

    if value is None or isinstance(value, dt.date):
        return value
    day = parse_date(str(value))
    if day is None:
        raise ConfigError(f"as_of={value!r} is not a date; write YYYY-MM-DD")
    return day


def with_as_of(plan: Plan | None, query: str, as_of: dt.date | None) -> Plan | None:
    """An explicit as-of date wins over the instruction's; it needs a plan to travel in."""
    if as_of is None:
        return plan
    from dataclasses import replace

    from heedful.plan.schema import Plan, TimeSpec

    if plan is None:
        return Plan(query=query, criteria=(), filters=(), time=TimeSpec(as_of=as_of))
    time_spec = replace(plan.time, as_of=as_of) if plan.time else TimeSpec(as_of=as_of)
    return replace(plan, time=time_spec)
