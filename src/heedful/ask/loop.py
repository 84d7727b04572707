"""The ask loop: retrieval inside reasoning, in five modes, with its cost counted.

- ``closed-book``: the model answers from memory; no retrieval.
- ``single``: one retrieval for the question, then the synthesizer.
- ``iter-retgen`` (Shao et al. 2023): retrieve, draft; retrieve again with the question plus the
  previous draft, draft again; up to ``max_iterations`` rounds. A draft equal to the one before
  ends it early: the next query, hence the next retrieval and draft, would be the same.
- ``plan``: retrieve for the question; the planner (:mod:`heedful.ask.planner`) reads what was
  found and writes the next queries, or says it has enough; up to ``max_iterations`` retrieval
  rounds; the synthesizer then reads the best passages of every retrieval, taken in turn. Given
  ``pitfalls`` (past rejected answers to similar questions, which ``Engine.ask`` finds in the
  index's experience store), the planner also reads them, with why they were rejected.
- ``auto`` (the default): ``plan``'s rounds with a draft after each round's searches (over all
  found so far, as ``plan``'s synthesizer reads them), ending at the first found answer drafted
  with :attr:`~heedful.config.AskConfig.evidence_threshold` (the geometric-mean token probability
  of its short answer): the planner's next call, and its searches, come only after an unsure or
  unfound draft; a planner that has enough at once gets a draft over the first retrieval. With
  :attr:`~heedful.config.AskConfig.auto_escalation` ``"iter-retgen"``, ITER-RETGEN rounds instead,
  ending the same way or when the answer is stable between two rounds. The model answers from
  memory instead (one call, nothing read) when the first retrieval finds nothing that names what
  the question asks about (:func:`~heedful.ask.passages.about`: the index holds nothing on it), and
  when no draft found the answer: that closed-book answer is returned with ``found=False``. With
  :attr:`~heedful.config.AskConfig.closed_book_confidence` set, a closed-book attempt comes first
  and is the answer, nothing retrieved, when the model is that sure of it (the default does not:
  with the local 1.5B model on HotpotQA it was a call spent on nearly every question,
  ``bench/results/ask_fit_auto.md``). A backend that gives no log-probabilities never counts as
  confident.

Every retrieval is ``Engine.search(query, instruction=..., as_of=..., k=...)``: the user's
instruction and as-of date apply to each one, so an answer as of a date never cites anything
dated after it.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from heedful.ask.answers import normalize_answer
from heedful.ask.passages import about, interleave, source_of
from heedful.ask.planner import PLAN_SCHEMA, parse_plan, planner_messages
from heedful.ask.synthesizer import (
    Draft,
    cite,
    closed_book_messages,
    parse_closed_book,
    parse_reply,
    synthesizer_messages,
)
from heedful.ask.types import MODES, Answer, Cost, Source, Step
from heedful.config import AskConfig
from heedful.errors import ConfigError

if TYPE_CHECKING:
    from heedful.config import LLMConfig
    from heedful.engine import Engine
    from heedful.models.base import Generation, Generator, Message

__all__ = ["run_ask"]

log = logging.getLogger(__name__)


def _check(question: str, choices: Sequence[str] | None, mode: str, max_iterations: int, k: int) -> list[str] | None:
    if not isinstance(question, str) or not question.strip():
        raise ConfigError("the question is empty; ask something")
    if mode not in MODES:
        raise ConfigError(f"mode={mode!r}; use one of {', '.join(MODES)}")
    if not isinstance(max_iterations, int) or isinstance(max_iterations, bool) or max_iterations < 1:
        raise ConfigError(f"max_iterations={max_iterations!r} must be a positive integer")
    if not isinstance(k, int) or isinstance(k, bool) or k < 1:
        raise ConfigError(f"k={k!r} must be a positive integer (passages per retrieval)")
    if choices is None:
        return None
    if isinstance(choices, str):
        raise ConfigError(f"choices={choices!r} must be a list of strings, not one string")
    out = [" ".join(str(c).split()) for c in choices]
    if len(out) < 2 or len(out) > 26 or not all(out) or len(set(out)) != len(out):
        raise ConfigError(f"choices={list(choices)!r}: give 2 to 26 distinct, non-empty choices")
    return out


@dataclass
class _Run:
    """One question's loop: the engine and model it uses, and what it has done so far."""

    engine: Engine
    llm: Generator
    question: str
    instruction: str | None
    as_of: dt.date | str | None
    choices: list[str] | None
    k: int
    config: AskConfig
    trace: list[Step] = field(default_factory=list)
    cost: Cost = field(default_factory=Cost)
    pitfalls: list[dict[str, Any]] = field(default_factory=list)

    # ------------------------------------------------------------------ the two tools
    def search(self, query: str) -> list[Source]:
        res = self.engine.search(query, instruction=self.instruction, as_of=self.as_of, k=self.k)
        self.cost.retrievals += 1
        sources = [source_of(h, self.question, max_words=self.config.passage_words) for h in res]
        self.trace.append(Step("retrieve", query=query, retrieved=tuple(s.id for s in sources)))
        return sources

    def call(self, messages: Sequence[Message], *, max_tokens: int, logprobs: bool = False,
             json_schema: dict[str, Any] | None = None) -> Generation:
        gen = self.llm.generate(messages, max_tokens=max_tokens, logprobs=logprobs, json_schema=json_schema)
        self.cost.llm_calls += 1
        self.cost.prompt_tokens += gen.prompt_tokens or 0
        self.cost.generated_tokens += gen.generated_tokens or 0
        return gen

    # ------------------------------------------------------------------ the three prompts
    def closed_book(self) -> tuple[Draft, float | None]:
        msgs = closed_book_messages(self.question, choices=self.choices)
        gen = self.call(msgs, max_tokens=self.config.answer_tokens, logprobs=True)
        draft = parse_closed_book(gen.text, choices=self.choices)
        conf = gen.confidence(*draft.span) if draft.found else 0.0
        self.trace.append(Step("closed-book", draft=draft.answer, confidence=conf))
        return draft, conf

    def synthesize(self, passages: Sequence[Source]) -> tuple[Draft, tuple[str, ...], float | None]:
        msgs = synthesizer_messages(self.question, passages, choices=self.choices)
        gen = self.call(msgs, max_tokens=self.config.synth_tokens, logprobs=True)
        draft = parse_reply(gen.text, len(passages), choices=self.choices)
        conf = gen.confidence(*draft.span) if draft.found else 0.0
        self.cost.passages_read += len(passages)
        ids = cite(draft, passages)
        self.trace.append(Step("synthesize", retrieved=tuple(s.id for s in passages), draft=_draft_text(draft),
                               confidence=conf))
        return draft, ids, conf

    def plan(self, found: Sequence[Source], asked: Sequence[str]) -> tuple[str, ...]:
        gen = self.call(planner_messages(self.question, found, self.pitfalls), max_tokens=self.config.plan_tokens,
                        json_schema=PLAN_SCHEMA)
        decision = parse_plan(gen.text, asked)
        self.cost.passages_read += len(found)
        queries = () if decision.enough else decision.queries
        self.trace.append(Step("plan", retrieved=tuple(s.id for s in found), queries=queries,
                               draft="enough" if not queries else ""))
        return queries

    # ------------------------------------------------------------------ the modes
    def answer(self, draft: Draft, ids: tuple[str, ...], mode: str, passages: Sequence[Source]) -> Answer:
        cited = {s.id: s for s in passages}
        return Answer(text=draft.answer, citations=ids, support=draft.support, found=draft.found, mode=mode,
                      trace=tuple(self.trace), cost=self.cost, sources=tuple(cited[i] for i in ids if i in cited))

    def run_closed_book(self) -> Answer:
        draft, _ = self.closed_book()
        return self.answer(draft, (), "closed-book", ())

    def run_single(self) -> Answer:
        passages = self.search(self.question)
        draft, ids, _ = self.synthesize(passages)
        return self.answer(draft, ids, "single", passages)

    def run_iter_retgen(self, max_iterations: int, *, fallback: Draft | None = None, mode: str = "iter-retgen") -> Answer:
        auto = mode == "auto"
        prev: Draft | None = None
        best: tuple[Draft, tuple[str, ...], list[Source]] | None = None
        for i in range(max_iterations):
            query = self.question if prev is None else _next_query(self.question, prev)
            passages = self.search(query)
            if auto and i == 0 and not about(self.question, passages):
                return self.from_memory(fallback, mode)  # the index holds nothing on the question
            draft, ids, conf = self.synthesize(passages)
            if draft.found or best is None or not best[0].found:
                best = (draft, ids, passages)
            if auto and _sure(draft, conf, self.config.evidence_threshold):
                break  # the evidence suffices
            if prev is not None and _same(prev, draft):
                break  # stable: the next round would repeat this one
            prev = draft
        assert best is not None
        draft, ids, passages = best
        if not draft.found and auto:
            return self.unfound(fallback, draft, ids, passages, mode)
        return self.answer(draft, ids, mode, passages)

    def from_memory(self, fallback: Draft | None, mode: str) -> Answer:
        """The model's own answer, reading nothing (the closed-book attempt already made, if any)."""
        memory = fallback if fallback is not None else self.closed_book()[0]
        return self.answer(memory, (), mode, ())

    def unfound(self, fallback: Draft | None, draft: Draft, ids: tuple[str, ...], passages: Sequence[Source],
                mode: str) -> Answer:
        """No draft found the answer: the model's own answer, marked as not found in the passages, or
        the unfound draft when memory has none either."""
        if fallback is None:
            fallback, _ = self.closed_book()
        if fallback.found:
            return self.answer(Draft(fallback.answer, found=False), (), mode, ())
        return self.answer(draft, ids, mode, passages)

    def note_pitfalls(self) -> None:
        """Record in the trace which past rejections the planner will read, if any."""
        if self.pitfalls:
            self.trace.append(Step("pitfalls", retrieved=tuple(str(p.get("_id")) for p in self.pitfalls)))

    def rounds(self, first: list[Source], max_iterations: int) -> Iterator[list[list[Source]]]:
        """The planner's rounds after the first retrieval: each reads what was found so far and
        writes the next queries, or says it has enough (which ends them). Yields every retrieval's
        list so far, the first's first, after each round's searches; lazily, so a caller that stops
        early spends no planner call on the next round."""
        lists = [first]
        asked = [self.question]
        for _ in range(max_iterations - 1):
            queries = self.plan(interleave(lists, limit=self.config.planner_passages), asked)
            if not queries:
                return
            for q in queries:
                asked.append(q)
                lists.append(self.search(q))
            yield lists

    def run_plan(self, max_iterations: int) -> Answer:
        self.note_pitfalls()
        first = self.search(self.question)
        lists = [first]
        for lists in self.rounds(first, max_iterations):
            pass  # every round runs; the synthesizer reads what they all found
        passages = interleave(lists, limit=self.k)
        draft, ids, _ = self.synthesize(passages)
        return self.answer(draft, ids, "plan", passages)

    def run_auto(self, max_iterations: int) -> Answer:
        fallback: Draft | None = None
        if self.config.closed_book_confidence is not None:
            fallback, conf = self.closed_book()
            if _sure(fallback, conf, self.config.closed_book_confidence):
                return self.answer(fallback, (), "auto", ())
        if self.config.auto_escalation == "iter-retgen":
            return self.run_iter_retgen(max_iterations, fallback=fallback, mode="auto")
        # the planner's rounds, as in plan, with a draft after each that ends them when it is sure
        self.note_pitfalls()
        first = self.search(self.question)
        if not about(self.question, first):
            return self.from_memory(fallback, "auto")
        best: tuple[Draft, tuple[str, ...], list[Source]] | None = None
        for lists in self.rounds(first, max_iterations):
            passages = interleave(lists, limit=self.k)
            draft, ids, conf = self.synthesize(passages)
            if draft.found or best is None:
                best = (draft, ids, passages)
            if _sure(draft, conf, self.config.evidence_threshold):
                break  # the evidence suffices
        if best is None:  # the planner had enough at once (or max_iterations is 1): draft over the first
            draft, ids, _ = self.synthesize(first)
            best = (draft, ids, first)
        draft, ids, passages = best
        if not draft.found:
            return self.unfound(fallback, draft, ids, passages, "auto")
        return self.answer(draft, ids, "auto", passages)


