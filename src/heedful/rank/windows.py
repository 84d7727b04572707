"""How well the dates a passage mentions fit a time window: the scores behind ``date_window``.

A plan's time window (``only the period from March 2008 to 2010``) is judged on the dates and
ranges extracted from each passage at index time (:mod:`heedful.ingest.evidence`):
:func:`window_score` is the best overlap of one of them with the window, :func:`bounds_score`
whether the passage names the year the window begins or ends, :func:`window_fit` the two blended.
:func:`heedful.rank.predicates.evaluate` turns the fit into a ``date_window`` verdict.

>>> ev = extract("The line was shut from March 2008 to 2010.")
>>> window_fit(date(2008, 1, 1), date(2010, 12, 31), ev)
1.0
"""

from __future__ import annotations

from datetime import date

from heedful.ingest.evidence import OPEN_END, DateMention, Evidence, extract

__all__ = [
    "BOUNDS_SHARE",
    "START_SHARE",
    "best_date",
    "bounds_score",
    "dates_in",
    "fit_overlap",
    "window_fit",
    "window_score",
]


def _overlap(ps: date, pe: date, ws: date | None, we: date | None) -> float:
    """How well the passage period ``ps..pe`` fits the window ``ws..we`` (None: open side)."""
    lo = ws or date.min
    hi = we or date.max
    if pe == OPEN_END:
        if we is None:  # both open-ended: inside if it starts inside
            return 1.0 if ps >= lo else 0.5
        pe = max(ps, we)
    a, b = max(ps, lo), min(pe, hi)
    if a > b:
        return 0.0
    if ps >= lo and pe <= hi:
        return 1.0
    inter = (b - a).days + 1
    share_p = inter / ((pe - ps).days + 1)
    if ws is None or we is None:
        return share_p
    return 0.5 * (share_p + inter / ((we - ws).days + 1))


def window_score(window_start: date | None, window_end: date | None, evidence: Evidence) -> float:
    """Best fit in [0, 1] between a time window and the dates a passage talks about.

    1.0 when some date or range of the passage lies inside the window; for a partial overlap the
    mean of the shares of the passage's period and of the window that overlap (a range that
    covers the whole window scores at least 0.5); 0.0 with no overlap or no dates. One side of the
    window may be None (open); on an open window the score is the share of the passage's period
    inside it. Ranges to "present" are taken to reach at least the window's end.

    >>> ev = extract("He served from 1990 to 1999. He was born in 1950.")
    >>> round(window_score(date(1995, 1, 1), date(2002, 12, 31), ev), 3)
    0.562
    >>> window_score(date(1940, 1, 1), date(1960, 12, 31), ev)
    1.0
    """
    return best_date(window_start, window_end, evidence)[0]


def best_date(ws: date | None, we: date | None, ev: Evidence) -> tuple[float, DateMention | None]:
    """The best overlap between the window and a date of the passage, and that date (None when no
    date overlaps); among equal overlaps the date that begins in the window's first year, the better
    evidence."""
    best, where = 0.0, None
    for d in ev.dates:
        s = _overlap(d.start, d.end, ws, we)
        if s > best or (s == best > 0.0 and ws is not None and d.start.year == ws.year):
            best, where = s, d
    return best, where


# How much naming the period's bounds counts next to the overlap, and the start next to the end.
# A passage that says when the asked period began (an election, a signing, a marriage) is the one
# describing it, more than a passage that mentions some other event inside it; the end counts less
# (it is often the next state's start). Chosen on timeqa-if dev only: `python bench/if_dev.py
# timeqa-if/dev` gave p-MRR +56.5, nDCG@10 0.631 / 0.611 without the bounds, +57.7, 0.651 / 0.640 with.
BOUNDS_SHARE = 1 / 3
START_SHARE = 0.6


def bounds_score(window_start: date | None, window_end: date | None, evidence: Evidence) -> float:
    """Whether the passage names the year the window begins (``START_SHARE``) and the year it ends
    (the rest), for a window closed on both sides; 0.0 for an open window.

    A date names the start when it begins in the window's first year and reaches into the window;
    it names the end when it begins or ends in the window's last year, not after the window.

    >>> ev = extract("Peyron led it from 1957. The staff moved in 1958.")
    >>> bounds_score(date(1957, 1, 1), date(1960, 12, 31), ev)
    0.6
    >>> bounds_score(date(1957, 1, 1), date(1960, 12, 31), extract("He left in 1960."))
    0.4
    """
    if window_start is None or window_end is None:
        return 0.0
    starts = ends = False
    for d in evidence.dates:
        end = window_end if d.open_end else d.end
        if d.start > window_end or end < window_start:
            continue
        starts = starts or d.start.year == window_start.year
        ends = ends or window_end.year in (d.start.year, end.year)
    return START_SHARE * starts + (1 - START_SHARE) * ends


def window_fit(window_start: date | None, window_end: date | None, evidence: Evidence) -> float:
    """How well a passage's dates fit a window, in [0, 1]: the best overlap (:func:`window_score`)
    blended with whether the passage names the window's bounds (:func:`bounds_score`).

    >>> ev = extract("On 14 February 1991 he married Meg Ryan. They divorced in 2001.")
    >>> window_fit(date(1991, 1, 1), date(2001, 12, 31), ev)
    1.0
    >>> round(window_fit(date(1991, 1, 1), date(2001, 12, 31), extract("He filmed Frequency in 1996.")), 3)
    0.667
    """
    return fit_overlap(window_score(window_start, window_end, evidence), window_start, window_end, evidence)


def fit_overlap(overlap: float, ws: date | None, we: date | None, ev: Evidence) -> float:
    """:func:`window_fit` from an ``overlap`` already found (by :func:`best_date`)."""
    if overlap == 0.0 or ws is None or we is None:
        return overlap
    return (1 - BOUNDS_SHARE) * overlap + BOUNDS_SHARE * bounds_score(ws, we, ev)


def dates_in(evidence: Evidence | str) -> tuple[tuple[date, date], ...]:
    """The distinct ``(start, end)`` periods a passage mentions, in order of first mention.

    >>> dates_in("Opened in 2003, the line was shut from March 2008 to 2010 and reopened as planned in 2003.")
    ((datetime.date(2003, 1, 1), datetime.date(2003, 12, 31)), (datetime.date(2008, 3, 1), datetime.date(2010, 12, 31)))
    """
    ev = extract(evidence) if isinstance(evidence, str) else evidence
    seen: dict[tuple[date, date], None] = {}
    for d in ev.dates:
        seen.setdefault((d.start, d.end), None)
    return tuple(seen)
