"""Features and text of a clause -> criteria of the plan."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from heedful.plan.criteria import CompareOp
from heedful.plan.rules.cues import NEG, OPPOSITE
from heedful.plan.rules.scope import Scope, negation_before
from heedful.plan.rules.state import Feature, Lazy, State
from heedful.plan.rules.strip import criterion_text
from heedful.plan.rules.words import (
    LIST_GAP,
    NEGATED_VERB,
    OR_WORD,
    REACH,
    WORD_BEFORE,
    clause_text,
    content_words,
)
from heedful.plan.schema import Criterion, Predicate
from heedful.text.lexicon import DEMONYMS, DOC_NOUNS, STOPWORDS

__all__ = ["emit_clause"]


# ("earlier recordings": an adjective of a thing, no time)
_TIME_NOUN = re.compile(r"\b(?:period|periods|times?|era|(?:earlier|later)(?!\s+(?!than\b|on\b|in\b|or\b|and\b)[a-z])|"
                        r"dates?|centur(?:y|ies)|decades?|years?)\b", re.IGNORECASE)
_RELATIVE_WORD = re.compile(r"\b(?:that|which|who|whom|whose|with|without|by)\b")
_PRIORITY = {"time": 0, "number": 1, "format": 2, "place": 3, "mention": 4, "recency": 5}
_KIND_OF = {"time": "time", "number": "number", "format": "format", "place": "place", "mention": "attribute",
            "recency": "time"}


def _record_time(st: State, feats: list[Feature], polarity: str) -> None:
    """Window, as-of and recency go to plan.time (the first of each, from positive clauses)."""
    positive = polarity in ("require", "prefer")
    for f in feats:
        te = f.time
        if f.kind == "recency" and positive and st.recency is None:
            st.recency, st.recency_span = f.recency, (f.start, f.end)
        if te is None:
            continue
        if te.kind == "as_of":
            if st.as_of is None:
                st.as_of, st.as_of_span = te.hi, (te.start, te.end)
            continue
        st.last_window = (te.lo, te.hi)
        if positive and not f.bound and te.kind == "period" and te.lo and te.hi:
            if st.window is None:
                st.window, st.window_span = (te.lo, te.hi), (te.start, te.end)
            elif st.window != (te.lo, te.hi):
                st.notes.append(f"{te.text!r}: only the first time window is kept in plan.time "
                                f"({st.window[0]}..{st.window[1]}); this one stays a criterion")


#: words that name no kind of document of their own ("no Apple products")
_ANY_DOCUMENT = frozenset(DOC_NOUNS | {"product", "products", "listing", "listings", "offer", "offers", "one", "ones",
                                       "anything", "everything", "all", "any"})
_TRAILING_FUNCTION_WORD = re.compile(r"(?:\s+(?:from|by|on|at|in|of|with|for|to))+$", re.IGNORECASE)


def emit_clause(
    st: State, feats: list[Feature], polarity: str, text: str, span: tuple[int, int], is_topic: bool,
    residual: Lazy, consumed: bool, scope: Scope,
) -> None:
    _record_time(st, feats, polarity)
    decidable = [f for f in feats if f.kind != "recency"]
    if is_topic:
        # a generic number in the main description ("chains with more than one location") describes
        # the topic: it never becomes a hard predicate, others are soft
        # they never become hard predicates: a generic one ("more than one") is dropped
        core = [f for f in decidable if f.kind in ("time", "number", "format") and not _generic_number(f)]
        # a negated one ("articles that were not published in 2020") is no part of what the topic holds
        negated = [f for f in core if scope.of(_phrase_start(f)) == "negated"]
        core = [f for f in core if scope.of(_phrase_start(f)) != "negated"]
        _emit_topic(st, core, polarity, text, span, residual, consumed, scope)
        _emit_extras(st, negated, polarity, span, scope)
        # "a magazine that is not French", "a castle outside Angus": what the topic's own words
        # deny of it is an exclusion of its own
        # ("a case that never reached the High Court" excludes the High Court)
        for f in decidable:
            if f.predicate is None or polarity not in ("require", "prefer"):
                continue
            if ((f.kind == "place" and (f.negated or scope.of(_phrase_start(f)) != "plain"))
                    or (f.kind == "mention" and NEGATED_VERB.search(st.masked, max(0, f.start - 60), f.start))):
                _emit_extra(st, replace(f, negated=False), OPPOSITE[polarity], span)
        return

    if polarity in ("exclude", "avoid"):
        decidable = _merge_alternatives(st, decidable)
        # "Memphis suburbs ... not the whole metro area, counties or sports teams from Memphis": a place
        # what is asked for names is no test of what to exclude (it would sink every passage)
        # the same for a name or a word of the query ("Alison Moyet releases ... not about Moyet
        # herself", "shopping malls ... towns that merely contain malls"): every passage asked for
        # names it, so a mention tells nothing; the words stay a text criterion
        decidable = [f for f in decidable if f.kind not in ("place", "mention") or not _named_elsewhere(st, f, span)]
    else:
        decidable = _merge_listed_places(st, decidable)
    neg = bool(NEG.search(text))
    if not decidable:
        if consumed and not residual():
            return  # everything went into filters
        if consumed and polarity == "exclude":
            # "Laptops over $1,500 are not relevant": the filter took the exclusion; the words left
            # name what it was about, and excluding them too would drop every laptop
            clause = clause_text(st.text, *span)
            what = _TRAILING_FUNCTION_WORD.sub("", text)
            if not set(what.lower().split()) <= _ANY_DOCUMENT:
                st.notes.append(f"{clause!r}: its filter applies to every document, not only to {what!r}")
            return
        denied = _DENIED_VERB.search(text) if (neg and not st.asking and polarity in ("require", "prefer")
                                               and "," not in text) else None
        if any(f.kind == "recency" for f in feats):
            kind = "time"
        elif denied and len(NEG.findall(text)) == 1:
            # "a case that never reached the top court": nothing to test, and a text criterion would
            # find what is denied (a sentence says what it names, not what it denies): the opposite
            # polarity on the words without their "never"
            flipped = " ".join((text[:denied.start()] + text[denied.end():]).split())
            flipped = re.sub(r"\b(?:do|does|did)\s+(?=\w)", "", flipped, count=1)
            st.criteria.append(Criterion(flipped, OPPOSITE[polarity], "attribute", None, span))  # type: ignore[arg-type]
            return
        elif neg:
            kind = "negation"
        elif _TIME_NOUN.search(text) and text.count(",") < 2:  # "later battles, campaigns, films, ...": a list
            kind = "time"
        elif polarity in ("require", "prefer"):
            kind = "attribute"
        else:
            kind = "attribute" if _RELATIVE_WORD.search(text) else "topic"
        st.criteria.append(Criterion(text, polarity, kind, None, span))  # type: ignore[arg-type]
        return

    ordered = sorted(decidable, key=lambda f: (_PRIORITY[f.kind], f.start))
    main = ordered[0]
    kind = _KIND_OF[main.kind]
    pred = main.predicate
    pol = polarity
    ctext = text
    unless = _UNLESS.search(st.masked, span[0], _phrase_start(main)) if polarity in ("exclude", "avoid") else None
    if unless is not None and pred is not None and not main.negated and not neg:
        if len(_topic_words(st.masked[span[0]:unless.start()])) <= 2:
            pol = OPPOSITE[polarity]  # "skip labels unless they were founded in 2000 or later" -> require it
            ctext = _UNLESS_SAID.sub(" if ", text, count=1)
        else:
            # "statistics on production are not relevant unless exports are named": only those are
            # left out, which no test of the words after "unless" can tell
            pred, kind = None, "attribute"
    elif main.negated and pred is not None and polarity in ("require", "prefer") and not st.asking and (
            main.kind == "place" or (pred.type == "pattern" and pred.label == "death")):
        # "must be about a castle outside Angus" -> exclude Angus; "only people still alive" -> exclude
        # a death the passage gives
        pol = OPPOSITE[polarity]
    elif main.negated:  # "without a stated date": nothing positive to test
        pred = None
        if main.kind == "format":
            kind = "negation"
    elif neg and pred is not None:
        at = main.phrase_start if main.phrase_start >= 0 else main.start
        nm = negation_before(st, span[0], at)
        conjuncts = list(_NEXT_CONJUNCT.finditer(st.masked, span[0] + nm.end(), at)) if nm and polarity in (
            "require", "prefer") else []
        if conjuncts:
            # "firms whose industry isn't retail and that opened after 1975": the negation is the
            # first conjunct's; only one in the feature's own conjunct negates it ("... and that did
            # not open before 1975")
            nm = negation_before(st, span[0], at, after=conjuncts[-1].end() - span[0])
        flippable: tuple[str, ...] = ("place", "mention", "time") if polarity in ("require", "prefer") else ("place",)
        if nm and _NOT_SAID.match(st.masked, span[0] + nm.end()):
            # "if the paragraph does not say it was founded in 2000 or later, skip it": what is left out
            # is every passage that does not say it, so the saying is required
            flippable = ("place", "mention", "time", "number", "format")
        absent = _absent_or_bound(st, span[0], nm, main, pred) if nm and polarity in ("exclude", "avoid") else None
        if absent is not None:
            # "if it gives no length, or a length of 400 km or less, it does not count": what is left is
            # a requirement that the passage states more than that
            pol, pred = OPPOSITE[polarity], absent
        elif nm and main.kind in flippable and not re.match(r"no\s+longer|without", nm.group(0), re.IGNORECASE):
            pol = OPPOSITE[polarity]  # "players who are not Brazilian are not relevant" -> require Brazilian
            ctext = re.sub(r"\s*\b(?:not|never)\b|n't\b|n’t\b", "", text, count=1, flags=re.IGNORECASE).strip()
            ctext = re.sub(r"\b(?:do|does|did)\s+(?=\w)", "", ctext, count=1)
            ctext = _SAID.sub(" ", ctext, count=1).strip()
        elif nm:
            kind, pred = "negation", None
    st.criteria.append(Criterion(ctext or text, pol, kind, pred, span))  # type: ignore[arg-type]
    _emit_extras(st, ordered[1:], polarity, span, scope)


#: a conjunction that opens another predicate of the same noun, both required ("... and that were ...",
#: "... but whose ..."); after "or" a negation may still be part of what the feature's side says
_NEXT_CONJUNCT = re.compile(r";|\b(?:and|but)\s+(?:also\s+)?(?:that|which|who|whose|where|were|was|is|are|has|have|had)\b",
                            re.IGNORECASE)


# "unless" before what an exclusion tests: what follows it is what is kept
_UNLESS = re.compile(r"\bunless\b", re.IGNORECASE)
_CUE_ONLY = frozenset(("skip", "exclude", "drop", "omit", "ignore", "remove", "discard", "leave", "out", "relevant",
                       "irrelevant", "paragraph", "paragraphs", "passage", "passages", "document", "documents",
                       "any", "all", "every", "anything", "everything", "them", "it", "they", "those", "these",
                       "count", "counts", "wanted", "needed", "please"))


def _topic_words(text: str) -> list[str]:
    """The words of substance before "unless": what the exclusion is about, less its cue."""
    return [w for w in content_words(text) if w.lower() not in _CUE_ONLY]


# the verbs of what a passage says, and a passage as their subject
_SAY = r"(?:explicitly\s+|clearly\s+)?(?:say|state|mention|give|report|specify|show|list|indicate)s?"
_DOC = r"(?:the|this|that|a)\s+(?:paragraph|passage|document|text|article)"
# a negation of saying: "does not say", "doesn't mention", "does not state that"
_NOT_SAID = re.compile(rf"\s+{_SAY}\b", re.IGNORECASE)
# what is left of "the paragraph does not say that" once the criterion is the saying
_SAID = re.compile(rf"(?:^|\s+)(?:{_DOC}\s+|it\s+)?{_SAY}(?:\s+that)?\s+", re.IGNORECASE)
# ... and of "unless the paragraph says that"
_UNLESS_SAID = re.compile(rf"\s*\bunless\b(?:\s+{_DOC}(?:\s+{_SAY})?)?(?:\s+that)?\s+", re.IGNORECASE)
# a plain "not"/"never" before a verb: the one negation a clause can drop to say the opposite
_DENIED_VERB = re.compile(
    r"(?:(?<=\bthat\s)|(?<=\bwho\s)|(?<=\bwhich\s)|(?<=\bwas\s)|(?<=\bwere\s)|(?<=\bhas\s)|(?<=\bhave\s)|"
    r"(?<=\bhad\s))(?:not|never)\s+(?=(?:been\s+)?[a-z]{3,}(?:ed|en|d)\b)", re.IGNORECASE)


_INVERSE: dict[str, CompareOp] = {"<": ">=", "<=": ">", ">": "<=", ">=": "<"}


def _absent_or_bound(st: State, at: int, nm: re.Match[str], f: Feature, pred: Predicate) -> Predicate | None:
    """The complement of "no X, or an X of N or less" as one number predicate ("X > N"), when the
    negation is a plain "no" and an "or" separates it from the bound; else None."""
    if pred.type != "number" or pred.op not in _INVERSE or not pred.context:
        return None
    between = st.masked[at + nm.end():_phrase_start(f)]
    alt = OR_WORD.search(between)
    if alt is None or NEG.search(between):
        return None
    # what the negation denies must be the very quantity the bound is about ("no length ... a length")
    denied = {w.lower()[:5] for w in re.findall(r"[A-Za-z]+", between[:alt.start()])}
    if not any(c.lower()[:5] in denied for c in pred.context):
        return None
    return replace(pred, op=_INVERSE[pred.op])


_DENIED_PART = re.compile(r"\b(?:not|never|no)\b[^,;.]*|n['’]t\b[^,;.]*")


def _named_elsewhere(st: State, f: Feature, span: tuple[int, int]) -> bool:
    """Whether a term of ``f`` is in what the instruction asks for (the query or a positive criterion
    so far)."""
    # "Chinese cities" names what "cities in China" asks for
    return asked_for(st, [*f.terms, *(DEMONYMS[t] for t in f.terms if t in DEMONYMS)])


def asked_for(st: State, terms: Sequence[str], upto: int | None = None) -> bool:
    """Whether a term is in the query or in a positive criterion (the first ``upto`` of them): an
    exclusion that tests it would leave out every passage asked for."""
    # what a criterion says is not wanted ("a lake that is not a reservoir") is not asked for
    asked = [st.query.lower()] + [_DENIED_PART.sub(" ", c.text.lower()) for c in st.criteria[:upto]
                                  if c.polarity in ("require", "prefer")]
    return any(re.search(rf"\b{re.escape(t.lower())}\b", a) for a in asked for t in terms if t.strip())


def _phrase_start(f: Feature) -> int:
    return f.phrase_start if f.phrase_start >= 0 else f.start


def _emit_topic(
    st: State, core: list[Feature], polarity: str, text: str, span: tuple[int, int], residual: Lazy,
    consumed: bool, scope: Scope,
) -> None:
    if (len(core) == 1 and core[0].predicate is not None and residual()
            and _extra_span(st, core[0], span) == span):  # "Paintings made after the 1990s.": one criterion
        f = core[0]
        st.criteria.append(Criterion(text, polarity, _KIND_OF[f.kind], f.predicate, span))  # type: ignore[arg-type]
        return
    if not core or residual():
        if not consumed or residual():
            st.criteria.append(Criterion(text, polarity, "topic", None, span))  # type: ignore[arg-type]
        _emit_extras(st, core, polarity, span, scope)
        return
    ordered = sorted(core, key=lambda f: (_PRIORITY[f.kind], f.start))
    main = ordered[0]
    st.criteria.append(Criterion(text, polarity, _KIND_OF[main.kind], main.predicate, span))  # type: ignore[arg-type]
    _emit_extras(st, ordered[1:], polarity, span, scope)


def _merge_alternatives(st: State, feats: list[Feature]) -> list[Feature]:
    """"a fort described as a ruin, or one that was demolished or razed": mentions joined by "or"
    are one exclusion, any of whose terms excludes; so are the places one exclusion names."""
    return _merge_adjacent(feats, ("mention", "place"), lambda prev, f: bool(
        OR_WORD.search(st.masked, prev.end, f.start) or f.kind == "place"))



def _merge_listed_places(st: State, feats: list[Feature]) -> list[Feature]:
    """"Norwegian or Swedish bands", "films set in France, Italy or Spain": places listed side by side
    in a positive clause are alternatives, one criterion any of whose places satisfies it (not one
    criterion per place, which would ask for all of them)."""
    return _merge_adjacent(feats, ("place",), lambda prev, f: bool(LIST_GAP.fullmatch(st.masked, prev.end, f.start)))


def _merge_adjacent(feats: list[Feature], kinds: tuple[str, ...],
                    joined: Callable[[Feature, Feature], bool]) -> list[Feature]:
    """Neighbouring ``mentions`` features of one of ``kinds`` that ``joined`` links, as one whose terms
    are both's ("French or German": any of them)."""
    out: list[Feature] = []
    for f in sorted(feats, key=lambda f: f.start):
        prev = out[-1] if out else None
        if (prev is not None and prev.kind == f.kind and f.kind in kinds and not prev.negated and not f.negated
                and prev.predicate is not None and f.predicate is not None
                and prev.predicate.type == f.predicate.type == "mentions" and joined(prev, f)):
            terms = tuple(dict.fromkeys(prev.predicate.terms + f.predicate.terms))
            out[-1] = Feature(f.kind, prev.start, f.end, Predicate.mentions(terms), terms=prev.terms + f.terms,
                              phrase_start=prev.phrase_start)
        else:
            out.append(f)
    return out


