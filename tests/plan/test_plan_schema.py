from __future__ import annotations

import copy
import doctest
import json
from datetime import date

import pytest

import heedful.plan
from heedful.errors import PlanError
from heedful.plan import (
    PLAN_JSON_SCHEMA,
    Criterion,
    Plan,
    Predicate,
    TimeSpec,
    validate_plan,
)
from heedful.plan import rules as rules_module
from heedful.plan import schema as schema_module
from heedful.plan.schema import COMPARE_OPS, KINDS, POLARITIES, PREDICATE_TYPES, RECENCIES
from heedful.store.filters import OPS, Filter
from heedful.text import comparisons, segment, time_bounds


def full_plan() -> Plan:
    return Plan(
        query="Irish folk bands",
        criteria=(
            Criterion("band from Ireland playing folk", "require", "topic", span=(0, 61)),
            Criterion("formed in or based in Galway", "exclude", "place",
                      Predicate.mentions(["Galway"]), (62, 120)),
            Criterion("released before 1980", "require", "time", Predicate.year("<", 1980), (121, 140), 0.5),
            Criterion("released 1995-2002", "prefer", "time", Predicate.year("between", (1995, 2002))),
            Criterion("more than 2,500 inhabitants", "require", "number",
                      Predicate.number(">", 2500, context=["inhabitants"]), (141, 170)),
            Criterion("peaks over 7,500 m", "avoid", "number", Predicate.number(">", 7500.5, unit="m")),
            Criterion("gives a dollar figure", "require", "format",
                      Predicate.pattern(r"\$\s?\d[\d,]*", label="money")),
            Criterion("about 1995 to 2002", "require", "time",
                      Predicate.date_window(date(1995, 8, 1), date(2002, 8, 31))),
            Criterion("on or before March 2024", "require", "time", Predicate.date_window(None, date(2024, 3, 31))),
            Criterion("companies that did not go public", "require", "negation"),
        ),
        filters=(
            Filter("source", "in", ["cnn.com"]),
            Filter("publish_date", ">=", "2023-01-01"),
            Filter("paywalled", "=", False),
        ),
        time=TimeSpec(as_of=date(2024, 3, 31), window=(date(1995, 8, 1), date(2002, 8, 31)), recency="latest",
                      span=(0, 12)),
        compiled_by="rules",
        notes=("no source field; kept as a text criterion",),
    )


def test_round_trip_dict_and_json_is_exact():
    plan = full_plan()
    assert Plan.from_dict(plan.to_dict()) == plan
    assert Plan.from_json(plan.to_json()) == plan
    assert Plan.from_json(plan.to_json(indent=2)) == plan
    assert Plan.from_json(plan.to_json()).to_json() == plan.to_json()
    # the dict survives a JSON trip unchanged, so stored plans are stable
    assert json.loads(plan.to_json()) == plan.to_dict()


def test_round_trip_keeps_number_types():
    plan = full_plan()
    back = Plan.from_json(plan.to_json())
    assert isinstance(back.criteria[2].predicate.value, int)
    assert back.criteria[3].predicate.value == (1995, 2002)
    assert back.criteria[5].predicate.value == 7500.5


def test_predicate_json_shapes():
    assert Predicate.mentions(["Galway"]).to_dict() == {"mentions": ["Galway"]}
    assert Predicate.year("<", 1980).to_dict() == {"year": {"op": "<", "value": 1980}}
    assert Predicate.year("between", (1995, 2002)).to_dict() == {"year": {"op": "between", "value": [1995, 2002]}}
    assert Predicate.number(">", 5000, context=["population"]).to_dict() == {
        "number": {"op": ">", "value": 5000, "unit": None, "context": ["population"]}}
    assert Predicate.pattern("x+", label="money").to_dict() == {"pattern": {"regex": "x+", "label": "money"}}
    assert Predicate.date_window(date(1995, 8, 1), None).to_dict() == {
        "date_window": {"start": "1995-08-01", "end": None}}


def test_minimal_plan_fills_defaults():
    plan = validate_plan({"query": "q"})
    assert plan == Plan("q")
    assert plan.to_dict() == {"query": "q", "criteria": [], "filters": [], "relations": [], "time": None,
                              "compiled_by": "rules",
                              "notes": []}
    crit = validate_plan({"query": "q", "criteria": [{"text": "x", "polarity": "prefer", "kind": "topic"}]})
    assert crit.criteria[0] == Criterion("x", "prefer", "topic", None, None, 1.0)


