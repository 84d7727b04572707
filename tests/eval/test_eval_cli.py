from __future__ import annotations

import json
import shutil
import textwrap

import pytest

from heedful.cli import main

QRELS_OG = "query-id\tcorpus-id\tscore\nq1\td1\t1\nq1\td2\t1\nq1\td3\t1\nq1\td4\t1\nq1\td5\t0\n"
QRELS_CHANGED = "query-id\tcorpus-id\tscore\nq1\td1\t0\nq1\td2\t1\nq1\td3\t1\nq1\td4\t0\nq1\td5\t0\n"


def trec(path, *ids):
    path.write_text("".join(f"q1 Q0 {d} {r} {len(ids) - r + 1} test\n" for r, d in enumerate(ids, 1)))
    return str(path)


@pytest.fixture
def files(tmp_path):
    (tmp_path / "og.tsv").write_text(QRELS_OG)
    (tmp_path / "changed.tsv").write_text(QRELS_CHANGED)
    return tmp_path


def test_score_paired_runs_by_hand(files, capsys):
    args = ["eval", "--qrels-og", str(files / "og.tsv"), "--qrels-changed", str(files / "changed.tsv"),
            "--run-og", trec(files / "og.trec", "d1", "d2", "d3", "d4"),
            "--run-changed", trec(files / "new.trec", "d2", "d1", "d3", "d4")]
    assert main(args) == 0
    # flipped d1: rank 1 -> 2 gives 1 - 1/2; d4: 4 -> 4 gives 0; mean x100 = 25
    # changed: relevant d2, d3 at ranks 1 and 3 of an ideal 1, 2: (1 + 1/2) / (1 + 1/log2(3)) = 0.9197
    assert capsys.readouterr().out == textwrap.dedent("""\
        p-MRR            +25.00  (1 query with flipped documents)
        nDCG@10 og       1.0000  (1 query)
        nDCG@10 changed  0.9197  (1 query)
        """)


def test_score_one_run_by_hand(files, capsys):
    assert main(["eval", "--qrels", str(files / "og.tsv"), "--run", trec(files / "r.trec", "d1", "d5", "d2")]) == 0
    # relevant d1..d4; d1 at 1, d2 at 3: AP = (1/1 + 2/3) / 4, R@10 = 2/4,
    # nDCG = (1 + 1/2) / (1 + 1/log2(3) + 1/2 + 1/log2(5)) = 0.5856
    assert capsys.readouterr().out == "nDCG@10  0.5856  (1 query)\nR@10     0.5000\nMAP      0.4167\n"


