from __future__ import annotations

import json
import math
import shutil

import pytest

from heedful import Engine
from heedful.errors import ConfigError, InputError
from heedful.eval import harness
from heedful.eval import systems as registry
from heedful.eval.datasets import load_queries
from heedful.eval.harness import (
    SYSTEMS,
    BeirReport,
    PairedReport,
    evaluate_beir,
    evaluate_paired,
    index_name,
    plot,
    register_system,
    registered_systems,
)
from heedful.eval.trec import read_run

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def ids(run):
    """qid -> doc ids in rank order (runs hold rank-derived scores)."""
    return {qid: sorted(docs, key=lambda d: -docs[d]) for qid, docs in run.items()}


@pytest.fixture(scope="module")
def report(paired_set, mini_index, embedder) -> PairedReport:
    return evaluate_paired(paired_set, index_dir=mini_index, k=10, embedder=embedder, progress=False)


def by_name(report):
    return {s.system: s for s in report.systems}


def test_builtin_systems_in_report_order():
    assert SYSTEMS == ("bm25", "bm25+instruction", "dense+instruction", "hybrid+instruction", "heedful")
    assert registered_systems()[:5] == list(SYSTEMS)


def test_every_system_runs_in_order(report):
    assert [s.system for s in report.systems] == list(SYSTEMS)
    assert (report.set, report.queries, report.k) == ("mini-if", 2, 10)
    assert (report.index.documents, report.index.passages, report.index.built) == (8, 8, False)


def test_query_only_bm25_ranks_once_so_p_mrr_is_zero(report):
    bm25 = by_name(report)["bm25"]
    assert ids(bm25.runs["og"]) == ids(bm25.runs["changed"]) == {"q1": ["d3", "d1", "d2", "d4"], "q2": ["d7", "d5"]}
    assert bm25.p_mrr == 0.0
    assert [bm25.per_query[q]["p_mrr"] for q in ("q1", "q2")] == [0.0, 0.0]


def test_bm25_with_instruction_p_mrr_by_hand(report):
    s = by_name(report)["bm25+instruction"]
    assert ids(s.runs["og"]) == {"q1": ["d3", "d1", "d2", "d4"], "q2": ["d7", "d5"]}
    assert ids(s.runs["changed"]) == {"q1": ["d3", "d1", "d4", "d2"], "q2": ["d7", "d5", "d8"]}
    # q1 flips d1 (rank 2 -> 2: 0) and d4 (4 -> 3: 3/4 - 1 = -0.25): -12.5
    # q2 flips d8 (absent from the 2-document og list, so rank 3 -> 3: 0): 0.0
    assert s.per_query["q1"]["p_mrr"] == -12.5
    assert s.per_query["q2"]["p_mrr"] == 0.0
    assert s.p_mrr == -6.25
    # q1 og: all 4 relevant on top; q2 og: d7, d5 of d5, d7, d8
    assert s.per_query["q1"]["ndcg@10_og"] == 1.0
    assert s.per_query["q2"]["ndcg@10_og"] == pytest.approx((1 + 1 / math.log2(3)) / (1 + 1 / math.log2(3) + 0.5))
    assert s.ndcg_og == pytest.approx((s.per_query["q1"]["ndcg@10_og"] + s.per_query["q2"]["ndcg@10_og"]) / 2)
    assert s.robustness == pytest.approx(
        sum(min(v["ndcg@10_og"], v["ndcg@10_changed"]) for v in s.per_query.values()) / 2)


def test_heedful_system_is_engine_search(report, paired_set, mini_index, embedder):
    engine = Engine.open(mini_index, create=False, embedder=embedder)
    runs = by_name(report)["heedful"].runs
    for query in load_queries(paired_set / "queries.jsonl"):
        for label in ("og", "changed"):
            expected = engine.search(query["text"], instruction=query[f"instruction_{label}"], k=10).ids
            assert ids(runs[label])[query["_id"]] == expected


def test_store_systems_rank_the_whole_tiny_corpus(report):
    for name in ("dense+instruction", "hybrid+instruction", "heedful"):
        s = by_name(report)[name]
        assert all(len(docs) == 8 for run in s.runs.values() for docs in run.values()), name
        assert s.ndcg_og == 1.0, name  # the four volcano and the three bread paragraphs lead