def _with(path: list, value, *, delete: bool = False) -> dict:
    data = copy.deepcopy(full_plan().to_dict())
    node = data
    for key in path[:-1]:
        node = node[key]
    if delete:
        del node[path[-1]]
    else:
        node[path[-1]] = value
    return data


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        (["criteria", 1, "polarity"], "maybe",
         "criteria[1].polarity: 'maybe' is not one of 'require', 'prefer', 'exclude', 'avoid'"),
        (["criteria", 0, "kind"], "color",
         ("criteria[0].kind: 'color' is not one of 'topic', 'attribute', 'time', 'place', 'number', 'format', "
         "'negation'")),
        (["criteria", 2, "predicate"], {"year": {"op": "~", "value": 1980}},
         "criteria[2].predicate.year.op: '~' is not one of '<', '<=', '>', '>=', '=', 'between'"),
        (["criteria", 3, "predicate"], {"year": {"op": "between", "value": [2002, 1995]}},
         "criteria[3].predicate.year.value: [2002, 1995] has low > high; write [low, high]"),
        (["criteria", 2, "predicate"], {"year": {"op": "<", "value": "1980"}},
         "criteria[2].predicate.year.value: '1980' must be an integer year for op '<'"),
        (["criteria", 1, "predicate"], {"mentions": []},
         "criteria[1].predicate.mentions: [] must be a non-empty list of strings"),
        (["criteria", 1, "predicate"], {"near": ["x"]},
         "criteria[1].predicate: key 'near' is not one of 'mentions', 'year', 'number', 'pattern', 'date_window'"),
        (["criteria", 1, "predicate"], {"mentions": ["a"], "year": {"op": "<", "value": 1}},
         ("criteria[1].predicate: {'mentions': ['a'], 'year': {'op': '<', 'value': 1}} must be an object with "
         "exactly one key, one of 'mentions', 'year', 'number', 'pattern', 'date_window'")),
        (["criteria", 6, "predicate"], {"pattern": {"regex": "(", "label": None}},
         ("criteria[6].predicate.pattern.regex: '(' does not compile: missing ), unterminated subpattern at "
         "position 0")),
        (["criteria", 7, "predicate"], {"date_window": {"start": "1995-13-01", "end": None}},
         "criteria[7].predicate.date_window.start: '1995-13-01' is not a calendar date (month must be in 1..12)"),
        (["criteria", 7, "predicate"], {"date_window": {"start": None, "end": None}},
         "criteria[7].predicate.date_window: start and end are both null; give at least one date"),
        (["criteria", 4, "predicate"], {"number": {"op": ">", "value": 1, "units": "m"}},
         "criteria[4].predicate.number: unknown key 'units'; allowed keys: 'op', 'value', 'unit', 'context'"),
        (["criteria", 0, "span"], [5, 2], "criteria[0].span: [5, 2] must satisfy 0 <= start <= end"),
        (["criteria", 0, "span"], "0:61", ("criteria[0].span: '0:61' must be null or [start, end], two character "
                                          "offsets")),
        (["criteria", 0, "weight"], -1, "criteria[0].weight: -1 must be a number >= 0"),
        (["criteria", 0, "text"], "  ", "criteria[0].text: '  ' must be a non-empty string"),
        (["criteria", 0, "why"], "x",
         "criteria[0]: unknown key 'why'; allowed keys: 'text', 'polarity', 'kind', 'predicate', 'span', 'weight', 'about'"),
        (["filters", 0, "op"], "like",
         "filters[0].op: 'like' is not one of '=', '!=', '<', '<=', '>', '>=', 'in', 'not in', 'contains'"),
        (["filters", 0, "value"], "cnn.com", ("filters[0].value: 'cnn.com' must be a list of strings, numbers or "
                                             "booleans for op 'in'")),
        (["time", "recency"], "newest", "time.recency: 'newest' is not one of 'latest', 'earliest' or null"),
        (["time", "window"], ["2002-08-31", "1995-08-01"], "time.window: start 2002-08-31 is after end 1995-08-01"),
        (["time", "as_of"], "March 2024", "time.as_of: 'March 2024' must be an ISO date string YYYY-MM-DD"),
        (["compiled_by"], "", "compiled_by: '' must be a non-empty string"),
        (["notes"], "one note", "notes: 'one note' must be a list of strings"),
        (["extra"], 1, ("plan: unknown key 'extra'; allowed keys: 'query', 'criteria', 'filters', 'relations', "
                       "'time', 'compiled_by', 'notes'")),
        (["relations"], [{"text": "x", "polarity": "prefer", "sql": "SELECT 1", "link": {"field": "f", "table": "t",
                                                                                       "column": "c"}}],
         "relations[0].polarity: 'prefer' is not one of 'require', 'exclude'"),
        (["relations"], [{"text": "x", "polarity": "require", "sql": "SELECT 1", "link": {"field": "f"}}],
         "relations[0].link: missing key 'table'"),
    ],
)
def test_validation_errors_name_the_field_and_the_allowed_values(path, value, message):
    with pytest.raises(PlanError) as exc:
        validate_plan(_with(path, value))
    assert str(exc.value) == message


def test_missing_keys():
    with pytest.raises(PlanError, match=r"^plan: missing key 'query'$"):
        validate_plan({"criteria": []})
    data = _with(["criteria", 0, "polarity"], None, delete=True)
    with pytest.raises(PlanError, match=r"^criteria\[0\]: missing key 'polarity'$"):
        validate_plan(data)


