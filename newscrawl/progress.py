"""A progress line on stderr (files done, rate, time left), only when stderr is a terminal."""

from __future__ import annotations

import logging
import sys
import time
from datetime import timedelta
from typing import TYPE_CHECKING, Any, TextIO

from scrapy import signals
from scrapy.exceptions import NotConfigured
from scrapy.utils.asyncio import create_looping_call
from twisted.internet.threads import deferToThread

if TYPE_CHECKING:
    from scrapy import Spider
    from scrapy.crawler import Crawler
    from scrapy.statscollectors import StatsCollector

INTERVAL = 0.5
"""Seconds between redraws."""


def done_count(stats: dict[str, Any]) -> int:
    """Inputs finished so far: parsed (whatever became of the item) or skipped."""
    skipped = sum(v for k, v in stats.items() if k.startswith("newscrawl/skipped/"))
    return int(stats.get("newscrawl/parsed", 0)) + int(skipped)


def progress_line(done: int, total: int | None, elapsed: float) -> str:
    """``120/1000 files  35.2/s  0:00:25 left`` (no total: no time left)."""
    rate = done / elapsed if elapsed > 0 else 0.0
    line = f"{done}/{total} files" if total is not None else f"{done} files"
    line += f"  {rate:.1f}/s"
    if total is not None and rate > 0:
        left = max(total - done, 0) / rate
        line += f"  {timedelta(seconds=round(left))} left"
    return line


class Progress:
    """Redraws one status line every ``INTERVAL`` seconds; a final one when the spider closes."""

    def __init__(self, stats: StatsCollector, stream: TextIO) -> None:
        self.stats = stats
        self.stream = stream
        self.total: int | None = None
        self.started = time.monotonic()
        self.task: Any = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Progress:
        if not crawler.settings.getbool("NEWSCRAWL_PROGRESS") or not sys.stderr.isatty():
            raise NotConfigured
        assert crawler.stats is not None
        progress = cls(crawler.stats, sys.stderr)
        crawler.signals.connect(progress.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(progress.spider_closed, signal=signals.spider_closed)
        return progress

    def spider_opened(self, spider: Spider) -> None:
        self.started = time.monotonic()
        count = getattr(spider, "count_inputs", None)
        if callable(count):  # a second, lazy walk in a thread: never holds the list
            deferToThread(count).addCallback(self._set_total).addErrback(lambda _: None)
        for handler in logging.getLogger().handlers:  # a log line replaces the progress line
            handler.addFilter(self._clear_line)
        self.task = create_looping_call(self.draw)
        self.task.start(INTERVAL, now=False)

    def _clear_line(self, record: logging.LogRecord) -> bool:
        self.stream.write("\r\x1b[K")
        return True

    def _set_total(self, total: int) -> None:
        self.total = total

    def draw(self, end: str = "") -> None:
        line = progress_line(done_count(self.stats.get_stats()), self.total, time.monotonic() - self.started)
        self.stream.write(f"\r\x1b[K{line}{end}")
        self.stream.flush()

    def spider_closed(self) -> None:
        if self.task is not None and self.task.running:
            self.task.stop()
        for handler in logging.getLogger().handlers:
            handler.removeFilter(self._clear_line)
        self.draw(end="\n")
