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
import csv
import datetime as dt
import gzip
import io
import json
import logging
import os
import re
import zlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Literal, Self, get_args

from heedful._optional import require
from heedful.errors import ConfigError, DuplicateIdError, InputError, ParseError
from heedful.ingest.fields import (
    FieldType,
    coerce,
    infer_text_type,
    infer_type,
    merge_types,
    parse_date,
    validate_declared,
)
from heedful.types import Document

__all__ = ["FORMATS", "Format", "read_documents"]

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

_GZIP_MAGIC = b"\x1f\x8b"
_JSON_WS = re.compile(r"[ \t\n\r]*")
_HEADING = re.compile(r"^#[ \t]+(\S.*?)[ \t#]*$", re.MULTILINE)
# JSON escapes can spell lone surrogates ("\\ud800"): str holds them, UTF-8 cannot, and
# every later step that encodes the text (chunking, the store) would fail on them.
_SURROGATE = re.compile("[\ud800-\udfff]")
# What reading a damaged file can raise: gzip reports a truncated or corrupt stream as any of
# these, and a failing disk as OSError.
_READ_ERRORS = (EOFError, OSError, zlib.error)


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
    spec = _Spec(id_field, text_field, title_field, validate_declared(fields))
    logger.debug("reading %s as %s", path, fmt)
    readers = {
        "jsonl": _read_jsonl,
        "json": _read_json,
        "csv": _read_csv,
        "parquet": _read_parquet,
        "folder": _read_folder,
    }
    return readers[fmt](path, spec)


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


@dataclass(frozen=True)
class _Spec:
    """Which keys hold what, and the declared metadata types."""

    id_field: str
    text_field: str
    title_field: str
    declared: dict[str, FieldType]

    def id_key(self, keys: Mapping[str, Any] | list[str]) -> str | None:
        if self.id_field in keys:
            return self.id_field
        if self.id_field == "_id" and "id" in keys:
            return "id"
        return None


class _Ids:
    """Remembers where each id was first seen, to name both places of a duplicate."""

    def __init__(self, where: str, unit: str) -> None:
        self.where = where
        self.unit = unit
        self.first: dict[str, int | str] = {}

    def add(self, doc_id: str, at: int | str) -> None:
        first = self.first.setdefault(doc_id, at)
        if first != at:
            raise DuplicateIdError([doc_id], f"in {self.where} ({self.unit} {first} and {at})")


# --- JSON records (jsonl, json, parquet) ------------------------------------------------


def _read_jsonl(path: Path, spec: _Spec) -> Iterator[Document]:
    name = str(path)
    ids = _Ids(name, "lines")
    lineno = 0
    with _open_binary(path) as f:
        try:
            for lineno, raw in enumerate(f, 1):
                raw = raw.removeprefix(codecs.BOM_UTF8)
                if not raw.strip():
                    continue
                try:
                    line = raw.decode("utf-8").rstrip("\r\n")
                except UnicodeDecodeError as exc:
                    raise ParseError(name, lineno, _utf8_reason(exc)) from None
                try:
                    record = json.loads(line, parse_constant=_not_a_number)
                except (ValueError, RecursionError) as exc:
                    raise ParseError(name, lineno, _json_reason(exc)) from None
                if "\\u" in line:
                    _check_unicode(record, name, lineno)
                doc = _document(record, spec, name, lineno)
                ids.add(doc.id, lineno)
                yield doc
        except _READ_ERRORS as exc:
            raise ParseError(name, lineno + 1, f"cannot read the file: {exc}") from exc