def test_bad_json_and_non_objects():
    with pytest.raises(PlanError, match=r"^plan is not valid JSON: Expecting value: line 1 column 1"):
        Plan.from_json("not json")
    with pytest.raises(PlanError, match=r"^plan: \[1, 2\] must be an object with at least a 'query'$"):
        validate_plan([1, 2])  # type: ignore[arg-type]


def test_python_constructors_validate_too():
    with pytest.raises(PlanError, match=r"^criterion.polarity: 'must' is not one of"):
        Criterion("x", "must", "topic")  # type: ignore[arg-type]
    with pytest.raises(PlanError, match=r"^predicate.year.op: '!' is not one of"):
        Predicate.year("!", 1)  # type: ignore[arg-type]
    with pytest.raises(PlanError, match=r"^time.window: start 2002-01-01 is after end 1995-01-01$"):
        TimeSpec(window=(date(2002, 1, 1), date(1995, 1, 1)))
    with pytest.raises(PlanError, match=r"^predicate.date_window: start 2002-01-01 is after end 1995-01-01$"):
        Predicate.date_window(date(2002, 1, 1), date(1995, 1, 1))


def test_lists_become_tuples_so_plans_stay_hashable_and_equal():
    a = Plan("q", criteria=[Criterion("x", "require", "topic", Predicate.mentions(["A"]), [0, 1])])  # type: ignore[arg-type]
    b = Plan("q", criteria=(Criterion("x", "require", "topic", Predicate.mentions(("A",)), (0, 1)),))
    assert a == b
    assert isinstance(a.criteria, tuple)
    assert a.criteria[0].span == (0, 1)


def test_explain_is_readable_and_quotes_source_words():
    instruction = "Relevant paragraphs are about Irish folk bands. Bands based in Galway are not relevant."
    plan = Plan(
        "Irish folk bands",
        criteria=(Criterion("Irish folk bands", "require", "topic", span=(0, 46)),
                  Criterion("bands based in Galway", "exclude", "place", Predicate.mentions(["Galway"]),
                            (48, 86))),
        filters=(Filter("source", "contains", "cnn"),),
        time=TimeSpec(window=(date(1995, 8, 1), date(2002, 8, 31))),
        notes=("a note",),
    )
    assert plan.explain(instruction).split("\n") == [
        "Plan for 'Irish folk bands' (compiled by rules)",
        "  criteria:",
        "    1. require  topic      Irish folk bands  [0:46]",
        "                           from: 'Relevant paragraphs are about Irish folk bands'",
        "    2. exclude  place      bands based in Galway  [48:86]",
        "                           predicate: mentions any of 'Galway'",
        "                           from: 'Bands based in Galway are not relevant'",
        "  filters:",
        "    source contains 'cnn'",
        "  time: window 1995-08-01..2002-08-31",
        "  notes:",
        "    - a note",
    ]
    assert str(plan) == plan.explain()
    assert str(Plan("q")) == "Plan for 'q' (compiled by rules)\n  criteria: none"


def test_predicate_describe():
    assert Predicate.year("between", (1995, 2002)).describe() == "year between 1995 and 2002"
    assert Predicate.number(">=", 2, context=["titles"]).describe() == "number >= 2 near 'titles'"
    assert Predicate.number(">", 7500, unit="m").describe() == "number > 7500 m"
    assert Predicate.number(">", 1_200_000_000, unit="USD").describe() == "number > 1,200,000,000 USD"
    assert Predicate.date_window(None, date(1979, 12, 31)).describe() == "talks about a date on or before 1979-12-31"


def test_schema_enums_match_the_python_vocabulary():
    defs = PLAN_JSON_SCHEMA["$defs"]
    assert PLAN_JSON_SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert defs["criterion"]["properties"]["polarity"]["enum"] == list(POLARITIES)
    assert defs["criterion"]["properties"]["kind"]["enum"] == list(KINDS)
    assert set(defs["predicate"]["properties"]) == set(PREDICATE_TYPES)
    assert defs["predicate"]["properties"]["year"]["properties"]["op"]["enum"] == list(COMPARE_OPS)
    assert defs["filter"]["properties"]["op"]["enum"] == list(OPS)
    assert defs["time"]["properties"]["recency"]["enum"] == [*RECENCIES, None]
    json.dumps(PLAN_JSON_SCHEMA)  # plain JSON, usable as an LLM's response format


def test_schema_accepts_plans_and_rejects_what_validate_plan_rejects():
    jsonschema = pytest.importorskip("jsonschema")
    jsonschema.Draft202012Validator.check_schema(PLAN_JSON_SCHEMA)
    validator = jsonschema.Draft202012Validator(PLAN_JSON_SCHEMA)
    assert not list(validator.iter_errors(full_plan().to_dict()))
    assert list(validator.iter_errors(_with(["criteria", 1, "polarity"], "maybe")))
    assert list(validator.iter_errors(_with(["criteria", 1, "predicate"], {"near": ["x"]})))


@pytest.mark.parametrize("module", [heedful.plan, schema_module, rules_module, comparisons, segment, time_bounds])
def test_docstring_examples_run(module):
    result = doctest.testmod(module, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert result.attempted > 0 and result.failed == 0
