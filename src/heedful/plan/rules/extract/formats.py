"""Formats a passage should give (a dollar amount, a year, a number in named units)."""

from __future__ import annotations

import re

from heedful.plan.rules.extract.base import Context, Extractor
from heedful.plan.rules.state import Feature, State
from heedful.plan.rules.words import MONTHS_RX, REACH
from heedful.plan.schema import Predicate

__all__ = ["EVENT_DATE", "FORMAT_NOUNS", "FORMAT_PATTERNS", "FORMAT_RE", "NEGATED_FORMAT", "SAYS_WHEN", "STRONG_MONEY", "UNIT_FORMS", "YEAR_OF", "FormatExtractor", "LifeExtractor", "unit_list"]


# label -> regex searched case-insensitively in passages
FORMAT_PATTERNS: dict[str, str] = {
    "money": r"(?:US\$|A\$|C\$|\$|€|£|¥|\b(?:USD|EUR|GBP)\s?)\s?\d[\d,]*(?:\.\d+)?"
             r"(?:\s?(?:thousand|million|billion|trillion|bn|mn|m|k)\b)?"
             r"|\b\d[\d,]*(?:\.\d+)?\s?(?:thousand|million|billion|trillion)?\s?(?:dollars|euros|pounds|USD|EUR|GBP)\b",
    "percentage": r"\b\d+(?:\.\d+)?\s?(?:%|percent\b|per\s+cent\b)",
    "date": rf"\b(?:\d{{1,2}}\s+)?{MONTHS_RX}\s+(?:\d{{1,2}},?\s+)?\d{{3,4}}\b|\b\d{{4}}-\d{{2}}-\d{{2}}\b",
    "year": r"\b(?:1[0-9]{3}|20[0-9]{2})\b",
    "number": r"\b\d[\d,]*(?:\.\d+)?\b",
    "quote": r"[\"“][^\"”]{12,}[\"”]",
    "url": r"https?://\S+|\bwww\.\S+",
    "email": r"\b[\w.+-]+@[\w-]+\.[\w.]+\b",
    "award": r"\b(?:award|awards|awarded|prize|prizes|medal|medals|trophy|trophies|honou?rs?|laureate)\b",
    "measurement": r"\b\d[\d,]*(?:\.\d+)?\s?(?:m|km|cm|mm|ft|feet|foot|metres|meters|miles|mi|kg|lb|lbs|tonnes|tons|"
                   r"hectares|acres|km2|sq\s?mi)\b",
    "population": r"\bpopulation\b[^.]{0,60}?\d[\d,]*|\b\d[\d,]*\s+(?:inhabitants|residents|people)\b",
    # a match's result: "won 24–17", "a 3–1 win", "drew 2-2"
    "score": r"\b\d{1,3}\s?[–—-]\s?\d{1,3}\b(?!\s?(?:[–—-]|%|percent|years?|million|billion))",
    # a death the passage gives: a closed life span "(1920 – 2005)", "(died ...)", "she died in 1990"
    "death": (r"\((?:[^()]{0,40}?\b)?\d{3,4}\s*[–—-]\s*(?:[^()]{0,40}?\b)?\d{3,4}\s*\)|\((?:[^()]{0,40};\s*)?died\b|"
              r"\b(?:he|she|they)\s+(?:later\s+)?died\b|\bdied\s+(?:on|in|at|of|aged)\b|\bpassed\s+away\b"),
}
FORMAT_NOUNS: list[tuple[str, str]] = [
    ("money", (r"(?:dollar|usd|us\s+dollar|euro|monetary|money|cash|currency)\s*(?:amounts?|figures?|values?|sums?|"
              r"totals?|numbers?|estimates?)?|amounts?\s+of\s+money|(?:figures?|amounts?|values?|sums?)\s+in\s+"
              r"(?:us\s+)?(?:dollars|euros|pounds)|prices?|costs?")),
    ("percentage", r"percentages?|percent(?:age)?\s+figures?"),
    ("population", r"population(?:\s+(?:figures?|counts?|numbers?|sizes?|estimates?))?"),
    ("date", r"(?:specific\s+|exact\s+|full\s+|calendar\s+)?dates?(?!\s+(?:of|range|ranges))"),
    ("year", r"years?(?!\s+(?:old|of\s+age|ago))"),
    ("quote", r"(?:direct\s+)?(?:quotes?|quotations?)"),
    ("url", r"urls?|links?|web\s+addresses?"),
    ("email", r"e-?mail\s+addresses?"),
    ("award", r"awards?|prizes?|medals?|trophies|trophy|honou?rs?"),
    # "final score", never a bare "score" (a film's score is its music)
    ("score", r"(?:final|match|game|full-time)\s+scores?|scorelines?"),
    ("measurement", r"measurements?|heights?|lengths?|weights?|distances?|elevations?|altitudes?|dimensions?"),
    ("number", (r"numbers?|figures?|statistics?|stats|numeric(?:al)?\s+(?:data|values?)|quantit(?:y|ies)|"
               r"counts?|totals?")),
]
FORMAT_RE = re.compile(
    r"\b(?:state|states|stating|stated|give|gives|giving|given|include|includes|including|included|report|reports|"
    r"reporting|contain|contains|containing|provide|provides|providing|mention|mentions|mentioning|cite|cites|"
    r"citing|list|lists|listing|name|names|naming|quote|quotes|quoting|show|shows|showing|specify|specifies|"
    r"specifying|have|has|having|with|offer|offers|disclose|discloses|put|puts|feature|features|record|records)\s+"
    r"(?:(?:a|an|the|some|any|at\s+least\s+one|one\s+or\s+more|specific|exact|concrete|explicit|actual|precise|"
    r"particular|its|their|his|her|numeric|numerical|single|clear|own|[a-z]+(?:'s|’s))\s+)*"
    r"(?P<noun>" + "|".join(f"(?P<f_{label}>{rx})" for label, rx in FORMAT_NOUNS) + r")\b",
    re.IGNORECASE,
)
STRONG_MONEY = re.compile(r"\b(?:dollar|monetary|usd)\s+(?:amounts?|figures?|values?|sums?)\b|\bamounts?\s+in\s+"
                           r"(?:us\s+)?dollars\b", re.IGNORECASE)

