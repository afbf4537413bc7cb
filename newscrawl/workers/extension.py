"""``WorkerPool``: the Scrapy extension that owns a crawler's ``ExtractPool``.

Callbacks reach it through ``newscrawl.spiders.callback.article_from_response_async``; nothing
else needs to know it exists. The workers start when the spider opens and stop when it closes.
Disabled (``EXTENSIONS = {"newscrawl.workers.extension.WorkerPool": None}``), callbacks extract
on the reactor thread as before: handy under a debugger.

Back-pressure: at most ``jobs * (1 + NEWSCRAWL_EXTRACT_BACKLOG)`` pages are in the pool (running or
waiting for a worker); further callbacks wait for a free place, holding their response. Those
waiting responses count towards Scrapy's ``SCRAPER_SLOT_MAX_ACTIVE_SIZE`` (bytes of responses
whose callbacks have not finished), above which the engine sends no new requests: so a slow
extraction slows fetching down instead of filling memory. The offline reader bounds its inputs
in flight as well (``NEWSCRAWL_MAX_PAGES_IN_FLIGHT``, see ``spiders/files.py``).

Settings: ``NEWSCRAWL_JOBS`` (worker processes; 0 = one per core), ``NEWSCRAWL_EXTRACT_TIMEOUT``
(seconds per page; 0 = no limit), ``NEWSCRAWL_EXTRACT_BACKLOG``, ``NEWSCRAWL_EXTRACT_RECYCLE``
(pages per worker process; 0 = never replaced), ``NEWSCRAWL_EXTRACT_FUNCTION`` (a
``module:function`` stand-in for ``extract_article``; tests use it for a deliberately slow one).
Stats: ``newscrawl/extract/workers``, ``newscrawl/extract/in_pool_max``,
``newscrawl/extract/timeouts``, ``newscrawl/extract/crashes``, ``newscrawl/extract/started``.
"""

from __future__ import annotations

import asyncio
from collections import deque
from concurrent.futures import Future
from typing import TYPE_CHECKING, Any

from scrapy import signals
from scrapy.utils.asyncio import is_asyncio_available
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet.defer import Deferred

from newscrawl.workers.pool import ExtractPool
from newscrawl.workers.wire import Job, Outcome

if TYPE_CHECKING:
    from scrapy.crawler import Crawler


class WorkerPool:
    """One ``ExtractPool`` per crawler, with a bound on the pages handed to it."""

    def __init__(self, crawler: Crawler, pool: ExtractPool, backlog: int) -> None:
        self.crawler = crawler
        self.pool = pool
        self.capacity = pool.jobs * (1 + max(backlog, 0))
        self.in_pool = 0
        self.waiting: deque[Deferred[None]] = deque()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> WorkerPool:
        settings = crawler.settings
        pool = ExtractPool(
            settings.getint("NEWSCRAWL_JOBS"),
            timeout=settings.getfloat("NEWSCRAWL_EXTRACT_TIMEOUT"),
            extract=settings.get("NEWSCRAWL_EXTRACT_FUNCTION") or None,
            recycle_after=settings.getint("NEWSCRAWL_EXTRACT_RECYCLE") or None,
            memory_mb=settings.getint("NEWSCRAWL_EXTRACT_MEMORY_MB") or None,
        )
        extension = cls(crawler, pool, settings.getint("NEWSCRAWL_EXTRACT_BACKLOG"))
        crawler.signals.connect(extension.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def spider_opened(self) -> None:
        self.pool.start()
        assert self.crawler.stats is not None
        self.crawler.stats.set_value("newscrawl/extract/workers", self.pool.jobs)

    def spider_closed(self) -> None:
        self.pool.close()
        assert self.crawler.stats is not None
        for key, value in sorted(self.pool.counts.items()):
            if key != "pages":
                self.crawler.stats.set_value(f"newscrawl/extract/{key}", value)

    async def extract(self, job: Job) -> Outcome:
        """The outcome of ``job``, extracted in a worker process; waits for room in the pool."""
        if self.in_pool >= self.capacity:
            room: Deferred[None] = Deferred()
            self.waiting.append(room)
            await maybe_deferred_to_future(room)  # our place was kept by the page that left
        else:
            self.in_pool += 1
        assert self.crawler.stats is not None
        self.crawler.stats.max_value("newscrawl/extract/in_pool_max", self.in_pool)
        try:
            outcome: Outcome = await _awaitable(self.pool.submit(job))
            return outcome
        finally:
            if self.waiting:
                self.waiting.popleft().callback(None)  # hand our place to the next page
            else:
                self.in_pool -= 1


def _awaitable(future: Future[Outcome]) -> Any:
    """Something a Scrapy coroutine can await for ``future``'s result, whatever the reactor."""
    if is_asyncio_available():
        return asyncio.wrap_future(future)
    from twisted.internet import reactor  # noqa: PLC0415  (the installed reactor)

    done: Deferred[Outcome] = Deferred()

    def fire(finished: Future[Outcome]) -> None:
        reactor.callFromThread(done.callback, finished.result())

    future.add_done_callback(fire)
    return done
