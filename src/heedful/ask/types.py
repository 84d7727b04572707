"""What ``ask`` returns: an :class:`Answer` with its citations, the :class:`Step` s that led to it
and their :class:`Cost`."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

__all__ = ["MODES", "Answer", "Cost", "Mode", "Source", "Step", "StepKind"]

Mode = Literal["closed-book", "single", "iter-retgen", "plan", "auto"]
#: the ways ``ask`` can run, as ``Engine.ask(mode=...)`` and ``heedful ask --mode`` take them
MODES: tuple[str, ...] = ("closed-book", "single", "iter-retgen", "plan", "auto")

StepKind = Literal["closed-book", "retrieve", "plan", "synthesize", "pitfalls"]


@dataclass
class Cost:
    """What answering cost: LLM calls, tokens (as the backend counted them: the whole prompt of
    every call, including any prefix its cache reused), passages shown to the model, retrievals and
    wall-clock seconds. ``prompt_tokens``/``generated_tokens`` stay 0 for a backend that reports no
    counts."""

    llm_calls: int = 0
    prompt_tokens: int = 0
    generated_tokens: int = 0
    passages_read: int = 0
    retrievals: int = 0
    seconds: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"llm_calls": self.llm_calls, "prompt_tokens": self.prompt_tokens,
                "generated_tokens": self.generated_tokens, "passages_read": self.passages_read,
                "retrievals": self.retrievals, "seconds": round(self.seconds, 3)}


@dataclass(frozen=True)
class Source:
    """A passage the model was shown: the document id, title and the words it read."""

    id: str
    title: str
    text: str
    metadata: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Step:
    """One step of the loop.

    ``kind`` is ``closed-book`` (the model answered from memory), ``retrieve`` (``query`` went to
    ``Engine.search``; ``retrieved`` holds the ids it returned, best first), ``plan`` (the planner
    wrote ``queries`` or said it had enough) or ``synthesize`` (the synthesizer read ``retrieved``
    and wrote ``draft``) or ``pitfalls`` (``retrieved`` holds the ids of past rejected answers to
    similar questions that the planner was shown). ``confidence`` is the model's geometric-mean token probability of its
    short answer, where the backend gives log-probabilities.
    """

    kind: StepKind
    query: str = ""
    retrieved: tuple[str, ...] = ()
    draft: str = ""
    queries: tuple[str, ...] = ()
    confidence: float | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"kind": self.kind, "query": self.query, "retrieved": list(self.retrieved),
                               "draft": self.draft}
        if self.queries:
            out["queries"] = list(self.queries)
        if self.confidence is not None:
            out["confidence"] = round(self.confidence, 4)
        return out


@dataclass(frozen=True)
class Answer:
    """An answer, the documents it cites, how it was reached and what that cost.

    ``text`` is the short answer (for a multiple-choice question: one of the choices, verbatim);
    ``support`` is the sentence the synthesizer wrote for it with ``[n]`` markers, ``citations`` the
    ids of the documents those markers name, in the order used. ``found`` is False when the
    passages read did not contain the answer (``text`` then says so, or, with choices, holds the
    model's best guess). An answer from memory (``closed-book``) cites nothing.

    >>> a = Answer("Paris", support="Paris is the capital of France [1].", citations=("d7",), mode="single")
    >>> a.to_dict()["citations"]
    ['d7']
    """

    text: str
    citations: tuple[str, ...] = ()
    support: str = ""
    found: bool = True
    mode: str = "auto"
    trace: tuple[Step, ...] = ()
    cost: Cost = field(default_factory=Cost)
    sources: tuple[Source, ...] = ()

    @property
    def retrieved(self) -> list[str]:
        """Every document id whose passage the model read (planner or synthesizer), in first-seen order."""
        seen: dict[str, None] = {}
        for step in self.trace:
            if step.kind in ("plan", "synthesize"):
                seen.update(dict.fromkeys(step.retrieved))
        return list(seen)

    def to_dict(self) -> dict[str, Any]:
        return {
            "answer": self.text,
            "support": self.support,
            "citations": list(self.citations),
            "found": self.found,
            "mode": self.mode,
            "retrieved": self.retrieved,
            "trace": [s.to_dict() for s in self.trace],
            "cost": self.cost.to_dict(),
        }
