"""Times in a clause: dates, periods and as-of dates, a time named before ("that period"), recency."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from heedful.plan.rules.extract.base import Context, Extractor
from heedful.plan.rules.state import Feature, State
from heedful.plan.rules.words import REACH, WORD_BEFORE
from heedful.plan.schema import Predicate
from heedful.text.lexicon import (
    DOC_NOUNS,
    EVENT_NOUNS,
    EVENT_PARTICIPLES,
    NON_BINDING,
    PUBLICATION_NOUNS,
)
from heedful.text.time_bounds import TimeExpr, find_relative, find_times

__all__ = ["RecencyExtractor", "TimeExtractor"]


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
_BC_RE = re.compile(r"\b\d+\s*(?:BC|BCE|B\.C\.(?:E\.)?)(?!\w)")
_ANY_DOC_NOUN = re.compile(r"\b(?:" + "|".join(sorted(PUBLICATION_NOUNS | DOC_NOUNS)) + r")\b", re.IGNORECASE)
_BINDING_WORD = re.compile(
    r"(?<![\w\-'])(?P<w>[A-Za-z][A-Za-z\-']*)\s+(?:(?:only|first|originally|initially|officially|still|also|actually|"
    r"exclusively|probably|likely|mainly|mostly)\s+)*(?:(?:in|on|during|around|circa|at|to|from|between|"
    r"sometime\s+in)\s+)?(?:the\s+(?:year|years|period)\s+)?$"
)
# "whose birth year, as the text gives it, is 1990 or later", "the year of founding was 1850"
_EVENT_YEAR_IS = tuple(re.compile(
    rf"\b{head}\b[^.;:!?]{{0,40}}?\s(?:is|was|are|were|be)\s+$", re.IGNORECASE) for head in (
        r"(?P<w>[A-Za-z]+)\s+(?:year|date)", r"(?:year|date)\s+of\s+(?:(?:the|its|their|his|her)\s+)?(?P<w>[A-Za-z]+)"))
_SUBJECT_BEFORE = re.compile(r"(?<![A-Za-z])([A-Za-z]+)\s+(?:(?:was|were|has|have|had)\s+)?$")


def _time_binding(st: State, cs: int, te: TimeExpr, doc_noun_end: Callable[[], int]) -> tuple[bool, bool, int]:
    """(bound to an event, about the document's own date, start of the binding word).

    ``doc_noun_end()``: where the clause's first word for a document ends (after the clause if none).
    """
    for rx in _EVENT_YEAR_IS:
        ev = rx.search(st.masked, max(cs, te.start - 70), te.start)
        if ev and ev.group("w").lower() in EVENT_NOUNS:
            return True, False, ev.start()
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


class TimeExtractor(Extractor):
    """Dates, periods and as-of dates; "that period" when a clause before named one."""

    kind = "time"

    def find(self, ctx: Context) -> None:
        st, cs, ce, seg, free = ctx.st, ctx.cs, ctx.ce, ctx.seg, ctx.free
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
            ctx.add(Feature("time", te.start, te.end, pred, te, bound=bound, doc_level=doc,
                            phrase_start=at if (bound or doc) else -1))
        if not ctx.has("time") and st.last_window:
            am = _TIME_ANAPHOR.search(seg)
            if am:
                lo, hi = st.last_window
                ctx.add(Feature("time", cs + am.start(), cs + am.end(), Predicate.date_window(lo, hi)))


class RecencyExtractor(Extractor):
    """"the latest", "the most recent", "the earliest": the first such words."""

    kind = "recency"

    def find(self, ctx: Context) -> None:
        cs, seg, free = ctx.cs, ctx.seg, ctx.free
        for rx, which in ((_RECENCY_LATEST, "latest"), (_RECENCY_EARLIEST, "earliest")):
            for m in rx.finditer(seg):
                s, e = cs + m.start(), cs + m.end()
                if free(s, e):
                    ctx.add(Feature("recency", s, e, None, recency=which))
                break
