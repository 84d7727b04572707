"""Sentences into clauses: which clauses join, which split, which only elaborate the one before."""

from __future__ import annotations

import re

from heedful.plan.rules.cues import (
    CONDITION_HEAD,
    ELAB_HEAD,
    ELAB_MARK,
    EXCLUDE_VERBS,
    IF_NOT,
    IF_SO,
    IF_WHEN,
    NEG,
    VERDICT,
    VERDICT_ONLY,
    detect,
    stronger,
)
from heedful.plan.rules.emit import asked_for
from heedful.plan.rules.state import State
from heedful.plan.rules.strip import cue_pattern
from heedful.plan.rules.words import WORD_CHAR, content_words
from heedful.plan.schema import Criterion

__all__ = ["EXAMPLES", "absorb_condition", "elaborates", "merge_cueless", "split_soft", "unmask_dates"]


_DATE_ONLY = re.compile(
    r"\(\s*(?:(?:from|since|before|after|until|till|in|c\.|ca\.|circa|between|and|to|the|early|mid|late|AD|BC|CE|"
    r"January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?\s*|\d{1,4}(?:s|st|nd|rd|th)?\s*|[-–—/,]\s*)++\)"
)  # "++": a run of digits is read one way only, so "(1111..." fails in linear time


# "the fourteenth century (1301 to 1400)": the bracket restates the period just named
_PERIOD_BEFORE = re.compile(r"\b(?:century|centuries|decade|decades|era|period|millennium|\d{3,4}s)\s*$", re.IGNORECASE)


def unmask_dates(text: str, masked: str) -> str:
    """Bring back bracketed dates such as "(2010-2012)": they say when, they are not asides (unless
    they restate the period just before them: "the fourteenth century (1301 to 1400)")."""
    chars = list(masked)
    for m in _DATE_ONLY.finditer(text):
        if _PERIOD_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue
        if re.search(r"\d{3,4}", m.group(0)):
            chars[m.start():m.end()] = text[m.start():m.end()]
    return "".join(chars)


# examples ("e.g.", "such as", ", including") are not criteria; "i.e." restates the criterion, so what
# follows it is read ("mosques, including churches converted into mosques" excludes mosques, not
# everything converted)
EXAMPLES = re.compile(
    r"\b(?:e\.g\.|for\s+example|for\s+instance|such\s+as)\s++[^,;:()]*?"
    r"(?=,|;|:|\)|(?<!\s)\s+(?:are|is|were|was|do|does|should|must|count|counts|still)\b|$)"
    # ", including towers that were rebuilt as castles": up to the clause's end
    r"|(?<=,\s)including\s++[^,;:()]*?(?=[,;:)]|\.(?:\s|$)|$)",
    re.IGNORECASE,
)
# "keep only poems and drop collections": a second order, the other way
_AND_EXCLUDE = re.compile(rf"\s*(?:{EXCLUDE_VERBS})\b", re.IGNORECASE)
#: "..., but keep no X": a verb that keeps, then what it keeps none of (the cue table's phrase)
_KEEP_NONE = re.compile(r"\s*" + cue_pattern(r"accept|allow|count)\s+(?:no"), re.IGNORECASE)
#: a speaker's own refusal: "I don't want", "we're not interested in", "don't show"
_I_DO_NOT_WANT = re.compile(r"\s*(?:(?:i|we)(?:\s+(?:do\s+not|don't|don’t|am\s+not|are\s+not)|(?:'m|’m|'re|’re)\s+not)\s+"
                            r"(?:want|need|care|interested|looking)|(?:please\s+)?(?:do\s+not|don't|don’t)\s+"
                            r"(?:show|include|return|list|give))\b", re.IGNORECASE)
_SOFT_SPLIT = re.compile(
    rf",\s+(?:but|and|while|whereas|though|although|however|yet|so)\s+|(?<!\s)\s+but\s+|\s+and\s+(?=(?:{EXCLUDE_VERBS})\b)"
    r"|,\s+(?=(?:especially|particularly|in\s+particular|ideally|preferably|above\s+all)\b)",
    re.IGNORECASE,
)


def elaborates(st: State, prev_end: int, s: int) -> bool:
    """The clause at ``s`` spells out the one before: it follows a colon or a dash, or opens with "i.e."."""
    return bool(ELAB_MARK.search(st.masked, prev_end, s) or ELAB_HEAD.match(st.masked, s))


def _grow_last(st: State, polarity: str, ss: int, se: int) -> None:
    """The last criterion takes ``polarity`` and its span grows over the sentence ``ss:se``.

    A question turned into an exclusion ("Is it called American? Then leave it out.") drops a test
    of words the query or a wanted criterion names ("American Beauty"): every passage asked for
    would mention them, as for any other exclusion (:func:`~heedful.plan.rules.emit.asked_for`)."""
    last = st.criteria[-1]
    span = last.span or (ss, ss)
    end = se
    while end > ss and st.text[end - 1] in " \t\n.!?;:":
        end -= 1
    pred = last.predicate
    if (polarity in ("exclude", "avoid") and last.polarity in ("require", "prefer") and pred is not None
            and pred.type == "mentions" and asked_for(st, pred.terms, len(st.criteria) - 1)):
        pred = None
    st.criteria[-1] = Criterion(last.text, polarity, last.kind, pred,  # type: ignore[arg-type]
                                (span[0], max(end, span[1])), last.weight)


def _ends_question(text: str, pos: int) -> bool:
    """True when the last character before ``pos`` that is not a space is a question mark."""
    k = pos
    while k > 0 and text[k - 1].isspace():
        k -= 1
    return k > 0 and text[k - 1] == "?"


# "Is it about a tournament? Then leave it out.": the answer yes, said after a question
_THEN = re.compile(r"\s*(?:then|in\s+that\s+case|if\s+that\s+is\s+the\s+case)\b", re.IGNORECASE)


