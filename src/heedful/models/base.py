"""The model roles heedful plugs together."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

__all__ = ["Embedder"]


class Embedder(ABC):
    """Turns texts into L2-normalised float32 vectors; the same text always gives the same vector."""

    #: A stable name saved with every index, so a query is never embedded by another model.
    name: str
    dim: int

    @abstractmethod
    def embed_documents(self, texts: Sequence[str], *, batch_size: int = 32) -> np.ndarray:
        """Embed passages; returns an array of shape ``(len(texts), dim)``."""

    def embed_queries(self, texts: Sequence[str], *, batch_size: int = 32) -> np.ndarray:
        """Embed queries; symmetric models embed them like documents."""
        return self.embed_documents(texts, batch_size=batch_size)

    def embed_query(self, text: str) -> np.ndarray:
        return self.embed_queries([text])[0]
