"""Embedders, judges and generators, one module per backend, resolved by :func:`load_embedder`."""

from __future__ import annotations

from heedful.models.base import Embedder
from heedful.models.generator import Generator, load_generator
from heedful.models.registry import DEFAULT_EMBEDDER, load_embedder

__all__ = ["DEFAULT_EMBEDDER", "Embedder", "Generator", "load_embedder", "load_generator"]
