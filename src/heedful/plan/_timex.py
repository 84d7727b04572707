"""A shim for the rule compiler until its imports move: instruction times are read by
:mod:`heedful.text.time_bounds`."""

from __future__ import annotations

from heedful.text.time_bounds import TimeExpr, find_relative, find_times

__all__ = ["TimeExpr", "find_relative", "find_times"]
