"""Places in a clause: "based in X", "outside X", nationalities ("Canadian"), a place before a noun."""

from __future__ import annotations

import re

from heedful.plan.rules.cues import EXCLUDE_HEAD
from heedful.plan.rules.extract.base import Context, Extractor
from heedful.plan.rules.state import Feature
from heedful.plan.rules.terms import entity_list, place_terms
from heedful.plan.rules.words import (
    ACRONYM,
    ENTITY,
    LIST_GAP,
    LIST_SEP,
    NOT_ENTITY,
    REACH,
    SPACES,
    content_words,
)
from heedful.plan.schema import Predicate
from heedful.text.lexicon import DEMONYMS, LANGUAGES, PLACES, PUBLICATION_NOUNS

__all__ = ["AttributivePlaceExtractor", "DemonymExtractor", "PlaceExtractor"]


# "southern Africa", "northern Italy": a part of a place, named with it
_PART = r"(?:(?:(?:north|south)-?(?:east|west)?|east|west)ern\s+|central\s+)"
_PART_RX = re.compile("^" + _PART)
_PLACE_RE = re.compile(
    r"\b(?P<cue>based\s+(?:in|out\s+of)|located\s+(?:in|at)|situated\s+in|headquartered\s+in|born\s+in|"
    r"raised\s+in|native\s+to|endemic\s+to|indigenous\s+to|found\s+in|grown\s+in|grows?\s+in|growing\s+in|"
    r"lives?\s+in|living\s+in|resident\s+in|residing\s+in|set\s+in|filmed\s+in|formed\s+in|founded\s+in|"
    r"built\s+in|from|in|within|across|throughout|outside(?:\s+of)?|of)\s*,?\s+"
    r"(?:(?:the\s+)?(?:state|province|country|city|town|region|county|island|republic|kingdom|nation|"
    r"territory|area)\s+of\s+)?"
    rf"(?P<ents>{_PART}?{ENTITY}(?:{LIST_SEP}{_PART}?{ENTITY})*)"
)
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
# a demonym that names a kind of thing, not a place ("Canadian football", "French language")
_DEMONYM_AS_KIND = re.compile(r"\s*(?:football|rules|language|languages|dollars?|cuisine|food|style|version|edition|"
                              r"horns?|fries|toast|cheese|pastry|pastries|shepherds?|bulldogs?|terriers?|open|"
                              r"grand\s+prix|revolution|empire|"
                              r"english|french|spanish|sign|government|army|navy|air\s+force)\b", re.IGNORECASE)
_LANGUAGE_CUE_BEFORE = re.compile(r"\b(?:in|into|from|speak\w*|language)\s+$", re.IGNORECASE)
_PREDICATIVE_BEFORE = re.compile(r"\b(?:as|is|are|was|were|being|be)\s+(?:not\s+|never\s+)?(?:a\s+|an\s+)?$"
                                 r"|\b(?:calls?|called|labels?|labell?ed|describes?|described)\s+(?:it|them|him|her|"
                                 r"(?:the|this|that)\s+[a-z]+)\s+$"
                                 # "every film that the paragraph calls American": the object came first
                                 r"|\b(?:calls|labels|terms|deems)\s+$")
_ORIGIN_AFTER = re.compile(r"\s+(?:origin|descent|ancestry|heritage|nationality|birth|citizenship)\b", re.IGNORECASE)
_DEMONYM_RE = re.compile(r"\b(?P<d>" + "|".join(sorted(DEMONYMS, key=len, reverse=True)) + r")\b")
# "British-American", "Italian American": two nationalities that name one
_COMPOUND = re.compile(r"(?:" + _DEMONYM_RE.pattern + r")(?:[-\s](?:" + _DEMONYM_RE.pattern.replace("?P<d>", "?:")
                       + r"))+\b")
# between two nationalities of one list: "French, German or Dutch", "French and/or German"
_HYPHEN_BEFORE = re.compile(r"(?<=[A-Za-z])-$")
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


_NAME_BEFORE_OF = re.compile(r"(?<![.!?:]\s)(?<!^)\b[A-Z][a-z]+\s*$")


class PlaceExtractor(Extractor):
    """Places after a locative cue: "based in X", "from X", "outside X"."""

    kind = "place"

    def find(self, ctx: Context) -> None:
        st, cs, ce, free = ctx.st, ctx.cs, ctx.ce, ctx.free
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
                    # "the Supreme Court of the United States", "the Bank of England": a name's end
                    ok = known and not _NAME_BEFORE_OF.search(st.fmask, max(cs, m.start() - 40), m.start())
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
                part = _PART_RX.match(ent)
                if part is None:
                    terms.extend(place_terms(ent))
                elif ctx.polarity in ("exclude", "avoid"):
                    terms.append(ent)  # "southern Africa": only that part is left out
                else:
                    # a passage in northern Italy may name only a town there: the whole place is
                    # the test, the part its first term
                    terms.extend((ent, *place_terms(ent[part.end():])))
            ctx.add(Feature("place", m.start(), m.end("ents"), Predicate.mentions(tuple(dict.fromkeys(terms))),
                            negated=negated, terms=tuple(keep), phrase_start=m.start()))


