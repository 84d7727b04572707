"""Named things a clause ties its subject to, when nothing else was read in it: "released on
Android", "came out on Epitaph", "castles that stand in Angus", "Skip Montreal bands"."""

from __future__ import annotations

import re

from heedful.plan.rules.cues import EXCLUDE_HEAD
from heedful.plan.rules.extract.base import Context, Extractor
from heedful.plan.rules.state import Feature, named_outside
from heedful.plan.rules.words import NAME_WORD, NEGATED_VERB, NOT_ENTITY, content_words
from heedful.plan.schema import Predicate
from heedful.text.lexicon import DEMONYMS, DOC_NOUNS, MONTHS, PUBLICATION_NOUNS

__all__ = ["NameExtractor"]

_NAME = re.compile(rf"(?<![\w'’\-]){NAME_WORD}(?:\s+(?:(?:of|de|del|du|la|le|von|van|da|di|the|and)\s+(?:the\s+)?)?"
                   rf"{NAME_WORD})*")
# a preposition that ties the subject to the name: "released on X", "based in X", "signed to X"
# the small words inside a name: "Supreme Court of the United States", "Banco de la Plata"
_CONNECTORS = frozenset(("of", "de", "del", "du", "la", "le", "von", "van", "da", "di", "the", "and"))
_TIED_BY = re.compile(r"\b(in|on|for|by|from|at|with|under|via|to|into|(?:a\s+)?(?:part|members?|rounds?|stages?|legs?)\s+of)"
                      r"\s++(?:the\s++)?$", re.IGNORECASE)
_LOCATIVE = frozenset(("in", "at", "under", "into"))
# the name used as a modifier: "Montreal bands", "an Android release", "the Epitaph Records releases"
_MODIFIES = re.compile(r"\s+(?!(?:has|have|had|is|are|was|were|does|do|did|will|would|can|could|may|might|must|"
                       r"should|shall|and|or|of|in|on|at|to|for|by|with|from|that|which|who)\b)[a-z][\w\-]*\b")
_NEGATED = re.compile(r"\b(?:not|never|no|without|unrelated|unconnected|other\s+than|outside|except)\b[^,;]*$",
                      re.IGNORECASE)
_COORDINATED = re.compile(r"\s*,?\s*(?:(?:and/or|or|and|nor)\s+)?(?:the\s+)?|\s*,\s*", re.IGNORECASE)
_DETERMINER = re.compile(r"(?:\b(?:an?|the|its|their)|['’]s)\s++$", re.IGNORECASE)
_NOT_NAMES = frozenset(w.lower() for w in NOT_ENTITY) | frozenset(m.lower() for m in MONTHS) | DOC_NOUNS \
    | PUBLICATION_NOUNS


class NameExtractor(Extractor):
    """A capitalised name tied to the clause's subject by a preposition, or used as its modifier,
    in a clause where no other extractor found anything: ``mentions`` it (read on the subject)."""

    kind = "mention"

    def find(self, ctx: Context) -> None:
        if any(f.predicate is not None for f in ctx.feats) or ctx.polarity not in ("require", "exclude"):
            return
        seg, cs = ctx.seg, ctx.cs
        if seg.count(",") >= 2:
            return  # "a TV series, a documentary or a person ...": a list of kinds, not a tie to one name
        head = EXCLUDE_HEAD.match(seg)
        opening = head.end() if head else 0
        for m in _NAME.finditer(seg):
            words = re.sub(r"^the\s+", "", m.group(0)).split()
            for i, w in enumerate(words):
                if w.lower() in _NOT_NAMES and w not in _CONNECTORS:
                    words = words[:i]  # "the Continent. Documents ...": a name ends before a cue word
                    break
            while words and words[-1] in _CONNECTORS:
                words.pop()
            if not words:
                continue
            name = " ".join(words)
            if (not ctx.free(cs + m.start(), cs + m.end()) or name in DEMONYMS or words[0].lower() in _NOT_NAMES
                    or all(w.lower() in _NOT_NAMES for w in words) or len(name) < 2):
                continue
            if name.endswith(("'s", "’s")) or named_outside(ctx.st, name.split()[0], ctx.cs, ctx.ce):
                continue  # "X's work in general"; a name the instruction's topic uses too
            before = seg[max(0, m.start() - 80):m.start()]  # a bounded look back: linear in the clause
            if ctx.polarity == "exclude" and _NEGATED.search(before):
                continue  # "problems unrelated to Germany": not a tie (a requirement's negation flips it)
            tie = _TIED_BY.search(before)
            denied = NEGATED_VERB.search(before) if tie is None else None
            tie = tie or denied
            # a requirement's unknown place ("place the peak in the Karakoram") is left to the text
            # criterion, which also reads what is placed there; "released on X" is a plain test
            tied = tie is not None and (ctx.polarity == "exclude" or tie.group(1).lower() not in _LOCATIVE)
            modifier = _MODIFIES.match(seg, m.end()) is not None and m.start() > 0 and (
                _DETERMINER.search(before) is not None
                or not [w for w in content_words(seg[opening:m.start()]) if w.lower() not in ("only", "any", "anything")])
            if not (tied or modifier) or (m.start() == 0 and not modifier):
                continue
            names, end = [name], m.end()
            for more in _NAME.finditer(seg, m.end()):  # "in the Karakoram or the Himalaya": all of them
                gap = seg[end:more.start()]
                other = re.sub(r"^the\s+", "", more.group(0))
                if not _COORDINATED.fullmatch(gap) or other in DEMONYMS or other.lower() in _NOT_NAMES:
                    break
                names.append(other)
                end = more.end()
            terms = tuple(dict.fromkeys(names))
            # a negated verb's phrase starts at the verb, so the negation's scope covers it
            verb = cs + m.start() - len(before) + denied.start("v") if denied else -1
            ctx.add(Feature("mention", cs + m.start(), cs + end, Predicate.mentions(terms), terms=terms,
                            phrase_start=verb))
            return
