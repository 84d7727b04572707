"""The ask loop's control flow, retrieval and cost accounting, on a real index with a scripted
generator: the subject here is the loop (which prompt, how often, with which query, when it stops),
not the model, whose replies are given."""

from __future__ import annotations

import datetime as dt

import pytest

from heedful.ask.synthesizer import CLOSED_BOOK_SYSTEM
from heedful.config import AskConfig
from heedful.errors import ConfigError

Q = "How much does a car pay to cross the Harlow Bridge?"
DATES = {"t2020": "2020-03-03", "t2023": "2023-06-05", "m2021": "2021-05-10", "k2019": "2019-08-20",
         "b2022": "2022-02-14", "r2024": "2024-04-22"}


def replies(*, closed=("5 dollars", 0.5), synth=(("Answer: 2 dollars\nEvidence: The toll is 2 dollars [1].", 0.95),),
            plan=('{"queries": [], "enough": true}',)):
    """A reply rule: closed-book gives ``closed``; synthesize and plan calls take their scripts in
    turn, the last one repeating."""
    count = {"synthesize": 0, "plan": 0}

    def reply(kind, messages):
        if kind == "closed-book":
            return closed
        script = synth if kind == "synthesize" else [(p, 1.0) for p in plan]
        i = min(count[kind], len(script) - 1)
        count[kind] += 1
        return script[i]

    return reply


def retrieves(answer):
    return [s for s in answer.trace if s.kind == "retrieve"]


def test_closed_book_answers_from_memory_without_retrieving(dated, scripted):
    gen = scripted(replies(closed=("Answer: 5 dollars.", 0.6)))
    a = dated.ask(Q, mode="closed-book", llm=gen)
    assert (a.text, a.citations, a.found, a.mode) == ("5 dollars", (), True, "closed-book")
    assert gen.kinds() == ["closed-book"] and retrieves(a) == []
    assert gen.calls[0][1][0]["content"] == CLOSED_BOOK_SYSTEM
    assert a.cost.to_dict() | {"seconds": 0} == {"llm_calls": 1, "prompt_tokens": 100, "generated_tokens": 3,
                                                  "passages_read": 0, "retrievals": 0, "seconds": 0}
    assert [s.kind for s in a.trace] == ["closed-book"] and a.trace[0].confidence == pytest.approx(0.6)


def test_single_retrieves_once_and_cites_by_document_id(dated, scripted):
    gen = scripted(replies())
    a = dated.ask(Q, mode="single", llm=gen, k=3)
    [step] = retrieves(a)
    assert step.query == Q and len(step.retrieved) == 3
    assert gen.kinds() == ["synthesize"]
    assert a.citations == (step.retrieved[0],) and a.sources[0].id == step.retrieved[0]
    assert a.retrieved == list(step.retrieved)
    assert (a.text, a.support) == ("2 dollars", "The toll is 2 dollars [1].")
    assert (a.cost.llm_calls, a.cost.retrievals, a.cost.passages_read) == (1, 1, 3)
    d = a.to_dict()
    assert list(d) == ["answer", "support", "citations", "found", "mode", "retrieved", "trace", "cost"]
    assert d["trace"][0] == {"kind": "retrieve", "query": Q, "retrieved": list(step.retrieved), "draft": ""}


def test_iter_retgen_queries_with_the_previous_draft_and_stops_when_it_is_stable(dated, scripted):
    gen = scripted(replies(synth=(("Answer: 2 dollars\nEvidence: Cars pay 2 dollars [1].", 0.5),)))
    a = dated.ask(Q, mode="iter-retgen", llm=gen, max_iterations=3)
    queries = [s.query for s in retrieves(a)]
    # round 2 repeats round 1's answer: round 3 would repeat round 2 exactly, so it is skipped
    assert queries == [Q, f"{Q} 2 dollars Cars pay 2 dollars ."]
    assert gen.kinds() == ["synthesize", "synthesize"]
    changing = scripted(replies(synth=tuple((f"Answer: {n} dollars\nEvidence: [1]", 0.99) for n in (1, 2, 3, 4))))
    b = dated.ask(Q, mode="iter-retgen", llm=changing, max_iterations=3)
    assert changing.kinds() == ["synthesize"] * 3 and b.text == "3 dollars"  # confidence does not stop it