class DemonymExtractor(Extractor):
    """Nationalities: "Canadian bands", "the band is Canadian" (in an exclusion, when predicative or
    when the nationality opens what is excluded: "Skip Norwegian singers")."""

    kind = "place"

    def find(self, ctx: Context) -> None:
        cs, seg, free = ctx.cs, ctx.seg, ctx.free
        polarity = ctx.polarity
        listed_to = -1  # where the last nationality taken ends: the next one in its list is taken too
        compound_to = -1  # where the last compound nationality ends
        for m in _DEMONYM_RE.finditer(seg):
            s, e = cs + m.start(), cs + m.end()
            if not free(s, e):
                continue
            dem = m.group("d")
            if _HYPHEN_BEFORE.search(seg, max(0, m.start() - 1), m.start()) or m.start() < compound_to:
                continue  # the second half of "British-American" or "Italian American": read with the first
            in_list = listed_to >= 0 and bool(LIST_GAP.fullmatch(seg, listed_to, m.start()))
            compound = _COMPOUND.match(seg, m.start())
            if compound is not None:
                # "British-American" is one nationality: it matches as written, not as either half
                # (a British film is not a British-American co-production)
                e = cs + compound.end()
                compound_to = compound.end()
                back = max(0, m.start() - REACH)
                predicative = in_list or bool(_PREDICATIVE_BEFORE.search(seg, back, m.start())
                                              or _ORIGIN_AFTER.match(seg, compound.end()))
                if polarity in ("exclude", "avoid") and not predicative and not _heads_clause(seg, m.start()):
                    continue
                written = " ".join(compound.group(0).split())
                spellings = (written, written.replace(" ", "-"), written.replace("-", " "))
                ctx.add(Feature("place", s, e, Predicate.mentions(tuple(dict.fromkeys(spellings))), terms=(written,)))
                listed_to = compound.end()
                continue
            if _DEMONYM_AS_KIND.match(seg, m.end(), m.end() + 20):
                continue
            back = max(0, m.start() - REACH)
            if dem in LANGUAGES and _LANGUAGE_CUE_BEFORE.search(seg, back, m.start()):
                continue
            predicative = in_list or bool(_PREDICATIVE_BEFORE.search(seg, back, m.start())
                                          or _ORIGIN_AFTER.match(seg, m.end()))
            if polarity in ("exclude", "avoid") and not predicative and not _heads_clause(seg, m.start()):
                continue  # "parishes or French horn players": a kind of thing inside a list
            place = DEMONYMS[dem]
            dterms = tuple(dict.fromkeys([dem, *place_terms(place)]))
            ctx.add(Feature("place", s, e, Predicate.mentions(dterms), terms=(dem,)))
            listed_to = m.end()



def _heads_clause(seg: str, start: int) -> bool:
    """Whether the words before ``start`` are only the clause's cue ("I don't want", "Skip the", "A
    relevant paragraph must not be about a"): the nationality then says who the subject is. Not
    after "other" ("other Jordanian officials": someone beside the subject)."""
    head = EXCLUDE_HEAD.match(seg)
    before = seg[head.end() if head else 0:start]
    if re.search(r"\b(?:other|another)\s+$", before, re.IGNORECASE):
        return False
    return not [w for w in content_words(before) if w.lower() not in _CUE_WORDS]


_CUE_WORDS = frozenset(("relevant", "paragraph", "paragraphs", "passage", "passages", "document", "documents",
                        "must", "should", "any", "anything", "anyone", "about"))


class AttributivePlaceExtractor(Extractor):
    """A known place before a noun in a positive clause ("Texas airports"); in an exclusion it often
    names a kind of thing ("the harbour, parishes or Glasgow football clubs")."""

    kind = "place"

    def find(self, ctx: Context) -> None:
        if ctx.polarity not in ("require", "prefer"):
            return
        cs, seg, free = ctx.cs, ctx.seg, ctx.free
        for m in _ATTR_PLACE.finditer(seg):
            s, e = cs + m.start(), cs + m.end()
            if free(s, e) and m.group(0) not in NOT_ENTITY:
                ctx.add(Feature("place", s, e, Predicate.mentions(place_terms(m.group(0))), terms=(m.group(0),)))

