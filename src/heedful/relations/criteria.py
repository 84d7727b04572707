"""Relational criteria: the parts of an instruction that linked tables decide, compiled to SQL by rules.

A document metadata field linked to a table column (``company`` = ``companies.name``) makes the
table's columns part of what an instruction can ask about. After the rule compiler has split the
instruction into criteria, each required or excluded criterion is read again against the linked
tables (and the tables one foreign key away, or sharing a column name):

- a comparison with a number names a numeric column ("more than 500 employees", "a rating above
  4", "1,000 or more staff" when a column is called so);
- a year after a verb names the column of that verb ("founded after 2000", "listed before 1990");
- a stored text value names its column ("based in Germany" when a column holds ``Germany``), and a
  region the countries of a country column ("European", "outside North America": IN / NOT IN);
- a start in office names a since-when column ("took office in 2015"), a person's number or decade
  an age column ("the CEO is over sixty", "in their fifties"), an amount of money the one money
  column ("less than 50 million dollars a year");
- "unless" negates the conditions after it.

When every content word of the criterion is accounted for (its conditions, the tables' names, the
link field), the criterion becomes a :class:`~heedful.plan.relation.Relation` and leaves the text
criteria; when only some are, the relation is added and the rest stays a text criterion without the
predicate the tables now decide. A criterion about the linked things ("companies ...") that no column
can decide stays a text criterion, and the plan's notes say so; so does one whose conditions are one
side of an "or" the tables do not decide (as a filter they would drop what the other side keeps).

>>> import tempfile, pathlib
>>> from heedful.plan import compile_rules
>>> from heedful.relations import Link, TableCatalog
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> _ = (d / "companies.csv").write_text("name,founded,employees,country\\nAcme,1998,1200,Germany\\nBolt,2012,800,France\\n")
>>> cat = TableCatalog(d / "ix"); _ = cat.add(d / "companies.csv", links=[Link("company", "companies", "name")])
>>> text = "Only companies founded after 2000 with more than 500 employees."
>>> plan = compile_relations(compile_rules(text, query="layoffs"), text, cat, {"company": "string"})
>>> plan.criteria, plan.relations[0].sql
((), 'SELECT DISTINCT companies.name, companies.founded, companies.employees FROM companies WHERE companies.founded > 2000 AND companies.employees > 500')
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from heedful.plan.criteria import Criterion
from heedful.plan.relation import Relation
from heedful.plan.schema import Plan
from heedful.relations.catalog import Link, TableCatalog, TableInfo

__all__ = ["Condition", "compile_relations", "conditions", "simple_select"]

_NUMERIC = ("BIGINT", "INTEGER", "DOUBLE", "FLOAT", "REAL", "DECIMAL", "HUGEINT", "SMALLINT", "TINYINT",
            "UBIGINT", "UINTEGER")
_NUM = (r"\$?(?:(?P<num>\d[\d,]*(?:\.\d+)?)\s*(?P<scale>thousand|million|billion|k|m|bn)?\b"
        r"|(?P<nword>half\s+a|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|a\s+few)\s+"
        r"(?P<wscale>hundred|thousand|million|billion)\b"
        r"|(?P<tens>twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b(?!\s+(?:hundred|thousand|million|billion)))"
        r"(?:\s+(?:dollars|usd|euros?|eur|pounds|gbp))?")
_AMOUNT = r"\$?\d[\d,]*(?:\.\d+)?\s*(?:thousand|million|billion|k|m|bn)?"
_MORE = (r"more\s+than|greater\s+than|higher\s+than|larger\s+than|bigger\s+than|over|above|exceeding|exceeds?|"
         r"tops?|surpass(?:es|ing)?|in\s+excess\s+of")
_LESS = r"fewer\s+than|less\s+than|lower\s+than|smaller\s+than|under|below"
_AT_LEAST = r"at\s+least|no\s+fewer\s+than|no\s+less\s+than|a\s+minimum\s+of"
_AT_MOST = r"at\s+most|no\s+more\s+than|a\s+maximum\s+of|up\s+to"
_OP = rf"(?P<op>{_MORE}|{_LESS}|{_AT_LEAST}|{_AT_MOST}|exactly)"
#: "more than 500 employees", "at least 1,000 staff members"
_OP_NUM_NOUN = re.compile(rf"\b{_OP}\s+{_NUM}(?:\s+(?:in|of)(?:\s+(?:annual|yearly|total))?)?"
                          rf"\s+(?P<noun>[a-z][a-z\-]*(?:\s+[a-z][a-z\-]*)?)", re.IGNORECASE)
#: "500 or more employees"
_NUM_OR_NOUN = re.compile(rf"\b{_NUM}\s+or\s+(?P<more>more|fewer|less|greater)\s+(?P<noun>[a-z][a-z\-]*)", re.IGNORECASE)
#: "a rating above 4", "revenue of more than 2 million", "whose headcount is under 50"
#: "between 1,000 and 10,000 employees", "employees between 50 and 500"
_BETWEEN_NUM = (
    re.compile(rf"\bbetween\s+(?P<lo>{_AMOUNT})\s+and\s+(?P<hi>{_AMOUNT})\s+(?P<noun>[a-z][a-z\-]*)", re.IGNORECASE),
    # "1,000 to 5,000 employees", "from 50 through 500 staff"
    re.compile(rf"(?<![\w$])(?:from\s+)?(?P<lo>{_AMOUNT})\s+(?:to|through|until|-)\s+(?P<hi>{_AMOUNT})\s+"
               rf"(?P<noun>[a-z][a-z\-]*)", re.IGNORECASE),
    re.compile(rf"\b(?P<noun>[a-z][a-z\-]*)\s+(?:(?:of|is|are)\s+)?between\s+(?P<lo>{_AMOUNT})\s+and\s+"
               rf"(?P<hi>{_AMOUNT})", re.IGNORECASE),
)
#: "revenue of $100m or more", "three hundred employees at most": the comparison after the number
_POSTFIX = r"(?P<post>or\s+(?:more|greater|higher|above|over|fewer|less|lower|below|under)|at\s+most|at\s+least|max(?:imum)?|min(?:imum)?)\b"
_NOUN_NUM_POST = re.compile(rf"\b(?P<noun>[a-z][a-z_\-]*)\s+(?:(?:of|is|are|was|were|at)\s+)?{_NUM}\s+{_POSTFIX}", re.IGNORECASE)
_NUM_NOUN_POST = re.compile(rf"\b{_NUM}\s+(?P<noun>[a-z][a-z\-]*)\s+{_POSTFIX}", re.IGNORECASE)
_NOUN_OP_NUM = re.compile(rf"\b(?P<noun>[a-z][a-z_\-]*)\s+(?:(?:is|are|was|were|of)\s+)?{_OP}\s+{_NUM}", re.IGNORECASE)
#: "founded after 2000", "listed before 1990", "established in 2004", "founded between 1990 and 2000"
#: when, after a verb: "after 2000", "in 2015 or later", "between 1990 and 2000", "from 1960 through
#: 1985", "in the 1990s"
_YEAR_WHEN = (r"(?:(?P<op>after|before|since|in|prior\s+to|until|by|no\s+later\s+than|no\s+earlier\s+than|not\s+before|"
              r"not\s+after|later\s+than|earlier\s+than)\s+(?P<year>1\d{3}|2\d{3})\b"
              r"(?:\s+or\s+(?:any\s+|a\s+)?(?P<then>later|after|since|earlier|before)(?:\s+years?)?)?"
              r"|(?:between|from)\s+(?P<lo>1\d{3}|2\d{3})\s+(?:and|to|through|until)\s+(?P<hi>1\d{3}|2\d{3})\b"
              r"|(?:in|during)\s+the\s+(?P<decade>1\d{2}0|2\d{2}0)s\b)")
_VERB_YEAR = re.compile(r"\b(?P<verb>[a-z]+ed|set\s+up)\s+" + _YEAR_WHEN, re.IGNORECASE)
#: verbs of a beginning that name a founding-year column ("set up in the 1990s") when no column is
#: named after them; "started" and "joined" are a person's (see _TOOK_OFFICE)
_FOUNDING_VERB = re.compile(r"set\s+up|established|incorporated|formed|created|launched|founded", re.IGNORECASE)
_FOUNDED_COLUMN = re.compile(r"found|establish|incorporat|inception|creat", re.IGNORECASE)
#: a start in a role, "took office in 2015", "was appointed before 2010", "took the job in 2015 or
#: later": a year column that says since when (named since, start, started, appointed, from)
_TOOK_OFFICE = re.compile(
    r"\b(?:took\s+(?:office|over|charge|the\s+(?:job|helm|reins|post|role))|(?:was|were|got)\s+appointed|"
    r"(?:was|were)\s+named|(?:was|were)\s+hired|joined|started|began|(?:has|have)\s+(?:led|run|headed)\s+"
    r"(?:it|them|the\s+\w+)|(?:has|have)\s+held\s+(?:the\s+|that\s+)?(?:post|job|role|position|office|seat))\s+"
    r"(?:(?:in|on|at)\s+(?:the|that)\s+(?:job|role|post|position|helm|company)\s+)?" + _YEAR_WHEN, re.IGNORECASE)
_START_COLUMN = re.compile(r"^(?:since|start(?:ed)?|start_year|appointed|from|in_office_since|tenure_start)\b", re.IGNORECASE)
#: "65 or older", "40 years or younger": age
_NUM_OR_ADJ = re.compile(rf"\b{_NUM}\s+(?:years?\s+(?:old\s+)?or\s+(?P<adj>older|younger|over|more|under|less)"
                         rf"|or\s+(?P<adj2>older|younger))\b", re.IGNORECASE)
#: "aged from 50 up to and including 65", "aged between 30 and 40", "aged 50 to 65", "aged over 60"
_AGED = re.compile(rf"\baged\s+(?:(?:from|between)\s+)?(?P<lo>\d{{1,3}})\s+(?:to|and|through|-|up\s+to"
                   rf"(?:\s+and\s+including)?)\s+(?P<hi>\d{{1,3}})\b|\baged\s+{_OP}\s+{_NUM}", re.IGNORECASE)
#: "in their forties or fifties": ages 40 to 59
_DECADES = ("twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties")
_IN_THEIR = re.compile(rf"\bin\s+(?:their|his|her)\s+(?:(?:early|mid|late)[\s-]+)?(?P<d1>{'|'.join(_DECADES)})"
                       rf"(?:\s+(?:or|to|and)\s+(?:(?:early|mid|late)[\s-]+)?(?P<d2>{'|'.join(_DECADES)}))?\b", re.IGNORECASE)
#: an amount in a currency: read on the table's one money column when no noun names another
_CURRENCY = re.compile(r"\$\s?\d|\b(?:dollars|usd|euros?|eur|pounds|gbp)\b", re.IGNORECASE)
_PER_YEAR = re.compile(r"(?:a|per|each|every)\s+year|annually|yearly", re.IGNORECASE)
_MONEY_COLUMN = re.compile(r"usd|eur|gbp|dollar|revenue|turnover|sales|income|price|cost", re.IGNORECASE)
#: "older than 40" (age), "cheaper than 20" (price): a comparative that names its column's quantity
_ADJ_NUM = re.compile(rf"\b(?P<no>(?:no|not)\s+)?(?P<adj>older|younger|taller|shorter|heavier|lighter|cheaper|pricier|longer)\s+than\s+{_NUM}",
                      re.IGNORECASE)
_ADJ = {"older": ("age", ">"), "younger": ("age", "<"), "taller": ("height", ">"), "shorter": ("height", "<"),
        "heavier": ("weight", ">"), "lighter": ("weight", "<"), "cheaper": ("price", "<"), "pricier": ("price", ">"),
        "longer": ("length", ">")}
_SCALE = {"thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9}
_YEAR_OPS = {"after": ">", "before": "<", "since": ">=", "in": "=", "prior to": "<", "until": "<=", "by": "<=",
             "no later than": "<=", "no earlier than": ">=", "not before": ">=", "not after": "<=", "later than": ">",
             "earlier than": "<"}
#: words that carry no condition: cues of the rule compiler, glue, and what any linked row is
_FUNCTION = frozenset((
    "a", "an", "the", "only", "just", "any", "all", "and", "or", "but", "nor", "of", "in", "on",
    "at", "to", "for", "from", "by", "with", "without", "whose", "which", "that", "who", "whom",
    "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did",
    "it", "its", "their", "they", "them", "this", "these", "those", "there", "here", "as", "than",
    "then", "so", "not", "no", "never", "skip", "exclude", "excluding", "ignore", "omit", "drop",
    "remove", "include", "including", "relevant", "irrelevant", "document", "documents", "article",
    "articles", "story", "stories", "report", "reports", "page", "pages", "paragraph",
    "paragraphs", "passage", "passages", "text", "texts", "item", "items", "result", "results",
    "about", "mention", "mentions", "mentioning", "discuss", "discusses", "discussing", "cover",
    "covers", "covering", "concern", "concerns", "concerning", "want", "need", "must", "should",
    "may", "can", "will", "would", "please", "i", "we", "you", "me", "us", "my", "our", "your",
    "one", "ones", "more", "less", "fewer", "greater", "higher", "lower", "larger", "smaller",
    "bigger", "over", "above", "under", "below", "exceeding", "least", "most", "up", "exactly",
    "minimum", "maximum", "excess", "after", "before", "since", "until", "prior", "between",
    "also", "too", "either", "neither", "based", "located", "headquartered", "registered",
    "leave", "out", "keep", "rule", "disregard", "discard", "filter", "dollars", "usd", "euros",
    "eur", "pounds", "gbp",
))


@dataclass(frozen=True)
class Condition:
    """One comparison on a table column, with the instruction characters it came from."""

    table: str
    column: str
    op: str
    value: Any
    span: tuple[int, int]
    named: bool = True  # the words name the column ("founded", "employees"), not only a stored value

    def negated(self) -> Condition:
        """The opposite condition ("unless they're in finance": sector != 'finance')."""
        return dataclasses.replace(self, op=_NEGATED[self.op])

    def sql(self) -> str:
        col = f"{self.table}.{self.column}"
        if self.op in ("between", "not between"):
            lo, hi = self.value
            return f"{col} {self.op.upper()} {_literal(lo)} AND {_literal(hi)}"
        if self.op in ("in", "not in"):
            return f"{col} {self.op.upper()} ({', '.join(_literal(v) for v in self.value)})"
        return f"{col} {self.op} {_literal(self.value)}"


_NEGATED = {"=": "!=", "!=": "=", "in": "not in", "not in": "in", ">": "<=", "<=": ">", "<": ">=", ">=": "<",
            "between": "not between", "not between": "between"}


def _literal(value: Any) -> str:
    if isinstance(value, str):
        return "'" + value.replace("'", "''") + "'"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _tokens(text: str) -> set[str]:
    out = set()
    for w in re.findall(r"[a-z0-9]+", text.lower().replace("_", " ")):
        out.add(w)
        out.add(_singular(w))
    return out


def _singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("es") and word[-3] in "sxz":
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _stem_match(a: str, b: str) -> bool:
    """Same word up to an ending: "founded" ~ "founding" ~ "found"; at least 4 letters shared (or
    the same short word: "age")."""
    if a == b:
        return len(a) >= 2
    n = min(len(a), len(b))
    common = 0
    while common < n and a[common] == b[common]:
        common += 1
    return common >= 4 and common >= min(len(a), len(b)) - 3


#: a column named in other words ("staff" for employees) is matched by the embedder: its cosine with
#: the column's name (and description) at least this, and this far above the next column (fitted on
#: word lists of our own: staff, personnel, workers, established, chief executive, income, nation)
COLUMN_SIMILARITY = 0.55
COLUMN_MARGIN = 0.08

#: ``embed(texts)``: unit vectors for texts (the index's embedder), or None for string matching only
Embed = Callable[[Sequence[str]], Any]


def _column_by_meaning(words: Sequence[str], tables: Sequence[TableInfo], numeric: bool,
                       embed: Embed) -> tuple[TableInfo, str] | None:
    cands = [(t, c) for t in tables for c in t.columns if numeric == c.type.upper().startswith(_NUMERIC)]
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


def _column_for(noun: str, tables: Sequence[TableInfo], *, numeric: bool,
                embed: Embed | None = None) -> tuple[TableInfo, str] | None:
    """The column a noun names: its name's words (or its description's, second) hold the noun; else,
    with ``embed``, the column whose name means it (see COLUMN_SIMILARITY)."""
    words = [_singular(w) for w in re.findall(r"[a-z0-9]+", noun.lower()) if w not in _FUNCTION]
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
            if numeric != c.type.upper().startswith(_NUMERIC):
                continue
            name_words = [_singular(w) for w in re.findall(r"[a-z0-9]+", c.name.lower().replace("_", " "))]
            score = 0
            if any(_stem_match(w, n) for w in words for n in name_words):
                score = 2
            elif c.description and any(_stem_match(w, d) for w in words
                                       for d in (_singular(x) for x in re.findall(r"[a-z]+", c.description.lower()))):
                score = 1
            if score and (best is None or score > best[0]):
                best = (score, t, c.name)
    return (best[1], best[2]) if best else None


_WORD_NUMBERS = {"half a": 0.5, "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
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


_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}


def _number(m: re.Match[str]) -> float:
    if m.group("tens"):  # "over sixty"
        return float(_TENS[m.group("tens").lower()])
    if m.group("nword"):  # "a thousand", "two million"
        return _WORD_NUMBERS[" ".join(m.group("nword").lower().split())] * {
            "hundred": 100.0, "thousand": 1e3, "million": 1e6, "billion": 1e9}[m.group("wscale").lower()]
    value = float(m.group("num").replace(",", ""))
    scale = (m.group("scale") or "").lower()
    return value * _SCALE.get(scale, 1.0)


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
               *, offset: int = 0, embed: Embed | None = None) -> list[Condition]:
    """The column conditions ``text`` states about ``tables`` (``values``: the stored text values per
    (table, column) to look for), with spans shifted by ``offset``; ``embed`` matches a column named
    in other words."""
    found: list[Condition] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    def add(table: TableInfo, column: str, op: str, value: Any, s: int, e: int, named: bool = True) -> None:
        found.append(Condition(table.name, column, op, value, (offset + s, offset + e), named))
        taken.append((s, e))

    start = _one_column(tables, _START_COLUMN)
    for m in (*_VERB_YEAR.finditer(text), *_TOOK_OFFICE.finditer(text)):
        if m.re is _VERB_YEAR:
            hit = (_column_for(m.group("verb"), tables, numeric=True, embed=embed)
                   or _column_for(m.group("verb"), tables, numeric=False))
            if hit is None and _FOUNDING_VERB.fullmatch(m.group("verb")):
                hit = _one_column(tables, _FOUNDED_COLUMN)
        else:
            hit = start
        if hit is None or not free(m.start(), m.end()):
            continue
        op, value = _year_condition(m)
        add(hit[0], hit[1], op, value, m.start(), m.end())
    age = _column_for("age", tables, numeric=True)
    for m in _IN_THEIR.finditer(text):  # "in their forties or fifties"
        if age is not None and free(m.start(), m.end()):
            lo = 20 + 10 * _DECADES.index(m.group("d1").lower())
            hi = 20 + 10 * _DECADES.index((m.group("d2") or m.group("d1")).lower()) + 9
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
    money = _one_column(tables, _MONEY_COLUMN)
    for m in (m for rx in _BETWEEN_NUM for m in rx.finditer(text)):
        hit = _column_for(m.group("noun"), tables, numeric=True, embed=embed)
        if hit is None and (_CURRENCY.search(m.group(0)) or _MONEY_COLUMN.search(m.group("noun"))):
            hit = money  # "turnover between 100 and 500 million dollars"
        if hit is not None and free(m.start(), m.end()):
            add(hit[0], hit[1], "between", [_value(v) for v in _range(m.group("lo"), m.group("hi"))],
                m.start(), m.end())
    for rx in (_OP_NUM_NOUN, _NUM_OR_NOUN, _NOUN_OP_NUM, _NOUN_NUM_POST, _NUM_NOUN_POST):
        for m in rx.finditer(text):
            if not free(m.start(), m.end()):
                continue
            noun, end = m.group("noun"), m.end()
            if " " in noun and noun.split()[1].lower() in _FUNCTION:  # "workers or ...": the noun is one word
                noun = noun.split()[0]
                end = m.start("noun") + len(noun)
            people = rx in (_NOUN_OP_NUM, _NOUN_NUM_POST) and age is not None and _about_people(noun, age[0])
            hit = age if people else _column_for(noun, tables, numeric=True, embed=embed)  # "the CEO is over 60"
            if hit is None and rx is _OP_NUM_NOUN and " " in noun:
                hit = _column_for(noun.split()[0], tables, numeric=True, embed=embed)
                end = m.start("noun") + len(noun.split()[0])
            if hit is None and rx is _NOUN_OP_NUM and age is not None and noun.lower() in _FUNCTION \
                    and _about_people(text[:m.start()], age[0]):
                hit = age  # "a CEO who started in 2010 and is at least 55": an age
            if hit is None and (_CURRENCY.search(m.group(0)) and (rx is _NOUN_OP_NUM or _PER_YEAR.fullmatch(noun))
                                or _MONEY_COLUMN.search(noun)):
                hit = money  # "less than 50 million dollars a year", "$2bn in sales": the money column
                end = m.end()
            if hit is None:
                continue
            if rx is _NUM_OR_NOUN:
                op = ">=" if m.group("more").lower() in ("more", "greater") else "<="
            elif "post" in rx.groupindex:  # "$100m or more", "300 employees at most"
                op = "<=" if re.search(r"fewer|less|lower|below|under|most|max", m.group("post"), re.IGNORECASE) else ">="
            else:
                op = _op(m.group("op"))
            add(hit[0], hit[1], op, _value(_number(m)), m.start(), end)
    _regions(text, tables, values, free, add)
    lowered = text.lower()
    by_column: dict[tuple[str, str], list[tuple[str, int, int]]] = {}
    for (table, column), vals in values.items():
        for v in vals:
            if not isinstance(v, str) or len(v) < 2:
                continue
            for form in _surface_forms(v):
                pattern = r"(?<![A-Za-z0-9])" + re.escape(form if len(form) < 4 else form.lower()) + r"(?![A-Za-z0-9])"
                for m in re.finditer(pattern, text if len(form) < 4 else lowered):
                    if free(m.start(), m.end()):
                        by_column.setdefault((table, column), []).append((v, m.start(), m.end()))
            if len(v) >= 5 and v.isalpha() and v.islower():  # a one-word category: "retailers", "financial"
                for m in re.finditer(r"[a-z]+", lowered):
                    w = m.group(0)
                    if w != v and _stem_match(w, v) and w[:4] == v[:4] and free(m.start(), m.end()):
                        by_column.setdefault((table, column), []).append((v, m.start(), m.end()))
    tables_by_name = {t.name: t for t in tables}
    # negation needs no reading here: the rule compiler has folded it into the criterion's polarity
    # ("only companies not based in France" is an exclusion of companies based in France)
    for (table, column), hits in by_column.items():
        # values in one list ("German, French or Spanish") make one condition; values apart ("energy
        # companies, or logistics companies with ...") one each, for the words between to join
        runs: list[list[tuple[str, int, int]]] = []
        for at in sorted(hits, key=lambda h: h[1]):
            if runs and _VALUE_GAP.fullmatch(text[runs[-1][-1][2]:max(runs[-1][-1][2], at[1])]):
                runs[-1].append(at)
            else:
                runs.append([at])
        for run in runs:
            vals = list(dict.fromkeys(v for v, _, _ in run))  # as the words name them
            s, e = min(h[1] for h in run), max(h[2] for h in run)
            add(tables_by_name[table], column, "=" if len(vals) == 1 else "in", vals[0] if len(vals) == 1 else vals,
                s, e, named=False)
    return _merge_values(sorted(found, key=lambda c: c.span), text, offset)


#: what stands between the items of one list: "German, French or Spanish", "food and/or retail"
_VALUE_GAP = re.compile(r"(?:\s|,|/|&|\bor\b|\band\b)*")


def _merge_values(conds: list[Condition], text: str, offset: int) -> list[Condition]:
    """Stored values and regions on one column, in one list, in one condition: "North American or
    Japanese" is country IN (the countries of both), as "British and Spanish" is (a row holds one
    value)."""
    out: list[Condition] = []
    for c in conds:
        prev = next((o for o in out if not o.named and not c.named and (o.table, o.column) == (c.table, c.column)
                     and o.op in ("=", "in") and c.op in ("=", "in")
                     and _VALUE_GAP.fullmatch(text[o.span[1] - offset:max(o.span[1], c.span[0]) - offset])), None)
        if prev is None:
            out.append(c)
            continue
        values = [*(prev.value if prev.op == "in" else [prev.value]), *(c.value if c.op == "in" else [c.value])]
        merged = dataclasses.replace(prev, op="in", value=list(dict.fromkeys(values)),
                                     span=(min(prev.span[0], c.span[0]), max(prev.span[1], c.span[1])))
        out[out.index(prev)] = merged
    return out


def _regions(text: str, tables: Sequence[TableInfo], values: Mapping[tuple[str, str], Sequence[Any]],
             free: Callable[[int, int], bool], add: Callable[..., None]) -> None:
    """A region on a column of countries: "European" is the column IN the stored countries of Europe,
    "outside Europe" or "non-European" NOT IN them (the region's words are taken before the values',
    so "North American" is not read as "American")."""
    from heedful.text.lexicon import COUNTRIES, COUNTRY_ALIASES, REGION_COUNTRIES, REGION_FORMS

    by_name = {t.name: t for t in tables}
    for (table, column), vals in values.items():
        stored = [v for v in vals if isinstance(v, str) and COUNTRY_ALIASES.get(v, v) in COUNTRIES]
        if not stored or table not in by_name:
            continue
        for region, members in sorted(REGION_COUNTRIES.items(), key=lambda rm: -len(rm[0])):
            inside = [v for v in stored if COUNTRY_ALIASES.get(v, v) in members]
            forms = "|".join(re.escape(f) for f in sorted((*REGION_FORMS.get(region, ()), region), key=len, reverse=True))
            for m in re.finditer(rf"(?<![A-Za-z])(?P<out>(?:outside(?:\s+(?:of\s+)?)?|non-?)\s*)?(?:the\s+)?(?:{forms})"
                                 r"(?![A-Za-z])", text, re.IGNORECASE):
                if inside and free(m.start(), m.end()):
                    add(by_name[table], column, "not in" if m.group("out") else "in", inside, m.start(), m.end(),
                        named=False)


def _year_condition(m: re.Match[str]) -> tuple[str, Any]:
    """The comparison a :data:`_YEAR_WHEN` match states: ("between", [1990, 1999]) for "in the 1990s"."""
    if m.group("decade"):
        first = int(m.group("decade"))
        return "between", [first, first + 9]
    if m.group("lo"):
        return "between", [int(m.group("lo")), int(m.group("hi"))]
    op = _YEAR_OPS[" ".join(m.group("op").lower().split())]
    if m.group("then"):  # "in 2015 or later", "in 1990 or earlier"
        op = ">=" if m.group("then").lower() in ("later", "after", "since") else "<="
    return op, int(m.group("year"))


def _one_column(tables: Sequence[TableInfo], pattern: re.Pattern[str]) -> tuple[TableInfo, str] | None:
    """The one numeric column whose name (or description) ``pattern`` finds, or None: the since-when
    column (_START_COLUMN), the money column (_MONEY_COLUMN), the founding year (_FOUNDED_COLUMN)."""
    found = [(t, c.name) for t in tables for c in t.columns
             if c.type.upper().startswith(_NUMERIC) and pattern.search(f"{c.name} {c.description or ''}")]
    return found[0] if len(found) == 1 else None


def _root(word: str) -> str:
    """A verb without its -ing or -ed: "employing" -> "employ"."""
    for end in ("ing", "ed"):
        if word.endswith(end) and len(word) > len(end) + 3:
            return word[: -len(end)]
    return word


def _about_people(words: str, table: TableInfo) -> bool:
    """Whether ``words`` name ``table`` (the one with an age column): its name, another word for it
    ("CEO", "the chief executive", "boss") or a word for any person ("someone")."""
    return _names(words, table) or bool(_tokens(words) & {"someone", "somebody", "person"})


def _names(words: str, table: TableInfo) -> bool:
    """Whether ``words`` name ``table``: its name or another word for it ("the boss" for ceos)."""
    names = _tokens(table.name)
    names |= {w for n in names for w in _ENTITY_WORDS.get(n, ())}
    return bool(_tokens(words) & names)


def _surface_forms(value: str) -> list[str]:
    """How a text may name a stored value: itself and, for a country, its other names and demonyms
    ("Germany": "German"; "United States": "US", "the USA", "American")."""
    from heedful.text.lexicon import COUNTRIES, COUNTRY_ALIASES

    canon = COUNTRY_ALIASES.get(value, value)
    if canon not in COUNTRIES:
        return [value]
    forms = [value, canon, *COUNTRIES[canon], *(a for a, c in COUNTRY_ALIASES.items() if c == canon)]
    return list(dict.fromkeys(f for f in forms if f))


def _neighbours(base: TableInfo, tables: Sequence[TableInfo], key: str,
                values: Mapping[tuple[str, str], Sequence[Any]]) -> list[tuple[TableInfo, str]]:
    """Tables one join from ``base``, with the join condition: a foreign key either way, else a
    shared column name that is a key on one side, else a text column whose values all are values of
    ``base.key`` (the linked column: a table of CEOs whose ``company`` column names companies)."""
    out: list[tuple[TableInfo, str]] = []
    keys = {v for v in values.get((base.name, key), ()) if isinstance(v, str)}
    for t in tables:
        if t.name == base.name:
            continue
        on = None
        for col, other, oc in base.foreign_keys:
            if other.lower() == t.name.lower() and oc:
                on = f"{t.name}.{oc} = {base.name}.{col}"
        for col, other, oc in t.foreign_keys:
            if on is None and other.lower() == base.name.lower() and oc:
                on = f"{t.name}.{col} = {base.name}.{oc}"
        if on is None:
            shared = {c.name.lower() for c in base.columns} & {c.name.lower() for c in t.columns}
            keyed = [c for c in shared if c in {k.lower() for k in (*base.primary_key, *t.primary_key)}]
            pick = sorted(keyed or shared)
            if len(pick) == 1:
                a, b = base.column(pick[0]), t.column(pick[0])
                assert a is not None and b is not None
                on = f"{t.name}.{b.name} = {base.name}.{a.name}"
        if on is None and keys:
            contained = [c.name for c in t.columns if c.is_text
                         and (vals := {v for v in values.get((t.name, c.name), ()) if isinstance(v, str)})
                         and len(vals) >= 2 and vals <= keys]
            if len(contained) == 1:
                on = f"{t.name}.{contained[0]} = {base.name}.{key}"
        if on:
            out.append((t, on))
    return out


def _where(conds: Sequence[Condition], text: str) -> str:
    """The conditions joined as the words join them: an "or" (without "and") between two conditions
    separates alternatives, anything else joins with AND, which binds first ("energy companies, or
    logistics companies with under 1,000 staff": energy OR (logistics AND staff < 1000))."""
    ordered = sorted(conds, key=lambda c: c.span)
    groups = [[ordered[0]]] if ordered else []
    for a, b in itertools.pairwise(ordered):
        gap = text[a.span[1]:b.span[0]]
        if re.search(r"\bor\b", gap, re.IGNORECASE) and not re.search(r"\band\b", gap, re.IGNORECASE):
            groups.append([b])
        else:
            groups[-1].append(b)
    if len(groups) < 2:
        return " AND ".join(c.sql() for c in conds)
    alternatives = [" AND ".join(c.sql() for c in g) for g in groups]
    return "(" + " OR ".join(a if len(g) == 1 else f"({a})" for a, g in zip(alternatives, groups, strict=True)) + ")"


def _sql(link: Link, base: TableInfo, conds: Sequence[Condition], joins: Mapping[str, str], text: str) -> str:
    link_col = base.column(link.column)
    assert link_col is not None
    shown = [f"{base.name}.{link_col.name}"]
    for c in conds:
        ref = f"{c.table}.{c.column}"
        if ref not in shown:
            shown.append(ref)
    used = list(dict.fromkeys(c.table for c in conds if c.table != base.name))
    join = "".join(f" JOIN {t} ON {joins[t]}" for t in used)
    return f"SELECT DISTINCT {', '.join(shown)} FROM {base.name}{join} WHERE {_where(conds, text)}"


def _content_words(text: str) -> list[str]:
    return [w for w in re.findall(r"[a-z][a-z'\-]*", text.lower()) if w not in _FUNCTION and len(w) > 1]


def _cached(embed: Embed) -> Embed:
    """``embed`` that embeds each text once (column labels recur in every criterion)."""
    import numpy as np

    seen: dict[str, Any] = {}

    def run(texts: Sequence[str]) -> Any:
        todo = [t for t in dict.fromkeys(texts) if t not in seen]
        if todo:
            seen.update(zip(todo, embed(todo), strict=True))
        return np.stack([seen[t] for t in texts])

    return run


def compile_relations(plan: Plan, instruction: str, catalog: TableCatalog, fields: Mapping[str, str],
                      *, scan: int = 1000, embed: Embed | None = None) -> Plan:
    """``plan`` with the criteria that linked tables decide turned into relations (see the module).

    ``fields``: the index's metadata fields; only links from these count. ``scan``: distinct text
    values read per column to recognise named values. ``embed`` (the index's embedder) matches a
    column named in other words ("staff" for ``employees``).
    """
    embed = _cached(embed) if embed is not None else None
    links = [lk for lk in catalog.links() if lk.field in fields] if catalog.exists() else []
    if not links or not instruction or not plan.criteria:
        return plan
    tables = catalog.tables()
    by_name = {t.name.lower(): t for t in tables}
    criteria = list(plan.criteria)
    relations = list(plan.relations)
    notes = list(plan.notes)
    replaced: list[tuple[int, int, str]] = []
    blocked: list[tuple[int, int, str]] = []
    all_values = catalog.text_values(scan)
    # per link: the linked table, the tables one join away (with the join) and their text values
    linked: list[tuple[Link, TableInfo, list[tuple[TableInfo, str]], list[TableInfo],
                       dict[tuple[str, str], list[Any]]]] = []
    for link in links:
        base = by_name.get(link.table.lower())
        key = base.column(link.column) if base is not None else None
        if base is None or key is None:
            continue
        near = _neighbours(base, tables, key.name, all_values)
        scope = [base, *(t for t, _ in near)]
        names = {t.name for t in scope}
        linked.append((link, base, near, scope, {k: v for k, v in all_values.items() if k[0] in names}))

    # the widest criteria first: a criterion nested in one that became a relation goes with it
    def width(i: int) -> int:
        span = criteria[i].span
        return span[1] - span[0] if span else 0

    order = sorted(range(len(criteria)), key=lambda i: -width(i))
    kept_at: dict[int, Criterion] = {}
    for idx in order:
        crit = criteria[idx]
        if crit.span and any(a <= crit.span[0] and crit.span[1] <= b and pol == crit.polarity
                             for a, b, pol in replaced):
            continue
        if crit.span and any(a <= crit.span[0] and crit.span[1] <= b and pol == crit.polarity
                             for a, b, pol in blocked):
            kept_at[idx] = crit  # a part of an "or" the tables decide only in part: text, like the whole
            continue
        if crit.span is None or crit.polarity not in ("require", "exclude"):
            kept_at[idx] = crit
            continue
        s, e = crit.span
        clause = instruction[s:e]
        # a criterion nested inside with the other polarity ("..., excluding the energy sector") is
        # not part of this one: it is read on its own
        for other in criteria:
            if (other.span and other.polarity != crit.polarity and s <= other.span[0] and other.span[1] <= e
                    and other.span != crit.span):
                a, b = other.span[0] - s, other.span[1] - s
                clause = clause[:a] + " " * (b - a) + clause[b:]
        done = False
        for link, base, near, scope, values in linked:
            conds = conditions(clause, scope, values, offset=s, embed=embed)
            # a condition on the link column itself is a plain filter the rules handle; keep to the others
            conds = [c for c in conds if not (c.table == base.name and c.column.lower() == link.column.lower())]
            # a condition on a table one join away needs words that name it ("whose CEO ..."): "companies
            # that were at least 50 years old" is not about the CEO's age
            conds = [c for c in conds if c.table == base.name or _names(clause, by_name[c.table.lower()])
                     or (by_name[c.table.lower()].column("age") is not None and _about_people(clause, by_name[c.table.lower()]))]
            unless = _UNLESS.search(clause)
            if unless:  # "US companies unless they're in finance": the conditions after it are negated
                conds = [c.negated() if c.span[0] - s >= unless.end() else c for c in conds]
            named = _tokens(base.name) | _tokens(link.field)
            named |= {w for n in named for w in _ENTITY_WORDS.get(n, ())}  # "firms" for companies
            around = {w for t in scope for w in _tokens(t.name)}
            money = _one_column(scope, _MONEY_COLUMN)
            if money is not None and any((c.table, c.column) == (money[0].name, money[1]) for c in conds):
                around = around | _MONEY_WORDS  # "turnover" for revenue_usd
            entity = (named | around | {w for n in around for w in _ENTITY_WORDS.get(n, ())}
                      | {w for c in conds for w in _tokens(c.column)})  # "in the energy sector": sector
            if not conds:
                if _tokens(clause) & named and _content_words(clause):
                    notes.append(f"{clause!r}: no column of the linked tables ({', '.join(t.name for t in scope)}) "
                                 "decides this; kept as a text criterion")
                continue
            rest = clause
            for c in sorted(conds, key=lambda c: -c.span[0]):
                a, b = c.span[0] - s, c.span[1] - s
                rest = rest[:a] + " " * (b - a) + rest[b:]
            left = [w for w in _content_words(rest) if w not in _GLUE and not {w, _singular(w), w[:-1]} & entity
                    and not any(len(r) >= 5 and x.startswith(r) for x in entity for r in (w, _root(w)))]  # "employing"
            left += re.findall(r"\d[\d,.]*", rest)  # a number no condition read is a condition left
            said = _tokens(clause) & (named | {w for c in conds for w in _tokens(c.column)})
            if left and re.search(r"\bor\b", rest, re.IGNORECASE):
                # "robotics firms, or any company whose boss ...": the tables decide one side of an
                # "or"; as a filter it would drop what the other side keeps
                notes.append(f"{clause!r}: {', '.join(c.sql() for c in conds)} is one side of an 'or' whose other "
                             f"side ({' '.join(left)}) no column decides; kept as a text criterion")
                blocked.append((s, e, crit.polarity))
                break
            if left and not said and not any(c.named for c in conds):
                # "protests in France": a stored value, but nothing says it is the company's; a hard
                # filter on a guess would drop what the words are about
                notes.append(f"{clause!r}: {', '.join(c.sql() for c in conds)} would match the linked table, but the "
                             f"words do not say they are about {base.name}; kept as a text criterion")
                continue
            joins = {t.name: on for t, on in near}
            rel_text = crit.text if not left else " and ".join(instruction[c.span[0]:c.span[1]] for c in conds)
            polarity = crit.polarity
            if any(re.match(r"outside|non", instruction[c.span[0]:c.span[1]], re.IGNORECASE) for c in conds):
                # "only food companies from outside Europe": the condition reads "outside" as NOT IN, so
                # the polarity is what the sentence's other words say (the rules may have folded
                # "outside" into it already, or not)
                sentence = " ".join((re.split(r"[.;!?]", instruction[:s])[-1], rest, re.split(r"[.;!?]", instruction[e:])[0]))
                polarity = "exclude" if _EXCLUDE_CUE.search(sentence) else "require"
            relations.append(Relation(rel_text, polarity, _sql(link, base, conds, joins, instruction), link.field,
                                      base.name, base.column(link.column).name,  # type: ignore[union-attr]
                                      span=(s, e) if not left else (conds[0].span[0], conds[-1].span[1])))
            if left:
                kept_at[idx] = dataclasses.replace(crit, predicate=None, kind="attribute", polarity=polarity)
                notes.append(f"{clause!r}: {', '.join(c.sql() for c in conds)} runs as SQL on {base.name}; "
                             f"the rest ({' '.join(left)}) stays a text criterion")
            else:
                replaced.append((s, e, crit.polarity))
            done = True
            break
        if not done:
            kept_at[idx] = crit
    kept = [kept_at[i] for i in sorted(kept_at)]  # back in the plan's order
    if len(relations) == len(plan.relations) and notes == list(plan.notes):
        return plan
    return dataclasses.replace(plan, criteria=tuple(kept), relations=tuple(relations),
                               notes=tuple(dict.fromkeys(notes)))


#: "unless", "except when": what follows is a condition the kept rows do not meet
_UNLESS = re.compile(r"\bunless\b|\bexcept\s+(?:if|when|where)\b|\bbut\s+keep\s+(?:them|those|it|any)\s+(?:if|when|where)\b",
                     re.IGNORECASE)
#: other words for what a linked table holds ("firms" for companies)
_ENTITY_WORDS = {
    "company": ("firm", "business", "enterprise", "corporation", "outfit", "employer", "organisation",
                "organization", "startup", "maker", "group", "corporate"),
    "ceo": ("chief", "executive", "boss", "head", "leader", "chairman", "chairwoman", "chair"),
}
_ENTITY_WORDS["ceos"] = _ENTITY_WORDS["ceo"]
_ENTITY_WORDS["companies"] = _ENTITY_WORDS["company"]
#: words left around conditions that add none: how users open and link them ("limit results to",
#: "I'm only interested in", "firms run by a CEO", "in the retail business")
_GLUE = frozenset((
    "limit", "limited", "restrict", "restricted", "show", "care", "interested", "anything", "anyone",
    "i'm", "they're", "it's", "unless", "except", "run", "led", "headed", "managed", "business",
    "businesses", "industry", "industries", "sector", "sectors", "bringing", "earning", "making",
    "taking", "generating", "brings", "earns", "makes", "takes", "generates",
    "annual", "annually", "yearly", "where", "whose", "if", "every", "each", "give", "keep", "current",
    "currently", "pulling", "small", "mid-sized", "midsize", "mid-size", "large", "big", "inclusive",
    "could", "would", "someone", "somebody",
))
#: the words that name an amount of money's column, whatever the column is called
_MONEY_WORDS = frozenset(("revenue", "revenues", "turnover", "sales", "income", "earnings", "money"))
#: what makes a criterion an exclusion in the words before it ("leave out", "not interested in")
_EXCLUDE_CUE = re.compile(r"\b(?:not|no|never|exclude|excluding|except|skip|drop|ignore|leave|omit|without|"
                          r"avoid|remove|discard|disregard|but)\b", re.IGNORECASE)


#: words that ask for more than the rows that meet conditions (a count, an order, an aggregate)
_BEYOND_ROWS = re.compile(
    r"\b(?:how\s+many|how\s+much|count|number\s+of|total|sum|average|mean|median|ratio|share|percent(?:age)?|"
    r"proportion|most|least|top|highest|lowest|largest|smallest|biggest|best|worst|first|last|per|each|"
    r"order(?:ed)?|sort(?:ed)?|rank(?:ed)?|group(?:ed)?|max(?:imum)?|min(?:imum)?|distinct|unique|compare|"
    r"difference|both|neither|without|never|not|no)\b", re.IGNORECASE)
_ASKING = frozenset((
    "which", "what", "list", "show", "give", "find", "return", "get", "display", "tell", "me",
    "all", "every", "rows", "row", "records", "record", "entries", "entry",
))


def simple_select(question: str, catalog: TableCatalog, *, scan: int = 1000) -> str | None:
    """SQL for a question that only asks for the rows of one table meeting simple conditions
    ("Which companies were founded after 2000 and have more than 500 employees?"), or None.

    None whenever any content word is left unexplained, or the question asks for a count, an
    order, an aggregate or a negation: those go to the LLM.
    """
    if _BEYOND_ROWS.search(question):
        return None
    tables = catalog.tables()
    words = [_singular(w) for w in re.findall(r"[a-z]+", question.lower())]
    named = {_singular(t.name.lower()): t for t in tables}
    subject = next((named[w] for w in words if w in named), None)  # the table the question names first
    if subject is None:
        return None
    base = subject
    values = catalog.text_values(scan)
    key = base.primary_key[0] if len(base.primary_key) == 1 else base.columns[0].name
    near = _neighbours(base, tables, key, values)
    scope = [base, *(t for t, _ in near)]
    conds = conditions(question, scope, {k: v for k, v in values.items() if k[0] in {t.name for t in scope}})
    if not conds:
        return None
    rest = question
    for c in sorted(conds, key=lambda c: -c.span[0]):
        rest = rest[: c.span[0]] + " " * (c.span[1] - c.span[0]) + rest[c.span[1]:]
    known = _tokens(base.name) | {w for c in conds for w in _tokens(c.column)} | {w for t in scope for w in _tokens(t.name)}
    left = [w for w in _content_words(rest) if w not in _ASKING and w not in known and _singular(w) not in known]
    if left:
        return None
    joins = {t.name: on for t, on in near}
    used = list(dict.fromkeys(c.table for c in conds if c.table != base.name))
    join = "".join(f" JOIN {t} ON {joins[t]}" for t in used)
    return f"SELECT DISTINCT {base.name}.* FROM {base.name}{join} WHERE {' AND '.join(c.sql() for c in conds)}"
