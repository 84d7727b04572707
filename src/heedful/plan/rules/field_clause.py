"""One clause as the field readers see it (:mod:`heedful.plan.rules.fields`,
:mod:`heedful.plan.rules.numeric_fields`), and what they share: a field's name as words, the
comparison that keeps what another leaves out, the spans a filter takes."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from heedful.plan.rules.cues import is_additive
from heedful.plan.rules.scope import Scope
from heedful.plan.rules.state import Lazy, State
from heedful.plan.rules.words import PUB_RX
from heedful.text.segment import Spans

__all__ = ["COMPLEMENT", "NEXT_NOUN", "PUB_WORD", "FieldClause", "consume", "field_tokens"]

NEXT_NOUN = re.compile(r"\s+([A-Za-z][\w\-]*)")
PUB_WORD = re.compile(PUB_RX + r"|\b(?:published|posted|reported|broadcast|aired|printed)\b", re.IGNORECASE)

# the comparison that keeps what another one leaves out: an excluded "more than 5" keeps "<= 5"
COMPLEMENT = {"<": ">=", "<=": ">", ">": "<=", ">=": "<", "=": "!="}


@lru_cache(maxsize=256)
def field_tokens(name: str) -> frozenset[str]:
    toks = {t for t in re.split(r"[_\W]+", name.lower()) if t}
    toks -= {"is", "has", "can", "num", "n"}
    return frozenset(toks | {t.rstrip("s") for t in toks})


def consume(spans: Spans, s: int, e: int) -> None:
    spans.add(s, e)


@dataclass
class FieldClause:
    """One clause read for filters: what every field reader asks of it."""

    st: State
    cs: int
    ce: int
    polarity: str
    consumed: Spans  # spans a filter has taken
    certain: bool
    scope: Scope
    #: two comparisons joined by "or" ("under $50 or over $500"): filters, which all hold at once,
    #: cannot say it, so the comparisons stay criteria
    alternatives: bool = False

    def __post_init__(self) -> None:
        self.seg = seg = self.st.masked[self.cs:self.ce]
        self.hard = self.polarity in ("require", "exclude") and self.certain
        self.positive = self.polarity == "require"
        # read when first needed: most clauses name no field, and these tests take time
        self.has_pub = Lazy(lambda: bool(PUB_WORD.search(seg)))
        self.narrowing = Lazy(lambda: self.hard and self.positive and not is_additive(seg))
