"""``news``: crawl one site of the sites file. Routing only.

Discovery first: robots.txt ``Sitemap:`` lines, sitemaps (indexes, news sitemaps, gzip), feeds
and section pages (``start_urls``, ``section_depth`` levels) yield candidate article URLs with
their ``Hints`` (lastmod, publication date, title, keywords). robots.txt is fetched once per
host, by ``StrictRobotsTxtMiddleware`` before the host's first request; the spider reads the
``Sitemap:`` lines of that same response (the ``robots_fetched`` signal). Candidates are merged by
normalised URL (``Site.url_key``), so a ``utm_*``, AMP or trailing-slash variant is one
candidate; the request goes to one of the URLs as discovered, never to the key. When discovery
is done (the spider goes idle) each candidate is requested once, its hints in ``meta``;
``SkipUnchangedMiddleware`` drops the ones the state store says have not changed. Responses go
to the shared ``article_from_response``; hints fill a missing headline, dates or tags.

    scrapy crawl news -a site=NAME      (sites file: NEWSCRAWL_SITES_FILE)
"""

from __future__ import annotations

import dataclasses
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from scrapy import Request, Spider, signals
from scrapy.exceptions import DontCloseSpider, IgnoreRequest
from scrapy.http import TextResponse
from scrapy.linkextractors import LinkExtractor
from scrapy.settings import BaseSettings
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from newscrawl.discovery import Hints, parse_feed, parse_sitemap, sitemaps_from_robots
from newscrawl.discovery.dates import parse_date
from newscrawl.discovery.fallbacks import with_fallbacks
from newscrawl.frontier import distributed_settings
from newscrawl.intake import not_article_detail
from newscrawl.settings import newscrawl_defaults
from newscrawl.signals import robots_fetched
from newscrawl.sites import Site, SitesFileError, load_sites
from newscrawl.spiders.callback import (
    RULES,
    article_from_response,
    article_from_response_async,
    report_skip,
)
from newscrawl.spiders.news_settings import CRAWL_COMPONENTS, POLITENESS
from newscrawl.state.crawl import crawl_state

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.http import Response

    from newscrawl.items import Article

HINTS = "newscrawl_hints"
"""Request meta key: the candidate's ``Hints.to_meta()``."""
KEY = "newscrawl_key"
"""Request meta key: the candidate's normalised URL (its state-store key)."""

SOURCE_RANK = {"news-sitemap": 0, "sitemap": 1, "feed": 2, "section": 3}
"""Which discovered spelling of a URL is requested, after one already in normal form."""


