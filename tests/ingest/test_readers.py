from __future__ import annotations

import datetime as dt
import gzip
import json
import re
from pathlib import Path

import pytest

from heedful.errors import ConfigError, DuplicateIdError, InputError, ParseError
from heedful.ingest import read_documents
from heedful.types import Document


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def jsonl(path: Path, *records: object) -> Path:
    return write(path, "".join(json.dumps(r) + "\n" for r in records))


def parse_error(path: Path, line: int, reason: str) -> str:
    """A pytest.raises pattern matching the whole message of ParseError(path, line, reason)."""
    return f"^{re.escape(f'{path}:{line}: {reason}')}$"


# --- JSONL ---------------------------------------------------------------------------------


def test_jsonl_reads_beir_records_with_metadata(tmp_path):
    path = jsonl(
        tmp_path / "corpus.jsonl",
        {
            "_id": "d1",
            "title": "Game night",
            "text": "Oilers win.",
            "source": "cnn.com",
            "publish_date": "2024-05-01",
            "authors": ["A", "B"],
            "pages": 3,
            "score": 0.5,
            "live": True,
            "extra": {"k": 1},
            "note": None,
        },
        {"_id": 7, "text": "No title here."},
    )
    docs = list(read_documents(path))
    assert docs == [
        Document(
            "d1",
            "Oilers win.",
            title="Game night",
            metadata={
                "source": "cnn.com",
                "publish_date": dt.date(2024, 5, 1),
                "authors": ["A", "B"],
                "pages": 3,
                "score": 0.5,
                "live": True,
                "extra": '{"k": 1}',
                "note": None,
            },
        ),
        Document("7", "No title here.", title="", metadata={}),
    ]


def test_jsonl_accepts_id_when_there_is_no_underscore_id(tmp_path):
    path = jsonl(
        tmp_path / "c.jsonl", {"id": "d1", "text": "a"}, {"_id": "d2", "id": "x", "text": "b"}
    )
    docs = list(read_documents(path))
    assert [(d.id, dict(d.metadata)) for d in docs] == [("d1", {}), ("d2", {"id": "x"})]


def test_jsonl_skips_blank_lines_and_byte_order_marks(tmp_path):
    # a mark can start any line: files saved with one get concatenated
    path = tmp_path / "c.jsonl"
    path.write_bytes(
        b'\xef\xbb\xbf{"_id": "d1", "text": "a"}\n\n   \n\xef\xbb\xbf{"_id": "d2", "text": "b"}'
    )
    assert [d.id for d in read_documents(path)] == ["d1", "d2"]


def test_empty_jsonl_has_no_documents(tmp_path):
    assert list(read_documents(write(tmp_path / "c.jsonl", ""))) == []


def test_jsonl_gz_is_decompressed(tmp_path):
    path = tmp_path / "corpus.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as f:
        f.write('{"_id": "d1", "title": "T", "text": "caf\\u00e9"}\n{"_id": "d2", "text": "b"}\n')
    assert list(read_documents(path)) == [
        Document("d1", "caf\u00e9", title="T"),
        Document("d2", "b"),
    ]


def test_gzip_is_detected_from_content_when_format_is_given(tmp_path):
    path = tmp_path / "corpus.data"
    path.write_bytes(gzip.compress(b'{"_id": "d1", "text": "a"}\n'))
    assert [d.id for d in read_documents(path, format="jsonl")] == ["d1"]


def test_truncated_gzip_names_the_line_it_stopped_at(tmp_path):
    path = tmp_path / "corpus.jsonl.gz"
    data = gzip.compress(b"".join(b'{"_id": "d%d", "text": "x"}\n' % i for i in range(50)))
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(ParseError, match=re.escape(f"{path}:") + r"\d+: cannot read the file: "):
        list(read_documents(path))


def test_custom_field_names(tmp_path):
    path = jsonl(
        tmp_path / "c.jsonl", {"doc": "d1", "body": "text", "headline": "H", "text": "meta"}
    )
    docs = list(read_documents(path, id_field="doc", text_field="body", title_field="headline"))
    assert docs == [Document("d1", "text", title="H", metadata={"text": "meta"})]


