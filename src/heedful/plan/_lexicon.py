"""A shim for the rule compiler until its imports move: the vocabulary is :mod:`heedful.text.lexicon`."""

from __future__ import annotations

from heedful.text.lexicon import *
from heedful.text.lexicon import words as _words

__all__ = [
    "COUNTRIES",
    "COUNTRY_ALIASES",
    "DEMONYMS",
    "DOC_NOUNS",
    "EVENT_PARTICIPLES",
    "LANGUAGES",
    "META_VERBS",
    "NON_BINDING",
    "NORTH_AMERICAN",
    "NOT_STATES",
    "PLACES",
    "PUBLICATION_NOUNS",
    "STATE_FORMS",
    "STOPWORDS",
    "_words",
]
