"""Judging candidates criterion by criterion.

A :class:`Judge` reads one criterion of a relevance plan against a batch of candidate passages and
returns one :class:`Verdict` per passage. Judges are chained cheapest first: predicates evaluated
on evidence extracted at index time decide what they can; a sentence-embedding match reads the
rest; an LLM judge (optional) can re-read the top few where cheap evidence is undecided.
"""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any

from heedful.types import Status, Verdict

if TYPE_CHECKING:
    import numpy as np

    from heedful.ingest.evidence import Evidence
    from heedful.models.base import Embedder
    from heedful.plan.schema import Criterion
    from heedful.text.subject import Subject

__all__ = ["CandidateView", "EmbeddingJudge", "Judge", "PredicateJudge", "TypeJudge", "Verdict", "kind_words"]

@dataclass
class CandidateView:
    """What judges see of a candidate: its best passage, the passage's evidence and vector."""

    doc_id: str
    passage: int
    title: str
    text: str
    metadata: Mapping[str, Any]
    evidence: Evidence
    vector: np.ndarray | None
    base: float  # retrieval score normalised to [0, 1] over the candidates
    ranks: dict[str, int] = field(default_factory=dict)

    @cached_property
    def subject(self) -> Subject:
        """What the passage is about, read once for all the criteria judged on it."""
        from heedful.text.subject import read_subject

        return read_subject(self.text, self.title, self.evidence)


class Judge(ABC):
    """Reads one criterion against many candidates; returns None where it cannot decide."""

    name: str

    @abstractmethod
    def judge(self, criterion: Criterion, candidates: Sequence[CandidateView]) -> list[Verdict | None]:
        """One verdict per candidate, or None to leave the candidate to the next judge."""


class PredicateJudge(Judge):
    """Evaluates a criterion's predicate (mentions, year, number, pattern, date window) on evidence."""

    name = "predicate"

    def __init__(self, *, date_field: str | None = None) -> None:
        #: a time window the passage text is silent about is read on this metadata date instead
        self.date_field = date_field

    def judge(self, criterion: Criterion, candidates: Sequence[CandidateView]) -> list[Verdict | None]:
        from heedful.rank.predicates import SUBJECT_KINDS, evaluate

        pred = criterion.predicate
        if pred is None:
            return [None] * len(candidates)
        on_subject = criterion.about == "subject" and pred.type in SUBJECT_KINDS
        out: list[Verdict | None] = []
        for c in candidates:
            v = evaluate(pred, c.text, c.evidence, hint=criterion.text, title=c.title, about=criterion.about,
                         subject=c.subject if on_subject else None)
            how = f"predicate: {pred.describe()}" + (f"; {v.method}" if v.method else "")
            verdict = Verdict(v.status, v.score, v.evidence, how)
            if v.status == "unknown" and pred.type == "date_window" and self.date_field:
                verdict = self._by_metadata_date(pred, c) or verdict
            out.append(verdict)
        return out

    def _by_metadata_date(self, pred: Any, c: CandidateView) -> Verdict | None:
        import datetime as dt

        day = c.metadata.get(self.date_field or "")
        if not isinstance(day, dt.date):
            return None
        inside = (pred.start is None or pred.start <= day) and (pred.end is None or day <= pred.end)
        # a document's own date is weaker evidence than a date its text talks about
        return Verdict("satisfied" if inside else "violated", 0.75 if inside else 0.25,
                       f"{self.date_field} = {day.isoformat()}", f"metadata date: {pred.describe()}")


# words that say how many or which, not what kind: "a whole genus", "one individual species"
_NOT_KIND = frozenset(("a", "an", "the", "one", "single", "whole", "entire", "individual", "particular", "specific",
                       "complete", "only", "just", "any", "each", "every", "separate", "distinct", "given"))
_KIND_PHRASE = re.compile(r"[a-z]+(?:[\s-][a-z]+){0,4}")
_INVARIANT = frozenset(("species", "series", "means", "news", "corps", "headquarters", "genus", "bus", "campus"))


