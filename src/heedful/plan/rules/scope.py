"""The scope of a negation inside a clause."""

from __future__ import annotations

import re
from bisect import bisect_left

from heedful.plan.rules.cues import (
    AVOID,
    EXCLUDE_ANY,
    EXCLUDE_HEAD,
    EXCLUDE_MORE,
    EXCLUDE_MORE_WORDS,
    NEG,
    has_any,
)
from heedful.plan.rules.state import State
from heedful.text.lexicon import DOC_NOUNS, PUBLICATION_NOUNS
from heedful.text.segment import Spans

__all__ = ["Scope", "negation_before"]


# Words between a negation and the thing it negates ("not from CNN", "no CNN articles", "non-CNN").
_NEGATED_GAP = re.compile(
    r"[\s\-]*(?:(?:any|the|an?|only|just|those|ones|coming|originating|sourced|published|written|reported|posted|"
    r"issued|released|authored|run|owned|produced|tagged|labell?ed|marked|filed|listed|categori[sz]ed|classified|"
    r"under|as|" + "|".join(sorted(PUBLICATION_NOUNS | DOC_NOUNS, key=len, reverse=True))
    + r"|from|by|on|at|in|via|of|to|with)[\s\-]+)*",
    re.IGNORECASE,
)


class Scope:
    """Where a clause negates something: the negations that are not its polarity cue, and what a
    phrase at an offset falls under ("plain", "negated" when one negation governs it directly, as
    in "not from CNN", "no CNN articles" or "non-CNN", and "unsure" otherwise)."""

    def __init__(self, st: State, cs: int, ce: int) -> None:
        self.masked, self.cs, self.ce = st.masked, cs, ce
        self._negs: list[tuple[int, int]] | None = None  # read when first asked
        self.starts: list[int] = []

    @property
    def negs(self) -> list[tuple[int, int]]:
        if self._negs is None:
            seg = self.masked[self.cs:self.ce]
            head = EXCLUDE_HEAD.match(seg)
            cue = Spans()
            for rx in (EXCLUDE_ANY, AVOID):
                for m in rx.finditer(seg):
                    cue.add(m.start(), m.end())
            if has_any(seg.lower(), EXCLUDE_MORE_WORDS):
                for m in EXCLUDE_MORE.finditer(seg):
                    cue.add(m.start(), m.end())
            self._negs = [(self.cs + m.start(), self.cs + m.end()) for m in NEG.finditer(seg, head.end() if head else 0)
                          if m.start() not in cue]
            self.starts = [s for s, _ in self._negs]
        return self._negs

    def of(self, start: int) -> str:
        if not self.negs:
            return "plain"
        n = bisect_left(self.starts, start)
        if n == 0:
            return "plain"
        ne = self.negs[n - 1][1]
        if n == 1 and ne >= start or (n == 1 and _NEGATED_GAP.fullmatch(self.masked, ne, start)):
            return "negated"
        return "unsure"


def negation_before(st: State, s: int, e: int, after: int = 0) -> re.Match[str] | None:
    """A negation between ``s`` and ``e`` that is not part of a polarity cue ("not relevant"), the
    first from ``after`` characters on (offsets are from ``s``)."""
    seg = st.masked[s:e]
    head = EXCLUDE_HEAD.match(seg)
    lo = head.end() if head else 0
    blank = list(seg)
    for rx in (EXCLUDE_ANY, EXCLUDE_MORE):
        for m in rx.finditer(seg):
            for k in range(m.start(), m.end()):
                blank[k] = " "
    return NEG.search("".join(blank), max(lo, after))

