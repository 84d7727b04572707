"""The LLM plan compiler: constrained output, anchoring in the instruction, merging, fallback."""

from __future__ import annotations

import json

import jsonschema
import pytest

from heedful.errors import GeneratorError
from heedful.plan.llm import compile_llm, llm_output_schema, llm_plan, merge_plans
from heedful.plan.rules import compile_rules
from heedful.plan.schema import PLAN_JSON_SCHEMA, Criterion, Plan, Predicate, validate_plan
from heedful.store.filters import Filter

INSTRUCTION = ("Relevant paragraphs are about folk bands from Ireland. Only bands that won a Meteor Award count. "
               "Bands formed in Galway are not relevant.")


def crit(sentence, text, polarity="require", kind="topic", mentions=(), year_op=None, year=None):
    return {"sentence": sentence, "text": text, "polarity": polarity, "kind": kind, "mentions": list(mentions),
            "year_op": year_op, "year": year}


class Replies:
    """A generator stand-in that answers chat() with fixed text, or raises."""

    name = "fixed"

    def __init__(self, reply):
        self.reply = reply
        self.schemas = []

    def chat(self, messages, *, max_tokens=512, json_schema=None):
        self.schemas.append(json_schema)
        if isinstance(self.reply, Exception):
            raise self.reply
        return self.reply


# --------------------------------------------------------------------------- no model
def test_output_schema_enumerates_sentences_and_fields():
    s = llm_output_schema({"source": "string", "publish_date": "date"}, sentences=3)
    c = s["properties"]["criteria"]["items"]["properties"]
    assert c["sentence"] == {"enum": [1, 2, 3]}
    assert s["properties"]["filters"]["items"]["properties"]["field"] == {"enum": ["publish_date", "source"]}
    assert llm_output_schema(None)["properties"]["filters"] == {"type": "array", "maxItems": 0}
    jsonschema.Draft202012Validator.check_schema(s)


def test_llm_output_becomes_a_valid_plan_anchored_in_the_instruction():
    raw = {"criteria": [
        crit(1, "folk bands from Ireland", mentions=["Ireland"]),
        crit(2, "bands that won a Meteor Award", kind="attribute", mentions=["Meteor Award", "Grammy"]),
        crit(3, "bands formed in Galway", "exclude", "place", mentions=["galway"]),
        crit(3, "bands formed after 1990", "exclude", "time", year_op=">", year=1990),
        crit(7, "bands from Mars"),
    ], "filters": [{"field": "genre", "op": "=", "value": "rock"}]}
    plan, notes = llm_plan(json.dumps(raw), instruction=INSTRUCTION, query="folk bands", fields={"source": "string"})
    assert plan.compiled_by == "llm"
    assert [(c.text, c.span, c.predicate.to_dict() if c.predicate else None) for c in plan.criteria] == [
        ("folk bands from Ireland", (0, 54), {"mentions": ["Ireland"]}),
        ("bands that won a Meteor Award", (55, 96), {"mentions": ["Meteor Award"]}),  # Grammy: not in the text
        ("bands formed in Galway", (97, 137), {"mentions": ["Galway"]}),  # as the instruction writes it
        ("bands formed after 1990", (97, 137), None),  # 1990 is not in the instruction
    ]
    assert notes == ["llm: dropped criterion 'bands from Mars': sentence 7 is not in the instruction (1..3)",
                     ("llm: dropped filter {'field': 'genre', 'op': '=', 'value': 'rock'}: not a field of this "
                     "collection")]
    assert plan.filters == ()
    jsonschema.validate(plan.to_dict(), PLAN_JSON_SCHEMA)


def test_common_words_are_not_names():
    raw = {"criteria": [crit(1, "female architects", kind="attribute", mentions=["female", "architects", "Only"])],
           "filters": []}
    plan, _ = llm_plan(raw, instruction="Only female architects count.")
    assert plan.criteria[0].predicate is None  # "Only" is capitalised because it starts the sentence


def test_topic_criteria_keep_their_text_only():
    rules = Plan("q", criteria=(Criterion("a road cyclist from the Netherlands", "require", "topic", span=(0, 40)),))
    llm = Plan("q", criteria=(Criterion("road cyclist from the Netherlands", "require", "topic",
                                        predicate=Predicate.mentions(["Netherlands"]), span=(0, 40)),))
    assert merge_plans(rules, llm).criteria == rules.criteria


