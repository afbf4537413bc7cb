"""Incremental crawls: emit an article the first time, and again only when it changed.

Between dedupe and the writer. For each article, the site's state (``CrawlState``, from the
crawler: ``newscrawl.state.crawl``) is looked up by the normalised request URL, fetched URL and
canonical URL (one record for all of them):

* not seen: emitted with ``revision`` 1;
* seen, same fingerprint and ``date_modified`` not later: dropped as ``unchanged`` (its
  discovery date is remembered, so the next run skips it before fetching);
* otherwise: emitted with ``revision`` N+1 and ``previous_fingerprint``.

The store row is written only when the writer reports the line durable (``lines_written``:
flushed and fsync'ed), so a crash never records an article that is not on disk. At open, the
pipeline opens the state (the site's lock, the store, recovery of crashed runs' ``.partial``
output); when another run holds the site, the spider closes as ``site_locked`` before any
request. With a shared store (several workers, docs/distributed.md) an article is claimed in
the store before it is emitted, so that two workers never both emit it.

Settings: ``NEWSCRAWL_CLAIM_SECONDS`` (how long a claim holds); where the state is: see
``newscrawl.state.crawl``. Only active for site crawls: ``parse`` never touches the store.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from scrapy.exceptions import CloseSpider, DropItem, NotConfigured

from newscrawl.discovery.dates import parse_date
from newscrawl.items import Article
from newscrawl.signals import lines_written
from newscrawl.state import SeenArticle
from newscrawl.state.crawl import CrawlState, crawl_state
from newscrawl.state.records import seen_article

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.statscollectors import StatsCollector

Pending = dict[tuple[str | None, str | None], tuple[list[str], str | None]]


class IncrementalPipeline:
    def __init__(self, state: CrawlState, stats: StatsCollector, *, claim_seconds: float) -> None:
        self.state = state
        self.stats = stats
        self.claim_seconds = claim_seconds
        self.pending: Pending = {}
        """(url, fingerprint) of an emitted article -> (store keys, discovery date)."""
        self.emitted: set[str] = set()
        """Store keys emitted in this run (two URLs of one article count once)."""

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> IncrementalPipeline:
        state = crawl_state(crawler)
        if state is None:
            raise NotConfigured("not a site crawl")
        assert crawler.stats is not None
        pipeline = cls(
            state, crawler.stats, claim_seconds=crawler.settings.getfloat("NEWSCRAWL_CLAIM_SECONDS")
        )
        crawler.signals.connect(pipeline.lines_written, signal=lines_written)
        return pipeline

    def open_spider(self) -> None:
        if not self.state.open():
            raise CloseSpider("site_locked")

    def process_item(self, item: Any) -> Any:
        if not isinstance(item, Article):
            return item
        if not self.state.is_open:
            raise DropItem(f"no state store ({self.state.refused or 'not opened'})")
        request_key, hints = self.state.context_of(item.url)
        keys = self.state.keys_of(item, request_key)
        announced = hints.changed_at if hints else None
        if any(key in self.emitted for key in keys):
            self._drop("duplicate_url", f"another URL of this article was emitted: {item.url}")
        seen = self.state.lookup(keys)
        if seen is None:
            self.stats.inc_value("newscrawl/articles/new")
            item = dataclasses.replace(item, revision=1, previous_fingerprint=None)
        elif not has_changed(seen, item):
            self.state.note_lastmod(keys, announced)
            self.stats.inc_value("newscrawl/articles/unchanged")
            self.stats.inc_value("newscrawl/articles/unchanged/after_fetch")
            raise DropItem(f"unchanged since revision {seen.revision}: {item.url}", log_level="DEBUG")
        else:
            self.stats.inc_value("newscrawl/articles/updated")
            item = dataclasses.replace(
                item, revision=seen.revision + 1, previous_fingerprint=seen.fingerprint
            )
        holder = self.state.claim(keys, self.claim_seconds)
        if holder is not None:  # a shared store: another worker is emitting this article
            self._drop("claimed", f"{holder} is emitting this article: {item.url}")
        self.emitted.update(keys)
        self.pending[(item.url, item.fingerprint)] = (keys, announced)
        return item

    def lines_written(self, items: Sequence[Any], **_: Any) -> None:
        """The writer fsync'ed these lines: now, and only now, record them as seen."""
        if not self.state.is_open:
            return
        for item in items:
            if not isinstance(item, Article):
                continue
            keys, announced = self.pending.pop((item.url, item.fingerprint), (self.state.keys_of(item), None))
            self.state.record(keys, seen_article(item, lastmod=announced))
        self.stats.inc_value("newscrawl/state/recorded", len(items))

    def _drop(self, reason: str, detail: str) -> None:
        self.stats.inc_value(f"newscrawl/dropped/{reason}")
        raise DropItem(detail, log_level="INFO")


def has_changed(seen: SeenArticle, article: Article) -> bool:
    """A new fingerprint, or a ``date_modified`` later than the stored one."""
    if article.fingerprint != seen.fingerprint:
        return True
    now = parse_date(article.date_modified_raw or article.date_modified)
    before = parse_date(seen.date_modified)
    return now is not None and (before is None or now > before)
