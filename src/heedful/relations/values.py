"""Conditions on text columns: stored values named in the words ("based in Germany", "financial"),
regions of a country column ("European": IN its stored countries), and letters of a name ("whose
name starts with", "the surname Ward": ILIKE). Read by :func:`~heedful.relations.conditions.conditions`
after the numbers and years, on the words those left free.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Mapping, Sequence
from functools import cache
from typing import Any

from heedful.relations.catalog import TableInfo
from heedful.relations.words import Condition, about_people, name_column, stem_match
from heedful.text.lexicon import INDUSTRY_WORDS

__all__ = ["merge_values", "name_parts", "regions", "stored_values"]

#: the span test and the adder of :func:`~heedful.relations.conditions.conditions`
Free = Callable[[int, int], bool]
Add = Callable[..., None]

#: letters of a name: "whose name starts with 'Tor'", "names ending in Soft", "a CEO with the surname
#: Ward", "whose first name is Ana" (a value in quotes, or capitalised)
_NAME_PART = re.compile(
    r"\b(?P<part>(?:sur|last\s+|family\s+|first\s+|given\s+)?name)s?\s+(?:that\s+|which\s+)?"
    r"(?:(?P<how>starts?|starting|begins?|beginning|ends?|ending|contains?|containing|includes?|including)"
    r"(?:\s+(?:with|in))?\s+|(?:is|of)\s+)?"
    r"(?:[\"“‘'](?P<quoted>[^\"”’']{1,40})[\"”’']|(?P<word>(?-i:[A-Z][\w\-]*)))", re.IGNORECASE)
#: more names after one: "Lena or Anna", "Okafor, Costa or Ward"
_MORE_NAMES = re.compile(r"(?:\s*,\s*(?:or\s+)?|\s+or\s+|\s*/\s*)(?:[\"“‘'](?P<quoted>[^\"”’']{1,40})[\"”’']"
                         r"|(?P<word>[A-Z][\w\-]*))")
#: a person called by name: "the boss is called Jonas", "a CEO named Greta Ward", "run by a Ms Costa"
_CALLED = re.compile(r"\b(?:called|named)\s+(?:(?P<title>Mr|Mrs|Ms|Dr)\.?\s+)?(?P<first>(?-i:[A-Z][a-z'\-]+))"
                     r"(?:\s+(?P<last>(?-i:[A-Z][a-z'\-]+)))?", re.IGNORECASE)


def stored_values(text: str, tables: Sequence[TableInfo], values: Mapping[tuple[str, str], Sequence[Any]],
                  free: Free, add: Add) -> None:
    """The stored text values the words name, one condition per list of them on one column."""
    lowered = text.lower()
    by_column: dict[tuple[str, str], list[tuple[str, int, int]]] = {}
    for (table, column), vals in values.items():
        for v in vals:
            if not isinstance(v, str) or len(v) < 2:
                continue
            for form in surface_forms(v):
                exact = len(form) < 4 and form not in _NO_WORD  # "US" is no "us"; "UK" is "uk" too
                pattern = r"(?<![A-Za-z0-9])" + re.escape(form if exact else form.lower()) + r"(?![A-Za-z0-9])"
                for m in re.finditer(pattern, text if exact else lowered):
                    if free(m.start(), m.end()):
                        by_column.setdefault((table, column), []).append((v, m.start(), m.end()))
            if v.isalpha() and v.islower():  # a one-word category: "retailers", "financial", "banks"
                others = INDUSTRY_WORDS.get(v, ())
                for m in re.finditer(r"[a-z]+", lowered):
                    w = m.group(0)
                    if w != v and (len(v) >= 5 and stem_match(w, v) and w[:4] == v[:4] or w in others) \
                            and free(m.start(), m.end()):
                        by_column.setdefault((table, column), []).append((v, m.start(), m.end()))
    tables_by_name = {t.name: t for t in tables}
    # negation needs no reading here: the rule compiler has folded it into the criterion's polarity
    # ("only companies not based in France" is an exclusion of companies based in France)
    for (table, column), hits in by_column.items():
        # values in one list ("German, French or Spanish") make one condition; values apart ("energy
        # companies, or logistics companies with ...") one each, for the words between to join
        runs: list[list[tuple[str, int, int]]] = []
        for at in sorted(hits, key=lambda h: h[1]):
            if runs and VALUE_GAP.fullmatch(text[runs[-1][-1][2]:max(runs[-1][-1][2], at[1])]):
                runs[-1].append(at)
            else:
                runs.append([at])
        for run in runs:
            vals = list(dict.fromkeys(v for v, _, _ in run))  # as the words name them
            s, e = min(h[1] for h in run), max(h[2] for h in run)
            outside = _OUTSIDE.search(text[:s])  # "outside Japan", "non-French": NOT IN, as a region reads
            if outside is not None and free(outside.start(), s):
                s = outside.start()
            op = ("!=" if len(vals) == 1 else "not in") if outside else ("=" if len(vals) == 1 else "in")
            add(tables_by_name[table], column, op, vals[0] if len(vals) == 1 else vals, s, e, named=False)


#: short names of places that are no English word, so may be written in lower case ("uk/japan")
_NO_WORD = frozenset(("UK", "USA", "UAE"))
#: what stands between the items of one list: "German, French or Spanish", "food and/or retail",
#: "retailers as well as food companies" (a row holds one value: both are kept)
VALUE_GAP = re.compile(r"(?:\s|,|/|&|\bor\b|\band\b|\bas\s+well\s+as\b|\balong\s+with\b|\btogether\s+with\b)*")
#: the words before a value that keep the rows without it
_OUTSIDE = re.compile(r"(?:\boutside(?:\s+of)?\s+(?:the\s+)?|\bnon-\s*)$", re.IGNORECASE)


def merge_values(conds: list[Condition], text: str, offset: int) -> list[Condition]:
    """Stored values and regions on one column, in one list, in one condition: "North American or
    Japanese" is country IN (the countries of both), as "British and Spanish" is (a row holds one
    value)."""
    out: list[Condition] = []
    for c in conds:
        prev = next((o for o in out if not o.named and not c.named and (o.table, o.column) == (c.table, c.column)
                     and o.op in ("=", "in") and c.op in ("=", "in")
                     and VALUE_GAP.fullmatch(text[o.span[1] - offset:max(o.span[1], c.span[0]) - offset])), None)
        if prev is None:
            out.append(c)
            continue
        merged = dataclasses.replace(prev.listed_with(c),
                                     span=(min(prev.span[0], c.span[0]), max(prev.span[1], c.span[1])))
        out[out.index(prev)] = merged
    return out


def name_parts(text: str, tables: Sequence[TableInfo], free: Free,
               add: Add) -> None:
    """Letters of a name as ILIKE patterns: a surname or first name is a person's (the name column of
    the table with an age), "name" the first table's unless a person is named just before it ("a CEO
    whose name ..."). Matches ignore case; words holding ``%`` or ``_`` are left unread."""
    people = next((t for t in tables if t.column("age") is not None), None)
    for m in _NAME_PART.finditer(text):
        part, how = " ".join(m.group("part").lower().split()), (m.group("how") or "").lower()
        if part == "name" and not how or not free(m.start(), m.end()):
            continue  # "the name Acme" is the value itself, read as one
        person = part != "name" or (people is not None and about_people(text[max(0, m.start() - 30):m.start()], people))
        table = people if person else tables[0] if tables else None
        column = name_column(table) if table is not None else None
        if table is None or column is None:
            continue
        names, end = [m.group("quoted") or m.group("word")], m.end()
        while (more := _MORE_NAMES.match(text, end)) is not None:
            names.append(more.group("quoted") or more.group("word"))
            end = more.end()
        if any(re.search(r"[%_\\]", v) for v in names):
            continue  # a wildcard in the words: no pattern says what they mean
        patterns = [_name_pattern(part, how, v) for v in names]
        add(table, column, "ilike", patterns[0] if len(patterns) == 1 else patterns, m.start(), end)
    for m in _CALLED.finditer(text):
        column = name_column(people) if people is not None else None
        if people is None or column is None or not free(m.start(), m.end()) \
                or not about_people(text[max(0, m.start() - 30):m.start()], people):
            continue
        if m.group("last"):  # "named Greta Ward": the whole name
            pattern = f"{m.group('first')} {m.group('last')}"
        else:  # "called Jonas": a first name; "called Ms Costa": a surname
            pattern = f"% {m.group('first')}" if m.group("title") else f"{m.group('first')} %"
        add(people, column, "ilike", pattern, m.start(), m.end())


