"""Hard filters come only from clauses whose polarity and scope are certain.

A filter removes documents for good, so the rule compiler makes one only when it is sure what the
clause says about a field's value: negated ("not from X", "non-X", "anything but X") it becomes
``!=``; added to what counts ("X too", "also X") it widens an earlier restriction or stays soft;
a common word that happens to be a value ("fares") is not read as the field; when a negation may
or may not reach the value, the value stays in the text of a soft criterion.
"""

from __future__ import annotations

import pytest

from heedful.plan import compile_rules
from heedful.store.filters import Filter

FIELDS = {"source": "string", "doc_key": "string", "section": "string", "tags": "list"}
VALUES = {"source": ["cnn.com", "bbc.co.uk", "reuters.com"], "doc_key": ["fares", "parking"],
          "section": ["music", "travel"], "tags": ["climate", "energy"]}


def filters(instruction: str) -> list[Filter]:
    return list(compile_rules(instruction, fields=FIELDS, values=VALUES).filters)


@pytest.mark.parametrize(
    "instruction",
    [
        # the phrasings reported in the issue
        "Articles not from CNN, please",
        "non-CNN articles",
        "anything but cnn.com",
        "only articles NOT from CNN",
        "excluding CNN",
        # and others of the same kinds
        "Stories that are not from cnn.com.",
        "No CNN pieces.",
        "Everything except CNN.",
        "Reports from any outlet other than CNN are relevant.",
        "I want anything but CNN coverage.",
    ],
)
def test_a_negated_source_becomes_the_opposite_filter(instruction):
    assert filters(instruction) == [Filter("source", "!=", "cnn.com")]


def test_a_negated_value_of_a_list_field():
    assert filters("Articles not tagged climate.") == [Filter("tags", "not in", ["climate"])]


def test_excluding_a_source_does_not_also_prefer_it():
    plan = compile_rules("excluding CNN", fields=FIELDS, values=VALUES)
    assert list(plan.filters) == [Filter("source", "!=", "cnn.com")]
    assert plan.criteria == ()
    plan = compile_rules("Floods in Asia, excluding CNN reports.", fields=FIELDS, values=VALUES)
    assert list(plan.filters) == [Filter("source", "!=", "cnn.com")]
    assert [(c.polarity, c.text) for c in plan.criteria] == [("require", "floods in Asia")]


def test_anything_but_a_topic_excludes_it():
    plan = compile_rules("Articles on anything but sports.")
    assert [(c.polarity, c.text) for c in plan.criteria] == [("exclude", "sports")]


@pytest.mark.parametrize(
    "instruction",
    [
        "Exclude articles that are not from CNN.",  # a double negation
        "Articles that do not discuss budgets and come from CNN.",  # the "not" is about budgets, or is it?
    ],
)
def test_a_value_a_negation_may_or_may_not_reach_stays_soft(instruction):
    plan = compile_rules(instruction, fields=FIELDS, values=VALUES)
    assert plan.filters == ()
    assert any("CNN" in c.text for c in plan.criteria)


def test_a_negation_after_the_value_does_not_reach_it():
    assert filters("CNN articles that do not mention budgets.") == [Filter("source", "=", "cnn.com")]


def test_an_added_source_widens_the_restriction_it_follows():
    assert filters("Only CNN articles. Include bbc.co.uk and reuters.com too.") == [
        Filter("source", "in", ["cnn.com", "bbc.co.uk", "reuters.com"])]
    assert filters("Only CNN stories; Reuters stories are fine as well.") == [
        Filter("source", "in", ["cnn.com", "reuters.com"])]
    assert filters("Restrict results to BBC. Also include CNN.") == [Filter("source", "in", ["bbc.co.uk", "cnn.com"])]


def test_an_added_source_alone_restricts_nothing():
    plan = compile_rules("include bbc.co.uk and reuters.com too", fields=FIELDS, values=VALUES)
    assert plan.filters == ()
    assert [c.text for c in plan.criteria] == ["bbc.co.uk and reuters.com"]


def test_only_still_restricts():
    assert filters("Only include CNN articles.") == [Filter("source", "=", "cnn.com")]
    assert filters("Just BBC and Reuters reports.") == [Filter("source", "in", ["bbc.co.uk", "reuters.com"])]


def test_a_value_that_is_a_common_word_is_not_read_as_the_field():
    plan = compile_rules("the latest fares", fields=FIELDS, values=VALUES)
    assert plan.filters == ()
    assert plan.time is not None and plan.time.recency == "latest"
    assert [c.text for c in plan.criteria] == ["the latest fares"]
    assert plan.notes == (("'fares' is a value of field 'doc_key' but reads as an ordinary word here; kept as a "
                           "text criterion (write \"doc_key = fares\" to filter on it)"),)
    assert filters("Only music articles.") == []


def test_a_common_word_value_with_its_field_named_is_a_filter():
    assert filters("Only articles in the music section.") == [Filter("section", "=", "music")]
    assert filters("doc_key = fares") == [Filter("doc_key", "=", "fares")]
    assert filters("Only articles where section is not travel.") == [Filter("section", "!=", "travel")]
    assert filters("Only articles tagged energy.") == [Filter("tags", "contains", "energy")]


def test_a_clause_that_carries_over_its_polarity_makes_no_filter():
    # "Those from CNN, too." has no cue of its own: that it excludes too is read from the sentence
    # before, which is a good guess for a criterion and not sure enough for a filter
    plan = compile_rules("Opinion pieces are not relevant. Those from CNN, too.", fields=FIELDS, values=VALUES)
    assert plan.filters == ()
    assert [(c.polarity, c.text) for c in plan.criteria] == [("exclude", "opinion pieces"),
                                                            ("exclude", "those from CNN")]


def test_a_negated_source_without_known_values_stays_soft():
    # without known values "from CNN" would be `source contains 'cnn'`, the opposite of what is asked
    plan = compile_rules("Articles not from CNN, please.", fields={"source": "string"})
    assert plan.filters == ()
    assert [(c.polarity, c.text) for c in plan.criteria] == [("require", "articles not from CNN")]


def test_a_negated_date_in_the_topic_becomes_an_exclusion():
    plan = compile_rules("Articles that were not published in 2020.")
    assert [(c.polarity, c.kind, c.predicate.to_dict() if c.predicate else None) for c in plan.criteria] == [
        ("require", "topic", None), ("exclude", "time", {"year": {"op": "=", "value": 2020}})]


def test_an_exception_after_a_dated_clause_keeps_both_filters():
    plan = compile_rules("Articles published in 2023, not from CNN.",
                         fields={**FIELDS, "publish_date": "date"}, values=VALUES)
    assert list(plan.filters) == [Filter("publish_date", ">=", "2023-01-01"), Filter("publish_date", "<=", "2023-12-31"),
                                  Filter("source", "!=", "cnn.com")]
