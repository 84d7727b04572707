"""Writers, crashes and the command line's boundary (issue #10): nothing lost, one-line errors."""

from __future__ import annotations

import json
import math
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

import pytest

from heedful import (
    ConfigError,
    Document,
    Engine,
    IndexBusyError,
    IndexNotFoundError,
    InputError,
    ParseError,
)
from heedful._lock import WriteLock
from heedful.cli import main
from heedful.config import ChunkConfig
from heedful.types import Hit, Results

DATA = Path(__file__).parent / "data"


def _run(script: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", textwrap.dedent(script)], capture_output=True, text=True,
                          env=os.environ, check=False)


def _indices(engine: Engine) -> set[tuple[str, ...]]:
    return {tuple(i.columns) for i in engine.store.table.list_indices()}


# ---------------------------------------------------------------- one writer at a time
def test_a_second_writer_waits_then_fails_naming_the_holder(tiny):
    with WriteLock(tiny.path, purpose="indexing other.jsonl"):
        tiny.lock_timeout = 0.2
        with pytest.raises(IndexBusyError, match=rf"^{tiny.path} is being written by process {os.getpid()} "
                                                  r"\(indexing other.jsonl\); waited 0.2 s. Wait for that run"):
            tiny.index([Document("n1", "a new note")])
    assert tiny.index([Document("n1", "a new note")]).added == 1  # the lock is free again


def test_concurrent_runs_keep_every_field(tmp_path):
    """Two runs into one new folder: both documents land, both fields survive, later upserts work."""
    index = tmp_path / "ix"
    for name, field in (("a", "color"), ("b", "shape")):
        (tmp_path / f"{name}.jsonl").write_text(json.dumps({"_id": name, "text": f"note {name}", field: "x"}) + "\n")
    procs = [subprocess.Popen([sys.executable, "-m", "heedful.cli", "index", str(tmp_path / f"{n}.jsonl"),
                               "--index", str(index), "--no-progress"], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for n in ("a", "b")]
    for p in procs:
        _, err = p.communicate(timeout=300)
        assert p.returncode == 0, err
    engine = Engine.open(index, create=False)
    assert engine.config.fields == {"color": "string", "shape": "string"}
    assert engine.info()["documents"] == 2
    report = engine.upsert([Document("a", "note a again", metadata={"color": "y", "shape": "z"})])
    assert report.updated == 1
    assert engine.search("note", filters=["shape = z"], k=2).ids == ["a"]


# ---------------------------------------------------------------- crashes are repaired
@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGSEGV])
def test_a_crash_while_indexes_are_built_is_repaired_on_resume(tmp_path, embedder, sig):
    """Killed (or segfaulted, as a crashing native library would) inside refresh: the next run repairs."""
    index = tmp_path / "ix"
    shutil.copy(DATA / "tiny.jsonl", tmp_path / "c.jsonl")
    proc = _run(f"""
        import os
        from heedful import Engine
        from heedful.store.lancedb import LanceStore
        def dying_refresh(self):
            self._table.optimize()
            os.kill(os.getpid(), {int(sig)})
        LanceStore.refresh = dying_refresh
        Engine.open({str(index)!r}).index({str(tmp_path / "c.jsonl")!r})
        """)
    assert proc.returncode == -sig, proc.stderr
    engine = Engine.open(index, create=False, embedder=embedder)
    assert engine.interrupted is not None and engine.info()["documents"] == 6
    assert ("search_text",) not in _indices(engine)
    report = engine.index(tmp_path / "c.jsonl")
    assert (report.added, report.unchanged, report.resumed) == (0, 6, True)
    assert {("search_text",), ("pid",)} <= _indices(engine)
    clean = Engine.open(tmp_path / "clean", embedder=embedder)
    clean.index(DATA / "tiny.jsonl")
    for query in ("volcano eruption in Iceland", "hockey final", "lava"):
        assert engine.search(query, k=6).ids == clean.search(query, k=6).ids


