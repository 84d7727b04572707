"""The systems the harness compares: named ranking functions over one benchmark set.

A *system* is a function ``(context, query, instruction, k) -> ranked doc ids``; the
:class:`SetContext` gives it the heedful :class:`~heedful.engine.Engine` built over the set's corpus
and, lazily, a :class:`~heedful.eval.baselines.BM25Baseline` over the same corpus. The built-in
systems, in :data:`SYSTEMS` order:

=====================  ==================================================================
``bm25``               bm25s over title + text, the query alone (ignores the instruction)
``bm25+instruction``   bm25s on ``query + " " + instruction``
``dense+instruction``  the index's vector list on query + instruction, collapsed to documents (MaxP)
``hybrid+instruction`` the index's BM25 and vector lists on query + instruction, fused by RRF (no plan)
``heedful``            ``engine.search(query, instruction=instruction, k=k)``: the full pipeline
``heedful+llm``        the same with ``judge="llm", judge_k=20``: the local LLM reads the top 20
                       where no predicate decided (not in the default list: it needs the model)
=====================  ==================================================================

More can be registered without touching this module::

    @register_system("heedful+bm25-only", description="...")
    def _mine(ctx, query, instruction, k):
        return [docid for docid, _ in ctx.bm25.search(query, k=k)]
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from heedful.errors import ConfigError

if TYPE_CHECKING:
    from heedful.engine import Engine
    from heedful.eval.baselines import BM25Baseline

__all__ = [
    "SYSTEMS",
    "SetContext",
    "System",
    "get_system",
    "get_systems",
    "register_system",
    "registered_systems",
]

SYSTEMS: tuple[str, ...] = ("bm25", "bm25+instruction", "dense+instruction", "hybrid+instruction", "heedful")
"""The built-in systems, in the order reports list them."""

SystemFn = Callable[["SetContext", str, "str | None", int], Sequence[str]]


class SetContext:
    """What a system may use for one set: the heedful engine and the set's corpus.

    ``bm25`` is built on first use and shared by every system of the run.
    """

    def __init__(self, engine: Engine, corpus_path: str | os.PathLike[str]) -> None:
        self.engine = engine
        self.corpus_path = Path(corpus_path)

    @cached_property
    def bm25(self) -> BM25Baseline:
        from heedful.eval.baselines import BM25Baseline
        from heedful.eval.datasets import load_corpus

        return BM25Baseline(load_corpus(self.corpus_path))

    def depth(self, k: int) -> int:
        """How many passages to ask a store list for, to get ``k`` documents after MaxP."""
        return max(self.engine.search_config.depth, 2 * k)


@dataclass(frozen=True)
class System:
    """A named ranking function.

    ``uses_instruction=False`` marks query-only systems: they run once per query and that ranking
    serves for both instructions (so their p-MRR is exactly 0). ``setup`` runs once per set before
    any query and is timed apart (building BM25, loading a model).
    """

    name: str
    fn: SystemFn
    uses_instruction: bool = True
    description: str = ""
    setup: Callable[[SetContext], Any] | None = None

    def __call__(self, ctx: SetContext, query: str, instruction: str | None, k: int) -> list[str]:
        return list(self.fn(ctx, query, instruction if self.uses_instruction else None, k))


_REGISTRY: dict[str, System] = {}


def register_system(
    name: str,
    fn: SystemFn | None = None,
    *,
    uses_instruction: bool = True,
    description: str = "",
    setup: Callable[[SetContext], Any] | None = None,
    replace: bool = False,
) -> Any:
    """Register a system under ``name``; usable as a decorator or called with ``fn``.

    Raises:
        ConfigError: ``name`` is taken (pass ``replace=True`` to override) or malformed.

    >>> def query_only(ctx, query, instruction, k):
    ...     return [docid for docid, _ in ctx.bm25.search(query, k=k)]
    >>> register_system("bm25-echo", query_only, uses_instruction=False)  # doctest: +SKIP
    System(name='bm25-echo', ...)
    """
    if not isinstance(name, str) or not name or "," in name or any(c.isspace() for c in name):
        raise ConfigError(f"system name {name!r} must be non-empty, without commas or whitespace")

    def add(f: SystemFn) -> SystemFn:
        if name in _REGISTRY and not replace:
            raise ConfigError(f"system {name!r} is already registered; pass replace=True to override it")
        _REGISTRY[name] = System(name, f, uses_instruction, description, setup)
        return f

    if fn is None:
        return add
    add(fn)
    return _REGISTRY[name]


def registered_systems() -> list[str]:
    """Every registered system name: the built-ins in :data:`SYSTEMS` order, then the others."""
    return [s for s in SYSTEMS if s in _REGISTRY] + sorted(s for s in _REGISTRY if s not in SYSTEMS)


def get_system(name: str) -> System:
    """The registered system called ``name``.

    Raises:
        ConfigError: no such system; the message lists the known ones.
    """
    try:
        return _REGISTRY[name]
    except KeyError:
        raise ConfigError(
            f"unknown system {name!r}; choose from {', '.join(registered_systems())}"
        ) from None


def get_systems(systems: Iterable[str] | str) -> list[System]:
    """The registered systems named in a list or a comma-separated string, in that order.

    Raises:
        ConfigError: an unknown, empty or repeated name.
    """
    names = [s.strip() for s in systems.split(",")] if isinstance(systems, str) else list(systems)
    if not names or any(not n for n in names):
        raise ConfigError(f"systems={systems!r}: name at least one, e.g. {','.join(SYSTEMS)}")
    dup = sorted({n for n in names if names.count(n) > 1})
    if dup:
        raise ConfigError(f"system(s) {', '.join(dup)} listed twice")
    return [get_system(n) for n in names]


def _join(query: str, instruction: str | None) -> str:
    return " ".join(t.strip() for t in (query, instruction or "") if t and t.strip())


def _bm25(ctx: SetContext, query: str, instruction: str | None, k: int) -> list[str]:
    return [docid for docid, _ in ctx.bm25.search(_join(query, instruction), k=k)]


def _dense(ctx: SetContext, query: str, instruction: str | None, k: int) -> list[str]:
    from heedful.rank.candidates import document_list

    text = _join(query, instruction)
    if not text:
        return []
    vector = ctx.engine.embedder.embed_query(text)
    return [c.doc_id for c in document_list(ctx.engine.store.vector_search, vector, depth=ctx.depth(k), want=k)][:k]


def _hybrid(ctx: SetContext, query: str, instruction: str | None, k: int) -> list[str]:
    text = _join(query, instruction)
    if not text:
        return []
    return [f.doc_id for f in ctx.engine.retriever.retrieve(text, depth=ctx.depth(k), want=k)][:k]


def _heedful(ctx: SetContext, query: str, instruction: str | None, k: int) -> list[str]:
    return ctx.engine.search(query, instruction=instruction, k=k).ids


def _warm_bm25(ctx: SetContext) -> None:
    ctx.bm25  # noqa: B018 - builds the shared index so its time is not charged to the first query


def _warm_embedder(ctx: SetContext) -> None:
    ctx.engine.embedder.embed_query("warm up")


register_system("bm25", _bm25, uses_instruction=False, setup=_warm_bm25,
                description="bm25s over title + text, query only")
register_system("bm25+instruction", _bm25, setup=_warm_bm25,
                description="bm25s over title + text, query + instruction")
register_system("dense+instruction", _dense, setup=_warm_embedder,
                description="the index's vector list on query + instruction, MaxP")
register_system("hybrid+instruction", _hybrid, setup=_warm_embedder,
                description="the index's BM25 + vector lists on query + instruction, RRF, no plan")
register_system("heedful", _heedful, setup=_warm_embedder,
                description="Engine.search(query, instruction=...): the full pipeline")


def _heedful_llm(ctx: SetContext, query: str, instruction: str | None, k: int) -> list[str]:
    return ctx.engine.search(query, instruction=instruction, k=k, judge="llm", judge_k=20).ids


def _warm_llm(ctx: SetContext) -> None:
    from heedful.models.generator import load_generator

    _warm_embedder(ctx)
    load_generator()  # loading the model is set-up, not query time


register_system("heedful+llm", _heedful_llm, setup=_warm_llm,
                description="heedful with the local LLM judging the top 20 where predicates are undecided "
                            "(pip install \"heedful[llm]\"; $HEEDFUL_LLM_URL for a server)")
