"""Read documents from JSONL, JSON, CSV, Parquet files and folders of text files.

Every reader streams :class:`~heedful.types.Document` records and checks as it goes: a bad
line raises :class:`~heedful.errors.ParseError` naming the file and the 1-based line (the
row for Parquet), and an id seen twice raises :class:`~heedful.errors.DuplicateIdError`
naming both places.

>>> import pathlib, tempfile
>>> path = pathlib.Path(tempfile.mkdtemp()) / "corpus.jsonl"
>>> _ = path.write_text('{"_id": "d1", "title": "Game night", "text": "Oilers win.", '
...                     '"publish_date": "2024-05-01"}\\n')
>>> list(read_documents(path))
[Document(id='d1', title='Game night', text='Oilers win.', metadata={'publish_date': datetime.date(2024, 5, 1)})]
"""

from __future__ import annotations

import codecs
import json
import logging
import os
import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, Literal, get_args

from heedful._optional import require
from heedful.errors import ConfigError, InputError, ParseError
from heedful.ingest.csv_reader import read_csv
from heedful.ingest.fields import FieldType, validate_declared
from heedful.ingest.records import (
    READ_ERRORS,
    Ids,
    Spec,
    document,
    json_kind,
    name_hint,
    names,
    open_binary,
    printable,
    utf8_reason,
)
from heedful.types import Document

__all__ = ["FORMATS", "Format", "done_ids", "read_documents", "read_query_lines"]

logger = logging.getLogger(__name__)

Format = Literal["jsonl", "json", "csv", "parquet", "folder"]
FORMATS: tuple[Format, ...] = get_args(Format)

# Longest first: ".jsonl.gz" must win over ".gz".
_EXTENSIONS: dict[str, Format] = {
    ".jsonl.gz": "jsonl",
    ".json.gz": "json",
    ".csv.gz": "csv",
    ".jsonl": "jsonl",
    ".json": "json",
    ".csv": "csv",
    ".parquet": "parquet",
}
_SUPPORTED = (
    ".jsonl, .jsonl.gz, .json, .csv, .parquet or a folder of .txt/.md files "
    f"(or rename the file, or from Python pass format= one of {', '.join(FORMATS)})"
)
_TEXT_SUFFIXES = (".txt", ".md")

_JSON_WS = re.compile(r"[ \t\n\r]*")
_HEADING = re.compile(r"^#[ \t]+(\S.*?)[ \t#]*$", re.MULTILINE)
# JSON escapes can spell lone surrogates ("\\ud800"): str holds them, UTF-8 cannot, and
# every later step that encodes the text (chunking, the store) would fail on them.
_SURROGATE = re.compile("[\ud800-\udfff]")


def read_documents(
    source: str | os.PathLike[str],
    *,
    format: Format | None = None,
    id_field: str = "_id",
    text_field: str = "text",
    title_field: str = "title",
    fields: Mapping[str, FieldType] | None = None,
) -> Iterator[Document]:
    """Stream the documents of a file or folder.

    The format comes from the extension unless ``format`` is given:

    - ``.jsonl`` / ``.jsonl.gz``: one object per line, BEIR style (``_id``, ``title``, ``text``;
      ``id`` is accepted when there is no ``_id``). Every other key is metadata.
    - ``.json``: an array of such objects.
    - ``.csv``: a header row naming the same columns. Empty cells are null; each metadata
      column gets one type from its cells (integer, number, ISO date, true/false, else string).
    - ``.parquet``: the same columns, read in batches.
    - a folder: every ``.txt`` and ``.md`` file below it, sorted, hidden ones skipped. The id
      is the relative path without its extension (``notes/intro``), the title the first
      ``# heading`` or else the file name, and ``metadata["path"]`` the relative path.

    Gzip is detected from the file's first bytes. Metadata strings that are ISO dates become
    ``datetime.date``, lists become lists of strings, nested objects become JSON text. Values
    of ``fields`` (declared types, e.g. ``{"year": "integer"}``) are converted to that type.

    Args:
        source: a file or folder.
        format: override the extension.
        id_field, text_field, title_field: the keys (or columns) holding id, text and title.
            The title is optional; id and text are required.
        fields: declared metadata types, which win over inference.

    Raises:
        InputError: ``source`` does not exist, or a Parquet file lacks a required column.
        ConfigError: unknown extension, format or field type.
        ParseError: a malformed line or row (``corpus.jsonl:3: missing "_id" ...``).
        DuplicateIdError: an id appears twice (``... in corpus.jsonl (lines 2 and 5): 'd1'``).

    Example:
        >>> docs = read_documents("corpus.csv", fields={"year": "integer"})  # doctest: +SKIP
        >>> next(docs)  # doctest: +SKIP
        Document(id='d1', title='Game night', text='Oilers win.', metadata={'year': 2024})
    """
    path = Path(source)
    if not path.exists():
        raise InputError(f"no such file or folder: {path}")
    fmt = _format_of(path, format)
    spec = Spec(id_field, text_field, title_field, validate_declared(fields))
    logger.debug("reading %s as %s", path, fmt)
    readers = {
        "jsonl": _read_jsonl,
        "json": _read_json,
        "csv": read_csv,
        "parquet": _read_parquet,
        "folder": _read_folder,
    }
    return readers[fmt](path, spec)


