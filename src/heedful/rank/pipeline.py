"""One search, start to end: the plan, the store filters (relations resolved to linked values), hybrid
candidates, criterion-by-criterion ranking and the explanations of what is returned.

:meth:`Engine.search <heedful.engine.Engine.search>` documents the options; it calls :func:`run_search`.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from heedful.errors import ConfigError, InputError
from heedful.rank.candidates import adds_words, retrieval_text
from heedful.store.filters import Filter, as_filter
from heedful.temporal.asof import as_date, with_as_of
from heedful.types import Results

if TYPE_CHECKING:
    from heedful.engine import Engine
    from heedful.plan.schema import Plan
    from heedful.rank.llm_judge import LLMJudge

__all__ = ["run_search"]


def run_search(
    engine: Engine,
    query: str,
    *,
    instruction: str | None = None,
    plan: Plan | Mapping[str, Any] | str | None = None,
    filters: Sequence[Filter | Mapping[str, Any] | str] | None = None,
    k: int = 10,
    as_of: dt.date | str | None = None,
    judge: Literal["none", "llm"] | LLMJudge | None = None,
    judge_k: int = 20,
) -> Results:
    """:meth:`Engine.search <heedful.engine.Engine.search>` over ``engine``."""
    if not isinstance(k, int) or isinstance(k, bool) or k < 1:
        raise ConfigError(f"k={k!r} must be a positive integer")
    query = (query or "").strip()
    timings: dict[str, float] = {}
    t = time.perf_counter()
    the_plan = with_as_of(_resolve_plan(engine, query, instruction, plan), query, as_date(as_of))
    timings["compile"] = (time.perf_counter() - t) * 1000
    when = the_plan.time.as_of if the_plan is not None and the_plan.time is not None else None
    text = retrieval_text(query, instruction, the_plan)
    if not text and the_plan is not None and the_plan.relations:
        # only relational words, which the tables decide: every linked document qualifies, so
        # the words themselves order what the filter keeps
        text = " ".join(r.text for r in the_plan.relations)
    if not text:
        raise InputError("nothing to search for: pass a query, an instruction or both")
    flt = [as_filter(f) for f in (filters or [])]
    if the_plan is not None:
        flt += list(the_plan.filters)
    resolved: list[Any] = []
    if the_plan is not None and the_plan.relations:
        from heedful.relations.apply import resolve_relations

        t = time.perf_counter()
        resolved = resolve_relations(the_plan.relations, engine.tables, engine.config.fields)
        timings["relations"] = (time.perf_counter() - t) * 1000
        if any(r.empty for r in resolved):  # a requirement no row satisfies: nothing can match
            return Results(query=query, hits=(), instruction=instruction, plan=the_plan, timings=timings)
        flt += [r.filter for r in resolved if r.filter is not None]
    # as-of alone is a store condition: nothing to judge
    judging = the_plan is not None and bool(
        the_plan.criteria or (the_plan.time and (the_plan.time.window or the_plan.time.recency))
    )

    depth = max(engine.search_config.depth, 2 * k)
    t = time.perf_counter()
    # lean lists (ids and scores) are fused; only the documents kept are then read in full
    retriever = engine.retriever
    own = query if adds_words(query, instruction, the_plan) else None  # a list of its own (Retriever.lists)
    fused = retriever.retrieve(text, depth=depth, want=k, filters=flt, as_of=when, timings=timings, query=own)
    retriever.hydrate(fused[: max(k, engine.search_config.judge_depth if judging else 0)], vectors=judging)
    timings["retrieve"] = (time.perf_counter() - t) * 1000 - timings["embed"]

    from heedful.rank.rerank import rank_hits

    hits = rank_hits(the_plan if judging else None, fused, k, judge=judge, judge_k=judge_k, query=query,
                     instruction=instruction, embedder=engine.embedder, config=engine.search_config,
                     date_field=engine.config.date_field, timings=timings)
    if "doc_key" in engine.config.fields and hits:
        from heedful.temporal.versions import explain_versions

        hits = explain_versions(hits, engine.store, when)
    if resolved:
        from heedful.relations.apply import explain_relations

        hits = tuple(explain_relations(h, resolved) for h in hits)
    timings["total"] = sum(timings.values())
    return Results(query=query, hits=hits, instruction=instruction, plan=the_plan, timings=timings)


def _resolve_plan(engine: Engine, query: str, instruction: str | None, plan: Any) -> Plan | None:
    """The plan to search with: the one passed (validated), or the instruction's, or none."""
    if plan is not None:
        from heedful.plan.schema import Plan, validate_plan

        return plan if isinstance(plan, Plan) else validate_plan(plan)
    if instruction and instruction.strip():
        return engine.compile(instruction, query=query)
    return None
