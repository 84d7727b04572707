"""The Store contract suite run against PostgreSQL + pgvector, on a throwaway cluster."""

from __future__ import annotations

import hashlib

import pytest

from heedful.store.postgres import PostgresStore

from .contract import DIM, StoreContract


class TestPostgresStore(StoreContract):
    @pytest.fixture
    def make_store(self, postgres_dsn):
        # one table per test folder: a second store on the same folder opens the same table
        def make(path, **options):
            table = "t_" + hashlib.sha1(str(path).encode()).hexdigest()[:16]
            return PostgresStore(postgres_dsn, table=table, dim=DIM, hnsw_min_passages=None, **options)

        return make
