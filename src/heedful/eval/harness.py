"""Run heedful and its baselines side by side on a benchmark set and score them.

The systems (:mod:`heedful.eval.systems`) rank each query under each instruction;
:func:`evaluate_paired` scores FollowIR-style sets (p-MRR, nDCG@10 under each instruction's
qrels); :func:`evaluate_beir` scores BEIR sets (nDCG@10, Recall@2/@10, MAP). Both build the heedful
index in ``index_dir`` when it is absent and reuse it otherwise; the build time is reported apart
from the evaluation time. The reports and their plot are :mod:`heedful.eval.reports`; this module
re-exports both modules' names, where the CLI and users have always imported them from.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import platform
import shutil
import statistics
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from heedful.errors import ConfigError, InputError
from heedful.eval.datasets import _set_name
from heedful.eval.metrics import evaluate, p_mrr
from heedful.eval.reports import (
    BEIR_MEASURES,
    BeirReport,
    BeirSystemResult,
    IndexInfo,
    PairedReport,
    PairedSystemResult,
    _slug,
    plot,
)
from heedful.eval.systems import (
    SYSTEMS,
    SetContext,
    System,
    get_system,
    get_systems,
    register_system,
    registered_systems,
)
from heedful.eval.trec import Qrels, Run

if TYPE_CHECKING:
    from heedful.engine import Engine
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


# ---------------------------------------------------------------------------- index
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


def _ms_per_search(ms: Mapping[str, Mapping[str, float]]) -> float:
    values = [v for per in ms.values() for v in per.values()]
    return statistics.fmean(values) if values else 0.0


def _restrict(qrels: Qrels, qids: Iterable[str]) -> Qrels:
    keep = set(qids)
    return {q: d for q, d in qrels.items() if q in keep}


@dataclass
class _SetRun:
    """One set made ready for its systems: the queries chosen, the index opened."""

    systems: list[System]
    k: int
    data: Any
    selected: list[dict[str, Any]]
    ctx: SetContext
    info: IndexInfo

    @property
    def qids(self) -> list[str]:
        return [q["_id"] for q in self.selected]

    @classmethod
    def open(cls, systems: Iterable[str] | str, k: int, load: Callable[[], Any],
             queries: int | Sequence[str] | None, *, index_dir: str | os.PathLike[str],
             embedder: Embedder | None, progress: bool, rebuild: bool) -> _SetRun:
        """Check the arguments, then read the set with ``load`` and open (or build) its index."""
        chosen = get_systems(systems)
        k = _check_k(k)
        data = load()
        selected = _select(data.queries, queries)
        engine, info = open_index(index_dir, data.corpus_path, embedder=embedder, progress=progress,
                                  rebuild=rebuild)
        return cls(chosen, k, data, selected, SetContext(engine, data.corpus_path), info)

    def report(self, score: Callable[[System, _Timed], Any],
               instruction_keys: Mapping[str, str | None]) -> dict[str, Any]:
        """Run every system with each instruction, ``score`` each; the report's fields."""
        start = time.perf_counter()
        results = [score(s, _run_system(s, self.ctx, self.selected, instruction_keys, self.k)) for s in self.systems]
        return {"set": self.data.name, "k": self.k, "queries": len(self.selected), "index": self.info,
                "seconds": time.perf_counter() - start, "environment": _environment(), "systems": results}


# ---------------------------------------------------------------------------- paired
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

    run = _SetRun.open(systems, k, lambda: load_paired(set_dir), queries, index_dir=index_dir,
                       embedder=embedder, progress=progress, rebuild=rebuild)
    data, qids = run.data, run.qids
    qrels_og, qrels_changed = _restrict(data.qrels_og, qids), _restrict(data.qrels_changed, qids)

    def score(system: System, timed: _Timed) -> PairedSystemResult:
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
        result = PairedSystemResult(
            system=system.name, p_mrr=pm.score,
            ndcg_og=_mean(v["nDCG@10"] for v in n_og.values()),
            ndcg_changed=_mean(v["nDCG@10"] for v in n_ch.values()),
            robustness=_mean(worst), per_query=per_query,
            setup_seconds=timed.setup_seconds, search_seconds=timed.search_seconds,
            ms_per_search=_ms_per_search(timed.ms), runs=timed.runs,
        )
        log.info("%s %s: p-MRR %+.1f, nDCG@10 og %.3f changed %.3f (%.1f s)", data.name, system.name,
                 pm.score, result.ndcg_og, result.ndcg_changed, timed.search_seconds)
        return result

    return PairedReport(**run.report(score, {"og": "instruction_og", "changed": "instruction_changed"}))


def _mean(values: Iterable[float]) -> float:
    values = list(values)
    return sum(values) / len(values) if values else 0.0


# ---------------------------------------------------------------------------- BEIR
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

    run = _SetRun.open(systems, k, lambda: load_beir(set_dir, split=split), queries, index_dir=index_dir,
                       embedder=embedder, progress=progress, rebuild=rebuild)
    qrels = _restrict(run.data.qrels, run.qids)

    def score(system: System, timed: _Timed) -> BeirSystemResult:
        scored = evaluate(timed.runs[""], qrels, list(BEIR_MEASURES))
        relabel = {q: {BEIR_MEASURES[m]: v for m, v in vals.items()} for q, vals in scored["per_query"].items()}
        return BeirSystemResult(
            system=system.name,
            measures={BEIR_MEASURES[m]: v for m, v in scored["aggregate"].items()},
            per_query=relabel, setup_seconds=timed.setup_seconds,
            search_seconds=timed.search_seconds, ms_per_search=_ms_per_search(timed.ms),
            runs=timed.runs,
        )

    return BeirReport(**run.report(score, {"": "instruction"}))