def test_plan_runs_the_planner_on_what_was_found_then_the_synthesizer(dated, scripted):
    plan = ('{"queries": ["Harlow ferry ticket"], "enough": false}', '{"queries": [], "enough": true}')
    gen = scripted(replies(plan=plan))
    a = dated.ask(Q, mode="plan", llm=gen, max_iterations=3, k=2)
    assert gen.kinds() == ["plan", "plan", "synthesize"]
    assert [s.query for s in retrieves(a)] == [Q, "Harlow ferry ticket"]
    assert [s.kind for s in a.trace] == ["retrieve", "plan", "retrieve", "plan", "synthesize"]
    assert a.trace[1].queries == ("Harlow ferry ticket",) and a.trace[3].draft == "enough"
    # the planner reads titles and first words of what was found, never a draft; the synthesizer
    # reads the best passages of both retrievals in turn
    first, second = (m[-1]["content"] for k, m in gen.calls[:2])
    assert "Found so far" in first and "Answer:" not in first and "dollars [1]" not in second
    r1, r2 = (s.retrieved for s in retrieves(a))
    shown = a.trace[-1].retrieved
    assert list(shown) == list(dict.fromkeys([r1[0], r2[0], r1[1], r2[1]]))[:2]
    # max_iterations bounds the retrieval rounds: 1 round, no planner
    one = scripted(replies(plan=plan))
    dated.ask(Q, mode="plan", llm=one, max_iterations=1)
    assert one.kinds() == ["synthesize"]


ITER = AskConfig(auto_escalation="iter-retgen")


def test_auto_iter_retgen_retrieves_first_and_stops_when_the_evidence_suffices(dated, scripted):
    gen = scripted(replies(closed=("7 dollars", 0.99)))  # synthesizer sure at 0.95: one round is enough
    a = dated.ask(Q, llm=gen, max_iterations=3, config=ITER)
    assert a.mode == "auto" and gen.kinds() == ["synthesize"] and a.cost.retrievals == 1
    assert a.text == "2 dollars" and a.citations and a.cost.llm_calls == 1


def test_auto_iter_retgen_goes_on_while_unsure_and_stops_when_the_draft_is_stable(dated, scripted):
    unsure = ("Answer: 2 dollars\nEvidence: [1]", 0.5)
    gen = scripted(replies(synth=(unsure,)))
    a = dated.ask(Q, llm=gen, max_iterations=3, config=ITER)
    assert gen.kinds() == ["synthesize", "synthesize"] and a.text == "2 dollars" and a.found
    steps = retrieves(a)
    assert steps[0].query == Q and steps[1].query.startswith(Q + " 2 dollars")  # the draft joins the query


def test_auto_iter_retgen_answers_from_memory_when_no_round_finds_it(dated, scripted):
    missing = scripted(replies(closed=("7 dollars", 0.4), synth=(("Answer: NOT FOUND\nEvidence: none", 0.9),)))
    b = dated.ask(Q, llm=missing, max_iterations=3, config=ITER)
    assert (b.text, b.found, b.citations) == ("7 dollars", False, ())
    assert missing.kinds() == ["synthesize", "synthesize", "closed-book"]  # memory asked only now


def test_auto_iter_retgen_reads_nothing_when_the_index_holds_nothing_on_the_question(dated, scripted):
    gen = scripted(replies(closed=("Answer: Harald Hardrada", 0.4)))
    a = dated.ask("Which king founded the city of Oslo?", llm=gen, config=ITER)
    assert gen.kinds() == ["closed-book"] and a.text == "Harald Hardrada" and a.citations == ()
    assert a.cost.retrievals == 1 and a.cost.passages_read == 0 and a.cost.llm_calls == 1
    assert [s.kind for s in a.trace] == ["retrieve", "closed-book"]


