from __future__ import annotations

import dataclasses
import shutil
import textwrap

import pytest

from heedful.errors import ConfigError, InputError, ParseError
from heedful.eval.instruction_tests import (
    Case,
    CaseResult,
    assert_instructions,
    format_report,
    load_cases,
    run_cases,
)
from heedful.plan.schema import Criterion, Plan, Predicate

# over tests/data/tiny.jsonl: d1 d2 d5 volcanoes (d2, d5 from usatoday.com), d3 hockey, d4 d6 food
PASSING = """\
k: 6
cases:
  - name: hockey leads
    query: hockey final
    expect:
      in_top: {k: 1, ids: [d3]}
      below: {rank: 1, ids: [d4]}
      order: [d3, d4]
  - name: filters keep usatoday volcanoes
    query: volcano
    filters: ["source = usatoday.com"]
    expect:
      in_top: {k: 2, ids: [d2, d5]}
      not_in_top: {k: 6, ids: [d1, d3]}
  - name: iceland instruction
    query: volcano eruption
    instruction: Only eruptions in Iceland are relevant.
    expect:
      in_top: [{k: 3, ids: d1}, {k: 6, ids: [d2]}]
"""

FAILING = """\
cases:
  - name: hockey leads
    query: hockey final
    expect:
      in_top: {k: 1, ids: [d3]}
  - name: wrong on purpose
    query: volcano
    filters: ["source = usatoday.com"]
    expect:
      in_top: {k: 1, ids: [d1]}
      below: {rank: 5, ids: [d2, d9]}
      not_in_top: {k: 3, ids: [d5]}
      order: [d1, d5]
"""


def write(tmp_path, text, name="cases.yaml"):
    path = tmp_path / name
    path.write_text(textwrap.dedent(text))
    return path


def test_load_cases(tmp_path):
    cases = load_cases(write(tmp_path, PASSING))
    assert len(cases) == 3 and cases.index is None
    first, second, third = cases
    assert first == Case("hockey leads", "hockey final", None, 6, (), ((1, ("d3",)),), ((1, ("d4",)),), (),
                         ("d3", "d4"))
    assert second.filters[0].to_dict() == {"field": "source", "op": "=", "value": "usatoday.com"}
    assert third.instruction == "Only eruptions in Iceland are relevant."
    assert third.in_top == ((3, ("d1",)), (6, ("d2",)))
    assert first.ids() == ["d3", "d4"]


def test_k_defaults_to_the_largest_cut_off(tmp_path):
    path = write(tmp_path, """\
        index: ix
        cases:
          - {name: a, query: q, expect: {below: {rank: 25, ids: [d1]}}}
          - {name: b, query: q, expect: {order: [d1, d2]}}
        """)
    cases = load_cases(path)
    assert [c.k for c in cases] == [25, 10]
    assert cases.index == tmp_path / "ix"  # relative to the file


def test_passing_file(tmp_path, tiny_ro):
    results = run_cases(load_cases(write(tmp_path, PASSING)), tiny_ro)
    assert [r.passed for r in results] == [True, True, True]
    assert results[0].ids[0] == "d3"
    assert sorted(results[1].ids) == ["d2", "d5"]
    assert format_report(results).splitlines() == [
        "PASS  hockey leads", "PASS  filters keep usatoday volcanoes", "PASS  iceland instruction",
        "3 cases: 3 passed, 0 failed",
    ]


def test_failing_file_says_precisely_what(tmp_path, tiny_ro):
    results = run_cases(load_cases(write(tmp_path, FAILING)), tiny_ro)
    assert results[0].passed
    second = results[1]
    assert not second.passed
    rank_d2 = second.ids.index("d2") + 1
    rank_d5 = second.ids.index("d5") + 1
    assert sorted(second.ids) == ["d2", "d5"]
    assert list(second.failures) == [
        "d9 is not in the index (check the id)",
        "d1 is not in the results (top 10), expected in the top 1",
        f"d2 ranks {rank_d2}, expected below 5",
        f"d5 ranks {rank_d5}, expected outside the top 3",
        "d1 is not in the results (top 10), expected above d5",
    ]
    assert format_report(results).splitlines() == [
        "PASS  hockey leads",
        "FAIL  wrong on purpose",
        "      - d9 is not in the index (check the id)",
        "      - d1 is not in the results (top 10), expected in the top 1",
        f"      - d2 ranks {rank_d2}, expected below 5",
        f"      - d5 ranks {rank_d5}, expected outside the top 3",
        "      - d1 is not in the results (top 10), expected above d5",
        "2 cases: 1 passed, 1 failed",
    ]


