"""Turning verdicts into one score per candidate, and an explanation per criterion.

``final = base + sum(contribution)`` where ``base`` is the retrieval score normalised to [0, 1]
over the candidates. Predicate verdicts are trusted more than embedding verdicts: a requirement a
passage is shown to violate (or an exclusion it is shown to meet) costs as much as the whole
spread of retrieval scores, so it sinks below every passage not shown to fail.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from heedful.config import Weights
from heedful.rank.judge import CandidateView, Judge, Verdict
from heedful.types import CriterionResult

if TYPE_CHECKING:
    from heedful.plan.schema import Criterion, Plan

__all__ = ["Weights", "contribution", "score_candidates", "subject_share"]


def contribution(criterion: Criterion, verdict: Verdict, w: Weights) -> float:
    """What one verdict adds to a candidate's score."""
    pol = criterion.polarity
    if verdict.method.startswith("embedding"):
        sign = 1.0 if pol in ("require", "prefer") else -1.0
        return sign * w.semantic * (verdict.score - 0.5) * 2.0
    if verdict.method.startswith("llm"):  # graded by P(yes); prefer/avoid move as much as a predicate
        sign = 1.0 if pol in ("require", "prefer") else -1.0
        scale = w.llm if pol in ("require", "exclude") else (w.prefer if pol == "prefer" else w.avoid)
        return sign * scale * (verdict.score - 0.5) * 2.0
    if criterion.predicate is not None and criterion.predicate.type == "date_window":
        sign = 1.0 if pol in ("require", "prefer") else -1.0
        return sign * w.time_window * (verdict.score - 0.5)
    status = verdict.status
    if pol == "require":
        return {"satisfied": w.require_satisfied, "violated": -w.require_violated,
                "unknown": -w.require_unknown}[status]
    if pol == "exclude":
        return -w.exclude_satisfied if status == "satisfied" else 0.0
    if pol == "prefer":
        return w.prefer if status == "satisfied" else 0.0
    return -w.avoid if status == "satisfied" else 0.0  # avoid


def score_candidates(
    plan: Plan,
    candidates: Sequence[CandidateView],
    judges: Sequence[Judge],
    *,
    weights: Weights | None = None,
    extra: Sequence[tuple[Criterion, list[Verdict]]] = (),
) -> list[tuple[float, tuple[CriterionResult, ...]]]:
    """Score every candidate under every criterion of ``plan`` (and ``extra`` pre-judged ones).

    Each criterion goes to the judges in order; the first verdict that is not None counts.
    """
    w = weights or Weights()
    totals = [c.base for c in candidates]
    explanations: list[list[CriterionResult]] = [[] for _ in candidates]
    judged: list[tuple[Criterion, list[Verdict]]] = []
    for criterion in plan.criteria:
        if criterion.weight == 0 or (criterion.kind == "time" and criterion.predicate is None):
            continue  # nothing to rank by, or a time the plan's time element already carries
        found: list[Verdict | None] = [None] * len(candidates)
        for judge in judges:
            todo = [i for i, v in enumerate(found) if v is None]
            if not todo:
                break
            got = judge.judge(criterion, [candidates[i] for i in todo])
            for i, v in zip(todo, got, strict=True):
                found[i] = v
        judged.append((criterion, [v or Verdict("unknown", 0.5, None, "none") for v in found]))
    for criterion, verdicts in [*judged, *extra]:
        for i, v in enumerate(verdicts):
            delta = 0.0 if v.method == "none" else contribution(criterion, v, w) * criterion.weight
            totals[i] += delta
            explanations[i].append(CriterionResult(
                criterion=criterion.text, polarity=criterion.polarity, status=v.status,
                contribution=delta, evidence=v.evidence, span=criterion.span, method=v.method,
            ))
    return [(totals[i], tuple(explanations[i])) for i in range(len(candidates))]


_TOKEN = re.compile(r"[^\W_]+")


def subject_share(query: str, title: str) -> float:
    """The share of a title's content words (stop words aside, first six letters) that the query
    names: 1.0 when the query names the document's subject, as in "Who owned Brightwave Studios?" for the
    article "Brightwave Studios"; 0.0 for an untitled document.

    >>> subject_share("Which company owned Brightwave Studios?", "Brightwave Studios")
    1.0
    >>> subject_share("Who ran the Harbour Museum of Tallinn in 1990?", "Harbour Museum of Tallinn")
    1.0
    >>> subject_share("Who ran the Harbour Museum of Tallinn in 1990?", "Maria Keller")
    0.0
    """
    from heedful.text.lexicon import STOPWORDS

    def words(text: str) -> set[str]:
        return {w.lower()[:6] for w in _TOKEN.findall(text) if w.lower() not in STOPWORDS}

    have = words(title)
    return len(have & words(query)) / len(have) if have else 0.0
