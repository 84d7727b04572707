"""Features of a clause, one extractor per kind: times, numbers, formats, places, named things.

Each extractor is an :class:`~heedful.plan.rules.extract.base.Extractor`; ``registry.EXTRACTORS``
runs them in a fixed order, and a span one of them takes is not read again by the next.
"""

from __future__ import annotations

from heedful.plan.rules.extract.base import Context, Extractor
from heedful.plan.rules.extract.registry import EXTRACTORS, extract_features

__all__ = ["EXTRACTORS", "Context", "Extractor", "extract_features"]
