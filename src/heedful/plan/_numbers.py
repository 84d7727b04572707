"""A shim for the rule compiler until its imports move: comparisons are read by
:mod:`heedful.text.comparisons` (``find_numbers`` here is its ``find_comparisons``)."""

from __future__ import annotations

from heedful.text.comparisons import NumExpr
from heedful.text.comparisons import find_comparisons as find_numbers

__all__ = ["NumExpr", "find_numbers"]