def test_merge_rules_win_llm_fills_gaps():
    rules = Plan("q", criteria=(
        Criterion("folk bands from Ireland", "require", "place", span=(0, 53)),
        Criterion("bands formed in Galway", "exclude", "place", predicate=Predicate.mentions(["Galway"]),
                  span=(96, 138)),
    ), filters=(Filter("source", "=", "cbc.ca"),), notes=("rules note",))
    llm = Plan("q", criteria=(
        Criterion("folk bands from Ireland", "require", "topic", predicate=Predicate.mentions(["Ireland"]),
                  span=(0, 53)),
        Criterion("bands that won a Meteor Award", "require", "attribute",
                  predicate=Predicate.mentions(["Meteor Award"]), span=(54, 95)),
        Criterion("bands formed in Galway", "exclude", "place", predicate=Predicate.mentions(["Connacht"]),
                  span=(96, 138)),
        Criterion("folk bands", "exclude", "topic", span=(0, 53)),
        Criterion("bands from Connacht", "exclude", "place", predicate=Predicate.mentions(["Ireland", "Connacht"]),
                  span=(140, 170)),
    ), filters=(Filter("source", "=", "x.com"), Filter("year", ">=", 1990)), compiled_by="llm")
    merged = merge_plans(rules, llm, notes=["dropped something"])
    assert merged.compiled_by == "llm+rules"
    assert [(c.text, c.predicate.describe() if c.predicate else None) for c in merged.criteria] == [
        ("folk bands from Ireland", "mentions any of 'Ireland'"),  # the rules had text only
        ("bands formed in Galway", "mentions any of 'Galway'"),  # the rules' predicate wins
        ("bands that won a Meteor Award", "mentions any of 'Meteor Award'"),  # words the rules missed
        ("bands from Connacht", None),  # an exclusion may not name what a requirement asks for
    ]
    assert [f.to_dict() for f in merged.filters] == [{"field": "source", "op": "=", "value": "cbc.ca"},
                                                     {"field": "year", "op": ">=", "value": 1990}]
    assert merged.notes == ("rules note", "dropped something",
                            "llm: added predicate mentions any of 'Ireland' to 'folk bands from Ireland'",
                            "llm: added criterion require 'bands that won a Meteor Award'",
                            ("llm: dropped mentions any of 'Ireland', 'Connacht' on exclusion 'bands from Connacht': "
                            "the query or a requirement names it"),
                            "llm: added criterion exclude 'bands from Connacht'",
                            "llm: added filter year >= 1990")


@pytest.mark.parametrize("reply, why", [
    (GeneratorError("cannot reach the LLM server at http://127.0.0.1:9/v1/chat/completions"),
     ("llm compiler failed (cannot reach the LLM server at http://127.0.0.1:9/v1/chat/completions); "
     "this is the rules' plan")),
    ("{not json", ("llm compiler failed (the LLM's output is not JSON: Expecting property name enclosed in "
                  "double quotes: line 1 column 2 (char 1)); this is the rules' plan")),
    ('{"criteria": [{"sentence": 1, "text": "x", "polarity": "maybe", "kind": "topic"}]}',
     ("llm compiler failed (criteria[0].polarity: 'maybe' is not one of 'require', 'prefer', 'exclude', "
     "'avoid'); this is the rules' plan")),
])
def test_any_failure_falls_back_to_the_rules(reply, why):
    plan = compile_llm(INSTRUCTION, query="folk bands", generator=Replies(reply))  # type: ignore[arg-type]
    rules = compile_rules(INSTRUCTION, query="folk bands")
    assert plan.criteria == rules.criteria and plan.time == rules.time
    assert plan.compiled_by == "llm+rules"
    assert plan.notes[-1] == why


def test_blank_instruction_never_asks_the_model():
    gen = Replies(AssertionError("asked"))
    assert compile_llm("  ", query="q", generator=gen) == Plan("q", compiled_by="llm+rules")  # type: ignore[arg-type]
    assert gen.schemas == []


# --------------------------------------------------------------------------- the real model
@pytest.mark.slow
def test_real_model_compiles_a_valid_merged_plan(llm):
    instruction = "Bands formed in Galway are not relevant. Only bands that won a Meteor Award count."
    plan = compile_llm(instruction, query="Irish folk bands", generator=llm, max_tokens=300)
    assert plan.compiled_by == "llm+rules"
    assert not any(n.startswith("llm compiler failed") for n in plan.notes), plan.notes
    assert validate_plan(plan.to_dict()) == plan
    jsonschema.validate(plan.to_dict(), PLAN_JSON_SCHEMA)
    galway = [c for c in plan.criteria if c.predicate and "Galway" in c.predicate.terms]
    assert [c.polarity for c in galway] == ["exclude"]


@pytest.mark.slow
def test_server_backend_compiles_with_a_response_format(llm_server):
    from heedful.models.openai_compat import OpenAIGenerator

    gen = OpenAIGenerator(llm_server)
    plan = compile_llm("Reports from Calgary are not relevant.", query="wildfire smoke", generator=gen,
                       fields={"source": "string"}, max_tokens=200)
    assert not any(n.startswith("llm compiler failed") for n in plan.notes), plan.notes
    assert all(f.field == "source" for f in plan.filters)
    jsonschema.validate(plan.to_dict(), PLAN_JSON_SCHEMA)


def test_cli_plan_with_the_llm_compiler_falls_back_when_the_server_is_down(capsys):
    import socket

    from heedful.cli import main

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    assert main(["plan", "Choirs based in Galway are not relevant.", "--compiler", "llm",
                 "--llm-url", f"http://127.0.0.1:{port}/v1", "--llm-model", "m", "--format", "json"]) == 0
    plan = json.loads(capsys.readouterr().out)
    assert plan["compiled_by"] == "llm+rules"
    assert plan["criteria"][0]["predicate"] == {"mentions": ["Galway"]}
    assert plan["notes"][-1].startswith(f"llm compiler failed (cannot reach the LLM server at http://127.0.0.1:{port}")


def test_time_criteria_carried_by_the_window_get_no_year_predicate():
    instruction = ("Each passage should tell what things were like over the period from 2013 to March 2014. "
                   "Texts about any other time are not relevant.")
    raw = json.dumps({"criteria": [
        crit(1, "what things were like from 2013 to March 2014", kind="time", year_op=">=", year=2013),
        crit(2, "any other time", "exclude", "time", year_op="<", year=2014)], "filters": []})
    plan = compile_llm(instruction, query="q", generator=Replies(raw))  # type: ignore[arg-type]
    rules = compile_rules(instruction, query="q")
    assert rules.time is not None and rules.time.window is not None
    assert plan.criteria == rules.criteria
    assert not any(n.startswith("llm: added") for n in plan.notes)