def test_timings_are_reported(report):
    for s in report.systems:
        assert s.search_seconds > 0 and s.ms_per_search > 0
        assert s.per_query["q1"]["ms_og"] > 0
    assert by_name(report)["bm25"].per_query["q1"]["ms_changed"] is None  # ranked once
    assert report.seconds >= sum(s.search_seconds for s in report.systems)


def test_markdown_table(report):
    lines = report.to_markdown().splitlines()
    assert lines[:4] == [
        "### mini-if (2 queries, top-10)",
        "",
        "| system | p-MRR | nDCG@10 og | nDCG@10 changed | robustness@10 | ms/search |",
        "|---|---|---|---|---|---|",
    ]
    s = by_name(report)["bm25+instruction"]
    assert lines[5].startswith(f"| bm25+instruction | -6.2 | {s.ndcg_og:.3f} | {s.ndcg_changed:.3f} | ")
    assert lines[-1].startswith("Index: 8 documents, 8 passages (reused). Evaluation: ")


def test_json_report(report):
    data = json.loads(json.dumps(report.to_dict()))
    assert (data["set"], data["kind"], data["queries"], data["k"]) == ("mini-if", "paired", 2, 10)
    assert data["index"]["documents"] == 8
    row = data["systems"][1]
    assert (row["system"], row["p_mrr"]) == ("bm25+instruction", -6.25)
    assert row["per_query"]["q1"]["p_mrr"] == -12.5
    assert {"date", "python", "cpus", "heedful"} <= set(data["environment"])


def test_plot_writes_a_png(report, tmp_path):
    out = plot(report, tmp_path / "plots" / "mini-if.png")
    assert out.read_bytes()[:8] == PNG_MAGIC


def test_save_runs_as_trec(report, tmp_path):
    paths = report.save_runs(tmp_path / "runs")
    assert sorted(p.name for p in paths)[:4] == [
        "mini-if.bm25+instruction.changed.trec", "mini-if.bm25+instruction.og.trec",
        "mini-if.bm25.changed.trec", "mini-if.bm25.og.trec",
    ]
    s = by_name(report)["heedful"]
    assert read_run(tmp_path / "runs" / "mini-if.heedful.changed.trec") == s.runs["changed"]
    first = (tmp_path / "runs" / "mini-if.heedful.og.trec").read_text().splitlines()[0].split()
    assert (first[0], first[3], first[5]) == ("q1", "1", "heedful")


def test_builds_the_index_when_absent_then_reuses_it(paired_set, tmp_path, embedder):
    first = evaluate_paired(paired_set, index_dir=tmp_path / "ix", systems=["bm25"], k=5,
                            embedder=embedder, progress=False)
    assert (first.index.built, first.index.documents) == (True, 8)
    again = evaluate_paired(paired_set, index_dir=tmp_path / "ix", systems="bm25", k=5,
                            embedder=embedder, progress=False)
    assert (again.index.built, again.index.build_seconds) == (False, 0.0)


def test_an_index_of_another_corpus_is_refused(paired_set, tiny_index, tmp_path, embedder):
    ix = tmp_path / "tiny"
    shutil.copytree(tiny_index, ix)
    with pytest.raises(ConfigError, match=r"the index at .*tiny holds 6 documents but .*corpus.jsonl has 8; "
                                          r"delete the index folder or choose another one"):
        evaluate_paired(paired_set, index_dir=ix, systems="bm25", embedder=embedder, progress=False)


def test_query_subsets(paired_set, mini_index, embedder):
    first = evaluate_paired(paired_set, index_dir=mini_index, systems="bm25+instruction", k=10,
                            queries=1, embedder=embedder, progress=False)
    assert (first.queries, list(first.systems[0].per_query)) == (1, ["q1"])
    assert first.systems[0].p_mrr == -12.5
    named = evaluate_paired(paired_set, index_dir=mini_index, systems="bm25", queries=["q2"],
                            embedder=embedder, progress=False)
    assert list(named.systems[0].per_query) == ["q2"]
    with pytest.raises(InputError, match=r"query id\(s\) \['q9'\] are not in the set"):
        evaluate_paired(paired_set, index_dir=mini_index, systems="bm25", queries=["q9"], progress=False)


