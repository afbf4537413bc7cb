"""The news spider's routing, without a network: candidates merge by normalised URL, the best
spelling is requested, hints fill what a page lacks, sections are followed to section_depth."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta
from types import SimpleNamespace

import pytest
from scrapy.exceptions import DontCloseSpider
from scrapy.http import HtmlResponse, Request
from scrapy.utils.test import get_crawler

from newscrawl.discovery import Hints
from newscrawl.discovery.fallbacks import with_fallbacks
from newscrawl.items import Article
from newscrawl.sites import Site
from newscrawl.spiders.news import NewsSpider

SITE = Site(
    name="t",
    allowed_domains=("news.example",),
    start_urls=("https://news.example/",),
    article_url_patterns=(r"/news/\d{4}/",),
    deny_url_patterns=("/live/",),
    section_depth=2,
)


def _spider() -> NewsSpider:
    crawler = get_crawler(NewsSpider)
    crawler.stats.open_spider()  # type: ignore[union-attr, call-arg]
    return NewsSpider.from_crawler(crawler, site=SITE)


def test_candidates_merge_and_prefer_the_clean_spelling() -> None:
    spider = _spider()
    spider.add_candidate(
        Hints(
            url="https://news.example/news/2026/a?utm_source=rss",
            published="2026-11-20T10:00:00+00:00",
            sources=("feed",),
        )
    )
    spider.add_candidate(Hints(url="https://news.example/news/2026/a/amp", sources=("section",)))
    spider.add_candidate(
        Hints(
            url="https://news.example/news/2026/a",
            lastmod="2026-11-21",
            title="A",
            sources=("sitemap",),
        )
    )
    spider.add_candidate(Hints(url="https://elsewhere.example/news/2026/b", sources=("feed",)))
    spider.add_candidate(Hints(url="https://news.example/live/2026/c", sources=("feed",)))
    (hints,) = spider.candidates.values()
    assert hints.url == "https://news.example/news/2026/a"
    assert hints.lastmod == "2026-11-21"
    assert hints.published == "2026-11-20T10:00:00+00:00"
    assert hints.title == "A"
    assert set(hints.sources) == {"feed", "section", "sitemap"}


def test_sections_followed_to_depth_and_articles_collected() -> None:
    spider = _spider()
    body = b"""<html><body>
      <a href="/world/">World</a> <a href="/news/2026/x#c">X</a> <a href="/live/2026/y">live</a>
      <a href="https://other.example/news/2026/z">offsite</a></body></html>"""
    home = HtmlResponse("https://news.example/", body=body, request=Request("https://news.example/"))
    followed = list(spider.parse_section(home, depth=1))
    assert [r.url for r in followed] == ["https://news.example/world/"]
    assert list(spider.candidates) == ["https://news.example/news/2026/x"]
    assert list(spider.parse_section(home, depth=2)) == []  # the deepest level follows nothing


def test_fallbacks_fill_only_gaps() -> None:
    hints = Hints(
        url="u",
        title="From sitemap",
        published="2026-11-23",
        lastmod="2026-11-24",
        keywords=("k1", "k2"),
    )
    bare = with_fallbacks(Article(url="u", site_name="The Ledger", headline="The Ledger"), hints)
    assert (bare.headline, bare.date_published_raw, bare.date_modified_raw, bare.tags) == (
        "From sitemap",
        "2026-11-23",
        "2026-11-24",
        ["k1", "k2"],
    )
    # A bare date is no typed timestamp: the typed fields stay null; a date-time with offset fills them.
    assert (bare.date_published, bare.date_modified) == (None, None)
    timed = with_fallbacks(Article(url="u"), dataclasses.replace(hints, published="2026-11-23T08:00:00Z"))
    assert timed.date_published == "2026-11-23T08:00:00+00:00"
    full = Article(url="u", headline="Own", date_published_raw="2026-11-01", tags=["own"])
    kept = with_fallbacks(full, hints)
    assert (kept.headline, kept.date_published_raw, kept.tags) == ("Own", "2026-11-01", ["own"])


def test_idle_requests_each_candidate_once_and_drops_old_ones() -> None:
    spider = _spider()
    spider.site = dataclasses.replace(SITE, max_age_days=2)
    scheduled: list[Request] = []
    spider.crawler.engine = SimpleNamespace(crawl=scheduled.append)  # type: ignore[assignment]
    fresh = (datetime.now(UTC) - timedelta(hours=5)).isoformat()
    spider.add_candidate(Hints(url="https://news.example/news/2026/new?fbclid=1", lastmod=fresh))
    spider.add_candidate(Hints(url="https://news.example/news/2026/old", lastmod="2020-01-01"))
    spider.add_candidate(Hints(url="https://news.example/news/2026/undated"))
    with pytest.raises(DontCloseSpider):
        spider.spider_idle()
    # requested as discovered; the normalised URL is only the key
    assert [r.url for r in scheduled] == [
        "https://news.example/news/2026/new?fbclid=1",
        "https://news.example/news/2026/undated",
    ]
    assert scheduled[0].meta["newscrawl_key"] == "https://news.example/news/2026/new"
    assert Hints.from_meta(scheduled[0].meta["newscrawl_hints"]) is not None
    assert spider.crawler.stats.get_value("newscrawl/dropped/too_old") == 1  # type: ignore[union-attr]
    spider.spider_idle()  # nothing left: the spider may close
    assert len(scheduled) == 2
