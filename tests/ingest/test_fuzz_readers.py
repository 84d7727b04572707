"""Reader and evidence fuzz: any bytes in an input file give documents the engine can take, or a
heedful error naming the file (and the line, for line formats); any text gives evidence."""

from __future__ import annotations

import csv
import io
import json
import re
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from heedful.errors import HeedfulError
from heedful.ingest import chunk, coerce, infer_schema, read_documents
from heedful.ingest.evidence import Evidence, extract
from heedful.types import Document

FUZZ = settings(max_examples=150, deadline=None, derandomize=True, database=None)

# Pieces that mean something to JSON, CSV, UTF-8, gzip or a reader's checks; joined at random
# they reach far more paths than uniform bytes do.
FRAGMENTS = [
    b"{", b"}", b"[", b"]", b":", b",", b'"', b"\n", b"\r\n", b"\r", b" ", b"\t", b'"_id"', b'"id"',
    b'"text"', b'"title"', b'"k"', b'"d1"', b'"d2"', b'""', b'"  "', b"1", b"-7", b"2.5", b"1e999",
    b"9" * 25, b"NaN", b"-Infinity", b"null", b"true", b"\\u", b"d800", b"\\ud83d\\ude00",
    b"\\n", b"\\", b"\xef\xbb\xbf", b"\x00", b"\xff", b"\xc3\xa9", b"\xed\xa0\x80", b"\x1f\x8b",
    b"_id,text", b"_id,text,n", b"d1,a", b",", b"2024-05-01", b"'", b"# heading",
]
fragment_bytes = st.lists(st.sampled_from(FRAGMENTS), max_size=40).map(b"".join)
any_bytes = st.one_of(st.binary(max_size=200), fragment_bytes)

# Valid-shaped JSON: every character (lone surrogates too), numbers of any size, NaN and
# infinities, nesting.
any_char = st.characters(exclude_categories=())
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(),
    st.text(any_char, max_size=8),
    st.sampled_from([2**63, -(2**63) - 1, 10**30, 1e308, "\ud800", "x\udfffy", "2024-05-01"]),
)
json_values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(st.text(any_char, max_size=4), inner, max_size=3)
    ),
    max_leaves=8,
)
good_ids = st.one_of(st.text(any_char, min_size=1, max_size=4), st.integers())
odd_ids = st.one_of(good_ids, st.sampled_from(["", " ", None, True, 1.5]), json_values)
metadata = st.dictionaries(st.text(any_char, max_size=6), json_values, max_size=4)
documents = st.builds(
    lambda doc_id, text, title, extra: {**extra, "_id": doc_id, "text": text, **title},
    good_ids,
    st.text(any_char, max_size=20),
    st.one_of(st.just({}), st.builds(lambda t: {"title": t}, st.one_of(st.none(), st.text(max_size=5)))),
    metadata,
)
odd_records = st.one_of(
    st.builds(lambda doc_id, text, extra: {**extra, "_id": doc_id, "text": text}, odd_ids, json_values, metadata),
    json_values,
)
# lines of documents, or lines where any may be odd (which stops the file at that line)
json_lines = st.one_of(
    st.lists(st.tuples(documents, st.booleans()), max_size=5),
    st.lists(st.tuples(st.one_of(documents, odd_records), st.booleans()), max_size=5),
)


def json_line(record: object, ascii_only: bool) -> bytes:
    # ensure_ascii=False writes lone surrogates as they are: bytes that are not UTF-8
    return json.dumps(record, ensure_ascii=ascii_only).encode("utf-8", "surrogatepass")


def read_or_explain(path: Path, source: Path | None = None, *, lines: bool = True) -> list[Document]:
    """The documents read from ``path``, or [] after checking the error names the file and line."""
    try:
        docs = list(read_documents(source or path))
    except HeedfulError as exc:
        message = str(exc)
        assert str(path) in message
        if lines:
            where = rf"^{re.escape(str(path))}:[1-9]\d*: |\((lines|rows) [1-9]\d* and [1-9]\d*\)"
            assert re.search(where, message), message
        message.encode("utf-8")  # printable: no lone surrogates
        return []
    check_usable(docs)
    return docs


