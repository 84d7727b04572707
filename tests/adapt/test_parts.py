"""The parts of heedful adapt that need no model: parsing what the LLM wrote, BM25, mining, batches."""

from __future__ import annotations

from heedful.adapt.mine import Bm25, fused_rankings, mine
from heedful.adapt.synth import clean_document, parse_lines
from heedful.adapt.train import batches


def test_parse_lines_strips_numbering_labels_quotes_and_repeats():
    text = ("Here are three queries:\n1. statins and breast cancer\n2) \u201cStatins and breast cancer\u201d\n"
            "- Query 3: do statins lower cancer risk?\n* a query that is far too long to be anything a person types")
    assert parse_lines(text, max_words=8, limit=5) == ["statins and breast cancer", "do statins lower cancer risk?"]


def test_parse_lines_stops_at_the_limit():
    assert parse_lines("a\nb\nc\nd", max_words=3, limit=2) == ["a", "b"]


def test_clean_document_drops_headings_and_markdown():
    raw = "**Iron and Anemia**\n\n### Abstract\nIron deficiency is the *most common* cause.\n\nTitle: x\nIt is treatable."
    assert clean_document(raw) == "Iron deficiency is the most common cause. It is treatable."


POOL = [
    "vitamin d supplements and bone fractures in older women",
    "coffee drinking and sleep quality in students",
    "bone density loss after menopause",
    "green tea catechins and liver enzymes",
    "vitamin d supplements and bone fractures in older women",  # the same text under another id
]


def test_bm25_ranks_by_term_weight():
    bm = Bm25(POOL)
    assert bm.top("bone density", 3) == [2, 0, 4]
    assert bm.top("unrelated words", 3) == []


def test_fused_rankings_combine_bm25_and_dense():
    import numpy as np

    vectors = np.eye(5, dtype=np.float32)
    query = np.array([[0.0, 0.0, 0.0, 1.0, 0.0]], dtype=np.float32)  # dense says passage 3
    ranking = fused_rankings(Bm25(POOL), vectors, ["coffee sleep"], query, depth=3)[0]
    assert ranking[:2] == [1, 3] or ranking[:2] == [3, 1]


def test_mine_never_takes_the_positive_or_its_copy_as_negative():
    rankings = [[0, 4, 2, 1, 3]] * 20
    kept, dropped = mine(rankings, [f"q{i}" for i in range(20)], [0] * 20, keep_rank=1,
                         negative_band=(1, 5), seed=3, same_text=[0, 1, 2, 3, 0])
    assert len(kept) == 20 and not dropped
    assert {m.negative for m in kept} <= {1, 2, 3}


def test_mine_drops_a_query_that_cannot_find_its_passage():
    kept, dropped = mine([[1, 2, 0]], ["q"], [0], keep_rank=2, negative_band=(1, 3), seed=0)
    assert kept == [] and dropped == {"positive not in the top 2": 1}


def test_batches_never_repeat_a_text_and_keep_every_triple():
    triples = [("q1", "p1", "n1"), ("q2", "p1", "n2"), ("q3", "p2", "p1"), ("q4", "p3", "n4"), ("q5", "p4", "n5")]
    out = batches(triples, 3, seed=1)
    assert sorted(i for b in out for i in b) == [0, 1, 2, 3, 4]
    for b in out:
        texts = [t for i in b for t in triples[i]]
        assert len(texts) == len(set(texts))


def test_batches_are_fixed_by_the_seed():
    triples = [(f"q{i}", f"p{i}", f"n{i}") for i in range(10)]
    assert batches(triples, 4, seed=7) == batches(triples, 4, seed=7)
    assert batches(triples, 4, seed=7) != batches(triples, 4, seed=8)


def test_pairs_default_by_mode():
    from heedful.adapt import AdaptSettings

    assert AdaptSettings(corpus="docs.jsonl").pairs == 900
    assert AdaptSettings(description="a domain").pairs == 600
    assert AdaptSettings(description="a domain", pairs=12).pairs == 12


def test_fewer_pairs_than_one_passage_gives_are_refused(tmp_path, embedder):
    import pytest

    from heedful.adapt import AdaptSettings, adapt
    from heedful.errors import ConfigError

    with pytest.raises(ConfigError, match="^--pairs must be at least 3$"):
        adapt(AdaptSettings(description="a domain", pairs=2), tmp_path, generator=None, embedder=embedder)


def test_crop_pairs_cut_a_span_out_of_each_passage_before_reusing_one():
    from heedful.adapt.run import crop_pairs

    pool = [" ".join(f"w{i}x{j}" for j in range(30)) for i in range(4)]
    pairs = crop_pairs(pool, 5, seed=1, exclude={2}, query_words=(3, 5))
    assert len(pairs) == 5
    assert sorted(k for _, k, _ in pairs[:3]) == [0, 1, 3]  # every passage once, the held-out one never
    for query, k, rest in pairs:
        words = query.split()
        assert 3 <= len(words) <= 5 and query in pool[k]
        assert query not in rest and len(rest.split()) == 30 - len(words)
        assert set(words) | set(rest.split()) == set(pool[k].split())


def test_crop_pairs_skip_passages_too_short_to_cut():
    from heedful.adapt.run import crop_pairs

    assert crop_pairs(["a b c d e", "f g h"], 3, seed=0, query_words=(2, 2)) == []
