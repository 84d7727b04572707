"""Decide a plan's predicates on one passage from its extracted :class:`Evidence`.

:func:`evaluate` returns a :class:`Verdict`: ``satisfied``, ``violated`` or ``unknown``, the
sentence that decided it, and a ``score`` in [0, 1] (1 satisfied, 0 violated, 0.5 unknown).

>>> from heedful.plan.schema import Predicate
>>> text = "He was born in 1905 and retired in 1938."
>>> evaluate(Predicate.year("<", 1920), text, hint="players born before 1920")
Verdict(status='satisfied', score=1.0, evidence='He was born in 1905 and retired in 1938.', method='')
>>> evaluate(Predicate.year(">", 1940), text, hint="retired after 1940").status
'violated'

How each predicate type reads a passage:

- ``mentions``: any term occurs (case-insensitive, whole words, plural "s" and possessive "'s"
  allowed, diacritics folded, a country and its demonym count as each other: Canada/Canadian).
  Otherwise ``violated``: the passage was read and does not say it.
- ``year``: the year bound to the event word of ``hint`` ("born", "released", "founded", ...) in the
  same sentence, else the passage's first date. For a range ("1916-1920", a life span) a start
  event ("born", "founded") reads its first year, an end event ("died", "closed") its last one.
  Periods wider than a year ("the 1990s") give a partial score: the share of their years that
  pass, with status ``unknown`` when only some do. ``unknown`` when the passage has no date.
- ``number``: the number nearest (same sentence) to the predicate's ``context`` words or the
  nouns of ``hint``, in the predicate's unit when it has one; qualifiers in the text count ("more
  than 10" passes "> 5" and is ``unknown`` for "> 20"). ``unknown`` when no number fits.
- ``pattern``: a case-insensitive regex search.
- ``date_window``: how well the dates a passage mentions fit the window, see
  :func:`~heedful.rank.windows.window_fit`; ``violated`` when the passage has dates and none
  overlaps, ``unknown`` when it has none. The verdict's score is ``0.5 + 0.5 * window_fit`` when satisfied, so any overlap ranks above "no
  dates", and a passage that names when the period begins or ends ranks above one that only
  mentions some date inside it.

When the year or number had to be guessed (no event or context word next to it), the verdict
keeps its status but its score is pulled toward 0.5: 0.8 for satisfied, 0.2 for violated.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING, Protocol, cast

from heedful.ingest.evidence import (
    DateMention,
    Evidence,
    NumberMention,
    extract,
)
from heedful.rank.terms import fold, term_patterns
from heedful.rank.windows import best_date, fit_overlap
from heedful.text.lexicon import (
    DOC_NOUNS,
    STOPWORDS,
    UNIT_OF,
    UNIT_SIZE,
    words,
)
from heedful.text.subject import Subject, read_subject
from heedful.types import Status, Verdict

if TYPE_CHECKING:
    from heedful.plan.schema import Predicate

__all__ = ["ONLY_OTHER", "ONLY_VISITED", "SUBJECT_KINDS", "Verdict", "canonical_unit", "evaluate"]


_SNIPPET = 200
_GUESS_SHRINK = 0.6  # a guessed year/number moves the score only 60% of the way from 0.5


_UNKNOWN = Verdict("unknown", 0.5, None)


def evaluate(predicate: Predicate, text: str, evidence: Evidence | None = None, *,
             hint: str = "", title: str = "", about: str = "passage", subject: Subject | None = None,
             place: bool = False) -> Verdict:
    """Decide ``predicate`` on the passage ``text`` using its ``evidence`` (extracted if None).

    ``hint`` is the criterion's text ("players born before 1920"); it picks which year or number
    of the passage the predicate is about. With ``about="subject"`` a ``mentions`` predicate is
    read on what the passage says about its own subject (``title``, or the name its first
    sentence opens on; see :mod:`heedful.text.subject`): terms found only in words about another
    thing give ``unknown``, with that sentence as evidence. ``subject`` is the passage's subject when it
    was read already (a judge reads it once per candidate, not once per criterion). With ``place``
    (the criterion is where the subject is, is from or belongs), a place read on the subject counts
    only where it is not one the subject went to ("toured Britain and the United States").

    >>> from heedful.plan.schema import Predicate
    >>> evaluate(Predicate.mentions(["Canada"]), "A Canadian band from Edmonton.")
    Verdict(status='satisfied', score=1.0, evidence='A Canadian band from Edmonton.', method='')
    >>> evaluate(Predicate.number(">", 100, context=["killed"]), "The storm killed 12 people.")
    Verdict(status='violated', score=0.0, evidence='The storm killed 12 people.', method='')
    >>> text = "Harbour Lights is a studio album by Fjord. It followed the live album Northern Lights."
    >>> evaluate(Predicate.mentions(["live album"]), text, about="subject", title="Harbour Lights").status
    'unknown'
    >>> evaluate(Predicate.mentions(["live album"]), text, about="passage").status
    'satisfied'
    """
    ev = extract(text) if evidence is None else evidence
    kind = predicate.type
    if about != "subject" or kind not in SUBJECT_KINDS:
        subject = None
    elif subject is None:
        subject = read_subject(text, title, ev)
    if kind == "mentions":
        return _mentions(predicate.terms, text, ev, subject, place=place)
    if kind == "pattern":
        m = _compile_pattern(predicate.regex).search(text)
        if m is None:
            return Verdict("violated", 0.0, None)
        return Verdict("satisfied", 1.0, _snippet(text, ev, m.start(), m.end()))
    if kind == "year":
        return _year(predicate.op, predicate.value, text, ev, hint, subject)
    if kind == "number":
        return _number(predicate, text, ev, hint, subject)
    if kind == "date_window":
        return _date_window(predicate.start, predicate.end, text, ev)
    raise ValueError(f"predicate type {kind!r} is not one of mentions, year, number, pattern, date_window")


def _snippet(text: str, ev: Evidence, start: int, end: int) -> str:
    """The sentence around ``start:end``, or a window of ~200 characters centred on it."""
    s, e = ev.sentence_of(start)
    if not s <= start < max(e, s + 1):
        s, e = start, end
    if e - s <= _SNIPPET:
        return text[s:e].strip()
    ws = max(s, min(start - (_SNIPPET - (end - start)) // 2, e - _SNIPPET))
    we = min(e, ws + _SNIPPET)
    return ("…" if ws > s else "") + text[ws:we].strip() + ("…" if we < e else "")


def _guess(v: Verdict) -> Verdict:
    return Verdict(v.status, 0.5 + (v.score - 0.5) * _GUESS_SHRINK, v.evidence)


# --------------------------------------------------------------------------------------------
# mentions


def _mentions(terms: Sequence[str], text: str, ev: Evidence, subject: Subject | None, *,
              place: bool = False) -> Verdict:
    """Any term in the passage; with a ``subject`` (None: any mention counts), in words about it,
    and with ``place`` not as a place the subject went to nor as a language labelling a spelling.

    >>> t = "Ana Lima is a Brazilian singer. She has toured Spain and the United States."
    >>> s = read_subject(t, "Ana Lima", extract(t))
    >>> _mentions(["United States"], t, extract(t), s, place=True).method
    'only as a place the subject went to'
    >>> _mentions(["Brazil", "Brazilian"], t, extract(t), s, place=True).status
    'satisfied'
    >>> t = "Ivan Petrov (Russian: Иван Петров; born 1950) is a Soviet engineer."
    >>> _mentions(["Russia", "Russian"], t, extract(t), None, place=True).status
    'violated'
    """
    ci_rx, cs_rx = term_patterns(tuple(terms))
    hits: list[tuple[int, int]] = []
    if ci_rx is not None:
        hits.extend(m.span() for m in ci_rx.finditer(fold(text)))
    if cs_rx is not None:
        hits.extend(m.span() for m in cs_rx.finditer(text))
    hits = [h for h in hits if not _inside_longer_name(text, *h)]
    if place:  # "(Russian: Михаил ...)": a language that labels a spelling of the name, no place
        hits = [h for h in hits if not _LABEL_AFTER.match(text, h[1])]
    if not hits:
        return Verdict("violated", 0.0, None)
    hits.sort()
    if subject is None:
        s, e = hits[0]
        return Verdict("satisfied", 1.0, _snippet(text, ev, s, e))
    visited = None
    for s, e in hits:
        if subject.binds(s, e) == "other":
            continue
        if place and _went_to(text, s):
            visited = visited or (s, e)
            continue
        return Verdict("satisfied", 1.0, _snippet(text, ev, s, e))
    if visited is not None:
        return Verdict("unknown", 0.5, _snippet(text, ev, *visited), ONLY_VISITED)
    s, e = hits[0]
    return Verdict("unknown", 0.5, _snippet(text, ev, s, e), ONLY_OTHER)


# a journey's destinations: "toured both Great Britain and the United States", "a tour of Japan",
# "visited France": where the subject went says nothing of where it is, is from or belongs
_WENT_TO = re.compile(
    r"\b(?:tour(?:ed|ing|s)?|tour\s+(?:of|in|through|across)|visit(?:ed|ing|s)?|travell?(?:ed|ing|s)?\s+"
    r"(?:to|through|across|around)|trips?\s+to|journey(?:ed|s)?\s+to)"
    r"(?P<list>(?:\s+|,|both\b|the\b|and\b|or\b|[A-Z][\w.'’-]*)*)$")


_LABEL_AFTER = re.compile(r"\s*:")


def _went_to(text: str, start: int) -> bool:
    """Whether the place at ``start`` is one of a journey's destinations (a list of names after
    "toured", "visited", "a tour of", "travelled to")."""
    return _WENT_TO.search(text, max(0, start - 80), start) is not None


_CAP_BEFORE = re.compile(r"(?<![.!?]\s)(?<!^)\b(?!The\b)[A-Z][\w'’\-]*\s+$")
_CAP_AFTER = re.compile(r"\s+[A-Z][\w'’\-]*")


def _inside_longer_name(text: str, start: int, end: int) -> bool:
    """Whether a name of several words is part of a longer one: "Premier League" in "Northern
    Premier League" or "Premier League Darts" names something else.

    >>> t = "It won the Northern Premier League. It joined the Premier League in 1992."
    >>> [_inside_longer_name(t, m.start(), m.end()) for m in re.finditer("Premier League", t)]
    [True, False]
    """
    found = text[start:end]
    if " " not in found.strip() or not found[:1].isupper():
        return False
    return bool(_CAP_BEFORE.search(text, max(0, start - 40), start) or _CAP_AFTER.match(text, end))


#: the verdict method of a match found only in words about something else than the passage's subject
ONLY_OTHER = "only about something else"
#: the verdict method of a place found only where the subject went (a tour, a visit)
ONLY_VISITED = "only as a place the subject went to"
#: the predicate types read on the passage's subject when a criterion is about it
SUBJECT_KINDS = ("mentions", "year", "number")


@lru_cache(maxsize=256)
def _compile_pattern(regex: str | None) -> re.Pattern[str]:
    return re.compile(regex or "", re.IGNORECASE)


# --------------------------------------------------------------------------------------------
# years

# event family -> (which end of a range it reads, words that name it in a hint or a passage)
_EVENTS: dict[str, tuple[str, tuple[str, ...]]] = {
    "born": ("start", ("born", "birth", "births", "birthday", "née")),
    "died": ("end", ("died", "die", "dies", "death", "deaths", "dead", "deceased")),
    "founded": ("start", ("founded", "founding", "established", "establishment", "formed",
                          "formation", "incorporated", "created", "creation", "founder")),
    "built": ("start", ("built", "build", "constructed", "construction", "erected", "dated",
                        "dating", "dates", "completed", "completion")),
    "released": ("start", ("released", "release", "releases", "premiered", "premiere", "debuted",
                           "debut", "aired", "issued", "launched", "launch")),
    "published": ("start", ("published", "publication", "serialized", "serialised", "written",
                            "wrote", "released", "issued")),
    "opened": ("start", ("opened", "opening", "opens", "inaugurated", "inauguration")),
    "started": ("start", ("started", "began", "begun", "start", "beginning", "commenced")),
    "elected": ("start", ("elected", "election", "appointed", "appointment")),
    "joined": ("start", ("joined", "signed", "drafted", "hired", "enlisted")),
    "married": ("start", ("married", "marriage", "wed")),
    "won": ("start", ("won", "win", "wins", "awarded", "received", "winning")),
    "discovered": ("start", ("discovered", "discovery", "described", "named", "identified")),
    "recorded": ("start", ("recorded", "recording", "filmed", "produced", "composed")),
    "closed": ("end", ("closed", "closure", "closes", "shut")),
    "dissolved": ("end", ("dissolved", "disbanded", "defunct", "abolished", "dissolution",
                          "folded")),
    "demolished": ("end", ("demolished", "demolition", "destroyed", "razed")),
    "retired": ("end", ("retired", "retirement", "retire", "retiring")),
    "ended": ("end", ("ended", "ending", "finished", "resigned")),
}
_EVENT_OF_WORD: dict[str, str] = {}
for _fam, (_cls, _forms) in _EVENTS.items():
    for _w in _forms:
        _EVENT_OF_WORD.setdefault(_w, _fam)


@lru_cache(maxsize=512)
def _hint_event(hint: str) -> tuple[str, re.Pattern[str] | None, str]:
    """The event a hint is about: (range end it reads, regex of its words in a passage, its family)."""
    for w in re.findall(r"[a-zé]+", hint.lower()):
        fam = _EVENT_OF_WORD.get(w)
        if fam:
            cls, words = _EVENTS[fam]
            rx = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, words), key=len, reverse=True))
                            + r")\b", re.IGNORECASE)
            return cls, rx, fam
    return "any", None, ""


class _Located(Protocol):
    @property
    def char_start(self) -> int: ...

    @property
    def char_end(self) -> int: ...


def _nearest(items: Sequence[_Located], ev: Evidence, ws: int, we: int,
             *, before_penalty: float) -> tuple[int, float]:
    """Index and gap of the item nearest to ``ws:we`` in the same sentence; (-1, inf) if none."""
    s, e = ev.sentence_of(ws)
    best, gap = -1, math.inf
    for i, it in enumerate(items):
        cs, ce = it.char_start, it.char_end
        if cs < s:
            continue
        if cs >= e:
            break
        if cs >= we:
            g = float(cs - we)
        elif ce <= ws:
            g = (ws - ce) * before_penalty + 1
        else:
            g = 0.0
        if g < gap:
            best, gap = i, g
    return best, gap


def _year_span(d: DateMention, cls: str, value_hi: int) -> tuple[int, int] | None:
    if d.kind == "range":
        if cls == "start":
            return d.start.year, d.start.year
        if cls == "end":
            return None if d.open_end else (d.end.year, d.end.year)
        if d.open_end:  # "2005-present": long enough to reach past the compared year
            return d.start.year, max(d.start.year, value_hi) + 1
    return d.start.year, d.end.year


def _year_share(lo: int, hi: int, op: str, value: int | Sequence[int]) -> float:
    """Share of the years lo..hi that pass ``op value``."""
    if op == "between":
        a, b = max(lo, value[0]), min(hi, value[1])  # type: ignore[index]
    else:
        v = int(value)  # type: ignore[arg-type]
        a, b = {"<": (lo, min(hi, v - 1)), "<=": (lo, min(hi, v)), ">": (max(lo, v + 1), hi),
                ">=": (max(lo, v), hi), "=": (max(lo, v), min(hi, v))}[op]
    return max(0, b - a + 1) / (hi - lo + 1)


def _status(share: float) -> Status:
    return "satisfied" if share >= 1.0 else "violated" if share <= 0.0 else "unknown"


def _year(op: str | None, value: object, text: str, ev: Evidence, hint: str, subject: Subject | None) -> Verdict:
    dates = ev.dates
    if not dates or op is None:
        return _UNKNOWN
    cls, rx, fam = _hint_event(hint)
    chosen = other = -1
    if rx is not None:
        for m in rx.finditer(text):
            i, _ = _nearest(dates, ev, m.start(), m.end(), before_penalty=2.0)
            if i >= 0 and subject is not None and subject.binds(m.start(), m.end()) == "other":
                other = i if other < 0 else other  # "her father, born in 1870": someone else's event
                continue
            if i >= 0:
                chosen = i
                break
    if chosen < 0 and other >= 0:
        d = dates[other]
        return Verdict("unknown", 0.5, _snippet(text, ev, d.char_start, d.char_end), ONLY_OTHER)
    bound = chosen >= 0
    d = dates[chosen if bound else 0]
    if not bound and fam in ("born", "died") and d.kind != "range":
        # a birth or death the passage never mentions: a lone date ("the 2011 roster") says nothing
        # of it, where a life span "(1921-2004)" would; a lone year is a film's or a book's own
        # ("a 2011 horror film"), so other events still guess from it
        return Verdict("unknown", 0.5, _snippet(text, ev, d.char_start, d.char_end))
    value_hi = max(value) if isinstance(value, (tuple, list)) else int(value)  # type: ignore[call-overload]
    span = _year_span(d, cls, value_hi)
    if span is None:
        return Verdict("unknown", 0.5, _snippet(text, ev, d.char_start, d.char_end))
    share = _year_share(span[0], span[1], op, value)  # type: ignore[arg-type]
    v = Verdict(_status(share), share, _snippet(text, ev, d.char_start, d.char_end))
    return v if bound else _guess(v)


# --------------------------------------------------------------------------------------------
# numbers

_SYNONYMS = [
    {"killed", "kill", "killing", "deaths", "death", "dead", "died", "fatalities", "victims",
     "casualties", "lives"},
    {"injured", "injuries", "injuring", "wounded", "hurt"},
    {"population", "inhabitants", "residents", "people"},
    {"employees", "staff", "workers", "employs", "employed", "workforce"},
    {"height", "tall", "high", "elevation"},
    {"length", "long"},
    {"cost", "costs", "price", "priced", "worth", "value", "valued", "budget", "spent", "paid"},
    {"revenue", "revenues", "sales", "income", "turnover"},
]
_SYNONYMS_OF = {w: g for g in _SYNONYMS for w in g}
_NOT_CONTEXT = frozenset(words(
    """more less than over under above below least greater fewer exceeding exactly approximately
    around only larger smaller higher lower bigger number numbers amount total figure figures
    value values count quantity states state stated mentions mention gives give reports report
    says say said least most between one two three four five six seven eight nine ten eleven
    twelve twenty thirty forty fifty hundred hundreds thousand thousands million millions billion
    billions dozen dozens"""
)) | frozenset(STOPWORDS) | frozenset(DOC_NOUNS) | frozenset(UNIT_OF)


def _stem(w: str) -> str:
    for suf in ("ings", "ing", "ies", "ied", "es", "ed", "s"):
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            return w[: -len(suf)]
    return w


@lru_cache(maxsize=512)
def _context_regex(context: tuple[str, ...], hint: str, counting: bool = False) -> re.Pattern[str] | None:
    """Regex over the predicate's context words (group ``c``) and the hint's nouns (group ``h``)."""
    explicit = {w.lower() for c in context for w in re.findall(r"[A-Za-zÀ-ÿ]+", c)}
    hint_words = [w for w in re.findall(r"[a-zà-ÿ]+", hint.lower()) if len(w) >= 3 and w not in _NOT_CONTEXT]
    # of a count, the hint's first word names what is filtered ("crashes with more than 10 people
    # killed"), not what is counted: "the flight crashed 3 m short of the runway" says nothing of the dead
    skip_first = counting and bool(hint_words) and hint_words[0] not in explicit and bool(explicit)
    from_hint = set(hint_words[1:] if skip_first else hint_words) - explicit

    def stems(words: set[str]) -> set[str]:
        out = set()
        for w in words:
            for x in _SYNONYMS_OF.get(w, {w}):
                out.add(re.escape(_stem(x)))
        return out

    c, h = stems(explicit), stems(from_hint)
    h -= c
    parts = []
    if c:
        parts.append(r"(?P<c>\b(?:" + "|".join(sorted(c, key=len, reverse=True)) + r")\w*)")
    if h:
        parts.append(r"(?P<h>\b(?:" + "|".join(sorted(h, key=len, reverse=True)) + r")\w*)")
    return re.compile("|".join(parts), re.IGNORECASE) if parts else None


def canonical_unit(unit: str | None) -> str | None:
    """The evidence's name for a unit: ``"$"`` -> ``"USD"``, ``"metres"`` -> ``"m"``."""
    if unit is None:
        return None
    u = unit.strip()
    signs = {"$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "percent": "%",
             "per cent": "%", "pct": "%"}
    low = " ".join(u.lower().split())
    return signs.get(low) or UNIT_OF.get(low) or (u.upper() if len(u) == 3 and u.isalpha() else u)


