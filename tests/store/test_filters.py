"""Filters: the text grammar, writing filters back, and SQL that no name or value can reshape."""

from __future__ import annotations

import datetime as dt
import re

import numpy as np
import pytest

from heedful.errors import FilterError, InputError
from heedful.store.base import PassageRow
from heedful.store.filters import Filter, format_filter, parse_filter
from heedful.store.lancedb import LanceStore
from heedful.store.sql import check_field_name, render_filters

FIELDS = {"source": "string", "words": "integer", "score": "number", "day": "date", "paid": "bool",
          "tags": "list", 'say "when"': "string", "it's": "string", "Mixed Case": "string"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("source = cnn.com", Filter("source", "=", "cnn.com")),
        ("words>60", Filter("words", ">", "60")),
        ("  day  <=  2024-01-31  ", Filter("day", "<=", "2024-01-31")),
        ("source != it's", Filter("source", "!=", "it's")),
        ("source = 'O''Brien & co'", Filter("source", "=", "O'Brien & co")),
        ('source = "say ""hi"""', Filter("source", "=", 'say "hi"')),
        ("source = ''", Filter("source", "=", "")),
        ("source = a = b", Filter("source", "=", "a = b")),
        ('"say ""when""" = now', Filter('say "when"', "=", "now")),
        ("'Mixed Case' contains x", Filter("Mixed Case", "contains", "x")),
        ("publish-date >= 2020-01-01", Filter("publish-date", ">=", "2020-01-01")),
        ("source in cnn.com, theweek.co.uk", Filter("source", "in", ["cnn.com", "theweek.co.uk"])),
        ("source IN [a, 'b, c', \"d\"]", Filter("source", "in", ["a", "b, c", "d"])),
        ("source Not  In (x)", Filter("source", "not in", ["x"])),
        ("tags CONTAINS volcano", Filter("tags", "contains", "volcano")),
        ("in in in", Filter("in", "in", ["in"])),
    ],
)
def test_parse(text, expected):
    assert parse_filter(text) == expected


USAGE = ('write FIELD OP VALUE, e.g. "source = cnn.com" or "publish_date >= 2023-01-01" '
         "(operators: =, !=, <, <=, >, >=, in, not in, contains)")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("nonsense", f"cannot parse filter 'nonsense'; {USAGE}"),
        ("source cnn.com", f"cannot parse filter 'source cnn.com'; {USAGE}"),
        ("source == cnn.com", "cannot parse filter 'source == cnn.com': '==' is not an operator; use '='"),
        ("source <> cnn.com", "cannot parse filter 'source <> cnn.com': '<>' is not an operator; use '!='"),
        ("day => 2020-01-01", "cannot parse filter 'day => 2020-01-01': '=>' is not an operator; use '>='"),
        ("day =< 2020-01-01", "cannot parse filter 'day =< 2020-01-01': '=<' is not an operator; use '<='"),
        ("source ! cnn.com", "cannot parse filter 'source ! cnn.com': '!' is not an operator; use '!='"),
        ("source !in a, b", "cannot parse filter 'source !in a, b': '!in' is not an operator; use 'not in'"),
        ("source like cnn", "cannot parse filter 'source like cnn': 'like' is not an operator; use 'contains'"),
        ("x >>> 1", ("cannot parse filter 'x >>> 1': '>>>' is not an operator; use one of =, !=, <, <=, >, >=, "
                    "in, not in, contains")),
        ("source = = cnn.com", ("cannot parse filter 'source = = cnn.com': the value '= cnn.com' starts with '='; "
                               "check the operator, or quote the value if it is meant: '= cnn.com'")),
        ("source not like x", ("cannot parse filter 'source not like x': 'not' must be followed by 'in' here, "
                              "not 'like x'; use 'not in' with a list or '!=' with one value")),
        ("source =", ("cannot parse filter 'source =': no value after '='; write FIELD OP VALUE, "
                     'e.g. "source = cnn.com" or "publish_date >= 2023-01-01"')),
        ("source = 'cnn.com", ("cannot parse filter \"source = 'cnn.com\": the value quoted at character 10 is "
                              "never closed; end it with ' (write '' for a ' inside)")),
        ("source = 'a' OR 1=1", ("cannot parse filter \"source = 'a' OR 1=1\": unexpected text 'OR 1=1' after "
                                "the quoted value; quote the whole value")),
        ('say"when" = x', ("cannot parse filter 'say\"when\" = x': a quote inside the field name 'say\"'; quote the "
                          "whole name, e.g. \"it's\" or 'say \"hi\"' (double a quote like the outer one)")),
        ("'' = x", ("cannot parse filter \"'' = x\": the field name is empty; name a metadata field, "
                   'e.g. "source = cnn.com"')),
        ("source in", ("cannot parse filter 'source in': no values after the operator; give a comma-separated "
                      'list, e.g. "source in cnn.com, bbc.com"')),
        ("source in []", "cannot parse filter 'source in []': the list is empty; give at least one value"),
        ("source in [a, b", ("cannot parse filter 'source in [a, b': the list opened with '[' is never closed; "
                            "end it with ']'")),
        ("source in (a) b", ("cannot parse filter 'source in (a) b': unexpected text 'b' after the list; "
                            "separate values with commas and quote values that hold one")),
        ("source in a,,b", ("cannot parse filter 'source in a,,b': an empty item in the list; "
                           "separate values with single commas")),
    ],
)
def test_parse_errors_name_the_problem_and_the_fix(text, message):
    with pytest.raises(FilterError, match=f"^{re.escape(message)}$"):
        parse_filter(text)


