"""Document-level access: who may read which documents.

A document may carry an ``acl`` metadata field: a list of principals (users, groups, teams). A
reader identified by a set of principals sees a document only when the document has no ``acl``
or shares at least one principal with it. An empty ``acl`` list is visible to no reader (it fails
closed). The condition is SQL that every read of a scoped store (:meth:`Store.scoped`) puts inside
its own query, beside the user's filters and the as-of condition, so nothing a query, an
instruction, a plan, a filter or an as-of date says can remove or widen it: those only add
conditions to it.

>>> acl_condition(frozenset({"hr", "eng"}), {"acl": "list"})
"(`acl` IS NULL OR array_has_any(`acl`, ['eng', 'hr']))"
>>> acl_condition(frozenset(), {"acl": "list"})
'`acl` IS NULL'
>>> acl_condition(frozenset({"hr"}), {}) is None  # no document has an acl: every one is visible
True
>>> acl_condition(None, {"acl": "list"}) is None  # an unscoped store reads everything
True
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from heedful.store.sql import Dialect

__all__ = ["ACL_FIELD", "acl_condition", "principals_of", "visible"]

#: the metadata field that lists who may read a document
ACL_FIELD = "acl"


def principals_of(values: Iterable[str]) -> frozenset[str]:
    """Principals as a set of non-empty, stripped names.

    >>> sorted(principals_of([" hr", "eng", ""]))
    ['eng', 'hr']
    """
    return frozenset(v.strip() for v in values if isinstance(v, str) and v.strip())


def acl_condition(principals: frozenset[str] | None, fields: Mapping[str, str], dialect: Dialect = "lance") -> str | None:
    """SQL keeping only the passages ``principals`` may read; None when nothing is to be hidden.

    ``principals`` None is an unscoped reader. ``fields`` are the index's metadata fields and
    their types: without an ``acl`` field no document is restricted.

    >>> print(acl_condition(frozenset({"hr"}), {"acl": "list"}, "postgres"))
    ("acl" IS NULL OR "acl" && ARRAY['hr']::text[])
    """
    from heedful.store.sql import quote_identifier, sql_list

    if principals is None or ACL_FIELD not in fields:
        return None
    col = quote_identifier(ACL_FIELD, dialect)
    if not principals:
        return f"{col} IS NULL"
    names = sql_list(sorted(principals))
    if fields[ACL_FIELD] == "list" and dialect == "postgres":
        return f"({col} IS NULL OR {col} && ARRAY[{names}]::text[])"
    if fields[ACL_FIELD] == "list":
        return f"({col} IS NULL OR array_has_any({col}, [{names}]))"
    # an index that stored acl as text before it was a list: one principal per document
    return f"({col} IS NULL OR {col} IN ({names}))"


def visible(metadata: Mapping[str, Any], principals: frozenset[str] | None) -> bool:
    """Whether a document with this metadata is visible to ``principals`` (the rule in Python,
    for what is checked outside a store query).

    >>> visible({"acl": ["hr"]}, frozenset({"hr"})), visible({"acl": ["hr"]}, frozenset({"eng"}))
    (True, False)
    >>> visible({}, frozenset()), visible({"acl": []}, frozenset({"hr"}))
    (True, False)
    """
    if principals is None:
        return True
    acl = metadata.get(ACL_FIELD)
    if acl is None:
        return True
    names = [acl] if isinstance(acl, str) else list(acl)
    return bool(principals.intersection(str(n) for n in names))
