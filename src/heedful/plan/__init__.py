"""Relevance plans: compile an instruction into criteria, filters and time, then inspect or edit it.

>>> from heedful.plan import compile_rules
>>> print(compile_rules("Only painters born before 1890 are relevant.", query="landscape painters"))
Plan for 'landscape painters' (compiled by rules)
  criteria:
    1. require  time       painters born before 1890  [0:43]
                           predicate: year < 1890
"""

from __future__ import annotations

from heedful.plan.rules import compile_rules
from heedful.plan.schema import (
    PLAN_JSON_SCHEMA,
    Criterion,
    Plan,
    Predicate,
    TimeSpec,
    validate_plan,
)

__all__ = [
    "PLAN_JSON_SCHEMA",
    "Criterion",
    "Plan",
    "Predicate",
    "TimeSpec",
    "compile_rules",
    "validate_plan",
]
