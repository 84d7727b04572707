"""Run heedful and its baselines side by side on a benchmark set and score them.

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

:func:`evaluate_paired` scores FollowIR-style sets (p-MRR, nDCG@10 under each instruction's
qrels); :func:`evaluate_beir` scores BEIR sets (nDCG@10, Recall@2/@10, MAP). Both build the heedful
index in ``index_dir`` when it is absent and reuse it otherwise; the build time is reported apart
from the evaluation time.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import platform
import re
import shutil
import statistics
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from heedful._optional import require
from heedful.errors import ConfigError, InputError
from heedful.eval.datasets import _set_name
from heedful.eval.metrics import evaluate, p_mrr
from heedful.eval.trec import Qrels, Run, write_run

if TYPE_CHECKING:
    from heedful.engine import Engine
    from heedful.eval.baselines import BM25Baseline
    from heedful.models.base import Embedder

__all__ = [
    "BEIR_MEASURES",
    "SYSTEMS",
    "BeirReport",
    "BeirSystemResult",
    "IndexInfo",
    "PairedReport",
    "PairedSystemResult",
    "SetContext",
    "System",
    "evaluate_beir",
    "evaluate_paired",
    "get_system",
    "get_systems",
    "index_name",
    "open_index",
    "plot",
    "register_system",
    "registered_systems",
]

log = logging.getLogger(__name__)

SYSTEMS: tuple[str, ...] = ("bm25", "bm25+instruction", "dense+instruction", "hybrid+instruction", "heedful")
"""The built-in systems, in the order reports list them."""

#: ir_measures name -> label in reports, for BEIR sets
BEIR_MEASURES: dict[str, str] = {"nDCG@10": "nDCG@10", "R@2": "R@2", "R@10": "R@10", "AP": "MAP"}

SystemFn = Callable[["SetContext", str, "str | None", int], Sequence[str]]


# ---------------------------------------------------------------------------- systems
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


# ---------------------------------------------------------------------------- index
@dataclass(frozen=True)
class IndexInfo:
    """The heedful index a set was evaluated on; ``build_seconds`` is 0 when it was reused."""

    path: str
    documents: int
    passages: int
    built: bool
    build_seconds: float

    def to_dict(self) -> dict[str, Any]:
        return {"path": self.path, "documents": self.documents, "passages": self.passages,
                "built": self.built, "build_seconds": round(self.build_seconds, 1)}


def index_name(corpus_path: str | os.PathLike[str]) -> str:
    """The folder name of a corpus' index under an index root: one index per corpus, so sets that
    share a corpus share it (``hotpotqa-if`` and ``hotpotqa`` -> ``hotpotqa``;
    ``timeqa-if/test`` -> ``timeqa-if-test``).
    """
    folder = Path(corpus_path).resolve().parent
    return _slug(_set_name(folder))


def open_index(index_dir: str | os.PathLike[str], corpus_path: str | os.PathLike[str], *,
               embedder: Embedder | None = None, progress: bool = True,
               rebuild: bool = False) -> tuple[Engine, IndexInfo]:
    """Open the heedful index of a corpus, building it first when ``index_dir`` holds none.

    An index left by an interrupted build is resumed. An existing index must hold exactly the
    corpus' document count. ``rebuild=True`` deletes the heedful index in ``index_dir`` first
    (an index of an older format cannot be opened otherwise).

    Raises:
        ConfigError: ``index_dir`` holds an index of another corpus or of another format, or
            ``rebuild`` was asked for a folder that is not a heedful index.
    """
    from heedful.config import CONFIG_FILE
    from heedful.engine import Engine
    from heedful.eval.datasets import load_corpus

    path = Path(index_dir)
    existing = (path / CONFIG_FILE).exists()
    if rebuild and path.exists():
        if not existing:
            raise ConfigError(f"{path} is not a heedful index, so it is not deleted; choose another folder")
        log.info("deleting the index at %s to rebuild it", path)
        shutil.rmtree(path)
        existing = False
    engine = Engine.open(path, create=True, embedder=embedder)
    built, seconds = False, 0.0
    if not existing or engine.interrupted:
        log.info("building the heedful index of %s in %s", corpus_path, path)
        report = engine.index(load_corpus(corpus_path), progress=progress)
        built, seconds = True, report.seconds
    docs, passages = engine.store.count()
    if not built:
        expected = sum(1 for _ in load_corpus(corpus_path))
        if docs != expected:
            raise ConfigError(
                f"the index at {path} holds {docs} documents but {corpus_path} has {expected}; "
                "delete the index folder or choose another one"
            )
    return engine, IndexInfo(str(path), docs, passages, built, seconds)


# ---------------------------------------------------------------------------- running
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


def _check_k(k: int) -> int:
    if isinstance(k, bool) or not isinstance(k, int) or k < 1:
        raise ConfigError(f"k={k!r} must be a positive integer, e.g. k=1000")
    return k


def _select(queries: list[dict[str, Any]], chosen: int | Sequence[str] | None) -> list[dict[str, Any]]:
    if chosen is None:
        return queries
    if isinstance(chosen, bool) or (isinstance(chosen, int) and chosen < 1):
        raise ConfigError(f"queries={chosen!r} must be a count >= 1 or a list of query ids")
    if isinstance(chosen, int):
        return queries[:chosen]
    wanted = [chosen] if isinstance(chosen, str) else list(chosen)
    by_id = {q["_id"]: q for q in queries}
    missing = [qid for qid in wanted if qid not in by_id]
    if missing:
        raise InputError(f"query id(s) {missing!r} are not in the set")
    return [by_id[qid] for qid in wanted]


def _as_run(ids: Sequence[str]) -> dict[str, float]:
    # rank-derived scores: the metrics and write_run read exactly this order back
    return {docid: float(len(ids) - i) for i, docid in enumerate(ids)}


@dataclass
class _Timed:
    runs: dict[str, Run]
    ms: dict[str, dict[str, float]]  # label -> qid -> milliseconds
    setup_seconds: float
    search_seconds: float


def _run_system(system: System, ctx: SetContext, queries: list[dict[str, Any]],
                instruction_keys: Mapping[str, str | None], k: int) -> _Timed:
    t = time.perf_counter()
    if system.setup is not None:
        system.setup(ctx)
    setup_s = time.perf_counter() - t
    runs: dict[str, Run] = {label: {} for label in instruction_keys}
    ms: dict[str, dict[str, float]] = {label: {} for label in instruction_keys}
    total = 0.0
    first = next(iter(instruction_keys))
    for q in queries:
        qid = q["_id"]
        for label, key in instruction_keys.items():
            if label != first and not system.uses_instruction:
                runs[label][qid] = runs[first][qid]  # a query-only system ranks each query once
                continue
            t = time.perf_counter()
            ids = system(ctx, q["text"], q.get(key) if key else None, k)
            elapsed = time.perf_counter() - t
            total += elapsed
            ms[label][qid] = elapsed * 1000
            if len(set(ids)) != len(ids):
                raise InputError(f"system {system.name!r} returned a document twice for query {qid!r}")
            runs[label][qid] = _as_run(ids[:k])
    return _Timed(runs, ms, setup_s, total)


def _environment() -> dict[str, Any]:
    from heedful import __version__

    return {
        "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "heedful": __version__,
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        "platform": platform.platform(),
    }


def _slug(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9._+-]+", "-", name).strip("-") or "set"


def _ms_per_search(ms: Mapping[str, Mapping[str, float]]) -> float:
    values = [v for per in ms.values() for v in per.values()]
    return statistics.fmean(values) if values else 0.0


def _restrict(qrels: Qrels, qids: Iterable[str]) -> Qrels:
    keep = set(qids)
    return {q: d for q, d in qrels.items() if q in keep}


# ---------------------------------------------------------------------------- paired
@dataclass
class PairedSystemResult:
    """One system on a paired set. Metrics are FollowIR's: p-MRR x100, nDCG@10 in [0, 1]."""

    system: str
    p_mrr: float
    ndcg_og: float
    ndcg_changed: float
    robustness: float
    per_query: dict[str, dict[str, float | None]]
    setup_seconds: float
    search_seconds: float
    ms_per_search: float
    runs: dict[str, Run] = field(repr=False, default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "system": self.system,
            "p_mrr": round(self.p_mrr, 2),
            "ndcg@10_og": round(self.ndcg_og, 4),
            "ndcg@10_changed": round(self.ndcg_changed, 4),
            "robustness@10": round(self.robustness, 4),
            "setup_seconds": round(self.setup_seconds, 2),
            "search_seconds": round(self.search_seconds, 2),
            "ms_per_search": round(self.ms_per_search, 2),
            "per_query": {q: {m: (None if v is None else round(v, 4)) for m, v in vals.items()}
                          for q, vals in self.per_query.items()},
        }


