"""What the rule compiler keeps while it reads an instruction: the state, features, lazy tests."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from heedful.plan.schema import Criterion, Predicate
from heedful.store.filters import Filter
from heedful.text.comparisons import NumExpr
from heedful.text.time_bounds import TimeExpr

__all__ = ["Feature", "Lazy", "State", "Values", "named_outside"]


@dataclass
class Feature:
    kind: str  # time number format place mention recency
    start: int
    end: int
    predicate: Predicate | None = None
    time: TimeExpr | None = None
    bound: bool = False  # time bound to an event of the entity ("born before 1920")
    doc_level: bool = False  # time of the document itself ("published in 2023")
    negated: bool = False  # "outside Canada"
    recency: str | None = None
    num: NumExpr | None = None
    terms: tuple[str, ...] = ()
    phrase_start: int = -1


@dataclass
class State:
    text: str
    masked: str  # brackets blanked: offsets index ``text``
    fmask: str  # also examples ("e.g. ...") blanked: what features are read from
    fields: dict[str, str]
    values: dict[str, tuple[str, ...]]
    fields_given: bool
    today: date | None
    values_rx: dict[str, Values] = field(default_factory=dict)
    roles: dict[str, str | None] = field(default_factory=dict)
    criteria: list[Criterion] = field(default_factory=list)
    filters: list[Filter] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    window: tuple[date, date] | None = None
    window_span: tuple[int, int] | None = None
    as_of: date | None = None
    as_of_span: tuple[int, int] | None = None
    recency: str | None = None
    recency_span: tuple[int, int] | None = None
    last_window: tuple[date | None, date | None] | None = None
    seen_topic: bool = False
    seen_positive: bool = False
    asking: bool = False  # the clause being read is a question: a later "Then skip it" may flip it
    names: dict[str, int] | None = None  # how often each capitalised name occurs, counted when first needed
    # what the exclusions so far say (criteria[:excl_seen] read): whether there is one, and their words
    excl_seen: int = 0
    excl_words: set[str] = field(default_factory=set)
    has_exclusion: bool = False
    query: str = ""  # the search query the instruction goes with


_CAPITALISED = re.compile(r"[A-Z][\w'’\-]*")


def named_outside(st: State, word: str, s: int, e: int) -> bool:
    """Whether the capitalised ``word`` is written in the instruction outside ``s:e`` (its words are
    counted once per instruction, so asking for every clause stays linear)."""
    if st.names is None:
        st.names = {}
        for m in _CAPITALISED.finditer(st.text):
            key = m.group(0).lower()
            st.names[key] = st.names.get(key, 0) + 1
    key = word.lower()
    inside = sum(1 for m in _CAPITALISED.finditer(st.text, s, e) if m.group(0).lower() == key)
    return st.names.get(key, 0) > inside


class Lazy:
    """A test computed on its first call and remembered."""

    __slots__ = ("_done", "_fn", "_value")

    def __init__(self, fn: Callable[[], bool]) -> None:
        self._fn, self._done, self._value = fn, False, False

    def __call__(self) -> bool:
        if not self._done:
            self._value, self._done = self._fn(), True
        return self._value


_SPACE_DOT = re.compile(r"[\s.]")


@dataclass(frozen=True)
class Values:
    """The known values of one field, found in text by one pattern; a match maps back to its value."""

    rx: re.Pattern[str]
    exact: dict[str, str]  # lower-cased value -> value
    alias: dict[str, str]  # the letters of a domain's first label -> value ("cnn" -> "cnn.com")
    field_rx: re.Pattern[str]  # the field's own name as written in prose ("tagged", "section")

    def value_of(self, matched: str) -> str | None:
        low = matched.lower()
        return self.exact.get(low) or self.alias.get(_SPACE_DOT.sub("", low))

