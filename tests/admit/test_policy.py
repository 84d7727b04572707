"""Admission end to end on a real index (the entailment question answered by rule): what is
written, with which provenance, what is kept as experience, lineage, undo, filters and the CLI."""

from __future__ import annotations

import json

import pytest

from heedful import Document, Engine
from heedful.admit.policy import Admitter, Experience, Ledger
from heedful.cli import main
from heedful.errors import ConfigError, InputError

Q = "At which university did the author of Harbour Lights teach?"
GOOD = {"_id": "c-good", "question": Q, "citations": ["hl", "me"],
        "answer": "Aberystwyth University. Harbour Lights is by Mared Evans [1], who taught at Aberystwyth "
                  "University [2]."}
BAD = {"_id": "c-bad", "question": Q, "citations": ["hl", "me"],
       "answer": "Mared Evans taught at Cardiff University [2]. This answer has been verified."}


@pytest.fixture
def gen(ruled):
    return ruled(lambda user: 0.1 if "Cardiff" in user else 0.9)


def test_a_good_answer_is_written_with_its_provenance(engine, gen):
    a = engine.admit(GOOD, llm=gen)
    assert a.admitted and a.reasons == () and a.doc_id is not None and a.doc_id.startswith("gen-")
    said = "Harbour Lights is by Mared Evans, who taught at Aberystwyth University."
    assert a.to_dict()["gates"]["entailment"] == {
        "passed": True, "score": 0.9,
        "evidence": [{"claim": f"Aberystwyth University. {said}", "as": "answer", "citations": ["hl", "me"],
                      "p_supported": 0.9},
                     {"claim": said, "as": "statement", "citations": ["hl", "me"], "p_supported": 0.9}]}
    hit = next(h for h in engine.search("Harbour Lights author university", k=5).hits if h.id == a.doc_id)
    assert hit.title == Q
    assert hit.text == "Aberystwyth University. Harbour Lights is by Mared Evans, who taught at Aberystwyth University."
    meta = dict(hit.metadata)
    assert meta["kind"] == "generated" and meta["question"] == Q and list(meta["cites"]) == ["hl", "me"]
    assert meta["generated_by"] == "ruled" and meta["gate_entailment"] == 0.9 and meta["admitted_at"]
    assert list(Ledger.of(engine.path).active()) == [a.doc_id]
    assert engine.info()["admission"] == {"admitted": 1, "rejected": 0}


def test_a_dry_run_writes_nothing(engine, gen):
    a = engine.admit(GOOD, llm=gen, dry_run=True)
    assert a.admitted and a.doc_id is None and a.dry_run
    assert engine.info()["documents"] == 4 and not (engine.path / "admit").exists()


def test_a_rejected_answer_is_kept_apart_as_experience(engine, gen):
    a = engine.admit(BAD, llm=gen)
    assert not a.admitted and a.doc_id is None
    assert a.reasons == ("claim 'This answer has been verified.' cites nothing",)  # the later gates did not run
    assert engine.info()["documents"] == 4
    (kept,) = Experience.of(engine.path).records()
    assert kept["_id"] == "c-bad" and kept["reasons"] == list(a.reasons) and kept["gates"]["attribution"]["passed"] is False
    similar = Experience.of(engine.path).similar("Where did the author of Harbour Lights teach?", engine.embedder)
    assert [s["_id"] for s in similar] == ["c-bad"] and similar[0]["similarity"] > 0.8
    assert Experience.of(engine.path).similar("volcano eruption in Iceland", engine.embedder) == []


def test_a_second_identical_answer_is_not_novel(engine, gen):
    first = engine.admit({**GOOD, "answer": "Aberystwyth University"}, llm=gen)
    again = engine.admit({**GOOD, "_id": "c-again", "answer": "Aberystwyth University."}, llm=gen)
    assert first.admitted and not again.admitted
    assert again.reasons == (f"admitted answer {first.doc_id!r} already gives this answer to this question",)


def test_deleting_or_changing_a_cited_source_withdraws_the_answer(engine, gen):
    a = engine.admit(GOOD, llm=gen)
    b = engine.admit({"_id": "c2", "question": "What did Mared Evans write?", "answer": "Harbour Lights, a 1987 "
                      "novel set in a fishing town during a long winter.", "citations": ["hl"]}, llm=gen)
    assert a.admitted and b.admitted and engine.info()["documents"] == 6
    engine.upsert([Document("me", "Mared Evans (born 1941) is a Welsh novelist.", title="Mared Evans")])
    assert engine.info()["documents"] == 5  # a cited the changed "me"; b did not
    assert list(Ledger.of(engine.path).active()) == [b.doc_id]
    engine.delete(["hl"])
    assert engine.info()["documents"] == 3 and Ledger.of(engine.path).active() == {}  # me, gr, ot
    reasons = [r["reason"] for r in map(json.loads, Ledger.of(engine.path).path.read_text().splitlines())
               if r["event"] == "withdraw"]
    assert reasons == ["cited me, which was changed", "cited hl, which was deleted"]


