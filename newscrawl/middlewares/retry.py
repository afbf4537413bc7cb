"""Retries with exponential back-off that honour ``Retry-After`` (429, 503 and other 5xx).

Replaces ``scrapy.downloadermiddlewares.retry.RetryMiddleware`` at the same order (550);
which statuses and exceptions are retried, and how often, stay Scrapy's RETRY_* settings.
"""

from __future__ import annotations

import logging
import random
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING

from scrapy import Request
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.http import Response
from scrapy.utils.httpobj import urlparse_cached

from newscrawl.middlewares.sleep import sleep
from newscrawl.network.resolver import LOOKUP_ERRORS, REFUSED

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

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> BackoffRetryMiddleware:
        middleware = super().from_crawler(crawler)
        middleware.base = crawler.settings.getfloat("NEWSCRAWL_RETRY_BACKOFF_BASE", 1.0)
        middleware.max_delay = crawler.settings.getfloat("NEWSCRAWL_RETRY_BACKOFF_MAX", 60.0)
        return middleware

    def backoff(self, attempt: int) -> float:
        """Wait before retry number ``attempt`` (1, 2, ...): base * 2^(attempt-1), +-25% jitter."""
        delay = float(self.base * 2 ** (attempt - 1) * random.uniform(0.75, 1.25))
        return min(delay, self.max_delay)

    async def process_response(  # type: ignore[override]
        self, request: Request, response: Response
    ) -> Request | Response:
        if request.meta.get("dont_retry") or response.status not in self.retry_http_codes:
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
            return response
        result = RetryMiddleware.process_response(self, request, response)
        if isinstance(result, Request):
            wait = asked if asked is not None else self.backoff(result.meta.get("retry_times", 1))
            self._inc("newscrawl/retry/waits")
            logger.info("Retrying %s (HTTP %s) in %.2fs", request.url, response.status, wait)
            await sleep(wait)
        return result

    async def process_exception(  # type: ignore[override]
        self, request: Request, exception: Exception
    ) -> Request | Response | None:
        if isinstance(exception, LOOKUP_ERRORS) and REFUSED.get(urlparse_cached(request).hostname or ""):
            return None  # the guarded resolver refused the address: retrying cannot help
        result = RetryMiddleware.process_exception(self, request, exception)
        if isinstance(result, Request):
            self._inc("newscrawl/retry/waits")
            await sleep(self.backoff(result.meta.get("retry_times", 1)))
        return result

    def _inc(self, key: str) -> None:
        if self.crawler.stats is not None:
            self.crawler.stats.inc_value(key)
