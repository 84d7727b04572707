"""``heedful serve``: an HTTP API with keys and document-level access control, and a search page.

Needs the server extra (``pip install "heedful[server]"``): FastAPI and uvicorn are imported only
when a server is built (:func:`create_app`), never by ``import heedful``.

>>> from heedful import Engine
>>> from heedful.server import Keyring, create_app  # doctest: +SKIP
>>> app = create_app(Engine.open("demo-index"), keyring=Keyring.load("keys.yaml"))  # doctest: +SKIP
"""

from __future__ import annotations

from typing import Any

__all__ = ["Keyring", "Limits", "create_app"]


def __getattr__(name: str) -> Any:
    if name == "create_app":
        from heedful.server.app import create_app

        return create_app
    if name == "Keyring":
        from heedful.server.keys import Keyring

        return Keyring
    if name == "Limits":
        from heedful.server.limits import Limits

        return Limits
    raise AttributeError(name)
