"""Retries with exponential back-off that honour ``Retry-After`` (429, 503 and other 5xx), and
one retry budget per URL per run.

``BackoffRetryMiddleware`` replaces ``scrapy.downloadermiddlewares.retry.RetryMiddleware`` at the
same order (550); which statuses and exceptions are retried, and how often, stay Scrapy's
RETRY_* settings. The budget (1 + ``RETRY_TIMES`` failed attempts) belongs to the URL (its
``normalise_url`` key), not to one request: a URL that a sitemap, a feed and three section pages
all lead to, in whatever spelling, fails at most that often in one run. A URL that failed for
good (budget used up, ``Retry-After`` beyond the cap, an HTTP error that is not retried) is
announced with the ``url_failed`` signal; ``FailedUrlFilterMiddleware``, early in the chain, then
drops any later request for it in this run (``newscrawl/retry/not_requested_again``), before it
costs page budget or a crawl delay. The next run tries it afresh.
"""

from __future__ import annotations

import contextlib
import logging
import random
from collections import Counter
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING

from scrapy import Request
from scrapy.downloadermiddlewares.retry import RetryMiddleware, get_retry_request
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response
from scrapy.utils.httpobj import urlparse_cached
from scrapy.utils.response import response_status_message

from newscrawl.middlewares.sleep import sleep
from newscrawl.network.resolver import LOOKUP_ERRORS, REFUSED
from newscrawl.signals import url_failed
from newscrawl.urls import normalise_url

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

logger = logging.getLogger(__name__)


def retry_after_seconds(value: str | bytes | None, *, now: datetime | None = None) -> float | None:
    """Seconds a ``Retry-After`` header asks for (delta-seconds or HTTP-date); else None."""
    if value is None:
        return None
    text = value.decode("latin-1") if isinstance(value, bytes) else value
    text = text.strip()
    if not text:
        return None
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


class BackoffRetryMiddleware(RetryMiddleware):
    """Settings: ``NEWSCRAWL_RETRY_BACKOFF_BASE`` (seconds, default 1.0: waits 1, 2, 4 ...),
    ``NEWSCRAWL_RETRY_BACKOFF_MAX`` (default 60): the longest wait, also the longest
    ``Retry-After`` honoured; a server asking for longer is not retried in this run.
    """

    def __init__(self, settings: object) -> None:
        super().__init__(settings)  # type: ignore[arg-type]
        self.base = 1.0
        self.max_delay = 60.0
        self.failures: Counter[str] = Counter()
        """Failed attempts per URL key in this run, whatever request chain they were in."""

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> BackoffRetryMiddleware:
        middleware = super().from_crawler(crawler)
        middleware.base = crawler.settings.getfloat("NEWSCRAWL_RETRY_BACKOFF_BASE")
        middleware.max_delay = crawler.settings.getfloat("NEWSCRAWL_RETRY_BACKOFF_MAX")
        return middleware

    def backoff(self, attempt: int) -> float:
        """Wait before retry number ``attempt`` (1, 2, ...): base * 2^(attempt-1), +-25% jitter."""
        delay = float(self.base * 2 ** (attempt - 1) * random.uniform(0.75, 1.25))
        return min(delay, self.max_delay)

    async def process_response(  # type: ignore[override]
        self, request: Request, response: Response
    ) -> Request | Response:
        if response.status not in self.retry_http_codes or request.meta.get("dont_retry"):
            if response.status >= 400 and not _handles(request, response.status):
                self._failed_for_good(request, f"HTTP {response.status}")
            return response
        asked = retry_after_seconds(response.headers.get(b"Retry-After"))
        if asked is not None and asked > self.max_delay:
            logger.warning(
                "%s asks to retry after %.0fs (> NEWSCRAWL_RETRY_BACKOFF_MAX=%.0fs): not retried",
                request.url,
                asked,
                self.max_delay,
            )
            self._inc("newscrawl/retry/retry_after_too_long")
            self._failed_for_good(request, f"HTTP {response.status}, Retry-After {asked:.0f}s")
            return response
        retry = self._retry_in_budget(request, response_status_message(response.status))
        if retry is None:
            return response
        wait = asked if asked is not None else self.backoff(retry.meta.get("retry_times", 1))
        self._inc("newscrawl/retry/waits")
        logger.info("Retrying %s (HTTP %s) in %.2fs", request.url, response.status, wait)
        await sleep(wait)
        return retry

    async def process_exception(  # type: ignore[override]
        self, request: Request, exception: Exception
    ) -> Request | Response | None:
        if isinstance(exception, LOOKUP_ERRORS) and REFUSED.get(urlparse_cached(request).hostname or ""):
            return None  # the guarded resolver refused the address: retrying cannot help
        if not isinstance(exception, self.exceptions_to_retry) or request.meta.get("dont_retry"):
            return None  # not a fetch failure (robots.txt, page budget ...): not ours to count
        retry = self._retry_in_budget(request, exception)
        if retry is not None:
            self._inc("newscrawl/retry/waits")
            await sleep(self.backoff(retry.meta.get("retry_times", 1)))
        return retry

    def _retry_in_budget(self, request: Request, reason: str | Exception) -> Request | None:
        """The retry of ``request``, or None once its URL has failed 1 + RETRY_TIMES times in
        this run (counted over every request for the URL, not only this one's chain)."""
        key = _key(request.url)
        self.failures[key] += 1
        budget = int(request.meta.get("max_retry_times", self.max_retry_times))
        earlier = self.failures[key] - 1 - int(request.meta.get("retry_times", 0))
        assert self.crawler.spider is not None
        retry = get_retry_request(
            request,
            spider=self.crawler.spider,
            reason=reason,
            max_retry_times=budget - earlier,
            priority_adjust=request.meta.get("priority_adjust", self.priority_adjust),
            give_up_log_level=request.meta.get("give_up_log_level", self.give_up_log_level),
        )
        if retry is None:
            self._failed_for_good(request, str(reason))
        return retry

    def _failed_for_good(self, request: Request, reason: str) -> None:
        self._inc("newscrawl/retry/failed_urls")
        self.crawler.signals.send_catch_log(url_failed, request=request, reason=reason)

    def _inc(self, key: str) -> None:
        if self.crawler.stats is not None:
            self.crawler.stats.inc_value(key)


class FailedUrlFilterMiddleware:
    """Drops a request for a URL that failed for good earlier in this run (``url_failed``).
    Early in the chain (after the network guard), so a dropped request costs nothing."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.failed: dict[str, str] = {}
        """URL key -> why it failed."""
        crawler.signals.connect(self.url_failed, signal=url_failed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> FailedUrlFilterMiddleware:
        return cls(crawler)

    def url_failed(self, request: Request, reason: str) -> None:
        self.failed.setdefault(_key(request.url), reason)

    def process_request(self, request: Request) -> None:
        reason = self.failed.get(_key(request.url))
        if reason is None:
            return
        if self.crawler.stats is not None:
            self.crawler.stats.inc_value("newscrawl/retry/not_requested_again")
        logger.debug("Not requested again in this run: %s (failed for good: %s)", request.url, reason)
        raise IgnoreRequest(f"{request.url} failed for good earlier in this run ({reason})")


def _key(url: str) -> str:
    """The URL's key: spellings of one URL share one retry budget."""
    with contextlib.suppress(ValueError):
        return normalise_url(url)
    return url


def _handles(request: Request, status: int) -> bool:
    """True when the request's callback takes this status as an answer (robots.txt does)."""
    meta = request.meta
    return bool(meta.get("handle_httpstatus_all")) or status in meta.get("handle_httpstatus_list", ())
