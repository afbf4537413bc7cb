"""Politeness for a host as a whole, whatever the number of workers crawling it.

Each worker's Scrapy spaces and bounds its own requests per host (``DOWNLOAD_DELAY``,
AutoThrottle, ``CONCURRENT_REQUESTS_PER_DOMAIN``, robots.txt ``Crawl-delay``, ``Retry-After``);
N workers would hit a host N times harder. ``SharedPolitenessMiddleware`` makes every request
hold a slot of its host in Redis while it is in flight:

* at most ``CONCURRENT_REQUESTS_PER_DOMAIN`` slots per host between all workers;
* request starts at least ``max(DOWNLOAD_DELAY, Crawl-delay)`` seconds apart between all
  workers, and no start sooner than that after a response came back (the host's ``next`` start
  time, Redis server time, moved on when a slot is taken and again when it is given back: so a
  worker slow to send what it was allowed to send cannot bring two requests closer at the host);
* a ``Retry-After`` answer (429, 503) pushes the host's next start back for every worker.

A slot is taken last thing before the download (order 960, after every other middleware) and
given back when the response or the failure comes back. A slot of a worker that died expires
after ``DOWNLOAD_TIMEOUT`` plus a margin. Within a worker, at most the host's limit of
requests try for a slot at a time (a local semaphore: the others wait without asking Redis);
those poll Redis every ``NEWSCRAWL_POLITENESS_POLL`` seconds while the host's slots are all
taken. Only active with ``NEWSCRAWL_FRONTIER_URL``.
"""

from __future__ import annotations

import itertools
import logging
from typing import TYPE_CHECKING, Any

from scrapy import Request
from scrapy.exceptions import NotConfigured
from scrapy.http import Response
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.httpobj import urlparse_cached
from twisted.internet.defer import DeferredSemaphore

from newscrawl.frontier.url import redis_client
from newscrawl.middlewares.crawl_delay import CrawlDelayMiddleware
from newscrawl.middlewares.retry import retry_after_seconds
from newscrawl.middlewares.sleep import sleep
from newscrawl.state.url import worker_name

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

logger = logging.getLogger(__name__)

TOKEN = "newscrawl_polite_token"
"""Request meta key: (host key, slot token, delay) held by the request."""

_NOW = "local t = redis.call('TIME') local now = tonumber(t[1]) + tonumber(t[2]) / 1000000 "

ACQUIRE = (
    _NOW
    + """
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
local nxt = tonumber(redis.call('GET', KEYS[2]) or '0')
if nxt > now then return tostring(nxt - now) end
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[2]) then return '-1' end
redis.call('ZADD', KEYS[1], now + tonumber(ARGV[4]), ARGV[1])
redis.call('EXPIRE', KEYS[1], math.ceil(tonumber(ARGV[4])) + 60)
if tonumber(ARGV[3]) > 0 then
  redis.call('SET', KEYS[2], tostring(now + tonumber(ARGV[3])), 'EX', math.ceil(tonumber(ARGV[3])) + 60)
end
return '0'
"""
)
"""KEYS: slots, next. ARGV: token, limit, delay, hold. '0' = taken; '-1' = all slots taken;
else the seconds to wait before the host's next start."""

RELEASE = (
    _NOW
    + """
redis.call('ZREM', KEYS[1], ARGV[1])
local delay = tonumber(ARGV[2])
if delay > 0 then
  local nxt = tonumber(redis.call('GET', KEYS[2]) or '0')
  if now + delay > nxt then
    redis.call('SET', KEYS[2], tostring(now + delay), 'EX', math.ceil(delay) + 60)
  end
end
return 0
"""
)
"""KEYS: slots, next. ARGV: token, delay. The slot is free; the next start waits ``delay``."""

HOLD_OFF = (
    _NOW
    + """
local nxt = tonumber(redis.call('GET', KEYS[1]) or '0')
local want = now + tonumber(ARGV[1])
if want > nxt then
  redis.call('SET', KEYS[1], tostring(want), 'EX', math.ceil(tonumber(ARGV[1])) + 60)
end
return 0
"""
)
"""KEYS: next. ARGV: seconds. No request to the host starts before now + seconds."""


