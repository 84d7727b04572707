"""Evidence extracted from a passage at index time: sentences, dates, numbers, money, names.

:func:`extract` reads a passage once (a handful of linear regex passes, no model) and returns an
:class:`Evidence` record that is stored next to the passage in the index and later read by the
predicates of a relevance plan (:mod:`heedful.rank.predicates`). Every item keeps its character
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
  (``heedful.plan._lexicon``): ``"USD"``, ``"EUR"``, ``"GBP"``, ``"%"``, ``"m"``, ``"km"``, ...;
  scales are applied ("$1.2 billion" -> 1.2e9 USD). ``qualifier`` keeps a comparison the text
  puts on the number: ``">"`` ("more than 10"), ``">="`` ("at least", "hundreds"), ``"<"``,
  ``"<="``, ``"~"`` ("about") or ``None``.
- Entities are spans of capitalised word sequences ("Bank of America", "Weekly Shōnen Jump"),
  without sentence-initial common words.
"""

from __future__ import annotations

import bisect
import calendar
import json
import re
from dataclasses import dataclass
from datetime import date
from typing import Any, NamedTuple

from heedful.plan._lexicon import ABBREVIATIONS, STOPWORDS, UNIT_OF

__all__ = [
    "CURRENCY_UNITS",
    "OPEN_END",
    "DateMention",
    "Evidence",
    "NumberMention",
    "extract",
]

def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


OPEN_END = date.max
"""The ``end`` of a range that runs to "present": 9999-12-31."""

CURRENCY_UNITS = frozenset(
    _words("USD EUR GBP JPY CHF CAD AUD NZD HKD SGD INR CNY BRL")
)
"""Canonical units that make a number a money amount."""

_JSON_VERSION = 1


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


class NumberMention(NamedTuple):
    """A quantity stated in the text (years and dates excluded)."""

    value: float
    unit: str | None
    char_start: int
    char_end: int
    qualifier: str | None = None  # > >= < <= ~


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
# sentences

_QUOTES = "\"'’”)]"
# One leading character class lets the regex engine skip ahead quickly (a fast prefix scan).
# A run of punctuation is tried only from its first mark ("?!..."): trying every mark of a run
# that fails ("....x") would rescan the run each time, quadratic in its length.
_SENT_RE = re.compile(
    r"[.!?\n](?:(?<=\n)\s*|(?<=[.!?])(?<![.!?].)[.!?]*+[\"'’”)\]]*+(?=\s|$))"
)
_NEXT_WORD = re.compile(r"\s*[\"'“‘(\[]*([^\W\d_]+)")
_DOTTED = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]")  # "U.S", "e.g", "D.C" (final period cut off)
_EXTRA_ABBREV = frozenset(_words(
    """maj adm brig cmdr cdr lieut messrs mme mlle fr sr jr sra srta gen hr approx dist mts pt
    ft ste cie plc llc av mgr msgr univ ref tel""")
)
_ABBREV = frozenset(ABBREVIATIONS) | _EXTRA_ABBREV
# Capitalised words that begin sentences without naming anything; after an abbreviation or an
# initial they signal that the period did end the sentence ("World War I . After the war").
_STARTERS = frozenset(STOPWORDS) | frozenset(_words(
    """after before during although however in on at when while since following despite according
    today yesterday tomorrow later then there here meanwhile moreover furthermore thus therefore
    instead yet because unlike like among upon unless whether now next last first finally
    initially originally currently previously recently eventually once many several most
    born located based known called named considered described like despite amid asked
    two three four five six seven eight nine ten additionally also overall still though
    however please yes no perhaps maybe according unfortunately fortunately built made held led
    found grown given written taken set situated formed founded established"""
))


def _split_sentences(text: str) -> list[tuple[int, int]]:
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
        return nm is not None and nm.group(1).lower() in _STARTERS
    return True


# --------------------------------------------------------------------------------------------
# dates

_MONTH_NUM = {
    "January": 1, "February": 2, "March": 3, "April": 4, "May": 5, "June": 6, "July": 7,
    "August": 8, "September": 9, "October": 10, "November": 11, "December": 12,
    "Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8, "Sep": 9, "Sept": 9,
    "Oct": 10, "Nov": 11, "Dec": 12,
}
_SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2)}
_ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "twenty first": 21,
}
_DECADE_PART = {"early": (0, 3), "mid": (3, 6), "late": (7, 9)}
_CENTURY_PART = {"early": (0, 33), "mid": (33, 66), "late": (66, 99)}


def _mon(name: str) -> str:
    return (rf"(?P<{name}>(?:January|February|March|April|May|June|July|August|September|October"
            rf"|November|December|Sept|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b)(?:\s?\.)?")


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
     r"|\b(?P<cen_w>(?ai:twenty[- ]first|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
     r"|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth"
     r"|twentieth)))[\s-]++[Cc]entur(?:y|ies)\b)"),
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
_MONTH_ANCHOR = re.compile(
    "January|February|March|April|May|June|July|August|September|October|November|December"
    "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
)
_PREFIX_BEFORE = re.compile(
    r"\b(?:[Ee]arly|[Mm]id|[Ll]ate|[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)\s*-?\s*(?:of\s+)?$"
)
_WORD_CENTURY = re.compile(
    r"(?:\b(?:[Ee]arly|[Mm]id|[Ll]ate)[\s-]+)?\b(?ai:twenty[- ]first|first|second|third|fourth|fifth|sixth"
    r"|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth"
    r"|eighteenth|nineteenth|twentieth)[\s-]+[Cc]entur(?:y|ies)\b"
)
_ERA = re.compile(r"\b(?:[Mm]edieval|Middle Ages)\b")


