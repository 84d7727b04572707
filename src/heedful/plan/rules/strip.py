"""The text of a criterion: a clause without its cue words and the words about the passage itself."""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Any

from heedful.plan.rules.cues import (
    ASKING_YOU,
    CUE_END,
    CUES,
    DO_NOT,
    DO_NOT_VERBS,
    ELIDED_NOT,
    EXCLUDE_VERBS,
    GOT_REMOVED,
    IT_OR_DOC,
    LEAVE_OUT_VERBS,
    NOT_SHOWN,
    NOT_TO_BE,
    OUT_STATES,
    OUTSIDE,
    QUESTION_FORM,
    TAIL_ADVERBS,
    TO_BE_REMOVED,
    VERDICT_MARK,
    has_any,
)
from heedful.plan.rules.words import DOCN, MONTH_NAMES, SPACES
from heedful.text.lexicon import DEMONYMS, LANGUAGES, META_VERBS, PLACES

__all__ = ["blank_spans", "criterion_text", "cue_pattern", "strip_brackets"]


_GENERIC_LEAD_VERBS = (
    r"(?:(?:clearly|explicitly|directly|specifically|primarily|mainly|mostly|actually|substantially)\s+)?"
    r"(?:(?:is|are|be)\s+)?(?:about|on|describ(?:e|es|ing)|discuss(?:es|ing)?|cover(?:s|ing)?|concern(?:s|ing)?|"
    r"deal(?:s|ing)?\s+with|focus(?:es|ing)?\s+on|talk(?:s|ing)?\s+about|explain(?:s|ing)?|address(?:es|ing)?|"
    r"report(?:s|ing)?\s+on|relate(?:s|d)?\s+to|pertain(?:s|ing)?\s+to|refer(?:s|ring)?\s+to|"
    r"provide(?:s)?\s+information\s+(?:about|on)|give(?:s)?\s+information\s+(?:about|on))\s+"
)

_BRACKET = re.compile(r"[()\[\]]")


def strip_brackets(s: str) -> str:
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


def cue_pattern(*keys: str) -> str:
    r"""The phrases of the cue table (``cues.CUES``) holding ``keys``, one each, as one group: where a
    stripper cuts exactly what a cue phrase says, it is made from the table's phrase.

    A phrase's ``\b`` bounds and ’ forms change nothing in a stripper (its own bounds are spaces or
    the text's ends; criterion_text reads ’ as ').

    >>> cue_pattern(r"if\s+possible", r"where\s+possible")
    '(?:if\\s+possible|where\\s+possible)'
    """
    phrases = []
    for key in keys:
        found = [c.phrase for c in CUES if key in c.phrase]
        if len(found) != 1:
            raise ValueError(f"{len(found)} cue phrases hold {key!r}; a stripper takes exactly one")
        phrases.append(found[0])
    return "(?:" + "|".join(phrases) + ")"


# cues.SKIP_IT ("..., skip it") as a stripper finds it: an earlier row may have taken its "it" already
_SKIP = (rf",\s*(?:then\s+)?(?:please\s+)?(?:just\s+)?(?:(?:{EXCLUDE_VERBS})(?:\s+(?:it|them|him|her|that\s+one|"
         rf"those))?|{LEAVE_OUT_VERBS}\s+(?:it|them|him|her)\s+out)")