def _singular(word: str) -> str:
    if word in _INVARIANT or word.endswith(("ss", "us", "is")):
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes", "ses")):
        return word[:-2]
    return word.removesuffix("s")


def kind_words(text: str) -> tuple[str, ...] | None:
    """The words of a criterion that names only a kind of thing ("a whole genus" -> ("genus",),
    "live albums" -> ("live", "album")), or None when it says more (a list, a clause, a name).

    >>> kind_words("a whole genus"), kind_words("one individual species"), kind_words("live albums")
    (('genus',), ('species',), ('live', 'album'))
    >>> kind_words("albums, artists and bands") is None, kind_words("songs that charted") is None
    (True, True)
    """
    from heedful.text.lexicon import STOPWORDS

    t = " ".join(text.split())
    if not _KIND_PHRASE.fullmatch(t):
        return None
    words = [w for w in re.split(r"[\s-]", t) if w not in _NOT_KIND]
    if not words or len(words) > 3 or any(w in STOPWORDS for w in words):
        return None  # "and", "or", "that", "about": more than a kind
    return tuple(_singular(w) for w in words)


class TypeJudge(Judge):
    """Decides a criterion that names only a kind of thing ("a whole genus are not relevant",
    "only one individual species") on what the passage's lead calls its subject ("X is a genus of
    ..."); says nothing when the lead calls it something else, since a kind has wider names."""

    name = "type"

    def judge(self, criterion: Criterion, candidates: Sequence[CandidateView]) -> list[Verdict | None]:
        want = kind_words(criterion.text) if criterion.predicate is None and criterion.kind in ("topic", "attribute") \
            else None
        if not want:
            return [None] * len(candidates)
        out: list[Verdict | None] = []
        for c in candidates:
            said = {_singular(w) for w in c.subject.described}
            nouns = {_singular(n) for n in c.subject.nouns}
            hit = want[-1] in nouns and set(want) <= said
            out.append(Verdict("satisfied", 1.0, None, f"type: the passage calls it a {' '.join(want)}")
                       if hit else None)
        return out


class EmbeddingJudge(Judge):
    """Semantic match of the criterion text to each passage, relative to the other candidates.

    The similarity of the criterion to a passage is z-normalised over the candidates: what matters
    is whether this passage matches the criterion *more than its competitors*, which is robust to
    the model's uneven absolute similarity scale. Thresholds ``hi``/``lo`` on the z-score decide
    satisfied/violated; the rest is unknown.
    """

    name = "embedding"

    def __init__(self, embedder: Embedder, *, hi: float = 1.0, lo: float = -1.0, min_spread: float = 0.02) -> None:
        self.embedder = embedder
        self.hi = hi
        self.lo = lo
        self.min_spread = min_spread
        self._cache: dict[str, np.ndarray] = {}

    def _vector(self, text: str) -> np.ndarray:
        v = self._cache.get(text)
        if v is None:
            v = self._cache[text] = self.embedder.embed_query(text)
        return v

    def judge(self, criterion: Criterion, candidates: Sequence[CandidateView]) -> list[Verdict | None]:
        import numpy as np

        if not candidates or any(c.vector is None for c in candidates):
            return [None] * len(candidates)
        q = self._vector(criterion.text)
        sims = np.stack([c.vector for c in candidates]) @ q  # type: ignore[misc]
        mean, spread = float(sims.mean()), max(float(sims.std()), self.min_spread)
        out: list[Verdict | None] = []
        for s in sims:
            z = (float(s) - mean) / spread
            status: Status = "satisfied" if z >= self.hi else "violated" if z <= self.lo else "unknown"
            score = 1.0 / (1.0 + float(np.exp(-z)))
            out.append(Verdict(status, score, None, f"embedding: similarity {float(s):.2f}, z {z:+.2f}"))
        return out
