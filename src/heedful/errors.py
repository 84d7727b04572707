"""The one exception hierarchy of heedful.

Every error a user can cause or fix derives from :class:`HeedfulError`; the CLI prints it as
``Error: <message>`` with exit code 1, and the server maps each class to one HTTP status.

::

    HeedfulError
    ├── ConfigError              bad settings or option values (k <= 0, unknown format, ...)
    ├── InputError               bad documents or queries
    │   ├── ParseError           a malformed line or row: names the file and the line
    │   └── DuplicateIdError     the same id twice in one input, or already indexed on `add`
    ├── FilterError              a filter names an unknown field or a bad operator/value
    ├── PlanError                a relevance plan that does not validate
    ├── TableError               a table that cannot be added, found or linked
    ├── SQLError                 SQL that is not one read-only query over known tables and columns,
    │                            or that failed, ran too long, or returned too many rows
    ├── IndexNotFoundError       no heedful index at the given path (or its data is gone)
    ├── IndexBusyError           another process is writing the index and did not finish in time
    ├── MissingDependencyError   an optional package is not installed (names the extra)
    ├── ModelNotFoundError       no local path, package or hub could provide a model
    └── GeneratorError           an LLM backend failed: server unreachable, HTTP error, bad reply
"""

from __future__ import annotations

__all__ = [
    "ConfigError",
    "DuplicateIdError",
    "FilterError",
    "GeneratorError",
    "HeedfulError",
    "IndexBusyError",
    "IndexNotFoundError",
    "InputError",
    "MissingDependencyError",
    "ModelNotFoundError",
    "ParseError",
    "PlanError",
    "SQLError",
    "TableError",
]


class HeedfulError(Exception):
    """Base class of every error heedful raises on purpose."""


class ConfigError(HeedfulError, ValueError):
    """An option or setting has a value heedful cannot use."""


class InputError(HeedfulError, ValueError):
    """Documents or queries that cannot be read as given."""


class ParseError(InputError):
    """A malformed line or row. The message names the file and the 1-based line number."""

    def __init__(self, path: str, line: int, reason: str) -> None:
        self.path = path
        self.line = line
        self.reason = reason
        super().__init__(f"{path}:{line}: {reason}")


class DuplicateIdError(InputError):
    """Document ids must be unique within an input and, for `add`, within the index."""

    def __init__(self, ids: list[str], where: str) -> None:
        self.ids = ids
        shown = ", ".join(repr(i) for i in ids[:5]) + (f" and {len(ids) - 5} more" if len(ids) > 5 else "")
        super().__init__(f"duplicate document id(s) {where}: {shown}")


class FilterError(HeedfulError, ValueError):
    """A metadata filter that cannot be applied to this collection."""


class PlanError(HeedfulError, ValueError):
    """A relevance plan that does not validate against the plan schema."""


class TableError(HeedfulError, ValueError):
    """A table source that cannot be read, a name that clashes, a link to a column that does not exist."""


class SQLError(HeedfulError, ValueError):
    """SQL refused before it ran (not one SELECT, unknown table or column) or failed while running."""


class IndexNotFoundError(HeedfulError, FileNotFoundError):
    """There is no heedful index at the given path."""


class IndexBusyError(HeedfulError, TimeoutError):
    """Another process holds the index's write lock; the message names it."""


class MissingDependencyError(HeedfulError, ImportError):
    """An optional dependency is missing; the message says which extra to install."""


class ModelNotFoundError(HeedfulError, FileNotFoundError):
    """No local path, installed package or reachable hub provides the model."""


class GeneratorError(HeedfulError, RuntimeError):
    """An LLM backend failed or gave a reply that cannot be used; the message says which and why."""
