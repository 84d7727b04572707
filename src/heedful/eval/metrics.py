"""Retrieval metrics: FollowIR's p-MRR, InstructIR's robustness, and ir_measures for the rest;
SQuAD's answer exact match and token F1 (defined in :mod:`heedful.ask.answers`, which ``ask`` also
uses to compare drafts) are re-exported here.

Every metric here reads a run in the same order as :func:`heedful.eval.trec.ranked`: score
descending, ties broken by docid ascending. trec_eval (and so ir_measures) breaks ties by docid
*descending*; :func:`evaluate` therefore hands ir_measures rank-derived scores, so that a run's
nDCG is the nDCG of the ranking :func:`~heedful.eval.trec.write_run` writes. This matters on
corpora with duplicate paragraphs: the shared timeqa-if reference numbers need it.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, NamedTuple

from heedful._optional import require
from heedful.ask.answers import best_f1, exact_match, f1_score, normalize_answer
from heedful.errors import ConfigError, InputError
from heedful.eval.trec import Qrels, Run, ranked

__all__ = [
    "PMRR",
    "best_f1",
    "evaluate",
    "exact_match",
    "f1_score",
    "map_",
    "ndcg",
    "normalize_answer",
    "p_mrr",
    "recall",
    "robustness",
]

logger = logging.getLogger(__name__)

_DEFAULT_MEASURES = ("nDCG@10", "R@10", "AP")


class PMRR(NamedTuple):
    """The p-MRR of a pair of runs: ``score`` over all queries, ``per_query`` for each scored one.

    Both are on FollowIR's x100 scale, in [-100, 100]; positive means the documents that stop being
    relevant under the changed instruction drop in the ranking.
    """

    score: float
    per_query: dict[str, float]


def _ranks(scores: Mapping[str, float]) -> dict[str, int]:
    return {docid: rank for rank, (docid, _) in enumerate(ranked(scores), 1)}


def _relevant(judged: Mapping[str, int]) -> set[str]:
    return {docid for docid, rel in judged.items() if rel > 0}


def p_mrr(run_og: Mapping[str, Mapping[str, float]], run_changed: Mapping[str, Mapping[str, float]],
          qrels_og: Mapping[str, Mapping[str, int]],
          qrels_changed: Mapping[str, Mapping[str, int]]) -> PMRR:
    """FollowIR's pairwise MRR (Weller et al. 2024, eq. 1) between two runs of the same queries.

    ``run_og`` ranks with (query + instruction_og), ``run_changed`` with (query +
    instruction_changed). For each query of ``qrels_og`` the *flipped* documents are those relevant
    (rel > 0) under ``qrels_og`` and not relevant under ``qrels_changed``. For each flipped document
    let ``R_og`` and ``R_new`` be its 1-based ranks in the two runs (score descending, ties by
    docid ascending); a document missing from a run's list for that query gets rank
    ``len(list) + 1``. Then::

        score(doc) = R_new / R_og - 1   if R_og > R_new   (moved up: in (-1, 0))
                     1 - R_og / R_new   otherwise          (moved down or stayed: in [0, 1))

    which is FollowIR's ``MRR_og/MRR_new - 1`` / ``1 - MRR_new/MRR_og`` with MRR = 1/R. Scores
    are averaged over a query's flipped documents, then over the queries that have any (queries
    without flipped documents are skipped), and multiplied by 100. A query absent from a run
    counts as an empty ranking.

    Only og-relevant documents that flip count. Documents that *become* relevant under the changed
    instruction are not scored, not even with the sign reversed: on timeqa-if, where the two
    relevant sets are disjoint, this definition reproduces the published BM25 reference (+33.8 on
    test; also -5.3 on hotpotqa-if), while adding the newly relevant documents gives +34.5.

    Raises:
        InputError: no query has a flipped document, so p-MRR is undefined.

    >>> qrels_og = {"q1": {"d1": 1, "d2": 1}}
    >>> qrels_changed = {"q1": {"d1": 1, "d2": 0}}
    >>> p_mrr({"q1": {"d2": 3.0, "d1": 2.0}}, {"q1": {"d1": 3.0, "d2": 2.0}}, qrels_og, qrels_changed)
    PMRR(score=50.0, per_query={'q1': 50.0})
    """
    per_query: dict[str, float] = {}
    for qid in sorted(qrels_og):
        flipped = _relevant(qrels_og[qid]) - _relevant(qrels_changed.get(qid, {}))
        if not flipped:
            continue
        og, new = run_og.get(qid, {}), run_changed.get(qid, {})
        if not og or not new:
            logger.warning("query %r has no ranking in run_%s; its documents all get rank 1",
                           qid, "og" if not og else "changed")
        ranks_og, ranks_new = _ranks(og), _ranks(new)
        total = 0.0
        for docid in sorted(flipped):
            r_og = ranks_og.get(docid, len(og) + 1)
            r_new = ranks_new.get(docid, len(new) + 1)
            total += r_new / r_og - 1 if r_og > r_new else 1 - r_og / r_new
        per_query[qid] = 100 * total / len(flipped)
    if not per_query:
        raise InputError(
            "no query has a document that is relevant under qrels_og and not relevant under "
            "qrels_changed, so p-MRR is undefined; check that the qrels are passed in that order"
        )
    return PMRR(sum(per_query.values()) / len(per_query), per_query)


def _parse(measures: Iterable[str]) -> list[tuple[str, Any]]:
    irm = require("ir_measures", purpose="nDCG, recall and MAP")
    parsed = []
    for name in measures:
        try:
            parsed.append((name, irm.parse_measure(name)))
        except (ValueError, NameError, TypeError, AttributeError):
            raise ConfigError(
                f"unknown measure {name!r}; use ir_measures names such as 'nDCG@10', 'R@100', 'AP'"
            ) from None
    if not parsed:
        raise ConfigError("measures is empty; pass e.g. ['nDCG@10']")
    return parsed


def _rank_scores(run: Mapping[str, Mapping[str, float]]) -> dict[str, dict[str, float]]:
    # trec_eval breaks score ties by docid descending; hand it scores that encode our order
    out: dict[str, dict[str, float]] = {}
    for qid, scores in run.items():
        order = ranked(scores)
        out[str(qid)] = {docid: float(len(order) - i) for i, (docid, _) in enumerate(order)}
    return out


def evaluate(run: Mapping[str, Mapping[str, float]], qrels: Mapping[str, Mapping[str, int]],
             measures: Sequence[str] = _DEFAULT_MEASURES) -> dict[str, Any]:
    """Score a run with ir_measures: the mean over the queries of ``qrels`` and each query's value.

    A query of ``qrels`` that the run lacks scores 0 (trec_eval ``-c``); queries of the run
    without judgments are ignored. Ties rank by docid ascending (see the module docstring).

    Returns:
        ``{"aggregate": {measure: mean}, "per_query": {qid: {measure: value}}}``, keyed by the
        measure names as given.

    Raises:
        ConfigError: a measure ir_measures does not know.
        MissingDependencyError: ir_measures is not installed (``pip install "heedful[eval]"``).

    >>> evaluate({"q1": {"d1": 2.0, "d2": 1.0}}, {"q1": {"d2": 1}}, ["nDCG@10", "R@1"])
    {'aggregate': {'nDCG@10': 0.6309297535714575, 'R@1': 0.0}, 'per_query': {'q1': {'nDCG@10': 0.6309297535714575, 'R@1': 0.0}}}
    """
    if isinstance(measures, str):
        measures = [measures]
    parsed = _parse(measures)
    irm = require("ir_measures", purpose="nDCG, recall and MAP")
    by_measure = {m: name for name, m in parsed}
    names = [name for name, _ in parsed]
    qrels_s = {str(q): {str(d): int(r) for d, r in docs.items()} for q, docs in qrels.items()}
    judged_run = {q: docs for q, docs in _rank_scores(run).items() if q in qrels_s and docs}
    found: dict[tuple[str, str], float] = {}
    if judged_run:
        for metric in irm.iter_calc(list(by_measure), qrels_s, judged_run):
            found[metric.query_id, by_measure[metric.measure]] = float(metric.value)
    per_query = {qid: {name: found.get((qid, name), 0.0) for name in names} for qid in sorted(qrels_s)}
    n = len(per_query)
    aggregate = {name: (sum(v[name] for v in per_query.values()) / n if n else 0.0) for name in names}
    return {"aggregate": aggregate, "per_query": per_query}


def _one(run: Mapping[str, Mapping[str, float]], qrels: Mapping[str, Mapping[str, int]],
         measure: str) -> float:
    return float(evaluate(run, qrels, [measure])["aggregate"][measure])


def _check_k(k: int) -> None:
    if isinstance(k, bool) or not isinstance(k, int) or k <= 0:
        raise ConfigError(f"k={k!r} must be a positive integer; pass e.g. k=10")


def ndcg(run: Mapping[str, Mapping[str, float]], qrels: Mapping[str, Mapping[str, int]],
         k: int = 10) -> float:
    """Mean nDCG@k (graded gains, log2 discount, trec_eval's definition) over the queries of qrels.

    >>> ndcg({"q1": {"d1": 2.0, "d2": 1.0}}, {"q1": {"d2": 1}}, k=10)
    0.6309297535714575
    """
    _check_k(k)
    return _one(run, qrels, f"nDCG@{k}")


def recall(run: Mapping[str, Mapping[str, float]], qrels: Mapping[str, Mapping[str, int]],
           k: int = 10) -> float:
    """Mean recall@k: the share of each query's relevant documents in its top k.

    >>> recall({"q1": {"d1": 2.0, "d2": 1.0}}, {"q1": {"d2": 1, "d3": 1}}, k=2)
    0.5
    """
    _check_k(k)
    return _one(run, qrels, f"R@{k}")


def map_(run: Mapping[str, Mapping[str, float]], qrels: Mapping[str, Mapping[str, int]]) -> float:
    """Mean average precision over the whole run (named ``map_`` to keep the builtin ``map``).

    >>> map_({"q1": {"d1": 2.0, "d2": 1.0}}, {"q1": {"d2": 1}})
    0.5
    """
    return _one(run, qrels, "AP")


def robustness(runs_by_instruction: Mapping[str, Run], qrels_by_instruction: Mapping[str, Qrels],
               k: int = 10) -> float:
    """InstructIR's robustness@k: the mean over queries of the worst nDCG@k across instructions.

    ``runs_by_instruction`` and ``qrels_by_instruction`` share keys (for example ``"og"`` and
    ``"changed"``); each run is scored against the qrels of its instruction. A query counts under
    every instruction whose qrels judge it; one missing from a run scores 0 there.

    Raises:
        ConfigError: the two mappings have different keys, or are empty.

    >>> runs = {"og": {"q1": {"d1": 1.0}}, "changed": {"q1": {"d1": 1.0}}}
    >>> qrels = {"og": {"q1": {"d1": 1}}, "changed": {"q1": {"d1": 0, "d2": 1}}}
    >>> robustness(runs, qrels)
    0.0
    """
    _check_k(k)
    if set(runs_by_instruction) != set(qrels_by_instruction) or not runs_by_instruction:
        raise ConfigError(
            f"runs are keyed {sorted(runs_by_instruction)!r} but qrels {sorted(qrels_by_instruction)!r}; "
            "pass one run and one qrels per instruction, under the same keys"
        )
    measure = f"nDCG@{k}"
    worst: dict[str, float] = {}
    for key, run in runs_by_instruction.items():
        per_query = evaluate(run, qrels_by_instruction[key], [measure])["per_query"]
        for qid, values in per_query.items():
            worst[qid] = min(worst.get(qid, values[measure]), values[measure])
    return sum(worst.values()) / len(worst) if worst else 0.0