_META = frozenset(("paragraph", "passage", "document", "text", "article", "page", "says", "say", "states",
                   "calls", "call", "gives", "give", "names", "mentions", "lists", "describes", "person", "subject"))


def _restates(condition: str, asked: str) -> bool:
    """Whether a condition after a question says the question again ("Is the model American? If the
    text calls the person American, ..."): it shares a word of substance and denies nothing ("If it
    gives none", "If it has split up" answer the question otherwise)."""
    if NEG.search(condition):
        return False
    said = {w.lower() for w in content_words(condition)} - _META
    return bool(said & ({w.lower() for w in content_words(asked)} - _META))


def absorb_condition(st: State, ss: int, se: int, last_question: bool) -> bool:
    """A sentence that only says what follows from the one before ("... in metres)? If it gives
    only a range, or nothing, it is not relevant.", "If not, skip it.", "Reprints? Out.") elaborates that
    criterion: its span grows to cover it, and "if so, ... not relevant" turns the asked-for thing into
    an exclusion."""
    if not st.criteria or st.criteria[-1].span is None:
        return False
    head = st.masked[ss:se]
    last = st.criteria[-1]
    if _ends_question(st.text, ss) and VERDICT_ONLY.fullmatch(head.strip(" .!")):
        # "Paragraphs on EPs? Not relevant."
        negative = detect(": " + head.strip(" .!")).polarity == "exclude"
        _grow_last(st, "exclude" if negative and last.polarity in ("require", "prefer") else last.polarity, ss, se)
        return True
    if not VERDICT.search(head):
        return False
    cond_not = IF_NOT.match(head)
    cond_q = last_question and IF_WHEN.match(head)
    # "Is it American? If the text calls it American, skip it.": a condition that says the question
    # again, unnegated, is its yes
    cond_so = IF_SO.match(head) or (last_question and _THEN.match(head)) or (
        cond_q and not cond_not and _restates(head, last.text))
    if not (cond_so or cond_not or cond_q):
        return False
    if last.polarity not in ("require", "prefer") and not cond_so:
        return False
    rest = CONDITION_HEAD.sub("", head.strip())
    verdict_neg = detect(rest).polarity in ("exclude", "avoid")
    polarity = last.polarity
    if cond_so and verdict_neg and last.polarity in ("require", "prefer"):
        polarity = "exclude" if last.polarity == "require" else "avoid"
    elif cond_not and not verdict_neg and not cond_so:
        polarity = "prefer" if last.polarity == "require" else last.polarity  # "If not, it still counts"
    elif not cond_so and not verdict_neg:
        return False  # "If it only names the yard, it still counts": a criterion of its own
    elif cond_q and not cond_so and not cond_not and _decidable(st, ss, se):
        # "Is the scientist still alive? If the paragraph gives a date of death, skip it.": a death the
        # passage can be tested for is a criterion of its own
        return False
    _grow_last(st, polarity, ss, se)
    return True


def _decidable(st: State, ss: int, se: int) -> bool:
    """Whether the sentence ``ss:se``, read as an exclusion, names a death a passage is tested for (a
    question about whether someone is alive, answered by what the passage says of a death)."""
    from heedful.plan.rules.extract.registry import extract_features

    return any(f.predicate is not None and f.predicate.label == "death" and not f.negated
               for f in extract_features(st, ss, se, "exclude"))


def merge_cueless(st: State, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
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
            last = detect(seg).polarity
            continue
        if VERDICT_ONLY.fullmatch(seg.strip(" .!")):
            out[-1] = (out[-1][0], e)  # "Memoirs: not relevant."
            last = stronger(last, detect(": " + seg.strip(" .!")).polarity)
        elif (own := detect(seg).polarity) is not None or (
                elaborates(st, out[-1][1], s) and last in ("exclude", "avoid")):
            out.append((s, e))
            last = own
        else:
            out[-1] = (out[-1][0], e)
    return out


def split_soft(st: State, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Split "X are relevant, but Y are not" into two clauses when both halves carry a cue."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        marks = list(_SOFT_SPLIT.finditer(st.masked, s, e))
        if not marks:
            out.append((s, e))
            continue
        # the cue of each stretch between split points is read once; a half is the stretches it joins
        bounds = [s, *(x for m in marks for x in (m.start(), m.end())), e]
        cues = [detect(st.masked[bounds[2 * j]:bounds[2 * j + 1]]) for j in range(len(marks) + 1)]
        cue_after = [False] * (len(cues) + 1)
        for j in range(len(cues) - 1, -1, -1):
            cue_after[j] = cue_after[j + 1] or cues[j].polarity is not None
        pos = s
        left: str | None = None  # the cue detect reads in the stretches since the last split
        defines = False  # ... and whether one of them defines what counts ("X are relevant")
        for i, m in enumerate(marks):
            left = stronger(left, cues[i].polarity)
            defines = defines or cues[i].definitional
            # "only" inside a relative clause of a list does not end a clause; "X count" does; an
            # order to leave something out ends what came before, cue or none ("Stories about
            # dams, but skip the ones in Spain", "Firms from the 80s, and I don't want banks")
            turns = left in ("require", None) and (_AND_EXCLUDE.match(st.masked, m.end()) is not None
                                                   or _I_DO_NOT_WANT.match(st.masked, m.end()) is not None
                                                   or _KEEP_NONE.match(st.masked, m.end()) is not None)
            if (left or turns) and (left != "require" or defines or turns) and cue_after[i + 1]:
                out.append((pos, m.start()))
                pos, left, defines = m.end(), None, False
        out.append((pos, e))
    return [(a, b) for a, b in out if WORD_CHAR.search(st.text, a, b)]

