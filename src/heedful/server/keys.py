"""API keys: who is calling, which principals they read as, and what they may do.

A keys file is YAML::

    keys:
      - name: hr-search            # shown in logs and errors; the key itself never is
        key: "hf_4f9c2e..."        # the secret, or instead:
        # sha256: "9b74c9897bac770ffc029102a200c5de..."   (sha256 of the secret, hex)
        principals: [hr, staff]    # documents whose acl shares one of these are visible
        role: read                 # read | write | admin
        rate: 20                   # requests per second (optional; the server's --rate otherwise)

Roles: ``read`` searches, plans, asks and reads ``/v1/info``; ``write`` also adds, replaces and
deletes the documents it can read and writes new ones whose ``acl`` shares one of its principals
(or that have none); ``admin`` may also replace or delete any document and write any ``acl``.
Reads are scoped to the key's principals for every role.

Only the sha256 of each secret is kept in memory; a presented key is hashed, then looked up.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from heedful.errors import ConfigError

__all__ = ["ROLES", "Key", "Keyring", "Role", "digest"]

Role = Literal["read", "write", "admin"]
ROLES: tuple[Role, ...] = ("read", "write", "admin")
_HEX = re.compile(r"[0-9a-f]{64}")
#: a secret shorter than this is refused: a key must not be guessable
MIN_KEY_CHARS = 16


def digest(secret: str) -> str:
    """The sha256 (hex) a keys file may give instead of the secret.

    >>> digest("correct horse battery staple")[:16]
    'c4bbcb1fbec99d65'
    """
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Key:
    """One caller: a name for logs, the principals it reads as, its role and its rate limit.

    ``principals`` None reads every document: the caller of a server started without keys.
    """

    name: str
    principals: frozenset[str] | None
    role: Role
    rate: float | None = None

    def may(self, role: Role) -> bool:
        """Whether this key's role includes ``role`` (admin > write > read)."""
        return ROLES.index(self.role) >= ROLES.index(role)


#: the caller of a server started without --keys (loopback only): reads and writes everything
ANONYMOUS = Key(name="anonymous (no --keys)", principals=None, role="admin")


class Keyring:
    """The keys of a keys file, looked up by the sha256 of the presented secret."""

    def __init__(self, keys: Mapping[str, Key]) -> None:
        self._by_digest = dict(keys)

    def __len__(self) -> int:
        return len(self._by_digest)

    @classmethod
    def load(cls, path: str | Path) -> Keyring:
        """Read a keys file; every mistake is a ConfigError naming the file and the entry."""
        import yaml

        p = Path(path)
        try:
            data = yaml.safe_load(p.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ConfigError(f"--keys {path}: no such file") from None
        except (yaml.YAMLError, UnicodeDecodeError) as exc:
            raise ConfigError(f"--keys {path}: not valid YAML ({str(exc).splitlines()[0]})") from None
        return cls.parse(data, where=str(path))

    @classmethod
    def parse(cls, data: Any, *, where: str = "keys") -> Keyring:
        """Keys from the parsed YAML.

        >>> ring = Keyring.parse({"keys": [{"key": "a-long-enough-secret", "principals": ["hr"], "role": "read"}]})
        >>> ring.lookup("a-long-enough-secret")
        Key(name='key 1', principals=frozenset({'hr'}), role='read', rate=None)
        >>> ring.lookup("wrong") is None
        True
        """
        if not isinstance(data, dict) or not isinstance(data.get("keys"), list) or not data["keys"]:
            raise ConfigError(f"{where}: expected a mapping with a non-empty 'keys:' list, e.g.\n"
                              "keys:\n  - key: <secret>\n    principals: [team-a]\n    role: read")
        out: dict[str, Key] = {}
        names: set[str] = set()
        for i, entry in enumerate(data["keys"], 1):
            key_digest, key = _entry(entry, f"{where}: key {i}", default_name=f"key {i}")
            if key_digest in out:
                raise ConfigError(f"{where}: key {i} ({key.name}) repeats the secret of {out[key_digest].name}")
            if key.name in names:
                raise ConfigError(f"{where}: key {i}: the name {key.name!r} is used twice; names appear in logs")
            names.add(key.name)
            out[key_digest] = key
        return cls(out)

    def lookup(self, secret: str) -> Key | None:
        """The key whose secret is ``secret``, or None."""
        # looked up by digest: what a timing difference could reveal is a prefix of a hash, not of a secret
        return self._by_digest.get(digest(secret))


def _entry(entry: Any, where: str, *, default_name: str) -> tuple[str, Key]:
    if not isinstance(entry, dict):
        raise ConfigError(f"{where}: expected a mapping with key (or sha256), principals and role")
    unknown = sorted(set(entry) - {"name", "key", "sha256", "principals", "role", "rate"})
    if unknown:
        raise ConfigError(f"{where}: unknown setting {', '.join(map(repr, unknown))}; "
                          "use name, key or sha256, principals, role, rate")
    name = entry.get("name", default_name)
    if not isinstance(name, str) or not name.strip():
        raise ConfigError(f"{where}: name must be non-empty text")
    where = f"{where} ({name})" if "name" in entry else where
    secret, hashed = entry.get("key"), entry.get("sha256")
    if (secret is None) == (hashed is None):
        raise ConfigError(f"{where}: give exactly one of key (the secret) or sha256 (its hash)")
    if secret is not None:
        if not isinstance(secret, str) or len(secret) < MIN_KEY_CHARS:
            raise ConfigError(f"{where}: a key must be text of at least {MIN_KEY_CHARS} characters; "
                              'make one with: python -c "import secrets; print(secrets.token_urlsafe(32))"')
        key_digest = digest(secret)
    else:
        if not isinstance(hashed, str) or not _HEX.fullmatch(hashed.strip().lower()):
            raise ConfigError(f"{where}: sha256 must be 64 hex digits (sha256sum of the secret)")
        key_digest = hashed.strip().lower()
    principals = entry.get("principals", [])
    if isinstance(principals, str):
        principals = [principals]
    if not isinstance(principals, list) or not all(isinstance(p, str) and p.strip() for p in principals):
        raise ConfigError(f"{where}: principals must be a list of names, e.g. [hr, staff]")
    role = entry.get("role", "read")
    if role not in ROLES:
        raise ConfigError(f"{where}: role {role!r} is not one of {', '.join(ROLES)}")
    rate = entry.get("rate")
    if rate is not None and (isinstance(rate, bool) or not isinstance(rate, (int, float)) or rate <= 0):
        raise ConfigError(f"{where}: rate must be a positive number of requests per second")
    return key_digest, Key(name=name.strip(), principals=frozenset(p.strip() for p in principals),
                           role=role, rate=float(rate) if rate is not None else None)
