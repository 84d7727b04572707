"""Filters from the collection's own metadata fields: sources, authors, languages, dates, values."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from typing import Any

from heedful.plan.rules.cues import is_additive
from heedful.plan.rules.scope import Scope
from heedful.plan.rules.state import Feature, Lazy, State, Values
from heedful.plan.rules.words import ACRONYM, MONTH_NAMES, NAME_WORD, NOT_ENTITY, PUB_RX
from heedful.plan.schema import Predicate
from heedful.store.filters import Filter
from heedful.text.comparisons import PRICE_COMPARATIVE, NumExpr, comparison_at
from heedful.text.lexicon import (
    COUNTRY_ALIASES,
    DEMONYMS,
    LANGUAGES,
    PLACES,
    PUBLICATION_NOUNS,
    STOPWORDS,
    words,
)
from heedful.text.numbers import CURRENCY_UNITS
from heedful.text.segment import Spans

__all__ = ["field_roles", "filters_for_clause", "values_index"]


@lru_cache(maxsize=256)
def _field_tokens(name: str) -> frozenset[str]:
    toks = {t for t in re.split(r"[_\W]+", name.lower()) if t}
    toks -= {"is", "has", "can", "num", "n"}
    return frozenset(toks | {t.rstrip("s") for t in toks})


def _date_field(fields: dict[str, str]) -> str | None:
    dates = [n for n, t in fields.items() if t == "date"]
    if not dates:
        return None
    for pref in ("publish", "pub", "posted", "date", "created", "time"):
        for n in dates:
            if pref in n.lower():
                return n
    return dates[0]


def _year_field(fields: dict[str, str]) -> str | None:
    for n, t in fields.items():
        if t in ("integer", "number") and "year" in _field_tokens(n):
            return n
    return None


_SOURCE_FIELD = re.compile(r"source|publisher|site|domain|outlet|channel|feed|provider|website|newspaper|"
                           r"publication|journal|venue|network|agency|host", re.IGNORECASE)
_AUTHOR_FIELD = re.compile(r"author|writer|byline|creator|reporter|journalist", re.IGNORECASE)
_LANG_FIELD = re.compile(r"^(?:lang|language|locale)(?:_?code)?$", re.IGNORECASE)
_LANG_CODES = {"English": "en", "French": "fr", "German": "de", "Spanish": "es", "Italian": "it",
               "Portuguese": "pt", "Dutch": "nl", "Russian": "ru", "Chinese": "zh", "Japanese": "ja",
               "Korean": "ko", "Arabic": "ar", "Hindi": "hi", "Swedish": "sv", "Norwegian": "no", "Danish": "da",
               "Finnish": "fi", "Polish": "pl", "Czech": "cs", "Greek": "el", "Turkish": "tr", "Hebrew": "he",
               "Persian": "fa", "Latin": "la"}
_NEXT_NOUN = re.compile(r"\s+([A-Za-z][\w\-]*)")
_TLD_END = re.compile(r"\.[a-z]{2,}$")
_PUB_WORD = re.compile(PUB_RX + r"|\b(?:published|posted|reported|broadcast|aired|printed)\b", re.IGNORECASE)
_PUB_NEAR_END = re.compile(PUB_RX + r"[\w\s,]{0,20}$", re.IGNORECASE)
_LANGUAGE_REF = re.compile(r"\b(?:in|written\s+in)\s+(?P<l>[A-Z][a-z]+)\b|\b(?P<l2>[A-Z][a-z]+)[\s-]language\b")
_BOOL_NEGATION = re.compile(r"\b(?:not|non|no|without|un)[\s-]*$", re.IGNORECASE)
_SOURCE_REF = re.compile(
    r"\b(?P<cue>from|by|on|at|via|published\s+(?:by|in|on)|according\s+to|reported\s+by|sourced\s+from|"
    r"appearing\s+(?:in|on)|run\s+by|carried\s+by)\s+(?:the\s+)?"
    r"(?P<x>[\w\-]+(?:\.[\w\-]+)*\.(?:com|org|net|gov|edu|io|co\.uk|co|de|fr|ca|info|news|us|uk|au)\b|"
    rf"{NAME_WORD}(?:\s+{NAME_WORD})*)"
)
_AUTHOR_REF = re.compile(
    r"\b(?i:(?:written|authored|penned)\s+by|(?:" + "|".join(sorted(PUBLICATION_NOUNS, key=len, reverse=True))
    + rf")\s+by)\s+(?P<x>{NAME_WORD}(?:\s+{NAME_WORD})*)"
)


def field_roles(fields: dict[str, str]) -> dict[str, str | None]:
    """Which field plays each role the rules know: the source, the author, the language, the
    document's date and year; "bool" names a boolean field if there is one."""
    def first(ok: Callable[[str, str], bool]) -> str | None:
        return next((n for n, t in fields.items() if ok(n, t)), None)

    return {
        "source": first(lambda n, t: t in ("string", "list") and bool(_SOURCE_FIELD.search(n))),
        "author": first(lambda n, t: t in ("string", "list") and bool(_AUTHOR_FIELD.search(n))),
        "language": first(lambda n, t: bool(_LANG_FIELD.match(n))),
        "date": _date_field(fields),
        "year": _year_field(fields),
        "bool": first(lambda n, t: t == "bool"),
    }


