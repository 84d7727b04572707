"""Split document text into overlapping passages of at most ``max_words`` words.

Documents score by their best passage, so passages should be whole thoughts: a window ends
at a sentence end (``.``, ``!``, ``?`` before a space, or a line break) when one falls in
its last quarter, and the next window starts ``overlap_words`` words before that end.

>>> [(p.index, p.start, p.text) for p in chunk("d1", "One two three. Four five.", max_words=8, overlap_words=2)]
[(0, 0, 'One two three. Four five.')]
"""

from __future__ import annotations

from bisect import bisect_right

import numpy as np

from heedful.errors import ConfigError
from heedful.types import Passage

__all__ = ["chunk"]

# Whether each code point up to U+3000 (the last one str.isspace accepts) is whitespace;
# the extra last entry (False) stands for every code point above.
_SPACE = np.array([chr(i).isspace() for i in range(0x3001)] + [False])
_LAST = len(_SPACE) - 1
_SENTENCE_END = np.zeros(len(_SPACE), dtype=bool)
_SENTENCE_END[[ord(c) for c in ".!?"]] = True
# Closing quotes and brackets may follow the punctuation: 'He left."' ends a sentence.
_CLOSER = np.zeros(len(_SPACE), dtype=bool)
_CLOSER[[ord(c) for c in "\"')]}\u2019\u201d\u00bb"]] = True
_NEWLINE = np.zeros(len(_SPACE), dtype=bool)
_NEWLINE[[ord(c) for c in "\n\r\u2028\u2029"]] = True


def chunk(
    doc_id: str, text: str, *, max_words: int = 180, overlap_words: int = 30
) -> list[Passage]:
    """Split ``text`` into passages of at most ``max_words`` words.

    Words are runs of non-space characters. A passage's text is the exact slice
    ``text[p.start : p.start + len(p.text)]``, from its first word to its last. Text of at
    most ``max_words`` words is one passage; empty text is one empty passage, so every
    document has one. The result depends only on the arguments.

    Args:
        doc_id: the document the passages belong to.
        text: the document text.
        max_words: the most words in one passage (at least 8).
        overlap_words: how many words the next passage repeats (0 <= overlap < max_words).

    Raises:
        ConfigError: ``max_words`` or ``overlap_words`` out of range.

    Example:
        >>> text = "Alpha beta gamma. Delta epsilon zeta eta theta iota kappa lambda mu."
        >>> [(p.id, p.start, p.text) for p in chunk("d1", text, max_words=8, overlap_words=2)]
        [('d1#0', 0, 'Alpha beta gamma. Delta epsilon zeta eta theta'), ('d1#1', 37, 'eta theta iota kappa lambda mu.')]
    """
    _check(max_words, overlap_words)
    # Splitting is cheaper than _words for short texts; long ones skip straight to _words.
    stripped = text.strip()
    if not stripped:
        return [Passage(doc_id, 0, "", 0)]
    if len(text) <= 16 * max_words and len(text.split()) <= max_words:
        return [Passage(doc_id, 0, stripped, len(text) - len(text.lstrip()))]

    starts, ends, breaks = _words(text)
    n = len(starts)
    # A window may end early at a sentence end, but no earlier than its last quarter.
    min_words = max_words - max(1, max_words // 4)
    passages: list[Passage] = []
    first = 0
    while True:
        last = first + max_words - 1
        if last >= n - 1:
            last = n - 1
        else:
            j = bisect_right(breaks, last) - 1
            if j >= 0 and breaks[j] >= first + min_words - 1:
                last = breaks[j]
        a, b = int(starts[first]), int(ends[last])
        passages.append(Passage(doc_id, len(passages), text[a:b], a))
        if last == n - 1:
            return passages
        first = max(last + 1 - overlap_words, first + 1)


def _check(max_words: int, overlap_words: int) -> None:
    if isinstance(max_words, bool) or not isinstance(max_words, int) or max_words < 8:
        raise ConfigError(
            f"max_words={max_words!r} is out of range; pass an integer max_words >= 8"
        )
    if (
        isinstance(overlap_words, bool)
        or not isinstance(overlap_words, int)
        or not 0 <= overlap_words < max_words
    ):
        raise ConfigError(
            f"overlap_words={overlap_words!r} is out of range; pass an integer "
            f"0 <= overlap_words < max_words={max_words}, e.g. {max_words // 6}"
        )


def _words(text: str) -> tuple[np.ndarray, np.ndarray, list[int]]:
    """Start and end offsets of every word, and the indexes of words that end a sentence.

    Vectorised over code points: one Python step per word would dominate indexing time.
    """
    raw = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    cp = np.minimum(raw, _LAST)
    word = ~np.take(_SPACE, cp)
    # Offsets where words start and end alternate: start, end, start, end, ...
    edges = np.flatnonzero(word[1:] != word[:-1]) + 1
    if word[0]:
        edges = np.concatenate(([0], edges))
    if word[-1]:
        edges = np.concatenate((edges, [len(word)]))
    starts, ends = edges[0::2], edges[1::2]
    last = cp[ends - 1]
    before = cp[np.maximum(ends - 2, 0)]
    punct = _SENTENCE_END[last] | (_CLOSER[last] & _SENTENCE_END[before] & (ends - 2 >= starts))
    # A word also ends a sentence when a line break follows it before the next word.
    if "\r" in text or "\u2028" in text or "\u2029" in text:
        newlines = np.flatnonzero(np.take(_NEWLINE, cp))
    else:
        newlines = np.flatnonzero(raw == 10)
    # The word before a line break is the last one ending at or before it.
    before_break = np.searchsorted(ends, newlines, side="right") - 1
    punct[before_break[before_break >= 0]] = True
    return starts, ends, np.flatnonzero(punct).tolist()
