"""WARC downloader middlewares: recording a crawl, replaying an archive (docs/archives.md).

``crawl --warc-dir DIR``: every fetched response, with its request, into the run's WARC files.
Two downloader middlewares of site crawls (``newscrawl.spiders.news_settings``), both inert
unless ``NEWSCRAWL_WARC_DIR`` is set:

* ``WarcEncodingNote`` (595) notes the response's ``Content-Encoding`` and
  ``Transfer-Encoding`` before ``HttpCompressionMiddleware`` (590) decodes the body and drops
  them (Scrapy's ``response_downloaded`` signal fires before decoding, so it cannot be used).
* ``WarcRecorder`` (585) sees the decoded response, before retry (550) and the spider, and
  writes it, its request and the noted encodings (masked as ``X-Crawler-...``) through
  ``WarcFiles``: articles, feeds, sitemaps, robots.txt, and error answers that are retried.
  Redirect answers are not recorded (``RedirectMiddleware`` (600) turns them into new
  requests before the body is decoded); their targets are.

Files: ``NEWSCRAWL_WARC_DIR/<site>/<YYYY-MM-DD>/<run-id>-00000.warc.gz`` (the run id of the
JSONL output), rotated after ``NEWSCRAWL_WARC_MAX_BYTES``, each published whole when full and
when the run ends, however it ends. A file that cannot be written stops the crawl
(``warc_failed``): an archive with silent gaps would not re-parse to the crawl's articles.

``parse FILE.warc.gz``: ``WarcReplayMiddleware`` (files spider) answers a request that carries
an archived page (meta ``newscrawl_warc_body``) with that page, without a download, so it goes
to the same callback, worker pool, pipelines and writer as a saved HTML file.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from http import HTTPStatus
from pathlib import Path
from typing import TYPE_CHECKING, Any

from scrapy import signals
from scrapy.exceptions import NotConfigured
from scrapy.http import HtmlResponse
from scrapy.utils.defer import deferred_from_coro

from newscrawl.archives import require
from newscrawl.archives.write import Exchange, WarcFiles
from newscrawl.runs import RunPaths, new_run_id

if TYPE_CHECKING:
    from scrapy import Request, Spider
    from scrapy.crawler import Crawler
    from scrapy.http import Response

logger = logging.getLogger(__name__)

ENCODINGS = "newscrawl_warc_encodings"
"""Request meta key: the response's encoding headers as received, [(name, value), ...]."""

ARTICLE_KEY = "newscrawl_key"
"""Request meta key the news spider sets on article requests only (``newscrawl.spiders.news.KEY``)."""
HINTS_KEY = "newscrawl_hints"
"""Request meta key of an article's discovery hints (``newscrawl.spiders.news.HINTS``)."""
BODY = "newscrawl_warc_body"
"""Request meta key: an archived page that ``WarcReplayMiddleware`` answers with (``parse``)."""

NOTED = (b"Content-Encoding", b"Transfer-Encoding")
PRIVATE_REQUEST_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie"})
"""Credentials are not archived."""


def warc_dir(crawler: Crawler) -> Path:
    directory = crawler.settings.get("NEWSCRAWL_WARC_DIR")
    if not directory:
        raise NotConfigured("NEWSCRAWL_WARC_DIR is not set")
    return Path(directory).expanduser()


class WarcEncodingNote:
    """Notes the encoding headers that ``HttpCompressionMiddleware`` is about to remove."""

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> WarcEncodingNote:
        warc_dir(crawler)
        return cls()

    def process_response(
        self, request: Request, response: Response, spider: Spider | None = None
    ) -> Response:
        noted = [
            (name.decode("latin-1"), value.decode("latin-1"))
            for name in NOTED
            for value in response.headers.getlist(name)
        ]
        if noted:
            request.meta[ENCODINGS] = noted
        return response