# canonical unit -> forms a passage may write it in; only units that are not also common words
UNIT_FORMS: dict[str, tuple[str, ...]] = {
    "km/h": ("km/h", "kph", "km per hour", "kilometres per hour", "kilometers per hour"),
    "mph": ("mph", "miles per hour"),
    "knots": ("knots", "kn", "kt"),
    "m": ("m", "metres", "meters", "metre", "meter"),
    "km": ("km", "kilometres", "kilometers", "kilometre", "kilometer"),
    "ft": ("ft", "feet", "foot"),
    "mi": ("miles", "mile", "mi"),
    "cm": ("cm", "centimetres", "centimeters"),
    "mm": ("mm", "millimetres", "millimeters"),
    "kg": ("kg", "kilograms", "kilos"),
    "lb": ("lb", "lbs", "pounds"),
    "t": ("tonnes", "tons", "t"),
    "km2": ("km2", "km²", "square kilometres", "square kilometers", "sq km"),
    "mi2": ("square miles", "sq mi"),
    "ha": ("hectares", "ha"),
    "acres": ("acres", "acre"),
    "MW": ("MW", "megawatts"),
    "°C": ("°C", "degrees Celsius", "Celsius"),
    "°F": ("°F", "degrees Fahrenheit", "Fahrenheit"),
    "hPa": ("hPa", "mbar", "millibars"),
}
_UNIT_NAME: dict[str, str] = {}
for _u, _forms in UNIT_FORMS.items():
    for _f in _forms:
        _UNIT_NAME.setdefault(_f.lower(), _u)
# in running text only unambiguous forms name a unit; inside brackets short ones do too ("(m)")
_UNIT_LONG = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in sorted(
    (f for f in _UNIT_NAME if f not in ("m", "t", "kn", "kt", "mi", "ha", "lb")), key=lambda f: (-len(f), f)))
_UNIT_ANY = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in sorted(_UNIT_NAME, key=lambda f: (-len(f), f)))
_ULIST = r"(?:{u})(?:\s*(?:,|/|\bor\b|\band\b|,\s*or\b)\s*(?:{u}))*"
_UNIT_LIST_RE = re.compile(
    r"\(\s*(?:in\s+|as\s+|either\s+)?(?P<b>" + _ULIST.format(u=_UNIT_ANY) + r")\s*\)"
    r"|\b(?:in|as)\s+(?:either\s+)?(?P<t>" + _ULIST.format(u=_UNIT_LONG) + r")(?![\w/])",
)
_NUMBER_ASK = re.compile(
    r"\b(?:numbers?|figures?|values?|numeric(?:al)?|speeds?|measure\w*|heights?|lengths?|distances?|weights?|"
    r"areas?|elevations?|altitudes?|temperatures?|rates?|amounts?|capacity|depths?|widths?|sizes?|pressures?|totals?|"
    r"spans?|given|stated|reported|expressed|quoted|listed|measured|recorded|states?|gives?|reports?|lists?)\b",
    re.IGNORECASE,
)