def _read_json(path: Path, spec: _Spec) -> Iterator[Document]:
    name = str(path)
    data = _read_all(path, name)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ParseError(name, data.count(b"\n", 0, exc.start) + 1, _utf8_reason(exc)) from None
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
        got = _kind(value)
        raise ParseError(name, lines.at(pos), f"expected a JSON array of objects, got {got}")
    ids = _Ids(name, "lines")
    pos = _JSON_WS.match(text, pos + 1).end()  # type: ignore[union-attr]
    closed = pos < len(text) and text[pos] == "]"
    if closed:
        pos += 1
    while not closed:
        line = lines.at(pos)
        record, pos = value_at(pos)
        if escapes:
            _check_unicode(record, name, line)
        doc = _document(record, spec, name, line)
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
    with _open_binary(path) as f:
        try:
            while chunk := f.read(1 << 20):
                data += chunk
        except _READ_ERRORS as exc:
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
                        f'"{_printable(key)}" holds the escape \\u{ord(m.group()):04x}, a lone '
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


def _read_parquet(path: Path, spec: _Spec) -> Iterator[Document]:
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
            f'{path} has no "{spec.id_field}" column ({_names(columns, "columns")}); '
            + _name_hint("id", "column")
        )
    if spec.text_field not in columns:
        raise InputError(
            f'{path} has no "{spec.text_field}" column ({_names(columns, "columns")}); '
            + _name_hint("text", "column")
        )
    return _parquet_rows(pf, spec, name)


def _parquet_rows(pf: Any, spec: _Spec, name: str) -> Iterator[Document]:
    ids = _Ids(name, "rows")
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
            doc = _document(record, spec, name, row)
            ids.add(doc.id, row)
            yield doc


def _document(record: Any, spec: _Spec, name: str, line: int) -> Document:
    if not isinstance(record, dict):
        raise ParseError(name, line, f"expected a JSON object, got {_kind(record)}")
    id_key = spec.id_key(record)
    if id_key is None:
        raise ParseError(
            name,
            line,
            f'missing "{spec.id_field}" ({_names(record, "keys")}); {_name_hint("id", "key")}',
        )
    doc_id = _id_value(record[id_key], id_key, name, line)
    if spec.text_field not in record:
        raise ParseError(
            name,
            line,
            f'missing "{spec.text_field}" ({_names(record, "keys")}); {_name_hint("text", "key")}',
        )
    text = record[spec.text_field]
    if not isinstance(text, str):
        raise ParseError(name, line, f'"{spec.text_field}" must be a string, got {_describe(text)}')
    title = record.get(spec.title_field)
    if title is None:
        title = ""
    elif not isinstance(title, str):
        raise ParseError(
            name, line, f'"{spec.title_field}" must be a string, got {_describe(title)}'
        )
    skip = {id_key, spec.text_field, spec.title_field}
    metadata = {
        key: _metadata_value(key, value, spec, name, line)
        for key, value in record.items()
        if key not in skip
    }
    return Document(doc_id, text, title=title, metadata=metadata)


def _id_value(value: Any, key: str, name: str, line: int) -> str:
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if not isinstance(value, str):
        raise ParseError(
            name, line, f'"{key}" must be a string or an integer, got {_describe(value)}'
        )
    if not value.strip():
        raise ParseError(name, line, f'"{key}" is empty; every document needs a non-empty id')
    return value


def _metadata_value(key: str, value: Any, spec: _Spec, name: str, line: int) -> Any:
    try:
        return _metadata(key, value, spec.declared.get(key))
    except InputError as exc:
        raise ParseError(name, line, str(exc)) from None


def _metadata(key: str, value: Any, declared: FieldType | None) -> Any:
    if declared is not None:
        return coerce(value, declared, field=key)
    if isinstance(value, str):
        date = parse_date(value) if len(value) <= 40 else None
        return value if date is None else date
    if isinstance(value, (list, tuple)):
        return coerce(value, "list", field=key)
    if isinstance(value, dict):
        return coerce(value, "string", field=key)
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, (int, float)):  # refuses what the store cannot hold: 1e999, 2**64
        return coerce(value, infer_type(value), field=key)  # type: ignore[arg-type]
    return coerce(value, "date", field=key) if isinstance(value, dt.date) else value


# --- CSV ------------------------------------------------------------------------------------


