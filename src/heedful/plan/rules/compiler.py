"""The rule compiler's entry point: :func:`compile_rules`."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date

from heedful.errors import ConfigError
from heedful.plan.rules.clauses import (
    EXAMPLES,
    absorb_condition,
    elaborates,
    merge_cueless,
    split_soft,
    unmask_dates,
)
from heedful.plan.rules.cues import (
    ABOUT,
    ANAPHORIC,
    EXCEPT,
    EXCEPTED,
    EXCLUDE_ANY,
    EXCLUDE_MORE,
    MERE_MENTION,
    NOT_ABOUT,
    ONLY,
    POS_EXPLICIT,
    QUESTION,
    SPARED,
    YES_NO,
    Cue,
    detect,
    is_additive,
)
from heedful.plan.rules.emit import emit_clause
from heedful.plan.rules.extract.registry import extract_features
from heedful.plan.rules.fields import field_roles, filters_for_clause, values_index
from heedful.plan.rules.scope import Scope
from heedful.plan.rules.state import Lazy, State
from heedful.plan.rules.strip import blank_spans, criterion_text, strip_brackets
from heedful.plan.rules.words import DIGIT, DOCN, content_words
from heedful.plan.schema import Criterion, Plan, TimeSpec
from heedful.text.segment import Spans, clauses, mask_brackets, sentences

__all__ = ["FIELD_TYPES", "MAX_INSTRUCTION_CHARS"]


FIELD_TYPES: tuple[str, ...] = ("string", "integer", "number", "bool", "date", "list")
#: The longest instruction compiled, in characters. Compiling takes time in proportion to the
#: length (up to about 15 ms per kilobyte, bench/results/compile_time.md), and an instruction says
#: what counts, it is not a document: this bound keeps every compile under a second.
MAX_INSTRUCTION_CHARS = 65_536


#: a comma and "where", "whose" or "with" after an exception ("X but not Y, where ..."): the clause
#: goes on about X, not about the excepted Y ("which" and "that" go on about Y: "except those in
#: Japan, which stay in"); a semicolon ends it too ("sector: any but energy; founded: after 1990")
_EXCEPTION_END = re.compile(r",\s+(?=(?:where|whose|with)\b)|\s*;", re.IGNORECASE)


def compile_rules(
    instruction: str | None,
    *,
    query: str = "",
    fields: Mapping[str, str] | None = None,
    values: Mapping[str, Sequence[str]] | None = None,
    today: date | None = None,
) -> Plan:
    """Compile ``instruction`` into a :class:`Plan` with rules only.

    Args:
        instruction: the user's words about what counts as relevant; ``None`` or blank gives an
            empty plan.
        query: the search query, stored in the plan as is.
        fields: the collection's metadata fields and their types (``string``, ``integer``,
            ``number``, ``bool``, ``date``, ``list``). Only these become hard filters.
        values: known values per string or list field (``{"source": ["cnn.com", "bbc.co.uk"]}``);
            an instruction naming one of them becomes an exact filter.
        today: the date that relative expressions ("in the last 2 years", "this year") count
            from; the system date when not given.

    >>> p = compile_rules("Only articles from CNN published in 2023 that give a dollar figure.",
    ...                   fields={"source": "string", "publish_date": "date"})
    >>> [f.to_dict() for f in p.filters]  # doctest: +NORMALIZE_WHITESPACE
    [{'field': 'source', 'op': 'contains', 'value': 'cnn'},
     {'field': 'publish_date', 'op': '>=', 'value': '2023-01-01'},
     {'field': 'publish_date', 'op': '<=', 'value': '2023-12-31'}]
    >>> [(c.polarity, c.kind, c.predicate.to_dict()["pattern"]["label"]) for c in p.criteria]
    [('require', 'format', 'money')]
    """
    if instruction is not None and not isinstance(instruction, str):
        raise ConfigError(f"instruction must be a string or None, got {type(instruction).__name__}")
    fields_d: dict[str, str] = {}
    for name, ftype in (fields or {}).items():
        if ftype not in FIELD_TYPES:
            raise ConfigError(
                f"field {name!r} has type {ftype!r}; use one of {', '.join(FIELD_TYPES)}"
            )
        fields_d[name] = ftype
    values_d: dict[str, tuple[str, ...]] = {}
    for name, vals in (values or {}).items():
        if name not in fields_d:
            raise ConfigError(f"values given for {name!r}, which is not among the fields "
                              f"({', '.join(fields_d) or 'none'}); add it to fields")
        values_d[name] = tuple(str(v) for v in vals)
    text = instruction or ""
    if len(text) > MAX_INSTRUCTION_CHARS:
        raise ConfigError(
            f"the instruction is {len(text):,} characters long, over the limit of {MAX_INSTRUCTION_CHARS:,}; "
            "state what counts as relevant in fewer words (long reference text belongs in the documents, "
            "not in the instruction)"
        )
    if not text.strip():
        return Plan(query=query)
    masked = unmask_dates(text, mask_brackets(text))
    st = State(text, masked, EXAMPLES.sub(lambda m: " " * len(m.group(0)), masked), fields_d, values_d,
                fields is not None, today, values_index(fields_d, values_d), field_roles(fields_d), query=query)

    last_question = False
    for sent_idx, (ss, se) in enumerate(sentences(text)):
        if _PLEASANTRY.fullmatch(text, ss, se):
            continue  # "Good afternoon.", "Thanks in advance!": no criterion
        if (greeting := _GREETING.match(text, ss, se)) is not None:
            ss = greeting.end()  # "Hello there, only dams in Spain"
        if absorb_condition(st, ss, se, last_question):
            last_question = False
            continue
        question = bool(QUESTION.match(st.masked, ss) or YES_NO.match(st.masked, ss, se)) and text[
            ss:se].rstrip(" \"'”’)").endswith("?")
        n_before = len(st.criteria)
        prev_pol: str | None = None
        prev_end = -1
        for cs, ce in split_soft(st, merge_cueless(st, clauses(text, ss, se, st.masked))):
            elab = prev_end >= 0 and elaborates(st, prev_end, cs)
            prev_pol = _compile_clause(st, cs, ce, prev_pol, sent_idx, elab, question and prev_end < 0)
            prev_end = ce
        last_question = question and len(st.criteria) > n_before

    time = None
    if st.window or st.as_of or st.recency:
        span = st.window_span or st.as_of_span or st.recency_span
        time = TimeSpec(as_of=st.as_of, window=st.window, recency=st.recency, span=span)  # type: ignore[arg-type]
    criteria = _distinct(_with_acronyms(text, _join_listed(st)))
    return Plan(query=query, criteria=criteria, filters=tuple(st.filters), time=time, compiled_by="rules",
                notes=tuple(dict.fromkeys(st.notes)))


def _join_listed(st: State) -> list[Criterion]:
    """Text exclusions on consecutive list lines ("- not relevant: breed clubs", "- not relevant:
    cartoon dogs") are one criterion, as the same items written in one sentence are: each item
    judged apart would count the list as many times as it has lines."""
    out: list[Criterion] = []
    for c in st.criteria:
        prev = out[-1] if out else None
        if (prev is not None and c.predicate is None and prev.predicate is None and c.weight and prev.weight
                and c.polarity == prev.polarity and c.polarity in ("exclude", "avoid") and c.span and prev.span
                and _LIST_LINE.match(st.text, _line_start(st.text, c.span[0]))
                and _LIST_LINE.match(st.text, _line_start(st.text, prev.span[0]))
                and "\n" in st.text[prev.span[1]:c.span[0]] and st.text.count("\n", prev.span[1], c.span[0]) == 1):
            out[-1] = Criterion(f"{prev.text}; {c.text}", prev.polarity, "topic", None, (prev.span[0], c.span[1]),
                                prev.weight, prev.about)
        else:
            out.append(c)
    return out


#: a greeting that opens a sentence, and a sentence of courtesy alone
_GREETING = re.compile(r"\s*(?:hi|hello|hey|greetings|good\s+(?:morning|afternoon|evening|day)|dear\s+\w+)"
                       r"(?:\s+(?:there|all|team|everyone|folks))?\s*[,!.:;]\s*", re.IGNORECASE)
_PLEASANTRY = re.compile(r"\s*(?:(?:hi|hello|hey|greetings|good\s+(?:morning|afternoon|evening|day)|dear\s+\w+)"
                         r"(?:\s+(?:there|all|team|everyone|folks))?|(?:many\s+)?thanks?(?:\s+you)?(?:\s+(?:so|very)\s+much)?"
                         r"(?:\s+(?:a\s+lot|in\s+advance|for\s+(?:your|the)\s+help))*|thx|cheers|much\s+appreciated|"
                         r"(?:best|kind|warm)?\s*regards)[\s,.!]*", re.IGNORECASE)
# "the European Space Agency (ESA)": a name and the acronym the instruction gives it
_DEFINED = re.compile(r"\b(?P<name>[A-Z][\w'’-]*(?:\s+(?:(?:of|for|and|the|de)\s+)*[A-Z][\w'’-]*){1,7})\s*\((?P<acr>[A-Z]{2,8})\)")
_SMALL = frozenset(("of", "for", "and", "the", "de"))


def _with_acronyms(text: str, criteria: list[Criterion]) -> list[Criterion]:
    """A name the instruction gives an acronym ("European Space Agency (ESA)") is tested in both
    forms: a passage may use either.

    >>> p = compile_rules("Skip astronauts the paragraph places in the Nordic Space Office (NSO).")
    >>> p.criteria[0].predicate.terms
    ('Nordic Space Office', 'NSO')
    """
    acronyms: dict[str, str] = {}
    for m in _DEFINED.finditer(text):
        words = [w for w in m.group("name").split() if w.lower() not in _SMALL]
        # the acronym may start at a later word of the name ("the Royal Nordic Space Office (NSO)")
        for k in range(len(words)):
            if "".join(w[0] for w in words[k:]) == m.group("acr"):
                name = " ".join(m.group("name").split())
                acronyms[name] = acronyms[name[name.index(words[k]):]] = m.group("acr")
                break
    if not acronyms:
        return criteria
    out = []
    for c in criteria:
        p = c.predicate
        if p is not None and p.type == "mentions":
            extra = [acronyms[t] for t in p.terms if t in acronyms and acronyms[t] not in p.terms]
            if extra:
                c = replace(c, predicate=replace(p, terms=(*p.terms, *extra)))
        out.append(c)
    return out


def _line_start(text: str, at: int) -> int:
    return text.rfind("\n", 0, at) + 1


_LIST_LINE = re.compile(r"[ \t]*(?:[-*•]|\d+[.)])\s")


def _distinct(criteria: list[Criterion]) -> tuple[Criterion, ...]:
    """The criteria with a repeated predicate kept once ("the years 1970 to 1975: a report
    counts only if it falls in them" says one thing twice); the first keeps its words."""
    seen: set[tuple[str, str]] = set()
    out = []
    for c in criteria:
        if c.predicate is not None:
            key = (c.polarity, json.dumps(c.predicate.to_dict(), sort_keys=True, default=str))
            if key in seen:
                continue
            seen.add(key)
        out.append(c)
    return tuple(out)


def _read_exclusions(st: State) -> None:
    """Bring ``st.has_exclusion`` and ``st.excl_words`` up to date with the criteria made so far."""
    for c in st.criteria[st.excl_seen:]:
        if c.polarity in ("exclude", "avoid"):
            st.has_exclusion = True
            st.excl_words.update(w.lower() for w in content_words(c.text))
    st.excl_seen = len(st.criteria)


def _says_what_stays(st: State, raw: str) -> bool:
    """Whether a clause only restates what an earlier exclusion spares (see _compile_clause)."""
    _read_exclusions(st)
    if not st.has_exclusion:
        return False
    if SPARED.search(raw):
        return True
    if not MERE_MENTION.search(raw):
        return False
    ours = {w.lower() for w in content_words(raw)} - _MENTION_WORDS
    return bool(ours & st.excl_words)


# "... are not relevant; an airport that was only renamed still counts" (not after a colon, where
# "Skip remixes: official re-recordings still count" names what is welcome)
_STILL_COUNTS = re.compile(r"\bstill\s+(?:count|counts|qualif(?:y|ies))\b|\b(?:stays?|remains?)(?:\s+in)?\s*[.;!]?\s*$",
                           re.IGNORECASE)
# "Documents that merely mention X ...", "If the paragraph only mentions X, ...": the clause is about
# such documents (not a list where one item is "things that only mention a storm")
_MERE_HEAD = re.compile(
    rf"\s*+(?:(?:if|when)\s+)?(?:(?:a|an|any|the|those|these|all)\s+)?(?:{DOCN}|ones?|texts?|those|anything)\b"
    r"[^,;:]{0,24}?\b(?:merely|only|just|simply)\s+(?:mention|mentions|refer|refers|name|names|cite|cites)\b"
    r"|\s*+(?:mere|passing)\s+(?:mentions?|references?)\b", re.IGNORECASE)
# a criterion about mentions themselves
_ANY_MENTION = re.compile(r"\b(?:mention(?:s|ed|ing)?|refer(?:s|red|ring)?\s+to|cite[sd]?|citing|contain(?:s|ing)?\s+"
                          r"the\s+(?:word|words|name|names|term|terms|phrase)|the\s+(?:word|name|term)\s+\S+\s+appears?)\b",
                          re.IGNORECASE)
# a list item's label: "- exclude:", "Required:", "Not relevant:"
_LABEL = re.compile(r"\s*+(?:[-*•]\s*+)?(?:exclude[sd]?|excluding|require[sd]?|must(?:\s+have)?|prefer(?:red)?|avoid|"
                    r"not\s+relevant|irrelevant|relevant|only|include)\s*+:?\s*+$", re.IGNORECASE)
# a section's name, as TREC topics and forms write them ("Narrative: ...", "Description: ..."): says
# where the text comes from, not what counts
_SECTION = re.compile(r"\s*+(?:narrative|description|notes?|background|details|guidelines?)\s*+:?\s*+$",
                      re.IGNORECASE)
_LABEL_LEAD = re.compile(r"^(?:require[sd]?|must(?:\s+have)?|only|include|prefer(?:red)?|avoid|exclude[sd]?|"
                         r"(?:not\s+)?relevant)\s*:\s*", re.IGNORECASE)
# "mentions a spill in passing" -> "a spill"
_MENTION_LEAD = re.compile(r"^(?:(?:only|merely|just|simply)\s+)?(?:mentions?|refers?\s+to|references?|names?|cites?)\s+|"
                           r"\s++in\s+passing$", re.IGNORECASE)
_MENTION_WORDS = frozenset(("mention", "mentions", "mentioned", "passing", "merely", "reference", "references", "count",
                            "counts", "paragraph", "paragraphs", "passage", "passages", "document", "documents"))


def _compile_clause(
    st: State, cs: int, ce: int, prev_pol: str | None, sent_idx: int, elab: bool = False, question: bool = False
) -> str | None:
    raw = st.masked[cs:ce]
    cue = detect(raw)
    if _LABEL.match(raw):
        return cue.polarity or prev_pol  # "- exclude: X": the label gives the next clause its polarity
    if _SECTION.match(raw):
        return prev_pol
    if question and cue.polarity in (None, "require"):
        about_q = ABOUT.search(raw)
        cue = Cue("require", strong=True, definitional=bool(about_q) and not st.seen_topic)
    if (elab and prev_pol in ("exclude", "avoid") and cue.polarity in (None, "require")
            and not (cue.polarity == "require" and POS_EXPLICIT.search(raw))):
        # "Skip anything no longer working: a canal described only in the past tense, or ...":
        # the elaboration lists what is excluded; its "only" does not make it a requirement
        cue = Cue(prev_pol, strong=prev_pol == "exclude")
    polarity = cue.polarity
    certain = True  # the polarity is the clause's own, not carried over from the clause before
    defaulted = False  # ... nor the default of a clause with no cue at all
    if polarity is None:
        if ANAPHORIC.search(raw.strip()) and st.criteria:
            polarity, certain = prev_pol or st.criteria[-1].polarity, False
        elif prev_pol is not None:
            polarity, certain = prev_pol, False
        else:
            defaulted = True
            polarity = "prefer" if st.seen_positive else "require"
            cue = Cue(polarity, definitional=polarity == "require")
    if polarity == "require" and not cue.strong and st.seen_positive and is_additive(raw):
        polarity = "prefer"  # "Include reviews too.": adds to what counts, does not narrow it
    if _says_what_stays(st, raw) or (not elab and st.has_exclusion and _STILL_COUNTS.search(raw)):
        # "Players born later remain relevant", "a passing mention of a village does not count":
        # the clause says again what an exclusion spares; reading criteria on what a passage says
        # about its own subject already does that, so it is kept for the record, not ranked by
        text = criterion_text(st.text[cs:ce]) or st.text[cs:ce].strip()
        st.criteria.append(Criterion(text, "prefer", "topic", None, (cs, ce), 0.0))
        st.notes.append(f"{st.text[cs:ce].strip()!r} says what stays relevant; kept for the record, not ranked by "
                        "(a criterion is read on what a passage says about its own subject, so passing mentions "
                        "do not meet it)")
        return prev_pol
    mere = polarity in ("exclude", "avoid") and _MERE_HEAD.match(raw) is not None
    if mere:
        # "Documents that merely mention X are not relevant": X must be what the passage is about
        polarity, cue = "require", Cue("require", strong=True)
    # the topic: the first positive statement of what passages are about ("A relevant paragraph
    # describes ...", "Must be about ..."), not an "only ..." restriction
    about = ABOUT.search(raw)
    is_topic = (polarity == "require" and not st.seen_topic
                and (cue.definitional or cue.polarity is None or bool(about))
                and not ONLY.search(raw))
    if polarity == "require" and not cue.strong and not is_topic and cue.polarity is not None and st.seen_topic:
        polarity = "prefer"  # a second "X are relevant" widens the topic rather than narrowing it

    # "any airport other than those in Texas": split off the excepted part
    exc = None
    aside: list[tuple[int, int]] = []  # words that are no part of the criterion's text
    for m in EXCEPT.finditer(raw):
        tail = (EXCLUDE_ANY.search(raw, m.end()) or EXCLUDE_MORE.search(raw, m.end()) or re.search(
            r"\s+(?:is|are)\s+(?:also\s+)?(?:relevant|acceptable|fine|wanted)\b|\s+(?:count|counts|qualify)\b",
            raw[m.end():], re.IGNORECASE))
        xe = ce
        if tail is not None:
            xe = cs + (tail.start() if tail.re in (EXCLUDE_ANY, EXCLUDE_MORE) else m.end() + tail.start())
        after = _EXCEPTION_END.search(raw, m.end(), xe - cs)
        if after is not None:  # "firms but not banks, where the boss is under 40": the boss of the firms
            xe = cs + after.start()
        head = raw[:m.start()]
        if not content_words(head) and not DIGIT.search(head) and detect(head).polarity is None:
            # "Excluding CNN", "Anything but sports", "Other than reviews, all is relevant": nothing
            # comes before the exception, so the clause excludes what it names
            # ("Dams in Europe. But not the Spanish ones.": with no cue of its own, the clause
            # excepts from what came before, so a requirement's exception is an exclusion)
            excepted = st.criteria[-1].polarity if defaulted and st.criteria else None
            soft = polarity in ("prefer", "avoid") if excepted is None else excepted in ("prefer", "avoid")
            polarity = "avoid" if soft else "exclude"
            aside = [(cs, cs + m.end()), (xe, ce)]
        else:
            exc = (cs + m.start(), cs + m.end(), xe)
        break

    main_end = ce if exc is None else exc[0]
    consumed = Spans()
    scope = Scope(st, cs, main_end)
    st.asking = question
    feats = extract_features(st, cs, main_end, polarity)
    if exc is not None and exc[2] < ce:
        feats += extract_features(st, exc[2], ce, polarity)
    feats = filters_for_clause(st, cs, main_end, polarity, feats, consumed, certain=certain, scope=scope)

    cut = consumed.spans() + aside + ([(exc[0], exc[2])] if exc else [])
    text = _LABEL_LEAD.sub("", NOT_ABOUT.sub("", criterion_text(blank_spans(st.text, cs, ce, cut))))
    if mere:
        text = _MENTION_LEAD.sub("", text)
    if not text:
        text = re.sub(r"\s+", " ", strip_brackets(st.text[cs:ce])).strip(" ,;:.")
    if not text:  # only brackets ("(0)"): nothing to judge by
        return polarity
    core = [(f.start, f.end) for f in feats if f.kind in ("time", "recency", "number", "format")]
    # whether words are left once the features are read: needed for topics and fully filtered clauses only
    residual = Lazy(lambda: bool(content_words(criterion_text(blank_spans(st.masked, cs, ce, cut + core)))))
    if polarity in ("require", "prefer"):
        st.seen_positive = True

    before = len(st.criteria)
    emit_clause(st, feats, polarity, text, (cs, ce), is_topic, residual, bool(consumed), scope)
    if len(st.criteria) == before + 1 and not feats and not content_words(text):
        # "Which documents count?": kept for the record, but it says nothing to rank by
        c = st.criteria[-1]
        st.criteria[-1] = Criterion(c.text, c.polarity, c.kind, c.predicate, c.span, 0.0)
    if _ANY_MENTION.search(raw) and not MERE_MENTION.search(raw):
        # "Documents that mention Spain are not relevant": any mention counts, not only what the
        # passage says about its own subject
        st.criteria[before:] = [replace(c, about="passage") if c.predicate is not None else c
                                for c in st.criteria[before:]]
    if is_topic:
        st.seen_topic = True

    if exc is not None:
        es, ee_marker, xe = exc
        flip = EXCEPTED[polarity]
        x_consumed = Spans()
        x_scope = Scope(st, ee_marker, xe)
        x_feats = filters_for_clause(st, ee_marker, xe, flip, extract_features(st, ee_marker, xe, flip), x_consumed,
                                      certain=certain, scope=x_scope)
        x_cut = x_consumed.spans()
        x_text = criterion_text(blank_spans(st.text, ee_marker, xe, x_cut)) or st.text[ee_marker:xe].strip()
        x_text = re.sub(r"^(?:those|ones|that|the\s+ones)\s+", "", x_text)
        if not x_text.strip(" ,;:."):  # "... except" with nothing after it: nothing is excepted
            return polarity
        x_core = [(f.start, f.end) for f in x_feats if f.kind in ("time", "recency", "number", "format")]
        x_res = Lazy(lambda: bool(content_words(criterion_text(blank_spans(st.masked, ee_marker, xe, x_cut + x_core)))))
        emit_clause(st, x_feats, flip, x_text, (es, xe), False, x_res, bool(x_consumed), x_scope)
    return polarity

