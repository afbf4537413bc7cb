"""Write articles as JSON Lines to ``NEWSCRAWL_OUTPUT_FILE``, in input order, atomically.

One object per line, UTF-8 with non-ASCII kept, every field present (Scrapy's
``JsonLinesItemExporter``). Lines go to a hidden temporary file beside the target, flushed as
they are due and fsync'ed in batches; when the run finishes, the file is fsync'ed and renamed
over the target, then the directory is fsync'ed. A reader never sees a half-written file, and a
run that ends any other way (error, Ctrl-C) leaves the target as it was. A symlink stays a
symlink: the file it points to is the one replaced.

``-`` (standard output), a path to one of the process's own file descriptors (``/dev/stdout``)
and an existing FIFO, device or socket are written to directly instead, as lines are due, and
never renamed over (``newscrawl.pipelines.target``).

Hook points, for state that must never get ahead of the output (incremental crawls):

* ``after_durable(items)`` runs once the lines of ``items`` are fsync'ed to the temporary file;
  it sends ``newscrawl.signals.lines_written``. Stage per-article state here.
* ``after_publish(path, count)`` runs after the atomic rename; it sends
  ``newscrawl.signals.output_published``. Commit the staged state here, never earlier.

Override either in a subclass or connect to the signal.

An item is written when Scrapy announces it scraped (``item_scraped``), not in
``process_item``: only the signal carries the response, and so the input's sequence number.
Keep this pipeline last in ``ITEM_PIPELINES``: an item that reaches it has passed every check.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import time
from io import BufferedWriter, BytesIO
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from scrapy import signals
from scrapy.exceptions import NotConfigured
from scrapy.exporters import JsonLinesItemExporter
from scrapy.utils.defer import deferred_from_coro

from newscrawl.order import SEQ, Reorder, connect_settling
from newscrawl.pipelines.target import OutputTarget, resolve_output
from newscrawl.runs.recover import fsync_dir
from newscrawl.signals import lines_written, output_published, sync_output

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

logger = logging.getLogger(__name__)

SYNC_EVERY_LINES = 256
SYNC_EVERY_SECONDS = 2.0
"""fsync the temporary file after this many lines or seconds, whichever comes first (an fsync
per line would cost milliseconds each; nothing is published before the final fsync anyway)."""

PUBLISHED_REASONS = ("finished", "closespider_")
"""Close reasons (or prefixes) after which the output is published: the run finished, or hit a
limit the user set. Anything else (shutdown, cancelled, errors) publishes nothing."""


class JsonLinesWriter:
    """The run's JSONL output; published only when the run completes."""

    def __init__(self, crawler: Crawler, target: Path, output: OutputTarget | None = None) -> None:
        self.crawler = crawler
        self.target = target
        self.output = output or OutputTarget("atomic", target)
        """How the lines reach ``target``: atomically (a temporary file renamed over it) or
        directly (standard output, a FIFO, a device)."""
        self.temp: Path | None = None
        self.file: BufferedWriter | None = None
        self.exporter: JsonLinesItemExporter | None = None
        self.order: Reorder[Any] = Reorder()
        self.written = 0
        self.unsynced: list[Any] = []
        self.last_sync = time.monotonic()
        self.failed = False
        crawler.signals.connect(self.sync, signal=sync_output)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> JsonLinesWriter:
        target = crawler.settings.get("NEWSCRAWL_OUTPUT_FILE")
        if not target:
            raise NotConfigured("NEWSCRAWL_OUTPUT_FILE is not set")
        output = resolve_output(str(target))
        writer = cls(crawler, output.path, output)
        connect_settling(crawler, writer.settle)
        crawler.signals.connect(writer.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(writer.spider_closed, signal=signals.spider_closed)
        return writer

    # -- pipeline hooks ------------------------------------------------------------------------

    def open_spider(self) -> None:
        fd, self.temp = self.output.open_lines()
        self.file = os.fdopen(fd, "wb")
        self.exporter = JsonLinesItemExporter(
            cast("BytesIO", self.file),  # any binary file will do; Scrapy's hint is narrow
            encoding="utf-8",
            ensure_ascii=False,
            export_empty_fields=True,
        )
        self.exporter.start_exporting()

    def process_item(self, item: Any) -> Any:
        return item

    def close_spider(self) -> None:
        """Write whatever is still held (inputs that never reported are skipped) and sync."""
        if self.file is None:
            return
        self._write([value for value in self.order.drain() if value is not None])
        self._sync(force=True)
        if self.exporter is not None:
            self.exporter.finish_exporting()
        if self.file is not None:
            self.file.close()
            self.file = None

    # -- signal handlers -----------------------------------------------------------------------

    def settle(self, seq: int, item: Any) -> None:
        """Input ``seq`` ended with ``item`` (None: skipped or dropped)."""
        self._write([value for value in self.order.settle(seq, item) if value is not None])
        self._sync()

    def item_scraped(self, item: Any, response: Any) -> None:
        request = getattr(response, "request", None)
        if request is None or not isinstance(request.meta.get(SEQ), int):
            self._write([item])  # no input order to keep (a crawl): write as it comes
            self._sync()

    def spider_closed(self, reason: str) -> None:
        if not self.output.atomic:
            self._close_direct(reason)
            return
        if self.temp is None:
            return
        if self.failed or not reason.startswith(PUBLISHED_REASONS):
            self.temp.unlink(missing_ok=True)
            if not self.failed:
                self.output.log_early_end(logger, reason, self.written)
            return
        try:
            self.temp.replace(self.target)
            fsync_dir(self.target.parent)
        except OSError as err:
            self.temp.unlink(missing_ok=True)
            self._fail(err, stop=False)  # already closing
            return
        assert self.crawler.stats is not None
        self.crawler.stats.set_value("newscrawl/output_file", str(self.target))
        logger.info("Wrote %d articles to %s", self.written, self.output.describe())
        self.after_publish(self.target, self.written)

    def _close_direct(self, reason: str) -> None:
        """Standard output, a FIFO or a device: the lines are already out; nothing to rename."""
        if self.file is not None:
            self.file.close()
            self.file = None
        if self.failed:
            return
        where = self.output.describe()
        if not reason.startswith(PUBLISHED_REASONS):
            self.output.log_early_end(logger, reason, self.written)
            return
        assert self.crawler.stats is not None
        self.crawler.stats.set_value("newscrawl/output_file", where)
        logger.info("Wrote %d articles to %s", self.written, where)
        self.after_publish(self.target, self.written)

    def sync(self) -> None:
        """fsync the lines written so far now (``lines_written`` follows), not at the next batch."""
        self._sync(force=True)

    # -- hook points ---------------------------------------------------------------------------

    def after_durable(self, items: list[Any]) -> None:
        """``items`` are fsync'ed to the temporary file (not yet published)."""
        self.crawler.signals.send_catch_log(signal=lines_written, items=items, path=self.temp)

    def after_publish(self, path: Path, count: int) -> None:
        """The output is in place under its final name, ``count`` lines long."""
        self.crawler.signals.send_catch_log(signal=output_published, path=path, count=count)

    # -- internals -----------------------------------------------------------------------------

    def _write(self, items: list[Any]) -> None:
        if not items or self.failed or self.exporter is None or self.file is None:
            return
        try:
            for item in items:
                # A dataclass item goes in as its dict (the same JSON): Scrapy's encoder would
                # otherwise convert each section and image through ItemAdapter, a cost the one
                # parent process pays per page.
                is_record = dataclasses.is_dataclass(item) and not isinstance(item, type)
                self.exporter.export_item(dataclasses.asdict(item) if is_record else item)
            self.file.flush()
        except OSError as err:
            self._fail(err)
            return
        self.written += len(items)
        self.unsynced.extend(items)
        assert self.crawler.stats is not None
        self.crawler.stats.inc_value("newscrawl/written", len(items))

    def _sync(self, *, force: bool = False) -> None:
        if self.failed or self.file is None or not self.unsynced:
            return
        due = len(self.unsynced) >= SYNC_EVERY_LINES
        if not (force or due or time.monotonic() - self.last_sync >= SYNC_EVERY_SECONDS):
            return
        try:
            if self.output.atomic:  # a pipe, terminal or device cannot be fsync'ed
                os.fsync(self.file.fileno())
        except OSError as err:
            self._fail(err)
            return
        self.last_sync = time.monotonic()
        durable, self.unsynced = self.unsynced, []
        self.after_durable(durable)

    def _fail(self, err: OSError, *, stop: bool = True) -> None:
        """Stop the run: a missing line would make the output silently incomplete."""
        self.failed = True
        self.output.log_failure(logger, err, self.written)
        assert self.crawler.stats is not None
        self.crawler.stats.set_value("newscrawl/output_failed", str(err.strerror or err))
        if self.file is not None:
            self.file.close()
            self.file = None
        if self.temp is not None:
            self.temp.unlink(missing_ok=True)
        if stop and self.crawler.crawling:
            engine = self.crawler.engine
            deferred_from_coro(engine.close_spider_async(reason="output_failed"))
