"""``newscrawl crawl``: run the ``news`` spider for one or more sites of the sites file.

The same spider, pipelines and settings as ``scrapy crawl news -a site=NAME``; this adds site
selection (names or ``--all``), a lock check with a clear message before starting, several
sites in one process (one crawler each), and a one-line report per site.

Where things are, highest precedence first: command-line options (``--sites``, ``-o``,
``--data-dir``, ``-s NAME=VALUE``), then environment variables (``NEWSCRAWL_SITES_FILE``,
``NEWSCRAWL_OUTPUT_DIR``, ``NEWSCRAWL_DATA_DIR``, read by ``newscrawl.settings``), then the
project settings, then the defaults documented there.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings

from newscrawl.frontier.url import check_frontier_url, redis_client
from newscrawl.sites import Site, load_sites, select_sites
from newscrawl.spiders.news import NewsSpider
from newscrawl.state import SiteLock, SiteLocked
from newscrawl.state.url import StateURLError, check_state_url, is_shared, worker_of

EXIT_OK, EXIT_FAILED = 0, 1
FINISHED = ("finished", "closespider_")


@dataclass(frozen=True, slots=True)
class SiteResult:
    site: str
    stats: dict[str, Any]

    @property
    def ok(self) -> bool:
        reason = str(self.stats.get("finish_reason", ""))
        return (
            reason.startswith(FINISHED)
            and "newscrawl/site_locked" not in self.stats
            and "newscrawl/output_failed" not in self.stats
        )

    def line(self) -> str:
        s = self.stats
        if "newscrawl/site_locked" in s:
            return f"{self.site}: not crawled: {s['newscrawl/site_locked']}"
        if "newscrawl/error" in s:
            return f"{self.site}: failed: {s['newscrawl/error']}"
        return (
            f"{self.site}: {s.get('newscrawl/articles/new', 0)} new, "
            f"{s.get('newscrawl/articles/updated', 0)} updated, "
            f"{s.get('newscrawl/articles/unchanged', 0)} unchanged; "
            f"{s.get('downloader/response_count', 0)} pages fetched "
            f"({s.get('finish_reason', '?')})\n"
            f"  articles: {s.get('newscrawl/output_file', '(none)')}\n"
            f"  stats:    {s.get('newscrawl/stats_file', '(none)')}"
        )


def crawl_settings(base: Settings, overrides: Mapping[str, Any]) -> Settings:
    """``base`` (project settings + env) with command-line values on top."""
    settings = base.copy()
    settings.update({k: v for k, v in overrides.items() if v is not None}, priority="cmdline")
    return settings


def choose_sites(settings: Settings, names: Sequence[str], *, all_sites: bool) -> list[Site]:
    """The sites to crawl, from ``NEWSCRAWL_SITES_FILE`` (raises ``SitesFileError``)."""
    return select_sites(load_sites(settings.get("NEWSCRAWL_SITES_FILE")), names, all_sites=all_sites)


def check_distributed(settings: Settings) -> None:
    """Refuse a frontier without a shared state store, URLs of no known kind, and servers that
    cannot be reached (ValueError)."""
    frontier, state = settings.get("NEWSCRAWL_FRONTIER_URL"), settings.get("NEWSCRAWL_STATE_URL")
    if state:
        check_state_url(state)
    if frontier:
        check_frontier_url(frontier)
        if not is_shared(state):
            raise StateURLError(
                "--frontier shares the crawl between workers, so they must share the state too: "
                "add --state postgresql://USER@HOST:PORT/DB (see docs/distributed.md)"
            )
    worker_of(settings)  # a bad --worker name is refused here, before any crawl starts
    if frontier:  # unreachable servers are reported now, not as a crawl that did not start
        redis_client(frontier).close()
    if is_shared(state):
        from newscrawl.state.postgres import PostgresStateStore, StateStoreUnavailable  # noqa: PLC0415

        try:
            PostgresStateStore(state).close()
        except StateStoreUnavailable as err:
            raise StateURLError(str(err)) from None


def run_crawl(settings: Settings, sites: Sequence[Site], *, out: TextIO = sys.stdout) -> int:
    """Crawl ``sites`` concurrently in this process; print one report per site; exit status."""
    data_dir = Path(settings.get("NEWSCRAWL_DATA_DIR")).expanduser()
    results: list[SiteResult] = []
    runnable = []
    for site in sites:
        try:
            worker = worker_of(settings)
            SiteLock(data_dir, site.name if worker is None else f"{site.name}@{worker}").acquire().release()
        except SiteLocked as err:
            results.append(SiteResult(site.name, {"newscrawl/site_locked": str(err)}))
            continue
        runnable.append(site)
    if runnable:
        process = CrawlerProcess(settings)
        crawlers = []
        for site in runnable:
            crawler = process.create_crawler(NewsSpider)
            process.crawl(crawler, site=site)
            crawlers.append((site, crawler))
        process.start()
        for site, crawler in crawlers:
            stats = dict(crawler.stats.get_stats()) if crawler.stats is not None else {}
            if not stats:
                stats = {"newscrawl/error": "the crawl did not start (see the log)"}
            results.append(SiteResult(site.name, stats))
    for result in results:
        print(result.line(), file=out)
    return EXIT_OK if all(r.ok for r in results) else EXIT_FAILED
