"""Evidence extracted from a passage at index time: sentences, dates, numbers, money, names.

:func:`extract` reads a passage once (a handful of linear regex passes, no model) and returns an
:class:`Evidence` record that is stored next to the passage in the index and later read by the
predicates of a relevance plan (:mod:`heedful.rank.predicates`). The readers it runs are the
shared text analysers of :mod:`heedful.text` (sentences, time expressions, quantities, names). Every item keeps its character
offsets, so a caller can quote the sentence it came from.

>>> ev = extract("Built in 1794, the house cost $1.2 million. Dr. Baker lived there from 1916 to 1920.")
>>> [(str(d.start), str(d.end), d.kind) for d in ev.dates]
[('1794-01-01', '1794-12-31', 'year'), ('1916-01-01', '1920-12-31', 'range')]
>>> [(n.value, n.unit) for n in ev.numbers]
[(1200000.0, 'USD')]
>>> ev.sentence_text("Built in 1794, the house cost $1.2 million. Dr. Baker lived there from 1916 to 1920.", 60)
'Dr. Baker lived there from 1916 to 1920.'

Conventions:

- Dates are inclusive ``(start, end)`` intervals of :class:`datetime.date`. A year covers
  Jan 1..Dec 31, "August 1995" the whole month, "the early 2000s" 2000..2003, "the 16th century"
  1500..1599, "medieval" 500..1500. A range that runs to "present"/"now"/"today" (or starts with
  "since") has ``end == OPEN_END`` (``date.max``, 9999-12-31): the passage does not say when "now"
  was, so the end is left open rather than guessed; :attr:`DateMention.open_end` tells.
- Bare years must lie in 1000..2099 and are skipped when they look like quantities ("4,000",
  "1500 people", "$2001", "page 1999", "2000 m").
- Numbers exclude anything inside a date. Units are canonical names shared with the plan compiler
  (:mod:`heedful.text.lexicon`): ``"USD"``, ``"EUR"``, ``"GBP"``, ``"%"``, ``"m"``, ``"km"``, ...;
  scales are applied ("$1.2 billion" -> 1.2e9 USD). ``qualifier`` keeps a comparison the text
  puts on the number: ``">"`` ("more than 10"), ``">="`` ("at least", "hundreds"), ``"<"``,
  ``"<="``, ``"~"`` ("about") or ``None``.
- Entities are spans of capitalised word sequences ("Bank of America", "Weekly Shōnen Jump"),
  without sentence-initial common words.
"""

from __future__ import annotations

import bisect
import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from heedful.text.entities import find_entities
from heedful.text.numbers import CURRENCY_UNITS, NumberMention, find_numbers
from heedful.text.segment import split_sentences
from heedful.text.timex import OPEN_END, DateMention, digit_runs, find_dates

__all__ = ["CURRENCY_UNITS", "OPEN_END", "DateMention", "Evidence", "NumberMention", "extract"]

_JSON_VERSION = 1


@dataclass(frozen=True)
class Evidence:
    """What :func:`extract` found in one passage; see the module docstring for conventions.

    ``sentences`` are ``(start, end)`` offsets covering the passage in order; ``entities`` are
    ``(start, end)`` offsets of names. The JSON form is compact (lists, no keys per item)::

        {"v": 1,
         "s": [[0, 43], [44, 84]],                               sentences
         "d": [["1794-01-01", "1794-12-31", 9, 13, "year"]],      dates: start, end, chars, kind
         "n": [[1200000, "USD", 30, 42, null]],                   numbers: value, unit, chars, qualifier
         "e": [[44, 53]]}                                         entities

    >>> ev = extract("Canada won in 1995. It scored 12% more.")
    >>> Evidence.from_json(ev.to_json()) == ev
    True
    >>> ev.sentence_of(25)
    (20, 39)
    """

    sentences: tuple[tuple[int, int], ...] = ()
    dates: tuple[DateMention, ...] = ()
    numbers: tuple[NumberMention, ...] = ()
    entities: tuple[tuple[int, int], ...] = ()

    @property
    def money(self) -> tuple[NumberMention, ...]:
        """The numbers that are currency amounts (unit in :data:`CURRENCY_UNITS`)."""
        return tuple(n for n in self.numbers if n.unit in CURRENCY_UNITS)

    def sentence_of(self, offset: int) -> tuple[int, int]:
        """The ``(start, end)`` of the sentence holding character ``offset``.

        Offsets between sentences belong to the sentence before them; ``(0, 0)`` when the
        passage had no text.
        """
        if not self.sentences:
            return (0, 0)
        i = bisect.bisect_right(self.sentences, (offset, 1 << 62)) - 1
        return self.sentences[max(i, 0)]

    def sentence_text(self, text: str, offset: int) -> str:
        """The text of the sentence holding ``offset`` in ``text`` (the passage this came from)."""
        s, e = self.sentence_of(offset)
        return text[s:e]

    def entity_names(self, text: str) -> tuple[str, ...]:
        """The entity strings, in order, read from ``text``."""
        return tuple(text[s:e] for s, e in self.entities)

    def to_dict(self) -> dict[str, Any]:
        return {
            "v": _JSON_VERSION,
            "s": [list(s) for s in self.sentences],
            "d": [[d.start.isoformat(), d.end.isoformat(), d.char_start, d.char_end, d.kind]
                  for d in self.dates],
            "n": [[_compact_number(n.value), n.unit, n.char_start, n.char_end, n.qualifier]
                  for n in self.numbers],
            "e": [list(e) for e in self.entities],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Evidence:
        fromiso = date.fromisoformat
        return cls(
            tuple((s, e) for s, e in data.get("s", ())),
            tuple(DateMention(fromiso(a), fromiso(b), s, e, k) for a, b, s, e, k in data.get("d", ())),
            tuple(NumberMention(float(v), u, s, e, q) for v, u, s, e, q in data.get("n", ())),
            tuple((s, e) for s, e in data.get("e", ())),
        )

    def to_json(self) -> str:
        """Compact JSON (no spaces) for storage next to the passage."""
        return json.dumps(self.to_dict(), separators=(",", ":"), ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> Evidence:
        return cls.from_dict(json.loads(text))


def _compact_number(v: float) -> float | int:
    return int(v) if v.is_integer() and abs(v) < 1e15 else v


# --------------------------------------------------------------------------------------------


def extract(text: str) -> Evidence:
    """Read ``text`` once and return its :class:`Evidence`.

    >>> ev = extract("Newton D . Baker was Secretary of War during 1916-1920 . He died in 1937 .")
    >>> [(s, e) for s, e in ev.sentences]
    [(0, 56), (57, 74)]
    >>> [(d.start.year, d.end.year, d.kind) for d in ev.dates]
    [(1916, 1920, 'range'), (1937, 1937, 'year')]
    >>> ev.entity_names("Newton D . Baker was Secretary of War during 1916-1920 . He died in 1937 .")
    ('Newton D . Baker', 'Secretary of War')
    """
    if not text:
        return Evidence()
    sentences = split_sentences(text)
    runs = digit_runs(text)
    dates = find_dates(text, runs)
    numbers = find_numbers(text, runs, dates)
    entities = find_entities(text, sentences)
    return Evidence(tuple(sentences), tuple(dates), tuple(numbers), tuple(entities))
