"""Relevance plans: compile an instruction into criteria, filters and time, then inspect or edit it.

>>> from heedful.plan import compile_rules
>>> print(compile_rules("Only players born before 1920 are relevant.", query="baseball players"))
Plan for 'baseball players' (compiled by rules)
  criteria:
    1. require  time       players born before 1920  [0:42]
                           predicate: year < 1920
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