class WarcRecorder:
    """Writes each decoded response and its request to the run's WARC files."""

    def __init__(self, crawler: Crawler, directory: Path) -> None:
        self.crawler = crawler
        self.directory = directory
        self.max_bytes = crawler.settings.getint("NEWSCRAWL_WARC_MAX_BYTES")
        self.files: WarcFiles | None = None
        self.failed = False

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> WarcRecorder:
        directory = warc_dir(crawler)
        require("warcio")
        recorder = cls(crawler, directory)
        crawler.signals.connect(recorder.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(recorder.spider_closed, signal=signals.spider_closed)
        return recorder

    def spider_opened(self, spider: Spider) -> None:
        assert self.crawler.stats is not None
        site = getattr(getattr(spider, "site", None), "name", None) or spider.name
        run_id = (
            self.crawler.stats.get_value("newscrawl/run_id")
            or self.crawler.settings.get("NEWSCRAWL_RUN_ID")
            or new_run_id()
        )
        paths = RunPaths.for_run(self.directory, site, run_id)
        settings = self.crawler.settings
        info = {
            "isPartOf": site,
            "operator": str(settings.get("USER_AGENT") or ""),
            "robots": "obey" if settings.getbool("ROBOTSTXT_OBEY") else "ignore",
        }
        self.files = WarcFiles(paths.directory, run_id, max_bytes=self.max_bytes, info=info)

    def process_response(
        self, request: Request, response: Response, spider: Spider | None = None
    ) -> Response:
        if self.files is None or self.failed or not response.url.startswith(("http://", "https://")):
            return response
        try:
            self.files.write(exchange_of(request, response))
        except OSError as err:
            self._fail(err)
            return response
        assert self.crawler.stats is not None
        self.crawler.stats.inc_value("newscrawl/warc/responses")
        return response

    def spider_closed(self, spider: Spider, reason: str) -> None:
        if self.files is None:
            return
        try:
            published = self.files.close()
        except OSError as err:
            self._fail(err)
            return
        assert self.crawler.stats is not None
        if published:
            self.crawler.stats.set_value("newscrawl/warc/files", [str(p) for p in published])

    def _fail(self, err: OSError) -> None:
        self.failed = True
        logger.error(
            "Cannot write WARC files to %s: %s. Recording stopped; the crawl stops too.",
            self.directory,
            err.strerror or err,
        )
        assert self.crawler.stats is not None
        self.crawler.stats.set_value("newscrawl/warc/failed", str(err.strerror or err))
        if self.files is not None:
            self.files.discard()
        if self.crawler.crawling and self.crawler.engine is not None:
            deferred_from_coro(self.crawler.engine.close_spider_async(reason="warc_failed"))


def exchange_of(request: Request, response: Response) -> Exchange:
    """The ``Exchange`` to record for a decoded Scrapy response and the request as sent."""
    headers: list[tuple[str, str]] = [
        (name.decode("latin-1"), value.decode("latin-1"))
        for name, values in response.headers.items()
        for value in values
    ]
    headers.extend(request.meta.get(ENCODINGS, ()))
    sent = [
        (name.decode("latin-1"), value.decode("latin-1"))
        for name, values in request.headers.items()
        for value in values
        if name.decode("latin-1").lower() not in PRIVATE_REQUEST_HEADERS
    ]
    try:
        reason = HTTPStatus(response.status).phrase
    except ValueError:
        reason = ""
    ip: Any = getattr(response, "ip_address", None)
    return Exchange(
        url=response.url,
        method=request.method,
        request_headers=sent,
        request_body=request.body,
        status=response.status,
        reason=reason,
        response_headers=headers,
        body=response.body,
        date=datetime.now(UTC),
        protocol=getattr(response, "protocol", None) or "HTTP/1.1",
        ip_address=str(ip) if ip is not None else None,
        truncated="disconnect" if "dataloss" in response.flags else None,
        purpose="article" if ARTICLE_KEY in request.meta else "discovery",
        hints=request.meta.get(HINTS_KEY) or None,
    )


class WarcReplayMiddleware:
    """Answers a request that carries an archived page with that page (no download)."""

    def process_request(self, request: Request, spider: Spider | None = None) -> HtmlResponse | None:
        body = request.meta.pop(BODY, None)
        if body is None:
            return None
        return HtmlResponse(url=request.url, body=body, request=request)
