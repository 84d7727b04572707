"""The temporal score term of TempRALM (Gade & Jetcheva, 2024).

``tau = a / max(1 day, q_t - d_t)`` in days: larger for documents dated closer to (and before) the
query date. The values are z-normalised and mapped onto the mean and spread of the semantic scores,
so the term moves candidates as much as relevance does, never more; documents dated after the query
date are masked (they never reach this point under as-of, which filters them in the store).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence

__all__ = ["tempralm"]


def tempralm(
    dates: Sequence[dt.date | None], query_date: dt.date, semantic: Sequence[float], *, a: float = 1.0,
    weight: float = 1.0,
) -> list[float]:
    """The term to add to each candidate's score; 0 for undated or future-dated candidates.

    >>> [round(x, 3) for x in tempralm([dt.date(2024, 1, 1), dt.date(2020, 1, 1), None], dt.date(2024, 1, 2), [0.9, 0.8, 0.7])]
    [0.082, -0.082, 0.0]
    """
    taus = [
        a / max(1, (query_date - d).days) if d is not None and d <= query_date else None
        for d in dates
    ]
    known = [t for t in taus if t is not None]
    if len(known) < 2 or len(semantic) < 2:
        return [0.0] * len(dates)
    mt = sum(known) / len(known)
    st = math.sqrt(sum((t - mt) ** 2 for t in known) / len(known))
    ms = sum(semantic) / len(semantic)
    ss = math.sqrt(sum((s - ms) ** 2 for s in semantic) / len(semantic))
    if st == 0 or ss == 0:
        return [0.0] * len(dates)
    # z(tau) mapped onto the semantic spread; the semantic mean is a constant shift and is left out
    return [0.0 if t is None else weight * ss * (t - mt) / st for t in taus]