def test_order_failure_names_both_ranks(tmp_path, tiny_ro):
    path = write(tmp_path, """\
        cases:
          - {name: reversed, query: hockey final, k: 6, expect: {order: [d4, d3]}}
        """)
    (result,) = run_cases(load_cases(path), tiny_ro)
    rank_d4 = result.ids.index("d4") + 1
    assert result.failures == (f"d4 ranks {rank_d4}, expected above d3 (rank 1)",)


def test_a_search_error_fails_the_case(tmp_path, tiny_ro):
    path = write(tmp_path, """\
        cases:
          - {name: bad field, query: volcano, filters: ["colour = red"], expect: {order: [d1, d2]}}
        """)
    (result,) = run_cases(load_cases(path), tiny_ro)
    assert len(result.failures) == 1
    assert result.failures[0].startswith("search raised FilterError: ")


class Planned:
    """The real engine, with a given relevance plan attached to its results."""

    def __init__(self, engine, plan):
        self._engine, self._plan = engine, plan

    def __getattr__(self, name):
        return getattr(self._engine, name)

    def search(self, *args, **kwargs):
        return dataclasses.replace(self._engine.search(*args, **kwargs), plan=self._plan)


PLAN_CASES = """\
cases:
  - name: edmonton excluded
    query: hockey final
    instruction: Teams from Edmonton are not relevant.
    expect:
      plan_contains: {polarity: exclude, mentions: edmonton}
  - name: two matchers
    query: hockey final
    instruction: Teams from Edmonton are not relevant.
    expect:
      plan_contains: [{kind: place, text: based in}, {polarity: require, kind: time}]
"""


def test_plan_contains(tmp_path, tiny_ro):
    plan = Plan("hockey final", criteria=(
        Criterion("hockey teams", "require", "topic"),
        Criterion("team based in Edmonton", "exclude", "place", predicate=Predicate.mentions(["Edmonton"])),
    ))
    results = run_cases(load_cases(write(tmp_path, PLAN_CASES)), Planned(tiny_ro, plan))
    assert results[0].passed
    assert results[0].plan["criteria"][1]["polarity"] == "exclude"
    assert results[1].failures == (
        ("plan_contains polarity='require', kind='time': no criterion of the plan matches "
        "(it has 2: require topic 'hockey teams'; exclude place 'team based in Edmonton')"),
    )


def test_plan_contains_without_a_plan(tmp_path, tiny_ro):
    results = run_cases(load_cases(write(tmp_path, PLAN_CASES)), Planned(tiny_ro, None))
    assert results[0].failures == (
        ("plan_contains polarity='exclude', mentions='edmonton': the engine returned no relevance plan "
        "for this search, so the plan cannot be checked"),
    )


def test_assert_instructions(tmp_path, tiny_index, tiny_ro, embedder):
    assert len(assert_instructions(write(tmp_path, PASSING), tiny_ro)) == 3
    failing = write(tmp_path, FAILING, name="failing.yaml")
    with pytest.raises(AssertionError) as info:
        assert_instructions(failing, tiny_ro)
    message = str(info.value)
    assert message.startswith(f"1 of 2 instruction tests failed in {failing}:\nFAIL  wrong on purpose\n")
    assert "PASS" not in message and message.endswith("2 cases: 1 passed, 1 failed")
    # the engine can come from the file's index: key
    shutil.copytree(tiny_index, tmp_path / "ix")
    with_index = write(tmp_path, "index: ix\n" + PASSING, name="with-index.yaml")
    assert all(r.passed for r in assert_instructions(with_index, embedder=embedder))
    with pytest.raises(ConfigError, match="names no index; pass engine= or index=, or add 'index: DIR'"):
        assert_instructions(write(tmp_path, PASSING), embedder=embedder)


def test_case_result_str():
    case = Case("c", "q")
    assert str(CaseResult(case)) == "PASS  c"
    assert str(CaseResult(case, ("d1 ranks 2, expected below 5",))) == "FAIL  c\n      - d1 ranks 2, expected below 5"


CASE = "  - name: x\n    query: q\n"


