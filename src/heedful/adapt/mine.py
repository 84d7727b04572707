"""Which synthetic pairs to keep, and the hard negative of each: BM25 and the current embedder over
the passage pool, fused by reciprocal rank.

A generated query is kept only when its own passage ranks near the top of the pool (a query that
cannot find its passage among the others is too vague or off the passage); its hard negative is a
passage the two retrievers rank high that is not its own, drawn (with the run's seed) from a band
below the very top, where near-duplicates of the positive and unjudged relevant passages sit.
"""

from __future__ import annotations

import math
import random
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

__all__ = ["Bm25", "Mined", "fused_rankings", "mine"]

_TOKEN = re.compile(r"\w+")
_STOP = frozenset(
    ["a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "has", "have", "how", "in", "is", "it", "its", "of", "on", "or", "that", "the", "this", "to", "was", "were", "what", "when", "which", "who", "why", "with", "does", "do", "did", "can", "i", "you"]
)


def _tokens(text: str) -> list[str]:
    return [t for t in _TOKEN.findall(text.lower()) if t not in _STOP]


class Bm25:
    """Okapi BM25 (k1 1.2, b 0.75) over a small in-memory pool of passages.

    >>> bm = Bm25(["vitamin d and bone health", "coffee and sleep", "bone density in older women"])
    >>> bm.top("bone health", 2)
    [0, 2]
    """

    def __init__(self, passages: Sequence[str], *, k1: float = 1.2, b: float = 0.75) -> None:
        self.k1, self.b = k1, b
        self._docs = [Counter(_tokens(p)) for p in passages]
        self._len = np.array([sum(c.values()) for c in self._docs], dtype=np.float64)
        self._avg = float(self._len.mean()) if len(self._docs) else 0.0
        df: Counter[str] = Counter()
        self._postings: dict[str, list[int]] = {}
        for i, counts in enumerate(self._docs):
            for term in counts:
                df[term] += 1
                self._postings.setdefault(term, []).append(i)
        n = len(self._docs)
        self._idf = {t: math.log(1 + (n - d + 0.5) / (d + 0.5)) for t, d in df.items()}

    def scores(self, query: str) -> np.ndarray:
        out = np.zeros(len(self._docs), dtype=np.float64)
        for term in set(_tokens(query)):
            for i in self._postings.get(term, ()):
                tf = self._docs[i][term]
                norm = tf + self.k1 * (1 - self.b + self.b * self._len[i] / max(self._avg, 1e-9))
                out[i] += self._idf[term] * tf * (self.k1 + 1) / norm
        return out

    def top(self, query: str, k: int) -> list[int]:
        scores = self.scores(query)
        order = np.argsort(-scores, kind="stable")[:k]
        return [int(i) for i in order if scores[i] > 0]


def fused_rankings(bm25: Bm25, passage_vectors: np.ndarray, queries: Sequence[str],
                   query_vectors: np.ndarray, *, depth: int, rrf_k: int = 60) -> list[list[int]]:
    """For each query, the pool indices of its top ``depth`` passages by BM25 and dense rank fused
    with reciprocal rank fusion (ties broken by pool order)."""
    out: list[list[int]] = []
    dense = query_vectors @ passage_vectors.T
    for qi, query in enumerate(queries):
        scores: dict[int, float] = {}
        for rank, i in enumerate(bm25.top(query, depth)):
            scores[i] = scores.get(i, 0.0) + 1.0 / (rrf_k + rank + 1)
        for rank, i in enumerate(np.argsort(-dense[qi], kind="stable")[:depth]):
            scores[int(i)] = scores.get(int(i), 0.0) + 1.0 / (rrf_k + rank + 1)
        out.append(sorted(scores, key=lambda i: (-scores[i], i))[:depth])
    return out


@dataclass(frozen=True)
class Mined:
    """One kept pair: the query, its passage and a hard negative (pool indices), and the rank at
    which the fused retrievers found the positive (1 = first)."""

    query: str
    positive: int
    negative: int | None
    rank: int


def mine(rankings: Sequence[list[int]], queries: Sequence[str], positives: Sequence[int], *,
         keep_rank: int, negative_band: tuple[int, int], seed: int,
         same_text: Sequence[int] | None = None) -> tuple[list[Mined], Counter[str]]:
    """Keep the pairs whose positive ranks within ``keep_rank``, and draw each one's hard negative
    from ranks ``negative_band`` (1-based, inclusive) of its ranking, never the positive nor a
    passage with the same text (``same_text[i]`` is the first pool index holding passage i's text).

    Returns the kept pairs and the count of each reason a pair was dropped.

    >>> kept, dropped = mine([[0, 1, 2, 3], [2, 0, 1, 3]], ["q0", "q1"], [0, 1],
    ...                      keep_rank=2, negative_band=(2, 4), seed=0)
    >>> [(m.query, m.positive, m.rank) for m in kept], dict(dropped)
    ([('q0', 0, 1)], {'positive not in the top 2': 1})
    >>> kept[0].negative in (1, 2, 3)
    True
    """
    rng = random.Random(seed)
    kept: list[Mined] = []
    dropped: Counter[str] = Counter()
    lo, hi = negative_band
    canon = list(same_text) if same_text is not None else None
    for query, ranking, pos in zip(queries, rankings, positives, strict=True):
        rank = ranking.index(pos) + 1 if pos in ranking else None
        if rank is None or rank > keep_rank:
            dropped[f"positive not in the top {keep_rank}"] += 1
            continue
        band = [i for i in ranking[lo - 1 : hi] if i != pos
                and (canon is None or canon[i] != canon[pos])]
        negative = band[rng.randrange(len(band))] if band else None
        kept.append(Mined(query, pos, negative, rank))
    return kept, dropped
