"""Named things bound by a relation: "developed by X", "lists X", "described as X", states, "calls X"."""

from __future__ import annotations

import re
from typing import ClassVar

from heedful.plan.rules.cues import SKIP_IT
from heedful.plan.rules.extract.base import Context, Extractor
from heedful.plan.rules.state import Feature
from heedful.plan.rules.terms import entity_list, shared_head, state_terms, term_list
from heedful.plan.rules.words import CTX_STOP, DOCN, ENTITY, LIST_SEP
from heedful.plan.schema import Predicate
from heedful.text.lexicon import DEMONYMS

__all__ = ["CallsExtractor", "DescribedAsExtractor", "RelationExtractor", "SaysDidExtractor", "StateExtractor"]


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
_CALLS = re.compile(
    rf"\b(?:(?:the|whose)\s+{DOCN}\s+|{DOCN}\s+(?:that|which)\s+|it\s+|they\s+)"
    r"(?:calls?|labels?|terms?|dubs?|classes|classifies|describes)\s+"
    # "calls the episode or its series a comedy", "call the film itself a silent film": the object, then
    # what it is called
    r"(?:(?:the|this|that|its|their)\s+[a-z]+(?:\s+or\s+(?:the|this|that|its|their)\s+[a-z]+)?"
    r"(?:\s+(?:itself|themselves))?\s+(?=(?:a|an)\s)"
    r"|it|them|him|her|(?:the|this|that)\s+[a-z]+\s+(?=[A-Z]))?"
    r"\s*(?=[A-Za-z])(?!as\b)"
    rf"|\b(?:the\s+{DOCN}\s+|it\s+|they\s+)(?:says?|states?|reports?|notes?|claims?|confirms?)\s+(?:that\s+)?"
    r"(?:(?:it|they|he|she)\s+)?(?:is|are|was|were)\s+(?:(?:either|an?)\s+)*"
    r"(?:(?:an?\s+)?(?:part|members?|rounds?|stages?|legs?)\s+of\s+(?:the\s+)?)?(?=[A-Za-z])",
    re.IGNORECASE,
)
_STATE_CUE = re.compile(
    r"\b(?P<aux>was|were|is|are|been|being|became|become|becomes|has|have|had|got|gets|get|went|gone|goes|that|which|who|"
    r"says|said|states|stated|reports|reported)\s+"
    r"(?:(?:later|since|subsequently|eventually|officially|permanently|formally|either|now|already|partly|"
    r"partially|largely|completely|entirely|effectively|all)\s+)*(?=[a-z])"
)
# what before "feature", "star", "list" ... makes it a noun or part of one
_NOUN_BEFORE = re.compile(r"(?:\b(?:a|an|the|this|its|their|his|her|each|every)|[\w]-[\w]+)\s+$", re.IGNORECASE)
# words before a verb that make it the instruction's own ("Only include ...", "Please list ...")
_INSTRUCTION_LEAD = re.compile(
    r"\s*+(?:(?:please|only|also|and|do\s+not|don't|don’t|never|(?:you|we)\s+(?:should|must))\s+)*+", re.IGNORECASE
)


class RelationExtractor(Extractor):
    """A named thing after a verb of the passage: "developed by X", "lists X"."""

    kind = "mention"

    def find(self, ctx: Context) -> None:
        st, cs, ce, free = ctx.st, ctx.cs, ctx.ce, ctx.free
        lead_end = _INSTRUCTION_LEAD.match(st.fmask, cs, ce).end()  # type: ignore[union-attr]
        for rx in (_REL_BY, _VERB_OBJ):
            for m in rx.finditer(st.fmask, cs, ce):
                es, ee = m.start("ents"), m.end("ents")
                if not free(es, ee):
                    continue
                if m.start() == lead_end:
                    continue  # "Only include companies ...": the verb is the instruction's, not the passage's
                if rx is _VERB_OBJ and _NOUN_BEFORE.search(st.fmask, max(cs, m.start() - 40), m.start()):
                    continue  # "a full-length feature film", "the star player": a noun, not a verb
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
                ctx.add(Feature("mention", m.start(), ee, Predicate.mentions(rterms), terms=rterms,
                                phrase_start=m.start()))


_SKIP_IT = re.compile(SKIP_IT, re.IGNORECASE)
# a term that a bound or a period qualifies ("active only until 1990"): the word alone says something else
_QUALIFIED = re.compile(r"\s+(?:only\s+)?(?:until|till|up\s+to|through|before|after|since|between|from|in\s+the)\b",
                        re.IGNORECASE)