@pytest.mark.parametrize(("text", "message"), [
    ("- a\n", "expected a mapping with a 'cases' list, got a list"),
    ("", "expected a mapping with a 'cases' list, got an empty file"),
    ("case: []\n", "unknown key 'case'; use one of index, k, cases"),
    ("index: ix\n", "missing key 'cases'"),
    ("cases: []\n", "cases: must be a non-empty list of cases, got []"),
    ("k: 0\ncases:\n" + CASE + "    expect: {order: [a, b]}\n", "k: must be a positive integer, got 0"),
    ("cases: [hello]\n", "case 1: must be a mapping with name, query and expect, got 'hello'"),
    ("cases:\n" + CASE, "case 1 'x': missing key 'expect'"),
    ("cases:\n  - {query: q, expect: {order: [a, b]}}\n", "case 1: missing key 'name'"),
    ("cases:\n" + CASE + "    expected: {}\n",
     "case 1 'x': unknown key 'expected'; use one of name, query, instruction, filters, k, expect"),
    ("cases:\n  - {name: x, expect: {order: [a, b]}}\n", "case 1 'x': query: give a query, an instruction or both"),
    ("cases:\n" + CASE + "    instruction: 3\n    expect: {order: [a, b]}\n",
     "case 1 'x': instruction: must be a string, got 3"),
    ("cases:\n" + CASE + "    expect: {}\n",
     "case 1 'x': expect: is empty; give at least one of in_top, below, not_in_top, order, plan_contains"),
    ("cases:\n" + CASE + "    expect: {top: [a]}\n",
     "case 1 'x': expect: unknown key 'top'; use one of in_top, below, not_in_top, order, plan_contains"),
    ("cases:\n" + CASE + "    expect: {below: {rank: 0, ids: [d7]}}\n",
     "case 1 'x': expect.below.rank: must be a positive integer, got 0"),
    ("cases:\n" + CASE + "    expect: {in_top: {k: 3}}\n", "case 1 'x': expect.in_top: missing key 'ids'"),
    ("cases:\n" + CASE + "    expect: {in_top: [{k: 3, ids: [a]}, {k: 2, id: a}]}\n",
     "case 1 'x': expect.in_top[1]: unknown key 'id'; use one of k, ids"),
    ("cases:\n" + CASE + "    expect: {not_in_top: {k: 3, ids: []}}\n",
     "case 1 'x': expect.not_in_top.ids: must be a document id or a non-empty list of ids, got []"),
    ("cases:\n" + CASE + "    k: 10\n    expect: {in_top: {k: 20, ids: [a]}}\n",
     "case 1 'x': expect.in_top.k: 20 exceeds the case's k=10; raise k or lower the cut-off"),
    ("cases:\n" + CASE + "    expect: {order: [d1]}\n", "case 1 'x': expect.order: needs at least two ids, got ['d1']"),
    ("cases:\n" + CASE + "    expect: {order: [d1, d1]}\n", "case 1 'x': expect.order: lists an id twice: ['d1', 'd1']"),
    ("cases:\n" + CASE + "    expect: {order: [d1, 1.5]}\n",
     "case 1 'x': expect.order: 1.5 is not a document id; quote ids that YAML reads as other types"),
    ("cases:\n" + CASE + "    expect: {plan_contains: {mention: Edmonton}}\n",
     "case 1 'x': expect.plan_contains: unknown key 'mention'; use one of polarity, kind, text, mentions"),
    ("cases:\n" + CASE + "    expect: {plan_contains: {}}\n",
     "case 1 'x': expect.plan_contains: is empty; give at least one of polarity, kind, text, mentions"),
    ("cases:\n" + CASE + "    filters: source = cnn.com\n    expect: {order: [a, b]}\n",
     "case 1 'x': filters: must be a list such as [\"source = cnn.com\"], got 'source = cnn.com'"),
    ("cases:\n" + CASE + "    filters: [source]\n    expect: {order: [a, b]}\n",
     "case 1 'x': filters[0]: cannot parse filter 'source'; write FIELD OP VALUE"),
    ("cases:\n" + CASE + "    expect: {order: [a, b]}\n" + CASE + "    expect: {order: [a, b]}\n",
     "case 2 'x': name: is already the name of case 1; names must be unique"),
])
def test_validation_errors_name_file_case_and_key(tmp_path, text, message):
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as info:
        load_cases(path)
    assert str(info.value).startswith(f"{path}: {message}")


def test_yaml_syntax_error_names_the_line(tmp_path):
    path = write(tmp_path, "cases:\n  - name: x\n    query: [unclosed\n")
    with pytest.raises(ParseError, match=r"cases\.yaml:4: invalid YAML: "):
        load_cases(path)


def test_missing_file(tmp_path):
    with pytest.raises(InputError, match="instruction test file .*nope.yaml does not exist"):
        load_cases(tmp_path / "nope.yaml")
