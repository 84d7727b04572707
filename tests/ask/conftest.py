"""A tiny dated corpus (a bridge toll that changed in 2023) indexed once, and a scripted generator
for the tests whose subject is the loop, not the model."""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

import pytest

from heedful.models.base import Generation, Generator, Message

DATA = Path(__file__).parents[1] / "data"


@pytest.fixture(scope="session")
def dated_index(tmp_path_factory, embedder):
    """tests/data/ask_dated.jsonl indexed once (publish_date is its date field); read-only."""
    from heedful import Engine

    path = tmp_path_factory.mktemp("ask") / "index"
    Engine.open(path, embedder=embedder).index(DATA / "ask_dated.jsonl")
    return path


@pytest.fixture
def dated(dated_index, embedder):
    from heedful import Engine

    return Engine.open(dated_index, create=False, embedder=embedder)


class Scripted(Generator):
    """A generator that replies by rule: ``reply(kind, messages)`` -> (text, token probability).

    ``kind`` is which prompt it was given (``closed-book``, ``plan`` or ``synthesize``, read from the
    system prompt). Every call is recorded in ``calls`` as (kind, messages).
    """

    name = "scripted"

    def __init__(self, reply: Callable[[str, Sequence[Message]], tuple[str, float]]) -> None:
        self.reply = reply
        self.calls: list[tuple[str, list[dict[str, str]]]] = []

    def generate(self, messages: Sequence[Message], *, max_tokens: int = 512,
                 json_schema: Mapping[str, Any] | None = None, logprobs: bool = False, temperature: float = 0.0,
                 seed: int = 0) -> Generation:
        from heedful.ask.planner import PLANNER_SYSTEM
        from heedful.ask.synthesizer import CLOSED_BOOK_SYSTEM

        system = messages[0]["content"]
        kind = "plan" if system == PLANNER_SYSTEM else "closed-book" if system == CLOSED_BOOK_SYSTEM else "synthesize"
        self.calls.append((kind, [dict(m) for m in messages]))
        text, p = self.reply(kind, messages)
        words = text.split(" ")
        tokens = tuple(w if i == 0 else " " + w for i, w in enumerate(words))
        lps = tuple(math.log(p) for _ in tokens) if logprobs else ()
        return Generation(text, tokens=tokens if logprobs else (), logprobs=lps, prompt_tokens=100,
                          generated_tokens=len(tokens))

    def yes_probability(self, messages):  # pragma: no cover - ask never asks yes/no
        raise AssertionError("yes_probability was called")

    def kinds(self) -> list[str]:
        return [k for k, _ in self.calls]


@pytest.fixture
def scripted() -> type[Scripted]:
    """The :class:`Scripted` generator class."""
    return Scripted
