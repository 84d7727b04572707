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

from heedful.text.lexicon import KIND_MEMBERS
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
                         subject=c.subject if on_subject else None, place=criterion.kind == "place")
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
    "only one individual species"), a list of kinds ("towns, parks, people or films ..."), or a
    required topic that opens on a kind ("one episode of a television series") on what the
    passage's lead calls its subject ("X is a genus of ...", "X (born 1975) is a painter").

    It says nothing when the lead calls the subject something else, since a kind has wider names,
    unless the passage uses the kind's own words of another thing ("a district of X, a
    prefecture-level city"): then the subject is not one."""

    name = "type"

    def judge(self, criterion: Criterion, candidates: Sequence[CandidateView]) -> list[Verdict | None]:
        if criterion.predicate is not None or criterion.kind not in ("topic", "attribute"):
            return [None] * len(candidates)
        want = kind_words(criterion.text)
        head = leading_kind(criterion.text) if not want and criterion.polarity == "require" \
            and criterion.kind == "topic" else None
        if head:
            return [self._any_kind([head], c) for c in candidates]
        if not want:
            kinds = kind_list(criterion.text, excluding=criterion.polarity in ("exclude", "avoid"))
            return [self._any_kind(kinds, c) for c in candidates] if kinds else [None] * len(candidates)
        phrase = _kind_pattern(want)
        out: list[Verdict | None] = []
        for c in candidates:
            if _is_kind(want, c):
                out.append(Verdict("satisfied", 1.0, None, _kind_note(want)))
                continue
            nouns = {_singular(n) for n in c.subject.nouns}
            elsewhere = _said_of_other(c, phrase) if nouns - _GENERIC_NOUNS and want[-1] not in nouns else None
            out.append(None if elsewhere is None else Verdict(
                "violated", 0.0, elsewhere,
                f"type: the passage calls it a {c.subject.nouns[0]}; '{elsewhere}' is said of something else"))
        return out

    @staticmethod
    def _any_kind(kinds: Sequence[tuple[str, ...]], c: CandidateView) -> Verdict | None:
        """A list of kinds ("towns, parks, people or films"): satisfied when the passage's subject is
        one of them; otherwise nothing is said (the list's other items are not kinds)."""
        hit = next((k for k in kinds if _is_kind(k, c)), None)
        return None if hit is None else Verdict("satisfied", 1.0, None, _kind_note(hit))


# what a lead may call anything ("X is the name of ...", "one of the ..."): no kind to tell another from
_GENERIC_NOUNS = frozenset(("name", "title", "term", "word", "one", "part", "member", "kind", "type", "example"))
# the words for a person as a kind: "people are not relevant", "only persons"
_PERSON_KINDS = frozenset((("people",), ("person",), ("human",), ("biography",)))


def _is_kind(want: tuple[str, ...], c: CandidateView) -> bool:
    """Whether the lead calls the passage's subject this kind (every word, the last one its noun),
    or the kind is a person and the lead gives the subject a birth or a life span."""
    if want in _PERSON_KINDS:
        return c.subject.person
    if want == ("list",):
        return bool(_LIST_TITLE.match(c.title))
    said = {_singular(w) for d in c.subject.described for w in d.split("-")}
    nouns = {_singular(n) for n in c.subject.nouns}
    if nouns & KIND_MEMBERS.get(" ".join(want), frozenset()):
        return True  # "places" and a lead that says "X is a village"
    return want[-1] in nouns and set(want) <= said


_LIST_TITLE = re.compile(r"(?:lists?|index|timeline|outline|glossary)\s+of\b", re.IGNORECASE)


def _kind_note(want: tuple[str, ...]) -> str:
    if want in _PERSON_KINDS:
        return "type: the passage gives its subject a birth or a life span (a person)"
    return f"type: the passage calls it a {' '.join(want)}"


_LIST_SEP = re.compile(r"\s*,\s*(?:(?:and|or|nor)\s+)?|\s+(?:and|or|nor|and/or)\s+")


_GIVES = re.compile(r"(?:gives?|giving|states?|stating|mentions?|mentioning|lists?|listing|names?|naming|has|have|"
                    r"contains?|includes?|reports?|provides?)\b", re.IGNORECASE)
_KIND_OF = re.compile(r"^(?:(?:a|an|one|some|any)\s+)?(?:kind|type|sort|form|variety|species)\s+of\s+(?:an?\s+)?",
                      re.IGNORECASE)
_HEAD_END = re.compile(r"\s+(?:of|in|on|at|from|by|for|with|that|which|who|whose|where|about)\b|\s*[,;:(]")


