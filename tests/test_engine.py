from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from heedful import (
    ConfigError,
    Document,
    DuplicateIdError,
    Engine,
    FilterError,
    IndexNotFoundError,
    InputError,
)

DATA = Path(__file__).parent / "data"


def test_hybrid_ranks_topical_documents_first(tiny_ro):
    res = tiny_ro.search("volcano eruption in Iceland", k=3)
    assert res.ids[:2] == ["d1", "d2"]
    assert res[0].ranks.keys() == {"bm25", "dense"}
    assert res[0].rank == 1 and res[0].score > res[1].score


def test_metadata_is_typed_and_returned(tiny_ro):
    assert tiny_ro.config.fields == {
        "publish_date": "date", "source": "string", "tags": "list", "words": "integer",
    }
    hit = tiny_ro.search("Grindavik lava walls", k=1)[0]
    assert hit.id == "d2"
    assert hit.metadata["publish_date"] == dt.date(2024, 1, 15)
    assert hit.metadata["tags"] == ["iceland", "volcano"]


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (["source = cnn.com"], {"d1", "d3"}),
        (["publish_date >= 2024-01-01"], {"d2", "d3", "d6"}),
        (["publish_date < 2021-01-01", "source != cnn.com"], {"d4"}),
        (["tags contains volcano"], {"d1", "d2", "d5"}),
        (["source in cnn.com, theweek.co.uk", "words > 60"], {"d1", "d3"}),
        ([{"field": "source", "op": "not in", "value": ["cnn.com", "usatoday.com"]}], {"d4", "d6"}),
    ],
)
def test_filters_are_pushed_down(tiny_ro, filters, expected):
    res = tiny_ro.search("volcano", filters=filters, k=10)
    assert set(res.ids) == expected


def test_filters_that_remove_everything_give_no_hits(tiny_ro):
    assert tiny_ro.search("volcano", filters=["source = nowhere.org"]).ids == []


def test_unknown_filter_field_is_named(tiny_ro):
    with pytest.raises(FilterError, match="unknown filter field 'author'; this index has metadata fields: publish_date, source, tags, words"):
        tiny_ro.search("volcano", filters=["author = Smith"])


def test_bad_filter_value_is_named(tiny_ro):
    with pytest.raises(FilterError, match="filter value 'soon' for field 'publish_date' is not a valid date"):
        tiny_ro.search("volcano", filters=["publish_date > soon"])


def test_k_larger_than_corpus_returns_every_document(tiny_ro):
    res = tiny_ro.search("volcano", k=50)
    assert sorted(res.ids) == ["d1", "d2", "d3", "d4", "d5", "d6"]


def test_instruction_without_query(tiny_ro):
    res = tiny_ro.search("", instruction="articles about Sicily and Mount Etna", k=1)
    assert res.ids == ["d5"]


def test_empty_query_and_instruction_is_an_error(tiny_ro):
    with pytest.raises(InputError, match="nothing to search for: pass a query, an instruction or both"):
        tiny_ro.search("  ")


def test_bad_k_is_an_error(tiny_ro):
    with pytest.raises(ConfigError, match="k=0 must be a positive integer"):
        tiny_ro.search("volcano", k=0)


def test_open_missing_index_without_create(tmp_path):
    with pytest.raises(IndexNotFoundError, match="no heedful index at .*nope; build one with `heedful index SOURCE --index"):
        Engine.open(tmp_path / "nope", create=False)


def test_empty_index_returns_no_hits(tmp_path, embedder):
    engine = Engine.open(tmp_path / "empty", embedder=embedder)
    assert engine.search("anything").ids == []
    assert engine.info()["documents"] == 0


def test_add_refuses_changed_ids_and_upsert_replaces(tiny):
    changed = Document("d4", "Sourdough bread needs a lively starter and a long, cold proof.", title="Sourdough")
    with pytest.raises(DuplicateIdError, match=r"duplicate document id\(s\) already in the index with other content \(use upsert to replace\): 'd4'"):
        tiny.add([changed])
    report = tiny.upsert([changed])
    assert (report.added, report.updated) == (0, 1)
    assert tiny.search("cold proof bread", k=1)[0].text.startswith("Sourdough bread needs")
    assert tiny.info()["documents"] == 6


def test_reindexing_unchanged_documents_writes_nothing(tiny):
    report = tiny.index(DATA / "tiny.jsonl")
    assert (report.added, report.updated, report.unchanged) == (0, 0, 6)


def test_incremental_add_is_searchable_and_delete_removes(tiny):
    tiny.add([Document("d7", "The Hunga Tonga volcano eruption sent a shock wave around the planet.", title="Tonga")])
    assert "d7" in tiny.search("Hunga Tonga shock wave", k=3).ids
    assert tiny.delete(["d7", "missing"]) == 1
    assert "d7" not in tiny.search("Hunga Tonga shock wave", k=6).ids


def test_duplicate_ids_in_one_batch(tiny):
    docs = [Document("x", "a"), Document("y", "b"), Document("x", "c")]
    with pytest.raises(DuplicateIdError, match=r"duplicate document id\(s\) in documents: 'x'"):
        tiny.index(docs)
    assert tiny.info()["documents"] == 6


def test_long_documents_score_by_best_passage(tmp_path, embedder):
    filler = " ".join(f"Paragraph {i} describes ordinary municipal budget matters in detail." for i in range(60))
    doc = Document("long", filler + " The rare golden axolotl was spotted in Lake Xochimilco.", title="Council notes")
    engine = Engine.open(tmp_path / "ix", embedder=embedder)
    engine.index([doc, Document("short", "Axolotls are salamanders.", title="Axolotl")])
    assert engine.info()["passages"] > 3
    hit = engine.search("golden axolotl Xochimilco", k=2)[0]
    assert hit.id == "long" and "golden axolotl" in hit.text and hit.passage > 0


def test_interrupted_run_is_consistent_and_resumes(tmp_path, embedder):
    """kill -9 in the middle of a run: every document is whole or absent; re-running resumes."""
    index = tmp_path / "ix"
    Engine.open(index, embedder=embedder)
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("".join(json.dumps({"_id": f"n{i}", "text": f"note number {i} about topic {i % 3}"}) + "\n" for i in range(10)))
    script = textwrap.dedent(
        f"""
        import os, signal
        from heedful import Engine
        from heedful.models import load_embedder
        inner = load_embedder()
        calls = 0
        class Dying(type(inner)):
            def __init__(self): self.__dict__.update(inner.__dict__)
            def embed_documents(self, texts, **kw):
                global calls
                calls += 1
                if calls == 3:
                    os.kill(os.getpid(), signal.SIGKILL)
                return inner.embed_documents(texts, **kw)
        Engine.open({str(index)!r}, embedder=Dying()).index({str(corpus)!r}, batch_size=3)
        """
    )
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=os.environ, check=False)
    assert proc.returncode == -9, proc.stderr
    engine = Engine.open(index, create=False, embedder=embedder)
    assert engine.interrupted == {"source": str(corpus), "written": 6, "total": 10}
    assert engine.info()["documents"] == 6
    assert engine.store.doc_hashes().keys() == {f"n{i}" for i in range(6)}
    report = engine.index(corpus)
    assert (report.added, report.unchanged, report.resumed) == (4, 6, True)
    assert engine.interrupted is None and engine.info()["documents"] == 10
    assert engine.search("note number 8", k=1).ids == ["n8"]
