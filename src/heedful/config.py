"""Index settings, grouped by concern and saved next to every index as ``heedful.json``."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from heedful.errors import ConfigError

__all__ = ["CONFIG_FILE", "ChunkConfig", "IndexConfig", "SearchConfig"]

CONFIG_FILE = "heedful.json"
MAX_VALUES = 64
FORMAT_VERSION = 2  # 2: passages carry extracted evidence


@dataclass(frozen=True)
class ChunkConfig:
    """How documents become passages. ``max_passages`` caps passages per document (None: all)."""

    max_words: int = 180
    overlap_words: int = 30
    max_passages: int | None = None

    def __post_init__(self) -> None:
        if self.max_words < 8:
            raise ConfigError(f"chunk max_words={self.max_words} is too small; use 8 or more")
        if not 0 <= self.overlap_words < self.max_words:
            raise ConfigError(
                f"chunk overlap_words={self.overlap_words} must be >= 0 and < max_words={self.max_words}"
            )
        if self.max_passages is not None and self.max_passages < 1:
            raise ConfigError(f"max_passages={self.max_passages} must be >= 1 or None")


@dataclass(frozen=True)
class SearchConfig:
    """Candidate generation: depth of each list and the RRF constant. Not saved with an index."""

    depth: int = 100
    rrf_k: int = 20
    judge_depth: int = 100  # candidates read criterion by criterion when there is a plan  # chosen on the first 250 HotpotQA questions (bench/hotpotqa_recall.py)


@dataclass
class IndexConfig:
    """Everything needed to reopen an index exactly as it was built."""

    embedder: str = "all-MiniLM-L6-v2"
    dim: int = 384
    max_length: int = 256
    chunk: ChunkConfig = field(default_factory=ChunkConfig)
    fields: dict[str, str] = field(default_factory=dict)
    #: distinct values of low-cardinality string/list fields, so "from CNN" can become a filter;
    #: a field with more than MAX_VALUES distinct values is listed with None (too many to keep)
    values: dict[str, list[str] | None] = field(default_factory=dict)
    #: the date as-of compares with ("nothing dated after T"); chosen from the fields when None
    date_field: str | None = None
    format_version: int = FORMAT_VERSION

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> IndexConfig:
        data = dict(data)
        version = data.get("format_version", FORMAT_VERSION)
        if version != FORMAT_VERSION:
            raise ConfigError(
                f"index format version {version} is not supported by this heedful "
                f"(expects {FORMAT_VERSION}); rebuild the index"
            )
        data["chunk"] = ChunkConfig(**data.get("chunk", {}))
        try:
            return cls(**data)
        except TypeError as exc:
            raise ConfigError(f"cannot read index settings: {exc}") from exc

    def save(self, directory: Path) -> None:
        tmp = directory / (CONFIG_FILE + ".tmp")
        tmp.write_text(json.dumps(self.to_dict(), indent=2, sort_keys=True) + "\n")
        tmp.replace(directory / CONFIG_FILE)  # atomic: a reader never sees half a file

    @classmethod
    def load(cls, directory: Path) -> IndexConfig:
        try:
            return cls.from_dict(json.loads((directory / CONFIG_FILE).read_text()))
        except json.JSONDecodeError as exc:
            raise ConfigError(f"{directory / CONFIG_FILE} is not valid JSON: {exc}") from exc
