"""Candidate generation, criterion scoring, fusion and explanations."""

from __future__ import annotations

from heedful.rank.fusion import Fused, max_passage, rrf

__all__ = ["Fused", "max_passage", "rrf"]
