"""Cue words: what gives a clause its polarity ("only", "are not relevant", "prefer", "avoid", ...)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Literal, NamedTuple

from heedful.plan.rules.words import DOCN

__all__ = [
    "ABOUT",
    "ANAPHORIC",
    "AVOID",
    "CLAUSE_LEAD",
    "CONDITION_HEAD",
    "CUES",
    "CUE_END",
    "DO_NOT",
    "DO_NOT_VERBS",
    "ELAB_HEAD",
    "ELAB_MARK",
    "ELIDED_NOT",
    "EXCEPT",
    "EXCEPTED",
    "EXCLUDE_ANY",
    "EXCLUDE_HEAD",
    "EXCLUDE_MORE",
    "EXCLUDE_MORE_WORDS",
    "EXCLUDE_VERBS",
    "GOT_REMOVED",
    "IF_NOT",
    "IF_SO",
    "IF_WHEN",
    "IT_OR_DOC",
    "LEAVE_OUT_VERBS",
    "MERE_MENTION",
    "NEG",
    "NEG_ADJ",
    "NEG_VERDICTS",
    "NOT_ABOUT",
    "NOT_SHOWN",
    "NOT_TO_BE",
    "ONLY",
    "OPPOSITE",
    "OUTSIDE",
    "OUT_STATES",
    "POS_EXPLICIT",
    "QUESTION",
    "QUESTION_FORM",
    "SKIP_IT",
    "SPARED",
    "TAIL_ADVERBS",
    "TO_BE_REMOVED",
    "VERDICT",
    "VERDICT_MARK",
    "VERDICT_ONLY",
    "YES_NO",
    "Cue",
    "CuePhrase",
    "Polarity",
    "detect",
    "has_any",
    "is_additive",
    "stronger",
]


Polarity = Literal["require", "exclude", "prefer", "avoid"]

#: What a clause of each polarity says when it is negated ("players who are not Brazilian are
#: not relevant" -> require Brazilian): the one flip table.
OPPOSITE: dict[str, str] = {"require": "exclude", "prefer": "avoid", "exclude": "require", "avoid": "prefer"}
#: The polarity of what a clause excepts ("any airport other than those in Texas"): the opposite of
#: a positive clause; what an exclusion spares is welcome, not required.
EXCEPTED: dict[str, str] = {"require": "exclude", "prefer": "avoid", "exclude": "prefer", "avoid": "prefer"}


class CuePhrase(NamedTuple):
    """One way of saying what counts: words, or a small pattern of them, and what they mean."""

    phrase: str  # a regular expression fragment, read case-insensitively
    polarity: Polarity
    scope: Literal["opening", "anywhere"]  # "opening": it starts the clause ("Exclude ...")
    strength: Literal["strong", "soft", "defines"]  # "defines": says what counts ("X are relevant")
    common: bool = True  # False: a rarer form, tried only when one of EXCLUDE_MORE_WORDS occurs


# Vocabulary that the detectors below and the criterion-text strippers (strip.py) both read.
NEG_ADJ = (r"(?:relevant|wanted|needed|required|useful|acceptable|of\s+interest|in\s+scope|considered(?:\s+relevant)?|"
           r"counted|included|responsive|on[\s-]topic|pertinent|helpful|valid|eligible|"
           r"what\s+(?:i|we)(?:'m|’m|'re|\s+am|\s+are)?\s+(?:want|need|looking\s+for|after|asked\s+for|have\s+in\s+mind|"
           r"mean|am\s+looking\s+for))")
# the end of a clause, or words that may trail an exclusion cue ("... are out, too")
CUE_END = r"(?=\s*(?:[,;:.!?)]|$|(?:too|as\s+well|either|entirely|completely|altogether|here|for\s+(?:me|us|this|now))\b))"
TAIL_ADVERBS = (r"(?:also\s+|simply\s+|definitely\s+|automatically\s+|therefore\s+|then\s+|clearly\s+|right\s+|"
                r"all\s+)?")
# "X is out", "X are off-limits", "X are ruled out"
OUT_STATES = (r"out|off[\s-]limits|off\s+the\s+table|a\s+no[\s-]go|not\s+(?:allowed|permitted|accepted|welcome|needed|"
              r"of\s+use)|disallowed|unacceptable|out\s+of\s+(?:bounds|the\s+question|consideration)|omitted|"
              r"disregarded|ruled\s+out|rejected|skipped|filtered\s+out|left\s+out|discarded|eliminated|dismissed")
GOT_REMOVED = r"(?:excluded|dropped|filtered\s+out|ignored|rejected|discarded|skipped|left\s+out)"  # "X get dropped"
# "X should be excluded"
TO_BE_REMOVED = (r"(?:should|must|can|will|need\s+to|ought\s+to|(?:is|are)\s+to)\s+(?:all\s+)?(?:be\s+)?(?:excluded|"
                 r"ignored|discarded|omitted|removed|filtered\s+out|left\s+out|rejected|dropped|skipped|disregarded|"
                 r"ruled\s+out|thrown\s+out|weeded\s+out|screened\s+out|eliminated|set\s+aside|dismissed|struck\s+off)")
# "X should not be shown"
NOT_SHOWN = (r"(?:included|returned|retrieved|counted|considered|shown|ranked|listed|surfaced|accepted|appear|"
             r"show\s+up|feature)")
NOT_TO_BE = r"(?:is|are)\s+not\s+to\s+be\s+(?:included|considered|counted|returned|shown|retrieved)"
OUTSIDE = r"(?:falls?|lies?|is|are)\s+outside\s+(?:the\s+|my\s+|our\s+|this\s+)?(?:scope|remit|brief|criteria|topic)"
# a verdict after a colon or a dash ("Memoirs: not relevant")
VERDICT_MARK = r"(?:[:—–]|\s-\s|--)"
NEG_VERDICTS = (r"not\s+(?:relevant|wanted|needed|of\s+interest|included)|irrelevant|out|excluded|off[\s-]limits|"
                r"out\s+of\s+scope|no")
# the verbs of an order to leave something out ("Exclude ...", "Skip ...")
EXCLUDE_VERBS = (r"exclude|excluding|ignore|ignoring|skip|omit|drop|remove|discard|disregard|reject|eliminate|"
                 r"filter\s+out|leave\s+out|rule\s+out|weed\s+out|keep\s+out|keep\s+away\s+from")
# "If the band is from Texas, skip it", "..., leave them out": the order after a condition
LEAVE_OUT_VERBS = r"(?:leave|rule|weed|filter|throw|screen|cross|cut)"
_SKIP_LEAD = r",\s*(?:then\s+)?(?:please\s+)?(?:just\s+)?"
_SKIP_IT_PHRASES = (rf"{_SKIP_LEAD}(?:{EXCLUDE_VERBS})\s+(?:it|them|him|her|the\s+{DOCN}|that\s+one|those)\b",
                    rf"{_SKIP_LEAD}{LEAVE_OUT_VERBS}\s+(?:it|them|him|her)\s+out\b")
SKIP_IT = "(?:" + "|".join(_SKIP_IT_PHRASES) + ")"
DO_NOT = r"(?:do\s+not|don't|don’t|never)"
DO_NOT_VERBS = r"include|return|show|retrieve|count|consider|want|list|give\s+me|rank"
# "Does the paragraph give ...?", "Is it about ...?": a yes/no question about the passage asks for it
QUESTION_FORM = (rf"(?:does|do|did|is|are|was|were|will|would|can|could|has|have)\s+(?:(?:the|this|that|a|each|every)\s+)?"
                 rf"(?:{DOCN}|it|they|text|he|she)")
IT_OR_DOC = rf"(?:it|they|the\s+{DOCN})"  # "if it ...", "if the passage ..."
# "Documents that merely mention X ...", "a passing mention of X ...": about a mention, not the subject
MERE_MENTION = re.compile(
    r"\b(?:merely|only|just|simply)\s+(?:(?:in\s+passing\s+)?(?:mention|mentions|mentioned|mentioning|refer|refers|"
    r"referred|referring|cite|cites|name|names|compare|compares|reference|references)\b)|\bin\s+passing\b|"
    r"\bpassing\s+(?:mention|reference)s?\b|\b(?:mention|reference)s?\s+in\s+passing\b", re.IGNORECASE)
# "X remain relevant", "Y are still relevant": what an exclusion spares, said again
SPARED = re.compile(
    r"\b(?:remains?|stays?|(?:is|are)\s+still|still\s+(?:is|are)|still)\s+(?:relevant|acceptable|fine|in\s+scope|"
    r"wanted|welcome)\b", re.IGNORECASE)
# what is left of "must not be about ..." once the strippers took "a relevant paragraph must"
NOT_ABOUT = re.compile(r"^(?:(?:must|should|shall|may|can)\s*)?(?:not|never|n't|n’t)\s+(?:be\s+(?:about|on|focused\s+on)\s+|"
                       r"be\s+(?=an?\s)|(?:describe|discuss|cover|concern|deal\s+with|focus\s+on|involve|feature)s?\s+)",
                       re.IGNORECASE)


# "Railways and people are not, even when ...": the verdict left out before a concession
ELIDED_NOT = r"(?:is|are)\s+not\s*,\s*(?:even|though|although|whether|no\s+matter)\b"


def _table() -> tuple[CuePhrase, ...]:
    def rows(polarity: Polarity, scope: Literal["opening", "anywhere"], strength: Literal["strong", "soft", "defines"],
             phrases: list[str], *, common: bool = True) -> list[CuePhrase]:
        return [CuePhrase(p, polarity, scope, strength, common) for p in phrases]

    not_rel = rf"\s+{NEG_ADJ}\b"
    return (
        # "X are not relevant": the common ways of excluding, anywhere in a clause
        *rows("exclude", "anywhere", "strong", [
            r"\b(?:is|are|was|were|be|being)\s+(?:also\s+|therefore\s+|thus\s+|then\s+|generally\s+|usually\s+|"
            r"still\s+|always\s+|probably\s+)?(?:not|never|no\s+longer)" + not_rel,
            r"\b(?:isn't|aren't|wasn't|weren't|isn’t|aren’t)" + not_rel,
            (r"\b(?:is|are|was|were|be)\s+(?:also\s+|therefore\s+)?(?:irrelevant|off[\s-]topic|out\s+of\s+scope|"
            r"excluded|ignored|unwanted|disqualified|insufficient|not\s+(?:enough|sufficient))\b"),
            (r"\b(?:do|does|did|should|will|would|must|shall|can|could)\s*(?:not|n't|n’t)\s+(?:count|qualify|matter|"
            r"belong|make\s+the\s+cut|meet\s+the\s+(?:criteria|bar))\b"),
            r"\b(?:don't|doesn't|won't|shouldn't|can't|cannot|don’t|doesn’t)\s+(?:count|qualify|matter|belong)\b",
            (r"\bshould\s+(?:be\s+)?(?:excluded|ignored|discarded|omitted|removed|filtered\s+out|left\s+out|rejected|"
            r"dropped)\b"),
            r"\bshould\s+not\s+be\s+(?:included|returned|retrieved|counted|considered|shown|ranked)\b",
            r"\b(?:as|to\s+be)\s+(?:not\s+relevant|irrelevant|non-?relevant|off[\s-]topic|unwanted)\b",
            r"\bnon-?relevant\b",
            r"\birrelevant\b",
            r"\bdisqualif(?:y|ies|ied)\b",
            r"\b(?:is|are)\s+not$",
            r"\b" + ELIDED_NOT,
            # "A relevant paragraph must not be about ...", "It should not describe ...": what a
            # passage must not do excludes it
            (r"\b(?:must|should|shall|may)\s*(?:not|never|n't|n’t)\s+(?:be\s+(?:about|on|from|set|a|an)\b|"
             r"(?:describe|discuss|cover|concern|deal\s+with|focus\s+on|be\s+focused\s+on|mention|name|call|"
             r"give|state|report|list|involve|feature)\b)"),
            r"\bcannot\s+be\s+(?:about|on|from|a|an)\b",
            *_SKIP_IT_PHRASES,  # "If the band is from Texas, skip it": a condition, then the order to leave it out
        ]),
        # "X is out", "X need not apply", "X should never be included": rarer ways
        *rows("exclude", "anywhere", "strong", [
            rf"\b(?:is|are|be|'s|’s|'re|’re)\s+{TAIL_ADVERBS}(?:{OUT_STATES}|excluded\s+from\s+(?:consideration|"
            r"the\s+results|the\s+search|relevance))" + CUE_END,
            r"\b(?:need|needs)\s+not\s+apply\b",
            r"\bneed(?:n't|n’t)\s+apply\b",
            r"\b(?:do|does|did|will|would|should|shall|can|could)\s*(?:not|n't|n’t)\s+make\s+the\s+cut\b",
            r"\b(?:won't|won’t|wouldn't|wouldn’t|shouldn't|shouldn’t)\s+(?:count|qualify|matter|belong)\b",
            rf"\b(?:gets?|got)\s+{GOT_REMOVED}" + CUE_END,
            rf"\b{TO_BE_REMOVED}\b",
            rf"\b(?:should|must|shall|can|will|may)\s*(?:not|never|n't|n’t)\s+(?:be\s+)?{NOT_SHOWN}\b",
            rf"\b{NOT_TO_BE}\b",
            rf"\b{OUTSIDE}\b",
            r"\bkeep\s+(?:them|it|these|those|such\s+\w+)\s+out\b",
            r"\b(?:will|would|could|can|may|might)\s*(?:not|n't|n’t)\s+be\s+(?:considered\s+)?" + NEG_ADJ + r"\b",
            r"\b(?:won't|won’t)\s+be\s+(?:considered\s+)?" + NEG_ADJ + r"\b",
            rf"{VERDICT_MARK}\s*(?:{NEG_VERDICTS})\s*$",
        ], common=False),
        # "Exclude ...", "I don't want ...", "No ...": an exclusion that opens the clause
        *rows("exclude", "opening", "strong", [
            rf"(?:{EXCLUDE_VERBS}|throw\s+out|screen\s+out|strip\s+out)\b",
            r"(?:leave|rule|filter|throw|weed|screen|cross|cut)\s+(?:it|them|this|that|these|those|him|her)\s+out\b",
            rf"{DO_NOT}\s+(?:{DO_NOT_VERBS}|surface|bring\s+up|mark|treat|accept)\b",
            (r"(?:i|we)(?:\s+(?:do\s+not|don't|don’t|am\s+not|are\s+not|'m\s+not|'re\s+not)|(?:'m|’m|'re|’re)\s+not)\s+"
            r"(?:want|need|care|interested|looking|after|asking)"),
            r"(?:i|we)\s+(?:have|want)\s+no\s+(?:interest|use|need)",
            r"(?:there\s+is\s+)?no\s+need\s+for",
            r"forget(?:\s+about)?\b",
            r"without\b(?!\s+(?:a\s+)?doubt\b)",  # "Without the Japanese ones."
            r"(?:i|we|you)\s+(?:can|could)\s+do\s+without\b",
            r"(?:out|not\s+(?:wanted|needed|of\s+interest|in\s+scope)|out\s+of\s+scope)\s*:",
            r"not\s+interested\s+in",
            r"no\s+(?!longer\b|later\b|earlier\b|more\b|fewer\b|less\b|matter\b|one\b|doubt\b)",
            r"nothing\s+(?:about|on|from|related|that)",
            r"none\s+of",
            # "Keep no company that ...", "Show me none of ...", "I want nothing from ...": a verb that keeps,
            # then what it keeps none of
            (r"(?:(?:i|we)\s+(?:want|need)|keep|include|show(?:\s+me)?|return|list|give\s+me|retrieve|fetch|surface|"
             r"accept|allow|count)\s+(?:no\s+(?!longer\b|later\b|earlier\b|more\b|fewer\b|less\b|matter\b|doubt\b)|"
             r"(?:none|nothing)\s+(?:of|about|on|from|related\s+to|that|by)\b)(?:\s+the\b)?"),
            r"(?:not\s+relevant|irrelevant|non-?relevant)\b",
            r"excluded?\s*:",
        ]),
        *rows("avoid", "anywhere", "soft", [
            r"avoid(?:ing)?", r"less\s+(?:relevant|useful|important|desirable|interesting|preferred)",
            r"de-?prioriti[sz](?:e|ed|es)", r"down-?rank(?:ed)?",
            r"rank(?:ed)?\s+(?:them\s+|it\s+|these\s+|those\s+)?lower", r"penali[sz](?:e|ed|es)",
            r"(?:are|is)\s+(?:not\s+preferred|discouraged|undesirable|a\s+minus)",
            r"(?:i'?d|i\s+would|we'?d|we\s+would)\s+rather\s+(?:not|avoid)", r"rather\s+not", r"preferably\s+not",
            r"ideally\s+not", r"not\s+ideal", r"try\s+to\s+avoid", r"should\s+not\s+dominate", r"steer\s+clear\s+of",
            r"stay\s+away\s+from",
        ]),
        *rows("prefer", "anywhere", "soft", [
            r"prefer(?:red|ably|ence|s)?", r"ideally", r"especially", r"particularly", r"in\s+particular",
            r"above\s+all", r"favou?r(?:ed|s)?", r"prioriti[sz](?:e|ed|es)", r"bonus",
            (r"(?:is|are)\s+(?:a\s+plus|better|more\s+(?:relevant|useful|valuable|important)|most\s+(?:relevant|useful|"
            r"welcome)|highly\s+relevant|ideal|welcome|nice\s+to\s+have|desirable|appreciated)"),
            r"(?:also|still)\s+(?:count|counts|relevant|qualify|qualifies|acceptable|ok|fine|useful)",
            # "...; plants from elsewhere stay": what stays in the results, said last
            r"(?:stays?|remains?)(?:\s+in)?" + CUE_END,
            r"(?:count|counts|relevant|qualify|qualifies)\s+(?:too|as\s+well)", r"as\s+well(?!\s+as)",
            r"would\s+be\s+(?:nice|good|great|helpful|a\s+plus|better)", r"nice\s+to\s+have", r"if\s+possible",
            r"where\s+possible", r"rank(?:ed)?\s+(?:them\s+|it\s+|these\s+|those\s+)?(?:higher|first|above)",
            r"boost(?:ed)?", r"extra\s+credit", r"even\s+better", r"better\s+still", r"optional(?:ly)?", r"can\s+also",
            r"may\s+also", r"might\s+also", r"is\s+a\s+bonus", r"of\s+(?:particular|special|greatest|most|high|real)\s+interest",
            r"(?:particularly|especially)\s+interesting",
            r"(?:is|are)\s+(?:fine|ok|okay|acceptable|allowed|good\s+too|welcome\s+too)",
        ]),
        *rows("require", "anywhere", "strong", [
            r"only", r"must", r"needs?\s+to", r"has\s+to", r"have\s+to", r"required?", r"requires",
            r"restrict(?:ed|s)?", r"limit(?:ed)?\s+(?:to|relevance)", r"exclusively", r"solely", r"strictly", r"should",
            r"mandatory", r"necessar(?:y|ily)", r"counts?\s+only", r"nothing\s+but", r"make\s+sure", r"ensure",
            r"(?:is|are)\s+a\s+must",
            r"(?:stick|keep|confine\s+(?:it|yourself|the\s+search|results))\s+(?:strictly\s+)?to",
            r"limit(?:ed)?\s+(?:(?:the\s+)?(?:results|relevance|search|it|yourself|this)\s+)?to",
        ]),
        *rows("require", "anywhere", "defines", [
            r"relevant", r"(?<!\ba\s)(?<!\bthe\s)count", r"counts", r"qualif(?:y|ies)",
            (r"(?:i|we)\s+(?:want|need|am\s+looking|'m\s+looking|are\s+looking|am\s+interested|'m\s+interested|"
            r"are\s+interested|am\s+searching|would\s+like|'d\s+like|care\s+about)"),
            r"looking\s+for", r"searching\s+for", r"find", r"show\s+me", r"give\s+me", r"return", r"retrieve", r"fetch",
            r"focus(?:ing)?\s+on", r"of\s+interest", r"on[\s-]topic", r"in\s+scope", r"responsive", r"pertinent",
            r"(?:is|are)\s+wanted",
            r"what\s+(?:i|we)(?:'m|\s+am|\s+are|'re)?\s*(?:after|need|want|looking\s+for|interested\s+in)",
        ]),
    )


#: Every cue phrase, in the order the detectors try them.
CUES: tuple[CuePhrase, ...] = _table()


def _phrases(polarity: str, scope: str, *, strength: str | None = None, common: bool | None = None) -> list[str]:
    return [c.phrase for c in CUES if c.polarity == polarity and c.scope == scope
            and (strength is None or c.strength == strength) and (common is None or c.common == common)]


def _words_between(phrases: list[str]) -> str:
    return r"\b(?:" + "|".join(phrases) + r")\b"


EXCLUDE_ANY = re.compile("|".join(_phrases("exclude", "anywhere", common=True)), re.IGNORECASE)
# More ways to say "not wanted" ("X is out", "X are off-limits", "X need not apply", "X should never be
# included"); tried only when one of EXCLUDE_MORE_WORDS occurs, which keeps compiling fast.
EXCLUDE_MORE = re.compile("|".join(_phrases("exclude", "anywhere", common=False)), re.IGNORECASE)
EXCLUDE_MORE_WORDS = (
    "out", "off", "no-go", "no go", "allowed", "permitted", "accepted", "welcome", "needed", "of use", "unacceptable",
    "omitted", "disregarded", "rejected", "skipped", "discarded", "eliminated", "dismissed", "excluded", "apply", "cut",
    "ignored", "removed", "dropped", "aside", "struck", "included", "returned", "retrieved", "counted", "considered",
    "shown", "ranked", "listed", "surfaced", "appear", "show up", "feature", "keep", "will not", "would not",
    "could not", "can not", "cannot", "may not", "might not", "n't", "n’t", "never", ":", "—", "–", " - ", "--",
)
#: a request's opening before its verb: "you should", "can you", "could you please"
ASKING_YOU = r"(?:(?:you|we)\s+(?:should|must|can)\s+|(?:can|could|would|will)\s+you\s+(?:please\s+)?)"
# words that may open a clause before its cue ("Also, please exclude ...")
CLAUSE_LEAD = (r"(?:also|and|but|please|however|additionally|furthermore|moreover|finally|likewise|similarly|"
               r"in\s+addition|note(?:\s+that)?|otherwise|of\s+(?:those|these|them))")
EXCLUDE_HEAD = re.compile(
    rf"^(?:{CLAUSE_LEAD}[\s,:]+)*(?:{ASKING_YOU}|please\s+|always\s+)?"
    r"(?:" + "|".join(_phrases("exclude", "opening")) + ")",
    re.IGNORECASE,
)
AVOID = re.compile(_words_between(_phrases("avoid", "anywhere")), re.IGNORECASE)
_PREFER = re.compile(_words_between(_phrases("prefer", "anywhere")), re.IGNORECASE)
_STRONG = re.compile(_words_between(_phrases("require", "anywhere", strength="strong")), re.IGNORECASE)
_DEFINE = re.compile(_words_between(_phrases("require", "anywhere", strength="defines")), re.IGNORECASE)
ANAPHORIC = re.compile(
    r"^(?:this|that|these|those|such|it|they|them|e\.g\.|for\s+example|for\s+instance|including|includes?|i\.e\.|"
    r"namely|likewise|similarly|same\s+(?:for|goes)|the\s+same)\b",
    re.IGNORECASE,
)
EXCEPT = re.compile(
    r"\b(?:other\s+than|except(?:\s+for)?|excluding|apart\s+from|aside\s+from|with\s+the\s+exception\s+of|"
    r"but\s+not|rather\s+than|instead\s+of|as\s+opposed\s+to|(?:anything|everything|anyone|everyone|anywhere)\s+"
    r"but(?!\s+not\b))\s+|,\s+(?:but\s+)?not\s+(?!only\b|just\b|"
    r"necessarily\b|relevant\b|all\b|every\b|always\b)",
    re.IGNORECASE,
)
NEG = re.compile(
    r"\b(?:not(?!\s+only\b)|never|no\s+longer|neither|nor|without|none|n't|n’t|anymore|any\s+more)\b|\bnon-\w|"
    r"(?<=\w)n['’]t\b|"
    r"\bno\s+(?!more\s+than|fewer|less\s+than|later|earlier|matter)",
    re.IGNORECASE,
)

YES_NO = re.compile(r"(?:does|do|did|is|are|was|were|has|have|had)\s+(?:the|a|an|this|that|these|those|any|its|their)\s",
                     re.IGNORECASE)


@dataclass(frozen=True)
class Cue:
    polarity: str | None
    strong: bool = False
    definitional: bool = False


def has_any(low: str, words: tuple[str, ...]) -> bool:
    return _needle_rx(words).search(low) is not None


@cache
def _needle_rx(words: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern finding any of ``words`` as plain text (the same test as ``any(w in text ...)``)."""
    return re.compile("|".join(map(re.escape, words)))


