"""One retry budget per URL per run: a URL that a sitemap, a feed, section pages and a redirect
all lead to (in several spellings) fails at most 1 + RETRY_TIMES times, and once it has failed
for good it is not requested again in the run. Counted at a loopback server."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import page
from tests.faultserver import Page
from tests.faultsite import article_path, feed, headline_slugs, make_site

pytestmark = pytest.mark.e2e

RETRY_TIMES = 3


def _html(links: list[str]) -> Page:
    anchors = "".join(f'<li><a href="{u}">link</a></li>' for u in links)
    return Page(f"<html><body><ul>{anchors}</ul></body></html>".encode())


def _sitemap(urls: list[str]) -> Page:
    locs = "".join(f"<url><loc>{u.replace('&', '&amp;')}</loc></url>" for u in urls)
    xml = f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{locs}</urlset>'
    return Page(xml.encode(), "application/xml")


def test_a_failing_url_is_requested_at_most_once_per_budget(tmp_path: Path) -> None:
    failing, broken_section = article_path("always-500"), "/section/broken"
    site = make_site(
        tmp_path,
        ["good"],
        faults={failing: ["*500"], broken_section: ["*500"], "/go/failing": [f"*redirect:{failing}"]},
    )
    base = site.server.base_url
    spellings = [
        f"{base}{failing}",
        f"{base}{failing}?utm_source=sitemap",
        f"{base}{failing}/",
        f"{base}{failing}#comments",
        f"{base}{failing}?fbclid=abc",
    ]
    good = f"{base}/story.php?utm_medium=rss&id=7"
    sections = [f"{base}/section/{name}" for name in ("a", "b", "c")]
    site.server.pages.update(
        {
            "/story.php": Page(page("query").encode()),
            "/sitemap.xml": _sitemap([*spellings[:2], f"{base}/go/failing"]),
            "/rss-more.xml": Page(feed(base, [f"{failing}?utm_medium=rss"]), "application/rss+xml"),
            "/rss-good.xml": Page(feed("", [good.replace("&", "&amp;")]), "application/rss+xml"),
            # each section page links the failing article and the failing section page
            **{
                f"/section/{name}": _html(
                    [*spellings[2:], f"{broken_section}?utm_campaign={name}", broken_section]
                )
                for name in ("a", "b", "c")
            },
        }
    )
    site.write_sites(
        feeds=("/rss.xml", "/rss-more.xml", "/rss-good.xml"),
        extra=(
            f'sitemaps = ["{base}/sitemap.xml"]\nstart_urls = {sections!r}\n'.replace("'", '"')
            + "section_depth = 2\narticle_url_patterns = ['/news/', '/go/', '/story']\n"
        ),
    )
    try:
        result = site.crawl(f"RETRY_TIMES={RETRY_TIMES}")
        assert result.returncode == 0, result.stderr[-3000:]
        hits = site.server.hits
        # 1 + RETRY_TIMES attempts in all, whatever found the URL and however it was spelled
        assert len(site.server.hits_on(failing)) == 1 + RETRY_TIMES
        assert len(site.server.hits_on(failing + "/")) == 0
        assert len(site.server.hits_on(broken_section)) == 1 + RETRY_TIMES
        assert len([h for h in hits if h.path == "/go/failing"]) == 1  # the redirect: once
        stats = site.stats()
        print(
            f"requests to the failing article: {len(site.server.hits_on(failing))}, to the "
            f"failing section page: {len(site.server.hits_on(broken_section))}; stats {stats}"
        )
        # the article that works was requested as discovered, its parameters kept
        records = site.records()
        assert headline_slugs(records) == ["good", "query"]
        assert good in {r["url"] for r in records}
    finally:
        site.server.stop()


def test_an_article_failing_twice_then_working_is_fetched(tmp_path: Path) -> None:
    # two failures then success: within the budget, whichever request chain they fall in
    site = make_site(tmp_path, ["flaky"], faults={article_path("flaky"): ["500", "503"]})
    try:
        result = site.crawl(f"RETRY_TIMES={RETRY_TIMES}")
        assert result.returncode == 0, result.stderr[-3000:]
        assert headline_slugs(site.records()) == ["flaky"]
        assert len(site.server.hits_on(article_path("flaky"))) == 3
    finally:
        site.server.stop()
