from __future__ import annotations

import shutil
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="session")
def embedder():
    """The real default embedder, loaded once per test session."""
    from heedful.models import load_embedder

    return load_embedder()


@pytest.fixture(scope="session")
def tiny_index(tmp_path_factory, embedder):
    """An index of tests/data/tiny.jsonl built once; tests that write must copy it first."""
    from heedful import Engine

    path = tmp_path_factory.mktemp("tiny") / "index"
    Engine.open(path, embedder=embedder).index(DATA / "tiny.jsonl")
    return path


@pytest.fixture
def tiny(tiny_index, tmp_path, embedder):
    """A private, writable copy of the tiny index."""
    from heedful import Engine

    path = tmp_path / "index"
    shutil.copytree(tiny_index, path)
    return Engine.open(path, create=False, embedder=embedder)


@pytest.fixture
def tiny_ro(tiny_index, embedder):
    """The shared tiny index, for tests that only read."""
    from heedful import Engine

    return Engine.open(tiny_index, create=False, embedder=embedder)