def read_query_lines(path: str, *, kind: tuple[str, str] = ("query", "queries"),
                     text_key: str = "text", strict: bool = False) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, object) for each non-blank line of a JSONL file of ``{"_id", "text", ...}``
    objects: the queries of ``heedful search --queries``, the questions of ``heedful ask`` (or, with
    ``text_key="question"``, of ``heedful query``); ``kind`` names one line and the file in messages.
    ``strict``: the text must be a string and no ``_id`` may come twice.

    Raises:
        InputError: the file does not exist or is not UTF-8 text.
        ParseError: a line is not JSON, or not an object with ``_id`` and ``text_key``, or (strict) its
            text is not a string or its ``_id`` came before (file and line named).
    """
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise InputError(f"{kind[1]} file {path} does not exist") from None
    except UnicodeDecodeError as exc:
        raise InputError(f"{kind[1]} file {path} is not UTF-8 text (byte {exc.start})") from None
    seen: set[str] = set()
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ParseError(path, n, f"invalid JSON: {exc.msg}") from None
        if not isinstance(obj, dict) or "_id" not in obj or text_key not in obj:
            raise ParseError(path, n, f'a {kind[0]} line needs "_id" and "{text_key}"')
        if strict:
            if not isinstance(obj[text_key], str):
                raise ParseError(path, n, f'"{text_key}" must be a string')
            qid = str(obj["_id"])
            if qid in seen:
                raise ParseError(path, n, f"_id {qid!r} appears twice")
            seen.add(qid)
        yield n, obj


def done_ids(path: Path, *, command: str) -> set[str]:
    """The ``_id`` s a resumable batch (``heedful ask``, ``heedful query``) already wrote to ``path``.
    A last line cut short (a run killed while writing) is removed.

    Raises:
        ParseError: a line before the last is not an output line of ``command``.
    """
    if not path.exists():
        return set()
    raw = path.read_text(encoding="utf-8")
    lines = raw.split("\n")
    done: set[str] = set()
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            done.add(str(json.loads(line)["_id"]))
        except (json.JSONDecodeError, KeyError, TypeError):
            if n == len(lines):  # the unfinished last line of an interrupted run
                path.write_text(raw[: len(raw) - len(line)], encoding="utf-8")
                continue
            raise ParseError(str(path), n, f"not an output line of {command}; use another --out file") from None
    return done


def _format_of(path: Path, format: str | None) -> Format:
    if format is not None:
        if format not in FORMATS:
            raise ConfigError(f"unknown format {format!r}; use one of {', '.join(FORMATS)}")
        if (format == "folder") != path.is_dir():
            what = "a folder" if path.is_dir() else "a file"
            raise ConfigError(
                f"format={format!r} does not fit {path}, which is {what}; "
                + ("pass format='folder'" if path.is_dir() else "pass a file format")
            )
        return format
    if path.is_dir():
        return "folder"
    name = path.name.lower()
    for ext, fmt in _EXTENSIONS.items():
        if name.endswith(ext):
            return fmt
    suffixes = path.suffixes[-2:] if path.suffix.lower() == ".gz" else path.suffixes[-1:]
    ext = "".join(suffixes) or "(none)"
    raise ConfigError(
        f"cannot tell the format of {path} from its extension {ext}; supported: {_SUPPORTED}"
    )


# --- JSON records (jsonl, json, parquet) ------------------------------------------------


def _read_jsonl(path: Path, spec: Spec) -> Iterator[Document]:
    name = str(path)
    ids = Ids(name, "lines")
    lineno = 0
    with open_binary(path) as f:
        try:
            for lineno, raw in enumerate(f, 1):
                raw = raw.removeprefix(codecs.BOM_UTF8)
                if not raw.strip():
                    continue
                try:
                    line = raw.decode("utf-8").rstrip("\r\n")
                except UnicodeDecodeError as exc:
                    raise ParseError(name, lineno, utf8_reason(exc)) from None
                try:
                    record = json.loads(line, parse_constant=_not_a_number)
                except (ValueError, RecursionError) as exc:
                    raise ParseError(name, lineno, _json_reason(exc)) from None
                if "\\u" in line:
                    _check_unicode(record, name, lineno)
                doc = document(record, spec, name, lineno)
                ids.add(doc.id, lineno)
                yield doc
        except READ_ERRORS as exc:
            raise ParseError(name, lineno + 1, f"cannot read the file: {exc}") from exc


def _read_json(path: Path, spec: Spec) -> Iterator[Document]:
    name = str(path)
    data = _read_all(path, name)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ParseError(name, data.count(b"\n", 0, exc.start) + 1, utf8_reason(exc)) from None
    lines = _LineCounter(text)
    decoder = json.JSONDecoder(parse_constant=_not_a_number)
    escapes = "\\u" in text

    def value_at(pos: int) -> tuple[Any, int]:
        try:
            return decoder.raw_decode(text, pos)
        except (ValueError, RecursionError) as exc:
            line = exc.lineno if isinstance(exc, json.JSONDecodeError) else lines.at(pos)
            raise ParseError(name, line, _json_reason(exc)) from None

    pos = _JSON_WS.match(text).end()  # type: ignore[union-attr]
    if pos == len(text):
        return  # no documents, like an empty .jsonl or .csv file
    if text[pos] != "[":
        value, _ = value_at(pos)
        got = json_kind(value)
        raise ParseError(name, lines.at(pos), f"expected a JSON array of objects, got {got}")
    ids = Ids(name, "lines")
    pos = _JSON_WS.match(text, pos + 1).end()  # type: ignore[union-attr]
    closed = pos < len(text) and text[pos] == "]"
    if closed:
        pos += 1
    while not closed:
        line = lines.at(pos)
        record, pos = value_at(pos)
        if escapes:
            _check_unicode(record, name, line)
        doc = document(record, spec, name, line)
        ids.add(doc.id, line)
        yield doc
        pos = _JSON_WS.match(text, pos).end()  # type: ignore[union-attr]
        if pos < len(text) and text[pos] == ",":
            pos = _JSON_WS.match(text, pos + 1).end()  # type: ignore[union-attr]
        elif pos < len(text) and text[pos] == "]":
            pos, closed = pos + 1, True
        else:
            reason = "Expecting ',' delimiter" if pos < len(text) else "Expecting ']'"
            raise ParseError(
                name, lines.at(pos), f"invalid JSON: {reason} at column {lines.column(pos)}"
            )
    pos = _JSON_WS.match(text, pos).end()  # type: ignore[union-attr]
    if pos < len(text):
        raise ParseError(
            name, lines.at(pos), f"invalid JSON: Extra data at column {lines.column(pos)}"
        )


def _read_all(path: Path, name: str) -> bytes:
    """The bytes of a (possibly gzipped) file; a damaged one names the line reading stopped at."""
    data = bytearray()
    with open_binary(path) as f:
        try:
            while chunk := f.read(1 << 20):
                data += chunk
        except READ_ERRORS as exc:
            raise ParseError(name, data.count(b"\n") + 1, f"cannot read the file: {exc}") from exc
    return bytes(data)


class _NotANumber(ValueError):
    """NaN, Infinity or -Infinity: Python's json reads them, JSON does not allow them."""


