"""A per-site page budget: a crawl stops requesting pages after its budget of requests.

Crawler traps (endless calendars, generated sitemap chains, session ids in URLs) produce new
URLs forever; the budget bounds what one run of one site can fetch. The budget is the site's
``page_budget`` (sites file) when it sets one, else ``NEWSCRAWL_PAGE_BUDGET``. Every request
that reaches the downloader counts (discovery, articles, retries and redirect hops), robots.txt
excepted. Past the budget, requests are dropped with one warning and counted in
``newscrawl/budget/refused``; the run still finishes and publishes what it has.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from scrapy import Request, signals
from scrapy.exceptions import IgnoreRequest

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

logger = logging.getLogger(__name__)


class PageBudgetMiddleware:
    def __init__(self, crawler: Crawler, budget: int) -> None:
        self.crawler = crawler
        self.budget = budget
        self.source = "NEWSCRAWL_PAGE_BUDGET"
        """Where the budget comes from, for the log line."""
        self.used = 0
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> PageBudgetMiddleware:
        return cls(crawler, crawler.settings.getint("NEWSCRAWL_PAGE_BUDGET"))

    def spider_opened(self, spider: Any) -> None:
        site = getattr(spider, "site", None)
        if site is not None and site.page_budget is not None:
            self.budget = site.page_budget
            self.source = f"page_budget of site {site.name!r}"

    def process_request(self, request: Request) -> None:
        if request.url.endswith("/robots.txt"):
            return
        if self.used >= self.budget:
            if self.crawler.stats is not None:
                if not self.crawler.stats.get_value("newscrawl/budget/refused"):
                    logger.warning(
                        "Page budget of %d requests used up (%s): "
                        "no more pages this run; %s and later requests are dropped.",
                        self.budget,
                        self.source,
                        request.url,
                    )
                self.crawler.stats.inc_value("newscrawl/budget/refused")
            raise IgnoreRequest(f"page budget of {self.budget} requests used up")
        self.used += 1
