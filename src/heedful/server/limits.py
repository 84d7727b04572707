"""What one request may ask for (light: the CLI reads the defaults without importing the server)."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["MAX_DOCUMENTS", "MAX_FILTERS", "MAX_INSTRUCTION_CHARS", "MAX_K", "MAX_QUERY_CHARS", "Limits"]

MAX_K = 1000
MAX_QUERY_CHARS = 2_000
MAX_INSTRUCTION_CHARS = 4_000
MAX_FILTERS = 64
MAX_DOCUMENTS = 1_000


@dataclass(frozen=True)
class Limits:
    """What one request may ask for, and how fast one key may ask."""

    #: largest request body in bytes (413 beyond it)
    max_body: int = 8 * 1024 * 1024
    #: requests per second per key (a token bucket holding twice as many); a key's own ``rate`` wins
    rate: float = 20.0
    #: seconds a search, plan or write may take (504 beyond it)
    timeout: float = 30.0
    #: seconds an ask (LLM generation) may take
    ask_timeout: float = 300.0
    #: seconds between looks at what other processes wrote to the index
    refresh: float = 1.0
