"""Skip article requests that the state store says are unchanged, before fetching them.

An article request (``meta["newscrawl_key"]``, set by the news spider) is dropped when the
store already holds its article and the sitemap/feed gives no date newer than the dates
stored with it (lastmod at the last fetch, date_modified, date_published). An article with
no discovery date is not refetched once seen, unless ``NEWSCRAWL_REFETCH_SEEN`` is true
(then every seen article is fetched and compared by fingerprint).
Ordered before RobotsTxtMiddleware: a skipped request costs nothing, not even a Crawl-delay.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from scrapy import Request
from scrapy.exceptions import IgnoreRequest, NotConfigured

from newscrawl.discovery import Hints
from newscrawl.discovery.dates import parse_date
from newscrawl.state import SeenArticle
from newscrawl.state.crawl import CrawlState, crawl_state

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.statscollectors import StatsCollector


class SkipUnchangedMiddleware:
    """Reads the site's ``CrawlState`` (from the crawler); off outside site crawls and with
    ``NEWSCRAWL_REFETCH_SEEN``."""

    def __init__(self, state: CrawlState, stats: StatsCollector) -> None:
        self.state = state
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SkipUnchangedMiddleware:
        state = crawl_state(crawler)
        if state is None:
            raise NotConfigured("not a site crawl")
        if crawler.settings.getbool("NEWSCRAWL_REFETCH_SEEN"):
            raise NotConfigured("NEWSCRAWL_REFETCH_SEEN: every seen article is fetched again")
        assert crawler.stats is not None
        return cls(state, crawler.stats)

    def process_request(self, request: Request) -> None:
        key = request.meta.get("newscrawl_key")
        if not key:
            return
        seen = self.state.lookup([key])
        if seen is None:
            return
        hints = Hints.from_meta(request.meta.get("newscrawl_hints"))
        if is_unchanged(seen, hints):
            self.stats.inc_value("newscrawl/articles/unchanged")
            self.stats.inc_value("newscrawl/articles/unchanged/before_fetch")
            raise IgnoreRequest(f"unchanged since revision {seen.revision}: {request.url}")


def is_unchanged(seen: SeenArticle, hints: Hints | None) -> bool:
    """True when no discovery date is newer than what the store knows about the article."""
    announced = parse_date(hints.changed_at) if hints else None
    if announced is None:
        return True
    known = [d for d in map(parse_date, (seen.lastmod, seen.date_modified, seen.date_published)) if d]
    return bool(known) and announced <= max(known)
