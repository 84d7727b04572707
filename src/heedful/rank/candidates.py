"""Candidate generation: lean BM25 and dense lists, MaxP, reciprocal-rank fusion, then hydration.

One component serves the engine and the evaluation harness, so a baseline named "hybrid" retrieves
as heedful does before it judges anything (heedful also passes the query alone, for a third list):

    text  -> BM25 list   \\
    text  -> dense list   -> MaxP each -> RRF -> keep the best -> hydrate (read their rows in full)
    query -> BM25 list   /   (only when an instruction added words to the query)

Lists are *lean* (ids and scores): fusing hundreds of candidates costs little, and only the few
kept are read in full (:meth:`Store.hydrate`).
"""

from __future__ import annotations

import copy
import datetime as dt
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from heedful.models.base import Embedder
from heedful.rank.fusion import Fused, max_passage, rrf
from heedful.store.base import Candidate, Store
from heedful.store.filters import Filter

if TYPE_CHECKING:
    from heedful.plan.schema import Plan

__all__ = ["Retriever", "adds_words", "document_list", "retrieval_text"]

_WORDS = re.compile(r"[^\W_]+")


def retrieval_text(query: str, instruction: str | None, plan: Plan | None) -> str:
    """The query and the instruction's positive wording: exclusions are never searched for, nor the
    words of relations (linked tables decide those, not the text)."""
    if plan is None:
        return " ".join(t.strip() for t in (query, instruction or "") if t and t.strip())
    if instruction:
        cut = sorted([*(c.span for c in plan.criteria if c.polarity in ("exclude", "avoid") and c.span),
                      *(r.span for r in plan.relations if r.span)])
        kept, pos = [], 0
        for start, end in cut:
            if start >= pos:
                kept.append(instruction[pos:start])
                pos = end
        kept.append(instruction[pos:])
        positive = " ".join(" ".join(kept).split())
    else:
        positive = " ".join(c.text for c in plan.criteria if c.polarity in ("require", "prefer"))
    return " ".join(t for t in (query, positive) if t)


def adds_words(query: str, instruction: str | None, plan: Plan | None) -> bool:
    """Whether the instruction adds words to search for beyond the query: its positive wording,
    less what the plan's time element holds ("the latest news as of March 2024" adds nothing).

    >>> from heedful.plan import compile_rules
    >>> adds_words("volcano", "The latest news as of March 2024.", compile_rules("The latest news as of March 2024."))
    False
    >>> adds_words("volcano", "Only eruptions in Iceland.", compile_rules("Only eruptions in Iceland."))
    True
    """
    if not instruction or plan is None:
        return False
    from heedful.text.lexicon import DOC_NOUNS, STOPWORDS

    cut = [c.span for c in plan.criteria if c.span and (
        c.polarity in ("exclude", "avoid") or (c.kind == "time" and c.predicate is None))]
    cut += [r.span for r in plan.relations if r.span]
    if plan.time is not None and plan.time.span:
        cut.append(plan.time.span)
    kept = "".join(ch if not any(a <= i < b for a, b in cut) else " " for i, ch in enumerate(instruction))
    have = {w for w in _WORDS.findall(query.lower())}
    return any(w not in STOPWORDS and w not in DOC_NOUNS and w not in have and not w.isdigit()
               for w in _WORDS.findall(kept.lower()))


def document_list(search: Any, what: Any, *, depth: int, want: int, widen_max: int = 16,
                  **options: Any) -> list[Candidate]:
    """One lean candidate list collapsed to documents (MaxP), at least ``want`` of them if there are.

    A list holds passages, so one long document (a 2 MB file is thousands of passages) can fill it
    alone and crowd every other document out. When the list came back full with fewer than ``want``
    documents, it is fetched again four times deeper, up to ``widen_max`` times ``depth``: ordinary
    queries pay nothing, a flooded one a few more reads.
    """
    limit = depth
    while True:
        got = search(what, k=limit, lean=True, **options)
        docs = max_passage(got)
        if len(docs) >= want or len(got) < limit or limit >= depth * widen_max:
            return docs
        limit *= 4


class Retriever:
    """Hybrid retrieval over a :class:`~heedful.store.base.Store`.

    >>> retriever = Retriever(engine.store, engine.embedder, rrf_k=20)  # doctest: +SKIP
    >>> [f.doc_id for f in retriever.retrieve("volcano eruption", depth=100, want=2)][:2]  # doctest: +SKIP
    ['d1', 'd2']
    """

    def __init__(self, store: Store, embedder: Embedder, *, rrf_k: int = 20, widen_max: int = 16) -> None:
        self.store = store
        self.embedder = embedder
        self.rrf_k = rrf_k
        self.widen_max = widen_max
        self._pool: Any = None  # a second thread runs a query's BM25 search while this one embeds it

    def over(self, store: Store) -> Retriever:
        """This retriever reading ``store`` (a scoped view, say), sharing its settings and threads."""
        view = copy.copy(self)
        view.store = store
        view._pool = self._threads()
        return view

    def lists(self, text: str, *, depth: int, want: int, filters: Sequence[Filter] = (),
              as_of: dt.date | None = None, timings: dict[str, float] | None = None,
              query: str | None = None) -> dict[str, list[Candidate]]:
        """The BM25 and dense document lists of ``text`` (lean), filters and as-of inside the store.

        When ``text`` is a query with an instruction's wording added, ``query`` alone gets a BM25
        list of its own ("bm25_query"): a two-word query next to a forty-word instruction would
        otherwise weigh little in its own search, and the words a user typed in the search box
        are the surest sign of what the documents must be about.
        """
        import time

        options: dict[str, Any] = {"depth": depth, "want": want, "widen_max": self.widen_max, "filters": filters, "as_of": as_of}
        t = time.perf_counter()
        bm25_job = self._threads().submit(document_list, self.store.text_search, text, **options)
        own = query.strip() if query else ""
        query_job = (self._threads().submit(document_list, self.store.text_search, own, **options)
                     if own and _WORDS.findall(own.lower()) != _WORDS.findall(text.lower()) else None)
        vector = self.embedder.embed_query(text)
        if timings is not None:
            timings["embed"] = (time.perf_counter() - t) * 1000
        dense = document_list(self.store.vector_search, vector, **options)
        out = {"bm25": bm25_job.result(), "dense": dense}
        if query_job is not None:
            out["bm25_query"] = query_job.result()
        return out

    def retrieve(self, text: str, *, depth: int, want: int, filters: Sequence[Filter] = (),
                 as_of: dt.date | None = None, timings: dict[str, float] | None = None,
                 query: str | None = None) -> list[Fused]:
        """The lists fused by RRF, best first (lean: hydrate the ones you keep)."""
        lists = self.lists(text, depth=depth, want=want, filters=filters, as_of=as_of, timings=timings,
                           query=query)
        return rrf(lists, k=self.rrf_k)

    def hydrate(self, fused: Sequence[Fused], *, vectors: bool = False) -> None:
        """Replace each fused document's best passage by its full row (text, metadata, evidence)."""
        for f, full in zip(fused, self.store.hydrate([f.best for f in fused], vectors=vectors), strict=True):
            f.best = full

    def _threads(self) -> Any:
        if self._pool is None:
            from concurrent.futures import ThreadPoolExecutor

            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="heedful-bm25")
        return self._pool
