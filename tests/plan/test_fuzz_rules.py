"""The rule compiler on any text: no exception but the documented ones, bounded time, valid plans.

Property-based inputs (hypothesis, derandomized so every run tries the same texts): random text,
and concatenations of the pieces the compiler reacts to (cue phrases, dates, digits, brackets,
quotes, runs of spaces). Then the bounds that guard against backtracking blow-ups, in this
thread's CPU time so that other work on the machine does not count (with a second try after a
garbage collection when over): a 50 KB adversarial instruction compiles in at most 5 s, a
100-character one in at most 50 ms, any fuzzed one in at most 0.5 s. The speed itself is measured
in bench/compile_time.py.
"""

from __future__ import annotations

import gc
import json
import random
import re
import time
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from heedful.errors import ConfigError
from heedful.plan import PLAN_JSON_SCHEMA, Plan, compile_rules, validate_plan
from heedful.plan.rules import MAX_INSTRUCTION_CHARS

FIELDS = {"source": "string", "publish_date": "date", "doc_key": "string", "word_count": "integer",
          "lang": "string", "author": "string", "tags": "list", "is_paywalled": "bool", "year": "integer"}
VALUES = {"source": ["cnn.com", "bbc.co.uk", "reuters.com"], "doc_key": ["fares", "hours"], "tags": ["climate"]}
TODAY = date(2025, 6, 1)

# what the compiler reacts to, in pieces to be strung together in any order
PIECES = [
    "(", ")", "[", "]", "(1111", "1", "9" * 40, "1,000", "1.5", "-", "–", "/", ",", ".", ";", ":", "!", "?", "\n",
    "\n- ", "\n1. ", " ", "    ", "\t", '"', "'", "“", "”", "‘", "’", "e.g. ", "i.e. ", "such as ", "U.S. ",
    "Only ", "only ", "not ", "non-", "no ", "never ", "except ", "excluding ", "other than ", "anything but ",
    "but not ", ", but ", " and ", " or ", "too", "also ", "as well", "include ", "prefer ", "avoid ", "Exclude ",
    "are not relevant", "is relevant", "count", "Relevant: ", "If not, skip it. ", "Is it about ", "Does it ",
    "from ", "by ", "in ", "as of ", "before ", "after ", "since ", "until ", "between ", " to ", "the ", "early ",
    "mid-", "late ", "1990", "1990s", "the '90s", "2020-02-30", "2024-02-29", "31 February 2024", "May ", "March ",
    "spring ", "Q3 ", "the 19th century", "27 BC", "the last 5 years", "this year", "more than ", "at least ",
    "fewer than ", "over ", "5,000 ", "$3 million", "7,500 m", "km/h or mph", "words", "published ", "written by ",
    "articles ", "CNN", "cnn.com", "BBC", "fares", "climate", "tagged ", "lang is de", "word_count = 5", "Paris",
    "Canadian", "English", "developed by ", "lists ", "described as ", "was closed, ", "that ", "the paragraph calls ",
    "it says is ", "Foo", "Bar ", "A. ", "Mr. ", "&", "é", "日本", "\u200b",
]


def _compile(text: str) -> tuple[Plan | ConfigError, float]:
    """The plan (or the error) ``text`` compiles to, and the CPU seconds this thread spent on it (not
    the process's: other tests' native thread pools may still spin)."""
    start = time.thread_time()
    try:
        out: Plan | ConfigError = compile_rules(text, query="q", fields=FIELDS, values=VALUES, today=TODAY)
    except ConfigError as exc:  # the only error any text may cause: a day the calendar does not have
        out = exc
    return out, time.thread_time() - start


def compile_within(text: str, bound: float) -> Plan | ConfigError:
    """Compile ``text`` within ``bound`` CPU seconds. Over it, once more after collecting garbage: a
    pause the compiler did not cause can land in this thread's time (in a full suite, 1,120
    characters once took 0.55 s, and 0.01 s every time after), while a backtracking blow-up is slow
    every time."""
    out, seconds = _compile(text)
    if seconds > bound:
        gc.collect()
        out, seconds = _compile(text)
    assert seconds <= bound, f"{len(text)} characters took over {bound} s, twice: {text[:80]!r}"
    return out


def check(text: str) -> None:
    """Compile ``text``: a valid plan within the time bound, or the error for an impossible date."""
    plan = compile_within(text, 0.5)
    if isinstance(plan, ConfigError):
        assert re.search(r"which is not a calendar date \(\w+ \d+ has \d+ days\); write a day that exists", str(plan))
        return
    data = json.loads(json.dumps(plan.to_dict(), allow_nan=False))  # no NaN or Infinity in a plan
    assert validate_plan(data) == plan
    assert Plan.from_json(plan.to_json()) == plan
    for c in plan.criteria:
        assert c.span is None or 0 <= c.span[0] < c.span[1] <= len(text)


