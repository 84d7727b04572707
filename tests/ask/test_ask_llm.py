"""Ask with the real packaged LLM (Qwen2.5-Coder-1.5B through llama.cpp), on the tiny dated corpus:
a cited answer, as-of, multiple choice, the JSON planner alone, the CLI: seven calls, two of them
reading passages."""

from __future__ import annotations

import json

import pytest

from heedful.cli import main

Q = "How much does a car pay to cross the Harlow Bridge?"
pytestmark = pytest.mark.slow


@pytest.fixture
def cli_llm(llm, monkeypatch):
    """The CLI's model is the session's, not a second copy."""
    from heedful.models import generator

    monkeypatch.setattr(generator, "load_generator", lambda config=None, cache=True: llm)
    return llm


def test_the_newer_document_is_found_without_as_of(dated):
    assert "t2023" in dated.search(Q, k=3).ids  # so the as-of tests below are not passing by luck


def test_an_answer_as_of_a_date_cites_only_what_was_published_by_then(dated, llm):
    a = dated.ask(Q, as_of="2022-01-01", mode="single", llm=llm, k=2)
    assert a.found and "2" in a.text and "5" not in a.text, a
    assert a.citations and set(a.citations) <= {"t2020", "m2021", "k2019"}
    assert "t2023" not in a.retrieved and a.cost.llm_calls == 1
    assert a.cost.prompt_tokens > 100 and a.cost.generated_tokens > 0 and a.trace[-1].confidence is not None


def test_multiple_choice_answers_with_one_of_the_choices(dated, llm):
    choices = ["2 dollars", "5 dollars", "12 dollars"]
    a = dated.ask(Q, as_of="2022-01-01", choices=choices, llm=llm, max_iterations=1, k=2)
    assert a.text in choices and a.mode == "auto"
    assert a.cost.llm_calls <= 2 and "t2023" not in a.retrieved and "t2023" not in a.citations


def test_the_planner_alone_writes_new_queries_as_constrained_json(dated, llm):
    from heedful.ask.passages import source_of
    from heedful.ask.planner import PLAN_SCHEMA, parse_plan, planner_messages

    question = "What did cars pay to cross the bridge that got a cycle lane, in 2020?"
    found = [source_of(h, question, max_words=30) for h in dated.search("bridge with a cycle lane", k=2)]
    reply = llm.generate(planner_messages(question, found), max_tokens=80, json_schema=PLAN_SCHEMA).text
    data = json.loads(reply)  # the grammar keeps it to the schema
    assert set(data) == {"queries", "enough"} and len(data["queries"]) <= 2
    decision = parse_plan(reply, [question])
    assert decision.enough or decision.queries


def test_cli_single_question_as_json(dated_index, cli_llm, capsys):
    assert main(["ask", Q, "--index", str(dated_index), "--mode", "closed-book", "--format", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert list(out) == ["answer", "support", "citations", "found", "mode", "retrieved", "trace", "cost"]
    assert out["mode"] == "closed-book" and out["citations"] == [] and out["cost"]["llm_calls"] == 1


def test_cli_batch_writes_one_line_per_question_and_resumes(dated_index, cli_llm, tmp_path, capsys):
    questions = tmp_path / "q.jsonl"
    questions.write_text(
        json.dumps({"_id": "q1", "text": Q, "as_of": "2022-01-01"}) + "\n\n"
        + json.dumps({"_id": "q2", "text": Q, "choices": ["2 dollars", "5 dollars"]}) + "\n")
    out = tmp_path / "a.jsonl"
    args = ["ask", "--index", str(dated_index), "--questions", str(questions), "--out", str(out),
            "--mode", "closed-book"]
    assert main(args) == 0
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert [list(r) for r in rows] == [["_id", "answer", "citations", "retrieved", "cost"]] * 2
    assert [r["_id"] for r in rows] == ["q1", "q2"] and rows[1]["answer"] in ("2 dollars", "5 dollars")
    assert "answered 2 questions (0 were already in" in capsys.readouterr().out
    before = out.read_text()
    with out.open("a") as f:
        f.write('{"_id": "q3", "answ')  # a line a killed run left unfinished
    assert main(args) == 0  # nothing left to answer: no model call, the unfinished line removed
    assert out.read_text() == before
    assert "answered 0 questions (2 were already in" in capsys.readouterr().out