@pytest.mark.parametrize(
    ("f", "text"),
    [
        (Filter("source", "=", "cnn.com"), "source = cnn.com"),
        (Filter("source", "=", "a b"), "source = 'a b'"),
        (Filter("source", "!=", "it's"), 'source != "it\'s"'),
        (Filter("source", "=", "both ' and \""), "source = 'both '' and \"'"),
        (Filter('say "when"', "contains", "%"), "'say \"when\"' contains '%'"),
        (Filter("words", ">", 60), "words > 60"),
        (Filter("score", "<", 2.5), "score < 2.5"),
        (Filter("paid", "=", True), "paid = true"),
        (Filter("day", ">=", dt.date(2024, 1, 31)), "day >= 2024-01-31"),
        (Filter("tags", "not in", ["a", "b, c", "=d"]), "tags not in a, 'b, c', '=d'"),
    ],
)
def test_format_writes_what_parse_reads(f, text):
    assert format_filter(f) == str(f) == text
    again = parse_filter(text)
    assert render_filters([again], FIELDS) == render_filters([f], FIELDS)


@pytest.mark.parametrize(
    ("f", "sql"),
    [
        (Filter("source", "=", "cnn.com"), "`source` = 'cnn.com'"),
        (Filter('say "when"', "=", "now"), "`say \"when\"` = 'now'"),
        (Filter("it's", "!=", "O'Brien"), "(`it's` IS NULL OR `it's` <> 'O''Brien')"),
        (Filter("Mixed Case", "<", "b\\"), "`Mixed Case` < 'b\\'"),
        (Filter("source", "=", "x' OR '1'='1"), "`source` = 'x'' OR ''1''=''1'"),
        (Filter("source", "contains", "50%_Off\\"), "strpos(lower(`source`), '50%_off\\') > 0"),
        (Filter("source", "not in", ["a", "b'c"]), "(`source` IS NULL OR `source` NOT IN ('a', 'b''c'))"),
        (Filter("words", ">=", "60"), "`words` >= 60"),
        (Filter("words", "<", 2.5), "CAST(`words` AS DOUBLE) < 2.5"),
        (Filter("words", "in", ["1", 2.0]), "`words` IN (1, 2)"),
        (Filter("score", ">", "-1e3"), "`score` > -1000.0"),
        (Filter("day", "<", "2024-01-31T23:59:59+02:00"), "`day` < date '2024-01-31'"),
        (Filter("day", "=", dt.datetime(2024, 1, 31, 8)), "`day` = date '2024-01-31'"),
        (Filter("paid", "=", "TRUE"), "`paid` = true"),
        (Filter("tags", "contains", "a'b"), "array_has(`tags`, 'a''b')"),
        (Filter("tags", "not in", ["x", "y"]),
         "(`tags` IS NULL OR NOT (array_has(`tags`, 'x') OR array_has(`tags`, 'y')))"),
    ],
)
def test_render_quotes_names_and_values_by_construction(f, sql):
    assert render_filters([f], FIELDS) == sql


