"""Time expressions: the date grammar (month names, seasons, ordinal centuries, two-digit decades
and range ends, month lengths) and the passage reader on it, :func:`find_dates`: the inclusive
period each date, range, season, decade or century mentioned in a passage denotes (see
:mod:`heedful.ingest.evidence` for the conventions). The instruction reader on the same grammar is
:mod:`heedful.text.time_bounds`.

The two readers read some words differently, on purpose or by history, and each keeps its reading:
"winter 1999" is the winter that begins in 1999 in a passage (a season of that year's record)
and the one that ends in it in an instruction; a passage's "mid-1990s" is 1993-1996 and its
century thirds overlap by a year, an instruction's are disjoint (1994-1996); a passage's
"1995-95" is no range, an instruction's is 1995, and an instruction's two-digit range end
reaches 30 years ahead, a passage's 20. Those are the ``winter_ends`` and ``same_year`` /
``max_span`` parameters below and the early/mid/late tables of each reader.

>>> [(str(d.start), str(d.end), d.kind) for d in find_dates("From 1916 to 1920, then in May 1937.")]
[('1916-01-01', '1920-12-31', 'range'), ('1937-05-01', '1937-05-31', 'month')]
"""

from __future__ import annotations

import calendar
import re
from datetime import date
from typing import NamedTuple

from heedful.text.lexicon import MONTHS, ORDINALS, UNIT_OF

__all__ = [
    "MONTH_NAMES",
    "OPEN_END",
    "DateMention",
    "digit_runs",
    "find_dates",
    "month_end",
    "ordinal_words",
    "season",
    "two_digit_decade",
    "two_digit_end",
]

OPEN_END = date.max
"""The ``end`` of a range that runs to "present": 9999-12-31."""

class DateMention(NamedTuple):
    """A time expression: the inclusive period it denotes and where it is in the text."""

    start: date
    end: date
    char_start: int
    char_end: int
    kind: str  # day | month | season | year | decade | century | era | range

    @property
    def open_end(self) -> bool:
        """True for ranges that run to "present" (``end == OPEN_END``)."""
        return self.end == OPEN_END


MONTH_NAMES = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
    "|Sept|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
)
"""A regex alternation of the English month names and abbreviations, longer forms first."""
_SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2)}


def month_end(y: int, m: int) -> date:
    """The last day of month ``m`` of year ``y``."""
    return date(y, m, calendar.monthrange(y, m)[1])


def season(y: int, name: str, *, winter_ends: bool) -> tuple[date, date]:
    """The first and last day of a season of year ``y``; a winter spans two years, and
    ``winter_ends`` reads "winter 1999" as the one ending in 1999, otherwise the one beginning in it.

    >>> season(1999, "Winter", winter_ends=True)
    (datetime.date(1998, 12, 1), datetime.date(1999, 2, 28))
    """
    first, last = _SEASONS[name.lower()]
    if first > last:
        y0 = y - 1 if winter_ends else y
        return date(y0, first, 1), month_end(y0 + 1, last)
    return date(y, first, 1), month_end(y, last)


def ordinal_words(sep: str = "-") -> str:
    """A regex alternation of the ordinals "first" to "twenty-first", longer first; ``sep`` is the
    pattern between "twenty" and "first"."""
    return "|".join(sorted(ORDINALS, key=len, reverse=True)).replace("-", sep)


def two_digit_decade(yy: int) -> int:
    """The decade "'90s" (``yy=90``) names: 1930-1990 for 30-90, 2000-2020 below."""
    return (2000 if yy < 30 else 1900) + yy


def two_digit_end(y: int, yy: int, *, max_span: int, same_year: bool) -> int | None:
    """The year a two-digit range end names after ``y`` ("1995-96" -> 1996), ``None`` past
    ``max_span`` years; ``same_year`` lets "1995-95" name 1995 itself rather than 2095."""
    end = y // 100 * 100 + yy
    if end < y or (end == y and not same_year):
        end += 100
    return end if end - y <= max_span else None


_DECADE_PART = {"early": (0, 3), "mid": (3, 6), "late": (7, 9)}
_CENTURY_PART = {"early": (0, 33), "mid": (33, 66), "late": (66, 99)}


def _mon(name: str) -> str:
    return rf"(?P<{name}>(?:{MONTH_NAMES})\b)(?:\s?\.)?"