# (regex[, replacement[, words]]): a regex alone deletes what it matches; with words, the substitution is
# tried only when one of them occurs; all are read case-insensitively
_ROWS: list[str | tuple[str, str] | tuple[str, str, tuple[str, ...]]] = [
    (r"^(?:(?:also|and|but|however|additionally|furthermore|moreover|finally|likewise|similarly|"
     r"in\s+addition|note(?:\s+that)?|otherwise|so|thus|therefore|instead|please|then)\b[\s,:]*)+"),
    r"^.*?\b(?:counts?|qualif(?:y|ies)|(?:is|are)\s+relevant)\s+only\s+(?:if|when)\s+(?:it\s+|they\s+)?",
    (rf"^(?:(?:a|an|the|any|each|every|all)\s+)?(?:relevant|good|matching|useful|acceptable)\s+{DOCN}\s+"
     r"(?:(?:is|are|must|should|will|would|needs?\s+to|has\s+to|have\s+to|can|may|might|could|also|only|"
     r"then|always|typically|usually|includes?|include)\s+)*(?:be\s+)?(?:(?:those|one|ones|the\s+ones)\s+"
     r"(?:that|which|who)\s+)?"),
    (r"^(?:not\s+)?(?:relevant|irrelevant|non-?relevant|excluded?|included?|preferred|avoid|wanted|focus|"
     r"topic|subject|scope|criteria|criterion|requirements?|note)(?:\s+(?:if|when))?\s*:\s*"),
    r"^(?:not\s+)?relevant\s+(?:if|when)\s+(?:it\s+is\s+|it's\s+|they\s+are\s+)?",
    r"^(?:if\s+so|then|otherwise),?\s+",
    # "If the band is from Texas, skip it": the condition is what is left out
    (rf"^(?:if|when)\s+(?P<c>[^,]+){_SKIP}$", r"\g<c>", ("if", "when")),
    rf"^{QUESTION_FORM}\s+(?:(?:actually|really|also|explicitly|clearly)\s+)?",
    r"^if\s+(?:it|they|the\s+\w+)(?:'s|\s+is|\s+are)\s+(?:about\s+|on\s+)?",
    rf"^if\s+{IT_OR_DOC}\s+(?:only\s+|merely\s+|just\s+)?(?=\w)",
    r"\s+(?:it|they)$",
    r"^(?:those|ones)\s+(?:on|about|that\s+(?:are\s+)?about|covering|describing|concerning)\s+",
    (rf"^(?:(?:the|a|an|each|every|any)\s+)?{DOCN}\s+(?:must|should|needs?\s+to|has\s+to|have\s+to|will|"
     r"shall|is\s+required\s+to|are\s+required\s+to|ought\s+to)\s+(?:also\s+)?"),
    r"^(?:must|should|needs?\s+to|has\s+to|have\s+to)\s+(?:also\s+)?",
    (r"^(?:it|they|this|each\s+one|the\s+subject)\s+(?:must|should|needs?\s+to|has\s+to|have\s+to|is\s+required\s+to)"
     r"\s+(?:also\s+)?(?:be\s+(?=(?:a|an|the|about|on|from|in|by)\b))?"),
    r"^the\s+only\s+(?:ones|\w+)\s+(?:that|which|who)\s+(?:count|qualify|matter|are\s+relevant)\s+(?:are|is)\s+",
    r"^what\s+(?:i|we)(?:'m|\s+am|'re|\s+are)?\s*(?:need|want|looking\s+for|after)\s*(?:is|are|:)\s*",
    rf"^(?:make\s+sure|ensure)\s+(?:that\s+)?(?:(?:the|each|every|a)\s+{DOCN}\s+)?(?:(?:must|should|will)\s+)?",
    (r"\s+" + cue_pattern(r"(?:is|are)\s+a\s+must") + "$", "", ('must',)),
    (r"\s*" + cue_pattern(VERDICT_MARK), "", (':', '—', '–', ' - ', '--')),
    "^" + cue_pattern(r"do\s+without") + r"\s+",
    "^" + cue_pattern(r"without\b(?!") + r"\s+",
    ((r"\s+(?:will|would|could|can|may|might|won't)\s*(?:not|n't)?\s+be\s+(?:considered\s+)?(?:relevant|wanted|needed|"
      r"useful|of\s+interest|in\s+scope)\b.*$"), "", ('relevant', 'wanted', 'needed', 'useful', 'interest', 'scope')),
    "^" + cue_pattern(r"nothing\s+but", r"confine\s+(") + r"\s+",
    (r",?\s+(?:please|thanks|thank\s+you)$", "", ('please', 'thank')),
    (rf"^(?:(?:the|a|an|each|every|any)\s+)?{DOCN}\s+(?:also\s+)?(?=(?:names?|mentions?|states?|gives?|"
     r"lists?|includes?|contains?|quotes?|cites?|reports?|provides?|shows?|says?|explains?|"
     r"specifies|identifies|credits|dates)\b)"),
    rf"^{ASKING_YOU}?(?:only\s+)?(?:include|keep(?!\s+(?:out|away)\b)|retain|consider|accept)\s+(?:only\s+)?",
    (r"^(?:anything|everything|something|stuff|content|material|information|info)\s+(?:about|on|"
     r"regarding|concerning|related\s+to|that\s+(?:is|are)\s+about)\s+"),
    r"^as\s+an?\s+[^,]{1,80},\s*",
    (r"^(?:(?:i\s+am|i'm|we\s+are|we're)\s+)?(?:only\s+|mainly\s+|mostly\s+|particularly\s+|"
     r"especially\s+)?(?:looking|searching)\s+for\s+"),
    (r"^(?:i\s+am|i'm|we\s+are|we're)\s+(?:only\s+|mainly\s+|mostly\s+|particularly\s+|especially\s+)?"
     r"(?:interested\s+in|looking\s+for|searching\s+for|after|concerned\s+with|focused\s+on)\s+"),
    (r"^(?:i|we)\s+(?:only\s+)?(?:want|need|would\s+like|'d\s+like|prefer|care\s+about)\s+"
     r"(?:to\s+(?:see|find|read|get)\s+)?"),
    (r"^(?:please\s+)?(?:find|show|give\s+me|return|retrieve|get|list|search\s+for|fetch|look\s+for)\s+"
     r"(?:me\s+)?"),
    # a request's courtesy: "I'd be grateful if you could limit ...", "It would be great if you could ..."
    (r"^(?:(?:i|we)(?:'d|\s+would)\s+(?:be\s+(?:very\s+|most\s+)?(?:grateful|thankful|glad|happy)|(?:really\s+)?"
     r"appreciate\s+it|love\s+it)\s+if\s+you\s+(?:could|would|can)\s+|it\s+would\s+be\s+(?:great|nice|helpful|"
     r"good)\s+if\s+you\s+(?:could|would|can)\s+)(?:please\s+|kindly\s+)?"),
    r"^(?:restrict|limit)\s+(?:relevance|results|the\s+search|it|yourself|this|the\s+results)?\s*to\s+",
    r"^(?:treat|consider|regard|mark)\s+",
    (rf"^{ASKING_YOU}?(?:{EXCLUDE_VERBS}|avoid|avoiding|"
     r"prefer|favou?r|prioriti[sz]e|boost|penali[sz]e|de-?prioriti[sz]e|down-?rank)\s+"),
    rf"^{DO_NOT}\s+(?:{DO_NOT_VERBS})\s+",
    "^" + cue_pattern(r"(?:leave|rule|filter|throw|weed") + r"\s+",
    (r"^(?:i|we)\s+(?:do\s+not|don't|am\s+not|'m\s+not)\s+(?:want|need|care\s+about|interested\s+in|"
     r"looking\s+for)\s+"),
    (r"^(?:" + cue_pattern(r"not\s+interested\s+in") + r"|nothing\s+(?:about|on|from|related\s+to)|"
     + cue_pattern(r"none\s+of") + r")\s+"),
    (r"^(?:(?:i|we)(?:'m|\s+am|'re|\s+are)\s+not\s+(?:after|asking\s+(?:for|about))|(?:i|we)\s+have\s+no\s+"
     r"(?:use|need|interest)\s+(?:for|in)|" + cue_pattern(r"no\s+need\s+for") + r"|forget(?:\s+about)?|"
     + cue_pattern(r"out\s+of\s+scope)\s*:") + "|" + cue_pattern(r"steer\s+clear", r"stay\s+away") + r")\s*"),
    (r"^(?:ideally|preferably|especially|particularly|in\s+particular|above\s+all|only|solely|"
     r"exclusively|strictly|just|mainly|mostly|any|all|every)\b[,\s]+"),
    r"^no\s+(?!longer\b)",
    "^" + cue_pattern(r"accept|allow|count)\s+(?:no") + r"\s*",  # "Keep no ...", "Show me none of the ..."
    # tails
    ((rf"\s*,?\s+(?:(?:is|are|'s|'re)\s+{TAIL_ADVERBS}(?:{OUT_STATES}|excluded\s+from\s+\w+(?:\s+\w+)?)"
      + CUE_END +
      r"|(?:is|are)\s+not\s+what\s+(?:i|we)(?:'m|'re|\s+am|\s+are)?\s+(?:want|need|looking\s+for|after|asked\s+for|"
      r"have\s+in\s+mind|mean)"
      "|" + cue_pattern(r"\s+not\s+apply", r"need(?:n't") +
      r"|(?:do|does|did|will|would|should|can|could)\s*(?:not|n't)\s+make\s+the\s+cut"
      "|" + cue_pattern(r"(?:won't|won’t|wouldn't") +
      rf"|(?:gets?|got)\s+{GOT_REMOVED}"
      "|" + cue_pattern(TO_BE_REMOVED, NOT_SHOWN, NOT_TO_BE, OUTSIDE) + ")"
      r"\b.*$"), "", ('out', 'off', 'no-go', 'no go', 'allowed', 'permitted', 'accepted', 'welcome', 'needed', 'of use', 'unacceptable', 'omitted', 'disregarded', 'rejected', 'skipped', 'discarded', 'eliminated', 'dismissed', 'excluded', 'apply', 'cut', "won't", "wouldn't", "shouldn't", 'what', 'ignored', 'removed', 'dropped', 'aside', 'struck', 'included', 'returned', 'retrieved', 'counted', 'considered', 'shown', 'ranked', 'listed', 'surfaced', 'appear', 'show up', 'feature')),
    r"\s+(?:is|are)\s+(?:less|more)\s+(?:relevant|useful|important|interesting)\b.*$",
    # "..., skip it", "..., leave them out": the order after the condition
    rf"\s*{_SKIP}$",
    (r"\s*,?\s*(?:(?:should|must|will|would|shall|can|may)\s+(?:not\s+)?)?(?:(?:is|are|was|were|be)\s+(?:also\s+|therefore\s+|thus\s+|still\s+|then\s+|generally\s+|"
     r"usually\s+|always\s+)?(?:not\s+|never\s+|no\s+longer\s+)?(?:relevant|wanted|needed|required|useful|"
     r"acceptable|of\s+interest|in\s+scope|irrelevant|off[\s-]topic|out\s+of\s+scope|excluded|ignored|"
     r"preferred|a\s+plus|better|ideal|welcome|desirable|more\s+(?:relevant|useful)|most\s+relevant|"
     r"highly\s+relevant|especially\s+relevant|particularly\s+relevant|considered\s+relevant|counted|"
     r"included|responsive|pertinent|okay|ok|fine|insufficient|not\s+enough|a\s+bonus)\b.*$)"),
    (r"\s*,?\s+(?:(?:do|does|did|should|will|would|must|can)\s*(?:not|n't)\s+|don't\s+|doesn't\s+|"
     r"also\s+|still\s+|only\s+)?(?:count|counts|qualify|qualifies)\b(?:\s+(?:too|as\s+well|either))?\s*$"),
    r"\s+" + cue_pattern(r"(?:is|are)\s+not$"),
    r"\s+" + ELIDED_NOT + r".*$",  # "X are not, even when ..."
    # "singles do not" (count, as the clause before says): the elided verdict
    (r"\s+(?:(?:do|does|did)\s+not|don['’]t|doesn['’]t|didn['’]t|isn['’]t|aren['’]t)(?:\s+(?:either|at\s+all))?$", "",
     ("not", "n't", "n’t")),
    r"\s+as\s+(?:not\s+relevant|irrelevant|non-?relevant|off[\s-]topic|unwanted)\b.*$",
    (r"\s+should\s+(?:not\s+)?(?:be\s+)?(?:excluded|ignored|discarded|omitted|removed|filtered\s+out|"
     r"left\s+out|rejected|dropped|included|returned|retrieved|counted|considered|shown|ranked)\b.*$"),
    r"\s+(?:would\s+be|is|are)\s+(?:nice|good|great|helpful|a\s+plus|a\s+bonus)(?:\s+to\s+have)?$",
    r",?\s+" + cue_pattern(r"if\s+possible", r"where\s+possible") + "$",
    (r",?\s+as\s+(?:stated|given|reported|listed|shown|mentioned)$", "", ('as ',)),
    (r"\s+(?:count|counts|qualify|qualifies|matter|(?:is|are)\s+relevant)\s*(?=:)", "", (':',)),
    ((r",?\s+(?:according\s+to|as\s+(?:per|given\s+in|stated\s+in))\s+(?:a|an|the|its)\s+(?:count|figure|number|"
      r"total|tally|list)\b.*$"), "", ('according', 'as per', 'given in', 'stated in')),
    r"\s+(?:in\s+order\s+)?to\s+(?:be|count\s+as)\s+(?:considered\s+)?(?:relevant|useful)\b.*$",
    r"\s+(?:in\s+order\s+)?to$",
    r"\s+(?:do\s+not|don't|does\s+not|doesn't|won't)\s+(?:matter|count|qualify|apply)\b.*$",
    (r"\s+(?:is|are)\s+what\s+(?:i|we)(?:'m|\s+am|\s+are|'re)?\s*(?:after|need|want|looking\s+for|"
     r"interested\s+in)\b.*$"),
    r"\s+(?:is|are)\s+(?:" + cue_pattern(r"(?:particular|special|greatest") + r"|fine|ok|okay|acceptable|allowed)\b.*$",
    r"\s+(?:should\s+)?rank(?:ed)?\s+(?:them\s+|it\s+)?(?:higher|lower|first|last)\b.*$",
    r"\s+(?:as\s+well|too)$",
    r",?\s+(?:e\.g\.|i\.e\.|for\s+example|for\s+instance)\s+.*$",
    # words about the passage itself
    ((rf"\bfor\s+which\s+the\s+{DOCN}\s+(?:reports|gives|states|lists|provides|mentions|records|cites|"
      r"shows)\s+"), "with "),
    (rf"\bwhose\s+{DOCN}\s+(?:lists|mentions|names|gives|states|reports|includes|contains|shows)\s+", "with "),
    ((rf"(?:\b(?:that|which|whom|who)\s+|(?<=[a-z]\s))the\s+{DOCN}\s+(?:itself\s+|explicitly\s+|clearly\s+)?"
      r"(?P<v>[a-z]+)(?:\s+or\s+(?P<v2>[a-z]+))?\s+(?:that\s+)?"), "META"),
    rf"\b(?:according\s+to|per|in)\s+the\s+{DOCN}\b,?\s*",
    (rf"\bthe\s+{DOCN}\s+(?:itself\s+)?(?:says|states|reports|claims|mentions|notes|indicates)\s+"
     r"(?:that\s+)?"),
    (rf"^(?:(?:a|an|the|any|all|each|every|only|treat|other)\s+)*(?:{DOCN}\s+)?{DOCN}\s+(?:(?:that|which)\s+(?:(?:are|is)\s+)?"
     r"(?:only\s+|mainly\s+|mostly\s+|primarily\s+|merely\s+|just\s+)?(?:about|on|describ\w*|discuss\w*|"
     r"cover\w*|concern\w*|focus\w*\s+on|deal\w*\s+with)\s+|(?:that|which)\s+|about\s+|on\s+|"
     r"describing\s+|discussing\s+|covering\s+|concerning\s+|regarding\s+|dealing\s+with\s+|"
     r"focused\s+on\s+|mentioning\s+(?=\w+\s+\w))"),
    rf"^(?:(?:a|an|the)\s+)?{DOCN}$",
    r"^" + _GENERIC_LEAD_VERBS,
    r"^(?:is|are|be)\s+(?=(?:a|an|the)\b)",
    r"^(?:only|merely|just|solely)\s+",
    r"\s+only$",
]
_TEXT_SUBS: list[tuple[Any, ...]] = [
    (re.compile(row, re.IGNORECASE), "") if isinstance(row, str) else (re.compile(row[0], re.IGNORECASE), *row[1:])
    for row in _ROWS
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
    if needles and not has_any(s.lower(), needles[0]):
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
def criterion_text(raw: str) -> str:
    s = SPACES.sub(" ", strip_brackets(raw)).strip(" ,;:.-")
    initial = _TRAILING_MARKS.sub("", s.split(None, 1)[0]) if s else ""
    s = s.replace("’", "'")
    for _ in range(2):
        before = s
        s = _apply_subs(s)
        if s == before:
            break  # a second pass over an unchanged text changes nothing either
    s = SPACES.sub(" ", s).strip(" ,;:.-")
    if s:
        words = s.split(None, 2)
        first = words[0]
        name_pair = len(words) > 1 and words[1][:1].isupper() and words[1][1:].islower()
        if (_TRAILING_MARKS.sub("", first) == initial and first[:1].isupper() and (first[1:].islower() or first == "A") and first not in PLACES
                and first not in DEMONYMS and first not in LANGUAGES and not name_pair
                and first.lower().rstrip(".") not in MONTH_NAMES):
            s = first.lower() + s[len(first):]
    return s


_TRAILING_MARKS = re.compile(r"[^\w'’\-]+$")


def blank_spans(text: str, s: int, e: int, spans: list[tuple[int, int]]) -> str:
    """``text[s:e]`` with the parts inside ``spans`` blanked."""
    if not spans:
        return text[s:e]
    chars = list(text[s:e])
    for a, b in spans:
        a, b = max(a, s), min(b, e)
        if a < b:
            chars[a - s:b - s] = " " * (b - a)
    return "".join(chars)

