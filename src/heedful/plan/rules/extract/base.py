"""What a feature extractor is, and what it reads: the clause, and what was found in it before."""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from typing import ClassVar

from heedful.plan.rules.state import Feature, State
from heedful.text.segment import Spans

__all__ = ["Context", "Extractor"]


@dataclass
class Context:
    """One clause being read: ``st.fmask[cs:ce]``, its polarity, and the features found so far.

    A span taken by one feature is not read again: an extractor asks :meth:`free` first.
    """

    st: State
    cs: int
    ce: int
    polarity: str
    seg: str  # st.fmask[cs:ce]
    feats: list[Feature] = field(default_factory=list)
    taken: Spans = field(default_factory=Spans)
    kinds: set[str] = field(default_factory=set)  # the kinds in feats

    def free(self, s: int, e: int) -> bool:
        return self.taken.free(s, e)

    def add(self, f: Feature) -> None:
        self.feats.append(f)
        self.taken.add(f.start, f.end)
        self.kinds.add(f.kind)

    def has(self, kind: str) -> bool:
        return kind in self.kinds


class Extractor(ABC):
    """Finds the features of one kind in a clause; the registry runs them in a fixed order."""

    kind: ClassVar[str]  # the Feature.kind it gives

    def extract(self, ctx: Context) -> list[Feature]:
        """The features found in ``ctx``'s clause, which are added to ``ctx`` as they are found."""
        n = len(ctx.feats)
        self.find(ctx)
        return ctx.feats[n:]

    @abstractmethod
    def find(self, ctx: Context) -> None:
        """Add each feature found to ``ctx`` (:meth:`Context.add`)."""
