"""Relations: tables beside documents, questions over them in SQL, relational criteria in plans.

Tables live in the index folder (:class:`TableCatalog`, DuckDB); only one checked SELECT ever runs
(:func:`check_select`).
"""

from __future__ import annotations

from heedful.relations.catalog import (
    Column,
    Link,
    QueryResult,
    TableCatalog,
    TableInfo,
    describe_tables,
    parse_link,
)
from heedful.relations.guard import check_select, transpile

__all__ = [
    "Column",
    "Link",
    "QueryResult",
    "TableCatalog",
    "TableInfo",
    "check_select",
    "describe_tables",
    "parse_link",
    "transpile",
]
