"""Sitemaps and feeds from a hostile server: external DTDs and parameter entities fetch
nothing, a gzip bomb is refused at the cap with bounded memory, and an entry that is no URL at
all is skipped with a warning while the document's other entries are read."""

from __future__ import annotations

import tracemalloc

import pytest

from newscrawl.discovery import parse_feed, parse_sitemap
from newscrawl.discovery.robots import sitemaps_from_robots
from newscrawl.discovery.xml import XMLTooLarge, parse_xml
from tests.faultserver import FaultServer, Page, gzip_bomb

BASE = "https://news.example/"


def test_external_dtd_and_parameter_entities_fetch_nothing() -> None:
    with FaultServer({"/evil.dtd": Page(b'<!ENTITY leak "LEAKED">', "application/xml-dtd")}) as srv:
        dtd = f"{srv.base_url}/evil.dtd"
        sitemap = (
            f'<?xml version="1.0"?><!DOCTYPE urlset SYSTEM "{dtd}">'
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            "<url><loc>https://news.example/a&leak;</loc></url></urlset>"
        ).encode()
        feed = (
            f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY % ext SYSTEM "{dtd}"> %ext;]>'
            "<rss><channel><item><title>t &leak;</title><link>https://news.example/b</link>"
            "</item></channel></rss>"
        ).encode()
        pages = parse_sitemap(sitemap, BASE).pages
        items = parse_feed(feed, BASE)
        assert srv.hits == []
    assert all("LEAKED" not in p.url for p in pages)
    assert all("LEAKED" not in (i.title or "") for i in items)


NO_URLS = ("http://[x/a", "https://news.example:port/b")


def test_an_entry_that_is_no_url_is_skipped_and_the_others_read(caplog: pytest.LogCaptureFixture) -> None:
    locs = [*NO_URLS, "https://news.example/c", "/d"]
    urlset = "".join(f"<url><loc>{loc}</loc></url>" for loc in locs)
    sitemap = f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urlset}</urlset>'
    index = "".join(f"<sitemap><loc>{loc}</loc></sitemap>" for loc in locs)
    sitemap_index = (
        f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{index}</sitemapindex>'
    )
    items = "".join(f"<item><title>t</title><link>{loc}</link></item>" for loc in locs)
    feed = f"<rss><channel>{items}</channel></rss>"
    robots = "".join(f"Sitemap: {loc}\n" for loc in locs)
    expected = ["https://news.example/c", "https://news.example/d"]
    with caplog.at_level("WARNING", logger="newscrawl.discovery.xml"):
        assert [page.url for page in parse_sitemap(sitemap.encode(), BASE).pages] == expected
        assert [url for url, _ in parse_sitemap(sitemap_index.encode(), BASE).sitemaps] == expected
        assert [item.url for item in parse_feed(feed.encode(), BASE)] == expected
        assert sitemaps_from_robots(robots.encode(), BASE) == expected
    skipped = [r.getMessage() for r in caplog.records if "is no URL" in r.getMessage()]
    assert len(skipped) == 4 * len(NO_URLS)
    assert all(repr(NO_URLS[0]) in m or repr(NO_URLS[1]) in m for m in skipped)


@pytest.mark.heavy
def test_gigabyte_gzip_bomb_sitemap_is_refused_with_bounded_memory() -> None:
    bomb = gzip_bomb(1200 * 1024 * 1024)  # 1.2 GB of zeros in ~1.2 MB
    tracemalloc.start()
    try:
        with pytest.raises(XMLTooLarge, match="inflates past"):
            parse_xml(bomb)  # default cap: 50 MB
        _now, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 120 * 1024 * 1024, peak
    print(f"sitemap gzip bomb: {len(bomb)} bytes -> refused; peak {peak / 2**20:.0f} MB")
