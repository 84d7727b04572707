"""One record of a source file -> one :class:`~heedful.types.Document`, and the errors readers raise.

What every reader of :mod:`heedful.ingest.readers` shares: which keys hold the id, text and title
(:class:`Spec`), duplicate ids named at both places (:class:`Ids`), a JSON-like record checked and
turned into a document with typed metadata (:func:`document`), files opened whether gzipped or
not (:func:`open_binary`), and the wording of their errors (:func:`name_hint`,
:func:`utf8_error`, :func:`describe`, ...).

>>> document({"_id": 7, "text": "Oilers win.", "year": 2024}, Spec("_id", "text", "title", {}), "c.jsonl", 1)
Document(id='7', title='', text='Oilers win.', metadata={'year': 2024})
"""

from __future__ import annotations

import codecs
import datetime as dt
import gzip
import json
import zlib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from heedful.errors import DuplicateIdError, InputError, ParseError
from heedful.ingest.fields import FieldType, coerce, infer_type, parse_date
from heedful.types import Document

__all__ = [
    "READ_ERRORS",
    "Ids",
    "Spec",
    "describe",
    "document",
    "json_kind",
    "name_hint",
    "names",
    "open_binary",
    "printable",
    "utf8_error",
    "utf8_reason",
]

_GZIP_MAGIC = b"\x1f\x8b"
# What reading a damaged file can raise: gzip reports a truncated or corrupt stream as any of
# these, and a failing disk as OSError.
READ_ERRORS = (EOFError, OSError, zlib.error)


@dataclass(frozen=True)
class Spec:
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


class Ids:
    """Remembers where each id was first seen, to name both places of a duplicate."""

    def __init__(self, where: str, unit: str) -> None:
        self.where = where
        self.unit = unit
        self.first: dict[str, int | str] = {}

    def add(self, doc_id: str, at: int | str) -> None:
        first = self.first.setdefault(doc_id, at)
        if first != at:
            raise DuplicateIdError([doc_id], f"in {self.where} ({self.unit} {first} and {at})")


def document(record: Any, spec: Spec, name: str, line: int) -> Document:
    if not isinstance(record, dict):
        raise ParseError(name, line, f"expected a JSON object, got {json_kind(record)}")
    id_key = spec.id_key(record)
    if id_key is None:
        raise ParseError(
            name,
            line,
            f'missing "{spec.id_field}" ({names(record, "keys")}); {name_hint("id", "key")}',
        )
    doc_id = _id_value(record[id_key], id_key, name, line)
    if spec.text_field not in record:
        raise ParseError(
            name,
            line,
            f'missing "{spec.text_field}" ({names(record, "keys")}); {name_hint("text", "key")}',
        )
    text = record[spec.text_field]
    if not isinstance(text, str):
        raise ParseError(name, line, f'"{spec.text_field}" must be a string, got {describe(text)}')
    title = record.get(spec.title_field)
    if title is None:
        title = ""
    elif not isinstance(title, str):
        raise ParseError(
            name, line, f'"{spec.title_field}" must be a string, got {describe(title)}'
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
            name, line, f'"{key}" must be a string or an integer, got {describe(value)}'
        )
    if not value.strip():
        raise ParseError(name, line, f'"{key}" is empty; every document needs a non-empty id')
    return value


def _metadata_value(key: str, value: Any, spec: Spec, name: str, line: int) -> Any:
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


def open_binary(path: Path) -> IO[bytes]:
    try:
        with open(path, "rb") as f:
            magic = f.read(2)
        if magic == _GZIP_MAGIC:
            return gzip.open(path, "rb")  # type: ignore[return-value]
        return open(path, "rb")
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from exc


def name_hint(what: str, unit: str) -> str:
    """How to name the id or text key, for Python and command-line users alike."""
    return f"name the {what} {unit} with {what}_field= (Python) or --{what}-field (command line)"


def utf8_reason(exc: UnicodeDecodeError) -> str:
    byte = exc.object[exc.start : exc.start + 1].hex()
    return f"not valid UTF-8 (byte 0x{byte}); save the file as UTF-8"


def utf8_error(path: Path, name: str) -> ParseError:
    """The error for the first byte of ``path`` that is not UTF-8, at its line."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    newlines = 0
    with open_binary(path) as f:
        while chunk := f.read(1 << 20):
            try:
                decoder.decode(chunk)
            except UnicodeDecodeError as exc:
                # exc.object is the chunk after at most 3 held-back bytes, none of them a newline
                line = newlines + exc.object.count(b"\n", 0, exc.start) + 1
                return ParseError(name, line, utf8_reason(exc))
            newlines += chunk.count(b"\n")
    return ParseError(name, newlines + 1, "not valid UTF-8 at the end; save the file as UTF-8")


def printable(text: str) -> str:
    """``text`` with lone surrogates written as escapes, so a message can be printed."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def json_kind(value: Any) -> str:
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


def describe(value: Any) -> str:
    if value is None:
        return "null"
    try:
        shown = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        shown = repr(value)
    if len(shown) > 40:
        shown = shown[:37] + "..."
    return f"{json_kind(value)} {shown}"


def names(keys: Any, label: str) -> str:
    keys = list(keys)
    shown = ", ".join(f'"{k}"' for k in keys[:8]) + (
        f" and {len(keys) - 8} more" if len(keys) > 8 else ""
    )
    return f"{label}: {shown}" if keys else f"no {label}"
