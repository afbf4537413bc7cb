"""The crawl's output: ``OUTDIR/<site>/<YYYY-MM-DD>/<run-id>.jsonl`` plus ``<run-id>.stats.json``.

``JsonLinesWriter`` (same exporter, batching and fsync hooks) writing to
``<run-id>.jsonl.partial`` while the run goes on. Unlike ``parse`` output, a crawl's partial
file is always published when the run ends, however it ends: its lines are already recorded
as seen (``IncrementalPipeline`` commits state once lines are durable), so dropping them would
lose articles. A run killed before publishing leaves the ``.partial``; the next run of the site
publishes its complete lines (``newscrawl.runs.recover``, run by the crawl state when it opens:
the writer opens the state before creating its own ``.partial``, and writes nothing when another
run holds the site). The crawl state (``newscrawl.state.crawl``, from the crawler) names the run
and keeps the site locked until after this writer has published.

Settings: ``NEWSCRAWL_OUTPUT_DIR``. Only active for the ``news`` spider.
"""

from __future__ import annotations

import logging
import os
import time
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from scrapy import signals
from scrapy.exceptions import NotConfigured
from scrapy.exporters import JsonLinesItemExporter

from newscrawl.order import connect_settling
from newscrawl.pipelines.write import JsonLinesWriter
from newscrawl.runs import RunPaths, new_run_id
from newscrawl.runs.recover import fsync_dir, hold_partial
from newscrawl.runs.report import run_report, write_json_atomic
from newscrawl.state.crawl import CrawlState, crawl_state
from newscrawl.state.url import worker_of

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

logger = logging.getLogger(__name__)


class RunWriter(JsonLinesWriter):
    def __init__(self, crawler: Crawler, paths: RunPaths, site: str, state: CrawlState | None = None) -> None:
        super().__init__(crawler, paths.final)
        self.paths = paths
        self.site = site
        self.state = state
        """The site's crawl state (None when the ``CrawlState`` extension is disabled)."""
        self.started = time.monotonic()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RunWriter:
        site = getattr(getattr(crawler, "spider", None), "site", None)
        name = getattr(site, "name", None)
        output_dir = crawler.settings.get("NEWSCRAWL_OUTPUT_DIR")
        if not isinstance(name, str) or not output_dir:
            raise NotConfigured("not a site crawl, or NEWSCRAWL_OUTPUT_DIR unset")
        state = crawl_state(crawler)
        if state is not None:
            run_id = state.run_id
        else:
            run_id = crawler.settings.get("NEWSCRAWL_RUN_ID") or new_run_id(
                worker=worker_of(crawler.settings)
            )
            assert crawler.stats is not None
            crawler.stats.set_value("newscrawl/run_id", run_id)
        paths = RunPaths.for_run(Path(output_dir).expanduser(), name, run_id)
        writer = cls(crawler, paths, name, state)
        connect_settling(crawler, writer.settle)
        crawler.signals.connect(writer.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(writer.spider_closed, signal=signals.spider_closed)
        return writer

    def open_spider(self) -> None:
        self.started = time.monotonic()
        if self.state is not None and not self.state.open():
            return  # another run holds the site: its output is not ours to touch
        self.paths.directory.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.paths.partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o666)
        hold_partial(fd)  # live while this process keeps it open (see newscrawl/runs/recover.py)
        self.temp = self.paths.partial
        self.file = os.fdopen(fd, "wb")
        self.exporter = JsonLinesItemExporter(
            cast("BytesIO", self.file),  # any binary file will do; Scrapy's hint is narrow
            encoding="utf-8",
            ensure_ascii=False,
            export_empty_fields=True,
        )
        self.exporter.start_exporting()
        logger.info("Writing %s", self.paths.partial)

    def spider_closed(self, reason: str) -> None:
        published = None
        if self.temp is not None and self.temp.exists() and not self.failed:
            self.temp.replace(self.paths.final)
            fsync_dir(self.paths.directory)
            published = self.paths.final
            assert self.crawler.stats is not None
            self.crawler.stats.set_value("newscrawl/output_file", str(published))
            logger.info("Wrote %d articles to %s", self.written, published)
        if self.paths.directory.is_dir():
            self._write_stats(reason, published)
        if published is not None:
            self.after_publish(published, self.written)

    def _fail(self, err: OSError, *, stop: bool = True) -> None:
        kept, self.temp = self.temp, None  # keep the durable lines for the next run's recovery
        super()._fail(err, stop=stop)
        self.temp = kept

    def _write_stats(self, reason: str, published: Path | None) -> None:
        assert self.crawler.stats is not None
        stats: dict[str, Any] = self.crawler.stats.get_stats()
        report = run_report(
            stats,
            site=self.site,
            run_id=self.paths.run_id,
            output=published,
            reason=reason,
            started=self.started,
            finished=time.monotonic(),
        )
        write_json_atomic(self.paths.stats, report)
        self.crawler.stats.set_value("newscrawl/stats_file", str(self.paths.stats))