class SharedPolitenessMiddleware:
    def __init__(self, crawler: Crawler, server: Any, *, worker: str) -> None:
        self.crawler = crawler
        self.server = server
        settings = crawler.settings
        self.limit = max(1, settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN"))
        self.delay = max(0.0, settings.getfloat("DOWNLOAD_DELAY"))
        self.hold = settings.getfloat("DOWNLOAD_TIMEOUT", 180.0) + 30.0
        self.poll = settings.getfloat("NEWSCRAWL_POLITENESS_POLL")
        self.max_retry_after = settings.getfloat("NEWSCRAWL_RETRY_BACKOFF_MAX")
        self.prefix = "newscrawl:polite"
        self.worker = worker
        self._ids = itertools.count()
        self._acquire = server.register_script(ACQUIRE)
        self._hold_off = server.register_script(HOLD_OFF)
        self._release_slot = server.register_script(RELEASE)
        self._crawl_delay: CrawlDelayMiddleware | None = None
        self._local: dict[str, DeferredSemaphore] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SharedPolitenessMiddleware:
        url = crawler.settings.get("NEWSCRAWL_FRONTIER_URL")
        if not url:
            raise NotConfigured("no shared frontier")
        return cls(crawler, redis_client(url), worker=worker_name(crawler.settings))

    async def process_request(self, request: Request) -> None:
        host = self._host(request)
        token = f"{self.worker}:{next(self._ids)}"
        delay = max(self.delay, self._robots_delay(request))
        keys = [f"{host}:slots", f"{host}:next"]
        local = self._local.setdefault(host, DeferredSemaphore(self.limit))
        await maybe_deferred_to_future(local.acquire())
        waited = False
        try:
            while True:
                answer = float(self._acquire(keys=keys, args=[token, self.limit, delay, self.hold]))
                if answer == 0:
                    break
                waited = True
                await sleep(self.poll if answer < 0 else min(answer, 60.0))
        except BaseException:
            local.release()
            raise
        if waited:
            self._inc("newscrawl/politeness/waits")
        request.meta[TOKEN] = (host, token, delay)

    def process_response(self, request: Request, response: Response) -> Response:
        if response.status in (429, 503):
            asked = retry_after_seconds(response.headers.get(b"Retry-After"))
            if asked:
                seconds = min(asked, self.max_retry_after)
                self._hold_off(keys=[f"{self._host(request)}:next"], args=[seconds])
                logger.info("%s asks to wait %.1fs: every worker holds off this host", request.url, seconds)
        self._release(request)  # after the hold-off: no other request slips in between
        return response

    def process_exception(self, request: Request, exception: Exception) -> None:
        self._release(request)

    def _release(self, request: Request) -> None:
        held = request.meta.pop(TOKEN, None)
        if held is not None:
            host, token, delay = held
            self._release_slot(keys=[f"{host}:slots", f"{host}:next"], args=[token, delay])
            self._local[host].release()

    def _host(self, request: Request) -> str:
        parts = urlparse_cached(request)
        return f"{self.prefix}:{parts.scheme}://{(parts.netloc or '').lower()}"

    def _robots_delay(self, request: Request) -> float:
        if request.meta.get("dont_obey_robotstxt"):
            return 0.0
        if self._crawl_delay is None:
            engine = self.crawler.engine
            middlewares = engine.downloader.middleware.middlewares if engine is not None else ()
            found = [m for m in middlewares if isinstance(m, CrawlDelayMiddleware)]
            if not found:
                return 0.0
            self._crawl_delay = found[0]
        return self._crawl_delay.delays.get(urlparse_cached(request).netloc, 0.0)

    def _inc(self, key: str) -> None:
        if self.crawler.stats is not None:
            self.crawler.stats.inc_value(key)