@pytest.mark.parametrize(("args", "message"), [
    (["eval"], ("Error: give exactly one of: --set DIR (with --index-root); --qrels-og, --qrels-changed, "
               "--run-og and --run-changed; or --qrels and --run")),
    (["eval", "--qrels", "q.tsv", "--run-og", "r"], "Error: give exactly one of"),
    (["eval", "--qrels-og", "q.tsv", "--run-og", "r"],
     "Error: scoring paired runs needs all four of --qrels-og, --qrels-changed, --run-og and --run-changed"),
    (["eval", "--qrels", "q.tsv"], "Error: scoring a run needs both --qrels and --run"),
    (["eval", "--qrels", "q.tsv", "--run", "r", "--out", "o", "--systems", "bm25"],
     "Error: --systems, --out only apply with --set"),
    (["eval", "--qrels", "missing.tsv", "--run", "r"], "Error: qrels file missing.tsv does not exist"),
    (["eval", "--set", "x"], "Error: --set needs --index-root DIR, the folder where the heedful indexes live"),
    (["eval", "--set", "x", "--index-root", "ix", "--systems", "bm25,nope"],
     ("Error: unknown system 'nope'; choose from bm25, bm25+instruction, dense+instruction, "
     "hybrid+instruction, heedful")),
    (["eval", "--set", "not-a-folder", "--index-root", "ix"], "Error: --set not-a-folder: not a folder"),
])
def test_eval_errors_exit_1(args, message, capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(args) == 1
    assert capsys.readouterr().err.startswith(message)
    assert not (tmp_path / "ix").exists()


def test_eval_sets_writes_json_markdown_plot_and_runs(paired_set, beir_set, mini_index, tmp_path, capsys):
    root = tmp_path / "indexes"
    shutil.copytree(mini_index, root / "mini-if")  # the index of the mini-if corpus, reused
    shutil.copytree(mini_index, root / "mini")
    out, runs = tmp_path / "out", tmp_path / "runs"
    assert main(["eval", "--set", str(paired_set), "--set", str(beir_set), "--index-root", str(root),
                 "--k", "10", "--out", str(out), "--runs", str(runs), "--no-progress"]) == 0
    printed = capsys.readouterr().out
    assert printed.startswith("### mini-if (2 queries, top-10)\n\n| system | p-MRR |")
    assert "\n### mini (2 queries, top-10)\n\n| system | nDCG@10 | R@2 | R@10 | MAP | ms/search |" in printed
    assert sorted(p.name for p in out.iterdir()) == [
        "mini-if.json", "mini-if.md", "mini-if.png", "mini.json", "mini.md", "mini.png"]
    data = json.loads((out / "mini-if.json").read_text())
    assert [s["system"] for s in data["systems"]] == [
        "bm25", "bm25+instruction", "dense+instruction", "hybrid+instruction", "heedful"]
    assert data["systems"][1]["p_mrr"] == -6.25
    assert data["command"].startswith(f"heedful eval --set {paired_set} --set {beir_set} --index-root {root} "
                                      "--systems bm25,bm25+instruction,")
    md = (out / "mini-if.md").read_text()
    assert md.startswith("### mini-if (2 queries, top-10)") and f"- command: `{data['command']}`" in md
    assert (runs / "mini-if.heedful.og.trec").is_file() and (runs / "mini.bm25.trec").is_file()
    assert len(list(runs.iterdir())) == 5 * 2 + 5


def test_eval_a_subset_of_systems_and_queries(paired_set, mini_index, tmp_path, capsys):
    shutil.copytree(mini_index, tmp_path / "mini-if")
    assert main(["eval", "--set", str(paired_set), "--index-root", str(tmp_path), "--systems",
                 "bm25+instruction", "--queries", "1", "--k", "10"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "### mini-if (1 query, top-10)"
    assert lines[4].startswith("| bm25+instruction | -12.5 | 1.000 | ")


PASSING = """\
cases:
  - name: hockey leads
    query: hockey final
    expect: {in_top: {k: 1, ids: [d3]}}
"""


def test_test_instructions_exit_codes(tiny_index, tmp_path, capsys):
    ix = tmp_path / "ix"
    shutil.copytree(tiny_index, ix)
    good = tmp_path / "good.yaml"
    good.write_text("index: ix\n" + PASSING)
    assert main(["test-instructions", str(good)]) == 0
    assert capsys.readouterr().out == "PASS  hockey leads\n1 case: 1 passed, 0 failed\n"

    bad = tmp_path / "bad.yaml"
    bad.write_text(PASSING + "  - name: hockey last\n    query: hockey final\n"
                   "    expect: {below: {rank: 5, ids: [d3]}}\n")
    assert main(["test-instructions", str(bad), "--index", str(ix)]) == 1
    assert capsys.readouterr().out == (
        "PASS  hockey leads\nFAIL  hockey last\n      - d3 ranks 1, expected below 5\n2 cases: 1 passed, 1 failed\n"
    )

    assert main(["test-instructions", str(bad)]) == 1
    assert capsys.readouterr().err == (
        f"Error: {bad} names no index; pass --index DIR or add 'index: DIR' to the file\n"
    )
    invalid = tmp_path / "invalid.yaml"
    invalid.write_text("cases: []\n")
    assert main(["test-instructions", str(invalid), "--index", str(ix)]) == 1
    assert capsys.readouterr().err == f"Error: {invalid}: cases: must be a non-empty list of cases, got []\n"


def test_help_shows_the_three_eval_forms(capsys):
    with pytest.raises(SystemExit) as info:
        main(["eval", "--help"])
    assert info.value.code == 0
    text = capsys.readouterr().out
    assert "heedful eval --set bench/hotpotqa-if --index-root bench/work --out bench/results/eval" in text
    assert "heedful eval --qrels-og og.tsv --qrels-changed changed.tsv --run-og og.trec" in text
    assert "heedful eval --qrels qrels.tsv --run run.trec" in text
    with pytest.raises(SystemExit):
        main(["test-instructions", "--help"])
    assert "exit status: 0 when every case passes, 1 otherwise" in capsys.readouterr().out
