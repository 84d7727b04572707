"""The words of relational criteria: tokens and singular forms, words that carry no condition,
other words for the linked things, and :class:`Condition`, one comparison on a table column.

>>> Condition("companies", "country", "in", ["France", "Spain"], (0, 20), named=False).negated().sql()
"companies.country NOT IN ('France', 'Spain')"
>>> sorted(tokens("Chief executives"))
['chief', 'executive', 'executives']
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from heedful.relations.catalog import TableInfo

__all__ = [
    "ENTITY_WORDS", "FUNCTION_WORDS", "NEGATED_OP", "NUMERIC_TYPES", "Condition", "about_people", "name_column", "names_table",
    "one_column", "singular", "stem_match", "tokens", "verb_root",
]

NUMERIC_TYPES = ("BIGINT", "INTEGER", "DOUBLE", "FLOAT", "REAL", "DECIMAL", "HUGEINT", "SMALLINT", "TINYINT",
            "UBIGINT", "UINTEGER")

#: words that carry no condition: cues of the rule compiler, glue, and what any linked row is
FUNCTION_WORDS = frozenset((
    "a", "an", "the", "only", "just", "any", "all", "and", "or", "but", "nor", "of", "in", "on",
    "at", "to", "for", "from", "by", "with", "without", "whose", "which", "that", "who", "whom",
    "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did",
    "it", "its", "their", "they", "them", "this", "these", "those", "there", "here", "as", "than",
    "then", "so", "not", "no", "never", "skip", "exclude", "excluding", "ignore", "omit", "drop",
    "remove", "include", "including", "relevant", "irrelevant", "document", "documents", "article",
    "articles", "story", "stories", "report", "reports", "page", "pages", "paragraph",
    "paragraphs", "passage", "passages", "text", "texts", "item", "items", "result", "results",
    "about", "mention", "mentions", "mentioning", "discuss", "discusses", "discussing", "cover",
    "covers", "covering", "concern", "concerns", "concerning", "want", "need", "must", "should",
    "may", "can", "will", "would", "please", "i", "we", "you", "me", "us", "my", "our", "your",
    "one", "ones", "more", "less", "fewer", "greater", "higher", "lower", "larger", "smaller",
    "bigger", "over", "above", "under", "below", "exceeding", "least", "most", "up", "exactly",
    "minimum", "maximum", "excess", "after", "before", "since", "until", "prior", "between",
    "also", "too", "either", "neither", "based", "located", "headquartered", "registered",
    "leave", "out", "keep", "rule", "disregard", "discard", "filter", "dollars", "usd", "euros",
    "eur", "pounds", "gbp",
))


@dataclass(frozen=True)
class Condition:
    """One comparison on a table column, with the instruction characters it came from."""

    table: str
    column: str
    op: str
    value: Any
    span: tuple[int, int]
    named: bool = True  # the words name the column ("founded", "employees"), not only a stored value
    counted_back: bool = False  # a year counted back from the reference year ("20 years ago", "50 years old")

    def negated(self) -> Condition:
        """The opposite condition ("unless they're in finance": sector != 'finance')."""
        return dataclasses.replace(self, op=NEGATED_OP[self.op])

    def listed_with(self, other: Condition) -> Condition:
        """This "=" / "in" condition and another's values on the same column as one IN list (a row
        holds one value, so values named together keep either)."""
        values = [*(self.value if self.op == "in" else [self.value]), *(other.value if other.op == "in" else [other.value])]
        return dataclasses.replace(self, op="in", value=list(dict.fromkeys(values)))

    def sql(self) -> str:
        col = f"{self.table}.{self.column}"
        if self.op in ("between", "not between"):
            lo, hi = self.value
            return f"{col} {self.op.upper()} {_literal(lo)} AND {_literal(hi)}"
        if self.op in ("in", "not in"):
            return f"{col} {self.op.upper()} ({', '.join(_literal(v) for v in self.value)})"
        if self.op in ("ilike", "not ilike"):  # one pattern, or a list any of which matches
            patterns = self.value if isinstance(self.value, list) else [self.value]
            tests = [f"{col} {self.op.upper()} {_literal(v)}" for v in patterns]
            return tests[0] if len(tests) == 1 else "(" + (" OR " if self.op == "ilike" else " AND ").join(tests) + ")"
        return f"{col} {self.op} {_literal(self.value)}"


#: each operator's opposite (a condition negated)
NEGATED_OP = {"=": "!=", "!=": "=", "in": "not in", "not in": "in", ">": "<=", "<=": ">", "<": ">=", ">=": "<",
              "between": "not between", "not between": "between", "ilike": "not ilike", "not ilike": "ilike"}


def _literal(value: Any) -> str:
    if isinstance(value, str):
        return "'" + value.replace("'", "''") + "'"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def tokens(text: str) -> set[str]:
    out = set()
    for w in re.findall(r"[a-z0-9]+", text.lower().replace("_", " ")):
        out.add(w)
        out.add(singular(w))
    return out


def singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("es") and word[-3] in "sxz":
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def stem_match(a: str, b: str) -> bool:
    """Same word up to an ending: "founded" ~ "founding" ~ "found"; at least 4 letters shared (or
    the same short word: "age")."""
    if a == b:
        return len(a) >= 2
    n = min(len(a), len(b))
    common = 0
    while common < n and a[common] == b[common]:
        common += 1
    return common >= 4 and common >= min(len(a), len(b)) - 3


def one_column(tables: Sequence[TableInfo], pattern: re.Pattern[str]) -> tuple[TableInfo, str] | None:
    """The one numeric column whose name (or description) ``pattern`` finds, or None: the since-when
    column (_START_COLUMN), the money column (MONEY_COLUMN), the founding year (_FOUNDED_COLUMN)."""
    found = [(t, c.name) for t in tables for c in t.columns
             if c.type.upper().startswith(NUMERIC_TYPES) and pattern.search(f"{c.name} {c.description or ''}")]
    return found[0] if len(found) == 1 else None


def verb_root(word: str) -> str:
    """A verb without its -ing or -ed: "employing" -> "employ"."""
    for end in ("ing", "ed"):
        if word.endswith(end) and len(word) > len(end) + 3:
            return word[: -len(end)]
    return word


def about_people(words: str, table: TableInfo) -> bool:
    """Whether ``words`` name ``table`` (the one with an age column): its name, another word for it
    ("CEO", "the chief executive", "boss") or a word for any person ("someone")."""
    return names_table(words, table) or bool(tokens(words) & {"someone", "somebody", "person"})


def names_table(words: str, table: TableInfo) -> bool:
    """Whether ``words`` name ``table``: its name or another word for it ("the boss" for ceos)."""
    names = tokens(table.name)
    names |= {w for n in names for w in ENTITY_WORDS.get(n, ())}
    return bool(tokens(words) & names)


def name_column(table: TableInfo) -> str | None:
    """The one text column that holds a row's name: ``name``, ``*_name``, or the table's own noun
    (``ceo`` in ``ceos``)."""
    own = singular(table.name.lower())
    found = [c.name for c in table.columns if not c.type.upper().startswith(NUMERIC_TYPES)
             and (re.search(r"(?:^|_)name(?:$|_)", c.name.lower()) or c.name.lower() == own)]
    return found[0] if len(found) == 1 else None


#: other words for what a linked table holds ("firms" for companies), by the singular of its name
#: (looked up with the words of :func:`tokens`, which holds both forms)
ENTITY_WORDS = {
    "company": ("firm", "business", "enterprise", "corporation", "outfit", "employer", "organisation",
                "organization", "startup", "maker", "group", "corporate", "co"),
    "ceo": ("chief", "executive", "boss", "head", "leader", "chairman", "chairwoman", "chair"),
}