_MEASURES = frozenset({"length", "mass", "area", "speed"})


def _in_unit(n: NumberMention, unit: str) -> NumberMention | None:
    """``n`` converted to ``unit`` when both measure the same dimension, else None.

    >>> round(_in_unit(NumberMention(250.0, "mi", 0, 6), "km").value, 1)
    402.3
    """
    have, want = UNIT_SIZE.get(n.unit or ""), UNIT_SIZE.get(unit)
    if have is None or want is None or have[0] != want[0]:
        return None
    return n._replace(value=n.value * have[1] / want[1], unit=unit)


def _number_region(n: NumberMention) -> tuple[float, bool, float, bool]:
    """(low, low closed, high, high closed) of the values a stated number allows."""
    v, q = n.value, n.qualifier
    if q == ">":
        return v, False, math.inf, False
    if q == ">=":
        return v, True, math.inf, False
    if q == "<":
        return -math.inf, False, v, False
    if q == "<=":
        return -math.inf, False, v, True
    if q == "~":
        return v * 0.9, True, v * 1.1, True
    return v, True, v, True


def _predicate_region(op: str, value: object) -> tuple[float, bool, float, bool]:
    if op == "between":
        low, high = cast("Sequence[float]", value)
        return float(low), True, float(high), True
    v = float(value)  # type: ignore[arg-type]
    return {"<": (-math.inf, False, v, False), "<=": (-math.inf, False, v, True),
            ">": (v, False, math.inf, False), ">=": (v, True, math.inf, False),
            "=": (v, True, v, True)}[op]


