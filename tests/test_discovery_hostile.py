"""Sitemaps and feeds from a hostile server: external DTDs and parameter entities fetch
nothing, and a gzip bomb is refused at the cap with bounded memory."""

from __future__ import annotations

import tracemalloc

import pytest

from newscrawl.discovery import parse_feed, parse_sitemap
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
