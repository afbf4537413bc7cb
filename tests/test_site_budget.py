"""The per-site page budget: a site's ``page_budget`` bounds its runs, whatever the global
``NEWSCRAWL_PAGE_BUDGET``, counted where it matters: requests arriving at the server."""

from __future__ import annotations

import subprocess
from pathlib import Path

from tests.crawlsite import CLI, REPO, child_env
from tests.faultsite import FaultSite, make_site

SLUGS = [f"story-{n}" for n in range(10)]


def _pages_served(site: FaultSite) -> int:
    """Requests the server saw, robots.txt excepted (the budget does not count it)."""
    return len([hit for hit in site.server.hits if hit.path != "/robots.txt"])


def test_a_sites_page_budget_overrides_the_setting_both_ways(tmp_path: Path) -> None:
    # the feed and 10 articles: 11 requests wanted, 4 allowed by the site
    small = make_site(tmp_path / "small", SLUGS)
    small.tmp.mkdir()
    small.write_sites(extra="page_budget = 4\n")
    # the same site with a budget above a global setting that would stop it after 2
    large = make_site(tmp_path / "large", SLUGS)
    large.tmp.mkdir()
    large.write_sites(extra="page_budget = 100\n")
    try:
        result = small.crawl("NEWSCRAWL_PAGE_BUDGET=1000")
        assert result.returncode == 0, result.stderr[-3000:]
        assert _pages_served(small) == 4  # the feed and 3 articles
        stats = small.stats()
        assert stats["budget_refused"] == 11 - 4
        assert stats["pages_fetched"] == 4 + 1  # robots.txt is fetched outside the budget
        assert len(small.records()) == 3
        assert "Page budget of 4 requests used up (page_budget of site 'faulty')" in result.stderr

        result = large.crawl("NEWSCRAWL_PAGE_BUDGET=2")
        assert result.returncode == 0, result.stderr[-3000:]
        assert _pages_served(large) == 11
        assert large.stats()["budget_refused"] == 0
        assert len(large.records()) == 10
    finally:
        small.server.stop()
        large.server.stop()


def test_without_a_site_budget_the_setting_applies(tmp_path: Path) -> None:
    site = make_site(tmp_path, SLUGS)
    site.write_sites()
    try:
        result = site.crawl("NEWSCRAWL_PAGE_BUDGET=5")
        assert result.returncode == 0, result.stderr[-3000:]
        assert _pages_served(site) == 5
        assert site.stats()["budget_refused"] == 11 - 5
        assert "Page budget of 5 requests used up (NEWSCRAWL_PAGE_BUDGET)" in result.stderr
    finally:
        site.server.stop()


def test_an_invalid_page_budget_is_a_usage_error_naming_file_site_and_key(tmp_path: Path) -> None:
    sites = tmp_path / "sites.toml"
    sites.write_text('[sites.big]\nfeeds = ["https://news.example/rss"]\npage_budget = 0\n', encoding="utf-8")
    argv = [
        *CLI,
        "crawl",
        "big",
        "--sites",
        str(sites),
        "-o",
        str(tmp_path / "out"),
        "--data-dir",
        str(tmp_path / "data"),
    ]
    result = subprocess.run(
        argv, cwd=REPO, env=child_env(), capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 2, result.stderr[-3000:]
    assert f"{sites}: [sites.big]: page_budget must be a positive whole number" in result.stderr
    assert not (tmp_path / "out").exists()
