"""Response latency of a crawl, in the stats: how long each response took to arrive.

Scrapy measures every download (``request.meta["download_latency"]``: from sending the request
to receiving the whole response) but keeps no record of it. This middleware counts responses
into latency buckets, and keeps their total and maximum, as stats keys the run's
``stats.json`` reports (``latency``) and ``newscrawl report`` charts. Buckets, not samples:
memory stays constant however long the crawl.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from scrapy import Request
    from scrapy.crawler import Crawler
    from scrapy.http import Response
    from scrapy.statscollectors import StatsCollector

BUCKETS_MS = (100, 250, 500, 1000, 2500, 5000, 10000)
"""Upper bounds (milliseconds) of the latency buckets; slower responses go to ``over``."""
PREFIX = "newscrawl/latency/"


def bucket_of(milliseconds: float) -> str:
    """The stats key suffix of the bucket ``milliseconds`` falls in: ``le_250ms``, ``over``."""
    return next((f"le_{bound}ms" for bound in BUCKETS_MS if milliseconds <= bound), "over")


class LatencyStatsMiddleware:
    def __init__(self, stats: StatsCollector) -> None:
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> LatencyStatsMiddleware:
        assert crawler.stats is not None
        return cls(crawler.stats)

    def process_response(self, request: Request, response: Response) -> Response:
        latency = request.meta.get("download_latency")
        if isinstance(latency, int | float) and latency >= 0:
            milliseconds = latency * 1000
            self.stats.inc_value(f"{PREFIX}responses")
            self.stats.inc_value(f"{PREFIX}total_ms", round(milliseconds))
            self.stats.max_value(f"{PREFIX}max_ms", round(milliseconds))
            self.stats.inc_value(f"{PREFIX}{bucket_of(milliseconds)}")
        return response
