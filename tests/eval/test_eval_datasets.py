from __future__ import annotations

import gzip
import json

import pytest

from heedful.errors import DuplicateIdError, InputError, ParseError
from heedful.eval import load_beir, load_corpus, load_paired, load_queries
from heedful.types import Document

QRELS = "query-id\tcorpus-id\tscore\n"


def write_jsonl(path, rows):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


def test_load_corpus_splits_metadata(tmp_path):
    path = write_jsonl(tmp_path / "corpus.jsonl", [
        {"_id": "d1", "title": "T", "text": "hello", "year": 2020},
        {"_id": 7, "text": "no title"},
    ])
    assert list(load_corpus(path)) == [
        Document("d1", "hello", title="T", metadata={"year": 2020}),
        Document("7", "no title", title="", metadata={}),
    ]


def test_load_corpus_reads_gzip(tmp_path):
    path = tmp_path / "corpus.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as f:
        f.write(json.dumps({"_id": "d1", "title": "", "text": "zipped"}) + "\n\n")
    assert [d.text for d in load_corpus(path)] == ["zipped"]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ('{"title": "x", "text": "y"}', 'missing "_id" (a non-empty string or number)'),
        ('{"_id": "d2", "title": "x"}', 'missing "text"'),
        ('{"_id": "d2", "text": 3}', '"text" must be a string, got int'),
        ('["d2"]', "expected a JSON object, got list"),
        ('{"_id": "d2", ', "invalid JSON: Expecting property name enclosed in double quotes at column 15"),
    ],
)
def test_load_corpus_errors_name_file_and_line(tmp_path, line, reason):
    path = tmp_path / "corpus.jsonl"
    path.write_text('{"_id": "d1", "text": "ok"}\n' + line + "\n")
    with pytest.raises(ParseError) as err:
        list(load_corpus(path))
    assert str(err.value) == f"{path}:2: {reason}"


def test_load_corpus_duplicate_id(tmp_path):
    path = write_jsonl(tmp_path / "corpus.jsonl", [{"_id": "d1", "text": "a"}, {"_id": "d1", "text": "b"}])
    with pytest.raises(DuplicateIdError, match=r"duplicate document id\(s\) in .*corpus.jsonl \(line 2\): 'd1'"):
        list(load_corpus(path))


def test_load_queries(tmp_path):
    path = write_jsonl(tmp_path / "queries.jsonl", [{"_id": 1, "text": "q", "answers": ["a"]}])
    assert load_queries(path) == [{"_id": "1", "text": "q", "answers": ["a"]}]
    write_jsonl(path, [{"_id": "q1", "text": "a"}, {"_id": "q1", "text": "b"}])
    with pytest.raises(ParseError, match=r"queries.jsonl:2: query id 'q1' appears twice"):
        load_queries(path)


def make_paired(folder, *, corpus=True):
    rows = [{"_id": "q1", "text": "cats", "instruction_og": "any cat", "instruction_changed": "any cat; no lions"}]
    write_jsonl(folder / "queries.jsonl", rows)
    (folder / "qrels_og.tsv").write_text(QRELS + "q1\td1\t1\nq1\td2\t1\n")
    (folder / "qrels_changed.tsv").write_text(QRELS + "q1\td1\t1\nq1\td2\t0\n")
    if corpus:
        write_jsonl(folder / "corpus.jsonl", [{"_id": "d1", "text": "a cat"}, {"_id": "d2", "text": "a lion"}])


def test_load_paired_split_folder(tmp_path):
    make_paired(tmp_path / "toy-if" / "test")
    data = load_paired(tmp_path / "toy-if" / "test")
    assert data.name == "toy-if/test"
    assert data.corpus_path == tmp_path / "toy-if" / "test" / "corpus.jsonl"
    assert data.qrels_og == {"q1": {"d1": 1, "d2": 1}}
    assert data.qrels_changed == {"q1": {"d1": 1, "d2": 0}}
    assert data.queries[0]["instruction_changed"] == "any cat; no lions"
    assert [d.id for d in data.corpus()] == ["d1", "d2"]


def test_load_paired_uses_sibling_corpus(tmp_path):
    make_paired(tmp_path / "toy-if", corpus=False)
    write_jsonl(tmp_path / "toy" / "corpus.jsonl", [{"_id": "d1", "text": "shared"}])
    data = load_paired(tmp_path / "toy-if")
    assert (data.name, data.corpus_path) == ("toy-if", tmp_path / "toy" / "corpus.jsonl")


def test_load_paired_errors(tmp_path):
    make_paired(tmp_path / "toy-if", corpus=False)
    with pytest.raises(InputError, match=r"no corpus.jsonl or corpus.jsonl.gz in .*toy-if or .*toy;"):
        load_paired(tmp_path / "toy-if")
    make_paired(tmp_path / "plain")
    write_jsonl(tmp_path / "plain" / "queries.jsonl", [{"_id": "q9", "text": "x", "instruction_og": "y"}])
    with pytest.raises(InputError, match="query 'q9' in .* has no 'instruction_changed'"):
        load_paired(tmp_path / "plain")
    with pytest.raises(InputError, match="is not a folder"):
        load_paired(tmp_path / "missing")


def test_load_beir(tmp_path):
    write_jsonl(tmp_path / "toy" / "corpus.jsonl", [{"_id": "d1", "text": "a"}])
    write_jsonl(tmp_path / "toy" / "queries.jsonl", [{"_id": "q1", "text": "a"}])
    with pytest.raises(InputError, match="has neither qrels.tsv nor qrels/test.tsv"):
        load_beir(tmp_path / "toy")
    (tmp_path / "toy" / "qrels").mkdir()
    (tmp_path / "toy" / "qrels" / "test.tsv").write_text(QRELS + "q1\td1\t1\n")
    data = load_beir(tmp_path / "toy")
    assert (data.name, data.qrels, data.queries) == ("toy", {"q1": {"d1": 1}}, [{"_id": "q1", "text": "a"}])
    assert [d.id for d in data.corpus()] == ["d1"]


def test_corpus_path_file_points_to_a_corpus_elsewhere(tmp_path):
    from heedful.eval import load_paired

    corpus = tmp_path / "shared" / "corpus.jsonl"
    corpus.parent.mkdir()
    corpus.write_text('{"_id": "d1", "text": "x"}\n')
    folder = tmp_path / "set"
    folder.mkdir()
    (folder / "queries.jsonl").write_text(
        '{"_id": "q1", "text": "x", "instruction_og": "a", "instruction_changed": "a b"}\n')
    for name in ("qrels_og.tsv", "qrels_changed.tsv"):
        (folder / name).write_text("query-id\tcorpus-id\tscore\nq1\td1\t1\n")
    (folder / "corpus.path").write_text("../shared/corpus.jsonl\n")
    assert load_paired(folder).corpus_path == corpus.resolve()
