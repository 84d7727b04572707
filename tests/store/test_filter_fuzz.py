"""Filter fuzz: random filters survive being written as text and read back, and on a real LanceDB
table the SQL they render selects exactly the rows Python's reading of the filter selects."""

from __future__ import annotations

import datetime as dt
import itertools
import operator
import random
import re

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from heedful.errors import FilterError, InputError
from heedful.store.filters import LIST_OPS, OPS, Filter, parse_filter
from heedful.store.sql import check_field_name, render_filters

lancedb = pytest.importorskip("lancedb")
pa = pytest.importorskip("pyarrow")

FUZZ = settings(max_examples=150, deadline=None, derandomize=True, database=None)

# characters that mean something to the filter grammar, to SQL or to LIKE, and some that case-fold oddly
TRICKY = " '\",=!<>~[]()%_\\`.;-\t\nΑΣςİßé"
tricky_text = st.text(st.one_of(st.sampled_from(TRICKY), st.characters(codec="utf-8")), max_size=8)
plain_text = st.text(st.sampled_from("abAB%_'\" \\ΑΣςİß"), max_size=4)


@given(field=tricky_text.filter(bool), op=st.sampled_from(OPS), data=st.data())
@FUZZ
def test_text_values_round_trip(field, op, data):
    value = data.draw(st.lists(tricky_text, min_size=1, max_size=4)) if op in LIST_OPS else data.draw(tricky_text)
    f = Filter(field, op, value)
    assert parse_filter(str(f)) == f


# ---------------------------------------------------------------- SQL against Python, on a table
COLUMNS = {'s"q': "string", "it's": "string", "n um": "integer", "x%": "number", "Flag": "bool", "d-ay": "date",
           "t,ags": "list"}
INT_MAX = 2**63 - 1
POOL = {
    "string": ["", "a", "A", "b", "50% off", "500 off", "a_b", "axb", "back\\slash", "O'Brien", 'say "hi"',
               "ΑΣ", "ß", "İx", "x\ny", "%", "_", "' OR '1'='1"],
    "integer": [-5, 0, 1, 2, 60, 2**62, -(2**62), INT_MAX],
    "number": [-1.5, 0.0, -0.0, 2.5, 1e300, 5e-324, 3.0],
    "bool": [True, False],
    "date": [dt.date(1999, 12, 31), dt.date(2020, 1, 1), dt.date(2024, 2, 29)],
    "list": [[], ["a"], ["a", "b"], ["%"], ["O'Brien", "x y"]],
}
ARROW = {"string": pa.string(), "integer": pa.int64(), "number": pa.float64(), "bool": pa.bool_(),
         "date": pa.date32(), "list": pa.list_(pa.string())}
N_ROWS = 40


@pytest.fixture(scope="module")
def table(tmp_path_factory):
    rng = random.Random(7)
    cols = {"rid": pa.array(range(N_ROWS), pa.int64())}
    rows = [{} for _ in range(N_ROWS)]
    for name, kind in COLUMNS.items():
        cells = [None if rng.random() < 0.15 else rng.choice(POOL[kind]) for _ in range(N_ROWS)]
        for row, cell in zip(rows, cells, strict=True):
            row[name] = cell
        cols[name] = pa.array(cells, ARROW[kind])
    db = lancedb.connect(str(tmp_path_factory.mktemp("fuzz")))
    return db.create_table("rows", pa.table(cols)), rows


def matching(tbl, where: str) -> set[int]:
    return set(tbl.search().where(where).select(["rid"]).limit(None).to_arrow().column("rid").to_pylist())


_COMPARE = {"=": operator.eq, "!=": operator.ne, "<": operator.lt, "<=": operator.le, ">": operator.gt,
            ">=": operator.ge}


def python_match(cell, op, values, kind) -> bool:
    """What the filter means, read by Python: a missing value (NULL) matches only the negative
    operators, as a search engine's must_not keeps documents without the field."""
    if cell is None:
        return op in ("!=", "not in")
    if kind == "list":
        hit = any(v in cell for v in values)
        return not hit if op == "not in" else hit
    if op == "contains":
        return values[0].lower() in cell.lower()
    if op in LIST_OPS:
        return (cell in values) == (op == "in")
    return _COMPARE[op](cell, values[0])


