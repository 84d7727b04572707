"""Text analysis shared by every stage: one copy of each analyser, no model.

- :mod:`~heedful.text.segment`: sentences of passages and of instructions, and an instruction's clauses;
- :mod:`~heedful.text.timex`: the date grammar, and time expressions in prose as inclusive periods;
- :mod:`~heedful.text.time_bounds`: the periods, bounds and as-of dates an instruction asks for;
- :mod:`~heedful.text.numbers`: the number grammar, and quantities with unit, scale and qualifier;
- :mod:`~heedful.text.comparisons`: the numeric comparisons an instruction asks for;
- :mod:`~heedful.text.entities`: capitalised names;
- :mod:`~heedful.text.dates`: ISO dates as data files write them, read whole;
- :mod:`~heedful.text.lexicon`: the word lists (stop words, units, places, cue words).

Evidence extraction (:mod:`heedful.ingest.evidence`) runs the passage readers at index time; the
rule compiler (:mod:`heedful.plan.rules`) runs the instruction readers on the same grammars.
"""

from __future__ import annotations

from heedful.text.dates import parse_date
from heedful.text.entities import find_entities
from heedful.text.numbers import find_numbers
from heedful.text.segment import split_sentences
from heedful.text.timex import find_dates

__all__ = ["find_dates", "find_entities", "find_numbers", "parse_date", "split_sentences"]
