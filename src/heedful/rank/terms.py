"""How a term is found in a passage: one regex per set of terms, case and diacritics folded.

:func:`term_patterns` compiles the terms of a ``mentions`` predicate into a case-insensitive regex
(run on :func:`fold`-ed text) and a case-sensitive one for acronyms. A term matches whole words with
a plural or possessive ending; a country matches its demonyms, aliases and parts ("Ohio" is in the
United States); a two-word kind ("silent film") lets one or two modifiers stand between its words.

>>> ci, cs = term_patterns(("Canada",))
>>> bool(ci.search(fold("a Canadian band"))), bool(ci.search(fold("Canadá")))
(True, True)
>>> ci, cs = term_patterns(("silent film",))
>>> bool(ci.search("a silent romantic drama film")), bool(ci.search("a silent and a sound film"))
(True, False)
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from heedful.text.lexicon import COUNTRIES, COUNTRY_ALIASES, COUNTRY_PARTS, STOPWORDS

__all__ = ["fold", "term_patterns"]


class _FoldTable(dict[int, str]):
    """str.translate table: one character to one lower-case character without diacritics.

    Keeping the length lets match offsets in the folded text index the original text.
    """

    def __missing__(self, code: int) -> str:
        c = chr(code)
        base = "".join(ch for ch in unicodedata.normalize("NFKD", c) if not unicodedata.combining(ch))
        low = base.lower()
        out = low if len(low) == 1 else (c.lower() if len(c.lower()) == 1 else c)
        self[code] = out
        return out


_FOLD = _FoldTable({ord("’"): "'", ord("‘"): "'", ord("ʼ"): "'"})


@lru_cache(maxsize=256)
def fold(text: str) -> str:
    if text.isascii():
        return text.lower()
    return text.translate(_FOLD)


_COUNTRY_LC = {k.lower(): k for k in COUNTRIES}
_ALIAS_LC = {k.lower(): v for k, v in COUNTRY_ALIASES.items()}
_DEMONYM_LC: dict[str, list[str]] = {}
for _c, _dems in COUNTRIES.items():
    for _d in _dems:
        _DEMONYM_LC.setdefault(_d.lower(), []).append(_c)
_ALIASES_OF: dict[str, list[str]] = {}
for _a, _c in COUNTRY_ALIASES.items():
    _ALIASES_OF.setdefault(_c, []).append(_a)
_AMBIGUOUS_ALIASES = frozenset({"America"})  # "South America" is not the United States


def _term_variants(term: str) -> tuple[set[str], set[str]]:
    """(variants matched case-insensitively, acronyms matched as written) for one term."""
    t = " ".join(term.split())
    ci, cs = {t}, set()
    key = t.lower()
    key = key.removeprefix("the ")
    countries: list[str] = []
    if key in _COUNTRY_LC:
        countries.append(_COUNTRY_LC[key])
    elif key in _ALIAS_LC or "the " + key in _ALIAS_LC:
        countries.append(_ALIAS_LC.get(key) or _ALIAS_LC["the " + key])
    if key in _DEMONYM_LC:
        countries.extend(_DEMONYM_LC[key])
        ci.update(_DEMONYM_LC[key])
    for c in countries:
        ci.add(c)
        ci.update(COUNTRIES.get(c, ()))
        ci.update(COUNTRY_PARTS.get(c, ()))  # "in Ohio" is in the United States
        for alias in _ALIASES_OF.get(c, ()):
            alias = alias.removeprefix("the ")
            if alias in _AMBIGUOUS_ALIASES:
                continue
            if alias.replace(".", "").isupper():
                cs.add(alias)  # "US", "UK": as written, or "us" would match
            else:
                ci.add(alias)
    return ci, cs


def _alternation(variants: Iterable[str]) -> str:
    alts = set()
    for v in variants:
        words = v.split()
        alts.add(r"[\s\-]+".join(re.escape(w) for w in words))
        low = v.lower()
        if len(low) > 3 and low.endswith("ies"):
            alts.add(re.escape(v[:-3]) + "y")
        elif len(low) > 2 and low.endswith("y") and low[-2] not in "aeiou":
            alts.add(r"[\s\-]+".join(re.escape(w) for w in (v[:-1] + "ies").split()))
        elif len(low) > 3 and low.endswith("s") and not low.endswith("ss"):
            alts.add(r"[\s\-]+".join(re.escape(w) for w in v[:-1].split()))
    return "|".join(sorted(alts, key=len, reverse=True))


_LOWER_WORD = re.compile(r"[a-z][a-z\-]+")
# a word that may stand between a modifier and its noun: not a word of the grammar
_MODIFIER = r"(?!(?:" + "|".join(sorted(STOPWORDS, key=len, reverse=True)) + r")\b)[a-z][\w\-]*"


@lru_cache(maxsize=1024)
def term_patterns(terms: tuple[str, ...]) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    ci: set[str] = set()
    cs: set[str] = set()
    gapped: list[str] = []
    for t in terms:
        a, b = _term_variants(t)
        ci.update(fold(x) for x in a if x.strip())
        cs.update(b)
        words = t.split()
        if len(words) == 2 and all(_LOWER_WORD.fullmatch(w) for w in words):
            # "silent film" in "a silent romantic drama film": a kind's modifier and its noun, with
            # other modifiers between (never a name's words, never across "of", "and" ...)
            gapped.append(rf"{re.escape(words[0])}(?:[\s\-]+{_MODIFIER}){{1,2}}[\s\-]+{re.escape(words[1])}")
    suffix = r"(?:'s|s|es)?(?!\w)"
    alternation = "|".join(filter(None, (_alternation(ci) if ci else "", *gapped)))
    ci_rx = re.compile(rf"(?<!\w)(?:{alternation}){suffix}") if alternation else None
    cs_rx = re.compile(rf"(?<![\w.])(?:{'|'.join(re.escape(x) for x in sorted(cs, key=len, reverse=True))})"
                       rf"(?![\w])") if cs else None
    return ci_rx, cs_rx