_ORDINALS = ordinal_words("[- ]")
_Y = r"(?<![\d$€£¥#])(?<!\d[.,])(?:1\d{3}|20\d{2})(?!\d|[.,]\d)"
_D = r"(?<!\d)(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d)"


def _y(name: str) -> str:
    return f"(?P<{name}>{_Y})"


def _d(name: str) -> str:
    return f"(?P<{name}>{_D})"


_DATE_RE = re.compile("|".join([
    rf"(?P<iso>{_y('iso_y')}-(?P<iso_m>0[1-9]|1[0-2])-(?P<iso_d>0[1-9]|[12]\d|3[01])(?!\d))",
    rf"(?P<dr>{_d('dr_d1')}\s*+[-–—]\s*+{_d('dr_d2')}\s++{_mon('dr_m')}\s*+,?+\s*+{_y('dr_y')})",
    rf"(?P<dmy>{_d('dmy_d')}\s++(?:of\s++)?{_mon('dmy_m')}\s*+,?+\s*+{_y('dmy_y')})",
    rf"(?P<mr>\b{_mon('mr_m')}\s++{_d('mr_d1')}\s*+[-–—]\s*+{_d('mr_d2')}\s*+,?+\s*+{_y('mr_y')})",
    rf"(?P<mdy>\b{_mon('mdy_m')}\s++{_d('mdy_d')}\s*+,?+\s*+{_y('mdy_y')})",
    rf"(?P<my>\b{_mon('my_m')}\s*+,?+\s*+(?:of\s+)?{_y('my_y')})",
    rf"(?P<sea>\b(?P<sea_n>[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)\s++(?:of\s++)?{_y('sea_y')})",
    r"(?P<dec>(?:\b(?P<dec_q>[Ee]arly|[Mm]id|[Ll]ate)\s*+-?+\s*+)?(?<!\d)(?P<dec_y>(?:1\d|20)\d)0'?s\b)",
    r"(?P<dec2>(?:\b(?P<dec2_q>[Ee]arly|[Mm]id|[Ll]ate)\s*+-?+\s*+)?['’](?P<dec2_y>\d)0s\b)",
    (r"(?P<cen>(?:\b(?P<cen_q>[Ee]arly|[Mm]id|[Ll]ate)[\s-]++)?(?:(?<!\d)(?P<cen_n>\d{1,2})(?:st|nd|rd|th)"
     rf"|\b(?P<cen_w>(?ai:{_ORDINALS})))[\s-]++[Cc]entur(?:y|ies)\b)"),
    r"(?P<era>\b(?:[Mm]edieval|Middle Ages)\b)",
    rf"(?P<y2>{_y('y2_a')}\s?[-–—/]\s?(?P<y2_b>\d\d)(?!\d))",
    rf"(?P<year>{_Y})",
]))

# Quantities that look like years: "1500 people", "2000 m", "$2001", "page 1999".
_NOT_YEAR_AFTER = re.compile(
    r"\s?(?:%|(?:per\s?cent|percent|people|persons|men|women|children|troops|soldiers|workers|"
    r"employees|students|members|residents|inhabitants|votes|copies|units|cases|deaths|casualties|"
    r"fans|spectators|passengers|homes|houses|BC|BCE|B\.C|"
    + "|".join(sorted((re.escape(f).replace(r"\ ", r"\s+") for f in UNIT_OF
                       if f not in ("year", "month", "day", "hour", "minute", "second", "min", "sec")),
                      key=len, reverse=True))
    + r")(?!\w))",
    re.IGNORECASE,
)
_NOT_YEAR_BEFORE = re.compile(
    r"(?:US\$|[$€£¥#]|\b(?:pages?|pp?\.|nos?\.|numbers?|flight|route|highway|room|suite|model|vol\.|volume|"
    r"episode|chapter|population\s+of|total\s+of|more\s+than|less\s+than|fewer\s+than|up\s+to|at\s+least))"
    r"\s*$",
    re.IGNORECASE,
)
_RANGE_GAP = re.compile(r"\s*(?:[-–—]|to|until|till|through|thru|up\s+to|into)\s*")
_AND_GAP = re.compile(r"\s*and\s*")
_BETWEEN_BEFORE = re.compile(r"\b[Bb]etween\s+$")
_SINCE_BEFORE = re.compile(r"\b[Ss]ince\s+$")
_PRESENT_AFTER = re.compile(
    r"\s*(?:[-–—]|to|until|till|through)\s*(?:the\s+)?(?:[Pp]resent(?:\s+day)?|now|today|date)\b"
)
_MONTH_RANGE_BEFORE = re.compile(
    r"\b" + _mon("m") + r"(?:\s+(?P<d>" + _D + r"))?\s*(?:[-–—]|to|until|till|through)\s*$"
)
_DIGITS = re.compile(r"\d+")
_MONTH_ANCHOR = re.compile(MONTH_NAMES)
_PREFIX_BEFORE = re.compile(
    r"\b(?:[Ee]arly|[Mm]id|[Ll]ate|[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)\s*-?\s*(?:of\s+)?$"
)
_WORD_CENTURY = re.compile(
    rf"(?:\b(?:[Ee]arly|[Mm]id|[Ll]ate)[\s-]+)?\b(?ai:{_ORDINALS})[\s-]+[Cc]entur(?:y|ies)\b"
)
_ERA = re.compile(r"\b(?:[Mm]edieval|Middle Ages)\b")