def _read_csv(path: Path, spec: _Spec) -> Iterator[Document]:
    # Article texts exceed csv's default 128 KiB field limit; the limit is process-wide, so
    # only ever raise it.
    if csv.field_size_limit() < 2**31 - 1:
        csv.field_size_limit(2**31 - 1)
    name = str(path)
    with _CsvRows(path, name) as rows:
        header = rows.header
    if header is None:
        return iter(())
    id_key = spec.id_key(header)
    if id_key is None:
        raise ParseError(
            name,
            rows.header_line,
            f'missing "{spec.id_field}" column ({_names(header, "header")}); {_name_hint("id", "column")}',
        )
    if spec.text_field not in header:
        raise ParseError(
            name,
            rows.header_line,
            f'missing "{spec.text_field}" column ({_names(header, "header")}); '
            + _name_hint("text", "column"),
        )
    for i, column in enumerate(header):
        if column in header[:i]:
            raise ParseError(
                name, rows.header_line, f'column "{column}" appears twice in the header'
            )
    meta = [c for c in header if c not in (id_key, spec.text_field, spec.title_field)]
    types = {c: spec.declared[c] for c in meta if c in spec.declared}
    undeclared = [c for c in meta if c not in types]
    if undeclared:
        types.update(_csv_types(path, name, header, undeclared))
    return _csv_documents(path, name, header, id_key, types, spec)


class _CsvRows:
    """A CSV file's header and its (line, row) pairs; the line is where the row starts."""

    def __init__(self, path: Path, name: str) -> None:
        self.name = name
        self.path = path
        self.file = io.TextIOWrapper(_open_binary(path), encoding="utf-8-sig", newline="")
        # strict: a quote that is never closed is an error, not a field that swallows the
        # rest of the file
        self.reader = csv.reader(self.file, strict=True)
        self.header: list[str] | None = None
        self.header_line = 1
        try:
            for line, row in self:
                self.header, self.header_line = row, line
                break
        except BaseException:
            self.file.close()
            raise

    def __iter__(self) -> Iterator[tuple[int, list[str]]]:
        while True:
            start = self.reader.line_num + 1
            try:
                row = next(self.reader)
            except StopIteration:
                return
            except csv.Error as exc:
                if str(exc) == "unexpected end of data":
                    reason = "invalid CSV: a quoted field in the row starting here is never closed"
                    raise ParseError(self.name, start, reason) from None
                raise ParseError(self.name, self.reader.line_num, f"invalid CSV: {exc}") from None
            except UnicodeDecodeError:
                # the text layer decodes ahead in blocks, so find the bad byte's line afresh
                raise _utf8_error(self.path, self.name) from None
            except _READ_ERRORS as exc:
                line = self.reader.line_num + 1
                raise ParseError(self.name, line, f"cannot read the file: {exc}") from exc
            if row:  # csv gives [] for a blank line
                yield start, row

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.file.close()


def _csv_types(
    path: Path, name: str, header: list[str], columns: list[str]
) -> dict[str, FieldType]:
    """One type per column, from all its cells. A row that does not parse ends the count;
    the second pass reports it at its line."""
    index = {c: header.index(c) for c in columns}
    found: dict[str, FieldType | None] = dict.fromkeys(columns)
    with _CsvRows(path, name) as rows:
        try:
            for _, row in rows:
                if len(row) != len(header):
                    break
                for c, i in index.items():
                    if found[c] != "string":
                        found[c] = merge_types(found[c], infer_text_type(row[i]))
        except ParseError:
            pass
    return {c: t or "string" for c, t in found.items()}


