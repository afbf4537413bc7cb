"""Drop the second and later copies of an article within one run (no state across runs).

Two items are the same article when their canonical URLs normalise to the same key
(``newscrawl.urls.normalise_url``: case, ports, fragments, known tracking parameters, AMP
variants, trailing slash; in a site crawl also the site's ``strip_params``), or else when
their non-empty texts have the same fingerprint. For an item without a canonical URL, its own
URL stands in when it is http(s) (crawls; a file:// URI never matches another file). The first
copy to arrive wins; for the offline parse that is the first in input order, because the files
spider lets items reach the pipelines in input order (``newscrawl.order.InputGate``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from itemadapter import ItemAdapter
from scrapy.exceptions import DropItem

from newscrawl.urls import dedupe_keys

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.statscollectors import StatsCollector


class DedupePipeline:
    """Within one run: one record per canonical URL and per body text."""

    def __init__(self, stats: StatsCollector, strip_params: tuple[str, ...] = ()) -> None:
        self.stats = stats
        self.strip_params = strip_params
        """The crawled site's own tracking parameters (none for ``parse``)."""
        self.seen: dict[str, str] = {}
        """Key ("url <key>" or "text <fingerprint>") -> the first item's source, for the log."""

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> DedupePipeline:
        assert crawler.stats is not None
        site = getattr(getattr(crawler, "spider", None), "site", None)
        return cls(crawler.stats, tuple(getattr(site, "strip_params", ())))

    def process_item(self, item: Any) -> Any:
        adapter = ItemAdapter(item)
        keys = dedupe_keys(adapter, self.strip_params)
        for key in keys:
            if key in self.seen:
                self.stats.inc_value("newscrawl/dropped/duplicate")
                kind, _, value = key.partition(" ")
                what = "canonical URL" if kind == "url" else "text fingerprint"
                raise DropItem(f"duplicate of {self.seen[key]} (same {what} {value})", log_level="INFO")
        source = adapter.get("source_path") or adapter.get("url") or "an earlier item"
        for key in keys:
            self.seen[key] = source
        return item