def _consume(spans: Spans, s: int, e: int) -> None:
    spans.add(s, e)


def _domain_label(value: str) -> str | None:
    """A value that is a domain ("cnn.com", "usatoday.com") also goes by its first label in prose
    ("CNN", "USA Today"): its letters, which the text may separate by spaces or dots."""
    m = re.fullmatch(r"(?:www\.)?([a-z0-9-]{3,})\.[a-z.]{2,}", value.lower())
    if m is None or m.group(1) in STOPWORDS:
        return None
    return m.group(1).replace("-", "")


def values_index(fields: dict[str, str], values: dict[str, tuple[str, ...]]) -> dict[str, Values]:
    out: dict[str, Values] = {}
    for name, vals in values.items():
        exact: dict[str, str] = {}
        alias: dict[str, str] = {}
        alts: list[str] = []
        for v in vals:
            if len(v) < 2 or v.lower() in STOPWORDS or v.lower() in exact:
                continue
            exact[v.lower()] = v
            alts.append(re.escape(v))
        for v in vals:
            label = _domain_label(v) if v.lower() in exact else None
            if label and label not in alias and label not in exact:
                alias[label] = v
                alts.append(r"[\s.]?".join(map(re.escape, label)))
        if not alts:
            continue
        # values before aliases, and the longest of two values that start alike first
        alts = sorted(alts[:len(exact)], key=len, reverse=True) + sorted(alts[len(exact):], key=len, reverse=True)
        toks = sorted(_field_tokens(name), key=len, reverse=True)
        out[name] = Values(
            re.compile(r"(?<!\w)(?:" + "|".join(alts) + r")(?!\w)", re.IGNORECASE), exact, alias,
            re.compile(r"\b(?:" + "|".join(map(re.escape, toks)) + r")(?:s|es|d|ed|ged)?\b", re.IGNORECASE),
        )
    return out


# the comparison that keeps what another one leaves out: an excluded "more than 5" keeps "<= 5"
_COMPLEMENT = {"<": ">=", "<=": ">", ">": "<=", ">=": "<", "=": "!="}
_COMMON_WORDS = re.compile(r"[a-z][a-z '\-]*")  # a value like this may be an ordinary word


def _restrictions(st: State, name: str) -> int | None:
    """Index in ``st.filters`` of the filter that keeps ``name`` to some of its values, if any."""
    for i, f in enumerate(st.filters):
        if f.field == name and f.op in ("=", "in"):
            return i
    return None


def _value_filters(
    st: State, cs: int, ce: int, polarity: str, scope: Scope, consumed: Spans,
) -> None:
    """Known values of string and list fields named in the clause become filters when it is certain
    what the clause says about them; otherwise they stay in the text of a criterion (and a note says why)."""
    additive = polarity in ("require", "prefer") and is_additive(st.masked[cs:ce])
    for name, vx in st.values_rx.items():
        hits: dict[str, list[tuple[int, int]]] = {}
        for vm in vx.rx.finditer(st.masked, cs, ce):
            v = vx.value_of(vm.group(0))
            if v is not None and vm.start() not in consumed:
                hits.setdefault(v, []).append(vm.span())
        if not hits:
            continue
        named = bool(vx.field_rx.search(st.masked, cs, ce))
        plain: list[str] = []
        negated: list[str] = []
        spans: list[tuple[int, int]] = []
        for v, where in hits.items():
            s, e = where[0]
            if not named and _COMMON_WORDS.fullmatch(v):
                # "the latest fares" with a doc_key "fares": a common word, not certainly the field's value
                st.notes.append(f"{st.text[s:e]!r} is a value of field {name!r} but reads as an ordinary word here; "
                                f"kept as a text criterion (write \"{name} = {v}\" to filter on it)")
                continue
            how = scope.of(s)
            if how == "unsure":
                st.notes.append(f"{st.text[s:e]!r}: a negation in {st.text[cs:ce]!r} may or may not apply to it, "
                                "so it stays a text criterion")
                continue
            (negated if how == "negated" else plain).append(v)
            neg_start = scope.negs[bisect_left(scope.starts, s) - 1][0] if how == "negated" else s
            spans.extend((min(neg_start, a), b) for a, b in where)
        keep = _value_filter(st, name, polarity, plain, negated, additive)
        if keep:
            for a, b in spans:
                _consume(consumed, a, b)


