"""Word lists and small patterns that several parts of the rule compiler read."""

from __future__ import annotations

import re

from heedful.text.lexicon import DOC_NOUNS, META_VERBS, PUBLICATION_NOUNS, STOPWORDS
from heedful.text.lexicon import words as _words

__all__ = ["ACRONYM", "CTX_STOP", "DIGIT", "DOCN", "ENTITY", "LIST_GAP", "LIST_SEP", "MONTHS_RX", "MONTH_NAMES", "NAME_WORD", "NEGATED_VERB", "NOT_ENTITY", "OR_WORD", "PUB_RX", "REACH", "SPACES", "WORD_BEFORE", "WORD_CHAR", "clause_text", "content_words"]


MONTHS_RX = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|" \
             r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"

DOCN = r"(?:" + "|".join(sorted(DOC_NOUNS, key=len, reverse=True)) + r")"
WORD_CHAR = re.compile(r"\w")
_TIME_WORDS = re.compile(
    r"\b(?:period|periods|times?|era|eras|dates?|dated|years?|decades?|centur(?:y|ies)|earlier|later|"
    r"before|after|recent|latest|older|newer|current|historical|timeframe|time\s+frame)\b",
    re.IGNORECASE,
)

NAME_WORD = (
    r"(?:[A-Z]\.(?:[A-Z]\.)+|(?:Bros|Inc|Ltd|Co|Corp|Jr|Sr|St|Mt|Ft)\.|[A-Z][\w'’\-]*(?:\.(?=\s+[A-Z]))?|&)"
)
ENTITY = (
    rf"(?:the\s+)?{NAME_WORD}(?:\s+(?:(?:of|de|del|du|la|le|von|van|da|di|upon|on|the|and)\s+)?{NAME_WORD})*"
)
LIST_SEP = r"(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and/or|and|or|nor)\s+)"
#: what lies between two items of a list ("Norway, the Faroes or Iceland"): fullmatch it on the gap
LIST_GAP = re.compile(r"\s*(?:,\s*|,?\s+(?:or|and|and/or|nor)\s+)(?:the\s+)?")
NOT_ENTITY = frozenset(
    _words(
        "Only Relevant Paragraphs Paragraph Passages Passage Documents Document Articles Article "
        "Results Pages Exclude Ignore Prefer Ideally Especially Avoid Treat Restrict Find Also "
        "However Note Please Any All No None The A An I We You It They This That These Those Such Do "
        "Don't Never Not Terms Items Posts Entries Both Each Every Other Others Some Many Most Few If "
        "When While Where Which Who Whom Whose What Why How Relevance Include Including Excluding "
        "Skip Omit Drop Remove Discard Disregard Reject Return Show Give List Name"
    )
)
CTX_STOP = STOPWORDS | DOC_NOUNS | frozenset(META_VERBS) | frozenset(
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


def content_words(s: str) -> list[str]:
    return [w for w in _ALPHA_WORD.findall(s) if w.lower() not in CTX_STOP]


SPACES = re.compile(r"\s+")
OR_WORD = re.compile(r"\bor\b", re.IGNORECASE)


def clause_text(text: str, start: int, end: int) -> str:
    """A clause as a note quotes it: spaces collapsed, without its closing punctuation."""
    return " ".join(text[start:end].split()).strip(" .;")

_ALPHA_WORD = re.compile(r"[A-Za-z][A-Za-z\-']*")

# How far back from a feature the words that bind or qualify it are read: enough for any phrase
# they form, and a bound on the work per feature whatever the length of the clause.
REACH = 80
WORD_BEFORE = re.compile(r"(?<![\w\-'])([A-Za-z][\w\-']*)\s+$")
ACRONYM = re.compile(r"[A-Z]{2,6}")

MONTH_NAMES = frozenset(
    _words(
        "january february march april may june july august september october november december jan "
        "feb mar apr jun jul aug sep sept oct nov dec"
    )
)
PUB_RX = r"\b(?:" + "|".join(sorted(PUBLICATION_NOUNS, key=len, reverse=True)) + r")\b"

DIGIT = re.compile(r"\d")


# "never reached the High Court", "was not won by Ferrari": a name a negated verb ties to the subject
NEGATED_VERB = re.compile(r"\b(?:never|not)\s+(?:been\s+)?(?P<v>[a-z]{3,}(?:ed|d))\s+(?:by\s+)?(?:the\s+)?$")
