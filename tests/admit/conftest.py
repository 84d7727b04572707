"""A four-document corpus indexed per test (admission writes into it), and a generator that
answers the entailment question by rule, for the tests whose subject is the policy, not the model."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

import pytest

from heedful.models.base import Generation, Generator, Message

DOCS = Path(__file__).parents[1] / "data" / "admit_docs.jsonl"


@pytest.fixture(scope="session")
def admit_base(tmp_path_factory, embedder):
    from heedful import Engine

    path = tmp_path_factory.mktemp("admit") / "base"
    Engine.open(path, embedder=embedder).index(DOCS)
    return path


@pytest.fixture
def engine(admit_base, writable_copy):
    """A fresh copy of the indexed corpus, writable."""
    return writable_copy(admit_base)


class Ruled(Generator):
    """P(yes) by rule on the user turn: ``rule(user_text) -> float``; every question is kept."""

    name = "ruled"

    def __init__(self, rule: Callable[[str], float]) -> None:
        self.rule = rule
        self.asked: list[str] = []

    def generate(self, messages: Sequence[Message], *, max_tokens: int = 512,
                 json_schema: Mapping[str, Any] | None = None, logprobs: bool = False, temperature: float = 0.0,
                 seed: int = 0) -> Generation:
        raise AssertionError("admission only asks yes/no questions")

    def yes_probability(self, messages: Sequence[Message]) -> float:
        user = messages[-1]["content"]
        self.asked.append(user)
        return self.rule(user)


@pytest.fixture
def ruled() -> type[Ruled]:
    return Ruled
