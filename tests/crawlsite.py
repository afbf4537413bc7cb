"""Shared helpers for crawl tests: a copy of the demo site (newscrawl/demo/site/) served on
127.0.0.1, and crawl runs in subprocesses (a Twisted reactor runs once per process)."""

from __future__ import annotations

import gzip
import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newscrawl.demo.job import site_on_disk
from newscrawl.demo.server import SiteServer
from newscrawl.urls import normalise_url

REPO = Path(__file__).resolve().parent.parent

ARTICLES = (
    "harbour-bridge-reopens",
    "council-approves-ferry-budget",
    "fish-market-prices-rise",
    "library-extends-hours",
    "storm-warning-coast",
    "school-robotics-win",
    "startup-opens-office",
)
"""Every public article of the demo site; /private/ is disallowed by robots.txt."""

CLI = [sys.executable, "-m", "newscrawl.cli"]
RETRIED = "/news/2026/11/fish-market-prices-rise"
"""Answers 503 (Retry-After: 1) once, then 200."""


@dataclass
class CrawlSite:
    root: Path
    server: SiteServer
    tmp: Path

    @property
    def sites_file(self) -> Path:
        return self.tmp / "sites.toml"

    @property
    def out(self) -> Path:
        return self.tmp / "out"

    @property
    def data(self) -> Path:
        return self.tmp / "data"

    def article_key(self, slug: str) -> str:
        return normalise_url(f"{self.server.base_url}/news/2026/11/{slug}")

    def cli(self, *extra: str, sites: tuple[str, ...] = ("demo",)) -> list[str]:
        return [
            *CLI,
            "crawl",
            *sites,
            "--sites",
            str(self.sites_file),
            "-o",
            str(self.out),
            "--data-dir",
            str(self.data),
            *extra,
        ]

    def scrapy(self, *extra: str) -> list[str]:
        return [
            sys.executable,
            "-m",
            "scrapy",
            "crawl",
            "news",
            "-a",
            "site=demo",
            "-s",
            f"NEWSCRAWL_SITES_FILE={self.sites_file}",
            "-s",
            f"NEWSCRAWL_OUTPUT_DIR={self.out}",
            "-s",
            f"NEWSCRAWL_DATA_DIR={self.data}",
            *extra,
        ]

    def run(
        self, argv: list[str], timeout: float = 120, env: dict[str, str] | None = None
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            argv,
            cwd=REPO,
            env={**child_env(), **(env or {})},
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )

    def edit_article(self, slug: str, old: str, new: str, lastmod: str) -> None:
        page = self.root / "news" / "2026" / "11" / f"{slug}.html"
        text = page.read_text(encoding="utf-8")
        assert old in text
        page.write_text(text.replace(old, new), encoding="utf-8")
        sitemap = self.root / "sitemap-articles.xml.gz"
        xml = gzip.decompress(sitemap.read_bytes()).decode()
        start = xml.index(f"{slug}</loc><lastmod>") + len(f"{slug}</loc><lastmod>")
        end = xml.index("</lastmod>", start)
        sitemap.write_bytes(gzip.compress((xml[:start] + lastmod + xml[end:]).encode(), mtime=0))


def start_site(tmp: Path, **server_options: Any) -> CrawlSite:
    root = tmp / "site"
    with site_on_disk() as source:
        shutil.copytree(source, root)
    server = SiteServer(root, **server_options).start()
    text = (root / "sites.toml").read_text(encoding="utf-8").replace("{{BASE}}", server.base_url)
    (tmp / "sites.toml").write_text(text, encoding="utf-8")
    return CrawlSite(root, server, tmp)


def child_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NEWSCRAWL_", "SCRAPY_"))}
    env["PYTHONPATH"] = str(REPO)
    return env


def published(out: Path) -> dict[Path, list[dict[str, Any]]]:
    """Every published JSONL file under ``out`` and its records (each line must parse)."""
    return {
        path: [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        for path in sorted(out.rglob("*.jsonl"))
    }


def slug_of(record: dict[str, Any]) -> str:
    return str(record["url"]).rstrip("/").rsplit("/", 1)[-1].split("?")[0]
