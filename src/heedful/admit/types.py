"""What admission reads and returns: a :class:`Candidate` answer, a :class:`GateResult` per gate and
the :class:`Admission` decision."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from heedful.errors import InputError

__all__ = ["GATES", "Admission", "Candidate", "GateResult"]

#: the gates, in the order they run (a cheap gate that fails spares the LLM calls of the next)
GATES: tuple[str, ...] = ("attribution", "novelty", "entailment")


@dataclass(frozen=True)
class Candidate:
    """A generated answer proposed for the corpus.

    ``answer`` may carry citation markers: ``[2]`` (the second of ``citations``) or ``[doc-id]``;
    without markers every sentence is attached to every citation. ``retrieved`` lists the ids the
    answering loop read (``Answer.retrieved``), when the answer came from ``ask``: a citation
    outside it is misattributed. ``model`` names what wrote the answer.

    >>> Candidate.from_dict({"_id": "c1", "question": "Where was Jo Lee born?", "answer": "Oslo [1].",
    ...                      "citations": ["d2"]}).citations
    ('d2',)
    """

    id: str
    question: str
    answer: str
    citations: tuple[str, ...] = ()
    retrieved: tuple[str, ...] | None = None
    model: str = ""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], *, where: str = "candidate") -> Candidate:
        """A candidate from one JSON object (``_id``, ``question``, ``answer``, ``citations``, and
        optionally ``retrieved`` and ``model``); ``where`` names it in errors (file and line)."""
        if not isinstance(data, Mapping):
            raise InputError(f"{where}: expected a JSON object, got {type(data).__name__}")
        missing = [k for k in ("_id", "question", "answer") if not str(data.get(k) or "").strip()]
        if missing:
            raise InputError(f"{where}: missing or empty {', '.join(repr(k) for k in missing)}")
        cites = data.get("citations", [])
        if not isinstance(cites, Sequence) or isinstance(cites, str) or not all(isinstance(c, str) for c in cites):
            raise InputError(f"{where}: 'citations' must be a list of document ids (strings)")
        retrieved = data.get("retrieved")
        if retrieved is not None and (not isinstance(retrieved, Sequence) or isinstance(retrieved, str)):
            raise InputError(f"{where}: 'retrieved' must be a list of document ids")
        return cls(str(data["_id"]), str(data["question"]).strip(), str(data["answer"]).strip(),
                   tuple(dict.fromkeys(cites)), None if retrieved is None else tuple(map(str, retrieved)),
                   str(data.get("model") or ""))

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"_id": self.id, "question": self.question, "answer": self.answer,
                               "citations": list(self.citations)}
        if self.retrieved is not None:
            out["retrieved"] = list(self.retrieved)
        if self.model:
            out["model"] = self.model
        return out


@dataclass(frozen=True)
class GateResult:
    """One gate's verdict: ``passed``, a ``score`` in [0, 1] (what the threshold was compared with)
    and the ``evidence`` it used (per claim or per citation)."""

    name: str
    passed: bool
    score: float
    evidence: tuple[Mapping[str, Any], ...] = ()
    reasons: tuple[str, ...] = ()
    ran: bool = True

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"passed": self.passed, "score": round(self.score, 4),
                               "evidence": [dict(e) for e in self.evidence]}
        if not self.ran:
            out["skipped"] = True
        return out


@dataclass(frozen=True)
class Admission:
    """The decision on one candidate: ``admitted``, each gate's result, the ``reasons`` it was
    rejected, the id of the document written (``doc_id``, when admitted and not a dry run) and the
    seconds and LLM calls it took."""

    id: str
    admitted: bool
    gates: Mapping[str, GateResult]
    reasons: tuple[str, ...] = ()
    doc_id: str | None = None
    dry_run: bool = False
    seconds: float = 0.0
    llm_calls: int = 0
    candidate: Candidate | None = field(default=None, repr=False)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"_id": self.id, "admitted": self.admitted,
                               "gates": {k: g.to_dict() for k, g in self.gates.items()},
                               "reasons": list(self.reasons)}
        if self.doc_id is not None:
            out["doc_id"] = self.doc_id
        if self.dry_run:
            out["dry_run"] = True
        out["cost"] = {"seconds": round(self.seconds, 3), "llm_calls": self.llm_calls}
        return out
