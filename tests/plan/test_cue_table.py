"""The cue table of the rule compiler: every phrase in it is detected with its polarity, and the
exclusions are cut out of a criterion's text (the few that a criterion keeps today are listed).

Each phrase is turned into the plainest text it matches (the first branch of each choice, the
fewest repeats), so a phrase added to the table is tested without writing an example for it.
"""

from __future__ import annotations

import re

import pytest

from heedful.plan.rules.cues import (
    AVOID,
    CUES,
    EXCEPTED,
    EXCLUDE_ANY,
    EXCLUDE_HEAD,
    EXCLUDE_MORE,
    OPPOSITE,
    CuePhrase,
    detect,
)
from heedful.plan.rules.strip import criterion_text

try:
    from re import _constants as sre_constants  # type: ignore[attr-defined]
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # Python 3.10
    import sre_constants  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]


def plainest(pattern: str) -> str:
    """The plainest text ``pattern`` matches: first branches, fewest repeats, one space for ``\\s*``."""
    c = sre_constants
    out: list[str] = []

    def one(op, av) -> None:
        if op is c.LITERAL:
            out.append(chr(av))
        elif op is c.IN:
            k, v = av[0]
            out.append(chr(v) if k is c.LITERAL else chr(v[0]) if k is c.RANGE else
                       " " if v is c.CATEGORY_SPACE else "x")
        elif op is c.CATEGORY:
            out.append(" " if av is c.CATEGORY_SPACE else "x")
        elif op is c.SUBPATTERN:
            walk(av[-1])
        elif op is c.BRANCH:
            walk(av[1][0])
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            lo, _, sub = av
            space = len(sub) == 1 and (sub[0] == (c.IN, [(c.CATEGORY, c.CATEGORY_SPACE)]))
            for _ in range(max(lo, 1 if space else 0)):
                walk(sub)
        elif op is c.ANY:
            out.append("x")
        # anchors and lookarounds match no text

    def walk(items) -> None:
        for op, av in items:
            one(op, av)

    walk(sre_parse.parse(pattern, re.IGNORECASE))
    return "".join(out)


def example(cue: CuePhrase) -> str:
    said = plainest(cue.phrase)
    return f"{said} reviews" if cue.scope == "opening" else f"Reviews {said}"


def _id(cue: CuePhrase) -> str:
    return f"{cue.polarity}:{example(cue)}"


@pytest.mark.parametrize("cue", CUES, ids=_id)
def test_every_phrase_is_detected_with_its_polarity(cue):
    found = detect(example(cue))
    assert found.polarity == cue.polarity
    if cue.strength == "defines":
        assert found.definitional
    if cue.polarity in ("require", "exclude") and cue.strength == "strong":
        assert found.strong


# exclusions a criterion's text keeps today: the words stay, the polarity is right
KEPT_IN_TEXT = {"Reviews isn't relevant", "Reviews nonrelevant", "Reviews irrelevant", "Reviews disqualify",
                "Reviews keep them out", "i have no interest reviews", "not relevant reviews",
                # what these exclude follows them ("must not be about reviews"): the compiler cuts
                # them from there (cues.NOT_ABOUT)
                "Reviews must not be about", "Reviews cannot be about"}


@pytest.mark.parametrize("cue", [c for c in CUES if c.polarity == "exclude"], ids=_id)
def test_exclusions_are_cut_from_the_criterion_text(cue):
    text = example(cue)
    if text in KEPT_IN_TEXT:
        assert "reviews" in criterion_text(text)
    else:
        assert criterion_text(text) == "reviews"


def test_the_detectors_are_made_from_the_table():
    """Each detector tries exactly the table's phrases of its kind, in the table's order."""
    def phrases(polarity, scope, common=None):
        return [c.phrase for c in CUES if c.polarity == polarity and c.scope == scope
                and (common is None or c.common == common)]

    assert EXCLUDE_ANY.pattern == "|".join(phrases("exclude", "anywhere", True))
    assert EXCLUDE_MORE.pattern == "|".join(phrases("exclude", "anywhere", False))
    assert EXCLUDE_HEAD.pattern.endswith("(?:" + "|".join(phrases("exclude", "opening")) + ")")
    assert AVOID.pattern == r"\b(?:" + "|".join(phrases("avoid", "anywhere")) + r")\b"


def test_flip_tables():
    assert all(OPPOSITE[OPPOSITE[p]] == p for p in OPPOSITE)  # negating twice changes nothing
    assert {p: EXCEPTED[p] for p in ("require", "prefer")} == {p: OPPOSITE[p] for p in ("require", "prefer")}
    assert EXCEPTED["exclude"] == EXCEPTED["avoid"] == "prefer"  # what an exclusion spares is welcome
