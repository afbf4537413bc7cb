"""Offline reader: saved pages on disk -> file:// requests, in input order.

    newscrawl parse PATH... -o OUT.jsonl        (or: scrapy crawl files -a paths=DIR1:DIR2)

Arguments are read in the order given; a directory is walked depth-first in sorted name order
and contributes its HTML pages by name (``PAGE_SUFFIXES``: ``.html``, ``.htm``, ``.xhtml``,
``.xht``, ``.shtml``, each also gzipped, any case) and WARC files. A file named explicitly is
read whatever its name (``.php``, ``.asp``, no extension ...): in a directory such names are
as often scripts, styles or data as saved pages, so a walk leaves them to be named (``dir/*``).
The walk is lazy: Scrapy pulls one request at a time.
"""

from __future__ import annotations

import logging
import os
from collections.abc import AsyncIterator, Iterable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Self

from scrapy import Request, Spider
from scrapy.http import Response
from scrapy.settings import BaseSettings
from twisted.python.failure import Failure

from newscrawl.archives import is_warc
from newscrawl.archives.rules import SiteRules
from newscrawl.discovery import Hints
from newscrawl.discovery.fallbacks import with_fallbacks
from newscrawl.inputs import (  # noqa: F401  (re-exported: the spider's inputs live there)
    HTML_SUFFIXES,
    PAGE_SUFFIXES,
    _inputs,
    count_inputs,
    iter_inputs,
    passed_over,
    refusal,
)
from newscrawl.intake import PageSkipped, check_size
from newscrawl.items import Article
from newscrawl.middlewares.warc import BODY, HINTS_KEY
from newscrawl.order import SEQ, InputGate, seq_of
from newscrawl.settings import newscrawl_defaults
from newscrawl.spiders.callback import MTIME, RULES, SOURCE_PATH, article_from_response_async, report_skip

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

logger = logging.getLogger(__name__)


