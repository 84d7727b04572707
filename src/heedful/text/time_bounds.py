"""Time expressions in instruction text: "from June 1983 to 1987", "before 1980", "the early 2000s".

The instruction side of :mod:`heedful.text.timex`, on its date grammar (month names, seasons,
ordinal centuries, two-digit decades and range ends, month lengths): where a passage states a
period, an instruction asks for one, so a time here is also a bound ("before", "until", "after",
"since") or an as-of date, and a bare number is a year only after a word that makes it one.
:func:`find_times` returns :class:`TimeExpr` records with character offsets, the kind of
expression (a closed period, an open bound, an as-of date) and the dates it resolves to. Years,
months, days, decades, centuries, seasons and quarters are understood; two-digit range ends
("1995-96") are expanded. Years before 100 and BC dates are left alone. A day the calendar does not
have ("31 February 2024", "2023-02-29") is a :class:`~heedful.errors.ConfigError`, never skipped.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from heedful.errors import ConfigError
from heedful.text.lexicon import MONTHS, ORDINALS, UNIT_OF
from heedful.text.timex import (
    MONTH_NAMES,
    month_end,
    ordinal_words,
    season,
    two_digit_decade,
    two_digit_end,
)

__all__ = ["TimeExpr", "find_relative", "find_times"]

Gran = Literal["day", "month", "season", "year", "decade", "century"]
ExprKind = Literal["period", "before", "until", "after", "since", "as_of"]

_MONTH = f"(?:{MONTH_NAMES})"
_MONTH_ABBR_DOT = r"\.?"
_YEAR = r"(?P<y>\d{3,4})(?:\s*(?P<era>AD|A\.D\.|CE|C\.E\.|BC|B\.C\.|BCE|B\.C\.E\.))?"
_QUAL = r"(?:(?P<q>early|mid|middle|late)(?:\s+|-))?"
_ORD_WORDS = ordinal_words()

_ATOM_RE = re.compile(
    "|".join([
        # 1995-08-03, 1995-08
        r"(?P<iso>\b(?P<iso_y>\d{4})-(?P<iso_m>0[1-9]|1[0-2])(?:-(?P<iso_d>[0-3]\d))?\b)",
        # 3 August 1995, 3rd of Aug. 1995
        (rf"(?P<dmy>\b(?P<dmy_d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<dmy_m>{_MONTH}){_MONTH_ABBR_DOT},?\s+"
        rf"(?P<dmy_y>\d{{3,4}})\b)"),
        # August 3, 1995
        (rf"(?P<mdy>\b(?P<mdy_m>{_MONTH}){_MONTH_ABBR_DOT}\s+(?P<mdy_d>[0-3]?\d)(?:st|nd|rd|th)?,?\s+"
        rf"(?P<mdy_y>\d{{3,4}})\b)"),
        # August 1995, Aug. 1995, August of 1995, mid-August 1995
        (rf"(?P<my>\b(?:(?P<my_q>early|mid|late)(?:\s+|-))?(?P<my_m>{_MONTH}){_MONTH_ABBR_DOT},?\s+(?:of\s+)?"
        rf"(?P<my_y>\d{{3,4}})\b)"),
        # spring 1999, the summer of 2004
        r"(?P<season>\b(?:the\s+)?(?P<se_s>spring|summer|autumn|fall|winter)\s+(?:of\s+)?(?P<se_y>\d{4})\b)",
        # Q3 2020, the third quarter of 2020, the first half of 2019
        (r"(?P<quarter>\b(?:the\s+)?(?:Q(?P<qu_n>[1-4])|(?P<qu_w>first|second|third|fourth|1st|2nd|3rd|4th)"
        r"\s+(?P<qu_u>quarter|half))\s+(?:of\s+)?(?P<qu_y>\d{4})\b)"),
        # the early 1990s, the '90s, mid-1980s
        (r"(?P<decade>\b(?:the\s+)?(?:(?P<de_q>early|mid|middle|late)(?:\s+|-))?"
        r"(?:(?P<de_y>\d{3}0)'?s|'(?P<de_yy>\d0)s|(?<=the\s)(?P<de_y2>\d0)s)\b)"),
        # the 19th century, the early twentieth century
        (rf"(?P<century>\b(?:the\s+)?(?:(?P<ce_q>early|mid|middle|late)(?:\s+|-))?"
        rf"(?:(?P<ce_n>\d{{1,2}})(?:st|nd|rd|th)|(?P<ce_w>{_ORD_WORDS}))[\s-]+century\b)"),
        # early 2014, mid-2014
        r"(?P<qyear>\b(?P<qy_q>early|mid|middle|late)(?:\s+|-)(?P<qy_y>\d{4})\b)",
        # bare year: validated by context later
        (r"(?P<year>(?<![\d,.$#£€/])\b(?P<yr>\d{3,4})(?:\s*(?P<yr_era>AD|A\.D\.|CE|C\.E\.|BC|B\.C\.|BCE|B\.C\.E\.)(?!\w))?"
        r"(?![\d%]|,\d|\.\d|'?s\b))"),
        # a month on its own, only used as the start of a range ("from May to August 2002")
        rf"(?P<month>\b(?P<mo_m>{_MONTH})\b)",
    ]),
    re.IGNORECASE,
)

# Words an atom can start with; the atom pattern is tried only where a word is one of these or a
# number, which keeps the scan fast (it is a long alternation, slow to try at every character).
_ATOM_LEADS = frozenset(
    [*MONTHS, *ORDINALS, *(o.split("-")[0] for o in ORDINALS), "the", "early", "mid", "middle", "late", "spring",
     "summer", "autumn", "fall", "winter", "q1", "q2", "q3", "q4", "1st", "2nd", "3rd", "4th"]
)
_WORD_OR_TICK = re.compile(r"\w+|'(?=\d)")
_TWO_DIGIT_END = re.compile(r"\s*[-–]\s*(\d{2})\b(?![-\d])")
_RANGE_AFTER_MONTH = re.compile(r"\s+(?:to|until|through|-|–)")

# A point in time: "as of", and the ways people ask what held on a day ("in force on", "what was
# true on", "as things stood at the close of", "at the end of 2019", "answer for 30 March 2020").
_LEAD_AS_OF = re.compile(
    r"(?:\b(?:as\s+(?:of|at|it\s+stood\s+in)|current\s+as\s+of)\s+(?:the\s+(?:end|close)\s+of\s+)?"
    r"|\b(?:in\s+(?:effect|force|place)|valid|applicable|appl(?:ied|ying)|true|the\s+(?:rules?|polic(?:y|ies)|"
    r"situation|case))\s+(?:on|at|as\s+of)\s+(?:the\s+(?:end|close)\s+of\s+)?"
    r"|\bas\s+(?:things|it|matters)\s+stood\s+(?:on|at|in)\s+(?:the\s+(?:end|close)\s+of\s+)?"
    r"|\bat\s+the\s+(?:end|close)\s+of\s+"
    r"|\b(?:answer|respond|reply)\s+(?:\w+\s+){0,3}?(?:for|on|at)\s+(?:the\s+)?)$",
    re.IGNORECASE,
)


def _lead(phrases: str, tail: str, *, guard: str = "") -> re.Pattern[str]:
    """The words that make the time right after them a bound: one of ``phrases`` (an alternation)
    after a word break and ``guard``, then ``tail``, at the end of the text before the time."""
    return re.compile(rf"\b{guard}(?:{phrases}){tail}$", re.IGNORECASE)


# "on or before", "not before": inclusive bounds, read by _LEAD_UNTIL / _LEAD_SINCE
_NOT_INCLUSIVE = r"(?<!or\s)(?<!not\s)"
_LEAD_BEFORE = _lead(r"before|prior\s+to|(?<!no\s)earlier\s+than|older\s+than|pre-?", r"(?:\s+the(?:\s+year)?)?\s*",
                     guard=_NOT_INCLUSIVE)
_LEAD_UNTIL = _lead(
    r"until|till|up\s+(?:un)?til|up\s+to(?:\s+and\s+including)?|through|thru|by|no\s+later\s+than|not\s+after|"
    r"on\s+or\s+before|in\s+or\s+before|at\s+the\s+latest\s+in", r"\s+(?:the\s+end\s+of\s+|the\s+year\s+|the\s+)?")
_LEAD_AFTER = _lead(r"after|(?<!no\s)later\s+than|newer\s+than|post-?", r"(?:\s+the(?:\s+year)?)?\s*",
                    guard=_NOT_INCLUSIVE)
_LEAD_SINCE = _lead(
    r"since|starting(?:\s+(?:in|from|with))?|beginning(?:\s+(?:in|from|with))?|as\s+early\s+as|no\s+earlier\s+than|"
    r"not\s+before|on\s+or\s+after|in\s+or\s+after", r"\s+(?:the\s+year\s+|the\s+)?")
_LEAD_POINT = re.compile(
    r"(?:\b(?:in|during|throughout|within|on|of|for|around|circa|ca\.|c\.|about|covering|covers|cover|"
    r"spanning|from|at|year|years|period|era|time|dated|dating|to)\s+(?:the\s+(?:year|period|years)\s+)?"
    r"|\b(?:the\s+year|the\s+years)\s+)$",
    re.IGNORECASE,
)
# "whose birth year, as given in the text, is 1990 or later": a number a year noun is said to be
_YEAR_IS = re.compile(r"\b(?:year|date)\b[^.;:!?]{0,40}?\s(?:is|was|are|were|be)\s+$", re.IGNORECASE)
_LEAD_STRONG = re.compile(r"(?:\b(?:during|throughout|year|years)\s+|\bin\s+|\bthe\s+year\s+)$", re.IGNORECASE)
_RANGE_START = re.compile(r"\b(?P<w>from|between)\s+(?:the\s+(?:year|years|period|end\s+of|start\s+of)\s+)?$", re.IGNORECASE)
_RANGE_SEP = re.compile(  # matched from an atom's end to the next atom's start
    r"\s*(?:(?P<and>and)|to|until|till|through|thru|up\s+to|-|–|—)\s*(?:the\s+(?:end\s+of\s+|year\s+)?)?$", re.IGNORECASE
)
# the words before a time that make it a bound or a point, in the order they are tried
_LEADS = ((_LEAD_AS_OF, "as_of"), (_LEAD_BEFORE, "before"), (_LEAD_UNTIL, "until"), (_LEAD_AFTER, "after"),
          (_LEAD_SINCE, "since"))
_TRAIL_SINCE = re.compile(
    r"^(?:,)?\s*(?:(?:or|and)\s+(?:later|after|afterwards?|beyond|since|more\s+recent(?:ly)?|newer|onwards?)"
    r"|onwards?|and\s+on|on\b|forward"
    r"|(?:to|until|till|through)\s+(?:the\s+)?(?:present(?:\s+day)?|now|today|date))\b",
    re.IGNORECASE,
)
_TRAIL_UNTIL = re.compile(r"^(?:,)?\s*(?:or|and)\s+(?:earlier|before|prior|older)\b", re.IGNORECASE)
_PERIOD_CONTEXT = re.compile(r"\b(?:period|periods|years?|era|time|times|dates?|during|century|decade)\b", re.IGNORECASE)
_NOUN_AFTER = re.compile(r"^\s*(?P<w>[A-Za-z%°²/][A-Za-z\-²/]*)")


@dataclass(frozen=True)
class _Atom:
    start: int
    end: int
    lo: date
    hi: date
    gran: Gran
    has_year: bool = True
    bare: bool = False  # a bare number that needs a temporal lead to count as a year
    month_only: int = 0  # month without a year (range start)


@dataclass(frozen=True)
class TimeExpr:
    """One time expression: ``kind`` says how ``lo``/``hi`` bound the period asked about.

    ``period``: closed ``[lo, hi]``; ``before``/``until``: only ``hi`` (exclusive/inclusive end of
    the named time, already resolved to the last allowed day); ``after``/``since``: only ``lo``;
    ``as_of``: ``hi`` is the as-of date. ``year_lo``/``year_hi`` give the same bounds in whole
    years when the expression is at year granularity or coarser.
    """

    start: int
    end: int
    kind: ExprKind
    lo: date | None
    hi: date | None
    gran: Gran
    text: str
    named: tuple[date, date]

    def year_predicate(self) -> tuple[str, int | tuple[int, int]] | None:
        """The expression as a year comparison, when it is at year granularity or coarser."""
        if self.gran not in ("year", "decade", "century") or self.kind == "as_of":
            return None
        lo, hi = self.named[0].year, self.named[1].year
        if self.kind == "before":
            return ("<", lo)
        if self.kind == "until":
            return ("<=", hi)
        if self.kind == "after":
            return (">", hi)
        if self.kind == "since":
            return (">=", lo)
        assert self.lo is not None and self.hi is not None
        lo, hi = self.lo.year, self.hi.year
        return ("=", lo) if lo == hi else ("between", (lo, hi))


def _qual(lo_y: int, span: int, q: str | None) -> tuple[int, int]:
    """Narrow a span of years to its early/mid/late third."""
    if not q:
        return lo_y, lo_y + span - 1
    third = span // 3 if span >= 10 else 0
    q = q.lower()
    if span == 10:
        return {"early": (lo_y, lo_y + 3), "mid": (lo_y + 4, lo_y + 6), "middle": (lo_y + 4, lo_y + 6),
                "late": (lo_y + 7, lo_y + 9)}[q]
    return {"early": (lo_y, lo_y + third - 1), "mid": (lo_y + third, lo_y + 2 * third),
            "middle": (lo_y + third, lo_y + 2 * third), "late": (lo_y + 2 * third + 1, lo_y + span - 1)}[q]


def _month(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def _atoms(text: str) -> list[_Atom]:
    out: list[_Atom] = []
    done = 0
    for w in _WORD_OR_TICK.finditer(text):
        pos = w.start()
        word = w.group(0)
        if pos < done or not (word[0] in "'0123456789" or word.lower() in _ATOM_LEADS):
            continue
        m = _ATOM_RE.match(text, pos)
        if m is None:
            continue
        done = m.end()
        g = m.groupdict()
        try:
            atom = _atom_from_match(m, g, text)
        except ValueError:  # impossible dates such as February 30 or year 0
            _check_day(m, g)
            atom = None
        if atom is not None and atom.lo.year >= 100:
            out.append(atom)
    return out


def _check_day(m: re.Match[str], g: dict[str, str | None]) -> None:
    """Raise when the match names a day the calendar does not have; dates before year 100 are let be."""
    if g["iso"] and g["iso_d"]:
        y, mo = int(g["iso_y"] or 0), int(g["iso_m"] or 0)
    elif g["dmy"] or g["mdy"]:
        p = "dmy" if g["dmy"] else "mdy"
        y, mo = int(g[f"{p}_y"] or 0), _month(g[f"{p}_m"] or "")
    else:
        return
    if y < 100:
        return
    last = calendar.monthrange(y, mo)[1]
    name = calendar.month_name[mo]
    raise ConfigError(
        f"the instruction names {m.group(0)!r}, which is not a calendar date ({name} {y} has {last} days); "
        f"write a day that exists, such as {y}-{mo:02d}-{last:02d} or {last} {name} {y}"
    )


def _bc(era: str | None) -> bool:
    return era is not None and era.upper().replace(".", "").startswith("B")


def _atom_from_match(m: re.Match[str], g: dict[str, str | None], text: str) -> _Atom | None:
    s, e = m.start(), m.end()
    if g["iso"]:
        y, mo = int(g["iso_y"] or 0), int(g["iso_m"] or 0)
        if g["iso_d"]:
            d = date(y, mo, int(g["iso_d"]))
            return _Atom(s, e, d, d, "day")
        return _Atom(s, e, date(y, mo, 1), month_end(y, mo), "month")
    if g["dmy"] or g["mdy"]:
        p = "dmy" if g["dmy"] else "mdy"
        d = date(int(g[f"{p}_y"] or 0), _month(g[f"{p}_m"] or ""), int(g[f"{p}_d"] or 0))
        return _Atom(s, e, d, d, "day")
    if g["my"]:
        y, mo = int(g["my_y"] or 0), _month(g["my_m"] or "")
        lo, hi = date(y, mo, 1), month_end(y, mo)
        q = (g["my_q"] or "").lower()
        if q == "early":
            hi = date(y, mo, 10)
        elif q == "mid":
            lo, hi = date(y, mo, 11), date(y, mo, 20)
        elif q == "late":
            lo = date(y, mo, 21)
        return _Atom(s, e, lo, hi, "month")
    if g["season"]:
        lo, hi = season(int(g["se_y"] or 0), g["se_s"] or "", winter_ends=True)  # winter 1999: from December 1998
        return _Atom(s, e, lo, hi, "season")
    if g["quarter"]:
        y = int(g["qu_y"] or 0)
        words = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
        if g["qu_n"]:
            n, months = int(g["qu_n"]), 3
        else:
            n = words[(g["qu_w"] or "").lower()]
            months = 3 if (g["qu_u"] or "").lower() == "quarter" else 6
            if months == 6 and n > 2:
                return None
        first = (n - 1) * months + 1
        return _Atom(s, e, date(y, first, 1), month_end(y, first + months - 1), "season")
    if g["decade"]:
        if g["de_y"]:
            base = int(g["de_y"])
        else:
            base = two_digit_decade(int(g["de_yy"] or g["de_y2"] or 0))
        if base < 100:
            return None
        # "the 1800s" is the whole century in common use, "the 2000s" the decade
        if base % 100 == 0 and base < 2000 and not g["de_q"] and g["de_y"]:
            return _Atom(s, e, date(base, 1, 1), date(base + 99, 12, 31), "century")
        lo_y, hi_y = _qual(base, 10, g["de_q"])
        return _Atom(s, e, date(lo_y, 1, 1), date(hi_y, 12, 31), "decade")
    if g["century"]:
        n = int(g["ce_n"]) if g["ce_n"] else ORDINALS[(g["ce_w"] or "").lower()]
        if n < 2 or n > 21:
            return None
        lo_y, hi_y = _qual((n - 1) * 100, 100, g["ce_q"])
        return _Atom(s, e, date(lo_y, 1, 1), date(hi_y, 12, 31), "century")
    if g["qyear"]:
        y = int(g["qy_y"] or 0)
        q = (g["qy_q"] or "").lower()
        first, last = {"early": (1, 4), "mid": (5, 8), "middle": (5, 8), "late": (9, 12)}[q]
        return _Atom(s, e, date(y, first, 1), month_end(y, last), "season")
    if g["year"]:
        if _bc(g["yr_era"]):
            return None
        y = int(g["yr"] or 0)
        if y < 100 or y > 2199:
            return None
        marked = bool(g["yr_era"])
        return _Atom(s, e, date(y, 1, 1), date(y, 12, 31), "year", bare=not marked)
    if g["month"]:
        word = g["mo_m"] or ""
        if word[0].islower() or word.lower() in ("may", "march") and not _RANGE_AFTER_MONTH.match(text, e):
            return None
        mo = _month(word)
        return _Atom(s, e, date(2000, mo, 1), month_end(2000, mo), "month", has_year=False, month_only=mo)
    return None


def _noun_follows(text: str, end: int) -> bool:
    """True when a year-looking number is followed by a noun it counts ("2000 people")."""
    m = _NOUN_AFTER.match(text[end:end + 30])
    if not m:
        return False
    w = m.group("w").lower()
    if w in UNIT_OF and w not in ("second", "t", "in", "date", "day", "month", "year", "years"):
        return True
    if w in ("and", "or", "to", "until", "till", "through", "the", "when", "while", "in", "at", "on", "as", "for",
             "by", "with", "from", "before", "after", "onwards", "onward", "are", "is", "was", "were", "a", "an",
             "but", "because", "that", "which", "who", "where", "during", "ad", "ce", "bc", "bce", "of", "have",
             "has", "had", "do", "does", "did", "it", "they", "he", "she", "no", "not", "only", "should",
             "must", "count", "counts", "will", "would", "can", "could", "also", "there", "then", "so",
             "if", "else", "up", "till", "even", "forward", "onwards", "since", "than"):
        return False
    if w.lower() in MONTHS:
        return False
    return w.endswith("s") or w in ("people", "men", "women", "children", "persons")


_COUNT_LEAD = re.compile(
    r"(?:more|fewer|less|greater|larger|higher|lower)\s+than\s+$|\b(?:over|under|above|below|least|most|exactly|"
    r"about|around|approximately|nearly|almost|some|top|No\.|number|#)\s+$", re.IGNORECASE)
_IN_AROUND = re.compile(r"\b(?:in|around|about)\s+$", re.IGNORECASE)


def _year_ok(text: str, a: _Atom, lead_ok: bool, strong: bool) -> bool:
    """Decide whether a bare number is a year."""
    if not a.bare:
        return True
    if _noun_follows(text, a.end):
        return False
    before = text[max(0, a.start - 25):a.start]
    if _COUNT_LEAD.search(before) and not _IN_AROUND.search(before):
        return False
    y = a.lo.year
    if y >= 1000:
        return lead_ok
    return strong


def find_times(text: str) -> list[TimeExpr]:
    """All time expressions in ``text``, left to right, with their resolved bounds.

    >>> [(t.kind, t.lo, t.hi) for t in find_times("the period from June 1983 to 1987")]
    [('period', datetime.date(1983, 6, 1), datetime.date(1987, 12, 31))]
    >>> [(t.kind, t.lo, t.hi) for t in find_times("born before 1920")]
    [('before', None, datetime.date(1919, 12, 31))]
    >>> [(t.kind, t.lo, t.hi) for t in find_times("fought before the year 1700")]
    [('before', None, datetime.date(1699, 12, 31))]
    """
    atoms = _atoms(text)
    out: list[TimeExpr] = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        before = text[max(0, a.start - 40):a.start]
        lead = next(((kind, lm) for rx, kind in _LEADS if (lm := rx.search(before))), None)
        start_kw = _RANGE_START.search(before)
        lead_ok = bool(lead or start_kw or _LEAD_POINT.search(before)
                       or _YEAR_IS.search(text, max(0, a.start - 60), a.start))
        period_ctx = bool(_PERIOD_CONTEXT.search(text, max(0, a.start - 30), a.start))
        # a range: A (to|-|and) B
        if i + 1 < len(atoms):
            b = atoms[i + 1]
            sep = _RANGE_SEP.match(text, a.end, b.start)
            if sep and b.bare and _noun_follows(text, b.end):
                i += 2
                continue
            if sep and b.has_year and (not sep.group("and") or (start_kw and start_kw.group("w").lower() == "between")):
                hyphen = text[a.end:b.start].strip() in ("-", "–", "—")
                ok_a = _year_ok(text, a, True, period_ctx or bool(start_kw) or hyphen) if a.has_year else True
                ok_b = _year_ok(text, b, True, True)
                plausible = (start_kw or hyphen or not a.bare or not b.bare or lead_ok) and ok_a and ok_b
                if a.bare and b.bare and a.lo.year < 1000 and not (period_ctx or start_kw):
                    plausible = False
                if plausible:
                    lo = a.lo
                    if not a.has_year:  # "from May to August 2002"
                        lo = date(b.lo.year, a.month_only, 1)
                        if lo > b.hi:
                            lo = date(b.lo.year - 1, a.month_only, 1)
                    s = a.start - (len(before) - start_kw.start()) if start_kw else a.start
                    e = b.end
                    gran = a.gran if a.gran in ("day", "month") else b.gran
                    lo, hi = (lo, b.hi) if lo <= b.hi else (b.lo, a.hi)  # "between 2002 and 1995": swapped ends
                    out.append(TimeExpr(s, e, "period", lo, hi, gran, text[s:e], (lo, hi)))
                    i += 2
                    continue
        # "1995-96": a two-digit range end
        m2 = _TWO_DIGIT_END.match(text, a.end)
        if a.has_year and a.gran == "year" and m2 and a.lo.year >= 1000:
            y2 = two_digit_end(a.lo.year, int(m2.group(1)), max_span=30, same_year=True)
            if y2 is not None:
                s = a.start - (len(before) - start_kw.start()) if start_kw else a.start
                e = m2.end()
                out.append(TimeExpr(s, e, "period", a.lo, date(y2, 12, 31), "year", text[s:e],
                                    (a.lo, date(y2, 12, 31))))
                i += 1
                continue
        if not a.has_year:
            i += 1
            continue
        strong = bool(_LEAD_STRONG.search(before)) or period_ctx
        if not _year_ok(text, a, lead_ok, strong):
            i += 1
            continue
        after = text[a.end:a.end + 30]
        expr: TimeExpr | None = None
        if lead is not None:
            kind, lm = lead
            expr = _bound(text, a.start - (len(before) - lm.start()), a.end, kind, a)  # type: ignore[arg-type]
        else:
            tm = _TRAIL_SINCE.match(after) or _TRAIL_UNTIL.match(after)
            if tm:
                trail: ExprKind = "since" if tm.re is _TRAIL_SINCE else "until"
                expr = _bound(text, a.start, a.end + tm.end(), trail, a)
            else:
                expr = TimeExpr(a.start, a.end, "period", a.lo, a.hi, a.gran, text[a.start:a.end],
                                (a.lo, a.hi))
        out.append(expr)
        i += 1
    return out


def _shift(d: date, days: int) -> date:
    """``d`` moved by ``days``, held at the first or last day Python's calendar has."""
    try:
        return d + timedelta(days=days)
    except OverflowError:
        return date.min if days < 0 else date.max


