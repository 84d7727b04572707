"""The shipped example corpus and its instruction tests pass, as `make demo` shows."""

from __future__ import annotations

from pathlib import Path

from heedful import Engine
from heedful.eval import assert_instructions

EXAMPLES = Path(__file__).parent.parent / "examples"


def test_newsroom_instruction_tests_pass(tmp_path, embedder):
    engine = Engine.open(tmp_path / "ix", embedder=embedder)
    engine.index(EXAMPLES / "newsroom.jsonl")
    assert engine.info()["documents"] == 36
    assert_instructions(EXAMPLES / "newsroom-instructions.yaml", engine)