def _csv_documents(
    path: Path,
    name: str,
    header: list[str],
    id_key: str,
    types: dict[str, FieldType],
    spec: _Spec,
) -> Iterator[Document]:
    ids = _Ids(name, "lines")
    id_i = header.index(id_key)
    text_i = header.index(spec.text_field)
    title_i = header.index(spec.title_field) if spec.title_field in header else None
    meta = sorted(((header.index(c), c, t) for c, t in types.items()))
    with _CsvRows(path, name) as rows:
        for line, row in rows:
            if len(row) != len(header):
                raise ParseError(
                    name, line, f"expected {len(header)} fields like the header, got {len(row)}"
                )
            doc_id = row[id_i]
            if not doc_id.strip():
                raise ParseError(
                    name, line, f'"{id_key}" is empty; every document needs a non-empty id'
                )
            metadata: dict[str, Any] = {}
            for i, column, type_ in meta:
                cell = row[i]
                if not cell.strip():
                    metadata[column] = None
                    continue
                try:
                    metadata[column] = coerce(cell, type_, field=column)
                except InputError as exc:
                    raise ParseError(name, line, str(exc)) from None
            title = row[title_i] if title_i is not None else ""
            doc = Document(doc_id, row[text_i], title=title, metadata=metadata)
            ids.add(doc_id, line)
            yield doc


# --- folders of text files --------------------------------------------------------------------


def _read_folder(path: Path, spec: _Spec) -> Iterator[Document]:
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
    ids = _Ids(f"folder {path}", "files")
    for rel, file in files:
        try:
            data = file.read_bytes()
        except OSError as exc:
            raise InputError(f"cannot read {file}: {exc.strerror or exc}") from exc
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            line = data.count(b"\n", 0, exc.start) + 1
            raise ParseError(str(file), line, _utf8_reason(exc)) from None
        heading = _HEADING.search(text)
        title = heading.group(1) if heading else file.stem
        doc_id = rel[: -len(file.suffix)]
        ids.add(doc_id, rel)
        yield Document(doc_id, text, title=title, metadata={"path": rel})


# --- helpers --------------------------------------------------------------------------------


def _open_binary(path: Path) -> IO[bytes]:
    try:
        with open(path, "rb") as f:
            magic = f.read(2)
        if magic == _GZIP_MAGIC:
            return gzip.open(path, "rb")  # type: ignore[return-value]
        return open(path, "rb")
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from exc


def _name_hint(what: str, unit: str) -> str:
    """How to name the id or text key, for Python and command-line users alike."""
    return f"name the {what} {unit} with {what}_field= (Python) or --{what}-field (command line)"


def _utf8_reason(exc: UnicodeDecodeError) -> str:
    byte = exc.object[exc.start : exc.start + 1].hex()
    return f"not valid UTF-8 (byte 0x{byte}); save the file as UTF-8"


def _utf8_error(path: Path, name: str) -> ParseError:
    """The error for the first byte of ``path`` that is not UTF-8, at its line."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    newlines = 0
    with _open_binary(path) as f:
        while chunk := f.read(1 << 20):
            try:
                decoder.decode(chunk)
            except UnicodeDecodeError as exc:
                # exc.object is the chunk after at most 3 held-back bytes, none of them a newline
                line = newlines + exc.object.count(b"\n", 0, exc.start) + 1
                return ParseError(name, line, _utf8_reason(exc))
            newlines += chunk.count(b"\n")
    return ParseError(name, newlines + 1, "not valid UTF-8 at the end; save the file as UTF-8")


def _printable(text: str) -> str:
    """``text`` with lone surrogates written as escapes, so a message can be printed."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def _kind(value: Any) -> str:
    """The JSON name of a value's type."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, (list, tuple)):
        return "array"
    if isinstance(value, dict):
        return "object"
    return type(value).__name__


def _describe(value: Any) -> str:
    if value is None:
        return "null"
    try:
        shown = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        shown = repr(value)
    if len(shown) > 40:
        shown = shown[:37] + "..."
    return f"{_kind(value)} {shown}"


def _names(keys: Any, label: str) -> str:
    keys = list(keys)
    shown = ", ".join(f'"{k}"' for k in keys[:8]) + (
        f" and {len(keys) - 8} more" if len(keys) > 8 else ""
    )
    return f"{label}: {shown}" if keys else f"no {label}"
