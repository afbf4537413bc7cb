"""A per-site page budget: a crawl stops requesting pages after ``NEWSCRAWL_PAGE_BUDGET``.

Crawler traps (endless calendars, generated sitemap chains, session ids in URLs) produce new
URLs forever; the budget bounds what one run of one site can fetch. Every request that
reaches the downloader counts (discovery, articles, retries and redirect hops), robots.txt
excepted. Past the budget, requests are dropped with one warning and counted in
``newscrawl/budget/refused``; the run still finishes and publishes what it has.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from scrapy import Request
from scrapy.exceptions import IgnoreRequest

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

logger = logging.getLogger(__name__)

DEFAULT_BUDGET = 20_000


class PageBudgetMiddleware:
    def __init__(self, crawler: Crawler, budget: int) -> None:
        self.crawler = crawler
        self.budget = budget
        self.used = 0

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> PageBudgetMiddleware:
        return cls(crawler, crawler.settings.getint("NEWSCRAWL_PAGE_BUDGET", DEFAULT_BUDGET))

    def process_request(self, request: Request) -> None:
        if request.url.endswith("/robots.txt"):
            return
        if self.used >= self.budget:
            if self.crawler.stats is not None:
                if not self.crawler.stats.get_value("newscrawl/budget/refused"):
                    logger.warning(
                        "Page budget of %d requests used up (NEWSCRAWL_PAGE_BUDGET): "
                        "no more pages this run; %s and later requests are dropped.",
                        self.budget,
                        request.url,
                    )
                self.crawler.stats.inc_value("newscrawl/budget/refused")
            raise IgnoreRequest(f"page budget of {self.budget} requests used up")
        self.used += 1