@dataclass
class _Report:
    set: str
    k: int
    queries: int
    index: IndexInfo
    seconds: float
    environment: dict[str, Any] = field(default_factory=dict)
    meta: dict[str, Any] = field(default_factory=dict)  # e.g. the command that made it

    systems: list[Any] = field(default_factory=list)
    kind = ""

    @property
    def slug(self) -> str:
        """The set name as a file name: ``timeqa-if/test`` -> ``timeqa-if-test``."""
        return _slug(self.set)

    def _head(self) -> dict[str, Any]:
        return {"set": self.set, "kind": self.kind, "k": self.k, "queries": self.queries,
                **self.meta, "environment": self.environment, "index": self.index.to_dict(),
                "eval_seconds": round(self.seconds, 1)}

    def to_dict(self) -> dict[str, Any]:
        return {**self._head(), "systems": [s.to_dict() for s in self.systems]}

    def _footer(self) -> str:
        ix = self.index
        how = f"built in {ix.build_seconds:.1f} s" if ix.built else "reused"
        return (f"\n\nIndex: {ix.documents} documents, {ix.passages} passages ({how}). "
                f"Evaluation: {self.seconds:.1f} s for {len(self.systems)} systems "
                f"(index build excluded).")

    def save_runs(self, folder: str | os.PathLike[str]) -> list[Path]:
        """Write every run as TREC: ``<set>.<system>[.<instruction>].trec``; returns the paths."""
        out = Path(folder)
        out.mkdir(parents=True, exist_ok=True)
        paths = []
        for s in self.systems:
            for label, run in s.runs.items():
                suffix = f".{label}" if label else ""
                path = out / f"{self.slug}.{_slug(s.system)}{suffix}.trec"
                write_run(run, path, tag=_slug(s.system))
                paths.append(path)
        return paths


