"""The planner: from the question and what was found so far, what to search for next, or enough.

It sees only the question and, for each passage found so far, its title and first words
(:data:`PLANNER_WORDS`); never a draft answer and never the synthesizer's prompt. It writes JSON
constrained by :data:`PLAN_SCHEMA`: up to two short search queries (a sub-question, or a name that
links the question to its answer, as the found passages spell it) and whether what was found is
enough. It never answers: its output has no place for an answer, and a query equal to one already
searched is dropped.

>>> msgs = planner_messages("Who directed the film that starred the author of X?", [])
>>> msgs[1]["content"].splitlines()[0]
'Question: Who directed the film that starred the author of X?'
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from heedful.ask.passages import DATA_RULE, block, plain
from heedful.ask.types import Source

__all__ = [
    "PLANNER_SYSTEM", "PLANNER_WORDS", "PLAN_SCHEMA", "PlanDecision", "parse_plan", "pitfalls_block", "planner_messages",
]

log = logging.getLogger(__name__)

#: words of each found passage the planner reads (the title comes on top)
PLANNER_WORDS = 30
MAX_QUERIES = 2

PLANNER_SYSTEM = (
    "You plan the searches that will answer a question from a document collection. You see the question "
    "and the title and first words of each passage found so far. You never answer the question yourself: "
    "another step will read the passages and answer. Decide whether the passages found so far name "
    "everything needed to answer it. If something is missing, write at most two short search queries for "
    "it: a sub-question, or the name of the person, work, place or organisation that links the question "
    "to its answer, spelled as the passages spell it. " + DATA_RULE + " Reply with JSON only."
)

PLAN_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "queries": {"type": "array", "items": {"type": "string", "maxLength": 80}, "maxItems": MAX_QUERIES},
        "enough": {"type": "boolean"},
    },
    "required": ["queries", "enough"],
    "additionalProperties": False,
}


@dataclass(frozen=True)
class PlanDecision:
    """What the planner decided: the next queries (new ones only) or that it has enough."""

    queries: tuple[str, ...]
    enough: bool


def pitfalls_block(pitfalls: Sequence[Mapping[str, Any]]) -> str:
    """Past rejected answers to similar questions, as the planner reads them: each question, the
    rejected answer (marked data, like a passage; ``Engine.ask`` removes its citation markers) and
    why the admission gates refused it.

    >>> print(pitfalls_block([{"question": "Who founded Acme?", "answer": "Jo Lee.",
    ...                        "reasons": ["claim 'Jo Lee.' is not supported by the passages it cites"]}]))
    Known pitfalls (answers to similar questions that were rejected before; look for evidence, do not repeat them):
    - asked: Who founded Acme?
      rejected answer: <passage n="p1">
    Jo^Lee.
    </passage>
      why: claim 'Jo Lee.' is not supported by the passages it cites
    """
    lines = [("Known pitfalls (answers to similar questions that were rejected before; look for evidence, "
             "do not repeat them):")]
    for i, p in enumerate(pitfalls, 1):
        why = "; ".join(str(r) for r in p.get("reasons", [])[:2]) or "rejected"
        answer = block(i, Source("", "", str(p.get("answer", ""))), max_words=40).replace(
            f'<passage n="{i}">', f'<passage n="p{i}">')
        lines += [f"- asked: {plain(str(p.get('question', '')))}", f"  rejected answer: {answer}", f"  why: {plain(why)}"]
    return "\n".join(lines)


def planner_messages(question: str, found: Sequence[Source],
                     pitfalls: Sequence[Mapping[str, Any]] = ()) -> list[dict[str, str]]:
    """The planner's chat: the question, then each passage found so far (title and first words).

    >>> m = planner_messages("Where was the founder of Acme born?", [Source("d1", "Acme", "Acme was founded by Jo Lee.")])
    >>> print(m[1]["content"])
    Question: Where was the founder of Acme born?
    <BLANKLINE>
    Found so far:
    <passage n="1">
    Acme:^Acme^was^founded^by^Jo^Lee.
    </passage>
    <BLANKLINE>
    What should be searched next? Reply as JSON: {"queries": [...], "enough": true or false}.
    """
    shown = "\n".join(block(i, s, max_words=PLANNER_WORDS) for i, s in enumerate(found, 1)) or "(nothing yet)"
    known = f"{pitfalls_block(pitfalls)}\n\n" if pitfalls else ""
    return [
        {"role": "system", "content": PLANNER_SYSTEM},
        {"role": "user", "content": f"Question: {plain(question)}\n\nFound so far:\n{shown}\n\n{known}"
                                    "What should be searched next? Reply as JSON: "
                                    '{"queries": [...], "enough": true or false}.'},
    ]


def parse_plan(reply: str, asked: Iterable[str]) -> PlanDecision:
    """The planner's JSON reply, without queries already searched (compared case-blind).

    A reply that is not the JSON asked for (a server that ignored the schema) reads as enough:
    nothing new to search.

    >>> parse_plan('{"queries": ["Jo Lee birthplace", "Acme"], "enough": false}', ["acme"])
    PlanDecision(queries=('Jo Lee birthplace',), enough=False)
    >>> parse_plan("not json", [])
    PlanDecision(queries=(), enough=True)
    """
    from heedful.ask.passages import unmark

    try:
        data = json.loads(reply)
    except json.JSONDecodeError:
        log.warning("the planner did not reply JSON (%r); stopping the search", reply[:120])
        return PlanDecision((), True)
    if not isinstance(data, Mapping):
        return PlanDecision((), True)
    seen = {" ".join(q.lower().split()) for q in asked}
    queries: list[str] = []
    raw = data.get("queries")
    for q in raw if isinstance(raw, list) else []:
        text = unmark(str(q))
        key = text.lower()
        if text and key not in seen:
            seen.add(key)
            queries.append(text)
    return PlanDecision(tuple(queries[:MAX_QUERIES]), bool(data.get("enough")) and not queries)
