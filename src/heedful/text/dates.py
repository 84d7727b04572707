"""Dates as data files write them: ISO 8601 dates and datetimes, read whole or not at all.

One copy, used by ingest (typing a field), the store's filter grammar (a date value) and the engine
(an as-of date): a value is a date only when the whole of it is one, so ``2021-01-01' OR 1=1``
is not a date that happens to start well.
"""

from __future__ import annotations

import datetime as dt
import re

__all__ = ["parse_date"]

_DATE_RE = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})"
    r"(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?"
)


def parse_date(text: str) -> dt.date | None:
    """The date an ISO date or datetime string names, or None when it is not one.

    The time and zone of a datetime are dropped: heedful filters and ranks by day.

    >>> parse_date("2023-01-31"), parse_date("2023-01-31T23:59:59+02:00")
    (datetime.date(2023, 1, 31), datetime.date(2023, 1, 31))
    >>> parse_date("2023-02-30") is None, parse_date("31/01/2023") is None
    (True, True)
    """
    m = _DATE_RE.fullmatch(text.strip())
    if m is None:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:  # 2023-02-30 has the shape of a date but is not one
        return None