def _bound(text: str, s: int, e: int, kind: ExprKind, a: _Atom) -> TimeExpr:
    named = (a.lo, a.hi)
    if kind == "before":
        return TimeExpr(s, e, kind, None, _shift(a.lo, -1), a.gran, text[s:e], named)
    if kind in ("until", "as_of"):
        return TimeExpr(s, e, kind, None, a.hi, a.gran, text[s:e], named)
    if kind == "after":
        return TimeExpr(s, e, kind, _shift(a.hi, 1), None, a.gran, text[s:e], named)
    return TimeExpr(s, e, kind, a.lo, None, a.gran, text[s:e], named)


_RELATIVE_RE = re.compile(
    r"(?:\b(?:in|within|during|over|from|about|for|on|covering)\s+)?\bthe\s+(?:last|past|previous|preceding)\s+"
    r"(?:(?P<n>\d{1,4}|a|one|two|three|four|five|six|seven|eight|nine|ten|twelve|few)\s+)?"
    r"(?P<u>days?|weeks?|months?|years?|decades?)\b"
    r"|\b(?P<this>this|last|previous)\s+(?P<u2>week|month|year|decade)\b",
    re.IGNORECASE,
)
_REL_N = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
          "nine": 9, "ten": 10, "twelve": 12, "few": 3}