def test_a_failed_first_run_leaves_no_index_behind(tmp_path, embedder, capsys):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"_id": "a", "text": "fine"}\n{"_id": "b", "text": \n')
    engine = Engine.open(tmp_path / "new", embedder=embedder)
    with pytest.raises(ParseError):
        engine.index(bad)
    assert not (tmp_path / "new").exists()
    assert engine.index([Document("a", "fine")]).added == 1  # the same engine can still build it
    assert Engine.open(tmp_path / "new", create=False).info()["documents"] == 1

    assert main(["index", str(bad), "--index", str(tmp_path / "cli"), "--no-progress"]) == 1
    assert capsys.readouterr().err.startswith(f"Error: {bad}:2: ")
    assert not (tmp_path / "cli").exists()
    existing = tmp_path / "empty-folder"
    existing.mkdir()
    with pytest.raises(ParseError):
        Engine.open(existing, embedder=embedder).index(bad)
    assert existing.is_dir() and not any(existing.iterdir())  # a folder the user made stays, empty


def test_a_first_run_that_fails_never_removes_another_writers_index(tmp_path, embedder):
    """Two engines open one new index; the first waits for the second's lock, gives up, and the
    second's document stays."""
    first = Engine.open(tmp_path / "new", embedder=embedder, lock_timeout=0.2)
    second = Engine.open(tmp_path / "new", embedder=embedder)
    second.index([Document("a", "kept")])
    with WriteLock(tmp_path / "new", purpose="another run"), pytest.raises(IndexBusyError):
        first.index([Document("b", "lost")])
    assert Engine.open(tmp_path / "new", create=False).info()["documents"] == 1


def test_deleted_data_is_an_error_not_an_empty_index(tiny):
    tiny.index([Document("n1", "a note")])
    shutil.rmtree(tiny.path / "lance")
    with pytest.raises(IndexNotFoundError, match=r"holds index settings but its data \(.*lance\) is missing: "
                                                 r"it was moved or deleted"):
        Engine.open(tiny.path, create=False)


def test_a_field_keeps_its_type(tiny):
    with pytest.raises(ConfigError, match=r"^field 'publish_date' is indexed as date, not integer; keep "
                                          r"publish_date:date, or build a new index to store it as integer$"):
        tiny.index([Document("n1", "a note", metadata={"publish_date": 2024})], fields={"publish_date": "integer"})
    assert tiny.info()["documents"] == 6


def test_a_value_that_does_not_fit_the_stored_type_says_how_to_fix_it(tiny):
    with pytest.raises(InputError, match=r"field \"words\" is indexed as integer, but document 'n1' has 'many'"):
        tiny.index([Document("n1", "a note", metadata={"words": "many"})])
    assert tiny.info()["documents"] == 6


def test_text_that_is_not_valid_unicode_is_refused_before_any_change(tiny):
    with pytest.raises(InputError, match=r"^document 'n1': its text holds '\\ud800' at character 2, which is not "
                                         r"valid Unicode text \(a lone surrogate\)"):
        tiny.index([Document("n1", "ab\ud800c")])
    assert tiny.info()["documents"] == 6


def test_a_field_name_filters_cannot_name_is_refused_before_any_change(tiny):
    with pytest.raises(InputError, match=r"^metadata field 'meta.source' cannot be stored: lance reads a '.' as "
                                         r"a nested field; rename it, e.g. 'meta_source'$"):
        tiny.index([Document("n1", "a note", metadata={"meta.source": "x"})])
    assert tiny.info()["documents"] == 6 and "meta.source" not in tiny.config.fields


def test_a_read_only_index_is_a_clear_error(tiny_index):
    """Writing into a read-only index folder: one line saying so. Root may write anywhere, so the
    child drops to an unprivileged user (after importing what it needs) when the tests run as root;
    its folder is outside pytest's, which only root may enter."""
    tmp_path = Path(tempfile.mkdtemp(prefix="heedful-ro-"))
    index = tmp_path / "ix"
    shutil.copytree(tiny_index, index)
    (tmp_path / "n.jsonl").write_text('{"_id": "n1", "text": "a note"}\n')
    for p in [tmp_path, *tmp_path.rglob("*")]:
        p.chmod(0o755 if p.is_dir() else 0o644)
    index.chmod(0o555)
    try:
        proc = _run(f"""
            import os, sys
            import heedful.cli, heedful.engine, heedful.ingest, heedful.store.lancedb, lancedb, pyarrow
            if os.geteuid() == 0:
                os.setgid(65534)
                os.setuid(65534)
            sys.exit(heedful.cli.main(["index", {str(tmp_path / "n.jsonl")!r}, "--index", {str(index)!r},
                                       "--no-progress"]))
            """)
    finally:
        index.chmod(0o755)
        shutil.rmtree(tmp_path)
    assert proc.returncode == 1, proc.stderr
    assert proc.stderr == (f"Error: cannot write to the index at {index}: the folder is read-only; check "
                           "its permissions or copy the index somewhere writable\n")


# ---------------------------------------------------------------- candidates
def test_one_long_document_does_not_crowd_out_the_others(tmp_path, embedder):
    engine = Engine.open(tmp_path / "ix", embedder=embedder, chunk=ChunkConfig(max_words=20, overlap_words=0))
    flood = " ".join("The harbour ferry timetable changes every spring for the harbour ferry." for _ in range(600))
    docs = [Document("long", flood, title="Ferry timetable")]
    docs += [Document(f"s{i}", f"Harbour ferry note {i}: the ferry timetable for pier {i}.") for i in range(5)]
    engine.index(docs)
    assert engine.info()["passages"] > 300
    res = engine.search("harbour ferry timetable", k=5)
    assert len(res) == 5 and "long" in res.ids


# ---------------------------------------------------------------- the command line's boundary
def test_out_into_a_missing_folder(index_copy, tmp_path, capsys):
    out = tmp_path / "no" / "such" / "run.trec"
    assert main(["search", "volcano", "--index", index_copy, "--out", str(out)]) == 1
    assert capsys.readouterr().err == (f"Error: --out {out}: the folder {out.parent} does not exist; "
                                       "create it first\n")


def test_trec_output_refuses_ids_it_cannot_hold_and_keeps_the_old_file(tmp_path, embedder, capsys):
    ix = tmp_path / "ix"
    Engine.open(ix, embedder=embedder).index([Document("two words", "a volcano note")])
    out = tmp_path / "run.trec"
    out.write_text("old\n")
    assert main(["search", "volcano", "--index", str(ix), "--format", "trec", "--out", str(out)]) == 1
    assert capsys.readouterr().err == (
        "Error: query 'q1': document id 'two words' is empty or contains whitespace, which the TREC run "
        "format cannot hold; rename it, or write JSON lines (--format jsonl)\n")
    assert out.read_text() == "old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ix", "run.trec"]  # no partial file left