def _value_filter(st: State, name: str, polarity: str, plain: list[str], negated: list[str], additive: bool) -> bool:
    """Add the filter for values named plainly or under a negation; False when none is certain."""
    is_list = st.fields[name] == "list"
    if polarity == "exclude" and plain and not negated:
        st.filters.extend([Filter(name, "not in", [v]) for v in plain] if is_list else
                          [Filter(name, "!=", plain[0]) if len(plain) == 1 else Filter(name, "not in", plain)])
        return True
    if polarity == "require" and negated and not plain:
        st.filters.extend([Filter(name, "not in", [v]) for v in negated] if is_list else
                          [Filter(name, "!=", negated[0]) if len(negated) == 1 else Filter(name, "not in", negated)])
        return True
    if polarity not in ("require", "prefer") or negated or not plain:
        return False  # "Exclude articles not from CNN", "CNN but not BBC" in one breath: not certain
    if additive:
        # "Only CNN articles. Include bbc.co.uk too.": the earlier restriction widens
        i = _restrictions(st, name)
        if i is None or is_list:
            return False
        old = st.filters[i]
        vals = list(dict.fromkeys([*(old.value if old.op == "in" else [old.value]), *plain]))
        st.filters[i] = Filter(name, "in", vals)
        return True
    if polarity != "require":
        return False
    if is_list:
        st.filters.extend(Filter(name, "contains", v) for v in plain)
    else:
        st.filters.append(Filter(name, "=", plain[0]) if len(plain) == 1 else Filter(name, "in", plain))
    return True


@dataclass
class _Clause:
    """One clause read for filters: what every field reader asks of it."""

    st: State
    cs: int
    ce: int
    polarity: str
    consumed: Spans  # spans a filter has taken
    certain: bool
    scope: Scope
    #: two comparisons joined by "or" ("under $50 or over $500"): filters, which all hold at once,
    #: cannot say it, so the comparisons stay criteria
    alternatives: bool = False

    def __post_init__(self) -> None:
        self.seg = seg = self.st.masked[self.cs:self.ce]
        self.hard = self.polarity in ("require", "exclude") and self.certain
        self.positive = self.polarity == "require"
        # read when first needed: most clauses name no field, and these tests take time
        self.has_pub = Lazy(lambda: bool(_PUB_WORD.search(seg)))
        self.narrowing = Lazy(lambda: self.hard and self.positive and not is_additive(seg))


def _known_values(c: _Clause, feats: list[Feature]) -> list[Feature]:
    """Known values of string and list fields."""
    if c.certain and c.polarity != "avoid":
        _value_filters(c.st, c.cs, c.ce, c.polarity, c.scope, c.consumed)
    return feats


