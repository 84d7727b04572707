"""Quantities: the number grammar (digits, number words, scales such as "million", currencies,
units) and the passage reader on it: numbers with their unit (currencies, percentages, lengths ...),
scale and the comparison the text puts on them ("more than 10"); years and dates are not numbers.
The instruction reader on the same grammar is :mod:`heedful.text.comparisons`.

>>> [(n.value, n.unit, n.qualifier) for n in find_numbers("It cost more than $1.2 million.")]
[(1200000.0, 'USD', '>')]
"""

from __future__ import annotations

import math
import re
from typing import NamedTuple

from heedful.text import timex
from heedful.text.lexicon import NUMBER_WORDS, SCALES, UNIT_OF, words
from heedful.text.timex import DateMention

__all__ = ["CURRENCY_UNITS", "NumberMention", "currency_unit", "find_numbers", "parse_number"]

CURRENCY_UNITS = frozenset(
    words("USD EUR GBP JPY CHF CAD AUD NZD HKD SGD INR CNY BRL")
)
"""Canonical units that make a number a money amount."""

class NumberMention(NamedTuple):
    """A quantity stated in the text (years and dates excluded)."""

    value: float
    unit: str | None
    char_start: int
    char_end: int
    qualifier: str | None = None  # > >= < <= ~


_CURRENCY_PREFIX = {
    "$": "USD", "US$": "USD", "U.S.$": "USD", "USD": "USD", "A$": "AUD", "AU$": "AUD", "C$": "CAD",
    "CA$": "CAD", "NZ$": "NZD", "HK$": "HKD", "S$": "SGD", "R$": "BRL", "€": "EUR", "EUR": "EUR",
    "£": "GBP", "GBP": "GBP", "¥": "JPY", "JPY": "JPY", "₹": "INR", "INR": "INR", "CHF": "CHF",
    "CAD": "CAD", "AUD": "AUD", "RMB": "CNY", "CNY": "CNY",
}


def currency_unit(sign: str) -> str | None:
    """The currency a sign or code before a number names: ``"US$"`` -> ``"USD"``, ``"£"`` -> ``"GBP"``."""
    return _CURRENCY_PREFIX.get(re.sub(r"\s", "", sign).upper())


def parse_number(raw: str, scale: str | None = None, *, money: bool = False) -> int | float | None:
    """``"5,000"`` -> 5000, ``"1.2", "million"`` -> 1200000, ``"two"`` -> 2.

    A number too large for a float ("1" followed by 400 digits) is not a number here: ``None``.
    """
    s = raw.strip().lower()
    if s.startswith("a "):
        s = s[2:].strip()
    if s in NUMBER_WORDS:
        v: float = NUMBER_WORDS[s]
    else:
        try:
            v = float(s.replace(",", ""))
        except ValueError:
            return None
    if scale:
        sc = scale.lower()
        if sc == "m" and not money:
            return None  # "7,500 m" is metres, not millions
        if sc == "b" and not money:
            return None
        v *= SCALES[sc]
    if not math.isfinite(v):
        return None
    return int(v) if float(v).is_integer() else v



