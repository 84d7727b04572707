"""Conditions on table columns, read from an instruction's words by rules.

:func:`conditions` finds what a clause says about the columns of some tables, each as a
:class:`Condition` with the characters it came from:

- a comparison with a number names a numeric column ("more than 500 employees", "a rating above
  4", "1,000 or more staff", "300 employees at most", "between 100 and 500 million dollars");
- a year after a verb names the column of that verb ("founded after 2000", "set up in the 1990s",
  "listed no later than 1990"), and a start in a role names a since-when column ("took office in
  2015", "has held the post since 2015 or earlier");
- a person's number or decade names an age column ("the CEO is over sixty", "in their fifties",
  "65 or older"), an amount of money the one money column ("less than 50 million dollars a year");
- a stored text value names its column ("based in Germany" when a column holds ``Germany``), and a
  region the countries of a country column ("European", "outside North America": IN / NOT IN);
  values in one list ("German, French or Spanish") make one condition.

>>> import tempfile, pathlib
>>> from heedful.relations import TableCatalog
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> _ = (d / "companies.csv").write_text("name,founded,employees,country\\nAcme,1998,1200,Germany\\nBolt,2012,800,France\\n")
>>> cat = TableCatalog(d / "ix"); _ = cat.add(d / "companies.csv")
>>> text = "European companies set up in the 1990s with 1,000 employees or more"
>>> [c.sql() for c in conditions(text, cat.tables(), cat.text_values(100))]
["companies.country IN ('France', 'Germany')", 'companies.founded BETWEEN 1990 AND 1999', 'companies.employees >= 1000']
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any

from heedful.relations.catalog import TableInfo
from heedful.relations.values import merge_values, name_parts, regions, stored_values
from heedful.relations.words import (
    FUNCTION_WORDS,
    NEGATED_OP,
    NUMERIC_TYPES,
    Condition,
    about_people,
    names_table,
    one_column,
    singular,
    stem_match,
)
from heedful.text.lexicon import NUMBER_WORDS

__all__ = ["MONEY_COLUMN", "Embed", "conditions"]

#: a currency before an amount: "$2bn", "US$ 40m", "USD 500 million", "EUR 3m", "€3m", "£40m"
_CURRENCY_SIGN = r"(?:(?:US|C|A)?\$\s?|(?:USD|EUR|GBP|CAD)\s?|[€£]\s?)?"
#: the scale words after a number: the keys of _SCALE
_SCALE_WORD = r"thousand|million|billion|k|m|mn|b|bn"


_NUM = (rf"{_CURRENCY_SIGN}(?:(?P<num>\d[\d,]*(?:\.\d+)?)\s*(?P<scale>{_SCALE_WORD})?\b"
        r"|(?P<nword>half\s+a|(?:one|two|three)\s+and\s+a\s+half|a|an|one|two|three|four|five|six|seven|eight|nine|ten|"
        r"twenty|fifty|a\s+few)\s+"
        r"(?P<wscale>hundred|thousand|million|billion)\b"
        r"|(?P<tens>twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b(?!\s+(?:hundred|thousand|million|billion)))"
        r"(?:\s+(?:(?:us|u\.s\.|american|canadian|australian)\s+)?(?:dollars|usd|euros?|eur|pounds|gbp))?")
#: a currency named after a place ("US dollars"): money, not a country
_CURRENCY_NAME = re.compile(r"\b(?:US|U\.S\.|American|Canadian|Australian|Singapore|Hong\s+Kong|New\s+Zealand)\s+"
                            r"dollars?\b", re.IGNORECASE)
_AMOUNT = rf"{_CURRENCY_SIGN}\d[\d,]*(?:\.\d+)?\s*(?:{_SCALE_WORD})?"
#: the noun after an amount: never the amount's own scale ("$2 billion" is not 2 of a "billion")
_AFTER_AMOUNT = rf"(?!(?:{_SCALE_WORD})\b)(?P<noun>[a-z][a-z\-]*)"
_MORE = (r"more\s+than|greater\s+than|higher\s+than|larger\s+than|bigger\s+than|over|above|exceeding|exceeds?|"
         r"tops?|surpass(?:es|ing)?|in\s+excess\s+of")
_LESS = r"fewer\s+than|less\s+than|lower\s+than|smaller\s+than|under|below"
_AT_LEAST = r"at\s+least|no\s+fewer\s+than|no\s+less\s+than|a\s+minimum\s+of"
_AT_MOST = r"at\s+most|no\s+more\s+than|a\s+maximum\s+of|up\s+to(?:\s+and\s+including)?"
_OP = rf"(?P<op>{_MORE}|{_LESS}|{_AT_LEAST}|{_AT_MOST}|exactly)"
#: "more than 500 employees", "at least 1,000 staff members"
_OP_NUM_NOUN = re.compile(rf"\b{_OP}\s+{_NUM}(?:\s+(?:in|of)(?:\s+(?:annual|yearly|total))?)?"
                          rf"\s+(?P<noun>[a-z][a-z\-]*(?:\s+[a-z][a-z\-]*)?)", re.IGNORECASE)
#: "500 or more employees"
_NUM_OR_NOUN = re.compile(rf"\b{_NUM}\s+or\s+(?P<more>more|fewer|less|greater)\s+(?P<noun>[a-z][a-z\-]*)", re.IGNORECASE)
#: "a rating above 4", "revenue of more than 2 million", "whose headcount is under 50"
#: "between 1,000 and 10,000 employees", "employees between 50 and 500"
_BETWEEN_NUM = (
    re.compile(rf"\bbetween\s+(?P<lo>{_AMOUNT})\s+and\s+(?P<hi>{_AMOUNT})\s+{_AFTER_AMOUNT}", re.IGNORECASE),
    # "1,000 to 5,000 employees", "from 50 through 500 staff"
    re.compile(rf"(?<![\w$])(?:from\s+)?(?P<lo>{_AMOUNT})\s+(?:to|through|until|-)\s+(?P<hi>{_AMOUNT})\s+"
               rf"{_AFTER_AMOUNT}", re.IGNORECASE),
    re.compile(rf"\b(?P<noun>[a-z][a-z\-]*)\s+(?:(?:of|is|are|lies|lie|falls?|sits?|ranges?|ranging)\s+)?"
               rf"(?:(?:somewhere|anywhere)\s+)?between\s+(?P<lo>{_AMOUNT})\s+and\s+"
               rf"(?P<hi>{_AMOUNT})", re.IGNORECASE),
    # a column's word, a colon, a range: "founded: 1990 to 2010", "employees: 100-500"
    re.compile(rf"\b(?P<noun>[a-z][a-z_\-]*)\s*:\s*(?:from\s+|between\s+)?(?P<lo>{_AMOUNT})\s*"
               rf"(?:to|through|until|and|-|–)\s*(?P<hi>{_AMOUNT})(?![\w.,]\d)", re.IGNORECASE),
)
#: "revenue of $100m or more", "three hundred employees at most": the comparison after the number
_POSTFIX = r"(?P<post>or\s+(?:more|greater|higher|above|over|fewer|less|lower|below|under)|at\s+most|at\s+least|max(?:imum)?|min(?:imum)?)\b"
#: between a column's word and its condition: a verb, or a colon ("employees: over 1,000", "founded: 1990 to 2010")
_IS = r"(?:\s*:\s*|\s+(?:(?:is|are|was|were|of|at)\s+)?)"
#: the noun before a comparison: never a negation ("revenue is not above $3bn", "isn't": "t"), which
#: stays outside the condition for the negation rules to read
_NOUN = r"(?<!['’])\b(?!(?:not|never|t)\b)(?P<noun>[a-z][a-z_\-]*)"
_NOUN_NUM_POST = re.compile(rf"{_NOUN}{_IS}{_NUM}\s+{_POSTFIX}", re.IGNORECASE)
_NUM_NOUN_POST = re.compile(rf"\b{_NUM}\s+(?P<noun>[a-z][a-z\-]*)\s+{_POSTFIX}", re.IGNORECASE)
#: "5k+ employees", "a CEO 60+": at least the number
_NUM_PLUS_NOUN = re.compile(rf"\b{_NUM}\+\s*(?P<noun>[a-z][a-z\-]*)", re.IGNORECASE)
_NOUN_NUM_PLUS = re.compile(rf"{_NOUN}\s+(?:(?:is|are|of|aged)\s+)?{_NUM}\+", re.IGNORECASE)
#: ... with a negation before the comparison: "whose revenue is not above $3bn", "headcount isn't
#: below 400" (the condition reads it: revenue <= 3bn)
_NOUN_OP_NUM = re.compile(rf"{_NOUN}(?:{_IS}(?P<neg>(?:not|never)\s+)?|\s+(?P<negc>(?:is|are|was|were)n['’]t)\s+)"
                          rf"{_OP}\s+{_NUM}", re.IGNORECASE)
#: a decade: "1990s", "the '90s", "the 60s"
_DECADE = r"['’]?(?:1\d|2\d)?\d0['’]?s\b"
#: when, after a verb: "after 2000", "in 2015 or later", "between 1990 and 2000", "from 1960 through
#: 1985", "in the 1990s", "in the 60s or 70s", "since before 2015"
_YEAR_WHEN = (r"(?:(?P<op>after|before|since\s+before|since\s+after|since|in|prior\s+to|until|by|no\s+later\s+than|no\s+earlier\s+than|not\s+before|"
              r"not\s+after|later\s+than|earlier\s+than)\s+(?:the\s+year\s+)?(?P<year>1\d{3}|2\d{3})\b"
              r"(?:\s+or\s+(?:any\s+|a\s+)?(?P<then>later|after|since|earlier|before)(?:\s+years?)?)?"
              r"|(?:between|from)\s+(?P<lo>1\d{3}|2\d{3})\s+(?:and|to|through|until)\s+(?P<hi>1\d{3}|2\d{3})\b"
              rf"|(?:in|during|from)\s+the\s+(?P<decade>{_DECADE}(?:(?:\s*,\s*|\s*-\s*|\s+(?:or|and|to|through|until)\s+)"
              rf"(?:the\s+)?{_DECADE})*)"
              r"|(?:in|during)\s+(?P<century>the\s+(?:last|previous|20th|twentieth|21st|twenty-first|current)|this)"
              r"\s+century\b)")
#: the linked things "from the 80s", "from the last century": when they began
_THINGS_FROM = re.compile(r"\b(?P<noun>[a-z]+)\s+(?=from\s+the\s)" + _YEAR_WHEN, re.IGNORECASE)
_VERB_YEAR = re.compile(r"\b(?P<verb>[a-z]+ed|set\s+up)(?:\s*:\s*|\s+)" + _YEAR_WHEN, re.IGNORECASE)  # "founded: after 2005" too
#: a year counted back from the reference year: "more than 20 years ago", "within the last ten years"
_AGO = (r"(?:(?P<rel>more\s+than|over|at\s+least|less\s+than|under|fewer\s+than|no\s+more\s+than|at\s+most|"
        r"up\s+to)\s+(?P<n>\d{1,3}|[a-z]+)\s+years?\s+ago\b"
        r"|(?:within|in|during|over)\s+the\s+(?:last|past|previous)\s+(?P<last>\d{1,3}|[a-z]+)\s+years\b)")
_VERB_AGO = re.compile(r"\b(?P<verb>[a-z]+ed|set\s+up)\s+" + _AGO, re.IGNORECASE)
#: any such span: no other rule may read its number ("founded more than 20 years ago" is no "founded > 20")
_ANY_AGO = re.compile(r"\b" + _AGO, re.IGNORECASE)
#: an age in years: "at least 50 years old", "older than 30 years" (a company's, counted from its founding
#: year, when the nearest thing named before it is the linked table's: see _thing_age)
_YEARS_OLD = re.compile(
    r"\b(?:(?P<rel>more\s+than|over|at\s+least|less\s+than|under|no\s+more\s+than|at\s+most|older\s+than|"
    r"younger\s+than)\s+(?P<n>\d{1,3}|[a-z]+)\s+years?\s+old\b"
    r"|(?P<adj>older|younger)\s+than\s+(?P<n2>\d{1,3}|[a-z]+)\s+years\b)"
    r"(?:\s+(?:in|by|as\s+of|at\s+the\s+end\s+of)\s+(?P<ref>1\d{3}|2\d{3})\b)?", re.IGNORECASE)  # "... in 2025": then
#: verbs of a beginning that name a founding-year column ("set up in the 1990s") when no column is
#: named after them; "started" and "joined" are a person's (see _TOOK_OFFICE)
_FOUNDING_VERB = re.compile(r"set\s+up|established|incorporated|formed|created|launched|founded", re.IGNORECASE)
_FOUNDED_COLUMN = re.compile(r"found|establish|incorporat|inception|creat", re.IGNORECASE)
#: a start in a role, "took office in 2015", "was appointed before 2010", "took the job in 2015 or
#: later": a year column that says since when (named since, start, started, appointed, from)
_TOOK_OFFICE = re.compile(
    r"\b(?:t(?:ook|aken|ake)\s+(?:office|over|charge|the\s+(?:job|helm|reins|post|role))|(?:(?:was|were|got)\s+)?appointed|"
    r"(?:was|were)\s+named|(?:was|were)\s+hired|joined|started|began|(?:has|have)\s+(?:led|run|headed)\s+"
    r"(?:it|them|the\s+\w+)|(?:has|have)\s+been\s+(?:in\s+charge|at\s+the\s+helm|in\s+(?:office|post)"
    r"|in\s+(?:the|that)\s+(?:job|role|post|position|seat)|running\s+(?:it|them|the\s+\w+))"
    r"|(?:has|have)\s+held\s+(?:the\s+|that\s+)?(?:post|job|role|position|office|seat))\s+"
    r"(?:(?:in|on|at)\s+(?:the|that)\s+(?:job|role|post|position|helm|company)\s+)?" + _YEAR_WHEN, re.IGNORECASE)
_START_COLUMN = re.compile(r"^(?:since|start(?:ed)?|start_year|appointed|from|in_office_since|tenure_start)\b", re.IGNORECASE)
#: "65 or older", "40 years or younger": age (not "younger than 30 or older than 70": that "older"
#: begins a comparison of its own)
_NUM_OR_ADJ = re.compile(rf"\b{_NUM}\s+(?:years?\s+(?:old\s+)?or\s+(?P<adj>older|younger|over|more|under|less)"
                         rf"|or\s+(?P<adj2>older|younger))\b(?!\s+than\b)", re.IGNORECASE)
#: "aged from 50 up to and including 65", "aged between 30 and 40", "aged 50 to 65", "aged over 60"
_AGED = re.compile(rf"\baged\s+(?:(?:from|between)\s+)?(?P<lo>\d{{1,3}})\s+(?:to|and|through|-|up\s+to"
                   rf"(?:\s+and\s+including)?)\s+(?P<hi>\d{{1,3}})\b|\baged\s+{_OP}\s+{_NUM}", re.IGNORECASE)
#: "in their forties or fifties": ages 40 to 59
_DECADES = ("twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties")
_AGE_DECADE = rf"{'|'.join(_DECADES)}|[2-9]0['’]?s"  # "forties", "40s", "40's"
_IN_THEIR = re.compile(rf"\bin\s+(?:their|his|her)\s+(?:(?:early|mid|late)[\s-]+)?(?P<d1>{_AGE_DECADE})"
                       rf"(?:\s+(?:or|to|and)\s+(?:(?:early|mid|late)[\s-]+)?(?P<d2>{_AGE_DECADE}))?(?!\w)", re.IGNORECASE)
#: an amount in a currency: read on the table's one money column when no noun names another
_CURRENCY = re.compile(r"[$€£]\s?\d|\b(?:dollars|usd|euros?|eur|pounds|gbp|cad)\b", re.IGNORECASE)
_PER_YEAR = re.compile(r"(?:a|per|each|every)\s+year|annually|yearly", re.IGNORECASE)
_MONEY_NOUNS = frozenset(("earnings", "money"))
MONEY_COLUMN = re.compile(r"usd|eur|gbp|dollar|revenue|turnover|sales|income|price|cost", re.IGNORECASE)
#: "older than 40" (age), "cheaper than 20" (price): a comparative that names its column's quantity
_ADJ_NUM = re.compile(rf"\b(?P<no>(?:no|not)\s+)?(?P<adj>older|younger|taller|shorter|heavier|lighter|cheaper|pricier|longer)\s+than\s+{_NUM}",
                      re.IGNORECASE)
_ADJ = {"older": ("age", ">"), "younger": ("age", "<"), "taller": ("height", ">"), "shorter": ("height", "<"),
        "heavier": ("weight", ">"), "lighter": ("weight", "<"), "cheaper": ("price", "<"), "pricier": ("price", ">"),
        "longer": ("length", ">")}
_SCALE = {"thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "billion": 1e9, "b": 1e9, "bn": 1e9}
_YEAR_OPS = {"after": ">", "before": "<", "since before": "<", "since after": ">", "since": ">=", "in": "=", "prior to": "<", "until": "<=", "by": "<=",
             "no later than": "<=", "no earlier than": ">=", "not before": ">=", "not after": "<=", "later than": ">",
             "earlier than": "<"}


#: a column named in other words ("staff" for employees) is matched by the embedder: its cosine with
#: the column's name (and description) at least this, and this far above the next column (fitted on
#: word lists of our own: staff, personnel, workers, established, chief executive, income, nation)
COLUMN_SIMILARITY = 0.55
COLUMN_MARGIN = 0.08

#: ``embed(texts)``: unit vectors for texts (the index's embedder), or None for string matching only
Embed = Callable[[Sequence[str]], Any]


def _column_by_meaning(words: Sequence[str], tables: Sequence[TableInfo], numeric: bool,
                       embed: Embed) -> tuple[TableInfo, str] | None:
    cands = [(t, c) for t in tables for c in t.columns if numeric == c.type.upper().startswith(NUMERIC_TYPES)]
    if not cands:
        return None
    labels = [c.name.replace("_", " ") + (f": {c.description}" if c.description else "") for _, c in cands]
    vecs = embed([" ".join(words), *labels])
    sims = sorted(((float(vecs[0] @ vecs[i + 1]), i) for i in range(len(cands))), reverse=True)
    best, second = sims[0][0], sims[1][0] if len(sims) > 1 else 0.0
    if best < COLUMN_SIMILARITY or best - second < COLUMN_MARGIN:
        return None
    t, c = cands[sims[0][1]]
    return t, c.name


#: nouns the embedder does not place near the column they name ("headcount": cosine 0.20 with
#: "employees"), as the word it does
_SAME_AS = {"headcount": "employee"}


def _column_for(noun: str, tables: Sequence[TableInfo], *, numeric: bool,
                embed: Embed | None = None) -> tuple[TableInfo, str] | None:
    """The column a noun names: its name's words (or its description's, second) hold the noun; else,
    with ``embed``, the column whose name means it (see COLUMN_SIMILARITY)."""
    noun = re.sub(r"\bhead[\s_-]?counts?\b", "headcount", noun.lower())
    words = [_SAME_AS.get(w, singular(w)) for w in re.findall(r"[a-z0-9]+", noun) if w not in FUNCTION_WORDS]
    if not words:
        return None
    found = _column_by_words(words, tables, numeric)
    if found is None and embed is not None:
        found = _column_by_meaning(words, tables, numeric, embed)
    return found


def _column_by_words(words: Sequence[str], tables: Sequence[TableInfo], numeric: bool) -> tuple[TableInfo, str] | None:
    best: tuple[int, TableInfo, str] | None = None
    for t in tables:
        for c in t.columns:
            if numeric != c.type.upper().startswith(NUMERIC_TYPES):
                continue
            name_words = [singular(w) for w in re.findall(r"[a-z0-9]+", c.name.lower().replace("_", " "))]
            score = 0
            if any(stem_match(w, n) for w in words for n in name_words):
                score = 2
            elif c.description and any(stem_match(w, d) for w in words
                                       for d in (singular(x) for x in re.findall(r"[a-z]+", c.description.lower()))):
                score = 1
            if score and (best is None or score > best[0]):
                best = (score, t, c.name)
    return (best[1], best[2]) if best else None


_WORD_NUMBERS = {"half a": 0.5, "one and a half": 1.5, "two and a half": 2.5, "three and a half": 3.5, "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10, "twenty": 20, "fifty": 50, "a few": 3}


def _range(lo: str, hi: str) -> tuple[float, float]:
    """Both ends of "100 and 500 million": a scale written once, after the second, counts for both."""
    low, high = _amount(lo), _amount(hi)
    scale = re.search(r"[a-z]+$", hi.strip().lower())
    if scale and not re.search(r"[a-z]$", lo.strip().lower()) and scale.group(0) in _SCALE:
        low *= _SCALE[scale.group(0)]
    return low, high


def _amount(text: str) -> float:
    """ "1,000" -> 1000.0, "2.5 million" -> 2500000.0, "$50 million" -> 50000000.0"""
    m = re.match(r"\$?(\d[\d,]*(?:\.\d+)?)\s*([a-z]+)?", text.strip().lower())
    if m is None:
        raise ValueError(text)
    return float(m.group(1).replace(",", "")) * _SCALE.get(m.group(2) or "", 1.0)


def _number(m: re.Match[str]) -> float:
    if m.group("tens"):  # "over sixty"
        return float(NUMBER_WORDS[m.group("tens").lower()])
    if m.group("nword"):  # "a thousand", "two million"
        return _WORD_NUMBERS[" ".join(m.group("nword").lower().split())] * {
            "hundred": 100.0, "thousand": 1e3, "million": 1e6, "billion": 1e9}[m.group("wscale").lower()]
    value = float(m.group("num").replace(",", ""))
    scale = (m.group("scale") or "").lower()
    return value * _SCALE.get(scale, 1.0)


def _may_have_money(noun: str, table: TableInfo) -> bool:
    """Whether an amount of money after ``noun`` can be the money column of ``table``: the noun is a
    word of no meaning of its own ("with", "is"), names money ("sales") or names the table ("firms
    bigger than $2bn"); "rounds bigger than $200m" are rounds, not the company's revenue."""
    w = noun.lower()
    return w in FUNCTION_WORDS or w in _MONEY_NOUNS or bool(MONEY_COLUMN.search(w)) or names_table(w, table)


def _decade_start(word: str) -> int:
    """The first age of a decade of life: "forties" and "40s" give 40."""
    w = word.lower()
    return int(w[:2]) if w[0].isdigit() else 20 + 10 * _DECADES.index(w)


def _op(words: str) -> str:
    w = " ".join(words.lower().split())
    if re.fullmatch(_MORE, w):
        return ">"
    if re.fullmatch(_LESS, w):
        return "<"
    if re.fullmatch(_AT_LEAST, w):
        return ">="
    if re.fullmatch(_AT_MOST, w):
        return "<="
    return "="


def _value(v: float) -> int | float:
    return int(v) if float(v).is_integer() else v


def conditions(text: str, tables: Sequence[TableInfo], values: Mapping[tuple[str, str], Sequence[Any]],
               *, offset: int = 0, embed: Embed | None = None, year: int | None = None) -> list[Condition]:
    """The column conditions ``text`` states about ``tables`` (``values``: the stored text values per
    (table, column) to look for), with spans shifted by ``offset``; ``embed`` matches a column named
    in other words; ``year`` is what "20 years ago" counts back from (None: such words decide nothing)."""
    text = re.sub(r"\b(head)[\s-](?=counts?\b)", r"\1_", text, flags=re.IGNORECASE)  # one noun, same length
    found: list[Condition] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    def add(table: TableInfo, column: str, op: str, value: Any, s: int, e: int, named: bool = True,
            counted_back: bool = False) -> None:
        found.append(Condition(table.name, column, op, value, (offset + s, offset + e), named, counted_back))
        taken.append((s, e))

    for m in _VERB_AGO.finditer(text):  # "founded more than 20 years ago": founded < year - 20
        hit = _verb_column(m.group("verb"), tables, embed)
        back = _counted_back(m, year)
        if hit is not None and back is not None and free(m.start(), m.end()):
            add(hit[0], hit[1], back[0], back[1], m.start(), m.end(), counted_back=True)
    taken.extend(m.span() for m in _ANY_AGO.finditer(text))
    founded = one_column(tables, _FOUNDED_COLUMN)
    for m in _YEARS_OLD.finditer(text):  # "companies that are at least 50 years old": founded <= year - 50
        if founded is None or not tables or not free(m.start(), m.end()) or not _thing_age(text[:m.start()], tables):
            continue
        back = _counted_back(m, year)
        if back is not None:
            add(founded[0], founded[1], back[0], back[1], m.start(), m.end(), counted_back=not m.group("ref"))
        else:
            taken.append(m.span())  # no year to count from: no rule reads it as a person's age
    start = one_column(tables, _START_COLUMN)
    for m in (*_VERB_YEAR.finditer(text), *_TOOK_OFFICE.finditer(text)):
        if m.re is _VERB_YEAR:
            hit = _verb_column(m.group("verb"), tables, embed, text=True)
        else:
            hit = start
        if hit is None or not free(m.start(), m.end()):
            continue
        when, end = _year_condition(m), m.end()
        if when is None and m.group("decade"):
            # "in the 1960s or 1980s": the first decade only, so that the other is a word left on one
            # side of an "or", which keeps the whole a text criterion
            first = re.match(_DECADE, m.group("decade"))
            year = _decade(re.sub(r"\D", "", first.group(0))) if first else None
            when, end = (("between", [year, year + 9]), m.start("decade") + first.end()) if first and year else (None, end)
        if when is not None:
            add(hit[0], hit[1], when[0], when[1], m.start(), end)
    for m in _THINGS_FROM.finditer(text):  # "companies from the 80s": founded then
        if founded is not None and tables and names_table(m.group("noun"), tables[0]) and free(m.start(), m.end()):
            when = _year_condition(m)
            if when is not None:
                add(founded[0], founded[1], when[0], when[1], m.start(), m.end())
    age = _column_for("age", tables, numeric=True)
    for m in _IN_THEIR.finditer(text):  # "in their forties or fifties"
        if age is not None and free(m.start(), m.end()):
            lo = _decade_start(m.group("d1"))
            hi = _decade_start(m.group("d2") or m.group("d1")) + 9
            add(age[0], age[1], "between", [min(lo, hi - 9), hi], m.start(), m.end())
    for m in _NUM_OR_ADJ.finditer(text):  # "65 or older"
        if age is not None and free(m.start(), m.end()):
            op = ">=" if (m.group("adj") or m.group("adj2")).lower() in ("older", "over", "more") else "<="
            add(age[0], age[1], op, _value(_number(m)), m.start(), m.end())
    for m in _AGED.finditer(text):
        if age is None or not free(m.start(), m.end()):
            continue
        if m.group("lo"):
            add(age[0], age[1], "between", [int(m.group("lo")), int(m.group("hi"))], m.start(), m.end())
        else:
            add(age[0], age[1], _op(m.group("op")), _value(_number(m)), m.start(), m.end())
    for m in _ADJ_NUM.finditer(text):
        noun, op = _ADJ[m.group("adj").lower()]
        if m.group("no"):  # "no older than 45": at most 45
            op = {">": "<=", "<": ">="}[op]
        hit = _column_for(noun, tables, numeric=True)
        if hit is not None and free(m.start(), m.end()):
            add(hit[0], hit[1], op, _value(_number(m)), m.start(), m.end())
    money = one_column(tables, MONEY_COLUMN)
    counts: list[tuple[TableInfo, str, int, int]] = []  # comparisons of a quantity a noun named: where
    for m in (m for rx in _BETWEEN_NUM for m in rx.finditer(text)):
        hit = _column_for(m.group("noun"), tables, numeric=True, embed=embed)
        if hit is None and (_CURRENCY.search(m.group(0)) or MONEY_COLUMN.search(m.group("noun"))):
            hit = money  # "turnover between 100 and 500 million dollars"
        end = m.end()
        if hit is None and age is not None and m.group("noun").lower() in ("year", "years"):
            old = re.match(r"\s+old\b", text[end:], re.IGNORECASE)
            if old or about_people(text[max(0, m.start() - 40):m.start()], age[0]):
                hit, end = age, end + (old.end() if old else 0)  # "a CEO between 45 and 55 years old"
        if hit is not None and free(m.start(), end):
            add(hit[0], hit[1], "between", [_value(v) for v in _range(m.group("lo"), m.group("hi"))],
                m.start(), end)
            counts.append((hit[0], hit[1], m.start(), end))
    for rx in (_OP_NUM_NOUN, _NUM_OR_NOUN, _NOUN_OP_NUM, _NOUN_NUM_POST, _NUM_NOUN_POST, _NUM_PLUS_NOUN, _NOUN_NUM_PLUS):
        for m in _overlapping(rx, text):  # "at least 2,000 but fewer than ...": a miss must not hide "fewer"
            if not free(m.start(), m.end()):
                continue
            noun, end = m.group("noun"), m.end()
            if rx is _OP_NUM_NOUN and _CURRENCY.fullmatch(noun.split()[0]):
                continue  # "bigger than 200 million dollars": what is bigger is the word before (_NOUN_OP_NUM)
            if " " in noun and noun.split()[1].lower() in FUNCTION_WORDS:  # "workers or ...": the noun is one word
                noun = noun.split()[0]
                end = m.start("noun") + len(noun)
            people = (rx in (_NOUN_OP_NUM, _NOUN_NUM_POST, _NOUN_NUM_PLUS) and age is not None and about_people(noun, age[0])
                      and _column_for(noun, tables, numeric=True) is None)  # "head count" names a column
            hit = age if people else _column_for(noun, tables, numeric=True, embed=embed)  # "the CEO is over 60"
            if hit is None and rx is _OP_NUM_NOUN and " " in noun:
                hit = _column_for(noun.split()[0], tables, numeric=True, embed=embed)
                end = m.start("noun") + len(noun.split()[0])
            if hit is None and rx is _NOUN_OP_NUM and age is not None and noun.lower() in FUNCTION_WORDS \
                    and about_people(text[:m.start()], age[0]):
                hit = age  # "a CEO who started in 2010 and is at least 55": an age
            if hit is None and money is not None and (
                    _CURRENCY.search(m.group(0)) and (rx is _NOUN_OP_NUM and _may_have_money(noun, money[0])
                                                      or _PER_YEAR.fullmatch(noun)) or MONEY_COLUMN.search(noun)):
                hit = money  # "less than 50 million dollars a year", "$2bn in sales": the money column
                end = m.end()
            if hit is None:
                continue
            if rx is _NUM_OR_NOUN:
                op = ">=" if m.group("more").lower() in ("more", "greater") else "<="
            elif rx in (_NUM_PLUS_NOUN, _NOUN_NUM_PLUS):
                op = ">="
            elif "post" in rx.groupindex:  # "$100m or more", "300 employees at most"
                op = "<=" if re.search(r"fewer|less|lower|below|under|most|max", m.group("post"), re.IGNORECASE) else ">="
            else:
                op = _op(m.group("op"))
            if "neg" in rx.groupindex and (m.group("neg") or m.group("negc")):
                op = NEGATED_OP[op]
            add(hit[0], hit[1], op, _value(_number(m)), m.start(), end)
            counts.append((hit[0], hit[1], m.start(), end))
    _elided(text, tables, counts, free, add)
    taken.extend(m.span() for m in _CURRENCY_NAME.finditer(text))  # "US dollars" is no country
    name_parts(text, tables, free, add)
    regions(text, tables, values, free, add)
    stored_values(text, tables, values, free, add)
    return merge_values(sorted(found, key=lambda c: c.span), text, offset)


#: a comparison whose noun is left out: "... or more than 10,000", "..., and at most 50."
_BARE = re.compile(rf"\b{_OP}\s+{_NUM}(?=\s*(?:$|[,.;:!?)]|(?:or|and|but)\b))", re.IGNORECASE)


def _overlapping(rx: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """Every match of ``rx``, one per start, overlapping ones too."""
    pos = 0
    while (m := rx.search(text, pos)) is not None:
        yield m
        pos = m.start() + 1


def _elided(text: str, tables: Sequence[TableInfo], counts: Sequence[tuple[TableInfo, str, int, int]],
            free: Callable[[int, int], bool], add: Callable[..., None]) -> None:
    """A comparison without its noun next to one with it is on the same column: "fewer than 100
    employees or giants with more than 10,000" (employees > 10000), "at least 2,000 but fewer than
    10,000 employees" (employees >= 2000), when the words between join the two ("or", "and", "but",
    a comma) and name no other column."""
    for m in _BARE.finditer(text):
        if not free(m.start(), m.end()):
            continue
        before = [(c, text[c[3]:m.start()]) for c in counts if c[3] <= m.start()]
        after = [(c, text[m.end():c[2]]) for c in counts if c[2] >= m.end()]
        near = ([max(before, key=lambda b: b[0][3])] if before else []) + \
               ([min(after, key=lambda a: a[0][2])] if after else [])
        for (table, column, _, _), gap in near:
            words = [w for w in re.findall(r"[a-z]+", gap.lower()) if w not in FUNCTION_WORDS]
            if re.search(r"\b(?:or|and|but)\b|,", gap, re.IGNORECASE) and len(gap) <= 40 \
                    and not any(_column_for(w, tables, numeric=True) is not None for w in words):
                add(table, column, _op(m.group("op")), _value(_number(m)), m.start(), m.end())
                break


def _year_condition(m: re.Match[str]) -> tuple[str, Any] | None:
    """The comparison a :data:`_YEAR_WHEN` match states: ("between", [1990, 1999]) for "in the 1990s",
    ("between", [1960, 1979]) for "in the 60s or 70s"; None for decades a range cannot hold ("the
    1960s or 1980s") or a century the words leave open ("the 20s")."""
    if m.group("century"):  # "in the last century": the 1900s; "this century": from 2000
        last = re.search(r"last|previous|20th|twentieth", m.group("century"), re.IGNORECASE)
        return ("between", [1900, 1999]) if last else (">=", 2000)
    if m.group("decade"):
        decades = [_decade(d) for d in re.findall(r"\d+", m.group("decade"))]
        if None in decades:
            return None
        starts = [d for d in decades if d is not None]
        ranged = re.search(r"\b(?:to|through|until)\b|-", m.group("decade")) is not None
        if not ranged and any(b != a + 10 for a, b in itertools.pairwise(starts)):
            return None  # "the 1960s or 1980s": two ranges, not one
        return "between", [starts[0], starts[-1] + 9]
    if m.group("lo"):
        return "between", [int(m.group("lo")), int(m.group("hi"))]
    op = _YEAR_OPS[" ".join(m.group("op").lower().split())]
    if m.group("then"):  # "in 2015 or later", "in 1990 or earlier"
        op = ">=" if m.group("then").lower() in ("later", "after", "since") else "<="
    return op, int(m.group("year"))


#: the comparison on a year that a count of years back states ("more than 20 years ago", "older than
#: 30 years": the year is before the reference year minus the count)
_BACK_OPS = {"more than": "<", "over": "<", "older than": "<", "older": "<", "at least": "<=", "less than": ">",
             "under": ">", "fewer than": ">", "younger than": ">", "younger": ">", "no more than": ">=",
             "at most": ">=", "up to": ">="}


def _counted_back(m: re.Match[str], year: int | None) -> tuple[str, int] | None:
    """The comparison on a year column that an :data:`_AGO` or :data:`_YEARS_OLD` match states, counted
    back from the year it names ("in 2025") or else ``year``; None without a year or for a count that
    is no number.

    >>> ago = re.compile(_AGO)
    >>> [_counted_back(ago.match(t), 2026) for t in ("more than 20 years ago", "at most ten years ago",
    ...                                               "within the last 5 years", "over many years ago")]
    [('<', 2006), ('>=', 2016), ('>=', 2021), None]
    >>> [_counted_back(_YEARS_OLD.search(t), 2026) for t in ("at least 50 years old", "older than 30 years",
    ...                                                       "under ten years old", "over many years old")]
    [('<=', 1976), ('<', 1996), ('>', 2016), None]
    >>> _counted_back(_YEARS_OLD.search("at least 50 years old in 2025"), None)
    ('<=', 1975)
    """
    groups = m.groupdict()
    word = next(groups[g] for g in ("n", "n2", "last") if groups.get(g)).lower()
    n = int(word) if word.isdigit() else NUMBER_WORDS.get(word)
    year = int(groups["ref"]) if groups.get("ref") else year
    if year is None or n is None:
        return None
    if groups.get("last"):  # "within the last 5 years": since then
        return ">=", year - n
    return _BACK_OPS[" ".join((groups.get("rel") or groups["adj"]).lower().split())], year - n


def _verb_column(verb: str, tables: Sequence[TableInfo], embed: Embed | None, *,
                 text: bool = False) -> tuple[TableInfo, str] | None:
    """The column a verb before a year names: a numeric one ("listed" for ``listed_year``), with
    ``text`` a text one, else the founding-year column for a verb of founding ("set up")."""
    hit = _column_for(verb, tables, numeric=True, embed=embed) or (
        _column_for(verb, tables, numeric=False) if text else None)
    if hit is None and _FOUNDING_VERB.fullmatch(verb):
        hit = one_column(tables, _FOUNDED_COLUMN)
    return hit


def _thing_age(before: str, tables: Sequence[TableInfo]) -> bool:
    """Whether an age after ``before`` is the linked things' (``tables[0]``): the nearest word of the
    sentence that names a table names that one ("companies that are over 40 years old"), not a person
    ("companies whose CEO is over 60 years old")."""
    sentence = re.split(r"[.;!?]", before)[-1]
    for word in reversed(re.findall(r"[A-Za-z]+", sentence)):
        if names_table(word, tables[0]):
            return True
        if any(names_table(word, t) for t in tables[1:]) or about_people(word, tables[0]):
            return False
    return False


def _decade(digits: str) -> int | None:
    """The first year of a decade: "1990" -> 1990, "90" -> 1990, "10" -> 2010; None for "20" (1920s or
    2020s?)."""
    if len(digits) == 4:
        return int(digits)
    d = int(digits)
    return 1900 + d if d >= 30 else 2000 + d if d <= 10 else None