def _day(y: int, m: int, d: str) -> date | None:
    dd = int(d.rstrip("stndrh"))
    if dd > calendar.monthrange(y, m)[1]:
        return None
    return date(y, m, dd)


def _years(a: int, b: int, kind: str) -> tuple[date, date, str]:
    return date(max(a, 1), 1, 1), date(max(b, 1), 12, 31), kind


def _atom(m: re.Match[str], text: str) -> tuple[date, date, str] | None:
    """The period one regex match denotes, or None when it is not a date after all."""
    g = m.group
    kind = m.lastgroup
    try:
        if kind == "year":
            cs, ce = m.span()
            if _NOT_YEAR_AFTER.match(text, ce) or _NOT_YEAR_BEFORE.search(text, max(0, cs - 20), cs):
                return None
            y = int(g("year"))
            return date(y, 1, 1), date(y, 12, 31), "year"
        if kind == "iso":
            d = date(int(g("iso_y")), int(g("iso_m")), int(g("iso_d")))
            return d, d, "day"
        if kind == "dmy" or kind == "mdy":
            y, mo = int(g(kind + "_y")), MONTHS[g(kind + "_m").lower()]
            d1 = _day(y, mo, g(kind + "_d"))
            return None if d1 is None else (d1, d1, "day")
        if kind == "dr" or kind == "mr":
            y, mo = int(g(kind + "_y")), MONTHS[g(kind + "_m").lower()]
            first, last = _day(y, mo, g(kind + "_d1")), _day(y, mo, g(kind + "_d2"))
            if first is None or last is None or last < first:
                return None
            return first, last, "range"
        if kind == "my":
            y, mo = int(g("my_y")), MONTHS[g("my_m").lower()]
            return date(y, mo, 1), month_end(y, mo), "month"
        if kind == "sea":
            # winter 1995: December 1995 to February 1996
            return (*season(int(g("sea_y")), g("sea_n"), winter_ends=False), "season")
        if kind == "dec" or kind == "dec2":
            if kind == "dec":
                base = int(g("dec_y")) * 10
            else:
                base = two_digit_decade(int(g("dec2_y")) * 10)
            q = g(kind + "_q")
            if base % 100 == 0 and base < 2000 and kind == "dec" and not q:
                return _years(base, base + 99, "century")  # "the 1800s"
            lo, hi = _DECADE_PART[q.lower()] if q else (0, 9)
            return _years(base + lo, base + hi, "decade")
        if kind == "cen":
            if re.match(r"\s*(?:BC|BCE|B\.C)", text[m.end():m.end() + 6]):
                return None
            n = int(g("cen_n")) if g("cen_n") else ORDINALS[g("cen_w").lower().replace(" ", "-")]
            if not 1 <= n <= 21:
                return None
            base = (n - 1) * 100
            q = g("cen_q")
            lo, hi = _CENTURY_PART[q.lower()] if q else (0, 99)
            return _years(base + lo, base + hi, "century")
        if kind == "era":
            return _years(500, 1500, "era")
        if kind == "y2":
            ya = int(g("y2_a"))
            yb = two_digit_end(ya, int(g("y2_b")), max_span=20, same_year=False)
            return None if yb is None else _years(ya, yb, "range")
    except ValueError:
        return None
    return None