_UNIT_FORMS = "|".join(
    sorted((re.escape(f).replace(r"\ ", r"\s+") for f in UNIT_OF if f != "%"), key=len, reverse=True)
)
_NUM_RE = re.compile(
    r"(?<![\w.,:/$€£¥])(?<![A-Za-z]-)"
    r"(?:(?P<cur>US\$|U\.S\.\s?\$|AU\$|CA\$|NZ\$|HK\$|[ACSR]\$|\$|€|£|¥|₹|(?:USD|EUR|GBP|JPY|CHF|CAD|AUD|INR"
    r"|RMB|CNY)\s?)\s?)?"
    r"(?P<int>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?P<frac>\d+))?"
    r"(?:\s?(?P<scale>thousand|million|billion|trillion|bn|mn|tn|[mkMKB])(?![\w]))?"
    rf"(?:\s?(?P<unit>%|(?i:per\s?cent|{_UNIT_FORMS})(?!\w)))?"
    r"(?![\w]|[.:,]\d)"
)
# Any text is valid input, so digit runs can be arbitrarily long; past these lengths the digits
# say nothing more about a quantity (a float keeps 17 significant digits, overflows past 1e308,
# and int() refuses more than 4,300 digits).
_MAX_WHOLE_DIGITS = 30
_MAX_FRAC_DIGITS = 20
_UNIT_AFTER_WORD = re.compile(rf"\s(?P<unit>%|(?i:per\s?cent|{_UNIT_FORMS}))(?!\w)")
_WSCALE = {"dozen": 12, "hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9}
_PLURALS = {"dozens": 24, "hundreds": 200, "thousands": 2e3, "millions": 2e6, "billions": 2e9}
_UNITS_W = "one|two|three|four|five|six|seven|eight|nine"
# Number words are matched case-insensitively for ASCII letters only ("(?ai:"): full Unicode
# case folding would also match "thouſand" or "fİve", which no table lookup below knows.
_NUMWORD_RE = re.compile(
    r"\b(?:(?P<a>(?ai:an?))\s+(?P<ascale>(?ai:single|dozen|hundred|thousand|million|billion))"
    r"|(?P<w>(?ai:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    rf"(?:[-\s](?ai:{_UNITS_W}))?"
    rf"|(?ai:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|{_UNITS_W}))"
    r"(?:\s+(?P<wscale>(?ai:dozen|hundred|thousand|million|billion)))?"
    r"|(?P<pl>(?ai:dozens|hundreds|thousands|millions|billions)))\b"
)
_ONE_NOT_NUMBER_BEFORE = re.compile(r"(?i)\b(?:no|the|any|every|each|this|that|which|one|some)\s+$")
_ONE_NOT_NUMBER_AFTER = re.compile(r"(?i)\s+(?:of|another|day|time|way|thing)\b|'s\b|’s\b")
_CUR_CHARS = frozenset("$€£¥₹")
_CUR_BEFORE = re.compile(
    r"(?:(?:US|U\.S\.\s?|AU|CA|NZ|HK|[ACSR])?\$|[€£¥₹]|USD|EUR|GBP|JPY|CHF|CAD|AUD|INR|RMB|CNY)\s?$"
)
# words that can begin a spelled-out number; found with str.find, far faster than a regex scan
_NUMBER_WORDS_FIRST = words(
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety "
    "dozens hundreds thousands millions billions"
)
_A_SCALES = ("single", "dozen", "hundred", "thousand", "million", "billion")


def _number_word_anchors(text: str) -> list[int]:
    low = text.lower()
    if len(low) != len(text):
        low = text
    n = len(low)
    out = []
    for firsts, article in ((_NUMBER_WORDS_FIRST, False), (_A_SCALES, True)):
        for w in firsts:
            i = low.find(w)
            while i >= 0:
                j = i + len(w)
                if (i == 0 or not low[i - 1].isalpha()) and (j >= n or not low[j].isalpha()):
                    if not article:
                        out.append(i)
                    elif low.endswith("a ", 0, i) and (i < 3 or not low[i - 3].isalpha()):
                        out.append(i - 2)
                    elif low.endswith("an ", 0, i) and (i < 4 or not low[i - 4].isalpha()):
                        out.append(i - 3)
                i = low.find(w, j)
    out.sort()
    return out


_MONTH_DAY_BEFORE = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s$"
)
_DAY_MONTH_AFTER = re.compile(
    r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\s(?:of\s)?(?:January|February|March|April|May|June|July"
    r"|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b"
)


def _run_end(text: str, p: int) -> int:
    n = len(text)
    while p < n and text[p].isdigit():
        p += 1
    return p


def _prev_run_end(text: str, p: int) -> int:
    """End of the digit run just before the separator at ``p - 1`` ("7-8" -> end of "7")."""
    return p - 1 if p > 1 and text[p - 2].isdigit() else -2


def _canon_unit(u: str) -> str:
    if u == "%":
        return "%"
    low = re.sub(r"\s+", " ", u.lower())
    if low.replace(" ", "") == "percent":
        return "%"
    return UNIT_OF.get(low, u)


_QUALIFIER_BEFORE = re.compile(
    r"(?i)\b(?P<q>(?:more|greater|larger|higher|taller|bigger|longer|older|heavier|wider|deeper)\s+than|"
    r"(?:less|fewer|smaller|lower|shorter|younger|lighter)\s+than|over|above|in\s+excess\s+of|exceeding|upwards\s+of|"
    r"at\s+least|no\s+fewer\s+than|no\s+less\s+than|less\s+than|fewer\s+than|under|below|up\s+to|"
    r"at\s+most|no\s+more\s+than|nearly|almost|about|around|approximately|roughly|some|an\s+estimated|"
    r"estimated|circa|approx\.?)\s*$"
)
_QUALIFIER_LAST = frozenset(words(
    "than over above of exceeding least under below to most nearly almost about around approximately "
    "roughly some estimated circa approx approx."
))
_QUALIFIER = {
    "more than": ">", "greater than": ">", "larger than": ">", "higher than": ">", "taller than": ">",
    "bigger than": ">", "longer than": ">", "older than": ">", "heavier than": ">", "wider than": ">",
    "deeper than": ">", "smaller than": "<", "lower than": "<", "shorter than": "<",
    "younger than": "<", "lighter than": "<", "over": ">", "above": ">", "in excess of": ">",
    "exceeding": ">", "upwards of": ">", "at least": ">=", "no fewer than": ">=",
    "no less than": ">=", "less than": "<", "fewer than": "<", "under": "<", "below": "<",
    "up to": "<=", "at most": "<=", "no more than": "<=",
}


def _qualifier(text: str, cs: int) -> str | None:
    if cs < 3 or text[cs - 1] != " ":
        return None
    k = text.rfind(" ", max(0, cs - 16), cs - 1) + 1
    if text[k:cs - 1].lower() not in _QUALIFIER_LAST:
        return None
    m = _QUALIFIER_BEFORE.search(text, max(0, cs - 22), cs)
    if not m:
        return None
    return _QUALIFIER.get(re.sub(r"\s+", " ", m.group("q").lower()), "~")


def find_numbers(text: str, runs: list[int] | None = None, dates: list[DateMention] | None = None,
                 ) -> list[NumberMention]:
    """Every quantity of ``text``, in order; numbers inside its ``dates`` are not quantities. ``runs``
    and ``dates`` are :func:`~heedful.text.timex.digit_runs` and ``find_dates`` when already known."""
    digit_runs = timex.digit_runs(text) if runs is None else runs
    dates = timex.find_dates(text, digit_runs) if dates is None else dates
    found: list[NumberMention] = []
    last = -1
    prev_day = -1
    spans = [(d.char_start, d.char_end) for d in dates]
    j, nspans = 0, len(spans)
    for p in digit_runs:
        if p < last:
            continue  # the rest of "5,000" or "3.5"
        while j < nspans and spans[j][1] <= p:
            j += 1
        if j < nspans and spans[j][0] <= p:
            continue  # inside a date
        if p > 1 and text[p - 1] in " -–" and (
            _MONTH_DAY_BEFORE.search(text, max(0, p - 12), p)
            or (text[p - 1] != " " and prev_day == _prev_run_end(text, p))
        ):
            prev_day = _run_end(text, p)
            continue  # "February 28", "July 7-8": a day without a year, not a quantity
        if _DAY_MONTH_AFTER.match(text, p):
            prev_day = _run_end(text, p)
            continue  # "28 February"
        start = p
        c = text[p - 1] if p else ""
        if c in _CUR_CHARS or (c == " " and p > 1 and (text[p - 2] in _CUR_CHARS or text[p - 2].isupper())):
            cm = _CUR_BEFORE.search(text, max(0, p - 7), p)
            if cm:
                start = cm.start()
        m = _NUM_RE.match(text, start)
        if m is None and start != p:
            m = _NUM_RE.match(text, p)
        if m is None:
            continue
        last = m.end()
        g = m.group
        whole = g("int").replace(",", "")
        if len(whole) > _MAX_WHOLE_DIGITS:
            continue  # a serial number or a run of digits, not a quantity
        cur = g("cur")
        unit = currency_unit(cur) if cur else None
        frac = (g("frac") or "")[:_MAX_FRAC_DIGITS]
        digits = int(whole + frac)
        scale = g("scale")
        mult = 1
        if scale:
            if scale == "m" and not cur:
                unit = "m"  # "7,500 m" is metres, "$5m" is millions
            elif scale in ("k", "M", "K", "B") and not cur:
                pass  # "11B", "5K" without a currency sign are names, not scales
            else:
                mult = SCALES[scale.lower()]
        # integer arithmetic first, so "$1.2 billion" is exactly 1.2e9
        value = digits * mult / 10 ** len(frac) if frac else float(digits * mult)
        u = g("unit")
        if u:
            canon = _canon_unit(u)
            if unit is None or canon not in CURRENCY_UNITS:
                unit = canon
        found.append(NumberMention(value, unit, m.start(), m.end(), _qualifier(text, m.start())))
    last = -1
    for p in _number_word_anchors(text):
        if p < last:
            continue
        m = _NUMWORD_RE.match(text, p)
        if m is None:
            continue
        g = m.group
        qual = None
        if g("a"):
            value = 1.0 if g("ascale").lower() == "single" else float(_WSCALE[g("ascale").lower()])
        elif g("pl"):
            value, qual = float(_PLURALS[g("pl").lower()]), ">="
        else:
            w = g("w").lower()
            if w == "one" and (_ONE_NOT_NUMBER_BEFORE.search(text, max(0, p - 8), p)
                               or _ONE_NOT_NUMBER_AFTER.match(text, m.end())):
                continue
            value = float(sum(NUMBER_WORDS.get(x, 0) for x in re.split(r"[-\s]", w)))
            if g("wscale"):
                value *= _WSCALE[g("wscale").lower()]
        end = m.end()
        last = end
        unit = None
        um = _UNIT_AFTER_WORD.match(text, end)
        if um:
            unit = _canon_unit(um.group("unit"))
            end = um.end()
        found.append(NumberMention(value, unit, p, end, qual or _qualifier(text, p)))
    if not found:
        return found
    found.sort(key=lambda x: x.char_start)
    if not dates:
        return found
    out = []
    spans = sorted((d.char_start, d.char_end) for d in dates)
    j = 0
    for x in found:
        while j < len(spans) and spans[j][1] <= x.char_start:
            j += 1
        if j < len(spans) and spans[j][0] < x.char_end:
            continue  # inside a date
        out.append(x)
    return out
