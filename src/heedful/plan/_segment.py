"""A shim for the rule compiler until its imports move: the segmenter is :mod:`heedful.text.segment`."""

from __future__ import annotations

from heedful.text.segment import Spans, clauses, mask_brackets, sentences

__all__ = ["Spans", "clauses", "mask_brackets", "sentences"]
