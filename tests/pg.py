"""A throwaway PostgreSQL cluster with pgvector, on a loopback port, for the tests of the PostgreSQL store.

``make setup`` installs PostgreSQL from Debian's packages and builds pgvector; this starts a cluster in
a temporary folder (as the ``postgres`` user when the tests run as root: PostgreSQL refuses root),
creates a database with the ``vector`` extension, and stops the cluster at the end.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def pg_bin() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if not found:
        raise RuntimeError("PostgreSQL is not installed: `make setup` installs it (apt-get install postgresql "
                           "postgresql-server-dev-15) and builds pgvector")
    return Path(found[-1]).parent


@contextmanager
def cluster() -> Iterator[str]:
    """Yields the DSN of a database on a fresh cluster with pgvector available."""
    bin_dir = pg_bin()
    root = Path(tempfile.mkdtemp(prefix="heedful-pg-"))
    as_root = os.geteuid() == 0
    run_as = ["runuser", "-u", "postgres", "--"] if as_root else []
    if as_root:
        shutil.chown(root, "postgres")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    data = root / "data"
    subprocess.run([*run_as, str(bin_dir / "initdb"), "-D", str(data), "-A", "trust", "-U", "heedful", "-E", "UTF8",
                    "--no-sync"], check=True, capture_output=True)
    subprocess.run([*run_as, str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(root / "log"), "-w", "-o",
                    f"-h 127.0.0.1 -p {port} -k {root} -c fsync=off -c full_page_writes=off", "start"],
                   check=True, capture_output=True)
    try:
        dsn = f"postgresql://heedful@127.0.0.1:{port}/postgres"
        import psycopg

        deadline = time.monotonic() + 30
        while True:
            try:
                with psycopg.connect(dsn, autocommit=True) as conn:
                    conn.execute("CREATE DATABASE heedful")
                break
            except psycopg.OperationalError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
        test_dsn = f"postgresql://heedful@127.0.0.1:{port}/heedful"
        with psycopg.connect(test_dsn, autocommit=True) as conn:
            conn.execute("CREATE EXTENSION vector")
        yield test_dsn
    finally:
        subprocess.run([*run_as, str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"],
                       check=False, capture_output=True)
        shutil.rmtree(root, ignore_errors=True)
