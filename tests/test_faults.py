"""Crawls against a faulty server: every fault class ends as the article (after retries) or as
a counted error, the run finishes, nothing truncated is accepted, and every wait is bounded."""

from __future__ import annotations

import base64
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import page
from tests.faultserver import Page
from tests.faultsite import FaultSite, article_path, feed, headline_slugs, make_site

PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
)
CYRILLIC = "Городской совет утвердил бюджет парома на следующий год после долгих споров."

RECOVERED = {
    # slug: faults answered before the page
    "retry-after": ["503+retry-after"],
    "rate-limited": ["429"],
    "two-errors": ["500", "502"],
    "reset": ["reset"],
    "truncated": ["truncate"],
    "chunk-cut": ["truncate-chunked"],
    "slow": ["slow"],
}
FAILED = {
    "always-500": ["*500"],
    "retry-after-too-long": ["*503+retry-after-3600"],
    "always-truncated": ["*truncate"],
    "always-reset": ["*reset"],
    "hangs": ["*hang"],
    "drips": ["*drip"],
    "endless": ["*endless"],
    "bomb": ["*bomb"],
}


def _cyrillic_page() -> bytes:
    paragraphs = "".join(f"<p>{CYRILLIC} Абзац {n}.</p>" for n in range(4))
    html = (
        '<html><head><meta charset="windows-1251"><title>The charset-lie story</title></head>'
        f"<body><article><h1>The charset-lie story</h1>{paragraphs}</article></body></html>"
    )
    return html.encode("cp1251")


@pytest.fixture
def faulty(tmp_path: Path) -> Iterator[FaultSite]:
    slugs = [*RECOVERED, *FAILED, "redirected", "type-lie", "plain"]
    faults = {article_path(s): list(f) for s, f in {**RECOVERED, **FAILED}.items()}
    # a chain of 4 hops ends at an article; a loop and a 25-hop chain end nowhere
    faults[article_path("redirected")] = ["*redirect:/hop/1"]
    for hop in range(1, 4):
        faults[f"/hop/{hop}"] = [f"*redirect:/hop/{hop + 1}"]
    faults["/hop/4"] = ["*redirect:/news/redirected-final"]
    faults["/loop/a"] = ["*redirect:/loop/b"]
    faults["/loop/b"] = ["*redirect:/loop/a"]
    for hop in range(25):
        faults[f"/long/{hop}"] = [f"*redirect:/long/{hop + 1}"]
    faults[article_path("to-private")] = ["*redirect:/private/secret"]
    from tests.conftest import page  # noqa: PLC0415

    pages = {
        "/news/redirected-final": Page(page("redirected").encode()),
        article_path("type-lie"): Page(page("type-lie").encode(), "image/png"),
        article_path("charset-lie"): Page(_cyrillic_page(), "text/html; charset=utf-8"),
        article_path("png-as-html"): Page(PNG, "text/html"),
        "/private/secret": Page(page("secret").encode()),
    }
    site = make_site(
        tmp_path,
        [s for s in slugs if s != "redirected"],
        faults=faults,
        pages=pages,
        listed=[
            article_path("redirected"),
            article_path("charset-lie"),
            article_path("png-as-html"),
            "/loop/a",
            "/long/0",
            article_path("to-private"),
        ],
        bomb_size=256 * 1024 * 1024,
    )
    yield site
    site.server.stop()


