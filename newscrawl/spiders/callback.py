"""The one callback every spider hands its responses to: response -> Article (or a skip).

It undoes transport details (gzip bodies, size caps), calls the pure ``extract_article`` and
adds what only the fetch knows: where the page came from and when. Spiders only route.

Request ``meta`` keys it reads (all optional):

* ``newscrawl_seq``: the input's position, so the writer can emit in input order.
* ``newscrawl_source_path``: the file path as given or found (offline parse).
* ``newscrawl_mtime``: the file's modification time, seconds since the epoch.
* ``newscrawl_rules``: the site's ``ExtractRules``.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from newscrawl.extract import extract_article
from newscrawl.extract.rules import NO_RULES, ExtractRules
from newscrawl.intake import NEXT_STEP, PageSkipped, page_bytes, printable_path
from newscrawl.signals import page_skipped
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

__all__ = [
    "MTIME",
    "NEXT_STEP",
    "RULES",
    "SOURCE_PATH",
    "PageSkipped",
    "article_from_body",
    "article_from_response",
    "article_from_response_async",
    "page_bytes",
    "printable_path",
    "report_skip",
]


def article_from_response(response: Response, crawler: Crawler) -> Article | None:
    """The article in ``response``, or None after reporting why there is none."""
    max_bytes = crawler.settings.getint("NEWSCRAWL_MAX_PAGE_BYTES")
    provenance = crawler.settings.getbool("NEWSCRAWL_PROVENANCE")
    try:
        article = _article(response, max_bytes, provenance=provenance)
    except PageSkipped as skip:
        report_skip(crawler, response.request, skip.reason, skip.detail)
        return None
    assert crawler.stats is not None  # typing: set once the crawler runs
    crawler.stats.inc_value("newscrawl/parsed")
    return article


async def article_from_response_async(response: Response, crawler: Crawler) -> Article | None:
    """``article_from_response``, with the extraction in the crawler's worker processes
    (``newscrawl.workers``): the reactor goes on fetching meanwhile, and a page that takes too
    long is skipped as ``timeout``. Without the ``WorkerPool`` extension it extracts here."""
    from newscrawl.workers.extension import WorkerPool  # noqa: PLC0415  (keeps Scrapy out of workers)

    pool = crawler.get_extension(WorkerPool)
    if pool is None:
        return article_from_response(response, crawler)
    settings = crawler.settings
    options = extract_options(response, provenance=settings.getbool("NEWSCRAWL_PROVENANCE"))
    job = Job(response.body, response.url, settings.getint("NEWSCRAWL_MAX_PAGE_BYTES"), options)
    outcome = await pool.extract(job)
    if isinstance(outcome, Skipped):
        report_skip(crawler, response.request, outcome.reason, outcome.detail)
        return None
    assert crawler.stats is not None
    crawler.stats.inc_value("newscrawl/parsed")
    return with_fetch_fields(outcome.article, response)


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


def _article(response: Response, max_bytes: int, *, provenance: bool = False) -> Article:
    options = extract_options(response, provenance=provenance)
    article = article_from_body(response.body, response.url, max_bytes=max_bytes, **options)
    return with_fetch_fields(article, response)


def extract_options(response: Response, *, provenance: bool) -> dict[str, Any]:
    """Keyword arguments of ``extract_article`` for this response (its site rules, ...)."""
    rules = response.meta.get(RULES, NO_RULES)
    if not isinstance(rules, ExtractRules):
        rules = NO_RULES
    return {"rules": rules, "provenance": provenance}


def article_from_body(
    raw: bytes,
    url: str,
    *,
    max_bytes: int,
    extract: Callable[..., Article] = extract_article,
    **options: Any,
) -> Article:
    """The article in a fetched body, else ``PageSkipped``. No Scrapy: worker processes run it.

    ``options`` go to ``extract`` (``extract_article``, or a stand-in with its signature).
    """
    body = page_bytes(raw, max_bytes)
    try:
        article: Article = extract(body, url, **options)
    except ValueError as err:
        raise PageSkipped("not_html", f"not an HTML document ({err})") from err
    except Exception as err:  # extraction bugs must not stop the run; the reason is logged
        logger.debug("extract_article failed on %s", url, exc_info=True)
        detail = f"extraction failed: {type(err).__name__}: {err}"
        raise PageSkipped("extract_error", detail) from err
    if not article.text and not article.headline:
        raise PageSkipped("no_content", "no headline and no text found (a script-only page?)")
    return article


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