def test_declared_fields_are_coerced(tmp_path):
    path = jsonl(
        tmp_path / "c.jsonl",
        {"_id": "d1", "text": "a", "year": "2020", "day": "2024-05-01", "tags": "x, y"},
    )
    (doc,) = read_documents(path, fields={"year": "integer", "day": "string", "tags": "list"})
    assert doc.metadata == {"year": 2020, "day": "2024-05-01", "tags": ["x", "y"]}


def test_strings_that_look_like_numbers_stay_strings(tmp_path):
    path = jsonl(tmp_path / "c.jsonl", {"_id": "d1", "text": "a", "zip": "02139", "year": "2020"})
    (doc,) = read_documents(path)
    assert doc.metadata == {"zip": "02139", "year": "2020"}


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ('{"_id": "d1" "text": "a"}', "invalid JSON: Expecting ',' delimiter at column 14"),
        ('{"_id": "d1", "text": "a"', "invalid JSON: Expecting ',' delimiter at column 26"),
        ('["d1", "a"]', "expected a JSON object, got array"),
        ('"d1"', "expected a JSON object, got string"),
        (
            '{"title": "T", "text": "a"}',
            ('missing "_id" (keys: "title", "text"); '
            "name the id key with id_field= (Python) or --id-field (command line)"),
        ),
        (
            '{"_id": "d1"}',
            ('missing "text" (keys: "_id"); '
            "name the text key with text_field= (Python) or --text-field (command line)"),
        ),
        ('{"_id": "", "text": "a"}', '"_id" is empty; every document needs a non-empty id'),
        ('{"_id": "  ", "text": "a"}', '"_id" is empty; every document needs a non-empty id'),
        ('{"_id": 1.5, "text": "a"}', '"_id" must be a string or an integer, got number 1.5'),
        ('{"_id": null, "text": "a"}', '"_id" must be a string or an integer, got null'),
        ('{"_id": true, "text": "a"}', '"_id" must be a string or an integer, got boolean true'),
        ('{"id": [1], "text": "a"}', '"id" must be a string or an integer, got array [1]'),
        ('{"_id": "d1", "text": 42}', '"text" must be a string, got number 42'),
        ('{"_id": "d1", "text": null}', '"text" must be a string, got null'),
        ('{"_id": "d1", "text": "a", "title": ["T"]}', '"title" must be a string, got array ["T"]'),
        (
            '{"_id": "d1", "text": "a", "year": "soon"}',
            (
                "field \"year\": cannot convert 'soon' to integer; expected a 64-bit whole number like 42, "
                'or declare the field "string"'
            ),
        ),
    ],
)
def test_jsonl_errors_name_the_file_and_line(tmp_path, line, reason):
    path = write(tmp_path / "corpus.jsonl", '{"_id": "d0", "text": "ok"}\n\n' + line + "\n")
    with pytest.raises(ParseError, match=parse_error(path, 3, reason)) as info:
        list(read_documents(path, fields={"year": "integer"}))
    assert (info.value.path, info.value.line, info.value.reason) == (str(path), 3, reason)


def test_jsonl_invalid_utf8(tmp_path):
    path = tmp_path / "corpus.jsonl"
    path.write_bytes(b'{"_id": "d1", "text": "a"}\n{"_id": "d2", "text": "caf\xe9"}\n')
    reason = "not valid UTF-8 (byte 0xe9); save the file as UTF-8"
    with pytest.raises(ParseError, match=parse_error(path, 2, reason)):
        list(read_documents(path))


def test_jsonl_duplicate_ids_name_both_lines(tmp_path):
    path = jsonl(
        tmp_path / "corpus.jsonl",
        {"_id": "d0", "text": "a"},
        {"_id": "d1", "text": "b"},
        {"_id": "d2", "text": "c"},
        {"_id": "d3", "text": "d"},
        {"_id": "d1", "text": "e"},
    )
    docs = read_documents(path)
    assert [next(docs).id for _ in range(4)] == ["d0", "d1", "d2", "d3"]
    message = f"duplicate document id(s) in {path} (lines 2 and 5): 'd1'"
    with pytest.raises(DuplicateIdError, match=f"^{re.escape(message)}$") as info:
        next(docs)
    assert info.value.ids == ["d1"]


