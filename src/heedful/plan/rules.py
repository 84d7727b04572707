"""The rule compiler: an instruction in plain language -> a :class:`~heedful.plan.schema.Plan`.

Deterministic, model-free and fast (a few milliseconds). The instruction is split into sentences
and clauses; each clause gets a polarity from its cue words ("only", "are not relevant",
"prefer", "avoid", ...), and decidable parts become predicates: time expressions, numeric
comparisons, formats (a dollar amount, an award), places and nationalities, and named things
bound by a relation ("developed by Crystal Dynamics", "lists vodka as an ingredient").
References to the collection's own metadata fields become hard filters; nothing else does.
Whatever the rules cannot decide stays a text criterion with the span of its words: no part of
the instruction is dropped.

>>> plan = compile_rules("Relevant paragraphs are about Canadian rock bands. "
...                      "Bands based in Edmonton are not relevant.", query="Canadian rock bands")
>>> [(c.polarity, c.kind, c.text) for c in plan.criteria]
[('require', 'topic', 'Canadian rock bands'), ('exclude', 'place', 'bands based in Edmonton')]
>>> plan.criteria[1].predicate.to_dict()
{'mentions': ['Edmonton']}
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache, lru_cache
from typing import Any

from heedful.errors import ConfigError
from heedful.plan._lexicon import (
    COUNTRIES,
    COUNTRY_ALIASES,
    DEMONYMS,
    DOC_NOUNS,
    EVENT_PARTICIPLES,
    LANGUAGES,
    META_VERBS,
    NON_BINDING,
    NORTH_AMERICAN,
    NOT_STATES,
    PLACES,
    PUBLICATION_NOUNS,
    STATE_FORMS,
    STOPWORDS,
    _words,
)
from heedful.plan._numbers import NumExpr, find_numbers
from heedful.plan._segment import Spans, clauses, mask_brackets, sentences
from heedful.plan._timex import TimeExpr, find_relative, find_times
from heedful.plan.schema import Criterion, Plan, Predicate, TimeSpec
from heedful.store.filters import Filter

__all__ = ["FIELD_TYPES", "FORMAT_PATTERNS", "MAX_INSTRUCTION_CHARS", "compile_rules"]

FIELD_TYPES: tuple[str, ...] = ("string", "integer", "number", "bool", "date", "list")
#: The longest instruction compiled, in characters. Compiling takes time in proportion to the
#: length (up to about 15 ms per kilobyte, bench/results/compile_time.md), and an instruction says
#: what counts, it is not a document: this bound keeps every compile under a second.
MAX_INSTRUCTION_CHARS = 65_536

_MONTHS_RX = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|" \
             r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
# label -> regex searched case-insensitively in passages
FORMAT_PATTERNS: dict[str, str] = {
    "money": r"(?:US\$|A\$|C\$|\$|€|£|¥|\b(?:USD|EUR|GBP)\s?)\s?\d[\d,]*(?:\.\d+)?"
             r"(?:\s?(?:thousand|million|billion|trillion|bn|mn|m|k)\b)?"
             r"|\b\d[\d,]*(?:\.\d+)?\s?(?:thousand|million|billion|trillion)?\s?(?:dollars|euros|pounds|USD|EUR|GBP)\b",
    "percentage": r"\b\d+(?:\.\d+)?\s?(?:%|percent\b|per\s+cent\b)",
    "date": rf"\b(?:\d{{1,2}}\s+)?{_MONTHS_RX}\s+(?:\d{{1,2}},?\s+)?\d{{3,4}}\b|\b\d{{4}}-\d{{2}}-\d{{2}}\b",
    "year": r"\b(?:1[0-9]{3}|20[0-9]{2})\b",
    "number": r"\b\d[\d,]*(?:\.\d+)?\b",
    "quote": r"[\"“][^\"”]{12,}[\"”]",
    "url": r"https?://\S+|\bwww\.\S+",
    "email": r"\b[\w.+-]+@[\w-]+\.[\w.]+\b",
    "award": r"\b(?:award|awards|awarded|prize|prizes|medal|medals|trophy|trophies|honou?rs?|laureate)\b",
    "measurement": r"\b\d[\d,]*(?:\.\d+)?\s?(?:m|km|cm|mm|ft|feet|foot|metres|meters|miles|mi|kg|lb|lbs|tonnes|tons|"
                   r"hectares|acres|km2|sq\s?mi)\b",
    "population": r"\bpopulation\b[^.]{0,60}?\d[\d,]*|\b\d[\d,]*\s+(?:inhabitants|residents|people)\b",
}
_FORMAT_NOUNS: list[tuple[str, str]] = [
    ("money", (r"(?:dollar|usd|us\s+dollar|euro|monetary|money|cash|currency)\s*(?:amounts?|figures?|values?|sums?|"
              r"totals?|numbers?|estimates?)?|amounts?\s+of\s+money|(?:figures?|amounts?|values?|sums?)\s+in\s+"
              r"(?:us\s+)?(?:dollars|euros|pounds)|prices?|costs?")),
    ("percentage", r"percentages?|percent(?:age)?\s+figures?"),
    ("population", r"population(?:\s+(?:figures?|counts?|numbers?|sizes?|estimates?))?"),
    ("date", r"(?:specific\s+|exact\s+|full\s+|calendar\s+)?dates?(?!\s+(?:of|range|ranges))"),
    ("year", r"years?(?!\s+(?:old|of\s+age|ago))"),
    ("quote", r"(?:direct\s+)?(?:quotes?|quotations?)"),
    ("url", r"urls?|links?|web\s+addresses?"),
    ("email", r"e-?mail\s+addresses?"),
    ("award", r"awards?|prizes?|medals?|trophies|trophy|honou?rs?"),
    ("measurement", r"measurements?|heights?|lengths?|weights?|distances?|elevations?|altitudes?|dimensions?"),
    ("number", (r"numbers?|figures?|statistics?|stats|numeric(?:al)?\s+(?:data|values?)|quantit(?:y|ies)|"
               r"counts?|totals?")),
]
_FORMAT_RE = re.compile(
    r"\b(?:state|states|stating|stated|give|gives|giving|given|include|includes|including|included|report|reports|"
    r"reporting|contain|contains|containing|provide|provides|providing|mention|mentions|mentioning|cite|cites|"
    r"citing|list|lists|listing|name|names|naming|quote|quotes|quoting|show|shows|showing|specify|specifies|"
    r"specifying|have|has|having|with|offer|offers|disclose|discloses|put|puts|feature|features|record|records)\s+"
    r"(?:(?:a|an|the|some|any|at\s+least\s+one|one\s+or\s+more|specific|exact|concrete|explicit|actual|precise|"
    r"particular|its|their|his|her|numeric|numerical|single|clear)\s+)*"
    r"(?P<noun>" + "|".join(f"(?P<f_{label}>{rx})" for label, rx in _FORMAT_NOUNS) + r")\b",
    re.IGNORECASE,
)
_STRONG_MONEY = re.compile(r"\b(?:dollar|monetary|usd)\s+(?:amounts?|figures?|values?|sums?)\b|\bamounts?\s+in\s+"
                           r"(?:us\s+)?dollars\b", re.IGNORECASE)

_DOCN = r"(?:" + "|".join(sorted(DOC_NOUNS, key=len, reverse=True)) + r")"
_NEG_ADJ = (r"(?:relevant|wanted|needed|required|useful|acceptable|of\s+interest|in\s+scope|considered(?:\s+relevant)?|"
            r"counted|included|responsive|on[\s-]topic|pertinent|helpful|valid|eligible|"
            r"what\s+(?:i|we)(?:'m|’m|'re|\s+am|\s+are)?\s+(?:want|need|looking\s+for|after|asked\s+for|have\s+in\s+mind|"
            r"mean|am\s+looking\s+for))")
# the end of a clause, or words that may trail an exclusion cue ("... are out, too")
_CUE_END = r"(?=\s*(?:[,;:.!?)]|$|(?:too|as\s+well|either|entirely|completely|altogether|here|for\s+(?:me|us|this|now))\b))"
_EXCLUDE_ANY = re.compile(
    rf"\b(?:is|are|was|were|be|being)\s+(?:also\s+|therefore\s+|thus\s+|then\s+|generally\s+|usually\s+|still\s+|"
    rf"always\s+|probably\s+)?(?:not|never|no\s+longer)\s+{_NEG_ADJ}\b"
    rf"|\b(?:isn't|aren't|wasn't|weren't|isn’t|aren’t)\s+{_NEG_ADJ}\b"
    r"|\b(?:is|are|was|were|be)\s+(?:also\s+|therefore\s+)?(?:irrelevant|off[\s-]topic|out\s+of\s+scope|excluded|"
    r"ignored|unwanted|disqualified|insufficient|not\s+(?:enough|sufficient))\b"
    r"|\b(?:do|does|did|should|will|would|must|shall|can|could)\s*(?:not|n't|n’t)\s+(?:count|qualify|matter|belong|"
    r"make\s+the\s+cut|meet\s+the\s+(?:criteria|bar))\b"
    r"|\b(?:don't|doesn't|won't|shouldn't|can't|cannot|don’t|doesn’t)\s+(?:count|qualify|matter|belong)\b"
    r"|\bshould\s+(?:be\s+)?(?:excluded|ignored|discarded|omitted|removed|filtered\s+out|left\s+out|rejected|"
    r"dropped)\b"
    r"|\bshould\s+not\s+be\s+(?:included|returned|retrieved|counted|considered|shown|ranked)\b"
    r"|\b(?:as|to\s+be)\s+(?:not\s+relevant|irrelevant|non-?relevant|off[\s-]topic|unwanted)\b"
    r"|\bnon-?relevant\b|\birrelevant\b|\bdisqualif(?:y|ies|ied)\b"
    r"|\b(?:is|are)\s+not$",
    re.IGNORECASE,
)
# More ways to say "not wanted" ("X is out", "X are off-limits", "X need not apply", "X should never be
# included"); tried only when one of _EXCLUDE_MORE_WORDS occurs, which keeps compiling fast.
_EXCLUDE_MORE = re.compile(
    r"\b(?:is|are|be|'s|’s|'re|’re)\s+(?:also\s+|simply\s+|definitely\s+|automatically\s+|therefore\s+|then\s+|"
    r"clearly\s+|right\s+|all\s+)?(?:out|off[\s-]limits|off\s+the\s+table|a\s+no[\s-]go|not\s+(?:allowed|permitted|"
    r"accepted|welcome|needed|of\s+use)|disallowed|unacceptable|out\s+of\s+(?:bounds|the\s+question|consideration)|"
    r"omitted|disregarded|ruled\s+out|rejected|skipped|filtered\s+out|left\s+out|discarded|eliminated|dismissed|"
    r"excluded\s+from\s+(?:consideration|the\s+results|the\s+search|relevance))" + _CUE_END +
    r"|\b(?:need|needs)\s+not\s+apply\b|\bneed(?:n't|n’t)\s+apply\b"
    r"|\b(?:do|does|did|will|would|should|shall|can|could)\s*(?:not|n't|n’t)\s+make\s+the\s+cut\b"
    r"|\b(?:won't|won’t|wouldn't|wouldn’t|shouldn't|shouldn’t)\s+(?:count|qualify|matter|belong)\b"
    r"|\b(?:gets?|got)\s+(?:excluded|dropped|filtered\s+out|ignored|rejected|discarded|skipped|left\s+out)" + _CUE_END +
    r"|\b(?:should|must|can|will|need\s+to|ought\s+to|(?:is|are)\s+to)\s+(?:all\s+)?(?:be\s+)?(?:excluded|"
    r"ignored|discarded|omitted|removed|filtered\s+out|left\s+out|rejected|dropped|skipped|disregarded|ruled\s+out|"
    r"thrown\s+out|weeded\s+out|screened\s+out|eliminated|set\s+aside|dismissed|struck\s+off)\b"
    r"|\b(?:should|must|shall|can|will|may)\s*(?:not|never|n't|n’t)\s+(?:be\s+)?(?:included|returned|retrieved|counted|"
    r"considered|shown|ranked|listed|surfaced|accepted|appear|show\s+up|feature)\b"
    r"|\b(?:is|are)\s+not\s+to\s+be\s+(?:included|considered|counted|returned|shown|retrieved)\b"
    r"|\b(?:falls?|lies?|is|are)\s+outside\s+(?:the\s+|my\s+|our\s+|this\s+)?(?:scope|remit|brief|criteria|topic)\b"
    r"|\bkeep\s+(?:them|it|these|those|such\s+\w+)\s+out\b"
    rf"|\b(?:will|would|could|can|may|might)\s*(?:not|n't|n’t)\s+be\s+(?:considered\s+)?{_NEG_ADJ}\b|\b(?:won't|won’t)\s+be\s+"
    rf"(?:considered\s+)?{_NEG_ADJ}\b"
    r"|(?:[:—–]|\s-\s|--)\s*(?:not\s+(?:relevant|wanted|needed|of\s+interest|included)|irrelevant|out|excluded|"
    r"off[\s-]limits|out\s+of\s+scope|no)\s*$",
    re.IGNORECASE,
)
_EXCLUDE_MORE_WORDS = (
    "out", "off", "no-go", "no go", "allowed", "permitted", "accepted", "welcome", "needed", "of use", "unacceptable",
    "omitted", "disregarded", "rejected", "skipped", "discarded", "eliminated", "dismissed", "excluded", "apply", "cut",
    "ignored", "removed", "dropped", "aside", "struck", "included", "returned", "retrieved", "counted", "considered",
    "shown", "ranked", "listed", "surfaced", "appear", "show up", "feature", "keep", "will not", "would not",
    "could not", "can not", "cannot", "may not", "might not", "n't", "n’t", "never", ":", "—", "–", " - ", "--",
)
_EXCLUDE_HEAD = re.compile(
    r"^(?:(?:also|and|but|please|however|additionally|furthermore|moreover|finally|likewise|similarly|"
    r"in\s+addition|note(?:\s+that)?|otherwise)[\s,:]+)*"
    r"(?:(?:you|we)\s+(?:should|must|can)\s+|please\s+|always\s+)?"
    r"(?:(?:exclude|excluding|ignore|ignoring|skip|omit|drop|remove|discard|disregard|reject|eliminate|"
    r"filter\s+out|leave\s+out|rule\s+out|weed\s+out|throw\s+out|screen\s+out|strip\s+out)\b"
    r"|(?:do\s+not|don't|don’t|never)\s+(?:include|return|show|retrieve|count|consider|want|list|give\s+me|rank|"
    r"surface|bring\s+up|mark|treat|accept)\b"
    r"|(?:i|we)(?:\s+(?:do\s+not|don't|don’t|am\s+not|are\s+not|'m\s+not|'re\s+not)|(?:'m|’m|'re|’re)\s+not)\s+"
    r"(?:want|need|care|interested|looking|after|asking)"
    r"|(?:i|we)\s+(?:have|want)\s+no\s+(?:interest|use|need)"
    r"|(?:there\s+is\s+)?no\s+need\s+for"
    r"|forget(?:\s+about)?\b|(?:i|we|you)\s+(?:can|could)\s+do\s+without\b"
    r"|(?:out|not\s+(?:wanted|needed|of\s+interest|in\s+scope)|out\s+of\s+scope)\s*:"
    r"|not\s+interested\s+in"
    r"|no\s+(?!longer\b|later\b|earlier\b|more\b|fewer\b|less\b|matter\b|one\b|doubt\b)"
    r"|nothing\s+(?:about|on|from|related|that)"
    r"|none\s+of"
    r"|(?:not\s+relevant|irrelevant|non-?relevant)\b|excluded?\s*:)",
    re.IGNORECASE,
)
_AVOID = re.compile(
    r"\b(?:avoid(?:ing)?|less\s+(?:relevant|useful|important|desirable|interesting|preferred)|"
    r"de-?prioriti[sz](?:e|ed|es)|down-?rank(?:ed)?|rank(?:ed)?\s+(?:them\s+|it\s+|these\s+|those\s+)?lower|"
    r"penali[sz](?:e|ed|es)|(?:are|is)\s+(?:not\s+preferred|discouraged|undesirable|a\s+minus)|"
    r"(?:i'?d|i\s+would|we'?d|we\s+would)\s+rather\s+(?:not|avoid)|rather\s+not|preferably\s+not|ideally\s+not|"
    r"not\s+ideal|try\s+to\s+avoid|should\s+not\s+dominate|steer\s+clear\s+of|stay\s+away\s+from)\b",
    re.IGNORECASE,
)
_PREFER = re.compile(
    r"\b(?:prefer(?:red|ably|ence|s)?|ideally|especially|particularly|in\s+particular|above\s+all|"
    r"favou?r(?:ed|s)?|prioriti[sz](?:e|ed|es)|bonus|"
    r"(?:is|are)\s+(?:a\s+plus|better|more\s+(?:relevant|useful|valuable|important)|most\s+(?:relevant|useful|welcome)|"
    r"highly\s+relevant|ideal|welcome|nice\s+to\s+have|desirable|appreciated)|"
    r"(?:also|still)\s+(?:count|counts|relevant|qualify|qualifies|acceptable|ok|fine|useful)|"
    r"(?:count|counts|relevant|qualify|qualifies)\s+(?:too|as\s+well)|as\s+well(?!\s+as)|"
    r"would\s+be\s+(?:nice|good|great|helpful|a\s+plus|better)|nice\s+to\s+have|if\s+possible|where\s+possible|"
    r"rank(?:ed)?\s+(?:them\s+|it\s+|these\s+|those\s+)?(?:higher|first|above)|boost(?:ed)?|extra\s+credit|"
    r"even\s+better|better\s+still|optional(?:ly)?|can\s+also|may\s+also|might\s+also|is\s+a\s+bonus|"
    r"of\s+(?:particular|special|greatest|most|high|real)\s+interest|(?:particularly|especially)\s+interesting|"
    r"(?:is|are)\s+(?:fine|ok|okay|acceptable|allowed|good\s+too|welcome\s+too))\b",
    re.IGNORECASE,
)
_STRONG = re.compile(
    r"\b(?:only|must|needs?\s+to|has\s+to|have\s+to|required?|requires|restrict(?:ed|s)?|limit(?:ed)?\s+(?:to|relevance)|"
    r"exclusively|solely|strictly|should|mandatory|necessar(?:y|ily)|counts?\s+only|nothing\s+but|make\s+sure|ensure|"
    r"(?:is|are)\s+a\s+must|"
    r"(?:stick|keep|confine\s+(?:it|yourself|the\s+search|results))\s+(?:strictly\s+)?to|"
    r"limit(?:ed)?\s+(?:(?:the\s+)?(?:results|relevance|search|it|yourself|this)\s+)?to)\b",
    re.IGNORECASE,
)
_DEFINE = re.compile(
    r"\b(?:relevant|(?<!\ba\s)(?<!\bthe\s)count|counts|qualif(?:y|ies)|(?:i|we)\s+(?:want|need|am\s+looking|'m\s+looking|are\s+looking|"
    r"am\s+interested|'m\s+interested|are\s+interested|am\s+searching|would\s+like|'d\s+like|care\s+about)|"
    r"looking\s+for|searching\s+for|find|show\s+me|give\s+me|return|retrieve|fetch|focus(?:ing)?\s+on|"
    r"of\s+interest|on[\s-]topic|in\s+scope|responsive|pertinent|(?:is|are)\s+wanted|"
    r"what\s+(?:i|we)(?:'m|\s+am|\s+are|'re)?\s*(?:after|need|want|looking\s+for|interested\s+in))\b",
    re.IGNORECASE,
)
_ANAPHORIC = re.compile(
    r"^(?:this|that|these|those|such|it|they|them|e\.g\.|for\s+example|for\s+instance|including|includes?|i\.e\.|"
    r"namely|likewise|similarly|same\s+(?:for|goes)|the\s+same)\b",
    re.IGNORECASE,
)
_EXCEPT = re.compile(
    r"\b(?:other\s+than|except(?:\s+for)?|excluding|apart\s+from|aside\s+from|with\s+the\s+exception\s+of|"
    r"but\s+not|rather\s+than|instead\s+of|as\s+opposed\s+to|(?:anything|everything|anyone|everyone|anywhere)\s+"
    r"but(?!\s+not\b))\s+|,\s+(?:but\s+)?not\s+(?!only\b|just\b|"
    r"necessarily\b|relevant\b|all\b|every\b|always\b)",
    re.IGNORECASE,
)
_DATE_ONLY = re.compile(
    r"\(\s*(?:(?:from|since|before|after|until|till|in|c\.|ca\.|circa|between|and|to|the|early|mid|late|AD|BC|CE|"
    r"January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?\s*|\d{1,4}(?:s|st|nd|rd|th)?\s*|[-–—/,]\s*)++\)"
)  # "++": a run of digits is read one way only, so "(1111..." fails in linear time


def _unmask_dates(text: str, masked: str) -> str:
    """Bring back bracketed dates such as "(2010-2012)": they say when, they are not asides."""
    chars = list(masked)
    for m in _DATE_ONLY.finditer(text):
        if re.search(r"\d{3,4}", m.group(0)):
            chars[m.start():m.end()] = text[m.start():m.end()]
    return "".join(chars)


# examples ("e.g.", "such as") are not criteria; "i.e." restates the criterion, so what follows it is read
_EXAMPLES = re.compile(
    r"\b(?:e\.g\.|for\s+example|for\s+instance|such\s+as)\s++[^,;:()]*?"
    r"(?=,|;|:|\)|(?<!\s)\s+(?:are|is|were|was|do|does|should|must|count|counts|still)\b|$)",
    re.IGNORECASE,
)
_SOFT_SPLIT = re.compile(
    r",\s+(?:but|and|while|whereas|though|although|however|yet|so)\s+|(?<!\s)\s+but\s+"
    r"|,\s+(?=(?:especially|particularly|in\s+particular|ideally|preferably|above\s+all)\b)",
    re.IGNORECASE,
)
_WORD_CHAR = re.compile(r"\w")
_NEG = re.compile(
    r"\b(?:not(?!\s+only\b)|never|no\s+longer|nor|without|none|n't|n’t|anymore|any\s+more)\b|\bnon-\w|"
    r"\bno\s+(?!more\s+than|fewer|less\s+than|later|earlier|matter)",
    re.IGNORECASE,
)
_TIME_WORDS = re.compile(
    r"\b(?:period|periods|times?|era|eras|dates?|dated|years?|decades?|centur(?:y|ies)|earlier|later|"
    r"before|after|recent|latest|older|newer|current|historical|timeframe|time\s+frame)\b",
    re.IGNORECASE,
)
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

_NAME_WORD = (
    r"(?:[A-Z]\.(?:[A-Z]\.)+|(?:Bros|Inc|Ltd|Co|Corp|Jr|Sr|St|Mt|Ft)\.|[A-Z][\w'’\-]*(?:\.(?=\s+[A-Z]))?|&)"
)
_ENTITY = (
    rf"(?:the\s+)?{_NAME_WORD}(?:\s+(?:(?:of|de|del|du|la|le|von|van|da|di|upon|on|the|and)\s+)?{_NAME_WORD})*"
)
_LIST_SEP = r"(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and/or|and|or|nor)\s+)"
_PLACE_RE = re.compile(
    r"\b(?P<cue>based\s+(?:in|out\s+of)|located\s+(?:in|at)|situated\s+in|headquartered\s+in|born\s+in|"
    r"raised\s+in|native\s+to|endemic\s+to|indigenous\s+to|found\s+in|grown\s+in|grows?\s+in|growing\s+in|"
    r"lives?\s+in|living\s+in|resident\s+in|residing\s+in|set\s+in|filmed\s+in|formed\s+in|founded\s+in|"
    r"built\s+in|from|in|within|across|throughout|outside(?:\s+of)?|of)\s*,?\s+"
    r"(?:(?:the\s+)?(?:state|province|country|city|town|region|county|island|republic|kingdom|nation|"
    r"territory|area)\s+of\s+)?"
    rf"(?P<ents>{_ENTITY}(?:{_LIST_SEP}{_ENTITY})*)"
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
    rf"(?P<ents>{_ENTITY}(?:{_LIST_SEP}{_ENTITY})*)"
)
_VERB_OBJ = re.compile(
    r"\b(?:lists?|listing|listed|mentions?|mentioning|mentioned|names?|naming|contains?|containing|includes?|"
    r"including|features?|featuring|uses?|using|cites?|citing|quotes?|quoting|stars?|starring|references?|"
    r"referencing|involves?|involving|wins?|won|winning|received|receives|earned|earns|holds|held)\s+"
    r"(?:(?P<art>a|an|the|any|at\s+least\s+one)\s+)?"
    rf"(?P<ents>{_ENTITY}(?:{_LIST_SEP}{_ENTITY})*|(?P<low>[a-z][a-z\-]+(?:\s+[a-z][a-z\-]+)?))"
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
_NOT_ENTITY = frozenset(
    _words(
        "Only Relevant Paragraphs Paragraph Passages Passage Documents Document Articles Article "
        "Results Pages Exclude Ignore Prefer Ideally Especially Avoid Treat Restrict Find Also "
        "However Note Please Any All No None The A An I We You It They This That These Those Such Do "
        "Don't Never Not Terms Items Posts Entries Both Each Every Other Others Some Many Most Few If "
        "When While Where Which Who Whom Whose What Why How Relevance Include Including Excluding "
        "Skip Omit Drop Remove Discard Disregard Reject Return Show Give List Name"
    )
)
_CTX_STOP = STOPWORDS | DOC_NOUNS | frozenset(META_VERBS) | frozenset(
    _words(
        "relevant relevance count counts counted interested interest situation period periods time "
        "times true describe describes described description discuss discusses about information info "
        "looking want wanted need needed find show return retrieve restrict restricted treat treated "
        "consider considered exclude excluded ignore ignored prefer preferred ideally especially only "
        "must should include included including cover covers covering covered what anything something "
        "everything things thing stuff matter matters detail details specific particular certain "
        "given kind type sort regard regarding concerning related relating era eras earlier later "
        "year years during before after since until between within throughout per via across among "
        "around upon onto toward towards amid written published posted dated updated uploaded filed "
        "focus focusing focused need needs like tagged labelled labeled categorized"
    )
)
_GENERIC_LEAD_VERBS = (
    r"(?:(?:clearly|explicitly|directly|specifically|primarily|mainly|mostly|actually|substantially)\s+)?"
    r"(?:(?:is|are|be)\s+)?(?:about|on|describ(?:e|es|ing)|discuss(?:es|ing)?|cover(?:s|ing)?|concern(?:s|ing)?|"
    r"deal(?:s|ing)?\s+with|focus(?:es|ing)?\s+on|talk(?:s|ing)?\s+about|explain(?:s|ing)?|address(?:es|ing)?|"
    r"report(?:s|ing)?\s+on|relate(?:s|d)?\s+to|pertain(?:s|ing)?\s+to|refer(?:s|ring)?\s+to|"
    r"provide(?:s)?\s+information\s+(?:about|on)|give(?:s)?\s+information\s+(?:about|on))\s+"
)


@dataclass
class _Feature:
    kind: str  # time number format place mention recency
    start: int
    end: int
    predicate: Predicate | None = None
    time: TimeExpr | None = None
    bound: bool = False  # time bound to an event of the entity ("born before 1920")
    doc_level: bool = False  # time of the document itself ("published in 2023")
    negated: bool = False  # "outside Canada"
    recency: str | None = None
    num: NumExpr | None = None
    terms: tuple[str, ...] = ()
    phrase_start: int = -1


@dataclass
class _State:
    text: str
    masked: str  # brackets blanked: offsets index ``text``
    fmask: str  # also examples ("e.g. ...") blanked: what features are read from
    fields: dict[str, str]
    values: dict[str, tuple[str, ...]]
    fields_given: bool
    today: date | None
    values_rx: dict[str, _Values] = field(default_factory=dict)
    roles: dict[str, str | None] = field(default_factory=dict)
    criteria: list[Criterion] = field(default_factory=list)
    filters: list[Filter] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    window: tuple[date, date] | None = None
    window_span: tuple[int, int] | None = None
    as_of: date | None = None
    as_of_span: tuple[int, int] | None = None
    recency: str | None = None
    recency_span: tuple[int, int] | None = None
    last_window: tuple[date | None, date | None] | None = None
    seen_topic: bool = False
    seen_positive: bool = False


def compile_rules(
    instruction: str | None,
    *,
    query: str = "",
    fields: Mapping[str, str] | None = None,
    values: Mapping[str, Sequence[str]] | None = None,
    today: date | None = None,
) -> Plan:
    """Compile ``instruction`` into a :class:`Plan` with rules only.

    Args:
        instruction: the user's words about what counts as relevant; ``None`` or blank gives an
            empty plan.
        query: the search query, stored in the plan as is.
        fields: the collection's metadata fields and their types (``string``, ``integer``,
            ``number``, ``bool``, ``date``, ``list``). Only these become hard filters.
        values: known values per string or list field (``{"source": ["cnn.com", "bbc.co.uk"]}``);
            an instruction naming one of them becomes an exact filter.
        today: the date that relative expressions ("in the last 2 years", "this year") count
            from; the system date when not given.

    >>> p = compile_rules("Only articles from CNN published in 2023 that give a dollar figure.",
    ...                   fields={"source": "string", "publish_date": "date"})
    >>> [f.to_dict() for f in p.filters]  # doctest: +NORMALIZE_WHITESPACE
    [{'field': 'source', 'op': 'contains', 'value': 'cnn'},
     {'field': 'publish_date', 'op': '>=', 'value': '2023-01-01'},
     {'field': 'publish_date', 'op': '<=', 'value': '2023-12-31'}]
    >>> [(c.polarity, c.kind, c.predicate.to_dict()["pattern"]["label"]) for c in p.criteria]
    [('require', 'format', 'money')]
    """
    if instruction is not None and not isinstance(instruction, str):
        raise ConfigError(f"instruction must be a string or None, got {type(instruction).__name__}")
    fields_d: dict[str, str] = {}
    for name, ftype in (fields or {}).items():
        if ftype not in FIELD_TYPES:
            raise ConfigError(
                f"field {name!r} has type {ftype!r}; use one of {', '.join(FIELD_TYPES)}"
            )
        fields_d[name] = ftype
    values_d: dict[str, tuple[str, ...]] = {}
    for name, vals in (values or {}).items():
        if name not in fields_d:
            raise ConfigError(f"values given for {name!r}, which is not among the fields "
                              f"({', '.join(fields_d) or 'none'}); add it to fields")
        values_d[name] = tuple(str(v) for v in vals)
    text = instruction or ""
    if len(text) > MAX_INSTRUCTION_CHARS:
        raise ConfigError(
            f"the instruction is {len(text):,} characters long, over the limit of {MAX_INSTRUCTION_CHARS:,}; "
            "state what counts as relevant in fewer words (long reference text belongs in the documents, "
            "not in the instruction)"
        )
    if not text.strip():
        return Plan(query=query)
    masked = _unmask_dates(text, mask_brackets(text))
    st = _State(text, masked, _EXAMPLES.sub(lambda m: " " * len(m.group(0)), masked), fields_d, values_d,
                fields is not None, today, _values_index(fields_d, values_d), _field_roles(fields_d))

    last_question = False
    for sent_idx, (ss, se) in enumerate(sentences(text)):
        if _absorb_condition(st, ss, se, last_question):
            last_question = False
            continue
        question = bool(_QUESTION.match(st.masked, ss) or _YES_NO.match(st.masked, ss, se)) and text[
            ss:se].rstrip(" \"'”’)").endswith("?")
        n_before = len(st.criteria)
        prev_pol: str | None = None
        prev_end = -1
        for cs, ce in _split_soft(st, _merge_cueless(st, clauses(text, ss, se, st.masked))):
            elab = prev_end >= 0 and _elaborates(st, prev_end, cs)
            prev_pol = _compile_clause(st, cs, ce, prev_pol, sent_idx, elab, question and prev_end < 0)
            prev_end = ce
        last_question = question and len(st.criteria) > n_before

    time = None
    if st.window or st.as_of or st.recency:
        span = st.window_span or st.as_of_span or st.recency_span
        time = TimeSpec(as_of=st.as_of, window=st.window, recency=st.recency, span=span)  # type: ignore[arg-type]
    return Plan(query=query, criteria=_distinct(st.criteria), filters=tuple(st.filters), time=time,
                compiled_by="rules", notes=tuple(dict.fromkeys(st.notes)))


_YES_NO = re.compile(r"(?:does|do|did|is|are|was|were|has|have|had)\s+(?:the|a|an|this|that|these|those|any|its|their)\s",
                     re.IGNORECASE)


def _distinct(criteria: list[Criterion]) -> tuple[Criterion, ...]:
    """The criteria with a repeated predicate kept once ("the years 1970 to 1975: a report
    counts only if it falls in them" says one thing twice); the first keeps its words."""
    seen: set[tuple[str, str]] = set()
    out = []
    for c in criteria:
        if c.predicate is not None:
            key = (c.polarity, json.dumps(c.predicate.to_dict(), sort_keys=True, default=str))
            if key in seen:
                continue
            seen.add(key)
        out.append(c)
    return tuple(out)


# ---------------------------------------------------------------------------------------------
# polarity


@dataclass(frozen=True)
class _Cue:
    polarity: str | None
    strong: bool = False
    definitional: bool = False


def _has_any(low: str, words: tuple[str, ...]) -> bool:
    return _needle_rx(words).search(low) is not None


@cache
def _needle_rx(words: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern finding any of ``words`` as plain text (the same test as ``any(w in text ...)``)."""
    return re.compile("|".join(map(re.escape, words)))


@lru_cache(maxsize=4096)
def _detect(clause: str) -> _Cue:
    body = clause.strip().rstrip(" .;:,!?")
    if _EXCLUDE_ANY.search(body) or _EXCLUDE_HEAD.search(body) or (
            _has_any(body.lower(), _EXCLUDE_MORE_WORDS) and _EXCLUDE_MORE.search(body)):
        return _Cue("exclude", strong=True)
    if _AVOID.search(body):
        return _Cue("avoid")
    if _PREFER.search(body):
        return _Cue("prefer")
    strong = bool(_STRONG.search(body))
    define = bool(_DEFINE.search(body))
    if strong or define:
        return _Cue("require", strong=strong, definitional=define)
    return _Cue(None)


_ELAB_HEAD = re.compile(
    r"(?:i\.e\.|e\.g\.|that\s+is(?:\s+to\s+say)?|namely|in\s+other\s+words|meaning|specifically|such\s+as|"
    r"for\s+(?:example|instance)|including)[\s,:]",
    re.IGNORECASE,
)
# an elaboration that says plainly it is relevant keeps its own polarity ("Skip X: Y still count")
_POS_EXPLICIT = re.compile(
    r"\b(?:relevant|count|counts|qualif(?:y|ies)|acceptable|fine|ok|okay|welcome|allowed|wanted|included)\b",
    re.IGNORECASE,
)


_VERDICT_ONLY = re.compile(
    r"(?:(?:definitely|also|all|are|is)\s+)?(?:not\s+(?:relevant|wanted|needed|of\s+interest|included)|irrelevant|out|excluded|"
    r"off[\s-]limits|out\s+of\s+scope|no|relevant|wanted|fine|ok|okay|yes)(?:\s+(?:either|too|as\s+well))?",
    re.IGNORECASE,
)


_ELAB_MARK = re.compile(r":|[—–]|--")


def _elaborates(st: _State, prev_end: int, s: int) -> bool:
    """The clause at ``s`` spells out the one before: it follows a colon or a dash, or opens with "i.e."."""
    return bool(_ELAB_MARK.search(st.masked, prev_end, s) or _ELAB_HEAD.match(st.masked, s))


# "Does the paragraph give ...?", "Is it about ...?": a yes/no question about the passage asks for it
_QUESTION = re.compile(
    rf"(?:does|do|did|is|are|was|were|will|would|can|could|has|have)\s+(?:(?:the|this|that|a|each|every)\s+)?"
    rf"(?:{_DOCN}|it|they|text)\b",
    re.IGNORECASE,
)
_VERDICT = re.compile(
    r"\b(?:relevant|irrelevant|count|counts|qualif(?:y|ies)|(?:is|are)\s+out|excluded?|skip|ignore|reject|"
    r"keep|include|discard|drop)\b",
    re.IGNORECASE,
)
_IF_NOT = re.compile(
    rf"(?:otherwise|else|failing\s+that|if\s+(?:not|no)\b|if\s+(?:it|they|the\s+{_DOCN})\s+"
    r"(?:does\s*n[o'’]t|do\s*n[o'’]t|does\s+not|do\s+not|fails?\s+to|cannot|can'?t|is\s*n[o'’]t|is\s+not)\b)",
    re.IGNORECASE,
)
_IF_SO = re.compile(rf"if\s+(?:so|yes|it\s+does|they\s+do|the\s+{_DOCN}\s+does)\b", re.IGNORECASE)


_IF_WHEN = re.compile(r"if\b|when\b|where\b|unless\b", re.IGNORECASE)
_CONDITION_HEAD = re.compile(r"^(?:(?:if|when|where|unless)\b[^,]*,|otherwise\b,?|else\b,?|failing\s+that\b,?)\s*",
                             re.IGNORECASE)


def _grow_last(st: _State, polarity: str, ss: int, se: int) -> None:
    """The last criterion takes ``polarity`` and its span grows over the sentence ``ss:se``."""
    last = st.criteria[-1]
    span = last.span or (ss, ss)
    end = se
    while end > ss and st.text[end - 1] in " \t\n.!?;:":
        end -= 1
    st.criteria[-1] = Criterion(last.text, polarity, last.kind, last.predicate,  # type: ignore[arg-type]
                                (span[0], max(end, span[1])), last.weight)


def _ends_question(text: str, pos: int) -> bool:
    """True when the last character before ``pos`` that is not a space is a question mark."""
    k = pos
    while k > 0 and text[k - 1].isspace():
        k -= 1
    return k > 0 and text[k - 1] == "?"


def _absorb_condition(st: _State, ss: int, se: int, last_question: bool) -> bool:
    """A sentence that only says what follows from the one before ("... in metres)? If it gives
    only a range, or nothing, it is not relevant.", "If not, skip it.", "Reprints? Out.") elaborates that
    criterion: its span grows to cover it, and "if so, ... not relevant" turns the asked-for thing into
    an exclusion."""
    if not st.criteria or st.criteria[-1].span is None:
        return False
    head = st.masked[ss:se]
    last = st.criteria[-1]
    if _ends_question(st.text, ss) and _VERDICT_ONLY.fullmatch(head.strip(" .!")):
        # "Paragraphs on EPs? Not relevant."
        negative = _detect(": " + head.strip(" .!")).polarity == "exclude"
        _grow_last(st, "exclude" if negative and last.polarity in ("require", "prefer") else last.polarity, ss, se)
        return True
    if not _VERDICT.search(head):
        return False
    cond_so = _IF_SO.match(head)
    cond_not = _IF_NOT.match(head)
    cond_q = last_question and _IF_WHEN.match(head)
    if not (cond_so or cond_not or cond_q):
        return False
    if last.polarity not in ("require", "prefer") and not cond_so:
        return False
    rest = _CONDITION_HEAD.sub("", head.strip())
    verdict_neg = _detect(rest).polarity in ("exclude", "avoid")
    polarity = last.polarity
    if cond_so and verdict_neg and last.polarity in ("require", "prefer"):
        polarity = "exclude" if last.polarity == "require" else "avoid"
    elif cond_not and not verdict_neg and not cond_so:
        polarity = "prefer" if last.polarity == "require" else last.polarity  # "If not, it still counts"
    elif not cond_so and not verdict_neg:
        return False  # "If it only names the yard, it still counts": a criterion of its own
    _grow_last(st, polarity, ss, se)
    return True


def _merge_cueless(st: _State, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A clause after a colon or semicolon without a cue of its own elaborates the one before.

    After an exclusion the elaboration stays a clause of its own (it inherits the exclusion), so that
    what it lists can become a predicate of its own.
    """
    out: list[tuple[int, int]] = []
    last: str | None = None  # the polarity of out[-1], kept as clauses join it (each is read once)
    for s, e in spans:
        seg = st.masked[s:e]
        if not out:
            out.append((s, e))
            last = _detect(seg).polarity
            continue
        if _VERDICT_ONLY.fullmatch(seg.strip(" .!")):
            out[-1] = (out[-1][0], e)  # "Memoirs: not relevant."
            last = _stronger(last, _detect(": " + seg.strip(" .!")).polarity)
        elif (own := _detect(seg).polarity) is not None or (
                _elaborates(st, out[-1][1], s) and last in ("exclude", "avoid")):
            out.append((s, e))
            last = own
        else:
            out[-1] = (out[-1][0], e)
    return out


_CUE_RANK = {None: 0, "require": 1, "prefer": 2, "avoid": 3, "exclude": 4}  # the order _detect tries them in


def _stronger(a: str | None, b: str | None) -> str | None:
    """The polarity _detect gives a text holding the cues of both polarities."""
    return a if _CUE_RANK[a] >= _CUE_RANK[b] else b


def _split_soft(st: _State, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Split "X are relevant, but Y are not" into two clauses when both halves carry a cue."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        marks = list(_SOFT_SPLIT.finditer(st.masked, s, e))
        if not marks:
            out.append((s, e))
            continue
        # the cue of each stretch between split points is read once; a half is the stretches it joins
        bounds = [s, *(x for m in marks for x in (m.start(), m.end())), e]
        cues = [_detect(st.masked[bounds[2 * j]:bounds[2 * j + 1]]) for j in range(len(marks) + 1)]
        cue_after = [False] * (len(cues) + 1)
        for j in range(len(cues) - 1, -1, -1):
            cue_after[j] = cue_after[j + 1] or cues[j].polarity is not None
        pos = s
        left: str | None = None  # the cue _detect reads in the stretches since the last split
        defines = False  # ... and whether one of them defines what counts ("X are relevant")
        for i, m in enumerate(marks):
            left = _stronger(left, cues[i].polarity)
            defines = defines or cues[i].definitional
            # "only" inside a relative clause of a list does not end a clause; "X count" does
            if left and (left != "require" or defines) and cue_after[i + 1]:
                out.append((pos, m.start()))
                pos, left, defines = m.end(), None, False
        out.append((pos, e))
    return [(a, b) for a, b in out if _WORD_CHAR.search(st.text, a, b)]


# ---------------------------------------------------------------------------------------------
# criterion texts


_BRACKET = re.compile(r"[()\[\]]")


def _strip_brackets(s: str) -> str:
    """``s`` without its bracketed asides (and the spaces before them); unmatched brackets stay."""
    stack: list[int] = []
    cut: list[tuple[int, int]] = []
    for m in _BRACKET.finditer(s):
        i = m.start()
        if m.group(0) in "([":
            stack.append(i)
        elif stack:
            a = stack.pop()
            while a > 0 and s[a - 1].isspace():
                a -= 1
            cut.append((a, i + 1))
    if not cut:
        return s
    keep = [True] * len(s)
    for a, b in cut:
        keep[a:b] = [False] * (b - a)
    return "".join(ch for ch, k in zip(s, keep, strict=True) if k)


# (regex, replacement[, words]): with words, the substitution is tried only when one of them occurs
_TEXT_SUBS: list[tuple[Any, ...]] = [
    (re.compile(r"^(?:(?:also|and|but|however|additionally|furthermore|moreover|finally|likewise|similarly|"
                r"in\s+addition|note(?:\s+that)?|otherwise|so|thus|therefore|instead|please|then)\b[\s,:]*)+", re.IGNORECASE), ""),
    (re.compile(r"^.*?\b(?:counts?|qualif(?:y|ies)|(?:is|are)\s+relevant)\s+only\s+(?:if|when)\s+(?:it\s+|they\s+)?",
                re.IGNORECASE), ""),
    (re.compile(rf"^(?:(?:a|an|the|any|each|every|all)\s+)?(?:relevant|good|matching|useful|acceptable)\s+{_DOCN}\s+"
                r"(?:(?:is|are|must|should|will|would|needs?\s+to|has\s+to|have\s+to|can|may|might|could|also|only|"
                r"then|always|typically|usually|includes?|include)\s+)*(?:be\s+)?(?:(?:those|one|ones|the\s+ones)\s+"
                r"(?:that|which|who)\s+)?", re.IGNORECASE), ""),
    (re.compile(r"^(?:not\s+)?(?:relevant|irrelevant|non-?relevant|excluded?|included?|preferred|avoid|wanted|focus|"
                r"topic|subject|scope|criteria|criterion|requirements?|note)(?:\s+(?:if|when))?\s*:\s*", re.IGNORECASE), ""),
    (re.compile(r"^(?:not\s+)?relevant\s+(?:if|when)\s+(?:it\s+is\s+|it's\s+|they\s+are\s+)?", re.IGNORECASE), ""),
    (re.compile(r"^(?:if\s+so|then|otherwise),?\s+", re.IGNORECASE), ""),
    (re.compile(rf"^(?:does|do|did|is|are|was|were|will|would|can|could|has|have)\s+(?:(?:the|this|that|a|each|every)\s+)?"
                rf"(?:{_DOCN}|it|they|text)\s+(?:(?:actually|really|also|explicitly|clearly)\s+)?", re.IGNORECASE), ""),
    (re.compile(r"^if\s+(?:it|they|the\s+\w+)(?:'s|\s+is|\s+are)\s+(?:about\s+|on\s+)?", re.IGNORECASE), ""),
    (re.compile(rf"^if\s+(?:it|they|the\s+{_DOCN})\s+(?:only\s+|merely\s+|just\s+)?(?=\w)", re.IGNORECASE), ""),
    (re.compile(r"\s+(?:it|they)$", re.IGNORECASE), ""),
    (re.compile(r"^(?:those|ones)\s+(?:on|about|that\s+(?:are\s+)?about|covering|describing|concerning)\s+",
                re.IGNORECASE), ""),
    (re.compile(rf"^(?:(?:the|a|an|each|every|any)\s+)?{_DOCN}\s+(?:must|should|needs?\s+to|has\s+to|have\s+to|will|"
                r"shall|is\s+required\s+to|are\s+required\s+to|ought\s+to)\s+(?:also\s+)?", re.IGNORECASE), ""),
    (re.compile(r"^(?:must|should|needs?\s+to|has\s+to|have\s+to)\s+(?:also\s+)?", re.IGNORECASE), ""),
    (re.compile(r"^(?:it|they|this|each\s+one|the\s+subject)\s+(?:must|should|needs?\s+to|has\s+to|have\s+to|is\s+required\s+to)"
                r"\s+(?:also\s+)?(?:be\s+(?=(?:a|an|the|about|on|from|in|by)\b))?", re.IGNORECASE), ""),
    (re.compile(r"^the\s+only\s+(?:ones|\w+)\s+(?:that|which|who)\s+(?:count|qualify|matter|are\s+relevant)\s+(?:are|is)\s+",
                re.IGNORECASE), ""),
    (re.compile(r"^what\s+(?:i|we)(?:'m|\s+am|'re|\s+are)?\s*(?:need|want|looking\s+for|after)\s*(?:is|are|:)\s*",
                re.IGNORECASE), ""),
    (re.compile(rf"^(?:make\s+sure|ensure)\s+(?:that\s+)?(?:(?:the|each|every|a)\s+{_DOCN}\s+)?(?:(?:must|should|will)\s+)?",
                re.IGNORECASE), ""),
    (re.compile(r"\s+(?:is|are)\s+a\s+must$", re.IGNORECASE), "", ('must',)),
    (re.compile(r"\s*(?:[:—–]|\s-\s|--)\s*(?:not\s+(?:relevant|wanted|needed|of\s+interest|included)|irrelevant|out|excluded|"
                r"off[\s-]limits|out\s+of\s+scope|no)$", re.IGNORECASE), "", (':', '—', '–', ' - ', '--')),
    (re.compile(r"^(?:(?:i|we|you)\s+(?:can|could)\s+do\s+without)\s+", re.IGNORECASE), ""),
    (re.compile(r"\s+(?:will|would|could|can|may|might|won't)\s*(?:not|n't)?\s+be\s+(?:considered\s+)?(?:relevant|wanted|needed|"
                r"useful|of\s+interest|in\s+scope)\b.*$", re.IGNORECASE), "", ('relevant', 'wanted', 'needed', 'useful', 'interest', 'scope')),
    (re.compile(r"^(?:nothing\s+but|(?:stick|keep|confine\s+(?:it|yourself|the\s+search|results))\s+(?:strictly\s+)?to)\s+",
                re.IGNORECASE), ""),
    (re.compile(r",?\s+(?:please|thanks|thank\s+you)$", re.IGNORECASE), "", ('please', 'thank')),
    (re.compile(rf"^(?:(?:the|a|an|each|every|any)\s+)?{_DOCN}\s+(?:also\s+)?(?=(?:names?|mentions?|states?|gives?|"
                r"lists?|includes?|contains?|quotes?|cites?|reports?|provides?|shows?|says?|explains?|"
                r"specifies|identifies|credits|dates)\b)", re.IGNORECASE), ""),
    (re.compile(r"^(?:only\s+)?(?:include|keep|retain|consider|accept)\s+(?:only\s+)?", re.IGNORECASE), ""),
    (re.compile(r"^(?:anything|everything|something|stuff|content|material|information|info)\s+(?:about|on|"
                r"regarding|concerning|related\s+to|that\s+(?:is|are)\s+about)\s+", re.IGNORECASE), ""),
    (re.compile(r"^as\s+an?\s+[^,]{1,80},\s*", re.IGNORECASE), ""),
    (re.compile(r"^(?:(?:i\s+am|i'm|we\s+are|we're)\s+)?(?:only\s+|mainly\s+|mostly\s+|particularly\s+|"
                r"especially\s+)?(?:looking|searching)\s+for\s+", re.IGNORECASE), ""),
    (re.compile(r"^(?:i\s+am|i'm|we\s+are|we're)\s+(?:only\s+|mainly\s+|mostly\s+|particularly\s+|especially\s+)?"
                r"(?:interested\s+in|looking\s+for|searching\s+for|after|concerned\s+with|focused\s+on)\s+", re.IGNORECASE), ""),
    (re.compile(r"^(?:i|we)\s+(?:only\s+)?(?:want|need|would\s+like|'d\s+like|prefer|care\s+about)\s+"
                r"(?:to\s+(?:see|find|read|get)\s+)?", re.IGNORECASE), ""),
    (re.compile(r"^(?:please\s+)?(?:find|show|give\s+me|return|retrieve|get|list|search\s+for|fetch|look\s+for)\s+"
                r"(?:me\s+)?", re.IGNORECASE), ""),
    (re.compile(r"^(?:restrict|limit)\s+(?:relevance|results|the\s+search|it|yourself|this|the\s+results)?\s*to\s+",
                re.IGNORECASE), ""),
    (re.compile(r"^(?:treat|consider|regard|mark)\s+", re.IGNORECASE), ""),
    (re.compile(r"^(?:(?:you|we)\s+(?:should|must|can)\s+)?(?:exclude|excluding|ignore|ignoring|skip|omit|drop|remove|"
                r"discard|disregard|reject|eliminate|filter\s+out|leave\s+out|rule\s+out|weed\s+out|avoid|avoiding|"
                r"prefer|favou?r|prioriti[sz]e|boost|penali[sz]e|de-?prioriti[sz]e|down-?rank)\s+", re.IGNORECASE), ""),
    (re.compile(r"^(?:do\s+not|don't|never)\s+(?:include|return|show|retrieve|count|consider|want|list|rank|"
                r"give\s+me)\s+", re.IGNORECASE), ""),
    (re.compile(r"^(?:i|we)\s+(?:do\s+not|don't|am\s+not|'m\s+not)\s+(?:want|need|care\s+about|interested\s+in|"
                r"looking\s+for)\s+", re.IGNORECASE), ""),
    (re.compile(r"^(?:not\s+interested\s+in|nothing\s+(?:about|on|from|related\s+to)|none\s+of)\s+", re.IGNORECASE), ""),
    (re.compile(r"^(?:(?:i|we)(?:'m|\s+am|'re|\s+are)\s+not\s+(?:after|asking\s+(?:for|about))|(?:i|we)\s+have\s+no\s+"
                r"(?:use|need|interest)\s+(?:for|in)|(?:there\s+is\s+)?no\s+need\s+for|forget(?:\s+about)?|"
                r"(?:out|not\s+(?:wanted|needed|of\s+interest|in\s+scope)|out\s+of\s+scope)\s*:|"
                r"(?:steer\s+clear\s+of|stay\s+away\s+from))\s*", re.IGNORECASE), ""),
    (re.compile(r"^(?:ideally|preferably|especially|particularly|in\s+particular|above\s+all|only|solely|"
                r"exclusively|strictly|just|mainly|mostly|any|all|every)\b[,\s]+", re.IGNORECASE), ""),
    (re.compile(r"^no\s+(?!longer\b)", re.IGNORECASE), ""),
    # tails
    (re.compile(r"\s*,?\s+(?:(?:is|are|'s|'re)\s+(?:also\s+|simply\s+|definitely\s+|automatically\s+|therefore\s+|"
                r"then\s+|clearly\s+|right\s+|all\s+)?(?:out|off[\s-]limits|off\s+the\s+table|a\s+no[\s-]go|not\s+(?:allowed|"
                r"permitted|accepted|welcome|needed|of\s+use)|disallowed|unacceptable|out\s+of\s+(?:bounds|the\s+question|"
                r"consideration)|omitted|disregarded|ruled\s+out|rejected|skipped|filtered\s+out|left\s+out|discarded|"
                r"eliminated|dismissed|excluded\s+from\s+\w+(?:\s+\w+)?)" + _CUE_END +
                r"|(?:is|are)\s+not\s+what\s+(?:i|we)(?:'m|'re|\s+am|\s+are)?\s+(?:want|need|looking\s+for|after|asked\s+for|"
                r"have\s+in\s+mind|mean)"
                r"|(?:need|needs)\s+not\s+apply|needn't\s+apply"
                r"|(?:do|does|did|will|would|should|can|could)\s*(?:not|n't)\s+make\s+the\s+cut"
                r"|(?:won't|wouldn't|shouldn't)\s+(?:count|qualify|matter|belong)"
                r"|(?:gets?|got)\s+(?:excluded|dropped|filtered\s+out|ignored|rejected|discarded|skipped|left\s+out)"
                r"|(?:should|must|can|will|need\s+to|ought\s+to|(?:is|are)\s+to)\s+(?:all\s+)?(?:be\s+)?(?:excluded|ignored|"
                r"discarded|omitted|removed|filtered\s+out|left\s+out|rejected|dropped|skipped|disregarded|ruled\s+out|"
                r"thrown\s+out|weeded\s+out|screened\s+out|eliminated|set\s+aside|dismissed|struck\s+off)"
                r"|(?:should|must|shall|can|will|may)\s*(?:not|never|n't)\s+(?:be\s+)?(?:included|returned|retrieved|counted|"
                r"considered|shown|ranked|listed|surfaced|accepted|appear|show\s+up|feature)"
                r"|(?:is|are)\s+not\s+to\s+be\s+(?:included|considered|counted|returned|shown|retrieved)"
                r"|(?:falls?|lies?|is|are)\s+outside\s+(?:the\s+|my\s+|our\s+|this\s+)?(?:scope|remit|brief|criteria|topic))"
                r"\b.*$", re.IGNORECASE), "", ('out', 'off', 'no-go', 'no go', 'allowed', 'permitted', 'accepted', 'welcome', 'needed', 'of use', 'unacceptable', 'omitted', 'disregarded', 'rejected', 'skipped', 'discarded', 'eliminated', 'dismissed', 'excluded', 'apply', 'cut', "won't", "wouldn't", "shouldn't", 'what', 'ignored', 'removed', 'dropped', 'aside', 'struck', 'included', 'returned', 'retrieved', 'counted', 'considered', 'shown', 'ranked', 'listed', 'surfaced', 'appear', 'show up', 'feature')),
    (re.compile(r"\s+(?:is|are)\s+(?:less|more)\s+(?:relevant|useful|important|interesting)\b.*$", re.IGNORECASE), ""),
    (re.compile(r"\s*,?\s*(?:(?:should|must|will|would|shall|can|may)\s+(?:not\s+)?)?(?:(?:is|are|was|were|be)\s+(?:also\s+|therefore\s+|thus\s+|still\s+|then\s+|generally\s+|"
                r"usually\s+|always\s+)?(?:not\s+|never\s+|no\s+longer\s+)?(?:relevant|wanted|needed|required|useful|"
                r"acceptable|of\s+interest|in\s+scope|irrelevant|off[\s-]topic|out\s+of\s+scope|excluded|ignored|"
                r"preferred|a\s+plus|better|ideal|welcome|desirable|more\s+(?:relevant|useful)|most\s+relevant|"
                r"highly\s+relevant|especially\s+relevant|particularly\s+relevant|considered\s+relevant|counted|"
                r"included|responsive|pertinent|okay|ok|fine|insufficient|not\s+enough|a\s+bonus)\b.*$)", re.IGNORECASE), ""),
    (re.compile(r"\s*,?\s+(?:(?:do|does|did|should|will|would|must|can)\s*(?:not|n't)\s+|don't\s+|doesn't\s+|"
                r"also\s+|still\s+|only\s+)?(?:count|counts|qualify|qualifies)\b(?:\s+(?:too|as\s+well|either))?\s*$",
                re.IGNORECASE), ""),
    (re.compile(r"\s+(?:is|are)\s+not$", re.IGNORECASE), ""),
    (re.compile(r"\s+as\s+(?:not\s+relevant|irrelevant|non-?relevant|off[\s-]topic|unwanted)\b.*$", re.IGNORECASE), ""),
    (re.compile(r"\s+should\s+(?:not\s+)?(?:be\s+)?(?:excluded|ignored|discarded|omitted|removed|filtered\s+out|"
                r"left\s+out|rejected|dropped|included|returned|retrieved|counted|considered|shown|ranked)\b.*$",
                re.IGNORECASE), ""),
    (re.compile(r"\s+(?:would\s+be|is|are)\s+(?:nice|good|great|helpful|a\s+plus|a\s+bonus)(?:\s+to\s+have)?$",
                re.IGNORECASE), ""),
    (re.compile(r",?\s+(?:if|where)\s+possible$", re.IGNORECASE), ""),
    (re.compile(r",?\s+as\s+(?:stated|given|reported|listed|shown|mentioned)$", re.IGNORECASE), "", ('as ',)),
    (re.compile(r"\s+(?:count|counts|qualify|qualifies|matter|(?:is|are)\s+relevant)\s*(?=:)", re.IGNORECASE), "", (':',)),
    (re.compile(r",?\s+(?:according\s+to|as\s+(?:per|given\s+in|stated\s+in))\s+(?:a|an|the|its)\s+(?:count|figure|number|"
                r"total|tally|list)\b.*$", re.IGNORECASE), "", ('according', 'as per', 'given in', 'stated in')),
    (re.compile(r"\s+(?:in\s+order\s+)?to\s+(?:be|count\s+as)\s+(?:considered\s+)?(?:relevant|useful)\b.*$",
                re.IGNORECASE), ""),
    (re.compile(r"\s+(?:in\s+order\s+)?to$", re.IGNORECASE), ""),
    (re.compile(r"\s+(?:do\s+not|don't|does\s+not|doesn't|won't)\s+(?:matter|count|qualify|apply)\b.*$",
                re.IGNORECASE), ""),
    (re.compile(r"\s+(?:is|are)\s+what\s+(?:i|we)(?:'m|\s+am|\s+are|'re)?\s*(?:after|need|want|looking\s+for|"
                r"interested\s+in)\b.*$", re.IGNORECASE), ""),
    (re.compile(r"\s+(?:is|are)\s+(?:of\s+(?:particular|special|greatest|most|high|real)\s+interest|fine|ok|okay|"
                r"acceptable|allowed)\b.*$", re.IGNORECASE), ""),
    (re.compile(r"\s+(?:should\s+)?rank(?:ed)?\s+(?:them\s+|it\s+)?(?:higher|lower|first|last)\b.*$", re.IGNORECASE), ""),
    (re.compile(r"\s+(?:as\s+well|too)$", re.IGNORECASE), ""),
    (re.compile(r",?\s+(?:e\.g\.|i\.e\.|for\s+example|for\s+instance)\s+.*$", re.IGNORECASE), ""),
    # words about the passage itself
    (re.compile(rf"\bfor\s+which\s+the\s+{_DOCN}\s+(?:reports|gives|states|lists|provides|mentions|records|cites|"
                r"shows)\s+", re.IGNORECASE), "with "),
    (re.compile(rf"\bwhose\s+{_DOCN}\s+(?:lists|mentions|names|gives|states|reports|includes|contains|shows)\s+",
                re.IGNORECASE), "with "),
    (re.compile(rf"(?:\b(?:that|which|whom|who)\s+|(?<=[a-z]\s))the\s+{_DOCN}\s+(?:itself\s+|explicitly\s+|clearly\s+)?"
                r"(?P<v>[a-z]+)(?:\s+or\s+(?P<v2>[a-z]+))?\s+(?:that\s+)?", re.IGNORECASE), "META"),
    (re.compile(rf"\b(?:according\s+to|per|in)\s+the\s+{_DOCN}\b,?\s*", re.IGNORECASE), ""),
    (re.compile(rf"\bthe\s+{_DOCN}\s+(?:itself\s+)?(?:says|states|reports|claims|mentions|notes|indicates)\s+"
                r"(?:that\s+)?", re.IGNORECASE), ""),
    (re.compile(rf"^(?:(?:a|an|the|any|all|each|every|only|treat|other)\s+)*(?:{_DOCN}\s+)?{_DOCN}\s+(?:(?:that|which)\s+(?:(?:are|is)\s+)?"
                r"(?:only\s+|mainly\s+|mostly\s+|primarily\s+|merely\s+|just\s+)?(?:about|on|describ\w*|discuss\w*|"
                r"cover\w*|concern\w*|focus\w*\s+on|deal\w*\s+with)\s+|(?:that|which)\s+|about\s+|on\s+|"
                r"describing\s+|discussing\s+|covering\s+|concerning\s+|regarding\s+|dealing\s+with\s+|"
                r"focused\s+on\s+|mentioning\s+(?=\w+\s+\w))", re.IGNORECASE), ""),
    (re.compile(rf"^(?:(?:a|an|the)\s+)?{_DOCN}$", re.IGNORECASE), ""),
    (re.compile(r"^" + _GENERIC_LEAD_VERBS, re.IGNORECASE), ""),
    (re.compile(r"^(?:is|are|be)\s+(?=(?:a|an|the)\b)", re.IGNORECASE), ""),
    (re.compile(r"^(?:only|merely|just|solely)\s+", re.IGNORECASE), ""),
    (re.compile(r"\s+only$", re.IGNORECASE), ""),
]


def _sub_steps() -> list[tuple[str, int, int]]:
    """_TEXT_SUBS cut into steps: runs of deletions at the start of the text ("head"), runs of other
    deletions ("any"), and single substitutions ("one"), so that a run is tried in one regex call."""
    def kind(i: int) -> str:
        rx, repl, *needles = _TEXT_SUBS[i]
        if needles or repl or rx.groupindex:
            return "one"
        return "head" if rx.pattern.startswith("^") else "any"

    steps: list[tuple[str, int, int]] = []
    for i in range(len(_TEXT_SUBS)):
        k = kind(i)
        if steps and k != "one" and steps[-1][0] == k:
            steps[-1] = (k, steps[-1][1], i + 1)
        else:
            steps.append((k, i, i + 1))
    return steps


_SUB_STEPS = _sub_steps()


@cache
def _subs_rx(start: int, end: int) -> re.Pattern[str]:
    """One pattern for the substitutions start..end; the group that matched names the first of them."""
    return re.compile("|".join(f"(?P<s{i}>{_TEXT_SUBS[i][0].pattern})" for i in range(start, end)), re.IGNORECASE)


# Trying a run of substitutions in one regex call halves the time of a pass, but compiling those
# patterns takes about 70 ms: worth it only once a process has cleaned many texts (a long
# instruction), so a short one never pays for it.
_RUNS_AFTER = 500
_passes = 0


def _apply_subs(s: str) -> str:
    """One pass of _TEXT_SUBS over ``s``: each substitution in turn (after _RUNS_AFTER passes in this
    process, a run of deletions that cannot apply costs one regex call, with the same result)."""
    global _passes
    if _passes < _RUNS_AFTER:
        _passes += 1
        for i in range(len(_TEXT_SUBS)):
            s = _apply_sub(s, i)
        return s
    for kind, a, b in _SUB_STEPS:
        if kind == "head":  # the first of the run that matches at the start, then the first after it
            s = s.strip(" ,;:.-")
            k = a
            while k < b and (m := _subs_rx(k, b).match(s)) is not None:
                s = s[m.end():].strip(" ,;:.-")
                k = int(m.lastgroup[1:]) + 1  # type: ignore[index]
        elif kind == "any":
            s = s.strip(" ,;:.-")
            if _subs_rx(a, b).search(s) is None:
                continue
            for i in range(a, b):
                s = _TEXT_SUBS[i][0].sub("", s).strip(" ,;:.-")
        else:
            s = _apply_sub(s, a)
    return s


def _apply_sub(s: str, i: int) -> str:
    rx, repl, *needles = _TEXT_SUBS[i]
    if needles and not _has_any(s.lower(), needles[0]):
        return s
    return rx.sub(_meta_sub, s) if repl == "META" else rx.sub(repl, s).strip(" ,;:.-")


def _meta_sub(m: re.Match[str]) -> str:
    v = m.group("v").lower()
    v2 = (m.group("v2") or "").lower()
    if v not in META_VERBS or (v2 and v2 not in META_VERBS):
        return m.group(0)
    part = META_VERBS[v]
    if v2 and META_VERBS[v2] and part:
        return f"{part} or {META_VERBS[v2]} "
    return "that " if part == "" else part + " "


@lru_cache(maxsize=4096)
def _criterion_text(raw: str) -> str:
    s = _SPACES.sub(" ", _strip_brackets(raw)).strip(" ,;:.-")
    initial = _TRAILING_MARKS.sub("", s.split(None, 1)[0]) if s else ""
    s = s.replace("’", "'")
    for _ in range(2):
        before = s
        s = _apply_subs(s)
        if s == before:
            break  # a second pass over an unchanged text changes nothing either
    s = _SPACES.sub(" ", s).strip(" ,;:.-")
    if s:
        words = s.split(None, 2)
        first = words[0]
        name_pair = len(words) > 1 and words[1][:1].isupper() and words[1][1:].islower()
        if (_TRAILING_MARKS.sub("", first) == initial and first[:1].isupper() and (first[1:].islower() or first == "A") and first not in PLACES
                and first not in DEMONYMS and first not in LANGUAGES and not name_pair
                and first.lower().rstrip(".") not in _MONTH_NAMES):
            s = first.lower() + s[len(first):]
    return s


def _content_words(s: str) -> list[str]:
    return [w for w in _ALPHA_WORD.findall(s) if w.lower() not in _CTX_STOP]


_SPACES = re.compile(r"\s+")
_TRAILING_MARKS = re.compile(r"[^\w'’\-]+$")
_ALPHA_WORD = re.compile(r"[A-Za-z][A-Za-z\-']*")


# ---------------------------------------------------------------------------------------------
# feature extraction


_LIST_SEP_RX = re.compile(r"(?<!\s)" + _LIST_SEP)  # from the start of a run of spaces: linear on long runs
_ABBREV_END = re.compile(r"(?:\b[A-Z]\.|\b(?:Bros|Inc|Ltd|Co|Corp|Jr|Sr|St|Mt|Ft)\.)$")
_LEADING_THE = re.compile(r"^the\s+")


def _entities(blob: str) -> list[str]:
    parts = _LIST_SEP_RX.split(blob)
    out = []
    for p in parts:
        p = p.strip().rstrip(",")
        if p.endswith(".") and not _ABBREV_END.search(p):
            p = p[:-1]
        p = _LEADING_THE.sub("", p)
        if not p or p in _NOT_ENTITY or p.lower() in STOPWORDS or p == "&":
            continue
        out.append(p)
    return out


_LIST_SPLIT = re.compile(r"(?<!\s)(?:\s*,\s*(?:(?:and/or|and|or)\s+)?|\s+(?:and/or|and|or|nor)\s+)", re.IGNORECASE)
_LIST_LEAD = re.compile(
    r"(?:(?:as|being|having|a|an|the|some|one|either|kind\s+of|type\s+of|form\s+of|sort\s+of)\s+)+", re.IGNORECASE
)
_GLUE_PREPS = frozenset(_words("by with of to from in on for at under into within"))
_PARTICLES = frozenset(_words("in up down out off over away"))
_NAME_LINK = frozenset(_words("of de du la le von van da di the and"))
# words that end a listed term ("... or destroyers count")
_LIST_STOP = STOPWORDS | frozenset(_words(
    "count counts counted qualify qualifies qualified matter matters relevant irrelevant excluded included please "
    "too either"
))
# words that may follow a state list and end it ("... closed are not relevant")
_STATE_END = frozenset(_words(
    "are is were was be should must do does did don't doesn't count counts qualify qualifies will would can "
    "could may might need needs and or but nor that which who whose so too either"
))
_CALLS = re.compile(
    rf"\b(?:the\s+{_DOCN}\s+|it\s+|they\s+)(?:calls?|labels?|terms?|dubs?|classes|classifies|describes)\s+"
    r"(?:it|them|him|her)?\s*(?=[A-Za-z])(?!as\b)"
    rf"|\b(?:the\s+{_DOCN}\s+|it\s+|they\s+)(?:says?|states?|reports?|notes?|claims?|confirms?)\s+(?:that\s+)?"
    r"(?:(?:it|they|he|she)\s+)?(?:is|are|was|were)\s+(?:(?:either|an?)\s+)*(?=[A-Za-z])",
    re.IGNORECASE,
)
_STATE_CUE = re.compile(
    r"\b(?P<aux>was|were|is|are|been|being|became|become|becomes|has|have|had|got|gets|get|went|gone|goes|that|which|who)\s+"
    r"(?:(?:later|since|subsequently|eventually|officially|permanently|formally|either|now|already|partly|"
    r"partially|largely|completely|entirely|effectively|all)\s+)*(?=[a-z])"
)


def _is_state(words: list[str], aux: str) -> bool:
    """"abandoned", "filled in", "defunct": the state of a thing, not an event with an object."""
    phrase = " ".join(w.lower() for w in words)
    if phrase in STATE_FORMS:
        return True
    if aux in ("has", "have", "had", "went", "gone", "goes", "that", "which", "who"):
        return False  # "has closed", "went bankrupt", "that closed": only words that always name a state
    w = words[0].lower()
    if len(words) > 2 or (len(words) == 2 and words[1].lower() not in _PARTICLES):
        return False
    return len(w) > 4 and w.endswith("ed") and w not in NOT_STATES and w not in EVENT_PARTICIPLES


_LOWER_WORD = re.compile(r"[a-z][a-z\-]*")
_TERM_WORD = re.compile(r"[A-Za-z][\w\-'’]*")
_LIST_ITEM_WORDS = 5  # words read from one list item: enough to tell a short term from a phrase
_LIST_ITEMS = 64  # items read from one list, a bound on the work per list whatever the text
_TOKEN = re.compile(r"\S+")


def _list_items(text: str, pos: int, end: int) -> Iterator[list[tuple[int, int, str]]]:
    """The items of a list from ``pos``, one at a time: the first words of each, with their offsets.

    An item longer than a few words ends the list, so the next separator is looked for only that far.
    """

    def words(a: int, b: int) -> list[tuple[int, int, str]]:
        lead = _LIST_LEAD.match(text, a, b)
        out = []
        for t in _TOKEN.finditer(text, lead.end() if lead else a, b):
            out.append((t.start(), t.end(), t.group(0)))
            if len(out) == _LIST_ITEM_WORDS:
                break
        return out

    i = pos
    for _ in range(_LIST_ITEMS):
        lead = _LIST_LEAD.match(text, i, end)
        reach = end
        for n, t in enumerate(_TOKEN.finditer(text, lead.end() if lead else i, end)):
            if n == _LIST_ITEM_WORDS + 2:
                reach = t.start()
                break
        m = _LIST_SPLIT.search(text, i, reach)
        if m is None:
            break
        if m.start() > i:
            yield words(i, m.start())
        i = m.end()
    else:
        return
    yield words(i, end)


def _term_list(text: str, pos: int, end: int, *, state: str = "", max_words: int = 3) -> tuple[list[str], int]:
    """The terms listed from ``pos``: "Baptist, Methodist, or as founded or run by, or affiliated with,
    a parish, synod or monastic order" -> Baptist, Methodist, parish, synod, monastic order.

    Words that link an alternative to its object ("run by", "affiliated with") are skipped; the list
    ends at the first item that is not a short phrase. With ``state`` (the auxiliary before it,
    "was abandoned, closed or filled in") every item must be a word for a state. Returns the terms
    and the end offset of the last one.
    """
    items = _list_items(text, pos, end)
    spans: list[list[tuple[int, int, str]]] = []  # the items read so far: items are read as needed

    def item(k: int) -> list[tuple[int, int, str]] | None:
        while len(spans) <= k:
            nxt = next(items, None)
            if nxt is None:
                return None
            spans.append(nxt)
        return spans[k]

    def glue(k: int, ws: list[tuple[int, int, str]]) -> bool:
        nxt = item(k + 1)
        if nxt is None or not ws:
            return False
        if len(ws) <= 3 and ws[-1][2].lower() in _GLUE_PREPS:
            return True
        return (len(ws) == 1 and ws[0][2].lower().endswith(("ed", "en")) and bool(nxt) and len(nxt) <= 3
                and nxt[-1][2].lower() in _GLUE_PREPS and item(k + 2) is not None)

    terms: list[str] = []
    last = pos
    k = -1
    while (ws := item(k := k + 1)) is not None:
        if not ws:
            break
        if not state and glue(k, ws):
            continue
        words = [w for _, _, w in ws]
        if state:
            n = 2 if len(words) > 1 and words[1].lower() in _PARTICLES and (
                len(words) == 2 or words[2].lower() in _STATE_END) else 1
            ok = all(_LOWER_WORD.fullmatch(w) for w in words[:n]) and _is_state(words[:n], state)
            rest_ok = len(words) == n or words[n].lower().rstrip(",.") in _STATE_END
            if not ok or not rest_ok:
                break
            terms.append(" ".join(words[:n]))
            last = ws[n - 1][1]
            if len(words) > n:
                break
            continue
        kept: list[tuple[int, int, str]] = []
        for j, (a, b, w) in enumerate(ws[:max_words]):
            if not _TERM_WORD.fullmatch(w):
                break
            low = w.lower()
            if low in _LIST_STOP:
                # "Church of England": a linking word between capitalised words
                if (low in _NAME_LINK and kept and kept[-1][2][:1].isupper() and j + 1 < len(ws)
                        and ws[j + 1][2][:1].isupper()):
                    kept.append((a, b, w))
                    continue
                break
            kept.append((a, b, w))
        while kept and kept[-1][2].lower() in _LIST_STOP:
            kept.pop()
        if not kept or kept[0][2].lower().endswith("ing") or kept[0][2].lower() in _CTX_STOP:
            break
        if kept[0][2] in DEMONYMS:  # "as Canadian": a place, read elsewhere
            last = kept[-1][1]
            if len(kept) < len(ws):
                break
            continue
        terms.append(" ".join(w for _, _, w in kept))
        last = kept[-1][1]
        if len(kept) < len(ws):
            break
    return terms, last


def _state_terms(terms: list[str]) -> tuple[str, ...]:
    out: list[str] = []
    for t in terms:
        out.append(t)
        out.extend(STATE_FORMS.get(t.lower(), ()))
    return tuple(dict.fromkeys(out))


# canonical unit -> forms a passage may write it in; only units that are not also common words
_UNIT_FORMS: dict[str, tuple[str, ...]] = {
    "km/h": ("km/h", "kph", "km per hour", "kilometres per hour", "kilometers per hour"),
    "mph": ("mph", "miles per hour"),
    "knots": ("knots", "kn", "kt"),
    "m": ("m", "metres", "meters", "metre", "meter"),
    "km": ("km", "kilometres", "kilometers", "kilometre", "kilometer"),
    "ft": ("ft", "feet", "foot"),
    "mi": ("miles", "mile", "mi"),
    "cm": ("cm", "centimetres", "centimeters"),
    "mm": ("mm", "millimetres", "millimeters"),
    "kg": ("kg", "kilograms", "kilos"),
    "lb": ("lb", "lbs", "pounds"),
    "t": ("tonnes", "tons", "t"),
    "km2": ("km2", "km²", "square kilometres", "square kilometers", "sq km"),
    "mi2": ("square miles", "sq mi"),
    "ha": ("hectares", "ha"),
    "acres": ("acres", "acre"),
    "MW": ("MW", "megawatts"),
    "°C": ("°C", "degrees Celsius", "Celsius"),
    "°F": ("°F", "degrees Fahrenheit", "Fahrenheit"),
    "hPa": ("hPa", "mbar", "millibars"),
}
_UNIT_NAME: dict[str, str] = {}
for _u, _forms in _UNIT_FORMS.items():
    for _f in _forms:
        _UNIT_NAME.setdefault(_f.lower(), _u)
# in running text only unambiguous forms name a unit; inside brackets short ones do too ("(m)")
_UNIT_LONG = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in sorted(
    (f for f in _UNIT_NAME if f not in ("m", "t", "kn", "kt", "mi", "ha", "lb")), key=lambda f: (-len(f), f)))
_UNIT_ANY = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in sorted(_UNIT_NAME, key=lambda f: (-len(f), f)))
_ULIST = r"(?:{u})(?:\s*(?:,|/|\bor\b|\band\b|,\s*or\b)\s*(?:{u}))*"
_UNIT_LIST_RE = re.compile(
    r"\(\s*(?:in\s+|as\s+|either\s+)?(?P<b>" + _ULIST.format(u=_UNIT_ANY) + r")\s*\)"
    r"|\b(?:in|as)\s+(?:either\s+)?(?P<t>" + _ULIST.format(u=_UNIT_LONG) + r")(?![\w/])",
)
_NUMBER_ASK = re.compile(
    r"\b(?:numbers?|figures?|values?|numeric(?:al)?|speeds?|measure\w*|heights?|lengths?|distances?|weights?|"
    r"areas?|elevations?|altitudes?|temperatures?|rates?|amounts?|capacity|depths?|widths?|sizes?|pressures?|totals?|"
    r"spans?|given|stated|reported|expressed|quoted|listed|measured|recorded|states?|gives?|reports?|lists?)\b",
    re.IGNORECASE,
)


def _unit_list(st: _State, cs: int, ce: int) -> tuple[int, int, list[str]] | None:
    """Units a clause asks a number to be given in: "(km/h or mph)", "given in metres or feet"."""
    if not _NUMBER_ASK.search(st.masked, cs, ce):
        return None
    for m in _UNIT_LIST_RE.finditer(st.text, cs, ce):
        blob = m.group("b") or m.group("t")
        units = []
        for part in re.split(r"\s*(?:,\s*or\b|,|/(?!h\b)|\bor\b|\band\b)\s*", blob, flags=re.IGNORECASE):
            u = _UNIT_NAME.get(" ".join(part.lower().split()))
            if u and u not in units:
                units.append(u)
        if units:
            return m.start(), m.end(), units
    return None


def _place_terms(ent: str) -> tuple[str, ...]:
    canon = COUNTRY_ALIASES.get(ent, COUNTRY_ALIASES.get("the " + ent, ent))
    terms = [ent]
    if canon != ent:
        terms.append(canon)
    terms.extend(COUNTRIES.get(canon, ()))
    terms.extend(NORTH_AMERICAN.get(canon, ()))
    return tuple(dict.fromkeys(terms))


# How far back from a feature the words that bind or qualify it are read: enough for any phrase
# they form, and a bound on the work per feature whatever the length of the clause.
_REACH = 80
_BINDING_WORD = re.compile(
    r"(?<![\w\-'])(?P<w>[A-Za-z][A-Za-z\-']*)\s+(?:(?:only|first|originally|initially|officially|still|also|actually|"
    r"exclusively|probably|likely|mainly|mostly)\s+)*(?:(?:in|on|during|around|circa|at|to|from|between|"
    r"sometime\s+in)\s+)?(?:the\s+(?:year|years|period)\s+)?$"
)
_SUBJECT_BEFORE = re.compile(r"(?<![A-Za-z])([A-Za-z]+)\s+(?:(?:was|were|has|have|had)\s+)?$")
_WORD_BEFORE = re.compile(r"(?<![\w\-'])([A-Za-z][\w\-']*)\s+$")


def _time_binding(st: _State, cs: int, te: TimeExpr, doc_noun_end: Callable[[], int]) -> tuple[bool, bool, int]:
    """(bound to an event, about the document's own date, start of the binding word).

    ``doc_noun_end()``: where the clause's first word for a document ends (after the clause if none).
    """
    m = _BINDING_WORD.search(st.masked, max(cs, te.start - _REACH), te.start)
    if not m:
        return False, False, te.start
    w = m.group("w").lower()
    at = m.start("w")
    if w in NON_BINDING:
        return False, False, te.start
    if w in PUBLICATION_NOUNS:
        return False, True, te.start if te.text.startswith(("from", "between")) else cs + m.end("w") + 1
    bound = w in EVENT_PARTICIPLES or (w.endswith("ed") and len(w) > 4 and w not in ("interested", "focused"))
    subj = _SUBJECT_BEFORE.search(st.masked, max(cs, at - _REACH), at)
    if subj and subj.group(1).lower() in ("what", "anything", "something", "everything", "whatever", "events",
                                          "things") and (
            w in ("happened", "occurred", "held", "done", "going", "took", "existed", "started", "began", "ended")
            or subj.group(1).lower() in ("what", "events", "things", "whatever")):
        bound = False  # "what happened between 1995 and 2002": the period itself; not "anything built after 1945"
    # the document's own date: "articles published in 2023", "posted after May"; not "novels published"
    prev = _WORD_BEFORE.search(st.masked, max(cs, at - _REACH), at)
    prev_w = prev.group(1).lower() if prev else ""
    generic = prev_w in ("anything", "everything", "something", "nothing", "stuff", "material", "content", "whatever")
    doc_subject = generic or prev_w in PUBLICATION_NOUNS or prev_w in DOC_NOUNS or prev_w in (
        "that", "which", "were", "was", "are", "is", "only", "been", "") or bool(prev and prev.group(1)[0].isupper())
    doc = w in ("posted", "uploaded", "filed", "updated") or (
        w in ("published", "dated", "written", "issued", "released", "created", "modified")
        and (generic or doc_noun_end() <= te.start) and doc_subject)
    return bound and not doc, doc, at


def _features(st: _State, cs: int, ce: int, polarity: str) -> list[_Feature]:
    seg = st.fmask[cs:ce]
    feats: list[_Feature] = []
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
        feats.append(_Feature("time", te.start, te.end, pred, te, bound=bound, doc_level=doc,
                              phrase_start=at if (bound or doc) else -1))
        taken.add(te.start, te.end)
    if not any(f.kind == "time" for f in feats) and st.last_window:
        am = _TIME_ANAPHOR.search(seg)
        if am:
            lo, hi = st.last_window
            feats.append(_Feature("time", cs + am.start(), cs + am.end(), Predicate.date_window(lo, hi)))
            taken.add(cs + am.start(), cs + am.end())
    for rx, which in ((_RECENCY_LATEST, "latest"), (_RECENCY_EARLIEST, "earliest")):
        for m in rx.finditer(seg):
            s, e = cs + m.start(), cs + m.end()
            if free(s, e):
                feats.append(_Feature("recency", s, e, None, recency=which))
                taken.add(s, e)
            break

    # numbers
    for n in find_numbers(seg):
        s, e = n.start + cs, n.end + cs
        if not free(s, e):
            continue
        pred = Predicate.number(n.op, n.value, unit=n.unit, context=n.context)  # type: ignore[arg-type]
        feats.append(_Feature("number", s, e, pred, num=NumExpr(s, e, n.op, n.value, n.unit, n.context, n.text)))
        taken.add(s, e)

    # a number in named units: "the top load as a number (kg or lb)", "heights given in metres"
    if not any(f.kind == "number" for f in feats):
        um = _unit_list(st, cs, ce)
        if um is not None:
            us, ue, units = um
            if free(us, ue):
                forms = sorted({f for u in units for f in _UNIT_FORMS[u]}, key=lambda f: (-len(f), f))
                alts = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms)
                unit_rx = r"\b\d[\d,]*(?:\.\d+)?\s?(?:" + alts + r")(?!\w)"
                feats.append(_Feature("format", us, ue, Predicate.pattern(unit_rx,
                                                                          label="number in " + " or ".join(units))))
                taken.add(us, ue)

    # formats
    has_number = any(f.kind == "number" for f in feats)
    has_format = any(f.kind == "format" for f in feats)
    for m in _FORMAT_RE.finditer(seg):
        s, e = cs + m.start(), cs + m.end()
        if not free(s, e):
            continue
        label = next(lbl for lbl, _ in _FORMAT_NOUNS if m.group(f"f_{lbl}"))
        if label in ("number", "measurement") and has_format:
            continue  # "a number (kg or lb)": the units say more
        if label == "year" and _YEAR_OF.match(seg, m.end(), m.end() + 6):
            continue
        if label in ("number", "population", "measurement", "percentage", "year") and has_number:
            continue
        negated = bool(_NEGATED_FORMAT.search(seg, max(0, m.start() - _REACH), m.start())) or m.group(
            0).lower().startswith(("without",))
        feats.append(_Feature("format", s, e, Predicate.pattern(FORMAT_PATTERNS[label], label=label),
                              negated=negated))
        taken.add(s, e)
        break
    if not any(f.kind == "format" for f in feats):
        wm = _SAYS_WHEN.search(seg)
        if wm and free(cs + wm.start(), cs + wm.end()):
            feats.append(_Feature("format", cs + wm.start(), cs + wm.end(),
                                  Predicate.pattern(FORMAT_PATTERNS["year"], label="year")))
            taken.add(cs + wm.start(), cs + wm.end())
    if not any(f.kind == "format" for f in feats):
        m2 = _STRONG_MONEY.search(seg)
        if m2 and free(cs + m2.start(), cs + m2.end()):
            feats.append(_Feature("format", cs + m2.start(), cs + m2.end(),
                                  Predicate.pattern(FORMAT_PATTERNS["money"], label="money")))
            taken.add(cs + m2.start(), cs + m2.end())

    # places
    for m in _PLACE_RE.finditer(st.fmask, cs, ce):
        cue = _SPACES.sub(" ", m.group("cue").lower())
        s_ents = m.start("ents")
        if not free(s_ents, m.end("ents")):
            continue
        ents = _entities(m.group("ents"))
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
                ok = known or not (pub or _ACRONYM.fullmatch(ent))
            else:
                ok = True
            if ok:
                keep.append(ent)
        if not keep:
            continue
        terms: list[str] = []
        for ent in keep:
            terms.extend(_place_terms(ent))
        feats.append(_Feature("place", m.start(), m.end("ents"), Predicate.mentions(tuple(dict.fromkeys(terms))),
                              negated=negated, terms=tuple(keep), phrase_start=m.start()))
        taken.add(m.start(), m.end("ents"))
    for m in _DEMONYM_RE.finditer(seg):
        s, e = cs + m.start(), cs + m.end()
        if not free(s, e):
            continue
        dem = m.group("d")
        if _DEMONYM_AS_KIND.match(seg, m.end(), m.end() + 20):
            continue
        back = max(0, m.start() - _REACH)
        if dem in LANGUAGES and _LANGUAGE_CUE_BEFORE.search(seg, back, m.start()):
            continue
        predicative = bool(_PREDICATIVE_BEFORE.search(seg, back, m.start()))
        if polarity in ("exclude", "avoid") and not predicative:
            continue
        place = DEMONYMS[dem]
        dterms = tuple(dict.fromkeys([dem, *_place_terms(place)]))
        feats.append(_Feature("place", s, e, Predicate.mentions(dterms), terms=(dem,)))
        taken.add(s, e)

    if polarity in ("require", "prefer"):
        for m in _ATTR_PLACE.finditer(seg):
            s, e = cs + m.start(), cs + m.end()
            if free(s, e) and m.group(0) not in _NOT_ENTITY:
                feats.append(_Feature("place", s, e, Predicate.mentions(_place_terms(m.group(0))),
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
                if words[0] in _CTX_STOP or words[0].endswith("ing"):
                    continue
                # "use peanuts, almonds or cashews": every listed alternative
                listed, lend = _term_list(st.fmask, es, ce, max_words=2)
                if len(listed) > 1 and all(t[:1].islower() for t in listed):
                    rterms: tuple[str, ...] = tuple(dict.fromkeys(listed))
                    ee = lend
                else:
                    if len(words) > 1 and words[1] in _CTX_STOP:
                        words = words[:1]
                    term = " ".join(words)
                    ee = es + len(term)
                    rterms = (term,)
            else:
                rterms = tuple(e for e in _entities(m.group("ents")) if e not in DEMONYMS)
                if not rterms:
                    continue
            feats.append(_Feature("mention", m.start(), ee, Predicate.mentions(rterms), terms=rterms,
                                  phrase_start=m.start()))
            taken.add(m.start(), ee)
    for m in _AS_DESC.finditer(st.fmask, cs, ce):
        if not free(m.start(), m.end()):
            continue
        terms_l, end = _term_list(st.fmask, m.end(), ce)
        if terms_l and free(m.start(), end):
            feats.append(_Feature("mention", m.start(), end, Predicate.mentions(tuple(dict.fromkeys(terms_l))),
                                  terms=tuple(terms_l), phrase_start=m.start()))
            taken.add(m.start(), end)
    # states: "one that was abandoned, closed or filled in", "airports that have closed"
    for m in _STATE_CUE.finditer(st.fmask, cs, ce):
        terms_l, end = _term_list(st.fmask, m.end(), ce, state=m.group("aux").lower())
        if terms_l and free(m.end(), end):
            st_terms = _state_terms(terms_l)
            feats.append(_Feature("mention", m.start(), end, Predicate.mentions(st_terms), terms=st_terms,
                                  phrase_start=m.start()))
            taken.add(m.start(), end)
    # "the paragraph calls frigates, corvettes or destroyers", "the text says is Anglican or Baptist"
    for m in _CALLS.finditer(st.fmask, cs, ce):
        if not free(m.start(), m.end()):
            continue
        terms_l, end = _term_list(st.fmask, m.end(), ce)
        if terms_l and free(m.start(), end):
            feats.append(_Feature("mention", m.start(), end, Predicate.mentions(tuple(dict.fromkeys(terms_l))),
                                  terms=tuple(terms_l), phrase_start=m.start()))
            taken.add(m.start(), end)
    feats.sort(key=lambda f: f.start)
    return feats


_BC_RE = re.compile(r"\b\d+\s*(?:BC|BCE|B\.C\.(?:E\.)?)(?!\w)")
_YEAR_OF = re.compile(r"\s+(?:of|in|when)\b")
_SAYS_WHEN = re.compile(r"\b(?:state|states|stating|give|gives|say|says|mention|mentions|specify|specifies|report|"
                        r"reports|tell|tells|indicate|indicates)\s+(?:exactly\s+)?when\b", re.IGNORECASE)
_ACRONYM = re.compile(r"[A-Z]{2,6}")
# a demonym that names a kind of thing, not a place ("Canadian football", "French language")
_DEMONYM_AS_KIND = re.compile(r"\s*(?:football|rules|language|languages|dollars?|cuisine|food|style|version|edition|"
                              r"english|french|spanish|sign|government|army|navy|air\s+force)\b", re.IGNORECASE)
_NEGATED_FORMAT = re.compile(r"\b(?:without|no|not|never|lacking|lacks?|missing)(?:\s+[\w\-]+){0,2}\s*$", re.IGNORECASE)
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

# ---------------------------------------------------------------------------------------------
# filters from the collection's fields


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


_MONTH_NAMES = frozenset(
    _words(
        "january february march april may june july august september october november december jan "
        "feb mar apr jun jul aug sep sept oct nov dec"
    )
)
_SOURCE_FIELD = re.compile(r"source|publisher|site|domain|outlet|channel|feed|provider|website|newspaper|"
                           r"publication|journal|venue|network|agency|host", re.IGNORECASE)
_AUTHOR_FIELD = re.compile(r"author|writer|byline|creator|reporter|journalist", re.IGNORECASE)
_LANG_FIELD = re.compile(r"^(?:lang|language|locale)(?:_?code)?$", re.IGNORECASE)
_LANG_CODES = {"English": "en", "French": "fr", "German": "de", "Spanish": "es", "Italian": "it",
               "Portuguese": "pt", "Dutch": "nl", "Russian": "ru", "Chinese": "zh", "Japanese": "ja",
               "Korean": "ko", "Arabic": "ar", "Hindi": "hi", "Swedish": "sv", "Norwegian": "no", "Danish": "da",
               "Finnish": "fi", "Polish": "pl", "Czech": "cs", "Greek": "el", "Turkish": "tr", "Hebrew": "he",
               "Persian": "fa", "Latin": "la"}
_PUB_RX = r"\b(?:" + "|".join(sorted(PUBLICATION_NOUNS, key=len, reverse=True)) + r")\b"
_NEXT_NOUN = re.compile(r"\s+([A-Za-z][\w\-]*)")
_TLD_END = re.compile(r"\.[a-z]{2,}$")
_PUB_WORD = re.compile(_PUB_RX + r"|\b(?:published|posted|reported|broadcast|aired|printed)\b", re.IGNORECASE)
_PUB_NEAR_END = re.compile(_PUB_RX + r"[\w\s,]{0,20}$", re.IGNORECASE)
_LANGUAGE_REF = re.compile(r"\b(?:in|written\s+in)\s+(?P<l>[A-Z][a-z]+)\b|\b(?P<l2>[A-Z][a-z]+)[\s-]language\b")
_BOOL_NEGATION = re.compile(r"\b(?:not|non|no|without|un)[\s-]*$", re.IGNORECASE)
_SOURCE_REF = re.compile(
    r"\b(?P<cue>from|by|on|at|via|published\s+(?:by|in|on)|according\s+to|reported\s+by|sourced\s+from|"
    r"appearing\s+(?:in|on)|run\s+by|carried\s+by)\s+(?:the\s+)?"
    r"(?P<x>[\w\-]+(?:\.[\w\-]+)*\.(?:com|org|net|gov|edu|io|co\.uk|co|de|fr|ca|info|news|us|uk|au)\b|"
    rf"{_NAME_WORD}(?:\s+{_NAME_WORD})*)"
)
_AUTHOR_REF = re.compile(
    r"\b(?i:(?:written|authored|penned)\s+by|(?:" + "|".join(sorted(PUBLICATION_NOUNS, key=len, reverse=True))
    + rf")\s+by)\s+(?P<x>{_NAME_WORD}(?:\s+{_NAME_WORD})*)"
)


class _Lazy:
    """A test computed on its first call and remembered."""

    __slots__ = ("_done", "_fn", "_value")

    def __init__(self, fn: Callable[[], bool]) -> None:
        self._fn, self._done, self._value = fn, False, False

    def __call__(self) -> bool:
        if not self._done:
            self._value, self._done = self._fn(), True
        return self._value


def _field_roles(fields: dict[str, str]) -> dict[str, str | None]:
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


_SPACE_DOT = re.compile(r"[\s.]")


@dataclass(frozen=True)
class _Values:
    """The known values of one field, found in text by one pattern; a match maps back to its value."""

    rx: re.Pattern[str]
    exact: dict[str, str]  # lower-cased value -> value
    alias: dict[str, str]  # the letters of a domain's first label -> value ("cnn" -> "cnn.com")
    field_rx: re.Pattern[str]  # the field's own name as written in prose ("tagged", "section")

    def value_of(self, matched: str) -> str | None:
        low = matched.lower()
        return self.exact.get(low) or self.alias.get(_SPACE_DOT.sub("", low))


def _values_index(fields: dict[str, str], values: dict[str, tuple[str, ...]]) -> dict[str, _Values]:
    out: dict[str, _Values] = {}
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
        out[name] = _Values(
            re.compile(r"(?<!\w)(?:" + "|".join(alts) + r")(?!\w)", re.IGNORECASE), exact, alias,
            re.compile(r"\b(?:" + "|".join(map(re.escape, toks)) + r")(?:s|es|d|ed|ged)?\b", re.IGNORECASE),
        )
    return out


_COMMON_WORDS = re.compile(r"[a-z][a-z '\-]*")  # a value like this may be an ordinary word
# Words between a negation and the thing it negates ("not from CNN", "no CNN articles", "non-CNN").
_NEGATED_GAP = re.compile(
    r"[\s\-]*(?:(?:any|the|an?|only|just|those|ones|coming|originating|sourced|published|written|reported|posted|"
    r"issued|released|authored|run|owned|produced|tagged|labell?ed|marked|filed|listed|categori[sz]ed|classified|"
    r"under|as|" + "|".join(sorted(PUBLICATION_NOUNS | DOC_NOUNS, key=len, reverse=True))
    + r"|from|by|on|at|in|via|of|to|with)[\s\-]+)*",
    re.IGNORECASE,
)
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


def _additive(seg: str) -> bool:
    """True when a clause adds to what counts: "include bbc.co.uk too", "Reuters is also fine"."""
    return bool(_ADDITIVE.search(seg) or (_INCLUDE.search(seg) and not _RESTRICT.search(seg)))


class _Scope:
    """Where a clause negates something: the negations that are not its polarity cue, and what a
    phrase at an offset falls under ("plain", "negated" when one negation governs it directly, as
    in "not from CNN", "no CNN articles" or "non-CNN", and "unsure" otherwise)."""

    def __init__(self, st: _State, cs: int, ce: int) -> None:
        self.masked, self.cs, self.ce = st.masked, cs, ce
        self._negs: list[tuple[int, int]] | None = None  # read when first asked
        self.starts: list[int] = []

    @property
    def negs(self) -> list[tuple[int, int]]:
        if self._negs is None:
            seg = self.masked[self.cs:self.ce]
            head = _EXCLUDE_HEAD.match(seg)
            cue = Spans()
            for rx in (_EXCLUDE_ANY, _AVOID):
                for m in rx.finditer(seg):
                    cue.add(m.start(), m.end())
            if _has_any(seg.lower(), _EXCLUDE_MORE_WORDS):
                for m in _EXCLUDE_MORE.finditer(seg):
                    cue.add(m.start(), m.end())
            self._negs = [(self.cs + m.start(), self.cs + m.end()) for m in _NEG.finditer(seg, head.end() if head else 0)
                          if m.start() not in cue]
            self.starts = [s for s, _ in self._negs]
        return self._negs

    def of(self, start: int) -> str:
        if not self.negs:
            return "plain"
        n = bisect_left(self.starts, start)
        if n == 0:
            return "plain"
        ne = self.negs[n - 1][1]
        if n == 1 and ne >= start or (n == 1 and _NEGATED_GAP.fullmatch(self.masked, ne, start)):
            return "negated"
        return "unsure"


def _restrictions(st: _State, name: str) -> int | None:
    """Index in ``st.filters`` of the filter that keeps ``name`` to some of its values, if any."""
    for i, f in enumerate(st.filters):
        if f.field == name and f.op in ("=", "in"):
            return i
    return None


def _value_filters(
    st: _State, cs: int, ce: int, polarity: str, scope: _Scope, consumed: Spans,
) -> None:
    """Known values of string and list fields named in the clause become filters when it is certain
    what the clause says about them; otherwise they stay in the text of a criterion (and a note says why)."""
    additive = polarity in ("require", "prefer") and _additive(st.masked[cs:ce])
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


def _value_filter(st: _State, name: str, polarity: str, plain: list[str], negated: list[str], additive: bool) -> bool:
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


def _filters_for_clause(
    st: _State, cs: int, ce: int, polarity: str, feats: list[_Feature], consumed: Spans, *, certain: bool = True,
    scope: _Scope | None = None,
) -> list[_Feature]:
    """Turn references to real fields into filters; returns the features left for criteria.

    A filter is hard, so it comes only from a clause whose polarity is its own (``certain``: not
    carried over from the clause before) and from words whose scope is clear: no negation that may
    or may not reach them, no "too" or "also" that adds to what counts rather than narrowing it.
    """
    seg = st.masked[cs:ce]
    hard = polarity in ("require", "exclude") and certain
    positive = polarity == "require"
    scope = scope or _Scope(st, cs, ce)
    # read when first needed: most clauses name no field, and these tests take time
    has_pub = _Lazy(lambda: bool(_PUB_WORD.search(seg)))
    narrowing = _Lazy(lambda: hard and positive and not _additive(seg))

    # known values of string/list fields
    if certain and polarity != "avoid":
        _value_filters(st, cs, ce, polarity, scope, consumed)

    # sources: "from CNN", "published by Reuters", "on nytimes.com"
    time_spans = Spans()
    for f in feats:
        if f.kind == "time":
            time_spans.add(f.start, f.end)
    replaced = Spans()  # the features that source references replace
    added: list[_Feature] = []
    src = st.roles["source"]
    for m in _SOURCE_REF.finditer(st.masked, cs, ce):
        x = m.group("x").strip()
        if m.start("x") in consumed:
            continue
        domain = "." in x and _TLD_END.search(x)
        acronym = _ACRONYM.fullmatch(x) and x not in PLACES and x not in COUNTRY_ALIASES
        cue = m.group("cue").lower()
        pubby = cue.startswith(("published", "according", "reported", "sourced", "appearing", "carried"))
        after_pub = cue in ("from", "by", "on", "at", "via") and bool(
            _PUB_NEAR_END.search(st.masked, max(cs, m.start() - 40), m.start()))
        if x in PLACES or x in DEMONYMS or x in _NOT_ENTITY or x.lower().rstrip(".") in _MONTH_NAMES:
            continue
        if m.start("x") in time_spans:
            continue
        if not (domain or pubby or (acronym and has_pub()) or (after_pub and cue == "from")):
            continue
        phrase = st.text[m.start():m.end()]
        if src and hard and src not in st.values:
            if positive:
                if narrowing() and scope.of(m.start()) == "plain":
                    st.filters.append(Filter(src, "contains", x.lower()))
                    _consume(consumed, m.start(), m.end())
                    continue
            else:
                st.notes.append(f"{phrase!r}: the values of field {src!r} are not known, so this exclusion stays a "
                                "text criterion; pass values= to make it a filter")
        elif not src:
            st.notes.append(_no_field_note("source", phrase, st))
        replaced.add(m.start("x"), m.start("x") + 1)
        added.append(_Feature("mention", m.start(), m.end(), Predicate.mentions((x,)), terms=(x,),
                              phrase_start=m.start()))
    if added:  # a source reference replaces the features read from its name
        feats = [f for f in feats if replaced.free(f.start, f.end)] + added

    # authors of documents: "articles written by Jane Doe"
    authors = list(_AUTHOR_REF.finditer(st.masked, cs, ce))
    if authors and has_pub():
        dropped = Spans()
        au = st.roles["author"]
        for m in authors:
            if m.start("x") in consumed:
                continue
            x = m.group("x")
            if x in _NOT_ENTITY:
                continue
            if au and positive:
                if narrowing() and scope.of(m.start()) == "plain":
                    st.filters.append(Filter(au, "contains", x.lower()))
                    dropped.add(m.start(), m.end())
                    _consume(consumed, m.start(), m.end())
            elif not au:
                st.notes.append(_no_field_note("author", st.text[m.start():m.end()], st))
        if dropped:
            feats = [f for f in feats if f.start not in dropped]

    # language: "in English", "English-language articles"; "not in French" with a plain require
    lang_field = st.roles["language"]
    if lang_field and hard and lang_field not in st.values:
        for m in _LANGUAGE_REF.finditer(seg):
            lang = m.group("l") or m.group("l2")
            if lang not in LANGUAGES:
                continue
            how = scope.of(cs + m.start())
            if how == "unsure" or (how == "negated" and not positive) or (how == "plain" and positive and not narrowing()):
                continue
            codes = [_LANG_CODES.get(lang, lang.lower()[:2]), lang]
            st.filters.append(Filter(lang_field, "in" if positive and how == "plain" else "not in", codes))
            _consume(consumed, cs + m.start(), cs + m.end())

    # the document's own date
    kept: list[_Feature] = []
    for f in feats:
        if f.kind == "time" and f.doc_level and f.time is not None:
            te = f.time
            df, yf = st.roles["date"], st.roles["year"]
            start = min(f.start, f.phrase_start) if f.phrase_start >= 0 else f.start
            phrase = st.text[f.phrase_start if f.phrase_start >= 0 else te.start:te.end]
            plain = narrowing() and scope.of(start) == "plain"
            if hard and df and te.kind != "as_of":
                lo, hi = te.lo, te.hi
                if plain:
                    if lo:
                        st.filters.append(Filter(df, ">=", lo.isoformat()))
                    if hi:
                        st.filters.append(Filter(df, "<=", hi.isoformat()))
                    _consume(consumed, start, f.end)
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
                    _consume(consumed, start, f.end)
                    continue
            elif not df and not yf:
                st.notes.append(_no_field_note("date", phrase, st))
        kept.append(f)
    feats = kept

    # numeric fields: "at least 500 words" with a word_count field
    kept = []
    for f in feats:
        if (f.kind == "number" and f.num is not None and hard and (not positive or narrowing())
                and scope.of(f.start) == "plain"):
            words = set(f.num.context) | ({f.num.unit.lower()} if f.num.unit else set())
            words |= {w.rstrip("s") for w in words}
            target = next((n for n, t in st.fields.items() if t in ("integer", "number")
                           and _field_tokens(n) & words and "year" not in _field_tokens(n)), None)
            if target:
                op, val = f.num.op, f.num.value
                flt = [Filter(target, ">=", val[0]), Filter(target, "<=", val[1])] if op == "between" else \
                    [Filter(target, op, val)]  # type: ignore[arg-type]
                if polarity == "exclude":
                    neg = {"<": ">=", "<=": ">", ">": "<=", ">=": "<", "=": "!="}
                    if op == "between":
                        flt = []
                        st.notes.append(f"{f.num.text!r}: an excluded range on {target!r} stays a criterion")
                    else:
                        flt = [Filter(target, neg[op], val)]  # type: ignore[arg-type]
                if flt:
                    st.filters.extend(flt)
                    noun = _NEXT_NOUN.match(st.masked, f.end, f.end + 30)
                    end = noun.end() if noun and noun.group(1).lower() in words else f.end
                    _consume(consumed, f.start, end)
                    continue
        kept.append(f)
    feats = kept

    # boolean fields: "paywalled articles are not relevant" with is_paywalled
    if hard and st.roles["bool"] and has_pub():
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
                value = (not negated) if positive else negated
                st.filters.append(Filter(name, "=", value))
                _consume(consumed, cs + bm.start(), cs + bm.end())
                break

    # explicit "field = value" / "field: value" / "field is value" / "field is not value"
    for name in st.fields:
        em = _explicit_rx(name).search(seg)
        if em and hard and cs + em.start("v") not in consumed and scope.of(cs + em.start()) == "plain":
            raw = em.group("v").strip("\"'")
            st.filters.append(Filter(name, "=" if positive != bool(em.group("ne")) else "!=",
                                     _coerce(raw, st.fields[name])))
            _consume(consumed, cs + em.start(), cs + em.end())
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


def _no_field_note(what: str, phrase: str, st: _State) -> str:
    have = ", ".join(f"{n} ({t})" for n, t in st.fields.items()) or "none"
    if not st.fields_given:
        return f"{phrase!r} refers to the document's {what}, but no fields were given; kept as a text criterion"
    return f"{phrase!r} refers to the document's {what}, but the collection has no such field " \
           f"(fields: {have}); kept as a text criterion"


# ---------------------------------------------------------------------------------------------
# clauses -> criteria


_DIGIT = re.compile(r"\d")
_ABOUT = re.compile(r"\b(?:about|describ\w*|discuss\w*|cover\w*|concern\w*|deal\w*\s+with|focus\w*\s+on)\b",
                    re.IGNORECASE)
_ONLY = re.compile(r"\b(?:only|solely|exclusively|just)\b", re.IGNORECASE)


def _compile_clause(
    st: _State, cs: int, ce: int, prev_pol: str | None, sent_idx: int, elab: bool = False, question: bool = False
) -> str | None:
    raw = st.masked[cs:ce]
    cue = _detect(raw)
    if question and cue.polarity in (None, "require"):
        about_q = _ABOUT.search(raw)
        cue = _Cue("require", strong=True, definitional=bool(about_q) and not st.seen_topic)
    if (elab and prev_pol in ("exclude", "avoid") and cue.polarity in (None, "require")
            and not (cue.polarity == "require" and _POS_EXPLICIT.search(raw))):
        # "Skip anything no longer working: a canal described only in the past tense, or ...":
        # the elaboration lists what is excluded; its "only" does not make it a requirement
        cue = _Cue(prev_pol, strong=prev_pol == "exclude")
    polarity = cue.polarity
    certain = True  # the polarity is the clause's own, not carried over from the clause before
    if polarity is None:
        if _ANAPHORIC.search(raw.strip()) and st.criteria:
            polarity, certain = prev_pol or st.criteria[-1].polarity, False
        elif prev_pol is not None:
            polarity, certain = prev_pol, False
        else:
            polarity = "prefer" if st.seen_positive else "require"
            cue = _Cue(polarity, definitional=polarity == "require")
    if polarity == "require" and not cue.strong and st.seen_positive and _additive(raw):
        polarity = "prefer"  # "Include reviews too.": adds to what counts, does not narrow it
    # the topic: the first positive statement of what passages are about ("A relevant paragraph
    # describes ...", "Must be about ..."), not an "only ..." restriction
    about = _ABOUT.search(raw)
    is_topic = (polarity == "require" and not st.seen_topic
                and (cue.definitional or cue.polarity is None or bool(about))
                and not _ONLY.search(raw))
    if polarity == "require" and not cue.strong and not is_topic and cue.polarity is not None and st.seen_topic:
        polarity = "prefer"  # a second "X are relevant" widens the topic rather than narrowing it

    # "any airport other than those in Texas": split off the excepted part
    exc = None
    aside: list[tuple[int, int]] = []  # words that are no part of the criterion's text
    for m in _EXCEPT.finditer(raw):
        tail = (_EXCLUDE_ANY.search(raw, m.end()) or _EXCLUDE_MORE.search(raw, m.end()) or re.search(
            r"\s+(?:is|are)\s+(?:also\s+)?(?:relevant|acceptable|fine|wanted)\b|\s+(?:count|counts|qualify)\b",
            raw[m.end():], re.IGNORECASE))
        xe = ce
        if tail is not None:
            xe = cs + (tail.start() if tail.re in (_EXCLUDE_ANY, _EXCLUDE_MORE) else m.end() + tail.start())
        head = raw[:m.start()]
        if not _content_words(head) and not _DIGIT.search(head) and _detect(head).polarity is None:
            # "Excluding CNN", "Anything but sports", "Other than reviews, all is relevant": nothing
            # comes before the exception, so the clause excludes what it names
            polarity = "avoid" if polarity in ("prefer", "avoid") else "exclude"
            aside = [(cs, cs + m.end()), (xe, ce)]
        else:
            exc = (cs + m.start(), cs + m.end(), xe)
        break

    main_end = ce if exc is None else exc[0]
    consumed = Spans()
    scope = _Scope(st, cs, main_end)
    feats = _features(st, cs, main_end, polarity)
    if exc is not None and exc[2] < ce:
        feats += _features(st, exc[2], ce, polarity)
    feats = _filters_for_clause(st, cs, main_end, polarity, feats, consumed, certain=certain, scope=scope)

    cut = consumed.spans() + aside + ([(exc[0], exc[2])] if exc else [])
    text = _criterion_text(_blank(st.text, cs, ce, cut))
    if not text:
        text = re.sub(r"\s+", " ", _strip_brackets(st.text[cs:ce])).strip(" ,;:.")
    core = [(f.start, f.end) for f in feats if f.kind in ("time", "recency", "number", "format")]
    # whether words are left once the features are read: needed for topics and fully filtered clauses only
    residual = _Lazy(lambda: bool(_content_words(_criterion_text(_blank(st.masked, cs, ce, cut + core)))))
    if polarity in ("require", "prefer"):
        st.seen_positive = True

    before = len(st.criteria)
    _emit(st, feats, polarity, text, (cs, ce), is_topic, residual, bool(consumed), scope)
    if len(st.criteria) == before + 1 and not feats and not _content_words(text):
        # "Which documents count?": kept for the record, but it says nothing to rank by
        c = st.criteria[-1]
        st.criteria[-1] = Criterion(c.text, c.polarity, c.kind, c.predicate, c.span, 0.0)
    if is_topic:
        st.seen_topic = True

    if exc is not None:
        es, ee_marker, xe = exc
        flip = {"require": "exclude", "prefer": "avoid", "exclude": "prefer", "avoid": "prefer"}[polarity]
        x_consumed = Spans()
        x_scope = _Scope(st, ee_marker, xe)
        x_feats = _filters_for_clause(st, ee_marker, xe, flip, _features(st, ee_marker, xe, flip), x_consumed,
                                      certain=certain, scope=x_scope)
        x_cut = x_consumed.spans()
        x_text = _criterion_text(_blank(st.text, ee_marker, xe, x_cut)) or st.text[ee_marker:xe].strip()
        x_text = re.sub(r"^(?:those|ones|that|the\s+ones)\s+", "", x_text)
        x_core = [(f.start, f.end) for f in x_feats if f.kind in ("time", "recency", "number", "format")]
        x_res = _Lazy(lambda: bool(_content_words(_criterion_text(_blank(st.masked, ee_marker, xe, x_cut + x_core)))))
        _emit(st, x_feats, flip, x_text, (es, xe), False, x_res, bool(x_consumed), x_scope)
    return polarity


def _blank(text: str, s: int, e: int, spans: list[tuple[int, int]]) -> str:
    """``text[s:e]`` with the parts inside ``spans`` blanked."""
    if not spans:
        return text[s:e]
    chars = list(text[s:e])
    for a, b in spans:
        a, b = max(a, s), min(b, e)
        if a < b:
            chars[a - s:b - s] = " " * (b - a)
    return "".join(chars)


_TIME_NOUN = re.compile(r"\b(?:period|periods|times?|era|earlier|later|dates?|centur(?:y|ies)|decades?|years?)\b",
                        re.IGNORECASE)
_RELATIVE_WORD = re.compile(r"\b(?:that|which|who|whom|whose|with|without|by)\b")
_OR = re.compile(r"\bor\b", re.IGNORECASE)
_PRIORITY = {"time": 0, "number": 1, "format": 2, "place": 3, "mention": 4, "recency": 5}
_KIND_OF = {"time": "time", "number": "number", "format": "format", "place": "place", "mention": "attribute",
            "recency": "time"}
_FLIP = {"require": "exclude", "prefer": "avoid", "exclude": "require", "avoid": "prefer"}


def _record_time(st: _State, feats: list[_Feature], polarity: str) -> None:
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


def _negation_before(st: _State, s: int, e: int) -> re.Match[str] | None:
    """A negation between ``s`` and ``e`` that is not part of a polarity cue ("not relevant")."""
    seg = st.masked[s:e]
    head = _EXCLUDE_HEAD.match(seg)
    lo = head.end() if head else 0
    blank = list(seg)
    for rx in (_EXCLUDE_ANY, _EXCLUDE_MORE):
        for m in rx.finditer(seg):
            for k in range(m.start(), m.end()):
                blank[k] = " "
    return _NEG.search("".join(blank), lo)


def _emit(
    st: _State, feats: list[_Feature], polarity: str, text: str, span: tuple[int, int], is_topic: bool,
    residual: _Lazy, consumed: bool, scope: _Scope,
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
        return

    if polarity in ("exclude", "avoid"):
        decidable = _merge_alternatives(st, decidable)
    neg = bool(_NEG.search(text))
    if not decidable:
        if consumed and not residual():
            return  # everything went into filters
        if any(f.kind == "recency" for f in feats):
            kind = "time"
        elif neg:
            kind = "negation"
        elif _TIME_NOUN.search(text):
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
    if main.negated:  # "outside Canada", "without a stated date": nothing positive to test
        pred = None
        if main.kind == "format":
            kind = "negation"
    elif neg and pred is not None:
        nm = _negation_before(st, span[0], main.phrase_start if main.phrase_start >= 0 else main.start)
        flippable = ("place", "mention", "time") if polarity in ("require", "prefer") else ("place",)
        if nm and main.kind in flippable and not re.match(r"no\s+longer|without", nm.group(0), re.IGNORECASE):
            pol = _FLIP[polarity]  # "players who are not Brazilian are not relevant" -> require Brazilian
            ctext = re.sub(r"\s*\b(?:not|never|n't)\b", "", text, count=1, flags=re.IGNORECASE).strip()
            ctext = re.sub(r"\b(?:do|does|did)\s+(?=\w)", "", ctext, count=1)
        elif nm:
            kind, pred = "negation", None
    st.criteria.append(Criterion(ctext or text, pol, kind, pred, span))  # type: ignore[arg-type]
    _emit_extras(st, ordered[1:], polarity, span, scope)


def _phrase_start(f: _Feature) -> int:
    return f.phrase_start if f.phrase_start >= 0 else f.start


def _emit_topic(
    st: _State, core: list[_Feature], polarity: str, text: str, span: tuple[int, int], residual: _Lazy,
    consumed: bool, scope: _Scope,
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


def _merge_alternatives(st: _State, feats: list[_Feature]) -> list[_Feature]:
    """"a fort described as a ruin, or one that was demolished or razed": mentions joined by "or"
    are one exclusion, any of whose terms excludes."""
    out: list[_Feature] = []
    for f in sorted(feats, key=lambda f: f.start):
        prev = out[-1] if out else None
        if (prev is not None and prev.kind == f.kind == "mention" and prev.predicate is not None
                and f.predicate is not None and _OR.search(st.masked, prev.end, f.start)):
            terms = tuple(dict.fromkeys(prev.predicate.terms + f.predicate.terms))
            out[-1] = _Feature("mention", prev.start, f.end, Predicate.mentions(terms), terms=terms,
                               phrase_start=prev.phrase_start)
        else:
            out.append(f)
    return out


def _generic_number(f: _Feature) -> bool:
    """"more than one", "at least one", "one or more": says there are several, not how many."""
    n = f.num
    return n is not None and n.op in (">", ">=") and isinstance(n.value, (int, float)) and n.value <= 1 and n.unit is None


def _extra_span(st: _State, f: _Feature, span: tuple[int, int]) -> tuple[int, int]:
    s = f.phrase_start if f.phrase_start >= 0 else f.start
    # reach back over up to two content words that the feature qualifies ("born", "population")
    for _ in range(2):
        m = _WORD_BEFORE.search(st.masked, max(span[0], s - _REACH), s)
        if not m or m.group(1).lower() in STOPWORDS:
            break
        s = m.start(1)
    return max(s, span[0]), min(f.end, span[1])


# Criteria made from the secondary features of one clause. A clause naming more dates, numbers or
# formats than this is a list, not a set of conditions to judge each passage by; the rest stay in
# the words of the clause's own criterion.
_MAX_EXTRAS = 32


def _emit_extras(st: _State, feats: list[_Feature], polarity: str, span: tuple[int, int], scope: _Scope) -> None:
    """Criteria for secondary features; one under a negation of its own ("... that were not published
    in 2020") takes the opposite polarity, or stays in the clause's words when that cannot be said."""
    for f in feats[:_MAX_EXTRAS]:
        if scope.of(_phrase_start(f)) != "negated":
            _emit_extra(st, f, polarity, span)
        elif polarity in ("require", "prefer") and f.kind in ("time", "place", "mention"):
            _emit_extra(st, f, _FLIP[polarity], span)
    if len(feats) > _MAX_EXTRAS:
        head = " ".join(st.text[span[0]:span[1]].split()[:6])
        st.notes.append(f"the clause starting {head!r} names {len(feats) + 1} dates, numbers or formats; the first "
                        f"{_MAX_EXTRAS + 1} became criteria and the rest stay in its text")


def _emit_extra(st: _State, f: _Feature, polarity: str, span: tuple[int, int]) -> None:
    """A criterion for a secondary feature of a clause, spanning its own words."""
    if f.predicate is None or f.negated:
        return
    s, e = _extra_span(st, f, span)
    text = _criterion_text(st.text[s:e]) or st.text[s:e].strip()
    st.criteria.append(Criterion(text, polarity, _KIND_OF[f.kind], f.predicate, (s, e)))  # type: ignore[arg-type]
