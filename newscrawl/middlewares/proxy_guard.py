"""Requests through an HTTP proxy: check the target's addresses before the proxy resolves it.

With ``meta["proxy"]`` set (by Scrapy's HttpProxyMiddleware from ``http_proxy`` /
``https_proxy``, or by other code), Scrapy connects to the proxy and the proxy resolves the
target's name itself, so ``GuardedResolver`` never sees the target. This middleware runs after
every middleware that may set a proxy and, for a proxied request:

* checks an IP-literal target against the address policy directly;
* resolves a host name through the guarded resolver's own lookup (in the reactor's thread
  pool, bounded by ``DNS_TIMEOUT``) and refuses the request when *any* address it resolves to
  is forbidden (the proxy may pick any of them), counted as ``newscrawl/refused/private_address``;
* refuses a name that does not resolve here (``newscrawl/refused/proxy_unresolved``): what
  cannot be checked is not sent.

A site's ``allow_private_network`` opt-in covers its own origins as for direct connections.
What stays open: the proxy looks the name up again after this check, and a name whose answers
change in between (DNS rebinding, a short TTL) can still lead the proxy to a private address.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, NoReturn
from urllib.parse import urlsplit

from scrapy import Request
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.url import add_http_if_no_scheme

from newscrawl.middlewares.network_guard import ForbiddenRequest
from newscrawl.network import forbidden_reason, origin_of
from newscrawl.network.addresses import parse_address
from newscrawl.network.origins import Origin, allow_private, is_private_allowed
from newscrawl.network.resolver import GuardedResolver

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

logger = logging.getLogger(__name__)


class ProxyGuardMiddleware:
    def __init__(self, crawler: Crawler, resolver: GuardedResolver | None = None) -> None:
        self.crawler = crawler
        self.resolver = resolver
        """The resolver whose lookup checks targets; default: the reactor's (at first use)."""
        self.proxies: set[tuple[str, int]] = set()
        """(host, port) of the proxies seen, whose own connections the resolver lets through."""

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ProxyGuardMiddleware:
        return cls(crawler)

    async def process_request(self, request: Request) -> None:
        proxy = request.meta.get("proxy")
        if not proxy:
            return  # a direct connection: GuardedResolver checks the address it connects to
        via = self._allow_proxy(str(proxy))
        origin = origin_of(request.url)
        if origin is None:
            self._refuse(request, "bad_url", "no host or a bad port")
        assert origin is not None
        host, port = origin.host, origin.port
        private_ok = is_private_allowed(host, port)
        literal = parse_address(host)
        if literal is not None:
            reason = forbidden_reason(literal)
            if reason and not private_ok:
                self._refuse(request, "private_address", f"{reason} address (via proxy {via})")
            return
        try:
            allowed, refused = await maybe_deferred_to_future(self._resolver().check(host, port))
        except Exception as err:  # any failed lookup (gaierror, time-out): nothing to check
            self._refuse(
                request,
                "proxy_unresolved",
                f"{host} does not resolve here ({type(err).__name__}), so its address cannot be "
                f"checked before proxy {via} resolves it",
            )
        if refused:
            address, reason = refused[0]
            self._refuse(
                request,
                "private_address",
                f"{host} resolves to {address} ({reason} address); proxy {via} could connect there",
            )
        if not allowed:
            self._refuse(request, "proxy_unresolved", f"{host} has no IPv4 or IPv6 address")

    def _allow_proxy(self, proxy: str) -> str:
        """Let the connection to the proxy itself through the resolver (proxies usually sit on a
        private network; the operator chose this one), and name it ``host:port`` for the log.
        A request *to* that host and port stays refused (``NetworkGuardMiddleware``:
        ``private_origin``)."""
        parts = urlsplit(add_http_if_no_scheme(proxy))
        try:
            port = parts.port or (443 if parts.scheme == "https" else 80)
        except ValueError:
            port = 0
        host = (parts.hostname or "").rstrip(".")
        if host and port and (host, port) not in self.proxies:
            self.proxies.add((host, port))
            allow_private(Origin("http", host, port))
            logger.info(
                "Requests go through proxy %s:%d; each target's addresses are checked here "
                "before the proxy resolves it.",
                host,
                port,
            )
        return f"{host or '?'}:{port}"

    def _resolver(self) -> GuardedResolver:
        if self.resolver is None:
            from twisted.internet import reactor  # noqa: PLC0415 (the installed reactor)

            resolver = getattr(reactor, "nameResolver", None)
            if not isinstance(resolver, GuardedResolver):
                # NetworkGuardMiddleware refuses to crawl in this case; never pass unchecked
                raise ForbiddenRequest("the guarded resolver is not installed")
            self.resolver = resolver
        return self.resolver

    def _refuse(self, request: Request, reason: str, detail: str) -> NoReturn:
        if self.crawler.stats is not None:
            self.crawler.stats.inc_value(f"newscrawl/refused/{reason}")
        logger.warning("Refused %s: %s.", request.url, detail)
        raise ForbiddenRequest(f"refused: {detail}")
