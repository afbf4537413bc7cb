"""``SharedScheduler``: scrapy-redis's scheduler, adapted to Scrapy 2.13+ and to many workers.

What it keeps from ``scrapy_redis.scheduler.Scheduler``: the request encoding (its
``PriorityQueue``), the Redis dupefilter (``RFPDupeFilter``), ``SCHEDULER_PERSIST`` semantics
(nothing is flushed when one worker closes). What the adapter changes (until upstream ships
Scrapy 2.13 support, rmax/scrapy-redis#316 and #309; then most of this goes):

* no ``spider=`` argument to ``StatsCollector.inc_value`` and no ``Spider.log`` (both
  deprecated in Scrapy 2.13+; our tests turn warnings into errors);
* keys per *site* (``newscrawl:<site>:...``), not per spider name: every site crawl runs the
  same ``news`` spider;
* pops lease the request (``newscrawl.frontier.redis_frontier``): a worker that dies leaves
  its in-flight requests to the others once the leases expire;
* the run's end: a worker stays open while any request is queued or leased anywhere, and
  the last worker out deletes the run's keys (the dupefilter is run-scoped, so seeds - feeds,
  sitemaps, section pages - are fetched again on every run, once between all workers).

Leases are released when the worker is idle (its fetched pages' lines are fsync'ed and
recorded, and the discovered candidates are queued): only then is nothing lost if it dies.

Settings: ``NEWSCRAWL_FRONTIER_URL`` (``redis://HOST:PORT/DB``), ``NEWSCRAWL_WORKER``,
``NEWSCRAWL_LEASE_SECONDS``.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from scrapy import Request, signals
from scrapy.exceptions import DontCloseSpider, NotConfigured
from scrapy_redis.dupefilter import RFPDupeFilter
from scrapy_redis.queue import PriorityQueue
from scrapy_redis.scheduler import Scheduler
from twisted.internet import task

from newscrawl.frontier.redis_frontier import Frontier
from newscrawl.frontier.url import redis_client
from newscrawl.signals import sync_output
from newscrawl.state.url import StateURLError, is_shared, worker_name

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.spiders import Spider

logger = logging.getLogger(__name__)


class SharedScheduler(Scheduler):  # type: ignore[misc]  # scrapy-redis ships no type hints
    """Scheduler of a site crawl whose frontier is shared in Redis."""

    def __init__(self, crawler: Crawler, server: Any, *, worker: str, lease_seconds: float) -> None:
        super().__init__(server, persist=True)
        self.crawler = crawler
        self.stats = crawler.stats
        self.worker = worker
        self.lease_seconds = lease_seconds
        self.frontier: Frontier | None = None
        self.fresh = False
        self._beat: task.LoopingCall | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SharedScheduler:
        url = crawler.settings.get("NEWSCRAWL_FRONTIER_URL")
        if not url:
            raise NotConfigured("NEWSCRAWL_FRONTIER_URL is not set")
        if not is_shared(crawler.settings.get("NEWSCRAWL_STATE_URL")):  # scrapy crawl, scrapyd
            raise StateURLError(
                "NEWSCRAWL_FRONTIER_URL shares the crawl between workers, so they must share the "
                "state too: set NEWSCRAWL_STATE_URL=postgresql://USER@HOST:PORT/DB"
            )
        scheduler = cls(
            crawler,
            redis_client(url),
            worker=worker_name(crawler.settings),
            lease_seconds=crawler.settings.getfloat("NEWSCRAWL_LEASE_SECONDS"),
        )
        crawler.signals.connect(scheduler.spider_idle, signal=signals.spider_idle)
        crawler.signals.connect(scheduler.spider_closed, signal=signals.spider_closed)
        return scheduler

    # -- scrapy-redis, adapted -------------------------------------------------------------------

    def open(self, spider: Spider) -> None:
        self.spider = spider
        site = spider.site.name  # type: ignore[attr-defined]  # the news spider's site
        self.frontier = Frontier(self.server, site, self.worker, lease_seconds=self.lease_seconds)
        keys = self.frontier.keys
        self.queue = PriorityQueue(server=self.server, spider=spider, key=keys.queue)
        self.df = RFPDupeFilter(
            self.server, key=keys.dupefilter, debug=self.crawler.settings.getbool("DUPEFILTER_DEBUG")
        )
        self.fresh = self.frontier.join()
        queued, leased = self.frontier.pending()
        logger.info(
            "Shared frontier of %s: worker %s %s (%d requests queued, %d in flight elsewhere)",
            site,
            self.worker,
            "starts a new run" if self.fresh else "joins the run in progress",
            queued,
            leased,
        )
        self._beat = task.LoopingCall(self.heartbeat)
        self._beat.start(max(0.2, min(2.0, self.lease_seconds / 4)), now=False)

    def close(self, reason: str) -> None:
        """Persisting: the queue and dupefilter stay for the other workers (see ``spider_closed``)."""

    def enqueue_request(self, request: Request) -> bool:
        if not request.dont_filter and self.df.request_seen(request):
            self.df.log(request, self.spider)
            return False
        self._inc("scheduler/enqueued/redis")
        self.queue.push(request)
        return True

    def next_request(self) -> Request | None:
        assert self.frontier is not None
        data = self.frontier.pop()
        if data is None:
            return None
        self._inc("scheduler/dequeued/redis")
        request: Request = self.queue._decode_request(data)
        return request

    def has_pending_requests(self) -> bool:
        return self.frontier is not None and self.frontier.queued() > 0

    # -- many workers ----------------------------------------------------------------------------

    def heartbeat(self) -> None:
        """Keep this worker's leases; requeue dead workers' ones; sync the output so that
        claims and lines do not wait; wake the engine when the others queued work."""
        if self.frontier is None:
            return
        try:
            requeued = self.frontier.heartbeat()
        except Exception:
            logger.exception("Shared frontier heartbeat failed (Redis unreachable?)")
            return
        if requeued:
            self._inc("newscrawl/frontier/requeued", requeued)
            logger.warning("Requeued %d requests of a worker that stopped renewing its leases", requeued)
        self._sync_output()
        engine = self.crawler.engine
        if engine is not None and engine.spider is not None and self.frontier.queued():
            # The engine looks at the scheduler again on its own heartbeat (5 s); work queued by
            # the other workers is picked up now instead.
            slot = getattr(engine, "_slot", None)
            nextcall = getattr(slot, "nextcall", None)
            if nextcall is not None:
                nextcall.schedule()

    def spider_idle(self) -> None:
        """Nothing in flight here: release this worker's leases, then stay open while any
        other worker has work (its requests may discover more)."""
        assert self.frontier is not None
        spider = self.crawler.spider
        candidates: dict[str, Any] = getattr(spider, "candidates", {})
        requested: set[str] = getattr(spider, "requested", set())
        if any(key not in requested for key in candidates):
            raise DontCloseSpider  # the spider queues them now; release on the next idle
        self._sync_output()
        self.frontier.release()
        queued, leased = self.frontier.pending()
        if queued or leased:
            raise DontCloseSpider

    def spider_closed(self, reason: str) -> None:
        if self._beat is not None and self._beat.running:
            self._beat.stop()
        if self.frontier is None:
            return
        if self.frontier.held:
            logger.warning(
                "Closing (%s) with %d requests unfinished: other workers take them over in %.0fs",
                reason,
                len(self.frontier.held),
                self.lease_seconds,
            )
        if self.frontier.leave():
            logger.info("Last worker of the run: the shared frontier's run keys are deleted")

    def _sync_output(self) -> None:
        self.crawler.signals.send_catch_log(signal=sync_output)

    def _inc(self, key: str, count: int = 1) -> None:
        if self.stats is not None:
            self.stats.inc_value(key, count)
