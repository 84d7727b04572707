"""Numeric fields from the words an instruction uses: "at least 500 words" with a word_count field,
"price under 1000", "rating >= 4.5", "under $1,000" with the one money field; an excluded comparison
keeps its complement; comparisons joined by "or" stay criteria."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache
from itertools import pairwise

from heedful.plan.rules.field_clause import (
    COMPLEMENT,
    NEXT_NOUN,
    FieldClause,
    consume,
    field_tokens,
)
from heedful.plan.rules.state import Feature, State
from heedful.plan.rules.words import OR_WORD, clause_text
from heedful.store.filters import Filter
from heedful.text.comparisons import PRICE_COMPARATIVE, NumExpr, comparison_at
from heedful.text.lexicon import words
from heedful.text.numbers import CURRENCY_UNITS

__all__ = ["named_comparisons", "numeric_fields", "or_joined"]


_SUFFIXES = ("ings", "ing", "ed", "es", "s", "d", "e")  # what _stem cuts off, tried in this order

#: names of a field that holds an amount of money: a price in an instruction ("under $500",
#: "cheaper than 20 euros") is compared with it
_MONEY_FIELD = frozenset(words("price cost amount fee fare salary wage pay revenue budget income rent charge spend "
                               "msrp usd eur gbp dollar euro"))


def _stem(word: str) -> str:
    """A crude stem, for a field's name to meet the words around a number: "priced", "prices" and
    "price" -> "pric"; "rated", "rates" and "rating" -> "rat"; "words" and "word" -> "wor"."""
    word = word.lower()
    while True:
        suffix = next((x for x in _SUFFIXES if word.endswith(x) and len(word) - len(x) >= 3), None)
        if suffix is None:
            return word
        word = word[: -len(suffix)]


def _stems(words_: Sequence[str]) -> set[str]:
    return {_stem(w) for w in words_}


@lru_cache(maxsize=256)
def _field_stems(name: str) -> frozenset[str]:
    """The stems of a field's name ("word_count" -> wor, count)."""
    return frozenset(_stems(sorted(field_tokens(name))))


_MONEY_STEMS = frozenset(_stems(sorted(_MONEY_FIELD)))


#: a word that counts in a field named otherwise: "4 stars or more" with a rating field
_COUNTED_IN = {"star": frozenset({"rat", "scor"})}


def _numeric_target(st: State, num: NumExpr, after: str | None = None) -> str | None:
    """The numeric field a comparison is about: one whose name is among the words around it ("at
    least 500 words" -> word_count; ``after``, the word right after the number, even one that names
    no count in free text: "under 200 pages"), else, for an amount of money, the one money field."""
    numeric = [n for n, t in st.fields.items() if t in ("integer", "number") and "year" not in field_tokens(n)]
    words_ = _stems([*num.context, *([num.unit] if num.unit else []), *([after] if after else [])])
    words_ |= {w for stem in list(words_) for w in _COUNTED_IN.get(stem, ())}
    named = next((n for n in numeric if _field_stems(n) & words_), None)
    if named or not (num.unit in CURRENCY_UNITS or PRICE_COMPARATIVE.match(num.text)):
        return named
    money = [n for n in numeric if _field_stems(n) & _MONEY_STEMS]
    return money[0] if len(money) == 1 else None


def _number_filters(c: FieldClause, target: str, num: NumExpr) -> list[Filter]:
    """The filters on ``target`` that keep what the clause asks for: an excluded comparison keeps
    its complement; an excluded range stays a criterion (no filters)."""
    op, val = num.op, num.value
    if c.polarity != "exclude":
        return [Filter(target, ">=", val[0]), Filter(target, "<=", val[1])] if op == "between" else \
            [Filter(target, op, val)]  # type: ignore[arg-type]
    if op == "between":
        c.st.notes.append(f"{num.text!r}: an excluded range on {target!r} stays a criterion")
        return []
    return [Filter(target, COMPLEMENT[op], val)]  # type: ignore[arg-type]


