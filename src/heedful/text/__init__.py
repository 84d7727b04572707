"""Text analysis shared by every stage: one copy of each analyser.

Today: ISO dates (:func:`parse_date`). The rule compiler's and the evidence extractor's
segmenters, date, number and entity readers move here next (issue #11).
"""

from __future__ import annotations

from heedful.text.dates import parse_date

__all__ = ["parse_date"]