def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


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
            y, mo = int(g(kind + "_y")), _MONTH_NUM[g(kind + "_m")]
            d1 = _day(y, mo, g(kind + "_d"))
            return None if d1 is None else (d1, d1, "day")
        if kind == "dr" or kind == "mr":
            y, mo = int(g(kind + "_y")), _MONTH_NUM[g(kind + "_m")]
            first, last = _day(y, mo, g(kind + "_d1")), _day(y, mo, g(kind + "_d2"))
            if first is None or last is None or last < first:
                return None
            return first, last, "range"
        if kind == "my":
            y, mo = int(g("my_y")), _MONTH_NUM[g("my_m")]
            return date(y, mo, 1), _month_end(y, mo), "month"
        if kind == "sea":
            y = int(g("sea_y"))
            m1, m2 = _SEASONS[g("sea_n").lower()]
            if m2 < m1:  # winter 1995: December 1995 to February 1996
                return date(y, m1, 1), _month_end(y + 1, m2), "season"
            return date(y, m1, 1), _month_end(y, m2), "season"
        if kind == "dec" or kind == "dec2":
            if kind == "dec":
                base = int(g("dec_y")) * 10
            else:
                tens = int(g("dec2_y"))
                base = (1900 if tens >= 3 else 2000) + tens * 10
            q = g(kind + "_q")
            if base % 100 == 0 and base < 2000 and kind == "dec" and not q:
                return _years(base, base + 99, "century")  # "the 1800s"
            lo, hi = _DECADE_PART[q.lower()] if q else (0, 9)
            return _years(base + lo, base + hi, "decade")
        if kind == "cen":
            if re.match(r"\s*(?:BC|BCE|B\.C)", text[m.end():m.end() + 6]):
                return None
            n = int(g("cen_n")) if g("cen_n") else _ORDINAL_WORDS[g("cen_w").lower().replace("-", " ")]
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
            yb = ya // 100 * 100 + int(g("y2_b"))
            if yb <= ya:
                yb += 100
            if yb - ya > 20:
                return None
            return _years(ya, yb, "range")
    except ValueError:
        return None
    return None


def _dates(text: str, digit_runs: list[int]) -> list[DateMention]:
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
                y, mo = a.start.year, _MONTH_NUM[rm.group("m")]
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


# --------------------------------------------------------------------------------------------
# numbers

_CURRENCY_PREFIX = {
    "$": "USD", "US$": "USD", "U.S.$": "USD", "USD": "USD", "A$": "AUD", "AU$": "AUD", "C$": "CAD",
    "CA$": "CAD", "NZ$": "NZD", "HK$": "HKD", "S$": "SGD", "R$": "BRL", "€": "EUR", "EUR": "EUR",
    "£": "GBP", "GBP": "GBP", "¥": "JPY", "JPY": "JPY", "₹": "INR", "INR": "INR", "CHF": "CHF",
    "CAD": "CAD", "AUD": "AUD", "RMB": "CNY", "CNY": "CNY",
}
_SCALE = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12, "bn": 10**9,
          "mn": 10**6, "tn": 10**12, "m": 10**6, "k": 10**3, "b": 10**9}
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
_SMALL = {w: i for i, w in enumerate(_words(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen"))}
_TENS = {w: 10 * i for i, w in enumerate(_words("_ _ twenty thirty forty fifty sixty seventy eighty ninety"))
         if w != "_"}
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
_NUMBER_WORDS_FIRST = _words(
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
    for words, article in ((_NUMBER_WORDS_FIRST, False), (_A_SCALES, True)):
        for w in words:
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
_QUALIFIER_LAST = frozenset(_words(
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


def _numbers(text: str, digit_runs: list[int], dates: list[DateMention]) -> list[NumberMention]:
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
        unit = _CURRENCY_PREFIX.get(re.sub(r"\s", "", cur)) if cur else None
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
                mult = _SCALE[scale.lower()]
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
            value = float(sum(_TENS.get(x, _SMALL.get(x, 0)) for x in re.split(r"[-\s]", w)))
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


# --------------------------------------------------------------------------------------------
# entities

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
_NOT_NAMES = frozenset(_words(
    """january february march april may june july august september october november december monday
    tuesday wednesday thursday friday saturday sunday"""
)) | _STARTERS


def _entities(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
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
    elif at_start and first.lower() in _STARTERS:
        lm = _LEADING.match(text, s, e)
        if not lm or lm.end() >= e:
            return None
        s = lm.end()
        if text.find(" ", s, e) < 0 and text[s:e].lower() in _NOT_NAMES:
            return None
    e = _trim_entity(text, s, e)
    return (s, e) if e - s > 1 else None


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
    sentences = _split_sentences(text)
    digit_runs = [m.start() for m in _DIGITS.finditer(text)]
    dates = _dates(text, digit_runs)
    numbers = _numbers(text, digit_runs, dates)
    entities = _entities(text, sentences)
    return Evidence(tuple(sentences), tuple(dates), tuple(numbers), tuple(entities))