def test_every_fault_class_ends_as_article_or_counted_error(faulty: FaultSite) -> None:
    result = faulty.crawl()
    assert result.returncode == 0, result.stderr[-4000:]
    records = faulty.records()
    expected = sorted([*RECOVERED, "redirected", "type-lie", "plain", "charset-lie"])
    assert headline_slugs(records) == expected
    by_slug = {headline_slugs([r])[0]: r for r in records}
    assert CYRILLIC in by_slug["charset-lie"]["text"]  # the meta charset beat the header
    # truncated bodies were never accepted: the recovered ones are complete
    assert by_slug["truncated"]["text"].count("Paragraph") == 3
    server = faulty.server
    # retries are bounded (1 + RETRY_TIMES) and Retry-After beyond the cap is not waited for
    assert len(server.hits_on(article_path("always-500"))) == 4
    assert len(server.hits_on(article_path("retry-after-too-long"))) == 1
    assert len(server.hits_on(article_path("always-truncated"))) == 4
    # Retry-After: 1 was waited for, not the 0.1 s back-off (a causal lower bound: load only
    # makes the gap longer)
    retried = server.hits_on(article_path("retry-after"))
    assert retried[1].at - retried[0].at >= 0.5
    # redirect loops and over-long chains stop; nothing disallowed by robots.txt is fetched
    assert len(server.hits_on("/loop/a")) + len(server.hits_on("/loop/b")) <= 21
    assert max(int(h.path.rsplit("/", 1)[1]) for h in server.hits if h.path.startswith("/long/")) <= 21
    assert not server.hits_on("/private/secret")
    stats = faulty.stats()
    assert stats["finish_reason"] == "finished"
    assert stats["dropped"].get("binary") == 1  # the PNG served as text/html
    assert stats["articles"]["written"] == len(expected)
    assert server.injected >= 40
    assert stats["peak_rss_mb"] < 400  # the 256 MB gzip bomb was never inflated
    print(
        f"faults injected {server.injected}; expected {len(expected)}, written "
        f"{stats['articles']['written']}; errors {stats['errors']}; dropped {stats['dropped']}; "
        f"peak RSS {stats['peak_rss_mb']} MB"
    )


def test_robots_txt_comes_first_and_404_allows_all(tmp_path: Path) -> None:
    site = make_site(tmp_path, ["one", "two"], faults={"/robots.txt": ["*404"]})
    try:
        result = site.crawl()
        assert result.returncode == 0, result.stderr[-3000:]
        assert headline_slugs(site.records()) == ["one", "two"]
        assert site.server.hits[0].path == "/robots.txt"
    finally:
        site.server.stop()


@pytest.mark.parametrize(
    ("fault", "robots_sitemaps"),
    [("*503", False), ("*hang", False), ("*reset", False), ("*503", True), ("*reset", True)],
)
def test_robots_txt_unavailable_disallows_the_host(tmp_path: Path, fault: str, robots_sitemaps: bool) -> None:
    site = make_site(tmp_path, ["one", "two"], faults={"/robots.txt": [fault]})
    site.write_sites(robots_sitemaps=robots_sitemaps)
    try:
        result = site.crawl("DOWNLOAD_TIMEOUT=1")
        assert result.returncode == 0, result.stderr[-3000:]
        assert "robots.txt of 127.0.0.1" in result.stderr and "unavailable" in result.stderr
        assert {h.path for h in site.server.hits} == {"/robots.txt"}
        assert site.records() == []
    finally:
        site.server.stop()


def test_robots_txt_error_then_success_is_retried_within_the_run(tmp_path: Path) -> None:
    site = make_site(tmp_path, ["one"], faults={"/robots.txt": ["503", "500"]})
    try:
        result = site.crawl()
        assert result.returncode == 0, result.stderr[-3000:]
        assert headline_slugs(site.records()) == ["one"]
        assert site.server.hits[0].path == "/robots.txt"
    finally:
        site.server.stop()


def _sitemap(urls: list[str]) -> Page:
    locs = "".join(f"<url><loc>{u}</loc></url>" for u in urls)
    xml = f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{locs}</urlset>'
    return Page(xml.encode(), "application/xml")