def _sources(c: _Clause, feats: list[Feature]) -> list[Feature]:
    """Sources: "from CNN", "published by Reuters", "on nytimes.com"."""
    st, cs, consumed = c.st, c.cs, c.consumed
    time_spans = Spans()
    for f in feats:
        if f.kind == "time":
            time_spans.add(f.start, f.end)
    replaced = Spans()  # the features that source references replace
    added: list[Feature] = []
    src = st.roles["source"]
    for m in _SOURCE_REF.finditer(st.masked, cs, c.ce):
        x = m.group("x").strip()
        if m.start("x") in consumed:
            continue
        domain = "." in x and _TLD_END.search(x)
        acronym = ACRONYM.fullmatch(x) and x not in PLACES and x not in COUNTRY_ALIASES
        cue = m.group("cue").lower()
        pubby = cue.startswith(("published", "according", "reported", "sourced", "appearing", "carried"))
        after_pub = cue in ("from", "by", "on", "at", "via") and bool(
            _PUB_NEAR_END.search(st.masked, max(cs, m.start() - 40), m.start()))
        if x in PLACES or x in DEMONYMS or x in NOT_ENTITY or x.lower().rstrip(".") in MONTH_NAMES:
            continue
        if m.start("x") in time_spans:
            continue
        if not (domain or pubby or (acronym and c.has_pub()) or (after_pub and cue == "from")):
            continue
        phrase = st.text[m.start():m.end()]
        if src and c.hard and src not in st.values:
            if c.positive:
                if c.narrowing() and c.scope.of(m.start()) == "plain":
                    st.filters.append(Filter(src, "contains", x.lower()))
                    _consume(consumed, m.start(), m.end())
                    continue
            else:
                st.notes.append(f"{phrase!r}: the values of field {src!r} are not known, so this exclusion stays a "
                                "text criterion; pass values= to make it a filter")
        elif not src:
            st.notes.append(_no_field_note("source", phrase, st))
        replaced.add(m.start("x"), m.start("x") + 1)
        added.append(Feature("mention", m.start(), m.end(), Predicate.mentions((x,)), terms=(x,),
                              phrase_start=m.start()))
    if added:  # a source reference replaces the features read from its name
        feats = [f for f in feats if replaced.free(f.start, f.end)] + added
    return feats


def _authors(c: _Clause, feats: list[Feature]) -> list[Feature]:
    """Authors of documents: "articles written by Jane Doe"."""
    st, consumed = c.st, c.consumed
    authors = list(_AUTHOR_REF.finditer(st.masked, c.cs, c.ce))
    if authors and c.has_pub():
        dropped = Spans()
        au = st.roles["author"]
        for m in authors:
            if m.start("x") in consumed:
                continue
            x = m.group("x")
            if x in NOT_ENTITY:
                continue
            if au and c.positive:
                if c.narrowing() and c.scope.of(m.start()) == "plain":
                    st.filters.append(Filter(au, "contains", x.lower()))
                    dropped.add(m.start(), m.end())
                    _consume(consumed, m.start(), m.end())
            elif not au:
                st.notes.append(_no_field_note("author", st.text[m.start():m.end()], st))
        if dropped:
            feats = [f for f in feats if f.start not in dropped]
    return feats


def _language(c: _Clause, feats: list[Feature]) -> list[Feature]:
    """Language: "in English", "English-language articles"; "not in French" with a plain require."""
    st, cs, positive = c.st, c.cs, c.positive
    lang_field = st.roles["language"]
    if lang_field and c.hard and lang_field not in st.values:
        for m in _LANGUAGE_REF.finditer(c.seg):
            lang = m.group("l") or m.group("l2")
            if lang not in LANGUAGES:
                continue
            how = c.scope.of(cs + m.start())
            if how == "unsure" or (how == "negated" and not positive) or (how == "plain" and positive and not c.narrowing()):
                continue
            codes = [_LANG_CODES.get(lang, lang.lower()[:2]), lang]
            st.filters.append(Filter(lang_field, "in" if positive and how == "plain" else "not in", codes))
            _consume(c.consumed, cs + m.start(), cs + m.end())
    return feats


def _document_date(c: _Clause, feats: list[Feature]) -> list[Feature]:
    """The document's own date, on its date field or else its year field."""
    st, hard = c.st, c.hard
    kept: list[Feature] = []
    for f in feats:
        if f.kind == "time" and f.doc_level and f.time is not None:
            te = f.time
            df, yf = st.roles["date"], st.roles["year"]
            start = min(f.start, f.phrase_start) if f.phrase_start >= 0 else f.start
            phrase = st.text[f.phrase_start if f.phrase_start >= 0 else te.start:te.end]
            plain = c.narrowing() and c.scope.of(start) == "plain"
            if hard and df and te.kind != "as_of":
                lo, hi = te.lo, te.hi
                if plain:
                    if lo:
                        st.filters.append(Filter(df, ">=", lo.isoformat()))
                    if hi:
                        st.filters.append(Filter(df, "<=", hi.isoformat()))
                    _consume(c.consumed, start, f.end)
                    if lo and hi and not st.window:
                        st.window, st.window_span = (lo, hi), (te.start, te.end)
                    continue
            elif hard and yf and te.kind != "as_of" and te.gran in ("year", "decade", "century"):
                if plain:
                    lo_y = te.lo.year if te.lo else None
                    hi_y = te.hi.year if te.hi else None
                    if lo_y is not None and lo_y == hi_y:
                        st.filters.append(Filter(yf, "=", lo_y))
                    else:
                        if lo_y is not None:
                            st.filters.append(Filter(yf, ">=", lo_y))
                        if hi_y is not None:
                            st.filters.append(Filter(yf, "<=", hi_y))
                    _consume(c.consumed, start, f.end)
                    continue
            elif not df and not yf:
                st.notes.append(_no_field_note("date", phrase, st))
        kept.append(f)
    return kept


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