def check_usable(docs: list[Document]) -> None:
    """What the engine does with documents next must not fail on any of them."""
    for d in docs:
        assert isinstance(d, Document) and d.id.strip()
        for text in (d.id, d.title, d.text, *d.metadata):
            text.encode("utf-8")
        chunk(d.id, d.text)
    schema = infer_schema(docs)
    for d in docs:
        for key, value in d.metadata.items():
            coerce(value, schema[key], field=key)


@pytest.fixture(scope="module")
def folder() -> Iterator[Path]:
    with tempfile.TemporaryDirectory() as tmp:
        yield Path(tmp)


@pytest.mark.parametrize("name", ["corpus.jsonl", "corpus.json", "corpus.csv"])
@given(data=any_bytes)
@FUZZ
def test_any_bytes_in_a_file(folder, name, data):
    path = folder / name
    path.write_bytes(data)
    read_or_explain(path)


@given(data=any_bytes)
@FUZZ
def test_any_bytes_in_a_text_file(folder, data):
    root = folder / "notes"
    root.mkdir(exist_ok=True)
    path = root / "a.txt"
    path.write_bytes(data)
    docs = read_or_explain(path, root)
    assert len(docs) <= 1


@given(lines=json_lines)
@FUZZ
def test_json_shaped_lines(folder, lines):
    path = folder / "shaped.jsonl"
    path.write_bytes(b"\n".join(json_line(record, ascii_only) for record, ascii_only in lines))
    read_or_explain(path)
    path = folder / "shaped.json"
    array = [record for record, _ in lines]
    path.write_bytes(json_line(array, ascii_only=all(a for _, a in lines)))
    read_or_explain(path)


csv_cells = st.one_of(
    st.text(st.characters(codec="utf-8"), max_size=8),
    st.sampled_from(["", " ", "1", str(2**64), "1e999", "nan", "true", "2024-05-01", '"', "\n"]),
)


@given(
    header=st.lists(st.sampled_from(["_id", "text", "title", "n", "x", "", "_id "]), max_size=5),
    rows=st.lists(st.lists(csv_cells, max_size=5), max_size=5),
)
@FUZZ
def test_csv_shaped_rows(folder, header, rows):
    buffer = io.StringIO()
    csv.writer(buffer).writerows([header, *rows])
    path = folder / "shaped.csv"
    path.write_text(buffer.getvalue(), encoding="utf-8")
    read_or_explain(path)


# Pieces that mean something to the evidence patterns: dates, numbers, sentence ends, names and
# characters that case-fold onto ASCII.
TEXT_PIECES = [
    "May", "1 ", "1990", "1990s", "early ", "century", "the ", "to ", "from ", "since ", "and ",
    "between ", "$", "€", "million", "per cent", "%", "km", "twenty", "one", "a hundred", ".", "?!",
    "...", "\n", "\t", " ", "  ", ",", "-", "–", "'", "’", "(", ")", "Dr.", "U.S.", "St. Louis",
    "Bank of America", "ſ", "İ", "K", "٣", "²", "9" * 40, "0" * 30,
]
# Letters that Unicode case folding matches to ASCII ones ("ſ" to "s", "İ" to "i", Kelvin "K" to
# "k"), put into the words the patterns look up: a number or an ordinal, then a scale or a unit.
FOLDS = {"s": "ſ", "i": "İ", "k": "\u212a"}


def fold(word: str, flips: list[bool]) -> str:
    return "".join(FOLDS.get(c, c) if flip else c for c, flip in zip(word, flips))


folded_phrases = st.builds(
    lambda first, second, flips: fold(f"{first} {second}", flips),
    st.sampled_from(["six", "sixteen", "sixth", "first", "twenty-six", "early"]),
    st.sampled_from(["thousand", "thousands", "century", "centuries", "kilometres", "km"]),
    st.lists(st.booleans(), min_size=24, max_size=24),
)
texts = st.one_of(
    st.text(any_char, max_size=60),
    folded_phrases,
    st.builds(
        str.join,
        st.sampled_from(["", " "]),
        st.lists(st.one_of(st.sampled_from(TEXT_PIECES), folded_phrases), max_size=30),
    ),
)


@given(text=texts)
@FUZZ
def test_extract_takes_any_text(text):
    ev = extract(text)
    assert Evidence.from_json(ev.to_json()) == ev
    spans = [*ev.sentences, *ev.entities, *((d.char_start, d.char_end) for d in ev.dates),
             *((n.char_start, n.char_end) for n in ev.numbers)]
    assert all(0 <= s < e <= len(text) for s, e in spans)