def test_integer_and_string_ids_collide(tmp_path):
    path = jsonl(tmp_path / "c.jsonl", {"_id": 7, "text": "a"}, {"_id": "7", "text": "b"})
    with pytest.raises(DuplicateIdError, match=re.escape("(lines 1 and 2): '7'")):
        list(read_documents(path))


# --- paths and formats -------------------------------------------------------------------


def test_missing_path_is_an_input_error_raised_at_once(tmp_path):
    path = tmp_path / "nope.jsonl"
    with pytest.raises(InputError, match=f"^{re.escape(f'no such file or folder: {path}')}$"):
        read_documents(path)


@pytest.mark.parametrize(
    ("name", "ext"), [("corpus.xml", ".xml"), ("corpus.tar.gz", ".tar.gz"), ("corpus", "(none)")]
)
def test_unknown_extension_names_it_and_the_supported_ones(tmp_path, name, ext):
    path = write(tmp_path / name, "")
    message = (
        f"cannot tell the format of {path} from its extension {ext}; supported: .jsonl, "
        ".jsonl.gz, .json, .csv, .parquet or a folder of .txt/.md files "
        "(or rename the file, or from Python pass format= one of jsonl, json, csv, parquet, folder)"
    )
    with pytest.raises(ConfigError, match=f"^{re.escape(message)}$"):
        read_documents(path)


def test_format_overrides_the_extension(tmp_path):
    path = write(tmp_path / "corpus.txt", '{"_id": "d1", "text": "a"}\n')
    assert [d.id for d in read_documents(path, format="jsonl")] == ["d1"]


def test_unknown_format_and_format_that_does_not_fit(tmp_path):
    path = write(tmp_path / "corpus.txt", "")
    message = "unknown format 'xml'; use one of jsonl, json, csv, parquet, folder"
    with pytest.raises(ConfigError, match=f"^{re.escape(message)}$"):
        read_documents(path, format="xml")  # type: ignore[arg-type]
    message = f"format='folder' does not fit {path}, which is a file; pass a file format"
    with pytest.raises(ConfigError, match=f"^{re.escape(message)}$"):
        read_documents(path, format="folder")
    message = f"format='jsonl' does not fit {tmp_path}, which is a folder; pass format='folder'"
    with pytest.raises(ConfigError, match=f"^{re.escape(message)}$"):
        read_documents(tmp_path, format="jsonl")


def test_unknown_declared_type_is_a_config_error(tmp_path):
    path = jsonl(tmp_path / "c.jsonl", {"_id": "d1", "text": "a"})
    with pytest.raises(ConfigError, match=re.escape("unknown type 'when' for field \"day\"")):
        read_documents(path, fields={"day": "when"})  # type: ignore[dict-item]


# --- JSON ----------------------------------------------------------------------------------


def test_json_array_of_objects(tmp_path):
    path = write(
        tmp_path / "corpus.json",
        '[\n  {"_id": "d1", "title": "T", "text": "a", "day": "2024-05-01"},\n'
        '  {"id": 2, "text": "b"}\n]\n',
    )
    assert list(read_documents(path)) == [
        Document("d1", "a", title="T", metadata={"day": dt.date(2024, 5, 1)}),
        Document("2", "b"),
    ]
    assert list(read_documents(write(tmp_path / "empty.json", " [ ] "))) == []


@pytest.mark.parametrize("text", ["", "  \n", "\ufeff"])
def test_empty_json_has_no_documents_like_empty_jsonl(tmp_path, text):
    for name in ("empty.json", "empty.jsonl"):
        assert list(read_documents(write(tmp_path / name, text))) == []