#: the word before a number that may name its field, with what may stand around it: "with a rating of"
_FIELD_WORD_BEFORE = re.compile(r"(?:\b(?:with|having|has|have)\s+)?(?:\b(?:a|an|the)\s+)?\b(?P<w>\w+)"
                          r"(?:\s+(?:of|is|are|was|were))?\s*$", re.IGNORECASE)


def or_joined(c: FieldClause, feats: list[Feature]) -> bool:
    """Whether two of the clause's comparisons (numbers, or numeric fields named before one) are
    joined by "or"."""
    st = c.st
    spans = {(f.start, f.end) for f in feats if f.kind == "number"}
    if not spans or not OR_WORD.search(c.seg):
        return False
    spans |= {(num.start, num.end) for _, _, num in _named_numbers(c)}
    joined = any(OR_WORD.search(st.masked, a[1], b[0]) for a, b in pairwise(sorted(spans)) if a[1] <= b[0])
    if joined:
        st.notes.append(f"{clause_text(st.text, c.cs, c.ce)!r}: comparisons joined by 'or' stay criteria "
                        "(filters must all hold)")
    return joined


def _named_numbers(c: FieldClause) -> Iterator[tuple[str, int, NumExpr]]:
    """Each numeric field named right before a comparison in the clause: the field, where its name
    starts, and the comparison ("price under 1000", "rating >= 4", "prices between 300 and 600")."""
    for name, ftype in c.st.fields.items():
        if ftype in ("integer", "number"):
            for m in _named_rx(name).finditer(c.seg):
                num = comparison_at(c.st.masked, c.cs + m.end())
                if num is not None:
                    yield name, c.cs + m.start(), num


def numeric_fields(c: FieldClause, feats: list[Feature]) -> list[Feature]:
    """Numeric fields: "at least 500 words" with a word_count field, "under $1,000" with a price."""
    st = c.st
    if c.alternatives:
        return feats
    kept: list[Feature] = []
    for f in feats:
        if (f.kind == "number" and f.num is not None and c.hard and (not c.positive or c.narrowing())
                and c.scope.of(f.start) == "plain"):
            noun = NEXT_NOUN.match(st.masked, f.end, f.end + 30)
            target = _numeric_target(st, f.num, noun.group(1) if noun else None)
            flt = _number_filters(c, target, f.num) if target else []
            if flt:
                st.filters.extend(flt)
                named = set(_field_stems(target))
                counted = {w for stem in named for w in _COUNTED_IN if stem in _COUNTED_IN[w]}
                end = noun.end() if noun and _stems([noun.group(1)]) & (named | counted | _stems(f.num.context)) \
                    else f.end
                # the word before that names the field goes with it: "price < 1000", "costing under $5"
                named |= _MONEY_STEMS if named & _MONEY_STEMS else set()
                before = _FIELD_WORD_BEFORE.search(st.masked, c.cs, f.start)
                start = before.start() if before and _stems([before.group("w")]) & named else f.start
                consume(c.consumed, start, end)
                continue
        kept.append(f)
    return kept


def named_comparisons(c: FieldClause, feats: list[Feature]) -> list[Feature]:
    """A numeric field named before a comparison: "price under 1000", "rating >= 4", "price of at
    most 20", "word_count between 300 and 800" (read as a number even where free text would take
    "under 1000" for a year)."""
    if not c.hard or (c.positive and not c.narrowing()) or c.alternatives:
        return feats
    for name, s, num in _named_numbers(c):
        if s in c.consumed or c.scope.of(s) != "plain" or not c.consumed.free(num.start, num.end):
            continue
        flt = _number_filters(c, name, num)
        if flt:
            c.st.filters.extend(flt)
            consume(c.consumed, s, num.end)
    return feats


@lru_cache(maxsize=256)
def _named_rx(name: str) -> re.Pattern[str]:
    """The field ``name`` (or its plural, or "priced" for price) and the words that may come between
    it and a comparison: "price", "prices are", "price of", "priced", "price:"."""
    label = re.escape(name).replace("_", "[_ ]")
    return re.compile(rf"\b{label}(?:s|d)?(?:\s*:|\s+(?:is|are|was|were|of|that\s+is))?\s*(?=\S)", re.IGNORECASE)