def _compare(n: NumberMention, op: str, value: object) -> float:
    """1.0 when every value the text allows passes, 0.0 when none does, else 0.5."""
    lo, loc, hi, hic = _number_region(n)
    plo, ploc, phi, phic = _predicate_region(op, value)
    if op == "=" and math.isclose(lo, plo, rel_tol=1e-9) and lo == hi:
        return 1.0
    inside = (lo > plo or (lo == plo and (ploc or not loc))) and (hi < phi or (hi == phi and (phic or not hic)))
    if inside:
        return 1.0
    big_lo, big_lo_closed = (lo, loc) if lo > plo else (plo, ploc) if plo > lo else (lo, loc and ploc)
    small_hi, small_hi_closed = (hi, hic) if hi < phi else (phi, phic) if phi < hi else (hi, hic and phic)
    if big_lo > small_hi or (big_lo == small_hi and not (big_lo_closed and small_hi_closed)):
        return 0.0
    return 0.5


_IDENTIFIER_BEFORE = re.compile(
    r"(?:\b(?i:flight|route|runway|no\.|number|model|type|class|highway|interstate|road|platform|gate|room|chapter|"
    r"episode|season|version|mark|mk\.?|unit|squadron|wing|division|opus|op\.)\s*|#\s*"
    r"|(?<![.!?]\s)(?<![.!?]\s\s)(?<!^)\b(?!(?:About|Around|Over|Under|Nearly|Some|Approximately|Almost|Only|Just|"
    r"More|Fewer|Less|Up|At|By|In|Of|With|To|From)\b)[A-Z][A-Za-z]*[\s-])$")