def test_robots_txt_is_fetched_once_per_host_and_its_sitemaps_followed(tmp_path: Path) -> None:
    # two hosts on one server (127.0.0.1 and localhost), each with a feed; the sitemaps are
    # named only in robots.txt, so "one" and "two" are found only through its Sitemap: lines
    site = make_site(tmp_path, ["one", "two", "three", "four"], listed=[])
    port = site.server.port
    ip, name = f"http://127.0.0.1:{port}", f"http://localhost:{port}"
    robots = f"User-agent: *\nDisallow: /private/\nSitemap: {ip}/sitemap-a.xml\nSitemap: /sitemap-b.xml\n"
    site.server.pages.update(
        {
            "/robots.txt": Page(robots.encode(), "text/plain"),
            "/sitemap-a.xml": _sitemap([f"{ip}{article_path('one')}", f"{ip}/private/memo"]),
            "/sitemap-b.xml": _sitemap([f"{name}{article_path('two')}"]),
            "/rss-ip.xml": Page(feed(ip, [article_path("three")]), "application/rss+xml"),
            "/rss-name.xml": Page(feed(name, [article_path("four")]), "application/rss+xml"),
            "/private/memo": Page(page("memo").encode()),
        }
    )
    site.write_sites(
        allowed=("127.0.0.1", "localhost"),
        robots_sitemaps=True,
        feeds=(f"{ip}/rss-ip.xml", f"{name}/rss-name.xml"),
    )
    try:
        result = site.crawl()
        assert result.returncode == 0, result.stderr[-3000:]
        assert headline_slugs(site.records()) == ["four", "one", "three", "two"]
        fetches = Counter(h.host for h in site.server.hits_on("/robots.txt"))
        assert fetches == {f"127.0.0.1:{port}": 1, f"localhost:{port}": 1}
        # each host's robots.txt came before anything else on it
        for host in fetches:
            assert next(h for h in site.server.hits if h.host == host).path == "/robots.txt"
        assert len(site.server.hits_on("/sitemap-b.xml")) == 2  # relative: one per host
        assert not site.server.hits_on("/private/memo")
    finally:
        site.server.stop()


def test_robots_sitemaps_off_still_obeys_robots_txt(tmp_path: Path) -> None:
    robots = "User-agent: *\nDisallow: /private/\nSitemap: /sitemap.xml\n"
    site = make_site(
        tmp_path,
        ["one"],
        listed=["/private/memo"],
        pages={
            "/robots.txt": Page(robots.encode(), "text/plain"),
            "/private/memo": Page(page("memo").encode()),
            "/sitemap.xml": _sitemap([]),
        },
    )
    site.write_sites(robots_sitemaps=False)
    try:
        result = site.crawl()
        assert result.returncode == 0, result.stderr[-3000:]
        assert headline_slugs(site.records()) == ["one"]
        assert len(site.server.hits_on("/robots.txt")) == 1
        assert site.server.hits[0].path == "/robots.txt"
        assert not site.server.hits_on("/private/memo")
        assert not site.server.hits_on("/sitemap.xml")
        assert site.stats()["robots_forbidden"] == 1
    finally:
        site.server.stop()


def test_crawler_traps_stop_at_the_page_budget(tmp_path: Path) -> None:
    # a sitemap index that always lists one more generated index, and an endless calendar
    site = make_site(tmp_path, ["one"])
    base = site.server.base_url

    class Endless(dict[str, Page]):
        def get(self, path: str, default: Page | None = None) -> Page | None:  # type: ignore[override]
            if path.startswith("/trap/sitemap-"):
                n = int(path.rsplit("-", 1)[1].removesuffix(".xml"))
                xml = (
                    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                    f"<sitemap><loc>{base}/trap/sitemap-{n + 1}.xml</loc></sitemap>"
                    "</sitemapindex>"
                )
                return Page(xml.encode(), "application/xml")
            if path.startswith("/calendar/"):
                n = int(path.rsplit("/", 1)[1])
                links = "".join(f'<a href="/calendar/day/{n + k}">day</a>' for k in (1, 2))
                return Page(f"<html><body>{links}</body></html>".encode())
            return super().get(path, default)

    site.server.pages = Endless(site.server.pages)
    site.write_sites(
        extra=f'sitemaps = ["{base}/trap/sitemap-0.xml"]\n'
        f'start_urls = ["{base}/calendar/day/0"]\nsection_depth = 2\n'
        "article_url_patterns = ['/news/']\n"
    )
    try:
        result = site.crawl("NEWSCRAWL_PAGE_BUDGET=30")
        assert result.returncode == 0, result.stderr[-3000:]
        assert len([h for h in site.server.hits if h.path != "/robots.txt"]) <= 30
        assert "Page budget of 30 requests used up" in result.stderr
    finally:
        site.server.stop()
