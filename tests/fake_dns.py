"""Name resolution with fixed answers for ``*.test`` names (RFC 2606: never real ones), so a
crawl in a subprocess can meet names that resolve to public, private or mixed addresses:
``-s TWISTED_DNS_RESOLVER=tests.fake_dns.FakeDnsResolver``. Other names resolve as usual."""

from __future__ import annotations

import socket
from typing import Any

from newscrawl.network.resolver import GuardedResolver

ANSWERS = {
    "public.test": ["93.184.216.34"],
    "loopback.test": ["127.0.0.1"],
    "metadata.test": ["169.254.169.254"],
    "mixed.test": ["93.184.216.34", "10.0.0.1"],  # one public, one private answer
}
"""Any other ``*.test`` name does not resolve."""


def lookup(host: str, port: int, *args: Any) -> list[tuple[Any, ...]]:
    if not host.endswith(".test"):
        return socket.getaddrinfo(host, port, *args)
    if host not in ANSWERS:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
    return [
        (socket.AF_INET6 if ":" in a else socket.AF_INET, socket.SOCK_STREAM, 6, "", (a, port))
        for a in ANSWERS[host]
    ]


class FakeDnsResolver(GuardedResolver):
    def __init__(self, reactor: Any, timeout: float = 60.0, lookup: Any = lookup) -> None:
        super().__init__(reactor, timeout, lookup)
