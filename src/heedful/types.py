"""Records that flow through heedful: documents in, hits out.

All are frozen dataclasses; metadata values are plain Python (str, int, float, bool,
``datetime.date``, lists of those).
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, overload

__all__ = ["CriterionResult", "Document", "Hit", "Passage", "Results", "Status", "Verdict"]

Status = Literal["satisfied", "violated", "unknown"]


@dataclass(frozen=True)
class Verdict:
    """How one criterion reads on one passage, from any judge (predicate, embedding, LLM).

    ``score`` in [0, 1] is the degree it holds (1 satisfied, 0 violated, 0.5 undecided);
    ``evidence`` is the passage text that decided it; ``method`` says which judge and how.
    """

    status: Status
    score: float
    evidence: str | None = None
    method: str = ""


@dataclass(frozen=True)
class Document:
    """A unit of retrieval as the user gives it.

    >>> Document("d1", "Oilers fans filled Rogers Place.", title="Game night", metadata={"source": "cnn.com"})
    Document(id='d1', title='Game night', text='Oilers fans filled Rogers Place.', metadata={'source': 'cnn.com'})
    """

    id: str
    text: str
    title: str = ""
    metadata: Mapping[str, Any] = field(default_factory=dict)

    def __repr__(self) -> str:
        text = self.text if len(self.text) <= 60 else self.text[:57] + "..."
        return (
            f"Document(id={self.id!r}, title={self.title!r}, text={text!r}, "
            f"metadata={dict(self.metadata)!r})"
        )


@dataclass(frozen=True)
class Passage:
    """A chunk of a document; documents score by their best passage (MaxP)."""

    doc_id: str
    index: int
    text: str
    start: int = 0  # character offset of the passage in the document text

    @property
    def id(self) -> str:
        return f"{self.doc_id}#{self.index}"


@dataclass(frozen=True)
class CriterionResult:
    """How one criterion of a relevance plan judged one hit.

    ``span`` points at the criterion's source words in the instruction; ``evidence`` is the
    passage text that decided it (or None); ``contribution`` is what it added to the score.
    """

    criterion: str
    polarity: str
    status: Status
    contribution: float = 0.0
    evidence: str | None = None
    span: tuple[int, int] | None = None
    method: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "criterion": self.criterion,
            "polarity": self.polarity,
            "status": self.status,
            "contribution": _number(self.contribution, 4),
            "evidence": self.evidence,
            "span": list(self.span) if self.span else None,
            "method": self.method,
        }


@dataclass(frozen=True)
class Hit:
    """One ranked document, with the passage that scored it and why it ranks where it does."""

    id: str
    score: float
    rank: int
    title: str = ""
    text: str = ""  # the best passage
    metadata: Mapping[str, Any] = field(default_factory=dict)
    passage: int = 0
    ranks: Mapping[str, int] = field(default_factory=dict)  # rank in each candidate list, e.g. bm25/dense
    explanation: tuple[CriterionResult, ...] = ()

    def __repr__(self) -> str:
        return f"Hit(rank={self.rank}, id={self.id!r}, score={self.score:.4f}, title={self.title!r})"

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "rank": self.rank,
            "score": _number(self.score, 6),
            "title": self.title,
            "text": self.text,
            "passage": self.passage,
            "metadata": {k: jsonable(v) for k, v in self.metadata.items()},
            "ranks": dict(self.ranks),
            "explanation": [c.to_dict() for c in self.explanation],
        }


def jsonable(value: Any) -> Any:
    """A metadata value as strict JSON holds it: dates as ISO text, NaN and infinities as null."""
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def _number(value: float, digits: int) -> float | None:
    """A rounded score for JSON; NaN and infinities (which strict JSON cannot hold) become null."""
    return round(value, digits) if math.isfinite(value) else None


@dataclass(frozen=True)
class Results(Sequence[Hit]):
    """The ranked hits of one search, with what was asked and how long it took.

    Behaves as a sequence of :class:`Hit`: ``[h.id for h in results]``.
    """

    query: str
    hits: tuple[Hit, ...]
    instruction: str | None = None
    plan: Any = None
    timings: Mapping[str, float] = field(default_factory=dict)

    @overload
    def __getitem__(self, i: int) -> Hit: ...
    @overload
    def __getitem__(self, i: slice) -> Sequence[Hit]: ...
    def __getitem__(self, i: int | slice) -> Hit | Sequence[Hit]:
        return self.hits[i]

    def __len__(self) -> int:
        return len(self.hits)

    def __iter__(self) -> Iterator[Hit]:
        return iter(self.hits)

    @property
    def ids(self) -> list[str]:
        return [h.id for h in self.hits]

    def __repr__(self) -> str:
        return f"Results(query={self.query!r}, hits={len(self.hits)}, ids={self.ids[:5]!r})"

    def to_dict(self) -> dict[str, Any]:
        plan = self.plan.to_dict() if hasattr(self.plan, "to_dict") else self.plan
        return {
            "query": self.query,
            "instruction": self.instruction,
            "plan": plan,
            "timings_ms": {k: _number(v, 3) for k, v in self.timings.items()},
            "hits": [h.to_dict() for h in self.hits],
        }
