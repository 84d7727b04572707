"""heedful: a search engine that follows instructions.

>>> import heedful
>>> engine = heedful.Engine.open("demo-index")  # doctest: +SKIP
>>> engine.search("wildfire smoke", instruction="only CNN articles").ids  # doctest: +SKIP

Importing heedful is light: no model runtime, store or web framework is imported until used.
"""

from __future__ import annotations

from heedful.engine import Engine, IndexReport
from heedful.errors import (
    ConfigError,
    DuplicateIdError,
    FilterError,
    GeneratorError,
    HeedfulError,
    IndexBusyError,
    IndexNotFoundError,
    InputError,
    MissingDependencyError,
    ModelNotFoundError,
    ParseError,
    PlanError,
)
from heedful.store.filters import Filter
from heedful.types import CriterionResult, Document, Hit, Passage, Results

__version__ = "0.1.0"

__all__ = [
    "ConfigError",
    "CriterionResult",
    "Document",
    "DuplicateIdError",
    "Engine",
    "Filter",
    "FilterError",
    "GeneratorError",
    "HeedfulError",
    "Hit",
    "IndexBusyError",
    "IndexNotFoundError",
    "IndexReport",
    "InputError",
    "MissingDependencyError",
    "ModelNotFoundError",
    "ParseError",
    "Passage",
    "PlanError",
    "Results",
]
