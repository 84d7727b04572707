"""One writer at a time per index folder: an advisory OS lock on a file inside it.

Two ``heedful index`` runs into one folder used to interleave: each kept the settings it read at
start and saved them at the end (the last writer's ``heedful.json`` lost the other's fields), and
two runs into a new folder raced to create the table. Every write now happens inside
:class:`WriteLock`; a second writer waits for the first (up to ``timeout`` seconds), then fails with
:class:`~heedful.errors.IndexBusyError` naming the process that holds the lock. Readers never take
it: LanceDB reads a consistent version while a writer commits.

The lock is ``flock`` (``msvcrt.locking`` on Windows) on ``.heedful.lock``: the operating system
releases it when the holder exits, however it exits, so a killed run never leaves a stale lock.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import time
from pathlib import Path
from types import TracebackType
from typing import IO, Any, Self

from heedful.errors import IndexBusyError

__all__ = ["LOCK_FILE", "WriteLock"]

log = logging.getLogger(__name__)

LOCK_FILE = ".heedful.lock"
_POLL = 0.05


def _try_lock(f: IO[Any]) -> bool:
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import msvcrt

        try:
            msvcrt.locking(f.fileno(), msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False
    import fcntl

    try:
        fcntl.flock(f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except BlockingIOError:
        return False


def _unlock(f: IO[Any]) -> None:
    if sys.platform == "win32":  # pragma: no cover
        import msvcrt

        msvcrt.locking(f.fileno(), msvcrt.LK_UNLCK, 1)
        return
    import fcntl

    fcntl.flock(f.fileno(), fcntl.LOCK_UN)


class WriteLock:
    """An exclusive lock on the index folder ``directory``, held from acquire to release.

    >>> with WriteLock(tmp_path, timeout=5, purpose="indexing docs.jsonl"):  # doctest: +SKIP
    ...     ...  # the only writer of tmp_path until the block ends
    """

    def __init__(self, directory: Path, *, timeout: float = 60.0, purpose: str = "writing") -> None:
        self.path = Path(directory) / LOCK_FILE
        self.timeout = timeout
        self.purpose = purpose
        self._file: IO[Any] | None = None

    def holder(self) -> str:
        """Who holds the lock, as recorded by its holder ("unknown" when unreadable)."""
        try:
            info = json.loads(self.path.read_text() or "{}")
        except (OSError, ValueError):
            return "unknown"
        return f"process {info.get('pid', '?')} ({info.get('purpose', '?')})"

    def acquire(self) -> None:
        f = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - held open while locked
        deadline = time.monotonic() + self.timeout
        waited = False
        while not _try_lock(f):
            if time.monotonic() >= deadline:
                f.close()
                raise IndexBusyError(
                    f"{self.path.parent} is being written by {self.holder()}; waited {self.timeout:g} s. "
                    "Wait for that run to end (or stop it), then run this one again"
                )
            if not waited:
                log.warning("waiting for %s, which is writing %s", self.holder(), self.path.parent)
                waited = True
            time.sleep(_POLL)
        f.seek(0)
        f.truncate()
        f.write(json.dumps({"pid": os.getpid(), "purpose": self.purpose}))
        f.flush()
        self._file = f

    def release(self) -> None:
        if self._file is None:
            return
        try:
            _unlock(self._file)
        finally:
            self._file.close()
            self._file = None

    def __enter__(self) -> Self:
        self.acquire()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.release()
