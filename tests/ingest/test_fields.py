from __future__ import annotations

import datetime as dt
import re

import pytest

from heedful.errors import ConfigError, InputError
from heedful.ingest import (
    coerce,
    infer_schema,
    infer_text_type,
    infer_type,
    merge_types,
    parse_date,
)
from heedful.types import Document


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, None),
        (True, "bool"),
        (0, "integer"),
        (2.5, "number"),
        ("2024-05-01", "date"),
        ("2024-05-01T08:15", "date"),
        ("2024-05-01T08:15:30.5Z", "date"),
        ("2024-05-01 08:15:30+02:00", "date"),
        ("2024-02-30", "string"),
        ("05/01/2024", "string"),
        ("42", "string"),
        ("true", "string"),
        ("", "string"),
        (dt.date(2024, 5, 1), "date"),
        (dt.datetime(2024, 5, 1, 8, 15), "date"),
        (["a", "b"], "list"),
        ([], "list"),
        ({"a": 1}, "string"),
    ],
)
def test_infer_type(value, expected):
    assert infer_type(value) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", None),
        ("  ", None),
        ("42", "integer"),
        ("-7", "integer"),
        ("0", "integer"),
        ("007", "string"),
        ("3.5", "number"),
        ("-.5", "number"),
        ("1e3", "number"),
        ("nan", "string"),
        ("TRUE", "bool"),
        ("false", "bool"),
        ("yes", "string"),
        ("2024-05-01", "date"),
        ("Paris", "string"),
        (str(2**63 - 1), "integer"),
        (str(2**63), "string"),  # past 64 bits: an identifier
        ("9" * 5000, "string"),  # past int()'s 4,300 digits
        ("1e308", "number"),
        ("1e309", "string"),  # past a double
    ],
)
def test_infer_text_type(text, expected):
    assert infer_text_type(text) == expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("integer", "integer", "integer"),
        ("integer", "number", "number"),
        ("number", "integer", "number"),
        (None, "date", "date"),
        ("list", None, "list"),
        (None, None, None),
        ("date", "string", "string"),
        ("bool", "integer", "string"),
        ("list", "string", "string"),
    ],
)
def test_merge_types(a, b, expected):
    assert merge_types(a, b) == expected


def test_parse_date_drops_the_time():
    assert parse_date(" 2023-01-31T23:59:59+02:00 ") == dt.date(2023, 1, 31)
    assert parse_date("2023-13-01") is None
    assert parse_date("2023-1-31") is None


@pytest.mark.parametrize(
    ("value", "type_", "expected"),
    [
        (None, "date", None),
        ("12", "integer", 12),
        (" -3 ", "integer", -3),
        (4.0, "integer", 4),
        ("4.0", "integer", 4),
        (3, "number", 3.0),
        ("2.5", "number", 2.5),
        ("7", "number", 7.0),
        ("Yes", "bool", True),
        ("0", "bool", False),
        (1, "bool", True),
        ("2024-05-01", "date", dt.date(2024, 5, 1)),
        (dt.datetime(2024, 5, 1, 8), "date", dt.date(2024, 5, 1)),
        ("a, b,,c ", "list", ["a", "b", "c"]),
        ('["a", 1, null]', "list", ["a", "1"]),
        ("", "list", []),
        ([1, True, dt.date(2024, 5, 1)], "list", ["1", "true", "2024-05-01"]),
        ("solo", "list", ["solo"]),
        (7, "list", ["7"]),
        (7, "string", "7"),
        # a declared number as people write it: currency, thousands separators
        ("$1,299.00", "number", 1299.0),
        ("1,299 EUR", "integer", 1299),
        ("€ 5", "number", 5.0),
        ("1.299,00", "number", "FAIL"),
        (False, "string", "false"),
        (dt.date(2024, 5, 1), "string", "2024-05-01"),
        (["a", "b"], "string", '["a", "b"]'),
        ({"k": "v"}, "string", '{"k": "v"}'),
    ],
)
def test_coerce(value, type_, expected):
    if expected == "FAIL":
        with pytest.raises(InputError, match="cannot convert"):
            coerce(value, type_, field="f")
        return
    result = coerce(value, type_, field="f")
    assert result == expected
    assert type(result) is type(expected)


@pytest.mark.parametrize(
    ("value", "type_", "message"),
    [
        (
            "soon",
            "date",
            (
                "field \"publish_date\": cannot convert 'soon' to date; expected an ISO date like "
                '2023-01-31, or declare the field "string"'
            ),
        ),
        (
            "12a",
            "integer",
            (
                "field \"publish_date\": cannot convert '12a' to integer; expected a 64-bit whole number "
                'like 42, or declare the field "string"'
            ),
        ),
        (
            2.5,
            "integer",
            (
                'field "publish_date": cannot convert 2.5 to integer; expected a 64-bit whole number '
                'like 42, or declare the field "string"'
            ),
        ),
        (
            True,
            "number",
            (
                'field "publish_date": cannot convert True to number; expected a finite number like 3.5, '
                'or declare the field "string"'
            ),
        ),
        (
            "maybe",
            "bool",
            (
                "field \"publish_date\": cannot convert 'maybe' to bool; expected true/false, "
                'yes/no or 1/0, or declare the field "string"'
            ),
        ),
        (
            {"a": 1},
            "list",
            (
                "field \"publish_date\": cannot convert {'a': 1} to list; expected a list or a "
                'comma-separated string, or declare the field "string"'
            ),
        ),
    ],
)
def test_coerce_errors_name_field_value_and_type(value, type_, message):
    with pytest.raises(InputError, match=f"^{re.escape(message)}$"):
        coerce(value, type_, field="publish_date")