def leading_kind(text: str) -> tuple[str, ...] | None:
    """The kind a topic opens on, when the rest only says which ones ("one individual episode of a
    television series" -> ("episode",)); None when the rest names, dates or counts them.

    >>> leading_kind("one individual episode of a television series, live-action or animated")
    ('episode',)
    >>> leading_kind("songs released in 1994") is None, leading_kind("a song by Fjord") is None
    (True, True)
    >>> leading_kind("a kind of tree in the beech family")
    ('tree',)
    """
    text = _KIND_OF.sub("", text)  # "a kind of tree in the beech family": a tree
    m = _HEAD_END.search(text)
    if m is None or re.search(r"\d|\s[A-Z]", text[m.start():]):
        return None
    return kind_words(text[:m.start()])


_DEFINITE = re.compile(r"(?:the|this|that|its|their)\s", re.IGNORECASE)
_EXAMPLES = re.compile(r"\b(?:such\s+as|like|e\.g\.|for\s+example|including)\b", re.IGNORECASE)


def kind_list(text: str, *, excluding: bool = False) -> list[tuple[str, ...]]:
    """The kinds named in a list ("towns, parks, people or films connected with it"): each item
    that is only a kind; empty when the text is not a list or names no kind. Examples of something
    else ("a source such as a novel or a play") end the list; in an exclusion, "the film" is the
    passage's subject that a condition is said of, not a kind to leave out.

    >>> kind_list("towns, parks, people or films about it")
    [('town',), ('park',), ('people',)]
    >>> kind_list("songs that charted"), kind_list("give only a number of seasons or series, or other figures")
    ([], [])
    >>> kind_list("the film, as the paragraph tells it, adapted from a source such as a novel or a play", excluding=True)
    []
    >>> kind_list("the soundtrack album or score of one film")
    [('soundtrack', 'album')]
    >>> kind_list("a skeptical organisation, publication or conference")
    [('skeptical', 'organisation'), ('skeptical', 'publication'), ('skeptical', 'conference')]
    >>> kind_list("episode lists, whole seasons or series", excluding=True)
    [('episode', 'list'), ('season',), ('series',)]
    """
    items = [i for i in _LIST_SEP.split(" ".join(text.split())) if i]
    kinds = [kind_words(i) for i in items]
    if len(items) < 2 or _GIVES.match(items[0]):
        return []  # "give only a number of seasons or series, ...": what a passage gives, not what it is
    out = []
    for n, (item, kind) in enumerate(zip(items, kinds, strict=True)):
        if _EXAMPLES.search(item):
            break  # "adapted from a source such as a novel, a story or a play": examples of the source
        last = item.split()[-1].lower()
        if kind and not (excluding and _DEFINITE.match(item) and _singular(last) == last):
            out.append(kind)
        if (not excluding and kind and len(kind) > 1 and n + 1 < len(items)
                and all(len(i.split()) == 1 for i in items[n + 1:])):
            # "a skeptical organisation, publication or conference": what is asked for is a
            # skeptical conference, not any conference
            out += [(*kind[:-1], *k) for k in kinds[n + 1:] if k]
            break
    return out


def _kind_pattern(words: Sequence[str]) -> re.Pattern[str]:
    """The kind's words in a passage, singular or plural, joined by spaces or hyphens."""
    def form(w: str) -> str:
        if w in _INVARIANT:
            return re.escape(w)
        if w.endswith("y") and len(w) > 2:
            return re.escape(w[:-1]) + "(?:y|ies)"
        return re.escape(w) + "(?:e?s)?"
    return re.compile(r"\b" + r"[\s-]+".join(form(w) for w in words) + r"\b", re.IGNORECASE)


# "part of the prefecture-level city of X", "in the genus Y": a kind another thing has
_CONTAINER_BEFORE = re.compile(r"\b(?:of|in|within|under|to|from)\s+(?:the|a|an)\s+$", re.IGNORECASE)


def _said_of_other(c: CandidateView, phrase: re.Pattern[str]) -> str | None:
    """The kind's words where the passage says them of another thing: in the lead, which names its
    subject otherwise; after "of the" / "in the"; or in a span about another name. None when the
    words are absent or may be the subject's own (a later "the song" can be the subject's name)."""
    if phrase.search(c.title):
        return None  # "St Mary's Cathedral is a church": the kind is in the subject's own name
    lead_end = c.subject.sentences[0][1] if c.subject.sentences else 0
    found = None
    for m in phrase.finditer(c.text):
        if (m.start() < lead_end or _CONTAINER_BEFORE.search(c.text, max(0, m.start() - 12), m.start())
                or c.subject.binds(m.start(), m.end()) == "other"):
            found = found or m.group(0)
        else:
            return None
    return found


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
