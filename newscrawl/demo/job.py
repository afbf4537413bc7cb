"""``newscrawl demo``: serve the bundled demo news site on 127.0.0.1 and crawl it for real.

The site is ``newscrawl/demo/site/`` (invented articles, realistic markup and noise); the crawl is
the ``news`` spider with every pipeline, as in production. State goes to a fresh directory
each time, so every demo run finds all articles new.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import Any, TextIO

from scrapy.settings import Settings

from newscrawl.crawl import crawl_settings, run_crawl
from newscrawl.demo.server import SiteServer
from newscrawl.sites import load_sites

SITE_DIR = Path(__file__).resolve().parent / "site"
DEMO_OUTPUT = Path("out") / "crawl-demo"


def write_sites_file(site_dir: Path, base_url: str, target: Path) -> Path:
    """The demo's ``sites.toml`` with the server's base URL filled in."""
    text = (site_dir / "sites.toml").read_text(encoding="utf-8").replace("{{BASE}}", base_url)
    target.write_text(text, encoding="utf-8")
    return target


def run_demo_crawl(
    base: Settings,
    *,
    output_dir: Path = DEMO_OUTPUT,
    site_dir: Path = SITE_DIR,
    overrides: dict[str, Any] | None = None,
    out: TextIO = sys.stdout,
) -> int:
    if not (site_dir / "sites.toml").is_file():
        raise FileNotFoundError(f"{site_dir} is missing; run the demo from a source checkout")
    with (
        tempfile.TemporaryDirectory(prefix="newscrawl-demo-") as scratch,
        SiteServer(site_dir) as server,
    ):
        sites_file = write_sites_file(site_dir, server.base_url, Path(scratch) / "sites.toml")
        print(f"Serving the demo site {site_dir} at {server.base_url}", file=out)
        settings = crawl_settings(
            base,
            {
                "NEWSCRAWL_SITES_FILE": str(sites_file),
                "NEWSCRAWL_OUTPUT_DIR": str(output_dir.resolve()),
                "NEWSCRAWL_DATA_DIR": str(Path(scratch) / "data"),
                **(overrides or {}),
            },
        )
        sites = list(load_sites(sites_file).values())
        return run_crawl(settings, sites, out=out)