def find_relative(text: str, today: date) -> list[TimeExpr]:
    """Periods relative to ``today``: "in the last 5 years", "this year", "last month"."""
    out: list[TimeExpr] = []
    for m in _RELATIVE_RE.finditer(text):
        if m.group("u"):
            n_raw = (m.group("n") or "1").lower()
            n = int(n_raw) if n_raw.isdigit() else _REL_N[n_raw]
            unit = m.group("u").lower().rstrip("s")
            days = {"day": 1, "week": 7, "month": 30, "year": 365, "decade": 3652}[unit] * n
            lo = _shift(today, -days)
            if unit == "year" and n < today.year:
                try:
                    lo = today.replace(year=today.year - n)
                except ValueError:  # 29 February, n years back, is not a day
                    pass
            out.append(TimeExpr(m.start(), m.end(), "period", lo, today, "day", m.group(0), (lo, today)))
            continue
        which, unit = m.group("this").lower(), m.group("u2").lower()
        back = 0 if which == "this" else 1
        if unit == "year":
            y = today.year - back
            lo, hi = date(y, 1, 1), date(y, 12, 31)
        elif unit == "month":
            y, mo = today.year, today.month - back
            if mo == 0:
                y, mo = y - 1, 12
            lo, hi = date(y, mo, 1), month_end(y, mo)
        elif unit == "week":
            monday = today - timedelta(days=today.weekday() + 7 * back)
            lo, hi = monday, monday + timedelta(days=6)
        else:
            base = today.year // 10 * 10 - 10 * back
            lo, hi = date(base, 1, 1), date(base + 9, 12, 31)
        if which == "this":
            hi = min(hi, today)
        out.append(TimeExpr(m.start(), m.end(), "period", lo, hi, "day", m.group(0), (lo, hi)))
    return out