@pytest.mark.parametrize(
    ("text", "line", "reason"),
    [
        (
            '[\n  {"_id": "d1", "text": "a"},\n  {"_id": "d2", "text": "b"}\n  {"_id": "d3"}\n]',
            4,
            "invalid JSON: Expecting ',' delimiter at column 3",
        ),
        ('[\n  {"_id": "d1", "text": "a"},\n]', 3, "invalid JSON: Expecting value at column 1"),
        (
            '[\n  {"_id": "d1", "text": "a"},\n  {"text": "b"}\n]',
            3,
            ('missing "_id" (keys: "text"); '
            "name the id key with id_field= (Python) or --id-field (command line)"),
        ),
        ('[{"_id": "d1", "text": "a"}', 1, "invalid JSON: Expecting ']' at column 28"),
        ('[{"_id": "d1", "text": "a"}]\nx', 2, "invalid JSON: Extra data at column 1"),
        ('\n{"_id": "d1", "text": "a"}', 2, "expected a JSON array of objects, got object"),
        ("[1]", 1, "expected a JSON object, got number"),
    ],
)
def test_json_errors_name_the_line(tmp_path, text, line, reason):
    path = write(tmp_path / "corpus.json", text)
    with pytest.raises(ParseError, match=parse_error(path, line, reason)):
        list(read_documents(path))


def test_json_duplicate_ids_name_both_lines(tmp_path):
    path = write(
        tmp_path / "corpus.json",
        '[{"_id": "d1", "text": "a"},\n {"_id": "d2", "text": "b"},\n\n {"_id": "d1", "text": "c"}]',
    )
    message = f"duplicate document id(s) in {path} (lines 1 and 4): 'd1'"
    with pytest.raises(DuplicateIdError, match=f"^{re.escape(message)}$"):
        list(read_documents(path))


# --- CSV -----------------------------------------------------------------------------------


def test_csv_infers_one_type_per_column(tmp_path):
    path = write(
        tmp_path / "corpus.csv",
        "_id,title,text,year,score,day,flag,zip,mixed,empty\n"
        "d1,T1,first,2020,1,2024-05-01,true,02139,1,\n"
        "d2,,second,,2.5,2024-05-02T10:00,FALSE,10001,2024-05-01,\n"
        "3,T3,third,2022,-3e2,,false,,x,\n",
    )
    assert [(d.id, d.title, d.text, dict(d.metadata)) for d in read_documents(path)] == [
        (
            "d1",
            "T1",
            "first",
            {
                "year": 2020,
                "score": 1.0,
                "day": dt.date(2024, 5, 1),
                "flag": True,
                "zip": "02139",
                "mixed": "1",
                "empty": None,
            },
        ),
        (
            "d2",
            "",
            "second",
            {
                "year": None,
                "score": 2.5,
                "day": dt.date(2024, 5, 2),
                "flag": False,
                "zip": "10001",
                "mixed": "2024-05-01",
                "empty": None,
            },
        ),
        (
            "3",
            "T3",
            "third",
            {
                "year": 2022,
                "score": -300.0,
                "day": None,
                "flag": False,
                "zip": None,
                "mixed": "x",
                "empty": None,
            },
        ),
    ]


def test_csv_declared_types_override_inference(tmp_path):
    path = write(tmp_path / "c.csv", 'id,text,year,tags\nd1,a,2020,"x, y"\n')
    (doc,) = read_documents(path, fields={"year": "string", "tags": "list"})
    assert doc.metadata == {"year": "2020", "tags": ["x", "y"]}


def test_csv_quoted_newlines_keep_line_numbers(tmp_path):
    path = write(
        tmp_path / "corpus.csv",
        '_id,text\nd1,"two\nlines"\n\nd2,b\nd1,"again"\n',
    )
    message = f"duplicate document id(s) in {path} (lines 2 and 6): 'd1'"
    with pytest.raises(DuplicateIdError, match=f"^{re.escape(message)}$"):
        list(read_documents(path))
    assert [
        d.text for d in read_documents(write(tmp_path / "ok.csv", '_id,text\nd1,"two\nlines"\n'))
    ] == ["two\nlines"]


def test_csv_without_title_column_and_empty_file(tmp_path):
    assert list(read_documents(write(tmp_path / "c.csv", "_id,text\nd1,a\n"))) == [
        Document("d1", "a")
    ]
    assert list(read_documents(write(tmp_path / "empty.csv", ""))) == []
    assert list(read_documents(write(tmp_path / "header.csv", "_id,text\n"))) == []


