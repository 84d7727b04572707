from __future__ import annotations

import math

import pytest

from heedful.errors import ConfigError, InputError
from heedful.eval import PMRR, evaluate, map_, ndcg, p_mrr, recall, robustness


def ranking(*ids: str) -> dict[str, float]:
    """A run list in the given order (first id scores highest)."""
    return {docid: float(len(ids) - i) for i, docid in enumerate(ids)}


# d1 stays relevant, f flips (relevant under og, not under changed)
OG = {"q": {"d1": 1, "f": 1}}
CHANGED = {"q": {"d1": 1, "f": 0}}


def pm(og_list, new_list):
    return p_mrr({"q": og_list}, {"q": new_list}, OG, CHANGED)


def test_p_mrr_moved_up_is_negative():
    # R_og = 4, R_new = 2: R_new/R_og - 1 = -0.5
    assert pm(ranking("a", "b", "c", "f"), ranking("a", "f", "b", "c")) == PMRR(-50.0, {"q": -50.0})


def test_p_mrr_moved_down_is_positive():
    # R_og = 1, R_new = 4: 1 - R_og/R_new = 0.75
    assert pm(ranking("f", "a", "b", "c"), ranking("a", "b", "c", "f")).score == 75.0


def test_p_mrr_stayed_is_zero():
    same = ranking("a", "f", "b")
    assert pm(same, same).score == 0.0


def test_p_mrr_missing_doc_gets_rank_after_the_list():
    # missing from the changed list of 3: R_new = 4, R_og = 2 -> 1 - 2/4
    assert pm(ranking("a", "f", "b"), ranking("a", "b", "c")).score == 50.0
    # missing from the og list of 2: R_og = 3, R_new = 1 -> 1/3 - 1
    assert pm(ranking("a", "b"), ranking("f", "a")).score == pytest.approx(-200 / 3)
    # missing from both lists of 2: R_og = R_new = 3
    assert pm(ranking("a", "b"), ranking("b", "a")).score == 0.0


def test_p_mrr_ties_rank_by_docid():
    # f and a tie under og, so a is rank 1 and f rank 2; under changed f is rank 1
    assert pm({"f": 1.0, "a": 1.0}, {"f": 2.0, "a": 1.0}).score == -50.0


def test_p_mrr_macro_average_skips_queries_without_flips():
    qrels_og = {"q1": {"f": 1, "g": 1}, "q2": {"f": 1}, "q3": {"x": 1}}
    qrels_changed = {"q1": {"f": 0, "g": 0}, "q2": {"f": 0, "n": 1}, "q3": {"x": 1}}
    run_og = {"q1": ranking("f", "g"), "q2": ranking("f", "a", "b", "n"), "q3": ranking("x")}
    run_new = {"q1": ranking("g", "f"), "q2": ranking("n", "a", "b", "f"), "q3": ranking("a", "x")}
    result = p_mrr(run_og, run_new, qrels_og, qrels_changed)
    # q1: f 1 -> 2 gives 0.5, g 2 -> 1 gives -0.5; q2: f 1 -> 4 gives 0.75 (n, newly relevant, not scored)
    assert result.per_query == {"q1": 0.0, "q2": 75.0}
    assert result.score == 37.5


def test_p_mrr_identical_runs_score_zero():
    run = {"q": ranking("b", "f", "d1")}
    assert p_mrr(run, run, OG, CHANGED).score == 0.0


def test_p_mrr_without_flips_is_an_error():
    with pytest.raises(InputError, match="no query has a document that is relevant under qrels_og"):
        p_mrr({"q": {}}, {"q": {}}, OG, OG)


QRELS = {"q1": {"d1": 1, "d2": 2, "d3": 0}}
RUN = {"q1": {"d3": 3.0, "d1": 2.0, "d2": 1.0}}


