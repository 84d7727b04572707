"""What an evaluation run reports: per-system results, the set's report as JSON, markdown and TREC runs, and a plot.

:class:`PairedReport` holds FollowIR-style results (p-MRR, nDCG@10 under each instruction,
robustness@10), :class:`BeirReport` BEIR results (:data:`BEIR_MEASURES`); both say which index
they were evaluated on (:class:`IndexInfo`), on what machine and how long it took.
:func:`plot` draws either as a PNG bar chart.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

from heedful._optional import require
from heedful.eval.trec import Run, write_run

__all__ = [
    "BEIR_MEASURES",
    "BeirReport",
    "BeirSystemResult",
    "IndexInfo",
    "PairedReport",
    "PairedSystemResult",
    "plot",
]

#: ir_measures name -> label in reports, for BEIR sets
BEIR_MEASURES: dict[str, str] = {"nDCG@10": "nDCG@10", "R@2": "R@2", "R@10": "R@10", "AP": "MAP"}


def _slug(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9._+-]+", "-", name).strip("-") or "set"


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


class _SystemResult:
    """The JSON form both results share: the system, its measures, its timings, per query."""

    system: str
    per_query: dict[str, dict[str, Any]]
    setup_seconds: float
    search_seconds: float
    ms_per_search: float

    def _measures(self) -> dict[str, Any]:
        raise NotImplementedError

    def to_dict(self) -> dict[str, Any]:
        return {
            "system": self.system,
            **self._measures(),
            "setup_seconds": round(self.setup_seconds, 2),
            "search_seconds": round(self.search_seconds, 2),
            "ms_per_search": round(self.ms_per_search, 2),
            "per_query": {q: {m: (None if v is None else round(v, 4)) for m, v in vals.items()}
                          for q, vals in self.per_query.items()},
        }


@dataclass
class PairedSystemResult(_SystemResult):
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

    def _measures(self) -> dict[str, Any]:
        return {
            "p_mrr": round(self.p_mrr, 2),
            "ndcg@10_og": round(self.ndcg_og, 4),
            "ndcg@10_changed": round(self.ndcg_changed, 4),
            "robustness@10": round(self.robustness, 4),
        }

    def _cells(self) -> list[str]:
        return [f"{self.p_mrr:+.1f}", f"{self.ndcg_og:.3f}", f"{self.ndcg_changed:.3f}", f"{self.robustness:.3f}"]


@dataclass
class BeirSystemResult(_SystemResult):
    """One system on a BEIR set: the mean of each measure of :data:`BEIR_MEASURES`."""

    system: str
    measures: dict[str, float]
    per_query: dict[str, dict[str, float]]
    setup_seconds: float
    search_seconds: float
    ms_per_search: float
    runs: dict[str, Run] = field(repr=False, default_factory=dict)

    def _measures(self) -> dict[str, Any]:
        return {label: round(self.measures[label], 4) for label in BEIR_MEASURES.values()}

    def _cells(self) -> list[str]:
        return [f"{self.measures[label]:.3f}" for label in BEIR_MEASURES.values()]


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
    columns: ClassVar[tuple[str, ...]] = ()  # the measures' column heads in the markdown table

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

    def to_markdown(self) -> str:
        heads = ["system", *self.columns, "ms/search"]
        rows = [
            f"### {self.set} ({self.queries} quer{'y' if self.queries == 1 else 'ies'}, top-{self.k})",
            "",
            "| " + " | ".join(heads) + " |",
            "|" + "---|" * len(heads),
        ]
        for s in self.systems:
            rows.append("| " + " | ".join([s.system, *s._cells(), f"{s.ms_per_search:.1f}"]) + " |")
        return "\n".join(rows) + self._footer()

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
    columns = ("p-MRR", "nDCG@10 og", "nDCG@10 changed", "robustness@10")


@dataclass
class BeirReport(_Report):
    """The systems' scores on one BEIR set (nDCG@10, Recall@2, Recall@10, MAP)."""

    systems: list[BeirSystemResult] = field(default_factory=list)
    kind = "beir"
    columns = tuple(BEIR_MEASURES.values())


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
