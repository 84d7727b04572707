"""The model roles heedful plugs together: :class:`Embedder` and :class:`Generator`."""

from __future__ import annotations

import math
from abc import ABC, abstractmethod
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import numpy as np

__all__ = ["NO_WORDS", "YES_WORDS", "Embedder", "Generation", "Generator", "Message", "yes_share"]


class Embedder(ABC):
    """Turns texts into L2-normalised float32 vectors; the same text always gives the same vector."""

    #: A stable name saved with every index, so a query is never embedded by another model.
    name: str
    dim: int
    #: sha256 of the weights when they come from a local path (None for packaged, pinned models)
    fingerprint: str | None = None
    #: what the products are computed in: "fp32", or "int8" for integer matrix products
    precision: str = "fp32"

    @abstractmethod
    def embed_documents(self, texts: Sequence[str], *, batch_size: int = 32) -> np.ndarray:
        """Embed passages; returns an array of shape ``(len(texts), dim)``."""

    def embed_queries(self, texts: Sequence[str], *, batch_size: int = 32) -> np.ndarray:
        """Embed queries; symmetric models embed them like documents."""
        return self.embed_documents(texts, batch_size=batch_size)

    def embed_query(self, text: str) -> np.ndarray:
        return self.embed_queries([text])[0]


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


@dataclass(frozen=True)
class Generation:
    """One reply of a :class:`Generator` with what it cost and, when asked, how sure the model was.

    ``tokens`` and ``logprobs`` are the generated tokens and the log-probability the model gave each
    (greedy decoding: the most likely token at every step), or empty when not asked for or not
    available; ``prompt_tokens`` and ``generated_tokens`` come from the backend's own count (None when
    it gives none).

    >>> g = Generation("Paris", tokens=("Par", "is"), logprobs=(-0.1, -0.0), prompt_tokens=20, generated_tokens=2)
    >>> round(g.confidence(), 3)
    0.951
    >>> g.confidence(start=3)
    1.0
    >>> Generation("Paris").confidence() is None
    True
    """

    text: str
    tokens: tuple[str, ...] = ()
    logprobs: tuple[float, ...] = ()
    prompt_tokens: int | None = None
    generated_tokens: int | None = None

    def confidence(self, start: int = 0, end: int | None = None) -> float | None:
        """The geometric mean of the probabilities of the tokens that make ``text[start:end]`` (a token
        counts when it starts before ``end`` and ends after ``start``); None without log-probabilities,
        1.0 for an empty span (nothing uncertain was written)."""
        if not self.logprobs:
            return None
        end = len(self.text) if end is None else end
        picked, pos = [], 0
        for tok, lp in zip(self.tokens, self.logprobs, strict=False):
            nxt = pos + len(tok)
            if nxt > start and pos < end and tok.strip():
                picked.append(lp)
            pos = nxt
        return math.exp(sum(picked) / len(picked)) if picked else 1.0


class Generator(ABC):
    """A chat LLM. Calls are deterministic (greedy) so results and caches are reproducible.

    ``name`` identifies the model (and its file or endpoint) in cache keys: two generators with the
    same name must give the same answers.
    """

    name: str

    def chat(
        self,
        messages: Sequence[Message],
        *,
        max_tokens: int = 512,
        json_schema: Mapping[str, Any] | None = None,
    ) -> str:
        """The assistant's reply; with ``json_schema`` the reply is JSON constrained to it."""
        return self.generate(messages, max_tokens=max_tokens, json_schema=json_schema).text

    @abstractmethod
    def generate(
        self,
        messages: Sequence[Message],
        *,
        max_tokens: int = 512,
        json_schema: Mapping[str, Any] | None = None,
        logprobs: bool = False,
        temperature: float = 0.0,
        seed: int = 0,
    ) -> Generation:
        """The reply as a :class:`Generation`: its text, the backend's token counts and, with
        ``logprobs``, each generated token's log-probability. ``temperature`` above 0 samples (with
        ``seed``, so the same call still gives the same reply): for a second try that should differ
        from the greedy first."""

    @abstractmethod
    def yes_probability(self, messages: Sequence[Message]) -> float:
        """P(yes) against P(no) for the first token of the assistant's reply, in [0, 1]."""

    def forget(self) -> None:
        """Drop what the backend reuses between calls (a cached prompt prefix), so that the next
        reply is exactly what a fresh process would give; for runs that must be reproducible when
        resumed. Nothing to do for a backend that keeps no state."""

    def close(self) -> None:
        """Free what the backend holds (a model in memory, connections)."""
