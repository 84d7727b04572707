"""Lists of terms and named things in an instruction ("frigates, corvettes or destroyers")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from heedful.plan.rules.words import CTX_STOP, LIST_SEP, NOT_ENTITY
from heedful.text.lexicon import (
    COUNTRIES,
    COUNTRY_ALIASES,
    DEMONYMS,
    EVENT_PARTICIPLES,
    META_VERBS,
    NORTH_AMERICAN,
    NOT_STATES,
    ORDINALS,
    STATE_FORMS,
    STOPWORDS,
)
from heedful.text.lexicon import words as _words

__all__ = ["entity_list", "place_terms", "shared_head", "state_terms", "term_list"]


_LIST_SEP_RX = re.compile(r"(?<!\s)" + LIST_SEP)  # from the start of a run of spaces: linear on long runs
_ABBREV_END = re.compile(r"(?:\b[A-Z]\.|\b(?:Bros|Inc|Ltd|Co|Corp|Jr|Sr|St|Mt|Ft)\.)$")
_LEADING_THE = re.compile(r"^the\s+")


def entity_list(blob: str) -> list[str]:
    parts = _LIST_SEP_RX.split(blob)
    out = []
    for p in parts:
        p = p.strip().rstrip(",")
        if p.endswith(".") and not _ABBREV_END.search(p):
            p = p[:-1]
        p = _LEADING_THE.sub("", p)
        if not p or p in NOT_ENTITY or p.lower() in STOPWORDS or p == "&":
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


def _is_state(words: list[str], aux: str) -> bool:
    """"abandoned", "filled in", "defunct": the state of a thing, not an event with an object."""
    phrase = " ".join(w.lower() for w in words)
    if phrase in STATE_FORMS:
        return True
    if aux in ("has", "have", "had", "went", "gone", "goes", "that", "which", "who", "says", "said", "states", "stated",
               "reports", "reported"):
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


def term_list(text: str, pos: int, end: int, *, state: str = "", max_words: int = 3) -> tuple[list[str], int]:
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
        if not kept or kept[0][2].lower().endswith("ing") or (kept[0][2].lower() in CTX_STOP
                                                              and not _noun_compound(kept)):
            break
        if _restricted(ws, len(kept)):
            break  # "an officer of a navy": "officer" alone would say far more than the item
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


def _noun_compound(kept: list[tuple[int, int, str]]) -> bool:
    """Whether a first word that can be a verb of saying ("state", "report") names a kind with the
    word after it ("state park", "report card")."""
    first, rest = kept[0][2].lower(), [w.lower() for _, _, w in kept[1:]]
    return (first in META_VERBS and first not in STOPWORDS and not first.endswith("s") and bool(rest)
            and rest[0] not in CTX_STOP and not rest[0].endswith(("ed", "ing")))


# prepositions whose phrase says which ones of a kind: "an officer of a navy", "a suburb in France"
_RESTRICTING = frozenset(_words("of in from at with for"))


def _restricted(ws: list[tuple[int, int, str]], n: int) -> bool:
    """Whether the item's words stop at ``n`` on a preposition followed by its object, so that the
    words kept name a wider kind than the item does."""
    return n + 1 < len(ws) and ws[n][2].lower() in _RESTRICTING and ws[n + 1][2].lower() not in STOPWORDS \
        or n + 2 < len(ws) and ws[n][2].lower() in _RESTRICTING and ws[n + 1][2].lower() in ("a", "an", "the")


# words that only qualify a noun, and so share the noun of the list's last item ("first or debut EP")
_MODIFIERS = frozenset((*ORDINALS, "debut", "last", "final", "latest", "live", "solo", "studio", "original"))
_OWNER = re.compile(r"^\S+(?:'s|’s|s'|s’)\s+(?=\S)")


def shared_head(terms: list[str]) -> list[str]:
    """Items of a list that are only a modifier take the noun of the last item: "the act's first or
    debut EP" is "first EP" or "debut EP" (a bare "first" would match any first thing). A possessive
    before such a word names whose it is, which the passage says its own way, and is dropped.

    >>> shared_head(["act's first", "debut EP"]), shared_head(["live", "studio albums"])
    (['first EP', 'debut EP'], ['live albums', 'studio albums'])
    >>> shared_head(["frigates", "corvettes", "destroyers"]), shared_head(["parks", "public gardens"])
    (['frigates', 'corvettes', 'destroyers'], ['parks', 'public gardens'])
    """
    *head, last = terms or [""]
    words = last.split()
    if not head or len(words) < 2 or words[0].lower() not in _MODIFIERS:
        return terms
    noun = " ".join(words[1:])
    out = []
    for t in head:
        bare = _OWNER.sub("", t)
        out.append(f"{bare} {noun}" if bare.lower() in _MODIFIERS else t)
    return [*out, last]


# ways of saying a place or business stopped: one family, so that "closed", "shut down" and "no
# longer in operation" test the same words
_CLOSED = ("closed", "closure", "shut down", "shutdown", "closed down", "defunct", "ceased operations")


def state_terms(terms: list[str]) -> tuple[str, ...]:
    """A state's words and the other words for it: "disbanded" is also "disbandment" and, in "before
    disbanding in 1990", "disbanding"."""
    out: list[str] = []
    for t in terms:
        out.append(t)
        out.extend(STATE_FORMS.get(t.lower(), ()))
        if t.lower() in _CLOSED:
            out.extend(_CLOSED)
    out.extend(_ing_form(t) for t in list(out) if _ing_form(t))
    return tuple(dict.fromkeys(out))


def _ing_form(term: str) -> str:
    """"disbanded" -> "disbanding", "closed down" -> "closing down"; "" for a word that is no "-ed"."""
    first, _, rest = term.partition(" ")
    if len(first) <= 5 or not first.endswith("ed") or not first.isalpha():
        return ""
    stem = first[:-3] + "y" if first.endswith("ied") else first[:-2]  # "identified" -> "identifying"
    return " ".join(x for x in (stem + "ing", rest) if x)


def place_terms(ent: str) -> tuple[str, ...]:
    canon = COUNTRY_ALIASES.get(ent, COUNTRY_ALIASES.get("the " + ent, ent))
    terms = [ent]
    if canon != ent:
        terms.append(canon)
    terms.extend(COUNTRIES.get(canon, ()))
    terms.extend(NORTH_AMERICAN.get(canon, ()))
    return tuple(dict.fromkeys(terms))

