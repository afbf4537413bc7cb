"""End-to-end crawls of the demo site on 127.0.0.1: discovery, politeness, incremental state."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from newscrawl.state import SiteLock
from tests.crawlsite import (
    ARTICLES,
    CLI,
    RETRIED,
    CrawlSite,
    child_env,
    published,
    slug_of,
    start_site,
)

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture
def site(tmp_path: Path) -> Iterator[CrawlSite]:
    crawl_site = start_site(tmp_path, faults={RETRIED: [(503, {"Retry-After": "1"})]})
    yield crawl_site
    crawl_site.server.stop()


def _article_fetches(site: CrawlSite) -> Counter[str]:
    return Counter(
        hit.path.split("?")[0].rstrip("/") for hit in site.server.hits if hit.path.startswith("/news/")
    )


def _robots_fetches(site: CrawlSite, since: int = 0) -> int:
    return [hit.path for hit in site.server.hits[since:]].count("/robots.txt")


def test_three_runs_new_nothing_then_one_update(site: CrawlSite) -> None:
    first = site.run(site.cli())
    assert first.returncode == 0, first.stderr[-3000:]
    outputs = published(site.out)
    (run1,) = outputs.values()
    assert sorted(slug_of(r) for r in run1) == sorted(ARTICLES)
    assert {r["revision"] for r in run1} == {1}
    assert all(r["previous_fingerprint"] is None for r in run1)
    # each article fetched once, whatever spelling found it; the 503 once more; nothing private
    fetches = _article_fetches(site)
    assert fetches == Counter({f"/news/2026/11/{slug}": 1 for slug in ARTICLES} | {RETRIED: 2})
    retried = [h for h in site.server.hits if h.path.startswith(RETRIED)]
    assert [h.status for h in retried] == [503, 200]
    # Retry-After: 1 was honoured, not the 0.1 s back-off (a wait only ever gets longer on a
    # loaded machine, so this lower bound is a causal one, not a speed figure)
    assert retried[1].at - retried[0].at >= 0.5
    assert all(h.user_agent.startswith("newscrawl/") for h in site.server.hits)
    # robots.txt fetched once, first, and its Sitemap: line (the only link to the sitemaps) read
    assert _robots_fetches(site) == 1 and site.server.hits[0].path == "/robots.txt"
    assert [h.path for h in site.server.hits].count("/sitemap-index.xml") == 1
    assert not [h for h in site.server.hits if h.path.startswith("/private/")]
    # requests go to a URL as discovered (a spelling found only with utm_* keeps it), once each
    requested = [h.path for h in site.server.hits if h.path.startswith("/news/")]
    assert len(requested) == len(ARTICLES) + 1
    # the page without headline/dates got them from the news sitemap
    robotics = next(r for r in run1 if slug_of(r) == "school-robotics-win")
    assert robotics["headline"] == "Northside students win regional robotics final"
    assert robotics["date_published"] == "2026-11-23T11:00:00+00:00"
    assert robotics["tags"] == ["education", "robotics"]
    stats_files = list(site.out.rglob("*.stats.json"))
    assert len(stats_files) == 1
    stats = json.loads(stats_files[0].read_text())
    assert stats["articles"]["new"] == len(ARTICLES)
    assert stats["pages_fetched"] >= len(ARTICLES)
    assert stats["retries"] == 1
    assert stats["robots_forbidden"] >= 1

    hits_before = len(site.server.hits)
    second = site.run(site.cli())
    assert second.returncode == 0, second.stderr[-3000:]
    new_files = [p for p in published(site.out) if p not in outputs]
    assert len(new_files) == 1
    assert published(site.out)[new_files[0]] == []
    assert not [h for h in site.server.hits[hits_before:] if h.path.startswith("/news/")]
    assert _robots_fetches(site, hits_before) == 1

    site.edit_article(
        "library-extends-hours",
        "8 p.m. on Saturdays",
        "9 p.m. on Saturdays",
        lastmod="2026-11-27T08:00:00+00:00",
    )
    outputs = published(site.out)
    hits_before = len(site.server.hits)
    third = site.run(site.cli())
    assert third.returncode == 0, third.stderr[-3000:]
    assert _robots_fetches(site, hits_before) == 1
    (run3,) = [records for path, records in published(site.out).items() if path not in outputs]
    assert [slug_of(r) for r in run3] == ["library-extends-hours"]
    before = next(r for r in run1 if slug_of(r) == "library-extends-hours")
    assert run3[0]["revision"] == 2
    assert run3[0]["previous_fingerprint"] == before["fingerprint"]
    assert run3[0]["fingerprint"] != before["fingerprint"]
    assert "9 p.m." in run3[0]["text"]


def test_output_layout(site: CrawlSite) -> None:
    result = site.run(site.cli())
    assert result.returncode == 0, result.stderr[-3000:]
    (path,) = published(site.out)
    assert path.parent.parent == site.out / "demo"
    assert len(path.parent.name) == 10  # YYYY-MM-DD (UTC)
    run_id = path.name.removesuffix(".jsonl")
    assert len(run_id) == len("20261127T052405Z-8000ec") and run_id[8] == "T" and run_id[15] == "Z"
    assert (path.parent / f"{run_id}.stats.json").is_file()
    assert not list(site.out.rglob("*.partial"))
    assert str(path) in result.stdout


def test_scrapy_crawl_runs_the_same_spider(site: CrawlSite) -> None:
    result = site.run(site.scrapy())
    assert result.returncode == 0, result.stderr[-3000:]
    (records,) = published(site.out).values()
    assert sorted(slug_of(r) for r in records) == sorted(ARTICLES)


def test_second_run_of_a_site_is_refused_while_one_runs(site: CrawlSite) -> None:
    with SiteLock(site.data, "demo"):
        result = site.run(site.cli())
    assert result.returncode == 1
    assert "another crawl of site 'demo' is running" in result.stdout + result.stderr
    assert not [h for h in site.server.hits if h.path.startswith("/news/")]


def test_sigkill_midway_then_rerun_emits_each_article_once(tmp_path: Path) -> None:
    site = start_site(tmp_path, slow={"/news/": 0.6})
    try:
        proc = subprocess.Popen(
            site.cli(),
            cwd=REPO,
            env=child_env(),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 60
        partial: list[Path] = []
        while time.monotonic() < deadline:
            partial = list(site.out.rglob("*.jsonl.partial"))
            if partial and partial[0].read_bytes().count(b"\n") >= 2:
                break
            time.sleep(0.05)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        assert partial, "the crawl never wrote a line"
        killed_lines = partial[0].read_bytes().count(b"\n")
        assert 2 <= killed_lines < len(ARTICLES)

        rerun = site.run(site.cli())
        assert rerun.returncode == 0, rerun.stderr[-3000:]
        outputs = published(site.out)
        assert len(outputs) == 2
        assert not list(site.out.rglob("*.partial"))
        union = Counter(slug_of(r) for records in outputs.values() for r in records)
        assert union == Counter(dict.fromkeys(ARTICLES, 1))
    finally:
        site.server.stop()


def test_robots_crawl_delay_is_applied(tmp_path: Path) -> None:
    # The spacing itself is checked exactly with a fake clock (test_middlewares); here: the
    # crawl reads the delay and its requests are spread out. No gap between two hits is
    # asserted (transit time varies on a loaded machine); the span of all of them has a
    # bound of half what the delay implies, which only a stall of seconds could break.
    site = start_site(tmp_path)
    try:
        robots = site.root / "robots.txt"
        robots.write_text(robots.read_text().replace("Crawl-delay: 0.1", "Crawl-delay: 0.4"))
        result = site.run(site.scrapy("-s", "AUTOTHROTTLE_ENABLED=False", "-s", "DOWNLOAD_DELAY=0"))
        assert result.returncode == 0, result.stderr[-3000:]
        assert f"Crawl-delay of {site.server.base_url.split('//')[1]}: 0.40s (robots.txt)" in result.stderr
        starts = [h.at for h in site.server.hits if h.path != "/robots.txt"]
        assert len(starts) > len(ARTICLES)
        assert starts[-1] - starts[0] >= (len(starts) - 1) * 0.4 / 2
        assert "'newscrawl/crawl_delay/waits'" in result.stderr
    finally:
        site.server.stop()


def test_robots_txt_not_obeyed_is_still_read_once_for_its_sitemaps(site: CrawlSite) -> None:
    result = site.run(site.scrapy("-s", "ROBOTSTXT_OBEY=False"))
    assert result.returncode == 0, result.stderr[-3000:]
    assert _robots_fetches(site) == 1
    assert [h.path for h in site.server.hits].count("/sitemap-index.xml") == 1
    (records,) = published(site.out).values()
    assert set(ARTICLES) <= {slug_of(r) for r in records}


def test_retry_after_beyond_the_cap_is_not_retried(tmp_path: Path) -> None:
    site = start_site(tmp_path, faults={RETRIED: [(429, {"Retry-After": "3600"})]})
    try:
        result = site.run(site.scrapy("-s", "NEWSCRAWL_RETRY_BACKOFF_MAX=5"))
        assert result.returncode == 0, result.stderr[-3000:]
        assert [h.status for h in site.server.hits if h.path.startswith(RETRIED)] == [429]
        (records,) = published(site.out).values()
        assert sorted(slug_of(r) for r in records) == sorted(set(ARTICLES) - {"fish-market-prices-rise"})
        (stats_file,) = site.out.rglob("*.stats.json")
        assert json.loads(stats_file.read_text())["errors"] == {"HttpError": 1}
    finally:
        site.server.stop()


def test_all_sites_in_one_process(site: CrawlSite) -> None:
    text = site.sites_file.read_text()
    site.sites_file.write_text(text + "\n" + text.replace("[sites.demo]", "[sites.mirror]"))
    result = site.run(site.cli("--all", sites=()))
    assert result.returncode == 0, result.stderr[-3000:]
    outputs = published(site.out)
    assert {p.parent.parent.name for p in outputs} == {"demo", "mirror"}
    for records in outputs.values():
        assert sorted(slug_of(r) for r in records) == sorted(ARTICLES)
    assert "demo: 7 new" in result.stdout and "mirror: 7 new" in result.stdout


def test_environment_then_command_line_precedence(site: CrawlSite, tmp_path: Path) -> None:
    env = {
        "NEWSCRAWL_SITES_FILE": str(site.sites_file),
        "NEWSCRAWL_OUTPUT_DIR": str(tmp_path / "from-env"),
        "NEWSCRAWL_DATA_DIR": str(site.data),
    }
    by_env = site.run([sys.executable, "-m", "scrapy", "crawl", "news", "-a", "site=demo"], env=env)
    assert by_env.returncode == 0, by_env.stderr[-3000:]
    assert len(published(tmp_path / "from-env")) == 1
    assert (site.data / "state.sqlite3").is_file()
    by_cli = site.run([*CLI, "crawl", "demo", "-o", str(tmp_path / "from-cli")], env=env)
    assert by_cli.returncode == 0, by_cli.stderr[-3000:]
    assert len(published(tmp_path / "from-env")) == 1
    ((_, records),) = published(tmp_path / "from-cli").items()
    assert records == []  # same state store (from the environment): nothing new


def test_scrapy_crawl_of_a_locked_site_closes_as_site_locked(site: CrawlSite) -> None:
    with SiteLock(site.data, "demo"):
        result = site.run(site.scrapy())
    assert "another crawl of site 'demo' is running" in result.stderr
    assert "'finish_reason': 'site_locked'" in result.stderr
    assert not published(site.out)
    assert not list(site.out.rglob("*.partial"))
    assert [h.path for h in site.server.hits] == []
