"""Apply robots.txt ``Crawl-delay``: requests to one host start at least that many seconds apart.

Scrapy's RobotsTxtMiddleware parses robots.txt and sends ``robots_parsed``; this middleware
(ordered after it) reads the delay for our user agent from that parser and spaces requests
per host by holding each one until its turn. AutoThrottle and DOWNLOAD_DELAY still apply on
top; the larger delay wins in practice.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from scrapy import Request, signals
from scrapy.exceptions import NotConfigured
from scrapy.utils.httpobj import urlparse_cached

from newscrawl.middlewares.sleep import sleep

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.robotstxt import RobotParser

logger = logging.getLogger(__name__)


class CrawlDelayMiddleware:
    """Settings: ``NEWSCRAWL_CRAWL_DELAY_ENABLED`` (default: ROBOTSTXT_OBEY),
    ``NEWSCRAWL_CRAWL_DELAY_MAX`` (seconds; larger robots.txt values are capped, default 60).
    """

    def __init__(
        self,
        crawler: Crawler,
        *,
        user_agent: str,
        max_delay: float,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.crawler = crawler
        self.user_agent = user_agent
        self.max_delay = max_delay
        self.clock = clock
        self.delays: dict[str, float] = {}
        self._next_start: dict[str, float] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CrawlDelayMiddleware:
        settings = crawler.settings
        enabled = settings.get("NEWSCRAWL_CRAWL_DELAY_ENABLED")
        if not settings.getbool("ROBOTSTXT_OBEY" if enabled is None else "NEWSCRAWL_CRAWL_DELAY_ENABLED"):
            raise NotConfigured
        agent = settings.get("ROBOTSTXT_USER_AGENT") or settings.get("USER_AGENT") or "*"
        middleware = cls(
            crawler,
            user_agent=str(agent),
            max_delay=settings.getfloat("NEWSCRAWL_CRAWL_DELAY_MAX"),
        )
        crawler.signals.connect(middleware.robots_parsed, signal=signals.robots_parsed)
        return middleware

    def robots_parsed(self, robotparser: RobotParser, request: Request, **_: Any) -> None:
        netloc = urlparse_cached(request).netloc
        delay = robotparser.crawl_delay(self.user_agent)
        if not delay or delay <= 0:
            return
        if delay > self.max_delay:
            logger.warning(
                "robots.txt of %s asks for Crawl-delay %.1fs; capped at NEWSCRAWL_CRAWL_DELAY_MAX=%.1fs",
                netloc,
                delay,
                self.max_delay,
            )
            delay = self.max_delay
        self.delays[netloc] = float(delay)
        logger.info("Crawl-delay of %s: %.2fs (robots.txt)", netloc, delay)

    async def process_request(self, request: Request) -> None:
        if request.meta.get("dont_obey_robotstxt"):
            return
        netloc = urlparse_cached(request).netloc
        delay = self.delays.get(netloc)
        if not delay:
            return
        now = self.clock()
        start = max(now, self._next_start.get(netloc, now))
        self._next_start[netloc] = start + delay
        if start > now:
            if self.crawler.stats is not None:
                self.crawler.stats.inc_value("newscrawl/crawl_delay/waits")
            await sleep(start - now)