def _name_pattern(part: str, how: str, value: str) -> str:
    """The ILIKE pattern of one name: ("name", "starts", "Tor") -> "Tor%", ("surname", "", "Ward") -> "% Ward"."""
    if how.startswith(("start", "begin")):
        return f"{value}%" if part in ("name", "first name", "given name") else f"% {value}%"
    if how.startswith("end"):
        return f"%{value}"
    if how:
        return f"%{value}%"
    return f"{value} %" if part in ("first name", "given name") else f"% {value}"


def regions(text: str, tables: Sequence[TableInfo], values: Mapping[tuple[str, str], Sequence[Any]],
            free: Free, add: Add) -> None:
    """A region on a column of countries: "European" is the column IN the stored countries of Europe,
    "outside Europe" or "non-European" NOT IN them (the region's words are taken before the values',
    so "North American" is not read as "American")."""
    from heedful.text.lexicon import COUNTRIES, COUNTRY_ALIASES

    by_name = {t.name: t for t in tables}
    for (table, column), vals in values.items():
        stored = [v for v in vals if isinstance(v, str) and COUNTRY_ALIASES.get(v, v) in COUNTRIES]
        if not stored or table not in by_name:
            continue
        for members, pattern in _region_patterns():
            inside = [v for v in stored if COUNTRY_ALIASES.get(v, v) in members]
            for m in pattern.finditer(text):
                if inside and free(m.start(), m.end()):
                    add(by_name[table], column, "not in" if m.group("out") else "in", inside, m.start(), m.end(),
                        named=False)


