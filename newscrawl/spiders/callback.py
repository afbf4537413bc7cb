"""The one callback every spider hands its responses to: response -> Article (or a skip).

The page's bytes go through ``newscrawl.intake`` (gzip, size caps, the extractor's failures as
skip reasons), in a worker process when the ``WorkerPool`` extension runs; this module adds
what only the fetch knows (where the page came from and when) and reports skips to the crawler
(log line, stats key, ``page_skipped`` signal). Spiders only route.

Request ``meta`` keys it reads (all optional):

* ``newscrawl_seq``: the input's position, so the writer can emit in input order.
* ``newscrawl_source_path``: the file path as given or found (offline parse).
* ``newscrawl_mtime``: the file's modification time, seconds since the epoch.
* ``newscrawl_rules``: the site's ``ExtractRules``.
"""

from __future__ import annotations

import dataclasses
import logging
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from newscrawl.extract.rules import NO_RULES, ExtractRules
from newscrawl.intake import NEXT_STEP, PageSkipped, article_from_body, not_article_detail, printable_path
from newscrawl.signals import page_skipped
from newscrawl.workers.extension import WorkerPool
from newscrawl.workers.wire import Job, Skipped

if TYPE_CHECKING:
    from scrapy import Request
    from scrapy.crawler import Crawler
    from scrapy.http import Response

    from newscrawl.items import Article

logger = logging.getLogger(__name__)

SOURCE_PATH = "newscrawl_source_path"
MTIME = "newscrawl_mtime"
RULES = "newscrawl_rules"


def article_from_response(
    response: Response, crawler: Crawler, *, non_articles: bool = False
) -> Article | None:
    """The article in ``response``, or None after reporting why there is none. A page that is
    not an article is skipped as ``not_article`` unless NEWSCRAWL_KEEP_NON_ARTICLES, or
    ``non_articles`` (the caller decides itself: the news spider follows a listing's links)."""
    max_bytes = crawler.settings.getint("NEWSCRAWL_MAX_PAGE_BYTES")
    provenance = crawler.settings.getbool("NEWSCRAWL_PROVENANCE")
    body_html = crawler.settings.getbool("NEWSCRAWL_BODY_HTML")
    try:
        article = _article(response, max_bytes, provenance=provenance, body_html=body_html)
    except PageSkipped as skip:
        report_skip(crawler, response.request, skip.reason, skip.detail)
        return None
    return _kept(article, response, crawler, non_articles=non_articles)


async def article_from_response_async(
    response: Response, crawler: Crawler, *, non_articles: bool = False
) -> Article | None:
    """``article_from_response``, with the extraction in the crawler's worker processes
    (``newscrawl.workers``): the reactor goes on fetching meanwhile, and a page that takes too
    long is skipped as ``timeout``. Without the ``WorkerPool`` extension it extracts here."""
    pool = crawler.get_extension(WorkerPool)
    if pool is None:
        return article_from_response(response, crawler, non_articles=non_articles)
    settings = crawler.settings
    options = extract_options(
        response,
        provenance=settings.getbool("NEWSCRAWL_PROVENANCE"),
        body_html=settings.getbool("NEWSCRAWL_BODY_HTML"),
    )
    job = Job(response.body, response.url, settings.getint("NEWSCRAWL_MAX_PAGE_BYTES"), options)
    outcome = await pool.extract(job)
    if isinstance(outcome, Skipped):
        report_skip(crawler, response.request, outcome.reason, outcome.detail)
        return None
    return _kept(with_fetch_fields(outcome.article, response), response, crawler, non_articles=non_articles)


def _kept(article: Article, response: Response, crawler: Crawler, *, non_articles: bool) -> Article | None:
    """``article``, counted as parsed; None (skipped as ``not_article``) for a listing or other
    page unless non-articles are kept."""
    keep = non_articles or crawler.settings.getbool("NEWSCRAWL_KEEP_NON_ARTICLES")
    if article.page_type != "article" and not keep:
        report_skip(crawler, response.request, "not_article", not_article_detail(article.page_type))
        return None
    assert crawler.stats is not None  # typing: set once the crawler runs
    crawler.stats.inc_value("newscrawl/parsed")
    return article


def report_skip(crawler: Crawler, request: Request | None, reason: str, detail: str) -> None:
    """Log one line naming the input and why, count it, and tell the writer (``page_skipped``)."""
    meta: dict[str, Any] = request.meta if request is not None else {}
    label = meta.get(SOURCE_PATH) or (request.url if request is not None else "?")
    logger.warning(
        "Skipped %s [%s]: %s; %s.", printable_path(label), reason, detail, NEXT_STEP.get(reason, "")
    )
    assert crawler.stats is not None
    crawler.stats.inc_value(f"newscrawl/skipped/{reason}")
    crawler.signals.send_catch_log(signal=page_skipped, request=request, reason=reason, detail=detail)


def _article(
    response: Response, max_bytes: int, *, provenance: bool = False, body_html: bool = False
) -> Article:
    options = extract_options(response, provenance=provenance, body_html=body_html)
    article = article_from_body(response.body, response.url, max_bytes=max_bytes, **options)
    return with_fetch_fields(article, response)


def extract_options(response: Response, *, provenance: bool, body_html: bool = False) -> dict[str, Any]:
    """Keyword arguments of ``extract_article`` for this response (its site rules, ...)."""
    rules = response.meta.get(RULES, NO_RULES)
    if not isinstance(rules, ExtractRules):
        rules = NO_RULES
    return {"rules": rules, "provenance": provenance, "body_html": body_html}


def with_fetch_fields(article: Article, response: Response) -> Article:
    """``article`` with what only the fetch knows: ``source_path`` and ``fetched_at``."""
    source = response.meta.get(SOURCE_PATH)
    return dataclasses.replace(
        article,
        source_path=printable_path(source) if source is not None else None,
        fetched_at=_fetched_at(response.meta.get(MTIME)),
    )


def _fetched_at(mtime: Any) -> str:
    when = datetime.fromtimestamp(mtime, UTC) if isinstance(mtime, int | float) else None
    return (when or datetime.now(UTC)).isoformat()
