"""Features of a clause: times, numbers, formats, places and named things bound by a relation."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from heedful.plan._lexicon import (
    DEMONYMS,
    DOC_NOUNS,
    EVENT_PARTICIPLES,
    LANGUAGES,
    NON_BINDING,
    PLACES,
    PUBLICATION_NOUNS,
)
from heedful.plan._numbers import NumExpr, find_numbers
from heedful.plan._segment import Spans
from heedful.plan._timex import TimeExpr, find_relative, find_times
from heedful.plan.rules.formats import (
    FORMAT_NOUNS,
    FORMAT_PATTERNS,
    FORMAT_RE,
    NEGATED_FORMAT,
    SAYS_WHEN,
    STRONG_MONEY,
    UNIT_FORMS,
    YEAR_OF,
    unit_list,
)
from heedful.plan.rules.state import Feature, State
from heedful.plan.rules.terms import entity_list, place_terms, state_terms, term_list
from heedful.plan.rules.words import (
    ACRONYM,
    CTX_STOP,
    DOCN,
    ENTITY,
    LIST_SEP,
    NOT_ENTITY,
    REACH,
    SPACES,
    WORD_BEFORE,
)
from heedful.plan.schema import Predicate

__all__ = ["extract_features"]


_TIME_ANAPHOR = re.compile(
    r"\b(?:that|this|the\s+same|those|these|the\s+(?:above|given|stated|named|specified|requested|chosen))\s+"
    r"(?:time|times|period|periods|years?|era|dates?|window|timeframe|time\s+frame|span)\b",
    re.IGNORECASE,
)
_RECENCY_LATEST = re.compile(
    r"\b(?:the\s+)?(?:latest|most\s+recent(?:ly)?|newest|most\s+up[\s-]to[\s-]date|up[\s-]to[\s-]date|"
    r"recent(?:ly)?|freshest|current\s+(?:version|information|status|state|data|figures?|numbers?))\b",
    re.IGNORECASE,
)
_RECENCY_EARLIEST = re.compile(r"\b(?:the\s+)?(?:earliest|oldest|original\s+versions?|first\s+versions?)\b", re.IGNORECASE)
_RELATIVE_HINT = re.compile(r"\b(?:last|past|previous|preceding|this)\s+(?:\d+\s+|few\s+|\w+\s+)?"
                            r"(?:days?|weeks?|months?|years?|decades?)\b", re.IGNORECASE)
_PLACE_RE = re.compile(
    r"\b(?P<cue>based\s+(?:in|out\s+of)|located\s+(?:in|at)|situated\s+in|headquartered\s+in|born\s+in|"
    r"raised\s+in|native\s+to|endemic\s+to|indigenous\s+to|found\s+in|grown\s+in|grows?\s+in|growing\s+in|"
    r"lives?\s+in|living\s+in|resident\s+in|residing\s+in|set\s+in|filmed\s+in|formed\s+in|founded\s+in|"
    r"built\s+in|from|in|within|across|throughout|outside(?:\s+of)?|of)\s*,?\s+"
    r"(?:(?:the\s+)?(?:state|province|country|city|town|region|county|island|republic|kingdom|nation|"
    r"territory|area)\s+of\s+)?"
    rf"(?P<ents>{ENTITY}(?:{LIST_SEP}{ENTITY})*)"
)
_LOCATIVE_CUES = frozenset({
    "based in", "based out of", "located in", "located at", "situated in", "headquartered in", "born in",
    "raised in", "native to", "endemic to", "indigenous to", "found in", "grown in", "grow in", "grows in",
    "growing in", "lives in", "live in", "living in", "resident in", "residing in", "set in", "filmed in",
    "formed in", "founded in", "built in", "from",
})
_PLACE_NOUNS = re.compile(
    r"\b(?:towns?|cities|city|villages?|places?|locations?|suburbs?|regions?|areas?|countries|country|states?|"
    r"provinces?|municipalit(?:y|ies)|communit(?:y|ies)|counties|county|localities|locality|sites?|parks?|"
    r"airports?|castles?|buildings?|stations?|schools?|universities|universit(?:y)|hospitals?|museums?|"
    r"people|persons?|players?|athletes?|bands?|artists?|companies|company|firms?|species|plants?|animals?|"
    r"birds?|trees?)\s*$",
    re.IGNORECASE,
)
_PLACE_SUFFIX = re.compile(
    r"(?:City|County|Province|State|Island|Islands|Region|Valley|Mountains|Bay|Coast|Republic|Kingdom|"
    r"Territory|Peninsula|Prefecture|District|Oblast|Canton|Shire)$"
)
_REL_BY = re.compile(
    r"\b(?:developed|written|co-written|produced|co-produced|directed|published|created|designed|composed|"
    r"performed|recorded|sung|founded|owned|operated|made|built|manufactured|released|issued|distributed|edited|"
    r"illustrated|drawn|authored|hosted|presented|coached|managed|run|led|acquired|bought|sponsored|funded|signed|"
    r"drafted|voiced|narrated|translated|invented|discovered|painted|engineered|programmed|animated|"
    r"commissioned|administered|maintained|serviced|served|operated|controlled|governed|ruled|won|"
    r"serialized|serialised|featured|appeared|aired|broadcast|shown|printed|played|listed|streamed|syndicated|"
    r"ran|available|signed|starring|featuring|coached|trained|employed|hired|backed|endorsed|nominated|awarded)"
    r"\s+(?:(?:solely|entirely|only|jointly|partly|mainly|originally|primarily|first|exclusively|mostly)\s+)?"
    r"(?:(?:by|with|for|on|in|at|through|via|under)\s+)?"
    rf"(?P<ents>{ENTITY}(?:{LIST_SEP}{ENTITY})*)"
)
_VERB_OBJ = re.compile(
    r"\b(?:lists?|listing|listed|mentions?|mentioning|mentioned|names?|naming|contains?|containing|includes?|"
    r"including|features?|featuring|uses?|using|cites?|citing|quotes?|quoting|stars?|starring|references?|"
    r"referencing|involves?|involving|wins?|won|winning|received|receives|earned|earns|holds|held)\s+"
    r"(?:(?P<art>a|an|the|any|at\s+least\s+one)\s+)?"
    rf"(?P<ents>{ENTITY}(?:{LIST_SEP}{ENTITY})*|(?P<low>[a-z][a-z\-]+(?:\s+[a-z][a-z\-]+)?))"
)
_AS_DESC = re.compile(
    r"\b(?:describ(?:es|ed|e)|identif(?:ies|ied|y)|names?|named|classif(?:ies|ied|y)|calls?|called|labels?|"
    r"label(?:l)?ed|lists?|listed|characteri[sz](?:es|ed|e)|considers?|considered|refers?\s+to|referred\s+to|"
    r"recogni[sz](?:es|ed|e)|regards?|regarded|marks?|marked|presents?|presented|categori[sz](?:es|ed|e)|"
    r"known|described|designated|designates?)\s+(?:(?:it|them|him|her|itself|explicitly|clearly|only|initially|"
    r"originally)\s+)?as\s+"
)
_AS_TERM = re.compile(
    r"(?:(?:a|an|the|being|having|some|one|kind\s+of|type\s+of|form\s+of)\s+)*"
    r"(?P<t>[A-Za-z][\w\-'’]*(?:\s+(?![Aa]s\b|[Oo]r\b|[Aa]nd\b|[Bb]ut\b)[A-Za-z][\w\-'’]*)?)"
)
_CALLS = re.compile(
    rf"\b(?:the\s+{DOCN}\s+|it\s+|they\s+)(?:calls?|labels?|terms?|dubs?|classes|classifies|describes)\s+"
    r"(?:it|them|him|her)?\s*(?=[A-Za-z])(?!as\b)"
    rf"|\b(?:the\s+{DOCN}\s+|it\s+|they\s+)(?:says?|states?|reports?|notes?|claims?|confirms?)\s+(?:that\s+)?"
    r"(?:(?:it|they|he|she)\s+)?(?:is|are|was|were)\s+(?:(?:either|an?)\s+)*(?=[A-Za-z])",
    re.IGNORECASE,
)
_STATE_CUE = re.compile(
    r"\b(?P<aux>was|were|is|are|been|being|became|become|becomes|has|have|had|got|gets|get|went|gone|goes|that|which|who)\s+"
    r"(?:(?:later|since|subsequently|eventually|officially|permanently|formally|either|now|already|partly|"
    r"partially|largely|completely|entirely|effectively|all)\s+)*(?=[a-z])"
)
_BINDING_WORD = re.compile(
    r"(?<![\w\-'])(?P<w>[A-Za-z][A-Za-z\-']*)\s+(?:(?:only|first|originally|initially|officially|still|also|actually|"
    r"exclusively|probably|likely|mainly|mostly)\s+)*(?:(?:in|on|during|around|circa|at|to|from|between|"
    r"sometime\s+in)\s+)?(?:the\s+(?:year|years|period)\s+)?$"
)
_SUBJECT_BEFORE = re.compile(r"(?<![A-Za-z])([A-Za-z]+)\s+(?:(?:was|were|has|have|had)\s+)?$")


def _time_binding(st: State, cs: int, te: TimeExpr, doc_noun_end: Callable[[], int]) -> tuple[bool, bool, int]:
    """(bound to an event, about the document's own date, start of the binding word).

    ``doc_noun_end()``: where the clause's first word for a document ends (after the clause if none).
    """
    m = _BINDING_WORD.search(st.masked, max(cs, te.start - REACH), te.start)
    if not m:
        return False, False, te.start
    w = m.group("w").lower()
    at = m.start("w")
    if w in NON_BINDING:
        return False, False, te.start
    if w in PUBLICATION_NOUNS:
        return False, True, te.start if te.text.startswith(("from", "between")) else cs + m.end("w") + 1
    bound = w in EVENT_PARTICIPLES or (w.endswith("ed") and len(w) > 4 and w not in ("interested", "focused"))
    subj = _SUBJECT_BEFORE.search(st.masked, max(cs, at - REACH), at)
    if subj and subj.group(1).lower() in ("what", "anything", "something", "everything", "whatever", "events",
                                          "things") and (
            w in ("happened", "occurred", "held", "done", "going", "took", "existed", "started", "began", "ended")
            or subj.group(1).lower() in ("what", "events", "things", "whatever")):
        bound = False  # "what happened between 1995 and 2002": the period itself; not "anything built after 1945"
    # the document's own date: "articles published in 2023", "posted after May"; not "novels published"
    prev = WORD_BEFORE.search(st.masked, max(cs, at - REACH), at)
    prev_w = prev.group(1).lower() if prev else ""
    generic = prev_w in ("anything", "everything", "something", "nothing", "stuff", "material", "content", "whatever")
    doc_subject = generic or prev_w in PUBLICATION_NOUNS or prev_w in DOC_NOUNS or prev_w in (
        "that", "which", "were", "was", "are", "is", "only", "been", "") or bool(prev and prev.group(1)[0].isupper())
    doc = w in ("posted", "uploaded", "filed", "updated") or (
        w in ("published", "dated", "written", "issued", "released", "created", "modified")
        and (generic or doc_noun_end() <= te.start) and doc_subject)
    return bound and not doc, doc, at


def extract_features(st: State, cs: int, ce: int, polarity: str) -> list[Feature]:
    seg = st.fmask[cs:ce]
    feats: list[Feature] = []
    taken = Spans()
    free = taken.free

    # time
    times = [TimeExpr(t.start + cs, t.end + cs, t.kind, t.lo, t.hi, t.gran, t.text, t.named) for t in find_times(seg)]
    if _RELATIVE_HINT.search(seg):
        today = st.today
        if today is None:
            today = date.today()
            st.notes.append(f"relative dates counted from the system date {today.isoformat()}; pass today= "
                            "for reproducible plans")
        times += [TimeExpr(t.start + cs, t.end + cs, t.kind, t.lo, t.hi, t.gran, t.text, t.named)
                  for t in find_relative(seg, today)]
    bc = _BC_RE.search(seg)
    if bc:
        st.notes.append(f"{bc.group(0)!r}: dates BC are not supported; the time stays in the text")
        times = []
    first_doc_noun: list[int] = []

    def doc_noun_end() -> int:
        if not first_doc_noun:
            m = _ANY_DOC_NOUN.search(st.masked, cs, ce)
            first_doc_noun.append(m.end() if m else ce + 1)
        return first_doc_noun[0]

    for te in sorted(times, key=lambda t: t.start):
        if not free(te.start, te.end):
            continue
        bound, doc, at = _time_binding(st, cs, te, doc_noun_end)
        if te.kind == "as_of":
            pred = None
        elif bound and te.year_predicate():
            op, val = te.year_predicate()  # type: ignore[misc]
            pred = Predicate.year(op, val)  # type: ignore[arg-type]
        else:
            pred = Predicate.date_window(te.lo, te.hi)
        feats.append(Feature("time", te.start, te.end, pred, te, bound=bound, doc_level=doc,
                              phrase_start=at if (bound or doc) else -1))
        taken.add(te.start, te.end)
    if not any(f.kind == "time" for f in feats) and st.last_window:
        am = _TIME_ANAPHOR.search(seg)
        if am:
            lo, hi = st.last_window
            feats.append(Feature("time", cs + am.start(), cs + am.end(), Predicate.date_window(lo, hi)))
            taken.add(cs + am.start(), cs + am.end())
    for rx, which in ((_RECENCY_LATEST, "latest"), (_RECENCY_EARLIEST, "earliest")):
        for m in rx.finditer(seg):
            s, e = cs + m.start(), cs + m.end()
            if free(s, e):
                feats.append(Feature("recency", s, e, None, recency=which))
                taken.add(s, e)
            break

    # numbers
    for n in find_numbers(seg):
        s, e = n.start + cs, n.end + cs
        if not free(s, e):
            continue
        pred = Predicate.number(n.op, n.value, unit=n.unit, context=n.context)  # type: ignore[arg-type]
        feats.append(Feature("number", s, e, pred, num=NumExpr(s, e, n.op, n.value, n.unit, n.context, n.text)))
        taken.add(s, e)

    # a number in named units: "the top load as a number (kg or lb)", "heights given in metres"
    if not any(f.kind == "number" for f in feats):
        um = unit_list(st, cs, ce)
        if um is not None:
            us, ue, units = um
            if free(us, ue):
                forms = sorted({f for u in units for f in UNIT_FORMS[u]}, key=lambda f: (-len(f), f))
                alts = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms)
                unit_rx = r"\b\d[\d,]*(?:\.\d+)?\s?(?:" + alts + r")(?!\w)"
                feats.append(Feature("format", us, ue, Predicate.pattern(unit_rx,
                                                                          label="number in " + " or ".join(units))))
                taken.add(us, ue)

    # formats
    has_number = any(f.kind == "number" for f in feats)
    has_format = any(f.kind == "format" for f in feats)
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
        feats.append(Feature("format", s, e, Predicate.pattern(FORMAT_PATTERNS[label], label=label),
                              negated=negated))
        taken.add(s, e)
        break
    if not any(f.kind == "format" for f in feats):
        wm = SAYS_WHEN.search(seg)
        if wm and free(cs + wm.start(), cs + wm.end()):
            feats.append(Feature("format", cs + wm.start(), cs + wm.end(),
                                  Predicate.pattern(FORMAT_PATTERNS["year"], label="year")))
            taken.add(cs + wm.start(), cs + wm.end())
    if not any(f.kind == "format" for f in feats):
        m2 = STRONG_MONEY.search(seg)
        if m2 and free(cs + m2.start(), cs + m2.end()):
            feats.append(Feature("format", cs + m2.start(), cs + m2.end(),
                                  Predicate.pattern(FORMAT_PATTERNS["money"], label="money")))
            taken.add(cs + m2.start(), cs + m2.end())

    # places
    for m in _PLACE_RE.finditer(st.fmask, cs, ce):
        cue = SPACES.sub(" ", m.group("cue").lower())
        s_ents = m.start("ents")
        if not free(s_ents, m.end("ents")):
            continue
        ents = entity_list(m.group("ents"))
        if not ents:
            continue
        negated = cue.startswith("outside")
        keep: list[str] = []
        for ent in ents:
            known = ent in PLACES or ("the " + ent) in PLACES or bool(_PLACE_SUFFIX.search(ent))
            if cue == "of":
                ok = known
            elif cue in ("in", "within", "across", "throughout"):
                prev = st.fmask[max(cs, m.start() - 40):m.start()]
                ok = known or bool(_PLACE_NOUNS.search(prev)) and not _REL_BY_PREFIX.search(prev)
            elif cue == "from":
                prev = st.fmask[max(cs, m.start() - 40):m.start()]
                pub = _PUB_AT_END.search(prev)
                ok = known or not (pub or ACRONYM.fullmatch(ent))
            else:
                ok = True
            if ok:
                keep.append(ent)
        if not keep:
            continue
        terms: list[str] = []
        for ent in keep:
            terms.extend(place_terms(ent))
        feats.append(Feature("place", m.start(), m.end("ents"), Predicate.mentions(tuple(dict.fromkeys(terms))),
                              negated=negated, terms=tuple(keep), phrase_start=m.start()))
        taken.add(m.start(), m.end("ents"))
    for m in _DEMONYM_RE.finditer(seg):
        s, e = cs + m.start(), cs + m.end()
        if not free(s, e):
            continue
        dem = m.group("d")
        if _DEMONYM_AS_KIND.match(seg, m.end(), m.end() + 20):
            continue
        back = max(0, m.start() - REACH)
        if dem in LANGUAGES and _LANGUAGE_CUE_BEFORE.search(seg, back, m.start()):
            continue
        predicative = bool(_PREDICATIVE_BEFORE.search(seg, back, m.start()))
        if polarity in ("exclude", "avoid") and not predicative:
            continue
        place = DEMONYMS[dem]
        dterms = tuple(dict.fromkeys([dem, *place_terms(place)]))
        feats.append(Feature("place", s, e, Predicate.mentions(dterms), terms=(dem,)))
        taken.add(s, e)

    if polarity in ("require", "prefer"):
        for m in _ATTR_PLACE.finditer(seg):
            s, e = cs + m.start(), cs + m.end()
            if free(s, e) and m.group(0) not in NOT_ENTITY:
                feats.append(Feature("place", s, e, Predicate.mentions(place_terms(m.group(0))),
                                      terms=(m.group(0),)))
                taken.add(s, e)

    # named things bound by a relation
    lead_end = _INSTRUCTION_LEAD.match(st.fmask, cs, ce).end()  # type: ignore[union-attr]
    for rx in (_REL_BY, _VERB_OBJ):
        for m in rx.finditer(st.fmask, cs, ce):
            es, ee = m.start("ents"), m.end("ents")
            if not free(es, ee):
                continue
            if m.start() == lead_end:
                continue  # "Only include companies ...": the verb is the instruction's, not the passage's
            if m.groupdict().get("low"):
                if m.group("art"):
                    continue
                low = m.group("low")
                words = low.split()
                if words[0] in CTX_STOP or words[0].endswith("ing"):
                    continue
                # "use peanuts, almonds or cashews": every listed alternative
                listed, lend = term_list(st.fmask, es, ce, max_words=2)
                if len(listed) > 1 and all(t[:1].islower() for t in listed):
                    rterms: tuple[str, ...] = tuple(dict.fromkeys(listed))
                    ee = lend
                else:
                    if len(words) > 1 and words[1] in CTX_STOP:
                        words = words[:1]
                    term = " ".join(words)
                    ee = es + len(term)
                    rterms = (term,)
            else:
                rterms = tuple(e for e in entity_list(m.group("ents")) if e not in DEMONYMS)
                if not rterms:
                    continue
            feats.append(Feature("mention", m.start(), ee, Predicate.mentions(rterms), terms=rterms,
                                  phrase_start=m.start()))
            taken.add(m.start(), ee)
    for m in _AS_DESC.finditer(st.fmask, cs, ce):
        if not free(m.start(), m.end()):
            continue
        terms_l, end = term_list(st.fmask, m.end(), ce)
        if terms_l and free(m.start(), end):
            feats.append(Feature("mention", m.start(), end, Predicate.mentions(tuple(dict.fromkeys(terms_l))),
                                  terms=tuple(terms_l), phrase_start=m.start()))
            taken.add(m.start(), end)
    # states: "one that was abandoned, closed or filled in", "airports that have closed"
    for m in _STATE_CUE.finditer(st.fmask, cs, ce):
        terms_l, end = term_list(st.fmask, m.end(), ce, state=m.group("aux").lower())
        if terms_l and free(m.end(), end):
            st_terms = state_terms(terms_l)
            feats.append(Feature("mention", m.start(), end, Predicate.mentions(st_terms), terms=st_terms,
                                  phrase_start=m.start()))
            taken.add(m.start(), end)
    # "the paragraph calls frigates, corvettes or destroyers", "the text says is Anglican or Baptist"
    for m in _CALLS.finditer(st.fmask, cs, ce):
        if not free(m.start(), m.end()):
            continue
        terms_l, end = term_list(st.fmask, m.end(), ce)
        if terms_l and free(m.start(), end):
            feats.append(Feature("mention", m.start(), end, Predicate.mentions(tuple(dict.fromkeys(terms_l))),
                                  terms=tuple(terms_l), phrase_start=m.start()))
            taken.add(m.start(), end)
    feats.sort(key=lambda f: f.start)
    return feats


_BC_RE = re.compile(r"\b\d+\s*(?:BC|BCE|B\.C\.(?:E\.)?)(?!\w)")
# a demonym that names a kind of thing, not a place ("Canadian football", "French language")
_DEMONYM_AS_KIND = re.compile(r"\s*(?:football|rules|language|languages|dollars?|cuisine|food|style|version|edition|"
                              r"english|french|spanish|sign|government|army|navy|air\s+force)\b", re.IGNORECASE)
_LANGUAGE_CUE_BEFORE = re.compile(r"\b(?:in|into|from|speak\w*|language)\s+$", re.IGNORECASE)
_PREDICATIVE_BEFORE = re.compile(r"\b(?:as|is|are|was|were|being|be)\s+(?:not\s+|never\s+)?(?:a\s+|an\s+)?$")
# words before a verb that make it the instruction's own ("Only include ...", "Please list ...")
_INSTRUCTION_LEAD = re.compile(
    r"\s*+(?:(?:please|only|also|and|do\s+not|don't|don’t|never|(?:you|we)\s+(?:should|must))\s+)*+", re.IGNORECASE
)
_DEMONYM_RE = re.compile(r"\b(?P<d>" + "|".join(sorted(DEMONYMS, key=len, reverse=True)) + r")\b")
_ANY_DOC_NOUN = re.compile(r"\b(?:" + "|".join(sorted(PUBLICATION_NOUNS | DOC_NOUNS)) + r")\b", re.IGNORECASE)
_PUB_AT_END = re.compile(r"\b(?:" + "|".join(sorted(PUBLICATION_NOUNS)) + r")\s*$", re.IGNORECASE)
_ATTR_PLACE = re.compile(
    r"(?<![\w.])(?:" + "|".join(re.escape(p) for p in sorted(
        (p for p in PLACES if not p.startswith("the ")), key=len, reverse=True)) + r")(?=\s+[a-z])"
)
_REL_BY_PREFIX = re.compile(
    r"\b(?:serialized|serialised|published|featured|appeared|aired|broadcast|shown|printed|played|listed|"
    r"issued|released|recorded|streamed|available|starred|starring|cast)\s*$",
    re.IGNORECASE,
)

