"""States said in other shapes than "that have closed" (extract/relations.py reads that one): before
the noun ("retired players", "defunct magazines"), negated ("who has not retired"), or as what a
passage calls its subject ("describe the player as retired")."""

from __future__ import annotations

import re

from heedful.plan.rules.extract.base import Context, Extractor
from heedful.plan.rules.state import Feature
from heedful.plan.rules.terms import state_terms
from heedful.plan.schema import Predicate
from heedful.text.lexicon import STATE_FORMS

__all__ = ["StateShapesExtractor"]

_STATES = "|".join(sorted((re.escape(s).replace(r"\ ", r"\s+") for s in STATE_FORMS), key=len, reverse=True))
# "retired players", "the defunct magazines", "any closed airport"
_BEFORE_NOUN = re.compile(rf"(?<![\w\-])(?P<s>{_STATES})\s+(?=[a-z][\w\-]*\b)", re.IGNORECASE)
# "who has not retired", "that was never closed", "describe(d) ... as retired"
# "no longer in operation", "no longer open": closed (not "no longer in service" or "no longer
# exists", which say other things of ships and buildings)
_NO_LONGER = re.compile(r"\b(?:no\s+longer|not\s+any\s*more)\s+(?:in\s+(?:operation|business)|operating|operational|open)\b",
                        re.IGNORECASE)
_SAID = re.compile(
    rf"\b(?:(?:has|have|had|was|were|is|are|been)\s+(?:not\s+|never\s+)?|as\s+(?:being\s+)?)(?P<s>{_STATES})\b",
    re.IGNORECASE)


class StateShapesExtractor(Extractor):
    """A state word from the lexicon's state forms, read as ``mentions`` of it and its noun forms."""

    kind = "mention"

    def find(self, ctx: Context) -> None:
        if any(f.predicate is not None for f in ctx.feats):
            return
        seg, cs = ctx.seg, ctx.cs
        m = _NO_LONGER.search(seg)
        if m and ctx.free(cs + m.start(), cs + m.end()):
            terms = state_terms(["closed"])
            ctx.add(Feature("mention", cs + m.start(), cs + m.end(), Predicate.mentions(terms), terms=terms,
                            phrase_start=cs + m.start()))
            return
        for rx in (_SAID, _BEFORE_NOUN):
            m = rx.search(seg)
            if m and ctx.free(cs + m.start("s"), cs + m.end("s")):
                word = " ".join(m.group("s").lower().split())
                terms = state_terms([word])
                ctx.add(Feature("mention", cs + m.start("s"), cs + m.end("s"), Predicate.mentions(terms),
                                terms=terms, phrase_start=cs + m.start("s")))
                return