_AND_BETWEEN = re.compile(r"\s+[a-z]+(?:\s+[a-z]+)?\s*,?\s+and\s+$")


def _with_coordinated(nums: Sequence[NumberMention], i: int, text: str) -> NumberMention:
    """The count at ``i`` summed with the counts coordinated before it: "twenty passengers and one
    crew member were killed" states 21 killed."""
    n, total, j = nums[i], nums[i].value, i
    while j > 0 and nums[j - 1].unit is None and nums[j - 1].qualifier is None \
            and _AND_BETWEEN.fullmatch(text, nums[j - 1].char_end, nums[j].char_start):
        j -= 1
        total += nums[j].value
    return n if j == i else n._replace(value=total, char_start=nums[j].char_start)


def _number(predicate: Predicate, text: str, ev: Evidence, hint: str, subject: Subject | None) -> Verdict:
    op, value = predicate.op, predicate.value
    if op is None:
        return _UNKNOWN
    unit = canonical_unit(predicate.unit)
    nums = [n for n in ev.numbers if unit is None or n.unit == unit]
    if unit is None:  # "more than 40 floors" counts things: "280 m" or "650 ft" is a measure, not a count
        nums = [n for n in nums if UNIT_SIZE.get(n.unit or "", ("",))[0] not in _MEASURES]
        # "flight 409", "a Boeing 737", "Route 66": a number that names something counts nothing
        nums = [n for n in nums if not _IDENTIFIER_BEFORE.search(text, max(0, n.char_start - 20), n.char_start)]
    native = list(nums)
    if unit is not None:  # "400 km" is also met by "423.55 mi": numbers in another unit of the same dimension
        nums = sorted(nums + [c for n in ev.numbers if n.unit != unit and (c := _in_unit(n, unit)) is not None],
                      key=lambda n: n.char_start)
    if not nums:
        return _UNKNOWN
    rx = _context_regex(tuple(predicate.context), hint, unit is None)
    chosen, best = -1, math.inf
    if rx is not None:
        # a context word inside a name ("the People's Republic") is no cue; a hint word may be ("Coastal Road")
        cues = [m for m in rx.finditer(text) if not (
            m.lastgroup == "c" and m.group(0)[:1].isupper() and ev.sentence_of(m.start())[0] != m.start())]
        for m in cues:
            i, gap = _nearest(nums, ev, m.start(), m.end(), before_penalty=1.0)
            if i >= 0 and subject is not None and subject.binds(m.start(), m.end()) == "other":
                continue  # "its rival employs 9,000 people": another thing's number
            if i >= 0 and m.lastgroup == "h":
                gap = gap * 2 + 2  # hint words are weaker cues than the predicate's context
            if gap < best:
                chosen, best = i, gap
    if chosen < 0 and unit is not None and len(native) == 1 and len(nums) == 1:
        chosen = 0  # the only number in the asked unit (none in another) needs no context word
    bound = chosen >= 0
    if not bound:
        if predicate.context and unit is None:
            return _UNKNOWN  # the passage has numbers, none about what was asked
        if not native:
            return _UNKNOWN  # a length in miles, with no context word, is no guess at an elevation
        chosen = nums.index(native[0])
    n = _with_coordinated(nums, chosen, text) if bound and unit is None else nums[chosen]
    share = _compare(n, op, value)
    v = Verdict(_status(share), share, _snippet(text, ev, n.char_start, n.char_end))
    return v if bound else _guess(v)


# --------------------------------------------------------------------------------------------
# date windows (scored in heedful.rank.windows)


def _date_window(ws: date | None, we: date | None, text: str, ev: Evidence) -> Verdict:
    if not ev.dates:
        return _UNKNOWN
    best, where = best_date(ws, we, ev)
    if where is None:
        return Verdict("violated", 0.0, None)
    return Verdict("satisfied", 0.5 + 0.5 * fit_overlap(best, ws, we, ev), _snippet(text, ev, where.char_start, where.char_end))
