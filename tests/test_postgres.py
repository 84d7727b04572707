"""The engine on PostgreSQL + pgvector: the same searches, versions, as-of and access as on LanceDB."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from heedful import Engine
from heedful.errors import ConfigError

DATA = Path(__file__).parent / "data"
QUESTIONS = [json.loads(line) for line in (DATA / "policies_asof.jsonl").read_text().splitlines()]


@pytest.fixture(scope="module")
def pg_policies(tmp_path_factory, embedder, postgres_dsn):
    engine = Engine.open(tmp_path_factory.mktemp("pg") / "policies", embedder=embedder,
                         store=f"{postgres_dsn}?table=policies")
    engine.index(DATA / "policies.jsonl")
    return engine


@pytest.mark.parametrize("q", QUESTIONS, ids=[q["_id"] for q in QUESTIONS])
def test_as_of_returns_the_version_valid_that_day(pg_policies, q):
    res = pg_policies.search(q["text"], as_of=dt.date.fromisoformat(q["as_of"]), k=10)
    versions = [h.id for h in res if h.metadata.get("doc_key") == q["doc_key"]]
    assert versions == ([q["expected"]] if q["expected"] else [])
    if q["expected"]:
        assert res.ids[0] == q["expected"]


def test_without_as_of_only_current_versions_and_k_come_back(pg_policies):
    assert len(pg_policies.search("How much is a single fare?", k=40)) == 12
    assert len(pg_policies.search("transit", as_of=dt.date(2016, 1, 1), k=10)) == 9


def test_the_same_hits_as_lancedb_on_the_tiny_corpus(tmp_path, embedder, postgres_dsn, tiny_ro):
    pg = Engine.open(tmp_path / "tiny", embedder=embedder, store=f"{postgres_dsn}?table=tiny")
    pg.index(DATA / "tiny.jsonl")
    for query, instruction in [("volcano eruption", None), ("volcano eruption", "Eruptions in Iceland are not relevant."),
                               ("lava", "Only CNN articles."), ("election results", None)]:
        lance = tiny_ro.search(query, instruction=instruction, k=3)
        assert pg.search(query, instruction=instruction, k=3).ids[:1] == lance.ids[:1], (query, instruction)


def test_the_settings_remember_the_database_and_refuse_another(tmp_path, embedder, postgres_dsn):
    path = tmp_path / "ix"
    Engine.open(path, embedder=embedder, store=f"{postgres_dsn}?table=remembered").index(DATA / "tiny.jsonl")
    again = Engine.open(path, create=False, embedder=embedder)
    assert again.config.store == {"kind": "postgres", "url": postgres_dsn, "table": "remembered"}
    assert again.info()["documents"] == 6
    with pytest.raises(ConfigError, match=r"keeps its passages in postgresql://.* \(remembered\), not in"):
        Engine.open(path, create=False, embedder=embedder, store=f"{postgres_dsn}?table=other")
    with pytest.raises(ConfigError, match="the PostgreSQL URL holds a password"):
        Engine.open(tmp_path / "new", embedder=embedder, store="postgresql://me:secret@127.0.0.1:1/db")


def test_access_is_a_condition_inside_the_postgresql_query(tmp_path, embedder, postgres_dsn):
    engine = Engine.open(tmp_path / "acl", embedder=embedder, store=f"{postgres_dsn}?table=acl")
    engine.index(DATA / "acl.jsonl")
    assert sorted(engine.scoped(["hr"]).search("salary", k=10).ids) == ["handbook", "hr-bands", "hr-bonus"]
    assert engine.scoped(["finance"]).search("salary", filters=["acl contains hr"], k=10).ids == ["hr-bonus"]
    assert engine.scoped([]).info()["documents"] == 1


def test_the_command_line_indexes_into_postgresql(tmp_path, postgres_dsn, capsys):
    from heedful.cli import main

    assert main(["index", str(DATA / "tiny.jsonl"), "--index", str(tmp_path / "cli"), "--store",
                 f"{postgres_dsn}?table=cli", "--no-progress"]) == 0
    assert main(["info", "--index", str(tmp_path / "cli")]) == 0
    info = json.loads(capsys.readouterr().out.split("\n", 1)[1])
    assert (info["documents"], info["store"]["table"]) == (6, "cli")
    assert main(["search", "volcano eruption", "--index", str(tmp_path / "cli"), "--k", "1", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["hits"][0]["id"] == "d1"


def test_filtered_search_through_the_hnsw_index_still_returns_k(tmp_path, embedder, postgres_dsn):
    from heedful.store.postgres import PostgresStore

    engine = Engine.open(tmp_path / "hnsw", embedder=embedder, store=f"{postgres_dsn}?table=hnsw")
    engine.config.ann_min_passages = 1  # an HNSW index from the first passage
    engine.config.save(engine.path)
    engine = Engine.open(tmp_path / "hnsw", create=False, embedder=embedder)
    engine.index(DATA / "tiny.jsonl")
    store = engine.store
    assert isinstance(store, PostgresStore) and store.hnsw_min_passages == 1
    with store._cursor() as cur:
        cur.execute("SELECT indexname FROM pg_indexes WHERE tablename = 'hnsw'")
        assert "hnsw_hnsw" in {r[0] for r in cur.fetchall()}
    got = engine.search("volcano", filters=["source = cnn.com"], k=10)
    assert {h.metadata["source"] for h in got} == {"cnn.com"} and len(got) == 2


def test_a_server_that_does_not_answer_is_a_clear_error(tmp_path, embedder):
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # nothing listens there once the socket closes
    with pytest.raises(ConfigError, match=rf"cannot connect to PostgreSQL at postgresql://heedful@127.0.0.1:{port}/x: "):
        Engine.open(tmp_path / "ix", embedder=embedder, store=f"postgresql://heedful@127.0.0.1:{port}/x")
    assert not (tmp_path / "ix").exists()


def test_an_index_that_lives_in_postgresql_opens_by_its_url_alone(tmp_path, postgres_dsn, monkeypatch, capsys):
    from heedful.cli import main
    from heedful.errors import IndexNotFoundError

    url = f"{postgres_dsn}?table=by_url"
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "machine-1"))
    with pytest.raises(IndexNotFoundError, match="no heedful index in table by_url at postgresql://"):
        Engine.open(url, create=False)
    assert main(["index", str(DATA / "tiny.jsonl"), "--index", url, "--no-progress", "--field", "words:number"]) == 0
    capsys.readouterr()
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "machine-2"))  # another machine: nothing local yet
    engine = Engine.open(url, create=False)
    assert engine.config.fields["words"] == "number" and engine.info()["documents"] == 6
    assert engine.search("volcano eruption", k=1).ids == ["d1"]
    assert main(["search", "volcano eruption", "--index", url, "--k", "1", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["hits"][0]["id"] == "d1"
    with pytest.raises(ConfigError, match="a postgresql:// index names its store itself"):
        Engine.open(url, store=url)
