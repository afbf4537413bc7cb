"""Sitemap, news sitemap, feed and robots.txt parsing keep the metadata; hostile XML is defused."""

from __future__ import annotations

import gzip
from datetime import UTC, datetime

import pytest

from newscrawl.discovery import (
    Hints,
    XMLTooLarge,
    parse_feed,
    parse_sitemap,
    parse_xml,
    sitemaps_from_robots,
)
from newscrawl.discovery.dates import normalise_date

BASE = "https://news.example/sitemap.xml"

URLSET = b"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <url><loc>https://news.example/a</loc><lastmod>2026-11-20T10:00:00Z</lastmod></url>
  <url><loc> https://news.example/b </loc><lastmod>2026-11-21</lastmod></url>
  <url><loc>/c</loc></url>
  <url><lastmod>2026-11-21</lastmod></url>
</urlset>"""

NEWS = b"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
  <url>
    <loc>https://news.example/world/flood</loc>
    <news:news>
      <news:publication><news:name>Example News</news:name>
        <news:language>en</news:language></news:publication>
      <news:publication_date>2026-11-25T08:30:00+01:00</news:publication_date>
      <news:title>River flood &amp; recovery</news:title>
      <news:keywords>floods, weather ,  rivers</news:keywords>
    </news:news>
  </url>
</urlset>"""

INDEX = b"""<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <sitemap><loc>https://news.example/sm-1.xml.gz</loc><lastmod>2026-11-26</lastmod></sitemap>
  <sitemap><loc>https://news.example/sm-news.xml</loc></sitemap>
</sitemapindex>"""

RSS = b"""<?xml version="1.0"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Example</title><link>https://news.example/</link>
  <item><title>First</title><link>https://news.example/first?utm_source=rss</link>
    <pubDate>Tue, 24 Nov 2026 09:15:00 GMT</pubDate>
    <category>Politics</category><category>Politics</category></item>
  <item><title>Guid only</title><guid isPermaLink="true">https://news.example/guid</guid></item>
  <item><title>No link</title><guid isPermaLink="false">abc-123</guid></item>
</channel></rss>"""

ATOM = b"""<feed xmlns="http://www.w3.org/2005/Atom"><title>Example</title>
  <entry><title>Atom one</title>
    <link rel="self" href="https://news.example/api/1"/>
    <link rel="alternate" href="https://news.example/atom-one"/>
    <published>2026-11-20T10:00:00Z</published><updated>2026-11-22T11:00:00Z</updated>
    <category term="science"/></entry>
  <entry><title>Relative</title><link href="/atom-two"/></entry>
</feed>"""


def test_urlset_keeps_lastmod() -> None:
    sitemap = parse_sitemap(URLSET, BASE)
    assert sitemap.kind == "urlset"
    assert [p.url for p in sitemap.pages] == [
        "https://news.example/a",
        "https://news.example/b",
        "https://news.example/c",
    ]
    assert [p.lastmod for p in sitemap.pages] == ["2026-11-20T10:00:00+00:00", "2026-11-21", None]
    assert sitemap.pages[0].sources == ("sitemap",)


def test_news_sitemap_keeps_news_fields() -> None:
    (page,) = parse_sitemap(NEWS, BASE).pages
    assert page == Hints(
        url="https://news.example/world/flood",
        published="2026-11-25T08:30:00+01:00",
        title="River flood & recovery",
        keywords=("floods", "weather", "rivers"),
        sources=("news-sitemap",),
    )


def test_index_and_gzip() -> None:
    sitemap = parse_sitemap(gzip.compress(INDEX), BASE)
    assert sitemap.kind == "sitemapindex"
    assert sitemap.sitemaps == [
        ("https://news.example/sm-1.xml.gz", "2026-11-26"),
        ("https://news.example/sm-news.xml", None),
    ]


def test_not_a_sitemap() -> None:
    with pytest.raises(ValueError, match="not a sitemap"):
        parse_sitemap(b"<html><body>hi</body></html>", BASE)
    with pytest.raises(ValueError, match="not XML"):
        parse_sitemap(b"", BASE)


def test_rss() -> None:
    items = parse_feed(RSS, "https://news.example/rss.xml")
    assert [i.url for i in items] == [
        "https://news.example/first?utm_source=rss",
        "https://news.example/guid",
    ]
    assert items[0].published == "2026-11-24T09:15:00+00:00"
    assert items[0].title == "First"
    assert items[0].keywords == ("Politics",)
    assert items[0].sources == ("feed",)