def test_coerce_unknown_type_is_a_config_error():
    message = (
        "unknown type 'datetime' for field \"when\"; "
        "use one of string, integer, number, bool, date, list"
    )
    with pytest.raises(ConfigError, match=f"^{re.escape(message)}$"):
        coerce("2024-05-01", "datetime", field="when")  # type: ignore[arg-type]


def test_infer_schema_merges_in_order_of_first_appearance():
    docs = [
        Document("d1", "a", metadata={"year": 2020, "tags": ["x"], "note": None}),
        Document("d2", "b", metadata={"year": 2.5, "when": dt.date(2024, 5, 1), "code": 7}),
        Document("d3", "c", metadata={"when": None, "code": "A7"}),
    ]
    assert infer_schema(docs) == {
        "year": "number",
        "tags": "list",
        "note": "string",
        "when": "date",
        "code": "string",
    }


def test_infer_schema_declared_types_win_and_plain_mappings_work():
    metadata = [{"year": "2020", "published": "2024-05-01"}]
    assert infer_schema(metadata, declared={"year": "integer", "rating": "number"}) == {
        "published": "date",
        "year": "integer",
        "rating": "number",
    }
    assert infer_schema([]) == {}


def test_infer_schema_rejects_unknown_declared_types():
    message = (
        "unknown type 'text' for field \"body\"; "
        "use one of string, integer, number, bool, date, list"
    )
    with pytest.raises(ConfigError, match=f"^{re.escape(message)}$"):
        infer_schema([], declared={"body": "text"})  # type: ignore[dict-item]


@pytest.mark.parametrize(
    ("value", "type_", "shown"),
    [
        (2**63, "integer", str(2**63)),
        (-(2**63) - 1, "integer", str(-(2**63) - 1)),
        (1e19, "integer", "1e+19"),
        ("9" * 5000, "integer", "'" + "9" * 56 + "..."),
        ("1e300", "integer", "'1e300'"),
        (10**400, "number", "1" + "0" * 56 + "..."),
        pytest.param(10**5000, "number", "a value too large to show", id="5001-digits"),
        (float("inf"), "number", "inf"),
        (float("nan"), "number", "nan"),
    ],
)
def test_coerce_refuses_what_the_store_cannot_hold(value, type_, shown):
    # the store keeps 64-bit integers and finite doubles; int() refuses 4,300+ digits
    hint = {"integer": "a 64-bit whole number like 42", "number": "a finite number like 3.5"}[type_]
    message = f'field "n": cannot convert {shown} to {type_}; expected {hint}, or declare the field "string"'
    with pytest.raises(InputError, match=f"^{re.escape(message)}$"):
        coerce(value, type_, field="n")  # type: ignore[arg-type]


def test_coerce_never_raises_past_the_limits_of_int_and_json():
    assert coerce("[" + "9" * 5000 + "]", "list", field="tags") == ["[" + "9" * 5000 + "]"]
    assert coerce("[" * 100_000, "list", field="tags") == ["[" * 100_000]
    assert coerce(2**64, "string", field="n") == str(2**64)
    assert coerce("-0000000000000000000000042", "integer", field="n") == -42


@pytest.mark.parametrize(
    ("recorded", "value", "message"),
    [
        (
            "integer",
            "unknown",
            ("field \"year\" is indexed as integer, but document 'd2' has 'unknown', a string; "
            "write year as integer in every document, or build a new index to store it as string"),
        ),
        (
            "integer",
            2.5,
            ("field \"year\" is indexed as integer, but document 'd2' has 2.5, a number; "
            "write year as integer in every document, or build a new index to store it as number"),
        ),
        (
            "date",
            2024,
            ("field \"year\" is indexed as date, but document 'd2' has 2024, an integer; "
            "write year as date in every document, or build a new index to store it as string"),
        ),
        (
            "integer",
            2**64,
            (f"field \"year\" is indexed as integer, but document 'd2' has {2**64}, an integer; "
            "write year as integer in every document, or build a new index to store it as string"),
        ),
    ],
)
def test_infer_schema_refuses_values_that_do_not_fit_the_recorded_type(recorded, value, message):
    docs = [Document("d1", "a", metadata={"year": None}), Document("d2", "b", metadata={"year": value})]
    with pytest.raises(InputError, match=f"^{re.escape(message)}$"):
        infer_schema(docs, declared={"year": recorded}, recorded={"year": recorded})


def test_infer_schema_accepts_values_that_convert_to_the_recorded_type():
    docs = [{"year": "2021", "day": "2024-05-01", "score": 3}]
    recorded = {"year": "integer", "day": "date", "score": "number"}
    assert infer_schema(docs, declared=recorded, recorded=recorded) == recorded
