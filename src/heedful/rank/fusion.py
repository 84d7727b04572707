"""Fusion of ranked lists as plain functions (after pyserini): MaxP collapse and RRF."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

from heedful.store.base import Candidate

__all__ = ["Fused", "max_passage", "rrf"]


@dataclass
class Fused:
    """A document after fusion: its score, its rank in each list and its best passage."""

    doc_id: str
    score: float
    best: Candidate
    ranks: dict[str, int] = field(default_factory=dict)
    scores: dict[str, float] = field(default_factory=dict)


def max_passage(candidates: Sequence[Candidate]) -> list[Candidate]:
    """Keep each document's best-ranked passage (MaxP), re-ranked 1..n in list order."""
    seen: set[str] = set()
    out: list[Candidate] = []
    for c in candidates:
        if c.doc_id in seen:
            continue
        seen.add(c.doc_id)
        out.append(replace(c, rank=len(out) + 1))
    return out


def rrf(lists: Mapping[str, Sequence[Candidate]], *, k: int = 60, weights: Mapping[str, float] | None = None) -> list[Fused]:
    """Reciprocal-rank fusion over document-level lists: ``sum_l w_l / (k + rank_l)``.

    Ties are broken by the best single rank, then by doc id, so fusion is deterministic. The
    passage shown for a document is the one from the list where it ranks best.

    >>> from heedful.store.base import Candidate
    >>> a = [Candidate("d1", 0, 1, 3.0, "", "", {}), Candidate("d2", 0, 2, 1.0, "", "", {})]
    >>> b = [Candidate("d2", 0, 1, 0.9, "", "", {})]
    >>> [f.doc_id for f in rrf({"bm25": a, "dense": b})]
    ['d2', 'd1']
    """
    fused: dict[str, Fused] = {}
    for name, ranked in lists.items():
        w = 1.0 if weights is None else weights.get(name, 1.0)
        for c in ranked:
            f = fused.get(c.doc_id)
            if f is None:
                f = fused[c.doc_id] = Fused(c.doc_id, 0.0, c)
            elif c.rank < min(f.ranks.values(), default=c.rank + 1):
                f.best = c
            f.score += w / (k + c.rank)
            f.ranks[name] = c.rank
            f.scores[name] = c.score
    return sorted(fused.values(), key=lambda f: (-f.score, min(f.ranks.values()), f.doc_id))