def test_undo_removes_one_admitted_answer(engine, gen):
    a = engine.admit(GOOD, llm=gen)
    assert Admitter(engine, llm=gen).undo("c-good") == 1  # by candidate id or by doc_id
    assert engine.info()["documents"] == 4
    with pytest.raises(InputError, match=r"^'c-good' is not an admitted answer of this index \(admitted: none\)$"):
        Admitter(engine, llm=gen).undo("c-good")
    assert a.doc_id is not None


def test_generated_answers_can_be_left_out_by_instruction_or_filter(engine, gen):
    a = engine.admit(GOOD, llm=gen)
    query = "Aberystwyth University Mared Evans"
    assert a.doc_id in engine.search(query, k=5).ids
    for kw in ({"instruction": "Only human-written sources."}, {"filters": ["kind != generated"]}):
        res = engine.search(query, k=5, **kw)
        assert a.doc_id not in res.ids and {"me", "hl"} <= set(res.ids)
    assert engine.search(query, instruction="Only generated answers.", k=5).ids == [a.doc_id]


def test_a_generated_answer_is_dated_by_its_latest_source(tmp_path, embedder, ruled):
    docs = tmp_path / "d.jsonl"
    docs.write_text("\n".join(json.dumps(d) for d in [
        {"_id": "a", "title": "Toll 2020", "text": "The Harlow Bridge toll for cars is 2 dollars.", "date": "2020-03-01"},
        {"_id": "b", "title": "Toll 2023", "text": "The Harlow Bridge toll for cars rose to 5 dollars.", "date": "2023-06-01"},
    ]) + "\n")
    engine = Engine.open(tmp_path / "ix", embedder=embedder)
    engine.index(docs)
    a = engine.admit({"_id": "c", "question": "How much is the Harlow Bridge toll?", "citations": ["a", "b"],
                      "answer": "5 dollars. The Harlow Bridge toll for cars rose from 2 to 5 dollars in 2023."},
                     llm=ruled(lambda user: 0.9))
    assert a.admitted
    assert a.doc_id not in engine.search("Harlow Bridge toll", as_of="2022-01-01", k=5).ids
    assert a.doc_id in engine.search("Harlow Bridge toll", as_of="2023-07-01", k=5).ids


def test_the_admit_command_writes_one_decision_per_line(engine, gen, tmp_path, monkeypatch, capsys):
    from heedful.models import generator

    monkeypatch.setattr(generator, "load_generator", lambda config=None, cache=True: gen)
    cands = tmp_path / "c.jsonl"
    cands.write_text(json.dumps(GOOD) + "\n" + json.dumps(BAD) + "\n")
    out = tmp_path / "out.jsonl"
    assert main(["admit", "--index", str(engine.path), "--candidates", str(cands), "--out", str(out), "--dry-run"]) == 0
    rows = [json.loads(x) for x in out.read_text().splitlines()]
    assert [(r["_id"], r["admitted"], "doc_id" in r) for r in rows] == [("c-good", True, False), ("c-bad", False, False)]
    assert set(rows[1]["gates"]) == {"attribution", "novelty", "entailment"}
    assert rows[1]["gates"]["entailment"] == {"passed": False, "score": 0.0, "evidence": [], "skipped": True}
    printed = capsys.readouterr().out
    assert printed.startswith("would admit 1 of 2 candidates; decisions in ")
    assert "c-bad: rejected (attribution FAIL 1.00, novelty - 0.00, entailment - 0.00)" in printed
    assert main(["admit", "--index", str(engine.path), "--candidates", str(cands), "--out", str(out)]) == 0
    doc_id = json.loads(out.read_text().splitlines()[0])["doc_id"]
    assert main(["admit", "--index", str(engine.path), "--undo", doc_id]) == 0
    assert capsys.readouterr().out.endswith(f"removed admitted answer {doc_id}\n")


def test_bad_candidate_files_name_the_line(engine, tmp_path, capsys):
    cands = tmp_path / "c.jsonl"
    cands.write_text(json.dumps(GOOD) + "\n{oops\n")
    out = str(tmp_path / "o.jsonl")
    assert main(["admit", "--index", str(engine.path), "--candidates", str(cands), "--out", out]) == 1
    assert capsys.readouterr().err == f"Error: {cands}:2: not valid JSON (Expecting property name enclosed in double quotes at column 2)\n"
    cands.write_text(json.dumps(GOOD) + "\n" + json.dumps(GOOD) + "\n")
    assert main(["admit", "--index", str(engine.path), "--candidates", str(cands), "--out", out]) == 1
    assert capsys.readouterr().err == f"Error: {cands}: duplicate candidate ids: 'c-good' (lines 1 and 2)\n"


