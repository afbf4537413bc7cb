"""``newscrawl parse FILE.warc.gz``: WARC records as responses of the ``files`` spider.

``warc_requests`` turns the HTML pages of one WARC file into requests that carry their page
(request meta ``newscrawl_warc_body``), with ``fetched_at`` from ``WARC-Date`` and the site
rules of ``--sites``; ``WarcReplayMiddleware`` answers such a request with that page, so it
goes to the same callback, worker pool, pipelines and writer as a saved HTML file, without a
download. Other records are counted (``newscrawl/warc/skipped/<reason>``) and summed up in one
log line per file; a damaged file is a warning.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterator
from datetime import datetime
from typing import TYPE_CHECKING, Any

from scrapy import Request
from scrapy.http import HtmlResponse

from newscrawl.archives.read import WarcPage, WarcSkip, read_warc
from newscrawl.archives.rules import SiteRules
from newscrawl.intake import printable_path
from newscrawl.spiders.callback import MTIME, RULES

if TYPE_CHECKING:
    from scrapy import Spider
    from scrapy.statscollectors import StatsCollector

logger = logging.getLogger(__name__)

BODY = "newscrawl_warc_body"
"""Request meta key: the archived page the replay middleware answers with."""


def warc_pages(path: str, max_bytes: int, stats: StatsCollector) -> Iterator[WarcPage]:
    """The HTML pages of the WARC file ``path``; every other record counted by reason."""
    skipped: Counter[str] = Counter()
    pages = 0
    for item in read_warc(path, max_bytes=max_bytes):
        if isinstance(item, WarcSkip):
            skipped[item.reason] += 1
            stats.inc_value(f"newscrawl/warc/skipped/{item.reason}")
            if item.reason == "bad_warc":
                logger.warning("WARC file %s: %s.", printable_path(path), item.detail)
            else:
                logger.debug(
                    "Skipped record %s at %d [%s]: %s", item.url, item.offset, item.reason, item.detail
                )
            continue
        pages += 1
        yield item
    stats.inc_value("newscrawl/warc/files")
    detail = ", ".join(f"{reason} {n}" for reason, n in sorted(skipped.items()))
    logger.info(
        "Read WARC file %s: %d HTML pages; %d other records (%s).",
        printable_path(path),
        pages,
        sum(skipped.values()),
        detail or "none",
    )


def warc_request(page: WarcPage, meta: dict[str, Any], rules: SiteRules, **kwargs: Any) -> Request:
    """The request that replays ``page`` (``meta``: the spider's own keys, e.g. the seq)."""
    when = datetime.fromisoformat(page.fetched_at).timestamp()
    meta = {**meta, BODY: page.body, MTIME: when, RULES: rules.for_url(page.url)}
    return Request(page.url, meta=meta, dont_filter=True, **kwargs)


class WarcReplayMiddleware:
    """Answers a request that carries an archived page with that page (no download)."""

    def process_request(self, request: Request, spider: Spider | None = None) -> HtmlResponse | None:
        body = request.meta.pop(BODY, None)
        if body is None:
            return None
        return HtmlResponse(url=request.url, body=body, request=request)