class NewsSpider(Spider):
    name = "news"
    custom_settings = POLITENESS

    @classmethod
    def update_settings(cls, settings: BaseSettings) -> None:
        super().update_settings(settings)
        settings.setdict(newscrawl_defaults(), priority="default")
        for name, components in CRAWL_COMPONENTS.items():
            merged = dict(settings.getdict(name))
            merged.update(components)
            settings.set(name, merged, priority="spider")
        for name, value in distributed_settings(settings).items():  # --frontier: many workers
            settings.set(name, value, priority="spider")

    def __init__(self, site: str | Site | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        if site is None:
            raise SitesFileError("name the site to crawl: scrapy crawl news -a site=NAME")
        self.site_arg = site
        self.site: Site
        self.candidates: dict[str, Hints] = {}
        self.requested: set[str] = set()
        self.max_xml_bytes = 0
        """``NEWSCRAWL_MAX_XML_BYTES``, set in ``from_crawler``."""
        self.keep_non_articles = False
        """A page that is not an article still gives a record (NEWSCRAWL_KEEP_NON_ARTICLES)."""

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> NewsSpider:
        spider: NewsSpider = super().from_crawler(crawler, *args, **kwargs)
        if isinstance(spider.site_arg, Site):
            spider.site = spider.site_arg
        else:
            path = crawler.settings.get("NEWSCRAWL_SITES_FILE")
            if not path:
                raise SitesFileError("set NEWSCRAWL_SITES_FILE (or pass --sites) to crawl a site")
            sites = load_sites(path)
            if spider.site_arg not in sites:
                raise SitesFileError(
                    f"unknown site {spider.site_arg!r} in {path}; it defines: {', '.join(sites)}"
                )
            spider.site = sites[spider.site_arg]
        spider.allowed_domains = list(spider.site.allowed_domains)  # type: ignore[attr-defined]
        spider.max_xml_bytes = crawler.settings.getint("NEWSCRAWL_MAX_XML_BYTES")
        spider.keep_non_articles = crawler.settings.getbool("NEWSCRAWL_KEEP_NON_ARTICLES")
        crawler.signals.connect(spider.spider_idle, signal=signals.spider_idle)
        crawler.signals.connect(spider.robots_sitemaps, signal=robots_fetched)
        return spider

    # -- discovery ------------------------------------------------------------------------------

    async def start(self) -> AsyncIterator[Request]:
        assert self.crawler.stats is not None
        state = crawl_state(self.crawler)
        if state is not None and state.refused is not None:
            return  # another run of this site holds the lock; the reason is logged
        site = self.site
        if site.use_robots_sitemaps and not self.crawler.settings.getbool("ROBOTSTXT_OBEY"):
            # robots.txt is not obeyed, so no middleware fetches it: read it for its sitemaps
            for origin in dict.fromkeys(_origin(u) for u in self._configured_urls()):
                yield self._discovery(
                    f"{origin}/robots.txt",
                    self.parse_robots,
                    dont_obey_robotstxt=True,
                    handle_httpstatus_all=True,
                )
        for url in site.sitemaps:
            yield self._discovery(url, self.parse_sitemap)
        for url in site.feeds:
            yield self._discovery(url, self.parse_feed)
        for url in site.start_urls:
            yield self._discovery(url, self.parse_section, depth=1)

    def robots_sitemaps(self, response: Response, netloc: str) -> None:
        """``robots_fetched``: follow the ``Sitemap:`` lines of the robots.txt the robots
        middleware fetched (its one fetch of the host), for the hosts of the site's own URLs."""
        assert self.crawler.engine is not None
        if not self.site.use_robots_sitemaps or netloc.lower() not in self._configured_netlocs():
            return
        for request in self.parse_robots(response):
            self.crawler.engine.crawl(request)

    def parse_robots(self, response: Response) -> Iterator[Request]:
        if response.status != 200:
            return
        for url in sitemaps_from_robots(response.body, response.url):
            if self.site.accepts(url):
                yield self._discovery(url, self.parse_sitemap)

    def parse_sitemap(self, response: Response) -> Iterator[Request]:
        try:
            sitemap = parse_sitemap(response.body, response.url, max_size=self.max_xml_bytes)
        except ValueError as err:
            self._error("bad_sitemap", f"{response.url}: {err}")
            return
        for url, _lastmod in sitemap.sitemaps:
            if self.site.accepts(url):
                yield self._discovery(url, self.parse_sitemap)
        for hints in sitemap.pages:
            self.add_candidate(hints)

    def parse_feed(self, response: Response) -> None:
        try:
            items = parse_feed(response.body, response.url, max_size=self.max_xml_bytes)
        except ValueError as err:
            self._error("bad_feed", f"{response.url}: {err}")
            return
        for hints in items:
            self.add_candidate(hints)

    def parse_section(self, response: Response, depth: int) -> Iterator[Request]:
        if not isinstance(response, TextResponse):
            return
        links = LinkExtractor().extract_links(response)  # hosts are checked by site.accepts
        patterns = bool(self.site.article_url_patterns)
        for link in links:
            url = link.url
            if not self.site.accepts(url):
                continue
            if self.site.looks_like_article(url):
                self.add_candidate(Hints(url=url, sources=("section",)))
            elif patterns and depth < self.site.section_depth:
                yield self._discovery(url, self.parse_section, depth=depth + 1)

    def add_candidate(self, hints: Hints) -> None:
        """Merge one discovered article URL into the candidates (nothing is requested yet)."""
        assert self.crawler.stats is not None
        if not self.site.accepts(hints.url):
            self.crawler.stats.inc_value("newscrawl/discovery/rejected_url")
            return
        try:
            key = self.site.url_key(hints.url)
        except ValueError:
            return
        self.crawler.stats.inc_value("newscrawl/discovery/urls")
        known = self.candidates.get(key)
        if known is None:
            self.candidates[key] = hints
            return
        self.crawler.stats.inc_value("newscrawl/discovery/duplicate_urls")
        merged = known.merged(hints)
        if _rank(hints, key) < _rank(known, key):
            merged = dataclasses.replace(merged, url=hints.url)
        self.candidates[key] = merged

    def spider_idle(self) -> None:
        """Discovery is done: request every candidate not requested yet, once."""
        assert self.crawler.stats is not None and self.crawler.engine is not None
        pending = [key for key in self.candidates if key not in self.requested]
        if not pending:
            return
        for key in pending:
            self.requested.add(key)
            hints = self.candidates[key]
            age = hints.age_days()
            if self.site.max_age_days is not None and age is not None and age > self.site.max_age_days:
                self.crawler.stats.inc_value("newscrawl/dropped/too_old")
                continue
            self.crawler.engine.crawl(
                Request(
                    hints.url,  # as discovered: the key is only for merging
                    callback=self.parse_article_async,
                    errback=self.errback,
                    meta={HINTS: hints.to_meta(), KEY: key, RULES: self.site.rules},
                )
            )
        raise DontCloseSpider

    # -- articles -------------------------------------------------------------------------------

    async def parse_article_async(self, response: Response) -> AsyncIterator[Article | Request]:
        """The crawl's callback: ``parse_article`` with the extraction in a worker process
        (``newscrawl.workers``), so that fetching goes on meanwhile."""
        found = await article_from_response_async(response, self.crawler, non_articles=True)
        for item in self.article_items(response, found):
            yield item

    def parse_article(self, response: Response) -> Iterator[Article | Request]:
        """Extraction in this process (tests, debugging)."""
        found = article_from_response(response, self.crawler, non_articles=True)
        yield from self.article_items(response, found)

    def article_items(self, response: Response, article: Article | None) -> Iterator[Article | Request]:
        assert self.crawler.stats is not None
        if article is None:
            return
        if article.page_type != "article" and not self.keep_non_articles:
            # a listing found among the candidates: no record, but its links are discovery
            report_skip(self.crawler, response.request, "not_article", not_article_detail(article.page_type))
            yield from self.parse_section(response, depth=self.site.section_depth)
            return
        hints = Hints.from_meta(response.meta.get(HINTS))
        if hints is not None:
            article = with_fallbacks(article, hints)
        if self._too_old(article.date_published_raw or article.date_published):
            self.crawler.stats.inc_value("newscrawl/dropped/too_old")
            return
        if (state := crawl_state(self.crawler)) is not None:
            state.remember(article.url or response.url, response.meta.get(KEY), hints)
        yield article

    def errback(self, failure: Failure) -> None:
        """Count request failures by type; IgnoreRequest (robots.txt, unchanged) is no error,
        but its subclass HttpError (a 4xx/5xx answer, after retries) is."""
        if failure.check(IgnoreRequest) and not failure.check(HttpError):  # type: ignore[no-untyped-call]
            return
        self._error(type(failure.value).__name__, f"{failure.request.url}: {failure.value}")  # type: ignore[attr-defined]

    # -- helpers --------------------------------------------------------------------------------

    def _discovery(self, url: str, callback: Any, *, depth: int | None = None, **meta: Any) -> Request:
        return Request(
            url,
            callback=callback,
            errback=self.errback,
            cb_kwargs={"depth": depth} if depth is not None else {},
            meta=meta,
            priority=10,
        )

    def _configured_urls(self) -> tuple[str, ...]:
        return (*self.site.sitemaps, *self.site.feeds, *self.site.start_urls)

    def _configured_netlocs(self) -> set[str]:
        return {urlsplit(u).netloc.lower() for u in self._configured_urls()}

    def _too_old(self, date: str | None) -> bool:
        if self.site.max_age_days is None:
            return False
        moment = parse_date(date)
        if moment is None:
            return False
        return (datetime.now(UTC) - moment).total_seconds() / 86400 > self.site.max_age_days

    def _error(self, kind: str, detail: str) -> None:
        assert self.crawler.stats is not None
        self.crawler.stats.inc_value(f"newscrawl/errors/{kind}")
        self.logger.warning("%s: %s", kind, detail)


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def _rank(hints: Hints, key: str) -> tuple[bool, int, int]:
    """Lower is better: the URL already in normal form, then the best source, then the shortest."""
    best = min((SOURCE_RANK.get(s, 9) for s in hints.sources), default=9)
    return hints.url != key, best, len(hints.url)