def test_auto_iter_retgen_with_a_closed_book_threshold_tries_memory_first(dated, scripted):
    sure = scripted(replies(closed=("Answer: 2 dollars", 0.97)))
    a = dated.ask(Q, llm=sure, config=AskConfig(closed_book_confidence=0.9, auto_escalation="iter-retgen"))
    assert sure.kinds() == ["closed-book"] and a.cost.retrievals == 0 and a.text == "2 dollars"
    unsure = scripted(replies(closed=("2 dollars", 0.97)))
    dated.ask(Q, llm=unsure, config=AskConfig(closed_book_confidence=0.99, auto_escalation="iter-retgen"))
    assert unsure.kinds() == ["closed-book", "synthesize"]
    missing = scripted(replies(closed=("7 dollars", 0.4), synth=(("Answer: NOT FOUND\nEvidence: none", 0.9),)))
    b = dated.ask(Q, llm=missing, max_iterations=3, config=AskConfig(closed_book_confidence=0.9, auto_escalation="iter-retgen"))
    assert (b.text, b.found) == ("7 dollars", False)
    assert missing.kinds() == ["closed-book", "synthesize", "synthesize"]  # the attempt made first is reused


PLAN_ONCE = ('{"queries": ["Harlow ferry ticket"], "enough": false}', '{"queries": [], "enough": true}')
PLAN_TWICE = ('{"queries": ["Harlow ferry ticket"], "enough": false}',
              '{"queries": ["Harlow toll increase"], "enough": false}')
PLANNED = AskConfig()  # the default: auto_escalation="plan", evidence_confidence 0.3
UNSURE, OTHER = (("Answer: 2 dollars\nEvidence: The toll is 2 dollars [1].", 0.2),
                 ("Answer: 3 dollars\nEvidence: Cars pay 3 dollars [2].", 0.2))


def test_auto_with_the_planner_stops_at_the_first_sure_draft(dated, scripted):
    gen = scripted(replies(plan=PLAN_TWICE))  # the draft after the first round is sure (0.95 >= 0.3)
    a = dated.ask(Q, llm=gen, max_iterations=3, k=2, config=PLANNED)
    assert gen.kinds() == ["plan", "synthesize"] and a.mode == "auto"
    assert [s.query for s in retrieves(a)] == [Q, "Harlow ferry ticket"]
    r1, r2 = (s.retrieved for s in retrieves(a))
    shown = list(dict.fromkeys([r1[0], r2[0], r1[1], r2[1]]))[:2]  # as plan: both retrievals, in turn
    assert list(a.trace[-1].retrieved) == shown and a.text == "2 dollars" and a.citations == (shown[0],)


def test_auto_stops_at_the_confidence_fitted_for_its_escalation_unless_one_is_set():
    assert (AskConfig().evidence_threshold, ITER.evidence_threshold) == (0.3, 0.85)
    assert AskConfig(evidence_confidence=0.6, auto_escalation="iter-retgen").evidence_threshold == 0.6


def test_auto_with_the_planner_plans_again_while_unsure_and_keeps_the_last_found_draft(dated, scripted):
    gen = scripted(replies(synth=(UNSURE, OTHER), plan=PLAN_TWICE))
    a = dated.ask(Q, llm=gen, max_iterations=3, config=PLANNED)
    assert gen.kinds() == ["plan", "synthesize", "plan", "synthesize"]
    assert [s.query for s in retrieves(a)] == [Q, "Harlow ferry ticket", "Harlow toll increase"]
    assert a.text == "3 dollars" and a.cost.llm_calls == 4
    # the second planner call has enough: the first draft stands, nothing drafted again
    enough = scripted(replies(synth=(UNSURE, OTHER), plan=PLAN_ONCE))
    b = dated.ask(Q, llm=enough, max_iterations=3, config=PLANNED)
    assert (b.text, enough.kinds()) == ("2 dollars", ["plan", "synthesize", "plan"])
    # the later draft finds nothing: the earlier found one stands
    lost = scripted(replies(synth=(UNSURE, ("Answer: NOT FOUND\nEvidence: none", 0.9)), plan=PLAN_TWICE))
    c = dated.ask(Q, llm=lost, max_iterations=3, config=PLANNED)
    assert (c.text, c.found) == ("2 dollars", True)


