"""The synthesizer: the question and the chosen passages in, a short cited answer out.

It sees only the question (and its choices) and the numbered, marked passages
(:mod:`heedful.ask.passages`); never the planner's reasoning nor earlier drafts. It replies in two
lines, the short answer first so that it can be scored as a span (EM/F1), then one supporting
sentence with the passage numbers it uses::

    Answer: Chief of Protocol
    Evidence: Shirley Temple served as Chief of Protocol of the United States [2].

or ``Answer: NOT FOUND`` when the passages do not contain it. With choices the answer is the
letter of one choice. :func:`parse_reply` reads the reply; :func:`cite` maps ``[n]`` to document ids.

The closed-book prompt (:func:`closed_book_messages`) asks the same short answer without passages.
"""

from __future__ import annotations

import re
import string
from collections.abc import Sequence
from dataclasses import dataclass

from heedful.ask.answers import f1_score, normalize_answer
from heedful.ask.passages import DATA_RULE, block, plain, unmark
from heedful.ask.types import Source

__all__ = [
    "CLOSED_BOOK_SYSTEM",
    "NOT_FOUND",
    "SYNTHESIZER_SYSTEM",
    "Draft",
    "choice_of",
    "cite",
    "closed_book_messages",
    "parse_closed_book",
    "parse_reply",
    "synthesizer_messages",
]

NOT_FOUND = "NOT FOUND"
LETTERS = string.ascii_uppercase

SYNTHESIZER_SYSTEM = (
    "You answer a question using only the numbered passages you are shown. " + DATA_RULE + " Reply in "
    "exactly two lines.\nAnswer: the shortest answer (a few words: a name, a place, a date, a number, yes "
    "or no), or NOT FOUND if the passages do not contain it.\nEvidence: one short sentence, with facts from "
    "the passages only, that supports the answer, with the number of each passage it uses in brackets."
)
_CHOICE_ANSWER = ("\nWith lettered choices, the answer is the letter of the one correct choice; if the "
                  "passages do not settle it, the most likely choice.")

# One worked example of our own (invented names, so it cannot leak into a benchmark), shown before
# every question: it fixes the reply format, and as a constant prefix it stays in llama.cpp's KV cache.
_EXAMPLE_PASSAGES = (
    Source("x1", "Harbour Lights (novel)", "Harbour Lights is a 1987 novel by the Welsh writer Mared Evans. It is "
                                           "set in a fishing town during a long winter."),
    Source("x2", "Mared Evans", "Mared Evans (born 1941) is a Welsh novelist. She taught literature at "
                                "Aberystwyth University for thirty years."),
)
_EXAMPLE_QUESTION = "At which university did the author of Harbour Lights teach?"
_EXAMPLE_REPLY = ("Answer: Aberystwyth University\nEvidence: Harbour Lights is by Mared Evans [1], who taught "
                  "at Aberystwyth University [2].")
_EXAMPLE_CHOICES = ("Cardiff University", "Aberystwyth University", "Bangor University")
_EXAMPLE_CHOICE_REPLY = ("Answer: B\nEvidence: Harbour Lights is by Mared Evans [1], who taught at Aberystwyth "
                         "University [2].")

CLOSED_BOOK_SYSTEM = (
    "Answer the question from your own knowledge with the shortest answer: a few words, such as a name, a "
    "place, a date or a number (yes or no only for a yes/no question). No explanation, no full sentence."
)
_CLOSED_BOOK_CHOICES = "Reply with the letter of the one correct choice only."
_CB_EXAMPLE = ("Question: Which river flows through the city where the Eiffel Tower stands?", "Seine")
_CB_EXAMPLE_CHOICES = (f"{_CB_EXAMPLE[0]}\nChoices:\nA. Rhine\nB. Seine\nC. Loire\n{_CLOSED_BOOK_CHOICES}", "B")

_CITE = re.compile(r"\[(\d+(?:\s*,\s*\d+)*)\]")
_LABEL = re.compile(r"^\s*(answer|evidence)\s*:\s*", re.IGNORECASE)
_INLINE_EVIDENCE = re.compile(r"\bevidence\s*:", re.IGNORECASE)
_LETTER = re.compile(r"^\(?([A-Z])\)?(?:[.):]|\s|$)")
_NOT_FOUND = re.compile(r"^(not found|the passages? do(?:es)? not|no answer|unknown\b|cannot be determined)",
                        re.IGNORECASE)