# "Albums count; singles do not.", "..., singles aren't": the verdict of the clause before, denied
# (not "those that do not": a relative clause, whose verb is its own)
_ELLIPTIC_NOT = re.compile(
    r"(?<!\bthat)(?<!\bwhich)(?<!\bwho)\s+(?:(?:do|does|did|is|are)\s+not|don['’]t|doesn['’]t|didn['’]t|isn['’]t|"
    r"aren['’]t)(?:\s+(?:either|at\s+all))?$", re.IGNORECASE)


# ... unless the clause says itself what counts ("Albums are relevant, singles aren't": one clause, two verdicts)
_SAYS_WHAT_COUNTS = re.compile(r"\b(?:relevant|count|counts|qualify|qualifies|wanted|matter|matters)\b", re.IGNORECASE)


@lru_cache(maxsize=4096)
def detect(clause: str) -> Cue:
    body = clause.strip().rstrip(" .;:,!?")
    if EXCLUDE_ANY.search(body) or EXCLUDE_HEAD.search(body) or (
            has_any(body.lower(), EXCLUDE_MORE_WORDS) and EXCLUDE_MORE.search(body)) or (
            _ELLIPTIC_NOT.search(body) and not _SAYS_WHAT_COUNTS.search(body)):
        return Cue("exclude", strong=True)
    if AVOID.search(body):
        return Cue("avoid")
    if _PREFER.search(body):
        return Cue("prefer")
    strong = bool(_STRONG.search(body))
    define = bool(_DEFINE.search(body))
    if strong or define:
        return Cue("require", strong=strong, definitional=define)
    return Cue(None)