# a bracket right after a term: "a comedy (a comedy series, sitcom or black comedy)"
_BRACKET = re.compile(r"\s*\((?=(?:a|an|e\.g\.|i\.e\.|such\s+as|including)\s|[^()]*(?:,|\bor\b))([^()]{1,120})\)")
# a list in the clause before a cue: "soap operas, television films and miniseries described as"
_LIST_BEFORE = re.compile(r",\s+\S[^,;:]*\b(?:and|or)\s+\S[^,;:]*$|,\s+\S[^,;:]*,\s+\S[^,;:]*$")


class _TermsAfterCueExtractor(Extractor):
    """The terms listed after a cue phrase (``cue``): "<cue> X, Y or Z"."""

    kind = "mention"
    cue: ClassVar[re.Pattern[str]]
    #: whether a list before the cue may go on after it (see :meth:`find`)
    inside_list: ClassVar[bool] = False

    def find(self, ctx: Context) -> None:
        st, cs, ce, free = ctx.st, ctx.cs, ctx.ce, ctx.free
        then = _SKIP_IT.search(st.fmask, cs, ce)  # "If it calls the band American, skip it"
        ce = then.start() if then else ce
        for m in self.cue.finditer(st.fmask, cs, ce):
            if not free(m.start(), m.end()):
                continue
            terms_l, end = term_list(st.fmask, m.end(), ce)
            terms_l = shared_head(terms_l)
            bracket = _BRACKET.match(st.text, end, ce)  # an aside, masked in fmask
            if terms_l and bracket:  # "a comedy (a comedy series, sitcom or black comedy)": its forms
                more, _ = term_list(st.text, bracket.start(1), bracket.end(1))
                terms_l, end = [*terms_l, *shared_head(more)], bracket.end()
            if len(terms_l) > 1 and self.inside_list and _LIST_BEFORE.search(st.fmask, cs, m.start()):
                # "soap operas, television films and miniseries described as films, single seasons or
                # episodes": whether the list after the cue goes on with the one before it cannot be
                # told, and a test of all its words would leave out what merely mentions one
                continue
            if _QUALIFIED.match(st.fmask, end):
                continue  # "describes as active only up to some year": more than the word says
            if terms_l and free(m.start(), end):
                ctx.add(Feature("mention", m.start(), end, Predicate.mentions(tuple(dict.fromkeys(terms_l))),
                                terms=tuple(terms_l), phrase_start=m.start()))


class DescribedAsExtractor(_TermsAfterCueExtractor):
    """"described as X, Y or Z": the terms listed."""

    cue = _AS_DESC
    inside_list = True


class StateExtractor(Extractor):
    """States: "one that was abandoned, closed or filled in", "airports that have closed"."""

    kind = "mention"

    def find(self, ctx: Context) -> None:
        st, cs, ce, free = ctx.st, ctx.cs, ctx.ce, ctx.free
        for m in _STATE_CUE.finditer(st.fmask, cs, ce):
            terms_l, end = term_list(st.fmask, m.end(), ce, state=m.group("aux").lower())
            if terms_l and free(m.end(), end):
                st_terms = state_terms(terms_l)
                ctx.add(Feature("mention", m.start(), end, Predicate.mentions(st_terms), terms=st_terms,
                                phrase_start=m.start()))


class CallsExtractor(_TermsAfterCueExtractor):
    """"the paragraph calls frigates, corvettes or destroyers", "the text says is Anglican or Baptist"."""

    cue = _CALLS


# "anyone the paragraph says directed a film": what the passage must say its subject did
_SAYS_DID = re.compile(
    rf"\b(?:the\s+{DOCN}\s+|it\s+)?(?:says?|said|states?|reports?)\s+(?:that\s+)?(?:(?:he|she|they|it)\s+)?"
    r"(?P<verb>[a-z]{3,}ed|[a-z]+(?:ote|ew|ung|ang|ank|aught|ought))\s+(?=(?:a|an|the|some|several|two|three|at\s+least)\b)",
    re.IGNORECASE,
)


# words of what the passage calls its subject, not of what the subject did
_SAYS_NOT_DID = frozenset(("called", "named", "based", "located", "known", "described", "considered", "listed",
                           "regarded", "used", "involved", "related"))


class SaysDidExtractor(Extractor):
    """"anyone the paragraph says directed a film": the verb ("directed") is the test; its object only
    says what of, and the passage names that in its own words."""

    kind = "mention"

    def find(self, ctx: Context) -> None:
        st, cs, ce, free = ctx.st, ctx.cs, ctx.ce, ctx.free
        for m in _SAYS_DID.finditer(st.fmask, cs, ce):
            verb = m.group("verb").lower()
            if not free(m.start(), m.end("verb")) or verb in _SAYS_NOT_DID:
                continue
            ctx.add(Feature("mention", m.start(), m.end("verb"), Predicate.mentions((verb,)), terms=(verb,),
                            phrase_start=m.start()))