def unit_list(st: State, cs: int, ce: int) -> tuple[int, int, list[str]] | None:
    """Units a clause asks a number to be given in: "(km/h or mph)", "given in metres or feet"."""
    if not _NUMBER_ASK.search(st.masked, cs, ce):
        return None
    for m in _UNIT_LIST_RE.finditer(st.text, cs, ce):
        blob = m.group("b") or m.group("t")
        units = []
        for part in re.split(r"\s*(?:,\s*or\b|,|/(?!h\b)|\bor\b|\band\b)\s*", blob, flags=re.IGNORECASE):
            u = _UNIT_NAME.get(" ".join(part.lower().split()))
            if u and u not in units:
                units.append(u)
        if units:
            return m.start(), m.end(), units
    return None


YEAR_OF = re.compile(r"\s+(?:of|in|when)\b")
SAYS_WHEN = re.compile(
    r"\b(?:state|states|stating|give|gives|say|says|mention|mentions|specify|specifies|report|reports|tell|tells|"
    r"indicate|indicates)\s+(?:(?:me|us|you)\s+)?(?:exactly\s+)?when\b", re.IGNORECASE)
# "an air date", "the first broadcast date is stated": a requirement that the subject's own date be given
EVENT_DATE = re.compile(r"\b(?:air|airing|broadcast|release|premiere|publication|launch|opening|founding)\s+dates?\b",
                        re.IGNORECASE)
NEGATED_FORMAT = re.compile(r"\b(?:without|no|not|never|lacking|lacks?|missing)(?:\s+[\w\-]+){0,2}\s*$", re.IGNORECASE)


class FormatExtractor(Extractor):
    """A format a passage should give: "give a dollar figure", "state when", "a monetary amount"."""

    kind = "format"

    def find(self, ctx: Context) -> None:
        cs, seg, free = ctx.cs, ctx.seg, ctx.free
        has_number = ctx.has("number")
        has_format = ctx.has("format")
        for m in FORMAT_RE.finditer(seg):
            s, e = cs + m.start(), cs + m.end()
            if not free(s, e):
                continue
            label = next(lbl for lbl, _ in FORMAT_NOUNS if m.group(f"f_{lbl}"))
            if label in ("number", "measurement") and has_format:
                continue  # "a number (kg or lb)": the units say more
            if label == "year" and YEAR_OF.match(seg, m.end(), m.end() + 6):
                continue
            if label in ("number", "population", "measurement", "percentage", "year") and has_number:
                continue
            negated = bool(NEGATED_FORMAT.search(seg, max(0, m.start() - REACH), m.start())) or m.group(
                0).lower().startswith(("without",))
            ctx.add(Feature("format", s, e, Predicate.pattern(FORMAT_PATTERNS[label], label=label),
                            negated=negated))
            break
        if not ctx.has("format"):
            wm = SAYS_WHEN.search(seg)
            if wm is None and ctx.polarity in ("require", "prefer") and not ctx.has("time"):
                wm = EVENT_DATE.search(seg)
            if wm and free(cs + wm.start(), cs + wm.end()):
                ctx.add(Feature("format", cs + wm.start(), cs + wm.end(),
                                Predicate.pattern(FORMAT_PATTERNS["year"], label="year")))
        if not ctx.has("format"):
            m2 = STRONG_MONEY.search(seg)
            if m2 and free(cs + m2.start(), cs + m2.end()):
                ctx.add(Feature("format", cs + m2.start(), cs + m2.end(),
                                Predicate.pattern(FORMAT_PATTERNS["money"], label="money")))


# a person's death, said of the subject ("who have died", "gives a date of death"); not a qualified
# one ("soldiers who died in the war", "died of cholera"), which says which deaths
_DEATH = re.compile(r"\b(?:(?<!never\s)died|dead|deceased|date\s+of\s+death|death\s+date|year\s+of\s+death|passed\s+away)"
                    r"\b(?!\s+(?:in|at|during|of|from|aged|on|while|after|before|when|by|with|for|as)\b)")
# ... and its contrary: "still alive", "is alive", "living people"
_ALIVE = re.compile(r"\b(?:still\s+(?:alive|living)|(?:is|are|be|was|were)\s+alive|alive\s+today|living\s+(?=people|persons|"
                    r"artists|writers|scientists|musicians|painters|poets|authors|actors|actresses|singers)\b)")


class LifeExtractor(Extractor):
    """Whether a person has died: "skip anyone who has died", "if it gives a date of death", and
    the contrary "only people still alive" (read as leaving out a death the passage gives)."""

    kind = "format"

    def find(self, ctx: Context) -> None:
        if ctx.has("format") or ctx.has("time"):
            return
        cs, seg, free = ctx.cs, ctx.seg, ctx.free
        for rx, alive in ((_DEATH, False), (_ALIVE, True)):
            if alive and ctx.st.asking:
                continue  # "Is the scientist still alive?": its answer says which way, after it
            m = rx.search(seg)
            if m and free(cs + m.start(), cs + m.end()):
                ctx.add(Feature("format", cs + m.start(), cs + m.end(),
                                Predicate.pattern(FORMAT_PATTERNS["death"], label="death"), negated=alive))
                return