@pytest.mark.parametrize(
    ("f", "message"),
    [
        (Filter("day", ">=", "2021-01-01' OR 1=1 --"),
         "filter value \"2021-01-01' OR 1=1 --\" for field 'day' is not a valid date; write an ISO date like 2023-01-31"),
        (Filter("day", ">=", "2021-01-01x"),
         "filter value '2021-01-01x' for field 'day' is not a valid date; write an ISO date like 2023-01-31"),
        (Filter("score", ">", "nan"), "filter value 'nan' for field 'score' is not a valid number; write a finite number like 3.5"),
        (Filter("score", ">", float("inf")), "filter value inf for field 'score' is not a valid number; write a finite number like 3.5"),
        (Filter("score", ">", "1e999"), "filter value '1e999' for field 'score' is not a valid number; write a finite number like 3.5"),
        (Filter("words", "=", "1 OR 1=1"), "filter value '1 OR 1=1' for field 'words' is not a valid integer; write a whole number like 42"),
        (Filter("words", "=", True), "filter value True for field 'words' is not a valid integer; write a whole number like 42"),
        (Filter("words", ">", "9" * 5000), (f"filter value '{'9' * 76}... "
         "for field 'words' is outside the 64-bit integer range; use a value between -9223372036854775807 and 9223372036854775807")),
        (Filter("words", ">", 10 ** 5000), ("filter value an integer of 16610 bits for field 'words' is outside the 64-bit integer "
         "range; use a value between -9223372036854775807 and 9223372036854775807")),
        (Filter("paid", "=", "yes"), "filter value 'yes' for field 'paid' is not a valid bool; write true or false"),
        (Filter("source", "=", None), "filter value None for field 'source' is not a valid string; write text"),
        (Filter("source", "=", "\ud800"), ("filter value '\\ud800' for field 'source' is not valid UTF-8 text; remove the unpaired "
         "surrogate characters")),
        (Filter("source", "=", ["a", "b"]), "filter value ['a', 'b'] for field 'source' is a list; use 'in' or 'not in'"),
        (Filter("source", "in", []), "filter 'source in []' has an empty list; give at least one value"),
        (Filter("words", "contains", "1"), "'contains' needs a string or list field; 'words' is integer"),
        (Filter("tags", "=", "x"), "field 'tags' is a list; use 'contains' or 'in'"),
        (Filter("author", "=", "x"), ("unknown filter field 'author'; this index has metadata fields: Mixed Case, day, it's, "
         "paid, say \"when\", score, source, tags, words")),
    ],
)
def test_values_are_read_whole_as_the_fields_type(f, message):
    with pytest.raises(FilterError, match=f"^{re.escape(message)}$"):
        render_filters([f], FIELDS)


def test_operator_typos_in_a_mapping_name_the_right_operator():
    with pytest.raises(FilterError, match="^unknown filter operator '=='; use '='$"):
        Filter.from_dict({"field": "source", "op": "==", "value": "x"})
    with pytest.raises(FilterError, match="^unknown filter operator 'like'; use 'contains'$"):
        Filter.from_dict({"field": "source", "op": "like", "value": "x"})