def test_an_as_of_date_is_read_whole(tiny_ro):
    assert tiny_ro.search("volcano", as_of="2023-12-01T10:00:00Z", k=1).ids == ["d1"]
    with pytest.raises(ConfigError, match=r"^as_of=\"2024-01-01' OR 1=1\" is not a date; write YYYY-MM-DD$"):
        tiny_ro.search("volcano", as_of="2024-01-01' OR 1=1")


def test_json_output_is_strict(capsys):
    hit = Hit(id="d1", score=math.nan, rank=1, metadata={"ratio": math.inf, "parts": [1.0, -math.inf]})
    assert hit.to_dict()["score"] is None
    assert hit.to_dict()["metadata"] == {"ratio": None, "parts": [1.0, None]}
    from heedful.cli import _write

    _write(sys.stdout, "q1", Results(query="q", hits=(hit,)), "jsonl", "t", single=True)
    line = capsys.readouterr().out
    assert "NaN" not in line and "Infinity" not in line and json.loads(line)["score"] is None


def test_an_unexpected_error_is_one_line(monkeypatch, capsys):
    from heedful import cli

    def boom(args):
        raise RuntimeError("boom")

    monkeypatch.setattr(cli, "_info", boom)
    assert main(["info", "--index", "x"]) == 1
    assert capsys.readouterr().err == ("Error: unexpected RuntimeError: boom; please report it "
                                       "(run with -v for the traceback)\n")


def test_long_instructions_come_from_a_file(index_copy, tmp_path, capsys):
    instruction = "Eruptions in Sicily are not relevant. " + "Reports must name the town they describe. " * 400
    f = tmp_path / "instruction.txt"
    f.write_text(instruction)
    assert main(["plan", "--instruction-file", str(f), "--format", "json"]) == 0
    from_file = capsys.readouterr().out
    assert main(["plan", instruction, "--format", "json"]) == 0
    assert capsys.readouterr().out == from_file
    assert main(["search", "volcano", "--index", index_copy, "--k", "1", "--instruction-file", str(f),
                 "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["instruction"] == instruction
    assert main(["plan", "x", "--instruction-file", str(f)]) == 1
    assert capsys.readouterr().err == "Error: give the instruction inline or with --instruction-file, not both\n"
    assert "--instruction-file FILE" in _help(["search", "--help"])


def test_index_names_its_id_text_and_title_keys(tmp_path, capsys):
    src = tmp_path / "notes.jsonl"
    src.write_text(json.dumps({"key": "k1", "body": "lava flows", "heading": "Lava"}) + "\n")
    ix = tmp_path / "ix"
    assert main(["index", str(src), "--index", str(ix), "--no-progress", "--id-field", "key",
                 "--text-field", "body", "--title-field", "heading"]) == 0
    capsys.readouterr()
    hit = Engine.open(ix, create=False).search("lava", k=1)[0]
    assert (hit.id, hit.title, hit.text) == ("k1", "Lava", "lava flows")


def _help(argv: list[str]) -> str:
    proc = subprocess.run([sys.executable, "-m", "heedful.cli", *argv], capture_output=True, text=True, check=False)
    return proc.stdout


@pytest.fixture
def index_copy(tiny_index, tmp_path):
    path = tmp_path / "copy"
    shutil.copytree(tiny_index, path)
    return str(path)