def test_auto_with_the_planner_drafts_over_the_first_retrieval_when_the_planner_has_enough_at_once(dated, scripted):
    gen = scripted(replies(synth=(UNSURE,)))  # the planner's only script: enough
    a = dated.ask(Q, llm=gen, max_iterations=3, config=PLANNED)
    assert gen.kinds() == ["plan", "synthesize"] and [s.query for s in retrieves(a)] == [Q]
    one = scripted(replies(plan=PLAN_TWICE))
    dated.ask(Q, llm=one, max_iterations=1, config=PLANNED)
    assert one.kinds() == ["synthesize"]  # one round: no planner


def test_auto_with_the_planner_answers_from_memory_when_no_draft_finds_it(dated, scripted):
    none = scripted(replies(closed=("7 dollars", 0.4), synth=(("Answer: NOT FOUND\nEvidence: none", 0.9),),
                            plan=PLAN_TWICE))
    a = dated.ask(Q, llm=none, max_iterations=3, config=PLANNED)
    assert (a.text, a.found, a.citations) == ("7 dollars", False, ())
    assert none.kinds() == ["plan", "synthesize", "plan", "synthesize", "closed-book"]
    gen = scripted(replies(closed=("Answer: Harald Hardrada", 0.4), plan=PLAN_TWICE))
    b = dated.ask("Which king founded the city of Oslo?", llm=gen, config=PLANNED)
    assert gen.kinds() == ["closed-book"] and b.cost.passages_read == 0  # the index holds nothing on it
    with pytest.raises(ConfigError, match="auto_escalation='deep'; use 'iter-retgen' or 'plan'"):
        AskConfig(auto_escalation="deep")


def test_thresholds_are_checked(dated, scripted):
    with pytest.raises(ConfigError, match=r"closed_book_confidence=1.5 must be in \[0, 1\], or None \(retrieve first\)"):
        AskConfig(closed_book_confidence=1.5)
    with pytest.raises(ConfigError, match=r"evidence_confidence=-0.1 must be in \[0, 1\] \(1.0: never stop early\)"):
        AskConfig(evidence_confidence=-0.1)


@pytest.mark.parametrize("mode", ["single", "iter-retgen", "plan", "auto"])
def test_as_of_and_the_instruction_apply_to_every_retrieval(dated, scripted, mode):
    # drafts and planner queries that ask for the newer toll: still nothing dated after as_of
    gen = scripted(replies(closed=("x", 0.1), synth=tuple((f"Answer: {n}\nEvidence: 2023 toll rise [1]", 0.5)
                                                          for n in ("a", "b", "c")),
                           plan=('{"queries": ["Harlow Bridge toll rises 2023", "bridge repairs"], "enough": false}',)))
    a = dated.ask(Q, instruction="Only articles about the Harlow Bridge.", as_of="2022-01-01", mode=mode,
                  llm=gen, max_iterations=3)
    steps = retrieves(a)
    assert len(steps) >= (2 if mode != "single" else 1)
    for step in steps:
        assert step.retrieved and all(DATES[i] <= "2022-01-01" for i in step.retrieved), (step.query, step.retrieved)
    assert all(DATES[i] <= "2022-01-01" for i in a.citations + tuple(a.retrieved))


def test_bad_arguments_fail_before_any_model_call(dated, scripted):
    gen = scripted(replies())
    cases = [
        ({"question": " "}, "the question is empty"),
        ({"mode": "deep"}, "mode='deep'; use one of closed-book, single, iter-retgen, plan, auto"),
        ({"max_iterations": 0}, "max_iterations=0 must be a positive integer"),
        ({"k": 0}, r"k=0 must be a positive integer \(passages per retrieval\)"),
        ({"choices": ["only one"]}, r"choices=\['only one'\]: give 2 to 26 distinct, non-empty choices"),
        ({"choices": "A|B"}, "choices='A|B' must be a list of strings"),
        ({"as_of": "last week"}, "as_of='last week' is not a date; write YYYY-MM-DD"),
    ]
    for options, message in cases:
        with pytest.raises(ConfigError, match=message):
            dated.ask(**{"question": Q, "llm": gen, **options})
    assert gen.calls == []


def test_answer_dates_are_accepted_as_dates(dated, scripted):
    gen = scripted(replies())
    a = dated.ask(Q, as_of=dt.date(2021, 1, 1), mode="single", llm=gen)
    assert set(a.retrieved) <= {"t2020", "k2019"}