def test_atom() -> None:
    items = parse_feed(ATOM, "https://news.example/atom.xml")
    assert [i.url for i in items] == [
        "https://news.example/atom-one",
        "https://news.example/atom-two",
    ]
    assert items[0].published == "2026-11-20T10:00:00+00:00"
    assert items[0].lastmod == "2026-11-22T11:00:00+00:00"
    assert items[0].keywords == ("science",)


def test_feed_rejects_other_xml() -> None:
    with pytest.raises(ValueError, match="not an RSS or Atom feed"):
        parse_feed(URLSET, BASE)


def test_entities_are_not_expanded_and_no_network() -> None:
    xxe = b"""<?xml version="1.0"?>
<!DOCTYPE urlset [<!ENTITY xxe SYSTEM "file:///etc/passwd">
  <!ENTITY remote SYSTEM "http://127.0.0.1:1/evil.dtd">]>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <url><loc>https://news.example/&xxe;&remote;</loc></url></urlset>"""
    sitemap = parse_sitemap(xxe, BASE)
    assert all("root:" not in p.url for p in sitemap.pages)


def test_billion_laughs_is_not_expanded() -> None:
    bomb = b"""<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">
<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<rss><channel><item><title>&lol3;</title><link>https://news.example/x</link></item></channel></rss>"""
    (item,) = parse_feed(bomb, BASE)
    assert len(item.title or "") < 100


def test_size_cap_applies_after_decompression() -> None:
    big = b"<urlset>" + b" " * 200_000 + b"</urlset>"
    packed = gzip.compress(big)
    assert len(packed) < 10_000
    with pytest.raises(XMLTooLarge, match="inflates past"):
        parse_xml(packed, max_size=100_000)
    with pytest.raises(XMLTooLarge, match="exceeds"):
        parse_xml(big, max_size=100_000)
    assert parse_xml(packed, max_size=300_000) is not None


def test_robots_sitemaps() -> None:
    robots = b"""User-agent: *
Disallow: /private/
Sitemap: https://news.example/sitemap-index.xml
sitemap: /news-sitemap.xml # relative, with a comment
SITEMAP: https://news.example/sitemap-index.xml
"""
    assert sitemaps_from_robots(robots, "https://news.example/robots.txt") == [
        "https://news.example/sitemap-index.xml",
        "https://news.example/news-sitemap.xml",
    ]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2026-11-20", "2026-11-20"),
        ("2026-11-20T10:00:00Z", "2026-11-20T10:00:00+00:00"),
        ("2026-11-20T10:00:00.5+02:00", "2026-11-20T10:00:00+02:00"),
        # a time without zone stays without zone: never labelled UTC
        ("2026-11-20T10:00", "2026-11-20T10:00:00"),
        ("Tue, 24 Nov 2026 09:15:00", "2026-11-24T09:15:00"),
        ("Tue, 24 Nov 2026 09:15:00 -0000", "2026-11-24T09:15:00"),
        ("Tue, 24 Nov 2026 09:15:00 GMT", "2026-11-24T09:15:00+00:00"),
        ("Tue, 24 Nov 2026 09:15:00 -0500", "2026-11-24T09:15:00-05:00"),
        # zone names through the zone table, as in extraction
        ("Tue, 19 Nov 2019 09:02:00 CET", "2019-11-19T09:02:00+01:00"),
        ("Tue, 19 Nov 2019 09:02:00 CEST", "2019-11-19T09:02:00+02:00"),
        ("19 Nov 2019 09:02 IST", "2019-11-19T09:02:00+05:30"),
        ("Tue, 19 Nov 2019 09:02:00 EST", "2019-11-19T09:02:00-05:00"),
        ("Tue, 19 Nov 2019 09:02:00 XYZ", "2019-11-19T09:02:00"),
        ("2026-13-45", None),
        ("yesterday", None),
        ("", None),
        (None, None),
    ],
)
def test_dates(raw: str | None, expected: str | None) -> None:
    assert normalise_date(raw) == expected


def test_hints_merge_and_age() -> None:
    sitemap = Hints(url="u", lastmod="2026-11-20", sources=("sitemap",))
    feed = Hints(url="u", lastmod="2026-11-22T00:00:00+00:00", title="T", sources=("feed",))
    merged = sitemap.merged(feed)
    assert merged.lastmod == "2026-11-22T00:00:00+00:00"
    assert merged.title == "T"
    assert merged.sources == ("sitemap", "feed")
    assert merged.age_days(datetime(2026, 11, 23, tzinfo=UTC)) == 1.0
    assert Hints(url="u").age_days() is None
    assert Hints.from_meta(merged.to_meta()) == merged
