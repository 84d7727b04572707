"""Versions and as-of on a versioned policy corpus written for these tests."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from heedful import Document, Engine, InputError

DATA = Path(__file__).parent / "data"
QUESTIONS = [json.loads(line) for line in (DATA / "policies_asof.jsonl").read_text().splitlines()]


@pytest.fixture(scope="module")
def policies(tmp_path_factory, embedder):
    engine = Engine.open(tmp_path_factory.mktemp("policies") / "ix", embedder=embedder)
    engine.index(DATA / "policies.jsonl")
    return engine


def _version_of(res, key):
    found = [h.id for h in res if h.metadata.get("doc_key") == key]
    assert len(found) <= 1, f"two versions of {key}: {found}"
    return found[0] if found else None


@pytest.mark.parametrize("q", QUESTIONS, ids=[q["_id"] for q in QUESTIONS])
def test_as_of_returns_the_version_valid_that_day(policies, q):
    as_of = dt.date.fromisoformat(q["as_of"])
    res = policies.search(q["text"], as_of=as_of, k=10)
    assert _version_of(res, q["doc_key"]) == q["expected"]
    assert all(h.metadata.get("date") is None or h.metadata["date"] <= as_of for h in res)
    keys = [h.metadata["doc_key"] for h in res if h.metadata.get("doc_key")]
    assert len(keys) == len(set(keys))
    if q["expected"]:
        assert res.ids[0] == q["expected"]


@pytest.mark.parametrize("q", QUESTIONS, ids=[q["_id"] for q in QUESTIONS])
def test_as_of_stated_in_the_instruction(policies, q):
    res = policies.search(q["text"], instruction=q["instruction"], k=10)
    assert res.plan.time.as_of == dt.date.fromisoformat(q["instruction_as_of"])
    assert _version_of(res, q["doc_key"]) == q["expected"]


def test_without_as_of_only_current_versions_are_searched(policies):
    res = policies.search("How much is a single fare?", k=40)
    assert _version_of(res, "fare-policy") == "fare-policy@2023-01-15"
    assert len(res) == 12  # 8 current versions + 4 unversioned pages


def test_as_of_filters_in_the_store_so_k_results_come_back(policies):
    res = policies.search("transit", as_of=dt.date(2016, 1, 1), k=10)
    # valid on 2016-01-01: fares, bikes, refunds, lost-property, night-service + 4 general pages
    assert len(res) == 9


def test_explanation_names_the_version_and_the_hidden_newer_ones(policies):
    res = policies.search("How much is a single fare?", as_of=dt.date(2017, 5, 1), k=1)
    why = res[0].explanation[-1]
    assert res.ids == ["fare-policy@2016-03-01"]
    assert why.evidence == "version of 'fare-policy' valid from 2016-03-01: as of 2017-05-01; 2 newer versions hidden"


def test_a_new_version_ends_the_previous_one(tmp_path, embedder):
    engine = Engine.open(tmp_path / "ix", embedder=embedder)
    v1 = Document("faq@1", "Pets must travel in a carrier.", metadata={"doc_key": "faq", "valid_from": "2020-01-01"})
    engine.index([v1])
    assert engine.search("pets", as_of=dt.date(2022, 1, 1)).ids == ["faq@1"]
    v2 = Document("faq@2", "Leashed dogs may ride off-peak.", metadata={"doc_key": "faq", "valid_from": "2021-06-01"})
    engine.index([v2])
    assert engine.search("pets", as_of=dt.date(2022, 1, 1)).ids == ["faq@2"]
    assert engine.search("pets", as_of=dt.date(2021, 5, 31)).ids == ["faq@1"]
    assert engine.search("pets", as_of=dt.date(2019, 12, 31)).ids == []


def test_lineage_errors_name_the_document(tmp_path, embedder):
    engine = Engine.open(tmp_path / "ix", embedder=embedder)
    with pytest.raises(InputError, match="document 'a' in documents has doc_key 'k' but no valid_from date"):
        engine.index([Document("a", "x", metadata={"doc_key": "k"})])
    twins = [Document(i, "x", metadata={"doc_key": "k", "valid_from": "2020-01-01"}) for i in ("a", "b")]
    with pytest.raises(InputError, match="documents 'a' and 'b' in documents are both version 2020-01-01 of doc_key 'k'"):
        engine.index(twins)
    assert engine.info()["documents"] == 0


def test_recency_prefers_the_latest_before_the_as_of_date(tiny_ro):
    assert tiny_ro.search("volcano eruption", k=3).ids[0] == "d1"
    res = tiny_ro.search("volcano eruption", instruction="The latest news as of March 2024.", k=3)
    assert (res.plan.time.recency, res.plan.time.as_of) == ("latest", dt.date(2024, 3, 31))
    assert res.ids == ["d2", "d1", "d5"]  # d3 and d6 are dated after March 2024
    assert res[0].explanation[-1].method.startswith("temporal: TempRALM")


def test_deleting_a_version_relinks_its_neighbours(tmp_path, embedder):
    engine = Engine.open(tmp_path / "ix", embedder=embedder)
    engine.index([
        Document(f"faq@{y}", f"Pet rules of {y}.", metadata={"doc_key": "faq", "valid_from": f"{y}-01-01"})
        for y in (2019, 2020, 2021)
    ])
    assert engine.search("pet rules", as_of=dt.date(2020, 6, 1)).ids == ["faq@2020"]
    assert engine.delete(["faq@2020"]) == 1
    assert engine.search("pet rules", as_of=dt.date(2020, 6, 1)).ids == ["faq@2019"]
    assert engine.search("pet rules", as_of=dt.date(2021, 6, 1)).ids == ["faq@2021"]