@dataclass
class PairedReport(_Report):
    """The systems' scores on one paired-instruction set.

    >>> print(report.to_markdown())  # doctest: +SKIP
    ### hotpotqa-if (30 queries, top-1000)
    <BLANKLINE>
    | system | p-MRR | nDCG@10 og | nDCG@10 changed | robustness@10 | ms/search |
    |---|---|---|---|---|---|
    | bm25 | +0.0 | 0.819 | 0.621 | 0.611 | 2.1 |
    ...
    """

    systems: list[PairedSystemResult] = field(default_factory=list)
    kind = "paired"

    def to_markdown(self) -> str:
        rows = [
            f"### {self.set} ({self.queries} quer{'y' if self.queries == 1 else 'ies'}, top-{self.k})",
            "",
            "| system | p-MRR | nDCG@10 og | nDCG@10 changed | robustness@10 | ms/search |",
            "|---|---|---|---|---|---|",
        ]
        for s in self.systems:
            rows.append(f"| {s.system} | {s.p_mrr:+.1f} | {s.ndcg_og:.3f} | {s.ndcg_changed:.3f} | "
                        f"{s.robustness:.3f} | {s.ms_per_search:.1f} |")
        return "\n".join(rows) + self._footer()


def evaluate_paired(
    set_dir: str | os.PathLike[str],
    *,
    index_dir: str | os.PathLike[str],
    systems: Iterable[str] | str = SYSTEMS,
    k: int = 1000,
    queries: int | Sequence[str] | None = None,
    embedder: Embedder | None = None,
    progress: bool = True,
    rebuild: bool = False,
) -> PairedReport:
    """Score each system on a FollowIR-style set: a run with each instruction, then p-MRR and nDCG@10.

    Args:
        set_dir: a folder :func:`~heedful.eval.load_paired` reads (``hotpotqa-if``, ``timeqa-if/test``).
        index_dir: the heedful index of the set's corpus; built here when absent.
        systems: registered system names (a list or ``"a,b"``).
        k: the depth of every run.
        queries: only the first N queries, or these query ids.
        embedder: the embedder to build or open the index with (default: the index's own).
        progress: a progress bar on stderr while building the index.
        rebuild: delete the index in ``index_dir`` and build it again.

    >>> r = evaluate_paired("bench/hotpotqa-if", index_dir="work/hotpotqa", systems=["bm25"])  # doctest: +SKIP
    >>> round(r.systems[0].ndcg_og, 3)  # doctest: +SKIP
    0.819
    """
    from heedful.eval.datasets import load_paired

    chosen = get_systems(systems)
    k = _check_k(k)
    data = load_paired(set_dir)
    selected = _select(data.queries, queries)
    qids = [q["_id"] for q in selected]
    qrels_og, qrels_changed = _restrict(data.qrels_og, qids), _restrict(data.qrels_changed, qids)
    engine, info = open_index(index_dir, data.corpus_path, embedder=embedder, progress=progress,
                              rebuild=rebuild)
    ctx = SetContext(engine, data.corpus_path)
    start = time.perf_counter()
    results = []
    for system in chosen:
        timed = _run_system(system, ctx, selected, {"og": "instruction_og", "changed": "instruction_changed"}, k)
        og, changed = timed.runs["og"], timed.runs["changed"]
        pm = p_mrr(og, changed, qrels_og, qrels_changed)
        n_og = evaluate(og, qrels_og, ["nDCG@10"])["per_query"]
        n_ch = evaluate(changed, qrels_changed, ["nDCG@10"])["per_query"]
        per_query: dict[str, dict[str, float | None]] = {}
        for qid in qids:
            a = n_og.get(qid, {}).get("nDCG@10")
            b = n_ch.get(qid, {}).get("nDCG@10")
            per_query[qid] = {
                "p_mrr": pm.per_query.get(qid), "ndcg@10_og": a, "ndcg@10_changed": b,
                "ms_og": timed.ms["og"].get(qid), "ms_changed": timed.ms["changed"].get(qid),
            }
        # InstructIR's robustness@10: each query's worse nDCG of the two instructions
        worst = [min(n_og[q]["nDCG@10"], n_ch[q]["nDCG@10"]) for q in n_og if q in n_ch]
        results.append(PairedSystemResult(
            system=system.name, p_mrr=pm.score,
            ndcg_og=_mean(v["nDCG@10"] for v in n_og.values()),
            ndcg_changed=_mean(v["nDCG@10"] for v in n_ch.values()),
            robustness=_mean(worst), per_query=per_query,
            setup_seconds=timed.setup_seconds, search_seconds=timed.search_seconds,
            ms_per_search=_ms_per_search(timed.ms), runs=timed.runs,
        ))
        log.info("%s %s: p-MRR %+.1f, nDCG@10 og %.3f changed %.3f (%.1f s)", data.name, system.name,
                 pm.score, results[-1].ndcg_og, results[-1].ndcg_changed, timed.search_seconds)
    return PairedReport(set=data.name, k=k, queries=len(selected), index=info,
                        seconds=time.perf_counter() - start, environment=_environment(), systems=results)