@pytest.mark.parametrize("name", ["plain", 'say "when"', "it's", "sp ace", "Mixed", "select", "ünï", "a\\b", "1st", "a,b"])
def test_field_names_that_can_be_columns(name):
    check_field_name(name)
    assert render_filters([Filter(name, "=", "v")], {name: "string"}) == f"`{name}` = 'v'"


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("meta.source", ("metadata field 'meta.source' cannot be stored: lance reads a '.' as a nested field; "
                        "rename it, e.g. 'meta_source'")),
        ("tick`", ("metadata field 'tick`' cannot be stored: a backtick in one column name breaks every filter on "
                  "the table; rename it, e.g. 'tick_'")),
        ("nul\x00", ("metadata field 'nul\\x00' cannot be stored: lance cuts the name at a NUL character; "
                    "rename it, e.g. 'nul_'")),
        ("", "metadata field '' cannot be stored: the name is empty; rename it, e.g. 'field'"),
        ("x\udc80", "metadata field 'x\\udc80' cannot be stored: the name is not valid UTF-8 text; rename it, e.g. 'x'"),
    ],
)
def test_field_names_that_cannot_be_columns_are_refused(name, message):
    with pytest.raises(InputError, match=f"^{re.escape(message)}$"):
        check_field_name(name)
    with pytest.raises(FilterError, match="cannot name a column"):
        render_filters([Filter(name, "=", "v")], {name: "string"})


# ---------------------------------------------------------------- end to end on a real table
DIM = 4
NOTES = {"a": "50% off", "b": "500 off", "c": "a_b", "d": "axb", "e": "back\\slash", "f": "O'Brien"}


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    fields = {'say "when"': "string", "note": "string", "Published on": "date"}
    s = LanceStore(tmp_path_factory.mktemp("filters"), dim=DIM, fields=fields, date_field="Published on")
    rows = []
    for i, (doc, note) in enumerate(NOTES.items()):
        meta = {'say "when"': "now" if doc == "a" else "later", "note": note,
                "Published on": dt.date(2020 + i, 1, 1)}
        rows.append(PassageRow(doc_id=doc, passage=0, title="", text=note, start=0, vector=np.ones(DIM, np.float32),
                               doc_hash=doc, metadata=meta))
    s.write(rows, doc_ids=list(NOTES))
    return s


def ids(store, *filters, as_of=None):
    got = store.vector_search(np.ones(DIM, np.float32), k=10, filters=[parse_filter(f) for f in filters], as_of=as_of)
    return sorted(c.doc_id for c in got)


def test_a_quote_in_a_field_name_cannot_widen_the_filter(store):
    assert ids(store, '"say ""when""" = now') == ["a"]
    assert ids(store, "'say \"when\"' != now") == ["b", "c", "d", "e", "f"]


def test_contains_treats_percent_underscore_and_backslash_as_text(store):
    assert ids(store, "note contains '50%'") == ["a"]
    assert ids(store, "note contains a_b") == ["c"]
    assert ids(store, "note contains \\") == ["e"]
    assert ids(store, "note contains 'o''b'") == ["f"]


def test_injection_attempts_match_nothing_or_are_refused(store):
    assert ids(store, "note = x' OR '1'='1") == []
    assert ids(store, "note in x') OR (1=1") == []
    assert ids(store, "note = \"50% off' OR note != '\"") == []
    with pytest.raises(FilterError, match="is not a valid date"):
        ids(store, "'Published on' >= 2021-01-01' OR 1=1 --")


def test_dates_and_as_of_on_a_field_name_that_needs_quoting(store):
    assert ids(store, "'Published on' >= 2024-01-01T12:00") == ["e", "f"]
    assert ids(store, as_of=dt.date(2021, 6, 1)) == ["a", "b"]