_MONEY_STEMS = frozenset(_stems(sorted(_MONEY_FIELD)))


#: a word that counts in a field named otherwise: "4 stars or more" with a rating field
_COUNTED_IN = {"star": frozenset({"rat", "scor"})}


def _numeric_target(st: State, num: NumExpr, after: str | None = None) -> str | None:
    """The numeric field a comparison is about: one whose name is among the words around it ("at
    least 500 words" -> word_count; ``after``, the word right after the number, even one that names
    no count in free text: "under 200 pages"), else, for an amount of money, the one money field."""
    numeric = [n for n, t in st.fields.items() if t in ("integer", "number") and "year" not in _field_tokens(n)]
    words_ = _stems([*num.context, *([num.unit] if num.unit else []), *([after] if after else [])])
    words_ |= {w for stem in list(words_) for w in _COUNTED_IN.get(stem, ())}
    named = next((n for n in numeric if _stems(sorted(_field_tokens(n))) & words_), None)
    if named or not (num.unit in CURRENCY_UNITS or PRICE_COMPARATIVE.match(num.text)):
        return named
    money = [n for n in numeric if _stems(sorted(_field_tokens(n))) & _MONEY_STEMS]
    return money[0] if len(money) == 1 else None


def _number_filters(c: _Clause, target: str, num: NumExpr) -> list[Filter]:
    """The filters on ``target`` that keep what the clause asks for: an excluded comparison keeps
    its complement; an excluded range stays a criterion (no filters)."""
    op, val = num.op, num.value
    if c.polarity != "exclude":
        return [Filter(target, ">=", val[0]), Filter(target, "<=", val[1])] if op == "between" else \
            [Filter(target, op, val)]  # type: ignore[arg-type]
    if op == "between":
        c.st.notes.append(f"{num.text!r}: an excluded range on {target!r} stays a criterion")
        return []
    return [Filter(target, _COMPLEMENT[op], val)]  # type: ignore[arg-type]


#: the word before a number that may name its field, with what may stand around it: "with a rating of"
_WORD_BEFORE = re.compile(r"(?:\b(?:with|having|has|have)\s+)?(?:\b(?:a|an|the)\s+)?\b(?P<w>\w+)"
                          r"(?:\s+(?:of|is|are|was|were))?\s*$", re.IGNORECASE)


_OR = re.compile(r"\bor\b", re.IGNORECASE)


def _or_joined(c: _Clause, feats: list[Feature]) -> bool:
    """Whether two of the clause's comparisons (numbers, or numeric fields named before one) are
    joined by "or"."""
    st = c.st
    spans = {(f.start, f.end) for f in feats if f.kind == "number"}
    if not spans or not _OR.search(c.seg):
        return False
    for name, ftype in st.fields.items():
        if ftype in ("integer", "number"):
            for m in _named_rx(name).finditer(c.seg):
                num = comparison_at(st.masked, c.cs + m.end())
                if num is not None:
                    spans.add((num.start, num.end))
    joined = any(_OR.search(st.masked, a[1], b[0]) for a, b in pairwise(sorted(spans)) if a[1] <= b[0])
    if joined:
        clause = " ".join(st.text[c.cs:c.ce].split()).strip(" .;")
        st.notes.append(f"{clause!r}: comparisons joined by 'or' stay criteria (filters must all hold)")
    return joined


