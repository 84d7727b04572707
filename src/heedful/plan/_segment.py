"""Sentence and clause segmentation with character offsets into the original instruction."""

from __future__ import annotations

import re
from itertools import pairwise

from heedful.plan._lexicon import ABBREVIATIONS, STOPWORDS, _words

__all__ = ["clauses", "mask_brackets", "sentences"]

# Words that start a new sentence after an abbreviation ("... in the U.S. Relevant documents ...").
_STARTERS = STOPWORDS | frozenset(
    _words(
        "only relevant paragraphs passages documents articles results exclude ignore prefer ideally "
        "especially avoid treat restrict find skip note however also please do don't never i we you"
    )
)
_SENT_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s|$)")
_BULLET = re.compile(r"\n\s*(?:[-*•–]|\d{1,2}[.)])\s+|\n\s*\n")
_NEVER_END = frozenset({"e.g", "i.e", "cf", "vs", "viz", "approx", "ca", "incl", "excl", "resp", "no", "nos",
                        "mr", "mrs", "ms", "dr", "prof", "st", "mt", "jr", "sr", "bros"})


def mask_brackets(text: str) -> str:
    """``text`` with balanced (...) and [...] groups (brackets included) replaced by spaces.

    Offsets are kept, so a match in the masked text indexes the original text.
    """
    chars = list(text)
    stack: list[int] = []
    pairs: list[tuple[int, int]] = []
    for i, ch in enumerate(text):
        if ch in "([":
            stack.append(i)
        elif ch in ")]" and stack:
            pairs.append((stack.pop(), i))
    for s, e in pairs:
        if any(s2 < s and e < e2 for s2, e2 in pairs):
            continue
        for k in range(s, e + 1):
            if chars[k] != "\n":
                chars[k] = " "
    return "".join(chars)


def _mask_quotes(text: str) -> str:
    def blank(m: re.Match[str]) -> str:
        return " " * len(m.group(0))

    text = re.sub(r"\"[^\"\n]*\"|“[^”\n]*”|‘[^’\n]*’", blank, text)
    return re.sub(r"(?<![\w])'[^'\n]{1,80}'(?![\w])", blank, text)


def _abbrev_before(text: str, pos: int) -> str | None:
    m = re.search(r"([A-Za-z][A-Za-z.]*)$", text[max(0, pos - 40):pos])
    if not m:
        return None
    w = m.group(1).lower().rstrip(".")
    if w in ABBREVIATIONS:
        return w
    if re.fullmatch(r"(?:[a-z]\.)+[a-z]|[a-z]", w):
        return w
    return None


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and (text[s].isspace() or text[s] in "-*•–"):
        if text[s] in "-*•–" and s + 1 < e and not text[s + 1].isspace():
            break
        s += 1
    m = re.match(r"\d{1,2}[.)]\s+", text[s:e])
    if m and (s == 0 or text[s - 1] == "\n"):
        s += m.end()
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
        nxt = re.match(r"\s*(\S+)", masked[end:])
        if not nxt:
            continue
        word = nxt.group(1)
        first = word[0]
        if m.group(0) == "." and re.search(r"(?:^|\n)[ \t]*\d{1,2}$", masked[max(0, m.start() - 6):m.start()]) and (
            m.start() <= 2 or masked[max(0, m.start() - 6):m.start()].find("\n") >= 0
        ):
            continue  # "1. Must be ...": a list marker, not a sentence
        if m.group(0)[0] == ".":
            ab = _abbrev_before(masked, m.start())
            if ab is not None:
                bare = re.sub(r"\W+$", "", word).lower()
                if ab in _NEVER_END or not (first.isupper() and bare in _STARTERS):
                    continue
        if not (first.isupper() or first.isdigit() or first in "\"'“‘([-*•"):
            continue
        cuts.add(end)
    for m in _BULLET.finditer(text):
        cuts.add(m.start())
    for m in re.finditer(r"\n", text):
        before = text[:m.start()].rstrip()
        if before and before[-1] in ".!?:;":
            cuts.add(m.start())
    out = []
    ordered = sorted(cuts)
    for s, e in pairwise(ordered):
        s, e = _trim(text, s, e)
        if e > s and re.search(r"\w", text[s:e]):
            out.append((s, e))
    return out


_HARD_SPLIT = re.compile(r";|:(?!\d)|\s[—–]\s|\s--\s")


def clauses(text: str, start: int, end: int, masked: str | None = None) -> list[tuple[int, int]]:
    """Split one sentence span at semicolons, colons and dashes (outside brackets and quotes)."""
    masked = masked if masked is not None else _mask_quotes(mask_brackets(text))
    out: list[tuple[int, int]] = []
    s = start
    for m in _HARD_SPLIT.finditer(masked, start, end):
        if re.search(r"\b(?:e\.g|i\.e|note|example|examples)\.?\s*$", masked[s:m.start()], re.IGNORECASE) and m.group(0) == ":":
            continue
        out.append((s, m.start()))
        s = m.end()
    out.append((s, end))
    trimmed = []
    for a, b in out:
        while a < b and text[a] in " \t\n,":
            a += 1
        while b > a and text[b - 1] in " \t\n,.;:!?":
            b -= 1
        if b > a and re.search(r"\w", text[a:b]):
            trimmed.append((a, b))
    return trimmed
