"""The Store contract suite run against the embedded default, LanceDB."""

from __future__ import annotations

import pytest

from heedful.store.lancedb import LanceStore

from .contract import DIM, StoreContract


class TestLanceStore(StoreContract):
    @pytest.fixture
    def make_store(self):
        return lambda path, **options: LanceStore(path, dim=DIM, **options)
