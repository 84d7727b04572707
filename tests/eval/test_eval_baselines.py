from __future__ import annotations

import pytest

from heedful.errors import ConfigError, DuplicateIdError, InputError
from heedful.eval import BM25Baseline
from heedful.types import Document

pytest.importorskip("bm25s")
pytest.importorskip("Stemmer")

DOCS = [
    Document("d1", "Martina Sablikova is a Czech speed skater.", title="Martina Sablikova"),
    Document("d2", "The mojito is a cocktail with rum and mint.", title="Mojito"),
    Document("d3", "Skaters from Norway won the relay.", title="Team pursuit"),
    Document("d4", "A daiquiri is a rum cocktail.", title="Daiquiri"),
]


@pytest.fixture(scope="module")
def bm25():
    return BM25Baseline(DOCS)


def test_search_ranks_with_stemming_over_title_and_text(bm25):
    hits = bm25.search("Czech speed skaters", k=10)
    assert [docid for docid, _ in hits] == ["d1", "d3"]
    assert hits[0][1] > hits[1][1] > 0
    # "Mojito" only occurs in a title
    assert [docid for docid, _ in bm25.search("mojito")] == ["d2"]


def test_k_is_capped_and_zero_scores_are_left_out(bm25):
    assert len(bm25.search("rum cocktail skater", k=50)) == 4
    assert [d for d, _ in bm25.search("rum cocktail", k=1)] == ["d4"]
    assert bm25.search("", k=3) == []
    assert bm25.search("the of and", k=3) == []
    assert bm25.search("zeppelin", k=3) == []


def test_ties_break_by_docid():
    twins = BM25Baseline([Document("b", "same words"), Document("a", "same words"), Document("c", "other")])
    assert [d for d, _ in twins.search("words", k=1)] == ["a"]
    assert [d for d, _ in twins.search("same", k=5)] == ["a", "b"]


def test_run_matches_search(bm25):
    run = bm25.run([("q1", "skater"), ("q2", "rum cocktail"), ("q3", "")], k=1000)
    assert run == {"q1": dict(bm25.search("skater", k=4)), "q2": dict(bm25.search("rum cocktail", k=4)), "q3": {}}
    assert list(run["q2"]) == ["d4", "d2"]


def test_errors(bm25):
    with pytest.raises(ConfigError, match="k=0 must be a positive integer"):
        bm25.search("rum", k=0)
    with pytest.raises(InputError, match=r"query id\(s\) \['q1'\] appear more than once"):
        bm25.run([("q1", "a"), ("q1", "b")])
    with pytest.raises(InputError, match="BM25Baseline got an empty corpus"):
        BM25Baseline([])
    with pytest.raises(DuplicateIdError, match="duplicate document id"):
        BM25Baseline([Document("d1", "a"), Document("d1", "b")])
    assert len(bm25) == 4
