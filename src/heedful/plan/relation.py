"""A relational criterion: the words of an instruction that a SQL query over linked tables decides.

"only companies founded after 2000 with more than 500 employees" is not something a passage says:
it is a fact about the company a document is linked to (a document metadata field tied to a table
column with ``heedful table link``). The plan keeps it as a :class:`Relation`: the SQL (PostgreSQL
dialect; the first column it selects holds the link values), the link, the polarity and the span of
the user's words. At search time the SQL runs read-only over the tables and the values it returns
become a hard filter on the field (``require``: the field must be one of them; ``exclude``: it must
not be); each hit's explanation shows the rows that matched.

>>> r = Relation("companies founded after 2000", "require",
...              "SELECT DISTINCT companies.name, companies.founded FROM companies WHERE companies.founded > 2000",
...              "company", "companies", "name", span=(5, 33))
>>> Relation.from_dict(r.to_dict()) == r
True
>>> r.to_dict()["link"]
{'field': 'company', 'table': 'companies', 'column': 'name'}
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from heedful.errors import PlanError
from heedful.plan.criteria import _check_keys, _check_span, _quote_all

__all__ = ["RELATION_POLARITIES", "Relation"]

RELATION_POLARITIES: tuple[str, ...] = ("require", "exclude")
_KEYS = ("text", "polarity", "sql", "link", "span")
_LINK_KEYS = ("field", "table", "column")


@dataclass(frozen=True)
class Relation:
    """SQL that selects the linked values a document's ``field`` must (or must not) have."""

    text: str
    polarity: str
    sql: str
    field: str
    table: str
    column: str
    span: tuple[int, int] | None = None

    def __post_init__(self) -> None:
        for name in ("text", "sql", "field", "table", "column"):
            value = getattr(self, name)
            if not isinstance(value, str) or not value.strip():
                raise PlanError(f"relation.{name}: {value!r} must be a non-empty string")
        if self.polarity not in RELATION_POLARITIES:
            raise PlanError(f"relation.polarity: {self.polarity!r} is not one of {_quote_all(RELATION_POLARITIES)}")
        object.__setattr__(self, "span", _check_span("relation.span", self.span))

    @property
    def link(self) -> str:
        return f"{self.field}={self.table}.{self.column}"

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "polarity": self.polarity, "sql": self.sql,
                "link": {"field": self.field, "table": self.table, "column": self.column},
                "span": list(self.span) if self.span else None}

    @classmethod
    def from_dict(cls, data: Any, *, path: str = "relation") -> Relation:
        if not isinstance(data, Mapping):
            raise PlanError(f"{path}: {data!r} must be an object with text, polarity, sql and link")
        _check_keys(path, data, _KEYS, required=("text", "polarity", "sql", "link"))
        link = data["link"]
        if not isinstance(link, Mapping):
            raise PlanError(f"{path}.link: {link!r} must be an object with field, table and column")
        _check_keys(f"{path}.link", link, _LINK_KEYS, required=_LINK_KEYS)
        try:
            return cls(data["text"], data["polarity"], data["sql"], link["field"], link["table"], link["column"],
                       _check_span(f"{path}.span", data.get("span")))
        except PlanError as exc:
            raise PlanError(str(exc).replace("relation.", f"{path}.", 1)) from None


RELATION_JSON_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["text", "polarity", "sql", "link"],
    "additionalProperties": False,
    "properties": {
        "text": {"type": "string", "minLength": 1},
        "polarity": {"enum": list(RELATION_POLARITIES)},
        "sql": {"type": "string", "minLength": 1},
        "link": {"type": "object", "required": list(_LINK_KEYS), "additionalProperties": False,
                 "properties": {k: {"type": "string", "minLength": 1} for k in _LINK_KEYS}},
        "span": {"oneOf": [{"type": "null"}, {"type": "array", "prefixItems": [{"type": "integer", "minimum": 0}] * 2,
                                              "items": False, "minItems": 2}]},
    },
}