ELAB_HEAD = re.compile(
    r"(?:i\.e\.|e\.g\.|that\s+is(?:\s+to\s+say)?|namely|in\s+other\s+words|meaning|specifically|such\s+as|"
    r"for\s+(?:example|instance)|including)[\s,:]",
    re.IGNORECASE,
)
# an elaboration that says plainly it is relevant keeps its own polarity ("Skip X: Y still count")
POS_EXPLICIT = re.compile(
    r"\b(?:relevant|count|counts|qualif(?:y|ies)|acceptable|fine|ok|okay|welcome|allowed|wanted|included)\b",
    re.IGNORECASE,
)

VERDICT_ONLY = re.compile(
    rf"(?:(?:definitely|also|all|are|is)\s+)?(?:{NEG_VERDICTS}|relevant|wanted|fine|ok|okay|yes)"
    r"(?:\s+(?:either|too|as\s+well))?",
    re.IGNORECASE,
)

ELAB_MARK = re.compile(r":|[—–]|--")

QUESTION = re.compile(QUESTION_FORM + r"\b", re.IGNORECASE)
VERDICT = re.compile(
    r"\b(?:relevant|irrelevant|count|counts|qualif(?:y|ies)|(?:is|are)\s+out|excluded?|skip|ignore|reject|"
    r"keep|include|discard|drop|leave\s+\w+\s+out|rule\s+\w+\s+out|(?:left|leave|kept|keep|ruled|filtered)\s+out|"
    r"omit(?:ted)?|dropped|removed?|(?:be|been)\s+(?:returned|shown|listed|retrieved|surfaced|ranked|included))\b",
    re.IGNORECASE,
)
IF_NOT = re.compile(
    rf"(?:otherwise|else|failing\s+that|if\s+(?:not|no)\b|if\s+{IT_OR_DOC}\s+"
    r"(?:does\s*n[o'’]t|do\s*n[o'’]t|does\s+not|do\s+not|fails?\s+to|cannot|can'?t|is\s*n[o'’]t|is\s+not)\b)",
    re.IGNORECASE,
)
IF_SO = re.compile(
    rf"if\s+(?:so|yes|the\s+answer\s+is\s+yes|that\s+is\s+(?:so|the\s+case)|"
    rf"(?:it|they|he|she|the\s+{DOCN})\s+(?:says|say|said|states|state|confirms|shows|does|do)\s+so|"
    rf"(?:it|they|he|she|the\s+{DOCN})\s+(?:is|are|was|were|has|have|had|does|do|"
    r"did))\b(?![\s'’]*(?:not|n't|n’t)\b)", re.IGNORECASE)