class FilesSpider(Spider):
    """Reads saved pages from disk; every response goes to ``article_from_response``."""

    name = "files"
    gate: InputGate

    @classmethod
    def update_settings(cls, settings: BaseSettings) -> None:
        super().update_settings(settings)
        settings.setdict(newscrawl_defaults(), priority="default")
        # WARC records are answered from the archive, without a download (newscrawl/archives/)
        merged = dict(settings.getdict("DOWNLOADER_MIDDLEWARES"))
        merged.setdefault("newscrawl.middlewares.warc.WarcReplayMiddleware", 50)
        settings.set("DOWNLOADER_MIDDLEWARES", merged, priority="spider")

    def __init__(
        self, paths: Iterable[str] | str = (), *args: Any, sites: str | None = None, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        # `scrapy crawl files -a paths=a:b` passes one string; the CLI passes a list.
        self.paths = paths.split(os.pathsep) if isinstance(paths, str) else list(paths)
        self.sites_file = sites
        """A sites file whose site rules apply to the WARC records of those sites' domains."""
        self._site_rules: SiteRules | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> Self:
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.gate = InputGate.from_crawler(crawler)
        return spider

    def count_inputs(self) -> int | None:
        """Total inputs, for progress reporting (called off the reactor thread); None when a
        WARC file is among them (its pages are counted as they are read)."""
        if any(is_warc(path) for path in iter_inputs(self.paths)):
            return None
        return count_inputs(self.paths)

    async def start(self) -> AsyncIterator[Any]:
        max_bytes = self.settings.getint("NEWSCRAWL_MAX_PAGE_BYTES")
        window = max(self.settings.getint("NEWSCRAWL_MAX_PAGES_IN_FLIGHT"), 1)
        seq = -1
        for path, root in _inputs(self.paths):
            if is_warc(path) and refusal(path, root) is None:
                async for request in self._warc_requests(path, seq + 1, max_bytes, window):
                    seq += 1
                    yield request
                continue
            seq += 1
            await self.gate.room(seq, window)  # bounded memory: see NEWSCRAWL_MAX_PAGES_IN_FLIGHT
            self.crawler.stats.max_value("newscrawl/in_flight_max", seq - self.gate.order.next + 1)
            self.crawler.stats.inc_value("newscrawl/inputs")
            # dont_retry: a local read that failed fails again (and Scrapy would log each try).
            meta: dict[str, Any] = {SEQ: seq, SOURCE_PATH: path, "dont_retry": True}
            uri = Path(path).absolute().as_uri()
            if refused := refusal(path, root):
                report_skip(self.crawler, Request(uri, meta=meta), *refused)
                continue
            try:
                info = Path(path).stat()
            except OSError:
                pass  # the download fails too, and the errback names the reason
            else:
                meta[MTIME] = info.st_mtime
                try:
                    check_size(info.st_size, max_bytes)
                except PageSkipped as skip:
                    report_skip(self.crawler, Request(uri, meta=meta), skip.reason, skip.detail)
                    continue
            yield Request(uri, callback=self.parse, errback=self.unreadable, meta=meta, dont_filter=True)

    async def _warc_requests(
        self, path: str, first: int, max_bytes: int, window: int
    ) -> AsyncIterator[Request]:
        """The requests replaying the HTML pages of one WARC file, numbered from ``first``: each
        carries its page for ``WarcReplayMiddleware``, ``fetched_at`` from ``WARC-Date`` (as the
        file time of a saved page) and the rules of its site (``--sites``). Other records are
        counted as ``newscrawl/warc/skipped/<reason>``."""
        from newscrawl.archives.read import warc_pages  # noqa: PLC0415  (FastWARC, optional)

        if self._site_rules is None:
            self._site_rules = SiteRules.load(self.sites_file)
        stats = self.crawler.stats
        pages = warc_pages(
            path, max_bytes, lambda reason: stats.inc_value(f"newscrawl/warc/skipped/{reason}")
        )
        for seq, page in enumerate(pages, start=first):
            await self.gate.room(seq, window)
            stats.max_value("newscrawl/in_flight_max", seq - self.gate.order.next + 1)
            stats.inc_value("newscrawl/inputs")
            meta = {
                SEQ: seq,
                "dont_retry": True,
                BODY: page.body,
                "download_slot": "newscrawl-warc-replay",
                MTIME: datetime.fromisoformat(page.fetched_at).timestamp(),
                RULES: self._site_rules.for_url(page.url),
                HINTS_KEY: page.hints,
            }
            try:
                # One download slot and priority: replayed in input order. Their "downloads" are
                # instant, and Scrapy's scheduler takes turns between slots (one per host): later
                # pages would fill the scraper waiting for earlier ones (InputGate) while those
                # wait in the scheduler, until GATE_TIMEOUT.
                request = Request(
                    page.url,
                    callback=self.parse,
                    errback=self.unreadable,
                    meta=meta,
                    dont_filter=True,
                    priority=-seq,
                )
            except ValueError as err:  # a target URI Scrapy cannot request
                report_skip(
                    self.crawler,
                    Request(Path(path).absolute().as_uri(), meta={SEQ: seq}),
                    "bad_url",
                    str(err),
                )
                continue
            yield request
        stats.inc_value("newscrawl/warc/files")

    async def parse(self, response: Response, **kwargs: Any) -> AsyncIterator[Article]:
        # Extract in a worker process, concurrently with other inputs; then wait for earlier
        # inputs, so items reach the pipelines in input order (see order.py).
        article = await article_from_response_async(response, self.crawler)
        hints = Hints.from_meta(response.meta.get(HINTS_KEY))
        if article is not None and hints is not None:  # an archived crawl page: as the crawl did
            article = with_fallbacks(article, hints)
        if article is not None:
            await self.gate.turn(seq_of(response))
            yield article

    def unreadable(self, failure: Failure) -> None:
        err = failure.value
        detail = err.strerror if isinstance(err, OSError) and err.strerror else str(err)
        report_skip(self.crawler, getattr(failure, "request", None), "unreadable", detail)
