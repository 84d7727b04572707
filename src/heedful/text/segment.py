"""Sentences and clauses, with character offsets: one splitter for passages and instructions.

Both readers share the vocabulary of what does not end a sentence (:data:`ABBREVIATIONS` and
initials such as "U.S." or "D .") and of the words that do start one after such a period
(:data:`SENTENCE_STARTERS`). They differ on purpose in one layer, the boundary policy:

- :func:`split_sentences` reads passages (prose, wrapped lines, TimeQA's spaced periods "D . Baker");
  a lower-case word after a period never starts a sentence there;
- :func:`sentences` reads instructions: brackets and quotes are masked first, list markers and
  bullets end sentences, and an instruction's own starters ("Exclude", "Prefer", "Only") count
  after an abbreviation. :func:`clauses` splits one of its sentences at semicolons, colons and dashes.

>>> split_sentences("Dr. Baker arrived. He left in 1920.")
[(0, 18), (19, 35)]
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import pairwise

from heedful.text.lexicon import ABBREVIATIONS, STOPWORDS, words

__all__ = ["SENTENCE_STARTERS", "Spans", "clauses", "mask_brackets", "sentences", "split_sentences"]

# "U.S", "e.g", "D.C" (the final period cut off): letters joined by periods
_DOTTED = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]")
# Capitalised words that begin sentences without naming anything; after an abbreviation or an
# initial they signal that the period did end the sentence ("World War I . After the war").
SENTENCE_STARTERS = frozenset(STOPWORDS) | frozenset(words(
    """after before during although however in on at when while since following despite according
    today yesterday tomorrow later then there here meanwhile moreover furthermore thus therefore
    instead yet because unlike like among upon unless whether now next last first finally
    initially originally currently previously recently eventually once many several most
    born located based known called named considered described like despite amid asked
    two three four five six seven eight nine ten additionally also overall still though
    however please yes no perhaps maybe according unfortunately fortunately built made held led
    found grown given written taken set situated formed founded established"""
))
# An instruction's sentences start with its own words ("... in the U.S. Relevant documents ...").
_INSTRUCTION_STARTERS = STOPWORDS | frozenset(words(
    "only relevant paragraphs passages documents articles results exclude ignore prefer ideally "
    "especially avoid treat restrict find skip note however also please do don't never i we you"
))


def _initials(word: str) -> bool:
    """``"d"``, ``"u.s"``, ``"e.g"``: one letter, or letters joined by periods."""
    return (len(word) == 1 and word.isalpha()) or _DOTTED.fullmatch(word) is not None


# --- passages -------------------------------------------------------------------------------------

_QUOTES = "\"'’”)]"
# One leading character class lets the regex engine skip ahead quickly (a fast prefix scan).
# A run of punctuation is tried only from its first mark ("?!..."): trying every mark of a run
# that fails ("....x") would rescan the run each time, quadratic in its length.
_SENT_RE = re.compile(
    r"[.!?\n](?:(?<=\n)\s*|(?<=[.!?])(?<![.!?].)[.!?]*+[\"'’”)\]]*+(?=\s|$))"
)
_NEXT_WORD_LETTERS = re.compile(r"\s*[\"'“‘(\[]*([^\W\d_]+)")
# Prose abbreviates more than instructions do ("Maj.", "Msgr.", "Ste."): these count in passages only.
_PASSAGE_ABBREV = frozenset(ABBREVIATIONS) | frozenset(words(
    """maj adm brig cmdr cdr lieut messrs mme mlle fr sr jr sra srta gen hr approx dist mts pt
    ft ste cie plc llc av mgr msgr univ ref tel""")
)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of a passage; abbreviations and initials stay inside ("Dr. Baker", "D . Baker")."""
    out: list[tuple[int, int]] = []
    start = 0
    for m in _SENT_RE.finditer(text):
        s, e = m.span()
        if text[s] == "\n":
            if s <= start:
                start = e
                continue
            # one newline before a lower-case word is a wrapped line, not a break
            if e >= len(text) or not text[e].islower() or text.count("\n", s, e) > 1:
                _push(text, start, s, out)
                start = e
            continue
        if _is_boundary(text, s, e, m.group()):
            _push(text, start, e, out)
            start = e
    _push(text, start, len(text), out)
    return out


def _push(text: str, s: int, e: int, out: list[tuple[int, int]]) -> None:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s:
        out.append((s, e))


