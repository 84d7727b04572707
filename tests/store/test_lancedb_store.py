"""LanceStore: lean searches and hydration, compaction and indexes after writes, the ANN path."""

from __future__ import annotations

import numpy as np
import pytest

from heedful.store.base import PassageRow
from heedful.store.filters import Filter
from heedful.store.lancedb import LanceStore

DIM = 8


def rows(n: int, *, start: int = 0, seed: int = 0) -> list[PassageRow]:
    rng = np.random.default_rng(seed)
    out = []
    for i in range(start, start + n):
        v = rng.normal(size=DIM).astype(np.float32)
        out.append(PassageRow(doc_id=f"d{i}", passage=0, title=f"T{i}", text=f"passage number {i} about topic{i % 7}",
                              start=0, vector=v / np.linalg.norm(v), doc_hash=str(i), metadata={"n": i}))
    return out


def build(tmp_path, n: int, *, batches: int = 1, ann_min_passages: int | None = None) -> LanceStore:
    store = LanceStore(tmp_path, dim=DIM, fields={"n": "integer"}, ann_min_passages=ann_min_passages)
    data = rows(n)
    size = -(-n // batches)
    for b in range(0, n, size):
        part = data[b : b + size]
        store.write(part, doc_ids=[r.doc_id for r in part])
    store.refresh()
    return store


def test_refresh_compacts_and_indexes(tmp_path):
    store = build(tmp_path, 60, batches=6)
    stats = store.table.stats()
    assert stats["fragment_stats"]["num_fragments"] == 1
    assert {(tuple(i.columns), i.index_type) for i in store.table.list_indices()} == {
        (("search_text",), "FTS"), (("pid",), "BTree")}
    assert not store.ann


def test_lean_search_then_hydrate_gives_the_full_rows(tmp_path):
    store = build(tmp_path, 30)
    full = store.text_search("topic3", k=5)
    lean = store.text_search("topic3", k=5, lean=True)
    assert [(c.doc_id, c.rank, c.score) for c in lean] == [(c.doc_id, c.rank, c.score) for c in full]
    assert all(c.text == "" and c.metadata == {} for c in lean)
    assert store.hydrate(lean) == full
    q = rows(1, start=0)[0].vector
    dense = store.vector_search(q, k=4, lean=True)
    assert dense[0].doc_id == "d0"
    hydrated = store.hydrate(dense, vectors=True)
    assert [(c.doc_id, c.rank, c.score) for c in hydrated] == [(c.doc_id, c.rank, c.score) for c in dense]
    assert hydrated[0].text == "passage number 0 about topic0" and hydrated[0].metadata == {"n": 0}
    assert np.allclose(hydrated[0].vector, q)


def test_hydrate_keeps_a_candidate_deleted_since_the_search(tmp_path):
    store = build(tmp_path, 10)
    lean = store.text_search("topic1", k=3, lean=True)
    store.delete([lean[0].doc_id])
    out = store.hydrate(lean)
    assert out[0] == lean[0] and out[1].text != ""


def test_ann_index_from_the_threshold_up(tmp_path):
    store = build(tmp_path / "small", 300, ann_min_passages=301)
    assert not store.ann
    store = build(tmp_path / "big", 300, ann_min_passages=300)
    assert store.ann
    q = rows(300)[42].vector
    assert store.vector_search(q, k=1)[0].doc_id == "d42"
    store.bypass_ann = True  # exact search over the same table
    assert store.vector_search(q, k=1)[0].doc_id == "d42"
    store.bypass_ann = False
    # a selective filter is applied before the graph search: k results whenever k passages match
    got = store.vector_search(q, k=10, filters=[Filter("n", "<", 10)])
    assert sorted(c.doc_id for c in got) == [f"d{i}" for i in range(10)]
    # new rows are searchable before and after the index takes them in
    extra = rows(5, start=300, seed=1)
    store.write(extra, doc_ids=[r.doc_id for r in extra])
    assert store.vector_search(extra[2].vector, k=1)[0].doc_id == "d302"
    store.refresh()
    assert store.vector_search(extra[2].vector, k=1)[0].doc_id == "d302"


@pytest.mark.parametrize("lean", [False, True])
def test_empty_store_searches_return_nothing(tmp_path, lean):
    store = LanceStore(tmp_path, dim=DIM)
    assert store.text_search("x", k=3, lean=lean) == []
    assert store.vector_search(np.ones(DIM, np.float32), k=3, lean=lean) == []
    assert store.hydrate([]) == []