IF_WHEN = re.compile(r"if\b|when\b|where\b|unless\b", re.IGNORECASE)
CONDITION_HEAD = re.compile(r"^(?:(?:if|when|where|unless)\b[^,]*,|otherwise\b,?|else\b,?|failing\s+that\b,?|then\b,?|"
                            r"in\s+that\s+case\b,?)\s*",
                             re.IGNORECASE)

_CUE_RANK = {None: 0, "require": 1, "prefer": 2, "avoid": 3, "exclude": 4}  # the order detect tries them in


def stronger(a: str | None, b: str | None) -> str | None:
    """The polarity detect gives a text holding the cues of both polarities."""
    return a if _CUE_RANK[a] >= _CUE_RANK[b] else b


# Cues that a clause adds to what is relevant rather than narrowing it ("... too", "also ...",
# "as well as ...", "X are also relevant"); "include" does too unless the clause restricts ("only").
_ADDITIVE = re.compile(
    r"^(?:(?:and|but|please|so|then)\s+)*(?:also|additionally|in\s+addition|plus|besides|likewise|furthermore)\b"
    r"|\b(?:too|as\s+well|also)[\s.,;:!?]*(?:please[\s.!]*)?$"
    r"|\b(?:as\s+well\s+as|along\s+with|in\s+addition\s+to|together\s+with|besides)\s"
    r"|\b(?:is|are|be)\s+also\b|\balso\s+(?:count|counts|qualif(?:y|ies)|relevant|fine|ok|okay|acceptable|welcome|"
    r"wanted|included|allowed|include|includes)\b",
    re.IGNORECASE,
)
_INCLUDE = re.compile(r"\binclud(?:e|es|ed|ing)\b", re.IGNORECASE)
_RESTRICT = re.compile(r"\b(?:only|just|exclusively|solely|strictly|nothing\s+but|restrict(?:ed|s)?|limit(?:ed|s)?\s+to)\b",
                       re.IGNORECASE)


def is_additive(seg: str) -> bool:
    """True when a clause adds to what counts: "include bbc.co.uk too", "Reuters is also fine"."""
    return bool(_ADDITIVE.search(seg) or (_INCLUDE.search(seg) and not _RESTRICT.search(seg)))


ABOUT = re.compile(r"\b(?:about|describ\w*|discuss\w*|cover\w*|concern\w*|deal\w*\s+with|focus\w*\s+on)\b",
                    re.IGNORECASE)
ONLY = re.compile(r"\b(?:only|solely|exclusively|just)\b", re.IGNORECASE)