def _not_a_number(literal: str) -> Any:
    raise _NotANumber(literal)


def _json_reason(exc: ValueError | RecursionError) -> str:
    """Why ``json`` could not read a value, in words a user can act on."""
    if isinstance(exc, json.JSONDecodeError):
        reason = f"invalid JSON: {exc.msg} at column {exc.colno}"
        if "\x00" in exc.doc:
            reason += "; the text has NUL bytes (is it UTF-16? save it as UTF-8)"
        return reason
    if isinstance(exc, _NotANumber):
        return f"invalid JSON: {exc} is not a JSON number; write a finite number, or null"
    if isinstance(exc, RecursionError):
        return "invalid JSON: arrays or objects nested too deeply to read"
    # int() refuses more than 4,300 digits (sys.int_info.str_digits_check_threshold)
    return "invalid JSON: a number has too many digits to read (more than 4300)"


def _check_unicode(record: Any, name: str, line: int) -> None:
    """Refuse keys and strings with lone surrogates, which only JSON escapes can spell."""
    if not isinstance(record, dict):
        return
    for key, value in record.items():
        stack = [key, value]  # a loop, not recursion: values may nest deeply
        while stack:
            item = stack.pop()
            if isinstance(item, str):
                m = None if item.isascii() else _SURROGATE.search(item)
                if m:
                    raise ParseError(
                        name,
                        line,
                        f'"{printable(key)}" holds the escape \\u{ord(m.group()):04x}, a lone '
                        "surrogate that is not Unicode text; fix or remove that escape",
                    )
            elif isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                stack.extend(item)
                stack.extend(item.values())


