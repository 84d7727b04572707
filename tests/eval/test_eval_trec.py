from __future__ import annotations

import io

import pytest

from heedful.errors import InputError, ParseError
from heedful.eval import ranked, read_qrels, read_run, write_run
from heedful.types import Hit


def test_ranked_orders_by_score_then_docid():
    assert ranked({"d2": 1.0, "d1": 1.0, "d3": 2.5}) == [("d3", 2.5), ("d1", 1.0), ("d2", 1.0)]


def test_write_run_ranks_by_score_with_docid_tiebreak():
    f = io.StringIO()
    write_run({"q2": {"b": 0.5, "a": 0.5, "c": 2.0}, "q1": {"x": 1.25}}, f, tag="bm25")
    assert f.getvalue().splitlines() == [
        "q1 Q0 x 1 1.25 bm25",
        "q2 Q0 c 1 2.0 bm25",
        "q2 Q0 a 2 0.5 bm25",
        "q2 Q0 b 3 0.5 bm25",
    ]


def test_write_run_accepts_ranked_lists_and_hits(tmp_path):
    path = tmp_path / "run.txt"
    write_run({"q1": [("d1", 0.1), ("d2", 0.9)], "q2": [Hit("h1", 3.0, 1)]}, path, tag="t")
    assert path.read_text().splitlines() == ["q1 Q0 d2 1 0.9 t", "q1 Q0 d1 2 0.1 t", "q2 Q0 h1 1 3.0 t"]


def test_run_round_trips_exact_scores(tmp_path):
    run = {"q1": {"d1": 0.1 + 0.2, "d2": -1e-12, "d3": 12345.678901234}}
    write_run(run, tmp_path / "run", tag="x")
    assert read_run(tmp_path / "run") == run


def test_write_run_rejects_whitespace_and_duplicates():
    with pytest.raises(InputError, match="tag 'my run' is empty or contains whitespace"):
        write_run({"q1": {"d1": 1.0}}, io.StringIO(), tag="my run")
    with pytest.raises(InputError, match="document id 'd 1'"):
        write_run({"q1": {"d 1": 1.0}}, io.StringIO(), tag="t")
    with pytest.raises(InputError, match="query 'q1' lists document 'd1' twice"):
        write_run({"q1": [("d1", 1.0), ("d1", 2.0)]}, io.StringIO(), tag="t")


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("q1 Q0 d1 1 0.5", "expected 6 columns 'qid Q0 docid rank score tag', got 5"),
        ("q1 Q0 d1 1 high t", "score 'high' is not a number"),
        ("q1 Q0 d1 2 0.4 t", "document 'd1' appears twice for query 'q1'"),
    ],
)
def test_read_run_names_file_and_line(tmp_path, line, reason):
    path = tmp_path / "bad.run"
    path.write_text("q1 Q0 d1 1 0.5 t\n\n" + line + "\n")
    with pytest.raises(ParseError) as err:
        read_run(path)
    assert str(err.value) == f"{path}:3: {reason}"
    assert err.value.line == 3


def test_read_qrels_beir_tsv(tmp_path):
    path = tmp_path / "qrels.tsv"
    path.write_text("query-id\tcorpus-id\tscore\nq1\td1\t1\nq1\td2\t0\nq2\td1\t2\n")
    assert read_qrels(path) == {"q1": {"d1": 1, "d2": 0}, "q2": {"d1": 2}}


def test_read_qrels_trec_and_headerless(tmp_path):
    trec = tmp_path / "qrels.txt"
    trec.write_text("q1 0 d1 1\nq1 0 d2 0\n")
    assert read_qrels(trec) == {"q1": {"d1": 1, "d2": 0}}
    bare = tmp_path / "bare.tsv"
    bare.write_text("q1\td1\t1.0\n")
    assert read_qrels(bare) == {"q1": {"d1": 1}}


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("query-id\tcorpus-id\tscore\nq1\td1\n", "2: expected 3 columns 'qid<TAB>docid<TAB>score', got 2"),
        ("q1 0 d1 1\nq1 0 d2\n", "2: expected 4 columns 'qid 0 docid rel', got 3"),
        ("q1 0 d1 yes\n", "1: relevance 'yes' is not an integer"),
        ("q1 0 d1 0.5\n", "1: relevance '0.5' is not an integer"),
        ("q1 0 d1 1\nq1 0 d1 0\n", "2: pair ('q1', 'd1') is judged twice"),
    ],
)
def test_read_qrels_errors(tmp_path, text, reason):
    path = tmp_path / "qrels"
    path.write_text(text)
    with pytest.raises(ParseError) as err:
        read_qrels(path)
    assert str(err.value) == f"{path}:{reason}"


def test_read_qrels_space_separated_beir_header(tmp_path):
    path = tmp_path / "qrels.tsv"
    path.write_text("query-id corpus-id score\nq1 d1 1\n")
    assert read_qrels(path) == {"q1": {"d1": 1}}