FUZZ = settings(max_examples=150, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@FUZZ
@given(st.text(max_size=2000))
def test_any_text_compiles(text):
    check(text)


@FUZZ
@given(st.lists(st.sampled_from(PIECES), max_size=400).map("".join))
def test_any_string_of_cue_pieces_compiles(text):
    check(text)


@FUZZ
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=12), st.integers(1, 150))
def test_repeated_cue_pieces_compile(pieces, times):
    check(("".join(pieces) * times)[:2000])


def test_the_plans_match_the_json_schema():
    jsonschema = pytest.importorskip("jsonschema")
    rnd = random.Random(3)
    for _ in range(40):
        text = "".join(rnd.choice(PIECES) for _ in range(60))
        try:
            plan = compile_rules(text, fields=FIELDS, values=VALUES, today=TODAY)
        except ConfigError:
            continue
        jsonschema.validate(plan.to_dict(), PLAN_JSON_SCHEMA)


@pytest.mark.parametrize("n", [310, 400, 4301, 5000])
def test_long_digit_runs_are_text(n):
    digits = "9" * n
    for text in (digits, f"({digits}", f"more than {digits} people", f"in the last {digits} years",
                 f"published in {digits}", f"word_count = {digits}", f"{digits} BC"):
        check(text)


def test_dates_at_the_ends_of_the_calendar():
    for text in ("Only reports after 9999-12-31.", "Nothing before 0001-01-01.", "in the last 9999 years",
                 "Only events before 0100-01-01.", "Only the period from 9998 to 9999."):
        check(text)


# ------------------------------------------------------------------------------------------------
# size and time


def test_the_size_limit_error_says_the_size_the_limit_and_the_fix():
    assert compile_rules("x " * (MAX_INSTRUCTION_CHARS // 2)).criteria  # at the limit: compiled
    with pytest.raises(ConfigError, match=r"^the instruction is 65,537 characters long, over the limit of 65,536; "
                                          r"state what counts as relevant in fewer words \(long reference text "
                                          r"belongs in the documents, not in the instruction\)$"):
        compile_rules("x" * (MAX_INSTRUCTION_CHARS + 1))


def _numbered(unit: str, size: int) -> str:
    """``unit`` repeated with a different word after each copy, so that no two clauses are alike."""
    parts, n = [], 0
    while sum(map(len, parts)) < size:
        parts.append(f"{unit}W{n:05d} ")
        n += 1
    return "".join(parts)[:size]


def _cue_soup(size: int) -> str:
    """Cue pieces in a seeded random order, without the impossible dates (an error ends a compile early)."""
    rnd = random.Random(11)
    pieces = [p for p in PIECES if p not in ("2020-02-30", "31 February 2024")]
    parts: list[str] = []
    while sum(map(len, parts)) < size:
        parts.append(rnd.choice(pieces))
    return "".join(parts)[:size]


ADVERSARIAL_50K = {
    # the three reported: a bracketed run of digits, and two repeated clauses
    "digits in an open bracket": "(" + "1" * 49_999,
    "repeated 'from Foo, '": "from Foo, " * 5_000,
    "repeated 'X is not relevant '": ("X is not relevant " * 2_778)[:50_000],
    # and others that took quadratic time: split points, exceptions, dated sentences, a cue soup
    "repeated ', but '": ", but " * 8_334,
    "repeated 'but not '": "but not " * 6_250,
    "dated sentences": _numbered("In 1990. ", 50_000),
    "numbers in one clause": _numbered("more than 5 ", 50_000),
    "cue soup": _cue_soup(50_000),
}


@pytest.mark.parametrize("name", list(ADVERSARIAL_50K))
def test_a_50_kb_adversarial_instruction_compiles_in_linear_time(name):
    """A guard against backtracking blow-ups (which take minutes), not a speed test: the time itself is
    measured in bench/compile_time.py (one of these took 1.3 s of CPU on a busy 2-core machine)."""
    assert isinstance(compile_within(ADVERSARIAL_50K[name], 5.0), Plan)  # compiled, not ended early by an error


HUNDRED = [
    "Only articles from CNN published in 2023 that give a dollar figure; opinion pieces are not relevant at all.",
    "(1111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111",
    "from Foo, from Foo, from Foo, from Foo, from Foo, from Foo, from Foo, from Foo, from Foo, from Foo,",
    "X is not relevant X is not relevant X is not relevant X is not relevant X is not relevant X is not",
    "Choirs based in Lisbon are not relevant, but those from Porto or Braga are especially relevant!!!!!",
    "e.g. e.g. e.g. (((((( [[[[ “““““ ‘‘‘‘ '''' ,,,, ;;;; :::: ---- ———— 1990s 1990s 1990s 1990s 1990s",
]


def test_a_100_character_instruction_compiles_within_50_ms():
    rnd = random.Random(5)
    texts = HUNDRED + ["".join(rnd.choice(PIECES) for _ in range(60))[:100] for _ in range(30)]
    for text in texts:
        compile_within(text[:100], 0.05)


def test_an_exception_with_nothing_after_it_excepts_nothing():
    # found by test_repeated_cue_pieces_compile: an empty excepted clause made an empty criterion
    check(";include never except ;include never except ")