@pytest.mark.parametrize(
    ("text", "line", "reason"),
    [
        ("_id,text\nd1,a\nd2,b,c\n", 3, "expected 2 fields like the header, got 3"),
        ("_id,text\nd1,a\nd2\n", 3, "expected 2 fields like the header, got 1"),
        ("_id,text\nd1,a\n ,b\n", 3, '"_id" is empty; every document needs a non-empty id'),
        (
            "_id,text,day\nd1,a,2024-01-01\nd2,b,soon\n",
            3,
            (
                "field \"day\": cannot convert 'soon' to date; expected an ISO date like 2023-01-31, "
                'or declare the field "string"'
            ),
        ),
        (
            "key,text\nd1,a\n",
            1,
            (
                'missing "_id" column (header: "key", "text"); '
                "name the id column with id_field= (Python) or --id-field (command line)"
            ),
        ),
        (
            "_id,body\nd1,a\n",
            1,
            (
                'missing "text" column (header: "_id", "body"); '
                "name the text column with text_field= (Python) or --text-field (command line)"
            ),
        ),
        ("_id,text,x,x\nd1,a,1,2\n", 1, 'column "x" appears twice in the header'),
        # read leniently, a quote never closed swallowed every later row into one text
        (
            '_id,text\nd1,a\nd2,"never closed\nd3,c\n',
            3,
            "invalid CSV: a quoted field in the row starting here is never closed",
        ),
        ('_id,text\nd1,"a"b\n', 2, "invalid CSV: ',' expected after '\"'"),
    ],
)
def test_csv_errors_name_the_line(tmp_path, text, line, reason):
    path = write(tmp_path / "corpus.csv", text)
    with pytest.raises(ParseError, match=parse_error(path, line, reason)):
        list(read_documents(path, fields={"day": "date"}))


def test_csv_gz(tmp_path):
    path = tmp_path / "corpus.csv.gz"
    path.write_bytes(gzip.compress(b"_id,text,n\nd1,a,1\n"))
    assert list(read_documents(path)) == [Document("d1", "a", metadata={"n": 1})]


# --- Parquet -------------------------------------------------------------------------------


def test_parquet_reads_typed_columns(tmp_path):
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    path = tmp_path / "corpus.parquet"
    table = pa.table(
        {
            "_id": pa.array([1, 2], pa.int64()),
            "title": ["T1", None],
            "text": ["a", "b"],
            "day": pa.array([dt.date(2024, 5, 1), None], pa.date32()),
            "at": pa.array(
                [dt.datetime(2024, 5, 1, 8), dt.datetime(2024, 5, 2, 9)], pa.timestamp("s")
            ),
            "tags": [["x"], []],
            "when": ["2024-05-03", "later"],
        }
    )
    pq.write_table(table, path)
    assert list(read_documents(path)) == [
        Document(
            "1",
            "a",
            title="T1",
            metadata={
                "day": dt.date(2024, 5, 1),
                "at": dt.date(2024, 5, 1),
                "tags": ["x"],
                "when": dt.date(2024, 5, 3),
            },
        ),
        Document(
            "2",
            "b",
            title="",
            metadata={"day": None, "at": dt.date(2024, 5, 2), "tags": [], "when": "later"},
        ),
    ]


def test_parquet_errors_name_the_row(tmp_path):
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    path = tmp_path / "corpus.parquet"
    pq.write_table(pa.table({"_id": ["d1", "", "d1"], "text": ["a", "b", "c"]}), path)
    reason = '"_id" is empty; every document needs a non-empty id'
    with pytest.raises(ParseError, match=parse_error(path, 2, reason)):
        list(read_documents(path))
    pq.write_table(pa.table({"_id": ["d1", "d2", "d1"], "text": ["a", "b", "c"]}), path)
    message = f"duplicate document id(s) in {path} (rows 1 and 3): 'd1'"
    with pytest.raises(DuplicateIdError, match=f"^{re.escape(message)}$"):
        list(read_documents(path))


