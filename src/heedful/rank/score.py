"""Turning verdicts into one score per candidate, and an explanation per criterion.

``final = base + sum(contribution)`` where ``base`` is the retrieval score normalised to [0, 1]
over the candidates. Predicate verdicts are trusted more than embedding verdicts: a requirement a
passage is shown to violate (or an exclusion it is shown to meet) costs as much as the whole
spread of retrieval scores, so it sinks below every passage not shown to fail.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from heedful.rank.judge import CandidateView, Judge, Verdict
from heedful.types import CriterionResult

if TYPE_CHECKING:
    from heedful.plan.schema import Criterion, Plan

__all__ = ["Weights", "contribution", "score_candidates", "subject_share"]


@dataclass(frozen=True)
class Weights:
    """How much each kind of verdict moves a candidate (retrieval scores span [0, 1]).

    ``require_satisfied`` and ``semantic`` were fitted by ``bench/tune_weights.py`` on the first half
    of hotpotqa-if and timeqa-if dev, and checked on the second half of hotpotqa-if
    (``bench/results/tune_weights.md``); the hard penalties stay at the full spread. ``time_window``
    (2.0 there) and ``subject`` were then set on timeqa-if dev with the window bounds
    (``bench/if_dev.py timeqa-if/dev``: p-MRR +57.7, nDCG@10 0.651 / 0.640 at 2.0 and no subject
    term; +59.2, 0.664 / 0.654 at 3.0 and 0.25); hotpotqa-if is unchanged by both. ``short``, a
    length prior (a heading or a list item says too little to meet criteria as a paragraph does),
    was set on timeqa-if dev too: +59.6, 0.671 / 0.670 with it (0.674 / 0.673 once a plan stopped
    counting a repeated window twice).
    """

    require_satisfied: float = 0.25
    require_violated: float = 1.00
    require_unknown: float = 0.25
    exclude_satisfied: float = 1.00
    prefer: float = 0.15
    avoid: float = 0.15
    semantic: float = 0.30  # scale of embedding verdicts, for every polarity
    time_window: float = 3.00  # scale of the time-window term: (score - 0.5) * time_window
    llm: float = 0.50  # scale of LLM verdicts on require/exclude: (P(yes) - 0.5) * 2 * llm
    subject: float = 0.25  # with a time window: times the share of a candidate's title words the query names
    short: float = 0.25  # a judged passage of n < short_words words loses short * (1 - n / short_words)
    short_words: int = 100


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
    names: 1.0 when the query names the document's subject, as in "Who owned GMMTV?" for the
    article "GMMTV"; 0.0 for an untitled document.

    >>> subject_share("Which company owned GMMTV?", "GMMTV")
    1.0
    >>> subject_share("Who was the chair of the Security Service of Ukraine?", "Security Service of Ukraine")
    1.0
    >>> subject_share("Who was the chair of the Security Service of Ukraine?", "Ivaylo Petev")
    0.0
    """
    from heedful.plan._lexicon import STOPWORDS

    def words(text: str) -> set[str]:
        return {w.lower()[:6] for w in _TOKEN.findall(text) if w.lower() not in STOPWORDS}

    have = words(title)
    return len(have & words(query)) / len(have) if have else 0.0
