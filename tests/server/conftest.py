"""A real heedful server on a loopback port, in this process, and a small HTTP client for it."""

from __future__ import annotations

import json
import shutil
import socket
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

DATA = Path(__file__).parent.parent / "data"

#: the keys of tests/data/acl.jsonl's readers and writers (secret -> principals, role)
KEYS = {
    "hr": ("hr-reader-secret-0001", ["hr"], "read"),
    "finance": ("finance-reader-secret", ["finance"], "read"),
    "eng": ("eng-writer-secret-0001", ["eng"], "write"),
    "board": ("board-reader-secret-001", ["board"], "read"),
    "nobody": ("no-principals-secret-01", [], "read"),
    "admin": ("admin-secret-000000001", ["ops"], "admin"),
}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Reply:
    status: int
    headers: dict[str, str]
    body: Any

    @property
    def ids(self) -> list[str]:
        return [h["id"] for h in self.body["hits"]]


@dataclass
class Client:
    url: str

    def call(self, method: str, path: str, body: Any = None, *, key: str | None = None,
             raw: bytes | None = None, headers: dict[str, str] | None = None) -> Reply:
        data = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
        request = urllib.request.Request(self.url + path, data=data, method=method)
        if data is not None:
            request.add_header("Content-Type", "application/json")
        if key is not None:
            request.add_header("Authorization", f"Bearer {KEYS[key][0] if key in KEYS else key}")
        for name, value in (headers or {}).items():
            request.add_header(name, value)
        try:
            # the server keeps its own time limits; an answer from the local LLM on a slow CPU takes minutes
            with urllib.request.urlopen(request, timeout=600) as response:
                status, head, payload = response.status, dict(response.headers), response.read()
        except urllib.error.HTTPError as exc:
            status, head, payload = exc.code, dict(exc.headers), exc.read()
        ctype = head.get("content-type", "")
        return Reply(status, {k.lower(): v for k, v in head.items()},
                     json.loads(payload) if "json" in ctype else payload.decode("utf-8", "replace"))

    def search(self, key: str | None = None, **body: Any) -> Reply:
        return self.call("POST", "/v1/search", body, key=key)


@contextmanager
def running(app: Any) -> Iterator[Client]:
    """``app`` served by uvicorn on a free loopback port, in a thread, until the block ends."""
    from heedful.server.app import serving

    with serving(app) as url:
        yield Client(url)


def keyring() -> Any:
    from heedful.server.keys import Keyring

    return Keyring.parse({"keys": [{"name": name, "key": secret, "principals": principals, "role": role}
                                   for name, (secret, principals, role) in KEYS.items()]})


@pytest.fixture(scope="session")
def acl_index(tmp_path_factory, embedder) -> Path:
    """tests/data/acl.jsonl indexed once: documents for hr, finance, eng, the board, everyone and no one."""
    from heedful import Engine

    path = tmp_path_factory.mktemp("acl") / "index"
    Engine.open(path, embedder=embedder).index(DATA / "acl.jsonl")
    return path


@pytest.fixture(scope="module")
def api(acl_index, embedder, tmp_path_factory) -> Iterator[Client]:
    """A server with keys over a private copy of the acl index (tests may write to it)."""
    from heedful import Engine
    from heedful.server.app import create_app
    from heedful.server.limits import Limits

    path = tmp_path_factory.mktemp("served") / "index"
    shutil.copytree(acl_index, path)
    engine = Engine.open(path, create=False, embedder=embedder)
    with running(create_app(engine, keyring=keyring(), limits=Limits(rate=1000.0))) as client:
        yield client