def test_parquet_missing_columns(tmp_path):
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    path = tmp_path / "corpus.parquet"
    pq.write_table(pa.table({"key": ["d1"], "text": ["a"]}), path)
    message = (
        f'{path} has no "_id" column (columns: "key", "text"); '
        "name the id column with id_field= (Python) or --id-field (command line)"
    )
    with pytest.raises(InputError, match=f"^{re.escape(message)}$"):
        read_documents(path)
    pq.write_table(pa.table({"id": ["d1"], "body": ["a"]}), path)
    message = (
        f'{path} has no "text" column (columns: "id", "body"); '
        "name the text column with text_field= (Python) or --text-field (command line)"
    )
    with pytest.raises(InputError, match=f"^{re.escape(message)}$"):
        read_documents(path)


def test_a_file_that_is_not_parquet(tmp_path):
    path = write(tmp_path / "corpus.parquet", "not parquet")
    with pytest.raises(InputError, match=f"^{re.escape(f'cannot read {path} as Parquet: ')}"):
        read_documents(path)


# --- folders -------------------------------------------------------------------------------


def test_folder_of_text_and_markdown_files(tmp_path):
    root = tmp_path / "docs"
    write(root / "b.txt", "Plain text.\n")
    write(root / "a.md", "---\ndraft: no\n---\n# Getting started #\n\nBody.\n## Later\n")
    write(root / "guide" / "setup.MD", "No heading here.\n## Sub only\n")
    write(root / "guide" / "notes.v2.txt", "#not a heading\n# Real heading\n")
    write(root / "data.csv", "_id,text\n")
    write(root / ".git" / "HEAD.md", "# hidden\n")
    write(root / ".hidden.txt", "hidden\n")
    docs = list(read_documents(root))
    assert [(d.id, d.title, dict(d.metadata)) for d in docs] == [
        ("a", "Getting started", {"path": "a.md"}),
        ("b", "b", {"path": "b.txt"}),
        ("guide/notes.v2", "Real heading", {"path": "guide/notes.v2.txt"}),
        ("guide/setup", "setup", {"path": "guide/setup.MD"}),
    ]
    assert docs[1].text == "Plain text.\n"


def test_empty_folder_has_no_documents(tmp_path):
    assert list(read_documents(tmp_path)) == []


def test_folder_duplicate_ids_name_both_files(tmp_path):
    write(tmp_path / "a.md", "# A\n")
    write(tmp_path / "a.txt", "A\n")
    message = f"duplicate document id(s) in folder {tmp_path} (files a.md and a.txt): 'a'"
    with pytest.raises(DuplicateIdError, match=f"^{re.escape(message)}$"):
        list(read_documents(tmp_path))


def test_folder_file_that_is_not_utf8(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"line one\ncaf\xe9\n")
    reason = "not valid UTF-8 (byte 0xe9); save the file as UTF-8"
    with pytest.raises(ParseError, match=parse_error(path, 2, reason)):
        list(read_documents(tmp_path))


# --- any bytes: documents or an error naming the file and the line --------------------------


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("9" * 5000, "invalid JSON: a number has too many digits to read (more than 4300)"),
        ("NaN", "invalid JSON: NaN is not a JSON number; write a finite number, or null"),
        ("-Infinity", "invalid JSON: -Infinity is not a JSON number; write a finite number, or null"),
        ("[" * 100_000 + "]" * 100_000, "invalid JSON: arrays or objects nested too deeply to read"),
        (
            "1e999",
            ('field "n": cannot convert inf to number; expected a finite number like 3.5, '
            'or declare the field "string"'),
        ),
        (
            str(2**64),
            (f'field "n": cannot convert {2**64} to integer; expected a 64-bit whole number like 42, '
            'or declare the field "string"'),
        ),
        (
            '"\\ud800"',
            ('"n" holds the escape \\ud800, a lone surrogate that is not Unicode text; '
            "fix or remove that escape"),
        ),
        (
            '{"k": ["\\udfff"]}',
            ('"n" holds the escape \\udfff, a lone surrogate that is not Unicode text; '
            "fix or remove that escape"),
        ),
    ],
)
def test_json_values_the_store_cannot_hold_name_the_line(tmp_path, value, reason):
    # Python's json reads all of these; each used to fail later, or with a traceback.
    record = '{"_id": "d2", "text": "a", "n": ' + value + "}"
    path = write(tmp_path / "corpus.jsonl", '{"_id": "d1", "text": "a"}\n' + record + "\n")
    with pytest.raises(ParseError, match=parse_error(path, 2, reason)):
        list(read_documents(path))
    path = write(tmp_path / "corpus.json", '[{"_id": "d1", "text": "a"},\n' + record + "]")
    with pytest.raises(ParseError, match=parse_error(path, 2, reason)):
        list(read_documents(path))


