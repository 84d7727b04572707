"""Storage backends behind one :class:`Store` contract."""

from __future__ import annotations

from heedful.store.base import Candidate, PassageRow, Store
from heedful.store.filters import Filter, parse_filter

__all__ = ["Candidate", "Filter", "PassageRow", "Store", "parse_filter"]