@dataclass(frozen=True)
class Draft:
    """One synthesizer (or closed-book) reply, read.

    ``answer`` is the short answer (with choices: the chosen choice's text), ``support`` the
    evidence sentence with its ``[n]`` markers, ``cited`` the passage numbers in order of first
    use, ``found`` False for NOT FOUND, ``span`` where the answer sits in the raw reply (for its
    token confidence).
    """

    answer: str
    support: str = ""
    cited: tuple[int, ...] = ()
    found: bool = True
    span: tuple[int, int] = (0, 0)


def _choices_block(choices: Sequence[str]) -> str:
    return "\n".join(f"{LETTERS[i]}. {plain(c)}" for i, c in enumerate(choices))


def synthesizer_messages(
    question: str, passages: Sequence[Source], *, choices: Sequence[str] | None = None,
    max_words: int | None = None,
) -> list[dict[str, str]]:
    """The synthesizer's chat: the passages, then the question (and choices) last.

    The worked example (a user turn and the reply it wants) comes first, the same for every question.

    >>> m = synthesizer_messages("Where was Jo Lee born?", [Source("d1", "Jo Lee", "Jo Lee was born in Oslo.")])
    >>> [x["role"] for x in m]
    ['system', 'user', 'assistant', 'user']
    >>> print(m[3]["content"])
    <passage n="1">
    Jo^Lee:^Jo^Lee^was^born^in^Oslo.
    </passage>
    <BLANKLINE>
    Question: Where was Jo Lee born?
    Reply with the two lines Answer: and Evidence:.
    """
    system = SYNTHESIZER_SYSTEM + (_CHOICE_ANSWER if choices else "")
    example_choices = _EXAMPLE_CHOICES if choices else None
    return [
        {"role": "system", "content": system},
        {"role": "user", "content": _synth_user(_EXAMPLE_QUESTION, _EXAMPLE_PASSAGES, example_choices, None)},
        {"role": "assistant", "content": _EXAMPLE_CHOICE_REPLY if choices else _EXAMPLE_REPLY},
        {"role": "user", "content": _synth_user(question, passages, choices, max_words)},
    ]


def _synth_user(question: str, passages: Sequence[Source], choices: Sequence[str] | None,
                max_words: int | None) -> str:
    shown = "\n".join(block(i, s, max_words=max_words) for i, s in enumerate(passages, 1))
    asked = f"Question: {plain(question)}"
    if choices:
        asked += f"\nChoices:\n{_choices_block(choices)}"
    return f"{shown}\n\n{asked}\nReply with the two lines Answer: and Evidence:."


def closed_book_messages(question: str, *, choices: Sequence[str] | None = None) -> list[dict[str, str]]:
    """The closed-book chat: the question alone (and its choices).

    >>> closed_book_messages("Is 7 prime?")[-1]["content"]
    'Question: Is 7 prime?'
    """
    content = f"Question: {plain(question)}"
    if choices:
        content += f"\nChoices:\n{_choices_block(choices)}\n{_CLOSED_BOOK_CHOICES}"
    example = _CB_EXAMPLE_CHOICES if choices else _CB_EXAMPLE
    return [{"role": "system", "content": CLOSED_BOOK_SYSTEM}, {"role": "user", "content": example[0]},
            {"role": "assistant", "content": example[1]}, {"role": "user", "content": content}]


def choice_of(text: str, choices: Sequence[str]) -> str | None:
    """The choice a reply names: by its letter, by its text, else the choice sharing most words with
    it; None when it shares none.

    >>> choice_of("B", ["Iran", "Iraq", "Syria"])
    'Iraq'
    >>> choice_of("(C) Syria", ["Iran", "Iraq", "Syria"])
    'Syria'
    >>> choice_of("the embassy in Iraq", ["Iran", "Iraq", "Syria"])
    'Iraq'
    >>> choice_of("Paris", ["Iran", "Iraq"]) is None
    True
    """
    text = unmark(text)
    m = _LETTER.match(text)
    if m and LETTERS.index(m.group(1)) < len(choices):
        return choices[LETTERS.index(m.group(1))]
    norm = normalize_answer(text)
    for c in choices:
        if normalize_answer(c) == norm:
            return c
    contained = [c for c in choices if normalize_answer(c) and f" {normalize_answer(c)} " in f" {norm} "]
    if len(contained) == 1:
        return contained[0]
    scored = [(f1_score(text, c), -i) for i, c in enumerate(choices)]
    best, neg_i = max(scored)
    return choices[-neg_i] if best > 0 else None