@pytest.mark.parametrize(("systems", "k", "message"), [
    ("bm52", 10, ("unknown system 'bm52'; choose from bm25, bm25+instruction, dense+instruction, "
                 "hybrid+instruction, heedful")),
    ("bm25,bm25", 10, "system(s) bm25 listed twice"),
    ("", 10, "systems='': name at least one, e.g. bm25,bm25+instruction,"),
    ("bm25", 0, "k=0 must be a positive integer, e.g. k=1000"),
])
def test_bad_options(paired_set, tmp_path, systems, k, message):
    with pytest.raises(ConfigError, match="^" + message.replace("(", r"\(").replace(")", r"\)").replace("+", r"\+")):
        evaluate_paired(paired_set, index_dir=tmp_path / "never", systems=systems, k=k)
    assert not (tmp_path / "never").exists()  # options are checked before anything is built


def test_register_a_system(monkeypatch, paired_set, mini_index, embedder):
    monkeypatch.setattr(registry, "_REGISTRY", dict(registry._REGISTRY))

    @register_system("bm25-reversed", uses_instruction=False, description="worst first")
    def reversed_bm25(ctx, query, instruction, k):
        assert instruction is None  # query-only systems never see the instruction
        return [d for d, _ in ctx.bm25.search(query, k=k)][::-1]

    assert "bm25-reversed" in registered_systems()[len(harness.SYSTEMS):]  # after the built-ins
    rep = evaluate_paired(paired_set, index_dir=mini_index, systems=["bm25", "bm25-reversed"], k=10,
                          embedder=embedder, progress=False)
    assert ids(rep.systems[1].runs["og"])["q1"] == ["d4", "d2", "d1", "d3"]
    with pytest.raises(ConfigError, match="system 'bm25-reversed' is already registered; pass replace=True"):
        register_system("bm25-reversed", reversed_bm25)
    assert register_system("bm25-reversed", reversed_bm25, replace=True).uses_instruction is True
    with pytest.raises(ConfigError, match="system name 'a b' must be non-empty, without commas or whitespace"):
        register_system("a b", reversed_bm25)


def test_evaluate_beir_by_hand(beir_set, mini_index, embedder, tmp_path):
    rep = evaluate_beir(beir_set, index_dir=mini_index, k=10, embedder=embedder, progress=False)
    assert isinstance(rep, BeirReport) and [s.system for s in rep.systems] == list(SYSTEMS)
    bm25 = rep.systems[0]
    # q1 [d3 d1 d2 d4] all 4 relevant; q2 [d7 d5] of d5 d7 d8
    q2_ndcg = (1 + 1 / math.log2(3)) / (1 + 1 / math.log2(3) + 0.5)
    assert bm25.measures == pytest.approx({"nDCG@10": (1 + q2_ndcg) / 2, "R@2": (0.5 + 2 / 3) / 2,
                                           "R@10": (1 + 2 / 3) / 2, "MAP": (1 + 2 / 3) / 2})
    # no instructions in a BEIR set: the instruction systems search with the query alone
    assert rep.systems[1].runs == bm25.runs
    lines = rep.to_markdown().splitlines()
    assert lines[2] == "| system | nDCG@10 | R@2 | R@10 | MAP | ms/search |"
    assert lines[4].startswith("| bm25 | 0.883 | 0.583 | 0.833 | 0.833 | ")
    assert json.loads(json.dumps(rep.to_dict()))["systems"][0]["MAP"] == pytest.approx(0.8333, abs=1e-4)
    assert plot(rep, tmp_path / "mini.png").read_bytes()[:8] == PNG_MAGIC


def test_index_name_is_one_per_corpus(tmp_path):
    (tmp_path / "hotpotqa").mkdir()
    (tmp_path / "timeqa-if" / "test").mkdir(parents=True)
    assert index_name(tmp_path / "hotpotqa" / "corpus.jsonl") == "hotpotqa"
    assert index_name(tmp_path / "timeqa-if" / "test" / "corpus.jsonl.gz") == "timeqa-if-test"


def test_rebuild_replaces_an_index_and_spares_other_folders(paired_set, mini_index, tmp_path, embedder):
    ix = tmp_path / "ix"
    shutil.copytree(mini_index, ix)
    rep = evaluate_paired(paired_set, index_dir=ix, systems="bm25", embedder=embedder, progress=False,
                          rebuild=True)
    assert (rep.index.built, rep.index.documents) == (True, 8)
    other = tmp_path / "notes"
    other.mkdir()
    (other / "keep.txt").write_text("mine")
    with pytest.raises(ConfigError, match="notes is not a heedful index, so it is not deleted; choose another folder"):
        evaluate_paired(paired_set, index_dir=other, systems="bm25", embedder=embedder, rebuild=True)
    assert (other / "keep.txt").read_text() == "mine"
