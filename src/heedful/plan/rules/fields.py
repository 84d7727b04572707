"""Filters from the collection's own metadata fields: sources, authors, languages, dates, values."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from heedful.plan.rules.cues import is_additive
from heedful.plan.rules.field_clause import FieldClause, consume, field_tokens
from heedful.plan.rules.numeric_fields import named_comparisons, numeric_fields, or_joined
from heedful.plan.rules.scope import Scope
from heedful.plan.rules.state import Feature, State, Values
from heedful.plan.rules.words import ACRONYM, MONTH_NAMES, NAME_WORD, NOT_ENTITY, PUB_RX
from heedful.plan.schema import Predicate
from heedful.store.filters import Filter
from heedful.text.lexicon import (
    COUNTRY_ALIASES,
    DEMONYMS,
    LANGUAGES,
    PLACES,
    PUBLICATION_NOUNS,
    STOPWORDS,
)
from heedful.text.segment import Spans

__all__ = ["field_roles", "filters_for_clause", "values_index"]


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
        if t in ("integer", "number") and "year" in field_tokens(n):
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
_TLD_END = re.compile(r"\.[a-z]{2,}$")
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
        toks = sorted(field_tokens(name), key=len, reverse=True)
        out[name] = Values(
            re.compile(r"(?<!\w)(?:" + "|".join(alts) + r")(?!\w)", re.IGNORECASE), exact, alias,
            re.compile(r"\b(?:" + "|".join(map(re.escape, toks)) + r")(?:s|es|d|ed|ged)?\b", re.IGNORECASE),
        )
    return out


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
                consume(consumed, a, b)


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


def _known_values(c: FieldClause, feats: list[Feature]) -> list[Feature]:
    """Known values of string and list fields."""
    if c.certain and c.polarity != "avoid":
        _value_filters(c.st, c.cs, c.ce, c.polarity, c.scope, c.consumed)
    return feats


def _sources(c: FieldClause, feats: list[Feature]) -> list[Feature]:
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
                    consume(consumed, m.start(), m.end())
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


def _authors(c: FieldClause, feats: list[Feature]) -> list[Feature]:
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
                    consume(consumed, m.start(), m.end())
            elif not au:
                st.notes.append(_no_field_note("author", st.text[m.start():m.end()], st))
        if dropped:
            feats = [f for f in feats if f.start not in dropped]
    return feats


def _language(c: FieldClause, feats: list[Feature]) -> list[Feature]:
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
            consume(c.consumed, cs + m.start(), cs + m.end())
    return feats


def _document_date(c: FieldClause, feats: list[Feature]) -> list[Feature]:
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
                    consume(c.consumed, start, f.end)
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
                    consume(c.consumed, start, f.end)
                    continue
            elif not df and not yf:
                st.notes.append(_no_field_note("date", phrase, st))
        kept.append(f)
    return kept


def _boolean_fields(c: FieldClause, feats: list[Feature]) -> list[Feature]:
    """Boolean fields: "paywalled articles are not relevant" with is_paywalled."""
    st, seg = c.st, c.seg
    if c.hard and st.roles["bool"] and c.has_pub():
        for name, t in st.fields.items():
            if t != "bool":
                continue
            toks = field_tokens(name)
            for tok in sorted(toks, key=len, reverse=True):
                if len(tok) < 4:
                    continue
                bm = _word_rx(tok).search(seg)
                if not bm:
                    continue
                negated = bool(_BOOL_NEGATION.search(seg, max(0, bm.start() - 20), bm.start()))
                value = (not negated) if c.positive else negated
                st.filters.append(Filter(name, "=", value))
                consume(c.consumed, c.cs + bm.start(), c.cs + bm.end())
                break
    return feats


def _explicit_fields(c: FieldClause, feats: list[Feature]) -> list[Feature]:
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
            consume(c.consumed, cs + em.start(), cs + em.end())
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


def _provenance(c: FieldClause, feats: list[Feature]) -> list[Feature]:
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
            consume(c.consumed, cs + m.start(), cs + m.end())
    return feats


#: The field readers in the order they run: each gets the features the one before left.
_FIELD_READERS: tuple[Callable[[FieldClause, list[Feature]], list[Feature]], ...] = (
    _provenance, _known_values, _sources, _authors, _language, _document_date, numeric_fields, named_comparisons,
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
    c = FieldClause(st, cs, ce, polarity, consumed, certain, scope or Scope(st, cs, ce))
    c.alternatives = or_joined(c, feats)
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