def _is_boundary(text: str, s: int, e: int, punct: str) -> bool:
    n = len(text)
    j = e
    while j < n and text[j].isspace():
        j += 1
    if j >= n:
        return True
    if text[j].islower():
        return False  # "e.g. the", "approx. five"
    if punct[0] in "!?" or (len(punct) > 1 and punct.rstrip(_QUOTES).count(".") > 1):
        return True
    c = text[s - 1] if s else " "
    if c == " ":
        # a period standing alone (TimeQA spacing: "Newton D . Baker", "in 1963 .")
        k = s - 1
        while k > 0 and text[k - 1] == " ":
            k -= 1
        if k == 0 or text[k - 1] == ".":
            return True
        s = k
        c = text[s - 1]
    if c.isdigit():
        return True
    lo = max(0, s - 12)
    k = text.rfind(" ", lo, s) + 1
    if (s - k > 7 and k) or (not k and lo):
        return True  # too long for an abbreviation (and never a slice back to the text's start)
    prev = text[k:s].lstrip("\"'“‘([")
    if not prev:
        return True
    if (len(prev) == 1 and prev.isupper()) or prev.lower() in _PASSAGE_ABBREV or _DOTTED.fullmatch(prev):
        # an initial or an abbreviation: a new sentence only if a sentence-starting word follows
        nm = _NEXT_WORD_LETTERS.match(text, e)
        return nm is not None and nm.group(1).lower() in SENTENCE_STARTERS
    return True


# --- instructions ---------------------------------------------------------------------------------

# starts only at the first mark of a run and never gives back what it took: one pass over "!!!!..."
_SENT_END = re.compile(r"(?<![.!?])[.!?]++[\"'”’)\]]*+(?=\s|$)")
_NEXT_TOKEN = re.compile(r"\s*+(\S+)")
_END_THEN_SPACE = re.compile(r"[.!?:;](\s+)")
_LIST_NUMBER = re.compile(r"\d{1,2}[.)]\s+")
_WORD_CHAR = re.compile(r"\w")
_LAST_WORD = re.compile(r"([A-Za-z][A-Za-z.]*)$")
_LIST_MARK = re.compile(r"(?:^|\n)[ \t]*\d{1,2}$")
_TRAILING_NONWORD = re.compile(r"\W+$")
_BULLET = re.compile(r"\n\s*(?:[-*•–]|\d{1,2}[.)])\s+|\n\s*\n")
_NEVER_END = frozenset({"e.g", "i.e", "cf", "vs", "viz", "approx", "ca", "incl", "excl", "resp", "no", "nos",
                        "mr", "mrs", "ms", "dr", "prof", "st", "mt", "jr", "sr", "bros"})


def mask_brackets(text: str) -> str:
    """``text`` with balanced (...) and [...] groups (brackets included) replaced by spaces.

    Offsets are kept, so a match in the masked text indexes the original text.
    """
    stack: list[int] = []
    pairs: list[tuple[int, int]] = []
    for i, ch in enumerate(text):
        if ch in "([":
            stack.append(i)
        elif ch in ")]" and stack:
            pairs.append((stack.pop(), i))
    if not pairs:
        return text
    # pairs from one stack nest or are disjoint: a pair is inside another when an earlier-opened
    # pair closes after it, so one sweep in order of opening finds the outermost ones
    chars = list(text)
    reach = -1
    for s, e in sorted(pairs):
        if e < reach:
            continue
        reach = e
        for k in range(s, e + 1):
            if chars[k] != "\n":
                chars[k] = " "
    return "".join(chars)


_OPENER = re.compile(r"[\"“‘]")
_CLOSER = {'"': '"', "“": "”", "‘": "’"}


def _mask_quotes(text: str) -> str:
    """``text`` with quoted stretches blanked; a quote closes on its own line or not at all.

    Scanned left to right, in linear time: an opening mark without a closing one on its line marks
    the rest of the line as closed to that kind of quote, so later marks of the kind are not scanned.
    """
    chars: list[str] | None = None
    dead: dict[str, int] = {}  # kind of quote -> offset before which it has no closing mark
    line_end = -1
    m = _OPENER.search(text)
    while m is not None:
        i, opener = m.start(), m.group(0)
        if i >= line_end:
            line_end = text.find("\n", i)
            line_end = len(text) if line_end < 0 else line_end
        j = -1 if dead.get(opener, -1) > i else text.find(_CLOSER[opener], i + 1, line_end)
        if j < 0:
            dead[opener] = line_end
            m = _OPENER.search(text, i + 1)
            continue
        if chars is None:
            chars = list(text)
        chars[i:j + 1] = " " * (j + 1 - i)
        m = _OPENER.search(text, j + 1)
    if chars is not None:
        text = "".join(chars)

    def blank(m: re.Match[str]) -> str:
        return " " * len(m.group(0))

    return re.sub(r"(?<![\w])'[^'\n]{1,80}'(?![\w])", blank, text)


