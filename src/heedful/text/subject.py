"""What a passage is about, and which of its words are about that subject.

A criterion such as "ships that were never decommissioned" or "companies headquartered in
Spain" is about the thing the passage describes, not about everything it names. :func:`read_subject`
finds that thing (the passage's title, with the lead's own spelling of it, or else the name that
opens its first sentence) and the nouns the passage calls it by ("the ship", "the company"), then
marks each sentence:

- ``subject``: the lead sentence; a sentence whose grammatical subject, after a leading adverbial
  or participle phrase, is the subject's name, a pronoun ("It", "She", "Its"), or a definite
  description of it ("The ship", "This album");
- ``other``: a sentence that opens on some other name ("Harriet Vale lived there"), on a relative
  of the subject ("His father ..."), or on an event around it ("The tour ...");
- ``unclear``: the rest (read as about the subject: most sentences of a paragraph are).

Inside any sentence, words attached to another name are the other thing's: a relative clause or
an apposition after it ("Blue Harbour, which was based in Marseille"), and a term that directly
names another thing ("the live album *Northern Lights*"). A clause that places the other thing
inside a larger one ("the Lyngen Alps, a subrange of the Scandes") stays the subject's: where the
other place lies, the subject lies too. :meth:`Subject.binds` says whom a span belongs to.

>>> text = ("Harbour Lights is a studio album by the band Fjord. It followed the live album "
...         "Northern Lights. The band was based in Oslo.")
>>> s = read_subject(text, "Harbour Lights")
>>> s.nouns
('album',)
>>> [s.binds(text.index(w), text.index(w) + len(w)) for w in ("studio album", "live album", "Oslo")]
['subject', 'other', 'other']
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal, Protocol

from heedful.text.entities import find_entities
from heedful.text.lexicon import DEMONYMS, PLACES, STATE_FORMS, STOPWORDS, words
from heedful.text.segment import split_sentences

__all__ = ["Binding", "Subject", "read_subject"]

Binding = Literal["subject", "other", "unclear"]

_KIN = re.compile(r"(?:its|his|her|their)\s+(?:\w+\s+)?(?:father|mother|parents?|sons?|daughters?|wife|husband|"
                  r"brothers?|sisters?|siblings?|children|child|family|uncle|aunt|cousins?|grandfather|grandmother|"
                  r"rivals?|successors?|predecessors?|parent\s+company|owners?|founders?)\b", re.IGNORECASE)
_PRONOUN = re.compile(r"(?:it|he|she|they|its|his|her|their|this|these|both|each)\b", re.IGNORECASE)
# a leading adverbial phrase ("In 1990, ", "After the war, ") before the sentence's subject
_ADVERBIAL = re.compile(
    r"(?:(?:in|on|at|by|during|after|before|since|from|following|upon|under|with|despite|although|"
    r"while|when|as|until|through|throughout|over|later|today|originally|initially|eventually|"
    r"subsequently|however|also|then)\b[^,.;]{0,60},\s*)+", re.IGNORECASE)
_DEFINITE = re.compile(r"(?:the|this|that)\s+((?:[\w\-]+\s+){0,2}?)([\w\-]+)\b", re.IGNORECASE)
# "X is a (...) NOUN by/from/of/..." in the lead: the head noun is what the passage calls X (a word, or
# a short acronym used as one: "the debut EP by")
_LEAD_NOUN = re.compile(
    r"\b(?:is|was|are|were|has\s+been|had\s+been)\s+(?:also\s+)?(?:a|an|the|one\s+of\s+(?:the\s+)?(?:\d+|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve|several|many|few|only)?)\s+"
    r"((?:(?!(?:the|a|an)\s)[\w\-’']+(?:\.[\w\-’']+)*\s+){0,5}?)([a-z][\w\-]*|[A-Z]{2,3}s?)(?=\s+(?:by|from|of|in|on|at|for|that|which|who|"
    r"with|under|near|within|whose|where|"
    r"based|located|founded|written|directed|produced|released|built|shot|set|made|sung|held|run|sold|known|"
    r"[a-z]{3,}ing|"
    r"[a-z]{3,}(?:ed|en)\s+(?:by|in|at|on|for|from|as|to))\b|\s*(?:[,;(]|\.(?!\w))|\s*$)")
# "Fjord, a rock band from Oslo, ..." : the lead names its subject in an apposition
_LEAD_APPOSITION = re.compile(
    r"[^,]{1,80},\s+(?:a|an|the)\s+((?:[\w\-’']+\s+){0,5}?)([a-z][\w\-]*)(?=\s+(?:by|from|of|in|on|at|for|that|"
    r"which|who|with|based|located|formed|founded|known|and|or|to)\b|\s*[,.;(])")
_PAREN_KIND = re.compile(r"\(([^()]{1,40})\)\s*$")
_RELATIVE = re.compile(r",\s*(?:who|which|whose|where|whom)\b[^,;.]*(?:[,;]|(?=\.)|$)", re.IGNORECASE)
_APPOSITION = re.compile(r",\s*(?:a|an|the)\s+[^,;.()]{1,80}(?:[,;]|(?=\.)|$)", re.IGNORECASE)
# "the Hispar Muztagh, a subrange of the Karakoram": where the other place lies is where the subject
# lies too, so such a clause stays the subject's
_PART_OF = re.compile(
    r",\s*(?:(?:a|an|the)\s+(?:[\w\-]+\s+)?(?:sub-?range|range|region|part|district|county|province|state|suburb|"
    r"neighbou?rhood|area|municipality|division|section|valley|island|archipelago|massif|borough|parish|"
    r"department|prefecture|canton|subdivision)s?\s+(?:of|in|within)\b|(?:which|that)\s+(?:is|are|was|were|lies|lie)\s+"
    r"(?:(?:a\s+)?part\s+of|in|within|located\s+in|situated\s+in)\b)", re.IGNORECASE)
_WORD = re.compile(r"[\w\-’']+")
# what happens to or around a subject, never the subject itself: "The tour stops in Galway."
_EVENT_NOUNS = frozenset(words(
    """tour tours festival concert concerts show season match race tournament war battle campaign
    election award prize deal merger acquisition contract lawsuit trial visit trip ceremony premiere"""))
_PARTICIPLE = re.compile(r"[A-Z][a-z]+(?:ed|ing|en|wn|lt)\s+(?:by|in|on|at|as|from|for|with|after|to|into|under)\b")
_DESCRIBED = re.compile(r"(?:^|[\s(])(?:the|a|an|its|his|her|their)\s+((?:[a-z][\w\-]*\s+){1,4})$")
# "the band Fjord" in the lead: "band" is what the passage calls someone else
_NOUN_BEFORE_NAME = re.compile(r"\b(?:the|a|an)\s+([a-z][\w\-]*)\s+([A-Z][\w\-’']*(?:\s+[A-Z][\w\-’']*)*)")


class Spans(Protocol):
    """Sentence and name offsets already found in a passage (an index's stored evidence)."""

    @property
    def sentences(self) -> tuple[tuple[int, int], ...]: ...

    @property
    def entities(self) -> tuple[tuple[int, int], ...]: ...


@dataclass(frozen=True)
class Subject:
    """The subject of one passage and, per sentence and span, whom the words are about."""

    nouns: tuple[str, ...]
    """What the passage calls the subject ("ship"), lower case."""
    sentences: tuple[tuple[int, int, Binding], ...]
    """Each sentence's ``(start, end)`` and whom it is about."""
    others: tuple[tuple[int, int], ...]
    """Spans inside sentences that are about another named thing."""
    described: tuple[str, ...] = ()
    """The words of what the lead calls the subject, lower case: ("third", "studio", "album")."""
    person: bool = False
    """The lead gives the subject a birth or a past life span: "Ann Lee (born 1975) is ...",
    "Ann Lee (1821-1890) was ..."; a painting "(1920-1925) is" is not one."""

    def sentence_binding(self, offset: int) -> Binding:
        for s, e, b in self.sentences:
            if s <= offset < e:
                return b
        return "unclear"

    def binds(self, start: int, end: int) -> Binding:
        """Whom the words at ``start:end`` are about: ``subject``, ``other`` or ``unclear``."""
        if any(s <= start and end <= e for s, e in self.others):
            return "other"
        b = self.sentence_binding(start)
        return "subject" if b == "unclear" and start == 0 else b


def _title_words(title: str) -> frozenset[str]:
    title = _PAREN_KIND.sub("", title)
    return frozenset(w.lower() for w in _WORD.findall(title)) - STOPWORDS


def _is_subject_name(name: str, title_words: frozenset[str]) -> bool:
    """A name is the subject's when all its words are the title's ("Talon" of "HMS Talon")."""
    words = frozenset(w.lower() for w in _WORD.findall(name)) - STOPWORDS
    return bool(words) and words <= title_words


# a birth or a life span right after the name that opens the lead: the subject is a person
_PERSON_LEAD = re.compile(
    r"^[^.()]{1,90}?\((?:[^()]{0,60}?[;,]\s*)?(?:born|b\.|née)\b"
    r"|^[^.()]{1,90}?\((?:[^()]{0,25}?\b)?\d{3,4}\s*[–—-]\s*(?:[^()]{0,25}?\b)?\d{3,4}\s*\)\s*was\b"
    r"|^[^.]{1,90}?\b(?:was|is)\s+born\b", re.IGNORECASE)


# "X is the name of the third single by ...": the name is X, what it names is the subject's kind
_NAME_OF = re.compile(r"(?<=\s)the\s+(?:name|title)\s+(?:of|given\s+to)\s+(?=(?:the|a|an)\s)", re.IGNORECASE)


def _lead_kind(lead: str, title: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """What the title's "(NOUN)" and the lead's "X is a ... NOUN" call the subject, lower case: the
    nouns, and every word of the description."""
    nouns: list[str] = []
    described: list[str] = []
    m = _PAREN_KIND.search(title)
    if m:
        nouns.append(m.group(1).split()[-1].lower())
        described += m.group(1).lower().split()
    m = _LEAD_NOUN.search(_NAME_OF.sub("", lead)) or _LEAD_APPOSITION.match(lead)
    if m:
        if m.group(2).lower() not in STOPWORDS:
            nouns.append(m.group(2).lower())
        described += (m.group(1) + m.group(2)).lower().split()
    return tuple(dict.fromkeys(nouns)), tuple(dict.fromkeys(described))


def _opening(sentence: str) -> str:
    """The sentence from its grammatical subject on: a leading adverbial phrase cut off."""
    m = _ADVERBIAL.match(sentence)
    return sentence[m.end():] if m else sentence


def _sentence_binding(text: str, start: int, end: int, entities: list[tuple[int, int]], title_words: frozenset[str],
                      nouns: tuple[str, ...], other_nouns: frozenset[str]) -> Binding:
    sentence = text[start:end]
    head = _opening(sentence)
    if _PARTICIPLE.match(head):  # "Born in Oslo, she ...", "Produced by A, B and C, the album ..."
        commas = [m.end() for m in re.finditer(r",\s+", sentence[:160])]
        main = next((c for c in commas if _PRONOUN.match(sentence, c) or _DEFINITE.match(sentence, c)),
                    commas[0] if commas else -1)
        if main < 0:
            return "unclear"
        return _head_binding(text, start + main, sentence[main:], entities, title_words, nouns, other_nouns)
    return _head_binding(text, start + len(sentence) - len(head), head, entities, title_words, nouns, other_nouns)


def _head_binding(text: str, offset: int, head: str, entities: list[tuple[int, int]], title_words: frozenset[str],
                  nouns: tuple[str, ...], other_nouns: frozenset[str]) -> Binding:
    if _KIN.match(head):
        return "other"  # "His father ...", "Their label ...": someone or something of the subject's
    if _PRONOUN.match(head):
        return "subject"
    m = _DEFINITE.match(head)
    if m:
        said = [w.lower() for w in (*m.group(1).split(), m.group(2))]
        if any(w in nouns for w in said):
            return "subject"
        if m.group(2).lower() in other_nouns or m.group(2).lower() in _EVENT_NOUNS:
            return "other"  # "The band ..." where the lead named another band, "The tour ..." of a band
    for s, e in entities:
        if offset <= s < offset + 60 and (s == offset or text[offset:s].lower().strip() in ("the", "a", "an")):
            name = text[s:e]
            if _is_subject_name(name, title_words):
                return "subject"
            if " " in name or _capitalised_elsewhere(text, name, s):
                return "other"
            break  # one capitalised word that opens a sentence may be any word ("Around 4,000 ...")
    return "unclear"


def _capitalised_elsewhere(text: str, word: str, at: int) -> bool:
    """Whether ``word`` is written capitalised somewhere other than at ``at`` (then it is a name)."""
    return any(m.start() != at for m in re.finditer(r"(?<![\w'’])" + re.escape(word) + r"(?![\w'’])", text))


def read_subject(text: str, title: str = "", evidence: Spans | None = None) -> Subject:
    """Find what ``text`` is about (its ``title`` when given) and whom each sentence is about.

    ``evidence`` gives the passage's sentences and names when they were found already (at index
    time); otherwise they are found here.
    """
    if evidence is None:
        sents = split_sentences(text)
        entities = find_entities(text, sents)
    else:
        sents, entities = list(evidence.sentences), list(evidence.entities)
    sents = sents or [(0, len(text))]
    lead = text[sents[0][0]:sents[0][1]]
    if not _title_words(title):
        opening = [text[s:e] for s, e in entities if s == sents[0][0]]
        title = opening[0] if opening else ""
    title_words = _title_words(title)
    # the name the lead opens on is the subject's as this passage spells it ("Liangkang Kangri" under
    # the title "Liankang Kangri")
    opening_name = next((text[a:b] for a, b in entities if a == sents[0][0]), "")
    opening_words = _title_words(opening_name)
    if opening_words & title_words:
        title_words |= opening_words
    nouns, described = _lead_kind(lead, title)
    other_nouns = frozenset(
        m.group(1).lower() for m in _NOUN_BEFORE_NAME.finditer(lead)
        if m.group(1).lower() not in nouns and not _is_subject_name(m.group(2), title_words))
    bindings: list[tuple[int, int, Binding]] = [(sents[0][0], sents[0][1], "subject")]
    for s, e in sents[1:]:
        bindings.append((s, e, _sentence_binding(text, s, e, entities, title_words, nouns, other_nouns)))
    return Subject(nouns, tuple(bindings),
                   tuple(_other_spans(text, entities, title_words, nouns)), described,
                   bool(_PERSON_LEAD.match(lead.lstrip())))


_STATE_NOUNS = sorted({w for k, v in STATE_FORMS.items() for w in (k, *v) if " " not in w and not w.endswith("ed")}
                      | {"death", "end", "demise", "collapse", "fall", "break-up", "disbanding", "closing"},
                      key=len, reverse=True)
_STATE_OF = re.compile(r"\b(?:the|its|their|his|her)\s+(" + "|".join(map(re.escape, _STATE_NOUNS)) + r")\s+of\s+(?:the\s+)?$",
                       re.IGNORECASE)
_WHO = re.compile(r",\s*(?:who|whom)\b", re.IGNORECASE)
_LOCATIVE_BEFORE = re.compile(r"\b(?:from|in|of|at|near|outside)\s+(?:the\s+)?(?:[A-Z][\w\-’']*\s*){1,4},?\s*$")


def _is_place(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` is a place: a known one, or one after "from"/"in" ("a band
    from Seattle, Washington, who ...": people are not a place, so "who" goes back to the band)."""
    name = text[start:end]
    return (name in PLACES or "the " + name in PLACES
            or bool(_LOCATIVE_BEFORE.search(text, max(0, start - 60), end)))


def _other_spans(text: str, entities: list[tuple[int, int]], title_words: frozenset[str],
                 nouns: tuple[str, ...] = ()) -> list[tuple[int, int]]:
    """Relative clauses and appositions after another name, and terms that name another thing.

    A capitalised word that is what the lead calls the subject is no other name ("the first EP by
    the band": an EP is what the passage is about).

    >>> t = "Blue Rooms is the first EP by the band Fjord."
    >>> read_subject(t, "Blue Rooms").binds(t.index("first EP"), t.index("first EP") + 8)
    'subject'
    """
    out: list[tuple[int, int]] = []
    for s, e in entities:
        if _is_subject_name(text[s:e], title_words) or text[s:e] in DEMONYMS or text[s:e].lower() in nouns:
            continue  # the subject itself, what it is called, or an adjective ("a retired Italian player")
        for rx in (_RELATIVE, _APPOSITION):
            m = rx.match(text, e)
            if m and not _PART_OF.match(text, m.start()) and not (
                    rx is _RELATIVE and _WHO.match(text, m.start()) and _is_place(text, s, e)):
                out.append((m.start(), m.end()))
        # "after the dissolution of Nirvana": a state or an end said of another name is that name's
        m = _STATE_OF.search(text, max(0, s - 40), s)
        if m:
            out.append((m.start(1), m.end(1)))
        # "the live album Northern Lights": the words just before a name describe that thing,
        # back to the article that opens the phrase
        before = text[max(0, s - 60):s]
        m = _DESCRIBED.search(before)
        if m and not any(w in STOPWORDS for w in m.group(1).split()):
            out.append((s - len(before) + m.start(1), e))
    return out