def _lines(reply: str) -> tuple[str, int, str]:
    """The answer line (its label removed), where it starts in ``reply``, and the rest."""
    lines = reply.split("\n")
    offset = 0
    for i, line in enumerate(lines):
        if line.strip():
            m = _LABEL.match(line)
            if m and m.group(1).lower() == "evidence":  # no answer line: the answer is missing
                return "", offset, "\n".join(lines[i:])
            start = offset + (m.end() if m else len(line) - len(line.lstrip()))
            answer, rest = reply[start: offset + len(line)], "\n".join(lines[i + 1:])
            inline = _INLINE_EVIDENCE.search(answer)  # "Answer: X Evidence: Y" on one line
            if inline:
                answer, rest = answer[: inline.start()], answer[inline.start():] + "\n" + rest
            return answer, start, rest
        offset += len(line) + 1
    return "", 0, ""


def parse_reply(reply: str, n_passages: int, *, choices: Sequence[str] | None = None) -> Draft:
    """Read a synthesizer reply: the short answer, the evidence sentence, the passages cited.

    Citation numbers outside ``1..n_passages`` are dropped; ``[1, 3]`` cites both.

    >>> parse_reply("Answer: Oslo [1]\\nEvidence: Jo^Lee was born in Oslo [1], [3].", 2)
    Draft(answer='Oslo', support='Jo Lee was born in Oslo [1], [3].', cited=(1,), found=True, span=(8, 16))
    >>> parse_reply("Answer: NOT FOUND\\nEvidence: none.", 2).found
    False
    >>> parse_reply("Answer: New York City. Evidence: She lives in New York City [2].", 2).answer
    'New York City'

    >>> parse_reply("Answer: B\\nEvidence: It was Iraq [2].", 2, choices=["Iran", "Iraq"]).answer
    'Iraq'
    """
    answer_line, start, rest = _lines(reply)
    support = unmark(_LABEL.sub("", rest.strip(), count=1)) if rest.strip() else ""
    cited: list[int] = []
    for m in _CITE.finditer(answer_line + " " + support):
        for num in m.group(1).split(","):
            n = int(num)
            if 1 <= n <= n_passages and n not in cited:
                cited.append(n)
    answer = unmark(_CITE.sub("", answer_line)).strip().rstrip(".").strip()
    span = (start, start + len(answer_line))
    if choices:
        picked = choice_of(answer, choices) or choice_of(support, choices)
        return Draft(picked or choices[0], support, tuple(cited), picked is not None, span)
    if not answer or _NOT_FOUND.match(answer):
        return Draft(NOT_FOUND, support, (), False, span)
    return Draft(answer, support, tuple(cited), True, span)


def parse_closed_book(reply: str, *, choices: Sequence[str] | None = None) -> Draft:
    """Read a closed-book reply: its first line is the answer (with choices: a choice).

    >>> parse_closed_book("Answer: William Shakespeare.\\nHe wrote it in 1600.")
    Draft(answer='William Shakespeare', support='', cited=(), found=True, span=(8, 28))
    """
    answer_line, start, _ = _lines(reply)
    answer = unmark(answer_line).strip().rstrip(".").strip()
    span = (start, start + len(answer_line))
    if choices:
        picked = choice_of(answer, choices)
        return Draft(picked or choices[0], "", (), picked is not None, span)
    return Draft(answer, "", (), bool(answer), span)


def cite(draft: Draft, passages: Sequence[Source]) -> tuple[str, ...]:
    """The document ids a draft cites, in order of first use. A found answer whose reply named no
    valid passage cites the first passage that contains the answer's words (normalised), if any.

    >>> ps = [Source("d1", "A", "Rush formed in Toronto."), Source("d2", "B", "Jo Lee was born in Oslo.")]
    >>> cite(Draft("Oslo", "Jo Lee was born in Oslo [2].", (2,)), ps)
    ('d2',)
    >>> cite(Draft("Oslo", "Jo Lee was born there."), ps)
    ('d2',)
    """
    ids = [passages[n - 1].id for n in draft.cited if n <= len(passages)]
    if not ids and draft.found:
        want = normalize_answer(draft.answer)
        for s in passages:
            if want and f" {want} " in f" {normalize_answer(s.title + ' ' + s.text)} ":
                ids.append(s.id)
                break
    return tuple(dict.fromkeys(ids))
