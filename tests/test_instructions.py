"""Instruction following end to end on the tiny corpus: plans, judging, explanations."""

from __future__ import annotations

import pytest

from heedful import PlanError


def test_exclusion_sinks_the_excluded_document_and_explains_why(tiny_ro):
    assert tiny_ro.search("volcano", k=6).ids[:2] == ["d1", "d5"]
    res = tiny_ro.search("volcano", instruction="Eruptions in Sicily are not relevant.", k=6)
    assert res.ids == ["d1", "d2", "d4", "d3", "d5", "d6"]
    d5 = next(h for h in res if h.id == "d5")
    why, short = d5.explanation
    assert (why.polarity, why.status, why.contribution) == ("exclude", "satisfied", -1.0)
    assert why.evidence.startswith("Mount Etna in Sicily")
    # the length prior on judged passages says what it took (tiny passages are under 100 words)
    n = len(d5.text.split())
    assert (short.criterion, short.method) == ("a passage long enough to judge", f"length: {n} words, under 100")
    assert short.contribution == pytest.approx(-0.25 * (1 - n / 100))
    assert res.plan.criteria[0].span == (0, 36)


def test_named_source_becomes_a_hard_filter(tiny_ro):
    res = tiny_ro.search("volcano", instruction="Only CNN articles.", k=6)
    assert [f.to_dict() for f in res.plan.filters] == [{"field": "source", "op": "=", "value": "cnn.com"}]
    assert sorted(res.ids) == ["d1", "d3"]


def test_time_window_lifts_passages_that_talk_about_it(tiny_ro):
    res = tiny_ro.search("volcano", instruction="Only articles about events in 2024.", k=3)
    assert res.ids[0] == "d2"
    assert res[0].explanation[0].status == "satisfied"


def test_number_requirement_reads_the_evidence(tiny_ro):
    res = tiny_ro.search("volcano eruption", instruction="Only eruptions that forced more than 3,000 residents to evacuate are relevant.", k=2)
    assert res.ids[0] == "d1"
    assert res[0].explanation[0].evidence == "Around 4,000 residents were evacuated."


def test_an_edited_plan_replaces_the_instruction(tiny_ro):
    plan = tiny_ro.search("volcano", instruction="Eruptions in Sicily are not relevant.").plan.to_dict()
    plan["criteria"][0]["predicate"] = {"mentions": ["Grindavik"]}
    res = tiny_ro.search("volcano", plan=plan, k=6)
    assert res.ids == ["d5", "d4", "d3", "d1", "d6", "d2"]  # both Grindavik articles sink


def test_a_bad_plan_names_the_field(tiny_ro):
    with pytest.raises(PlanError, match="criteria\\[0\\].polarity: 'maybe' is not one of 'require', 'prefer', 'exclude', 'avoid'"):
        tiny_ro.search("volcano", plan={"query": "volcano", "criteria": [{"text": "x", "polarity": "maybe", "kind": "topic"}]})


def test_no_instruction_means_no_plan_and_no_judging(tiny_ro):
    res = tiny_ro.search("volcano", k=2)
    assert res.plan is None and all(h.explanation == () for h in res)
    assert "judge" not in res.timings


def test_a_time_window_favours_documents_the_query_names(tiny_ro):
    res = tiny_ro.search("Grindavik lava", instruction="Only articles about events in 2024.", k=6)
    d2 = next(h for h in res if h.id == "d2")
    subject = [c for c in d2.explanation if c.method.startswith("subject")]
    # "Lava flows reach Grindavik": the query names 2 of its 4 content words
    assert [(c.criterion, c.evidence, round(c.contribution, 3)) for c in subject] == [
        ("about what the query names", "Lava flows reach Grindavik", round(0.25 * 2 / 4, 3))]
    assert subject[0].method == "subject: the query names 50% of the title's words"
    # without a time window no such term is added
    plain = tiny_ro.search("Grindavik lava", instruction="Stories about Edmonton are not relevant.", k=6)
    assert not any(c.method.startswith("subject") for h in plain for c in h.explanation)