def find_dates(text: str, runs: list[int] | None = None) -> list[DateMention]:
    """Every time expression of ``text``, in order; ``runs`` are its :func:`digit_runs` when known."""
    digit_runs = _digit_runs(text) if runs is None else runs
    # The full pattern is tried only where a date can start (a digit run, a month name, the
    # rare "century"/"medieval"), which keeps extraction linear and fast on long articles.
    anchors: list[tuple[int, int]] = []  # (where a prefixed form would start, where the anchor is)
    for p in digit_runs:
        c = text[p - 1] if p else ""
        if c in "'’":
            anchors.append((p - 1, p))
        elif c in " -" and p > 1 and text[p - 2].isalpha():
            pm = _PREFIX_BEFORE.search(text, max(0, p - 14), p)
            anchors.append((pm.start() if pm else p, p))
        else:
            anchors.append((p, p))
    for mm in _MONTH_ANCHOR.finditer(text):
        p = mm.start()
        if not p or not text[p - 1].isalpha():
            anchors.append((p, p))
    i = text.find("entur")
    while i >= 0:
        cm = _WORD_CENTURY.search(text, max(0, i - 40), i + 8)
        if cm:
            anchors.append((cm.start(), cm.start()))
        i = text.find("entur", i + 5)
    if "edieval" in text or "Middle Ages" in text:
        anchors.extend((m.start(), m.start()) for m in _ERA.finditer(text))
    anchors.sort()
    atoms: list[DateMention] = []
    last = -1
    for p0, p in anchors:
        if p < last:
            continue
        m: re.Match[str] | None = _DATE_RE.match(text, p0) if p0 >= last else None
        if m is None and p0 != p:
            m = _DATE_RE.match(text, p)
        if m is None:
            continue
        found = _atom(m, text)
        if found is None:
            if m.lastgroup == "y2":  # "2003-03" and the like: keep the year alone
                cs = m.start("y2_a")
                y = int(m.group("y2_a"))
                atoms.append(DateMention(date(y, 1, 1), date(y, 12, 31), cs, m.end("y2_a"), "year"))
                last = m.end("y2_a")
            continue
        atoms.append(DateMention(found[0], found[1], m.start(), m.end(), found[2]))
        last = m.end()
    out: list[DateMention] = []
    i, n = 0, len(atoms)
    while i < n:
        a = atoms[i]
        if i + 1 < n:
            b = atoms[i + 1]
            if b.end >= a.start and a.kind != "era" and b.kind != "era" and (
                _RANGE_GAP.fullmatch(text, a.char_end, b.char_start)
                or (_AND_GAP.fullmatch(text, a.char_end, b.char_start)
                    and _BETWEEN_BEFORE.search(text, max(0, a.char_start - 10), a.char_start))
            ):
                out.append(DateMention(a.start, b.end, a.char_start, b.char_end, "range"))
                i += 2
                continue
        if a.kind in ("year", "month", "day", "season"):
            pm = _PRESENT_AFTER.match(text, a.char_end)
            if pm:
                out.append(DateMention(a.start, OPEN_END, a.char_start, pm.end(), "range"))
                i += 1
                continue
            if _SINCE_BEFORE.search(text, max(0, a.char_start - 8), a.char_start):
                out.append(DateMention(a.start, OPEN_END, a.char_start, a.char_end, "range"))
                i += 1
                continue
        if a.kind in ("month", "day"):
            # "from April to December 1954", "March 3 to April 5, 2003": the start has no year
            rm = _MONTH_RANGE_BEFORE.search(text, max(0, a.char_start - 30), a.char_start)
            if rm:
                y, mo = a.start.year, MONTHS[rm.group("m").lower()]
                if mo > a.start.month:
                    y -= 1
                st = _day(y, mo, rm.group("d")) if rm.group("d") else date(y, mo, 1)
                if st is not None:
                    out.append(DateMention(st, a.end, rm.start(), a.char_end, "range"))
                    i += 1
                    continue
        out.append(a)
        i += 1
    return out


def _digit_runs(text: str) -> list[int]:
    return [m.start() for m in _DIGITS.finditer(text)]


def digit_runs(text: str) -> list[int]:
    """Where each run of digits starts: dates and numbers are only looked for there."""
    return _digit_runs(text)
