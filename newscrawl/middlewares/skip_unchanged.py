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
from scrapy.exceptions import IgnoreRequest

from newscrawl.discovery import Hints
from newscrawl.discovery.dates import parse_date
from newscrawl.pipelines.incremental import IncrementalPipeline
from newscrawl.state import SeenArticle

if TYPE_CHECKING:
    from scrapy.crawler import Crawler


class SkipUnchangedMiddleware:
    def __init__(self, crawler: Crawler, *, refetch_seen: bool) -> None:
        self.crawler = crawler
        self.refetch_seen = refetch_seen
        self._pipeline: IncrementalPipeline | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SkipUnchangedMiddleware:
        return cls(crawler, refetch_seen=crawler.settings.getbool("NEWSCRAWL_REFETCH_SEEN"))

    def process_request(self, request: Request) -> None:
        key = request.meta.get("newscrawl_key")
        if not key or self.refetch_seen:
            return
        pipeline = self._state()
        if pipeline is None or pipeline.store is None:
            return
        seen = pipeline.store.lookup(pipeline.site, [key])
        if seen is None:
            return
        hints = Hints.from_meta(request.meta.get("newscrawl_hints"))
        if is_unchanged(seen, hints):
            assert self.crawler.stats is not None
            self.crawler.stats.inc_value("newscrawl/articles/unchanged")
            self.crawler.stats.inc_value("newscrawl/articles/unchanged/before_fetch")
            raise IgnoreRequest(f"unchanged since revision {seen.revision}: {request.url}")

    def _state(self) -> IncrementalPipeline | None:
        if self._pipeline is None:
            self._pipeline = self.crawler.get_item_pipeline(IncrementalPipeline)
        return self._pipeline


def is_unchanged(seen: SeenArticle, hints: Hints | None) -> bool:
    """True when no discovery date is newer than what the store knows about the article."""
    announced = parse_date(hints.changed_at) if hints else None
    if announced is None:
        return True
    known = [d for d in map(parse_date, (seen.lastmod, seen.date_modified, seen.date_published)) if d]
    return bool(known) and announced <= max(known)
