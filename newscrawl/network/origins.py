"""Origins (scheme, host, port) and the process-wide set of private origins sites opted into.

A site with ``allow_private_network = true`` may reach private addresses only at the origins
of its own configured URLs. The resolver sees host and port, not the scheme: it allows private
addresses for the (host, port) pairs registered here; ``NetworkGuardMiddleware`` checks the
scheme and which site a request belongs to.
"""

from __future__ import annotations

from typing import NamedTuple
from urllib.parse import urlsplit

DEFAULT_PORTS = {"http": 80, "https": 443}


class Origin(NamedTuple):
    scheme: str
    host: str
    port: int


def origin_of(url: str) -> Origin | None:
    """The origin of an http(s) URL (host lower-cased, brackets and trailing dot dropped)."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").rstrip(".")
    if scheme not in DEFAULT_PORTS or not host:
        return None
    return Origin(scheme, host, port if port is not None else DEFAULT_PORTS[scheme])


_private: set[tuple[str, int]] = set()


def allow_private(origin: Origin) -> None:
    """Let the resolver return private addresses for ``origin``'s host and port."""
    _private.add((origin.host, origin.port))


def is_private_allowed(host: str, port: int) -> bool:
    return (host.lower().strip("[]").rstrip("."), port) in _private


def private_allowed() -> frozenset[tuple[str, int]]:
    return frozenset(_private)
