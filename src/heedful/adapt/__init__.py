"""Adapt the dense retriever to a domain: synthetic pairs from a description of it (or from its
unlabelled documents), written by the local LLM, and CPU fine-tuning (``heedful adapt``).

Heavy modules (numpy, torch, sentence-transformers, onnx) load only when a stage needs them.
"""

from __future__ import annotations

from typing import Any

__all__ = ["AdaptResult", "AdaptSettings", "adapt"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from heedful.adapt import run

        return getattr(run, name)
    raise AttributeError(name)
