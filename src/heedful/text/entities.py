"""Names in prose: spans of capitalised word sequences ("Bank of America"), without
sentence-initial common words."""

from __future__ import annotations

import bisect
import re

from heedful.text.lexicon import words
from heedful.text.segment import SENTENCE_STARTERS, split_sentences

__all__ = ["find_entities"]

_UP = "".join(c for c in map(chr, range(0x41, 0x530)) if c.isupper() or c.istitle())
# Every alternative starts with a capital, so the pattern opens with one character class and the
# regex engine scans for candidates fast; the lookbehind after it checks the character before.
# A word may keep a period before another capitalised word ("Dr. Baker", "St. Louis"); where that
# period ended a sentence, _entities splits the match at the sentence start.
_TOKEN = rf"[{_UP}](?:(?:\.[{_UP}])+\.|\s?\.(?=\s+[{_UP}])|(?:[\w'’-]*\w)?(?:\.(?=\s+[{_UP}]))?)"
_CONN = r"(?:of|de|the|von|van|der|den|la|le|du|da|di|del|des|dos|das|al|el|y|for|&)"
_ENTITY_RE = re.compile(
    rf"[{_UP}](?<![\w'’].)(?:(?:\.[{_UP}])+\.|\s?\.(?=\s+[{_UP}])|(?:[\w'’-]*\w)?(?:\.(?=\s+[{_UP}]))?)"
    rf"(?:\s+(?:{_CONN}\s+)*{_TOKEN})*"
)
_LEADING = re.compile(rf"[^\s]+\s+(?:{_CONN}\s+)*")
_OPENERS = frozenset("\"'“‘([")
_NOT_NAMES = frozenset(words(
    """january february march april may june july august september october november december monday
    tuesday wednesday thursday friday saturday sunday"""
)) | SENTENCE_STARTERS


def find_entities(text: str, sentences: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """The ``(start, end)`` of every name in ``text``; ``sentences`` are its sentence spans when known.

    >>> t = "The board of Bank of America met. Weekly Shonen Jump agreed."
    >>> [t[s:e] for s, e in find_entities(t)]
    ['Bank of America', 'Weekly Shonen Jump']
    """
    if sentences is None:
        sentences = split_sentences(text)
    starts = [s for s, _ in sentences]
    start_set = set(starts)
    out: list[tuple[int, int]] = []
    for m in _ENTITY_RE.finditer(text):
        s, e = m.span()
        if text.find(" ", s, e) < 0:  # one word: the common case, kept cheap
            w = text[s:e]
            lw = w.lower()
            if len(w) < 2 or lw in _NOT_NAMES:
                continue
            if (s in start_set or (s - 1 in start_set and text[s - 1] in _OPENERS)) and lw.endswith(
                    ("ed", "ing", "ly")):
                continue  # "Built in 1794, ...", "Speaking to reporters, ..."
            if w[-1] in ".-'’" or w.endswith(("'s", "’s")):
                e = _trim_entity(text, s, e)
            if e - s > 1:
                out.append((s, e))
            continue
        if text.find(".", s, e) >= 0:
            # a sentence boundary inside the match splits it ("World War I . After the war")
            i = bisect.bisect_right(starts, s)
            while i < len(starts) and starts[i] < e:
                span = _clean_entity(text, s, _trim_entity(text, s, starts[i]), start_set)
                if span:
                    out.append(span)
                s = starts[i]
                i += 1
        span = _clean_entity(text, s, e, start_set)
        if span:
            out.append(span)
    return out


def _trim_entity(text: str, s: int, e: int) -> int:
    """Cut trailing punctuation and a possessive "'s" off an entity span (not "U.S.")."""
    if text.endswith(("'s", "’s"), s, e):
        e -= 2
    while e > s and not text[e - 1].isalnum():
        if text[e - 1] == "." and e - s >= 3 and text[e - 3] == ".":
            break  # "U.S.", "D.C."
        e -= 1
    return e


def _clean_entity(text: str, s: int, e: int, start_set: set[int]) -> tuple[int, int] | None:
    if e <= s:
        return None
    word_end = text.find(" ", s, e)
    first = text[s:word_end if word_end >= 0 else e]
    at_start = s in start_set or (s - 1 in start_set and text[s - 1] in _OPENERS)
    if word_end < 0:
        if len(first) < 2 or first.lower() in _NOT_NAMES:
            return None
    elif at_start and first.lower() in SENTENCE_STARTERS:
        lm = _LEADING.match(text, s, e)
        if not lm or lm.end() >= e:
            return None
        s = lm.end()
        if text.find(" ", s, e) < 0 and text[s:e].lower() in _NOT_NAMES:
            return None
    e = _trim_entity(text, s, e)
    return (s, e) if e - s > 1 else None
