"""Ask: answer a question from an index, with retrieval inside the reasoning loop.

``Engine.ask`` runs :func:`~heedful.ask.loop.run_ask`: a planner (:mod:`heedful.ask.planner`) that
says what to search next, the instruction-following search, and a synthesizer
(:mod:`heedful.ask.synthesizer`) that answers from cited passages only, in one of :data:`MODES`.
Importing this package loads no model.
"""

from __future__ import annotations

from heedful.ask.answers import best_f1, exact_match, f1_score, normalize_answer
from heedful.ask.types import MODES, Answer, Cost, Source, Step

__all__ = ["MODES", "Answer", "Cost", "Source", "Step", "best_f1", "exact_match", "f1_score", "normalize_answer"]
