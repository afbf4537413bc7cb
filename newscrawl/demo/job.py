"""``newscrawl demo``: serve the bundled demo news site on 127.0.0.1 and crawl it for real.

The site is ``newscrawl/demo/site/`` (invented articles, realistic markup and noise), package
data found with ``importlib.resources``, so the demo runs from an installed wheel as from a
checkout. The crawl is the ``news`` spider with every pipeline, as in production. State goes to
a fresh directory each time, so every demo run finds all articles new.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any, TextIO

from scrapy.settings import Settings

from newscrawl.crawl import crawl_settings, run_crawl
from newscrawl.demo.server import SiteServer
from newscrawl.sites import load_sites

SITE: Traversable = resources.files("newscrawl.demo") / "site"
"""The bundled demo site, wherever the package is installed."""
DEMO_OUTPUT = Path("out") / "crawl-demo"


@contextmanager
def site_on_disk(site: Traversable = SITE) -> Iterator[Path]:
    """``site`` as a directory the server can read: itself when the package is on the file system
    (a wheel or an editable install), else a temporary copy (a zip import, e.g. a scrapyd egg)."""
    if isinstance(site, Path):
        yield site
        return
    with tempfile.TemporaryDirectory(prefix="newscrawl-demo-site-") as scratch:
        yield _copy_tree(site, Path(scratch) / "site")


def _copy_tree(source: Traversable, target: Path) -> Path:
    target.mkdir()
    for entry in source.iterdir():
        if entry.is_dir():
            _copy_tree(entry, target / entry.name)
        else:
            (target / entry.name).write_bytes(entry.read_bytes())
    return target


def write_sites_file(site_dir: Path, base_url: str, target: Path) -> Path:
    """The demo's ``sites.toml`` with the server's base URL filled in."""
    text = (site_dir / "sites.toml").read_text(encoding="utf-8").replace("{{BASE}}", base_url)
    target.write_text(text, encoding="utf-8")
    return target


def run_demo_crawl(
    base: Settings,
    *,
    output_dir: Path = DEMO_OUTPUT,
    site: Traversable = SITE,
    overrides: dict[str, Any] | None = None,
    out: TextIO = sys.stdout,
) -> int:
    if not (site / "sites.toml").is_file():
        raise FileNotFoundError(f"{site} has no sites.toml; reinstall newscrawl")
    with (
        tempfile.TemporaryDirectory(prefix="newscrawl-demo-") as scratch,
        site_on_disk(site) as site_dir,
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