class _LineCounter:
    """1-based line and column of increasing offsets, counting each newline once."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0
        self.line = 1

    def at(self, pos: int) -> int:
        if pos < self.pos:  # only error paths go back; count afresh
            return self.text.count("\n", 0, pos) + 1
        self.line += self.text.count("\n", self.pos, pos)
        self.pos = pos
        return self.line

    def column(self, pos: int) -> int:
        return pos - (self.text.rfind("\n", 0, pos) + 1) + 1


def _read_parquet(path: Path, spec: Spec) -> Iterator[Document]:
    pq = require("pyarrow.parquet", purpose="reading .parquet files")
    name = str(path)
    try:
        pf = pq.ParquetFile(path)
    except Exception as exc:  # pyarrow raises several types for a file it cannot read
        raise InputError(f"cannot read {path} as Parquet: {exc}") from exc
    columns = list(pf.schema_arrow.names)
    id_key = spec.id_key(columns)
    if id_key is None:
        raise InputError(
            f'{path} has no "{spec.id_field}" column ({names(columns, "columns")}); '
            + name_hint("id", "column")
        )
    if spec.text_field not in columns:
        raise InputError(
            f'{path} has no "{spec.text_field}" column ({names(columns, "columns")}); '
            + name_hint("text", "column")
        )
    return _parquet_rows(pf, spec, name)


def _parquet_rows(pf: Any, spec: Spec, name: str) -> Iterator[Document]:
    ids = Ids(name, "rows")
    row = 0
    batches = pf.iter_batches(batch_size=1024)
    while True:
        try:
            batch = next(batches, None)
            records = None if batch is None else batch.to_pylist()
        except Exception as exc:  # pyarrow raises several types for damaged pages
            reason = " ".join(str(exc).split())  # pyarrow's messages span lines
            raise ParseError(name, row + 1, f"cannot read the file: {reason}") from exc
        if records is None:
            return
        for record in records:
            row += 1
            doc = document(record, spec, name, row)
            ids.add(doc.id, row)
            yield doc


# --- folders of text files --------------------------------------------------------------------


def _read_folder(path: Path, spec: Spec) -> Iterator[Document]:
    files = []
    for file in path.rglob("*"):
        rel = file.relative_to(path)
        if any(part.startswith(".") for part in rel.parts):
            continue
        if file.suffix.lower() in _TEXT_SUFFIXES and file.is_file():
            files.append((rel.as_posix(), file))
        elif file.is_file():
            logger.debug("skipping %s: not a .txt or .md file", file)
    files.sort()
    return _folder_documents(path, files)


def _folder_documents(path: Path, files: list[tuple[str, Path]]) -> Iterator[Document]:
    ids = Ids(f"folder {path}", "files")
    for rel, file in files:
        try:
            data = file.read_bytes()
        except OSError as exc:
            raise InputError(f"cannot read {file}: {exc.strerror or exc}") from exc
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            line = data.count(b"\n", 0, exc.start) + 1
            raise ParseError(str(file), line, utf8_reason(exc)) from None
        heading = _HEADING.search(text)
        title = heading.group(1) if heading else file.stem
        doc_id = rel[: -len(file.suffix)]
        ids.add(doc_id, rel)
        yield Document(doc_id, text, title=title, metadata={"path": rel})
