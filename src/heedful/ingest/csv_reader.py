"""Read documents from a CSV file: a header row, then one document per row.

Empty cells are null; each metadata column gets one type from all its cells (integer, number,
ISO date, true/false, else string) unless its type is declared. A bad row raises
:class:`~heedful.errors.ParseError` at the line where it starts.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Self

from heedful.errors import InputError, ParseError
from heedful.ingest.fields import FieldType, coerce, infer_text_type, merge_types
from heedful.ingest.records import READ_ERRORS, Ids, Spec, name_hint, names, open_binary, utf8_error
from heedful.types import Document

__all__ = ["read_csv"]


def read_csv(path: Path, spec: Spec) -> Iterator[Document]:
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
            f'missing "{spec.id_field}" column ({names(header, "header")}); {name_hint("id", "column")}',
        )
    if spec.text_field not in header:
        raise ParseError(
            name,
            rows.header_line,
            f'missing "{spec.text_field}" column ({names(header, "header")}); '
            + name_hint("text", "column"),
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
        self.file = io.TextIOWrapper(open_binary(path), encoding="utf-8-sig", newline="")
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
                raise utf8_error(self.path, self.name) from None
            except READ_ERRORS as exc:
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
    spec: Spec,
) -> Iterator[Document]:
    ids = Ids(name, "lines")
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
