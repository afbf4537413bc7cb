"""robots.txt the way RFC 9309 reads it: a server error or no answer means "disallow all".

Scrapy's ``RobotsTxtMiddleware`` fetches robots.txt before any other request to a host and
holds those requests until it is parsed (kept), but it treats a 5xx answer as the file's
content and a failed fetch as "allow all". Here, after Scrapy's retries:

* 2xx: the rules apply; 4xx (404, 403, ...): no rules, everything allowed (RFC 9309 2.3.1.3);
* 5xx, 429, or no answer (connection refused, time-out, DNS, refused by the network guard):
  the whole host is disallowed for this run; the next run asks again (RFC 9309 2.3.1.4).

This is the one robots.txt fetch of a host in a run: a file whose rules apply is also sent
with the ``newscrawl.signals.robots_fetched`` signal, from which the ``news`` spider reads its
``Sitemap:`` lines.

Redirects of any request are new requests and pass this check again, so a redirect into a
disallowed path is not followed.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from scrapy import Request
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.utils.httpobj import urlparse_cached
from twisted.internet.defer import Deferred

from newscrawl.network.resolver import LOOKUP_ERRORS, REFUSED
from newscrawl.signals import robots_fetched

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.http import Response
    from scrapy.robotstxt import RobotParser

logger = logging.getLogger(__name__)


class Unavailable:
    """Stands in for the parser of a host whose robots.txt could not be read: disallow all."""

    def __init__(self, why: str) -> None:
        self.why = why

    def allowed(self, url: str | bytes, user_agent: str | bytes) -> bool:
        return False

    def crawl_delay(self, user_agent: str | bytes) -> float | None:
        return None


def _not_a_refused_lookup(record: logging.LogRecord) -> bool:
    """Drop Scrapy's traceback for a robots.txt whose host the network guard refused: the
    guard and ``_unavailable`` already said so in one line each."""
    error = record.exc_info[1] if record.exc_info else None
    request = record.args.get("request") if isinstance(record.args, dict) else None
    if not isinstance(error, LOOKUP_ERRORS) or not isinstance(request, Request):
        return True
    return not REFUSED.get(urlparse_cached(request).hostname or "")


class StrictRobotsTxtMiddleware(RobotsTxtMiddleware):
    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        scrapy_logger = logging.getLogger(RobotsTxtMiddleware.__module__)
        if _not_a_refused_lookup not in scrapy_logger.filters:
            scrapy_logger.addFilter(_not_a_refused_lookup)

    def process_request_2(self, rp: RobotParser | None, request: Request) -> None:
        if isinstance(rp, Unavailable):
            self._stats.inc_value("robotstxt/forbidden")
            self._stats.inc_value("newscrawl/robots/unavailable_refused")
            raise IgnoreRequest(f"robots.txt unavailable ({rp.why}): host not crawled this run")
        super().process_request_2(rp, request)

    async def _parse_robots(self, response: Response, netloc: str, request: Request) -> None:
        if response.status >= 500 or response.status == 429:
            self._unavailable(netloc, f"HTTP {response.status}")
            return
        if response.status >= 400:
            response = response.replace(body=b"")  # no rules: everything allowed
        else:
            await self.crawler.signals.send_catch_log_async(
                signal=robots_fetched, response=response, netloc=netloc
            )
        await super()._parse_robots(response, netloc, request)

    def _robots_error(self, exc: Exception, netloc: str) -> None:
        key = f"robotstxt/exception_count/{type(exc)}"
        self._stats.inc_value(key)
        self._unavailable(netloc, f"{type(exc).__name__}: {exc}")

    def _unavailable(self, netloc: str, why: str) -> None:
        logger.warning(
            "robots.txt of %s is unavailable (%s): nothing on that host is crawled this run; "
            "the next run asks again.",
            netloc,
            why,
        )
        self._stats.inc_value("newscrawl/robots/unavailable")
        pending = self._parsers[netloc]
        parser: Any = Unavailable(why)
        self._parsers[netloc] = parser
        if isinstance(pending, Deferred):
            pending.callback(parser)


__all__ = ["StrictRobotsTxtMiddleware"]
