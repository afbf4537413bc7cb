"""A generated news site on a ``FaultServer``: articles listed in an RSS feed, robots.txt, and a
sites file that opts into the server's own origin (and nothing else of the loopback network)."""

from __future__ import annotations

import json
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.conftest import page
from tests.crawlsite import CLI, REPO, child_env, published
from tests.faultserver import FaultServer, Page

ROBOTS = "User-agent: *\nDisallow: /private/\n"

FAST = (
    # fast enough for tests, same mechanisms as the defaults
    "AUTOTHROTTLE_ENABLED=False",
    "DOWNLOAD_DELAY=0",
    "CONCURRENT_REQUESTS_PER_DOMAIN=8",
    "NEWSCRAWL_RETRY_BACKOFF_BASE=0.1",
    "DOWNLOAD_TIMEOUT=3",
    "DOWNLOAD_MAXSIZE=2000000",
    "DOWNLOAD_WARNSIZE=0",
)


def article_path(slug: str) -> str:
    return f"/news/{slug}"


def feed(base: str, paths: list[str]) -> bytes:
    items = "".join(f"<item><link>{base}{p}</link></item>" for p in paths)
    return f'<?xml version="1.0"?><rss version="2.0"><channel>{items}</channel></rss>'.encode()


@dataclass
class FaultSite:
    server: FaultServer
    tmp: Path

    @property
    def out(self) -> Path:
        return self.tmp / "out"

    def write_sites(
        self,
        *,
        extra: str = "",
        allowed: tuple[str, ...] = ("127.0.0.1",),
        feeds: tuple[str, ...] = ("/rss.xml",),
        robots_sitemaps: bool = False,
    ) -> Path:
        """The ``faulty`` site; ``feeds`` are paths on the server or absolute URLs."""
        base = self.server.base_url
        urls = [f if "://" in f else f"{base}{f}" for f in feeds]
        text = (
            "[sites.faulty]\n"
            f"allowed_domains = {json.dumps(list(allowed))}\n"
            f"feeds = {json.dumps(urls)}\n"
            "allow_private_network = true\n"
            f"use_robots_sitemaps = {str(robots_sitemaps).lower()}\n" + extra
        )
        path = self.tmp / "sites.toml"
        path.write_text(text, encoding="utf-8")
        return path

    def crawl(self, *settings: str, timeout: float = 180) -> subprocess.CompletedProcess[str]:
        sites = self.tmp / "sites.toml"
        if not sites.exists():
            self.write_sites()
        argv = [
            *CLI,
            "crawl",
            "faulty",
            "--sites",
            str(sites),
            "-o",
            str(self.out),
            "--data-dir",
            str(self.tmp / "data"),
        ]
        for setting in (*FAST, *settings):
            argv += ["-s", setting]
        return subprocess.run(
            argv, cwd=REPO, env=child_env(), capture_output=True, text=True, timeout=timeout, check=False
        )

    def records(self) -> list[dict[str, Any]]:
        return [r for records in published(self.out).values() for r in records]

    def stats(self) -> dict[str, Any]:
        (path,) = sorted(self.out.rglob("*.stats.json"))[-1:]
        return dict(json.loads(path.read_text(encoding="utf-8")))


def make_site(
    tmp: Path,
    slugs: list[str],
    *,
    faults: dict[str, list[str]] | None = None,
    pages: dict[str, Page] | None = None,
    listed: list[str] | None = None,
    bomb_size: int = 0,
) -> FaultSite:
    """Articles ``slugs`` at /news/<slug>, all listed in /rss.xml (plus ``listed`` paths)."""
    all_pages = {article_path(s): Page(page(s).encode()) for s in slugs}
    all_pages["/robots.txt"] = Page(ROBOTS.encode(), "text/plain")
    all_pages.update(pages or {})
    server = FaultServer(all_pages, faults=faults or {}, bomb_size=bomb_size or 64 * 1024 * 1024)
    server.start()
    paths = [article_path(s) for s in slugs] + list(listed or [])
    server.pages["/rss.xml"] = Page(feed(server.base_url, paths), "application/rss+xml")
    return FaultSite(server, tmp)


def headline_slugs(records: list[dict[str, Any]]) -> list[str]:
    """The slug each record's headline names ("The <slug> story")."""
    return sorted(str(r["headline"]).removeprefix("The ").removesuffix(" story") for r in records)