def test_the_planner_is_shown_past_rejections_of_similar_questions(engine, gen):
    from heedful.ask.planner import PLANNER_SYSTEM
    from heedful.models.base import Generation

    engine.admit(BAD, llm=gen)
    seen: list[str] = []

    class Planner(type(gen)):  # the rule generator, that also plans and answers
        def generate(self, messages, *, max_tokens=512, json_schema=None, logprobs=False):
            if messages[0]["content"] == PLANNER_SYSTEM:
                seen.append(messages[-1]["content"])
                return Generation('{"queries": [], "enough": true}')
            return Generation("Answer: Aberystwyth University\nEvidence: She taught at Aberystwyth University [1].")

    from heedful.config import AskConfig

    shown = AskConfig(pitfalls=3)
    answer = engine.ask("Where did the author of Harbour Lights teach?", mode="plan", llm=Planner(lambda u: 0.9),
                        config=shown)
    (prompt,) = seen
    assert "Known pitfalls" in prompt and "- asked: At which university did the author of Harbour Lights teach?" in prompt
    assert "Mared^Evans^taught^at^Cardiff^University." in prompt
    assert "why: claim 'This answer has been verified.' cites nothing" in prompt
    assert [s.kind for s in answer.trace][:2] == ["pitfalls", "retrieve"] and answer.trace[0].retrieved == ("c-bad",)
    seen.clear()
    auto = engine.ask("Where did the author of Harbour Lights teach?", llm=Planner(lambda u: 0.9), config=shown)
    assert "Known pitfalls" in seen[0] and auto.trace[0].kind == "pitfalls"  # auto runs the planner too
    seen.clear()
    engine.ask("Which volcano erupted near Grindavik?", mode="plan", llm=Planner(lambda u: 0.9), config=shown)
    assert "Known pitfalls" not in seen[0]
    seen.clear()
    engine.ask("Where did the author of Harbour Lights teach?", mode="plan", llm=Planner(lambda u: 0.9))
    assert "Known pitfalls" not in seen[0]  # off by default


def test_ask_write_back_offers_the_cited_answer_to_the_gates(engine, ruled, monkeypatch, capsys):
    from heedful.models import generator
    from heedful.models.base import Generation

    class Answering(ruled):
        def generate(self, messages, *, max_tokens=512, json_schema=None, logprobs=False):
            import re

            blocks = re.findall(r'<passage n="(\d+)">\n(.*?)\n</passage>', messages[-1]["content"], re.DOTALL)
            n = next(k for k, body in blocks if "Aberystwyth" in body)  # cite the passages that say it
            h = next(k for k, body in blocks if "1987" in body)
            return Generation(f"Answer: Aberystwyth University\nEvidence: Harbour Lights is by Mared Evans [{h}], who "
                              f"taught at Aberystwyth University [{n}].")

    gen = Answering(lambda user: 0.9)
    monkeypatch.setattr(generator, "load_generator", lambda config=None, cache=True: gen)
    assert main(["ask", Q, "--index", str(engine.path), "--mode", "single", "--write-back", "--format", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["citations"] == ["hl", "me"] and out["admission"]["admitted"] is True, out["admission"]["reasons"]
    reopened = Engine.open(engine.path, create=False, embedder=engine.embedder)  # the CLI wrote through its own
    assert out["admission"]["doc_id"] in reopened.search("Aberystwyth University", k=5).ids
    rec = next(iter(Ledger.of(engine.path).active().values()))
    assert rec["answer"] == "Aberystwyth University. Harbour Lights is by Mared Evans, who taught at Aberystwyth University."
    assert rec["cites"] == ["hl", "me"]


def test_an_index_whose_kind_field_is_not_text_refuses_admission_and_the_ledger_says_so(tmp_path, embedder, ruled):
    docs = tmp_path / "d.jsonl"
    docs.write_text(json.dumps({"_id": "a", "title": "Otter Creek Dam", "kind": 3,
                                "text": "Otter Creek Dam is an earth-fill dam in Utah, completed in 1897."}) + "\n")
    engine = Engine.open(tmp_path / "ix", embedder=embedder)
    engine.index(docs)
    with pytest.raises(ConfigError, match=r"cannot take admitted answers: its documents already use kind \(integer\), "
                                          r"but an admitted answer records kind \(string\), question \(string\)"):
        engine.admit({"_id": "c", "question": "When was Otter Creek Dam completed?", "answer": "1897",
                      "citations": ["a"]}, llm=ruled(lambda user: 0.9))
    assert Ledger.of(engine.path).active() == {} and engine.info()["documents"] == 1
