"""heedful ask: argument and input errors, with no model call."""

from __future__ import annotations

import json

import pytest

from heedful.ask.cli import read_questions
from heedful.cli import main
from heedful.errors import ParseError


def run(args, capsys):
    code = main(args)
    return code, capsys.readouterr().err.strip()


@pytest.mark.parametrize(("lines", "message"), [
    (['{"_id": "q1", "text": "a"}', "{oops"], "q.jsonl:2: invalid JSON: Expecting property name enclosed in double quotes"),
    (['{"text": "a"}'], 'q.jsonl:1: a question line needs "_id" and "text"'),
    (['{"_id": 1, "text": null}'], 'q.jsonl:1: "text" must be a string'),
    (['{"_id": 1, "text": "a", "choices": "A|B"}'], 'q.jsonl:1: "choices" must be a list of strings'),
    (['{"_id": 1, "text": "a", "as_of": "soon"}'], "q.jsonl:1: as_of='soon' is not a date; write YYYY-MM-DD"),
    (['{"_id": 1, "text": "a"}', "", '{"_id": 1, "text": "b"}'], "q.jsonl:3: _id '1' appears twice"),
    (['{"_id": 1, "text": "a", "instruction": 3}'], 'q.jsonl:1: "instruction" must be a string'),
])
def test_malformed_question_lines_name_the_file_and_line(tmp_path, lines, message):
    path = tmp_path / "q.jsonl"
    path.write_text("\n".join(lines) + "\n")
    with pytest.raises(ParseError) as err:
        read_questions(str(path))
    assert str(err.value) == f"{path.parent}/{message}"


def test_question_lines_are_read_whole(tmp_path):
    path = tmp_path / "q.jsonl"
    path.write_text(json.dumps({"_id": 7, "text": "Who?", "as_of": "2024-03-01", "choices": ["A", "B"],
                                "instruction": "only CNN"}) + "\n")
    assert read_questions(str(path)) == [{"_id": "7", "text": "Who?", "instruction": "only CNN",
                                          "as_of": "2024-03-01", "choices": ["A", "B"]}]


def test_cli_errors_are_one_line(tmp_path, dated_index, capsys):
    index = str(dated_index)
    bad = tmp_path / "q.jsonl"
    bad.write_text('{"_id": "q1", "text": "a"}\nnot json\n')
    out = tmp_path / "a.jsonl"
    cases = [
        (["ask", "--index", index], "Error: give either a QUESTION or --questions FILE.jsonl"),
        (["ask", "Q?", "--index", index, "--questions", str(bad)], "Error: give either a QUESTION or --questions"),
        (["ask", "--index", index, "--questions", str(bad)], "Error: --questions needs --out FILE.jsonl"),
        (["ask", "Q?", "--index", index, "--out", str(out)], "Error: --out only applies with --questions"),
        (["ask", "--index", index, "--questions", str(bad), "--out", str(out)],
         f"Error: {bad}:2: invalid JSON: Expecting value"),
        (["ask", "--index", index, "--questions", str(tmp_path / "none.jsonl"), "--out", str(out)],
         f"Error: questions file {tmp_path / 'none.jsonl'} does not exist"),
        (["ask", "Q?", "--index", str(tmp_path / "nowhere")], f"Error: no heedful index at {tmp_path / 'nowhere'}"),
        (["ask", "Q?", "--index", index, "--choices", "only"], "Error: choices=['only']: give 2 to 26 distinct"),
        (["ask", "Q?", "--index", index, "--as-of", "2024-13-01"], "Error: as_of='2024-13-01' is not a date"),
    ]
    for args, message in cases:
        code, err = run(args, capsys)
        assert code == 1 and err.startswith(message), (args, err)
        assert "\n" not in err
    assert not out.exists()


def test_an_out_file_that_is_not_an_answer_file_is_refused(tmp_path, dated_index, capsys):
    questions = tmp_path / "q.jsonl"
    questions.write_text('{"_id": "q1", "text": "a"}\n')
    out = tmp_path / "a.jsonl"
    out.write_text("query-id\tcorpus-id\n1\t2\n")
    code, err = run(["ask", "--index", str(dated_index), "--questions", str(questions), "--out", str(out)], capsys)
    assert code == 1 and err == f"Error: {out}:1: not an output line of heedful ask; use another --out file"


def test_help_names_every_mode(capsys):
    with pytest.raises(SystemExit):
        main(["ask", "--help"])
    text = capsys.readouterr().out
    assert "closed-book, single, iter-retgen, plan or auto" in text and "--questions FILE.jsonl" in text
    assert "--llm-url" in text and "--compiler" not in text


def test_cli_text_output_and_batch_rows_with_a_scripted_model(tmp_path, dated_index, scripted, monkeypatch, capsys):
    from heedful.models import generator

    gen = scripted(lambda kind, messages: ("Answer: 2 dollars\nEvidence: Cars pay 2 dollars [1].", 0.95))
    monkeypatch.setattr(generator, "load_generator", lambda config=None, cache=True: gen)
    q = "How much does a car pay to cross the Harlow Bridge?"
    assert main(["ask", q, "--index", str(dated_index), "--mode", "single", "--as-of", "2021-01-01", "--k", "2"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[:3] == ["2 dollars", "Cars pay 2 dollars [1].", "[1] t2020  Harlow Bridge toll set"]
    assert lines[3].startswith("-- single: 1 LLM calls, 1 retrievals, 2 passages read, 100 + ") and len(lines) == 4
    questions = tmp_path / "q.jsonl"
    questions.write_text(json.dumps({"_id": "a", "text": q, "as_of": "2021-01-01"}) + "\n")
    out = tmp_path / "out.jsonl"
    assert main(["ask", "--index", str(dated_index), "--questions", str(questions), "--out", str(out),
                 "--mode", "single", "--k", "2"]) == 0
    [row] = [json.loads(line) for line in out.read_text().splitlines()]
    assert row["answer"] == "2 dollars" and row["citations"] == ["t2020"]
    assert set(row["retrieved"]) <= {"t2020", "k2019"} and row["cost"]["retrievals"] == 1


def test_cli_text_output_says_when_an_answer_cites_nothing(dated_index, scripted, monkeypatch, capsys):
    from heedful.models import generator

    replies = {"synthesize": "Answer: 3 dollars\nEvidence: The toll is modest.", "closed-book": "Rembrandt"}
    gen = scripted(lambda kind, messages: (replies[kind], 0.95))
    monkeypatch.setattr(generator, "load_generator", lambda config=None, cache=True: gen)
    assert main(["ask", "How much does a car pay to cross the Harlow Bridge?", "--index", str(dated_index),
                 "--mode", "single", "--k", "2"]) == 0
    assert capsys.readouterr().out.splitlines()[:3] == [
        "3 dollars", "The toll is modest.", "(cites no passage: nothing read is shown to back it)"]
    assert main(["ask", "Who painted the Zorblax mural in Quindle?", "--index", str(dated_index)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[:2] == ["Rembrandt", "(from the model's memory: nothing retrieved was about the question)"]
    assert lines[2].startswith("-- auto: 1 LLM calls, 1 retrievals, 0 passages read")
