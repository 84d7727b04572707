"""Text analysis shared by every stage: one copy of each analyser, no model.

- :mod:`~heedful.text.segment`: sentence boundaries;
- :mod:`~heedful.text.timex`: time expressions in prose, as inclusive periods;
- :mod:`~heedful.text.numbers`: quantities with unit, scale and qualifier;
- :mod:`~heedful.text.entities`: capitalised names;
- :mod:`~heedful.text.dates`: ISO dates as data files write them, read whole;
- :mod:`~heedful.text.lexicon`: the word lists (stop words, units, places, cue words).

Evidence extraction (:mod:`heedful.ingest.evidence`) runs them at index time; the rule compiler
reads the same lexicon (its own segmenter, time and number readers move here next).
"""

from __future__ import annotations

from heedful.text.dates import parse_date
from heedful.text.entities import find_entities
from heedful.text.numbers import find_numbers
from heedful.text.segment import split_sentences
from heedful.text.timex import find_dates

__all__ = ["find_dates", "find_entities", "find_numbers", "parse_date", "split_sentences"]
