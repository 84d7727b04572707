from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from heedful.cli import main

DATA = Path(__file__).parent / "data"


@pytest.fixture
def index(tiny_index, tmp_path):
    path = tmp_path / "ix"
    shutil.copytree(tiny_index, path)
    return str(path)


def test_index_then_info(tmp_path, capsys):
    ix = str(tmp_path / "new")
    assert main(["index", str(DATA / "tiny.jsonl"), "--index", ix, "--no-progress"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("indexed 6 new and 0 changed documents (6 passages), 0 unchanged, in ")
    assert out.rstrip().endswith("the index now holds 6 documents")
    assert main(["info", "--index", ix]) == 0
    info = json.loads(capsys.readouterr().out)
    assert (info["documents"], info["embedder"], info["fields"]["publish_date"]) == (6, "all-MiniLM-L6-v2", "date")


def test_index_exact_keeps_vector_search_exact(tmp_path, capsys):
    ix = str(tmp_path / "exact")
    assert main(["index", str(DATA / "tiny.jsonl"), "--index", ix, "--no-progress", "--exact"]) == 0
    capsys.readouterr()
    assert json.loads((tmp_path / "exact" / "heedful.json").read_text())["ann_min_passages"] is None
    ix = str(tmp_path / "default")
    assert main(["index", str(DATA / "tiny.jsonl"), "--index", ix, "--no-progress"]) == 0
    assert json.loads((tmp_path / "default" / "heedful.json").read_text())["ann_min_passages"] == 20_000


def test_search_table_shows_why(index, capsys):
    assert main(["search", "volcano eruption in Iceland", "--index", index, "--k", "2"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "query: 'volcano eruption in Iceland'"
    assert lines[1].startswith("  1. d1  ")
    assert lines[2].startswith("     matched: bm25 #") and "dense #" in lines[2]


def test_search_table_shows_the_instructions_filters_and_notes(tmp_path, capsys):
    src = tmp_path / "shop.csv"
    src.write_text("id,title,text,price\n1,Budget laptop,A light laptop for school,499\n"
                   "2,Gaming laptop,A laptop with a fast graphics card,1999\n3,Tablet,A small tablet,299\n")
    ix = str(tmp_path / "shop")
    assert main(["index", str(src), "--index", ix, "--no-progress"]) == 0
    capsys.readouterr()
    assert main(["search", "laptop", "--index", ix, "--instruction", "Laptops over $1,500 are not relevant."]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[1:3] == ["  filters from the instruction: price <= 1500",
                          ("  note: 'Laptops over $1,500 are not relevant': its filter applies to every document, "
                          "not only to 'laptops'")]
    assert [line.split()[1] for line in lines if line[:4].strip().rstrip(".").isdigit()] == ["1", "3"]


def test_search_table_folds_priors_into_one_line(index, capsys):
    args = ["search", "volcano", "--index", index, "--k", "1", "--instruction", "Eruptions in Sicily are not relevant."]
    assert main(args) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[1].startswith("  1. d1  ")
    assert lines[3] == "     + exclude 'eruptions in Sicily' does not apply (+0.000)"
    n = len(json.loads(Path(DATA / "tiny.jsonl").read_text().splitlines()[0])["text"].split())
    assert lines[4] == f"     ~ priors: length: {n} words, under 100 ({-0.25 * (1 - n / 100):+.3f})"
    assert main([*args, "--format", "json"]) == 0
    why = json.loads(capsys.readouterr().out)["hits"][0]["explanation"]
    assert [w["criterion"] for w in why] == ["eruptions in Sicily", "a passage long enough to judge"]


def test_search_json_and_filter(index, capsys):
    assert main(["search", "volcano", "--index", index, "--filter", "source = usatoday.com", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert sorted(h["id"] for h in data["hits"]) == ["d2", "d5"]
    assert data["hits"][0]["metadata"]["source"] == "usatoday.com"


def test_batch_trec_run_with_instruction_field(index, tmp_path, capsys):
    queries = tmp_path / "q.jsonl"
    queries.write_text(
        json.dumps({"_id": "q1", "text": "volcano", "inst": "about Mount Etna in Sicily"}) + "\n"
        + json.dumps({"_id": "q2", "text": "hockey final"}) + "\n"
    )
    run = tmp_path / "run.trec"
    assert main(["search", "--index", index, "--queries", str(queries), "--instruction-field", "inst",
                 "--k", "3", "--format", "trec", "--out", str(run), "--tag", "heedful-hybrid"]) == 0
    lines = [line.split() for line in run.read_text().splitlines()]
    assert [line[0] for line in lines] == ["q1"] * 3 + ["q2"] * 3
    assert lines[0][1] == "Q0" and lines[0][3] == "1" and lines[0][5] == "heedful-hybrid"
    assert lines[0][2] == "d5" and lines[3][2] == "d3"


def test_jsonl_output_has_one_line_per_hit(index, capsys):
    assert main(["search", "maple syrup", "--index", index, "--k", "2", "--format", "jsonl"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["rank"] for r in rows] == [1, 2] and rows[0]["id"] == "d6" and rows[0]["query_id"] == "q1"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["search", "x", "--index", "{missing}"], "Error: no heedful index at {missing}; build one with `heedful index SOURCE --index {missing}`"),
        (["search", "x", "--index", "{index}", "--filter", "colour = red"], "Error: unknown filter field 'colour'; this index has metadata fields: publish_date, source, tags, words"),
        (["search", "x", "--index", "{index}", "--filter", "nonsense"], "Error: cannot parse filter 'nonsense'; write FIELD OP VALUE"),
        (["search", "--index", "{index}"], "Error: give either a QUERY or --queries FILE.jsonl"),
        (["index", "{bad}", "--index", "{fresh}", "--no-progress"], "Error: {bad}:2: invalid JSON"),
    ],
)
def test_errors_are_one_line_and_exit_1(index, tmp_path, capsys, argv, message):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"_id": "a", "text": "ok"}\n{"_id": "b", "text": \n')
    names = {"missing": str(tmp_path / "missing"), "index": index, "bad": str(bad), "fresh": str(tmp_path / "fresh")}
    argv = [a.format(**names) for a in argv]
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert err.startswith(message.format(**names))


def test_console_script_help_lists_commands():
    out = subprocess.run([sys.executable, "-m", "heedful.cli", "--help"], capture_output=True, text=True, check=True).stdout
    for command in ("index", "search", "info"):
        assert command in out


def test_plan_prints_criteria_and_json_round_trips(index, tmp_path, capsys):
    assert main(["plan", "Only CNN articles; eruptions in Sicily are not relevant.", "--index", index]) == 0
    out = capsys.readouterr().out
    assert "exclude" in out and "mentions any of 'Sicily', 'Sicilian'" in out and "source = 'cnn.com'" in out
    assert main(["plan", "Eruptions in Sicily are not relevant.", "--format", "json"]) == 0
    plan = json.loads(capsys.readouterr().out)
    assert plan["criteria"][0]["predicate"] == {"mentions": ["Sicily", "Sicilian"]}
    plan["criteria"][0]["predicate"] = {"mentions": ["Iceland"]}
    edited = tmp_path / "plan.json"
    edited.write_text(json.dumps(plan))
    assert main(["search", "volcano", "--index", index, "--plan", str(edited), "--k", "6", "--format", "jsonl"]) == 0
    ids = [json.loads(line)["id"] for line in capsys.readouterr().out.splitlines()]
    assert ids.index("d5") < ids.index("d1")  # the edited plan excludes Iceland instead of Sicily


def test_search_as_of_flag_and_batch_field(index, tmp_path, capsys):
    assert main(["search", "volcano", "--index", index, "--as-of", "2021-12-31", "--format", "jsonl"]) == 0
    ids = {json.loads(line)["id"] for line in capsys.readouterr().out.splitlines()}
    assert ids == {"d4", "d5"}  # everything else is dated after 2021
    queries = tmp_path / "q.jsonl"
    queries.write_text(json.dumps({"_id": "a", "text": "volcano", "as_of": "2023-12-31"}) + "\n")
    assert main(["search", "--index", index, "--queries", str(queries), "--format", "trec", "--k", "10"]) == 0
    assert sorted(line.split()[2] for line in capsys.readouterr().out.splitlines()) == ["d1", "d4", "d5"]


def test_plan_and_instruction_together_is_an_error(index, tmp_path, capsys):
    assert main(["search", "x", "--index", index, "--instruction", "y", "--plan", str(tmp_path / "p.json")]) == 1
    assert capsys.readouterr().err == "Error: give --instruction or --plan, not both\n"


def test_plan_takes_the_instruction_as_search_does_and_never_abbreviates(capsys):
    assert main(["plan", "--instruction", "Eruptions in Sicily are not relevant.", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["criteria"][0]["predicate"] == {"mentions": ["Sicily", "Sicilian"]}
    assert main(["plan", "Only lava.", "--instruction", "Only ash."]) == 1
    assert capsys.readouterr().err == "Error: give the instruction once: as INSTRUCTION or with --instruction, not both\n"
    with pytest.raises(SystemExit):  # "--instruction-f" is not taken for "--instruction-file"
        main(["plan", "--instruction-f", "notes.txt"])
    assert "unrecognized arguments: --instruction-f" in capsys.readouterr().err
