"""Numeric comparisons in instruction text: "more than 5,000", "at least two", "over 7,500 m".

The instruction side of :mod:`heedful.text.numbers`: the same values (:func:`~heedful.text.numbers.
parse_number`: digits, number words, scales such as "million") and currencies
(:func:`~heedful.text.numbers.currency_unit`), read as the comparison an instruction asks for.
:func:`find_comparisons` returns :class:`NumExpr` records with character offsets, the comparison,
the value, a canonical unit and the words around it that say what is counted ("a herd above
5,000" -> context ``["herd"]``).

It differs from the passage reader on purpose: an instruction's scales are read case-insensitively
and "5k" is 5,000 (a passage's "5K" is more often a name), and only a comparison, a range or a
stated count makes a number here, since a bare number in an instruction asks for nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from heedful.text.lexicon import DOC_NOUNS, META_VERBS, NUMBER_WORDS, STOPWORDS, UNIT_OF, words
from heedful.text.numbers import currency_unit, parse_number
from heedful.text.segment import Spans

__all__ = ["PRICE_COMPARATIVE", "NumExpr", "comparison_at", "find_comparisons"]

_WORDNUM = "|".join(sorted((w for w in NUMBER_WORDS if " " not in w and w != "single"), key=len, reverse=True))
_NUM = (
    r"(?P<cur>US\$|\$|€|£|¥)?\s?(?P<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|(?:a\s+)?(?:" + _WORDNUM + r"))"
    r"(?:\s?(?P<scale>thousand|million|billion|trillion|bn|mn|tn|k|m|b)\b)?"
)
_NUM_RE = re.compile(_NUM, re.IGNORECASE)

_CMP = [
    (">=", (r"at\s+least|no\s+fewer\s+than|no\s+less\s+than|not\s+less\s+than|not\s+fewer\s+than|a\s+minimum\s+of|"
           r"minimum\s+of|min\.|as\s+many\s+as|as\s+much\s+as")),
    ("<=", (r"at\s+most|no\s+more\s+than|not\s+more\s+than|up\s+to|a\s+maximum\s+of|maximum\s+of|max\.|"
           r"no\s+greater\s+than|no\s+larger\s+than|not\s+exceeding|not\s+over|not\s+above")),
    (">", (r"more\s+than|greater\s+than|larger\s+than|higher\s+than|bigger\s+than|longer\s+than|taller\s+than|"
          r"heavier\s+than|older\s+than|over|above|exceeding|exceeds|exceeded|in\s+excess\s+of|upwards\s+of|"
          r"north\s+of|beyond|more\s+expensive\s+than|pricier\s+than|costlier\s+than|dearer\s+than")),
    ("<", (r"less\s+than|fewer\s+than|smaller\s+than|lower\s+than|shorter\s+than|lighter\s+than|younger\s+than|"
          r"under|below|beneath|short\s+of|cheaper\s+than|less\s+expensive\s+than|less\s+costly\s+than")),
    ("=", r"exactly|precisely|a\s+single|only\s+one|just\s+one|one\s+single"),
]
#: "price < 1000", "rating >= 4": a symbol compares too (never "=", which names a field's value)
_SYMBOLS = {"<": "<", "<=": "<=", "=<": "<=", "≤": "<=", ">": ">", ">=": ">=", "=>": ">=", "≥": ">="}
_CMP_RE = re.compile(
    r"(?:\b(?:" + "|".join(f"(?P<c{i}>{rx})" for i, (_, rx) in enumerate(_CMP)) + r")\s+"
    r"|(?<![<>=!])(?P<sym><=|=<|>=|=>|<|>|≤|≥)(?![<>=])\s*)(?:a\s+total\s+of\s+)?",
    re.IGNORECASE,
)
#: comparisons that are about a price whatever the words around them ("cheaper than 500")
PRICE_COMPARATIVE = re.compile(r"(?:cheaper|less\s+expensive|less\s+costly|more\s+expensive|pricier|costlier|"
                               r"dearer)\s+than\b", re.IGNORECASE)
_BETWEEN_RE = re.compile(r"\b(?:between|from)\s+" + _NUM.replace("?P<", "?P<a_") + r"\s+(?:and|to|-|–)\s+"
                         + _NUM.replace("?P<", "?P<b_"), re.IGNORECASE)
_TRAIL_RE = re.compile(
    r"\s*(?:(?P<ge>(?:or|and)\s+(?:more|greater|higher|above|over|up)\b|plus\b|\+)"
    r"|(?P<le>(?:or|and)\s+(?:fewer|less|lower|below|under)\b))",
    re.IGNORECASE,
)
_HAVE_RE = re.compile(
    r"\b(?:has|have|had|having|with|gives?|reports?|lists?|contains?|includes?|records?|comprises?|consists?\s+of)"
    r"\s+(?:exactly\s+|only\s+|just\s+)?(?P<q>a\s+single|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"\d+(?:,\d{3})*)\s++(?:\([^()]{0,80}\)\s++)*",
    re.IGNORECASE,
)
_WORD_RE = re.compile(r"[A-Za-z][A-Za-z\-']*")
_CONTEXT_STOP = STOPWORDS | DOC_NOUNS | frozenset(META_VERBS) | frozenset(
    words(
        "relevant count counts only figure figures number numbers total approximately about around "
        "nearly mention must should need needs include includes almost roughly some estimated "
        "reported recorded least most according given stated listed shown based cited per"
    )
)


_UNIT_WORD = re.compile(r"\s?(%|°C|°F|[A-Za-z²/]+2?(?:\s+(?:cent|kilometres|kilometers|miles|sterling|dollars|km|mi))?)")
_PUNCT = re.compile(r"[.,;:()\[\]!?]")
_LOWER_AFTER = re.compile(r"\s+[a-z]")
_AND_AFTER = re.compile(r"\s+(?:and|or|to|in)\b")
# words after which "a single N" counts N ("genera that have a single species", "with a single track")
# ("consisting of a single span"; a bare "of" is an individual: "one season of a single team")
_COUNTED_BEFORE = re.compile(r"\b(?:have|has|had|having|with|contain|contains|containing|include|includes|hold|holds|"
                             r"consists?\s+of|consisting\s+of|composed\s+of|made\s+up\s+of|"
                             r"won|win|wins|score|scored)\s+$", re.IGNORECASE)
_JUST_ONE = re.compile(r"(?:a\s+single|one\s+single|only\s+one|just\s+one)", re.IGNORECASE)
_CONTEXT_REACH = 120  # characters after a number searched for the noun it counts


@dataclass(frozen=True)
class NumExpr:
    """A numeric comparison found in text."""

    start: int
    end: int
    op: str
    value: Any
    unit: str | None
    context: tuple[str, ...]
    text: str


def _unit_after(text: str, pos: int) -> tuple[str | None, int]:
    """A unit right after a number: returns (canonical unit, end offset)."""
    m = _UNIT_WORD.match(text[pos:pos + 25])
    if not m:
        return None, pos
    word = m.group(1).lower()
    for cand in (word, word.split()[0]):
        if cand in UNIT_OF:
            end = pos + m.start(1) + len(cand) if cand != word else pos + m.end(1)
            return UNIT_OF[cand], end
    return None, pos


def _context_after(text: str, pos: int, limit: int = 3) -> list[str]:
    out: list[str] = []
    # the counted noun is within a few words: reading on to the end of the text would make the
    # work for every number grow with the text after it
    for m in _WORD_RE.finditer(text, pos, pos + _CONTEXT_REACH):
        if _PUNCT.search(text, pos, m.start()):
            break
        w = m.group(0).lower()
        if not out and w in ("story", "stories") and not _PUNCT.search(text, pos, m.start()):
            out.append(w)  # "over 30 stories": floors, not articles
            pos = m.end()
            continue
        if w in _CONTEXT_STOP or w in UNIT_OF:
            if out or w not in ("of", "the", "a", "an"):
                break
            pos = m.end()
            continue
        out.append(w)
        pos = m.end()
        if len(out) >= limit:
            break
    return out


def _context_before(text: str, pos: int, limit: int = 2) -> list[str]:
    words = list(_WORD_RE.finditer(text[max(0, pos - 60):pos]))
    gap_text = text[max(0, pos - 60):pos]
    out: list[str] = []
    skipping = True
    prev_start = len(gap_text)
    for m in reversed(words):
        if _PUNCT.search(gap_text, m.end(), prev_start):
            break
        w = m.group(0).lower()
        adjacent = prev_start == len(gap_text)  # the word right before the comparison
        prev_start = m.start()
        if adjacent and w in ("story", "stories"):  # "stories above 40": floors, not articles
            skipping = False
            out.append(w)
            continue
        if w in _CONTEXT_STOP:
            if skipping and w in ("of", "a", "an", "the", "is", "was", "were", "are", "has", "have", "had", "with",
                                  "gives", "give", "reports", "states", "lists", "that", "toll", "its"):
                continue
            break
        skipping = False
        out.append(w)
        if len(out) >= limit:
            break
    return list(reversed(out))


def _value_unit(m: re.Match[str], text: str, prefix: str = "") -> tuple[Any, str | None, int] | None:
    cur = m.group(prefix + "cur")
    scale = m.group(prefix + "scale")
    money = bool(cur)
    value = parse_number(m.group(prefix + "n"), scale, money=money)
    end = m.end()
    if value is None and scale:  # "7,500 m": drop the scale, read it as a unit
        value = parse_number(m.group(prefix + "n"))
        end = m.start(prefix + "scale")
    if value is None:
        return None
    unit: str | None = currency_unit(cur) if cur else None
    if unit is None:
        unit, end2 = _unit_after(text, end)
        end = end2 if unit else end
    return value, unit, end


def find_comparisons(text: str) -> list[NumExpr]:
    """All numeric comparisons in ``text``.

    >>> [(n.op, n.value, n.unit, n.context) for n in find_comparisons("a herd above 5,000")]
    [('>', 5000, None, ('herd',))]
    >>> [(n.op, n.value, n.unit) for n in find_comparisons("peaks over 7,500 m")]
    [('>', 7500, 'm')]
    >>> [n.context for n in find_comparisons("a number of floors or stories above 40; towers over 30 stories")]
    [('stories',), ('towers', 'stories')]
    >>> [n.context for n in find_comparisons("news stories with more than 5 deaths")]
    [('deaths',)]
    """
    out: list[NumExpr] = []
    taken = Spans()
    free = taken.free

    for m in _BETWEEN_RE.finditer(text):
        n = _between(m, text, years=True)
        if n is not None:
            out.append(n)
            taken.add(n.start, n.end)

    for cm in _CMP_RE.finditer(text):
        n = _compared(cm, text, years=True)
        if n is None or not free(cm.start(), n.end):
            continue
        out.append(n)
        taken.add(n.start, n.end)

    for nm in _NUM_RE.finditer(text):
        if not free(nm.start(), nm.end()):
            continue
        vu = _value_unit(nm, text)
        if vu is None:
            continue
        value, unit, end = vu
        tm = _TRAIL_RE.match(text, end)
        if not tm:
            continue
        op = ">=" if tm.group("ge") else "<="
        e = tm.end()
        ctx = _context_before(text, nm.start()) + _context_after(text, e)
        out.append(NumExpr(nm.start(), e, op, value, unit, tuple(dict.fromkeys(ctx)), text[nm.start():e]))
        taken.add(nm.start(), e)

    for hm in _HAVE_RE.finditer(text):
        q = hm.group("q")
        s = hm.start("q")
        if not free(s, hm.end()):
            continue
        value = 1 if q.lower().startswith("a ") else parse_number(q)
        if value is None:
            continue
        ctx = _context_after(text, hm.end(), limit=2)
        if not ctx:
            continue
        # the counted noun ends the expression
        last = re.compile(r"\b" + re.escape(ctx[-1]) + r"\b", re.IGNORECASE).search(text, hm.end())
        e = last.end() if last else hm.end()
        out.append(NumExpr(s, e, "=", value, None, tuple(ctx), text[s:e]))
        taken.add(s, e)
    out.sort(key=lambda n: n.start)
    return [_as_rank(n, text) for n in out]


def comparison_at(text: str, pos: int) -> NumExpr | None:
    """The comparison that starts at ``pos``, if one does: "under 1000", "< 1000", "between 5 and 10".

    For a caller that knows a number is meant (a numeric field named right before it), so "under
    1000" is read as a number, not left alone as the year it could be in free text.

    >>> n = comparison_at("price under 1000", 6)
    >>> (n.op, n.value, n.text)
    ('<', 1000, 'under 1000')
    >>> comparison_at("price around 1000", 6) is None
    True
    """
    m = _BETWEEN_RE.match(text, pos)
    if m:
        return _between(m, text, years=False)
    cm = _CMP_RE.match(text, pos)
    return _compared(cm, text, years=False) if cm else None


def _between(m: re.Match[str], text: str, *, years: bool) -> NumExpr | None:
    """"between 5 and 10" (``years``: not when it reads as a span of years)."""
    a = parse_number(m.group("a_n"), m.group("a_scale"), money=bool(m.group("a_cur") or m.group("b_cur")))
    b_m = _value_unit(m, text, "b_")
    if a is None or b_m is None:
        return None
    b, unit, end = b_m
    if a > b:
        return None
    # years are time, not quantities: leave "between 1995 and 2002" to the time parser
    if years and unit is None and all(isinstance(v, int) and 100 <= v <= 2199 for v in (a, b)) and (
        not _LOWER_AFTER.match(text, end, end + 3) or _AND_AFTER.match(text, end, end + 5)
    ):
        return None
    ctx = _context_before(text, m.start()) + _context_after(text, end)
    return NumExpr(m.start(), end, "between", (a, b), unit, tuple(dict.fromkeys(ctx)), text[m.start():end])


def _compared(cm: re.Match[str], text: str, *, years: bool) -> NumExpr | None:
    """A comparison word or symbol and its number (``years``: not "over 1990", which is a year)."""
    sym = cm.group("sym")
    op = _SYMBOLS[sym] if sym else next(_CMP[i][0] for i in range(len(_CMP)) if cm.group(f"c{i}"))
    if op == "=" and _JUST_ONE.match(cm.group(0)):
        nm = None
        value_unit: tuple[Any, str | None, int] | None = (1, None, len(cm.group(0).rstrip()) + cm.start())
    else:
        nm = _NUM_RE.match(text, cm.end())
        if not nm:
            return None
        value_unit = _value_unit(nm, text)
    if value_unit is None:
        return None
    value, unit, end = value_unit
    # "over 1990" is not a count; "under 18" is fine
    if (years and nm is not None and op in ("<", ">") and cm.group(0).strip().lower() in ("over", "under", "above", "below")
            and unit is None and isinstance(value, int) and 1000 <= value <= 2199
            and not _LOWER_AFTER.match(text, end, end + 3)):
        return None
    if nm is None and not _context_after(text, end):
        return None  # "a single or song": no counted noun, no number
    if nm is None and cm.group(0).lower().startswith(("a", "one")) and not _COUNTED_BEFORE.search(
            text, max(0, cm.start() - 30), cm.start()):
        return None  # "about a single well-known dog", "one single game": an individual, not a count
        # ("that have a single species" is one)
    ctx = _context_before(text, cm.start()) + _context_after(text, end)
    return NumExpr(cm.start(), end, op, value, unit, tuple(dict.fromkeys(ctx)), text[cm.start():end])


# a position in a ranking ("peak chart position ... number 50 or higher", "ranked higher than 10"):
# higher is a smaller number
_RANK_BEFORE = re.compile(r"\b(?:positions?|rank|ranked|ranking|placed|placing|peak(?:ed)?|charted|seed(?:ed)?|"
                          r"No\.|#)(?:\s+[^.;:]{0,60}?)??(?:\s+(?:is|was|at|of))?(?:\s+(?:number|No\.)|\s*#)?\s*$", re.IGNORECASE)
_UPWARD = re.compile(r"\b(?:higher|better|above|over|up|greater|more)\b", re.IGNORECASE)
_INVERSE = {">": "<", ">=": "<=", "<": ">", "<=": ">="}


def _as_rank(n: NumExpr, text: str) -> NumExpr:
    """``n`` read as a position when a ranking word comes before it and it says "higher" or "better":
    "number 50 or higher" is 50 or less. Other comparisons pass unchanged."""
    if n.unit is not None or n.op not in _INVERSE or not _UPWARD.search(n.text) or _context_after(text, n.end):
        return n  # "ranked by height, with more than 40 floors": a count of something
    if not _RANK_BEFORE.search(text, max(0, n.start - 80), n.start + _lead_len(n.text)):
        return n
    return NumExpr(n.start, n.end, _INVERSE[n.op], n.value, n.unit, n.context, n.text)


def _lead_len(expr: str) -> int:
    """How many characters of a comparison come before its number ("higher than 10": 12)."""
    m = _NUM_RE.search(expr)
    return m.start() if m else 0