def test_numbers_out_of_range_can_be_declared_as_text(tmp_path):
    path = write(tmp_path / "c.jsonl", f'{{"_id": "d1", "text": "a", "n": {2**64}, "x": 1e999}}\n')
    (doc,) = read_documents(path, fields={"n": "string", "x": "string"})
    assert doc.metadata == {"n": str(2**64), "x": "inf"}


def test_lone_surrogate_in_a_key_is_shown_escaped(tmp_path):
    path = write(tmp_path / "c.jsonl", '{"_id": "d1", "text": "a", "\\udc80k": 1}\n')
    reason = '"\\udc80k" holds the escape \\udc80, a lone surrogate that is not Unicode text; ' \
        "fix or remove that escape"
    with pytest.raises(ParseError, match=parse_error(path, 1, reason)):
        list(read_documents(path))


def test_surrogate_pairs_are_text(tmp_path):
    path = write(tmp_path / "c.jsonl", '{"_id": "d1", "text": "smile \\ud83d\\ude00"}\n')
    assert [d.text for d in read_documents(path)] == ["smile \U0001f600"]


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (
            '{"_id": "d1", "text": "a"}'.encode("utf-16-le"),
            ("invalid JSON: Expecting property name enclosed in double quotes at column 2; "
            "the text has NUL bytes (is it UTF-16? save it as UTF-8)"),
        ),
        (b'{"_id": "d1", "text": "\xed\xa0\x80"}', "not valid UTF-8 (byte 0xed); save the file as UTF-8"),
    ],
)
def test_jsonl_encodings_that_are_not_utf8_name_the_line(tmp_path, data, reason):
    # CESU-8 (surrogates written as UTF-8 bytes) is not UTF-8 either
    path = tmp_path / "corpus.jsonl"
    path.write_bytes(b'{"_id": "d0", "text": "a"}\n' + data + b"\n")
    with pytest.raises(ParseError, match=parse_error(path, 2, reason)):
        list(read_documents(path))


@pytest.mark.parametrize("name", ["corpus.jsonl", "corpus.json", "corpus.csv"])
def test_damaged_gzip_is_a_parse_error(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(b"\x1f\x8b" + b"\x08\x00" + bytes(range(256)) * 4)
    with pytest.raises(ParseError, match=re.escape(f"{path}:1: cannot read the file: ")):
        list(read_documents(path))


def test_csv_bad_utf8_names_its_own_line(tmp_path):
    # the text layer decodes ahead in blocks: the line must come from the byte, not the block
    path = tmp_path / "corpus.csv"
    path.write_bytes(b"_id,text\n" + b"".join(b"d%d,ok\n" % i for i in range(2000)) + b"x,caf\xe9\n")
    reason = "not valid UTF-8 (byte 0xe9); save the file as UTF-8"
    with pytest.raises(ParseError, match=parse_error(path, 2002, reason)):
        list(read_documents(path))


def test_csv_numbers_too_large_to_store_stay_strings(tmp_path):
    path = write(tmp_path / "c.csv", f"_id,text,n,x,big\nd1,a,1,1.5,{'9' * 5000}\nd2,b,{2**64},1e999,1\n")
    docs = list(read_documents(path))
    assert [dict(d.metadata) for d in docs] == [
        {"n": "1", "x": "1.5", "big": "9" * 5000},
        {"n": str(2**64), "x": "1e999", "big": "1"},
    ]


def test_parquet_with_damaged_pages_names_the_row(tmp_path):
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    path = tmp_path / "corpus.parquet"
    pq.write_table(pa.table({"_id": ["d1", "d2"], "text": ["some text " * 20] * 2}), path)
    data = bytearray(path.read_bytes())
    data[8:48] = b"\xff" * 40  # the first data page; the footer stays readable
    path.write_bytes(bytes(data))
    with pytest.raises(ParseError, match=re.escape(f"{path}:1: cannot read the file: ")):
        list(read_documents(path))
