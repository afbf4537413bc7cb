"""A loopback news site for crawls by several workers: many small articles in a sitemap,
optional syndicated copies (a second URL whose canonical is the original), a server that
counts the requests in flight, and helpers to run ``newscrawl crawl`` workers."""

from __future__ import annotations

import itertools
import subprocess
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newscrawl.demo.server import SiteServer
from tests.crawlsite import CLI, REPO, child_env

SITES_TOML = """[sites.multi]
allowed_domains = ["127.0.0.1"]
sitemaps = ["{base}/sitemap.xml"]
use_robots_sitemaps = false
allow_private_network = true
"""


def article(n: int) -> str:
    slug = f"story-{n:05d}"
    paragraphs = "".join(
        f"<p>Paragraph {p} of story {n} tells readers what the council of town {n} decided on "
        f"Tuesday about its harbour, its {n % 7} ferries and the budget for year {2000 + n % 30}.</p>"
        for p in range(1, 5)
    )
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        f"<title>Story {n} of the town</title>"
        f'<link rel="canonical" href="{{{{BASE}}}}/news/{slug}">'
        f'<meta property="article:published_time" content="2026-11-{1 + n % 28:02d}T08:00:00Z">'
        f"</head><body><article><h1>Story {n} of the town</h1>{paragraphs}</article></body></html>"
    )


def write_site(root: Path, count: int, *, copies: int = 0, crawl_delay: float | None = None) -> None:
    """``count`` articles at /news/story-NNNNN; the first ``copies`` also at /syndicated/...
    (same page, canonical to the original); one sitemap listing every URL."""
    (root / "news").mkdir(parents=True, exist_ok=True)
    (root / "syndicated").mkdir(exist_ok=True)
    urls = []
    for n in range(count):
        html = article(n)
        (root / "news" / f"story-{n:05d}.html").write_text(html, encoding="utf-8")
        urls.append(f"{{{{BASE}}}}/news/story-{n:05d}")
        if n < copies:
            (root / "syndicated" / f"story-{n:05d}.html").write_text(html, encoding="utf-8")
            urls.append(f"{{{{BASE}}}}/syndicated/story-{n:05d}")
    (root / "sitemap.xml").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        + "".join(f"<url><loc>{u}</loc><lastmod>2026-11-20</lastmod></url>\n" for u in urls)
        + "</urlset>\n",
        encoding="utf-8",
    )
    robots = "User-agent: *\nAllow: /\n"
    if crawl_delay is not None:
        robots += f"Crawl-delay: {crawl_delay}\n"
    (root / "robots.txt").write_text(robots, encoding="utf-8")


class CountingServer(SiteServer):
    """``SiteServer`` that also records the requests in flight: the peak, and each start."""

    def __init__(self, root: Path, **options: Any) -> None:
        super().__init__(root, **options)
        self.in_flight = 0
        self.peak = 0
        self.starts: list[tuple[float, str]] = []
        self._count = threading.Lock()

    def _answer(self, target: str) -> tuple[int, dict[str, str], bytes]:
        with self._count:
            self.in_flight += 1
            self.peak = max(self.peak, self.in_flight)
            self.starts.append((time.monotonic(), target))
        try:
            return super()._answer(target)
        finally:
            with self._count:
                self.in_flight -= 1

    def min_gap(self, prefix: str = "/") -> float:
        """The shortest time between two request starts (paths under ``prefix``)."""
        times = sorted(t for t, path in self.starts if path.startswith(prefix))
        return min((b - a for a, b in itertools.pairwise(times)), default=float("inf"))


@dataclass
class Workers:
    """Start ``newscrawl crawl multi`` workers sharing one frontier and state store."""

    tmp: Path
    base_url: str
    frontier: str
    state: str
    extra: tuple[str, ...] = ()
    site_names: tuple[str, ...] = ("multi",)
    procs: dict[str, subprocess.Popen[str]] = field(default_factory=dict)

    @property
    def out(self) -> Path:
        return self.tmp / "out"

    def argv(self, worker: str) -> list[str]:
        sites = self.tmp / "sites.toml"
        if not sites.exists():
            sites.write_text(SITES_TOML.format(base=self.base_url), encoding="utf-8")
        return [
            *CLI, "crawl", *self.site_names, "--sites", str(sites), "-o", str(self.out),
            "--data-dir", str(self.tmp / f"data-{worker}"), "--frontier", self.frontier,
            "--state", self.state, "--worker", worker, "--jobs", "1", *self.extra,
        ]  # fmt: skip

    def start(self, *names: str) -> None:
        for name in names:
            with (self.tmp / f"{name}.log").open("a", encoding="utf-8") as log:
                self.procs[name] = subprocess.Popen(
                    self.argv(name),
                    cwd=REPO,
                    env=child_env(),
                    stdout=log,
                    stderr=subprocess.STDOUT,
                    text=True,
                )

    def wait(self, timeout: float = 240) -> dict[str, int]:
        codes = {name: proc.wait(timeout=timeout) for name, proc in self.procs.items()}
        self.procs.clear()
        return codes

    def log(self, name: str) -> str:
        return (self.tmp / f"{name}.log").read_text(encoding="utf-8")