def test_ndcg_by_hand():
    # gains 0, 1, 2 at ranks 1..3; ideal 2, 1
    dcg = 1 / math.log2(3) + 2 / math.log2(4)
    ideal = 2 + 1 / math.log2(3)
    assert ndcg(RUN, QRELS, k=10) == pytest.approx(dcg / ideal)
    assert ndcg(RUN, QRELS, k=1) == 0.0
    assert ndcg(RUN, QRELS, k=2) == pytest.approx((1 / math.log2(3)) / ideal)


def test_recall_and_ap_by_hand():
    qrels = {"q1": {"d2": 1, "d3": 1}}
    run = {"q1": ranking("d1", "d2", "d4", "d3")}
    assert recall(run, qrels, 2) == 0.5
    assert recall(run, qrels, k=4) == 1.0
    assert map_(run, qrels) == pytest.approx((1 / 2 + 2 / 4) / 2)


def test_evaluate_agrees_with_ir_measures():
    irm = pytest.importorskip("ir_measures")
    qrels = {"q1": {"a": 1, "b": 0, "c": 2}, "q2": {"x": 1, "y": 1}, "q3": {"z": 1}}
    run = {"q1": {"a": 0.3, "b": 0.9, "c": 0.1, "d": 0.5}, "q2": {"y": 2.0, "w": 1.5}, "q3": {"z": 1.0}}
    measures = ["nDCG@10", "R@10", "AP", "nDCG@2", "P@1"]
    got = evaluate(run, qrels, measures)
    want = irm.calc_aggregate([irm.parse_measure(m) for m in measures], qrels, run)
    for m in measures:
        assert got["aggregate"][m] == pytest.approx(want[irm.parse_measure(m)])
    assert list(got["per_query"]) == ["q1", "q2", "q3"]
    assert list(got["per_query"]["q3"]) == measures
    assert got["per_query"]["q3"]["nDCG@10"] == 1.0


def test_evaluate_default_measures_and_missing_queries_count_zero():
    result = evaluate({"q1": {"d1": 1.0}, "unjudged": {"d1": 1.0}}, {"q1": {"d1": 1}, "q2": {"d9": 1}})
    assert result == {
        "aggregate": {"nDCG@10": 0.5, "R@10": 0.5, "AP": 0.5},
        "per_query": {
            "q1": {"nDCG@10": 1.0, "R@10": 1.0, "AP": 1.0},
            "q2": {"nDCG@10": 0.0, "R@10": 0.0, "AP": 0.0},
        },
    }


def test_evaluate_breaks_ties_by_docid_ascending():
    # trec_eval alone would rank d2 (docid descending) first and give 1.0
    assert ndcg({"q1": {"d1": 1.0, "d2": 1.0}}, {"q1": {"d2": 1}}) == pytest.approx(1 / math.log2(3))


def test_metric_option_errors():
    with pytest.raises(ConfigError, match="unknown measure 'nDCG@ten'"):
        evaluate(RUN, QRELS, ["nDCG@ten"])
    with pytest.raises(ConfigError, match="k=0 must be a positive integer"):
        ndcg(RUN, QRELS, k=0)


def test_robustness_takes_the_worst_instruction_per_query():
    qrels = {
        "og": {"q1": {"a": 1}, "q2": {"b": 1}},
        "changed": {"q1": {"c": 1}, "q2": {"b": 1}},
    }
    runs = {
        "og": {"q1": ranking("a", "c"), "q2": ranking("b")},
        "changed": {"q1": ranking("a", "c"), "q2": ranking("b")},
    }
    # q1: og 1.0, changed 1/log2(3) -> min 0.6309; q2: 1.0 under both
    assert robustness(runs, qrels) == pytest.approx((1 / math.log2(3) + 1.0) / 2)
    assert robustness(runs, qrels, k=1) == 0.5
    with pytest.raises(ConfigError, match=r"runs are keyed \['og'\] but qrels \['changed', 'og'\]"):
        robustness({"og": runs["og"]}, qrels)
