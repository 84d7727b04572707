"""Judging the fused candidates of a search: verdicts, priors and time terms into ranked, explained hits.

The engine retrieves (:mod:`heedful.rank.candidates`), then calls :func:`judge_candidates` when the
plan has something to judge; everything that decides a judged candidate's score lives here.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from heedful.errors import ConfigError
from heedful.store.base import Candidate
from heedful.types import Hit

if TYPE_CHECKING:
    from heedful.config import SearchConfig, Weights
    from heedful.models.base import Embedder
    from heedful.plan.schema import Plan
    from heedful.rank.fusion import Fused
    from heedful.rank.llm_judge import LLMJudge

__all__ = ["hit_of", "judge_candidates", "rank_hits", "with_time_criterion"]


def rank_hits(
    plan: Plan | None, fused: Sequence[Fused], k: int, *, judge: Literal["none", "llm"] | LLMJudge | None,
    judge_k: int, query: str, instruction: str | None, embedder: Embedder, config: SearchConfig,
    date_field: str | None, timings: dict[str, float],
) -> tuple[Hit, ...]:
    """The ``k`` best hits of a search: in retrieval order when ``plan`` is None (nothing to judge),
    else judged by :func:`judge_candidates`, with an LLM when ``judge`` asks for one (the time it
    took goes into ``timings["judge"]``)."""
    if plan is None or not fused:
        return tuple(hit_of(f.best, rank, f.score, f.ranks) for rank, f in enumerate(fused[:k], 1))
    t = time.perf_counter()
    llm = None
    if judge is not None and judge != "none":
        from heedful.rank.llm_judge import resolve_judge

        if not isinstance(judge_k, int) or isinstance(judge_k, bool) or judge_k < 0:
            raise ConfigError(f"judge_k={judge_k!r} must be an integer >= 0, e.g. 20")

        llm = resolve_judge(judge, query=query, instruction=instruction)
    hits = judge_candidates(plan, fused, k, embedder=embedder, config=config, date_field=date_field, llm=llm,
                            judge_k=judge_k, query=query)
    timings["judge"] = (time.perf_counter() - t) * 1000
    return hits


def judge_candidates(
    plan: Plan, fused: Sequence[Fused], k: int, *, embedder: Embedder, config: SearchConfig,
    date_field: str | None = None, llm: LLMJudge | None = None, judge_k: int = 20, query: str = "",
) -> tuple[Hit, ...]:
    """Read the best ``config.judge_depth`` fused candidates criterion by criterion and rank them.

    Judges run cheapest first (predicates on index-time evidence, then sentence embeddings; the LLM
    re-reads the best ``judge_k`` where both left a requirement undecided). A candidate's score is
    its retrieval score normalised to [0, 1] over the judged ones, plus heedful's priors, plus each
    verdict's contribution (``config.weights``), plus the TempRALM term when the plan asks for the
    latest. Candidates beyond the judged depth follow in retrieval order, below every judged one.
    """
    from heedful.ingest.evidence import Evidence, extract
    from heedful.rank.judge import CandidateView, EmbeddingJudge, PredicateJudge, TypeJudge
    from heedful.rank.score import score_candidates

    head = fused[: config.judge_depth]
    top, bottom = head[0].score, head[-1].score
    spread = (top - bottom) or 1.0
    views = [
        CandidateView(
            doc_id=f.doc_id, passage=f.best.passage, title=f.best.title, text=f.best.text,
            metadata=f.best.metadata, evidence=Evidence.from_json(f.best.evidence) if f.best.evidence
            else extract(f.best.text), vector=f.best.vector, base=(f.score - bottom) / spread, ranks=dict(f.ranks),
        )
        for f in head
    ]
    judges = [PredicateJudge(date_field=date_field), TypeJudge(), EmbeddingJudge(embedder)]
    judged_plan = with_time_criterion(plan)
    # heedful's own priors go into each candidate's base, so every later stage (the LLM's choice
    # of what to read included) sees them; they are explained after the criteria
    priors = _priors(judged_plan, query, views, config.weights)
    for v, extra in zip(views, priors, strict=True):
        v.base += sum(r.contribution for r in extra)
    scored = score_candidates(judged_plan, views, judges, weights=config.weights)
    if llm is not None and judge_k > 0:  # the LLM re-reads the best few where predicates are undecided
        from heedful.rank.llm_judge import rescore_top

        scored = rescore_top(judged_plan, views, scored, judges, llm, judge_k=judge_k,
                             weights=config.weights)
    scored = [(score, (*why, *extra)) for (score, why), extra in zip(scored, priors, strict=True)]
    # The TempRALM term is a recency preference. As-of alone does not add it: the store already
    # keeps one version per document, and across different documents recency is not relevance.
    if plan.time is not None and plan.time.recency == "latest":
        scored = _temporal(plan, views, scored, date_field)
    order = sorted(range(len(head)), key=lambda i: (-scored[i][0], i))
    hits = [
        Hit(id=views[i].doc_id, score=scored[i][0], rank=r, title=views[i].title, text=views[i].text,
            metadata=views[i].metadata, passage=views[i].passage, ranks=views[i].ranks,
            explanation=scored[i][1])
        for r, i in enumerate(order, 1)
    ]
    floor = min((s for s, _ in scored), default=0.0)
    for f in fused[len(head):k]:  # beyond the judged depth: retrieval order, below the judged
        hits.append(hit_of(f.best, len(hits) + 1, floor - 1.0 + f.score, f.ranks))
    return tuple(hits[:k])


def _temporal(plan: Plan, views: Sequence[Any], scored: list[Any], date_field: str | None) -> list[Any]:
    """Add the TempRALM term: closer before the query date (as-of, else today) scores higher."""
    from heedful.temporal.scoring import tempralm
    from heedful.types import CriterionResult

    assert plan.time is not None
    q_date = plan.time.as_of or dt.date.today()
    dates = [_doc_date(v.metadata, date_field) for v in views]
    terms = tempralm(dates, q_date, [s for s, _ in scored])
    label = f"recent as of {q_date.isoformat()}" if plan.time.as_of else "the latest"
    out = []
    for (score, why), term, d in zip(scored, terms, dates, strict=True):
        r = CriterionResult(
            criterion=label, polarity="prefer", status="unknown" if d is None else "satisfied",
            contribution=term, evidence=f"dated {d.isoformat()}" if d else None, span=plan.time.span,
            method="temporal: TempRALM a / max(1 day, query date - document date), z-normalised",
        )
        out.append((score + term, (*why, r)))
    return out


def _priors(plan: Plan, query: str, views: Sequence[Any], w: Weights) -> list[tuple[Any, ...]]:
    """heedful's own priors on judged candidates, as explanation lines (one tuple per candidate).

    * length: a heading or a list item says too little to meet criteria the way a paragraph does,
      so a passage under ``w.short_words`` words loses up to ``w.short``;
    * subject, when the plan has a time window: a window says *when*, not *what*, and almost every
      passage mentions dates, so a passage of a document the query names (its title) gains
      ``w.subject`` times the share of the title's words the query names, and a passage of another
      document with a date in the window does not pass it.
    """
    from heedful.rank.score import subject_share
    from heedful.types import CriterionResult

    windowed = any(c.predicate is not None and c.predicate.type == "date_window" for c in plan.criteria)
    out = []
    for v in views:
        lines = []
        n = len(v.text.split())
        if w.short and n < w.short_words:
            lines.append(CriterionResult(
                criterion="a passage long enough to judge", polarity="prefer", status="violated",
                contribution=-w.short * (1 - n / w.short_words), method=f"length: {n} words, under {w.short_words}"))
        share = subject_share(query, v.title) if windowed and query and w.subject else 0.0
        if share:
            lines.append(CriterionResult(
                criterion="about what the query names", polarity="prefer", status="satisfied",
                contribution=w.subject * share, evidence=v.title,
                method=f"subject: the query names {share:.0%} of the title's words"))
        out.append(tuple(lines))
    return out


def _doc_date(metadata: Mapping[str, Any], date_field: str | None) -> dt.date | None:
    for name in (date_field, "valid_from"):
        value = metadata.get(name) if name else None
        if isinstance(value, dt.date):
            return value
    return None


def with_time_criterion(plan: Plan) -> Plan:
    """A time window in the plan reads as a date-window requirement on each passage."""
    from dataclasses import replace

    from heedful.plan.schema import Criterion, Predicate

    if plan.time is None or plan.time.window is None:
        return plan
    if any(c.predicate is not None and c.predicate.type == "date_window" for c in plan.criteria):
        return plan
    start, end = plan.time.window
    crit = Criterion(text=f"about the period {start.isoformat()} to {end.isoformat()}", polarity="require",
                     kind="time", predicate=Predicate.date_window(start, end), span=plan.time.span)
    return replace(plan, criteria=(*plan.criteria, crit))


def hit_of(c: Candidate, rank: int, score: float, ranks: Mapping[str, int]) -> Hit:
    return Hit(id=c.doc_id, score=score, rank=rank, title=c.title, text=c.text,
               metadata=c.metadata, passage=c.passage, ranks=dict(ranks))