def _mean(values: Iterable[float]) -> float:
    values = list(values)
    return sum(values) / len(values) if values else 0.0


# ---------------------------------------------------------------------------- BEIR
@dataclass
class BeirSystemResult:
    """One system on a BEIR set: the mean of each measure of :data:`BEIR_MEASURES`."""

    system: str
    measures: dict[str, float]
    per_query: dict[str, dict[str, float]]
    setup_seconds: float
    search_seconds: float
    ms_per_search: float
    runs: dict[str, Run] = field(repr=False, default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "system": self.system,
            **{label: round(self.measures[label], 4) for label in BEIR_MEASURES.values()},
            "setup_seconds": round(self.setup_seconds, 2),
            "search_seconds": round(self.search_seconds, 2),
            "ms_per_search": round(self.ms_per_search, 2),
            "per_query": {q: {m: round(v, 4) for m, v in vals.items()} for q, vals in self.per_query.items()},
        }


@dataclass
class BeirReport(_Report):
    """The systems' scores on one BEIR set (nDCG@10, Recall@2, Recall@10, MAP)."""

    systems: list[BeirSystemResult] = field(default_factory=list)
    kind = "beir"

    def to_markdown(self) -> str:
        labels = list(BEIR_MEASURES.values())
        rows = [
            f"### {self.set} ({self.queries} quer{'y' if self.queries == 1 else 'ies'}, top-{self.k})",
            "",
            "| system | " + " | ".join(labels) + " | ms/search |",
            "|---|" + "---|" * (len(labels) + 1),
        ]
        for s in self.systems:
            cells = " | ".join(f"{s.measures[label]:.3f}" for label in labels)
            rows.append(f"| {s.system} | {cells} | {s.ms_per_search:.1f} |")
        return "\n".join(rows) + self._footer()


