"""Sentences: where each sentence of a passage starts and ends, abbreviations and initials kept
inside ("Dr. Baker", "U.S. forces", "D . Baker").

>>> split_sentences("Dr. Baker arrived. He left in 1920.")
[(0, 18), (19, 35)]
"""

from __future__ import annotations

import re

from heedful.text.lexicon import ABBREVIATIONS, STOPWORDS, words

__all__ = ["SENTENCE_STARTERS", "split_sentences"]

_QUOTES = "\"'’”)]"
# One leading character class lets the regex engine skip ahead quickly (a fast prefix scan).
# A run of punctuation is tried only from its first mark ("?!..."): trying every mark of a run
# that fails ("....x") would rescan the run each time, quadratic in its length.
_SENT_RE = re.compile(
    r"[.!?\n](?:(?<=\n)\s*|(?<=[.!?])(?<![.!?].)[.!?]*+[\"'’”)\]]*+(?=\s|$))"
)
_NEXT_WORD = re.compile(r"\s*[\"'“‘(\[]*([^\W\d_]+)")
_DOTTED = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]")  # "U.S", "e.g", "D.C" (final period cut off)
_EXTRA_ABBREV = frozenset(words(
    """maj adm brig cmdr cdr lieut messrs mme mlle fr sr jr sra srta gen hr approx dist mts pt
    ft ste cie plc llc av mgr msgr univ ref tel""")
)
_ABBREV = frozenset(ABBREVIATIONS) | _EXTRA_ABBREV
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


def split_sentences(text: str) -> list[tuple[int, int]]:
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
    if (len(prev) == 1 and prev.isupper()) or prev.lower() in _ABBREV or _DOTTED.fullmatch(prev):
        # an initial or an abbreviation: a new sentence only if a sentence-starting word follows
        nm = _NEXT_WORD.match(text, e)
        return nm is not None and nm.group(1).lower() in SENTENCE_STARTERS
    return True
