"""The guarded name resolver: every HTTP connection's only DNS lookup, checked.

Twisted's ``HostnameEndpoint`` (what Scrapy's HTTP/1.1 handler connects with) asks the
reactor's name resolver for addresses, IP literals included, and connects to what it is given.
Installed as ``TWISTED_DNS_RESOLVER``, this resolver looks the name up once, drops every
address ``forbidden_reason`` refuses (unless a site opted into that host and port, see
``origins``), and hands over only the checked ones: there is no second lookup that DNS
rebinding could answer differently. A name with no acceptable address fails to connect
(``DNSLookupError``); the refusal is logged and counted in ``REFUSED``. ``check`` makes the
same lookup for a request whose connection goes to a proxy (``ProxyGuardMiddleware``).
"""

from __future__ import annotations

import logging
import socket
from collections import Counter
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Self

from twisted.internet.address import IPv4Address, IPv6Address
from twisted.internet.error import DNSLookupError
from twisted.internet.interfaces import IHostnameResolver, IHostResolution
from twisted.internet.threads import deferToThreadPool
from zope.interface import implementer

from newscrawl.network.addresses import forbidden_reason
from newscrawl.network.origins import is_private_allowed

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from twisted.internet.defer import Deferred

logger = logging.getLogger(__name__)

LOOKUP_ERRORS: tuple[type[Exception], ...] = (DNSLookupError,)
"""What a failed lookup reaches the downloader middlewares as (Scrapy 2.19 renames it)."""
try:
    from scrapy.exceptions import CannotResolveHostError
except ImportError:  # Scrapy < 2.19
    pass
else:
    LOOKUP_ERRORS = (DNSLookupError, CannotResolveHostError)

REFUSED: Counter[str] = Counter()
"""Host names whose lookup gave a refused address, with how often (read by the middleware)."""

AddrInfo = tuple[Any, ...]
Checked = tuple[list[str], list[tuple[str, str]]]
"""(allowed addresses, [(refused address, reason)])."""


@implementer(IHostResolution)
class _Resolution:
    def __init__(self, name: str) -> None:
        self.name = name

    def cancel(self) -> None:
        """Lookups are short and bounded by DNS_TIMEOUT; nothing to cancel."""


def checked_addresses(host: str, port: int, infos: Sequence[AddrInfo]) -> Checked:
    """getaddrinfo results split into (allowed addresses, [(refused address, reason)])."""
    allowed: list[str] = []
    refused: list[tuple[str, str]] = []
    private_ok = is_private_allowed(host, port)
    for family, _type, _proto, _name, sockaddr in infos:
        if family not in (socket.AF_INET, socket.AF_INET6):
            continue
        address = str(sockaddr[0])
        reason = forbidden_reason(address)
        if reason is None or private_ok:
            allowed.append(address)
        else:
            refused.append((address, reason))
    return list(dict.fromkeys(allowed)), refused


@implementer(IHostnameResolver)
class GuardedResolver:
    def __init__(
        self, reactor: Any, timeout: float = 60.0, lookup: Callable[..., Any] = socket.getaddrinfo
    ) -> None:
        self.reactor = reactor
        self.timeout = timeout
        self.lookup = lookup

    @classmethod
    def from_crawler(cls, crawler: Crawler, reactor: Any) -> Self:
        return cls(reactor, crawler.settings.getfloat("DNS_TIMEOUT", 60.0))

    def install_on_reactor(self) -> None:
        self.reactor.installNameResolver(self)

    def check(self, host: str, port: int) -> Deferred[Checked]:
        """One lookup of ``host``, split as a connection to ``port`` would be: (allowed
        addresses, [(refused address, reason)]). Fails as the lookup does (``socket.gaierror``,
        a time-out). For requests whose connection does not resolve ``host`` (a proxy's)."""
        return self._lookup(host, port).addCallback(lambda infos: checked_addresses(host, port, infos))

    def _lookup(self, host: str, port: int) -> Deferred[list[AddrInfo]]:
        """getaddrinfo in the reactor's thread pool, bounded by ``timeout``."""
        lookup: Deferred[list[AddrInfo]] = deferToThreadPool(
            self.reactor,
            self.reactor.getThreadPool(),
            self.lookup,
            host,
            port,
            0,
            socket.SOCK_STREAM,
        )
        lookup.addTimeout(self.timeout, self.reactor)
        return lookup

    def resolveHostName(
        self,
        resolutionReceiver: Any,
        hostName: str,
        portNumber: int = 0,
        addressTypes: Sequence[type] | None = None,
        transportSemantics: str = "TCP",
    ) -> Any:
        host = hostName.decode("ascii") if isinstance(hostName, bytes) else hostName
        resolution = _Resolution(host)
        resolutionReceiver.resolutionBegan(resolution)
        lookup = self._lookup(host, portNumber)

        def deliver(infos: Sequence[AddrInfo]) -> None:
            allowed, refused = checked_addresses(host, portNumber, infos)
            for address, reason in refused:
                REFUSED[host] += 1
                logger.warning(
                    "Refused to connect to %s:%d at %s (%s address); only public addresses "
                    "are crawled unless the site sets allow_private_network for this origin.",
                    host,
                    portNumber,
                    address,
                    reason,
                )
            for address in allowed:
                kind = IPv6Address if ":" in address else IPv4Address
                if addressTypes is None or kind in addressTypes:
                    resolutionReceiver.addressResolved(kind("TCP", address, portNumber))

        def failed(_failure: Any) -> None:
            return None  # no addresses: the connection fails with DNSLookupError

        def complete(_result: Any) -> None:
            resolutionReceiver.resolutionComplete()

        lookup.addCallbacks(deliver, failed)
        lookup.addBoth(complete)
        return resolution
