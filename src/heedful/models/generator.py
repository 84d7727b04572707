"""Loading a :class:`~heedful.models.base.Generator`: a chat LLM that writes constrained JSON and
answers yes/no (the role itself is in :mod:`heedful.models.base`, so backends never import this).

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

import threading

from heedful.config import LLMConfig
from heedful.models.base import NO_WORDS, YES_WORDS, Generator, Message, yes_share

__all__ = ["NO_WORDS", "YES_WORDS", "Generator", "Message", "load_generator", "yes_share"]

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
