"""Refuse requests the crawl must not make: other schemes, private hosts, other origins.

Every request passes here, the spider's, Scrapy's robots.txt requests and every redirect hop
(a redirect is a new request through the downloader middlewares). Refused, with
``IgnoreRequest`` and a ``newscrawl/refused/<reason>`` count:

* a scheme other than http and https;
* an IP literal that is not public (``network.forbidden_reason``), unless it is one of the
  site's own configured origins and the site sets ``allow_private_network``;
* with that opt-in, a request to an opted-in (host, port) under another scheme, and any
  request to another site's opted-in origin.

Host names are checked where they are resolved, by ``network.resolver.GuardedResolver``, so
the address checked is the address connected to. This middleware refuses to let any request
through when that resolver is not the reactor's (e.g. another ``TWISTED_DNS_RESOLVER``).
A request sent through a proxy is connected to the proxy, not its target: ``proxy_guard``
checks the target's addresses for those.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any, NoReturn

from scrapy import Request, signals
from scrapy.exceptions import IgnoreRequest
from scrapy.utils.httpobj import urlparse_cached

from newscrawl.network import forbidden_reason, origin_of
from newscrawl.network.addresses import parse_address
from newscrawl.network.origins import Origin, allow_private, private_allowed
from newscrawl.network.resolver import LOOKUP_ERRORS, REFUSED, GuardedResolver

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.http import Response

logger = logging.getLogger(__name__)


class ForbiddenRequest(IgnoreRequest):
    """The request would reach a network or origin the crawl may not reach."""


class NetworkGuardMiddleware:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.own: frozenset[Origin] = frozenset()
        self.opted_in = False
        self._resolver_checked = False
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> NetworkGuardMiddleware:
        return cls(crawler)

    def spider_opened(self, spider: Any) -> None:
        site = getattr(spider, "site", None)
        if site is not None and site.allow_private_network:
            self.opted_in = True
            self.own = frozenset(site.origins())
            for origin in self.own:
                allow_private(origin)

    def process_request(self, request: Request) -> None:
        if not self._resolver_checked:
            self._check_resolver()
        parts = urlparse_cached(request)
        scheme = (parts.scheme or "").lower()
        if scheme not in ("http", "https"):
            self._refuse(request, "scheme", f"scheme {scheme or '(none)'!r} is not http(s)")
        origin = origin_of(request.url)
        if origin is None:
            self._refuse(request, "bad_url", "no host or a bad port")
        assert origin is not None
        if self.opted_in and origin in self.own:
            return
        if (origin.host, origin.port) in private_allowed():
            self._refuse(request, "private_origin", "private origin of another scheme or site")
        address = parse_address(origin.host)
        if address is not None and (reason := forbidden_reason(address)):
            self._refuse(request, "private_address", f"{reason} address")

    def process_exception(self, request: Request, exception: Exception) -> None:
        """A lookup the resolver refused: count it as a refusal, not a DNS failure."""
        host = urlparse_cached(request).hostname or ""
        if isinstance(exception, LOOKUP_ERRORS) and REFUSED.get(host):
            self._inc("newscrawl/refused/private_address")

    def process_response(self, request: Request, response: Response) -> Response:
        return response

    def _check_resolver(self) -> None:
        from twisted.internet import reactor  # noqa: PLC0415 (the installed reactor)

        self._resolver_checked = True
        if not isinstance(getattr(reactor, "nameResolver", None), GuardedResolver):
            msg = (
                "the network guard is not installed: set TWISTED_DNS_RESOLVER = "
                "'newscrawl.network.resolver.GuardedResolver' (newscrawl/settings.py does)"
            )
            logger.error("Refusing to crawl: %s", msg)
            self._resolver_checked = False
            raise ForbiddenRequest(msg)

    def _refuse(self, request: Request, reason: str, detail: str) -> NoReturn:
        self._inc(f"newscrawl/refused/{reason}")
        logger.warning("Refused %s: %s.", request.url, detail)
        raise ForbiddenRequest(f"refused: {detail}")

    def _inc(self, key: str) -> None:
        if self.crawler.stats is not None:
            self.crawler.stats.inc_value(key)
