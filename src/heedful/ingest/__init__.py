"""Getting documents in: readers for files and folders, metadata typing, chunking.

>>> from heedful.ingest import chunk, infer_type
>>> infer_type("2024-05-01"), len(chunk("d1", "short text"))
('date', 1)
"""

from __future__ import annotations

from heedful.ingest.chunking import chunk
from heedful.ingest.fields import (
    FIELD_TYPES,
    FieldType,
    coerce,
    infer_schema,
    infer_text_type,
    infer_type,
    merge_types,
    parse_date,
)
from heedful.ingest.readers import FORMATS, Format, done_ids, read_documents, read_query_lines

__all__ = [
    "FIELD_TYPES",
    "FORMATS",
    "FieldType",
    "Format",
    "chunk",
    "coerce",
    "done_ids",
    "infer_schema",
    "infer_text_type",
    "infer_type",
    "merge_types",
    "parse_date",
    "read_documents",
    "read_query_lines",
]
