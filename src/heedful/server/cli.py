"""The ``heedful serve`` command."""

from __future__ import annotations

import argparse
import ipaddress
import socket
import textwrap
from typing import Any

from heedful.errors import ConfigError

__all__ = ["add_parser", "is_loopback", "run"]

_EPILOG = textwrap.dedent(
    """\
    examples:
      heedful serve --index demo-index                      # loopback only, no keys: this machine's users
      heedful serve --index docs --host 0.0.0.0 --keys keys.yaml
    a keys file:
      keys:
        - name: hr-search
          key: "a secret of 16 characters or more"   # or sha256: <hex of its sha256>
          principals: [hr]
          role: read                                 # read | write | admin
    then: curl -H "Authorization: Bearer SECRET" -d '{"query": "salary bands"}' http://HOST:8080/v1/search
    the search page is at http://HOST:8080/ and the API's OpenAPI document at /openapi.json
    needs the server extra: pip install "heedful[server]"
    """
)


def add_parser(subparsers: Any) -> None:
    from heedful.server.limits import Limits

    d = Limits()
    p = subparsers.add_parser(
        "serve", help="serve an index over HTTP: the API (/v1), keys, access control and a search page",
        description="Serve one index: POST /v1/search, /v1/plan, /v1/ask, /v1/documents, GET /v1/info, a search "
                    "page at /. With --keys every request needs a key and sees only the documents its "
                    "principals may read (a document's acl field); without, the server binds loopback only.",
        epilog=_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--index", required=True, metavar="DIR", help="the index to serve")
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8080, help="port (default 8080; 0 picks a free one)")
    p.add_argument("--keys", default=None, metavar="KEYS.yaml", help="API keys with principals and roles")
    p.add_argument("--rate", type=float, default=d.rate, metavar="N",
                   help=f"requests per second per key, bursts of twice that (default {d.rate:g}); a key's own rate wins")
    p.add_argument("--timeout", type=float, default=d.timeout, metavar="SECONDS",
                   help=f"longest a search, plan or write may take (default {d.timeout:g})")
    p.add_argument("--ask-timeout", type=float, default=d.ask_timeout, metavar="SECONDS",
                   help=f"longest an ask may take (default {d.ask_timeout:g})")
    p.add_argument("--max-body", type=int, default=d.max_body, metavar="BYTES",
                   help=f"largest request body (default {d.max_body})")


def is_loopback(host: str) -> bool:
    """Whether ``host`` names this machine only.

    >>> is_loopback("127.0.0.1"), is_loopback("::1"), is_loopback("localhost"), is_loopback("0.0.0.0")
    (True, True, True, False)
    """
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        pass
    try:
        addresses = {str(info[4][0]) for info in socket.getaddrinfo(host, None)}
    except OSError:
        return False
    return bool(addresses) and all(ipaddress.ip_address(a.split("%")[0]).is_loopback for a in addresses)


def run(args: argparse.Namespace, *, open_index: Any) -> int:
    from heedful._optional import require

    for name, value in (("--rate", args.rate), ("--timeout", args.timeout), ("--ask-timeout", args.ask_timeout)):
        if not value > 0:
            raise ConfigError(f"{name} must be positive, not {value:g}")
    if args.max_body < 1024:
        raise ConfigError(f"--max-body {args.max_body} is too small; give at least 1024 bytes")
    if not 0 <= args.port <= 65535:
        raise ConfigError(f"--port {args.port} is not a port number (0-65535)")
    keyring = None
    if args.keys is not None:
        from heedful.server.keys import Keyring

        keyring = Keyring.load(args.keys)
    elif not is_loopback(args.host):
        raise ConfigError(f"--host {args.host} without --keys would let anyone on the network read and write the "
                          "index; give --keys KEYS.yaml (see heedful serve --help) or bind 127.0.0.1")
    uvicorn = require("uvicorn", purpose="heedful serve")
    require("fastapi", purpose="heedful serve")
    from heedful.server.app import create_app
    from heedful.server.limits import Limits

    engine = open_index(args.index)
    app = create_app(engine, keyring=keyring, limits=Limits(max_body=args.max_body, rate=args.rate,
                                                            timeout=args.timeout, ask_timeout=args.ask_timeout))
    engine.retriever  # load the model before the first request  # noqa: B018
    family = socket.AF_INET6 if ":" in args.host else socket.AF_INET
    # IPPROTO_TCP named: asyncio sets TCP_NODELAY only on sockets that say so (without it, 40 ms stalls)
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((args.host, args.port))
    except OSError as exc:
        sock.close()
        raise ConfigError(f"cannot listen on {args.host}:{args.port}: {exc.strerror}; choose another --port") from None
    port = sock.getsockname()[1]
    where = f"http://{'[' + args.host + ']' if family == socket.AF_INET6 else args.host}:{port}"
    if keyring is None:
        print(f"heedful: no --keys: serving {args.index} to this machine only ({args.host}), every document "
              "readable and writable without a key", flush=True)
    else:
        print(f"heedful: serving {args.index} with {len(keyring)} keys; every request needs one", flush=True)
    print(f"heedful: the search page is at {where}/ and the API at {where}/v1 (Ctrl+C stops)", flush=True)
    config = uvicorn.Config(app, log_level="warning", access_log=False, timeout_graceful_shutdown=5)
    uvicorn.Server(config).run(sockets=[sock])
    return 0