def evaluate_beir(
    set_dir: str | os.PathLike[str],
    *,
    index_dir: str | os.PathLike[str],
    systems: Iterable[str] | str = SYSTEMS,
    k: int = 1000,
    queries: int | Sequence[str] | None = None,
    split: str = "test",
    embedder: Embedder | None = None,
    progress: bool = True,
    rebuild: bool = False,
) -> BeirReport:
    """Score each system on a BEIR set: nDCG@10, Recall@2, Recall@10 and MAP over top-``k`` runs.

    BEIR queries carry no instruction, so the ``+instruction`` systems search with the query
    alone (a query's ``instruction`` key is used when present).

    >>> r = evaluate_beir("bench/hotpotqa", index_dir="work/hotpotqa", systems="bm25,heedful")  # doctest: +SKIP
    >>> [s.system for s in r.systems]  # doctest: +SKIP
    ['bm25', 'heedful']
    """
    from heedful.eval.datasets import load_beir

    chosen = get_systems(systems)
    k = _check_k(k)
    data = load_beir(set_dir, split=split)
    selected = _select(data.queries, queries)
    qids = [q["_id"] for q in selected]
    qrels = _restrict(data.qrels, qids)
    engine, info = open_index(index_dir, data.corpus_path, embedder=embedder, progress=progress,
                              rebuild=rebuild)
    ctx = SetContext(engine, data.corpus_path)
    start = time.perf_counter()
    results = []
    for system in chosen:
        timed = _run_system(system, ctx, selected, {"": "instruction"}, k)
        scored = evaluate(timed.runs[""], qrels, list(BEIR_MEASURES))
        relabel = {q: {BEIR_MEASURES[m]: v for m, v in vals.items()} for q, vals in scored["per_query"].items()}
        results.append(BeirSystemResult(
            system=system.name,
            measures={BEIR_MEASURES[m]: v for m, v in scored["aggregate"].items()},
            per_query=relabel, setup_seconds=timed.setup_seconds,
            search_seconds=timed.search_seconds, ms_per_search=_ms_per_search(timed.ms),
            runs=timed.runs,
        ))
    return BeirReport(set=data.name, k=k, queries=len(selected), index=info,
                      seconds=time.perf_counter() - start, environment=_environment(), systems=results)


# ---------------------------------------------------------------------------- plot
def plot(report: PairedReport | BeirReport, path: str | os.PathLike[str]) -> Path:
    """Write a PNG bar chart of ``report``: p-MRR and nDCG@10 og/changed per system (paired), or
    each BEIR measure per system. Needs matplotlib (``pip install "heedful[eval]"``).
    """
    mpl = require("matplotlib", purpose="benchmark plots")
    mpl.use("Agg")  # files only, never a window; Figure below keeps pyplot's global state out
    figure_mod = require("matplotlib.figure", purpose="benchmark plots")
    names = [s.system for s in report.systems]
    x = list(range(len(names)))
    if isinstance(report, PairedReport):
        fig = figure_mod.Figure(figsize=(4 + 1.6 * len(names), 4.2), layout="constrained")
        left, right = fig.subplots(1, 2, width_ratios=[1, 1.4])
        values = [s.p_mrr for s in report.systems]
        bars = left.bar(x, values, color=["#c44e52" if v < 0 else "#55a868" for v in values])
        left.bar_label(bars, labels=[f"{v:+.1f}" for v in values], fontsize=8)
        left.axhline(0, color="black", linewidth=0.8)
        left.set_title("p-MRR (x100, higher follows the changed instruction)", fontsize=9)
        _ticks(left, x, names)
        w = 0.38
        for offset, attr, label in ((-w / 2, "ndcg_og", "og"), (w / 2, "ndcg_changed", "changed")):
            vals = [getattr(s, attr) for s in report.systems]
            b = right.bar([i + offset for i in x], vals, w, label=f"instruction {label}")
            right.bar_label(b, labels=[f"{v:.2f}" for v in vals], fontsize=7)
        right.set_ylim(0, 1.05)
        right.set_title("nDCG@10 under each instruction's qrels", fontsize=9)
        right.legend(fontsize=8, loc="upper left")
        _ticks(right, x, names)
    else:
        labels = list(BEIR_MEASURES.values())
        fig = figure_mod.Figure(figsize=(3 + 1.5 * len(names), 4.2), layout="constrained")
        ax = fig.subplots()
        w = 0.8 / len(labels)
        for j, label in enumerate(labels):
            vals = [s.measures[label] for s in report.systems]
            ax.bar([i + (j - (len(labels) - 1) / 2) * w for i in x], vals, w, label=label)
        ax.set_ylim(0, 1.05)
        ax.legend(fontsize=8, ncols=len(labels), loc="upper left")
        _ticks(ax, x, names)
    fig.suptitle(f"{report.set}: {report.queries} queries, top-{report.k}", fontsize=10)
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(out, dpi=110)
    return out


def _ticks(ax: Any, x: list[int], names: list[str]) -> None:
    ax.set_xticks(x)
    ax.set_xticklabels(names, rotation=20, ha="right", fontsize=8)