def _abbrev_before(text: str, pos: int) -> str | None:
    m = _LAST_WORD.search(text[max(0, pos - 40):pos])
    if not m:
        return None
    w = m.group(1).lower().rstrip(".")
    if w in ABBREVIATIONS:
        return w
    if _initials(w):
        return w
    return None


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and (text[s].isspace() or text[s] in "-*•–"):
        if text[s] in "-*•–" and s + 1 < e and not text[s + 1].isspace():
            break
        s += 1
    m = _LIST_NUMBER.match(text, s, e)
    if m and (s == 0 or text[s - 1] == "\n"):
        s = m.end()
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of ``text``; abbreviations such as "U.S." and "e.g." do not end a sentence.

    >>> t = "Only U.S. airports count. Exclude e.g. heliports. Prefer big ones."
    >>> [t[s:e] for s, e in sentences(t)]
    ['Only U.S. airports count.', 'Exclude e.g. heliports.', 'Prefer big ones.']
    """
    masked = _mask_quotes(mask_brackets(text))
    cuts = {0, len(text)}
    for m in _SENT_END.finditer(masked):
        end = m.end()
        nxt = _NEXT_TOKEN.match(masked, end)
        if not nxt:
            continue
        word = nxt.group(1)
        first = word[0]
        if m.group(0) == "." and _LIST_MARK.search(masked[max(0, m.start() - 6):m.start()]) and (
            m.start() <= 2 or masked[max(0, m.start() - 6):m.start()].find("\n") >= 0
        ):
            continue  # "1. Must be ...": a list marker, not a sentence
        if m.group(0)[0] == ".":
            ab = _abbrev_before(masked, m.start())
            if ab is not None:
                bare = _TRAILING_NONWORD.sub("", word).lower()
                if ab in _NEVER_END or not (first.isupper() and bare in _INSTRUCTION_STARTERS):
                    continue
        if not (first.isupper() or first.isdigit() or first in "\"'“‘([-*•"):
            continue
        cuts.add(end)
    for m in _BULLET.finditer(text):
        cuts.add(m.start())
    for m in _END_THEN_SPACE.finditer(text):  # a line break after a sentence mark ends the sentence
        for k in range(m.start(1), m.end(1)):
            if text[k] == "\n":
                cuts.add(k)
    out = []
    ordered = sorted(cuts)
    for s, e in pairwise(ordered):
        s, e = _trim(text, s, e)
        if e > s and _WORD_CHAR.search(text, s, e):
            out.append((s, e))
    return out


_HARD_SPLIT = re.compile(r";|:(?!\d)|\s[—–]\s|\s--\s")
_EXAMPLE_LEAD = re.compile(r"\b(?:e\.g|i\.e|note|example|examples)\.?$", re.IGNORECASE)


def clauses(text: str, start: int, end: int, masked: str | None = None) -> list[tuple[int, int]]:
    """Split one sentence span at semicolons, colons and dashes (outside brackets and quotes)."""
    masked = masked if masked is not None else _mask_quotes(mask_brackets(text))
    out: list[tuple[int, int]] = []
    s = start
    for m in _HARD_SPLIT.finditer(masked, start, end):
        if m.group(0) == ":":
            k = m.start()
            while k > s and masked[k - 1].isspace():
                k -= 1
            if _EXAMPLE_LEAD.search(masked, max(s, k - 10), k):
                continue  # "e.g.: ...", "Note: ...": not a clause of its own
        out.append((s, m.start()))
        s = m.end()
    out.append((s, end))
    trimmed = []
    for a, b in out:
        while a < b and text[a] in " \t\n,":
            a += 1
        while b > a and text[b - 1] in " \t\n,.;:!?":
            b -= 1
        if b > a and _WORD_CHAR.search(text, a, b):
            trimmed.append((a, b))
    return trimmed


class Spans:
    """Character spans ``[start, end)`` claimed in a text, for overlap tests in O(log n).

    Overlapping spans are kept as one; spans that only touch stay apart, so :meth:`free` answers as
    a test against every span added would. Kept spans never overlap, so sorted by start they are
    also sorted by end.

    >>> taken = Spans()
    >>> taken.add(3, 7)
    >>> taken.free(7, 9), taken.free(5, 9), 4 in taken, 7 in taken
    (True, False, True, False)
    """

    __slots__ = ("_ends", "_starts")

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []

    def __bool__(self) -> bool:
        return bool(self._starts)

    def __contains__(self, pos: int) -> bool:
        """True when a span holds ``pos`` (``start <= pos < end``)."""
        j = bisect_right(self._starts, pos)
        return j > 0 and self._ends[j - 1] > pos

    def free(self, start: int, end: int) -> bool:
        """True when no span overlaps ``[start, end)``: none has ``span_start < end`` and ``span_end > start``."""
        j = bisect_left(self._starts, end)
        return not (j > 0 and self._ends[j - 1] > start)

    def add(self, start: int, end: int) -> None:
        j = bisect_left(self._starts, end)  # spans before j start before end
        k = bisect_right(self._ends, start)  # spans from k on end after start
        if k < j:
            start, end = min(start, self._starts[k]), max(end, self._ends[j - 1])
        self._starts[k:j] = [start]
        self._ends[k:j] = [end]

    def spans(self) -> list[tuple[int, int]]:
        return list(zip(self._starts, self._ends, strict=True))