def _numeric_fields(c: _Clause, feats: list[Feature]) -> list[Feature]:
    """Numeric fields: "at least 500 words" with a word_count field, "under $1,000" with a price."""
    st = c.st
    if c.alternatives:
        return feats
    kept: list[Feature] = []
    for f in feats:
        if (f.kind == "number" and f.num is not None and c.hard and (not c.positive or c.narrowing())
                and c.scope.of(f.start) == "plain"):
            noun = _NEXT_NOUN.match(st.masked, f.end, f.end + 30)
            target = _numeric_target(st, f.num, noun.group(1) if noun else None)
            flt = _number_filters(c, target, f.num) if target else []
            if flt:
                st.filters.extend(flt)
                named = _stems(sorted(_field_tokens(target)))
                counted = {w for stem in named for w in _COUNTED_IN if stem in _COUNTED_IN[w]}
                end = noun.end() if noun and _stems([noun.group(1)]) & (named | counted | _stems(f.num.context)) \
                    else f.end
                # the word before that names the field goes with it: "price < 1000", "costing under $5"
                named |= _MONEY_STEMS if named & _MONEY_STEMS else set()
                before = _WORD_BEFORE.search(st.masked, c.cs, f.start)
                start = before.start() if before and _stems([before.group("w")]) & named else f.start
                _consume(c.consumed, start, end)
                continue
        kept.append(f)
    return kept


def _named_comparisons(c: _Clause, feats: list[Feature]) -> list[Feature]:
    """A numeric field named before a comparison: "price under 1000", "rating >= 4", "price of at
    most 20", "word_count between 300 and 800" (read as a number even where free text would take
    "under 1000" for a year)."""
    st, cs = c.st, c.cs
    if not c.hard or (c.positive and not c.narrowing()) or c.alternatives:
        return feats
    for name, ftype in st.fields.items():
        if ftype not in ("integer", "number"):
            continue
        for m in _named_rx(name).finditer(c.seg):
            s = cs + m.start()
            if s in c.consumed or c.scope.of(s) != "plain":
                continue
            num = comparison_at(st.masked, cs + m.end())
            if num is None or not c.consumed.free(num.start, num.end):
                continue
            flt = _number_filters(c, name, num)
            if flt:
                st.filters.extend(flt)
                _consume(c.consumed, s, num.end)
    return feats


def _boolean_fields(c: _Clause, feats: list[Feature]) -> list[Feature]:
    """Boolean fields: "paywalled articles are not relevant" with is_paywalled."""
    st, seg = c.st, c.seg
    if c.hard and st.roles["bool"] and c.has_pub():
        for name, t in st.fields.items():
            if t != "bool":
                continue
            toks = _field_tokens(name)
            for tok in sorted(toks, key=len, reverse=True):
                if len(tok) < 4:
                    continue
                bm = _word_rx(tok).search(seg)
                if not bm:
                    continue
                negated = bool(_BOOL_NEGATION.search(seg, max(0, bm.start() - 20), bm.start()))
                value = (not negated) if c.positive else negated
                st.filters.append(Filter(name, "=", value))
                _consume(c.consumed, c.cs + bm.start(), c.cs + bm.end())
                break
    return feats


def _explicit_fields(c: _Clause, feats: list[Feature]) -> list[Feature]:
    """Explicit "field = value" / "field: value" / "field is value" / "field is not value"."""
    st, cs = c.st, c.cs
    for name in st.fields:
        em = _explicit_rx(name).search(c.seg)
        if em and c.hard and cs + em.start("v") not in c.consumed and c.scope.of(cs + em.start()) == "plain":
            raw = em.group("v").strip("\"'")
            value = _coerce(raw, st.fields[name])
            if st.fields[name] in ("integer", "number") and isinstance(value, str):
                continue  # "price: under 50" is a comparison (read above), never price = 'under'
            st.filters.append(Filter(name, "=" if c.positive != bool(em.group("ne")) else "!=", value))
            _consume(c.consumed, cs + em.start(), cs + em.end())
    return feats


# Provenance: answers that heedful admitted into the index carry kind = "generated" (heedful.admit).
# "only human-written sources", "written by people"; "no AI-generated answers", "generated content
# is not relevant". Examples of our own.
_HUMAN_WRITTEN = re.compile(
    r"\bhuman[- ](?:written|authored|made|created|produced)\b|\bwritten\s+by\s+(?:people|humans|a\s+person|"
    r"persons|hand)\b|\bnot\s+(?:ai|machine|llm|model|automatically|auto)[- ]?(?:generated|written)\b",
    re.IGNORECASE)
_GENERATED = re.compile(
    r"\b(?:ai|machine|llm|model|automatically|auto|system)[- ]?(?:generated|written)\b|\b(?:generated|"
    r"synthetic|admitted)\s+(?:answers?|documents?|content|texts?|responses?|summaries|passages?|sources?)\b",
    re.IGNORECASE)