def typed(kind):
    numbers = st.floats(allow_nan=False, allow_infinity=False)
    return {
        "string": st.one_of(st.sampled_from(POOL["string"]), plain_text),
        "list": st.one_of(st.sampled_from(["a", "b", "%", "O'Brien", "x y"]), plain_text),
        "integer": st.one_of(st.sampled_from(POOL["integer"]), st.integers(-INT_MAX, INT_MAX),
                             st.floats(-1e15, 1e15, allow_nan=False)),
        "number": st.one_of(st.sampled_from(POOL["number"]), numbers, st.integers(-(2**60), 2**60)),
        "bool": st.booleans(),
        "date": st.one_of(st.sampled_from(POOL["date"]), st.dates()),
    }[kind]


def as_text(value, rng_case: bool) -> str:
    """How a user would write the value: the date maybe with a time, true/false in any case."""
    if isinstance(value, bool):
        text = "true" if value else "false"
        return text.upper() if rng_case else text
    if isinstance(value, dt.date):
        return value.isoformat() + ("T23:59:59+02:00" if rng_case else "")
    return repr(value) if isinstance(value, float) else str(value)


def allowed(kind: str, op: str) -> bool:
    if kind == "list":
        return op == "contains" or op in LIST_OPS
    return op != "contains" or kind == "string"


@given(column=st.sampled_from(sorted(COLUMNS)), op=st.sampled_from(OPS), data=st.data())
@FUZZ
def test_sql_selects_exactly_what_python_selects(table, column, op, data):
    tbl, rows = table
    kind = COLUMNS[column]
    values = data.draw(st.lists(typed(kind), min_size=1, max_size=3 if op in LIST_OPS else 1))
    if data.draw(st.booleans(), label="written as text"):  # through the grammar, as a user writes it
        texts = [as_text(v, data.draw(st.booleans())) for v in values]
        f = parse_filter(str(Filter(column, op, texts if op in LIST_OPS else texts[0])))
    else:
        f = Filter(column, op, values if op in LIST_OPS else values[0])
    if not allowed(kind, op):
        with pytest.raises(FilterError):
            render_filters([f], COLUMNS)
        return
    expected = {i for i, row in enumerate(rows) if python_match(row[column], op, values, kind)}
    assert matching(tbl, render_filters([f], COLUMNS)) == expected


# what an accepted value of each type may look like; a quote or a word would mean text got through
SHAPES = {"integer": r"[\s+\-\d.eE]+", "number": r"[\s+\-\d.eE]+", "date": r"[\s\d\-T:+.,Z]+",
          "bool": r"\s*(?i:true|false)\s*"}


@given(column=st.sampled_from(sorted(COLUMNS)), op=st.sampled_from(OPS), data=st.data())
@FUZZ
def test_any_text_is_refused_or_read_whole(table, column, op, data):
    tbl, rows = table
    kind = COLUMNS[column]
    junk = st.one_of(tricky_text, st.builds(str.__add__, st.sampled_from(["2021-01-01", "42", "2.5", "true"]),
                                            tricky_text))
    text = data.draw(junk)
    f = Filter(column, op, [text] if op in LIST_OPS else text)
    try:
        where = render_filters([f], COLUMNS)
    except FilterError:
        return
    got = matching(tbl, where)  # runs: no SQL error, whatever the text
    if kind in SHAPES:
        assert re.fullmatch(SHAPES[kind], text), f"{text!r} was accepted as a {kind}"
    else:
        assert got == {i for i, row in enumerate(rows) if python_match(row[column], op, [text], kind)}


_tables = itertools.count()


@given(name=tricky_text.filter(bool))
@FUZZ
def test_any_storable_field_name_is_quoted_whole(tmp_path_factory, name):
    try:
        check_field_name(name)
    except InputError:
        return
    assume(name != "rid")
    db = lancedb.connect(str(tmp_path_factory.getbasetemp() / "names"))
    tbl = db.create_table(f"t{next(_tables)}", pa.table({"rid": [0, 1, 2], name: ["v0", "v1", None]}))
    fields = {name: "string"}
    for f, expected in [(Filter(name, "=", "v1"), {1}), (Filter(name, "!=", "v1"), {0, 2}),
                        (Filter(name, "contains", "V"), {0, 1})]:
        assert parse_filter(str(f)) == f
        assert matching(tbl, render_filters([f], fields)) == expected
