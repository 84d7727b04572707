"""Evaluation: metrics (p-MRR, nDCG, robustness), benchmark loaders, TREC runs, a BM25 baseline,
the side-by-side harness (:mod:`heedful.eval.harness`) and instruction tests for users' own indexes
(:mod:`heedful.eval.instruction_tests`).

Importing this package is cheap: ir_measures, bm25s and PyStemmer load on first use
(``pip install "heedful[eval]"``).
"""

from __future__ import annotations

from heedful.eval.baselines import BM25Baseline
from heedful.eval.datasets import (
    BeirSet,
    PairedSet,
    load_beir,
    load_corpus,
    load_paired,
    load_queries,
)
from heedful.eval.harness import SYSTEMS, evaluate_beir, evaluate_paired, register_system
from heedful.eval.instruction_tests import assert_instructions, load_cases, run_cases
from heedful.eval.metrics import PMRR, evaluate, map_, ndcg, p_mrr, recall, robustness
from heedful.eval.trec import Qrels, Run, ranked, read_qrels, read_run, write_run

# plain sorted() order, which tests/test_package.py checks; ruff would put "PMRR" first
__all__ = [
    "PMRR",
    "SYSTEMS",
    "BM25Baseline",
    "BeirSet",
    "PairedSet",
    "Qrels",
    "Run",
    "assert_instructions",
    "evaluate",
    "evaluate_beir",
    "evaluate_paired",
    "load_beir",
    "load_cases",
    "load_corpus",
    "load_paired",
    "load_queries",
    "map_",
    "ndcg",
    "p_mrr",
    "ranked",
    "read_qrels",
    "read_run",
    "recall",
    "register_system",
    "robustness",
    "run_cases",
    "write_run",
]