#: the field and value that mark an admitted answer (heedful.admit.policy writes them)
GENERATED_KIND = ("kind", "generated")


def _provenance(c: _Clause, feats: list[Feature]) -> list[Feature]:
    """Human-written or generated: a filter on ``kind`` when the index holds admitted answers; the
    words never become a text criterion."""
    st, cs = c.st, c.cs
    name, value = GENERATED_KIND
    for rx, human in ((_HUMAN_WRITTEN, True), (_GENERATED, False)):
        for m in rx.finditer(c.seg):
            if cs + m.start() in c.consumed:
                continue
            how = c.scope.of(cs + m.start())
            keep_human = human == (c.positive == (how != "negated"))
            if c.hard and how != "unsure" and st.fields.get(name) == "string":
                st.filters.append(Filter(name, "!=" if keep_human else "=", value))
            elif c.hard and how != "unsure":
                st.notes.append(f"{st.text[cs + m.start(): cs + m.end()]!r}: this index holds no generated answers "
                                "(no 'kind' field), so every document is human-written; nothing to filter")
            _consume(c.consumed, cs + m.start(), cs + m.end())
    return feats


#: The field readers in the order they run: each gets the features the one before left.
_FIELD_READERS: tuple[Callable[[_Clause, list[Feature]], list[Feature]], ...] = (
    _provenance, _known_values, _sources, _authors, _language, _document_date, _numeric_fields, _named_comparisons,
    _boolean_fields, _explicit_fields,
)


def filters_for_clause(
    st: State, cs: int, ce: int, polarity: str, feats: list[Feature], consumed: Spans, *, certain: bool = True,
    scope: Scope | None = None,
) -> list[Feature]:
    """Turn references to real fields into filters; returns the features left for criteria.

    A filter is hard, so it comes only from a clause whose polarity is its own (``certain``: not
    carried over from the clause before) and from words whose scope is clear: no negation that may
    or may not reach them, no "too" or "also" that adds to what counts rather than narrowing it.
    """
    c = _Clause(st, cs, ce, polarity, consumed, certain, scope or Scope(st, cs, ce))
    c.alternatives = _or_joined(c, feats)
    for read in _FIELD_READERS:
        feats = read(c, feats)
    return [f for f in feats if f.start not in consumed and (f.end - 1) not in consumed]


@lru_cache(maxsize=256)
def _word_rx(stem: str) -> re.Pattern[str]:
    """A word starting with ``stem`` ("paywall" -> "paywalled")."""
    return re.compile(r"\b" + re.escape(stem) + r"\w*", re.IGNORECASE)


@lru_cache(maxsize=256)
def _explicit_rx(name: str) -> re.Pattern[str]:
    """"FIELD = value", "FIELD: value", "FIELD is (not) value" for the field ``name``."""
    label = re.escape(name).replace("_", "[_ ]")
    return re.compile(rf"\b{label}\s*(?:(?P<ne>!=|\bis\s+not\b|\bisn't\b)|=|==|:|\bis\b|\bequals\b|\bof\b)\s*"
                      r"(?P<v>\"[^\"]+\"|'[^']+'|[\w.\-]+)", re.IGNORECASE)


@lru_cache(maxsize=256)
def _named_rx(name: str) -> re.Pattern[str]:
    """The field ``name`` (or its plural, or "priced" for price) and the words that may come between
    it and a comparison: "price", "prices are", "price of", "priced", "price:"."""
    label = re.escape(name).replace("_", "[_ ]")
    return re.compile(rf"\b{label}(?:s|d)?(?:\s*:|\s+(?:is|are|was|were|of|that\s+is))?\s*(?=\S)", re.IGNORECASE)


def _coerce(raw: str, ftype: str) -> Any:
    try:
        if ftype == "integer":
            return int(raw)
        if ftype == "number":
            return float(raw)
    except ValueError:
        return raw
    if ftype == "bool":
        return raw.lower() in ("true", "yes", "1")
    return raw


def _no_field_note(what: str, phrase: str, st: State) -> str:
    have = ", ".join(f"{n} ({t})" for n, t in st.fields.items()) or "none"
    if not st.fields_given:
        return f"{phrase!r} refers to the document's {what}, but no fields were given; kept as a text criterion"
    return f"{phrase!r} refers to the document's {what}, but the collection has no such field " \
           f"(fields: {have}); kept as a text criterion"