def _generic_number(f: Feature) -> bool:
    """"more than one", "at least one", "one or more": says there are several, not how many."""
    n = f.num
    return n is not None and n.op in (">", ">=") and isinstance(n.value, (int, float)) and n.value <= 1 and n.unit is None


def _extra_span(st: State, f: Feature, span: tuple[int, int]) -> tuple[int, int]:
    s = f.phrase_start if f.phrase_start >= 0 else f.start
    # reach back over up to two content words that the feature qualifies ("born", "population")
    for _ in range(2):
        m = WORD_BEFORE.search(st.masked, max(span[0], s - REACH), s)
        if not m or m.group(1).lower() in STOPWORDS:
            break
        s = m.start(1)
    return max(s, span[0]), min(f.end, span[1])


# Criteria made from the secondary features of one clause. A clause naming more dates, numbers or
# formats than this is a list, not a set of conditions to judge each passage by; the rest stay in
# the words of the clause's own criterion.
_MAX_EXTRAS = 32


def _emit_extras(st: State, feats: list[Feature], polarity: str, span: tuple[int, int], scope: Scope) -> None:
    """Criteria for secondary features; one under a negation of its own ("... that were not published
    in 2020") takes the opposite polarity, or stays in the clause's words when that cannot be said."""
    for f in feats[:_MAX_EXTRAS]:
        if scope.of(_phrase_start(f)) != "negated":
            _emit_extra(st, f, polarity, span)
        elif polarity in ("require", "prefer") and f.kind in ("time", "place", "mention"):
            _emit_extra(st, f, OPPOSITE[polarity], span)
    if len(feats) > _MAX_EXTRAS:
        head = " ".join(st.text[span[0]:span[1]].split()[:6])
        st.notes.append(f"the clause starting {head!r} names {len(feats) + 1} dates, numbers or formats; the first "
                        f"{_MAX_EXTRAS + 1} became criteria and the rest stay in its text")


def _emit_extra(st: State, f: Feature, polarity: str, span: tuple[int, int]) -> None:
    """A criterion for a secondary feature of a clause, spanning its own words."""
    if f.predicate is None or f.negated:
        return
    s, e = _extra_span(st, f, span)
    text = criterion_text(st.text[s:e]) or st.text[s:e].strip()
    if polarity in ("exclude", "avoid"):  # "never reached the High Court" excludes "reached the High Court"
        text = re.sub(r"^(?:never|not)\s+", "", text, flags=re.IGNORECASE) or text
    st.criteria.append(Criterion(text, polarity, _KIND_OF[f.kind], f.predicate, (s, e)))  # type: ignore[arg-type]

