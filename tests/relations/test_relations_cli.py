"""heedful table and heedful query: exact output and exact errors (no model call)."""

from __future__ import annotations

import json

import pytest

from heedful.cli import main
from heedful.errors import ParseError
from heedful.relations.cli import read_sql_questions


def run(args, capsys):
    code = main(args)
    out = capsys.readouterr()
    return code, out.out.strip(), out.err.strip()


def test_table_add_list_and_query(sources, tmp_path, capsys):
    index = str(tmp_path / "ix")
    code, out, _ = run(["table", "add", str(sources / "companies.csv"), "--index", index,
                        "--link", "company=companies.name"], capsys)
    assert code == 0
    assert out.splitlines()[1:] == ["  name       VARCHAR", "  founded    BIGINT", "  employees  BIGINT",
                                    "  country    VARCHAR", "links: company=companies.name"]
    code, out, _ = run(["table", "list", "--index", index, "--format", "json"], capsys)
    listed = json.loads(out)
    assert [(t["name"], t["rows"]) for t in listed["tables"]] == [("companies", 4)]
    assert listed["links"] == [{"field": "company", "table": "companies", "column": "name"}]
    code, out, _ = run(["query", "--index", index, "--sql",
                        "SELECT name, employees FROM companies WHERE employees > 600 ORDER BY employees DESC"], capsys)
    assert code == 0
    assert out.splitlines() == [
        "-- SELECT name, employees FROM companies WHERE employees > 600 ORDER BY employees DESC",
        "name  employees", "----  ---------", "Acme  1200", "Bolt  800", "Dyno  650", "(3 rows)"]


@pytest.mark.parametrize(("sql", "message"), [
    ("DROP TABLE companies", "Error: only a query (SELECT) may run, not DROP"),
    ("DELETE FROM companies WHERE employees < 100", "Error: only a query (SELECT) may run, not DELETE"),
    ("SELECT * FROM read_parquet('x.parquet')", "Error: table functions are not allowed: READ_PARQUET('x.parquet')"),
])
def test_query_runs_nothing_but_select(catalog, capsys, sql, message):
    code, _, err = run(["query", "--index", str(catalog.dir), "--sql", sql], capsys)
    assert (code, err) == (1, message)
    assert catalog.table("companies").rows == 4


def test_query_errors_as_json_keep_the_output_shape(catalog, capsys):
    code, out, _ = run(["query", "--index", str(catalog.dir), "--sql", "SELECT nope FROM companies",
                        "--format", "json"], capsys)
    assert code == 1
    assert json.loads(out) == {"sql": None, "columns": [], "rows": [], "error": (
        "column nope is not in the tables of its FROM clause (companies); no table has it")}


@pytest.mark.parametrize(("args", "message"), [
    (["query", "--index", "{ix}"], "Error: give one of a QUESTION, --sql SQL or --questions FILE.jsonl"),
    (["query", "q", "--sql", "SELECT 1", "--index", "{ix}"], "Error: give one of a QUESTION, --sql SQL or --questions FILE.jsonl"),
    (["query", "--questions", "q.jsonl", "--index", "{ix}"],
     "Error: --questions needs --out FILE.jsonl (answers are appended there, so a run can resume)"),
    (["query", "--sql", "SELECT 1", "--index", "{empty}"],
     "Error: no tables in {empty}; add one with: heedful table add FILE --index {empty}"),
    (["table", "add", "x.txt", "--index", "{ix}"], "Error: x.txt: no such file"),
    (["table", "add", "{companies}", "--index", "{ix}", "--link", "company"],
     "Error: --link 'company' must be FIELD=TABLE.COLUMN"),
    (["table", "drop", "firms", "--index", "{ix}"],
     "Error: no table 'firms' in {ix} (tables: companies, customer, orders)"),
])
def test_command_errors_are_one_line(catalog, sources, tmp_path, capsys, args, message):
    fill = {"ix": str(catalog.dir), "empty": str(tmp_path / "empty"), "companies": str(sources / "companies.csv")}
    code, _, err = run([a.format(**fill) for a in args], capsys)
    assert (code, err) == (1, message.format(**fill))


@pytest.mark.parametrize(("lines", "message"), [
    (['{"_id": "q1", "question": "a"}', "{oops"], "q.jsonl:2: invalid JSON: Expecting property name enclosed in double quotes"),
    (['{"_id": "q1", "text": "a"}'], 'q.jsonl:1: a question line needs "_id" and "question"'),
    (['{"_id": "q1", "question": 3}'], 'q.jsonl:1: "question" must be a string'),
    (['{"_id": 1, "question": "a"}', '{"_id": 1, "question": "b"}'], "q.jsonl:2: _id '1' appears twice"),
    (['{"_id": 1, "question": "a", "instructions": ["x"]}'], 'q.jsonl:1: "instructions" must be a string'),
])
def test_malformed_question_lines_name_the_file_and_line(tmp_path, lines, message):
    path = tmp_path / "q.jsonl"
    path.write_text("\n".join(lines) + "\n")
    with pytest.raises(ParseError) as err:
        read_sql_questions(str(path))
    assert str(err.value) == f"{tmp_path}/{message}"


def test_a_link_to_a_field_the_documents_lack_is_noted(tmp_path, sources, capsys, embedder):
    from heedful import Engine

    index = tmp_path / "ix"
    (tmp_path / "docs.jsonl").write_text('{"_id": "d1", "text": "Acme cuts jobs", "firm": "Acme"}\n')
    Engine.open(index, embedder=embedder).index(tmp_path / "docs.jsonl")
    code, _, err = run(["table", "add", str(sources / "companies.csv"), "--index", str(index),
                        "--link", "company=companies.name"], capsys)
    assert code == 0
    assert err == (f"note: the documents in {index} have no field 'company' (fields: firm); "
                   "the link applies once they do")