@cache
def _region_patterns() -> tuple[tuple[tuple[str, ...], re.Pattern[str]], ...]:
    """Per region, longest name first: its countries and the pattern of its words, "outside" or
    "non-" before them in the group ``out``."""
    from heedful.text.lexicon import REGION_COUNTRIES, REGION_FORMS

    out = []
    for region, members in sorted(REGION_COUNTRIES.items(), key=lambda rm: -len(rm[0])):
        forms = "|".join(re.escape(f) for f in sorted((*REGION_FORMS.get(region, ()), region), key=len, reverse=True))
        out.append((members, re.compile(rf"(?<![A-Za-z])(?P<out>(?:outside(?:\s+(?:of\s+)?)?|non-?)\s*)?(?:the\s+)?"
                                        rf"(?:{forms})(?![A-Za-z])", re.IGNORECASE)))
    return tuple(out)


def surface_forms(value: str) -> list[str]:
    """How a text may name a stored value: itself and, for a country, its other names and demonyms
    ("Germany": "German"; "United States": "US", "the USA", "American")."""
    from heedful.text.lexicon import COUNTRIES, COUNTRY_ALIASES

    canon = COUNTRY_ALIASES.get(value, value)
    if canon not in COUNTRIES:
        return [value]
    forms = [value, canon, *COUNTRIES[canon], *(a for a, c in COUNTRY_ALIASES.items() if c == canon)]
    return list(dict.fromkeys(f for f in forms if f))
