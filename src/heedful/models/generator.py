"""The :class:`Generator` role: a chat LLM that writes constrained JSON and answers yes/no.

Two backends implement it, one module each: :class:`~heedful.models.llamacpp.LlamaCppGenerator`
(a local GGUF file through llama-cpp-python) and
:class:`~heedful.models.openai_compat.OpenAIGenerator` (any OpenAI-compatible HTTP server).
:func:`load_generator` builds one from an :class:`~heedful.config.LLMConfig` and keeps it for the
process, since loading a model takes seconds and a gigabyte of memory.

>>> gen = load_generator(LLMConfig())  # doctest: +SKIP
>>> gen.yes_probability([{"role": "user", "content": "Is Paris in France? Answer yes or no."}])  # doctest: +SKIP
0.9996
"""

from __future__ import annotations

import math
import threading
from abc import ABC, abstractmethod
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from heedful.config import LLMConfig

__all__ = ["NO_WORDS", "YES_WORDS", "Generator", "Message", "load_generator", "yes_share"]

Message = Mapping[str, str]
"""One chat message: ``{"role": "system" | "user" | "assistant", "content": "..."}``."""

#: next-token spellings read as a yes / a no (a backend keeps those that are one token)
YES_WORDS: tuple[str, ...] = ("yes", "Yes", " yes", " Yes", "YES")
NO_WORDS: tuple[str, ...] = ("no", "No", " no", " No", "NO")


def _logsumexp(values: Iterable[float]) -> float:
    vals = [v for v in values if v is not None and not math.isnan(v)]
    if not vals:
        return -math.inf
    top = max(vals)
    if top == -math.inf:
        return top
    return top + math.log(sum(math.exp(v - top) for v in vals))


def yes_share(yes_logits: Iterable[float], no_logits: Iterable[float]) -> float:
    """P(yes) / (P(yes) + P(no)) from the logits (or log-probabilities) of the yes and no tokens.

    Each side is the log-sum-exp of its spellings, so "yes", "Yes" and " yes" add up.

    >>> round(yes_share([2.0, 1.0], [0.0]), 4)
    0.91
    >>> yes_share([], [])
    0.5
    """
    y, n = _logsumexp(yes_logits), _logsumexp(no_logits)
    if y == -math.inf and n == -math.inf:
        return 0.5
    if y == -math.inf:
        return 0.0
    if n == -math.inf:
        return 1.0
    return 1.0 / (1.0 + math.exp(n - y))


class Generator(ABC):
    """A chat LLM. Calls are deterministic (greedy) so results and caches are reproducible.

    ``name`` identifies the model (and its file or endpoint) in cache keys: two generators with the
    same name must give the same answers.
    """

    name: str

    @abstractmethod
    def chat(
        self,
        messages: Sequence[Message],
        *,
        max_tokens: int = 512,
        json_schema: Mapping[str, Any] | None = None,
    ) -> str:
        """The assistant's reply; with ``json_schema`` the reply is JSON constrained to it."""

    @abstractmethod
    def yes_probability(self, messages: Sequence[Message]) -> float:
        """P(yes) against P(no) for the first token of the assistant's reply, in [0, 1]."""

    def close(self) -> None:
        """Free what the backend holds (a model in memory, connections)."""


_LOADED: dict[LLMConfig, Generator] = {}
_LOCK = threading.Lock()


def load_generator(config: LLMConfig | None = None, *, cache: bool = True) -> Generator:
    """The generator an :class:`~heedful.config.LLMConfig` describes, loaded once per process.

    ``backend="llamacpp"`` resolves the GGUF file (explicit path, ``$HEEDFUL_LLM``, the packaged
    Qwen2.5-Coder-1.5B-Instruct) and loads it; ``backend="openai"`` talks to ``base_url``.

    Raises:
        ModelNotFoundError: no GGUF file could be found (the message names the pip command).
        MissingDependencyError: llama-cpp-python is not installed.
    """
    config = config or LLMConfig.from_env()
    with _LOCK:
        if cache and config in _LOADED:
            return _LOADED[config]
        gen: Generator
        if config.backend == "openai":
            from heedful.models.openai_compat import OpenAIGenerator

            gen = OpenAIGenerator(config.base_url or "", config.model or "", api_key_env=config.api_key_env,
                                  timeout=config.timeout)
        else:
            from heedful.models.llamacpp import LlamaCppGenerator

            gen = LlamaCppGenerator(config.model_path, n_ctx=config.n_ctx, threads=config.threads)
        if cache:
            _LOADED[config] = gen
        return gen