def _sure(draft: Draft, conf: float | None, threshold: float) -> bool:
    """A found answer drafted at least ``threshold`` surely (a backend without log-probabilities,
    ``conf`` None, never is)."""
    return draft.found and conf is not None and conf >= threshold


def _draft_text(draft: Draft) -> str:
    return f"{draft.answer}. {draft.support}".strip() if draft.support else draft.answer


def _next_query(question: str, prev: Draft) -> str:
    """ITER-RETGEN's next retrieval query: the question and the previous draft (its answer, unless not
    found, and its supporting sentence without the citation marks)."""
    import re

    parts = [question]
    if prev.found:
        parts.append(prev.answer)
    if prev.support:
        parts.append(re.sub(r"\[\d+(?:\s*,\s*\d+)*\]", "", prev.support))
    return " ".join(" ".join(parts).split())


def _same(a: Draft, b: Draft) -> bool:
    return a.found == b.found and normalize_answer(a.answer) == normalize_answer(b.answer)


def run_ask(
    engine: Engine,
    question: str,
    *,
    llm: Generator | LLMConfig | None = None,
    instruction: str | None = None,
    as_of: dt.date | str | None = None,
    choices: Sequence[str] | None = None,
    mode: str = "auto",
    max_iterations: int = 3,
    k: int = 5,
    config: AskConfig | None = None,
    pitfalls: Sequence[Mapping[str, Any]] = (),
) -> Answer:
    """Answer ``question`` from ``engine``'s documents with ``llm`` (a generator, or the config of
    one to load), in ``mode`` (see the module docstring). ``Engine.ask`` is the public face of this
    function. Arguments are checked before the model loads. ``pitfalls`` (``_id``, ``question``,
    ``answer``, ``reasons``) are shown to the planner in ``plan`` mode."""
    from heedful.models.base import Generator

    picked = _check(question, choices, mode, max_iterations, k)
    if as_of is not None:
        from heedful.temporal.asof import as_date

        as_of = as_date(as_of)
    if not isinstance(llm, Generator):
        from heedful.models.generator import load_generator

        llm = load_generator(llm)
    t0 = time.perf_counter()
    run = _Run(engine, llm, " ".join(question.split()), instruction, as_of, picked, k, config or AskConfig(),
               pitfalls=[dict(p) for p in pitfalls])
    if mode == "closed-book":
        answer = run.run_closed_book()
    elif mode == "single":
        answer = run.run_single()
    elif mode == "iter-retgen":
        answer = run.run_iter_retgen(max_iterations)
    elif mode == "plan":
        answer = run.run_plan(max_iterations)
    else:
        answer = run.run_auto(max_iterations)
    run.cost.seconds = time.perf_counter() - t0  # the answer holds this same Cost
    log.info("ask (%s): %d LLM calls, %d retrievals, %.1f s", mode, run.cost.llm_calls, run.cost.retrievals,
             run.cost.seconds)
    return answer
